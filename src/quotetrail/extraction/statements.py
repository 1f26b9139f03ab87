"""Statements from one article: quotes attached to cues, and reported speech.

Order of work, per article:
1. pair quotation marks on the raw text (``marks``);
2. parse the paragraphs that can hold a statement (a quote mark or a cue word);
3. find cues with their sources (``cues``);
4. attach each quote to the cue whose clause sits right next to it (direct; ``attachment``);
   a quote that follows an attributed quote in the same paragraph joins it as
   another piece; so does a whole quoted paragraph right after it (one turn over
   two paragraphs); one further on is a statement of its own by the same speaker;
5. cues left over with a clausal complement give indirect statements, mixed
   when the complement holds a quoted fragment;
6. a quote with no cue is kept with no speaker unless it is a scare quote or a title.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from quotetrail.extraction import context, lexicon, signatures
from quotetrail.extraction.attachment import (
    attach_cue,
    frame_end,
    goes_on,
    inside_reported,
    last_reporting_cue,
    later_in_its_sentence,
    lead_in,
    nearby,
    reported_before,
    stands_alone,
)
from quotetrail.extraction.back_references import point_back
from quotetrail.extraction.boundaries import (
    before_another_speakers_clause,
    before_conjoined_cue,
    clause_after_quote,
    interrupted_start,
    only_connective,
    sentence_beside_according,
    strip_connective,
    without_trailing_aside,
    without_trailing_aside_of_the_speaker,
    without_trailing_conjunction,
    without_trailing_framing,
    without_trailing_venue,
)
from quotetrail.extraction.closing_repairs import INVERTING_VERBS
from quotetrail.extraction.complements import CALENDAR_WORDS
from quotetrail.extraction.cues import Cue, find_cues
from quotetrail.extraction.drafts import Draft, drop_covered, speaker_inside_content
from quotetrail.extraction.marks import Quote, closing_mark_end, find_quotes, paragraphs
from quotetrail.extraction.paragraphs import ParsedParagraph, QuoteIndex, mentions, parse_paragraphs
from quotetrail.extraction.phrases import (
    DATELINE,
    EDGE_PUNCT,
    ROLE_LINKS,
    phrase_fields,
    speaker_phrase,
    token_span,
)
from quotetrail.extraction.saying import SPEECH_ACTS_NOT_DONE
from quotetrail.extraction.subjects import OPENING_MARKS, quoted_as_saying
from quotetrail.model import Mention, Span, Statement

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from spacy.tokens import Doc, Token

MAX_SCARE_QUOTE_WORDS = 4
TITLE_TRIGGERS = re.compile(
    r"(so-called|so called|titled|entitled|dubbed|nicknamed|known as|book|film|movie|song|album|show|series|"
    r"novel|memoir|essay|poem|opera|podcast|programme|program|column|op-ed|play|documentary|headline|hashtag|"
    r"slogan|word|term|phrase|"
    # an offence as the charge names it: "found guilty of “causing death by dangerous driving”"
    r"guilty of|convicted of|charged with|pleaded guilty to|acquitted of|cleared of|"
    # "faces charges of “conspiracy to defraud …”", "is accused of “…”"; a search's words (red teams
    # 167, 169)
    r"charges? of|counts? of|accused of|searches for|searched for|search for|googled|typed)\W*$",
    re.I,
)
# Words a title leaves in lower case ("A Window in the Wall").
TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by"}
)
FOLLOW_GAP = re.compile(r"^[\s,.;:!?—–-]*$")


@dataclass
class Extraction:
    statements: list[Statement]
    mentions: list[Mention]


def _through_the_quotation(text: str, piece: Span, quoted: list[Quote], cue_at: int) -> Span:
    """'Protesters chanted “Death to the regime” loudly': the parser hung "to the regime" on the
    verb, so the content stopped inside the quotation it opened; a quotation is said whole, to its
    closing mark (not past the cue: "“A,” he said, “B”")."""
    for quote in quoted:
        closing = quote.close_at
        inside = quote.pieces[-1]
        if (
            closing is not None
            and piece.start <= quote.pieces[0].start < piece.end < inside.end
            and not piece.end <= cue_at <= closing
            and re.search(r"\w", text[piece.end : inside.end]) is not None
            and re.search(r"[.!?]\W*\s", text[piece.end : inside.end]) is None  # (one sentence)
        ):
            return Span(piece.start, inside.end)
    return piece


def _character_before(text: str, at: int) -> str:
    """The last character before ``at`` that is not white space ("" at the start), found
    without copying the text before it (this runs for each quotation)."""
    i = at
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i else ""


def _is_term(text: str, quote: Quote) -> bool:
    """A quoted word or two, or a short title in capitals: not words someone said. A headline in
    capitals, after a name and a colon, is speech ("VAREK: ‘WE WILL NOT SIGN’")."""
    words = quote.text(text).split()
    if (
        len(words) <= 8
        and KNOWN_AS.search(text, max(0, quote.open_at - 60), quote.open_at)
        and not re.search(r"[,.!?]\W*$", text[quote.pieces[-1].start : quote.span.end])
    ):
        return True  # 'It was billed as “the biggest derby in a generation”.': a name for it
    if len(words) > 6:
        return False
    if _spoken_in_capitals(text, quote):
        return False
    opens = _character_before(text, quote.open_at) in ("", ".", "!", "?", "\n", "”", '"', "’")
    if (
        opens
        and (said := SAID_AFTER_A_COMMA.match(text, quote.span.end)) is not None
        and said.group("verb") in SPOKEN_FORMS | SHOUTING_FORMS
        and not NOUN_THEN_NAME.fullmatch((said.group("who") or "").strip())
    ):
        # "‘Get out’, shouted one fan.", "‘Traitor’, he shouted.": British marks opening the sentence,
        # the comma outside, then who said it, closing the sentence (not "‘Brexit’, says Professor
        # Moor, is a word …", "The ‘Fair Deal’, proposed … by the union, was rejected", "words like
        # “maybe” and “perhaps”, he told reporters")
        return False
    if quote.text(text).isupper() and text[max(0, quote.open_at - 3) : quote.open_at].rstrip().endswith(":"):
        return False
    if quote.text(text).isupper() and re.search(r"[,!?]\W*$", text[quote.pieces[-1].start : quote.span.end]):
        return False  # "“GROWING PARTY,” he declared in a tweet": shouted, not a title
    if len(words) <= 2 and not re.search(r"[,.!?]\W*$", text[quote.pieces[-1].start : quote.span.end]):
        return True
    if len(words) <= 4 and KNOWN_AS.search(text, max(0, quote.open_at - 60), quote.open_at):
        return True  # 'Known to regulars as “the Professor,” Gil Amos has tended bar': a nickname
    if re.search(r"(?:\w[!?]|[a-z]{3}\.)\s+\w", quote.text(text)):
        return False  # "“Like Oakland. Or Ferguson,” Kolt said": two sentences are no title
    lead = text[max(0, quote.open_at - 30) : quote.open_at].rstrip()
    verb = re.search(r"(\w+)\s*:$", lead)
    # 'She replied: “Yes. Twice.”': a verb of saying right before the colon (not a headline's
    # "Warren Hammers Wells Fargo CEO: …", nor "is titled: …")
    introduced = verb is not None and verb.group(1) in lexicon.cue_forms() and verb.group(1) != "titled"
    sentences = re.search(
        r"\w[.!?]\s+[A-Z]", quote.text(text)
    )  # more than one: not "… utter: “Donald Trump.”"
    if introduced and sentences and re.search(r"[.!?]\W*$", text[quote.pieces[-1].start : quote.span.end]):
        return False  # 'She replied: “Yes. Twice.”': an answer after a colon, not a title
    capitalised = sum(1 for w in words if w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS)
    return len(words) >= 2 and words[0][:1].isupper() and capitalised == len(words)


SHOUTING_FORMS = frozenset({"roared", "bellowed", "jeered", "muttered", "screamed", "yelled", "shouted"})
# What a name by which others know someone follows: "known to regulars as", "dubbed", "nicknamed".
KNOWN_AS = re.compile(
    r"\b(?:known(?:\s+[\w’'-]+){0,4}\s+as|dubbed|nicknamed|affectionately\s+called|billed\s+as)\s*$", re.I
)
# Forms of the verbs that say a quotation was spoken or written, beside it: a title is never
# "said" or "shouted".
SPOKEN_FORMS = INVERTING_VERBS | frozenset(
    {"says", "wrote", "writes", "told", "tells", "shouts", "urged", "tweeted", "posted", "quipped", "joked"}
    | {"whispered", "responded", "warned"}
)
# A share of those asked, who gave a poll's answer: "52 per cent of voters", "52pc", "3 out of 4
# voters", "two-thirds of members", "one in three parents".
_A_SHARE = (
    r"\d[\d,.]*\s*(?:%|pc\b|pct\b|per ?cent|percent|in \d|of\b|out of\b|/\d)"
    r"|(?:half|two-thirds|three-quarters|a (?:third|quarter|majority)|most|one in \w+|\w+ in (?:10|ten))\b"
)
# A verb of saying right after a quotation and a comma, with its speaker, ending the sentence:
# "‘Scab’, shouted one picket at the gates.", "‘Traitor’, she yelled.", "‘Murderer’, a man shouted.",
# "‘Liar’, Kell shouted."
SAID_AFTER_A_COMMA = re.compile(
    r"\s*,\s+(?P<who>(?:he|she|they|we|I|someone|somebody"
    # "a man", "the Prime Minister", "an angry Labour MP", "the Sky Sports commentator"
    r"|(?:an?|one|another|the|several|two|three|dozens of)(?:\s+[\w’'-]+){1,3}"
    r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+)?(?P<verb>"
    + "|".join(sorted(SPOKEN_FORMS | SHOUTING_FORMS))
    + r")\b(?!\s+(?:by\b|"
    + _A_SHARE
    + r"))(?!(?<=said|says)\s+\d)(?:[^,;:.!?\n]|(?<=\d)[,.](?=\d)){0,60}[.!?]"
)
# "the novel James Joyce": a common noun, then a name (not "an angry Labour MP"), which wrote it.
NOUN_THEN_NAME = re.compile(r"\w+(?:\s+[a-z][\w’'-]*)+\s+[A-Z][a-z][\w’'-]*\s+[A-Z][a-z][\w’'-]*")
SPEAKING_BEFORE_COLON = re.compile(r"\b(\w+)(?:\s+\w+){0,3}\s*:\s*$")
SPEAKER_THEN_VERB = re.compile(r"\s*((?:[\w’'.-]+\s+){1,4}?)(\w+)\b")


def _spoken_in_capitals(text: str, quote: Quote) -> bool:
    """ "“Congratulations, Madam President,” Dalby said.", "Dalby told reporters: “Go Greens!”":
    a few words in capitals, set off as a sentence and with a verb of speaking beside them, were
    said, whatever they look like. Not "“Say It Slow,” her new single, …" nor "titled: “…”"."""
    inside_end = text[quote.pieces[-1].start : quote.span.end]
    before = text[max(0, quote.open_at - 60) : quote.open_at]
    lead = SPEAKING_BEFORE_COLON.search(before)
    if lead is not None and re.search(r"[.!?]\W*$", inside_end):
        words = before[lead.start() :].replace(":", " ").split()
        return any(w.lower() in SPOKEN_FORMS for w in words)
    opens = not before.strip() or before.rstrip(" \t\u00a0").endswith((".", "!", "?", ":", "\n"))
    if not opens or not re.search(r"[,!?]\W*$", inside_end):
        return False
    after = SPEAKER_THEN_VERB.match(text, quote.span.end, min(len(text), quote.span.end + 80))
    if (
        after is None
        or after.group(2).lower() not in SPOKEN_FORMS
        or re.search(r"[,;:()]|\b(?:was|is|were|are|has|had|been)\b", after.group(1))
    ):
        return False
    # not when the sentence goes on with the title's own verb: "“Salt And Ash,” Reyes said, took three
    # years to record" (a participle or a conjunction may follow: "…, raising a fist")
    return not re.match(
        r",\s+(?!(?:as|after|before|when|while|and|but|according|adding)\b)[a-z]+\b(?<!ing)",
        text[after.end() :],
    )


def _goes_on_quoting(text: str, quote: Quote, drafts: list[Draft], para: int) -> bool:
    """ "“Here comes Big Daddy,” she said. “The Donald. Big Daddy.”": a quoted sentence right
    after a quotation and its attribution goes on quoting, however much it looks like a title."""
    previous = drafts[-1] if drafts else None
    return (
        previous is not None
        and previous.kind == "direct"
        and previous.para_index == para
        and _is_sentence(text, quote)
        and _gap_ok_follow(text, previous.last_quote_end, quote.open_at, previous)
    )


def _is_sentence(text: str, quote: Quote) -> bool:
    """ "“This cannot go on.”" standing as a sentence of its own: words said, however few."""
    inside = text[quote.pieces[-1].start : quote.span.end].rstrip("\"”’»“' \u00a0")
    before = text[max(0, quote.open_at - 3) : quote.open_at]
    # a line of its own: after a caption, a subhead or an "Advertisement" line, unpunctuated
    opens = not before.strip() or before.rstrip(" \t\u00a0").endswith((".", "!", "?", ":", "\n"))
    return opens and inside.endswith((".", "!", "?")) and len(quote.text(text).split()) >= 2


def _is_not_a_statement(text: str, quote: Quote) -> bool:
    """Scare quotes, quoted terms and titles."""
    content = quote.text(text)
    words = content.split()
    if len(words) <= MAX_SCARE_QUOTE_WORDS:
        return not _is_sentence(text, quote)
    before = text[max(0, quote.open_at - 40) : quote.open_at]
    if TITLE_TRIGGERS.search(before.rstrip()):
        return True
    capitalised = sum(
        1 for w in words if w[:1].isupper() or not w[:1].isalpha() or w.lower() in TITLE_SMALL_WORDS
    )
    return len(words) <= 12 and words[0][:1].isupper() and capitalised / len(words) >= 0.75


# Verbs whose object a quotation after it describes: "called the plan “A Disgrace”".
CALLING_LEMMAS = frozenset({"call", "describe", "brand", "label", "dub", "term", "deem"})


def _names_a_thing(pp: ParsedParagraph, quote: Quote) -> bool:
    """ "during a “Commander-in-Chief” forum", "the tanker “Sea Falcon”": a quoted name in capitals
    in front of the noun it names, or right after it, is no one's words, and does not make the
    statement around it mixed."""
    base = pp.span.start
    inside = pp.doc.char_span(quote.open_at + 1 - base, quote.span.end - 1 - base, alignment_mode="contract")
    if (
        inside is None
        or not len(inside)
        or not all(t.is_title or t.is_punct or not t.is_alpha for t in inside)
    ):
        return False
    root = inside.root
    named = root.head
    if (
        root.dep_ == "appos"
        and named.pos_ == "NOUN"
        and inside.start - 2 <= named.i < inside.start
        and named.head.lemma_.lower() not in CALLING_LEMMAS  # not "called the plan “A Disgrace”"
    ):
        return True  # "The tanker “Sea Falcon” was seized": the name right after the noun it names
    return root.dep_ in ("compound", "amod", "nmod") and named.pos_ == "NOUN" and named.i >= inside.end


def _content_pieces(tokens: list[Token], base: int, exclude: set[int]) -> list[Span]:
    """Contiguous runs of ``tokens`` (minus ``exclude``) as trimmed spans."""
    pieces: list[Span] = []
    run: list[Token] = []
    for tok in tokens:
        if tok.i in exclude or (run and tok.i != run[-1].i + 1):
            if run and (span := token_span(run, base)):
                pieces.append(span)
            run = [] if tok.i in exclude else [tok]
            continue
        run.append(tok)
    if run and (span := token_span(run, base)):
        pieces.append(span)
    return pieces


# What may stand around a quotation's own piece in a piece the parse gave for the same words.
_AROUND_A_QUOTATION = " \t\n,.;:!?\"'“”‘’«»„‚‹›"


def _without_overlaps(text: str, pieces: tuple[Span, ...]) -> tuple[Span, ...]:
    """Pieces that share no character: '"The squad is exhausted", said Jordi Puig, "and the fixtures
    are madness".' gave the parse's clause with its marks and comma beside the quotation inside it
    (red team 186), so the quote said its first half twice. A piece around another with only marks
    and punctuation more is that other; pieces that overlap otherwise are joined."""
    out: list[Span] = []
    for piece in pieces:  # sorted by start, then end
        if not out or piece.start >= out[-1].end:
            out.append(piece)
            continue
        last = out[-1]
        inner, outer = (piece, last) if piece.end <= last.end else (last, piece)
        if inner.start >= outer.start and not (
            text[outer.start : inner.start] + text[inner.end : outer.end]
        ).strip(_AROUND_A_QUOTATION):
            out[-1] = inner
        else:
            out[-1] = Span(last.start, max(last.end, piece.end))
    return tuple(out)


# A picture's credit closing a caption: "Gina Ferro said the city would rebuild (Photo: Jane Roe)".
_CLOSING_CREDIT = re.compile(
    r"\s*\((?:Photo(?:graph)?|Picture|Image|Credit|Illustration|Video)s?\s*(?:by|:)[^()\n]{0,80}\)?\s*$"
)


def _without_a_closing_credit(text: str, pieces: tuple[Span, ...]) -> tuple[Span, ...]:
    """The last piece without a caption's credit after the words (red team 189)."""
    if not pieces:
        return pieces
    last = pieces[-1]
    credit = _CLOSING_CREDIT.search(text, last.start, last.end)
    if credit is None or credit.end() != last.end or credit.start() <= last.start:
        return pieces
    return (*pieces[:-1], Span(last.start, credit.start()))


