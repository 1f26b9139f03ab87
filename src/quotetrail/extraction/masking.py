"""Hide what is not prose from the parser without moving a single offset.

Articles arrive with residue: zero-width characters, HTML tags, character entities, Markdown
(emphasis, block quotations, list bullets, headings, links), and wire datelines ("DRAVIN – ") that
the parser would read as a sentence's subject. The
extractor works on a *masked* copy of the same length (tags and zero-width characters become
spaces, ``&ldquo;`` becomes ``“`` padded with spaces), so every span found in the copy is a
span of the original; the fields' text is then taken again from the original, exactly as read.

A quotation mark from an entity keeps to the words it marks: an opening mark goes last in its
padding (``&ldquo;We`` -> ``      “We``), a closing one first (``ready,&rdquo;`` -> ``ready,”      ``),
so the pairing of marks sees them where a writer would have typed them. The paragraph and line
separators U+2029 and U+2028 become line breaks, which is how the extractor knows paragraphs.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import replace
from functools import cache
from html.entities import html5

from quotetrail.extraction.line_wraps import join_wrapped_lines
from quotetrail.extraction.phrases import DATELINE
from quotetrail.model import Mention, Span, Statement

# Zero-width characters, soft hyphens and the invisible marks that set a run's writing direction
# (pasted tweets carry them: "\u202a”This is why …").
ZERO_WIDTH = dict.fromkeys(
    map(
        ord,
        "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    ),
    " ",
)
SEPARATORS = dict.fromkeys(map(ord, "\u2028\u2029"), "\n")  # line and paragraph separators
# Quotation marks the extractor does not pair, as the marks it does: CJK corner brackets
# (「…」, 『…』), double primes from OCR and word processors (″…″, ‶…″), vertical marks (〝…〞).
OTHER_MARKS = str.maketrans(
    {"「": "“", "」": "”", "『": "‘", "』": "’", "″": '"', "‶": "“", "〝": "“", "〞": "”", "〟": "”"}
)
SAME_LENGTH = ZERO_WIDTH | SEPARATORS | OTHER_MARKS
# translate reads every character through the table; most texts hold none of these characters
ANY_SAME_LENGTH = re.compile("[" + re.escape("".join(map(chr, SAME_LENGTH))) + "]")
TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,200}>")
ENTITIES = {
    "&ldquo;": "“",
    "&rdquo;": "”",
    "&lsquo;": "‘",
    "&rsquo;": "’",
    "&laquo;": "«",
    "&raquo;": "»",
    "&quot;": '"',
    "&apos;": "'",
    "&amp;": "&",
    "&nbsp;": " ",
    "&mdash;": "—",
    "&ndash;": "–",
}
ENTITY = re.compile(
    "|".join(map(re.escape, ENTITIES))
    + r"|&#(?:(\d{2,7})|[xX]([0-9a-fA-F]{2,6}));|&[A-Za-z][A-Za-z0-9]{1,30};"
)
# A letter's entity inside a word ("Ren&eacute;e", "Castell&oacute;") is padded with the letter
# itself, in lower case ("Renéééééééée", "Éééééééémile"): spaces would split the word, and the
# parser tags and attaches a word with a repeated letter as it does the word, where invisible
# separators or soft hyphens cost it the parse.
QUOTE_MARKS = frozenset("“”‘’«»„‚‹›\"'")
OPENS_AFTER = frozenset(" \t\n\r([{—–-/:;\u00a0")
LINE_START = re.compile(r"(?:^|\n)[ \t]*(?=[A-Z]{3})")
DATELINE_HERE = re.compile(DATELINE.pattern.removeprefix("^"))  # matched at a line start, not the text's


# Pictographs (emoji and their modifiers): the parser reads them as words of the sentence.
EMOJI = re.compile("[\U0001f300-\U0001faff\U0001f000-\U0001f2ff\u2600-\u27bf\ufe0f\U0001f3fb-\U0001f3ff]")
# A soft hyphen inside a word ("Ket\u00adter\u00ading"): an invisible separator keeps the word one
# token to the parser, where a space would split it.
SOFT_HYPHEN_IN_WORD = re.compile(r"(?<=\w)\u00ad(?=\w)")
# Two backquotes open a quotation in wire and LaTeX copy (``Nobody told us,'' she said).
BACKQUOTES = re.compile(r"``(?=\S)")


def _emoji_unless_closing_a_quotation(m: re.Match[str]) -> str:
    """A space for the emoji, except right before a quotation's closing mark ("Bring your friends
    🔥” Solvang wrote"): a mark after a space would open a quotation, not close it."""
    return m.group() if EMOJI_BEFORE_CLOSING.match(m.string, m.end()) else " "


