"""Stage 2: extract actors, stances, figures and a summary from an article.

:func:`extract_article` is a pure function of the article, the registry and
the lexicons: it reads no global state, so it can run in worker processes or
on a distributed engine that maps it over a corpus.
"""

from __future__ import annotations

from collections import Counter

from ..lexicon import lexicon
from ..models import Actor, Article, Extraction, Stance
from ..registry import NEVER_ACTORS, Registry
from .actors import ActorWords, ArticleActors, find_actors
from .acts import Acts
from .figures import figure_patterns, find_figures
from .gazetteer import Gazetteer
from .grammar import Grammar
from .stances import find_events
from .summary import summarize

__all__ = ["Extractor", "extract_article"]


class Extractor:
    """Extraction with the registry's name index built once."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.acts = Acts.from_data(lexicon("acts"))
        self.grammar = Grammar.from_data(lexicon("grammar"))
        self.figure_patterns = figure_patterns(lexicon("figures"))
        self.actor_words = words = ActorWords(lexicon("actors"))
        dates = lexicon("figures")
        days = frozenset(w.lower() for w in [*dates["weekdays"], *dates["months"]])
        self.gazetteer = Gazetteer(
            registry,
            words.common_words,
            words.verbs_after_name,
            days,
            words.given_names,
            words.place_parts,
        )

    def __call__(self, article: Article) -> Extraction:
        found = find_actors(article, self.registry, self.gazetteer, self.actor_words)
        stances = find_events(found, self.registry, self.acts, self.grammar)
        mentions = {
            number: [
                (view.starts[m.start], m.entity)
                for m in view.mentions
                if m.role in ("actor", "agent")
                and found.entities.get(m.entity)
                and found.entities[m.entity].type not in NEVER_ACTORS
            ]
            for number, view in enumerate(found.views)
        }
        figures = find_figures(found.views, mentions, self.figure_patterns)
        actor_counts = {n: len(set(e for _, e in ms)) for n, ms in mentions.items() if n}
        cue_counts = Counter(s.sentence for s in stances if s.sentence)
        figure_counts = Counter(f.sentence for f in figures if f.sentence)
        chosen = summarize(article, actor_counts, dict(cue_counts), dict(figure_counts))
        by_index = {s.index: s.text for s in article.sentences}
        actor_ids = {a.id for a in found.actors}
        # a stance's ends: the article's actors and the bodies their people speak for
        known = set(actor_ids)
        for entity in found.entities.values():
            if entity.type not in NEVER_ACTORS:
                known.add(entity.id)  # a place named as a ban's author ("the ban in Sweden")
            known.update(i for i in (entity.org, entity.country) if i)
            known.add(self.registry.country_of(entity.org) or "")
        discovered = tuple(
            e for e in found.entities.values() if e.id in actor_ids and e.id not in self.registry
        )
        # a news outlet is a party only where an act falls on it ("suspended the BBC"),
        # never as one who acts: what it reports is its source's
        outlets = {e.id for e in found.entities.values() if e.type == "outlet"}
        stances = [s for s in stances if s.actor in known and s.target in known | outlets]
        return Extraction(
            article=article.id,
            actors=tuple(found.actors) + self.acting_for(found, stances),
            stances=tuple(stances),
            figures=tuple(figures),
            summary=" ".join(by_index[i] for i in chosen),
            summary_sentences=chosen,
            entities=discovered,
        )

    def acting_for(self, found: ArticleActors, stances: list[Stance]) -> tuple[Actor, ...]:
        """The countries and bodies that take a stance through another actor
        ("the Commerce Department added Huawei": the United States) but are
        not named in the text: actors of the article too."""
        named = {a.id for a in found.actors}
        out = []
        for stance in stances:
            for end in (stance.actor, stance.target):
                entity = found.entities.get(end) or self.registry.get(end)
                if end in found.passing and end not in named:
                    named.add(end)
                    out.append(found.passing[end])  # named in passing, yet acted upon
                elif end not in named and entity is not None:
                    named.add(end)
                    # (an outlet acted upon is a media company)
                    kind = "company" if entity.type == "outlet" else entity.type
                    out.append(Actor(id=entity.id, name=entity.name, type=kind))
        return tuple(out)


def extract_article(article: Article, registry: Registry) -> Extraction:
    """Extract one article (builds the name index; prefer :class:`Extractor` in loops)."""
    return Extractor(registry)(article)
