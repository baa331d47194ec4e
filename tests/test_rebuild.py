"""A rebuild from the build state reads and renders only what an edit touches,
and gives what a clean build gives; what the state cannot vouch for makes a
full build."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.incremental import PieceStore
from briefing.pipeline import BuildResult, build
from tests.test_cache import age, files, seeds, settings, write

__all__ = ["seeds"]  # the fixture: a copy of the seeds, dated in the past


def rebuild(tmp: Path, seeds: Path) -> BuildResult:
    return build(settings(tmp, seeds, "docs", cache=tmp / "cache"))


def same_as_clean(tmp: Path, seeds: Path, result: BuildResult) -> None:
    """The rebuilt docs and problems are a clean build's."""
    clean = build(settings(tmp, seeds, "clean", cache=None))
    assert files(tmp / "docs") == files(tmp / "clean")
    assert [str(p) for p in result.problems] == [str(p) for p in clean.problems]
    assert result.articles == clean.articles
    shutil.rmtree(tmp / "clean")


def article(seeds: Path, number: int) -> Path:
    return sorted(seeds.glob("*.txt"))[number]


def article_id(tmp: Path, path: Path) -> str:
    data = json.loads((tmp / "docs" / "data" / "briefing.json").read_text("utf-8"))
    return next(a["id"] for a in data["articles"] if a["source"] == path.name)


def test_a_rebuild_reads_only_the_edited_article(tmp_path, seeds, caplog):
    first = rebuild(tmp_path, seeds)
    assert not first.from_state
    _append("The ministry said ZTE would be reviewed.")(tmp_path, seeds)
    caplog.set_level(logging.INFO, logger="briefing")
    caplog.clear()
    result = rebuild(tmp_path, seeds)
    assert result.from_state
    assert (result.extracted, result.cached) == (1, 0)
    load = next(r.getMessage() for r in caplog.records if r.getMessage().startswith("load"))
    assert "(1 read, 0 removed" in load
    same_as_clean(tmp_path, seeds, result)
    # nothing changed: nothing read, nothing written
    again = rebuild(tmp_path, seeds)
    assert again.from_state and again.extracted == again.cached == 0
    assert again.report is not None and again.report.written == 0


def _append(text: str) -> Callable[[Path, Path], None]:
    """An edit adding a sentence after an article's first paragraph (its
    first lines may be a dateline, its last ones page furniture)."""

    def edit(tmp: Path, seeds: Path) -> None:
        path = article(seeds, 1)
        lines = path.read_text("utf-8").split("\n")
        first = next(n for n, line in enumerate(lines) if len(line.split()) >= 15)
        lines.insert(first + 1, text)
        write(path, "\n".join(lines))

    return edit


def _override(text: str) -> Callable[[Path, Path], None]:
    def edit(tmp: Path, seeds: Path) -> None:
        folder = tmp / "overrides" / "articles"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{article_id(tmp, article(seeds, 0))}.yaml").write_text(text, "utf-8")

    return edit


def _new_title(tmp: Path, seeds: Path) -> None:
    path = article(seeds, 3)
    write(path, "A new headline for this story\n" + path.read_text("utf-8").partition("\n")[2])


def _added(tmp: Path, seeds: Path) -> None:
    source = article(seeds, 4)
    body = source.read_text("utf-8").partition("\n")[2]
    write(seeds / "000-first.txt", "An earlier report of the same story\n" + body)


def _removed(tmp: Path, seeds: Path) -> None:
    article(seeds, 4).unlink()  # the one article naming some entities: a full build


def _added_then_removed(tmp: Path, seeds: Path) -> None:
    _added(tmp, seeds)
    assert rebuild(tmp, seeds).from_state
    (seeds / "000-first.txt").unlink()


def _broken(tmp: Path, seeds: Path) -> None:
    write(seeds / "zz-empty.txt", "")


def _bad_override(tmp: Path, seeds: Path) -> None:
    _override("stances:\n  - actor: Nobody Known\n    target: Huawei\n    position: oppose\n")(
        tmp, seeds
    )


def _new_entity(tmp: Path, seeds: Path) -> None:
    _append("Iceland said it opposes Huawei.")(tmp, seeds)


def _entity_override(tmp: Path, seeds: Path) -> None:
    folder = tmp / "overrides" / "entities"
    folder.mkdir(parents=True)
    (folder / "huawei.yaml").write_text("name: Huawei Tech\n", "utf-8")


