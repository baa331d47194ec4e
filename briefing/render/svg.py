"""A laid-out relationship graph as inline SVG: a node per actor (its shape
by kind, linking to its profile), an arrow per relation (its colour and dash
by position, its width by the number of articles, linking to the newest
evidence). No script, nothing from other hosts; every link is an SVG ``<a>``
with an accessible name, reached with the keyboard like any link.

Parallel relations (A opposes B, B supports A) are drawn as curves bowed to
either side, so none hides another."""

from __future__ import annotations

import math
from collections import defaultdict

from markupsafe import Markup, escape

from ..corpus import Corpus, article_path, profile_path
from ..views.graph import HEIGHT, WIDTH, Edge, Graph
from .links import relative

SHAPES = {"country": "circle", "company": "square", "organization": "diamond", "person": "triangle"}
VERBS = {"oppose": "opposes", "support": "supports", "undecided": "is undecided on"}


def radius(weight: int, centre: bool = False) -> float:
    return 16.0 if centre else round(min(7 + 2.2 * math.log2(1 + weight), 15), 1)


def shape(kind: str, x: float, y: float, r: float) -> str:
    """The SVG element of a node of ``kind`` centred on (x, y)."""
    form = SHAPES.get(kind, "circle")
    if form == "square":
        side = r * 1.75
        return (
            f'<rect class="bf-shape" x="{x - side / 2:.1f}" y="{y - side / 2:.1f}" '
            f'width="{side:.1f}" height="{side:.1f}" rx="2"/>'
        )
    if form == "diamond":
        d = r * 1.3
        points = f"{x:.1f},{y - d:.1f} {x + d:.1f},{y:.1f} {x:.1f},{y + d:.1f} {x - d:.1f},{y:.1f}"
        return f'<polygon class="bf-shape" points="{points}"/>'
    if form == "triangle":
        d = r * 1.35
        points = (
            f"{x:.1f},{y - d:.1f} {x + d * 0.87:.1f},{y + d * 0.5:.1f} "
            f"{x - d * 0.87:.1f},{y + d * 0.5:.1f}"
        )
        return f'<polygon class="bf-shape" points="{points}"/>'
    return f'<circle class="bf-shape" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/>'


def label(edge: Edge, corpus: Corpus) -> str:
    n = edge.weight
    return (
        f"{corpus.name(edge.actor)} {VERBS.get(edge.position, edge.position)} "
        f"{corpus.name(edge.target)}: {n} article{'' if n == 1 else 's'}"
    )


def evidence_href(page: str, article: str, sentence: int | None) -> str:
    return relative(page, article_path(article) + (f"#s-{sentence}" if sentence else ""))


def graph_svg(graph: Graph, corpus: Corpus, page: str, title: str) -> Markup:
    """The drawing of ``graph`` for ``page`` (links relative to it)."""
    places = graph.places
    weight: dict[str, int] = defaultdict(int)
    for e in graph.edges:
        weight[e.actor] += e.weight
        weight[e.target] += e.weight
    sizes = {n: radius(weight[n], n == graph.centre) for n in graph.nodes}
    out = [
        f'<svg class="bf-graph-svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="group" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        "<defs>",
        *(
            f'<marker id="bf-arrow-{p}" class="bf-arrow bf-edge-{p}" viewBox="0 0 10 10" '
            'refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
            '<path d="M0,0L10,5L0,10z"/></marker>'
            for p in ("oppose", "support", "undecided")
        ),
        "</defs>",
        '<g class="bf-edges">',
    ]
    between: dict[tuple[str, str], list[Edge]] = defaultdict(list)
    for e in graph.edges:
        between[tuple(sorted((e.actor, e.target)))].append(e)  # type: ignore[index]
    for (one, other), edges in sorted(between.items()):
        for n, e in enumerate(edges):
            bow = (n - (len(edges) - 1) / 2) * 26
            path = _curve(places[one], places[other], e.actor == one, bow, sizes, e)
            article, sentence = e.evidence[0]
            width = 1.4 + 1.3 * math.log2(e.weight)
            name = label(e, corpus) + " (open the newest evidence)"
            out.append(
                f'<a href="{escape(evidence_href(page, article, sentence))}" '
                f'aria-label="{escape(name)}"><title>{escape(label(e, corpus))}</title>'
                f'<path class="bf-edge bf-edge-{escape(e.position)}" d="{path}" '
                f'stroke-width="{width:.1f}" marker-end="url(#bf-arrow-{escape(e.position)})"/>'
                "</a>"
            )
    out.append("</g>")
    out.append('<g class="bf-nodes">')
    for node in graph.nodes:
        entity = corpus.entities[node]
        x, y = places[node]
        r = sizes[node]
        kind = entity.type
        href = relative(page, profile_path(entity))
        anchor = "end" if x > WIDTH * 0.72 else "start"
        tx = x - r - 5 if anchor == "end" else x + r + 5
        centre = " bf-centre" if node == graph.centre else ""
        out.append(
            f'<a href="{escape(href)}" class="bf-node bf-kind-{escape(kind)}{centre}" '
            f'aria-label="{escape(entity.name)} ({escape(kind)})">'
            f"{shape(kind, x, y, r)}"
            f'<text x="{tx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}">'
            f"{escape(entity.name)}</text>"
            "</a>"
        )
    out.append("</g></svg>")
    return Markup("".join(out))


def _curve(
    one: tuple[float, float],
    other: tuple[float, float],
    forward: bool,
    bow: float,
    sizes: dict[str, float],
    edge: Edge,
) -> str:
    """The path of an edge from its actor to its target, bowed ``bow`` pixels
    to the left of the line from ``one`` to ``other`` (the pair's order, so
    that edges of a pair bow apart whichever way they point), its ends off
    the nodes."""
    (x1, y1), (x2, y2) = one, other
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    nx, ny = -(y2 - y1) / length, (x2 - x1) / length
    mx, my = (x1 + x2) / 2 + nx * bow * 2, (y1 + y2) / 2 + ny * bow * 2
    if not forward:
        (x1, y1), (x2, y2) = (x2, y2), (x1, y1)
    start = _towards((x1, y1), (mx, my), sizes[edge.actor] + 1)
    end = _towards((x2, y2), (mx, my), sizes[edge.target] + 4)
    if bow == 0:
        return f"M{start[0]:.1f} {start[1]:.1f}L{end[0]:.1f} {end[1]:.1f}"
    return f"M{start[0]:.1f} {start[1]:.1f}Q{mx:.1f} {my:.1f} {end[0]:.1f} {end[1]:.1f}"


def _towards(point: tuple[float, float], to: tuple[float, float], by: float) -> tuple[float, float]:
    dx, dy = to[0] - point[0], to[1] - point[1]
    length = math.hypot(dx, dy) or 1.0
    return point[0] + dx / length * by, point[1] + dy / length * by
