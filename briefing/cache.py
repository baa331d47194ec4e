"""Content-hash caches of parsed articles and extraction results, and
parallel extraction.

An article's extraction is a pure function of its bytes, the registry, the
lexicons and the extraction code, so a hash of those four is its key. A
rebuild after one edit extracts only what changed. Entries are JSON (never
pickles). A full build keeps them in a :class:`Pack`, one file of the entries
it used (creating a file per article cost more than extracting it); a
rebuild of a few articles writes each entry to a file of its own, written
atomically, as another machine's job may (see the README), and the next full
build packs those. A damaged entry is ignored and recomputed.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from itertools import starmap
from pathlib import Path
from typing import Any, TypeVar

from . import __version__
from .errors import Problem, display_path
from .extract import Extractor
from .files import files_digest, replacing
from .lexicon import fingerprint as lexicon_fingerprint
from .load import Furniture, ParseJob, parse_file
from .models import Actor, Article, Entity, Extraction, Figure, Sentence, Stance
from .progress import track
from .registry import Registry

log = logging.getLogger(__name__)
T = TypeVar("T")
PARALLEL_THRESHOLD = 40  # below this many articles, worker start-up costs more than it saves


@cache
def code_version() -> str:
    """A hash of the extraction code, so a code change invalidates the cache."""
    package = Path(__file__).parent
    code = [
        *package.glob("extract/*.py"),
        *(package / n for n in ("text.py", "load.py", "models.py")),
    ]
    return files_digest(code, package, __version__)


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


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _field_names(kind: type) -> frozenset[str]:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = frozenset(f.name for f in fields(kind))
    return names


def _restore(kind: type[T], data: dict[str, Any]) -> T:
    """A dataclass object from the ``__dict__`` it was stored with, set
    directly as pickle does (its ``__init__``, one frozen-field assignment at a
    time, is most of the cost of reading a large cache); the keys must be its
    fields, all of them."""
    if data.keys() != _field_names(kind):
        raise KeyError(f"not the fields of {kind.__name__}")
    made = object.__new__(kind)
    made.__dict__.update(data)
    return made


def from_json(data: dict[str, Any], shared: dict[Any, Entity] | None = None) -> Extraction:
    """The extraction ``to_json`` wrote. ``shared`` maps entity data to one
    :class:`Entity` object, so the thousands of articles that name a country
    share it instead of each holding a copy."""
    shared = {} if shared is None else shared

    def entity(item: dict[str, Any]) -> Entity:
        values = tuples(item, "aliases", "demonyms", "capitals", "links")
        key = tuple(sorted(values.items()))
        try:
            return shared[key]
        except KeyError:
            made = shared[key] = Entity(**values)
            return made
        except TypeError:  # an unhashable value: no sharing
            return Entity(**values)

    def tuples(item: dict[str, Any], *keys: str) -> dict[str, Any]:
        """``item`` with the lists under ``keys`` (and lists in them) as tuples."""
        for key in keys:
            value = item.get(key)
            if isinstance(value, list):
                item[key] = tuple(tuple(x) if isinstance(x, list) else x for x in value)
        return item

    def actor(item: dict[str, Any]) -> Actor:
        item["aliases"] = tuple(item["aliases"])
        return _restore(Actor, item)

    return Extraction(
        article=data["article"],
        actors=tuple(map(actor, data["actors"])),
        stances=tuple(_restore(Stance, s) for s in data["stances"]),
        figures=tuple(_restore(Figure, f) for f in data["figures"]),
        summary=data["summary"],
        summary_sentences=tuple(data["summary_sentences"]),
        entities=tuple(entity(e) for e in data["entities"]),
    )


class Pack:
    """The entries one build used, in one file, so that the next build reads
    one file instead of one per article: lines of ``key<TAB>entry JSON``
    (JSON text holds no raw tab or newline). New entries are appended as they
    come; once half the lines are stale the file is written again with the live
    ones. A damaged line is an entry not found."""

    HEADER = "#briefing-pack 1\n"

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[str, bytes] = {}  # key -> its whole line
        self.used: set[str] = set()
        self.added = 0
        self._out: Any = None
        self._mode = "w"  # how to open the file for new entries: "a" to a sound pack
        if path is None:
            return
        try:
            data = path.read_bytes()
        except OSError:
            return
        header = self.HEADER.encode()
        if data.startswith(header) and data.endswith(b"\n"):
            self._mode = "a"
            for line in data[len(header) :].split(b"\n"):
                tab = line.find(b"\t", 0, 100)
                if tab > 0:
                    self.entries[line[:tab].decode("latin-1")] = line  # the line: no copy

    def get(self, key: str) -> bytes | None:
        """The entry's JSON (UTF-8)."""
        line = self.entries.get(key)
        return None if line is None else line[len(key) + 1 :]

    def keep(self, key: str) -> None:
        """Mark an entry this build used (it stays in the pack)."""
        self.used.add(key)

    def add(self, key: str, text: str) -> None:
        """An entry this build used, added to the pack if new."""
        self.used.add(key)
        if key in self.entries or self.path is None:
            return
        try:
            if self._out is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._out = self.path.open(self._mode, encoding="utf-8", newline="\n")
                if self._mode == "w":  # a new pack, or a damaged one started again
                    self._out.write(self.HEADER)
            self._out.write(f"{key}\t{text}\n")
            self.added += 1
        except OSError as error:
            log.warning("cannot write %s (%s); continuing without it", self.path, error)
            self.path = None

    def close(self) -> None:
        """Finish the file; write it anew with the used entries alone if half
        or more of it is stale."""
        if self._out is not None:
            self._out.close()
            self._out = None
        if self.path is None:
            return
        lines = len(self.entries) + self.added
        if lines < 2 * len(self.used):  # at least half stale (all of it after a code change)
            return
        try:
            with self.path.open(encoding="utf-8") as old, replacing(self.path) as out:
                out.write(self.HEADER)
                for line in old:
                    if line.partition("\t")[0] in self.used and line.endswith("\n"):
                        out.write(line)
        except (OSError, ValueError) as error:
            log.warning("cannot compact %s (%s)", self.path, error)


