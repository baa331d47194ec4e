"""Links in a writer's note or entity description are checked like the links
of a hand-written page (issue 23, row 11): a broken one fails ``--strict``,
naming the override file and line; a working one leads to the page."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from briefing.render.links import writer_links, writer_markdown

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "japan-might-be-planning-to-boycott-huawei-and-zte-equipment"

NOTE = """\
title: Japan may boycott Huawei and ZTE
note: |
  Based on a Reuters report; see [Huawei](../companies/huawei.md),
  [the data](../data/briefing.json) and [how to edit](../editing.md#merge-rules).

  Compare [Nokia](../companies/nokiaa.md).
"""
DESCRIPTION = """\
description: "A vendor; see [the other one](zte/) and [a page](../nowhere.md)."
"""


def project(tmp: Path) -> Path:
    folder = tmp / "project"
    folder.mkdir()
    for name in ("mkdocs.yml", "docs", "templates", "theme", "seeds"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, folder / name)
    for path, text in (
        (f"overrides/articles/{ARTICLE}.yaml", NOTE),
        ("overrides/entities/huawei.yaml", DESCRIPTION),
    ):
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(text, "utf-8")
    return folder


def build(folder: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "build.py"), "-q", "--cache", ".cache", *flags],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )


def test_a_broken_link_in_a_note_or_description_fails_strict_with_file_and_line(tmp_path):
    folder = project(tmp_path)
    loose = build(folder)
    assert loose.returncode == 0, loose.stderr
    note = (
        f"overrides/articles/{ARTICLE}.yaml:6: note: the link '../companies/nokiaa.md' leads "
        f"to no page or file of the site; links are relative to the page (articles/{ARTICLE}.md)"
    )
    description = (
        "overrides/entities/huawei.yaml:1: description: the link 'zte/' leads to no page or "
        "file of the site (did you mean 'zte.md'?)"
    )
    nowhere = "overrides/entities/huawei.yaml:1: description: the link '../nowhere.md' leads"
    for said in (note, description, nowhere):
        assert said in loose.stderr, loose.stderr
    assert loose.stderr.count("leads to no page") == 3  # the good links pass
    page = (folder / "site" / "articles" / ARTICLE / "index.html").read_text("utf-8")
    assert 'href="../../companies/huawei/"' in page  # the page's URL, not its file
    assert 'href="../../data/briefing.json"' in page
    assert 'href="../../editing/#merge-rules"' in page
    strict = build(folder, "--strict")
    assert strict.returncode == 1
    assert note in strict.stderr and "Traceback" not in strict.stderr


def test_links_are_found_on_their_lines_and_lead_to_the_pages_urls():
    text = "One [a](a.md) line.\n\nTwo\nthree [b](../companies/b.md#figures) [c](https://x.org)\n"
    links = writer_links("note", text, "articles/x.md", "o.yaml", 10)
    assert [(link.line, link.href, link.target) for link in links] == [
        (10, "a.md", "articles/a.md"),
        (13, "../companies/b.md#figures", "companies/b.md"),
    ]
    html = str(writer_markdown(text, "articles/x.md"))
    assert 'href="../a/"' in html and 'href="../../companies/b/#figures"' in html
    assert 'href="https://x.org"' in html
    outside = writer_links("note", "[up](../../x.md)", "articles/x.md", "o.yaml", 1)[0]
    assert outside.problem(lambda path: True) is not None  # out of the site: never there
