"""Content-hash caches of parsed articles and extraction results, and
parallel extraction.

An article's extraction is a pure function of its bytes, the registry, the
lexicons and the extraction code, so a hash of those four is its key. A
rebuild after one edit extracts only what changed. Entries are JSON (never
pickles), written atomically; a damaged entry is ignored and recomputed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import is_dataclass
from functools import cache
from pathlib import Path
from typing import Any

from . import __version__
from .extract import Extractor
from .lexicon import fingerprint as lexicon_fingerprint
from .load import Furniture
from .models import Actor, Article, Entity, Extraction, Figure, Sentence, Stance
from .progress import track
from .registry import Registry

log = logging.getLogger(__name__)
PARALLEL_THRESHOLD = 40  # below this many articles, worker start-up costs more than it saves


@cache
def code_version() -> str:
    """A hash of the extraction code, so a code change invalidates the cache."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent
    for path in sorted(
        [
            *package.glob("extract/*.py"),
            package / "text.py",
            package / "load.py",
            package / "models.py",
        ]
    ):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(article: Article, registry: Registry) -> str:
    # the parsed text, not the file's bytes: a change of furniture rules that
    # changes an article's text invalidates its extraction
    fields = (
        article.title,
        article.text,
        article.publisher or "",
        article.byline or "",
        article.date or "",
        *article.sections,
        "\1",
        *(s.text for s in article.sentences),
    )
    content = hashlib.sha256("\0".join(fields).encode("utf-8", "surrogatepass")).hexdigest()
    parts = (
        content,
        article.id,
        registry.fingerprint,
        lexicon_fingerprint(),
        code_version(),
    )
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def to_json(extraction: Extraction) -> str:
    """JSON text of an extraction: its dataclasses as objects, tuples as arrays
    (what ``dataclasses.asdict`` gives, without its deep copies)."""
    return json.dumps(extraction, default=_fields, ensure_ascii=False)


def _fields(value: object) -> dict[str, Any]:
    if is_dataclass(value) and not isinstance(value, type):
        return value.__dict__
    raise TypeError(f"cannot store a {type(value).__name__} in the extraction cache")


def from_json(data: dict[str, Any], shared: dict[Any, Entity] | None = None) -> Extraction:
    """The extraction ``to_json`` wrote. ``shared`` maps entity data to one
    :class:`Entity` object, so the thousands of articles that name a country
    share it instead of each holding a copy."""
    shared = {} if shared is None else shared

    def entity(item: dict[str, Any]) -> Entity:
        fields = tuples(item, "aliases", "demonyms", "capitals", "links")
        key = tuple(sorted(fields.items()))
        try:
            return shared[key]
        except KeyError:
            made = shared[key] = Entity(**fields)
            return made
        except TypeError:  # an unhashable value: no sharing
            return Entity(**fields)

    def tuples(item: dict[str, Any], *keys: str) -> dict[str, Any]:
        """``item`` with the lists under ``keys`` (and lists in them) as tuples."""
        for key in keys:
            value = item.get(key)
            if isinstance(value, list):
                item[key] = tuple(tuple(x) if isinstance(x, list) else x for x in value)
        return item

    return Extraction(
        article=data["article"],
        actors=tuple(Actor(**tuples(a, "aliases")) for a in data["actors"]),
        stances=tuple(Stance(**s) for s in data["stances"]),
        figures=tuple(Figure(**f) for f in data["figures"]),
        summary=data["summary"],
        summary_sentences=tuple(data["summary_sentences"]),
        entities=tuple(entity(e) for e in data["entities"]),
    )


