"""The act lexicon (``data/lexicon/acts.yaml``) and the lemmas of words.

An act is matched by lemma: the text's "banned", "bans" and "banning" all
find the verb ``ban``. Lemmas come from lemminflect, whose lexicon ships in
its wheel; a word it does not know is lemmatized by its rules for unknown
words. :class:`Acts` holds the classes and word lists, compiled once and
passed to the event reader explicitly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from lemminflect import getAllLemmas, getAllLemmasOOV

from ..errors import ConfigError

Phrase = tuple[tuple[str, ...], str]  # the words after the first, the class


@dataclass(frozen=True)
class ActClass:
    """A family of acts and the position it shows."""

    name: str
    position: str
    label: str
    mutual: bool = False
    negated: str | None = None  # the position "will not <act>" shows, if any
    speaker: bool = False  # the reporter of the act takes the stance toward its subject
    reactive: bool = False  # "challenged a fine by X": toward the author of the act named
    needs: frozenset[str] = frozenset()  # lemmas the sentence must hold for the act to count
    reversed: bool = False  # "X poses a threat to Y": Y acts toward X
    direct: bool = False  # a mutual act whose other side may be the object ("met X")
    located: bool = False  # "the ban in Sweden": the country it is in is its author
    on_place: bool = False  # "attacks in Pakistan": the country it is in is its target
    only_negated: bool = False  # "will not abide by X": a stance only when refused
    received: bool = False  # "received offers from X": the receiver's, toward X, only so


# Lemmas are asked for several times per word; a cache smaller than an
# article's distinct words would miss on every ask (a megabyte of generated
# tokens ran twice as slow per word past 65,536 of them): room for a quarter
# of a million words, a few tens of megabytes at most.
LEMMA_CACHE = 1 << 18


@lru_cache(maxsize=LEMMA_CACHE)
def verb_lemma(word: str) -> str | None:
    """The lemma of ``word`` (lowercase) read as a verb, if it can be one."""
    lemmas = getAllLemmas(word, "VERB")
    if lemmas:
        return str(lemmas["VERB"][0])
    if word.endswith("es") and getAllLemmas(word, "NOUN"):
        return None  # "countries": a plural noun the verb dictionary does not know
    if word.endswith(("ed", "ing", "es")) and word.isalpha() and len(word) > 4:
        guessed = getAllLemmasOOV(word, "VERB")
        return str(guessed["VERB"][0]) if guessed else None
    return None


@lru_cache(maxsize=LEMMA_CACHE)
def verb_base(word: str) -> bool:
    """Whether ``word`` (lowercase) is a verb's bare form, also where it is
    another verb's inflection too ("lay", the past of "lie": "to lay a cable")."""
    return word in getAllLemmas(word, "VERB").get("VERB", ())


@lru_cache(maxsize=LEMMA_CACHE)
def dictionary_verb(word: str) -> bool:
    """Whether the verb dictionary knows ``word`` (lowercase) as a verb form,
    not only by the guess from its ending ("chipmaking" is no verb)."""
    return bool(getAllLemmas(word, "VERB"))


@lru_cache(maxsize=LEMMA_CACHE)
def noun_lemma(word: str) -> str | None:
    """The lemma of ``word`` (lowercase) read as a noun, if it can be one."""
    lemmas = getAllLemmas(word, "NOUN")
    if lemmas:
        return str(lemmas["NOUN"][0])
    return None


def lexicon_words(data: dict[str, Any], key: str, file: str = "acts.yaml") -> frozenset[str]:
    """The words listed under ``key`` of a lexicon ``file``, in lowercase."""
    items = data.get(key) or []
    for item in items:
        if not isinstance(item, str):
            raise ConfigError(
                f"briefing/data/lexicon/{file}: {key}: {item!r} is not a word; "
                "quote it (YAML reads bare no/yes/on/off as true/false)"
            )
    return frozenset(str(w).lower() for w in items)


_ARTICLES = frozenset("a an the".split())


def _word_lists(data: dict[str, Any], key: str) -> tuple[tuple[str, ...], ...]:
    """The phrases listed under ``key``, each as its lowercase words."""
    return tuple(tuple(p.lower().split()) for p in data.get(key) or [])


