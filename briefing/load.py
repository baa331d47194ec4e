"""Stage 1: read article files, strip page furniture, split sentences."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Protocol

import yaml

from . import yamlio
from .errors import BriefingError, ConfigError, Problem, display_path
from .models import Article, Sentence
from .text import clean_line, printable, slugify, split_sentences

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".md")
_MAX_BYTES = 5_000_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # control characters


@dataclass(frozen=True)
class Furniture:
    """Compiled page-furniture rules (see ``data/furniture.yaml``)."""

    end_of_article: tuple[re.Pattern[str], ...]
    drop_line: tuple[re.Pattern[str], ...]
    strip_prefix: tuple[re.Pattern[str], ...]
    strip_inline: tuple[re.Pattern[str], ...]
    section_words: frozenset[str]
    fingerprint: str = ""  # a hash of the rules' text

    def ends_article(self, line: str) -> bool:
        """Whether an ``end_of_article`` rule matches the whole line."""
        return self._whole_line("end_of_article", line)

    def drops_line(self, line: str) -> bool:
        """Whether a ``drop_line`` rule matches the whole line."""
        return self._whole_line("drop_line", line)

    def _whole_line(self, key: str, line: str) -> bool:
        joined = self._joined[key]
        if joined is None:
            rules: tuple[re.Pattern[str], ...] = getattr(self, key)
            return any(rule.fullmatch(line) for rule in rules)
        return joined.fullmatch(line) is not None

    @cached_property
    def _joined(self) -> dict[str, re.Pattern[str] | None]:
        """Each list of whole-line rules as one alternation (asked of every line, it
        is much faster than trying each rule in turn); None where they cannot be
        joined: global inline flags, back references to a group by number."""
        return {key: _join(getattr(self, key)) for key in ("end_of_article", "drop_line")}

    @classmethod
    def load(cls, path: Path | None = None) -> Furniture:
        if path is None:
            text = resources.files("briefing").joinpath("data/furniture.yaml").read_text("utf-8")
            where = "briefing/data/furniture.yaml"
        else:
            text, where = path.read_text("utf-8"), str(path)
        try:
            data = yamlio.safe_load(text) or {}
        except yaml.YAMLError as error:
            raise ConfigError(f"{where}: not valid YAML: {error}") from None

        def compile_all(key: str) -> tuple[re.Pattern[str], ...]:
            out = []
            for number, rule in enumerate(data.get(key) or [], 1):
                flags = 0 if rule.get("case") == "sensitive" else re.IGNORECASE
                try:
                    out.append(re.compile(rule["pattern"], flags))
                except (re.error, KeyError, TypeError) as error:
                    raise ConfigError(
                        f"{where}: {key} rule {number}: bad pattern ({error}); "
                        "fix the regular expression"
                    ) from None
            return tuple(out)

        return cls(
            end_of_article=compile_all("end_of_article"),
            drop_line=compile_all("drop_line"),
            strip_prefix=compile_all("strip_prefix"),
            strip_inline=compile_all("strip_inline"),
            section_words=frozenset(str(w).lower() for w in data.get("section_words") or []),
            fingerprint=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        )


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _join(rules: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One pattern that fully matches a line where one of ``rules`` does, or None."""
    if not rules or any(_BACKREFERENCE.search(rule.pattern) for rule in rules):
        return None
    joined = "|".join(
        f"(?i:{rule.pattern})" if rule.flags & re.IGNORECASE else f"(?:{rule.pattern})"
        for rule in rules
    )
    try:
        return re.compile(joined)
    except re.error:
        return None


class ArticleError(Exception):
    """An article file that cannot be used; the message says why."""


def decode(raw: bytes) -> str:
    """Bytes to text, or :class:`ArticleError` naming what is wrong."""
    if not raw.strip():
        raise ArticleError("the file is empty; add a headline line and the article text")
    if b"\x00" in raw[:8192]:
        raise ArticleError("the file is binary (it contains NUL bytes), not a text article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ArticleError(
            f"line {line}: not UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start}); "
            "re-save the file as UTF-8"
        ) from None
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise ArticleError("the file looks binary (many control characters), not a text article")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # a stray form feed or vertical tab from a scrape: a space, never a character
    # that makes the feed or a page invalid
    return unicodedata.normalize("NFC", printable(text))


