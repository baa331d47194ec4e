"""Every internal link and ``#anchor`` in the built site resolves (no browser)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

SKIPPED_SCHEMES = ("http", "https", "mailto")
# (tag, attribute) pairs that point at another file of the site.
LINK_ATTRIBUTES = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")}


# Markdown that reached the HTML as text: a link to a .md page, a table rule.
UNRENDERED = re.compile(r"\]\([^()\s]*\.md(#[^()\s]*)?\)|^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$", re.M)


class Page(HTMLParser):
    """The ids, the outgoing links and the text of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.text: list[str] = []
        self._verbatim = 0

    def handle_data(self, data: str) -> None:
        if not self._verbatim:
            self.text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("code", "pre", "script", "style"):
            self._verbatim = max(0, self._verbatim - 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("code", "pre", "script", "style"):
            self._verbatim += 1
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if (tag, name) in LINK_ATTRIBUTES:
                self.links.append(value)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text("utf-8"))
    page.close()
    return page


def url_of(site: Path, path: Path) -> str:
    """The URL path a page is served at: ``a/b/index.html`` -> ``/a/b/``."""
    relative = path.relative_to(site).as_posix()
    return "/" + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)


def file_of(site: Path, url_path: str) -> Path | None:
    """The file a URL path serves, as a static server would; None if there is none."""
    target = site / unquote(url_path).lstrip("/")
    if url_path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def test_internal_links_and_anchors_resolve(built_site) -> None:  # type: ignore[no-untyped-def]
    site = built_site.site
    pages = {path: parse(path) for path in sorted(site.rglob("*.html"))}
    assert len(pages) > 40, f"only {len(pages)} HTML pages in {site}"
    broken: list[str] = []
    links = anchors = 0
    for path, page in pages.items():
        base = "http://site" + url_of(site, path)
        for href in page.links:
            if href == "#" or href.startswith("#__"):
                continue  # Material's own toggles and "back to top"
            parts = urlsplit(href)
            if parts.scheme in SKIPPED_SCHEMES:
                continue
            where = f"{path.relative_to(site)}: {href!r}"
            if parts.scheme or parts.netloc:
                broken.append(f"{where}: unexpected link target")
                continue
            resolved = urlsplit(urljoin(base, href))
            target = file_of(site, resolved.path)
            links += 1
            if target is None:
                broken.append(f"{where}: no file for {resolved.path}")
                continue
            if resolved.fragment:
                anchors += 1
                if target.suffix != ".html":
                    broken.append(f"{where}: anchor on a non-HTML file")
                    continue
                ids = pages[target].ids if target in pages else parse(target).ids
                if unquote(resolved.fragment) not in ids:
                    broken.append(f"{where}: no id {resolved.fragment!r} in {resolved.path}")
    print(f"\nchecked {links} internal links and {anchors} anchors in {len(pages)} pages")
    assert links > 0 and anchors > 0
    assert not broken, f"{len(broken)} broken link(s):\n" + "\n".join(broken[:50])


def test_no_markdown_left_unrendered(built_site) -> None:  # type: ignore[no-untyped-def]
    """Markdown inside an HTML block needs ``md_in_html``; without it it shows as text."""
    site = built_site.site
    leftovers = []
    for path in sorted(site.rglob("*.html")):
        text = "".join(parse(path).text)
        for match in UNRENDERED.finditer(text):
            leftovers.append(f"{path.relative_to(site)}: {match.group(0).strip()[:80]!r}")
    assert not leftovers, f"{len(leftovers)} unrendered Markdown fragment(s):\n" + "\n".join(
        leftovers[:20]
    )
