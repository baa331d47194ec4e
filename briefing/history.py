"""What git knows of a folder of inputs (the overrides): each file's last
change, the files changed since a ref, and the folder as a ref had it.

Dates are the commits' (never the clock), so the same checkout builds the
same site. Without git, or outside a repository, nothing is known and
nothing fails; only :func:`changed_since` and :func:`export`, which a command
asks for by name, say why they cannot answer.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from .errors import BriefingError

UNCOMMITTED = "not committed yet"  # what a file changed since its last commit has for a date


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """``git args`` run in the folder holding ``folder`` (which may not be
    there any more), paths relative to that folder."""
    try:
        return subprocess.run(
            ["git", "-C", str(folder.parent), *args],
            capture_output=True,
            timeout=120,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:  # no git on this machine
        return subprocess.CompletedProcess(args, 127, b"", str(error).encode())


def _paths(folder: Path, done: subprocess.CompletedProcess[bytes]) -> list[str]:
    """The paths git printed that are in ``folder``, relative to it."""
    prefix = folder.name + "/"
    return [line[len(prefix) :] for line in _lines(done) if line.startswith(prefix)]


def _lines(done: subprocess.CompletedProcess[bytes]) -> list[str]:
    return done.stdout.decode("utf-8", "replace").splitlines() if done.returncode == 0 else []


def last_changes(folder: Path) -> dict[str, str]:
    """The date (YYYY-MM-DD) of each file's last commit, by its path relative
    to ``folder`` (``articles/x.yaml``); :data:`UNCOMMITTED` for a file
    changed since, or never committed. Empty where git knows nothing."""
    if not folder.is_dir():
        return {}
    name = folder.name
    dates: dict[str, str] = {}
    date = ""
    for line in _lines(_git(folder, "log", "--format=%x00%cs", "--name-only", "--relative", name)):
        if line.startswith("\0"):
            date = line[1:]
        elif line.startswith(name + "/"):
            dates.setdefault(line[len(name) + 1 :], date)  # the log runs newest first
    prefix = "".join(_lines(_git(folder, "rev-parse", "--show-prefix")))
    status = _git(folder, "status", "--porcelain", "--untracked-files=all", "--", name)
    for line in _lines(status):
        path = line[3:].split(" -> ")[-1].strip('"')
        if path.startswith(f"{prefix}{name}/"):
            dates[path[len(prefix) + len(name) + 1 :]] = UNCOMMITTED
    return dates


def _check(folder: Path, ref: str) -> None:
    if _git(folder, "rev-parse", "--show-toplevel").returncode != 0:
        raise BriefingError(
            f"{folder} is not in a git repository: corrections compares the overrides "
            "with a git ref; run it in a clone of the project"
        )
    if _git(folder, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode != 0:
        raise BriefingError(
            f"git knows no commit {ref!r}; name a branch, tag or commit (fetch it first, "
            "e.g. git fetch origin main)"
        )


def changed_since(folder: Path, ref: str) -> list[str]:
    """The files of ``folder`` changed since ``ref`` (committed or not, new
    and deleted ones included), relative to ``folder``."""
    _check(folder, ref)
    name = folder.name
    changed = _paths(folder, _git(folder, "diff", "--name-only", "--relative", ref, "--", name))
    new = _git(folder, "ls-files", "--others", "--exclude-standard", "--", name)
    return sorted(set(changed) | set(_paths(folder, new)))


def export(folder: Path, ref: str, into: Path) -> Path:
    """``folder`` as ``ref`` had it, written under ``into``: the folder
    written (empty if ``ref`` had none)."""
    _check(folder, ref)
    done = _git(folder, "archive", "--format=tar", ref, "--", folder.name)
    written = into / folder.name
    written.mkdir(parents=True, exist_ok=True)
    if done.returncode != 0:
        if b"did not match any files" in done.stderr:  # the folder is new since ref
            return written
        raise BriefingError(f"git archive {ref}: {done.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=io.BytesIO(done.stdout)) as archive:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4 on: no links out, no absolute paths
            archive.extractall(into, filter="data")
        else:
            archive.extractall(into, [m for m in archive if m.isfile() or m.isdir()])
    return written