def _with_inner_commas(text: str, pieces: tuple[Span, ...]) -> tuple[Span, ...]:
    """A split quote keeps the comma that closed each piece but the last inside its marks
    (“We are ready,” Varek said. “But …” reads "We are ready, But …", not "We are ready But …")."""
    return tuple(
        Span(p.start, p.end + 1) if i < len(pieces) - 1 and text[p.end : p.end + 1] == "," else p
        for i, p in enumerate(pieces)
    )


def _speaker_fields(cue: Cue | None) -> dict[str, object]:
    if cue is None or cue.source is None:
        return {}
    return phrase_fields(cue.source)


def _statement(text: str, draft: Draft, article_date: date | None, pp: ParsedParagraph | None) -> Statement:
    pieces = _without_a_closing_credit(text, _without_overlaps(text, tuple(sorted(set(draft.pieces)))))
    if draft.kind == "direct":
        pieces = _with_inner_commas(text, pieces)
    elif pieces:
        last = pieces[-1]  # 'to reject “those who spread discord.”': the closing mark with the opening one
        pieces = (*pieces[:-1], Span(last.start, closing_mark_end(text, last.start, last.end)))
    quote = " ".join(text[p.start : p.end] for p in pieces)
    extra = dict(draft.extra)
    said_on: date | None = extra.pop("said_on", None)  # type: ignore[assignment]
    said_on_words = extra.pop("said_on_words", None)  # a signature's "on Tuesday"
    if said_on is None and isinstance(said_on_words, str):
        said_on = context.resolve_date(said_on_words, article_date)
    venue: str | None = extra.pop("venue", None)  # type: ignore[assignment]
    venue_span: Span | None = extra.pop("venue_span", None)  # type: ignore[assignment]
    fields = _speaker_fields(draft.cue)
    fields.update(extra)
    cue = draft.cue
    if cue is not None and cue.text not in (":",):
        first = _first_of_a_series(cue)
        # Not a date of what was said before the cue and goes on after it: "The toll stood at 12, the
        # ministry said, up from eight on Monday" (after the cue, "called on X Wednesday to …" is dated)
        source = cue.source.span if cue.source is not None else None
        before_cue = [
            p
            for p in pieces
            if source is not None
            and p.end <= source.start
            and text[p.end : source.start].strip() in (",", "")
            and len(text[p.start : p.end].split()) >= 3  # (not a fronted day the content took in)
        ]
        own = [
            t
            for t in cue.clause + _participle_clauses(cue.token) + _cue_words(cue)
            if not before_cue or not any(p.start <= cue.base + t.idx < p.end for p in pieces)
        ]
        said_on = context.said_on(own, article_date)
        if said_on is None and (venue_prep := context.trailing_venue(cue.token)) is not None:
            # "urged the faithful to pray for peace in a televised address on Wednesday": the day of
            # the venue the content was cut before
            said_on = context.said_on([cue.token, *context.venue_and_its_day(venue_prep)], article_date)
        if said_on is None and first is not None:
            shared = [  # "On Sunday, Halvast said … and promised …": the first verb's date is the second's
                t
                for c in first.children
                if c.dep_ in ("prep", "npadvmod") and c.i < cue.token.i
                for t in c.subtree
                if not t.is_ancestor(cue.token)
            ]
            shared += [  # "retracted the claim in a post on Sunday, writing …": dated where it was posted
                t
                for o in first.children
                if o.dep_ == "dobj" and o.i < cue.token.i
                for c in o.children
                if c.dep_ == "prep"
                for t in c.subtree
            ]
            said_on = context.said_on(_participle_clauses(first) + shared, article_date)
        if said_on is None and pp is not None and (label := context.day_label(pp.doc)):
            said_on = context.said_on(label, article_date)  # "Wednesday: Marek told Al-Rawda that …"
        exclude = frozenset(cue.token.i for _ in ()) if pp is None else pp.inside_quote
        speaker = cue.source.span if cue.source is not None else None
        found = context.venue(cue.token, cue.base, exclude, speaker)
        if found is None and first is not None:
            found = context.venue(first, cue.base, exclude, speaker, borrowed=True)
        if found:
            venue, venue_span = found
    targets = context.targets(pp.doc, pp.span.start, pieces) if pp is not None else ()
    cue_span: object = draft.extra.get("cue_span")
    cue_text: object = draft.extra.get("cue")
    if cue is not None:
        linked = _linked_cue(text, cue.span, pieces) if pieces else cue.span
        cue_span, cue_text = linked, text[linked.start : linked.end]
    return Statement(
        kind=draft.kind,  # type: ignore[arg-type]
        quote=quote,
        quote_spans=pieces,
        cue=cue_text,  # type: ignore[arg-type]
        cue_span=cue_span,  # type: ignore[arg-type]
        said_on=said_on,
        venue=venue,
        venue_span=venue_span,
        targets=targets,
        **{k: v for k, v in fields.items() if k not in ("cue", "cue_span")},  # type: ignore[arg-type]
    )


