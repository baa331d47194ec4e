"""The Markdown pages, rendered with the Jinja templates (``templates/``):
an article's, a profile's, a list per section and the home page.

Templates autoescape (Jinja's own escape); writer Markdown goes through
markdown-it with raw HTML off; front matter is PyYAML's. Text from articles
and overrides is untrusted throughout.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import jinja2
import yaml
from markupsafe import Markup

from ..corpus import TYPE_FOLDERS, TYPE_TITLES, Corpus, Profile, StanceRef, article_path
from ..errors import ConfigError
from ..models import Actor, ArticleRecord, Figure, Stance
from ..overrides.diff import Change
from ..settings import EditLinks
from .correct import Correct
from .facets import article_filters, periods, profile_filters
from .links import (
    Links,
    a,
    act,
    count,
    entity_link,
    exact,
    figure_value,
    md,
    position,
    relative,
    shorten,
    source_mark,
    writer_markdown,
)

MAX_ROWS = 100  # longest table on a profile page; the rest is summarized
HOME_ARTICLES = 50  # newest articles with summaries on the home page
CELL_EVIDENCE = 10  # sentences listed for one cell of the stance matrix
MATRIX_PAGE = "matrix.md"  # the sentences behind the stance matrix
# what a profile lists of the entities that belong to it, by their kind
MEMBER_SECTIONS = (
    ("person", "People"),
    ("organization", "Organizations"),
    ("company", "Companies"),
)


class _FrontMatter(yaml.CSafeDumper if hasattr(yaml, "CSafeDumper") else yaml.SafeDumper):  # type: ignore[misc]
    """Block style, keys in the order given, Unicode as it is, no folded lines."""


def front_matter(data: dict[str, Any]) -> Markup:
    """YAML front matter for plain data: it loads back as ``data`` with any
    YAML loader, and no line of it can end the block early. (Markup: YAML,
    to be written as it is; the values the theme puts into HTML are escaped
    by :func:`for_html`.)"""
    dumped: str = yaml.dump(
        data,
        Dumper=_FrontMatter,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,
    )
    return Markup(dumped)


def for_html(text: object) -> str:
    """A front-matter value Material puts into ``<title>`` and ``<meta
    content="">`` as it is: HTML-escaped here."""
    return html.escape(" ".join(str(text or "").split()), quote=True)


class Pages:
    """The Jinja environment over a templates folder, and a method per page."""

    def __init__(
        self, templates: Path, directory_urls: bool = True, correct: Correct | None = None
    ) -> None:
        self.correct = correct
        if not templates.is_dir():
            raise ConfigError(
                f"{templates}: templates folder not found; run from the project root "
                "or set `templates:` in mkdocs.yml (or pass --templates DIR)"
            )
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates)),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
            auto_reload=False,  # a build's templates do not change while it runs
        )
        self.env.filters.update(
            md=md, writer_markdown=writer_markdown, shorten=shorten, count=count
        )
        self.env.globals.update(a=a, position=position)
        self._loaded: dict[str, jinja2.Template] = {}
        self.urls = directory_urls  # MkDocs' use_directory_urls: links end in / or .html
        self._periods: tuple[Corpus, list[str]] | None = None

    def link_from(self, page: str) -> Callable[[str], str]:
        """The relative URL from ``page`` to another page or file."""
        return lambda to: relative(page, to, self.urls)

    def periods(self, corpus: Corpus) -> list[str]:
        """The periods of the Find page's date facets, once per corpus."""
        if self._periods is None or self._periods[0] is not corpus:
            self._periods = (corpus, periods(corpus))
        return self._periods[1]

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

    def article(self, corpus: Corpus, record: ArticleRecord, links: Links) -> str:
        path = article_path(record.id)
        article = record.article
        paragraphs: list[list[tuple[str, str]]] = [[] for _ in article.paragraphs]
        for sentence in article.sentences:
            paragraphs[sentence.paragraph].append((sentence.anchor, sentence.text))
        link = entity_link(corpus, path, links, directory_urls=self.urls)
        correct = self.correct or Correct(corpus, EditLinks())

        def fix(item: Actor | Stance | Figure) -> Markup:
            return correct.item(path, record, item)

        return self.render(
            "article.md.j2",
            front_matter=front_matter(article_data(corpus, record, for_page=True)),
            page=path,
            correct=correct.article(path, record),
            record=record,
            article=article,
            filters=article_filters(corpus, record, self.periods(corpus)),
            paragraphs=paragraphs,
            summary_mark=source_mark(record.summary_source),
            actor_rows=[
                ActorRow(
                    link(x.id),
                    x.type,
                    ", ".join(x.aliases) if x.aliases and list(x.aliases) != [x.name] else None,
                    source_mark(x.source, x.pinned) + fix(x),
                )
                for x in record.actors
            ],
            stance_rows=[
                _stance_row(
                    s,
                    link,
                    a(f"#s-{s.sentence}", s.evidence) if s.sentence else Markup.escape(s.evidence),
                    Markup(""),
                    fix(s),
                )
                for s in record.stances
            ],
            figure_rows=[
                _figure_row(
                    f,
                    link,
                    a(f"#s-{f.sentence}", f"sentence {f.sentence}") if f.sentence else "",
                    Markup(""),
                    fix(f),
                )
                for f in record.figures
            ],
        )

    def profile(
        self,
        corpus: Corpus,
        profile: Profile,
        links: Links,
        sections: Callable[[], dict[str, Any]] | None = None,
    ) -> str:
        """A profile's page; ``sections``: the context of the sections other
        templates add to it (``profile_views.md.j2``)."""
        path = profile.path
        link = entity_link(corpus, path, links, profile.id, self.urls)
        titles: dict[str, Markup] = {}
        correct = self.correct or Correct(corpus, EditLinks())

        def fix(article_id: str, item: Stance | Figure) -> Markup:
            return correct.item(path, corpus.record(article_id), item)

        def evidence(article_id: str, sentence: int | None) -> str:
            return relative(
                path, article_path(article_id) + (f"#s-{sentence}" if sentence else ""), self.urls
            )

        def article_cell(article_id: str) -> Markup:
            cell = titles.get(article_id)
            if cell is None:
                cell = titles[article_id] = a(evidence(article_id, None), corpus.title(article_id))
            return cell

        def stance_rows(refs: list[StanceRef]) -> list[StanceRow]:
            return [
                _stance_row(
                    s,
                    link,
                    a(evidence(article, s.sentence), s.evidence),
                    article_cell(article),
                    fix(article, s),
                )
                for article, s in refs[:MAX_ROWS]
            ]

        entity = profile.entity
        positions = Counter(ref.stance.position for ref in profile.stances_by)
        toward: dict[str, Counter[str]] = {}
        for ref in profile.stances_toward:
            toward.setdefault(ref.stance.position, Counter())[ref.stance.actor] += 1
        return self.render(
            "profile.md.j2",
            front_matter=front_matter(
                {
                    "title": for_html(entity.name),
                    "description": for_html(
                        f"{entity.name}: {len(profile.articles)} articles, "
                        f"{len(profile.stances_by)} stances taken"
                    ),
                    "id": entity.id,
                    "type": entity.type,
                }
            ),
            page=path,
            correct=correct.entity(path, entity),
            profile=profile,
            entity=entity,
            filters=profile_filters(corpus, profile),
            home=corpus.entities.get(entity.country) if entity.country else None,
            org=corpus.entities.get(entity.org) if entity.org else None,
            link=link,
            positions=positions,
            toward_summary=[
                (p, sorted(toward[p].items(), key=lambda kv: (-kv[1], corpus.name(kv[0]))))
                for p in ("oppose", "support", "undecided")
                if p in toward
            ],
            stance_rows=stance_rows(profile.stances_by),
            toward_rows=stance_rows(profile.stances_toward),
            figure_rows=[
                _figure_row(
                    f,
                    link,
                    a(evidence(article, f.sentence), corpus.title(article)),
                    Markup(""),
                    fix(article, f),
                )
                for article, f in profile.figures[:MAX_ROWS]
            ],
            member_sections=_members(corpus, profile, link),
            article_links=[article_cell(i) for i in profile.articles[:MAX_ROWS]],
            co_actors=corpus.co_actors(profile),
            max_rows=MAX_ROWS,
            **(sections() if sections else {}),
        )

    def articles(self, corpus: Corpus) -> str:
        return self.render(
            "articles.md.j2",
            front_matter=front_matter(
                {
                    "title": "Articles",
                    "description": "Every article of the briefing.",
                    "hide": ["toc"],
                }
            ),
            records=corpus.newest_first,
            link=self.link_from("articles/index.md"),
            article_path=article_path,
        )

    def entities(self, corpus: Corpus, kind: str) -> str:
        path = f"{TYPE_FOLDERS[kind]}/index.md"
        title = TYPE_TITLES[kind]
        profiles = sorted(
            (p for p in corpus.profiles.values() if p.entity.type == kind),
            key=lambda p: (-len(p.articles), p.entity.name.lower()),
        )
        return self.render(
            "entities.md.j2",
            front_matter=front_matter(
                {
                    "title": title,
                    "description": f"{title} in the briefing, by number of articles.",
                    "hide": ["toc"],
                }
            ),
            title=title,
            profiles=profiles,
            link=self.link_from(path),
        )

    def corrections(self, corpus: Corpus) -> str:
        """Every correction in force, grouped by article and by entity."""
        path = "corrections.md"
        entity = entity_link(corpus, path)
        folder = self.correct.links.folder if self.correct else "overrides/"
        groups = []
        for subject, title in (
            ("article", "Articles"),
            ("entity", "Countries, companies, organizations and people"),
        ):
            items = []
            for c in sorted(
                (c for c in corpus.corrections if c.subject == subject),
                key=lambda c: (c.name.lower(), c.id),
            ):
                if subject == "article" and corpus.has_record(c.id):
                    heading = a(relative(path, article_path(c.id)), c.name)
                else:
                    heading = entity(c.id) if c.id in corpus.entities else md(c.name)
                items.append(CorrectionItem(heading, folder + c.override, c.date, c.changes))
            if items:
                groups.append((title, items))
        return self.render(
            "corrections.md.j2",
            front_matter=front_matter(
                {
                    "title": "Corrections",
                    "description": "Every fact a writer corrected: what extraction found, "
                    "and what the writer set.",
                }
            ),
            groups=groups,
            link=lambda to: relative(path, to),
        )

    def home(self, corpus: Corpus) -> str:
        rows, cols, _ = corpus.matrix
        link = self.link_from("index.md")
        records = corpus.newest_first
        description = (
            f"A briefing built from {len(records)} articles: actors, stances and figures "
            "with their evidence."
        )
        return self.render(
            "home.md.j2",
            front_matter=front_matter(
                {"title": "Briefing", "description": description, "hide": ["navigation", "toc"]}
            ),
            stamp=corpus.stamp,
            records=records,
            rows=rows,
            cols=cols,
            cells=self._cells(corpus, "index.md"),
            cell_id=cell_id,
            quote=quote,
            entity=entity_link(corpus, "index.md", directory_urls=self.urls),
            link=link,
            article_path=article_path,
            counts=Counter(p.entity.type for p in corpus.profiles.values()),
            stance_total=sum(len(r.stances) for r in records),
            figure_total=sum(len(r.figures) for r in records),
            latest=HOME_ARTICLES,
        )

    def matrix(self, corpus: Corpus) -> str:
        """The sentences behind the home page's stance matrix, cell by cell."""
        rows, cols, _ = corpus.matrix
        return self.render(
            "matrix.md.j2",
            front_matter=front_matter(
                {
                    "title": "Who opposes and supports whom: the sentences",
                    "description": "The sentences behind each count of the stance matrix.",
                    "hide": ["navigation", "toc"],
                }
            ),
            rows=rows,
            cols=cols,
            cells=self._cells(corpus, MATRIX_PAGE),
            cell_id=cell_id,
            entity=entity_link(corpus, MATRIX_PAGE, directory_urls=self.urls),
            link=self.link_from(MATRIX_PAGE),
            cell_evidence=CELL_EVIDENCE,
        )

    def _cells(
        self, corpus: Corpus, page: str
    ) -> dict[tuple[str, str], list[tuple[str, list[Evidence]]]]:
        """The matrix's cells: (actor, target) -> each position shown, with
        its sentences, linked from ``page``."""
        link = self.link_from(page)
        cells: dict[tuple[str, str], dict[str, list[Evidence]]] = {}
        for cell in corpus.matrix[2]:
            target = article_path(cell.article) + (f"#s-{cell.sentence}" if cell.sentence else "")
            by_position = cells.setdefault((cell.actor, cell.target), {})
            by_position.setdefault(cell.position, []).append(
                Evidence(link(target), cell.evidence, corpus.title(cell.article))
            )
        return {key: sorted(value.items()) for key, value in cells.items()}


