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
import os
import pickle
from pathlib import Path

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
    hasher = hashlib.sha1()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            hasher.update(path.name.encode() + b"\0" + path.read_bytes())
    return hasher.hexdigest()


class Manifest:
    def __init__(self, cache: Path | None, docs: Path) -> None:
        self.path = cache / "render-manifest.json" if cache else None
        self.docs = docs
        self.pages: dict[str, list[object]] = {}
        if self.path and self.path.is_file():
            try:
                data = json.loads(self.path.read_text("utf-8"))
                if data.get("version") == VERSION and data.get("docs") == str(docs.resolve()):
                    self.pages = data["pages"]
            except (OSError, ValueError, KeyError, TypeError):
                self.pages = {}

    def fresh(self, page: str, page_digest: str) -> bool:
        entry = self.pages.get(page)
        if self.path is None or not entry or entry[0] != page_digest:
            return False
        try:
            stat = os.stat(self.docs / page)
        except OSError:
            return False
        return [stat.st_size, stat.st_mtime_ns] == entry[1:]

    def save(self, digests: dict[str, str]) -> None:
        if self.path is None:
            return
        pages: dict[str, list[object]] = {}
        for page, page_digest in sorted(digests.items()):
            try:
                stat = os.stat(self.docs / page)
            except OSError:
                continue
            pages[page] = [page_digest, stat.st_size, stat.st_mtime_ns]
        data = {"version": VERSION, "docs": str(self.docs.resolve()), "pages": pages}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps(data), "utf-8")
            temporary.replace(self.path)
        except OSError as error:
            log.warning("cannot save the render manifest (%s); the next build renders all", error)
