"""Incremental rendering: a page whose inputs did not change is neither
rendered nor written again.

Each article and profile page gets a digest of everything it is rendered from
(its record or profile, the names and titles it links to, the templates).
The manifest, kept with the extraction cache, maps each page to the digest it
was last written from and the file's size and modification time; a page is
*fresh* when both still match. Any doubt (no manifest, a file touched by
hand, a different template) means the page is rendered again.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import mmap
import os
import pickle
from collections.abc import Callable, Iterable, KeysView
from contextlib import ExitStack
from functools import cache
from pathlib import Path
from typing import IO, Any

from .files import files_digest, replacing

log = logging.getLogger(__name__)
VERSION = 2  # 2: digests of pickles


def digest(*parts: object) -> str:
    """A digest of plain data and dataclasses: of their pickle without the memo
    (the memo would write an object shared twice differently from two equal
    copies), so equal values give equal digests; ten times faster than
    hashing their ``repr``."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True  # no memo: values, not object identities
    pickler.dump(parts)
    return hashlib.sha1(buffer.getbuffer()).hexdigest()


def templates_fingerprint(folder: Path) -> str:
    """A hash of the templates and of this package's code: either changing
    changes every page."""
    templates = [p for p in folder.rglob("*") if p.is_file()]
    return files_digest(templates, folder, code_fingerprint())


@cache
def code_fingerprint() -> str:
    """A hash of this package's code."""
    package = Path(__file__).parent
    return files_digest(package.rglob("*.py"), package)


class Manifest:
    def __init__(self, cache: Path | None, docs: Path) -> None:
        self.path = cache / "render-manifest.json" if cache else None
        self.docs = docs
        self.pages: dict[str, list[object]] = {}
        self._kept: set[str] = set()  # pages found fresh
        if self.path and self.path.is_file():
            try:
                data = json.loads(self.path.read_text("utf-8"))
                if data.get("version") == VERSION and data.get("docs") == str(docs.resolve()):
                    self.pages = data["pages"]
            except (OSError, ValueError, KeyError, TypeError):
                self.pages = {}

    def fresh(self, page: str, page_digest: str) -> bool:
        """Whether ``page`` was made from ``page_digest`` and is as the last build wrote it."""
        entry = self.pages.get(page)
        if not entry:
            return False
        return entry[0] == page_digest and self.unchanged(page)

    def unchanged(self, page: str) -> bool:
        """Whether ``page`` is as the last build wrote it (whatever it was made from)."""
        entry = self.pages.get(page)
        if self.path is None or not entry:
            return False
        try:
            stat = os.stat(os.path.join(self.docs, page))
        except OSError:
            return False
        if [stat.st_size, stat.st_mtime_ns] != entry[1:]:
            return False
        self._kept.add(page)
        return True

    def save(self, digests: dict[str, str], kept: Iterable[str] = ()) -> None:
        """Record the pages written from ``digests``; the entries of the pages
        found fresh or ``kept`` (found :meth:`unchanged`) stand."""
        if self.path is None:
            return
        pages: dict[str, list[object]] = {p: self.pages[p] for p in kept if p in self._kept}
        for page, page_digest in sorted(digests.items()):
            if page in self._kept:  # found fresh, so not written: its entry stands
                pages[page] = self.pages[page]
                continue
            try:
                stat = os.stat(os.path.join(self.docs, page))
            except OSError:
                continue
            pages[page] = [page_digest, stat.st_size, stat.st_mtime_ns]
        data = {
            "version": VERSION,
            "docs": str(self.docs.resolve()),
            "pages": dict(sorted(pages.items())),
        }
        try:
            with replacing(self.path) as out:
                out.write(json.dumps(data))
        except OSError as error:
            log.warning("cannot save the render manifest (%s); the next build renders all", error)


