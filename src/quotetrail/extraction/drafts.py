"""Drafts of statements, and the last pass over them before they become statements.

A draft is a statement being built: its kind, the pieces of text it says, the cue that
attributes it (or the fields of a signature that does). ``statements`` makes the drafts; the
pass here joins quotations that go on a statement the parse cut short, closes and bridges the
quoted fragments of mixed statements, and drops speakerless quotes another statement holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from quotetrail.extraction.cues import Cue
from quotetrail.extraction.marks import Quote
from quotetrail.extraction.paragraphs import QuoteIndex
from quotetrail.model import Span


@dataclass
class Draft:
    kind: str
    pieces: list[Span]
    cue: Cue | None
    para_index: int
    last_quote_end: int = 0
    borrowed: bool = False  # the cue is an earlier statement's: a quotation that goes on its words
    extra: dict[str, object] = field(default_factory=dict)

    def go_on(self, pieces: Iterable[Span], quote_end: int, last_para: int | None = None) -> None:
        """Take more of the same statement: ``pieces`` of a quote ending at ``quote_end`` (in
        paragraph ``last_para``, when the statement now runs on into it)."""
        self.pieces.extend(pieces)
        self.last_quote_end = quote_end
        if last_para is not None:
            self.para_index = last_para


def speaker_inside_content(draft: Draft) -> bool:
    """A speaker phrase that runs into the content means the parse went wrong: no statement."""
    source = draft.cue.source if draft.cue is not None else None
    span = source.span if source is not None else draft.extra.get("speaker_span")
    if not isinstance(span, Span):
        return False  # (a signature's speaker, "Varnia votes: “A historic night” for the Greens", too)
    return any(span.overlaps(piece) for piece in draft.pieces)


def drop_covered(drafts: list[Draft], quotes: QuoteIndex, text: str) -> list[Draft]:
    """Close the quoted fragments of mixed statements; drop speakerless quotes, and quotes read as
    going on an earlier speaker's words, that lie inside another statement."""
    drafts = _join_speakerless(drafts, _running_into)
    drafts = _join_speakerless(drafts, _after_a_conjunction(text))
    for draft in drafts:
        if draft.kind == "mixed":
            draft.pieces = [
                _open_fragment(
                    text, _close_fragment(text, piece, quotes.overlapping(piece)), quotes.overlapping(piece)
                )
                for piece in draft.pieces
            ]
            bridged = _bridge_quotations(text, draft.pieces, quotes)
            if not any(_covers_attribution(piece, draft.cue) for piece in bridged):
                draft.pieces = bridged
    by_para: dict[int, list[Draft]] = {}
    for draft in drafts:
        by_para.setdefault(draft.para_index, []).append(draft)
    kept = []
    for draft in drafts:
        if _speakerless(draft) or draft.borrowed:
            near = by_para.get(draft.para_index, []) + by_para.get(draft.para_index - 1, [])
            own = [t for p in draft.pieces if (t := _words_of(text, p)) is not None]
            inside = any(
                other is not draft and any(o.contains(p) for o in other.pieces for p in own) for other in near
            )
            if inside:
                continue
        kept.append(draft)
    return kept


def _speakerless(draft: Draft) -> bool:
    """A quotation kept with no cue and no signed speaker."""
    return draft.cue is None and "speaker" not in draft.extra


def _join_speakerless(drafts: list[Draft], join: Callable[[Draft, Draft], bool]) -> list[Draft]:
    """Offer each speakerless direct quote to the statements with a cue; ``join(quote, other)``
    takes it into ``other`` (and says so), and a quote taken is dropped."""
    dropped: set[int] = set()
    for quote in drafts:
        if not _speakerless(quote) or quote.kind != "direct" or not quote.pieces:
            continue
        for other in drafts:
            if other is not quote and other.cue is not None and other.pieces and join(quote, other):
                dropped.add(id(quote))
                break
    return [d for d in drafts if id(d) not in dropped]


