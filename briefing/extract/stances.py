"""Stances from events: positions composed, sides expanded, one position per
actor -> target pair.

A person acting for a government gives the stance to the person and to the
country; an executive to the person and the company; an agency or ministry
to itself and its country. A stance toward a person that only restates what
the people's countries do is dropped. Each pair keeps one position: the
headline's, else that of an act that ends another told in its sentence
("arrested by India were released": the release), else the most frequent,
else the first.
"""

from __future__ import annotations

from ..models import Stance
from ..registry import Registry
from .actors import ArticleActors
from .acts import Acts
from .events import EventReader
from .events_model import Event
from .grammar import Grammar


def to_stances(events: list[Event], reader: EventReader) -> list[Stance]:
    """Events as stances: positions composed, sides expanded, one position
    per actor -> target pair (the headline's, else the most frequent)."""
    made: list[tuple[Stance, int]] = []
    for event in events:
        position = event.act.position
        if event.negated:
            if event.act.negated is None:
                continue
            position = event.act.negated
        pairs: list[tuple[str, str]] = []
        if event.act.mutual and not event.targets:
            pairs = [(a, b) for a in event.actors for b in event.actors if a != b]
        else:
            pairs = [(a, t) for a in event.actors for t in event.targets if a != t]
            if event.act.mutual and not event.negated:
                # (one refused: "India refused to work with Huawei" is India's, not Huawei's)
                pairs += [(t, side) for a, t in pairs for side in _met_as(a, t, reader)]
        evidence = reader.found.views[event.sentence].text
        # an act on an embassy is an act on its country ("expelled a diplomat from the
        # Russian embassy in Tallinn": Russia)
        pairs = [(a, _post_country(t, reader) or t) for a, t in pairs]
        pairs = [(a, t) for a, t in dict.fromkeys(pairs) if a != t]
        personal = event.act.name.split("-")[0] in reader.acts.personal_acts
        domestic = event.act.name.split("-")[0] in reader.acts.domestic_acts
        for actor, target in pairs:
            for side in _sides(actor, reader):
                aimed = target
                if (side != actor or reader.type_of(side) == "country") and not (
                    personal or domestic
                ):
                    # a country's stance toward an official is toward the
                    # official's country ("Modi met Kishida": India, Japan)
                    aimed = _country_of_official(target, reader) or target
                if side == aimed or (
                    position != "oppose" and not domestic and _compatriots(side, aimed, reader)
                ):
                    continue  # "the presidents of Kazakhstan and Azerbaijan, Tokayev and
                    # Aliyev, held talks": no one meets their own country (but a state
                    # may release its own: "Rwanda released Paul Rusesabagina")
                if (
                    _same_side(side, aimed, reader)
                    and not (event.own_body and side == actor)
                    # (a state may jail or try its own: "a Pakistani court sentenced Imran Khan")
                    and not (domestic and reader.type_of(aimed) == "person")
                ):
                    continue
                made.append(
                    (
                        Stance(
                            actor=side,
                            target=aimed,
                            position=position,
                            evidence=evidence,
                            sentence=event.sentence,
                            via=actor if side != actor else None,
                            act=event.act.name.split("-")[0]
                            if not event.negated
                            else event.act.name,
                            trigger=event.trigger,
                        ),
                        event.sentence,
                    )
                )
    return _one_per_pair(_without_envoys([m for m, _ in made], reader), reader.acts.ending_acts)


def _sides(actor: str, reader: EventReader) -> list[str]:
    """Who takes an actor's stance: itself, and for a ministry, an agency or
    a government official (by title, or a registry person of a government
    body) its country too; for an executive their company, for an official
    of an international body that body."""
    entity = reader.entity(actor)
    if entity is not None and entity.type == "person":
        body = reader.entity(entity.org) if entity.org else None
        # (a body the article found has its country on it: "a spokesman for the
        # Russian Embassy in Washington")
        country = (
            entity.country
            or reader.registry.country_of(entity.org)
            or (body.country if body is not None and body.type == "organization" else None)
        )
        title = (entity.title or "").lower()
        if title.startswith("former "):
            return [actor]  # "former Bolivian president Evo Morales" acts for no one
        if country and title in reader.acts.national_titles:
            return [actor, country]  # "Dutch Prime Minister Mark Rutte": the Netherlands
        if body is not None and body.type == "company":
            return [actor, body.id]  # an executive acts for the company
        if body is not None and body.type == "organization" and not body.country:
            return [actor, body.id]  # the UN's Secretary-General: the UN, not Portugal
        official = any(w in reader.acts.government_titles for w in (title, *title.split()))
        governing = body is not None and body.type in ("organization", "country")
        if country and (official or governing):
            return [actor, country]
        return [actor]
    if entity is None or entity.type != "organization" or not entity.country:
        return [actor]
    if entity.independent:
        return [actor]  # an armed group acts for itself, not for its country ("Hamas accused")
    home = reader.entity(entity.country)
    if home is None or home.type != "country":
        return [actor]
    return [actor, home.id]