LINKING_PREPOSITIONS = frozenset(
    [
        "about",
        "against",
        "as",
        "at",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "over",
        "to",
        "toward",
        "towards",
        "upon",
        "with",
    ]
)


def _linked_cue(text: str, cue: Span, pieces: tuple[Span, ...]) -> Span:
    """The cue with the preposition that ties it to the content right after it: in "Ms. Varek
    spoke of betrayal" or "warned against the deal" the cue is "spoke of" / "warned against"
    (PolNeAR's convention, and how a reader splits the sentence)."""
    gap = text[cue.end : pieces[0].start]
    word = gap.strip()
    opening = text[pieces[0].start : pieces[0].start + 12].split()[:1]
    if opening and opening[0].strip(",.").lower() in CALENDAR_WORDS:
        return cue  # "said on Monday the talks had stalled": "on" dates the cue
    if gap[:1].isspace() and word.lower() in LINKING_PREPOSITIONS:
        return Span(cue.start, cue.end + gap.index(word) + len(word))
    return cue


def _only_the_quotation(text: str, piece: Span, quote: Quote) -> bool:
    """The content is a quotation and its marks, nothing more."""
    marks = " " + "".join(EDGE_PUNCT) + '"“”‘’«»„'
    return text[piece.start : piece.end].strip(marks) == quote.text(text).strip(marks)


def _cue_words(cue: Cue) -> list[Token]:
    """The words of a cue beyond its verb ("said in a statement posted … late on Sunday"), which
    may date it."""
    if cue.span.end - cue.span.start <= len(cue.token.text):
        return []
    words = cue.token.doc.char_span(
        cue.span.start - cue.base, cue.span.end - cue.base, alignment_mode="expand"
    )
    return [t for t in words if t.i != cue.token.i] if words is not None else []


def _participle_clauses(verb: Token) -> list[Token]:
    """ "Speaking in Parliament on 23 June, Ms Varek said …": the participle's words may date the cue;
    after it, only the speaking's own "on …" ("said, speaking through a translator … on Thursday")."""
    before = [t for c in verb.children if c.dep_ == "advcl" and c.i < verb.i for t in c.subtree]
    speaking = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.lower_ in SPEAKING_AFTER]
    # "speaking at a news conference on Tuesday", "speaking to reporters on Tuesday": the day hung on
    # the occasion or the hearers (not on what the speaking was about)
    hosts = [
        *speaking,
        *(
            o
            for c in speaking
            for p in c.children
            if p.dep_ == "prep" and p.lower_ in ("at", "to", "through", "before", "during")
            for o in p.children
            if o.dep_ == "pobj"
        ),
    ]
    after = [t for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "on" for t in p.subtree]
    return before + after


