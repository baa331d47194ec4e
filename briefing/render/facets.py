"""The Find page's facets: the Pagefind filters each page carries.

Pagefind combines the values checked in one facet with AND, so a date range
is two facets: an article published in May 2024 is in ``published from``
for every period up to May 2024 and in ``published until`` for every period
from it on; checking "from 2024-03" and "until 2024-06" keeps the articles
between. A period is a month when the articles' dates fall in at most
:data:`MONTHS` months, else a year, so that each article carries a bounded
number of values.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from markupsafe import Markup, escape

from ..corpus import Corpus, Profile
from ..models import ArticleRecord
from .links import act_label

MONTHS = 12  # most months shown as months; more, and periods are years
KINDS = ("country", "company", "organization", "person")  # a facet per kind of actor


def periods(corpus: Corpus) -> list[str]:
    """The periods the articles' dates fall in, oldest first: months
    (``2024-05``) or, over more than :data:`MONTHS` of them, years."""
    months = sorted({r.date[:7] for r in corpus.records if r.date and len(r.date) >= 7})
    if len(months) <= MONTHS:
        return months
    return sorted({m[:4] for m in months})


def article_filters(corpus: Corpus, record: ArticleRecord, dates: list[str]) -> Markup:
    """An article's filters: its actors by kind, its stances' positions and
    acts, and the periods it was published from and until."""
    pairs = [("kind", "article")]
    for kind in KINDS:
        names = sorted({corpus.name(a.id) for a in record.actors if a.type == kind})
        pairs += [(kind, name) for name in names]
    pairs += [("stance", p) for p in sorted({s.position for s in record.stances})]
    acts = {act_label(s.act, s.position) for s in record.stances if s.act}
    pairs += [("act", a) for a in sorted(acts)]
    if record.date and dates:
        period = record.date[: len(dates[0])]
        pairs += [("published from", d) for d in dates[: bisect_right(dates, period)]]
        pairs += [("published until", d) for d in dates[bisect_left(dates, period) :]]
    return spans(pairs)


def profile_filters(corpus: Corpus, profile: Profile) -> Markup:
    """A profile's filters: its kind, its own name under its kind (and its
    home country's), the positions it took and the acts it did."""
    entity = profile.entity
    pairs = [("kind", entity.type)]
    if entity.type in KINDS:
        pairs.append((entity.type, entity.name))
    home = corpus.entities.get(entity.country) if entity.country else None
    if home is not None and entity.type != "country":
        pairs.append(("country", home.name))
    stances = [ref.stance for ref in profile.stances_by]
    pairs += [("stance", p) for p in sorted({s.position for s in stances})]
    pairs += [("act", a) for a in sorted({act_label(s.act, s.position) for s in stances if s.act})]
    return spans(pairs)


def spans(pairs: Iterable[tuple[str, str]]) -> Markup:
    """The filters as Pagefind reads them: hidden elements, one per value."""
    inner = "".join(
        f'<span data-pagefind-filter="{escape(name)}:{escape(value)}"></span>'
        for name, value in pairs
    )
    return Markup(f'<div class="bf-filters" hidden>{inner}</div>')
