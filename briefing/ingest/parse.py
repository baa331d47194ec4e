"""One article file: its bytes decoded to text, then parsed into an
:class:`~briefing.models.Article`: its front matter (``frontmatter.py``), the
headline, the line under it (publisher, byline, dateline or section tags),
page furniture removed, paragraphs and sentences. (A saved web page is read
by ``webpage.py`` and assembled here.)"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from ..models import Article, Sentence
from ..text import clean_line, printable, slugify, split_sentences
from .frontmatter import split_front_matter
from .furniture import Furniture

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # control characters


class ArticleError(Exception):
    """An article file that cannot be used; the message says why."""


# byte-order marks, longest first (UTF-32's starts as UTF-16's): a file an
# editor saved as "Unicode" is read as the text it is
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(raw: bytes) -> str:
    """Bytes to text, or :class:`ArticleError` naming what is wrong."""
    if not raw.strip():
        raise ArticleError("the file is empty; add a headline line and the article text")
    encoding = next((name for bom, name in _BOMS if raw.startswith(bom)), "utf-8-sig")
    if encoding == "utf-8-sig" and b"\x00" in raw[:8192]:
        raise ArticleError(
            "the file is binary (it contains NUL bytes), not a text article; if it is "
            "UTF-16 text without a byte-order mark, re-save it as UTF-8"
        )
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        line = raw[: error.start].decode(encoding, "replace").count("\n") + 1
        raise ArticleError(
            f"line {line}: not {encoding.removesuffix('-sig').upper()} (byte "
            f"0x{raw[error.start]:02x} at offset {error.start}); re-save the file as UTF-8"
        ) from None
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise ArticleError("the file looks binary (many control characters), not a text article")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # a stray form feed or vertical tab from a scrape: a space, never a character
    # that makes the feed or a page invalid
    return unicodedata.normalize("NFC", printable(text))


_META_SEPARATOR = re.compile(r"\s[|·•]\s")
_BYLINE = re.compile(r"(?i)by\s")
_MONTHS = "january february march april may june july august september october november december"
_MONTH_NUMBER = {m[:3]: n for n, m in enumerate(_MONTHS.split(), 1)}
_DATE = re.compile(
    r"\b(?:(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<m1>[A-Z][a-z]{2,8})\.? (?P<d1>\d{1,2})(?:st|nd|rd|th)?,? (?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)? (?P<m2>[A-Z][a-z]{2,8})\.?,? (?P<y2>\d{4}))\b"
)


# a date stamp alone on its line, perhaps with its weekday, time and a counter
# ("27 May 2024 at 05:02hrs | Views", "Tuesday, 18 July 2023, 17:48")
_DATE_STAMP = re.compile(
    r"(?i)(?:[a-z]+day,? )?"
    r"(?:\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}\.?,? \d{4}"
    r"|[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
    r"|\d{4}-\d{2}-\d{2})"
    r"(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?(?:[ap]\.?m\.?|hrs|[a-z]{2,4}))?)?"
    r"(?: ?\| ?[\w ]{1,30})?"
)
STAMP_LINES = 6  # how far down a date stamp is looked for


def _is_meta_line(line: str) -> bool:
    """A line without sentence punctuation: a publisher, byline, tags or dateline
    ("TelecomLive Bureau | New Delhi | Updated: Aug 1, 2022")."""
    words = line.split()
    if re.search(r"[.!?:;\"”]$", line):
        return False
    if _META_SEPARATOR.search(line):
        return 0 < len(words) <= 25 and len(line) <= 200
    return 0 < len(words) <= 8 and len(line) <= 80


def meta_date(line: str) -> str | None:
    """An ISO date found in a dateline, if any and a day of the calendar."""
    match = _DATE.search(line)
    if not match:
        return None
    if match["iso"]:
        year, month_number, day = match["iso"].split("-")
    else:
        month = (match["m1"] or match["m2"] or "")[:3].lower()
        if month not in _MONTH_NUMBER:
            return None
        year, month_number, day = (
            match["y1"] or match["y2"],
            _MONTH_NUMBER[month],
            match["d1"] or match["d2"],
        )
    try:  # a day the calendar has ("Feb 31, 2020" is none)
        return dt.date(int(year), int(month_number), int(day)).isoformat()
    except ValueError:
        return None


def _is_trailing_title(line: str) -> bool:
    """Whether the last line of an article reads as another story's title (a
    short line with no closing punctuation and no sentence end inside: not
    "... is expected by 2027. – AFP", a sentence and its agency's sign-off),
    not as the article's text."""
    return (
        len(line) < 120
        and not line.rstrip().endswith(tuple('.!?"”’)…:'))
        and not re.search(r"[a-z0-9][.!?] ", line)
    )


