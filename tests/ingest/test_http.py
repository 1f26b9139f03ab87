"""The HTTP client: retries, timeouts, limits, charsets, redirects and politeness."""

from __future__ import annotations

import httpx
import pytest
from ingest_samples import BRIDGE_STORY, news_page
from local_site import LocalSite, Reply, fail_then, redirect

from quotetrail.errors import FetchError
from quotetrail.ingest import HttpClient, iter_articles
from quotetrail.ingest.http import USER_AGENT
from quotetrail.model import Article, Failure

PAGE = news_page("Bridge to reopen", BRIDGE_STORY)
HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_a_page_is_fetched_with_a_descriptive_user_agent(site: LocalSite, client: HttpClient) -> None:
    url = site.page("/news/bridge", PAGE)
    page = client.fetch(url)
    assert (page.status, page.media_type, page.charset) == (200, "text/html", "utf-8")
    assert page.text() == PAGE
    assert site.user_agents == [USER_AGENT]
    assert USER_AGENT.startswith("quotetrail/")


def test_server_errors_are_retried_until_the_page_comes(site: LocalSite, client: HttpClient) -> None:
    url = site.add("/flaky", fail_then(Reply(body=PAGE.encode(), headers=HTML), failures=2))
    assert client.fetch(url).status == 200
    assert site.hits["/flaky"] == 3


def test_a_server_that_keeps_failing_is_a_fetch_error_after_the_last_retry(
    site: LocalSite, client: HttpClient
) -> None:
    url = site.add("/down", Reply(status=503, body=b"maintenance"))
    with pytest.raises(FetchError) as raised:
        client.fetch(url)
    assert raised.value.source == url
    assert "HTTP 503" in raised.value.reason and "3 attempts" in raised.value.reason
    assert site.hits["/down"] == 3


@pytest.mark.parametrize(("status", "words"), [(404, "HTTP 404 Not Found"), (403, "HTTP 403 Forbidden")])
def test_client_errors_are_not_retried(site: LocalSite, client: HttpClient, status: int, words: str) -> None:
    url = site.add("/missing", Reply(status=status))
    with pytest.raises(FetchError, match=words):
        client.fetch(url)
    assert site.hits["/missing"] == 1


def test_a_slow_server_times_out(site: LocalSite) -> None:
    url = site.add("/slow", Reply(body=PAGE.encode(), headers=HTML, delay=1.0))
    with (
        HttpClient(timeout=0.2, retries=1, backoff=0.01, host_delay=0) as quick,
        pytest.raises(FetchError) as raised,
    ):
        quick.fetch(url)
    assert "timed out" in raised.value.reason
    assert site.hits["/slow"] == 2


def test_a_body_larger_than_the_limit_is_refused_by_its_declared_length(
    site: LocalSite, client: HttpClient
) -> None:
    url = site.add("/huge", Reply(body=b"x" * 10, headers=HTML, declared_length=50_000_000))
    with pytest.raises(FetchError, match="too large: 50000000 bytes"):
        client.fetch(url)


def test_a_body_larger_than_the_limit_is_refused_while_streaming() -> None:
    def endless(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=HTML, content=iter([b"<p>" + b"y" * 1000] * 1000))

    with (
        HttpClient(max_bytes=10_000, host_delay=0, transport=httpx.MockTransport(endless)) as http,
        pytest.raises(FetchError, match="more than 10000 bytes"),
    ):
        http.fetch("https://lamp.example/endless")


def test_redirects_are_followed_and_the_final_address_kept(site: LocalSite, client: HttpClient) -> None:
    final = site.page("/news/bridge-2023", PAGE)
    start = site.add("/b/17", redirect("/news/bridge-2023"))
    page = client.fetch(start)
    assert page.url == final


def test_a_redirect_loop_is_a_fetch_error(site: LocalSite, client: HttpClient) -> None:
    url = site.add("/loop", redirect("/loop"))
    with pytest.raises(FetchError, match="redirects"):
        client.fetch(url)


def test_a_wrong_charset_header_does_not_garble_utf8(site: LocalSite, client: HttpClient) -> None:
    url = site.page("/wrong", PAGE.encode("utf-8"), content_type="text/html; charset=iso-8859-1")
    assert "\u201cWe have waited long enough" in client.fetch(url).text()


def test_a_utf8_header_on_latin1_bytes_falls_back_to_detection(site: LocalSite, client: HttpClient) -> None:
    text = "<html><body><p>La maire Hélène Rouvière a promis de rouvrir le pont.</p></body></html>"
    url = site.page("/latin", text.encode("latin-1"), content_type="text/html; charset=utf-8")
    assert "Hélène Rouvière" in client.fetch(url).text()


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://127.0.0.1:1/closed-port", "connection failed"),
        ("https://[::1/unclosed-bracket", "not a valid URL"),
        ("http://", "the URL has no host name"),
        ("https:///news/bridge", "the URL has no host name"),
    ],
)
def test_unreachable_or_invalid_addresses_are_fetch_errors(url: str, words: str) -> None:
    with HttpClient(retries=0, host_delay=0, timeout=1) as http, pytest.raises(FetchError, match=words):
        http.fetch(url)


class FakeTime:
    """A clock that only moves when the client sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


def recorded_client(time: FakeTime, replies: list[httpx.Response], **options: float) -> HttpClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return replies.pop(0) if replies else httpx.Response(200, text="<p>ok</p>", headers=HTML)

    return HttpClient(transport=httpx.MockTransport(handler), sleep=time.sleep, clock=time.clock, **options)  # type: ignore[arg-type]


def test_requests_to_the_same_host_are_spaced_by_the_host_delay() -> None:
    time = FakeTime()
    with recorded_client(time, [], host_delay=2.0) as http:
        http.fetch("https://harbourledger.example/a")
        http.fetch("https://lamp.example/b")  # another host: no wait
        time.now += 0.5
        http.fetch("https://harbourledger.example/c")
    assert time.sleeps == [1.5]


def test_retries_back_off_exponentially_and_honour_retry_after() -> None:
    time = FakeTime()
    replies = [
        httpx.Response(500),
        httpx.Response(502),
        httpx.Response(429, headers={"Retry-After": "7"}),
    ]
    with recorded_client(time, replies, host_delay=0.0, backoff=1.0, retries=3) as http:
        assert http.fetch("https://harbourledger.example/a").status == 200
    assert time.sleeps == [1.0, 2.0, 7.0]


def test_a_failing_url_source_is_a_failure_and_the_next_source_is_read(
    site: LocalSite, client: HttpClient
) -> None:
    missing = site.url("/gone")
    good = site.page("/news/bridge", PAGE)
    items = list(iter_articles([missing, good], client=client))
    assert isinstance(items[0], Failure) and items[0].source == missing and "404" in items[0].reason
    assert isinstance(items[1], Article) and items[1].source == good
