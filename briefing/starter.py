"""Starter override files: what extraction found, commented, ready to edit."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import BriefingError
from .models import ArticleRecord, Entity
from .overrides.schema import SLUG

_HEADER = """\
# Overrides for {what}
# Everything below is commented out: uncomment and edit what you want to change.
# What you set here wins over extraction and survives every rebuild.
# The rules are on the site's "How to edit" page (docs/editing.md).
"""


def _q(text: object) -> str:
    """A YAML-safe scalar (JSON strings are valid YAML)."""
    return json.dumps(str(text), ensure_ascii=False)


def article_starter(record: ArticleRecord, names: dict[str, str]) -> str:
    article = record.article
    lines = [_HEADER.format(what=f"the article {_q(record.title)} ({article.source})"), ""]
    lines += [
        f"# title: {_q(record.title)}",
        f"# summary: {_q(record.summary)}",
        f"# publisher: {_q(record.publisher or '')}",
        "# date: 2020-01-31            # publication date, YYYY-MM-DD",
        "# url: https://example.org/original-article",
        "# note: |",
        "#   An editor's note shown at the top of the page, in Markdown.",
        "",
        "# actors:",
        "#   remove: ["
        + ", ".join(a.id for a in record.actors[:3])
        + "]   # ids of actors to drop",
        "#   add:",
        "#     - {id: an-entity-id}                           # an entity from the registry",
        "#     - {name: New Agency, type: organization}         # one the registry lacks",
        "#",
        "# Extracted actors:",
    ]
    for actor in record.actors:
        aliases = ", ".join(actor.aliases)
        lines.append(f"#   {actor.id:32} {actor.type:13} {aliases}")
    lines += [
        "",
        "# stances:",
        "#   remove:                       # name the extracted stance",
        "#     - {actor: japan, target: huawei, position: oppose}",
        "#   replace:",
        "#     - match: {actor: japan, target: huawei}",
        "#       with: {position: undecided}",
        "#   add:                          # copy an extracted stance here; pinned: true",
        "#                                 # keeps it whatever extraction does later",
        "#     - actor: japan",
        "#       target: huawei",
        "#       position: oppose",
        '#       evidence: "The exact sentence from the article."',
        "#       pinned: true",
        "#",
        "# Extracted stances:",
    ]
    for s in record.stances:
        lines += [
            f"#     - actor: {s.actor}      # {names.get(s.actor, s.actor)}",
            f"#       target: {s.target}      # {names.get(s.target, s.target)}",
            f"#       position: {s.position}",
            f"#       evidence: {_q(s.evidence)}",
        ]
        if s.via:
            lines.append(f"#       via: {s.via}")
    lines += [
        "",
        "# figures:",
        "#   remove:",
        '#     - {text: "$500 million"}',
        "#   add:",
        '#     - {kind: money, text: "$500 million", value: 500000000, '
        'unit: USD, of: "what it measures"}',
        "#",
        "# Extracted figures:",
    ]
    for f in record.figures:
        data = f.to_dict()
        lines.append(
            f"#     - {{kind: {f.kind}, text: {_q(f.text)}, value: {data['value']}, "
            f"unit: {f.unit}, of: {_q(f.of)}}}"
        )
    return "\n".join(lines) + "\n"


def entity_starter(entity: Entity) -> str:
    lines = [_HEADER.format(what=f"the entity {_q(entity.name)} ({entity.type})"), ""]
    lines += [
        f"# name: {_q(entity.name)}",
        f"# type: {entity.type}              # country, company, organization or person",
        "# aliases: [" + ", ".join(_q(a) for a in entity.aliases) + "]",
        f"# country: {entity.country or 'a-country-id'}",
    ]
    if entity.type == "person":
        lines.append(f"# org: {entity.org or 'an-organization-id'}")
    lines += [
        "# description: |",
        "#   A short Markdown description shown at the top of the profile.",
        "# ids:",
        "#   wikidata: Q00000",
        "#   website: https://example.org",
        "# merge: [another-id]        # an entity extraction split off from this one",
    ]
    return "\n".join(lines) + "\n"


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
