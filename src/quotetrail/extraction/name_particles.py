"""Names with lowercase particles: "Pieter van der Merwe", "Carlos dos Santos", "Fernando Aguilar y
Soto", "Hamad bin Khalifa", "Luca di Montezemolo".

The small English model knows few of these. Its recogniser cuts them at the particle ("Pieter van
der" and "Merwe", "Carlos" and "Santos"), so the name kept was the last piece; its parser may take
the particle for a verb ("Carlos dos Santos said" read as "Carlos does …"). A name here is a run of
capitalised words joined by one or two particles; :func:`join_parse` makes the run one name in the
parse, :mod:`quotetrail.extraction.entity_names` in the recogniser's entities.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.strings import hash_string  # type: ignore[attr-defined]

from quotetrail.nlp import whole_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# "son/daughter of": a word next to them is a father's name, even one that reads as a title
# ("Saif bin Sultan Al Marri").
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "ould", "mint"})
PARTICLES = frozenset(
    {"van", "der", "den", "de", "del", "della", "la", "le", "dos", "das", "da", "di", "du", "von"}
    | {"y", "ten", "ter", "op", "'t", "’t", "los", "las"}  # "Anna ten Brink", "Ignacio de los Ríos"
    | (PATRONYMIC_PARTICLES - {"ben"})  # "ben" is too often an English given name to join a run
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


# Articles written joined to the word of a name by a hyphen: "al-Kuwari", "ul-Haq", "ad-Din".
JOINED_ARTICLES = frozenset({"al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ol"})
# One in a text: "as", "at" and "an" are English words too, so their token ids say nothing.
JOINED_ARTICLE = re.compile(rf"\b(?:{'|'.join(sorted(JOINED_ARTICLES))})-[A-Z]")


def _name_word(doc: Doc, i: int) -> bool:
    """A word of a name at ``i``: a capitalised one, or an article joined to one ("al-Kuwari")."""
    tok = doc[i]
    if _capitalised(tok):
        return True
    return (
        tok.lower_ in JOINED_ARTICLES
        and i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not tok.whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].text[:1].isupper()
        and doc[i + 2].is_alpha
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
    if (
        _particle_ids().isdisjoint(doc.to_array(LOWER).tolist())
        and not JOINED_ARTICLE.search(text := whole_text(doc))
        and not DO_JOINED.search(text)
    ):
        return runs  # most texts: read a whole-document array, not every token
    i, n = 0, len(doc)
    while i < n:
        if not _capitalised(doc[i]):
            i += 1
            continue
        start, end = i, _word_end(doc, i)
        joined = False
        while end + 1 < n and _name_word(doc, end + 1) and doc[end].whitespace_:
            joined = joined or not _capitalised(doc[end + 1])  # "Ahmad Zia ul-Haq Rahmani"
            end = _word_end(doc, end + 1)
        while True:
            k = end + 1
            while k < n and k - end <= 2 and doc[k].text.islower() and _particle_after(doc, k, end):
                k += 1
            if k == end + 1 or k >= n or not _name_word(doc, k):
                break
            end, joined = _word_end(doc, k), True
            while end + 1 < n and _name_word(doc, end + 1) and doc[end].whitespace_:
                end = _word_end(doc, end + 1)
        if joined:
            runs.append((start, end + 1))
        i = end + 1
    return runs


def _particle_after(doc: Doc, k: int, end: int) -> bool:
    """A particle at ``k`` after the name word ending at ``end``; "do" only after a paper's or a
    bank's noun ("Gazeta do Vale", "Jornal do Commercio"), being an English verb too."""
    if doc[k].lower_ in PARTICLES:
        return True
    return doc[k].lower_ == "do" and doc[end].lower_ in DO_HEADS


# Nouns that "do" joins to a name in Portuguese: "Gazeta do Vale", "Banco do Brasil".
DO_HEADS = frozenset({"gazeta", "jornal", "correio", "diário", "diario", "folha", "banco", "estado", "rio"})


DO_JOINED = re.compile(
    rf"\b(?:{'|'.join(sorted(w.title() for w in DO_HEADS))}) do [A-Z]"
)  # a quick look first


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
        particles = [t for t in words if t.lower_ in PARTICLES or t.lower_ == "do"]
        misread = any(t.head == t or t.pos_ in ("VERB", "AUX") or t.dep_ not in NAME_DEPS for t in particles)
        for t in particles:
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


def end_over_of(doc: Doc, end: int) -> int:
    """Where a one-word outlet's name ending before ``end`` ends when "of" and capitalised words go on
    with it ("Voice | of Dernov", "Radio | of the Free North"); ``end`` itself when they do not."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    start = end + 1 + int(doc[end + 1].lower_ == "the")
    stop = start
    while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].is_title:
        stop += 1
    return stop if stop > start else end
