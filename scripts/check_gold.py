"""Check a gold set: its annotations, its sources and its split.

    python scripts/check_gold.py tests/data/corpus
    python scripts/check_gold.py --gold G.yaml --sources S.yaml --articles DIR

A set is a folder holding ``articles/``, ``gold.yaml``, ``sources.yaml`` and
(optionally) ``split.yaml``; a set with a locked test split keeps that
split's gold apart, in ``gold-test.yaml``, and ``gold.yaml`` the dev split's.
The rules are those of the gold README: every actor named in its article,
every alias present, every evidence sentence and figure text verbatim, one
position per actor -> target pair, no duplicates, every article file in the
sources, the gold and exactly one split.
Prints one line per problem and a summary; exits 1 on any problem.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

KINDS = {"money", "percent", "multiplier", "count", "year", "duration"}
TYPES = {"country", "company", "organization", "person"}
POSITIONS = {"oppose", "support", "undecided"}
SUBJECTS = {
    "telecom-equipment",
    "chips-export-controls",
    "platforms-app-stores",
    "cables-satellites",
    "sanctions-entity-lists",
    "ai-data-rules",
    "cyber-espionage",
    "trade-investment",
}
TEST_GOLD = "gold-test.yaml"  # the locked test split's gold, apart from the dev gold
ACTOR_KEYS = {"name", "type", "aliases", "optional"}
STANCE_KEYS = {"actor", "target", "position", "evidence", "optional"}
FIGURE_KEYS = {"kind", "text", "value", "unit", "of", "optional"}
SOURCE_KEYS = {"file", "url", "publisher", "published", "subject", "note"}


def mentioned(form: str, text: str) -> bool:
    """``form`` stands in ``text`` as a word (not inside a longer word)."""
    pattern = r"(?<![A-Za-z])" + re.escape(form) + r"(?![A-Za-z])"
    return re.search(pattern, text) is not None


def _names(value: Any) -> list[str]:
    return list(value) if isinstance(value, list) else [value]


def check_entry(entry: dict[str, Any], text: str) -> list[str]:
    """The problems of one article's annotations."""
    where = entry.get("file", "?")
    errors: list[str] = []
    if set(entry) - {"file", "actors", "stances", "figures"}:
        errors.append(
            f"{where}: unknown keys {sorted(set(entry) - {'file', 'actors', 'stances', 'figures'})}"
        )
    actors = entry.get("actors") or []
    names = [a.get("name") for a in actors]
    for name, count in Counter(names).items():
        if count > 1:
            errors.append(f"{where}: actor listed {count} times: {name}")
    for actor in actors:
        name = actor.get("name")
        if set(actor) - ACTOR_KEYS:
            errors.append(f"{where}: actor {name}: unknown keys {sorted(set(actor) - ACTOR_KEYS)}")
        if actor.get("type") not in TYPES:
            errors.append(
                f"{where}: actor {name}: type {actor.get('type')!r} not in {sorted(TYPES)}"
            )
        forms = [actor.get("name", ""), *(actor.get("aliases") or [])]
        if not any(mentioned(f, text) for f in forms):
            errors.append(f"{where}: actor not in the text under any form: {actor.get('name')}")
        for alias in actor.get("aliases") or []:
            if not mentioned(alias, text):
                errors.append(f"{where}: alias not in the text: {actor.get('name')} / {alias}")
    pairs: set[tuple[str, str]] = set()
    seen_stances: set[tuple[str, str, str]] = set()
    for stance in entry.get("stances") or []:
        if set(stance) - STANCE_KEYS:
            errors.append(f"{where}: stance: unknown keys {sorted(set(stance) - STANCE_KEYS)}")
        for end in ("actor", "target"):
            for name in _names(stance.get(end)):
                if name not in names:
                    errors.append(f"{where}: stance {end} is not an actor of the article: {name}")
        if stance.get("position") not in POSITIONS:
            errors.append(
                f"{where}: stance position {stance.get('position')!r} not in {sorted(POSITIONS)}"
            )
        evidence = stance.get("evidence") or ""
        if not evidence or evidence not in text:
            errors.append(f"{where}: evidence not verbatim in the article: {evidence[:70]!r}")
        for actor in _names(stance.get("actor")):
            for target in _names(stance.get("target")):
                if (actor, target) in pairs:
                    errors.append(f"{where}: two stances for {actor} -> {target}")
                pairs.add((actor, target))
        key = (str(stance.get("actor")), str(stance.get("target")), str(stance.get("position")))
        if key in seen_stances:
            errors.append(f"{where}: duplicate stance {key}")
        seen_stances.add(key)
    seen_figures: set[tuple[str, float, str, str]] = set()
    for figure in entry.get("figures") or []:
        if set(figure) - FIGURE_KEYS:
            errors.append(f"{where}: figure: unknown keys {sorted(set(figure) - FIGURE_KEYS)}")
        if figure.get("kind") not in KINDS:
            errors.append(f"{where}: figure kind {figure.get('kind')!r} not in {sorted(KINDS)}")
        if not isinstance(figure.get("value"), (int, float)) or isinstance(
            figure.get("value"), bool
        ):
            errors.append(f"{where}: figure value is not a number: {figure.get('value')!r}")
        if not figure.get("unit"):
            errors.append(f"{where}: figure without a unit: {figure.get('text')!r}")
        if str(figure.get("text", "")) not in text or not figure.get("text"):
            errors.append(f"{where}: figure text not in the article: {figure.get('text')!r}")
        key = (
            str(figure.get("kind")),
            figure.get("value"),
            str(figure.get("unit")),
            str(figure.get("of")),
        )
        if key in seen_figures:
            errors.append(f"{where}: duplicate figure {key}")
        seen_figures.add(key)
    return errors


