"""Who acts: the clause around an act's verb.

A verb's group (auxiliaries, adverbs, negation, modals, "to", and the verbs
that hand their subject down: "moved to ban", "stopped buying") is read
right to left from the verb; its subject is the noun phrase before that
group, past a time ("X on Friday banned"), a bracket, an appositive ("X, the
regulator, banned") or a relative pronoun ("X, which ... , banned"). A
pronoun stands for a speaker ("X said it would ban"), the subject of its
sentence or the last actor of its kind; an infinitive or gerund takes the
subject of the verb that governs it; an urged act the urger ("X lobbied Y to
exclude Z"); "X joined Y in restricting Z" both; "accused X of hacking Y" X,
as an allegation.
"""

from __future__ import annotations

from dataclasses import dataclass

from .actors import Mention
from .acts import ActClass, noun_lemma, verb_lemma
from .roles import Roles
from .sentence import (
    CLOSE_BRACKETS,
    CLOSE_QUOTES,
    HYPHENS,
    MARKS,
    OPEN_QUOTES,
    QUOTES,
    Sentence,
    has_phrase,
    reading,
)


@dataclass
class Chain:
    """A verb's group, read from the verb leftward."""

    start: int  # the first token of the group
    negated: bool = False
    speculative: bool = False
    passive: bool = False
    infinitive: bool = False
    urged: list[str] | None = None  # who acts, when not the subject before the verb
    urgee: list[str] | None = None  # "X urged Y to": Y
    gerund: bool = False
    ceased: bool = False  # negated by a stop to what was done ("will no longer recognize")
    resisted: bool = False  # a proposal or a push to act turned down ("vetoed a resolution to")


