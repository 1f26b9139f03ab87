"""Which cue a quotation belongs to: the words that may stand between them.

A quotation is attached to the cue whose clause ends right before it (``X said: “…”``) or begins
right after it (``“…,” X said``), with only punctuation, "that", or a stray word of the speaker's
name between; a later quotation may go on from a cue that already has one (``he said, adding,
“…”``). ``statements`` decides what to do with the attachment.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotetrail.extraction import lexicon
from quotetrail.extraction.boundaries import DASH_AFTER_QUOTE
from quotetrail.extraction.complements import NAMING_LEMMAS
from quotetrail.extraction.phrases import DATELINE
from quotetrail.extraction.subjects import quoted_as_saying

if TYPE_CHECKING:
    from quotetrail.extraction.cues import Cue
    from quotetrail.extraction.marks import Quote

ATTACH_GAP = re.compile(r"^[\s,:;—–-]*(?:that\s*)?[\s,:;—–-]*$", re.I)
# Between a quote and the cue after it the parser sometimes leaves a word of the name outside the
# subject ("…,” Tulsa police Chief Chuck Jordan said): up to three capitalised words may stand there.
AFTER_GAP = re.compile(r"^[\s,:;—–-]*(?:[A-Z][\w.’'-]*\s+){0,3}$")
# After a cue that already has its quote: "…,” he said, but “…”" / "…,” she said, adding, “…”".
CONTINUE_GAP = re.compile(
    r"^[\s,:;—–-]*(?:(?:and|but|then|adding|before adding|and added|and that|but that)\s*"
    r"(?:(?:still|also|later|even)\s*)?(?:that\s*)?)?[\s,:;—–-]*$",
    re.I,
)


def _gap_ok(text: str, start: int, end: int, pattern: re.Pattern[str]) -> bool:
    if end < start:
        return False
    return bool(pattern.match(text[start:end])) and "\n" not in text[start:end]


# A preposition right before the quote names a title ("said on “Morning Report”"); not when a colon
# follows it ("She went on: “…”": the colon introduces what was said).
PREPOSITION_BEFORE = re.compile(
    r"\b(on|in|at|to|of|for|from|by|with|about|into|titled|called|as)[^\w:]*$", re.I
)


def _introduces(text: str, cue: Cue, quote: Quote) -> bool:
    """The cue's clause ends right before the quote (a colon may end the paragraph before it).
    Only the clause's words before the quote count: in "X said ‘…’ – a reply to Y" the reply
    hangs on the cue too."""
    start, end = frame_end(text, cue, quote), quote.span.start
    if cue.token.lemma_ in NAMING_LEMMAS and any(
        c.dep_ == "dobj" and cue.base + c.idx < quote.open_at for c in cue.token.children
    ):
        return False  # "called the plan “a trap”": the quote says what the plan is, a mixed statement
    if end < start or text[start - 1] in ".!?":
        return False  # "X said. “…”": a new sentence; the quote may only follow on (see stands_alone)
    gap = text[start:end]
    if "\n" in gap:
        attached = gap.strip() == ":" or (text[start - 1] == ":" and not gap.strip())
    else:
        attached = bool(ATTACH_GAP.match(gap))
    # Only then the title test: its search would read every word of a long gap, for every pair.
    return attached and not PREPOSITION_BEFORE.search(text[max(0, start - 15) : end])
    # (a preposition right before: "said on “Morning Report”" names a programme or title)


def _saying_participle(cue: Cue) -> bool:
    """ "telling reporters", "asking": a participle of a core verb of saying."""
    return cue.token.tag_ == "VBG" and cue.token.lemma_.lower() in lexicon.CORE_CUE_LEMMAS


def last_reporting_cue(cues_by_para: list[list[Cue]], para: int, before: int) -> Cue | None:
    """The last strong cue with a speaker and a reported clause before ``before``, in this
    paragraph or the one before."""
    found = [
        c
        for p in (para - 1, para)
        if p >= 0
        for c in cues_by_para[p]
        if c.strong
        and c.source is not None
        and (c.complement or announces_a_quote(c))
        and c.frame.end <= before
    ]
    return max(found, key=lambda c: c.frame.end, default=None)


# Verbs of a sentence that announces the quotation after it: "Dianne Varga agreed. “…”".
ANNOUNCING_LEMMAS = frozenset({"agree", "add", "explain", "reply", "respond", "continue", "concur"})
# Prepositions of where or when a sentence that only announces may say it was said.
ANNOUNCING_PREPOSITIONS = frozenset({"in", "on", "at", "during", "after"})


def announces_a_quote(cue: Cue) -> bool:
    """A sentence that is only a speaker and a verb of saying, with nothing reported and no
    quotation of its own ("Dianne Varga, a councillor, agreed.", "Sam Lau said in a statement."):
    the quotation that opens the next sentence is what was said."""
    if cue.complement or cue.sentence is None or cue.source is None or cue.token.dep_ != "ROOT":
        return False
    lemma = cue.token.lemma_.lower()
    if lemma not in lexicon.CORE_CUE_LEMMAS and lemma not in ANNOUNCING_LEMMAS:
        return False
    if any(c.dep_ == "neg" for c in cue.token.children) or QUOTE_MARK.search(cue.sentence.text):
        return False  # "“A,” Varek said.": the cue attributes the quotation before it
    where = {
        t.i
        for c in cue.token.children
        if c.dep_ == "prep" and c.lower_ in ANNOUNCING_PREPOSITIONS and c.i > cue.token.i
        for t in c.subtree
    }
    source, said = cue.source.span, cue.span
    for tok in cue.sentence:
        at = cue.base + tok.idx
        if tok.is_punct or tok.i in where or source.start <= at < source.end or said.start <= at < said.end:
            continue
        if tok.ent_type_ not in ("DATE", "TIME") and tok.lower_ not in (
            "also",
            "later",
            "then",
            "too",
            "again",
        ):
            return False
    return True


def inside_reported(weak: Cue, quote: Quote, cues: list[Cue]) -> bool:
    """A weak cue inside what a strong cue reports, with the quote there too: in "Farrow said the
    city would keep the bill “until a court tells me otherwise”" the words are Farrow's, not the city's."""
    if _reports_the_quote_itself(weak, quote):
        return False  # "“We will win,” Toldek said, KARNA reported on Friday.": Toldek's words, relayed
    for cue in cues:
        if not cue.strong or cue is weak or not cue.complement or cue.sentence is not weak.sentence:
            continue
        first, last = cue.complement[0], cue.complement[-1]
        start, end = cue.base + first.idx, cue.base + last.idx + len(last.text)
        if start <= weak.base + weak.token.idx < end and start <= quote.open_at < end:
            return True
    return False


