"""Speaker identities across articles: which names belong to the same speaker.

Pure functions over names; the store calls them when statements arrive.

* A person's name is cleaned of titles (``Ms.``, ``Speaker``, ``Foreign Minister``)
  and compared by a key that ignores case, accents and full stops.
* A *full* name (``Dana Varek``, ``Dana K. Varek``) joins the identity with the same
  key, else the one identity whose full name is compatible with it (same surname,
  given names agreeing, initials allowed). Two different full names sharing a
  surname (``Dana Varek``, ``Pavel Varek``) stay apart.
* A *partial* name (``Varek``, ``D. Varek``) joins the one full-named identity it is
  compatible with; when there is none, or more than one, it keeps an identity of
  its own (and keeps using it once it exists). A partial identity is upgraded to
  the first full name that arrives for it, unless that surname is already shared
  by other full names.
* A partial name with a role or title (``Speaker Varek``, ``Ms. Varek``) that several
  full names fit joins the one whose own statements, made under its full name, carry
  an agreeing role (``Parliament Speaker Dana Varek``) or, failing that, the one of
  the title's gender when the others are known to be of the other; otherwise the
  rules above decide (:func:`match_title`).
* Organizations and groups are matched by exact key only (leading ``the`` dropped).
* Anonymous speakers, pronouns and unnamed speakers get no identity.

User alias files (TOML)::

    # quotetrail speaker aliases
    [speakers."Dana Varek"]
    aliases = ["A. Varek", "Chairwoman of the Front"]   # names that are this speaker
    distinct = ["Varek"]                                # names that are never this speaker
    type = "person"                                     # optional: the speaker's type, whatever
                                                        # the extractor said

    [speakers."Liberation Front"]
    aliases = ["LF"]
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from os import PathLike
from pathlib import Path

from quotetrail.errors import InputError
from quotetrail.model import SPEAKER_TYPES, SpeakerIdentity, SpeakerType, Statement
from quotetrail.resolve.words import HONORIFICS as WORD_HONORIFICS
from quotetrail.resolve.words import word_gender, word_list

PERSONAL_TYPES: frozenset[str] = frozenset({"person", "unknown"})
COLLECTIVE_TYPES: frozenset[str] = frozenset({"organization", "group"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that may precede a person's name and are not part of it: the package's one list of titles
# (resources/titles.txt), compared lower-cased without full stops.
TITLE_WORDS: frozenset[str] = frozenset(w.rstrip(".") for w in word_list("titles.txt"))
# Honorifics name a person ("Mr. King"); "Prof." is a title here, as "Professor" is.
HONORIFICS: frozenset[str] = frozenset(h.rstrip(".") for h in WORD_HONORIFICS) - {"prof"}
_TITLE_JOINERS: frozenset[str] = frozenset({"of", "the", "for"})
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})
PRONOUNS: frozenset[str] = _words("i me we us you he him she her they them it one who someone somebody")
_EDGE_PUNCTUATION = " \t\n\"'“”‘’«»„‚,;:()[]{}<>-–—"
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form of ``text`` for comparing names."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The comparison key of a cleaned name: folded, full stops and edge punctuation removed.

    >>> name_key("Dana K. Várek")
    'dana k varek'
    """
    spaced = fold(name).replace(".", ". ")
    tokens = (t.strip(_EDGE_PUNCTUATION + ".") for t in spaced.split())
    return " ".join(t for t in tokens if t)


def _is_title(word: str) -> bool:
    return word.rstrip(".").casefold() in TITLE_WORDS


def strip_titles(name: str) -> str:
    """``Secretary of State Dana Varek`` -> ``Dana Varek``; always keeps the last word."""
    words = name.split()
    while len(words) > 1 and (
        _is_title(words[0]) or (words[0].casefold() in _TITLE_JOINERS and _is_title(words[1]))
    ):
        words.pop(0)
    return " ".join(words)


def _only_titles(name: str) -> bool:
    """``Prime Minister`` names an office, not a person; ``Mr. King`` names a person."""
    words = [w.rstrip(".").casefold() for w in name.split()]
    return all(w in TITLE_WORDS or w in _TITLE_JOINERS for w in words) and not any(
        w in HONORIFICS for w in words
    )


