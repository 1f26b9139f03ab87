"""Quotation marks and their pairing, on raw text (no parsing).

Handles straight and curly double quotes, single quotes (told apart from
apostrophes), guillemets « » and ‹ ›, and low-high „ “ marks; quotes split
over paragraphs whose opening mark repeats on each paragraph; and stray marks,
which are dropped without costing the rest of the paragraph or article.

An opening mark that never closes in its paragraph starts a multi-paragraph quote only when the
next paragraph opens again and nothing says the quote ended sooner: an attribution after the
mark (“The port will reopen, said Quill, …) ends the quote at the attribution, and a mark inside
a paragraph does not run into a next paragraph that is a quote attributed on its own
(“The port will reopen,” said Quill).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from quotetrail.model import Span

# Opening mark -> closing marks that can end it.
DOUBLE_OPEN: dict[str, str] = {"“": '”"', "„": "“”", "«": "»", '"': '"”', "”": "”"}
SINGLE_OPEN: dict[str, str] = {"‘": "’'", "‹": "›", "'": "'’", "‚": "‘’"}
_DOUBLE_OPENING = re.compile("|".join(re.escape(mark) for mark in DOUBLE_OPEN))
_SINGLE_OPENING = re.compile("|".join(re.escape(mark) for mark in SINGLE_OPEN))
DOUBLE_MARKS = frozenset('"“”„«»')
SINGLE_MARKS = frozenset("'‘’‹›‚")
ALL_MARKS = DOUBLE_MARKS | SINGLE_MARKS

PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=\s*[\"“„«'‘])|\n")
_OPEN_BEFORE = frozenset(" \t\n\r([{—–-/:;,\u00a0\u2014") | DOUBLE_MARKS | SINGLE_MARKS
_CLOSE_AFTER_SINGLE = frozenset(' \t\n\r)]}.,;:!?—–-\u00a0"“”»')

MAX_SINGLE_QUOTE_CHARS = 600

# An attribution right after a quotation: ", said Tomas Quill" / ", Quill said." / ", she added on Monday".
_SPEECH_VERB = r"(?:said|says|told|added|adds|asked|asks|insisted|stressed|warned|explained|wrote|declared|replied|noted|argued)"
_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:\s+\([^()\n]{1,20}\))?"
_AFTER_VERB = (
    r"(?=\s*(?:[.,;!?]|$)|\s+(?:on|in|at|during|after|before|when|while|yesterday|today|tonight|last|this)\b)"
)
# a role in lower case before the name: ", said fisherman Ole Brandt", ", council spokeswoman Mette Lund said"
_ROLE_WORDS = r"(?:[a-z][a-z-]+\s+){0,2}"
_ATTRIBUTION = (
    rf"(?:{_SPEECH_VERB}\s+(?:{_ROLE_WORDS}(?P<after>{_NAME})|(?:the|a|an|his|her|their)\s)"
    rf"|(?:{_ROLE_WORDS}(?P<before>{_NAME})|he|she|they|we|I)\s+{_SPEECH_VERB}{_AFTER_VERB})"
)
ATTRIBUTION_AFTER_CLAUSE = re.compile(rf"[,?!]\s+{_ATTRIBUTION}")  # inside a quote never closed
ATTRIBUTION_AFTER_CLOSE = re.compile(rf"\s*{_ATTRIBUTION}")  # right after a closing mark


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage: its marks and the content between them (pieces per paragraph)."""

    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark, None when closed by a paragraph end
    pieces: tuple[Span, ...]  # content, marks excluded, one piece per paragraph
    single: bool = False

    @property
    def span(self) -> Span:
        """From the opening mark to just after the closing mark (or the last piece)."""
        return _quote_span(self.open_at, self.close_at, self.pieces[-1].end)

    def text(self, source: str) -> str:
        return " ".join(source[p.start : p.end] for p in self.pieces)

    def word_count(self, source: str) -> int:
        return len(self.text(source).split())


