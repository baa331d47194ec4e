"""Writing generated pages into docs/: only the generated part, only what changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.publish import DocsWriter


def test_writer_writes_keeps_and_removes(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "articles").mkdir(parents=True)
    (docs / "about.md").write_text("hand-written", "utf-8")
    (docs / "articles" / "stale.md").write_text("old", "utf-8")
    (docs / "articles" / "same.md").write_text("same", "utf-8")
    writer = DocsWriter(docs)
    writer.put("articles/new.md", "new")
    writer.put("articles/same.md", "same")
    writer.put_pieces("data/briefing.json", iter([b"{", b"}"]))
    report = writer.finish()
    assert (report.written, report.unchanged, report.removed) == (2, 1, 1)
    assert not (docs / "articles" / "stale.md").exists()
    assert (docs / "about.md").read_text("utf-8") == "hand-written"
    assert (docs / "data" / "briefing.json").read_text("utf-8") == "{}"
    again = DocsWriter(docs)
    again.put_pieces("data/briefing.json", iter([b"{}"]))
    again.put("articles/new.md", "new")
    again.put("articles/same.md", None)  # unchanged inputs: kept as it is
    assert again.finish() == type(report)(0, 3, 0)
    assert not list(docs.rglob("*.tmp"))


@pytest.mark.parametrize(
    "relative",
    ["../outside.md", "articles/../../outside.md", "about.md", "/etc/passwd", "articles/.."],
)
def test_writer_refuses_paths_outside_the_generated_part(tmp_path: Path, relative: str) -> None:
    writer = DocsWriter(tmp_path / "docs")
    with pytest.raises(BriefingError, match="refusing to write"):
        writer.put(relative, "x")
    assert not (tmp_path / "outside.md").exists()


def test_writer_replaces_a_link_instead_of_writing_through_it(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.md"
    target.write_text("keep me", "utf-8")
    (tmp_path / "docs" / "articles").mkdir(parents=True)
    (tmp_path / "docs" / "articles" / "x.md").symlink_to(target)
    writer = DocsWriter(tmp_path / "docs")
    writer.put("articles/x.md", "generated")
    writer.finish()
    assert target.read_text("utf-8") == "keep me"
    assert (tmp_path / "docs" / "articles" / "x.md").read_text("utf-8") == "generated"


def page(title: str) -> str:
    return (
        f'<!doctype html><html lang="en"><head><title>{title}</title></head><body>'
        f'<article class="md-content__inner"><h1>{title}</h1><p>About {title}.</p></article>'
        "</body></html>"
    )


def test_search_index_is_built_in_shards_while_pages_are_written(tmp_path: Path) -> None:
    from briefing.publish import SearchIndex

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
    from briefing.publish import SearchIndex

    site = tmp_path / "site"
    site.mkdir()
    index = SearchIndex(site, 100, 0)
    with pytest.raises(BriefingError, match="pagefind indexing failed"):
        index.finish()  # no pages at all
    assert not list(tmp_path.glob(".briefing-search-*"))


def test_a_site_built_without_the_plugin_is_indexed_afterwards(tmp_path: Path) -> None:
    from briefing.publish import index_site

    site = tmp_path / "site"
    for name in ("alpha", "beta"):
        (site / name).mkdir(parents=True)
        (site / name / "index.html").write_text(page(name), "utf-8")
    (site / "pagefind-9").mkdir()  # a stale shard of an earlier build
    index_site(site, 1)
    assert sorted(p.name for p in site.glob("pagefind*")) == ["pagefind", "pagefind-2"]
    assert '"../pagefind-2/"' in (site / "pagefind" / "shards.js").read_text("utf-8")
