"""Hostile input: nothing crashes, nothing breaks the contract, and one bad mark costs nothing else."""

from __future__ import annotations

import time
from itertools import pairwise

import pytest

from quotetrail.errors import InputError
from quotetrail.model import Statement

from .contract import contract_problems
from .hostile import hostile_text, megabyte_article
from .spec import Extract, describe, with_quote

SEPARATED_PARAGRAPHS = {
    "the port would reopen on Monday": "Samira Tovek",
    "the curfew would end on Sunday": "Lasken",
    "We are not ready for that": "Lasken",
}


def speakers_of(statements: list[Statement], piece: str) -> list[str | None]:
    return [s.speaker_name for s in with_quote(statements, piece)]


def assert_contract(text: str, statements: list[Statement]) -> None:
    problems = contract_problems(text, statements)
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize(
    "name",
    ["empty", "spaces", "whitespace-mix", "only-quote-marks", "single-opening-mark", "single-closing-mark"],
)
def test_nothing_to_find(name: str, extract: Extract) -> None:
    assert extract(hostile_text(name)) == []


@pytest.mark.parametrize(
    "name", ["junk-latin1", "nul-and-controls", "no-punctuation", "one-long-token", "html-residue"]
)
def test_junk_is_survived(name: str, extract: Extract) -> None:
    text = hostile_text(name)
    assert_contract(text, extract(text))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param(
            "stray-opening-mark-early",
            {"The harbour stays open": "Viktor Harlan", "We respect the council": "Miro Lasken"},
            id="stray-opening-mark",
        ),
        pytest.param(
            "stray-closing-mark", {"We respect the council": "Miro Lasken"}, id="stray-closing-mark"
        ),
        pytest.param(
            "odd-straight-marks",
            {"The harbour stays open": "Viktor Harlan", "We respect the council": "Miro Lasken"},
            id="odd-number-of-straight-marks",
        ),
        pytest.param(
            "mixed-quote-styles",
            {
                "We will march": "Samira Tovek",
                "We will stop them": "Miro Lasken",
                "We will keep reporting": "Yasmin Dorell",
                "We will keep working": "Viktor Harlan",
            },
            id="mixed-quote-styles",
        ),
        pytest.param(
            "mismatched-pair",
            {"We will march again on Saturday": "Samira Tovek"},
            id="curly-open-straight-close",
        ),
        pytest.param(
            "crlf-lines",
            {"We will march": "Samira Tovek", "We respect the council": "Miro Lasken"},
            id="crlf-line-endings",
        ),
        pytest.param(
            "astral-and-zero-width",
            {"We will march": "Samira Tovek", "We respect the council": "Miro Lasken"},
            id="emoji-and-zero-width-characters",
        ),
        pytest.param("nul-and-controls", {"Order": "Lasken"}, id="control-characters"),
        pytest.param("html-residue", {"We will march": "Samira Tovek", "Order": "Lasken"}, id="html-residue"),
        pytest.param(
            "stray-mark-before-attribution",
            {
                "The port will reopen on Monday": "Tomas Quill",
                "the curfew would end on Sunday": "Miro Lasken",
                "We are ready": "Samira Tovek",
            },
            id="stray-mark-before-its-attribution",
        ),
        pytest.param(
            "stray-mark-before-attributed-quote",
            {"The port will reopen on Monday": "Tomas Quill"},
            id="stray-mark-before-an-attributed-quote",
        ),
        pytest.param(
            "stray-mark-after-cue-next-line",
            {"The port will reopen on Monday": "Tomas Quill"},
            id="stray-mark-then-a-quote-on-the-next-line",
        ),
        pytest.param(
            "stray-mark-before-other-speakers-quote",
            {
                "The talks are over": "Nadia Varek",
                "take the case to the street": "Nadia Varek",
                "We have heard this before": "Viktor Harlan",
            },
            id="unclosed-quote-before-another-speakers-quote",
        ),
        pytest.param(
            "html-numeric-quotes",
            {"We are ready": "Varek", "But we will not be rushed": "Samira Tovek"},
            id="html-numeric-entities",
        ),
        *(
            pytest.param(name, SEPARATED_PARAGRAPHS, id=name)
            for name in ("paragraph-separators", "line-separators")
        ),
    ],
)
def test_one_bad_mark_does_not_cost_the_rest(name: str, expected: dict[str, str], extract: Extract) -> None:
    text = hostile_text(name)
    statements = extract(text)
    assert_contract(text, statements)
    for piece, speaker_name in expected.items():
        exact = [s for s in with_quote(statements, piece) if s.quote.strip(" ,.") == piece]
        candidates = exact or with_quote(statements, piece)
        assert any(s.speaker_name == speaker_name for s in candidates), (
            f"{piece!r} should be attributed to {speaker_name}; got:\n{describe(statements)}"
        )


