"""How the project runs Chromium headless: Debian's browser, never a download,
with no background traffic. Shared by the browser tests and the screenshots."""

from __future__ import annotations

import os

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_executable() -> str:
    """``$CHROMIUM``, else Debian's /usr/bin/chromium."""
    return os.environ.get("CHROMIUM") or "/usr/bin/chromium"
