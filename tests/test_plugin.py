"""The ``briefing`` MkDocs plugin: ``mkdocs build`` builds the same site as
``build.py``, the same as plain MkDocs makes of the same pages; hand-written
pages are never touched; edit links and sitemap dates come from the inputs."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import markdown
from mkdocs.commands.build import build
from mkdocs.config import load_config

from briefing.publish.markdown import hold_back, put_back, theme_source
from briefing.render.links import writer_markdown

ROOT = Path(__file__).resolve().parent.parent


def squeeze(html: str) -> str:
    """HTML with the whitespace between tags dropped (Markdown and the plugin
    put different newlines around blocks; browsers render them alike)."""
    return re.sub(r">\s+<", "><", html).strip()


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_the_site_is_what_plain_mkdocs_makes_of_the_same_pages(built_site, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Plain MkDocs, without the plugin, over the hand-written pages and the
    generated ones the build wrote out (``--docs``): every file the same (the
    HTML but for whitespace between tags), but for the plugin's own files."""
    plain_docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", plain_docs)
    shutil.copytree(built_site.docs, plain_docs, dirs_exist_ok=True)
    config = load_config(
        config_file=str(ROOT / "mkdocs.yml"),
        docs_dir=str(plain_docs),
        site_dir=str(tmp_path / "plain"),
    )
    plugin = config.plugins.pop("briefing")
    for hooks in config.plugins.events.values():
        hooks[:] = [h for h in hooks if getattr(h, "__self__", None) is not plugin]
    build(config)
    ours = {k: v for k, v in tree(built_site.site).items() if not k.startswith("pagefind")}
    plain = tree(tmp_path / "plain")
    dated = {"sitemap.xml", "sitemap.xml.gz"}  # plain MkDocs dates pages by the clock
    assert sorted(set(ours) - dated) == sorted(set(plain) - dated)
    assert len([k for k in ours if k.endswith(".html")]) > 50
    for name in sorted(set(ours) - dated):
        if name.endswith(".html"):
            assert squeeze(ours[name].decode()) == squeeze(plain[name].decode()), name
        elif name == "search/search_index.json":  # the same entries; generated pages last
            assert _entries(ours[name]) == _entries(plain[name])
        else:
            assert ours[name] == plain[name], name
    assert b"briefingrawblock" not in ours["search/search_index.json"]


def _entries(index: bytes) -> dict[str, object]:
    data = json.loads(index)
    data["docs"] = sorted(data["docs"], key=lambda entry: entry["location"])
    return data


def project(tmp: Path, seeds: Path = ROOT / "seeds") -> Path:
    """A copy of the project as a fresh clone has it (no docs or site built)."""
    copy = tmp / "project"
    copy.mkdir()
    for name in ("mkdocs.yml", "docs", "templates", "theme"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, copy / name)
    shutil.copytree(seeds, copy / "seeds")
    return copy


def run(folder: Path, *command: str, **env: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, *command],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONWARNINGS": "ignore", **env},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_mkdocs_build_strict_builds_what_build_py_builds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = project(tmp_path)
    run(folder, "-m", "mkdocs", "build", "--strict", "-q", "-d", "by-mkdocs")
    run(folder, str(ROOT / "build.py"), "-q", "--no-cache", "--site", "by-build-py")
    by_mkdocs, by_build_py = tree(folder / "by-mkdocs"), tree(folder / "by-build-py")
    assert sorted(by_mkdocs) == sorted(by_build_py)
    assert [k for k in by_mkdocs if by_mkdocs[k] != by_build_py[k]] == []
    for page in (
        "index.html",
        "articles/index.html",
        "companies/huawei/index.html",
        "find/index.html",
    ):
        assert page in by_mkdocs
    assert "pagefind/pagefind-entry.json" in by_mkdocs  # the Find page's index, by MkDocs too
    assert (
        not (folder / "docs" / "articles").exists() and not (folder / "docs" / "index.md").exists()
    )