def test_a_stray_mark_does_not_swallow_later_paragraphs(extract: Extract) -> None:
    text = hostile_text("stray-opening-mark-early")
    statements = extract(text)
    for statement in with_quote(statements, "We will march on Saturday"):
        assert "The harbour stays open" not in statement.quote, describe([statement])
        assert "We respect the council" not in statement.quote, describe([statement])


@pytest.mark.parametrize(
    ("name", "not_with"),
    [
        pytest.param(
            "stray-mark-before-attribution",
            {"We are ready": ["said Tomas Quill", "the curfew"], "The port will reopen": ["the curfew"]},
            id="attribution-and-next-sentence-stay-out",
        ),
        pytest.param(
            "stray-mark-before-attributed-quote",
            {"The port will reopen": ["Free them all"]},
            id="sign-text-is-nobodys-quote",
        ),
        pytest.param(
            "stray-mark-before-other-speakers-quote",
            {"We have heard this before": ["take the case to the street"]},
            id="one-speakers-words-not-given-to-another",
        ),
    ],
)
def test_a_stray_mark_does_not_join_two_passages(
    name: str, not_with: dict[str, list[str]], extract: Extract
) -> None:
    text = hostile_text(name)
    statements = extract(text)
    assert_contract(text, statements)
    for piece, strangers in not_with.items():
        for statement in with_quote(statements, piece):
            for stranger in strangers:
                assert stranger not in statement.quote, describe([statement])


@pytest.mark.parametrize(
    "name",
    ["stray-mark-before-attribution", "stray-mark-before-attributed-quote", "stray-mark-after-cue-next-line"],
)
def test_no_two_statements_claim_the_same_words(name: str, extract: Extract) -> None:
    text = hostile_text(name)
    statements = extract(text)
    assert_contract(text, statements)
    pieces = sorted(p for s in statements for p in s.quote_spans)
    for first, second in pairwise(pieces):
        assert first.end <= second.start, describe(statements)


@pytest.mark.parametrize(
    ("escaped", "typed"),
    [
        pytest.param(
            "html-escaped-quotes",
            "“We are ready,” Varek said. “But we will not be rushed.”",
            id="named-entities",
        ),
        pytest.param(
            "html-numeric-quotes",
            "<p>“We are ready,” Varek said.</p><p>“But we will not be rushed,” said Samira Tovek.</p>",
            id="numeric-entities",
        ),
    ],
)
def test_escaped_quote_marks_read_as_typed_ones(escaped: str, typed: str, extract: Extract) -> None:
    text = hostile_text(escaped)
    statements = extract(text)
    assert_contract(text, statements)

    def reading(found: list[Statement]) -> list[tuple[str, str, str | None, str | None]]:
        return [(s.kind, s.quote, s.speaker_name, s.cue) for s in found]

    assert reading(statements) == reading(extract(typed)), describe(statements)


MARKDOWN_TYPED = (
    "Harbour talks stall\n\n"
    "“We will not sign this,” said Dana Varek, the port authority chief.\n\n"
    "“The deal is dead,” Marco Tell told reporters on Friday. He added that the union would strike."
)


