"""Rendering helpers: front matter that loads back exactly, links that
resolve, and untrusted text escaped by Jinja's own autoescape."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from markupsafe import Markup

from briefing.models import Figure
from briefing.render.links import (
    act,
    act_classes,
    entity_link,
    exact,
    figure_value,
    page_url,
    relative,
)
from briefing.render.pages import Pages, for_html, front_matter

ROOT = Path(__file__).resolve().parent.parent

TRICKY = [
    "---",
    "...",
    "a: b",
    "# not a comment",
    "&anchor",
    "*alias",
    "!tag",
    "{x: 1}",
    "[y]",
    "null",
    "true",
    "no",
    "0x10",
    "1e3",
    "'single'",
    '"double"',
    "back\\slash",
    "tab\there",
    "line\nbreak",
    "line\u2028separator",
    "next\x85line",
    "paragraph\u2029separator",
    "no-break\u00a0space, zero\u200bwidth, soft\u00adhyphen",
    "delete\x7fcharacter, c1\x9bcontrol, not\ufffea character",
    "emoji 🛰️",
    "<script>alert(1)</script>",
    "",
    " leading and trailing ",
]


@pytest.mark.parametrize("text", TRICKY)
def test_front_matter_round_trips(text):
    data = {"title": text, "items": [{"name": text, "aliases": [text, 1, None]}], "empty": []}
    assert yaml.safe_load(str(front_matter(data))) == data


@pytest.mark.parametrize("text", TRICKY)
def test_a_title_in_front_matter_reads_back_as_its_escaped_words(text):
    import html

    data = {"title": for_html(text)}
    assert yaml.safe_load(str(front_matter(data))) == {"title": html.escape(" ".join(text.split()))}


def test_front_matter_cannot_end_the_block_early():
    text = str(front_matter({"summary": "end\n---\ninjected: true"}))
    assert "\n---\n" not in text and yaml.safe_load(text) == {"summary": "end\n---\ninjected: true"}


@pytest.mark.parametrize(
    "page, url",
    [
        ("index.md", ""),
        ("articles/index.md", "articles/"),
        ("articles/x.md", "articles/x/"),
    ],
)
def test_page_urls_follow_mkdocs_directory_urls(page, url):
    assert page_url(page) == url


@pytest.mark.parametrize(
    "source, target, link",
    [
        ("index.md", "articles/a.md#s-1", "articles/a.html#s-1"),
        ("index.md", "articles/index.md", "articles/index.html"),
        ("index.md", "data/briefing.json", "data/briefing.json"),
        ("articles/a.md", "countries/japan.md", "../countries/japan.html"),
        ("articles/index.md", "articles/a.md", "a.html"),
        ("articles/a.md", "index.md", "../index.html"),
        ("articles/a.md", "articles/a.md", "a.html"),
        ("articles/a.md", "articles/a.md#s-2", "#s-2"),
    ],
)
def test_relative_links_without_directory_urls(source, target, link):
    """A site read from disk (``--offline``) links to the pages' .html files."""
    assert relative(source, target, False) == link


@pytest.mark.parametrize(
    "source, target, link",
    [
        ("articles/a.md", "countries/japan.md", "../../countries/japan/"),
        ("countries/japan.md", "articles/a.md#s-3", "../../articles/a/#s-3"),
        ("index.md", "articles/a.md#s-1", "articles/a/#s-1"),
        ("index.md", "data/briefing.json", "data/briefing.json"),
        ("articles/index.md", "articles/a.md", "a/"),
        ("articles/a.md", "articles/a.md#s-2", "#s-2"),
    ],
)
def test_relative_links(source, target, link):
    assert relative(source, target) == link


def test_relative_paths_match_posixpath() -> None:
    import posixpath

    from briefing.render.links import _relpath

    folders = ["", "articles/", "articles/x/", "articles/xy/", "countries/china/", "a/b/c/"]
    goals = [*folders, "assets/briefing.css", "data/briefing.json", "articles/x/y.png"]
    for goal in goals:
        for base in folders:
            assert _relpath(goal, base) == posixpath.relpath(goal or ".", base or "."), (goal, base)


