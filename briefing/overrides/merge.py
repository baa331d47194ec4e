"""Merging an article's override over its extraction: a pure function that
returns the article's record, the entities the override adds and the
problems it raises. The override always wins. Removals name the extracted
item (not a list position), so they keep working when extraction improves;
a removal that matches nothing is reported as stale."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from ..errors import Problem
from ..models import Actor, Article, ArticleRecord, Entity, Extraction, Figure, Stance
from ..registry import Registry
from ..text import slugify
from .files import ArticleOverride


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
        override: ArticleOverride,
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

    def stances(self, stances: list[Stance], removed_actors: set[str]) -> list[Stance]:
        section = self.o.data.get("stances", {})
        stances = [
            s for s in stances if s.actor not in removed_actors and s.target not in removed_actors
        ]
        for index, match in enumerate(section.get("remove", [])):
            test = self.stance_test(f"stances.remove[{index}]", match)
            if test is None:
                continue
            removing = [s for s in stances if test(s) and not s.pinned]
            if not removing:
                self.warn(
                    f"stances.remove[{index}]", "stale: matches no extracted stance; delete it"
                )
            stances = [s for s in stances if not (test(s) and not s.pinned)]
        for index, rule in enumerate(section.get("replace", [])):
            where = f"stances.replace[{index}]"
            test = self.stance_test(where, rule["match"])
            if test is None:
                continue
            changes = self.stance_fields(where, rule["with"])
            if changes is None:
                continue
            hits = 0
            for position, stance in enumerate(stances):
                if test(stance):
                    hits += 1
                    stances[position] = replace(stance, **changes, source="override")
            if not hits:
                self.warn(where, "stale: matches no extracted stance; delete it")
        for index, item in enumerate(section.get("add", [])):
            where = f"stances.add[{index}]"
            fields_ = self.stance_fields(where, item)
            if fields_ is None:
                continue
            evidence, sentence = fields_.pop("evidence", ""), fields_.pop("sentence", None)
            stance = Stance(
                evidence=evidence,
                sentence=sentence,
                source="override",
                pinned=bool(item.get("pinned")),
                **fields_,
            )
            stances = [s for s in stances if s.key != stance.key] + [stance]
        return stances

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
        if "evidence" in item:
            text, sentence = _sentence_of(self.article, item["evidence"])
            if sentence is None:
                self.warn(
                    f"{where}.evidence",
                    "not a sentence of this article; kept without "
                    "an evidence link (copy the sentence exactly to link it)",
                )
            out["evidence"], out["sentence"] = text, sentence
        return out

    def stance_test(self, where: str, match: dict[str, Any]):  # type: ignore[no-untyped-def]
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
        section = self.o.data.get("figures", {})
        figures = [replace(f, actor=None) if f.actor in removed_actors else f for f in figures]

        def test_of(match: dict[str, Any]):  # type: ignore[no-untyped-def]
            def test(figure: Figure) -> bool:
                if "value" in match and abs(figure.value - float(match["value"])) > 0.005 * max(
                    abs(figure.value), 1e-9
                ):
                    return False
                return all(
                    getattr(figure, k) == match[k] for k in ("text", "kind", "unit") if k in match
                )

            return test

        for index, match in enumerate(section.get("remove", [])):
            test = test_of(match)
            if not match or not any(test(f) and not f.pinned for f in figures):
                self.warn(
                    f"figures.remove[{index}]", "stale: matches no extracted figure; delete it"
                )
            figures = [f for f in figures if not (test(f) and not f.pinned)]
        for index, rule in enumerate(section.get("replace", [])):
            where = f"figures.replace[{index}]"
            test = test_of(rule["match"])
            changes = self.figure_fields(where, rule["with"])
            hits = [i for i, f in enumerate(figures) if test(f)]
            if not hits:
                self.warn(where, "stale: matches no extracted figure; delete it")
            for i in hits:
                figures[i] = replace(figures[i], **changes, source="override")
        for index, item in enumerate(section.get("add", [])):
            where = f"figures.add[{index}]"
            fields_ = self.figure_fields(where, item)
            figure = Figure(
                **{"of": "", "evidence": "", **fields_},
                source="override",
                pinned=bool(item.get("pinned")),
            )
            same = (figure.kind, figure.value, figure.unit)
            figures = [f for f in figures if (f.kind, f.value, f.unit) != same] + [figure]
        return figures

    def figure_fields(self, where: str, item: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {
            k: item[k] for k in ("kind", "text", "unit", "of", "qualifier") if k in item
        }
        if "value" in item:
            out["value"] = float(item["value"])
        if "actor" in item:
            out["actor"] = self.entity_id(f"{where}.actor", item["actor"])
        if "evidence" in item:
            text, sentence = _sentence_of(self.article, item["evidence"])
            if sentence is None:
                self.warn(
                    f"{where}.evidence",
                    "not a sentence of this article; kept without an evidence link",
                )
            out["evidence"], out["sentence"] = text, sentence
        return out

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
            url=data.get("url"),
            note=data.get("note"),
            summary_source="override" if "summary" in data else "extracted",
            overridden=overridden,
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
    override: ArticleOverride | None,
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
        )
        return record, {}, []
    merge = _ArticleMerge(article, extraction, override, registry, entities)
    return merge.record(), merge.added, merge.problems


def check_targets(
    overrides: Mapping[str, ArticleOverride], article_ids: Iterable[str]
) -> tuple[dict[str, ArticleOverride], list[Problem]]:
    """The article overrides whose article exists, and a problem for each other."""
    ids = sorted(article_ids)
    known = set(ids)
    valid: dict[str, ArticleOverride] = {}
    problems: list[Problem] = []
    for stem, override in sorted(overrides.items()):
        if stem in known:
            valid[stem] = override
            continue
        close = difflib.get_close_matches(stem, ids, n=1, cutoff=0.5)
        hint = f"did you mean '{close[0]}'?" if close else "see the ids in data/briefing.json"
        problems.append(Problem(override.path, f"no article with id '{stem}'; {hint} (skipped)"))
    return valid, problems
