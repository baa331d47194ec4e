"""One exception base class, and the problem records that stages collect."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class BriefingError(Exception):
    """Base class of every error the library raises on purpose.

    The CLI prints ``str(error)`` without a traceback and exits non-zero.
    """


class ConfigError(BriefingError):
    """A data file the build depends on (registry, lexicon) is unusable."""


@dataclass(frozen=True)
class Problem:
    """One problem with one input file, reported without stopping the build.

    ``str(problem)`` reads ``path:line:column: message``, the shape compilers
    and editors understand.
    """

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    kind: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


def display_path(path: Path, root: Path | None = None) -> str:
    """A path as the user typed it: relative to ``root`` (or the cwd) if inside."""
    for base in (root, Path.cwd()):
        if base is None:
            continue
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return path.as_posix()
