"""The analyst's views in headless Chromium, on a folder as an analyst has it
(``views_corpus.py``: dated Markdown with front matter, undated text, real
saved pages): links resolve, the timeline's filters change what is shown,
everything is reached with the keyboard, the axe audit finds nothing serious
in light or dark, and no request leaves the site."""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import expect
from test_links import file_of, parse, url_of
from views_corpus import make_views_corpus

pytestmark = pytest.mark.browser

VIEWS = ["timeline/", "graph/", "figures/"]


# A writer's correction: the 42.1 billion won fine is the KCC's, on Google;
# the other article gives the KCC's fine on Google as 47.5 billion won.
KCC = "regulator-notifies-google-of-punishment-for-unfair-practices-in-app-market"
CORRECTION = """figures:
  replace:
    - match: {text: 42.1 billion won}
      with: {actor: kcc-korea, of: fine on Google}
"""


@pytest.fixture(scope="module")
def views_site(tmp_path_factory, build_corpus):  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("views")
    make_views_corpus(out / "seeds")
    (out / "overrides" / "articles").mkdir(parents=True)
    (out / "overrides" / "articles" / f"{KCC}.yaml").write_text(CORRECTION, "utf-8")
    built = build_corpus(out, out / "seeds", strict=True, overrides=str(out / "overrides"))
    assert not built.result.errors, built.result.errors
    return built


@pytest.fixture(scope="module")
def views_server(views_site, serve) -> str:  # type: ignore[no-untyped-def]
    return serve(views_site.site)


def busiest_profile(views_site) -> str:  # type: ignore[no-untyped-def]
    """The profile with the most stances taken or aimed at it: the richest views."""
    data = json.loads((views_site.docs / "data" / "briefing.json").read_text("utf-8"))
    counts: Counter[str] = Counter()
    for article in data["articles"]:
        for s in article["stances"]:
            counts[s["actor_id"]] += 1
            counts[s["target_id"]] += 1
    pages = {e["id"]: e["page"] for e in data["entities"]}
    best = next(i for i, _ in counts.most_common() if i in pages)
    return pages[best][: -len(".md")] + "/"


def test_the_views_links_and_anchors_resolve(views_site) -> None:  # type: ignore[no-untyped-def]
    site = views_site.site
    checked = 0
    broken = []
    for url in [*VIEWS, busiest_profile(views_site)]:
        path = site / url / "index.html"
        page = parse(path)
        base = "http://site" + url_of(site, path)
        for href in page.links:
            parts = urlsplit(href)
            if parts.scheme in ("http", "https", "mailto") or href.startswith("#__"):
                continue
            resolved = urlsplit(urljoin(base, href))
            target = file_of(site, resolved.path)
            checked += 1
            if target is None:
                broken.append(f"{url}: {href}")
            elif resolved.fragment and resolved.fragment not in parse(target).ids:
                broken.append(f"{url}: {href} (no such anchor)")
    assert checked > 100 and broken == []


def visible_events(page) -> int:  # type: ignore[no-untyped-def]
    return page.locator("#bf-timeline li.bf-event:visible").count()


