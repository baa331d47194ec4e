"""The ``briefing`` MkDocs plugin: generated pages' HTML goes through untouched.

Generated pages are mostly HTML the renderer already escaped (tables, the
anchored article text). Python-Markdown would parse every tag of it twice
(MkDocs scans raw HTML for anchor ids, then Markdown finds each block's end),
which was half of the site build's time. The plugin holds those blocks back
while Markdown converts the rest (headings, so the table of contents is
unchanged) and puts them back into the converted page.

The contract with the templates: in a generated page (a page of a generated
folder, or the home page), every block of lines between blank lines that
starts with ``<`` is a complete block of HTML. ``tests/test_site.py`` checks
that a page comes out the same with and without the plugin.

A generated article carries its whole extracted record as front matter, for
people and tools reading the Markdown; the theme reads only a few keys (title,
description), so MkDocs is handed just those instead of parsing the record.

Between Markdown and the theme, MkDocs holds every page at once; the held-back
HTML waits compressed, and a page's content is released once it is written,
so memory stays small at ten thousand pages.

When ``publish.build_site`` runs the build, the plugin also hands each written
page to a :class:`~briefing.publish.SearchIndex`, which indexes shards of them
with Pagefind while MkDocs writes the rest.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.plugins import BasePlugin, event_priority

from .publish import GENERATED_FILES, GENERATED_FOLDERS, SEARCH_SHARD_PAGES, SearchIndex

_BLOCKS = re.compile(r"\n[ \t]*\n")
_ID = re.compile(r'\sid="([^"]+)"')
_TOKEN = "briefingrawblock{}"
_PLACEHOLDER = re.compile(r"<p>briefingrawblock(\d+)</p>")
_KEY = re.compile(r"\n([A-Za-z_][\w-]*):")  # a line starting a key
_OPENING = re.compile(r"---[ \t]*\n")
_CLOSING = re.compile(r"\n(?:\.{3}|-{3})[ \t]*\n")
# front-matter keys MkDocs and Material read
THEME_KEYS = frozenset("title description template hide search status subtitle icon tags".split())


def is_generated(src_uri: str) -> bool:
    return src_uri in GENERATED_FILES or src_uri.split("/", 1)[0] in GENERATED_FOLDERS


def theme_source(source: str) -> str:
    """``source`` with only the front-matter keys the theme reads (the front
    matter found as MkDocs' ``YAML_RE`` finds it, by faster searches)."""
    opening = _OPENING.match(source)
    if not opening:
        return source
    closing = _CLOSING.search(source, opening.end())
    if not closing:
        return source
    block = source[opening.end() : closing.start() + 1]
    # a key's entry runs from its line to the next line that starts a key
    # (a key's line follows a newline: one goes before the first line, so that
    # a match's start in "\n" + block is where its line starts in block)
    keys = [(key.start(), key.group(1)) for key in _KEY.finditer("\n" + block)]
    ends = [start for start, _ in keys][1:] + [len(block)] if keys else []
    kept = [
        block[start:end]
        for (start, name), end in zip(keys, ends, strict=True)
        if name in THEME_KEYS
    ]
    return "---\n" + "".join(kept) + "---\n" + source[closing.end() :]


def hold_back(markdown: str) -> tuple[str, list[str]]:
    """``markdown`` with each HTML block replaced by a placeholder paragraph,
    and the blocks in order."""
    blocks: list[str] = []
    parts: list[str] = []
    run: list[str] = []  # consecutive HTML blocks share one placeholder
    for part in [*_BLOCKS.split(markdown), ""]:
        if part.lstrip().startswith("<"):
            run.append(part.strip())
            continue
        if run:
            parts.append(_TOKEN.format(len(blocks)))
            blocks.append("\n\n".join(run))
            run = []
        parts.append(part)
    return "\n\n".join(parts).rstrip() + "\n", blocks


def put_back(html: str, blocks: list[str]) -> str:
    return _PLACEHOLDER.sub(lambda m: blocks[int(m.group(1))], html)


class BriefingPlugin(BasePlugin):  # type: ignore[type-arg]
    def __init__(self) -> None:
        self._held: dict[str, bytes] = {}
        self._ids: dict[str, set[str]] = {}
        # set by ``publish.build_site``: makes the search index built during the build
        self.search: Callable[[int], SearchIndex] | None = None
        self._index: SearchIndex | None = None
        self._last: Path | None = None
        self._command: str | None = None  # of the mkdocs command line, when run from it

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._command = command

    def on_pre_build(self, *, config: Any) -> None:
        self._held.clear()
        self._ids.clear()
        self._index, self._last = None, None

    def on_files(self, files: Any, /, *, config: Any) -> Any:
        pages = len(files.documentation_pages())
        if self.search is not None:
            self._index = self.search(pages)
        elif self._command in ("build", "gh-deploy"):
            # ``mkdocs build`` run by hand makes the same search index as build.py
            # (``mkdocs serve`` does not: the live preview stays quick)
            site = Path(config.site_dir).resolve()
            self._index = SearchIndex(site, SEARCH_SHARD_PAGES, pages)
        return files

    def on_page_read_source(self, /, *, page: Any, **kwargs: Any) -> str | None:
        if not is_generated(page.file.src_uri):
            return None
        return theme_source(page.file.content_string)

    @event_priority(-100)  # last: other plugins see the page as written
    def on_page_markdown(self, markdown: str, /, *, page: Any, **kwargs: Any) -> str:
        if not is_generated(page.file.src_uri):
            return markdown
        markdown, blocks = hold_back(markdown)
        if blocks:
            packed = json.dumps(blocks, ensure_ascii=False)
            self._held[page.file.src_uri] = zlib.compress(packed.encode("utf-8"), 1)
            self._ids[page.file.src_uri] = {i for b in blocks for i in _ID.findall(b)}
        return markdown

    def on_page_content(self, html: str, /, *, page: Any, **kwargs: Any) -> str:
        ids = self._ids.pop(page.file.src_uri, None)
        if ids:  # links from hand-written pages to these anchors still validate
            page.present_anchor_ids = set(page.present_anchor_ids or ()) | ids
        return html

    @event_priority(100)  # first: search and the theme see the whole content
    def on_page_context(self, context: Any, /, *, page: Any, **kwargs: Any) -> Any:
        held = self._held.pop(page.file.src_uri, None)
        if held is not None:
            blocks = json.loads(zlib.decompress(held).decode("utf-8"))
            page.content = put_back(page.content, blocks)
        return context

    @event_priority(-100)
    def on_post_page(self, output: str, /, *, page: Any, **kwargs: Any) -> str:
        if is_generated(page.file.src_uri):
            page.content = None  # written: no need to hold it until the build ends
        if self._index is not None:
            # MkDocs writes this page after the event: the previous one is on disk
            if self._last is not None:
                self._index.written(self._last)
            self._last = Path(page.file.abs_dest_path)
        return output

    def on_build_error(self, *, error: Exception) -> None:
        if self._index is not None:
            index, self._index = self._index, None
            index.abort()

    @event_priority(-100)
    def on_post_build(self, *, config: Any) -> None:
        if self._index is not None:
            index, self._index = self._index, None
            index.finish()
