"""Declared schemas for writer-edited YAML, validated with line and column.

A schema is declared once, with a description per field (``docs/editing.md``
documents each, which a test checks); the same declaration validates files
and reports every problem at once. YAML is composed with the safe loader's
resolver and then checked node by node, so:

* anchors and aliases are refused (no alias bombs), and so are tags other
  than YAML's plain ones (no ``!!python/object``);
* duplicate keys and unknown keys are errors ("did you mean ...?");
* every error points at the line and column of the offending value.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from typing import Any

import yaml

from ..errors import Problem

MAX_BYTES = 1_000_000
_PLAIN_TAGS = {
    "tag:yaml.org,2002:" + t
    for t in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
}
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,199}$")


@dataclass(frozen=True)
class Field:
    """One key of a mapping: its value's kind and what it means."""

    name: str
    kind: str  # str | text | int | number | bool | date | url | slug | choice | list | map
    description: str
    required: bool = False
    choices: tuple[str, ...] = ()
    items: Field | Schema | None = None  # list items
    schema: Schema | None = None  # nested mapping


@dataclass(frozen=True)
class Schema:
    """A mapping with declared keys."""

    name: str
    description: str
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


class Validator:
    """Validates one file; collects problems instead of stopping at the first."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def error(self, node: yaml.Node | None, where: str, message: str) -> None:
        self.at(node.start_mark if node else None, f"{where}: {message}" if where else message)

    # -- loading --------------------------------------------------------------
    def compose(self, text: str) -> yaml.Node | None:
        """The file's node tree, or None (problems said) if it cannot be used."""
        if len(text.encode("utf-8")) > MAX_BYTES:
            self.error(None, "", f"file is larger than {MAX_BYTES:,} bytes; split it up")
            return None
        try:
            refused = False
            for event in yaml.parse(text, Loader=yaml.SafeLoader):
                if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                    self.at(
                        event.start_mark,
                        "anchors and aliases (&name, *name) are not allowed; write the value out",
                    )
                    return None
                tag = getattr(event, "tag", None)  # given in the file (!!python/object, !x)
                if tag is not None and tag not in _PLAIN_TAGS:
                    self.at(event.start_mark, f"tag {tag!r} is not allowed; write a plain value")
                    refused = True
            return None if refused else yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as error:
            context = f" ({error.context})" if error.context else ""
            message = f"YAML syntax error: {error.problem or error}{context}"
            self.at(error.problem_mark or error.context_mark, message)
        except yaml.YAMLError as error:
            self.problems.append(Problem(self.path, f"YAML error: {error}"))
        return None

    def at(self, mark: Any, message: str) -> None:
        line = mark.line + 1 if mark else None
        self.problems.append(Problem(self.path, message, line, mark.column + 1 if mark else None))

    # -- checking ---------------------------------------------------------------
    def mapping(self, node: yaml.Node, schema: Schema, where: str) -> dict[str, Any] | None:
        if not isinstance(node, yaml.MappingNode):
            self.error(
                node,
                where or schema.name,
                f"expected a mapping of keys ({_keys(schema)}); got {_describe(node)}",
            )
            return None
        out: dict[str, Any] = {}
        seen: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if not self.plain(key_node, where):
                continue
            key = key_node.value
            path = f"{where}.{key}" if where else key
            if key in seen:
                self.error(
                    key_node,
                    path,
                    f"duplicate key (first at line {seen[key].start_mark.line + 1}); keep one",
                )
                continue
            seen[key] = key_node
            spec = schema.field(key)
            if spec is None:
                names = [f.name for f in schema.fields]
                close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
                hint = (
                    f"; did you mean '{close[0]}'?" if close else f"; allowed: {', '.join(names)}"
                )
                self.error(key_node, path, f"unknown key '{key}'{hint}")
                continue
            value = self.value(value_node, spec, path)
            if value is not _INVALID:
                out[key] = value
        for spec in schema.fields:
            if spec.required and spec.name not in seen:
                self.error(
                    node,
                    f"{where}.{spec.name}" if where else spec.name,
                    f"required: {spec.description}",
                )
        return out

    def plain(self, node: yaml.Node, where: str) -> bool:
        if node.tag not in _PLAIN_TAGS:
            self.error(node, where, f"tag {node.tag!r} is not allowed; write a plain value")
            return False
        return True

    def value(self, node: yaml.Node, spec: Field | Schema, where: str) -> Any:
        if not self.plain(node, where):
            return _INVALID
        if isinstance(spec, Schema):
            result = self.mapping(node, spec, where)
            return _INVALID if result is None else result
        if spec.kind == "map" and spec.schema is not None:
            result = self.mapping(node, spec.schema, where)
            return _INVALID if result is None else result
        if spec.kind == "list":
            if (
                isinstance(node, yaml.ScalarNode)
                and isinstance(spec.items, Field)
                and spec.items.kind in ("str", "slug")
                and node.tag.endswith(":str")
            ):
                node = yaml.SequenceNode(
                    "tag:yaml.org,2002:seq", [node], node.start_mark, node.end_mark
                )
            if not isinstance(node, yaml.SequenceNode):
                self.error(node, where, f"expected a list; got {_describe(node)}")
                return _INVALID
            items = []
            for index, item in enumerate(node.value):
                assert spec.items is not None
                value = self.value(item, spec.items, f"{where}[{index}]")
                if value is not _INVALID:
                    items.append(value)
            return items
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, where, f"expected {_expected(spec)}; got {_describe(node)}")
            return _INVALID
        return self.scalar(node, spec, where)

    def scalar(self, node: yaml.ScalarNode, spec: Field, where: str) -> Any:
        raw = node.value
        tag = node.tag.rsplit(":", 1)[-1]
        kind = spec.kind
        if kind in ("str", "text", "slug", "url", "choice"):
            if tag not in ("str", "int", "float", "timestamp") or (
                tag == "str" and not raw.strip() and spec.required
            ):
                self.error(node, where, f"expected {_expected(spec)}; got {_describe(node)}")
                return _INVALID
            text = raw.strip() if kind != "text" else raw
            if kind == "choice" and text not in spec.choices:
                close = difflib.get_close_matches(text, spec.choices, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.error(
                    node, where, f"expected one of {', '.join(spec.choices)}; got {text!r}{hint}"
                )
                return _INVALID
            if kind == "slug" and not SLUG.match(text):
                self.error(
                    node,
                    where,
                    f"expected an id (lowercase letters, digits and hyphens); got {text!r}",
                )
                return _INVALID
            if kind == "url" and not re.match(r"^https?://[^\s<>\"']+$", text):
                self.error(node, where, f"expected an http(s) URL; got {text!r}")
                return _INVALID
            return text
        if kind == "bool":
            if tag != "bool":
                self.error(node, where, f"expected true or false; got {raw!r}")
                return _INVALID
            return raw.lower() in ("true", "yes", "on")
        if kind in ("int", "number"):
            try:
                number = float(raw.replace("_", "").replace(",", "")) if tag != "bool" else None
            except ValueError:
                number = None
            if number is None or (kind == "int" and not number.is_integer()):
                self.error(node, where, f"expected {_expected(spec)}; got {raw!r}")
                return _INVALID
            return int(number) if kind == "int" or number.is_integer() else number
        if kind == "date":
            try:
                return dt.date.fromisoformat(raw.strip()[:10]).isoformat()
            except ValueError:
                self.error(node, where, f"expected a date as YYYY-MM-DD; got {raw!r}")
                return _INVALID
        raise AssertionError(f"unknown field kind {kind}")


_INVALID = object()


def _keys(schema: Schema) -> str:
    return ", ".join(f.name for f in schema.fields)


def _expected(spec: Field) -> str:
    return {
        "str": "a string",
        "text": "text",
        "int": "a whole number",
        "number": "a number",
        "bool": "true or false",
        "date": "a date YYYY-MM-DD",
        "url": "an http(s) URL",
        "slug": "an id",
        "choice": "one of " + ", ".join(spec.choices),
    }.get(spec.kind, spec.kind)


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    tag = node.tag.rsplit(":", 1)[-1]
    if tag == "null":
        return "nothing (null)"
    return f"{node.value!r}"
