"""The extraction cache and parallel extraction change speed, never output."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path

import pytest

from briefing.cache import PARALLEL_THRESHOLD
from briefing.pipeline import Settings, build

ROOT = Path(__file__).resolve().parent.parent


def settings(tmp: Path, seeds: Path, name: str, **extra) -> Settings:
    return Settings(
        seeds=seeds,
        docs=tmp / name,
        build_site=False,
        templates=ROOT / "templates",
        overrides=tmp / "overrides",
        registry=tmp / "registry",
        **extra,
    )


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


def render_line(caplog: pytest.LogCaptureFixture) -> str:
    """The render stage's summary line in the log."""
    return next(r.getMessage() for r in caplog.records if r.getMessage().startswith("render"))


def files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_cache_skips_unchanged_articles_and_keeps_output(tmp_path, seeds):
    cache = tmp_path / "cache"
    cold = build(settings(tmp_path, seeds, "cold", cache=cache))
    warm = build(settings(tmp_path, seeds, "warm", cache=cache))
    build(settings(tmp_path, seeds, "fresh", cache=None))
    assert (cold.extracted, cold.cached) == (5, 0)
    assert (warm.extracted, warm.cached) == (0, 5)
    assert files(tmp_path / "warm") == files(tmp_path / "cold") == files(tmp_path / "fresh")
    edited = sorted(seeds.glob("*.txt"))[1]
    edited.write_text(edited.read_text("utf-8") + "\nSweden banned ZTE in 2020.\n", "utf-8")
    again = build(settings(tmp_path, seeds, "again", cache=cache))
    assert (again.extracted, again.cached) == (1, 4)
    assert files(tmp_path / "again") == files(build_and_return(tmp_path, seeds))


def build_and_return(tmp: Path, seeds: Path) -> Path:
    build(settings(tmp, seeds, "uncached", cache=None))
    return tmp / "uncached"


# JSON that is not an entry: an actor without its fields
WRONG_FIELDS = (
    '{"article": "x", "actors": [{"id": "a"}], "stances": [], "figures": [], "summary": "", '
    '"summary_sentences": [], "entities": []}'
)


@pytest.mark.parametrize("damage", ["{not json", WRONG_FIELDS], ids=["not-json", "wrong-fields"])
def test_a_damaged_cache_entry_is_recomputed(tmp_path, damage):
    cache = tmp_path / "cache"
    build(settings(tmp_path, ROOT / "seeds", "one", cache=cache))
    for entry in cache.rglob("*.json"):
        entry.write_text(damage, "utf-8")
    for pack in cache.glob("*.pack"):  # the packs' lines too, keys intact
        lines = pack.read_text("utf-8").splitlines()
        damaged = [line.partition("\t")[0] + "\t" + damage for line in lines[1:]]
        pack.write_text("\n".join([lines[0], *damaged, ""]), "utf-8")
    result = build(settings(tmp_path, ROOT / "seeds", "two", cache=cache))
    assert result.extracted == 5
    assert files(tmp_path / "one") == files(tmp_path / "two")


def test_cache_entries_are_read_from_one_pack_file(tmp_path, seeds):
    cache = tmp_path / "cache"
    build(settings(tmp_path, seeds, "one", cache=cache))
    packs = sorted(p.name for p in cache.glob("*.pack"))
    assert packs == ["articles.pack", "extractions.pack"]
    for pack in packs:  # an entry a line, each article's once
        assert len((cache / pack).read_text("utf-8").splitlines()) == 1 + 5
    entries = sorted(cache.rglob("*.json"))
    for entry in entries:  # the next build reads the packs alone
        entry.rename(entry.with_suffix(".moved"))
    again = build(settings(tmp_path, seeds, "two", cache=cache))
    assert (again.extracted, again.cached) == (0, 5)
    assert files(tmp_path / "one") == files(tmp_path / "two")
    for entry in entries:
        entry.with_suffix(".moved").rename(entry)
    # an edit appends the new entries; old ones are dropped once half are stale
    for number, path in enumerate(sorted(seeds.glob("*.txt"))):
        headline, _, body = path.read_text("utf-8").partition("\n")
        added = f"Norway said it would review {number + 2} network rules."
        path.write_text(f"{headline}\n{added}\n{body}", "utf-8")
        # full builds (a rebuild from the build state reads no pack)
        (cache / "state.sqlite").unlink(missing_ok=True)
        build(settings(tmp_path, seeds, "two", cache=cache))
        lines = (cache / "extractions.pack").read_text("utf-8").splitlines()
        assert len({line.partition("\t")[0] for line in lines}) == len(lines)
        # 6 to 9 entries, 5 live; the fifth edit makes 10, half stale: compacted
        assert len(lines) == 1 + (5 + number + 1 if number < 4 else 5)
    build(settings(tmp_path, seeds, "three", cache=None))
    assert files(tmp_path / "two") == files(tmp_path / "three")


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
    assert one.extracted == two.extracted == count
    assert files(tmp_path / "one") == files(tmp_path / "two")


