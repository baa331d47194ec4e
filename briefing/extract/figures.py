"""Figures: money, percentages, multipliers, counts, years, durations.

Each figure is normalized (``value``, ``unit``), keeps the qualifier it was
written with ("about", "less than"), and says what it measures (``of``) and,
where the sentence says, which actor it belongs to. A figure an article
repeats with the same meaning is listed once. Every word list is in
``data/lexicon/figures.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..models import Figure
from ..text import any_word, fold_case
from .actors import SentenceView
from .figure_phrases import PhraseWords, describe, phrase_words

# digits, grouped in thousands by commas ("12,000") or by spaces ("12 000", as
# South African and European papers write them); a bounded number of groups,
# so that a long run of them costs no more than a short one
_NUM = (
    r"\d{1,3}(?:,\d{3}){1,5}(?:\.\d+)?"
    # thousands grouped by periods, as in German or Spanish: "300.000 Euros",
    # "1.250.000" (one group only when it is "000": "3.125" stays a decimal)
    r"|\d{1,3}(?:\.\d{3}){2,4}(?![\d.,])|\d{1,3}\.000(?![\d.,])"
    # (a run of groups is no number: "100 200 300 400" is a row of a table)
    r"|(?<!\d[ \u00a0\u202f])\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,2}(?![\d.,]|[ \u00a0\u202f]\d)"
    r"|\d+(?:\.\d+)?"
)
# A count after "the" or "these" from this size on is no pointer back at
# things named before ("the two companies"), but how many there are.
BACK_REFERENCE_LIMIT = 1000
_ANY_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3}){2,4}|\d{1,3}\.000")
_X_SPACE = re.compile(r"x\s")
_CENTURIES = frozenset({"19", "20", "21"})  # what the year pattern's numbers start with
_PRIORITY = {"money": 0, "percent": 1, "multiplier": 2, "duration": 3, "year": 4, "count": 5}
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-z]{3,}")  # a word of three letters or more, lowercase
_LAST_WORD = re.compile(r"(\S+)\s*$")
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d\d")  # 06/04/2025, 09:11
_TITLED_WORDS = re.compile(r"\s+[A-Z][\w.'’-]*\s+[A-Z][\w.'’-]*")  # " World Cup"
_WORD_SPLIT = re.compile(r"[\s-]+")


def _alternation(items: Iterable[str]) -> str:
    return "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True))


def _lower_list(data: dict[str, Any], key: str) -> list[str]:
    return [str(w).lower() for w in data[key]]


@dataclass(frozen=True)
class LocalCurrency:
    """A currency written the same for several countries ("$", "Rs"): its bare
    forms, the country whose it is unless the article says otherwise and its
    code, and the countries with one of their own (registry id -> ISO code)."""

    bare: frozenset[str]
    home: str
    code: str  # the home's
    local: dict[str, str]


@dataclass(frozen=True)
class FigurePatterns:
    money_before: re.Pattern[str]
    money_code_before: re.Pattern[str]
    money_after: re.Pattern[str]
    money_words: re.Pattern[str]  # "three million rubles", "nine billion euros"
    percent: re.Pattern[str]
    multiplier: re.Pattern[str]
    multiplier_word: re.Pattern[str]  # on the text in fold_case, as the next four
    fraction: re.Pattern[str]
    duration: re.Pattern[str]
    duration_long: re.Pattern[str]
    count: re.Pattern[str]
    year: re.Pattern[str]
    date_before: re.Pattern[str]  # the date words before a year, on a window in fold_case
    qualifier: re.Pattern[str]
    symbol_codes: dict[str, str]  # a symbol in lowercase -> the first currency written so
    words: dict[str, str]
    aliases: dict[str, str]
    scales: dict[str, float]
    numbers: dict[str, float]
    number_scales: dict[str, float]
    fractions: dict[str, float]
    multiplier_words: dict[str, float]
    durations: dict[str, tuple[str, float]]
    duration_not_from: frozenset[str]
    local_currencies: tuple[LocalCurrency, ...]  # "$", "Rs": the article's own
    local_mentions: int
    ordinals: frozenset[str]
    count_exclusions: frozenset[str]
    irregular_plurals: frozenset[str]
    not_plurals: frozenset[str]
    count_stop_words: frozenset[str]
    count_back_words: frozenset[str]
    vague: frozenset[str]  # words making the number after them vague: "several dozen"
    count_not_after: frozenset[str]
    attribution_nouns: frozenset[str]  # "two sources close to the matter": who told, no figure
    attribution_next: frozenset[str]
    months: frozenset[str]
    year_lead_words: frozenset[str]  # words that may stand capitalized before a year
    year_not_after: tuple[str, ...]
    furniture_openers: tuple[str, ...]
    clause_break: re.Pattern[str]
    number_word: re.Pattern[str]  # any number word, on the text in fold_case
    part_word: re.Pattern[str]  # any fraction or multiple word ("third", "twice"), so
    calendar_word: re.Pattern[str]  # any month or weekday, so
    # Gates: strings (lowercase) one of which a sentence (in fold_case) must hold
    # for a pattern to match in it. A pattern scans every position of a
    # sentence, a gate is a few substring tests, and most sentences fail it.
    number_needles: tuple[str, ...]  # number_word
    symbol_needles: tuple[str, ...]  # money_before
    duration_needles: tuple[str, ...]  # duration
    code_lengths: tuple[int, ...]  # money_code_before: the lengths of the codes
    codes: frozenset[str]
    phrases: PhraseWords  # what `of` is read by


def figure_patterns(data: dict[str, Any]) -> FigurePatterns:
    """The patterns and word lists of ``figures.yaml``, made once per extractor."""
    symbols = {str(k): str(v) for k, v in data["currency_symbols"].items()}
    # the symbols written before the amount ("kr" follows it: "100 kr")
    leading = [s for s in symbols if s != "kr"]
    codes = [str(c) for c in data["currency_codes"]]
    words_ = {str(k).lower(): str(v) for k, v in data["currency_words"].items()}
    scales = {str(k).lower(): float(v) for k, v in data["scales"].items()}
    numbers = {str(k).lower(): float(v) for k, v in data["number_words"].items()}
    number_scales = {str(k).lower(): float(v) for k, v in data["number_scales"].items()}
    fractions = {str(k).lower(): float(v) for k, v in data["fractions"].items()}
    multiplier_words = {str(k).lower(): float(v) for k, v in data["multiplier_words"].items()}
    durations = {
        str(k).lower(): (str(v[0]), float(v[1])) for k, v in data["duration_units"].items()
    }
    months, weekdays = _lower_list(data, "months"), _lower_list(data, "weekdays")
    parts = _lower_list(data, "year_parts")
    stop_words = _lower_list(data, "count_stop_words")
    long_scales = [s for s in scales if len(s) > 1]
    short_scales = [s for s in scales if len(s) == 1]
    scale = (  # "$52 billion", "$52-billion", "290-million"
        rf"(?:[\s-]?(?P<scale>{_alternation(long_scales)})\b"
        rf"|(?P<short>{_alternation(short_scales)})\b)"
    )
    word_number = _word_number(numbers)
    num_or_word = rf"(?P<num>{_NUM})|(?P<word>{word_number})"
    next_words = _alternation(_lower_list(data, "multiplier_next"))
    return FigurePatterns(
        money_before=re.compile(
            rf"(?<![\w$])(?P<cur>{_alternation(leading)})\s?(?P<num>{_NUM}){scale}?", re.I
        ),
        money_code_before=re.compile(  # (the code as written, its scale in any case: a
            # headline's "USD 182 Million Deal")
            rf"\b(?P<cur>{_alternation(codes)})\s?(?P<num>{_NUM})(?i:{scale})?"
        ),
        money_after=re.compile(  # "5 billion kronor", "a 290-million-euro fine"
            rf"(?<![\w.,])(?P<num>{_NUM}){scale}?[\s-]?"
            rf"(?:(?P<cur>{_alternation(codes)})\b|"
            rf"(?P<cword>{_alternation(words_)})\b)",
            re.I,
        ),
        money_words=re.compile(
            rf"(?<![\w-])(?P<num>)(?P<word>{word_number})[\s-](?P<scale>{_alternation(long_scales)})"
            rf"[\s-](?:(?P<cur>{_alternation(codes)})\b|(?P<cword>{_alternation(words_)})\b)",
            re.I,
        ),
        percent=re.compile(  # "15%", "fifteen percent"
            rf"(?<![\w.,])(?:{num_or_word})[\s-]?(?P<unit>%|percent\b|per cent\b|pct\b|"
            r"percentage points?\b)",
            re.I,
        ),
        multiplier=re.compile(
            rf"(?<![\w.,])(?:{num_or_word})(?:\s|-)?(?:times\s+(?=(?:\w+er|{next_words})\b)"
            r"|fold\b|x\s+(?=(?:\w+er|more|less)\b))",
            re.I,
        ),
        multiplier_word=re.compile(
            rf"(?<!\w)(?P<word>{_alternation(multiplier_words)})\s+(?=(?:\w+er|{next_words})\b)"
            # "has more than doubled in value", "tripled the tariff": the verb
            rf"|(?<!\w)(?P<verb>{_alternation(multiplier_words)})d\b"
        ),
        fraction=re.compile(
            rf"(?<![\w-])(?:(?P<num>{word_number}|an|a)[\s-])?"
            rf"(?P<fraction>{_alternation(fractions)})(?![\w-])(?P<of>\s+of\b)?"
        ),
        duration=re.compile(
            rf"(?<![\w.,])(?:{num_or_word})(?:\s|-)(?P<unit>{_alternation(durations)})\b"
            rf"(?!\s+(?:{_alternation(_lower_list(data, 'duration_not_before'))})\b"
            rf"|-(?:{_alternation(_lower_list(data, 'duration_not_before'))})\b)",
            re.I,
        ),
        # "a year-long investigation", "a month-long ban": one of the unit
        duration_long=re.compile(rf"(?<![\w-])(?P<unit>{_alternation(durations)})-long\b", re.I),
        count=re.compile(
            rf"(?<![\w.,$€£¥-])(?P<num>{_NUM}|{word_number})"
            rf"(?:[\s-](?P<scale>{_alternation(number_scales)}))?"
            rf"(?:\s(?:{_alternation(_lower_list(data, 'count_bounds'))}))?[\"”’]?\s"
            # "12,000 of BT's 18,000 masts": the first counts the masts
            # "18 of its officers": the officers
            # "19 out of the 82 violators": the violators
            rf"(?:(?:out )?of (?:the|its|their|[^\W\d_][\w.&-]*['’]s) (?:(?:{_NUM}) )?)?"
            rf"(?P<noun>(?:[^\W\d_][\w'’.&-]*\s){{0,3}}?"
            # (not a name that ends in "s" and qualifies: "four US officials")
            rf"(?!(?:{_alternation(_lower_list(data, 'count_qualifying_names'))})\b)"
            rf"(?:{_alternation(_lower_list(data, 'irregular_plurals'))}|[^\W\d_][\w-]*s))\b"
            # a second plural makes a compound: "arms sales", "crew members"
            r"(?:\s(?P<more>[^\W\d_][\w-]*s)\b)?"
        ),
        # (not a document's number: "Regulation (EU) 2023/1778", "No. 1778/2024")
        year=re.compile(
            r"(?<![\w.,$€£¥])(?<!\d/)(?P<num>19\d\d|20\d\d|2100)"
            r"(?![\w%]|,\d|\.\d|/(?!(?:19|20)\d\d\b)\d{3})"
        ),
        date_before=re.compile(
            rf"(?:(?<![\w-])(?:{_alternation(parts)})(?:\s+of\s+|\s*-\s*|\s+))?"
            # (a range of months first: "April-June 2028")
            rf"(?:(?<!\w)(?:(?:(?:{_alternation(months)})\.?\s*[-–]\s*)?"
            rf"(?:{_alternation(months)})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?"
            rf"\s+(?:of\s+)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_alternation(months)})\.?,?\s+))?$"
        ),
        qualifier=re.compile(
            rf"(?:^|\W)(?P<q>{_alternation([str(q) for q in data['qualifiers']])})\s+$", re.I
        ),
        symbol_codes=_first_by_lowercase(symbols),
        words=words_,
        aliases={str(k): str(v) for k, v in data["currency_aliases"].items()},
        scales=scales,
        numbers=numbers,
        number_scales=number_scales,
        fractions=fractions,
        multiplier_words=multiplier_words,
        durations=durations,
        duration_not_from=frozenset(_lower_list(data, "duration_not_from")),
        local_currencies=tuple(
            LocalCurrency(
                frozenset(str(w).lower() for w in family["bare"]),
                str(family["home"]),
                str(family["code"]),
                {str(k): str(v) for k, v in family["local"].items()},
            )
            for family in data["local_currencies"].values()
        ),
        local_mentions=int(data["local_currency_mentions"]),
        ordinals=frozenset(_lower_list(data, "ordinals")),
        count_exclusions=frozenset(_lower_list(data, "count_exclusions")),
        irregular_plurals=frozenset(_lower_list(data, "irregular_plurals")),
        not_plurals=frozenset(_lower_list(data, "not_plurals")),
        count_stop_words=frozenset(stop_words),
        count_back_words=frozenset(_lower_list(data, "count_back_words")),
        vague=frozenset(_lower_list(data, "vague_before")),
        count_not_after=frozenset(_lower_list(data, "count_not_after")),
        attribution_nouns=frozenset(_lower_list(data, "attribution_nouns")),
        attribution_next=frozenset(_lower_list(data, "attribution_next")),
        months=frozenset(months),
        year_lead_words=frozenset(stop_words + months + weekdays + parts),
        year_not_after=tuple(_lower_list(data, "year_not_after")),
        furniture_openers=tuple(_lower_list(data, "furniture_openers")),
        # (?<!\w), not \b, before the words: the same (each starts with a letter), and faster
        clause_break=re.compile(
            rf"[,;:()\[\]—–]|(?<!\w)(?:{_alternation(_lower_list(data, 'clause_words'))})\b",
            re.I,
        ),
        number_word=any_word(list(numbers)),
        part_word=any_word([*fractions, *multiplier_words, *(f"{w}d" for w in multiplier_words)]),
        number_needles=_needles(list(numbers)),
        calendar_word=any_word(months + weekdays),
        symbol_needles=_needles(leading),
        duration_needles=_needles(list(durations)),
        # (none, so the pattern scans the text, if a code could end in a digit: then
        # the number after it need not start a run of digits)
        code_lengths=()
        if any(not c or _ANY_DIGIT.match(c[-1]) for c in codes)
        else tuple(sorted({len(c) for c in codes}, reverse=True)),
        codes=frozenset(codes),
        phrases=phrase_words(data),
    )


def _word_number(numbers: dict[str, float]) -> str:
    """A regex (lowercase) for a number in words: one of ``numbers``, or a tens
    word and a unit word ("forty six", "twenty-five")."""
    tens = [w for w, v in numbers.items() if 20 <= v <= 90 and v % 10 == 0]
    units = [w for w, v in numbers.items() if 1 <= v <= 9 and v.is_integer()]
    return rf"(?:{_alternation(tens)})[\s-](?:{_alternation(units)})\b|{_alternation(numbers)}"


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


def _number(text: str) -> float:
    if _DOT_GROUPED.fullmatch(text):
        text = text.replace(".", "")  # "300.000": three hundred thousand
    return float(re.sub(r"[, \u00a0\u202f]", "", text))


def _word_value(words: str, p: FigurePatterns) -> float:
    """The value of a number in words, in lowercase: "six", "forty six"."""
    if words in p.numbers:
        return p.numbers[words]
    return sum(p.numbers[w] for w in _WORD_SPLIT.split(words))


def _word_before(text: str, at: int) -> str:
    """The word (lowercase, its punctuation stripped) that ends before ``at``."""
    match = _LAST_WORD.search(text, max(0, at - 30), at)
    return match[1].lower().strip("\"“”'‘’([,") if match else ""


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    value: float
    unit: str
    # what tells it from a figure of the same value meaning another thing: a
    # count's noun, a year's date ("may 2019")
    detail: str = ""
    noun: str = ""  # a count's noun, as written


class _Scan:
    """The figures of one sentence: each method finds one kind of them."""

    def __init__(
        self, text: str, p: FigurePatterns, local: dict[str, str], headline: bool = False
    ) -> None:
        self.text, self.p, self.local, self.headline = text, p, local, headline
        self.low = fold_case(text)  # for the gates and the patterns in lowercase
        runs = [m.span() for m in _DIGITS.finditer(text)]
        # where a run of digits starts: a match of a pattern that opens with its
        # number and forbids a word character before it can start nowhere else
        self.digit_runs = [start for start, _ in runs]
        # a number that is not a network generation ("5G", "4G LTE"): a run of
        # digits not followed by "G"
        self.has_digit = any(text[end : end + 1] != "G" for _, end in runs)
        low = self.low
        self.word_starts = (
            [m.start() for m in p.number_word.finditer(low)]
            if _any_in(p.number_needles, low)
            else []
        )
        self.found: list[_Candidate] = []

    def candidates(self) -> list[_Candidate]:
        """Every figure of the sentence, the longest where two overlap."""
        p, low = self.p, self.low
        has_words = bool(self.word_starts)
        parts = bool(p.part_word.search(low))
        spans = "-long" in low  # "a year-long probe"
        if not (self.has_digit or has_words or parts or spans):
            return []  # no digit and no number word: nothing to find
        if self.has_digit or has_words:
            self.money()  # ("three million rubles": a number in words)
        if self.has_digit or has_words:
            self.percents()  # ("fifteen percent")
        if self.has_digit:
            self.years()
        if self.has_digit or has_words or spans:
            self.multipliers()
            self.durations()
            self.counts()
        if parts:
            self.fractions()
            self.multiplier_words()
        found = sorted(self.found, key=lambda c: (c.start, -(c.end - c.start), _PRIORITY[c.kind]))
        kept: list[_Candidate] = []
        for candidate in found:
            if kept and candidate.start < kept[-1].end:
                continue
            kept.append(candidate)
        if "=" in self.text:  # an exchange rate ("$1 = 0.9068 euros") measures nothing
            kept = [c for c in kept if "=" not in self.text[max(0, c.start - 3) : c.end + 3]]
        return kept

    def add(
        self,
        start: int,
        end: int,
        kind: str,
        value: float,
        unit: str,
        detail: str = "",
        noun: str = "",
    ) -> None:
        self.found.append(_Candidate(start, end, kind, value, unit, detail, noun))

    def at(
        self, pattern: re.Pattern[str], starts: Iterable[int], text: str
    ) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text)`` finds, trying only at ``starts`` (in
        order): right when no match of the pattern can start elsewhere."""
        end = 0
        for start in starts:
            if start >= end and (match := pattern.match(text, start)):
                end = match.end()
                yield match

    def scale_of(self, match: re.Match[str]) -> float:
        word = fold_case(match.groupdict().get("scale") or match.groupdict().get("short") or "")
        return self.p.scales.get(word, 1.0)

    def number_of(self, match: re.Match[str]) -> float:
        """The value of a match's ``num`` (digits) or ``word`` (a number in words)."""
        if match["num"]:
            return _number(match["num"])
        return _word_value(fold_case(match["word"]), self.p)

    def money(self) -> None:
        p, text, low = self.p, self.text, self.low

        def add(match: re.Match[str], currency: str, written: str) -> None:
            # "$", "dollars", "Rs": the article's own dollar or rupee
            currency = self.local.get(written, currency)
            # (12 significant digits: "Rs 213.14 crore" is 2131400000, not ...399.9999998)
            value = float(f"{self.number_of(match) * self.scale_of(match):.12g}")
            self.add(match.start(), match.end(), "money", value, p.aliases.get(currency, currency))

        if _any_in(p.symbol_needles, low):
            for match in p.money_before.finditer(text):
                symbol = fold_case(match["cur"])
                add(match, p.symbol_codes.get(symbol, "USD"), symbol)
        if p.code_lengths:
            # "USD 5 million": a code ends right before a run of digits, or a space before it
            starts = {
                start - size - space
                for start in self.digit_runs
                for size in p.code_lengths
                for space in (0, 1)
                if start - size - space >= 0
                and text[start - size - space : start - space] in p.codes
            }
            code_matches: Iterable[re.Match[str]] = self.at(
                p.money_code_before, sorted(starts), text
            )
        else:
            code_matches = p.money_code_before.finditer(text)
        for match in code_matches:
            add(match, match["cur"], match["cur"])
        for match in self.at(p.money_after, self.digit_runs, text):
            word = fold_case(match["cword"] or "")
            if word == "won" and not (match["scale"] or match["short"]):
                continue  # "won" is a currency only after an amount word: "500 billion won"
            add(match, match["cur"] or p.words[word], word)
        if self.word_starts:
            for match in p.money_words.finditer(text):  # "three million rubles"
                if _word_before(text, match.start()) in p.vague:
                    continue  # "a few hundred million euros": no figure given
                word = fold_case(match["cword"] or "")
                add(match, match["cur"] or p.words[word], word)

    def percents(self) -> None:
        """ "%", "percent", "per cent", "pct", "percentage points"."""
        if not ("%" in self.text or "per" in self.low or "pct" in self.low):
            return
        for match in self.at(
            self.p.percent, sorted({*self.digit_runs, *self.word_starts}), self.text
        ):
            points = match["unit"].lower().startswith("percentage")
            unit = "percentage points" if points else "percent"
            self.add(match.start(), match.end(), "percent", self.number_of(match), unit)

    def multipliers(self) -> None:
        """ "3 times faster", "tenfold", "10x more"."""
        low = self.low
        if not ("times" in low or "fold" in low or _X_SPACE.search(low)):
            return
        for match in self.p.multiplier.finditer(self.text):
            self.add(match.start(), match.end(), "multiplier", self.number_of(match), "x")

    def multiplier_words(self) -> None:
        """ "twice the transaction value"."""
        for match in self.p.multiplier_word.finditer(self.low):
            word = match["word"] or match["verb"]
            value = self.p.multiplier_words[word]
            self.add(match.start(), match.end(), "multiplier", value, "x")

    def fractions(self) -> None:
        """ "one-third", "two thirds", "a quarter of", "almost half" (a multiplier)."""
        p, low = self.p, self.low
        for match in p.fraction.finditer(low):
            fraction = p.fractions[match["fraction"]]
            number = match["num"]
            if number and number not in ("a", "an"):
                value = _word_value(number, p) * fraction
            elif self.lone_fraction(match):
                value = fraction
            else:
                continue
            self.add(match.start(), match.end("fraction"), "multiplier", round(value, 3), "x")

    def lone_fraction(self, match: re.Match[str]) -> bool:
        """Whether a fraction with no number word ("a third", "half") is one: before
        "of" or after a qualifier ("almost half"), never after an ordinal ("the
        first half of 2023") or "the"."""
        before = _word_before(self.low, match.start())
        if before in self.p.ordinals or before == "the":
            return False
        if match["num"]:  # "a third of the budget"
            return bool(match["of"])
        qualified = self.p.qualifier.search(self.text, max(0, match.start() - 30), match.start())
        return match["fraction"] == "half" and bool(match["of"] or qualified)

    def durations(self) -> None:
        p = self.p
        if not _any_in(p.duration_needles, self.low):
            return
        for match in p.duration.finditer(self.text):
            unit, factor = p.durations[fold_case(match["unit"])]
            if (
                match["word"]
                and fold_case(match["word"]) in p.duration_not_from
                and unit != "days"
                and match["word"] + "-" not in match[0]  # "any one-year period": a span
            ):
                continue  # "one year" is usually a point in time, not a span
            value = self.number_of(match) * factor
            if factor < 1 and not value.is_integer():
                continue  # hours that make no whole day: "3 hours ago", "two hours"
            self.add(match.start(), match.end(), "duration", value, unit)
        for match in p.duration_long.finditer(self.text):
            unit, factor = p.durations[fold_case(match["unit"])]
            if factor >= 1 and not match["unit"].endswith("s"):  # not "weeks-long": vague
                self.add(match.start(), match.end(), "duration", factor, unit)

    def years(self) -> None:
        """Every year that dates something, with the date words before it: "in
        2019", "by end-2029", "Oct. 29, 2021"; not a year in a name ("the Act of
        2021", "Vision 2030") nor after a copyright sign."""
        text = self.text
        starts = [s for s in self.digit_runs if text[s : s + 2] in _CENTURIES]
        for match in self.at(self.p.year, starts, text):
            start = self.date_start(match.start())
            if self.in_name(start) or self.after_furniture(start) or self.names(match.end()):
                continue
            date = " ".join(self.low[start : match.end()].split())
            self.add(start, match.end(), "year", float(match["num"]), "year", date)

    def date_start(self, at: int) -> int:
        """Where the date words before the year at ``at`` begin ("end of", "June 30,")."""
        window = self.low[max(0, at - 40) : at]
        match = self.p.date_before.search(window)
        return at - (len(window) - match.start()) if match else at

    def in_name(self, at: int, number_word: bool = False) -> bool:
        """Whether the year whose date starts at ``at`` ends a name: a capitalized
        word before it ("Vision 2030"), or before its "of" ("the Act of 2021"),
        that is not a word leading dates nor the sentence's first. With
        ``number_word``, whether the number word at ``at`` is in a name: it is
        capitalized and not the sentence's first word ("Group of Seven", "the Five
        Eyes"; in a headline, whose words are all capitalized, only after "of")."""
        text = self.text
        match = _LAST_WORD.search(text, max(0, at - 30), at)
        if not match:
            return False
        word = match[1].strip("\"“”'‘’([")
        if number_word:
            capitalized = text[at].isupper() and bool(text[: match.end()].strip(" \"“‘'(["))
            return capitalized and (not self.headline or word.lower() == "of")
        if word.lower() == "of":
            match = _LAST_WORD.search(text, max(0, match.start() - 30), match.start())
            if not match:
                return False
            word = match[1].strip("\"“”'‘’([")
            if word.isdigit():  # "Government Regulation No. 71 of 2019": a document's number
                numbered = _LAST_WORD.search(text, max(0, match.start() - 30), match.start())
                return numbered is not None and numbered[1].lower() in ("no.", "no", "number")
        elif not text[: match.start()].strip(" \"“‘'(["):
            return False  # the sentence's first word: "In 2019, ..."
        return _titled(word) and word.lower().rstrip(".,") not in self.p.year_lead_words

    def names(self, end: int) -> bool:
        """Whether the year ending at ``end`` opens a name: two capitalized words
        follow it ("the 1977 International Emergency Economic Powers Act", "the
        2022 World Cup"); not in a headline, whose words are all capitalized."""
        return not self.headline and bool(_TITLED_WORDS.match(self.text, end))

    def after_furniture(self, at: int) -> bool:
        before = self.low[max(0, at - 12) : at].rstrip()
        return before.endswith(self.p.year_not_after)

    def counts(self) -> None:
        """ "1,200 base stations", "six licences", "Forty six sailors"; not a count
        pointing back ("the two companies"), a vague one ("several dozen"), a day
        ("January 14"), a rank ("No. 4"), nor a number in a name ("Group of Seven")."""
        p, low = self.p, self.low
        starts = sorted({*self.digit_runs, *self.word_starts})
        for match in self.at(p.count, starts, low):
            value = self.count_value(match)
            if value is None or not self.counts_here(match, value):
                continue
            end, head = match.end("noun"), match["noun"].split()[-1]
            if match["more"] and self.plural(match["more"]):
                end, head = match.end("more"), match["more"]
            noun = self.text[match.start("noun") : end]
            self.add(match.start(), end, "count", value, "count", head.rstrip("s"), noun)

    def count_value(self, match: re.Match[str]) -> float | None:
        number = match["num"]
        scale = self.p.number_scales[match["scale"]] if match["scale"] else None
        if number[0].isdigit():
            value = _number(number)
            if scale is None and ("." in number or ("," not in number and 1900 <= value <= 2100)):
                return None  # "13.88 points"; a year
        else:
            value = _word_value(number, self.p)
            if value < 2 or self.in_name(match.start(), number_word=True):
                return None  # "one", "half": no count of many
        return value * (scale or 1.0)

    def counts_here(self, match: re.Match[str], value: float) -> bool:
        p = self.p
        before = _word_before(self.low, match.start())
        if before in p.count_back_words and value < BACK_REFERENCE_LIMIT:
            return False  # "the two companies" points back; "the 30,000 satellites" counts
        if before in p.count_not_after or before in p.vague:
            return False
        if before.rstrip(".") in p.months:
            return False  # a day: "January 14"
        if match["num"][:1].isdigit() and not self.headline and self.in_name(match.start()):
            return False  # a label: "Unit 61398 of the People's Liberation Army", "Flight 17"
        words = match["noun"].split()
        if any(w in p.count_stop_words for w in words[:-1]):
            return False
        if before.endswith(("'s", "’s", "s'")) and words[0].endswith("est"):
            return False  # "the world's two biggest economies": a ranking, who they are
        following = self.low[match.end("noun") :].split(None, 1)
        if (
            words[-1] in p.attribution_nouns
            and following[:1]
            and (following[0].strip(",.") in p.attribution_next)
        ):
            return False  # "two sources close to the matter said": who told, not a fact
        return words[0] not in p.count_exclusions and self.plural(words[-1])

    def plural(self, word: str) -> bool:
        """Whether ``word`` (lowercase) is a plural noun that can be counted."""
        p = self.p
        if word in p.irregular_plurals:
            return True
        return not (
            word in p.not_plurals
            or word in p.count_exclusions
            or word in p.count_stop_words
            or word.endswith(("ss", "us", "is", "ous"))
        )