def test_the_timeline_filters_change_what_is_shown(page, views_server, assert_local) -> None:  # type: ignore[no-untyped-def]
    page.goto(views_server + "timeline/", wait_until="networkidle")
    form = page.locator("form.bf-view-filter")
    expect(form).to_be_visible()  # the script shows it
    total = page.locator("#bf-timeline li.bf-event").count()
    assert total > 10 and visible_events(page) == total
    expect(page.locator(".bf-view-count")).to_have_text(f"{total} of {total} events shown")

    country = form.locator("select[name=country]")
    options = country.locator("option").evaluate_all("os => os.map(o => o.value).filter(Boolean)")
    # the country in the most events but not all of them
    counts = {
        value: page.locator(f"#bf-timeline li.bf-event[data-country~='{value}']").count()
        for value in options
    }
    chosen = max((v for v in counts if counts[v] < total), key=lambda v: (counts[v], v))
    country.select_option(chosen)
    assert visible_events(page) == counts[chosen] < total
    shown = page.locator("#bf-timeline li.bf-event:visible").evaluate_all(
        "es => es.map(e => e.getAttribute('data-country').split(' '))"
    )
    assert all(chosen in countries for countries in shown)
    expect(page.locator(".bf-view-count")).to_have_text(f"{counts[chosen]} of {total} events shown")
    # an empty month is hidden with its heading
    hidden_months = page.locator("#bf-timeline section.bf-month[hidden]").count()
    assert hidden_months > 0

    position = form.locator("select[name=position]")
    position.select_option("support")
    narrowed = visible_events(page)
    assert narrowed <= counts[chosen]
    positions = page.locator("#bf-timeline li.bf-event:visible").evaluate_all(
        "es => es.map(e => e.getAttribute('data-position'))"
    )
    assert set(positions) <= {"support"}

    form.locator("button[type=reset]").click()
    expect(page.locator(".bf-view-count")).to_have_text(f"{total} of {total} events shown")

    act = form.locator("select[name=act]")
    act.select_option("deadline")
    deadlines = visible_events(page)
    assert 0 < deadlines < total
    assert page.locator("#bf-timeline li.bf-event:visible:not(.bf-deadline)").count() == 0
    assert_local()


def test_undated_articles_are_listed_apart(page, views_server, views_site) -> None:  # type: ignore[no-untyped-def]
    data = json.loads((views_site.docs / "data" / "briefing.json").read_text("utf-8"))
    without = sorted(a["title"] for a in data["articles"] if "date" not in a)
    assert len(without) >= 5  # telecom10's articles, most of them without a date
    page.goto(views_server + "timeline/")
    undated = page.locator("#undated + p + ul li")
    assert sorted(t.split(" · ")[0] for t in undated.all_inner_texts()) == without
    link = undated.first.locator("a")
    link.click()
    page.wait_for_url("**/articles/**")
    expect(page.locator("h1")).to_be_visible()
    assert "Published:" not in page.locator(".bf-meta").first.inner_text()