def _reports_the_quote_itself(weak: Cue, quote: Quote) -> bool:
    """A verb of saying right after the quotation, whose clause is the quotation."""
    if not weak.complement or weak.token.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS:
        return False
    at = weak.base + weak.token.idx
    start = weak.base + weak.complement[0].idx
    return quote.span.end <= at and quote.span.start <= start < quote.span.end


def frame_end(text: str, cue: Cue, quote: Quote) -> int:
    """Where the cue's clause ends, leaving out what follows a dash after the quote: in
    "X said ‘…’ – a reply to Y" the reply hangs on the cue but is the reporter's words."""
    dash = DASH_AFTER_QUOTE.match(text, quote.span.end)
    limit = dash.end() if dash else None
    ends = [
        cue.base + t.idx + len(t.text)
        for t in cue.clause
        if (limit is None or cue.base + t.idx < limit)
        and not (t.is_punct and cue.base + t.idx >= quote.span.end)  # the sentence's full stop
    ]
    at = cue.span.end - cue.base - 1
    last = cue.token.doc.char_span(at, at + 1, alignment_mode="expand")
    if cue.span.end <= quote.open_at and last is not None and last.root.pos_ == "VERB":
        ends.append(cue.span.end)  # the cue's own words end with a verb: "went on to say, “…”"
    return max(ends, default=cue.frame.end)


