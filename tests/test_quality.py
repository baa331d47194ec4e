"""Extraction quality on the seeds, scored against the gold annotations.

The seeds are built with the real pipeline; ``docs/data/briefing.json`` is
scored by ``tests/scoring.py`` (the rules of ``shared/gold/README.md``)
against ``tests/data/gold/seeds.yaml``. On failure the misses and extras are
printed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from scoring import Score, score

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).parent / "data" / "gold" / "seeds.yaml"
THRESHOLDS = {"actors": 0.95, "figures": 0.95, "stances": 0.85}


@pytest.fixture(scope="module")
def export(seed_docs: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((seed_docs / "data" / "briefing.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def gold() -> list[dict]:  # type: ignore[type-arg]
    return yaml.safe_load(GOLD.read_text("utf-8"))


@pytest.fixture(scope="module")
def result(gold: list[dict], export: dict) -> Score:  # type: ignore[type-arg]
    return score(gold, export)


def test_every_gold_article_is_exported(gold: list[dict], export: dict) -> None:  # type: ignore[type-arg]
    exported = {Path(a["source"]).name for a in export["articles"]}
    assert {g["file"] for g in gold} <= exported


@pytest.mark.parametrize("kind", list(THRESHOLDS))
def test_f1_reaches_threshold(result: Score, kind: str) -> None:
    f1 = result.f1(kind)
    if f1 < THRESHOLDS[kind]:
        pytest.fail(
            f"{kind} F1 {f1:.3f} < {THRESHOLDS[kind]}\n{result.table()}\n\n{result.report(kind)}",
            pytrace=False,
        )


# -- the scorer itself, on hand-made exports ------------------------------------------------------

GOLD_ONE = [
    {
        "file": "a.txt",
        "actors": [
            {"name": "United Kingdom", "type": "country", "aliases": ["UK", "British"]},
            {"name": "Huawei", "type": "company"},
            {"name": "Reuters", "type": "organization", "optional": True},
        ],
        "stances": [
            {"actor": ["United Kingdom", "Dominic Raab"], "target": "Huawei", "position": "oppose"},
            {"actor": "Huawei", "target": "United Kingdom", "position": "oppose", "optional": True},
        ],
        "figures": [
            {"kind": "money", "text": "$2.5 billion", "value": 2.5e9, "unit": "USD"},
            {"kind": "percent", "text": "25%", "value": 25, "unit": "percent"},
        ],
    }
]


def test_scorer_matches_names_ids_and_units() -> None:
    export = {
        "articles": [
            {
                "source": "seeds/a.txt",
                "actors": [
                    {"id": "united-kingdom", "name": "The U.K.", "aliases": ["Britain's"]},
                    {"id": "huawei", "name": "Huawei Technologies", "aliases": []},
                    {"id": "reuters", "name": "Reuters"},  # optional: neither hit nor extra
                ],
                "stances": [
                    {
                        "actor": "United Kingdom",
                        "actor_id": "united-kingdom",
                        "target": "huawei",
                        "target_id": "huawei",
                        "position": "oppose",
                    }
                ],
                "figures": [
                    {"kind": "money", "value": 2.51e9, "unit": "$"},  # within 0.5 %
                    {"kind": "percent", "value": 25, "unit": "%"},
                ],
            }
        ]
    }
    result = score(GOLD_ONE, export)
    counts = {k: (t.tp, t.fp, t.fn) for k, t in result.tallies.items()}
    assert counts == {"actors": (2, 0, 0), "figures": (2, 0, 0), "stances": (1, 0, 0)}
    assert result.f1("actors") == 1.0


def test_scorer_counts_misses_and_extras() -> None:
    export = {
        "articles": [
            {
                "source": "a.txt",
                "actors": [{"id": "huawei", "name": "Huawei"}, {"id": "nokia", "name": "Nokia"}],
                "stances": [{"actor": "Huawei", "target": "United Kingdom", "position": "support"}],
                "figures": [
                    {"kind": "money", "value": 2.6e9, "unit": "USD"},  # 4 % off
                    {"kind": "percent", "value": 25, "unit": "EUR"},
                ],  # wrong unit
            }
        ]
    }
    result = score(GOLD_ONE, export)
    counts = {k: (t.tp, t.fp, t.fn) for k, t in result.tallies.items()}
    assert counts == {"actors": (1, 1, 1), "figures": (0, 2, 2), "stances": (0, 1, 1)}
    assert result.tallies["actors"].misses == ["a.txt: United Kingdom (country)"]
    assert result.f1("actors") == pytest.approx(0.5)


def test_scorer_counts_a_missing_article_as_misses() -> None:
    result = score(GOLD_ONE, {"articles": []})
    assert {k: (t.tp, t.fp, t.fn) for k, t in result.tallies.items()} == {
        "actors": (0, 0, 2),
        "figures": (0, 0, 2),
        "stances": (0, 0, 1),
    }
