"""A killed ingest loses at most the article in flight; running it again completes the store.

A real ``python -m quotetrail ingest`` process is killed with SIGKILL once it
has stored some articles, then the same command is run again.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from ingest_samples import generated_article, jsonl

from quotetrail.store import open_store

ARTICLES = 250
KILL_AFTER = 15  # stored articles


def stored_articles(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0  # the schema is still being created


@pytest.mark.slow
def test_a_killed_ingest_carries_on_where_it_stopped_and_stores_nothing_twice(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(jsonl(generated_article(n) for n in range(ARTICLES)))
    db = tmp_path / "news.db"
    command = [sys.executable, "-m", "quotetrail", "ingest", str(corpus), "--db", str(db), "--quiet"]

    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 45
        while stored_articles(db) < KILL_AFTER:
            assert process.poll() is None, (
                f"ingest ended before it could be killed: {process.stderr.read()!r}"
            )  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "ingest stored too few articles in 45 s"
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    after_kill = stored_articles(db)
    assert KILL_AFTER <= after_kill < ARTICLES, f"{after_kill} articles stored when killed"

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr

    with open_store(db, create=False) as store:
        assert store.counts()["articles"] == ARTICLES
        assert store.counts()["failures"] == 0
        sources = sorted(stored.article.source for stored in store.articles())
    assert sources == sorted(f"{corpus}:{n + 1}" for n in range(ARTICLES))
    with sqlite3.connect(db) as conn:
        (hashes,) = conn.execute("SELECT COUNT(DISTINCT content_hash) FROM articles").fetchone()
    assert hashes == ARTICLES
