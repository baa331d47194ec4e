"""The store: what one build keeps for the next, in one SQLite file.

An entry's key is ``kind:digest``, the digest covering everything its value
was made from (input, code, data): an entry is never stale, only unused. Each
row holds a checksum of its key and value, verified on every read; a row that
fails it or does not decode is made again, and a file that is damaged, not a
briefing store or another version's is a warning and a new store. Values are
JSON or text, never pickles. Without a cache folder the store is temporary.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import logging
import os
import pickle
import sqlite3
import types
import typing
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from .errors import BriefingError

log = logging.getLogger(__name__)
T = TypeVar("T")

NAME = "store.sqlite"
APPLICATION_ID = 0x62726566  # "bref": what PRAGMA application_id says of our files
VERSION = 1  # PRAGMA user_version: another number is another layout
PACKAGE = Path(__file__).parent


class Store:
    """An open store; :meth:`open` makes one, :meth:`close` ends it."""

    def __init__(self, db: sqlite3.Connection | None, path: Path | None) -> None:
        self.db = db
        self.path = path  # None: a temporary store
        self.used: set[str] = set()
        self.damaged = 0  # rows that failed their checksum or did not decode
        self._broken = False

    @classmethod
    def open(cls, folder: Path | None) -> Store:
        """The store in ``folder`` (made if missing), or a temporary one."""
        if folder is None:
            return cls(_connect(""), None)
        if folder.exists() and not folder.is_dir():
            raise BriefingError(
                f"cannot keep the store in {folder}: it is a file, not a folder; remove it or "
                "set another cache folder (--cache DIR, or `cache:` in mkdocs.yml)"
            )
        path = folder / NAME
        if path.is_dir():
            raise BriefingError(
                f"cannot open the store {path}: it is a folder; remove it or set another "
                "cache folder (--cache DIR, or `cache:` in mkdocs.yml)"
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise BriefingError(
                f"cannot make the cache folder {folder}: {error.strerror or error}; "
                "set another one (--cache DIR) or build with --no-cache"
            ) from None
        try:
            return cls(_connect(str(path)), path)
        except sqlite3.DatabaseError as error:
            log.warning("the store %s is not usable (%s); starting a new one", path, error)
        except _Foreign as why:
            log.warning("%s is %s; starting a new store", path, why)
        path.unlink(missing_ok=True)
        try:
            return cls(_connect(str(path)), path)
        except (sqlite3.DatabaseError, _Foreign) as error:  # e.g. the disk is full
            log.warning("cannot write the store %s (%s); building without it", path, error)
            return cls(_connect(""), None)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self.close(complete=kind is None)  # a failed build used only some entries

    # -- entries -------------------------------------------------------------------

    def get(self, kind: str, digest: str) -> bytes | None:
        """The value stored under ``kind:digest``, if any and sound."""
        key = f"{kind}:{digest}"
        row = self._run("SELECT value, checksum FROM entry WHERE key = ?", (key,))
        if not row:
            return None
        value, checksum = row[0]
        # a value of another SQLite type (text, a number) is damage too
        if not isinstance(value, bytes) or checksum != _checksum(key, value):
            self._drop(key)
            return None
        self.used.add(key)
        return bytes(value)

    def put(self, kind: str, digest: str, value: bytes) -> None:
        key = f"{kind}:{digest}"
        self.used.add(key)
        self._run(
            "INSERT OR REPLACE INTO entry VALUES (?, ?, ?)", (key, value, _checksum(key, value))
        )

    def get_record(self, kind: str, digest: str, cls: type[T]) -> T | None:
        """A dataclass stored with :meth:`put_record`, if any and sound."""
        data = self.get(kind, digest)
        if data is None:
            return None
        try:
            return decode(cls, data)
        except (ValueError, TypeError, KeyError, AttributeError):
            self._drop(f"{kind}:{digest}")
            return None

    def put_record(self, kind: str, digest: str, value: object) -> None:
        self.put(kind, digest, encode(value))

    def get_stamps(self, kind: str, digest: str) -> dict[str, list[Any]]:
        """The stamps stored with :meth:`put_stamps` (empty if none): what a
        file held when the last build saw it, by name, as ``[size, mtime_ns,
        digest]``. A value of another shape is dropped as damaged: these keys
        name a folder, not the code that wrote them."""
        data = self.get(kind, digest)
        if data is None:
            return {}
        try:
            stamps = json.loads(data)
        except ValueError:
            stamps = None
        if isinstance(stamps, dict) and all(map(_is_stamp, stamps.values())):
            return stamps
        self._drop(f"{kind}:{digest}")
        return {}

    def put_stamps(self, kind: str, digest: str, stamps: dict[str, list[Any]]) -> None:
        self.put(kind, digest, json.dumps(stamps, sort_keys=True).encode())

    def _drop(self, key: str) -> None:
        self.damaged += 1
        self.used.discard(key)
        self._run("DELETE FROM entry WHERE key = ?", (key,))

    # -- transactions ----------------------------------------------------------------

    def commit(self) -> None:
        """Keep what was stored so far, whatever happens to the build later."""
        self._run("COMMIT")
        self._run("BEGIN")

    def close(self, complete: bool = True) -> None:
        """Commit and close; ``complete``: the build used every entry it will
        need, so entries it did not use may go (once they outnumber the rest)."""
        if self.damaged:
            log.warning("%d damaged entries of the store were made again", self.damaged)
        if self.db is None:
            if self._broken and self.path is not None:
                with contextlib.suppress(OSError):
                    self.path.unlink(missing_ok=True)  # the next build starts a new one
            return
        if complete and self.path is not None:
            self._prune()
        self._run("COMMIT")
        if self.db is not None:
            self.db.close()
            self.db = None

    def _prune(self) -> None:
        total = self._run("SELECT COUNT(*) FROM entry")
        if total and total[0][0] > 2 * len(self.used) + 100:
            used = json.dumps(sorted(self.used))
            self._run(
                "DELETE FROM entry WHERE key NOT IN (SELECT value FROM json_each(?))", (used,)
            )

    def _run(self, sql: str, parameters: tuple[object, ...] = ()) -> list[Any]:
        if self.db is None:
            return []
        try:
            return self.db.execute(sql, parameters).fetchall()
        except sqlite3.DatabaseError as error:
            self._give_up(error)
            return []

    def _give_up(self, error: sqlite3.DatabaseError) -> None:
        """The file is damaged (or the disk full): a new store in its place, into
        which this build puts what it makes from here on; if that fails too, go
        on without one (and the next build starts a new store)."""
        log.warning(
            "the store %s is damaged or cannot be written (%s); this build makes what it held "
            "again, into a new store",
            self.path or "(temporary)",
            error,
        )
        assert self.db is not None
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        self.db = None
        if self.path is not None and not self._broken:
            self._broken = True  # (once: a second failure is the disk's, not the file's)
            for stale in (self.path, self.path.with_name(self.path.name + "-journal")):
                with contextlib.suppress(OSError):
                    stale.unlink(missing_ok=True)
            with contextlib.suppress(sqlite3.DatabaseError, _Foreign, OSError):
                self.db = _connect(str(self.path))
                return
        self._broken = True


class _Foreign(Exception):
    """The file is an SQLite database, but not a store of this version."""


SCHEMA = "CREATE TABLE entry(key TEXT PRIMARY KEY, value BLOB NOT NULL, checksum BLOB NOT NULL)"


def _connect(path: str) -> sqlite3.Connection:
    """A connection to the store at ``path`` (``""``: a temporary one), made if
    new; :class:`_Foreign` if the file is someone else's."""
    new = not path or not os.path.exists(path) or os.path.getsize(path) == 0
    db = sqlite3.connect(path, isolation_level=None)
    try:
        # a cache: a crash may damage it, which reads detect; not worth an fsync per build
        db.execute("PRAGMA synchronous=OFF")
        db.execute("PRAGMA busy_timeout=60000")
        if new:
            db.execute(f"PRAGMA application_id={APPLICATION_ID}")
            db.execute(f"PRAGMA user_version={VERSION}")
            db.execute(SCHEMA)
        owner = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if owner != APPLICATION_ID:
            raise _Foreign("not a briefing store")
        if version != VERSION:
            raise _Foreign(f"a store of another version ({version}, not {VERSION})")
        db.execute("SELECT key, value, checksum FROM entry LIMIT 1").fetchall()
        db.execute("BEGIN")
    except BaseException:
        db.close()
        raise
    return db


