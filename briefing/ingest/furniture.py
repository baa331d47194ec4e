"""Page-furniture rules: the lines scrapers leave around an article
(comment forms, "Related ..." lists, share prompts), as regular expressions
in ``briefing/data/furniture.yaml``, which maintainers extend without Python."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from .. import yamlio
from ..errors import ConfigError


@dataclass(frozen=True)
class Furniture:
    """Compiled page-furniture rules (see ``data/furniture.yaml``)."""

    end_of_article: tuple[re.Pattern[str], ...]
    drop_line: tuple[re.Pattern[str], ...]
    strip_prefix: tuple[re.Pattern[str], ...]
    strip_inline: tuple[re.Pattern[str], ...]
    section_words: frozenset[str]
    fingerprint: str = ""  # a hash of the rules' text
    # end_of_article rules marked `after_text`: a button ("Comment", "Share this")
    # that a page may also show above the story, where it ends nothing
    after_text: tuple[re.Pattern[str], ...] = ()

    def ends_article(self, line: str, started: bool = True) -> bool:
        """Whether an ``end_of_article`` rule matches the whole line (before
        the story's text has ``started``, an `after_text` rule does not)."""
        return any(rule.fullmatch(line) for rule in self.end_of_article) or (
            started and any(rule.fullmatch(line) for rule in self.after_text)
        )

    def drops_line(self, line: str) -> bool:
        """Whether a ``drop_line`` rule matches the whole line."""
        return any(rule.fullmatch(line) for rule in self.drop_line)

    @classmethod
    def load(cls, path: Path | None = None) -> Furniture:
        if path is None:
            text = resources.files("briefing").joinpath("data/furniture.yaml").read_text("utf-8")
            where = "briefing/data/furniture.yaml"
        else:
            text, where = path.read_text("utf-8"), str(path)
        try:
            data = yamlio.safe_load(text) or {}
        except yaml.YAMLError as error:
            raise ConfigError(f"{where}: not valid YAML: {error}") from None

        def compile_all(key: str, after_text: bool = False) -> tuple[re.Pattern[str], ...]:
            out = []
            for number, rule in enumerate(data.get(key) or [], 1):
                if isinstance(rule, dict) and bool(rule.get("after_text")) != after_text:
                    continue
                flags = 0 if rule.get("case") == "sensitive" else re.IGNORECASE
                try:
                    out.append(re.compile(rule["pattern"], flags))
                except (re.error, KeyError, TypeError) as error:
                    raise ConfigError(
                        f"{where}: {key} rule {number}: bad pattern ({error}); "
                        "fix the regular expression"
                    ) from None
            return tuple(out)

        return cls(
            end_of_article=compile_all("end_of_article"),
            after_text=compile_all("end_of_article", after_text=True),
            drop_line=compile_all("drop_line"),
            strip_prefix=compile_all("strip_prefix"),
            strip_inline=compile_all("strip_inline"),
            section_words=frozenset(str(w).lower() for w in data.get("section_words") or []),
            fingerprint=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        )
