"""The ``briefing`` MkDocs plugin changes how fast pages are built, not what they say."""

from __future__ import annotations

import json
import re
from pathlib import Path

import markdown
from mkdocs.commands.build import build
from mkdocs.config import load_config

from briefing.mkdocs_plugin import hold_back, is_generated, put_back, theme_source
from briefing.publish import _drop_plugin
from briefing.render import writer_markdown

ROOT = Path(__file__).resolve().parent.parent


def squeeze(html: str) -> str:
    """HTML with the whitespace between tags dropped (Markdown and the plugin
    put different newlines around blocks; browsers render them alike)."""
    return re.sub(r">\s+<", "><", html).strip()


def test_site_is_the_same_with_and_without_the_plugin(built_site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = load_config(
        config_file=str(ROOT / "mkdocs.yml"),
        docs_dir=str(built_site.docs),
        site_dir=str(tmp_path / "plain"),
    )
    assert "briefing" in config.plugins, "mkdocs.yml no longer enables the plugin"
    _drop_plugin(config, "briefing")
    assert "briefing" not in config.plugins
    build(config)
    pages = sorted(built_site.site.rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        plain = tmp_path / "plain" / page.relative_to(built_site.site)
        assert squeeze(page.read_text("utf-8")) == squeeze(plain.read_text("utf-8")), page
    # the search index saw each page's whole content, not placeholders
    with_plugin = json.loads((built_site.site / "search/search_index.json").read_text("utf-8"))
    without = json.loads((tmp_path / "plain/search/search_index.json").read_text("utf-8"))
    assert with_plugin == without
    assert "briefingrawblock" not in json.dumps(with_plugin)


def test_html_blocks_skip_markdown_and_come_back_in_place() -> None:
    page = (
        "# Title with *emphasis*\n\n"
        '<p class="x">A <b>bold</b> claim *not emphasis*</p>\n\n'
        "<table>\n<tr><td>1</td></tr>\n</table>\n\n"
        "## Section\n\n"
        "<div>" + str(writer_markdown("Note:\n\n```\nline one\n\n\nline four\n```")) + "</div>\n"
    )
    held, blocks = hold_back(page)
    assert len(blocks) == 2  # neighbouring blocks share a placeholder
    assert "<" not in held
    md = markdown.Markdown(extensions=["toc"])
    html = put_back(md.convert(held), blocks)
    assert squeeze(html) == squeeze(markdown.Markdown(extensions=["toc"]).convert(page))
    assert "*not emphasis*" in html
    assert "line one\n\n\nline four" in html.replace("&#10;", "\n")


def test_only_generated_pages_are_handled() -> None:
    assert is_generated("articles/some-article.md")
    assert is_generated("countries/china.md")
    assert is_generated("index.md")
    assert not is_generated("about.md")
    assert not is_generated("notes/articles.md")


def test_the_theme_gets_only_the_front_matter_keys_it_reads() -> None:
    source = (
        '---\ntitle: "A: title"\nid: "x"\nactors:\n- id: "china"\n  name: "China"\n'
        'description: "Short."\nstances: []\n---\n\n# Body\n'
    )
    assert theme_source(source) == '---\ntitle: "A: title"\ndescription: "Short."\n---\n\n# Body\n'
    assert theme_source("# No front matter\n") == "# No front matter\n"


def _theme_source_by_lines(source: str) -> str:
    """What ``theme_source`` must give: the front matter MkDocs finds, kept
    line by line, a line starting a key deciding for the lines it leads."""
    from mkdocs.utils.meta import YAML_RE

    from briefing.mkdocs_plugin import THEME_KEYS

    match = YAML_RE.match(source)
    if not match:
        return source
    kept, keep = [], False
    for line in match.group(1).splitlines(keepends=True):
        key = re.match(r"[A-Za-z_][\w-]*:", line)
        if key:
            keep = key.group()[:-1] in THEME_KEYS
        if keep:
            kept.append(line)
    return "---\n" + "".join(kept) + "---\n" + source[match.end() :]


def test_front_matter_is_found_where_mkdocs_finds_it() -> None:
    import random

    cases = [
        "---\ntitle: x\n  title2: y\nfoo: 1\n- a\ndescription: d\n  more\n\nhide:\n- toc\n---\nb",
        "---\n---\nx",
        "---\n\n---\n",
        "---\nnokey\ntitle: t\n---\n",
        "---  \ntitle: a\n...\nrest",
        "---\ntitle: a\n--- \n",
        "----\ntitle: a\n---\n",
        "---\ntitle: a",
        "x---\ntitle: a\n---\n",
        "---\ntitle: a\n---\n---\n",
        "---\ntitle: a\n----\n---\n",
    ]
    pick = random.Random(3)
    pieces = ["-", "---", "\n", " ", "\t", "title", ":", "description", "x", "...", "_k", "é"]
    for n in range(5000):
        text = "".join(pick.choice(pieces) for _ in range(pick.randint(0, 30)))
        cases.append(("---\n" if n % 2 else "") + text)
    for source in cases:
        assert theme_source(source) == _theme_source_by_lines(source), source


def test_mkdocs_build_by_hand_makes_the_search_index_too(built_site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    site = tmp_path / "by-hand"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(ROOT / "mkdocs.yml")]
        + ["-d", str(site)],
        cwd=built_site.docs.parent,
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "PYTHONWARNINGS": "ignore"},
    )
    assert done.returncode == 0, done.stderr
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    assert (site / "pagefind" / "shards.js").read_text("utf-8") == "window.bfSearchShards = [];\n"