def _phrases(items: list[str], cls: str) -> list[tuple[str, Phrase]]:
    """Phrases by first word; articles are left out (the text may hold any)."""
    out = []
    for item in items:
        words = [w for w in str(item).lower().split() if w not in _ARTICLES]
        if words:
            out.append((words[0], (tuple(words[1:]), cls)))
    return out


@dataclass(frozen=True)
class Acts:
    """Everything the event reader knows about acts."""

    classes: dict[str, ActClass]
    verbs: dict[str, str]  # verb lemma -> class
    nouns: dict[str, str]  # noun lemma -> class
    compound_nouns: dict[str, list[Phrase]]  # last word's lemma -> (the words before, class)
    phrases: dict[str, list[Phrase]]  # first word's lemma -> (the words after, class)
    light_verbs: frozenset[str]
    receive_verbs: frozenset[str]
    reversal_verbs: frozenset[str]
    revisiting_verbs: frozenset[str]  # "will not change its decision to ban": it stands
    reversal_phrases: dict[str, list[Phrase]]
    reversal_class: str
    exchange_verbs: frozenset[str]  # "traded accusations": each side's on the other
    reversal_nouns: frozenset[str]  # "the suspension of X", "the lifting of sanctions on X"
    reversal_to_nouns: frozenset[str]  # "a halt to X's operations"
    service_nouns: frozenset[str]  # "halted downloads of X": X's own activity undone
    service_links: frozenset[str]  # the prepositions that name its party
    refusing_acts: frozenset[str]  # "rejected a ban on X": supports X
    demand_modals: frozenset[str]  # "X must stop ..., Y said": Y opposes X
    advice_modals: frozenset[str]  # "X should ban Y, Z said": Z opposes Y
    holding_verbs: frozenset[str]  # "holds a stake in X": ownership, no act
    holdable_acts: frozenset[str]
    fired_nouns: frozenset[str]  # "launched a missile at X": attacks X
    firing_verbs: frozenset[str]
    firing_prepositions: frozenset[str]  # "fired rockets at X"
    speech_verbs: frozenset[str]
    urge_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    evidence_nouns: frozenset[str]  # "no evidence that X spied"
    rule_nouns: frozenset[str]  # "WTO rules": a body named for its rules is no party to an act
    permission_verbs: frozenset[str]  # "allowed X to buy": no purchase yet
    urge_nouns: frozenset[str]
    resisting_verbs: frozenset[str]  # "resisted pressure to ban X": no ban
    control_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    denying_verbs: frozenset[str]
    accepting_verbs: frozenset[str]
    candidate_nouns: frozenset[str]
    negators: frozenset[str]
    negating_phrases: tuple[tuple[str, ...], ...]
    ceasing_phrases: tuple[tuple[str, ...], ...]  # "no longer": a stop, not a refusal
    affirming_phrases: tuple[tuple[str, ...], ...]
    speculative: frozenset[str]
    speculative_phrases: tuple[tuple[str, ...], ...]
    act_references: frozenset[str]
    approving_acts: frozenset[str]  # "welcomed the US aid package": for its giver
    coverage_verbs: frozenset[str]  # "the list includes X": the last act applies to X
    reach_verbs: frozenset[str]  # "China's measures target X": an owned act falls on X
    subjection_phrases: tuple[tuple[str, ...], ...]  # "X will fall under the ban"
    ultimatum_phrases: tuple[tuple[str, ...], ...]  # "ordered X to ... or face a ban"
    perceiving_verbs: frozenset[str]  # "detected intrusions from X": X hacked the subject
    detention_nouns: frozenset[str]  # "released from a Rwandan prison": by Rwanda
    auxiliaries: frozenset[str]
    adverbs: frozenset[str]
    time_words: frozenset[str]
    target_prepositions: frozenset[str]
    clause_breaks: frozenset[str]
    pronouns: dict[str, str]
    government_titles: frozenset[str]
    national_titles: frozenset[str]  # offices only a state has: "Prime Minister"
    envoy_nouns: frozenset[str]
    host_acts: frozenset[str]
    posted_envoys: frozenset[str]
    speculative_modifiers: frozenset[str]
    thing_verbs: frozenset[str]  # acts with a thing, whose party is its maker
    thing_ends: frozenset[str]  # words after the thing that name no maker
    alleging_modifiers: frozenset[str]  # "an alleged scheme to help X": not known done
    background_acts: frozenset[str]  # an act named only as background: "after its invasion of X"
    claimed_acts: frozenset[str]  # what a headline's "X:" accuses its doer of
    joining_verbs: frozenset[str]
    alleging_verbs: frozenset[str]
    completing_verbs: frozenset[str]  # "closed a deal": done, though "closed a base" undoes
    purchase_order_verbs: frozenset[str]  # "ordered 24 jets": a purchase
    causing_verbs: frozenset[str]  # "prompted Prague to summon": Prague summons
    adjective_verbs: frozenset[str]  # "close ties": an adjective before a bare noun
    blame_links: frozenset[str]
    blamed_acts: frozenset[str]
    intent_nouns: frozenset[str]
    commitment_nouns: frozenset[str]
    state_participles: frozenset[str]  # "is concerned about X": the subject's state, no passive
    ability_nouns: frozenset[str]  # "the power to ban TikTok": only possible
    exercising_verbs: frozenset[str]  # "used its power to ban X": done
    finding_verbs: frozenset[str]
    employment_verbs: frozenset[str]
    inquiry_classes: frozenset[str]
    belief_words: frozenset[str]
    judging_verbs: frozenset[str]
    listing_verbs: frozenset[str]
    listing_nouns: frozenset[str]
    delisting_nouns: frozenset[str]
    delisting_verbs: frozenset[str]
    favoured_list_words: frozenset[str]
    replacing_words: frozenset[str]
    announcing_modals: frozenset[str]
    preferring_words: frozenset[str]
    destination_prepositions: frozenset[str]
    partner_prepositions: frozenset[str]
    giving_acts: frozenset[str]
    recipient_verbs: frozenset[str]  # "gave Poland a green light": Poland receives it
    personal_acts: frozenset[str]
    court_verbs: frozenset[str]
    court_words: frozenset[str]
    ending_acts: frozenset[str]
    supply_verbs: frozenset[str]
    deal_making_verbs: frozenset[str]  # "struck a deal to supply X": the supplier's deal
    deal_classes: frozenset[str]
    shipping_verbs: frozenset[str]
    deal_nouns: frozenset[str]
    claim_acts: frozenset[str]
    forum_acts: frozenset[str]
    filed_acts: frozenset[str]  # "a WTO challenge against China": filed there
    held_acts: frozenset[str]
    describing_classes: frozenset[str]
    renewing_verbs: frozenset[str]
    forum_prepositions: frozenset[str]
    reason_prepositions: frozenset[str]
    repeat_phrases: tuple[tuple[str, ...], ...]
    official_acts: frozenset[str]
    awarding_acts: frozenset[str]
    summoned_to_verbs: frozenset[str]
    facing_verbs: frozenset[str]
    permission_acts: frozenset[str]
    bestowing_verbs: frozenset[str]  # "X was awarded/granted Y": X receives
    role_verbs: frozenset[str]  # "signed X as its partner": chose X
    role_nouns: frozenset[str]
    attributed_acts: frozenset[str]  # reported by anyone: the reporter accuses
    sale_nouns: frozenset[str]
    instrument_nouns: frozenset[str]
    enacted_nouns: frozenset[str]
    giving_verbs: frozenset[str]  # "provide X with Y": aid to X
    sending_verbs: frozenset[str]  # "delivered food to X": aid
    relief_nouns: frozenset[str]
    resolution_nouns: frozenset[str]  # "vetoed a resolution in the UN Security Council"
    hypothetical_determiners: frozenset[str]
    consequence_nouns: frozenset[str]
    involvement_nouns: frozenset[str]
    intrusion_verbs: frozenset[str]
    revoked_grants: frozenset[str]
    system_nouns: frozenset[str]
    handover_acts: frozenset[str]
    removal_acts: frozenset[str]
    infinitive_acts: frozenset[str]
    domestic_acts: frozenset[str]  # a state's acts on its own people: "sentenced Imran Khan"
    standing_nouns: frozenset[str]  # "ties between X and Y": an act only when made one
    spending_acts: frozenset[str]  # money's receiver unnamed: the country it is spent in
    detention_verbs: frozenset[str]  # "Colombians imprisoned in Venezuela": held by it
    conceding_verbs: frozenset[str]  # a victim that "confirmed" an attack accuses no one
    threat_modals: frozenset[str]  # "warned that it may shut down X": a threat
    ordering_verbs: frozenset[str]  # "ordered Telegram blocked": the orderer's act
    ruling_verbs: frozenset[str]  # "ruled that X must": compels X
    responsibility_verbs: frozenset[str]  # "claimed responsibility for the attack"
    order_nouns: frozenset[str]  # "announced orders from Vietjet": Vietjet buys
    joint_adverbs: frozenset[str]  # "will jointly launch a satellite": working together
    joint_class: str
    against_acts: frozenset[str]
    modifier_nouns: frozenset[str]
    plain_compounds: tuple[tuple[str, ...], ...]  # "facial recognition": no act
    intent_words: frozenset[str]
    advice_phrases: tuple[tuple[str, ...], ...]
    advice_nouns: frozenset[str]
    conditioned_acts: frozenset[str]
    departure_verbs: frozenset[str]  # "ordered X to leave": an expulsion
    surrender_verbs: frozenset[str]  # "ordered X to sell its shares": a restriction
    placed_verbs: frozenset[str]  # "attacked an airfield in Russia": an attack on Russia
    civilian_acts: frozenset[str]  # "charged four Chinese nationals": no act on China
    choice_acts: frozenset[str]  # "will buy Boeing or Airbus jets": weighed
    offer_nouns: frozenset[str]  # "the selection of an offer by X": toward X
    example_nouns: frozenset[str]  # "followed Google's lead and suspended X": Google too
    placing_verbs: frozenset[str]  # "ordered two vessels from X": bought from X
    charge_links: frozenset[str]  # "charged X with intrusion": X's act
    complements: frozenset[str]  # "found X guilty": a phrase's last word past its party
    obtaining_verbs: frozenset[str]  # "won an injunction against X": the winner's act
    open_choice_class: str
    civilian_nouns: frozenset[str]
    transitive_verbs: frozenset[str]  # acts only with an object: "returned X", not "returned home"
    payment_verbs: frozenset[str]  # "X and Y agreed to pay": to a third party, not each other
    deadline_verbs: frozenset[str]  # "gave X 48 hours to leave"
    money_verbs: frozenset[str]  # "provided $500 million to X": funds X
    earning_nouns: frozenset[str]  # "$2 billion in revenue": money not given
    given_goods: frozenset[str]  # "sent tanks to Ukraine": goods that aid whom they go to
    extra_words: frozenset[str]  # "a further $500 million"
    labeling_verbs: frozenset[str]  # "called X a threat"
    hostile_labels: frozenset[str]
    expelling_labels: frozenset[str]
    friendly_labels: frozenset[str]
    faulting_words: frozenset[str]  # "unjustified": the speaker opposes the act judged
    approving_words: frozenset[str]  # "a welcome step": the speaker supports it
    response_phrases: tuple[tuple[str, ...], ...]
    proposal_nouns: frozenset[str]  # "vetoed a resolution to": the act not done
    effect_phrases: tuple[tuple[str, ...], ...]  # "take effect": what a measure does once made
    principal_phrases: tuple[tuple[str, ...], ...]  # "on behalf of X": X's act
    origin_verbs: frozenset[str]  # "a cyberattack originating in Iran": Iran's
    origin_acts: frozenset[str]
    first_words: frozenset[str] = field(default=frozenset())  # every word a phrase may start with
    # word -> whether it may start a trigger (filled as words are met)
    _may_start: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def may_start(self, low: str) -> bool:
        """Whether the lowercase word ``low`` may start a trigger: a phrase's
        first word, an act's verb or noun, or a compound act noun's head (most
        words are none, and each is looked up once)."""
        known = self._may_start.get(low)
        if known is None:
            verb, noun = verb_lemma(low), noun_lemma(low)
            known = (
                low in self.first_words
                or (verb or noun or low) in self.first_words
                or verb in self.verbs
                or verb in self.reversal_verbs
                or noun in self.reversal_nouns
                or low in self.reversal_nouns
                or verb in self.departure_verbs
                or (verb or low) in self.surrender_verbs
                or verb in self.money_verbs
                or verb in self.labeling_verbs
                or verb in self.coverage_verbs
                or noun in self.nouns
                or noun in self.compound_nouns
                or noun in self.fired_nouns
                or (noun is None and (low in self.nouns or low[:-1] in self.nouns))
                or any(low == p[0] for p in self.repeat_phrases)
                or any((verb or low) == p[0] for p in self.subjection_phrases)
                or verb in self.urge_verbs  # (an ultimatum's demand)
                or verb in self.court_verbs  # ("take X to court")
            )
            self._may_start[low] = known
        return known

    def noun_of(self, low: str) -> str | None:
        """The lexicon noun the lowercase word ``low`` is, its lemma or, for a word
        the dictionary lacks, itself or its singular ("cyberattack(s)")."""
        lemma = noun_lemma(low)
        if lemma is not None or not low.isalpha():
            return lemma
        return next((w for w in (low, low[:-1]) if w in self.nouns), None)

    def plain_compound(self, lows: list[str], i: int) -> bool:
        """Whether the noun at ``i`` ends or starts a compound that names a
        thing, no act ("facial recognition", "charge d'affaires")."""
        return any(
            tuple(lows[max(0, i - len(p) + 1) : i + 1]) == p or tuple(lows[i : i + len(p)]) == p
            for p in self.plain_compounds
        )

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Acts:
        where = "briefing/data/lexicon/acts.yaml"
        classes: dict[str, ActClass] = {}
        verbs: dict[str, str] = {}
        nouns: dict[str, str] = {}
        compounds: dict[str, list[Phrase]] = {}
        phrases: dict[str, list[Phrase]] = {}
        for name, entry in (data.get("classes") or {}).items():
            if entry.get("position") not in ("support", "oppose", "undecided"):
                raise ConfigError(
                    f"{where}: class {name}: position must be support, oppose or undecided"
                )
            classes[name] = ActClass(
                name,
                entry["position"],
                str(entry.get("label") or name),
                bool(entry.get("mutual")),
                entry.get("negated"),
                bool(entry.get("speaker")),
                bool(entry.get("reactive")),
                frozenset(str(w).lower() for w in entry.get("needs") or []),
                bool(entry.get("reversed")),
                bool(entry.get("direct")),
                bool(entry.get("located")),
                bool(entry.get("on_place")),
                bool(entry.get("only_negated")),
                bool(entry.get("received")),
            )
            for verb in entry.get("verbs") or []:
                verbs[str(verb).lower()] = name
            for noun in entry.get("nouns") or []:
                words = str(noun).lower().split()
                if len(words) == 1:
                    nouns[words[0]] = name
                else:
                    last = noun_lemma(words[-1]) or words[-1]
                    compounds.setdefault(last, []).append((tuple(words[:-1]), name))
            for first, phrase in _phrases(entry.get("phrases") or [], name):
                phrases.setdefault(first, []).append(phrase)
        for table in (compounds, phrases):
            for items in table.values():
                items.sort(key=lambda p: len(p[0]), reverse=True)
        reversal_phrases: dict[str, list[Phrase]] = {}
        for first, phrase in _phrases(data.get("reversal_phrases") or [], "reversal"):
            reversal_phrases.setdefault(first, []).append(phrase)
        reversal_class = str(data.get("reversal_class") or "")
        if reversal_class not in classes:
            raise ConfigError(f"{where}: reversal_class {reversal_class!r} is not a class")
        open_choice_class = str(data.get("open_choice_class") or "")
        if open_choice_class not in classes:
            raise ConfigError(f"{where}: open_choice_class {open_choice_class!r} is not a class")
        return cls(
            classes=classes,
            verbs=verbs,
            nouns=nouns,
            compound_nouns=compounds,
            phrases=phrases,
            light_verbs=lexicon_words(data, "light_verbs"),
            receive_verbs=lexicon_words(data, "receive_verbs"),
            reversal_verbs=lexicon_words(data, "reversal_verbs"),
            revisiting_verbs=lexicon_words(data, "revisiting_verbs"),
            reversal_phrases=reversal_phrases,
            reversal_class=reversal_class,
            exchange_verbs=lexicon_words(data, "exchange_verbs"),
            reversal_nouns=lexicon_words(data, "reversal_nouns"),
            reversal_to_nouns=lexicon_words(data, "reversal_to_nouns"),
            service_nouns=lexicon_words(data, "service_nouns"),
            service_links=lexicon_words(data, "service_links"),
            refusing_acts=lexicon_words(data, "refusing_acts"),
            demand_modals=lexicon_words(data, "demand_modals"),
            advice_modals=lexicon_words(data, "advice_modals"),
            holding_verbs=lexicon_words(data, "holding_verbs"),
            holdable_acts=lexicon_words(data, "holdable_acts"),
            fired_nouns=lexicon_words(data, "fired_nouns"),
            firing_verbs=lexicon_words(data, "firing_verbs"),
            firing_prepositions=lexicon_words(data, "firing_prepositions"),
            speech_verbs=lexicon_words(data, "speech_verbs"),
            urge_verbs=lexicon_words(data, "urge_verbs"),
            warning_verbs=lexicon_words(data, "warning_verbs"),
            claim_nouns=lexicon_words(data, "claim_nouns"),
            evidence_nouns=lexicon_words(data, "evidence_nouns"),
            rule_nouns=lexicon_words(data, "rule_nouns"),
            permission_verbs=lexicon_words(data, "permission_verbs"),
            urge_nouns=lexicon_words(data, "urge_nouns"),
            resisting_verbs=lexicon_words(data, "resisting_verbs"),
            control_verbs=lexicon_words(data, "control_verbs"),
            negating_verbs=lexicon_words(data, "negating_verbs"),
            denying_verbs=lexicon_words(data, "denying_verbs"),
            accepting_verbs=lexicon_words(data, "accepting_verbs"),
            candidate_nouns=lexicon_words(data, "candidate_nouns"),
            negators=lexicon_words(data, "negators"),
            negating_phrases=_word_lists(data, "negating_phrases"),
            ceasing_phrases=_word_lists(data, "ceasing_phrases"),
            affirming_phrases=_word_lists(data, "affirming_phrases"),
            speculative=lexicon_words(data, "speculative"),
            speculative_phrases=_word_lists(data, "speculative_phrases"),
            act_references=lexicon_words(data, "act_references"),
            coverage_verbs=lexicon_words(data, "coverage_verbs"),
            reach_verbs=lexicon_words(data, "reach_verbs"),
            subjection_phrases=tuple(tuple(p.split()) for p in data["subjection_phrases"]),
            ultimatum_phrases=tuple(tuple(p.split()) for p in data["ultimatum_phrases"]),
            perceiving_verbs=lexicon_words(data, "perceiving_verbs"),
            detention_nouns=lexicon_words(data, "detention_nouns"),
            approving_acts=lexicon_words(data, "approving_acts"),
            auxiliaries=lexicon_words(data, "auxiliaries"),
            adverbs=lexicon_words(data, "adverbs"),
            time_words=lexicon_words(data, "time_words"),
            target_prepositions=lexicon_words(data, "target_prepositions"),
            clause_breaks=lexicon_words(data, "clause_breaks"),
            pronouns={str(k).lower(): str(v) for k, v in (data.get("pronouns") or {}).items()},
            government_titles=lexicon_words(data, "government_titles"),
            national_titles=lexicon_words(data, "national_titles"),
            envoy_nouns=lexicon_words(data, "envoy_nouns"),
            host_acts=lexicon_words(data, "host_acts"),
            posted_envoys=lexicon_words(data, "posted_envoys"),
            speculative_modifiers=lexicon_words(data, "speculative_modifiers"),
            alleging_modifiers=lexicon_words(data, "alleging_modifiers"),
            thing_verbs=lexicon_words(data, "thing_verbs"),
            thing_ends=lexicon_words(data, "thing_ends"),
            background_acts=lexicon_words(data, "background_acts"),
            claimed_acts=lexicon_words(data, "claimed_acts"),
            joining_verbs=lexicon_words(data, "joining_verbs"),
            alleging_verbs=lexicon_words(data, "alleging_verbs"),
            completing_verbs=lexicon_words(data, "completing_verbs"),
            purchase_order_verbs=lexicon_words(data, "purchase_order_verbs"),
            causing_verbs=lexicon_words(data, "causing_verbs"),
            adjective_verbs=lexicon_words(data, "adjective_verbs"),
            blame_links=lexicon_words(data, "blame_links"),
            blamed_acts=lexicon_words(data, "blamed_acts"),
            intent_nouns=lexicon_words(data, "intent_nouns"),
            commitment_nouns=lexicon_words(data, "commitment_nouns"),
            state_participles=lexicon_words(data, "state_participles"),
            ability_nouns=lexicon_words(data, "ability_nouns"),
            exercising_verbs=lexicon_words(data, "exercising_verbs"),
            finding_verbs=lexicon_words(data, "finding_verbs"),
            employment_verbs=lexicon_words(data, "employment_verbs"),
            inquiry_classes=lexicon_words(data, "inquiry_classes"),
            belief_words=lexicon_words(data, "belief_words"),
            judging_verbs=lexicon_words(data, "judging_verbs"),
            listing_verbs=lexicon_words(data, "listing_verbs"),
            listing_nouns=lexicon_words(data, "listing_nouns"),
            delisting_nouns=lexicon_words(data, "delisting_nouns"),
            delisting_verbs=lexicon_words(data, "delisting_verbs"),
            favoured_list_words=lexicon_words(data, "favoured_list_words"),
            replacing_words=lexicon_words(data, "replacing_words"),
            announcing_modals=lexicon_words(data, "announcing_modals"),
            preferring_words=lexicon_words(data, "preferring_words"),
            destination_prepositions=lexicon_words(data, "destination_prepositions"),
            partner_prepositions=lexicon_words(data, "partner_prepositions"),
            giving_acts=lexicon_words(data, "giving_acts"),
            recipient_verbs=lexicon_words(data, "recipient_verbs"),
            personal_acts=lexicon_words(data, "personal_acts"),
            court_verbs=lexicon_words(data, "court_verbs"),
            court_words=lexicon_words(data, "court_words"),
            ending_acts=lexicon_words(data, "ending_acts"),
            supply_verbs=lexicon_words(data, "supply_verbs"),
            deal_making_verbs=lexicon_words(data, "deal_making_verbs"),
            deal_classes=lexicon_words(data, "deal_classes"),
            shipping_verbs=lexicon_words(data, "shipping_verbs"),
            deal_nouns=lexicon_words(data, "deal_nouns"),
            claim_acts=lexicon_words(data, "claim_acts"),
            forum_acts=lexicon_words(data, "forum_acts"),
            filed_acts=lexicon_words(data, "filed_acts"),
            held_acts=lexicon_words(data, "held_acts"),
            describing_classes=lexicon_words(data, "describing_classes"),
            renewing_verbs=lexicon_words(data, "renewing_verbs"),
            forum_prepositions=lexicon_words(data, "forum_prepositions"),
            reason_prepositions=lexicon_words(data, "reason_prepositions"),
            repeat_phrases=_word_lists(data, "repeat_phrases"),
            official_acts=lexicon_words(data, "official_acts"),
            awarding_acts=lexicon_words(data, "awarding_acts"),
            summoned_to_verbs=lexicon_words(data, "summoned_to_verbs"),
            facing_verbs=lexicon_words(data, "facing_verbs"),
            permission_acts=lexicon_words(data, "permission_acts"),
            bestowing_verbs=lexicon_words(data, "bestowing_verbs"),
            role_verbs=lexicon_words(data, "role_verbs"),
            role_nouns=lexicon_words(data, "role_nouns"),
            attributed_acts=lexicon_words(data, "attributed_acts"),
            sale_nouns=lexicon_words(data, "sale_nouns"),
            instrument_nouns=lexicon_words(data, "instrument_nouns"),
            enacted_nouns=lexicon_words(data, "enacted_nouns"),
            giving_verbs=lexicon_words(data, "giving_verbs"),
            sending_verbs=lexicon_words(data, "sending_verbs"),
            relief_nouns=lexicon_words(data, "relief_nouns"),
            resolution_nouns=lexicon_words(data, "resolution_nouns"),
            hypothetical_determiners=lexicon_words(data, "hypothetical_determiners"),
            consequence_nouns=lexicon_words(data, "consequence_nouns"),
            involvement_nouns=lexicon_words(data, "involvement_nouns"),
            intrusion_verbs=lexicon_words(data, "intrusion_verbs"),
            revoked_grants=lexicon_words(data, "revoked_grants"),
            system_nouns=lexicon_words(data, "system_nouns"),
            handover_acts=lexicon_words(data, "handover_acts"),
            removal_acts=lexicon_words(data, "removal_acts"),
            infinitive_acts=lexicon_words(data, "infinitive_acts"),
            domestic_acts=lexicon_words(data, "domestic_acts"),
            standing_nouns=lexicon_words(data, "standing_nouns"),
            spending_acts=lexicon_words(data, "spending_acts"),
            detention_verbs=lexicon_words(data, "detention_verbs"),
            conceding_verbs=lexicon_words(data, "conceding_verbs"),
            threat_modals=lexicon_words(data, "threat_modals"),
            ordering_verbs=lexicon_words(data, "ordering_verbs"),
            ruling_verbs=lexicon_words(data, "ruling_verbs"),
            responsibility_verbs=lexicon_words(data, "responsibility_verbs"),
            order_nouns=lexicon_words(data, "order_nouns"),
            joint_adverbs=lexicon_words(data, "joint_adverbs"),
            joint_class=str(data.get("joint_class") or "cooperate"),
            against_acts=lexicon_words(data, "against_acts"),
            modifier_nouns=lexicon_words(data, "modifier_nouns"),
            plain_compounds=_word_lists(data, "plain_compounds"),
            intent_words=lexicon_words(data, "intent_words"),
            advice_phrases=_word_lists(data, "advice_phrases"),
            advice_nouns=lexicon_words(data, "advice_nouns"),
            conditioned_acts=lexicon_words(data, "conditioned_acts"),
            departure_verbs=lexicon_words(data, "departure_verbs"),
            surrender_verbs=lexicon_words(data, "surrender_verbs"),
            placed_verbs=lexicon_words(data, "placed_verbs"),
            civilian_acts=lexicon_words(data, "civilian_acts"),
            choice_acts=lexicon_words(data, "choice_acts"),
            offer_nouns=lexicon_words(data, "offer_nouns"),
            example_nouns=lexicon_words(data, "example_nouns"),
            placing_verbs=lexicon_words(data, "placing_verbs"),
            charge_links=lexicon_words(data, "charge_links"),
            complements=lexicon_words(data, "complements"),
            obtaining_verbs=lexicon_words(data, "obtaining_verbs"),
            open_choice_class=open_choice_class,
            civilian_nouns=lexicon_words(data, "civilian_nouns"),
            transitive_verbs=lexicon_words(data, "transitive_verbs"),
            payment_verbs=lexicon_words(data, "payment_verbs"),
            deadline_verbs=lexicon_words(data, "deadline_verbs"),
            money_verbs=lexicon_words(data, "money_verbs"),
            earning_nouns=lexicon_words(data, "earning_nouns"),
            given_goods=lexicon_words(data, "given_goods"),
            extra_words=lexicon_words(data, "extra_words"),
            labeling_verbs=lexicon_words(data, "labeling_verbs"),
            hostile_labels=lexicon_words(data, "hostile_labels"),
            expelling_labels=lexicon_words(data, "expelling_labels"),
            friendly_labels=lexicon_words(data, "friendly_labels"),
            faulting_words=lexicon_words(data, "faulting_words"),
            approving_words=lexicon_words(data, "approving_words"),
            response_phrases=_word_lists(data, "response_phrases"),
            proposal_nouns=lexicon_words(data, "proposal_nouns"),
            effect_phrases=_word_lists(data, "effect_phrases"),
            principal_phrases=_word_lists(data, "principal_phrases"),
            origin_verbs=lexicon_words(data, "origin_verbs"),
            origin_acts=lexicon_words(data, "origin_acts"),
            first_words=frozenset(phrases) | frozenset(reversal_phrases),
        )