def _titled(word: str) -> bool:
    """Whether ``word`` is capitalized ("Vision", not "EU" nor "Huawei's")."""
    return (
        word[:1].isupper()
        and any(c.islower() for c in word[1:])
        and not word.endswith(("'s", "’s"))
    )


class _Clauses:
    """Where a sentence's clauses break, found once: each figure asks in
    logarithmic time, so a sentence of a thousand figures (a table pasted as
    text) costs as much as a thousand sentences of one."""

    def __init__(self, text: str, p: FigurePatterns) -> None:
        self.text = text
        self.breaks = [(m.start(), m.end()) for m in p.clause_break.finditer(text)]
        self.break_starts = [b[0] for b in self.breaks]

    def start(self, at: int) -> int:
        """Where the clause holding ``at`` begins: after the last break ending
        before it."""
        # breaks never overlap, so they end in the order they start
        k = bisect_right(self.break_starts, at) - 1
        while k >= 0 and self.breaks[k][1] > at:
            k -= 1
        return self.breaks[k][1] if k >= 0 else 0

    def reading_start(self, at: int) -> int:
        """Where the words telling what a figure at ``at`` measures begin: its
        clause's start, or the start of the clause before a parenthesis that
        ends right before it ("5G (SA) networks by 2022")."""
        start = self.start(at)
        while start and self.text[start - 1] == ")":
            opening = self.text.rfind("(", 0, start - 1)
            if opening < 0:
                break
            start = self.start(opening)
        return start

    def antecedent(self, start: int, count: int) -> list[str]:
        """The last ``count`` words before the clause starting at ``start``, if
        it opens with "which" or "who" (what the pronoun stands for: "Huawei,
        which has ...")."""
        pronoun = _RELATIVE_END.search(self.text, max(0, start - 8), start)
        if not pronoun:
            return []
        return _words(self.text, 0, pronoun.start(), -count)

    def previous(self, start: int, count: int) -> list[str]:
        """The last ``count`` words before the clause starting at ``start`` (its
        clause break left out)."""
        k = bisect_right(self.break_starts, start - 1) - 1  # the break the clause follows
        if k < 0 or not start:
            return []
        return _words(self.text, 0, self.breaks[k][0], -count)

    def words_around(
        self, left_start: int, start: int, end: int, left_count: int, right_count: int
    ) -> tuple[list[str], list[str]]:
        """The last ``left_count`` words between ``left_start`` and the figure
        (at ``start``), and the first ``right_count`` of its clause after it
        (which ends at ``end``)."""
        text = self.text
        after = _PARENTHESIS.match(text, end)  # "(about ¥280 billion)"
        right_start = after.end() if after else end
        right_end = self.end(right_start)
        left = _words(text, left_start, start, -left_count)
        right = _without_asides(_words(text, right_start, right_end, right_count + 1))
        if len(right) <= right_count and right:  # the clause's last word: no full stop
            right[-1] = right[-1].rstrip('.!?”"')
            if not right[-1]:
                right.pop()
        return left, right[:right_count]

    def end(self, at: int) -> int:
        """Where the clause holding ``at`` ends, reaching over parentheses: "... on
        8 December 2023 the Council of the EU (the Council) and ..."."""
        k = bisect_left(self.break_starts, at)
        while k < len(self.breaks) and self.text[self.breaks[k][0]] == "(":
            closing = self.text.find(")", self.breaks[k][1])
            if closing < 0:
                break
            k = bisect_left(self.break_starts, closing + 1)
        return self.breaks[k][0] if k < len(self.breaks) else len(self.text)

    def next_clause(self, at: int, count: int) -> list[str]:
        """The first ``count`` words of the clause after the one holding ``at``."""
        k = bisect_left(self.break_starts, at)
        if k >= len(self.breaks):
            return []
        start = self.breaks[k][1]
        end = self.breaks[k + 1][0] if k + 1 < len(self.breaks) else len(self.text)
        return _words(self.text, start, end, count)


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
_RELATIVE_END = re.compile(r"(?<!\w)(?:which|who)$", re.I)


