"""One polite HTTP client for every fetch ingest makes.

Timeouts on every phase and on the whole download, retries with exponential
back-off for transient failures (connection errors, timeouts, 429 and 5xx),
a descriptive User-Agent, a delay between requests to the same host, a size
limit, and redirects followed. Every failure is a :class:`FetchError` naming
the URL; callers turn it into a failure record.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urlsplit

import httpx

from quotetrail import __version__
from quotetrail.errors import FetchError
from quotetrail.ingest.text import decode_bytes, meta_charset

USER_AGENT = f"quotetrail/{__version__} (news quotation research tool; python-httpx/{httpx.__version__})"

RETRYABLE_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A successful response, read in full."""

    url: str  # the final URL, after redirects
    status: int
    content: bytes
    media_type: str | None  # e.g. "text/html", lower-case, without parameters
    charset: str | None  # as declared by the Content-Type header

    def text(self) -> str:
        """The body decoded (BOM, UTF-8, declared charset, detection)."""
        declared = self.charset or meta_charset(self.content[:4096])
        return decode_bytes(self.content, self.url, declared=declared)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date, or nonsense: use our own back-off


class HttpClient:
    """Fetches pages politely. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self,
        *,
        timeout: float = 15.0,
        retries: int = 3,
        backoff: float = 1.0,
        max_backoff: float = 30.0,
        host_delay: float = 1.0,
        max_bytes: int = 10_000_000,
        user_agent: str = USER_AGENT,
        max_redirects: int = 5,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if retries < 0 or max_bytes <= 0 or timeout <= 0:
            raise ValueError("retries must be >= 0, and max_bytes and timeout > 0")
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.host_delay = host_delay
        self.max_bytes = max_bytes
        # A server trickling bytes never trips the read timeout; this bounds the whole download.
        self.deadline = timeout * 4
        self._sleep = sleep
        self._clock = clock
        self._last_request: dict[str, float] = {}
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=True,
            max_redirects=max_redirects,
            headers={
                "User-Agent": user_agent,
                "Accept": "text/html,application/xhtml+xml,application/xml,*/*",
            },
            transport=transport,
        )

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str) -> FetchedPage:
        """GET ``url``; raise :class:`FetchError` when it cannot be had."""
        try:
            host = urlsplit(url).hostname or ""
        except ValueError as exc:
            raise FetchError(url, f"not a valid URL ({exc})") from exc
        if not host:
            raise FetchError(url, "the URL has no host name (as in https://news.example/story)")
        attempt = 0
        while True:
            self._wait_for_host(host)
            try:
                return self._fetch_once(url)
            except _Retryable as retry:
                if attempt >= self.retries:
                    raise FetchError(url, f"{retry.reason} (after {attempt + 1} attempts)") from None
                delay = retry.wait if retry.wait is not None else self.backoff * 2**attempt
                self._sleep(min(delay, self.max_backoff))
                attempt += 1

    def _wait_for_host(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None:
            remaining = last + self.host_delay - self._clock()
            if remaining > 0:
                self._sleep(remaining)
        self._last_request[host] = self._clock()

    def _fetch_once(self, url: str) -> FetchedPage:
        started = self._clock()
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code in RETRYABLE_STATUSES:
                    raise _Retryable(_status_text(response), _retry_after(response))
                if response.status_code >= 400:
                    raise FetchError(url, _status_text(response))
                declared_length = response.headers.get("content-length", "")
                if declared_length.isdigit() and int(declared_length) > self.max_bytes:
                    raise FetchError(url, f"too large: {declared_length} bytes (limit {self.max_bytes})")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(url, f"too large: more than {self.max_bytes} bytes")
                    if self._clock() - started > self.deadline:
                        raise _Retryable(f"download took longer than {self.deadline:.0f} s", None)
                    chunks.append(chunk)
                content_type = response.headers.get("content-type", "")
                return FetchedPage(
                    url=str(response.url),
                    status=response.status_code,
                    content=b"".join(chunks),
                    media_type=content_type.split(";")[0].strip().lower() or None,
                    charset=response.charset_encoding,
                )
        except httpx.TooManyRedirects as exc:
            raise FetchError(url, f"too many redirects ({exc})") from exc
        except httpx.TimeoutException as exc:
            raise _Retryable(f"timed out ({type(exc).__name__})", None) from exc
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise FetchError(url, f"not a fetchable URL ({exc})") from exc
        except httpx.DecodingError as exc:
            raise FetchError(url, f"undecodable content encoding ({exc})") from exc
        except httpx.TransportError as exc:
            raise _Retryable(f"connection failed ({type(exc).__name__}: {exc})", None) from exc


def _status_text(response: httpx.Response) -> str:
    return f"HTTP {response.status_code} {response.reason_phrase}".rstrip()


class _Retryable(Exception):
    """A transient failure: worth another attempt after a pause."""

    def __init__(self, reason: str, wait: float | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait
