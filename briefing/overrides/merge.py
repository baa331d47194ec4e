"""Merging an article's override over its extraction: a pure function that
returns the article's record, the entities the override adds and the
problems it raises. The override always wins. Removals name the extracted
item (not a list position), so they keep working when extraction improves;
a removal that matches nothing is reported as stale."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from ..errors import Problem
from ..models import Actor, Article, ArticleRecord, Entity, Extraction, Figure, Stance
from ..registry import Registry
from ..text import slugify
from .files import Override


class _Resolver:
    """Entity ids from what a writer typed: an id, a name or an alias."""

    def __init__(
        self, registry: Registry, actors: Iterable[Actor], entities: Mapping[str, Entity]
    ) -> None:
        self.by_key: dict[str, str] = {}
        for entity in list(registry.entities.values()) + list(entities.values()):
            for name in (entity.id, entity.name, *entity.aliases):
                self.by_key.setdefault(_fold(name), entity.id)
        for actor in actors:  # this article's own names win
            for name in (actor.id, actor.name, *actor.aliases):
                self.by_key[_fold(name)] = actor.id

    def __call__(self, text: str | None) -> str | None:
        if not text:
            return None
        return self.by_key.get(_fold(text))


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


def _sentence_of(article: Article, evidence: str | None) -> tuple[str, int | None]:
    """The sentence a writer quoted: exact, else one containing it."""
    if not evidence:
        return "", None
    wanted = " ".join(evidence.split())
    for sentence in article.sentences:
        if sentence.text == wanted:
            return sentence.text, sentence.index
    for sentence in article.sentences:
        if wanted and wanted in sentence.text:
            return sentence.text, sentence.index
    return wanted, None


class _ArticleMerge:
    def __init__(
        self,
        article: Article,
        extraction: Extraction,
        override: Override,
        registry: Registry,
        entities: Mapping[str, Entity],
    ):
        self.article = article
        self.x = extraction
        self.o = override
        self.registry = registry
        self.entities = entities
        self.added: dict[str, Entity] = {}  # entities new to the build, named here
        self.problems: list[Problem] = []
        self.resolve = _Resolver(registry, extraction.actors, entities)

    def entity(self, entity_id: str | None) -> Entity | None:
        if not entity_id:
            return None
        return (
            self.added.get(entity_id)
            or self.entities.get(entity_id)
            or self.registry.get(entity_id)
        )

    def warn(self, where: str, message: str) -> None:
        self.problems.append(Problem(self.o.path, f"{where}: {message}", kind="warning"))

    def entity_id(self, where: str, text: str | None, required: bool = True) -> str | None:
        if text is None:
            return None
        found = self.resolve(text)
        if found is None and required:
            self.warn(
                where,
                f"no actor or entity named {text!r}; use an id from the "
                "article's actors or the registry, or add it under actors.add",
            )
        return found

    def actors(self, actors: list[Actor]) -> tuple[list[Actor], set[str]]:
        section = self.o.data.get("actors", {})
        removed: set[str] = set()
        for index, name in enumerate(section.get("remove", [])):
            entity_id = self.resolve(name)
            hits = [a for a in actors if a.id == entity_id and not a.pinned]
            if not hits:
                self.warn(
                    f"actors.remove[{index}]",
                    f"stale: no extracted actor {name!r}; delete this line",
                )
                continue
            removed.add(entity_id)  # type: ignore[arg-type]
            actors = [a for a in actors if a.id != entity_id]
        for index, item in enumerate(section.get("add", [])):
            where = f"actors.add[{index}]"
            entity_id = item.get("id") or self.resolve(item.get("name"))
            entity = self.entity(entity_id)
            if entity is None:
                if not (item.get("name") and item.get("type")):
                    self.warn(
                        where,
                        "unknown actor; give `id` of a registry entity, or `name` "
                        "and `type` for a new one",
                    )
                    continue
                entity_id = item.get("id") or slugify(item["name"])
                entity = Entity(
                    id=entity_id,
                    name=item["name"],
                    type=item["type"],
                    aliases=tuple(item.get("aliases", [])),
                    source="override",
                )
                self.added[entity_id] = entity
            actor = Actor(
                id=entity.id,
                name=item.get("name", entity.name),
                type=item.get("type", entity.type),
                aliases=tuple(item.get("aliases", [])) or (item.get("name", entity.name),),
                mentions=0,
                affiliation=entity.org or entity.country,
                source="override",
                pinned=bool(item.get("pinned")),
            )
            actors = [a for a in actors if a.id != actor.id] + [actor]
            removed.discard(actor.id)
        return actors, removed

    def section(
        self,
        kind: str,
        items: list[Any],
        test_of: Callable[[str, dict[str, Any]], Callable[[Any], bool] | None],
        fields_of: Callable[[str, dict[str, Any]], dict[str, Any] | None],
        make: Callable[[dict[str, Any], bool], Any],
        key: Callable[[Any], object],
    ) -> list[Any]:
        """A section's removals, replacements and additions (``stances``,
        ``figures``) applied to the extracted ``items``; an added item replaces
        the extracted ones with its ``key``, a pinned one is never removed."""
        section = self.o.data.get(kind, {})
        stale = f"stale: matches no extracted {kind[:-1]}; delete it"
        for index, match in enumerate(section.get("remove", [])):
            where = f"{kind}.remove[{index}]"
            test = test_of(where, match)
            if test is not None:
                if not any(test(x) and not x.pinned for x in items):
                    self.warn(where, stale)
                items = [x for x in items if not (test(x) and not x.pinned)]
        for index, rule in enumerate(section.get("replace", [])):
            where = f"{kind}.replace[{index}]"
            test = test_of(where, rule["match"])
            changes = fields_of(where, rule["with"]) if test is not None else None
            if test is None or changes is None:
                continue
            hits = [i for i, x in enumerate(items) if test(x)]
            if not hits:
                self.warn(where, stale)
            for i in hits:
                items[i] = replace(items[i], **changes, source="override")
        for index, item in enumerate(section.get("add", [])):
            fields_ = fields_of(f"{kind}.add[{index}]", item)
            if fields_ is not None:
                added = make(fields_, bool(item.get("pinned")))
                items = [x for x in items if key(x) != key(added)] + [added]
        return items

    def stances(self, stances: list[Stance], removed_actors: set[str]) -> list[Stance]:
        kept = [
            s for s in stances if s.actor not in removed_actors and s.target not in removed_actors
        ]

        def make(fields_: dict[str, Any], pinned: bool) -> Stance:
            return Stance(**{"evidence": "", **fields_}, source="override", pinned=pinned)

        key: Callable[[Stance], object] = lambda s: s.key  # noqa: E731
        return self.section("stances", kept, self.stance_test, self.stance_fields, make, key)

    def stance_fields(self, where: str, item: dict[str, Any]) -> dict[str, Any] | None:
        out: dict[str, Any] = {}
        for key in ("actor", "target", "via"):
            if key in item:
                entity_id = self.entity_id(f"{where}.{key}", item[key])
                if entity_id is None:
                    return None
                out[key] = entity_id
        if "position" in item:
            out["position"] = item["position"]
        return out | self.evidence(where, item)

    def evidence(self, where: str, item: dict[str, Any]) -> dict[str, Any]:
        """The evidence and its sentence, where the item quotes one."""
        if "evidence" not in item:
            return {}
        text, sentence = _sentence_of(self.article, item["evidence"])
        if sentence is None:
            self.warn(
                f"{where}.evidence",
                "not a sentence of this article; kept without "
                "an evidence link (copy the sentence exactly to link it)",
            )
        return {"evidence": text, "sentence": sentence}

    def stance_test(self, where: str, match: dict[str, Any]) -> Callable[[Stance], bool] | None:
        ids = {}
        for key in ("actor", "target"):
            if key in match:
                ids[key] = self.entity_id(f"{where}.{key}", match[key])
                if ids[key] is None:
                    return None
        if not match:
            self.warn(where, "empty match would remove everything; name actor, target or position")
            return None

        def test(stance: Stance) -> bool:
            return (
                all(getattr(stance, k) == v for k, v in ids.items())
                and match.get("position", stance.position) == stance.position
                and " ".join(match.get("evidence", "").split()) in stance.evidence
            )

        return test

    def figures(self, figures: list[Figure], removed_actors: set[str]) -> list[Figure]:
        kept = [replace(f, actor=None) if f.actor in removed_actors else f for f in figures]

        def make(fields_: dict[str, Any], pinned: bool) -> Figure:
            return Figure(**{"of": "", "evidence": "", **fields_}, source="override", pinned=pinned)

        key: Callable[[Figure], object] = lambda f: (f.kind, f.value, f.unit)  # noqa: E731
        return self.section("figures", kept, self.figure_test, self.figure_fields, make, key)

    def figure_test(self, where: str, match: dict[str, Any]) -> Callable[[Figure], bool] | None:
        if not match:
            self.warn(where, "empty match would change every figure; name text, kind or value")
            return None

        def test(figure: Figure) -> bool:
            if "value" in match and abs(figure.value - float(match["value"])) > 0.005 * max(
                abs(figure.value), 1e-9
            ):
                return False
            return all(
                getattr(figure, k) == match[k] for k in ("text", "kind", "unit") if k in match
            )

        return test

    def figure_fields(self, where: str, item: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {
            k: item[k] for k in ("kind", "text", "unit", "of", "qualifier") if k in item
        }
        if "value" in item:
            out["value"] = float(item["value"])
        if "actor" in item:
            out["actor"] = self.entity_id(f"{where}.actor", item["actor"])
        return out | self.evidence(where, item)

    def record(self) -> ArticleRecord:
        data = self.o.data
        actors, removed = self.actors(list(self.x.actors))
        stances = self.stances(list(self.x.stances), removed)
        figures = self.figures(list(self.x.figures), removed)
        known = {a.id for a in actors}
        for stance in stances:  # a stance's ends are the article's actors
            for entity_id in (stance.actor, stance.target):
                entity = self.entity(entity_id)
                if entity_id not in known and entity is not None:
                    actors.append(
                        Actor(
                            id=entity.id,
                            name=entity.name,
                            type=entity.type,
                            aliases=(entity.name,),
                            source="override",
                        )
                    )
                    known.add(entity_id)
        overridden = tuple(
            k for k in ("title", "summary", "publisher", "date", "url", "note") if k in data
        )
        return ArticleRecord(
            article=self.article,
            actors=tuple(actors),
            stances=tuple(stances),
            figures=tuple(figures),
            summary=data.get("summary", self.x.summary).strip(),
            title=data.get("title", self.article.title),
            publisher=data.get("publisher", self.article.publisher),
            date=data.get("date", self.article.date),
            url=data.get("url", self.article.url),
            note=data.get("note"),
            summary_source="override" if "summary" in data else "extracted",
            overridden=overridden,
            author=self.article.byline,
        )


def remap(extraction: Extraction, merges: dict[str, str]) -> Extraction:
    """Fold merged entity ids into the entity they belong to."""
    if not merges:
        return extraction

    def fix(entity_id: str | None) -> str | None:
        return merges.get(entity_id, entity_id) if entity_id else entity_id

    actors: dict[str, Actor] = {}
    for actor in extraction.actors:
        new_id = fix(actor.id) or actor.id
        if new_id in actors:
            kept = actors[new_id]
            aliases = tuple(dict.fromkeys(kept.aliases + actor.aliases))
            actors[new_id] = replace(kept, aliases=aliases, mentions=kept.mentions + actor.mentions)
        else:
            actors[new_id] = replace(actor, id=new_id)
    stances: dict[tuple[str, str, str], Stance] = {}
    for stance in extraction.stances:
        moved = replace(
            stance,
            actor=merges.get(stance.actor, stance.actor),
            target=merges.get(stance.target, stance.target),
            via=fix(stance.via),
        )
        if moved.actor != moved.target:
            stances.setdefault(moved.key, moved)
    return replace(
        extraction,
        actors=tuple(actors.values()),
        stances=tuple(stances.values()),
        figures=tuple(replace(f, actor=fix(f.actor)) for f in extraction.figures),
        entities=tuple(e for e in extraction.entities if e.id not in merges),
    )


def merge_article(
    article: Article,
    extraction: Extraction,
    override: Override | None,
    registry: Registry,
    entities: Mapping[str, Entity],
) -> tuple[ArticleRecord, dict[str, Entity], list[Problem]]:
    """The article's final record (extraction with the override applied), the
    entities the override adds that the build did not know, and its problems."""
    if override is None:
        record = ArticleRecord(
            article=article,
            actors=extraction.actors,
            stances=extraction.stances,
            figures=extraction.figures,
            summary=extraction.summary,
            title=article.title,
            publisher=article.publisher,
            date=article.date,
            url=article.url,
            author=article.byline,
        )
        return record, {}, []
    merge = _ArticleMerge(article, extraction, override, registry, entities)
    return merge.record(), merge.added, merge.problems


def check_targets(
    overrides: Mapping[str, Override], article_ids: Iterable[str]
) -> tuple[dict[str, Override], list[Problem]]:
    """The article overrides whose article exists, and a problem for each other."""
    ids = sorted(article_ids)
    known = set(ids)
    valid: dict[str, Override] = {}
    problems: list[Problem] = []
    for stem, override in sorted(overrides.items()):
        if stem in known:
            valid[stem] = override
            continue
        close = difflib.get_close_matches(stem, ids, n=1, cutoff=0.5)
        hint = f"did you mean '{close[0]}'?" if close else "see the ids in data/briefing.json"
        problems.append(Problem(override.path, f"no article with id '{stem}'; {hint} (skipped)"))
    return valid, problems
