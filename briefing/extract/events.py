"""Events: who does what to whom, read from each sentence (headline included).

For every *trigger* of the act lexicon in a sentence (a verb: "banned"; a
noun: "sanctions on", "a grant to"; a phrase: "phased out"), the reader finds
the one who acts and the one acted upon from the sentence's shape:

* a verb's actor is its subject: the actors just before it, past
  auxiliaries, adverbs, times ("X on Friday banned"), an appositive or a
  relative clause ("X, which ..., banned"); a pronoun ("it said it would
  ban") stands for the speaker or the last actor of its kind; an infinitive
  or gerund takes the subject of the verb that governs it ("X moved to ban",
  "X joined Y in restricting"), and an urged act the urger ("X lobbied Y to
  exclude Z": X);
* a verb's target is the first actor after it, through the words of a noun
  phrase and the prepositions that introduce a target ("banned imports of
  equipment from Huawei"); a passive swaps them ("Meta was fined by X");
* a noun's actor is a possessive or a modifier ("Sweden's ban", "US
  sanctions"), the "by" after it, or the subject of the verb it is the object
  of ("X imposed sanctions on Y"; with "won" or "faced" that subject is the
  target and the actor follows "from");
* the act's class gives the position; negation ("will not ban") turns some
  acts into their opposite and drops the rest, reversal verbs invert the act
  they govern ("lifted the ban on X" is support), speculation, conditions
  and questions give no stance, and agreements give a stance each way.

A person acting for a government gives the stance to the person; an agency
or ministry acting gives it to itself and to its country.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..models import Entity, Stance
from ..registry import Registry
from .actors import ArticleActors, Mention, SentenceView
from .acts import ActClass, Acts, noun_lemma, verb_lemma

PARTY_TYPES = frozenset({"country", "company", "organization", "person"})
_PARTY_ROLES = frozenset({"actor", "agent", "object", "modifier"})
_MARKS = frozenset(';:—–()[]"“”')
_COORDINATORS = frozenset(
    {",", "and", "&", "or", "the", "both", "as", "well", "along", "with", "plus"}
)
_CONJUNCTIONS = frozenset({"and", "&", "or", "plus"})
_DETERMINERS = frozenset(
    "the a an its their his her this that these those such new further fresh additional".split()
)
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_PARTICLES = frozenset("out off down up back away".split())
_BE = frozenset("be is are was were been being am get gets got getting become became".split())


@dataclass
class Event:
    """An act read in one sentence: before roles become stances."""

    actors: list[str]
    targets: list[str]
    act: ActClass
    trigger: str
    sentence: int
    negated: bool = False


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int  # exclusive
    act: ActClass
    kind: str  # verb | noun | reversal
    head: int  # the token whose lemma matched
    undone: ActClass | None = None  # a reversal's act: "stopped using" undoes use


class _Sentence:
    """One sentence's tokens, parties and groups, with the reader's questions."""

    def __init__(self, view: SentenceView, reader: EventReader, headline: bool) -> None:
        self.view = view
        self.words = view.words
        self.lows = view.lows
        self.n = len(view.words)
        self.headline = headline
        self.reader = reader
        types = reader.type_of
        # the outermost party mentions ("Irish Data Protection Commission", not "Irish")
        candidates = sorted(
            (m for m in view.mentions if m.role in _PARTY_ROLES and types(m.entity) in PARTY_TYPES),
            key=lambda m: (m.start, -(m.end - m.start)),
        )
        parties: list[Mention] = []
        self.shared: dict[int, list[Mention]] = {}  # one span, several entities ("them both")
        for m in candidates:
            if parties and m.start < parties[-1].end:
                last = parties[-1]
                if (m.start, m.end) == (last.start, last.end) and m.entity != last.entity:
                    self.shared.setdefault(last.start, [last]).append(m)
                continue
            parties.append(m)
        self.parties = parties
        self.starting: dict[int, Mention] = {m.start: m for m in parties}
        self.ending: dict[int, Mention] = {m.end: m for m in parties}
        self.inside: dict[int, Mention] = {i: m for m in parties for i in range(m.start, m.end)}
        self.groups = self._groups()
        self.consumed: set[int] = set()  # tokens an earlier act has read as its part
        self._lemmas: frozenset[str] | None = None

    def low(self, i: int) -> str:
        return self.lows[i] if 0 <= i < self.n else ""

    def lemmas(self) -> frozenset[str]:
        """The noun and verb lemmas of the sentence's words (made when asked)."""
        if self._lemmas is None:
            found = {noun_lemma(w) or w for w in self.lows} | {
                verb_lemma(w) or w for w in self.lows
            }
            self._lemmas = frozenset(found)
        return self._lemmas

    def _groups(self) -> dict[int, list[Mention]]:
        """Coordinated parties ("Japan and the US", headline "Huawei, ZTE"),
        by each member's start."""
        out: dict[int, list[Mention]] = {}
        run: list[Mention] = []
        joined = False

        def close() -> None:
            members = run if (joined or len(run) == 1) else run[-1:]
            if not joined and len(run) > 1:
                for m in run[:-1]:
                    out[m.start] = [m]
            for m in members:
                out[m.start] = list(members)

        for m in self.parties:
            if m.role == "modifier" and self.modified(m) is not None:
                continue  # "Japan's NEC", "US President Joe Biden": the head stands for both
            if run:
                span = range(run[-1].end, m.start)
                bracketed = _bracketed(self.words, span)
                gap = [
                    w
                    for k, w in zip(span, self.lows[run[-1].end : m.start], strict=True)
                    if k not in bracketed
                    and (not self.words[k][:1].isupper() or w in _COORDINATORS)
                ]
                gap = gap or [w for w in self.lows[run[-1].end : m.start] if w in _COORDINATORS]
                if (
                    gap
                    and all(w in _COORDINATORS for w in gap)
                    and (any(w in _CONJUNCTIONS for w in gap) or gap == [","])
                ):
                    joined = joined or any(w in _CONJUNCTIONS for w in gap) or self.headline
                    run.append(m)
                    continue
                if not gap and run[-1].end == m.start and self.reader.type_of(m.entity) != "person":
                    run.append(m)  # "the US Commerce Department": a modifier before its head
                    continue
                close()
            run, joined = [m], False
        if run:
            close()
        return out

    def group_of(self, m: Mention) -> list[Mention]:
        group = self.groups.get(m.start, [m])
        if not self.shared:
            return group
        out: list[Mention] = []
        for member in group:
            out.extend(self.shared.get(member.start, [member]))
        return out

    def is_break(self, i: int) -> bool:
        word = self.words[i]
        return word in _MARKS or self.lows[i] in self.reader.acts.clause_breaks

    def is_list_comma(self, i: int) -> bool:
        """A comma inside a group of parties."""
        left = self.ending.get(i)
        right = self.starting.get(i + 1) or self.starting.get(i + 2)
        return bool(left and right and self.group_of(left) is self.group_of(right))

    def modified(self, m: Mention) -> Mention | None:
        """The party a modifier qualifies, if one follows within a few words."""
        for p in self.parties:
            if m.end <= p.start <= m.end + 6 and p is not m:
                if any(
                    self.words[k] in _MARKS
                    or self.lows[k] in (",", "and", "or")
                    or self.lows[k] in self.reader.acts.target_prepositions
                    or self.lows[k] in self.reader.acts.clause_breaks
                    for k in range(m.end, p.start)
                ):
                    return None
                return p
        return None

    def headed(self, m: Mention) -> Mention:
        """The party a modifier qualifies ("Chinese tech giant Huawei": Huawei),
        or the party itself."""
        if m.role == "modifier":
            return self.modified(m) or m
        return m

    def head(self, group: list[Mention]) -> list[Mention]:
        """A group's parties without modifiers of a head that follows them
        ("Chinese firm Huawei": Huawei)."""
        out = [m for m in group if not (m.role == "modifier" and self.modified(m) is not None)]
        return out or group


