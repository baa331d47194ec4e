"""Rendering helpers: front matter that loads back exactly, links that resolve."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
import yaml
from markupsafe import Markup

from briefing.render import Renderer, escape_output, front_matter, page_url, relative

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

    from briefing.render import meta

    assert yaml.safe_load(f"title: {meta(text)}") == {"title": html.escape(" ".join(text.split()))}


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

    from briefing.render import _relpath

    folders = ["", "articles/", "articles/x/", "articles/xy/", "countries/china/", "a/b/c/"]
    goals = [*folders, "assets/briefing.css", "data/briefing.json", "articles/x/y.png"]
    for goal in goals:
        for base in folders:
            assert _relpath(goal, base) == posixpath.relpath(goal or ".", base or "."), (goal, base)


def test_entity_links_made_once_per_folder_still_link_a_profile_to_itself_as_here():
    from types import SimpleNamespace

    from briefing.models import Entity
    from briefing.render import _entity_link

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
    from_zte = _entity_link(corpus, "companies/zte.md", made, own="zte")
    from_huawei = _entity_link(corpus, "companies/huawei.md", made, own="huawei")
    from_article = _entity_link(corpus, "articles/a.md", made)
    assert from_zte("huawei") == '<a href="../huawei/">Huawei</a>'
    assert from_huawei("huawei") == '<a href="./">Huawei</a>'  # not the folder's link
    assert from_zte("zte") == '<a href="./">ZTE</a>'
    assert from_huawei("zte") == '<a href="../zte/">ZTE</a>'
    assert from_article("huawei") == '<a href="../../companies/huawei/">Huawei</a>'
    assert from_article("nobody") == "No &lt;Profile&gt;"
    assert _entity_link(corpus, "companies/index.md", made)("zte") == '<a href="zte/">ZTE</a>'
    assert _entity_link(corpus, "index.md", made)("zte") == '<a href="companies/zte/">ZTE</a>'


ESCAPING = """{{ a }}|{{ n }}|{{ none }}|{{ safe }}|{% for x in xs %}[{{ x }}]{% endfor %}
{% macro wrap(x) %}<{{ x }}>{% endmacro %}{{ wrap(a) }}|{{ wrap(a) ~ a }}|{{ a ~ safe }}
{% set block %}{{ a }}<br>{% endset %}{{ block }}|{{ block ~ a }}|{{ a | upper }}|{{ a | e }}
"""


def test_outputs_escape_as_jinja_escapes_them():
    values = {
        "a": "<b class=\"x\">Tom & 'Jerry'</b>",
        "n": 3,
        "none": None,
        "safe": Markup("<i>kept</i>"),
        "xs": [*TRICKY, 1.5, Markup("<u>&amp;</u>")],
    }
    env = Renderer(ROOT / "templates").env
    jinjas_env = env.overlay()
    jinjas_env.template_class = jinja2.Template  # Jinja's own escape
    ours = env.from_string(ESCAPING).render(**values)
    reference = jinjas_env.from_string(ESCAPING)
    assert reference.root_render_func.__globals__["escape"] is not escape_output
    jinjas = reference.render(**values)
    assert ours == jinjas
    assert "&lt;b class=&#34;x&#34;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;" in ours


def test_the_page_templates_escape_with_escape_output():
    """The rebinding holds for every page template (a Jinja upgrade that compiled
    outputs otherwise would escape them correctly, but slowly: this says so)."""
    renderer = Renderer(ROOT / "templates")
    for name in renderer.env.list_templates():
        template = renderer.env.get_template(name)
        assert template.root_render_func.__globals__["escape"] is escape_output, name


@pytest.mark.parametrize("text", TRICKY)
def test_escape_output_is_markupsafes_escape_as_text(text):
    assert escape_output(text) == str(Markup.escape(text))
    assert escape_output(Markup(text)) == text
