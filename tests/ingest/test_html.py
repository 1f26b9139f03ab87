"""HTML pages: the story without the boilerplate, and the page's metadata."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ingest_samples import (
    BOILERPLATE_FOOTER,
    BOILERPLATE_NAV,
    BRIDGE_STORY,
    LIBRARY_STORY,
    PONT_STORY,
    news_page,
)

from quotetrail.ingest import iter_articles
from quotetrail.ingest.html import article_from_html, fill_missing, fragment_text, word_count
from quotetrail.model import Article, Failure


def read(html: str, *, url: str | None = None, outlet: str | None = None) -> Article:
    article = article_from_html(html, "saved/bridge.html", url=url, outlet=outlet)
    assert isinstance(article, Article), article
    return article


def test_the_story_is_kept_and_navigation_footer_and_sidebars_are_dropped() -> None:
    article = read(news_page("Mayor vows to repair Brindlewick bridge", BRIDGE_STORY))
    for paragraph in BRIDGE_STORY:
        assert paragraph in article.text
    for boilerplate in (BOILERPLATE_NAV, BOILERPLATE_FOOTER, "Most read", "Local choir wins"):
        assert boilerplate not in article.text


def test_metadata_comes_from_the_page() -> None:
    article = read(news_page("Mayor vows to repair Brindlewick bridge", BRIDGE_STORY))
    assert article.source == "saved/bridge.html"
    assert article.title == "Mayor vows to repair Brindlewick bridge"
    assert article.author == "Odile Farrant"
    assert article.published == date(2023, 4, 11)
    assert article.outlet == "The Harbour Ledger"
    assert article.url == "https://harbourledger.example/news/brindlewick-bridge"
    assert article.lang == "en"


def test_the_canonical_url_wins_over_the_address_it_was_fetched_from() -> None:
    page = news_page("Bridge", BRIDGE_STORY, canonical="https://harbourledger.example/news/bridge")
    article = read(page, url="https://harbourledger.example/news/bridge?utm_source=feed")
    assert article.url == "https://harbourledger.example/news/bridge"


def test_without_a_canonical_url_the_fetch_address_is_the_url() -> None:
    page = news_page("Bridge", BRIDGE_STORY, canonical=None)
    assert read(page, url="https://harbourledger.example/b/17").url == "https://harbourledger.example/b/17"


@pytest.mark.parametrize(
    ("site_name", "fallback", "url", "expected"),
    [
        ("The Harbour Ledger", "Feed Title", "https://www.harbourledger.example/x", "The Harbour Ledger"),
        (None, "Eastmere Evening Lamp", "https://www.lamp.example/x", "Eastmere Evening Lamp"),
        (None, None, "https://www.lamp.example/x", "lamp.example"),
    ],
)
def test_the_outlet_is_the_site_name_then_the_given_fallback_then_the_host(
    site_name: str | None, fallback: str | None, url: str, expected: str
) -> None:
    page = news_page("Library opens on Sundays", LIBRARY_STORY, site_name=site_name, canonical=None)
    assert read(page, url=url, outlet=fallback).outlet == expected


def test_a_page_with_no_metadata_still_gives_its_text() -> None:
    page = news_page(
        "Library", LIBRARY_STORY, site_name=None, author=None, published=None, canonical=None, lang=None
    )
    article = read(page)
    assert LIBRARY_STORY[1] in article.text
    assert (article.url, article.outlet, article.author, article.lang) == (None, None, None, None)


@pytest.mark.parametrize(
    ("declaration", "expected"),
    [
        ('<html lang="fr-CA">', "fr"),
        ('<html xml:lang="de">', "de"),
        ('<html><head><meta http-equiv="Content-Language" content="nl, en">', "nl"),
        ('<html><head><meta property="og:locale" content="pt_BR">', "pt"),
        ('<html lang="not a language!">', None),
    ],
)
def test_the_language_is_the_pages_declaration(declaration: str, expected: str | None) -> None:
    body = "".join(f"<p>{p}</p>" for p in LIBRARY_STORY)
    article = read(f"{declaration}<body><article>{body}</article></body></html>")
    assert article.lang == expected


def test_broken_html_is_still_read() -> None:
    broken = (
        "<html><head><title>Ferry cut</title><body><div><p>The last ferry to the Saltmarsh Isles will stop "
        "running in March, the operator said on Friday, after forty years of service to the islands.<p>"
        "\u201cThe numbers do not add up,\u201d said chief executive Rosalind Achterberg <b>on Friday, in a "
        "statement to islanders that was read aloud in the harbour hall.<div></span></table>"
    )
    article = read(broken)
    assert "Rosalind Achterberg" in article.text


# A brief of exactly 25 words, and the same brief cut to 24.
BRIEF = (
    "The Lantern River footbridge in Brindlewick reopens to walkers on Saturday morning after five months "
    "of repairs, council engineer Bartholomew Quist said late on Thursday."
)


def brief_page(text: str) -> str:
    """A page holding one short paragraph and no heading, between navigation and a footer."""
    return (
        f"<html><head><title>Footbridge</title></head><body><nav>{BOILERPLATE_NAV}</nav>"
        f"<main><article><p>{text}</p></article></main><footer>{BOILERPLATE_FOOTER}</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("label", "html", "reason"),
    [
        ("empty", "", "not parseable as HTML"),
        ("whitespace", "   \n  ", "not parseable as HTML"),
        (
            "only boilerplate",
            f"<html><body><nav>{BOILERPLATE_NAV}</nav><footer>Copyright</footer></body></html>",
            "no article text on the page (12 words)",
        ),
        (
            "only a nav",
            '<html><body><nav><a href="/">Home</a></nav></body></html>',
            "no article text on the page (1 word)",
        ),
        ("an empty body", "<html><head><title>Nothing</title></head><body></body></html>", "(0 words)"),
        (
            "a cookie wall",
            "<html><body><div class='consent'><p>We value your privacy. Accept all cookies to continue "
            "reading The Harbour Ledger.</p><button>Accept</button></div></body></html>",
            "no article text on the page",
        ),
        (
            "an error page",
            "<html><head><title>404</title></head><body><h1>Page not found</h1><p>Sorry, this story has "
            "moved or never existed.</p></body></html>",
            "no article text on the page",
        ),
        ("a brief one word short", brief_page(BRIEF.rsplit(" ", 2)[0] + " Thursday."), "(24 words)"),
        ("punctuation and symbols", brief_page("| » — © · " * 40), "(0 words)"),
    ],
)
def test_a_page_without_article_text_is_a_failure(label: str, html: str, reason: str) -> None:
    failure = article_from_html(html, "saved/empty.html")
    assert isinstance(failure, Failure), label
    assert failure.source == "saved/empty.html"
    assert reason in failure.reason


def test_a_short_brief_of_25_words_is_an_article() -> None:
    assert word_count(BRIEF) == 25
    article = read(brief_page(BRIEF))
    assert article.text == BRIEF


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Home | Politics | Sport", 3),
        ("about 2.4 million crowns, or 9,000 each at 10:30", 9),
        ("O\u2019Neill\u2019s long-awaited bridge", 3),
        ("— » © |", 0),
        ("ブリンドルウィック橋", 10),  # written without spaces: one word a character
    ],
)
def test_words_are_counted_without_punctuation(text: str, words: int) -> None:
    assert word_count(text) == words


PAGE_WITHOUT_DATE = news_page("Bridge to reopen", BRIDGE_STORY, published=None, canonical=None)


def without_date(*, footer: str = BOILERPLATE_FOOTER, head: str = "", before_story: str = "") -> str:
    """The bridge story on a page that states no date, with the footer, head and byline given."""
    return (
        PAGE_WITHOUT_DATE.replace(BOILERPLATE_FOOTER, footer)
        .replace("</head>", head + "</head>")
        .replace("<h1>", before_story + "<h1>", 1)
    )


@pytest.mark.parametrize(
    "page",
    [
        without_date(),
        without_date(footer="Copyright 2017 The Harbour Ledger. All rights reserved."),
        without_date(footer="Copyright 2009-2023 The Harbour Ledger. All rights reserved."),
        without_date(footer="&copy; 2019 The Harbour Ledger"),
        without_date(footer='<p class="copyright">(c) 2019 Harbour Ledger Media</p>'),
        without_date(footer='<span class="date">\u00a9 2021</span> The Harbour Ledger'),
        without_date(head='<meta itemprop="copyrightYear" content="2018">'),
        without_date(before_story="<p>Brindlewick, the town that built its first bridge in 1802:</p>"),
        PAGE_WITHOUT_DATE.replace("before the first frost", "before the first frost of 2024"),
    ],
    ids=[
        "no date",
        "copyright year",
        "copyright range",
        "copyright sign",
        "copyright paragraph",
        "copyright in a date class",
        "copyrightYear meta",
        "a year in a caption",
        "a year in the story",
    ],
)
def test_a_page_that_states_no_date_has_none_whatever_years_it_mentions(page: str) -> None:
    assert read(page).published is None


@pytest.mark.parametrize(
    ("page", "url", "published"),
    [
        (
            news_page("Bridge", BRIDGE_STORY, published="2019-08-30T09:00:00+02:00"),
            None,
            date(2019, 8, 30),
        ),
        (
            without_date(head='<meta property="article:published_time" content="2023-01-01T07:00:00Z">'),
            None,
            date(2023, 1, 1),  # a New Year's Day story is not mistaken for a bare year
        ),
        (
            without_date(
                before_story='<p class="byline">By Odile Farrant, '
                '<time datetime="2021-03-12T08:00:00Z">12 March 2021</time></p>'
            ),
            None,
            date(2021, 3, 12),
        ),
        (
            without_date(
                head='<script type="application/ld+json">{"@context": "https://schema.org", '
                '"@type": "NewsArticle", "datePublished": "2020-07-09T10:00:00Z", '
                '"dateModified": "2022-02-01T10:00:00Z"}</script>'
            ),
            None,
            date(2020, 7, 9),  # published, not modified
        ),
        (without_date(), "https://harbourledger.example/2014/05/06/bridge-to-reopen", date(2014, 5, 6)),
    ],
    ids=["published_time meta", "published on 1 January", "time element", "JSON-LD", "date in the URL"],
)
def test_a_date_the_page_states_is_kept_and_beats_the_copyright_footer(
    page: str, url: str | None, published: date
) -> None:
    with_footer = page.replace(BOILERPLATE_FOOTER, "Copyright 2009-2025 The Harbour Ledger.")
    assert read(with_footer, url=url).published == published


def test_a_date_in_the_future_is_not_taken() -> None:
    page = news_page("Bridge", BRIDGE_STORY, published="2999-08-30T09:00:00Z", canonical=None)
    assert read(page).published is None


def test_a_latin1_page_declared_in_its_meta_tag_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "pont.html"
    path.write_bytes(
        news_page("Le pont rouvrira", PONT_STORY, charset_meta="iso-8859-1", lang="fr").encode("latin-1")
    )
    (article,) = iter_articles([str(path)])
    assert isinstance(article, Article)
    assert "Hélène Rouvière" in article.text
    assert "« Les familles du quartier est ont assez attendu »" in article.text


def test_fill_missing_sets_only_fields_that_are_empty() -> None:
    article = Article(text="The bridge reopens.", source="x", title="Bridge")
    filled = fill_missing(article, title="Other title", outlet="The Harbour Ledger", author=None)
    assert (filled.title, filled.outlet, filled.author) == ("Bridge", "The Harbour Ledger", None)
    assert fill_missing(article, title="Other") is article


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("<p>First paragraph.</p><p>Second &amp; last.</p>", "First paragraph.\n\nSecond & last."),
        ("Plain text, no tags.", "Plain text, no tags."),
        ("<div>Line one<br>line two</div>", "Line one line two"),
        ("<p>Kept.</p><script>alert('x')</script><style>p{}</style><p>Also kept.</p>", "Kept.\n\nAlso kept."),
        ("<p>Unclosed <b>bold <i>and italic", "Unclosed bold and italic"),
        ("", ""),
    ],
)
def test_fragment_text_reads_feed_content_as_paragraphs(fragment: str, expected: str) -> None:
    assert fragment_text(fragment) == expected
