"""Files the build writes for itself (caches, manifests) and hashes it takes
of its own code and templates."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def replacing(path: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """A file that replaces ``path`` when the block ends without error. It is
    written beside ``path`` under a temporary name, so a reader never sees
    half a file and a failed or interrupted write leaves the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        binary = "b" in mode
        with (
            temporary.open(mode) if binary else temporary.open(mode, encoding="utf-8", newline="\n")
        ) as out:
            yield out
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


def files_digest(paths: Iterable[Path], root: Path, *extra: str) -> str:
    """A hash of ``extra`` and of each file's name (relative to ``root``) and bytes."""
    hasher = hashlib.sha256("\0".join(extra).encode())
    for path in sorted(paths):
        hasher.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return hasher.hexdigest()