class EventReader:
    """Reads the events of one article's sentences."""

    def __init__(self, found: ArticleActors, registry: Registry, acts: Acts) -> None:
        self.found = found
        self.registry = registry
        self.acts = acts
        self.entities: dict[str, Entity] = found.entities
        self.last: dict[str, list[str]] = {}  # by kind: the last subject of that kind
        self.last_event: Event | None = None

    # -- entities -------------------------------------------------------------------------------
    def entity(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id) or self.registry.get(entity_id)

    def type_of(self, entity_id: str) -> str:
        entity = self.entity(entity_id)
        return entity.type if entity else ""

    # -- the article ----------------------------------------------------------------------------
    def run(self) -> list[Event]:
        events: list[Event] = []
        for number, view in enumerate(self.found.views):
            if view.text.rstrip("”\"' ").endswith("?"):
                continue  # a question asserts nothing
            sentence = _Sentence(view, self, headline=number == 0)
            made: list[Event] = []
            for trigger in self.triggers(sentence):
                if trigger.head in sentence.consumed:
                    continue
                made.extend(self.read(sentence, trigger, number))
            events.extend(made)
            self.remember(sentence, made)
        return events

    def remember(self, s: _Sentence, made: list[Event]) -> None:
        """Keep what a later "it", "they" or "the move" may stand for."""
        for m in s.parties:
            kind = self.type_of(m.entity)
            if m.role in ("actor", "agent"):
                self.last["person" if kind == "person" else "thing"] = [m.entity]
        if made:
            self.last_event = made[-1]
            self.last["thing"] = made[-1].actors[:1] or self.last.get("thing", [])
            self.last["group"] = made[-1].actors
        elif s.parties:
            firsts = [m.entity for m in s.head(s.group_of(s.parties[0]))]
            self.last["group"] = firsts

    # -- triggers -------------------------------------------------------------------------------
    def triggers(self, s: _Sentence) -> list[_Trigger]:
        out: list[_Trigger] = []
        i = 0
        while i < s.n:
            if i in s.inside:  # a name is never an act ("Sanctions Committee" aside)
                i = s.inside[i].end
                continue
            low = s.lows[i]
            if not low[:1].isalpha() or (i and s.words[i - 1] in ("-", "‐")):
                i += 1
                continue
            found = self.phrase_at(s, i) or self.word_at(s, i)
            if found is not None:
                out.append(found)
                i = found.end
                continue
            i += 1
        return out

    def phrase_at(self, s: _Sentence, i: int) -> _Trigger | None:
        acts = self.acts
        low = s.lows[i]
        lemma = verb_lemma(low) or noun_lemma(low) or low
        for table, kind in ((acts.phrases, "verb"), (acts.reversal_phrases, "reversal")):
            for first in {lemma, low}:
                for rest, cls in table.get(first, ()):
                    end = _match_rest(s, i + 1, rest)
                    if end is None and len(rest) == 1 and rest[0] in _PARTICLES:
                        # "shut Huawei out", "phase the vendor out": a party between
                        m = s.starting.get(i + 1) or s.starting.get(i + 2)
                        if m is not None and s.low(s.group_of(m)[-1].end) == rest[0]:
                            end = i + 1  # the trigger is the verb; its object follows
                    if end is not None:
                        act = acts.classes.get(cls) or acts.classes[acts.reversal_class]
                        return _Trigger(i, end, act, kind, i)
        return None

    def word_at(self, s: _Sentence, i: int) -> _Trigger | None:
        acts = self.acts
        low = s.lows[i]
        as_verb = verb_lemma(low)
        as_noun = noun_lemma(low)
        reading = _reading(s, i, as_verb, as_noun)
        if reading == "verb" and as_verb is not None:
            if as_verb in acts.reversal_verbs:
                own = acts.verbs.get(as_verb)
                act = acts.classes[own] if own else acts.classes[acts.reversal_class]
                following = s.low(i + 1)
                undone = (
                    acts.verbs.get(verb_lemma(following) or "")
                    if following.endswith("ing")
                    else None
                )
                if undone and (i + 1) not in s.inside:
                    return _Trigger(i, i + 2, act, "reversal", i, acts.classes[undone])
                return _Trigger(i, i + 1, act, "reversal", i)
            cls = acts.verbs.get(as_verb)
            if cls:
                return _Trigger(i, i + 1, acts.classes[cls], "verb", i)
        if as_noun is not None and reading != "verb":
            for before, cls in acts.compound_nouns.get(as_noun, ()):
                start = i - len(before)
                if start >= 0 and tuple(s.lows[start:i]) == before:
                    return _Trigger(start, i + 1, acts.classes[cls], "noun", i)
            cls = acts.nouns.get(as_noun)
            if cls:
                return _Trigger(i, i + 1, acts.classes[cls], "noun", i)
        return None

    # -- reading one trigger --------------------------------------------------------------------
    def read(self, s: _Sentence, t: _Trigger, number: int) -> list[Event]:
        if t.kind == "noun":
            return self.read_noun(s, t, number)
        chain = self.chain(s, t.start)
        if chain.speculative or self.speculated(s, t.start):
            return []
        act, negated = t.act, chain.negated
        passive = chain.passive or (
            s.lows[t.head].endswith(("ed", "en"))
            and s.low(t.end) == "by"
            and self.by_agent(s, t.end) is not None
        )
        if passive:
            agents = self.by_agent(s, t.end)
            patients = self.subject(s, chain.start, chain)
            if agents is None:
                used = self.barred_from(s, t)
                if used:
                    return self.events(patients, used, act, s, t, number, negated)
                owner = self.barred_owner(s, t)
                if owner:
                    return self.events(owner, patients, act, s, t, number, negated)
                return []
            return self.events(agents, patients, act, s, t, number, negated)
        if act.speaker:
            speaker = self.speaker(s, chain.start)
            faulted = self.subject(s, chain.start, chain)
            return self.events(speaker, faulted, act, s, t, number, negated)
        if (
            chain.urgee
            and (t.kind == "reversal" or (negated and act.position == "support"))
            and not (
                t.kind == "reversal" and self.object(s, t)[1] is not None and self.object(s, t)[0]
            )
        ):
            # "X called on Y to stop Z", "X urged Y not to buy": X opposes Y
            return self.events(
                chain.urged,
                chain.urgee,
                self.acts.classes[self.acts.reversal_class],
                s,
                t,
                number,
                False,
            )
        subjects = self.subject(s, chain.start, chain)
        if act.reversed:
            # "Huawei poses a threat to US security": the threatened side, or the speaker
            toward = self.after_noun(s, t.end) or self.speaker(s, chain.start)
            return self.events(toward, subjects, act, s, t, number, negated)
        if act.mutual and passive is False and self.plural_object(s, t.end):
            act = ActClass(act.name, act.position, act.label, False, act.negated)
        if act.mutual and self.agrees_to_act(s, t.end):
            return []  # "X and Y agreed to join Z": read at what they agreed to
        if act.mutual:
            targets, governed = self.partners(s, t.end), None
        else:
            targets, governed = self.object(s, t)
        governed = t.undone or governed
        if t.kind == "reversal" and governed is None and act.name != self.acts.reversal_class:
            pass  # "remove the vendor's kit": the verb's own act
        elif t.kind == "reversal":
            if governed is None and targets and not self.direct_object(s, t.end, targets):
                return []  # "ending speculation that the vendor ...": no act undone
            if governed is None and not targets:
                return []
            if governed is not None:
                inverse = _inverse(governed)
                if inverse is None:
                    return []
                act = inverse
        elif governed is not None and act.position == "undecided":
            # "weighing additional sanctions against Russia": undecided toward Russia
            noun_at = self.next_act_noun(s, t.end)
            if noun_at is None:
                return []
            s.consumed.add(noun_at)
            targets = self.after_noun(s, noun_at + 1) or self.compound_target(s, noun_at)
            return self.events(subjects, targets, act, s, t, number, negated)
        elif governed is not None:
            if act.reactive:
                # "challenged a fine imposed by X", "condemned Y's sanctions": the act's author
                author = self.author_of_next_act(s, t)
                return self.events(subjects, author, act, s, t, number, negated)
            return []  # "approved sanctions on X": the noun's act, read at the noun
        if act.position == "undecided" and targets:
            matter_end = max(m.end for m in s.parties if m.entity in targets)
            s.consumed.update(range(t.end, matter_end))  # "yet to decide on allowing X"
        if act.position == "oppose" and not act.reactive:
            barred = self.barred_complement(s, t)
            if barred:
                targets = barred
        if targets and act.name == "buy" and not self.bought_from(s, t, targets):
            targets = []  # "bought Mellanox": an acquisition, not a supplier chosen
        if targets and act.name in ("remove", "choose"):
            other = self.contrast(s, t, targets)
            if other:
                # "replace B with A": against B, for A; "chose A over B": for A, against B
                flip = self.acts.classes["choose" if act.name == "remove" else "remove"]
                return self.events(subjects, targets, act, s, t, number, negated) + self.events(
                    subjects, other, flip, s, t, number, negated
                )
        if (
            not targets
            and len(subjects) > 1
            and _has_phrase(
                s.lows[t.end : t.end + 4],
                (("each", "other"), ("one", "another"), ("each", "other's")),
            )
        ):
            mutual = ActClass(act.name, act.position, act.label, True, act.negated)
            return self.events(subjects, [], mutual, s, t, number, negated)
        if not targets and act.name in ("threaten", "warn", "compete", "sanction", "tariff"):
            targets = self.conditioned(s, t.end)
        if not targets and self.last_event is not None and self.refers_to_act(s, t.end):
            # "Beijing protested the move": toward its author; "Trump backed the
            # decision": the decision's own stance
            last = self.last_event
            if act.position == "support" and last.act.position == "oppose" and not act.mutual:
                return self.events(subjects, last.targets, last.act, s, t, number, negated)
            targets = list(last.actors)
        return self.events(subjects, targets, act, s, t, number, negated)

    def read_noun(self, s: _Sentence, t: _Trigger, number: int) -> list[Event]:
        acts = self.acts
        if t.act.name == "list":
            return self.read_listing(s, t, number)
        # what governs the noun: "imposed sanctions", "won a grant", "faces a fine",
        # "hit Uber with a fine", "seeks 68 bln won of fines"
        k, between = self.governor_of(s, t.start)
        governor = verb_lemma(s.low(k)) if k >= 0 else None
        possessive = self.possessor(s, t.start)
        after = self.after_noun(s, t.end)
        by = self.by_agent(s, t.end, participle=True)
        if governor in acts.receive_verbs and t.act.mutual and self.from_agent(s, t.end):
            chain = self.chain(s, k)  # "Ericsson won a deal from China Telecom": chosen
            chooser = self.from_agent(s, t.end)
            winners = self.subject(s, chain.start, chain)
            return self.events(
                chooser, winners, acts.classes["choose"], s, t, number, chain.negated
            )
        if governor in acts.receive_verbs and not t.act.mutual:
            chain = self.chain(s, k)
            if chain.speculative:
                return []
            source = self.from_agent(s, t.end) or by or self.possessor(s, t.start)
            if not source:
                return []
            receivers = self.subject(s, chain.start, chain)
            return self.events(source, receivers, t.act, s, t, number, chain.negated)
        if governor in acts.reversal_verbs and governor not in acts.light_verbs:
            return []  # read at the reversal verb
        if any(s.low(j) in acts.speculative_modifiers for j in range(max(0, t.start - 3), t.start)):
            return []  # "Huawei's proposed carrier deals", "a possible ban": not done
        agents: list[str] = []
        negated = False
        if possessive:
            agents = possessive
        elif by:
            agents = by
        elif governor is not None and (governor in acts.light_verbs or governor in acts.verbs):
            chain = self.chain(s, k)
            if chain.speculative:
                return []
            negated = chain.negated
            agents = self.subject(s, chain.start, chain)
        if not agents and s.low(t.start - 1) in ("in", "under") and t.act.mutual:
            # "build a network in partnership with X": the one who builds
            verb = self.governing_verb(s, t.start - 1)
            if verb is not None:
                chain = self.chain(s, verb)
                agents = self.subject(s, chain.start, chain)
        if t.act.mutual and "between" in s.lows[t.end : t.end + 3]:
            pair = self.partners(s, t.end)
            if len(pair) > 1:  # "an agreement between the EU and the US"
                return self.events(pair, [], t.act, s, t, number, negated)
        if not agents:
            return []
        if negated:
            return []  # "will not take measures against X": nothing done, nothing shown
        targets = self.partners(s, t.end) if t.act.mutual else between or after
        if t.act.name == "buy" and targets and not self.bought_from(s, t, targets):
            return []  # "its purchase of Mellanox": an acquisition
        if not targets and not t.act.mutual:
            targets = self.compound_target(s, t.start)  # "a limited TikTok ban"
        return self.events(agents, targets, t.act, s, t, number, negated)

    def compound_target(self, s: _Sentence, start: int) -> list[str]:
        """A company named just before an act noun is what the act is about:
        "a TikTok ban", "the Huawei sanctions"."""
        k = start - 1
        if k in s.inside:
            m = s.inside[k]
            if self.type_of(m.entity) == "company" and s.low(m.end) not in _POSSESSIVE:
                return [m.entity]
        return []

    def governor_of(self, s: _Sentence, start: int) -> tuple[int, list[str]]:
        """The index of the verb an act noun at ``start`` is the object of (-1:
        none), and a party between them ("hit Uber with a fine": Uber)."""
        acts = self.acts
        between: list[str] = []
        k = start - 1
        steps = 0
        while k >= 0 and steps < 8:
            word, low = s.words[k], s.lows[k]
            if not _is_modifier_word(s, k):
                steps += 1
            if word in (")", "]"):
                k = _opening(s, k) - 1
                continue
            if word in ("“", "”", '"', "‘", "’", "-", "‐"):
                k -= 1
                continue
            if word in _MARKS or word == ",":
                return -1, between
            if k in s.inside:
                m = s.inside[k]
                if between or m.role == "modifier" or s.low(m.end) in _POSSESSIVE:
                    return -1, between  # "Sweden's ban": the possessive decides
                between = [x.entity for x in s.head(s.group_of(m))]
                k = m.start - 1
                continue
            lemma = verb_lemma(low)
            if (
                lemma is not None
                and (
                    lemma in acts.light_verbs
                    or lemma in acts.verbs
                    or lemma in acts.receive_verbs
                    or lemma in acts.reversal_verbs
                )
                and _reading(s, k, lemma, noun_lemma(low)) != "noun"
            ):
                return k, between
            if (
                low in _DETERMINERS
                or low in ("of", "with", "in")
                or _is_modifier_word(s, k)
                or (lemma is None and low.isalpha())
            ):
                k -= 1
                continue
            return -1, between
        return -1, between

    def read_listing(self, s: _Sentence, t: _Trigger, number: int) -> list[Event]:
        """ "X added Y to its entity list", "Y was put on the list by X", "Y is
        on X's blacklist", "Y's inclusion on the US blacklist"."""
        k = t.start - 1
        owner: list[str] = []
        while k >= 0 and (
            s.lows[k] in _DETERMINERS
            or s.lows[k] in ("to", "on", "onto", "in")
            or s.words[k] in ("“", "‘", '"', "'")
            or k in s.inside
            or s.lows[k] in _POSSESSIVE
            or _is_modifier_word(s, k)
        ):
            if k in s.inside and not owner:
                owner = [s.inside[k].entity]
            if s.lows[k] in ("to", "on", "onto", "in"):
                k -= 1
                break
            k -= 1
        # the verb that adds: the listed parties sit between it and the list
        verb_at = None
        for j in range(k, max(-1, k - 14), -1):
            if j in s.inside:
                continue
            lemma = verb_lemma(s.lows[j])
            if lemma in ("add", "put", "place", "include", "list", "name", "blacklist", "keep"):
                verb_at = j
                break
            if lemma == "be" or noun_lemma(s.lows[j]) in ("inclusion", "addition", "placement"):
                # "Y is on X's list", "Y's inclusion on X's list"
                on_list = self.possessor(s, j) if lemma != "be" else self.subject(s, j)
                return self.events(owner, on_list, t.act, s, t, number, False)
            if s.is_break(j):
                break
        if verb_at is None:
            return []
        listed: list[str] = []
        for m in s.parties:
            if verb_at < m.start < t.start and m.entity not in owner:
                listed.extend(x.entity for x in s.head(s.group_of(m)) if x.entity not in listed)
        chain = self.chain(s, verb_at)
        if chain.speculative:
            return []
        if chain.passive:
            agents = self.by_agent(s, t.end) or owner
            listed = self.subject(s, chain.start, chain)
        else:
            agents = self.subject(s, chain.start, chain) or owner
        return self.events(agents, listed, t.act, s, t, number, chain.negated)

    # -- roles ----------------------------------------------------------------------------------
    def chain(self, s: _Sentence, start: int) -> _Chain:
        """The verb group before ``start``: auxiliaries, adverbs, negation,
        modals, "to" and the verbs that hand down their subject."""
        acts = self.acts
        chain = _Chain(start)
        k = start - 1
        while k >= 0:
            low = s.lows[k]
            if k in s.inside:
                break
            if low in acts.negators and not _has_phrase(s.lows[k : k + 2], acts.affirming_phrases):
                chain.negated = True
            elif low in acts.speculative:
                chain.speculative = True
            elif low in _BE and k == start - 1 and s.lows[start].endswith(("ed", "en")):
                chain.passive = True
            elif low in acts.auxiliaries or low in acts.adverbs or low.endswith("ly"):
                pass
            elif low == "to":
                chain.infinitive = True
                # "X urged Y to ban", "pressure from X to ban": the urger acts
                urger = self.urger(s, k)
                if urger is not None:
                    if s.low(k - 1) in acts.negators:
                        chain.negated = True  # "urged their firms not to use X"
                    chain.urged = urger
                    urged = s.ending.get(k)
                    if urged is not None:
                        chain.urgee = [m.entity for m in s.head(s.group_of(urged))]
                    chain.start = k
                    return chain
            elif low in ("of", "for") and (s.lows[start].endswith("ing") or chain.gerund):
                doer = s.ending.get(k)
                chain.urged = [m.entity for m in s.head(s.group_of(doer))] if doer else []
                chain.start = k
                before = s.group_of(doer)[0].start - 1 if doer else k - 1
                alleged = verb_lemma(s.low(before)) in self.acts.alleging_verbs
                chain.speculative = chain.speculative or alleged  # "accused X of hacking Y"
                return chain
            elif low == "in" and s.lows[start].endswith("ing"):
                # "X joined Y in restricting": both X and Y act
                joined = self.joined(s, k)
                if joined is not None:
                    chain.urged = joined
                    chain.start = k
                    return chain
                break
            elif low in acts.time_words or low.isdigit():
                pass
            else:
                lemma = verb_lemma(low)
                if lemma in acts.negating_verbs and chain.infinitive:
                    chain.negated = True
                elif lemma in acts.control_verbs and (chain.infinitive or low in acts.auxiliaries):
                    pass
                elif lemma in acts.control_verbs and s.lows[start].endswith("ing"):
                    pass  # "stopped buying", "began restricting"
                elif lemma in acts.control_verbs and chain.infinitive and low.endswith("ing"):
                    chain.gerund = True  # "of attempting to destabilise"
                else:
                    break
            k -= 1
        chain.start = k + 1
        # phrases of negation and speculation anywhere in the chain
        words = s.lows[chain.start : start]
        if _has_phrase(words, acts.negating_phrases):
            chain.negated = True
        if _has_phrase(s.lows[max(0, chain.start - 2) : start], acts.speculative_phrases):
            chain.speculative = True
        # a condition or a question opens the clause: "if X banned Y", "whether to ban"
        k = chain.start - 1
        while k >= 0 and not s.is_break(k) and s.words[k] != ",":
            k -= 1
        if k >= 0 and s.lows[k] in ("if", "unless", "whether"):
            chain.speculative = True
        return chain

    def plural_object(self, s: _Sentence, end: int) -> bool:
        """Whether an agreement verb's object is plural ("signed contracts"):
        each side signs its own, not one with the other."""
        i = end
        while i < s.n and (s.lows[i] in _DETERMINERS or _is_modifier_word(s, i)):
            i += 1
        low = s.low(i)
        noun = noun_lemma(low)
        return bool(noun) and low != noun and low.endswith("s") and noun in self.acts.nouns

    def speculated(self, s: _Sentence, start: int) -> bool:
        """Whether a speculative word stands between the act and the party
        before it in its clause ("Germany and France have been tipped to be
        taking steps to limit")."""
        for k in range(start - 1, max(-1, start - 14), -1):
            if k in s.inside or s.words[k] in _MARKS or s.words[k] == ",":
                return False
            if s.lows[k] in self.acts.speculative:
                return True
        return False

    def urger(self, s: _Sentence, to: int) -> list[str] | None:
        """The actor who urges at ``to`` ("X urged Y to", "pressure from X to",
        "X's decision to"), or None."""
        acts = self.acts
        k = to - 1
        urged = s.ending.get(to)
        if urged is not None:
            group = s.group_of(urged)
            k = group[0].start - 1
            if s.low(k) == "the":
                k -= 1
            lemma = verb_lemma(s.low(k))
            if s.low(k) == "on" and verb_lemma(s.low(k - 1)) == "call":
                k -= 1
                lemma = "call"
            if lemma in acts.urge_verbs and lemma != "order" or lemma == "order":
                chain = self.chain(s, k)
                subjects = self.subject(s, chain.start, chain)
                return subjects or []
            if s.low(k) == "from" and noun_lemma(s.low(k - 1)) in acts.urge_nouns:
                return [m.entity for m in s.head(group)]
            return None
        # "urging allies to exclude", "pressed governments to": an unnamed urgee
        j = k
        while (
            j >= 0 and j > k - 4 and j not in s.inside and not s.is_break(j) and s.words[j] != ","
        ):
            lemma = verb_lemma(s.lows[j])
            if lemma in acts.urge_verbs and j < k:
                chain = self.chain(s, j)
                return self.subject(s, chain.start, chain) or []
            j -= 1
        # "X's decision to ban", "the move by X to ban"
        noun = noun_lemma(s.low(k))
        if (
            noun in acts.act_references
            or noun in acts.urge_nouns
            or noun in {"bid", "effort", "attempt", "plan", "vote"}
        ):
            owner = self.possessor(s, k)
            if owner:
                return owner
        return None

    def joined(self, s: _Sentence, at_in: int) -> list[str] | None:
        """ "X joined Y in restricting": X and Y."""
        joined_group = s.ending.get(at_in) or (
            s.ending.get(at_in - 1) if s.low(at_in - 1) == "," else None
        )
        if joined_group is None:
            return None
        group = s.group_of(joined_group)
        k = group[0].start - 1
        if s.low(k) == "the":
            k -= 1
        # "follow other countries, including the UK, in": past an unnamed leader
        j = k
        while j > k - 6 and j >= 0 and verb_lemma(s.low(j)) not in self.acts.joining_verbs:
            if s.words[j] in _MARKS:
                return None
            j -= 1
        if j < 0 or verb_lemma(s.low(j)) not in self.acts.joining_verbs:
            return None
        chain = self.chain(s, j)
        joined = [m.entity for m in s.head(group)]
        if chain.negated or chain.speculative:
            return joined  # "Germany opted not to follow the UK in banning": the UK bans
        return self.subject(s, chain.start, chain) + joined

    def subject(self, s: _Sentence, start: int, chain: _Chain | None = None) -> list[str]:
        """Who does the verb whose group begins at ``start``."""
        if chain is not None and chain.urged is not None:
            return chain.urged
        k = start - 1
        if s.low(start) == "to" and k >= 0 and k not in s.inside and s.words[k] not in _MARKS:
            # "Seoul called in a Japanese diplomat to protest": Seoul protests
            governor = self.governing_verb(s, start)
            if governor is not None:
                chain = self.chain(s, governor)
                return self.subject(s, chain.start, chain)
        if s.low(start) == "to" and (start == 0 or s.words[start - 1] in _MARKS):
            comma = next((j for j in range(start + 1, s.n) if s.words[j] == ","), None)
            if comma is not None:
                m = s.starting.get(comma + 1) or s.starting.get(comma + 2)
                if m is not None:
                    return [x.entity for x in s.head(s.group_of(m))]
        steps = 0
        while k >= 0 and steps < 24:
            steps += 1
            word, low = s.words[k], s.lows[k]
            if word in (")", "]"):
                k = _opening(s, k) - 1  # "the Data Protection Commission (DPC) in Ireland has"
                continue
            if word in ("—", "–") and k == start - 1 - (
                1 if s.low(k + 1) in self.acts.auxiliaries else 0
            ):
                inner = [j for j in range(k - 1, max(-1, k - 16), -1) if j in s.inside]
                if inner and any(s.words[j] in ("—", "–") for j in range(inner[-1], k)):
                    m = s.inside[inner[0]]
                    return [x.entity for x in s.head(s.group_of(m))]
                break
            if word in _MARKS:
                break
            if k in s.inside:
                m = s.inside[k]
                if m.role == "locative" or self.in_phrase(s, m):
                    k = m.start - 1
                    continue
                return [x.entity for x in s.head(s.group_of(s.headed(m)))]
            if low in self.acts.pronouns and low not in ("its", "their", "his", "her", "our"):
                return self.pronoun(s, k)
            if low in ("which", "who", "that"):
                j = k - 1
                if s.low(j) == ",":
                    j -= 1
                if j >= 0 and j in s.inside:
                    m = s.inside[j]
                    return [x.entity for x in s.head(s.group_of(m))]
                if low == "that":
                    break  # "said that ...": the clause has no subject before here
                return []
            if low == ",":
                # past an appositive or a relative clause: "X, the regulator, banned"
                j = k - 1
                while j >= 0 and j > k - 16 and s.words[j] != "," and s.words[j] not in _MARKS:
                    j -= 1
                if j >= 1 and s.words[j] == "," and (j - 1) in s.inside:
                    return [x.entity for x in s.head(s.group_of(s.inside[j - 1]))]
                # a participial or prepositional opening: "According to X, Y banned" has Y
                return self.leading(s, k) or []
            if low in ("and", "but") and (k - 1) not in s.inside:
                previous = self.governing_verb(s, k + 1)
                if previous is not None:
                    chain = self.chain(s, previous)
                    return self.subject(s, chain.start, chain)
                lead = self.leading(s, k)
                return lead or []
            if low in (
                "because",
                "while",
                "after",
                "although",
                "since",
                "when",
                "whereas",
                "unless",
                "before",
                "by",
                "without",
                "despite",
            ):
                if s.lows[start].endswith("ing") and k == start - 1:
                    # "X did Y after banning Z": X; "After banning Z, X did Y": X
                    main = self.leading(s, k)
                    if main:
                        return main
                    comma = next((j for j in range(start, s.n) if s.words[j] == ","), None)
                    if comma is not None:
                        m = s.starting.get(comma + 1) or s.starting.get(comma + 2)
                        if m is not None:
                            return [x.entity for x in s.head(s.group_of(m))]
                break
            k -= 1
        # a clause that opens with "the move", "the project": the last act's actors
        first = k + 1
        while s.low(first) in _DETERMINERS:
            first += 1
        if (
            first < start
            and noun_lemma(s.low(first)) in self.acts.act_references
            and self.last_event
        ):
            return list(self.last_event.actors)
        return []

    def governing_verb(self, s: _Sentence, before: int) -> int | None:
        """The nearest verb before ``before`` in its clause, past its object
        ("called in a Japanese diplomat to"), or None."""
        for k in range(before - 1, max(-1, before - 12), -1):
            if s.words[k] in _MARKS or s.words[k] == ",":
                return None
            if k in s.inside:
                continue
            low = s.lows[k]
            lemma = verb_lemma(low)
            if lemma is None or low in self.acts.auxiliaries or low in _DETERMINERS:
                continue
            if (
                low.endswith(("ed", "s"))
                and low != lemma
                or low in self.acts.speech_verbs
                or (_reading(s, k, lemma, noun_lemma(low)) == "verb" and not low.endswith("ing"))
            ):
                return k
        return None

    def in_phrase(self, s: _Sentence, m: Mention) -> bool:
        """Whether a party sits in a prepositional or participial phrase
        ("in Ireland", "benefiting Taiwan's ally"): not a subject."""
        k = m.start - 1
        if s.low(k) == "the":
            k -= 1
        before = s.low(k)
        if before in self.acts.target_prepositions or before in (
            "including",
            "like",
            "than",
            "via",
            "across",
            "within",
            "under",
            "during",
            "amid",
            "despite",
            "per",
            "except",
            "besides",
            "beyond",
            "near",
            "outside",
        ):
            return True
        if before == "as" and s.low(k - 1) == "such":
            return True  # "partners such as X"
        return before.endswith("ing") and verb_lemma(before) is not None and k not in s.inside

    def leading(self, s: _Sentence, before: int) -> list[str] | None:
        """The first group of actors of the clause that ends before ``before``
        (past an opening "According to X," or "To counter X,")."""
        k = before - 1
        while k >= 0 and s.words[k] not in _MARKS:
            k -= 1
        skip_to = k
        if s.low(k + 1) in (
            "according",
            "to",
            "after",
            "before",
            "as",
            "in",
            "with",
            "despite",
            "amid",
        ):
            comma = next((j for j in range(k + 2, before) if s.words[j] == ","), None)
            if comma is not None:
                skip_to = comma
        for m in s.parties:
            if skip_to < m.start < before and m.role in ("actor", "agent"):
                prev = s.low(m.start - 1)
                if prev == "the":
                    prev = s.low(m.start - 2)
                if prev in self.acts.target_prepositions:
                    continue
                return [x.entity for x in s.head(s.group_of(m))]
        return None

    def pronoun(self, s: _Sentence, k: int) -> list[str]:
        kind = self.acts.pronouns[s.lows[k]]
        # "X said it would", "X confirmed at the meeting that they would": the speaker
        reach = 10 if s.low(k - 1) == "that" else 3
        for j in range(k - 1, max(-1, k - reach), -1):
            if j in s.inside or s.words[j] in _MARKS:
                break
            if verb_lemma(s.lows[j]) in self.acts.speech_verbs and s.lows[j] not in ("that",):
                chain = self.chain(s, j)
                speaker = self.subject(s, chain.start, chain)
                if speaker:
                    return speaker
                # "..., X said": a speaker after the verb
                after = s.starting.get(j + 1)
                if after is not None:
                    return [after.entity]
                break
        if kind == "speaker":
            return self.quote_speaker(s)
        if kind in ("group", "thing"):
            # the subject of the sentence, when it comes before the pronoun
            lead = self.leading(s, k)
            if lead and (kind == "thing" or len(lead) > 1):
                return lead
        if kind == "person":
            return self.last.get("person", [])
        if kind == "group":
            return self.last.get("group", []) or self.last.get("thing", [])
        return self.last.get("thing", [])

    def object(
        self, s: _Sentence, t: _Trigger, skip_brackets: bool = False
    ) -> tuple[list[str], ActClass | None]:
        """(``skip_brackets``: a barred complement's reach, through the acts
        it chains: "from using money to purchase equipment from X")"""
        """The parties acted upon after a verb, and the act of an act noun met
        on the way ("lifted the ban on X": the ban)."""
        acts = self.acts
        limit = min(s.n, t.end + (16 if t.kind == "reversal" or skip_brackets else 12))
        governed: ActClass | None = None
        i = t.end
        if s.low(i) in _PARTICLES:
            i += 1
        while i < limit:
            low = s.lows[i]
            if s.words[i] in ("(", "["):
                closing = _closing(s, i)
                limit = min(s.n, limit + closing - i + 1)
                i = closing + 1
                continue
            if low == "against" and t.act.position == "support":
                break  # "defend themselves against Iran": not the one supported
            if low[:1].isdigit() or low[:1] in "$€£¥" or low in ("million", "billion", "bn", "m"):
                limit = min(s.n, limit + 1)  # an amount does not use up the reach
            if i in s.starting:
                m = s.starting[i]
                if (
                    m.role == "locative"
                    and t.act.name != "invest"
                    and not (
                        s.low(i - 1) == "at" or (s.low(i - 1) == "the" and s.low(i - 2) == "at")
                    )
                ):
                    i = m.end
                    continue
                m = s.headed(m)  # "Chinese tech giant Huawei": Huawei
                group = s.head(s.group_of(m))
                after = group[-1].end
                noun = noun_lemma(s.low(after))
                if (
                    noun is not None
                    and (noun in acts.nouns or noun in acts.compound_nouns)
                    and (after not in s.inside)
                ):
                    return [], acts.classes[acts.nouns.get(noun) or acts.compound_nouns[noun][0][1]]
                named = self.including(s, [x.entity for x in group])
                if named != [x.entity for x in group]:
                    return named, governed
                destination = (
                    self.destination(s, group[-1].end, limit)
                    if s.low(group[-1].end) not in self.acts.envoy_nouns
                    else []
                )
                if destination:  # "Nvidia chip sales to China": China
                    return destination, governed
                return [x.entity for x in group], governed
            if i in s.inside:
                i += 1
                continue
            if low in ("them", "him", "her", "us", "themselves", "itself", "himself", "herself"):
                break  # "to help them defend themselves": the object is a pronoun
            if (
                low == "to"
                and i > t.end
                and _is_bare_verb(s, i + 1)
                and not skip_brackets
                and t.act.position != "undecided"
            ):
                break  # "grant the application seeking to connect X": another act
            if s.words[i] in _MARKS:
                break
            if (
                low in acts.clause_breaks
                and not (low in ("that", "which") and t.kind == "reversal" and governed is not None)
                and low not in ("and", "after", "before")
                and not (low == "as" and s.low(i + 1) == "well")
            ):
                break
            if low.endswith("ing") and s.low(i - 1) in ("of", "for", "by") and i > t.end:
                break  # "accused the firms of allowing X": another act, its own target
            if low == "and" and i > t.end and not self.continues_object(s, i):
                break
            if low in acts.auxiliaries and low not in ("be", "being", "been", "get", "getting"):
                break  # "considering this is the home market of X": another clause
            if low == "," and not s.is_list_comma(i):
                break
            if governed is None and low[:1].isalpha():
                noun = noun_lemma(low)
                if noun is not None and _reading(s, i, verb_lemma(low), noun) != "verb":
                    cls = acts.nouns.get(noun)
                    if cls is None:
                        for before, c in acts.compound_nouns.get(noun, ()):
                            if tuple(s.lows[i - len(before) : i]) == before:
                                cls = c
                                break
                    if cls is not None:
                        governed = acts.classes[cls]
                        if t.kind != "reversal":
                            return [], governed
            i += 1
        return [], governed

    def barred_complement(self, s: _Sentence, t: _Trigger) -> list[str]:
        """ "prohibits carriers from using money to buy from Z": Z, the one the
        barred act would have favoured; those acts are read no further."""
        for i in range(t.end, min(s.n, t.end + 6)):
            if s.lows[i] == "from" and s.low(i + 1).endswith("ing") and (i + 1) not in s.inside:
                gerund = _Trigger(i + 1, i + 2, t.act, "verb", i + 1)
                targets, _ = self.object(s, gerund, skip_brackets=True)
                if targets:
                    last = max(m.end for m in s.parties if m.entity in targets)
                    s.consumed.update(range(i + 1, last))
                return targets
            if s.words[i] in _MARKS or s.lows[i] in self.acts.clause_breaks:
                return []
        return []

    def bought_from(self, s: _Sentence, t: _Trigger, targets: list[str]) -> bool:
        """Whether a purchase's target is its seller: after "from", or the
        maker of goods ("Russian oil", "Huawei equipment")."""
        for m in s.parties:
            if m.entity in targets and m.start >= t.end:
                if s.low(m.start - 1) == "from" or (
                    s.low(m.start - 1) == "the" and s.low(m.start - 2) == "from"
                ):
                    return True
                nxt = s.low(m.end)
                return m.role in ("object", "modifier") or (
                    bool(nxt)
                    and nxt.isalpha()
                    and (m.end) not in s.inside
                    and nxt not in _DETERMINERS
                    and verb_lemma(nxt) in (None, noun_lemma(nxt))
                )
        return False

    def conditioned(self, s: _Sentence, end: int) -> list[str]:
        """The party whose act a threat depends on: "threatened to retaliate if
        the United States goes ahead"."""
        for i in range(end, min(s.n, end + 10)):
            if s.lows[i] in ("if", "unless", "should"):
                m = s.starting.get(i + 1) or s.starting.get(i + 2)
                if m is not None:
                    return [x.entity for x in s.head(s.group_of(s.headed(m)))]
                return []
            if s.words[i] in _MARKS or i in s.inside:
                return []
        return []

    def contrast(self, s: _Sentence, t: _Trigger, targets: list[str]) -> list[str]:
        """The other side of a replacement or a choice: "with"/"by" after a
        replaced party, "over"/"rather than"/"instead of" after a chosen one."""
        last = max(m.end for m in s.parties if m.entity in targets)
        words = ("with", "by") if t.act.name == "remove" else ("over", "than", "of")
        for i in range(last, min(s.n, last + 8)):
            if s.lows[i] in words:
                for j in range(i + 1, min(s.n, i + 8)):
                    if j in s.starting:
                        m = s.headed(s.starting[j])
                        return [x.entity for x in s.head(s.group_of(m)) if x.entity not in targets]
                    if s.words[j] in _MARKS or s.lows[j] in self.acts.clause_breaks:
                        break
                return []
            if s.words[i] in _MARKS or s.lows[i] in self.acts.clause_breaks:
                break
        return []

    def barred_owner(self, s: _Sentence, t: _Trigger) -> list[str]:
        """ "was banned from involvement in Australia's network": Australia,
        whose network the ban keeps the subject out of."""
        if t.act.position != "oppose" or s.low(t.end) != "from":
            return []
        for i in range(t.end + 1, min(s.n, t.end + 7)):
            if i in s.inside and s.low(s.inside[i].end) in _POSSESSIVE:
                m = s.inside[i]
                if self.type_of(m.entity) in ("country", "organization"):
                    return [m.entity]
            if s.words[i] in _MARKS or s.lows[i] in self.acts.clause_breaks:
                break
        return []

    def barred_from(self, s: _Sentence, t: _Trigger) -> list[str]:
        """ "were banned from using X": X (what a ban turns its subject from)."""
        if t.act.position != "oppose" or s.low(t.end) != "from":
            return []
        gerund = s.low(t.end + 1)
        if not gerund.endswith("ing"):
            return []
        as_trigger = _Trigger(t.end + 1, t.end + 2, t.act, "verb", t.end + 1)
        targets, _ = self.object(s, as_trigger)
        return targets

    def also_on(self, s: _Sentence, end: int, preposition: str) -> list[str]:
        """ "on Google and 20.5 billion won on Apple": the later targets."""
        if s.low(end) != "and":
            return []
        for i in range(end + 1, min(s.n, end + 7)):
            if s.lows[i] == preposition and (i + 1) in s.starting:
                m = s.headed(s.starting[i + 1])
                return [x.entity for x in s.head(s.group_of(m))]
            if not _is_modifier_word(s, i) and s.lows[i] not in _DETERMINERS:
                return []
        return []

    def including(self, s: _Sentence, targets: list[str]) -> list[str]:
        """Targets named after a nationality: "59 Chinese apps, including TikTok
        and WeChat" are TikTok and WeChat."""
        ends = [m for m in s.parties if m.entity in targets]
        if not ends or any(self.type_of(e) != "country" for e in targets):
            return targets
        for i in range(max(m.end for m in ends), min(s.n, max(m.end for m in ends) + 8)):
            if s.lows[i] in ("including", "like", "notably", "namely"):
                m = s.starting.get(i + 1) or s.starting.get(i + 2) or s.starting.get(i + 3)
                if m is not None:
                    return [x.entity for x in s.head(s.group_of(s.headed(m)))]
                return targets
            if s.words[i] in _MARKS or (i in s.inside and s.inside[i].entity not in targets):
                return targets
        return targets

    def destination(self, s: _Sentence, end: int, limit: int) -> list[str]:
        """After a party used as a modifier ("Nvidia H20 chip sales to China"),
        the party the goods go to or come from."""
        i = end
        if i >= s.n or i in s.inside or s.lows[i] in _POSSESSIVE or not s.lows[i].isalnum():
            return []
        if s.lows[i] in self.acts.target_prepositions or s.lows[i] in self.acts.clause_breaks:
            return []
        while i < limit and i not in s.inside:
            low = s.lows[i]
            if low.endswith("ing") and verb_lemma(low) not in (None, low):
                return []  # "Chinese firms supplying parts to Iran": not goods to Iran
            if low in ("to", "from", "into") and (i + 1 in s.starting or i + 2 in s.starting):
                m = s.starting.get(i + 1) or s.starting[i + 2]
                return [x.entity for x in s.head(s.group_of(m))]
            if (
                s.words[i] in _MARKS
                or low in self.acts.clause_breaks
                or low in self.acts.auxiliaries
            ):
                return []
            i += 1
        return []

    def partners(self, s: _Sentence, end: int) -> list[str]:
        """The other side of an agreement: the party after "with" or "between"."""
        for i in range(end, min(s.n, end + 10)):
            low = s.lows[i]
            if low in ("with", "between", "among"):
                j = i + 1
                while j not in s.starting and s.low(j) in _DETERMINERS:
                    j += 1
                m = s.starting.get(j)
                if m is not None:
                    group = s.head(s.group_of(s.headed(m)))
                    after = s.low(group[-1].end)
                    if after.endswith("ing") and verb_lemma(after) not in (None, after):
                        return []  # "with the US and Australia ramping up support": a clause
                    return [x.entity for x in group]
            if s.words[i] in _MARKS or (low in self.acts.clause_breaks and low != "and"):
                break
        return []

    def continues_object(self, s: _Sentence, i: int) -> bool:
        """After "and": more of the same noun phrase ("imports and sales of")."""
        nxt = s.low(i + 1)
        if nxt in self.acts.pronouns or nxt in self.acts.auxiliaries:
            return False
        lemma = verb_lemma(nxt)
        return not (
            lemma in self.acts.verbs and nxt.endswith(("ed", "s")) and nxt not in ("sales",)
        )

    def after_noun(self, s: _Sentence, end: int) -> list[str]:
        """The target of an act noun: the party after its preposition."""
        acts = self.acts
        i = end
        limit = min(s.n, end + 9)
        seen_preposition = False
        while i < limit:
            low = s.lows[i]
            if i in s.starting:
                m = s.starting[i]
                if seen_preposition or s.low(i - 1) in acts.target_prepositions:
                    if m.role == "locative" and s.low(i - 1) == "in":
                        i = m.end
                        continue
                    found = [x.entity for x in s.head(s.group_of(s.headed(m)))]
                    return self.including(s, found + self.also_on(s, m.end, s.lows[i - 1]))
                return []
            if s.words[i] in _MARKS or (low in acts.clause_breaks and low not in ("and",)):
                break
            if low == "," and not s.is_list_comma(i):
                break
            if low in acts.target_prepositions and low != "by":
                seen_preposition = True
            elif low == "by":
                break
            elif (
                low.endswith("ing")
                and verb_lemma(low) not in (None, low)
                and i > end
                and not _is_modifier_word(s, i + 1)
            ):
                break  # "tariffs on countries buying Russian oil": the countries, unnamed
            elif low == "to" and _is_bare_verb(s, i + 1):
                break  # "warnings not to target X": another act
            i += 1
        return []

    def possessor(self, s: _Sentence, start: int) -> list[str]:
        """The party owning the noun phrase at ``start``: "Sweden's new ban",
        "US sanctions", "the EU's fine"."""
        k = start - 1
        steps = 0
        while k >= 0 and steps < 4:
            if k in s.inside:
                m = s.inside[k]
                if self.type_of(m.entity) == "company" and s.low(m.end) not in _POSSESSIVE:
                    return []  # "the FCC's Huawei replacement program": Huawei is replaced
                if m.role in ("modifier", "object", "agent", "actor"):
                    return (
                        [x.entity for x in s.head(s.group_of(m))]
                        if m.role != "modifier"
                        else [m.entity]
                    )
                return []
            low = s.lows[k]
            if low in _POSSESSIVE:
                k -= 1
                continue
            if low in ("its", "their"):
                return self.leading(s, k) or []  # "Ukraine kept up its drone assault"
            if low in _DETERMINERS or _is_modifier_word(s, k):
                k -= 1
                steps += 1
                continue
            return []
        return []

    def by_agent(self, s: _Sentence, end: int, participle: bool = False) -> list[str] | None:
        """The parties after "by" within a few words of ``end`` (past an
        amount or a short object: "fined €1.2bn by X"; with ``participle``,
        past the participle right after a noun: "a fine imposed by X")."""
        for i in range(end, min(s.n, end + 7)):
            if participle and i == end + 1:
                pass
            elif i > end and verb_lemma(s.lows[i - 1]) and s.lows[i - 1].endswith(("ed", "en")):
                return None  # "made by X": another verb's agent
            if s.lows[i] == "by":
                m = s.starting.get(i + 1) or (
                    s.starting.get(i + 2) if s.low(i + 1) == "the" else None
                )
                if m is not None:
                    return [x.entity for x in s.head(s.group_of(m))]
                return None
            if s.words[i] in _MARKS or s.lows[i] in ("which", "who", "while", "but", "because"):
                return None
        return None

    def from_agent(self, s: _Sentence, end: int) -> list[str] | None:
        for i in range(end, min(s.n, end + 7)):
            if s.lows[i] in ("from", "by"):
                m = s.starting.get(i + 1) or (
                    s.starting.get(i + 2) if s.low(i + 1) == "the" else None
                )
                if m is not None:
                    return [x.entity for x in s.head(s.group_of(m))]
            if s.words[i] in _MARKS:
                return None
        return None

    def agrees_to_act(self, s: _Sentence, end: int) -> bool:
        """Whether "to" and an act follow ``end`` ("agreed in principle to join")."""
        for i in range(end, min(s.n, end + 5)):
            if s.lows[i] == "to":
                j = i + 1
                while s.low(j) in self.acts.adverbs or s.low(j).endswith("ly"):
                    j += 1
                return j < s.n and (self.phrase_at(s, j) or self.word_at(s, j)) is not None
            if i in s.inside or s.words[i] in _MARKS:
                return False
        return False

    def direct_object(self, s: _Sentence, end: int, targets: list[str]) -> bool:
        """Whether ``targets`` follow ``end`` with only a determiner, a modifier
        or a particle between ("suspended X", "removed Chinese firm X's kit")."""
        i = end
        while i < s.n and i - end < 4:
            if i in s.inside:
                return s.inside[i].entity in targets or s.inside[i].role == "modifier"
            if not (
                s.lows[i] in _DETERMINERS or s.lows[i] in _PARTICLES or _is_modifier_word(s, i)
            ):
                return False
            i += 1
        return False

    def refers_to_act(self, s: _Sentence, end: int) -> bool:
        """Whether the object after ``end`` is "the move", "such moves", "the decision"."""
        for i in range(end, min(s.n, end + 4)):
            noun = noun_lemma(s.lows[i])
            if noun in self.acts.act_references:
                return True
            if s.lows[i] not in _DETERMINERS and s.lows[i] not in ("such", "this", "these"):
                return False
        return False

    def next_act_noun(self, s: _Sentence, end: int) -> int | None:
        """The index of the first act noun after ``end`` in its clause."""
        for i in range(end, min(s.n, end + 8)):
            if i in s.inside:
                continue
            noun = noun_lemma(s.lows[i])
            if noun is not None and (noun in self.acts.nouns or noun in self.acts.compound_nouns):
                return i
            if s.words[i] in _MARKS:
                return None
        return None

    def author_of_next_act(self, s: _Sentence, t: _Trigger) -> list[str]:
        """The author of the act noun after a reactive verb: "a fine imposed by
        X", "X's sanctions", "sanctions by X"."""
        for i in range(t.end, min(s.n, t.end + 8)):
            if i in s.inside:
                continue
            noun = noun_lemma(s.lows[i])
            if noun is not None and (noun in self.acts.nouns or noun in self.acts.compound_nouns):
                return self.possessor(s, i) or self.by_agent(s, i + 1, participle=True) or []
        return []

    def speaker(self, s: _Sentence, before: int) -> list[str]:
        """Who reports the clause before ``before``: "X said (that)", "X found
        that", or ", X said" after it."""
        for j in range(before - 1, -1, -1):
            lemma = verb_lemma(s.lows[j])
            if lemma in self.acts.speech_verbs or lemma in (
                "find",
                "rule",
                "conclude",
                "determine",
            ):
                chain = self.chain(s, j)
                return self.subject(s, chain.start, chain)
            if s.words[j] in _MARKS:
                break
        return self.quote_speaker(s)

    def quote_speaker(self, s: _Sentence) -> list[str]:
        """The speaker named after a quote: ", X said", "said X"."""
        for j in range(s.n - 1, 0, -1):
            if verb_lemma(s.lows[j]) in self.acts.speech_verbs and s.lows[j] in (
                "said",
                "says",
                "told",
                "added",
                "stated",
                "wrote",
            ):
                after = s.starting.get(j + 1)
                if after is not None:
                    return [after.entity]
                before = s.ending.get(j) or (s.inside.get(j - 1))
                if before is not None:
                    return [x.entity for x in s.head(s.group_of(before))]
        return []

    # -- events ---------------------------------------------------------------------------------
    def events(
        self,
        actors: Iterable[str] | None,
        targets: Iterable[str] | None,
        act: ActClass,
        s: _Sentence,
        t: _Trigger,
        number: int,
        negated: bool,
    ) -> list[Event]:
        actors = _unique(actors or [])
        targets = _unique(targets or [])
        if not actors:
            return []
        if act.needs and not act.needs & s.lemmas():
            return []  # "X met Y": a stance only where the sentence says they cooperate
        if not targets and not (act.mutual and len(actors) > 1):
            return []
        trigger = s.view.span_text(t.start, t.end)
        return [Event(actors, targets, act, trigger, number, negated)]