class Evidence(NamedTuple):
    """A sentence behind a cell of the stance matrix."""

    href: str  # the sentence in its article
    sentence: str
    title: str  # of the article


def cell_id(actor: str, target: str) -> str:
    """The anchor of a matrix cell's evidence under the matrix (ids are
    slugs, so a double hyphen separates the two)."""
    return f"m-{actor}--{target}"


def quote(items: list[Evidence]) -> str:
    """A cell's tooltip: its first sentence, quoted, and how many more."""
    first = f"“{shorten(items[0].sentence, 200)}”"
    more = len(items) - 1
    return first + (f" and {more} more sentence{'s' if more > 1 else ''}" if more else "")


def _members(
    corpus: Corpus, profile: Profile, link: Callable[[str], Markup]
) -> list[tuple[str, list[Markup], int]]:
    """The entities that belong to a profile's, by kind: a heading, the
    first :data:`MAX_ROWS` links, and how many there are."""
    sections = []
    for kind, heading in MEMBER_SECTIONS:
        members = [m for m in profile.members if corpus.entities[m].type == kind]
        if members:
            sections.append((heading, [link(m) for m in members[:MAX_ROWS]], len(members)))
    return sections


def article_data(corpus: Corpus, record: ArticleRecord, for_page: bool = False) -> dict[str, Any]:
    """The structured data of an article, as in its front matter
    (``for_page``: with the title and description the theme shows) and in
    ``briefing.json`` (with the editor's note)."""
    data: dict[str, Any] = {"title": record.title}
    if for_page:
        data["title"] = for_html(record.title)
        data["description"] = for_html(shorten(record.summary, 300))
    data["id"] = record.id
    data["source"] = record.article.source
    for key in ("publisher", "date", "url", "author"):
        if getattr(record, key):
            data[key] = getattr(record, key)
    if record.article.tags:
        data["tags"] = list(record.article.tags)
    data["summary"] = record.summary
    data["summary_source"] = record.summary_source
    data["actors"] = [x.to_dict() for x in record.actors]
    data["stances"] = [s.to_dict(corpus.names) for s in record.stances]
    data["figures"] = [f.to_dict() for f in record.figures]
    if record.note and not for_page:
        data["note"] = record.note
    return data


