"""Store speed: statements stored per second, full-text queries with filters on a big store, peak memory.

Run: ``.venv/bin/python benchmarks/store_speed.py [--statements N] [--storage N] [--db PATH] [--rebuild]
[--json]``. Prints figures, asserts nothing.

1. Storage alone: ``Store.save_article`` on pre-built articles (8 statements each,
   one target each, speakers from a pool of 3,000 people and 200 organizations,
   named fully, by surname or with a title) into a fresh file, one transaction per
   article. Building the articles is not timed. Wall time and CPU time are both
   shown: on a shared machine the wall figure includes waiting for the CPU.
2. A big store of ``--statements`` (default 1,000,000) is generated the same way,
   through the same ``save_article``; with ``--db PATH`` an existing file is reused
   (generation takes minutes) and topped up if it holds fewer.
3. Queries: a full-text query with one to three filters (speaker, outlet, dates,
   kind, about), run once, then ``--repeat`` more times (median shown): the first
   page (50 rows, as the table shows) and the whole result (as ``--format jsonl``
   streams it).
4. Export: every statement of the big store written as JSON Lines to a temporary
   file, as ``quotetrail export`` does (rows per second, file size).
5. ``--rebuild``: time to recompute every speaker identity (what opening a v1
   store does once).

The text is fictional: invented words from syllables, a few dozen English
topic words at set frequencies (``sanctions`` in about 1% of statements).
Memory is the peak RSS of this process (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from quotetrail.model import Article, ArticleResult, Span, Statement, Target
from quotetrail.store import Store, open_store
from quotetrail.store.export import write_jsonl

STATEMENTS_PER_ARTICLE = 8
TOPIC_WORDS = {  # word -> share of statements containing it
    "sanctions": 0.01,
    "harbour": 0.03,
    "levy": 0.02,
    "ferry": 0.02,
    "strike": 0.015,
    "budget": 0.03,
    "election": 0.02,
    "tariffs": 0.005,
    "drought": 0.004,
    "embargo": 0.002,
    "referendum": 0.003,
}
COMMON = [
    "the",
    "a",
    "of",
    "to",
    "and",
    "in",
    "that",
    "we",
    "will",
    "not",
    "is",
    "are",
    "for",
    "on",
    "with",
    "this",
    "our",
    "they",
    "be",
    "it",
]
OUTLETS = [
    f"{place} {kind}"
    for place in ("Velgrad", "Port Amsel", "Osk", "Marn", "Brel")
    for kind in ("Courier", "Ledger", "Herald", "Evening Lamp", "Gazette")
]
FIRST_DAY, DAYS = date(2012, 1, 1), 9 * 365


def syllable_words(rng: random.Random, count: int, parts: tuple[int, int]) -> list[str]:
    onsets, vowels, codas = (
        ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr"],
        ["a", "e", "i", "o", "u", "ai", "ei", "ou"],
        ["n", "r", "s", "k", "l", "m", ""],
    )
    words: set[str] = set()
    while len(words) < count:
        words.add(
            "".join(
                rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)
                for _ in range(rng.randint(*parts))
            )
        )
    return sorted(words)


class Newsroom:
    """A deterministic generator of fictional articles with hand-placed statement spans."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.vocabulary = syllable_words(self.rng, 8_000, (1, 3))
        given = [w.capitalize() for w in syllable_words(self.rng, 300, (2, 2))]
        surnames = [w.capitalize() for w in syllable_words(self.rng, 600, (2, 3))]
        self.people = [(f"{self.rng.choice(given)} {self.rng.choice(surnames)}") for _ in range(3_000)]
        self.organizations = [
            f"{w.capitalize()} {k}"
            for w, k in zip(
                self.rng.sample(self.vocabulary, 200),
                self.rng.choices(["Union", "Front", "Council", "Authority", "Party"], k=200),
                strict=True,
            )
        ]
        self.entities = [(f"Port {w.capitalize()}", "place") for w in self.rng.sample(self.vocabulary, 500)]
        self.entities += [(o, "organization") for o in self.organizations]
        self.number = 0

    def quote(self) -> str:
        rng = self.rng
        words = [
            rng.choice(COMMON) if rng.random() < 0.4 else rng.choice(self.vocabulary)
            for _ in range(rng.randint(10, 24))
        ]
        for word, share in TOPIC_WORDS.items():
            if rng.random() < share:
                words.insert(rng.randrange(len(words)), word)
        return " ".join(words).capitalize()

    def speaker(self) -> tuple[str, str, str]:
        """(mention, resolved name, type)."""
        rng = self.rng
        if rng.random() < 0.12:
            org = self.organizations[min(int(rng.paretovariate(1.2)) - 1, 199)]
            return f"the {org}", org, "organization"
        person = (
            self.people[min(int(rng.paretovariate(1.1)) - 1, 2_999)]
            if rng.random() < 0.5
            else rng.choice(self.people)
        )
        surname = person.split()[-1]
        form = rng.random()
        if form < 0.7:
            return person, person, "person"
        if form < 0.9:
            return surname, surname, "person"
        return f"{rng.choice(['Ms.', 'Mr.', 'Minister', 'Speaker'])} {surname}", surname, "person"

    def article(self) -> ArticleResult:
        self.number += 1
        rng, pieces, statements, at = self.rng, [], [], 0
        for _ in range(STATEMENTS_PER_ARTICLE):
            quote = self.quote()
            entity, label = rng.choice(self.entities)
            quote = f"{quote} {entity}"
            mention, name, kind = self.speaker()
            sentence = f"\u201c{quote},\u201d {mention} said."
            q = at + 1
            s = q + len(quote) + 3
            target = Target(entity, Span(q + len(quote) - len(entity), q + len(quote)), label)
            statements.append(
                Statement(
                    kind="direct" if rng.random() < 0.7 else "indirect",
                    quote=quote,
                    quote_spans=(Span(q, q + len(quote)),),
                    speaker=mention,
                    speaker_span=Span(s, s + len(mention)),
                    speaker_name=name,
                    speaker_type=kind,  # type: ignore[arg-type]
                    targets=(target,),
                    extractor="bench.v1",
                )
            )
            pieces.append(sentence)
            at += len(sentence) + 1
        text = " ".join(pieces)
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        outlet = rng.choice(OUTLETS)
        slug = f"{outlet.lower().replace(' ', '-')}/{day.isoformat()}/{self.number}"
        article = Article(
            text=text,
            source=f"https://{slug}",
            url=f"https://news.example/{slug}",
            outlet=outlet,
            published=day,
            title=f"Report {self.number}",
        )
        return ArticleResult(article=article, statements=tuple(statements))

    def articles(self, count: int) -> Iterator[ArticleResult]:
        for _ in range(count):
            yield self.article()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def store_articles(
    store: Store, results: Iterator[ArticleResult] | list[ArticleResult]
) -> tuple[int, float, float]:
    """Save every result; return (statements, wall seconds and CPU seconds spent in save_article)."""
    statements, spent, cpu = 0, 0.0, 0.0
    for result in results:
        started, cpu_started = time.perf_counter(), time.process_time()
        store.save_article(result, extractor="bench.v1")
        spent += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
        statements += len(result.statements)
    return statements, spent, cpu


