"""Search: the Pagefind index of the site, built in shards while MkDocs
writes the pages, and written in a stable order.

Pagefind writes its filter indexes in the order of a hash table seeded at
random, so two runs over the same pages give different files (and file
names): :func:`sort_filters` rewrites them sorted, so that two builds of the
same inputs give the same site, byte for byte.
"""

from __future__ import annotations

import atexit
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..errors import BriefingError
from ..progress import Progress

SEARCH_SHARD_PAGES = 1500  # pages per Pagefind run at most (it holds them all in memory)
SHARDS_SCRIPT = "shards.js"  # in pagefind/: the other shards' bundles, for the Find page


OVERLAP_PAGES = 1000  # from this many pages, at least three shards: all but one indexed meanwhile


class SearchIndex:
    """The Pagefind index of a site, built while MkDocs writes it. Pagefind
    holds every page it indexes in memory (about 170 KB each), so a large site
    is indexed in shards of at most ``shard_pages`` pages (``pagefind/``,
    ``pagefind-2/``...; the Find page merges them, ``pagefind/shards.js``
    lists them); each is indexed in its own process (on another core) as soon
    as MkDocs has written its pages; :meth:`finish` indexes the rest, waits."""

    def __init__(self, site: Path, shard_pages: int, pages: int) -> None:
        count = max(1, -(-pages // max(1, shard_pages)))
        if pages >= OVERLAP_PAGES:
            count = max(count, 3)
        self.size = max(1, -(-pages // count))
        self.expected = pages
        self.site = site
        # where each shard's pages are linked for Pagefind: beside the site (links
        # need the same file system), gone when the build ends, however it ends
        self.scratch = Path(tempfile.mkdtemp(prefix=".briefing-search-", dir=site.parent))
        atexit.register(self.abort)
        self.pending: list[Path] = []
        self.assigned: set[Path] = set()
        self.bundles: list[str] = []
        # each shard's Pagefind process, its log and its number of pages
        self.running: list[tuple[subprocess.Popen[bytes], Path, int]] = []

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
        self.running.append((process, self.scratch / f"{bundle}.log", len(self.pending)))
        self.bundles.append(bundle)
        self.pending = []

    def finish(self) -> int:
        """Index the pages not indexed yet (including those MkDocs wrote outside
        its page events, like 404.html) and wait for every shard; the number
        of pages indexed."""
        try:
            for page in sorted(self.site.rglob("*.html")):
                if not page.relative_to(self.site).parts[0].startswith("pagefind"):
                    self.written(page)
            if self.pending or not self.bundles:
                self._start()
            failed = []
            progress = Progress(len(self.assigned), "Indexing")
            for process, log_file, pages in self.running:
                try:
                    code = process.wait(timeout=1800)
                except subprocess.TimeoutExpired:
                    process.kill()
                    code = -1
                progress.advance(pages)
                if code != 0:
                    failed.append(log_file.read_text("utf-8", "replace").strip().splitlines()[-3:])
            progress.close()
            if failed:
                raise BriefingError("pagefind indexing failed: " + " / ".join(failed[0]))
            for bundle in self.bundles:
                sort_filters(self.site / bundle)
            others = [f"../{bundle}/" for bundle in self.bundles[1:]]
            (self.site / self.bundles[0] / SHARDS_SCRIPT).write_text(
                f"window.bfSearchShards = {json.dumps(others)};\n", "utf-8"
            )
            return len(self.assigned)
        finally:
            self.abort()

    def abort(self) -> None:
        """Stop the shards still indexing and remove the scratch folder."""
        for process, _, _ in self.running:
            if process.poll() is None:
                process.kill()
                process.wait()
        shutil.rmtree(self.scratch, ignore_errors=True)
        atexit.unregister(self.abort)


def _pagefind_command(site: Path, output: Path) -> list[str]:
    # the pages' own content: not the theme's navigation, header or footer
    content = ["--root-selector", "article.md-content__inner", "--silent"]
    return [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site),
        "--output-path",
        str(output),
    ] + content


# -- a stable order ----------------------------------------------------------------

_MAGIC = b"pagefind_dcd"  # what starts every Pagefind index file, once decompressed


def sort_filters(bundle: Path) -> None:
    """Rewrite a Pagefind bundle's filter indexes with their values sorted,
    each named by a hash of its content, and its metadata with the filters
    sorted; then point ``pagefind-entry.json`` at the new metadata."""
    entry_path = bundle / "pagefind-entry.json"
    entry_text = entry_path.read_text("utf-8")
    for language, info in json.loads(entry_text)["languages"].items():
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = _read(meta_path)
        # [version, pages, index chunks, filters: [[name, hash], ...], sorts, ...]
        filters = meta[3] if isinstance(meta, list) and len(meta) > 3 else None
        if not isinstance(filters, list):
            raise BriefingError(f"{meta_path}: not the metadata layout of Pagefind 1.5")
        renamed = []
        for name, old in filters:
            path = bundle / "filter" / f"{old}.pf_filter"
            name_and_values = _read(path)
            name_and_values[1].sort(key=lambda value: value[0])
            new = _write(
                lambda n: bundle / "filter" / f"{n}.pf_filter", name_and_values, language, 7
            )
            if new != old:
                path.unlink()
            renamed.append([name, new])
        meta[3] = sorted(renamed)
        new_meta = _write(lambda n: bundle / f"pagefind.{n}.pf_meta", meta, language, 10)
        if f"pagefind.{new_meta}.pf_meta" != meta_path.name:
            meta_path.unlink()
        entry_text = entry_text.replace(f'"{info["hash"]}"', f'"{new_meta}"')
    entry_path.write_text(entry_text, "utf-8")


def _read(path: Path) -> list:  # type: ignore[type-arg]
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(_MAGIC):
        raise BriefingError(f"{path}: not a Pagefind index file")
    value, end = _cbor(data, len(_MAGIC))
    if end != len(data) or not isinstance(value, list):
        raise BriefingError(f"{path}: not a Pagefind index file")
    return value


def _write(path_of: Callable[[str], Path], value: object, language: str, size: int) -> str:
    """Write ``value`` as Pagefind does (CBOR after its magic, gzipped without
    a time), named ``<language>_<hash of it>``; the name."""
    data = _MAGIC + _to_cbor(value)
    name = f"{language}_{hashlib.sha256(data).hexdigest()[:size]}"
    path_of(name).write_bytes(gzip.compress(data, mtime=0))
    return name


def _cbor(data: bytes, at: int) -> tuple[object, int]:
    """The CBOR value at ``at`` (the kinds Pagefind's filter and metadata
    indexes hold: unsigned integers, text, arrays), and where it ends."""
    major, info = data[at] >> 5, data[at] & 31
    at += 1
    if info < 24:
        number = info
    elif info <= 27:
        width = 1 << (info - 24)
        number, at = int.from_bytes(data[at : at + width], "big"), at + width
    else:
        raise BriefingError("Pagefind index: an indefinite-length CBOR item")
    if major == 0:
        return number, at
    if major == 3:
        return data[at : at + number].decode("utf-8"), at + number
    if major == 4:
        items = []
        for _ in range(number):
            item, at = _cbor(data, at)
            items.append(item)
        return items, at
    raise BriefingError(f"Pagefind index: a CBOR item of major type {major}")


def _to_cbor(value: object) -> bytes:
    if isinstance(value, int):
        return _head(0, value)
    if isinstance(value, str):
        text = value.encode("utf-8")
        return _head(3, len(text)) + text
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(map(_to_cbor, value))
    raise BriefingError(f"Pagefind index: cannot write a {type(value).__name__}")


def _head(major: int, number: int) -> bytes:
    if number < 24:
        return bytes([major << 5 | number])
    for info, width in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if number < 1 << (8 * width):
            return bytes([major << 5 | info]) + number.to_bytes(width, "big")
    raise BriefingError("Pagefind index: a number too large for CBOR")
