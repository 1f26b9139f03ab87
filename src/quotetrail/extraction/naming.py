"""Verbs of naming the parser misread: "called X “Y”" as a name given to a noun, or with the name
hung on the object's last noun; and counts someone gives ("put the crowd at 3,000"), which report
no clause. ``cues`` asks these when a verb found no clause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotetrail.extraction import lexicon
from quotetrail.extraction.complements import NAMING_LEMMAS
from quotetrail.nlp import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Token


# Words that open a clause of the reporter's after what was named: "called the report a “rush to
# judgment,” because …".
CLAUSE_OPENERS = frozenset({"because", "while", "although", "though", "since", "as", "after", "which", "who"})


def naming_misparsed(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "Lasken, a Tovek ally, called Dravin’s standards “strong.”": a sentence the parser left
    without a verb, reading the naming verb as a name given to the noun before it ("a group called
    …"). When the sentence's root is a noun and the participle follows the subject (after the
    comma closing its apposition, or as the modifier of the root's subject), and names an object
    something ("Florida’s standards" + "strong"), the participle is the sentence's verb: the
    speaker and what was said (object and name, to the end of the clause)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in NAMING_LEMMAS:
        return None
    sent, doc = sentence_of(verb), verb.doc
    root = sent.root
    if root.pos_ in ("VERB", "AUX"):
        return None
    if verb.i > sent.start and doc[verb.i - 1].text == "," and root.i < verb.i:
        subject = root  # "Mira Osk, who chaired the harbour board, called …"
    elif verb.head.dep_ == "nsubj" and verb.head.head == root and verb.head.i == verb.i - 1:
        subject = verb.head  # "Tovek’s campaign called the Observer’s report a “rush to judgment,”"
    else:
        return None
    if subject.pos_ not in ("PROPN", "NOUN", "PRON") or not any(
        c.dep_ in ("dobj", "oprd", "ccomp") for c in verb.children
    ):
        return None
    content: list[Token] = []
    for tok in doc[verb.i + 1 : sent.end]:
        previous = [t for t in content if not t.is_quote]
        if tok.lower_ in CLAUSE_OPENERS and previous and previous[-1].text == ",":
            break
        content.append(tok)
    while content and content[-1].is_punct and not content[-1].is_quote:
        content.pop()
    if not content or content[0].is_quote:
        return None  # "the wall, called “a monument to folly”": the wall's name, no one's words
    named = any(t.is_quote for t in content) or content[-1].tag_ == "JJ"
    return (subject, content) if named else None


def names_with_a_predicate(objects: list[Token]) -> bool:
    """ "called the minister's squabble with the harbour board unusual": the object of "call"
    ends in what it was called, which the parser hung on the last noun ("community unusual")."""
    words = [t for t in objects if not t.is_punct]
    if len(words) < 2:
        return False
    last = words[-1]
    if last.tag_ == "JJ" and last.dep_ == "amod" and last.head.i < last.i:
        return True
    # "called the citation and the demand for his appearance a transparent ploy": the name read
    # as an apposition with no comma before it
    doc = last.doc
    return any(
        t.dep_ == "appos" and t.pos_ == "NOUN" and t.left_edge.i > 0 and not doc[t.left_edge.i - 1].is_punct
        for t in words
    )


# What such a count is of.
COUNTED_NOUNS = frozenset(
    {"number", "crowd", "crowds", "toll", "figure", "turnout", "cost", "costs", "damage", "attendance"}
    | {"tally", "count", "total", "losses", "casualties", "dead", "size", "bill", "it", "them"}
)


def estimated_at(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "The Interior Ministry put the number at 3,000", "organisers estimated it at 40,000",
    "Corran Bank forecast Brent at $85" (a forecast or an estimate may be of anything): a
    count given by someone, the way crowds and tolls are reported. What was said is the object and
    the figure ("the number at 3,000"); the speaker, the verb's subject."""
    if verb.lower_ not in lexicon.ESTIMATING_FORMS or verb.pos_ != "VERB":
        return None
    objects = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and (c.lower_ in COUNTED_NOUNS or verb.lower_ in lexicon.FORECASTING_FORMS)
    ]
    at = [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.lower_ == "at"
        and any(t.like_num or t.tag_ in ("CD", "$") or t.text[:1].isdigit() for t in c.subtree)
    ]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not objects or not at or not objects[0].i < at[0].i or not subjects:
        return None
    return subjects[0], sorted([*objects[0].subtree, *at[0].subtree], key=lambda t: t.i)
