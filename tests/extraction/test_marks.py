"""Pairing quotation marks on raw text, and masking residue, without the parser (fast).

What tells a stray opening mark from a quote running over paragraphs, and how HTML-escaped marks
and Unicode paragraph separators reach the pairing. Every text is fictional.
"""

from __future__ import annotations

import pytest

from quotetrail.extraction.marks import Quote, find_quotes
from quotetrail.extraction.masking import for_parser, mask


def quoted(text: str) -> list[str]:
    """The content of each quotation found, pieces joined by " | "."""
    return [" | ".join(text[p.start : p.end] for p in q.pieces) for q in find_quotes(text)]


def assert_offsets(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert 0 <= q.span.start < q.span.end <= len(text)
        for piece in q.pieces:
            assert q.span.start <= piece.start < piece.end <= q.span.end
            assert text[piece.start : piece.end].strip() == text[piece.start : piece.end]


MULTI_PARAGRAPH = [
    pytest.param(
        "In a message to supporters, Samira Tovek wrote:\n\n"
        "“Go home and stay safe.\n\n"
        "“Write the time and the street.”",
        ["Go home and stay safe. | Write the time and the street."],
        id="whole-paragraphs",
    ),
    pytest.param(
        "“One was calm,” Lida Sexton said. “The other was angry and loud.\n\n"
        "“They wanted to burn it all,” Sexton said. “I saw it.”",
        ["One was calm", "The other was angry and loud. | They wanted to burn it all", "I saw it."],
        id="same-speaker-named-again",
    ),
    pytest.param(
        "Mayor Halvast said: “There is no magic in a slogan.\n\n“A slogan is not a plan,” she said.",
        ["There is no magic in a slogan. | A slogan is not a plan"],
        id="same-speaker-as-pronoun",
    ),
]

STRAY_MARKS = [
    pytest.param(
        "Officials met on Sunday.\n\n"
        "“The port will reopen on Monday, said Tomas Quill, the agency’s head. "
        "Interior Minister Miro Lasken said the curfew would end on Sunday.\n\n"
        "“We are ready,” Samira Tovek said.",
        ["The port will reopen on Monday", "We are ready"],
        id="attribution-ends-an-unclosed-quote",
    ),
    pytest.param(
        "“Why now? asked Nadia Varek on Friday.\n\n“Because it is time,” Harlan said.",
        ["Why now?", "Because it is time"],
        id="question-then-attribution",
    ),
    pytest.param(
        "The protesters carried signs reading “Free them all.\n\n"
        "“The port will reopen on Monday,” said Tomas Quill, the agency’s head.",
        ["The port will reopen on Monday"],
        id="before-someone-elses-attributed-quote",
    ),
    pytest.param(
        "He said “the port will be closed.\n“The port will reopen on Monday,” said Tomas Quill.",
        ["the port will be closed.", "The port will reopen on Monday"],
        id="next-line-quote-by-a-named-other",
    ),
    pytest.param(
        "“The talks are over,” Nadia Varek said. “If the council will not listen, we will walk.\n\n"
        "“We have heard this before,” added Viktor Harlan, the council’s speaker.",
        ["The talks are over", "If the council will not listen, we will walk.", "We have heard this before"],
        id="after-an-attribution-ends-with-its-paragraph",
    ),
]


# Marks typed the wrong way round by a keyboard's autocorrect.
MISTYPED_MARKS = [
    pytest.param(
        "On Monday, Varek made the following comment:\n\n"
        "“For young dockers the rate is 33 percent. For the rest it is 51 percent.“\n\n"
        "The ministry did not reply.",
        ["For young dockers the rate is 33 percent. For the rest it is 51 percent."],
        id="opening-mark-closes-the-paragraph",
    ),
    pytest.param(
        "“We will march,“ she said. “On Saturday.“",
        ["We will march", "On Saturday."],  # after a comma and before a space, "“" closes
        id="after-a-comma-mid-paragraph",
    ),
    pytest.param(
        "“Do you want to be seen with a smuggler?“ he asked.",
        ["Do you want to be seen with a smuggler?"],
        id="after-a-question-mark",
    ),
    # Negative: before a word, "“" still opens a quotation of its own.
    pytest.param(
        "“We will march.” She said,“Saturday is the day.”",
        ["We will march.", "Saturday is the day."],
        id="before-a-word-it-opens",
    ),
]


# A space typed after an opening mark does not stop it opening.
SPACE_AFTER_THE_OPENING_MARK = [
    pytest.param(
        "The ad cuts to footage of Varek saying, “ you have to give them a path. You have to do that.”",
        ["you have to give them a path. You have to do that."],
        id="space-after-the-mark",
    ),
    # Negative: a mark alone between spaces opens nothing.
    pytest.param("The score was 3 “ 2 in the end.", [], id="a-lone-mark"),
]


@pytest.mark.parametrize(("text", "expected"), SPACE_AFTER_THE_OPENING_MARK)
def test_a_space_after_an_opening_mark(text: str, expected: list[str]) -> None:
    quotes = find_quotes(text)
    assert quoted(text) == expected
    assert_offsets(text, quotes)


@pytest.mark.parametrize(("text", "expected"), MISTYPED_MARKS)
def test_an_opening_mark_after_a_full_stop_ends_a_paragraphs_quote(text: str, expected: list[str]) -> None:
    quotes = find_quotes(text)
    assert quoted(text) == expected
    assert_offsets(text, quotes)


@pytest.mark.parametrize(("text", "expected"), MULTI_PARAGRAPH)
def test_a_quote_over_paragraphs_stays_one_quote(text: str, expected: list[str]) -> None:
    quotes = find_quotes(text)
    assert quoted(text) == expected
    assert_offsets(text, quotes)


@pytest.mark.parametrize(("text", "expected"), STRAY_MARKS)
def test_a_stray_mark_does_not_run_into_the_next_paragraph(text: str, expected: list[str]) -> None:
    quotes = find_quotes(text)
    assert quoted(text) == expected
    assert_offsets(text, quotes)


ENTITY_TEXTS = [
    pytest.param(
        "&ldquo;We are ready,&rdquo; Varek said. &quot;But we will not be rushed.&quot;",
        '“We are ready,” Varek said. "But we will not be rushed."',
        id="named-entities",
    ),
    pytest.param(
        "<p>&#8220;We are ready,&#x201D; Varek said.</p>",
        "“We are ready,” Varek said.",
        id="numeric-entities",
    ),
    pytest.param(
        "&nbsp;&laquo;Nous restons,&raquo; Varek said.",
        "«Nous restons,» Varek said.",
        id="entity-after-entity",
    ),
]


@pytest.mark.parametrize(("escaped", "typed"), ENTITY_TEXTS)
def test_escaped_marks_pair_as_typed_marks_do(escaped: str, typed: str) -> None:
    masked = mask(escaped)
    assert len(masked) == len(escaped)
    assert " ".join(masked.split()) == typed
    assert [" ".join(t.split()) for t in quoted(masked)] == quoted(typed)
    for q in find_quotes(masked):
        for piece in q.pieces:  # the content is the original's words, no entity in it
            assert "&" not in escaped[piece.start : piece.end]


@pytest.mark.parametrize(
    "text", ["don&rsquo;t", "&#0; &#99999999; &#xD800; &bogus;", "Tom &amp; Jerry", "&ldquo;"], ids=repr
)
def test_odd_entities_keep_the_length(text: str) -> None:
    assert len(mask(text)) == len(text)


@pytest.mark.parametrize("separator", ["\u2029", "\u2028"], ids=["paragraph-separator", "line-separator"])
def test_unicode_separators_break_paragraphs_like_a_newline(separator: str) -> None:
    text = f"Samira Tovek said the port would reopen{separator}“We are not ready,” Lasken said."
    masked = mask(text)
    assert masked == text.replace(separator, "\n")
    assert quoted(masked) == ["We are not ready"]


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("asserting, ''Of course.''", "asserting, “ Of course. ”"),
        ("''We are ready,'' Varek said.", "“ We are ready, ” Varek said."),
        ("the workers' '' mark", "the workers' '' mark"),  # spaces on both sides: no telling
        ("don't", "don't"),
        ("The governor\u00a0added: “It is typical.” ― Kolt", "The governor added: “It is typical.” — Kolt"),
        ("The newspaper «Izvestia» reported", "The newspaper “Izvestia” reported"),
    ],
    ids=[
        "opening-and-closing",
        "paragraph-start",
        "spaces-on-both-sides",
        "one-apostrophe",
        "spaces-and-bars",
        "guillemets",
    ],
)
def test_the_parser_reads_a_copy_with_marks_it_knows(text: str, parsed: str) -> None:
    assert for_parser(text) == parsed
    assert len(for_parser(text)) == len(text)
    assert quoted(text) == quoted(mask(text))  # the quotations are paired on the text as read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rep. Hank Voss said in ‘08 that voters had changed. “I do sense it,” he said. “It’s a clean "
            "break with the past.”",
            ["I do sense it", "It’s a clean break with the past."],
            id="curly-mark-before-a-year",
        ),
        pytest.param(
            "In the ‘90s the party ‘won everything’, Voss said.",
            ["won everything"],
            id="curly-decade-then-a-single-quote",
        ),
        pytest.param(
            "The class of '98 met again, and the dean called it 'a homecoming'.",
            ["a homecoming"],
            id="straight-mark-before-a-year",
        ),
        pytest.param(
            "The badge read ‘08’ in gold.",
            ["08"],
            id="a-quoted-number-is-still-quoted",
        ),
    ],
)
def test_a_mark_standing_for_a_century_opens_no_quotation(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize("ad", ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["line", "blank-line"])
def test_an_advertisement_line_inside_a_quotation_over_paragraphs_is_not_part_of_it(
    ad: str, gap: str
) -> None:
    text = (
        f"“The first call came at 2 a.m. By the time we arrived the roof was gone.{gap}{ad}{gap}"
        "“We got everyone out in four minutes,” he said."
    )
    assert quoted(text) == [
        "The first call came at 2 a.m. By the time we arrived the roof was gone. | We got everyone out in four "
        "minutes"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "'This was never about the members' pay,' said Janet Forde. 'It was about the bosses' bonuses.'",
            ["This was never about the members' pay", "It was about the bosses' bonuses."],
            id="plural-possessives-in-both-quotations",
        ),
        pytest.param(
            "‘We will not back down,’ said Maria Trellis. ‘The workers’ union has voted.’",
            ["We will not back down", "The workers’ union has voted."],
            id="typographic-marks-same-character-as-the-apostrophe",
        ),
        pytest.param(
            "'The Smiths' lawyers have been told nothing,' said Colin Ashby.",
            ["The Smiths' lawyers have been told nothing"],
            id="possessive-of-a-family-name",
        ),
        pytest.param(
            "Dennis O'Neill said: 'We were the home of rock 'n' roll in the ’90s and we still are.'",
            ["We were the home of rock 'n' roll in the ’90s and we still are."],
            id="rock-n-roll",
        ),
        pytest.param(
            "'Fish 'n' chips on a Friday, that's all I ask,' joked Bert Hollis.",
            ["Fish 'n' chips on a Friday, that's all I ask"],
            id="fish-n-chips",
        ),
        # a closing mark after an s stays a close when another quotation opens before any other close
        pytest.param(
            "Protesters chanted 'no cuts' and 'save our jobs' outside the town hall.",
            ["no cuts", "save our jobs"],
            id="two-short-quotations-after-an-s",
        ),
        pytest.param(
            "He called the changes 'cosmetic reforms' and walked out.",
            ["cosmetic reforms"],
            id="scare-quotes-ending-in-s",
        ),
    ],
)
def test_an_apostrophe_in_british_single_quotes_does_not_close_them(text: str, expected: list[str]) -> None:
    """British copy quotes in single marks, and its plural possessives ("the members' pay") end in
    the same mark: the quotation closes at the mark after its punctuation, not at the apostrophe."""
    assert quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "»We are staying here«, said Jonas Brenner. »The owners can wait.«",
            ["We are staying here", "The owners can wait."],
            id="german-guillemets-point-inwards",
        ),
        pytest.param(
            "«Nous restons», a dit Jonas Brenner.",
            ["Nous restons"],
            id="french-guillemets-unchanged",
        ),
        pytest.param(
            '"The figures don\'t add up," said Idris Vaughan."We will be asking questions."',
            ["The figures don't add up", "We will be asking questions."],
            id="no-space-between-a-full-stop-and-the-next-quotation",
        ),
        pytest.param(
            'Karl Imhof said the payments were "approved by the board and fully disclosed. He declined to comment.',
            ["approved by the board and fully disclosed."],
            id="a-mark-left-open-inside-a-clause-ends-with-its-sentence",
        ),
    ],
)
def test_marks_in_other_styles_and_typing_slips_pair_as_read(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected
