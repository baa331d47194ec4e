"""The settings of a build: the ``briefing`` plugin's options in ``mkdocs.yml``
(the one place for them; ``build.py``'s flags override them for one run),
resolved into :class:`Settings`, paths relative to ``mkdocs.yml``'s folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class BriefingConfig(Config):
    """The plugin's options, each with its type and default (README: "Building")."""

    seeds = c.Type(str, default="seeds")  # the folder of articles (*.txt, *.md)
    templates = c.Type(str, default="templates")  # Jinja templates of the pages
    overrides = c.Type(str, default="overrides")  # writers' YAML overrides
    registry = c.Type(str, default="registry")  # extra registry entries (*.yaml)
    cache = c.Type((str, bool), default=".cache/briefing")  # the store's folder; false: none
    docs = c.Optional(c.Type(str))  # also write the generated files here, to read them
    jobs = c.Optional(c.Type(int))  # extraction processes (default: one per core)
    # seconds an article's extraction may take; past it, published with its text only
    extraction_budget = c.Type((int, float), default=60)
    # above this many articles, search is the Find page's alone (no header index)
    header_search_limit = c.Type(int, default=500)
    search_shard_pages = c.Type(int, default=2200)  # pages per Pagefind run


@dataclass(frozen=True)
class Settings:
    """What the pipeline reads and writes, resolved."""

    seeds: Path = Path("seeds")
    templates: Path = Path("templates")
    overrides: Path = Path("overrides")
    registry: Path = Path("registry")
    cache: Path | None = Path(".cache/briefing")  # None: a temporary store
    docs: Path | None = None  # where to write the generated files, if anywhere
    jobs: int | None = None
    extraction_budget: float | None = 60.0
    directory_urls: bool = True  # MkDocs' use_directory_urls: off, links name .html files

    @classmethod
    def of(cls, config: BriefingConfig, base: Path) -> Settings:
        """The settings a plugin configuration gives, paths relative to ``base``."""

        def path(value: str) -> Path:
            return base / Path(value).expanduser()

        cache = ".cache/briefing" if config.cache is True else config.cache
        return cls(
            seeds=path(config.seeds),
            templates=path(config.templates),
            overrides=path(config.overrides),
            registry=path(config.registry),
            cache=path(cache) if isinstance(cache, str) and cache else None,
            docs=path(config.docs) if config.docs else None,
            jobs=config.jobs,
            extraction_budget=config.extraction_budget or None,
        )
