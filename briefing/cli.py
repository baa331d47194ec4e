"""Command line: ``python build.py [build|override|serve] [options]``.

The library raises; this module turns errors into messages and exit codes.
Flags left unset don't override ``briefing.yml``.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import BriefingError
from .pipeline import Settings, build

log = logging.getLogger("briefing")
CONFIG_FILE = Path("briefing.yml")
_PATH_KEYS = {f.name for f in fields(Settings) if f.type in ("Path", Path)}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="build.py",
        description="Build a searchable briefing website from a folder of news articles.",
    )
    parser.add_argument("--seeds", type=Path, help="folder of articles (*.txt, *.md); default seeds/")
    parser.add_argument("--docs", type=Path, help="where Markdown pages go; default docs/")
    parser.add_argument("--site", type=Path, help="where the website goes; default site/")
    parser.add_argument("--templates", type=Path, help="Jinja templates; default templates/")
    parser.add_argument("--overrides", type=Path, help="writers' YAML overrides; default overrides/")
    parser.add_argument("--registry", type=Path,
                        help="extra registry entries (*.yaml); default registry/")
    parser.add_argument("--config", dest="mkdocs_config", type=Path,
                        help="MkDocs configuration; default mkdocs.yml")
    parser.add_argument("--no-site", dest="build_site", action="store_false", default=None,
                        help="write docs/ but skip the MkDocs build")
    parser.add_argument("--strict", action="store_true", default=None,
                        help="exit non-zero on any skipped input, bad override or MkDocs warning")
    parser.add_argument("--jobs", type=int, help="extraction processes; default: all cores")
    verbosity = parser.add_mutually_exclusive_group()
    verbosity.add_argument("-v", "--verbose", action="store_true", help="log every file")
    verbosity.add_argument("-q", "--quiet", action="store_true", help="log only problems")
    return parser


def load_config(path: Path = CONFIG_FILE) -> dict[str, Any]:
    """Settings from ``briefing.yml`` (optional)."""
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except yaml.YAMLError as error:
        raise BriefingError(f"{path}: not valid YAML: {error}") from None
    known = {f.name for f in fields(Settings)}
    if not isinstance(data, dict) or set(data) - known:
        unknown = sorted(set(data) - known) if isinstance(data, dict) else data
        raise BriefingError(f"{path}: unknown setting(s) {unknown}; allowed: {sorted(known)}")
    return data


def settings_from(args: argparse.Namespace, config: dict[str, Any]) -> Settings:
    settings = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        value = getattr(args, f.name, None)
        if value is None:
            value = config.get(f.name)
        if value is None:
            continue
        values[f.name] = Path(value) if f.name in _PATH_KEYS else value
    return replace(settings, **values)


def _logging(args: argparse.Namespace) -> None:
    level = logging.DEBUG if args.verbose else logging.WARNING if args.quiet else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    if not args.verbose:  # MkDocs logs every page at INFO
        logging.getLogger("mkdocs").setLevel(max(level, logging.WARNING))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _logging(args)
    started = time.perf_counter()
    try:
        settings = settings_from(args, load_config())
        result = build(settings)
    except BriefingError as error:
        log.error("%s", error)
        return 1
    except KeyboardInterrupt:
        log.error("interrupted")
        return 130
    errors = result.errors
    log.info(
        "built %d articles into %d pages in %.1fs%s",
        result.articles, result.pages, time.perf_counter() - started,
        f"; {len(errors)} problem(s) above" if errors else "",
    )
    if errors and settings.strict:
        log.error("--strict: %d input problem(s); fix them or build without --strict", len(errors))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