def test_incremental_rendering_matches_a_clean_build(tmp_path, seeds, caplog):
    cache = tmp_path / "cache"
    build(settings(tmp_path, seeds, "docs", cache=cache))
    caplog.set_level("INFO", logger="briefing")
    caplog.clear()
    build(settings(tmp_path, seeds, "docs", cache=cache))
    pages = len(list((tmp_path / "docs").rglob("*.md")))
    skipped = int(render_line(caplog).split("(")[1].split()[0])
    assert skipped >= pages - 8  # only index pages and the home page are always rendered
    edited = sorted(seeds.glob("*.txt"))[3]
    edited.write_text(edited.read_text("utf-8") + "\nSweden banned ZTE in 2020.\n", "utf-8")
    caplog.clear()
    build(settings(tmp_path, seeds, "docs", cache=cache))
    # the data files are made of three pieces per article: only the edited
    # article's are made again
    assert "12 of 15 articles' data pieces kept" in render_line(caplog)
    build(settings(tmp_path, seeds, "clean", cache=None))
    assert files(tmp_path / "docs") == files(tmp_path / "clean")
    assert (tmp_path / "docs" / "countries" / "sweden.md").is_file()


def test_extraction_is_a_pure_function_a_cluster_can_map(tmp_path):
    """What a Dask bag or Spark job would do: ship the registry and articles to
    other processes, map ``extract_article`` there, and get equal records back."""
    import pickle
    from concurrent.futures import ProcessPoolExecutor

    from briefing.extract import extract_article
    from briefing.load import load_articles
    from briefing.registry import load_registry

    articles, _ = load_articles(ROOT / "seeds")
    registry = pickle.loads(pickle.dumps(load_registry()))
    here = [extract_article(a, registry) for a in articles]
    with ProcessPoolExecutor(max_workers=2) as pool:
        there = list(pool.map(extract_article, articles, [registry] * len(articles)))
    assert there == here


def test_extractions_stored_by_another_job_serve_the_build(tmp_path, seeds):
    """The README's recipe: a job (a Dask bag, say) extracts the articles the
    cache lacks and stores them; the build then extracts nothing."""
    from briefing.cache import ExtractionCache, cache_key
    from briefing.extract import extract_article
    from briefing.load import load_articles
    from briefing.pipeline import load_inputs

    chosen = settings(tmp_path, seeds, "docs", cache=tmp_path / "cache")
    _, registry, _, _ = load_inputs(chosen)  # the registry the build extracts with
    articles, _ = load_articles(seeds)
    store = ExtractionCache(tmp_path / "cache")
    todo = [a for a in articles if store.get(cache_key(a, registry)) is None]
    for article in todo:
        store.put(cache_key(article, registry), extract_article(article, registry))
    store.close()
    result = build(chosen)
    assert (result.extracted, result.cached) == (0, len(articles)) and todo
    build(settings(tmp_path, seeds, "clean", cache=None))
    assert files(tmp_path / "docs") == files(tmp_path / "clean")