@dataclass
class _Chain:
    start: int
    negated: bool = False
    speculative: bool = False
    passive: bool = False
    infinitive: bool = False
    urged: list[str] | None = None  # who acts, when not the subject before the verb
    urgee: list[str] | None = None  # "X urged Y to": Y
    gerund: bool = False


def _reading(s: _Sentence, i: int, as_verb: str | None, as_noun: str | None) -> str:
    """Whether the word at ``i`` is read as a verb or a noun, from its neighbours."""
    if as_verb is None:
        return "noun"
    low = s.lows[i]
    prev = s.low(i - 1)
    nxt = s.low(i + 1)
    if low.endswith(("ed", "en")) and low != as_verb:
        j = i - 1
        while j >= 0 and s.lows[j].endswith("ly"):
            j -= 1
        if s.low(j) in _DETERMINERS or s.low(j) in _POSSESSIVE:
            return "adjective"  # "the US's banned list", "the newly appointed minister"
    if as_noun is None:
        return "verb"
    if (
        prev in _DETERMINERS
        or prev in _POSSESSIVE
        or prev.replace(",", "").replace(".", "").isdigit()
    ):
        return "noun"
    if prev == "to" and low == as_verb:
        return "verb"
    if prev in (
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "not",
        "n't",
        "did",
        "does",
        "do",
        "to",
        "has",
        "have",
        "had",
    ):
        return "verb"
    if low.endswith("ing") and prev in ("of", "for", "in", "by", "after", "before", "without"):
        return "verb"  # a gerund: "accused of hacking", "joined in restricting"
    if prev in ("below", "above", "among", "against", "with", "from", "of", "than", "like"):
        return "noun"  # "priced below rivals X"
    if low.endswith("ed") or low != as_verb and not low.endswith("s"):
        return "verb"
    if prev.endswith("ly") and prev not in ("only", "early", "family", "italy", "july", "supply"):
        return "verb"  # "officially lifts", "quietly bans"
    if low == as_verb and not (
        (i - 1) in s.inside
        or prev in ("i", "we", "they", "you", "and", "or", "also", "jointly")
        or prev.endswith("ly")
        or i == 0
    ):
        return "noun"  # "key rival Ericsson", "a cease order": a bare form after a modifier
    if nxt in (
        "on",
        "against",
        "to",
        "over",
        "for",
        "from",
        "of",
        "with",
        "into",
        "that",
        "between",
    ):
        return "noun"
    if (
        (i - 1) in s.inside
        and s.inside[i - 1].role in ("modifier", "object", "agent")
        and low.endswith("s")
    ):
        # "US sanctions on ...": a modifier and a plural
        return "noun" if nxt not in s.starting and (i + 1) not in s.starting else "verb"
    if (i - 1) in s.inside or prev in ("it", "they", "he", "she", "we"):
        return "verb"
    if (i + 1) in s.starting or nxt in ("the", "a", "an", "its", "their"):
        return "verb" if prev not in _DETERMINERS else "noun"
    return "noun"


