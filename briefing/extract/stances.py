"""Stances: who opposes, supports or has not decided about whom.

For every stance cue of the lexicon found in a sentence, the roles come from
the sentence's shape around the cue:

* the *actor* is the nearest group of actors before the cue in its clause
  ("Japan and the United States ... agreed"), the antecedent of a relative
  clause ("the Trump administration which has been urging ..."), the speaker
  of a reported clause ("Pompeo said that ..."), or the subject of a sentence
  whose later clause holds the cue;
* the *target* is the first group of actors after the cue;
* a passive ("Japan was favored by the Five Eyes") swaps them;
* a negation ("will not ban") drops an oppose cue and turns support into
  oppose; a mutual cue ("agreed to cooperate") gives a stance each way;
* a person's stance is reported for the country or organization they speak
  for, with the person kept as ``via``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from ..lexicon import lexicon, words
from ..models import Entity, Stance
from ..registry import Registry
from .actors import ArticleActors, Mention, SentenceView

PARTY_TYPES = frozenset({"country", "company", "organization", "person"})
_BARRIER_WORDS = frozenset(
    """while whereas although though but because since after before when if unless
    which who whom whose that according where so by despite""".split()
)
_LEFT_ONLY_BARRIERS = frozenset({"by"})
_BARRIER_MARKS = frozenset(";:—–()[]")
# what may stand between a speech verb and the clause it introduces
_BARRIER_OR_THAT = _BARRIER_MARKS | {"that", ","}
_SPEECH = frozenset(
    """said says say told argued argues announced announces noted notes
    added stated claimed insisted warned believes thinks confirmed ruled decided ordered
    concluded declared recommended""".split()
)
_URGE = frozenset(
    """urge urges urged urging lobby lobbies lobbied lobbying press presses pressed
    pressing push pushes pushed pushing encourage encourages encouraged encouraging ask asks
    asked asking pressure pressures pressured pressuring persuade persuaded persuading tell
    told telling call called calling""".split()
)
_CONDITIONAL = frozenset("if unless".split())
_AUX = frozenset(
    """has have had will would could can may might must should is are was were
    been be long since later""".split()
)
_LEADING_SKIP = frozenset(
    """the both its their his her rival fellow incumbent local national
    state-owned state-controlled""".split()
)
_CLAUSE_VERBS = frozenset(
    """has had have is are was were will would could can should said says
    told plans wants""".split()
)
_APPOSITIVE = frozenset("the a an which who where whose its their controlled owned based".split())
_PRONOUN_SUBJECTS = frozenset("it they he she we".split())
_BE = frozenset("is are was were be been being get gets got getting".split())
_SKIPPABLE = frozenset("then also already even further reportedly now not".split())
_COORDINATION = frozenset({",", "and", "&", "or"})
_JOINING = frozenset("the together with as well along".split())
_PREPOSITIONS = frozenset("by to from of with in at on for according about than".split())
_IRREGULAR_PARTICIPLES = frozenset("chosen forbidden taken shut struck sought".split())
# unions asked for token by token, made once
_SKIPPABLE_OR_AUX = _SKIPPABLE | _AUX
_COORDINATION_OR_WITH = _COORDINATION | {"with", "well"}


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    position: str
    mutual: bool | str = False  # True: a group agrees; "pair": both sides even when one is named
    active: bool = False
    implicit: bool = False
    reverse: bool = False
    gap: int = 12


@cache
def _cues() -> tuple[
    tuple[Cue, ...],
    frozenset[str],
    int,
    dict[str, tuple[tuple[Cue, re.Pattern[str] | None, re.Pattern[str] | None], ...]],
]:
    data = lexicon("stances")
    cues = []
    for entry in data.get("cues") or []:
        cues.append(
            Cue(
                pattern=re.compile(rf"(?:{entry['pattern']})(?![\w])", re.IGNORECASE),
                position=entry["position"],
                mutual=entry.get("mutual") or False,
                active=bool(entry.get("active")),
                implicit=bool(entry.get("implicit")),
                reverse=bool(entry.get("reverse")),
                gap=int(entry.get("gap", 12)),
            )
        )
    # Each word is tried only against the cues whose first word it can be.
    by_letter: dict[str, list[tuple[Cue, re.Pattern[str] | None, re.Pattern[str] | None]]] = {}
    for cue, entry in zip(cues, data.get("cues") or [], strict=True):
        first_word = _first_word(entry["pattern"])
        prefix = None if first_word else _word_prefix(entry["pattern"])
        for letter in _first_letters(entry["pattern"]):
            by_letter.setdefault(letter, []).append((cue, first_word, prefix))
    return (
        tuple(cues),
        words("stances", "negators"),
        int(data.get("negation_window", 4)),
        {k: tuple(v) for k, v in by_letter.items()},
    )


def _first_word(pattern: str) -> re.Pattern[str] | None:
    """A regex for the first word of ``pattern`` when it can be cut out safely."""
    depth = 0
    for index, char in enumerate(pattern):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == " " and depth == 0:
            head = pattern[:index]
            break
    else:
        head = pattern
    if " " in head or "-" in head or "?=" in head or "\\" in head or depth < 0:
        return None
    try:
        return re.compile(rf"(?:{head})", re.IGNORECASE)
    except re.error:
        return None


_WORD_CHAR = re.compile(r"\w")


def _word_prefix(pattern: str) -> re.Pattern[str] | None:
    """A regex a token must start with for ``pattern`` to match at it, for the
    cues whose first word cannot be cut out ("exclu(de|sion of)" needs "exclu").

    Only the pattern's leading literal word characters are kept: a token that
    starts with a word character holds the whole run of them, so the prefix
    lies inside the token. None when some branch has no such prefix."""
    try:
        import re._parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse  # type: ignore[no-redef]

    def prefixes(items: list) -> tuple[list[str], bool]:  # type: ignore[type-arg]
        """(the literal starts of a match, whether ``items`` were all literal)"""
        out = [""]
        for op, arg in items:
            name = str(op)
            if name == "LITERAL" and _WORD_CHAR.fullmatch(chr(arg)):
                out = [p + chr(arg) for p in out]
                continue
            if name in ("ASSERT", "ASSERT_NOT", "AT"):
                continue  # consumes nothing
            if name == "SUBPATTERN":
                branches = [list(arg[-1])]
            elif name == "BRANCH":
                branches = [list(branch) for branch in arg[1]]
            else:
                return out, False
            inner = [prefixes(branch) for branch in branches]
            out = [p + q for p in out for starts, _ in inner for q in starts]
            if len(out) > 200 or not all(whole for _, whole in inner):
                return out, False
        return out, True

    try:  # the parser is CPython's own: should its shape change, no filter
        starts, _ = prefixes(list(sre_parse.parse(pattern, re.IGNORECASE)))
    except Exception:  # pragma: no cover
        return None
    if not starts or "" in starts or len(starts) > 200:
        return None
    return re.compile("|".join(re.escape(s) for s in sorted(set(starts))), re.IGNORECASE)


@cache
def _candidates_for(text: str) -> tuple[Cue, ...]:
    """The cues that may start at a token (cached per distinct token text)."""
    by_letter = _cues()[3]
    word = text.lower()
    return tuple(
        cue
        for cue, first, prefix in by_letter.get(word[:1], ())
        if (first.fullmatch(word) if first else prefix is None or prefix.match(text))
    )


_ANY = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _first_letters(pattern: str) -> frozenset[str]:
    """Lowercase characters a match of ``pattern`` can start with (all if unsure)."""
    try:
        import re._parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse  # type: ignore[no-redef]

    def first(items: list) -> frozenset[str] | None:  # type: ignore[type-arg]
        out: set[str] = set()
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                return frozenset(out | {chr(arg).lower()})
            if name == "SUBPATTERN":
                inner = first(list(arg[-1]))
                if inner is None:
                    return None
                return frozenset(out | inner)
            if name == "BRANCH":
                union: set[str] = set()
                for branch in arg[1]:
                    inner = first(list(branch))
                    if inner is None:
                        return None
                    union |= inner
                return frozenset(out | union)
            if name in ("MAX_REPEAT", "MIN_REPEAT"):
                low, _, body = arg
                inner = first(list(body))
                if inner is None:
                    return None
                out |= inner
                if low > 0:
                    return frozenset(out)
                continue
            if name in ("ASSERT", "ASSERT_NOT", "AT"):
                continue
            return None
        return frozenset(out)

    found = first(list(sre_parse.parse(pattern, re.IGNORECASE)))
    return found if found else _ANY


@dataclass
class _Found:
    cue: Cue
    start: int  # token indices
    end: int
    text: str


class _Sentence:
    def __init__(self, view: SentenceView, parties: list[Mention]) -> None:
        self.view = view
        # the lowercase token at an index, "" outside the sentence (bound once: asked
        # for many times a sentence)
        self.lower = view.lower
        self.parties = parties
        self.at = {m.start: m for m in parties}
        # "Sweden's Ericsson": the party after a possessive modifier, by the modifier's start
        self.modified: dict[int, Mention] = {}
        for m in view.mentions:
            if m.role == "modifier":
                after = m.end + (1 if view.lower(m.end) in ("'s", "’s") else 0)
                if after in self.at:
                    self.modified[m.start] = self.at[after]

    def is_barrier(self, i: int, leftward: bool = True) -> bool:
        text = self.view.words[i]
        low = self.view.lows[i]
        if not leftward and low in _LEFT_ONLY_BARRIERS:
            return False  # "technology made by either firm"
        if text in _BARRIER_MARKS or low in _BARRIER_WORDS:
            return not (low == "that" and self.lower(i + 1) in {"of", "is"})
        if text == ",":
            return not self.list_comma(i)
        return False

    def list_comma(self, i: int) -> bool:
        """A comma between two actors of a list ("the US, the UK")."""
        last = next((m for m in self.parties if m.end == i), None)
        if last is None:
            return False
        k = last.start - 1
        if self.lower(k) == "the":
            k -= 1
        if self.lower(k) in _PREPOSITIONS:
            return False  # "a report by Reuters, the Japanese government ...": no list
        j = i + 1
        while self.lower(j) in {"the", "and"}:
            j += 1
        return j in self.at

    def group_ending_before(self, end: int) -> list[Mention]:
        """The coordinated group whose last member is the party nearest before ``end``."""
        i = end - 1
        while i >= 0:
            if self.is_barrier(i) or (
                self.lower(i) in _SPEECH and self.lower(i + 1) in _PRONOUN_SUBJECTS | {"that"}
            ):
                return []
            hit = next((m for m in self.parties if m.start <= i < m.end), None)
            if hit and hit.role in ("actor", "agent"):
                return self.extend_left(hit)
            i -= 1
        return []

    def extend_left(self, last: Mention) -> list[Mention]:
        group = [last]
        i = last.start - 1
        while i >= 0:
            j = i
            while j >= 0 and (self.lower(j) in _COORDINATION or self.lower(j) == "the"):
                j -= 1
            if j == i:
                break
            if not any(self.lower(k) in _COORDINATION for k in range(j + 1, i + 1)):
                break
            prev = next((m for m in self.parties if m.end == j + 1), None)
            if prev is None or prev.role not in ("actor", "agent"):
                break
            before = self.lower(prev.start - 1)
            if before == "the":
                before = self.lower(prev.start - 2)
            if before in _PREPOSITIONS:
                break  # "a report by Reuters, the Japanese government ..."
            group.insert(0, prev)
            i = prev.start - 1
        return _same_span(group, self.parties)

    def group_starting_after(self, start: int, limit: int) -> list[Mention]:
        """The first group of parties after ``start``, within ``limit`` tokens."""
        i = start
        end = min(len(self.view.words), start + limit + 1)
        while i < end:
            if i > start and self.is_barrier(i, leftward=False):
                return []
            first = self.at.get(i) or self.modified.get(i)
            if (
                first
                and first.role == "object"
                and any(
                    m.role in ("actor", "agent") and first.end <= m.start < end
                    for m in self.parties
                )
            ):
                i = first.end  # "restricting US exports to the company": the company
                continue
            if first and first.role in ("actor", "agent", "object"):
                return self.extend_right(first, targets=True)
            i += 1
        return []

    def clause_start(self, end: int) -> int:
        """Index of the barrier that opens the clause ending at ``end`` (-1: none)."""
        i = end - 1
        while i >= 0 and not self.is_barrier(i):
            i -= 1
        return i

    def extend_right(self, first: Mention, targets: bool = False) -> list[Mention]:
        group = [first]
        i = first.end
        while i < len(self.view.words):
            j = i
            while self.lower(j) in _COORDINATION or self.lower(j) in _JOINING:
                j += 1
            if j == i or not any(self.lower(k) in _COORDINATION_OR_WITH for k in range(i, j)):
                break
            nxt = self.at.get(j) or self.modified.get(j)
            if nxt is None or nxt.role not in ("actor", "agent", "object"):
                break
            joiner = {self.lower(k) for k in range(i, j)}
            if targets and "," in joiner and self.lower(nxt.end) in _CLAUSE_VERBS:
                break  # "... the company, and Washington had spent years ..."
            if "," in joiner and nxt.kind == "demonym":
                break  # an appositive: "Telenor, the Norwegian operator, ..."
            group.append(nxt)
            i = nxt.end
        return _same_span(group, self.parties)

    def leading_group(self) -> list[Mention]:
        """The sentence's subject when it opens the sentence ("Japan and the US plan ...")."""
        i = 0
        words = self.view.words
        # skip a short introduction: "Last week,", "As a result,"
        for k in range(min(7, len(words))):
            if words[k] == ",":
                if not any(m.start < k for m in self.parties):
                    i = k + 1
                break
        while i < 4 and self.lower(i) in _LEADING_SKIP:
            i += 1
        first = self.at.get(i)
        if first is None or first.role not in ("actor", "agent"):
            return []
        group = self.extend_right(first)
        after = group[-1].end if group else i
        if self.lower(after) in {"'s", "’s"}:
            return []
        if self.lower(after) == "," and not (
            self.lower(after + 1) in _APPOSITIVE or self.lower(after + 1).islower()
        ):
            return []
        return group