@lru_cache(maxsize=65536)
def clean_name(raw: str, speaker_type: str) -> str | None:
    """The display form of a speaker's name, or None when it names nobody in particular."""
    text = " ".join(raw.split()).strip(_EDGE_PUNCTUATION)
    text = _POSSESSIVE.sub("", text).strip(_EDGE_PUNCTUATION)
    if speaker_type in COLLECTIVE_TYPES:
        text = _ARTICLE.sub("", text)
    else:
        if _only_titles(text):
            return None
        text = strip_titles(text)
    key = name_key(text)
    if not key or key in PRONOUNS or not any(c.isalpha() for c in key):
        return None
    if _is_description(text):
        return None
    return text


def _is_description(text: str) -> bool:
    """``a senior official``: letters with case, but no word capitalised, so no proper name."""
    cased = any(c.isupper() or c.islower() for c in text)
    return cased and not any(word[:1].isupper() for word in text.split())


def identity_name(statement: Statement) -> str | None:
    """The name by which a statement's speaker is identified across articles, if any.

    The within-article resolved ``speaker_name`` is used; an organization or group
    without one falls back to its mention when that is a proper name
    (``the Liberation Front`` yes, ``the ministry`` no). Anonymous speakers get none.
    """
    kind = statement.speaker_type
    if kind == "anonymous":
        return None
    if statement.speaker_name:
        return clean_name(statement.speaker_name, kind)
    if kind in COLLECTIVE_TYPES and statement.speaker:
        candidate = clean_name(statement.speaker, kind)
        if candidate and candidate[0].isupper():
            return candidate
    return None


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name split into given names and surname (key form)."""

    given: tuple[str, ...]
    surname: str

    @property
    def is_full(self) -> bool:
        """True when at least one given name is spelled out (not an initial)."""
        return any(len(g) > 1 for g in self.given)


@lru_cache(maxsize=65536)
def parse_person(name: str) -> PersonName:
    """Split a cleaned person name into given names and surname."""
    tokens = name_key(name).split()
    while len(tokens) > 1 and tokens[-1] in NAME_SUFFIXES:
        tokens.pop()
    if not tokens:
        return PersonName((), "")
    return PersonName(tuple(tokens[:-1]), tokens[-1])


def is_partial(name: str, speaker_type: str) -> bool:
    """A person named by surname or initials only: resolved after full names in a batch."""
    return speaker_type in PERSONAL_TYPES and not parse_person(name).is_full


def surname_key(name: str, speaker_type: str) -> str | None:
    """The surname used to find candidate identities for a person; None for collectives."""
    if speaker_type not in PERSONAL_TYPES:
        return None
    return parse_person(name).surname or None


def _given_agree(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a == b


def names_compatible(a: PersonName, b: PersonName) -> bool:
    """Same surname, and the shorter list of given names agrees with the longer one.

    First given names must agree (an initial agrees with a name starting with it);
    further given names of the shorter list must appear, in order, in the longer one.
    """
    if a.surname != b.surname:
        return False
    short, long = (a.given, b.given) if len(a.given) <= len(b.given) else (b.given, a.given)
    if not short:
        return True
    if not _given_agree(short[0], long[0]):
        return False
    rest = iter(long[1:])
    return all(any(_given_agree(g, other) for other in rest) for g in short[1:])


def types_compatible(a: str, b: str) -> bool:
    """Persons join persons or unknowns; organizations join organizations or groups."""
    if a == b:
        return True
    return (a in PERSONAL_TYPES and b in PERSONAL_TYPES) or (a in COLLECTIVE_TYPES and b in COLLECTIVE_TYPES)


def _joined(identity: SpeakerIdentity, speaker_type: str, name: str | None = None) -> SpeakerIdentity:
    """``identity`` as it should be once a speaker of ``speaker_type`` joins it."""
    kind: SpeakerType = identity.type
    if kind == "unknown" and speaker_type == "person":
        kind = "person"
    return replace(identity, type=kind, name=name or identity.name)


def _keys(identity: SpeakerIdentity) -> set[str]:
    return {name_key(identity.name), *(name_key(a) for a in identity.aliases)}


def match_identity(name: str, speaker_type: str, known: Sequence[SpeakerIdentity]) -> SpeakerIdentity | None:
    """The known identity a speaker called ``name`` joins (possibly renamed), or None for a new one.

    ``known`` are the candidates the caller found: identities sharing the surname
    or the exact key. The returned value is the identity as it should be stored
    after joining (an upgraded name or type), so the caller can persist changes.
    """
    key = name_key(name)
    candidates = sorted((i for i in known if types_compatible(speaker_type, i.type)), key=lambda i: i.id)
    if speaker_type in COLLECTIVE_TYPES:
        exact = [i for i in candidates if key in _keys(i)]
        return _joined(exact[0], speaker_type) if exact else None
    person = parse_person(name)
    named = [(i, parse_person(i.name)) for i in candidates]
    full = [i for i, p in named if p.is_full and names_compatible(person, p)]
    if person.is_full:
        exact = [i for i in candidates if key in _keys(i) and parse_person(i.name).is_full]
        if exact:
            return _joined(exact[0], speaker_type)
        if len(full) == 1:
            return _joined(full[0], speaker_type)
        if full:
            return None
        partial = [i for i, p in named if not p.is_full and names_compatible(person, p)]
        others = [i for i, p in named if p.is_full and p.surname == person.surname]
        if len(partial) == 1 and not others:
            return _joined(partial[0], speaker_type, name=name)
        return None
    own = [i for i in candidates if name_key(i.name) == key]  # a partial name's own identity, if kept apart
    if own:
        return _joined(own[0], speaker_type)
    return _joined(full[0], speaker_type) if len(full) == 1 else None


# Words of a role or title that say nothing about which office it is.
_TITLE_FILLERS: frozenset[str] = _words("of the for a an and former acting interim then")


@lru_cache(maxsize=65536)
def speaker_title(mention: str | None, role: str | None) -> str | None:
    """The role and titles a statement gives its speaker: titles before the name, then the role.

    >>> speaker_title("Ms. Varek", "parliament speaker")
    'Ms. parliament speaker'
    >>> speaker_title("Speaker Varek", "Speaker")
    'Speaker'
    """
    words = " ".join((mention or "").split()).strip(_EDGE_PUNCTUATION).split()
    leading: list[str] = []
    while len(words) > 1 and (
        _is_title(words[0]) or (words[0].casefold() in _TITLE_JOINERS and _is_title(words[1]))
    ):
        leading.append(words.pop(0))
    seen: set[str] = set()
    kept: list[str] = []
    for word in [*leading, *(role or "").split()]:
        folded = word.strip(_EDGE_PUNCTUATION + ".").casefold()
        if folded and folded not in seen:
            seen.add(folded)
            kept.append(word)
    return " ".join(kept) if title_key(" ".join(kept)) else None


@lru_cache(maxsize=65536)
def title_key(title: str) -> str:
    """A role's words, folded and sorted, fillers dropped: ``Minister of Finance`` -> ``finance minister``."""
    words = {w for w in name_key(title).split() if w not in _TITLE_FILLERS}
    return " ".join(sorted(words))


