"""The analyst's views over the corpus: a timeline (``timeline``), the
relationship graph (``graph``) and the figures reconciled (``figures``).
Each is computed once per build from the corpus, by a pure function, for
the corpus pages and every profile's sections."""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from ..corpus import Corpus
from . import figures, timeline
from .graph import Edge, Graph, Index, corpus_edges, corpus_graph, neighbourhood


class Views:
    """The views of one corpus, each made when first asked for."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus

    @cached_property
    def events(self) -> list[timeline.Event]:
        return timeline.corpus_events(self.corpus)

    @cached_property
    def events_of(self) -> dict[str, list[timeline.Event]]:
        """Each entity's events (newest first): its stances, taken or aimed at
        it, and its deadlines."""
        out: dict[str, list[timeline.Event]] = defaultdict(list)
        for event in self.events:
            for entity_id in dict.fromkeys(event.names()):
                out[entity_id].append(event)
        return out

    @cached_property
    def edges(self) -> list[Edge]:
        return corpus_edges(self.corpus)

    @cached_property
    def graph(self) -> Graph:
        return corpus_graph(self.edges)

    @cached_property
    def _index(self) -> Index:
        return Index(self.edges)

    def neighbourhood(self, entity_id: str) -> Graph:
        return neighbourhood(self._index, entity_id)

    @cached_property
    def figure_groups(self) -> list[figures.Group]:
        return figures.groups(self.corpus)

    @cached_property
    def groups_of(self) -> dict[str, list[figures.Group]]:
        out: dict[str, list[figures.Group]] = defaultdict(list)
        for group in self.figure_groups:
            out[group.actor].append(group)
        return out
