"""The GitHub Pages workflow is valid and follows the official Pages flow."""

from __future__ import annotations

import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def test_workflow_validates_against_the_github_schema():
    tool = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    done = subprocess.run(
        [tool, "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_workflow_builds_tests_and_deploys_main_only():
    flow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    runs = " ".join(step.get("run", "") for step in build["steps"])
    uses = [step.get("uses", "").split("@")[0] for step in build["steps"]]
    assert "bash .ci/run" in runs and "build.py --strict" in runs
    assert "actions/upload-pages-artifact" in uses and "actions/setup-python" in uses
    python = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/setup-python"))
    assert python["with"]["cache"] == "pip"
    assert deploy["if"] == "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["concurrency"]["cancel-in-progress"] is False
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")
    assert "gh-pages" not in WORKFLOW.read_text("utf-8").replace("No gh-pages branch", "")


def test_site_url_comes_from_configuration():
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    assert "site_url: !ENV [SITE_URL" in config
    assert "SITE_URL: ${{ steps.pages.outputs.base_url }}" in WORKFLOW.read_text("utf-8")


def test_pull_requests_show_what_their_overrides_correct_in_the_job_summary():
    flow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    steps = flow["jobs"]["build"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0  # git knows every override file's history
    step = next(s for s in steps if "build.py corrections" in s.get("run", ""))
    assert "github.event_name == 'pull_request'" in step["if"]
    assert '--base "origin/$BASE_REF"' in step["run"]
    assert step["run"].endswith('>> "$GITHUB_STEP_SUMMARY"')
    assert step["env"]["BASE_REF"] == "${{ github.base_ref }}"  # never pasted into the script
    # official actions only
    for job in flow["jobs"].values():
        for used in (s["uses"] for s in job["steps"] if "uses" in s):
            assert used.startswith("actions/"), used


# -- the README's commands, .ci/run and the runner (issue 23, rows 13 and 14) ------------------


def readme_commands() -> list[str]:
    """The commands of the README's set-up section, in order."""
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Set-up: two commands", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", section, re.S)]


def test_ci_runs_exactly_the_readmes_test_command():
    build, test = readme_commands()
    assert build.startswith("python3 -m venv .venv && .venv/bin/pip install -e '.[test]'")
    script = (ROOT / ".ci" / "run").read_text("utf-8")
    [declared] = re.findall(r'^TEST_COMMAND="([^"]+)"', script, re.M)
    assert declared == test
    assert "\n$TEST_COMMAND || status=$?\n" in script


def test_ci_installs_nothing_with_apt_get_unless_root():
    """Every apt-get in .ci/run is behind the root check."""
    script = (ROOT / ".ci" / "run").read_text("utf-8")
    need = script[script.index("need() {") : script.index("\n}\n", script.index("need() {"))]
    assert script.count("apt-get update") == 1 and "apt-get update" in need
    assert script.count("apt-get install -y") == 1 and "apt-get install -y" in need
    assert need.index('if [ "$(id -u)" -ne 0 ]') < need.index("apt-get update")


def test_ci_as_another_user_names_what_is_missing_and_calls_no_apt_get():
    """.ci/run run for real by an unprivileged user (nobody, when the tests
    run as root) on a machine without Python: it stops, saying what to
    install, before any apt-get."""
    with tempfile.TemporaryDirectory() as name:
        where = Path(name)
        where.chmod(0o755)  # for nobody
        (where / ".ci").mkdir()
        shutil.copy(ROOT / ".ci" / "run", where / ".ci" / "run")
        tools = where / "bin"
        tools.mkdir()
        for tool in ("dirname", "id"):  # all it runs before it stops: no python3, no apt-get
            (tools / tool).symlink_to(shutil.which(tool) or f"/usr/bin/{tool}")
        user = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        done = subprocess.run(
            (user if os.geteuid() == 0 else [])
            + ["/usr/bin/env", "-i", f"PATH={tools}", "/bin/bash", str(where / ".ci" / "run")],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert not (where / ".venv").exists()
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stderr.strip() == (
        "ci: Python 3 with venv is missing; install it (as root: apt-get install "
        "python3-venv) and run again"
    )
    assert "== apt" not in done.stdout


def test_ci_refuses_a_chromium_that_is_not_there(tmp_path: Path):
    env = {**os.environ, "CHROMIUM": str(tmp_path / "no-such-chrome")}
    done = subprocess.run(
        ["bash", str(ROOT / ".ci" / "run")], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"ci: CHROMIUM={tmp_path / 'no-such-chrome'} is not an executable; set it to a "
        "Chromium or Chrome"
    )


def test_the_tests_say_how_to_get_what_the_browser_tests_lack(tmp_path: Path, monkeypatch):
    import chromium

    monkeypatch.setenv("CHROMIUM", str(tmp_path / "chrome"))
    with pytest.raises(chromium.Missing, match="CHROMIUM=.*/chrome is not a file; set CHROMIUM"):
        chromium.ensure_chromium()
    monkeypatch.setenv("AXE_CORE", str(tmp_path / "axe.min.js"))
    with pytest.raises(chromium.Missing, match="AXE_CORE=.*axe.min.js is not a file"):
        chromium.ensure_axe_core()


# Node's end of life by major version (nodejs.org/about/previous-releases):
# the workflow's Node must be an LTS still maintained today
NODE_END_OF_LIFE = {22: "2027-04-30", 24: "2028-04-30", 26: "2029-04-30"}


def test_the_workflow_runs_node_on_a_maintained_lts():
    flow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    node = next(s for s in flow["jobs"]["build"]["steps"] if "setup-node" in s.get("uses", ""))
    major = int(str(node["with"]["node-version"]).split(".")[0])
    assert major in NODE_END_OF_LIFE, f"Node {major} is no LTS this test knows"
    assert datetime.date.today().isoformat() < NODE_END_OF_LIFE[major], (
        f"Node {major} is past its end of life"
    )
    # and no action of the workflow on the Node 20 runtime, which runners dropped
    old = {"actions/checkout": 5, "actions/setup-python": 6, "actions/setup-node": 5}
    for job in flow["jobs"].values():
        for step in job["steps"]:
            name, _, version = step.get("uses", "").partition("@v")
            if name in old:
                assert int(version) >= old[name], step["uses"]
