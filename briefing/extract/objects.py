"""Who is acted upon: the target after a verb or an act noun.

A verb's target is the first group of actors after it, through the words of
its noun phrase and the prepositions that introduce a target ("banned
imports of equipment from Huawei"); a nationality may give way to the
companies named after it ("59 Chinese apps, including TikTok"), a seller to
where the goods go ("blocks Nvidia chip sales to China"). An act noun's
target follows its preposition ("sanctions on X", "a grant to X"); its
author is a possessive, a "by" agent, or the subject of the verb it is the
object of ("X imposed sanctions on Y"). A ban's complement names what the
barred act would have favoured ("prohibits carriers from buying from X").
"""

from __future__ import annotations

from .actors import Mention
from .acts import ActClass, dictionary_verb, noun_lemma, verb_lemma
from .events_model import Trigger
from .roles import Roles
from .sentence import HYPHENS, MARKS, OPEN_QUOTES, QUOTES, Sentence, reading


class Objects(Roles):
    """The target side of an act."""

    def object(
        self, s: Sentence, t: Trigger, skip_brackets: bool = False
    ) -> tuple[list[str], ActClass | None]:
        """(``skip_brackets``: a barred complement's reach, through the acts
        it chains: "from using money to purchase equipment from X")"""
        """The parties acted upon after a verb, and the act of an act noun met
        on the way ("lifted the ban on X": the ban)."""
        acts = self.acts
        limit = min(s.n, t.end + (18 if t.kind == "reversal" or skip_brackets else 12))
        governed: ActClass | None = None
        crossed = False  # past "after" or "before": a party yet, no act of its own
        i = t.end
        if s.low(i) in s.g.object_pronouns and s.low(i + 1) in s.g.pronoun_particles:
            i += 2  # "handed him over to X": past the one handed, to where
        elif s.low(i) in s.g.particles:
            i += 1
        if s.low(i) in QUOTES and any(
            s.words[j] in QUOTES for j in range(max(0, t.start - 3), t.end)
        ):
            # 'Pakistan "outright rejected" the dossier': the verb was quoted; 'lodged an
            # "emphatic protest" against Britain': the act noun
            i += 1
        if t.kind == "verb":
            alleged = self.alleged_doer(s, t, i)
            if alleged:
                return alleged, None
            earlier = self.them_before(s, t, i)
            if earlier:
                return earlier, None
            backed = self.past_backer(s, i)
            if backed != i:
                limit, i = min(s.n, limit + backed - i), backed
            past = self.past_label(s, i)  # 'dismissed as "unconscionable" demands by X'
            limit, i = min(s.n, limit + past - i), past
        while i < limit:
            low = s.lows[i]
            if i == t.end and s.words[i] in OPEN_QUOTES:
                close = next(
                    (j for j in range(i + 1, min(s.n, i + 5)) if s.words[j] in QUOTES), None
                )
                if close is not None and not any(j in s.inside for j in range(i, close)):
                    # 'rejected "in totality" the decision by X': an aside in quotes
                    i = close + 1
                    limit = min(s.n, limit + close - t.end + 1)
                    continue
            if low == "in" and i == t.end and (spoken_at := s.party_at(i + 1)) is not None:
                after_place = s.past_when(s.group_of(spoken_at)[-1].end)
                if s.low(after_place) in s.g.articles:
                    # "rejected in the Senate on Wednesday the decision of Chile": where it
                    # was said, then what was rejected
                    limit = min(s.n, limit + after_place - i)
                    i = after_place
                    continue
            if low in acts.time_words and s.low(i + 1) in s.g.possessives and i + 1 not in s.inside:
                i += 2  # "rejected Thursday's UN resolution": the resolution
                continue
            if (
                i == t.end
                and low in s.g.pronoun_determiners
                and s.low(i + 1).endswith(("ed", "en"))
                and verb_lemma(s.low(i + 1)) is not None
            ):
                break  # "include those announced by Trudeau": whose they are, not whom
            if i == t.end and low == "what" and (thing := self.described_as(s, i + 1)):
                # "attacked what it said was Israel's spy headquarters": what it named
                i = thing
                limit = min(s.n, limit + i - t.end)
                continue
            crossed = crossed or (low in s.g.object_links and low in s.g.subordinators)
            if s.words[i] in ("(", "["):
                closing = s.closing(i)
                bracketed = s.starting.get(i + 1)
                if (
                    bracketed is not None
                    and bracketed.end == closing
                    and i > t.end
                    and not skip_brackets
                    and all(
                        j not in s.inside
                        and (
                            s.words[j].isalpha()
                            and s.words[j].islower()
                            or s.lows[j] in s.g.possessives
                        )
                        for j in range(t.end, i)
                    )
                    and s.is_noun_word(i - 1)
                ):
                    # "the neighbouring country (Serbia)": the one the phrase means
                    return [bracketed.entity], governed
                limit = min(s.n, limit + closing - i + 1)
                i = closing + 1
                continue
            if (
                i not in s.inside
                and (s.low(i + 1) in HYPHENS or low in HYPHENS)
                and s.is_modifier(i)
            ):
                i += 1  # "the so-called Chinese peace plan": a compound modifier, no clause
                continue
            if low == "against" and t.act.position == "support":
                break  # "defend themselves against Iran": not the one supported
            if (
                verb_lemma(s.lows[t.head]) in acts.thing_verbs
                and low in acts.thing_ends
                and i > t.end
                and i - 1 not in s.inside
                and s.is_noun_word(i - 1)
            ):
                # "used the derogatory term in Serbia for ethnic Albanians", "attacks
                # using drones on Ukraine": what is used is the thing, no party
                break
            if low in ("at", "on", "as") and self.advice_at(s, i):
                break  # "removed 56 apps at Vietnam's behest": whose wish, not whom
            if low == "over" and i > t.end and any(s.is_noun_word(j) for j in range(t.end, i)):
                break  # "arrested six people over Nvidia chip smuggling": the people, unnamed
            if (
                low == "over"
                and i == t.end
                and t.act.reactive
                and s.low(i + 1).endswith("ing")
                and s.reading(i + 1) == "verb"
            ):
                break  # "voiced its dissatisfaction over linking X to China": whoever linked
            if t.act.position == "undecided" and noun_lemma(low) in acts.consequence_nouns:
                break  # "assessing the impact of the US rules on Samsung": no party weighed
            if (
                (t.act.position == "undecided" or t.act.name == "investigate")
                and low in s.g.open_questions
                and (i == t.end or (i == t.end + 1 and s.low(t.end) in ("on", "about", "over")))
            ):
                # "yet to decide (on) whether to allow X": undecided about X;
                # "investigating whether Meta breached the DMA": into Meta
                i += 1
                continue
            if low == "as" and i == t.end and t.act.reactive:
                j = i + 1
                while j < min(s.n, i + 5) and (
                    s.words[j] in QUOTES
                    or self.adjectival(s, j)
                    or (s.words[j].isalpha() and s.words[j].islower() and s.reading(j) != "verb")
                ):
                    j += 1
                if j > i + 1 and (j in s.starting or self.adjectival(s, j - 1)):
                    # ('dismissed as "absurd" Britain's accusations': a party next)
                    i = j  # "dismissed as 'baseless' Mali's accusations": the accusations
                    continue
            if (
                t.act.position == "undecided"
                and i in s.starting
                and s.low(i - 1) in s.g.open_questions
                and s.low(s.group_of(s.starting[i])[-1].end) in acts.auxiliaries
            ):
                # "has not decided whether Germany will supply missiles to Ukraine":
                # the open matter's subject, not what it is about (nor its auxiliary)
                i = s.group_of(s.starting[i])[-1].end + 1
                continue
            if t.act.name == "invest" and s.low(i - 1) == "in" and i not in s.starting:
                # "will invest $1 billion over five years in Malaysia": a place
                # named after "in" is where the money goes ("in the United States")
                place = self.country_at(s, i + (s.low(i) == "the"))
                if place:
                    return place, governed
            if s.is_amount(i):
                limit = min(s.n, limit + 1)  # an amount does not use up the reach
            if i in s.starting:
                m = s.headed(s.starting[i])  # "Chinese tech giant Huawei": Huawei
                group = s.head(s.group_of(m))
                after = group[-1].end
                if (
                    s.low(i - 1) in ("into", "to")
                    and s.low(i - 2) in s.g.entry_nouns
                    and self.type_of(m.entity) == "country"
                    and s.low(after) not in s.g.possessives  # ("entry to Canada's minister")
                ):
                    i = after  # "prevent entry into China or Hong Kong": where, not whom
                    continue
                if (
                    i - 1 > t.end
                    and s.low(i - 1) == "by"
                    and not t.act.reactive
                    and verb_lemma(s.low(i - 2)) is None
                ):
                    past = after
                    while past < after + 3 and s.low(past).isalpha() and s.is_noun_word(past):
                        past += 1  # ("by Chinese companies")
                    if s.low(past) in ("with", "on", "against"):
                        # "banned dealings by Chinese companies with X": the
                        # dealers are not what is banned; the party after "with" is
                        i = past
                        continue
                merged = self.deal_partner(s, after) if t.act.position == "support" else []
                if merged:
                    # "approved Korean Air's proposed merger with Asiana Airlines": both
                    owner = [x.entity for x in group]
                    return owner + [e for e in merged if e not in owner], governed
                held = self.named_in_reference(s, m)
                if held is not None:
                    i = held.start  # "expelled the country's top WHO representative"
                    continue
                kin = self.named_kin(s, after)
                if kin is not None:
                    i = kin  # "sanctioned Putin's daughters Maria Vorontsova and ...": them
                    continue
                named = self.named_civilians(s, after)
                if named:
                    # "charging two former Twitter employees, Ahmad Abouammo and Ali
                    # Alzabarah": the people named, not their employer
                    return named, governed
                while s.low(after) in HYPHENS and after + 1 in s.starting:
                    after = s.starting[after + 1].end  # "pause U.S.-Mexico tariffs": the tariffs
                if s.low(after) in HYPHENS and s.low(after + 1) in s.g.relation_participles:
                    of = next((k for k in range(after + 2, after + 5) if s.low(k) == "of"), -1)
                    if of > 0 and self.described_party(s, of + 1) is not None:
                        i = of + 1  # "sanctioned US-linked units of Hanwha": Hanwha's units
                        continue
                if (
                    m.kind == "demonym"
                    and s.low(after) in s.g.member_nouns
                    and s.low(after + 1) == "of"
                    and after + 2 in s.starting
                ):  # "the three European countries of Britain, France and Germany"
                    return [x.entity for x in s.head(s.group_of(s.starting[after + 2]))], governed
                if (
                    t.kind == "reversal"
                    and m.kind == "demonym"
                    and s.low(after) in acts.service_nouns
                ):
                    i = after  # "to cease Namibian operations": where they are, not whose
                    continue
                if s.low(after) in s.g.possessives and t.kind == "reversal":
                    owned = self.next_act_noun(s, after + 1, reach=3)
                    if owned is not None and s.low(owned + 1) in ("and", "&"):
                        # "lifts Burundi's aid & financial sanctions": the last noun heads
                        owned = self.next_act_noun(s, owned + 2, reach=3) or owned
                    if owned is not None:
                        # "scrap Tokyo's export restrictions on Seoul": the act undone
                        governed = self.act_noun_at(s, owned)
                        if governed is not None and governed.name in self.acts.revoked_grants:
                            # "revoked China Telecom's license": the holder's, lost
                            return [x.entity for x in group], governed
                        if (
                            governed is not None
                            and governed.position == "oppose"
                            and s.low(owned + 1) not in ("on", "against")
                        ):
                            # "the EU lifted Burundi's sanctions": one lifts only
                            # measures on others, so these were on Burundi
                            return [x.entity for x in group], governed
                        i = owned + 1
                        continue
                if s.low(after) in s.g.possessives and t.act.name in self.acts.giving_acts:
                    after += 1  # "pledged the government's support": the giver's act
                if s.low(after) in s.g.possessives and t.act.reactive:
                    owned = self.next_act_noun(s, after + 1, reach=3)
                    if owned is not None and not all(
                        s.is_modifier(j) for j in range(after + 1, owned)
                    ):
                        owned = None  # "rejected Trump's demand for negotiations": the demand
                    if owned is not None:  # "challenged Estonia's 5G ban": the ban, Estonia's
                        return [x.entity for x in group], self.act_noun_at(s, owned)
                if t.act.reactive and s.is_modifier(after):
                    after += 1  # "challenge Estonia 5G ban": the ban, Estonia's
                if (
                    t.act.reactive
                    and m.kind != "demonym"
                    and after < s.n
                    and self.compound_noun(s, after)
                ):
                    sale = self.act_noun_at(s, after + 1)
                    if sale is not None and sale.position == "support":
                        # "condemned US arms sales to Taiwan": the sales, the US's
                        return [x.entity for x in group], sale
                owned_named = self.owned_named(s, after)
                if owned_named:
                    # "fined the country's two main carriers, MTN Cameroon and Orange": the
                    # ones named, not their country
                    return owned_named, governed
                if m.kind == "demonym":
                    while after < min(s.n, group[-1].end + 3) and (
                        s.low(after).isalpha()
                        and after not in s.inside
                        and noun_lemma(s.lows[after]) is not None
                        and self.act_noun_at(s, after) is None
                        and s.lows[after] not in s.g.gerund_subordinators  # ("prisoners following")
                    ):
                        after += 1  # "approved Italian state aid": the aid, Italy's
                    named_next = s.starting.get(after + 1) if s.low(after) == "," else None
                    if (
                        after > group[-1].end
                        and named_next is not None
                        and named_next.kind != "demonym"
                        and (
                            s.low(s.group_of(named_next)[-1].end) in s.g.appositive_ends
                            or s.group_of(named_next)[-1].end >= s.n
                            or s.words[s.group_of(named_next)[-1].end] in MARKS
                        )
                    ):
                        # "picked Chinese company, Huawei to roll out 4G": the company named
                        return [x.entity for x in s.head(s.group_of(named_next))], governed
                noun = noun_lemma(s.low(after))
                noun_act = None if after in s.inside else self.act_noun_at(s, after)
                if noun_act is not None:
                    if (
                        m.kind == "demonym"
                        and (noun_act.name in acts.holdable_acts or noun in acts.deal_nouns)
                        and (
                            (t.act.position != "undecided" and t.kind != "reversal")
                            or (governed is not None and governed.position == "oppose")
                        )
                    ):
                        # "banned Chinese investments", "approved the Chinese stake",
                        # "eased curbs on Chinese investments", "blocked a Chinese
                        # takeover": toward China, whose they are
                        return [x.entity for x in group], governed
                    if (
                        t.kind == "reversal"
                        and governed is None
                        and self.type_of(m.entity) == "company"
                    ):  # "lifted the Twitter ban" (not "lifted US sanctions": the US's)
                        return [x.entity for x in group], noun_act
                    if noun_act.name in acts.revoked_grants and s.low(after + 1) == "of":
                        # "revoked the U.S. visa of X": the country issued it; X held it
                        governed, i = noun_act, after + 2
                        continue
                    if (
                        m.kind == "name"
                        and len(group) == 1
                        and self.type_of(m.entity) == "country"
                        and noun_act.position == "oppose"
                        and not noun_act.mutual
                        and not noun_act.reactive
                        and s.low(after + 1) not in acts.target_prepositions
                        and verb_lemma(s.lows[t.head]) in acts.light_verbs | acts.reversal_verbs
                        and s.low(m.start - 1) not in s.g.articles
                    ):
                        # "imposed Iran sanctions", "lifted its Russia sanctions": on the
                        # country (not "imposed US sanctions on Russia": the US's)
                        return [m.entity], noun_act
                    return [], noun_act
                named = self.including(s, [x.entity for x in group])
                if named != [x.entity for x in group]:
                    return named + self.also_after(s, i, named), governed
                destination = (
                    self.destination(
                        s,
                        group[-1].end,
                        limit,
                        owned=not t.act.reactive,
                        origin=t.act.name.split("-")[0] not in acts.removal_acts,
                    )
                    if not {s.low(group[-1].end), s.low(group[-1].end + 1)} & self.acts.envoy_nouns
                    # (people handed over go to no party: "handed over three Israeli
                    # hostages to the Red Cross" releases Israelis)
                    and t.act.name.split("-")[0] not in acts.handover_acts
                    else []
                )
                if destination:  # "Nvidia chip sales to China": China
                    return destination, governed
                more = self.and_including(s, group[-1].end) + self.semicolon_list(s, group)
                found = [x.entity for x in group] + more
                return found + self.also_after(s, i, found), governed
            if i in s.inside:
                i += 1
                continue
            if (
                t.kind == "verb"
                and t.act.name.split("-")[0] in acts.personal_acts
                and low in s.g.people_nouns
                and not s.is_noun_word(i + 1)  # (a head, not "security" in "security concerns")
                and s.low(i + 1) not in ("of", ",", "from", "and")
                and (i + 1) not in s.starting
            ):
                # "arrested a Hydro-Quebec employee allegedly sending secrets to China":
                # the employee, unnamed (while "a national of X" is X's)
                return [], governed
            if low == "such" and s.low(i + 1) == "as":
                i += 2  # "reviewing suppliers such as Huawei"
                continue
            if (
                noun_lemma(low) in acts.deal_nouns
                and s.low(i + 1) == "of"
                and t.act.position == "support"
                and (owner := self.deal_owner(s, t.end, i))
            ):
                # "approved its acquisition of Mellanox": the buyer and the bought
                bought = self.described_party(s, i + 2)
                return owner + [
                    e for e in (s.entities(bought) if bought else []) if e not in owner
                ], governed
            if noun_lemma(low) in acts.deal_nouns and s.low(i + 1) == "of":
                buyer = self.by_agent(s, i + 1, reach=12)
                if buyer:
                    # "approved the acquisition of Ansys by Synopsys": both companies
                    # ("blocked the acquisition of U.S. Steel by Nippon Steel": the buyer)
                    bought = self.described_party(s, i + 2) if t.act.position == "support" else None
                    sold = s.entities(bought) if bought is not None else []
                    return buyer + [e for e in sold if e not in buyer], governed
            if noun_lemma(low) in acts.sale_nouns and s.low(i + 1) == "of":
                buyer = self.sold_to(s, i + 2)
                if buyer:  # "blocked the sale of US Steel to Nippon Steel": the buyer
                    return buyer, governed
            if low in acts.replacing_words and t.act.name == "remove" and i > t.end:
                break  # "replace its fleet with Embraer's C-390": the replacement
            if low == "alongside" and t.act.position == "oppose":
                break  # "troops to fight alongside Russian forces": their allies
            if i > t.end and any(tuple(s.lows[i : i + len(p)]) == p for p in acts.response_phrases):
                break  # "fired on targets in Syria in response to the shelling of X"
            if low in s.g.offence_nouns and s.low(i + 1) in ("against", "on") and i > t.end:
                break  # "charges three men in connection with fraud against Dell": a victim
            if s.words[i] == "it" and s.is_bare_verb(i + 1):
                break  # "to help it cope with China's activities": it, not China
            if low in s.g.object_pronouns and not s.words[i].isupper():
                if low in s.g.person_objects and i == t.end and s.low(t.start - 1) == "to":
                    # "called Adama Barrow, the President-elect, to congratulate him": the
                    # person called
                    called = next(
                        (
                            m
                            for m in reversed(s.parties)
                            if t.start - 12 <= m.start
                            and m.end < t.start
                            and self.type_of(m.entity) == "person"
                        ),
                        None,
                    )
                    if called is not None and verb_lemma(s.low(called.start - 1)) is not None:
                        return [called.entity], governed
                if low in s.g.speaker_objects and t.act.position == "oppose":
                    # "Huawei: Australia has banned us from selling 5G tech": the speaker
                    return self.first_person(s), governed
                break  # "to help them defend themselves": the object is a pronoun ("US" is none)
            if (
                low == "to"
                and i > t.end
                and s.is_bare_verb(i + 1)
                and s.low(i + 2) not in HYPHENS  # "to quake-hit Albania": a modifier
                and not skip_brackets
                and t.act.position != "undecided"
            ):
                break  # "grant the application seeking to connect X": another act
            if s.words[i] in QUOTES:
                close = next(
                    (j for j in range(i + 1, min(s.n, i + 6)) if s.words[j] in QUOTES), None
                )
                if close is not None and all(
                    self.adjectival(s, j) or s.lows[j] == "and" for j in range(i + 1, close)
                ):
                    i = close + 1  # 'the "baseless and frivolous" accusations'
                    continue
                opened = next(
                    (j for j in range(i - 1, max(t.end, i - 5) - 1, -1) if s.words[j] in QUOTES),
                    None,
                )
                if (
                    close is not None
                    and s.low(i - 1) in s.g.determiners
                    and not any(j in s.inside for j in range(i + 1, close))
                ) or (
                    close is None and opened is not None and s.low(opened - 1) in s.g.determiners
                ):
                    # 'backs a "planned partnership" between X and Y': the marks alone
                    limit = min(s.n, limit + 1)
                    i += 1
                    continue
            if i > t.end and (leaders := self.led_by(s, i)):
                # "awarded a licence to a consortium led by Safaricom and Sumitomo": the
                # unnamed body's leaders stand for it
                return leaders, governed
            if low in s.g.maker_participles and s.low(i + 1) == "by" and t.act.name == "buy":
                maker = self.by_agent(s, i + 1)
                if maker:  # "buy 24 jets manufactured by BAE Systems": from the maker
                    return maker, governed
            if s.words[i] in ("—", "–", ":") and i > t.end:
                named = self.named_after(s, self.phrase_start(s, t.end), i)
                # "sanctions on two Georgian judges — X and Y", "on three countries: X,
                # Y and Z" (two or more after a colon: not a headline's speaker, "...: X")
                if len(named) > (s.words[i] == ":"):
                    return named, governed
            if (
                low in s.g.relatives
                and i > t.end
                and self.plain_noun(s, i - 1)
                and self.which_include(s, i - 1)
                and not self.verb_between(s, t.end, i)
            ):
                # "blocked all social media platforms which include Twitter and X"
                return self.named_list(s, i + 1), governed
            if low in s.g.relation_participles and i > t.end:
                # "lifted sanctions on businesses linked to X": the businesses, named
                # only if a list follows ("people close to X, including Y")
                return self.members_past_relation(s, i), governed
            if s.words[i] in MARKS:
                break
            if (
                low in acts.clause_breaks
                and not (low == "than" and s.bounds_amount(i))  # "on more than a dozen X"
                and not (low in s.g.relatives and t.kind == "reversal" and governed is not None)
                and low not in s.g.object_links
                and not (low == "as" and s.low(i + 1) == "well")
            ):
                break
            if (
                low.endswith("ing")
                and s.low(i - 1) in s.g.gerund_openers
                and dictionary_verb(low)  # not "exports of chipmaking tools to China"
                and i > t.end
                and t.act.position != "undecided"  # the open matter: "whether to join in banning X"
                and t.act.name != "invest"  # "invest $1 billion in expanding services in X"
            ):
                break  # "accused the firms of allowing X": another act, its own target
            if (
                low == "and"
                and i > t.end
                and not self.continues_object(s, i)
                and not (self.adjectival(s, i - 1) and self.adjectival(s, i + 1))
            ):
                break  # (not "the 'baseless and frivolous' accusations")
            if low in acts.auxiliaries and low not in s.g.nonfinite_be:
                break  # "considering this is the home market of X": another clause
            if low == "," and not s.is_list_comma(i):
                named = self.named_after(s, self.phrase_start(s, t.end), i)
                if named:  # "sanctioned two groups, Bluenoroff and Andariel"
                    return named, governed
                between = next(
                    (k for k in range(i + 2, min(s.n, i + 7)) if s.lows[k] == "between"), None
                )
                if (
                    between is not None
                    and between + 1 in s.starting
                    and s.describes(i + 1, between)
                    and s.describes(self.phrase_start(s, t.end), i)
                ):  # "approved a new unit, a joint venture between HCL and Foxconn"
                    return [x.entity for x in s.head(s.group_of(s.starting[between + 1]))], governed
                if s.low(i + 1) in s.g.naming_words and not self.verb_between(s, t.end, i):
                    # "imposed sanctions on 300 firms, including entities in China"
                    return self.named_list(s, i + 1), governed
                if self.which_include(s, i) and not self.verb_between(s, t.end, i):
                    # "sanctioned ten firms, which include Asia Pacific Links", "which are X"
                    return self.named_list(s, i + 2), governed
                item = i + 1 + (s.low(i + 1) == "and")  # (past a list's last comma)
                if (
                    item + 1 < s.n
                    and self.plain_noun(s, i - 1)
                    and (self.plain_noun(s, item) or s.is_noun_word(item))
                    and s.lows[item + 1] in ("from", "to", "and", ",")
                    and (
                        "from" in s.lows[i + 2 : i + 6]
                        or ("to" in s.lows[i + 2 : i + 6] and t.act.position == "support")
                    )
                    and s.reading(item) != "verb"
                ):
                    # "bans fruits, vegetables from Lebanon", "delivered food, medicines
                    # and clothes to Afghanistan": a list of goods
                    i += 1
                    continue
                break
            if (
                governed is None
                and t.kind == "reversal"
                and low in acts.service_nouns
                and s.low(i + 1) in acts.service_links
            ):
                i += 1  # "suspended the operations of X": X's own, no act undone
                continue
            if (
                governed is None
                and t.act.reactive
                and i not in s.inside
                and (noun_lemma(low) in acts.reversal_nouns or low in acts.reversal_nouns)
            ):
                # "opposes the forced closure of Hikvision's business in Canada": toward
                # who closes it, not the one whose business it is
                closer = (
                    self.possessor(s, i)
                    or self.by_agent(s, i + 1, participle=True)
                    or self.located_in(s, i + 1)
                )
                return closer or [], None
            if (
                governed is None
                and t.kind == "reversal"
                and (noun_lemma(low) in acts.reversal_nouns or low in acts.reversal_nouns)
                and s.low(i + 1) == "of"
                and i not in s.inside
            ):
                # "lifted the suspension of Telegram": the suspension undone (for Telegram)
                governed = acts.classes[acts.reversal_class]
                i += 1
                continue
            if governed is None and low[:1].isalpha() and not crossed:
                # (not "fired on targets in Syria after the shelling of X": another act)
                noun = noun_lemma(low)
                gerund = self.gerund_act(s, i)  # "defended its banning of X": the ban
                if gerund is not None:
                    governed = gerund
                    if t.kind != "reversal":
                        return [], governed
                if noun is not None and reading(s, i, verb_lemma(low), noun) != "verb":
                    governed = self.act_noun_at(s, i)
                    head = self.act_noun_at(s, i + 1) if i + 1 < s.n else None
                    if governed is not None and head is not None and (i + 1) not in s.inside:
                        governed, i = head, i + 1  # "lifts access restrictions": the restrictions
                    partner = s.starting.get(i + 2 + (s.low(i + 2) == "the"))
                    if (
                        governed is not None
                        and t.act.mutual
                        and t.act.position == "support"
                        and s.low(i + 1) == "with"
                        and partner is not None
                    ):
                        # "coordinated the sanctions with the UK": the partner in them
                        return [x.entity for x in s.head(s.group_of(partner))], None
                    if governed is not None and t.kind != "reversal":
                        return [], governed
            i += 1
        return [], governed

    def described_as(self, s: Sentence, k: int) -> int | None:
        """Where the thing named starts after a free relative's speaker and
        verb at ``k`` ("what [it said was] X", "what [they called] X",
        "what [it described as] X"), or None."""
        if s.low(k) not in s.g.subject_pronouns:
            return None
        verb = verb_lemma(s.low(k + 1))
        if verb in self.acts.labeling_verbs:
            return k + 2 + (s.low(k + 2) == "as")
        if verb in self.acts.speech_verbs and s.low(k + 2) in s.g.be_forms:
            return k + 3
        return None

    def first_person(self, s: Sentence) -> list[str]:
        """Who "we" and "us" are: the speaker named after a quote, or the party
        a headline opens with before its colon ("Huawei: Australia has banned us")."""
        opening = s.parties[0] if s.parties else None
        if s.headline and opening is not None and s.low(opening.end) == ":":
            return [opening.entity]
        return self.quote_speaker(s)

    def barred_complement(self, s: Sentence, t: Trigger) -> list[str]:
        """ "prohibits carriers from using money to buy from Z": Z, the one the
        barred act would have favoured; those acts are read no further."""
        for i in range(t.end, min(s.n, t.end + 6)):
            if s.lows[i] == "from" and s.low(i + 1).endswith("ing") and (i + 1) not in s.inside:
                if verb_lemma(s.lows[i + 1]) in s.g.entry_verbs:
                    return []  # "banned Russian ships from entering UK ports": where, not whom
                gerund = Trigger(i + 1, i + 2, t.act, "verb", i + 1)
                targets, _ = self.object(s, gerund, skip_brackets=True)
                finite = next(
                    (
                        j
                        for j in range(i + 2, min(s.n, i + 20))
                        if j not in s.inside
                        and (
                            s.lows[j] in s.g.modals
                            or (
                                s.lows[j] in self.acts.auxiliaries
                                and s.lows[j] not in ("be", "been")
                                and s.lows[j] not in s.g.possessives  # ("China's Huawei")
                                and not s.lows[j].endswith("ing")
                            )
                        )
                    ),
                    s.n,
                )  # "the decision to ban X from supplying Y could affect Z": not Z
                window = range(i + 1, min(s.n, i + 40))  # (the object's reach, and more)
                inside = {s.starting[k].entity for k in window if k in s.starting and k < finite}
                past = {s.starting[k].entity for k in window if k in s.starting and k >= finite}
                targets = [e for e in targets if e in inside or e not in past]
                if targets:
                    last = max(m.end for m in s.parties if m.entity in targets)
                    s.consumed.update(range(i + 1, last))
                return targets
            if s.words[i] in MARKS or s.lows[i] in self.acts.clause_breaks:
                return []
        return []

    def bought_from(self, s: Sentence, t: Trigger, targets: list[str]) -> bool:
        """Whether a purchase's target is its seller: after "from", or the
        maker of goods ("Russian oil", "Huawei equipment")."""
        for m in s.parties:
            if m.entity in targets and m.start >= t.end:
                reach = range(m.start - 1, max(t.end, m.start - 7) - 1, -1)
                source = next((k for k in reach if s.lows[k] == "from"), None)
                if source is not None and self.described_party(s, source + 1) is m:
                    return True  # "from Russia", "from small reactor developer Kairos Power"
                placed = next((k for k in reach if s.lows[k] == "with"), None)
                if (
                    placed is not None
                    and "order" in map(noun_lemma, s.lows[t.start : t.end])
                    and self.described_party(s, placed + 1) is m
                ):
                    return True  # "placed an order with Boeing": the seller
                by = next((k for k in reach if s.lows[k] == "by"), None)
                if by is not None and s.low(by - 1) in s.g.maker_participles:
                    return True  # "jets manufactured by BAE Systems"
                nxt = s.low(m.end)
                if nxt in s.g.possessives and m.end + 1 not in s.inside:
                    return True  # "to buy 24 of Denmark's ageing F-16 fighter jets"
                if nxt[:1].isalnum() and any(c.isdigit() for c in nxt) and m.end not in s.inside:
                    return True  # a model of the maker's: "50 Airbus A321neos", "Boeing 737s"
                return m.role in ("object", "modifier") or (
                    bool(nxt)
                    and nxt.isalpha()
                    and (m.end) not in s.inside
                    and nxt not in s.g.determiners
                    and nxt not in s.g.time_prepositions  # ("bought Mellanox in 2020")
                    and verb_lemma(nxt) in (None, noun_lemma(nxt))
                )
        return False

    def conditioned(self, s: Sentence, end: int) -> list[str]:
        """The party whose act a threat depends on: "threatened to retaliate if
        the United States goes ahead"."""
        for i in range(end, min(s.n, end + 16)):
            if s.lows[i] in s.g.conditions:
                m = s.starting.get(i + 1) or s.starting.get(i + 2)
                if m is not None and m.kind != "demonym":  # (not "if the Iranian-backed X")
                    return [x.entity for x in s.head(s.group_of(s.headed(m)))]
                return []
            if s.words[i] in MARKS or (i in s.inside and i - end < 2):
                # (a party right after the verb is its object; one inside the threat
                # is looked past: "warned that he would close the US embassy in La
                # Paz if Washington continued": Washington)
                return []
        return []

    def contrast(self, s: Sentence, t: Trigger, targets: list[str]) -> list[str]:
        """The other side of a replacement or a choice: "with"/"by" after a
        replaced party, "over"/"rather than"/"instead of" after a chosen one;
        with no party replaced, after the verb ("replace its fleet with X")."""
        last = max((m.end for m in s.parties if m.entity in targets), default=t.end)
        acts = self.acts
        words = acts.replacing_words if t.act.name == "remove" else acts.preferring_words
        for i in range(last, min(s.n, last + 8)):
            if s.lows[i] in words:
                for j in range(i + 1, min(s.n, i + 8)):
                    if j in s.starting:
                        m = s.headed(s.starting[j])
                        return [x.entity for x in s.head(s.group_of(m)) if x.entity not in targets]
                    if s.words[j] in MARKS or s.lows[j] in self.acts.clause_breaks:
                        break
                return []
            if (
                s.lows[i] == "and"
                and i + 1 < s.n
                and s.words[i - 1][:1].isupper()
                and s.words[i + 1][:1].isupper()
            ):
                continue  # "equipment in Belgium and Luxembourg with Nokia's": places
            if s.words[i] in MARKS or s.lows[i] in self.acts.clause_breaks:
                break
        return []

    def advice_at(self, s: Sentence, i: int) -> int | None:
        """Where the adviser starts if an advice phrase opens at ``i`` ("at the
        request of Vietnam", "at Vietnam's behest"), else None."""
        for phrase in self.acts.advice_phrases:
            if tuple(s.lows[i : i + len(phrase)]) == phrase:
                return i + len(phrase)
        owner = i + 1 + (s.low(i + 1) == "the")
        m = s.starting.get(owner)
        if m is not None:
            end = s.group_of(m)[-1].end
            if s.low(end) in s.g.possessives and s.low(end + 1) in self.acts.advice_nouns:
                return owner
        return None

    def advisers(self, s: Sentence, end: int) -> list[str]:
        """Who an act was done on the advice of ("banned ... on the advice of
        ASIO", "at Vietnam's request"): they take its stance too."""
        for i in range(end, min(s.n, end + 16)):
            at = self.advice_at(s, i) if s.lows[i] in ("at", "on", "as") else None
            if at is not None:
                m = s.starting.get(at) or s.starting.get(at + 1)
                return [x.entity for x in s.head(s.group_of(m))] if m else []
            if s.words[i] in MARKS:
                break
        return []

    def responded_to(self, s: Sentence, end: int) -> list[str]:
        """The author of the act an act answers ("in response to U.S.
        sanctions", "in retaliation for Canada's tariffs")."""
        for i in range(end, min(s.n, end + 6)):
            for phrase in self.acts.response_phrases:
                if tuple(s.lows[i : i + len(phrase)]) == phrase:
                    j = i + len(phrase)
                    for k in range(j, min(s.n, j + 5)):
                        noun = noun_lemma(s.lows[k])
                        if (
                            noun in self.acts.nouns
                            or noun in self.acts.act_references
                            or noun in s.g.container_nouns  # "the EU's imposition of tariffs"
                        ):
                            return self.possessor(s, k) or self.after_by(s, k + 1)
                    return []
            if s.words[i] in MARKS:
                break
        return []

    def provoker(self, s: Sentence, end: int) -> list[str]:
        """The party whose hostile act a clause right after ``end`` names, as
        an act with no target answers it: "brings in sanctions after Russia
        strikes Ukraine" (Russia)."""
        if s.low(end) not in s.g.answer_subordinators:
            return []
        m = s.party_at(end + 1)
        if m is None:
            return []
        verb = max(x.end for x in s.group_of(s.headed(m)))
        verb += s.low(verb) in self.acts.auxiliaries  # "after Russia had invaded"
        act = self.verb_act(s.low(verb))
        if act is None or act.position != "oppose" or s.reading(verb) != "verb":
            return []
        return s.entities(m)

    def after_by(self, s: Sentence, start: int) -> list[str]:
        """The parties of a "by" phrase right after ``start`` ("sanctions by X")."""
        agents = self.by_agent(s, start, participle=True)
        return agents or []

    def gerund_act(self, s: Sentence, i: int) -> ActClass | None:
        """The act an act verb's gerund names after a determiner ("the
        banning of X", "its banning of X"), if the word at ``i`` is one."""
        low = s.lows[i]
        if not low.endswith("ing") or noun_lemma(low) is not None:
            return None
        cls = self.acts.verbs.get(verb_lemma(low) or "")
        if cls is None or reading(s, i, verb_lemma(low), None) != "noun":
            return None
        return self.acts.classes[cls]

    def country_at(self, s: Sentence, i: int) -> list[str]:
        """The country a setting names at ``i`` ("in Malaysia"), if any."""
        for m in s.view.mentions:
            if m.start == i and m.role == "locative" and self.type_of(m.entity) == "country":
                return [m.entity]
        return []

    def adjectival(self, s: Sentence, k: int) -> bool:
        """Whether the word at ``k`` is a lowercase adjective ("baseless", "frivolous")."""
        if (
            not 0 <= k < s.n
            or k in s.inside
            or not s.words[k].isalpha()
            or not s.words[k].islower()
        ):
            return False
        return s.is_describing_word(k) or s.lows[k].endswith("less")

    def past_object(self, s: Sentence, end: int) -> int:
        """Where a plain noun phrase after ``end`` ends ("three nuclear sites",
        "the international airport"): past determiners, amounts, modifiers and
        common nouns, no party."""
        i = end
        while (
            i < s.n
            and i - end < 6
            and i not in s.starting
            and (
                s.lows[i] in s.g.determiners
                or s.is_modifier(i)
                or s.is_describing_word(i)
                or (
                    s.lows[i].isalpha()
                    and s.lows[i].islower()
                    and noun_lemma(s.lows[i]) is not None
                )
            )
        ):
            if s.lows[i] in s.g.determiners and i > end:
                break
            if s.lows[i] in self.acts.target_prepositions or s.lows[i] in self.acts.clause_breaks:
                break
            i += 1
        return i

    def located_in(
        self, s: Sentence, end: int, listing: bool = False, near: bool = False
    ) -> list[str]:
        """The country an act noun's phrase places it in ("the ban of Chinese
        equipment suppliers in Sweden": Sweden's ban); with ``listing``, past
        an "and" ("attacks using missiles and drones in Pakistan"); with
        ``near``, also a place it is near ("strikes on sites outside Damascus")."""
        places = {
            m.start: m
            for m in s.view.mentions
            if m.role == "locative"
            or (s.low(m.start - 1) == "of" and s.low(m.start - 2) == "territory")
            # ("in eastern Kunar province of Afghanistan")
            or (s.low(m.start - 1) == "of" and s.low(m.start - 2) in s.g.naming_nouns)
        }
        prepositions = ("in", "inside", "outside", "near", "around") if near else ("in", "inside")
        for i in range(end, min(s.n, end + 10)):
            m = places.get(i)
            before = m.start - 1 - (s.low(m.start - 1) in s.g.region_words) if m else -1
            if s.low(before) == "of" and s.low(before - 1) == "territory":
                before -= 2 + (s.low(before - 2) == "the")  # "in the territory of Russia"
            elif s.low(before) == "of" and s.low(before - 1) in s.g.naming_nouns:
                # "in eastern Kunar province of Afghanistan": the country the place is in
                j = before - 2
                while j > max(-1, before - 5) and (
                    s.words[j][:1].isupper() or s.low(j) in s.g.region_words
                ):
                    j -= 1
                before = j
            if m is not None and s.low(before) in prepositions:  # "in (northern) Syria"
                if self.type_of(m.entity) != "country":
                    return []
                found = [m.entity]
                k = m.end
                while s.low(k) in (",", "and") and (nxt := places.get(k + 1)) is not None:
                    if nxt.kind == "demonym":
                        break  # ("in Ukraine and Iranian attacks": another phrase)
                    if self.type_of(nxt.entity) == "country":  # "in Nigeria and Mozambique"
                        found.append(nxt.entity)
                    k = nxt.end
                return found
            if listing and s.lows[i] == "and":
                continue
            if s.words[i] == "," and s.low(i + 1) in ("located", "situated"):
                continue  # "the Engels airfield, located in the territory of Russia"
            if s.words[i] in MARKS or s.words[i] == "," or s.lows[i] in self.acts.clause_breaks:
                return []
        return []

    def barred_gerund(self, s: Sentence, targets: list[str]) -> None:
        """ "prevent Huawei and other vendors partnering with X": the barred
        act is not read as one done."""
        last = max((m.end for m in s.parties if m.entity in targets), default=s.n)
        for i in range(last, min(s.n, last + 5)):
            low = s.lows[i]
            if low.endswith("ing") and i not in s.inside and verb_lemma(low) is not None:
                s.consumed.add(i)
                return
            if (
                s.words[i] in MARKS
                or low == ","
                or (low in self.acts.clause_breaks and low not in s.g.conjunctions)
            ):
                return

    def barred_owner(self, s: Sentence, t: Trigger) -> list[str]:
        """ "was banned from involvement in Australia's network": Australia,
        whose network the ban keeps the subject out of; so "banned from
        Australian government devices" (a demonym opening what it is kept from)."""
        if t.act.position != "oppose" or s.low(t.end) != "from":
            return []
        named = {m.start: m for m in s.view.mentions if m.role in ("actor", "agent", "locative")}
        opening = t.end + 1
        while s.low(opening) in s.g.determiners or s.low(opening) in s.g.quantifiers:
            opening += 1  # "from all Australian government devices"
        demonym = s.starting.get(opening)
        if (
            demonym is not None
            and demonym.kind == "demonym"
            and self.type_of(demonym.entity) in ("country", "organization")
            and s.words[demonym.end : demonym.end + 1] != []
            # (a word, not a name: "removed from the Russian App Store" is the store's)
            and (s.words[demonym.end][:1].islower() or s.words[demonym.end][:1].isdigit())
            and s.low(demonym.end) not in s.g.possessives
        ):
            return [demonym.entity]
        for i in range(t.end + 1, min(s.n, t.end + 7)):
            m = named.get(i)  # (a place after "in" is a setting elsewhere, here the owner)
            if (
                m is not None
                and s.low(m.end) in s.g.possessives
                and self.type_of(m.entity) in ("country", "organization")
            ):
                return [m.entity]
            if s.words[i] in MARKS or s.lows[i] in self.acts.clause_breaks:
                break
        return []

    def barred_entry(self, s: Sentence, t: Trigger) -> list[str]:
        """ "are forbidden from entering China", "barred from travelling to
        Russia": the country, which bars them (grammar ``entry_verbs``)."""
        if t.act.position != "oppose" or s.low(t.end) != "from":
            return []
        if verb_lemma(s.low(t.end + 1)) not in s.g.entry_verbs:
            return []
        at = t.end + 2 + (s.low(t.end + 2) in ("to", "into", "in"))
        m = s.starting.get(at)
        if m is None or m.kind != "name" or self.type_of(m.entity) != "country":
            return []
        return [m.entity]

    def barred_from(self, s: Sentence, t: Trigger, reach: int = 1) -> list[str]:
        """ "were banned from using X": X (what a ban turns its subject from);
        with a longer ``reach``, past a phrase describing the ones barred
        ("banned operators taking part in the auction from using X"), but not
        past another act ("a request to prevent Meta from using X")."""
        if t.act.position != "oppose":
            return []
        for k in range(t.end, min(s.n - 1, t.end + reach)):
            if s.is_break(k) or s.words[k] in MARKS or verb_lemma(s.lows[k]) in self.acts.verbs:
                return []
            if s.lows[k] == "from" and s.lows[k + 1].endswith("ing"):
                if verb_lemma(s.lows[k + 1]) in self.acts.receive_verbs:
                    # "barred from obtaining parts from U.S. firms": the source's bar
                    return []
                return self.object(s, Trigger(k + 1, k + 2, t.act, "verb", k + 1))[0]
        return []

    def end_of(self, s: Sentence, parties: list[str], start: int, default: int) -> int:
        """Where the last of ``parties`` named within 16 tokens of ``start``
        ends (``default`` if none is): a window, so that a long sentence of many
        names costs no more per act than a short one."""
        ends = [
            m.end
            for k in range(start, min(s.n, start + 16))
            if (m := s.starting.get(k)) is not None and m.entity in parties
        ]
        return max(ends, default=default)

    def warned_against(self, s: Sentence, t: Trigger, warned: list[str]) -> list[str]:
        """What the ``warned`` are warned against, right after them: a party, or
        the object of a gerund, whose act is then not read as done ("against
        allowing Chinese influence": no one allows it)."""
        end = self.end_of(s, warned, t.end, t.end)
        against = next(
            (
                k
                for k in range(end, min(s.n, end + 5))
                if s.lows[k] in ("against", "to")
                or s.words[k] in MARKS
                or s.is_break(k)
                or (k > end and s.reading(k) == "verb")
            ),
            None,
        )  # past the warned when unnamed: "warned allies against Huawei"
        if against is None or s.lows[against] != "against" or not (warned or against > end):
            return []
        k = against + 1
        if s.lows[k : k + 1] and s.lows[k].endswith("ing") and verb_lemma(s.lows[k]):
            s.consumed.add(k)
            return self.object(s, Trigger(k, k + 1, t.act, "verb", k))[0]
        m = s.party_at(k)
        return [x.entity for x in s.head(s.group_of(s.headed(m)))] if m is not None else []

    def also_on(self, s: Sentence, end: int, preposition: str) -> list[str]:
        """ "on Google and 20.5 billion won on Apple", "on Tea Vinh, and on Chau
        Phirun": the later targets."""
        end += s.low(end) == "," and s.low(end + 1) == "and"
        if s.low(end) != "and":
            return []
        for i in range(end + 1, min(s.n, end + 7)):
            if s.lows[i] == preposition and (i + 1) in s.starting:
                m = s.headed(s.starting[i + 1])
                return [x.entity for x in s.head(s.group_of(m))]
            if not s.is_modifier(i) and s.lows[i] not in s.g.determiners:
                return []
        return []

    def also_after(self, s: Sentence, i: int, found: list[str]) -> list[str]:
        """The later targets after a preposition repeated past the parties
        ``found`` from ``i`` on: "sanctions on Cambodia's navy commander, Tea
        Vinh, and on Chau Phirun"."""
        if s.low(i - 1) not in self.acts.target_prepositions:
            return []
        ends = [m.end for m in s.parties if m.entity in found and i <= m.start < i + 12]
        if not ends:
            return []
        return [e for e in self.also_on(s, max(ends), s.low(i - 1)) if e not in found]

    def which_include(self, s: Sentence, comma: int) -> bool:
        """Whether a relative clause after ``comma`` lists what came before:
        ", which include X", ", which are X and Y"."""
        verb = s.low(comma + 2)
        return s.low(comma + 1) in s.g.relatives and (
            verb_lemma(verb) in self.acts.coverage_verbs
            or (verb in s.g.be_forms and (comma + 3) in s.starting)
        )

    def verb_between(self, s: Sentence, start: int, end: int) -> bool:
        """Whether a verb stands between ``start`` and ``end`` (not an -ing
        form that modifies a noun: "five dating apps")."""
        return any(
            s.reading(k) == "verb" and not self.modifying_gerund(s, k) for k in range(start, end)
        )

    def modifying_gerund(self, s: Sentence, k: int) -> bool:
        """Whether the -ing form at ``k`` modifies what follows: after a number,
        a determiner, an adjective or a slash, before a noun or a slash ("five
        dating apps", "dating / chat apps"; not "countries buying Russian oil")."""
        before, after = s.low(k - 1), s.low(k + 1)
        return (
            s.lows[k].endswith("ing")
            and (
                before[:1].isdigit()
                or before in s.g.determiners
                or before in s.g.quantifiers
                or before in s.g.count_words
                or before == "/"
                or self.adjectival(s, k - 1)
                # "social networks and messaging apps"
                or (before in s.g.conjunctions and after in s.g.product_nouns)
                # "live streaming apps" (not "firms making chips")
                or (after in s.g.product_nouns and not s.is_noun_word(k - 1))
            )
            and (after == "/" or (after.isalpha() and s.reading(k + 1) == "noun"))
        )

    def including(self, s: Sentence, targets: list[str]) -> list[str]:
        """Targets named after a nationality: "59 Chinese apps, including TikTok
        and WeChat" are TikTok and WeChat."""
        ends = [m for m in s.parties if m.entity in targets]
        if not ends or any(self.type_of(e) != "country" for e in targets):
            return targets
        # the targets' own group, not a later use of the same names ("top U.S.
        # officials, including U.S. President Joe Biden")
        ends = [m for m in s.group_of(ends[0]) if m.entity in targets] or ends[:1]
        start = max(m.start for m in ends)
        comma = next(
            (k for k in range(start, min(s.n, start + 8)) if s.lows[k] in (",", "—", "–")), None
        )
        if comma is not None and (named := self.named_after(s, start, comma)):
            if s.low(comma - 1) in self.acts.envoy_nouns:
                return targets + named  # "a Rwandan diplomat, Desire Nyaruhirira": Rwanda's
            return named  # "two Chinese firms, Huawei and ZTE", "two Georgian judges — X and Y"
        for i in range(max(m.end for m in ends), min(s.n, max(m.end for m in ends) + 8)):
            if s.lows[i] in s.g.naming_words:
                named = self.named_list(s, i)
                if not named or any(self.type_of(x) == "country" for x in named):
                    return targets  # "two French citizens, including one ... Irish": French
                if all(self.type_of(x) == "person" for x in named):
                    return targets + named  # "U.S. officials, including Biden": the US too
                return named
            if s.words[i] in MARKS or (i in s.inside and s.inside[i].entity not in targets):
                return targets
        return targets

    def and_including(self, s: Sentence, end: int) -> list[str]:
        """The parties named after an unnamed second member of an object ("SSB
        and several SSB officials, including President Ismail Demir"), or none."""
        if s.low(end) == "(":
            end = s.closing(end) + 1  # "(SSB) and several SSB officials"
        if s.low(end) != "and":
            return []
        for k in range(end + 1, min(s.n, end + 7)):
            if s.lows[k] == "," and s.low(k + 1) in s.g.naming_words:
                return self.named_members(s, k + 1)
            plain = s.words[k].isalpha() and s.words[k].islower() and s.reading(k) != "verb"
            describing = k in s.inside and (  # "several SSB officials"
                s.inside[k].role == "modifier" or s.is_noun_word(s.inside[k].end)
            )
            if not (plain or describing):
                return []  # another party, a verb or a mark: no such member
        return []

    def named_members(self, s: Sentence, i: int) -> list[str]:
        """The members a naming word at ``i`` lists after an unnamed group, or
        none where a country is among them (a nationality, not members)."""
        named = self.named_list(s, i)
        return [] if any(self.type_of(x) == "country" for x in named) else named

    def members_past_relation(self, s: Sentence, i: int) -> list[str]:
        """The members named after an unnamed group a relation at ``i``
        describes ("people close to Maduro, including his wife, Cilia Flores"),
        or none."""
        for k in range(i + 1, min(s.n, i + 10)):
            if s.lows[k] == "," and s.low(k + 1) in s.g.naming_words:
                return self.named_members(s, k + 1)
            if s.words[k] in MARKS:
                break
        return []

    def led_by(self, s: Sentence, i: int) -> list[str]:
        """The leaders an unnamed noun before ``i`` is "led by" ("a consortium
        led by Safaricom and Sumitomo, Brooke Taye ... told": not the speaker), or
        none."""
        if not (
            s.lows[i] in s.g.leader_participles
            and s.low(i + 1) == "by"
            and (i - 1) not in s.inside
            and s.is_noun_word(i - 1)
        ):
            return []
        first = s.party_at(i + 2, self.agent_past)
        if first is None:
            return []
        out: list[str] = []
        end = first.start
        for x in s.head(s.group_of(s.headed(first))):
            out.append(x.entity)
            if any(w in s.g.conjunctions for w in s.lows[end : x.start]):
                break
            end = x.end
        return out

    def semicolon_list(self, s: Sentence, group: list[Mention]) -> list[str]:
        """The parties of the same kind that open the next items of a list
        whose items a description follows and semicolons part ("designating
        Nathaniel McGill, Minister of State; Sayma Cephus, the Solicitor
        General; and Bill Twehway, ..."), or none."""
        kind = self.type_of(group[0].entity)
        found: list[str] = []
        k = group[-1].end
        if s.low(k) != ",":
            return found
        while True:
            semicolon = next(
                (
                    j
                    for j in range(k + 1, min(s.n, k + 30))
                    # (not the period of "U.S.": "chair of the U.S.-China ... Commission;")
                    if s.words[j] == ";" or (s.words[j] == "." and "." not in s.words[j - 1])
                ),
                None,
            )
            if semicolon is None or s.words[semicolon] != ";":
                break
            j = semicolon + 1 + (s.low(semicolon + 1) == "and")
            m = s.starting.get(j)
            if m is None and s.words[j][:1].isupper():
                k = j  # an item whose name is not known ("DoYun Kim of the ..."): past it
                continue
            if m is None or self.type_of(m.entity) != kind:
                break
            item = s.head(s.group_of(m))
            found += [x.entity for x in item if x.entity not in found]
            k = item[-1].end
        return found

    def named_list(self, s: Sentence, i: int) -> list[str]:
        """The parties a naming word at ``i`` introduces: "including the wildly
        popular TikTok", "such as Huawei and ZTE", "including entities in China
        and Turkey" (firms of those countries)."""
        j = i + 1 + (s.low(i + 1) == "as")
        named = {k for x in s.view.mentions for k in range(x.start, x.end)}
        while (
            j < s.n
            and j - i < 7
            and j not in named
            and (
                s.words[j].isalpha()
                or s.lows[j] in s.g.possessives
                or (
                    s.words[j] == ","
                    and j - 1 > i
                    and (
                        s.words[j - 1][:1].isupper()
                        # "including his wife, Cilia Flores"
                        or (
                            j + 1 in s.starting
                            and self.type_of(s.starting[j + 1].entity) == "person"
                        )
                    )
                )
            )
        ):
            # "including the wildly popular TikTok", "including President Joe Biden",
            # "including PlayerUnknown's Battlegrounds Mobile", "including Almarai,
            # Unilever" (a name not known first)
            j += 1
        m = s.starting.get(j)
        if m is not None:
            head = s.headed(m)
            if head is m and self.type_of(m.entity) == "country":
                head = s.modified(m) or m  # "including U.S. President Joe Biden": Biden
            group = s.head(s.group_of(head))
            return [x.entity for x in group] + self.titled_more(s, group[-1].end)
        if s.low(j - 1) == "in":  # "entities in China, South Africa and Turkey": their firms
            end = next((k for k in range(j, s.n) if s.is_break(k) and s.lows[k] != "and"), s.n)
            return [
                x.entity
                for x in s.view.mentions
                if j <= x.start < end
                and x.role == "locative"
                and self.type_of(x.entity) == "country"
            ]
        return []

    def past_backer(self, s: Sentence, i: int) -> int:
        """Past a party that backs the law or bill an object names ("approved
        a US-backed bill that bars X": the bill, not the US), or ``i``."""
        j = i + (s.low(i) in s.g.articles)
        m = s.starting.get(j)
        if (
            m is not None
            and s.low(m.end) in HYPHENS
            and s.low(m.end + 1) in s.g.backing_participles
            and self.backed_law(s, m.end + 1)
        ):
            return m.end + 2
        return i

    def them_before(self, s: Sentence, t: Trigger, i: int) -> list[str]:
        """The parties "them" stands for as a verb's object, or after "to" or
        "on" ("restricted access to them"): the last several named before the
        verb ("included Telegram, Facebook and Instagram in the register ...
        and restricted access to them"); else none. (Where they are the verb's
        own subject too, :meth:`events` reads no act.)"""
        j = i + (s.low(i) == "access")
        j += s.low(j) in ("to", "on")
        if s.low(j) != "them" or s.low(j + 1) in s.g.possessives:
            return []
        for k in range(t.start - 1, max(-1, t.start - 30), -1):
            m = s.ending.get(k + 1)
            if m is None or m.start >= t.start:
                continue
            group = s.head(s.group_of(s.headed(m)))
            if len(group) < 2:
                return []  # ("them": a plural, named as several)
            before = s.low(group[0].start - 1)
            if group[0].start == 0 or before in s.g.subordinators:
                return []  # the subject's own
            return [x.entity for x in group]
        return []

    def alleged_doer(self, s: Sentence, t: Trigger, i: int) -> list[str]:
        """Who an allegation's or a complaint's clause says did something,
        after "alleged that" or "complains that" ("Bhutan alleged that China
        attempted to declare ..."): the clause's subject, where its verb is
        active; else none."""
        if (
            t.act.name not in ("accuse", "protest")
            or verb_lemma(s.lows[t.head]) not in self.acts.alleging_verbs
            or s.low(i) != "that"
        ):
            return []
        m = s.party_at(i + 1)
        if m is None:
            return []
        group = s.head(s.group_of(s.headed(m)))
        after = group[-1].end
        while s.low(after) in self.acts.auxiliaries and s.low(after) not in s.g.be_forms:
            after += 1  # "had", "has": the verb after them
        verb = verb_lemma(s.low(after))
        if verb is None or s.reading(after) != "verb" or s.low(after) in s.g.be_forms:
            return []  # ("alleged that Kenya was hacked by X": X's act, read at the verb)
        return [x.entity for x in group]

    def titled_more(self, s: Sentence, end: int) -> list[str]:
        """People listed on after a named person, each after a title or a
        description of their own: "including SSB President Ismail Demir, Vice
        President Faruk Yigit, and air defense officials Serhat Gencoglu and
        Mustafa Alper Deniz"."""
        out: list[str] = []
        k = end
        while s.low(k) in (",", "and") and len(out) < 50:
            k += 1 + (s.low(k + 1) == "and")
            j = k
            while j < min(s.n, k + 5) and j not in s.starting and s.words[j].isalpha():
                low = s.lows[j]
                if s.words[j] == low and (noun_lemma(low) is None or s.reading(j) == "verb"):
                    return out  # "..., minutes after Joe Biden became": no more of the list
                j += 1
            m = s.starting.get(j)
            if m is None or j == k or self.type_of(m.entity) != "person":
                return out
            group = s.head(s.group_of(s.headed(m)))
            out += [x.entity for x in group]
            k = group[-1].end
        return out

    def phrase_start(self, s: Sentence, end: int) -> int:
        """Where the object's noun phrase begins after a verb's words ending at
        ``end``: past a particle and a preposition ("imposed sanctions on two
        groups")."""
        end += s.low(end) in s.g.particles
        return end + (s.low(end) in self.acts.target_prepositions)

    def named_after(self, s: Sentence, start: int, comma: int) -> list[str]:
        """The parties a description names after its comma: "two Chinese
        firms, Huawei and ZTE", "three groups, Lazarus, Bluenoroff and
        Andariel" (two or more, or one that ends its phrase: "a Chinese company,
        Huawei, on Monday")."""
        m = s.starting.get(comma + 1)
        if m is None or not s.describes(start, comma):
            return []
        group = s.head(s.group_of(s.headed(m)))
        if len(group) < 2 and s.low(group[-1].end) not in (".", ",", ""):
            return []
        return [x.entity for x in group]

    def sold_to(self, s: Sentence, start: int) -> list[str]:
        """The buyer after what a sale sells: "(the sale of) US Steel to Nippon Steel"."""
        for k in range(start, min(s.n, start + 16)):
            if s.lows[k] in (",", "and") and s.is_noun_word(k + 1 + (s.low(k + 1) == "and")):
                continue  # "the sale of 31 drones, missiles and equipment to India"
            if s.words[k] in MARKS or s.lows[k] in self.acts.clause_breaks:
                return []
            if s.lows[k] == "to" and k not in s.inside and not s.is_bare_verb(k + 1):
                m = s.party_at(k + 1)
                if m is None:
                    return []
                end = s.group_of(m)[-1].end
                if s.low(end) in s.g.possessives:
                    # "to China's state-owned CNOOC": the company the country owns
                    j = end + 1
                    while (
                        j < min(s.n, end + 5)
                        and j not in s.starting
                        and (s.is_modifier(j) or s.lows[j] in HYPHENS)
                    ):
                        j += 1
                    if j in s.starting and self.type_of(s.starting[j].entity) == "company":
                        m = s.starting[j]
                return [x.entity for x in s.head(s.group_of(s.headed(m)))]
        return []

    def destination(
        self, s: Sentence, end: int, limit: int, owned: bool = False, origin: bool = True
    ) -> list[str]:
        """After a party used as a modifier ("Nvidia H20 chip sales to China"),
        or with ``owned`` as an owner ("ASML's most advanced machines to China";
        not "protested Tokyo's claim to Dokdo"), the party the goods go to or,
        with ``origin``, come from."""
        i = end + (owned and s.low(end) in s.g.possessives)
        if i >= s.n or i in s.inside or s.lows[i] in s.g.possessives or not s.lows[i].isalnum():
            return []
        if s.lows[i] in self.acts.target_prepositions or s.lows[i] in self.acts.clause_breaks:
            return []
        while i < limit and i not in s.inside:
            low = s.lows[i]
            if low.endswith("ing") and verb_lemma(low) not in (None, low):
                return []  # "Chinese firms supplying parts to Iran": not goods to Iran
            if low == "to" and s.is_bare_verb(i + 1):
                return []  # "the US decision to sell arms to Taiwan": another act's
            if low == "with":
                return []  # "its Huawei equipment with products from Nokia": a replacement
            if low in self.acts.envoy_nouns:
                return []  # "summoned Myanmar's ambassador to Dhaka": a post, no goods
            after = s.low(i + 1)
            if (
                low in self.acts.destination_prepositions
                and after.endswith("ing")
                and verb_lemma(after) not in (None, after)
            ):
                return []  # "barred Chinese firms from buying German chipmakers": no goods
            if (
                low in self.acts.destination_prepositions
                and (origin or low != "from")
                and (i + 1 in s.starting or i + 2 in s.starting)
            ):
                m = s.starting.get(i + 1) or s.starting[i + 2]
                return [x.entity for x in s.head(s.group_of(m))]
            if (
                s.words[i] in MARKS
                or low in self.acts.clause_breaks
                or low in self.acts.auxiliaries
            ):
                return []
            i += 1
        return []

    def partners(self, s: Sentence, end: int) -> list[str]:
        """The other side of an agreement: the party after "with" or "between"
        (past a quotation: 'signed what the White House calls "the largest
        sales agreement in history" with Saudi Arabia')."""
        limit = min(s.n, end + 14)  # "to further strengthen trade, economic and energy ... with"
        quoted = purpose = False
        if s.low(end - 1) in self.acts.partner_prepositions:
            end -= 1  # the act's phrase holds the preposition: "work with X"
        i = end - 1
        while i + 1 < min(s.n, limit):
            i += 1
            low = s.lows[i]
            if s.words[i] in QUOTES:
                quoted = not quoted
                limit = min(s.n, limit + 12)
                continue
            if quoted:
                continue
            if low == "to" and s.is_bare_verb(i + 1):
                purpose = True
            if low == "between" and purpose and s.lows[i + 1 : i + 3] != ["the", "two"]:
                # "signed a deal to lay a cable between Maldives and Sri Lanka": its ends
                # (but "agreed to develop relations between the two countries": theirs)
                return []
            if s.words[i] in ("(", "[") and i + 1 not in s.inside:
                closing = s.closing(i)  # "a memorandum of terms (PMT) with Wolfspeed"
                limit = min(s.n, limit + closing - i + 1)
                i = closing
                continue
            if low in self.acts.partner_prepositions:
                j = i + 1
                while j not in s.starting and s.low(j) in s.g.determiners:
                    j += 1
                # (or past its description: "merged with another cybersecurity company X")
                m = s.starting.get(j)
                if m is None and (described := self.described_party(s, i + 1)) is not None:
                    between = s.lows[i + 1 : described.start]
                    if between[-1:] == ["the"]:
                        between.pop()  # "the government of the Republic of Maldives"
                    # not "a subsidiary of X"; but "the breakaway region of Somaliland",
                    # "the government of Maldives"
                    named = (
                        len(between) >= 2
                        and between[-1] == "of"
                        and (between[-2] in s.g.naming_nouns or between[-2] in s.g.government_heads)
                    )
                    titled = s.titled(i + 1, described.start)  # "Secretary of State X"
                    m = None if "of" in between and not named and not titled else described
                if m is not None:
                    group = s.head(s.group_of(s.headed(m)))
                    after = s.low(group[-1].end)
                    if after.endswith("ing") and verb_lemma(after) not in (None, after):
                        return []  # "with the US and Australia ramping up support": a clause
                    if after in s.g.possessives:
                        return []  # "a deal with Musk's Chinese competitor": the competitor
                    return [x.entity for x in group]
            if s.words[i] in MARKS or (low in self.acts.clause_breaks and low != "and"):
                break
        return []

    def supplied(self, s: Sentence, end: int) -> list[str]:
        """The other side of a deal named as the one it supplies: "signed an
        agreement to provide US carrier T-Mobile with 5G gear"."""
        for i in range(end, min(s.n, end + 6)):
            if s.lows[i] == "to" and verb_lemma(s.low(i + 1)) in self.acts.supply_verbs:
                m = s.party_at(i + 2)
                return [x.entity for x in s.head(s.group_of(s.headed(m)))] if m else []
            if s.words[i] in MARKS or i in s.inside:
                return []
        return []

    def continues_object(self, s: Sentence, i: int) -> bool:
        """After "and": more of the same noun phrase ("imports and sales of")."""
        nxt = s.low(i + 1)
        if nxt in self.acts.pronouns or nxt in self.acts.auxiliaries:
            return False
        if (i + 1) in s.starting:  # "... and Musk claims": a new clause with its subject
            after = s.starting[i + 1].end
            if s.low(after) in self.acts.auxiliaries or (
                after < s.n and s.reading(after) == "verb"
            ):
                return False
        lemma = verb_lemma(nxt)
        return not (lemma in self.acts.verbs and nxt.endswith(("ed", "s")))

    def after_noun(self, s: Sentence, end: int) -> list[str]:
        """The target of an act noun: the party after its preposition."""
        acts = self.acts
        i = end
        limit = min(s.n, end + 12)
        seen_preposition = False
        while i < limit:
            low = s.lows[i]
            if (
                i == end
                and s.words[i] in QUOTES
                and any(s.words[j] in OPEN_QUOTES for j in range(max(0, i - 4), i))
            ):
                i += 1  # 'a "planned partnership" between X and Y': past the closing mark
                continue
            if s.words[i] in ("(", "["):
                closing = s.closing(i)  # "fines totalling 200 million euros ($225 million) on X"
                limit = min(s.n, limit + closing - i + 1)
                i = closing + 1
                continue
            if s.is_amount(i):
                limit = min(s.n, limit + 1)  # an amount does not use up the reach
            if low in HYPHENS:
                limit = min(s.n, limit + 2)  # nor a compound's parts ("pig by-products")
            if i in s.starting:
                m = s.starting[i]
                held = self.named_in_reference(s, m)
                if held is not None:
                    i = held.start  # "the expulsion of the country's WHO representative"
                    continue
                kin = self.named_kin(s, s.group_of(m)[-1].end)
                if kin is not None:
                    i = kin  # "sanctions on Putin's daughters Maria Vorontsova and ..."
                    continue
                if seen_preposition or s.low(i - 1) in acts.target_prepositions:
                    if m.role == "locative" and s.low(i - 1) == "in":
                        i = m.end
                        continue
                    if s.low(i - 1) == "through":
                        # "exports of chips through Malaysia and Thailand": a route, not whom
                        i = s.group_of(m)[-1].end
                        continue
                    found = [x.entity for x in s.head(s.group_of(s.headed(m)))]
                    named = self.named_civilians(s, s.group_of(m)[-1].end)
                    if named:
                        return named  # "sanctions against four ICC judges: X, Y and Z"
                    found = self.including(s, found + self.also_on(s, m.end, s.lows[i - 1]))
                    return found + self.also_after(s, i, found)
                if s.low(i - 1 - (s.low(i - 1) == "the")) in s.g.place_prepositions:
                    i = m.end  # "blocked access inside the country to X": where, not whom
                    continue
                return []
            if (
                seen_preposition
                and s.low(i + 1) == "by"
                and (
                    (s.low(i - 1) in acts.service_nouns and low.endswith("ed"))
                    or (low in s.g.holder_participles and s.is_noun_word(i - 1))
                )
                and (provider := self.described_party(s, i + 2)) is not None
            ):
                # "access to services provided by Russian company Yandex": Yandex's;
                # "airstrikes against positions controlled by the Houthis": theirs
                return [x.entity for x in s.head(s.group_of(provider))]
            if (
                i > end
                and verb_lemma(low) in acts.reach_verbs
                and s.low(i - 1) not in HYPHENS  # (not "flood-hit Pakistan")
                and s.is_reach_verb(i)
            ):
                return []  # "the sanctions announced on May 1 target X": the verb names them
            if i == end and low.endswith("ing") and verb_lemma(low) in acts.reach_verbs:
                # "sanctions targeting X": the sanctions fall on X (no attack of their own)
                s.consumed.add(i)
                seen_preposition = True
                i += 1
                continue
            if low == "such" and s.low(i + 1) == "as":
                i += 2  # "sanctions against three groups such as Lazarus"
                continue
            if low == "ranging" and s.low(i + 1) == "from":
                to = next((k for k in range(i + 2, min(s.n, i + 9)) if s.lows[k] == "to"), None)
                if to is not None:
                    # "duties ranging from 21.9% to 42.7% on X": past the range's amounts
                    k = to + 1
                    while k < s.n and (s.lows[k][:1].isdigit() or s.lows[k] in ("%", "percent")):
                        k += 1
                    limit = min(s.n, limit + k - i)
                    i = k
                    continue
            if verb_lemma(low) in s.g.origin_verbs and s.low(i + 1) in ("in", "from"):
                limit = min(s.n, limit + 5)  # the origin of goods does not use up the reach
            if (
                low in ("or", ",")
                and s.low(i - 1) in ("in", "from")
                and verb_lemma(s.low(i - 2)) in s.g.origin_verbs
            ):
                i += 1  # "imports originating in, or exported from, Malaysia": one origin
                continue
            if (
                seen_preposition
                and s.words[i] in OPEN_QUOTES
                and s.words[i + 1 : i + 2] != []
                and s.words[i + 1][:1].isupper()
            ):
                i += 1  # 'support for the "Republic of Taiwan"': a quoted name
                continue
            if (
                low in s.g.relatives
                and seen_preposition
                and self.plain_noun(s, i - 1)
                and self.which_include(s, i - 1)
            ):
                return self.named_list(s, i + 1)  # "a ban on apps which include X"
            if low in s.g.relatives and seen_preposition and (at := self.origin_past(s, i)):
                # "a duty on steel products that are plated or coated with alloy of
                # aluminium and zinc originating in China": the goods' description
                # does not use up the reach to their origin
                limit = min(s.n, at + 6)
                i = at
                continue
            if s.words[i] in MARKS or (
                low in acts.clause_breaks
                and low != "and"
                and not (low == "than" and s.bounds_amount(i))  # "against more than a dozen X"
            ):
                break
            if (
                low == ","
                and i == end
                and s.low(i + 1).endswith("ed")
                and verb_lemma(s.low(i + 1)) in acts.light_verbs
                and s.low(i + 2) in acts.target_prepositions
            ):
                i += 2  # "the sanctions, applied to X,"
                continue
            if (
                low == ","
                and seen_preposition
                and i + 1 < s.n
                and all(
                    s.words[j].isalpha() and s.words[j].islower() and s.reading(j) != "verb"
                    for j in (i - 1, i + 1)
                )
                and s.is_noun_word(i + 1)
                and s.low(i + 1) not in s.g.relatives
                and s.low(i + 1) not in s.g.naming_words
                and s.low(i + 1) not in s.g.aside_openers
            ):
                # "on the import of potatoes, apples, persimmons from X": a list of goods
                limit = min(s.n, limit + 2)
                i += 1
                continue
            if low == "," and not s.is_list_comma(i):
                if seen_preposition and s.low(i + 1) in s.g.naming_words:
                    return self.named_list(s, i + 1)  # "on 300 firms, including X and Y"
                if seen_preposition and self.which_include(s, i):
                    return self.named_list(s, i + 2)  # "access to five apps, which are X"
                aside_end = s.comma_after(i + 1)
                if aside_end is not None and (
                    s.low(i + 1) in s.g.naming_words or s.low(i + 1) in s.g.aside_openers
                ):
                    limit = min(s.n, limit + aside_end - i + 1)
                    i = aside_end + 1  # "trade penalties, including tariffs, against Spain"
                    continue
                break
            if low in acts.target_prepositions and low != "by":
                seen_preposition = True
            elif low == "by" and s.low(i + 1) not in HYPHENS:  # (not "by-products")
                done = s.low(i - 1 - (s.low(i - 1) == "out"))  # ("carried out by")
                if seen_preposition and done in s.g.doing_participles:
                    # "measures against the provocation committed by X": the doer's
                    return self.by_agent(s, i) or []
                if self.offered_by(s, i, end):
                    # "the selection of an offer by the Spanish shipyard Cardama": the
                    # one who offered
                    maker = self.described_party(s, i + 1)
                    return [x.entity for x in s.head(s.group_of(s.headed(maker)))] if maker else []
                break
            elif low in s.g.medium_prepositions or (
                low == "using" and s.low(i + 1) in s.g.possessive_pronouns
            ):
                # "announced the clearance via Twitter", "made the accusation using his
                # Twitter account": the medium, no party
                break
            elif (
                low.endswith("ing")
                and verb_lemma(low) not in (None, low)
                and i > end
                and not s.is_modifier(i + 1)
                and s.reading(i) == "verb"
                and s.low(i - 1) != "for"  # "a line of credit for purchasing oil to X": its use
                and not (i == end + 1 and s.low(end) == "on")  # "a ban on importing X from Y"
                and not (i + 2 in s.starting and s.reading(i + 1) != "verb")  # "messaging app X"
                and not self.modifying_gerund(s, i)  # "on continuous casting billets from X"
                and verb_lemma(low) not in s.g.origin_verbs  # "on glass originating in X"
            ):
                break  # "tariffs on countries buying Russian oil": the countries, unnamed
            elif low == "to" and s.is_bare_verb(i + 1):
                break  # "warnings not to target X": another act
            elif low in s.g.time_prepositions and low not in acts.target_prepositions:
                break  # "his case for a reprieve during a meeting with X": when, no party
            elif seen_preposition and (leaders := self.led_by(s, i)):
                return leaders  # "a licence to a consortium led by Safaricom": its leaders
            elif low in s.g.relation_participles and i > end:
                # "sanctions on three businesses linked to X": the businesses, unnamed
                # unless a list names them
                return self.members_past_relation(s, i)
            i += 1
        return []

    def origin_past(self, s: Sentence, relative: int) -> int | None:
        """Where the origin of goods is told past a relative clause that
        describes them ("products that are plated ... originating in X"): the
        origin verb, if the clause holds one before a mark."""
        if s.low(relative + 1) not in s.g.be_forms:
            return None
        for k in range(relative + 2, min(s.n, relative + 24)):
            if s.words[k] in MARKS:
                return None
            if verb_lemma(s.lows[k]) in s.g.origin_verbs and s.low(k + 1) in ("in", "from"):
                return k
        return None

    def deal_partner(self, s: Sentence, possessive: int) -> list[str]:
        """The other party of a deal made "with" it, named after an owner's
        possessive at ``possessive``: "Korean Air's (proposed) merger with Asiana
        Airlines"; else none (what "X's acquisition of Y" buys is only its
        object: the approval is the buyer's)."""
        if s.low(possessive) not in s.g.possessives:
            return []
        k = possessive + 1
        while k < possessive + 3 and (s.is_modifier(k) or s.low(k).endswith("ed")):
            k += 1  # "proposed", "planned"
        if noun_lemma(s.low(k)) not in self.acts.deal_nouns or s.low(k + 1) != "with":
            return []
        party = self.described_party(s, k + 2)
        return s.entities(party) if party is not None else []

    def by_agent(
        self, s: Sentence, end: int, participle: bool = False, reach: int = 7
    ) -> list[str] | None:
        """The parties after "by" within a few words of ``end`` (past an
        amount or a short object: "fined €1.2bn by X"; with ``participle``,
        past the participle right after a noun: "a fine imposed by X")."""
        m = self.by_party(s, end, participle, reach)
        return None if m is None else s.entities(m)

    def after_agent(self, s: Sentence, end: int) -> list[str]:
        """The target named after the agent of a participle after an act
        noun: "sanctions imposed by Ottawa on Russia" (Russia)."""
        m = self.by_party(s, end, participle=True)
        if m is None:
            return []
        past = max(x.end for x in s.group_of(s.headed(m)))
        past += s.low(past) in s.g.agent_heads  # "by the Zimbabwean government on X"
        if s.low(past) not in ("on", "against"):
            return []
        agents = s.entities(m)
        return [e for e in self.after_noun(s, past) if e not in agents]

    def by_party(
        self, s: Sentence, end: int, participle: bool = False, reach: int = 7
    ) -> Mention | None:
        """The party of :meth:`by_agent` (the first of its group)."""
        # the participle, past an adverb: "sanctions previously imposed by X"
        verb = end + 1 + (s.is_ly_adverb(end) and s.low(end + 1).endswith("ed"))
        i, limit = end - 1, min(s.n, end + reach)
        while i + 1 < limit:
            i += 1
            if s.words[i] == "(" and i > end and s.closing(i) < s.n:
                limit = min(s.n, limit + s.closing(i) - i + 1)
                i = s.closing(i)  # "handed over on Friday (March 1) by Pakistan"
                continue
            if participle and (i == verb or (i == verb + 1 and s.is_ly_adverb(i))):
                pass  # (and "imposed recently by X")
            elif (
                i > end
                and (i - 1) not in s.inside  # ("of the Swedish Sports Confederation by X")
                and verb_lemma(s.lows[i - 1]) not in (None, s.lows[i - 1])
                and s.lows[i - 1] not in s.g.possessives  # ("of Sweden's Volvo Cars by X")
                and s.low(i - 2) not in HYPHENS  # ("of Amsterdam-based PPF Telecom by X")
                and not (  # ("a Scottish chipmaking firm by X")
                    s.lows[i - 1].endswith("ing")
                    and s.lows[i] != "by"
                    and (
                        s.low(i - 2) in s.g.determiners
                        or s.is_modifier(i - 2)
                        or (i > 2 and s.words[i - 2][:1].isupper())  # ("Scottish")
                    )
                )
                and (s.lows[i - 1].endswith(("ing", "ed")) or s.reading(i - 1) == "verb")
            ):  # ("granted licences by X": a noun, not a verb)
                return None  # "using technology made by X": another verb's agent
            if s.lows[i] == "by":
                if self.offered_by(s, i, end):
                    return None  # who offered or applied (after_noun), not the act's agent
                # "by Japan-based Nippon Steel", "by US chip maker NVIDIA": the head
                return s.party_at(i + 1, self.agent_past) or self.head_of_party(s, i + 1)
            if s.words[i] in MARKS or s.lows[i] in self.acts.clause_breaks:
                return None
        return None

    def offered_by(self, s: Sentence, by: int, end: int) -> bool:
        """Whether the "by" at ``by``, past an act noun ending at ``end``, names
        who put something forward ("the selection of an offer by X", "a licence
        application filed by X"), not who did the act (nor "a case filed by X
        against Y": the act's own filer)."""
        before = s.low(by - 1)
        return by > end and (
            noun_lemma(before) in self.acts.offer_nouns
            or (before in s.g.filing_participles and by - 1 > end)
        )

    def head_of_party(self, s: Sentence, j: int) -> Mention | None:
        """The party a body or an official at ``j`` belongs to ("by judges at
        the ICC", "by the home minister of India", "by a court in Tbilisi": the
        court, India, Georgia), or None."""
        j += s.low(j) in s.g.determiners
        for k in range(j, min(s.n, j + 3)):
            low = s.lows[k]
            if (low in s.g.agent_heads or low in self.acts.government_titles) and s.low(
                k + 1
            ) in s.g.member_links:
                return s.party_at(k + 2)
            if low in s.g.local_bodies and s.low(k + 1) == "in":
                return s.party_at(k + 2)  # "by a court in Tbilisi": Georgia's
            if not low.isalpha() or k in s.starting or k in s.inside:
                return None  # only a body's or an official's own words before it
        return None

    def passive_participle(self, s: Sentence, end: int) -> int | None:
        """The passive verb an act noun ending at ``end`` is the subject of,
        past what completes the noun ("An aid package worth $100,000 will be
        offered", "New sanctions were imposed"), or None."""
        complement = False  # past the noun's preposition: its target may be named
        for i in range(end, min(s.n, end + 14)):
            complement = complement or s.lows[i] in self.acts.target_prepositions
            if i in s.inside and complement:
                continue  # "An arrest warrant for Vladimir Putin ... has been issued"
            if i in s.inside or s.words[i] in MARKS or s.lows[i] in self.acts.clause_breaks:
                return None
            if (
                (
                    i > end + 7
                    or (
                        s.lows[i].endswith("ing")
                        and s.lows[i] != "being"
                        and verb_lemma(s.lows[i]) not in self.acts.reach_verbs
                        # (not the noun's own deed: "a ban on importing medicines")
                        and s.lows[i - 1] not in self.acts.target_prepositions
                    )
                )
                and s.reading(i) == "verb"
                and s.lows[i] not in s.g.be_forms
                and s.lows[i] not in self.acts.auxiliaries
            ):
                # another verb first: no passive of this noun's ("a complaint against a
                # law requiring tobacco to be sold in plain packs")
                return None
            if self.takes_effect(s, i):
                return i  # "a ban on imports from X will take effect"
            if s.lows[i] in s.g.be_forms:
                j = i + 1
                while s.is_ly_adverb(j) or s.low(j) == "being" or s.low(j) in self.acts.adverbs:
                    j += 1  # "was quietly approved", "are being imposed", "were also imposed"
                low = s.low(j)
                if (
                    low.endswith(("ed", "en", "nt")) or low in s.g.irregular_participles
                ) and verb_lemma(low) not in (None, low):
                    return j
                return None
        return None

    def origin_of(self, s: Sentence, t: Trigger) -> list[str]:
        """The country an attack is said to come from, after its noun ("a
        cyberattack on X originating in Iran", "the hacks had originated from
        Russia"; lexicon ``origin_verbs``, ``origin_acts``), or none."""
        if t.act.name not in self.acts.origin_acts:
            return []
        for i in range(t.end, min(s.n - 2, t.end + 12)):
            if s.words[i] in MARKS or (s.lows[i] in self.acts.clause_breaks and i > t.end):
                return []
            if verb_lemma(s.lows[i]) in self.acts.origin_verbs and s.lows[i + 1] in ("in", "from"):
                m = s.starting.get(i + 2)
                if m is not None and self.type_of(m.entity) == "country":
                    return [x.entity for x in s.head(s.group_of(m))]
                return []
        return []

    def takes_effect(self, s: Sentence, i: int) -> bool:
        """Whether a phrase saying a measure starts to apply opens at ``i``
        ("will take effect", "came into force"; lexicon ``effect_phrases``)."""
        return any(
            verb_lemma(s.lows[i]) == phrase[0]
            and tuple(s.lows[i + 1 : i + len(phrase)]) == phrase[1:]
            for phrase in self.acts.effect_phrases
        )

    def passive_sides(self, s: Sentence, participle: int) -> tuple[list[str], list[str]]:
        """Who acts and who is acted upon after a passive verb whose subject is
        an act noun: "were imposed by the EU on Russia", "offered by X to Y"."""
        agents: list[str] = []
        targets: list[str] = []
        i = participle + 1
        limit = min(s.n, i + 12)
        while i < limit:
            low = s.lows[i]
            if s.words[i] in MARKS or (low in self.acts.clause_breaks and low != "by"):
                break
            if (
                low == "by" or (low in self.acts.target_prepositions and low != "of")
            ) and i + 1 < s.n:
                m = s.party_at(i + 1, self.acts.government_titles)
                if m is None and low == "by":
                    m = self.head_of_party(s, i + 1)
                if m is not None:
                    found = [x.entity for x in s.head(s.group_of(s.headed(m)))]
                    if low == "by" and not agents:
                        agents = found
                    elif low != "by" and not targets:
                        # (and the items of a list semicolons part: "on X, chair of
                        # ...; Y, the former director ...")
                        targets = found + self.semicolon_list(s, s.head(s.group_of(s.headed(m))))
                    i = s.head(s.group_of(s.headed(m)))[-1].end
                    continue
            i += 1
        return agents, targets

    def client_of(self, s: Sentence, end: int) -> list[str] | None:
        """The party a deal ending at ``end`` is carried out "for", past its
        purpose ("a contract to expand networks for Bharti Tele-Ventures"): the
        client who chose the one who won it; or None."""
        if s.low(end) != "to" or not s.is_bare_verb(end + 1):
            return None
        for i in range(end + 2, min(s.n, end + 12)):
            if s.words[i] in MARKS or i in s.inside:
                return None  # (a party the work is done on, or another clause)
            if s.lows[i] == "for":
                m = self.described_party(s, i + 1)
                return [x.entity for x in s.head(s.group_of(m))] if m is not None else None
        return None

    def from_agent(self, s: Sentence, end: int) -> list[str] | None:
        i, limit = end - 1, min(s.n, end + 7)
        while i + 1 < limit:
            i += 1
            if s.words[i] == "(" and i + 1 not in s.inside:
                # "a contract worth 400 million euros ($449 million) from X": past it
                limit = min(s.n, limit + s.closing(i) - i + 1)
                i = s.closing(i)
                continue
            if s.lows[i] in s.g.source_prepositions:
                m = self.described_party(s, i + 1)
                if m is not None:
                    group = s.head(s.group_of(m))
                    owned = s.lows[group[-1].end + 1 : group[-1].end + 4]
                    if s.low(group[-1].end) in s.g.possessives and s.g.agent_heads.isdisjoint(
                        owned
                    ):
                        # "complaints from Google's competitors": not Google; "from
                        # Japan's trade ministry": Japan
                        return None
                    return [x.entity for x in group]
            if s.words[i] in MARKS:
                return None
        return None

    def of_agent(self, s: Sentence, start: int, end: int) -> list[str] | None:
        """The party after "the <act> of", when no possessive follows it: "drew
        the ire of Azerbaijan", "won the backing of the EU" (not "criticism of
        China's policy": China is its object there)."""
        if s.low(start - 1) != "the" or s.low(end) != "of":
            return None
        m = self.described_party(s, end + 1)
        if m is None:
            return None
        group = s.head(s.group_of(m))
        if s.low(group[-1].end) in s.g.possessives:
            return None
        return [x.entity for x in group]

    def of_owner(self, s: Sentence, t: Trigger) -> tuple[list[str], int] | None:
        """The party "the <act> of" names when "to" or "for" follows it, and where
        that preposition is: "reiterated the commitment of the UN to Mali" (the
        UN's commitment, toward Mali), or "from" names before them for an act
        that gives ("a grant from Indonesia to Fiji": Indonesia's)."""
        owners = self.of_agent(s, t.start, t.end)
        if not owners and s.low(t.end) == "from" and t.act.name in self.acts.giving_acts:
            giver = s.party_at(t.end + 1)
            owners = s.entities(giver) if giver is not None else []
        if not owners:
            return None
        end = max(
            (m.end for m in s.parties if m.entity in owners and t.end < m.start < t.end + 8),
            default=t.end,
        )
        if s.low(end) not in ("to", "for") or s.reading(end + 1) == "verb":
            return None  # (not "the licensing of Starlink to improve access")
        return owners, end

    def direct_object(self, s: Sentence, end: int, targets: list[str]) -> bool:
        """Whether ``targets`` follow ``end`` with only a determiner, a modifier
        or a particle between ("suspended X", "removed Chinese firm X's kit")."""
        i = end
        while i < s.n and i - end < 4:
            if i in s.inside:
                return s.inside[i].entity in targets or s.inside[i].role == "modifier"
            if not (s.lows[i] in s.g.determiners or s.lows[i] in s.g.particles or s.is_modifier(i)):
                return False
            i += 1
        return False

    def service_of(self, s: Sentence, end: int, targets: list[str]) -> bool:
        """Whether ``targets`` own or receive the activity named after ``end``:
        "halted new downloads of DeepSeek", "suspended the operations of
        Starlink", "suspended arms exports to Turkey"."""
        i = end
        while (
            i < s.n
            and i - end < 3
            and i not in s.inside
            and s.low(i) not in self.acts.service_nouns
        ):
            i += 1  # past a determiner, a modifier or a noun: "the new", "arms"
        if s.low(i) not in self.acts.service_nouns or s.low(i + 1) not in self.acts.service_links:
            return False
        link = i + 1
        if s.low(link) == "of" and link + 1 not in s.inside:
            # "suspended imports of all confectionery products from Ukraine": the
            # goods, then the party the trade is with
            k = link + 1
            while (
                k < min(s.n, link + 6)
                and s.words[k].isalpha()
                and s.words[k].islower()
                and s.lows[k] not in ("from", "to")
            ):
                k += 1
            if k > link + 1 and s.low(k) in ("from", "to") and k not in s.inside:
                link = k
        m = s.party_at(link + 1)
        if m is None or s.headed(m).entity not in targets:
            # "imports from 173 (Chinese) companies, including Almarai and Unilever"
            naming = next(
                (
                    k + 1
                    for k in range(link + 1, min(s.n, link + 20))
                    if s.lows[k] == "," and s.low(k + 1) in s.g.naming_words
                ),
                None,
            )
            return naming is not None and bool(set(self.named_list(s, naming)) & set(targets))
        return True

    def refers_to_act(self, s: Sentence, end: int) -> bool:
        """Whether the object after ``end`` is "the move", "such moves", "the decision"."""
        for i in range(end, min(s.n, end + 4)):
            noun = noun_lemma(s.lows[i])
            if noun in self.acts.act_references:
                # "backed the decision to prevent X": the act is named here, not before
                return not (s.low(i + 1) == "to" and s.is_bare_verb(i + 2))
            if s.lows[i] not in s.g.determiners:
                return False
        return False

    def next_act_noun(self, s: Sentence, end: int, reach: int = 8) -> int | None:
        """The index of the first act noun after ``end`` in its clause."""
        for i in range(end, min(s.n, end + reach)):
            if i in s.inside:
                continue
            if self.act_noun_at(s, i) is not None:
                return i  # ("cyber operations": "Hikvision's operations" name no act)
            if s.words[i] in MARKS:
                return None
        return None

    def supply_ends(self, s: Sentence, end: int) -> list[str]:
        """Who gives and who gets in the phrase after a supply noun ending at
        ``end``: "the shipment of North Korean missiles to Russia", "arms
        transfers to Russia from North Korea": both ends, in their order."""
        ends: list[str] = []
        i = end
        while i < min(s.n, end + 12):
            if s.words[i] in MARKS or s.lows[i] in self.acts.clause_breaks or s.words[i] == ",":
                break
            if i in s.starting:
                m = s.starting[i]
                if m.role != "locative" and (
                    s.low(i - 1) in self.acts.target_prepositions
                    or s.low(i - 1) in s.g.determiners
                    or m.role in ("object", "modifier")
                ):
                    ends += [x.entity for x in s.head(s.group_of(m)) if x.entity not in ends]
                i = max(i + 1, m.end)
                continue
            i += 1
        return ends

    def author_of_next_act(self, s: Sentence, t: Trigger) -> list[str]:
        """The author of the act noun after a reactive verb: "a fine imposed by
        X", "X's sanctions", "sanctions by X", "sanctions from X"."""
        for i in range(t.end, min(s.n, t.end + 8)):
            if i in s.inside:
                continue
            noun = self.acts.noun_of(s.lows[i])
            if noun is not None and (noun in self.acts.nouns or noun in self.acts.compound_nouns):
                author = self.possessor(s, i) or self.by_agent(s, i + 1, participle=True)
                if not author and s.low(i + 1) in s.g.source_prepositions:
                    author = self.from_agent(s, i + 1)  # "sanctions from X"
                given = self.acts.classes.get(self.acts.nouns.get(noun, ""))
                if not author and given is not None and given.position == "support":
                    # "arms transfers to Russia from North Korea": the giver, past its receiver
                    author = self.from_agent(s, i + 1)
                return author or []
        return []

    def deal_owner(self, s: Sentence, start: int, noun: int) -> list[str]:
        """Whose the deal noun at ``noun`` is, by a possessive pronoun before it
        (past its amount): "approved its $6.9 billion acquisition of X"."""
        j = noun - 1
        while j > start and (
            s.lows[j][:1].isdigit()
            or s.lows[j][:1] in "$€£¥"
            or s.lows[j] in s.g.amount_words
            or s.words[j].isupper()  # ("US$")
            or s.is_modifier(j)
        ):
            j -= 1
        if s.low(j) not in s.g.possessive_pronouns:
            return []
        return self.leading(s, j) or []  # (the clause's first party: "Nvidia said ...")

    def recipient_before(self, s: Sentence, start: int) -> tuple[list[str], int] | None:
        """The party a giving verb names before the act noun at ``start`` (past
        its determiners), and the verb's index: "gave Poland a green light",
        "granted Huawei its approval"."""
        while (
            s.low(start - 1) in s.g.determiners or s.low(start - 1) in s.g.modifier_words
        ) and start - 1 not in s.inside:
            start -= 1  # (past "a", "its", "more", "fresh")
        m = s.ending.get(start)
        if m is None:
            return None
        group = s.head(s.group_of(s.headed(m)))
        verb = group[0].start - 1
        if verb_lemma(s.low(verb)) not in self.acts.recipient_verbs:
            return None
        return [x.entity for x in group], verb

    def compound_target(self, s: Sentence, start: int) -> list[str]:
        """A company named just before an act noun, past its modifiers, is what
        the act is about or its party: "a TikTok ban", "the Huawei sanctions",
        "the Vodafone 5G deal with Huawei"."""
        k = start - 1
        while k > 0 and k not in s.inside and s.is_modifier(k):
            k -= 1
        m = s.inside.get(k)
        if m is None or s.low(m.end) in s.g.possessives:
            return []
        if self.type_of(m.entity) == "company" or self.owned_country(s, m):
            return [m.entity]  # (and "its Russia sanctions": on Russia)
        if s.low(m.start - 1) in HYPHENS and s.low(m.start - 2) == "anti":
            return [m.entity]  # "anti-Russian sanctions": against Russia
        return []

    def named_civilians(self, s: Sentence, after: int) -> list[str]:
        """The people a noun of private people after a party names in
        apposition ("[Twitter] employees, Ahmad Abouammo and Ali Alzabarah"),
        or the parties a plural noun after a party lists after a colon or a
        dash ("[ICC] judges: Judge X, Judge Y and Judge Z")."""
        k = after
        while k < min(s.n, after + 3) and s.lows[k] not in self.acts.civilian_nouns:
            if not (s.lows[k].isalpha() and s.words[k].islower()):
                break
            k += 1
        if k > after and s.low(k) in (":", "—", "–"):
            # "sanctions against four ICC judges: Judge X, Judge Y and Z", "two Chinese
            # firms — X and Y": the parties the list names (two or more)
            first = s.starting.get(s.past_title(k + 1))
            listed = s.head(s.group_of(first)) if first is not None else []
            return [x.entity for x in listed] if len(listed) > 1 else []
        if s.low(k) not in self.acts.civilian_nouns or s.low(k + 1) != ",":
            return []
        first = s.starting.get(k + 2)
        if first is None or self.type_of(first.entity) != "person":
            return []
        return [x.entity for x in s.head(s.group_of(first)) if self.type_of(x.entity) == "person"]

    def named_kin(self, s: Sentence, after: int) -> int | None:
        """Where the person a party's relative or associate is named starts,
        after the party's possessive at ``after`` ("Putin's daughters Maria
        Vorontsova", "Salameh's close associate Marianne Hoayek"), or None."""
        if s.low(after) not in s.g.possessives:
            return None
        k = after + 1
        while k < min(s.n, after + 4) and s.words[k].islower() and s.lows[k] not in s.g.kin_nouns:
            k += 1  # "close associate", "adult children"
        if s.low(k) not in s.g.kin_nouns:
            return None
        m = s.starting.get(k + 1)
        return m.start if m is not None and self.type_of(m.entity) == "person" else None

    def named_in_reference(self, s: Sentence, m: Mention) -> Mention | None:
        """The name a reference's possessive owns, its modifiers between: "the
        country's top WHO representative" (the WHO's, in the country)."""
        after = m.end
        if (
            m.kind != "ref"
            or self.type_of(m.entity) != "country"  # ("the company's Instagram account")
            or s.low(after) not in s.g.possessives
        ):
            return None
        for k in range(after + 1, min(s.n, after + 4)):
            if k in s.starting:
                owned = s.starting[k]
                return owned if owned.kind == "name" else None
            if not s.is_modifier(k):
                return None
        return None

    def past_label(self, s: Sentence, i: int) -> int:
        """Past a label "as" gives a verb's object before it ('dismissed as
        "unconscionable" demands made by X': the demands), or ``i``."""
        if s.low(i) != "as":
            return i
        j = i + 1 + (s.low(i + 1) in QUOTES)
        if not (s.words[j : j + 1] and s.words[j].isalpha() and s.words[j].islower()):
            return i
        if not (
            s.reading(j) == "adjective"
            or s.lows[j].endswith(s.g.adjective_endings)
            or s.lows[j] in self.acts.faulting_words
        ):
            return i
        j += 1 + (s.low(j + 1) in QUOTES)
        return j if j < s.n and (j in s.inside or s.lows[j].isalpha()) else i

    def owned_named(self, s: Sentence, after: int) -> list[str]:
        """The parties named after a comma when a possessive at ``after`` owns
        a plain description of them ("the country's two main mobile carriers,
        MTN Cameroon and Orange Cameroun,"), the description closed by a comma,
        a mark or the sentence's end; else none."""
        if s.low(after) not in s.g.possessives:
            return []
        k = after + 1
        while (
            k < min(s.n, after + 8)
            and k not in s.inside
            and s.words[k].isalnum()
            and s.words[k].islower()
            and self.act_noun_at(s, k) is None
            and s.reading(k) != "verb"
        ):
            k += 1  # "two main mobile network carriers"
        named = s.starting.get(k + 1) if k > after + 1 and s.low(k) == "," else None
        if named is None or named.kind == "demonym" or not s.is_noun_word(k - 1):
            return []
        end = s.group_of(s.headed(named))[-1].end
        if end < s.n and s.words[end] != "," and s.words[end] not in MARKS:
            return []
        return [x.entity for x in s.head(s.group_of(s.headed(named)))]

    def described_party(self, s: Sentence, j: int) -> Mention | None:
        """The party named at ``j`` past its determiners, or past a description
        of it ("from small modular reactor developer Kairos Power")."""
        m = s.party_at(j)
        if m is not None:
            return s.headed(m)  # "from United States manufacturer Boeing": Boeing
        m = next((s.starting[k] for k in range(j + 1, min(s.n, j + 7)) if k in s.starting), None)
        if m is not None and s.describes(j, m.start):
            return m
        if m is not None and self.type_of(m.entity) == "person" and s.titled(j, m.start):
            return m  # "with Prime Minister Narendra Modi": past the person's title
        of = next((k for k in range(j + 1, min(s.n, j + 5)) if s.lows[k] == "of"), None)
        if of is not None and s.low(of - 1) in s.g.naming_nouns:
            named = s.party_at(of + 1)  # "from the Pacific nation of Vanuatu"
            if named is not None:
                return s.headed(named)
        # "with his counterpart, Nigerian President Bola Tinubu, on": named after a comma
        comma = next((k for k in range(j + 1, min(s.n, j + 5)) if s.words[k] == ","), None)
        named = s.party_at(comma + 1) if comma is not None and s.describes(j, comma) else None
        if named is None and comma is not None and s.low(comma + 1) in s.g.naming_words:
            # "offers from several countries, including Germany and France": those named
            named = s.party_at(comma + 2) if s.describes(j, comma) else None
            return s.headed(named) if named is not None else None
        if named is None:
            return None
        end = s.head(s.group_of(s.headed(named)))[-1].end
        closed = end >= s.n or s.words[end] in (",", *MARKS) or s.low(end) in s.g.appositive_ends
        return s.headed(named) if closed else None

    def participle_modifier(self, s: Sentence, k: int, noun: int) -> bool:
        """Whether the -ing word at ``k`` before an act noun (past its modifiers)
        describes it: "a controlling stake", "take controlling stakes", "a growing
        bilateral partnership" (not "imposing sanctions", "began blocking access")."""
        before = s.low(k - 1)
        verb = verb_lemma(before)
        return (
            k < noun
            and all(s.is_modifier(j) for j in range(k + 1, noun))
            and s.lows[k].endswith("ing")
            and (
                before in s.g.determiners
                or (verb in self.acts.light_verbs and verb not in s.g.aspect_verbs)
            )
        )

    def own_parts(self, s: Sentence, k: int) -> bool:
        """Whether the noun at ``k`` ends "and its ..." after a party ("slapped
        Google and its regional arms with a fine": Google's own)."""
        j = k - 1
        while j > k - 3 and s.is_modifier(j):
            j -= 1
        return s.low(j) in s.g.possessive_pronouns and s.low(j - 1) == "and" and j - 2 in s.inside

    def after_be(self, s: Sentence, k: int) -> bool:
        """Whether the word at ``k`` follows a form of "be", past adverbs ("was
        also hit"): a passive participle."""
        j = k - 1
        while j > 0 and k - j < 4 and (s.lows[j] == "also" or s.is_ly_adverb(j)):
            j -= 1
        return s.low(j) in s.g.be_forms

    def joined_nouns(self, s: Sentence, k: int) -> bool:
        """Whether the word at ``k`` is "and" joining two noun phrases that one
        verb governs ("an order and a fine"), or the noun before such an "and"."""
        at = k if s.lows[k] in ("and", "or") else k + 1
        if s.low(at) not in ("and", "or") or at - 1 in s.inside or at + 1 in s.inside:
            return False
        before = s.low(at - 1)
        if reading(s, at - 1, verb_lemma(before), noun_lemma(before)) != "noun":
            return False
        return s.low(at + 1) in s.g.determiners or s.is_modifier(at + 1)

    def announced_existence(self, s: Sentence, verb: int, noun: int) -> bool:
        """Whether the verb at ``verb`` is "be" saying that an act will be, after
        "there" and "will" or "would" ("said there would be sanctions on X"): the
        act the clause's speaker announces (not "there could be", "there are no")."""
        if verb < 0 or s.lows[verb] != "be" or "no" in s.lows[verb + 1 : noun]:
            return False
        j = verb - 1
        while j > 0 and s.lows[j] in self.acts.announcing_modals:
            j -= 1
        return j < verb - 1 and s.lows[j] == "there"

    def governor_of(self, s: Sentence, start: int) -> tuple[int, list[str]]:
        """The index of the verb an act noun at ``start`` is the object of (-1:
        none), and a party between them ("hit Uber with a fine": Uber)."""
        acts = self.acts
        between: list[str] = []
        k = start - 1
        steps = 0
        while k >= 0 and steps < 8:
            word, low = s.words[k], s.lows[k]
            if not s.is_modifier(k):
                steps += 1
            if word in (")", "]"):
                k = s.opening(k) - 1
                continue
            if word in ("“", "”", '"', "‘", "’", "-", "‐"):
                k -= 1
                continue
            if word in MARKS or word == ",":
                return -1, between
            if (
                low == "to"
                and s.low(k + 1) in s.g.articles
                and s.low(k + 3) == "of"
                and self.act_noun_at(s, k + 2) is None
                and noun_lemma(s.low(k + 2)) is not None  # (not "agreed to the lifting of")
                and s.low(k + 2) not in s.g.container_nouns  # ("agreed to the imposition of")
            ):
                return -1, between  # "vowed to get to the bottom of the ban": not got
            if k in s.inside:
                m = s.inside[k]
                first = s.group_of(m)[0].start
                if (
                    not between
                    and s.low(s.phrase_opening(first)) == "with"
                    and m.end == start - (s.low(m.end) in s.g.possessives)
                ):
                    k = first - 1  # "was hit with new U.S. sanctions": the act's owner
                    continue
                if between or m.role == "modifier" or s.low(m.end) in s.g.possessives:
                    verb = s.group_of(m)[0].start - 1
                    if not between and verb_lemma(s.low(verb)) in acts.receive_verbs:
                        return verb, []  # "wins European Commission backing": received
                    return -1, between  # "Sweden's ban": the possessive decides
                between = [x.entity for x in s.head(s.group_of(m))]
                k = m.start - 1
                while k > 0 and m.start - k <= 4 and s.describes(k, m.start):
                    k -= 1  # "slapped online travel agency Booking.com with a fine"
                continue
            if low in ("over", "amid") and not s.is_amount(k + 1):
                # "summoned X over the hacking attack": a cause, no object ("provide
                # over $1 million in aid": more than)
                return -1, between
            lemma = verb_lemma(low)
            if self.announced_existence(s, k, start):
                return k, between  # "said there would be sanctions on X": announced
            if lemma in acts.light_verbs and s.low(k + 1) == "with" and self.after_be(s, k):
                return k, between  # "was also hit with sanctions": a passive light verb
            if k >= 2 and s.words[k - 1] in HYPHENS and (k - 2) not in s.inside:
                if (
                    k < start - 1
                    and low.endswith("ed")
                    and lemma not in (None, low)
                    and s.low(k - 3) not in s.g.determiners  # (not "a long-delayed $1 bn deal")
                ):
                    return k, between  # "test-fired two missiles": a verb, not a modifier
                while k >= 2 and s.words[k - 1] in HYPHENS:
                    k -= 2  # "life-saving aid", "ride-hailing app": a compound modifier
                k -= 1
                continue
            if (
                lemma is not None
                and (
                    lemma in acts.light_verbs
                    or lemma in acts.verbs
                    or lemma in acts.receive_verbs
                    or lemma in acts.reversal_verbs
                    or lemma in acts.urge_verbs
                    or lemma in acts.payment_verbs  # "ordered Google to pay a fine"
                    or lemma in acts.perceiving_verbs  # "has detected cyber intrusions"
                    # "also have a ban on Facebook" (not the auxiliary of "had lied")
                    or (
                        lemma in acts.holding_verbs
                        and start - k <= 4
                        and s.low(k - 1) not in s.g.determiners  # "its own violations"
                    )
                )
                and reading(s, k, lemma, noun_lemma(low)) not in ("noun", "adjective")
                and not s.after_amount(k)  # "a 1.03 trillion won fine": a currency
                and not self.participle_modifier(s, k, start)
            ):
                return k, between
            if (
                low in s.g.determiners
                or reading(s, k, lemma, noun_lemma(low)) == "adjective"  # "the forced closure"
                or low in s.g.noun_phrase_links
                or s.is_modifier(k)
                or (lemma is None and low.isalpha())
                or s.bounds_amount(k)
                or self.participle_modifier(s, k, start)
                or (s.low(k + 1) == "of" and reading(s, k, lemma, noun_lemma(low)) == "noun")
                or self.joined_nouns(s, k)  # "imposed a corrective order and a fine on X"
                or self.own_parts(s, k)
                or (
                    k == start - 1
                    and noun_lemma(low) == low
                    and reading(s, k, lemma, low) != "verb"
                )
            ):
                k -= 1  # ("a cruise missile": a noun before the head noun)
                continue
            return -1, between
        return -1, between
