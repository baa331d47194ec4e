"""The override files' JSON Schema agrees with the build: every file under
``tests/data/overrides/good`` passes both, every file under ``bad`` fails
both, read as editors read YAML (1.2, with ``ruamel.yaml`` as
``check-jsonschema`` does). The schema is made from the declarations the
build validates with, and the site publishes it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from ruamel.yaml import YAML
from ruamel.yaml.constructor import SafeConstructor

from briefing.overrides import load_overrides
from briefing.overrides.json_schema import PATH, json_schema, json_schema_text

DATA = Path(__file__).parent / "data" / "overrides"
GOOD = sorted((DATA / "good").rglob("*.yaml"))
BAD = sorted((DATA / "bad").rglob("*.yaml"))
KIND = {"articles": "article", "entities": "entity"}  # a file's folder, its kind


class _Constructor(SafeConstructor):
    """ruamel.yaml's safe constructor, with dates as strings (JSON has none),
    as ``check-jsonschema`` reads files."""


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str)


def yaml12(path: Path) -> object:
    """The file as an editor reads it: YAML 1.2."""
    reader = YAML(typ="safe", pure=True)
    reader.Constructor = _Constructor
    return reader.load(path.read_text("utf-8"))


def schema_errors(path: Path, kind: str | None = None) -> list[str]:
    """What the JSON Schema says of the file (``kind``: as that kind's file)."""
    schema = json_schema()
    if kind is not None:
        schema = {**schema, "anyOf": [{"$ref": f"#/definitions/{kind}"}]}
    validator = jsonschema.Draft7Validator(
        schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )
    return [e.message for e in validator.iter_errors(yaml12(path))]


def build_problems(path: Path) -> list[str]:
    """What the build's validator says of the file, in a folder of its own."""
    overrides = load_overrides(path.parent.parent)
    mine = [p for p in overrides.problems if p.path.endswith(f"/{path.parent.name}/{path.name}")]
    if not mine:  # valid: the build keeps it
        kept = overrides.articles if path.parent.name == "articles" else overrides.entities
        assert path.stem in kept
    return [str(p) for p in mine]


def test_the_schema_is_a_valid_draft_7_schema() -> None:
    jsonschema.Draft7Validator.check_schema(json_schema())
    assert json.loads(json_schema_text()) == json_schema()


def test_there_are_good_and_bad_files_of_both_kinds() -> None:
    for files in (GOOD, BAD):
        assert {p.parent.name for p in files} == {"articles", "entities"}
    assert len(GOOD) >= 10 and len(BAD) >= 25


@pytest.mark.parametrize("path", GOOD, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_good_file_passes_the_build_and_the_schema(path: Path) -> None:
    assert build_problems(path) == []
    assert schema_errors(path) == []
    assert schema_errors(path, KIND[path.parent.name]) == []


@pytest.mark.parametrize("path", BAD, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_bad_file_fails_the_build_and_the_schema(path: Path) -> None:
    problems = build_problems(path)
    # the build names the file and the line of what is wrong, and skips the file
    assert any(p.split(":")[1].isdigit() for p in problems), problems
    assert problems[-1].endswith(
        "skipped: fix the problems above; nothing in this file was applied"
    )
    assert schema_errors(path) != []


def test_check_jsonschema_agrees_on_every_file(tmp_path: Path) -> None:
    schema = tmp_path / "override.schema.json"
    schema.write_text(json_schema_text(), "utf-8")
    tool = [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema), "-o", "json"]
    good = subprocess.run([*tool, *map(str, GOOD)], capture_output=True, text=True)
    assert good.returncode == 0, good.stdout + good.stderr
    bad = subprocess.run([*tool, *map(str, BAD)], capture_output=True, text=True)
    failed = {Path(e["filename"]) for e in json.loads(bad.stdout)["errors"]}
    assert bad.returncode == 1 and failed == set(BAD)


def test_what_json_schema_cannot_say_the_build_still_refuses(tmp_path: Path) -> None:
    """A NaN (no JSON Schema keyword tells it from a number) and a file of
    the other kind (the schema cannot see the folder a file is in)."""
    articles, entities = tmp_path / "articles", tmp_path / "entities"
    articles.mkdir()
    entities.mkdir()
    nan = articles / "nan.yaml"
    nan.write_text("figures:\n  add:\n    - {kind: money, text: x, value: .nan, unit: USD}\n")
    assert "nan.yaml:3:37: figures.add[0].value: expected a finite number" in build_problems(nan)[0]
    other = entities / "huawei.yaml"
    other.write_text("title: An article's key\n")
    assert "unknown key 'title'" in build_problems(other)[0]
    assert schema_errors(other, "entity") != []  # a tool that knows the kind says so too


def test_the_site_publishes_the_schema(seed_docs: Path) -> None:
    assert (seed_docs / PATH).read_text("utf-8") == json_schema_text()