def _opening(s: _Sentence, k: int) -> int:
    """The index of the bracket that opens the one closing at ``k``."""
    depth = 0
    for j in range(k, -1, -1):
        if s.words[j] in (")", "]"):
            depth += 1
        elif s.words[j] in ("(", "["):
            depth -= 1
            if depth == 0:
                return j
    return k


def _bracketed(words: list[str], span: range) -> set[int]:
    """The indices of ``span`` inside brackets, the brackets included."""
    out: set[int] = set()
    depth = 0
    for k in span:
        if words[k] in ("(", "["):
            depth += 1
        if depth:
            out.add(k)
        if words[k] in (")", "]") and depth:
            depth -= 1
    return out


def _is_bare_verb(s: _Sentence, k: int) -> bool:
    """A verb's bare form at ``k`` ("to connect"), not a name or a noun-only word."""
    low = s.low(k)
    return bool(low) and k not in s.inside and verb_lemma(low) == low and low not in ("the",)


def _closing(s: _Sentence, k: int) -> int:
    """The index of the bracket that closes the one opening at ``k``."""
    depth = 0
    for j in range(k, s.n):
        if s.words[j] in ("(", "["):
            depth += 1
        elif s.words[j] in (")", "]"):
            depth -= 1
            if depth == 0:
                return j
    return k


