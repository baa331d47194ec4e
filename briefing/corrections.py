"""``build.py corrections [--base REF]``: what the override files changed
since a git ref correct, fact by fact, as Markdown, which a terminal and a
GitHub job summary both show (the Pages workflow writes it there on pull
requests).

The corpus is assembled twice, with the overrides as ``REF`` had them and
with the working tree's, from the same store (an article is extracted again
only where an entity override changed what extraction reads), and every
article and entity whose facts differ is listed with its changes.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from .corpus import Corpus
from .errors import Problem
from .history import changed_since, export
from .overrides import load_overrides
from .overrides.diff import Change, article_diff, entity_diff
from .pipeline import BuildResult, assemble
from .settings import Settings
from .store import Store

_MARKDOWN = re.compile(r"([\\`*_\[\]|])")  # what would be read as Markdown in a table cell


def report(settings: Settings, base: str) -> str:
    """The Markdown report of what the override files changed since ``base`` correct."""
    folder = settings.overrides
    changed = changed_since(folder, base)  # raises if git cannot tell
    shown = settings.overrides.name
    title = f"## Corrections since `{base}`\n"
    if not changed:
        return title + f"\nNo override file changed since `{base}`.\n"
    quiet = logging.getLogger("briefing")
    level = quiet.level
    quiet.setLevel(logging.WARNING)  # the stages' lines are not what is asked for
    store = Store.open(settings.cache)
    try:
        with tempfile.TemporaryDirectory(prefix="briefing-base-") as scratch:
            old = export(folder, base, Path(scratch))
            before, _ = assemble(replace(settings, overrides=old), store, BuildResult())
            merges_before = _merges(old)
        result = BuildResult()
        after, _ = assemble(settings, store, result)
    finally:
        store.close(complete=False)  # no pages were made: the store keeps its entries
        quiet.setLevel(level)
    lines = [title, _files(shown, changed)]
    lines += _articles(before, after, changed, shown)
    lines += _entities(before, after, changed, shown, merges_before, _merges(folder))
    lines += _problems(result.problems, changed)
    return "\n".join(lines)


def _files(shown: str, changed: list[str]) -> str:
    names = ", ".join(f"`{shown}/{name}`" for name in changed)
    count = f"{len(changed)} override file{'s' if len(changed) != 1 else ''}"
    return f"{count} changed: {names}\n"


def _merges(folder: Path) -> dict[str, list[str]]:
    """Each entity override's merges, by entity id."""
    return {k: list(o.data.get("merge", [])) for k, o in load_overrides(folder).entities.items()}


def _articles(before: Corpus, after: Corpus, changed: list[str], shown: str) -> list[str]:
    names = {**before.names, **after.names}
    out = []
    for record in sorted(after.records, key=lambda r: r.title.lower()):
        if not before.has_record(record.id):
            continue
        changes = article_diff(before.record(record.id), record, names)
        if changes:
            file = _file(changed, "articles", record.id, shown)
            out.append(_section(f"Article: {record.title}", file, changes))
    return out


def _entities(
    before: Corpus,
    after: Corpus,
    changed: list[str],
    shown: str,
    merges_before: dict[str, list[str]],
    merges_after: dict[str, list[str]],
) -> list[str]:
    out = []
    ids = sorted(
        {n.split("/", 1)[1].rsplit(".", 1)[0] for n in changed if n.startswith("entities/")}
    )
    for entity_id in ids:
        old, new = before.entities.get(entity_id), after.entities.get(entity_id)
        file = _file(changed, "entities", entity_id, shown)
        if new is None:
            gone = [Change("entity", f"{old.name} ({old.type})", None)] if old else []
            out.append(_section(f"Entity: {old.name if old else entity_id}", file, gone))
            continue
        taken = set(merges_after.get(entity_id, [])) - set(merges_before.get(entity_id, []))
        merged = {i: before.entities[i] for i in sorted(taken) if i in before.entities}
        out.append(_section(f"Entity: {new.name}", file, entity_diff(old, new, merged)))
    return out


def _file(changed: list[str], kind: str, item_id: str, shown: str) -> str:
    for name in (f"{kind}/{item_id}.yaml", f"{kind}/{item_id}.yml"):
        if name in changed:
            return f"`{shown}/{name}`"
    return "through other override files (entity overrides change what extraction finds)"


def _section(title: str, file: str, changes: Iterable[Change]) -> str:
    rows = [
        f"| {c.kind} | {_cell(c.what)} | {_cell(c.before)} | {_cell(c.after)} |" for c in changes
    ]
    if not rows:
        return f"### {_cell(title)}\n\n{file}: no fact changes.\n"
    table = "| | Fact | Before | After |\n|---|---|---|---|\n" + "\n".join(rows)
    return f"### {_cell(title)}\n\n{file}\n\n{table}\n"


def _cell(text: str | None) -> str:
    """Text for a Markdown table cell, shown as written: no HTML, no
    emphasis, links or code, no column breaks."""
    text = " ".join((text or "").split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN.sub(r"\\\1", text)


def _problems(problems: Iterable[Problem], changed: list[str]) -> list[str]:
    mine = [p for p in problems if any(p.path.endswith(name) for name in changed)]
    if not mine:
        return []
    listed = "\n".join(f"- {_cell(str(p))}" for p in mine)
    return [f"### Problems in the changed files\n\n{listed}\n"]
