"""The relationship graph: actors (entities with a profile) as nodes, their
stances as edges, one per actor, target and position, weighed by the number
of articles that show it; laid out here, at build time, deterministically
(the same corpus gives the same picture, to the pixel).

The corpus graph keeps the most connected actors (:data:`TOP_NODES`) and
their strongest relations (:data:`TOP_EDGES`), and says what it leaves out,
so that it stays readable at any corpus size; a profile's graph is its
actor's neighbourhood, laid out around it."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..corpus import Corpus

TOP_NODES = 40
TOP_EDGES = 160
NEIGHBOURS = 14  # a profile's graph: its actor and the most related others
WIDTH, HEIGHT = 900, 640
MARGIN = 70  # room for labels at the edges


@dataclass(frozen=True)
class Edge:
    actor: str
    target: str
    position: str
    evidence: tuple[tuple[str, int | None], ...]  # (article, sentence), newest first
    weight: int = field(init=False)  # how many articles show it

    def __post_init__(self) -> None:
        object.__setattr__(self, "weight", len({article for article, _ in self.evidence}))


@dataclass
class Graph:
    nodes: list[str]  # entity ids, most connected first
    edges: list[Edge]  # strongest first
    places: dict[str, tuple[float, float]] = field(default_factory=dict)
    centre: str | None = None  # a neighbourhood's actor
    actors_total: int = 0  # before the cut
    edges_total: int = 0

    @property
    def actors_left_out(self) -> int:
        return self.actors_total - len(self.nodes)

    @property
    def edges_left_out(self) -> int:
        return self.edges_total - len(self.edges)


def corpus_edges(corpus: Corpus) -> list[Edge]:
    """Every relation between actors with a profile, strongest first."""
    dates = {r.id: r.date or "" for r in corpus.records}
    found: dict[tuple[str, str, str], list[tuple[str, int | None]]] = defaultdict(list)
    for record in corpus.records:
        for s in record.stances:
            if corpus.has_profile(s.actor) and corpus.has_profile(s.target):
                found[(s.actor, s.target, s.position)].append((record.id, s.sentence))
    edges = [
        Edge(*key, tuple(sorted(refs, key=lambda r: (dates[r[0]], r[0]), reverse=True)))
        for key, refs in found.items()
    ]
    return strongest(edges)


def strongest(edges: Iterable[Edge]) -> list[Edge]:
    return sorted(edges, key=lambda e: (-e.weight, e.actor, e.target, e.position))


def degrees(edges: Iterable[Edge]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for e in edges:
        out[e.actor] += e.weight
        out[e.target] += e.weight
    return out


def most_connected(degree: dict[str, int], n: int) -> list[str]:
    return [k for k, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))][:n]


def corpus_graph(edges: list[Edge], nodes: int = TOP_NODES, links: int = TOP_EDGES) -> Graph:
    """The most connected actors and the strongest relations among them (not
    laid out yet: :func:`force_layout` is the slow part)."""
    degree = degrees(edges)
    chosen = most_connected(degree, nodes)
    kept = set(chosen)
    among = [e for e in edges if e.actor in kept and e.target in kept][:links]
    shown = {i for e in among for i in (e.actor, e.target)}
    chosen = [i for i in chosen if i in shown]
    return Graph(chosen, among, actors_total=len(degree), edges_total=len(edges))


class Index:
    """Relations by actor, and by pair of actors (either way)."""

    def __init__(self, edges: list[Edge]) -> None:
        self.of: dict[str, list[Edge]] = defaultdict(list)
        self.between: dict[tuple[str, str], list[Edge]] = defaultdict(list)
        for e in edges:  # strongest first, and so each list
            self.of[e.actor].append(e)
            if e.target != e.actor:
                self.of[e.target].append(e)
            self.between[_pair(e.actor, e.target)].append(e)


def _pair(one: str, other: str) -> tuple[str, str]:
    return (one, other) if one <= other else (other, one)


def neighbourhood(index: Index, centre: str, n: int = NEIGHBOURS) -> Graph:
    """An actor and the others its relations reach most, with the relations
    among them, laid out around it."""
    own = index.of.get(centre, [])
    weight: dict[str, int] = defaultdict(int)
    for e in own:
        weight[e.target if e.actor == centre else e.actor] += e.weight
    chosen = most_connected(weight, n)
    among = [
        e
        for i, one in enumerate(chosen)
        for other in chosen[i + 1 :]
        for e in index.between.get(_pair(one, other), ())
    ]
    kept = {centre, *chosen}
    edges = strongest([*(e for e in own if e.actor in kept and e.target in kept), *among])
    graph = Graph([centre, *chosen], edges, centre=centre)
    graph.actors_total = 1 + len(weight)
    graph.edges_total = len(own) + len(among)
    graph.places = radial_layout(centre, chosen, own)
    return graph


def radial_layout(
    centre: str, others: list[str], own: list[Edge]
) -> dict[str, tuple[float, float]]:
    """The centre in the middle, the others around it, grouped by the
    position of their strongest relation with it (oppose, support, undecided)."""
    first: dict[str, str] = {}
    for e in own:  # strongest first: the first seen is the strongest
        first.setdefault(e.target if e.actor == centre else e.actor, e.position)
    order = {"oppose": 0, "support": 1, "undecided": 2}
    ring = sorted(others, key=lambda i: (order.get(first.get(i, ""), 3), others.index(i)))
    cx, cy = WIDTH / 2, HEIGHT / 2
    rx, ry = WIDTH / 2 - MARGIN * 2, HEIGHT / 2 - MARGIN
    places = {centre: (cx, cy)}
    for n, entity in enumerate(ring):
        angle = -math.pi / 2 + 2 * math.pi * n / max(len(ring), 1)
        places[entity] = (round(cx + rx * math.cos(angle), 1), round(cy + ry * math.sin(angle), 1))
    return places


def force_layout(
    nodes: list[str], edges: list[Edge], rounds: int = 300
) -> dict[str, tuple[float, float]]:
    """Fruchterman and Reingold's spring layout from a circle in the nodes'
    order, with a fixed number of rounds and cooling: deterministic. The
    result fills the drawing, its coordinates rounded to a tenth."""
    count = len(nodes)
    if count == 0:
        return {}
    if count == 1:
        return {nodes[0]: (WIDTH / 2, HEIGHT / 2)}
    index = {k: i for i, k in enumerate(nodes)}
    xs = [math.cos(2 * math.pi * i / count) for i in range(count)]
    ys = [math.sin(2 * math.pi * i / count) for i in range(count)]
    pairs: dict[tuple[int, int], int] = {}
    for e in edges:
        a, b = sorted((index[e.actor], index[e.target]))
        if a != b:
            pairs[(a, b)] = pairs.get((a, b), 0) + e.weight
    springs = [(a, b, 1 + math.log(w)) for (a, b), w in sorted(pairs.items())]
    k = 1.6 * math.sqrt(4.0 / count)  # ideal distance in a 2 x 2 square, with room for labels
    heat = 0.2
    for _ in range(rounds):
        dx = [0.0] * count
        dy = [0.0] * count
        for i in range(count):
            xi, yi = xs[i], ys[i]
            for j in range(i + 1, count):
                ddx, ddy = xi - xs[j], yi - ys[j]
                dist2 = ddx * ddx + ddy * ddy or 1e-9
                push = k * k / dist2
                dx[i] += ddx * push
                dy[i] += ddy * push
                dx[j] -= ddx * push
                dy[j] -= ddy * push
        for a, b, strength in springs:
            ddx, ddy = xs[a] - xs[b], ys[a] - ys[b]
            dist = math.sqrt(ddx * ddx + ddy * ddy) or 1e-9
            pull = dist * strength / k
            dx[a] -= ddx * pull
            dy[a] -= ddy * pull
            dx[b] += ddx * pull
            dy[b] += ddy * pull
        for i in range(count):
            # a weak pull to the middle keeps actors without relations in view
            dx[i] -= xs[i] * 0.02 * count
            dy[i] -= ys[i] * 0.02 * count
            length = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) or 1e-9
            step = min(length, heat)
            xs[i] += dx[i] / length * step
            ys[i] += dy[i] / length * step
        heat = max(heat * 0.985, 0.002)
    return _fit(nodes, xs, ys)


def _fit(nodes: list[str], xs: list[float], ys: list[float]) -> dict[str, tuple[float, float]]:
    """Coordinates scaled into the drawing, its margins kept free."""
    low_x, high_x, low_y, high_y = min(xs), max(xs), min(ys), max(ys)
    span_x, span_y = (high_x - low_x) or 1.0, (high_y - low_y) or 1.0
    width, height = WIDTH - 2 * MARGIN * 1.6, HEIGHT - 2 * MARGIN
    return {
        node: (
            round(MARGIN * 1.6 + (x - low_x) / span_x * width, 1),
            round(MARGIN + (y - low_y) / span_y * height, 1),
        )
        for node, x, y in zip(nodes, xs, ys, strict=True)
    }


def separate(
    places: dict[str, tuple[float, float]], widths: dict[str, float], rounds: int = 60
) -> dict[str, tuple[float, float]]:
    """Nodes moved apart until their labels (a box ``widths[node]`` wide to
    the right of each, 18 pixels high) overlap no other, or ``rounds`` pass;
    kept inside the drawing. Deterministic: pairs in the nodes' order."""
    nodes = list(places)
    xs = [places[n][0] for n in nodes]
    ys = [places[n][1] for n in nodes]
    w = [widths.get(n, 60.0) + 24 for n in nodes]
    for _ in range(rounds):
        moved = False
        for i in range(len(nodes)):
            for j in range(i + 1, len(nodes)):
                left, right = (i, j) if xs[i] <= xs[j] else (j, i)
                overlap_x = xs[left] + w[left] - xs[right]
                overlap_y = 20 - abs(ys[i] - ys[j])
                if overlap_x > 0 and overlap_y > 0:
                    moved = True
                    if overlap_y < overlap_x:  # the cheaper way apart
                        step = overlap_y / 2 + 0.5
                        up, down = (i, j) if ys[i] <= ys[j] else (j, i)
                        ys[up] -= step
                        ys[down] += step
                    else:
                        step = overlap_x / 2 + 0.5
                        xs[left] -= step
                        xs[right] += step
        for k in range(len(nodes)):
            xs[k] = min(max(xs[k], 20.0), WIDTH - 20.0)
            ys[k] = min(max(ys[k], 20.0), HEIGHT - 20.0)
        if not moved:
            break
    return {n: (round(x, 1), round(y, 1)) for n, x, y in zip(nodes, xs, ys, strict=True)}
