#!/usr/bin/env python3
"""Refresh the README screenshots: build the site, serve it on 127.0.0.1 and
photograph the home page and a profile page in headless Chromium.

    python scripts/screenshots.py [--site DIR] [--out DIR] [--profile PATH]

Uses Debian's Chromium (``$CHROMIUM`` or /usr/bin/chromium) driven by
Playwright, the same way the browser tests do; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import subprocess
import sys
import threading
from pathlib import Path

from chromium import CHROMIUM_ARGS, chromium_executable

ROOT = Path(__file__).resolve().parent.parent
SHOTS = {"home.png": "", "profile.png": "companies/huawei/"}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "assets" / "screenshots")
    parser.add_argument("--no-build", action="store_true", help="use the existing site/")
    args = parser.parse_args()
    if not args.no_build:
        subprocess.run(
            [sys.executable, str(ROOT / "build.py"), "-q", "--site", str(args.site)],
            check=True,
            cwd=ROOT,
        )
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_Quiet, directory=str(args.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=chromium_executable(),
                headless=True,
                args=CHROMIUM_ARGS,
            )
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            for name, path in SHOTS.items():
                page.goto(base + path, wait_until="networkidle")
                page.screenshot(path=str(args.out / name))
                print(f"wrote {args.out / name}")
            browser.close()
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
