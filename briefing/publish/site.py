"""The site: MkDocs' own build, with ``mkdocs.yml``'s plugin options
overridden for one run (what ``build.py`` does; ``mkdocs build`` is the same
build without the overrides)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ..errors import BriefingError
from ..pipeline import BuildResult
from .plugin import OFFLINE, BriefingPlugin


def build_site(
    config_file: Path,
    site: Path | None = None,
    strict: bool = False,
    offline: bool = False,
    **options: Any,
) -> BuildResult:
    """Build the site ``config_file`` describes; ``options`` win over its
    ``briefing`` plugin's; ``offline``: a site to read from disk (Material's
    offline plugin on). MkDocs' errors become :class:`BriefingError`."""
    from mkdocs.commands.build import build
    from mkdocs.exceptions import Abort

    if not config_file.is_file():
        raise BriefingError(
            f"{config_file}: MkDocs configuration not found; run from the project root "
            "or pass --config FILE"
        )
    BriefingPlugin.flags = options
    try:
        config = load(config_file, site_dir=str(site) if site else None, strict=strict)
        plugin = config.plugins.get("briefing")
        if not isinstance(plugin, BriefingPlugin):
            raise BriefingError(
                f"{config_file}: the briefing plugin is not enabled; add `- briefing` under "
                "`plugins:`"
            )
        if offline:
            reader = config.plugins.get(OFFLINE)
            if reader is None:
                raise BriefingError(
                    f"{config_file}: --offline needs Material's offline plugin; add "
                    "`- offline: {enabled: false}` under `plugins:` (build.py turns it on)"
                )
            reader.config.enabled = True
        build(config)
    except Abort as error:  # a BuildError's message is logged already: not said twice
        hint = " (--strict: fix the problems above, or build without it)" if strict else ""
        raise BriefingError("" if "BuildError" in str(error) else f"{error}{hint}") from None
    finally:
        BriefingPlugin.flags = {}
    assert plugin.result is not None
    plugin.result.site = Path(config.site_dir)
    return plugin.result


def load(config_file: Path, **overrides: Any) -> Any:
    """MkDocs' configuration from ``config_file``; its errors (MkDocs logs each
    and then raises) become one :class:`BriefingError` naming the file."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    said: list[str] = []
    collect = _Collect(said)
    logger = logging.getLogger("mkdocs.config")
    logger.addHandler(collect)
    logger.propagate = False
    try:
        return load_config(config_file=str(config_file), **overrides)
    except (Abort, ConfigurationError) as error:
        reasons = "; ".join(m.rstrip(".") for m in said) or str(error).rstrip(".")
        raise BriefingError(f"{config_file}: {reasons}; fix it and build again") from None
    finally:
        logger.removeHandler(collect)
        logger.propagate = True


class _Collect(logging.Handler):
    """Keeps the messages of MkDocs' configuration errors."""

    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.ERROR)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(record.getMessage())
