"""Extraction speed on PolNeAR dev: quotetrail.extract against the usual spaCy + textacy baseline.

Run: ``.venv/bin/python benchmarks/extract_speed.py [--limit N] [--dev DIR] [--json]``
(or ``make bench``). Prints figures, asserts nothing. See benchmarks/README.md.

Each side runs in its own subprocess, pinned to one CPU with every BLAS/OpenMP
pool set to one thread, so throughput and peak memory are measured apart:

- ``quotetrail``: :func:`quotetrail.extract` on each article text;
- ``baseline``: the full ``en_core_web_sm`` pipeline (lemmatizer included; the
  first package of ``quotetrail.nlp.MODEL_PACKAGES`` that is installed) and
  ``textacy.extract.direct_quotations(doc)`` over each doc.

Model loading is timed apart; both sides are then warmed up on the first
article before the timed pass over all of them. Only the extraction call is
timed (reading each file is not), and texts are read one at a time.
"""

from __future__ import annotations

import os

THREAD_VARIABLES = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "BLIS_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)
for _variable in THREAD_VARIABLES:  # before any heavy library is imported
    os.environ[_variable] = "1"

import argparse  # noqa: E402
import importlib  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import asdict, dataclass, replace  # noqa: E402
from pathlib import Path  # noqa: E402

DEFAULT_DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "polnear" / "dev"
BLIS_CHOICE = re.compile(r"libblis: selecting sub-configuration '([^']+)'")
SIDES = ("quotetrail", "baseline", "baseline-numpy")
LABELS = {
    "quotetrail": "quotetrail.extract",
    "baseline": "spaCy en_core_web_sm + textacy",
    "baseline-numpy": "  same, numpy matrix products",
}


@dataclass
class Found:
    """What one side found in one article."""

    quotes: int  # direct quotes (quotetrail: kind direct or mixed)
    statements: int  # all statements (the baseline finds direct quotes only)
    gave_up: bool = False  # textacy refuses a document with an odd number of quote marks


@dataclass
class SideResult:
    side: str
    model: str
    load_seconds: float
    articles: int
    chars: int
    seconds: float
    quotes: int
    statements: int
    gave_up: int
    peak_rss_mb: float
    cpus: list[int]
    torch_loaded: bool
    blas: str  # the BLAS libraries loaded and the kernel each runs (threadpoolctl)
    blis_configuration: str = ""  # the processor configuration thinc's BLIS chose, if it ran

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def chars_per_second(self) -> float:
        return self.chars / self.seconds if self.seconds else 0.0


def text_paths(dev: Path, limit: int | None) -> list[Path]:
    folder = dev / "text" if (dev / "text").is_dir() else dev
    paths = sorted(folder.glob("*.txt"))[:limit]
    if not paths:
        raise SystemExit(f"{folder}: no .txt files to measure on")
    return paths


def pin_to_one_cpu() -> list[int]:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        return sorted(os.sched_getaffinity(0))
    return []


def load_quotetrail() -> tuple[Callable[[str], Found], str]:
    import quotetrail
    from quotetrail import nlp

    quotetrail.extract("“The load is timed apart,” the tester said.")  # loads spaCy and the lexicons

    def run(text: str) -> Found:
        statements = quotetrail.extract(text)
        return Found(sum(s.kind in ("direct", "mixed") for s in statements), len(statements))

    return run, nlp.model_name()


def load_baseline(numpy_products: bool = False) -> tuple[Callable[[str], Found], str]:
    from textacy.extract.triples import direct_quotations  # what textacy.extract.direct_quotations is

    from quotetrail.nlp import MODEL_PACKAGES

    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()  # the full pipeline, lemmatizer included
        break
    else:
        raise SystemExit(f"none of {', '.join(MODEL_PACKAGES)} is installed")
    nlp.max_length = 5_000_000
    if numpy_products:  # for reference: the baseline given quotetrail's matrix products (quotetrail.nlp)
        from quotetrail.nlp import _multiply_with_numpy

        _multiply_with_numpy(nlp)

    def run(text: str) -> Found:
        doc = nlp(text)
        try:
            quotes = len(list(direct_quotations(doc)))
        except ValueError:
            return Found(0, 0, gave_up=True)
        return Found(quotes, quotes)

    return run, f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']} ({', '.join(nlp.pipe_names)})"


def blas_kernels() -> str:
    """The BLAS libraries this process loaded, with the processor kernel each chose.

    OpenBLAS picks its kernel from the processor unless ``OPENBLAS_CORETYPE`` names one; some
    machines set it to an older kernel for the sake of older OpenBLAS builds, which slows every
    numpy product (see benchmarks/README.md). thinc's own BLIS is linked into thinc and not listed.
    """
    from threadpoolctl import threadpool_info

    found = [
        f"{info.get('internal_api', '?')} {info.get('version') or ''} {info.get('architecture') or ''}".strip()
        for info in threadpool_info()
        if info.get("user_api") == "blas"
    ]
    return ", ".join(found) or "none listed"


