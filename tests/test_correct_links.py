""" "Correct this page" and the rows' "correct" links, in headless Chromium:
with ``repo_url`` and ``edit_uri`` they open the repository's editor on the
page's override file, or GitHub's new-file form filled with a starter that
parses and builds; without them, the How to edit page and the command."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import yaml
from playwright.sync_api import expect

from briefing.publish.files import build_docs
from briefing.publish.site import build_site
from briefing.settings import Settings

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
AXE_CORE = Path(os.environ.get("AXE_CORE") or ROOT / ".cache/node/node_modules/axe-core/axe.min.js")
REPO = "https://github.com/team/briefing"
EDITED = "japan-might-be-planning-to-boycott-huawei-and-zte-equipment"  # has an override file
NEW = "u-s-uk-agree-to-work-together-to-form-trusted-5g-solutions"  # has none
CORRECT = "a:text-is('Correct this page')"


def project(tmp: Path, repository: bool) -> Path:
    """A copy of the project; ``repository``: with ``repo_url`` and ``edit_uri``,
    and Material's "edit this page" button. One article and one entity have
    override files."""
    folder = tmp / "project"
    folder.mkdir()
    for name in ("mkdocs.yml", "docs", "templates", "theme", "seeds"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, folder / name)
    if repository:
        config = (folder / "mkdocs.yml").read_text("utf-8")
        config = config.replace(
            "theme:\n", f"repo_url: {REPO}\nedit_uri: edit/main/docs/\ntheme:\n", 1
        ).replace("  features:\n", "  features:\n    - content.action.edit\n", 1)
        (folder / "mkdocs.yml").write_text(config, "utf-8")
    overrides = folder / "overrides"
    (overrides / "articles").mkdir(parents=True)
    (overrides / "entities").mkdir()
    (overrides / "articles" / f"{EDITED}.yaml").write_text("title: A writer's headline\n")
    (overrides / "entities" / "huawei.yaml").write_text("aliases: [Huawei Tech]\n")
    return folder


def build(folder: Path) -> Path:
    result = build_site(
        folder / "mkdocs.yml", folder / "site", True, cache=str(folder / ".cache"), docs=None
    )
    assert result.problems == [], result.problems
    return folder / "site"


@pytest.fixture(scope="module")
def github(tmp_path_factory, serve) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    folder = project(tmp_path_factory.mktemp("github"), repository=True)
    return folder, serve(build(folder))


@pytest.fixture(scope="module")
def no_repository(tmp_path_factory, serve) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    folder = project(tmp_path_factory.mktemp("plain"), repository=False)
    return folder, serve(build(folder))


def new_file(url: str) -> tuple[str, str]:
    """The path and the content of GitHub's new-file form at ``url``."""
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{REPO}/new/main"
    query = parse_qs(parts.query, strict_parsing=True)
    assert len(url) <= 8000  # GitHub refuses a longer URL
    return query["filename"][0], query["value"][0]


def uncomment(starter: str) -> str:
    """What a writer makes of a row's starter: its lines after "Uncomment"
    with their first "# " taken off."""
    lines = starter.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("# Uncomment")) + 1
    return "\n".join(line[2:] for line in lines[start:] if line.startswith("# ")) + "\n"


def data(folder: Path, overrides: Path) -> dict:  # type: ignore[type-arg]
    """``briefing.json`` of the project built with ``overrides``, and no problem."""
    result, _ = build_docs(
        Settings(
            seeds=folder / "seeds",
            docs=folder / "out",
            templates=folder / "templates",
            overrides=overrides,
            cache=folder / ".cache",
        )
    )
    assert result.problems == [], result.problems
    return json.loads((folder / "out" / "data" / "briefing.json").read_text("utf-8"))


def test_an_existing_override_file_opens_in_the_repository_editor(page, github) -> None:  # type: ignore[no-untyped-def]
    folder, server = github
    page.goto(server + f"articles/{EDITED}/")
    link = page.locator(CORRECT)
    expect(link).to_be_visible()
    editor = f"{REPO}/edit/main/overrides/articles/{EDITED}.yaml"
    assert link.get_attribute("href") == editor
    # Material's "edit this page" goes there too, and so does each row's link
    assert page.locator("a.md-content__button").first.get_attribute("href") == editor
    rows = page.locator("a.bf-fix")
    assert rows.count() > 5
    assert {rows.nth(i).get_attribute("href") for i in range(rows.count())} == {editor}
    page.goto(server + "companies/huawei/")
    expect(page.locator(CORRECT)).to_have_attribute(
        "href", f"{REPO}/edit/main/overrides/entities/huawei.yaml"
    )


def test_a_missing_override_file_opens_a_new_file_with_its_starter(page, github) -> None:  # type: ignore[no-untyped-def]
    folder, server = github
    page.goto(server + f"articles/{NEW}/")
    url = str(page.locator(CORRECT).get_attribute("href"))
    assert page.locator("a.md-content__button").first.get_attribute("href") == url
    path, starter = new_file(url)
    assert path == f"overrides/articles/{NEW}.yaml"
    lines = starter.splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../../site/data/override.schema.json"
    assert "# Extracted stances (" in starter  # the whole starter fits in the link
    assert yaml.safe_load(starter) is None  # all commented out: it changes nothing
    overrides = folder / "starter"
    (overrides / "articles").mkdir(parents=True)
    (overrides / "articles" / f"{NEW}.yaml").write_text(starter, "utf-8")
    data(folder, overrides)  # and it builds, without a problem
    page.goto(server + "companies/zte/")
    path, starter = new_file(str(page.locator(CORRECT).get_attribute("href")))
    assert path == "overrides/entities/zte.yaml"
    assert "# Overrides for the entity 'ZTE' (company)" in starter


