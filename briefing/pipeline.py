"""The build: load -> extract -> overrides -> model -> render/export -> publish."""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cache import (
    ArticleCache,
    ExtractionCache,
    Unstored,
    Workers,
    extract_all,
    extraction_problem,
)
from .errors import BriefingError, ConfigError, Problem, display_path
from .export import Pieces, data_files, entity_json
from .incremental import Manifest, digest, templates_fingerprint
from .lexicon import fingerprint as lexicon_fingerprint
from .load import Furniture, Stat, article_id, load_articles
from .model import TYPE_FOLDERS, Corpus, Overview, build_corpus
from .models import Article, ArticleRecord, Entity
from .overrides import (
    ArticleOverride,
    Overrides,
    apply_to_registry,
    build_entities,
    check_targets,
    load_overrides,
    merge_article,
    remap,
)
from .progress import track
from .publish import SEARCH_SHARD_PAGES, DocsWriter, WriteReport, build_site
from .rebuild import Loaded, rebuild
from .registry import Registry, load_registry
from .render import Renderer, record_digest
from .state import NAME as STATE_NAME
from .state import VERSION as STATE_VERSION
from .state import SourceRow, State, scratch

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Settings:
    """Where inputs and outputs live, and how to build."""

    seeds: Path = Path("seeds")
    docs: Path = Path("docs")
    site: Path = Path("site")
    templates: Path = Path("templates")
    overrides: Path = Path("overrides")
    registry: Path = Path("registry")
    mkdocs_config: Path = Path("mkdocs.yml")
    build_site: bool = True
    strict: bool = False
    jobs: int | None = None
    cache: Path | None = Path(".cache/briefing")
    # above this many articles the site drops Material's all-in-one search index
    # and searches with Pagefind (the Find page) alone
    header_search_limit: int = 500
    # pages per Pagefind run (the search index is built in shards this size)
    search_shard_pages: int = SEARCH_SHARD_PAGES


@dataclass
class BuildResult:
    articles: int = 0
    pages: int = 0
    problems: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    render_processes: int = 1  # 2 when a forked helper rendered half of the pages
    extracted: int = 0  # articles extracted afresh
    cached: int = 0  # articles whose extraction came from the cache
    from_state: bool = False  # a rebuild of what changed, from the build state
    report: WriteReport | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "warning"]


@contextmanager
def stage(result: BuildResult, name: str, describe: Callable[[], str]) -> Iterator[None]:
    start = time.perf_counter()
    yield
    elapsed = time.perf_counter() - start
    result.timings[name] = elapsed
    log.info("%-8s %s in %.2fs", name, describe(), elapsed)


@dataclass
class Inputs:
    """What the build state (:mod:`briefing.state`) keeps of a full build's
    inputs, besides the corpus; and the extractions not yet stored, if any."""

    world: str  # digest of every input but the articles and their overrides
    stats: dict[str, Stat] = field(default_factory=dict)  # file name -> size, mtime
    articles: list[Article] = field(default_factory=list)
    load_problems: list[Problem] = field(default_factory=list)
    merge_problems: dict[str, list[Problem]] = field(default_factory=dict)  # by article
    # entities as first found: the file, their place among its entities, the entity
    found: dict[str, tuple[str, int, Entity]] = field(default_factory=dict)
    overrides: dict[str, str] = field(default_factory=dict)  # article id -> override digest
    unstored: Unstored | None = None  # see assemble's ``store_later``


def world_digest(settings: Settings, registry: Registry, overrides: Overrides) -> str:
    """A digest of every input of the build but the article files and their
    overrides: the registry, entity overrides, lexicons, furniture rules,
    templates, code and folders. A rebuild from the build state needs it unchanged."""
    entities = [(k, o.path, o.data) for k, o in sorted(overrides.entities.items())]
    folders = [str(p.resolve()) for p in (settings.seeds, settings.docs, settings.overrides)]
    folders.append(os.getcwd())  # problems name files relative to it
    return digest(
        STATE_VERSION,
        registry.fingerprint,
        entities,
        lexicon_fingerprint(),
        templates_fingerprint(settings.templates),
        folders,
    )


def override_digest(override: ArticleOverride) -> str:
    return digest(override.path, override.data)


def load_inputs(settings: Settings) -> Loaded:
    """Overrides, the registry they change, merged entity ids, the world digest."""
    overrides = load_overrides(settings.overrides)
    registry, merges = apply_to_registry(load_registry([settings.registry]), overrides)
    return overrides, registry, merges, world_digest(settings, registry, overrides)


