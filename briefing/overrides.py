"""Stage 3: writers' YAML overrides, merged over what extraction found.

``overrides/articles/<article-id>.yaml`` corrects one article,
``overrides/entities/<entity-id>.yaml`` one entity. The override always wins
over extraction. Removals name the extracted item (not a list position), so
they keep working when extraction improves; a removal that matches nothing is
reported as stale. An invalid file is skipped whole with every problem in it
reported, and everything else still applies.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import Problem, display_path
from .models import (
    ENTITY_TYPES,
    FIGURE_KINDS,
    POSITIONS,
    Actor,
    Article,
    ArticleRecord,
    Entity,
    Extraction,
    Figure,
    Stance,
)
from .registry import Registry
from .schema import SLUG, Field, Schema, Validator

log = logging.getLogger(__name__)

# -- schemas -------------------------------------------------------------------

_ACTOR = Schema(
    "actor",
    "An actor to add to the article.",
    (
        Field("id", "slug", "Entity id (e.g. `huawei`); the registry supplies name and type."),
        Field(
            "name", "str", "Canonical name; with `type`, enough for an actor the registry lacks."
        ),
        Field("type", "choice", "What the actor is.", choices=ENTITY_TYPES),
        Field(
            "aliases",
            "list",
            "Surface forms of the actor in this article.",
            items=Field("alias", "str", "A surface form."),
        ),
        Field("pinned", "bool", "Keep this actor whatever extraction finds or a removal says."),
    ),
)
_STANCE = Schema(
    "stance",
    "A stance: actor takes position toward target.",
    (
        Field("actor", "str", "Who takes the stance: entity id or name.", required=True),
        Field("target", "str", "Toward whom: entity id or name.", required=True),
        Field("position", "choice", "The position taken.", required=True, choices=POSITIONS),
        Field(
            "evidence",
            "text",
            "The sentence of the article that shows it (copy it exactly to get an evidence link).",
        ),
        Field("via", "str", "The person who spoke or acted for the actor: entity id or name."),
        Field("pinned", "bool", "Keep this stance whatever extraction finds or a removal says."),
    ),
)
_STANCE_MATCH = Schema(
    "stance match",
    "Names extracted stances; every key given must match.",
    (
        Field("actor", "str", "Actor id or name."),
        Field("target", "str", "Target id or name."),
        Field("position", "choice", "Position.", choices=POSITIONS),
        Field("evidence", "text", "Part of the evidence sentence."),
    ),
)
_FIGURE = Schema(
    "figure",
    "A figure and what it measures.",
    (
        Field("kind", "choice", "What sort of quantity.", required=True, choices=FIGURE_KINDS),
        Field("text", "str", "The figure as written, e.g. `$500 million`.", required=True),
        Field("value", "number", "Normalized value, e.g. 500000000.", required=True),
        Field(
            "unit",
            "str",
            "ISO currency code, percent, x, count, year, years, months or days.",
            required=True,
        ),
        Field("of", "str", "What the figure measures."),
        Field("actor", "str", "The actor the figure belongs to: entity id or name."),
        Field("qualifier", "str", "about, less than, up to..."),
        Field("evidence", "text", "The sentence of the article that states it."),
        Field("pinned", "bool", "Keep this figure whatever extraction finds or a removal says."),
    ),
)
_FIGURE_MATCH = Schema(
    "figure match",
    "Names extracted figures; every key given must match.",
    (
        Field("text", "str", "The figure as written."),
        Field("kind", "choice", "Kind.", choices=FIGURE_KINDS),
        Field("value", "number", "Normalized value."),
        Field("unit", "str", "Unit."),
    ),
)


def _replace_schema(match: Schema, item: Schema) -> Schema:
    partial = Schema(
        item.name + " changes",
        "Fields to change.",
        tuple(replace(f, required=False) for f in item.fields),
    )
    return Schema(
        "replace",
        "Change extracted items in place.",
        (
            Field("match", "map", "Which extracted items to change.", required=True, schema=match),
            Field("with", "map", "The new values of their fields.", required=True, schema=partial),
        ),
    )


def _section(name: str, item: Schema, match: Schema | None, what: str) -> Field:
    fields = [
        Field(
            "add",
            "list",
            f"{what} to add; they win over extracted ones with the same key.",
            items=item,
        ),
        Field(
            "remove",
            "list",
            f"Extracted {what.lower()} to drop, named by their fields (not by position).",
            items=match or Field("actor", "str", "Actor id or name."),
        ),
    ]
    if match is not None:
        fields.append(
            Field(
                "replace",
                "list",
                f"Extracted {what.lower()} to change.",
                items=_replace_schema(match, item),
            )
        )
    return Field(name, "map", f"{what} changes.", schema=Schema(name, what, tuple(fields)))


ARTICLE_SCHEMA = Schema(
    "article override",
    "Corrections to one article.",
    (
        Field("title", "str", "The headline shown on the page."),
        Field("summary", "text", "A summary written by a writer, replacing the extracted one."),
        Field("publisher", "str", "Who published the article."),
        Field("date", "date", "Publication date, YYYY-MM-DD (orders the articles and the feed)."),
        Field("url", "url", "Address of the original article."),
        Field("note", "text", "An editor's note shown at the top of the page (Markdown)."),
        _section("actors", _ACTOR, None, "Actors"),
        _section("stances", _STANCE, _STANCE_MATCH, "Stances"),
        _section("figures", _FIGURE, _FIGURE_MATCH, "Figures"),
    ),
)

ENTITY_SCHEMA = Schema(
    "entity override",
    "Corrections to one entity (or a new one).",
    (
        Field("name", "str", "Canonical name."),
        Field("type", "choice", "What the entity is.", choices=ENTITY_TYPES),
        Field(
            "aliases",
            "list",
            "More names; extraction finds them from the next build on.",
            items=Field("alias", "str", "A name."),
        ),
        Field("country", "slug", "Home country id (companies, agencies, people)."),
        Field("org", "slug", "Organization or company id (people)."),
        Field("description", "text", "Markdown shown at the top of the profile."),
        Field(
            "ids",
            "map",
            "External identifiers, rendered as links.",
            schema=Schema(
                "ids",
                "External identifiers.",
                (
                    Field("wikidata", "str", "Wikidata item, e.g. Q5201 (links to wikidata.org)."),
                    Field("wikipedia", "str", "English Wikipedia article title."),
                    Field("website", "url", "Official website."),
                ),
            ),
        ),
        Field(
            "merge",
            "list",
            "Ids of entities that are really this one (an alias extraction "
            "split off); their mentions, stances and figures move here.",
            items=Field("id", "slug", "An entity id."),
        ),
    ),
)

# -- loaded overrides ------------------------------------------------------------


@dataclass(frozen=True)
class ArticleOverride:
    article: str
    path: str
    data: dict[str, Any]


@dataclass(frozen=True)
class EntityOverride:
    entity: str
    path: str
    data: dict[str, Any]


@dataclass
class Overrides:
    articles: dict[str, ArticleOverride] = field(default_factory=dict)
    entities: dict[str, EntityOverride] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def _load_folder(
    folder: Path, schema: Schema, problems: list[Problem]
) -> list[tuple[str, str, dict[str, Any]]]:
    out: list[tuple[str, str, dict[str, Any]]] = []
    if not folder.is_dir():
        return out
    for path in sorted(folder.iterdir()):
        shown = display_path(path)
        if path.is_dir() or path.name.startswith("."):
            continue
        if path.suffix not in (".yaml", ".yml"):
            problems.append(Problem(shown, "not a .yaml file; rename it to <id>.yaml"))
            continue
        if not path.resolve().is_relative_to(folder.resolve()):
            problems.append(Problem(shown, "points outside its folder (a link?); skipped"))
            continue
        if not SLUG.match(path.stem):
            problems.append(
                Problem(
                    shown,
                    f"file name {path.stem!r} is not an id (lowercase "
                    "letters, digits, hyphens); skipped",
                )
            )
            continue
        validator = Validator(shown)
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(Problem(shown, f"cannot read: {error}; save it as UTF-8"))
            continue
        node = validator.compose(text)
        data: dict[str, Any] | None = None
        if node is None and not validator.problems:
            data = {}  # an empty file: nothing to apply
        elif node is not None:
            data = validator.mapping(node, schema, "")
        if validator.problems:
            problems.extend(validator.problems)
            problems.append(
                Problem(shown, "skipped: fix the problems above; nothing in this file was applied")
            )
            continue
        out.append((path.stem, shown, data or {}))
    return out


def load_overrides(folder: Path) -> Overrides:
    """Every override file under ``folder``, validated; bad files become problems."""
    result = Overrides()
    for stem, shown, data in _load_folder(folder / "articles", ARTICLE_SCHEMA, result.problems):
        result.articles[stem] = ArticleOverride(stem, shown, data)
    for stem, shown, data in _load_folder(folder / "entities", ENTITY_SCHEMA, result.problems):
        result.entities[stem] = EntityOverride(stem, shown, data)
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.name not in ("articles", "entities", "README.md") and not path.name.startswith(
                "."
            ):
                result.problems.append(
                    Problem(
                        display_path(path),
                        "unexpected here: overrides go in articles/ or entities/",
                        kind="warning",
                    )
                )
    return result


# -- entities ---------------------------------------------------------------------


def _external_links(ids: dict[str, str]) -> tuple[tuple[str, str], ...]:
    links = []
    if ids.get("wikidata"):
        links.append(("Wikidata", f"https://www.wikidata.org/wiki/{ids['wikidata']}"))
    if ids.get("wikipedia"):
        title = ids["wikipedia"].replace(" ", "_")
        links.append(("Wikipedia", f"https://en.wikipedia.org/wiki/{title}"))
    if ids.get("website"):
        links.append(("Website", ids["website"]))
    return tuple(links)


def build_entities(
    found: dict[str, Entity], registry: Registry, overrides: Overrides, merges: dict[str, str]
) -> dict[str, Entity]:
    """The entities of a build: those found in the articles (in the order
    found), the registry's over them, then the entity overrides' changes;
    ``merges`` gets the ids the overrides merge away."""
    entities = dict(found)
    entities.update(registry.entities)
    changed, more = entity_changes(overrides, entities, final=True)
    merges.update(more)
    entities.update({e.id: e for e in changed})
    return entities


def entity_changes(
    overrides: Overrides, known: dict[str, Entity], final: bool
) -> tuple[list[Entity], dict[str, str]]:
    """Entities changed or added by entity overrides, and merges (old id -> kept id).

    Runs twice: before extraction over the registry (``final=False``: overrides
    of entities not known yet wait), and after it over every entity, when an
    override for an entity that exists nowhere is reported.
    """
    changed: list[Entity] = []
    merges: dict[str, str] = {}
    for entity_id, override in sorted(overrides.entities.items()):
        data = override.data
        base = known.get(entity_id)
        if base is None:
            if not (data.get("name") and data.get("type")):
                if final:
                    close = difflib.get_close_matches(entity_id, list(known), n=1)
                    hint = f" (did you mean '{close[0]}'?)" if close else ""
                    overrides.problems.append(
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
                overrides.problems.append(
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
            )
        )
    return changed, merges


def apply_to_registry(registry: Registry, overrides: Overrides) -> tuple[Registry, dict[str, str]]:
    """The registry with entity overrides applied, so extraction finds new names."""
    changed, merges = entity_changes(overrides, dict(registry.entities), final=False)
    updated = registry.with_entities(changed)
    for other, kept in merges.items():
        if other in updated.entities and other != kept:
            del updated.entities[other]
    return updated, merges


# -- articles ------------------------------------------------------------------------


class _Resolver:
    """Entity ids from what a writer typed: an id, a name or an alias."""

    def __init__(
        self, registry: Registry, actors: Iterable[Actor], entities: dict[str, Entity]
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
        entities: dict[str, Entity],
        problems: list[Problem],
    ):
        self.article = article
        self.x = extraction
        self.o = override
        self.registry = registry
        self.entities = entities
        self.problems = problems
        self.resolve = _Resolver(registry, extraction.actors, entities)

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
            entity = self.entities.get(entity_id or "") or self.registry.get(entity_id)
            if entity is None:
                if not (item.get("name") and item.get("type")):
                    self.warn(
                        where,
                        "unknown actor; give `id` of a registry entity, or `name` "
                        "and `type` for a new one",
                    )
                    continue
                from .text import slugify

                entity_id = item.get("id") or slugify(item["name"])
                entity = Entity(
                    id=entity_id,
                    name=item["name"],
                    type=item["type"],
                    aliases=tuple(item.get("aliases", [])),
                    source="override",
                )
                self.entities[entity_id] = entity
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
                entity = self.entities.get(entity_id) or self.registry.get(entity_id)
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
    entities: dict[str, Entity],
    problems: list[Problem],
) -> ArticleRecord:
    """The article's final record: extraction with the override applied."""
    if override is None:
        return ArticleRecord(
            article=article,
            actors=extraction.actors,
            stances=extraction.stances,
            figures=extraction.figures,
            summary=extraction.summary,
            title=article.title,
            publisher=article.publisher,
            date=article.date,
        )
    return _ArticleMerge(article, extraction, override, registry, entities, problems).record()


def check_targets(overrides: Overrides, article_ids: Iterable[str]) -> None:
    """Report article overrides whose article does not exist (and skip them)."""
    ids = sorted(article_ids)
    for stem in sorted(overrides.articles):
        if stem not in ids:
            close = difflib.get_close_matches(stem, ids, n=1, cutoff=0.5)
            hint = (
                f"did you mean '{close[0]}'?" if close else "see the ids in docs/data/briefing.json"
            )
            overrides.problems.append(
                Problem(
                    overrides.articles[stem].path, f"no article with id '{stem}'; {hint} (skipped)"
                )
            )
            del overrides.articles[stem]
