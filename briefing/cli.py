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

from . import yamlio
from .errors import BriefingError
from .pipeline import BuildResult, Settings, assemble, build
from .store import Store

log = logging.getLogger("briefing")
CONFIG_FILE = Path("briefing.yml")
COMMANDS = ("build", "override", "serve")
_PATHS = ("seeds", "docs", "site", "templates", "overrides", "registry", "mkdocs_config", "cache")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--seeds", type=Path, help="folder of articles (*.txt, *.md); default seeds/"
    )
    parser.add_argument("--docs", type=Path, help="where Markdown pages go; default docs/")
    parser.add_argument("--site", type=Path, help="where the website goes; default site/")
    parser.add_argument("--templates", type=Path, help="Jinja templates; default templates/")
    parser.add_argument(
        "--overrides", type=Path, help="writers' YAML overrides; default overrides/"
    )
    parser.add_argument(
        "--registry", type=Path, help="extra registry entries (*.yaml); default registry/"
    )
    parser.add_argument(
        "--config", dest="mkdocs_config", type=Path, help="MkDocs configuration; default mkdocs.yml"
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        default=None,
        help="exit non-zero on any skipped article, bad or stale override, or MkDocs warning",
    )
    parser.add_argument("--jobs", type=int, help="extraction processes; default: all cores")
    parser.add_argument(
        "--cache",
        type=Path,
        help=(
            "cache of parsed articles, extractions, data pieces and the build state; "
            "default .cache/briefing"
        ),
    )
    parser.add_argument(
        "--no-cache",
        dest="use_cache",
        action="store_false",
        default=True,
        help="parse and extract every article afresh",
    )
    verbosity = parser.add_mutually_exclusive_group()
    verbosity.add_argument("-v", "--verbose", action="store_true", help="log every file")
    verbosity.add_argument("-q", "--quiet", action="store_true", help="log only problems")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="build.py",
        description="Build a searchable briefing website from a folder of news articles. "
        "Commands: build (the default), override, serve.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    build_cmd = commands.add_parser("build", help="build docs/ and the site (default)")
    _common(build_cmd)
    build_cmd.add_argument(
        "--no-site",
        dest="build_site",
        action="store_false",
        default=None,
        help="write docs/ but skip the MkDocs build",
    )
    override = commands.add_parser(
        "override", help="write a starter override file filled with what was extracted"
    )
    _common(override)
    override.add_argument("id", help="article id (or entity id with --entity)")
    override.add_argument(
        "--entity",
        action="store_true",
        help="write overrides/entities/ID.yaml instead of an article's",
    )
    override.add_argument("--force", action="store_true", help="replace an existing file")
    serve = commands.add_parser("serve", help="live preview: rebuild and reload on every edit")
    _common(serve)
    serve.add_argument(
        "--addr", default="127.0.0.1:8000", help="address to serve on; default 127.0.0.1:8000"
    )
    return parser


def load_config(path: Path = CONFIG_FILE) -> dict[str, Any]:
    """Settings from ``briefing.yml`` (optional)."""
    if not path.is_file():
        return {}
    try:
        data = yamlio.safe_load(path.read_text("utf-8")) or {}
    except yaml.YAMLError as error:
        raise BriefingError(f"{path}: not valid YAML: {error}") from None
    known = {f.name for f in fields(Settings)}
    if not isinstance(data, dict) or set(data) - known:
        unknown = sorted(set(data) - known) if isinstance(data, dict) else data
        raise BriefingError(f"{path}: unknown setting(s) {unknown}; allowed: {sorted(known)}")
    return data


def settings_from(args: argparse.Namespace, config: dict[str, Any]) -> Settings:
    values: dict[str, Any] = {}
    for f in fields(Settings):
        value = getattr(args, f.name, None)
        if value is None:
            value = config.get(f.name)
        if value is None:
            continue
        values[f.name] = Path(value) if f.name in _PATHS else value
    if getattr(args, "use_cache", True) is False:
        values["cache"] = None
    return replace(Settings(), **values)


def _logging(args: argparse.Namespace) -> None:
    level = logging.DEBUG if args.verbose else logging.WARNING if args.quiet else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    if not args.verbose:  # MkDocs logs every page at INFO
        logging.getLogger("mkdocs").setLevel(max(level, logging.WARNING))


def _build(settings: Settings) -> int:
    started = time.perf_counter()
    result = build(settings)
    problems = result.problems
    log.info(
        "built %d articles into %d pages in %.1fs%s",
        result.articles,
        result.pages,
        time.perf_counter() - started,
        f"; {len(problems)} problem(s) above" if problems else "",
    )
    if problems and settings.strict:
        log.error(
            "--strict: %d input problem(s) (%d errors, %d warnings); fix them or build "
            "without --strict",
            len(problems),
            len(result.errors),
            len(result.warnings),
        )
        return 1
    return 0


def _override(settings: Settings, args: argparse.Namespace) -> int:
    from .overrides.schema import SLUG
    from .starter import article_starter, entity_starter, write_starter

    if not SLUG.match(args.id):
        raise BriefingError(f"{args.id!r} is not an id (lowercase letters, digits, hyphens)")
    logging.getLogger("briefing").setLevel(logging.WARNING)
    store = Store.open(settings.cache)
    try:
        corpus, registry = assemble(settings, store, BuildResult())
    finally:
        store.close(complete=False)  # pages were not made: their entries stay
    if args.entity:
        entity = corpus.entities.get(args.id) or registry.get(args.id)
        if entity is None:
            raise BriefingError(
                f"no entity '{args.id}'; ids are in docs/data/briefing.json "
                "(or write the file by hand with name and type to add one)"
            )
        path = write_starter(
            settings.overrides, "entities", args.id, entity_starter(entity), args.force
        )
    else:
        ids = [r.id for r in corpus.records]
        if args.id not in ids:
            import difflib

            close = difflib.get_close_matches(args.id, ids, n=1, cutoff=0.4)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise BriefingError(f"no article with id '{args.id}'{hint}")
        names = {k: e.name for k, e in corpus.entities.items()}
        path = write_starter(
            settings.overrides,
            "articles",
            args.id,
            article_starter(corpus.record(args.id), names),
            args.force,
        )
    print(f"wrote {path}: uncomment and edit what you want to change, then rebuild")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in COMMANDS and argv[0] not in ("-h", "--help"):
        argv.insert(0, "build")
    args = _parser().parse_args(argv)
    _logging(args)
    try:
        settings = settings_from(args, load_config())
        if args.command == "override":
            return _override(settings, args)
        if args.command == "serve":
            from .serve import serve

            return serve(settings, args.addr)
        return _build(settings)
    except BriefingError as error:
        log.error("%s", error)
        return 1
    except KeyboardInterrupt:
        log.error("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