def assemble(
    settings: Settings, result: BuildResult, loaded: Loaded | None = None, store_later: bool = False
) -> tuple[Corpus, Registry, Inputs]:
    """Load, extract, merge overrides and build the model (nothing is written
    but the cache); ``loaded``: what :func:`load_inputs` gave, if it ran
    already. With ``store_later``, new cache entries are not encoded and
    written here but left in ``Inputs.unstored``, if the build renders few
    enough pages for a render helper to store them (see ``_start_helper``);
    else the extraction workers encode them, in parallel."""
    spent = result.timings.get("load", 0.0)
    workers: Workers | None = None
    failed: dict[str, str] = {}  # what went wrong where extraction failed, by article id
    try:
        with stage(
            result,
            "load",
            lambda: (
                f"{len(articles)} articles, {len(problems)} skipped, "
                f"{len(overrides.articles)} article and {len(overrides.entities)} entity "
                "overrides"
            ),
        ):
            overrides, registry, merges, world = loaded or load_inputs(settings)
            inputs = Inputs(world)
            parsed = ArticleCache(settings.cache)
            furniture = Furniture.load()
            # the processes that parse the files go on to extract them
            workers = Workers(settings.jobs, registry, furniture)
            articles, problems = load_articles(
                settings.seeds, furniture, parsed, inputs.stats, workers.parse
            )
        result.timings["load"] += spent
        inputs.articles, inputs.load_problems = articles, problems
        # The corpus is millions of long-lived objects without reference cycles;
        # frozen, they are no longer scanned by every collection of the cyclic
        # garbage collector (a sixth of a large rebuild's time)
        gc.freeze()
        store = ExtractionCache(settings.cache)
        deferred = store_later and len(articles) <= PARALLEL_RENDER_MAX_PAGES
        later = inputs.unstored = Unstored(store, parsed) if deferred else None
        with stage(
            result,
            "extract",
            lambda: f"{len(articles)} articles ({store.misses} extracted, {store.hits} from cache)",
        ):
            extractions = extract_all(
                articles, registry, store, settings.jobs, parsed, workers, failed, later
            )
    finally:
        if workers is not None:
            workers.close()
    result.extracted, result.cached = store.misses, store.hits
    with stage(result, "merge", lambda: f"{len(overrides.articles)} article overrides applied"):
        found: dict[str, Entity] = {}
        for a in articles:
            for n, entity in enumerate(extractions[a.id].entities):
                if entity.id not in found:
                    found[entity.id] = entity
                    inputs.found[entity.id] = (a.source, n, entity)
        entities = build_entities(found, registry, overrides, merges)
        check_targets(overrides, (a.id for a in articles))
        records = []
        for a in articles:
            override = overrides.articles.get(a.id)
            said = [extraction_problem(settings.seeds, a, failed[a.id])] if a.id in failed else []
            records.append(
                merge_article(
                    a, remap(extractions[a.id], merges), override, registry, entities, said
                )
            )
            if override is not None:
                inputs.overrides[a.id] = override_digest(override)
            if said:
                inputs.merge_problems[a.id] = said
                overrides.problems.extend(said)
    gc.freeze()
    with stage(result, "model", lambda: f"{len(corpus.profiles)} profiles"):
        corpus = build_corpus(records, _entities_of(records, entities, registry))
    gc.freeze()
    result.problems = problems + overrides.problems
    result.articles = len(articles)
    return corpus, registry, inputs