@pytest.mark.parametrize(
    "markdown",
    [
        pytest.param(
            "## Harbour talks stall\n\n"
            "> “We will not sign this,” said Dana Varek, the port authority chief.\n\n"
            "*“The deal is dead,”* Marco Tell told reporters on Friday. He added that the union would strike.",
            id="heading-block-quotation-emphasis",
        ),
        pytest.param(
            "**Harbour talks stall**\n\n"
            "- “We will not sign this,” said **Dana Varek**, the port authority chief.\n\n"
            "__“The deal is dead,”__ [Marco Tell](https://example.org/tell) told reporters on Friday. "
            "He added that the union would _strike_.",
            id="bullet-strong-link-underscores",
        ),
    ],
)
def test_markdown_reads_as_the_plain_text(markdown: str, extract: Extract) -> None:
    """Text copied from a newsletter or forum keeps its Markdown; the statements are the plain
    text's, with every span still pointing into the text as given."""
    statements = extract(markdown)
    assert_contract(markdown, statements)

    def reading(found: list[Statement]) -> list[tuple[str, str, str | None, str | None]]:
        return [(s.kind, s.quote.replace("*", "").replace("_", ""), s.speaker_name, s.cue) for s in found]

    assert reading(statements) == reading(extract(MARKDOWN_TYPED)), describe(statements)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "The council's file_name_2 lists 5 * 3 * 2 berths, Varek said.",
            "The council's file_name_2 lists 5 * 3 * 2 berths",
        ),
        ("Varek said the f***ing cranes were idle again.", "the f***ing cranes were idle again"),
    ],
)
def test_asterisks_and_underscores_that_are_not_markdown_stay(
    text: str, quote: str, extract: Extract
) -> None:
    statements = extract(text)
    assert_contract(text, statements)
    assert [(s.speaker_name, s.quote) for s in statements] == [("Varek", quote)], describe(statements)


@pytest.mark.parametrize("name", ["paragraph-separators", "line-separators"])
def test_unicode_separators_are_line_breaks(name: str, extract: Extract) -> None:
    text = hostile_text(name)
    statements = extract(text)
    assert_contract(text, statements)
    with_newlines = extract(text.replace("\u2029", "\n").replace("\u2028", "\n"))
    assert [s.to_dict() for s in statements] == [s.to_dict() for s in with_newlines]
    assert all("\u2029" not in s.quote and "\u2028" not in s.quote for s in statements), describe(statements)


@pytest.mark.parametrize(
    ("name", "outer", "inner", "speaker_name"),
    [
        pytest.param(
            "nested-quotes",
            "and we chose neither",
            "go home or go to prison",
            "Nika Rovan",
            id="single-inside-double",
        ),
        pytest.param(
            "nested-guillemets-and-curly",
            "she means the bus driver",
            "the street",
            "Tovek",
            id="curly-inside-guillemets",
        ),
    ],
)
def test_nested_quotes_stay_inside_the_outer_quote(
    name: str, outer: str, inner: str, speaker_name: str, extract: Extract
) -> None:
    text = hostile_text(name)
    statements = extract(text)
    assert_contract(text, statements)
    found = [s for s in with_quote(statements, outer) if inner in s.quote]
    assert found, f"the outer quote should hold the inner one; got:\n{describe(statements)}"
    assert any(s.speaker_name == speaker_name for s in found), describe(found)


def test_a_very_long_quote_is_one_statement(extract: Extract) -> None:
    text = hostile_text("long-quote")
    statements = extract(text)
    assert_contract(text, statements)
    whole = [s for s in with_quote(statements, "This is the beginning") if "This is the end" in s.quote]
    assert len(whole) == 1, f"expected one statement from the first to the last word; got {len(whole)}"
    assert whole[0].speaker_name == "Samira Tovek"
    assert len(whole[0].quote.split()) >= 3000


