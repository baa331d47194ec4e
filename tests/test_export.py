"""The downloadable data, written in pieces, is the same data as a whole."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from briefing.export import FIGURE_COLUMNS, STANCE_COLUMNS, briefing_data, data_files
from briefing.pipeline import BuildResult, Settings, assemble
from briefing.store import Store

ROOT = Path(__file__).resolve().parent.parent


def test_data_files_in_pieces_equal_the_whole(tmp_path: Path) -> None:
    settings = Settings(
        seeds=ROOT / "seeds",
        overrides=ROOT / "overrides",
        registry=ROOT / "registry",
        cache=tmp_path / "cache",
        build_site=False,
    )
    with Store.open(None) as store:
        corpus, _ = assemble(settings, store, BuildResult())
    files = {path: [p.decode() for p in pieces] for path, pieces in data_files(corpus)}
    assert set(files) == {"data/briefing.json", "data/stances.csv", "data/figures.csv", "feed.xml"}
    assert len(files["data/briefing.json"]) > len(corpus.records)  # really in pieces
    text = "".join(files["data/briefing.json"])
    whole = json.dumps(briefing_data(corpus), ensure_ascii=False, separators=(",", ":")) + "\n"
    assert text == whole
    stances = list(csv.DictReader(io.StringIO("".join(files["data/stances.csv"]))))
    assert list(stances[0]) == STANCE_COLUMNS
    assert len(stances) == sum(len(r.stances) for r in corpus.records) > 0
    figures = list(csv.DictReader(io.StringIO("".join(files["data/figures.csv"]))))
    assert list(figures[0]) == FIGURE_COLUMNS
    assert len(figures) == sum(len(r.figures) for r in corpus.records) > 0
