"""Where reported content ends: the reporter's asides that close a sentence are not what was said.

In "Varek criticised the levy on fishing boats, which took effect in March" what Varek
criticised is the levy; the reporter adds when it took effect. A relative clause or an
apposition set off by a comma at the very end of content that is the cue's object describes a
noun for the reader and is left out, unless it quotes someone (then it was said). Content that
is a clause ("Varek said the levy, which took effect in March, hurt the port") is the speaker's
own sentence and keeps its asides: PolNeAR's annotators mostly keep them too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotetrail.extraction import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span as SentSpan
    from spacy.tokens import Token

# A relative clause ("…, which begins Monday", "…, who trailed by 20 points") or an apposition
# ("…, a provision that bars …") hanging on a noun of the content.
ASIDE_DEPS = ("relcl", "appos")
CLAUSE_DEPS = ("ccomp", "parataxis")


def _is_aside(tok: Token) -> bool:
    if tok.dep_ == "relcl":
        return tok.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
    if tok.dep_ == "appos":
        # "the Hyde Amendment, a provision that …"; not the names of a list ("Ohio, Michigan and Iowa")
        listed = any(t.dep_ == "cc" for t in tok.subtree)  # "Israel, the Iran deal and …"
        return not listed and (tok.pos_ == "NOUN" or tok.left_edge.pos_ == "DET")
    return False


def without_trailing_aside(cue: Token, tokens: list[Token], inside_quote: frozenset[int]) -> list[Token]:
    """``tokens`` (the content of ``cue``, in order) without a relative clause or apposition that is
    set off by a comma, runs to the content's end and quotes no one, when the content is the cue's
    object rather than a clause."""
    if len(tokens) < 3 or any(t.head.i == cue.i and t.dep_ in CLAUSE_DEPS for t in tokens):
        return tokens
    last = max((t.i for t in tokens if not t.is_punct), default=tokens[-1].i)
    position = {t.i: n for n, t in enumerate(tokens)}
    for tok in tokens:
        if tok.dep_ not in ASIDE_DEPS or not _is_aside(tok) or tok.head.i not in position:
            continue
        comma = tok.left_edge.i - 1
        if comma not in position or tok.doc[comma].text != "," or comma in inside_quote:
            continue
        if tok.right_edge.i < last or position[comma] == 0:
            continue
        if any(t.i in inside_quote for t in tok.subtree):
            continue  # "…, which he called “a cartel”": the quoted words were said
        kept = tokens[: position[comma]]
        if any(not t.is_punct for t in kept):
            return kept
    return tokens


def before_conjoined_cue(tokens: list[Token], cue_heads: set[int]) -> list[Token]:
    """``tokens`` up to a verb conjoined inside them that is a cue of its own: in "Varek said the
    port would reopen and urged dockers to return" what Varek said ends at "reopen"; what she
    urged is another statement ("and", and a comma before it, are left out too). The verb must
    have a subject of its own ("…, and a third said …") or be a verb of saying: in "they said he
    rated the bids and talked about costs" the talking is still what they said."""
    position = {t.i: n for n, t in enumerate(tokens)}
    for tok in tokens:
        if tok.dep_ != "conj" or tok.i not in cue_heads or tok.head.i not in position:
            continue
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        if not own_subject and tok.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS:
            continue  # "he rated them and talked about …": the clause goes on, what they said
        cut = position[tok.left_edge.i] if tok.left_edge.i in position else position[tok.i]
        while cut > 0 and (tokens[cut - 1].dep_ == "cc" or tokens[cut - 1].is_punct):
            cut -= 1
        if cut > 0:
            return tokens[:cut]
    return tokens


def sentence_beside_according(cue: Token, sentence: SentSpan | None) -> list[Token]:
    """ "According to the census office, incomes rose in May but fell in June" / "…, according to
    the census office.": "according to X" opening or closing a sentence vouches for all the rest of
    it, whatever word the parser hung the phrase on. Empty when the cue is not such a phrase."""
    if sentence is None or cue.lower_ != "according":
        return []
    doc = cue.doc
    last = max(t.i for t in cue.subtree)
    words = [t for t in sentence if not (t.is_punct and t.i in (sentence.start, sentence.end - 1))]
    if not words:
        return []
    if cue.i == words[0].i and last + 1 < sentence.end and doc[last + 1].text == ",":
        rest = [t for t in words if t.i > last + 1]
    elif last == words[-1].i and cue.i > sentence.start and doc[cue.i - 1].text == ",":
        rest = [t for t in words if t.i < cue.i - 1]
    else:
        return []
    return rest if any(not t.is_punct for t in rest) else []
