"""Rendering helpers: front matter that loads back exactly, links that
resolve, and untrusted text escaped by Jinja's own autoescape."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from markupsafe import Markup

from briefing.render.links import act, entity_link, page_url, relative
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


def test_an_act_shows_with_the_words_that_show_it():
    assert act("ban", "barred <all>") == (
        '<span class="bf-act" title="barred &lt;all&gt;">ban</span>'
    )
    assert act(None, "blacklisted") == '<span class="bf-trigger">blacklisted</span>'
    assert act(None, None) == ""