_META_SEPARATOR = re.compile(r"\s[|·•]\s")
_MONTHS = "january february march april may june july august september october november december"
_MONTH_NUMBER = {m[:3]: n for n, m in enumerate(_MONTHS.split(), 1)}
_DATE = re.compile(
    r"\b(?:(?P<iso>\d{4}-\d{2}-\d{2})|(?P<m1>[A-Z][a-z]{2,8})\.? (?P<d1>\d{1,2}),? (?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2}) (?P<m2>[A-Z][a-z]{2,8})\.? (?P<y2>\d{4}))\b"
)


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
    """An ISO date found in a dateline, if any."""
    match = _DATE.search(line)
    if not match:
        return None
    if match["iso"]:
        return match["iso"]
    month = (match["m1"] or match["m2"] or "")[:3].lower()
    day, year = match["d1"] or match["d2"], match["y1"] or match["y2"]
    if month not in _MONTH_NUMBER or not 1 <= int(day) <= 31:
        return None
    return f"{year}-{_MONTH_NUMBER[month]:02d}-{int(day):02d}"


def parse(text: str, source: str, furniture: Furniture, digest: str = "") -> Article:
    """Turn decoded article text into an :class:`Article` (id not yet unique)."""
    lines = [clean_line(line) for line in text.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        raise ArticleError("the file has no text; add a headline line and the article text")
    title = lines[0].lstrip("#").strip()
    body = lines[1:]
    publisher = byline = date = None
    sections: tuple[str, ...] = ()
    if (
        body
        and _is_meta_line(body[0])
        and not (furniture.drops_line(body[0]) or furniture.ends_article(body[0]))
    ):
        words = body[0].split()
        if all(w.lower() in furniture.section_words for w in words):
            sections = tuple(words)
        elif re.match(r"(?i)by\s", body[0]):
            byline = body[0][3:].strip()
        else:
            publisher = _META_SEPARATOR.split(body[0])[0].strip()
            date = meta_date(body[0])
        body = body[1:]

    kept: list[str] = []
    removed: list[str] = []
    for index, line in enumerate(body):
        if furniture.ends_article(line):
            removed.extend(body[index:])
            break
        if furniture.drops_line(line):
            removed.append(line)
            continue
        for rule in furniture.strip_prefix:
            match = rule.match(line)
            if match:
                removed.append(match.group(0))
                line = line[match.end() :].lstrip()
        for rule in furniture.strip_inline:
            removed.extend(m.group(0) for m in rule.finditer(line))
            line = rule.sub(" ", line)
        if line:
            kept.append(line)
    if not kept and len(lines) == 1:
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
        publisher=publisher,
        byline=byline,
        date=date,
        sections=sections,
        removed=tuple(removed),
        digest=digest,
    )


def article_id(title: str, source: str) -> str:
    """The id an article's headline gives it (its file's name without one),
    before :func:`unique_ids` numbers duplicates."""
    return slugify(title) or slugify(Path(source).stem) or "article"


def find_articles(folder: Path) -> list[Path]:
    """Article files in ``folder`` (not recursive), in a stable order."""
    if not folder.is_dir():
        raise BriefingError(f"{folder}: articles folder not found; create it or pass --seeds DIR")
    return [folder / name for name, _ in sorted(_article_files(folder))]


def _article_files(folder: Path) -> Iterator[tuple[str, os.DirEntry[str]]]:
    """``(name, entry)`` of each article file in ``folder``, in no order."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES and entry.is_file():
                yield entry.name, entry


class ParsedCache(Protocol):
    """Where parsed articles are kept between builds (``cache.ArticleCache``)."""

    def get(self, key: str) -> Article | None: ...

    def put(self, key: str, article: Article) -> None: ...

    def key(self, digest: str, name: str, furniture: Furniture) -> str: ...


Stat = tuple[int, int]  # a file's size and modification time (ns); size -1: do not trust
ParseJob = tuple[str, bytes, str]  # a file's name, bytes and their hash


def file_stat(stat: os.stat_result) -> Stat:
    """A file's size and modification time; a file modified in the last two
    seconds gets size -1, so that a later change within the clock's
    resolution is never taken for no change."""
    if time.time_ns() - stat.st_mtime_ns < 2_000_000_000:
        return (-1, stat.st_mtime_ns)
    return (stat.st_size, stat.st_mtime_ns)


def scan_articles(folder: Path) -> dict[str, Stat]:
    """The :func:`file_stat` of each file :func:`find_articles` finds, by name."""
    return {name: file_stat(entry.stat()) for name, entry in sorted(_article_files(folder))}


def read_article(
    path: Path,
    furniture: Furniture,
    parsed: ParsedCache | None = None,
    stats: dict[str, Stat] | None = None,
) -> Article:
    """Load one file; raises :class:`ArticleError` for unusable input. With
    ``parsed``, a file parsed before (same bytes, name and rules) is not parsed
    again. ``stats`` gets the file's :func:`file_stat`, taken before it is read."""
    article, (name, raw, digest), key = _look_up(path, furniture, parsed, stats)
    if article is None:
        article = parse(decode(raw), name, furniture, digest)
        if parsed is not None:
            parsed.put(key, article)
    return article


