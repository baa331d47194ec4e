"""Stage 4: the cross-article model — one canonical entity per actor, with
every article, stance and figure that concerns it.

Built whole before any page is written, so every page can link to every other.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import NamedTuple

from .models import ENTITY_TYPES, ArticleRecord, Entity, Figure, Stance

TYPE_FOLDERS = {
    "country": "countries",
    "company": "companies",
    "organization": "organizations",
    "person": "people",
}
TYPE_TITLES = {
    "country": "Countries",
    "company": "Companies",
    "organization": "Organizations",
    "person": "People",
}


class StanceRef(NamedTuple):  # a tuple: a large corpus makes hundreds of thousands
    article: str  # article id
    stance: Stance


class FigureRef(NamedTuple):
    article: str
    figure: Figure


@dataclass
class Profile:
    """Everything the corpus says about one entity."""

    entity: Entity
    articles: list[str] = field(default_factory=list)
    stances_by: list[StanceRef] = field(default_factory=list)
    stances_toward: list[StanceRef] = field(default_factory=list)
    figures: list[FigureRef] = field(default_factory=list)
    acted_in: list[str] = field(default_factory=list)  # articles naming it as an actor
    aliases: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)  # people and bodies of a country/org
    mentions: int = 0

    @property
    def id(self) -> str:
        return self.entity.id

    @property
    def path(self) -> str:
        return profile_path(self.entity)


def profile_path(entity: Entity) -> str:
    """The profile page of an entity, relative to the docs folder."""
    return page_of(entity.type, entity.id)


def page_of(kind: str, entity_id: str) -> str:
    """The profile page of an entity of type ``kind``."""
    return f"{TYPE_FOLDERS[kind]}/{entity_id}.md"


def article_path(article_id: str) -> str:
    return f"articles/{article_id}.md"


@dataclass
class Corpus:
    records: list[ArticleRecord]
    entities: dict[str, Entity]
    profiles: dict[str, Profile]
    stamp: str  # identifies the inputs: a content hash, and the latest article date if known

    def __post_init__(self) -> None:
        self._by_id = {r.id: r for r in self.records}
        self._actors: dict[str, list[str]] | None = None
        self.names = {k: e.name for k, e in self.entities.items()}

    def record(self, article_id: str) -> ArticleRecord:
        return self._by_id[article_id]

    def title(self, article_id: str) -> str:
        return self._by_id[article_id].title

    def has_profile(self, entity_id: str) -> bool:
        return entity_id in self.profiles

    def name(self, entity_id: str) -> str:
        entity = self.entities.get(entity_id)
        return entity.name if entity else entity_id

    def co_actors(self, profile: Profile) -> list[tuple[str, int]]:
        """The other actors of the articles naming ``profile``'s entity as an
        actor, with how many of them each appears in, most frequent first.
        Counted when a page asks (a rebuild renders few profiles)."""
        actors = self._actors
        if actors is None:  # each article's actor ids, made once for every profile
            actors = self._actors = {r.id: [a.id for a in r.actors] for r in self.records}
        totals = Counter(chain.from_iterable(actors[i] for i in profile.acted_in))
        totals.pop(profile.id, None)
        return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))


class Head(NamedTuple):
    """What the index pages and the feed show of an article."""

    id: str
    title: str
    date: str | None
    publisher: str | None
    summary: str


class ProfileRow(NamedTuple):
    """What the index pages and the data show of a profile; ``data`` is its
    entry of ``briefing.json`` (JSON text)."""

    id: str
    type: str
    name: str
    path: str
    articles: int
    stances_by: int
    stances_toward: int
    data: str

    @classmethod
    def of(cls, profile: Profile, data: str) -> ProfileRow:
        return cls(
            profile.id,
            profile.entity.type,
            profile.entity.name,
            profile.path,
            len(profile.articles),
            len(profile.stances_by),
            len(profile.stances_toward),
            data,
        )


class Cell(NamedTuple):
    """A stance shown in the home page's matrix."""

    article: str
    actor: str
    target: str
    position: str
    sentence: int | None


MATRIX_ROWS = 15  # actors taking the most stances
MATRIX_COLUMNS = 12  # targets of the most stances


@dataclass
class Overview:
    """The whole corpus as the index pages, the home page, the feed and the data
    files' frame need it."""

    stamp: str
    heads: list[Head]  # in the corpus's order
    profiles: list[ProfileRow]  # by id
    rows: list[str]  # the matrix's actors
    cols: list[str]  # and targets
    cells: list[Cell]  # stances of a row toward a column, in the corpus's order
    stance_total: int
    figure_total: int

    @classmethod
    def of(cls, corpus: Corpus, entity_data: Callable[[Corpus, str], str]) -> Overview:
        stances = [(r.id, s) for r in corpus.records for s in r.stances]
        rows = top(Counter(s.actor for _, s in stances), MATRIX_ROWS)
        cols = top(Counter(s.target for _, s in stances), MATRIX_COLUMNS)
        chosen, aimed = set(rows), set(cols)
        profiles = [
            ProfileRow.of(corpus.profiles[k], entity_data(corpus, k))
            for k in sorted(corpus.profiles)
        ]
        return cls(
            stamp=corpus.stamp,
            heads=[Head(r.id, r.title, r.date, r.publisher, r.summary) for r in corpus.records],
            profiles=profiles,
            rows=rows,
            cols=cols,
            cells=[
                Cell(a, s.actor, s.target, s.position, s.sentence)
                for a, s in stances
                if s.actor in chosen and s.target in aimed
            ],
            stance_total=len(stances),
            figure_total=sum(len(r.figures) for r in corpus.records),
        )


def top(counts: Mapping[str, int], n: int) -> list[str]:
    """The ``n`` most counted, ties by id."""
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))][:n]


def _merge(a: Entity, b: Entity) -> Entity:
    """Fill ``a``'s empty fields from ``b`` (the same entity seen elsewhere)."""
    changes = {k: v for k, v in vars(b).items() if v and not getattr(a, k)}
    aliases = tuple(dict.fromkeys(a.aliases + b.aliases))
    return replace(a, **changes, aliases=aliases)


def build_corpus(records: Iterable[ArticleRecord], entities: Iterable[Entity]) -> Corpus:
    """Link records and entities; ``entities`` holds every entity a record names."""
    records = sorted(records, key=lambda r: (r.date or "", r.id), reverse=False)
    known: dict[str, Entity] = {}
    for entity in entities:
        known[entity.id] = _merge(known[entity.id], entity) if entity.id in known else entity
    profiles: dict[str, Profile] = {}

    def profile(entity_id: str) -> Profile | None:
        found = profiles.get(entity_id)
        if found is not None:
            return found
        entity = known.get(entity_id)
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
            seen = aliases.setdefault(actor.id, {p.entity.name})
            for alias in actor.aliases:
                if alias not in seen:
                    seen.add(alias)
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
    for entity in known.values():
        owner = entity.org or entity.country
        if owner in profiles and entity.id in profiles:
            profiles[owner].members.append(entity.id)
    for p in profiles.values():
        p.members.sort()
    dates = sorted(r.date for r in records if r.date)
    stamp = (dates[-1] + " · " if dates else "") + "inputs " + digest.hexdigest()[:12]
    return Corpus(records=list(records), entities=known, profiles=profiles, stamp=stamp)