def test_many_short_quotes_are_all_found(extract: Extract) -> None:
    text = hostile_text("many-short-quotes")
    statements = extract(text)
    assert_contract(text, statements)
    numbers = {int(word) for s in statements for word in s.quote.split() if word.isdigit()}
    assert numbers == set(range(300)), f"missing: {sorted(set(range(300)) - numbers)[:20]}"


@pytest.mark.slow
def test_a_one_megabyte_article(extract: Extract) -> None:
    text = megabyte_article()
    assert len(text) >= 1_000_000
    started = time.perf_counter()
    statements = extract(text, "2017-07-12")
    seconds = time.perf_counter() - started
    print(f"\n1 MB article: {len(statements)} statements in {seconds:.1f} s")
    assert_contract(text, statements)
    last = with_quote(statements, "The last paragraph still counts")
    assert last and last[0].speaker_name == "Lidia Farrow", "the end of a long article was not read"
    assert last[0].said_on is not None and last[0].said_on.isoformat() == "2017-07-12"
    assert len(with_quote(statements, "We will publish every voice")) >= 1000


@pytest.mark.parametrize("bad", [b"bytes are not text", None, 42, ["a list"]], ids=repr)
def test_non_text_input_is_an_input_error(bad: object) -> None:
    import quotetrail

    with pytest.raises(InputError, match="str"):
        quotetrail.extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad_date", ["yesterday", "23/06/2017", "2017-13-45"])
def test_a_bad_article_date_is_an_input_error_naming_it(bad_date: str) -> None:
    import quotetrail

    with pytest.raises(InputError, match="date"):
        quotetrail.extract("“We will march,” Tovek said.", date=bad_date)


@pytest.mark.slow
def test_a_long_article_with_no_line_break(extract: Extract) -> None:
    """Text pulled out of a page without its paragraph breaks: one 100,000-character paragraph.
    Its cues and quotes must not be compared each with each (that took two minutes)."""
    text = megabyte_article(100_000).replace("\n\n", " ")
    assert "\n" not in text
    statements = extract(text, "2017-07-12")
    assert_contract(text, statements)
    last = with_quote(statements, "The last paragraph still counts")
    assert last and last[0].speaker_name == "Lidia Farrow"
    assert len(with_quote(statements, "We will publish every voice")) >= 100


@pytest.mark.parametrize(
    "text",
    [
        "“We will not sign a document that rewards\n\nAdvertisement\n\naggression,” Eberling said.",
        "Eberling said: “We will not sign a document that rewards\n\nADVERTISEMENT\n\naggression.”",
    ],
)
def test_an_advertisement_slot_inside_a_sentence_is_left_out_of_the_quotation(
    text: str, extract: Extract
) -> None:
    """A web page's ad slot between two halves of a sentence: one quotation, in two pieces."""
    statements = extract(text)
    assert_contract(text, statements)
    assert [(s.speaker, s.quote.rstrip(".")) for s in statements] == [
        ("Eberling", "We will not sign a document that rewards aggression")
    ], describe(statements)


def test_half_an_emoji_is_no_crash(extract: Extract) -> None:
    """A lone surrogate (half of a broken emoji, which JSON from the web may hold) cannot be encoded:
    it reads as U+FFFD, the offsets stay the caller's, and the statement is still found."""
    text = "\u201cWe wrote to them \ud83d twice,\u201d said Tobias Arkwright."
    statements = extract(text)
    assert [(s.speaker_name, s.quote) for s in statements] == [
        ("Tobias Arkwright", "We wrote to them \ufffd twice")
    ]
    assert (
        statements[0].speaker_span is not None
        and statements[0].speaker_span.text_of(text) == "Tobias Arkwright"
    )


WRAPPED_STORY = [
    "PORT SELM – The Greyhollow Transit Authority, which runs the crossing for the council, said on "
    "Tuesday that traffic on the old bridge would fall by a third once the tolls began in March.",
    "“Nobody on the council has ever asked me what I think about the tolls,” said Marisol Ketter, a "
    "nurse who drives across the bridge twice a day to reach the hospital in Corvel.",
    "Mayor Anton Palumbo said the toll plan would punish the poorest families in the district and "
    "promised to fight it at the next meeting of the regional assembly in Dravin.",
    "“We waited eleven years for this bridge, and now they want us to pay for it twice,” Palumbo said.",
]


