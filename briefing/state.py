"""The build state: what the last build was made from, in one SQLite file
beside the cache, so that a rebuild after a few edits reads, extracts and
renders only what they touch (see :mod:`briefing.rebuild`).

It holds each article file's size, modification time and id; each article's
record as rows (actors, stances and figures, indexed by the entities they
name), with its digest, its override's digest and the problems its override
raised; each profile's counts, members and entry of ``briefing.json``; and the
entities discovered in the text, with the first file that named each. A full
build writes it anew; a rebuild updates the rows of the articles it changed,
in one transaction that is committed only when the build succeeds.

Rows hold JSON (never pickles). A missing, damaged or other-version file is
no state: the build is a full one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, TypeVar

from .errors import Problem
from .export import compact_json
from .load import Stat
from .model import (
    MATRIX_COLUMNS,
    MATRIX_ROWS,
    Cell,
    FigureRef,
    Head,
    Overview,
    Profile,
    ProfileRow,
    StanceRef,
    page_of,
    top,
)
from .models import ArticleRecord, Entity, Figure, Stance

log = logging.getLogger(__name__)
T = TypeVar("T")
VERSION = "2"  # 2: stances keep their act and trigger
NAME = "state.sqlite"

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE source(
    name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL,
    base TEXT, article TEXT, problem TEXT);
CREATE TABLE record(
    id TEXT PRIMARY KEY, source TEXT NOT NULL, day TEXT NOT NULL, title TEXT NOT NULL,
    date TEXT, publisher TEXT, summary TEXT NOT NULL, raw TEXT NOT NULL,
    digest TEXT NOT NULL, override TEXT, problems TEXT);
CREATE INDEX record_order ON record(day, id);
CREATE TABLE actor(article TEXT NOT NULL, n INTEGER NOT NULL, entity TEXT NOT NULL,
    mentions INTEGER NOT NULL, aliases TEXT NOT NULL);
CREATE INDEX actor_entity ON actor(entity, article);
CREATE INDEX actor_article ON actor(article, entity);
CREATE TABLE stance(article TEXT NOT NULL, n INTEGER NOT NULL, actor TEXT NOT NULL,
    target TEXT NOT NULL, position TEXT NOT NULL, evidence TEXT NOT NULL, sentence INTEGER,
    via TEXT, act TEXT, trigger TEXT, source TEXT NOT NULL, pinned INTEGER NOT NULL);
CREATE INDEX stance_actor ON stance(actor);
CREATE INDEX stance_target ON stance(target);
CREATE INDEX stance_article ON stance(article);
CREATE TABLE figure(article TEXT NOT NULL, n INTEGER NOT NULL, kind TEXT NOT NULL,
    text TEXT NOT NULL, value NOT NULL, unit TEXT NOT NULL, of TEXT NOT NULL, actor TEXT,
    qualifier TEXT, evidence TEXT NOT NULL, sentence INTEGER, source TEXT NOT NULL,
    pinned INTEGER NOT NULL);
CREATE INDEX figure_actor ON figure(actor);
CREATE INDEX figure_article ON figure(article);
CREATE TABLE found(id TEXT PRIMARY KEY, source TEXT NOT NULL, n INTEGER NOT NULL,
    data TEXT NOT NULL);
CREATE TABLE profile(
    id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, articles INTEGER NOT NULL,
    stances_by INTEGER NOT NULL, stances_toward INTEGER NOT NULL, data TEXT NOT NULL,
    members TEXT NOT NULL);
"""


@dataclass(frozen=True)
class SourceRow:
    """What the state knows of one article file."""

    stat: Stat
    base: str | None  # the id its headline gives (None: the file was skipped)
    article: str | None  # its id
    problem: Problem | None  # why it was skipped


STANCE = tuple(f.name for f in fields(Stance))  # the columns of a stance row, after two
FIGURE = tuple(f.name for f in fields(Figure))


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _made(kind: type[T], names: tuple[str, ...], values: list[Any]) -> T:
    """A stance or figure from its row (``pinned`` is stored as 0 or 1)."""
    made = object.__new__(kind)
    made.__dict__.update(zip(names, values, strict=True))
    made.__dict__["pinned"] = bool(made.__dict__["pinned"])
    return made


def _problem_json(problem: Problem) -> str:
    return compact_json(vars(problem))


