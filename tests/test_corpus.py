"""The gold sets extraction is measured on: checked like any other input.

``scripts/check_gold.py`` holds the rules (schema, evidence verbatim, aliases
present, one position per pair, every file in the sources, the gold and one
split); these tests run it on every committed set and check the corpus covers
what it promises.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from check_gold import SUBJECTS, check, check_entry, load_gold, placement_errors  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
GOLD = ROOT / "tests" / "data" / "gold"


def load(path: Path):  # type: ignore[no-untyped-def]
    return yaml.safe_load(path.read_text("utf-8"))


def test_the_corpus_passes_the_checker() -> None:
    split = load(CORPUS / "split.yaml")
    errors = check(load_gold(CORPUS), load(CORPUS / "sources.yaml"), CORPUS / "articles", split)
    assert errors == []


def test_the_locked_splits_gold_is_kept_apart() -> None:
    # gold.yaml holds the dev files only (what tuning reads); gold-test.yaml the test files
    assert placement_errors(CORPUS, load(CORPUS / "split.yaml")) == []


def test_the_corpus_spans_the_subjects_and_publishers() -> None:
    sources = load(CORPUS / "sources.yaml")
    split = load(CORPUS / "split.yaml")
    subjects = Counter(s["subject"] for s in sources)
    assert len(sources) >= 60
    assert set(subjects) == SUBJECTS and min(subjects.values()) >= 5
    assert len({s["publisher"] for s in sources}) >= 15
    assert len(split["dev"]) >= 45 and len(split["test"]) >= 15
    subject_of = {s["file"]: s["subject"] for s in sources}
    assert {subject_of[f] for f in split["test"]} == SUBJECTS  # stratified


def test_telecom10_passes_the_checker() -> None:
    # (the seeds' gold predates the checker: some of its aliases are forms the
    # scorer accepts but the text does not hold)
    gold, articles = load(GOLD / "telecom10" / "gold.yaml"), GOLD / "telecom10" / "articles"
    errors = [e for g in gold for e in check_entry(g, (articles / g["file"]).read_text("utf-8"))]
    assert errors == []


def test_the_checker_finds_what_is_wrong(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Sweden bans Huawei\n\nSweden banned Huawei in 2020.\n")
    entry = {
        "file": "a.txt",
        "actors": [
            {"name": "Sweden", "type": "country", "aliases": ["Swedes"]},
            {"name": "Huawei", "type": "vendor", "aliases": []},
        ],
        "stances": [
            {"actor": "Sweden", "target": "Huawei", "position": "oppose", "evidence": "Sweden ban"},
            {"actor": "Sweden", "target": "Huawei", "position": "support", "evidence": "x"},
            {"actor": "Norway", "target": "Huawei", "position": "reject", "evidence": "x"},
        ],
        "figures": [{"kind": "year", "text": "2021", "value": 2021, "unit": "year", "of": "ban"}],
    }
    source = {"file": "a.txt", "url": "u", "publisher": "p", "published": None, "subject": "x"}
    errors = "\n".join(check([entry], [source], tmp_path, {"dev": ["a.txt"], "test": ["a.txt"]}))
    for expected in (
        "alias not in the text: Sweden / Swedes",
        "type 'vendor'",
        "evidence not verbatim",
        "two stances for Sweden -> Huawei",
        "not an actor of the article: Norway",
        "position 'reject'",
        "figure text not in the article: '2021'",
        "published is null without a note",
        "subject 'x'",
        "a.txt: in 2 splits",
    ):
        assert expected in errors
