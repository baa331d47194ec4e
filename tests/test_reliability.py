"""Inputs that must never leak, corrupt an output or stall a build.

Each test here names the attack or accident it guards against: a link in the
articles folder to a file outside it, control characters a scraper left in an
article, a table pasted as one endless sentence.
"""

from __future__ import annotations

import json
import os
import xml.dom.minidom
from pathlib import Path

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
