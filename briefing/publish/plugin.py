"""The ``briefing`` MkDocs plugin, the pattern of mkdocs-gen-files: ``on_files``
runs the pipeline, writes its files into a temporary folder (or the ``docs``
option's; never ``docs/``) and adds them to MkDocs' files, so ``mkdocs
build``, ``serve`` and ``gh-deploy`` build the whole briefing. The page events
hand generated pages' HTML past Markdown (``markdown.py``), point "edit this
page" where "Correct this page" points (``render/correct.py``), date pages
from the articles (sitemap) and feed Pagefind (``search.py``); ``on_serve``
watches the inputs."""

from __future__ import annotations

import json
import logging
import tempfile
import time
import zlib
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files

from ..errors import BriefingError, display_path
from ..pipeline import BuildResult, build, fewer_collections, plural, stage
from ..progress import Progress
from ..settings import BriefingConfig, Settings
from ..store import Store
from .files import lock, write
from .markdown import anchor_ids, hold_back, put_back, theme_source
from .search import SearchIndex

log = get_plugin_logger("briefing")  # warnings, shown by MkDocs as "briefing: ..."
said = logging.getLogger(__name__)  # the build's stage lines, shown by build.py

NO_DATE = "2000-01-01"  # what the sitemap says of a briefing without a dated article
OFFLINE = "material/offline"  # Material's plugin for a site read from disk
# Material's offline plugin would load this shim from unpkg.com; the site ships
# its own copy (MIT, by Material's author), so that nothing comes from another host
WORKER_SHIM = "assets/vendor/iframe-worker-1.0.4.js"


