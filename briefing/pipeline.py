"""The build: load -> extract -> merge overrides -> corpus -> render -> publish.

One path for every build. Incremental work is a property of its stages: each
asks the store (:mod:`briefing.store`) for what it made before from the same
inputs, and makes only what it lacks.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Problem
from .export import Pieces, data_files, entity_json
from .ingest import read_folder
from .model import TYPE_FOLDERS, Corpus, Overview, build_corpus
from .models import ArticleRecord, Entity
from .overrides import Overrides, apply_to_registry, load_overrides, merge_all
from .progress import track
from .publish import SEARCH_SHARD_PAGES, DocsWriter, WriteReport, build_site
from .registry import Registry, load_registry
from .render import Renderer, record_digest
from .store import Store
from .workers import extract_all

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
    # seconds one article's extraction may take before it is published without it
    extraction_budget: float | None = 60.0
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
    extracted: int = 0  # articles extracted afresh
    cached: int = 0  # articles whose extraction came from the store
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


def load_inputs(settings: Settings) -> tuple[Overrides, Registry]:
    """Overrides, and the registry extraction uses (entity overrides applied)."""
    overrides = load_overrides(settings.overrides)
    registry, _ = apply_to_registry(load_registry([settings.registry]), overrides)
    return overrides, registry


def assemble(settings: Settings, store: Store, result: BuildResult) -> tuple[Corpus, Registry]:
    """Load, extract, merge overrides and link the corpus."""
    with stage(
        result,
        "load",
        lambda: (
            f"{len(articles)} articles, {len(problems)} skipped, "
            f"{len(overrides.articles)} article and {len(overrides.entities)} entity overrides"
        ),
    ):
        overrides, registry = load_inputs(settings)
        articles, problems = read_folder(settings.seeds, store)
    store.commit()
    with stage(
        result,
        "extract",
        lambda: f"{len(articles)} articles ({made} extracted, {len(articles) - made} stored)",
    ):
        extractions, failed, made = extract_all(
            articles,
            registry,
            store,
            settings.seeds,
            settings.jobs,
            settings.extraction_budget,
        )
    store.commit()
    result.extracted, result.cached = made, len(articles) - made
    with stage(result, "merge", lambda: f"{len(overrides.articles)} article overrides applied"):
        merged = merge_all(articles, extractions, overrides, registry)
    with stage(result, "model", lambda: f"{len(corpus.profiles)} profiles"):
        records = list(merged.records)
        corpus = build_corpus(records, _entities_of(records, merged.entities, registry))
    result.problems = [*problems, *failed, *merged.problems]
    result.articles = len(articles)
    return corpus, registry


# Young objects the cyclic garbage collector lets pile up before it runs. A
# build makes millions of long-lived objects (records) and almost no cycles:
# at CPython's default of 700, collections took a third of reading a large
# store; at this, a tenth. Memory is freed by reference counting either way.
GC_YOUNG = 20_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block with the collector's young threshold at :data:`GC_YOUNG`."""
    before = gc.get_threshold()
    gc.set_threshold(max(GC_YOUNG, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def build(settings: Settings) -> BuildResult:
    """Run the whole build; problems with inputs are collected, not raised."""
    result = BuildResult()
    with fewer_collections(), Store.open(settings.cache) as store:
        _write_pages(settings, store, result)
    if settings.build_site:
        with stage(result, "mkdocs", lambda: f"site in {settings.site}"):
            build_site(
                settings.mkdocs_config,
                settings.docs,
                settings.site,
                settings.strict,
                result.articles <= settings.header_search_limit,
                settings.search_shard_pages,
            )
    return result


def _write_pages(settings: Settings, store: Store, result: BuildResult) -> None:
    corpus, _ = assemble(settings, store, result)
    for problem in result.problems:
        (log.warning if problem.kind == "warning" else log.error)("%s", problem)
    writer = DocsWriter(settings.docs)
    with stage(result, "render", lambda: f"{pages} files"):
        records = {r.id: record_digest(corpus, r) for r in corpus.records}
        overview = Overview.of(corpus, entity_json)
        total = len(corpus.records) + len(corpus.profiles) + 2 + len(TYPE_FOLDERS)
        pages = 0
        for path, text in track(
            Renderer(settings.templates).each_page(corpus, overview, records, store),
            total,
            "render",
        ):
            writer.put(path, text)
            pages += 1
        pieces = Pieces(records, store)
        for path, data in data_files(corpus, overview, pieces):
            writer.put_pieces(path, data)
            pages += 1
    store.commit()
    with stage(
        result,
        "write",
        lambda: f"{report.written} written, {report.unchanged} unchanged, {report.removed} removed",
    ):
        report = writer.finish()
    result.pages = pages
    result.report = report


def _entities_of(
    records: list[ArticleRecord], entities: Mapping[str, Entity], registry: Registry
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
