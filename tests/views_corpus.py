"""A folder as an analyst has it, made from committed real articles: the
corpus articles whose sources give a date, as Markdown with YAML front
matter (title, date, publisher, url); the telecom10 articles without a date
as plain text (undated, naming deadlines); and the saved web pages of
``tests/data/pages/``. The views' tests build it."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"


SETS = (DATA / "corpus", DATA / "gold" / "telecom10")


def make_views_corpus(folder: Path) -> list[Path]:
    """Write the corpus into ``folder``; the files written. Of the corpus,
    the dated articles; of telecom10 (Huawei bans, with deadlines), all."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for data in SETS:
        sources = yaml.safe_load((data / "sources.yaml").read_text("utf-8"))
        for source in sources:
            text = (data / "articles" / source["file"]).read_text("utf-8")
            stem = Path(source["file"]).stem
            if source.get("published"):
                headline, _, body = text.partition("\n")
                front = {
                    "title": headline.strip(),
                    "date": str(source["published"]),
                    "publisher": source["publisher"],
                    "url": source["url"],
                }
                path = folder / f"{stem}.md"
                dumped = yaml.safe_dump(front, allow_unicode=True, sort_keys=False)
                path.write_text(f"---\n{dumped}---\n\n{body.lstrip()}", "utf-8")
            elif data.name == "telecom10":
                path = folder / source["file"]
                path.write_text(text, "utf-8")
            else:
                continue
            written.append(path)
    for page in sorted((DATA / "pages").glob("*.htm*")):
        written.append(Path(shutil.copy(page, folder / page.name)))
    return written