def _without_asides(words: list[str]) -> list[str]:
    """``words`` less those in parentheses."""
    if not any("(" in word or ")" in word for word in words):
        return words
    out: list[str] = []
    depth = 0
    for word in words:
        depth += word.count("(")
        if not depth:
            out.append(word)
        depth = max(0, depth - word.count(")"))
    return out


def find_figures(
    views: list[SentenceView],
    actor_of: dict[int, list[tuple[int, str]]],
    p: FigurePatterns,
) -> list[Figure]:
    """Figures of every sentence, each once; ``actor_of`` gives each sentence's
    actor mentions as (character offset, entity id); ``p``: the patterns
    (:func:`figure_patterns`)."""
    local = _local_currencies(views, actor_of, p)
    found: list[tuple[Figure, str]] = []
    for number, view in enumerate(views):
        if not _is_furniture(view.text, number, p):
            found += _sentence_figures(view.text, number, actor_of.get(number, []), p, local)
    return _once(found)


def _local_currencies(
    views: list[SentenceView], actor_of: dict[int, list[tuple[int, str]]], p: FigurePatterns
) -> dict[str, str]:
    """The currency each bare form means ("$": AUD, "Rs": NPR): for each
    family (dollar, rupee), that of the country with one of its own that the
    article names as acting most, if often enough and more often than the
    family's home (the United States, India), and if the article does not write
    that currency with its own sign and the home's without ("A$137 million
    ($92.5 million)"); else the home's."""
    named = Counter(entity for mentions in actor_of.values() for _, entity in mentions)
    out: dict[str, str] = {}
    for family in p.local_currencies:
        home = code = family.code
        country = max(family.local, key=lambda c: named[c])
        count = named[country]
        if count >= p.local_mentions and count > named[family.home]:
            local = family.local[country]
            signs = {
                c: [s for s, x in p.symbol_codes.items() if x == c and s not in family.bare]
                for c in (local, home)
            }
            written = {
                c: any(sign in fold_case(view.text) for view in views for sign in signs[c])
                for c in signs
            }
            code = home if written[local] and not written[home] else local
        out.update(dict.fromkeys(family.bare, code))
    return out


