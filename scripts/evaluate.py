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

from check_gold import load_gold  # noqa: E402  (beside this script)
from scoring import KINDS, Score, score  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
GOLD = ROOT / "tests" / "data" / "gold"
EVENTS = ROOT / "tests" / "data" / "events"
SETS = ("seeds", "telecom10", "dev", "test", "events", "events-test")


@dataclass(frozen=True)
class GoldSet:
    name: str
    articles: Path
    files: list[str]
    gold: list[dict[str, Any]]
    subjects: dict[str, str]  # file -> subject ("" when the set has none)


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text("utf-8"))


def gold_set(name: str, work: Path | None = None) -> GoldSet:
    if name.startswith("events"):
        return events_set(name, work or Path(tempfile.mkdtemp(prefix="briefing-events-")))
    if name == "seeds":
        gold = _load(GOLD / "seeds.yaml")
        return GoldSet(name, ROOT / "seeds", [g["file"] for g in gold], gold, {})
    if name == "telecom10":
        gold = _load(GOLD / "telecom10" / "gold.yaml")
        files = [g["file"] for g in gold]
        return GoldSet(name, GOLD / "telecom10" / "articles", files, gold, {})
    files = _load(CORPUS / "split.yaml")[name]
    subjects = {s["file"]: s["subject"] for s in _load(CORPUS / "sources.yaml")}
    gold = [g for g in load_gold(CORPUS) if g["file"] in set(files)]
    return GoldSet(name, CORPUS / "articles", files, gold, subjects)


def events_set(name: str, work: Path) -> GoldSet:
    """One-sentence event reports: each written as a one-line article (the
    sentence is its headline and its text), scored on stances alone."""
    ids = set(_load(EVENTS / "split.yaml")["test" if name == "events-test" else "dev"])
    folder = work / f"{name}-articles"
    folder.mkdir(parents=True, exist_ok=True)
    gold = []
    for report in _load(EVENTS / "events.yaml"):
        if report["id"] not in ids:
            continue
        file = f"{report['id']}.txt"
        (folder / file).write_text(report["text"] + "\n", "utf-8")
        gold.append(
            {"file": file, "actors": report["actors"], "stances": report["stances"], "figures": []}
        )
    return GoldSet(name, folder, [g["file"] for g in gold], gold, {})


@dataclass(frozen=True)
class Rates:
    """What a set of event reports gets right and wrong."""

    right: int  # stance-bearing reports with a gold stance found
    bearing: int  # reports whose gold holds a required stance
    wrong: int  # stances found on a gold pair with another position
    on_pair: int  # stances found on a gold pair
    invented: int  # reports with no gold stance that got one
    empty: int  # reports with no gold stance


def report_rates(gold_set: GoldSet, export: dict[str, Any]) -> str:
    """The rates of :func:`rates`, in words."""
    r = rates(gold_set.gold, export)
    right_share, wrong_share = r.right / max(r.bearing, 1), r.wrong / max(r.on_pair, 1)
    return (
        f"{gold_set.name}: right stance in {r.right}/{r.bearing} reports ({right_share:.0%}); "
        f"wrong position in {r.wrong}/{r.on_pair} stances found on a gold pair "
        f"({wrong_share:.0%}); a stance invented in {r.invented}/{r.empty} reports with none"
    )


def rates(gold: list[dict[str, Any]], export: dict[str, Any]) -> Rates:
    """For event reports: how many stance-bearing reports get a right stance,
    how many of the stances found on a gold pair have the wrong position, and
    how many reports with no stance get one anyway."""
    by_file = {Path(a["source"]).name: a for a in export["articles"]}
    right = bearing = wrong = on_pair = empty = invented = 0
    for entry in gold:
        article = by_file.get(entry["file"], {"actors": [], "stances": []})
        required = [st for st in entry["stances"] if not st.get("optional")]
        if not required:
            empty += 1
            invented += bool(article["stances"]) and not entry["stances"]
            continue
        bearing += 1
        right += (
            score([{**entry, "stances": required}], {"articles": [article]}).tallies["stances"].tp
            > 0
        )
        for stance in article["stances"]:
            one = {"articles": [{**article, "stances": [stance]}]}
            as_found = [{**st, "position": stance["position"]} for st in entry["stances"]]
            if score([{**entry, "stances": as_found}], one).tallies["stances"].tp:
                on_pair += 1  # the pair is a gold pair; is the position the gold's?
                wrong += not score([entry], one).tallies["stances"].tp
    return Rates(right, bearing, wrong, on_pair, invented, empty)


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
    failed = [line for line in done.stderr.splitlines() if "extraction failed" in line]
    if failed:  # the build goes on without those articles: their scores would just drop
        raise SystemExit(f"extraction failed on {gold_set.name}:\n" + "\n".join(failed))
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
    notes = []
    with tempfile.TemporaryDirectory(prefix="briefing-evaluate-") as tmp:
        for name in names:
            chosen = gold_set(name, Path(tmp))
            export = export_of(chosen, Path(tmp))
            result = scores(chosen, export)
            rows += result
            if name.startswith("events"):
                notes.append(report_rates(chosen, export))
            if args.misses and not name.endswith("test"):  # a test split's misses stay unread
                print(f"## {name}: {args.misses}\n{result[-1][1].report(args.misses)}\n")
    print(table(rows))
    for note in notes:
        print(f"\n{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