def _is_stamp(value: object) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 3
        and type(value[0]) is int
        and type(value[1]) is int
        and isinstance(value[2], str)
    )


def _checksum(key: str, value: bytes) -> bytes:
    return hashlib.sha256(key.encode() + b"\0" + value).digest()[:16]


# -- digests: the keys ---------------------------------------------------------------


def digest(*parts: object) -> str:
    """A digest of plain values and dataclasses: of their pickle without the
    memo (which would write an object shared twice unlike two equal copies),
    so that equal values give equal digests. Nothing is ever unpickled."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True
    pickler.dump(parts)
    return hashlib.sha256(buffer.getbuffer()).hexdigest()


def files_digest(paths: Iterable[Path], root: Path, *extra: str) -> str:
    """A digest of ``extra`` and of each file's name (relative to ``root``) and bytes."""
    hasher = hashlib.sha256("\0".join(extra).encode())
    for path in sorted(paths):
        hasher.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return hasher.hexdigest()


@cache
def code_digest(*patterns: str) -> str:
    """A digest of the package's files matching ``patterns`` (globs relative to
    the package folder, as ``extract/**/*.py``)."""
    found = {p for pattern in patterns for p in PACKAGE.glob(pattern) if p.is_file()}
    return files_digest(found, PACKAGE, *patterns)