def _is_furniture(text: str, number: int, p: FigurePatterns) -> bool:
    """Whether a sentence is page furniture that holds no figure: a line that
    opens with a link heading ("READ ALSO: ..."), or a date line under the
    headline (a date with no lowercase word: "By Ann Lee - 29 November 2024",
    "Updated 06/04/2025, 09:17 AM")."""
    opening = fold_case(text[:30])
    if ":" in opening:
        for opener in p.furniture_openers:
            if opening.startswith(opener) and opening[len(opener) :].lstrip().startswith(":"):
                return True
    if not number or _LOWER_WORD.search(text):
        return False
    return bool(_NUMERIC_DATE.search(text) or p.calendar_word.search(fold_case(text)))


def _sentence_figures(
    text: str,
    number: int,
    mentions: list[tuple[int, str]],
    p: FigurePatterns,
    local: dict[str, str],
) -> list[tuple[Figure, str]]:
    """The figures of sentence ``number``, each with its detail (see _Candidate)."""
    candidates = _Scan(text, p, local, headline=not number).candidates()
    if not candidates:
        return []
    clauses = _Clauses(text, p)
    offsets = [offset for offset, _ in mentions]
    previous: Figure | None = None
    previous_end = 0
    out: list[tuple[Figure, str]] = []
    for candidate in candidates:
        qualifier, q_start = _qualifier(text, candidate.start, p)
        owner = _owner(clauses.start(q_start), q_start, mentions, offsets)
        if (  # "$1 billion (¥110 billion)", "€329 million/$366 million"
            previous is not None
            and previous.kind == candidate.kind == "money"
            and text[:q_start].rstrip().endswith(("(", "/"))
        ):
            base = previous.of.split(" (in ")[0]
            of = f"{base} (in {candidate.unit})" if base else ""
            owner = previous.actor
        else:
            same = previous is not None and previous.kind == candidate.kind
            parallel = previous.of if previous and same else ""
            of = _of(candidate, clauses, q_start, p, parallel, previous_end if same else 0)
        figure = Figure(
            kind=candidate.kind,
            text=text[q_start : candidate.end].strip(),
            value=candidate.value,
            unit=candidate.unit,
            of=of,
            actor=owner,
            qualifier=qualifier,
            evidence=text,
            sentence=number,
        )
        out.append((figure, candidate.detail))
        previous, previous_end = figure, candidate.end
    return out


