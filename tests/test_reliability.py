"""Inputs that must never leak, corrupt an output or stall a build.

Each test here names the attack or accident it guards against: a link in the
articles folder to a file outside it, control characters a scraper left in an
article, a table pasted as one endless sentence.
"""

from __future__ import annotations

import errno
import json
import os
import xml.dom.minidom
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.ingest import Furniture, parse
from briefing.ingest import read_folder as load_articles
from briefing.publish.files import build_docs
from briefing.settings import Settings
from briefing.text import MAX_SENTENCE, split_sentences

ROOT = Path(__file__).resolve().parent.parent


def docs_build(seeds: Path, out: Path) -> tuple[Path, object]:
    """Our stages only (no site) into ``out``; the docs folder and the result."""
    docs = out / "docs"
    result, _ = build_docs(
        Settings(
            seeds=seeds,
            docs=docs,
            templates=ROOT / "templates",
            overrides=out / "overrides",
            registry=out / "registry",
            cache=None,
        )
    )
    return docs, result


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, "utf-8")
    return path


# -- nothing from outside the articles folder -----------------------------------------------------


def test_a_link_to_a_file_outside_the_articles_folder_is_refused(tmp_path: Path) -> None:
    secret = write(tmp_path / "elsewhere", "secret.txt", "Secret headline\n\nSECRET-TEXT here.\n")
    seeds = tmp_path / "seeds"
    write(seeds, "real.txt", "Real headline\n\nSweden banned Huawei from its networks.\n")
    os.symlink(secret, seeds / "linked.txt")
    articles, problems = load_articles(seeds)
    assert [a.source for a in articles] == ["real.txt"]
    assert len(problems) == 1
    assert "linked.txt" in problems[0].path
    assert "outside the articles folder" in problems[0].message
    docs, _ = docs_build(seeds, tmp_path / "out")
    published = "".join(p.read_text("utf-8") for p in docs.rglob("*") if p.is_file())
    assert "SECRET-TEXT" not in published


