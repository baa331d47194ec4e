"""Figures: money, percentages, multipliers, counts, deadline years, durations.

Each figure is normalized (``value``, ``unit``), keeps the qualifier it was
written with ("about", "less than"), and says what it measures (``of``) and,
where the sentence says, which actor it belongs to.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from ..lexicon import lexicon
from ..models import Figure
from ..text import any_word, fold_case
from .actors import SentenceView

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# (?<!\w), not \b, before the words: the same (each starts with a letter), and faster
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|(?<!\w)(?:while|but|whereas|although|which|who)\b", re.I)
_ANY_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_X_SPACE = re.compile(r"x\s")
_CENTURIES = frozenset({"19", "20", "21"})  # what the year pattern's numbers start with
_PRIORITY = {"money": 0, "percent": 1, "multiplier": 2, "duration": 3, "year": 4, "count": 5}


def _alternation(items: list[str]) -> str:
    return "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    money_before: re.Pattern[str]
    money_code_before: re.Pattern[str]
    money_after: re.Pattern[str]
    money_vague: re.Pattern[str]
    percent: re.Pattern[str]
    multiplier: re.Pattern[str]
    duration: re.Pattern[str]
    year: re.Pattern[str]
    count: re.Pattern[str]
    qualifier: re.Pattern[str]
    year_marker: re.Pattern[str]
    future: re.Pattern[str]
    symbol_codes: dict[str, str]  # a symbol in lowercase -> the first currency written so
    words: dict[str, str]
    scales: dict[str, float]
    vague: dict[str, float]
    numbers: dict[str, float]
    durations: dict[str, tuple[str, float]]
    count_exclusions: frozenset[str]
    number_word: re.Pattern[str]
    # Gates: strings (lowercase) one of which a sentence (in fold_case) must hold
    # for a pattern to match in it. A pattern scans every position of a
    # sentence, a gate is a few substring tests, and most sentences fail it.
    symbol_needles: tuple[str, ...]  # money_before
    vague_needles: tuple[str, ...]  # money_vague
    number_needles: tuple[str, ...]  # number_word
    duration_needles: tuple[str, ...]  # duration
    code_lengths: tuple[int, ...]  # money_code_before: the lengths of the codes
    codes: frozenset[str]


@cache
def _patterns() -> _Patterns:
    data = lexicon("figures")
    symbols = {str(k): str(v) for k, v in data["currency_symbols"].items()}
    # the symbols written before the amount ("kr" follows it: "100 kr")
    leading = [s for s in symbols if s != "kr"]
    codes = [str(c) for c in data["currency_codes"]]
    words_ = {str(k).lower(): str(v) for k, v in data["currency_words"].items()}
    scales = {str(k).lower(): float(v) for k, v in data["scales"].items()}
    vague = {str(k).lower(): float(v) for k, v in data["vague_scales"].items()}
    numbers = {str(k).lower(): float(v) for k, v in data["number_words"].items()}
    durations = {
        str(k).lower(): (str(v[0]), float(v[1])) for k, v in data["duration_units"].items()
    }
    long_scales = [s for s in scales if len(s) > 1]
    short_scales = [s for s in scales if len(s) == 1]
    scale = (
        rf"(?:\s?(?P<scale>{_alternation(long_scales)})\b"
        rf"|(?P<short>{_alternation(short_scales)})\b)"
    )
    num_or_word = rf"(?P<num>{_NUM})|(?P<word>{_alternation(list(numbers))})"
    return _Patterns(
        money_before=re.compile(
            rf"(?<![\w$])(?P<cur>{_alternation(leading)})\s?"
            rf"(?P<num>{_NUM}){scale}?",
            re.I,
        ),
        money_code_before=re.compile(
            rf"\b(?P<cur>{_alternation(codes)})\s?(?P<num>{_NUM}){scale}?"
        ),
        money_after=re.compile(
            rf"(?<![\w.,])(?P<num>{_NUM}){scale}?\s?(?:(?P<cur>{_alternation(codes)})\b|"
            rf"(?P<cword>{_alternation(list(words_))})\b)",
            re.I,
        ),
        money_vague=re.compile(
            rf"\b(?P<vague>{_alternation(list(vague))}) of "
            rf"(?P<cword>{_alternation(list(words_))})\b",
            re.I,
        ),
        percent=re.compile(
            rf"(?<![\w.,])(?P<num>{_NUM})\s?(?P<unit>%|percent\b|per cent\b|pct\b|"
            r"percentage points?\b)",
            re.I,
        ),
        multiplier=re.compile(
            rf"(?<![\w.,])(?:{num_or_word})(?:\s|-)?(?:times\s+(?=(?:\w+er|more|less|as|the|"
            r"over|faster|greater)\b)|fold\b|x\s+(?=(?:\w+er|more|less)\b))",
            re.I,
        ),
        duration=re.compile(
            rf"(?<![\w.,])(?:{num_or_word})(?:\s|-)(?P<unit>{_alternation(list(durations))})\b"
            r"(?!\s+(?:old|ago)\b|-old\b)",
            re.I,
        ),
        year=re.compile(r"(?<![\w.,$€£¥])(?P<num>19[5-9]\d|20\d\d|21\d\d)(?![\w%]|,\d|\.\d)"),
        count=re.compile(
            rf"(?<![\w.,$€£¥])(?P<num>{_NUM})(?:\s(?P<scale>million|billion|thousand))?"
            r"\s(?:of (?:the|its|their) \d+ )?(?P<noun>(?:[a-z][\w-]*\s){0,2}?"
            r"(?:[a-z][\w-]*s|people|staff|personnel|children|men|women))\b"
        ),
        qualifier=re.compile(
            rf"(?:^|\W)(?P<q>{_alternation([str(q) for q in data['qualifiers']])})\s+$", re.I
        ),
        year_marker=re.compile(
            rf"\b(?P<m>{_alternation([str(m) for m in data['year_markers']])})\s+"
            rf"(?:(?:the\s+)?(?:end|middle|start|beginning|first half|second half) of\s+)?"
            rf"(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?)?$",
            re.I,
        ),
        future=re.compile(
            rf"\b(?:{_alternation([str(m) for m in data['future_markers']])})\b", re.I
        ),
        symbol_codes=_first_by_lowercase(symbols),
        words=words_,
        scales=scales,
        vague=vague,
        numbers=numbers,
        durations=durations,
        count_exclusions=frozenset(str(w).lower() for w in data["count_exclusions"]),
        # a number word (a sentence without one, nor a number, holds no figure),
        # to look for in the sentence in fold_case
        number_word=any_word([w.lower() for w in [*numbers, *vague]]),
        symbol_needles=_needles(leading),
        # the pattern's space is a literal one
        vague_needles=_needles([f"{v} of " for v in vague]),
        number_needles=_needles(list(numbers) + list(vague)),
        duration_needles=_needles(list(durations)),
        # (none, so the pattern scans the text, if a code could end in a digit: then
        # the number after it need not start a run of digits)
        code_lengths=()
        if any(not c or _ANY_DIGIT.match(c[-1]) for c in codes)
        else tuple(sorted({len(c) for c in codes}, reverse=True)),
        codes=frozenset(codes),
    )


def _first_by_lowercase(table: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in table.items():
        out.setdefault(key.lower(), value)
    return out


def _needles(items: list[str]) -> tuple[str, ...]:
    """The lowercase strings a text holding one of ``items`` (ignoring case) holds
    one of: the items, less those that hold a shorter one ("US$" holds "$")."""
    lowered = sorted({i.lower() for i in items}, key=len)
    kept: list[str] = []
    for item in lowered:
        if not any(k in item for k in kept):
            kept.append(item)
    return tuple(kept)


def _any_in(needles: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` holds one of ``needles`` (a loop: twice as fast as any())."""
    for needle in needles:  # noqa: SIM110
        if needle in text:
            return True
    return False


