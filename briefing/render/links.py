"""Links and table cells, made in Python: relative URLs between pages, links
to entities, shortened text. A call from a template costs more than a table
row, so rows get their cells made here. Everything is escaped: the text is
untrusted."""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import unquote, urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup, escape

from ..corpus import Corpus, profile_path
from ..errors import Problem
from ..lexicon import lexicon
from ..models import Figure

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-!|])")
_BLANK_LINE = re.compile(r"\n(?=[ \t]*\n)")
_writer_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def page_url(page: str, directory_urls: bool = True) -> str:
    """The URL path MkDocs gives a docs page. With ``use_directory_urls``:
    ``index.md`` -> ``""``, ``articles/index.md`` -> ``articles/``,
    ``articles/x.md`` -> ``articles/x/``; without (a site read from disk):
    ``index.html``, ``articles/index.html``, ``articles/x.html``."""
    stem = page[: -len(".md")] if page.endswith(".md") else page
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


@lru_cache(maxsize=200_000)
def relative(from_page: str, to_page: str, directory_urls: bool = True) -> str:
    """A relative URL from one docs page to another page (``to.md#anchor``) or file.

    Generated pages link in HTML, which MkDocs leaves alone (its Markdown link
    pass is the slowest part of a large build), so the URL is computed here;
    the site's link checker test verifies every link and anchor.
    """
    target, _, anchor = to_page.partition("#")
    if target == from_page:
        if anchor:
            return f"#{anchor}"
        return "./" if directory_urls else page_url(target, False).rpartition("/")[2]
    base = page_url(from_page, directory_urls)
    if not directory_urls:
        base = base.rpartition("/")[0]  # the page's folder
    goal = page_url(target, directory_urls) if target.endswith(".md") else target
    link = _relpath(goal, base)
    if goal.endswith("/") or not goal:
        link = "./" if link == "." else link + "/"
    return f"{link}#{anchor}" if anchor else link


def _relpath(goal: str, base: str) -> str:
    """``posixpath.relpath(goal, base)`` for clean relative paths (no ``.`` or
    ``..`` parts), without its two ``abspath`` calls per link: a profile's
    page links to hundreds of articles, and a rebuild renders the profiles
    an edit touches, the largest ones included."""
    to = [p for p in goal.split("/") if p]
    start = [p for p in base.split("/") if p]
    common = 0
    while common < len(to) and common < len(start) and to[common] == start[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + to[common:]) or "."


def md(text: object) -> Markup:
    """Inline text that must show as typed: HTML-escaped, Markdown syntax escaped."""
    escaped = html.escape(" ".join(str(text or "").split()), quote=True)
    return Markup(_MD_SPECIAL.sub(r"\\\1", escaped))


def writer_markdown(text: object, page: str | None = None) -> Markup:
    """A writer's Markdown (descriptions, notes) as HTML, raw HTML disabled;
    on ``page``, its links to other files of the site (``../companies/x.md``,
    relative to the page, as in any MkDocs page) lead to their pages' URLs.

    The HTML has no blank line (an empty line in a code block becomes an
    escaped newline): a generated page's HTML blocks end at blank lines (see
    ``publish/markdown.py``)."""
    tokens = _writer_markdown.parse(str(text or ""))
    if page is not None:
        for token, attribute, _ in _site_links(tokens):
            target = site_target(page, str(token.attrGet(attribute)))
            if target is not None and not target.startswith("../"):
                token.attrSet(attribute, relative(page, target))
    rendered = _writer_markdown.renderer.render(tokens, _writer_markdown.options, {}).strip()
    return Markup(_BLANK_LINE.sub("&#10;", rendered))


def _site_links(tokens: list[Token]) -> Iterator[tuple[Token, str, int]]:
    """The links and images of parsed Markdown whose URL is relative (a file
    of the site), with the attribute holding it and the first line (0-based)
    of their block."""
    for block in tokens:
        for token in block.children or ():
            attribute = {"link_open": "href", "image": "src"}.get(token.type)
            if attribute is None:
                continue
            url = urlsplit(str(token.attrGet(attribute) or ""))
            if not (url.scheme or url.netloc or url.path.startswith("/")) and url.path:
                yield token, attribute, (block.map or (0, 0))[0]