class BriefingPlugin(BasePlugin[BriefingConfig]):
    # build.py's flags for one run: they win over mkdocs.yml's options
    flags: ClassVar[dict[str, Any]] = {}

    def __init__(self) -> None:
        self.result: BuildResult | None = None  # the last build's
        self.settings = Settings()
        self._dates: dict[str, str | None] = {}  # the generated pages' dates, by path
        self._edit_urls: dict[str, str | None] = {}  # theirs, where a button shows them
        self._held: dict[str, bytes] = {}  # their HTML blocks, compressed, until put back
        self._ids: dict[str, set[str]] = {}
        self._index: SearchIndex | None = None
        self._last: Path | None = None
        self._progress: Progress | None = None  # of the pages MkDocs writes
        self._started = 0.0  # when MkDocs started on the pages
        self._build = ExitStack()  # what the build holds: locks, the temporary folder

    @event_priority(100)  # before Material's offline plugin adds its shim from another host
    def on_config(self, config: Any) -> Any:
        for key, value in self.flags.items():
            self.config[key] = value
        base = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        offline = config.plugins.get(OFFLINE)
        on_disk = offline is not None and bool(offline.config.enabled)
        if on_disk:  # the search worker, from file:// (the offline plugin turns it on)
            polyfills = config.extra.get("polyfills") or []
            config.extra["polyfills"] = [*polyfills, WORKER_SHIM]
        self.settings = replace(
            Settings.of(self.config, base, config),
            directory_urls=bool(config.use_directory_urls) and not on_disk,
        )
        docs = self.settings.docs
        if docs is not None and _overlap(docs, Path(config.docs_dir)):
            raise PluginError(
                f"the briefing's docs option ({docs}) overlaps MkDocs' docs_dir "
                f"({config.docs_dir}), the hand-written pages; choose a folder outside it"
            )
        return config

    def on_pre_build(self, *, config: Any) -> None:
        self._release()
        self._held.clear()
        self._ids.clear()
        self._index, self._last = None, None
        try:
            self._build.enter_context(lock(Path(config.site_dir)))
            if self.settings.docs is not None:
                self._build.enter_context(lock(self.settings.docs))
        except BriefingError as error:
            raise PluginError(str(error)) from None

    def on_files(self, files: Files, /, *, config: Any) -> Files:
        try:
            result, folder = self._run(_edit_button(config))
        except BriefingError as error:
            raise PluginError(str(error)) from None
        self.result = result
        for problem in result.problems:
            (log.warning if problem.kind == "warning" else log.error)("%s", problem)
        clashes = []
        for output in result.outputs:
            existing = files.get_file_from_path(output.path)
            if existing is not None:
                clashes.append(output.path)
                files.remove(existing)
            files.append(
                File.generated(config, output.path, abs_src_path=str(folder / output.path))
            )
        if clashes:
            shown = [display_path(Path(config.docs_dir) / path) for path in clashes]
            more = f" and {len(shown) - 5} more" if len(shown) > 5 else ""
            log.warning(
                "%s%s: hand-written where the briefing makes pages; not used (rename or delete)",
                ", ".join(shown[:5]),
                more,
            )
        for link in result.links:  # writers' links: MkDocs checks the others
            broken = link.problem(lambda path: files.get_file_from_path(path) is not None)
            if broken is not None:
                log.warning("%s", broken)
                result.problems.append(broken)
        self._dates = {o.path: o.date for o in result.outputs if o.path.endswith(".md")}
        # published: let the outputs go, and the corpus their closures hold (a
        # third of the build's memory, which MkDocs' pages need next)
        result.outputs = []
        if result.articles > self.config.header_search_limit:
            _drop_search(config)  # a whole-corpus index the browser would load at once
        pages = len(files.documentation_pages())
        result.pages = pages
        self._index = SearchIndex(
            Path(config.site_dir).resolve(), self.config.search_shard_pages, pages
        )
        self._progress = Progress(pages, "Writing pages")
        self._started = time.perf_counter()
        return files

    def _run(self, edit_button: bool) -> tuple[BuildResult, Path]:
        """The pipeline's files, written into the folder MkDocs reads them from;
        ``edit_button``: and the generated pages' edit URLs, while the store is
        open (they are kept there)."""
        folder = self.settings.docs
        temporary = folder is None
        if folder is None:
            folder = Path(
                self._build.enter_context(tempfile.TemporaryDirectory(prefix="briefing-"))
            )
        with Store.open(self.settings.cache) as store, fewer_collections():
            result = build(self.settings, store)
            with stage(
                result,
                "write",
                lambda: report.describe(None if temporary else display_path(folder)),
            ):
                report = write(result.outputs, folder, store, temporary)
            self._edit_urls = {
                o.path: o.edit_url() for o in result.outputs if o.edit_url and edit_button
            }
        return result, folder

    def on_page_read_source(self, /, *, page: Any, **kwargs: Any) -> str | None:
        if page.file.src_uri not in self._dates:
            return None
        return theme_source(page.file.content_string)

    @event_priority(-100)  # last: other plugins see the page as written
    def on_page_markdown(self, markdown: str, /, *, page: Any, **kwargs: Any) -> str:
        generated = page.file.src_uri in self._dates
        page.update_date = (
            self._dates.get(page.file.src_uri) or (self.result and self.result.updated) or NO_DATE
        )
        if not generated:
            return markdown
        markdown, blocks = hold_back(markdown)
        if blocks:
            packed = json.dumps(blocks, ensure_ascii=False).encode("utf-8")
            self._held[page.file.src_uri] = zlib.compress(packed, 1)
            self._ids[page.file.src_uri] = anchor_ids(blocks)
        return markdown

    def on_page_content(self, html: str, /, *, page: Any, config: Any, **kwargs: Any) -> str:
        ids = self._ids.pop(page.file.src_uri, None)
        if ids:  # links from hand-written pages to these anchors still validate
            page.present_anchor_ids = set(page.present_anchor_ids or ()) | ids
        edit_url = self._edit_urls.get(page.file.src_uri)
        if edit_url:  # Material's button goes where "Correct this page" goes
            page.edit_url = edit_url
        return html

    @event_priority(100)  # first: search and the theme see the whole content
    def on_page_context(self, context: Any, /, *, page: Any, **kwargs: Any) -> Any:
        held = self._held.pop(page.file.src_uri, None)
        if held is not None:
            page.content = put_back(page.content, json.loads(zlib.decompress(held)))
        return context

    @event_priority(-100)
    def on_post_page(self, output: str, /, *, page: Any, **kwargs: Any) -> str:
        if page.file.src_uri in self._dates:
            page.content = None  # written: no need to hold it until the build ends
        if self._progress is not None:
            self._progress.advance()
        if self._index is not None:
            # MkDocs writes this page after the event: the previous one is on disk
            if self._last is not None:
                self._index.written(self._last)
            self._last = Path(page.file.abs_dest_path)
        return output

    @event_priority(-100)
    def on_post_build(self, *, config: Any) -> None:
        try:
            if self._progress is not None:
                self._progress.close()
                self._progress = None
                if self.result is not None:
                    elapsed = time.perf_counter() - self._started
                    self.result.timings["site"] = elapsed
                    said.info(
                        "Built the website's %s in %.2fs",
                        plural(self.result.pages, "page"),
                        elapsed,
                    )
            if self._index is not None:
                index, self._index = self._index, None
                started = time.perf_counter()
                try:
                    indexed = index.finish()
                except BriefingError as error:
                    raise PluginError(str(error)) from None
                if self.result is not None:
                    elapsed = time.perf_counter() - started
                    self.result.timings["search"] = elapsed
                    said.info(
                        "Finished the Find page's search index of %s in %.2fs",
                        plural(indexed, "page"),
                        elapsed,
                    )
        finally:
            self._release()

    def on_build_error(self, *, error: Exception) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None
        if self._index is not None:
            index, self._index = self._index, None
            index.abort()
        self._release()

    def on_serve(self, server: Any, /, *, config: Any, builder: Any) -> Any:
        for path in (
            self.settings.seeds,
            self.settings.overrides,
            self.settings.registry,
            self.settings.templates,
        ):
            if path.exists():
                server.watch(str(path))
        return server

    def on_shutdown(self) -> None:
        self._release()

    def _release(self) -> None:
        self._build.close()
        self._build = ExitStack()


def _edit_button(config: Any) -> bool:
    """Whether pages show Material's edit (or view) button, with a repository."""
    features = set(config.theme.get("features") or ())
    shown = {"content.action.edit", "content.action.view"} & features
    return bool(shown and config.repo_url and config.edit_uri)


def _overlap(one: Path, other: Path) -> bool:
    a, b = one.resolve(), other.resolve()
    return a == b or a.is_relative_to(b) or b.is_relative_to(a)


def _drop_search(config: Any) -> None:
    """Remove the header search (Material's) and the event hooks it registered."""
    plugins = config.plugins
    for name in [n for n in plugins if n.split("/")[-1] == "search"]:
        instance = plugins.pop(name)
        for event, hooks in plugins.events.items():
            if event != "files":  # running: the list is being gone through
                hooks[:] = [h for h in hooks if getattr(h, "__self__", None) is not instance]
