"""The links that correct a page: "Correct this page" on every article and
profile, and a small "correct" link on each actor, stance and figure row.

With ``repo_url`` and ``edit_uri`` in ``mkdocs.yml`` (``settings.EditLinks``)
a link opens the repository's web editor on the page's override file, or,
where the file is not there yet, GitHub's form for a new file at its path,
filled with its starter (``starter.py``): the whole of it for the page, one
about the item for a row. Without a repository, it leads to the How to edit
page, and the page shows the command that writes the starter.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote, quote_plus

from markupsafe import Markup, escape

from ..corpus import Corpus
from ..models import Actor, ArticleRecord, Entity, Figure, Stance
from ..settings import EditLinks
from ..starter import article_starter, entity_starter, item_starter
from .links import relative

EDITING = "editing.md#correct-a-page"  # the How to edit page's section on it
MAX_URL = 8000  # bytes: GitHub answers a longer URL (over 8,191) with 414 URI Too Long


def _query(text: str) -> str:
    """``text`` as a value of a URL's query, short: spaces as ``+``, and the
    characters a query may hold as they are."""
    return quote_plus(text, safe=":/,()'!*")


class Correct:
    """The correcting links of a corpus's pages."""

    def __init__(self, corpus: Corpus, links: EditLinks) -> None:
        self.corpus, self.links = corpus, links

    def file(self, kind: str, item_id: str) -> tuple[str, bool]:
        """The override file of an article or entity (``articles/<id>.yaml``),
        and whether it is there (a ``.yml`` one if that is what is there)."""
        for name in (f"{kind}/{item_id}.yaml", f"{kind}/{item_id}.yml"):
            if name in self.corpus.override_files:
                return name, True
        return f"{kind}/{item_id}.yaml", False

    def editor(self, kind: str, item_id: str, starters: list[Callable[[], str]]) -> str | None:
        """The web editor of the file, or the new-file form filled with the
        first of ``starters`` whose link is short enough; None without a
        repository (or with one whose host has no such form)."""
        name, there = self.file(kind, item_id)
        if self.links.edit is None:
            return None
        if there:
            return self.links.edit + quote(name)
        if self.links.new is None:
            return None
        base = f"{self.links.new}?filename={_query(self.links.folder + name)}&value="
        url = ""
        for starter in starters:
            url = base + _query(starter())
            if len(url) <= MAX_URL:
                break
        return url

    def article_url(self, record: ArticleRecord) -> str | None:
        names, schema = self.corpus.names, self.links.schema
        return self.editor(
            "articles",
            record.id,
            [
                lambda: article_starter(record, names, schema),
                lambda: article_starter(record, names, schema, extracted=False),
            ],
        )

    def entity_url(self, entity: Entity) -> str | None:
        return self.editor(
            "entities", entity.id, [lambda: entity_starter(entity, self.links.schema)]
        )

    def page(self, page: str, url: str | None, command: str) -> Markup:
        """The "Correct this page" link of ``page``: to ``url`` (the editor),
        else to the How to edit page, with the ``command`` to run."""
        if url is not None:
            return Markup(
                f'<span class="bf-correct"><a href="{escape(url)}" rel="nofollow">'
                "Correct this page</a></span>"
            )
        return Markup(
            f'<span class="bf-correct"><a href="{escape(relative(page, EDITING))}">'
            f"Correct this page</a>: <code>{escape(command)}</code></span>"
        )

    def article(self, page: str, record: ArticleRecord) -> Markup:
        return self.page(page, self.article_url(record), f"python build.py override {record.id}")

    def entity(self, page: str, entity: Entity) -> Markup:
        return self.page(
            page, self.entity_url(entity), f"python build.py override --entity {entity.id}"
        )

    def item(self, page: str, record: ArticleRecord, item: Stance | Figure | Actor) -> Markup:
        """The small link of an actor, stance or figure row of ``record``."""
        what = type(item).__name__.lower()
        url = self.editor(
            "articles",
            record.id,
            [lambda: item_starter(record, item, self.corpus.names, self.links.schema)],
        )
        label = f"Correct this {what}"
        rel = ' rel="nofollow"' if url else ""  # the repository's editor: another site
        return Markup(
            f' <a class="bf-fix" href="{escape(url or relative(page, EDITING))}"{rel} '
            f'title="{label}" aria-label="{label}">correct</a>'
        )
