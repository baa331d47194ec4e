"""The real command, ``python build.py``, run as a user runs it.

Every build writes into pytest's temporary folders, never into the repo's
``docs/`` or ``site/``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = Path(__file__).parent / "data" / "articles"
GOOD = {  # fixture file -> the id its headline gives
    "article_with_byline.txt": "city-council-delays-vote-on-street-cabinets",
    "article_with_publisher_line.txt": "satellite-firm-launches-first-batch-of-relay-craft",
}


def run(*args: str | Path, hash_seed: str | None = None) -> subprocess.CompletedProcess[str]:
    env = None if hash_seed is None else {**os.environ, "PYTHONHASHSEED": hash_seed}
    return subprocess.run(
        [sys.executable, "build.py", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env=env,
    )


def outputs(tmp: Path) -> list[str | Path]:
    """Output and empty override/registry folders under ``tmp``: the build is isolated."""
    (tmp / "no-overrides").mkdir(exist_ok=True)
    (tmp / "no-registry").mkdir(exist_ok=True)
    return [
        "--docs",
        tmp / "docs",
        "--site",
        tmp / "site",
        "--cache",
        tmp / "cache",
        "--overrides",
        tmp / "no-overrides",
        "--registry",
        tmp / "no-registry",
    ]


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout


# -- (a) bad input files are reported and skipped -------------------------------------------------


@pytest.fixture(scope="module")
def mixed_seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    seeds = tmp_path_factory.mktemp("mixed") / "seeds"
    seeds.mkdir()
    for name in GOOD:
        shutil.copy(ARTICLES / name, seeds / name)
    bad = {
        "empty": seeds / "empty_article.txt",
        "binary": seeds / "binary_article.txt",
        "UTF-8": seeds / "latin1_article.txt",
    }
    bad["empty"].write_bytes(b"")
    bad["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01")
    bad["UTF-8"].write_bytes("Headline\n\nThe café opened on Monday.\n".encode("latin-1"))
    return bad


def test_bad_files_are_reported_and_the_rest_builds(
    mixed_seeds: dict[str, Path], tmp_path: Path
) -> None:
    seeds = next(iter(mixed_seeds.values())).parent
    result = run("--seeds", seeds, *outputs(tmp_path))
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    # the last line: where the site is and how to look at it; problems counted
    site = tmp_path / "site"
    assert str(site) in lines[-1] and "3 problems above" in lines[-1], lines[-1]
    assert f"-m http.server -d {site}" in lines[-1] and "http://localhost:8000/" in lines[-1]
    # MkDocs and the search index, most of a build's time, have their lines too
    assert any(re.match(r"Built the website's \d+ pages in [\d.]+s$", line) for line in lines)
    assert any(
        re.match(r"Finished the Find page's search index of \d+ pages", line) for line in lines
    )
    for reason, path in mixed_seeds.items():
        reported = [line for line in lines if str(path) in line]
        assert reported, f"{path} not reported on stderr:\n{result.stderr}"
        assert reason in reported[0], reported[0]
    assert any("line 3" in line for line in lines if "latin1_article.txt" in line)
    for article_id in GOOD.values():
        assert (tmp_path / "docs" / "articles" / f"{article_id}.md").is_file()
        assert (tmp_path / "site" / "articles" / article_id / "index.html").is_file()
    assert not list((tmp_path / "docs" / "articles").glob("*latin1*"))


def test_the_scoring_interface_writes_briefing_json_and_exits_0(
    mixed_seeds: dict[str, Path], tmp_path: Path
) -> None:
    """What scripts and the scoring hook run, exactly."""
    seeds = next(iter(mixed_seeds.values())).parent
    out = tmp_path / "out"
    result = run("--seeds", seeds, "--no-site", "--no-cache", "--docs", out, "-q")
    no_traceback(result)
    assert result.returncode == 0, result.stderr  # some articles were skipped
    data = json.loads((out / "data" / "briefing.json").read_text("utf-8"))
    assert sorted(a["source"] for a in data["articles"]) == sorted(GOOD)
    for article in data["articles"]:
        assert {"source", "actors", "stances", "figures", "id", "title", "summary"} <= set(article)
    assert not (tmp_path / "site").exists() and not list(ROOT.glob(".cache/briefing/*.tmp"))


def test_strict_fails_on_bad_files(mixed_seeds: dict[str, Path], tmp_path: Path) -> None:
    seeds = next(iter(mixed_seeds.values())).parent
    result = run("--seeds", seeds, *outputs(tmp_path), "--strict")
    no_traceback(result)
    assert result.returncode == 1
    assert "--strict" in result.stderr
    for path in mixed_seeds.values():
        assert str(path) in result.stderr


def test_missing_seeds_folder_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    result = run("--seeds", missing, *outputs(tmp_path), "--no-site")
    no_traceback(result)
    assert result.returncode == 1
    assert str(missing) in result.stderr


def test_missing_templates_folder_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(ARTICLES / "article_with_byline.txt", seeds)
    result = run(
        "--seeds", seeds, *outputs(tmp_path), "--no-site", "--templates", tmp_path / "no-templates"
    )
    no_traceback(result)
    assert result.returncode == 1
    assert "templates" in result.stderr


# -- (b) article text is escaped ------------------------------------------------------------------

HOSTILE = """\
Regulator warns of <script>alert(1)</script> in router firmware

