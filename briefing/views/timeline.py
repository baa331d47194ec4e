"""The timeline: each stance at its article's date, and each deadline or
target year a figure names ("out of core networks by end-2026") at that
year, newest first. An article without a date gives no dated event: it is
listed apart, never given a guessed date."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import NamedTuple

from ..corpus import Corpus
from ..models import ArticleRecord

# what a year figure measures when it is a deadline or a target, as the
# figures lexicon heads its phrase ("by 2027" -> "deadline by which ...")
DEADLINE_HEADS = ("deadline", "date until which", "date by which", "date before which", "target")
MONTHS = (
    "January February March April May June July August September October November December"
).split()


class Event(NamedTuple):
    """One dated thing: a stance (``position`` set) or a deadline."""

    date: str  # YYYY-MM-DD; a deadline's is YYYY
    article: str
    sentence: int | None
    actor: str | None  # entity ids
    target: str | None
    position: str | None  # None: a deadline
    act: str | None
    text: str  # the evidence sentence; a deadline's figure as written
    of: str = ""  # a deadline: what it is the deadline of

    @property
    def deadline(self) -> bool:
        return self.position is None

    def names(self) -> tuple[str, ...]:
        return tuple(i for i in (self.actor, self.target) if i)


def is_deadline(kind: str, of: str) -> bool:
    return kind == "year" and of.lower().startswith(DEADLINE_HEADS)


def record_events(record: ArticleRecord) -> Iterator[Event]:
    """The events of one article: its stances at its date (if it has one),
    its deadlines at the years they name (whether it has one or not)."""
    if record.date:
        for s in record.stances:
            yield Event(
                record.date,
                record.id,
                s.sentence,
                s.actor,
                s.target,
                s.position,
                s.act,
                s.evidence,
            )
    for f in record.figures:
        if is_deadline(f.kind, f.of) and 1900 < f.value < 2200 and float(f.value).is_integer():
            yield Event(
                f"{int(f.value):04d}",
                record.id,
                f.sentence,
                f.actor,
                None,
                None,
                "deadline",
                f.text,
                f.of,
            )


def newest_first(events: Iterable[Event]) -> list[Event]:
    """Newest first; a deadline opens its year (it names the year, not a day)."""
    return sorted(
        events,
        key=lambda e: (e.date[:4], e.deadline, e.date, e.article, e.sentence or 0, e.text),
        reverse=True,
    )


def corpus_events(corpus: Corpus) -> list[Event]:
    return newest_first(e for r in corpus.records for e in record_events(r))


def undated(corpus: Corpus) -> list[ArticleRecord]:
    """The articles without a date, by title."""
    return sorted((r for r in corpus.records if not r.date), key=lambda r: (r.title.lower(), r.id))


class Month(NamedTuple):
    label: str  # "March", or "Deadlines and target years"
    events: list[Event]


class Year(NamedTuple):
    year: str
    months: list[Month]


def by_year_and_month(events: list[Event]) -> list[Year]:
    """Events (newest first) grouped by year, then month; a year's deadlines
    are a group of their own, first."""
    years = []
    for year, in_year in groupby(events, key=lambda e: e.date[:4]):
        months = []
        for month, in_month in groupby(in_year, key=lambda e: e.date[5:7]):
            label = MONTHS[int(month) - 1] if month else "Deadlines and target years"
            months.append(Month(label, list(in_month)))
        years.append(Year(year, months))
    return years
