"""A reader on any screen: every kind of page at 400, 1024 and 1440 px, in
the light and the dark colour scheme (the reader's system setting), in
headless Chromium: the accessibility audit, no sideways scroll, no text cut
short where it fits, and the stance matrix usable (every column reachable,
targets a finger can hit, counts that link to their sentences). Then the
Find page's facets, and the site opened from disk (``--offline``)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import CHROMIUM_ARGS, chromium_path

pytestmark = pytest.mark.browser

WIDTHS = (400, 1024, 1440)
SCHEMES = ("light", "dark")
PAGES = {  # a page of each kind
    "home": "",
    "matrix": "matrix/",
    "article": "articles/japan-might-be-planning-to-boycott-huawei-and-zte-equipment/",
    "profile": "companies/huawei/",
    "country": "countries/united-states/",
    "section": "companies/",
    "articles": "articles/",
    "find": "find/",
}
FINGER = 44  # px: the least width and height of a target a finger can hit


@pytest.fixture(scope="module")
def scrollbars(browser) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Chromium as a reader has it: with scroll bars (headless hides them)."""
    shown = browser.browser_type.launch(
        executable_path=chromium_path(),
        headless=True,
        args=CHROMIUM_ARGS,
        ignore_default_args=["--hide-scrollbars"],
    )
    yield shown
    shown.close()


