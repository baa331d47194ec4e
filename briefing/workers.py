"""Stage 2 over a corpus: each article's extraction, from the store (keyed by
a digest of the article, the registry and :data:`EXTRACTION_CODE`) or made
by a :class:`~concurrent.futures.ProcessPoolExecutor` (in this process when
few), each article within a time budget. An article whose extraction raises
or runs past its budget is reported and published with its text only; the
outcome is stored like any other, so the next build does not wait for it."""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from .errors import Problem, display_path
from .extract import Extractor
from .ingest import INGEST_CODE
from .models import Article, Extraction
from .progress import track
from .registry import Registry
from .store import Store, code_digest

log = logging.getLogger(__name__)

# every file extraction reads: its package, its data, and the modules it imports
# (tests/test_architecture.py checks the list against what it imports)
EXTRACTION_CODE: tuple[str, ...] = ("extract/**/*.py", "data/**/*.yaml", "__init__.py")
EXTRACTION_CODE += ("errors.py", "lexicon.py", "models.py", "registry.py", "text.py", "yamlio.py")
PARALLEL_THRESHOLD = 40  # below this many articles, starting workers costs more than it saves


@dataclass(frozen=True)
class Outcome:
    """What extracting one article gave: its extraction, or why there is none."""

    extraction: Extraction | None
    failure: str | None = None


def extraction_key(article: Article, registry: Registry) -> str:
    """The store key of an article's extraction: what extraction reads of the
    article (not the lines removed from it: its text, and the sentence
    boundaries that the text and the ingest code give), the registry, and the
    extraction code and data."""
    hasher = hashlib.sha256()
    for part in (
        article.id,
        article.title,
        article.text,
        article.publisher or "\1",
        article.byline or "\1",
        article.date or "\1",
        "\1".join(article.sections),
        registry.fingerprint,
        code_digest(*EXTRACTION_CODE),
        code_digest(*INGEST_CODE),
    ):
        hasher.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return hasher.hexdigest()


def stored(store: Store, article: Article, registry: Registry) -> Outcome | None:
    """The stored outcome of extracting ``article`` with ``registry``, if any."""
    return store.get_record("extraction", extraction_key(article, registry), Outcome)


def keep(store: Store, article: Article, registry: Registry, outcome: Outcome) -> None:
    """Store an outcome (made here, or by another machine's job)."""
    store.put_record("extraction", extraction_key(article, registry), outcome)


def extract_all(
    articles: list[Article],
    registry: Registry,
    store: Store,
    seeds: Path,
    jobs: int | None = None,
    budget: float | None = 60.0,
) -> tuple[dict[str, Extraction], list[Problem], int]:
    """Every article's extraction by id (empty where it failed), a problem per
    failure, and how many were extracted here (not found in the store)."""
    outcomes: dict[str, Outcome] = {}
    todo: list[Article] = []
    keys = {article.id: extraction_key(article, registry) for article in articles}
    for article in articles:
        found = store.get_record("extraction", keys[article.id], Outcome)
        if found is None:
            todo.append(article)
        else:
            outcomes[article.id] = found
    for article, outcome in zip(todo, run(todo, registry, jobs, budget), strict=True):
        outcomes[article.id] = outcome
        store.put_record("extraction", keys[article.id], outcome)
    problems = [
        _problem(seeds, a, outcomes[a.id].failure or "", budget)
        for a in articles
        if outcomes[a.id].failure
    ]
    extractions = {a.id: outcomes[a.id].extraction or Extraction(a.id) for a in articles}
    return extractions, problems, len(todo)


def _problem(seeds: Path, article: Article, failure: str, budget: float | None) -> Problem:
    if failure == TOO_LONG:
        said = f"extraction took too long (over {budget:g} s); published with its text only"
    else:
        said = (
            f"extraction failed ({failure}); the article is published without actors, stances "
            "or figures. This is a bug in briefing: please report it with this file"
        )
    return Problem(display_path(seeds / article.source), said)


def run(
    articles: list[Article], registry: Registry, jobs: int | None, budget: float | None
) -> Iterator[Outcome]:
    """The outcome of extracting each article, in order, with progress."""
    if not articles:  # nothing to extract: no extractor to make (most of a second)
        return
    cores = os.cpu_count() or 1
    jobs = max(1, min(jobs or cores, cores))  # more processes than cores only share them
    main = threading.current_thread() is threading.main_thread()
    if main and (jobs == 1 or len(articles) < PARALLEL_THRESHOLD):
        extractor = Extractor(registry)
        yield from (
            _within(budget, extractor, a) for a in track(articles, len(articles), "Extracting")
        )
        return
    # fork shares what this process loaded; a threaded process (mkdocs serve) must spawn
    method = "fork" if threading.active_count() == 1 else "spawn"
    with ProcessPoolExecutor(
        max_workers=min(jobs, max(1, len(articles))),
        mp_context=multiprocessing.get_context(method),
        initializer=_start_worker,
        initargs=(registry, budget),
    ) as pool:
        chunk = max(1, min(64, len(articles) // (jobs * 8)))
        yield from track(pool.map(_extract, articles, chunksize=chunk), len(articles), "Extracting")


TOO_LONG = "too long"


class _TooLong(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _TooLong


def _within(budget: float | None, extractor: Extractor, article: Article) -> Outcome:
    """Extract one article; past ``budget`` seconds, stop (in the main thread:
    where signals are delivered; a regular expression checks for them too)."""
    timed = bool(budget) and hasattr(signal, "setitimer")
    previous = signal.signal(signal.SIGALRM, _alarm) if timed else None
    try:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, budget or 0)
        return Outcome(extractor(article))
    except _TooLong:
        return Outcome(None, TOO_LONG)
    except Exception as error:  # a bug must not cost the other articles, nor this one's text
        return Outcome(None, f"{type(error).__name__}: {error}")
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


_WORKER: tuple[Extractor, float | None] | None = None


def _start_worker(registry: Registry, budget: float | None) -> None:
    global _WORKER
    _WORKER = (Extractor(registry), budget)


def _extract(article: Article) -> Outcome:
    assert _WORKER is not None
    extractor, budget = _WORKER
    return _within(budget, extractor, article)
