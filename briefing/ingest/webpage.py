"""A saved web page (``.html``, ``.htm``): its main text and metadata (title,
date, author, site name, canonical URL, tags), taken out by trafilatura,
which drops navigation, boilerplate and comments.

trafilatura's dates never come from the clock here: the latest date it may
accept is fixed (:data:`LATEST`), where by default it is today."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from importlib.metadata import version

from .parse import ArticleError

# what a page's parse depends on besides this package's code
LIBRARIES = "".join(f"{name} {version(name)}\n" for name in ("trafilatura", "htmldate", "lxml"))
LATEST = "2099-12-31"
_DATES = {"original_date": True, "extensive_search": True, "max_date": LATEST}

# trafilatura and its helpers log every page they find little in
for _name in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
    logging.getLogger(_name).setLevel(logging.ERROR)


@dataclass(frozen=True)
class Page:
    """What a saved page says: its main text (a line a paragraph) and metadata."""

    title: str | None
    text: str
    date: str | None
    author: str | None
    sitename: str | None
    url: str | None
    tags: tuple[str, ...]


def read_page(raw: bytes) -> Page:
    """The main text and metadata of a saved page, or :class:`ArticleError`."""
    if not raw.strip():
        raise ArticleError("the file is empty; save the page again")
    if b"\x00" in raw[:8192]:
        raise ArticleError("the file is binary (it contains NUL bytes), not a saved web page")
    # a second to import: only when a page is read
    from trafilatura import bare_extraction
    from trafilatura.settings import Document

    try:
        document = bare_extraction(
            raw,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
            date_extraction_params=_DATES,
        )
    except (ValueError, TypeError) as error:  # lxml: a document it cannot parse
        raise ArticleError(f"not a readable web page: {error}") from None
    text = getattr(document, "text", None) or ""
    if not isinstance(document, Document) or not text.strip():
        raise ArticleError(
            "no article text found in the page; save the article's own page, "
            "or copy its text into a .txt file"
        )
    title, dated = _title(_clean(document.title))
    return Page(
        title=title,
        text=text,
        # a date the title states ("Headline | DW | 10.06.2013") wins over one
        # found in the page, which may be a teaser's of another article
        date=dated or _date(document.date),
        author=_clean(document.author),
        sitename=_clean(document.sitename),
        url=document.url if _is_web(document.url) else None,
        tags=_tags(document.tags or []),
    )


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


_TITLE_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$|^(\d{4})-(\d{2})-(\d{2})$")


def _title(title: str | None) -> tuple[str | None, str | None]:
    """A page title without the site name and date that follow the headline
    ("Headline | DW | 10.06.2013"), and that date, if it names one."""
    if not title or " | " not in title:
        return title, None
    parts = [p.strip() for p in title.split(" | ")]
    dated = None
    for part in parts[1:]:
        match = _TITLE_DATE.match(part)
        if match:
            day, month, year = (
                (match[1], match[2], match[3]) if match[1] else (match[6], match[5], match[4])
            )
            dated = _date(f"{year}-{int(month):02d}-{int(day):02d}")
    headline = parts[0] if len(parts[0]) >= 15 else title
    return headline, dated


def _tags(found: list[str]) -> tuple[str, ...]:
    """A page's tags, once each: its keywords come as one comma-separated string."""
    tags = (_clean(part) for tag in found for part in tag.split(","))
    return tuple(dict.fromkeys(t for t in tags if t))


def _date(value: str | None) -> str | None:
    """An ISO date, if ``value`` is a real one."""
    try:
        return dt.date.fromisoformat((value or "")[:10]).isoformat()
    except ValueError:
        return None


def _is_web(url: str | None) -> bool:
    return bool(url) and str(url).startswith(("https://", "http://")) and " " not in str(url)
