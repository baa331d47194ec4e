"""The downloadable data: ``briefing.json`` (``articles[]``: ``id``, ``source``,
``title``, ``publisher``, ``date``, ``url``, ``author``, ``tags`` where known,
``summary``, ``actors``, ``stances``, ``figures``; ``entities[]``), a CSV of
stances and one of figures (each row with its article's id, date, publisher,
URL and author), an Atom feed, and the override files' JSON Schema
(``overrides/json_schema.py``). Each is written in
pieces of :data:`BLOCK` articles, kept in the store under their records'
digests: after an edit, a rebuild makes one piece of each again."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable, Iterator
from typing import Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from .. import __version__
from ..corpus import Corpus, profile_path
from ..models import ArticleRecord
from ..overrides.json_schema import PATH as SCHEMA_PATH
from ..overrides.json_schema import json_schema_text
from ..store import Store
from ..text import printable
from .pages import article_data

# each row names its article, then where and when it was published
ARTICLE_COLUMNS = "article date publisher url author".split()
STANCE_COLUMNS = (
    ARTICLE_COLUMNS
    + ("actor actor_id position act trigger target target_id via evidence sentence source").split()
)
FIGURE_COLUMNS = ARTICLE_COLUMNS + (
    "kind text value unit qualifier of actor evidence sentence source".split()
)
Rows = Callable[[Corpus, ArticleRecord], list[list[Any]]]


def compact_json(value: object) -> str:
    """JSON without spaces, non-ASCII as it is; a NaN or infinity (which JSON
    has not, and overrides refuse) is an error, never written."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def entity_data(corpus: Corpus, entity_id: str) -> dict[str, Any]:
    """A profile's entry of ``briefing.json``."""
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
    """``briefing.json`` as one value (what :func:`data_files` writes in pieces)."""
    return {
        "generator": f"briefing {__version__}",
        "stamp": corpus.stamp,
        "articles": [article_data(corpus, r) for r in corpus.records],
        "entities": [entity_data(corpus, i) for i in sorted(corpus.profiles)],
    }


BLOCK = 100  # articles per piece: an edit makes one piece of each file again


class Pieces:
    """The data files' parts, a block of articles each: from the store, under
    a digest of the records of the block (``records``: each article's), else
    made and stored."""

    def __init__(self, corpus: Corpus, records: dict[str, str], store: Store, code: str) -> None:
        self.corpus, self.records, self.store, self.code = corpus, records, store, code
        # each profile's entry of briefing.json, made once (the files' digest covers them)
        self.entities = [compact_json(entity_data(corpus, k)) for k in sorted(corpus.profiles)]

    def of(
        self,
        name: str,
        make: Callable[[Corpus, ArticleRecord], str],
        order: list[ArticleRecord] | None = None,
        join: str = "",
        also: str = "",
    ) -> Iterator[bytes]:
        """The ``make`` of each record (in ``order``; by default, the corpus's)
        joined by ``join``, in pieces; ``also``: what else the pieces show."""
        order = self.corpus.records if order is None else order
        for start in range(0, len(order), BLOCK):
            block = order[start : start + BLOCK]
            made_from = [name, self.code, also, *(self.records[r.id] for r in block)]
            key = hashlib.sha256("\0".join(made_from).encode()).hexdigest()
            piece = self.store.get("piece", key)
            if piece is None:
                piece = join.join(make(self.corpus, r) for r in block).encode("utf-8")
                self.store.put("piece", key, piece)
            yield (join.encode() + piece) if start else piece


def data_files(pieces: Pieces) -> dict[str, Callable[[], Iterator[bytes]]]:
    """Each data file's path (relative to the docs folder), and what writes
    it in UTF-8 pieces."""
    return {
        "data/briefing.json": lambda: _briefing_json(pieces),
        "data/stances.csv": lambda: _csv(pieces, "stances.csv", STANCE_COLUMNS, _stance_rows),
        "data/figures.csv": lambda: _csv(pieces, "figures.csv", FIGURE_COLUMNS, _figure_rows),
        "feed.xml": lambda: atom_feed(pieces),
        SCHEMA_PATH: lambda: iter([json_schema_text().encode()]),
    }


