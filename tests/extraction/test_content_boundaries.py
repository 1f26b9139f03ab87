"""Where reported content ends.

What a cue reports as its object ("condemned the levy", "praised the mayor") is that object; a
relative clause or an apposition the reporter adds after a comma at the end of the sentence
("…, which took effect in March", "…, a deal worth 40 million crowns") tells the reader about it
and is not part of what was said. A clause the speaker said keeps its asides, and so does an aside
that quotes the speaker.
"""

from __future__ import annotations

import pytest

from .spec import Case, Extract, assert_case, params

INDIRECT = "indirect"

TRAILING_ASIDE_CASES = [
    Case(
        "object-then-which-clause",
        "Councillor Amira Dost condemned the new levy on fishing boats, which took effect in March.",
        "the new levy on fishing boats",
        not_also=("which", "March"),
        kind=INDIRECT,
        speaker="Councillor Amira Dost",
        cue="condemned",
    ),
    Case(
        "object-then-who-clause",
        "Harbour workers praised Mayor Lidia Farrow, who opened the new ferry terminal on Friday.",
        "Mayor Lidia Farrow",
        not_also=("who", "terminal"),
        kind=INDIRECT,
        cue="praised",
    ),
    Case(
        "object-then-where-clause",
        "Residents praised the new tram line to Kestel, where the council plans a second depot.",
        "the new tram line to Kestel",
        not_also=("where", "depot"),
        kind=INDIRECT,
    ),
    Case(
        "object-then-apposition",
        "The opposition attacked the Dravin Bridge contract, a deal worth 40 million crowns.",
        "the Dravin Bridge contract",
        not_also=("a deal", "crowns"),
        kind=INDIRECT,
        cue="attacked",
    ),
    # Not asides: the speaker's own clause, a list, an aside with the speaker's quoted words.
    Case(
        "clause-keeps-its-closing-which-clause",
        "Deputy Tomas Brel said the port had been hurt by the levy, which took effect in March.",
        "the port had been hurt by the levy, which took effect in March",
        kind=INDIRECT,
        cue="said",
    ),
    Case(
        "clause-keeps-its-inner-which-clause",
        "Deputy Tomas Brel said the levy, which took effect in March, had hurt the port.",
        "the levy, which took effect in March, had hurt the port",
        kind=INDIRECT,
    ),
    Case(
        "list-is-not-an-apposition",
        "Senator Ilse Varga praised the mayors of Ostrava, the governor of Velden and the harbour board.",
        "the mayors of Ostrava, the governor of Velden and the harbour board",
        kind=INDIRECT,
        cue="praised",
    ),
    Case(
        "aside-quoting-the-speaker-stays",
        "Deputy Tomas Brel praised the port authority, which he called “the only honest office in Selm”.",
        "the port authority, which he called “the only honest office in Selm”",
        speaker="Deputy Tomas Brel",
        cue="praised",
    ),
]


@pytest.mark.parametrize("case", params(TRAILING_ASIDE_CASES))
def test_trailing_asides(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)