# An opening mark, then the blanks an emoji left before the first word.
MARK_BEFORE_BLANKS = re.compile(
    r"(?<![^\s(\[—–-])([“‘\"])( +)(?=\w)"
)  # (a mark after a space or a line's start)
# The rest of an emoji run, and a closing mark after it: a mark before a space, a stop or the end.
EMOJI_BEFORE_CLOSING = re.compile(rf"{EMOJI.pattern}*[”\"’»](?!\w)")


def mask(text: str) -> str:
    """The same text, same length, with residue turned into spaces or the characters it stands for."""
    if "\u00ad" in text:
        text = SOFT_HYPHEN_IN_WORD.sub("\u2063", text)  # invisible separator: kept, unlike the soft hyphen
    if "``" in text:
        text = BACKQUOTES.sub(" “", text)
    masked = text.translate(SAME_LENGTH) if ANY_SAME_LENGTH.search(text) else text
    if EMOJI.search(masked):  # "posted on social media 🔥 that …": a picture, no word of the sentence
        masked = EMOJI.sub(_emoji_unless_closing_a_quotation, masked)
        # "“🎉 We did it,” …": the opening mark moves onto the first word, as a mark before a space
        # opens nothing and the parser takes the blank for a word
        masked = MARK_BEFORE_BLANKS.sub(lambda m: " " * len(m.group(2)) + m.group(1), masked)
    if "<" in masked:
        masked = TAG.sub(lambda m: " " * len(m.group()), masked)
    if "&" in masked:
        masked = _replace_entities(masked)
    if MARKDOWN_HINT.search(masked):
        masked = _mask_markdown(masked)
    if ":" in masked or "." in masked:
        masked = LIVE_BLOG_TIME.sub(lambda m: " " * len(m.group()), masked)
    if ":" in masked:
        masked = LINK_LINE.sub(lambda m: " " * len(m.group()), masked)
    if "(" in masked:
        masked = COMPANY_PARENTHESES.sub(_without_the_parentheses, masked)
        masked = CREDIT_AT_LINE_END.sub(lambda m: " " * len(m.group()), masked)
    if "dvertisement" in masked or "DVERTISEMENT" in masked:
        masked = AD_BREAK.sub(lambda m: " " * len(m.group()), masked)
    return join_wrapped_lines(_mask_datelines(masked))


# A live blog's time opening a line ("09:12 Emergency services say …", "11.45am — Varek said", "UPDATE
# 3.40pm - Police said" (red team 161), "14:05
# GMT: Varek: “…”", where the time zone before the colon is no speaker), or a
# transcript's ("[00:12:31] ANAND: …"): the parser would join it to the subject or the label.
LIVE_BLOG_TIME = re.compile(
    r"^[ \t]*(?:(?:UPDATE|Update|BREAKING|Breaking|LATEST|Latest)[ \t]+)?[\[(]?"
    r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]?(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|local))?|\d{1,2}[ap]m)"
    r"[\])]?(?:[ \t]*[—–-]+|:)?[ \t]+(?=[A-Z“\"‘«])",
    re.MULTILINE,
)


# A press release's parentheses after a company's name: the short names it defines ("(“Corvex” or
# the “Company”)") and its listing ("(Nasdaq: CRVX)", "(TSX: VEC; OTCQX: VECF)"). The parser read
# the quoted names into the subject ("Corvex Therapeutics, Inc. (“Corvex” or the"); they are no
# words of the sentence, and the resolver reads the definitions from the text itself.
_EXCHANGE = (
    r"(?:NYSE(?: American| Arca| MKT)?|Nasdaq|NASDAQ|TSX(?:-?V)?|TSXV|LSE|AIM|ASX|OTC(?:QX|QB)?|AMEX|CSE"
    r"|JSE|NSE|BSE|SIX|Euronext(?: [A-Z][a-z]+)?|HKEX|SGX|TASE|XETRA)"
)
_LISTING = rf"{_EXCHANGE}\s*:\s*[A-Z][A-Z0-9.\-]{{0,9}}"
_DEFINED = r"(?:the\s+)?[“\"‘'][A-Z][\w&.'’-]*[”\"’']"  # one word: not a translation ("Andean Group")
# several capitalised words, when the parentheses also define "the Company" or follow a legal form
_DEFINED_NAME = r"[“\"‘'][A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){1,3}[”\"’']"
_DEFINED_TERM = r"the\s+[“\"‘'](?:Company|Corporation|Partnership|Issuer|Bank|Group|Fund|Trust)[”\"’']"
_PARENTHESIS = (
    rf"\((?:{_DEFINED}(?:\s*(?:,|,?\s*or|,?\s*and)\s*{_DEFINED})*|{_LISTING}(?:\s*[;,/]\s*{_LISTING})*"
    rf"|{_DEFINED_NAME}\s*(?:,|,?\s*or)\s*{_DEFINED_TERM})\)"
)
# (after a name's word; before the verb, or an apposition, of a release's first sentence, not inside
# a quotation: "“Everyone calls him Ortega (‘Bull’),” she said"; review 2 of session 43)
COMPANY_PARENTHESES = re.compile(
    rf"(?<![\w&'’.-])[A-Z][\w&'’.-]*((?: {_PARENTHESIS})+)"
    r"(?=\s+[a-z]|,\s+(?:a|an|the|which)\s|\s*[.;](?:\s|$)|\s+[—–]\s)"
)


