"""Golden files: one seed article's front matter and one rendered profile page.

The pages are built by the real pipeline from ``seeds/`` and compared with
the files under ``tests/golden/``. After an intended change, regenerate them
and review the diff before committing:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden"
UPDATE = bool(os.environ.get("UPDATE_GOLDEN"))
REGENERATE = "UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py"

SEED = "004_962ec36825621a8a.txt"  # the article whose front matter is golden
PROFILE = "companies/huawei.md"  # the profile page that is golden


@pytest.fixture(scope="module")
def docs(seed_docs: Path) -> Path:
    return seed_docs


def front_matter(page: str) -> str:
    """The YAML between the opening ``---`` and the next ``---`` line."""
    lines = page.splitlines(keepends=True)
    assert lines and lines[0] == "---\n", "the page does not start with front matter"
    end = next(i for i, line in enumerate(lines[1:], 1) if line == "---\n")
    return "".join(lines[1:end])


def article_page(docs: Path, source: str) -> str:
    for path in sorted((docs / "articles").glob("*.md")):
        text = path.read_text("utf-8")
        if text.startswith("---\n") and yaml.safe_load(front_matter(text)).get("source") == source:
            return text
    raise AssertionError(f"no article page has source {source}")


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, "utf-8")
        return
    assert path.is_file(), f"{path} is missing; create it with: {REGENERATE}"
    expected = path.read_text("utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"tests/golden/{name} (expected)",
                tofile=f"{name} (built now)",
            )
        )
        pytest.fail(
            f"{name} differs from its golden file:\n{diff}\n"
            f"If the change is intended, regenerate with: {REGENERATE}",
            pytrace=False,
        )


def test_article_front_matter_matches_golden(docs: Path) -> None:
    data = front_matter(article_page(docs, SEED))
    parsed = yaml.safe_load(data)
    assert parsed["source"] == SEED
    assert {"title", "id", "summary", "actors", "stances", "figures"} <= set(parsed)
    check_golden("front_matter_004.yaml", data)


def test_profile_page_matches_golden(docs: Path) -> None:
    page = (docs / PROFILE).read_text("utf-8")
    assert page.startswith("---\n")
    check_golden(PROFILE, page)


def test_an_actor_seen_only_by_its_name_has_no_seen_as(docs: Path) -> None:
    import html
    import re

    shown = hidden = 0
    for path in sorted((docs / "articles").glob("*.md")):
        page = path.read_text("utf-8")
        actors = yaml.safe_load(front_matter(page)).get("actors")
        if not actors:
            continue
        listed = page.split('class="bf-actors">', 1)[1].split("</ul>")[0]
        items = re.findall(r"<li>(.*?)</li>", listed)
        assert len(items) == len(actors)
        for item, actor in zip(items, actors, strict=True):
            if actor["aliases"] == [actor["name"]]:
                assert "seen as" not in item
                hidden += 1
            else:
                assert f" · seen as {html.escape(', '.join(actor['aliases']))}" in item
                shown += 1
    assert shown and hidden  # the seeds have both
