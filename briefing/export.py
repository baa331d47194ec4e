"""Stage 5b: the downloadable data — ``briefing.json`` and a CSV per table.

``briefing.json`` has the shape of ``shared/gold/README.md``: ``articles[]``
(``id``, ``source``, ``title``, ``summary``, ``actors``, ``stances``,
``figures``) and ``entities[]``, so tools can score and reuse it.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from . import __version__
from .model import Corpus, profile_path
from .render import _newest_first, article_front_matter

STANCE_COLUMNS = [
    "article",
    "actor",
    "actor_id",
    "position",
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


def briefing_data(corpus: Corpus) -> dict[str, Any]:
    articles = []
    for record in corpus.records:
        data = article_front_matter(corpus, record)
        data["title"] = record.title  # front matter escapes it for HTML; data keeps it raw
        data.pop("description", None)
        if record.note:
            data["note"] = record.note
        articles.append(data)
    entities = []
    for entity_id in sorted(corpus.profiles):
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
        entities.append(item)
    return {
        "generator": f"briefing {__version__}",
        "stamp": corpus.stamp,
        "articles": articles,
        "entities": entities,
    }


def _csv(columns: list[str], rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def data_files(corpus: Corpus) -> dict[str, str]:
    """``{path relative to docs: text}`` of every downloadable data file."""
    stance_rows = []
    figure_rows = []
    for record in corpus.records:
        for s in record.stances:
            stance_rows.append(
                {
                    "article": record.id,
                    "actor": corpus.name(s.actor),
                    "actor_id": s.actor,
                    "position": s.position,
                    "target": corpus.name(s.target),
                    "target_id": s.target,
                    "via": s.via or "",
                    "evidence": s.evidence,
                    "sentence": s.sentence or "",
                    "source": s.source,
                }
            )
        for f in record.figures:
            row = f.to_dict()
            row.update(
                article=record.id,
                qualifier=f.qualifier or "",
                actor=f.actor or "",
                sentence=f.sentence or "",
            )
            figure_rows.append(row)
    return {
        "data/briefing.json": json.dumps(
            briefing_data(corpus), ensure_ascii=False, separators=(",", ":")
        )
        + "\n",
        "data/stances.csv": _csv(STANCE_COLUMNS, stance_rows),
        "data/figures.csv": _csv(FIGURE_COLUMNS, figure_rows),
        "feed.xml": atom_feed(corpus),
    }


def atom_feed(corpus: Corpus, title: str = "Briefing") -> str:
    """An Atom feed of the articles, newest first where dates are known.

    Links are relative to the feed (``feed.xml`` sits at the site root), so the
    feed works wherever the site is published; dates come from the data, never
    the clock, so builds stay deterministic.
    """
    records = _newest_first(corpus.records)
    dates = sorted(r.date for r in records if r.date)
    updated = f"{dates[-1] if dates else '2000-01-01'}T00:00:00Z"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{escape(title)}</title>",
        f"  <id>urn:briefing:{escape(corpus.stamp.split()[-1])}</id>",
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