EDITS = {
    "sentence appended": (_append("The ministry said ZTE would be reviewed."), True),
    "override added": (_override("title: Edited\nsummary: A summary by hand.\n"), True),
    "override with a problem": (_bad_override, True),
    "headline changed (so the id)": (_new_title, True),
    "article added": (_added, True),
    "article removed, the last naming an entity": (_removed, False),
    "article removed": (_added_then_removed, True),
    "unreadable file added": (_broken, False),
    "entity named for the first time": (_new_entity, False),
    "entity override": (_entity_override, False),
}


@pytest.mark.parametrize("kind", list(EDITS))
def test_a_rebuild_after_an_edit_equals_a_clean_build(tmp_path, seeds, kind):
    edit, from_state = EDITS[kind]
    rebuild(tmp_path, seeds)
    edit(tmp_path, seeds)
    result = rebuild(tmp_path, seeds)
    assert result.from_state == from_state
    same_as_clean(tmp_path, seeds, result)
    # and the state the rebuild left serves the next edit
    _append("Officials said Huawei would be consulted.")(tmp_path, seeds)
    result = rebuild(tmp_path, seeds)
    assert result.from_state
    same_as_clean(tmp_path, seeds, result)


def test_an_override_removed_is_undone(tmp_path, seeds):
    rebuild(tmp_path, seeds)
    _override("title: Edited\n")(tmp_path, seeds)
    rebuild(tmp_path, seeds)
    shutil.rmtree(tmp_path / "overrides" / "articles")
    result = rebuild(tmp_path, seeds)
    assert result.from_state
    same_as_clean(tmp_path, seeds, result)


def test_a_skipped_file_is_still_reported_by_a_rebuild(tmp_path, seeds):
    _broken(tmp_path, seeds)
    age(seeds / "zz-empty.txt")
    assert any("zz-empty.txt" in str(p) for p in rebuild(tmp_path, seeds).problems)
    _append("The ministry said ZTE would be reviewed.")(tmp_path, seeds)
    result = rebuild(tmp_path, seeds)
    assert result.from_state
    assert any("zz-empty.txt" in str(p) for p in result.problems)
    same_as_clean(tmp_path, seeds, result)


@pytest.mark.parametrize("where", ["countries/china.md", "articles/index.md"])
def test_a_generated_page_changed_by_hand_is_made_again(tmp_path, seeds, where):
    rebuild(tmp_path, seeds)
    page = tmp_path / "docs" / where
    page.write_text("changed by hand\n", "utf-8")
    _append("The ministry said ZTE would be reviewed.")(tmp_path, seeds)
    result = rebuild(tmp_path, seeds)
    same_as_clean(tmp_path, seeds, result)
    (tmp_path / "docs" / "companies" / "zte.md").unlink()  # a page gone
    result = rebuild(tmp_path, seeds)
    assert not result.from_state
    same_as_clean(tmp_path, seeds, result)


@pytest.mark.parametrize("damage", [b"not a database", b""], ids=["garbage", "empty"])
def test_a_damaged_state_makes_a_full_build(tmp_path, seeds, damage):
    rebuild(tmp_path, seeds)
    (tmp_path / "cache" / "state.sqlite").write_bytes(damage)
    _append("The ministry said ZTE would be reviewed.")(tmp_path, seeds)
    result = rebuild(tmp_path, seeds)
    assert not result.from_state
    same_as_clean(tmp_path, seeds, result)
    assert rebuild(tmp_path, seeds).from_state  # the full build wrote it again


def test_a_lost_data_piece_makes_a_full_build(tmp_path, seeds):
    rebuild(tmp_path, seeds)
    (tmp_path / "cache" / "pieces-stances.csv.bin").unlink()
    _append("The ministry said ZTE would be reviewed.")(tmp_path, seeds)
    result = rebuild(tmp_path, seeds)
    assert not result.from_state
    same_as_clean(tmp_path, seeds, result)


