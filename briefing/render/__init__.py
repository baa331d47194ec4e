"""Stage 5: the corpus as files: a page per article and profile, a list per
section, the home page (``pages``), the data files (``data``). Each file gets
the digest of what it is made from (records, linked names, templates, code);
its text is made when it is written and kept in the store under that digest,
so a file made from the same inputs is not rendered again."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, is_dataclass
from functools import partial
from pathlib import Path

from ..corpus import TYPE_FOLDERS, Corpus, Profile, article_path
from ..models import ArticleRecord
from ..store import Store, code_digest, digest, files_digest
from ..views import Views
from ..views.graph import Graph
from .data import Pieces, data_files, entity_data
from .links import Links
from .pages import HOME_ARTICLES, Pages
from .views import ViewPages


@dataclass(frozen=True)
class Output:
    """A file of the build, and how to get its content."""

    path: str  # relative to the docs folder, "/"-separated
    digest: str  # of everything it is made from
    content: Callable[[], Iterable[bytes]]  # its UTF-8 bytes, in pieces
    override: str | None = None  # the override file that edits it, relative to overrides/
    date: str | None = None  # the latest date of what it shows (for the sitemap)


def render_all(
    corpus: Corpus, templates: Path, store: Store, views: Views | None = None
) -> list[Output]:
    """Every file of the corpus: its articles' and profiles' pages, a list per
    section, the home page, the views' pages (timeline, relationships,
    figures) and the data files (``views``: the corpus's, if made already)."""
    pages = Pages(templates)
    views = Views(corpus) if views is None else views
    extra = ViewPages(pages, corpus, views)
    files = [p for p in templates.rglob("*") if p.is_file()]
    code = files_digest(files, templates, code_digest("**/*.py"))  # either changes every page
    records = {r.id: record_digest(corpus, r) for r in corpus.records}
    links: Links = {}  # made once per folder, shared by its pages
    updated = corpus.updated
    outputs = []

    def page(path: str, made_from: object, render: Callable[[], str], **more: str | None) -> None:
        made = made_from if isinstance(made_from, str) else digest(made_from)
        key = hashlib.sha256(f"{code}\0{path}\0{made}".encode()).hexdigest()
        outputs.append(Output(path, key, partial(_text, store, key, render), **more))

    for record in corpus.records:
        page(
            article_path(record.id),
            records[record.id],  # a digest already
            partial(pages.article, corpus, record, links),
            override=f"articles/{record.id}.yaml",
            date=record.date or updated,
        )
    for profile in corpus.profiles.values():
        hood = views.neighbourhood(profile.id)
        page(
            profile.path,
            (_profile_inputs(corpus, profile, records), _graph_inputs(corpus, hood)),
            partial(
                pages.profile,
                corpus,
                profile,
                links,
                partial(extra.profile_sections, profile, hood),
            ),
            override=f"entities/{profile.id}.yaml",
            date=updated,
        )
    newest = corpus.newest_first
    shown = [(r.id, r.title, r.date, r.publisher) for r in newest]
    article_list = [
        (r.id, r.title, r.date, r.publisher, r.summary, len(r.stances), len(r.figures))
        for r in newest
    ]
    page("articles/index.md", article_list, partial(pages.articles, corpus), date=updated)
    every = digest([records[r.id] for r in corpus.records])  # every record's, in order
    page("timeline.md", every, extra.timeline, date=updated)
    page("graph.md", _graph_inputs(corpus, views.graph), extra.graph, date=updated)
    page("figures.md", every, extra.figures, date=updated)
    for kind, folder in TYPE_FOLDERS.items():
        listed = sorted(
            (p.id, p.entity.name, len(p.articles), len(p.stances_by), len(p.stances_toward))
            for p in corpus.profiles.values()
            if p.entity.type == kind
        )
        page(f"{folder}/index.md", listed, partial(pages.entities, corpus, kind), date=updated)
    actors, targets, cells = corpus.matrix
    home = (
        corpus.stamp,
        shown,
        [r.summary for r in newest[:HOME_ARTICLES]],
        actors,
        targets,
        cells,
        [_link_key(corpus, i) for i in (*actors, *targets)],
        sorted((p.entity.type, p.id) for p in corpus.profiles.values()),
        [(len(r.stances), len(r.figures)) for r in corpus.records],
    )
    page("index.md", home, partial(pages.home, corpus), date=updated)
    pieces = Pieces(corpus, records, store, code)
    entities = [entity_data(corpus, k) for k in sorted(corpus.profiles)]
    data = digest(code, corpus.stamp, [records[r.id] for r in corpus.records], entities)
    for path, content in data_files(pieces).items():
        key = hashlib.sha256(f"{data}\0{path}".encode()).hexdigest()
        outputs.append(Output(path, key, content, date=updated))
    return outputs


def _text(store: Store, key: str, render: Callable[[], str]) -> list[bytes]:
    """A page's text: from the store, else rendered and stored."""
    text = store.get("page", key)
    if text is None:
        text = render().encode("utf-8")
        store.put("page", key, text)
    return [text]


def record_digest(corpus: Corpus, record: ArticleRecord) -> str:
    """A digest of what an article's page and data are made of: its record and
    the names and pages of the entities it links to. The article's paragraphs
    and sentences are left out: they follow from its text and the code (which
    every page's digest covers), and are most of a record's objects."""
    article = record.article
    return digest(
        [v for k, v in vars(article).items() if k not in ("paragraphs", "sentences")],
        [_values(v) for k, v in vars(record).items() if k != "article"],
        [_link_key(corpus, i) for i in sorted(record.named())],
    )


def _profile_inputs(corpus: Corpus, profile: Profile, records: dict[str, str]) -> object:
    """What a profile page is made of: its entity, its members and the records
    of its articles, whose digests stand for the stances, figures, titles and
    co-actors it shows and the names it links to."""
    entity = profile.entity
    articles = sorted(
        set(profile.articles)
        | {r.article for r in profile.stances_by}
        | {r.article for r in profile.stances_toward}
    )
    linked = sorted(i for i in {entity.country, entity.org, *profile.members} if i)
    shown = hashlib.sha256("".join(a + records[a] for a in articles).encode()).hexdigest()
    return (
        entity,
        profile.aliases,
        profile.mentions,
        shown,
        [_link_key(corpus, i) for i in linked],
    )


def _graph_inputs(corpus: Corpus, graph: Graph) -> object:
    """What a graph's drawing is made of: its actors (their names and pages)
    and its relations, with their evidence."""
    return (
        [_link_key(corpus, i) for i in graph.nodes],
        graph.edges,
        graph.centre,
        graph.actors_total,
        graph.edges_total,
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
