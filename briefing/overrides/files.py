"""The override files: ``overrides/articles/<article-id>.yaml`` corrects one
article, ``overrides/entities/<entity-id>.yaml`` one entity. Their schemas are
declared once, here; a file is validated whole, and an invalid one is
skipped with every problem in it reported (file, line, column), while every
other file still applies."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from ..errors import Problem, display_path
from ..models import ENTITY_TYPES, FIGURE_KINDS, POSITIONS
from .schema import SLUG, Field, Schema, Validator

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
        Field(
            "resolved",
            "list",
            "Figure conflicts of this entity a writer has checked (the Figures "
            "page lists them): shown as resolved, with the note, no longer as conflicts.",
            items=Schema(
                "resolution",
                "One conflict, named as the Figures page names it.",
                (
                    Field("of", "str", "What the figures measure.", required=True),
                    Field("year", "int", "The year they are of.", required=True),
                    Field("unit", "str", "Their unit (USD, percent...), if several."),
                    Field("value", "number", "The value found right, if one is."),
                    Field("note", "text", "What the writer found (shown on the pages)."),
                ),
            ),
        ),
    ),
)


@dataclass(frozen=True)
class Override:
    """One valid override file: the article's or entity's id, where it is, its data."""

    id: str
    path: str  # as shown to the user
    data: Mapping[str, Any]
    lines: Mapping[str, int] = field(default_factory=dict)  # key -> line its text starts on
    file: str = ""  # relative to the overrides folder: articles/<id>.yaml


@dataclass(frozen=True)
class Overrides:
    """Every valid override file, by id, and the problems of the others."""

    articles: Mapping[str, Override] = field(default_factory=dict)
    entities: Mapping[str, Override] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    files: frozenset[str] = frozenset()  # every file there, valid or not: articles/<name>


def _load_folder(folder: Path, schema: Schema, problems: list[Problem]) -> list[Override]:
    out: list[Override] = []
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
        file = f"{folder.name}/{path.name}"
        out.append(Override(path.stem, shown, data or {}, _lines(node), file))
    return out


def _lines(node: yaml.Node | None) -> dict[str, int]:
    """The line each top-level key's text starts on: a block scalar's (``|``,
    ``>``) on the line after its indicator."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {
        key.value: value.start_mark.line + 1 + (getattr(value, "style", None) in ("|", ">"))
        for key, value in node.value
    }


def load_overrides(folder: Path) -> Overrides:
    """Every override file under ``folder``, validated; bad files become problems."""
    problems: list[Problem] = []
    articles = {o.id: o for o in _load_folder(folder / "articles", ARTICLE_SCHEMA, problems)}
    entities = {o.id: o for o in _load_folder(folder / "entities", ENTITY_SCHEMA, problems)}
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.name not in ("articles", "entities", "README.md") and not path.name.startswith(
                "."
            ):
                problems.append(
                    Problem(
                        display_path(path),
                        "unexpected here: overrides go in articles/ or entities/",
                        kind="warning",
                    )
                )
    files = frozenset(
        f"{kind}/{path.name}"
        for kind in ("articles", "entities")
        if (folder / kind).is_dir()
        for path in (folder / kind).iterdir()
        if path.suffix in (".yaml", ".yml")
    )
    return Overrides(articles, entities, tuple(problems), files)