@lru_cache(maxsize=4096)
def _quote_span(open_at: int, close_at: int | None, last_end: int) -> Span:
    return Span(open_at, close_at + 1 if close_at is not None else last_end)


_CLOSE_RIGHT_AFTER = re.compile(r"[.,!?]?[”»“\"]")


def closing_mark_end(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` should end to be balanced: a passage that opens a quotation and
    stops at its last word ('to reject “those who spread discord.', 'in her book “The Long
    Square,') takes the closing mark right after it; otherwise ``end``."""
    inside = text[start:end]
    low, curly = inside.count("„"), inside.count("“")
    paired = min(low, curly)  # „…“ closes with the mark that opens an English quotation
    opened = (low - paired) + (curly - paired) - inside.count("”") + inside.count("«") - inside.count("»")
    if opened <= 0 and inside.count('"') % 2 == 0:
        return end
    found = _CLOSE_RIGHT_AFTER.match(text, end)
    return found.end() if found else end


def paragraphs(text: str) -> list[Span]:
    """Spans of the non-blank lines (news paragraphs) of ``text``."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            out.append(Span(start, m.end() - (len(m.group()) - len(m.group().rstrip()))))
    return out


def _is_opening(text: str, i: int, para: Span) -> bool:
    if text[i] in "«„‹":
        return True
    prev = text[i - 1] if i > para.start else " "
    nxt = text[i + 1] if i + 1 < para.end else " "
    if text[i] == "“" and nxt == " " and i + 2 < para.end and text[i + 2].isalnum():
        nxt = text[i + 2]  # 'saying, “ you have to …”': a space typed after the opening mark
    if prev in ".!?" and text[i] in '"“' and nxt.isupper() and i >= 2 and text[i - 2].isalpha():
        return True  # 'said Idris Vaughan."We will …': the space after the full stop left out
    return (prev in _OPEN_BEFORE or i == para.start) and not nxt.isspace()


def _is_closing(text: str, i: int, para: Span) -> bool:
    if text[i] in "»›":
        return True
    prev = text[i - 1] if i > para.start else " "
    if prev == " " and i - 2 >= para.start and text[i - 2] in "'’":
        after = text[i + 1 : i + 3].lstrip(FILLER)[:1]
        if not after.isalnum():  # ",' ''": a space between the closing marks of a quotation in a quotation
            return True
    return not prev.isspace() or i + 1 >= para.end


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and (text[start].isspace() or text[start] == FILLER):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Span(start, end) if end > start else None


def _family(ch: str) -> str:
    return "straight" if ch == '"' else "guillemet" if ch in "«»" else "curly"


def _find_double_close(text: str, i: int, para: Span, closers: str, depth: int = 0) -> int | None:
    """The closing mark for the opening mark at ``i``; nested quotes of another style are skipped."""
    family = _family(text[i])
    j = i + 1
    while j < para.end:
        ch = text[j]
        # "… is 51 percent.“", "“… a fascist?“ he asked": an opening mark typed for the closing one
        if (
            ch == "“"
            and text[i] == "“"
            and text[j - 1] in ".!?,"
            and (j + 1 >= para.end or text[j + 1] == " ")
        ):
            return j
        if ch in closers and _is_closing(text, j, para) and (family != "curly" or ch != '"' or depth == 0):
            if not (_family(ch) != family and _is_opening(text, j, para) and text[j - 1].isspace()):
                return j
        if ch in '“„«"' and _is_opening(text, j, para) and text[j - 1].isspace():
            if _family(ch) == family:
                # A new opening mark of the same style before any close: the first mark was stray.
                return None
            if depth < 2:
                inner = _find_double_close(text, j, para, DOUBLE_OPEN[ch], depth + 1)
                if inner is not None:
                    j = inner + 1
                    continue
        j += 1
    return None


def _single_quotes(text: str, para: Span, taken: list[Span]) -> list[Quote]:
    out: list[Quote] = []
    i = para.start
    for mark in _SINGLE_OPENING.finditer(text, para.start, para.end):
        if mark.start() < i:
            continue  # inside the quotation just found
        i = mark.start()
        ch = text[i]
        if _elided_year(text, i):
            continue  # "said in ‘08 that …": the year, not a quotation
        if _is_opening(text, i, para) and not any(s.start <= i < s.end for s in taken):
            # An apostrophe of elision ('90s, 'em) is followed by a digit or lower-case word then space.
            found = _single_close(text, i, para, SINGLE_OPEN[ch], MAX_SINGLE_QUOTE_CHARS)
            if found is not None:
                piece = _trim(text, i + 1, found)
                if piece is not None:
                    out.append(Quote(i, found, (piece,), single=True))
                i = found + 1
    return out


FILLER = "\x01"  # stands for the second apostrophe of a '' mark in the shadow text

# Dialogue dashes, as translations from Russian or Ukrainian print quotations: "— There are no such
# plans, — he said." The dash opening the paragraph opens the quotation; ", —" before the attribution
# closes it: lower-case ("he said"), or a name of up to four capitalised words and a lower-case verb
# ("— …, — Amanzholov emphasized", "— …, — Foreign Minister Sergei Lavrin told reporters").
DIALOGUE = re.compile(
    r"[—–][ \t]+(?P<words>[^—–\n]+?[,!?…])[ \t]+(?P<close>[—–])[ \t]+"
    r"(?=[a-z]|(?:[A-Z][\w’'.-]*[ \t]+){1,4}[a-z]+\b)"
)


DIALOGUE_GOES_ON = re.compile(r"[.:][ \t]+(?P<open>[—–])[ \t]+(?=[A-Z“\"])")


def _dialogue_dash(text: str, para: Span) -> list[Quote]:
    """The quotation a dialogue dash opens, and the one that goes on after its attribution
    ("— …, — he said. — We have said so many times.")."""
    m = DIALOGUE.match(text, para.start, para.end)
    piece = _trim(text, m.start("words"), m.end("words")) if m is not None else None
    if m is None or piece is None:
        return []
    out = [Quote(para.start, m.start("close"), (piece,))]
    more = DIALOGUE_GOES_ON.search(text, m.end(), para.end)
    rest = _trim(text, more.end(), para.end) if more is not None else None
    if more is not None and rest is not None:
        out.append(Quote(more.start("open"), None, (rest,)))
    return out


def _single_marks_over_paragraphs(text: str, paras: list[Span]) -> str:
    """British style: a quotation in single marks running over paragraphs, its opening mark repeated
    on each paragraph and closed once at the end. Its marks are read as double ones (the same
    length), so the quotation runs over paragraphs as a double one would. Typographic marks, or
    straight ones ('…) where the opening mark stands before a word."""
    chars: list[str] | None = None
    for para, nxt in pairwise(paras):
        for opener in SINGLE_OPENERS:
            opening = _unclosed_single(text, para, opener)
            if opening is None or text[nxt.start] != opener:
                continue
            chars = chars if chars is not None else list(text)
            chars[opening] = "“"
            chars[nxt.start] = "“"
            close = _single_close(text, nxt.start, nxt)
            if close is not None:
                chars[close] = "”"
            break
    return "".join(chars) if chars is not None else text


REVERSED = str.maketrans({"»": "«", "«": "»", "›": "‹", "‹": "›"})


def _reversed_guillemets(text: str) -> str:
    """German and Nordic copy quotes »so« (and ›so‹): when the first guillemet of the text opens a
    word after a space, the marks are read the other way round (a copy of the same length)."""
    first = min((k for k in (text.find("»"), text.find("«")) if k != -1), default=-1)
    if first == -1 or text[first] != "»" or first + 1 >= len(text) or not text[first + 1].isalnum():
        return text
    if first > 0 and text[first - 1] not in _OPEN_BEFORE:
        return text
    return text.translate(REVERSED)


SINGLE_OPENERS = ("‘", "'")


def _unclosed_single(text: str, para: Span, opener: str = "‘") -> int | None:
    """The single opening mark left open at the end of the paragraph, if any (a straight one only
    before a word: "'Tis" or "rock 'n' roll" aside, an apostrophe follows a letter)."""
    i = para.start
    while (i := text.find(opener, i, para.end)) != -1:
        opens = (i == para.start or text[i - 1] in OPENS_BEFORE) and not _elided_year(text, i)
        if opens and (opener != "'" or (i + 1 < para.end and text[i + 1].isalnum())):
            close = _single_close(text, i, para)
            if close is None:
                return i
            i = close
        i += 1
    return None


ELIDED_YEAR = re.compile(r"\d\d(?:s\b|(?![\w’'.,]*[’']))(?!\d)")


def _elided_year(text: str, i: int) -> bool:
    """ "in ‘08", "the ’90s", "the class of '98": a mark before two digits stands for the century,
    unless a closing mark follows the word ("‘08’ was printed on the badge")."""
    return ELIDED_YEAR.match(text, i + 1) is not None


OPENS_BEFORE = frozenset(" \t([{—–-:;\u00a0")


def _single_close(
    text: str, opening: int, para: Span, closers: str = "’'", within: int | None = None
) -> int | None:
    """Where the single quotation opened at ``opening`` closes in its paragraph (and ``within``
    characters of it), if it does: a closing mark after a word, before a space or punctuation."""
    end = para.end if within is None else min(para.end, opening + within)
    for j in range(opening + 1, end):
        if text[j] in closers and not text[j - 1].isspace():
            after = text[j + 1] if j + 1 < para.end else " "
            if after not in _CLOSE_AFTER_SINGLE or _rock_n_roll(text, j):
                continue
            if _plural_possessive(text, j, end) and _closes_later(text, j + 1, end, closers):
                continue  # "'The members' pay was cut,' she said": an apostrophe, the close comes later
            return j
    return None


def _rock_n_roll(text: str, j: int) -> bool:
    """The second mark of "rock 'n' roll", "fish 'n' chips"."""
    return j >= 2 and text[j - 1] == "n" and text[j - 2] in "'’‘" and (j < 3 or text[j - 3].isspace())


def _plural_possessive(text: str, j: int, end: int) -> bool:
    """ "the members' pay", "the workers’ union": a mark after an s, then a space and a word in
    lower case, is as likely an apostrophe as a closing mark."""
    return (
        text[j - 1] in "sS"
        and j + 2 < end
        and text[j + 1] in " \u00a0"
        and text[j + 2].isalpha()
        and text[j + 2].islower()
    )


def _closes_later(text: str, start: int, end: int, closers: str) -> bool:
    """A closing mark right after punctuation further on ("… nothing,' said …"), before any mark
    that opens a new quotation."""
    for k in range(start, end):
        ch = text[k]
        if (
            ch in "'‘"
            and (text[k - 1].isspace() or text[k - 1] in OPENS_BEFORE)
            and k + 1 < end
            and text[k + 1].isalnum()
        ):
            return False  # "'no cuts' and 'save our jobs'": a second quotation opens first
        if (
            ch in closers
            and text[k - 1] in ".,!?;:…"
            and (k + 1 >= end or text[k + 1] in _CLOSE_AFTER_SINGLE)
        ):
            return True
    return False


AD_LINE = re.compile(r"\s*(?:Advertisement|ADVERTISEMENT|Story continues below(?: advertisement)?)\s*")


def find_quotes(text: str) -> list[Quote]:
    """All top-level quotations in ``text``, in order. Never raises on unbalanced marks.

    Two apostrophes ('') as some wires and archives write a double quote mark count as one.
    """
    if "''" in text:
        text = text.replace("''", '"' + FILLER)
    # a page's "Advertisement" line inside a quotation running over paragraphs is not a paragraph of it
    paras = [p for p in paragraphs(text) if not AD_LINE.fullmatch(text, p.start, p.end)]
    if "‘" in text or "\n'" in text:
        text = _single_marks_over_paragraphs(text, paras)
    if "»" in text and "«" in text:
        text = _reversed_guillemets(text)
    quotes: list[Quote] = []
    open_quote: tuple[int, list[Span]] | None = None  # a quote running over paragraphs
    for p_index, para in enumerate(paras):
        i = para.start
        found_here: list[Span] = []
        if open_quote is not None:
            first = text[para.start]
            if first not in DOUBLE_OPEN or first in "”»":
                # Previous paragraph's quote never closed and this one does not continue it:
                # keep it only if it was a whole quoted paragraph.
                opener, pieces = open_quote
                quotes.append(Quote(opener, None, tuple(pieces)))
                open_quote = None
        while i < para.end:
            mark = _DOUBLE_OPENING.search(text, i, para.end)  # the next mark that may open a quote
            if mark is None:
                break
            i = mark.start()
            ch = text[i]
            if _is_opening(text, i, para):
                close = _find_double_close(text, i, para, DOUBLE_OPEN[ch])
                if close is not None:
                    piece = _trim(text, i + 1, close)
                    if open_quote is not None:
                        opener, pieces = open_quote
                        open_quote = None
                        if i == para.start and piece is not None:
                            pieces.append(piece)
                            quotes.append(Quote(opener, close, tuple(pieces)))
                            found_here.append(Span(i, close + 1))
                            i = close + 1
                            continue
                        quotes.append(Quote(opener, None, tuple(pieces)))
                    if piece is not None:
                        quotes.append(Quote(i, close, (piece,)))
                        found_here.append(Span(i, close + 1))
                    i = close + 1
                    continue
                # No close in this paragraph. An attribution after the mark ends the quote there.
                attributed_at = _attribution_inside(text, i, para)
                if attributed_at is not None:
                    if open_quote is not None:
                        quotes.append(Quote(open_quote[0], None, tuple(open_quote[1])))
                        open_quote = None
                    piece = _trim(text, i + 1, attributed_at)
                    if piece is not None:
                        quotes.append(Quote(i, None, (piece,)))
                        found_here.append(Span(i, piece.end))
                    i = attributed_at
                    continue
                # Otherwise a multi-paragraph quote if the paragraph ends inside it and the next
                # paragraph opens again (and is not a quote attributed on its own); else a stray mark.
                nxt = paras[p_index + 1] if p_index + 1 < len(paras) else None
                continues = (
                    nxt is not None
                    and text[nxt.start] in DOUBLE_OPEN
                    and text[nxt.start] not in "”»"
                    and (i == para.start or _runs_into(text, i, para, nxt))
                )
                piece = _trim(text, i + 1, para.end)
                if continues and piece is not None and not _has_later_open(text, i + 1, para):
                    if open_quote is not None and i == para.start:
                        open_quote[1].append(piece)
                    else:
                        if open_quote is not None:
                            quotes.append(Quote(open_quote[0], None, tuple(open_quote[1])))
                        open_quote = (i, [piece])
                    found_here.append(Span(i, para.end))
                    break
                if (
                    open_quote is None
                    and piece is not None
                    and _said_before(text, para, i)
                    and not _has_later_open(text, i + 1, para)
                    and (to_end := _to_paragraph_end(text, i, para)) is not None
                ):
                    # "“The talks are over,” Varek said. “If the council will not listen, …" with no
                    # closing mark: the quote ends with its paragraph.
                    quotes.append(Quote(i, None, (to_end,)))
                    found_here.append(Span(i, para.end))
                    break
                if open_quote is not None and i == para.start and piece is not None:
                    # The run ends in a paragraph that opens but never closes: end it here.
                    open_quote[1].append(piece)
                    quotes.append(Quote(open_quote[0], None, tuple(open_quote[1])))
                    open_quote = None
                    found_here.append(Span(i, para.end))
                    break
            i += 1
        quotes.extend(_single_quotes(text, para, found_here))
        if not found_here:
            quotes.extend(_dialogue_dash(text, para))
    if open_quote is not None:
        quotes.append(Quote(open_quote[0], None, tuple(open_quote[1])))
    quotes = [
        Quote(q.open_at, q.close_at + 1, q.pieces, q.single)
        if q.close_at is not None and q.close_at + 1 < len(text) and text[q.close_at + 1] == FILLER
        else q
        for q in quotes
    ]
    quotes.sort(key=lambda q: q.open_at)
    return _drop_nested(quotes)


def _attribution_inside(text: str, i: int, para: Span) -> int | None:
    """Where an unclosed quote opened at ``i`` ends because an attribution follows it
    ("“The port will reopen on Monday, said Tomas Quill"): the offset of the comma, or None."""
    end = para.end
    for j in range(i + 1, para.end):
        if text[j] in "“„«" or (text[j] == '"' and _is_opening(text, j, para)):
            end = j  # a later opening mark: what follows it is another quote's business
            break
    m = ATTRIBUTION_AFTER_CLAUSE.search(text, i + 1, end)
    return m.start() + 1 if m is not None else None  # after the , ? or ! (a comma is trimmed off)


def _runs_into(text: str, i: int, para: Span, nxt: Span) -> bool:
    """Whether the quote opened at ``i`` inside ``para`` and never closed goes on in ``nxt`` (which
    opens with a mark). Not when ``nxt`` opens with a quote attributed on its own to someone else:
    "signs reading “Free them all.  /  “The port will reopen,” said Tomas Quill." A quote that
    goes on is attributed to the same speaker ("“…,” Sexton said. “Trump events are …  /  “There’s
    another side,” Sexton said."), or to he/she after words of saying ("Obama said: “…")."""
    close = _find_double_close(text, nxt.start, nxt, DOUBLE_OPEN[text[nxt.start]])
    if close is None or text[close - 1] not in ",?!":
        return True
    m = ATTRIBUTION_AFTER_CLOSE.match(text, close + 1, nxt.end)
    if m is None:
        return True
    name = m.group("after") or m.group("before")
    if name is None:
        return _said_before(text, para, i)
    surname = re.sub(r"\s*\(.*", "", name).split()[-1].strip(".")
    return re.search(rf"\b{re.escape(surname)}\b", text[para.start : i]) is not None


def _to_paragraph_end(text: str, i: int, para: Span) -> Span | None:
    """The words from the mark at ``i`` to the paragraph's end, less a closing mark not told as one."""
    end = para.end
    before = text[para.start : i].rstrip()
    if before[-1:].isalnum() and not re.search(rf"\b{_SPEECH_VERB}$", before):
        # 'said the payments were "approved by the board. He declined to comment.': a mark opened
        # inside the clause runs to the end of its sentence, not over the reporter's next one
        stop = SENTENCE_END.search(text, i + 1, para.end)
        if stop is not None:
            end = stop.start() + 1
    while end > i + 1 and (text[end - 1] in DOUBLE_MARKS or text[end - 1].isspace()):
        end -= 1
    return _trim(text, i + 1, end)


SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])")


def _said_before(text: str, para: Span, i: int) -> bool:
    """Words of saying, or a colon, before the mark at ``i`` in its paragraph ("Obama said: “…")."""
    before_mark = text[para.start : i]
    return before_mark.rstrip().endswith(":") or re.search(rf"\b{_SPEECH_VERB}\b", before_mark) is not None


def _has_later_open(text: str, start: int, para: Span) -> bool:
    return any(text[j] in "“„«" for j in range(start, para.end))


def _drop_nested(quotes: list[Quote]) -> list[Quote]:
    out: list[Quote] = []
    for q in quotes:
        if out and out[-1].span.contains(q.span):
            continue
        out.append(q)
    return out
