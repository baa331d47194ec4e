"""Articles as people have them: saved web pages (real ones, from the test
data of web-extraction projects: ``tests/data/pages/sources.yaml``),
Markdown and text with YAML front matter, plain text; and what every record
then carries (date, publisher, url, author) into the pages and data files."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import briefing.ingest as ingest
from briefing.ingest import Furniture, parse_file, read_folder
from briefing.publish.files import build_docs
from briefing.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "pages"
FURNITURE = Furniture.load()

# what each real page says of itself, read from the page by hand
EXPECTED = {
    "herald-sun-surveillance-laws.html": {
        "title": "Angry media won’t buckle over new surveillance laws",
        "date": "2015-03-13",
        "publisher": "HeraldSun",
        "byline": "Laurie Oakes",
        "url": "http://www.heraldsun.com.au/news/opinion/angry-media-wont-buckle-over-new-surveillance-laws/story-fni0fha6-1227261886014",
        "first": "A HIGH-powered federal government team has been doing the rounds",
        "contains": "The Bill would require telecommunications service providers to store",
        "last": "Memories of the grief Conroy brought down on his head",
        # navigation, login forms, teasers of other columns, footer
        "furniture": [
            "Login with Facebook",
            "Forgot your password?",
            "Subscribe now",
            "Other Opinion Columns",
            "Doctor knows best",
            "Most Popular Stories",
            "Back To Top",
            "Breaking News",
            "Copyright Herald and Weekly Times",
        ],
    },
    "dw-uncork-fruehburgunder.html": {
        "title": "Uncork the mystery of Germany's Frühburgunder",
        "date": "2013-06-10",
        "publisher": "DW.COM",
        "byline": "Deutsche Welle",
        "url": "https://www.dw.com/en/uncork-the-mystery-of-germanys-fr%C3%BChburgunder/a-16863843",
        "first": "One of Germany's smallest wine regions with some of the boldest wines",
        "contains": "the Frühburgunder is a first cousin of the iconic and beloved Spätburgunder",
        "last": "So you've discovered our little secret?",
        "furniture": [
            "Choose from 30 Languages",
            "We use cookies",
            "DW recommends",
            "Hip Berliners drink foreign beer",
            "Related content",
            "Sour grapes",
            "Advertisement",
            "Privacy Policy",
            "LEARN GERMAN",
        ],
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_saved_page_gives_its_text_and_metadata_without_furniture(name: str) -> None:
    expected = EXPECTED[name]
    article = parse_file((PAGES / name).read_bytes(), name, FURNITURE, "d")
    for key in ("title", "date", "publisher", "byline", "url"):
        assert getattr(article, key) == expected[key], key
    assert article.paragraphs[0].startswith(expected["first"])
    assert expected["contains"] in article.text
    assert expected["last"] in " ".join(article.paragraphs[-2:])
    for furniture in expected["furniture"]:
        assert furniture not in article.text, furniture
    assert len(article.sentences) > 15


def test_every_page_has_its_source_recorded() -> None:
    import yaml

    sources = yaml.safe_load((PAGES / "sources.yaml").read_text("utf-8"))
    recorded = {entry["file"] for entry in sources}
    assert recorded == {p.name for p in PAGES.glob("*.htm*")}
    for entry in sources:
        assert entry["repository"] and entry["path"] and entry["commit"] and entry["original"]


def test_a_page_date_is_never_the_clock() -> None:
    """A page without a date has none; a page dated after today keeps its
    date (trafilatura's default latest date is today's)."""
    undated = (
        b"<html><head><title>Ministers meet</title></head><body><article>"
        + (
            b"<p>Ministers from Japan and India met to discuss 5G networks and agreed to "
            b"cooperate on open radio access networks across the region this year.</p>" * 3
        )
        + b"</article></body></html>"
    )
    assert parse_file(undated, "undated.html", FURNITURE).date is None
    future = undated.replace(
        b"</head>",
        b'<meta property="article:published_time" content="2091-05-04T10:00:00Z"></head>',
    )
    assert parse_file(future, "future.html", FURNITURE).date == "2091-05-04"


def test_the_parse_key_covers_the_page_libraries(monkeypatch: pytest.MonkeyPatch) -> None:
    before = ingest.parse_code(FURNITURE)
    monkeypatch.setattr(ingest, "LIBRARIES", ingest.LIBRARIES + "trafilatura 9.9\n")
    assert ingest.parse_code(FURNITURE) != before
    assert "overrides/schema.py" in ingest.INGEST_CODE  # the front matter's validator


# --- front matter -------------------------------------------------------------

GOOD = """---
title: Germany to phase out Huawei from 5G
date: 2024-07-11
publisher: Mobile World Live
url: https://example.org/germany-huawei
author: Jane Doe
tags: [5g, huawei]
---