class Clauses(Roles):
    """The subject side of an act."""

    def reduced_passive(self, s: Sentence, verb: int) -> bool:
        """Whether a participle right after a party, with no auxiliary, is a
        passive: in a headline, or set off by a comma ("ZTE, fined $1 billion
        by the US, ..."); a preposition, an amount, "to" and a verb or the end
        follows it, not an object ("Huawei banned from 5G networks"; "US banned
        Huawei" is active)."""
        low, nxt = s.lows[verb], s.low(verb + 1)
        before = s.lows[verb - 1] if verb else ""
        if not s.headline:
            # (or opening the sentence: "Sanctioned by the US, Huawei turned to ...")
            subject = (before == "," and (verb - 1) in s.ending) or (verb == 0 and nxt == "by")
        else:
            subject = (
                verb in s.ending
                or (  # "Russian Ambassador Summoned": a noun after a name
                    (verb - 1) in s.inside or (verb - 2) in s.inside
                )
                # (a noun the dictionary lacks too: "DeepSeek App Removed from ...")
                and (
                    noun_lemma(before) is not None
                    or (before.isalpha() and not before.endswith("ly"))
                )
                and verb_lemma(before) is None
            )
        if not subject or not (
            (low.endswith(("ed", "en")) and verb_lemma(low) not in (None, low))
            or low in s.g.bare_participles
        ):
            return False
        return (
            not nxt
            or s.words[verb + 1] in MARKS
            or nxt[:1].isdigit()
            or nxt[:1] in "$€£¥"
            or (nxt in self.acts.target_prepositions and nxt != "to")
            # "Summoned to the Foreign Ministry", "ordered to pay"; not "moved to ban X"
            or (
                nxt == "to"
                and (not s.is_bare_verb(verb + 2) or verb_lemma(low) in self.acts.urge_verbs)
            )
        )

    def chain(self, s: Sentence, start: int) -> Chain:
        """The verb group before ``start``: auxiliaries, adverbs, negation,
        modals, "to" and the verbs that hand down their subject."""
        acts = self.acts
        chain = Chain(start)
        k = start - 1
        while k >= 0:
            low = s.lows[k]
            if k in s.inside:
                break
            phrase = (
                next(
                    (
                        p
                        for p in acts.negating_phrases
                        if tuple(s.lows[k - len(p) + 1 : k + 1]) == p
                    ),
                    None,
                )
                if k == start - 1
                else None
            )
            if phrase is not None:
                chain.negated = True  # "will no longer cooperate", "has yet to"
                chain.ceased = phrase in acts.ceasing_phrases
                k -= len(phrase)
                continue
            if low in acts.negators and not has_phrase(s.lows[k : k + 2], acts.affirming_phrases):
                chain.negated = True
            elif low.endswith(("n't", "n’t")) and len(low) > 3:
                # "won't", "didn't", "wouldn't": a verb and its negation in one word
                chain.negated = True
                chain.speculative = chain.speculative or low[:-3] in acts.speculative
            elif self.speculative_at(s, k):
                chain.speculative = True
            elif (
                low in s.g.be_forms
                and (
                    s.lows[start].endswith(("ed", "en"))
                    or s.lows[start] in s.g.bare_participles
                    or s.lows[start] in s.g.irregular_participles  # "has been sunk by X"
                )
                and all(
                    s.is_ly_adverb(j)
                    or s.lows[j] in s.g.passive_adverbs
                    or s.lows[j] in acts.time_words
                    or (s.lows[j] in s.g.time_prepositions and s.low(j + 1) in acts.time_words)
                    for j in range(k + 1, start)
                )
                # "is directly implicated", "was also banned", "were on Friday released"
            ):
                chain.passive = True
            elif low in acts.auxiliaries or low in acts.adverbs or s.is_ly_adverb(k):
                pass
            elif s.floating(k):
                pass  # "have all objected", "Vodacom and MTN both signed"
            elif low == "to":
                chain.infinitive = True
                chain.resisted = self.resisted(s, k)
                chain.negated = chain.negated or chain.resisted or self.measures_refused(s, k)
                # "X urged Y to ban", "pressure from X to ban": the urger acts
                urger = self.urger(s, k)
                if urger is not None:
                    if s.low(k - 1) in acts.negators:
                        chain.negated = True  # "urged their firms not to use X"
                    chain.urged = urger
                    at = self.past_day_back(s, k)
                    urged = s.ending.get(at - (s.low(at - 1) in acts.negators))
                    if urged is not None:
                        chain.urgee = [m.entity for m in s.head(s.group_of(urged))]
                    chain.start = k
                    return chain
            elif low in s.g.doer_links and (s.lows[start].endswith("ing") or chain.gerund):
                aspect = next(
                    (p for p in s.g.aspect_phrases if tuple(s.lows[k - len(p) + 1 : k + 1]) == p),
                    None,
                )
                if aspect is not None:
                    k -= len(aspect)  # "are in the process of replacing": "are replacing"
                    continue
                doer = s.ending.get(k)
                taken = self.step_taken(s, k) if doer is None else None
                if taken is not None:
                    k = taken  # "X took the rare step of blaming Y": X blames Y
                    continue
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
            elif low in acts.time_words or low.isdigit() or s.words[k] in QUOTES:
                pass  # 'would "substantially" increase'
            elif low in s.g.time_prepositions and s.low(k + 1) in acts.time_words:
                pass  # "were on Friday released"
            elif low in s.g.time_nouns and (opening := self.time_phrase(s, k)) is not None:
                k = opening  # "X at the same time signed", "X in recent weeks"
            elif (
                low in s.g.medium_nouns
                and not (k == start - 1 and s.lows[start] in s.g.medium_participles)
                and (opening := self.medium_phrase(s, k)) is not None
            ):
                k = opening  # "Zarif in a Twitter message has accused"
            else:
                lemma = verb_lemma(low)
                if lemma in acts.negating_verbs and chain.infinitive:
                    chain.negated = True
                elif (
                    lemma in acts.negating_verbs
                    and lemma not in acts.reversal_verbs  # "stopped buying": read at "stopped"
                    and k == start - 1
                    and s.lows[start].endswith("ing")
                ):
                    chain.negated = True  # "to avoid using Huawei equipment"
                elif lemma in acts.control_verbs and (chain.infinitive or low in acts.auxiliaries):
                    pass
                elif (
                    lemma in acts.control_verbs
                    and s.lows[start].endswith("ing")
                    and s.reading(k) != "noun"
                ):
                    pass  # "stopped buying", "began restricting"; not "an order banning"
                elif lemma in acts.control_verbs and chain.infinitive and low.endswith("ing"):
                    chain.gerund = True  # "of attempting to destabilise"
                else:
                    break
            k -= 1
        chain.start = k + 1
        if chain.start == start and self.reduced_passive(s, start):
            chain.passive = True  # "TikTok banned in India", "ZTE, fined $1 billion by the US,"
        # phrases of negation and speculation anywhere in the chain
        words = s.lows[chain.start : start]
        if has_phrase(words, acts.negating_phrases):
            chain.negated = True
        if has_phrase(
            s.lows[max(0, chain.start - 2) : start], acts.speculative_phrases
        ) and not self.reported_future(s, chain.start):
            chain.speculative = True
        if (
            s.low(start - 1) == "to"
            and noun_lemma(s.low(start - 2)) is not None
            and s.low(start - 3) in acts.alleging_modifiers
        ):
            chain.speculative = True  # "charged in an alleged scheme to help Saudi Arabia"
        if s.low(start - 1) == "to" and noun_lemma(s.low(start - 2)) in acts.ability_nouns:
            k = start - 3
            while s.low(k) in s.g.determiners or s.low(k) in s.g.possessive_pronouns:
                k -= 1
            # "giving Biden the power to ban TikTok": made possible (not "used its power to")
            chain.speculative = (
                chain.speculative or verb_lemma(s.low(k)) not in acts.exercising_verbs
            )
        # a condition or a question opens the clause: "if X banned Y", "whether to ban"
        k = chain.start - 1
        while k >= 0 and not s.is_break(k) and s.words[k] != ",":
            k -= 1
        if k >= 0 and s.lows[k] in s.g.conditions:
            chain.speculative = True
        doer = s.ending.get(chain.start)
        if doer is not None and s.low(s.group_of(doer)[0].start - 1) in s.g.conditions:
            chain.speculative = True  # "would retaliate should Russia impose a ban": a condition
        if "neither" in s.lows[k + 1 : chain.start] and "nor" in s.lows[k + 1 : chain.start]:
            chain.negated = True  # "Neither Germany nor France has banned Huawei"
        if chain.urged is None and not chain.infinitive:
            self.demanded(s, chain)
        return chain

    def demanded(self, s: Sentence, chain: Chain) -> None:
        """ "requested that Apple and Google remove the app", headline "Germany
        Demands Apple and Google Remove DeepSeek App": the one who demands acts
        on what the urged are to do (as in "urged Y to")."""
        urged = s.ending.get(chain.start)
        if urged is None and s.low(chain.start - 1) == ",":
            urged = s.ending.get(chain.start - 1)  # "..., including X and Y, suspend"
        if urged is None:
            # "ordered that phone companies block X": the ones told, unnamed
            k = chain.start - 1
            while (
                k > chain.start - 5
                and s.low(k) != "that"
                and (
                    s.is_noun_word(k) or s.low(k) in s.g.determiners or s.low(k) in s.g.quantifiers
                )
            ):
                k -= 1
            if k < chain.start - 1 and s.low(k) == "that" and not s.headline:
                self.urged_by(s, chain, k - 1, [])
            return
        group = s.group_of(urged)
        k = group[0].start - 1
        if urged.end != chain.start and s.low(k) not in s.g.naming_words:
            return
        if s.low(k) in s.g.naming_words and s.low(k - 1) == ",":
            # "ordered that all providers, including Safaricom and Airtel, suspend":
            # past the description the named ones are examples of
            described = next(
                (j for j in range(k - 2, max(0, k - 9), -1) if s.lows[j] == "that"), None
            )
            if described is not None and s.describes(described + 1, k - 1):
                k = described
        if s.low(k) == "the":
            k -= 1
        that = s.low(k) == "that"
        if that:
            k -= 1
            while k > 0 and (
                s.lows[k] in self.acts.time_words or s.lows[k] == "on" or s.is_ly_adverb(k)
            ):
                k -= 1  # "formally requested on Friday that"
        elif not s.headline:
            return  # "demands X remove" with no "that": a headline's shorthand only
        self.urged_by(s, chain, k, [m.entity for m in s.head(group)])

    def urged_by(self, s: Sentence, chain: Chain, k: int, urgee: list[str]) -> None:
        """Give ``chain`` the subject of the urging verb at ``k`` (past the
        time words after it) as the one who acts, ``urgee`` as the urged."""
        while k > 0 and (
            s.lows[k] in self.acts.time_words or s.lows[k] == "on" or s.is_ly_adverb(k)
        ):
            k -= 1  # "ordered on Monday that"
        if verb_lemma(s.low(k)) not in self.acts.urge_verbs or k in s.inside:
            return
        urger_chain = self.chain(s, k)
        urger = self.subject(s, urger_chain.start, urger_chain)
        if urger and urgee != urger and not (urger_chain.negated or urger_chain.speculative):
            # (not "Spotify warned that it may shut down": a threat of its own)
            chain.urged = urger
            chain.urgee = urgee

    def time_phrase(self, s: Sentence, k: int) -> int | None:
        """The preposition opening a phrase of time that ends at ``k`` ("at the
        same time", "in recent weeks", "for the first time"), or None."""
        for j in range(k - 1, max(-1, k - 5), -1):
            low = s.lows[j]
            if low in self.acts.time_words and not s.words[j][:1].isupper() or low in ("for",):
                return j if low in s.g.time_prepositions else None
            if j in s.inside or not s.words[j].islower():
                return None
        return None

    def medium_phrase(self, s: Sentence, k: int) -> int | None:
        """The "in" opening a phrase of what was said in, ending at ``k`` ("in
        a statement", "in a Twitter message"), or None."""
        for j in range(k - 1, max(-1, k - 5), -1):
            if s.lows[j] == "in":
                return j
            if not (j in s.inside or s.words[j].islower()) or s.words[j] in MARKS:
                return None
        return None

    def plural_before(self, s: Sentence, start: int) -> bool:
        """Whether the noun right before ``start`` is an act noun in the plural
        ("the contracts signed by")."""
        low = s.low(start - 1)
        noun = noun_lemma(low)
        return bool(noun) and low != noun and noun in self.acts.nouns

    def plural_object(self, s: Sentence, end: int) -> bool:
        """Whether an agreement verb's object is plural ("signed contracts"):
        each side signs its own, not one with the other."""
        i = end
        while i < s.n and (s.lows[i] in s.g.determiners or s.is_modifier(i)):
            i += 1
        low = s.low(i)
        noun = noun_lemma(low)
        return bool(noun) and low != noun and low.endswith("s") and noun in self.acts.nouns

    def speculated(self, s: Sentence, start: int) -> bool:
        """Whether a speculative word stands between the act and the party
        before it in its clause ("Germany and France have been tipped to be
        taking steps to limit")."""
        k = start - 1
        while k > max(-1, start - 14):
            j = s.inside[k].start - 1 if k in s.inside else k  # (the word before a name)
            if s.low(j) == "that" and self.claim_noun(s, j - 1):
                return True  # "denied allegations that (Tehran) supplied missiles": claimed
            if (
                s.low(j) == "of"
                and k == start - 1
                and s.lows[start].endswith("ing")
                and self.claim_noun(s, j - 1)
            ):
                return True  # "dismissed reports of the government rejecting an offer"
            if s.low(j) == "that" and verb_lemma(s.low(j - 1)) in self.acts.denying_verbs:
                return True  # "Haiti denied that it lifted the ban": denied, not done
            if self.disproved(s, j):
                return True  # "there is no evidence that (Huawei) spied": denied
            if s.words[k] == "," and s.low(k - 1) not in s.g.determiners:
                opening = s.comma_before(k)
                if opening > 0 and opening in s.ending:
                    k = opening  # "whether DeepSeek, a Chinese company ..., has been using"
                    continue
            if k in s.ending:
                first = s.group_of(s.ending[k])[0].start
                if s.low(first - 1) == "that" and (
                    self.claim_noun(s, first - 2)
                    or verb_lemma(s.low(first - 2)) in self.acts.denying_verbs
                ):
                    # "refuted claims that Myanmar has expelled X": claimed; "Huawei denied
                    # that it had spied on Kenya": denied
                    return True
                before = s.low(first - 1) if s.low(first - 1) != "the" else s.low(first - 2)
                return before in self.acts.speculative  # "whether DeepSeek has been using"
            if k in s.inside or s.words[k] in MARKS or s.words[k] == ",":
                return False
            if s.lows[k] in s.g.gerund_subordinators and s.low(k + 1).endswith("ing"):
                return False  # "are reportedly safe after being repatriated": an adjunct's act
            if self.speculative_at(s, k):
                return True
            k -= 1
        return False

    def disproved(self, s: Sentence, j: int) -> bool:
        """Whether the word at ``j`` opens what "no evidence" denies: "there is
        no (scientific) evidence that", "found no proof of", "no sign on"."""
        if s.low(j) not in ("that", "of", "on") or noun_lemma(s.low(j - 1)) not in (
            self.acts.evidence_nouns
        ):
            return False
        k = j - 2
        while k > 0 and s.is_describing_word(k):
            k -= 1
        return s.low(k) in self.acts.negators

    def claim_noun(self, s: Sentence, k: int) -> bool:
        """Whether the word at ``k`` is a noun of a claim ("allegations", "the
        claims"; not the verb in "the agency reports that")."""
        return (
            k >= 0
            and noun_lemma(s.lows[k]) in self.acts.claim_nouns
            and (
                s.reading(k) != "verb"
                or s.low(k - 1) in s.g.determiners
                # "refuted claims that": the object of a past verb
                or (s.low(k - 1).endswith("ed") and verb_lemma(s.low(k - 1)) is not None)
            )
            and not (k - 1 in s.inside or s.is_noun_word(k - 1))  # "the agency reports"
        )

    def reported_future(self, s: Sentence, start: int) -> bool:
        """Whether "would be" at ``start`` is a speaker's future in the past,
        its subject a party right after a past speech verb: "the ministry said
        Facebook would be blocked until Feb. 7" (an act announced, no guess)."""
        if s.lows[start : start + 2] != ["would", "be"] or start - 1 not in s.inside:
            return False
        m = next((x for x in s.parties if x.start <= start - 1 < x.end), None)
        if m is None:
            return False
        k = s.group_of(m)[0].start - 1
        k -= s.low(k) == "that"
        said = s.low(k)  # a past form: "said", "announced", "told" (not "says")
        return (
            not said.endswith("s")
            and said != verb_lemma(said)
            and verb_lemma(said) in self.acts.speech_verbs
        )

    def speculative_at(self, s: Sentence, k: int) -> bool:
        """Whether the word at ``k`` speculates ("could", "reportedly"; not the
        month in "on May 20", "on 9 May", "marked May Day": a capitalized "may"
        inside a sentence is a modal only in a headline's title case)."""
        if s.words[k] == "May" and (
            s.low(k + 1)[:1].isdigit()
            or s.low(k - 1)[:1].isdigit()
            or (k > 0 and (not s.headline or s.words[k - 1][:1].islower()))
        ):
            return False
        return s.lows[k] in self.acts.speculative

    def step_taken(self, s: Sentence, of: int) -> int | None:
        """Where the verb taking a step ends before "of" ("has taken the rare
        step of blaming") or owning an act before "for" ("has claimed
        responsibility for crippling"): the word before the verb, the chain
        going on there; or None."""
        k = of - 1
        if noun_lemma(s.low(k)) in self.acts.act_references:
            verbs = self.acts.light_verbs
        elif s.low(k) == "responsibility" and s.low(of) == "for":
            verbs = self.acts.responsibility_verbs
        else:
            return None
        k -= 1
        while (
            k >= 0
            and of - k < 6
            and k not in s.inside
            and (
                s.lows[k] in s.g.determiners
                or s.is_describing_word(k)
                or (s.lows[k].isalpha() and verb_lemma(s.lows[k]) is None)  # "the rare step"
            )
        ):
            k -= 1
        if verb_lemma(s.low(k)) not in verbs or k in s.inside:
            return None
        return k - 1

    def past_day_back(self, s: Sentence, k: int) -> int:
        """Where a party ends before a phrase of time that ends at ``k`` ("asked
        Venezuela on Thursday to"), or ``k``."""
        j = k
        while j > 0 and s.low(j - 1) in self.acts.time_words and (j - 1) not in s.inside:
            j -= 1
        return j if j < k and s.ending.get(j) is not None else k

    def urger(self, s: Sentence, to: int) -> list[str] | None:
        """The actor who urges at ``to`` ("X urged Y to", "pressure from X to",
        "X's decision to"), or None."""
        acts = self.acts
        to = self.past_day_back(s, to)  # "asked Venezuela on Thursday to": Venezuela
        if s.low(to - 1) in acts.negators:
            to -= 1  # "urged Italy not to use": Italy, urged
        k = to - 1
        named_end = s.opening(to - 1) if s.words[to - 1] in CLOSE_BRACKETS else to  # "(NSDC) to"
        urged = s.ending.get(named_end)
        if urged is not None:
            group = s.group_of(urged)
            k = group[0].start - 1
            if s.low(k) == "the":
                k -= 1
            if s.low(k) == "of" and (k - 1) in s.inside and s.low(k + 1) == "the":
                # "the Council of the Ukraine to": the council
                group = s.group_of(s.inside[k - 1])
                k = group[0].start - 1 - (s.low(group[0].start - 1) == "the")
            described = k
            while described > 0 and k - described < 8 and s.describes(described, k + 1):
                described -= 1  # "instructed satellite connectivity provider Starlink to"
            if described < k and (
                verb_lemma(s.low(described)) in acts.urge_verbs
                or (s.low(described) == "on" and verb_lemma(s.low(described - 1)) == "call")
            ):
                k = described  # (and "called on Intel CEO Lip-Bu Tan to")
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
            if s.low(k) == "by" and (
                noun_lemma(s.low(k - 1)) in acts.act_references
                or noun_lemma(s.low(k - 1)) in acts.intent_nouns
            ):
                if s.low(k - 2) in acts.hypothetical_determiners:
                    return []  # "any move by the US to impose tariffs": none made
                return [m.entity for m in s.head(group)]  # "the decision by Sweden to ban X"
            if s.low(k) == "of" and noun_lemma(s.low(k - 1)) in acts.act_references:
                # "approved the decision of the NSDC to sanction X": the NSDC's act,
                # and the approver's
                owner = [m.entity for m in s.head(group)]
                verb = self.governing_verb(s, k - 1)
                if verb is not None and acts.verbs.get(verb_lemma(s.lows[verb]) or "") == "approve":
                    chain = self.chain(s, verb)
                    if not (chain.negated or chain.speculative):
                        return self.subject(s, chain.start, chain) + owner
                return owner
            return None
        # "urging allies to exclude", "pressed governments to", "calls on European
        # Union member countries that have not yet done so to": an unnamed urgee
        j = k
        while (
            j >= 0
            and j > k - 13
            and (
                j not in s.inside
                or s.inside[j].role in ("modifier", "object")
                or self.plain_noun(s, s.inside[j].end)  # "European Union member countries"
            )
            and (not s.is_break(j) or self.inside_relative_clause(s, j))
            and s.words[j] != ","
        ):
            lemma = verb_lemma(s.lows[j])
            # (a verb, not the noun of "Kenyan air force jets were reported to")
            if lemma in acts.urge_verbs and j < k and s.reading(j) == "verb":
                chain = self.chain(s, j)
                return self.subject(s, chain.start, chain) or []
            j -= 1
        # "X's decision to ban", "the move by X to ban"
        noun = noun_lemma(s.low(k))
        if noun in acts.act_references or noun in acts.urge_nouns or noun in acts.intent_nouns:
            owner = self.possessor(s, k)
            if owner:
                return owner
            verb = self.governing_verb(s, k)
            if verb is not None and noun in acts.urge_nouns:
                # "X issued an official order to block Y": who issued it
                chain = self.chain(s, verb)
                return self.subject(s, chain.start, chain) or None
        return None

    def resisted(self, s: Sentence, to: int) -> bool:
        """Whether the urging before ``to`` is turned down by the one who was
        to act: "resisting pressure to slap a ban on Huawei", "rebuffed calls
        to expel" (not "resisted US pressure to ban", the US's own push)."""
        urging = self.acts.urge_nouns | self.acts.proposal_nouns  # ("vetoed a resolution to")
        at = to - 1
        while at > to - 5 and noun_lemma(s.low(at)) not in urging:
            if not (s.words[at].isalpha() and s.words[at].islower()) or s.reading(at) == "verb":
                return False  # (past a short phrase only: "the request in the country to")
            at -= 1
        proposed = noun_lemma(s.low(at)) in self.acts.proposal_nouns
        if noun_lemma(s.low(at)) not in urging or (not proposed and self.possessor(s, at)):
            return False  # (a text turned down is not done, whoever put it forward)
        k = at - 1
        while (
            k > at - 7
            and verb_lemma(s.low(k)) not in self.acts.resisting_verbs
            and (
                (proposed and k in s.inside)  # "vetoed a draft UN resolution to"
                or s.low(k) in s.g.determiners
                or s.low(k) in s.g.possessives
                or s.is_modifier(k)
                or (s.words[k].isalpha() and s.words[k].islower() and s.reading(k) != "verb")
                or s.low(k).endswith("ing")  # "mounting pressure"
            )
        ):
            k -= 1  # "resisted the mounting pressure to", "rejected the industry's request to"
        return k not in s.inside and verb_lemma(s.low(k)) in self.acts.resisting_verbs

    def measures_refused(self, s: Sentence, to: int) -> bool:
        """Whether "to" follows act references a negated verb governs: "will not
        pursue any measures to expel diplomats", "will not take measures to"
        (the act is not done)."""
        k = to - 1
        if noun_lemma(s.low(k)) not in self.acts.act_references:
            return False
        k -= 1
        while (
            k > max(-1, to - 5)
            and k not in s.inside
            and s.words[k].isalpha()
            and s.words[k].islower()
            and s.reading(k) != "verb"
        ):
            k -= 1  # ("any measures", "further concrete steps")
        if k < 0 or k in s.inside or s.reading(k) != "verb":
            return False
        lemma = verb_lemma(s.lows[k])
        if lemma in self.acts.reversal_verbs or lemma in self.acts.revisiting_verbs:
            return False  # "will not change its decision to ban X": the ban stands
        return self.chain(s, k).negated

    def inside_relative_clause(self, s: Sentence, j: int) -> bool:
        """Whether the break at ``j`` is a relative pronoun after a plain noun or
        the "so" of "done so": "calls on countries that have not yet done so to
        ban" names its urgee past the clause."""
        if s.lows[j] in s.g.relatives:
            return self.plain_noun(s, j - 1)
        return s.lows[j] == "so" and verb_lemma(s.low(j - 1)) == "do"

    def joined(self, s: Sentence, at_in: int) -> list[str] | None:
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
            if s.words[j] in MARKS:
                return None
            j -= 1
        if j < 0 or verb_lemma(s.low(j)) not in self.acts.joining_verbs:
            return None
        chain = self.chain(s, j)
        joined = [m.entity for m in s.head(group)]
        if chain.negated or chain.speculative:
            return joined  # "Germany opted not to follow the UK in banning": the UK bans
        return self.subject(s, chain.start, chain) + joined

    def addressed(self, s: Sentence, start: int) -> int | None:
        """Where the message is, for a party addressed at ``start``: "a letter to
        (Intel Chairman) X", "wrote to X"; else None."""
        for j in range(start - 1, max(-1, start - 5), -1):
            if s.lows[j] == "to":
                before = s.low(j - 1)
                if noun_lemma(before) in s.g.medium_nouns or verb_lemma(before) == "write":
                    return j - 1
                return None
            if not s.words[j][:1].isupper():
                return None  # only a title between: "to Intel Chairman X"
        return None

    def caused(self, s: Sentence, k: int) -> list[str] | None:
        """The party a causing verb moves to act, its noun phrase ending at
        ``k`` before "to" ("has led the Benin regulator to withdraw", "prompting
        Prague to summon"), or None where no causing verb comes before it."""
        j = s.group_of(s.inside[k])[0].start if k in s.inside else k
        while (
            j > 0
            and k - j < 6
            and (
                s.lows[j - 1] in s.g.determiners
                or (j - 1) in s.inside
                or s.is_modifier(j - 1)
                or (self.plain_noun(s, j - 1) and s.reading(j - 1) != "verb")
            )
        ):
            j = s.inside[j - 1].start if (j - 1) in s.inside else j - 1
        if verb_lemma(s.low(j - 1)) not in self.acts.causing_verbs:
            return None
        if k in s.inside:
            return [x.entity for x in s.head(s.group_of(s.inside[k]))]
        return self.owner_of(s, k)

    def joined_verb(self, s: Sentence, start: int) -> int | None:
        """The verb before "<verb> <object> and" when the verb at ``start``
        follows that "and" in the same form ("released X and handed him over"):
        the two share a subject, not the first one's object."""
        if s.low(start - 1) != "and" or (start - 2) not in s.inside or s.reading(start) != "verb":
            return None
        j = s.group_of(s.inside[start - 2])[0].start - 1
        steps = 0
        while (
            j >= 0
            and steps < 6
            and (
                j in s.inside
                or s.is_modifier(j)
                or s.lows[j] in s.g.determiners
                # a post before the name: "Japanese Ambassador to China Kenji Kanasugi"
                or (s.lows[j] in ("to", "of", "in") and (j + 1) in s.starting)
                or (j > 0 and s.words[j].istitle() and s.reading(j) != "verb")
                or s.lows[j] in self.acts.government_titles  # "ambassador in Moscow X"
            )
        ):
            j, steps = (s.inside[j].start if j in s.inside else j) - 1, steps + 1
        if j < 0 or j in s.inside or s.reading(j) != "verb":
            return None
        same_form = s.lows[j].endswith("ed") == s.lows[start].endswith("ed")
        return j if same_form and verb_lemma(s.lows[j]) not in (None, s.lows[j]) else None

    def subject(self, s: Sentence, start: int, chain: Chain | None = None) -> list[str]:
        """Who does the verb whose group begins at ``start``."""
        if (
            s.low(start) in s.g.time_prepositions
            and s.low(start + 1) in self.acts.time_words
            and s.low(start + 2) == "to"
        ):
            start += 2  # "signed a resolution on Thursday to refuse aid": as at "to"
        if (
            start == 0
            and s.low(0) in ("this", "these")
            and verb_lemma(s.low(1)) in self.acts.coverage_verbs
            and self.last_event is not None
        ):
            return list(self.last_event.actors)  # "This includes X": the last act's
        if (
            s.low(start) == "to"
            and s.low(start - 2) in s.g.possessive_pronouns
            and s.low(start - 3) == "for"
            and (start - 4) in s.inside
        ):
            # "praised Serbia for its decision to designate X": Serbia designates
            return [x.entity for x in s.head(s.group_of(s.inside[start - 4]))]
        if (
            s.low(start) == "to"
            and s.low(start - 2) in s.g.possessive_pronouns
            and (
                noun_lemma(s.low(start - 1)) in self.acts.intent_nouns
                or noun_lemma(s.low(start - 1)) in self.acts.commitment_nouns
            )
            and s.low(start - 3) != "for"
        ):
            # "their decision to join NATO": who decided
            owner = self.pronoun(s, start - 2)
            if owner:
                return owner
        if chain is not None and chain.urged is not None:
            return chain.urged
        if start == 0 and s.lows[0].endswith("ing") and s.reading(0) == "verb":
            # "Attributing the attack to North Korea, the agencies pointed to ...": the
            # main clause's subject, after the comma
            comma = s.comma_after(1, reach=16)
            m = s.party_at(comma + 1) if comma is not None else None
            return [x.entity for x in s.head(s.group_of(s.headed(m)))] if m else []
        backer = s.ending.get(start)
        first = s.group_of(backer)[0].start if backer is not None else -1
        if (
            backer is not None
            and s.low(first - 1) in ("to", "with", "by")
            and s.low(first - 2) in s.g.relation_participles
            and s.is_noun_word(first - 3)
            and (first - 3) not in s.inside
        ):
            # "hackers linked to Russia attacked X": the one behind the unnamed doers
            return [x.entity for x in s.head(s.group_of(backer))]
        if (
            verb_lemma(s.low(start)) in self.acts.speech_verbs
            and s.low(start + 1) in s.g.be_forms
            and s.low(start - 1) in s.g.subject_pronouns
            and s.is_noun_word(start - 2)
        ):
            return []  # "10 companies it says are enabling X": the companies, unnamed
        if (
            s.low(start - 1) == "others"
            and (s.low(start - 2) in s.g.count_words or s.low(start - 2)[:1].isdigit())
            and s.low(start - 3) == "and"
            and s.reading(start) == "verb"
        ):
            # "two guards were killed and two others injured in clashes": the others are
            # of the first verb's subject, whose verb they leave out
            verb = self.governing_verb(s, start - 3)
            if verb is not None:
                chain = self.chain(s, verb)
                return self.subject(s, chain.start, chain)
        joined = self.joined_verb(s, start)
        if joined is not None:
            # "released American Jeffrey Fowle and handed him over": the first verb's doer
            chain = self.chain(s, joined)
            return self.subject(s, chain.start, chain)
        k = start - 1
        if s.low(k) in s.g.list_ends and s.low(k - 1) in s.g.conjunctions:
            k -= 2  # "Nokia, Ericsson or both to battle": past the list's end
        if s.words[start] in CLOSE_QUOTES and noun_lemma(s.low(k)) in self.acts.act_references:
            # 'Russia's "stop list" also includes': the subject's quoted name
            k = next(
                (j - 1 for j in range(k - 1, max(-1, k - 5), -1) if s.words[j] in OPEN_QUOTES), k
            )
        if s.low(start) == "to" and k >= 0 and s.words[k] not in MARKS:
            # "Seoul called in a Japanese diplomat to protest": Seoul protests
            if k in s.inside:
                allowed = s.group_of(s.inside[k])
                if verb_lemma(s.low(allowed[0].start - 1)) in self.acts.permission_verbs:
                    # "licenses allowing Huawei to buy chips from X": a permission,
                    # no purchase yet, and none by the one who allows
                    return []
            caused = self.caused(s, k)
            if caused is not None:
                return caused  # "prompted Prague to summon China's ambassador": Prague
            governor = self.governing_verb(s, start)
            cause = next(
                (
                    j
                    for j in range(governor + 1 if governor is not None else start, start)
                    if s.lows[j] in s.g.cause_prepositions
                    and s.low(j + 1 + s.low(j + 1).endswith("ly")).endswith("ing")
                ),
                None,
            )
            if cause is not None:
                # "sanctioned a Chinese company for allegedly providing imagery to
                # support Wagner": who was sanctioned (here unnamed), not the US
                about = s.inside.get(cause - 1)
                return [x.entity for x in s.head(s.group_of(about))] if about else []
            if governor is not None:
                chain = self.chain(s, governor)
                self.through_speculation |= (
                    chain.speculative or s.lows[governor] in self.acts.speculative
                )
                return self.subject(s, chain.start, chain)
        if s.low(start) == "to" and (start == 0 or s.words[start - 1] in MARKS):
            comma = next((j for j in range(start + 1, s.n) if s.words[j] == ","), None)
            if comma is not None:
                m = s.starting.get(comma + 1) or s.starting.get(comma + 2)
                if m is not None:
                    return [x.entity for x in s.head(s.group_of(m))]
        if (
            s.low(start).endswith("ing")
            and (start - 1) in s.inside
            and s.low(start) not in s.g.clause_openers  # "X, according to"
        ):
            # "in response to the UK issuing sanctions": the party right before a gerund
            m = s.inside[start - 1]
            if m.role != "locative" and self.addressed(s, s.group_of(m)[0].start) is None:
                return [x.entity for x in s.head(s.group_of(s.headed(m)))]
        if s.low(start - 1) == "in" and s.low(start).endswith("ing"):
            owner = self.possessor(s, start - 1)
            if owner:
                return owner  # "its role in supplying aid to Ukraine": its
        if (
            s.low(start) == "on"
            and s.low(start + 1).endswith("ing")
            and (k - 1) in s.inside
            and verb_lemma(s.low(k)) is not None
        ):
            k -= 1  # "Proximus plans on replacing X": the verb before "on", its subject
        steps = 0
        while k >= 0 and steps < 24:
            steps += 1
            word, low = s.words[k], s.lows[k]
            if word in CLOSE_BRACKETS:
                k = s.opening(k) - 1  # "the Data Protection Commission (DPC) in Ireland has"
                continue
            if s.is_dash(k) and k == start - 1:
                # "Canada's allies — the US, Britain and Australia — had banned Huawei"
                reach = range(k - 1, max(-1, k - 16), -1)
                inner = [j for j in reach if j in s.inside]
                if inner and any(s.is_dash(j) for j in reach):
                    m = s.inside[inner[0]]
                    return [x.entity for x in s.head(s.group_of(m))]
                break
            if (
                word in QUOTES
                and start - k <= 2
                and any(s.words[j] in QUOTES for j in range(start, min(s.n, start + 4)))
            ):
                k -= 1  # 'Pakistan "outright rejected" the dossier': the verb was quoted
                continue
            if word in MARKS:
                break
            if k in s.inside:
                m = s.inside[k]
                if s.low(m.start - 1) in HYPHENS and s.low(m.start - 2) in s.g.leanings:
                    return []  # "the pro-Russian collective NoName": a leaning, not Russia
                first = s.group_of(m)[0].start  # "the leaders of Korea and Mongolia"
                of = first - 1 - (s.low(first - 1) == "the")
                if (s.low(of - 1) in s.g.agent_heads or s.low(of - 1) in s.g.naming_nouns) and (
                    s.low(of) == "of"
                    or (s.low(of) == "from" and s.low(of - 1) in s.g.from_heads)
                    or (s.low(of) == "in" and self.type_of(m.entity) == "country")
                ):
                    # "the government of X", "officials in Greece say", "Musk's satellite
                    # unit from SpaceX"
                    return [x.entity for x in s.head(s.group_of(m))]
                owned = next(
                    (j for j in range(first - 1, max(-1, first - 6), -1) if s.lows[j] == "of"), -1
                )
                if (
                    self.type_of(m.entity) == "person"
                    and owned - 1 in s.inside
                    and self.type_of(s.inside[owned - 1].entity) == "company"
                    and (owned + 1 == first or s.describes(owned + 1, first))
                ):
                    # "The company SpaceX of the billionaire Elon Musk is authorized": SpaceX
                    return [s.inside[owned - 1].entity]
                if s.low(first - 1) == "including" and first >= 2 and self.plain_noun(s, first - 2):
                    # "Several countries including Zambia have called on X": the members
                    return [x.entity for x in s.head(s.group_of(m))]
                leader = s.group_of(m)[0]
                if (
                    m.role == "locative"
                    or self.in_phrase(s, m)
                    # "Business groups from Taiwan and the Czech Republic signed": the
                    # groups', unnamed
                    or (leader is not m and s.low(leader.start - 1) == "from")
                ):
                    k = m.start - 1
                    continue
                modifier = next(
                    (
                        s.inside[j]
                        for j in range(max(0, m.start - 6), m.start)
                        if j in s.inside and s.modified(s.inside[j]) is m
                    ),
                    None,
                )
                if modifier is not None and s.low(modifier.start - 1) == "with":
                    # "X in a call with New Zealand counterpart Jacinda Ardern thanked": X
                    k = modifier.start - 1
                    continue
                addressed = self.addressed(s, leader.start)
                if addressed is not None:
                    k = addressed  # "sent a letter to X expressing concern": the sender's
                    continue
                if leader is not m and s.low(leader.start - 1) == "in":
                    k = leader.start - 1  # "stakes in Nokia, Ericsson or both to battle"
                    continue
                head = s.headed(m)
                if head.start >= start:
                    head = m  # "Netherlands' DPA fines Clearview": not Clearview's modifier
                return [x.entity for x in s.head(s.group_of(head))]
            if low in self.acts.pronouns and low not in s.g.possessive_pronouns:
                return self.pronoun(s, k)
            if low in s.g.subordinators and low != "by" and k + 1 < start:
                return []  # "X Banned After Court Rules": the clause's own subject, unnamed
            if low in s.g.relatives:
                j = k - 1
                if s.low(j) == ",":
                    j -= 1
                    opening = s.comma_before(j + 1, reach=10)
                    if (
                        opening > 0
                        and j not in s.inside
                        and noun_lemma(s.low(opening - 1)) in self.acts.act_references
                        and not any(x in s.inside for x in range(opening, j + 1))
                    ):
                        j = opening - 1  # "a regulation, to take effect on July 1, that"
                if j >= 0 and j in s.inside:
                    m = s.inside[j]
                    return [x.entity for x in s.head(s.group_of(m))]
                if noun_lemma(s.low(j)) in self.acts.act_references:
                    # "X signed a bill which would prevent Y": the bill's author
                    author = self.author_of_reference(s, j)
                    if author:
                        return author
                if verb_lemma(s.low(start)) in self.acts.speech_verbs:
                    owner = self.possessor(s, j + 1)
                    if owner:
                        return owner  # "a US-led campaign which argues": the US
                if low == "that":
                    break  # "said that ...": the clause has no subject before here
                return []
            if low == ",":
                # past an appositive or a relative clause: "X, the regulator, banned"
                j = k - 1
                while (
                    j >= 0
                    and j > k - 20
                    and (s.words[j] != "," or s.is_list_comma(j) or s.lows[j + 1] == "and")
                    and (
                        s.words[j] not in MARKS
                        or s.words[j] in CLOSE_BRACKETS
                        or s.words[j] in QUOTES  # 'who inspired the film "Hotel Rwanda,"'
                    )
                ):
                    # past a list inside ("The Quad, an alliance of the US, India and
                    # Japan,") and a bracket ("the ... Commission (KPPU),")
                    j = (s.opening(j) if s.words[j] in CLOSE_BRACKETS else j) - 1
                if j >= 1 and s.words[j] == "," and (j - 1) in s.inside:
                    group = s.group_of(s.inside[j - 1])
                    verb = group[0].start - 1
                    if (
                        # (a name the registry lacks too: "bans PUBG, BIGO App, now warns")
                        (
                            (k - 1) in s.inside
                            or all(s.words[x][:1].isupper() for x in range(j + 1, k))
                        )
                        and verb >= 0
                        # (a speech verb's clause: "said Cozy Bear, also known as APT29,
                        # hacked" has its own subject)
                        and verb_lemma(s.low(verb)) not in self.acts.speech_verbs
                        and verb not in s.inside
                        and s.reading(verb) == "verb"
                    ):
                        # "Pakistan bans PUBG, Bigo Live, warns TikTok": a list of the
                        # first verb's objects, whose doer does the next
                        chain = self.chain(s, verb)
                        return self.subject(s, chain.start, chain)
                    opener = s.low(group[0].start - 1)
                    if (
                        opener.endswith("ing")
                        and verb_lemma(opener) is not None
                        and (group[0].start - 1) not in s.inside
                        and s.reading(group[0].start - 1) == "verb"
                    ):
                        # "A cyberattack targeting Collins Aerospace, a provider of ...,
                        # has disrupted": the participle's object, no subject
                        k = group[0].start - 2
                        continue
                    return self.before_relative(s, group[0].start) or [
                        x.entity for x in s.head(group)
                    ]
                members = s.starting.get(j + 2) if s.low(j + 1) in s.g.naming_words else None
                if (
                    members is not None
                    and j >= 1
                    and self.plain_noun(s, j - 1)
                    and s.low(start) != "to"  # ("instruct operators, including X, to")
                ):
                    # "seven US companies, including X and Y, were blacklisted": the
                    # members the aside names
                    return [x.entity for x in s.head(s.group_of(members))]
                named = s.starting.get(j + 1 + (s.low(j + 1) == "the"))
                last = s.group_of(named)[-1].end if named is not None else -1
                if s.low(last) == "(":
                    last = s.closing(last) + 1  # "the Business ... Commission (KPPU),"
                if (
                    j >= 1
                    and s.words[j] == ","
                    and named is not None
                    and last == k
                    and self.plain_noun(s, j - 1)
                ):
                    # "Two Israeli ministers, Itamar Ben-Gvir and Bezalel Smotrich, have
                    # been sanctioned": the ones the description names
                    return [x.entity for x in s.head(s.group_of(named))]
                if (
                    j >= 0
                    and s.words[j] == ","
                    and k - j <= 8
                    and k == start - 1
                    and s.lows[start].endswith("ing")
                    and any(
                        x not in s.inside and verb_lemma(s.lows[x]) in self.acts.speech_verbs
                        for x in range(j + 1, k)
                    )
                ):
                    # "Iran released two citizens, Denmark said on Friday, thanking Oman":
                    # the speaker's participle (none named: "the countries said, thanking")
                    speaker = next((s.inside[x] for x in range(j + 1, k) if x in s.inside), None)
                    return [x.entity for x in s.head(s.group_of(speaker))] if speaker else []
                # a participial or prepositional opening: "According to X, Y banned" has Y
                return self.leading(s, k) or []
            if low in s.g.gerund_joiners and s.lows[start].endswith("ing") and (k - 1) in s.inside:
                # "competing with Nvidia and supplying Y": the first gerund's subject
                j = k - 1
                while j >= 0 and not s.is_break(j) and s.words[j] != ",":
                    if j not in s.inside and s.lows[j].endswith("ing") and verb_lemma(s.lows[j]):
                        chain = self.chain(s, j)
                        return self.subject(s, chain.start, chain)
                    j -= 1
            if (
                low in s.g.clause_joiners
                and (k - 1) not in s.inside
                # (not nouns joined: "the second country in Europe and the first in
                # the EU to ban X")
                and not (s.low(k + 1) in s.g.articles and s.low(start) == "to")
            ):
                before = k + 1
                if s.words[k - 1] in CLOSE_QUOTES:
                    # 'X called the report "a provocation" and accused Y': past the quote
                    before = next(
                        (j for j in range(k - 2, max(-1, k - 40), -1) if s.words[j] in OPEN_QUOTES),
                        before,
                    )
                previous = self.governing_verb(s, before)
                while previous is not None and s.low(previous - 1) in s.g.nonfinite_markers:
                    previous = self.governing_verb(s, previous - 1)
                if previous is not None:
                    chain = self.chain(s, previous)
                    self.through_speculation |= (
                        chain.speculative or s.lows[previous] in self.acts.speculative
                    )
                    return self.subject(s, chain.start, chain)
                lead = self.leading(s, k)
                return lead or []
            if (
                k == start - 1
                and s.low(self.past_adverbs(s, start)).endswith("ing")
                and (
                    noun_lemma(low) in self.acts.act_references
                    or self.act_noun_at(s, k) is not None
                )
            ):
                # "signed an executive order essentially banning X", "announced
                # operations targeting X": the order's or the operations' author
                author = self.author_of_reference(s, k)
                if author:
                    return author
            if (
                k == start - 1
                and noun_lemma(low) in self.acts.act_references
                and (referred := self.event_named(s, k)) is not None
                and self.opens_clause(s, k)
            ):
                self.referred_act = referred.act
                return list(referred.actors)  # "Specifically, the sanctions target X"
            if k == start - 1 and self.plain_noun(s, k):
                # "people are being killed", "the project ... is aimed": the subject is
                # that noun, unnamed, unless a party owns it ("the Dutch government");
                # an unowned noun before an infinitive is no subject ("is using drones
                # to attack", "set up a force to counter": the user, who set it up)
                owner = self.owner_of(s, k)
                if (
                    owner
                    or s.low(start) != "to"
                    or noun_lemma(low) in self.acts.intent_nouns
                    or s.low(s.phrase_opening(k)) in s.g.cause_prepositions
                ):
                    # ("as part of efforts to restrict X": no one named; "indicted
                    # officers over a scheme to steal X": the cause, not the indicter's)
                    return owner
            if low in s.g.subordinators:
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
        while s.low(first) in s.g.determiners:
            first += 1
        if (
            first < start
            and noun_lemma(s.low(first)) in self.acts.act_references
            and self.last_event
        ):
            return list(self.last_event.actors)
        return []

    def before_relative(self, s: Sentence, start: int) -> list[str]:
        """The party a relative clause holding ``start`` is about: "Musk, who
        also owns Tesla and SpaceX, reacted ...": Musk; none if ``start`` is in
        no such clause."""
        r = start - 1
        while r >= 0 and r > start - 8 and s.words[r] != "," and s.lows[r] not in s.g.relatives:
            r -= 1
        if r >= 1 and s.lows[r] in s.g.relatives and s.low(r - 1) == "," and (r - 2) in s.inside:
            return [x.entity for x in s.head(s.group_of(s.inside[r - 2]))]
        return []

    def opens_clause(self, s: Sentence, k: int) -> bool:
        """Whether the noun at ``k`` (past its determiners) opens its clause."""
        j = k - 1
        # past its determiners and the act nouns naming it ("the sanctions list")
        while j >= 0 and (s.lows[j] in s.g.determiners or noun_lemma(s.lows[j]) in self.acts.nouns):
            j -= 1
        return j < 0 or s.words[j] in MARKS or s.words[j] == "," or s.lows[j] in s.g.conjunctions

    def intended(self, s: Sentence, start: int) -> bool:
        """Whether the verb group from ``start`` is an intent, not an act
        done ("would strengthen", "plans to partner"): a mutual act so read
        is one side's alone."""
        return any(w in self.acts.intent_words for w in s.lows[max(0, start - 2) : start + 3])

    def past_adverbs(self, s: Sentence, k: int) -> int:
        """The first word from ``k`` on that is no adverb."""
        while k < s.n and (s.lows[k] in self.acts.adverbs or s.is_ly_adverb(k)):
            k += 1
        return k

    def author_of_reference(self, s: Sentence, k: int) -> list[str]:
        """Who made the bill, order or decision named at ``k``: its possessor or
        the subject of the verb it is the object of ("X signed a bill")."""
        author = self.possessor(s, k)
        verb = self.governing_verb(s, k + 1) if not author else None
        if verb is not None:
            chain = self.chain(s, verb)
            author = self.subject(s, chain.start, chain)
        return author

    def adjective(self, s: Sentence, k: int) -> bool:
        """A lowercase word no verb or noun ("foreign", "senior")."""
        low = s.lows[k]
        return (
            k not in s.inside
            and s.words[k].isalpha()
            and s.words[k].islower()
            and noun_lemma(low) is None
            and verb_lemma(low) is None
            and low not in self.acts.target_prepositions
            and low not in self.acts.clause_breaks
            and low not in s.g.determiners
            and low not in s.g.conjunctions
            and low not in self.acts.adverbs
            and low not in self.acts.auxiliaries
        )

    def office_holder(self, s: Sentence, k: int) -> list[str]:
        """The country of a capitalised office named with no holder, ending at
        ``k``: "U.S. Secretary of State", "China's Foreign Minister"."""
        j, titled = k, False
        while j >= 0 and k - j < 5 and j not in s.inside:
            if s.lows[j] in self.acts.government_titles or (
                f"{s.low(j - 1)} {s.lows[j]}" in self.acts.government_titles
            ):
                titled = True  # "Secretary of State", "Trade Representative"
            elif not (s.words[j][:1].isupper() and s.words[j].isalpha()) and s.lows[j] != "of":
                break
            j -= 1
        if s.low(j) in s.g.possessives:
            j -= 1
        m = s.inside.get(j)
        if not titled or m is None or self.type_of(m.entity) != "country":
            return []
        return [x.entity for x in s.head(s.group_of(m))]

    def owner_of(self, s: Sentence, k: int) -> list[str]:
        """The party that owns the noun phrase ending at ``k`` when its head
        is an agent ("the Dutch government", "China's commerce ministry"), else
        none: "people", "the project" name no actor."""
        j = k
        while (
            j >= 0
            and k - j < 6
            and (
                (self.plain_noun(s, j) and (j == k or s.reading(j) != "verb"))
                or s.is_modifier(j)
                or s.lows[j] in s.g.determiners
                or s.lows[j] in s.g.quantifiers
                or s.lows[j] in s.g.count_words  # "the US and eight states"
                or (j in s.inside and j < k and self.type_of(s.inside[j].entity) == "country")
            )
        ):
            j = s.inside[j].start - 1 if j in s.inside else j - 1  # "every U.S. state"
        if s.low(j) in s.g.conjunctions and (j - 1) in s.inside:
            # "the US and several other Western nations have": the US, and the others unnamed
            return [x.entity for x in s.head(s.group_of(s.inside[j - 1]))]
        if s.lows[k] in s.g.product_nouns and (k - 1) in s.inside:
            maker = s.inside[k - 1]
            if self.type_of(maker.entity) == "company":
                # "Huawei and ZTE equipment pose a threat": the makers
                return [x.entity for x in s.head(s.group_of(maker))]
        if s.lows[k] in s.g.document_nouns and (k - 1) in s.inside:
            # "a UN report accused Myanmar's military": the body whose report it is
            return [x.entity for x in s.head(s.group_of(s.inside[k - 1]))]
        if s.lows[k] in s.g.member_nouns and (k - 1) in s.inside:
            group = s.inside[k - 1]
            if self.type_of(group.entity) == "organization":
                # "the Group of Seven countries condemned": the group ("US states": unnamed)
                return [x.entity for x in s.head(s.group_of(group))]
        office = self.office_holder(s, k)
        if office:
            return office  # "the U.S. Secretary of State warned": the United States
        named = s.inside.get(k - 1)
        if (
            s.lows[k] in s.g.group_heads
            and named is not None
            and named.kind in ("name", "org")
            and self.type_of(named.entity) in ("organization", "company")
        ):
            return [named.entity]  # "the UNC3886 group was behind": the group named
        hostile_group = s.lows[k] in s.g.group_heads and s.low(k - 1) in s.g.hostile_modifiers
        state_company = s.lows[k] in s.g.state_company_heads and not s.g.state_words.isdisjoint(
            s.lows[max(0, k - 4) : k]
        )
        if s.lows[k] not in s.g.agent_heads and not hostile_group and not state_company:
            # (but "a Russian hacking group attacked": the group is Russia's; "Tanzania's
            # state-run telecom company signed": Tanzania's)
            return []
        j = k - 1
        while (
            j >= 0
            and j > k - 6
            and (
                self.plain_noun(s, j)
                or self.adjective(s, j)
                or s.lows[j] == "of"
                or s.lows[j] in s.g.modifier_words  # "Azerbaijan's armed forces"
                or s.lows[j] in s.g.hostile_modifiers  # "a Russian hacking group"
                or (j not in s.inside and s.is_modifier(j))  # "Turkish F-16 fighter jets"
                # "Chinese state media and officials": one owner for both
                or (s.lows[j] == "and" and self.plain_noun(s, j - 1) and j == k - 1)
            )
        ):
            j -= 1  # "the Dutch data protection watchdog", "its board of directors"
            if j >= 1 and s.lows[j] in HYPHENS:
                j -= 2  # "Spain's left-wing government"
        if (
            j >= 0
            and j in s.inside
            and s.inside[j].role != "locative"
            and not (s.inside[j].role == "object" and s.low(s.inside[j].start - 1) in HYPHENS)
        ):  # (not "pro-Russian hackers": a leaning, which the actor finder reads as no agent)
            m = s.inside[j]
            first = s.group_of(m)[0].start
            entity = self.entity(m.entity)
            if (
                s.low(first - 1) in ("to", "with", "by")
                and s.low(first - 2) in s.g.relation_participles
                and s.low(first - 3) in self.acts.speculative
            ):
                return []  # "a group allegedly linked to Russian intelligence": a claim
            if (
                entity is not None
                and entity.type == "organization"
                and not entity.country
                and s.low(first - 1) in s.g.possessives
                and (first - 2) in s.inside
            ):
                return [s.inside[first - 2].entity]  # "Sudan's UN ambassador": Sudan's
            return [x.entity for x in s.head(s.group_of(m))]
        if s.low(j) in s.g.possessives and (j - 1) in s.inside:
            return [s.inside[j - 1].entity]
        if s.low(j) in s.g.possessive_pronouns and s.low(j) in self.acts.pronouns:
            return self.pronoun(s, j)  # "said its board has approved": the speaker
        return []

    def governing_verb(self, s: Sentence, before: int) -> int | None:
        """The nearest verb before ``before`` in its clause, past its object
        ("called in a Japanese diplomat to"), or None."""
        for k in range(before - 1, max(-1, before - 12), -1):
            if s.words[k] in MARKS or s.words[k] == ",":
                return None
            word = s.words[k]
            if k in s.inside or (k and s.words[k - 1] in HYPHENS):
                continue  # a name, or the end of "U.S.-based"
            if (word.isupper() and len(word) > 1) or (not s.headline and word[:1].isupper()):
                continue  # "Open RAN adoption": a name, not the verb "ran"
            low = s.lows[k]
            lemma = verb_lemma(low)
            if lemma is None or low in self.acts.auxiliaries or low in s.g.determiners:
                continue
            if low in self.acts.speech_verbs or (
                reading(s, k, lemma, noun_lemma(low)) == "verb" and not low.endswith("ing")
            ):
                return k
        return None

    def in_phrase(self, s: Sentence, m: Mention) -> bool:
        """Whether a party sits in a prepositional or participial phrase
        ("in Ireland", "benefiting Taiwan's ally"): not a subject."""
        k = m.start - 1
        if s.low(k) == "the":
            k -= 1
        else:
            # past a description: "over the execution of German-Iranian national X"
            k = next(
                (
                    j
                    for j in range(m.start - 2, max(-1, m.start - 6), -1)
                    if s.lows[j] == "of"
                    and s.describes(j + 1, m.start)
                    # (not "President of Tajikistan Emomali Rahmon": a title's country)
                    and all(
                        s.inside[x].kind == "demonym"
                        for x in range(j + 1, m.start)
                        if x in s.inside
                    )
                ),
                k,
            )
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

    def pronoun_owner(self, s: Sentence, i: int, act: ActClass) -> list[str]:
        """Whose thing an oppose act falls on, when its object is "its" or
        "their" thing that no party names ("broke into its email system"):
        the one the pronoun stands for (the speaker, the subject before)."""
        low = s.low(i)
        if act.position != "oppose" or low not in s.g.possessive_pronouns:
            return []
        if low not in self.acts.pronouns:
            return []
        for k in range(i + 1, min(s.n, i + 5)):
            if k in s.inside or s.is_break(k) or self.act_noun_at(s, k) is not None:
                return []  # "its ban on Huawei": an act, read as one
            if s.is_noun_word(k) and not s.is_noun_word(k + 1) and s.low(k + 1) not in HYPHENS:
                preposition = s.low(k + 1)
                party_after = any(k + 2 <= m.start <= k + 4 for m in s.view.mentions)
                if (k + 1) in s.inside or (
                    preposition in self.acts.target_prepositions and party_after
                ):
                    # "its plant in China", "its arch-foe Israel": a party named ("their
                    # respective ambassadors over a dispute", "its chips in critical
                    # infrastructure": theirs, no party after)
                    return []
                return self.pronoun(s, i)
        return []

    def pronoun(self, s: Sentence, k: int) -> list[str]:
        kind = self.acts.pronouns[s.lows[k]]
        # "X said it would", "X confirmed at the meeting that they would": the speaker
        after_that = s.low(k - 1) == "that"
        reach = 16 if after_that else 5  # ("said on Wednesday (Nov 27) he")
        j = k
        while reach > 0 and j > 0:
            j -= 1
            reach -= 1
            if s.words[j] in CLOSE_BRACKETS:
                j = s.opening(j)  # "said on Thursday (July 10, 2025) that he"
                continue
            if (
                j in s.inside
                and after_that
                and verb_lemma(s.low(j - 1)) not in self.acts.speech_verbs
            ):
                continue  # "said during a meeting with Xi Jinping in Budapest that he"
            if j in s.inside or s.words[j] in MARKS:
                break
            if verb_lemma(s.lows[j]) in self.acts.speech_verbs and s.lows[j] != "that":
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
        if kind == "group":
            # "told Finland and Sweden that their decision": the nearest pair before
            for m in reversed([m for m in s.parties if m.end <= k]):
                group = s.head(s.group_of(s.headed(m)))
                if len(group) > 1:
                    return [x.entity for x in group]
        if kind in ("group", "thing"):
            # the subject of the sentence, when it comes before the pronoun (or
            # of the clause after ", as" it stands in: "..., as the Philippines
            # continues to strengthen its partnerships")
            lead = self.subordinate_subject(s, k) or self.leading(s, k)
            # ("X and Y restricted its use": "its" is not a pair's; "it" is no person's)
            if lead and (
                len(lead) == 1 and self.type_of(lead[0]) != "person"
                if kind == "thing"
                else len(lead) > 1
            ):
                return lead
        if kind == "person":
            # "Magufuli ended his visit, during which he praised X": the sentence's own
            # subject when it is a person, else the last one named before
            lead = self.leading(s, k)
            if lead and all(self.type_of(e) == "person" for e in lead):
                return lead
            return self.last.get("person", [])
        if kind == "group":
            return self.last.get("group", []) or self.last.get("thing", [])
        return self.last.get("thing", [])

    def speaker(self, s: Sentence, before: int, judging: bool = False) -> list[str]:
        """Who reports the clause before ``before``: "X said (that)", "X found
        that", or ", X said" after it; a speaker that names no one ("an
        investigation has found that") gives way to the one before it. With
        ``judging``, also who judges it: "X called the sanctions biased"."""
        verbs = self.acts.speech_verbs | self.acts.finding_verbs
        if judging:
            verbs |= self.acts.judging_verbs
        for j in range(before - 1, -1, -1):
            if j in s.inside:
                continue  # a name ("the United States"), not "states"
            believes = s.lows[j] in self.acts.belief_words and s.low(j - 1) in s.g.be_forms
            # (a verb: not "state" in "Russia's state nuclear corporation")
            owned = s.low(j - 1) in s.g.possessives or s.low(j - 1) in s.g.determiners
            if (verb_lemma(s.lows[j]) in verbs and not owned) or believes:
                chain = self.chain(s, j - believes)  # ("is certain that": from "is")
                found = self.subject(s, chain.start, chain)
                if found:
                    return found
            if s.words[j] in MARKS:
                break
        return self.quote_speaker(s)