def _is_modifier_word(s: _Sentence, k: int) -> bool:
    """A word of a noun phrase before its head: adjectives, amounts."""
    low = s.lows[k]
    if k in s.inside:
        return False
    if (
        low[:1].isdigit()
        or low[:1] in "$€£¥"
        or low in ("million", "billion", "trillion", "bn", "m")
    ):
        return True
    if low.endswith(("al", "ive", "ic", "ary", "ous", "ful", "ial", "ed", "-level", "-scale")):
        return verb_lemma(low) is None or low.endswith(("al", "ive", "ic"))
    return low in (
        "new",
        "tough",
        "fresh",
        "further",
        "more",
        "sweeping",
        "harsh",
        "heavy",
        "steep",
        "record",
        "hefty",
        "broad",
        "strict",
        "stricter",
        "tighter",
        "major",
        "first",
        "unilateral",
        "joint",
        "trade",
        "export",
        "import",
        "chip",
        "tech",
        "technology",
        "security",
        "secondary",
        "financial",
        "economic",
        "military",
        "targeted",
    )


def _match_rest(s: _Sentence, i: int, rest: tuple[str, ...]) -> int | None:
    """Where a phrase's remaining words end when they follow at ``i``
    (determiners and lemmas allowed), or None."""
    for word in rest:
        while s.low(i) in ("a", "an", "the", "its", "their", "his", "her"):
            i += 1
        low = s.low(i)
        if not low:
            return None
        if low != word and (noun_lemma(low) or verb_lemma(low) or low) != word:
            return None
        i += 1
    return i