# Young objects the cyclic garbage collector lets pile up before it runs. The
# build allocates millions of short-lived objects with almost no cycles: at
# CPython's default of 700 its collections took about 7 % of the extraction
# workers' time; at this, under 1 %. Memory is freed by reference counting
# either way.
GC_YOUNG = 20_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block with the collector's young threshold at :data:`GC_YOUNG`
    (processes forked inside inherit it)."""
    before = gc.get_threshold()
    gc.set_threshold(max(GC_YOUNG, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def build(settings: Settings) -> BuildResult:
    """Run the whole build; problems with inputs are collected, not raised."""
    result = BuildResult()
    with fewer_collections():
        saving = _write_pages(settings, result)
    gc.unfreeze()
    gc.collect()  # the site stage holds every page again: our copies are gone first
    try:
        if settings.build_site:
            with stage(result, "mkdocs", lambda: f"site in {settings.site}"):
                header_search = result.articles <= settings.header_search_limit
                build_site(
                    settings.mkdocs_config,
                    settings.docs,
                    settings.site,
                    settings.strict,
                    header_search,
                    settings.search_shard_pages,
                )
    except BaseException as error:
        if saving is not None:  # no state of a build that did not finish
            saving.stop(error)
        raise
    if saving is not None:
        saving.wait()
    return result


def _write_pages(settings: Settings, result: BuildResult) -> _Saving | None:
    """Every stage up to docs/ written; the model and pages die with this call.
    The build state is saved by then, or being saved by the render helper
    (the :class:`_Saving` returned), while the site is built."""
    began = time.perf_counter()
    loaded = load_inputs(settings)
    result.timings["load"] = time.perf_counter() - began
    if settings.cache is not None:
        outcome = rebuild(settings, result, loaded)
        if outcome == "done":
            return None
        if outcome == "full":  # the rebuild changed what it loaded
            result.timings.clear()
            began = time.perf_counter()
            loaded = load_inputs(settings)
            result.timings["load"] = time.perf_counter() - began
        (settings.cache / STATE_NAME).unlink(missing_ok=True)  # saved again below
    # new cache entries are stored with the state: by the render helper while
    # MkDocs builds the site, or in the write stage if the helper does not
    # start after all; where none can, the extraction workers encode them
    corpus, _, inputs = assemble(settings, result, loaded, store_later=_can_fork(settings))
    _report(result.problems)
    manifest = Manifest(settings.cache, settings.docs)
    renderer = Renderer(settings.templates)
    writer = DocsWriter(settings.docs)
    digests: dict[str, str] = {}
    rendered = kept = 0
    writing = 0.0
    start = time.perf_counter()
    records = {r.id: record_digest(corpus, r) for r in corpus.records}
    overview = Overview.of(corpus, entity_json)
    total = len(corpus.records) + len(corpus.profiles) + 2 + len(TYPE_FOLDERS)

    def pages_of(digests: dict[str, str], mine: Iterator[bool] | None) -> Iterator[Page]:
        return renderer.each_page(corpus, overview, records, digests, manifest.fresh, mine)

    def write_data(writer: DocsWriter) -> tuple[int, Pieces]:
        """Write the data files; how many, and where their pieces came from."""
        pieces = Pieces(records, settings.cache)
        count = 0
        for path, data in data_files(corpus, overview, pieces):
            writer.put_pieces(path, data)
            count += 1
        return count, pieces

    def save() -> str | None:
        """Store the new cache entries, then save the build state."""
        _store(inputs.unstored)
        return save_state(settings, inputs, corpus, records, overview)

    # the helper writes the data files, takes its share of the pages, then
    # stores the cache and saves the build state while the site is built
    helper = _start_helper(settings, manifest, total, _Work(pages_of, write_data, save))
    result.render_processes = 2 if helper else 1
    # each page is written as soon as it is rendered: a large corpus's pages
    # never sit in memory together
    pages = pages_of(digests, helper[2] if helper else None)
    try:
        for path, text in track(pages, total // result.render_processes, "render"):
            rendered += 1
            kept += text is None
            began = time.perf_counter()
            writer.put(path, text)
            writing += time.perf_counter() - began
        if helper:
            done = _join_helper(*helper[:2])
            digests.update(done.digests)
            writer.add(done.written, done.unchanged, done.wanted)
            rendered += done.rendered
            kept += done.kept
            data, reused, made = done.data, done.reused, done.made
        else:
            data, pieces = write_data(writer)
            reused, made = pieces.reused, pieces.made
        rendered += data
        result.timings["render"] = time.perf_counter() - start - writing
        log.info(
            "%-8s %s in %.2fs",
            "render",
            f"{rendered} files ({kept} unchanged, not rendered; "
            f"{result.render_processes} processes; "
            f"{reused} of {reused + made} articles' data pieces kept)",
            result.timings["render"],
        )
        with stage(
            result,
            "write",
            lambda: (
                f"{report.written} written, {report.unchanged} unchanged, {report.removed} removed"
            ),
        ):
            report = writer.finish()
            manifest.save(digests)
            state_error = None if helper else save()
    except BaseException as error:
        if helper:  # the build stops here: so does the helper
            _stop_helper(settings, *helper[:2])
        if isinstance(error, Exception):  # not an interrupt: keep the extractions made
            _store(inputs.unstored)
        raise
    if state_error:
        log.warning("cannot save the build state (%s); the next build is a full one", state_error)
    result.timings["write"] += writing
    result.pages = rendered
    result.report = report
    return _Saving(settings, *helper[:2], inputs.unstored) if helper else None


def _store(unstored: Unstored | None) -> None:
    """Store the cache entries a build left to store later, if any."""
    if unstored is not None:
        unstored.store_all()


def _report(problems: list[Problem]) -> None:
    for problem in problems:
        (log.warning if problem.kind == "warning" else log.error)("%s", problem)


def save_state(
    settings: Settings,
    inputs: Inputs,
    corpus: Corpus,
    records: dict[str, str],
    overview: Overview,
) -> str | None:
    """Write the build state of a full build (see :mod:`briefing.state`);
    what went wrong if it could not (the build goes on without it)."""
    if settings.cache is None:
        return None
    by_source = {a.source: a for a in inputs.articles}
    shown = {p.path: p for p in inputs.load_problems}
    sources = []
    for name, stat in sorted(inputs.stats.items()):
        a = by_source.get(name)
        if a is not None:
            sources.append((name, SourceRow(stat, article_id(a.title, a.source), a.id, None)))
        else:
            problem = shown.get(display_path(settings.seeds / name))
            sources.append((name, SourceRow(stat, None, None, problem)))
    state = State.create(settings.cache, inputs.world)
    try:
        state.put_sources(sources)
        state.put_records(corpus.records, records, inputs.overrides, inputs.merge_problems)
        state.put_found(inputs.found)
        state.put_profiles((row, corpus.profiles[row.id].members) for row in overview.profiles)
        state.commit()
    except (OSError, sqlite3.Error) as error:
        state.abandon()
        return str(error)
    return None


# A forked helper renders about half of the pages of a build that renders many
# (not a rebuild, whose pages are mostly unchanged), from 400 pages. The fork
# shares the corpus copy-on-write, but rendering touches most of it, so the
# helper's memory grows toward the build's own: above 5,000 pages (about
# 3,000 articles) peak memory matters more than the seconds saved.
PARALLEL_RENDER_PAGES = 400
PARALLEL_RENDER_MAX_PAGES = 5000


@dataclass
class _Rendered:
    """What the render helper did, sent back to the build."""

    digests: dict[str, str]
    written: int
    unchanged: int
    wanted: list[str]
    rendered: int
    kept: int
    data: int = 0  # data files written
    reused: int = 0  # articles whose data pieces were kept
    made: int = 0  # articles whose data pieces were made
    error: str | None = None


Page = tuple[str, "str | None"]  # a generated page's path and text (None: unchanged)
# Renderer.each_page: pages, their digests into the dict, only those the
# iterator says are this process's (None: all)
PagesOf = Callable[[dict[str, str], "Iterator[bool] | None"], Iterator[Page]]


class Claims:
    """Whether each page in turn is this process's to render, for processes
    that go through the same pages in the same order: each claims the next
    page no process has claimed from a counter they share, when it is done
    with its last. The one that is free takes the next page, so they finish
    together whatever each did besides."""

    def __init__(self, counter: Any) -> None:
        """``counter``: a ``multiprocessing.Value`` of the next page unclaimed."""
        self.counter = counter
        self.position = -1  # of the page asked about
        self.claimed = -1  # the page this process claimed last

    def __iter__(self) -> Claims:
        return self

    def __next__(self) -> bool:
        self.position += 1
        if self.claimed < self.position:
            with self.counter.get_lock():
                self.claimed = self.counter.value
                self.counter.value += 1
        return self.claimed == self.position


@dataclass(frozen=True)
class _Work:
    """What the render helper does, in order."""

    pages_of: PagesOf  # renders every other page
    write_data: Callable[[DocsWriter], tuple[int, Pieces]]  # writes the data files
    save: Callable[[], str | None]  # stores the cache, saves the build state; what went wrong


def _start_helper(
    settings: Settings, manifest: Manifest, pages: int, work: _Work
) -> tuple[Any, Any, Claims] | None:
    """A forked process doing ``work``, its pipe and the build's
    :class:`Claims` of pages, or ``None`` where that does not pay (see
    ``PARALLEL_RENDER_PAGES``). The fork shares the corpus with the build
    instead of copying it (and takes the functions as they are: no pickling)."""
    if (
        not _can_fork(settings)
        or not PARALLEL_RENDER_PAGES <= pages <= PARALLEL_RENDER_MAX_PAGES
        or len(manifest.pages) > pages // 2  # a rebuild: most pages are unchanged
    ):
        return None
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    counter = context.Value("q", 0)
    process = context.Process(
        target=_render_helper, args=(work, Claims(counter), settings.docs, send)
    )
    process.start()
    send.close()
    return process, receive, Claims(counter)


def _can_fork(settings: Settings) -> bool:
    """Whether the build may fork a render helper, pages permitting."""
    return (
        (settings.jobs or os.cpu_count() or 1) >= 2
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1  # forking a threaded process (serve) is unsafe
    )


def _render_helper(work: _Work, mine: Claims, docs: Path, send: Any) -> None:
    """In the helper process: write the data files, render and write the
    pages it claims, report back, then store the new cache entries, save the
    build state and report that."""
    digests: dict[str, str] = {}
    writer = DocsWriter(docs)
    rendered = kept = 0
    try:
        try:
            data, pieces = work.write_data(writer)
            for path, text in work.pages_of(digests, mine):
                rendered += 1
                kept += text is None
                writer.put(path, text)
            send.send(
                _Rendered(
                    digests,
                    writer.written,
                    writer.unchanged,
                    sorted(writer.wanted),
                    rendered,
                    kept,
                    data,
                    pieces.reused,
                    pieces.made,
                )
            )
        except Exception as error:  # reported by the build, which raises it
            message = str(error) if isinstance(error, BriefingError) else repr(error)
            send.send(_Rendered({}, 0, 0, [], 0, 0, error=message))
            return
        try:
            saved = work.save()
        except Exception as error:  # save_state reports what it expects; not this
            saved = repr(error)
        send.send(saved)
    finally:
        send.close()


def _stop_helper(settings: Settings, process: Any, receive: Any) -> None:
    """Kill the helper, and remove the state file it may have been writing."""
    process.kill()
    process.join()
    if settings.cache is not None:
        scratch(settings.cache, process.pid).unlink(missing_ok=True)
        (settings.cache / STATE_NAME).unlink(missing_ok=True)


def _join_helper(process: Any, receive: Any) -> _Rendered:
    """What the helper reports of its pages and data files."""
    try:
        done: _Rendered = receive.recv()
    except EOFError:
        done = _Rendered({}, 0, 0, [], 0, 0, error="the render helper process died")
    if done.error:
        process.join()
        raise ConfigError(done.error)
    return done


class _Saving:
    """The render helper storing the cache and saving the build state, while
    the build goes on; ``unstored``: the build's copy of what it stores."""

    def __init__(
        self, settings: Settings, process: Any, receive: Any, unstored: Unstored | None
    ) -> None:
        self.settings = settings
        self.process = process
        self.receive = receive
        self.unstored = unstored

    def wait(self) -> None:
        """Wait for the state to be saved; warn if it could not be."""
        try:
            error: str | None = self.receive.recv()
        except EOFError:
            error = "the render helper process died"
        self.process.join()
        if error:
            if self.settings.cache is not None:  # what a dead helper may have left
                scratch(self.settings.cache, self.process.pid).unlink(missing_ok=True)
                (self.settings.cache / STATE_NAME).unlink(missing_ok=True)
            log.warning("cannot save the build state (%s); the next build is a full one", error)

    def stop(self, error: BaseException) -> None:
        """The build failed: no state (a state half saved is removed). The
        cache entries are stored here, unless the build was interrupted."""
        _stop_helper(self.settings, self.process, self.receive)
        if isinstance(error, Exception):
            _store(self.unstored)


def _entities_of(
    records: list[ArticleRecord], entities: dict[str, Entity], registry: Registry
) -> list[Entity]:
    """Every entity the records name, and the countries and organizations they belong to."""
    wanted: set[str] = set()
    for record in records:
        wanted.update(record.named())
    out: dict[str, Entity] = {}
    queue = sorted(wanted)
    while queue:
        entity_id = queue.pop()
        entity = entities.get(entity_id) or registry.get(entity_id)
        if entity is None or entity_id in out:
            continue
        out[entity_id] = entity
        queue.extend(o for o in (entity.country, entity.org) if o and o not in out)
    return [out[k] for k in sorted(out)]