def _statements_as_read(text: str, extract: Extract) -> list[tuple[str | None, str, str]]:
    return [(s.speaker_name, s.kind, " ".join(s.quote.split())) for s in extract(text)]


@pytest.mark.parametrize("line_end", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_text_wrapped_at_72_columns_reads_as_its_paragraphs(line_end: str, extract: Extract) -> None:
    """E-mail, wire copies and PDF pastes wrap lines inside sentences: a single line break there is
    no paragraph break, or names, quotations and clauses are torn apart."""
    import textwrap

    clean = "\n\n".join(WRAPPED_STORY)
    wrapped = (line_end * 2).join(textwrap.fill(p, 72).replace("\n", line_end) for p in WRAPPED_STORY)
    statements = extract(wrapped)
    assert_contract(wrapped, statements)
    assert _statements_as_read(wrapped, extract) == _statements_as_read(clean, extract)
    assert len(statements) == 5, describe(statements)


def test_a_paragraph_opening_with_its_own_attribution_keeps_it(extract: Extract) -> None:
    """An eleventh review of session 41: "X said, “…”" on the line after a question is a statement of
    its own, on a page set one paragraph to a line."""
    statements = extract(
        "Kerr shouted at the referee: “Are you blind?”\nThe FA said, “We will review the incident.”"
    )
    assert [s.speaker for s in statements] == ["Kerr", "The FA"], describe(statements)


def test_a_quotation_with_its_speaker_keeps_it_before_a_reply_on_the_next_line(extract: Extract) -> None:
    """Review 2 of session 42: the quotation's own line names who said it."""
    statements = extract("Vale tweeted: “Is this really the best we can do?”\nThe minister replied on X.")
    assert [(s.speaker, s.cue) for s in statements] == [("Vale", "tweeted")], describe(statements)


def test_an_anonymous_spokesperson_on_the_next_line_is_the_quotation_s_speaker(extract: Extract) -> None:
    """Review 2 of session 42: a line opening with "A" is no transcript's answer label."""
    text = "Kerr said the bridge was unsafe.\n“The tolls are a scandal,”\nA Home Office spokesperson said."
    statements = with_quote(extract(text), "The tolls are a scandal")
    assert [s.speaker for s in statements] == ["A Home Office spokesperson"], describe(extract(text))


def test_a_paragraph_saying_in_a_statement_is_not_the_slogan_s_attribution(extract: Extract) -> None:
    """A thirteenth review of session 41: a slogan closed by a comma ends a paragraph; "The trust said in a
    statement it would …" opens the next, a statement of its own."""
    statements = extract(
        "Placards read “Save our school,”\nThe trust said in a statement it would review the plan."
    )
    assert [(s.speaker, s.quote) for s in statements] == [("The trust", "it would review the plan")], (
        describe(statements)
    )


def test_a_question_with_its_asker_keeps_it_before_a_paragraph_of_its_own(extract: Extract) -> None:
    """A fifteenth review of session 41: "Kerr said in March police lied." is a statement of its own."""
    statements = extract("Ruiz asked: “Who will pay for this?”\nKerr said in March police lied.")
    assert [(s.speaker, s.cue) for s in statements] == [("Ruiz", "asked"), ("Kerr", "said")], describe(
        statements
    )


def test_a_question_ending_a_line_is_not_the_next_paragraph_s_speaker_s(extract: Extract) -> None:
    """A page set one paragraph to a line: a question closes one, "Kerr said …" opens the next."""
    statements = extract("“Will the council act?”\nKerr said the vote was close.")
    assert [(s.speaker, s.quote) for s in statements] == [
        (None, "Will the council act?"),
        ("Kerr", "the vote was close"),
    ], describe(statements)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        pytest.param(
            "Palumbo said the toll plan\nwould punish the poor.",
            "the toll plan\nwould punish the poor",
            id="next-line-in-lower-case",
        ),
        pytest.param(
            "“We waited eleven years for this\nbridge,” Palumbo said.",
            "We waited eleven years for this\nbridge",
            id="quotation-over-a-line-break",
        ),
        # a narrow column (red team 38): a line ending on a word no line ends on, before a capital
        pytest.param(
            "Palumbo said on\nTuesday that the toll plan would be\nscrapped by 2028, two years\n"
            "earlier than planned.",
            "that the toll plan would be\nscrapped by 2028",
            id="said-on-before-a-weekday",
        ),
        # red team 176 (session 41): the attribution on the line after a quotation closed by a comma
        pytest.param(
            "“The tolls are a scandal,”\nsaid Palumbo.",
            "The tolls are a scandal",
            id="said-on-the-line-after-the-closing-mark",
        ),
        pytest.param(
            "“Are the tolls a scandal?”\nPalumbo asked in a statement.",
            "Are the tolls a scandal?",
            id="name-asked-in-a-statement-on-the-line-after-a-question",
        ),
        pytest.param(
            "“The tolls are a scandal,”\nPalumbo said in a statement.",
            "The tolls are a scandal",
            id="name-said-in-a-statement-on-the-line-after-the-closing-mark",
        ),
        pytest.param(
            "“The tolls are a scandal,”\nPalumbo said on Tuesday.",
            "The tolls are a scandal",
            id="name-said-on-a-day-on-the-line-after-the-closing-mark",
        ),
        pytest.param(
            "“The tolls are a scandal,”\nPalumbo said.",
            "The tolls are a scandal",
            id="name-said-on-the-line-after-the-closing-mark",
        ),
    ],
)
def test_a_line_broken_inside_a_sentence_goes_on(text: str, quote: str, extract: Extract) -> None:
    statements = with_quote(extract(text), quote)
    assert [s.speaker_name for s in statements] == ["Palumbo"], describe(extract(text))


