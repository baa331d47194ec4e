"""The entity registry: known countries, companies, organizations and people.

Entries live in YAML files (``briefing/data/registry/*.yaml``, plus any
``*.yaml`` in a project's own registry folder, whose entries win by id). Each
entry is a mapping with ``id``, ``name``, ``type`` and optional ``aliases``,
``demonyms``, ``capitals``, ``country``, ``org``, ``ambiguous``,
``independent`` (an organization of ``country`` that is no body of its state:
an armed or rebel group, whose agreements and fights with it are stances).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from . import yamlio
from .errors import ConfigError
from .models import Entity
from .text import slugify

log = logging.getLogger(__name__)

# regions and news outlets are recognised (so they are never taken for new
# actors) but are never actors themselves
ALL_TYPES = ("country", "company", "organization", "person", "region", "outlet")
NEVER_ACTORS = ("region", "outlet")
_KEYS = {
    "id",
    "name",
    "type",
    "aliases",
    "demonyms",
    "capitals",
    "country",
    "org",
    "ambiguous",
    "independent",
    "codes",
    "description",
    "links",
}


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return tuple(str(v) for v in value)
    raise ConfigError(f"{where}: {key}: expected a list of strings, got {value!r}")


def entity_from_mapping(item: Mapping[str, Any], where: str) -> Entity:
    """Validate one registry entry and build its :class:`Entity`."""
    if not isinstance(item, Mapping):
        raise ConfigError(f"{where}: expected a mapping with id, name and type, got {item!r}")
    unknown = sorted(set(item) - _KEYS)
    if unknown:
        raise ConfigError(
            f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_KEYS))}"
        )
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: name: expected a non-empty string, got {name!r}")
    kind = item.get("type")
    if kind not in ALL_TYPES:
        raise ConfigError(f"{where}: type: expected one of {', '.join(ALL_TYPES)}; got {kind!r}")
    entity_id = str(item.get("id") or slugify(name))
    if entity_id != slugify(entity_id):
        raise ConfigError(f"{where}: id: {entity_id!r} is not a slug; use {slugify(entity_id)!r}")
    links = item.get("links") or {}
    return Entity(
        id=entity_id,
        name=name.strip(),
        type=kind,
        aliases=_strings(item.get("aliases"), where, "aliases"),
        demonyms=_strings(item.get("demonyms"), where, "demonyms"),
        capitals=_strings(item.get("capitals"), where, "capitals"),
        country=item.get("country"),
        org=item.get("org"),
        ambiguous=bool(item.get("ambiguous", False)),
        independent=bool(item.get("independent", False)),
        description=item.get("description"),
        links=tuple(sorted((str(k), str(v)) for k, v in dict(links).items())),
    )


@dataclass
class Registry:
    """Entities by id, in a stable order, with a content fingerprint."""

    entities: dict[str, Entity] = field(default_factory=dict)
    fingerprint: str = ""

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self.entities

    def get(self, entity_id: str | None) -> Entity | None:
        return self.entities.get(entity_id) if entity_id else None

    def add(self, entity: Entity) -> None:
        self.entities[entity.id] = entity

    def with_entities(self, extra: Iterable[Entity]) -> Registry:
        """A copy with ``extra`` entities added or replacing same-id ones."""
        merged = dict(self.entities)
        digest = hashlib.sha256(self.fingerprint.encode())
        for entity in extra:
            merged[entity.id] = entity
            digest.update(repr(entity).encode())
        return Registry(merged, digest.hexdigest())

    def country_of(self, entity_id: str | None) -> str | None:
        """The country an entity belongs to (itself for a country)."""
        seen = set()
        while entity_id and entity_id not in seen:
            seen.add(entity_id)
            entity = self.entities.get(entity_id)
            if entity is None:
                return None
            if entity.type == "country":
                return entity.id
            entity_id = entity.country or entity.org
        return None


def _read_yaml(path: Path | None, text: str, where: str) -> list[Any]:
    try:
        data = yamlio.safe_load(text)
    except yaml.YAMLError as error:
        raise ConfigError(f"{where}: not valid YAML: {error}") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise ConfigError(f"{where}: expected a list of entries at the top level")
    return data


def load_registry(extra_dirs: Iterable[Path] = ()) -> Registry:
    """The built-in registry, then each folder of ``extra_dirs`` over it."""
    sources: list[tuple[str, str]] = []
    package = resources.files("briefing").joinpath("data/registry")
    for item in sorted(package.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".yaml"):
            sources.append((f"briefing/data/registry/{item.name}", item.read_text("utf-8")))
    for folder in extra_dirs:
        if folder.is_dir():
            for path in sorted(folder.glob("*.yaml")):
                sources.append((str(path), path.read_text("utf-8")))
    registry = Registry()
    digest = hashlib.sha256()
    for where, text in sources:
        digest.update(where.encode() + b"\0" + text.encode())
        for number, item in enumerate(_read_yaml(None, text, where), 1):
            entity = entity_from_mapping(item, f"{where}: entry {number}")
            if entity.id in registry.entities and not where.startswith("briefing/"):
                log.debug("%s overrides registry entry %s", where, entity.id)
            registry.entities[entity.id] = (
                replace(registry.entities[entity.id], **_changed(entity))
                if entity.id in registry.entities and not where.startswith("briefing/")
                else entity
            )
    registry.fingerprint = digest.hexdigest()
    return registry


def _changed(entity: Entity) -> dict[str, Any]:
    """Fields of a project registry entry that replace the built-in ones."""
    return {k: v for k, v in vars(entity).items() if v not in (None, (), False, "")}
