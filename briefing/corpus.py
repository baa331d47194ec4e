"""Stage 4: the corpus, the cross-article model: one canonical entity per
actor, with every article, stance and figure that concerns it.

Built whole before any page is rendered, so every page can link to every other.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from typing import NamedTuple

from .models import ENTITY_TYPES, ArticleRecord, Entity, Figure, Stance
from .overrides.diff import Correction

CO_ACTORS_PER_ARTICLE = 100

TYPE_FOLDERS = {
    "country": "countries",
    "company": "companies",
    "organization": "organizations",
    "person": "people",
}
TYPE_TITLES = {kind: folder.capitalize() for kind, folder in TYPE_FOLDERS.items()}
MATRIX_ROWS = 15  # actors taking the most stances
MATRIX_COLUMNS = 12  # targets of the most stances


def article_path(article_id: str) -> str:
    """An article's page, relative to the docs folder."""
    return f"articles/{article_id}.md"


def profile_path(entity: Entity) -> str:
    """An entity's profile page, relative to the docs folder."""
    return f"{TYPE_FOLDERS[entity.type]}/{entity.id}.md"


class StanceRef(NamedTuple):  # a tuple: a large corpus makes hundreds of thousands
    article: str  # article id
    stance: Stance


class FigureRef(NamedTuple):
    article: str
    figure: Figure


class Cell(NamedTuple):
    """A stance shown in the home page's matrix."""

    article: str
    actor: str
    target: str
    position: str
    sentence: int | None
    evidence: str  # the sentence that shows it


@dataclass
class Profile:
    """Everything the corpus says about one entity."""

    entity: Entity
    articles: list[str] = field(default_factory=list)  # every article naming it, by id
    stances_by: list[StanceRef] = field(default_factory=list)
    stances_toward: list[StanceRef] = field(default_factory=list)
    figures: list[FigureRef] = field(default_factory=list)
    acted_in: list[str] = field(default_factory=list)  # articles naming it as an actor
    aliases: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)  # its people, bodies and companies
    mentions: int = 0

    @property
    def id(self) -> str:
        return self.entity.id

    @property
    def path(self) -> str:
        return profile_path(self.entity)


@dataclass
class Corpus:
    records: list[ArticleRecord]  # by date, then id
    entities: dict[str, Entity]  # every entity a record names, and their owners
    profiles: dict[str, Profile]  # the entities of a profile type, by id
    stamp: str  # identifies the inputs: the latest article date, if known, and a hash
    corrections: tuple[Correction, ...] = ()  # what each override changed
    override_files: frozenset[str] = frozenset()  # every override file: articles/<id>.yaml

    def __post_init__(self) -> None:
        self._by_id = {r.id: r for r in self.records}
        self._actors: dict[str, list[str]] | None = None
        self.names = {k: e.name for k, e in self.entities.items()}

    @property
    def updated(self) -> str | None:
        """The latest article date, if any article has one."""
        return max((r.date for r in self.records if r.date), default=None)

    def record(self, article_id: str) -> ArticleRecord:
        return self._by_id[article_id]

    def has_record(self, article_id: str) -> bool:
        return article_id in self._by_id

    def title(self, article_id: str) -> str:
        return self._by_id[article_id].title

    def name(self, entity_id: str) -> str:
        return self.names.get(entity_id, entity_id)

    def has_profile(self, entity_id: str) -> bool:
        return entity_id in self.profiles

    @cached_property
    def link_keys(self) -> dict[str, tuple[str, str | None, str | None]]:
        """What a link to each entity shows: its name, and its page's type if it has one."""
        return {
            k: (k, e.name, e.type if k in self.profiles else None) for k, e in self.entities.items()
        }

    @cached_property
    def newest_first(self) -> list[ArticleRecord]:
        """Dated articles newest first, then the others by title."""
        dated = sorted((r for r in self.records if r.date), key=lambda r: (r.date, r.id))
        undated = sorted((r for r in self.records if not r.date), key=lambda r: r.title.lower())
        return dated[::-1] + undated

    def co_actors(self, profile: Profile, limit: int = 20) -> list[tuple[str, int]]:
        """The ``limit`` other actors of the articles naming ``profile``'s
        entity as an actor that appear in most of them, with how many, most
        frequent first. An article counts its first
        :data:`CO_ACTORS_PER_ARTICLE` actors: one naming thousands makes as
        many profiles, and counting each against all would take time growing
        with the square of the list."""
        actors = self._actors
        if actors is None:  # each article's first actor ids, made once for every profile
            actors = self._actors = {
                r.id: [a.id for a in r.actors[:CO_ACTORS_PER_ARTICLE]] for r in self.records
            }
        totals = Counter(chain.from_iterable(actors[i] for i in profile.acted_in))
        totals.pop(profile.id, None)
        return heapq.nsmallest(limit, totals.items(), key=lambda kv: (-kv[1], kv[0]))

    @cached_property
    def matrix(self) -> tuple[list[str], list[str], list[Cell]]:
        """The home page's stance matrix: the actors taking the most stances,
        the targets of the most, and the stances between them."""
        stances = [(r.id, s) for r in self.records for s in r.stances]
        rows = top(Counter(s.actor for _, s in stances), MATRIX_ROWS)
        cols = top(Counter(s.target for _, s in stances), MATRIX_COLUMNS)
        chosen, aimed = set(rows), set(cols)
        cells = [
            Cell(a, s.actor, s.target, s.position, s.sentence, s.evidence)
            for a, s in stances
            if s.actor in chosen and s.target in aimed
        ]
        return rows, cols, cells


