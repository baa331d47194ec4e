"""Command line: ``python build.py [build|override|serve|corrections] [options]``.

Settings live in ``mkdocs.yml`` (the ``briefing`` plugin's options); a flag
given here overrides its option for this run, and a flag not given leaves it
alone. The library raises; this module turns errors into one-line messages
and exit codes.
"""

from __future__ import annotations

import argparse
import difflib
import logging
import os
import re
import shlex
import sys
import time
from pathlib import Path
from typing import Any

from .errors import BriefingError, display_path
from .pipeline import BuildResult, assemble
from .publish.files import build_docs
from .settings import BriefingConfig, Settings
from .store import Store

log = logging.getLogger("briefing")
COMMANDS = ("build", "override", "serve", "corrections")
HELP = ("-h", "--help")
_OPTION = re.compile(r"(?<![\w-])--?[a-z][\w-]*")
PATHS = ("seeds", "docs", "templates", "overrides", "registry", "cache")  # flags naming folders


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seeds", help="folder of articles (*.txt, *.md); default seeds/")
    parser.add_argument(
        "--docs", help="also write the generated pages and data files into this folder"
    )
    parser.add_argument("--templates", help="Jinja templates; default templates/")
    parser.add_argument("--overrides", help="writers' YAML overrides; default overrides/")
    parser.add_argument("--registry", help="extra registry entries (*.yaml); default registry/")
    parser.add_argument(
        "--config",
        type=Path,
        help="the MkDocs configuration, with the settings; default mkdocs.yml",
    )
    parser.add_argument("--jobs", type=int, help="extraction processes; default: one per core")
    parser.add_argument("--cache", help="folder of the store kept between builds")
    parser.add_argument(
        "--no-cache", dest="cache", action="store_false", help="keep nothing between builds"
    )
    verbosity = parser.add_mutually_exclusive_group()
    verbosity.add_argument("-v", "--verbose", action="store_true", help="log every file")
    verbosity.add_argument("-q", "--quiet", action="store_true", help="log only problems")