def tab_to(page, test: str, limit: int = 400) -> bool:  # type: ignore[no-untyped-def]
    """Press Tab until ``test`` (a JS expression on ``el``) holds for the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => {{ const el = document.activeElement; return !!({test}); }}"):
            return True
    return False


def test_the_views_are_used_with_the_keyboard(page, views_server, assert_local) -> None:  # type: ignore[no-untyped-def]
    page.goto(views_server + "timeline/", wait_until="networkidle")
    total = page.locator("#bf-timeline li.bf-event").count()
    assert tab_to(page, "el.name === 'country' && el.tagName === 'SELECT'")
    page.keyboard.press("ArrowDown")  # the first country
    page.wait_for_function(
        "n => document.querySelectorAll('#bf-timeline li.bf-event:not([hidden])').length < n",
        arg=total,
    )

    page.goto(views_server + "graph/", wait_until="networkidle")
    assert tab_to(page, "el.closest('svg') && el.classList.contains('bf-node')")
    label = page.evaluate("() => document.activeElement.getAttribute('aria-label')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/{countries,companies,organizations,people}/**")
    assert page.locator("h1").inner_text().strip() == label.rsplit(" (", 1)[0]

    page.goto(views_server + "graph/", wait_until="networkidle")
    # a relation whose newest evidence is a body sentence (a headline's opens the page top)
    assert tab_to(
        page,
        "el.closest('svg') && el.querySelector('path.bf-edge')"
        " && (el.getAttribute('href') || '').includes('#s-')",
    )
    page.keyboard.press("Enter")
    page.wait_for_url("**/articles/**#s-*")
    anchor = page.url.rsplit("#", 1)[1]
    expect(page.locator(f"[id='{anchor}']")).to_be_in_viewport()
    assert_local()


def test_a_profile_shows_its_timeline_graph_and_figures(
    page, views_server, views_site, assert_local
) -> None:  # type: ignore[no-untyped-def]
    profile = busiest_profile(views_site)
    page.goto(views_server + profile, wait_until="networkidle")
    name = page.locator("h1").inner_text().strip()
    expect(page.locator("h2#timeline")).to_be_visible()
    assert page.locator(".bf-profile-timeline li.bf-event").count() > 0
    svg = page.locator(".bf-graph svg.bf-graph-svg")
    expect(svg).to_be_visible()
    centre = svg.locator("a.bf-centre")
    assert centre.get_attribute("aria-label").startswith(name)  # type: ignore[union-attr]
    # the table beside the drawing holds the same relations
    drawn = svg.locator("a:has(path.bf-edge)").count()
    rows = page.locator("table:has(caption.bf-caption) tbody tr").count()
    assert drawn == rows > 0
    other = svg.locator("a.bf-node:not(.bf-centre)").first
    other.click()
    page.wait_for_url("**/{countries,companies,organizations,people}/**")
    assert page.locator("h1").inner_text().strip() != name
    assert_local()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("which", ["timeline", "graph", "figures", "profile"])
def test_axe_finds_nothing_serious_on_the_views(
    page, views_server, views_site, axe_core, which, scheme
) -> None:  # type: ignore[no-untyped-def]
    url = busiest_profile(views_site) if which == "profile" else f"{which}/"
    page.emulate_media(color_scheme=scheme)
    page.goto(views_server + url, wait_until="networkidle")
    expected = "slate" if scheme == "dark" else "default"
    # Material sets the scheme from the media query in its script, which a busy
    # machine may run after "networkidle": wait for it (a timeout fails the test)
    page.wait_for_function(
        "expected => document.body.getAttribute('data-md-color-scheme') === expected",
        arg=expected,
        timeout=15_000,
    )
    page.add_script_tag(path=str(axe_core))
    # on a profile, the sections the views add (the rest of the page is the
    # profile's own); in the dark scheme, the page's content: the colours of
    # Material's navigation on it (its current item) are not the views' (they
    # fail on every page, hand-written ones too)
    if which == "profile":
        context = "{include: [['.bf-view']]}"
    elif scheme == "dark":
        context = "{include: [['.md-content']]}"
    else:
        context = "document"
    results = page.evaluate(f"() => axe.run({context}, {{resultTypes: ['violations']}})")
    assert results["passes"] or results["violations"] or which != "profile"
    serious = [
        {"rule": v["id"], "impact": v["impact"], "nodes": [n["html"][:160] for n in v["nodes"][:3]]}
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, json.dumps(serious, indent=2)


def test_figures_that_disagree_are_flagged_on_the_figures_page_and_the_profile(
    page, views_server, assert_local
) -> None:  # type: ignore[no-untyped-def]
    page.goto(views_server + "figures/", wait_until="networkidle")
    # (the corpus the folder is made from grows; other conflicts may appear beside this one)
    conflict = page.locator("section.bf-figure-group.bf-conflict", has_text="fine on Google")
    expect(conflict).to_have_count(1)
    expect(conflict.locator("h3")).to_contain_text("fine on Google · 2023 · KRW")
    rows = conflict.locator("tbody tr").all_inner_texts()
    assert [r.split("\t")[:2] for r in rows] == [
        ["47.5 billion won", "2023-10-06"],
        ["42.1 billion won", "2023-08-16"],
    ]
    conflict.locator("tbody tr").nth(1).locator("td").nth(3).locator("a").click()
    page.wait_for_url(f"**/articles/{KCC}/#s-*")
    assert "42.1 billion won" in page.locator(":target").inner_text()
    page.goto(views_server + "organizations/kcc-korea/", wait_until="networkidle")
    expect(page.locator("h2#figures-compared")).to_be_visible()
    expect(page.locator(".bf-figure-groups .bf-conflict-mark")).to_have_count(1)
    assert_local()


def test_the_views_load_nothing_from_other_hosts(
    page, views_server, views_site, requested, assert_local
) -> None:  # type: ignore[no-untyped-def]
    for url in [*VIEWS, busiest_profile(views_site)]:
        page.goto(views_server + url, wait_until="networkidle")
    assert any(u.endswith("views.js") for u in requested)
    assert any(u.endswith("views.css") for u in requested)
    assert_local()
