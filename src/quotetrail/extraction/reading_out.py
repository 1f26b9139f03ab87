"""What someone reads out: the words are its writer's, when the text names the writer ("read a
statement from the family: “…”", "read out a text message Velik had sent"), and the reader says
nothing of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotetrail.extraction.subjects import someone

if TYPE_CHECKING:
    from spacy.tokens import Token


# What someone reads out, whose words are its writer's: "read out a text message", "read a letter".
READ_OUT_WORDS = frozenset(
    {"message", "text", "letter", "email", "e-mail", "note", "statement", "post", "tweet", "poem", "passage"}
    | {"excerpt", "transcript", "testimony", "verdict", "judgment", "list", "name"}  # (plurals: "names")
    | {"title"}  # "read out the title of the bill, “…”"
)


# Verbs of a relative clause that make its subject a document's writer: "a text message Velik had sent"
# (forms, not lemmas: only cue words get lemmas).
WRITING_FORMS = frozenset(
    {"sent", "wrote", "written", "penned", "posted", "drafted", "signed", "issued", "tweeted", "dictated"}
)


def writer_read_out(verb: Token, children: list[Token], inside_quote: frozenset[int]) -> Token | None:
    """Whose words someone reads out, when the text names them: "read a statement from the
    family", "read out a letter by the mayor", "on behalf of his client", "the family's statement",
    "a text message Velik had sent". None for a document whose writer the text does not give."""
    for document in (
        c for c in children if c.dep_ == "dobj" and c.lower_.removesuffix("s") in READ_OUT_WORDS
    ):
        for child in document.children:
            if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN") and child.i not in inside_quote:
                return child
            if child.dep_ == "relcl" and child.lower_ in WRITING_FORMS:
                writer = next((c for c in child.children if c.dep_ == "nsubj"), None)
                if (
                    writer is not None
                    and writer.i not in inside_quote
                    and writer.lower_ not in ("which", "that")
                ):
                    return writer
        for prep in [*document.children, *(c for c in children if c.i > document.i)]:
            if prep.dep_ != "prep":
                continue
            if prep.lower_ == "on":  # "on behalf of his client"
                behalf = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "behalf"), None)
                prep = (
                    next((c for c in behalf.children if c.lower_ == "of"), prep)
                    if behalf is not None
                    else prep
                )
                if prep.lower_ != "of":
                    continue
            elif prep.lower_ not in ("from", "by") or (
                prep.head != document and not _right_after(document, prep)
            ):
                continue  # "a statement by his client", whether on the noun or on the verb right after it
            writer = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if writer is None or writer.i in inside_quote or not someone(writer):
                continue  # "from the steps of the court", "from his notes", "by video link": not whose
            return _name_set_off_after(writer, children) or writer
    return None


def _right_after(phrase: Token, word: Token) -> bool:
    """Whether ``word`` follows the words of ``phrase`` with nothing between."""
    return phrase.i < word.i and all(phrase.is_ancestor(t) for t in phrase.doc[phrase.i + 1 : word.i])


# Those who speak for someone named after them ("the family of the victim, Tara Boyle"), unlike
# an office ("the head of the union, Marta Ulk").
KIN_AND_COMPANY = frozenset(
    {
        "family",
        "families",
        "relatives",
        "parents",
        "friends",
        "colleagues",
        "lawyers",
        "supporters",
        "children",
    }
    | {"mother", "father", "sister", "brother", "wife", "husband", "widow", "widower", "son", "daughter"}
    | {"lawyer", "partner", "fiancee", "fiancée", "fiance", "fiancé", "friend", "colleague", "parent"}
)


def _name_set_off_after(writer: Token, children: list[Token]) -> Token | None:
    """ "on behalf of his client, Elsa Nord:": the name after the comma, which the parser hung on
    the verb, names the writer."""
    doc = writer.doc
    after = writer.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    if writer.lower_ in KIN_AND_COMPANY and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in writer.children
    ):
        return None  # "a statement from the family of the victim, Tara Boyle:": the victim's name
    name = next(
        (c for c in children if c.i > after and c.left_edge.i == after + 1 and c.pos_ == "PROPN"), None
    )
    if (
        name is None
        or name.ent_type_ != "PERSON"
        or doc[name.right_edge.i + 1 : name.right_edge.i + 2].text not in (":", "")
    ):
        return None
    return name
