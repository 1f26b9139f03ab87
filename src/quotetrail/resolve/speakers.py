"""Name the speakers of one article's statements.

- A name with a title (``Parliament Speaker Dana Varek``) keeps the name.
- A surname alone (``Varek``, ``Ms. Varek``) maps to the full name used in the article.
- A pronoun (``he``, ``she``, ``who``) maps to the nearest compatible person:
  the previous statement's speaker when it is close, else the nearest person
  named before it; gender comes from honorifics (Mr., Ms.) when the article has them.
- A description (``the minister``, ``the agency``) maps to the person or
  organisation the article describes with the same noun (``Foreign Minister
  Ali Reza``, ``KNA, the state news agency``).
- Otherwise ``speaker_name`` stays null: a speaker is never guessed.

Pure: values in, values out.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, replace

from quotetrail.model import Mention, Statement, Target

HONORIFICS = {"mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "dr.", "dr", "prof.", "sir", "dame"}
MALE = {"mr.", "mr", "sir", "he", "him", "his"}
FEMALE = {"mrs.", "mrs", "ms.", "ms", "miss", "dame", "she", "her"}
TITLE_WORDS = {
    "president",
    "vice",
    "prime",
    "minister",
    "deputy",
    "secretary",
    "senator",
    "sen.",
    "rep.",
    "gov.",
    "governor",
    "mayor",
    "speaker",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "general",
    "gen.",
    "judge",
    "justice",
    "sheikh",
    "imam",
    "ayatollah",
    "cleric",
    "rev.",
    "reverend",
    "king",
    "queen",
    "prince",
    "emir",
    "chancellor",
    "foreign",
    "interior",
    "defense",
    "defence",
    "finance",
    "chief",
    "director",
    "leader",
    "head",
    "parliament",
    "opposition",
    "former",
    "acting",
    "party",
    "state",
    "representative",
    "congressman",
    "congresswoman",
    "commissioner",
    "attorney",
    "then",
    "editor",
}
PERSON_PRONOUNS = {"he", "she", "him", "her", "who", "whom"}
RECENT_SPEAKER_CHARS = 900
NEAREST_MENTION_CHARS = 1500
ROLE_WINDOW = 80
DESCRIPTION_WINDOW = 6000  # how far back a description ("the minister") looks for whom it describes
STOP = {"the", "of", "and", "for", "in", "on", "a", "an", "&"}


def strip_titles(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower().strip(",") in HONORIFICS | TITLE_WORDS:
        words.pop(0)
    if words and words[0].lower() in ("the",) and len(words) > 1:
        words.pop(0)
    return " ".join(words).strip(" ,")


def _possessive(name: str) -> str:
    return re.sub(r"[’']s$", "", name)


@dataclass
class _Person:
    full: str
    gender: str | None  # "m", "f" or None
    positions: list[int]


class ArticleNames:
    """The people and organisations an article names, with their fuller forms."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        self.people: dict[str, _Person] = {}
        self.person_mentions: list[tuple[int, str, Mention]] = []  # (start, surname, mention)
        self.orgs: list[Mention] = []
        surname_full: dict[str, set[str]] = defaultdict(set)
        genders: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            if m.label == "person":
                words = m.text.split()
                clean = _possessive(strip_titles(m.text))
                if not clean:
                    continue
                surname = clean.split()[-1].lower()
                if len(clean.split()) >= 2:
                    surname_full[surname].add(clean)
                if words and words[0].lower() in MALE:
                    genders[surname].add("m")
                if words and words[0].lower() in FEMALE:
                    genders[surname].add("f")
                self.person_mentions.append((m.span.start, surname, m))
            elif m.label in ("organization", "group"):
                self.orgs.append(m)
        for _start, surname, m in self.person_mentions:
            fulls = surname_full.get(surname, set())
            full = (
                max(fulls, key=len)
                if len(fulls) == 1 or _nested(fulls)
                else _possessive(strip_titles(m.text))
            )
            g = genders.get(surname, set())
            person = self.people.setdefault(
                surname, _Person(full, next(iter(g)) if len(g) == 1 else None, [])
            )
            person.positions.append(m.span.start)
        self._ambiguous = {s for s, f in surname_full.items() if len(f) > 1 and not _nested(f)}
        self.person_mentions.sort(key=lambda row: row[0])
        self.orgs.sort(key=lambda m: m.span.start)
        self._person_starts = [row[0] for row in self.person_mentions]
        self._org_starts = [m.span.start for m in self.orgs]
        self._by_initials: dict[str, str] = {}
        for m in self.orgs:
            full = m.text[4:] if m.text.lower().startswith("the ") else m.text
            if len(full.split()) >= 2:
                self._by_initials.setdefault(_initials(m.text), full)

    def _people_before(self, before: int, window: int) -> list[tuple[int, str, Mention]]:
        lo = bisect.bisect_left(self._person_starts, before - window)
        hi = bisect.bisect_left(self._person_starts, before)
        return self.person_mentions[lo:hi]

    def _orgs_before(self, before: int, window: int) -> list[Mention]:
        lo = bisect.bisect_left(self._org_starts, before - window)
        hi = bisect.bisect_left(self._org_starts, before)
        return self.orgs[lo:hi]

    def full_name(self, name: str) -> str:
        clean = _possessive(strip_titles(name))
        if not clean:
            return name
        surname = clean.split()[-1].lower()
        if len(clean.split()) == 1 and surname in self.people and surname not in self._ambiguous:
            return self.people[surname].full
        return clean

    def is_known_person(self, name: str) -> bool:
        clean = _possessive(strip_titles(name))
        person = self.people.get(clean.split()[-1].lower()) if clean else None
        return person is not None and len(person.full.split()) >= 2

    def gender_of(self, full: str) -> str | None:
        surname = full.split()[-1].lower() if full else ""
        person = self.people.get(surname)
        return person.gender if person else None

    def nearest_person(self, before: int, gender: str | None) -> str | None:
        best = None
        for start, surname, _mention in self._people_before(before, NEAREST_MENTION_CHARS):
            if start >= before or before - start > NEAREST_MENTION_CHARS:
                continue
            person = self.people[surname]
            if gender and person.gender and person.gender != gender:
                continue
            if best is None or start > best[0]:
                best = (start, person.full)
        return best[1] if best else None

    def _described_near(self, mention: Mention, noun: str) -> bool:
        """The noun is in the mention, just before it, or in an appositive right after it."""
        pattern = re.compile(rf"\b{re.escape(noun)}s?\b", re.I)
        if pattern.search(mention.text):
            return True
        before = self.text[max(0, mention.span.start - ROLE_WINDOW) : mention.span.start]
        before = re.split(r"[.;:!?\n]|, ", before)[-1]
        if pattern.search(before):
            return True
        after = self.text[mention.span.end : mention.span.end + ROLE_WINDOW]
        if after.startswith((", ", " (")):
            appositive = re.split(r"[,.;:!?)\n]", after[2:])[0]
            return bool(pattern.search(appositive))
        return False

    def described_as(self, noun: str, before: int, label: str) -> str | None:
        """The nearest earlier person or organisation the text describes with this noun."""
        candidates: list[tuple[int, str]] = []
        if label == "person":
            for start, surname, m in self._people_before(before, DESCRIPTION_WINDOW):
                if start < before and self._described_near(m, noun):
                    candidates.append((start, self.people[surname].full))
        else:
            for m in self._orgs_before(before, DESCRIPTION_WINDOW):
                if m.span.start < before and self._described_near(m, noun):
                    candidates.append((m.span.start, self.org_name(m.text)))
        return max(candidates)[1] if candidates else None

    def org_name(self, text: str) -> str:
        clean = text[4:] if text.lower().startswith("the ") else text
        clean = _possessive(clean)
        if clean.isupper() and 2 <= len(clean) <= 6:
            return self._by_initials.get(clean, clean)
        return clean


