"""Who said what in the demo corpus: what `make demo` should show a reader, article by article.

Each row names a demo article (by the end of its source) and a statement in it. Text files come
with their index.jsonl metadata (so relative dates resolve); HTML pages, feed items and archive
records come through ingest, as a user would read them.
"""

from __future__ import annotations

import pytest

from quotetrail.model import Article

from .corpus import all_demo_articles, statements_of
from .spec import Case, Extract, assert_case, describe, iso

ROWS: list[tuple[str, Case]] = [
    (
        "2017-06-01-kna-cabinet-approves-public-order-reform.txt",
        Case(
            "kna-lasken-split-quote",
            "",
            "Order is not the enemy of freedom",
            kind="direct",
            speaker_name="Miro Lasken",
        ),
    ),
    (
        "2017-06-01-kna-cabinet-approves-public-order-reform.txt",
        Case(
            "kna-anonymous-official",
            "",
            "Patience is not a policy",
            kind="direct",
            speaker_name=None,
            type="anonymous",
        ),
    ),
    (
        "2017-06-05-observer-tovek-declaration-of-war.txt",
        Case(
            "observer-tovek-declaration-of-war",
            "",
            "a declaration of war on the people of Kestovia",
            kind="mixed",
            speaker_name="Samira Tovek",
            cue="called",
            said_on=iso("2017-06-05"),
        ),
    ),
    (
        "2017-06-05-observer-tovek-declaration-of-war.txt",
        Case(
            "observer-malvane-windows",
            "",
            "we will use the windows",
            kind="direct",
            speaker="he",
            speaker_name="Idris Malvane",
        ),
    ),
    (
        "2017-06-06-kna-speaker-parliament-not-hostage.txt",
        Case(
            "kna-varek-free-vote",
            "",
            "Deputies were elected in a free vote",
            kind="direct",
            speaker_name="Dana Varek",
        ),
    ),
    (
        "2017-06-06-kna-speaker-parliament-not-hostage.txt",
        Case(
            "kna-quell-every-voice",
            "",
            "We will publish every voice that respects the law",
            kind="direct",
            speaker_name="Boris Quell",
            role="director-general",
        ),
    ),
    (
        "2017-06-06-kna-speaker-parliament-not-hostage.txt",
        Case(
            "kna-the-agency",
            "",
            "the survey had a margin of error",
            kind="indirect",
            speaker="The agency",
            speaker_name="Kestovian News Agency",
            type="organization",
        ),
    ),
    (
        "2017-07-13-observer-council-agrees-review.txt",
        Case(
            "observer-according-to-direct",
            "",
            "the council will hear both sides in public",
            kind="direct",
            speaker_name="Matthias Orel",
            cue="according to",
        ),
    ),
    (
        "2017-06-09-kestovia-today-cleric-foreign-masters.txt",
        Case(
            "today-adelan-sermon",
            "",
            "You may not set fire to the roof",
            kind="direct",
            speaker_name="Yusuf Adelan",
            venue="sermon",
        ),
    ),
    (
        "2017-06-17-kna-interior-ministry-41-detained.txt",
        Case(
            "kna-quell-agency-head",
            "",
            "We do not report rumours from satellite channels in exile",
            kind="direct",
            speaker_name="Boris Quell",
            role="head",
        ),
    ),
    (
        "2017-06-17-observer-port-selm-conflicting-counts.txt",
        Case(
            "observer-no-speaker",
            "",
            "The bridges are closed and the buses are burning",
            kind="direct",
            speaker=None,
            speaker_name=None,
            type="unknown",
        ),
    ),
    (
        "2017-06-17-observer-port-selm-conflicting-counts.txt",
        Case(
            "observer-tovek-multi-paragraph",
            "",
            "the badge number if you saw one",
            kind="direct",
            speaker_name="Samira Tovek",
        ),
    ),
    (
        "2017-06-23-observer-varek-no-one-is-at-war.txt",
        Case(
            "observer-varek-speech-friday",
            "",
            "No one in this chamber is at war with anyone",
            kind="direct",
            speaker_name="Dana Varek",
            role="Parliament Speaker",
            cue="said",
            said_on=iso("2017-06-23"),
            venue="speech",
        ),
    ),
    (
        "2017-06-29-kna-parliament-passes-reform.txt",
        Case(
            "kna-varek-colon", "", "The law is the law", kind="direct", speaker_name="Dana Varek", cue="said"
        ),
    ),
    (
        "2017-07-05-kestovia-today-president-door-open.txt",
        Case(
            "today-halvast-state-television",
            "",
            "the government was ready to meet",
            speaker_name="Teodor Halvast",
            said_on=iso("2017-07-05"),
            venue="state television",
        ),
    ),
    (
        "2017-07-05-kestovia-today-president-door-open.txt",
        Case(
            "today-the-president",
            "",
            "The door to dialogue is open",
            kind="direct",
            speaker="the President",
            speaker_name="Teodor Halvast",
        ),
    ),
    (
        "2017-07-13-observer-council-agrees-review.txt",
        Case(
            "observer-nlf-letter",
            "",
            "no person shall be held without being told why",
            speaker_name="National Liberation Front",
            said_on=iso("2017-07-03"),
            venue="letter to the council",
        ),
    ),
    (
        "dump.jsonl:1",
        Case(
            "gazette-harlan-low-high",
            "",
            "A ban on gatherings of fifty people is a ban on the morning shift",
            kind="direct",
            speaker="Harlan",
            speaker_name="Viktor Harlan",
        ),
    ),
    (
        "dump.jsonl:4",
        Case(
            "today-imam-friday-prayers",
            "",
            "Blessed is the one who walks through it",
            kind="direct",
            speaker="the imam",
            speaker_name="Yusuf Adelan",
            venue="Friday prayers",
        ),
    ),
    (
        "2017-06-19-horizon-one-tovek-interview.html",
        Case(
            "horizon-tovek-guillemet-paragraphs",
            "",
            "I was born in this country",
            kind="direct",
            speaker_name="Samira Tovek",
        ),
    ),
    (
        "2017-06-08-horizon-one-night-raids-port-selm.html",
        Case(
            "horizon-no-break-space-guillemets",
            "",
            "We will not forget them",
            kind="direct",
            speaker="Malvane",
            speaker_name="Idris Malvane",
        ),
    ),
    (
        "/2017/07/10/tovek-talks-prison-yard",
        Case(
            "post-continuation-without-cue",
            "",
            "I hope the Interior Ministry is listening to him",
            kind="direct",
            speaker_name="Samira Tovek",
        ),
    ),
    (
        "/2017/06/26/speaker-opposition-trade-barbs-war",
        Case(
            "post-tovek-wrote",
            "",
            "Then why does Port Selm smell of tear gas?",
            kind="direct",
            speaker_name="Samira Tovek",
            cue="wrote",
        ),
    ),
    (
        "/2017/06/16/thousands-march-tear-gas-corn-bridge",
        Case("gazette-marchers-chanted", "", "Count us!", kind="direct", type="group", cue="chanted"),
    ),
]


