"""Score a ``briefing.json`` export against gold annotations.

The rules are those of ``shared/gold/README.md``:

* an **actor** matches when any of its name, id or aliases equals the gold
  name or one of the gold aliases, after normalisation (NFKC, case-folding,
  dropping a leading "the ", a possessive "'s" and punctuation);
* a **figure** matches when its value is within 0.5 % of the gold value and
  its unit is compatible (``$`` and ``USD``, ``%`` and ``percent``...);
* a **stance** matches when the position is the same and both ends match:
  each end is resolved through the article's actors (so an export may name
  it by id or by name) and the gold may list several acceptable actors.

Each gold item is matched greedily, in order, to the first system item not
yet used. Required gold items are matched before optional ones, so an optional
item never takes a system item a required one needs; an optional item that
matches is neither a hit nor an extra, and one that does not match is not a
miss. Scores are micro-averaged over all articles.

Usage by hand: ``python tests/scoring.py GOLD.yaml BRIEFING.json``.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Item = dict[str, Any]
KINDS = ("actors", "figures", "stances")

_POSSESSIVE = re.compile(r"['’]s\b")
_LEADING_THE = re.compile(r"^the\s+")
_PUNCTUATION = re.compile(r"[^\w\s]")
_UNITS = {
    "%": "percent",
    "pct": "percent",
    "per cent": "percent",
    "percent": "percent",
    "x": "x",
    "times": "x",
    "fold": "x",
    "day": "days",
    "days": "days",
    "month": "months",
    "months": "months",
    "yr": "years",
    "yrs": "years",
    "years": "years",
    "$": "USD",
    "us$": "USD",
    "dollars": "USD",
    "¥": "JPY",
    "yen": "JPY",
    "€": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "pounds": "GBP",
}


def normalize(text: object) -> str:
    """The form names are compared in: ``"The U.K.'s"`` -> ``"uk"``."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = _POSSESSIVE.sub("", text)
    text = _LEADING_THE.sub("", text.strip())
    text = _PUNCTUATION.sub("", text)
    return " ".join(text.split())


def names_of(item: Item) -> set[str]:
    """Every normalized name an actor entry answers to."""
    out = {normalize(item[k]) for k in ("name", "id") if item.get(k)}
    out.update(normalize(alias) for alias in item.get("aliases") or [])
    out.discard("")
    return out


def unit_of(figure: Item) -> str:
    if figure.get("kind") == "year":
        return "year"
    unit = str(figure.get("unit") or "").strip()
    if unit.casefold() == "year":  # a year unit on a non-year kind is a duration
        return "years"
    mapped = _UNITS.get(unit.casefold())
    if mapped:
        return mapped
    return unit.upper() if len(unit) == 3 and unit.isalpha() else unit.casefold()


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})

    def f1(self, kind: str) -> float:
        return self.tallies[kind].f1

    def table(self) -> str:
        lines = [f"{'':8} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn"]
        for kind, t in self.tallies.items():
            lines.append(
                f"{kind:8} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f}  "
                f"{t.tp:3} {t.fp:3} {t.fn:3}"
            )
        return "\n".join(lines)

    def report(self, kind: str) -> str:
        t = self.tallies[kind]
        return "\n".join(
            [f"{kind}: missed {len(t.misses)}, extra {len(t.extras)}"]
            + [f"  MISSED {m}" for m in t.misses]
            + [f"  EXTRA  {e}" for e in t.extras]
        )


def describe(item: Item) -> str:
    if "position" in item:
        return f"{item.get('actor')} --{item.get('position')}--> {item.get('target')}"
    if "value" in item:
        return f"{item.get('text')!r} = {item.get('value')} {item.get('unit')}"
    return f"{item.get('name')} ({item.get('type')})"


def match(
    gold: list[Item],
    system: list[Item],
    same: Callable[[Item, Item], bool],
    tally: Tally,
    where: str,
) -> None:
    """Greedy one-to-one matching of one article's items into ``tally``."""
    used: set[int] = set()
    ordered = [g for g in gold if not g.get("optional")] + [g for g in gold if g.get("optional")]
    for g in ordered:
        hit = next((i for i, s in enumerate(system) if i not in used and same(g, s)), None)
        if hit is not None:
            used.add(hit)
            if not g.get("optional"):
                tally.tp += 1
        elif not g.get("optional"):
            tally.fn += 1
            tally.misses.append(f"{where}: {describe(g)}")
    for i, s in enumerate(system):
        if i not in used:
            tally.fp += 1
            tally.extras.append(f"{where}: {describe(s)}")


def _as_list(value: object) -> list[Any]:
    return value if isinstance(value, list) else [value]


def score_article(gold: Item, article: Item, score: Score) -> None:
    where = gold["file"]
    actors: list[Item] = article.get("actors") or []
    by_id = {a["id"]: a for a in actors if a.get("id")}

    def actor_same(g: Item, s: Item) -> bool:
        return bool(names_of(g) & names_of(s))

    def figure_same(g: Item, s: Item) -> bool:
        try:
            expected, found = float(g["value"]), float(s["value"])
        except (KeyError, TypeError, ValueError):
            return False
        if abs(expected - found) > 0.005 * abs(expected) + 1e-9:
            return False
        return unit_of(g) == unit_of(s)

    def system_end(s: Item, end: str) -> set[str]:
        ref_id, ref_name = s.get(f"{end}_id"), s.get(end)
        if isinstance(ref_name, dict):
            return names_of(ref_name)
        if ref_id in by_id:
            return names_of(by_id[ref_id])
        key = normalize(ref_name)
        entry = next((a for a in actors if key in names_of(a)), None)
        if entry is not None:
            return names_of(entry)
        return {normalize(x) for x in (ref_name, ref_id) if x} - {""}

    def gold_end(value: object) -> set[str]:
        out: set[str] = set()
        for name in _as_list(value):
            entry = next(
                (a for a in gold.get("actors") or [] if normalize(a["name"]) == normalize(name)),
                {"name": name},
            )
            out |= names_of(entry)
        return out

    def stance_same(g: Item, s: Item) -> bool:
        if str(s.get("position", "")).casefold() != str(g["position"]).casefold():
            return False
        return bool(gold_end(g["actor"]) & system_end(s, "actor")) and bool(
            gold_end(g["target"]) & system_end(s, "target")
        )

    for kind, same in (("actors", actor_same), ("figures", figure_same), ("stances", stance_same)):
        match(gold.get(kind) or [], article.get(kind) or [], same, score.tallies[kind], where)


def articles_by_file(export: Item) -> dict[str, Item]:
    items: Iterable[Item] = export["articles"] if isinstance(export, dict) else export
    return {Path(str(a.get("source", ""))).name: a for a in items}


def score(gold: list[Item], export: Item) -> Score:
    result = Score()
    articles = articles_by_file(export)
    for entry in gold:
        score_article(entry, articles.get(entry["file"], {}), result)
    return result


def score_files(gold_path: Path, export_path: Path) -> Score:
    gold = yaml.safe_load(gold_path.read_text("utf-8"))
    export = json.loads(export_path.read_text("utf-8"))
    return score(gold, export)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    result = score_files(Path(sys.argv[1]), Path(sys.argv[2]))
    print("\n\n".join(result.report(k) for k in KINDS))
    print(result.table())
