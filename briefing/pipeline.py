"""The build: load -> extract -> merge overrides -> corpus -> render.

One path for every build, full or after one edit. Incremental work is a
property of its stages: each asks the store (:mod:`briefing.store`) for what
it made before from the same inputs, and makes only what it lacks. What it
returns, :class:`BuildResult`, lists the files to publish (``publish/``).
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from .corpus import Corpus, article_path, build_corpus
from .errors import Problem, display_path
from .history import last_changes
from .ingest import read_folder
from .overrides import Overrides, apply_to_registry, load_overrides, merge_all
from .registry import Registry, load_registry
from .render import Output, render_all
from .render.links import WriterLink, writer_links
from .settings import Settings
from .store import Store
from .views import Views
from .views.figures import stale
from .workers import extract_all

log = logging.getLogger(__name__)


@dataclass
class BuildResult:
    """What a build made, and what it found wrong with its inputs."""

    articles: int = 0
    problems: list[Problem] = field(default_factory=list)
    # the files to publish; the plugin lets them go once MkDocs has them
    outputs: list[Output] = field(default_factory=list)
    links: list[WriterLink] = field(default_factory=list)  # writers' links to files of the site
    extracted: int = 0  # articles extracted afresh
    cached: int = 0  # articles whose extraction came from the store
    updated: str | None = None  # the latest article date
    pages: int = 0  # pages of the site MkDocs built (none without a site)
    site: Path | None = None  # where MkDocs built it
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "warning"]


@contextmanager
def stage(result: BuildResult, name: str, describe: Callable[[], str]) -> Iterator[None]:
    """Time a stage and log a line about it, in plain words: ``describe()``
    says what was done (``name`` is the stage's key in ``result.timings``)."""
    start = time.perf_counter()
    yield
    elapsed = time.perf_counter() - start
    result.timings[name] = elapsed
    log.info("%s in %.2fs", describe(), elapsed)


def plural(count: int, noun: str) -> str:
    """``3 articles``, ``1 article``, ``1,200 articles``."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def load_inputs(settings: Settings) -> tuple[Overrides, Registry]:
    """Overrides, and the registry extraction uses (entity overrides applied)."""
    overrides, _, registry = _load(settings)
    return overrides, registry


def _load(settings: Settings) -> tuple[Overrides, Registry, Registry]:
    """Overrides, the registry, and the registry with entity overrides applied."""
    overrides = load_overrides(settings.overrides)
    base = load_registry([settings.registry])
    registry, _ = apply_to_registry(base, overrides)
    return overrides, base, registry


def assemble(settings: Settings, store: Store, result: BuildResult) -> tuple[Corpus, Registry]:
    """Load, extract, merge overrides and link the corpus."""
    with stage(
        result,
        "load",
        lambda: (
            f"Read {plural(len(articles), 'article')} ({len(problems)} skipped) and "
            f"{plural(len(overrides.articles) + len(overrides.entities), 'override file')}"
        ),
    ):
        overrides, base, registry = _load(settings)
        articles, problems = read_folder(settings.seeds, store)
    store.commit()
    gc.freeze()  # see fewer_collections
    with stage(
        result,
        "extract",
        lambda: (
            f"Found the actors, stances and figures of {plural(len(articles), 'article')} "
            f"({made} read now, {len(articles) - made} unchanged since the last build)"
        ),
    ):
        extractions, failed, made = extract_all(
            articles, registry, store, settings.seeds, settings.jobs, settings.extraction_budget
        )
    store.commit()
    gc.freeze()
    with stage(
        result,
        "merge",
        lambda: f"Applied the corrections of {plural(len(overrides.articles), 'override file')}",
    ):
        merged = merge_all(articles, extractions, overrides, registry, base.entities)
        dates = last_changes(settings.overrides) if merged.corrections else {}
        corrections = tuple(replace(c, date=dates.get(c.override)) for c in merged.corrections)
    with stage(
        result,
        "corpus",
        lambda: f"Linked the articles into {plural(len(corpus.profiles), 'profile')}",
    ):
        corpus = build_corpus(merged.records, merged.entities, corrections, overrides.files)
    gc.freeze()
    result.articles, result.extracted, result.cached = len(articles), made, len(articles) - made
    result.problems = [*problems, *failed, *merged.problems]
    result.updated = corpus.updated
    result.links = _writer_links(corpus, overrides)
    return corpus, registry


def _writer_links(corpus: Corpus, overrides: Overrides) -> list[WriterLink]:
    """The links of the writers' notes and descriptions shown on the site's
    pages, to files of the site: MkDocs knows them all only when it builds
    (``publish/plugin.py`` checks them)."""
    shown = [
        (o, "note", article_path(o.id))
        for o in overrides.articles.values()
        if "note" in o.data and corpus.has_record(o.id)
    ]
    shown += [
        (o, "description", corpus.profiles[o.id].path)
        for o in overrides.entities.values()
        if "description" in o.data and o.id in corpus.profiles
    ]
    return [
        link
        for override, key, page in shown
        for link in writer_links(key, override.data[key], page, override.path, override.lines[key])
    ]


def build(settings: Settings, store: Store) -> BuildResult:
    """Run the pipeline: the files to publish, each made when it is written
    (best inside :func:`fewer_collections`, with the writing)."""
    result = BuildResult()
    corpus, _ = assemble(settings, store, result)
    views = Views(corpus)
    result.problems += stale(
        corpus, views.figure_groups, display_path(settings.overrides / "entities")
    )
    with stage(
        result, "render", lambda: f"Made {plural(len(result.outputs), 'file')} (pages, data)"
    ):
        result.outputs = render_all(
            corpus, settings.templates, store, views, settings.directory_urls, settings.edit
        )
    return result


# Young objects the cyclic garbage collector lets pile up before it runs. A
# build makes millions of long-lived objects (records) and almost no cycles:
# at CPython's default of 700, collections took a third of reading a large
# store; at this, a tenth. Memory is freed by reference counting either way.
GC_YOUNG = 20_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block with the collector's young threshold at :data:`GC_YOUNG`
    and hardly a full collection (each scans every record read so far: half a
    second of a rebuild at 10,000 articles); what a stage leaves for the next
    is frozen (``gc.freeze``) as it ends, so later collections skip it."""
    before = gc.get_threshold()
    gc.set_threshold(max(GC_YOUNG, before[0]), before[1], max(1000, before[2]))
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