# -- values: frozen dataclasses as JSON --------------------------------------------


def encode(value: object) -> bytes:
    """JSON of plain values and dataclasses (as objects of their fields)."""
    return json.dumps(value, default=_fields, ensure_ascii=False, separators=(",", ":")).encode()


def _fields(value: object) -> dict[str, Any]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.__dict__
    raise TypeError(f"cannot store a {type(value).__name__}")


def decode(cls: type[T], data: bytes) -> T:
    """The dataclass ``encode`` wrote, its fields made by their type hints
    (nested dataclasses, tuples, optionals); raises on another shape."""
    hint: Any = cls
    made: T = _maker(hint)(json.loads(data))
    return made


def _same(value: Any) -> Any:
    return value


@cache
def _maker(hint: Any) -> Callable[[Any], Any]:
    """What makes a value of type ``hint`` from its JSON."""
    if dataclasses.is_dataclass(hint):
        return _dataclass_maker(hint)  # type: ignore[arg-type]
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple:
        item = _maker(args[0])
        return tuple if item is _same else lambda value: tuple(map(item, value))
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        make = _maker(inner[0]) if len(inner) == 1 else _same
        return make if make is _same else lambda value: None if value is None else make(value)
    return _same


def _dataclass_maker(cls: type) -> Callable[[dict[str, Any]], Any]:
    hints = typing.get_type_hints(cls)
    names = frozenset(f.name for f in dataclasses.fields(cls))
    made_by = [(name, _maker(hints[name])) for name in sorted(names)]
    made_by = [(name, make) for name, make in made_by if make is not _same]

    count = len(names)

    def make(data: dict[str, Any]) -> Any:
        # a field missing, or one too many (not other names: keys cover the code
        # of the classes they store, so a class of other fields has other keys)
        if len(data) != count:
            raise KeyError(f"not the fields of {cls.__name__}")
        for name, field_maker in made_by:
            data[name] = field_maker(data[name])
        # as pickle does: the fields as stored, without a frozen __init__'s
        # setattr per field (most of the time of reading a large store)
        made: Any = object.__new__(cls)
        object.__setattr__(made, "__dict__", data)
        return made

    return make
