"""Loading the word lists that drive extraction (``briefing/data/lexicon``)."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from typing import Any

import yaml

from . import yamlio
from .errors import ConfigError

LEXICONS = ("actors", "acts", "figures", "grammar")


@cache
def lexicon(name: str) -> dict[str, Any]:
    """The parsed lexicon file ``data/lexicon/<name>.yaml``."""
    where = f"briefing/data/lexicon/{name}.yaml"
    text = resources.files("briefing").joinpath(f"data/lexicon/{name}.yaml").read_text("utf-8")
    try:
        data = yamlio.safe_load(text)
    except yaml.YAMLError as error:
        raise ConfigError(f"{where}: not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a mapping at the top level")
    return data


def words(name: str, key: str) -> frozenset[str]:
    """A word list of a lexicon, lowercased.

    YAML reads bare ``no``, ``yes``, ``on`` as booleans; a list holding one is
    refused, so a word never silently turns into ``False``.
    """
    items = lexicon(name).get(key) or []
    for item in items:
        if not isinstance(item, str):
            raise ConfigError(
                f"briefing/data/lexicon/{name}.yaml: {key}: {item!r} is not a word; "
                "quote it (YAML reads bare no/yes/on/off as true/false)"
            )
    return frozenset(w.lower() for w in items)


@cache
def fingerprint() -> str:
    """A hash of every lexicon file, for cache keys."""
    digest = hashlib.sha256()
    base = resources.files("briefing").joinpath("data")
    for name in ("furniture.yaml", *(f"lexicon/{n}.yaml" for n in LEXICONS)):
        digest.update(base.joinpath(name).read_bytes())
    return digest.hexdigest()