def test_piece_stores_grow_by_what_changed_and_are_compacted(tmp_path, monkeypatch):
    monkeypatch.setattr(PieceStore, "SLACK", 0)
    path = tmp_path / "pieces.bin"
    with PieceStore(path, "v1") as store:
        for key in "abcd":
            store.piece(key, lambda key=key: key * 100)
    sizes = [path.stat().st_size]
    with PieceStore(path, "v1") as store:  # one piece changed: appended with a new header
        pieces = [store.piece(k, lambda: "x" * 100) for k in "abce"]
    assert pieces == [b"a" * 100, b"b" * 100, b"c" * 100, b"x" * 100]
    assert (store.made, store.reused) == (1, 3)
    sizes.append(path.stat().st_size)
    assert sizes[0] < sizes[1] < 2 * sizes[0]
    for round in range(4):  # every piece changes: the stale ones are dropped
        with PieceStore(path, "v1") as store:
            pieces = [store.piece(f"{k}{round}", lambda k=k: k * 100) for k in "abce"]
        assert path.stat().st_size < 2 * sizes[0]
    with PieceStore(path, "v1") as store:
        assert [store.piece(f"{k}3", lambda: "lost") for k in "abce"] == pieces
    assert store.reused == 4


def test_the_state_saved_by_the_render_helper_serves_a_rebuild(tmp_path, seeds, monkeypatch):
    import briefing.pipeline

    monkeypatch.setattr(briefing.pipeline, "PARALLEL_RENDER_PAGES", 10)  # the seeds: 57 pages
    monkeypatch.setattr(briefing.pipeline.threading, "active_count", lambda: 1)
    first = build(settings(tmp_path, seeds, "docs", cache=tmp_path / "cache", jobs=2))
    assert first.render_processes == 2 and not first.from_state
    _append("The ministry said ZTE would be reviewed.")(tmp_path, seeds)
    result = rebuild(tmp_path, seeds)
    assert result.from_state and result.extracted == 1
    same_as_clean(tmp_path, seeds, result)
    # the helper stored the extractions too: a full build extracts nothing
    (tmp_path / "cache" / "state.sqlite").unlink()
    full = rebuild(tmp_path, seeds)
    assert not full.from_state
    assert (full.extracted, full.cached) == (0, full.articles)


