"""``build.py serve`` (``mkdocs serve`` with the plugin) serves a working Find
page, and rebuilds what an edit changed, the Find page's index included."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.test_plugin import project

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.browser


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} did not answer within {seconds} s")


def find(page, base: str, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The result links the Find page gives for ``words``."""
    # not "networkidle": the live reload keeps a request open; a reload it
    # triggers as a build ends may abort a navigation that just started: once more
    for attempt in range(3):
        try:
            page.goto(base + "find/", timeout=60_000)
            break
        except PlaywrightError:
            if attempt == 2:
                raise
            time.sleep(1)
    page.locator("#bf-find .pagefind-ui__search-input").fill(words)
    page.locator(".pagefind-ui__result").first.wait_for(timeout=30_000)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.pagefind-ui__result')]"
        ".every(item => item.querySelector('a'))"
    )
    return page.locator(".pagefind-ui__result-link").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )


def test_serve_finds_and_rebuilds_after_an_edit(tmp_path, page, assert_local) -> None:  # type: ignore[no-untyped-def]
    folder = project(tmp_path)
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "build.py"), "serve", "--addr", f"127.0.0.1:{port}"],
        cwd=folder,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    try:
        wait_for(base + "find/")
        assert any("japan-might-be-planning" in href for href in find(page, base, "Huawei"))
        article = sorted((folder / "seeds").glob("*.txt"))[3]
        article.write_text(
            article.read_text("utf-8") + "\nNorway said it would ban Huawei.\n", "utf-8"
        )
        wait_for(base + "countries/norway/")
        deadline = time.monotonic() + 60
        while not any("countries/norway/" in href for href in find(page, base, "Norway")):
            assert time.monotonic() < deadline, "the Find page's index was not rebuilt"
            time.sleep(1)
        assert_local()
    finally:
        server.terminate()
        server.wait(timeout=60)
        log.close()
    output = (tmp_path / "serve.log").read_text("utf-8")
    assert "Traceback" not in output, output
    assert "dirty" not in output.lower(), output  # MkDocs' warning about a dirty build
    assert f"Serving on {base}" in output, output  # where to look
    assert "Built the website's" in output, output
