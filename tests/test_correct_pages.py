"""Where the correcting links lead, from ``mkdocs.yml``'s settings, and how
they follow the override files from one build to the next (the browser
tests, ``test_correct_links.py``, follow them on the site)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from briefing.publish.files import build_docs
from briefing.settings import EditLinks, Settings

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "japan-might-be-planning-to-boycott-huawei-and-zte-equipment"


def site(**config: str | None) -> SimpleNamespace:
    values = {"site_url": None, "site_dir": "/p/site", "docs_dir": "/p/docs"}
    return SimpleNamespace(**{"repo_url": None, "edit_uri": None, **values, **config})


@pytest.mark.parametrize(
    "config, edit, new, folder",
    [
        (
            {"repo_url": "https://github.com/team/briefing", "edit_uri": "edit/main/docs/"},
            "https://github.com/team/briefing/edit/main/overrides/",
            "https://github.com/team/briefing/new/main",
            "overrides/",
        ),
        (  # Material's view-only form, a trailing slash, another branch
            {"repo_url": "https://github.com/team/briefing/", "edit_uri": "blob/pages/docs/"},
            "https://github.com/team/briefing/blob/pages/overrides/",
            "https://github.com/team/briefing/new/pages",
            "overrides/",
        ),
        (  # another host: its editor for a file that is there; no new-file form
            {"repo_url": "https://gitlab.com/team/briefing", "edit_uri": "-/edit/main/docs/"},
            "https://gitlab.com/team/briefing/-/edit/main/overrides/",
            None,
            "overrides/",
        ),
        ({"repo_url": "https://github.com/team/briefing"}, None, None, "overrides/"),
    ],
)
def test_the_repository_editor_comes_from_repo_url_and_edit_uri(config, edit, new, folder):
    links = EditLinks.of(site(**config), Path("/p/overrides"))
    assert (links.edit, links.new, links.folder) == (edit, new, folder)
    assert links.schema == "../../site/data/override.schema.json"  # no site_url: the built copy


def test_the_starters_name_the_published_schema_when_the_site_has_an_address():
    links = EditLinks.of(site(site_url="https://team.github.io/briefing/"), Path("/p/overrides"))
    assert links.schema == "https://team.github.io/briefing/data/override.schema.json"


def test_a_new_override_file_turns_the_new_file_link_into_the_editor(tmp_path):
    """A file that changes nothing yet still changes where the page's links
    lead: a rebuild makes the page again, as a clean build makes it."""
    links = EditLinks.of(
        site(
            repo_url="https://github.com/team/briefing",
            edit_uri="edit/main/docs/",
            docs_dir=str(tmp_path / "docs"),
        ),
        tmp_path / "overrides",
    )

    def build(docs: Path, cache: Path) -> str:
        result, _ = build_docs(
            Settings(
                seeds=ROOT / "seeds",
                docs=docs,
                templates=ROOT / "templates",
                overrides=tmp_path / "overrides",
                registry=tmp_path / "registry",
                cache=cache,
                edit=links,
            )
        )
        assert result.problems == []
        return (docs / "articles" / f"{ARTICLE}.md").read_text("utf-8")

    before = build(tmp_path / "generated", tmp_path / "cache")
    assert "https://github.com/team/briefing/new/main?filename=overrides/articles/" in before
    file = tmp_path / "overrides" / "articles" / f"{ARTICLE}.yaml"
    file.parent.mkdir(parents=True)
    file.write_text("# a writer's file, nothing set yet\n", "utf-8")
    after = build(tmp_path / "generated", tmp_path / "cache")
    editor = f'href="https://github.com/team/briefing/edit/main/overrides/articles/{ARTICLE}.yaml"'
    assert editor in after and "/new/main?" not in after
    assert after == build(tmp_path / "clean", tmp_path / "clean-cache")
