"""Shared fixtures: the project's site built once per session, served and
opened in headless Chromium.

The site is built with the real pipeline and the real ``mkdocs build --strict``
into a temporary folder, so the tests never touch the working tree's
``docs/`` or ``site/``.
"""

from __future__ import annotations

import functools
import http.server
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from briefing.pipeline import BuildResult
from briefing.publish.files import build_docs
from briefing.publish.site import build_site
from briefing.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from chromium import CHROMIUM_ARGS, Missing, ensure_axe_core, ensure_chromium  # noqa: E402

LOCAL_HOST = "127.0.0.1"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives headless Chromium against the built site")


# --- building ---------------------------------------------------------------


@dataclass(frozen=True)
class BuiltSite:
    docs: Path
    site: Path
    result: BuildResult


def build_into(out: Path, seeds: Path, *, strict: bool, **options: Any) -> BuiltSite:
    """Build ``seeds`` with the real ``mkdocs.yml`` (the hand-written pages of
    ROOT/docs) into ``out/site``, writing the generated pages to ``out/docs``
    too; ``options``: other plugin options."""
    docs, site = out / "docs", out / "site"
    chosen = {
        "seeds": str(seeds),
        "docs": str(docs),
        "overrides": str(ROOT / "overrides"),
        "registry": str(ROOT / "registry"),
        "cache": str(out / "cache"),
        **options,
    }
    result = build_site(ROOT / "mkdocs.yml", site, strict, **chosen)
    return BuiltSite(docs=docs, site=site, result=result)


@pytest.fixture(scope="session")
def seed_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's seeds, overrides and templates rendered into a docs folder
    (the pipeline only, no site); the golden and quality tests read it."""
    docs = tmp_path_factory.mktemp("seed-docs") / "docs"
    result, _ = build_docs(
        Settings(
            seeds=ROOT / "seeds",
            docs=docs,
            templates=ROOT / "templates",
            overrides=ROOT / "overrides",
            registry=ROOT / "registry",
            cache=None,
        )
    )
    assert result.errors == [], result.errors
    return docs


@pytest.fixture(scope="session")
def build_corpus() -> Callable[..., BuiltSite]:
    """``build_corpus(out, seeds, strict=...)``: build other seeds like ``built_site``."""
    return build_into


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The project's own ``seeds/``, built like CI builds it (strict)."""
    built = build_into(tmp_path_factory.mktemp("built"), ROOT / "seeds", strict=True)
    assert not built.result.errors, f"seeds/ did not build cleanly: {built.result.errors}"
    assert (built.site / "index.html").is_file(), "mkdocs wrote no site/index.html"
    return built


# --- serving ----------------------------------------------------------------


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path], str]]:
    """``serve(folder)`` serves ``folder`` on 127.0.0.1 and returns its base URL."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(folder: Path) -> str:
        handler = functools.partial(QuietHandler, directory=str(folder))
        httpd = http.server.ThreadingHTTPServer((LOCAL_HOST, 0), handler)
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://{LOCAL_HOST}:{httpd.server_address[1]}/"

    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="session")
def server(built_site: BuiltSite, serve: Callable[[Path], str]) -> str:
    """Base URL (ending in ``/``) of the served ``built_site.site``."""
    return serve(built_site.site)


# --- the browser ------------------------------------------------------------


def chromium_path() -> str:
    """The machine's Chromium (installed first when missing and we are root);
    fails (not skips) the browser tests, saying what to do, when there is none."""
    try:
        path = ensure_chromium()
    except Missing as missing:
        pytest.fail(str(missing), pytrace=False)
    try:
        subprocess.run([path, "--version"], capture_output=True, timeout=60, check=True)
    except (OSError, subprocess.SubprocessError) as error:
        pytest.fail(f"Chromium at {path} does not run: {error}", pytrace=False)
    return path


@pytest.fixture(scope="session")
def axe_core() -> Path:
    """axe-core's axe.min.js (installed from npm first when missing)."""
    try:
        return ensure_axe_core()
    except Missing as missing:
        pytest.fail(str(missing), pytrace=False)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
    finally:
        playwright.stop()


def is_local(url: str) -> bool:
    """Whether a request URL stays on this machine's test server (or its disk)."""
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about", "file"):
        return True
    return parts.hostname == LOCAL_HOST


@pytest.fixture
def requested() -> list[str]:
    """Every request URL the ``page`` fixture's browser context made, in order."""
    return []


@pytest.fixture
def page(browser, requested: list[str]) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A fresh context and page; requests are recorded, non-local ones aborted.

    Aborting keeps a test from hanging on a machine without internet access;
    the request is still recorded, so ``assert_local`` catches it.
    """
    context = browser.new_context()
    context.on("request", lambda request: requested.append(request.url))

    def route(route) -> None:  # type: ignore[no-untyped-def]
        if is_local(route.request.url):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def assert_local(requested: list[str]) -> Callable[[], None]:
    """``assert_local()``: no request so far left 127.0.0.1."""

    def check() -> None:
        assert requested, "the page made no requests at all; was it loaded?"
        outside = sorted({url for url in requested if not is_local(url)})
        assert not outside, f"requests to hosts other than {LOCAL_HOST}: {outside}"

    return check