def _continues(text: str, cue: Cue, quote: Quote) -> bool:
    start, end = cue.frame.end, quote.span.start
    return start <= end and "\n" not in text[start:end] and bool(CONTINUE_GAP.match(text[start:end]))


def _interrupted_by(text: str, cue: Cue, quote: Quote, words: str) -> bool:
    """The cue (with an aside between dashes after it, if any) is all that stands between the
    sentence it interrupted and the quote, which ends that sentence and starts another one, or
    follows the aside."""
    start, end = cue.frame.end, quote.span.start
    gap = text[start:end]
    if text[:start].rstrip().endswith(("—", "–")):
        gap = "—" + gap  # the cue's clause took the dash that opens the aside
    aside = DASHED_ASIDE.search(gap) is not None
    gap = DASHED_ASIDE.sub(" ", gap)
    if start > end or "\n" in gap or not re.fullmatch(r"[\s,—–-]*", gap):
        return False
    return aside or re.search(r"[.!?]\s+[A-Z]", words) is not None


# The reporter's aside between dashes: "— pausing for effect —".
DASHED_ASIDE = re.compile(r"\s*[—–]\s*[^—–“”\"\n]{1,80}?\s*[—–]\s*")


def goes_on(text: str, quote: Quote, cue: Cue) -> bool:
    """ "Farrow said the budget was fair, but “we will not cut the clinics.”": a quotation the parse
    joins to the cue's verb, right after the clause that verb reports, is more of the speaker's words."""
    last = cue.complement[-1]
    end = cue.base + last.idx + len(last.text)
    if end > quote.open_at or not CONTINUE_GAP.match(text[end : quote.open_at]):
        return False
    return any(
        c.dep_ == "conj" and quote.open_at <= cue.base + c.idx < quote.span.end for c in cue.token.children
    )


SUBORDINATORS = frozenset(
    {
        "when",
        "as",
        "because",
        "after",
        "before",
        "while",
        "if",
        "although",
        "since",
        "where",
        "though",
        "until",
        "once",
    }
)


def _may_follow(text: str, quote: Quote, cue: Cue) -> bool:
    """Can a cue after the quote attribute it? Not when its verb reports a clause of its own after
    it (", a verdict her lawyers said they would appeal") or introduces the next quotation with a
    colon ("She added: “…”"); not when the quote closed its sentence with a full stop ("…
    neighborhood.” Russia insisted …"), nor when the clause after it is subordinate ("“That makes
    me smart,” when Clinton blasted him")."""
    if _reports_a_clause_of_its_own(text, cue):
        return False
    if text[cue.span.end : cue.span.end + 2].lstrip().startswith(":"):
        return False  # "“Bring your friends” She added: “…”": she introduces the next quotation
    content = text[quote.pieces[-1].start : quote.span.end].rstrip("\"”’»“' \u00a0")
    if content.endswith(".") and not content.endswith(("...", "…")):
        return _only_attributes(text, cue)  # "“… emails that are missing.” Trump said."
    if content.endswith(("!", "?")) and text[cue.frame.start : cue.frame.start + 1].isupper():
        # "“Free press!” Riot police blocked the road.": a new sentence when its verb has an
        # object of its own or is denied; not in "“Why now?” Varek asked (reporters)."
        return not any(
            c.dep_ == "neg"
            or (c.dep_ == "dobj" and c.i > cue.token.i and cue.token.lemma_.lower() not in ADDRESSING)
            for c in cue.token.children
        )
    first = text[cue.frame.start : cue.frame.end].split(maxsplit=1)
    return not (first and first[0].lower() in SUBORDINATORS)