def test_a_link_inside_the_articles_folder_is_read(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    write(seeds, "real.txt", "Real headline\n\nSweden banned Huawei from its networks.\n")
    os.symlink(seeds / "real.txt", seeds / "alias.txt")
    articles, problems = load_articles(seeds)
    assert sorted(a.source for a in articles) == ["alias.txt", "real.txt"]
    assert problems == []


# -- every output parses ------------------------------------------------------------------------

CONTROL_ARTICLE = (
    "Headline with a form feed\x0c here\n\n"
    "Sweden\x0bbanned Huawei from its 5G networks in 2020.\x01 The regulator said so.\n"
    + "Padding sentence. " * 500
    + "\x00 A NUL byte after the first 8 KB.\n"
)


def test_control_characters_never_reach_an_output(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    write(seeds, "controls.txt", CONTROL_ARTICLE)
    docs, result = docs_build(seeds, tmp_path / "out")
    assert result.articles == 1
    for path in docs.rglob("*"):
        if not path.is_file():
            continue
        text = path.read_text("utf-8")
        for char in "\x00\x01\x0b\x0c":
            assert char not in text, f"{path.name} holds {char!r}"
    xml.dom.minidom.parse(str(docs / "feed.xml"))  # raises on a character XML forbids
    data = json.loads((docs / "data" / "briefing.json").read_text("utf-8"))
    assert data["articles"][0]["title"] == "Headline with a form feed here"


# -- no article stalls a build ------------------------------------------------------------------


def test_an_endless_sentence_is_cut_into_bounded_pieces() -> None:
    table = " and ".join(f"${n}.5 billion and {n}% and {n} million" for n in range(300))
    paragraph = f"The budget lists {table}. A short sentence follows."
    spans = split_sentences(paragraph)
    assert all(end - start <= MAX_SENTENCE for start, end in spans)
    assert paragraph[spans[-1][0] : spans[-1][1]] == "A short sentence follows."
    # the pieces cover the text: nothing is lost between them
    covered = "".join(paragraph[s:e] for s, e in spans).replace(" ", "")
    assert covered == paragraph.replace(" ", "")


def test_a_table_pasted_as_text_gives_evidence_of_bounded_size(tmp_path: Path) -> None:
    table = " and ".join(f"${n}.5 billion and {n}% and {n} million" for n in range(400))
    article = parse(f"Figures table\n\nThe budget lists {table}.\n", "t.txt", Furniture.load())
    assert max(len(s.text) for s in article.sentences) <= MAX_SENTENCE
    seeds = tmp_path / "seeds"
    write(seeds, "table.txt", f"Figures table\n\nThe budget lists {table}.\n")
    docs, _ = docs_build(seeds, tmp_path / "out")
    figures = json.loads((docs / "data" / "briefing.json").read_text("utf-8"))["articles"][0][
        "figures"
    ]
    assert len(figures) >= 700
    assert max(len(f["evidence"]) for f in figures) <= MAX_SENTENCE


# -- ids never take a section page's place (issue 23, row 7) --------------------------------------


def test_a_headline_or_entity_named_index_never_replaces_a_section_page(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    write(seeds, "a.txt", "Index\n\nIndex Holdings said it opposes Huawei in its networks.\n")
    write(seeds, "b.txt", "Index\n\nThe regulator reviewed Huawei on Monday.\n")
    write(
        tmp_path / "out" / "registry",
        "extra.yaml",
        "- id: index\n  name: Index Holdings\n  type: company\n",
    )
    docs, _ = docs_build(seeds, tmp_path / "out")
    data = json.loads((docs / "data" / "briefing.json").read_text("utf-8"))
    ids = [a["id"] for a in data["articles"]]
    assert ids == ["index-2", "index-3"]
    assert (docs / "articles" / "index-2.md").is_file() and (
        docs / "articles" / "index-3.md"
    ).is_file()
    assert (docs / "articles" / "index.md").read_text("utf-8").startswith("---\ntitle: Articles")
    assert [e["id"] for e in data["entities"] if e["name"] == "Index Holdings"] == ["index-2"]
    assert (docs / "companies" / "index-2.md").is_file()
    assert (docs / "companies" / "index.md").read_text("utf-8").startswith("---\ntitle: Companies")


# -- what is not an article is not read (issue 23, row 15) ----------------------------------------


def test_dot_files_in_the_articles_folder_are_left_out_as_mkdocs_does(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    write(seeds, "real.txt", "Real headline\n\nSweden banned Huawei from its networks.\n")
    write(seeds, ".draft.txt", "Draft headline\n\nNot ready.\n")
    write(seeds, ".real.txt.swp", "\x00editor swap file")
    articles, problems = load_articles(seeds)
    assert [a.source for a in articles] == ["real.txt"] and problems == []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_text_saved_as_utf16_or_utf32_with_a_byte_order_mark_is_read(
    tmp_path: Path, encoding: str
) -> None:
    text = "Sweden bans Huawei – “for security”\n\nSweden banned Huawei from its 5G networks.\n"
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    bom = b"\xfe\xff" if encoding == "utf-16-be" else b""  # the plain codecs write their own
    (seeds / "unicode.txt").write_bytes(bom + text.encode(encoding))
    articles, problems = load_articles(seeds)
    assert problems == []
    assert [a.title for a in articles] == ["Sweden bans Huawei – “for security”"]
    assert articles[0].text == "Sweden banned Huawei from its 5G networks."


def test_utf16_without_a_byte_order_mark_is_refused_with_the_fix(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bare.txt").write_bytes("Headline\n\nText.\n".encode("utf-16-le"))
    articles, [problem] = load_articles(seeds)
    assert articles == [] and problem.path.endswith("bare.txt")
    assert "UTF-16 text without a byte-order mark, re-save it as UTF-8" in problem.message


@pytest.mark.parametrize("dateline", ["Feb 31, 2020", "31 April 2021", "2021-02-29", "2020-13-01"])
def test_a_dateline_date_the_calendar_lacks_is_not_published(tmp_path: Path, dateline: str) -> None:
    seeds = tmp_path / "seeds"
    write(
        seeds,
        "a.txt",
        f"Operator picks vendor\n\nWireWatch | {dateline}\n\nTelenor chose Ericsson.\n",
    )
    docs, _ = docs_build(seeds, tmp_path / "out")
    [article] = json.loads((docs / "data" / "briefing.json").read_text("utf-8"))["articles"]
    assert article["publisher"] == "WireWatch" and article.get("date") is None


def test_a_one_line_article_of_half_a_megabyte_has_a_bounded_summary(tmp_path: Path) -> None:
    words = "Sweden banned Huawei and ZTE from its 5G networks while Japan cooperated with India"
    line = " ".join(f"{words} in round {n}," for n in range(5000))
    assert len(line) > 450_000
    seeds = tmp_path / "seeds"
    write(seeds, "one.txt", f"One line\n\n{line}\n")
    docs, result = docs_build(seeds, tmp_path / "out")
    [article] = json.loads((docs / "data" / "briefing.json").read_text("utf-8"))["articles"]
    assert 0 < len(article["summary"]) <= 3 * MAX_SENTENCE


def test_jobs_are_never_more_than_the_cores(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import briefing.workers as workers

    asked = []

    class Recording(workers.ProcessPoolExecutor):
        def __init__(self, max_workers: int, **options: object) -> None:
            asked.append(max_workers)
            super().__init__(max_workers=max_workers, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(workers, "ProcessPoolExecutor", Recording)
    monkeypatch.setattr(workers.os, "cpu_count", lambda: 2)
    articles, _ = load_articles(ROOT / "seeds")
    registry = __import__("briefing.registry", fromlist=["x"]).load_registry()
    many = (articles * 10)[: workers.PARALLEL_THRESHOLD]
    assert len(list(workers.run(many, registry, 200, None))) == len(many)
    assert asked == [2]


# -- one build at a time (issue 23, row 8) ----------------------------------------------------------


def test_a_second_build_waits_for_the_first_and_says_so(tmp_path: Path) -> None:
    import fcntl
    import subprocess
    import sys
    import time

    docs = tmp_path / "docs"
    docs.mkdir()
    holder = os.open(docs, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)  # a build running on the same folder
    log = tmp_path / "second.log"
    with log.open("w") as out:
        second = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "build.py"),
                "--no-site",
                "--no-cache",
                "--docs",
                str(docs),
            ],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while "another build is running" not in log.read_text("utf-8"):
            assert second.poll() is None, log.read_text("utf-8")
            assert time.monotonic() < deadline, "the second build did not say it waits"
            time.sleep(0.1)
        assert not (docs / "index.md").exists()  # it waits: nothing written yet
        os.close(holder)  # the first build ends
        assert second.wait(timeout=120) == 0
    said = log.read_text("utf-8")
    assert f"another build is running on {docs}; waiting for it to finish" in said
    assert "Traceback" not in said and (docs / "index.md").is_file()


# -- what cannot be written is said in one line (issue 23, row 9) -----------------------------------


def cli(argv: list[str], capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    from briefing.cli import main

    code = main(argv)
    said = capsys.readouterr().err
    return code, said


@pytest.mark.parametrize(
    "case",
    ["site is a file", "docs is a file", "cache is a file", "store is a folder", "config types"],
)
def test_an_unusable_output_or_setting_is_one_line(tmp_path: Path, case: str) -> None:
    import subprocess
    import sys

    afile = tmp_path / "a-file"
    afile.write_text("not a folder", "utf-8")
    argv = ["--no-cache", "--seeds", str(ROOT / "seeds")]
    if case == "site is a file":
        argv += ["--site", str(afile)]
    elif case == "docs is a file":
        argv += ["--no-site", "--docs", str(afile)]
    elif case == "cache is a file":
        argv = ["--no-site", "--cache", str(afile)]
    elif case == "store is a folder":
        (tmp_path / "cache" / "store.sqlite").mkdir(parents=True)
        argv = ["--no-site", "--cache", str(tmp_path / "cache")]
    else:
        config = tmp_path / "mkdocs.yml"
        config.write_text(
            (ROOT / "mkdocs.yml")
            .read_text("utf-8")
            .replace("cache: .cache/briefing", "jobs: many"),
            "utf-8",
        )
        os.symlink(ROOT / "docs", tmp_path / "docs")
        os.symlink(ROOT / "theme", tmp_path / "theme")  # mkdocs.yml's custom_dir
        argv = ["--no-site", "--config", str(config)]
    done = subprocess.run(
        [sys.executable, str(ROOT / "build.py"), "-q", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    expected = {
        "site is a file": f"cannot write {afile}: a file is where a folder must be",
        "docs is a file": f"cannot write {afile}: a file is where a folder must be",
        "cache is a file": f"cannot keep the store in {afile}: it is a file",
        "store is a folder": "store.sqlite: it is a folder; remove it",
        "config types": "option 'jobs': Expected type: <class 'int'> but received: <class 'str'>",
    }[case]
    assert expected in lines[0], lines[0]


@pytest.mark.parametrize(
    "error, said",
    [
        (errno.ENOSPC, "the disk is full; free some space and build again"),
        (errno.EROFS, "the file system is read-only; choose a writable folder"),
        (errno.EACCES, "permission denied; make the folder writable or choose another"),
    ],
)
def test_a_full_disk_or_a_read_only_folder_is_one_line(
    tmp_path: Path, monkeypatch, capsys, error: int, said: str
) -> None:  # type: ignore[no-untyped-def]
    # the tests run as root (CI too), for whom no folder is read-only and no
    # disk fills: the file system's answer is made here
    import briefing.publish.files as files

    def refuse(source: object, target: object) -> None:
        raise OSError(error, os.strerror(error), str(target))

    monkeypatch.setattr(files.os, "replace", refuse)
    docs = tmp_path / "docs"
    code, err = cli(["--no-site", "--no-cache", "--docs", str(docs)], capsys)
    lines = [line for line in err.splitlines() if line.startswith("ERROR")]
    assert code == 1 and len(lines) == 1 and "Traceback" not in err
    assert f"cannot write {docs}/" in lines[0] and said in lines[0]
    assert not list(docs.rglob(".*.tmp"))  # no half-written file left behind


def test_a_full_disk_while_mkdocs_writes_the_site_is_one_line(
    tmp_path: Path, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    import mkdocs.utils

    def full(content: bytes, output_path: str) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), output_path)

    monkeypatch.setattr(mkdocs.utils, "write_file", full)
    code, err = cli(["--no-cache", "--site", str(tmp_path / "site")], capsys)
    lines = [line for line in err.splitlines() if line.startswith("ERROR")]
    assert code == 1 and len(lines) == 1 and "Traceback" not in err, err
    assert "the disk is full" in lines[0] and str(tmp_path / "site") in lines[0]
    assert not list(tmp_path.glob(".briefing-search-*"))


def test_a_file_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    from briefing.publish.files import write
    from briefing.render import Output
    from briefing.store import Store

    docs = tmp_path / "docs"
    with Store.open(None) as store:
        write([Output("data/briefing.json", "one", lambda: [b'{"old": true}'])], docs, store)

        def broken() -> Iterator[bytes]:
            yield b'{"new": '
            raise RuntimeError("the build failed while writing")

        with pytest.raises(RuntimeError):
            write([Output("data/briefing.json", "two", broken)], docs, store)
    assert (docs / "data" / "briefing.json").read_bytes() == b'{"old": true}'
    assert [p.name for p in (docs / "data").iterdir()] == ["briefing.json"]


# -- an interrupted build leaves nothing behind (issue 23, row 15) ----------------------------------


def test_an_interrupted_build_leaves_no_scratch_folders(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from scale import generate

    generate(400, tmp_path / "seeds", 0)
    build = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "build.py"),
            "-q",
            "--no-cache",
            "--seeds",
            str(tmp_path / "seeds"),
        ]
        + ["--site", str(tmp_path / "site")],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        # Ctrl-C reaches the build as it would from a terminal, even where the tests
        # themselves run in the background of a non-interactive shell, which starts
        # them with SIGINT ignored (and Python then keeps it ignored)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 240
    while not list(tmp_path.glob(".briefing-search-*")):  # MkDocs is writing the site
        assert build.poll() is None, build.stderr.read() if build.stderr else ""
        assert time.monotonic() < deadline
        time.sleep(0.02)
    build.send_signal(signal.SIGINT)
    assert build.wait(timeout=120) == 130
    assert "interrupted" in (build.stderr.read() if build.stderr else "")
    assert not list(tmp_path.glob(".briefing-search-*"))
