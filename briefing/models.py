"""Typed data passed between pipeline stages.

Everything here is a frozen dataclass: a stage never mutates what it was
given, it returns new records. ``to_dict`` methods give the plain shapes that
go into front matter and ``briefing.json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

EntityType = Literal["country", "company", "organization", "person", "region", "outlet"]
Position = Literal["oppose", "support", "undecided"]
FigureKind = Literal["money", "percent", "multiplier", "count", "year", "duration"]
Origin = Literal["extracted", "override"]

ENTITY_TYPES: tuple[str, ...] = ("country", "company", "organization", "person")
POSITIONS: tuple[str, ...] = ("oppose", "support", "undecided")
FIGURE_KINDS: tuple[str, ...] = ("money", "percent", "multiplier", "count", "year", "duration")


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article's cleaned text, with its place in it."""

    index: int  # 1-based; the page anchor is ``s-<index>``
    text: str
    start: int  # character offsets into ``Article.text``
    end: int
    paragraph: int  # 0-based paragraph number

    @property
    def anchor(self) -> str:
        return f"s-{self.index}"


@dataclass(frozen=True)
class Article:
    """A loaded article: headline, page furniture removed, sentences split."""

    id: str
    source: str  # the input file name, e.g. ``000_abc.txt``
    title: str
    text: str  # cleaned body, paragraphs separated by a blank line
    paragraphs: tuple[str, ...]
    sentences: tuple[Sentence, ...]
    publisher: str | None = None
    byline: str | None = None  # the author: a "By ..." line, front matter, a page's metadata
    date: str | None = None  # ISO date: front matter, a page's metadata or a dateline
    sections: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()  # furniture lines dropped, for the log
    digest: str = ""  # sha256 of the raw bytes
    url: str | None = None  # the original's address (front matter, a page's canonical URL)
    tags: tuple[str, ...] = ()  # front matter's tags, a page's tags
    # what was wrong with the file but did not stop it (a broken front
    # matter): (line, column, message, "error" or "warning"); 0: no line
    problems: tuple[tuple[int, int, str, str], ...] = ()

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Resolution:
    """A writer's word that figures of an entity which disagree were checked
    (an entity override's ``resolved``): which figures, and what was found."""

    of: str  # what the figures measure, as the Figures page names it
    year: int
    unit: str | None = None  # the unit, if the writer named one
    value: float | None = None  # the value found right, if the writer gave one
    note: str = ""


@dataclass(frozen=True)
class Entity:
    """A canonical actor: a registry entry, or one discovered in the text."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    country: str | None = None  # home country id (companies, agencies, people)
    org: str | None = None  # people: organization or company id
    title: str | None = None  # people: the title they were introduced with
    ambiguous: bool = False
    # an organization of its country but not a body of its state (an armed or
    # rebel group): its dealings with that country are stances
    independent: bool = False
    description: str | None = None  # Markdown, from an entity override
    links: tuple[tuple[str, str], ...] = ()  # (label, url)
    source: Origin = "extracted"
    resolved: tuple[Resolution, ...] = ()  # figure conflicts a writer resolved

    @property
    def affiliation(self) -> str | None:
        return self.org or self.country


@dataclass(frozen=True)
class Actor:
    """An entity as it appears in one article."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()  # surface forms seen in this article
    mentions: int = 0
    affiliation: str | None = None
    source: Origin = "extracted"
    pinned: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "name": self.name, "type": self.type}
        out["aliases"] = list(self.aliases)
        out["mentions"] = self.mentions
        if self.affiliation:
            out["affiliation"] = self.affiliation
        out["source"] = self.source
        if self.pinned:
            out["pinned"] = True
        return out


@dataclass(frozen=True)
class Stance:
    """``actor`` takes ``position`` toward ``target``, shown by ``evidence``."""

    actor: str  # entity id
    target: str  # entity id
    position: str
    evidence: str
    sentence: int | None = None  # Sentence.index of the evidence
    via: str | None = None  # the person who spoke or acted for ``actor``
    act: str | None = None  # the act's class: ban, sanction, fund, agree, accuse...
    trigger: str | None = None  # the words of the sentence that show the act
    source: Origin = "extracted"
    pinned: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.actor, self.target, self.position)

    def to_dict(self, names: dict[str, str] | None = None) -> dict[str, Any]:
        names = names or {}
        out: dict[str, Any] = {
            "actor": names.get(self.actor, self.actor),
            "actor_id": self.actor,
            "target": names.get(self.target, self.target),
            "target_id": self.target,
            "position": self.position,
            "evidence": self.evidence,
        }
        if self.sentence is not None:
            out["sentence"] = self.sentence
        if self.via:
            out["via"] = self.via
        if self.act:
            out["act"] = self.act
        if self.trigger:
            out["trigger"] = self.trigger
        out["source"] = self.source
        if self.pinned:
            out["pinned"] = True
        return out


@dataclass(frozen=True)
class Figure:
    """A normalized quantity and what it measures."""

    kind: str
    text: str  # as written, qualifier included: "about ¥280 billion"
    value: float
    unit: str
    of: str = ""
    actor: str | None = None  # entity id the figure belongs to
    qualifier: str | None = None  # about, less than, up to...
    evidence: str = ""
    sentence: int | None = None
    source: Origin = "extracted"
    pinned: bool = False

    @property
    def key(self) -> tuple[str, str, float, str]:
        return (self.kind, self.text, self.value, self.unit)

    @property
    def number(self) -> float | int:
        """The value, as an int when it is a whole number."""
        return int(self.value) if float(self.value).is_integer() else self.value

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "text": self.text,
            "value": self.number,
            "unit": self.unit,
            "of": self.of,
        }
        if self.qualifier:
            out["qualifier"] = self.qualifier
        if self.actor:
            out["actor"] = self.actor
        out["evidence"] = self.evidence
        if self.sentence is not None:
            out["sentence"] = self.sentence
        out["source"] = self.source
        if self.pinned:
            out["pinned"] = True
        return out


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: str  # Article.id
    actors: tuple[Actor, ...] = ()
    stances: tuple[Stance, ...] = ()
    figures: tuple[Figure, ...] = ()
    summary: str = ""
    summary_sentences: tuple[int, ...] = ()
    entities: tuple[Entity, ...] = ()  # entities discovered here, not in the registry


@dataclass(frozen=True)
class ArticleRecord:
    """An article with its final (extracted, then overridden) data."""

    article: Article
    actors: tuple[Actor, ...]
    stances: tuple[Stance, ...]
    figures: tuple[Figure, ...]
    summary: str
    title: str
    publisher: str | None = None
    date: str | None = None  # ISO date: the override's, else the article's
    url: str | None = None  # the original: the override's, else the article's
    note: str | None = None  # editor's note (Markdown)
    summary_source: Origin = "extracted"
    overridden: tuple[str, ...] = field(default=())  # fields a writer set
    author: str | None = None  # the article's byline

    @property
    def id(self) -> str:
        return self.article.id

    def named(self) -> set[str]:
        """The ids of the entities the record names: its actors, its stances'
        actors, targets and speakers, its figures' actors."""
        out = {a.id for a in self.actors}
        out.update(i for s in self.stances for i in (s.actor, s.target, s.via) if i)
        out.update(f.actor for f in self.figures if f.actor)
        return out
