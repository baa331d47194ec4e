"""Entity overrides: renames, aliases, descriptions, links, new entities and
merges, applied twice: to the registry before extraction (so extraction
finds the names they add), and to every entity of the build after it."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from ..errors import Problem
from ..models import Entity, Resolution
from ..registry import Registry
from .files import Overrides

# ids an entity never keeps: the section pages' names (countries/index.md)
RESERVED_IDS = frozenset({"index"})


def apply_to_registry(registry: Registry, overrides: Overrides) -> tuple[Registry, dict[str, str]]:
    """The registry extraction uses: entity overrides applied, merged entities
    gone; and the merges (old id -> kept id)."""
    changed, merges, _ = entity_changes(overrides, registry.entities, final=False)
    updated = registry.with_entities(changed)
    kept = {k: e for k, e in updated.entities.items() if merges.get(k, k) == k}
    return Registry(kept, updated.fingerprint), merges


def build_entities(
    found: Mapping[str, Entity], registry: Registry, overrides: Overrides
) -> tuple[dict[str, Entity], dict[str, str], list[Problem]]:
    """The entities of a build: those found in the articles (in the order
    found), the registry's over them, then the entity overrides' changes;
    the ids merged away or renamed (old id -> new id); the problems."""
    entities = {**found, **registry.entities}
    changed, merges, problems = entity_changes(overrides, entities, final=True)
    entities.update({e.id: e for e in changed})
    for reserved in sorted(RESERVED_IDS & entities.keys()):
        renamed = _free_id(reserved, entities)
        entities[renamed] = replace(entities[reserved], id=renamed)
        merges[reserved] = renamed
    return entities, merges, problems


def _free_id(base: str, taken: Mapping[str, object]) -> str:
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def entity_changes(
    overrides: Overrides, known: Mapping[str, Entity], final: bool
) -> tuple[list[Entity], dict[str, str], list[Problem]]:
    """Entities changed or added by entity overrides, merges (old id -> kept
    id), and problems. With ``final=False`` (before extraction, over the
    registry), overrides of entities not known yet wait, unreported."""
    changed: list[Entity] = []
    merges: dict[str, str] = {}
    problems: list[Problem] = []
    for entity_id, override in sorted(overrides.entities.items()):
        data = override.data
        base = known.get(entity_id)
        if base is None:
            if not (data.get("name") and data.get("type")):
                if final:
                    close = difflib.get_close_matches(entity_id, list(known), n=1)
                    hint = f" (did you mean '{close[0]}'?)" if close else ""
                    problems.append(
                        Problem(
                            override.path,
                            f"no entity '{entity_id}'{hint}; to add a new one, give "
                            "`name` and `type` (skipped)",
                        )
                    )
                continue
            base = Entity(id=entity_id, name=data["name"], type=data["type"])
        aliases = list(base.aliases)
        for alias in data.get("aliases", []):
            if alias not in aliases:
                aliases.append(alias)
        for other in data.get("merge", []):
            merges[other] = entity_id
            merged = known.get(other)
            if merged is not None:
                aliases.extend(a for a in (merged.name, *merged.aliases) if a not in aliases)
            elif final:
                problems.append(
                    Problem(
                        override.path,
                        f"merge: no entity '{other}' to merge (stale?)",
                        kind="warning",
                    )
                )
        changed.append(
            replace(
                base,
                name=data.get("name", base.name),
                type=data.get("type", base.type),
                aliases=tuple(aliases),
                country=data.get("country", base.country),
                org=data.get("org", base.org),
                description=data.get("description", base.description),
                links=_external_links(data.get("ids", {})) or base.links,
                source="override",
                # not before extraction: a resolution is no name to find, and
                # the registry's fingerprint is what extraction is keyed by
                resolved=_resolutions(data.get("resolved", [])) if final else base.resolved,
            )
        )
    return changed, merges, problems


def _resolutions(items: list[Mapping[str, Any]]) -> tuple[Resolution, ...]:
    return tuple(
        Resolution(
            of=item["of"],
            year=item["year"],
            unit=item.get("unit"),
            value=float(item["value"]) if "value" in item else None,
            note=item.get("note", "").strip(),
        )
        for item in items
    )


def _external_links(ids: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    links = []
    if ids.get("wikidata"):
        links.append(("Wikidata", f"https://www.wikidata.org/wiki/{ids['wikidata']}"))
    if ids.get("wikipedia"):
        title = ids["wikipedia"].replace(" ", "_")
        links.append(("Wikipedia", f"https://en.wikipedia.org/wiki/{title}"))
    if ids.get("website"):
        links.append(("Website", ids["website"]))
    return tuple(links)