# Germany to phase out Huawei from 5G

Germany **banned** [Huawei](https://example.org/huawei) from its 5G core networks, officials said.

The operators must remove the equipment by the end of 2026.
"""


def read(tmp_path: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    folder = tmp_path / "seeds"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, "utf-8")
    articles, problems = read_folder(folder)
    return {a.source: a for a in articles}, problems


def test_a_url_with_an_apostrophe_is_a_url(tmp_path: Path) -> None:
    url = "https://www.rnz.co.nz/international/pacific-news/273442/nauru's-facebook-ban"
    articles, problems = read(
        tmp_path, "nauru.md", GOOD.replace("https://example.org/germany-huawei", url)
    )
    assert problems == []
    assert articles["nauru.md"].url == url
    # (a space or an angle bracket is still no URL)
    _, problems = read(
        tmp_path, "bad.md", GOOD.replace("example.org/germany-huawei", "example.org/a b")
    )
    assert problems


def test_front_matter_wins_over_the_text(tmp_path: Path) -> None:
    articles, problems = read(tmp_path, "germany.md", GOOD)
    article = articles["germany.md"]
    assert problems == []
    assert (article.title, article.date, article.publisher, article.byline, article.url) == (
        "Germany to phase out Huawei from 5G",
        "2024-07-11",
        "Mobile World Live",
        "Jane Doe",
        "https://example.org/germany-huawei",
    )
    assert article.tags == ("5g", "huawei")
    # the heading repeating the title is not text; Markdown shows as the words it shows
    assert article.paragraphs[0] == (
        "Germany banned Huawei from its 5G core networks, officials said."
    )
    assert "---" not in article.text and "title:" not in article.text


def test_a_broken_front_matter_is_an_error_at_its_line_and_the_article_still_publishes(
    tmp_path: Path,
) -> None:
    text = "---\ntitle: Canada bans Huawei\ndate: [2022-05-19\n---\nCanada bans Huawei\n\nCanada will ban Huawei and ZTE from its 5G networks, officials said.\n"
    articles, problems = read(tmp_path, "canada.md", text)
    (problem,) = problems
    assert problem.kind == "error" and problem.path.endswith("seeds/canada.md")
    assert problem.line is not None and 2 <= problem.line <= 5
    assert "front matter" in problem.message and "read from its text" in problem.message
    article = articles["canada.md"]
    assert article.title == "Canada bans Huawei"
    assert article.publisher is None and article.date is None
    assert "title:" not in article.text and "date:" not in article.text


def test_front_matter_of_wrong_types_keeps_its_good_keys(tmp_path: Path) -> None:
    text = "---\ndate: yesterday\npublisher: Reuters\ntags: 5\nlayout: post\n---\nSweden bans Huawei\n\nSweden's regulator banned Huawei from its 5G auction, it said.\n"
    articles, problems = read(tmp_path, "sweden.txt", text)
    shown = sorted((p.line, p.column, p.kind, p.message.split(":")[1].strip()) for p in problems)
    assert shown == [(2, 7, "error", "date"), (4, 7, "error", "tags"), (5, 1, "warning", "layout")]
    article = articles["sweden.txt"]
    assert (article.publisher, article.date, article.tags) == ("Reuters", None, ())
    assert article.title == "Sweden bans Huawei"


def test_an_unclosed_front_matter_is_reported_at_line_one(tmp_path: Path) -> None:
    articles, problems = read(tmp_path, "open.md", "---\ntitle: Never closed\n\nThe text.\n")
    assert [(p.line, p.kind) for p in problems] == [(1, "error")]
    assert "never closed" in problems[0].message
    assert articles["open.md"].title == "title: Never closed"


def test_plain_text_keeps_its_dateline(tmp_path: Path) -> None:
    text = "Japan to join fund\n\nNikkei Asia | Tokyo | Updated: Mar 3, 2021\n\nJapan will join the fund, officials said.\n"
    articles, problems = read(tmp_path, "japan.txt", text)
    assert problems == []
    assert (articles["japan.txt"].publisher, articles["japan.txt"].date) == (
        "Nikkei Asia",
        "2021-03-03",
    )


# --- a mixed folder, into records and data files ---------------------------------


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of .html, .md with front matter and .txt, rendered."""
    out = tmp_path_factory.mktemp("mixed")
    seeds = out / "seeds"
    seeds.mkdir()
    for page in PAGES.glob("*.html"):
        (seeds / page.name).write_bytes(page.read_bytes())
    (seeds / "germany.md").write_text(GOOD, "utf-8")
    (seeds / "undated.txt").write_text(
        "Brazil will not ban Huawei\n\nBrazil will not ban Huawei from its 5G rollout, the minister said.\n",
        "utf-8",
    )
    result, _ = build_docs(
        Settings(
            seeds=seeds,
            docs=out / "docs",
            templates=ROOT / "templates",
            overrides=out / "overrides",
            registry=out / "registry",
            cache=None,
        )
    )
    assert result.errors == [], result.errors
    assert result.articles == 4
    return out / "docs"


def test_records_carry_date_publisher_url_and_author_into_the_data(mixed: Path) -> None:
    data = json.loads((mixed / "data" / "briefing.json").read_text("utf-8"))
    by_source = {a["source"]: a for a in data["articles"]}
    herald = by_source["herald-sun-surveillance-laws.html"]
    assert (herald["date"], herald["publisher"], herald["author"]) == (
        "2015-03-13",
        "HeraldSun",
        "Laurie Oakes",
    )
    assert herald["url"] == EXPECTED["herald-sun-surveillance-laws.html"]["url"]
    germany = by_source["germany.md"]
    assert (germany["date"], germany["url"], germany["author"], germany["tags"]) == (
        "2024-07-11",
        "https://example.org/germany-huawei",
        "Jane Doe",
        ["5g", "huawei"],
    )
    assert "date" not in by_source["undated.txt"]  # none known: none made up

    rows = list(csv.DictReader(io.StringIO((mixed / "data" / "stances.csv").read_text("utf-8"))))
    assert rows, "no stance rows"
    germany_rows = [r for r in rows if r["article"] == germany["id"]]
    assert germany_rows and all(
        (r["date"], r["publisher"], r["url"], r["author"])
        == ("2024-07-11", "Mobile World Live", "https://example.org/germany-huawei", "Jane Doe")
        for r in germany_rows
    )

    feed = ET.parse(mixed / "feed.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    entries = feed.findall(f"{atom}entry")
    titles = [e.findtext(f"{atom}title") for e in entries]
    # newest first, the undated one last
    assert titles[:3] == [
        "Germany to phase out Huawei from 5G",
        "Angry media won’t buckle over new surveillance laws",
        "Uncork the mystery of Germany's Frühburgunder",
    ]
    first = entries[0]
    assert first.findtext(f"{atom}published") == "2024-07-11T00:00:00Z"
    assert first.findtext(f"{atom}author/{atom}name") == "Jane Doe"
    assert first.find(f"{atom}link[@rel='related']").get("href") == germany["url"]  # type: ignore[union-attr]
    assert first.findtext(f"{atom}source/{atom}title") == "Mobile World Live"


def test_article_pages_show_where_and_when_with_a_link_to_the_original(mixed: Path) -> None:
    data = json.loads((mixed / "data" / "briefing.json").read_text("utf-8"))
    herald = next(a for a in data["articles"] if a["source"].startswith("herald"))
    page = (mixed / "articles" / f"{herald['id']}.md").read_text("utf-8")
    assert "Publisher: HeraldSun" in page and "By Laurie Oakes" in page
    assert "Published: 2015-03-13" in page
    assert f'<a href="{herald["url"]}" rel="nofollow noopener">Original article</a>' in page


def test_the_articles_index_lists_newest_first_with_counts_and_summaries(mixed: Path) -> None:
    index = (mixed / "articles" / "index.md").read_text("utf-8")
    order = [index.index(t) for t in ("2024-07-11", "2015-03-13", "2013-06-10", "undated")]
    assert order == sorted(order)
    assert "stances" in index and "figures" in index
    assert "A HIGH-powered federal government team" in index  # a summary
