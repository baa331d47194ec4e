"""What overrides correct: ``build.py corrections --base REF`` on a git
repository, and the site's Corrections page (dates from git, never the clock)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.publish.files import build_docs
from briefing.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "japan-might-be-planning-to-boycott-huawei-and-zte-equipment"
FIRST = "title: Japan may boycott Huawei and ZTE\n"
SECOND = """\
title: Japan may boycott Huawei and ZTE
date: 2018-12-10
stances:
  remove:
    - {actor: australia, target: zte}
  replace:
    - match: {actor: new-zealand, target: huawei}
      with: {position: undecided}
figures:
  add:
    - {kind: money, text: billions of dollars, value: 1000000000, unit: USD, of: fees ZTE paid}
actors:
  remove: [verizon]
"""
HUAWEI = "description: A *vendor* of <b>base stations</b> | and more.\naliases: [Huawei Tech]\n"


def git(repo: Path, *args: str, date: str = "2021-05-06T12:00:00+00:00") -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Writer",
        "GIT_AUTHOR_EMAIL": "writer@example.org",
        "GIT_COMMITTER_NAME": "Writer",
        "GIT_COMMITTER_EMAIL": "writer@example.org",
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
    }
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout


def write(repo: Path, name: str, text: str) -> None:
    path = repo / "overrides" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A project in git: the seeds, one override committed on 2021-05-06, then
    more of it and an entity override committed on 2022-02-03."""
    repo = tmp_path / "project"
    shutil.copytree(ROOT / "seeds", repo / "seeds")
    git(repo.parent, "init", "-q", str(repo))
    write(repo, f"articles/{ARTICLE}.yaml", FIRST)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "A better headline")
    write(repo, f"articles/{ARTICLE}.yaml", SECOND)
    write(repo, "entities/huawei.yaml", HUAWEI)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "Correct the stances", date="2022-02-03T09:00:00+00:00")
    return repo


def corrections(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "build.py"), "corrections", "--no-cache", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_corrections_since_a_ref_lists_each_fact_before_and_after(repo: Path) -> None:
    done = corrections(repo, "--base", "HEAD~1")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("## Corrections since `HEAD~1`\n")
    assert (
        f"2 override files changed: `overrides/articles/{ARTICLE}.yaml`, "
        "`overrides/entities/huawei.yaml`"
    ) in out
    rows = [line for line in out.splitlines() if line.startswith("| ") and "Fact" not in line]
    stance = '"Australia and New Zealand have even blocked them both from installing 5G network…"'
    assert rows == [
        "| added | date |  | 2018-12-10 |",
        "| removed | actor | Verizon (company) |  |",
        f"| removed | stance | Australia → ZTE: oppose — {stance} |  |",
        f"| changed | stance | New Zealand → Huawei: oppose — {stance} "
        f"| New Zealand → Huawei: undecided — {stance} |",
        "| added | figure |  | billions of dollars (money: 1,000,000,000 USD, fees ZTE paid) |",
        # a writer's text is shown as written: no HTML, no Markdown, no column break
        "| added | description |  | A \\*vendor\\* of &lt;b&gt;base stations&lt;/b&gt; \\| and more. |",
        "| added | alias |  | Huawei Tech |",
    ]
    assert "### Article: Japan may boycott Huawei and ZTE" in out  # the title, once changed
    assert "### Entity: Huawei" in out


def test_corrections_of_edits_not_committed_yet(repo: Path) -> None:
    assert corrections(repo).stdout == (
        "## Corrections since `HEAD`\n\nNo override file changed since `HEAD`.\n"
    )
    write(repo, f"articles/{ARTICLE}.yaml", SECOND.replace("undecided", "support"))
    write(repo, "entities/bad.yaml", "type: city\n")
    done = corrections(repo)
    assert done.returncode == 0, done.stderr
    assert "| changed | stance | New Zealand → Huawei: undecided" in done.stdout
    assert "New Zealand → Huawei: support" in done.stdout
    assert "| removed | actor |" not in done.stdout  # only what changed since HEAD
    assert "### Problems in the changed files" in done.stdout
    assert "overrides/entities/bad.yaml:1:7: type: expected one of" in done.stdout


def test_corrections_says_what_it_needs(tmp_path: Path, repo: Path) -> None:
    unknown = corrections(repo, "--base", "no-such-branch")
    assert unknown.returncode == 1 and "Traceback" not in unknown.stderr
    assert "git knows no commit 'no-such-branch'" in unknown.stderr
    (tmp_path / "plain" / "overrides").mkdir(parents=True)
    outside = corrections(tmp_path / "plain")
    assert outside.returncode == 1 and "is not in a git repository" in outside.stderr


def build(repo: Path, out: Path) -> str:
    result, _ = build_docs(
        Settings(
            seeds=repo / "seeds",
            docs=out,
            templates=ROOT / "templates",
            overrides=repo / "overrides",
            registry=repo / "registry",
            cache=None,
        )
    )
    assert result.errors == []
    return (out / "corrections.md").read_text("utf-8")


def test_the_corrections_page_lists_every_override_with_before_after_file_and_date(
    repo: Path, tmp_path: Path
) -> None:
    page = build(repo, tmp_path / "docs")
    assert "No corrections" not in page
    articles, entities = page.split("## Countries, companies, organizations and people")
    assert f'### <a href="../articles/{ARTICLE}/">Japan may boycott Huawei and ZTE</a>' in articles
    assert f"<code>overrides/articles/{ARTICLE}.yaml</code>" in articles
    assert "<span>Last changed: 2022-02-03</span>" in articles  # the commit's date
    row = (
        '<tr><td>title <span class="bf-change bf-changed">changed</span></td>'
        "<td>Japan Might Be Planning to Boycott Huawei and ZTE Equipment</td>"
        "<td>Japan may boycott Huawei and ZTE</td></tr>"
    )
    assert row in articles
    assert '<td>Verizon (company)</td><td><span class="bf-nothing">removed</span></td>' in articles
    assert "New Zealand → Huawei: undecided" in articles
    assert '### <a href="../companies/huawei/">Huawei</a>' in entities
    assert "A *vendor* of &lt;b&gt;base stations&lt;/b&gt; | and more." in entities  # escaped
    # a file changed since its last commit: git knows no date for what it says
    write(repo, "entities/huawei.yaml", HUAWEI + "ids: {wikidata: Q160120}\n")
    again = build(repo, tmp_path / "again")
    assert "Last changed: not committed yet" in again.split("## Countries")[1]
    assert "<td>https://www.wikidata.org/wiki/Q160120</td>" in again
    assert build(repo, tmp_path / "once-more") == again  # the same inputs, the same page


def test_the_corrections_page_says_so_when_there_are_none(seed_docs: Path) -> None:
    page = (seed_docs / "corrections.md").read_text("utf-8")
    assert "No corrections: every fact on this site is as extraction found it." in page
    assert "<table" not in page


def test_an_override_that_changes_nothing_is_listed_as_such(tmp_path: Path) -> None:
    repo = tmp_path / "project"
    shutil.copytree(ROOT / "seeds", repo / "seeds")
    write(repo, f"articles/{ARTICLE}.yaml", "# only comments: a starter not edited yet\n")
    page = build(repo, tmp_path / "docs")
    assert f"<code>overrides/articles/{ARTICLE}.yaml</code>" in page
    assert "This file changes nothing extraction found." in page
    assert "Last changed" not in page  # no git here: no date, and no clock either
