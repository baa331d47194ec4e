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
from .entities import apply_to_registry as apply_to_registry
from .entities import build_entities
from .files import ARTICLE_SCHEMA as ARTICLE_SCHEMA
from .files import ENTITY_SCHEMA as ENTITY_SCHEMA
from .files import Overrides
from .files import load_overrides as load_overrides
from .merge import check_targets, merge_article, remap


@dataclass(frozen=True)
class Merged:
    """Every article's record, every entity of the build, and the problems."""

    records: tuple[ArticleRecord, ...]
    entities: Mapping[str, Entity]
    problems: tuple[Problem, ...]


def merge_all(
    articles: list[Article],
    extractions: Mapping[str, Extraction],
    overrides: Overrides,
    registry: Registry,
) -> Merged:
    """Each article's extraction with its override applied, entity overrides
    and merges folded in."""
    found: dict[str, Entity] = {}  # entities extraction discovered, first finding first
    for article in articles:
        for entity in extractions[article.id].entities:
            found.setdefault(entity.id, entity)
    entities, merges, problems = build_entities(found, registry, overrides)
    targets, missing = check_targets(overrides.articles, (a.id for a in articles))
    said = [*overrides.problems, *problems, *missing]
    records = []
    added: dict[str, Entity] = {}
    for article in articles:
        record, new, problems = merge_article(
            article,
            remap(extractions[article.id], merges),
            targets.get(article.id),
            registry,
            entities,
        )
        records.append(record)
        for entity_id, entity in new.items():
            added.setdefault(entity_id, entity)
        said.extend(problems)
    return Merged(tuple(records), {**added, **entities}, tuple(said))
