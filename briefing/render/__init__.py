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
from typing import Any

from ..corpus import TYPE_FOLDERS, Corpus, Profile, article_path
from ..models import ArticleRecord
from ..settings import EditLinks
from ..store import Store, code_digest, digest, files_digest
from ..views import Views
from ..views.graph import Graph
from .correct import Correct
from .data import Pieces, data_files
from .links import Links, act_classes
from .pages import HOME_ARTICLES, MATRIX_PAGE, Pages
from .views import EVIDENCE_LINKS, ViewPages


@dataclass(frozen=True)
class Output:
    """A file of the build, and how to get its content."""

    path: str  # relative to the docs folder, "/"-separated
    digest: str  # of everything it is made from
    content: Callable[[], Iterable[bytes]]  # its UTF-8 bytes, in pieces
    # the web editor of the override file that corrects it (render/correct.py)
    edit_url: Callable[[], str | None] | None = None
    date: str | None = None  # the latest date of what it shows (for the sitemap)


def render_all(
    corpus: Corpus,
    templates: Path,
    store: Store,
    views: Views | None = None,
    directory_urls: bool = True,
    edit: EditLinks | None = None,
) -> list[Output]:
    """Every file of the corpus: its articles' and profiles' pages, a list per
    section, the home page, the Corrections page, the views' pages (timeline,
    relationships, figures) and the data files. ``views``: the corpus's, if
    made already; ``directory_urls``: MkDocs' ``use_directory_urls`` (off, the
    site's links name its ``.html`` files); ``edit``: where a writer corrects
    a page (``render/correct.py``)."""
    edit = edit or EditLinks()
    correct = Correct(corpus, edit)
    pages = Pages(templates, directory_urls, correct)
    views = Views(corpus) if views is None else views
    extra = ViewPages(pages, corpus, views)
    files = [p for p in templates.rglob("*") if p.is_file()]
    code = files_digest(files, templates, code_digest("**/*.py"))  # either changes every page
    code = digest(code, edit.shown())  # the links that correct the pages, as shown
    shown_by = digest(sorted(act_classes().items()), directory_urls)  # labels of acts, URLs
    records = {r.id: record_digest(corpus, r) for r in corpus.records}
    links: Links = {}  # made once per folder, shared by its pages
    updated = corpus.updated
    outputs = []

    def page(
        path: str,
        made_from: object,
        render: Callable[[], str],
        edit_url: Callable[[], str | None] | None = None,
        **more: Any,
    ) -> None:
        made = made_from if isinstance(made_from, str) else digest(made_from)
        key = hashlib.sha256(f"{code}\0{shown_by}\0{path}\0{made}".encode()).hexdigest()
        edit = partial(_url, store, key, edit_url) if edit_url else None
        outputs.append(Output(path, key, partial(_text, store, key, render), edit, **more))

    dates = digest(pages.periods(corpus))  # the Find page's date facets on every article
    for record in corpus.records:
        page(
            article_path(record.id),
            (records[record.id] + dates, correct.file("articles", record.id)),
            partial(pages.article, corpus, record, links),
            edit_url=partial(correct.article_url, record),
            date=record.date or updated,
        )
    for profile in corpus.profiles.values():
        hood = views.neighbourhood(profile.id)
        page(
            profile.path,
            (_profile_inputs(corpus, profile, records, correct), _graph_inputs(corpus, hood)),
            partial(
                pages.profile,
                corpus,
                profile,
                links,
                partial(extra.profile_sections, profile, hood),
            ),
            edit_url=partial(correct.entity_url, profile.entity),
            date=updated,
        )
    page("corrections.md", corpus.corrections, partial(pages.corrections, corpus), date=updated)
    newest = corpus.newest_first
    shown = [(r.id, r.title, r.date, r.publisher) for r in newest]
    listed_articles = [
        (*item, r.summary, len(r.stances), len(r.figures))
        for item, r in zip(shown, newest, strict=True)
    ]
    page("articles/index.md", listed_articles, partial(pages.articles, corpus), date=updated)
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
    page(MATRIX_PAGE, (shown, *home[3:7]), partial(pages.matrix, corpus), date=updated)
    pieces = Pieces(corpus, records, store, code)
    made_from = [code, corpus.stamp, *(records[r.id] for r in corpus.records), *pieces.entities]
    data = hashlib.sha256("\0".join(made_from).encode()).hexdigest()
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


def _url(store: Store, key: str, make: Callable[[], str | None]) -> str | None:
    """A page's edit URL (a starter in a link takes milliseconds to make):
    from the store, else made and stored."""
    url = store.get("edit", key)
    if url is None:
        url = (make() or "").encode("utf-8")
        store.put("edit", key, url)
    return url.decode("utf-8") or None


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


def _profile_inputs(
    corpus: Corpus, profile: Profile, records: dict[str, str], correct: Correct
) -> object:
    """What a profile page is made of: its entity, its members and the records
    of its articles, whose digests stand for the stances, figures, titles and
    co-actors it shows and the names it links to; and which of their override
    files are there (the links that correct it)."""
    entity = profile.entity
    articles = sorted(
        set(profile.articles)
        | {r.article for r in profile.stances_by}
        | {r.article for r in profile.stances_toward}
        | {r.article for r in profile.figures}
    )
    linked = sorted(i for i in {entity.country, entity.org, *profile.members} if i)
    shown = hashlib.sha256("".join(a + records[a] for a in articles).encode()).hexdigest()
    return (
        entity,
        profile.aliases,
        profile.mentions,
        shown,
        [_link_key(corpus, i) for i in linked],
        correct.file("entities", entity.id),
        [a for a in articles if correct.file("articles", a)[1]],
    )


def _graph_inputs(corpus: Corpus, graph: Graph) -> object:
    """What a graph's drawing is made of: its actors (their names and pages)
    and its relations, each with its weight, how much evidence it has and
    the evidence it links (with the titles of those articles)."""
    shown = [(e.evidence[:EVIDENCE_LINKS], len(e.evidence)) for e in graph.edges]
    return (
        [_link_key(corpus, i) for i in graph.nodes],
        [(e.actor, e.target, e.position, e.weight) for e in graph.edges],
        [(refs, count, [corpus.title(a) for a, _ in refs]) for refs, count in shown],
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
    return corpus.link_keys.get(entity_id) or (entity_id, None, None)