@pytest.mark.parametrize(
    "attribution",
    [
        "Palumbo said at the time.",
        "Palumbo said last week.",
        "Palumbo said, smiling.",
        "Palumbo told the BBC last week.",
        "Palumbo wrote on X.",
        "Palumbo said on 12 March.",
        "Palumbo said late Tuesday.",
        "Palumbo, the opposition leader, said.",
        "Palumbo, 54, said.",
        # review 2 of session 42
        "Palumbo posted on X.",
        "Palumbo said at a press conference.",
        "Palumbo told reporters outside court.",
    ],
)
def test_an_attribution_on_the_next_line_is_not_the_previous_paragraph_s_speaker_s(
    attribution: str, extract: Extract
) -> None:
    """Review 1 of session 42: left a paragraph of its own, the quotation went on the previous speaker's."""
    text = f"Kerr said the bridge was unsafe.\n“The tolls are a scandal,”\n{attribution}"
    statements = with_quote(extract(text), "The tolls are a scandal")
    assert [s.speaker_name for s in statements] == ["Palumbo"], describe(extract(text))


def test_a_name_broken_after_the_given_name_stays_whole(extract: Extract) -> None:
    text = "Opposition leader Karel\nDunst said the vote had been rigged."
    statements = extract(text)
    assert_contract(text, statements)
    assert [(s.speaker_name, s.speaker_role) for s in statements] == [("Karel Dunst", "Opposition leader")], (
        describe(statements)
    )


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        pytest.param(
            "Samira Tovek said the port would reopen on Monday\nLasken said the curfew would end on Sunday\n"
            "Harlan said the march would go ahead",
            ["the port would reopen on Monday", "the curfew would end on Sunday", "the march would go ahead"],
            id="short-lines-without-full-stops",
        ),
        pytest.param(
            "Here is what they said:\n• Oduya said the tolls would stay on the old bridge\n"
            "• Marsh said the new bridge would close for repairs in the spring",
            [
                "the tolls would stay on the old bridge",
                "the new bridge would close for repairs in the spring",
            ],
            id="list-items",
        ),
        pytest.param(
            "Port talks stall\nLasken said the curfew would end on Sunday.",
            ["the curfew would end on Sunday"],
            id="headline-line",
        ),
        pytest.param(
            "Lasken to speak on curfew\nLasken said the curfew would end on Sunday.",
            ["the curfew would end on Sunday"],
            id="headline-line-ending-on-a-noun-after-a-preposition",
        ),
        pytest.param(
            "The convoy set off to bring the aid to a\nInstead, Lasken said the curfew would end on Sunday.",
            ["the curfew would end on Sunday"],
            id="a-sentence-cut-short-before-a-capital-and-a-comma",
        ),
    ],
)
def test_lines_of_their_own_stay_apart(text: str, quotes: list[str], extract: Extract) -> None:
    found = [" ".join(s.quote.split()) for s in extract(text)]
    assert found == quotes, describe(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("``Nobody told the parents,'' said Priya Lanworth.", id="backquotes-and-apostrophes"),
        pytest.param("\u2033Nobody told the parents,\u2033 said Priya Lanworth.", id="double-primes"),
        pytest.param(
            "\u2036Nobody told the parents,\u2033 said Priya Lanworth.", id="reversed-and-double-prime"
        ),
        pytest.param("\u300cNobody told the parents,\u300d said Priya Lanworth.", id="corner-brackets"),
        pytest.param("\u301dNobody told the parents,\u301e said Priya Lanworth.", id="vertical-marks"),
    ],
)
def test_other_quotation_marks_read_as_quotation_marks(text: str, extract: Extract) -> None:
    """Wire and LaTeX copy, OCR, word processors and CJK text mark quotations in their own ways."""
    statements = extract(text)
    assert_contract(text, statements)
    assert [(s.kind, s.quote, s.speaker_name) for s in statements] == [
        ("direct", "Nobody told the parents", "Priya Lanworth")
    ], describe(statements)