def measure(side: str, dev: Path, limit: int | None) -> SideResult:
    """Run in the child process: load, warm up, time every article."""
    cpus = pin_to_one_cpu()
    started = time.perf_counter()
    run, model = load_quotetrail() if side == "quotetrail" else load_baseline(side == "baseline-numpy")
    load_seconds = time.perf_counter() - started
    paths = text_paths(dev, limit)
    run(paths[0].read_text(encoding="utf-8"))  # warm-up, not timed
    seconds = 0.0
    chars = quotes = statements = gave_up = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        started = time.perf_counter()
        found = run(text)
        seconds += time.perf_counter() - started
        chars += len(text)
        quotes += found.quotes
        statements += found.statements
        gave_up += found.gave_up
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return SideResult(
        side=side,
        model=model,
        load_seconds=load_seconds,
        articles=len(paths),
        chars=chars,
        seconds=seconds,
        quotes=quotes,
        statements=statements,
        gave_up=gave_up,
        peak_rss_mb=peak_kb / 1024,
        cpus=cpus,
        torch_loaded="torch" in sys.modules,
        blas=blas_kernels(),
    )


def run_child(side: str, dev: Path, limit: int | None) -> SideResult:
    command = [sys.executable, str(Path(__file__).resolve()), "--side", side, "--dev", str(dev)]
    if limit is not None:
        command += ["--limit", str(limit)]
    # BLIS_ARCH_DEBUG: thinc's BLIS says on stderr which configuration it chose for this processor
    env = {**os.environ, **dict.fromkeys(THREAD_VARIABLES, "1"), "BLIS_ARCH_DEBUG": "1"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the {side} side failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    result = SideResult(**json.loads(done.stdout.strip().splitlines()[-1]))
    chosen = BLIS_CHOICE.search(done.stderr)
    return replace(result, blis_configuration=chosen.group(1)) if chosen else result


def fingerprint(dev: Path) -> str:
    try:
        from quotetrail.evaluate.polnear import PolnearCorpus

        return PolnearCorpus(dev).fingerprint()
    except Exception as exc:  # not a PolNeAR split: still measure, say why there is no fingerprint
        return f"n/a ({exc})"


def report(results: dict[str, SideResult], dev: Path, limit: int | None) -> None:
    ours, base, fair = results["quotetrail"], results["baseline"], results["baseline-numpy"]
    print(f"Extraction speed on {dev.resolve()}")
    print(
        f"{ours.articles} articles, {ours.chars:,} characters"
        + (f" (--limit {limit})" if limit else "")
        + f"; corpus sha256 {fingerprint(dev)}"
    )
    print(
        f"one CPU per side (affinity {ours.cpus or 'not settable'}), BLAS/OpenMP threads 1, "
        f"Python {platform.python_version()}"
    )
    forced = os.environ.get("OPENBLAS_CORETYPE")
    print(
        f"numpy's BLAS: {ours.blas}"
        + (f" (OPENBLAS_CORETYPE={forced} is set: the kernel is forced, not chosen)" if forced else "")
    )
    blis = base.blis_configuration
    print(
        "thinc's BLIS (the baseline's products): "
        + (f"configuration '{blis}'" if blis else "did not say which configuration it chose")
        + (
            " (its slow reference kernel: it does not know this processor, so the baseline runs "
            "slower than it could; the second baseline row is the fairer comparison)"
            if blis == "generic"
            else ""
        )
    )
    print()
    header = f"{'side':32} {'load s':>7} {'articles/s':>11} {'chars/s':>10} {'quotes':>7} {'peak RSS MB':>12}"
    print(header)
    print("-" * len(header))
    for result in (ours, base, fair):
        print(
            f"{LABELS[result.side]:32} {result.load_seconds:7.2f} {result.articles_per_second:11.2f} "
            f"{result.chars_per_second:10,.0f} {result.quotes:7d} {result.peak_rss_mb:12.0f}"
        )
    print()
    ratio = ours.articles_per_second / base.articles_per_second if base.articles_per_second else float("nan")
    print(f"quotetrail / baseline throughput: {ratio:.2f}x")
    fair_ratio = (
        ours.articles_per_second / fair.articles_per_second if fair.articles_per_second else float("nan")
    )
    print(
        f"quotetrail / baseline with the same numpy matrix products: {fair_ratio:.2f}x "
        "(quotetrail uses numpy's BLAS; thinc's BLIS falls back to a slow generic kernel on processors "
        "it does not know)"
    )
    print(
        f"quotetrail: {ours.quotes} direct or mixed quotes among {ours.statements} statements ({ours.model})"
    )
    print(
        f"baseline: {base.quotes} direct quotations; textacy gave up on {base.gave_up} of {base.articles} "
        f"articles (odd number of quote marks) ({base.model})"
    )
    loaded = [LABELS[r.side].strip() for r in (ours, base, fair) if r.torch_loaded]
    print(f"torch loaded by: {', '.join(loaded) if loaded else 'neither side'}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (name order)")
    parser.add_argument(
        "--dev", type=Path, default=DEFAULT_DEV, help="PolNeAR split directory (default: dev)"
    )
    parser.add_argument("--json", action="store_true", help="print both sides' raw figures as JSON")
    parser.add_argument("--side", choices=SIDES, help=argparse.SUPPRESS)  # internal: run one side
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    if not args.dev.is_dir():
        parser.error(f"{args.dev}: PolNeAR split directory not found")
    if args.side:
        print(json.dumps(asdict(measure(args.side, args.dev, args.limit))))
        return
    results = {side: run_child(side, args.dev, args.limit) for side in SIDES}
    if args.json:
        print(json.dumps({side: asdict(result) for side, result in results.items()}, indent=2))
    else:
        report(results, args.dev, args.limit)


if __name__ == "__main__":
    main()