def _nested(fulls: set[str]) -> bool:
    """Forms of one name ("Dana Varek", "Dana K. Varek")? True when all share the first word."""
    firsts = {f.split()[0].lower() for f in fulls}
    return len(firsts) == 1


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in STOP and w[:1].isupper())


def resolve_speakers(text: str, statements: list[Statement], mentions: list[Mention]) -> list[Statement]:
    """Fill ``speaker_name`` (and the type when the antecedent tells it) and target names."""
    names = ArticleNames(text, mentions)
    out: list[Statement] = []
    last_person: tuple[int, str] | None = None
    for st in sorted(statements, key=lambda s: s.start):
        st = _resolve_one(st, names, last_person)
        st = replace(st, targets=tuple(_name_target(t, names) for t in st.targets))
        if st.speaker_name and st.speaker_type == "person" and st.speaker_span is not None:
            last_person = (st.speaker_span.start, st.speaker_name)
        out.append(st)
    return out


def _resolve_one(st: Statement, names: ArticleNames, last_person: tuple[int, str] | None) -> Statement:
    if st.speaker is None or st.speaker_span is None:
        return st
    mention = st.speaker.strip()
    lower = mention.lower()
    if st.speaker_name:
        if st.speaker_type == "organization":
            return replace(st, speaker_name=names.org_name(st.speaker_name))
        kind = st.speaker_type
        if kind == "unknown" and names.is_known_person(st.speaker_name):
            kind = "person"
        return replace(st, speaker_name=names.full_name(st.speaker_name), speaker_type=kind)
    if lower in PERSON_PRONOUNS:
        gender = "m" if lower in MALE else "f" if lower in FEMALE else None
        at = st.speaker_span.start
        if lower in ("who", "whom"):
            name = names.nearest_person(at, None)
            return replace(st, speaker_name=name, speaker_type="person") if name else st
        if last_person and at - last_person[0] <= RECENT_SPEAKER_CHARS:
            g = names.gender_of(last_person[1])
            if not (gender and g and g != gender):
                return replace(st, speaker_name=last_person[1])
        name = names.nearest_person(at, gender)
        return replace(st, speaker_name=name) if name else st
    words = lower.split()
    if words and words[0] in ("the", "this", "that") and len(words) <= 4:
        noun = words[-1]
        label = "organization" if st.speaker_type == "organization" else "person"
        if st.speaker_type in ("person", "organization"):
            name = names.described_as(noun, st.speaker_span.start, label)
            if name:
                return replace(st, speaker_name=name)
    return st


def _name_target(target: Target, names: ArticleNames) -> Target:
    if target.label == "person":
        full = names.full_name(target.text)
        return replace(target, name=full) if full != target.text else target
    if target.label in ("organization", "group"):
        full = names.org_name(target.text)
        return replace(target, name=full) if full != target.text else target
    return target
