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
from ..models import ArticleRecord, Figure, Stance
from .links import (
    Links,
    a,
    act,
    entity_link,
    md,
    position,
    relative,
    shorten,
    source_mark,
    writer_markdown,
)

MAX_ROWS = 100  # longest table on a profile page; the rest is summarized
HOME_ARTICLES = 50  # newest articles with summaries on the home page


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

    def __init__(self, templates: Path) -> None:
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
        self.env.filters.update(md=md, writer_markdown=writer_markdown, shorten=shorten)
        self.env.globals.update(a=a, position=position)
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

    def article(self, corpus: Corpus, record: ArticleRecord, links: Links) -> str:
        path = article_path(record.id)
        article = record.article
        paragraphs: list[list[tuple[str, str]]] = [[] for _ in article.paragraphs]
        for sentence in article.sentences:
            paragraphs[sentence.paragraph].append((sentence.anchor, sentence.text))
        types = {x.id: x.type for x in record.actors}
        link = entity_link(corpus, path, links)
        return self.render(
            "article.md.j2",
            front_matter=front_matter(article_data(corpus, record, for_page=True)),
            record=record,
            article=article,
            filters={
                kind: sorted({corpus.name(i) for i, t in types.items() if t == kind})
                for kind in ("country", "company")
            }
            | {"stance": sorted({s.position for s in record.stances})},
            paragraphs=paragraphs,
            summary_mark=source_mark(record.summary_source),
            actor_rows=[
                ActorRow(
                    link(x.id),
                    x.type,
                    ", ".join(x.aliases) if x.aliases and list(x.aliases) != [x.name] else None,
                    source_mark(x.source, x.pinned),
                )
                for x in record.actors
            ],
            stance_rows=[
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
            figure_rows=[
                _figure_row(
                    f, link, a(f"#s-{f.sentence}", f"sentence {f.sentence}") if f.sentence else ""
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
        link = entity_link(corpus, path, links, profile.id)
        titles: dict[str, Markup] = {}

        def evidence(article_id: str, sentence: int | None) -> str:
            return relative(path, article_path(article_id) + (f"#s-{sentence}" if sentence else ""))

        def article_cell(article_id: str) -> Markup:
            cell = titles.get(article_id)
            if cell is None:
                title = shorten(corpus.title(article_id), 60)
                cell = titles[article_id] = a(evidence(article_id, None), title)
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
            profile=profile,
            entity=entity,
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
                    f, link, a(evidence(article, f.sentence), shorten(corpus.title(article), 60))
                )
                for article, f in profile.figures[:MAX_ROWS]
            ],
            member_links=[link(member) for member in profile.members[:MAX_ROWS]],
            article_links=[
                a(evidence(i, None), corpus.title(i)) for i in profile.articles[:MAX_ROWS]
            ],
            co_actors=corpus.co_actors(profile),
            max_rows=MAX_ROWS,
            **(sections() if sections else {}),
        )

    def articles(self, corpus: Corpus) -> str:
        return self.render(
            "articles.md.j2",
            front_matter=front_matter(
                {"title": "Articles", "description": "Every article of the briefing."}
            ),
            records=corpus.newest_first,
            link=lambda to: relative("articles/index.md", to),
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
                }
            ),
            title=title,
            profiles=profiles,
            link=lambda to: relative(path, to),
        )

    def home(self, corpus: Corpus) -> str:
        rows, cols, matrix = corpus.matrix
        cells: dict[tuple[str, str], dict[str, list[str]]] = {}
        for cell in matrix:
            target = article_path(cell.article) + (f"#s-{cell.sentence}" if cell.sentence else "")
            by_position = cells.setdefault((cell.actor, cell.target), {})
            by_position.setdefault(cell.position, []).append(relative("index.md", target))
        records = corpus.newest_first
        description = (
            f"A briefing built from {len(records)} articles: actors, stances and figures "
            "with their evidence."
        )
        return self.render(
            "home.md.j2",
            front_matter=front_matter(
                {"title": "Briefing", "description": description, "hide": ["navigation"]}
            ),
            stamp=corpus.stamp,
            records=records,
            rows=rows,
            cols=cols,
            cells=cells,
            entity=entity_link(corpus, "index.md"),
            link=lambda to: relative("index.md", to),
            article_path=article_path,
            counts=Counter(p.entity.type for p in corpus.profiles.values()),
            stance_total=sum(len(r.stances) for r in records),
            figure_total=sum(len(r.figures) for r in records),
            latest=HOME_ARTICLES,
        )


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


class ActorRow(NamedTuple):
    """An actor of an article's list, its link made."""

    link: Markup
    type: str
    seen_as: str | None  # the surface forms seen, if not just the name
    mark: Markup  # the writer's mark, if set by one


class StanceRow(NamedTuple):
    """A row of a stance table, its cells made."""

    position: Markup
    act: Markup  # ban, fund...: what the actor did, the words that show it on hover
    actor: Markup
    target: Markup
    via: Markup | None
    evidence: Markup  # a link to the sentence, then the writer's mark if set by one
    article: Markup  # a link to the article (empty on the article's own page)


class FigureRow(NamedTuple):
    """A row of a figure table, its cells made."""

    text: str
    value: str  # "kind: value unit"
    of: str
    actor: Markup | None
    evidence: Markup  # a link to the sentence, then the writer's mark if set by one


def _stance_row(
    s: Stance, link: Callable[[str], Markup], evidence: Markup, article: Markup
) -> StanceRow:
    return StanceRow(
        position(s.position),
        act(s.act, s.trigger),
        link(s.actor),
        link(s.target),
        link(s.via) if s.via else None,
        evidence + source_mark(s.source, s.pinned),
        article,
    )


def _figure_row(f: Figure, link: Callable[[str], Markup], evidence: Markup | str) -> FigureRow:
    return FigureRow(
        f.text,
        f"{f.kind}: {f.number} {f.unit}",
        f.of,
        link(f.actor) if f.actor else None,
        Markup.escape(evidence) + source_mark(f.source, f.pinned),
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