def parse(text: str, source: str, furniture: Furniture, digest: str = "") -> Article:
    """Turn decoded article text into an :class:`Article` (id not yet unique):
    its front matter, if any, read first (and winning); a ``.md`` file's
    Markdown read as the text it shows."""
    front = split_front_matter(text)
    data: dict[str, Any] = front.data if front else {}
    if front is not None:
        text = front.body
    if Path(source).suffix.lower() == ".md":
        text = markdown_text(text)
    lines = [clean_line(line) for line in text.split("\n")]
    lines = [line for line in lines if line]
    notes = front.problems if front else ()
    if "title" in data:
        title = str(data["title"])
        if lines and _heading(lines[0]) == title:
            lines = lines[1:]
        lines = [title, *lines]
    if not lines:
        raise ArticleError("the file has no text; add a headline line and the article text")
    title = _heading(lines[0])
    body = lines[1:]
    publisher = byline = date = None
    stamp = next(
        (i for i, line in enumerate(body[:STAMP_LINES]) if _DATE_STAMP.fullmatch(line)), None
    )
    if stamp is not None and len(body) > 1:
        date = meta_date(body[stamp])  # the date, not a publisher, and no figure of the text
        body = body[:stamp] + body[stamp + 1 :]
    sections: tuple[str, ...] = ()
    if (
        body
        and _is_meta_line(body[0])
        # (a byline is furniture anywhere, and under the headline the article's byline)
        and not (furniture.drops_line(body[0]) and not _BYLINE.match(body[0]))
        and not furniture.ends_article(body[0])
    ):
        words = body[0].split()
        if all(w.lower() in furniture.section_words for w in words):
            sections = tuple(words)
        elif _BYLINE.match(body[0]):
            byline = body[0][3:].strip()
        else:
            publisher = _META_SEPARATOR.split(body[0])[0].strip()
            date = meta_date(body[0]) or date
        body = body[1:]
    return assemble(
        title,
        body,
        source,
        furniture,
        digest,
        publisher=data.get("publisher", publisher),
        byline=data.get("author", byline),
        date=data.get("date", date),
        sections=sections,
        url=data.get("url"),
        tags=tuple(data.get("tags", ())),
        problems=notes,
        alone=len(lines) == 1,
    )


def _heading(line: str) -> str:
    return line.lstrip("#").strip()


def assemble(
    title: str,
    body: list[str],
    source: str,
    furniture: Furniture,
    digest: str = "",
    *,
    alone: bool = False,
    **meta: Any,
) -> Article:
    """An :class:`Article` from its headline and the lines of its body: page
    furniture removed, paragraphs split into sentences; ``meta``: the other
    fields of the article (publisher, date...); ``alone``: the headline is
    the whole file."""
    kept: list[str] = []
    removed: list[str] = []
    for index, line in enumerate(body):
        if line.casefold() == title.casefold():
            removed.append(line)  # the headline again, as a scraped page repeats it
            continue
        if furniture.ends_article(line, started=bool(kept)):
            removed.extend(body[index:])
            break
        if furniture.drops_line(line) or furniture.ends_article(line):
            removed.append(line)  # (or a button above the story: "Comment", "Share this")
            continue
        for rule in furniture.strip_prefix:
            match = rule.match(line)
            if match:
                removed.append(match.group(0))
                line = line[match.end() :].lstrip()
        for rule in furniture.strip_inline:
            removed.extend(m.group(0) for m in rule.finditer(line))
            line = rule.sub(" ", line).strip()
        if line:
            kept.append(line)
    while len(kept) > 1 and _is_trailing_title(kept[-1]):
        removed.append(kept.pop())  # "UK's Starmer in Germany for first trip": a link's title
    if not kept and (alone or all(line.casefold() == title.casefold() for line in body)):
        kept = [title]  # a one-sentence report: its line is headline and text at once
    if not kept:
        raise ArticleError("no article text after the headline; add the body below the first line")

    sentences: list[Sentence] = []
    offset = 0
    for number, paragraph in enumerate(kept):
        for start, end in split_sentences(paragraph):
            sentences.append(
                Sentence(
                    index=len(sentences) + 1,
                    text=paragraph[start:end],
                    start=offset + start,
                    end=offset + end,
                    paragraph=number,
                )
            )
        offset += len(paragraph) + 2
    return Article(
        id=article_id(title, source),
        source=source,
        title=title,
        text="\n\n".join(kept),
        paragraphs=tuple(kept),
        sentences=tuple(sentences),
        removed=tuple(removed),
        digest=digest,
        **meta,
    )


_markdown = MarkdownIt("commonmark", {"html": False})


def markdown_text(text: str) -> str:
    """The text a Markdown document shows, a line a block (heading, paragraph,
    list item, code): links as their words, emphasis without its marks,
    images and HTML left as written (shown as text, never as markup)."""
    lines: list[str] = []
    for token in _markdown.parse(text):
        if token.type == "inline":
            words = [
                " " if child.type in ("softbreak", "hardbreak") else child.content
                for child in token.children or ()
                if child.type in ("text", "code_inline", "softbreak", "hardbreak", "html_inline")
            ]
            lines.append("".join(words))
        elif token.type in ("fence", "code_block", "html_block"):
            lines.extend(token.content.split("\n"))
        if token.type.endswith("_close") and token.block:
            lines.append("")
    return "\n".join(lines)


def article_id(title: str, source: str) -> str:
    """The id an article's headline gives it (its file's name without one),
    before :func:`unique_ids` numbers duplicates."""
    return slugify(title) or slugify(Path(source).stem) or "article"