def _running_into(quote: Draft, other: Draft) -> bool:
    """ "“You know what I want to do? I want to wait until I meet with Varek” before discussing
    specifics, he said.": the statement the parse found starts inside a quotation of several
    sentences and runs on after it; the whole quotation is its start, not a quote with no speaker."""
    start, end = quote.pieces[0].start, quote.pieces[-1].end
    first = other.pieces[0]
    if other.para_index != quote.para_index or not start < first.start < end < first.end:
        return False
    other.pieces[0] = Span(start, first.end)
    other.kind = "mixed"
    return True


JOINING_GAP = re.compile(r"^[\s,]*(?:and|but|or)\s*$")


def _after_a_conjunction(text: str) -> Callable[[Draft, Draft], bool]:
    def join(quote: Draft, other: Draft) -> bool:
        """ "Tovek said that her family “came out of the ministry broke,” and “struggled to piece
        together the resources”": a quotation joined by "and"/"but" to the end of a statement's
        content, in the same sentence, goes on that statement."""
        cue = other.cue
        start, end = quote.pieces[0].start, other.pieces[-1].end
        if cue is None or cue.sentence is None or not end <= start <= cue.base + cue.sentence.end_char:
            return False
        if not JOINING_GAP.match(re.sub(r"[\"”’'“‘«»„]", "", text[end:start])):
            return False
        # one passage through the conjunction: "…,” and “…"
        other.pieces[-1] = Span(other.pieces[-1].start, quote.pieces[0].end)
        other.pieces.extend(quote.pieces[1:])
        other.kind = "mixed" if other.kind == "indirect" else other.kind
        return True

    return join


def _words_of(text: str, piece: Span) -> Span | None:
    """The piece without the spaces and punctuation around it (a mixed statement's fragment
    ends before the full stop its quotation holds)."""
    start, end = piece.start, piece.end
    while start < end and (text[start].isspace() or text[start] in ".,;:!?"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?"):
        end -= 1
    return Span(start, end) if end > start else None


def _close_fragment(text: str, piece: Span, quotes: list[Quote]) -> Span:
    """Extend a content piece that cuts a quotation short to the quotation's closing mark."""
    for q in quotes:
        if piece.start <= q.open_at < piece.end < q.span.end and q.close_at is not None:
            end = q.span.end
            return Span(piece.start, end)
    return piece


def _open_fragment(text: str, piece: Span, quotes: list[Quote]) -> Span:
    """Take in the opening mark of a quotation a content piece starts right inside of, when the
    quotation closes within the piece ("“You squeezed them” to drive up the price, she said")."""
    for q in quotes:
        if q.open_at < piece.start <= q.pieces[0].start and q.span.end <= piece.end:
            if not text[q.open_at + 1 : piece.start].strip():
                return Span(q.open_at, piece.end)
    return piece


def _covers_attribution(piece: Span, cue: Cue | None) -> bool:
    """The piece runs over the cue or its speaker (then it is not the content)."""
    if cue is None:
        return False
    return piece.overlaps(cue.span) or (cue.source is not None and piece.overlaps(cue.source.span))


def _bridge_quotations(text: str, pieces: list[Span], quotes: QuoteIndex) -> list[Span]:
    """Join two pieces of a mixed statement when a quotation opens right after the first and runs
    into the second: "calling him “actually a very able man”" loses "actually" to the verb in the
    parse, but the quotation is one fragment, all of it inside what was said. Pieces that overlap
    (one closed to its quotation's end) are joined too."""
    ordered = sorted(pieces)
    out = ordered[:1]
    for piece in ordered[1:]:
        last = out[-1]
        overlapping = piece.start <= last.end  # a piece closed to its quotation's end runs into the next
        if overlapping or any(
            last.end <= q.open_at < piece.start < q.span.end and not text[last.end : q.open_at].strip(" ,")
            for q in quotes.overlapping(Span(last.end, piece.start))
        ):
            out[-1] = Span(last.start, max(last.end, piece.end))
        else:
            out.append(piece)
    return out