def test_a_soft_hyphen_inside_a_name_keeps_the_name_whole(extract: Extract) -> None:
    text = "Zoe Ket\u00adter\u00ading said business had halved. \u201cIt is hard,\u201d Ket\u00adter\u00ading said."
    statements = extract(text)
    assert_contract(text, statements)
    assert [s.speaker_name for s in statements] == ["Zoe Kettering", "Zoe Kettering"], describe(statements)


@pytest.mark.parametrize(
    ("text", "speaker_name", "role"),
    [
        pytest.param(
            "“We will not yield,” said Ren&eacute;e Castell&oacute;, the mayor of Vall&egrave;s.",
            "Renée Castelló",
            "mayor of Vallès",
            id="accented-letters-in-a-name",
        ),
        pytest.param(
            "&ldquo;We will not yield,&rdquo; said Ana Castell, the caf&eacute; owner.",
            "Ana Castell",
            "café owner",
            id="accented-letter-in-a-role",
        ),
        pytest.param(
            "&ldquo;We will not yield,&rdquo; said Jos&#233; Ib&#xE1;&ntilde;ez, the mayor.",
            "José Ibáñez",
            "mayor",
            id="numeric-and-named-entities-in-one-name",
        ),
    ],
)
def test_a_letter_written_as_an_entity_keeps_its_word_whole(
    text: str, speaker_name: str, role: str, extract: Extract
) -> None:
    """Feeds that escape every accented letter: the name and role read as a reader sees them."""
    statements = extract(text)
    assert_contract(text, statements)
    assert [(s.quote, s.speaker_name, s.speaker_role) for s in statements] == [
        ("We will not yield", speaker_name, role)
    ], describe(statements)