def test_parsed_articles_come_from_the_cache_and_equal_a_fresh_parse(tmp_path, monkeypatch):
    import briefing.load
    from briefing.cache import ArticleCache
    from briefing.load import load_articles

    fresh, _ = load_articles(ROOT / "seeds")
    store = ArticleCache(tmp_path / "cache")
    first, _ = load_articles(ROOT / "seeds", parsed=store)
    store.flush()  # what the extraction stage does for entries its workers did not encode
    pack = (tmp_path / "cache" / "articles.pack").read_text("utf-8").splitlines()
    assert len(pack) - 1 == len(fresh) == 5  # the header, then an entry a line

    def parse(*args, **kwargs):
        raise AssertionError("an unchanged file was parsed again")

    monkeypatch.setattr(briefing.load, "parse", parse)
    second, _ = load_articles(ROOT / "seeds", parsed=ArticleCache(tmp_path / "cache"))
    assert second == first == fresh


def test_a_change_of_furniture_rules_reparses_and_reextracts(tmp_path):
    from dataclasses import replace

    from briefing.cache import ArticleCache, cache_key
    from briefing.load import Furniture, load_articles
    from briefing.registry import load_registry

    registry = load_registry()
    rules = Furniture.load()
    before, _ = load_articles(ROOT / "seeds", rules, ArticleCache(tmp_path))
    # a rule that drops every line mentioning Huawei
    huawei = re.compile(r".*Huawei.*")
    changed = replace(rules, drop_line=(*rules.drop_line, huawei), fingerprint="other rules")
    store = ArticleCache(tmp_path)
    after, _ = load_articles(ROOT / "seeds", changed, store)
    assert len(store.pending) == 5  # none came from the first rules' entries
    differs = [a for a, b in zip(before, after, strict=True) if a.text != b.text]
    assert differs
    for a, b in zip(before, after, strict=True):
        assert (cache_key(a, registry) == cache_key(b, registry)) == (a.text == b.text)


def test_render_helper_gives_the_same_pages(tmp_path, monkeypatch):
    import briefing.pipeline

    monkeypatch.setattr(briefing.pipeline, "PARALLEL_RENDER_PAGES", 10)  # the seeds: 57 pages
    # other tests' local web servers are threads; the build forks only when alone
    monkeypatch.setattr(briefing.pipeline.threading, "active_count", lambda: 1)
    one = build(settings(tmp_path, ROOT / "seeds", "one", cache=None, jobs=1))
    two = build(settings(tmp_path, ROOT / "seeds", "two", cache=None, jobs=2))
    assert (one.render_processes, two.render_processes) == (1, 2)
    assert files(tmp_path / "one") == files(tmp_path / "two")
    assert one.pages == two.pages
    assert one.report == two.report
    # and a rebuild with the helper keeps every page it did not render
    again = build(settings(tmp_path, ROOT / "seeds", "two", cache=tmp_path / "cache", jobs=2))
    assert again.report.removed == 0
    assert files(tmp_path / "two") == files(tmp_path / "one")


def test_processes_claiming_pages_share_them_out_once_each():
    import multiprocessing
    import random

    from briefing.pipeline import Claims

    counter = multiprocessing.get_context("fork").Value("q", 0)
    walkers = [Claims(counter) for _ in range(3)]
    taken: list[list[int]] = [[] for _ in walkers]
    positions = [0] * len(walkers)
    pick = random.Random(7)
    while min(positions) < 200:  # the walkers go through 200 pages at uneven speeds
        who = pick.choice([n for n, p in enumerate(positions) if p < 200])
        if next(walkers[who]):
            taken[who].append(positions[who])
        positions[who] += 1
    every = sorted(page for pages in taken for page in pages)
    assert every == list(range(200))  # each page rendered, and once
    assert all(taken)  # by all of them


def test_a_template_error_in_the_render_helper_is_reported(tmp_path, monkeypatch):
    import pytest

    import briefing.pipeline
    from briefing.errors import ConfigError

    monkeypatch.setattr(briefing.pipeline, "PARALLEL_RENDER_PAGES", 10)
    monkeypatch.setattr(briefing.pipeline.threading, "active_count", lambda: 1)
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    profile = templates / "profile.md.j2"
    profile.write_text(profile.read_text("utf-8") + "{{ entity.no_such_thing() }}\n", "utf-8")
    with pytest.raises(ConfigError, match="profile.md.j2"):
        build(
            Settings(
                seeds=ROOT / "seeds",
                docs=tmp_path / "docs",
                build_site=False,
                templates=templates,
                overrides=tmp_path / "overrides",
                registry=tmp_path / "registry",
                cache=None,
                jobs=2,
            )
        )