def _same_span(group: list[Mention], parties: list[Mention]) -> list[Mention]:
    """Add mentions sharing a span with a group member ("them both" -> two)."""
    spans = {(m.start, m.end) for m in group}
    return [m for m in parties if (m.start, m.end) in spans]


def _is_passive(sentence: _Sentence, found: _Found) -> bool:
    if found.cue.active:
        return False
    word = sentence.view.lows[found.start]
    if not (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES):
        return False
    i = found.start - 1
    while i >= 0 and (sentence.lower(i) in _SKIPPABLE or sentence.lower(i).endswith("ly")):
        i -= 1
    return sentence.lower(i) in _BE


@cache
def _split_negators(negators: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """(single words, phrases): a word is looked for among the words, a phrase in the text."""
    return (
        frozenset(n for n in negators if " " not in n),
        tuple(n for n in negators if " " in n),
    )


def _negated(sentence: _Sentence, found: _Found, negators: frozenset[str], window: int) -> bool:
    lows = sentence.view.lows[max(0, found.start - window) : found.start]
    text = " ".join(lows)
    single, phrases = _split_negators(negators)
    return (
        not single.isdisjoint(lows)
        or any(phrase in text for phrase in phrases)
        or text.endswith("n't")
        or "’t" in text.split()[-1:]
    )


class StanceFinder:
    def __init__(self, found: ArticleActors, registry: Registry) -> None:
        self.found = found
        self.registry = registry
        self.entities: dict[str, Entity] = found.entities
        self.cues, self.negators, self.window, _ = _cues()

    def type_of(self, entity_id: str) -> str:
        entity = self.entities.get(entity_id) or self.registry.get(entity_id)
        return entity.type if entity else ""

    def speaker_side(self, entity_id: str) -> tuple[str, str | None]:
        """A person stands for their country or organization: (actor, via)."""
        entity = self.entities.get(entity_id) or self.registry.get(entity_id)
        if entity is None or entity.type != "person" or not entity.affiliation:
            return entity_id, None
        # an executive speaks for the company; an official for the government
        if entity.org and self.type_of(entity.org) == "company":
            return entity.org, entity_id
        country = entity.country or self.country_of(entity.org)
        return (country or entity.affiliation), entity_id

    def country_of(self, entity_id: str | None) -> str | None:
        entity = (
            (self.entities.get(entity_id) or self.registry.get(entity_id)) if entity_id else None
        )
        if entity is None:
            return None
        if entity.type == "country":
            return entity.id
        return entity.country

    def cue_matches(self, view: SentenceView) -> list[_Found]:
        text, words, starts = view.text, view.words, view.starts
        raw: list[tuple[int, int, Cue, str]] = []
        for index, word in enumerate(words):
            for cue in _candidates_for(word):
                match = cue.pattern.match(text, starts[index])
                if match is None:
                    continue
                # a cue ends where a token does: the one holding its last character
                end = match.end()
                last = bisect_right(starts, end - 1) - 1
                if starts[last] + len(words[last]) == end:
                    raw.append((index, last + 1, cue, match.group()))
        raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
        out: list[_Found] = []
        taken = -1
        undecided_end = -10
        for start, end, cue, text in raw:
            if start < taken:
                continue
            if (
                undecided_end >= 0
                and start >= undecided_end
                and not any(
                    view.words[k] in {";", ".", ":"} or view.lows[k] in {"but", "while"}
                    for k in range(undecided_end, start)
                )
            ):
                continue  # the matter still undecided: "weighing whether to let X use Y"
            out.append(_Found(cue, start, end, text))
            taken = end
            if cue.position == "undecided":
                undecided_end = end
        return out

    def run(self) -> list[Stance]:
        stances: list[Stance] = []
        previous_targets: list[str] = []
        for number, view in enumerate(self.found.views):
            if view.text.rstrip("”\"' ").endswith("?"):
                continue
            parties = [
                m
                for m in view.mentions
                if self.type_of(m.entity) in PARTY_TYPES and m.role in ("actor", "agent", "object")
            ]
            sentence = _Sentence(view, parties)
            made: list[Stance] = []
            for found in self.cue_matches(view):
                made.extend(self.stances_for(number, sentence, found, previous_targets))
            stances.extend(made)
            recent = [m.entity for m in parties if self.type_of(m.entity) in ("company", "country")]
            previous_targets = [s.target for s in made] + recent[::-1]
        return stances

    def stances_for(
        self, number: int, sentence: _Sentence, found: _Found, previous: list[str]
    ) -> list[Stance]:
        cue = found.cue
        position = cue.position
        if _negated(sentence, found, self.negators, self.window):
            if position != "support":
                return []
            position = "oppose"
        opener = sentence.clause_start(found.start)
        if opener >= 0 and sentence.lower(opener) in _CONDITIONAL:
            return []  # hypothetical: "... if Brazil allowed the company"
        if sentence.lower(found.start - 1) == "of" and sentence.lower(found.start).endswith("ing"):
            return []  # someone else's act: "suspects the companies of allowing ..."
        subjects = self.subjects(sentence, found)
        if _is_passive(sentence, found):
            by = found.end
            while (
                by < len(sentence.view.words) and by - found.end <= 4 and sentence.lower(by) != "by"
            ):
                by += 1
            agents = sentence.group_starting_after(by + 1, 4) if sentence.lower(by) == "by" else []
            if not agents:
                agents = [
                    m
                    for m in sentence.view.mentions
                    if found.end <= m.start <= found.end + 4
                    and sentence.lower(m.start - 1) in {"of", "from", "in"}
                    and self.type_of(m.entity) == "country"
                ][:1]
            if not agents:
                return []
            subjects, targets = agents, subjects
        else:
            # a target may sit inside a cue: "added HMN Tech to its Entity List"
            targets = sentence.group_starting_after(
                found.start + 1, cue.gap + found.end - found.start - 1
            )
            if (
                position == "undecided"
                and targets
                and sentence.lower(targets[0].start - 1)
                in {"let", "allow", "allowing", "permit", "letting"}
            ):
                # "weighing whether to let Spark use Huawei kit": the matter is Huawei
                later = sentence.group_starting_after(max(t.end for t in targets), 6)
                targets = later or targets
            if cue.mutual and not targets and self.lower_is(sentence, found.end, {"between", "of"}):
                targets = sentence.group_starting_after(found.end + 1, 3)
            if not targets and any(
                sentence.lower(k) in {"each", "one"}
                and sentence.lower(k + 1) in {"other", "another"}
                for k in range(found.end, min(found.end + 4, len(sentence.view.words)))
            ):
                cue = Cue(cue.pattern, cue.position, mutual=True)  # "compete with each other"
        if cue.reverse:
            subjects, targets = targets, subjects  # "X received a loan from Y": Y -> X
        actor_ids = _unique(m.entity for m in subjects)
        target_ids = [t for t in _unique(m.entity for m in targets)]
        if not target_ids and cue.implicit and previous:
            target_ids = [t for t in previous[:1] if t not in actor_ids]
        pairs: list[tuple[str, str]] = []
        if cue.mutual and len(actor_ids) >= 2:
            pairs = [(a, b) for a in actor_ids for b in actor_ids if a != b]
        elif cue.mutual == "pair" and actor_ids and target_ids:
            pairs = [(a, t) for a in actor_ids for t in target_ids if a != t]
            pairs += [(t, a) for a, t in pairs]
        elif cue.mutual and not actor_ids and len(target_ids) >= 2:
            # "cooperation between India and Japan"
            pairs = [(a, b) for a in target_ids for b in target_ids if a != b]
        else:
            pairs = [(a, t) for a in actor_ids for t in target_ids if a != t]
        evidence = sentence.view.text
        out = []
        for actor, target in pairs:
            side, via = self.speaker_side(actor)
            target_side, _ = self.speaker_side(target)
            if side == target_side:
                continue
            out.append(
                Stance(
                    actor=side,
                    target=target_side,
                    position=position,
                    evidence=evidence,
                    sentence=number + 1,
                    via=via,
                    trigger=found.text.lower(),
                )
            )
        return out

    def coordinated_subject(self, sentence: _Sentence, found: _Found) -> list[Mention]:
        """ "The US banned Huawei and (has) barred ZTE": the first verb's subject."""
        k = found.start - 1
        while k >= 0 and (
            sentence.lower(k).endswith("ly") or sentence.lower(k) in _SKIPPABLE_OR_AUX
        ):
            k -= 1
        if k < 1 or sentence.lower(k) != "and" or sentence.lower(k - 1) == ",":
            return []
        if any(m.end == k for m in sentence.parties):
            return []  # "Japan and the US agreed": a coordinated subject, not two verbs
        opener = sentence.clause_start(k)
        for start in range(opener + 1, k):
            first = sentence.at.get(start)
            if first and first.role in ("actor", "agent"):
                group = sentence.extend_right(first)
                return group if max(m.end for m in group) < k else []
        return []

    def past_urged(self, sentence: _Sentence, group: list[Mention]) -> list[Mention]:
        """ "Washington lobbied Brasília to exclude Huawei": the urger acts, not the urged."""
        first = min(m.start for m in group)
        k = first - 1
        while k >= 0 and sentence.lower(k) in {"the", "its", "their", "some", "of", "on"}:
            k -= 1
        if k >= 0 and sentence.lower(k) in _URGE:
            if sentence.lower(k - 1) == "and":
                return sentence.leading_group() or group
            urger = sentence.group_ending_before(k)
            return urger or self.speaker_before(sentence, k)
        return group

    def speaker_before(self, sentence: _Sentence, verb: int) -> list[Mention]:
        """The subject of the verb at ``verb``: "Vivo, controlled by X, said", "X said"."""
        if sentence.lower(verb - 1) == "and":
            return sentence.leading_group()  # "Telenor selected Ericsson ... and said"
        if sentence.lower(verb - 1) == ",":
            previous = next(
                (
                    k
                    for k in range(verb - 2, max(-1, verb - 16), -1)
                    if sentence.view.words[k] == ","
                ),
                None,
            )
            if previous is not None:
                group = sentence.group_ending_before(previous)
                if group:
                    return group
            return sentence.leading_group()
        return sentence.group_ending_before(verb)

    def speaker_in_clause(self, sentence: _Sentence, found: _Found) -> list[Mention] | None:
        """ "X said it would phase out Y": the speaker is the actor."""
        opener = sentence.clause_start(found.start)
        for k in range(max(0, opener - 4, found.start - 12), found.start):
            if (
                k >= 0
                and sentence.lower(k) in _SPEECH
                and (
                    sentence.lower(k + 1) in _PRONOUN_SUBJECTS
                    or sentence.lower(k + 1) in {"that", "in", "on", "last", "this"}
                )
            ):
                group = self.speaker_before(sentence, k)
                if group:
                    return group
        return None

    @staticmethod
    def lower_is(sentence: _Sentence, index: int, options: set[str]) -> bool:
        return sentence.lower(index) in options

    def subjects(self, sentence: _Sentence, found: _Found) -> list[Mention]:
        coordinated = self.coordinated_subject(sentence, found)
        if coordinated:
            return coordinated
        group = sentence.group_ending_before(found.start)
        if group:
            return self.past_urged(sentence, group)
        speaker = self.speaker_in_clause(sentence, found)
        if speaker is not None:
            return speaker
        k = found.start - 1
        while k >= 0 and (sentence.lower(k).endswith("ly") or sentence.lower(k) in _SKIPPABLE):
            k -= 1
        first_word = sentence.view.lows[found.start]
        if k >= 0 and (
            sentence.lower(k) == "and" or (sentence.lower(k) == "," and first_word.endswith("ing"))
        ):
            lead = sentence.leading_group()  # "Huawei denied ... and challenged the FCC"
            if lead:
                return lead
        # the antecedent of "which"/"who", or the speaker of "said that"
        i = found.start - 1
        while i >= 0 and not sentence.is_barrier(i):
            i -= 1
        if i >= 0:
            low = sentence.lower(i)
            if low in {"which", "who", "that"}:
                j = i - 1
                if sentence.lower(j) == ",":
                    j -= 1
                hit = next((m for m in sentence.parties if m.end == j + 1), None)
                if sentence.lower(i + 1) in _PRONOUN_SUBJECTS or (i + 1) in sentence.at:
                    hit = None  # "Huawei, which it has barred": the clause has its own subject
                elif hit is None and sentence.lower(i - 1) == ",":
                    # past an appositive: "X, the state-owned incumbent, which ..."
                    comma = next(
                        (k for k in range(i - 2, max(-1, i - 10), -1) if sentence.lower(k) == ","),
                        None,
                    )
                    if comma is not None:
                        hit = next((m for m in sentence.parties if m.end == comma), None)
                if hit and hit.role in ("actor", "agent"):
                    return sentence.extend_left(hit)
            k = i
            while k >= 0 and sentence.view.words[k] in _BARRIER_OR_THAT:
                k -= 1
            if k >= 0 and sentence.lower(k) in _SPEECH:
                return sentence.group_ending_before(k)
        # "To counter X, Japan and the US ..."
        if found.start <= 2 and sentence.lower(found.start - 1) == "to":
            comma = next(
                (
                    k
                    for k in range(found.end, len(sentence.view.words))
                    if sentence.view.words[k] == ","
                ),
                None,
            )
            if comma is not None:
                first = sentence.at.get(comma + 1) or sentence.at.get(comma + 2)
                if first and first.role in ("actor", "agent"):
                    return sentence.extend_right(first)
        if i >= 0 and sentence.view.words[i] == ",":
            return sentence.leading_group()
        return []


def _unique(items: object) -> list[str]:
    out: list[str] = []
    for item in items:  # type: ignore[attr-defined]
        if item not in out:
            out.append(item)
    return out


def dedupe(stances: list[Stance]) -> list[Stance]:
    """One stance per (actor, target, position): the first evidence wins."""
    seen: dict[tuple[str, str, str], Stance] = {}
    for stance in stances:
        seen.setdefault(stance.key, stance)
    return list(seen.values())


def find_stances(found: ArticleActors, registry: Registry) -> list[Stance]:
    return dedupe(StanceFinder(found, registry).run())