def _qualifier(text: str, start: int, p: FigurePatterns) -> tuple[str | None, int]:
    """The qualifier written before the figure at ``start`` ("about", "less
    than"), if any, and where the figure's text begins with it."""
    match = p.qualifier.search(text, max(0, start - 30), start)
    if match:
        return match["q"].lower(), match.start("q")
    return None, start


def _of(
    candidate: _Candidate,
    clauses: _Clauses,
    q_start: int,
    p: FigurePatterns,
    parallel: str,
    previous_end: int,
) -> str:
    """What a figure measures, from the words of its clause (see
    figure_phrases), read after the figure of the same kind before it (which
    ends at ``previous_end``); ``parallel``: what that figure measures."""
    start = max(clauses.reading_start(q_start), previous_end)
    left, right = clauses.words_around(start, q_start, candidate.end, 24, 10)
    year = candidate.kind == "year"
    aside = clauses.text[:q_start].rstrip().endswith("(")  # "(July 10, 2025)"
    return describe(
        candidate.kind,
        _without_asides(left),
        right,
        following=clauses.next_clause(candidate.end, 12) if year and not aside else [],
        previous=clauses.previous(start, 16) if year else [],
        parallel=parallel,
        antecedent=clauses.antecedent(start, 5),
        noun=candidate.noun,
        month=candidate.kind == "year" and any(w in p.months for w in candidate.detail.split()),
        qualifier=fold_case(clauses.text[q_start : candidate.start].strip()),
        lexicon=p.phrases,
    )


