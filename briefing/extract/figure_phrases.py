"""What a figure measures: a noun phrase read from the words around it.

No parser: a word's classes (noun, verb, adjective) come from lemminflect's
lexicon, and the function words from ``data/lexicon/figures.yaml``. The
shapes read, in order:

- the figure before its noun: "a €1.2 billion fine on Meta" -> "fine on Meta";
- the figure before "in" or "of": "$1.4 billion in penalties" -> "penalties",
  "15% of their chip revenue" -> "share of chip revenue";
- the figure after its subject and a copula: "the average request is about
  $31 million" -> "average request";
- the figure after a noun and a link: "a fine of €2.4 billion on Acme", "a
  loan worth $5 million to Chad", "the duties on steel to 50%" -> "fine on
  Acme", "loan to Chad", "duties on steel";
- a figure parallel to the one before it takes that one's noun: "47.5 billion
  won on Acme and 20.5 billion won on Beta" -> "fine on Beta";
- otherwise the clause as a relative one, after a head word: "Japan has
  committed $2 billion for it" -> "amount Japan has committed for it"; "the
  decision was expected in 2019" -> "year in which the decision was expected";
- a year before its noun dates it ("the 2022 elections" -> "elections");
- a count is its noun, with the verb it is the subject or object of:
  "Acme placed five firms on its list" -> "firms Acme placed on its list".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lemminflect import getAllLemmas

_PUNCTUATION = "\"“”‘’'()[]{},.;:!?"
_NOUNISH = frozenset({"NOUN", "ADJ", "PROPN"})


@dataclass(frozen=True)
class PhraseWords:
    heads: dict[str, str]  # kind -> the head of a relative phrase ("amount")
    determiners: frozenset[str]
    stops: frozenset[str]  # words no noun phrase holds
    calendar: frozenset[str]
    links: tuple[tuple[str, ...], ...]  # "of", "worth", "valued at", longest first
    adverbials: tuple[tuple[str, ...], ...]  # "to date", "so far": no part of a subject
    copulas: tuple[tuple[str, ...], ...]
    auxiliaries: frozenset[str]  # "has", "will", "was"
    adverbs: frozenset[str]  # between an auxiliary and its verb: "also", "first"
    prepositions: frozenset[str]  # that open a phrase after a noun
    openers: frozenset[str]  # words a relative phrase does not start with
    not_measured: frozenset[str]  # nouns that say when or how, not what: "in response"
    parallels: frozenset[str]  # "and", "from": between two figures of one thing
    joins: frozenset[str]  # "of", "and" inside a noun phrase
    inner_links: frozenset[str]  # prepositions inside a subject: "value of the goods"
    comparatives: frozenset[str]  # "more", "less": a multiple's comparison follows
    numbers: frozenset[str]  # number and scale words: no noun phrase holds them
    times: frozenset[str]  # "week" in "last week": no subject holds them
    pronouns: frozenset[str]  # subjects: "it will spend"
    spans: frozenset[str]  # "next" in "over the next five years"
    range_ends: dict[str, str]  # the head of a range's start -> that of its end
    year_relatives: dict[str, str]  # a word before a year -> "year in which"
    month_relatives: dict[str, str]
    duration_relatives: dict[str, str]


def _split(items: Any) -> tuple[tuple[str, ...], ...]:
    """Multi-word items as word tuples, longest first."""
    return tuple(sorted((tuple(str(i).lower().split()) for i in items), key=len, reverse=True))


def _lower(items: Any) -> frozenset[str]:
    return frozenset(str(i).lower() for i in items)


def phrase_words(data: dict[str, Any]) -> PhraseWords:
    """The word lists of ``figures.yaml`` that phrases are read by."""
    phrases = data["phrases"]
    return PhraseWords(
        heads={str(k): str(v) for k, v in phrases["heads"].items()},
        determiners=_lower(phrases["determiners"]),
        stops=_lower(data["count_stop_words"])
        | _lower(phrases["determiners"])
        | _lower(phrases["prepositions"])
        | _lower(phrases["openers"])
        | _lower(phrases["auxiliaries"]),
        calendar=_lower(data["months"]) | _lower(data["weekdays"]),
        links=_split(phrases["links"]),
        adverbials=_split(phrases["adverbials"]),
        copulas=_split(phrases["copulas"]),
        auxiliaries=_lower(phrases["auxiliaries"]),
        adverbs=_lower(phrases["adverbs"]),
        prepositions=_lower(phrases["prepositions"]),
        openers=_lower(phrases["openers"]),
        not_measured=_lower(phrases["not_measured"]),
        parallels=_lower(phrases["parallels"]),
        joins=_lower(phrases["joins"]),
        inner_links=_lower(phrases["inner_links"]),
        comparatives=_lower(phrases["comparatives"]),
        numbers=_lower(data["scales"]) | _lower(data["number_words"]),
        times=_lower(phrases["times"]),
        pronouns=_lower(phrases["pronouns"]),
        spans=_lower(phrases["spans"]),
        range_ends={str(k): str(v) for k, v in phrases["range_ends"].items()},
        year_relatives={str(k): str(v) for k, v in phrases["year_relatives"].items()},
        month_relatives={str(k): str(v) for k, v in phrases["month_relatives"].items()},
        duration_relatives={str(k): str(v) for k, v in phrases["duration_relatives"].items()},
    )


@lru_cache(maxsize=1 << 16)
def _classes(word: str) -> frozenset[str]:
    """The word classes lemminflect knows ``word`` (lowercase) in: NOUN, VERB..."""
    return frozenset(getAllLemmas(word))


@lru_cache(maxsize=1 << 16)
def _bare(word: str) -> str:
    """``word`` without the punctuation around it; an abbreviation keeps its
    dots ("U.S.")."""
    bare = word.strip(_PUNCTUATION)
    abbreviation = "." in bare or (len(bare) == 1 and bare.isupper())  # "U.S.", "E."
    if abbreviation and word.rstrip(_PUNCTUATION.replace(".", "")).endswith("."):
        return bare + "."
    return bare


@lru_cache(maxsize=1 << 16)
def _low(word: str) -> str:
    return _bare(word).lower()


def _nominal(word: str, w: PhraseWords) -> bool:
    """Whether ``word`` (as written) can stand in a noun phrase."""
    bare = _bare(word)
    low = bare.lower()
    if not low or low in w.stops or low in w.calendar or low in w.not_measured:
        return False
    if low in w.numbers:
        return False
    if not low[0].isalpha():
        return low[0].isdigit() and low[-1].isalpha()  # "5G", not "2024" nor "$72.6"
    if bare[0].isupper() or "-" in low:
        return True
    classes = _classes(low)
    return not classes or bool(classes & _NOUNISH) or low.endswith("ing")


def _verb(words: list[str], k: int, w: PhraseWords) -> bool:
    """Whether ``words[k]`` is a verb: one the lexicon knows as a verb and not
    as a noun, or any verb after an auxiliary or "to" ("will pay"); not one
    after a determiner ("its existing networks"), nor a form in -ing but after
    an auxiliary ("is building")."""
    low = _low(words[k])
    classes = _classes(low)
    if "VERB" not in classes or _bare(words[k])[:1].isupper():
        return False
    before = _low(words[k - 1]) if k > 0 else ""
    if before in w.auxiliaries or before == "to":
        return True
    return "NOUN" not in classes and before not in w.determiners and not low.endswith("ing")


def _noun_after(
    words: list[str], i: int, w: PhraseWords, determiners: bool, participle: bool = False
) -> tuple[list[str], int]:
    """The noun phrase opening at ``words[i]`` (with its determiners if
    ``determiners``; with a participle after it if ``participle``: "the total
    requested") and where it ends: "development and rollout of 5G"."""
    out: list[str] = []
    j = i
    while determiners and j < len(words) and _low(words[j]) in w.determiners:
        out.append(_bare(words[j]))
        j += 1
    start = len(out)
    while j < len(words) and len(out) < 8:
        word = words[j]
        follows = j + 1 < len(words) and _nominal(words[j + 1], w)
        if _participle(word) and not follows:
            break  # "based on", "located in": a participle after the noun
        if _nominal(word, w) or (_participle(word) and follows):  # "combined fines"
            out.append(_bare(word))
        elif (
            _low(word) in w.joins
            and len(out) > start
            and j + 1 < len(words)
            and _nominal(words[j + 1], w)
        ):
            out.append(_low(word))
        elif _low(word) in w.determiners and len(out) > start and _gerund(words[j - 1]):
            out.append(_low(word))  # "removing the gear": a gerund's object
        else:
            break
        j += 1
        if word.rstrip("”’\"'")[-1:] in ",;:)":
            break
    while len(out) > start and _low(out[-1]) in w.determiners:
        out.pop()  # "removing the" with no noun after
        j -= 1
    if participle and len(out) > start and j < len(words) and _participle(words[j]):
        out.append(_bare(words[j]))
        j += 1
    return (out, j) if len(out) > start else ([], i)


def _gerund(word: str) -> bool:
    """Whether ``word`` is a verb in -ing: "removing"."""
    low = _low(word)
    return low.endswith("ing") and "VERB" in _classes(low)


def _participle(word: str) -> bool:
    """Whether ``word`` is a past participle of a verb only: "shipped"."""
    low = _low(word)
    return low.endswith("ed") and _classes(low) <= {"VERB", "ADJ"} and "VERB" in _classes(low)


def _adverb(word: str, w: PhraseWords) -> bool:
    low = _low(word)
    return low in w.adverbs or (low.endswith("ly") and "ADV" in _classes(low))


def _noun_before(words: list[str], end: int, w: PhraseWords, strict: bool = False) -> list[str]:
    """The noun phrase ending before ``words[end]``, read backwards: "extra
    provisional duties", "Huawei's share". If ``strict``, without a word that
    may be a verb after an auxiliary or an adverb ("did not mention Huawei")."""
    k = end - 1
    while k >= 0 and end - k <= 5 and _nominal(words[k], w) and not _verb(words, k, w):
        if (
            strict
            and k
            and "VERB" in _classes(_low(words[k]))
            and (_low(words[k - 1]) in w.auxiliaries or _adverb(words[k - 1], w))
        ):
            break
        k -= 1
    return [_bare(x) for x in words[k + 1 : end]]


def _attached(words: list[str], i: int, w: PhraseWords) -> list[str]:
    """The phrase after a noun that opens at ``words[i]`` with a preposition
    ("on Meta", "for the switch"), if any."""
    if i < len(words) and _low(words[i]) in w.prepositions:
        if _low(words[i]) == "to" and i + 1 < len(words) and _verb(words, i + 1, w):
            return []  # "to release the funds"
        noun, _ = _noun_after(words, i + 1, w, determiners=True)
        if noun:
            return [_low(words[i]), *noun]
    return []


def _ends_with(left: list[str], phrases: tuple[tuple[str, ...], ...]) -> int:
    """How many of the last words of ``left`` make one of ``phrases`` (0: none)."""
    lows = [_low(x) for x in left[-4:]]
    for phrase in phrases:
        if tuple(lows[-len(phrase) :]) == phrase:
            return len(phrase)
    return 0


def _without_determiners(words: list[str], w: PhraseWords) -> list[str]:
    k = 0
    while k < len(words) and _low(words[k]) in w.determiners:
        k += 1
    return words[k:]


def _subject_start(left: list[str], w: PhraseWords) -> int:
    """Where the clause that ``left`` ends begins its subject: before the
    nearest verb or auxiliary, the auxiliaries and adverbs before it ("has
    also", "plans to") and the noun phrase before them; the clause's start
    if there is no verb."""
    for v in range(len(left) - 1, -1, -1):
        if _low(left[v]) in w.auxiliaries or _verb(left, v, w):
            break
    else:
        return _opening(left, 0, w)
    k = v - 1
    while k >= 0:
        if _low(left[k]) in w.auxiliaries or _adverb(left[k], w):
            k -= 1
        elif _low(left[k]) == "to" and k > 0:
            if "VERB" in _classes(_low(left[k - 1])):
                k -= 2  # "plans to", "agreed to"
            else:
                k -= 1  # "operators to remove": the subject is the noun before "to"
                break
        else:
            break
    if k >= 0 and _low(left[k]) in w.pronouns:
        return k  # "it will spend"
    start = k + 1
    while start > 0 and (
        (
            _nominal(left[start - 1], w)
            and not _verb(left, start - 1, w)
            and _low(left[start - 1]) not in w.times
        )
        or (_low(left[start - 1]) in w.joins and start - 1 < k)
    ):
        start -= 1
    while start < k and _low(left[start]) in w.joins:
        start += 1
    if start > 0 and _low(left[start - 1]) in w.determiners:
        start -= 1
    return _opening(left, start, w)


def _subject_before(words: list[str], w: PhraseWords) -> list[str]:
    """The subject that ends ``words``, determiners left out: "value of
    merchandise shipped" in "the value of merchandise shipped", "highest fine"
    in "the highest fine to date"."""
    end = len(words) - _ends_with(words, w.adverbials)
    k = end
    if k and _participle(words[k - 1]):
        k -= 1
    start = k
    inner = w.inner_links  # "value of the goods"
    while start > 0 and (
        _nominal(words[start - 1], w)
        or (_low(words[start - 1]) in inner and start < k)
        or (  # "value of the goods"
            _low(words[start - 1]) in w.determiners
            and start > 1
            and _low(words[start - 2]) in inner
        )
    ):
        start -= 1
    while start < k and _low(words[start]) in inner:
        start += 1
    if start == k:
        return []
    return [_bare(x) for x in words[start:end]]


def _opening(words: list[str], start: int, w: PhraseWords) -> int:
    """``start``, past the conjunctions a relative phrase does not open with."""
    while start < len(words) and _low(words[start]) in w.openers:
        start += 1
    return start


def _sentence_case(words: list[str], w: PhraseWords) -> str:
    """The words joined, a capitalized determiner first lowered ("The" -> "the")."""
    if words and _low(words[0]) in w.determiners:
        words = [words[0].lower(), *words[1:]]
    return " ".join(_bare(x) if x.strip(_PUNCTUATION) else x for x in words).strip()


def _relative(head: str, left: list[str], right: list[str], w: PhraseWords) -> str:
    """``head`` and the clause around the figure as a relative phrase: "amount
    Japan has committed for the purpose"."""
    words = left[_subject_start(left, w) :]
    rest = right[:8]
    for k, word in enumerate(rest):
        if _low(word) in w.openers:
            rest = rest[:k]
            break
    return " ".join(x for x in (head, _sentence_case(words + rest, w)) if x)


def describe(
    kind: str,
    left: list[str],
    right: list[str],
    following: Sequence[str] = (),
    previous: Sequence[str] = (),
    antecedent: Sequence[str] = (),
    noun: str = "",
    month: bool = False,
    qualifier: str = "",
    parallel: str = "",
    *,
    lexicon: PhraseWords,
) -> str:
    """What a figure measures. ``left``: the words of its clause before it (its
    qualifier left out); ``right``: those after it; ``following``: the next
    clause's words and ``previous`` the last ones of the clause before (read
    when a year opens or closes its sentence: "In 2019, ...", "..., starting
    in 2026.");
    ``antecedent``: the words before the clause, if it opens with "which" or
    "who"; ``noun``: a count's noun; ``month``: whether a year's date names a
    month; ``qualifier``: the figure's ("over" in "over 10 years");
    ``parallel``: what the figure of the same kind before it in the sentence
    measures ("fine on Google" before "and 20.5 billion won on Apple");
    ``lexicon``: the word lists it reads by (:func:`phrase_words`)."""
    w = lexicon
    if antecedent:
        antecedent = list(antecedent)
        left = _noun_before(antecedent, len(antecedent), w, strict=True) + list(left)
    if kind == "count":
        return _count(noun, left, right, w)
    if kind == "year":
        return _year(left, right, list(following), list(previous), month, parallel, w)
    if kind == "duration":
        if qualifier in w.duration_relatives:
            return _relative(w.duration_relatives[qualifier], left, right, w)
        span = left
        if len(span) > 2 and _low(span[-1]) in w.spans and _low(span[-2]) == "the":
            span = span[:-2]  # "over the next five years"
        if span and _low(span[-1]) in w.duration_relatives:
            return _relative(w.duration_relatives[_low(span[-1])], span[:-1], right, w)
    return _measure(kind, left, right, w, parallel)


def _measure(
    kind: str, left: list[str], right: list[str], w: PhraseWords, parallel: str = ""
) -> str:
    """What an amount, a rate, a multiple or a span measures."""
    # "€51m, €24.5m and €18m respectively"
    alone = not right or _low(right[0]) in w.parallels or _adverb(right[0], w)
    if parallel and alone and (not left or _low(left[-1]) in w.parallels):
        return parallel  # "(loss of 3816 BTC, $5.3 million)"
    if (
        right
        and kind == "multiplier"
        and (_low(right[0]).endswith("er") or _low(right[0]) in w.comparatives)
    ):
        return " ".join(_bare(x) for x in right[:6])  # "faster than the 4G network"
    gerund = bool(right) and _low(right[0]).endswith("ing") and "VERB" in _classes(_low(right[0]))
    noun, j = ([], 0) if gerund else _noun_after(right, 0, w, determiners=False)
    if noun:  # "a €40m contract with Acme"; not "$80 million connecting islands"
        return " ".join(noun + _attached(right, j, w))
    measured = _measured(kind, right, w)
    if measured:
        return measured
    copula = _ends_with(left, w.copulas)
    if copula:  # "the average request is $31 million"
        subject = _subject_before(left[:-copula], w)
        if subject:
            return " ".join(subject)
    link = _ends_with(left, w.links)
    if link:  # "a fine of €2 billion on Acme", "the duties on steel to 50%"
        before = _subject_before(left[:-link], w)
        if before:
            return " ".join(before + _attached(right, 0, w))
    if parallel and left and _low(left[-1]) in w.parallels:
        # "a fine of 47.5 billion won on Google and 20.5 billion won on Apple"
        head = parallel.split(" (in ")[0].split()
        for k, word in enumerate(head):
            if head[0] in w.heads.values() or (k and word in w.prepositions):
                head = head[: max(k, 1)]  # "fine on Google" -> "fine"; "rate for Brazil" -> "rate"
                break
        return " ".join(head + _attached(right, 0, w))
    return _relative(w.heads[kind], left, right, w)


def _measured(kind: str, right: list[str], w: PhraseWords) -> str:
    """ "$1.4 billion in penalties" -> "penalties"; "15% of their revenue" ->
    "share of revenue"; "twice the value" -> "multiple of the value"."""
    if not right:
        return ""
    first = _low(right[0])
    if first == "worth" and len(right) > 1 and _low(right[1]) == "of":
        right, first = right[1:], "of"
    if first == "in" and len(right) > 1 and _low(right[1]) not in w.determiners:
        noun, j = _noun_after(right, 1, w, determiners=False)
        if noun and noun[-1][:1].islower():  # a measure, not a place: "in fees", not "in Oslo"
            return " ".join(noun + _attached(right, j, w))
    if first == "of" or (kind == "multiplier" and first in w.determiners):
        start = 1 if first == "of" else 0
        noun, j = _noun_after(right, start, w, determiners=True, participle=True)
        noun = _without_determiners(noun, w)
        if noun:
            share = {"percent": "share of ", "multiplier": "multiple of "}.get(kind, "")
            return share + " ".join(noun + _attached(right, j, w))
    return ""


def _year(
    left: list[str],
    right: list[str],
    following: list[str],
    previous: list[str],
    month: bool,
    parallel: str,
    w: PhraseWords,
) -> str:
    """What a year dates: the noun it qualifies ("the 2022 elections" ->
    "elections"), else its clause as a relative phrase ("year in which ...")."""
    if left and (_low(left[-1]) in w.determiners or left[-1].endswith(("'s", "’s"))):
        noun, j = _noun_after(right, 0, w, determiners=False)
        if noun:
            return " ".join(noun + _attached(right, j, w))
    if len(left) > 1 and _low(left[-1]) == "of":  # "a deadline of 2025 for removing ..."
        noun = _subject_before(left[:-1], w)
        if noun:
            return " ".join(noun + _attached(right, 0, w))
    before = list(left)
    if before and _low(before[-1]) in w.determiners:
        before.pop()  # "by the end of 2026"
    relatives = w.month_relatives | w.year_relatives if month else w.year_relatives
    head = "year"
    for size in (3, 2, 1):
        words = " ".join(_low(x) for x in before[-size:]) if len(before) >= size else ""
        if words in relatives:
            head = relatives[words]
            del before[-size:]
            break
    opens = ""  # the word opening the year's clause: "... said that in 2021, AMAT shipped"
    while before and _low(before[-1]) in w.prepositions | w.openers | {"or"}:
        if _low(before[-1]) in w.openers:
            opens = opens or _low(before[-1])
        before.pop()  # "on or before June 30, 2020"
    if parallel and opens in w.parallels:  # "between June 2016 and April 2018"
        for start, end in w.range_ends.items():
            if parallel.startswith(start):
                return end + parallel[len(start) :]
        return parallel
    if not opens and any(
        _verb(before, k, w) or _low(x) in w.auxiliaries for k, x in enumerate(before)
    ):
        return _relative(head, before, right, w)
    # "In 2019, ...", "back in 2020 the ...", "..., starting from the end of 2026."
    if right and _low(right[0]) not in w.openers:
        subject = (
            before if before and all(_nominal(x, w) and not _adverb(x, w) for x in before) else []
        )
        return _relative(head, subject, right, w)  # "Australia in 2018 agreed to ..."
    if following:
        return _relative(head, [], following, w)
    return _relative(head, previous or before, [], w)  # "... this year and in 2020."


def _count(noun: str, left: list[str], right: list[str], w: PhraseWords) -> str:
    """What a count counts: its noun, with the verb it is the subject of
    ("sailors killed in the attack") or the object of ("firms Acme placed on
    its list")."""
    attached = _attached(right, 0, w)
    rest = right[len(attached) :]
    k = 0
    while k < len(rest) and _low(rest[k]) in w.auxiliaries:
        k += 1
    if (k and k < len(rest) and _verb(rest, k, w)) or (rest and _participle(rest[0])):
        # "were killed in the attack", "allocated to Asia"
        tail: list[str] = []
        for word in rest[k : k + 7]:
            if tail and _low(word) in w.openers:
                break
            tail.append(_bare(word))
        return " ".join([noun, *attached, *tail])
    if left and _verb(left, len(left) - 1, w):
        return " ".join(
            x for x in (noun, _sentence_case(left[_subject_start(left, w) :], w)) if x
        ) + (" " + " ".join(attached) if attached else "")
    return " ".join([noun, *attached])
