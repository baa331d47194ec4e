"""Starter override files: what extraction found, commented, ready to edit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import BriefingError
from .models import ArticleRecord, Entity
from .overrides.schema import SLUG

_HEADER = """\
# Overrides for {what}
# Everything below is commented out: uncomment and edit what you want to change.
# What you set here wins over extraction and survives every rebuild.
# The rules are on the site's "How to edit" page (docs/editing.md).
"""
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


def _commented(data: Any, indent: str = "") -> str:
    """``data`` as YAML, each line commented out."""
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000)
    return "".join(f"#{indent} {line}\n" for line in dumped.splitlines())


def article_starter(record: ArticleRecord, names: dict[str, str]) -> str:
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
        _HEADER.format(what=f"the article {record.title!r} ({record.article.source})"),
        _commented(fields) + _ARTICLE_HELP,
        "# Extracted actors (id, type, as written):",
        *(f"#   {a.id:32} {a.type:13} {', '.join(a.aliases)}" for a in record.actors),
        "#",
        "# Extracted stances (" + "; ".join(f"{i}: {names.get(i, i)}" for i in named) + "):",
        _commented(stances, "    ") + "# Extracted figures:",
        _commented(figures, "    "),
    ]
    return "\n".join(lines)


def entity_starter(entity: Entity) -> str:
    fields: dict[str, Any] = {"name": entity.name, "type": entity.type}
    fields |= {"aliases": list(entity.aliases), "country": entity.country or "a-country-id"}
    if entity.type == "person":
        fields["org"] = entity.org or "an-organization-id"
    what = f"the entity {entity.name!r} ({entity.type})"
    return _HEADER.format(what=what) + "\n" + _commented(fields) + _ENTITY_HELP


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
