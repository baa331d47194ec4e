"""Stage 6: write generated pages into ``docs/`` and build the site with MkDocs.

Only this module touches the output folders. Generated pages live in
generated folders (plus ``index.md``); anything else in ``docs/`` is a
hand-written page and is never touched. Unchanged files are not rewritten.
"""

from __future__ import annotations

import filecmp
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import BriefingError
from .model import TYPE_FOLDERS

log = logging.getLogger(__name__)

GENERATED_FOLDERS = ("articles", *TYPE_FOLDERS.values(), "data")
GENERATED_FILES = ("index.md", "feed.xml")
SEARCH_SHARD_PAGES = 2200  # pages per Pagefind run at most (it holds them all in memory)
SHARDS_SCRIPT = "shards.js"  # in pagefind/: the other shards' bundles, for the Find page


@dataclass(frozen=True)
class WriteReport:
    written: int
    unchanged: int
    removed: int


class DocsWriter:
    """Makes ``docs``' generated part equal the files :meth:`put` into it, one
    file at a time; :meth:`finish` removes the generated files not put.
    Hand-written pages stay; unchanged files are not rewritten."""

    def __init__(self, docs: Path) -> None:
        docs.mkdir(parents=True, exist_ok=True)
        self.docs = docs
        self.root = docs.resolve()
        self.written = self.unchanged = 0
        self._wanted: set[str] = set()  # paths relative to the docs folder, "/"-separated
        self._folders: dict[str, tuple[Path, str]] = {}  # folder as given -> resolved, relative

    def _path(self, relative: str, writing: bool = True) -> Path:
        """``docs / relative``, refusing anything outside ``docs``' generated part."""
        given, _, name = relative.rpartition("/")
        if given.partition("/")[0] not in GENERATED_FOLDERS and relative not in GENERATED_FILES:
            raise BriefingError(
                f"refusing to write {relative!r}: not a generated folder of {self.docs}"
            )
        if name in ("", ".", ".."):
            raise BriefingError(f"refusing to write {relative!r}: not a file name")
        known = self._folders.get(given)
        if known is None:
            folder = (self.docs / given).resolve()
            if not folder.is_relative_to(self.root):
                raise BriefingError(f"refusing to write {relative!r}: it is outside {self.docs}")
            folder.mkdir(parents=True, exist_ok=True)
            known = self._folders[given] = (folder, folder.relative_to(self.root).as_posix())
        folder, inside = known
        path = folder / name
        self._wanted.add(f"{inside}/{name}" if inside != "." else name)
        if writing and path.is_symlink():  # never write through a link to somewhere else
            path.unlink()
        return path

    def put(self, relative: str, text: str | None) -> None:
        """Write ``text`` to ``relative``; ``None`` keeps the file as it is (it
        was rendered from unchanged inputs last time)."""
        path = self._path(relative, writing=text is not None)
        if text is None:
            self.unchanged += 1
            return
        data = text.encode("utf-8")
        try:
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                self.unchanged += 1
                return
        except OSError:
            pass
        path.write_bytes(data)
        self.written += 1

    def put_pieces(self, relative: str, pieces: Iterable[bytes]) -> None:
        """Write a large file from its pieces, never holding it whole."""
        path = self._path(relative)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            with temporary.open("wb") as out:
                out.writelines(pieces)
            if path.is_file() and filecmp.cmp(temporary, path, shallow=False):
                self.unchanged += 1
                return
            temporary.replace(path)
            self.written += 1
        finally:
            temporary.unlink(missing_ok=True)

    def keep(self, pages: Iterable[str]) -> None:
        """Keep these files as they are (a rebuild found them unchanged)."""
        for relative in pages:
            self._path(relative, writing=False)
            self.unchanged += 1

    @property
    def wanted(self) -> set[str]:
        """The files put so far, relative to the docs folder."""
        return self._wanted

    def add(self, written: int, unchanged: int, wanted: Iterable[str]) -> None:
        """Count the files another writer (a render helper process) put."""
        self.written += written
        self.unchanged += unchanged
        self._wanted.update(wanted)

    def finish(self) -> WriteReport:
        removed = 0
        for folder in GENERATED_FOLDERS:
            top = self.root / folder
            if top.is_symlink() or not top.is_dir():
                continue
            for where, folders, names in os.walk(top, topdown=False):
                inside = Path(where).relative_to(self.root).as_posix()
                for name in names:
                    if f"{inside}/{name}" not in self._wanted:
                        os.unlink(os.path.join(where, name))
                        removed += 1
                for name in folders:
                    path = os.path.join(where, name)
                    if os.path.islink(path):
                        if f"{inside}/{name}" not in self._wanted:
                            os.unlink(path)
                            removed += 1
                    elif not os.listdir(path):
                        os.rmdir(path)
        return WriteReport(self.written, self.unchanged, removed)