# A wire agency's credit closing a caption's line: "Gina Ferro says goodbye to staff. (Reuters)" (red
# team 189); not a dateline's "LONDON (Reuters) -". (A photographer's "(Photo: …)" stays: it tells
# the caption, paragraphs.CREDIT; statements cut it from a content.)
CREDIT_AT_LINE_END = re.compile(
    r"[ \t]*\((?:Reuters|AP|AFP|EPA|PA|Bloomberg|AAP|Xinhua|dpa|ANI|PTI|IANS)(?:/[^()\n]{1,40})?\)[ \t]*$",
    re.MULTILINE,
)


# A web page's line pointing to another story ("Related: Veto use at record high, study finds",
# "Read more: …", "Watch: …"): its headline is that story's, not a statement of this one.
LINK_LINE = re.compile(
    r"^[ \t]*(?:Related|Read more|Read also|Also read|More on this story|More on this|See also|Watch|"
    r"Listen|Recommended|Most read|Explainer|Opinion|Analysis|Video|Podcast)[ \t]*:[^\n]*",
    re.MULTILINE | re.IGNORECASE,
)


# An advertisement slot a web page put in the middle of a sentence ("rewards¶Advertisement¶aggression"):
# the sentence goes on after it, so the slot and its line breaks become spaces.
AD_BREAK = re.compile(
    r"(?<=[\w,;])[ \t]*\n\s*(?:Advertisement|ADVERTISEMENT|Story continues below advertisement)[ \t]*\n\s*(?=[a-z])"
)


# Markdown, as newsletters, forums and copied web pages carry it. Emphasis is a run of one to three
# asterisks or underscores closed by the same run on the same line, outside words ("**Varek**",
# "_“We will not sign,”_"; not "file_name" or "5 * 3"); a line opens with block-quotation marks
# ("> "), a list bullet ("- ", "* ", "• ") or a heading's hashes ("## "); a link keeps its words
# ("[Varek](https://…)" reads "Varek").
MARKDOWN_HINT = re.compile(r"[*_]|^[ \t]*(?:[>#+•-])|\]\(", re.MULTILINE)
EMPHASIS = re.compile(r"(?<![\w*\\])(\*{1,3}|_{1,3})(?=[^\s*_])([^\n]*?[^\s*_\\])\1(?![\w*])")
LINE_MARKS = re.compile(r"^[ \t]*(?:(?:>[ \t]?)+|[-*+•][ \t]+|#{1,6}[ \t]+)", re.MULTILINE)
LINK = re.compile(r"(!?\[)([^\[\]\n]+)(\]\([^()\s]*\))")


def _mask_markdown(text: str) -> str:
    text = EMPHASIS.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), text)
    text = LINE_MARKS.sub(lambda m: " " * len(m.group()), text)
    return LINK.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(3)), text)


DOUBLE_APOSTROPHE = re.compile(r"''")


def for_parser(text: str) -> str:
    """The text as the parser should read it, same length: two apostrophes typed for a double
    quotation mark (``''That makes me smart''``, as some wires and archives write it) become one
    curly mark and a space on the side away from the words (``“ That makes me smart ”``). The
    tagger reads an opening ``''`` as a closing mark, which costs the sentence its parse; a
    doubled mark, or a space on the words' side (a double space), costs it too. Quotations
    themselves are paired on the masked text (marks.find_quotes reads ``''`` as one mark).
    No-break spaces become spaces, horizontal bars (―) dashes and guillemets curly quotation
    marks, which the parser knows."""
    if "''" in text:
        text = DOUBLE_APOSTROPHE.sub(_curly_mark, text)
    if any(c in text for c in FOR_PARSER_CHARACTERS):  # translate reads every character; most texts need none
        text = text.translate(FOR_PARSER)
    if not text.isascii() and EXTENDED_LATIN.search(text):
        text = plain_letters(text)
    return text