def test_a_rows_link_starts_a_file_about_that_stance(page, github) -> None:  # type: ignore[no-untyped-def]
    folder, server = github
    page.goto(server + f"articles/{NEW}/")
    table = page.locator("xpath=//h2[normalize-space()='Stances']/following::table[1]")
    row = table.locator("tbody tr").first
    cells = [c.strip() for c in row.locator("td").all_inner_texts()]
    link = row.locator("a.bf-fix")
    expect(link).to_have_text("correct")
    expect(link).to_have_attribute("aria-label", "Correct this stance")
    path, starter = new_file(str(link.get_attribute("href")))
    assert path == f"overrides/articles/{NEW}.yaml"
    assert f"# About the stance {cells[0]} -> {cells[3]}: {cells[1]}" in starter
    before = data(folder, folder / "none")
    overrides = folder / "row"
    (overrides / "articles").mkdir(parents=True)
    (overrides / "articles" / f"{NEW}.yaml").write_text(uncomment(starter), "utf-8")
    after = data(folder, overrides)

    def stances(briefing: dict) -> set[tuple[str, str, str]]:  # type: ignore[type-arg]
        record = next(a for a in briefing["articles"] if a["id"] == NEW)
        return {(s["actor"], s["target"], s["position"]) for s in record["stances"]}

    assert stances(before) - stances(after) == {(cells[0], cells[3], cells[1])}
    assert len(stances(after)) == len(stances(before)) - 1


@pytest.mark.parametrize("which", ["figure", "actor"])
def test_figure_and_actor_rows_link_to_their_own_starters(page, github, which) -> None:  # type: ignore[no-untyped-def]
    folder, server = github
    page.goto(server + "articles/")
    hrefs = page.locator(".md-content :is(li, td) a").evaluate_all("els => els.map(e => e.href)")
    for href in [h for h in hrefs if EDITED not in h]:
        page.goto(href)
        links = page.locator(f"a.bf-fix[aria-label='Correct this {which}']")
        if links.count():
            break
    else:
        pytest.fail(f"no article page without an override file has a {which} row")
    path, starter = new_file(str(links.first.get_attribute("href")))
    body = uncomment(starter)
    assert len(yaml.safe_load(body)[f"{which}s"]["remove"]) == 1  # that one item
    overrides = folder / which
    (overrides / "articles").mkdir(parents=True)
    (overrides / path.removeprefix("overrides/")).write_text(body, "utf-8")
    data(folder, overrides)  # it builds, without a problem: the item is there to remove


def test_without_a_repository_the_link_leads_to_how_to_edit_with_the_command(
    page, no_repository
) -> None:  # type: ignore[no-untyped-def]
    folder, server = no_repository
    page.goto(server + f"articles/{NEW}/")
    correct = page.locator(".bf-correct")
    expect(correct.locator("code")).to_have_text(f"python build.py override {NEW}")
    assert page.locator("a.md-content__button").count() == 0
    correct.locator("a").click()
    page.wait_for_url("**/editing/#correct-a-page")
    expect(page.locator("[id='correct-a-page']")).to_be_in_viewport()
    page.goto(server + "companies/huawei/")
    expect(page.locator(".bf-correct code")).to_have_text(
        "python build.py override --entity huawei"
    )
    hrefs = page.locator("a.bf-fix").evaluate_all("els => els.map(e => e.href)")
    assert hrefs and {unquote(h) for h in hrefs} == {server + "editing/#correct-a-page"}


def test_the_footer_links_the_corrections_page(page, no_repository) -> None:  # type: ignore[no-untyped-def]
    folder, server = no_repository
    page.goto(server + f"articles/{EDITED}/")
    page.locator("footer a:text-is('Corrections')").click()
    page.wait_for_url(server + "corrections/")
    expect(page.locator("h1")).to_have_text("Corrections")
    item = page.locator("h3", has_text="A writer's headline")
    expect(item).to_be_visible()
    expect(page.locator("code", has_text=f"overrides/articles/{EDITED}.yaml")).to_be_visible()
    expect(page.locator("td", has_text="Huawei Tech")).to_be_visible()


def test_axe_finds_no_serious_violations_on_the_corrections_page(page, no_repository) -> None:  # type: ignore[no-untyped-def]
    if not AXE_CORE.is_file():
        pytest.fail(f"axe-core not found at {AXE_CORE}", pytrace=False)
    _, server = no_repository
    for path in ("corrections/", f"articles/{NEW}/"):
        page.goto(server + path, wait_until="networkidle")
        page.add_script_tag(path=str(AXE_CORE))
        results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
        serious = [
            (v["id"], [n["html"][:100] for n in v["nodes"][:3]])
            for v in results["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert serious == [], (path, serious)


@pytest.mark.parametrize("width", [400, 1440])
def test_the_pages_fit_the_screen(page, github, width) -> None:  # type: ignore[no-untyped-def]
    _, server = github
    page.set_viewport_size({"width": width, "height": 900})
    for path in (f"articles/{NEW}/", "companies/huawei/", "corrections/"):
        page.goto(server + path, wait_until="networkidle")
        widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1] + 1, (path, widths)