def test_incremental_rendering_follows_every_kind_of_edit(tmp_path, seeds):
    """After each edit, a rebuild over the last build's pages and cache gives
    the same files as a clean build: nothing stale is kept."""
    overrides = tmp_path / "overrides"
    cache = tmp_path / "cache"
    build(settings(tmp_path, seeds, "docs", cache=cache))
    first = sorted(seeds.glob("*.txt"))[0]
    data = (tmp_path / "docs" / "data" / "briefing.json").read_text("utf-8")
    article_id = next(a["id"] for a in json.loads(data)["articles"] if a["source"] == first.name)

    def article_override() -> None:
        (overrides / "articles").mkdir(parents=True)
        (overrides / "articles" / f"{article_id}.yaml").write_text("title: Edited\n", "utf-8")

    def entity_rename() -> None:
        (overrides / "entities").mkdir(parents=True)
        (overrides / "entities" / "huawei.yaml").write_text("name: Huawei Tech\n", "utf-8")

    def entity_merge() -> None:
        (overrides / "entities" / "zte.yaml").write_text("merge: [huawei]\n", "utf-8")

    def article_edit() -> None:
        text = first.read_text("utf-8") + "\nSweden said it opposes Nokia.\n"
        first.write_text(text, "utf-8")

    def article_removed() -> None:
        sorted(seeds.glob("*.txt"))[-1].unlink()

    edits = [article_override, entity_rename, entity_merge, article_edit, article_removed]
    for number, edit in enumerate(edits):
        edit()
        build(settings(tmp_path, seeds, "docs", cache=cache))
        build(settings(tmp_path, seeds, f"clean{number}", cache=None))
        assert files(tmp_path / "docs") == files(tmp_path / f"clean{number}"), edit.__name__


def test_files_parsed_by_the_workers_equal_those_parsed_here(tmp_path):
    from briefing.cache import Workers
    from briefing.load import Furniture, load_articles
    from briefing.registry import load_registry

    originals = sorted((ROOT / "seeds").glob("*.txt"))
    for number in range(PARALLEL_THRESHOLD):  # enough for the workers to parse them
        source = originals[number % len(originals)]
        (tmp_path / f"{number:03d}_{source.name}").write_bytes(source.read_bytes())
    (tmp_path / "100_empty.txt").write_text("\n\n", "utf-8")
    (tmp_path / "101_not_text.txt").write_bytes(b"\xff\xfe\x00\xd8 broken")
    furniture = Furniture.load()
    here, said_here = load_articles(tmp_path, furniture)
    with Workers(2, load_registry(), furniture) as workers:
        there, said_there = load_articles(tmp_path, furniture, parse_many=workers.parse)
        assert workers._pool is not None  # the files went to the worker processes
    assert there == here and len(here) == PARALLEL_THRESHOLD
    assert [str(p) for p in said_there] == [str(p) for p in said_here]
    assert [p.path.rsplit("/", 1)[-1] for p in said_here] == ["100_empty.txt", "101_not_text.txt"]


def test_the_build_collects_garbage_less_often_and_restores_the_setting(tmp_path, monkeypatch):
    import gc

    import briefing.pipeline as pipeline

    seen = []
    assemble = pipeline.assemble

    def watching(*args, **kwargs):
        seen.append(gc.get_threshold()[0])
        return assemble(*args, **kwargs)

    monkeypatch.setattr(pipeline, "assemble", watching)
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        build(settings(tmp_path, ROOT / "seeds", "docs", cache=None))
        assert seen == [pipeline.GC_YOUNG]
        assert gc.get_threshold() == (700, 10, 10)
        with pytest.raises(RuntimeError), pipeline.fewer_collections():
            raise RuntimeError("a failed build")
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)