class ArticleCache:
    """Parsed articles, keyed by a hash of the file's bytes and name, the
    furniture rules and the code: a rebuild parses only the files that changed.
    JSON entries beside the extraction cache's.

    New entries wait in ``pending`` (by file name): the extraction workers
    encode those of the articles they extract, in parallel, and :meth:`flush`
    stores the rest."""

    def __init__(self, folder: Path | None, packed: bool = True) -> None:
        """``packed=False``: entries are read from and written to their own
        files alone (a rebuild of a few articles does not read the pack)."""
        self.folder = folder / "articles" if folder else None
        self.pending: dict[str, tuple[str, Article]] = {}
        self.pack = Pack(folder / "articles.pack" if folder and packed else None)

    def key(self, digest: str, name: str, furniture: Furniture) -> str:
        parts = ("article", digest, name, furniture.fingerprint, code_version())
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def get(self, key: str) -> Article | None:
        return _get(self.folder, self.pack, key, _article)

    def put(self, key: str, article: Article) -> None:
        if self.folder is not None:
            self.pending[article.source] = (key, article)

    def take(self, article: Article) -> tuple[str, str] | None:
        """The key to store ``article``'s entry under and the id its parse
        gave it (before :func:`~briefing.load.unique_ids` numbered it), if it
        is pending: its JSON is then the caller's to make and :meth:`add`."""
        pending = self.pending.pop(article.source, None)
        return None if pending is None else (pending[0], pending[1].id)

    def add(self, key: str, text: str) -> None:
        self.folder = _keep(self.folder, self.pack, key, text)

    def flush(self) -> None:
        for key, article in self.pending.values():
            self.add(key, article_json(article))
        self.pending.clear()
        self.pack.close()


def _article(data: dict[str, Any]) -> Article:
    data["paragraphs"] = tuple(data["paragraphs"])
    data["sentences"] = tuple(starmap(Sentence, data["sentences"]))
    data["sections"] = tuple(data["sections"])
    data["removed"] = tuple(data["removed"])
    return Article(**data)


def _get(folder: Path | None, pack: Pack, key: str, make: Callable[[Any], T]) -> T | None:
    """The entry under ``key``: from the pack, else from its file (then packed)."""
    if folder is None:
        return None
    packed = pack.get(key)
    if packed is not None:
        try:
            made = make(json.loads(packed))
            pack.keep(key)
            return made
        except (ValueError, TypeError, KeyError):
            pass  # a damaged line: the file may be whole
    try:
        text = (folder / key[:2] / f"{key}.json").read_text("utf-8")
        made = make(json.loads(text))
    except (OSError, ValueError, TypeError, KeyError):
        return None
    pack.add(key, text)
    return made