_PAST_BEFORE_IN = re.compile(
    r"(?:\w+ed|said|says|told|made|won|took|came|went|began|set)\s*$", re.I
)


def _future_in(text: str, before: str, marker: re.Match[str], p: _Patterns) -> bool:
    """Whether "in <year>" is a target ("will be ready in 2025"), not a date."""
    if marker.group(0).strip().lower() != "in":
        return False  # "in November 2020": a date
    head = before[: len(before) - len(marker.group(0))]
    if not head.strip() or _PAST_BEFORE_IN.search(head):
        return False  # "In 2019, ..." / "said in 2020 that ..."
    return bool(p.future.search(text))


def _number(text: str) -> float:
    return float(text.replace(",", ""))


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    value: float
    unit: str


def _candidates(text: str, p: _Patterns) -> list[_Candidate]:
    found: list[_Candidate] = []
    runs = [m.span() for m in _DIGITS.finditer(text)]
    has_digit = bool(runs)
    low = fold_case(text)  # for the gates
    # a number that is not a network generation ("5G", "4G LTE"): a run of digits
    # not followed by "G" ...
    if not any(text[end : end + 1] != "G" for _, end in runs) and not (
        _any_in(p.number_needles, low) and p.number_word.search(low)  # ... or a number word
    ):
        return found  # no digit and no number word: nothing to find

    # where a run of digits starts: a match of a pattern that opens with its number
    # and forbids a word character before it can start nowhere else
    digit_runs = [start for start, _ in runs]

    def at(pattern: re.Pattern[str], starts: Iterable[int]) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text)`` finds, trying only at ``starts`` (in
        order): right when no match of the pattern can start elsewhere."""
        end = 0
        for start in starts:
            if start >= end and (match := pattern.match(text, start)):
                end = match.end()
                yield match

    def scale_of(match: re.Match[str]) -> float:
        word = fold_case(match.groupdict().get("scale") or match.groupdict().get("short") or "")
        return p.scales.get(word, 1.0)

    def money(match: re.Match[str], currency: str) -> None:
        value = _number(match["num"]) * scale_of(match)
        currency = "CNY" if currency == "RMB" else currency
        found.append(_Candidate(match.start(), match.end(), "money", value, currency))

    if has_digit and _any_in(p.symbol_needles, low):
        for match in p.money_before.finditer(text):
            money(match, p.symbol_codes.get(fold_case(match["cur"]), "USD"))
    if has_digit:
        if p.code_lengths:
            # "USD 5 million": a code ends right before a run of digits, or a space before it
            starts = {
                start - size - space
                for start in digit_runs
                for size in p.code_lengths
                for space in (0, 1)
                if start - size - space >= 0
                and text[start - size - space : start - space] in p.codes
            }
            code_matches: Iterable[re.Match[str]] = at(p.money_code_before, sorted(starts))
        else:
            code_matches = p.money_code_before.finditer(text)
        for match in code_matches:
            money(match, match["cur"])
    for match in at(p.money_after, digit_runs):
        if (
            match["cword"]
            and match["cword"].lower() == "won"
            and not (match["scale"] or match["short"])
        ):
            continue  # "won" is a currency only after an amount word: "500 billion won"
        money(match, match["cur"] or p.words[fold_case(match["cword"])])
    for match in p.money_vague.finditer(text) if _any_in(p.vague_needles, low) else ():
        found.append(
            _Candidate(
                match.start(),
                match.end(),
                "money",
                p.vague[fold_case(match["vague"])],
                p.words[fold_case(match["cword"])],
            )
        )
    # "%", "percent", "per cent", "pct", "percentage points"
    percent = "%" in text or "per" in low or "pct" in low
    for match in at(p.percent, digit_runs) if percent else ():
        unit = "percentage points" if match["unit"].lower().startswith("percentage") else "percent"
        found.append(_Candidate(match.start(), match.end(), "percent", _number(match["num"]), unit))
    # "3 times", "tenfold", "10x faster"
    multiplier = "times" in low or "fold" in low or _X_SPACE.search(low)
    for match in p.multiplier.finditer(text) if multiplier else ():
        value = _number(match["num"]) if match["num"] else p.numbers[fold_case(match["word"])]
        found.append(_Candidate(match.start(), match.end(), "multiplier", value, "x"))
    for match in p.duration.finditer(text) if _any_in(p.duration_needles, low) else ():
        value = _number(match["num"]) if match["num"] else p.numbers[fold_case(match["word"])]
        unit, factor = p.durations[fold_case(match["unit"])]
        if match["word"] and match["word"].lower() in {"one", "half"} and unit != "days":
            continue  # "one year" is usually a point in time, not a span
        found.append(_Candidate(match.start(), match.end(), "duration", value * factor, unit))
    # a year is a run of four digits starting "19", "20" or "21"
    for match in at(p.year, [s for s in digit_runs if text[s : s + 2] in _CENTURIES]):
        before = text[: match.start()]
        marker = p.year_marker.search(before[-60:])
        if not marker:
            continue
        if marker["m"].lower() == "in" and not _future_in(text, before, marker, p):
            continue
        found.append(_Candidate(match.start(), match.end(), "year", float(match["num"]), "year"))
    for match in at(p.count, digit_runs):
        number = _number(match["num"])
        if match["scale"] is None and 1900 <= number <= 2100 and "," not in match["num"]:
            continue
        first_noun = match["noun"].split()[0].lower()
        if (
            first_noun in p.count_exclusions
            or match["noun"].split()[-1].lower() in p.count_exclusions
        ):
            continue
        scale = {"million": 1e6, "billion": 1e9, "thousand": 1e3}.get(match["scale"] or "", 1.0)
        found.append(_Candidate(match.start(), match.end(), "count", number * scale, "count"))
    found.sort(key=lambda c: (c.start, -(c.end - c.start), _PRIORITY[c.kind]))
    kept: list[_Candidate] = []
    for candidate in found:
        if kept and candidate.start < kept[-1].end:
            continue
        kept.append(candidate)
    return kept


class _Clauses:
    """Where a sentence's clauses break, found once: each figure asks in
    logarithmic time, so a sentence of a thousand figures (a table pasted as
    text) costs as much as a thousand sentences of one."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)]
        self.break_starts = [b[0] for b in self.breaks]
        self.strong_ends = [m.end() for m in _STRONG_BREAK.finditer(text)]

    def start(self, at: int) -> int:
        """Where the clause holding ``at`` begins: after the last break ending
        before it."""
        # breaks never overlap, so they end in the order they start
        k = bisect_right(self.break_starts, at) - 1
        while k >= 0 and self.breaks[k][1] > at:
            k -= 1
        return self.breaks[k][1] if k >= 0 else 0

    def strong_start(self, at: int) -> int:
        """Where the text after the last strong break (``;``, a dash…) before ``at`` begins."""
        k = bisect_right(self.strong_ends, at) - 1
        return self.strong_ends[k] if k >= 0 else 0

    def words_around(
        self, left_start: int, start: int, end: int, left_count: int, right_count: int
    ) -> tuple[list[str], list[str]]:
        """The last ``left_count`` words between ``left_start`` and the figure
        (at ``start``), and the first ``right_count`` of its clause after it
        (which ends at ``end``)."""
        text = self.text
        after = _PARENTHESIS.match(text, end)  # "(about ¥280 billion)"
        right_start = after.end() if after else end
        k = bisect_left(self.break_starts, right_start)
        right_end = self.breaks[k][0] if k < len(self.breaks) else len(text)
        left = _words(text, left_start, start, -left_count)
        right = _words(text, right_start, right_end, right_count + 1)
        if len(right) <= right_count and right:  # the clause's last word: no full stop
            right[-1] = right[-1].rstrip('.!?”"')
            if not right[-1]:
                right.pop()
        return left, right[:right_count]