def roles_agree(a: str, b: str) -> bool:
    """Two titles name the same office: the words of one (honorifics aside) are all in the other."""
    words_a = set(title_key(a).split()) - HONORIFICS
    words_b = set(title_key(b).split()) - HONORIFICS
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


def title_gender(title: str) -> str | None:
    """``f`` for ``Ms.`` or ``spokeswoman``, ``m`` for ``Mr.`` or ``chairman``; None when it does not say."""
    found = {g for w in title_key(title).split() if (g := word_gender(w)) is not None}
    return found.pop() if len(found) == 1 else None


def gender_of(titles: Iterable[str]) -> str | None:
    """The gender a speaker's titles agree on, if they say one and only one."""
    found = {g for t in titles if (g := title_gender(t)) is not None}
    return found.pop() if len(found) == 1 else None


def match_title(
    name: str,
    speaker_type: str,
    title: str,
    known: Sequence[tuple[SpeakerIdentity, Sequence[str]]],
) -> SpeakerIdentity | None:
    """The identity a partial name with a title joins when the title decides between full names.

    ``known`` pairs each candidate with the titles its statements gave it under its
    full name. Only when two or more full names fit ``name`` does the title matter:
    the one candidate whose titles agree with it by role, else the one of the
    title's gender when every other candidate is known to be of the other. None
    when the title does not decide (the usual rules of :func:`match_identity` apply).
    """
    person = parse_person(name)
    if speaker_type not in PERSONAL_TYPES or person.is_full:
        return None
    fitting = [
        (identity, titles)
        for identity, titles in known
        if types_compatible(speaker_type, identity.type)
        and (other := parse_person(identity.name)).is_full
        and names_compatible(person, other)
    ]
    if len(fitting) < 2:
        return None
    by_role = [i for i, titles in fitting if any(roles_agree(title, t) for t in titles)]
    if by_role:
        return _joined(by_role[0], speaker_type) if len(by_role) == 1 else None
    gender = title_gender(title)
    genders = [(i, gender_of(titles)) for i, titles in fitting]
    if gender is None or any(g is None for _, g in genders):
        return None
    same = [i for i, g in genders if g == gender]
    return _joined(same[0], speaker_type) if len(same) == 1 else None


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One speaker from a user alias file."""

    name: str
    aliases: tuple[str, ...] = ()
    distinct: tuple[str, ...] = ()
    type: SpeakerType | None = None


def _string_list(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InputError(f"{where}: expected a list of non-empty strings, got {value!r}")
    return tuple(v.strip() for v in value)


def parse_alias_toml(text: str, source: str = "<aliases>") -> list[AliasEntry]:
    """Parse an alias file's text (format in this module's docstring)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{source}: not valid TOML ({exc})") from exc
    unknown = set(data) - {"speakers"}
    if unknown:
        raise InputError(f'{source}: unknown top-level keys {sorted(unknown)}; expected [speakers."Name"]')
    speakers = data.get("speakers", {})
    if not isinstance(speakers, dict):
        raise InputError(f"{source}: 'speakers' must be a table of [speakers.\"Name\"] entries")
    entries: list[AliasEntry] = []
    for name, body in speakers.items():
        where = f"{source}: [speakers.{name!r}]"
        if not isinstance(body, dict) or not name.strip():
            raise InputError(f"{where}: expected a table with 'aliases' and/or 'distinct'")
        extra = set(body) - {"aliases", "distinct", "type"}
        if extra:
            raise InputError(f"{where}: unknown keys {sorted(extra)}; valid: aliases, distinct, type")
        kind = body.get("type")
        if kind is not None and kind not in SPEAKER_TYPES:
            raise InputError(f"{where}: type {kind!r} is not one of {', '.join(SPEAKER_TYPES)}")
        entries.append(
            AliasEntry(
                name=name.strip(),
                aliases=_string_list(body.get("aliases", []), f"{where} aliases"),
                distinct=_string_list(body.get("distinct", []), f"{where} distinct"),
                type=kind,
            )
        )
    return entries


