"""The downloadable data, written in pieces, is the same data as a whole; each
article's pieces are kept between builds."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from briefing.export import FIGURE_COLUMNS, STANCE_COLUMNS, briefing_data, data_files
from briefing.incremental import PieceStore
from briefing.pipeline import BuildResult, Settings, assemble

ROOT = Path(__file__).resolve().parent.parent


def test_data_files_in_pieces_equal_the_whole(tmp_path: Path) -> None:
    settings = Settings(
        seeds=ROOT / "seeds",
        overrides=ROOT / "overrides",
        registry=ROOT / "registry",
        cache=tmp_path / "cache",
        build_site=False,
    )
    corpus, _, _ = assemble(settings, BuildResult())
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


def test_pieces_are_kept_by_key_and_made_when_missing(tmp_path: Path) -> None:
    path = tmp_path / "pieces.bin"

    def never() -> str:
        raise AssertionError("a kept piece was made again")

    with PieceStore(path, "v1") as store:
        made = [store.piece("a", lambda: "one"), store.piece("b", lambda: "twö")]
        assert made == [b"one", "twö".encode()]
    assert (store.made, store.reused) == (2, 0)
    with PieceStore(path, "v1") as store:
        assert store.piece("b", never) == "twö".encode()
        assert store.piece("c", lambda: "three") == b"three"
    assert (store.made, store.reused) == (1, 1)
    with PieceStore(path, "v1") as store:  # "a" was not asked for last time: gone
        kept = [store.piece(k, lambda k=k: k.upper()).decode() for k in "abc"]
        assert kept == ["A", "twö", "three"]
    assert (store.made, store.reused) == (1, 2)
    with PieceStore(path, "v2") as store:  # other code: nothing is kept
        store.piece("b", lambda: "new")
    assert (store.made, store.reused) == (1, 0)


def test_a_damaged_or_unfinished_piece_store_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "pieces.bin"
    with PieceStore(path, "v1") as store:
        store.piece("a", lambda: "one")
    whole = path.read_bytes()
    try:
        with PieceStore(path, "v1") as store:
            store.piece("b", lambda: "two")
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    assert path.read_bytes() == whole  # the old store stays until a new one is complete
    assert not [p for p in tmp_path.iterdir() if p != path]  # no temporary left behind
    for damaged in (whole[:-3], whole[:5], b"", whole.replace(b'"pieces"', b'"pieced"')):
        path.write_bytes(damaged)
        with PieceStore(path, "v1") as store:
            assert store.piece("a", lambda: "made") == b"made"
        assert (store.made, store.reused) == (1, 0)