def plain_letters(text: str) -> str:
    """``text`` with each word that holds a Latin letter beyond Latin-1 in plain letters, Latin-1's
    too ("Đào Hồng Lan" -> "Dao Hong Lan", not "Dào Hong Lan"); other words as they are."""
    table = _latin_letters_plain()
    return EXTENDED_WORD.sub(lambda m: m.group().translate(table), text)


EXTENDED_LATIN = re.compile("[\u0100-\u024f\u1e00-\u1eff]")
EXTENDED_WORD = re.compile("\\w*[\u0100-\u024f\u1e00-\u1eff]\\w*")


@cache
def _latin_letters_plain() -> dict[int, str]:
    """Latin letters with diacritics as the plain letter, one for one ("Nguyễn Văn Thành" is read as
    "Nguyen Van Thanh", "Đỗ" as "Do"): the tagger, trained on English, took "Nguyễn" for a verb and
    "Đỗ" for an interjection, and the name was lost; the fields are read from the original text
    (masking.unmask). Only words with a letter beyond Latin-1 are read so (see plain_letters): the
    tagger knows "José", and "Ó Súilleabháin" keeps its particle."""
    table: dict[int, str] = {}
    for code in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        letter = chr(code)
        base = unicodedata.normalize("NFD", letter)[0]
        if base != letter and base.isascii() and base.isalpha():
            table[code] = base
    table.update({ord(k): v for k, v in STROKED_LETTERS.items()})
    return table


# Letters whose stroke is no combining mark: "Đỗ", "Łódź".
STROKED_LETTERS = {"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ħ": "H", "ħ": "h", "Ŧ": "T"}


# A no-break space is a token of its own for the parser (a word in the middle of the sentence);
# a horizontal bar is a dash it never saw; guillemets are quotation marks it reads as words
# ("the newspaper «Izvestia» reported": "»" a noun, "reported" a clause of it).
FOR_PARSER = str.maketrans({"\u00a0": " ", "\u2015": "—", "«": "“", "»": "”"})
FOR_PARSER_CHARACTERS = "\u00a0\u2015«»"


def _curly_mark(m: re.Match[str]) -> str:
    text = m.string
    before = text[m.start() - 1] if m.start() > 0 else " "
    after = text[m.end()] if m.end() < len(text) else " "
    if before in OPENS_AFTER and not after.isspace():
        return "“ "
    return " ”" if not before.isspace() else m.group()


def _replace_entities(text: str) -> str:
    """Each entity becomes the character it stands for, padded to the entity's length: an opening
    quotation mark (after a space, before a word) at the end of its padding, anything else first."""
    out: list[str] = []
    done = 0
    for m in ENTITY.finditer(text):
        char = ENTITIES.get(m.group()) or _numeric(m) or _named(m.group())
        if char is None:
            continue
        out.append(text[done : m.start()])
        if char.isalpha() and (_letter_at(text, m.start() - 1) or _letter_at(text, m.end())):
            out.append(char + char.lower() * (len(m.group()) - 1))  # "Éééééééémile": title case still
            done = m.end()
            continue
        before = out[-1][-1:] or (out[-2][-1:] if len(out) > 1 else " ") or " "
        after = text[m.end() : m.end() + 1] or " "
        opening = char in QUOTE_MARKS and before in OPENS_AFTER and not after.isspace()
        out.append(char.rjust(len(m.group())) if opening else char.ljust(len(m.group())))
        done = m.end()
    return "".join(out) + text[done:]


def _named(entity: str) -> str | None:
    """``&eacute;``, ``&hellip;``: the one printable character an HTML5 named entity stands for."""
    char = html5.get(entity[1:])
    return char if char is not None and len(char) == 1 and char.isprintable() else None


def _letter_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalpha()


