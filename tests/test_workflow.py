"""The GitHub Pages workflow is valid and follows the official Pages flow."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
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
