"""The analyst's pages: the Timeline, the Relationship graph and the Figures
(``timeline.md``, ``graph.md``, ``figures.md``), and the sections each
profile adds with them (``profile_views.md.j2``, included by the profile's
template). Rows get their cells, links and filter attributes made here; the
templates lay them out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from markupsafe import Markup, escape

from ..corpus import Corpus, Profile, article_path
from ..views import Views
from ..views.figures import Group
from ..views.graph import Graph, force_layout, separate
from ..views.timeline import Event, by_year_and_month, undated
from .links import a, act, entity_link, position, relative, shorten
from .pages import Pages, for_html, front_matter
from .svg import VERBS, evidence_href, graph_svg

TIMELINE_EVENTS = 1000  # on the Timeline page; the oldest beyond are counted
PROFILE_EVENTS = 100
UNDATED = 300
FIGURE_GROUPS = 300  # on the Figures page: open conflicts first
EVIDENCE_LINKS = 3  # per relation in a graph's table


class EventRow(NamedTuple):
    date: str
    deadline: bool
    actor: Markup
    target: Markup | None
    position: Markup | None
    act: Markup
    evidence: Markup  # the sentence (or the figure), linked
    article: Markup  # the article's title, linked
    data: Markup  # the filters' attributes


class EdgeRow(NamedTuple):
    actor: Markup
    position: Markup
    act: str
    target: Markup
    articles: int
    evidence: Markup


class GroupRow(NamedTuple):
    group: Group
    actor: Markup
    values: list[tuple[str, str, Markup, Markup, Markup]]  # figure, date, article, sentence, mark
    resolution: Markup | None


class ViewPages:
    """The views of a corpus as pages and profile sections."""

    def __init__(self, pages: Pages, corpus: Corpus, views: Views) -> None:
        self.pages, self.corpus, self.views = pages, corpus, views

    # -- rows ------------------------------------------------------------------

    def event_rows(self, events: list[Event], page: str) -> list[EventRow]:
        corpus = self.corpus
        link = entity_link(corpus, page)
        titles: dict[str, Markup] = {}
        rows = []
        for e in events:
            title = titles.get(e.article)
            if title is None:
                title = titles[e.article] = a(
                    relative(page, article_path(e.article)), shorten(corpus.title(e.article), 70)
                )
            href = evidence_href(page, e.article, e.sentence)
            quote = (
                f"“{shorten(e.text, 180)}”" if not e.deadline else f"{e.text}: {shorten(e.of, 120)}"
            )
            rows.append(
                EventRow(
                    e.date,
                    e.deadline,
                    link(e.actor) if e.actor else Markup("—"),
                    link(e.target) if e.target else None,
                    position(e.position) if e.position else None,
                    act(e.act, None) if e.act else Markup(""),
                    a(href, quote),
                    title,
                    self._filters(e),
                )
            )
        return rows

    def _places(self, e: Event) -> tuple[list[str], list[str]]:
        """The countries (an entity's own, or its home country) and the
        companies an event names, in order: what the timeline filters by."""
        countries, companies = [], []
        for entity_id in e.names():
            entity = self.corpus.entities.get(entity_id)
            if entity is None:
                continue
            if entity.type == "country":
                countries.append(entity.id)
            elif entity.country:
                countries.append(entity.country)
            if entity.type == "company":
                companies.append(entity.id)
        return countries, companies

    def _filters(self, e: Event) -> Markup:
        countries, companies = self._places(e)
        values = {
            "country": " ".join(dict.fromkeys(countries)),
            "company": " ".join(dict.fromkeys(companies)),
            "act": e.act or "",
            "position": e.position or "",
        }
        return Markup(" ".join(f'data-{k}="{escape(v)}"' for k, v in values.items()))

    def edge_rows(self, graph: Graph, page: str) -> list[EdgeRow]:
        link = entity_link(self.corpus, page)
        rows = []
        for e in graph.edges:
            links = [
                a(
                    evidence_href(page, article, sentence),
                    n,
                    f"evidence {n}: {self.corpus.title(article)}",
                )
                for n, (article, sentence) in enumerate(e.evidence[:EVIDENCE_LINKS], 1)
            ]
            more = len(e.evidence) - EVIDENCE_LINKS
            rows.append(
                EdgeRow(
                    link(e.actor),
                    position(e.position),
                    VERBS.get(e.position, e.position),
                    link(e.target),
                    e.weight,
                    Markup(" ").join(links) + (Markup(f" and {more} more") if more > 0 else ""),
                )
            )
        return rows

    def group_rows(self, groups: list[Group], page: str) -> list[GroupRow]:
        corpus = self.corpus
        link = entity_link(corpus, page)
        rows = []
        for g in groups:
            values = []
            for v in g.values:
                f = v.figure
                article = a(
                    relative(page, article_path(v.article)), shorten(corpus.title(v.article), 60)
                )
                sentence = a(evidence_href(page, v.article, f.sentence), shorten(f.evidence, 160))
                differs = Markup("")
                if g.resolution is not None and g.resolution.value is not None:
                    right = abs(f.value - g.resolution.value) <= 0.005 * max(abs(f.value), 1e-9)
                    differs = (
                        Markup(' <span class="bf-figure-right">✓ found right</span>')
                        if right
                        else differs
                    )
                values.append((f.text, v.date or "undated", article, sentence, differs))
            resolution = None
            if g.resolution is not None:
                note = escape(g.resolution.note) if g.resolution.note else Markup("")
                value = (
                    Markup(f" The value found right: {escape(_number(g.resolution.value))}.")
                    if g.resolution.value is not None
                    else Markup("")
                )
                resolution = (
                    Markup(
                        '<span class="bf-override" title="Set by a writer in an override file">'
                        "✎ writer · resolved</span> "
                    )
                    + note
                    + value
                )
            rows.append(GroupRow(g, link(g.actor), values, resolution))
        return rows

    # -- pages -----------------------------------------------------------------

    def timeline(self) -> str:
        page = "timeline.md"
        events = self.views.events
        shown = events[:TIMELINE_EVENTS]
        rows = self.event_rows(shown, page)
        by_date = by_year_and_month(shown)
        grouped, n = [], 0
        for year in by_date:
            months = []
            for month in year.months:
                months.append((month.label, rows[n : n + len(month.events)]))
                n += len(month.events)
            grouped.append((year.year, months))
        left = undated(self.corpus)
        return self.pages.render(
            "timeline.md.j2",
            front_matter=front_matter(
                {
                    "title": "Timeline",
                    "description": for_html(
                        f"What happened when: {len(events)} dated stances and deadlines, "
                        "newest first."
                    ),
                }
            ),
            years=grouped,
            total=len(events),
            shown=len(shown),
            options=self._options(shown),
            undated=[
                (a(relative(page, article_path(r.id)), r.title), len(r.stances))
                for r in left[:UNDATED]
            ],
            undated_total=len(left),
            link=lambda to: relative(page, to),
        )

    def _options(self, events: list[Event]) -> dict[str, list[tuple[str, str]]]:
        """The filters' choices: (value, label) of what the events show."""
        corpus = self.corpus
        countries, companies, acts, positions = set(), set(), set(), set()
        for e in events:
            its_countries, its_companies = self._places(e)
            countries.update(its_countries)
            companies.update(its_companies)
            if e.act:
                acts.add(e.act)
            if e.position:
                positions.add(e.position)

        def named(ids: set[str]) -> list[tuple[str, str]]:
            return sorted(((i, corpus.name(i)) for i in ids), key=lambda kv: (kv[1].lower(), kv[0]))

        return {
            "country": named(countries),
            "company": named(companies),
            "act": [(x, x) for x in sorted(acts)],
            "position": [(p, p) for p in ("oppose", "support", "undecided") if p in positions],
        }

    def graph(self) -> str:
        page = "graph.md"
        graph = self.views.graph
        widths = {n: 7.0 * len(self.corpus.name(n)) for n in graph.nodes}
        graph.places = separate(force_layout(graph.nodes, graph.edges), widths)
        return self.pages.render(
            "graph.md.j2",
            front_matter=front_matter(
                {
                    "title": "Relationships",
                    "description": for_html(
                        f"Who opposes and supports whom: the {len(graph.nodes)} most connected "
                        "actors and their relations."
                    ),
                }
            ),
            graph=graph,
            svg=graph_svg(
                graph, self.corpus, page, "Relationship graph of the most connected actors"
            ),
            rows=self.edge_rows(graph, page),
        )

    def figures(self) -> str:
        page = "figures.md"
        groups = self.views.figure_groups
        return self.pages.render(
            "figures.md.j2",
            front_matter=front_matter(
                {
                    "title": "Figures",
                    "description": for_html(
                        "Figures several articles give for the same actor and year, "
                        "and where they disagree."
                    ),
                }
            ),
            rows=self.group_rows(groups[:FIGURE_GROUPS], page),
            total=len(groups),
            open=sum(g.open for g in groups),
            resolved=sum(g.conflict and not g.open for g in groups),
            overrides_hint="overrides/entities/<id>.yaml",
        )

    # -- a profile's sections --------------------------------------------------

    def profile_sections(self, profile: Profile, graph: Graph) -> dict[str, Any]:
        page = profile.path
        events = self.views.events_of.get(profile.id, [])
        groups = self.views.groups_of.get(profile.id, [])
        name = profile.entity.name
        return {
            "views_events": self.event_rows(events[:PROFILE_EVENTS], page),
            "views_events_total": len(events),
            "views_graph": graph,
            "views_svg": graph_svg(graph, self.corpus, page, f"{name} and the actors it relates to")
            if len(graph.nodes) > 1
            else None,
            "views_edges": self.edge_rows(graph, page),
            "views_groups": self.group_rows(groups, page),
            "views_link": lambda to: relative(page, to),
        }


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


Sections = Callable[[], dict[str, Any]]