def _words(text: str, start: int, end: int, count: int) -> list[str]:
    """The first ``count`` words of ``text[start:end]`` (the last ``-count`` if
    negative), read from a window of the text: a clause thousands of words long
    is not split whole for each of its figures."""
    reach = 40 * abs(count)
    if count > 0:
        cut = min(end, start + reach)
        words = text[start:cut].split()
        if cut < end and words and not text[cut].isspace():
            words.pop()  # cut inside a word
        return words[:count]
    cut = max(start, end - reach)
    words = text[cut:end].split()
    if cut > start and words and not text[cut - 1].isspace():
        words.pop(0)
    return words[count:]


_PARENTHESIS = re.compile(r"\s*\([^)]*\)")


_EDGE_WORDS = frozenset(
    "the a an and or of to in for by with that which as but while on at its their his her".split()
)
_STRONG_BREAK = re.compile(r"[;:()\[\]—–]")


def _trim(words: list[str], start: bool = True, end: bool = True) -> list[str]:
    while start and words and words[0].lower().strip(",") in _EDGE_WORDS:
        words = words[1:]
    while end and words and words[-1].lower().strip(",") in _EDGE_WORDS:
        words = words[:-1]
    return words


def _describe(
    clauses: _Clauses, start: int, end: int, kind: str, qualifier_start: int, clause_start: int
) -> str:
    if kind == "year":  # a deadline needs its whole clause: "gave operators until 2027 to ..."
        left_start, count = clauses.strong_start(qualifier_start), 12
    else:
        left_start, count = clause_start, 7
    left, right = clauses.words_around(left_start, qualifier_start, end, count, 9)
    left_words = _trim(left, end=False)
    right_words = _trim(right, start=False)
    if kind == "count":
        written = clauses.text[start:end]
        noun = written.split(None, 1)[1:] if " " in written else []
        return " ".join(noun + right_words[:5]).strip()
    parts = [" ".join(left_words), "…", " ".join(right_words)]
    description = " ".join(p for p in parts if p).strip()
    return "" if description == "…" else description