SPEAKING_AFTER = frozenset({"speaking", "talking", "addressing", "testifying"})


def _first_of_a_series(cue: Cue) -> Token | None:
    """The verb a second verb of saying shares its subject and occasion with: "Varek, speaking at
    Friday prayers, called the strike … and said …" (the verb whose subject is the cue's speaker,
    wherever the parser hung the second verb); None when the verb has a subject of its own."""
    verb = cue.token
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"  # "… defended the budget, saying …"
    if (verb.dep_ != "conj" and not participle) or cue.source is None:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    speaker = cue.source.span
    for host in verb.ancestors:
        if host.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "nsubj" and speaker.start <= cue.base + c.idx < speaker.end for c in host.children
        ):
            return host
    return None


def _paragraph_of(starts: list[int], offset: int) -> int:
    """Index of the paragraph holding ``offset`` (paragraph starts sorted)."""
    return max(0, bisect.bisect_right(starts, offset) - 1)


def extract_statements(
    text: str,
    *,
    article_date: date | None,
    parse: Callable[[Iterable[str]], Iterator[Doc]],
    tokenize: Callable[[str], Doc],
    recognise: Callable[[list[Doc]], None] | None = None,
) -> Extraction:
    quotes = find_quotes(text)
    index = QuoteIndex(quotes)
    paras = parse_paragraphs(text, paragraphs(text), index, parse, tokenize, recognise)
    para_starts = [pp.span.start for pp in paras]
    cues_by_para: list[list[Cue]] = []
    for pp in paras:
        found: list[Cue] = []
        for sent in pp.doc.sents if pp.parsed and not pp.introduces_only else ():
            found.extend(find_cues(sent, pp.span.start, pp.inside_quote))
        cues_by_para.append(found)

    drafts: list[Draft] = []
    spoken_from: dict[int, int] = {}  # a transcript line's paragraph: where the words after its label start
    for i, content, fields in signatures.transcript_lines(text, paras):
        drafts.append(Draft("direct", [content], None, i, content.end, extra=fields))
        spoken_from[i] = content.start
    transcript = [paras[d.para_index].span for d in drafts]
    by_cue: dict[int, Draft] = {}
    for quote in quotes:
        if any(quote.span.overlaps(line) for line in transcript):
            continue  # the speaker's label, not the quotation marks, says who speaks
        first_para = _paragraph_of(para_starts, quote.open_at)
        last_para = _paragraph_of(para_starts, quote.span.end - 1)
        candidates = cues_by_para[first_para] + (cues_by_para[last_para] if last_para != first_para else [])
        if first_para > 0:
            candidates = cues_by_para[first_para - 1] + candidates
        if _is_term(text, quote) and not _goes_on_quoting(text, quote, drafts, first_para):
            continue
        below = paras[last_para + 1] if last_para + 1 < len(paras) else None
        dash = signatures.dash_source(text, quote, paras[last_para], below)
        if dash is not None:
            # "“…” — Maureen Fisk, 67, retired teacher": the signature names the speaker, whatever
            # introduced the quotations before it ("Here is what people told us:")
            drafts.append(Draft("direct", list(quote.pieces), None, last_para, quote.span.end, extra=dash))
            continue
        near = nearby(quote, candidates)
        sentences = {id(c.sentence) for c in near}
        reporting_in: dict[int, list[Cue]] = {}  # by sentence: a long paragraph has many of them
        for c in candidates:
            if c.strong and c.complement and id(c.sentence) in sentences:
                reporting_in.setdefault(id(c.sentence), []).append(c)
        candidates = [
            c for c in near if c.strong or not inside_reported(c, quote, reporting_in.get(id(c.sentence), []))
        ]
        cue = attach_cue(text, quote, candidates)
        if (
            cue is not None
            and first_para == 0
            and signatures.is_headline(text, paras[0])
            and not signatures.speech_in_headline(cue)
        ):
            cue = None  # "‘Declaration of war’: how one phrase split Kestovia"
        if cue is not None and cue.source is not None:
            cue.used = True
            key = id(cue)
            pieces = list(quote.pieces)
            kind = "direct"
            clause_end = frame_end(text, cue, quote)
            if cue.frame.start < quote.open_at and clause_end <= quote.open_at:
                that = re.search(r"\bthat\b", text[clause_end : quote.open_at], re.I)
                if (reported := reported_before(text, cue, quote)) is not None:
                    pieces[0] = Span(reported, pieces[0].end)  # "said she has the quality: “Steadiness.”"
                    kind = "mixed"
                elif that:
                    pieces[0] = Span(clause_end + that.start(), pieces[0].end)
                    kind = "mixed"  # 'said that “…”': the "that" is the reporter's word
                    if len(pieces) == 1 and quote.close_at is not None and quote.close_at >= pieces[0].end:
                        # 'that “… enemies.”': the opening mark is in, so is the closing one
                        pieces[0] = Span(pieces[0].start, quote.close_at + 1)
                elif (before := interrupted_start(text, quote, cue)) is not None:
                    pieces.insert(0, before)  # "In such cases, it said, “the woman is a victim.”"
                    kind = "mixed"
                if (rest := clause_after_quote(text, quote, cue)) is not None:
                    pieces[-1] = Span(pieces[-1].start, rest)  # "that “we need more time” to decide"
                    kind = "mixed"
            elif (lead := lead_in(text, quote, cue)) is not None:
                pieces[0] = Span(lead, pieces[0].end)  # "With thousands of systems, “there is no …,” X said."
                kind = "mixed"
            if key in by_cue:
                by_cue[key].go_on(pieces, quote.span.end)
            else:
                draft = Draft(kind, pieces, cue, last_para, quote.span.end)
                by_cue[key] = draft
                drafts.append(draft)
            continue
        if _pull_quote(text, quote, paras[first_para].span):
            continue  # "“We cannot go on like this”" set apart after the paragraph that quoted it
        previous = drafts[-1] if drafts else None
        reporting = last_reporting_cue(cues_by_para, first_para, quote.open_at)
        if reporting is not None and not _a_verb_of_saying(reporting):
            reporting = None  # "Members voted to hire auditors.¶“We should have acted …”": not the voters'
        if reporting is not None and (
            previous is None
            or previous.last_quote_end <= reporting.frame.start
            or _fragment_of_its_report(previous, reporting)
        ):
            # "Malvane said the talks had stalled. “We asked for a date and got none.”": the quote
            # goes on from a reported statement (which stays a statement of its own).
            para_of_cue = _paragraph_of(para_starts, reporting.base)
            whole = _whole_paragraph(text, quote, paras[first_para].span) and first_para - para_of_cue <= 1
            opens = para_of_cue == first_para and _opens_sentence(text, quote, paras[first_para].span)
            right_after = reporting.sentence is not None and not text[
                reporting.base + reporting.sentence.end_char : quote.open_at
            ].strip(" \t\n\r\u00a0.")  # nobody else spoke or acted in between
            follows = (
                (whole or opens) and right_after and stands_alone(text, quote) and not _is_term(text, quote)
            )
            if (
                follows
                and whole
                and previous is not None
                and previous.cue is reporting
                and previous.kind in ("direct", "mixed")
                and first_para == previous.para_index + 1
                and not _items_of_a_list(text, paras, first_para, previous)
            ):
                previous.go_on(quote.pieces, quote.span.end, last_para)  # "“A,” X said.¶“B.”": one turn
                continue
            if follows or (reporting.complement and goes_on(text, quote, reporting)):
                drafts.append(
                    Draft("direct", list(quote.pieces), reporting, last_para, quote.span.end, borrowed=True)
                )
                continue
        if previous is not None and previous.kind in ("direct", "mixed") and previous.cue is not None:
            same_para = previous.para_index == first_para
            if same_para and later_in_its_sentence(
                text, previous.cue, previous.last_quote_end, quote, cues_by_para[first_para]
            ):
                previous.go_on(quote.pieces, quote.span.end)  # "Varek says “A” because “B”."
                continue
            if (
                same_para
                and stands_alone(text, quote)
                and _gap_ok_follow(text, previous.last_quote_end, quote.open_at, previous)
            ):
                previous.go_on(quote.pieces, quote.span.end)
                continue
            if (
                _whole_paragraph(text, quote, paras[first_para].span)
                and first_para - previous.para_index <= 2
                and _may_go_on(previous)
            ) or (
                same_para
                and stands_alone(text, quote)
                and _opens_sentence(text, quote, paras[first_para].span)
            ):
                # A quote with no attribution of its own continues the speaker quoted last:
                # a quoted sentence later in the same paragraph, or a whole quoted paragraph right
                # after, is more of the same statement ("“A,” X said of the talks, referring to Y.
                # “B.”"; "“A,” X said.¶“B.”": one turn, as PolNeAR annotates it); a quoted
                # paragraph after another paragraph is a statement of its own by the same speaker.
                if same_para or (
                    first_para == previous.para_index + 1
                    and not _items_of_a_list(text, paras, first_para, previous)
                ):
                    previous.go_on(quote.pieces, quote.span.end, last_para)
                    continue
                draft = Draft(
                    "direct", list(quote.pieces), previous.cue, last_para, quote.span.end, borrowed=True
                )
                drafts.append(draft)
                continue
        if (
            first_para > 0
            and _whole_paragraph(text, quote, paras[first_para].span)
            and not any(c.strong and c.source is not None for c in cues_by_para[first_para])
            and not _pulled_out(text, quote)
        ):
            above = paras[_above_the_list(text, paras, first_para)]
            intro = signatures.introducing_subject(above, index)
            if intro is not None:
                draft = Draft("direct", list(quote.pieces), None, last_para, quote.span.end)
                draft.extra = {**phrase_fields(intro), "cue": None, "cue_span": None}
                draft.extra.update(_introduced_when(above, intro.span, article_date))
                drafts.append(draft)
                continue
        colon = signatures.colon_source(text, quote, [paras[first_para]])
        if colon is not None:
            colon_span, head, skip = colon
            pp = paras[first_para]
            src = speaker_phrase(head, pp.span.start, pp.inside_quote | skip)
            if src is not None:
                draft = Draft("direct", list(quote.pieces), None, last_para, quote.span.end)
                draft.extra = {**phrase_fields(src), "cue": ":", "cue_span": colon_span}
                draft.extra.update(_speaking_set_off(pp, skip, src.span, article_date))
                drafts.append(draft)
                continue
        if _is_not_a_statement(text, quote):
            continue
        drafts.append(Draft("direct", list(quote.pieces), None, last_para, quote.span.end))

    drafts.extend(_embedded_posts(text, paras, index, cues_by_para))
    for p_index, (pp, cues) in enumerate(zip(paras, cues_by_para, strict=True)):
        cue_heads = {c.token.i for c in cues if c.strong and c.source is not None}
        cue_heads |= _withholding(pp) if cues else set()
        for cue in cues:
            if (
                not cue.used
                and (block := _block_introduced(text, paras, p_index, cue)) is not None
                and not _has_its_own_speaker(cues_by_para[p_index + 1])
            ):
                drafts.append(Draft("direct", [block], cue, p_index + 1))  # "The governor added:¶…"
                continue
            if (
                cue.used
                or not cue.strong
                or (cue.source is None and not cue.impersonal)
                or not cue.complement
            ):
                continue
            if p_index in spoken_from and cue.frame.start < spoken_from[p_index]:
                continue  # "GOVERNOR LENZ: We do not see …": the label, no verb of saying
            if p_index == 0 and signatures.is_headline(text, pp) and not signatures.speech_in_headline(cue):
                continue  # "Port Selm counts the cost of a “peaceful” march": a headline, not a report
            if _passive_relay(cue.token):
                continue  # "X was cited by KNA as saying …": the relay is drawn from the saying (_relayed_by)
            if _cites_a_source(cue):
                continue  # "State television, citing a ministry source, said …": who told it, not what
            complement = without_trailing_aside(cue.token, _whole_sentence_before(cue), pp.inside_quote)
            complement = without_trailing_venue(cue.token, complement)
            complement = without_trailing_framing(cue.token, complement, pp.inside_quote)
            complement = without_trailing_aside_of_the_speaker(cue.token, complement)
            complement = sentence_beside_according(cue.token, cue.sentence, pp.inside_quote) or complement
            if cue.token.lower_ != "according":  # "according to X" vouches for the whole sentence
                complement = before_conjoined_cue(complement, cue_heads - {cue.token.i})
                complement = before_another_speakers_clause(complement, cue_heads - {cue.token.i})
            complement = without_trailing_conjunction(complement, pp.inside_quote)
            exclude = {t.i for t in cue.clause if t.i < complement[0].i or t.i > complement[-1].i}
            exclude.add(cue.token.i)
            pieces = [_strip_dateline(text, p) for p in _content_pieces(complement, pp.span.start, exclude)]
            if pieces:
                pieces[0] = strip_connective(text, pieces[0])
            if len(pieces) > 1 and only_connective(text, pieces[0]):
                pieces.pop(0)  # "Still, he said, officials must decide …": a link, not content
            pieces = [p for p in pieces if text[p.start : p.end].strip(" " + "".join(EDGE_PUNCT))]
            if not pieces:
                continue
            quoted = [q for piece in pieces for q in index.overlapping(piece) if not _names_a_thing(pp, q)]
            pieces[-1] = _through_the_quotation(text, pieces[-1], quoted, cue.base + cue.token.idx)
            relays = cue.token.lemma_.lower() == "quote"
            if (
                (relays or cue.source is None)
                and len(pieces) == 1
                and len(quoted) == 1
                and _only_the_quotation(text, pieces[0], quoted[0])
            ):
                # "“…,” the agency quoted him as saying": the agency relays the quotation whole;
                # "Lawmakers were told: “…”": whoever spoke, these are their words
                drafts.append(Draft("direct", list(quoted[0].pieces), cue, p_index))
                continue
            drafts.append(Draft("mixed" if quoted else "indirect", pieces, cue, p_index))

    colon_in_headline = any(d.para_index == 0 and d.extra.get("cue") == ":" for d in drafts)
    if (
        paras
        and not colon_in_headline
        and (
            headline := signatures.headline_statement(text, paras[0])
            or signatures.headline_says(text, paras[0])
        )
    ):
        kind, content, fields = headline
        # the headline's whole reading replaces what its verb gave of a misparse ("counter" of "counter-attack")
        drafts = [d for d in drafts if d.cue is None or d.cue.span != fields["cue_span"]]
        drafts.insert(0, Draft(kind, [content], None, 0, 0, extra=fields))
    drafts += [relay for d in drafts if (relay := _relayed_by(d)) is not None]
    if CORRECTION.search(text) is not None:
        drafts = [d for d in drafts if not _in_a_correction(d)]
    drafts = [d for d in drop_covered(drafts, index, text) if not speaker_inside_content(d)]
    for d in drafts:  # a quotation still without a speaker, later in a reporting cue's sentence
        if d.cue is not None or d.extra or d.kind != "direct" or not d.pieces:
            continue
        unsaid = next(iter(index.overlapping(d.pieces[0])), None)
        if unsaid is None:
            continue
        para = _paragraph_of(para_starts, unsaid.open_at)
        if (reporter := _reporter_in_its_sentence(text, unsaid, cues_by_para[para])) is not None:
            d.cue, d.borrowed = reporter, True  # "X thought the buzz was manufactured, a tribute to “…”"
    statements = []
    for draft in drafts:
        statements.append(_statement(text, draft, article_date, paras[draft.para_index] if paras else None))
    statements = point_back(text, statements)  # "X disclosed this": the sentence before is X's claim
    return Extraction(statements, _as_their_speakers_are(text, list(mentions(paras, text)), statements))


