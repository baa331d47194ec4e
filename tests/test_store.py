"""The store is never trusted: a damaged, truncated, foreign or other-version
file is a warning, and the next build equals a clean one."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.models import Actor, Article, Extraction, Sentence, Stance
from briefing.store import NAME, Store, decode, encode
from tests.test_incremental import build, files, seeds, settings

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
    # and the build after it is served by a sound store again
    again = build(settings(tmp_path, seeds, "again", cache=cache))
    assert again.extracted == 0, (result.extracted, caplog.text)
    assert files(tmp_path / "again") == files(tmp_path / "clean")


def test_damage_anywhere_in_the_file_never_reaches_an_output(tmp_path, seeds):
    """Four bytes changed at offsets across the whole file, one build each."""
    cache = tmp_path / "cache"
    build(settings(tmp_path, seeds, "clean", cache=None))
    clean = files(tmp_path / "clean")
    build(settings(tmp_path, seeds, "docs", cache=cache))
    whole = (cache / NAME).read_bytes()
    for at in range(0, len(whole), max(4096, len(whole) // 24)):
        (cache / NAME).write_bytes(_flip(whole, at + 1000 if at + 1004 < len(whole) else at))
        build(settings(tmp_path, seeds, "docs", cache=cache))
        assert files(tmp_path / "docs") == clean, f"damage at byte {at}"
        (cache / NAME).write_bytes(whole)


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
