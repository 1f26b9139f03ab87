"""Hostile inputs: text an extractor meets in the wild and must survive without losing the rest."""

from __future__ import annotations

import random

import pytest

LONG_QUOTE_SENTENCE = (
    "Every detainee in Port Selm has a mother, a street and a name, and every one of them will be "
    "read aloud on Liberty Square until the last door of the warehouse is opened. "
)

DEMO_PARAGRAPHS = (
    "The march had been called by the opposition movement after the Cabinet approved the bill.",
    "“We will publish every voice that respects the law,” said Boris Quell, the agency’s head.",
    "Witnesses said police fired tear gas into the crowd on the Corn Bridge shortly after nine.",
    "Interior Minister Miro Lasken said the police had shown “remarkable restraint”.",
    "The council has thirty days to decide whether to accept the case, officials said.",
)


def junk_latin1(size: int = 4096, seed: int = 7) -> str:
    """Random bytes read as latin-1: every byte becomes some character, none of it language."""
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(size)).decode("latin-1")


def long_quote(words: int = 3000) -> str:
    sentence_words = len(LONG_QUOTE_SENTENCE.split())
    body = LONG_QUOTE_SENTENCE * (words // sentence_words + 1)
    return f"Samira Tovek read the list aloud. “This is the beginning. {body}This is the end,” Tovek said."


def megabyte_article(size: int = 1_000_000) -> str:
    """About ``size`` characters of news paragraphs, with one unique statement at the very end."""
    ending = "\n\n“The last paragraph still counts,” Lidia Farrow said on Wednesday."
    paragraphs: list[str] = []
    length = 0
    index = 0
    while length < size - len(ending):
        paragraph = DEMO_PARAGRAPHS[index % len(DEMO_PARAGRAPHS)]
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
        index += 1
    return "\n\n".join(paragraphs) + ending


# (id, text): the contract must hold over each; test_hostile.py states what else must come out.
HOSTILE_TEXTS: list[tuple[str, str]] = [
    ("empty", ""),
    ("spaces", "   "),
    ("whitespace-mix", " \n\t\r\n \u00a0\u2009\u3000 \n"),
    ("junk-latin1", junk_latin1()),
    ("nul-and-controls", "“We will march,\x00” Tovek said.\x07\x1b[31m “Order,” Lasken said.\x0c"),
    ("only-quote-marks", "“”“”\"\"''«»„“‚‘‹›「」"),
    ("single-opening-mark", "“"),
    ("single-closing-mark", "”"),
    (
        "stray-opening-mark-early",
        "Samira Tovek said: “We will march on Saturday.\n\n"
        "The ministry has not answered the movement’s letter.\n\n"
        "“The harbour stays open,” Viktor Harlan said.\n\n"
        "“We respect the council,” Miro Lasken said.",
    ),
    (
        "stray-closing-mark",
        "The bill” was passed on Thursday after nine hours.\n\n“We respect the council,” Miro Lasken said.",
    ),
    (
        "odd-straight-marks",
        'Tovek said "we will march on Saturday.\n\n'
        '"The harbour stays open," Viktor Harlan said.\n\n'
        '"We respect the council," Miro Lasken said.',
    ),
    (
        "nested-quotes",
        "“They told us ‘go home or go to prison’, and we chose neither,” said Nika Rovan, a student leader.",
    ),
    (
        "nested-guillemets-and-curly",
        "«When the Speaker says “the street”, she means the bus driver and the nurse,» Tovek said.",
    ),
    (
        "mixed-quote-styles",
        '"We will march," Samira Tovek said. “We will stop them,” Miro Lasken said. '
        "«We will keep reporting,» Yasmin Dorell said. „We will keep working,“ Viktor Harlan said.",
    ),
    ("mismatched-pair", '“We will march again on Saturday," Samira Tovek said.'),
    ("long-quote", long_quote()),
    (
        "no-punctuation",
        "tovek said the law was a cage and varek said the vote would go ahead and lasken said nothing "
        "at all about the buses or the bridge or the warehouse and the crowd kept walking toward the sea",
    ),
    ("one-long-token", "x" * 20_000 + " said Tovek"),
    (
        "crlf-lines",
        "“We will march,” Samira Tovek said.\r\n\r\n“We respect the council,” Miro Lasken said.\r\n",
    ),
    (
        "astral-and-zero-width",
        "🔥🔥 Port Selm 🚌\u200b “We will march,” Samira Tovek said.\u200b\u200d “We respect the council,” "
        "Miro Lasken said. 😀",
    ),
    (
        "html-residue",
        "<p>“We will march,” Samira Tovek said.</p>\n<p>&ldquo;Order,&rdquo; Lasken said.</p><br/>",
    ),
    ("many-short-quotes", " ".join(f"“Point number {i} stands,” Tovek said." for i in range(300))),
    (
        "stray-mark-before-attribution",
        "Officials met on Sunday.\n\n"
        "“The port will reopen on Monday, said Tomas Quill, the agency’s head. "
        "Interior Minister Miro Lasken said the curfew would end on Sunday.\n\n"
        "“We are ready,” Samira Tovek said. “But we will not be rushed.”",
    ),
    (
        "stray-mark-before-attributed-quote",
        "The protesters carried signs reading “Free them all.\n\n"
        "“The port will reopen on Monday,” said Tomas Quill, the agency’s head.",
    ),
    (
        "stray-mark-after-cue-next-line",
        "He said “the port will be closed.\n“The port will reopen on Monday,” said Tomas Quill.",
    ),
    (
        "stray-mark-before-other-speakers-quote",
        "“The talks are over,” Nadia Varek said on Friday. “If the council will not listen, we will "
        "take the case to the street.\n\n"
        "“We have heard this before,” added Viktor Harlan, the council’s speaker.",
    ),
    (
        "html-escaped-quotes",
        "&ldquo;We are ready,&rdquo; Varek said. &quot;But we will not be rushed.&quot;",
    ),
    (
        "html-numeric-quotes",
        "<p>&#8220;We are ready,&#8221; Varek said.</p><p>&#x201C;But we will not be rushed,&#x201D; "
        "said Samira Tovek.</p>",
    ),
    *(
        (
            name,
            f"Samira Tovek said the port would reopen on Monday{separator}"
            f"Lasken said the curfew would end on Sunday.{separator}"
            "“We are not ready for that,” Lasken said.",
        )
        for name, separator in (("paragraph-separators", "\u2029"), ("line-separators", "\u2028"))
    ),
    (  # the parser reads these as other characters; every field must still be the text as read
        "no-break-spaces-apostrophe-marks-and-bars",
        "Interior Minister Miro\u00a0Lasken\u00a0said the curfew in Port\u00a0Selm would end on Sunday.\n\n"
        "''We are not ready,'' said Samira\u00a0Tovek. ''The port is not ready.''\n\n"
        "“We will march again.” \u2015 Viktor Harlan",
    ),
]


def hostile_params() -> list[object]:
    return [pytest.param(text, id=name) for name, text in HOSTILE_TEXTS]


def hostile_text(name: str) -> str:
    return dict(HOSTILE_TEXTS)[name]
