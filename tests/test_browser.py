"""The built site in headless Chromium: navigation, search, evidence links,
offline assets, phone layout, untrusted text and accessibility."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
PROFILE = "companies/huawei/"


def article_urls(built) -> list[str]:  # type: ignore[no-untyped-def]
    """Site-relative URLs of the article pages, e.g. ``articles/some-slug/``."""
    pages = sorted(p.stem for p in (built.docs / "articles").glob("*.md") if p.stem != "index")
    assert pages, f"no article pages in {built.docs / 'articles'}"
    return [f"articles/{slug}/" for slug in pages]


def open_search(page) -> None:  # type: ignore[no-untyped-def]
    """Open Material's search: the header's label on a phone, the input itself on desktop."""
    page.locator("label[for=__search]:visible, input.md-search__input:visible").first.click()
    expect(page.locator("input.md-search__input")).to_be_focused()


# --- the project's own site -------------------------------------------------


def test_home_page_lists_every_article(page, server, built_site, assert_local) -> None:
    page.goto(server)
    assert "Briefing" in page.title()
    links = page.locator(".md-content h3 a[href^='articles/']")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert len(hrefs) == 5, f"expected 5 article links on the home page, found {hrefs}"
    assert sorted(hrefs) == article_urls(built_site)
    assert_local()


def test_search_finds_huawei(page, server, assert_local) -> None:
    page.goto(server)
    open_search(page)
    page.locator("input.md-search__input").press_sequentially("Huawei", delay=20)
    items = page.locator(".md-search-result__item")
    expect(items.first).to_be_visible()
    texts = items.all_inner_texts()
    assert any("huawei" in text.lower() for text in texts), texts
    assert_local()


def test_evidence_link_lands_on_its_sentence(page, server, assert_local) -> None:
    page.goto(server + PROFILE)
    table = page.locator(
        "xpath=//h2[normalize-space()='What others did toward it']/following::table[1]"
    )
    link = table.locator("a[href*='#s-']").first
    expect(link).to_be_visible()
    link_text = link.inner_text().strip()
    link.click()
    page.wait_for_url(re.compile(r"/articles/[^/]+/#s-\d+$"))
    anchor = page.url.rsplit("#", 1)[1]
    sentence = page.locator(f"[id='{anchor}']")
    expect(sentence).to_have_count(1)
    expect(sentence).to_be_visible()
    expect(sentence).to_be_in_viewport()
    assert sentence.inner_text().strip()[:40] == link_text[:40]
    assert page.evaluate("() => document.querySelector(':target')?.id") == anchor
    assert_local()


def test_pages_load_nothing_from_other_hosts(
    page, server, built_site, requested, assert_local
) -> None:
    for path in ["", "about/", PROFILE, *article_urls(built_site), "404.html"]:
        page.goto(server + path, wait_until="networkidle")
    open_search(page)
    page.locator("input.md-search__input").press_sequentially("Japan", delay=20)
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    assert any(url.endswith("search_index.json") for url in requested)
    assert any(url.endswith(".css") for url in requested)
    assert_local()


def test_404_page(page, server, built_site) -> None:
    not_found = built_site.site / "404.html"
    assert not_found.is_file()
    assert "404" in not_found.read_text("utf-8")
    # SimpleHTTPRequestHandler answers with its own page, not 404.html.
    response = page.goto(server + "no/such/page/")
    assert response is not None and response.status == 404


@pytest.mark.parametrize("which", ["home", "article", "profile"])
def test_phone_viewport_has_no_sideways_scroll(page, server, built_site, tmp_path, which) -> None:
    path = {"home": "", "article": article_urls(built_site)[0], "profile": PROFILE}[which]
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server + path, wait_until="networkidle")
    tables = page.locator(".md-content table").count()
    assert tables, f"{path or 'home'}: expected at least one table to check"
    expect(page.locator(".md-typeset__scrollwrap")).to_have_count(tables)
    shot = tmp_path / f"phone-{which}.png"
    page.screenshot(path=str(shot), full_page=True)
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1] + 1, (
        f"{path or 'home'} scrolls sideways on a phone: scrollWidth {widths[0]} > "
        f"innerWidth {widths[1]} (screenshot: {shot})"
    )


# --- accessibility ----------------------------------------------------------


@pytest.mark.parametrize("which", ["home", "article", "profile"])
def test_axe_finds_no_serious_violations(page, server, built_site, axe_core, which) -> None:
    path = {"home": "", "article": article_urls(built_site)[0], "profile": PROFILE}[which]
    page.goto(server + path, wait_until="networkidle")
    page.add_script_tag(path=str(axe_core))
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    violations = results["violations"]
    by_impact = Counter(v["impact"] for v in violations)
    print(f"\naxe-core {results['testEngine']['version']} on /{path}: {dict(by_impact)}")
    for v in violations:
        targets = [" ".join(map(str, n["target"])) for n in v["nodes"]]
        print(f"  {v['impact']:>8} {v['id']}: {v['help']} ({len(targets)}x) {targets[:3]}")
        print("           " + v["nodes"][0]["failureSummary"].replace("\n", " | ")[:300])
    serious = [
        {
            "rule": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["html"][:120] for n in v["nodes"][:3]],
        }
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, json.dumps(serious, indent=2)


# --- untrusted article text -------------------------------------------------

HOSTILE = """\
Huawei <script>alert(1)</script> news <img src=x onerror=alert(2)>
<script>alert(4)</script>
Huawei said "><script>alert(5)</script> and <script>alert(1)</script> on Monday.
Then <img src=x onerror=alert(2)> and [click](javascript:alert(3)) and **bold** text.
The United States opposes Huawei, officials said.
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory, serve, build_corpus) -> str:  # type: ignore[no-untyped-def]
    """A one-article corpus full of markup, built and served; its article's URL."""
    out = tmp_path_factory.mktemp("hostile")
    seeds = out / "seeds"
    seeds.mkdir()
    (seeds / "hostile.txt").write_text(HOSTILE, "utf-8")
    built = build_corpus(out, seeds, strict=False)
    assert built.result.articles == 1, built.result.problems
    (article,) = article_urls(built)
    return serve(built.site) + article