def _once(found: list[tuple[Figure, str]]) -> list[Figure]:
    """Each figure once. A body figure of the same kind, value and unit as one
    before it, and the same detail (a count's noun, a year's date), repeats it;
    a headline figure repeats a body figure of the same kind, value and unit."""
    seen: set[tuple[str, str, float, str]] = set()
    values: set[tuple[str, str, float, str]] = set()
    body: list[Figure] = []
    for figure, detail in found:
        key = (figure.kind, figure.unit, round(figure.value, 6), detail)
        if figure.sentence and key not in seen:
            seen.add(key)
            values.add((*key[:3], ""))
            body.append(figure)
    headline: list[Figure] = []
    for figure, detail in found:
        key = (figure.kind, figure.unit, round(figure.value, 6), detail)
        if not figure.sentence and key not in seen and (*key[:3], "") not in values:
            seen.add(key)
            headline.append(figure)
    return headline + body


def _owner(
    clause_start: int, start: int, mentions: list[tuple[int, str]], offsets: list[int]
) -> str | None:
    """The actor of the first mention in the figure's clause before it, else
    the sentence's first; ``offsets``: the mentions' offsets, in order."""
    k = bisect_left(offsets, clause_start)
    if k < len(offsets) and offsets[k] < start:
        return mentions[k][1]
    return mentions[0][1] if mentions else None