class PieceStore:
    """The pieces of one large generated file (``briefing.json``, a CSV), each
    kept under the digest of what it is made from, so that a rebuild makes
    again only the pieces whose inputs changed.

    One file: pieces' UTF-8 text, then a JSON header (the version and
    ``[[key, offset, bytes], ...]`` of the pieces last asked for, in order),
    then the header's offset on the last line. A build appends the pieces it
    made and a new header; once the file is more than twice the size of its
    live pieces, it is written anew with those alone. A build that fails
    leaves the file as it was (``with`` block). A missing, damaged or
    other-version store is empty."""

    SLACK = 1 << 20  # stale bytes a store may hold beyond its live pieces' size

    def __init__(self, path: Path | None, version: str) -> None:
        self.path = path
        self.version = version
        self.made = self.reused = 0
        self._old: dict[str, tuple[int, int]] = {}
        self._map: mmap.mmap | None = None
        self._out: IO[Any] | None = None
        self._writing = ExitStack()
        self._index: list[tuple[str, int, int]] = []
        self._size = 0  # of the file being written
        self._start = 0  # its size before this build appended to it
        if path is not None:
            self._open_old(path)

    def _open_old(self, path: Path) -> None:
        try:
            with path.open("rb") as handle:
                self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            end = self._map.rfind(b"\n", 0, len(self._map) - 1) + 1
            if not end:
                raise ValueError("no header")
            start = int(self._map[end:])
            header = json.loads(self._map[start:end])
            if header["version"] != self.version:
                raise ValueError("another version")
            for key, offset, size in header["pieces"]:
                if not 0 <= offset <= offset + size <= start:
                    raise ValueError("a piece outside the file")
                self._old[key] = (offset, size)
        except (OSError, ValueError, TypeError, KeyError):
            self._close_old()
            self._old = {}

    def keys(self) -> KeysView[str]:
        """The keys of the pieces the store holds."""
        return self._old.keys()

    def _close_old(self) -> None:
        if self._map is not None:
            self._map.close()
            self._map = None

    def __enter__(self) -> PieceStore:
        if self.path is not None:
            try:
                if self._old and self._map is not None:  # a sound store: appended to
                    self._out = self._writing.enter_context(self.path.open("ab"))
                    self._size = self._start = len(self._map)
                else:
                    self._out = self._writing.enter_context(replacing(self.path, "wb"))
            except OSError as error:
                log.warning("cannot write %s (%s); continuing without it", self.path, error)
        return self

    def piece(self, key: str, make: Callable[[], str]) -> bytes:
        """The piece made from what ``key`` digests, in UTF-8: kept, or ``make()``."""
        found = self._old.get(key)
        if found is not None and self._map is not None:
            data = self._map[found[0] : found[0] + found[1]]
            self.reused += 1
            if self._out is not None:
                if self._start:  # it stays where it is
                    self._index.append((key, *found))
                else:
                    self._write(key, data)
            return data
        data = make().encode("utf-8")
        self.made += 1
        if self._out is not None:
            self._write(key, data)
        return data

    def _write(self, key: str, data: bytes) -> None:
        assert self._out is not None
        self._out.write(data)
        self._index.append((key, self._size, len(data)))
        self._size += len(data)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: Any
    ) -> None:
        self._close_old()
        try:
            if kind is None and self._out is not None:
                header = json.dumps({"version": self.version, "pieces": self._index})
                self._out.write(header.encode() + b"\n" + str(self._size).encode() + b"\n")
            self._writing.__exit__(kind, error, trace)  # a new store replaces the old, or not
            if self.path is not None and self._start:
                if kind is not None:  # what was appended goes: the store is as it was
                    os.truncate(self.path, self._start)
                elif self._size > 2 * sum(size for _, _, size in self._index) + self.SLACK:
                    self._compact(self.path)
        except OSError as problem:
            log.warning("cannot write %s (%s); the next build makes it anew", self.path, problem)

    def _compact(self, path: Path) -> None:
        """Write the store anew with its live pieces alone."""
        with path.open("rb") as handle, replacing(path, "wb") as out:
            index, size = [], 0
            for key, offset, length in self._index:
                handle.seek(offset)
                out.write(handle.read(length))
                index.append((key, size, length))
                size += length
            header = json.dumps({"version": self.version, "pieces": index})
            out.write(header.encode() + b"\n" + str(size).encode() + b"\n")
