"""A sentence as the event reader sees it: tokens, their lemmas, the parties
named in it (actors that can act or be acted upon) and the groups they form.

The helpers at the bottom read single words in context: whether a word that
can be a verb or a noun is one or the other, whether a word belongs to a
noun phrase before its head, where brackets open and close.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .actors import Mention, SentenceView
from .acts import Acts, noun_lemma, verb_base, verb_lemma
from .grammar import Grammar

PARTY_TYPES = frozenset({"country", "company", "organization", "person", "outlet"})
PARTY_ROLES = frozenset({"actor", "agent", "object", "modifier", "outlet"})
# an exchange's code for a listed company, written bare after its name
# ("China Telecom Corp 0728.HK", "ZTE 000063.SZ")
STOCK_CODE = re.compile(r"\d{3,6}\.[A-Z]{1,2}$")
# punctuation that ends a clause or a noun phrase (characters, not words)
MARKS = frozenset(';:—–()[]"“”') | {"--"}
DASHES = frozenset("—–") | {"--"}
HYPHENS = frozenset("-‐")
QUOTES = frozenset('“”"‘’')
OPEN_QUOTES = frozenset('“"‘')
CLOSE_QUOTES = frozenset('”"’')
OPEN_BRACKETS = frozenset("([")
CLOSE_BRACKETS = frozenset(")]")


class Sentence:
    """One sentence's tokens, parties and groups."""

    def __init__(
        self,
        view: SentenceView,
        grammar: Grammar,
        acts: Acts,
        type_of: Callable[[str], str],
        headline: bool,
    ) -> None:
        self.view = view
        self.words = view.words
        self.lows = view.lows
        self.n = len(view.words)
        self.g = grammar
        self.acts = acts
        self.headline = headline
        self.type_of = type_of
        # the outermost party mentions ("Irish Data Protection Commission", not "Irish")
        outlets = {m.end: m for m in view.mentions if m.role == "outlet"}
        people = (
            {m.start for m in view.mentions if type_of(m.entity) == "person"} if outlets else set()
        )
        candidates = sorted(
            (
                m
                for m in view.mentions
                if m.role in PARTY_ROLES
                and type_of(m.entity) in PARTY_TYPES
                and (m.role != "outlet" or self.acted_on(m, outlets, people))
            ),
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
        # a demonym's words, a region's ("the European bloc EFTA") as well as a party's
        self.demonym_words = {
            i for m in view.mentions if m.kind == "demonym" for i in range(m.start, m.end)
        }
        self.groups = self._groups()
        self.consumed: set[int] = set()  # tokens an earlier act has read as its part
        self._lemmas: frozenset[str] | None = None

    def low(self, i: int) -> str:
        return self.lows[i] if 0 <= i < self.n else ""

    def is_dash(self, k: int) -> bool:
        """Whether the token at ``k`` is a dash: one typed as such, or a hyphen
        with a space on each side ("the list - Huawei, ZTE - will")."""
        word = self.words[k]
        if word in DASHES:
            return True
        starts = self.view.starts
        return (
            word in HYPHENS
            and 0 < k < self.n - 1
            and starts[k - 1] + len(self.words[k - 1]) < starts[k]
            and starts[k] + 1 < starts[k + 1]
        )

    def lemmas(self) -> frozenset[str]:
        """The noun and verb lemmas of the sentence's words outside names (made
        when asked): "the Shanghai Cooperation Organisation" says no cooperation."""
        if self._lemmas is None:
            lows = [w if k not in self.inside else "" for k, w in enumerate(self.lows)]
            # hyphenated words whole too: "co-operation" is three tokens
            joined = [
                f"{lows[k - 1]}-{lows[k + 1]}"
                for k in range(1, self.n - 1)
                if lows[k] in HYPHENS and lows[k - 1].isalpha()
            ]
            words = [*lows, *joined]
            nouns = {noun_lemma(w) or w for w in words}
            self._lemmas = frozenset(nouns | {verb_lemma(w) or w for w in words})
        return self._lemmas

    # -- groups ---------------------------------------------------------------------------------
    def _groups(self) -> dict[int, list[Mention]]:
        """Coordinated parties ("Japan and the US", "The US, Japan, and
        Australia", headline "Huawei, ZTE"), by each member's start; a list
        of names joined by commas alone is a group only in a headline."""
        g = self.g
        out: dict[int, list[Mention]] = {}
        run: list[Mention] = []
        joined = linked = False

        def close() -> None:
            # "Nokia, Ericsson or both": a list whose conjunction ends it
            ended = (
                joined
                or (
                    len(run) > 1
                    and self.low(run[-1].end + (comma := self.low(run[-1].end) == ","))
                    in g.conjunctions
                    and self.low(run[-1].end + comma + 1) in g.list_ends
                )  # ("Facebook, WhatsApp, TikTok, and others": the Oxford comma)
                # three people or more, each with a title between commas ("General Mark
                # Milley, National Security Advisor Jake Sullivan, CIA Director ...")
                or (len(run) > 2 and all(self.type_of(m.entity) == "person" for m in run))
                # three countries or more, commas alone between, the verb after them
                # ("The United States, Australia, India refused to work with Huawei")
                or (
                    len(run) > 2
                    and all(self.type_of(m.entity) == "country" for m in run)
                    and run[-1].end < self.n
                    and self.reading(run[-1].end) == "verb"
                )
                or (len(run) > 1 and self.others_after(run[-1].end))
                or (len(run) > 1 and self.unnamed_last(run[-1].end))
            )
            members = run if (ended or len(run) == 1) else run[-1:]
            if not ended and len(run) > 1:
                for m in run[:-1]:
                    out[m.start] = [m]
            for m in members:
                out[m.start] = list(members)

        # "Japan's NEC", "US President Joe Biden", "his Indian counterpart Sushma
        # Swaraj": the head stands for both
        heads = [m for m in self.parties if self.headed(m) is m]
        for number, m in enumerate(heads):
            if run and self.low(m.end) == "too" and self.low(m.start - 2) == ",":
                close()  # "banned TikTok, and Somalia too": Somalia acts too, no target
                run, joined, linked = [m], False, False
                continue
            if run and m.entity == run[-1].entity and self.words[m.start - 1] in ("(", "["):
                continue  # "Telia Company (Telia) and Nokia": the name again, in brackets
            described = self.named_description(run[-1].end, heads) if run else None
            if described is not None and m.start < described:
                out[m.start] = [m]  # "X, leader of Y's party, and Z": Y is no member
                continue
            if described == m.start:
                joined = linked = True
                run.append(m)
                continue
            if (
                run
                and m.kind == "demonym"
                and number + 1 < len(heads)
                and self.apposition(run[-1].end, heads[number + 1].start)
            ):
                continue  # "Rostelecom, the Russian carrier, and Kaspersky": a description's
            if run and self.hyphen_pair(run[-1], m):
                joined = linked = True  # "the Turkish-Libyan memorandum": both
                run.append(m)
                continue
            if run and self.others_named(run[-1].end, m.start):
                joined, linked = True, False  # "and seven other countries (Andorra, ...)"
                run.append(m)
                continue
            if run:
                span = range(run[-1].end, m.start)
                bracketed = bracketed_indices(self.words, span)
                titled = self.in_titles(span)
                gap = [
                    w
                    for k, w in zip(span, self.lows[run[-1].end : m.start], strict=True)
                    if k not in bracketed
                    and k not in titled
                    and (not self.words[k][:1].isupper() or w in g.coordinators)
                    and not self.title_period(k)  # "Rubio (R-FL) and Sen. Ted Cruz"
                    and not STOCK_CODE.match(self.words[k])  # "China Telecom Corp 0728.HK, and"
                    # "Instagram, Microsoft's LinkedIn": the owner's possessive
                    and not (w in g.possessives and (k - 1) in self.inside and k > span.start)
                    and k not in self.inside  # "and his U.S. counterpart": the name's period
                    # "and newly-appointed Japanese Prime Minister X": a compound modifier
                    and not (
                        w in HYPHENS or self.low(k - 1) in HYPHENS or self.low(k + 1) in HYPHENS
                    )
                ]
                gap = gap or [w for w in self.lows[run[-1].end : m.start] if w in g.coordinators]
                # a conjunction, or "as well as" ("Instagram, as well as Twitter")
                conjoined = any(w in g.conjunctions for w in gap) or "well" in gap
                if (
                    gap
                    and all(w in g.coordinators for w in gap)
                    and (
                        conjoined
                        or (  # ", the Wuxi ...", but no list goes on past its "and"
                            [w for w in gap if w not in g.articles] == [","]
                            and not (linked and not self.headline)
                            # (nor to the one who says so: "China bans Apple, Reuters says")
                            and verb_lemma(self.low(m.end)) not in self.acts.speech_verbs
                        )
                    )
                ):
                    joined = joined or conjoined or self.headline
                    # ("X, as well as Y, Z and W": an addition, not the list's last link)
                    linked = linked or any(w in g.conjunctions for w in gap)
                    run.append(m)
                    continue
                if (
                    self.counterparts(gap)
                    or (m.kind != "demonym" and self.described_member(span))
                    or (m.kind == run[-1].kind == "demonym" and self.next_described(span))
                    or self.apposition(run[-1].end, m.start)
                    or self.agent_between(run[-1].end, m.start)
                ):
                    # "Narendra Modi and his Bangladeshi counterpart Sheikh Hasina"
                    joined = linked = True
                    run.append(m)
                    continue
                if (
                    self.lows[run[-1].end] == ","
                    and m.kind != "demonym"
                    and self.words[run[-1].end + 1].islower()
                    and self.described_member(span, comma=True)
                ):
                    # "fined video streaming service Twitch, social network Pinterest and
                    # X": a comma and the next one's description (a list if "and" ends it)
                    run.append(m)
                    continue
                if len(gap) == 1 and gap[0] in g.possessives and len(run) > 1:
                    out[run[-1].start] = [run[-1]]
                    run[-1] = m  # "Apple, Alphabet's (GOOGL) Google and Meta": Google is listed
                    continue
                if not gap and run[-1].end == m.start and self.type_of(m.entity) != "person":
                    run.append(m)  # "the US Commerce Department": a modifier before its head
                    continue
                close()
            run, joined, linked = [m], False, False
        if run:
            close()
        return out

    def hyphen_pair(self, a: Mention, b: Mention) -> bool:
        """Whether two countries are joined by a hyphen alone ("US-China",
        "Turkish-Libyan"), a pair of sides; or two companies before a noun
        ("the Uber-Foodpanda merger")."""
        starts = self.view.starts
        kinds = {self.type_of(a.entity), self.type_of(b.entity)}
        return (
            b.start == a.end + 1
            and self.lows[a.end] in HYPHENS
            # glued on both sides (not the dash of "China- India and Japan")
            and starts[a.end] == starts[a.end - 1] + len(self.words[a.end - 1])
            and starts[b.start] == starts[a.end] + 1
            and (
                kinds == {"country"}
                or (
                    kinds == {"company"}
                    and self.low(b.end).isalpha()
                    and self.low(b.end) == self.words[b.end]
                )
            )
            and a.entity != b.entity
        )

    def others_after(self, k: int) -> bool:
        """Whether a list ends at ``k`` with others it does not name: "the US,
        the UK and seven other countries", "..., and several other firms"."""
        k += self.low(k) == ","
        if self.low(k) not in self.g.conjunctions:
            return False
        count = self.low(k + 1)
        return (count in self.g.count_words or count.isdigit()) and self.low(k + 2) in (
            "other",
            "more",
        )

    def others_named(self, k: int, start: int) -> bool:
        """Whether the others a list ends with at ``k`` are named in brackets,
        opening at ``start``: "and seven other countries (Andorra, ...)"."""
        if not self.others_after(k):
            return False
        k += (self.low(k) == ",") + 3  # past "and seven other"
        while k < start - 1 and self.words[k].isalpha() and self.words[k].islower():
            k += 1  # "countries"
        return k == start - 1 and self.words[k] == "("

    def unnamed_last(self, k: int) -> bool:
        """Whether a list ends at ``k`` with a name that is no party: "groups
        tracked as APT27, APT30, APT31, and Gallium." (a closing name, one to
        three capitalized words before a comma or the sentence's end)."""
        k += self.low(k) == ","
        if self.low(k) not in self.g.conjunctions:
            return False
        end = k + 1
        while end < len(self.words) and end - k <= 3 and self.words[end][:1].isupper():
            if end in self.starting or self.low(end) in self.g.articles:
                return False
            end += 1
        return end > k + 1 and (end == len(self.words) or self.words[end] in (",", ".", ";"))

    def title_period(self, k: int) -> bool:
        """Whether the word at ``k`` is the period of a shortened title before a
        name ("Sen. Ted Cruz", "Gen. Mark Milley")."""
        return (
            self.words[k] == "."
            and k > 0
            and 1 < len(self.words[k - 1]) <= 4
            and self.words[k - 1].istitle()
            and k + 1 in self.starting
        )

    def in_titles(self, span: range) -> set[int]:
        """The small words inside capitalized titles and names in ``span``
        ("Secretary of State", "Chairman of the Joint Chiefs"): capitalized
        words on both sides."""
        out: set[int] = set()
        k = span.start
        while k < span.stop:
            j = k
            while j < span.stop and self.lows[j] in self.g.title_links:
                j += 1
            if (
                k > span.start
                and k < j < span.stop
                and self.words[k - 1][:1].isupper()
                and self.words[j][:1].isupper()
            ):
                out.update(range(k, j))
            k = j + 1
        return out

    def titled(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` are a capitalized title
        ("Prime Minister", "External Affairs Minister", "Secretary of State"),
        past an article ("the Prime Minister")."""
        if self.low(start) == "the":
            start += 1
        small = self.in_titles(range(start, end))
        return 0 < end - start <= 6 and all(
            k not in self.inside
            and (k in small or (self.words[k][:1].isupper() and self.words[k].isalpha()))
            for k in range(start, end)
        )

    def describing(self, k: int) -> bool:
        """Whether the lowercase word at ``k`` may describe a name after it
        ("the rebel", "the militant"): no verb, preposition or clause word."""
        low = self.lows[k]
        return (
            self.words[k].isalpha()
            and self.words[k].islower()
            and low not in self.acts.target_prepositions
            and low not in self.acts.clause_breaks
            and low not in self.acts.auxiliaries
            and self.reading(k) != "verb"
        )

    def agent_between(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` are the agent of the party
        before them, then a conjunction: "China's state planner and Samsung",
        "the Dutch government and ASML" join the country and the company."""
        g = self.g
        joint = next((k for k in range(start, end) if self.lows[k] in g.conjunctions), None)
        if (
            joint is None
            or end - joint > 5
            or any(
                k not in self.inside
                and self.lows[k] not in g.possessives
                and self.lows[k] != "the"
                and not self.describing(k)
                for k in range(joint + 1, end)
            )
        ):
            # past the conjunction, only "the", an owner ("South Korea's") or a
            # description ("the Philippine government and the rebel MILF")
            return False
        body = list(range(start, joint))
        if body and self.lows[body[0]] in g.possessives:
            body = body[1:]
        return (
            0 < len(body) <= 4
            and self.lows[body[-1]] in g.agent_heads
            and all(
                self.is_describing_word(k)
                or self.is_noun_word(k)
                # "Libya's internationally recognised government and Turkey"
                or self.is_ly_adverb(k)
                or (self.lows[k].endswith("ed") and self.words[k].islower())
                for k in body[:-1]
            )
        )

    def comma_before(self, k: int, reach: int = 14) -> int:
        """The comma nearest before ``k`` within ``reach`` words (-1: none): the
        opening of an aside that a comma at ``k`` closes."""
        return next((j for j in range(k - 1, max(-1, k - reach), -1) if self.words[j] == ","), -1)

    def comma_after(self, k: int, reach: int = 8) -> int | None:
        """The comma nearest after ``k`` within ``reach`` words, or None: the
        close of an aside a comma at ``k`` opens."""
        return next((j for j in range(k + 1, min(self.n, k + reach)) if self.words[j] == ","), None)

    def past_title(self, j: int, lowercase: bool = False) -> int:
        """Where a name starts past the capitalized words of a title before it
        at ``j`` (at most six: "Second Vice-President Judge X", ": Vice
        President Delcy Rodriguez"; with ``lowercase``, any words, at most
        eight: "warns minister Lee Kinyanjui"); ``j`` itself if no party
        follows them."""
        k = j
        while (
            k < min(self.n, j + (8 if lowercase else 6))
            and k not in self.starting
            and (
                self.words[k][:1].isupper()
                or self.words[k] in HYPHENS
                or (lowercase and self.words[k].isalpha())
            )
        ):
            k += 1
        return k if k in self.starting else j

    def party_at(self, j: int, past: frozenset[str] = frozenset()) -> Mention | None:
        """The party named at ``j``, past up to three determiners or words of
        ``past`` ("by the EU", "by President Donald Trump"), or None; a name
        that opens with "the" ("the Philippines") is met first."""
        end = j + 3
        while (
            j < min(self.n, end)
            and j not in self.starting
            and (
                self.lows[j] in self.g.determiners
                or self.lows[j] in past
                # a count of what a nationality describes: "from 173 Chinese companies"
                or (
                    self.lows[j].isdigit()
                    and (m := self.starting.get(j + 1)) is not None
                    and m.kind == "demonym"
                )
            )
        ):
            j += 1
        return self.starting.get(j)

    def describes(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` are a noun phrase that
        describes a party, with no verb or clause in it ("a well-known hacker
        group", "the world's largest telecoms equipment maker", "two other
        lesser-known organizations", "the Chinese tech giant")."""
        if not 0 < end - start <= 10:
            return False
        g, acts = self.g, self.acts
        if self.lows[end - 1] == "as" and self.low(end - 2) in g.naming_participles:
            end -= 2  # "hacking groups tracked as APT27": the description names it
        elif self.low(end - 1) in g.naming_participles:
            end -= 1  # "a group dubbed Salt Typhoon"
        # a quoted epithet: 'ties with "great friend" Russia'
        quotes = sum(self.words[k] in QUOTES for k in range(start, end))
        for k in range(start, end):
            low = self.lows[k]
            if k in self.inside:
                if self.inside[k].role != "modifier" and self.inside[k].kind != "demonym":
                    return False  # another party: not a description
                continue
            if low in g.possessives or low in HYPHENS or self.is_amount(k):
                continue
            if quotes == 2 and self.words[k] in QUOTES:
                continue
            if self.words[k].isupper() and self.words[k].isalpha() and len(low) <= 4:
                continue  # an acronym that names no party: "Intel CEO", "the AI firm"
            if low in ("and", "or") and self.joins_nouns(k, end):
                continue  # "video surveillance and telecoms equipment maker"
            if (
                not low.isalpha()
                or not self.words[k].islower()
                or (low in acts.target_prepositions and low != "of")
                or low in acts.clause_breaks
                or low in acts.auxiliaries
                or low in g.relatives
                or low in g.subordinators
                or (
                    self.reading(k) == "verb"
                    and self.low(k - 1) not in HYPHENS
                    and self.low(k + 1) not in HYPHENS
                    and not (low.endswith("ing") and k + 1 < end and self.is_noun_word(k + 1))
                    and low not in g.modifier_words  # "neighboring Russia"
                )
            ):
                return False  # ("state-owned", "hacking groups": no verb)
        return True

    def apposition(self, start: int, end: int) -> bool:
        """Whether the words between two parties join them through
        descriptions set off by commas: "Lazarus, a well-known hacker group,
        and two other lesser-known organizations, Bluenoroff and Andariel";
        "Huawei, the Chinese tech giant, and ZTE"."""
        lows, i, described = self.lows, start, False
        if lows[i] == ",":
            comma = next((k for k in range(i + 1, end) if lows[k] == ","), None)
            if comma is None or not self.describes(i + 1, comma):
                return False
            i, described = comma + 1, True
        if i >= end or lows[i] not in self.g.conjunctions:
            return False
        i += 1
        if i < end:
            if lows[end - 1] != "," or not self.describes(i, end - 1):
                return False
            described = True
        return described

    def named_description(self, end: int, later: list[Mention]) -> int | None:
        """Where the next member starts when a party ending at ``end`` is
        followed by a description that names others, then a conjunction:
        "Suzanne Cowan, leader of Prime Minister Justin Trudeau's Liberal Party,
        and Mark Carney" (Carney's start); else None."""
        lows = self.lows
        if self.low(end) != ",":
            return None
        first = self.low(end + 1)
        if not (first.isalpha() and self.words[end + 1].islower()) or first in self.g.conjunctions:
            return None
        comma = next((k for k in range(end + 1, min(self.n, end + 16)) if lows[k] == ","), None)
        if comma is None or self.low(comma + 1) not in self.g.conjunctions:
            return None
        inside = [m for m in later if end < m.start < comma and m.kind != "ref"]
        nxt = comma + 2 + (self.low(comma + 2) in self.g.articles)
        if not inside or not any(m.start == nxt for m in later):
            return None
        head = range(end + 1, inside[0].start)
        if "of" not in lows[head.start : head.stop] or any(
            self.words[k] in MARKS
            or lows[k] in self.acts.clause_breaks
            or self.reading(k) == "verb"
            for k in head
            if self.words[k].islower()
        ):
            return None  # "leader of ...", "former governor of ...": a post, no clause
        return nxt

    def next_described(self, span: range) -> bool:
        """Whether the words between two demonyms end the first one's noun
        phrase and open the next, counted: "two Russian [banks and three]
        Chinese firms", "7 North Koreans, 2 Russian ships"."""
        k = span.start
        while (
            k < span.stop
            and self.words[k].isalpha()
            and self.words[k].islower()
            and noun_lemma(self.lows[k]) is not None
            and self.lows[k] not in self.g.coordinators
        ):
            k += 1  # (the words are read before the sentence's groups: no reading() here)
        if k == span.stop or self.lows[k] not in self.g.coordinators:
            return False
        k += 1
        k += k < span.stop and self.lows[k] in self.g.coordinators
        return span.stop - k == 1 and (
            self.lows[k] in self.g.count_words or self.lows[k][:1].isdigit()
        )

    def described_member(self, span: range, comma: bool = False) -> bool:
        """Whether the words between two parties are a conjunction and a short
        description of the second: "Facebook and fellow social network Twitter",
        "Instagram, as well as fellow social network Twitter", "UMC and its
        partner Fujian Jinhua", "X, as well as the services Yandex" (with
        ``comma``, a comma alone will do: "Twitch, social network Pinterest")."""
        k = span.start + (self.lows[span.start] == ",") if span else span.start
        if self.low(k) in self.g.conjunctions:
            k += 1
        elif self.lows[k : k + 3] == ["as", "well", "as"]:
            k += 3
        elif not (comma and span and self.lows[span.start] == "," and k < span.stop):
            return False
        # "its partner X", "the services X"
        k += self.low(k) in self.g.possessive_pronouns or self.low(k) == "the"
        if self.low(k + 1) in HYPHENS and (
            self.low(k + 2).endswith("ed") or self.words[k].islower()
        ):
            k += 3  # "and Shanghai-based cyber operator Yin Kecheng", "the four-member bloc X"
        words = range(k, span.stop)
        return (
            0 < len(words) <= 4
            and self.is_noun_word(span.stop - 1)
            and all(
                (
                    self.is_noun_word(j)
                    or self.is_describing_word(j)
                    or j in self.demonym_words  # "Russian", "European"
                    # a word the dictionary reads as neither noun nor verb: "popular"
                    or (
                        self.lows[j].isalpha()
                        and self.words[j].islower()
                        and noun_lemma(self.lows[j]) is None
                        and verb_lemma(self.lows[j]) is None
                    )
                )
                and self.lows[j] not in self.g.quantifiers
                for j in words
            )
        )

    def counterparts(self, gap: list[str]) -> bool:
        """Whether the words between two parties join them as a pair of
        office-holders: one conjunction, then only determiners, possessives and
        offices ("and his counterpart", "and the Chinese president")."""
        g = self.g
        if not gap or gap[0] not in g.conjunctions:
            return False
        return (
            len(gap) > 1
            and all(
                w in g.determiners
                or w in g.possessive_pronouns
                or w in g.possessives
                or w in self.acts.envoy_nouns
                or w in g.office_modifiers  # "and his visiting counterpart"
                or w == "of"  # "X and President of Mongolia Y"
                for w in gap[1:]
            )
        )

    def group_of(self, m: Mention) -> list[Mention]:
        group = self.groups.get(m.start, [m])
        if not self.shared:
            return group
        out: list[Mention] = []
        for member in group:
            out.extend(self.shared.get(member.start, [member]))
        return out

    def entities(self, m: Mention) -> list[str]:
        """The entities of the group a party belongs to, modifiers left out."""
        return [x.entity for x in self.head(self.group_of(self.headed(m)))]

    def modified(self, m: Mention) -> Mention | None:
        """The party a modifier qualifies, if one follows within a few words
        and nothing but the noun phrase lies between."""
        for p in self.parties:
            if m.end <= p.start <= m.end + 6 and p is not m:
                if self.hyphen_pair(m, p):
                    if p.role == "modifier" and p.kind == m.kind == "demonym":
                        return self.modified(p)  # "French-Italian firm Thales Alenia Space"
                    return None  # "the Turkey-Libya deal": a pair, neither the other's modifier
                if p.start == m.end and p.kind == m.kind == "demonym":
                    continue  # "Bosnian Serb leader Milorad Dodik": the leader
                titled = self.in_titles(range(m.end, p.start))  # "Minister of Foreign Affairs"
                for k in range(m.end, p.start):
                    low = self.lows[k]
                    if k in titled:
                        continue
                    if low in ("and", "or") and self.joins_nouns(k, p.start):
                        continue  # "Chinese video surveillance and telecoms equipment maker X"
                    if (
                        low == "of"
                        and k + 2 == p.start
                        and self.type_of(p.entity) == "person"
                        and self.words[k + 1].isalpha()
                        and self.words[k + 1].islower()
                        and self.reading(k + 1) == "noun"
                    ):
                        continue  # "South Sudan's army deputy chief of staff X": a title
                    if self.bracketed_name(k, p):
                        continue  # "Spain's competition watchdog (CNMC)": CNMC
                    if low.endswith("ing") and self.low(k + 1) in self.g.determiners:
                        return None  # "Lebanese fruits entering the kingdom": a clause
                    if (
                        low.endswith("ed")
                        and k > m.end
                        and self.words[k - 1].isalpha()
                        and self.words[k - 1].islower()
                        and self.lows[k - 1].endswith("s")
                    ):
                        return None  # "Japanese boats detained near Russian islands"
                    if (
                        self.words[k] in MARKS
                        or low in (",", "and", "or")
                        or low in self.acts.target_prepositions
                        or low in self.acts.clause_breaks
                    ):
                        return None
                return p
        return None

    def bracketed_name(self, k: int, p: Mention) -> bool:
        """Whether the bracket at ``k`` holds only the party ``p`` and follows
        a body's noun, the name of the body described before it ("Spain's
        competition watchdog (CNMC)")."""
        return (
            self.words[k] == "("
            and k + 1 == p.start
            and self.words[p.end : p.end + 1] == [")"]
            and self.low(k - 1) in self.g.agent_heads
        )

    def joins_nouns(self, k: int, end: int) -> bool:
        """Whether the conjunction at ``k`` joins two words of one noun phrase
        that goes on before ``end`` ("surveillance and telecoms equipment maker")."""
        return (
            k + 1 < end - 1
            and all(self.words[j].isalpha() and self.words[j].islower() for j in (k - 1, k + 1))
            and self.lows[k + 1] not in self.g.determiners  # "government and the rebel X"
            and self.reading(k - 1) != "verb"
            and self.reading(k + 1) != "verb"
        )

    def headed(self, m: Mention) -> Mention:
        """The party a modifier qualifies ("Chinese tech giant Huawei": Huawei),
        or the party itself."""
        if m.role == "modifier" or (m.role in ("object", "agent") and m.kind == "demonym"):
            return self.modified(m) or m  # "the American e-commerce giant Amazon": Amazon
        return m

    def head(self, group: list[Mention]) -> list[Mention]:
        """A group's parties without modifiers of a head that follows them."""
        out = [m for m in group if not (m.role == "modifier" and self.modified(m) is not None)]
        return out or group

    # -- words ----------------------------------------------------------------------------------
    def is_break(self, i: int) -> bool:
        return self.words[i] in MARKS or self.lows[i] in self.acts.clause_breaks

    def is_list_comma(self, i: int) -> bool:
        """A comma inside a group of parties."""
        left = self.ending.get(i)
        right = self.starting.get(i + 1) or self.starting.get(i + 2)
        return bool(left and right and right in self.group_of(left))

    def acted_on(self, m: Mention, outlets: dict[int, Mention], people: set[int]) -> bool:
        """Whether a news outlet's mention stands where an act falls on it: the
        object of an opposing verb or of "on" or "against" after a noun
        ("suspended the BBC", "a ban on RT and Sputnik"), not a source ("told
        Reuters", "Reuters reported") nor a reporter's employer ("Wall Street
        Journal reporter Evan Gershkovich"). (``outlets``: the outlets' mentions
        by where they end; ``people``: where people's mentions start.)"""
        if m.end in people or m.end + 1 in people:
            return False
        first = m
        k = first.start - 1
        k -= self.low(k) in self.g.articles
        while self.low(k) in ("and", ",") and k in outlets:
            first = outlets[k]  # "the BBC and Voice of America": as the first is
            k = first.start - 1
            k -= self.low(k) in self.g.articles
        before = self.low(k)
        lemma = verb_lemma(before)
        return (
            before in ("on", "against") and self.opposing_noun(noun_lemma(self.low(k - 1)))
        ) or (lemma is not None and self.opposing_verb(lemma))

    def opposing_verb(self, lemma: str) -> bool:
        """Whether a verb's lemma acts against its object ("banned", "suspended")."""
        act = self.acts.classes.get(self.acts.verbs.get(lemma, ""))
        return (act is not None and act.position == "oppose") or lemma in self.acts.reversal_verbs

    def opposing_noun(self, lemma: str | None) -> bool:
        """Whether a noun's lemma is an act against a party ("ban", "sanctions")."""
        act = self.acts.classes.get(self.acts.nouns.get(lemma or "", ""))
        return act is not None and act.position == "oppose"

    def reading(self, i: int) -> str:
        """Whether the word at ``i`` reads as a verb, a noun or an adjective
        (a participle after a determiner), from its neighbours."""
        low = self.lows[i]
        return reading(self, i, verb_lemma(low), noun_lemma(low))

    def is_reach_verb(self, k: int) -> bool:
        """Whether a reach verb's word at ``k`` ("target", "hit") is read as
        a verb: so read, or a name next ("target Senator Rubio", where the
        dictionary reads "target senator")."""
        return self.reading(k) == "verb" or self.words[k + 1 : k + 2] != [self.low(k + 1)]

    def floating(self, k: int) -> bool:
        """Whether the word at ``k`` is a quantifier floated from a subject into
        its verb group: after the party or an auxiliary ("Vodacom and MTN have
        all objected", "they both signed"; not "all banned products")."""
        before = self.low(k - 1)
        return self.lows[k] in self.g.floating_quantifiers and (
            (k - 1) in self.inside
            or before in self.acts.auxiliaries
            or before in self.g.be_forms
            or before in self.g.subject_pronouns
        )

    def is_ly_adverb(self, k: int) -> bool:
        """Whether the word at ``k`` is an adverb by its "-ly" ("quickly"; not
        "July", "Italy", "supply": grammar.yaml not_adverbs)."""
        low = self.low(k)
        return low.endswith("ly") and low not in self.g.not_adverbs

    def is_amount(self, k: int) -> bool:
        """Whether the word at ``k`` is part of an amount: "254", "$5", "million",
        "USD254" (a currency code glued to its number), "N555.8 million" (a
        currency's letter, before a magnitude)."""
        low = self.low(k)
        if not low:
            return False  # past either end
        word = self.words[k]
        return (
            low[:1].isdigit()
            or low[:1] in "$€£¥₦₹₩₽₺"
            or low in self.g.amount_words
            or (word[:3].isupper() and low[:3].isalpha() and low[3:4].isdigit())
            or (
                word[:1].isupper()
                and low[1:2].isdigit()
                and self.low(k + 1) in self.g.amount_words
                and not low[-1:].isalpha()
            )
        )

    def phrase_opening(self, k: int) -> int:
        """The word before the noun phrase that starts or has its head at
        ``k``: past its determiners and modifiers ("over a five-year scheme":
        "over"; "hit with new U.S. sanctions": "with")."""
        j = k - 1
        while j >= 0 and (
            self.lows[j] in self.g.determiners
            or self.lows[j] in self.g.count_words
            or self.is_modifier(j)
        ):
            j -= 1
        return j

    def is_modifier(self, k: int) -> bool:
        """A word of a noun phrase before its head: an adjective, an amount."""
        g = self.g
        low = self.low(k)
        if k in self.inside or not low:
            return False  # a name, or past the sentence's end
        if self.is_amount(k):
            return True
        if self.after_amount(k):
            return True  # a currency after its amount: "68 bln won", "290 million euro"
        if low in HYPHENS or self.low(k + 1) in HYPHENS or self.low(k - 1) in HYPHENS:
            return True  # a hyphened compound: "a state-sponsored hacking operation"
        if low.endswith(g.adjective_endings):
            return verb_lemma(low) is None or low.endswith(("al", "ive", "ic"))
        return low in g.modifier_words

    def after_amount(self, k: int) -> bool:
        """Whether the word at ``k`` follows a number ("68 bln won"), not a
        day of a month ("on December 10 announced")."""
        before = self.low(k - 1)
        if before[:1].isdigit() and self.low(k - 2).rstrip(".") in self.g.months:
            return False
        return before[:1].isdigit() or before in self.g.amount_words

    def opens_amount(self, k: int) -> bool:
        """Whether an amount begins at ``k``: "$150 million", "USD 150 million",
        "up to 40%"."""
        low = self.low(k)
        if low[:1].isdigit():
            unit = low.lstrip("0123456789.,")
            return not unit or unit in self.g.amount_words  # (not "5G" or "3nm")
        if low[:1] in "$€£¥" and low != "":
            return True
        word = self.words[k] if k < self.n else ""
        code = len(word) == 3 and word.isupper() and self.low(k + 1)[:1].isdigit()
        return code or self.bounds_amount(k)

    def bounds_amount(self, k: int) -> bool:
        """Whether the word at ``k`` bounds the amount right after it: "up to
        US$3.5 billion", "more than 40%" (a currency code may come first),
        "more than a dozen"."""
        j = k
        while j < self.n and self.lows[j] in self.g.amount_limits:
            j += 1
        if j < self.n and self.lows[j] in ("a", "an"):
            j += 1
        return j > k and any(
            w[:1].isdigit() or w[:1] in "$€£¥" or w in self.g.count_words
            for w in self.lows[j : j + 2]
        )

    def is_describing_word(self, k: int) -> bool:
        """An adjective or a hyphenated compound's part before a noun ("bilateral",
        "high-level", "fresh"): a word a phrase's words may have between them."""
        low = self.lows[k]
        if low in HYPHENS or self.low(k + 1) in HYPHENS or self.low(k - 1) in HYPHENS:
            return True
        return low in self.g.modifier_words or (
            low.endswith(self.g.adjective_endings) and verb_lemma(low) is None
        )

    def is_noun_word(self, k: int) -> bool:
        """A lowercase word at ``k`` that reads as a noun ("chains", "networks")."""
        low = self.low(k)
        return (
            low.isalpha()
            and k not in self.inside
            and noun_lemma(low) is not None
            and low not in self.g.determiners
            and low not in self.acts.target_prepositions
            and low not in self.acts.clause_breaks
            and self.reading(k) == "noun"
        )

    def is_bare_verb(self, k: int) -> bool:
        """A verb's bare form at ``k`` ("to connect"), not a name."""
        low = self.low(k)
        if not low or k in self.inside:
            return False
        if verb_base(low):
            return True
        # a verb of the act lexicon that the dictionary lacks: "to delist"
        return verb_lemma(low) is None and (
            low in self.acts.verbs or low in self.acts.surrender_verbs
        )

    def opening(self, k: int) -> int:
        """The index of the bracket that opens the one closing at ``k``."""
        depth = 0
        for j in range(k, -1, -1):
            if self.words[j] in CLOSE_BRACKETS:
                depth += 1
            elif self.words[j] in OPEN_BRACKETS:
                depth -= 1
                if depth == 0:
                    return j
        return k

    def closing(self, k: int) -> int:
        """The index of the bracket that closes the one opening at ``k``."""
        depth = 0
        for j in range(k, self.n):
            if self.words[j] in OPEN_BRACKETS:
                depth += 1
            elif self.words[j] in CLOSE_BRACKETS:
                depth -= 1
                if depth == 0:
                    return j
        return k

    def hyphenated(self, i: int) -> tuple[int, str] | None:
        """The compound that starts at ``i`` ("cease-and-desist", "cyber-attacks"):
        where it ends and its words joined by hyphens; None if no hyphen follows."""
        j, parts = i, [self.lows[i]]
        while self.low(j + 1) in HYPHENS and self.low(j + 2).isalpha():
            parts.append(self.lows[j + 2])
            j += 2
        return (j + 1, "-".join(parts)) if j > i else None

    def paired(self, i: int) -> int | None:
        """The end of a hyphened pair of parties starting at ``i`` ("Malaysia-
        Indonesia", "US-China"), or None."""
        m = self.starting.get(i)
        if m is None or self.low(m.end) not in HYPHENS:
            return None
        other = self.starting.get(m.end + 1)
        return other.end if other is not None and other.entity != m.entity else None

    def past_when(self, i: int) -> int:
        """Past a day named at ``i`` ("Wednesday", "on Friday", "yesterday",
        "last week"), or ``i`` where none is."""
        lead = self.low(i) in self.g.day_leads
        j = i + 1 if lead else i
        low = self.low(j)
        if low in self.g.day_words and (
            lead or low in self.g.relative_days or self.words[j][:1].isupper()
        ):
            return j + 1
        return i

    def is_modifier_item(self, k: int) -> bool:
        """A lowercase noun or describing word at ``k`` that may stand in a
        list before a noun ("air", "land", "digital"), not a verb's form."""
        low = self.lows[k]
        return (
            low.isalpha()
            and self.words[k].islower()
            and k not in self.inside
            and low not in self.g.determiners
            and low not in self.g.possessive_pronouns
            and (noun_lemma(low) == low or self.is_describing_word(k))
            and verb_lemma(low) in (None, low)
        )

    def match_rest(self, i: int, rest: tuple[str, ...]) -> int | None:
        """Where a phrase's remaining words end when they follow at ``i``
        (articles and describing words skipped, lemmas allowed), or None."""
        for word in rest:
            if self.low(i) != word:
                i = self.past_when(i)  # "announced on Wednesday orders from Vietjet"
            while (
                i < self.n
                and (
                    self.lows[i] in self.g.articles
                    or self.lows[i] in self.g.possessive_pronouns  # "close its borders"
                    or self.lows[i][:1].isdigit()  # "swapped 100 prisoners"
                    or self.lows[i][:1] in "$€£¥"  # "placed a $900 million order"
                    or (self.words[i].isupper() and self.low(i + 1)[:1] in "$€£¥")  # "US$"
                    or (self.lows[i] in self.g.amount_words and self.low(i - 1)[:1].isdigit())
                    or self.words[i] in QUOTES  # 'face "devastating consequences"'
                    # "was almost certainly responsible for"
                    or (
                        self.lows[i] != word
                        and (self.is_ly_adverb(i) or self.lows[i] in self.g.passive_adverbs)
                    )
                    or self.paired(i) is not None  # "strengthen Malaysia-Indonesia ties"
                    or (
                        self.lows[i] != word and i not in self.inside and self.is_describing_word(i)
                    )
                )
            ):
                i = self.paired(i) or i + 1  # "held high-level talks", "imposed fresh sanctions"
            low = self.low(i)
            if not low:
                return None
            if (
                low != word
                and (noun_lemma(low) or verb_lemma(low) or low) != word
                and i not in self.inside
                and low.isalpha()
                and noun_lemma(self.low(i + 1)) == word
            ):
                i += 1  # a noun before the phrase's noun: "settled a patent dispute"
                low = self.low(i)
            if low != word and (noun_lemma(low) or verb_lemma(low) or low) != word:
                listed = self.past_modifier_list(i, word)
                if listed is None:
                    return None
                i = listed
            i += 1
        return i

    def past_modifier_list(self, i: int, word: str) -> int | None:
        """Where ``word`` stands after a short list of lowercase modifiers
        opening at ``i`` ("close its air, land and sea borders"), or None."""
        joined = False
        for k in range(i, min(self.n, i + 7)):
            low = self.lows[k]
            if noun_lemma(low) == word or low == word:
                return k if joined and self.lows[k - 1].isalpha() else None
            if low in self.g.conjunctions:
                joined = True
            elif low != "," and not self.is_modifier_item(k):
                return None
        return None


def reading(s: Sentence, i: int, as_verb: str | None, as_noun: str | None) -> str:
    """See :meth:`Sentence.reading` (the word's lemmas given)."""
    g = s.g
    if as_verb is None or s.lows[i] in g.not_verbs:
        return "noun"
    if s.words[i].isupper() and len(s.words[i]) > 1 and not s.words[i - 1 if i else i].isupper():
        return "noun"  # "Open RAN": an acronym, not "ran"
    low = s.lows[i]
    j = i - 1
    while j > 0 and s.words[j] in QUOTES:
        j -= 1  # 'would "substantially" increase': the word inside the quotes
    prev = s.low(j)
    nxt = s.low(i + 1)
    if low.endswith(("ed", "en")) and low != as_verb:
        j = i - 1
        while j >= 0 and s.is_ly_adverb(j):
            j -= 1
        standing_alone = s.low(j) in g.pronoun_determiners and not s.is_noun_word(i + 1)
        contracted = s.low(j - 1) in g.subject_pronouns  # "it's filed": "it has filed"
        if (
            (s.low(j) in g.determiners and not standing_alone)
            or (s.low(j) in g.possessives and not contracted)
            or (s.low(j) in g.quantifiers and not s.floating(j))
            # "10 captured"; not "Jan. 26 designated the", "on May 20 banned Micron"
            or (
                s.low(j)[:1].isdigit()
                and nxt not in g.determiners
                and s.low(j - 1).rstrip(".") not in s.acts.time_words
            )
        ):
            return "adjective"  # "the US's banned list", "certain advanced chips", "10 captured"
        if s.low(j) in s.acts.target_prepositions and (
            (s.is_noun_word(i + 1) and i + 1 not in s.inside)
            # "in support of jailed Kremlin critic Alexei Navalny"
            or (i + 1 in s.inside and s.is_noun_word(s.inside[i + 1].end) and s.low(j) == "of")
        ):
            return "adjective"  # "duties on selected dairy imports"
        before = s.low(j)
        if (
            verb_lemma(before) in s.acts.verbs  # (an act's own verb: not "confirmed")
            and verb_lemma(before) != before  # (in the past: "stole", "seized")
            and not before.endswith("ing")
            and before not in g.be_forms
            and before not in g.nonfinite_be
            and before not in s.acts.auxiliaries
            and j not in s.inside
            and s.is_noun_word(i + 1)
            and i + 1 not in s.inside
            and nxt not in s.acts.target_prepositions
        ):
            return "adjective"  # "stole restricted information", "seized banned goods"
    if as_noun is None:
        if low.endswith("ing") and prev in g.determiners:
            return "noun"  # "the seizing of the compound": a gerund named, no clause
        return "verb"
    if prev.isdigit() and low.endswith("ed") and low != as_noun:
        return "verb"  # "Russia on April 14 fined Google": a date's day, not a count
    if (
        prev in g.determiners
        or prev in g.possessives
        or prev.replace(",", "").replace(".", "").isdigit()
    ):
        return "noun"
    if prev in g.verb_openers:
        if prev == "to" and low != as_verb and low.endswith("s"):
            return "noun"  # "opposed to sanctions": no bare verb after "to"
        return "verb"
    if low.endswith("ing") and prev in g.gerund_openers:
        return "verb"  # a gerund: "accused of hacking", "joined in restricting"
    if prev in g.noun_openers:
        return "noun"  # "priced below rivals X"
    if (
        low.endswith("ing")
        and (prev in g.determiners or prev.endswith("est"))
        and nxt.isalpha()
        and noun_lemma(nxt) is not None
        and nxt not in g.determiners
        and nxt not in s.acts.target_prepositions
    ):
        return "noun"  # "the biggest training camp": a noun's modifier, no verb
    if low.endswith("ing") and nxt in ("for", "of", "from") and as_noun == low:
        return "noun"  # "European Commission backing for X", "funding from Y": a noun
    if (
        low.endswith("ing")
        and as_noun == low
        and s.low(j - 1 - (s.words[j - 1 : j] != [] and s.words[j - 1] in QUOTES)) in g.determiners
        and prev.isalpha()
        and j not in s.inside
        and (verb_lemma(prev) is None or prev in g.modifier_words)
    ):
        return "noun"  # "a significant meeting", "a ‘last warning’": an adjective's noun
    if low.endswith("ing") and as_noun == low and prev in g.noun_object_verbs:
        return "noun"  # "issues warning to OpenAI": the headline's object, no gerund
    if low.endswith("ed") or low != as_verb and not low.endswith("s"):
        return "verb"
    if prev.endswith("ly") and prev not in g.not_adverbs:
        return "verb"  # "officially lifts", "quietly bans"
    if (
        low == as_verb
        and prev.endswith("s")
        and noun_lemma(prev) not in (None, prev)
        and (nxt in g.determiners or (i + 1) in s.starting)
    ):
        return "verb"  # "the sanctions target Lazarus": a plural subject's verb
    if (
        low == as_verb
        and (i - 1) in s.inside
        and (
            nxt in g.be_forms
            or (
                not nxt.endswith(("s", "ing"))
                and verb_lemma(nxt) not in (None, nxt)
                and (
                    s.low(i + 2) in s.acts.target_prepositions
                    or s.low(i + 2) in g.determiners
                    or s.low(i + 2) in g.subordinators
                )
            )
        )
    ):
        return "noun"  # "The Roblox ban came after ...", "the US ban was lifted": its subject
    opening = s.inside[i - 1].start - 1 if (i - 1) in s.inside else -1
    while opening > 0 and (s.lows[opening] == "%" or s.is_modifier(opening)):
        opening -= 1  # "a 10% Intel stake", "a new Huawei ban": past the amount, the adjective
    if (
        opening >= 0
        and nxt in (".", ",")
        and (
            verb_lemma(s.lows[opening]) in s.acts.light_verbs
            or s.lows[opening] in g.possessive_pronouns
        )
    ):
        return "noun"  # "imposed Iran sanctions.", "its Russia sanctions,": no second verb
    if (
        low == as_verb
        and (i - 1) in s.inside
        and (s.low(opening) in g.determiners or s.low(opening) in g.possessives)
        and s.low(opening - 1) not in (*g.conjunctions, ",")
        and (
            not nxt.isalpha()
            or nxt in s.acts.target_prepositions
            or nxt in g.be_forms
            or nxt in s.acts.auxiliaries
            or nxt in s.acts.adverbs  # "Nauru's Facebook ban only temporary"
        )  # (not "the US cut aid", "Japan's Toshiba cut jobs": a past verb)
    ):
        return "noun"  # "a Huawei ban", "the UK's TikTok ban": a party that modifies a noun
    if (
        low == as_verb
        and (i - 1) in s.inside
        and s.inside[i - 1].kind == "demonym"
        and not prev.endswith(("ans", "is"))
    ):
        return "noun"  # "Italian state aid": an adjective's noun ("Italians vote": people)
    if low == as_verb and not (
        (i - 1) in s.inside
        or prev in g.subject_pronouns
        or prev in g.conjunctions
        or prev in s.acts.adverbs
        or prev.endswith("ly")
        or i == 0
    ):
        return "noun"  # "key rival Ericsson": a bare form after a modifier
    if nxt in g.noun_followers:
        return "noun"
    if (
        (i - 1) in s.inside
        and s.inside[i - 1].role in ("modifier", "object", "agent")
        and low.endswith("s")
    ):
        # "US sanctions on ...": a modifier and a plural
        return "noun" if (i + 1) not in s.starting else "verb"
    if (i - 1) in s.inside and low.endswith("s") and nxt in g.place_prepositions:
        return "noun"  # "Hezbollah targets in southern Lebanon"
    if (
        (i - 1) in s.inside
        and low.endswith("s")
        and s.low(s.phrase_opening(s.group_of(s.inside[i - 1])[0].start)) == "with"
    ):
        return "noun"  # "was hit with U.S. sanctions.": a party after "with" owns a noun
    if (i - 1) in s.inside or prev in g.subject_pronouns:
        return "verb"
    if (i + 1) in s.starting or nxt in g.articles:
        return "verb"
    if (
        prev in g.conjunctions
        and low.endswith("s")
        and nxt.isalpha()
        and noun_lemma(nxt) is not None
        and s.low(i + 2) in s.acts.target_prepositions
        and any(  # a first verb, right after its subject, that this one is joined to
            s.lows[k].endswith("s")
            and verb_lemma(s.lows[k]) is not None
            and ((k - 1) in s.inside or s.words[k - 1] == ",")  # ("ZTE, based in X, sells")
            for k in range(max(1, i - 14), i - 1)
        )
    ):
        return "verb"  # "ZTE sells phones and buys components from X": a second verb
    return "noun"


def bracketed_indices(words: list[str], span: range) -> set[int]:
    """The indices of ``span`` inside brackets, the brackets included."""
    out: set[int] = set()
    depth = 0
    for k in span:
        if words[k] in OPEN_BRACKETS:
            depth += 1
        if depth:
            out.add(k)
        if words[k] in CLOSE_BRACKETS and depth:
            depth -= 1
    return out


def has_phrase(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``words`` hold one of ``phrases`` (token tuples)."""
    for phrase in phrases:
        size = len(phrase)
        for k in range(len(words) - size + 1):
            if tuple(words[k : k + size]) == phrase:
                return True
    return False