def test_hand_written_pages_survive_every_build_and_are_published(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = project(tmp_path)
    docs = folder / "docs"
    (docs / "notes.md").write_text("# Notes\n\nWritten by hand.\n", "utf-8")
    (docs / "index.md").write_text("# My home page\n", "utf-8")  # where the briefing makes one
    before = tree(docs)
    done = run(folder, str(ROOT / "build.py"), "--docs", "generated")
    assert "docs/index.md: hand-written where the briefing makes pages; not used" in done.stderr
    run(folder, "-m", "mkdocs", "build", "-q")
    assert tree(docs) == before
    assert (folder / "site" / "notes" / "index.html").is_file()
    assert (folder / "site" / "assets" / "briefing.css").is_file()
    assert "Briefing" in (folder / "site" / "index.html").read_text("utf-8")
    assert (folder / "generated" / "index.md").is_file()  # --docs: written out, elsewhere
    (docs / "index.md").unlink()
    strict = subprocess.run(
        [sys.executable, str(ROOT / "build.py"), "--strict", "-q", "--docs", "docs/articles"],
        cwd=folder,
        capture_output=True,
        text=True,
    )
    assert strict.returncode == 1 and "overlaps MkDocs' docs_dir" in strict.stderr
    assert "Traceback" not in strict.stderr


def test_edit_links_point_at_the_override_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = project(tmp_path)
    config = (folder / "mkdocs.yml").read_text("utf-8")
    config = config.replace(
        "theme:\n",
        "repo_url: https://example.org/team/briefing\nedit_uri: edit/main/docs/\ntheme:\n",
    ).replace("  features:\n", "  features:\n    - content.action.edit\n")
    (folder / "mkdocs.yml").write_text(config, "utf-8")
    for name in (
        "articles/japan-might-be-planning-to-boycott-huawei-and-zte-equipment",
        "entities/huawei",
    ):
        (folder / "overrides" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "overrides" / f"{name}.yaml").write_text("# a writer's file\n", "utf-8")
    run(folder, "-m", "mkdocs", "build", "-q")
    site = folder / "site"
    article = next((site / "articles").glob("japan-might-*/index.html")).read_text("utf-8")
    edit = "https://example.org/team/briefing/edit/main/overrides/articles/"
    assert (
        f'href="{edit}japan-might-be-planning-to-boycott-huawei-and-zte-equipment.yaml"' in article
    )
    profile = (site / "companies" / "huawei" / "index.html").read_text("utf-8")
    assert (
        'href="https://example.org/team/briefing/edit/main/overrides/entities/huawei.yaml"'
        in profile
    )
    about = (site / "about" / "index.html").read_text("utf-8")
    assert 'href="https://example.org/team/briefing/edit/main/docs/about.md"' in about


def test_sitemap_dates_come_from_the_articles_never_the_clock(tmp_path) -> None:  # type: ignore[no-untyped-def]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for day, name in (("Aug 1, 2022", "one"), ("Mar 3, 2021", "two"), (None, "three")):
        line = f"WireWatch Bureau | Oslo | Updated: {day}\n\n" if day else ""
        (seeds / f"{name}.txt").write_text(
            f"Operator {name} picks vendor\n\n{line}Telenor chose Ericsson for its core network.\n",
            "utf-8",
        )
    folder = project(tmp_path, seeds)
    run(folder, "-m", "mkdocs", "build", "-q", SITE_URL="https://example.org/")
    sitemap = (folder / "site" / "sitemap.xml").read_text("utf-8")
    dates = re.findall(r"<loc>([^<]*)</loc>\s*<lastmod>([^<]*)</lastmod>", sitemap)
    assert len(dates) > 10
    by_page = dict(dates)
    assert by_page["https://example.org/articles/operator-two-picks-vendor/"] == "2021-03-03"
    assert {date for _, date in dates} == {"2022-08-01", "2021-03-03"}


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

    from briefing.publish.markdown import THEME_KEYS

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


def test_the_search_index_lists_no_placeholder(built_site) -> None:  # type: ignore[no-untyped-def]
    index = json.loads((built_site.site / "search" / "search_index.json").read_text("utf-8"))
    assert index["docs"] and "briefingrawblock" not in json.dumps(index)
