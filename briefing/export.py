"""Stage 5b: the downloadable data — ``briefing.json`` and a CSV per table.

``briefing.json`` has the shape of ``shared/gold/README.md``: ``articles[]``
(``id``, ``source``, ``title``, ``summary``, ``actors``, ``stances``,
``figures``) and ``entities[]``, so tools can score and reuse it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from . import __version__
from .model import Corpus, Overview, profile_path
from .models import ArticleRecord
from .render import _newest_first, article_front_matter
from .store import Store, code_digest, digest
from .text import printable

STANCE_COLUMNS = [
    "article",
    "actor",
    "actor_id",
    "position",
    "act",
    "trigger",
    "target",
    "target_id",
    "via",
    "evidence",
    "sentence",
    "source",
]
FIGURE_COLUMNS = [
    "article",
    "kind",
    "text",
    "value",
    "unit",
    "qualifier",
    "of",
    "actor",
    "evidence",
    "sentence",
    "source",
]


def _article_data(corpus: Corpus, record: ArticleRecord) -> dict[str, Any]:
    data = article_front_matter(corpus, record)
    data["title"] = record.title  # front matter escapes it for HTML; data keeps it raw
    data.pop("description", None)
    if record.note:
        data["note"] = record.note
    return data


def _entity_data(corpus: Corpus, entity_id: str) -> dict[str, Any]:
    profile = corpus.profiles[entity_id]
    entity = profile.entity
    item: dict[str, Any] = {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "aliases": sorted(set(entity.aliases) | set(profile.aliases)),
    }
    for key in ("country", "org", "title", "description"):
        if getattr(entity, key):
            item[key] = getattr(entity, key)
    if entity.links:
        item["links"] = dict(entity.links)
    item["source"] = entity.source
    item["page"] = profile_path(entity)
    item["articles"] = profile.articles
    return item


def briefing_data(corpus: Corpus) -> dict[str, Any]:
    return {
        "generator": f"briefing {__version__}",
        "stamp": corpus.stamp,
        "articles": [_article_data(corpus, r) for r in corpus.records],
        "entities": [_entity_data(corpus, i) for i in sorted(corpus.profiles)],
    }


def compact_json(value: object) -> str:
    """JSON without spaces, non-ASCII as it is (the data files', the build state's)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Pieces:
    """Each article's pieces of the data files, kept in the store under the
    article's record digest (``keys``) and the code: made only when new."""

    def __init__(self, keys: dict[str, str] | None = None, store: Store | None = None) -> None:
        self.keys = keys or {}
        self.store = store
        self.made = self.reused = 0

    def piece(self, name: str, article_id: str, make: Callable[[], str]) -> bytes:
        key = digest(name, self.keys.get(article_id), code_digest("**/*.py"))
        if self.store is not None and article_id in self.keys:
            found = self.store.get("piece", key)
            if found is not None:
                self.reused += 1
                return found
        data = make().encode("utf-8")
        self.made += 1
        if self.store is not None and article_id in self.keys:
            self.store.put("piece", key, data)
        return data


PIECED = ("briefing.json", "stances.csv", "figures.csv")  # files made of pieces


def entity_json(corpus: Corpus, entity_id: str) -> str:
    """A profile's entry of ``briefing.json``."""
    return compact_json(_entity_data(corpus, entity_id))


def briefing_json(
    corpus: Corpus, overview: Overview, pieces: Pieces | None = None
) -> Iterator[bytes]:
    """``json.dumps(briefing_data(corpus))`` (compact) plus a newline, in UTF-8
    pieces: one article or entity at a time, never the whole corpus's data.
    The articles are ``overview``'s; ``corpus`` holds the records of those whose
    pieces are not kept."""
    pieces = pieces or Pieces()
    yield ('{"generator":' + compact_json(f"briefing {__version__}")).encode()
    yield (',"stamp":' + compact_json(overview.stamp) + ',"articles":[').encode()
    for n, head in enumerate(overview.heads):
        if n:
            yield b","
        yield pieces.piece("briefing.json", head.id, partial(_article_json, corpus, head.id))
    yield b'],"entities":['
    for n, row in enumerate(overview.profiles):
        yield (("," if n else "") + row.data).encode()
    yield b"]}\n"


