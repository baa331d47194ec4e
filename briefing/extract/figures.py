"""Figures: money, percentages, multipliers, counts, deadline years, durations.

Each figure is normalized (``value``, ``unit``), keeps the qualifier it was
written with ("about", "less than"), and says what it measures (``of``) and,
where the sentence says, which actor it belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from ..lexicon import lexicon
from ..models import Figure
from .actors import SentenceView

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# (?<!\w), not \b, before the words: the same (each starts with a letter), and faster
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|(?<!\w)(?:while|but|whereas|although|which|who)\b", re.I)
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
    symbols: dict[str, str]
    words: dict[str, str]
    scales: dict[str, float]
    vague: dict[str, float]
    numbers: dict[str, float]
    durations: dict[str, tuple[str, float]]
    count_exclusions: frozenset[str]
    digit: re.Pattern[str]
    number_word: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    data = lexicon("figures")
    symbols = {str(k): str(v) for k, v in data["currency_symbols"].items()}
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
            rf"(?<![\w$])(?P<cur>{_alternation([s for s in symbols if s != 'kr'])})\s?"
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
        symbols=symbols,
        words=words_,
        scales=scales,
        vague=vague,
        numbers=numbers,
        durations=durations,
        count_exclusions=frozenset(str(w).lower() for w in data["count_exclusions"]),
        # a number that is not a network generation ("5G", "4G LTE") ...
        digit=re.compile(r"\d(?![\dG])"),
        # ... or a number word. Every word starts with a letter, so (?<!\w) says
        # what \b would, and lets the engine skip the insides of words: faster.
        number_word=re.compile(rf"(?<!\w)(?:{_alternation(list(numbers) + list(vague))})\b", re.I),
    )


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


_ANY_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")


def _candidates(text: str, p: _Patterns) -> list[_Candidate]:
    found: list[_Candidate] = []
    has_digit = _ANY_DIGIT.search(text) is not None
    if not (has_digit and p.digit.search(text)) and not p.number_word.search(text):
        return found  # no digit and no number word: nothing to find

    def scan(pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        """Matches of a pattern that needs a digit (all but the number-word ones)."""
        return pattern.finditer(text) if has_digit else ()

    # where a run of digits starts: a match of a pattern that opens with its number
    # and forbids a word character before it can start nowhere else
    digit_runs = [m.start() for m in _DIGITS.finditer(text)] if has_digit else []

    def from_digits(pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text)`` finds, for such a pattern, trying only there."""
        end = 0
        for start in digit_runs:
            if start >= end and (match := pattern.match(text, start)):
                end = match.end()
                yield match

    def scale_of(match: re.Match[str]) -> float:
        word = (match.groupdict().get("scale") or match.groupdict().get("short") or "").lower()
        return p.scales.get(word, 1.0)

    def money(match: re.Match[str], currency: str) -> None:
        value = _number(match["num"]) * scale_of(match)
        currency = "CNY" if currency == "RMB" else currency
        found.append(_Candidate(match.start(), match.end(), "money", value, currency))

    for match in scan(p.money_before):
        money(
            match,
            next((v for k, v in p.symbols.items() if k.lower() == match["cur"].lower()), "USD"),
        )
    for match in scan(p.money_code_before):
        money(match, match["cur"])
    for match in from_digits(p.money_after):
        if (
            match["cword"]
            and match["cword"].lower() == "won"
            and not (match["scale"] or match["short"])
        ):
            continue  # "won" is a currency only after an amount word: "500 billion won"
        money(match, match["cur"] or p.words[match["cword"].lower()])
    for match in p.money_vague.finditer(text):
        found.append(
            _Candidate(
                match.start(),
                match.end(),
                "money",
                p.vague[match["vague"].lower()],
                p.words[match["cword"].lower()],
            )
        )
    for match in from_digits(p.percent):
        unit = "percentage points" if match["unit"].lower().startswith("percentage") else "percent"
        found.append(_Candidate(match.start(), match.end(), "percent", _number(match["num"]), unit))
    for match in p.multiplier.finditer(text):
        value = _number(match["num"]) if match["num"] else p.numbers[match["word"].lower()]
        found.append(_Candidate(match.start(), match.end(), "multiplier", value, "x"))
    for match in p.duration.finditer(text):
        value = _number(match["num"]) if match["num"] else p.numbers[match["word"].lower()]
        unit, factor = p.durations[match["unit"].lower()]
        if match["word"] and match["word"].lower() in {"one", "half"} and unit != "days":
            continue  # "one year" is usually a point in time, not a span
        found.append(_Candidate(match.start(), match.end(), "duration", value * factor, unit))
    for match in from_digits(p.year):
        before = text[: match.start()]
        marker = p.year_marker.search(before[-60:])
        if not marker:
            continue
        if marker["m"].lower() == "in" and not _future_in(text, before, marker, p):
            continue
        found.append(_Candidate(match.start(), match.end(), "year", float(match["num"]), "year"))
    for match in from_digits(p.count):
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


def _clause_start(text: str, start: int) -> int:
    """Where the clause holding ``start`` begins: after the last break before it."""
    last = 0
    for match in _CLAUSE_BREAK.finditer(text[:start]):
        last = match.end()
    return last


def _clause(text: str, clause_start: int, start: int, end: int) -> tuple[str, str]:
    """The words of the figure's clause before and after it."""
    left = text[clause_start:start]
    right = text[end:]
    right = re.sub(r"^\s*\([^)]*\)", "", right)  # "(about ¥280 billion)"
    stop = _CLAUSE_BREAK.search(right)
    right = right[: stop.start()] if stop else right
    return left.strip(), right.strip().rstrip('.!?”"')


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
    text: str, start: int, end: int, kind: str, qualifier_start: int, clause_start: int
) -> str:
    left, right = _clause(text, clause_start, qualifier_start, end)
    if kind == "year":  # a deadline needs its whole clause: "gave operators until 2027 to ..."
        before = text[:qualifier_start]
        breaks = list(_STRONG_BREAK.finditer(before))
        left = before[breaks[-1].end() :] if breaks else before
    left_words = _trim(left.split()[-(12 if kind == "year" else 7) :], end=False)
    right_words = _trim(right.split()[:9], start=False)
    if kind == "count":
        noun = text[start:end].split(None, 1)[1:] if " " in text[start:end] else []
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
            clause_start = _clause_start(text, q_start)
            owner = _owner(clause_start, q_start, actor_of.get(number, []))
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
                    text, candidate.start, candidate.end, candidate.kind, q_start, clause_start
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
                sentence=number + 1,
            )
            figures.append(figure)
            previous = figure
    return figures


def _owner(clause_start: int, start: int, mentions: list[tuple[int, str]]) -> str | None:
    """The actor nearest before the figure in its clause, else the sentence's first."""
    before = [entity for offset, entity in mentions if clause_start <= offset < start]
    if before:
        return before[0]
    return mentions[0][1] if mentions else None
