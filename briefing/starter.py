"""Starter override files: what extraction found, commented, ready to edit.

``build.py override`` writes them, and a page's "Correct this page" link
opens the repository's editor on a new file filled with the same text (or,
on a row, a shorter one about that stance, figure or actor). The first line
names the JSON Schema, for editors that read ``yaml-language-server``
modelines (VS Code's YAML extension, and others)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import BriefingError
from .models import Actor, ArticleRecord, Entity, Figure, Stance
from .overrides.schema import SLUG

_FIRST = """\
# yaml-language-server: $schema={schema}
# Overrides for {what}
"""
_HEADER = (
    _FIRST
    + """\
# Everything below is commented out: uncomment and edit what you want to change.
# What you set here wins over extraction and survives every rebuild.
# The rules are on the site's "How to edit" page (docs/editing.md).
"""
)
_ARTICLE_HELP = """
# actors:
#   remove: [an-actor-id]      # ids of actors to drop
#   add:
#     - {id: an-entity-id}                       # an entity from the registry
#     - {name: New Agency, type: organization}   # one the registry lacks
#
# stances:
#   remove:                    # name the extracted stance
#     - {actor: japan, target: huawei, position: oppose}
#   replace:
#     - match: {actor: japan, target: huawei}
#       with: {position: undecided}
#   add:                       # copy an extracted stance here; pinned: true keeps it
#     - actor: japan           # whatever extraction does later
#       target: huawei
#       position: oppose
#       evidence: "The exact sentence from the article."
#       pinned: true
#
# figures:
#   remove:
#     - {text: "$500 million"}
#   add:
#     - {kind: money, text: "$500 million", value: 500000000, unit: USD, of: what it measures}
"""
_ENTITY_HELP = """\
# description: |
#   A short Markdown description shown at the top of the profile.
# ids:
#   wikidata: Q00000
#   website: https://example.org
# merge: [another-id]        # an entity extraction split off from this one
"""


# libyaml's emitter where PyYAML has it: the same text, ten times faster (the
# pages' links hold starters: one per page and row)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _dump(data: Any, flow: bool = False) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=1_000_000,
        default_flow_style=flow,
    )


def _commented(data: Any, indent: str = "") -> str:
    """``data`` as YAML, each line commented out."""
    return "".join(f"#{indent} {line}\n" for line in _dump(data).splitlines())


def _one_line(data: Any) -> str:
    return _dump(data, flow=True).strip()


def _about(record: ArticleRecord) -> str:
    return f"the article {record.title!r} ({record.article.source})"


def article_starter(
    record: ArticleRecord, names: dict[str, str], schema: str, extracted: bool = True
) -> str:
    """The starter of an article's override file; ``extracted=False``: without
    the lists of what was extracted (for a link, which has a length limit)."""
    fields = {"title": record.title, "summary": record.summary}
    fields |= {"publisher": record.publisher or "", "date": "2020-01-31"}
    fields |= {"url": "https://example.org/original-article"}
    fields |= {"note": "An editor's note shown at the top of the page, in Markdown."}
    stances = [
        {"actor": s.actor, "target": s.target, "position": s.position, "evidence": s.evidence}
        | ({"via": s.via} if s.via else {})
        for s in record.stances
    ]
    figures = [
        {"kind": f.kind, "text": f.text, "value": f.number, "unit": f.unit, "of": f.of}
        for f in record.figures
    ]
    named = sorted({i for s in record.stances for i in (s.actor, s.target)})
    lines = [
        _HEADER.format(what=_about(record), schema=schema),
        _commented(fields) + _ARTICLE_HELP,
    ]
    if not extracted:
        lines += [
            "# What was extracted is on the page: each actor, stance and figure there has",
            f"# a link to correct it; `python build.py override {record.id}` lists it all.",
            "",
        ]
        return "\n".join(lines)
    lines += [
        "# Extracted actors (id, type, as written):",
        *(f"#   {a.id:32} {a.type:13} {', '.join(a.aliases)}" for a in record.actors),
        "#",
        "# Extracted stances (" + "; ".join(f"{i}: {names.get(i, i)}" for i in named) + "):",
        _commented(stances, "    ") + "# Extracted figures:",
        _commented(figures, "    "),
    ]
    return "\n".join(lines)


def entity_starter(entity: Entity, schema: str) -> str:
    fields: dict[str, Any] = {"name": entity.name, "type": entity.type}
    fields |= {"aliases": list(entity.aliases), "country": entity.country or "a-country-id"}
    if entity.type == "person":
        fields["org"] = entity.org or "an-organization-id"
    what = f"the entity {entity.name!r} ({entity.type})"
    return _HEADER.format(what=what, schema=schema) + "\n" + _commented(fields) + _ENTITY_HELP


def item_starter(
    record: ArticleRecord, item: Stance | Figure | Actor, names: dict[str, str], schema: str
) -> str:
    """A starter about one stance, figure or actor of an article: how to
    remove it, and how to change it, commented out."""
    match: dict[str, Any]
    if isinstance(item, Stance):
        match = {"actor": item.actor, "target": item.target, "position": item.position}
        what = f"{names.get(item.actor, item.actor)} -> {names.get(item.target, item.target)}"
        shown = f"the stance {what}: {item.position}"
        other = next(p for p in ("undecided", "support", "oppose") if p != item.position)
        body = f"""\
# stances:
#   remove:                    # drop it
#     - {_one_line(match)}
#   # replace:                 # or change it instead (here its position)
#   #   - match: {_one_line(match)}
#   #     with: {_one_line({"position": other})}
"""
    elif isinstance(item, Figure):
        match = {"text": item.text, "kind": item.kind, "value": item.number}
        shown = f"the figure {item.text} ({item.kind}: {item.number} {item.unit})"
        body = f"""\
# figures:
#   remove:                    # drop it
#     - {_one_line(match)}
#   # replace:                 # or correct it instead (here its value and unit)
#   #   - match: {_one_line({"text": item.text})}
#   #     with: {_one_line({"value": item.number, "unit": item.unit})}
"""
    else:
        shown = f"the actor {item.name} ({item.type})"
        body = f"""\
# actors:
#   remove: [{item.id}]{" " * max(1, 22 - len(item.id))}# drop it, and its stances
"""
    evidence = " ".join(getattr(item, "evidence", "").split())
    said = f'#   "{evidence}"\n' if evidence else ""
    return (  # short: a link holds it
        _FIRST.format(what=_about(record), schema=schema)
        + f"\n# About {shown}:\n{said}"
        + "# What you set wins over extraction; the rules are on the How to edit page.\n"
        + "# Uncomment the lines below (the first # of each) to change it.\n"
        + body
    )


def write_starter(folder: Path, kind: str, item_id: str, text: str, force: bool) -> Path:
    """Write ``overrides/<kind>/<id>.yaml``; never outside that folder."""
    if not SLUG.match(item_id):
        raise BriefingError(f"{item_id!r} is not an id (lowercase letters, digits, hyphens)")
    target = folder / kind / f"{item_id}.yaml"
    if not target.resolve().is_relative_to((folder / kind).resolve()):
        raise BriefingError(f"refusing to write outside {folder / kind}")
    if target.exists() and not force:
        raise BriefingError(f"{target} exists; edit it, or pass --force to start over")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target
