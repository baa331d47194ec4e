"""One pipeline for every build: a build with a store gives, after any edit,
what a clean build gives (every file and every reported problem), and does
only the work the edit calls for."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefing.pipeline import BuildResult
from briefing.publish.files import WriteReport, build_docs
from briefing.settings import Settings
from briefing.workers import PARALLEL_THRESHOLD

ROOT = Path(__file__).resolve().parent.parent


def settings(tmp: Path, seeds: Path, name: str, **extra) -> Settings:
    chosen = {
        "seeds": seeds,
        "docs": tmp / name,
        "templates": ROOT / "templates",
        "overrides": tmp / "overrides",
        "registry": tmp / "registry",
    }
    return Settings(**{**chosen, **extra})


@dataclass
class Built:
    """What a build gave, and what writing its docs folder did."""

    result: BuildResult
    report: WriteReport | None

    def __getattr__(self, name: str) -> object:
        return getattr(self.result, name)


def build(chosen: Settings) -> Built:
    return Built(*build_docs(chosen))


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A copy of the seeds that a test may edit, modified an hour ago (a file
    modified in the last two seconds is read again by every build)."""
    copy = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", copy)
    for path in copy.iterdir():
        age(path)
    return copy


_AGES = iter(range(3600, 0, -1))


def age(path: Path) -> None:
    """Date ``path``'s modification a while back, later than the last call's."""
    then = time.time() - next(_AGES)
    os.utime(path, (then, then))


def write(path: Path, text: str) -> None:
    """An edit made a while back (see ``age``)."""
    path.write_text(text, "utf-8")
    age(path)


def files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def rebuild(tmp: Path, seeds: Path, **extra) -> Built:
    return build(settings(tmp, seeds, "docs", cache=tmp / "cache", **extra))


def same_as_clean(tmp: Path, seeds: Path, result: Built) -> None:
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


def test_a_second_build_reuses_everything_and_an_edit_redoes_one_article(tmp_path, seeds):
    cold = rebuild(tmp_path, seeds)
    warm = rebuild(tmp_path, seeds)
    assert (cold.extracted, cold.cached) == (5, 0)
    assert (warm.extracted, warm.cached) == (0, 5)
    assert warm.report is not None and warm.report.written == 0
    same_as_clean(tmp_path, seeds, warm)
    _append("The ministry said ZTE would be reviewed.")(tmp_path, seeds)
    again = rebuild(tmp_path, seeds)
    assert (again.extracted, again.cached) == (1, 4)
    same_as_clean(tmp_path, seeds, again)


def test_a_file_whose_size_and_time_are_known_is_not_read_again(tmp_path, seeds, monkeypatch):
    rebuild(tmp_path, seeds)
    read = []
    real = Path.read_bytes

    def watched(self: Path) -> bytes:
        if self.parent == seeds:
            read.append(self.name)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", watched)
    rebuild(tmp_path, seeds)
    assert read == []
    _append("The ministry said ZTE would be reviewed.")(tmp_path, seeds)
    rebuild(tmp_path, seeds)
    assert read == [article(seeds, 1).name]


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
    article(seeds, 4).unlink()  # the one article naming some entities


def _added_then_removed(tmp: Path, seeds: Path) -> None:
    _added(tmp, seeds)
    rebuild(tmp, seeds)
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


def _entity_merge(tmp: Path, seeds: Path) -> None:
    folder = tmp / "overrides" / "entities"
    folder.mkdir(parents=True)
    (folder / "zte.yaml").write_text("merge: [huawei]\n", "utf-8")


def _registry_entry(tmp: Path, seeds: Path) -> None:
    folder = tmp / "registry"
    folder.mkdir()
    (folder / "extra.yaml").write_text(
        "- id: telecom-review-board\n  name: Telecom Review Board\n  type: organization\n", "utf-8"
    )
    _append("The Telecom Review Board said it opposes Huawei.")(tmp, seeds)


def _template(tmp: Path, seeds: Path) -> None:
    profile = tmp / "templates" / "profile.md.j2"
    profile.write_text(profile.read_text("utf-8") + "\nEdited template.\n", "utf-8")


EDITS = {
    "sentence appended": _append("The ministry said ZTE would be reviewed."),
    "override added": _override("title: Edited\nsummary: A summary by hand.\n"),
    "override with a problem": _bad_override,
    "headline changed (so the id)": _new_title,
    "article added": _added,
    "article removed, the last naming an entity": _removed,
    "article removed": _added_then_removed,
    "unreadable file added": _broken,
    "entity named for the first time": _new_entity,
    "entity override": _entity_override,
    "entity merged into another": _entity_merge,
    "registry entry added": _registry_entry,
    "template changed": _template,
}