def read_alias_file(path: str | PathLike[str]) -> list[AliasEntry]:
    """Read a user alias file; errors name the file and the entry at fault."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{file}: cannot read alias file ({exc})") from exc
    return parse_alias_toml(text, str(file))


class NameRules:
    """The identity rules above, bundled for the store (which must not import this stage)."""

    def identity_name(self, statement: Statement) -> str | None:
        return identity_name(statement)

    def clean_name(self, raw: str, speaker_type: str) -> str | None:
        return clean_name(raw, speaker_type)

    def name_key(self, name: str) -> str:
        return name_key(name)

    def surname_key(self, name: str, speaker_type: str) -> str | None:
        return surname_key(name, speaker_type)

    def match(self, name: str, speaker_type: str, known: Sequence[SpeakerIdentity]) -> SpeakerIdentity | None:
        return match_identity(name, speaker_type, known)

    def is_partial(self, name: str, speaker_type: str) -> bool:
        return is_partial(name, speaker_type)

    def speaker_title(self, mention: str | None, role: str | None) -> str | None:
        return speaker_title(mention, role)

    def title_key(self, title: str) -> str:
        return title_key(title)

    def title_gender(self, title: str) -> str | None:
        return title_gender(title)

    def match_title(
        self, name: str, speaker_type: str, title: str, known: Sequence[tuple[SpeakerIdentity, Sequence[str]]]
    ) -> SpeakerIdentity | None:
        return match_title(name, speaker_type, title, known)


def group_names(names: Iterable[tuple[str, SpeakerType]]) -> list[SpeakerIdentity]:
    """Cluster ``(name, type)`` pairs into identities, full names first (order-independent).

    A convenience over :func:`match_identity` for callers without a store.
    """
    pairs = [(clean, kind) for raw, kind in names if (clean := clean_name(raw, kind))]
    pairs.sort(key=lambda p: is_partial(*p))  # full names first
    identities: dict[int, SpeakerIdentity] = {}
    for name, kind in pairs:
        found = match_identity(name, kind, list(identities.values()))
        if found is None:
            ident = SpeakerIdentity(len(identities) + 1, name, kind, (name,))
        else:
            aliases = found.aliases if name in found.aliases else (*found.aliases, name)
            ident = replace(found, aliases=aliases)
        identities[ident.id] = ident
    return list(identities.values())
