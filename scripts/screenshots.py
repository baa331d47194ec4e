#!/usr/bin/env python3
"""Refresh the screenshots in docs/assets/screenshots/: build the site, serve
it on 127.0.0.1 and photograph a page of each kind at 400, 1024 and 1440 px,
in the light and the dark colour scheme, in headless Chromium.

    python scripts/screenshots.py [--site DIR] [--out DIR] [--no-build]

Files are named ``<kind>-<width>-<scheme>.png`` (``home-1440-dark.png``), so
a refresh replaces them and a diff shows what changed. Uses Debian's Chromium
(``$CHROMIUM`` or /usr/bin/chromium) driven by Playwright, the same way the
browser tests do; nothing is downloaded.
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
PAGES = {  # a page of each kind, and what to type into its search box (if any)
    "home": ("", None),
    "matrix": ("matrix/", None),
    "article": ("articles/japan-might-be-planning-to-boycott-huawei-and-zte-equipment/", None),
    "profile": ("companies/huawei/", None),
    "section": ("countries/", None),
    "articles": ("articles/", None),
    "timeline": ("timeline/", None),
    "graph": ("graph/", None),
    "figures": ("figures/", None),
    "find": ("find/", "Huawei"),
}
WIDTHS = (400, 1024, 1440)
SCHEMES = ("light", "dark")
HEIGHT = 900


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
                ignore_default_args=["--hide-scrollbars"],  # as a reader sees the page
            )
            for scheme in SCHEMES:
                for width in WIDTHS:
                    context = browser.new_context(
                        viewport={"width": width, "height": HEIGHT},
                        color_scheme=scheme,
                        reduced_motion="reduce",
                    )
                    page = context.new_page()
                    for kind, (path, query) in PAGES.items():
                        page.goto(base + path, wait_until="networkidle")
                        if query:
                            page.locator("#bf-find .pagefind-ui__search-input").fill(query)
                            page.locator(".pagefind-ui__result a").first.wait_for()
                            page.wait_for_timeout(500)  # the results' excerpts
                        name = args.out / f"{kind}-{width}-{scheme}.png"
                        page.screenshot(path=str(name))
                        print(f"wrote {name}")
                    context.close()
            browser.close()
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