def _reports_a_clause_of_its_own(text: str, cue: Cue) -> bool:
    """ "… for “undermining state security”, a verdict her lawyers said they would appeal": the
    verb after the quotation reports the clause after it, not the quotation."""
    clause = [t for t in cue.complement if t.i > cue.token.i]
    if not clause or len(clause) != len(cue.complement):
        return False
    reported = [t for t in clause if t.head.i == cue.token.i and t.dep_ == "ccomp"]
    urged = [  # "…,” Will urged the electorate to abandon all outsiders": whom to do what
        t
        for t in clause
        if t.head.i == cue.token.i and t.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in cue.token.children)
    ]
    named = [  # "…,” Kral described Dace as a “caricature”": what she called him is her words
        t
        for t in clause
        if t.head.i == cue.token.i
        and (t.dep_ == "oprd" or (t.dep_ == "prep" and t.lower_ == "as"))
        and any(c.dep_ == "dobj" for c in cue.token.children)
        and QUOTE_MARK.search(text, cue.base + t.idx, cue.base + t.right_edge.idx + len(t.right_edge))
    ]
    if named:
        return True
    if not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for t in reported for c in t.children
    ) and not any(c.dep_ == "aux" and c.lower_ == "to" for t in urged for c in t.children):
        return False  # "… he tells hundreds of supporters", "… said of the council's support"
    first = next((t for t in clause if not t.is_punct), clause[0])
    return not QUOTE_MARK.search(text, cue.span.end, cue.base + first.idx)


QUOTE_MARK = re.compile(r"[\"“”«»„]|''|``")


# Verbs whose object is whom the words were for ("told supporters", "asked reporters").
ADDRESSING = frozenset({"tell", "ask", "assure", "remind", "warn", "inform"})


def _only_attributes(text: str, cue: Cue) -> bool:
    """A sentence that is nothing but a speaker and a verb of saying ("Trump said.", "Varek said on
    Friday.") reports nothing of its own: it attributes the quotation before it, whatever mark
    closed that."""
    if cue.complement or cue.sentence is None or cue.source is None:
        return False
    if cue.token.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS:
        return False  # "“…” Varek agreed.": agreeing with what someone else said
    source, said = cue.source.span, cue.span
    for tok in cue.sentence:
        at = cue.base + tok.idx
        if tok.is_punct or source.start <= at < source.end or said.start <= at < said.end:
            continue
        if tok.ent_type_ not in ("DATE", "TIME") and tok.lower_ not in ("on", "also", "later", "then"):
            return False  # "She also argued in favor of …", "A spokesman declined to comment."
    return cue.token.dep_ == "ROOT" and not any(c.dep_ == "neg" for c in cue.token.children)


# How far a cue's clause may end from a quotation it introduces, or begin after one it follows: the
# gaps allowed are punctuation, "that" and a few words, so no farther (a long paragraph's other
# cues are not read for each of its quotations).
NEAR = 300


def nearby(quote: Quote, cues: list[Cue]) -> list[Cue]:
    """The cues whose clause ends or begins near enough the quote to attach to it (see NEAR)."""
    start, end = quote.open_at - NEAR, quote.span.end + NEAR
    return [c for c in cues if c.frame.end >= start and c.frame.start <= end]


