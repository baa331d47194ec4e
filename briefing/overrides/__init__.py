"""Stage 3: writers' YAML overrides, merged over what extraction found.

``files`` reads and validates the override files (``schema`` declares their
format), ``entities`` applies entity overrides, ``merge`` an article's
override. Every function returns new values and the problems it found; none
changes its inputs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import Problem
from ..models import Article, ArticleRecord, Entity, Extraction
from ..registry import Registry
from .diff import Correction, article_diff, entity_diff
from .entities import apply_to_registry as apply_to_registry
from .entities import build_entities
from .files import ARTICLE_SCHEMA as ARTICLE_SCHEMA
from .files import ENTITY_SCHEMA as ENTITY_SCHEMA
from .files import Overrides
from .files import load_overrides as load_overrides
from .merge import check_targets, merge_article, remap


@dataclass(frozen=True)
class Merged:
    """Every article's record, every entity of the build, the problems, and
    what each override changed."""

    records: tuple[ArticleRecord, ...]
    entities: Mapping[str, Entity]
    problems: tuple[Problem, ...]
    corrections: tuple[Correction, ...] = ()


def merge_all(
    articles: list[Article],
    extractions: Mapping[str, Extraction],
    overrides: Overrides,
    registry: Registry,
    base: Mapping[str, Entity] | None = None,
) -> Merged:
    """Each article's extraction with its override applied, entity overrides
    and merges folded in; ``base``: the registry's entities before entity
    overrides (what the corrections of entities are told against)."""
    found: dict[str, Entity] = {}  # entities extraction discovered, first finding first
    for article in articles:
        for entity in extractions[article.id].entities:
            found.setdefault(entity.id, entity)
    entities, merges, problems = build_entities(found, registry, overrides)
    targets, missing = check_targets(overrides.articles, (a.id for a in articles))
    said = [*overrides.problems, *problems, *missing]
    records = []
    added: dict[str, Entity] = {}
    extracted: dict[str, ArticleRecord] = {}  # of the articles with an override
    for article in articles:
        extraction = remap(extractions[article.id], merges)
        override = targets.get(article.id)
        record, new, problems = merge_article(article, extraction, override, registry, entities)
        records.append(record)
        if override is not None:
            extracted[article.id] = merge_article(article, extraction, None, registry, entities)[0]
        for entity_id, entity in new.items():
            added.setdefault(entity_id, entity)
        said.extend(problems)
    everything = {**added, **entities}
    names = {k: e.name for k, e in everything.items()}
    corrections = [
        Correction(
            "article",
            r.id,
            r.title,
            targets[r.id].file,
            tuple(article_diff(extracted[r.id], r, names)),
        )
        for r in records
        if r.id in extracted
    ]
    before = {**found, **(registry.entities if base is None else base)}
    for entity_id, override in sorted(overrides.entities.items()):
        after = everything.get(entity_id)
        if after is not None:
            taken = {i: before[i] for i in override.data.get("merge", []) if i in before}
            changes = entity_diff(before.get(entity_id), after, taken)
            corrections.append(
                Correction("entity", entity_id, after.name, override.file, tuple(changes))
            )
    return Merged(tuple(records), everything, tuple(said), tuple(corrections))