@pytest.fixture(scope="module")
def demo_articles() -> list[Article]:
    articles = all_demo_articles()
    assert len(articles) == 26
    return articles


def article_ending(articles: list[Article], ending: str) -> Article:
    found = [a for a in articles if a.source.endswith(ending)]
    assert len(found) == 1, f"{ending}: {len(found)} articles"
    return found[0]


@pytest.mark.parametrize(("ending", "case"), [pytest.param(e, c, id=c.id) for e, c in ROWS])
def test_who_said_what_in_the_demo(
    ending: str, case: Case, demo_articles: list[Article], extract: Extract
) -> None:
    article = article_ending(demo_articles, ending)
    assert_case(statements_of(article, extract), case)


@pytest.mark.parametrize(
    "title", ["The Long Road to Dravin", "Salt and Iron", "Front", "National Liberation Front"]
)
def test_titles_and_scare_quotes_in_the_demo_are_not_statements(
    title: str, demo_articles: list[Article], extract: Extract
) -> None:
    for article in demo_articles:
        if title in article.text:
            alone = [s for s in statements_of(article, extract) if s.quote.strip("“”‘’«»\"' ,.") == title]
            assert not alone, f"{article.source}:\n{describe(alone)}"


def test_the_declaration_of_war_line_travels_between_outlets(
    demo_articles: list[Article], extract: Extract
) -> None:
    carriers = {
        (article.source, article.outlet)
        for article in demo_articles
        for s in statements_of(article, extract)
        if "declaration of war on the people" in s.quote and s.speaker_name == "Samira Tovek"
    }
    outlets = {outlet for _, outlet in carriers}
    assert len(carriers) >= 3 and len(outlets) >= 2, carriers
