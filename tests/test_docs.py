"""Every command and flag that ``build.py --help`` shows is documented in README.md.

The flags are read from the real command's help (and each command's own
``--help``), so a new flag without documentation fails here. ``-h/--help``
itself is left out: argparse adds it to every command.
"""

from __future__ import annotations

import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_FLAG = re.compile(r"(?<![\w-])(--?[a-zA-Z][\w-]*)")
_COMMAND_LINE = re.compile(r"^ {4}([a-z][\w-]*)(?: {2,}\S|\n {8,}\S)", re.M)  # or its help below it


def help_text(*command: str) -> str:
    result = subprocess.run(
        [sys.executable, "build.py", *command, "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@cache
def commands() -> tuple[str, ...]:
    """Sub-commands listed by the top-level help (none if the CLI has none)."""
    return tuple(_COMMAND_LINE.findall(help_text()))


@cache
def flags() -> tuple[str, ...]:
    found: set[str] = set()
    for command in ((), *((c,) for c in commands())):
        options = help_text(*command).split("options:", 1)[-1]
        found.update(f for f in _FLAG.findall(options) if f not in ("-h", "--help"))
    return tuple(sorted(found))


def readme() -> str:
    assert README.is_file(), "README.md is missing: document the CLI there"
    return README.read_text("utf-8")


def test_help_lists_the_flags_we_know_of() -> None:
    assert {"--seeds", "--docs", "--site", "--strict", "-q", "--no-site"} <= set(flags())


@pytest.mark.parametrize("flag", flags())
def test_flag_is_documented_in_readme(flag: str) -> None:
    assert re.search(rf"(?<![\w-]){re.escape(flag)}(?![\w-])", readme()), (
        f"{flag} is in `build.py --help` but not in README.md"
    )


@pytest.mark.parametrize("command", commands())
def test_command_is_documented_in_readme(command: str) -> None:
    # "build.py serve", or "build.py [build]" for the default command
    assert re.search(rf"build\.py \[?{re.escape(command)}\b", readme()), (
        f"`build.py {command}` is in `build.py --help` but not in README.md"
    )


def test_every_documented_command_exists() -> None:
    """``build.py WORD`` in the README or the site's pages names a command."""
    texts = {README: readme()} | {p: p.read_text("utf-8") for p in (ROOT / "docs").glob("*.md")}
    named = {
        (path.name, word)
        for path, text in texts.items()
        for word in re.findall(r"build\.py \[?([a-z][\w-]*)", text)
    }
    assert {word for _, word in named} >= {"serve", "override"}
    unknown = sorted((name, word) for name, word in named if word not in commands())
    assert unknown == [], f"documented commands that `build.py --help` does not list: {unknown}"


def test_help_names_the_command_it_was_run_as() -> None:
    """The console script's help says ``briefing``, build.py's says ``build.py``."""
    script = Path(sys.executable).with_name("briefing")
    assert script.is_file(), f"{script} missing: install the package (pip install -e .)"
    run = subprocess.run([script, "--help"], capture_output=True, text=True, check=True)
    assert run.stdout.startswith("usage: briefing ") and "build.py" not in run.stdout
    assert help_text().startswith("usage: build.py ")