def _narrowed_to_the_name(m: Mention, names: list[str]) -> Mention:
    """ "Revolution Ayatollah Hamid Saberani", a run the recogniser took from inside "The Leader of
    the Revolution Ayatollah …": the name the speaker phrase gives, when what precedes it in the
    mention is more than titles."""
    titles = lexicon.titles()
    for name in names:
        if m.text != name and m.text.endswith(" " + name):
            before = m.text[: -len(name)].split()
            if before[-1].lower() in titles and any(w.lower() not in titles for w in before):
                return Mention(text=name, span=Span(m.span.end - len(name), m.span.end), label=m.label)
    return m


BODY_NAME_LINK = re.compile(r"\s(?:for|to|against|without)\s")


def _a_body_of_something(name: str) -> bool:
    """ "Diocese of Westmarch", "Church of the Risen Lamb": a body's noun, then "of" and its name."""
    first, _, rest = name.partition(" of ")
    return bool(rest) and " " not in first and first.lower() in lexicon.words("org_nouns.txt") | {"church"}


def _bodies_named_with_a_preposition(
    text: str, named: list[Mention], statements: list[Statement]
) -> list[Mention]:
    """ "The Observatory for Detainee Rights said …": a body's name with a preposition inside,
    which the recogniser missed or cut ("Detainee Rights", a person), as its speaker phrase gives it,
    so "the observatory" can name it later."""
    bodies = {
        (s.speaker_span.start, s.speaker_span.end, s.speaker_name)
        for s in statements
        if s.speaker_type == "organization"
        and s.speaker_span is not None
        and s.speaker_name
        and (BODY_NAME_LINK.search(s.speaker_name) or _a_body_of_something(s.speaker_name))
    }
    for start, end, name in sorted(bodies):
        at = text.find(name, start, end)
        if at < 0:
            continue
        span = Span(at, at + len(name))
        named = [m for m in named if not m.span.overlaps(span)]
        named.append(Mention(text=name, span=span, label="organization"))
    return sorted(named, key=lambda m: m.span.start)