def find_figures(
    views: list[SentenceView], actor_of: dict[int, list[tuple[int, str]]]
) -> list[Figure]:
    """Figures of every sentence; ``actor_of`` gives each sentence's actor
    mentions as (character offset, entity id)."""
    p = _patterns()
    figures: list[Figure] = []
    for number, view in enumerate(views):
        text = view.text
        clauses = _Clauses(text)
        mentions = actor_of.get(number, [])
        offsets = [offset for offset, _ in mentions]
        previous: Figure | None = None
        for candidate in _candidates(text, p):
            q_start = candidate.start
            qualifier = None
            match = p.qualifier.search(text[max(0, candidate.start - 30) : candidate.start])
            if match:
                qualifier = match["q"].lower()
                q_start = candidate.start - (
                    len(text[max(0, candidate.start - 30) : candidate.start]) - match.start("q")
                )
            written = text[q_start : candidate.end].strip()
            inside_parens = text[:q_start].rstrip().endswith("(")
            clause_start = clauses.start(q_start)
            owner = _owner(clause_start, q_start, mentions, offsets)
            if (
                inside_parens
                and previous is not None
                and previous.kind == "money"
                and candidate.kind == "money"
            ):
                of = (
                    f"{previous.of} (in {candidate.unit})"
                    if previous.of
                    else f"equivalent of {previous.text}"
                )
                owner = previous.actor
            else:
                of = _describe(
                    clauses, candidate.start, candidate.end, candidate.kind, q_start, clause_start
                )
            figure = Figure(
                kind=candidate.kind,
                text=written,
                value=candidate.value,
                unit=candidate.unit,
                of=of,
                actor=owner,
                qualifier=qualifier,
                evidence=text,
                sentence=number,
            )
            figures.append(figure)
            previous = figure
    return figures


def _owner(
    clause_start: int, start: int, mentions: list[tuple[int, str]], offsets: list[int]
) -> str | None:
    """The actor of the first mention in the figure's clause before it, else
    the sentence's first; ``offsets``: the mentions' offsets, in order."""
    k = bisect_left(offsets, clause_start)
    if k < len(offsets) and offsets[k] < start:
        return mentions[k][1]
    return mentions[0][1] if mentions else None
