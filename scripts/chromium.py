"""What the browser tests need, and how they get it: a Chromium the machine
provides (never a download by a test tool) run headless with no background
traffic, and axe-core for the accessibility audit. Shared by the tests, the
screenshots and ``.ci/run``.

- Chromium: ``$CHROMIUM`` if set (any Chromium or Chrome, as on a hosted CI
  runner), else Debian's ``/usr/bin/chromium``, installed with apt-get when
  it is missing and we are root; otherwise a message says what to do.
- axe-core: ``$AXE_CORE`` if set, else the pinned version installed from npm
  into ``.cache/node`` (no root needed) when it is missing.

``python scripts/chromium.py`` gets both, saying what it does: the first
step of ``.ci/run``; the tests do the same when they need them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEBIAN_CHROMIUM = "/usr/bin/chromium"
AXE_CORE_VERSION = "4.14.1"  # the newest axe-core 4.x when pinned
NODE_PREFIX = ROOT / ".cache" / "node"
AXE_CORE = NODE_PREFIX / "node_modules" / "axe-core" / "axe.min.js"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class Missing(Exception):
    """Something the browser tests need is missing; the message says how to get it."""


def chromium_executable() -> str:
    """``$CHROMIUM``, else Debian's /usr/bin/chromium."""
    return os.environ.get("CHROMIUM") or DEBIAN_CHROMIUM


def say(message: str) -> None:
    """A line on the terminal, past pytest's capture: installs take a while."""
    print(f"browser tests: {message}", file=sys.__stderr__, flush=True)


def ensure_chromium() -> str:
    """The Chromium to run: installed from Debian's packages first if it is
    missing, we are root and the machine has apt-get; :class:`Missing` else."""
    path = chromium_executable()
    if os.path.isfile(path):
        return path
    if os.environ.get("CHROMIUM"):
        raise Missing(
            f"CHROMIUM={path} is not a file; set CHROMIUM to a Chromium or Chrome executable"
        )
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say("Chromium is missing; installing Debian's (apt-get install chromium)")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for command in (
            ["apt-get", "update", "-qq"],
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"],
        ):
            done = subprocess.run(command, env=env, capture_output=True, text=True)
            if done.returncode != 0:
                raise Missing(
                    f"`{' '.join(command)}` failed ({done.stderr.strip()[-300:]}); install "
                    "Chromium or set CHROMIUM=/path/to/chromium"
                )
        if os.path.isfile(path):
            return path
    raise Missing(
        f"Chromium not found at {path}. As root, install Debian's (`apt-get install "
        "chromium`), or set CHROMIUM=/path/to/chromium (or Chrome). The tests never "
        "download a browser of their own."
    )


def _installed_axe_version() -> str | None:
    try:
        package = json.loads((AXE_CORE.parent / "package.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    version = package.get("version") if isinstance(package, dict) else None
    return version if isinstance(version, str) else None


def ensure_axe_core() -> Path:
    """axe.min.js: ``$AXE_CORE``, else the pinned version in ``.cache/node``,
    installed with npm first if it is missing or another version."""
    chosen = os.environ.get("AXE_CORE")
    if chosen:
        if not os.path.isfile(chosen):
            raise Missing(f"AXE_CORE={chosen} is not a file; set it to axe-core's axe.min.js")
        return Path(chosen)
    if AXE_CORE.is_file() and _installed_axe_version() == AXE_CORE_VERSION:
        return AXE_CORE
    npm = shutil.which("npm")
    if npm is None:
        raise Missing(
            "npm not found, which installs axe-core for the accessibility audit: install "
            "Node.js and npm (as root: `apt-get install npm`), or set "
            "AXE_CORE=/path/to/axe.min.js"
        )
    say(f"installing axe-core {AXE_CORE_VERSION} from npm into {NODE_PREFIX}")
    command = [npm, "install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error"]
    command += ["--prefix", str(NODE_PREFIX), f"axe-core@{AXE_CORE_VERSION}"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0 or not AXE_CORE.is_file():
        raise Missing(
            f"`npm install axe-core@{AXE_CORE_VERSION}` failed ({done.stderr.strip()[-300:]}); "
            "install it or set AXE_CORE=/path/to/axe.min.js"
        )
    return AXE_CORE


def main() -> int:
    try:
        chromium = ensure_chromium()
        axe = ensure_axe_core()
    except Missing as missing:
        print(f"error: {missing}", file=sys.stderr)
        return 1
    version = subprocess.run([chromium, "--version"], capture_output=True, text=True)
    print(f"Chromium: {chromium} ({version.stdout.strip() or version.stderr.strip()})")
    print(f"axe-core: {axe}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
