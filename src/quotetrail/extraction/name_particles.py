"""Names with lowercase particles: "Pieter van der Merwe", "Carlos dos Santos", "Fernando Aguilar y
Soto", "Hamad bin Khalifa", "Luca di Montezemolo".

The small English model knows few of these. Its recogniser cuts them at the particle ("Pieter van
der" and "Merwe", "Carlos" and "Santos"), so the name kept was the last piece; its parser may take
the particle for a verb ("Carlos dos Santos said" read as "Carlos does …"). A name here is a run of
capitalised words joined by one or two particles; both repairs make the run one name. A given
name hyphenated with a lower-case second part ("Ji-woo Han") is cut at the hyphen too.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Span as SpacySpan

from quotetrail.extraction import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PARTICLES = frozenset(
    {"van", "der", "den", "de", "del", "della", "la", "le", "dos", "das", "da", "di", "du", "von"}
    | {"y", "bin", "ibn", "bint"}
)


@lru_cache(maxsize=1)
def _particle_ids() -> frozenset[int]:
    """The particles' string hashes (the same in every vocabulary)."""
    return frozenset(hash_string(p) for p in PARTICLES)


def _capitalised(tok: Token) -> bool:
    """A word of a name: capitalised, tagged a proper noun ("His" of "His Highness" is not)."""
    return (
        tok.is_alpha
        and tok.text[:1].isupper()
        and tok.lower_ not in PARTICLES
        and tok.tag_ in ("NNP", "NNPS")
    )


def _word_end(doc: Doc, i: int) -> int:
    """The last token of the name word at ``i``, hyphenated parts included ("Al-Mansouri")."""
    n = len(doc)
    while i + 2 < n and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        if not doc[i + 2].is_alpha:
            break
        i += 2
    return i


def name_runs(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token ranges of names joined by particles: capitalised words, then one or two
    lowercase particles and capitalised words, as often as they alternate ("De Klerk", a particle
    capitalised, is no such run)."""
    runs: list[tuple[int, int]] = []
    if _particle_ids().isdisjoint(doc.to_array(LOWER).tolist()):
        return runs  # most texts: read a whole-document array, not every token
    i, n = 0, len(doc)
    while i < n:
        if not _capitalised(doc[i]):
            i += 1
            continue
        start, end = i, _word_end(doc, i)
        while end + 1 < n and _capitalised(doc[end + 1]) and doc[end].whitespace_:
            end = _word_end(doc, end + 1)
        joined = False
        while True:
            k = end + 1
            while k < n and k - end <= 2 and doc[k].lower_ in PARTICLES and doc[k].text.islower():
                k += 1
            if k == end + 1 or k >= n or not _capitalised(doc[k]):
                break
            end, joined = _word_end(doc, k), True
            while end + 1 < n and _capitalised(doc[end + 1]) and doc[end].whitespace_:
                end = _word_end(doc, end + 1)
        if joined:
            runs.append((start, end + 1))
        i = end + 1
    return runs


NAME_DEPS = frozenset({"compound", "nmod", "flat", "punct"})


def join_parse(doc: Doc) -> None:
    """The run's last word heads the name, the others are its compounds; a particle the parser
    took for a verb, with the sentence hung on it, gives the sentence back to the verb after it."""
    for start, end in name_runs(doc):
        words = list(doc[start:end])
        head = words[-1]
        inside = {t.i for t in words}
        rooted = next((t for t in words if t.head == t), None)
        outer = [t for t in words if t.head.i not in inside and t.head != t]
        misread = any(
            t.lower_ in PARTICLES and (t.head == t or t.pos_ in ("VERB", "AUX") or t.dep_ not in NAME_DEPS)
            for t in words
        )
        for t in words:
            if t.lower_ in PARTICLES:
                t.tag_, t.pos_ = "NNP", "PROPN"  # "den" is no noun, "dos" no verb
        if not misread:
            continue  # the parse reads the particles as parts of a name
        if rooted is not None:
            verbs = [
                c
                for t in words
                for c in t.children
                if c.i not in inside and c.pos_ in ("VERB", "AUX") and c.i > head.i
            ]
            if not verbs or head.head.i != verbs[0].i:
                continue  # only "Carlos dos Santos said …", where the surname is the verb's subject
            verbs[0].head, verbs[0].dep_ = verbs[0], "ROOT"
            for t in words:
                for c in list(t.children):
                    if c.i not in inside and c.i != verbs[0].i:
                        c.head = verbs[0]
        elif head.head.i in inside or head.head == head:
            attach = outer[0] if outer else None
            if attach is None or attach.head == head or head.is_ancestor(attach.head):
                continue
            head.head, head.dep_ = attach.head, attach.dep_
        if any(a.i in inside for a in head.ancestors):
            continue  # the parse hangs the name's last word inside it: left as read
        for t in words[:-1]:
            for c in list(t.children):
                if c.i not in inside and c.head.i != c.i:
                    c.head = head  # "Carlos dos Santos, …": the commas the parser hung on a piece
            t.head, t.dep_ = head, "compound" if t.is_alpha else "punct"


def join_entities(doc: Doc) -> None:
    """A run the recogniser saw a person in, in pieces, is one person's name."""
    _join_hyphenated_given_names(doc)
    _join_a_given_name_to_its_surname(doc)
    _post_nominals_out(doc)
    runs = name_runs(doc)
    if not runs:
        return
    ents = list(doc.ents)
    roles = lexicon.words("person_roles.txt")
    changed = False
    for start, end in runs:
        pieces = [e for e in ents if e.start < end and e.end > start]
        titled = doc[start].lower_ in lexicon.titles() or (
            start and doc[start - 1].lower_ in lexicon.titles()
        )
        if not pieces or not (titled or any(e.label_ == "PERSON" for e in pieces)):
            continue  # a person's, or after a title ("Imam Abdullahi ibn Musa", taken for a place)
        if len(pieces) == 1 and pieces[0].start <= start and pieces[0].end >= end:
            continue
        first = min(start, *(e.start for e in pieces))
        while first < end - 1 and (doc[first].lower_ in lexicon.titles() or doc[first].lower_ in roles):
            first += 1  # "Senator Luca di Montezemolo": the title is no part of the name
        last = max(end, *(e.end for e in pieces))
        ents = [e for e in ents if e not in pieces]
        ents.append(SpacySpan(doc, first, last, label="PERSON"))
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


def _join_hyphenated_given_names(doc: Doc) -> None:
    """ "Ji-woo Han": the recogniser's entity opened at "woo" (a group, "woo Han"), after the
    hyphen. A name does not open with a lower-case word glued to a hyphen: the capitalised part
    before it belongs to it, and the name is a person's."""
    ents: list[SpacySpan | None] = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent is None:
            continue
        start = ent.start
        if start < 2 or not doc[start].text[:1].islower() or doc[start - 1].text != "-":
            continue
        given = doc[start - 2]
        if given.whitespace_ or doc[start - 1].whitespace_ or not given.is_alpha or not given.text.istitle():
            continue
        before = ents[k - 1] if k else None
        if before is not None and before.end > start - 2:
            if (before.start, before.end) != (start - 2, start - 1):
                continue
            ents[k - 1] = None  # "Ji" and "woo Han", both halves found
        ents[k] = SpacySpan(doc, start - 2, ent.end, label="PERSON")
        changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None]