def test_entity_links_made_once_per_folder_still_link_a_profile_to_itself_as_here():
    from types import SimpleNamespace

    from briefing.models import Entity

    entities = {
        "huawei": Entity(id="huawei", name="Huawei", type="company"),
        "zte": Entity(id="zte", name="ZTE", type="company"),
        "nobody": Entity(id="nobody", name="No <Profile>", type="person"),
    }
    corpus = SimpleNamespace(
        entities=entities,
        has_profile=lambda i: i != "nobody",
        name=lambda i: entities[i].name if i in entities else i,
    )
    made: dict = {}
    from_zte = entity_link(corpus, "companies/zte.md", made, own="zte")
    from_huawei = entity_link(corpus, "companies/huawei.md", made, own="huawei")
    from_article = entity_link(corpus, "articles/a.md", made)
    assert from_zte("huawei") == '<a href="../huawei/">Huawei</a>'
    assert from_huawei("huawei") == '<a href="./">Huawei</a>'  # not the folder's link
    assert from_zte("zte") == '<a href="./">ZTE</a>'
    assert from_huawei("zte") == '<a href="../zte/">ZTE</a>'
    assert from_article("huawei") == '<a href="../../companies/huawei/">Huawei</a>'
    assert from_article("nobody") == "No &lt;Profile&gt;"
    assert entity_link(corpus, "companies/index.md", made)("zte") == '<a href="zte/">ZTE</a>'
    assert entity_link(corpus, "index.md", made)("zte") == '<a href="companies/zte/">ZTE</a>'


def test_templates_escape_with_jinjas_own_autoescape():
    env = Pages(ROOT / "templates").env
    assert env.autoescape is True
    assert env.template_class.__module__.startswith("jinja2")  # no escape of our own
    page = env.from_string("{{ text }}|{{ safe }}").render(
        text="<b class=\"x\">Tom & 'Jerry'</b>", safe=Markup("<i>kept</i>")
    )
    assert page == "&lt;b class=&#34;x&#34;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;|<i>kept</i>"


def test_an_act_shows_as_its_label_with_the_words_that_show_it():
    # the label comes from the act lexicon (briefing/data/lexicon/acts.yaml)
    assert act_classes()["ban"] == ("banned", "oppose")
    assert act_classes()["restrict"] == ("restricted", "oppose")
    assert act("ban", "barred <all>") == (
        '<span class="bf-act" title="barred &lt;all&gt;">banned</span>'
    )
    assert act("sanction", None) == '<span class="bf-act">sanctioned</span>'
    assert act("no-such-class", None) == '<span class="bf-act">no-such-class</span>'
    # a negated act ("will not ban": support), an act that undoes another
    assert act("ban", None, "support") == '<span class="bf-act">not banned</span>'
    assert act("ban", None, "oppose") == '<span class="bf-act">banned</span>'
    assert act("revoke", None, "oppose") == '<span class="bf-act">withdrew</span>'
    assert act("lift-ban", None, "support") == '<span class="bf-act">lifted (banned)</span>'
    assert act(None, "blacklisted") == '<span class="bf-trigger">blacklisted</span>'
    assert act(None, None) == ""


@pytest.mark.parametrize(
    "kind, text, value, unit, qualifier, shown",
    [
        ("money", "about $5.6 billion", 5.6e9, "USD", "about", "about 5.6 billion USD"),
        ("money", "$1,234,567", 1234567, "USD", None, "1,234,567 USD"),
        ("money", "billions of dollars", 1e9, "USD", None, "billions of dollars"),
        ("money", "several million euros", 1e6, "EUR", None, "several million euros"),
        ("money", "a billion dollars", 1e9, "USD", None, "1 billion USD"),
        ("count", "12,000 jobs", 12000, "count", None, "12,000"),
        ("count", "two Canadians", 2, "count", None, "2"),
        ("percent", "around 50%", 50, "percent", "around", "around 50%"),
        ("year", "2023", 2023, "year", None, "2023"),
        ("duration", "over 10 years", 10, "years", "over", "over 10 years"),
    ],
)
def test_figure_values_read_as_written_without_fake_precision(
    kind, text, value, unit, qualifier, shown
):
    figure = Figure(kind, text, float(value), unit, qualifier=qualifier)
    assert figure_value(figure) == shown
    assert exact(figure) == (text not in ("billions of dollars", "several million euros"))