def top(counts: Mapping[str, int], n: int) -> list[str]:
    """The ``n`` most counted, ties by id."""
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))][:n]


def build_corpus(
    records: Iterable[ArticleRecord],
    known: Mapping[str, Entity],
    corrections: Iterable[Correction] = (),
    override_files: frozenset[str] = frozenset(),
) -> Corpus:
    """Link the records and the entities they name (looked up in ``known``);
    the corrections and override files are kept as they are."""
    records = sorted(records, key=lambda r: (r.date or "", r.id))
    entities = _named(records, known)
    profiles: dict[str, Profile] = {}

    def profile(entity_id: str) -> Profile | None:
        found = profiles.get(entity_id)
        if found is not None:
            return found
        entity = entities.get(entity_id)
        if entity is None or entity.type not in ENTITY_TYPES:
            return None
        made = profiles[entity_id] = Profile(entity)
        return made

    digest = hashlib.sha256()
    aliases: dict[str, set[str]] = {}
    for record in records:
        digest.update(record.article.digest.encode())
        article_id = record.id
        for actor in record.actors:
            p = profile(actor.id)
            if p is None:
                continue
            p.articles.append(article_id)
            p.acted_in.append(article_id)
            p.mentions += actor.mentions
            # "China", "china", "CHINA": one name, as it is first written
            seen = aliases.setdefault(actor.id, {p.entity.name.casefold()})
            for alias in actor.aliases:
                key = alias.casefold()
                if key not in seen:
                    seen.add(key)
                    p.aliases.append(alias)
        for stance in record.stances:
            ref = StanceRef(article_id, stance)
            p = profile(stance.actor)
            if p is not None:
                p.stances_by.append(ref)
                p.articles.append(article_id)  # made unique below
            p = profile(stance.target)
            if p is not None:
                p.stances_toward.append(ref)
                p.articles.append(article_id)
        for figure in record.figures:
            if figure.actor:
                p = profile(figure.actor)
                if p is not None:
                    p.figures.append(FigureRef(article_id, figure))
    for p in profiles.values():
        p.articles = sorted(set(p.articles))
    for entity in entities.values():
        owner = entity.org or entity.country
        if owner in profiles and entity.id in profiles:
            profiles[owner].members.append(entity.id)
    for p in profiles.values():
        p.members.sort()
    dates = sorted(r.date for r in records if r.date)
    stamp = (dates[-1] + " · " if dates else "") + "inputs " + digest.hexdigest()[:12]
    return Corpus(
        records=records,
        entities=entities,
        profiles=profiles,
        stamp=stamp,
        corrections=tuple(corrections),
        override_files=override_files,
    )


def _named(records: list[ArticleRecord], known: Mapping[str, Entity]) -> dict[str, Entity]:
    """Every entity the records name, and the countries and organizations they
    belong to, by id."""
    queue = sorted(set(chain.from_iterable(r.named() for r in records)))
    out: dict[str, Entity] = {}
    while queue:
        entity_id = queue.pop()
        entity = known.get(entity_id)
        if entity is None or entity_id in out:
            continue
        out[entity_id] = entity
        queue.extend(o for o in (entity.country, entity.org) if o and o not in out)
    return dict(sorted(out.items()))
