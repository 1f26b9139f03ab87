"""Ingest throughput on a generated corpus: articles per second, where the time goes, peak memory.

Run: ``.venv/bin/python benchmarks/ingest_speed.py [--count N] [--json]`` (default 10,000
articles). Prints figures, asserts nothing.

The corpus is fictional text generated here (invented towns, people and
councils), written into a temporary folder one article at a time: 70% as one
JSON Lines dump, 20% as saved HTML pages in nested folders, 10% as response
records of a WARC.gz crawl. ``quotetrail.pipeline.ingest_into_store`` then reads
the folder into a fresh store with the real extractor, exactly as
``quotetrail ingest FOLDER`` does.

Time is split three ways: extraction (``process_article``: parsing, statements,
speakers), storage (the store calls: look-ups, saves, failures) and reading (the
rest: walking, decoding, HTML extraction, WARC parsing). Memory is the process's
peak RSS (``ru_maxrss``), with the resident size sampled every 1,000 articles so
growth shows. BLAS/OpenMP pools are set to one thread before anything heavy loads.
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[_variable] = "1"  # before any heavy library is imported

import argparse  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from dataclasses import asdict, dataclass, field  # noqa: E402
from html import escape  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

SHARES = {"jsonl": 0.7, "html": 0.2, "warc": 0.1}
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")

TOWNS = ("Brindlewick", "Quillmouth", "Eastmere", "Saltmarsh", "Harrowgate End", "Lantern Cross", "Fenwold")
GIVEN = ("Tamsin", "Bartholomew", "Imelda", "Rosalind", "Cormac", "Parveen", "Anselm", "Odile", "Lorcan")
FAMILY = ("Okonedo-Vale", "Quist", "Sarrow", "Achterberg", "Delahunty", "Tregarthen", "Farrant", "Mbeki-Rowe")
ROLES = ("the mayor", "a council engineer", "the harbour master", "a shopkeeper", "the head librarian")
TOPICS = ("the footbridge", "the ferry timetable", "the library hours", "the harbour wall", "the tram line")
OUTLETS = ("The Harbour Ledger", "Quillmouth Courier", "Eastmere Evening Lamp", "Fenwold Gazette")
CUES = ("said", "told reporters", "added", "warned", "insisted")


def generated_article(number: int, rng: random.Random) -> dict[str, str]:
    """One fictional article of five to nine paragraphs; ``number`` makes it unique."""
    town, topic = rng.choice(TOWNS), rng.choice(TOPICS)
    people = [f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}" for _ in range(3)]
    paragraphs = [
        f"The {town} council voted on Tuesday to review {topic}, report {number} of the season, "
        f"after a winter of complaints from residents of the east quarter."
    ]
    for _ in range(rng.randint(4, 8)):
        speaker, role, cue = rng.choice(people), rng.choice(ROLES), rng.choice(CUES)
        shape = rng.randrange(3)
        if shape == 0:
            paragraphs.append(
                f"\u201cWe owe the people of {town} a straight answer about {topic} by spring,\u201d "
                f"{cue} {speaker}, {role}."
            )
        elif shape == 1:
            paragraphs.append(
                f"{speaker}, {role}, {cue} that the review would cost about {rng.randint(2, 90)} thousand "
                f"crowns and take at least {rng.randint(2, 11)} months."
            )
        else:
            paragraphs.append(
                f"Opponents gathered outside the town hall on {rng.choice(('Monday', 'Friday'))}, where "
                f"{speaker} read out a letter signed by {rng.randint(100, 9000)} residents."
            )
    return {
        "title": f"{town} to review {topic} ({number})",
        "text": "\n\n".join(paragraphs),
        "outlet": rng.choice(OUTLETS),
        "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "url": f"https://news.example/{town.lower().replace(' ', '-')}/{number}",
    }


def html_page(article: dict[str, str]) -> bytes:
    paragraphs = "".join(f"<p>{escape(p, quote=False)}</p>" for p in article["text"].split("\n\n"))
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(article['title'])}</title>"
        f'<meta property="og:site_name" content="{escape(article["outlet"])}">'
        f'<meta property="article:published_time" content="{article["published"]}">'
        f'<link rel="canonical" href="{article["url"]}"></head><body>'
        f"<nav>Home | News | Sport | Weather | Subscribe</nav><article><h1>{escape(article['title'])}</h1>"
        f"{paragraphs}</article><footer>Copyright {escape(article['outlet'])}. Cookie settings.</footer>"
        f"</body></html>"
    ).encode()


def write_corpus(folder: Path, count: int, seed: int = 1) -> dict[str, int]:
    """Write ``count`` articles into ``folder``, one at a time; return how many of each kind."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    kinds = {"jsonl": 0, "html": 0, "warc": 0}
    with (
        (folder / "dump.jsonl").open("w", encoding="utf-8") as dump,
        (folder / "crawl.warc.gz").open("wb") as crawl,
    ):
        writer = WARCWriter(crawl, gzip=True)
        for number in range(count):
            article = generated_article(number, rng)
            kind = rng.choices(list(SHARES), weights=list(SHARES.values()))[0]
            kinds[kind] += 1
            if kind == "jsonl":
                dump.write(json.dumps(article, ensure_ascii=False) + "\n")
            elif kind == "html":
                page = folder / "pages" / f"{number % 50:02d}" / f"{number}.html"
                page.parent.mkdir(parents=True, exist_ok=True)
                page.write_bytes(html_page(article))
            else:
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1"
                )
                record = writer.create_warc_record(
                    article["url"], "response", payload=io.BytesIO(html_page(article)), http_headers=headers
                )
                writer.write_record(record)
    return kinds


def resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE_SIZE / 1e6


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # KiB on Linux


@dataclass
class Timings:
    extraction: float = 0.0
    storage: float = 0.0


class TimedStore:
    """Passes every call to the store, adding its duration to ``timings.storage``."""

    def __init__(self, store: Any, timings: Timings) -> None:
        self._store = store
        self._timings = timings

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._store, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self._timings.storage += time.perf_counter() - started

        return timed


@dataclass
class Figures:
    articles_asked: int
    kinds: dict[str, int]
    corpus_mb: float
    articles: int
    statements: int
    skipped: int
    failures: int
    model_load_s: float
    wall_s: float
    articles_per_s: float
    extraction_share: float
    storage_share: float
    reading_share: float
    peak_rss_mb: float
    rss_samples_mb: list[float] = field(default_factory=list)
    python: str = platform.python_version()
    cpus: int = os.cpu_count() or 0
    load_average: float = 0.0  # 1-minute load at the end: other work on the machine slows the figures


def measure(count: int, workdir: Path) -> Figures:
    from quotetrail import nlp
    from quotetrail.model import Article, ArticleResult
    from quotetrail.pipeline import IngestSummary, ingest_into_store, process_article
    from quotetrail.store import open_store

    corpus = workdir / "corpus"
    corpus.mkdir()
    kinds = write_corpus(corpus, count)
    corpus_mb = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file()) / 1e6

    started = time.perf_counter()
    nlp.load()
    process_article(Article(text="\u201cThe bridge will reopen,\u201d the mayor said.", source="warm-up"))
    model_load_s = time.perf_counter() - started

    timings = Timings()
    samples: list[float] = []

    def timed_extract(article: Article) -> ArticleResult:
        began = time.perf_counter()
        try:
            return process_article(article)
        finally:
            timings.extraction += time.perf_counter() - began

    def sample(summary: IngestSummary) -> None:
        done = summary.articles + summary.skipped + summary.failures
        if done and done % 1000 == 0 and len(samples) < done // 1000:
            samples.append(round(resident_mb(), 1))

    with open_store(workdir / "bench.db") as store:
        began = time.perf_counter()
        summary = ingest_into_store(
            [str(corpus)], TimedStore(store, timings), extract=timed_extract, progress=sample
        )  # type: ignore[arg-type]
        wall = time.perf_counter() - began
    return Figures(
        articles_asked=count,
        kinds=kinds,
        corpus_mb=round(corpus_mb, 1),
        articles=summary.articles,
        statements=summary.statements,
        skipped=summary.skipped,
        failures=summary.failures,
        model_load_s=round(model_load_s, 2),
        wall_s=round(wall, 1),
        articles_per_s=round(summary.articles / wall, 1) if wall else 0.0,
        extraction_share=round(timings.extraction / wall, 3),
        storage_share=round(timings.storage / wall, 3),
        reading_share=round(1 - (timings.extraction + timings.storage) / wall, 3),
        peak_rss_mb=round(peak_rss_mb(), 1),
        rss_samples_mb=samples,
        load_average=round(os.getloadavg()[0], 2),
    )


def report(figures: Figures) -> str:
    kinds = ", ".join(f"{n:,} {kind}" for kind, n in figures.kinds.items())
    return "\n".join(
        [
            f"corpus       {figures.articles_asked:,} generated articles ({kinds}), {figures.corpus_mb} MB",
            f"stored       {figures.articles:,} articles, {figures.statements:,} statements, "
            f"{figures.skipped:,} skipped, {figures.failures:,} failures",
            f"model load   {figures.model_load_s} s (not counted below)",
            f"wall time    {figures.wall_s} s",
            f"throughput   {figures.articles_per_s} articles/s",
            f"time share   extraction {figures.extraction_share:.1%} · storage {figures.storage_share:.1%}"
            f" · reading {figures.reading_share:.1%}",
            f"peak RSS     {figures.peak_rss_mb} MB",
            f"RSS every 1,000 articles (MB): {' '.join(str(s) for s in figures.rss_samples_mb)}",
            f"python {figures.python} · {figures.cpus} CPUs · load average {figures.load_average} at the end",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=10_000, help="articles to generate (default 10,000)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="quotetrail-ingest-bench-") as workdir:
        figures = measure(args.count, Path(workdir))
    print(json.dumps(asdict(figures), indent=2) if args.json else report(figures))


if __name__ == "__main__":
    main()