def test_untrusted_text_is_shown_not_run(page, hostile_site, assert_local) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(hostile_site, wait_until="networkidle")
    assert dialogs == [], f"untrusted text ran as script on load: alert({dialogs})"
    text = page.locator(".md-content").inner_text()
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(2)>" in text
    assert "[click](javascript:alert(3))" in text
    assert "**bold**" in text
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert (
        page.evaluate("() => [...document.links].filter(a => a.protocol === 'javascript:').length")
        == 0
    )
    assert page.locator("img[src='x']").count() == 0, "article text became an <img>"
    assert (
        page.evaluate(
            "() => [...document.scripts].filter(s => s.textContent.includes('alert(')).length"
        )
        == 0
    )
    # Search results render page text too.
    open_search(page)
    page.locator("input.md-search__input").press_sequentially("onerror", delay=20)
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    page.wait_for_timeout(300)
    assert dialogs == [], f"untrusted text ran as script from search: alert({dialogs})"
    assert_local()


def test_untrusted_text_stays_inside_attributes(page, hostile_site) -> None:
    """Article text reaches attributes too (``<meta name="description">``)."""
    page.goto(hostile_site, wait_until="domcontentloaded")
    description = page.locator("meta[name=description]").get_attribute("content") or ""
    assert '"><script>alert(5)</script>' in description, (
        f"the description attribute was cut short by a quote in the article: {description!r}"
    )
    injected = page.evaluate(
        "() => [...document.querySelectorAll('head script, head img')]"
        ".filter(e => (e.textContent + e.outerHTML).includes('alert(')).length"
    )
    assert injected == 0, "article text injected elements into <head>"


def test_find_page_searches_with_filters(page, server, assert_local) -> None:
    """The Pagefind page finds articles and narrows them by country."""

    def result_pages() -> list[str]:
        # results fill in as their fragments load: wait until every one has its link
        page.wait_for_function(
            "() => [...document.querySelectorAll('.pagefind-ui__result')]"
            ".every(item => item.querySelector('a'))"
        )
        return page.locator(".pagefind-ui__result").evaluate_all(
            "items => items.map(item => item.querySelector('a').getAttribute('href'))"
        )

    page.goto(server + "find/", wait_until="networkidle")
    page.locator("#bf-find .pagefind-ui__search-input").fill("Huawei")
    results = page.locator(".pagefind-ui__result")
    results.first.wait_for(timeout=10_000)
    unfiltered = result_pages()
    assert any("japan-might-be-planning-to-boycott" in href for href in unfiltered), unfiltered
    # narrow to pages about France: the boycott article does not mention it
    page.locator(".pagefind-ui__filter-name", has_text="country").first.click()
    page.get_by_label("France").first.check()
    page.wait_for_function(
        "n => document.querySelectorAll('.pagefind-ui__result').length < n", arg=len(unfiltered)
    )
    filtered = result_pages()
    assert any("u-s-uk-agree" in href for href in filtered), filtered
    assert not any("japan-might-be-planning-to-boycott" in href for href in filtered), filtered
    assert_local()