def _slow_helper_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """The render helper takes its time to store the cache: a build that fails
    meanwhile stops it before it has, and must store the cache itself."""
    import os
    import time

    from briefing.cache import Unstored

    build_pid = os.getpid()
    real = Unstored.store_all

    def slow(self: Unstored) -> None:
        if os.getpid() != build_pid:
            time.sleep(30)
        real(self)

    monkeypatch.setattr(Unstored, "store_all", slow)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_build_failing_in_its_write_stage_leaves_no_state_but_its_cache(
    tmp_path, seeds, monkeypatch, jobs
):
    import briefing.pipeline

    monkeypatch.setattr(briefing.pipeline, "PARALLEL_RENDER_PAGES", 10)
    monkeypatch.setattr(briefing.pipeline.threading, "active_count", lambda: 1)
    _slow_helper_store(monkeypatch)

    def broken(self: object, digests: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(briefing.pipeline.Manifest, "save", broken)
    with pytest.raises(OSError, match="disk full"):
        build(settings(tmp_path, seeds, "docs", cache=tmp_path / "cache", jobs=jobs))
    assert not (tmp_path / "cache" / "state.sqlite").exists()
    assert not list((tmp_path / "cache").glob(".state*"))
    # what was extracted is kept: the next build extracts nothing
    monkeypatch.undo()
    again = rebuild(tmp_path, seeds)
    assert (again.extracted, again.cached) == (0, again.articles)


def test_an_article_keeps_no_number_its_deleted_namesake_gave_it(tmp_path, seeds):
    first, second = sorted(seeds.glob("*.txt"))[:2]
    headline = first.read_text("utf-8").partition("\n")[0]
    body = second.read_text("utf-8").partition("\n")[2]
    write(second, f"{headline}\n{body}")  # the same headline: its id is numbered -2
    rebuild(tmp_path, seeds)
    assert article_id(tmp_path, second).endswith("-2")
    first.unlink()
    result = rebuild(tmp_path, seeds)
    assert not article_id(tmp_path, second).endswith("-2")
    same_as_clean(tmp_path, seeds, result)


def test_a_site_build_failing_while_the_helper_saves_leaves_no_state_but_the_cache(
    tmp_path, seeds, monkeypatch
):
    import briefing.pipeline
    from briefing.errors import BriefingError

    monkeypatch.setattr(briefing.pipeline, "PARALLEL_RENDER_PAGES", 10)
    monkeypatch.setattr(briefing.pipeline.threading, "active_count", lambda: 1)

    def broken(*args: object) -> None:
        raise BriefingError("mkdocs build failed: a broken theme")

    monkeypatch.setattr(briefing.pipeline, "build_site", broken)
    _slow_helper_store(monkeypatch)
    chosen = settings(tmp_path, seeds, "docs", cache=tmp_path / "cache", jobs=2)
    with pytest.raises(BriefingError, match="broken theme"):
        build(replace(chosen, build_site=True))
    assert not (tmp_path / "cache" / "state.sqlite").exists()
    assert not list((tmp_path / "cache").glob(".state*"))
    # the pages were written, and the next build is a full one that saves it
    assert (tmp_path / "docs" / "data" / "briefing.json").is_file()
    again = rebuild(tmp_path, seeds)
    assert not again.from_state
    assert (again.extracted, again.cached) == (0, again.articles)  # the cache was kept
    assert (tmp_path / "cache" / "state.sqlite").exists()


def test_a_state_the_helper_cannot_save_is_a_warning_and_a_full_build_next(
    tmp_path, seeds, monkeypatch, caplog
):
    import briefing.pipeline

    monkeypatch.setattr(briefing.pipeline, "PARALLEL_RENDER_PAGES", 10)
    monkeypatch.setattr(briefing.pipeline.threading, "active_count", lambda: 1)
    real = briefing.pipeline.save_state

    def half_saved(*args: object) -> str:
        real(*args)  # a state is written, then something goes wrong
        return "disk full"

    monkeypatch.setattr(briefing.pipeline, "save_state", half_saved)
    first = build(settings(tmp_path, seeds, "docs", cache=tmp_path / "cache", jobs=2))
    assert first.render_processes == 2
    assert "cannot save the build state (disk full)" in caplog.text
    assert not (tmp_path / "cache" / "state.sqlite").exists()  # what it wrote is gone
    monkeypatch.setattr(briefing.pipeline, "save_state", real)
    assert not rebuild(tmp_path, seeds).from_state


def test_an_article_extraction_fails_on_is_reported_and_still_published(
    tmp_path, seeds, monkeypatch
):
    from briefing.extract import Extractor

    real = Extractor.__call__
    broken = article(seeds, 2).name

    def failing(self, text):  # type: ignore[no-untyped-def]
        if text.source == broken:
            raise KeyError("thouſands")
        return real(self, text)

    monkeypatch.setattr(Extractor, "__call__", failing)
    result = rebuild(tmp_path, seeds)
    said = [str(p) for p in result.problems if broken in str(p)]
    assert len(said) == 1 and "extraction failed (KeyError: 'thouſands')" in said[0]
    data = json.loads((tmp_path / "docs" / "data" / "briefing.json").read_text("utf-8"))
    entry = next(a for a in data["articles"] if a["source"] == broken)
    assert entry["actors"] == entry["stances"] == entry["figures"] == []
    assert (tmp_path / "docs" / "articles" / f"{entry['id']}.md").is_file()
    assert all(a["actors"] for a in data["articles"] if a["source"] != broken)
    # a rebuild after an edit elsewhere still reports it, as a clean build does
    _append("The ministry said ZTE would be reviewed.")(tmp_path, seeds)
    again = rebuild(tmp_path, seeds)
    assert again.from_state
    same_as_clean(tmp_path, seeds, again)


def test_a_build_without_a_render_helper_stores_its_cache_as_it_extracts(
    tmp_path, seeds, monkeypatch
):
    """Too many pages for the helper: the extraction workers encode the
    entries, in parallel, instead of the write stage on one core."""
    import briefing.pipeline
    from briefing.cache import Unstored

    monkeypatch.setattr(briefing.pipeline, "PARALLEL_RENDER_MAX_PAGES", 3)
    monkeypatch.setattr(briefing.pipeline.threading, "active_count", lambda: 1)

    def never(self: Unstored) -> None:
        raise AssertionError("entries left to store later")

    monkeypatch.setattr(Unstored, "store_all", never)
    first = build(settings(tmp_path, seeds, "docs", cache=tmp_path / "cache", jobs=2))
    assert first.render_processes == 1
    (tmp_path / "cache" / "state.sqlite").unlink()
    again = rebuild(tmp_path, seeds)
    assert (again.extracted, again.cached) == (0, again.articles)