def check_sources(sources: list[dict[str, Any]]) -> list[str]:
    errors = []
    for source in sources:
        where = source.get("file", "?")
        if set(source) - SOURCE_KEYS:
            errors.append(f"{where}: sources: unknown keys {sorted(set(source) - SOURCE_KEYS)}")
        for key in ("url", "publisher"):
            if not source.get(key):
                errors.append(f"{where}: sources: no {key}")
        published = source.get("published")
        if published is None:
            if not source.get("note"):
                errors.append(f"{where}: sources: published is null without a note saying why")
        elif not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(published)):
            errors.append(f"{where}: sources: published {published!r} is not an ISO date")
        if source.get("subject") not in SUBJECTS:
            errors.append(
                f"{where}: sources: subject {source.get('subject')!r} not in {sorted(SUBJECTS)}"
            )
    return errors


def check(
    gold: list[dict[str, Any]],
    sources: list[dict[str, Any]],
    articles: Path,
    split: dict[str, list[str]] | None = None,
    complete: bool = True,
) -> list[str]:
    """Every problem of a gold set; ``complete``: the articles folder holds the
    set's files and nothing else."""
    errors = check_sources(sources)
    gold_files = [g.get("file") for g in gold]
    source_files = [s.get("file") for s in sources]
    for name, count in Counter(gold_files).items():
        if count > 1:
            errors.append(f"{name}: in gold.yaml {count} times")
    for name, count in Counter(source_files).items():
        if count > 1:
            errors.append(f"{name}: in sources.yaml {count} times")
    only_gold, only_sources = (
        set(gold_files) - set(source_files),
        set(source_files) - set(gold_files),
    )
    if only_gold or only_sources:
        errors.append(
            f"gold and sources list different files: only in gold {sorted(only_gold)},"
            f" only in sources {sorted(only_sources)}"
        )
    on_disk = {p.name for p in articles.iterdir() if p.is_file()} if articles.is_dir() else set()
    if complete and on_disk != set(gold_files):
        errors.append(
            f"articles/ and gold differ: only on disk {sorted(on_disk - set(gold_files))},"
            f" only in gold {sorted(set(gold_files) - on_disk)}"
        )
    texts = {}
    for entry in gold:
        path = articles / str(entry.get("file"))
        if not path.is_file():
            errors.append(f"{entry.get('file')}: no such article in {articles}")
            continue
        texts[entry["file"]] = path.read_text("utf-8")
        errors += check_entry(entry, texts[entry["file"]])
    if split is not None:
        if set(split) != {"dev", "test"}:
            errors.append(f"split.yaml: expected the keys dev and test, found {sorted(split)}")
        places = Counter(name for part in split.values() for name in part or [])
        for name in set(gold_files) | set(places):
            if places[name] != 1:
                errors.append(f"{name}: in {places[name]} splits (expected exactly one)")
    return errors


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text("utf-8"))


def load_gold(folder: Path) -> list[dict[str, Any]]:
    """A set's gold: ``gold.yaml``, and ``gold-test.yaml`` where the set has one."""
    test = folder / TEST_GOLD
    return (_load(folder / "gold.yaml") or []) + ((_load(test) or []) if test.exists() else [])


def placement_errors(folder: Path, split: dict[str, list[str]]) -> list[str]:
    """Where a set keeps its test gold apart: ``gold.yaml`` holds only dev
    files and ``gold-test.yaml`` only test files."""
    if not (folder / TEST_GOLD).exists():
        return []
    errors = []
    for name, part in (("gold.yaml", "dev"), (TEST_GOLD, "test")):
        files = {g.get("file") for g in _load(folder / name) or []}
        errors += [f"{f}: in {name}, not a {part} file" for f in sorted(files - set(split[part]))]
    return errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "folder", nargs="?", type=Path, help="a set: articles/, gold.yaml, sources.yaml, split.yaml"
    )
    parser.add_argument("--gold", type=Path)
    parser.add_argument("--sources", type=Path)
    parser.add_argument("--articles", type=Path)
    args = parser.parse_args(argv)
    if args.folder:
        folder = args.folder
        gold, sources = load_gold(folder), _load(folder / "sources.yaml")
        split = _load(folder / "split.yaml") if (folder / "split.yaml").exists() else None
        errors = check(gold, sources, folder / "articles", split)
        errors += placement_errors(folder, split) if split else []
    elif args.gold and args.sources and args.articles:
        gold, sources = _load(args.gold), _load(args.sources)
        errors = check(gold, sources, args.articles, complete=False)
    else:
        parser.error("give a folder, or --gold, --sources and --articles")
    for error in errors:
        print("ERROR", error)
    count = lambda key: sum(len(g.get(key) or []) for g in gold)  # noqa: E731
    print(
        f"{len(gold)} articles, {count('actors')} actors, {count('stances')} stances,"
        f" {count('figures')} figures; {len(errors)} problems"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
