"""The build: load -> extract -> overrides -> model -> render/export -> publish."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Problem
from .extract import Extractor
from .load import load_articles
from .model import build_corpus
from .models import ArticleRecord, Entity, Extraction
from .publish import WriteReport, build_site, write_docs
from .registry import load_registry
from .render import Renderer
from .export import data_files

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


@dataclass
class BuildResult:
    articles: int = 0
    pages: int = 0
    problems: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    report: WriteReport | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "error"]


@contextmanager
def stage(result: BuildResult, name: str, describe: Callable[[], str]) -> Iterator[None]:
    start = time.perf_counter()
    yield
    elapsed = time.perf_counter() - start
    result.timings[name] = elapsed
    log.info("%-8s %s in %.2fs", name, describe(), elapsed)


def records_from(articles, extractions: dict[str, Extraction]) -> list[ArticleRecord]:  # type: ignore[no-untyped-def]
    records = []
    for article in articles:
        x = extractions[article.id]
        records.append(ArticleRecord(
            article=article, actors=x.actors, stances=x.stances, figures=x.figures,
            summary=x.summary, title=article.title, publisher=article.publisher,
        ))
    return records


def build(settings: Settings) -> BuildResult:
    """Run the whole build; problems with inputs are collected, not raised."""
    result = BuildResult()
    with stage(result, "load", lambda: f"{len(articles)} articles, {len(problems)} skipped"):
        registry = load_registry([settings.registry])
        articles, problems = load_articles(settings.seeds)
        result.problems.extend(problems)
    for problem in problems:
        log.warning("%s", problem)
    with stage(result, "extract", lambda: f"{len(articles)} articles"):
        extractor = Extractor(registry)
        extractions = {a.id: extractor(a) for a in articles}
    with stage(result, "model", lambda: f"{len(corpus.profiles)} profiles"):
        records = records_from(articles, extractions)
        entities: dict[str, Entity] = {}
        for x in extractions.values():
            for entity in x.entities:
                entities.setdefault(entity.id, entity)
        wanted = set()
        for record in records:
            wanted.update(a.id for a in record.actors)
            wanted.update(i for s in record.stances for i in (s.actor, s.target, s.via) if i)
        for entity_id in sorted(wanted):
            entity = entities.get(entity_id) or registry.get(entity_id)
            if entity is not None:
                entities[entity_id] = entity
                for owner in (entity.country, entity.org):
                    if owner and owner not in entities and registry.get(owner):
                        entities[owner] = registry.get(owner)  # type: ignore[assignment]
        corpus = build_corpus(records, [entities[k] for k in sorted(entities)])
    with stage(result, "render", lambda: f"{len(files)} files"):
        files = Renderer(settings.templates).pages(corpus)
        files.update(data_files(corpus))
    with stage(result, "write", lambda: f"{report.written} written, {report.unchanged} "
               f"unchanged, {report.removed} removed"):
        report = write_docs(settings.docs, files)
    result.articles = len(articles)
    result.pages = len(files)
    result.report = report
    if settings.build_site:
        with stage(result, "mkdocs", lambda: f"site in {settings.site}"):
            build_site(settings.mkdocs_config, settings.docs, settings.site, settings.strict)
    return result
