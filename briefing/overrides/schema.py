"""Declared schemas for writer-edited YAML, validated with line and column.

A schema is declared once, with a description per field (``docs/editing.md``
documents each, which a test checks); the same declaration validates files
and reports every problem at once. YAML is composed with the safe loader's
resolver and then checked node by node, so:

* anchors and aliases are refused (no alias bombs), and so are tags other
  than YAML's plain ones (no ``!!python/object``);
* duplicate keys and unknown keys are errors ("did you mean ...?");
* every error points at the line and column of the offending value;
* scalars are read as YAML 1.2 reads them (:func:`resolve`), the YAML of
  editors and of JSON Schema validators: ``yes`` is a string, ``1e9`` a
  number; a number must be finite.

``json_schema.py`` writes the same declarations as a JSON Schema.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
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
URL = re.compile(r"""^https?://[^\s<>"]+$""")  # (an apostrophe is allowed: "nauru's-ban")
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
LARGEST = 1.7976931348623157e308  # the largest finite number of JSON (a double)

# YAML 1.2's core schema for plain scalars (PyYAML reads YAML 1.1, where
# `yes` is true, `1e9` a string and `2020-01-01` a date); underscores in
# numbers are allowed, as PyYAML and ruamel.yaml allow them
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^(?:[-+]?[0-9][0-9_]*|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^(?:[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
_IMPLICIT = yaml.resolver.Resolver()


def resolve(node: yaml.ScalarNode) -> str:
    """The type YAML 1.2 gives a scalar: ``null``, ``bool``, ``int``,
    ``float`` or ``str`` (a quoted or block scalar is a string; a tag written
    in the file, ``!!str 5``, is kept)."""
    tag = node.tag.rsplit(":", 1)[-1]
    explicit = node.tag != _IMPLICIT.resolve(yaml.ScalarNode, node.value, (True, False))
    if node.style is not None or explicit:
        return "str" if tag == "timestamp" else tag
    for name, pattern in (("null", _NULL), ("bool", _BOOL), ("int", _INT), ("float", _FLOAT)):
        if pattern.match(node.value):
            return name
    return "str"


def to_number(text: str) -> float:
    """A number YAML 1.2 reads (see :func:`resolve`) as a float."""
    text = text.replace("_", "")
    if text[:2] in ("0x", "0o"):
        return float(int(text, 0))
    if text.lstrip("+-").lower() in (".inf", ".nan"):
        return float(text.replace(".", ""))
    return float(text)


@dataclass(frozen=True)
class Field:
    """One key of a mapping: its value's kind and what it means."""

    name: str
    kind: str  # str | text | number | bool | date | url | slug | choice | list | map
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
            if not isinstance(key_node, yaml.ScalarNode):  # `{{ title }}: x`, `[a]: b`
                self.error(
                    key_node,
                    where or schema.name,
                    f"a key must be a plain name ({_keys(schema)}); got {_describe(key_node)}",
                )
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
                and resolve(node) == "str"
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
        found = resolve(node)
        kind = spec.kind
        if kind in ("str", "text"):
            if found in ("null", "bool") or (spec.required and not raw.strip()):
                self.error(node, where, f"expected {_expected(spec)}; got {_describe(node)}")
                return _INVALID
            return raw if kind == "text" else raw.strip()
        if kind in ("slug", "url", "choice", "date"):
            text = raw.strip()
            if found != "str":
                self.error(node, where, f"expected {_expected(spec)}; got {_describe(node)}")
                return _INVALID
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
            if kind == "url" and not URL.match(text):
                self.error(node, where, f"expected an http(s) URL; got {text!r}")
                return _INVALID
            if kind == "date":
                try:
                    if not DATE.match(text):
                        raise ValueError(text)
                    return dt.date.fromisoformat(text).isoformat()
                except ValueError:
                    self.error(node, where, f"expected a date as YYYY-MM-DD; got {raw!r}")
                    return _INVALID
            return text
        if kind == "bool":
            if found != "bool":
                self.error(node, where, f"expected true or false; got {raw!r}")
                return _INVALID
            return raw.lower() == "true"
        if kind == "number":
            return self.number(node, found, where)
        if kind == "int":
            number = self.number(node, found, where)
            if number is not _INVALID and not isinstance(number, int):
                self.error(node, where, f"expected a whole number; got {raw!r}")
                return _INVALID
            return number
        raise AssertionError(f"unknown field kind {kind}")

    def number(self, node: yaml.ScalarNode, found: str, where: str) -> Any:
        """A finite number: ``briefing.json`` can hold no other (JSON has no
        NaN or Infinity)."""
        raw = node.value
        try:  # what Python makes of it, to say what is wrong
            number = to_number(raw) if found in ("int", "float") else float(_digits(raw))
        except ValueError:
            number = None
        if number is not None and (not math.isfinite(number) or abs(number) > LARGEST):
            self.error(
                node,
                where,
                f"expected a finite number; got {raw!r} (JSON has no NaN or infinity: "
                "write the value in its unit, e.g. 500000000 for $500 million)",
            )
            return _INVALID
        if number is None or found not in ("int", "float"):
            hint = " (write the digits alone, without quotes or separators)" if number else ""
            self.error(node, where, f"expected a number; got {raw!r}{hint}")
            return _INVALID
        return int(number) if number.is_integer() else number


def _digits(text: str) -> str:
    return text.strip().replace(",", "").replace("_", "")


_INVALID = object()


def _keys(schema: Schema) -> str:
    return ", ".join(f.name for f in schema.fields)


def _expected(spec: Field) -> str:
    return {
        "str": "a string",
        "text": "text",
        "number": "a number",
        "int": "a whole number",
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
    found = resolve(node) if isinstance(node, yaml.ScalarNode) else ""
    if found == "null":
        return "nothing (null)"
    if found in ("bool", "int", "float"):
        return f"{node.value} (a {'number' if found != 'bool' else 'boolean'})"
    return f"{node.value!r}"