@pytest.fixture(
    scope="module",
    params=[(w, s) for s in SCHEMES for w in WIDTHS],
    ids=[f"{w}px-{s}" for s in SCHEMES for w in WIDTHS],
)
def screen(request, scrollbars) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A page in a browser window of one width and colour scheme (the
    reader's system setting, which Material follows)."""
    width, scheme = request.param
    context = scrollbars.new_context(
        viewport={"width": width, "height": 900}, color_scheme=scheme, reduced_motion="reduce"
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.scheme = scheme  # type: ignore[attr-defined]
    yield page
    context.close()


def scheme_of(page) -> str:  # type: ignore[no-untyped-def]
    return str(page.evaluate("() => document.body.getAttribute('data-md-color-scheme')"))


def axe(page, axe_core: Path) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    """The serious and critical findings of axe-core on the page as shown."""
    page.add_script_tag(path=str(axe_core))
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        {
            "rule": v["id"],
            "help": v["help"],
            "nodes": [(n["html"][:100], n["failureSummary"][:200]) for n in v["nodes"][:3]],
        }
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]


# text of the page's content that ends in "…", or that CSS cuts with an ellipsis
# while it overflows its box ("…and 3 more" is a sentence, not cut text)
CUT_TEXT = """() => {
  const cut = [];
  const walker = document.createTreeWalker(
    document.querySelector('.md-content'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    if (text.endsWith('…') && !text.startsWith('…')) cut.push(text.slice(-60));
  }
  for (const e of document.querySelectorAll('.md-content *')) {
    const style = getComputedStyle(e);
    if (style.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1)
      cut.push('ellipsis: ' + e.textContent.trim().slice(0, 60));
  }
  return cut;
}"""


@pytest.mark.parametrize("kind", PAGES)
def test_every_page_reads_on_every_screen_in_both_schemes(screen, server, kind, axe_core) -> None:  # type: ignore[no-untyped-def]
    page = screen
    width = page.viewport_size["width"]
    page.goto(server + PAGES[kind], wait_until="networkidle")
    assert scheme_of(page) == {"light": "default", "dark": "slate"}[page.scheme]
    if kind == "find":  # results and filters shown, as a reader sees them
        page.locator("#bf-find .pagefind-ui__search-input").fill("Huawei")
        page.locator(".pagefind-ui__result").first.wait_for()
        page.wait_for_function(
            "() => [...document.querySelectorAll('.pagefind-ui__result')]"
            ".every(item => item.querySelector('a'))"
        )
    findings = axe(page, axe_core)
    assert findings == [], json.dumps(findings, indent=1)
    sideways = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert sideways <= 1, f"/{PAGES[kind]} scrolls sideways by {sideways} px at {width} px"
    assert page.evaluate(CUT_TEXT) == []
    if width >= 1440:  # the empty navigation sidebar takes no room
        sidebar = page.locator(".md-sidebar--primary")
        assert sidebar.count() == 0 or not sidebar.is_visible()


def test_every_matrix_column_is_reachable_and_its_counts_usable(screen, server) -> None:  # type: ignore[no-untyped-def]
    page = screen
    width = page.viewport_size["width"]
    page.goto(server, wait_until="networkidle")
    box = page.locator(".bf-matrix .md-typeset__table")
    expect(box).to_have_count(1)
    box.scroll_into_view_if_needed()
    size = box.evaluate(
        "b => ({scroll: b.scrollWidth, client: b.clientWidth, bar: b.offsetHeight - b.clientHeight,"
        " height: b.getBoundingClientRect().height})"
    )
    assert size["height"] <= 900, (
        "the matrix box is taller than the screen: its scroll bar is off it"
    )
    if size["scroll"] > size["client"]:  # it scrolls sideways: a scroll bar shows it
        assert size["bar"] >= 8, f"no visible horizontal scroll bar at {width} px: {size}"
    headings = page.locator(".bf-matrix thead th")
    assert headings.count() >= 3
    sticky = page.locator(".bf-matrix thead th").first
    for i in range(1, headings.count()):
        heading = headings.nth(i)
        heading.evaluate("h => h.scrollIntoView({block: 'nearest', inline: 'nearest'})")
        seen = heading.evaluate(
            """h => { const r = h.getBoundingClientRect();
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return h.contains(hit); }"""
        )
        assert seen, f"matrix column {i} ({heading.inner_text()}) cannot be brought into view"
        left = heading.bounding_box()["x"]
        assert left >= sticky.bounding_box()["x"] + sticky.bounding_box()["width"] - 1
    # the actors' column stays put while the others scroll under it
    box.evaluate("b => { b.scrollLeft = b.scrollWidth; }")
    assert page.locator(".bf-matrix tbody tr th").first.is_visible()
    assert abs(sticky.bounding_box()["x"] - box.bounding_box()["x"]) <= 20
    # counts: a number a finger can hit, its first sentence as tooltip
    counts = page.locator(".bf-matrix a.bf-count")
    assert counts.count() > 10
    for i in range(counts.count()):
        area = counts.nth(i).evaluate(
            "a => { const r = a.getBoundingClientRect(); return [r.width, r.height]; }"
        )
        assert min(area) >= FINGER, f"count {i} is {area} px"
    first = counts.first
    assert re.fullmatch(r"(oppose|support|undecided) \d+", " ".join(first.inner_text().split()))
    assert first.get_attribute("title").startswith("“")


def test_a_count_links_to_as_many_sentences(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto(server, wait_until="networkidle")
    counts = page.locator(".bf-matrix a.bf-count")
    busiest = max(range(counts.count()), key=lambda i: int(counts.nth(i).inner_text().split()[-1]))
    link = counts.nth(busiest)
    position, number = link.inner_text().split()  # "oppose 5"
    tooltip = link.get_attribute("title")
    link.click()
    page.wait_for_url(re.compile(r"/matrix/#m-[a-z0-9-]+--[a-z0-9-]+$"))
    cell = page.locator(":target")
    expect(cell).to_be_visible()
    listed = cell.locator(f"li:has(.bf-{position})")
    assert listed.count() == min(int(number), 10)
    first = listed.first.locator("a").first
    assert tooltip.startswith("“" + first.inner_text()[:60])
    first.click()  # and on to the sentence in its article
    page.wait_for_url(re.compile(r"/articles/[^/]+/#s-\d+$"))
    expect(page.locator(":target")).to_be_visible()


def test_tables_sort_by_a_column_as_numbers(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "countries/", wait_until="networkidle")
    column = page.locator(".bf-table thead th").nth(1)  # articles
    button = column.locator("button.bf-sort")
    expect(button).to_have_text("Articles")

    def numbers() -> list[int]:
        cells = page.locator(".bf-table tbody tr td:nth-child(2)").all_inner_texts()
        return [int(c.replace(",", "")) for c in cells]

    button.click()
    assert column.get_attribute("aria-sort") == "ascending"
    assert numbers() == sorted(numbers()) and len(set(numbers())) > 1
    button.click()
    assert column.get_attribute("aria-sort") == "descending"
    assert numbers() == sorted(numbers(), reverse=True)


def test_a_profile_lists_people_and_bodies_apart_from_companies(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "countries/china/", wait_until="networkidle")
    for heading in page.locator("h2").all_inner_texts():
        assert heading != "People and bodies"
    companies = page.locator("xpath=//h2[normalize-space()='Companies']/following::ul[1]//a")
    assert "Huawei" in companies.all_inner_texts()
    people = page.locator("xpath=//h2[normalize-space()='People']/following::ul[1]//a")
    for href in people.evaluate_all("links => links.map(a => a.getAttribute('href'))"):
        assert "/people/" in href
    said = page.locator("p", has_text="Also written as").inner_text()
    aliases = said.split("Also written as: ")[1].split(". Appears")[0].split("; ")
    folded = Counter(a.casefold() for a in [*aliases, "China"])
    assert max(folded.values()) == 1, aliases


def test_evidence_reads_on_a_phone(browser, server) -> None:  # type: ignore[no-untyped-def]
    """At 400 px each row of a stance table is a card: the evidence takes the
    width, not one word per line."""
    page = browser.new_page(viewport={"width": 400, "height": 900})
    try:
        page.goto(server + PAGES["profile"], wait_until="networkidle")
        evidence = page.locator(".bf-table td.bf-evidence").first
        box = evidence.bounding_box()
        assert box["width"] >= 300, box
        label = evidence.evaluate("e => getComputedStyle(e, '::before').content")
        assert label == '"Evidence: "'
    finally:
        page.close()


# -- Find ------------------------------------------------------------------


def test_find_has_every_facet_and_no_empty_values(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "find/", wait_until="networkidle")
    assert page.locator(".bf-header-search").count() == 1  # a header search to speak of
    page.locator("#bf-find .pagefind-ui__search-input").fill("Huawei")
    page.locator(".pagefind-ui__result").first.wait_for()
    names = page.locator(".pagefind-ui__filter-group-label").all_text_contents()
    assert {"kind", "country", "company", "organization", "person", "stance", "act"} <= set(names)
    for name in page.locator(".pagefind-ui__filter-name").all():
        name.click()
    values = page.locator(".pagefind-ui__filter-label").all_inner_texts()
    assert values and not [v for v in values if v.strip().endswith("(0)")], values
    assert any(v.startswith("banned (") for v in facet(page, "act").all_inner_texts())


def facet(page, name: str):  # type: ignore[no-untyped-def]
    """The values of one of the Find page's facets (its block, opened)."""
    block = page.locator("details.pagefind-ui__filter-block").filter(
        has=page.locator(f"legend:text-is('{name}')")
    )
    if block.get_attribute("open") is None:
        block.locator("summary").click()
    return block.locator(".pagefind-ui__filter-label")


DATED = {
    "a.txt": "Country bans router maker\nThe Wire | Updated: Jan 10, 2024\n\n"
    "The United States banned Huawei from its networks, officials said.\n",
    "b.txt": "Deal on cables\nThe Wire | Updated: Mar 5, 2024\n\n"
    "Japan and Australia signed an agreement on undersea cables, officials said.\n",
    "c.txt": "Fine for a platform\nThe Wire | Updated: Jun 20, 2024\n\n"
    "The European Union fined Apple over its app store rules, officials said.\n",
}


ARTICLE_TITLES = [text.splitlines()[0] for text in DATED.values()]


@pytest.fixture(scope="module")
def dated_site(tmp_path_factory, build_corpus, serve) -> str:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("dated")
    (out / "seeds").mkdir()
    for name, text in DATED.items():
        (out / "seeds" / name).write_text(text, "utf-8")
    built = build_corpus(out, out / "seeds", strict=False)
    assert built.result.articles == 3
    return serve(built.site)


def test_find_narrows_to_a_date_range_and_an_act(page, dated_site) -> None:  # type: ignore[no-untyped-def]
    page.goto(dated_site + "find/", wait_until="networkidle")
    page.locator("#bf-find .pagefind-ui__search-input").fill("officials")
    page.locator(".pagefind-ui__result").first.wait_for()

    def titles() -> list[str]:
        page.wait_for_timeout(400)
        page.wait_for_function(
            "() => [...document.querySelectorAll('.pagefind-ui__result')]"
            ".every(item => item.querySelector('a'))"
        )
        shown = page.locator(".pagefind-ui__result").evaluate_all(
            "items => items.map(item => item.querySelector('a').textContent.trim())"
        )
        return sorted(t for t in shown if t in ARTICLE_TITLES)  # profiles have acts too

    assert titles() == ["Country bans router maker", "Deal on cables", "Fine for a platform"]
    # periods are the months the articles fall in: from March on, then up to March
    published_from = facet(page, "published from")
    assert [v.split(" (")[0] for v in published_from.all_inner_texts()] == [
        "2024-01",
        "2024-03",
        "2024-06",
    ]
    published_from.filter(has_text="2024-03").click()
    assert titles() == ["Deal on cables", "Fine for a platform"]
    facet(page, "published until").filter(has_text="2024-03").click()
    assert titles() == ["Deal on cables"]
    facet(page, "published until").filter(has_text="2024-03").click()
    published_from.filter(has_text="2024-03").click()
    facet(page, "act").filter(has_text="banned").click()
    assert titles() == ["Country bans router maker"]


# -- the site from disk --------------------------------------------------------


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory, build_corpus) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("offline")
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    return build_corpus(out, seeds, strict=True, offline=True).site


def test_the_offline_site_works_from_a_file_url(page, offline_site, assert_local) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((offline_site / "index.html").as_uri())
    page.locator(".md-content h3 a").first.click()  # an article, not a folder's listing
    page.wait_for_url(re.compile(r"^file://.*/articles/[^/]+\.html$"))
    expect(page.locator(".md-content h1")).to_be_visible()
    page.locator(".md-content a[href*='companies/huawei.html']").first.click()
    page.wait_for_url(re.compile(r"/companies/huawei\.html$"))
    expect(page.locator("h1")).to_have_text("Huawei")
    page.locator("input.md-search__input").click()  # the header search, without a server
    page.locator("input.md-search__input").press_sequentially("Japan", delay=20)
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    page.goto((offline_site / "find.html").as_uri())
    expect(page.locator("#bf-find-offline")).to_be_visible()  # says why, does not hang
    assert errors == []
    assert_local()