def _numeric(m: re.Match[str]) -> str | None:
    """``&#8220;`` / ``&#x201C;``: the character, when it is a printable one."""
    decimal, hexadecimal = m.groups()
    if decimal is None and hexadecimal is None:
        return None
    code = int(decimal) if decimal else int(hexadecimal, 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    char = chr(code)
    return char if char.isprintable() or char == "\u00a0" else None


def _mask_datelines(text: str) -> str:
    """ "DRAVIN – President Halvast said …": a wire dateline opening a paragraph is not part of the
    sentence, and the parser would take the place for the subject."""
    pieces: list[str] = []
    done = 0
    for line in LINE_START.finditer(text):
        m = DATELINE_HERE.match(text, line.end())
        if m is None or m.end() >= len(text) or text[m.end()] == "\n":
            continue
        pieces += [text[done : m.start()], " " * (m.end() - m.start())]
        done = m.end()
    return "".join(pieces) + text[done:] if pieces else text


def _text(original: str, span: Span | None) -> str | None:
    return original[span.start : span.end] if span is not None else None


def _around_ad_breaks(piece: Span, original: str) -> list[Span]:
    """A piece of content an advertisement slot interrupts, as the two pieces on either side."""
    out, start = [], piece.start
    for m in AD_BREAK.finditer(original, piece.start, piece.end):
        out.append(Span(start, m.start()))
        start = m.end()
    return [*out, Span(start, piece.end)]


def unmask(statement: Statement, original: str) -> Statement:
    """Take a statement's texts again from the original (its spans are the same)."""
    if "dvertisement" in original or "DVERTISEMENT" in original:
        pieces = tuple(p for piece in statement.quote_spans for p in _around_ad_breaks(piece, original))
        statement = replace(statement, quote_spans=pieces)
    if "&" in original:
        statement = replace(
            statement, quote_spans=tuple(_whole_entity_at_end(p, original) for p in statement.quote_spans)
        )
    return replace(
        statement,
        quote=" ".join(original[p.start : p.end] for p in statement.quote_spans),
        speaker=_text(original, statement.speaker_span) if statement.speaker_span else statement.speaker,
        cue=_text(original, statement.cue_span) if statement.cue_span else statement.cue,
        venue=_text(original, statement.venue_span) if statement.venue_span else statement.venue,
        targets=tuple(replace(t, text=original[t.span.start : t.span.end]) for t in statement.targets),
        speaker_name=_as_written(
            _visible(_letters_read(statement.speaker_name, original)), original, statement
        ),
        speaker_role=_as_written(
            _visible(_letters_read(statement.speaker_role, original)), original, statement
        ),
    )


def _as_written(words: str | None, original: str, statement: Statement) -> str | None:
    """A name or role built from the parser's plain letters ("Nguyen Van Thanh", see for_parser),
    in the original's letters again ("Nguyễn Văn Thành"), where the original writes it so."""
    if not words or original.isascii() or words in original:
        return words
    plain = plain_letters(original)
    around = statement.speaker_span
    at = plain.find(words, around.start, around.end) if around is not None else -1
    if at < 0:
        at = plain.find(words)
    return original[at : at + len(words)] if at >= 0 else words


# The masked text's letter written as an entity, padded with itself ("Renéééééééée", "Éééééééémile").
LETTER_RUN = re.compile(r"([^\W\d_])\1{3,}", re.IGNORECASE)


def _letters_read(name: str | None, original: str) -> str | None:
    """A name or role taken from the masked text, its entities' letters as one letter again."""
    return LETTER_RUN.sub(r"\1", name) if name and "&" in original else name


ENTITY_TAIL = re.compile(r"[#\w]{1,8};")


def _whole_entity_at_end(piece: Span, original: str) -> Span:
    """ "called the decision &ldquo;sad but sensible.&rdquo;": the closing mark the entity stands for
    ends the content, so the content ends with the whole entity, not its "&"."""
    amp = original.rfind("&", max(piece.start, piece.end - 8), piece.end)
    if amp < 0 or ";" in original[amp : piece.end]:
        return piece
    tail = ENTITY_TAIL.match(original, piece.end)
    return Span(piece.start, tail.end()) if tail is not None and tail.start() > amp else piece


def _without_the_parentheses(m: re.Match[str]) -> str:
    return m.group()[: m.start(1) - m.start()] + " " * len(m.group(1))


def unmask_mention(mention: Mention, original: str) -> Mention:
    span = mention.span
    masked = mention.text  # the masked copy's words: a name the recogniser ran on into what was masked
    if len(masked) == span.end - span.start and masked != (kept := masked.rstrip()):
        span = Span(span.start, span.start + len(kept))  # ("Velmar Energy Corp. (TSX: VEC)": its listing)
    return replace(mention, span=span, text=_visible(original[span.start : span.end]) or "")


def _visible(name: str | None) -> str | None:
    """A name as written, without the soft hyphens that broke it for display ("Ket\u00adter\u00ading")
    and with its letters' entities read ("Ren&eacute;e" -> "Renée")."""
    if not name:
        return name
    name = name.replace("\u2063", "").replace("\u00ad", "")
    return html.unescape(name) if "&" in name and ";" in name else name