def _look_up(
    path: Path, furniture: Furniture, parsed: ParsedCache | None, stats: dict[str, Stat] | None
) -> tuple[Article | None, ParseJob, str]:
    """A file's article from ``parsed`` (``None`` if not there), the job that
    parses it, and its key in ``parsed``; raises :class:`ArticleError` if it
    cannot be read."""
    raw, digest = _read(path, stats)
    key = parsed.key(digest, path.name, furniture) if parsed is not None else ""
    cached = parsed.get(key) if parsed is not None else None
    return cached, (path.name, raw, digest), key


def _read(path: Path, stats: dict[str, Stat] | None) -> tuple[bytes, str]:
    """A file's bytes and their hash (see :func:`read_article`)."""
    try:
        if path.is_symlink() and not path.resolve().is_relative_to(path.parent.resolve()):
            raise ArticleError(
                "points outside the articles folder (a link to "
                f"{os.readlink(path)}); copy the file into the folder instead"
            )
        stat = path.stat()
        size = stat.st_size
        if stats is not None:
            stats[path.name] = file_stat(stat)
        if size > _MAX_BYTES:
            raise ArticleError(f"the file is {size:,} bytes; articles above 5 MB are not read")
        raw = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"cannot read the file: {error.strerror or error}") from None
    return raw, hashlib.sha256(raw).hexdigest()


def parse_file(job: ParseJob, furniture: Furniture) -> Article | str:
    """The article in a file's bytes, or why the file cannot be used."""
    name, raw, digest = job
    try:
        return parse(decode(raw), name, furniture, digest)
    except ArticleError as error:
        return str(error)


# parses many files (in other processes, say) as parse_file does each
ParseMany = Callable[[list[ParseJob]], list["Article | str"]]


def number_ids(ids: dict[str, str]) -> dict[str, str]:
    """Unique ids for ``{file name: id}``: later duplicates (by file name) get
    ``-2``, ``-3``."""
    seen: dict[str, int] = {}
    out = {}
    for source in sorted(ids):
        count = seen.get(ids[source], 0) + 1
        seen[ids[source]] = count
        out[source] = ids[source] if count == 1 else f"{ids[source]}-{count}"
    return out


def unique_ids(articles: Iterable[Article]) -> list[Article]:
    """Make article ids unique (see :func:`number_ids`)."""
    from dataclasses import replace

    ordered = sorted(articles, key=lambda a: a.source)
    ids = number_ids({a.source: a.id for a in ordered})
    return [a if a.id == ids[a.source] else replace(a, id=ids[a.source]) for a in ordered]


def load_articles(
    folder: Path,
    furniture: Furniture | None = None,
    parsed: ParsedCache | None = None,
    stats: dict[str, Stat] | None = None,
    parse_many: ParseMany | None = None,
) -> tuple[list[Article], list[Problem]]:
    """Every usable article in ``folder``, plus a problem per unusable file.
    ``stats`` gets each file's :func:`file_stat`; ``parse_many`` parses the
    files not in ``parsed`` (each in turn without it)."""
    furniture = furniture or Furniture.load()
    found: dict[str, Article | str] = {}  # by file name, in the folder's order
    todo: list[ParseJob] = []
    keys: dict[str, str] = {}
    for path in find_articles(folder):
        try:
            cached, job, keys[path.name] = _look_up(path, furniture, parsed, stats)
        except ArticleError as error:
            found[path.name] = str(error)
            continue
        if cached is None:
            todo.append(job)
            found[path.name] = ""  # parsed below
        else:
            found[path.name] = cached
    if parse_many is not None and todo:
        made = parse_many(todo)
    else:
        made = [parse_file(job, furniture) for job in todo]
    for (name, _, _), outcome in zip(todo, made, strict=True):
        found[name] = outcome
        if parsed is not None and isinstance(outcome, Article):
            parsed.put(keys[name], outcome)
    articles: list[Article] = []
    problems: list[Problem] = []
    for name, article in found.items():
        if isinstance(article, str):
            problems.append(Problem(display_path(folder / name), f"skipped: {article}"))
            continue
        log.debug(
            "loaded %s: %d sentences, %d furniture lines removed",
            name,
            len(article.sentences),
            len(article.removed),
        )
        articles.append(article)
    return unique_ids(articles), problems
