"""A tiny JSON Schema (draft 2020-12) validator for the keywords docs/statement.schema.json uses.

Not a general validator: an unknown keyword is an error, so the schema cannot grow a rule that
this checker would silently skip.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "statement.schema.json"

_ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description"}
_TYPES: dict[str, Callable[[Any], bool]] = {
    "null": lambda v: v is None,
    "boolean": lambda v: isinstance(v, bool),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "string": lambda v: isinstance(v, str),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


def load_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema


class Validator:
    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root

    def errors(self, value: Any, schema: dict[str, Any] | None = None, path: str = "$") -> list[str]:
        schema = self.root if schema is None else schema
        found: list[str] = []
        for keyword, rule in schema.items():
            if keyword in _ANNOTATIONS:
                continue
            check = getattr(self, "_" + keyword.lstrip("$"), None)
            if check is None:
                raise ValueError(f"schema keyword {keyword!r} at {path} is not supported by this checker")
            found.extend(check(value, rule, schema, path))
        return found

    def _ref(self, value: Any, rule: str, _: dict[str, Any], path: str) -> list[str]:
        if not rule.startswith("#/"):
            raise ValueError(f"only local $ref is supported, not {rule!r}")
        target: Any = self.root
        for part in rule[2:].split("/"):
            target = target[part]
        return self.errors(value, target, path)

    def _type(self, value: Any, rule: str | list[str], _: dict[str, Any], path: str) -> list[str]:
        names = [rule] if isinstance(rule, str) else rule
        if any(_TYPES[name](value) for name in names):
            return []
        return [f"{path}: {value!r} is not of type {' or '.join(names)}"]

    def _enum(self, value: Any, rule: list[Any], _: dict[str, Any], path: str) -> list[str]:
        return [] if value in rule else [f"{path}: {value!r} is not one of {rule}"]

    def _oneOf(self, value: Any, rule: list[dict[str, Any]], _: dict[str, Any], path: str) -> list[str]:
        passing = sum(not self.errors(value, option, path) for option in rule)
        return [] if passing == 1 else [f"{path}: {value!r} matches {passing} of the oneOf options, not 1"]

    def _required(self, value: Any, rule: list[str], _: dict[str, Any], path: str) -> list[str]:
        if not isinstance(value, dict):
            return []
        return [f"{path}: missing required key {key!r}" for key in rule if key not in value]

    def _properties(self, value: Any, rule: dict[str, Any], _: dict[str, Any], path: str) -> list[str]:
        if not isinstance(value, dict):
            return []
        found: list[str] = []
        for key, sub in rule.items():
            if key in value:
                found.extend(self.errors(value[key], sub, f"{path}.{key}"))
        return found

    def _additionalProperties(self, value: Any, rule: bool, schema: dict[str, Any], path: str) -> list[str]:
        if rule is not False or not isinstance(value, dict):
            return []
        allowed = schema.get("properties", {})
        return [f"{path}: unexpected key {key!r}" for key in value if key not in allowed]

    def _items(self, value: Any, rule: dict[str, Any], schema: dict[str, Any], path: str) -> list[str]:
        if not isinstance(value, list):
            return []
        skip = len(schema.get("prefixItems", []))
        found: list[str] = []
        for index, item in enumerate(value[skip:], start=skip):
            found.extend(self.errors(item, rule, f"{path}[{index}]"))
        return found

    def _prefixItems(self, value: Any, rule: list[dict[str, Any]], _: dict[str, Any], path: str) -> list[str]:
        if not isinstance(value, list):
            return []
        found: list[str] = []
        for index, (item, sub) in enumerate(zip(value, rule, strict=False)):
            found.extend(self.errors(item, sub, f"{path}[{index}]"))
        return found

    def _minItems(self, value: Any, rule: int, _: dict[str, Any], path: str) -> list[str]:
        bad = isinstance(value, list) and len(value) < rule
        return [f"{path}: fewer than {rule} items"] if bad else []

    def _maxItems(self, value: Any, rule: int, _: dict[str, Any], path: str) -> list[str]:
        bad = isinstance(value, list) and len(value) > rule
        return [f"{path}: more than {rule} items"] if bad else []

    def _minimum(self, value: Any, rule: int, _: dict[str, Any], path: str) -> list[str]:
        bad = _TYPES["number"](value) and value < rule
        return [f"{path}: {value!r} is less than {rule}"] if bad else []

    def _minLength(self, value: Any, rule: int, _: dict[str, Any], path: str) -> list[str]:
        bad = isinstance(value, str) and len(value) < rule
        return [f"{path}: shorter than {rule} characters"] if bad else []

    def _pattern(self, value: Any, rule: str, _: dict[str, Any], path: str) -> list[str]:
        bad = isinstance(value, str) and re.search(rule, value) is None
        return [f"{path}: {value!r} does not match {rule!r}"] if bad else []
