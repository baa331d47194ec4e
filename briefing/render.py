"""Stage 5: render the corpus into Markdown pages with the Jinja templates.

Rendering returns ``{relative path: text}``; writing is :mod:`briefing.publish`'s
job. Article and override text is untrusted: templates autoescape, the
``md`` filter also neutralises Markdown syntax, and writer Markdown
(descriptions, notes) goes through markdown-it with raw HTML disabled.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, is_dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, TypeVar

import jinja2
import markupsafe
from markdown_it import MarkdownIt
from markupsafe import Markup

from .errors import ConfigError
from .model import (
    TYPE_FOLDERS,
    TYPE_TITLES,
    Corpus,
    Head,
    Overview,
    Profile,
    ProfileRow,
    StanceRef,
    article_path,
    profile_path,
)
from .models import ArticleRecord, Figure, Stance
from .store import Store, code_digest, digest, files_digest

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-!|])")
_writer_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
_BLANK_LINE = re.compile(r"\n(?=[ \t]*\n)")
MAX_ROWS = 100  # longest table on a profile page; the rest is summarized
HOME_ARTICLES = 50  # newest articles with summaries on the home page
H = TypeVar("H", Head, ArticleRecord)


def md(text: object) -> Markup:
    """Inline text that must show as typed: HTML-escaped, Markdown syntax escaped."""
    escaped = html.escape(" ".join(str(text or "").split()), quote=True)
    return Markup(_MD_SPECIAL.sub(r"\\\1", escaped))


def writer_markdown(text: object) -> Markup:
    """A writer's Markdown (descriptions, notes) as HTML, raw HTML disabled.

    The HTML has no blank line (an empty line in a code block becomes an
    escaped newline): a generated page's HTML blocks end at blank lines (see
    ``mkdocs_plugin``)."""
    rendered = _writer_markdown.render(str(text or "")).strip()
    return Markup(_BLANK_LINE.sub("&#10;", rendered))


def shorten(text: object, width: int = 140) -> str:
    text = " ".join(str(text or "").split())
    if len(text) <= width:
        return text
    return text[: width - 1].rsplit(" ", 1)[0] + "…"


def page_url(page: str) -> str:
    """The URL path MkDocs gives a docs page (``use_directory_urls``):
    ``index.md`` -> ``""``, ``articles/index.md`` -> ``articles/``,
    ``articles/x.md`` -> ``articles/x/``."""
    stem = page[: -len(".md")] if page.endswith(".md") else page
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
    else:
        stem += "/"
    return stem


@lru_cache(maxsize=200_000)
def relative(from_page: str, to_page: str) -> str:
    """A relative URL from one docs page to another page (``to.md#anchor``) or file.

    Generated pages link in HTML, which MkDocs leaves alone (its Markdown link
    pass is the slowest part of a large build), so the URL is computed here;
    the site's link checker test verifies every link and anchor.
    """
    target, _, anchor = to_page.partition("#")
    if target == from_page:
        return f"#{anchor}" if anchor else "./"
    base = page_url(from_page)
    goal = page_url(target) if target.endswith(".md") else target
    link = _relpath(goal, base)
    if goal.endswith("/") or not goal:
        link = "./" if link == "." else link + "/"
    return f"{link}#{anchor}" if anchor else link


def _relpath(goal: str, base: str) -> str:
    """``posixpath.relpath(goal, base)`` for clean relative paths (no ``.`` or
    ``..`` parts), without its two ``abspath`` calls per link."""
    to = [p for p in goal.split("/") if p]
    start = [p for p in base.split("/") if p]
    common = 0
    while common < len(to) and common < len(start) and to[common] == start[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + to[common:]) or "."


def source_mark(item: object) -> Markup:
    """The marker of a fact set by a writer (nothing for an extracted one)."""
    if getattr(item, "source", None) != "override" and not (
        isinstance(item, dict) and item.get("source") == "override"
    ):
        return Markup("")
    pinned = item.get("pinned") if isinstance(item, dict) else getattr(item, "pinned", False)
    return Markup(
        ' <span class="bf-override" title="Set by a writer in an override file">✎ writer'
        + (" · pinned" if pinned else "")
        + "</span>"
    )


def position(value: str) -> Markup:
    return Markup(f'<span class="bf-pos bf-{html.escape(value)}">{html.escape(value)}</span>')


def a(href: str, text: object, title: str | None = None) -> Markup:
    """An HTML link with escaped text."""
    extra = f' title="{html.escape(title)}"' if title else ""
    return Markup(f'<a href="{html.escape(href)}"{extra}>{html.escape(str(text))}</a>')


def meta(text: object) -> Markup:
    """A front-matter value Material puts in ``<title>`` and ``<meta content="">``
    without escaping: HTML-escaped here, then quoted as YAML (JSON) text."""
    return Markup(_string(html.escape(" ".join(str(text or "").split()), quote=True)))


def _scalar(value: object) -> str:
    """A YAML scalar: strings double-quoted with JSON escapes (valid YAML)."""
    if value.__class__ is str:
        return _string(value)  # type: ignore[arg-type]
    if value.__class__ is int:  # what json.dumps gives, without its call
        return str(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    return _string(str(value))


def _string(text: str) -> str:
    # printable text without quote or backslash needs no escape: the common
    # case, without json.dumps (isprintable is false for control characters
    # and for the line and paragraph separators YAML would read as breaks)
    if text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'
    text = json.dumps(text, ensure_ascii=False)
    # characters YAML reads as line breaks, or refuses, stay escaped
    return _YAML_UNSAFE.sub(_escape_code_point, text)


# what JSON leaves as it is but YAML does not: breaks (NEL, line and paragraph
# separators), the other C1 controls and DEL, lone surrogates, non-characters
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def _escape_code_point(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def _yaml_lines(
    data: dict[str, Any], indent: str = "", lines: list[str] | None = None
) -> list[str]:
    """``data`` in block style, appended to ``lines``."""
    lines = [] if lines is None else lines
    add = lines.append
    for key, value in data.items():
        if value.__class__ is str:  # most values: first
            add(f"{indent}{key}: {_string(value)}")
        elif isinstance(value, dict):
            add(f"{indent}{key}:")
            _yaml_lines(value, indent + "  ", lines)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            add(f"{indent}{key}:")
            inner = indent + "  "
            for item in value:
                first = len(lines)
                _yaml_lines(item, inner, lines)
                lines[first] = f"{indent}- {lines[first][len(inner) :]}"
        elif isinstance(value, list):
            add(f"{indent}{key}: [{', '.join(map(_scalar, value))}]")
        else:
            add(f"{indent}{key}: {_scalar(value)}")
    return lines


def front_matter(data: dict[str, Any]) -> Markup:
    """YAML front matter for plain data (dicts, lists, scalars), written directly:
    block style, strings quoted. PyYAML's emitter was the slowest part of
    rendering a large corpus; the output loads back with any YAML loader."""
    return Markup("\n".join(_yaml_lines(data)) + "\n")


def escape_output(value: object) -> str:
    """What autoescape makes of a ``{{ value }}``: the characters
    ``markupsafe.escape`` replaces, replaced the same way, as plain text.
    Jinja's own escape makes a ``Markup`` object of every output, which was
    a fifth of the time taken to render a large corpus."""
    if value.__class__ is not str:
        html_of = getattr(value, "__html__", None)
        if html_of is not None:
            return str(html_of())
        value = str(value)
    return (
        value.replace("&", "&amp;")  # type: ignore[attr-defined]
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&#34;")
        .replace("'", "&#39;")
    )


class _Template(jinja2.Template):
    """A template whose outputs escape with :func:`escape_output`.

    Jinja compiles an autoescaped ``{{ x }}`` to ``yield escape(x)``, ``escape``
    being markupsafe's, looked up in the template's module namespace, which
    the template's render functions share: that name is rebound there.
    Should a Jinja release compile templates otherwise, they escape as
    before (``test_render`` checks the rebinding holds)."""

    @classmethod
    def from_code(
        cls,
        environment: jinja2.Environment,
        code: Any,
        globals: Any,
        uptodate: Callable[[], bool] | None = None,
    ) -> jinja2.Template:
        template = super().from_code(environment, code, globals, uptodate)
        namespace = template.root_render_func.__globals__
        if namespace.get("escape") is markupsafe.escape:
            namespace["escape"] = escape_output
        return template


class Renderer:
    def __init__(self, templates: Path) -> None:
        if not templates.is_dir():
            raise ConfigError(
                f"{templates}: templates folder not found; run from the project root "
                "or pass --templates DIR"
            )
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates)),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
            auto_reload=False,  # a renderer lives for one build: no stat per page
        )
        self.env.template_class = _Template
        self.env.filters.update(md=md, writer_markdown=writer_markdown, shorten=shorten, meta=meta)
        self.env.globals.update(a=a, source_mark=source_mark, position=position)
        templates_files = [p for p in templates.rglob("*") if p.is_file()]
        # a template or any code changing changes every page
        self.fingerprint = files_digest(templates_files, templates, code_digest("**/*.py"))
        self._loaded: dict[str, jinja2.Template] = {}

    def render(self, template: str, **context: Any) -> str:
        try:
            loaded = self._loaded.get(template)
            if loaded is None:  # once per build: the environment's lookup costs per page
                loaded = self._loaded[template] = self.env.get_template(template)
            return loaded.render(**context)
        except jinja2.TemplateError as error:
            line = getattr(error, "lineno", None)
            where = getattr(error, "filename", None) or (
                template if line else _template_frame(error, template)
            )
            raise ConfigError(
                f"{where}{f':{line}' if line else ''}: template error: {error}"
            ) from None
        except Exception as error:  # a template calling something wrongly
            raise ConfigError(
                f"{_template_frame(error, template)}: template error: "
                f"{type(error).__name__}: {error}"
            ) from None

    def _entity_list(self, path: str, kind: str, rows: list[ProfileRow]) -> str:
        return self.render(
            "entities.md.j2",
            title=TYPE_TITLES[kind],
            profiles=rows,
            link=lambda to: relative(path, to),
        )

    def _article(self, corpus: Corpus, record: ArticleRecord, links: Links) -> str:
        path = article_path(record.id)
        return self.render("article.md.j2", **_article_context(corpus, record, path, links))

    def _profile(self, corpus: Corpus, profile: Profile, links: Links) -> str:
        return self.render(
            "profile.md.j2", **_profile_context(corpus, profile, profile.path, links)
        )

    def each_page(
        self, corpus: Corpus, overview: Overview, records: dict[str, str], store: Store
    ) -> Iterator[tuple[str, str]]:
        """``(path, text)`` for every generated page, one at a time (a large
        corpus's pages never sit in memory together). A page made from the
        same inputs before (their digest: the templates, code, and the
        :func:`record_digest` of each record it shows, in ``records``) comes
        from the store; others are rendered and stored."""
        links: Links = {}  # made for this corpus, shared by its pages

        def page(path: str, made_from: object, render: Callable[[], str]) -> tuple[str, str]:
            key = digest(self.fingerprint, path, made_from)
            stored = store.get("page", key)
            if stored is not None:
                return path, stored.decode("utf-8")
            text = render()
            store.put("page", key, text.encode("utf-8"))
            return path, text

        for record in corpus.records:
            path = article_path(record.id)
            yield page(path, records[record.id], partial(self._article, corpus, record, links))
        for profile in corpus.profiles.values():
            path = profile.path
            articles = sorted(
                set(profile.articles)
                | {r.article for r in profile.stances_by}
                | {r.article for r in profile.stances_toward}
            )
            entity = profile.entity
            linked = sorted(i for i in {entity.country, entity.org, *profile.members} if i)
            # a profile is made of its entity, its members and the records of
            # its articles: their digests stand for the stances, figures,
            # titles and co-actors it shows, and the names it links to
            made_from = (
                entity,
                profile.aliases,
                profile.mentions,
                [(a, records[a]) for a in articles],
                [_link_key(corpus, i) for i in linked],
            )
            yield page(path, made_from, partial(self._profile, corpus, profile, links))
        records_shown = _newest_first(overview.heads)
        yield page(
            "articles/index.md",
            [(r.id, r.title, r.date, r.publisher) for r in records_shown],
            lambda: self.render(
                "articles.md.j2",
                records=records_shown,
                link=lambda to: relative("articles/index.md", to),
                article_path=article_path,
            ),
        )
        for kind, folder in TYPE_FOLDERS.items():
            path = f"{folder}/index.md"
            rows = sorted(
                (p for p in overview.profiles if p.type == kind),
                key=lambda p: (-p.articles, p.name.lower()),
            )
            yield page(
                path,
                [
                    (r.id, r.type, r.name, r.path, r.articles, r.stances_by, r.stances_toward)
                    for r in rows
                ],
                partial(self._entity_list, path, kind, rows),
            )
        home = _home_context(corpus, overview)
        shown = home["records"][:HOME_ARTICLES]
        yield page(
            "index.md",
            [
                overview.stamp,
                len(overview.heads),
                shown,
                overview.rows,
                overview.cols,
                overview.cells,
                [_link_key(corpus, i) for i in (*overview.rows, *overview.cols)],
                sorted(home["counts"].items()),
                overview.stance_total,
                overview.figure_total,
            ],
            lambda: self.render("home.md.j2", **home),
        )


def record_digest(corpus: Corpus, record: ArticleRecord) -> str:
    """A digest of what an article's page and data are made of: its record and
    the names and pages of the entities it links to. The article's paragraphs
    and sentences are left out: they follow from its text and the code (which
    the renderer's fingerprint covers), and are most of a record's objects."""
    article = record.article
    linked = sorted(record.named())
    return digest(
        [v for k, v in vars(article).items() if k not in ("paragraphs", "sentences")],
        [_values(v) for k, v in vars(record).items() if k != "article"],
        [_link_key(corpus, i) for i in linked],
    )


def _values(value: object) -> object:
    """A tuple of dataclasses (actors, stances, figures) as tuples of their
    values: the same digest for the same values, three times faster to pickle."""
    if isinstance(value, tuple) and value and is_dataclass(value[0]):
        return [tuple(vars(item).values()) for item in value]
    return value


def _link_key(corpus: Corpus, entity_id: str) -> tuple[str, str | None, str | None]:
    """What a link to an entity shows: its name, and its page (by type) if it has one."""
    entity = corpus.entities.get(entity_id)
    if entity is None:
        return (entity_id, None, None)
    return (entity_id, entity.name, entity.type if corpus.has_profile(entity_id) else None)


def _template_frame(error: BaseException, template: str) -> str:
    """``file:line`` of the template line that raised ``error``."""
    where = template
    trace = error.__traceback__
    while trace is not None:
        name = trace.tb_frame.f_code.co_filename
        if name.endswith(".j2"):
            where = f"{name}:{trace.tb_lineno}"
        trace = trace.tb_next
    return where


def _newest_first(records: list[H]) -> list[H]:
    dated = sorted((r for r in records if r.date), key=lambda r: (r.date, r.id), reverse=True)
    return dated + sorted((r for r in records if not r.date), key=lambda r: r.title.lower())


def article_front_matter(corpus: Corpus, record: ArticleRecord) -> dict[str, Any]:
    """The structured data of an article, as in front matter and briefing.json."""
    names = corpus.names
    data: dict[str, Any] = {
        "title": html.escape(record.title, quote=True),
        "description": html.escape(shorten(record.summary, 300), quote=True),
        "id": record.id,
        "source": record.article.source,
    }
    for key in ("publisher", "date", "url"):
        if getattr(record, key):
            data[key] = getattr(record, key)
    data["summary"] = record.summary
    data["summary_source"] = record.summary_source
    data["actors"] = [a.to_dict() for a in record.actors]
    data["stances"] = [s.to_dict(names) for s in record.stances]
    data["figures"] = [f.to_dict() for f in record.figures]
    return data


Links = dict[tuple[str, str], Markup]  # (folder, entity id) -> its link from that folder's pages


def _entity_link(
    corpus: Corpus, page: str, made: Links | None = None, own: str | None = None
) -> Callable[[str], Markup]:
    """The link to an entity's profile from ``page`` (its name where it has
    none). Every page of a folder but its index reaches another page by the
    same relative URL, so links are made once per folder, kept in ``made``;
    the page's ``own`` entity (a profile's) is linked afresh."""
    made = {} if made is None else made
    folder = page.rpartition("/")[0] + ("/" if page.rpartition("/")[2] == "index.md" else "")

    def link(entity_id: str) -> Markup:
        key = (folder, entity_id)
        found = made.get(key)
        if found is not None and entity_id != own:
            return found
        entity = corpus.entities.get(entity_id)
        if entity is None or not corpus.has_profile(entity_id):
            found = Markup(html.escape(corpus.name(entity_id)))
        else:
            found = a(relative(page, profile_path(entity)), entity.name)
        if entity_id != own:
            made[key] = found
        return found

    return link


def _article_context(
    corpus: Corpus, record: ArticleRecord, path: str, links: Links | None = None
) -> dict[str, Any]:
    article = record.article
    paragraphs: list[list[tuple[str, str]]] = [[] for _ in article.paragraphs]
    for sentence in article.sentences:
        paragraphs[sentence.paragraph].append((sentence.anchor, sentence.text))
    types = {a.id: a.type for a in record.actors}
    filters = {
        "country": sorted({corpus.name(i) for i, t in types.items() if t == "country"}),
        "company": sorted({corpus.name(i) for i, t in types.items() if t == "company"}),
        "stance": sorted({s.position for s in record.stances}),
    }
    link = _entity_link(corpus, path, links)
    return {
        "record": record,
        "filters": filters,
        "article": article,
        "front_matter": front_matter(article_front_matter(corpus, record)),
        "paragraphs": paragraphs,
        "actor_rows": [
            ActorRow(
                link(x.id),
                x.type,
                ", ".join(x.aliases) if x.aliases and list(x.aliases) != [x.name] else None,
                source_mark(x),
            )
            for x in record.actors
        ],
        "stance_rows": [
            _stance_row(
                s,
                link,
                a(f"#s-{s.sentence}", shorten(s.evidence, 160))
                if s.sentence
                else Markup.escape(shorten(s.evidence, 160)),
                Markup(""),
            )
            for s in record.stances
        ],
        "figure_rows": [
            _figure_row(f, link, a(f"#s-{f.sentence}", f"sentence {f.sentence}"))
            if f.sentence
            else _figure_row(f, link, Markup(""))
            for f in record.figures
        ],
        "summary_html": None,
    }


@dataclass(frozen=True, slots=True)
class ActorRow:
    """An actor of an article's list, its link made."""

    link: Markup
    type: str
    seen_as: str | None  # the surface forms seen, if not just the name
    mark: Markup  # the writer's mark, if set by one


@dataclass(frozen=True, slots=True)
class StanceRow:
    """A row of a stance table, its cells made: links escaped, long text
    shortened (calls from a template cost more than the rows themselves)."""

    position: Markup
    actor: Markup
    target: Markup
    via: Markup | None
    evidence: Markup  # a link to the sentence, then the writer's mark if set by one
    article: Markup  # a link to the article (empty on the article's own page)


@dataclass(frozen=True, slots=True)
class FigureRow:
    """A row of a figure table, its cells made."""

    text: str
    value: str  # "kind: value unit"
    of: str
    actor: Markup | None
    evidence: Markup  # a link to the sentence, then the writer's mark if set by one


def _stance_row(
    s: Stance, link: Callable[[str], Markup], evidence: Markup, article: Markup
) -> StanceRow:
    via = link(s.via) if s.via else None
    return StanceRow(
        position(s.position), link(s.actor), link(s.target), via, evidence + source_mark(s), article
    )


def _figure_row(f: Figure, link: Callable[[str], Markup], evidence: Markup) -> FigureRow:
    value = f"{f.kind}: {f.number} {f.unit}"
    return FigureRow(
        f.text, value, f.of, link(f.actor) if f.actor else None, evidence + source_mark(f)
    )


def _profile_context(
    corpus: Corpus, profile: Profile, path: str, links: Links | None = None
) -> dict[str, Any]:
    def evidence(article_id: str, sentence: int | None) -> str:
        target = article_path(article_id) + (f"#s-{sentence}" if sentence else "")
        return relative(path, target)

    def article_link(article_id: str) -> str:
        return relative(path, article_path(article_id))

    link = _entity_link(corpus, path, links, profile.id)
    titles: dict[str, Markup] = {}

    def article_cell(article_id: str) -> Markup:
        cell = titles.get(article_id)
        if cell is None:
            title = shorten(corpus.title(article_id), 60)
            cell = titles[article_id] = a(article_link(article_id), title)
        return cell

    def stance_rows(refs: list[StanceRef]) -> list[StanceRow]:
        return [
            _stance_row(
                s,
                link,
                a(evidence(article, s.sentence), shorten(s.evidence, 140)),
                article_cell(article),
            )
            for article, s in refs[:MAX_ROWS]
        ]

    entity = profile.entity
    home = corpus.entities.get(entity.country) if entity.country else None
    org = corpus.entities.get(entity.org) if entity.org else None
    positions = Counter(ref.stance.position for ref in profile.stances_by)
    toward: dict[str, Counter[str]] = {}
    for ref in profile.stances_toward:
        toward.setdefault(ref.stance.position, Counter())[ref.stance.actor] += 1
    toward_summary = [
        (position, sorted(toward[position].items(), key=lambda kv: (-kv[1], corpus.name(kv[0]))))
        for position in ("oppose", "support", "undecided")
        if position in toward
    ]
    return {
        "profile": profile,
        "stance_rows": stance_rows(profile.stances_by),
        "toward_rows": stance_rows(profile.stances_toward),
        "figure_rows": [
            _figure_row(
                f, link, a(evidence(article, f.sentence), shorten(corpus.title(article), 60))
            )
            for article, f in profile.figures[:MAX_ROWS]
        ],
        "member_links": [link(member) for member in profile.members[:MAX_ROWS]],
        "article_links": [a(article_link(i), corpus.title(i)) for i in profile.articles[:MAX_ROWS]],
        "co_actors": corpus.co_actors(profile),
        "entity": entity,
        "home": home,
        "org": org,
        "link": link,
        "positions": positions,
        "toward_summary": toward_summary,
        "max_rows": MAX_ROWS,
        "type_title": TYPE_TITLES[entity.type],
    }


def _home_context(corpus: Corpus, overview: Overview) -> dict[str, Any]:
    cells: dict[tuple[str, str], dict[str, list[str]]] = {}
    for cell in overview.cells:
        target = article_path(cell.article) + (f"#s-{cell.sentence}" if cell.sentence else "")
        by_position = cells.setdefault((cell.actor, cell.target), {})
        by_position.setdefault(cell.position, []).append(relative("index.md", target))
    return {
        "corpus": overview,
        "records": _newest_first(overview.heads),
        "rows": overview.rows,
        "cols": overview.cols,
        "cells": cells,
        "entity": _entity_link(corpus, "index.md"),
        "link": lambda to: relative("index.md", to),
        "article_path": article_path,
        "counts": Counter(p.type for p in overview.profiles),
        "stance_total": overview.stance_total,
        "figure_total": overview.figure_total,
        "latest": HOME_ARTICLES,
        "folders": TYPE_FOLDERS,
        "titles": TYPE_TITLES,
    }
