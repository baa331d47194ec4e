"""The settings of a build: the ``briefing`` plugin's options in ``mkdocs.yml``
(the one place for them; ``build.py``'s flags override them for one run),
resolved into :class:`Settings`, paths relative to ``mkdocs.yml``'s folder."""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

SCHEMA = "data/override.schema.json"  # the override files' JSON Schema, on the site


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
    search_shard_pages = c.Type(int, default=1500)  # pages per Pagefind run


@dataclass(frozen=True)
class EditLinks:
    """Where a writer corrects a page, from ``mkdocs.yml``: the repository's
    web editor (``repo_url`` and ``edit_uri``, as Material's "edit this page"
    button reads them), and the JSON Schema the starter files name."""

    edit: str | None = None  # the editor of the overrides folder: .../edit/main/overrides/
    new: str | None = None  # GitHub's form for a new file: .../new/main
    folder: str = "overrides/"  # the overrides folder (in the repository, on GitHub)
    # the schema, for a file in overrides/<kind>/: the site's, or the built one's
    schema: str = f"../../site/{SCHEMA}"

    def shown(self) -> tuple[str | None, ...]:
        """What of these the pages show: nothing without an editor; the
        editor's URL without a new-file form; else everything (the form's
        starter names the folder and the schema)."""
        if self.edit is None:
            return ()
        if self.new is None:
            return (self.edit,)
        return (self.edit, self.new, self.folder, self.schema)

    @classmethod
    def of(cls, site: Any, overrides: Path) -> EditLinks:
        """The links a MkDocs configuration gives the ``overrides`` folder."""
        if site.site_url:
            schema = site.site_url.rstrip("/") + "/" + SCHEMA
        else:
            built = Path(site.site_dir) / SCHEMA
            schema = Path(os.path.relpath(built, overrides / "articles")).as_posix()
        if not (site.repo_url and site.edit_uri):
            return cls(folder=overrides.name + "/", schema=schema)
        within = Path(os.path.relpath(overrides, site.docs_dir)).as_posix()
        repository = site.repo_url.rstrip("/") + "/"
        edit = urljoin(urljoin(repository, site.edit_uri), within.rstrip("/") + "/")
        # GitHub's editor is <repository>/edit/<branch>/<path> (or blob/ to view);
        # a new file is made at <repository>/new/<branch>?filename=<path>&value=...
        parts = urlsplit(edit).path.strip("/").split("/")
        depth = len(urlsplit(repository).path.strip("/").split("/"))
        if len(parts) > depth + 1 and parts[depth] in ("edit", "blob"):
            new = urljoin(repository, f"new/{parts[depth + 1]}")
            folder = posixpath.join(*parts[depth + 2 :], "") if parts[depth + 2 :] else ""
            return cls(edit=edit, new=new, folder=folder, schema=schema)
        # another host: its editor, no new-file form
        return cls(edit=edit, folder=overrides.name + "/", schema=schema)


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
    edit: EditLinks = field(default_factory=EditLinks)

    @classmethod
    def of(cls, config: BriefingConfig, base: Path, site: Any = None) -> Settings:
        """The settings a plugin configuration gives, paths relative to
        ``base``; ``site``: the MkDocs configuration (its edit links)."""

        def path(value: str) -> Path:
            return base / Path(value).expanduser()

        cache = ".cache/briefing" if config.cache is True else config.cache
        overrides = path(config.overrides)
        return cls(
            seeds=path(config.seeds),
            templates=path(config.templates),
            overrides=overrides,
            registry=path(config.registry),
            cache=path(cache) if isinstance(cache, str) and cache else None,
            docs=path(config.docs) if config.docs else None,
            jobs=config.jobs,
            extraction_budget=config.extraction_budget or None,
            edit=EditLinks.of(site, overrides) if site is not None else EditLinks(),
        )