def article_json(article: Article, parsed_id: str | None = None) -> str:
    """The parse cache entry of ``article``, under the id its parse gave it."""
    data = dict(vars(article))
    if parsed_id is not None:
        data["id"] = parsed_id
    data["sentences"] = [(s.index, s.text, s.start, s.end, s.paragraph) for s in article.sentences]
    return json.dumps(data, ensure_ascii=False)


def _write_entry(folder: Path, key: str, text: str) -> Path | None:
    """Write one cache entry atomically; ``None`` (no more caching) if it cannot."""
    path = folder / key[:2] / f"{key}.json"
    try:
        with replacing(path) as out:
            out.write(text)
        return folder
    except OSError as error:
        log.warning("cannot write the cache (%s); continuing without it", error)
        return None


def _keep(folder: Path | None, pack: Pack, key: str, text: str) -> Path | None:
    """Store an entry: in the pack if there is one, else in its own file;
    the folder to go on with (``None``: no more caching)."""
    if folder is None:
        return None
    if pack.path is not None:
        pack.add(key, text)
        return folder
    return _write_entry(folder, key, text)


class ExtractionCache:
    def __init__(self, folder: Path | None, packed: bool = True) -> None:
        """``packed=False``: as for :class:`ArticleCache`."""
        self.folder = folder
        self.hits = 0
        self.misses = 0
        self._entities: dict[Any, Entity] = {}
        self.pack = Pack(folder / "extractions.pack" if folder and packed else None)

    def get(self, key: str) -> Extraction | None:
        return _get(self.folder, self.pack, key, lambda data: from_json(data, self._entities))

    def put(self, key: str, extraction: Extraction) -> str:
        """Store an extraction (:meth:`close` finishes the pack); its JSON
        text is returned."""
        text = to_json(extraction)
        self.add(key, text)
        return text

    def add(self, key: str, text: str) -> None:
        """Store an extraction's JSON text."""
        self.folder = _keep(self.folder, self.pack, key, text)

    def close(self) -> None:
        self.pack.close()


