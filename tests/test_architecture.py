"""The data flows one way: each stage is a package that imports only the core and itself.

ingest → extraction → resolve → store, with evaluate beside them; only ``quotetrail.pipeline``
(and the CLI on top of it) knows the order. A stage may use the shared core (``model``,
``errors``, ``resources``) and, for the stages that parse, ``nlp``. The store and the store
commands must stay free of spaCy, so that ``quotetrail quotes …`` answers at once.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "quotetrail"
STAGES = ("ingest", "extraction", "resolve", "store", "evaluate")
CORE = {"quotetrail.model", "quotetrail.errors", "quotetrail.resources"}
PARSING_STAGES = {"extraction": {"quotetrail.nlp"}, "resolve": {"quotetrail.nlp"}}
# Known links, each with its reason. Remove a line when the link goes.
ALLOWED = {
    # The store matches speaker names across articles with the resolve stage's pure name rules
    # (no spaCy), imported lazily inside open_store when the caller gives none.
    ("store", "quotetrail.resolve"),
    # The HTTP client names quotetrail and its version in its User-Agent.
    ("ingest", "quotetrail.__version__"),
    # The evaluation scores the public quotetrail.extract by default (imported when it runs).
    ("evaluate", "quotetrail"),
}
SPACY_FREE = ("store", "cli/store_cmds.py", "cli/options.py")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module != "quotetrail":  # "from quotetrail import nlp" imports quotetrail.nlp
                found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _stage_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "quotetrail" and parts[1] in STAGES else None


def _violations(stage: str) -> list[str]:
    allowed = CORE | PARSING_STAGES.get(stage, set())
    out = []
    for path in sorted((PACKAGE / stage).rglob("*.py")):
        for module in sorted(_imports(path)):
            if not module.startswith("quotetrail"):
                continue
            if _stage_of(module) == stage or any(module == a or module.startswith(a + ".") for a in allowed):
                continue
            if (stage, module) in ALLOWED or any(
                s == stage and m != "quotetrail" and module.startswith(m + ".") for s, m in ALLOWED
            ):
                continue
            if module.split(".")[:2] == ["quotetrail", "resources"]:
                continue
            out.append(f"{path.relative_to(PACKAGE)} imports {module}")
    return out


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_only_the_core_and_itself(stage: str) -> None:
    assert _violations(stage) == []


@pytest.mark.parametrize("where", SPACY_FREE)
def test_the_store_side_never_imports_spacy(where: str) -> None:
    target = PACKAGE / where
    paths = sorted(target.rglob("*.py")) if target.is_dir() else [target]
    offending = [
        f"{p.relative_to(PACKAGE)} imports {m}"
        for p in paths
        for m in sorted(_imports(p))
        if m.split(".")[0] in ("spacy", "thinc") or m in ("quotetrail.nlp", "quotetrail.extraction")
    ]
    assert offending == []


def test_only_the_pipeline_and_the_cli_compose_the_stages() -> None:
    composers = []
    for path in sorted(PACKAGE.glob("*.py")):
        stages = {s for m in _imports(path) if (s := _stage_of(m)) is not None}
        if len(stages) >= 2:
            composers.append(path.name)
    assert composers == ["pipeline.py"]
