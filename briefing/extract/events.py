"""Events: who does what to whom, read from each sentence (headline included).

For every *trigger* of the act lexicon in a sentence (a verb: "banned"; a
noun: "sanctions on", "a grant to"; a phrase: "phased out"), the reader finds
the one who acts (:mod:`.clauses`) and the one acted upon (:mod:`.objects`)
from the sentence's shape, then the position from the act's class: negation
("will not ban") turns some acts into their opposite and drops the rest,
reversal verbs invert the act they govern ("lifted the ban on X" is support),
speculation, conditions and questions give no stance, agreements give a
stance each way, and "X poses a threat to Y" is Y opposing X.
:mod:`.stances` turns the events into stances.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .actors import BULLETS, Mention
from .acts import ActClass, noun_lemma, verb_lemma
from .clauses import Chain, Clauses
from .events_model import Event, Trigger
from .objects import Objects
from .sentence import (
    CLOSE_BRACKETS,
    HYPHENS,
    MARKS,
    QUOTES,
    STOCK_CODE,
    Sentence,
    has_phrase,
    reading,
)

# what a reported gerund phrase is judged to do when no act verb says it ("using X
# is safe"): no stance
UNJUDGED = ActClass("judged", "undecided", "judged")


class EventReader(Clauses, Objects):
    """Reads the events of one article's sentences."""

    def run(self) -> list[Event]:
        events: list[Event] = []
        listing: Event | None = None  # the act a list's items are targets of
        for number, view in enumerate(self.found.views):
            if view.text.rstrip("”\"' ").endswith("?"):
                continue  # a question asserts nothing
            sentence = Sentence(view, self.g, self.acts, self.type_of, headline=number == 0)
            made: list[Event] = []
            self.made_here = made  # what a "did the same" later in the sentence repeats
            self.unnamed_here = []
            triggers = self.triggers(sentence)
            self.joint_here = any(
                t.act.name == self.acts.joint_class and t.kind == "verb" for t in triggers
            )
            self.choice_here = any(t.act.name in self.acts.choice_acts for t in triggers)
            for trigger in triggers:
                if trigger.head in sentence.consumed:
                    continue
                found = self.read(sentence, trigger, number)
                if found and self.of_interest(sentence, trigger):
                    # "expressed interest in buying drones from X": weighed, not done
                    weighing = self.acts.classes["consider"]
                    found = [replace(e, act=weighing) for e in found]
                made.extend(found)
            made.extend(self.likewise(sentence, made))
            made = self.announced_by_body(sentence, made)
            made.extend(self.headline_claim(sentence, made))
            made.extend(self.victim_claim(sentence, made))
            made.extend(self.denied_in_turn(sentence, made))
            made.extend(self.ruled_must(sentence, number, made))
            if all(e.act.mutual for e in made):
                # (a deal read as one between its parties may still be faulted: "Greece
                # said the Turkish-Libyan memorandum was void"; not praised: "a
                # landmark partnership" is no one's praise)
                judged = self.judgement(sentence, number)
                made.extend(e for e in judged if not made or e.act.position == "oppose")
            listed = self.list_item(sentence, number, listing) if not made else []
            if not listed:  # (a list goes on while its items name targets)
                listing = None if made else self.listing(sentence)
            made.extend(listed)
            events.extend(made)
            self.remember(sentence, made)
        return events

    def listing(self, s: Sentence) -> Event | None:
        """The act a line ending with a colon introduces a list of targets of
        ("The sanctions target the following individuals:"): the last event of
        the act it names, whose actors act on each item that follows."""
        if s.n < 3 or s.words[-1] != ":":
            return None
        for k in range(s.n):
            act = self.act_noun_at(s, k) if k not in s.inside else None
            if act is not None and act.position == "oppose":
                return self.last_of_act.get(act.name)
        return None

    def list_item(self, s: Sentence, number: int, listing: Event | None) -> list[Event]:
        """ "● Giorgi Gabitashvili – Prosecutor General of Georgia" after a line
        that introduces a list of an act's targets: a target of that act."""
        if listing is None or not s.n or s.words[0] not in BULLETS:
            return []
        first = s.starting.get(1)
        if first is None:
            return []
        targets = [x.entity for x in s.head(s.group_of(s.headed(first)))]
        targets = [e for e in targets if e not in listing.actors]
        if not targets:
            return []
        return [Event(list(listing.actors), targets, listing.act, listing.trigger, number)]

    def behind(
        self, s: Sentence, t: Trigger, authors: list[str], number: int, negated: bool
    ) -> list[Event]:
        """ "Iran was behind the recent hack of Donald Trump's campaign": the act
        named right after the phrase is its author's, on its target."""
        noun_at = self.next_act_noun(s, t.end, reach=4) if t.end - t.start > 1 else None
        negated = negated or any(s.lows[k] in self.acts.negators for k in range(t.start, t.end))
        if noun_at is None or negated or not authors:
            return []  # (nor "was not behind the attack": within the phrase)
        act = self.act_noun_at(s, noun_at)
        if act is None or act.position != "oppose" or act.speaker:
            return []
        s.consumed.add(noun_at)
        targets = self.after_noun(s, noun_at + 1) or self.compound_target(s, noun_at)
        hit = Trigger(noun_at, noun_at + 1, act, "noun", noun_at)
        return self.events(
            authors, [e for e in targets if e not in authors], act, s, hit, number, False
        )

    def of_interest(self, s: Sentence, t: Trigger) -> bool:
        """Whether a gerund's act is one its subject is interested in
        ("expressed keen interest in buying", "is interested in acquiring")."""
        return (
            "consider" in self.acts.classes
            and t.kind == "verb"
            and s.lows[t.start].endswith("ing")
            and s.low(t.start - 1) == "in"
            and (
                s.low(t.start - 2) in s.g.interest_words
                or noun_lemma(s.low(t.start - 2)) in s.g.interest_words
            )
        )

    def headline_claim(self, s: Sentence, made: list[Event]) -> list[Event]:
        """A headline that gives a party, a colon, then an attack by another
        ("China: NSA hacked Northwestern Polytechnical University") is that
        party's accusation of the attacker."""
        claimant = s.parties[0] if s.parties else None
        if (
            not s.headline
            or claimant is None
            or claimant.start != 0
            or s.low(claimant.end) != ":"
            or "accuse" not in self.acts.classes
        ):
            return []
        attackers = [
            a
            for e in made
            if e.act.name in self.acts.claimed_acts
            for a in e.actors
            if a != claimant.entity
        ]
        if not attackers:
            return []
        trigger = Trigger(claimant.start, claimant.end + 1, self.acts.classes["accuse"], "noun", 0)
        return self.events([claimant.entity], attackers, trigger.act, s, trigger, 0, False)

    def victim_claim(self, s: Sentence, made: list[Event]) -> list[Event]:
        """ "New Zealand said a Chinese state-sponsored hacking operation targeted
        its parliament": the victim that reports an attack accuses its author;
        "Hackers linked to Iran attacked US officials, Microsoft said": so does
        whoever attributes a hack."""
        claims = [e for e in made if e.act.name in self.acts.claimed_acts and not e.negated]
        # (and an attack on no one named: "China carried out a cyber attack on a key
        # government institution, the agency said")
        claims += [e for e in self.unnamed_here if e.act.name in self.acts.attributed_acts]
        if not claims or "accuse" not in self.acts.classes:
            return []
        said = next(
            (
                j
                for j in range(s.n)
                if j not in s.inside
                and verb_lemma(s.lows[j]) in self.acts.speech_verbs
                and verb_lemma(s.lows[j]) not in self.acts.conceding_verbs
                and s.low(j + 1) not in HYPHENS  # (not "state-owned")
            ),
            None,
        )
        # "X said ...", "..., X said" (not "..., both companies confirmed")
        # (or "According to X, ...")
        speakers = (
            self.subject(s, self.chain(s, said).start) if said is not None else self.sources(s)
        )
        denied = any(w in self.acts.negators or w.endswith(("n't", "n’t")) for w in s.lows)
        # ("he didn’t believe China would spy on the bloc": no attribution)
        out: list[Event] = []
        for event in claims:
            victims = set(event.targets)
            for e in event.targets:
                entity = self.entity(e)
                if entity is not None and entity.country:
                    victims.add(entity.country)  # "New Zealand's parliament": New Zealand
            attributed = event.act.name in self.acts.attributed_acts and not denied
            accusers = [
                p
                for p in speakers
                if p not in event.actors
                and (p in victims or attributed)
                and not any(p in e.actors and set(e.targets) & set(event.actors) for e in made)
                # (not again: "the Justice Department said X had been convicted of ...")
            ]
            if accusers:
                accuse = self.acts.classes["accuse"]
                out.append(Event(accusers, list(event.actors), accuse, "said", event.sentence))
        return out

    def denied_in_turn(self, s: Sentence, made: list[Event]) -> list[Event]:
        """ "Kyiv accused Moscow of the attacks, but Russia denies this": the
        accused who denies the claim in the same sentence opposes its author."""
        claims = [e for e in made if e.act.name in self.acts.claim_acts and not e.negated]
        if not claims or "reject" not in self.acts.classes:
            return []
        out: list[Event] = []
        for j in range(s.n):
            if verb_lemma(s.lows[j]) != "deny" or j in s.inside or s.reading(j) != "verb":
                continue
            chain = self.chain(s, j)
            if chain.negated or chain.speculative:
                continue
            deniers = self.subject(s, chain.start, chain)
            for event in claims:
                if event.actors == deniers:
                    continue
                accused = [d for d in deniers if d in event.targets]
                accusers = [a for a in event.actors if a not in deniers]
                if (
                    accused
                    and accusers
                    and not any(
                        set(accused) & set(e.actors) and set(accusers) & set(e.targets)
                        for e in made
                    )
                ):
                    denial = Event(
                        accused, accusers, self.acts.classes["reject"], s.words[j], event.sentence
                    )
                    out.append(denial)
        return out

    def ruled_must(self, s: Sentence, number: int, made: list[Event]) -> list[Event]:
        """ "The ICJ ruled that Venezuela must not take any decision ...", "the
        court ruled that Mitsubishi must compensate ...": the one ruling compels
        the party told what it must do."""
        if "must" not in s.lows or "compel" not in self.acts.classes:
            return []
        for j in range(s.n):
            if j in s.inside or verb_lemma(s.lows[j]) not in self.acts.ruling_verbs:
                continue
            k = self.past_time(s, j + 1)
            k += s.low(k) == "that"
            k += s.low(k) in s.g.determiners
            m = s.starting.get(k)
            if m is None:
                continue
            whole = s.group_of(s.headed(m))  # "Japan's Mitsubishi Heavy Industries Ltd"
            group = s.head(whole)
            if s.low(whole[-1].end) != "must":
                continue
            chain = self.chain(s, j)
            if chain.speculative or chain.negated:
                return []
            rulers = self.subject(s, chain.start, chain)
            told = [x.entity for x in group if x.entity not in rulers]
            done = {(a, b) for e in made for a in e.actors for b in e.targets}
            if not rulers or not told or any((a, b) in done for a in rulers for b in told):
                return []
            act = self.acts.classes["compel"]
            return [Event(rulers, told, act, s.view.span_text(j, j + 1), number)]
        return []

    def announced_by_body(self, s: Sentence, made: list[Event]) -> list[Event]:
        """ "China will impose duties on X, the Chinese commerce ministry
        announced": the body of the acting country that reports its act acts
        with it (the gold rules: an agency named acting takes the stance too)."""
        if not made:
            return made
        bodies = [
            (entity.id, entity.country)
            for e in self.quote_speaker(s)
            if (entity := self.entity(e)) is not None
            and entity.type == "organization"
            and entity.country
        ]
        if not bodies:
            return made
        out = []
        for event in made:
            if event.act.mutual:
                out.append(event)  # ("China and the U.S. have agreed, the Treasury said")
                continue
            added = [b for b, home in bodies if b not in event.actors and home in event.actors]
            out.append(replace(event, actors=event.actors + added) if added else event)
        return out

    def likewise(self, s: Sentence, made: list[Event]) -> list[Event]:
        """ "Afghanistan banned the app, and Somalia too": the party named with
        "too" after the act does the sentence's first act to its targets."""
        if not made or "too" not in s.lows:
            return []
        first = made[0]
        doers = {self.type_of(e) for e in first.actors}
        done_to = {self.type_of(e) for e in first.targets}
        out = []
        for m in s.parties:
            if not (
                s.low(m.end) == "too"
                and s.low(m.start - 1) == "and"
                and s.low(m.start - 2) == ","
                and m.entity not in first.actors + first.targets
            ):
                continue
            kind = self.type_of(m.entity)
            if kind in doers and kind not in done_to:
                out.append(replace(first, actors=[m.entity]))
            elif kind in done_to and kind not in doers:
                out.append(replace(first, targets=[m.entity]))  # "TikTok, and WeChat too"
        return out

    def possessed_thing(self, s: Sentence) -> int | None:
        """The head noun of a party's thing that is the subject of "be"
        ("China's new maritime air defence zone is ..."), or None."""
        for m in s.parties:
            if s.low(m.end) not in s.g.possessives:
                continue
            k = m.end + 1
            while (
                k < min(s.n, m.end + 7)
                and k not in s.inside
                and (s.is_modifier(k) or self.plain_noun(s, k) or self.adjective(s, k))
            ):
                k += 1
            if k > m.end + 1 and s.low(k) in s.g.be_forms and self.plain_noun(s, k - 1):
                return k - 1
        return None

    def judgement(self, s: Sentence, number: int) -> list[Event]:
        """ "This flawed decision and extraordinary fine are completely
        unjustified," X said: the speaker opposes the author of the act the
        sentence names (its possessor or "by" agent, else the last act read);
        "a welcome step": supports it. Only in a sentence that reads as no
        other act, and says no "not"."""
        acts = self.acts
        faulting = not acts.faulting_words.isdisjoint(s.lows)
        if faulting == (not acts.approving_words.isdisjoint(s.lows)):
            return []
        judging = acts.faulting_words if faulting else acts.approving_words
        if any(
            not acts.negators.isdisjoint(s.lows[max(0, i - 4) : i])
            for i, low in enumerate(s.lows)
            if low in judging
        ):
            return []  # "not unjustified", "is not a mistake"
        named = next(
            (
                i
                for i in range(s.n)
                if i not in s.inside
                and (
                    (noun := noun_lemma(s.lows[i]) or "") in acts.act_references
                    or noun in acts.nouns
                )
            ),
            None,
        )
        if named is None:
            named = self.possessed_thing(s)  # "China's new air defence zone is dangerous"
        if named is None:
            return []
        words = [i for i, low in enumerate(s.lows) if low in judging]
        marks = [i for i, word in enumerate(s.words) if word in QUOTES]
        quoted = bool(marks) and any(marks[0] < i < marks[-1] for i in words)
        between = (
            acts.auxiliaries | acts.adverbs | QUOTES | {"as", "and", "a", "an", "so", ",", "'"}
        )
        head = named
        while noun_lemma(s.low(head + 1)) in acts.nouns:
            head += 1  # "U.S. spying charges": the compound's head
        near = any(
            named - 3 <= i <= named  # "this flawed decision"
            or (i - named <= 6 and between.issuperset(s.lows[named + 1 : i]))  # "... is unfair"
            or self.judged_past_complement(s, head, i, between)
            for i in words
        )
        # the judging word quoted, or near the act ("X called the sanctions biased",
        # "X says the decision is unreasonable"); not "... from unfair trade practices"
        speaker = (self.quote_speaker(s) if quoted or near else []) or (
            self.speaker(s, named, judging=True) if near else []
        )
        if not speaker:
            return []
        # the judged: the act's author named with it, else another party the
        # sentence names ("Actors like China have chosen to give themselves an
        # unfair advantage"), else the author of the last act read
        author = self.possessor(s, named) or self.by_agent(s, named + 1, participle=True)
        if (
            not author
            and self.last_event is not None
            and s.low(named - 1) in s.g.referring_determiners
        ):
            # "the sanctions": the ones just read, or the last of that kind ("The
            # allegation is pure fabrication" after a conviction: the accuser's)
            kind = acts.nouns.get(noun_lemma(s.low(named)) or "")
            last = self.last_of_act.get(kind) if kind else None
            if last is None and kind == "accuse":
                return []  # (an allegation judged is its accuser's, never the accused's)
            author = list((last or self.last_event).actors)
        if not author and s.low(head + 1) == "from" and s.party_at(head + 2) is None:
            return []  # "these false allegations from these two organisations": theirs, unnamed
        head_act = self.act_noun_at(s, head)
        targeted = s.low(head + 1) in acts.target_prepositions and not (
            head_act is not None and head_act.mutual
        )
        if not author:
            # (not a body named for its rules: "violates World Trade Organization rules")
            author = [
                m.entity
                for m in s.parties
                if m.entity not in speaker
                and noun_lemma(s.low(m.end)) not in acts.rule_nouns
                # (not the act's own target: "the sanctions on Japan were illegal"; an
                # agreement's parties made it)
                and not (targeted and head + 1 < m.start <= head + 3)
            ]
        if not author and self.last_event is not None:
            author = list(self.last_event.actors)
        own = set(speaker)  # a speaker does not judge their own side
        for entity in filter(None, map(self.entity, speaker)):
            own.update(i for i in (entity.country, entity.org) if i)
        act = acts.classes["criticise" if faulting else "endorse"]
        trigger = Trigger(named, named + 1, act, "noun", named)
        toward = [a for a in author or [] if a not in own]
        return self.events(speaker, toward, act, s, trigger, number, False)

    def judged_past_complement(
        self, s: Sentence, named: int, i: int, between: frozenset[str]
    ) -> bool:
        """Whether the judging word at ``i`` judges the act noun whose head
        is at ``named`` past the noun's own complement ("the US sanction
        against the militia leader was unacceptable", "U.S. spying charges
        against a Chinese citizen are a pure fabrication"; a headline's "US
        Sanction against Shia Militia Leader 'Unacceptable'"): a preposition
        opens it, no verb is in it, and "be" or a quoted judgement ends it."""
        if s.low(named + 1) not in self.acts.target_prepositions:
            return False
        # the complement's end: "be" ("... are a pure fabrication"), or before a
        # quoted judgement (a headline's "... Leader 'Unacceptable'"), the judgement
        end = next(
            (k for k in range(named + 2, i) if s.lows[k] in s.g.be_forms),
            i if s.view.quoted(i) else None,
        )
        if end is None or end - named > 9 or i - end > 4:
            return False
        return all(  # no verb inside it; a few plain words after it ("a pure fabrication")
            s.reading(k) != "verb" or k in s.inside for k in range(named + 2, end)
        ) and all(
            s.lows[k] in between
            or (s.words[k].isalpha() and s.words[k].islower() and s.reading(k) != "verb")
            for k in range(end + 1, i)
        )

    def remember(self, s: Sentence, made: list[Event]) -> None:
        """Keep what a later "it", "they" or "the move" may stand for."""
        for m in s.parties:
            kind = self.type_of(m.entity)
            if m.role in ("actor", "agent"):
                self.last["person" if kind == "person" else "thing"] = [m.entity]
        made = [e for e in made if not e.answered]
        if made:
            self.last_event = made[-1]
            self.last_of_act.update((e.act.name, e) for e in made)
            self.last["thing"] = made[-1].actors[:1] or self.last.get("thing", [])
            self.last["group"] = made[-1].actors
            people = [a for a in made[0].actors if self.type_of(a) == "person"]
            if people:  # "Maduro claimed that Musk violated ... He also accused": Maduro
                self.last["person"] = people[:1]
        elif s.parties:
            firsts = [m.entity for m in s.head(s.group_of(s.parties[0]))]
            self.last["group"] = firsts

    # -- triggers -------------------------------------------------------------------------------

    def triggers(self, s: Sentence) -> list[Trigger]:
        out: list[Trigger] = []
        i = 0
        while i < s.n:
            if i in s.inside:  # a name is never an act ("Sanctions Committee" aside)
                backed = self.backer_at(s, s.inside[i])
                if backed is not None:
                    out.append(backed)
                i = s.inside[i].end
                continue
            low = s.lows[i]
            joint = self.joint_at(s, i) if low in self.acts.joint_adverbs else None
            if joint is not None:
                out.append(joint)
                i = joint.end
                continue
            behind = self.headline_behind(s, i)
            if behind is not None:
                out.append(behind)
                i += 1
                continue
            if (
                not low[:1].isalpha()
                or (i and s.words[i - 1] in ("-", "‐"))
                or not (self.acts.may_start(low) or s.low(i + 1) in HYPHENS)
            ):
                i += 1
                continue
            found = self.phrase_at(s, i) or self.word_at(s, i)
            if (
                found is not None
                and found.kind == "verb"
                and verb_lemma(low) in self.acts.blame_links
                and not self.blamed_for(s, found.end)
            ):
                found = None
            if found is not None:
                out.append(found)
                i = found.end
                continue
            i += 1
        return out

    def headline_behind(self, s: Sentence, i: int) -> Trigger | None:
        """A headline's "behind" with its "be" left out: "Finland says Chinese
        hackers behind parliament attack" (were behind)."""
        if not s.headline or s.lows[i] != "behind" or s.low(i - 1) in s.g.be_forms:
            return None
        party = s.ending.get(i) or s.ending.get(i - 1)  # "China behind", "Chinese hackers behind"
        if party is None or s.low(i - 1) in self.acts.target_prepositions:
            return None
        cls = next((c for rest, c in self.acts.phrases.get("be", ()) if rest == ("behind",)), None)
        act = self.acts.classes.get(cls or "")
        return None if act is None else Trigger(i, i + 1, act, "verb", i)

    def joint_at(self, s: Sentence, i: int) -> Trigger | None:
        """Working together, named by an adverb before a verb that is no act of
        its own: "Pakistan and China will jointly launch a satellite"."""
        verb = i + 1
        cooperate = self.acts.classes.get(self.acts.joint_class)
        if (
            cooperate is None
            or verb >= s.n
            or verb in s.inside
            or verb_lemma(s.lows[verb]) in (None, *self.acts.payment_verbs)
            or s.reading(verb) != "verb"
            or self.phrase_at(s, verb) is not None
            or self.word_at(s, verb) is not None
        ):
            return None  # ("jointly sanctioned Russia": the sanctions, read at the verb;
            # "jointly pay $15 million": a payment to another, no pact between the payers)
        return Trigger(i, verb + 1, cooperate, "verb", verb)

    def author_of_referred(self, s: Sentence, start: int) -> list[str]:
        """The author of the plan, resolution or act named from ``start``, by the
        participle after it: "the peace plan drawn up by X", "the sanctions
        imposed by X"."""
        for i in range(start, min(s.n, start + 8)):
            if i in s.inside or s.words[i] in MARKS:
                return []
            noun = noun_lemma(s.lows[i]) or ""
            if (
                noun in self.acts.act_references
                or noun in self.acts.intent_nouns
                or noun in self.acts.nouns
            ):
                if noun_lemma(s.low(i + 1)) in self.acts.act_references:
                    continue  # "the peace plan": its head
                particle = s.low(i + 2) in s.g.particles  # "drawn up by"
                return self.by_agent(s, i + 1 + particle, participle=True) or []
        return []

    def relief_sent(self, s: Sentence, at: int) -> bool:
        """Whether relief goods are what a sending verb sends, before "to" within a
        few words: "delivered nine cargo wagons of food, medicines and clothes to
        Afghanistan"."""
        for k in range(at, min(s.n, at + 12)):
            if s.words[k] in MARKS or k in s.inside or s.lows[k] == "to":
                return False
            if s.lows[k] in self.acts.relief_nouns:
                return True
        return False

    def goods_from(self, s: Sentence, at: int) -> bool:
        """Whether goods that aid (relief, or acts.yaml given_goods) are what
        a receiving verb receives, before "from" within a few words: "received
        sports equipment and vehicles from China"."""
        goods = False
        for k in range(at, min(s.n, at + 10)):
            if s.words[k] in MARKS or k in s.inside:
                return False
            if s.lows[k] == "from":
                return goods
            lemma = noun_lemma(s.lows[k]) or s.lows[k]
            goods |= s.lows[k] in self.acts.relief_nouns or lemma in self.acts.given_goods
        return False

    def given_with(self, s: Sentence, at: int) -> bool:
        """Whether a party and "with" follow a giving verb: "will provide the
        Philippine Coast Guard with a satellite system" aids the Coast Guard."""
        m = s.starting.get(at) or s.starting.get(at + (s.low(at) in s.g.determiners))
        if m is None:
            return False
        end = s.group_of(m)[-1].end
        if s.low(end) == "(":
            end = s.closing(end) + 1  # "the Philippine Coast Guard (PCG) with"
        return s.low(end) == "with"

    def forum_of(self, s: Sentence, end: int) -> list[str]:
        """The international body a resolution rejected after ``end`` was put
        to, named "in" or "at" it: "vetoed a US-backed resolution Friday in the
        United Nations Security Council" (the backer is read as the object)."""
        for i in range(end, min(s.n, end + 6)):
            if s.words[i] in MARKS or s.words[i] == ",":
                return []
            if noun_lemma(s.lows[i]) not in self.acts.resolution_nouns or i in s.inside:
                continue
            for j in range(i + 1, min(s.n, i + 5)):
                if s.words[j] in MARKS or s.words[j] == "," or s.lows[j] in s.g.relatives:
                    return []
                if s.lows[j] in ("in", "at", "before"):
                    m = s.party_at(j + 1)
                    entity = self.entity(m.entity) if m is not None else None
                    if entity is not None and entity.type == "organization" and not entity.country:
                        return [entity.id]
            return []
        return []

    def pair_in(self, s: Sentence, start: int, end: int) -> list[str]:
        """The two parties of a hyphened pair inside the phrase from ``start``
        to ``end`` ("strengthen Malaysia-Indonesia ties")."""
        for i in range(start, end):
            if s.paired(i) is not None:
                first = s.starting[i]
                return [first.entity, s.starting[first.end + 1].entity]
        return []

    def blamed_for(self, s: Sentence, end: int) -> bool:
        """Whether an attack or an offence is named after a "to" past ``end``:
        "linked North Korean hackers to a theft", "tied the group to the hack"."""
        to = next((j for j in range(end, min(s.n, end + 10)) if s.lows[j] == "to"), None)
        if to is None:
            return False
        for j in range(to + 1, min(s.n, to + 5)):
            act = self.act_noun_at(s, j)
            if (act is not None and act.name.split("-")[0] in self.acts.blamed_acts) or (
                s.lows[j] in s.g.offence_nouns
            ):
                return True
        return False

    def demand(self, s: Sentence, t: Trigger, chain: Chain, number: int) -> list[Event]:
        """ "Russia must stop its attacks, the chancellor said": the one who
        says so opposes the one told to stop (nothing is stopped yet)."""
        told = self.subject(s, chain.start, chain)
        speaker = [e for e in self.speaker(s, chain.start) if e not in told]
        if chain.negated or not told:
            return []
        undo = self.acts.classes[self.acts.reversal_class]
        return self.events(speaker, told, undo, s, t, number, False)

    def issuer(self, s: Sentence, start: int) -> list[str] | None:
        """Who issued the order, law or decree named right before an act's
        "-ing" verb at ``start`` ("Biden signed an executive order banning
        TikTok": Biden), [] if it was not issued, None if none is named."""
        k = start - 1
        if noun_lemma(s.low(k)) not in self.acts.instrument_nouns or k in s.inside:
            return None
        first = k
        while (
            first > 0
            and k - first < 8
            and (s.lows[first - 1] in s.g.determiners or s.is_modifier(first - 1))
        ):
            first -= 1
        owner = self.possessor(s, first + (s.low(first) in s.g.determiners))
        if owner:
            return owner  # "Trump's order banning TikTok"
        governor, _ = self.governor_of(s, first)
        if governor < 0:
            return None
        chain = self.chain(s, governor)
        if chain.speculative or chain.negated:
            return []
        return self.subject(s, chain.start, chain)

    def forum_body(self, entity_id: str) -> bool:
        """Whether a party is a body of no country that cases are brought before
        (the WTO, the ICJ), as a modifier names the forum of a complaint."""
        entity = self.entity(entity_id)
        return entity is not None and entity.type == "organization" and not entity.country

    def warning_after(self, s: Sentence) -> int | None:
        """Where a warning verb stands that the sentence ends with, after a
        comma and before the one warning ("Kenya could hit back at Tanzania's
        move, warns minister Lee Kinyanjui"), or None."""
        for j in range(max(1, s.n - 14), s.n):
            if s.words[j - 1] != "," or self.acts.verbs.get(verb_lemma(s.lows[j]) or "") != "warn":
                continue
            if not s.g.modals.intersection(s.lows[:j]):
                return None  # a warning is of what may come ("Pakistan bans PUBG, warns TikTok")
            m = s.starting.get(s.past_title(j + 1, lowercase=True))
            if m is None or self.type_of(m.entity) == "company":
                return None
            end = s.group_of(m)[-1].end
            return j if end >= s.n or s.words[end] in MARKS or s.words[end] == "." else None
        return None

    def warner(self, s: Sentence, before: int) -> list[str]:
        """Who warns of the clause before ``before``: "X warned (that) ..." (or
        "..., warns X" after it)."""
        after = self.warning_after(s)
        if after is not None and after > before:
            m = s.starting.get(s.past_title(after + 1, lowercase=True))
            return [x.entity for x in s.head(s.group_of(m))] if m is not None else []
        for j in range(before - 1, max(-1, before - 25), -1):
            if s.words[j] in MARKS:
                break
            if j not in s.inside and self.acts.verbs.get(verb_lemma(s.lows[j]) or "") == "warn":
                chain = self.chain(s, j)
                found = self.subject(s, chain.start, chain)
                k, _ = self.governor_of(s, j) if not found else (-1, [])
                if k >= 0:  # "issued a stern warning that": who issued it
                    chain = self.chain(s, k)
                    found = self.subject(s, chain.start, chain)
                return found
        return []

    def nationals(self, s: Sentence, end: int) -> list[str]:
        """The country of people named by a nationality in the noun phrase
        ending before ``end``: "78 Indian fishermen were released" (the gold
        rules read them as their country)."""
        k = end - 1
        while k >= 0 and end - k <= 6:
            if k in s.inside:
                m = s.inside[k]
                # (or a group's: "128 Houthi prisoners released by the coalition")
                group = self.type_of(m.entity) == "organization" and m.end < end
                return [m.entity] if m.kind == "demonym" or group else []
            if not (
                s.is_noun_word(k)
                or s.is_modifier(k)
                or s.lows[k] in s.g.determiners
                or (s.lows[k].endswith("ing") and s.is_noun_word(k + 1))  # "fishing crew"
            ):
                return []
            k -= 1
        return []

    def advised(self, s: Sentence, verb: int, chain: Chain) -> Chain:
        """ "The US should take stakes in Nokia, Barr said": advice is the
        speaker's stance, as an urging is the urger's; unreported, a "should"
        is no act. ``chain`` is the verb group before ``verb``."""
        modals = [s.lows[k] for k in range(chain.start, verb) if self.speculative_at(s, k)]
        if not modals or any(w not in self.acts.advice_modals for w in modals):
            return chain
        speaker = self.quote_speaker(s) or self.speaker(s, chain.start)
        if not speaker:
            return chain
        return replace(chain, speculative=False, urged=speaker)

    def author_of_last(
        self, s: Sentence, t: Trigger, governed: ActClass, answering: list[str]
    ) -> list[str]:
        """ "Belgium accused China ... The Chinese Embassy denied the accusations":
        an act of the last event's class, named with "the" and no author, is
        that event's; the one who answers it is not its author. With none of
        that class, the last act against the ones answering ("The US lobbied
        Italy to avoid Huawei ... Huawei denies the allegations")."""
        noun_at = self.next_act_noun(s, t.end)
        last = self.last_of_act.get(governed.name)
        if (
            last is None
            and governed.name in self.acts.claim_acts
            and noun_at is not None
            and s.low(noun_at + 1) != "of"  # "the allegations of spying": of another act
        ):
            against = [
                e
                for e in self.last_of_act.values()
                if e.act.position == "oppose" and set(e.targets) & set(answering)
            ]
            last = max(against, key=lambda e: e.sentence, default=None)
        if noun_at is None or last is None:
            return []
        k = noun_at - 1
        while k > t.end and noun_at - k <= 3 and (s.is_describing_word(k) or s.is_noun_word(k)):
            k -= 1  # "opposed the unilateral tariff increases"
        if s.low(k) not in s.g.referring_determiners:
            return []
        s.consumed.add(noun_at)
        return [a for a in last.actors if a not in last.targets]

    def refused(
        self, s: Sentence, t: Trigger, governed: ActClass
    ) -> tuple[list[str], ActClass] | None:
        """ "rejected a ban on Huawei": whom the refused act would have hit,
        and its inverse (the ban's noun read here, not again as an act)."""
        if t.act.name not in self.acts.refusing_acts or governed.name in self.acts.claim_acts:
            return None
        inverse = inverted(governed)
        noun_at = self.next_act_noun(s, t.end)
        if inverse is None or noun_at is None:
            return None
        s.consumed.add(noun_at)
        targets = self.after_noun(s, noun_at + 1) or self.compound_target(s, noun_at)
        if any(verb_lemma(s.lows[k]) in self.acts.reversal_verbs for k in range(t.end, noun_at)):
            return targets, governed  # "refused to lift sanctions on Iran": they stay
        return targets, inverse

    def fired_at(self, s: Sentence, end: int, reach: int = 3) -> bool:
        """Whether a weapon fired is aimed: "at", "on", "against" or "into" a
        party within ``reach`` words ("a missile at a US destroyer", "fired
        rockets into northern Israel", "fired at a fighter jet from Congo";
        not "into the sea")."""
        for i in range(end, min(s.n, end + reach)):
            if s.lows[i] in self.acts.firing_prepositions:
                j = i + 1
                while j < s.n and (
                    s.lows[j] in s.g.determiners
                    or s.is_modifier(j)
                    # "into northern Israel" (not the "South" of "South Korea")
                    or (s.lows[j] in s.g.region_words and j not in s.starting)
                ):
                    j += 1
                if j not in s.starting and self.plain_noun(s, j):
                    while j < s.n and self.plain_noun(s, j):
                        j += 1  # "at a fighter jet from Congo": whose it is
                    return s.low(j) in ("from", "of") and j + 1 in s.starting
                return j in s.starting
        return False

    def gift_at(self, s: Sentence, k: int) -> str | None:
        """The class of what is given, if an amount of money ("fund") or goods
        that aid ("aid", acts.yaml given_goods) start at ``k`` (past a
        determiner) and go "for" or "to" a party within a few words, no act
        noun between: "1.3 billion euros ($1.4 billion) more in military gear
        for Ukraine", "sent tanks to Ukraine"; not "$2 billion in tariffs on
        China"."""
        while s.low(k) in s.g.determiners or s.low(k) in self.acts.extra_words:
            k += 1  # "a further $500 million", "another 1 billion euros"
        if s.words[k + 1 : k + 2] == ["$"] and s.words[k].isupper():
            k += 1  # "US$3 billion", "A$5 million"
        word = s.low(k)
        gift = "fund"
        for j in range(k, min(s.n, k + 6)):  # "200 howitzers", "5,000 anti-tank weapons"
            if {noun_lemma(s.lows[j]), s.lows[j], s.lows[j][:-1]} & self.acts.given_goods:
                gift, k = "aid", j + 1  # (the goods may be act nouns too: "drones")
                break
            if not (
                s.is_modifier(j) or s.is_describing_word(j) or s.is_noun_word(j) or j in s.inside
            ):
                break  # ("Starlink satellite internet terminals": a maker and nouns before)
        if gift == "fund" and not (
            word[:1] in "$€£¥" or (word[:1].isdigit() and s.low(k + 1) in s.g.amount_words)
        ):
            return None
        end = min(s.n, k + 10)
        while k < end:
            if s.words[k] in ("(", "["):
                closing = s.closing(k)  # "1.3 billion euros ($1.4 billion)": not counted
                end, k = min(s.n, end + closing - k + 1), closing + 1
                continue
            low = s.lows[k]
            if s.words[k] in MARKS or low in self.acts.clause_breaks or k in s.inside:
                return None
            noun = noun_lemma(low)
            if noun in self.acts.nouns or noun in self.acts.compound_nouns:
                return None  # "$2 billion in tariffs": that act's own
            if noun in self.acts.earning_nouns:
                return None  # "$2 billion in revenue for": money made, not given
            if low in ("for", "to"):
                m = s.party_at(k + 1)
                return gift if m is not None and s.type_of(m.entity) != "person" else None
            k += 1
        return None

    def phrase_at(self, s: Sentence, i: int) -> Trigger | None:
        acts = self.acts
        low = s.lows[i]
        lemma = verb_lemma(low) or noun_lemma(low) or low
        firsts = [w for w in ((lemma,) if lemma == low else (lemma, low)) if w in acts.first_words]
        if not firsts:
            return None  # most words start no phrase
        if low.endswith("ing") and s.low(i - 1) in s.g.possessive_pronouns:
            firsts = [w for w in firsts if w == low]  # "its ruling against X": a noun, no verb
        best: Trigger | None = None  # the longest phrase, the first listed of equals
        for table, kind in ((acts.phrases, "verb"), (acts.reversal_phrases, "reversal")):
            for first in firsts:
                for rest, cls in table.get(first, ()):
                    end = s.match_rest(i + 1, rest)
                    if (
                        end is None
                        and len(rest) == 1
                        and (rest[0] in s.g.particles or rest[0] in acts.complements)
                    ):
                        # "shut Huawei out", "phase the vendor out": a party between
                        m = s.starting.get(i + 1) or s.starting.get(i + 2)
                        if m is not None and s.low(s.group_of(m)[-1].end) == rest[0]:
                            end = i + 1  # the trigger is the verb; its object follows
                    if end is None and len(rest) > 1 and rest[0] in s.g.particles:
                        # "pull Brazil out of the WHO": the one moved between, the phrase's
                        # object after it
                        m = s.starting.get(i + 1) or s.starting.get(i + 2)
                        if m is not None:
                            end = s.match_rest(s.group_of(m)[-1].end, rest)
                    if (
                        end is None
                        and len(rest) == 1
                        and rest[0] in s.g.pronoun_particles
                        and s.low(i + 1) in s.g.object_pronouns
                        and s.low(i + 2) == rest[0]
                    ):
                        end = i + 1  # "handed him over to the United States"
                    if end is not None and rest[-1:] == ("to",) and s.is_bare_verb(end):
                        end = None  # "Turkey's turn to fine WhatsApp": an infinitive's "to"
                    if (
                        end is not None
                        and low in s.g.be_forms
                        and s.low(i + 1).endswith(("ing", "ed"))
                        and s.low(i + 1) != rest[0]
                    ):
                        # "is partnering with X": a verb's progressive, no "be partner"; "are
                        # welcomed by X": a passive, no "be welcome"
                        end = None
                    if end is not None and low == "be" and cls in acts.classes:
                        # "are going to be a big threat to China": a forecast
                        end = None if acts.classes[cls].reversed else end
                    if end is not None and (best is None or end > best.end):
                        act = acts.classes.get(cls) or acts.classes[acts.reversal_class]
                        best = Trigger(i, end, act, kind, i)
        return best

    def word_at(self, s: Sentence, i: int) -> Trigger | None:
        acts = self.acts
        low = s.lows[i]
        compound = s.hyphenated(i)
        if compound is not None:
            return self.compound_at(s, i, *compound)
        as_verb = verb_lemma(low)
        repeated = next(
            (p for p in acts.repeat_phrases if tuple(s.lows[i : i + len(p)]) == p), None
        )
        if repeated:
            # "the EU has recommended its member states do the same": the last act again
            return Trigger(i, i + len(repeated), acts.classes[acts.reversal_class], "repeat", i)
        if as_verb in acts.role_verbs and "choose" in acts.classes and (i + 1) in s.starting:
            end = s.group_of(s.starting[i + 1])[-1].end
            if s.low(end) == "as" and any(
                noun_lemma(w) in acts.role_nouns for w in s.lows[end + 1 : end + 6]
            ):  # "has signed Ericsson as its key 5G partner": chose it
                return Trigger(i, i + 1, acts.classes["choose"], "verb", i)
        if (
            low.endswith(("ed", "en"))
            and as_verb in acts.verbs
            and self.set_naming_verb(s, i) is not None
        ):  # "The sanctioned entities are X": read by among()
            return Trigger(i, i + 1, acts.classes[acts.verbs[as_verb]], "verb", i)
        if as_verb in acts.departure_verbs and s.low(i - 1) == "to" and "expel" in acts.classes:
            return Trigger(i, i + 1, acts.classes["expel"], "departure", i)
        if (
            (as_verb or low) in acts.surrender_verbs
            and s.low(i - 1) == "to"
            and (
                any(w in s.g.possessive_pronouns for w in s.lows[i + 1 : i + 4])
                or s.low(i + 1) in s.g.delisting_prepositions
                or acts.nouns.get(noun_lemma(s.low(i + 1)) or "") in acts.holdable_acts
                # "ordered Worldcoin to delete the data": a party ordered by name
                or (
                    (ordered := s.ending.get(i - 1)) is not None
                    and verb_lemma(s.low(s.group_of(ordered)[0].start - 1)) in acts.ordering_verbs
                )
            )
            and "restrict" in acts.classes
        ):  # "ordered FTDI to sell all its shares", "ordered three Chinese firms to
            # divest from lithium miners", "ordered to sell stake": the ordered ones' departure
            return Trigger(i, i + 1, acts.classes["restrict"], "departure", i)
        if (
            as_verb in acts.money_verbs
            and as_verb not in acts.verbs
            and s.reading(i) == "verb"
            and (gift := self.gift_at(s, i + 1)) in acts.classes
        ):
            return Trigger(i, i + 1, acts.classes[gift], "verb", i)
        subjection = self.subjection_at(s, i)
        if subjection is not None:
            return subjection
        if (
            as_verb in acts.placing_verbs
            and "buy" in acts.classes
            and s.reading(i) == "verb"
            and self.ordered_from(s, i + 1)
        ):
            return Trigger(i, i + 1, acts.classes["buy"], "verb", i)  # "ordered two ships from X"
        if as_verb in acts.court_verbs and "sue" in acts.classes and self.taken_to_court(s, i):
            return Trigger(i, i + 1, acts.classes["sue"], "verb", i)  # "take Japan to the ICJ"
        if (
            as_verb in acts.urge_verbs
            and "threaten" in acts.classes
            and s.reading(i) == "verb"
            and self.ultimatum_after(s, i)
        ):  # "ordered Elon Musk to name a representative or face a suspension"
            return Trigger(i, i + 1, acts.classes["threaten"], "verb", i)
        if (
            as_verb in acts.coverage_verbs
            and self.last_event is not None
            and self.names_the_act(s, i)
        ):  # "The list includes Sugon and Higon": the last act, applied to them
            j = i - 1
            while s.low(j) in acts.adverbs or s.low(j) in QUOTES:
                j -= 1
            named = self.event_named(s, j) or self.last_event
            return Trigger(i, i + 1, named.act, "verb", i)
        if as_verb in acts.labeling_verbs and s.reading(i) == "verb":
            labeled = self.label(s, i)
            if labeled is not None:
                return labeled
            if self.judged_to_be(s, i) is not None:
                return None  # "considers X's requests to be ...": a judgement, no weighing
        as_noun = acts.noun_of(low)  # ("cyberattack(s)": a word the dictionary lacks)
        gerund = self.gerund_act(s, i) if as_verb not in acts.reversal_verbs else None
        if gerund is not None:
            return Trigger(i, i + 1, gerund, "noun", i)  # "the banning of X"
        as_read = reading(s, i, as_verb, as_noun)
        if as_read == "verb" and any(
            before == (low,)
            for before, _ in acts.compound_nouns.get(noun_lemma(s.low(i + 1)) or "", ())
        ):
            return None  # "US arms sales to Taiwan": the compound noun, read at its head
        if (
            as_read == "verb"
            and low in acts.adjective_verbs
            and (i + 1) not in s.starting
            and s.low(i + 1) not in s.g.determiners
            and s.low(i + 1) not in s.g.possessive_pronouns
            and not s.low(i + 1)[:1].isdigit()
        ):
            return None  # "had close ties with": an adjective ("close the embassy": a verb)
        if (
            as_read == "verb"
            and as_verb in acts.purchase_order_verbs
            and (s.low(i + 1)[:1].isdigit() or s.low(i + 1) in s.g.count_words)
            and (i + 1) not in s.inside
            and "buy" in acts.classes
            # (not "ordered two Chinese diplomats to leave", "... out of the country": an
            # order to people)
            and not any(
                s.lows[k] == "to" and s.is_bare_verb(k + 1) for k in range(i + 2, min(s.n, i + 12))
            )
            and not any(
                s.lows[k] in s.g.people_nouns or s.lows[k] in acts.envoy_nouns
                for k in range(i + 1, min(s.n, i + 6))
            )
        ):
            return Trigger(i, i + 1, acts.classes["buy"], "verb", i)  # "ordered 24 jets"
        if as_read == "verb" and as_verb is not None:
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
                    return Trigger(i, i + 2, act, "reversal", i, acts.classes[undone])
                phrase = self.phrase_at(s, i + 1) if following.endswith("ing") else None
                if phrase is not None and phrase.kind == "verb" and (i + 1) not in s.inside:
                    # "stop working with Huawei", "stop doing business with X"
                    return Trigger(i, phrase.end, act, "reversal", i, phrase.act)
                return Trigger(i, i + 1, act, "reversal", i)
            cls = acts.verbs.get(as_verb)
            if cls and as_verb in acts.finding_verbs and s.low(i + 1) == "that":
                return None  # "the government concluded that": a finding, not a deal
            if cls and self.names_in_relative(s, i):
                return None  # "an actor which FireEye has designated APT31": a name given
            if cls in acts.describing_classes and low == as_verb and self.between_names(s, i):
                return None  # "Huawei rival ZTE": who ZTE is (a singular's bare verb: a noun)
            if as_verb == "receive" and "aid" in acts.classes and self.goods_from(s, i + 1):
                # "Samoa received sports equipment and vehicles from China": China's aid
                return Trigger(i, i + 1, acts.classes["aid"], "receipt", i)
            if cls:
                return Trigger(i, i + 1, acts.classes[cls], "verb", i)
            if as_verb in acts.giving_verbs and "aid" in acts.classes and self.given_with(s, i + 1):
                return Trigger(i, i + 1, acts.classes["aid"], "verb", i)
            if (
                as_verb in acts.sending_verbs
                and "aid" in acts.classes
                and self.relief_sent(s, i + 1)
            ):
                return Trigger(i, i + 1, acts.classes["aid"], "verb", i)
        if (
            low.endswith("ing")
            and s.low(i - 1) in s.g.determiners
            and s.low(i + 1) == "of"
            and acts.verbs.get(as_verb or "") in acts.classes
            and as_noun not in acts.nouns
        ):  # "ordered the blocking of public access to X": the act, named
            return Trigger(i, i + 1, acts.classes[acts.verbs[as_verb or ""]], "noun", i)
        if (as_noun in acts.reversal_nouns or low in acts.reversal_nouns) and (
            s.low(i + 1) == "of" or (s.low(i + 1) == "to" and low in acts.reversal_to_nouns)
        ):
            # "ordered the suspension of X", "the lifting of sanctions on X", "demanded
            # a halt to X's operations"
            return Trigger(i, i + 1, acts.classes[acts.reversal_class], "noun", i)
        if as_noun is not None and as_read != "verb":
            for before, cls in acts.compound_nouns.get(as_noun, ()):
                start = i - len(before)
                if start >= 0 and tuple(s.lows[start:i]) == before:
                    return Trigger(start, i + 1, acts.classes[cls], "noun", i)
            cls = acts.nouns.get(as_noun)
            if cls and acts.plain_compound(s.lows, i):
                return None  # "facial recognition": a thing, no act
            if cls and s.low(i + 1) in s.g.agent_heads:
                return None  # "the competition watchdog", "the sanctions office": a body's name
            if cls in acts.describing_classes and low == as_noun and self.between_names(s, i):
                return None  # "Nokia partner Elisa": who Elisa is to Nokia, no act
            if cls and s.low(i + 1) in s.g.person_heads and i + 1 not in s.inside:
                return None  # "a British aid worker", "sanctions experts": their work
            if cls and as_noun in acts.modifier_nouns and s.is_noun_word(i + 1):
                return None  # "supply chains", "supply networks": a modifier, no act
            next_class = acts.nouns.get(noun_lemma(s.low(i + 1)) or "")
            if (
                cls
                and next_class is not None
                and (
                    acts.classes[next_class].position == acts.classes[cls].position == "oppose"
                    or acts.classes[cls].position != acts.classes[next_class].position
                )
                and next_class != "list"  # ("its sanctions blacklist": sanctions, listed)
                and i + 1 not in s.inside
                and s.reading(i + 1) != "verb"
            ):
                return None  # "a data breach fine", "visa restrictions": the head noun's act
            if cls:
                return Trigger(i, i + 1, acts.classes[cls], "noun", i)
            if (
                as_noun in acts.fired_nouns
                and "attack-fired" in acts.classes
                and acts.firing_verbs & s.lemmas()
            ):
                return Trigger(i, i + 1, acts.classes["attack-fired"], "noun", i)
        return None

    def talks_to_do(self, s: Sentence, end: int) -> bool:
        """Whether talks ending at ``end`` are held to do something together,
        "to" and a verb of no meeting after their parties ("talks with India and
        Japan to construct a terminal"; not "talks to discuss trade")."""
        for k in range(end, min(s.n - 1, end + 10)):
            if s.words[k] in MARKS or s.words[k] == ",":
                return False
            if s.lows[k] == "to" and s.is_bare_verb(k + 1):
                lemma = verb_lemma(s.lows[k + 1])
                return self.acts.verbs.get(lemma or "") != "meet" and lemma not in (
                    self.acts.speech_verbs
                )
        return False

    def between_names(self, s: Sentence, i: int) -> bool:
        """Whether the word at ``i`` stands right between two parties' names,
        or after "and" or "its" that follow a name and before another ("Huawei
        and rival ZTE", "Nokia and its partner Elisa")."""
        joined = s.low(i - 1) in ("and", "its", "their") and (
            (i - 2) in s.inside or s.low(i - 2) == "and"
        )
        return ((i - 1) in s.inside or joined) and (i + 1) in s.starting

    def among(self, s: Sentence, t: Trigger) -> tuple[list[str], list[str]] | None:
        """ "Among those sanctioned is X", "Among the entities sanctioned today by
        Seoul are X and Y": the act's author (its 'by' agent, else the last
        event's) and the parties named after the verb "be"."""
        if not s.lows[t.head].endswith(("ed", "en")):
            return None
        relative = s.low(t.end + 1) == "," and s.low(t.end + 2) in s.g.relatives
        if not relative and (t.start > 5 or any(k in s.inside for k in range(1, t.start))):
            return None
        if s.low(0) == "among":
            be = next(
                (k for k in range(t.end, min(s.n, t.end + 7)) if s.lows[k] in s.g.be_forms), None
            )
        else:
            be = self.set_naming_verb(s, t.start)
        if be is None:
            return None
        by = next((k for k in range(t.end, be) if s.lows[k] == "by"), None)
        authors = self.by_agent(s, by) if by is not None else None
        if not authors and t.act.name in self.last_of_act:
            authors = list(self.last_of_act[t.act.name].actors)  # the last act of its kind
        if not authors:
            # "imposed sanctions on four individuals ... The sanctioned individuals
            # include X": whoever did it to those unnamed
            authors = self.unnamed_of_act.get(t.act.name)
        k = be + 1
        while (
            k < s.n
            and k not in s.starting
            and (s.lows[k] in s.g.determiners or s.is_describing_word(k))
        ):
            k += 1  # "is the famous Lazarus group"
        if not authors or k not in s.starting:
            return None
        return authors, [m.entity for m in s.head(s.group_of(s.headed(s.starting[k])))]

    def act_author(self, s: Sentence, verb: int) -> list[str]:
        """Who made the act a verb's subject names: "India's barriers violate
        WTO rules", "the barriers set by India ...", "The indictment violates
        the basic norms" (the last indictment's author); none if the subject
        is no act."""
        for j in range(verb - 1, max(-1, verb - 16), -1):
            if j in s.inside:
                continue  # a name ("set by India"): read from the act noun
            if s.words[j] in MARKS or s.words[j] == ",":
                return []
            act = self.act_noun_at(s, j)
            if act is None or s.reading(j) == "verb":
                continue
            owner = self.possessor(s, j) or self.by_agent(s, j + 1, participle=True) or []
            if owner:
                return owner
            last = self.last_of_act.get(act.name)
            referring = s.low(j - 1) in s.g.referring_determiners
            return list(last.actors) if last is not None and referring else []
        return []

    def weighed(self, s: Sentence, k: int, number: int) -> list[Event]:
        """The events of an act weighed as a gerund right at ``k`` ("considering
        investing in Pakistan"), the gerund then not read again as done."""
        low = s.low(k)
        name = self.acts.verbs.get(verb_lemma(low) or "") if low.endswith("ing") else None
        if name is None or k in s.inside or k in s.consumed:
            return []
        made = self.read(s, Trigger(k, k + 1, self.acts.classes[name], "verb", k), number)
        s.consumed.add(k)
        return [e for e in made if e.targets]

    def past_time(self, s: Sentence, k: int) -> int:
        """The first word from ``k`` past a phrase of time ("on Thursday", "late
        on Monday", "today")."""
        j = k
        while j < min(s.n, k + 4) and (
            s.lows[j] in self.acts.time_words or s.lows[j] in ("on", "late", "early")
        ):
            j += 1
        return j if j > k and s.lows[j - 1] in self.acts.time_words else k

    def claimed_by(self, s: Sentence, t: Trigger, first: int) -> list[str] | None:
        """Who claims responsibility for the act noun phrase opening at
        ``first`` ("X claimed responsibility for the attack", "X claimed the
        attack"), or None."""
        j = first - 1
        while j > 0 and first - j < 4 and (s.is_noun_word(j) or s.lows[j] in s.g.determiners):
            j -= 1  # "for a missile attack"
        if (
            verb_lemma(s.low(j)) == "claim"
            and s.reading(j) == "verb"
            and t.act.name in ("attack", "hack", "seize")
            and not any(  # ("claimed an attack on Ukraine was staged": a claim about it)
                s.lows[i] in s.g.be_forms for i in range(t.end, min(s.n, t.end + 8))
            )
        ):
            k = j  # "has claimed an attack on X": the act owned (not "claimed the
            # sanctions were illegal": a claim about them)
        elif s.low(j) != "for" or s.low(j - 1) != "responsibility":
            return None
        else:
            k = j - 2
            while k > 0 and (s.lows[k] in s.g.determiners or s.lows[k] in ("full", "sole")):
                k -= 1
        if verb_lemma(s.low(k)) not in self.acts.responsibility_verbs:
            return None
        chain = self.chain(s, k)
        if chain.speculative or chain.negated:
            return []
        return self.subject(s, chain.start, chain)

    def invested_in(self, s: Sentence, end: int) -> list[str]:
        """The country money is put in, named by "in" within the clause after
        an investing verb, past amounts, times and what it is spent on ("will
        invest $2.2 billion over four years in cloud infrastructure in Malaysia")."""
        for i in range(end, min(s.n, end + 24)):
            if s.words[i] in ("(", ")", "[", "]"):
                continue  # "artificial intelligence (AI) in Indonesia"
            if s.words[i] in MARKS or s.lows[i] in s.g.relatives or s.lows[i] in s.g.naming_words:
                return []
            if s.lows[i] == "to" and not s.is_bare_verb(i + 1):
                return []  # "a donation paid by Huawei to the ruling party in Honiara"
            if s.lows[i] == "to" and (m := s.starting.get(i + 2)) is not None:
                owner = s.head(s.group_of(m))
                if s.low(owner[-1].end) in s.g.possessives and all(
                    self.type_of(x.entity) == "country" for x in owner
                ):
                    # "approved $150 million to strengthen Sri Lanka's financial sector"
                    return [x.entity for x in owner]
            if s.lows[i] == "in":
                at = i + 1 + (s.low(i + 1) == "the")
                # (a country by name; a capital is where it was signed: "in Beijing")
                place = [e for e in self.country_at(s, at) if s.starting.get(at) is None]
                if place and all(m.kind == "name" for m in s.view.mentions if m.start == at):
                    return place
        return []

    def own_service_in(self, s: Sentence, end: int) -> list[str]:
        """The country named after one's own service or operations undone at
        ``end`` ("shut down its service in Uruguay", "suspend our operations in
        Kenya")."""
        k = end + (s.low(end) in s.g.particles)
        if s.low(k) not in s.g.possessive_pronouns and s.low(k) not in ("both", "all"):
            return []  # "its service", or "both platforms": the speaker's own
        j = k + 1
        while j < min(s.n, k + 4) and s.lows[j] not in self.acts.service_nouns:
            j += 1
        if s.low(j) not in self.acts.service_nouns or s.low(j + 1) != "in":
            return []
        return self.country_at(s, j + 2 + (s.low(j + 2) == "the"))

    def threatened(self, s: Sentence, chain: Chain, verb: int) -> bool:
        """Whether a clause is speculative only by a modal ("may", "could") and
        a warning introduces it ("Spotify warned that it may shut down its
        service in Uruguay") or a condition on another follows it: a threat
        made, not a guess."""
        modals = [
            s.lows[k]
            for k in range(max(0, chain.start - 2), verb)
            if s.lows[k] in self.acts.speculative
        ]
        if not modals or any(w not in self.acts.threat_modals for w in modals):
            return False
        return (
            bool(self.warner(s, chain.start))
            or self.own_option(s, chain.start)
            or self.on_condition(s, verb)
        )

    def on_condition(self, s: Sentence, verb: int) -> bool:
        """Whether the clause of the verb at ``verb`` goes on to a condition on
        another's act ("could close Econet Wireless if the company continues",
        "may revoke the licence unless X complies"): a threat held over them."""
        for i in range(verb + 1, min(s.n, verb + 16)):
            if s.words[i] in MARKS:
                return False
            if s.lows[i] not in s.g.threat_conditions:
                continue
            if s.party_at(i + 1) is not None or s.low(i + 1) in s.g.condition_pronouns:
                return True  # "... if they fail to meet the ultimatum"
        return False

    def own_option(self, s: Sentence, start: int) -> bool:
        """Whether a speaker tells of their own side's hostile option: "Fico
        said that his government may stop electricity supplies to Ukraine", "it
        said it could block the deal" (a threat; a guess about others is none)."""
        k = start - 1
        while k > max(-1, start - 5) and (
            s.lows[k] in self.acts.auxiliaries or s.lows[k] in self.acts.speculative
        ):
            k -= 1
        own = s.lows[k] in ("it", "he", "she", "they", "we") or (
            s.lows[k] in s.g.agent_heads and s.low(k - 1) in s.g.possessive_pronouns
        )  # "it may", "his government may"
        if not own:
            return False
        j = k - (s.lows[k] in s.g.agent_heads) - 1
        j -= s.low(j) == "that"
        if j >= 0 and s.lows[j] in self.acts.time_words:
            j -= 1  # "said Friday that"
        return j >= 0 and verb_lemma(s.lows[j]) in self.acts.speech_verbs

    def ordered_done(self, s: Sentence, t: Trigger) -> tuple[list[str], list[str]] | None:
        """ "Vietnam's ministry ordered Telegram blocked": the act of a participle
        after the party an ordering verb names, by the one who orders it."""
        low = s.lows[t.start]
        party = s.ending.get(t.start)
        if party is None or not low.endswith(("ed", "en")) or verb_lemma(low) in (None, low):
            return None
        group = s.group_of(party)
        verb = group[0].start - 1 - (s.low(group[0].start - 1) in s.g.determiners)
        if verb_lemma(s.low(verb)) not in self.acts.ordering_verbs:
            return None
        chain = self.chain(s, verb)
        if chain.speculative or chain.negated:
            return None
        orderers = self.subject(s, chain.start, chain)
        if not orderers and t.act.located:
            # "Judge orders WhatsApp blocked in Brazil": the country it is done in
            orderers = self.located_in(s, t.end)
        return orderers, [x.entity for x in s.head(group)]

    def continuing(self, s: Sentence, start: int, end: int) -> bool:
        """Whether a clause says it adds to what came before: "was also
        sanctioned", "were sanctioned too", "as well"."""
        words = s.lows[start : min(s.n, end + 6)]
        return (
            "also" in words
            or "too" in s.lows[end : end + 6]
            or has_phrase(s.lows[end : end + 6], s.g.addition_phrases)
        )

    def owned_object(self, s: Sentence, end: int) -> bool:
        """Whether the object after a verb ending at ``end`` is a thing a party
        owns, that party named before it: "the EU's code of practice", "the
        Council of Europe convention" (a party, then words that are no party)."""
        k = end + (s.low(end) in s.g.determiners)
        m = s.starting.get(k)
        if m is None or self.type_of(m.entity) not in ("organization", "country"):
            return False
        j = m.end + (s.low(m.end) in s.g.possessives)
        if s.low(j) == "(":
            j = s.closing(j) + 1  # "the Council of Europe (CoE) Framework Convention"
        return s.is_noun_word(j) and j not in s.inside and s.low(j) not in s.g.conjunctions

    def names_in_relative(self, s: Sentence, verb: int) -> bool:
        """Whether the naming verb at ``verb`` names what a relative clause
        is about: "an actor which FireEye has designated APT31" (its object
        is the actor; the party after it, the name it was given)."""
        if s.lows[verb] not in s.g.naming_participles or (verb + 1) not in s.starting:
            return False
        k = verb - 1
        while k >= 0 and (s.lows[k] in s.g.be_forms or s.lows[k] in s.g.verb_openers):
            k -= 1
        subject = s.ending.get(k + 1)
        if subject is None:
            return False
        for j in range(subject.start - 1, max(-1, subject.start - 6), -1):
            if s.lows[j] in ("which", "whom"):
                return True  # "which US security firm FireEye"
            if not (j in s.inside or (s.lows[j].isalpha() and s.reading(j) != "verb")):
                return False
        return False

    def set_naming_verb(self, s: Sentence, participle: int) -> int | None:
        """Where "be" or "include" names the set a participle opens the sentence
        with ("The sanctioned entities are X", "The banned firms include X",
        "Those sanctioned include X"), or None."""
        if s.low(participle - 1) not in s.g.referring_determiners:
            return None
        k = participle + 1
        if participle == 1 and (
            s.low(k) in s.g.be_forms or verb_lemma(s.low(k)) in self.acts.coverage_verbs
        ):
            return k  # "Those sanctioned include X"
        k += 1
        if not s.is_noun_word(participle + 1):
            return None
        if (
            s.low(k) == ","
            and s.low(k + 1) in s.g.relatives
            and verb_lemma(s.low(k + 2)) in self.acts.coverage_verbs
        ):
            return k + 2  # "... to the sanctioned firms, which include X"
        if participle != 1:
            return None
        naming = s.low(k) in s.g.be_forms or verb_lemma(s.low(k)) in self.acts.coverage_verbs
        return k if naming else None

    def past_forum(self, s: Sentence, end: int, found: list[str]) -> list[str]:
        """The target of an act brought before a forum, past the forum ("a
        complaint with the FAS against Apple": Apple; with no other: none)."""
        first = next((m for m in s.parties if m.start >= end and m.entity in found), None)
        if first is None:
            return found
        k = first.start - 1 - (s.low(first.start - 1) == "the")
        entity = self.entity(first.entity)
        court = entity is not None and any(
            w in self.acts.court_words for w in entity.name.lower().split()
        )
        if s.low(k) not in self.acts.forum_prepositions and not (s.low(k) == "in" and court):
            return found  # ("filed suits in the U.S. District Court of Delaware": a forum too)
        after = s.group_of(first)[-1].end
        if s.low(after) in self.acts.reason_prepositions and not self.forum_body(first.entity):
            # "recalled its ambassador to Iran over the execution of X", "protested to
            # China over the arrest of X": the one addressed, for what it did
            return found
        return self.after_noun(s, after)

    def main_clause_author(self, s: Sentence, start: int) -> list[str]:
        """ "In a move condemned by X, Russia vetoed Y": the move is the main
        clause's, so its subject's (the parties after the comma); so is the one
        a participle opening the sentence describes ("Sanctioned by the US,
        Huawei ...")."""
        k = start - 1
        while k > 0 and s.is_ly_adverb(k):
            k -= 1  # "strongly condemned"
        fronted = start == 0  # "Sanctioned by the US, Huawei turned to ...": Huawei
        if not fronted and (
            noun_lemma(s.low(k)) not in self.acts.act_references or s.low(k - 2) != "in"
        ):
            return []
        comma = s.comma_after(start, reach=12)
        m = s.party_at(comma + 1) if comma is not None else None
        return [x.entity for x in s.head(s.group_of(s.headed(m)))] if m else []

    def homes(self, parties: list[str]) -> list[str]:
        """The countries the parties' bodies belong to."""
        out = []
        for e in parties:
            entity = self.entity(e)
            if entity is not None and entity.type == "organization" and entity.country:
                out.append(entity.country)
        return out

    def clause_ends(self, s: Sentence, k: int) -> bool:
        """Whether a clause ends at ``k``: a stop, or "and" and another verb
        ("denied any involvement and insisted ...")."""
        if s.low(k) in (",", ".", ";", ""):
            return True
        return s.low(k) == "and" and k + 1 not in s.starting and s.reading(k + 1) == "verb"

    def enacts(self, s: Sentence, end: int) -> bool:
        """Whether a signing verb ending at ``end`` has a law for its object
        ("signed a bill", "signed an executive order"): no deal between two."""
        k = end
        while k < min(s.n, end + 4) and (
            s.lows[k] in s.g.determiners or s.is_describing_word(k) or k in s.inside
        ):
            k += 1
        return (
            noun_lemma(s.low(k)) in self.acts.enacted_nouns or s.low(k) in self.acts.enacted_nouns
        )

    def passive_between(self, s: Sentence, end: int) -> bool:
        """Whether a passive verb (or "be") after an act noun ending at ``end``
        names its parties with "between": "an agreement has been signed between
        X and Y", "the agreement was between X and Y"."""
        j = end
        while j < min(s.n, end + 4) and (
            s.lows[j] in self.acts.auxiliaries or s.lows[j] in self.acts.adverbs
        ):
            j += 1
        if j > end and s.low(j) == "between" and s.lows[j - 1] in s.g.be_forms:
            return True  # "The agreement was between Chile and Peru"
        return (
            j > end
            and s.lows[j].endswith(("ed", "en"))
            and verb_lemma(s.lows[j]) is not None
            and s.low(j + 1) == "between"
        )

    def content_named(self, s: Sentence, start: int, reach: int = 10) -> bool:
        """Whether an act's own verb follows its noun, past its author ("an
        order by President X banning investments"): the act's content named."""
        for k in range(start, min(s.n, start + reach)):
            low = s.lows[k]
            if s.words[k] in MARKS or low in self.acts.clause_breaks:
                return False
            if k not in s.inside and low.endswith("ing") and verb_lemma(low) in self.acts.verbs:
                return True
        return False

    def judged_gerund(self, s: Sentence, t: Trigger, chain: Chain) -> ActClass | None:
        """The act of the verb after a modal that a reported gerund phrase is the
        subject of ("argued using technology made by X could undermine state
        security": undermining), or None where the gerund is no such subject."""
        opener = s.low(t.start - 1)
        if not (
            t.kind == "verb"
            and s.lows[t.start].endswith("ing")
            and chain.start in (t.start, t.start - 1)  # (the speech verb may hand it down)
            and (opener == "that" or verb_lemma(opener) in self.acts.speech_verbs)
        ):
            return None
        for i in range(t.end, min(s.n, t.end + 12)):
            if s.words[i] in MARKS or s.words[i] == ",":
                return None
            if s.lows[i] in s.g.modals:
                cls = self.acts.verbs.get(verb_lemma(s.low(i + 1)) or "")
                return self.acts.classes[cls] if cls else UNJUDGED
        return None

    def relative_object(self, s: Sentence, start: int) -> list[str]:
        """The party a relative pronoun stands for when it is the object of the
        verb group at ``start`` and a pronoun its subject: "India, which it
        accuses of imposing a blockade" (India)."""
        if s.low(start - 1) not in s.g.subject_pronouns or s.low(start - 2) not in (
            "which",
            "whom",
        ):
            return []
        end = start - 3 - (s.low(start - 3) == ",")
        m = s.ending.get(end + 1)
        return [x.entity for x in s.head(s.group_of(s.headed(m)))] if m is not None else []

    def handed_to(self, s: Sentence, end: int) -> list[str]:
        """The party someone is handed "to" within a few words after ``end``
        ("handed over on Friday by Pakistan to Indian officials")."""
        for i in range(end, min(s.n, end + 16)):
            if s.words[i] in MARKS and s.words[i] not in ("(", ")"):
                return []  # (past a bracket: "on Friday (March 1) by Pakistan to")
            if s.lows[i] == "to" and not s.is_bare_verb(i + 1):
                m = s.party_at(i + 1)
                found = [x.entity for x in s.head(s.group_of(s.headed(m)))] if m else []
                # (a country: "handed over to the Red Cross" names no one freed)
                return [e for e in found if self.type_of(e) == "country"]
        return []

    def denied_part(self, s: Sentence, first: int) -> bool:
        """Whether the act noun phrase opening at ``first`` is what a party
        denies a part in: "denied involvement in the Bybit hack"."""
        while first > 0 and (
            first - 1 in s.inside
            or s.lows[first - 1] in s.g.determiners
            or s.is_modifier(first - 1)
            or s.lows[first - 1].isdigit()
        ):
            first = s.inside[first - 1].start if first - 1 in s.inside else first - 1
        if s.low(first - 1) not in ("in", "of") or (
            noun_lemma(s.low(first - 2)) not in self.acts.involvement_nouns
        ):
            return False
        k = first - 3
        while k > 0 and (
            s.lows[k] in s.g.determiners or s.lows[k] in self.acts.hypothetical_determiners
        ):
            k -= 1
        denial = self.verb_act(s.low(k))
        return denial is not None and denial.reactive

    def undone_after(self, s: Sentence, t: Trigger) -> int | None:
        """The reversal verb whose passive subject is the act noun ``t``, past
        its own phrase: "the ban on Sri Lanka was lifted" (in a headline, or a
        line with no full stop, with no auxiliary: "Onion ban lifted for Sri
        Lanka"), said as done."""
        for k in range(t.end, min(s.n, t.end + 10)):
            if k in s.inside:
                continue
            low = s.lows[k]
            if s.words[k] in MARKS or low in self.acts.clause_breaks:
                return None
            if verb_lemma(low) in self.acts.reversal_verbs and low.endswith(("ed", "en", "wn")):
                titled = s.headline or s.words[-1] not in (".", "!", "?", "”", '"')
                if not (s.lows[k - 1] in self.acts.auxiliaries or titled):
                    return None
                chain = self.chain(s, k)
                return None if chain.negated or chain.speculative else k
            if low in self.acts.auxiliaries or low in s.g.determiners:
                continue
            if s.reading(k) == "verb" and not (
                low.endswith("ed") and s.low(k + 1) in self.acts.target_prepositions
            ):
                return None  # another verb: "the ban hit exports", not undone
            # (a participle of the phrase goes by: "the ban imposed on Sri Lanka")
        return None

    def denial_at(self, s: Sentence, k: int) -> bool:
        """Whether the verb at ``k`` denies ("denied", "refutes")."""
        return verb_lemma(s.low(k)) in self.acts.denying_verbs

    def past_charge(self, s: Sentence, end: int) -> int:
        """Past a charge named as an object at ``end`` ("any involvement", "the
        allegations"), or ``end``."""
        k = end
        while k < min(s.n, end + 3) and (
            s.lows[k] in s.g.determiners or s.lows[k] in self.acts.hypothetical_determiners
        ):
            k += 1
        noun = noun_lemma(s.low(k)) or s.low(k)
        if k not in s.inside and (
            noun in self.acts.involvement_nouns or noun in self.acts.claim_nouns
        ):
            return k + 1
        return end

    def gerund_patient(self, s: Sentence, verb: int) -> list[str]:
        """The main clause's subject, patient of a passive gerund after a
        subordinator: "South Korean fishermen are safe after being repatriated
        by North Korean authorities" (the fishermen's country)."""
        being = verb - 1
        while being > 0 and s.is_ly_adverb(being):
            being -= 1
        if s.low(being) != "being" or s.low(being - 1) not in s.g.gerund_subordinators:
            return []
        k = 0  # the noun phrase that opens the sentence (a few words), and the parties in it
        while k < min(being - 1, 12) and (
            k in s.inside
            or s.lows[k] in s.g.determiners
            or s.lows[k][:1].isdigit()
            or s.lows[k] in s.g.count_words
            or s.is_describing_word(k)
            or s.is_modifier(k)
            or s.is_noun_word(k)
            or (k > 0 and s.lows[k].endswith("ed") and k + 1 in s.inside)  # "An arrested Japanese"
        ):
            k += 1
        heads = [m for m in s.parties if m.end <= k]
        if not heads or s.reading(k) != "verb" and s.lows[k] not in self.acts.auxiliaries:
            return []  # (no clause subject opens the sentence)
        return [x.entity for x in s.head(s.group_of(s.headed(heads[-1])))]

    def backer_at(self, s: Sentence, m: Mention) -> Trigger | None:
        """ "the Iran-backed Hezbollah", "US-funded Radio Free Asia": a party,
        a hyphen and an act's past participle before another party are the
        first party's act on the second."""
        j = m.end + 1
        low = s.low(j)
        if s.low(m.end) not in HYPHENS or not low.endswith(("ed", "en")) or j + 1 not in s.starting:
            return None
        if verb_lemma(low) in self.acts.blame_links:
            return None  # "Chinese-linked Salt Typhoon": a tie, no act
        cls = self.acts.verbs.get(verb_lemma(low) or "")
        return Trigger(j, j + 1, self.acts.classes[cls], "backer", j) if cls else None

    def names_the_act(self, s: Sentence, verb: int) -> bool:
        """Whether a reference to an act made before is the subject right before
        ``verb``: "the list", "The sanctions list also", "Russia's 'stop list'"."""
        j = verb - 1
        while s.low(j) in self.acts.adverbs or s.low(j) in QUOTES:
            j -= 1
        if j == 0 and s.low(j) in ("this", "these") and self.last_event is not None:
            # "... sanctions against 29 agents. This includes X": the last act's
            return self.last_event.act.position == "oppose" and not self.last_event.negated
        if noun_lemma(s.low(j)) not in self.acts.act_references:
            return False
        owners = s.g.determiners | s.g.possessives
        return any(s.low(k) in owners for k in range(max(0, j - 3), j))

    def compound_at(self, s: Sentence, i: int, end: int, whole: str) -> Trigger | None:
        """A hyphenated act noun: "a cease-and-desist order", "cyber-attacks",
        "a phase-out" (its parts are no acts: "cease" stops nothing)."""
        acts = self.acts
        noun = whole if whole in acts.nouns else whole[:-1] if whole.endswith("s") else whole
        after = noun_lemma(s.low(end))
        for before, name in acts.compound_nouns.get(after or "", ()):
            if before == (noun,):
                return Trigger(i, end + 1, acts.classes[name], "noun", end)
        if s.low(end) in s.g.craft_nouns:
            return None  # "two fast-attack naval craft": what the craft are for
        cls = acts.nouns.get(noun)
        prefix = whole.split("-", 1)[0]
        if cls is None and prefix not in ("anti", "pro", "non", "post", "pre", "ex"):
            # "cyber-sanction powers", "counter-sanctions": the act its last part names
            cls = acts.nouns.get(noun_lemma(whole.rsplit("-", 1)[-1]) or "")
        return Trigger(i, end, acts.classes[cls], "noun", end - 1) if cls else None

    # -- reading one trigger --------------------------------------------------------------------

    def placed_between(self, s: Sentence, end: int) -> bool:
        """Whether "between" follows a phrase of place right after ``end``: "a
        firefight on the Torkham border between Taliban and Pakistan military"."""
        if s.low(end) not in s.g.place_prepositions and s.low(end) not in ("on", "at"):
            return False
        for k in range(end + 1, min(s.n, end + 6)):
            if s.lows[k] == "between":
                return k > end + 1
            if k in s.inside or not s.words[k].isalpha():
                return False
        return False

    def read(self, s: Sentence, t: Trigger, number: int) -> list[Event]:
        if t.kind == "verb" and t.act.name == "warn" and self.warning_after(s) == t.start:
            return []  # "..., warns minister X": X's warning of the clause, read there
        if t.kind == "verb" and self.detention_describes(s, t):
            return []  # "soldiers captured in Colombian territory will be repatriated"
        if t.kind == "noun":
            return self.read_noun(s, t, number)
        if t.kind == "departure":
            return self.read_departure(s, t, number)
        if t.kind == "label":
            return self.read_label(s, t, number)
        if t.kind == "subjection":
            return self.read_subjection(s, t, number)
        if t.kind == "receipt":
            chain = self.chain(s, t.start)
            givers = self.from_agent(s, t.end) or []
            if chain.negated or chain.speculative or not givers:
                return []
            receivers = [e for e in self.subject(s, chain.start, chain) if e not in givers]
            return self.events(givers, receivers, t.act, s, t, number, False)
        if t.kind == "repeat":
            here = [e for e in self.made_here if e.targets]
            last = here[-1] if here else self.last_event
            chain = self.chain(s, t.start)
            if last is None or chain.speculative or chain.negated:
                return []
            doers = [e for e in self.subject(s, chain.start, chain) if e not in last.targets]
            return self.events(doers, last.targets, last.act, s, t, number, False)
        if t.kind == "backer":
            party = s.inside[t.start - 2]
            backed = [m.entity for m in s.head(s.group_of(s.starting[t.end]))]
            made = self.events([party.entity], backed, t.act, s, t, number, False)
            return [replace(e, own_body=True) for e in made]
        if (
            t.kind == "verb"
            and s.lows[t.head] in s.g.habit_words
            and s.low(t.end) == "to"
            and s.is_bare_verb(t.end + 1)
        ):
            return []  # "which Russia used to supply to Japan": the supplying, read there
        if (
            t.kind == "verb"
            and self.denial_at(s, t.head)
            and s.lows[t.end : t.end + 1] != []
            and s.lows[t.end].endswith("ing")
            and t.end not in s.inside
            and s.reading(t.end) == "verb"
        ):
            # "denies using Israeli spyware", "denies hacking Kenyan state agencies":
            # one's own deed denied, neither done nor a stance toward its object (an
            # accuser named is answered at the claim)
            s.consumed.add(t.end)
            return []
        if t.kind == "verb" and t.act.position == "undecided" and self.regarded(s, t.end):
            return []  # "China considers Taiwan its own land": a view held, no choice weighed
        listed = self.among(s, t)
        if listed is not None:
            return self.events(*listed, t.act, s, t, number, False)
        if (
            t.kind == "verb"
            and t.act.name in self.acts.spending_acts
            and verb_lemma(s.lows[t.head]) in self.acts.control_verbs
            and verb_lemma(s.lows[t.head]) not in self.acts.permission_verbs  # ("helping to")
            and s.low(t.end) == "to"
            and s.is_bare_verb(t.end + 1)
        ):
            return []  # "pledged to integrate their economies": the verb after it tells
        fronted = self.fronted_passive(s, t)
        if fronted is not None:
            return self.events(*fronted, t.act, s, t, number, False)
        if verb_lemma(s.lows[t.head]) in self.acts.delisting_verbs and self.off_list(s, t.end):
            return []  # "removed Huawei from its Entity List": read at the list
        if self.barred_act(s, t):
            return []  # "a blacklist that barred it from working with X": not done
        if verb_lemma(s.lows[t.head]) in self.acts.transitive_verbs and (
            s.low(t.end) in self.acts.target_prepositions or s.low(t.end) in s.g.particles
        ):
            return []  # "returned to Canada": no one returned
        if (
            verb_lemma(s.lows[t.head]) in self.acts.negating_verbs
            and s.low(t.end) == "to"
            and s.is_bare_verb(t.end + 1)
            and (verb_lemma(s.low(t.end + 1)) or "") in self.acts.verbs
        ):
            return []  # "refused to ban Huawei": read at the act refused, negated (not
            # "refused to launch OneWeb satellites": against OneWeb)
        if t.act.reactive and noun_lemma(s.low(t.end + (s.low(t.end) in s.g.determiners))) in (
            self.acts.involvement_nouns
        ):
            return []  # "denied involvement in the Bybit hack": one's own part, no stance
        chain = self.chain(s, t.start)
        ordered = self.ordered_done(s, t)
        if ordered is not None:
            return self.events(*ordered, t.act, s, t, number, False)
        if t.kind == "reversal" and s.low(chain.start) in self.acts.demand_modals:
            return self.demand(s, t, chain, number)
        if chain.speculative and not chain.passive:
            chain = self.advised(s, t.start, chain)
        threat = (
            chain.speculative
            and t.act.position == "oppose"
            and self.threatened(s, chain, t.start)  # "warned that it may shut down X"
        )
        weighing = t.act.position == "undecided" and not chain.negated
        if not threat and ((chain.speculative and not weighing) or self.speculated(s, t.start)):
            return []  # (but "Brazil could decide on the purchase": weighing it still)
        chain = replace(chain, speculative=False) if threat or weighing else chain
        act, negated = t.act, chain.negated
        judged = self.judged_gerund(s, t, chain)
        if judged is not None:
            if judged.position != "oppose":
                return []  # "said using X is safe": a judgement of the act, not the act
            # "argued using technology made by X could undermine state security"
            targets, _ = self.object(s, t)
            speaker = self.speaker(s, t.start - (s.low(t.start - 1) == "that"))
            return self.events(speaker, targets, judged, s, t, number, False)
        if negated and chain.ceased and act.position == "support" and act.negated is None:
            # "will no longer recognize the court": support withdrawn
            act, negated = inverted(act) or act, False
        if negated and chain.resisted and act.position == "support" and not act.mutual:
            # "vetoed a resolution to grant membership to Palestine": against Palestine
            act, negated = inverted(act) or act, False
        passive = (
            chain.passive
            or (
                s.lows[t.head].endswith(("ed", "en"))
                and s.low(t.end) == "by"
                and self.by_agent(s, t.end) is not None
            )
        ) and s.lows[t.head] not in self.acts.state_participles  # ("is concerned about X")
        if passive:
            agents = self.by_agent(s, t.end)
            apposed = (
                (self.listed_among(s, t.start) or self.participle_noun(s, t.start))
                if chain.start == t.start
                else None
            )
            patients = (
                apposed
                if apposed is not None
                else (
                    self.main_clause_author(s, chain.start)
                    or self.gerund_patient(s, t.start)  # (before a speaker the clause ends with)
                    or self.subject(s, chain.start, chain)
                )
            )
            if not patients and act.name.split("-")[0] in self.acts.personal_acts:
                patients = self.nationals(s, chain.start)
            if not patients and agents and act.name.split("-")[0] in self.acts.handover_acts:
                # "the pilot was handed over by Pakistan to Indian officials": to India
                patients = [e for e in self.handed_to(s, t.end) if e not in agents]
            if (
                not patients
                and agents
                and act.position == "oppose"
                and not act.mutual
                and self.plain_noun(s, chain.start - 1)
            ):
                # "Ukraine's nuclear plant has been seized by Russian forces": its owner's
                first = chain.start - 1
                while (
                    first > 0
                    and chain.start - first < 5
                    and first - 1 not in s.inside
                    and s.low(first - 1) not in s.g.possessives
                    and s.words[first - 1] not in MARKS
                    and s.words[first - 1] != ","
                ):
                    first -= 1  # (to the noun phrase's start: "Ukraine's Zaporizhzhia plant")
                patients = [e for e in self.possessor(s, first) if e not in agents]
            if not patients and agents and act.position == "oppose" and not act.mutual:
                patients = [e for e in self.origin_before(s, chain.start) if e not in agents]
            if apposed is not None:
                patients = apposed  # (the noun's, or nobody's: no owner before it)
            if agents is None and act.name == "release":
                # "released from a Rwandan prison", "Colombians imprisoned in Venezuela
                # have been freed"
                agents = self.holder(s, t.end) or self.held_in(s, chain.start)
                if agents and not patients:
                    # "Four Venezuelan soldiers captured in Colombian territory will be
                    # repatriated": the ones named before the detention
                    patients = self.nationals(s, self.detained_before(s, chain.start))
                if agents and set(patients) <= set(agents):
                    # "Five Sri Lankan fishermen arrested by India were released",
                    # "fishermen who were arrested by Malaysian authorities were freed"
                    patients = self.nationals(s, self.detained_before(s, chain.start))
            to = self.past_time(s, t.end)  # ("was summoned on Thursday to")
            if (
                agents is None
                and verb_lemma(s.lows[t.head]) in self.acts.summoned_to_verbs
                and s.low(to) == "to"
                and (summoner := s.party_at(to + 1)) is not None
            ):  # "was summoned to the German Foreign Ministry": the ministry summons
                agents = [x.entity for x in s.head(s.group_of(s.headed(summoner)))]
            if agents is None and act.name == "expel" and s.low(to) == "from":
                # "Australian officers were expelled from Vanuatu": Vanuatu expels them
                host = self.described_party(s, to + 1)
                if host is not None and self.type_of(host.entity) == "country":
                    agents = [x.entity for x in s.head(s.group_of(host))]
            if (
                agents is None
                and verb_lemma(s.lows[t.head]) in self.acts.detention_verbs
                and s.low(t.end) == "in"
                and patients
                and all(self.type_of(e) in ("person", "company") for e in patients)
            ):
                # "Arthur Petrov was arrested in Cyprus": Cyprus arrests him (nationals
                # stand for no country: "two Chinese nationals were detained in X")
                at = t.end + 1 + (s.low(t.end + 1) in s.g.determiners)
                agents = (
                    [
                        m.entity
                        for m in s.view.mentions  # (a place: no party)
                        if m.start == at
                        and m.kind == "name"
                        and self.type_of(m.entity) == "country"
                    ][:1]
                    or None
                )
            if agents is None and act.name == "remove" and s.low(t.end) == "from":
                # "DeepSeek was removed from Apple's App Store": the store's owner
                store = s.party_at(t.end + 1)
                if store is not None and self.type_of(store.entity) == "company":
                    agents = [x.entity for x in s.head(s.group_of(store))]
            if agents is None:
                entered = [e for e in self.barred_entry(s, t) if e not in patients]
                if entered and patients:
                    return self.events(entered, patients, act, s, t, number, negated)
                used = self.barred_from(s, t)
                if used:
                    return self.events(patients, used, act, s, t, number, negated)
                owner = self.barred_owner(s, t)
                if owner:
                    owner = owner + [e for e in self.advisers(s, t.end) if e not in owner]
                    return self.events(owner, patients, act, s, t, number, negated)
                placed = self.located_in(s, self.past_object(s, t.end)) if act.located else []
                if placed and patients:
                    # "Huawei was banned for 5G in Australia": Australia's ban
                    return self.events(placed, patients, act, s, t, number, negated)
                again = self.last_of_act.get(act.name)
                if patients and again is not None and self.continuing(s, chain.start, t.end):
                    # "X was also sanctioned": by the author of the last sanctions
                    return self.events(again.actors, patients, act, s, t, number, negated)
                investigators = self.opening_investigator(s, chain.start)
                patients_apart = [e for e in patients if e not in investigators]
                if patients_apart and investigators and act.name in self.acts.official_acts:
                    # "Following an investigation by the Hamburg DPA, H&M has been fined"
                    return self.events(investigators, patients_apart, act, s, t, number, negated)
                if act.name in self.acts.official_acts | self.acts.awarding_acts:
                    # "The Commission announced that Temu ... was fined": the body reporting it
                    # (a claim is the speaker's own: "Iran is implicated, said Brian Nelson";
                    # an award a buyer's: "Ogero announced that Huawei was awarded tenders")
                    reporters = [
                        e
                        for e in self.speaker(s, chain.start)
                        if self.type_of(e) in ("organization", "country")
                        or act.name in self.acts.claim_acts
                        or (act.name in self.acts.awarding_acts and self.type_of(e) == "company")
                    ]
                    return self.events(reporters, patients, act, s, t, number, negated)
                return []
            if act.mutual and not patients and self.plural_before(s, chain.start):
                return []  # "the contracts signed by X and Y": each its own, not one together
            return self.events(agents, patients, act, s, t, number, negated)
        if act.speaker and verb_lemma(s.lows[t.head]) in self.acts.intrusion_verbs:
            breached, _ = self.object(s, t)
            end = self.end_of(s, breached, t.end, 0)
            system = any(  # "the Dutch defence network", "Microsoft's email system"
                noun_lemma(s.low(j)) in self.acts.system_nouns for j in range(end, end + 4)
            )
            bare = noun_lemma(s.low(end)) is None  # "breached Microsoft."; not "EU rules"
            if breached and (system or bare) and "hack" in self.acts.classes:
                # "Russian hackers breached Microsoft": a hack, not a rule broken
                act = self.acts.classes["hack"]
                t = replace(t, act=act)
        if act.speaker:
            speaker = self.speaker(s, chain.start) or self.quote_speaker(s, warning=True)
            faulted = self.subject(s, chain.start, chain) or self.act_author(s, chain.start)
            return self.events(speaker, faulted, act, s, t, number, negated) + self.behind(
                s, t, faulted, number, negated
            )
        if (
            chain.urgee
            and chain.urged
            and act.name == "expel"
            and not chain.negated
            and any(w in self.acts.envoy_nouns for w in s.lows[t.start : t.end])
        ):
            # "Guatemala asked Venezuela to withdraw its ambassador": the one who
            # asks sends the envoy home
            return self.events(chain.urged, chain.urgee, act, s, t, number, False)
        urged_object = self.object(s, t) if chain.urgee else ([], None)
        if (
            chain.urgee
            and (
                t.kind == "reversal"
                or (negated and act.position == "support" and not urged_object[0])
            )
            and not (t.kind == "reversal" and urged_object[1] is not None and urged_object[0])
            # "asked Apple and Google to remove DeepSeek": against DeepSeek, a verb of its
            # own act done to a party (not "urged Y to stop Z", Y's own doing)
            and not (
                t.act.position == "oppose"
                and t.act.name != self.acts.reversal_class
                and urged_object[0]
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
        if self.undone_intent(s, chain.start):
            # "reversed its decision to allow X", "scrapped a proposal to ban X"
            undone = inverted(act)
            if undone is None:
                return []
            act = undone
        self.through_speculation, self.referred_act = False, None
        issuer = self.issuer(s, t.start) if s.lows[t.head].endswith("ing") else None
        if issuer is not None and not issuer:
            return []  # "a proposed order banning X": not issued
        subjects = issuer or self.subject(s, chain.start, chain)
        if self.through_speculation:
            return []  # "is expected to join ... to prevent X": not done
        if self.referred_act is not None and self.referred_act.position == act.position:
            act = self.referred_act  # "the sanctions target X": sanctioned, not attacked
        if act.reversed:
            # "Huawei poses a threat to US security": the threatened side, or the speaker
            toward = self.after_noun(s, t.end) or self.speaker(s, chain.start)
            toward = toward + [e for e in self.sources(s) if e not in toward]
            return self.events(toward, subjects, act, s, t, number, negated)
        if act.mutual and (
            (passive is False and self.plural_object(s, t.end))
            # "the fight against terrorism": against what follows, not each other
            or s.low(t.end) == "against"
        ):
            act = ActClass(act.name, act.position, act.label, False, act.negated)
        if act.mutual and t.kind == "verb" and self.enacts(s, t.end):
            return []  # "the governor signed a bill that bans X": a law made, read at its act
        if act.mutual and t.end - t.start == 1 and self.agrees_to_act(s, t.end):
            return []  # "X and Y agreed to join Z": read at what they agreed to (a deal
            # struck "to end the ban" is a deal between them, and its act read too)
        if act.mutual:
            sides = self.partners(s, t.end)
            pair = self.pair_in(s, t.start, t.end)
            if pair and not sides and not chain.negated:
                # "strengthen China-Ghana ties": each side's toward the other
                return self.events(pair, [], act, s, t, number, False)
            between = "between" in s.lows[t.end : t.end + 8]
            if len(sides) > 1 and (
                s.low(t.start - 1) in s.g.determiners or (not subjects and between)
            ):
                # "mediated an exchange of prisoners between Russia and Ukraine":
                # the sides named, not the one who brought it about; "the two
                # leaders held talks to strengthen relations between X and Y": X and Y
                return self.events(sides, [], act, s, t, number, negated)
            # "met with X", "signed a deal with X"; or "met his counterpart X", "visited X"
            targets, governed = sides or self.supplied(s, t.end), None
            if not targets and t.kind == "verb" and act.direct:
                targets, governed = self.object(s, t)
            elif not targets and t.kind == "verb" and self.owned_object(s, t.end):
                # "signed the Council of Europe convention", "signed the EU's code":
                # support for the one whose text it is, not a deal among the signers
                targets, governed = self.object(s, t)
                act = replace(act, mutual=False)
            if targets and self.intended(s, chain.start):
                act = replace(act, mutual=False)  # "would strengthen cooperation with X"
        else:
            # "Microsoft said Russian hackers broke into its email system": Microsoft's
            at = t.end + (s.low(t.end) in s.g.particles)
            if s.low(at) in s.g.articles and s.low(at + 2) == "of" and s.is_noun_word(at + 1):
                at += 3  # "prohibited the use of its chips": its chips
            own = self.pronoun_owner(s, at, act)
            targets, governed = (own, None) if own else self.object(s, t)
            if chain.urgee and targets and set(targets) <= set(chain.urgee):
                # "ordered Meta to use facial recognition on Facebook": its own
                # doing on itself, no stance of the one who orders toward it
                return []
            if act.reactive and governed is None:
                targets = targets + [e for e in self.forum_of(s, t.end) if e not in targets]
            if (
                not targets
                # (or the support it names: "pledged $87 million in financial support to
                # cover salaries in Syria")
                and (governed is None or (governed.position == "support" and s.opens_amount(t.end)))
                # "has approved USD 150 million to ...": an amount granted is spent
                and (
                    act.name in self.acts.spending_acts
                    or (act.position == "support" and s.opens_amount(t.end))
                )
                # (not "up to $6 billion in direct funding": a noun after its preposition)
                and not any(
                    w in self.acts.target_prepositions and w != "to"
                    for w in s.lows[max(0, t.start - 2) : t.start]
                )
            ):
                targets = self.invested_in(s, t.end)  # "invest $2 billion ... in Malaysia"
                governed = None if targets else governed
            if act.position == "undecided" and not targets and governed is None:
                # "considering investing in Pakistan", "considers fighting the decision":
                # the act weighed, read as it reads, undecided
                weighed = self.weighed(s, t.end, number)
                if weighed:
                    trigger = s.view.span_text(t.start, t.end)
                    return [replace(e, act=act, trigger=trigger, negated=negated) for e in weighed]
            if act.name in self.acts.infinitive_acts:
                end = self.end_of(s, targets, t.end, 0)
                while end and end < min(s.n, t.end + 16) and self.plain_noun(s, end):
                    end += 1  # "ordered three Chinese firms to divest": the firms told
                if not (s.low(end) == "to" and s.is_bare_verb(end + 1)):
                    return []  # "will require trade permits for US chips": no one compelled
            if act.name in self.acts.against_acts and t.kind == "verb":
                # "warned allies against Huawei", "cautioned Panama against allowing
                # Chinese influence": what they are warned against, not the warned
                targets = self.warned_against(s, t, targets) or targets
            if targets and act.position == "oppose" and s.low(t.end) in ("to", "before"):
                # "protested to the UN Security Council against Ethiopia": past the forum
                past = self.past_forum(s, t.end, targets)
                # (a forum alone is not opposed: "complained to the WTO about ...")
                targets = past or [e for e in targets if not self.forum_body(e)]
            firing = verb_lemma(s.lows[t.head]) in self.acts.firing_verbs
            if targets and firing and not self.fired_at(s, t.end, reach=8):
                targets = []  # "fired a missile into the sea off South Korea's coast": a test
            placed_verb = t.kind == "verb" and verb_lemma(s.lows[t.head]) in self.acts.placed_verbs
            if not targets and (act.on_place or placed_verb) and governed is None:
                # "struck three nuclear sites in Iran": the country they are in ("fired a
                # missile into the sea near Japan" is a test, no attack on Japan)
                placed = self.located_in(
                    s, self.past_object(s, t.end), listing=True, near=not firing
                )
                targets = [e for e in placed if e not in subjects]
                if targets and not act.on_place and "attack" in self.acts.classes:
                    act = self.acts.classes["attack"]  # "attacked an airfield in Russia"
            if not targets and governed is None:
                targets = self.relative_object(s, chain.start)
            if not targets and act.position == "oppose" and not act.reactive and governed is None:
                # "banned operators taking part in the auction from using products
                # made by Huawei": what the barred ones are turned from
                targets = self.barred_from(s, t, reach=20)
            answered = (
                self.responded_to(s, t.end) if act.position == "oppose" and not targets else []
            )
            if answered:
                # "take countermeasures in response to U.S. sanctions": toward their author
                # ("sanctions on Russia in response to its strike": on Russia)
                targets, governed = answered, None
        governed = t.undone or governed
        if t.kind == "reversal" and governed is None and act.name != self.acts.reversal_class:
            pass  # "remove the vendor's kit": the verb's own act
        elif t.kind == "reversal":
            if (
                governed is None
                and targets
                and not self.direct_object(s, t.end, targets)
                and not self.service_of(s, t.end, targets)
            ):
                return []  # "ending speculation that the vendor ...": no act undone
            if governed is None and not targets:
                # "will shut down its service in Uruguay": against the country it leaves
                placed = self.own_service_in(s, t.end)
                if placed:
                    return self.events(subjects, placed, act, s, t, number, negated)
                return []
            noun_at = self.next_act_noun(s, t.end) if governed is not None else None
            undone_twice = noun_at is not None and any(
                verb_lemma(s.lows[j]) in self.acts.reversal_verbs for j in range(t.end, noun_at)
            )  # "reversed a decision to ease sanctions on X": the sanctions stand
            if undone_twice and governed is not None:
                s.consumed.update(range(t.end, (noun_at or t.end) + 1))
                act = governed
            elif governed is not None and (
                governed.position == "support"
                and verb_lemma(s.lows[t.head]) in self.acts.completing_verbs
            ):
                act = governed  # "closed a deal with X": the deal done, not undone
            elif governed is not None:
                inverse = inverted(governed)
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
            if not targets and governed.received:
                # "assessing the offers made by the US": those who made them
                targets = self.by_agent(s, noun_at + 1, participle=True) or []
            return self.events(subjects, targets, act, s, t, number, negated)
        elif governed is not None:
            if act.reactive:
                # "challenged a fine imposed by X", "condemned Y's sanctions": the act's author
                author = self.author_of_next_act(s, t)
                answered = [] if author else self.author_of_last(s, t, governed, subjects)
                if answered:
                    return self.events(subjects, answered, act, s, t, number, negated)
                refused = self.refused(s, t, governed) if not author else None
                if refused is not None:
                    return self.events(subjects, *refused, s, t, number, negated)
                made = self.events(subjects, author, act, s, t, number, negated)
                noun_at = self.next_act_noun(s, t.end)
                if author and governed.position == "support" and not governed.mutual:
                    # "condemned the shipment of North Korean missiles to Russia": its
                    # receiver too
                    receivers = [] if noun_at is None else self.after_noun(s, noun_at + 1)
                    receivers = [r for r in receivers if r not in author]
                    made += self.events(subjects, receivers, act, s, t, number, negated)
                if (
                    author
                    and governed.position == "oppose"
                    and noun_at is not None
                    and not self.after_noun(s, noun_at + 1)
                    and not self.compound_target(s, noun_at)
                    and not self.content_named(s, noun_at + 1)
                ):
                    # "Huawei plans to challenge Estonia's 5G ban": a ban on Huawei
                    # (not "condemned an order by X banning investments": on those)
                    hit = Trigger(noun_at, noun_at + 1, governed, "noun", noun_at)
                    made += self.events(author, subjects, governed, s, hit, number, False)
                return made
            noun_at = self.next_act_noun(s, t.end)
            if act.name in self.acts.approving_acts and governed.received and t.kind == "verb":
                # "Haiti welcomed Kenya's offer to lead a force": toward the one who offered
                giver = self.author_of_next_act(s, t)
                return self.events(subjects, giver, act, s, t, number, negated)
            if (
                act.position == "support"
                and act.name in self.acts.approving_acts
                and governed.position == "support"
                and not governed.mutual
                and noun_at is not None
                and s.low(noun_at + 1) != "with"  # (a contract with another: both, below)
            ):
                # "Ukraine welcomed the new US aid package": for the giver; and the
                # aid, naming no one, is for the one who welcomes it
                giver = self.author_of_next_act(s, t)
                made = self.events(subjects, giver, act, s, t, number, negated)
                if giver and not self.after_noun(s, noun_at + 1) and not negated:
                    hit = Trigger(noun_at, noun_at + 1, governed, "noun", noun_at)
                    made += self.events(giver, subjects, governed, s, hit, number, False)
                return made
            if (
                act.position == "support"
                and governed.position == "support"
                and noun_at is not None
                and (governed.mutual or s.low(noun_at + 1) == "with")
            ):
                # "welcomed the peace agreement between Israel and Hamas": both sides
                pair = self.partners(s, noun_at + 1) if s.low(noun_at + 1) == "between" else []
                if not pair and s.low(noun_at + 1) == "with":
                    # "approved the Vodafone deal with Huawei", "endorsed Safaricom's
                    # contract with Huawei": both sides
                    owner = self.compound_target(s, noun_at) or self.possessor(s, noun_at)
                    pair = owner + self.partners(s, noun_at + 1)
                if not pair and governed.mutual:
                    # "welcomed the peace agreement signed by Ethiopia and Eritrea",
                    # "welcomes the signing of a peace agreement by X and Y": its signers
                    pair = self.by_agent(s, noun_at + 1, participle=True) or []
                if len(pair) > 1:
                    return self.events(subjects, pair, act, s, t, number, negated)
            if (
                act.position == "support"
                and governed.position == "support"
                and not governed.mutual
                and noun_at is not None
            ):
                # "approved Italian state aid for X": for X too (the aid, Italy's,
                # is read at the noun)
                receivers = self.after_noun(s, noun_at + 1)
                return self.events(subjects, receivers, act, s, t, number, negated)
            return []  # "approved sanctions on X": the noun's act, read at the noun
        if act.position == "undecided" and targets:
            matter_end = max((m.end for m in s.parties if m.entity in targets), default=t.end)
            s.consumed.update(range(t.end, matter_end))  # "yet to decide on allowing X"
        if act.position == "oppose" and not act.reactive:
            barred = self.barred_complement(s, t)
            if barred and not (targets and set(barred) <= set(subjects)):
                targets = barred
            elif targets:
                self.barred_gerund(s, targets)
        if targets and act.name == "buy" and not self.bought_from(s, t, targets):
            targets = []  # "bought Mellanox": an acquisition, not a supplier chosen
        if (
            targets
            and act.name == "buy"
            and noun_lemma(s.lows[t.end - 1]) in self.acts.order_nouns
            and s.low(t.end) == "from"
            and not negated
        ):
            # "Boeing announced orders from Vietjet": the ones ordering buy from it
            return self.events(targets, subjects, act, s, t, number, negated)
        if not targets and act.name == "remove" and t.kind == "verb":
            chosen = self.contrast(s, t, [])
            if chosen:  # "replace its retiring fleet with Embraer's C-390": for Embraer
                choice = self.acts.classes["choose"]
                return self.events(subjects, chosen, choice, s, t, number, negated)
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
            and (
                has_phrase(s.lows[t.end : t.end + 4], s.g.reciprocal_phrases)
                or verb_lemma(s.lows[t.head]) in self.acts.exchange_verbs  # "exchanged fire"
            )
        ):
            mutual = ActClass(act.name, act.position, act.label, True, act.negated)
            return self.events(subjects, [], mutual, s, t, number, negated)
        if not targets and act.name in self.acts.conditioned_acts:
            targets = self.conditioned(s, t.end)
        if not targets and self.last_event is not None and self.refers_to_act(s, t.end):
            # "Beijing protested the move": toward its author; "Trump backed the
            # decision": the decision's own stance
            if act.only_negated and not negated:
                return []  # "updated its fees to comply with the rules": nothing shown
            last = self.last_event
            if act.position == "support" and last.act.position == "oppose" and not act.mutual:
                if set(subjects) & set(last.targets):
                    return []  # those it was done to: "the companies failed to comply with it"
                return self.events(subjects, last.targets, last.act, s, t, number, negated)
            targets = list(last.actors)
        if (
            not targets
            and act.reactive
            and self.last_event is not None
            # (or a body of one: "China's Foreign Ministry has denied any involvement")
            and (set(subjects) | set(self.homes(subjects))) & set(self.last_event.targets)
            # no object, or only the charge: "China hit back", "China denied any involvement"
            and self.clause_ends(s, self.past_charge(s, t.end))
        ):
            # "The US accused Beijing ... China hit back, calling": at the last act's author
            targets = [a for a in self.last_event.actors if a not in subjects]
        return self.events(subjects, targets, act, s, t, number, negated)

    def read_noun(self, s: Sentence, t: Trigger, number: int) -> list[Event]:
        acts = self.acts
        if t.act.name == "list":
            return self.read_listing(s, t, number)
        first = t.start  # where the noun's phrase begins, past determiners and modifiers
        while first > 0 and (s.lows[first - 1] in s.g.determiners or s.is_modifier(first - 1)):
            first -= 1
        if s.low(first - 1) in acts.negators:
            return []  # "there are no legal objections to X", "received no support from X"
        if self.denied_part(s, first):
            return []  # "denied involvement in the Bybit hack": no act owned
        if noun_lemma(s.lows[t.head]) in acts.delisting_nouns and self.off_list(s, t.end):
            return []  # "the removal of Sudan from the list": read at the list
        if t.act.name == acts.reversal_class:
            j = t.end + 1  # past "of"
            while s.low(j) in s.g.determiners or (
                (s.is_modifier(j) or s.is_describing_word(j) or s.lows[j].endswith("ing"))
                and acts.nouns.get(noun_lemma(s.low(j + 1)) or "")
            ):
                j += 1  # (and a word describing the act: "the lifting of the total ban on X")
            undone = acts.nouns.get(noun_lemma(s.low(j)) or "")
            if undone is not None and j not in s.inside:
                # "the lifting of sanctions on X": the sanctions undone
                inverse = inverted(acts.classes[undone])
                if inverse is None:
                    return []
                s.consumed.add(j)
                t = Trigger(t.start, j + 1, inverse, "noun", t.head)
        undoing = (
            self.undone_after(s, t)
            # (a grant undone has its holder before it: "the Speaker's visas were cancelled")
            if t.act.name != acts.reversal_class and t.act.position == "oppose"
            else None
        )
        if undoing is not None:
            # "India's ban on Sri Lanka was lifted", "Onion ban lifted for Sri Lanka"
            inverse = inverted(t.act)
            if inverse is None:
                return []
            s.consumed.add(undoing)
            t = Trigger(t.start, t.end, inverse, "noun", t.head)
        if t.act.name in acts.permission_acts and s.low(t.end) == "of":
            at = self.next_act_noun(s, t.end + 1, reach=5)
            enacted = self.act_noun_at(s, at) if at is not None and at not in s.inside else None
            if at is not None and enacted is not None and enacted.position == "oppose":
                # "the EU's approval of the 18th package of sanctions against Russia":
                # the approver's sanctions
                s.consumed.add(at)
                t = Trigger(t.start, at + 1, enacted, "noun", t.head)
        # what governs the noun: "imposed sanctions", "won a grant", "faces a fine",
        # "hit Uber with a fine", "seeks 68 bln won of fines"
        k, between = self.governor_of(s, t.start)
        answered = self.opener(s, t.start, acts.response_phrases)
        if answered is not None or self.opener(s, t.start, s.g.adjunct_openers) is not None:
            # "imposed tariffs in response to tariffs", "released by North Korea after an
            # 11-day detention": not governed
            k, between = -1, []
        governor = verb_lemma(s.low(k)) if k >= 0 else None
        announced = self.announced_existence(s, k, t.start)
        if k >= 0 and self.barred_act(s, Trigger(k, k + 1, t.act, "verb", k)):
            return []  # "blocked Fastweb from signing a deal with Huawei": not signed
        if governor in acts.urge_verbs and t.act.position == "undecided":
            # "urged a comprehensive review of products from Intel": a call to
            # investigate, not a weighing of its own
            t = replace(t, act=acts.classes.get("investigate", t.act))
        if governor is None:
            between = []  # a party before the noun with no verb before it owns it"
        possessive = self.possessor(s, t.start)
        if (
            possessive
            and set(possessive) == set(between)
            and governor in acts.light_verbs
            and governor not in acts.joining_verbs  # ("matches U.S. tariffs": the US's)
            and (t.start - 1) in s.inside
            and s.inside[t.start - 1].start - k <= 3  # (the verb's own object)
            and s.low(t.start - 1) not in s.g.possessives
            and s.low(t.end) not in acts.target_prepositions  # ("US sanctions on Russia")
            and t.act.position == "oppose"
            and not t.act.mutual
            and all(self.type_of(e) == "country" for e in possessive)
        ):
            # "Australia imposed Iran sanctions": the country they fall on, not their
            # author (the imposer)
            possessive = []
        if (
            t.act.name in acts.filed_acts
            and possessive
            and s.low(t.start - 1) not in s.g.possessives
            and all(self.forum_body(e) for e in possessive)
        ):
            # "files WTO complaints against Poland": the forum, not the filer nor the target
            between = [e for e in between if e not in possessive]
            possessive = []
        governing = acts.classes.get(acts.verbs.get(governor or "", ""))
        partnered = (
            governing is not None
            and governing.mutual
            and governing.position == "support"
            and s.low(t.end) == "with"
        )  # "coordinated the sanctions with the UK": a partner, not the target
        after = [] if partnered else self.after_noun(s, t.end)
        if not after and undoing is not None:
            after = self.after_noun(s, undoing + 1)  # "Onion ban lifted for Sri Lanka"
        if not after and t.act.reactive and s.low(t.end) == "of":
            # "its rejection of the plan drawn up by X": toward who drew it up
            after = self.author_of_referred(s, t.end + 1)
        if after and t.act.name in acts.forum_acts:
            after = self.past_forum(s, t.end, after)
        if possessive and after and set(between) <= set(possessive):
            between = []  # "approved Italian state aid for X": Italy's aid, for X
        if between and after and t.act.position == "oppose" and governor in acts.recipient_verbs:
            between = []  # "granted Nokia an order against Oppo": Nokia receives it, Oppo is hit
        # (past "that was": "the ban that was imposed recently by X on Y")
        past = t.end + 2 * (s.low(t.end) in s.g.relatives and s.low(t.end + 1) in s.g.be_forms)
        by = self.by_agent(s, past, participle=True)
        if by and not after:
            after = self.after_agent(s, past)  # "levies imposed by Ottawa on Chinese goods"
        origin = [] if by or possessive else self.origin_of(s, t)
        if origin:
            # "a new cyberattack on the Ministry of Interior originating in Iran": Iran's
            by, after = origin, [e for e in after if e not in origin]
        owned_by = (
            self.of_owner(s, t)
            if not possessive and not by and t.act.position == "support" and not t.act.mutual
            else None
        )
        if owned_by is not None:
            # "reiterated the commitment of the UN to Mali": the UN's, toward Mali
            possessive, between = owned_by[0], []
            after = [e for e in self.after_noun(s, owned_by[1]) if e not in possessive]
        # (or its company named before it: "Ericsson wins Deutsche Telekom 5G deal")
        giver = possessive or self.compound_target(s, t.start)
        won = self.won_from(s, t.start, giver) if not after and not by else None
        if won is not None:
            # "Nokia won China Mobile's 5G contract": China Mobile chose Nokia
            chain = self.chain(s, won)
            winners = [e for e in self.subject(s, chain.start, chain) if e not in giver]
            choice = t.act if not t.act.mutual else acts.classes["choose"]
            return self.events(giver, winners, choice, s, t, number, chain.negated)
        chooser = None
        if governor in acts.receive_verbs and t.act.mutual:
            chooser = self.from_agent(s, t.end)
        if (
            not chooser
            and governor in acts.receive_verbs
            and (t.act.mutual or t.act.name in acts.deal_classes)
        ):
            chooser = self.client_of(s, t.end)
        if chooser:
            # "Ericsson won a deal from China Telecom", "won a contract to expand
            # networks for Bharti": chosen
            chain = self.chain(s, k)
            winners = self.subject(s, chain.start, chain)
            return self.events(
                chooser, winners, acts.classes["choose"], s, t, number, chain.negated
            )
        if (
            governor in acts.perceiving_verbs
            and t.act.position == "oppose"
            and not possessive
            and (authors := self.from_agent(s, t.end))
        ):
            # "Belgium has detected cyber intrusions from APT31": APT31 hacked Belgium
            chain = self.chain(s, k)
            victims = [e for e in self.subject(s, chain.start, chain) if e not in authors]
            if chain.negated or chain.speculative:
                return []
            return self.events(authors, victims, t.act, s, t, number, False)
        if governor in acts.holding_verbs and t.act.name in acts.holdable_acts:
            return []  # "Sinochem, which holds a 37% stake in Pirelli": ownership, no act
        if governor in acts.payment_verbs and t.act.position == "oppose" and not t.act.mutual:
            chain = self.chain(s, k)
            if chain.urged and chain.urgee and not chain.speculative:
                # "ordered Google to pay a fine": the one who orders fines the one ordered
                return self.events(chain.urged, chain.urgee, t.act, s, t, number, chain.negated)
        # "obtained a court order against Telegram": the one who obtained it acts
        obtained = (
            governor in acts.obtaining_verbs
            and t.act.position == "oppose"
            and s.low(t.end) == "against"
        )
        if governor in acts.receive_verbs and not t.act.mutual and not obtained:
            chain = self.chain(s, k)
            if chain.speculative and governor in acts.facing_verbs and t.act.position == "oppose":
                # "Pompeo says Turkey could face more sanctions": a threat by the one saying so
                before = s.ending.get(chain.start)  # "warned that Meta could face fines": Meta
                faced = (
                    [x.entity for x in s.head(s.group_of(before))]
                    if before is not None
                    else self.subject(s, chain.start, chain)
                )
                warner = self.speaker(s, chain.start) or self.warner(s, chain.start)
                warner = [e for e in warner if e not in faced]
                threat = acts.classes.get("threaten", t.act)
                return self.events(warner, faced, threat, s, t, number, chain.negated)
            if chain.speculative:
                return []
            source = (
                self.from_agent(s, t.end)
                or by
                or self.possessor(s, t.start)
                or self.of_agent(s, t.start, t.end)
            )
            if not source and t.act.name in acts.permission_acts:
                # "obtained permission to operate in Indonesia": Indonesia's permission
                source = self.located_in(s, t.end)
            if not source and s.low(t.end) == "with" and t.act.name == "choose":
                # "secured contracts with the U.S. Navy": a deal between the two
                deal = replace(acts.classes["agree"], mutual=True)
                t = replace(t, act=deal)
                winners = self.subject(s, chain.start, chain)
                return self.events(winners, after, deal, s, t, number, chain.negated)
            receivers = self.subject(s, chain.start, chain)
            if t.act.received and governor in acts.accepting_verbs and "agree" in acts.classes:
                # "accepted the offer from X": agreed to it, no longer weighing it
                accepted = replace(acts.classes["agree"], mutual=False)
                return self.events(receivers, source, accepted, s, t, number, chain.negated)
            if t.act.received:
                return self.events(receivers, source, t.act, s, t, number, chain.negated)
            if not source:
                return self.supply_deal(s, t, governor, receivers, number)
            return self.events(source, receivers, t.act, s, t, number, chain.negated)
        if t.act.received:
            return []  # "made an offer to X": shown only as received
        particle = (s.low(k + 1),) if s.low(k + 1) in s.g.particles else None
        phrases = acts.phrases.get(governor or "", ())
        phrasal = next(  # "cut off access to X": the phrasal verb's class
            (acts.classes[c] for rest, c in phrases if rest == particle), None
        )
        if governor in acts.reversal_verbs and governor not in acts.light_verbs and not phrasal:
            return []  # read at the reversal verb
        ruling = acts.classes.get(acts.verbs.get(governor or "", "")) or phrasal
        if (
            ruling is not None
            and ruling.name in acts.infinitive_acts
            and t.act.position != "oppose"
        ):
            # "will require trade permits", "will require a license": no act of the requirer's
            # (while "mandated a suspension of access to X" is the mandating one's)
            ruling, governor = None, None
        if (
            ruling is not None
            and ruling.reactive
            and t.act.name in acts.claim_acts
            and not possessive
            and not by
            and not between
        ):
            return []  # "China rejects accusations of links to X": not China's accusation
        if (
            ruling is not None
            and ruling.reactive
            and not t.act.mutual
            and not possessive
            and not by
            and s.low(t.end) in s.g.source_prepositions
        ):
            # "Russia vowed to retaliate against sanctions from the US": the US
            # sanctions Russia (and Russia's answer is read at its verb)
            authors = self.from_agent(s, t.end)
            chain = self.chain(s, k)
            if authors and not chain.speculative and not chain.negated:
                answering = self.subject(s, chain.start, chain)
                return self.events(authors, answering, t.act, s, t, number, False)
        if (
            ruling is not None
            and ruling.position == "oppose"
            and t.act.position == "support"
            and not any(w in acts.target_prepositions for w in s.lows[k + 1 : t.start])
            and not (ruling.reactive and possessive)  # "condemned US arms sales to Taiwan":
            # the US's own act, read as it is (the condemnation is read at its verb)
        ):
            if t.act.name in acts.holdable_acts and possessive:
                return []  # "blocked the Chinese stake in Pirelli": read at the verb, toward China
            if ruling.reactive and not t.act.mutual and not possessive and not by:
                # "condemned the shipment of North Korean missiles to Russia": both ends
                after = self.supply_ends(s, t.end) or after
            t = Trigger(t.start, t.end, ruling, t.kind, t.head)  # "tightening shipments to X"
            if not ruling.reactive:
                possessive = []  # "Hungary blocked EU aid to Ukraine": Hungary's act, not the EU's
        if any(
            s.low(j) in acts.speculative_modifiers and not self.finite_proposal(s, j)
            for j in range(max(0, t.start - 3), t.start)
        ):
            return []  # "Huawei's proposed carrier deals", "a possible ban": not done
        if (
            t.act.position == "oppose"
            and noun_lemma(s.lows[t.head]) in acts.deal_nouns
            and (possessive or by)
            and all(self.type_of(e) == "company" for e in possessive or by or [])
        ):
            return []  # "Microsoft's takeover of Activision": a purchase, not a seizure
        if t.act.name in acts.background_acts and self.background(s, t.start):
            return []  # "sanctions ... following its invasion of Ukraine": the background
        claimed = self.claimed_by(s, t, first)
        if claimed is not None:
            # "the Houthis claimed responsibility for a missile attack on X": theirs
            return self.events(claimed, after, t.act, s, t, number, False)
        inside_phrase = s.low(first - 1) in acts.target_prepositions and not (
            s.low(first - 1) == "of" and noun_lemma(s.low(first - 2)) in s.g.container_nouns
        )  # "over the deportation" (not "a certificate of approval has been granted")
        participle = (
            None if possessive or by or inside_phrase else self.passive_participle(s, t.end)
        )
        signed_between = t.act.mutual and self.passive_between(s, t.end)
        if participle is not None and signed_between:
            participle = None  # "An agreement has been signed between X and Y": theirs
        if participle is not None:
            # "New sanctions were imposed by the EU on Russia": the noun is the subject
            chain = self.chain(s, participle)
            doers, done_to = self.passive_sides(s, participle)
            if (
                not doers
                and s.low(first) in s.g.referring_determiners
                and verb_lemma(s.lows[participle]) in acts.light_verbs  # (not "were linked to")
            ):
                # "the sanctions were imposed against X": by who imposed them before
                named = self.event_named(s, t.head)
                doers = list(named.actors) if named is not None else []
            last = self.last_of_act.get(t.act.name)
            if (
                not doers
                and last is not None
                and not last.negated
                and verb_lemma(s.lows[participle]) in acts.light_verbs
                and self.continuing(s, first, participle)
            ):
                doers = list(last.actors)  # "Sanctions were also imposed on X": as before
            effect = self.takes_effect(s, participle)  # "a ban on X will take effect"
            if (
                not doers
                and (done_to or (effect and after))
                and t.act.name in acts.official_acts
                # (not "are related to")
                and (verb_lemma(s.lows[participle]) in acts.light_verbs or effect)
            ):
                # "China announced that sanctions are being imposed on X": the reporter's
                reporters = self.speaker(s, self.chain(s, t.start).start)
                doers = [e for e in reporters if self.type_of(e) in ("organization", "country")]
            if chain.speculative or not doers:
                return []
            if done_to and t.act.name in acts.forum_acts:
                # "a complaint was made to the French Data Protection Authority": where
                done_to = self.past_forum(s, participle + 1, done_to)
            done_to = done_to or [e for e in after if e not in doers]  # "a warrant for X ..."
            return self.events(doers, done_to, t.act, s, t, number, chain.negated)
        last_here = self.last_of_act.get(t.act.name)
        if (
            after
            and not t.act.mutual  # (not "the agreement between Brazil and China")
            and (
                s.low(t.end) in ("on", "against", "to")
                or (s.low(t.end) == "," and s.low(t.end + 2) in ("on", "against", "to"))
            )
            and not possessive
            and not by
            and not between
            and (
                s.low(first - 1) in ("", ",", "that")
                or verb_lemma(s.low(first - 1)) in acts.speech_verbs
            )
            and s.low(first) in s.g.referring_determiners
            and last_here is not None
            and not last_here.negated
            and not set(after) & set(last_here.actors)
        ):
            # "The U.S. imposed sanctions on Pakistan. The sanctions, applied to the NDC,
            # ...", "The sanctions on Huawei ...": the ones just read, on these parties
            return self.events(list(last_here.actors), after, last_here.act, s, t, number, False)
        reach = self.reach_verb(s, t.end) if not by and not after else None
        owners, act = possessive, t.act
        referring = noun_lemma(s.lows[t.head]) in acts.act_references
        # the act referred to: the last of its class, or (for "the move") the last
        last = self.last_of_act.get(t.act.name) or (self.last_event if referring else None)
        if reach is not None and last is not None and not last.negated:
            if possessive and referring and set(possessive) & set(last.actors):
                act = last.act  # "China sanctions four officials ... China's measures target X"
            elif (
                not possessive
                and s.low(first - 1) in ("", ",")
                and s.low(first) in s.g.referring_determiners
            ):
                # "The U.S. announced sanctions on Turkey. The sanctions target SSB": the
                # last act's, on the verb's objects
                owners, act = list(last.actors), last.act
        if reach is not None and owners:
            targets, chain = self.reached(s, reach, owners, act)
            if chain.speculative or chain.negated:
                return []
            if targets:  # (else as any act: "Russian air strikes hit a block in Ukraine")
                s.consumed.add(reach)
                return self.events(owners, targets, act, s, t, number, False)
        if possessive and t.act.position == "support" and not t.act.mutual:
            # "gave its approval for the deal between Broadcom and VMware": both sides
            deal_at = next(
                (
                    k
                    for k in range(t.end, min(s.n, t.end + 12))
                    if k not in s.inside
                    and (noun_act := self.act_noun_at(s, k)) is not None
                    and noun_act.mutual
                ),
                None,
            )
            if deal_at is not None and "between" in s.lows[deal_at + 1 : deal_at + 3]:
                sides = [e for e in self.partners(s, deal_at + 1) if e not in possessive]
                if sides:
                    return self.events(possessive, sides, t.act, s, t, number, False)
        agents: list[str] = []
        negated = False
        recipient = self.recipient_before(s, t.start) if t.act.position == "support" else None
        if recipient is not None and not t.act.mutual:
            # "gave Poland a green light", "granted Huawei its approval": from the giver
            chain = self.chain(s, recipient[1])
            givers = self.subject(s, chain.start, chain)
            if chain.speculative or not givers:
                return []
            return self.events(givers, recipient[0], t.act, s, t, number, chain.negated)
        holder = s.ending.get(t.start - 1) if s.low(t.start - 1) in s.g.possessives else None
        renewing = s.group_of(holder)[0].start - 1 if holder is not None else -1
        if (
            possessive
            and t.act.name in acts.held_acts
            and verb_lemma(s.low(renewing)) in acts.renewing_verbs
        ):
            # "Kenya renewed Bolt's license", "declined to renew Bolt's license": the
            # renewer grants (or withholds) what the possessor holds
            chain = self.chain(s, renewing)
            givers = [e for e in self.subject(s, chain.start, chain) if e not in possessive]
            if chain.speculative or not givers:
                return []
            return self.events(givers, possessive, t.act, s, t, number, chain.negated)
        if possessive and t.act.name in acts.held_acts and not by and s.low(t.end) != "of":
            # "TSMC's authorization to ship to China": TSMC holds it (while "the FCC's
            # approval of Kuiper" is the FCC's to give)
            return []
        named_before = self.compound_target(s, t.start) if t.act.mutual else []
        if t.act.name in acts.personal_acts:
            # "after his release from China", "Kovrig and Spavor return to Canada after
            # release from China": the people held or freed, by the one named
            held = possessive
            if not held and s.low(first - 1) in s.g.subordinators:
                held = [e for e in self.leading(s, first - 1) or [] if self.type_of(e) == "person"]
            if held and all(self.type_of(e) == "person" for e in held):
                doers = by or self.from_agent(s, t.end) or []
                return self.events(doers, held, t.act, s, t, number, False) if doers else []
        owned = first  # past a name that owns the act: "with new U.S. sanctions"
        if possessive and (first - 1) in s.inside and s.low(first - 1) not in s.g.possessives:
            owned = s.phrase_opening(s.group_of(s.inside[first - 1])[0].start) + 1
        if (
            governor in acts.light_verbs
            and s.low(owned - 1) == "with"
            and (not possessive or owned < first)
        ):
            chain = self.chain(s, k)
            if chain.passive and not chain.speculative:
                # "Huawei was hit with sanctions by the US": the subject receives the act;
                # with no author named, "was also hit with sanctions" is by the last one's
                # ("hit with new U.S. sanctions": the owner's)
                hit = self.subject(s, chain.start, chain)
                doers = by or self.from_agent(s, t.end) or (possessive if owned < first else [])
                again = self.last_of_act.get(t.act.name)
                if not doers and again is not None and self.continuing(s, chain.start, t.end):
                    doers = list(again.actors)
                return self.events(doers, hit, t.act, s, t, number, chain.negated)
        if governor in acts.bestowing_verbs and not possessive:
            chain = self.chain(s, k)
            if chain.passive:
                # "Telenor and Ooredoo have been awarded licences for Myanmar": the
                # subject receives; the giver is named by "by", or as where it holds
                given = self.subject(s, chain.start, chain)
                givers = by or self.from_agent(s, t.end) or self.client_of(s, t.end) or []
                if not givers and t.act.name in acts.permission_acts:
                    givers = self.located_in(s, t.end, listing=True) or after
                givers = [e for e in givers if e not in given]
                if chain.speculative or not givers:
                    return []
                return self.events(givers, given, t.act, s, t, number, chain.negated)
        if possessive:
            agents = possessive
        elif by:
            agents = by
        elif named_before and "with" in s.lows[t.end : t.end + 2]:
            agents = named_before  # "Italy gives Vodafone 5G deal with Huawei approval"
        elif (
            ruling is not None
            and ruling.reactive
            and ruling.name not in acts.conditioned_acts
            and t.act is not ruling  # (a supply condemned is read as the condemnation)
            and not t.act.mutual
            and (not between or self.charged_with(s, k, t.start))
        ):
            # "China condemned the ban on Huawei": not China's ban; "charged four
            # nationals with computer intrusion": theirs, not the charger's
            agents = []
        elif governing is not None and governing.speaker and not t.act.mutual:
            agents = []  # "evaded export controls", "violated the ban": another's measure
        elif (
            governing is not None
            and governing.name in acts.inquiry_classes
            and governor not in acts.light_verbs
            and t.act.name not in acts.inquiry_classes
        ):
            agents = []  # "NATO to investigate cyber-attacks on Poland": another's attacks
        elif governor is not None and (
            governor in acts.light_verbs
            or governor in acts.verbs
            or governor in acts.urge_verbs  # "the US urged sanctions on Russia": the urger's
            # "China also has a ban on Facebook" (not "has a contract with": who chose?)
            or (governor in acts.holding_verbs and t.act.position == "oppose")
            or phrasal is not None
            or (t.act.mutual and governor in acts.receive_verbs)  # "clinched a deal with X"
            or obtained
            or announced  # "said there would be sanctions on X"
        ):
            chain = self.chain(s, k)
            if announced:
                chain = replace(chain, speculative=False)
            if chain.speculative and not chain.passive:
                chain = self.advised(s, k, chain)
            if (
                chain.speculative
                and t.act.position == "oppose"
                and self.threatened(s, chain, k)  # "warned that he could cut off supplies to X"
            ):
                chain = replace(chain, speculative=False)
            if chain.speculative or self.speculated(s, chain.start):
                return []  # (and "no evidence on Huawei conducting espionage")
            negated = chain.negated
            agents = self.subject(s, chain.start, chain)
        if t.act.name == "release":
            # "Macron announced the release of Louis Arnaud, a French citizen who had
            # been held in Iran": Iran frees him, not the one announcing
            agents = self.held_in(s, min(s.n, t.end + 16), after=t.end) or agents
        if not agents and t.act.located:
            agents = self.located_in(s, t.end)  # "the ban of Chinese suppliers in Sweden"
        frame = first - 1  # "in a controversial prisoner swap"
        if not agents and s.low(frame) in s.g.frame_prepositions and t.act.mutual:
            # "build a network in partnership with X": the one who builds
            verb = self.governing_verb(s, frame)
            if verb is not None:
                chain = self.chain(s, verb)
                agents = self.subject(s, chain.start, chain)
        standing = noun_lemma(s.lows[t.head]) in acts.standing_nouns
        if standing and acts.verbs.get(governor or "") == "meet":
            return []  # "met X and discussed bilateral ties between India and China": no act
        harm = acts.classes.get(acts.verbs.get(governor or "") or "")
        if (
            t.act.mutual
            and t.act.position == "support"
            and harm is not None
            and harm.position == "oppose"
        ):
            return []  # "undermines the atmosphere of cooperation between China and the EU"
            # (not "were killed in clashes with X": the clash is read)
        if (
            (t.act.mutual or t.act.name in acts.deal_classes)
            and (
                "between" in s.lows[t.end : t.end + 3]
                or signed_between
                # (a clash's sides past where it was: a deal "on the cable between" is
                # about the cable's ends)
                or (t.act.position == "oppose" and self.placed_between(s, t.end))
            )
            and not (standing and governor not in acts.light_verbs)
            # ("discussed ties between India and China", "alleged ties between X and Y")
        ):
            pair = self.partners(s, t.end)
            if len(pair) > 1:  # "an agreement between the EU and the US", "the contract is
                # between Belarus and CASC": each side's
                return self.events(pair, [], replace(t.act, mutual=True), s, t, number, negated)
        if not agents:
            return []
        if negated:
            return []  # "will not take measures against X": nothing done, nothing shown
        supplied = self.supply_deal(s, t, governor, agents, number)
        if supplied:
            return supplied
        targets = (
            self.partners(s, t.end) or self.supplied(s, t.end) if t.act.mutual else between or after
        )
        if not targets and t.act.on_place:
            targets = [
                e for e in self.located_in(s, t.end, listing=True, near=True) if e not in agents
            ]
        if t.act.name == "attack-fired" and not self.fired_at(s, t.end):
            return []  # "fired a missile into the sea off South Korea's coast": a test
        if t.act.mutual and targets and k >= 0 and self.intended(s, self.chain(s, k).start):
            # "would strengthen cooperation with Australia": one side's intent
            t = replace(t, act=replace(t.act, mutual=False))
        if t.act.name == "buy" and targets and not self.bought_from(s, t, targets):
            return []  # "its purchase of Mellanox": an acquisition
        if (
            not targets
            and len(agents) > 1
            and (
                has_phrase(s.lows[t.end : t.end + 4], s.g.reciprocal_phrases)
                or governor in acts.exchange_verbs
            )
        ):  # "announced expulsions of each other's diplomats", "traded accusations"
            return self.events(agents, [], replace(t.act, mutual=True), s, t, number, negated)
        if not targets and not t.act.mutual:
            targets = self.compound_target(s, t.start)  # "a limited TikTok ban"
        if not targets and not between and t.act.name in acts.spending_acts:
            targets = [e for e in self.invested_in(s, t.end) if e not in agents]
            # ("the granting of a $553 million loan to modernize the corridor in Angola")
        if not targets and agents and s.low(t.start - 1) == "the":
            targets = self.same_act_again(t, agents)
        if answered is None:
            if not targets and t.act.position == "oppose" and not t.act.mutual:
                # "Canada brings in stronger sanctions after Russia strikes Ukraine",
                # "filed a complaint in response to the EU's tariffs"
                targets = [
                    e
                    for e in self.provoker(s, t.end) or self.responded_to(s, t.end)
                    if e not in agents
                ]
            return self.events(agents, targets, t.act, s, t, number, negated)
        if not targets and t.act.position == "oppose" and not t.act.mutual:
            # "Russia banned 43 Canadians in response to sanctions imposed by Ottawa":
            # the sanctions were on Russia
            targets = [e for e in self.answering(s, answered, first) if e not in agents]
        made = self.events(agents, targets, t.act, s, t, number, negated)
        return [replace(e, answered=True) for e in made]

    def regarded(self, s: Sentence, end: int) -> bool:
        """Whether a party right after ``end`` is held to be something ("considers
        Taiwan its own land", "considers Huawei a threat", "considers Kosovo part
        of Serbia")."""
        at = end
        while (
            at < min(s.n, end + 3)
            and at not in s.starting
            and s.words[at].islower()
            and s.lows[at].endswith(("ly", "ed"))
        ):
            at += 1  # "considers democratically ruled Taiwan"
        m = s.starting.get(at)
        if m is None:
            return False
        after = s.group_of(s.headed(m))[-1].end
        if s.low(after) == "as":
            after += 1  # "considers Huawei as a threat" (not "as it decides")
        return (
            s.low(after) in s.g.possessive_pronouns
            or s.low(after) in s.g.articles
            or s.low(after) == "part"
        )

    def supply_deal(
        self, s: Sentence, t: Trigger, governor: str | None, suppliers: list[str], number: int
    ) -> list[Event]:
        """A supply deal its supplier signed or won, each side's support for the
        other: "Ericsson signed a contract worth $8.3 billion to supply 5G gear to
        the US carrier Verizon" (Verizon chose Ericsson, which supplies it; not a
        contract awarded: "awarded X a contract to supply Y")."""
        acts = self.acts
        if (
            not suppliers
            or t.act.position != "support"
            or t.act.name not in acts.deal_classes
            or not (governor in acts.receive_verbs or governor in acts.deal_making_verbs)
        ):
            return []
        for i in range(t.end, min(s.n, t.end + 12)):  # ("worth more than $500 million to")
            if s.words[i] in MARKS or i in s.inside:
                return []
            if s.lows[i] == "to" and verb_lemma(s.low(i + 1)) in acts.supply_verbs:
                customers = [e for e in self.after_noun(s, i + 2) if e not in suppliers]
                if not customers:
                    return []
                return self.events(customers, suppliers, t.act, s, t, number, False) + self.events(
                    suppliers, customers, t.act, s, t, number, False
                )
        return []

    def finite_proposal(self, s: Sentence, j: int) -> bool:
        """Whether a modifier word at ``j`` is the main verb of its party
        instead: "Mexico (has) proposed raising tariffs on China" (a plan
        announced, as "plans to raise"), not "the proposed tariffs"."""
        k = j - 1
        while s.low(k) in self.acts.auxiliaries or s.is_ly_adverb(k):
            k -= 1
        return s.low(j).endswith("ed") and (k + 1) in s.ending

    def same_act_again(self, t: Trigger, agents: list[str]) -> list[str]:
        """The targets of the last act of the same class by the same side,
        which "the <act>" with no target names again: "Iran accused Israel of
        ... Information Minister X made the accusation on Twitter"."""
        last = self.last_of_act.get(t.act.name)
        if last is None or last.negated:
            return []
        side = set(agents) | set(self.homes(agents))
        unplaced = all(  # a person the article gives no country ("Information Minister X")
            (entity := self.entity(e)) is not None
            and entity.type == "person"
            and not entity.country
            for e in agents
        )
        if not unplaced and not side & (set(last.actors) | set(self.homes(list(last.actors)))):
            return []
        return [e for e in last.targets if e not in agents]

    def origin_before(self, s: Sentence, start: int) -> list[str]:
        """Where the goods a passive's subject names come from: "Imports from
        China were banned by India", "bananas exported from the Philippines to
        China have been blocked" (China, the Philippines)."""
        for k in range(start - 2, max(0, start - 12), -1):
            if s.words[k] in MARKS or s.words[k] == ",":
                return []
            if s.lows[k] != "from":
                continue
            m = s.party_at(k + 1)
            goods = s.is_noun_word(k - 1) or verb_lemma(s.low(k - 1)) in self.acts.shipping_verbs
            if m is None or not goods or (k - 1) in s.inside:
                return []
            return [x.entity for x in s.head(s.group_of(m))]
        return []

    def taken_to_court(self, s: Sentence, i: int) -> bool:
        """Whether the verb at ``i`` takes a party to a court: "will take Japan to
        the International Court of Justice", "hauled China before the WTO"."""
        m = s.starting.get(i + 1) or s.starting.get(i + 2)
        if m is None:
            return False
        k = s.group_of(m)[-1].end
        if s.low(k) not in ("to", "before"):
            return False
        for j in range(k + 1, min(s.n, k + 8)):
            if s.lows[j] in self.acts.court_words:
                return True
            if s.words[j] in MARKS:
                return False
        return False

    def ultimatum_after(self, s: Sentence, i: int) -> bool:
        """Whether the demand at ``i`` ends in what befalls the one told if
        they refuse ("... or face the site's suspension", "or risk war")."""
        end = next(
            (j for j in range(i + 1, min(s.n, i + 40)) if s.words[j] in MARKS), min(s.n, i + 40)
        )
        if has_phrase(s.lows[i + 1 : end], self.acts.ultimatum_phrases):
            return True
        # "... or it will ban the phone's messaging": the teller's own hostile act,
        # past asides and commas (within the sentence's clause up to a semicolon)
        end = next(
            (j for j in range(i + 1, min(s.n, i + 40)) if s.words[j] in (";", ":")),
            min(s.n, i + 40),
        )
        for j in range(i + 1, end - 3):
            if (
                s.lows[j] == "or"
                and s.lows[j + 1] in self.g.subject_pronouns
                and (s.lows[j + 2] in ("will", "would") or s.lows[j + 2] in self.acts.demand_modals)
            ):
                cls = self.acts.verbs.get(verb_lemma(s.lows[j + 3]) or s.lows[j + 3])
                return cls is not None and self.acts.classes[cls].position == "oppose"
        return False

    def subjection_at(self, s: Sentence, i: int) -> Trigger | None:
        """A phrase at ``i`` by which a party falls under an act ("will fall
        under the ban", "are subject to US sanctions"): a trigger to the act
        noun, or None."""
        words = (verb_lemma(s.lows[i]) or s.lows[i], *s.lows[i + 1 : i + 2])
        if words not in self.acts.subjection_phrases or s.low(i - 1) == ",":
            return None  # (", subject to security requirements": a condition set aside)
        k = i + 2
        while k < s.n and k - i < 6:
            if k in s.inside:
                k = s.inside[k].end  # "subject to US sanctions"
            elif s.lows[k] in s.g.determiners or s.is_modifier(k):
                k += 1
            else:
                break
        cls = self.acts.nouns.get(noun_lemma(s.low(k)) or "")
        if cls is None or self.acts.classes[cls].position != "oppose" or k in s.inside:
            return None
        return Trigger(i, k + 1, self.acts.classes[cls], "subjection", k)

    def read_subjection(self, s: Sentence, t: Trigger, number: int) -> list[Event]:
        """ "X will fall under the ban", "was placed under sanctions by Y",
        "Also subject to sanctions are X": the ban's owner or agent, or the last
        to act so, acts on X."""
        owners = self.possessor(s, t.head) or self.by_agent(s, t.head + 1) or []
        if not owners and t.act.name in self.last_of_act:
            owners = list(self.last_of_act[t.act.name].actors)
        fronted = self.fronted_parties(s, t.start, t.end)  # "Also subject to sanctions are X"
        chain = self.chain(s, t.start)
        if not owners or (fronted is None and (chain.negated or chain.speculative)):
            return []
        subjects = fronted or self.subject(s, chain.start, chain)
        subjects = [e for e in subjects if e not in owners]
        return self.events(owners, subjects, t.act, s, t, number, False)

    def holder(self, s: Sentence, end: int) -> list[str] | None:
        """The country holding a party, named before its prison after "from"
        within a few words of ``end`` ("was released from a Rwandan prison")."""
        for i in range(end, min(s.n, end + 4)):
            if s.lows[i] != "from":
                continue
            j = i + 1 + (s.low(i + 1) in s.g.determiners)
            m = s.starting.get(j)
            if (
                m is not None
                and self.type_of(m.entity) == "country"
                and s.low(m.end) in self.acts.detention_nouns
            ):
                return [m.entity]
            if s.low(j) in self.acts.detention_nouns and s.low(j + 1) == "of":
                # "freed from the captivity of Yemen's Houthi rebels": the Houthis
                held_by = self.described_party(s, j + 2)
                return [x.entity for x in s.head(s.group_of(held_by))] if held_by else None
            return None
        return None

    def held_in(self, s: Sentence, start: int, after: int = -1) -> list[str] | None:
        """The country the subject before ``start`` (from ``after`` on, if
        given) was held in, or the party that holds it: "Seventeen Colombians
        imprisoned in Venezuela", "Americans who had been detained in
        Venezuela", "fishermen arrested by the Indian Coast Guard", "a soldier
        held hostage for a month by the ELN"."""
        for k in range(max(0, start - 16, after), start):
            if verb_lemma(s.lows[k]) not in self.acts.detention_verbs:
                continue
            for i in range(k + 1, min(start, k + 9)):  # ("detained for a year in X")
                if s.words[i] in MARKS:
                    break
                if s.lows[i] == "in":
                    at = i + 1
                    while at < start and (s.low(at) in s.g.articles or s.is_modifier(at)):
                        at += 1  # "detained in neighbouring Cameroon"
                    named = s.starting.get(at)
                    if (
                        named is not None
                        and named.kind == "demonym"
                        and self.type_of(named.entity) == "country"
                        and s.low(named.end) in s.g.naming_nouns
                    ):
                        return [named.entity]  # "captured in Colombian territory"
                    place = self.country_at(s, at)
                    if place:
                        return place
                if s.lows[i] == "by":
                    holder = s.party_at(i + 1) or self.head_of_party(s, i + 1)
                    if holder is not None:
                        return [x.entity for x in s.head(s.group_of(s.headed(holder)))]
        return None

    def opening_investigator(self, s: Sentence, start: int) -> list[str]:
        """The one whose inquiry a sentence opens with, before ``start``: "Following
        an investigation by the Hamburg DPA, H&M has been fined" (the DPA)."""
        comma = next((k for k in range(start - 1, -1, -1) if s.words[k] == ","), None)
        if comma is None or not any(
            tuple(s.lows[: len(p)]) == p for p in s.g.adjunct_openers
        ):  # the sentence opens with one: "Following ...", "After ..."
            return []
        for k in range(1, comma):
            if s.lows[k] != "by" or k - 1 in s.inside:
                continue
            inquiry = self.act_noun_at(s, k - 1)
            if inquiry is None or inquiry.name != "investigate":
                continue
            m = self.described_party(s, k + 1)
            group = s.head(s.group_of(m)) if m is not None else []
            return [x.entity for x in group if x.end <= comma]
        return []

    def detention_describes(self, s: Sentence, t: Trigger) -> bool:
        """Whether a detention participle right after a plain noun describes
        it, the clause's own verb group coming after: "Four Venezuelan soldiers
        captured in Colombian territory will be repatriated" (read with the
        release, not as the soldiers capturing Colombia)."""
        head = s.lows[t.head]
        if (
            verb_lemma(head) not in self.acts.detention_verbs
            or not head.endswith("ed")
            or t.start == 0
            or (t.start - 1) in s.inside
            or not s.is_noun_word(t.start - 1)
            # (no object right after it: "forces captured Ukrainian soldiers" acts)
            or t.end in s.starting
            or s.low(t.end) in s.g.determiners
            or s.low(t.end)[:1].isdigit()
            or s.is_noun_word(t.end)
        ):
            return False
        for k in range(t.end, min(s.n, t.end + 10)):
            if s.words[k] in MARKS or s.words[k] == "," or s.lows[k] in s.g.relatives:
                return False
            if s.lows[k] in s.g.conjunctions:
                return False  # "arrested two men and will charge them": its own clause
            if k not in s.inside and s.lows[k] in self.acts.auxiliaries and k > t.end:
                return s.reading(k + 1) == "verb" or s.low(k + 1) in s.g.be_forms
        return False

    def detained_before(self, s: Sentence, start: int) -> int:
        """Where the detention participle of the subject before ``start``
        stands ("Five Sri Lankan fishermen arrested by X were released": at
        "arrested"), or ``start`` if there is none."""
        for k in range(start - 1, max(-1, start - 16), -1):
            if s.words[k] in MARKS and s.words[k] != ",":
                break
            if verb_lemma(s.lows[k]) in self.acts.detention_verbs and s.lows[k].endswith("ed"):
                j = k - (s.low(k - 1) in s.g.be_forms)  # ("who were arrested")
                j -= s.low(j - 1) in s.g.relatives
                return j - (s.low(j - 1) == ",")  # ("Four Thai fishermen, detained by X,")
        return start

    def past_participle_phrase(self, s: Sentence, start: int) -> int:
        """Where a participle phrase after an act noun ends ("The sanctions
        announced on August 1 target X": at "target"), or ``start`` if none
        opens there or no verb follows it within a few words."""
        low = s.low(start)
        if not (low.endswith("ed") and verb_lemma(low)):
            return start
        for k in range(start + 1, min(s.n, start + 7)):
            if verb_lemma(s.lows[k]) in self.acts.reach_verbs and s.is_reach_verb(k):
                return k
            if s.lows[k] in (",", ";", ":") or (k not in s.inside and s.reading(k) == "verb"):
                return start
        return start

    def reached(
        self, s: Sentence, reach: int, owners: list[str], act: ActClass
    ) -> tuple[list[str], Chain]:
        """The parties the verb at ``reach`` names an owned act falling on (its
        owners left out), and the verb's chain ("measures would target X")."""
        chain = self.chain(s, reach)
        if chain.speculative or chain.negated:
            return [], chain
        found, _ = self.object(s, Trigger(reach, reach + 1, act, "verb", reach))
        return [e for e in found if e not in owners], chain

    def list_kind(self, s: Sentence, end: int) -> tuple[ActClass, int] | None:
        """The act a list's "of" names ("the list of restricted services": the
        restriction) and where its noun phrase ends; None if it names none."""
        if s.low(end) != "of":
            return None
        k = end + 1
        act = None
        while k < min(s.n, end + 5) and k not in s.inside and s.low(k).isalpha():
            cls = self.acts.verbs.get(verb_lemma(s.lows[k]) or "")
            if act is None and cls and s.lows[k].endswith("ed"):
                act = self.acts.classes[cls]
            elif noun_lemma(s.lows[k]) is not None and s.lows[k] != noun_lemma(s.lows[k]):
                return (act, k + 1) if act is not None else None  # a plural head: "services"
            k += 1
        return None

    def background(self, s: Sentence, start: int) -> bool:
        """Whether the act noun at ``start`` comes, with its owner, after a
        background opener ("following its invasion of", "over Moscow's offensive
        in", "because of their support for Russia's war against")."""
        return self.opener(s, start, s.g.background_openers) is not None

    def opener(self, s: Sentence, start: int, phrases: tuple[tuple[str, ...], ...]) -> int | None:
        """Where the one of ``phrases`` that opens the noun phrase at ``start``
        (past its owner and modifiers) begins, or None."""
        k = start - 1
        while k >= max(0, start - 12):
            if s.lows[k] == "of" and noun_lemma(s.low(k - 1)) in s.g.container_nouns:
                k -= 2  # "in response to the EU's imposition of tariffs"
            elif (
                s.lows[k] in s.g.determiners
                or s.lows[k] in s.g.possessives
                or s.is_modifier(k)
                or k in s.inside
                or s.lows[k] in s.g.possessive_pronouns
            ):
                k -= 1
            else:
                break
        found = next((p for p in phrases if tuple(s.lows[k - len(p) + 1 : k + 1]) == p), None)
        return None if found is None else k - len(found) + 1

    def answering(self, s: Sentence, at: int, start: int) -> list[str]:
        """The party that answers the act noun at ``start``, after the response
        phrase at ``at``: "Russia banned 43 Canadians, in response to sanctions
        imposed by Ottawa" (Russia), "In retaliation for US tariffs, China ..."
        (China)."""
        if at == 0:
            comma = s.comma_after(start, reach=12)
            m = s.party_at(comma + 1) if comma is not None else None
            return s.entities(m) if m is not None else []
        verb = self.governing_verb(s, at - (s.words[at - 1] == ","))
        if verb is None:
            return []
        chain = self.chain(s, verb)
        return [] if chain.negated else self.subject(s, chain.start, chain)

    def reach_verb(self, s: Sentence, end: int) -> int | None:
        """The verb right after an act noun ending at ``end`` that names who the
        act falls on ("measures target X", "sanctions will also hit Y"), or None."""
        k = self.past_participle_phrase(s, end)
        while s.low(k) in self.acts.auxiliaries or s.low(k) == "also" or s.is_ly_adverb(k):
            k += 1
        if verb_lemma(s.low(k)) not in self.acts.reach_verbs:
            return None
        return k if s.is_reach_verb(k) else None

    def won_from(self, s: Sentence, start: int, owner: list[str]) -> int | None:
        """The receiving verb ("won", "secured") right before the possessor of
        the act noun at ``start`` ("won China Mobile's contract", "secured
        one of China Mobile's contracts"), if any."""
        if not owner or self.acts.classes.get("choose") is None:
            return None
        m = next((m for m in s.parties if m.entity in owner and m.end < start), None)
        if m is None:
            return None
        k = s.group_of(m)[0].start - 1
        while k >= 0 and (s.lows[k] in s.g.determiners or s.lows[k] in ("one", "of")):
            k -= 1  # "won one of X's contracts"
        lemma = verb_lemma(s.low(k))
        return k if lemma in self.acts.receive_verbs else None

    def undone_intent(self, s: Sentence, start: int) -> bool:
        """Whether the verb group at ``start`` ("to allow") completes a decision
        or a plan that a reversal verb undoes ("reversed its decision to",
        "backtracked on plans to", "scrapped a proposal to")."""
        # (past an intent word the chain holds: "dropped plans to ban X")
        # ("backtracked on plans to": the chain may start at "on")
        start = next((j for j in range(start, start + 3) if s.low(j) == "to"), start)
        if s.low(start) != "to" or noun_lemma(s.low(start - 1)) not in self.acts.intent_nouns:
            return False
        k = start - 2
        while (
            k >= 0
            and start - k <= 7
            and (
                s.lows[k] in s.g.determiners
                or s.lows[k] == "on"  # "backtracked on plans to"
                or s.is_modifier(k)
                or s.lows[k] in s.g.possessives  # "suspended the Pentagon's plan to"
                or (k in s.inside and s.low(s.inside[k].end) in s.g.possessives)
            )
        ):
            k = s.inside[k].start - 1 if k in s.inside else k - 1
        lemma = verb_lemma(s.lows[k]) if k >= 0 else None
        if lemma is None:
            return False
        phrased = any(  # "backtracked on", "reneged on"
            s.match_rest(k + 1, rest) is not None
            for rest, _ in self.acts.reversal_phrases.get(lemma, ())
        )
        if (lemma not in self.acts.reversal_verbs and not phrased) or (
            lemma in self.acts.completing_verbs  # "closed the deal to buy X": bought
        ):
            return False
        # "won't reverse its decision to expel X": the decision stands
        return not self.chain(s, k).negated

    def judged_to_be(self, s: Sentence, i: int) -> int | None:
        """Where "to be" stands after the labeling verb at ``i`` in the same
        clause, past what it judges ("considers X's requests to be
        unacceptable"), or None."""
        for k in range(i + 2, min(s.n - 1, i + 25)):
            if s.lows[k] == "to" and s.lows[k + 1] == "be":
                # (not "considering whether to be part of the deal": weighed)
                return None if s.lows[k - 1] in s.g.open_questions else k
            if (
                s.words[k] in MARKS
                or s.words[k] == ","
                or (s.reading(k) == "verb" and s.lows[k] not in s.g.possessives)
            ):
                return None  # (another clause: "considers X and says it will ...")
        return None

    def label(self, s: Sentence, i: int) -> Trigger | None:
        """ "called Huawei a security threat", "described Putin as his best
        friend", "sees China as an adversary": the party right after the verb
        at ``i``, then a word that labels it (acts.yaml: hostile_labels,
        friendly_labels) before the clause ends. The trigger spans the verb
        to the label; None when the verb labels no party so."""
        acts = self.acts
        j = i + 1
        while (
            j < s.n
            and j - i <= 3
            and j not in s.starting
            and (
                s.lows[j] in s.g.determiners
                or s.lows[j] in s.g.count_words
                or s.lows[j].isdigit()
                or (j > i + 1 and s.is_describing_word(j))  # "a senior Russian diplomat"
            )
        ):
            j += 1  # "declared the two Russian diplomats ...", "declared 15 UAE embassy staff"
        if (
            s.low(j) in s.g.agent_heads
            or s.low(j) in acts.envoy_nouns
            or s.low(j) in s.g.people_nouns  # "declared two employees of the X embassy"
        ) and s.low(j + 1) == "of":
            j += 2 + (s.low(j + 2) == "the")  # "declared two officials of the X High Commission"
            while j not in s.starting and s.low(j) in s.g.region_words:
                j += 1  # "declared the ambassador of neighboring Serbia"
        if s.low(i + 3) in acts.expelling_labels and "expel" in acts.classes:
            # "declared persona non grata a diplomat of the nation of Eritrea": the label first
            named = next((k for k in range(i + 4, min(s.n, i + 14)) if k in s.starting), None)
            if named is not None and not any(s.is_break(k) for k in range(i + 4, named)):
                end = s.group_of(s.headed(s.starting[named]))[-1].end
                return Trigger(i, end, acts.classes["expel"], "label", i)
            if s.low(i - 1) in s.g.be_forms:
                # "(X says) American diplomats have been declared persona non grata":
                # by the clause's speaker (read_label)
                return Trigger(i, i + 4, acts.classes["expel"], "label", i)
        party = s.starting.get(j)
        judged = self.judged_to_be(s, i)
        if party is not None and judged is not None:
            # "considers Pristina's requests for membership in ... to be unacceptable":
            # the label after "to be", however long the thing judged
            for k in range(judged + 2, min(s.n, judged + 5)):
                low = s.lows[k]
                if low in acts.hostile_labels or low in acts.faulting_words:
                    return Trigger(i, k + 1, acts.classes["criticise"], "label", i)
                if low in acts.friendly_labels or low in acts.approving_words:
                    return Trigger(i, k + 1, acts.classes["endorse"], "label", i)
                if s.is_break(k) or k in s.inside:
                    break
        if party is None and s.low(i - 1) in s.g.be_forms and s.low(i + 1) == "by":
            # "Wagner is considered by the US as a terrorist organization": the
            # labeller after "by", the labelled the clause's subject (read_label)
            party = s.starting.get(i + 2 + (s.low(i + 2) == "the"))
        if party is None:
            return None
        end = s.group_of(s.headed(party))[-1].end  # "Russia's Vladimir Putin": past Putin
        if s.low(end) == "(":
            end = s.closing(end) + 1  # "United Arab Emirates (UAE) embassy staff"
        for k in range(end, min(s.n, end + 9)):  # (past "'s ambassador to Lima \"")
            low = s.lows[k]
            # (or a judgement of the party's act: "called China's move unjustified")
            hostile = low in acts.hostile_labels or low in acts.faulting_words
            if hostile or low in acts.friendly_labels or low in acts.approving_words:
                cls = "criticise" if hostile else "endorse"
                return Trigger(i, k + 1, acts.classes[cls], "label", i)
            if low in acts.expelling_labels and "expel" in acts.classes:
                return Trigger(i, k + 1, acts.classes["expel"], "label", i)  # persona non grata
            # (nor "and" between the label's modifiers: "an important and indispensable friend")
            paired = (
                low == "and"
                and s.words[k + 1 : k + 2] == [s.low(k + 1)]  # lowercase, no name
                and s.low(k + 1).isalpha()
                and s.reading(k + 1) != "verb"
            )
            stops = low in acts.clause_breaks and low != "as" and not paired  # "as his best friend"
            posted = k in s.inside and s.low(k - 1) in ("to", "in")  # "ambassador to Quito"
            # the label's owner: "described China as Tanzania's all weather friend"
            owning = k in s.inside and s.low(s.inside[k].end) in s.g.possessives
            if (
                s.words[k] in (";", ":", "(", ")")
                or stops
                or (k in s.inside and not posted and not owning)
            ):
                return None
        return None

    def read_label(self, s: Sentence, t: Trigger, number: int) -> list[Event]:
        chain = self.chain(s, t.start)
        if chain.speculative or chain.negated or self.speculated(s, chain.start):
            # "does not see Huawei as a threat": no stance shown either way; "refuted
            # claims that Myanmar declared X persona non grata": claimed
            return []
        s.consumed.update(range(t.start, t.end))
        at = next((j for j in range(t.start + 1, t.end) if j in s.starting), None)
        if at is None:  # "X have been declared persona non grata", the speaker says
            labelled = self.subject(s, chain.start, chain)
            speaker = [e for e in self.speaker(s, chain.start) if e not in labelled]
            return self.events(speaker, labelled, t.act, s, t, number, False)
        named = [m.entity for m in s.head(s.group_of(s.headed(s.starting[at])))]
        if s.low(t.start + 1) == "by" or (
            s.low(t.start + 3) in self.acts.expelling_labels and s.low(t.start + 4) == "by"
        ):
            # a passive: "X is considered by the US as a threat", "X were declared
            # persona non grata by Belarus"
            return self.events(
                named, self.subject(s, chain.start, chain), t.act, s, t, number, False
            )
        return self.events(self.subject(s, chain.start, chain), named, t.act, s, t, number, False)

    def aside(self, s: Sentence, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` are a phrase set off by
        commas with no verb or clause in it ("consul of the Canadian consulate
        in Shanghai")."""
        return all(
            k in s.inside
            or not s.lows[k].isalpha()
            or (
                s.lows[k] not in self.acts.clause_breaks
                and s.lows[k] not in self.acts.auxiliaries
                and s.lows[k] not in s.g.relatives
                and (not s.words[k].islower() or s.reading(k) != "verb")
            )
            for k in range(start, end)
        )

    def fronted_passive(self, s: Sentence, t: Trigger) -> tuple[list[str], list[str]] | None:
        """ "Also sanctioned was X, the Treasury said", "Also banned were X and
        Y": a participle opening the clause, "was" and the parties it fell on;
        by the speaker, else by the last to do the act."""
        if not s.lows[t.head].endswith(("ed", "en")):
            return None
        parties = self.fronted_parties(s, t.start, t.end)
        last = self.last_of_act.get(t.act.name)
        doers = self.quote_speaker(s) or (list(last.actors) if last is not None else [])
        if parties is None or not doers:
            return None
        return doers, parties

    def fronted_parties(self, s: Sentence, start: int, end: int) -> list[str] | None:
        """The parties after "was" at ``end`` when the words from ``start``
        open the sentence (past adverbs: "Also sanctioned were X and Y"), the
        list after a colon if a description comes first ("were three of the
        officials closest to Maduro: X, Y and Z"); else None."""
        j = start - 1
        while j >= 0 and s.lows[j] in self.acts.adverbs:
            j -= 1
        if j >= 0 or s.low(end) not in ("was", "were", "is", "are"):
            return None
        k = end + 1
        if s.party_at(k) is None:
            colon = next((c for c in range(k, min(k + 12, s.n)) if s.words[c] == ":"), None)
            if colon is None or any(s.is_break(c) for c in range(k, colon)):
                return None
            k = s.past_title(colon + 1)  # ": Vice President Delcy Rodriguez, ..."
        m = s.party_at(k)
        if m is None:
            return None
        group = s.head(s.group_of(s.headed(m)))
        return [x.entity for x in group if s.low(x.end) not in s.g.possessives]

    def read_departure(self, s: Sentence, t: Trigger, number: int) -> list[Event]:
        """ "X ordered three Russian diplomats to leave the country": X expels
        Russia. The ordered ones are the noun phrase between an urging verb
        ("ordered", "told", "asked") and "to leave"; a verb that is not such
        ("decided to leave") makes no act."""
        j = t.start - 2  # the word before "to"
        ordered: list[str] = []
        by: list[str] = []  # "was ordered by the UK to sell": who ordered
        urgers = self.acts.urge_verbs | self.acts.deadline_verbs  # "gave X 48 hours to leave"
        skipped = 0
        while j >= 0 and t.start - j - skipped <= 13:
            if s.words[j] in CLOSE_BRACKETS:
                opening = s.opening(j)
                skipped += j - opening + 1
                j = opening - 1  # "asked the US Drug Enforcement Administration (DEA) to leave"
                continue
            if s.is_break(j) and not (
                s.lows[j] == "and" and s.low(j + 1) in s.g.possessive_pronouns
            ):  # ("gave Syria's envoy and his staff 72 hours to leave": one phrase)
                break
            if s.words[j] == ",":
                opening = s.comma_before(j)
                if opening < 1 or opening not in s.ending or not self.aside(s, opening + 1, j):
                    break
                skipped += j - opening + 1
                j = opening - 1  # "told Jennifer Lalonde, consul of the consulate, to leave"
                continue
            if j in s.inside:
                m = s.inside[j]
                if m.role == "locative" or s.low(m.start - 1) == "in" or s.low(m.start - 2) == "in":
                    j = m.start - 1  # "a Russian consul based in northern Japan": a place
                    continue
                if ordered and s.low(m.end) in s.g.possessives:
                    j = m.start - 1  # "ordered China's Nexperia to sell": Nexperia's
                    continue
                named = [x.entity for x in s.head(s.group_of(m))]
                j = s.group_of(m)[0].start - 1
                while s.low(j) in s.g.determiners:
                    j -= 1
                if s.low(j) == "by":
                    by, j = named, j - 1  # "was ordered by the UK government to sell"
                else:
                    ordered = named
                continue
            if verb_lemma(s.lows[j]) in urgers and s.reading(j) == "verb":
                break
            j -= 1
        if j < 0 or verb_lemma(s.lows[j]) not in urgers:
            return []
        chain = self.chain(s, j)
        if chain.speculative:
            return []
        if not ordered and (chain.passive or self.reduced_passive(s, j)):
            # "Nexperia was ordered to sell its stake by the UK": the subject is told
            ordered = self.subject(s, chain.start, chain)
            orderers = by or self.by_agent(s, t.end, reach=9) or []
            return self.events(orderers, ordered, t.act, s, t, number, chain.negated)
        if not ordered:
            return []
        orderers = self.subject(s, chain.start, chain)
        return self.events(orderers, ordered, t.act, s, t, number, chain.negated)

    def read_listing(self, s: Sentence, t: Trigger, number: int) -> list[Event]:
        """ "X added Y to its entity list", "Y was put on the list by X", "Y is
        on X's blacklist", "Y's inclusion on the US blacklist"."""
        favoured = s.lows[t.start] == "list" and any(
            w in self.acts.favoured_list_words for w in s.lows[max(0, t.start - 3) : t.end + 5]
        )
        reach = self.reach_verb(s, t.end + (s.low(t.end) in QUOTES))
        kind = self.list_kind(s, t.end)
        if reach is None and kind is not None:
            # "the list of restricted services also includes X": restricted too, by
            # whoever restricted the others
            k = kind[1]
            while s.low(k) in self.acts.auxiliaries or s.low(k) == "also" or s.is_ly_adverb(k):
                k += 1
            covers = verb_lemma(s.low(k)) in self.acts.coverage_verbs
            reach = k if covers and s.is_reach_verb(k) else self.reach_verb(s, kind[1])
            last = self.last_of_act.get(kind[0].name)
            if reach is not None and last is not None and not last.negated:
                listed, chain = self.reached(s, reach, list(last.actors), kind[0])
                if listed and not (chain.negated or chain.speculative):
                    s.consumed.add(reach)
                    return self.events(list(last.actors), listed, kind[0], s, t, number, False)
            reach = None
        if s.low(t.end) == "by" and verb_lemma(s.low(t.end + 1)) in self.acts.listing_verbs:
            # "expanded its entity list by adding 42 Chinese companies": those added
            end = next(
                (
                    k
                    for k in range(t.end + 2, s.n)
                    if s.is_break(k) or (s.words[k] == "," and not s.is_list_comma(k))
                ),
                s.n,
            )
            verb, _ = self.governor_of(s, t.start)
            lister = self.chain(s, verb) if verb >= 0 else None
            listers = self.subject(s, lister.start, lister) if lister is not None else []
            listed = self.listed_between(s, t.end + 1, end, listers)
            if lister is not None and not lister.speculative and listers and listed:
                return self.events(listers, listed, t.act, s, t, number, lister.negated)
        opening = t.start
        while opening > 0 and (
            s.lows[opening - 1] in s.g.determiners
            or s.words[opening - 1] in QUOTES
            or s.is_modifier(opening - 1)
        ):
            opening -= 1
        if s.low(opening - 1) in self.acts.target_prepositions:
            reach = None  # "other entities on this list include X": not the list acting
        if reach is not None and not favoured:
            # "Russia's list also includes X", "the blacklist published by the ministry
            # includes X": the list's owner (or its last lister) lists X
            owners = self.possessor(s, t.start) or self.by_agent(s, t.end, participle=True) or []
            if not owners and "list" in self.last_of_act:
                owners = list(self.last_of_act["list"].actors)
            listed, chain = self.reached(s, reach, owners, t.act)
            if owners and listed and not (chain.negated or chain.speculative):
                s.consumed.add(reach)
                return self.events(owners, listed, t.act, s, t, number, False)
        k = t.start - 1
        owner: list[str] = []
        regime: list[str] = []  # "its Belarus sanctions list": the country it is on
        delisted = False
        while k >= 0 and (
            s.lows[k] in s.g.determiners
            or s.lows[k] in s.g.listing_prepositions
            or s.lows[k] in s.g.delisting_prepositions
            or s.words[k] in ("“", "‘", '"', "'")
            or k in s.inside
            or s.lows[k] in s.g.possessives
            or s.is_modifier(k)
            or s.lows[k] in self.acts.favoured_list_words  # "its white list"
            # "the Commerce Department's export restriction list": the list's own nouns
            or (
                k >= t.start - 2
                and s.words[k].isalpha()
                and s.words[k].islower()
                and s.is_noun_word(k)
            )
        ):
            if k in s.inside and not owner and not regime:
                if self.owned_country(s, s.inside[k]):
                    regime = [s.inside[k].entity]
                else:
                    owner = [s.inside[k].entity]
            if s.lows[k] in s.g.listing_prepositions or s.lows[k] in s.g.delisting_prepositions:
                delisted = s.lows[k] in s.g.delisting_prepositions
                k -= 1
                break
            k -= 1
        if favoured and not delisted and "approve" in self.acts.classes:
            # "added Nvidia to its list of approved suppliers": favour, an approval
            t = replace(t, act=self.acts.classes["approve"])
        if delisted and not favoured:
            # "removed Huawei from its Entity List": taken off, an act for it ("removed
            # Japan from its white list of trusted partners": against it)
            act = inverted(t.act)
            if act is None:
                return []
            t = replace(t, act=act)
        # the verb that adds: the listed parties sit between it and the list
        verb_at = None
        j, steps = k + 1, 0
        while j > 0 and steps < 14:
            # (a name's words and a stock code count as no step: "added AO Kaspersky
            # Lab, China Telecom (Americas) Corp 0728.HK, and ... to its list")
            j -= 1
            steps += not (s.words[j] in (".", ",") or j in s.inside or STOCK_CODE.match(s.words[j]))
            if s.words[j] in (")", "]"):
                j = s.opening(j)  # "Semiconductor Manufacturing International Corp (SMIC)"
                continue
            if (
                j in s.inside
                or s.low(j + 1) in HYPHENS
                or s.low(j - 1) in HYPHENS
                # "China's Huawei"
                or (s.lows[j] in s.g.possessives and j - 1 in s.inside and j + 1 in s.inside)
            ):
                continue  # a name, or a word of "so-called"
            lemma = verb_lemma(s.lows[j])
            if lemma in (self.acts.delisting_verbs if delisted else self.acts.listing_verbs):
                verb_at = j
                break
            nouns = self.acts.delisting_nouns if delisted else self.acts.listing_nouns
            if noun_lemma(s.lows[j]) in nouns and s.low(j + 1) == "of":
                # "announced the addition of Y to its entity list": the announcer adds
                adders = owner
                governor, _ = self.governor_of(s, j)
                if not adders and governor >= 0:
                    chain = self.chain(s, governor)
                    if chain.speculative:
                        return []
                    adders = self.subject(s, chain.start, chain)
                listed = self.listed_between(s, j, t.start, owner)
                return self.events(adders, listed, t.act, s, t, number, False)
            if lemma == "be" or noun_lemma(s.lows[j]) in self.acts.listing_nouns:
                # "Y is on X's list", "Y's inclusion on X's list"
                on_list = self.possessor(s, j) if lemma != "be" else self.subject(s, j)
                return self.events(owner, on_list, t.act, s, t, number, False)
            if s.is_break(j) and s.lows[j] not in s.g.conjunctions:
                break  # ("adding X and its 70 affiliates to the list": one object)
        if verb_at is None:
            return []
        listed = self.listed_between(s, verb_at, t.start, owner) or self.listed_among(s, verb_at)
        chain = self.chain(s, verb_at)
        if chain.speculative:
            return []
        if chain.passive:
            # "Hunan Guofang has been put on the Entity List": by whoever listed before
            earlier = self.last_of_act.get(t.act.name)
            agents = (
                self.by_agent(s, t.end)
                or owner
                or (list(earlier.actors) if earlier else [])
                # "China said X have been added to the list": the one who announces it
                or [
                    e
                    for e in self.speaker(s, chain.start)
                    if self.type_of(e) in ("organization", "country")
                ]
            )
            listed = self.subject(s, chain.start, chain)
        else:
            agents = self.subject(s, chain.start, chain) or owner
        listed = listed or [e for e in regime if e not in agents]
        return self.events(agents, listed, t.act, s, t, number, chain.negated)

    def barred_act(self, s: Sentence, t: Trigger) -> bool:
        """Whether the gerund at ``t`` is an act a verb before it bars: "barred
        it from working with X", "prevented them from buying Y"."""
        opening = t.start - 1
        if s.low(opening) in ("or", "and") and s.low(opening - 1).endswith("ing"):
            opening -= 2  # "from dealing or working with X"
        if s.low(opening) != "from" or not s.lows[t.head].endswith("ing"):
            return False
        for k in range(opening - 1, max(-1, opening - 13), -1):
            # (a comma between nouns: "bars private equity, venture capital and ... from")
            listed = (
                s.lows[k] in (",", "and")
                and s.words[k - 1].islower()
                and s.words[k + 1].islower()
                and s.reading(k + 1) != "verb"
            )
            if s.is_break(k) and not listed:
                return False
            barring = self.verb_act(s.lows[k])
            if barring is not None and barring.position == "oppose" and not barring.reactive:
                return True
        return False

    def off_list(self, s: Sentence, end: int) -> bool:
        """Whether a list a party is taken off follows ``end`` ("removed X
        from its Entity List", "taken off the blacklist")."""
        for i in range(end, min(s.n, end + 10)):
            if s.is_break(i):
                return False
            if s.lows[i] in s.g.delisting_prepositions:
                for j in range(i + 1, min(s.n, i + 10)):  # ("the so-called “Unverified List”")
                    act = self.act_noun_at(s, j)
                    if act is not None:
                        return act.name == "list"
                return False
        return False

    def listed_between(self, s: Sentence, start: int, end: int, owner: list[str]) -> list[str]:
        """The parties put on a list, named between ``start`` and ``end``; a
        nationality of the ones named is none ("two U.S. companies, PVH and
        Illumina": PVH and Illumina)."""
        listed: list[str] = []
        nationalities: list[str] = []
        for m in s.parties:
            if start < m.start < end and m.entity not in owner:
                m = s.headed(m)  # "Chinese chipmakers Huawei ...": Huawei
                if m.role == "object" and self.type_of(m.entity) == "country":
                    nationalities.append(m.entity)
                    continue
                listed.extend(x.entity for x in s.head(s.group_of(m)) if x.entity not in listed)
        return listed or nationalities

    # -- roles ----------------------------------------------------------------------------------

    def events(
        self,
        actors: Iterable[str] | None,
        targets: Iterable[str] | None,
        act: ActClass,
        s: Sentence,
        t: Trigger,
        number: int,
        negated: bool,
    ) -> list[Event]:
        actors = list(dict.fromkeys(actors or []))
        targets = list(dict.fromkeys(targets or []))
        if (
            verb_lemma(s.lows[t.head]) in self.acts.employment_verbs
            and actors
            and targets
            and all(self.type_of(e) == "person" for e in actors)
            and all(self.type_of(e) == "company" for e in targets)
        ):
            return []  # "Lo Wei-jen joined TSMC in 2004": a job taken, no stance
        if len(targets) > 1 and set(targets) == set(actors) and "them" in s.lows[t.end : t.end + 3]:
            return []  # "X and Y ... blocked them": no act of one on the other
        if act.name.split("-")[0] in self.acts.civilian_acts:
            # "charged four Chinese nationals with hacking": people, not their country
            targets = [e for e in targets if not self.civilians_of(s, e, t.end)]
        # "Two Chinese nationals were charged with stealing secrets from Micron": what
        # people did, not their country
        before = max(0, t.start - 12)
        actors = [e for e in actors if not self.civilians_of(s, e, before, t.start - before)]
        principals = self.principals(s, t.end)
        if principals and not act.mutual:
            # "stole trade secrets on behalf of China": China's act, not one on China
            targets = [e for e in targets if e not in principals and e not in actors]
            actors += [e for e in principals if e not in actors]
        if act.position == "support" and not act.mutual and not undone(act):
            # "thanked X for its support in the fighting against Armenian forces": whom
            # the help is against is no one it helps (but lifting "sanctions against
            # Sudan" is for Sudan)
            faced = self.faced(s, t.end)
            targets = [e for e in targets if e not in faced]
        if not actors and act.name.split("-")[0] in self.acts.host_acts:
            actors = self.envoy_host(s, t.end)  # "summoned Myanmar's ambassador in Dhaka"
        if not actors or (act.only_negated and not negated):
            return []  # (complying with a rule shows nothing; refusing to, opposition)
        if act.needs and not act.needs & s.lemmas() and not self.joint_here:
            if (
                s.lows[t.head] in s.g.negotiation_words
                and not self.choice_here  # ("in talks with Russia to buy jets": the buyer's)
                and self.talks_to_do(s, t.end)
            ):
                # "is in advanced talks with India and Japan to construct a terminal":
                # a project each side weighs
                act = replace(self.acts.classes[self.acts.open_choice_class], mutual=True)
            elif not self.choice_here or s.lows[t.head] not in s.g.negotiation_words:
                return []  # "X met Y": a stance only where the sentence says they cooperate
                # (in its words, or by an act of cooperating: "agreeing to develop ties")
            else:
                # "is in talks with Russia on the purchase of jets": a purchase weighed
                act = self.acts.classes[self.acts.open_choice_class]
        if (
            not targets
            and not act.mutual
            and self.likened(s, t)
            and (earlier := self.last_of_act.get(act.name)) is not None
        ):
            # "Regulators in Germany have initiated similar investigations": into Apple
            targets = [e for e in earlier.targets if e not in actors]
        if not targets and not (act.mutual and len(actors) > 1):
            if not negated:
                self.unnamed_of_act[act.name] = actors
                if sum(w in QUOTES for w in s.words[: t.start]) % 2 == 0:
                    # (not inside a quotation: "'... an effort to undermine the rule of
                    # law,' X said" is rhetoric, not an attack reported)
                    self.unnamed_here.append(Event(actors, [], act, "", number))
            return []
        if (
            not act.mutual
            and s.low(t.start - 1) == "to"
            and s.low(t.start - 2) in self.acts.candidate_nouns
        ):
            # "X and Y are among the candidates to supply submarines to Z": Z weighs them
            weighing = self.acts.classes[self.acts.open_choice_class]
            return [Event(targets, actors, weighing, s.view.span_text(t.start, t.end), number)]
        if not act.mutual:
            actors += [e for e in self.followed(s, t.start) if e not in actors + targets]
        if act.name in self.acts.choice_acts and self.alternatives(s, targets):
            act = self.acts.classes[self.acts.open_choice_class]  # "buy Boeing or Airbus jets"
        trigger = s.view.span_text(t.start, t.end)
        return [Event(actors, targets, act, trigger, number, negated)]

    def likened(self, s: Sentence, t: Trigger) -> bool:
        """Whether the act noun at ``t`` is likened to the last of its kind
        ("similar investigations", "the same sanctions")."""
        return t.kind == "noun" and s.low(t.start - 1) in s.g.likeness_words

    def envoy_host(self, s: Sentence, end: int) -> list[str]:
        """The country an envoy named after ``end`` is posted "in", if one is:
        "summoned Myanmar's ambassador in Dhaka" (Bangladesh)."""
        for k in range(end, min(s.n - 2, end + 8)):
            if s.words[k] in MARKS:
                return []
            if s.lows[k] in self.acts.posted_envoys and s.lows[k + 1] == "in":
                place = next((m for m in s.view.mentions if m.start == k + 2), None)
                if place is not None and self.type_of(place.entity) == "country":
                    return [place.entity]
                return []
        return []

    def faced(self, s: Sentence, end: int) -> set[str]:
        """The parties every mention of which after ``end`` is what something is
        "against" ("the war against Armenia", "against the Taliban"), found in
        one pass over the sentence's parties."""
        against: dict[str, bool] = {}
        for m in s.parties:
            if m.start >= end:
                k = s.group_of(m)[0].start
                faced = s.low(k - 1 - (s.low(k - 1) in s.g.articles)) == "against"
                against[m.entity] = against.get(m.entity, True) and faced
        return {entity for entity, faced in against.items() if faced}

    def principals(self, s: Sentence, end: int) -> list[str]:
        """The parties an act after ``end`` is done "on behalf of" or "at the
        behest of" (lexicon ``principal_phrases``), in its clause (not "for
        acting on behalf of X": another verb's)."""
        for i in range(end, min(s.n, end + 16)):
            if s.words[i] in MARKS or (s.lows[i] in self.acts.clause_breaks and i > end):
                return []
            if i > end and i not in s.inside and s.reading(i) == "verb":
                return []
            phrase = next(
                (p for p in self.acts.principal_phrases if tuple(s.lows[i : i + len(p)]) == p),
                None,
            )
            if phrase is not None:
                m = self.described_party(s, i + len(phrase))
                return [x.entity for x in s.head(s.group_of(m))] if m is not None else []
        return []

    def followed(self, s: Sentence, before: int) -> list[str]:
        """Whose lead the doer of the act at ``before`` followed ("have followed
        Google's lead and suspended Parler", "Following the US's example, Japan
        banned ..."): they did the act first."""
        for j in range(max(0, before - 14), before):
            if verb_lemma(s.lows[j]) != "follow":
                continue
            m = s.party_at(j + 1)
            if m is None:
                continue
            end = s.group_of(m)[-1].end
            if s.low(end) in s.g.possessives and s.low(end + 1) in self.acts.example_nouns:
                return [x.entity for x in s.head(s.group_of(m))]
        return []

    def alternatives(self, s: Sentence, targets: list[str]) -> bool:
        """Whether ``targets`` are named as alternatives, each two joined by
        "or" ("Boeing or Airbus", "Nokia, Ericsson or Samsung")."""
        named = [m for m in s.parties if m.entity in targets]
        if len(targets) < 2 or len(named) < 2:
            return False
        joints = [s.lows[a.end : b.start] for a, b in zip(named, named[1:], strict=False)]
        return "or" in joints[-1] and all(set(j) <= {",", "or"} for j in joints)

    def listed_among(self, s: Sentence, start: int) -> list[str]:
        """The party a clause puts among the noun phrase before a participle
        at ``start`` ("Inspur was among dozens of Chinese entities sanctioned
        by the US": Inspur), or none."""
        k = start - 1
        while (
            k > 0
            and start - k < 9
            and s.lows[k] != "among"
            and (
                (k in s.inside and s.inside[k].kind == "demonym")
                or (k not in s.inside and (s.is_noun_word(k) or s.is_describing_word(k)))
                or s.lows[k] in s.g.determiners
                or s.lows[k] == "of"
                or s.lows[k].isdigit()
            )
        ):
            k -= 1
        if s.lows[k] != "among" or s.low(k - 1) not in s.g.be_forms:
            return []
        # the party ending at the "be", or before an aside that ends there
        subject = s.ending.get(k - 1) or (
            s.ending.get(s.comma_before(k - 2)) if s.low(k - 2) == "," else None
        )
        if subject is None:
            return []
        return [x.entity for x in s.head(s.group_of(s.headed(subject)))]

    def participle_noun(self, s: Sentence, start: int) -> list[str] | None:
        """Who a bare participle at ``start`` describes when a plain noun comes
        right before it: the party the noun phrase stands beside ("Mae Thomas,
        an official sanctioned by the US": her), none where it names nobody
        ("sends gov't official sanctioned by US on leave": not the sender), or
        None where a party is part of the phrase ("a Chinese firm sanctioned by")
        or no noun comes before."""
        k = start - 1
        if noun_lemma(s.low(k)) in self.acts.act_references:
            return None  # "a decision assailed by Pristina": the decision's author's
        if not (
            s.is_noun_word(k) or (k not in s.inside and noun_lemma(s.low(k)) in s.g.people_nouns)
        ):
            return None
        while (
            k > 0
            and start - k < 6
            and (k - 1) not in s.inside
            and (
                s.is_noun_word(k - 1)
                or s.is_describing_word(k - 1)
                or s.lows[k - 1] in s.g.determiners
            )
        ):
            k -= 1
        if (k - 1) in s.inside or s.low(k - 1) in s.g.possessives:
            return None  # ("Ukraine's plant seized by Russian forces": its owner's)
        if s.low(k - 1) == "," and (k - 2) in s.inside:
            return [x.entity for x in s.head(s.group_of(s.headed(s.inside[k - 2])))]
        return []

    def civilians_of(self, s: Sentence, entity: str, end: int, reach: int = 12) -> bool:
        """Whether a country is named within ``reach`` words after ``end`` only
        as its people's nationality ("four Chinese nationals", "a Russian
        businessman")."""
        named = [
            m
            for k in range(end, min(s.n, end + reach))
            if (m := s.starting.get(k)) is not None and m.entity == entity
        ]
        return bool(named) and all(
            m.kind == "demonym"
            and (
                s.low(m.end) in self.acts.civilian_nouns
                # "two Russian co-conspirators"
                or f"{s.low(m.end)}-{s.low(m.end + 2)}" in self.acts.civilian_nouns
            )
            for m in named
        )

    def ordered_from(self, s: Sentence, k: int) -> bool:
        """Whether goods, named by lowercase words and numbers from ``k``, come
        "from" a party right after ("two 46 metre patrol vessels from China's
        Poly Technologies"): an order placed with a seller, not a command."""
        for j in range(k, min(s.n, k + 10)):
            if s.lows[j] == "from":
                m = s.party_at(j + 1)
                if j == k or m is None:
                    return False
                after = s.group_of(m)[-1].end
                if s.low(after) not in s.g.possessives and s.reading(after) == "verb":
                    return False  # (not "ordered data from TikTok deleted": a command)
                # (nor "ordered two diplomats from the Russian Embassy in Vienna to leave")
                rest = range(after, min(s.n, j + 12))
                return not any(s.lows[x] == "to" and s.is_bare_verb(x + 1) for x in rest)
            if j in s.inside or not s.words[j].isalnum():
                return False
            if s.lows[j] == "to" or s.lows[j] in s.g.relatives:
                return False  # "ordered the company to leave", "ordered that ..."
        return False

    def charged_with(self, s: Sentence, verb: int, noun: int) -> bool:
        """Whether the act noun at ``noun`` is what the one a reacting verb at
        ``verb`` acts on is charged with or accused of ("charged four Chinese
        nationals with computer intrusion"): "with" or "of" after its object."""
        parties = [k for k in range(verb + 1, noun) if k in s.inside]
        return bool(parties) and any(
            s.lows[k] in self.acts.charge_links for k in range(max(parties) + 1, noun)
        )

    def agrees_to_act(self, s: Sentence, end: int) -> bool:
        """Whether "to" and an act follow ``end`` ("agreed in principle to join")."""
        for i in range(end, min(s.n, end + 5)):
            if self.act_noun_at(s, i) is not None:
                return False  # "signed an agreement to provide X": the agreement is made
            if s.lows[i] == "to":
                j = i + 1
                while s.low(j) in self.acts.adverbs or s.is_ly_adverb(j):
                    j += 1
                if s.low(j) in self.acts.payment_verbs:
                    return True  # "Nvidia and AMD agreed to pay 15% to the US": not each other
                if verb_lemma(s.low(j)) in self.acts.blame_links:
                    return False  # "agreed to link the Belt and Road Initiative and ...": a deal
                if verb_lemma(s.low(j)) in self.acts.reversal_verbs:
                    return False  # "X and Y agreed to pause tariffs": a deal, its undoing read too
                measure = (
                    self.next_act_noun(s, j + 1, reach=4)
                    if verb_lemma(s.low(j)) in self.acts.light_verbs
                    else None
                )
                act = self.act_noun_at(s, measure) if measure is not None else None
                if act is not None and act.position == "oppose":
                    return True  # "Obama agreed Friday to impose hefty tariffs on tires"
                return j < s.n and (self.phrase_at(s, j) or self.word_at(s, j)) is not None
            if i in s.inside or s.words[i] in MARKS:
                return False
        return False


def undone(act: ActClass) -> bool:
    """Whether ``act`` is another act undone (made by ``inverted``)."""
    return act.name.startswith(("lift-", "revoke-"))


def inverted(act: ActClass) -> ActClass | None:
    """What undoing ``act`` shows: lifting a ban supports, revoking a licence opposes."""
    if act.position == "oppose":
        return ActClass(f"lift-{act.name}", "support", f"lifted ({act.label})")
    if act.position == "support":
        return ActClass(f"revoke-{act.name}", "oppose", f"withdrew ({act.label})")
    return None