The regulator found <script>alert(1)</script> embedded in router admin pages, officials said.

A second page showed the text "><script>alert(2)</script> to every visitor.

Sweden said it would investigate Huawei routers.
"""


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("hostile")
    (tmp / "seeds").mkdir()
    (tmp / "seeds" / "hostile_article.txt").write_text(HOSTILE, "utf-8")
    result = run("--seeds", tmp / "seeds", *outputs(tmp))
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    return tmp


def raw_script_lines(files: list[Path], root: Path, skip_front_matter: bool = False) -> list[str]:
    found = []
    for path in files:
        lines = path.read_text("utf-8").splitlines()
        start = 0
        if skip_front_matter and lines and lines[0] == "---":
            start = lines.index("---", 1) + 1
        for number, line in enumerate(lines[start:], start + 1):
            if "<script>alert" in line:
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()[:160]}")
    return found


def test_script_in_an_article_is_escaped_in_markdown(hostile_build: Path) -> None:
    docs = hostile_build / "docs"
    pages = sorted(docs.rglob("*.md"))
    [article] = list((docs / "articles").glob("regulator-warns-*.md"))
    text = article.read_text("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text  # shown, as text
    # the page body never carries raw markup; the front matter is data (as in
    # briefing.json) except the keys the theme puts into HTML, which are escaped
    assert raw_script_lines(pages, docs, skip_front_matter=True) == []
    meta = yaml.safe_load(text.split("---\n")[1])
    for key in ("title", "description"):
        assert "<script" not in meta[key] and "&lt;script&gt;" in meta[key]


def test_script_in_an_article_is_escaped_in_html(hostile_build: Path) -> None:
    site = hostile_build / "site"
    pages = sorted(site.rglob("*.html"))
    [article] = list((site / "articles").glob("regulator-warns-*/index.html"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article.read_text("utf-8")
    assert raw_script_lines(pages, site) == []


# -- (c) determinism ------------------------------------------------------------------------------


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_two_clean_builds_are_byte_identical_search_index_included(tmp_path: Path) -> None:
    builds = []
    for name, seed in (("one", "1"), ("two", "2")):
        done = run(
            "-q",
            "--no-cache",
            "--docs",
            tmp_path / name / "docs",
            "--site",
            tmp_path / name / "site",
            hash_seed=seed,  # no set's order may reach the output
        )
        assert done.returncode == 0, done.stderr
        builds.append((tree(tmp_path / name / "docs"), tree(tmp_path / name / "site")))
    (docs_one, site_one), (docs_two, site_two) = builds
    assert len(docs_one) > 10 and any(k.startswith("pagefind/filter/") for k in site_one)
    assert sorted(site_one) == sorted(site_two)
    assert [k for k in site_one if site_one[k] != site_two[k]] == []
    assert docs_one == docs_two


def test_builds_under_two_hash_seeds_read_the_same_stances(tmp_path: Path) -> None:
    # two hash seeds: no set's iteration order may reach the output (the
    # telecom articles once read "held talks with" by whichever of two
    # phrases a set gave first)
    articles = ROOT / "tests" / "data" / "gold" / "telecom10" / "articles"
    common = ("--seeds", articles, "--no-site", "--no-cache")
    first = run("--docs", tmp_path / "one", *common, hash_seed="1")
    second = run("--docs", tmp_path / "two", *common, hash_seed="2")
    assert (first.returncode, second.returncode) == (0, 0), first.stderr + second.stderr
    one, two = tree(tmp_path / "one"), tree(tmp_path / "two")
    assert len(one) > 10
    assert sorted(one) == sorted(two)
    differing = [name for name in one if one[name] != two[name]]
    assert differing == []


# -- (d) --no-site --------------------------------------------------------------------------------


def test_no_site_writes_docs_only(tmp_path: Path) -> None:
    result = run("--seeds", ARTICLES, *outputs(tmp_path), "--no-site")
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "docs" / "index.md").is_file()
    assert (tmp_path / "docs" / "data" / "briefing.json").is_file()
    assert not (tmp_path / "site").exists()
    assert "mkdocs" not in result.stderr.lower()


# -- (e) --docs elsewhere ------------------------------------------------------------------------


def test_docs_elsewhere_keeps_the_hand_written_pages_and_assets(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    stale = docs / "articles" / "an-article-that-was-deleted.md"
    notes = docs / "notes.txt"
    for path in (stale, notes):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("# Old\n", "utf-8")
    result = run("--seeds", ARTICLES, *outputs(tmp_path))
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    for page in ("about/index.html", "editing/index.html", "find/index.html"):
        assert (site / page).is_file(), page
    assert (site / "assets" / "briefing.css").is_file() and (
        site / "assets" / "briefing.js"
    ).is_file()
    assert not stale.exists()  # generated folders hold only what this build made
    assert notes.read_text("utf-8") == "# Old\n"  # anything else is left alone


# -- (f) quiet ------------------------------------------------------------------------------------


def test_quiet_prints_nothing_on_success(tmp_path: Path) -> None:
    result = run("-q", "--no-cache", "--docs", tmp_path / "docs", "--site", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == ""
    assert (tmp_path / "site" / "index.html").is_file()


def test_default_output_says_what_was_done_in_plain_words(tmp_path: Path) -> None:
    result = run("--docs", tmp_path / "docs", "--no-site", "--no-cache")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Read 5 articles (0 skipped)"), lines
    assert any(
        line.startswith("Found the actors, stances and figures of 5 articles") for line in lines
    )
    # no level names before what went well, no stage names of our own
    assert not [line for line in lines if line.startswith(("INFO", "load ", "render "))], lines
    assert lines[-1].startswith("Done in ") and f"are in {tmp_path / 'docs'}" in lines[-1]
    assert "no website was built (--no-site)" in lines[-1]


def test_offline_build_says_to_open_its_index_file(tmp_path: Path) -> None:
    result = run("--seeds", ARTICLES, *outputs(tmp_path), "--offline")
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    index = tmp_path / "site" / "index.html"
    assert result.stderr.splitlines()[-1].endswith(f"open {index.as_uri()} in a browser")
    page = index.read_text("utf-8")
    assert 'href="articles/index.html"' in page  # links name files, not folders
    assert "assets/vendor/iframe-worker-1.0.4.js" in page and "unpkg.com" not in page
    assert (tmp_path / "site" / "search" / "search_index.js").is_file()


# -- (g) commands and flags -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, meant",
    [
        (["serv"], "did you mean `build.py serve`?"),
        (["biuld", "--seeds", "seeds"], "did you mean `build.py build`?"),
        (["overide", "some-id"], "did you mean `build.py override`?"),
        (["seeds/"], "The commands are build, override, serve"),
    ],
)
def test_a_mistyped_command_is_an_error_with_a_suggestion(
    tmp_path: Path, args: list[str], meant: str
) -> None:
    result = run(*args, "--site", tmp_path / "site", "--docs", tmp_path / "docs")
    no_traceback(result)
    assert result.returncode == 2
    assert f"{args[0]!r} is not a command" in result.stderr and meant in result.stderr
    assert not (tmp_path / "site").exists() and not (tmp_path / "docs").exists()  # nothing built


def test_a_mistyped_flag_is_an_error_with_a_suggestion(tmp_path: Path) -> None:
    result = run("--sedes", ARTICLES, "--site", tmp_path / "site")
    no_traceback(result)
    assert result.returncode == 2
    assert "'--sedes' (did you mean --seeds?)" in result.stderr
    assert not (tmp_path / "site").exists()
