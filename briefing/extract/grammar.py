"""The function words the event reader reads by (``data/lexicon/grammar.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from ..errors import ConfigError

WHERE = "briefing/data/lexicon/grammar.yaml"


@dataclass(frozen=True)
class Grammar:
    """Closed classes of words, each a set of lowercase tokens (see the YAML
    file for what each is for)."""

    determiners: frozenset[str]
    articles: frozenset[str]
    referring_determiners: frozenset[str]
    pronoun_determiners: frozenset[str]
    relation_participles: frozenset[str]
    holder_participles: frozenset[str]
    maker_participles: frozenset[str]
    doing_participles: frozenset[str]  # "the provocation committed by X": X's act
    filing_participles: frozenset[str]  # "an application filed by X": X's
    origin_verbs: frozenset[str]
    modals: frozenset[str]
    member_links: frozenset[str]
    local_bodies: frozenset[str]
    kin_nouns: frozenset[str]
    member_nouns: frozenset[str]
    document_nouns: frozenset[str]
    naming_nouns: frozenset[str]
    government_heads: frozenset[str]
    possessives: frozenset[str]
    particles: frozenset[str]
    pronoun_particles: frozenset[str]
    be_forms: frozenset[str]
    nonfinite_be: frozenset[str]
    nonfinite_markers: frozenset[str]
    time_nouns: frozenset[str]
    medium_nouns: frozenset[str]
    medium_participles: frozenset[str]
    quantifiers: frozenset[str]
    time_prepositions: frozenset[str]
    doer_links: frozenset[str]
    aspect_phrases: tuple[tuple[str, ...], ...]
    naming_participles: frozenset[str]
    offence_nouns: frozenset[str]
    gerund_joiners: frozenset[str]
    clause_joiners: frozenset[str]
    reciprocal_phrases: tuple[tuple[str, ...], ...]
    addition_phrases: tuple[tuple[str, ...], ...]  # "as well": adds to the act before
    frame_prepositions: frozenset[str]
    listing_prepositions: frozenset[str]
    delisting_prepositions: frozenset[str]
    source_prepositions: frozenset[str]
    appositive_ends: frozenset[str]
    group_heads: frozenset[str]
    hostile_modifiers: frozenset[str]
    state_company_heads: frozenset[str]
    state_words: frozenset[str]
    craft_nouns: frozenset[str]
    clause_openers: frozenset[str]
    source_openers: tuple[tuple[str, ...], ...]
    background_openers: tuple[tuple[str, ...], ...]
    leading_participles: frozenset[str]
    broker_participles: frozenset[str]
    backing_participles: frozenset[str]
    product_nouns: frozenset[str]
    place_prepositions: frozenset[str]
    coordinators: frozenset[str]
    conjunctions: frozenset[str]
    relatives: frozenset[str]
    possessive_pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    person_objects: frozenset[str]
    speaker_objects: frozenset[str]
    subordinators: frozenset[str]
    conditions: frozenset[str]
    threat_conditions: frozenset[str]  # "could close X if the company continues"
    condition_pronouns: frozenset[str]
    contrast_openers: frozenset[str]  # ", while X banned its ...": "its" is X
    open_questions: frozenset[str]
    interest_words: frozenset[str]  # "interest in buying X": weighed, not done
    likeness_words: frozenset[str]  # "similar investigations": the last one's targets
    aspect_verbs: frozenset[str]  # "began blocking access": the gerund is the act
    negotiation_words: frozenset[str]  # "in talks with X on the purchase of Y": weighed
    amount_limits: frozenset[str]
    phrase_prepositions: frozenset[str]
    medium_prepositions: frozenset[str]  # "announced the clearance via Twitter"
    gerund_subordinators: frozenset[str]  # "returned home after being released by X"
    answer_subordinators: frozenset[str]  # "sanctions after Russia strikes Ukraine"
    adjunct_openers: tuple[tuple[str, ...], ...]  # "released after a detention"
    naming_words: frozenset[str]
    aside_openers: frozenset[str]  # "sanctions, pursuant to an order, against X"
    verb_openers: frozenset[str]
    gerund_openers: frozenset[str]
    noun_openers: frozenset[str]
    noun_object_verbs: frozenset[str]
    passive_adverbs: frozenset[str]
    container_nouns: frozenset[str]
    cause_prepositions: frozenset[str]
    noun_followers: frozenset[str]
    subject_pronouns: frozenset[str]
    not_adverbs: frozenset[str]
    not_verbs: frozenset[str]
    leader_participles: frozenset[str]
    amount_words: frozenset[str]
    count_words: frozenset[str]
    modifier_words: frozenset[str]
    adjective_endings: tuple[str, ...]
    object_links: frozenset[str]
    agent_heads: frozenset[str]
    noun_phrase_links: frozenset[str]
    region_words: frozenset[str]
    office_modifiers: frozenset[str]  # "his visiting counterpart"
    person_heads: frozenset[str]  # "an aid worker": no act of aid
    people_nouns: frozenset[str]  # "arrested an employee": the person, unnamed
    entry_nouns: frozenset[str]  # "entry into China": a place
    entry_verbs: frozenset[str]  # "from entering UK ports": a place
    habit_words: frozenset[str]  # "used to supply": a past habit, no use
    leanings: frozenset[str]  # "pro-Russian": a leaning, not the doer
    from_heads: frozenset[str]  # "the unit from SpaceX": acts for SpaceX
    title_links: frozenset[str]
    list_ends: frozenset[str]
    floating_quantifiers: frozenset[str]  # "have all objected": the subject's
    bare_participles: frozenset[str]
    irregular_participles: frozenset[str]
    day_leads: frozenset[str]  # "on Friday", "last week"
    day_words: frozenset[str]
    relative_days: frozenset[str]
    months: frozenset[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Grammar:
        values: dict[str, Any] = {}
        for field in fields(cls):
            items = data.get(field.name)
            if not isinstance(items, list) or not all(isinstance(w, str) for w in items):
                raise ConfigError(
                    f"{WHERE}: {field.name}: expected a list of words (quote yes/no/on/off)"
                )
            words = [w.lower() for w in items]
            if field.type == "tuple[tuple[str, ...], ...]":
                values[field.name] = tuple(tuple(w.split()) for w in words)
            else:
                values[field.name] = (
                    tuple(words) if field.type == "tuple[str, ...]" else frozenset(words)
                )
        return cls(**values)