def _join_a_given_name_to_its_surname(doc: Doc) -> None:
    """ "María Fernanda | Quiroga Ledesma", two people side by side, or "Seán | O'Neill-Baptiste", a
    person and a word of no entity: the recogniser cut a long or foreign name. A person's entity
    whose words the parser made compounds of the capitalised word right after it runs on to that
    word, when the entity opens with a given name."""
    ents: list[SpacySpan | None] = list(doc.ents)
    changed = False
    given = lexicon.given_names()
    for k, ent in enumerate(ents):
        if ent is None or ent.label_ != "PERSON" or ent[0].lower_ not in given:
            continue
        head = ent[-1].head
        if head.i <= ent.end - 1 or not doc[ent.end - 1].whitespace_ or head.pos_ != "PROPN":
            continue
        between = doc[ent.end : head.i + 1]
        if not all(t.head == head or t == head for t in between):
            continue
        if not all(t.text == "-" or (t.text[:1].isupper() and t.pos_ == "PROPN") for t in between):
            continue
        words = [t.lower_ for t in between if t.text != "-"]
        if len(words) > 2 or any(w in _not_surnames() for w in words):
            continue  # "Aaron Klein | Investigative Radio", a show named after him
        after = ents[k + 1] if k + 1 < len(ents) else None
        if after is not None and after.start <= head.i:
            if after.label_ != "PERSON" or after.start != ent.end or after.end != head.i + 1:
                continue
            ents[k + 1] = None
        ents[k] = SpacySpan(doc, ent.start, head.i + 1, label="PERSON")
        changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None]


@lru_cache(maxsize=1)
def _not_surnames() -> frozenset[str]:
    """Words that end an organisation's name or are a title or role: no part of a person's name."""
    return (
        lexicon.words("org_name_ends.txt")
        | lexicon.words("org_nouns.txt")
        | lexicon.words("person_roles.txt")
        | lexicon.titles()
    )


def post_nominal(tok: Token) -> bool:
    """ "OBE", "KC", "MP" after a name: letters for an honour or a seat (resources/post_nominals.txt)."""
    return tok.text.isupper() and tok.lower_ in lexicon.words("post_nominals.txt")


def _post_nominals_out(doc: Doc) -> None:
    """ "Harriet Quayle KC" is Harriet Quayle; "OBE" after "Anna Berg" is no organisation."""
    ents = list(doc.ents)
    kept = []
    for k, ent in enumerate(ents):
        before = ents[k - 1] if k else None
        if len(ent) == 1 and post_nominal(ent[0]) and before is not None and before.end == ent.start:
            if before.label_ == "PERSON":
                continue
        if ent.label_ == "PERSON" and len(ent) >= 3 and post_nominal(ent[-1]):
            ent = SpacySpan(doc, ent.start, ent.end - 1, label="PERSON")
        kept.append(ent)
    if len(kept) != len(ents) or any(a is not b for a, b in zip(kept, ents, strict=True)):
        doc.ents = kept