def attach_cue(text: str, quote: Quote, cues: list[Cue]) -> Cue | None:
    """The cue whose clause sits right after or right before the quote, if any (``cues``: the
    :func:`nearby` ones, which the caller has chosen)."""
    words = quote.text(text).lstrip(" “\"'‘")
    if words[:1].islower():
        # '“This is not,” said Senator Brenn, “a partisan issue. It is,” he added, “…”', '“The rules,” X
        # said — pausing for effect — “apply to everyone.”': the piece goes on with the sentence the
        # cue before it interrupted, not with the cue after it or the aside
        going_on = [
            c
            for c in cues
            if c.used and c.frame.end <= quote.open_at and _interrupted_by(text, c, quote, words)
        ]
        if going_on:
            return _the_one_quoted(max(going_on, key=lambda c: c.frame.end), cues)
    after = [
        c
        for c in cues
        if c.frame.start >= quote.span.end
        and _gap_ok(text, quote.span.end, c.frame.start, AFTER_GAP)
        and _may_follow(text, quote, c)
        and not _a_work_s_title(text, quote)
    ]
    if after:
        return _the_one_quoted(min(after, key=lambda c: c.frame.start), cues)
    before = [c for c in cues if _introduces(text, c, quote)]
    if not before:
        before = [c for c in cues if c.used and _continues(text, c, quote)]
    if before:
        # The clause reaching furthest; of clauses nested in it, the innermost cue: in "The ad shows
        # footage of X saying, “…”" the clause of "shows" holds that of "saying".
        outer = max(before, key=lambda c: c.frame.end)
        inner = [
            c
            for c in before
            if c is not outer
            and outer.frame.contains(c.span)
            and (
                _saying_participle(c) or (not outer.strong and (c.strong or (_says(c) and not _says(outer))))
            )
        ]  # and a cue of its own in a weak one's clause: "would involve Lynch, who told Congress: “…”",
        # "scored an endorsement from Mike Lee, who declared in the spin room, “…”"
        return _the_one_quoted(max(inner, key=lambda c: c.span.start) if inner else outer, cues)
    return None


# A work a few quoted words right after may name: "On her podcast “Unfiltered,” Mina Castell asked …".
WORK_BEFORE = re.compile(
    r"\b(?:podcast|show|programme|program|book|film|movie|song|album|series|novel|memoir|column"
    r"|documentary|play|opera|poem|essay|blog|newsletter)[^\w.!?]*$",  # (not after its sentence's end)
    re.I,
)


def _a_work_s_title(text: str, quote: Quote) -> bool:
    """A short quotation right after the noun of a work it names, set before its sentence's speaker."""
    return (
        len(quote.text(text).split()) <= 4
        and WORK_BEFORE.search(text[max(0, quote.open_at - 30) : quote.open_at]) is not None
    )


def _says(cue: Cue) -> bool:
    return cue.token.lemma_.lower() in lexicon.CORE_CUE_LEMMAS


def _the_one_quoted(cue: Cue, cues: list[Cue]) -> Cue:
    """ "“…,” the agency quoted him as saying": the words are his; the agency only relays them."""
    saying = [c for c in cues if c.source is not None and quoted_as_saying(c.token) == cue.token]
    return saying[0] if saying else cue


def reported_before(text: str, cue: Cue, quote: Quote) -> int | None:
    """ "Clinton said she has the quality the job needs: “Steadiness.”": the clause the cue reports
    starts before the quotation its colon introduces; what was said runs from that clause's start."""
    clause = [t for t in cue.complement if t.head.i == cue.token.i and t.dep_ in ("ccomp", "xcomp")]
    if not cue.strong or not clause or clause[0].i < cue.token.i:
        return None
    first = min(clause[0].subtree, key=lambda t: t.i)
    start = cue.base + first.idx
    lead = text[start : quote.open_at]
    if start >= quote.open_at or "\n" in lead or re.search(r"[.!?][\"”’']*\s", lead):
        return None
    if re.fullmatch(r"[^—–]{1,80}[—–]\s*", lead) and text[:start].rstrip().endswith(("—", "–")):
        return None  # '“The rules,” X said — pausing for effect — “apply …”': the aside is the writer's
    return start if len(re.findall(r"\w+", lead)) >= 2 else None


def lead_in(text: str, quote: Quote, cue: Cue) -> int | None:
    """Where the words leading into a quote start, when its sentence begins before the quote."""
    if cue.sentence is None or len(quote.pieces) > 1:
        return None
    start = max(cue.base + cue.sentence.start_char, cue.clause_start or 0)
    if start >= quote.open_at:
        return None
    lead = text[start : quote.open_at]
    if not re.search(r"\w", lead) or "\n" in lead or re.search(r"[.!?]\s", lead):
        return None
    if lead.rstrip().endswith(":"):
        return None  # "Then came the change of all: “…,” exhorted X": the writer's words introduce it
    if QUOTE_MARK.search(lead) and _another_attribution(cue, start, quote.open_at):
        return None  # '“A,” she said, but despite the tone, “B,” said Kunin': A is the first one's
    start += len(lead) - len(lead.lstrip())
    if m := DATELINE.match(text, start, quote.open_at):
        start = m.end()
    return start if start < quote.open_at else None