def _parser(prog: str) -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The command line's parser, and each command's."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Build a searchable briefing website from a folder of news articles. "
        f"Commands: build (the default), override, serve, corrections; `{prog} COMMAND "
        "--help` lists a command's options.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    build_cmd = commands.add_parser("build", help="build the site (default)")
    _common(build_cmd)
    build_cmd.add_argument("--site", type=Path, help="where the website goes; default site/")
    build_cmd.add_argument(
        "--offline",
        action="store_true",
        help="a site to open from disk (site/index.html) without a server: links name "
        "their .html files and the header search needs no server; the Find page still does",
    )
    build_cmd.add_argument(
        "--no-site",
        dest="build_site",
        action="store_false",
        help="run the pipeline (and write --docs) but skip the MkDocs build",
    )
    build_cmd.add_argument(
        "--strict",
        action="store_true",
        help="exit non-zero on any skipped article, bad or stale override, or MkDocs warning",
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
    corrections = commands.add_parser(
        "corrections",
        help="print each fact the override files add, remove or change since a git ref",
    )
    _common(corrections)
    corrections.add_argument(
        "--base",
        default="HEAD",
        help="the git ref to compare with; default HEAD (the edits not committed yet)",
    )
    return parser, {
        "build": build_cmd,
        "override": override,
        "serve": serve,
        "corrections": corrections,
    }


def options(args: argparse.Namespace) -> dict[str, Any]:
    """The plugin options the flags set: paths from the current folder."""
    chosen: dict[str, Any] = {}
    for name in (*PATHS, "jobs"):
        value = getattr(args, name, None)
        if value is None:
            continue
        if name in PATHS and isinstance(value, str):
            value = str(Path(value).resolve())
        chosen[name] = value
    return chosen


def settings(args: argparse.Namespace) -> Settings:
    """The settings of ``mkdocs.yml``'s plugin (the defaults without one) with
    the flags over them, without building the site."""
    from .publish.site import load

    config_file = args.config or Path("mkdocs.yml")
    given = args.config is not None or config_file.is_file()
    site = load(config_file) if given else None
    plugin = site.plugins.get("briefing") if site is not None else None
    if plugin is None and given:
        raise BriefingError(f"{config_file}: no briefing plugin here; add it under `plugins:`")
    config = plugin.config if plugin is not None else BriefingConfig()
    config.load_dict({**(config if plugin is not None else {}), **options(args)})
    config.validate()
    return Settings.of(config, config_file.resolve().parent, site)


class _Plain(logging.Formatter):
    """What was done, as it is; a problem after its level (``WARNING: ...``)."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text if record.levelno == logging.INFO else f"{record.levelname}: {text}"


def _logging(args: argparse.Namespace) -> None:
    level = logging.DEBUG if args.verbose else logging.WARNING if args.quiet else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Plain("%(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    if not args.verbose:  # MkDocs' own INFO lines repeat ours in its words
        logging.getLogger("mkdocs").setLevel(max(level, logging.WARNING))
        if args.command == "serve":  # where it serves, and when it rebuilds
            logging.getLogger("mkdocs.livereload").setLevel(level)


def _build(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    if args.build_site:
        from .publish.site import build_site

        config_file = args.config or Path("mkdocs.yml")
        result = build_site(config_file, args.site, args.strict, args.offline, **options(args))
    else:
        chosen = settings(args)
        result, _ = build_docs(chosen)
        for problem in result.problems:  # the plugin reports them when it builds the site
            (log.warning if problem.kind == "warning" else log.error)("%s", problem)
    problems = result.problems
    elapsed = time.perf_counter() - started
    counts = f"{result.articles:,} article{'' if result.articles == 1 else 's'}"
    if problems:
        counts += f", {len(problems)} problem{'' if len(problems) == 1 else 's'} above"
    if args.build_site and result.site is not None:
        log.info(
            "Done in %.1fs: the website is in %s (%s, %s pages). %s",
            elapsed,
            display_path(result.site),
            counts,
            f"{result.pages:,}",
            how_to_view(result.site, args.offline),
        )
    elif chosen.docs is not None:
        log.info(
            "Done in %.1fs: the pages and data files are in %s (%s); no website was built "
            "(--no-site)",
            elapsed,
            display_path(chosen.docs),
            counts,
        )
    else:
        log.info(
            "Done in %.1fs: read %s; nothing written (--no-site without --docs DIR)",
            elapsed,
            counts,
        )
    if problems and args.strict:
        log.error(
            "--strict: %d input problem(s) (%d errors, %d warnings); fix them or build "
            "without --strict",
            len(problems),
            len(result.errors),
            len(result.warnings),
        )
        return 1
    return 0


def how_to_view(site: Path, offline: bool) -> str:
    """The command that shows the built site, in a sentence."""
    if offline:
        return f"To view it, open {(site / 'index.html').resolve().as_uri()} in a browser"
    python = os.path.relpath(sys.executable)
    if python.startswith(".."):  # not under the current folder: by its name
        python = "python3"
    serve = f"{python} build.py serve" if program() == "build.py" else "briefing serve"
    return (
        f"To view it, run `{python} -m http.server -d {shlex.quote(display_path(site))}` "
        f"and open http://localhost:8000/ (or `{serve}` to rebuild as you edit)"
    )


def _override(args: argparse.Namespace) -> int:
    from .overrides.schema import SLUG
    from .starter import article_starter, entity_starter, write_starter

    if not SLUG.match(args.id):
        raise BriefingError(f"{args.id!r} is not an id (lowercase letters, digits, hyphens)")
    chosen = settings(args)
    logging.getLogger("briefing").setLevel(logging.WARNING)
    store = Store.open(chosen.cache)
    try:
        corpus, registry = assemble(chosen, store, BuildResult())
    finally:
        store.close(complete=False)  # pages were not made: their entries stay
    if args.entity:
        entity = corpus.entities.get(args.id) or registry.get(args.id)
        if entity is None:
            raise BriefingError(
                f"no entity '{args.id}'; ids are in data/briefing.json "
                "(or write the file by hand with name and type to add one)"
            )
        kind, text = "entities", entity_starter(entity, chosen.edit.schema)
    else:
        ids = [r.id for r in corpus.records]
        if args.id not in ids:
            close = difflib.get_close_matches(args.id, ids, n=1, cutoff=0.4)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise BriefingError(f"no article with id '{args.id}'{hint}")
        record = corpus.record(args.id)
        kind, text = "articles", article_starter(record, corpus.names, chosen.edit.schema)
    path = write_starter(chosen.overrides, kind, args.id, text, args.force)
    print(f"wrote {path}: uncomment and edit what you want to change, then rebuild")
    return 0


def _corrections(args: argparse.Namespace) -> int:
    from .corrections import report

    print(report(settings(args), args.base), end="")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from mkdocs.commands.serve import serve

    from .publish.plugin import BriefingPlugin

    config_file = args.config or Path("mkdocs.yml")
    if not config_file.is_file():
        raise BriefingError(f"{config_file}: MkDocs configuration not found")
    BriefingPlugin.flags = options(args)
    try:
        serve(config_file=str(config_file), livereload=True, dev_addr=args.addr)
    finally:
        BriefingPlugin.flags = {}
    return 0


def program() -> str:
    """The name the command was run by: ``build.py`` or ``briefing``."""
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    return name if name in ("build.py", "briefing") else "build.py"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    prog = program()
    if not argv or argv[0].startswith("-") and argv[0] not in HELP:
        argv.insert(0, "build")  # options only: the default command
    elif argv[0] not in (*COMMANDS, *HELP):
        close = difflib.get_close_matches(argv[0], COMMANDS, n=1, cutoff=0.5)
        hint = f"did you mean `{prog} {close[0]}`? " if close else ""
        print(
            f"{prog}: error: {argv[0]!r} is not a command; {hint}The commands are "
            f"{', '.join(COMMANDS)} (`{prog} --help` says what each does)",
            file=sys.stderr,
        )
        return 2
    parser, commands = _parser(prog)
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # argparse's error, with the option meant
        command = commands[args.command]
        known = _OPTION.findall(command.format_help())
        said = []
        for word in unknown:
            close = difflib.get_close_matches(word.partition("=")[0], known, n=1, cutoff=0.6)
            said.append(f"{word!r} (did you mean {close[0]}?)" if close else repr(word))
        command.error(f"unrecognized argument{'s' if len(unknown) > 1 else ''}: {', '.join(said)}")
    _logging(args)
    try:
        if args.command == "override":
            return _override(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "corrections":
            return _corrections(args)
        return _build(args)
    except BriefingError as error:
        if str(error):
            log.error("%s", error)
        return 1
    except OSError as error:  # MkDocs writing the site
        from .publish.files import cannot_write

        log.error("%s", cannot_write(Path(error.filename or "the site"), error))
        return 1
    except KeyboardInterrupt:
        log.error("interrupted")
        return 130
