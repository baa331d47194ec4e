"""The downloadable data, written in pieces, is the same data as a whole, and
a piece kept in the store is the piece made afresh."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from briefing.pipeline import BuildResult, assemble
from briefing.render import record_digest
from briefing.render.data import (
    FIGURE_COLUMNS,
    STANCE_COLUMNS,
    Pieces,
    briefing_data,
    data_files,
)
from briefing.settings import Settings
from briefing.store import Store

ROOT = Path(__file__).resolve().parent.parent


def test_data_files_in_pieces_equal_the_whole(tmp_path: Path) -> None:
    settings = Settings(
        seeds=ROOT / "seeds", overrides=ROOT / "overrides", registry=ROOT / "registry"
    )
    with Store.open(tmp_path) as store:
        corpus, _ = assemble(settings, store, BuildResult())
        records = {r.id: record_digest(corpus, r) for r in corpus.records}
        made = {
            path: [p.decode() for p in content()]
            for path, content in data_files(Pieces(corpus, records, store, "code")).items()
        }
        kept = {
            path: [p.decode() for p in content()]
            for path, content in data_files(Pieces(corpus, records, store, "code")).items()
        }
    assert kept == made
    assert set(made) == {
        "data/briefing.json",
        "data/stances.csv",
        "data/figures.csv",
        "feed.xml",
        "data/override.schema.json",
    }
    assert len(made["data/briefing.json"]) > len(corpus.records)  # really in pieces
    text = "".join(made["data/briefing.json"])
    whole = json.dumps(briefing_data(corpus), ensure_ascii=False, separators=(",", ":")) + "\n"
    assert text == whole
    stances = list(csv.DictReader(io.StringIO("".join(made["data/stances.csv"]))))
    assert list(stances[0]) == STANCE_COLUMNS
    assert len(stances) == sum(len(r.stances) for r in corpus.records) > 0
    assert any(row["trigger"] for row in stances)  # the words that show each act
    figures = list(csv.DictReader(io.StringIO("".join(made["data/figures.csv"]))))
    assert list(figures[0]) == FIGURE_COLUMNS
    assert len(figures) == sum(len(r.figures) for r in corpus.records) > 0