def site_target(page: str, url: str) -> str | None:
    """The file of the site a relative ``url`` on ``page`` leads to, with its
    anchor (``companies/huawei.md#figures``); ``../`` first if it leads out."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    folder = posixpath.dirname(page)
    target = posixpath.normpath(posixpath.join(folder, unquote(parts.path)))
    target += "/" if parts.path.endswith("/") else ""
    return target + (f"#{parts.fragment}" if parts.fragment else "")


@dataclass(frozen=True)
class WriterLink:
    """A link of a writer's Markdown to a file of the site, to check that
    the file is there."""

    override: str  # the override file, as shown
    line: int  # its line
    field: str  # note, description
    page: str  # the page the Markdown is on
    href: str  # as written
    target: str  # the file it leads to (relative to the docs folder), without anchor

    def problem(self, exists: Callable[[str], bool]) -> Problem | None:
        """A problem if the file is not in the site (``exists`` says what is)."""
        if not self.target.startswith("../") and exists(self.target):
            return None
        stem = self.target.rstrip("/")
        hint = next(
            (
                f" (did you mean '{posixpath.relpath(c, posixpath.dirname(self.page))}'?)"
                for c in (stem + ".md", stem + "/index.md")
                if self.target.endswith("/") and exists(c)
            ),
            "",
        )
        return Problem(
            self.override,
            f"{self.field}: the link '{self.href}' leads to no page or file of the site{hint}; "
            f"links are relative to the page ({self.page}), as in any page of the site: "
            "fix the link or remove it",
            self.line,
            kind="warning",
        )


def writer_links(
    field: str, text: str, page: str, override: str, first_line: int
) -> list[WriterLink]:
    """The links of a writer's Markdown ``text`` (``field`` of ``override``,
    starting on ``first_line``) that lead to files of the site."""
    lines = text.splitlines()
    out = []
    for token, attribute, block_line in _site_links(_writer_markdown.parse(text)):
        href = str(token.attrGet(attribute))
        target = site_target(page, href)
        if target is None:
            continue
        written = unquote(href)
        line = next(
            (i for i in range(block_line, len(lines)) if written in unquote(lines[i])), block_line
        )
        out.append(
            WriterLink(override, first_line + line, field, page, written, target.partition("#")[0])
        )
    return out


def shorten(text: object, width: int = 140) -> str:
    text = " ".join(str(text or "").split())
    if len(text) <= width:
        return text
    return text[: width - 1].rsplit(" ", 1)[0] + "…"


def a(href: str, text: object, title: str | None = None) -> Markup:
    """An HTML link with escaped text."""
    extra = f' title="{escape(title)}"' if title else ""
    return Markup(f'<a href="{escape(href)}"{extra}>{escape(text)}</a>')


def position(value: str) -> Markup:
    value = escape(value)
    return Markup(f'<span class="bf-pos bf-{value}">{value}</span>')


@cache
def act_classes() -> dict[str, tuple[str, str]]:
    """Each act class of the act lexicon: its label, how the site shows it
    (``restrict`` -> "restricted"), and the position it shows."""
    classes = lexicon("acts").get("classes") or {}
    return {
        str(name): (str(entry.get("label") or name), str(entry.get("position")))
        for name, entry in classes.items()
        if isinstance(entry, dict)
    }


# the acts that undo another (briefing/extract/events.py, ``inverted``): a
# stance names them alone ("lift") or with the act undone ("lift-ban")
_UNDOING = {"lift": "lifted", "revoke": "withdrew"}


def act_label(value: str, position: str | None = None) -> str:
    """How the site shows an act: its class's label; "not ..." where the
    stance's position is not the class's (a negated act: "will not ban" is
    support); an undoing act with the act it undoes ("withdrew (licensed)")."""
    known = act_classes().get(value)
    if known is not None:
        label, shows = known
        return f"not {label}" if position and position != shows else label
    undo, _, undone = value.partition("-")
    if undo in _UNDOING:
        done = act_classes().get(undone)
        return f"{_UNDOING[undo]} ({done[0]})" if done else _UNDOING[undo]
    return value


def act(value: str | None, trigger: str | None, position: str | None = None) -> Markup:
    """What an actor did, in words ("banned", "funded"), the words of the
    sentence that show it on hover; those words alone where extraction named
    no act."""
    if value:
        title = f' title="{escape(trigger)}"' if trigger else ""
        return Markup(f'<span class="bf-act"{title}>{escape(act_label(value, position))}</span>')
    return Markup(f'<span class="bf-trigger">{escape(trigger)}</span>' if trigger else "")


def count(number: int) -> str:
    """A count with thousands separators: ``12,345``."""
    return f"{number:,}"


# words that make a figure written without digits vague: "billions of dollars",
# "several million" name no exact number
_VAGUE = re.compile(
    r"\b(?:tens|dozens|hundreds|thousands|millions|billions|trillions|several|many|"
    r"multiple|few|some)\b",
    re.I,
)
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
_UNITS = {"percent": "%", "x": "×"}


def exact(figure: Figure) -> bool:
    """Whether the figure's text names an exact number (digits, or number
    words without a vague one): "billions of dollars" does not."""
    return any(c.isdigit() for c in figure.text) or not _VAGUE.search(figure.text)


def figure_value(figure: Figure) -> str:
    """The normalized value as a reader reads it: "about 5.6 billion USD",
    "around 50%", "2023"; the figure's own text where it names no exact
    number (never 1,000,000,000 for "billions of dollars")."""
    if not exact(figure):
        return figure.text
    number = figure.number
    shown = str(number) if figure.kind == "year" else _amount(number)
    unit = figure.unit
    if figure.kind in ("year", "count"):
        unit = ""
    if unit in _UNITS:
        shown += _UNITS[unit]
    elif unit:
        shown += f" {unit}"
    return f"{figure.qualifier} {shown}" if figure.qualifier else shown


def _amount(number: float | int) -> str:
    """``5,600,000,000`` as "5.6 billion" when that is exact; else with
    thousands separators."""
    if isinstance(number, int):
        for size, word in _SCALES:
            if abs(number) >= size and (number * 1000) % size == 0:
                return f"{number / size:,.3f}".rstrip("0").rstrip(".") + f" {word}"
        return f"{number:,}"
    return f"{number:,}"


def source_mark(source: str, pinned: bool = False) -> Markup:
    """The marker of a fact set by a writer (nothing for an extracted one)."""
    if source != "override":
        return Markup("")
    return Markup(
        ' <span class="bf-override" title="Set by a writer in an override file">✎ writer'
        + (" · pinned" if pinned else "")
        + "</span>"
    )


Links = dict[tuple[str, str], Markup]  # (folder, entity id) -> its link from that folder's pages


def entity_link(
    corpus: Corpus,
    page: str,
    made: Links | None = None,
    own: str | None = None,
    directory_urls: bool = True,
) -> Callable[[str], Markup]:
    """The link to an entity's profile from ``page`` (its name where it has
    none). Every page of a folder but its index reaches another page by the
    same relative URL, so links are made once per folder, kept in ``made``
    (for one kind of URL); the page's ``own`` entity (a profile's) is linked
    afresh."""
    made = {} if made is None else made
    folder, _, name = page.rpartition("/")
    folder += "/" if name == "index.md" else ""

    def link(entity_id: str) -> Markup:
        key = (folder, entity_id)
        found = made.get(key)
        if found is not None and entity_id != own:
            return found
        entity = corpus.entities.get(entity_id)
        if entity is None or not corpus.has_profile(entity_id):
            found = Markup.escape(corpus.name(entity_id))
        else:
            found = a(relative(page, profile_path(entity), directory_urls), entity.name)
        if entity_id != own:
            made[key] = found
        return found

    return link
