"""Figures reconciled: the figures that measure the same thing for the same
actor in the same year (same kind and unit, compatible ``of``), gathered
across articles; a group whose values differ beyond rounding, between two
articles, is a conflict, unless a writer resolved it (an entity override's
``resolved``).

A figure's year is the year its sentence names, else its article's; a
figure of neither is not compared. What it measures is compared by its
words: "revenue" and "annual revenue" are compatible, "revenue" and
"profit" are not. Rounding is the last digit written: "$1.2 billion" is
anything from 1.15 to 1.25 billion, "500 million" from 450 to 550 million;
"about" widens that by a tenth, "more than" and "up to" are bounds."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from ..corpus import Corpus
from ..errors import Problem
from ..models import Figure, Resolution

COMPARED = ("money", "percent", "count", "multiplier", "duration")
_WORD = re.compile(r"[a-z0-9]+")
_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_STOP = frozenset("the a an of for in on to its their his her by with and from at as".split())
APPROXIMATE = frozenset(
    {"about", "around", "roughly", "approximately", "nearly", "almost", "some"}
    | {"close to", "an estimated"}
)
AT_LEAST = frozenset({"over", "more than", "at least", "above", "just over", "as much as"})
AT_MOST = frozenset({"less than", "fewer than", "up to", "at most", "under", "below", "just under"})


class Value(NamedTuple):
    """One figure of a group, where it was said."""

    article: str
    date: str | None
    figure: Figure


@dataclass(frozen=True)
class Group:
    actor: str
    kind: str
    unit: str
    year: int
    of: str  # what they measure: the shortest wording among them
    values: tuple[Value, ...]  # newest first
    conflict: bool  # two articles' values differ beyond rounding
    resolution: Resolution | None = None

    @property
    def open(self) -> bool:
        """A conflict no writer has resolved."""
        return self.conflict and self.resolution is None

    @property
    def articles(self) -> int:
        return len({v.article for v in self.values})


def words(of: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(of.lower()) if w not in _STOP)


def compatible(one: frozenset[str], other: frozenset[str]) -> bool:
    if not one or not other:
        return one == other
    return one <= other or other <= one


def interval(figure: Figure) -> tuple[float, float]:
    """The values ``figure`` may stand for, given how it is written."""
    value = figure.value
    match = _NUMBER.search(figure.text)
    half = 0.0
    if match:
        literal = match.group(0).replace(",", "")
        number = float(literal)
        scale = value / number if number else 1.0
        if match.group(1):  # decimals: half a unit of the last one
            half = 0.5 * 10 ** -len(match.group(1))
        else:  # a whole number: half a unit of its last digit other than 0
            digits = literal.rstrip("0")
            half = 0.5 * 10 ** (len(literal) - len(digits)) if digits else 0.5
        half *= abs(scale)
    low, high = value - half, value + half
    qualifier = (figure.qualifier or "").lower()
    if qualifier in APPROXIMATE:
        low, high = low - abs(value) * 0.1, high + abs(value) * 0.1
    elif qualifier in AT_LEAST:
        high = math.inf
    elif qualifier in AT_MOST:
        low = -math.inf if value < 0 else 0.0
    return low, high


def disagree(values: Iterable[Value]) -> bool:
    """Whether two values of different articles cannot be the same number."""
    lows: dict[str, float] = {}
    highs: dict[str, float] = {}
    for v in values:
        low, high = interval(v.figure)
        lows[v.article] = max(lows.get(v.article, -math.inf), low)
        highs[v.article] = min(highs.get(v.article, math.inf), high)
    # the lowest high of each article, the two lowest kept (of two articles)
    ranked = sorted(highs.items(), key=lambda kv: kv[1])[:2]
    for article, low in lows.items():
        for other, high in ranked:
            if other != article and low > high + 1e-9 * max(abs(low), abs(high), 1.0):
                return True
    return False


def year_of(figure: Figure, date: str | None, years: dict[int | None, int]) -> int | None:
    """The year a figure is of: the one its sentence names (``years``: by
    sentence), else its article's."""
    named = years.get(figure.sentence)
    if named is not None:
        return named
    return int(date[:4]) if date else None


def groups(corpus: Corpus) -> list[Group]:
    """Every group of figures from two articles or more: open conflicts
    first, then resolved ones, then the others; each by actor, year, what
    they measure."""
    found: dict[tuple[str, str, str, int], list[Value]] = defaultdict(list)
    for record in corpus.records:
        years: dict[int | None, int] = {}
        for f in record.figures:
            if f.kind == "year" and f.sentence is not None and 1900 < f.value < 2200:
                years.setdefault(f.sentence, int(f.value))
        for f in record.figures:
            if f.kind not in COMPARED or not f.actor or not corpus.has_profile(f.actor):
                continue
            year = year_of(f, record.date, years)
            if year is not None:
                found[(f.actor, f.kind, f.unit, year)].append(Value(record.id, record.date, f))
    out = []
    for (actor, kind, unit, year), values in sorted(found.items()):
        resolutions = corpus.entities[actor].resolved
        for cluster in _clusters(values):
            if len({v.article for v in cluster}) < 2:
                continue
            of = min((v.figure.of for v in cluster), key=lambda o: (len(o), o))
            conflict = disagree(cluster)
            resolution = (
                next((r for r in resolutions if _names(r, of, unit, year)), None)
                if conflict
                else None
            )
            ordered = sorted(
                cluster,
                key=lambda v: (v.date or "", v.article, v.figure.sentence or 0, v.figure.text),
                reverse=True,
            )
            out.append(Group(actor, kind, unit, year, of, tuple(ordered), conflict, resolution))
    rank = {True: 0, False: 1}
    return sorted(
        out,
        key=lambda g: (
            rank[g.open],
            rank[g.conflict],
            corpus.name(g.actor).lower(),
            -g.year,
            g.of,
            g.unit,
        ),
    )


def _clusters(values: list[Value]) -> list[list[Value]]:
    """Values whose ``of`` are compatible, each cluster named by its fewest words."""
    ordered = sorted(
        values, key=lambda v: (len(words(v.figure.of)), v.figure.of, v.article, v.figure.text)
    )
    clusters: list[tuple[frozenset[str], list[Value]]] = []
    for v in ordered:
        mine = words(v.figure.of)
        for core, members in clusters:
            if compatible(core, mine):
                members.append(v)
                break
        else:
            clusters.append((mine, [v]))
    return [members for _, members in clusters]


def _names(resolution: Resolution, of: str, unit: str, year: int) -> bool:
    return (
        resolution.year == year
        and (resolution.unit is None or resolution.unit == unit)
        and compatible(words(resolution.of), words(of))
    )


def stale(corpus: Corpus, found: list[Group], where: str) -> list[Problem]:
    """A warning for each resolution that names no conflict (``where``: the
    folder of the entity overrides, as shown)."""
    used = {id(g.resolution) for g in found if g.resolution is not None}
    problems = []
    for entity in corpus.entities.values():
        for index, r in enumerate(entity.resolved):
            if id(r) not in used:
                problems.append(
                    Problem(
                        f"{where}/{entity.id}.yaml",
                        f"resolved[{index}]: stale: no conflict of {r.of!r} in {r.year}"
                        f"{f' ({r.unit})' if r.unit else ''} among the figures of "
                        f"{entity.name}; see the Figures page, or delete it",
                        kind="warning",
                    )
                )
    return problems