@pytest.mark.parametrize("kind", list(EDITS))
def test_a_rebuild_after_an_edit_equals_a_clean_build(tmp_path, seeds, kind):
    shutil.copytree(ROOT / "templates", tmp_path / "templates")  # a copy to edit
    chosen = {"templates": tmp_path / "templates"}
    build(settings(tmp_path, seeds, "docs", cache=tmp_path / "cache", **chosen))
    EDITS[kind](tmp_path, seeds)
    result = build(settings(tmp_path, seeds, "docs", cache=tmp_path / "cache", **chosen))
    clean = build(settings(tmp_path, seeds, "clean", cache=None, **chosen))
    assert files(tmp_path / "docs") == files(tmp_path / "clean")
    assert [str(p) for p in result.problems] == [str(p) for p in clean.problems]
    # and the store the rebuild left serves the next edit
    _append("Officials said Huawei would be consulted.")(tmp_path, seeds)
    result = build(settings(tmp_path, seeds, "docs", cache=tmp_path / "cache", **chosen))
    assert result.extracted == 1
    shutil.rmtree(tmp_path / "clean")
    build(settings(tmp_path, seeds, "clean", cache=None, **chosen))
    assert files(tmp_path / "docs") == files(tmp_path / "clean")


def test_an_override_removed_is_undone(tmp_path, seeds):
    rebuild(tmp_path, seeds)
    _override("title: Edited\n")(tmp_path, seeds)
    rebuild(tmp_path, seeds)
    shutil.rmtree(tmp_path / "overrides" / "articles")
    same_as_clean(tmp_path, seeds, rebuild(tmp_path, seeds))


def test_a_skipped_file_is_still_reported_by_a_rebuild(tmp_path, seeds):
    _broken(tmp_path, seeds)
    assert any("zz-empty.txt" in str(p) for p in rebuild(tmp_path, seeds).problems)
    _append("The ministry said ZTE would be reviewed.")(tmp_path, seeds)
    result = rebuild(tmp_path, seeds)
    assert any("zz-empty.txt" in str(p) for p in result.problems)
    same_as_clean(tmp_path, seeds, result)


@pytest.mark.parametrize("where", ["countries/china.md", "articles/index.md", "data/stances.csv"])
def test_a_generated_file_changed_by_hand_is_made_again(tmp_path, seeds, where):
    rebuild(tmp_path, seeds)
    page = tmp_path / "docs" / where
    page.write_text("changed by hand\n", "utf-8")
    same_as_clean(tmp_path, seeds, rebuild(tmp_path, seeds))
    page.unlink()
    same_as_clean(tmp_path, seeds, rebuild(tmp_path, seeds))


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
    same_as_clean(tmp_path, seeds, rebuild(tmp_path, seeds))


def _stalling(monkeypatch: pytest.MonkeyPatch, source: str) -> None:
    """Extraction never ends for the article read from ``source``."""
    from briefing.extract import Extractor

    real = Extractor.__call__

    def stall(self, text):  # type: ignore[no-untyped-def]
        if text.source == source:
            while True:
                time.sleep(0.01)
        return real(self, text)

    monkeypatch.setattr(Extractor, "__call__", stall)


@pytest.mark.parametrize("jobs", [1, 2])
def test_no_article_stalls_the_build(tmp_path, seeds, monkeypatch, jobs):
    import briefing.workers

    if jobs == 2:  # extract in worker processes, even the seeds' five articles
        monkeypatch.setattr(briefing.workers, "PARALLEL_THRESHOLD", 1)
        # forked (other tests' web servers are threads): the workers stall too
        monkeypatch.setattr(briefing.workers.threading, "active_count", lambda: 1)
    stuck = article(seeds, 2).name
    _stalling(monkeypatch, stuck)
    started = time.monotonic()
    result = rebuild(tmp_path, seeds, extraction_budget=1, jobs=jobs)
    assert time.monotonic() - started < 30
    said = [str(p) for p in result.problems if stuck in str(p)]
    assert len(said) == 1, result.problems
    assert "extraction took too long (over 1 s); published with its text only" in said[0]
    data = json.loads((tmp_path / "docs" / "data" / "briefing.json").read_text("utf-8"))
    entry = next(a for a in data["articles"] if a["source"] == stuck)
    assert entry["actors"] == entry["stances"] == []
    page = (tmp_path / "docs" / "articles" / f"{entry['id']}.md").read_text("utf-8")
    assert "## Text" in page and len(page) > 2000  # its text, published
    assert all(a["actors"] for a in data["articles"] if a["source"] != stuck)
    # the outcome is kept: the next build neither waits for it again nor forgets it
    started = time.monotonic()
    again = rebuild(tmp_path, seeds, extraction_budget=1, jobs=jobs)
    assert again.extracted == 0 and time.monotonic() - started < 10
    assert [str(p) for p in again.problems] == [str(p) for p in result.problems]


