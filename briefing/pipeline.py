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
from dataclasses import dataclass, field

from .corpus import Corpus, build_corpus
from .errors import Problem, display_path
from .ingest import read_folder
from .overrides import Overrides, apply_to_registry, load_overrides, merge_all
from .registry import Registry, load_registry
from .render import Output, render_all
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
    outputs: list[Output] = field(default_factory=list)  # the files to publish
    extracted: int = 0  # articles extracted afresh
    cached: int = 0  # articles whose extraction came from the store
    updated: str | None = None  # the latest article date
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "warning"]


@contextmanager
def stage(result: BuildResult, name: str, describe: Callable[[], str]) -> Iterator[None]:
    """Time a stage and log a line about it."""
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
    gc.freeze()  # see fewer_collections
    with stage(
        result,
        "extract",
        lambda: f"{len(articles)} articles ({made} extracted, {len(articles) - made} stored)",
    ):
        extractions, failed, made = extract_all(
            articles, registry, store, settings.seeds, settings.jobs, settings.extraction_budget
        )
    store.commit()
    gc.freeze()
    with stage(result, "merge", lambda: f"{len(overrides.articles)} article overrides applied"):
        merged = merge_all(articles, extractions, overrides, registry)
    with stage(result, "corpus", lambda: f"{len(corpus.profiles)} profiles"):
        corpus = build_corpus(merged.records, merged.entities)
    gc.freeze()
    result.articles, result.extracted, result.cached = len(articles), made, len(articles) - made
    result.problems = [*problems, *failed, *merged.problems]
    result.updated = corpus.updated
    return corpus, registry


def build(settings: Settings, store: Store) -> BuildResult:
    """Run the pipeline: the files to publish, each made when it is written
    (best inside :func:`fewer_collections`, with the writing)."""
    result = BuildResult()
    corpus, _ = assemble(settings, store, result)
    views = Views(corpus)
    result.problems += stale(
        corpus, views.figure_groups, display_path(settings.overrides / "entities")
    )
    with stage(result, "render", lambda: f"{len(result.outputs)} files"):
        result.outputs = render_all(corpus, settings.templates, store, views)
    return result


# Young objects the cyclic garbage collector lets pile up before it runs. A
# build makes millions of long-lived objects (records) and almost no cycles:
# at CPython's default of 700, collections took a third of reading a large
# store; at this, a tenth. Memory is freed by reference counting either way.
GC_YOUNG = 20_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block with the collector's young threshold at :data:`GC_YOUNG`;
    what a stage leaves for the next is frozen (``gc.freeze``) as it ends, so
    that later collections do not scan it again and again."""
    before = gc.get_threshold()
    gc.set_threshold(max(GC_YOUNG, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