def _has_phrase(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    for phrase in phrases:
        size = len(phrase)
        for k in range(len(words) - size + 1):
            if tuple(words[k : k + size]) == phrase:
                return True
    return False


def _inverse(act: ActClass) -> ActClass | None:
    """What undoing ``act`` shows: lifting a ban supports, revoking a licence opposes."""
    if act.position == "oppose":
        return ActClass(f"lift-{act.name}", "support", f"lifted ({act.label})")
    if act.position == "support":
        return ActClass(f"revoke-{act.name}", "oppose", f"withdrew ({act.label})")
    return None


def _unique(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


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
            if event.act.mutual:
                pairs += [(t, a) for a, t in pairs]
        evidence = reader.found.views[event.sentence].text
        for actor, target in pairs:
            for side in _sides(actor, reader):
                if side == target or _same_side(side, target, reader):
                    continue
                made.append(
                    (
                        Stance(
                            actor=side,
                            target=target,
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
    return _one_per_pair(_without_envoys([m for m, _ in made], reader))


def _sides(actor: str, reader: EventReader) -> list[str]:
    """Who takes an actor's stance: itself, and for a ministry, an agency or
    a government official (by title, or a registry person of a government
    body) its country too."""
    entity = reader.entity(actor)
    if entity is not None and entity.type == "person":
        country = entity.country or reader.registry.country_of(entity.org)
        body = reader.entity(entity.org) if entity.org else None
        if body is not None and body.type == "company":
            return [actor, body.id]  # an executive acts for the company
        title = (entity.title or "").lower()
        official = any(w in reader.acts.government_titles for w in (title, *title.split()))
        if country and (official or (body is not None and body.type == "organization")):
            return [actor, country]
        return [actor]
    if entity is None or entity.type != "organization" or not entity.country:
        return [actor]
    home = reader.entity(entity.country)
    if home is None or home.type != "country":
        return [actor]
    return [actor, home.id]


def _same_side(a: str, b: str, reader: EventReader) -> bool:
    """An agency and its own country are one side."""
    ea, eb = reader.entity(a), reader.entity(b)
    if ea is None or eb is None:
        return False
    return (ea.type == "organization" and ea.country == b) or (
        eb.type == "organization" and eb.country == a
    )


def _without_envoys(stances: list[Stance], reader: EventReader) -> list[Stance]:
    """Drop a stance toward a person or a country that restates what the
    people's countries do ("the Secretary and the Foreign Secretary agreed"
    beside "US, UK agree"); a stance toward a company stays."""

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
        diplomatic = reader.type_of(stance.target) in ("person", "country")
        if (
            diplomatic
            and (a, t) != (stance.actor, stance.target)
            and (a, t, stance.position) in keys
        ):
            continue
        out.append(stance)
    return out


def _one_per_pair(stances: list[Stance]) -> list[Stance]:
    by_pair: dict[tuple[str, str], list[Stance]] = {}
    for stance in stances:
        by_pair.setdefault((stance.actor, stance.target), []).append(stance)
    out = []
    for group in by_pair.values():
        positions = [s.position for s in group]
        headline = [s for s in group if s.sentence == 0]
        if headline:
            chosen = headline[0].position
        else:
            chosen = max(positions, key=lambda p: (positions.count(p), -positions.index(p)))
        out.append(next(s for s in group if s.position == chosen))
    return out


def find_events(found: ArticleActors, registry: Registry, acts: Acts) -> list[Stance]:
    reader = EventReader(found, registry, acts)
    return to_stances(reader.run(), reader)
