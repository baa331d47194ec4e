"""Generated pages through MkDocs, fast: their HTML blocks skip Markdown, and
the theme gets only the front matter it reads.

Generated pages are mostly HTML the renderer already escaped (tables, the
anchored article text). Python-Markdown would parse every tag of it twice
(MkDocs scans raw HTML for anchor ids, then Markdown finds each block's end):
half of the site build's time. So the plugin holds those blocks back while
Markdown converts the rest (headings, so the table of contents is the same)
and puts them back into the converted page. The contract with the templates:
in a generated page, every block of lines between blank lines that starts
with ``<`` is a complete block of HTML. ``tests/test_plugin.py`` checks that
the site is the same as plain MkDocs makes it from the same pages.

An article's front matter holds its whole record, for people and tools
reading the Markdown; the theme reads a few keys, so MkDocs, whose front
matter parser is pure Python, is handed just those.
"""

from __future__ import annotations

import re

_BLOCKS = re.compile(r"\n[ \t]*\n")
_ID = re.compile(r'\sid="([^"]+)"')
_TOKEN = "briefingrawblock{}"
_PLACEHOLDER = re.compile(r"<p>briefingrawblock(\d+)</p>")
_KEY = re.compile(r"\n([A-Za-z_][\w-]*):")  # a line starting a key
_OPENING = re.compile(r"---[ \t]*\n")
_CLOSING = re.compile(r"\n(?:\.{3}|-{3})[ \t]*\n")
# front-matter keys MkDocs and Material read
THEME_KEYS = frozenset("title description template hide search status subtitle icon tags".split())


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


def anchor_ids(blocks: list[str]) -> set[str]:
    """The ``id`` attributes of held-back blocks (links to them still validate)."""
    return {i for block in blocks for i in _ID.findall(block)}