def build_site(
    config: Path,
    docs: Path,
    site: Path,
    strict: bool,
    header_search: bool = True,
    shard_pages: int = SEARCH_SHARD_PAGES,
) -> None:
    """Run the real MkDocs build of ``docs`` into ``site``, then index it.

    ``header_search=False`` drops Material's built-in search (one index the
    browser downloads whole: megabytes at a thousand pages) and leaves search
    to the chunked Pagefind index of the Find page.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    if not config.is_file():
        raise BriefingError(f"{config}: MkDocs configuration not found; run from the project root")
    plugin = None
    try:
        cfg = load_config(
            config_file=str(config),
            docs_dir=str(docs.resolve()),
            site_dir=str(site.resolve()),
            strict=strict,
        )
        if cfg["nav"]:
            cfg["nav"] = _existing(cfg["nav"], docs)
        if not header_search:
            _drop_plugin(cfg, "search")
        plugin = cfg.plugins.get("briefing")
        if plugin is not None:  # it indexes shards of pages while MkDocs writes the rest
            plugin.search = lambda pages: SearchIndex(site.resolve(), shard_pages, pages)
        build(cfg)
    except (Abort, ConfigurationError) as error:
        raise BriefingError(f"mkdocs build failed: {error}") from None
    if plugin is None:
        index_site(site, shard_pages)


def _existing(nav: list[Any], docs: Path) -> list[Any]:
    """The nav without entries for pages this docs folder lacks (a fresh ``--docs``
    has only generated pages, not the hand-written about or editing pages)."""
    kept: list[Any] = []
    for item in nav:
        if isinstance(item, dict):
            title, target = next(iter(item.items()))
            if isinstance(target, list):
                target = _existing(target, docs)
                if target:
                    kept.append({title: target})
            elif "://" in str(target) or (docs / str(target)).is_file():
                kept.append(item)
        elif "://" in str(item) or (docs / str(item)).is_file():
            kept.append(item)
    return kept


def _drop_plugin(cfg: object, short_name: str) -> None:
    """Remove a plugin and the event hooks it registered."""
    plugins = cfg.plugins  # type: ignore[attr-defined]
    for name in [n for n in plugins if n.split("/")[-1] == short_name]:
        instance = plugins.pop(name)
        for hooks in plugins.events.values():
            hooks[:] = [h for h in hooks if getattr(h, "__self__", None) is not instance]


def index_site(site: Path, shard_pages: int = SEARCH_SHARD_PAGES) -> None:
    """Build the Pagefind search index of a site already written (the build
    does it while MkDocs writes, through the plugin; see :class:`SearchIndex`)."""
    for old in site.glob("pagefind*"):
        if old.is_dir():
            shutil.rmtree(old)
    pages = sum(1 for _ in site.rglob("*.html"))
    SearchIndex(site.resolve(), shard_pages, pages).finish()  # finish indexes every page


OVERLAP_PAGES = 1000  # from this many pages, at least three shards: all but one indexed meanwhile


class SearchIndex:
    """The Pagefind search index of a site, built while MkDocs writes it.

    Pagefind's index loads in chunks on demand, so search stays fast at any
    corpus size, with filters by kind, country, company and stance (the
    ``data-pagefind-filter`` spans of pages). Pagefind holds every page it
    indexes in memory (about 170 KB each), so a large site is indexed in
    shards of at most ``shard_pages`` pages, one run each: ``pagefind/``,
    ``pagefind-2/``, ... The Find page merges them (``pagefind/shards.js``
    lists the others), so a search and its filters cover them all. Each time
    a shard's worth of pages is written, Pagefind indexes them in its own
    process (on another core) while MkDocs goes on; :meth:`finish` indexes
    the rest and waits."""

    def __init__(self, site: Path, shard_pages: int, pages: int) -> None:
        count = max(1, -(-pages // max(1, shard_pages)))
        if pages >= OVERLAP_PAGES:
            count = max(count, 3)
        self.size = max(1, -(-pages // count))
        self.expected = pages
        self.site = site
        self.scratch = Path(tempfile.mkdtemp(prefix=".briefing-search-", dir=site.parent))
        self.pending: list[Path] = []
        self.assigned: set[Path] = set()
        self.bundles: list[str] = []
        self.running: list[tuple[subprocess.Popen[bytes], Path]] = []

    def written(self, page: Path) -> None:
        """``page`` (a file of the site) is written."""
        relative = page.relative_to(self.site)
        if relative.suffix == ".html" and relative not in self.assigned:
            self.assigned.add(relative)
            self.pending.append(relative)
            # the last shard waits for finish(), which adds the pages MkDocs
            # writes after the documentation pages (404.html)
            if len(self.pending) >= self.size and len(self.assigned) < self.expected:
                self._start()

    def _start(self) -> None:
        if self.running:  # one shard at a time: memory stays one shard's worth
            self.running[-1][0].wait()
        bundle = "pagefind" if not self.bundles else f"pagefind-{len(self.bundles) + 1}"
        view = self.scratch / bundle  # the site with this shard's pages only
        for page in self.pending:
            (view / page).parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(self.site / page, view / page)
            except OSError:
                shutil.copyfile(self.site / page, view / page)
        output = (self.scratch / f"{bundle}.log").open("wb")
        try:
            process = subprocess.Popen(
                _pagefind_command(view, self.site / bundle), stdout=output, stderr=output
            )
        except OSError as error:
            raise BriefingError(f"pagefind indexing failed: {error}") from None
        finally:
            output.close()
        self.running.append((process, self.scratch / f"{bundle}.log"))
        self.bundles.append(bundle)
        self.pending = []

    def finish(self) -> None:
        """Index the pages not indexed yet (including those MkDocs wrote outside
        its page events, like 404.html) and wait for every shard."""
        try:
            for page in sorted(self.site.rglob("*.html")):
                if not page.relative_to(self.site).parts[0].startswith("pagefind"):
                    self.written(page)
            if self.pending or not self.bundles:
                self._start()
            failed = []
            for process, log_file in self.running:
                try:
                    code = process.wait(timeout=1800)
                except subprocess.TimeoutExpired:
                    process.kill()
                    code = -1
                if code != 0:
                    failed.append(log_file.read_text("utf-8", "replace").strip().splitlines()[-3:])
            if failed:
                raise BriefingError("pagefind indexing failed: " + " / ".join(failed[0]))
            others = [f"../{bundle}/" for bundle in self.bundles[1:]]
            (self.site / self.bundles[0] / SHARDS_SCRIPT).write_text(
                f"window.bfSearchShards = {json.dumps(others)};\n", "utf-8"
            )
        finally:
            self.abort()

    def abort(self) -> None:
        """Stop the shards still indexing and remove the scratch folder."""
        for process, _ in self.running:
            if process.poll() is None:
                process.kill()
                process.wait()
        shutil.rmtree(self.scratch, ignore_errors=True)


def _pagefind_command(site: Path, output: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site),
        "--output-path",
        str(output),
        # the page's own content: not the theme's navigation, header or footer
        "--root-selector",
        "article.md-content__inner",
        "--silent",
    ]
