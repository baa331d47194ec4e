"""Run the real extractor on a few invented sentences (shared by the extract tests)."""

from __future__ import annotations

from functools import cache

from briefing.extract import Extractor
from briefing.ingest import Furniture, parse
from briefing.models import Actor, Extraction, Figure
from briefing.registry import load_registry

HEADLINE = "Test headline about telecom policy"


@cache
def extractor() -> Extractor:
    return Extractor(load_registry())


@cache
def _furniture() -> Furniture:
    return Furniture.load()


def extract(body: str) -> Extraction:
    """Extract one article whose body is ``body`` (paragraphs split by blank lines)."""
    article = parse(f"{HEADLINE}\n\n{body}\n", "x.txt", _furniture())
    return extractor()(article)


def actors(body: str) -> dict[str, Actor]:
    return {a.id: a for a in extract(body).actors}


def stances(body: str) -> set[tuple[str, str, str]]:
    """``(actor, position, target)`` of every stance."""
    return {(s.actor, s.position, s.target) for s in extract(body).stances}


def figures(body: str) -> list[Figure]:
    return list(extract(body).figures)