def test_parallel_extraction_gives_the_same_output(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    originals = sorted((ROOT / "seeds").glob("*.txt"))
    count = PARALLEL_THRESHOLD + 5
    for number in range(count):
        text = originals[number % len(originals)].read_text("utf-8")
        headline, _, body = text.partition("\n")
        (seeds / f"{number:03}.txt").write_text(f"{headline} (part {number})\n{body}", "utf-8")
    one = build(settings(tmp_path, seeds, "one", cache=None, jobs=1))
    two = build(settings(tmp_path, seeds, "two", cache=None, jobs=2))
    many = build(settings(tmp_path, seeds, "many", cache=None, jobs=200))  # capped at the cores
    assert one.extracted == two.extracted == many.extracted == count
    assert files(tmp_path / "one") == files(tmp_path / "two") == files(tmp_path / "many")


def test_extraction_is_a_pure_function_a_cluster_can_map(tmp_path):
    """What a Dask bag or Spark job would do: ship the registry and articles to
    other processes, map ``extract_article`` there, and get equal records back."""
    import pickle
    from concurrent.futures import ProcessPoolExecutor

    from briefing.extract import extract_article
    from briefing.ingest import read_folder
    from briefing.registry import load_registry

    articles, _ = read_folder(ROOT / "seeds")
    registry = pickle.loads(pickle.dumps(load_registry()))
    here = [extract_article(a, registry) for a in articles]
    with ProcessPoolExecutor(max_workers=2) as pool:
        there = list(pool.map(extract_article, articles, [registry] * len(articles)))
    assert there == here


def test_extractions_stored_by_another_job_serve_the_build(tmp_path, seeds):
    """The README's recipe: a job (a Dask bag, say) extracts the articles the
    store lacks and stores them; the build then extracts nothing."""
    from briefing.extract import extract_article
    from briefing.ingest import read_folder
    from briefing.pipeline import load_inputs
    from briefing.store import Store
    from briefing.workers import Outcome, keep, stored

    chosen = settings(tmp_path, seeds, "docs", cache=tmp_path / "cache")
    _, registry = load_inputs(chosen)  # the registry the build extracts with
    with Store.open(tmp_path / "cache") as store:
        articles, _ = read_folder(seeds, store)
        todo = [a for a in articles if stored(store, a, registry) is None]
        for a in todo:
            keep(store, a, registry, Outcome(extract_article(a, registry)))
    result = build(chosen)
    assert (result.extracted, result.cached) == (0, len(articles)) and todo
    build(settings(tmp_path, seeds, "clean", cache=None))
    assert files(tmp_path / "docs") == files(tmp_path / "clean")


def test_a_change_of_furniture_rules_reparses_and_reextracts(tmp_path):
    from dataclasses import replace

    from briefing.ingest import Furniture, read_folder
    from briefing.registry import load_registry
    from briefing.store import Store
    from briefing.workers import extraction_key

    registry = load_registry()
    rules = Furniture.load()
    with Store.open(tmp_path) as store:
        before, _ = read_folder(ROOT / "seeds", store, rules)
        # a rule that drops every line mentioning Huawei
        huawei = re.compile(r".*Huawei.*")
        changed = replace(rules, drop_line=(*rules.drop_line, huawei), fingerprint="other rules")
        after, _ = read_folder(ROOT / "seeds", store, changed)
    differs = [a for a, b in zip(before, after, strict=True) if a.text != b.text]
    assert differs
    for a, b in zip(before, after, strict=True):
        same_key = extraction_key(a, registry) == extraction_key(b, registry)
        assert same_key == (a.text == b.text)


def test_the_build_collects_garbage_less_often_and_restores_the_setting(tmp_path, monkeypatch):
    import gc

    import briefing.pipeline as pipeline

    seen = []
    assemble = pipeline.assemble

    def watching(*args, **kwargs):
        seen.append(gc.get_threshold())
        return assemble(*args, **kwargs)

    monkeypatch.setattr(pipeline, "assemble", watching)
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        build(settings(tmp_path, ROOT / "seeds", "docs", cache=None))
        assert seen == [(pipeline.GC_YOUNG, 10, 1000)]
        assert gc.get_threshold() == (700, 10, 10) and not gc.get_freeze_count()
        with pytest.raises(RuntimeError), pipeline.fewer_collections():
            raise RuntimeError("a failed build")
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_links_a_page_does_not_show_never_make_it_again(tmp_path: Path, seeds: Path) -> None:
    """Without a repository's editor the pages show no starter: a build for
    another site folder (the schema's path) or overrides folder, as the
    command line's --site, --no-site and --overrides give, rewrites nothing."""
    from briefing.settings import EditLinks

    cache = tmp_path / "cache"
    first = build(settings(tmp_path, seeds, "docs", cache=cache))
    assert first.report is not None and first.report.written > 0
    other = EditLinks(folder="elsewhere/", schema="../../other-site/override.schema.json")
    again = build(settings(tmp_path, seeds, "docs", cache=cache, edit=other))
    assert again.report is not None and again.report.written == 0
    # with an editor, the links are on the pages: they are made again
    editor = EditLinks(edit="https://git.example.org/briefing/edit/main/overrides/")
    shown = build(settings(tmp_path, seeds, "docs", cache=cache, edit=editor))
    assert shown.report is not None and shown.report.written > 0
