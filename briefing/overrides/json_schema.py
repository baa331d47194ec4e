"""The override files' JSON Schema, written from the declarations the build
validates with (``files.py``): one source, each field's description
included. The site publishes it (``data/override.schema.json``) and every
starter file names it in a ``yaml-language-server`` modeline, so editors
validate and complete override files as the writer types.

A validator reads the file as YAML 1.2, as the build does
(``schema.resolve``), and agrees with the build on every value
(``tests/test_override_schema.py``). What a JSON Schema cannot say, the build
alone checks: a NaN (no keyword tells it from a number), the YAML itself
(anchors, tags and duplicate keys are gone before a validator sees the
data), the file's size, and the kind of a file: the schema cannot see the
folder a file is in, so it takes an article's keys or an entity's.
"""

from __future__ import annotations

import json
from typing import Any

from .files import ARTICLE_SCHEMA, ENTITY_SCHEMA
from .schema import DATE, LARGEST, SLUG, URL, Field, Schema

PATH = "data/override.schema.json"  # where the site publishes it


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft-07, which every editor reads) of override files.

    An article's keys and an entity's are different names, so the schema is
    one mapping of them all, where a file holds one kind's keys only: a
    validator then reports the key that is wrong, where a choice of two
    schemas would report that the file matches neither. ``definitions``
    holds each kind alone, for a tool that knows which one a file is."""
    kinds = {"article": ARTICLE_SCHEMA, "entity": ENTITY_SCHEMA}
    properties: dict[str, Any] = {}
    for schema in kinds.values():
        properties.update(_object(schema)["properties"])
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "Briefing override file",
        "description": (
            "Corrections a writer makes to what extraction found: "
            "overrides/articles/<article-id>.yaml corrects one article (keys: "
            + ", ".join(f.name for f in ARTICLE_SCHEMA.fields)
            + "), overrides/entities/<entity-id>.yaml one entity (keys: "
            + ", ".join(f.name for f in ENTITY_SCHEMA.fields)
            + "). An empty file changes nothing."
        ),
        "type": ["object", "null"],
        "properties": properties,
        "additionalProperties": False,
        "anyOf": [
            {"propertyNames": {"enum": [f.name for f in schema.fields]}}
            for schema in kinds.values()
        ],
        "definitions": {
            kind: {
                "type": ["object", "null"],
                "description": schema.description,
                "properties": {f.name: {"$ref": f"#/properties/{f.name}"} for f in schema.fields},
                "additionalProperties": False,
            }
            for kind, schema in kinds.items()
        },
    }


def json_schema_text() -> str:
    """:func:`json_schema` as the file the site publishes."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def _object(schema: Schema) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": "object",
        "description": schema.description,
        "properties": {f.name: _value(f) for f in schema.fields},
        "additionalProperties": False,
    }
    required = [f.name for f in schema.fields if f.required]
    if required:
        out["required"] = required
    return out


def _value(spec: Field | Schema) -> dict[str, Any]:
    if isinstance(spec, Schema):
        return _object(spec)
    if spec.kind == "map":
        assert spec.schema is not None
        return {**_object(spec.schema), "description": spec.description}
    if spec.kind == "list":
        assert spec.items is not None
        listed = {"type": "array", "items": _value(spec.items)}
        if isinstance(spec.items, Field) and spec.items.kind in ("str", "slug"):
            # one string stands for a list of one (`remove: verizon`)
            one = {**_value(spec.items), "type": "string"}
            return {"description": spec.description, "anyOf": [listed, one]}
        return {"description": spec.description, **listed}
    return {"description": spec.description, **_scalar(spec)}


def _scalar(spec: Field) -> dict[str, Any]:
    kind = spec.kind
    if kind in ("str", "text"):  # a number is written as it is: `title: 2024`
        return {"type": ["string", "number"]} | ({"pattern": r"\S"} if spec.required else {})
    if kind == "slug":
        return {"type": "string", "pattern": SLUG.pattern}
    if kind == "url":
        return {"type": "string", "pattern": URL.pattern}
    if kind == "date":
        return {"type": "string", "pattern": DATE.pattern, "format": "date"}
    if kind == "choice":
        return {"type": "string", "enum": list(spec.choices)}
    if kind == "bool":
        return {"type": "boolean"}
    if kind == "number":
        return {"type": "number", "minimum": -LARGEST, "maximum": LARGEST}
    if kind == "int":
        return {"type": "integer", "minimum": -LARGEST, "maximum": LARGEST}
    raise AssertionError(f"unknown field kind {kind}")