def _entity(data: dict[str, Any]) -> Entity:
    for key in ("aliases", "demonyms", "capitals"):
        data[key] = tuple(data[key])
    data["links"] = tuple(tuple(link) for link in data["links"])
    return Entity(**data)


def stamp_of(rows: Iterable[tuple[str, str | None]]) -> str:
    """The corpus stamp (see :func:`briefing.model.build_corpus`) from
    ``(raw file digest, date)`` in the corpus's order."""
    digest = hashlib.sha256()
    latest = ""
    for raw, date in rows:
        digest.update(raw.encode())
        if date and date > latest:
            latest = date
    return (latest + " · " if latest else "") + "inputs " + digest.hexdigest()[:12]


def scratch(folder: Path, pid: int) -> Path:
    """Where process ``pid`` writes a new state before it takes its place."""
    return folder / f".{NAME}.{pid}.tmp"


class State:
    """An open state file; :meth:`open` and :meth:`create` make one."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.db = connection
        self.path = path

    # -- opening and writing ----------------------------------------------------

    @classmethod
    def open(cls, folder: Path, world: str) -> State | None:
        """The state in ``folder`` if it was made for ``world`` (a digest of
        every input but the articles and their overrides), else ``None``."""
        path = folder / NAME
        if not path.is_file():
            return None
        try:
            db = sqlite3.connect(path, isolation_level=None)
            # a cache: safe when the build is killed, not when the machine loses power
            db.execute("PRAGMA synchronous=OFF")
            found = dict(db.execute("SELECT key, value FROM meta").fetchall())
            if found.get("version") != VERSION or found.get("world") != world:
                db.close()
                return None
            db.execute("BEGIN")
            return cls(db, path)
        except sqlite3.Error as error:
            log.info("ignoring the build state %s (%s)", path, error)
            return None

    @classmethod
    def create(cls, folder: Path, world: str) -> State:
        """A new, empty state, written beside the old one; :meth:`commit`
        puts it in its place."""
        folder.mkdir(parents=True, exist_ok=True)
        path = scratch(folder, os.getpid())
        path.unlink(missing_ok=True)
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA journal_mode=OFF")  # a new file: replaced whole, or not at all
        db.execute("PRAGMA synchronous=OFF")
        db.executescript(SCHEMA)
        db.execute("BEGIN")
        db.executemany("INSERT INTO meta VALUES (?, ?)", [("version", VERSION), ("world", world)])
        return cls(db, path)

    def commit(self) -> None:
        self.db.execute("COMMIT")
        self.db.close()
        final = self.path.parent / NAME
        if self.path != final:
            os.replace(self.path, final)
            self.path = final

    def abandon(self) -> None:
        try:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            self.db.close()
        except sqlite3.Error:
            pass
        if self.path.name != NAME:
            self.path.unlink(missing_ok=True)

    # -- rows ----------------------------------------------------------------------

    def put_sources(self, rows: Iterable[tuple[str, SourceRow]]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO source VALUES (?, ?, ?, ?, ?, ?)",
            (
                (
                    name,
                    row.stat[0],
                    row.stat[1],
                    row.base,
                    row.article,
                    _problem_json(row.problem) if row.problem else None,
                )
                for name, row in rows
            ),
        )

    def drop_sources(self, names: Iterable[str]) -> None:
        self.db.executemany("DELETE FROM source WHERE name = ?", ((n,) for n in names))

    def put_records(
        self,
        records: Iterable[ArticleRecord],
        digests: dict[str, str],
        overrides: dict[str, str],
        problems: dict[str, list[Problem]],
    ) -> None:
        """Rows of each record; ``overrides`` holds its override's digest,
        ``problems`` what merging it reported."""
        actors: list[tuple[object, ...]] = []
        stances: list[tuple[object, ...]] = []
        figures: list[tuple[object, ...]] = []
        heads: list[tuple[object, ...]] = []
        for r in records:
            said = problems.get(r.id)
            heads.append(
                (
                    r.id,
                    r.article.source,
                    r.date or "",
                    r.title,
                    r.date,
                    r.publisher,
                    r.summary,
                    r.article.digest,
                    digests[r.id],
                    overrides.get(r.id),
                    compact_json([vars(p) for p in said]) if said else None,
                )
            )
            actors.extend(
                (r.id, n, a.id, a.mentions, compact_json(a.aliases)) for n, a in enumerate(r.actors)
            )
            stances.extend(
                (r.id, n, *(getattr(s, c) for c in STANCE)) for n, s in enumerate(r.stances)
            )
            figures.extend(
                (r.id, n, *(getattr(f, c) for c in FIGURE)) for n, f in enumerate(r.figures)
            )
        self.db.executemany("INSERT INTO record VALUES (?,?,?,?,?,?,?,?,?,?,?)", heads)
        self.db.executemany("INSERT INTO actor VALUES (?,?,?,?,?)", actors)
        self.db.executemany(f"INSERT INTO stance VALUES ({_marks(2 + len(STANCE))})", stances)
        self.db.executemany(f"INSERT INTO figure VALUES ({_marks(2 + len(FIGURE))})", figures)

    def drop_records(self, ids: Iterable[str]) -> None:
        rows = [(i,) for i in ids]
        for table, column in (
            ("record", "id"),
            ("actor", "article"),
            ("stance", "article"),
            ("figure", "article"),
        ):
            self.db.executemany(f"DELETE FROM {table} WHERE {column} = ?", rows)

    def put_found(self, found: dict[str, tuple[str, int, Entity]]) -> None:
        """Entities discovered in the text: the first file naming each, their
        place among its entities, and the entity as that file's extraction
        gave it."""
        self.db.executemany(
            "INSERT OR REPLACE INTO found VALUES (?, ?, ?, ?)",
            ((k, source, n, compact_json(vars(e))) for k, (source, n, e) in found.items()),
        )

    def put_profiles(self, rows: Iterable[tuple[ProfileRow, list[str]]]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO profile VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    r.id,
                    r.type,
                    r.name,
                    r.articles,
                    r.stances_by,
                    r.stances_toward,
                    r.data,
                    compact_json(members),
                )
                for r, members in rows
            ),
        )

    # -- reading -------------------------------------------------------------------

    def sources(self) -> dict[str, SourceRow]:
        out = {}
        for name, size, mtime, base, article, problem in self.db.execute("SELECT * FROM source"):
            out[name] = SourceRow(
                (size, mtime), base, article, Problem(**json.loads(problem)) if problem else None
            )
        return out

    def overrides(self) -> dict[str, str]:
        """Each article's override digest, for the articles that had one."""
        return dict(self.db.execute("SELECT id, override FROM record WHERE override IS NOT NULL"))

    def merge_problems(self) -> dict[str, list[Problem]]:
        return {
            i: [Problem(**p) for p in json.loads(text)]
            for i, text in self.db.execute(
                "SELECT id, problems FROM record WHERE problems IS NOT NULL"
            )
        }

    def found(self) -> dict[str, tuple[str, int, Entity]]:
        """What :meth:`put_found` stored, in the order a full build finds them."""
        return {
            k: (source, n, _entity(json.loads(data)))
            for k, source, n, data in self.db.execute("SELECT * FROM found ORDER BY source, n")
        }

    def profile_ids(self) -> set[str]:
        return {k for (k,) in self.db.execute("SELECT id FROM profile")}

    def members(self, entity_id: str) -> list[str]:
        row = self.db.execute("SELECT members FROM profile WHERE id = ?", (entity_id,)).fetchone()
        return json.loads(row[0]) if row else []

    def named(self, article_ids: Iterable[str]) -> set[str]:
        """The entities the articles' actors, stances and figures name."""
        out: set[str] = set()
        for article_id in article_ids:
            key = (article_id,)
            out.update(
                k for (k,) in self.db.execute("SELECT entity FROM actor WHERE article = ?", key)
            )
            for actor, target in self.db.execute(
                "SELECT actor, target FROM stance WHERE article = ?", key
            ):
                out.update((actor, target))
            out.update(
                k
                for (k,) in self.db.execute("SELECT actor FROM figure WHERE article = ?", key)
                if k
            )
        return out

    def still_named(self, entity_id: str) -> bool:
        """Whether an actor or stance of any article still names the entity (what
        gives it a profile; a figure alone does too)."""
        key = (entity_id,)
        return any(
            self.db.execute(query, key).fetchone()
            for query in (
                "SELECT 1 FROM actor WHERE entity = ? LIMIT 1",
                "SELECT 1 FROM stance WHERE actor = ? LIMIT 1",
                "SELECT 1 FROM stance WHERE target = ? LIMIT 1",
                "SELECT 1 FROM figure WHERE actor = ? LIMIT 1",
            )
        )

    def heads(self) -> Iterator[tuple[Head, str, str]]:
        """Every article's head, raw file digest and record digest, in the
        corpus's order."""
        for row in self.db.execute(
            "SELECT id, title, date, publisher, summary, raw, digest FROM record ORDER BY day, id"
        ):
            yield Head(*row[:5]), row[5], row[6]

    def profile(self, entity: Entity) -> Profile:
        """The profile of ``entity`` as :func:`briefing.model.build_corpus`
        makes it, from the rows of every article naming it."""
        key = (entity.id,)
        profile = Profile(entity)
        articles: set[str] = set()
        seen = {entity.name}
        for article, mentions, aliases in self.db.execute(
            "SELECT a.article, a.mentions, a.aliases FROM actor a JOIN record r ON r.id = a.article"
            " WHERE a.entity = ? ORDER BY r.day, r.id, a.n",
            key,
        ):
            articles.add(article)
            profile.acted_in.append(article)
            profile.mentions += mentions
            for alias in json.loads(aliases):
                if alias not in seen:
                    seen.add(alias)
                    profile.aliases.append(alias)
        stance_columns = ", ".join(f"s.{c}" for c in STANCE)
        for column, refs in (("actor", profile.stances_by), ("target", profile.stances_toward)):
            for article, *values in self.db.execute(
                f"SELECT s.article, {stance_columns} FROM stance s"
                " JOIN record r ON r.id = s.article"
                f" WHERE s.{column} = ? ORDER BY r.day, r.id, s.n",
                key,
            ):
                articles.add(article)
                refs.append(StanceRef(article, _made(Stance, STANCE, values)))
        figure_columns = ", ".join(f"f.{c}" for c in FIGURE)
        for article, *values in self.db.execute(
            f"SELECT f.article, {figure_columns} FROM figure f JOIN record r ON r.id = f.article"
            " WHERE f.actor = ? ORDER BY r.day, r.id, f.n",
            key,
        ):
            profile.figures.append(FigureRef(article, _made(Figure, FIGURE, values)))
        profile.articles = sorted(articles)
        profile.members = self.members(entity.id)
        return profile

    def co_actors(self, entity_id: str) -> list[tuple[str, int]]:
        """:meth:`briefing.model.Corpus.co_actors`, counted by the database."""
        rows = self.db.execute(
            "SELECT b.entity, COUNT(*) FROM actor a JOIN actor b ON b.article = a.article"
            " WHERE a.entity = ? AND b.entity != ? GROUP BY b.entity",
            (entity_id, entity_id),
        ).fetchall()
        return sorted(rows, key=lambda kv: (-kv[1], kv[0]))

    def overview(self, heads: list[Head], stamp: str) -> Overview:
        """The corpus's :class:`Overview` from its rows."""
        db = self.db
        by_actor = dict(db.execute("SELECT actor, COUNT(*) FROM stance GROUP BY actor"))
        by_target = dict(db.execute("SELECT target, COUNT(*) FROM stance GROUP BY target"))
        rows, cols = top(by_actor, MATRIX_ROWS), top(by_target, MATRIX_COLUMNS)
        marks = ",".join("?" * len(rows)), ",".join("?" * len(cols))
        cells = [
            Cell(*row)
            for row in db.execute(
                "SELECT s.article, s.actor, s.target, s.position, s.sentence FROM stance s"
                " JOIN record r ON r.id = s.article"
                f" WHERE s.actor IN ({marks[0]}) AND s.target IN ({marks[1]})"
                " ORDER BY r.day, r.id, s.n",
                [*rows, *cols],
            )
        ]
        profiles = [
            ProfileRow(k, kind, name, page_of(kind, k), n, by, toward, data)
            for k, kind, name, n, by, toward, data in db.execute(
                "SELECT id, type, name, articles, stances_by, stances_toward, data FROM profile"
                " ORDER BY id"
            )
        ]
        return Overview(
            stamp=stamp,
            heads=heads,
            profiles=profiles,
            rows=rows,
            cols=cols,
            cells=cells,
            stance_total=db.execute("SELECT COUNT(*) FROM stance").fetchone()[0],
            figure_total=db.execute("SELECT COUNT(*) FROM figure").fetchone()[0],
        )