@pytest.mark.parametrize("close", ["&rdquo;", "&quot;", "&#8221;"])
def test_a_content_ending_in_an_escaped_mark_ends_after_the_whole_entity(
    close: str, extract: Extract
) -> None:
    opening = {"&rdquo;": "&ldquo;", "&quot;": "&quot;", "&#8221;": "&#8220;"}[close]
    text = f"Marsh called the decision {opening}sad but sensible.{close} The council said it would appeal."
    statements = extract(text)
    assert_contract(text, statements)
    marsh = [s for s in statements if s.speaker == "Marsh"]
    assert [s.quote for s in marsh] == [f"the decision {opening}sad but sensible.{close}"], describe(
        statements
    )


@pytest.mark.parametrize(
    "text",
    [
        "Haddad posted on social media \U0001f525 that the cooling centres were too few.",
        "Haddad told reporters \U0001f525 that the cooling centres were too few.",
    ],
    ids=["after-a-verb", "after-the-audience"],
)
def test_an_emoji_in_the_sentence_is_no_word_of_it(text: str, extract: Extract) -> None:
    statements = extract(text)
    assert_contract(text, statements)
    assert [(s.speaker, s.quote) for s in statements] == [
        ("Haddad", "that the cooling centres were too few")
    ], describe(statements)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        pytest.param(
            "“Bring your friends \U0001f525” Solvang wrote on Telegram.",
            [("Solvang", "Bring your friends \U0001f525")],
            id="emoji-before-the-closing-mark",
        ),
        pytest.param(
            'Solvang wrote on Telegram: "Bring your friends \u270a" She added: "No foreign flags, please."',
            [("Solvang", "Bring your friends \u270a"), ("She", "No foreign flags, please.")],
            id="emoji-then-the-next-speaker-s-colon",
        ),
    ],
)
def test_a_quotation_ending_in_an_emoji_closes_where_its_mark_is(
    text: str, quotes: list[tuple[str, str]], extract: Extract
) -> None:
    """Posts end on an emoji, not a stop: the mark after it closes the quotation."""
    statements = extract(text)
    assert_contract(text, statements)
    assert [(s.speaker, s.quote) for s in statements] == quotes, describe(statements)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr Price said: “We will appeal the decision.”", "Mr Price"),
        ("Dr Marks added: “We will appeal the decision.”", "Dr Marks"),
        ("Jessica Price said: “We will appeal the decision.”", "Jessica Price"),
        ("Price said: “We will appeal the decision.”", "Price"),
    ],
)
def test_a_name_that_is_also_a_listing_s_word_is_the_speaker_before_a_colon(
    text: str, speaker: str, extract: Extract
) -> None:
    """Review 2 of session 43: "Result announced:- …" is a label, "Mr Price said: …" a speaker."""
    statements = extract(text)
    assert [(s.speaker, s.quote) for s in statements] == [(speaker, "We will appeal the decision.")], (
        describe(statements)
    )


@pytest.mark.parametrize(
    "text",
    [
        "“We call the plant Project (‘Phoenix’),” said Liu Wen.",
        "“Everyone calls him Ortega (‘The Bull’),” Ms Lenz said.",
    ],
)
def test_a_nickname_in_parentheses_stays_in_the_quotation(text: str, extract: Extract) -> None:
    """Review 2 of session 43: a press release's defined names are masked, not words inside a quotation."""
    statements = extract(text)
    assert len(statements) == 1 and statements[0].kind == "direct", describe(statements)
    assert statements[0].quote.endswith("’)"), statements[0].quote


@pytest.mark.parametrize(
    "text",
    [
        "Omar Saleh said:- “They will be punished.”",
        'Omar Saleh said :- "They will be punished."',
        "Omar Saleh stressed:- “They will be punished.”",  # review 5 of session 42
        "Omar Saleh announced:- “They will be punished.”",  # review 7 of session 42
        "Omar Saleh noted:- “They will be punished.”",
    ],
)
def test_a_colon_and_a_dash_introduce_the_quotation(text: str, extract: Extract) -> None:
    """Red team 179 (session 42): Gulf and South Asian copy writes "said:-"."""
    statements = extract(text)
    assert [(s.speaker, s.kind, s.quote) for s in statements] == [
        ("Omar Saleh", "direct", "They will be punished.")
    ], describe(statements)