def _briefing_json(pieces: Pieces) -> Iterator[bytes]:
    """``compact_json(briefing_data(corpus))`` and a newline, in pieces."""
    corpus = pieces.corpus
    yield ('{"generator":' + compact_json(f"briefing {__version__}")).encode()
    yield (',"stamp":' + compact_json(corpus.stamp) + ',"articles":[').encode()
    yield from pieces.of("briefing.json", _article_json, join=",")
    yield b'],"entities":['
    yield ",".join(pieces.entities).encode()
    yield b"]}\n"


def _article_json(corpus: Corpus, record: ArticleRecord) -> str:
    return compact_json(article_data(corpus, record))


def _csv(pieces: Pieces, name: str, columns: list[str], rows: Rows) -> Iterator[bytes]:
    yield _csv_text([columns]).encode()
    yield from pieces.of(name, lambda corpus, record: _csv_text(rows(corpus, record)))


def _csv_text(rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def _article_cells(record: ArticleRecord) -> list[str]:
    return [
        record.id,
        record.date or "",
        record.publisher or "",
        record.url or "",
        record.author or "",
    ]


def _stance_rows(corpus: Corpus, record: ArticleRecord) -> list[list[Any]]:
    article = _article_cells(record)
    return [
        [
            *article,
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


def _figure_rows(corpus: Corpus, record: ArticleRecord) -> list[list[Any]]:
    out = []
    for f in record.figures:
        row = f.to_dict()
        row.update(
            zip(ARTICLE_COLUMNS, _article_cells(record), strict=True),
            qualifier=f.qualifier or "",
            actor=f.actor or "",
            sentence=f.sentence or "",
        )
        out.append([row.get(column, "") for column in FIGURE_COLUMNS])
    return out


def atom_feed(pieces: Pieces, title: str = "Briefing") -> Iterator[bytes]:
    """An Atom feed of the articles, newest first where dates are known.

    Links are relative to the feed (``feed.xml`` sits at the site root), so the
    feed works wherever the site is published; dates come from the data, never
    the clock, so builds stay deterministic.
    """
    corpus = pieces.corpus
    latest = corpus.updated or "2000-01-01"
    head = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{_xml(title)}</title>",
        f"  <id>urn:briefing:{_xml(corpus.stamp.split()[-1])}</id>",
        f"  <updated>{latest}T00:00:00Z</updated>",
        '  <link rel="self" href="feed.xml"/>',
        '  <link rel="alternate" href="./"/>',
        "  <author><name>briefing</name></author>",
        "",
    ]
    yield "\n".join(head).encode()

    def entry(corpus: Corpus, record: ArticleRecord) -> str:
        lines = [
            "  <entry>",
            f"    <title>{_xml(record.title)}</title>",
            f"    <id>urn:briefing:article:{_xml(record.id)}</id>",
            f"    <link href={quoteattr(f'articles/{record.id}/')}/>",
            f"    <updated>{record.date or latest}T00:00:00Z</updated>",
        ]
        if record.date:
            lines.append(f"    <published>{record.date}T00:00:00Z</published>")
        if record.author:
            lines.append(f"    <author><name>{_xml(record.author)}</name></author>")
        if record.url:  # the original article
            lines.append(f'    <link rel="related" href={quoteattr(printable(record.url))}/>')
        if record.publisher:  # where it was published: Atom's source, its title alone
            lines.append(f"    <source><title>{_xml(record.publisher)}</title></source>")
        lines += [f"    <summary>{_xml(record.summary)}</summary>", "  </entry>", ""]
        return "\n".join(lines)

    yield from pieces.of("feed.xml", entry, corpus.newest_first, also=latest)
    yield b"</feed>\n"


def _xml(text: str) -> str:  # writers' overrides may hold "\x0c" escapes
    return xml_escape(printable(text))
