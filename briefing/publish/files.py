"""A build's files written into a folder (a temporary one MkDocs reads, or
``--docs DIR``): each to a temporary name, then renamed; not at all where the
folder holds it as the last build wrote it (the store keeps each file's size,
time and digest). Other files of the generated folders go; nothing else is
touched. One build at a time writes a folder: a second waits, and says so."""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from ..corpus import TYPE_FOLDERS
from ..errors import BriefingError, display_path
from ..pipeline import BuildResult, build, fewer_collections, stage
from ..render import Output
from ..settings import Settings
from ..store import Store, digest

log = logging.getLogger(__name__)

GENERATED_FOLDERS = ("articles", *TYPE_FOLDERS.values(), "data")
GENERATED_FILES = (
    "index.md",
    "matrix.md",
    "feed.xml",
    "corrections.md",
    "timeline.md",
    "graph.md",
    "figures.md",
)


@dataclass(frozen=True)
class WriteReport:
    written: int
    unchanged: int
    removed: int

    def describe(self, folder: str | None = None) -> str:
        """In plain words: ``Wrote 3 files into docs (2 unchanged, 0 removed)``;
        without a folder, the one MkDocs reads."""
        where = f"into {folder}" if folder else "for MkDocs"
        return (
            f"Wrote {self.written:,} file{'' if self.written == 1 else 's'} {where} "
            f"({self.unchanged:,} unchanged, {self.removed:,} removed)"
        )


def build_docs(settings: Settings) -> tuple[BuildResult, WriteReport | None]:
    """Run the pipeline and write its files into ``settings.docs``, if set."""
    with (
        lock(settings.docs) if settings.docs else nullcontext(),
        Store.open(settings.cache) as store,
        fewer_collections(),
    ):
        result = build(settings, store)
        report = None
        docs = settings.docs
        if docs is not None:
            with stage(result, "write", lambda: written.describe(display_path(docs))):
                written = write(result.outputs, docs, store)
            report = written
    return result, report


def write(
    outputs: list[Output], folder: Path, store: Store, temporary: bool = False
) -> WriteReport:
    """Make ``folder``'s generated part hold ``outputs`` and nothing else
    (``temporary``: a folder no other build will see, so nothing is kept of it)."""
    _make_folder(folder)
    root = folder.resolve()
    key = digest("folder", str(root))
    known = {} if temporary else store.get_stamps("folder", key)
    stamps: dict[str, list[object]] = {}
    written = unchanged = 0
    folders: dict[str, Path] = {}  # resolved once per folder
    for output in outputs:
        path = _inside(root, output.path, folders)
        stamp = known.get(output.path)
        if stamp and stamp[2] == output.digest and _stamp(path) == stamp[:2]:
            stamps[output.path] = stamp
            unchanged += 1
            continue
        _write(path, output)
        written += 1
        now = _stamp(path)
        if now is not None:
            stamps[output.path] = [*now, output.digest]
    removed = _remove_others(root, {o.path for o in outputs})
    if not temporary:
        store.put_stamps("folder", key, stamps)
    return WriteReport(written, unchanged, removed)


def _stamp(path: Path) -> list[int] | None:
    """A file's size and modification time, as the stamp that says it holds
    what the build last wrote there (a file changed by hand since has another)."""
    try:
        stat = os.stat(path, follow_symlinks=False)
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def _inside(root: Path, relative: str, folders: dict[str, Path]) -> Path:
    """``root / relative``, refusing anything outside ``root``'s generated part."""
    parent, _, name = relative.rpartition("/")
    if parent.partition("/")[0] not in GENERATED_FOLDERS and relative not in GENERATED_FILES:
        raise BriefingError(f"refusing to write {relative!r}: not a generated folder of {root}")
    if name in ("", ".", ".."):
        raise BriefingError(f"refusing to write {relative!r}: not a file name")
    folder = folders.get(parent)
    if folder is None:
        folder = folders[parent] = (root / parent).resolve() if parent else root
    if not folder.is_relative_to(root):
        raise BriefingError(f"refusing to write {relative!r}: it is outside {root}")
    return folder / name


def _write(path: Path, output: Output) -> None:
    """Write ``output`` to ``path`` atomically: a reader never sees half of it,
    and a failed write leaves the file as it was."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        _make_folder(path.parent)
        with temporary.open("wb") as out:
            for piece in output.content():
                out.write(piece)
        os.replace(temporary, path)  # replaces a link itself, never what it points to
    except OSError as error:
        raise BriefingError(cannot_write(path, error)) from None
    finally:
        temporary.unlink(missing_ok=True)


def _remove_others(root: Path, wanted: set[str]) -> int:
    """Remove the files of the generated folders not in ``wanted``, and the
    folders left empty."""
    removed = 0
    for name in GENERATED_FOLDERS:
        top = root / name
        if top.is_symlink() or not top.is_dir():
            continue
        for where, folders, files in os.walk(top, topdown=False):
            inside = Path(where).relative_to(root).as_posix()
            for entry in files + [f for f in folders if os.path.islink(os.path.join(where, f))]:
                if f"{inside}/{entry}" not in wanted:
                    os.unlink(os.path.join(where, entry))
                    removed += 1
            for entry in folders:
                path = os.path.join(where, entry)
                if not os.path.islink(path) and not os.listdir(path):
                    os.rmdir(path)
    return removed


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BriefingError(cannot_write(folder, error)) from None


def cannot_write(path: Path, error: OSError) -> str:
    """One line: what could not be written, where, and what to do."""
    fixes = {
        errno.ENOSPC: "the disk is full; free some space and build again",
        errno.EDQUOT: "the disk quota is used up; free some space and build again",
        errno.EROFS: "the file system is read-only; choose a writable folder",
        errno.EACCES: "permission denied; make the folder writable or choose another",
        errno.EPERM: "permission denied; make the folder writable or choose another",
        errno.ENOTDIR: "a file is where a folder must be; remove it or choose another folder",
        errno.EEXIST: "a file is where a folder must be; remove it or choose another folder",
        errno.EISDIR: "a folder is where a file must be; remove it or choose another folder",
    }
    why = fixes.get(error.errno or 0, error.strerror or str(error))
    return f"cannot write {path}: {why}"


@contextmanager
def lock(folder: Path) -> Iterator[None]:
    """Hold ``folder`` for this build: a second build writing it waits for the
    first (and says so) instead of mixing their files."""
    _make_folder(folder)
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.warning("another build is running on %s; waiting for it to finish", folder)
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # releases the lock
