"""Build the demo web archive, src/quotetrail/demo/archive.warc.gz, from the saved pages in warc_src/.

The archive looks like a small news crawl: a warcinfo record, the site's robots.txt, and for each
page a request record followed by its HTML response record. The output is deterministic: record ids
are UUIDv5 values derived from the URL, dates are fixed, and gzip members carry no timestamp, so
rebuilding produces the same bytes (tests/demo checks this).

    python scripts/build_demo_warc.py [--src DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DEMO_DIR = Path(__file__).resolve().parent.parent / "src" / "quotetrail" / "demo"
CRAWL_START = datetime(2017, 7, 14, 2, 0, 0, tzinfo=UTC)
RECORD_NAMESPACE = uuid.UUID("6f1d3c4e-9b7a-4d2e-8c1f-0a5b6c7d8e9f")
USER_AGENT = "quotetrail-demo-crawler/1.0 (+https://quotetrail.example/demo)"
SERVER = "nginx"
ROBOTS_URL = "https://portselmgazette.example/robots.txt"
ROBOTS_TXT = b"User-agent: *\nDisallow: /admin/\nDisallow: /search\n"
CANONICAL = re.compile(r'<link\s+rel="canonical"\s+href="([^"]+)"', re.IGNORECASE)


def record_id(kind: str, url: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(RECORD_NAMESPACE, kind + ' ' + url)}>"


def warc_date(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def http_date(when: datetime) -> str:
    return when.strftime("%a, %d %b %Y %H:%M:%S GMT")


def canonical_url(page: Path) -> str:
    match = CANONICAL.search(page.read_text(encoding="utf-8"))
    if match is None:
        raise SystemExit(f'{page}: no <link rel="canonical"> to use as the record\'s target URI')
    return match.group(1)


def crawl_plan(src: Path) -> Iterator[tuple[str, bytes, str, datetime]]:
    """(url, body, content type, fetch time) for each record to write, in crawl order."""
    when = CRAWL_START
    yield ROBOTS_URL, ROBOTS_TXT, "text/plain", when
    for page in sorted(src.glob("*.html")):
        when += timedelta(seconds=41)
        yield canonical_url(page), page.read_bytes(), "text/html; charset=utf-8", when


def write_exchange(writer: WARCWriter, url: str, body: bytes, content_type: str, when: datetime) -> None:
    path = "/" + url.split("/", 3)[3]
    host = url.split("/")[2]
    request_headers = StatusAndHeaders(
        f"GET {path} HTTP/1.1",
        [("Host", host), ("User-Agent", USER_AGENT), ("Accept", "text/html,*/*;q=0.8")],
        is_http_request=True,
    )
    request = writer.create_warc_record(
        url,
        "request",
        payload=io.BytesIO(b""),
        http_headers=request_headers,
        warc_headers_dict={"WARC-Record-ID": record_id("request", url), "WARC-Date": warc_date(when)},
    )
    response_headers = StatusAndHeaders(
        "200 OK",
        [
            ("Date", http_date(when)),
            ("Server", SERVER),
            ("Content-Type", content_type),
            ("Content-Length", str(len(body))),
        ],
        protocol="HTTP/1.1",
    )
    response = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=response_headers,
        warc_headers_dict={"WARC-Record-ID": record_id("response", url), "WARC-Date": warc_date(when)},
    )
    request.rec_headers.add_header("WARC-Concurrent-To", record_id("response", url))
    writer.write_record(request)
    writer.write_record(response)


def build(src: Path, out: Path) -> int:
    """Write the archive; returns the number of HTML pages archived."""
    pages = 0
    with out.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        info = writer.create_warcinfo_record(
            out.name,
            {
                "software": "quotetrail scripts/build_demo_warc.py (warcio)",
                "format": "WARC File Format 1.0",
                "description": "Fictional Port Selm Gazette pages for the quotetrail demo corpus",
                "robots": "obey",
            },
        )
        info.rec_headers.replace_header("WARC-Record-ID", record_id("warcinfo", out.name))
        info.rec_headers.replace_header("WARC-Date", warc_date(CRAWL_START))
        writer.write_record(info)
        for url, body, content_type, when in crawl_plan(src):
            write_exchange(writer, url, body, content_type, when)
            pages += content_type.startswith("text/html")
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=DEMO_DIR / "warc_src", help="folder of saved .html pages")
    parser.add_argument("--out", type=Path, default=DEMO_DIR / "archive.warc.gz", help="archive to write")
    args = parser.parse_args(argv)
    pages = build(args.src, args.out)
    print(f"wrote {args.out} ({pages} HTML pages)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