def _met_as(actor: str, target: str, reader: EventReader) -> list[str]:
    """Whom a mutual act's target meets it back as: a person who signed or
    spoke for a company is met as that side ("'We are delighted to reach an
    agreement with Ericsson,' said Huawei's Alan Fan": Ericsson with Huawei),
    and with no side, not at all; by a person or a state, as that person
    ("Modi met Kishida", "Kenya's Omamo met Ethiopia's Gedu")."""
    if reader.type_of(actor) != "person" or reader.type_of(target) in ("person", "country"):
        return [actor]
    return _sides(actor, reader)[1:]


def _post_country(target: str, reader: EventReader) -> str | None:
    """The country an embassy or a consulate stands for: acting on "the Russian
    Embassy in Sofia" acts on Russia."""
    entity = reader.entity(target)
    if entity is None or entity.type != "organization" or not entity.country:
        return None
    words = entity.name.lower().split()
    words += [" ".join(pair) for pair in zip(words, words[1:], strict=False)]  # "high commission"
    return entity.country if any(w in reader.acts.envoy_nouns for w in words) else None


def _country_of_official(person: str, reader: EventReader) -> str | None:
    """The country a person acts for, if they act for one (see :func:`_sides`)."""
    if reader.type_of(person) != "person":
        return None
    sides = _sides(person, reader)
    if len(sides) == 2 and reader.type_of(sides[1]) == "country":
        return sides[1]
    return None


def _compatriots(a: str, b: str, reader: EventReader) -> bool:
    """A person and the country the registry or the article gives them."""
    for person, country in ((a, b), (b, a)):
        entity = reader.entity(person)
        if (
            entity is not None
            and entity.type == "person"
            and reader.type_of(country) == "country"
            and country in (entity.country, reader.registry.country_of(entity.org))
        ):
            return True
    return False


def _same_side(a: str, b: str, reader: EventReader) -> bool:
    """An agency or an official and their own country, a body and the union
    it belongs to (the European Commission and the EU), are one side."""
    ea, eb = reader.entity(a), reader.entity(b)
    if ea is None or eb is None:
        return False
    return (
        (ea.type == "organization" and not ea.independent and b in (ea.country, ea.org))
        or (eb.type == "organization" and not eb.independent and a in (eb.country, eb.org))
        or _country_of_official(a, reader) == b
        or _country_of_official(b, reader) == a
    )


def _without_envoys(stances: list[Stance], reader: EventReader) -> list[Stance]:
    """Drop a stance toward a person that restates what the people's
    countries do ("the Secretary and the Foreign Secretary agreed" beside "US,
    UK agree"); a person's stance toward a country or a company stays ("Trump
    raised tariffs on India": Trump and the United States both oppose India)."""

    def country(entity_id: str) -> str | None:
        entity = reader.entity(entity_id)
        if entity is None or entity.type != "person":
            return None
        return entity.country or reader.registry.country_of(entity.org)

    keys = {(s.actor, s.target, s.position) for s in stances}
    out = []
    for stance in stances:
        a = country(stance.actor) or stance.actor
        t = country(stance.target) or stance.target
        if (
            reader.type_of(stance.target) == "person"
            and (a, t) != (stance.actor, stance.target)
            and (a, t, stance.position) in keys
            and stance.act not in reader.acts.personal_acts  # "expelled diplomat Zhao Wei"
        ):
            continue
        out.append(stance)
    return out


def _one_per_pair(stances: list[Stance], ending_acts: frozenset[str]) -> list[Stance]:
    by_pair: dict[tuple[str, str], list[Stance]] = {}
    for stance in stances:
        by_pair.setdefault((stance.actor, stance.target), []).append(stance)
    out = []
    for group in by_pair.values():
        positions = [s.position for s in group]
        headline = [s for s in group if s.sentence == 0]
        ending = [
            s
            for s in group
            if s.act in ending_acts
            and any(o.sentence == s.sentence and o.position == "oppose" for o in group)
        ]
        if ending and (not headline or ending[0].sentence == 0):
            chosen = ending[0].position  # "fishermen arrested by India were released"
        elif headline:
            chosen = headline[0].position
        else:
            chosen = max(positions, key=lambda p: (positions.count(p), -positions.index(p)))
        out.append(next(s for s in group if s.position == chosen))
    return out


def find_events(
    found: ArticleActors, registry: Registry, acts: Acts, grammar: Grammar
) -> list[Stance]:
    """The stances of an article whose actors were found."""
    reader = EventReader(found, registry, acts, grammar)
    return to_stances(reader.run(), reader)