def _csv(
    name: str,
    columns: list[str],
    rows: Callable[[ArticleRecord], list[list[Any]]],
    corpus: Corpus,
    overview: Overview,
    pieces: Pieces,
) -> Iterator[bytes]:
    """CSV of a header and each record's ``rows`` (values in ``columns``
    order), in UTF-8 pieces."""
    yield _csv_text([columns]).encode()
    for head in overview.heads:
        yield pieces.piece(name, head.id, partial(_rows_csv, rows, corpus, head.id))


def _article_json(corpus: Corpus, article_id: str) -> str:
    return compact_json(_article_data(corpus, corpus.record(article_id)))


def _rows_csv(
    rows: Callable[[ArticleRecord], list[list[Any]]], corpus: Corpus, article_id: str
) -> str:
    return _csv_text(rows(corpus.record(article_id)))


def _csv_text(rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def _stance_rows(corpus: Corpus) -> Callable[[ArticleRecord], list[list[Any]]]:
    def rows(record: ArticleRecord) -> list[list[Any]]:
        return [
            [
                record.id,
                corpus.name(s.actor),
                s.actor,
                s.position,
                s.act or "",
                s.trigger or "",
                corpus.name(s.target),
                s.target,
                s.via or "",
                s.evidence,
                s.sentence or "",
                s.source,
            ]
            for s in record.stances
        ]

    return rows


def _figure_rows(record: ArticleRecord) -> list[list[Any]]:
    out = []
    for f in record.figures:
        row = f.to_dict()
        row.update(
            article=record.id,
            qualifier=f.qualifier or "",
            actor=f.actor or "",
            sentence=f.sentence or "",
        )
        out.append([row.get(column, "") for column in FIGURE_COLUMNS])
    return out


def data_files(
    corpus: Corpus, overview: Overview | None = None, pieces: Pieces | None = None
) -> Iterator[tuple[str, Iterator[bytes]]]:
    """``(path relative to docs, UTF-8 text in pieces)`` of every downloadable data
    file; ``pieces`` keeps each article's part of them between builds. The
    files hold ``overview``'s articles (by default, ``corpus``' own)."""
    overview = overview or Overview.of(corpus, entity_json)
    pieces = pieces or Pieces()
    yield "data/briefing.json", briefing_json(corpus, overview, pieces)
    stances = _stance_rows(corpus)
    yield "data/stances.csv", _csv("stances.csv", STANCE_COLUMNS, stances, corpus, overview, pieces)
    yield (
        "data/figures.csv",
        _csv("figures.csv", FIGURE_COLUMNS, _figure_rows, corpus, overview, pieces),
    )
    yield "feed.xml", iter([atom_feed(overview).encode()])


def atom_feed(overview: Overview, title: str = "Briefing") -> str:
    """An Atom feed of the articles, newest first where dates are known.

    Links are relative to the feed (``feed.xml`` sits at the site root), so the
    feed works wherever the site is published; dates come from the data, never
    the clock, so builds stay deterministic.
    """

    def escape(text: str) -> str:  # writers' overrides may hold "\x0c" escapes
        return xml_escape(printable(text))

    records = _newest_first(overview.heads)
    dates = sorted(r.date for r in records if r.date)
    updated = f"{dates[-1] if dates else '2000-01-01'}T00:00:00Z"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{escape(title)}</title>",
        f"  <id>urn:briefing:{escape(overview.stamp.split()[-1])}</id>",
        f"  <updated>{updated}</updated>",
        '  <link rel="self" href="feed.xml"/>',
        '  <link rel="alternate" href="./"/>',
        "  <author><name>briefing</name></author>",
    ]
    for record in records:
        when = f"{record.date or (dates[-1] if dates else '2000-01-01')}T00:00:00Z"
        lines += [
            "  <entry>",
            f"    <title>{escape(record.title)}</title>",
            f"    <id>urn:briefing:article:{escape(record.id)}</id>",
            f"    <link href={quoteattr(f'articles/{record.id}/')}/>",
            f"    <updated>{when}</updated>",
            f"    <summary>{escape(record.summary)}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"