class Workers:
    """Processes that parse and extract articles, started when first needed
    and shared by the load and extract stages (each process makes its
    :class:`Extractor` once). Below ``PARALLEL_THRESHOLD`` articles, or with
    one job, the work is done here."""

    def __init__(
        self, jobs: int | None, registry: Registry, furniture: Furniture | None = None
    ) -> None:
        """``furniture``: the rules :meth:`parse` parses with."""
        self.jobs = jobs or os.cpu_count() or 1
        self.registry = registry
        self.furniture = furniture
        self._pool: ProcessPoolExecutor | None = None
        self._extractor: Extractor | None = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *error: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def _pool_for(self, count: int) -> ProcessPoolExecutor | None:
        if self.jobs < 2 or count < PARALLEL_THRESHOLD:
            return None
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                initializer=_init_worker,
                initargs=(self.registry, self.furniture),
            )
        return self._pool

    def _chunk(self, count: int) -> int:
        return max(1, min(64, count // (self.jobs * 8)))

    def parse(self, todo: list[ParseJob]) -> list[Article | str]:
        """:func:`parse_file` of each job."""
        assert self.furniture is not None, "Workers made without furniture rules"
        pool = self._pool_for(len(todo))
        if pool is None:
            return [parse_file(job, self.furniture) for job in todo]
        return list(pool.map(_parse, todo, chunksize=self._chunk(len(todo))))

    def extract(self, todo: list[Job]) -> Iterator[Done]:
        """:func:`_run` of each job, in order and as each is done, with
        progress (the caller stores one while the workers make the next)."""
        pool = self._pool_for(len(todo))
        if pool is None:
            if self._extractor is None:
                self._extractor = Extractor(self.registry)
            extractor = self._extractor
            return (_run(extractor, job) for job in track(todo, len(todo), "extract"))
        mapped = pool.map(_extract, todo, chunksize=self._chunk(len(todo)))
        return track(mapped, len(todo), "extract")


_WORKER: tuple[Registry, Furniture | None] | None = None
_EXTRACTOR: Extractor | None = None


def _init_worker(registry: Registry, furniture: Furniture | None) -> None:
    global _WORKER
    _WORKER = (registry, furniture)
    gc.freeze()  # what the worker was forked with lives as long as it: no collection scans it


# the extraction's key, the article, the key and id of its parse's entry if
# that is to be made (see ArticleCache.take), and whether to encode the entries
# (else they are stored later: see Unstored)
Job = tuple[str, Article, "tuple[str, str] | None", bool]


# the extraction and its entry, the parse's entry (None where not encoded), and
# what went wrong (an article extraction fails on gets an empty extraction,
# and no entry)
Done = tuple[Extraction, "str | None", "str | None", "str | None"]


def _run(extractor: Extractor, job: Job) -> Done:
    """Extract one article and encode the entries to store, if asked to."""
    key, article, parsed, encode = job
    try:
        extraction = extractor(article)
    except Exception as error:  # a bug must not cost the other articles, nor this one's text
        return Extraction(article.id), None, None, f"{type(error).__name__}: {error}"
    if not encode:
        return extraction, None, None, None
    entry = article_json(article, parsed[1]) if parsed else None
    return extraction, to_json(extraction), entry, None


def _parse(job: ParseJob) -> Article | str:
    assert _WORKER is not None and _WORKER[1] is not None
    return parse_file(job, _WORKER[1])


def _extract(job: Job) -> Done:
    """``_run`` in a worker: JSON encoding runs in parallel too."""
    global _EXTRACTOR
    assert _WORKER is not None
    if _EXTRACTOR is None:  # made when first needed: a worker may only parse
        _EXTRACTOR = Extractor(_WORKER[0])
    return _run(_EXTRACTOR, job)


def extraction_problem(seeds: Path, article: Article, error: str) -> Problem:
    """What to report of an article extraction failed on."""
    return Problem(
        display_path(seeds / article.source),
        f"extraction failed ({error}); the article is published without actors, stances "
        "or figures. This is a bug in briefing: please report it with this file",
    )


@dataclass
class Unstored:
    """Extractions made but not yet stored, with the parse entries that go
    with them: :meth:`store_all` encodes and writes them all. A build stores
    them while MkDocs builds the site, in its render helper (see ``pipeline``)."""

    store: ExtractionCache
    parsed: ArticleCache | None
    items: list[tuple[str, Extraction, Article, tuple[str, str] | None]] = field(
        default_factory=list
    )

    def store_all(self) -> None:
        for key, extraction, article, parse in self.items:
            self.store.add(key, to_json(extraction))
            if self.parsed is not None and parse is not None:
                self.parsed.add(parse[0], article_json(article, parse[1]))
        self.items.clear()
        _finish(self.store, self.parsed)


def _finish(store: ExtractionCache, parsed: ArticleCache | None) -> None:
    """Close the extraction cache and store the parse entries still pending."""
    store.close()
    if parsed is not None:
        parsed.flush()


def extract_all(
    articles: Iterable[Article],
    registry: Registry,
    store: ExtractionCache,
    jobs: int | None = None,
    parsed: ArticleCache | None = None,
    workers: Workers | None = None,
    failed: dict[str, str] | None = None,
    later: Unstored | None = None,
) -> dict[str, Extraction]:
    """Extractions of every article: from the cache, else computed by
    ``workers`` (else by ``jobs`` processes). The entries ``parsed`` holds for
    articles extracted here are written too, or, given ``later`` (of the same
    ``store`` and ``parsed``), left to its :meth:`Unstored.store_all`. An
    article extraction fails on gets an empty extraction, and ``failed`` what
    went wrong, by article id."""
    articles = list(articles)
    out: dict[str, Extraction] = {}
    todo: list[Job] = []
    encode = later is None
    for article in articles:
        key = cache_key(article, registry)
        hit = store.get(key)
        if hit is not None:
            out[article.id] = hit
            store.hits += 1
        else:
            todo.append((key, article, parsed.take(article) if parsed else None, encode))
    store.misses += len(todo)
    with nullcontext(workers) if workers is not None else Workers(jobs, registry) as doing:
        for (key, article, parse, _), done in zip(todo, doing.extract(todo), strict=True):
            extraction, text, parsed_text, error = done
            out[article.id] = extraction
            if error is not None:
                if failed is not None:
                    failed[article.id] = error
                continue
            if later is not None:
                later.items.append((key, extraction, article, parse))
                continue
            assert text is not None
            store.add(key, text)
            if parsed is not None and parse is not None and parsed_text is not None:
                parsed.add(parse[0], parsed_text)
    if later is None:
        _finish(store, parsed)
    return {a.id: out[a.id] for a in articles}