def _another_attribution(cue: Cue, start: int, end: int) -> bool:
    """Between ``start`` and ``end``, a verb of saying other than the cue, with a subject of its own,
    right after a quotation: '“A,” she said, but …'."""
    doc = cue.token.doc
    for verb in cue.sentence if cue.sentence is not None else doc:
        if cue.base + verb.idx >= end:
            break
        if cue.base + verb.idx < start or verb.i == cue.token.i:
            continue
        if verb.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        first = min(verb.i, subjects[0].left_edge.i)
        before = [t for t in doc[max(0, first - 2) : first] if t.text != ","]
        if before and before[-1].is_quote:
            return True
    return False


def stands_alone(text: str, quote: Quote) -> bool:
    """The quote is a sentence of its own, not the start of a clause (“…” to drive up the price …)."""
    after = text[quote.span.end : quote.span.end + 40].lstrip(" \u00a0")
    if not after or after[0] in '\n"“‘«„' or after[0].isupper():
        return True
    if (
        after[0] in ".!?"
        and (len(after) == 1 or after[1] in ' \t\n\u00a0"“‘')
        and _opens_a_sentence(text, quote)
    ):
        return True  # "'The members have spoken'.": British copy puts the full stop outside the mark
    return text[quote.pieces[-1].end - 1 : quote.span.end].rstrip("\"”’»“'").endswith((".", "!", "?"))


def _opens_a_sentence(text: str, quote: Quote) -> bool:
    before = text[max(0, quote.open_at - 40) : quote.open_at].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?\n\"”’'"


JUST_AND = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:and|or)[ \t\u00a0]*$")


def later_in_its_sentence(text: str, cue: Cue, after: int, quote: Quote, cues: list[Cue]) -> bool:
    """ "Varek says “A” because “B”.", "“A,” the members wrote, that the ministry “B”.": a second
    quotation in the sentence of the cue that attributed the first (which ends at ``after``) is
    more of the same statement, unless another cue, or another subject's verb, stands between
    them ("…,” Varek said, as the crowd chanted “B”")."""
    sentence = cue.sentence
    if sentence is None or quote.open_at < after:
        return False
    if JUST_AND.match(text, after, quote.open_at) and after > cue.span.end:
        return True  # "chanted “Free press!” and “Velik out!”": the parser ended the sentence at "!"
    start, end = cue.base + sentence.start_char, cue.base + sentence.end_char
    if not start <= after <= quote.open_at < end:
        return False
    if any(other is not cue and after <= other.span.start < quote.open_at for other in cues):
        return False
    frame = cue.frame
    if frame.start <= quote.open_at < frame.end:
        # "said Lena Ruzic, who waited in an “extraordinarily long line”": words about the speaker
        return False
    if _resumed(text, quote):
        return True  # "“A,” Marsh told me, his hands on the wheel, as the gulls wheeled …, “and B.”"
    for tok in sentence:
        at = cue.base + tok.idx
        if not after <= at < quote.open_at or frame.start <= at < frame.end:
            continue
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False
    return True


def _resumed(text: str, quote: Quote) -> bool:
    """A quotation that opens on a lower-case joining word after the narration's comma takes up the
    sentence the narration interrupted ("…, “and his father before him.”")."""
    return (
        re.search(r",\s*$", text[max(0, quote.open_at - 3) : quote.open_at]) is not None
        and RESUMING.match(text, quote.open_at + 1) is not None
    )


RESUMING = re.compile(r"(?:and|but|or|nor|so|because|which|who|that|then)\b")