def _as_their_speakers_are(text: str, named: list[Mention], statements: list[Statement]) -> list[Mention]:
    """The article's people as its speaker phrases show them: a name the recogniser took for an
    organisation's is a person's when the phrase says so ("His son, Dariush, said"), a name it
    missed ("Abdul-Karim al-Khatib said") is added, and one it ran into the words before
    ("Revolution Ayatollah Hamid Saberani") is cut to the name. The resolve stage can then name
    "he", "the Leader" and "Al-Khatib" after them. (Organisations' names stay the recogniser's and
    the outlet list's: a phrase's organisation type is weaker evidence.)"""
    people = sorted(
        {
            (s.speaker_span.start, s.speaker_span.end, s.speaker_name)
            for s in statements
            if s.speaker_type == "person" and s.speaker_span is not None and s.speaker_name
        }
    )
    starts = [start for start, _, _ in people]
    organisations = _named_by_an_organisations_role(statements)
    out = []
    for m in named:
        if m.label == "person" and m.text in organisations:
            m = replace(m, label="organization")
        elif m.label in ("person", "organization"):
            at = bisect.bisect_right(starts, m.span.start)  # the speaker phrases opening before it
            names = [name for _, end, name in people[max(0, at - 3) : at] if m.span.end <= end]
            ending = [name for name in names if m.text.endswith(name)]
            if m.label == "organization" and ending:
                # "the Security Council Nurlan Abenovich Seitkaliyev": the person is the name
                at = m.span.end - len(ending[0])
                m = Mention(text=ending[0], span=Span(at, m.span.end), label="person")
            m = _narrowed_to_the_name(m, names)
        out.append(m)
    out = _bodies_named_with_a_preposition(text, out, statements)
    spans = sorted(m.span for m in out)
    for start, end, name in people:
        at = text.find(name, start, end)
        if at < 0:
            continue
        span = Span(at, at + len(name))
        k = bisect.bisect_left(spans, span)
        if not any(other.overlaps(span) for other in spans[max(0, k - 1) : k + 1]):
            out.append(Mention(text=name, span=span, label="person"))
    out.sort(key=lambda m: m.span.start)
    return out


def _named_by_an_organisations_role(statements: list[Statement]) -> frozenset[str]:
    """Names a speaker phrase gives after an organisation's role in lower case ("the hardline daily
    Kayhan Ledger", "opposition channel Nova Libera"): organisations' names wherever the article
    writes them, whatever the recogniser took them for. (A phrase typed an organisation on weaker
    grounds, an organisation's word in the name, leaves the recogniser's label alone.)"""
    names = set()
    for s in statements:
        if s.speaker_type != "organization" or not s.speaker_name or not s.speaker or not s.speaker_role:
            continue
        role = s.speaker_role.split()
        if (
            len(role) <= 4
            and role[-1].islower()
            and role[-1] in lexicon.words("org_nouns.txt")
            and not ROLE_LINKS.intersection(role)
            and s.speaker.endswith(s.speaker_name)
            and s.speaker_role in s.speaker[: -len(s.speaker_name)]
        ):
            names.add(s.speaker_name)
    return frozenset(names)


# Words between the verb and the colon of an introducing paragraph: "added:", "said in a statement:",
# "issued the following statement:"; more than this and the sentence says something of its own.
MAX_INTRO_WORDS = 6


def _has_its_own_speaker(cues: list[Cue]) -> bool:
    """ "Here is what they said:¶• Oduya said the tolls would stay": a paragraph that reports its
    own speaker's words is not the one the colon introduced."""
    return any(
        c.strong
        and c.source is not None
        and c.complement
        and c.token.lemma_.lower() in lexicon.CORE_CUE_LEMMAS
        for c in cues
    )


# A list item that names its own speaker: "- President Mahmoud Rahbari: “…”", "• Navid: …".
SPEAKER_LABEL = re.compile(
    r"(?:[-–—•*][ \t]*)?(?:[A-Z][\w.'’-]*[ \t]+(?:[\w.'’-]+[ \t]+){0,4})?[A-Z][\w.'’-]*:[ \t]"
)


def _block_introduced(text: str, paras: list[ParsedParagraph], p_index: int, cue: Cue) -> Span | None:
    """ "The governor added:¶It's typical of her. She knows nothing.": a paragraph that ends in an
    attribution and a colon introduces the next paragraph as what was said, quotation marks or not
    (a block quotation whose marks the page's layout gave, and its text lost). Quoted paragraphs
    are attached by the quotation loop; this takes the unquoted ones."""
    sent = cue.sentence
    if sent is None or cue.source is None or cue.complement or p_index + 1 >= len(paras):
        return None
    if not lexicon.can_introduce_quote(cue.token.lemma_.lower()):
        return None  # "This year's winners are:" introduces a list
    if cue.source.head_lower in ("we", "you"):
        return None  # "What we've learned:", "you can sum it up in thirty words:": the writer's voice
    para, nxt = paras[p_index].span, paras[p_index + 1].span
    end = cue.base + sent.end_char
    if text[end : para.end].strip() or not text[para.start : end].rstrip().endswith(":"):
        return None  # the colon must end the paragraph
    if sum(not t.is_punct for t in sent if t.i > cue.token.i) > MAX_INTRO_WORDS:
        return None
    if PAGE_RESIDUE.fullmatch(text[nxt.start : nxt.end].strip()):
        return None  # "Okoro said:¶Story continues below advertisement": the page's, not his
    body = text[nxt.start : nxt.end]
    start = nxt.start + len(body) - len(body.lstrip())
    if (dash := re.match(r"[—–-][ \t]+", text[start : nxt.end])) is not None:
        start += dash.end()  # "– We will not allow provocations": a dash opens the quoted words
    stop = nxt.start + len(body.rstrip())
    if start >= stop or text[start] in OPENING_MARKS or text[stop - 1] == ":":
        return None  # quoted (the quotation loop's), or another introduction
    if SPEAKER_LABEL.match(text, start, stop):
        return None  # "Here is what officials said:¶- President Rahbari: “…”": each line has its speaker
    if len(text[start:stop].split()) < 3:
        return None
    return Span(start, stop)


