"""The store is never trusted: a damaged, truncated, foreign or other-version
file is a warning, and the next build equals a clean one."""

from __future__ import annotations

import logging
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.models import Actor, Article, Extraction, Sentence, Stance
from briefing.settings import Settings
from briefing.store import NAME, Store, _checksum, decode, encode
from tests.test_incremental import ROOT, Built, age, build, files, seeds, settings

__all__ = ["seeds"]  # the fixture


def test_entries_come_back_as_stored(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        store.put("page", "abc", "twö\n".encode())
        assert store.get("page", "abc") == "twö\n".encode()
        assert store.get("page", "other") is None
        assert store.get("piece", "abc") is None  # another kind, another entry
    with Store.open(tmp_path) as store:
        assert store.get("page", "abc") == "twö\n".encode()


def test_records_round_trip_as_json() -> None:
    article = Article(
        id="a",
        source="a.txt",
        title="T",
        text="One.",
        paragraphs=("One.",),
        sentences=(Sentence(1, "One.", 0, 4, 0),),
        sections=("World",),
    )
    extraction = Extraction(
        "a",
        actors=(Actor("china", "China", "country", ("China",), 2),),
        stances=(Stance("china", "zte", "oppose", "One.", 1, act="ban", trigger="banned"),),
    )
    for value, kind in ((article, Article), (extraction, Extraction)):
        data = encode(value)
        assert data.startswith(b"{") and b"__" not in data  # JSON, not a pickle
        assert decode(kind, data) == value
    with pytest.raises(KeyError):
        decode(Extraction, b'{"article": "x", "actors": [{"id": "a"}]}')


def test_a_row_that_fails_its_checksum_is_made_again(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        store.put("page", "abc", b"the page as rendered")
    db = sqlite3.connect(tmp_path / NAME)
    db.execute("UPDATE entry SET value = ?", (b"the page as damaged!",))
    db.commit()
    db.close()
    with Store.open(tmp_path) as store:
        assert store.get("page", "abc") is None
        assert store.damaged == 1


@pytest.mark.parametrize("what", ["a file", "a folder where the store file goes"])
def test_an_unusable_cache_path_is_one_clear_error(tmp_path: Path, what: str) -> None:
    cache = tmp_path / "cache"
    if what == "a file":
        cache.write_text("not a folder", "utf-8")
    else:
        (cache / NAME).mkdir(parents=True)
    with pytest.raises(BriefingError) as caught:
        Store.open(cache)
    message = str(caught.value)
    assert str(cache) in message and "\n" not in message
    assert "remove it or set another cache folder" in message


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes(b ^ 0x5A for b in data[at : at + 4]) + data[at + 4 :]


def _other_version(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=99")
    db.commit()
    db.close()


def _foreign(path: Path) -> None:
    path.unlink()
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes(text)")
    db.commit()
    db.close()


DAMAGE = {
    "truncated to nothing": lambda p: p.write_bytes(b""),
    "truncated to its header": lambda p: p.write_bytes(p.read_bytes()[:100]),
    "truncated in the middle": lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
    "bytes flipped in the header": lambda p: p.write_bytes(_flip(p.read_bytes(), 20)),
    "bytes flipped in the first page": lambda p: p.write_bytes(_flip(p.read_bytes(), 300)),
    "bytes flipped in the middle": lambda p: p.write_bytes(
        _flip(p.read_bytes(), p.stat().st_size // 2)
    ),
    "bytes flipped near the end": lambda p: p.write_bytes(
        _flip(p.read_bytes(), p.stat().st_size - 100)
    ),
    "not a database": lambda p: p.write_text("{'not': 'a store'}\n", "utf-8"),
    "another version": _other_version,
    "another program's database": _foreign,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_store_gives_the_clean_output(tmp_path, seeds, damage, caplog):
    cache = tmp_path / "cache"
    build(settings(tmp_path, seeds, "first", cache=cache))
    DAMAGE[damage](cache / NAME)
    caplog.set_level(logging.WARNING)
    result = build(settings(tmp_path, seeds, "docs", cache=cache))
    build(settings(tmp_path, seeds, "clean", cache=None))
    assert files(tmp_path / "docs") == files(tmp_path / "clean")
    assert "Traceback" not in caplog.text
    # and a sound store serves the builds after it: at once, or, when the
    # damage was found only while this build ran, after the next build (the
    # new store took only what this build made after the damage was found)
    again = build(settings(tmp_path, seeds, "again", cache=cache))
    assert files(tmp_path / "again") == files(tmp_path / "clean")
    if "into a new store" in caplog.text:
        assert again.extracted <= again.result.articles  # that new store, filled
        again = build(settings(tmp_path, seeds, "again", cache=cache))
    assert again.extracted == 0, (result.extracted, caplog.text)
    assert files(tmp_path / "again") == files(tmp_path / "clean")


def test_damage_anywhere_in_the_file_never_reaches_an_output(tmp_path, stored):
    """Four bytes changed at 24 places spread over the whole file, each at
    another offset within its 4 KB page, one build each."""
    whole = stored.store
    assert len(whole) >= 24 * 4096  # the seeds' store: every kind of entry, many pages
    step = len(whole) // 24
    for n in range(24):
        at = n * step + (n * 997) % (step - 4)
        stored.copy(tmp_path).write_bytes(_flip(whole, at))
        docs, _ = stored.build(tmp_path, f"docs-{n}")
        assert files(docs) == stored.clean, f"damage at byte {at}"


# -- each entry damaged in turn: every kind the build stores ---------------------------------------


@dataclass(frozen=True)
class Stored:
    """The seeds built once with a store: the store's bytes, the folder the
    build wrote (its stamps are in the store) and a clean build's files."""

    seeds: Path
    docs: Path
    store: bytes
    clean: dict[str, bytes]

    def copy(self, tmp: Path) -> Path:
        """The store copied into ``tmp / "cache"``: its file's path."""
        (tmp / "cache").mkdir(exist_ok=True)
        (tmp / "cache" / NAME).write_bytes(self.store)
        return tmp / "cache" / NAME

    def build(self, tmp: Path, docs: str) -> tuple[Path, Built]:
        """A build with the store in ``tmp / "cache"`` into ``tmp / docs``, or
        into the folder the store knows if ``docs`` is ''."""
        folder = tmp / docs if docs else self.docs
        return folder, build(
            Settings(
                seeds=self.seeds,
                docs=folder,
                templates=ROOT / "templates",
                overrides=tmp / "overrides",
                registry=tmp / "registry",
                cache=tmp / "cache",
            )
        )


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Stored:
    tmp = tmp_path_factory.mktemp("stored")
    copy = tmp / "seeds"
    shutil.copytree(ROOT / "seeds", copy)
    for path in copy.iterdir():
        age(path)
    build(settings(tmp, copy, "docs", cache=tmp / "cache"))
    build(settings(tmp, copy, "clean", cache=None))
    return Stored(copy, tmp / "docs", (tmp / "cache" / NAME).read_bytes(), files(tmp / "clean"))


KINDS = ("stamps", "article", "extraction", "page", "piece", "folder")


def _set_values(path: Path, kind: str, change, checksum: bool = False) -> int:
    """Each value of ``kind`` changed by ``change(value)``; ``checksum``: with
    a checksum that holds (as another version writing the same key would)."""
    db = sqlite3.connect(path)
    rows = db.execute("SELECT key, value FROM entry WHERE key LIKE ?", (kind + ":%",)).fetchall()
    for key, value in rows:
        new = change(value)
        if checksum:
            db.execute(
                "UPDATE entry SET value = ?, checksum = ? WHERE key = ?",
                (new, _checksum(key, new), key),
            )
        else:
            db.execute("UPDATE entry SET value = ? WHERE key = ?", (new, key))
    db.commit()
    db.close()
    return len(rows)


ENTRY_DAMAGE = {
    "bytes flipped": lambda v: _flip(v, len(v) // 2) if len(v) > 4 else b"\xff" + v,
    "truncated": lambda v: v[: len(v) // 2],
    "emptied": lambda v: b"",
    "stored as text": lambda v: v.decode("utf-8", "replace"),  # another SQLite type
}
# values of another shape under a checksum that holds: what a store written by
# another version of the code would hold where a key does not cover the code.
# The keys of pages and pieces cover the code that renders them (no other
# version writes them), and a damaged one fails its checksum (above).
WRONG_SHAPES = (b"[1,2,3]", b"{}", b"null", b'{"a":', b"\xff\xfe", b'{"x":[1]}')


@pytest.mark.parametrize(
    "kind, damage",
    [(kind, damage) for kind in KINDS for damage in ENTRY_DAMAGE]
    + [(kind, "another shape") for kind in KINDS if kind not in ("page", "piece")],
)
def test_every_kind_of_entry_damaged_gives_the_clean_output(tmp_path, stored, kind, damage, caplog):
    shapes = WRONG_SHAPES if damage == "another shape" else (None,)
    for n, shape in enumerate(shapes):
        path = stored.copy(tmp_path)
        if shape is None:
            changed = _set_values(path, kind, ENTRY_DAMAGE[damage])
        else:
            changed = _set_values(path, kind, lambda v, shape=shape: shape, checksum=True)
        assert changed > 0, f"the seeds' build stored no {kind} entry"
        caplog.clear()
        caplog.set_level(logging.WARNING)
        # a new folder, so that every page and piece is read from the store;
        # the folder the store knows, for the stamps of its files
        docs, result = stored.build(tmp_path, "" if kind == "folder" else f"docs-{n}")
        assert files(docs) == stored.clean, (kind, damage, shape)
        assert "Traceback" not in caplog.text
        assert [str(p) for p in result.problems] == []
        if shape != b"{}":  # for stamps, {} is sound: no file known
            said = f"{changed} damaged entries of the store were made again"
            assert said in caplog.text, caplog.text


# -- the journal a build killed in a transaction leaves behind -------------------------------------

KILLED_IN_A_TRANSACTION = """
import os, sys
from pathlib import Path
from briefing.store import Store
store = Store.open(Path(sys.argv[1]))
for key, in store.db.execute("SELECT key FROM entry").fetchall():
    kind, _, digest = key.partition(":")
    store.put(kind, digest, b"half-written " * 2000)
os._exit(9)  # as kill -9: no rollback, the journal left hot
"""

JOURNAL_DAMAGE = {
    "left as it is": lambda p: None,
    "truncated to nothing": lambda p: p.write_bytes(b""),
    "truncated in the middle": lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
    "bytes flipped in its header": lambda p: p.write_bytes(_flip(p.read_bytes(), 8)),
    "bytes flipped in its first page": lambda p: p.write_bytes(_flip(p.read_bytes(), 600)),
    "bytes flipped in the middle": lambda p: p.write_bytes(
        _flip(p.read_bytes(), p.stat().st_size // 2)
    ),
}


@pytest.mark.parametrize("damage", list(JOURNAL_DAMAGE))
def test_a_killed_builds_journal_damaged_gives_the_clean_output(tmp_path, stored, damage, caplog):
    path = stored.copy(tmp_path)
    subprocess.run([sys.executable, "-c", KILLED_IN_A_TRANSACTION, str(path.parent)], cwd=ROOT)
    journal = path.with_name(NAME + "-journal")
    assert journal.stat().st_size > 4096, "the killed build left no journal"
    JOURNAL_DAMAGE[damage](journal)
    caplog.set_level(logging.WARNING)
    docs, _ = stored.build(tmp_path, "docs")
    assert files(docs) == stored.clean
    assert "Traceback" not in caplog.text
    # the store after it serves the next build whole (a damage found while the
    # build ran put what the build made after it into a new store)
    again = build(settings(tmp_path, stored.seeds, "again", cache=tmp_path / "cache"))
    assert files(tmp_path / "again") == stored.clean
    if "into a new store" not in caplog.text:
        assert again.extracted == 0
    again = build(settings(tmp_path, stored.seeds, "again2", cache=tmp_path / "cache"))
    assert files(tmp_path / "again2") == stored.clean and again.extracted == 0


# -- the written folder: what the build trusts by its stamps ---------------------------------------


FILE_DAMAGE = {
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
    "bytes flipped": lambda p: p.write_bytes(_flip(p.read_bytes(), p.stat().st_size // 2)),
    "emptied": lambda p: p.write_bytes(b""),
}


@pytest.mark.parametrize("damage", list(FILE_DAMAGE))
def test_every_written_file_damaged_is_made_again(tmp_path, stored, damage):
    """Each file's stamp is checked on its own: all damaged, one build."""
    stored.copy(tmp_path)
    docs, _ = stored.build(tmp_path, "docs")
    for name in stored.clean:
        FILE_DAMAGE[damage](docs / name)
    _, result = stored.build(tmp_path, "docs")
    assert files(docs) == stored.clean
    assert result.report.written == len(stored.clean)


def test_a_folder_where_a_written_file_was_is_one_clear_error(tmp_path, stored):
    stored.copy(tmp_path)
    docs, _ = stored.build(tmp_path, "docs")
    (docs / "index.md").unlink()
    (docs / "index.md" / "notes").mkdir(parents=True)
    with pytest.raises(BriefingError) as caught:
        stored.build(tmp_path, "docs")
    assert str(caught.value) == (
        f"cannot write {docs / 'index.md'}: a folder is where a file must be; "
        "remove it or choose another folder"
    )


def test_entries_no_build_uses_are_removed_once_they_outnumber_the_rest(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        for n in range(300):
            store.put("page", str(n), b"old")
    with Store.open(tmp_path) as store:
        store.put("page", "new", b"new")
        assert store.get("page", "7") == b"old"
    with Store.open(tmp_path) as store:
        assert store.get("page", "new") == b"new" and store.get("page", "7") == b"old"
        assert store.get("page", "8") is None
    db = sqlite3.connect(tmp_path / NAME)
    assert db.execute("SELECT COUNT(*) FROM entry").fetchone()[0] == 2


@pytest.mark.parametrize(
    "shape, said",
    [
        ("not a database", "is not usable (file is not a database); starting a new one"),
        ("another version", "is a store of another version (99, not 1); starting a new store"),
        ("another program's database", "is not a briefing store; starting a new store"),
    ],
)
def test_a_store_of_the_wrong_shape_is_a_warning_and_a_full_build(
    tmp_path, seeds, shape, said, caplog
):
    cache = tmp_path / "cache"
    build(settings(tmp_path, seeds, "first", cache=cache))
    DAMAGE[shape](cache / NAME)
    caplog.set_level(logging.WARNING)
    result = build(settings(tmp_path, seeds, "docs", cache=cache))
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and warnings[0].endswith(said), warnings
    assert result.extracted == 5  # a full build
    caplog.clear()
    again = build(settings(tmp_path, seeds, "docs", cache=cache))
    assert again.extracted == 0 and not caplog.records  # the new store serves the next
