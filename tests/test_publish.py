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
    writer.put_pieces("data/briefing.json", iter(["{", "}"]))
    report = writer.finish()
    assert (report.written, report.unchanged, report.removed) == (2, 1, 1)
    assert not (docs / "articles" / "stale.md").exists()
    assert (docs / "about.md").read_text("utf-8") == "hand-written"
    assert (docs / "data" / "briefing.json").read_text("utf-8") == "{}"
    again = DocsWriter(docs)
    again.put_pieces("data/briefing.json", iter(["{}"]))
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
