"""What overrides change: an article's or an entity's facts before and after,
one :class:`Change` per fact added, removed or changed. The Corrections
page shows extraction against the build; ``build.py corrections`` the
overrides of a git ref against the working tree's."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from ..models import Actor, ArticleRecord, Entity, Figure, Stance

FIELDS = ("title", "summary", "publisher", "date", "url", "note")
SHORT = 160  # characters of a long value (a summary, a sentence) shown
T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    """One fact: as it was (None: added) and as it is (None: removed)."""

    what: str  # stance, figure, actor, title, summary, ..., alias, description, merged
    before: str | None
    after: str | None

    @property
    def kind(self) -> str:
        return "added" if self.before is None else "removed" if self.after is None else "changed"


@dataclass(frozen=True)
class Correction:
    """What one override file changes."""

    subject: str  # article or entity
    id: str
    name: str  # the article's title, the entity's name
    override: str  # the file, relative to the overrides folder: articles/<id>.yaml
    changes: tuple[Change, ...]
    date: str | None = None  # of the file's last change, where git knows it


def shorten(text: str | None, width: int = SHORT) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


def article_diff(
    before: ArticleRecord, after: ArticleRecord, names: Mapping[str, str]
) -> list[Change]:
    """The facts of an article that differ from ``before`` to ``after``."""
    changes = [
        Change(key, _value(getattr(before, key)), _value(getattr(after, key)))
        for key in FIELDS
        if getattr(before, key) != getattr(after, key)
    ]

    def name(entity_id: str | None) -> str:
        return names.get(entity_id or "", entity_id or "")

    def actor(a: Actor) -> str:
        return f"{a.name} ({a.type})" + (" (pinned)" if a.pinned else "")

    def stance(s: Stance) -> str:
        via = f" (via {name(s.via)})" if s.via else ""
        shown = f"{name(s.actor)} → {name(s.target)}: {s.position}{via}"
        return shown + (" (pinned)" if s.pinned else "")

    def figure(f: Figure) -> str:
        of = f", {f.of}" if f.of else ""
        by = f", {name(f.actor)}" if f.actor else ""
        return f"{f.text} ({f.kind}: {f.number:,} {f.unit}{of}{by})" + (
            " (pinned)" if f.pinned else ""
        )

    changes += _items("actor", before.actors, after.actors, lambda a: a.id, None, actor)
    changes += _items(
        "stance",
        before.stances,
        after.stances,
        lambda s: s.key,
        lambda s: (s.actor, s.target),
        stance,
        lambda s: s.evidence,
    )
    changes += _items(
        "figure",
        before.figures,
        after.figures,
        lambda f: f.key,
        lambda f: f.text,
        figure,
        lambda f: f.evidence,
    )
    return changes


def _value(value: object) -> str | None:
    return shorten(str(value)) if value else None


def _items(
    what: str,
    before: tuple[T, ...],
    after: tuple[T, ...],
    key: Callable[[T], object],
    pair: Callable[[T], object] | None,
    show: Callable[[T], str],
    evidence: Callable[[T], str] | None = None,
) -> list[Change]:
    """Items removed, added and changed: the same ``key`` shown differently,
    or (``pair``) a removed and an added one with the same pair key (a stance
    whose position changed, a figure whose value did)."""

    def shown(item: T) -> str:
        said = shorten(evidence(item), 90) if evidence else ""
        return show(item) + (f' — "{said}"' if said else "")

    old = {key(x): x for x in before}
    new = {key(x): x for x in after}
    changes = []
    for k in old.keys() & new.keys():
        if show(old[k]) != show(new[k]) or (evidence and evidence(old[k]) != evidence(new[k])):
            changes.append((show(old[k]), Change(what, shown(old[k]), shown(new[k]))))
    gone = [x for k, x in old.items() if k not in new]
    came = [x for k, x in new.items() if k not in old]
    if pair is not None:
        for x in list(gone):
            match = next((y for y in came if pair(y) == pair(x)), None)
            if match is not None:
                gone.remove(x)
                came.remove(match)
                changes.append((show(x), Change(what, shown(x), shown(match))))
    changes += [(show(x), Change(what, shown(x), None)) for x in gone]
    changes += [(show(x), Change(what, None, shown(x))) for x in came]
    return [c for _, c in sorted(changes, key=lambda sc: (sc[0], sc[1].kind))]


def entity_diff(
    before: Entity | None, after: Entity, merged: Mapping[str, Entity] | None = None
) -> list[Change]:
    """What an entity override changes of ``before`` (None: a new entity);
    ``merged``: the entities it takes in, by id."""
    if before is None:
        changes = [Change("entity", None, f"{after.name} ({after.type})")]
        before = Entity(id=after.id, name=after.name, type=after.type)
    else:
        changes = []
    for key in ("name", "type", "country", "org", "description"):
        old, new = getattr(before, key), getattr(after, key)
        if old != new:
            changes.append(Change(key, _value(old), _value(new)))
    merged = merged or {}
    taken = {n for e in merged.values() for n in (e.name, *e.aliases)}  # with the merges
    for alias in after.aliases:
        if alias not in before.aliases and alias != before.name and alias not in taken:
            changes.append(Change("alias", None, alias))
    for entity_id, other in sorted(merged.items()):
        changes.append(Change("merged", f"{other.name} ({entity_id})", f"part of {after.name}"))
    old_links, new_links = dict(before.links), dict(after.links)
    for label in sorted(old_links.keys() | new_links.keys()):
        if old_links.get(label) != new_links.get(label):
            changes.append(Change(f"link: {label}", old_links.get(label), new_links.get(label)))
    return changes