# Lines a web page puts between paragraphs, which say nothing of anyone's.
PAGE_RESIDUE = re.compile(
    r"(?i)advertisement(?:\s*[-–—]\s*scroll to continue)?|story continues below(?: advertisement)?"
    r"|continue reading(?: the main story)?|sign up for [\w ]+newsletters?|share this (?:article|story)"
    r"|(?:read more|related|recommended|most read|see also)\b.*|(?:photo|photograph|credit|image)\s*:.*"
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATELINE_DAY = re.compile(rf"\b(?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})(?!\w)")  # "Nov 12", "12 November"
# How long after its dateline a dispatch may be published (or crawled) and still be dated by it.
DATELINE_DAYS = 60


def dispatch_date(text: str, article_date: date | None) -> date | None:
    """The date a wire dispatch gives itself ("DOLMAR, March 3 (VNA) - …", in one of its first
    lines), when it is at most DATELINE_DAYS before the article's date: "on Monday" in it is the
    Monday before March 3, however much later the page was published or fetched. The article's date
    otherwise (the year comes from it: a dateline has none). ``text`` as read, not masked."""
    if article_date is None:
        return None
    start = 0
    for _ in range(3):
        while start < len(text) and text[start].isspace():
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        m = DATELINE.match(text, start, end)
        dated = DATELINE_DAY.search(m.group()) if m is not None else None
        if dated is not None:
            day = context.resolve_date(dated.group(), article_date)
            if day is not None and timedelta(0) <= article_date - day <= timedelta(days=DATELINE_DAYS):
                return day
            return article_date
        start = end + 1
    return article_date


def _strip_dateline(text: str, piece: Span) -> Span:
    """``WASHINGTON ― The ministry …``: the dateline is not part of what was said."""
    m = DATELINE.match(text, piece.start, piece.end)
    return Span(m.end(), piece.end) if m and m.end() < piece.end else piece


# Who or what a report cites as its source ("citing a defence ministry source", "citing local news
# outlets"), as opposed to the reasons a speaker cites ("citing fears of terrorism").
SOURCE_NOUNS = frozenset(
    {"source", "sources", "official", "officials", "outlet", "outlets", "report", "reports", "media"}
    | {"document", "documents", "people", "person", "participants", "witnesses", "agency", "newspaper"}
    | {"aides", "diplomats", "spokesman", "spokeswoman", "spokesperson", "ministry", "police"}
)


def _passive_relay(verb: Token) -> bool:
    """ "was quoted / cited … as saying": the passive verb of a relay, whose subject is the speaker."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    saying = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
    return passive and any(quoted_as_saying(p) == verb for p in saying)


def _cites_a_source(cue: Cue) -> bool:
    if cue.token.lower_ != "citing" or not cue.complement:
        return False
    inside = {t.i for t in cue.complement}
    heads = [t for t in cue.complement if t.head.i not in inside]
    return len(heads) == 1 and heads[0].lower_ in SOURCE_NOUNS


# A correction notice: what an earlier version wrongly reported is withdrawn, not anyone's statement.
CORRECTION = re.compile(
    r"\b(?:an? (?:earlier|previous|prior) version(?: of (?:this|the) (?:article|story|report))?|"
    # "An earlier edition suggested …" (not "A previous edition of the festival")
    r"an? (?:earlier|previous|prior) edition (?:of (?:this|the) (?:newspaper|paper|article|story) )?"
    r"(?:said|stated|reported|suggested|misquoted|quoted|incorrectly|wrongly|erroneously|mistakenly)|"
    r"(?:this|the) (?:article|story|report|headline|caption) (?:also )?"
    r"(?:incorrectly|erroneously|wrongly|mistakenly|misquoted|misattributed)|"
    # "This story previously said …" (not "The report previously said", another's report)
    r"this (?:article|story) (?:originally|previously)|"
    # "We incorrectly reported that …", "we wrongly quoted him as saying …"
    r"(?:we|it) (?:had )?(?:incorrectly|erroneously|wrongly|mistakenly) (?:reported|quoted|stated|said|attributed)|"
    # "Orbach was incorrectly quoted as saying", "originally quoted Mayor Lena Orbach as saying"
    r"(?:was|were) (?:incorrectly|erroneously|wrongly|mistakenly) quoted\b[^.;]{0,40}? as saying|"
    # "An article on Monday incorrectly quoted …", "Monday's story incorrectly quoted …"
    r"(?:article|story|headline|caption)\b[^.;]{0,30}? (?:incorrectly|erroneously|wrongly|mistakenly) "
    r"(?:quoted|reported|stated|said|attributed)|"
    r"we (?:originally|previously) (?:reported|quoted|said|stated)|"
    r"originally quoted [^.;]{1,80}? as saying)\b",
    re.I,
)


def _in_a_correction(draft: Draft) -> bool:
    """The draft's cue is in what a correction withdraws: the clause of the verb the correction's
    words hang on ("An earlier version of this article misquoted X as saying …", "This story
    previously said that …"), not a clause beside it ("“…,” Orbach said, disputing an earlier
    version of this article", "Atlee, who was misquoted in an earlier version of this report, said")."""
    cue = draft.cue
    sentence = cue.sentence if cue is not None else None
    if cue is None or sentence is None:
        return False
    for m in CORRECTION.finditer(sentence.text):
        words = [t for t in sentence if m.start() <= t.idx - sentence.start_char < m.end()]
        if not words:
            continue
        verb = next((t for t in words if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:  # "an earlier version …": the verb it is the subject or object of
            verb = words[0]
            while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
                verb = verb.head
        if verb.pos_ == "AUX" and verb.head != verb:
            verb = verb.head
        if cue.token == verb or verb.is_ancestor(cue.token):
            return True
    return False


def _relayed_by(draft: Draft) -> Draft | None:
    """ "“…,” the minister was quoted as saying by KNA": the agency's relay of the minister's words,
    the second hop of the citation, as "KNA quoted the minister as saying" gives it."""
    cue = draft.cue
    if cue is None or draft.borrowed or (quoting := quoted_as_saying(cue.token)) is None:
        return None
    by = [
        c
        for v in (quoting, cue.token)
        for c in v.children
        if c.dep_ == "agent" or (c.dep_, c.lower_) == ("prep", "by")
    ]
    agency = next((c for c in by[0].children if c.dep_ == "pobj"), None) if by else None
    if agency is None:
        return None
    after = agency.doc[agency.i + 1] if agency.i + 1 < len(agency.doc) else None
    if after is not None and after.pos_ == "PROPN" and after.head == quoting and agency.pos_ == "NOUN":
        agency = after  # "by the state news agency KNA", the name hung on the verb
    source = speaker_phrase(agency, cue.base, frozenset())
    if source is None:
        return None
    span = Span(cue.base + quoting.idx, cue.base + quoting.idx + len(quoting.text))
    relay = Cue(
        quoting,
        cue.base,
        span,
        quoting.text,
        source,
        [quoting, by[0], agency],
        used=True,
        sentence=cue.sentence,
    )
    return Draft(draft.kind, list(draft.pieces), relay, draft.para_index, draft.last_quote_end)


def _whole_sentence_before(cue: Cue) -> list[Token]:
    """Content before a trailing attribution (``A, but B, a source said.``) runs from the sentence start."""
    complement = cue.complement
    if complement[-1].i > cue.token.i or cue.text.lower().startswith("according"):
        return complement
    if cue.token.dep_ == "ccomp" and any(c.dep_ == "agent" for c in cue.token.children):
        return complement  # "Huda submitted that the building was declared unsafe by engineers"
    sent = cue.sentence
    if sent is None:
        return complement
    first = complement[0].i
    extra = [t for t in sent if sent.start <= t.i < first and not (t.is_punct and t.i == sent.start)]
    if any(t.i in {c.i for c in cue.clause} for t in extra):
        return complement
    return extra + complement


# A link a post's text ends in as a page renders it: "pic.twitter.com/a1B2c3", "https://t.co/x".
POST_LINK_AT_END = re.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+)\s*$")


def _embedded_posts(
    text: str, paras: list[ParsedParagraph], index: QuoteIndex, cues_by_para: list[list[Cue]]
) -> list[Draft]:
    """A post embedded in a web page, as its text comes out of the page without quotation marks:
    its words, then "— Lina Holt (@linaholt) March 4, 2026" on the line below. The words are the
    account holder's, dated by the signature."""
    found = []
    for k, (pp, below) in enumerate(pairwise(paras)):
        line = text[below.span.start : below.span.end]
        if "(@" not in line or index.overlapping(pp.span) or any(c.strong for c in cues_by_para[k]):
            continue
        body = text[pp.span.start : pp.span.end]
        start = pp.span.start + len(body) - len(body.lstrip())
        whole = pp.span.start + len(body.rstrip())
        link = POST_LINK_AT_END.search(text, start, whole)
        end = link.start() if link is not None else whole
        if end - start < 2:
            continue
        signed = signatures.dash_source(text, Quote(start, None, (Span(start, whole),)), pp, below)
        if signed is not None:
            found.append(Draft("direct", [Span(start, end)], None, k, end, extra=signed))
    return found


def _pulled_out(text: str, quote: Quote) -> bool:
    """A pull quote or a quoted subhead: its words are written again elsewhere in the article, where
    they are attributed, so the paragraph before it says nothing of whose they are."""
    words = " ".join(text[p.start : p.end] for p in quote.pieces).strip(" .,;:!?").lower()
    if len(words) < 12:
        return False
    lower = text.lower()
    first = lower.find(words)
    return first != -1 and lower.find(words, first + 1) != -1


PULL_QUOTE_LABEL = re.compile(r"\s*pull\s*-?\s*quote\s*:?\s*$", re.I)


def _pull_quote(text: str, quote: Quote, para: Span) -> bool:
    """A paragraph that only repeats words quoted earlier in the article (a pull quote, alone or
    labelled "PULL QUOTE:"): no statement of its own, nor more of the one before it."""
    labelled = PULL_QUOTE_LABEL.fullmatch(text, para.start, quote.span.start) is not None
    if not (labelled or _whole_paragraph(text, quote, para)):
        return False
    words = " ".join(text[p.start : p.end] for p in quote.pieces).strip(" .,;:!?").lower()
    return len(words) >= 12 and text.lower().find(words, 0, para.start) != -1


def _introduced_when(pp: ParsedParagraph, speaker: Span, article_date: date | None) -> dict[str, object]:
    """The day the sentence introducing a quoted paragraph gives ("In a speech … on Saturday, the
    opposition leader set out her case …"), outside its speaker's own words."""
    root = list(pp.doc.sents)[-1].root
    doc = root.doc
    days = [  # the paragraph may not have been through the recogniser: its weekdays, read as words
        t
        for t in root.subtree
        if t.lower_ in context.WEEKDAYS
        and not speaker.start <= pp.span.start + t.idx < speaker.end
        and t.i > 0
        and doc[t.i - 1].lower_ in ("on", "last")
    ]
    day = (
        context.resolve_date(f"{doc[days[0].i - 1].lower_} {days[0].lower_}", article_date) if days else None
    )
    return {"said_on": day} if day is not None else {}


def _speaking_set_off(
    pp: ParsedParagraph, skip: frozenset[int], speaker: Span, article_date: date | None
) -> dict[str, object]:
    """When and where a label's participle says the words were said: "Miro Lasken, speaking at a
    rally in Kesh on Friday: “…”"."""
    doc = pp.doc
    participle = next(
        (t for t in doc if t.i in skip and t.tag_ == "VBG" and t.i > 0 and doc[t.i - 1].text == ","), None
    )
    if participle is None:
        return {}
    words = [t for t in participle.subtree if t.i in skip]
    found: dict[str, object] = {}
    if (day := context.said_on([participle, *words], article_date)) is not None:
        found["said_on"] = day
    if (place := context.venue(participle, pp.span.start, pp.inside_quote, speaker)) is not None:
        found["venue"], found["venue_span"] = place
    return found


WITHHELD = frozenset({"say", "said", "says", "comment", "commented", "elaborate", "elaborated", "specify"})


def _withholding(pp: ParsedParagraph) -> set[int]:
    """Conjoined verbs of saying that are negated ("… but did not say when"): they end what was
    said before them, though they say nothing themselves."""
    if not pp.parsed:
        return set()
    return {
        t.i
        for t in pp.doc
        if t.dep_ == "conj"
        and (t.lower_ in WITHHELD or t.lemma_.lower() in SPEECH_ACTS_NOT_DONE)
        and any(c.dep_ == "neg" for c in t.children)
        # finite ("but did not say when"), not an infinitive ("what to say or not say")
        and (
            t.tag_ in ("VBD", "VBZ")
            or any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in t.children)
        )
    }


# How often a verb must cue a statement in PolNeAR for a quotation after it to go on its words.
SAYING_RATE = 0.65


def _a_verb_of_saying(cue: Cue) -> bool:
    """A quotation may go on from what a verb of saying reported, not from what someone did
    ("voted to hire auditors", "presented the budget") that the cue model took for saying."""
    if cue.token.pos_ not in ("VERB", "AUX"):
        return True  # "according to", a noun of saying
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in cue.complement):
        return True  # a clause with its own subject: "elaborated that superdelegates may reconsider"
    lemma = cue.token.lemma_.lower()
    rate = max(lexicon.cue_rate(lemma, has_complement=True), lexicon.cue_rate(lemma, has_complement=False))
    return rate >= SAYING_RATE


def _may_go_on(previous: Draft) -> bool:
    """A whole quoted paragraph may go on the last speaker's words, but words read off a banner or
    a wall go on nowhere."""
    source = previous.cue.source if previous.cue is not None else None
    return source is None or not lexicon.inscribed(source.head_lower)


MAX_LIST_ITEMS = 12


def _above_the_list(text: str, paras: list[ParsedParagraph], para: int) -> int:
    """The paragraph before ``para``, or, when ``para`` is an item of a list ("- “…”"), the one
    above the list's first item (its introduction: "Key quotes from Ines Varga:")."""
    above = para - 1
    if not _indented(text, paras[para].span.start):
        return above
    while above > 0 and para - above < MAX_LIST_ITEMS and _indented(text, paras[above].span.start):
        above -= 1
    return above


def _items_of_a_list(text: str, paras: list[ParsedParagraph], para: int, previous: Draft) -> bool:
    """The quotation and the one before are items of a list ("- “…”", whose bullet the masked
    text holds as spaces): each a quotation of its own."""
    return all(_indented(text, paras[i].span.start) for i in (para, previous.para_index))


def _indented(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return line_start < start and not text[line_start:start].strip()


def _gap_ok_follow(text: str, start: int, end: int, previous: Draft) -> bool:
    """A quote that follows an attributed quote with only the attribution between them."""
    if end < start or "\n" in text[start:end]:
        return False
    gap = text[start:end]
    if FOLLOW_GAP.match(gap):
        return True
    cue = previous.cue
    if cue is None:
        return False
    # "“A,” X said. “B.”": the gap is the cue's own clause.
    frame = cue.frame
    return (
        frame.start >= start
        and frame.end <= end
        and bool(FOLLOW_GAP.match(text[start : frame.start]) and FOLLOW_GAP.match(text[frame.end : end]))
    )


# A link word that may open a sentence before a quotation that goes on the last speaker's words:
# "“…,” Finlayson said. Now, “within the business community …”".
SENTENCE_LINK = re.compile(
    r"(?:^|\s)(?:now|but|and|still|yet|so|then|also|however|indeed|again|later),?$", re.I
)


def _opens_sentence(text: str, quote: Quote, para: Span) -> bool:
    before = text[para.start : quote.open_at].rstrip()
    if (link := SENTENCE_LINK.search(before)) is not None:
        before = before[: link.start()].rstrip()
    return not before or before.endswith((".", "!", "?", ".”", '."', "?”", "!”", ".''", "?''", "!''"))


def _whole_paragraph(text: str, quote: Quote, para: Span) -> bool:
    span = quote.span
    outside = text[para.start : span.start] + text[span.end : para.end]
    return len(outside.strip(' .,;:!?—–-"“”')) == 0 or span.start == para.start


def _fragment_of_its_report(previous: Draft, reporting: Cue) -> bool:
    """the last draft is a speakerless quoted fragment of the clause the reporting cue
    reports ("Trump shot back, saying he's “made a lot of money.”¶“Frankly, …”"): the mixed
    statement will hold it, so it does not stand between the cue and the quotation after it."""
    if previous.cue is not None or previous.extra or previous.kind != "direct" or not reporting.complement:
        return False
    last = reporting.complement[-1]
    end = reporting.base + last.idx + len(last.text)
    start = min(p.start for p in previous.pieces)
    return reporting.frame.start <= start and previous.last_quote_end <= end + 2


def _reporter_in_its_sentence(text: str, quote: Quote, cues: list[Cue]) -> Cue | None:
    """the last strong cue with a speaker whose clause ends before the quote in the quote's
    own sentence, when nothing but its own words stands between (attachment.later_in_its_sentence)."""
    found = []
    for c in cues:
        if (
            not (c.strong and c.source is not None and c.sentence is not None)
            or c.frame.start >= quote.open_at
        ):
            continue
        if not _a_verb_of_saying(c):
            continue
        end = c.frame.end
        if c.complement:
            last = c.complement[-1]
            end = max(end, c.base + last.idx + len(last.text))
        end = min(end, quote.open_at)
        if later_in_its_sentence(text, c, end, quote, cues):
            found.append(c)
    return max(found, key=lambda c: c.frame.start, default=None)
