"""Publishing: files written into a folder (only its generated part, only what
changed, atomically), and the Pagefind index, in shards, byte for byte the
same from the same pages."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.publish.files import write
from briefing.render import Output
from briefing.store import Store


def output(path: str, text: str) -> Output:
    return Output(path, f"digest of {text}", lambda: [text.encode()])


def test_writes_keeps_and_removes_only_generated_files(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "articles").mkdir(parents=True)
    (docs / "about.md").write_text("hand-written", "utf-8")
    (docs / "articles" / "stale.md").write_text("old", "utf-8")
    (docs / "articles" / "same.md").write_text("same", "utf-8")
    with Store.open(tmp_path / "cache") as store:
        outputs = [
            output("articles/new.md", "new"),
            output("articles/same.md", "same"),
            output("data/briefing.json", "{}"),
        ]
        report = write(outputs, docs, store)
        assert (report.written, report.unchanged, report.removed) == (3, 0, 1)
        again = write(outputs, docs, store)  # as the last build wrote them: kept
        assert (again.written, again.unchanged, again.removed) == (0, 3, 0)
        assert not (docs / "articles" / "stale.md").exists()
        assert (docs / "about.md").read_text("utf-8") == "hand-written"
        assert (docs / "data" / "briefing.json").read_text("utf-8") == "{}"
        assert not list(docs.rglob("*.tmp"))


def test_a_file_written_from_the_same_digest_is_not_made_again(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    made = []

    def counted(text: str) -> Output:
        return Output("articles/a.md", "one digest", lambda: made.append(text) or [text.encode()])

    with Store.open(tmp_path / "cache") as store:
        write([counted("a")], docs, store)
    old = docs / "articles" / "a.md"
    with Store.open(tmp_path / "cache") as store:
        report = write([counted("a")], docs, store)
    assert made == ["a"] and report.unchanged == 1
    old.write_text("changed by hand", "utf-8")
    then = time.time() - 60  # whatever its time: its size and time are not the stamp's
    os.utime(old, (then, then))
    with Store.open(tmp_path / "cache") as store:
        report = write([counted("a")], docs, store)
    assert made == ["a", "a"] and report.written == 1
    assert old.read_text("utf-8") == "a"


@pytest.mark.parametrize(
    "relative",
    ["../outside.md", "articles/../../outside.md", "about.md", "/etc/passwd", "articles/.."],
)
def test_refuses_paths_outside_the_generated_part(tmp_path: Path, relative: str) -> None:
    with Store.open(None) as store, pytest.raises(BriefingError, match="refusing to write"):
        write([output(relative, "x")], tmp_path / "docs", store)
    assert not (tmp_path / "outside.md").exists()


def test_replaces_a_link_instead_of_writing_through_it(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.md"
    target.write_text("keep me", "utf-8")
    (tmp_path / "docs" / "articles").mkdir(parents=True)
    (tmp_path / "docs" / "articles" / "x.md").symlink_to(target)
    with Store.open(None) as store:
        write([output("articles/x.md", "generated")], tmp_path / "docs", store)
    assert target.read_text("utf-8") == "keep me"
    assert (tmp_path / "docs" / "articles" / "x.md").read_text("utf-8") == "generated"


def page(title: str, filters: str = "") -> str:
    return (
        f'<!doctype html><html lang="en"><head><title>{title}</title></head><body>'
        f'<article class="md-content__inner"><h1>{title}</h1><p>About {title}.</p>{filters}'
        "</article></body></html>"
    )


def test_search_index_is_built_in_shards_while_pages_are_written(tmp_path: Path) -> None:
    from briefing.publish.search import SearchIndex

    site = tmp_path / "site"
    names = ["alpha", "beta", "gamma"]
    index = SearchIndex(site, 1, len(names))
    for name in names:
        (site / name).mkdir(parents=True)
        (site / name / "index.html").write_text(page(name), "utf-8")
        index.written(site / name / "index.html")
    index.finish()
    assert sorted(p.name for p in site.glob("pagefind*")) == [
        "pagefind",
        "pagefind-2",
        "pagefind-3",
    ]
    assert (site / "pagefind" / "shards.js").read_text("utf-8") == (
        'window.bfSearchShards = ["../pagefind-2/", "../pagefind-3/"];\n'
    )
    assert all((site / b / "pagefind-entry.json").is_file() for b in ("pagefind", "pagefind-3"))
    assert not list(tmp_path.glob(".briefing-search-*"))  # the scratch folder is gone


def test_search_index_failure_is_an_error_and_leaves_nothing_behind(tmp_path: Path) -> None:
    from briefing.publish.search import SearchIndex

    site = tmp_path / "site"
    site.mkdir()
    index = SearchIndex(site, 100, 0)
    with pytest.raises(BriefingError, match="pagefind indexing failed"):
        index.finish()  # no pages at all
    assert not list(tmp_path.glob(".briefing-search-*"))


def test_the_search_index_of_the_same_pages_is_the_same_bytes(tmp_path: Path) -> None:
    """Pagefind writes its filters in a hash table's random order; they are
    rewritten sorted (and still load: ``test_browser``'s Find page filters)."""
    from briefing.publish.search import SearchIndex

    filters = "".join(
        f'<span data-pagefind-filter="{kind}:{value}"></span>'
        for kind in ("kind", "country", "company", "stance")
        for value in ("one", "two", "three", "four", "five", "six")
    )
    built = []
    for run in range(3):
        site = tmp_path / f"site{run}"
        names = [f"page{n}" for n in range(12)]
        index = SearchIndex(site, 100, len(names))
        for name in names:
            (site / name).mkdir(parents=True)
            (site / name / "index.html").write_text(page(name, filters), "utf-8")
            index.written(site / name / "index.html")
        index.finish()
        built.append(
            {
                p.relative_to(site).as_posix(): p.read_bytes()
                for p in sorted((site / "pagefind").rglob("*"))
                if p.is_file()
            }
        )
    assert built[0] == built[1] == built[2]
    assert any(name.startswith("pagefind/filter/") for name in built[0])