class CorrectionItem(NamedTuple):
    """An override file's corrections, as the Corrections page lists them."""

    heading: Markup  # the article's or entity's name, linked to its page
    file: str  # the override file
    date: str | None  # of its last change, where git knows it
    changes: tuple[Change, ...]


class ActorRow(NamedTuple):
    """An actor of an article's list, its link made."""

    link: Markup
    type: str
    seen_as: str | None  # the surface forms seen, if not just the name
    mark: Markup  # the writer's mark, if set by one, and the link to correct it


class StanceRow(NamedTuple):
    """A row of a stance table, its cells made."""

    position: Markup
    act: Markup  # ban, fund...: what the actor did, the words that show it on hover
    actor: Markup
    target: Markup
    via: Markup | None
    evidence: Markup  # a link to the sentence, the writer's mark if set by one, "correct"
    article: Markup  # a link to the article (empty on the article's own page)


class FigureRow(NamedTuple):
    """A row of a figure table, its cells made."""

    text: str
    value: str  # as a reader reads it: "about 5.6 billion USD"
    number: float | int | None  # to sort by; none where the text names no exact number
    of: str
    actor: Markup | None
    evidence: Markup  # a link to the sentence, the writer's mark if set by one, "correct"
    article: Markup  # a link to the article (empty on the article's own page)


def _stance_row(
    s: Stance, link: Callable[[str], Markup], evidence: Markup, article: Markup, fix: Markup
) -> StanceRow:
    return StanceRow(
        position(s.position),
        act(s.act, s.trigger, s.position),
        link(s.actor),
        link(s.target),
        link(s.via) if s.via else None,
        evidence + source_mark(s.source, s.pinned) + fix,
        article,
    )


def _figure_row(
    f: Figure,
    link: Callable[[str], Markup],
    evidence: Markup | str,
    article: Markup,
    fix: Markup,
) -> FigureRow:
    value = figure_value(f)
    return FigureRow(
        f.text,
        value,
        f.number if exact(f) else None,
        f.of,
        link(f.actor) if f.actor else None,
        Markup.escape(evidence) + source_mark(f.source, f.pinned) + fix,
        article,
    )


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
