"""``python build.py serve``: a live preview for writers.

Our build writes only the docs/ files whose content changed; MkDocs' own
live-reload server watches docs/, rebuilds the affected pages and reloads
the browser. A watcher re-runs our build whenever an article, override,
registry file or template changes.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from pathlib import Path

from .errors import BriefingError
from .pipeline import Settings, build

log = logging.getLogger(__name__)


def _snapshot(folders: list[Path]) -> dict[str, float]:
    state: dict[str, float] = {}
    for folder in folders:
        if folder.is_file():
            state[str(folder)] = folder.stat().st_mtime
        elif folder.is_dir():
            for path in folder.rglob("*"):
                if path.is_file():
                    state[str(path)] = path.stat().st_mtime
    return state


def _watch(settings: Settings, stop: threading.Event, interval: float = 0.5) -> None:
    package_data = Path(__file__).parent / "data"
    folders = [
        settings.seeds,
        settings.overrides,
        settings.registry,
        settings.templates,
        package_data,
    ]
    seen = _snapshot(folders)
    while not stop.wait(interval):
        now = _snapshot(folders)
        if now == seen:
            continue
        seen = now
        log.info("inputs changed; rebuilding docs")
        try:
            result = build(settings)
            log.info("rebuilt: %d files written", result.report.written if result.report else 0)
        except BriefingError as error:
            log.error("%s", error)


def serve(settings: Settings, addr: str) -> int:
    from mkdocs.commands.serve import serve as mkdocs_serve

    settings = replace(settings, build_site=False)
    build(settings)
    stop = threading.Event()
    watcher = threading.Thread(target=_watch, args=(settings, stop), daemon=True)
    watcher.start()
    log.info("serving on http://%s/ ; edit articles, overrides, registry or templates", addr)
    try:
        mkdocs_serve(
            config_file=str(settings.mkdocs_config),
            livereload=True,
            build_type="dirty",
            docs_dir=str(settings.docs.resolve()),
            dev_addr=addr,
        )
    finally:
        stop.set()
    return 0
