"""Writers' overrides: merge rules, validation messages, feedback into extraction."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest
import yaml

from briefing.publish.files import build_docs
from briefing.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden"
ARTICLE = "japan-might-be-planning-to-boycott-huawei-and-zte-equipment"


def run(tmp_path: Path, files: dict[str, str], seeds: Path = ROOT / "seeds"):
    overrides = tmp_path / "overrides"
    for name, text in files.items():
        path = overrides / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    docs = tmp_path / "docs"
    result, _ = build_docs(
        Settings(
            seeds=seeds,
            docs=docs,
            templates=ROOT / "templates",
            overrides=overrides,
            registry=tmp_path / "registry",
            cache=tmp_path / "cache",
        )
    )
    data = json.loads((docs / "data" / "briefing.json").read_text("utf-8"))
    return result, data, docs


def article(data: dict, article_id: str = ARTICLE) -> dict:
    return next(a for a in data["articles"] if a["id"] == article_id)


def messages(result) -> list[str]:
    return [str(p) for p in result.problems]


def front_matter(path: Path) -> dict:
    text = path.read_text("utf-8")
    return yaml.safe_load(text.split("---\n")[1])


EXAMPLE = """\
    date: 2018-12-10
    summary: Japan plans to stop government purchases from Huawei and ZTE, following the US.
    note: Based on a **Reuters** report.
    stances:
      remove:
        - {actor: australia, target: zte}
      replace:
        - match: {actor: new-zealand, target: huawei}
          with: {position: undecided}
      add:
        - actor: Japan
          target: United States
          position: support
          evidence: "Japan’s chief government spokesman, Yoshihide Suga noted that the country has been in close communication with the United States on a wide range of areas, including cybersecurity."
          pinned: true
    figures:
      add:
        - {kind: money, text: billions of dollars, value: 1000000000, unit: USD, of: fees ZTE paid}
    actors:
      remove: [verizon]
    """


def test_article_override_before_and_after(tmp_path):
    _, before, _ = run(tmp_path / "a", {})
    result, after, docs = run(tmp_path / "b", {f"articles/{ARTICLE}.yaml": EXAMPLE})
    assert messages(result) == []
    old, new = article(before), article(after)
    key = lambda s: (s["actor_id"], s["target_id"], s["position"])  # noqa: E731
    assert ("australia", "zte", "oppose") in {key(s) for s in old["stances"]}
    assert ("australia", "zte", "oppose") not in {key(s) for s in new["stances"]}
    assert ("new-zealand", "huawei", "undecided") in {key(s) for s in new["stances"]}
    added = next(s for s in new["stances"] if key(s) == ("japan", "united-states", "support"))
    assert added["source"] == "override" and added["pinned"] is True
    assert added["sentence"] == 6  # the evidence was found in the text: it links
    assert "verizon" not in {a["id"] for a in new["actors"]}
    assert new["date"] == "2018-12-10" and new["summary"].startswith("Japan plans")
    assert any(
        f["text"] == "billions of dollars" and f["source"] == "override" for f in new["figures"]
    )
    page = (docs / "articles" / f"{ARTICLE}.md").read_text("utf-8")
    assert "✎ writer · pinned" in page and "Editor's note" in page
    assert "<strong>Reuters</strong>" in page
    golden = GOLDEN / "override_after.yaml"
    fm = front_matter(docs / "articles" / f"{ARTICLE}.md")
    dumped = yaml.safe_dump(
        {k: fm[k] for k in ("date", "summary", "stances")},
        allow_unicode=True,
        sort_keys=False,
        width=100,
    )
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(dumped, encoding="utf-8")
    assert dumped == golden.read_text("utf-8")


def test_override_wins_over_extraction_and_survives_rebuilds(tmp_path):
    files = {f"articles/{ARTICLE}.yaml": "title: A writer's headline\n"}
    for _attempt in range(2):
        _, data, docs = run(tmp_path, files)
        assert article(data)["title"] == "A writer's headline"
    assert (
        front_matter(docs / "articles" / f"{ARTICLE}.md")["title"] == "A writer&#x27;s headline"
        or front_matter(docs / "articles" / f"{ARTICLE}.md")["title"] == "A writer's headline"
    )


def test_entity_alias_is_picked_up_by_extraction(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Operator acts\n\nKestrel banned Huawei on Monday. Kestrel Mobile chose Nokia.\n",
        encoding="utf-8",
    )
    _, before, _ = run(tmp_path / "before", {}, seeds)
    assert "kestrel" not in {a["id"] for a in before["articles"][0]["actors"]}
    result, after, _ = run(
        tmp_path / "after",
        {
            "entities/kestrel.yaml": """\
        name: Kestrel
        type: company
        country: norway
        aliases: [Kestrel Mobile]
        """
        },
        seeds,
    )
    assert messages(result) == []
    actors = {a["id"]: a for a in after["articles"][0]["actors"]}
    assert actors["kestrel"]["aliases"] == ["Kestrel", "Kestrel Mobile"]
    stances = {
        (s["actor_id"], s["target_id"], s["position"]) for s in after["articles"][0]["stances"]
    }
    assert {("kestrel", "huawei", "oppose"), ("kestrel", "nokia", "support")} <= stances


def test_entity_description_and_ids_render_safely(tmp_path):
    _, data, docs = run(
        tmp_path,
        {
            "entities/huawei.yaml": """\
        description: "Vendor of **base stations**. <script>alert(1)</script> [x](javascript:alert(2))"
        ids: {wikidata: Q160120, website: "https://www.huawei.com"}
        """
        },
    )
    page = (docs / "companies" / "huawei.md").read_text("utf-8")
    assert "<strong>base stations</strong>" in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "javascript:" not in page.split("---", 2)[2].replace("[x](javascript:alert(2))", "")
    assert "https://www.wikidata.org/wiki/Q160120" in page
    huawei = next(e for e in data["entities"] if e["id"] == "huawei")
    assert huawei["source"] == "override"


def test_merge_folds_one_entity_into_another(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Talks\n\nThe Varden Telecom Authority said it would ban ZTE. "
        "Kessel Networks Ltd. partnered with Ericsson.\n",
        encoding="utf-8",
    )
    _, before, _ = run(tmp_path / "b", {}, seeds)
    ids = {a["id"] for a in before["articles"][0]["actors"]}
    assert {"varden-telecom-authority", "kessel-networks"} <= ids
    result, after, _ = run(
        tmp_path / "a",
        {
            "entities/kessel-networks.yaml": """\
        merge: [varden-telecom-authority]
        """
        },
        seeds,
    )
    actors = {a["id"]: a for a in after["articles"][0]["actors"]}
    assert "varden-telecom-authority" not in actors
    assert "Varden Telecom Authority" in actors["kessel-networks"]["aliases"]
    assert any(
        s["actor_id"] == "kessel-networks" and s["target_id"] == "zte"
        for s in after["articles"][0]["stances"]
    )


@pytest.mark.parametrize(
    "name, text, expected",
    [
        (
            "articles/{a}.yaml",
            "title: [unclosed\n",
            "overrides/articles/{a}.yaml:2:1: YAML syntax error: expected ',' or ']', but got "
            "'<stream end>' (while parsing a flow sequence)",
        ),
        (
            "articles/{a}.yaml",
            "title: 42\nsummary: [a, b]\n",
            "overrides/articles/{a}.yaml:2:10: summary: expected text; got a list",
        ),
        (
            "articles/{a}.yaml",
            "titel: Oops\n",
            "overrides/articles/{a}.yaml:1:1: titel: unknown key 'titel'; did you mean 'title'?",
        ),
        (
            "articles/{a}.yaml",
            "stances:\n  add:\n    - {actor: Japan, target: ZTE, position: against}\n",
            "overrides/articles/{a}.yaml:3:45: stances.add[0].position: expected one of oppose, "
            "support, undecided; got 'against'",
        ),
        (  # a Jinja-looking key is a YAML mapping used as a key
            "articles/{a}.yaml",
            "{{ title }}: x\n",
            "overrides/articles/{a}.yaml:1:1: article override: a key must be a plain name "
            "(title, summary, publisher, date, url, note, actors, stances, figures); got a mapping",
        ),
        (
            "articles/{a}.yaml",
            "title: One\ntitle: Two\n",
            "overrides/articles/{a}.yaml:2:1: title: duplicate key (first at line 1); keep one",
        ),
        (
            "articles/no-such-article.yaml",
            "title: x\n",
            "overrides/articles/no-such-article.yaml: no article with id 'no-such-article'",
        ),
        (
            "entities/no-such-entity.yaml",
            "description: who?\n",
            "overrides/entities/no-such-entity.yaml: no entity 'no-such-entity'",
        ),
        (
            "articles/{a}.yaml",
            "stances:\n  remove:\n    - {actor: japan, target: brazil}\n",
            "overrides/articles/{a}.yaml: stances.remove[0]: stale: matches no extracted stance; "
            "delete it",
        ),
        (
            "articles/Bad Name.yaml",
            "title: x\n",
            "overrides/articles/Bad Name.yaml: file name 'Bad Name' is not an id",
        ),
        (
            "articles/{a}.yaml",
            "a: &x [1, 2]\nb: [*x, *x]\n",
            "overrides/articles/{a}.yaml:1:4: anchors and aliases (&name, *name) are not allowed",
        ),
        (
            "articles/{a}.yaml",
            "title: !!python/object/apply:os.system [echo hi]\n",
            "overrides/articles/{a}.yaml:1:8: tag 'tag:yaml.org,2002:python/object/apply:os.system' "
            "is not allowed; write a plain value",
        ),
        (
            "articles/{a}.yaml",
            "date: 2020-13-45\n",
            "overrides/articles/{a}.yaml:1:7: date: expected a date as YYYY-MM-DD; got '2020-13-45'",
        ),
    ],
)
def test_bad_override_reports_file_line_and_keeps_the_rest(
    tmp_path, monkeypatch, name, text, expected
):
    monkeypatch.chdir(tmp_path)
    good = "articles/u-s-uk-agree-to-work-together-to-form-trusted-5g-solutions.yaml"
    result, data, _ = run(tmp_path, {name.format(a=ARTICLE): text, good: "title: Still applied\n"})
    found = messages(result)
    assert any(m.startswith(expected.format(a=ARTICLE)) for m in found), found
    # every other override still applies and every article is still built
    assert article(data, good.split("/")[1][:-5])["title"] == "Still applied"
    assert len(data["articles"]) == 5


def test_bad_file_is_skipped_whole(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result, data, _ = run(tmp_path, {f"articles/{ARTICLE}.yaml": "title: Good title\nbad: key\n"})
    assert article(data)["title"] != "Good title"
    assert any("skipped: fix the problems above" in m for m in messages(result))


def test_cli_strict_fails_on_stale_override(tmp_path):
    import subprocess
    import sys

    overrides = tmp_path / "overrides" / "articles"
    overrides.mkdir(parents=True)
    (overrides / f"{ARTICLE}.yaml").write_text("actors:\n  remove: [brazil]\n", encoding="utf-8")
    command = [
        sys.executable,
        str(ROOT / "build.py"),
        "--seeds",
        str(ROOT / "seeds"),
        "--docs",
        str(tmp_path / "docs"),
        "--overrides",
        str(tmp_path / "overrides"),
        "--templates",
        str(ROOT / "templates"),
        "--no-site",
    ]
    loose = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
    strict = subprocess.run(command + ["--strict"], capture_output=True, text=True, cwd=tmp_path)
    assert loose.returncode == 0
    assert strict.returncode == 1
    assert "actors.remove[0]: stale: no extracted actor 'brazil'" in strict.stderr
    assert "Traceback" not in strict.stderr


def test_starter_file_is_valid_and_lists_extraction(tmp_path):
    import subprocess
    import sys

    overrides = tmp_path / "overrides"
    command = [
        sys.executable,
        str(ROOT / "build.py"),
        "override",
        ARTICLE,
        "--seeds",
        str(ROOT / "seeds"),
        "--overrides",
        str(overrides),
        "--templates",
        str(ROOT / "templates"),
    ]
    done = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = (overrides / "articles" / f"{ARTICLE}.yaml").read_text("utf-8")
    assert yaml.safe_load(text) is None  # all commented out: a no-op until edited
    # editors validate it with the schema of the built site (no site_url here)
    schema = (tmp_path / "site" / "data" / "override.schema.json").as_posix()
    modeline = text.splitlines()[0]
    assert (
        modeline
        == f"# yaml-language-server: $schema={os.path.relpath(schema, overrides / 'articles')}"
    )
    assert "#     - actor: japan" in text and "cease purchases" in text
    again = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
    assert again.returncode == 1 and "exists" in again.stderr
    escape = subprocess.run(
        command[:3] + ["../../etc/passwd"] + command[4:],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert escape.returncode == 1 and "not an id" in escape.stderr


def test_builds_with_overrides_are_deterministic(tmp_path):
    files = {
        f"articles/{ARTICLE}.yaml": EXAMPLE,
        "entities/huawei.yaml": "description: A *vendor*.\naliases: [Huawei Tech]\n",
    }
    _, _, one = run(tmp_path / "one", files)
    _, _, two = run(tmp_path / "two", files)
    a = {p.relative_to(one): p.read_bytes() for p in sorted(one.rglob("*")) if p.is_file()}
    b = {p.relative_to(two): p.read_bytes() for p in sorted(two.rglob("*")) if p.is_file()}
    assert a == b


def test_every_override_key_is_documented():
    from briefing.overrides import ARTICLE_SCHEMA, ENTITY_SCHEMA
    from briefing.overrides.schema import Schema

    text = (ROOT / "docs" / "editing.md").read_text("utf-8")

    def keys(schema: Schema):
        for field in schema.fields:
            yield field.name
            nested = field.schema or (field.items if isinstance(field.items, Schema) else None)
            if nested is not None:
                yield from keys(nested)

    missing = [k for s in (ARTICLE_SCHEMA, ENTITY_SCHEMA) for k in keys(s) if f"`{k}`" not in text]
    assert missing == []


@pytest.mark.parametrize("value", ["nan", "1e999", '"-inf"', ".inf"])
def test_a_figure_that_is_no_finite_number_is_refused_with_its_line(tmp_path, monkeypatch, value):
    """Issue 23, row 4: briefing.json never holds NaN or Infinity."""
    monkeypatch.chdir(tmp_path)
    text = f"figures:\n  add:\n    - {{kind: money, text: lots, value: {value}, unit: USD}}\n"
    result, _, docs = run(tmp_path, {f"articles/{ARTICLE}.yaml": text})
    assert any(
        m.startswith(f"overrides/articles/{ARTICLE}.yaml:3:40: figures.add[0].value: expected a ")
        for m in messages(result)
    ), messages(result)

    def refuse(constant: str) -> None:
        raise AssertionError(f"briefing.json holds {constant}")

    data = json.loads((docs / "data" / "briefing.json").read_text("utf-8"), parse_constant=refuse)
    assert "lots" not in {f["text"] for f in article(data)["figures"]}
