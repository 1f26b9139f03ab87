"""The output contract over the whole demo corpus and the hostile set: spans slice to their fields,
records have exactly the documented keys and types, match docs/statement.schema.json, and survive JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quotetrail.demo import DEMO_DIR, demo_sources
from quotetrail.model import Span, Statement, Target

from .contract import RECORD_KEYS, contract_problems
from .corpus import articles_of, statements_of
from .hostile import HOSTILE_TEXTS
from .schema_check import Validator, load_schema
from .spec import Extract

SOURCES = [pytest.param(path, id=str(path.relative_to(DEMO_DIR))) for path in demo_sources()]


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator(load_schema())


@pytest.mark.parametrize("source", SOURCES)
def test_demo_statements_keep_the_contract(source: Path, extract: Extract) -> None:
    for article in articles_of(source):
        statements = statements_of(article, extract)
        assert len(statements) >= 3, f"{article.source}: only {len(statements)} statements"
        problems = contract_problems(article.text, statements)
        assert not problems, f"{article.source}:\n" + "\n".join(problems)


@pytest.mark.parametrize("source", SOURCES)
def test_demo_records_match_the_schema_and_survive_json(
    source: Path, extract: Extract, validator: Validator
) -> None:
    for article in articles_of(source):
        for statement in statements_of(article, extract):
            record = statement.to_dict(article.source)
            assert set(record) == RECORD_KEYS
            errors = validator.errors(record)
            assert not errors, f"{article.source}: {errors}\n{record}"
            line = json.dumps(record, ensure_ascii=False)
            assert json.loads(line) == record
            assert Statement.from_dict(json.loads(line)).to_dict(article.source) == record


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for n, t in HOSTILE_TEXTS])
def test_hostile_statements_keep_the_contract(text: str, extract: Extract, validator: Validator) -> None:
    statements = extract(text)
    problems = contract_problems(text, statements)
    assert not problems, "\n".join(problems[:20])
    for statement in statements:
        assert not validator.errors(statement.to_dict(None)), statement.to_dict(None)


def full_record() -> dict[str, Any]:
    text = "“We will march,” said Parliament Speaker Dana Varek in a speech in Dravin."
    statement = Statement(
        kind="direct",
        quote="We will march",
        quote_spans=(Span(1, 14),),
        speaker="Parliament Speaker Dana Varek",
        speaker_span=Span(22, 51),
        speaker_name="Dana Varek",
        speaker_role="Parliament Speaker",
        speaker_type="person",
        cue="said",
        cue_span=Span(17, 21),
        targets=(Target("We", Span(1, 3), "other", name="the movement"),),
        said_on=None,
        venue="in a speech",
    )
    assert contract_problems(text, [statement]) == []
    return statement.to_dict("demo/text/example.txt")


def test_a_hand_built_record_matches_the_schema(validator: Validator) -> None:
    assert validator.errors(full_record()) == []


BROKEN: list[tuple[str, Any, Any]] = [
    ("kind", "quoted", "not one of"),
    ("speaker_type", "person?", "not one of"),
    ("quote", 42, "not of type"),
    ("quote", "", "shorter than"),
    ("quote_spans", [], "fewer than 1"),
    ("quote_spans", [[1]], "fewer than 2"),
    ("quote_spans", [[1, 2, 3]], "more than 2"),
    ("quote_spans", [[-1, 4]], "less than 0"),
    ("quote_spans", [["1", "4"]], "not of type"),
    ("quote_spans", [[True, 4]], "not of type"),
    ("speaker_span", [0], "oneOf"),
    ("said_on", "June 23", "oneOf"),
    ("said_on", 20170623, "oneOf"),
    ("targets", [{"text": "Dravin", "span": [1, 7]}], "missing required key 'label'"),
    ("targets", [{"text": "Dravin", "span": [1, 7], "label": "GPE"}], "does not match"),
    ("targets", [{"text": "Dravin", "span": [1, 7], "label": "place", "score": 1}], "unexpected key 'score'"),
    ("venue", ["speech"], "not of type"),
]


@pytest.mark.parametrize(("key", "value", "message"), BROKEN, ids=[f"{k}={v!r}" for k, v, _ in BROKEN])
def test_the_schema_rejects_broken_records(key: str, value: Any, message: str, validator: Validator) -> None:
    record = full_record() | {key: value}
    errors = validator.errors(record)
    assert any(message in e for e in errors), errors


@pytest.mark.parametrize("change", ["missing", "extra"])
def test_the_schema_fixes_the_set_of_keys(change: str, validator: Validator) -> None:
    record = full_record()
    if change == "missing":
        del record["cue_span"]
    else:
        record["confidence"] = 0.9
    assert validator.errors(record), record
