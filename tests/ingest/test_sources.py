"""Paths, folders and mixed source lists: everything is read, nothing raises."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ingest_samples import BRIDGE_STORY, FERRY_STORY, LIBRARY_STORY, WarcPage, jsonl, news_page, warc_archive

from quotetrail.ingest import iter_articles
from quotetrail.ingest.sources import looks_like_article_file
from quotetrail.model import Article, Failure


def write(path: Path, content: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def test_folders_are_read_recursively_files_first_by_name_and_hidden_files_skipped(tmp_path: Path) -> None:
    write(tmp_path / "b-ferry.txt", "\n\n".join(FERRY_STORY))
    write(tmp_path / "a-pages" / "bridge.html", news_page("Bridge", BRIDGE_STORY))
    write(
        tmp_path / "a-pages" / "deeper" / "dump.jsonl",
        jsonl([{"text": LIBRARY_STORY[0]}, {"text": LIBRARY_STORY[1]}]),
    )
    write(
        tmp_path / "a-pages" / "crawl.warc.gz",
        warc_archive([WarcPage("https://lamp.example/x", news_page("X", LIBRARY_STORY).encode())], gzip=True),
    )
    write(tmp_path / ".DS_Store", b"\x00\x00\x00\x01Bud1")
    write(tmp_path / ".cache" / "old.txt", "A cached draft that must not be read.")
    sources = [item.source for item in iter_articles([str(tmp_path)])]
    assert sources == [
        f"{tmp_path}/b-ferry.txt",
        f"{tmp_path}/a-pages/bridge.html",
        f"{tmp_path}/a-pages/crawl.warc.gz#https://lamp.example/x",
        f"{tmp_path}/a-pages/deeper/dump.jsonl:1",
        f"{tmp_path}/a-pages/deeper/dump.jsonl:2",
    ]


@pytest.mark.parametrize(
    ("name", "taken"),
    [
        ("story.txt", True),
        ("story.text", True),
        ("page.html", True),
        ("PAGE.HTM", True),
        ("page.xhtml", True),
        ("feed.xml", True),
        ("feed.rss", True),
        ("feed.atom", True),
        ("dump.jsonl", True),
        ("dump.ndjson", True),
        ("crawl.warc", True),
        ("CC-NEWS-20240202.warc.gz", True),
        ("story", True),  # no extension: read by its content
        ("council-report-2024.03.05", True),  # a date is not an extension
        ("README.md", False),
        ("__init__.py", False),
        ("photo.jpg", False),
        ("notes.txt.gz", False),
        ("story.txt~", False),
        ("page.html.bak", False),
        (".story.txt", False),
    ],
)
def test_a_folder_walk_takes_files_named_like_news(tmp_path: Path, name: str, taken: bool) -> None:
    write(tmp_path / name, "\n\n".join(FERRY_STORY))
    assert looks_like_article_file(name) is taken
    items = list(iter_articles([str(tmp_path)]))
    assert [item.source for item in items if isinstance(item, Article)] == (
        [str(tmp_path / name)] if taken else []
    )


def test_a_folder_of_news_among_other_files_yields_only_the_news(tmp_path: Path) -> None:
    write(tmp_path / "README.md", "# Harbour Ledger archive\n\nHow this folder is organised.")
    write(tmp_path / "__init__.py", "")
    write(tmp_path / "logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64))
    write(tmp_path / "ferry.txt", "\n\n".join(FERRY_STORY))
    write(tmp_path / "pages" / "bridge.html", news_page("Bridge", BRIDGE_STORY))
    write(tmp_path / "pages" / "notes.docx", b"PK\x03\x04 a word-processor file")
    write(tmp_path / ".git" / "HEAD", "ref: refs/heads/main")
    items = list(iter_articles([str(tmp_path)]))
    assert [(type(item), item.source) for item in items] == [
        (Article, f"{tmp_path}/ferry.txt"),
        (Article, f"{tmp_path}/pages/bridge.html"),
    ]


def test_files_named_as_sources_are_read_whatever_their_name(tmp_path: Path) -> None:
    notes = write(tmp_path / "notes.md", "\n\n".join(LIBRARY_STORY))
    page = write(tmp_path / "saved-page.aspx", news_page("Bridge", BRIDGE_STORY))
    items = list(iter_articles([str(notes), str(page)]))
    assert [type(item) for item in items] == [Article, Article]
    assert isinstance(items[1], Article) and items[1].title == "Bridge"  # still sniffed as HTML


def test_a_folder_with_nothing_named_like_news_says_what_it_passed_over(tmp_path: Path) -> None:
    write(tmp_path / "README.md", "# Notes")
    write(tmp_path / "photo.jpg", b"\xff\xd8\xff")
    write(tmp_path / ".DS_Store", b"\x00\x00\x00\x01Bud1")
    (failure,) = iter_articles([str(tmp_path)])
    assert isinstance(failure, Failure) and failure.source == str(tmp_path)
    assert failure.reason.startswith("folder holds no files named like articles (.txt, .html")
    assert failure.reason.endswith("(2 other files passed over)")


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (
            "ftp://harbourledger.example/news.txt",
            "the ftp:// scheme is not supported: only http:// and https://",
        ),
        ("file:///srv/news/bridge.html", "the file:// scheme is not supported: only http:// and https://"),
        ("http://", "the URL has no host name"),
        ("https://", "the URL has no host name"),
        ("HTTPS:///news/bridge", "the URL has no host name"),
        ("http://:8080/news", "the URL has no host name"),
    ],
)
def test_urls_that_cannot_be_fetched_say_why(source: str, reason: str) -> None:
    (failure,) = iter_articles([source])
    assert isinstance(failure, Failure) and failure.source == source
    assert failure.reason.startswith(reason)
    assert "no such file" not in failure.reason and "missing an 'http://'" not in failure.reason


def test_a_text_file_is_one_article_with_its_text_exactly_as_written(tmp_path: Path) -> None:
    text = "  \u201cWe will not close the harbour,\u201d the mayor said.\r\n\r\nShe added more later.\n"
    path = write(tmp_path / "harbour.txt", text)
    (article,) = iter_articles([str(path)])
    assert isinstance(article, Article)
    assert article.text == text  # offsets index into exactly this
    assert (article.source, article.url, article.title) == (str(path), None, None)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x00\x01\x02\x03" * 100, "not text"),
        (bytes(range(128, 256)) * 40, "cannot decode"),
    ],
    ids=["empty", "blank", "binary", "undecodable"],
)
def test_unreadable_files_are_failures_and_the_good_files_around_them_kept(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    write(tmp_path / "1.txt", "\n".join(FERRY_STORY))
    bad = write(tmp_path / "2.txt", content)
    write(tmp_path / "3.txt", "\n".join(LIBRARY_STORY))
    items = list(iter_articles([str(tmp_path)]))
    assert [type(item) for item in items] == [Article, Failure, Article]
    assert items[1].source == str(bad)
    assert reason in items[1].reason
    assert items[1].stage == "ingest"


def test_missing_paths_and_empty_folders_are_failures(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    items = list(iter_articles([str(tmp_path / "nowhere.txt"), str(tmp_path / "empty")]))
    assert [(type(i), i.source) for i in items] == [
        (Failure, str(tmp_path / "nowhere.txt")),
        (Failure, str(tmp_path / "empty")),
    ]
    assert "no such file" in items[0].reason
    assert "no files" in items[1].reason


def test_an_unreadable_file_is_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = write(tmp_path / "locked.txt", "The council met.")
    write(tmp_path / "open.txt", "The council met again.")
    real_open = Path.open

    def guarded_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    items = list(iter_articles([str(tmp_path)]))
    assert [type(item) for item in items] == [Failure, Article]
    assert items[0].source == str(locked)
    assert items[0].reason == "cannot read: Permission denied"


def test_a_gzip_file_that_is_not_an_archive_is_a_failure(tmp_path: Path) -> None:
    import gzip

    path = write(tmp_path / "notes.txt.gz", gzip.compress(b"The council met."))
    (failure,) = iter_articles([str(path)])
    assert isinstance(failure, Failure) and "not a WARC" in failure.reason


def test_an_unexpected_error_in_a_reader_is_a_failure_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_reader(*args: object, **kwargs: object) -> Article:
        raise RuntimeError("parser exploded")

    monkeypatch.setattr("quotetrail.ingest.sources.article_from_html", broken_reader)
    page = write(tmp_path / "a.html", news_page("Bridge", BRIDGE_STORY))
    text = write(tmp_path / "b.txt", "\n".join(FERRY_STORY))
    items = list(iter_articles([str(page), str(text)]))
    assert isinstance(items[0], Failure) and "RuntimeError while reading: parser exploded" in items[0].reason
    assert isinstance(items[1], Article)


def test_sources_are_read_lazily_one_at_a_time(tmp_path: Path) -> None:
    first = write(tmp_path / "1.txt", "\n".join(FERRY_STORY))
    read: list[str] = []

    def sources() -> object:
        for name in (first, tmp_path / "2.txt"):
            read.append(str(name))
            yield str(name)

    items = iter_articles(sources())  # type: ignore[arg-type]
    next(items)
    assert read == [str(first)]
