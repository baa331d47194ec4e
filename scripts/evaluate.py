"""Score extraction on every committed gold set, with the real build.

    python scripts/evaluate.py                 # seeds, telecom10, corpus dev and test
    python scripts/evaluate.py --sets dev      # while tuning: never the test split
    python scripts/evaluate.py --sets dev --misses stances

Each set is built with ``build.py --no-site --no-cache`` into a temporary
folder and its ``briefing.json`` scored by the rules of the gold README
(``tests/scoring.py``): precision, recall and F1 of actors, figures and
stances, per subject and overall. The corpus test split is locked: it is
scored, but its misses are never printed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from scoring import KINDS, Score, score  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
GOLD = ROOT / "tests" / "data" / "gold"
SETS = ("seeds", "telecom10", "dev", "test")


@dataclass(frozen=True)
class GoldSet:
    name: str
    articles: Path
    files: list[str]
    gold: list[dict[str, Any]]
    subjects: dict[str, str]  # file -> subject ("" when the set has none)


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text("utf-8"))


def gold_set(name: str) -> GoldSet:
    if name == "seeds":
        gold = _load(GOLD / "seeds.yaml")
        return GoldSet(name, ROOT / "seeds", [g["file"] for g in gold], gold, {})
    if name == "telecom10":
        gold = _load(GOLD / "telecom10" / "gold.yaml")
        files = [g["file"] for g in gold]
        return GoldSet(name, GOLD / "telecom10" / "articles", files, gold, {})
    files = _load(CORPUS / "split.yaml")[name]
    subjects = {s["file"]: s["subject"] for s in _load(CORPUS / "sources.yaml")}
    gold = [g for g in _load(CORPUS / "gold.yaml") if g["file"] in set(files)]
    return GoldSet(name, CORPUS / "articles", files, gold, subjects)


def export_of(gold_set: GoldSet, work: Path) -> dict[str, Any]:
    """Build the set's articles (alone in a folder) and read its briefing.json."""
    seeds, docs = work / gold_set.name / "seeds", work / gold_set.name / "docs"
    seeds.mkdir(parents=True)
    for name in gold_set.files:
        shutil.copy(gold_set.articles / name, seeds / name)
    command = [sys.executable, str(ROOT / "build.py"), "--seeds", str(seeds), "--docs", str(docs)]
    command += ["--no-site", "--no-cache", "-q", "--overrides", str(work / "none")]
    command += ["--registry", str(ROOT / "registry")]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"the build of {gold_set.name} failed:\n{done.stderr}")
    export: dict[str, Any] = json.loads((docs / "data" / "briefing.json").read_text("utf-8"))
    return export


def _only(export: dict[str, Any], files: set[str]) -> dict[str, Any]:
    return {"articles": [a for a in export["articles"] if Path(a["source"]).name in files]}


def scores(gold_set: GoldSet, export: dict[str, Any]) -> list[tuple[str, Score]]:
    """``(row label, score)``: one per subject of the set, then the whole set."""
    rows = []
    for subject in sorted(set(gold_set.subjects[f] for f in gold_set.files if gold_set.subjects)):
        files = {f for f in gold_set.files if gold_set.subjects[f] == subject}
        gold = [g for g in gold_set.gold if g["file"] in files]
        rows.append((f"{gold_set.name}: {subject}", score(gold, _only(export, files))))
    rows.append((f"{gold_set.name} (all {len(gold_set.files)})", score(gold_set.gold, export)))
    return rows


def table(rows: Iterable[tuple[str, Score]]) -> str:
    """A Markdown table: P / R / F1 of each kind, per row."""
    head = "| set | " + " | ".join(f"{k} P / R / F1" for k in KINDS) + " |"
    lines = [head, "|---|" + "---|" * len(KINDS)]
    for label, result in rows:
        cells = []
        for kind in KINDS:
            t = result.tallies[kind]
            f1 = f"**{t.f1:.2f}**" if label.endswith(")") else f"{t.f1:.2f}"
            cells.append(f"{t.precision:.2f} / {t.recall:.2f} / {f1}")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(SETS), help=f"any of {', '.join(SETS)}")
    parser.add_argument("--misses", choices=KINDS, help="print the misses and extras of a kind")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    unknown = set(names) - set(SETS)
    if unknown:
        parser.error(f"unknown sets {sorted(unknown)}; choose from {', '.join(SETS)}")
    rows: list[tuple[str, Score]] = []
    with tempfile.TemporaryDirectory(prefix="briefing-evaluate-") as tmp:
        for name in names:
            chosen = gold_set(name)
            result = scores(chosen, export_of(chosen, Path(tmp)))
            rows += result
            if args.misses and name != "test":  # the test split's misses stay unread
                print(f"## {name}: {args.misses}\n{result[-1][1].report(args.misses)}\n")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
