"""The state the event reader keeps while it reads an article, and the
questions both sides of an act ask: whose noun phrase is this ("Sweden's
ban"), what is the first group of actors of a clause, and who is quoted."""

from __future__ import annotations

from ..models import Entity
from ..registry import Registry
from .actors import ArticleActors, Mention
from .acts import ActClass, Acts, noun_lemma, verb_lemma
from .events_model import Event
from .grammar import Grammar
from .sentence import CLOSE_BRACKETS, HYPHENS, MARKS, Sentence

QUOTE_ENDS = MARKS | {",", "'", "’"}  # what a quote or a clause ends with before "said X"


class Roles:
    """An article being read: its entities, the act lexicon and grammar, and
    what a later "it", "they" or "the move" may stand for."""

    def __init__(
        self, found: ArticleActors, registry: Registry, acts: Acts, grammar: Grammar
    ) -> None:
        self.found = found
        self.registry = registry
        self.acts = acts
        self.g = grammar
        self.entities: dict[str, Entity] = found.entities
        self.last: dict[str, list[str]] = {}  # by kind: the last subject of that kind
        self.last_event: Event | None = None
        self.last_of_act: dict[str, Event] = {}  # by act class: the last event of it
        # by act class: the doers of the last act of it on parties not named ("imposed
        # sanctions on four individuals"), whom a later sentence may name
        self.unnamed_of_act: dict[str, list[str]] = {}
        self.unnamed_here: list[Event] = []  # such acts of the sentence being read
        self.made_here: list[Event] = []  # the events of the sentence being read, so far
        self.joint_here = False  # whether the sentence being read says its parties cooperate
        self.choice_here = False  # whether it tells a purchase or a choice (talks on one weigh it)
        # what a 'by' agent is read past: "by President X", "by two French judges"
        self.agent_past = acts.government_titles | grammar.count_words
        # set when a subject is found through a verb that is itself speculated
        # ("is expected to participate ... and strengthen ... to prevent X")
        self.through_speculation = False
        # the act a subject like "the sanctions" refers back to, when one does
        self.referred_act: ActClass | None = None

    def event_named(self, s: Sentence, k: int) -> Event | None:
        """The act made before that the noun at ``k`` refers to: the last of the
        noun's own class ("the sanctions list": the last sanctioning or listing),
        else the last act ("the move")."""
        for j in (k, k - 1):
            cls = self.acts.nouns.get(noun_lemma(s.low(j)) or "")
            if cls is not None and cls in self.last_of_act:
                return self.last_of_act[cls]
        return self.last_event

    def act_noun_at(self, s: Sentence, i: int) -> ActClass | None:
        """The act of the noun at ``i`` ("sanctions"; "export controls" with the
        words before it), or None (past the sentence's end too)."""
        if not 0 <= i < s.n:
            return None
        noun = self.acts.noun_of(s.lows[i]) or ""
        if self.acts.plain_compound(s.lows, i):
            return None  # "facial recognition"
        if s.low(i + 1) in s.g.person_heads and i + 1 not in s.inside:
            return None  # "a British aid worker": the worker's line of work
        name = self.acts.nouns.get(noun)
        for before, compound in self.acts.compound_nouns.get(noun, ()):
            if name is None and tuple(s.lows[i - len(before) : i]) == before:
                name = compound
        return self.acts.classes[name] if name else None

    def verb_act(self, low: str) -> ActClass | None:
        """The act of the verb form ``low`` (lowercase) alone, or None."""
        return self.acts.classes.get(self.acts.verbs.get(verb_lemma(low) or "", ""))

    def entity(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id) or self.registry.get(entity_id)

    def type_of(self, entity_id: str) -> str:
        entity = self.entity(entity_id)
        return entity.type if entity else ""

    # -- the article ----------------------------------------------------------------------------

    def quote_speaker(self, s: Sentence, warning: bool = False) -> list[str]:
        """The speaker named after a quote: ", X said", "said X" (with
        ``warning``, also ", X warned")."""
        verbs = (
            self.acts.speech_verbs | self.acts.warning_verbs if warning else self.acts.speech_verbs
        )
        for j in range(s.n - 1, 0, -1):
            low = s.lows[j]
            if verb_lemma(low) in verbs and low != verb_lemma(low):
                if (
                    j in s.inside
                    or s.low(j - 1) in s.g.possessives
                    or s.low(j - 1) in s.g.determiners
                ):
                    continue  # (a noun: "Takaichi's remarks", "the reports")
                after = s.starting.get(j + 1)
                if after is not None and (j == 0 or s.words[j - 1] in QUOTE_ENDS):
                    # '"...," said X' (not "said X and Y were working"), past a title
                    return [s.headed(after).entity]
                before = s.ending.get(j) or (s.inside.get(j - 1))
                if (
                    before is None
                    and s.words[j - 1] == ","
                    and (j - 2) in s.inside
                    and s.low(s.group_of(s.inside[j - 2])[0].start - 1) == ","
                ):
                    # '"...," the lawyer, Olivier Baratelli, said': the name set off
                    before = s.inside[j - 2]
                k = j - 1
                while (
                    before is None
                    and k > 0
                    and j - k <= 5
                    and (
                        (s.words[k].isalpha() and s.words[k].islower())
                        or s.lows[k] in s.g.possessives
                    )
                ):
                    # "the German chancellor said", "China's foreign ministry said",
                    # "Kazakhstan's atomic energy agency said"
                    k -= 1
                    before = s.inside.get(k)
                if before is not None:
                    named = s.head(s.group_of(before))
                    listed = not {"and", "or"}.isdisjoint(s.lows[named[0].start : before.start])
                    comma = max((k for k in range(before.start) if s.words[k] == ","), default=-1)
                    # '..., intervene over Taiwan, China's ministry warns': after the comma
                    # (not "the United States, Britain and Canada said")
                    return [x.entity for x in named if listed or x.start > comma] or [before.entity]
                if self.acts.pronouns.get(s.low(j - 1)) == "person":
                    return self.last.get("person", [])  # '"...," he said': the last person
                cited = self.cited(s, j + 1)
                if cited:
                    return cited  # ", state media KCNA said, citing Kim Yo Jong": her words
        return []

    def cited(self, s: Sentence, start: int) -> list[str]:
        """The party a report cites as its source within a few words after
        ``start`` (", citing Kim Yo Jong"), if any."""
        for k in range(start, min(s.n - 1, start + 6)):
            if s.lows[k] == "citing":
                m = s.party_at(k + 1, self.acts.government_titles)
                return [m.entity] if m is not None else []
        return []

    def owned_country(self, s: Sentence, m: Mention) -> bool:
        """Whether a country's name follows an owner, before an act noun: "its
        Russia sanctions", "the bloc's Belarus sanctions list" (on Russia)."""
        before = s.low(m.start - 1)
        return (
            self.type_of(m.entity) == "country"
            and m.kind == "name"
            and s.low(m.end) not in s.g.possessives
            and (before in s.g.possessive_pronouns or before in s.g.possessives)
        )

    def plain_noun(self, s: Sentence, k: int) -> bool:
        """Whether the word at ``k`` is a common noun (no party, pronoun,
        adverb, time or function word)."""
        low = s.lows[k]
        return (
            k not in s.inside
            and low.isalpha()
            and low not in self.acts.time_words
            and low not in self.acts.adverbs
            and not low.endswith("ly")
            and low not in s.g.determiners
            and low not in s.g.conjunctions
            and low not in s.g.relatives
            and low not in self.acts.pronouns
            and low not in self.acts.auxiliaries
            and noun_lemma(low) is not None
            and verb_lemma(low) in (None, noun_lemma(low))
        )

    def backed_law(self, s: Sentence, k: int) -> bool:
        """Whether the participle at ``k`` ("backed") describes a law or a
        bill a few words on ("a US-backed bill")."""
        return any(
            (noun_lemma(s.lows[j]) or s.lows[j]) in self.acts.enacted_nouns
            for j in range(k + 1, min(s.n, k + 4))
        )

    def possessor(self, s: Sentence, start: int) -> list[str]:
        """The party owning the noun phrase at ``start``: "Sweden's new ban",
        "US sanctions", "the EU's fine"."""
        k = start - 1
        steps = 0
        while k >= 0 and steps < 4:
            if k in s.inside:
                m = s.inside[k]
                if self.type_of(m.entity) == "company" and s.low(m.end) not in s.g.possessives:
                    if s.low(m.start - 1) in s.g.possessives and steps == 0:
                        k, steps = m.start - 1, steps + 1
                        continue  # "the UK's Huawei ban": the UK's, on Huawei
                    return []  # "the Huawei replacement program": Huawei is replaced
                if self.owned_country(s, m):
                    k, steps = m.start - 1, steps + 1
                    continue  # "its Russia sanctions": its, on Russia
                if s.low(m.start - 1) in HYPHENS and s.low(m.start - 2) in s.g.leanings:
                    k, steps = m.start - 3, steps + 1
                    continue  # "US anti-China sanctions": the US's, against China
                if s.low(m.end) in ("a", "an"):
                    return []  # "gave South Sudan a warning": given to, not owned
                if m.role in ("modifier", "object", "agent", "actor"):
                    return (
                        [x.entity for x in s.head(s.group_of(m))]
                        if m.role != "modifier"
                        else [m.entity]
                    )
                return []
            low = s.lows[k]
            if low == ")" and k - s.opening(k) <= 3:
                k = s.opening(k) - 1  # "the European Union’s (EU) imposition": past the short name
                continue
            if low in s.g.possessives or (low == "own" and steps == 0):
                k -= 1  # (and "his own tariffs": his)
                continue
            if (
                low in s.g.leading_participles
                and s.low(k - 1) in ("-", "‑")
                and (k - 2) in s.inside
            ):
                if low in s.g.backing_participles and self.backed_law(s, k):
                    return []  # "a US-backed bill": backed, not the US's own
                return [s.inside[k - 2].entity]  # "a US-led campaign", "a Kremlin-backed group"
            if low in s.g.broker_participles and s.low(k - 1) in HYPHENS and (k - 2) in s.inside:
                return []  # "a US-brokered peace deal": the US is no side of it
            if low in s.g.possessive_pronouns:
                if self.acts.pronouns.get(low) == "speaker":
                    return self.quote_speaker(s)  # "“Our cases against TikTok continue,” X said"
                if s.low(k - 1) in s.g.cause_prepositions:
                    # "sanctioned eleven firms over their support for Russia": the
                    # object's, named right before, or no one named
                    before = s.inside.get(k - 2)
                    return [x.entity for x in s.head(s.group_of(before))] if before else []
                # "Ukraine kept up its drone assault", "..., as the Philippines
                # continues to strengthen its partnerships"
                return self.subordinate_subject(s, k) or self.leading(s, k) or []
            if (
                low in s.g.determiners
                or s.is_modifier(k)
                or self.compound_noun(s, k)
                or (low.endswith("est") and low.isalpha() and k not in s.inside)  # "largest"
            ):
                k -= 1
                steps += 1
                continue
            if low == "of" and noun_lemma(s.low(k - 1)) in s.g.container_nouns:
                k -= 2  # "its largest package of economic measures": its measures
                steps += 1
                continue
            return []
        return []

    def compound_noun(self, s: Sentence, k: int) -> bool:
        """A noun before the head of its phrase ("its drone assault")."""
        low = s.lows[k]
        return (
            s.words[k].isalpha()
            and s.words[k].islower()
            and k not in s.inside
            and noun_lemma(low) is not None
            and low not in self.acts.target_prepositions
            and low not in self.acts.auxiliaries
            and low not in self.acts.clause_breaks
            and low not in s.g.conjunctions
            and low not in s.g.determiners
            and (
                s.reading(k) == "noun"
                # "US arms sales": the first word of a compound act noun
                or any(
                    before[-1:] == (low,)
                    for before, _ in self.acts.compound_nouns.get(
                        noun_lemma(s.low(k + 1)) or "", ()
                    )
                )
            )
        )

    def sources(self, s: Sentence) -> list[str]:
        """Who a sentence's opening names as its source ("According to X,",
        "As determined by X, Y and Z,")."""
        for phrase in s.g.source_openers:
            size = len(phrase)
            if tuple(s.lows[:size]) != phrase:
                continue
            k = size + (s.low(size) in s.g.articles)
            if noun_lemma(s.low(k)) in s.g.document_nouns or s.low(k) in s.g.medium_nouns:
                # "According to a report (published) by X": its author
                k += 1 + s.low(k + 1).endswith("ed")
                k = k + 1 if s.low(k) in s.g.source_prepositions or s.low(k) == "of" else size
                k += s.low(k) in s.g.articles
            if k in s.starting:
                return [x.entity for x in s.head(s.group_of(s.headed(s.starting[k])))]
        return []

    def subordinate_subject(self, s: Sentence, k: int) -> list[str] | None:
        """The party opening the clause that a comma and "as", "while" or
        "whereas" open before ``k``, when it is the clause's subject (a verb
        follows it); else None. (Not after "after" or "because": "after
        Britain sanctioned the son of its president" is the sentence's.)"""
        for j in range(k - 1, max(0, k - 40), -1):  # (bounded: a clause, not a text)
            if s.words[j] in MARKS:
                return None
            if s.words[j - 1] != "," or s.lows[j] not in s.g.contrast_openers:
                continue
            m = s.party_at(j + 1)
            if m is None or m.role not in ("actor", "agent"):
                return None
            group = s.head(s.group_of(s.headed(m)))
            after = group[-1].end
            if after >= k or s.reading(after) != "verb":
                return None
            return [x.entity for x in group]
        return None

    def leading(self, s: Sentence, before: int) -> list[str] | None:
        """The first group of actors of the clause that ends before ``before``
        (past an opening "According to X," or "To counter X,")."""
        k = before - 1
        while k >= 0 and (s.words[k] not in MARKS or s.words[k] in CLOSE_BRACKETS):
            # past a bracket inside ("The EU, leveraging its Digital Services Act (DSA), ...")
            k = (s.opening(k) if s.words[k] in CLOSE_BRACKETS else k) - 1
        skip_to = k
        if s.low(k + 1) in s.g.clause_openers:
            comma = next((j for j in range(k + 2, before) if s.words[j] == ","), None)
            if comma is not None:
                skip_to = comma
        for m in s.parties:
            if skip_to < m.start < before and m.role in ("actor", "agent"):
                prev = s.low(m.start - 1)
                if prev == "the":
                    prev = s.low(m.start - 2)
                if prev in self.acts.target_prepositions and not (
                    prev == "of" and s.low(m.start - 2) in s.g.agent_heads
                ):  # ("The Government of Guyana announced its rejection": Guyana's)
                    continue
                return [x.entity for x in s.head(s.group_of(s.headed(m)))]
        return None