class ArticleCache:
    """Parsed articles, keyed by a hash of the file's bytes and name, the
    furniture rules and the code: a rebuild parses only the files that changed.
    JSON entries beside the extraction cache's, written atomically.

    New entries wait in ``pending`` (by file name): the extraction workers
    write those of the articles they extract, in parallel, and :meth:`flush`
    the rest."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder / "articles" if folder else None
        self.pending: dict[str, tuple[str, Article]] = {}

    def key(self, digest: str, name: str, furniture: Furniture) -> str:
        parts = ("article", digest, name, furniture.fingerprint, code_version())
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def get(self, key: str) -> Article | None:
        if self.folder is None:
            return None
        try:
            data = json.loads((self.folder / key[:2] / f"{key}.json").read_text("utf-8"))
            data["paragraphs"] = tuple(data["paragraphs"])
            data["sentences"] = tuple(Sentence(*row) for row in data["sentences"])
            data["sections"] = tuple(data["sections"])
            data["removed"] = tuple(data["removed"])
            return Article(**data)
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def put(self, key: str, article: Article) -> None:
        if self.folder is not None:
            self.pending[article.source] = (key, article)

    def take(self, article: Article) -> tuple[Path, str] | None:
        """The folder and key to write ``article``'s entry under, if it is pending."""
        pending = self.pending.pop(article.source, None)
        if pending is None or self.folder is None:
            return None
        return self.folder, pending[0]

    def flush(self) -> None:
        for key, article in self.pending.values():
            if self.folder is not None:
                self.folder = _write_entry(self.folder, key, article_json(article))
        self.pending.clear()


def article_json(article: Article) -> str:
    data = dict(vars(article))
    data["sentences"] = [(s.index, s.text, s.start, s.end, s.paragraph) for s in article.sentences]
    return json.dumps(data, ensure_ascii=False)


def _write_entry(folder: Path, key: str, text: str) -> Path | None:
    """Write one cache entry atomically; ``None`` (no more caching) if it cannot."""
    path = folder / key[:2] / f"{key}.json"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(text, "utf-8")
        temporary.replace(path)
        return folder
    except OSError as error:
        log.warning("cannot write the cache (%s); continuing without it", error)
        return None


class ExtractionCache:
    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0
        self._entities: dict[Any, Entity] = {}

    def get(self, key: str) -> Extraction | None:
        if self.folder is None:
            return None
        path = self.folder / key[:2] / f"{key}.json"
        try:
            return from_json(json.loads(path.read_text("utf-8")), self._entities)
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def put(self, key: str, extraction: Extraction) -> None:
        if self.folder is None:
            return
        self.folder = _write_entry(self.folder, key, to_json(extraction))


_WORKER: tuple[Extractor, ExtractionCache] | None = None


def _init_worker(registry: Registry, folder: Path | None) -> None:
    global _WORKER
    _WORKER = (Extractor(registry), ExtractionCache(folder))


Job = tuple[str, Article, "tuple[Path, str] | None"]  # key, article, where its parse goes


def _run(extractor: Extractor, store: ExtractionCache, job: Job) -> Extraction:
    """Extract one article and store it, with the parsed article's entry."""
    key, article, parsed = job
    extraction = extractor(article)
    store.put(key, extraction)
    if parsed is not None:
        _write_entry(parsed[0], parsed[1], article_json(article))
    return extraction


def _extract(job: Job) -> Extraction:
    """``_run`` in a worker: the storing (JSON encoding and writing) runs in
    parallel too."""
    assert _WORKER is not None
    return _run(*_WORKER, job)


def extract_all(
    articles: Iterable[Article],
    registry: Registry,
    store: ExtractionCache,
    jobs: int | None = None,
    parsed: ArticleCache | None = None,
) -> dict[str, Extraction]:
    """Extractions of every article: from the cache, else computed (in parallel).
    The entries ``parsed`` holds for articles extracted here are written too."""
    articles = list(articles)
    out: dict[str, Extraction] = {}
    todo: list[Job] = []
    for article in articles:
        key = cache_key(article, registry)
        hit = store.get(key)
        if hit is not None:
            out[article.id] = hit
            store.hits += 1
        else:
            todo.append((key, article, parsed.take(article) if parsed else None))
    store.misses += len(todo)
    workers = min(jobs or os.cpu_count() or 1, max(1, len(todo) // 10))
    if workers > 1 and len(todo) >= PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(
            max_workers=workers, initializer=_init_worker, initargs=(registry, store.folder)
        ) as pool:
            chunk = max(1, min(64, len(todo) // (workers * 8)))
            mapped = pool.map(_extract, todo, chunksize=chunk)
            results = list(track(mapped, len(todo), "extract"))
    else:
        extractor = Extractor(registry)
        results = [_run(extractor, store, job) for job in track(todo, len(todo), "extract")]
    for (_, article, _), extraction in zip(todo, results, strict=True):
        out[article.id] = extraction
    if parsed is not None:
        parsed.flush()
    return {a.id: out[a.id] for a in articles}