def measure_storage(statements: int) -> dict[str, Any]:
    newsroom = Newsroom(seed=11)
    prepared = list(newsroom.articles(max(1, statements // STATEMENTS_PER_ARTICLE)))
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "storage.db") as store:
        stored, spent, cpu = store_articles(store, prepared)
    return {
        "statements": stored,
        "seconds": round(spent, 2),
        "statements_per_s": round(stored / spent),
        "statements_per_cpu_s": round(stored / cpu),
    }


def fill(store: Store, target: int, newsroom: Newsroom) -> dict[str, Any]:
    have = store.counts()["statements"]
    newsroom.number = store.counts()["articles"] * 10  # new, distinct articles when topping up
    missing = max(0, target - have)
    started = time.perf_counter()
    stored, spent = 0, 0.0
    for chunk_start in range(0, missing, 100_000):
        count = min(100_000, missing - chunk_start) // STATEMENTS_PER_ARTICLE
        done, took, _cpu = store_articles(store, newsroom.articles(count))
        stored, spent = stored + done, spent + took
        print(
            f"  … {have + stored:,} statements ({stored / max(spent, 1e-9):,.0f}/s in save_article, "
            f"peak RSS {peak_rss_mb():,.0f} MB)",
            flush=True,
        )
    return {
        "statements_added": stored,
        "seconds": round(time.perf_counter() - started, 1),
        "save_statements_per_s": round(stored / spent) if spent else None,
    }


def pick_speakers(store: Store) -> list[str]:
    """People at the 50th, 90th and 99th percentile of statements, and the most quoted one."""
    sizes = sorted((r.statements, r.identity.name) for r in store.speakers() if r.identity.type == "person")
    return [sizes[int(len(sizes) * share)][1] for share in (0.5, 0.9, 0.99)] + [sizes[-1][1]]


def time_query(store: Store, kwargs: dict[str, Any], repeat: int) -> dict[str, Any]:
    def run(limit: int | None) -> tuple[int, float]:
        started = time.perf_counter()
        count = sum(1 for _ in store.quotes(**kwargs, limit=limit))
        return count, (time.perf_counter() - started) * 1000

    _, cold = run(50)
    page = [run(50)[1] for _ in range(repeat)]
    total, _ = run(None)
    whole = [run(None)[1] for _ in range(repeat)]
    return {
        "query": kwargs,
        "results": total,
        "cold_first_page_ms": round(cold, 1),
        "first_page_ms_median": round(statistics.median(page), 1),
        "first_page_ms_max": round(max(page), 1),
        "all_rows_ms_median": round(statistics.median(whole), 1),
        "all_rows_ms_max": round(max(whole), 1),
    }


def measure_queries(store: Store, repeat: int) -> list[dict[str, Any]]:
    speakers = pick_speakers(store)
    queries: list[dict[str, Any]] = [
        {"text": "sanctions", "speaker": speakers[1], "since": "2015-01-01"},
        {"text": "sanctions", "outlet": OUTLETS[3], "since": "2016-06-01"},
        {"text": "harbour levy", "since": "2014-01-01", "until": "2016-12-31"},
        {"text": "sanction*", "outlet": OUTLETS[7], "kind": "direct"},
        {"text": '"the harbour"', "speaker": speakers[3], "until": "2019-12-31"},
        {"text": "budget", "speaker": speakers[2], "outlet": OUTLETS[1]},
        {"text": "embargo", "about": "Port", "since": "2019-01-01"},
        {"text": "ferry", "about": "Union", "outlet": OUTLETS[0]},
        {"text": "the", "outlet": OUTLETS[5], "since": "2020-06-01"},  # a word in most statements
        {"text": "the", "since": "2014-01-01", "kind": "indirect"},  # the worst case: nothing narrows it
        {"text": "sanctions"},  # one filter
        {},  # no filter: the first page of everything
    ]
    return [time_query(store, q, repeat) for q in queries]


def measure_export(store: Store, folder: Path) -> dict[str, Any]:
    """Every statement as JSON Lines into a file, in stored order (what `quotetrail export` does)."""
    out = folder / "export.jsonl"
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as stream:
        rows = write_jsonl(store.quotes(order="stored"), stream)
    seconds = time.perf_counter() - started
    size = out.stat().st_size
    out.unlink()
    return {
        "rows": rows,
        "seconds": round(seconds, 1),
        "rows_per_s": round(rows / seconds),
        "mb": round(size / 2**20),
    }


def query_label(query: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v!r}" for k, v in query.items()) or "(no filter: the first page of everything)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=1_000_000, help="size of the big store")
    parser.add_argument("--storage", type=int, default=40_000, help="statements for the storage-only figure")
    parser.add_argument("--db", type=Path, help="reuse (or create) the big store here instead of a temp file")
    parser.add_argument("--repeat", type=int, default=5, help="warm runs per query")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    parser.add_argument(
        "--rebuild",
        action="store_true",
        help="also time rebuilding every speaker identity (a v1 migration does)",
    )
    args = parser.parse_args()

    report: dict[str, Any] = {"storage": measure_storage(args.storage)}
    if not args.json:
        s = report["storage"]
        print(
            f"storage alone: {s['statements']:,} statements in {s['seconds']} s = {s['statements_per_s']:,}/s "
            f"({s['statements_per_cpu_s']:,} per CPU second; the rest is waiting for the disk or the CPU)"
        )
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "big.db"
        with open_store(path) as store:
            report["fill"] = fill(store, args.statements, Newsroom(seed=3))
            report["counts"] = store.counts()
            report["file_mb"] = round(path.stat().st_size / 2**20)
            report["queries"] = measure_queries(store, args.repeat)
            report["export"] = measure_export(store, Path(folder))
            if args.rebuild:
                started = time.perf_counter()
                store.rebuild_identities()
                report["rebuild_identities_s"] = round(time.perf_counter() - started, 1)
    report["peak_rss_mb"] = round(peak_rss_mb())
    if args.json:
        print(json.dumps(report, indent=2, default=str))
        return
    print(
        f"big store: {report['counts']['statements']:,} statements, {report['counts']['articles']:,} articles, "
        f"{report['counts']['speakers']:,} speakers, {report['file_mb']:,} MB; filled in {report['fill']['seconds']} s"
    )
    print(f"{'query':<84} {'rows':>7} {'first':>7} {'page':>7} {'all':>8}  (ms; page = first 50, median)")
    for q in report["queries"]:
        print(
            f"{query_label(q['query']):<84} {q['results']:>7,} {q['cold_first_page_ms']:>7} "
            f"{q['first_page_ms_median']:>7} {q['all_rows_ms_median']:>8}"
        )
    e = report["export"]
    print(
        f"export (JSON Lines, every statement): {e['rows']:,} rows in {e['seconds']} s = "
        f"{e['rows_per_s']:,}/s, {e['mb']:,} MB"
    )
    if "rebuild_identities_s" in report:
        print(f"rebuilding every speaker identity: {report['rebuild_identities_s']} s")
    print(f"peak RSS: {report['peak_rss_mb']:,} MB")


if __name__ == "__main__":
    main()
