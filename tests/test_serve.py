"""The live preview's watcher rebuilds docs/ when an input changes."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

from briefing.pipeline import Settings, build
from briefing.serve import _watch

ROOT = Path(__file__).resolve().parent.parent


def test_watcher_rebuilds_after_an_article_changes(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    settings = Settings(
        seeds=seeds,
        docs=tmp_path / "docs",
        build_site=False,
        templates=ROOT / "templates",
        overrides=tmp_path / "overrides",
        registry=tmp_path / "registry",
        cache=tmp_path / "cache",
    )
    build(settings)
    page = (
        tmp_path
        / "docs"
        / "articles"
        / "japan-might-be-planning-to-boycott-huawei-and-zte-equipment.md"
    )
    assert "Sweden" not in page.read_text("utf-8")
    stop = threading.Event()
    watcher = threading.Thread(target=_watch, args=(settings, stop, 0.1), daemon=True)
    watcher.start()
    try:
        time.sleep(0.3)
        article = seeds / "003_200945a98e701fd0.txt"
        article.write_text(article.read_text("utf-8") + "\nSweden banned ZTE in 2020.\n", "utf-8")
        deadline = time.monotonic() + 30
        sweden = tmp_path / "docs" / "countries" / "sweden.md"
        # pages are written one at a time: wait for the profile as well
        while time.monotonic() < deadline and not (
            "Sweden" in page.read_text("utf-8") and sweden.is_file()
        ):
            time.sleep(0.2)
        assert "Sweden" in page.read_text("utf-8")
        assert sweden.is_file()
    finally:
        stop.set()
        watcher.join(timeout=10)
