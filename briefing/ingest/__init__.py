"""Stage 1: the article files of a folder, read, parsed and given unique ids.

A file's parse is kept in the store under a digest of its bytes and name,
the furniture rules and this package's code, so an unchanged file is not
parsed again; and its size and modification time are kept with the digest
of its bytes, so an unchanged file is not even read. An unusable file is
reported and skipped; the rest still builds.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import BriefingError, Problem, display_path
from ..models import Article
from ..store import Store, code_digest, digest
from ..text import clean_line, printable
from .furniture import Furniture
from .parse import ArticleError, article_id, assemble, decode, parse
from .webpage import LIBRARIES, read_page

__all__ = [
    "ArticleError",
    "Furniture",
    "article_id",
    "decode",
    "parse",
    "parse_file",
    "read_folder",
]

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".html", ".htm")
PAGES = (".html", ".htm")  # saved web pages
MAX_BYTES = 5_000_000
# ids an article or entity never gets: the section pages' names (articles/index.md)
RESERVED_IDS = frozenset({"index"})
# the code a parse depends on: a change to it parses every file again (and
# so does another version of the libraries that read web pages: LIBRARIES)
INGEST_CODE = ("ingest/*.py", "text.py", "models.py", "overrides/schema.py")


def parse_code(furniture: Furniture) -> str:
    """What every parse depends on besides its file: the ingest code, the
    versions of the libraries that read web pages, the furniture rules."""
    return code_digest(*INGEST_CODE) + digest(LIBRARIES) + furniture.fingerprint


def article_files(folder: Path) -> list[os.DirEntry[str]]:
    """The article files of ``folder`` (not its subfolders), by name; like
    MkDocs, names starting with a dot are left out."""
    if not folder.is_dir():
        raise BriefingError(f"{folder}: articles folder not found; create it or pass --seeds DIR")
    with os.scandir(folder) as entries:
        found = [
            entry
            for entry in entries
            if not entry.name.startswith(".")
            and os.path.splitext(entry.name)[1].lower() in SUFFIXES
            and entry.is_file()
        ]
    return sorted(found, key=lambda entry: entry.name)


def read_folder(
    folder: Path, store: Store | None = None, furniture: Furniture | None = None
) -> tuple[list[Article], list[Problem]]:
    """Every usable article of ``folder`` with a unique id, and a problem per
    unusable file (``store``: where parses are kept; by default, nowhere)."""
    if store is None:
        with Store.open(None) as temporary:
            return read_folder(folder, temporary, furniture)
    furniture = furniture or Furniture.load()
    code = parse_code(furniture)
    where = digest("articles", str(folder.resolve()))
    known = store.get_stamps("stamps", where)
    stamps: dict[str, list[Any]] = {}
    articles: list[Article] = []
    problems: list[Problem] = []
    for entry in article_files(folder):
        try:
            article, stamp = _read(entry, furniture, store, code, known.get(entry.name))
        except ArticleError as error:
            problems.append(Problem(display_path(folder / entry.name), f"skipped: {error}"))
            continue
        if stamp is not None:
            stamps[entry.name] = stamp
        if article.problems:
            shown = display_path(folder / entry.name)
            problems.extend(
                Problem(shown, m, line or None, col or None, k)
                for line, col, m, k in article.problems
            )
        log.debug("read %s: %d sentences", entry.name, len(article.sentences))
        articles.append(article)
    if stamps != known:
        store.put_stamps("stamps", where, stamps)
    return unique_ids(articles), problems


def _read(
    entry: os.DirEntry[str],
    furniture: Furniture,
    store: Store,
    code: str,
    known: list[Any] | None,
) -> tuple[Article, list[Any] | None]:
    """One file's article (its parse from the store, else parsed and stored),
    and its stamp: size, modification time and digest of its bytes."""
    path = Path(entry.path)
    stat = _stat(entry)
    stamp = _stamp(stat)
    raw = None
    if stamp is not None and known is not None and known[:2] == stamp:
        file_digest: str = known[2]
    else:
        raw = _bytes(path)
        file_digest = hashlib.sha256(raw).hexdigest()
    article = store.get_record("article", _key(file_digest, path.name, code), Article)
    if article is None:
        if raw is None:  # the stamp vouched for bytes whose parse is no longer stored
            raw = _bytes(path)
            file_digest = hashlib.sha256(raw).hexdigest()
        article = parse_file(raw, path.name, furniture, file_digest)
        store.put_record("article", _key(file_digest, path.name, code), article)
    return article, None if stamp is None else [*stamp, file_digest]


def parse_file(raw: bytes, name: str, furniture: Furniture, file_digest: str = "") -> Article:
    """A file's article: a saved web page's main text and metadata, or a text
    or Markdown file's (front matter first)."""
    if os.path.splitext(name)[1].lower() not in PAGES:
        return parse(decode(raw), name, furniture, file_digest)
    page = read_page(raw)
    lines = [clean_line(printable(line)) for line in page.text.split("\n")]
    lines = [unicodedata.normalize("NFC", line) for line in lines if line]
    title = unicodedata.normalize("NFC", printable(page.title or "")) or lines[0]
    if lines and lines[0] == title:
        lines = lines[1:]
    return assemble(
        title,
        lines,
        name,
        furniture,
        file_digest,
        alone=not lines,
        publisher=page.sitename,
        byline=page.author,
        date=page.date,
        url=page.url,
        tags=page.tags,
    )


def _key(file_digest: str, name: str, code: str) -> str:
    """The store key of a file's parse: its bytes and name, the rules, the code."""
    return hashlib.sha256(f"{file_digest}\0{name}\0{code}".encode()).hexdigest()


def _stat(entry: os.DirEntry[str]) -> os.stat_result:
    try:
        path = Path(entry.path)
        if entry.is_symlink() and not path.resolve().is_relative_to(path.parent.resolve()):
            raise ArticleError(
                "points outside the articles folder (a link to "
                f"{os.readlink(path)}); copy the file into the folder instead"
            )
        stat = entry.stat()
    except OSError as error:
        raise ArticleError(f"cannot read the file: {error.strerror or error}") from None
    if stat.st_size > MAX_BYTES:
        raise ArticleError(f"the file is {stat.st_size:,} bytes; articles above 5 MB are not read")
    return stat


def _stamp(stat: os.stat_result) -> list[int] | None:
    """A file's size and modification time, or None for a file modified in the
    last two seconds: a change within the clock's resolution must never be
    taken for no change."""
    if time.time_ns() - stat.st_mtime_ns < 2_000_000_000:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def _bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ArticleError(f"cannot read the file: {error.strerror or error}") from None


def number_ids(ids: dict[str, str]) -> dict[str, str]:
    """Unique ids for ``{file name: id}``, in file-name order: an id taken
    already (or reserved) gets ``-2``, ``-3``..."""
    taken = set(RESERVED_IDS)
    out = {}
    for source in sorted(ids):
        base = candidate = ids[source]
        number = 1
        while candidate in taken:
            number += 1
            candidate = f"{base}-{number}"
        taken.add(candidate)
        out[source] = candidate
    return out


def unique_ids(articles: list[Article]) -> list[Article]:
    """The articles by file name, their ids made unique (see :func:`number_ids`)."""
    ordered = sorted(articles, key=lambda a: a.source)
    ids = number_ids({a.source: a.id for a in ordered})
    return [a if a.id == ids[a.source] else replace(a, id=ids[a.source]) for a in ordered]
