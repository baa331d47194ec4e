"""A rebuild from the build state (:mod:`briefing.state`): when only article
files and article overrides changed since the last build, the articles they
touch are loaded, extracted and merged alone, their rows in the state
replaced, and the pages rendered again are theirs, those of the profiles they
name and the pages of the whole corpus (made from the state). The other
articles are never read.

Anything the state cannot vouch for makes :func:`rebuild` return ``False``
and the build a full one: another registry, entity override, lexicon,
template or code; an article that cannot be read; ids that would shift; an
entity found in the text for the first time or changed where it was first
found; a profile gained or lost; a generated page or data store changed
since the last build; or too many changes to be worth it.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from .cache import ArticleCache, ExtractionCache, extract_all, extraction_problem
from .errors import Problem
from .export import Pieces, data_files, entity_json
from .incremental import Manifest
from .load import ArticleError, Furniture, number_ids, read_article, scan_articles
from .model import Corpus, Profile, ProfileRow, article_path
from .models import ENTITY_TYPES, Article, ArticleRecord, Entity
from .overrides import Overrides, build_entities, check_targets, merge_article, remap
from .publish import DocsWriter
from .registry import Registry
from .render import Renderer, record_digest
from .state import NAME, SourceRow, State, stamp_of

if TYPE_CHECKING:
    from .pipeline import BuildResult, Settings

log = logging.getLogger(__name__)

# a rebuild touching more than this share of the articles is a full build
MAX_CHANGED_SHARE = 0.1
Loaded = tuple[Overrides, Registry, dict[str, str], str]  # see pipeline.load_inputs


class _Full(Exception):
    """Why this build must be a full one."""


class StoredCorpus(Corpus):
    """The records a rebuild changed and the profiles they name; titles, which
    entities have a profile, and co-actors come from the build state."""

    def __init__(
        self,
        records: list[ArticleRecord],
        entities: dict[str, Entity],
        profiles: dict[str, Profile],
        state: State,
        profile_ids: set[str],
        titles: dict[str, str],
    ) -> None:
        super().__init__(records, entities, profiles, stamp="")
        self.state = state
        self.profile_ids = profile_ids
        self.titles = titles

    def title(self, article_id: str) -> str:
        return self.titles[article_id]

    def has_profile(self, entity_id: str) -> bool:
        return entity_id in self.profile_ids

    def co_actors(self, profile: Profile) -> list[tuple[str, int]]:
        return self.state.co_actors(profile.id)


def rebuild(
    settings: Settings, result: BuildResult, loaded: Loaded
) -> Literal["done", "no state", "full"]:
    """Build from the state if it vouches for everything not changed. Else
    nothing is written: ``"no state"`` (``loaded`` untouched) or ``"full"``
    (``loaded`` was used: load it again)."""
    assert settings.cache is not None
    state = State.open(settings.cache, loaded[3]) if settings.seeds.is_dir() else None
    if state is None:
        log.info("full build: no build state made from these inputs")
        return "no state"
    try:
        _rebuild(settings, result, state, *loaded[:3])
        return "done"
    except _Full as why:
        state.abandon()
        log.info("full build: %s", why)
        return "full"
    except sqlite3.Error as error:
        state.abandon()
        (settings.cache / NAME).unlink(missing_ok=True)
        log.warning("full build: the build state %s is damaged (%s)", state.path, error)
        return "full"
    except BaseException:
        state.abandon()
        (settings.cache / NAME).unlink(missing_ok=True)  # the next build is a full one
        raise


def _rebuild(
    settings: Settings,
    result: BuildResult,
    state: State,
    overrides: Overrides,
    registry: Registry,
    merges: dict[str, str],
) -> None:
    from .pipeline import _report, override_digest

    started = time.perf_counter()
    seeds = settings.seeds
    # -- load: which files and overrides changed -----------------------------------
    scan = scan_articles(seeds)
    old = state.sources()
    changed = {
        name
        for name, stat in scan.items()
        if name not in old or old[name].stat != stat or min(stat[0], old[name].stat[0]) < 0
    }
    removed = {name for name in old if name not in scan}
    source_of = {row.article: name for name, row in old.items() if row.article}
    before = state.overrides()
    now = {k: override_digest(o) for k, o in overrides.articles.items()}
    touched = {
        source_of[k]
        for k in before.keys() | now.keys()
        if before.get(k) != now.get(k) and k in source_of
    }
    affected = changed | removed | touched
    if len(affected) > max(10, MAX_CHANGED_SHARE * len(scan)):
        raise _Full(f"{len(affected)} of {len(scan)} articles changed")
    furniture = Furniture.load()
    parsed = ArticleCache(settings.cache, packed=False)
    stats: dict[str, tuple[int, int]] = {}
    fresh: dict[str, Article] = {}
    for name in sorted(affected - removed):
        try:
            fresh[name] = read_article(seeds / name, furniture, parsed, stats)
        except ArticleError:
            raise _Full(f"{name} cannot be read") from None
    bases = {n: r.base for n, r in old.items() if n not in affected and r.base is not None}
    bases.update({n: a.id for n, a in fresh.items()})
    ids = number_ids(bases)
    if any(ids[n] != old[n].article for n in bases if n not in affected):
        raise _Full("article ids would change")
    fresh = {n: a if a.id == ids[n] else replace(a, id=ids[n]) for n, a in fresh.items()}
    gone = {a for n in affected if n in old and (a := old[n].article)}
    load_problems = [
        p for n in sorted(old) if n not in affected and (p := old[n].problem) is not None
    ]
    merged_before = {k: v for k, v in state.merge_problems().items() if k not in gone}
    result.timings["load"] += time.perf_counter() - started
    log.info(
        "%-8s %s in %.2fs",
        "load",
        f"{len(ids)} articles ({len(fresh)} read, {len(removed)} removed; the rest from the "
        f"build state), {len(load_problems)} skipped",
        result.timings["load"],
    )

    # -- extract --------------------------------------------------------------------
    began = time.perf_counter()
    store = ExtractionCache(settings.cache, packed=False)
    failed: dict[str, str] = {}
    extractions = extract_all(fresh.values(), registry, store, settings.jobs, parsed, failed=failed)
    result.extracted, result.cached = store.misses, store.hits
    result.timings["extract"] = time.perf_counter() - began
    log.info(
        "%-8s %s in %.2fs",
        "extract",
        f"{len(fresh)} articles ({store.misses} extracted, {store.hits} from cache)",
        result.timings["extract"],
    )

    # -- merge: the entities and profiles must stay as they were ---------------------
    began = time.perf_counter()
    found = state.found()
    # in the order a full build finds them
    entities = build_entities({k: e for k, (_, _, e) in found.items()}, registry, overrides, merges)
    for k, (source, _, entity) in found.items():
        if source in affected and k not in registry.entities:
            article = fresh.get(source)
            if article is None or entity not in extractions[article.id].entities:
                raise _Full(f"entity {k} changed in {source}, the first article naming it")
    firsts = dict(found)
    for name, article in sorted(fresh.items()):
        seen: set[str] = set()
        for n, entity in enumerate(extractions[article.id].entities):
            if entity.id in registry.entities or entity.id in seen:
                continue
            seen.add(entity.id)
            first = firsts.get(entity.id)
            if first is None:
                raise _Full(f"{name} names an entity no other article does ({entity.id})")
            if name <= first[0]:  # found here first (or again where it was)
                if first[2] != entity:
                    raise _Full(f"{name} names entity {entity.id} differently, and first")
                firsts[entity.id] = (name, n, entity)
    check_targets(overrides, ids.values())
    records: dict[str, ArticleRecord] = {}
    merged: dict[str, list[Problem]] = {}
    for name, article in sorted(fresh.items()):
        said = (
            [extraction_problem(seeds, article, failed[article.id])] if article.id in failed else []
        )
        records[name] = merge_article(
            article,
            remap(extractions[article.id], merges),
            overrides.articles.get(article.id),
            registry,
            entities,
            said,
        )
        if said:
            merged[article.id] = said
    profile_ids = state.profile_ids()
    named_before = state.named(gone) & profile_ids
    named_now: set[str] = set()
    for record in records.values():
        for k in _named(record):
            named = entities.get(k) or registry.get(k)
            if named is not None and named.type in ENTITY_TYPES:
                if k not in profile_ids:
                    raise _Full(f"entity {k} gets a profile")
                named_now.add(k)
    result.timings["merge"] = time.perf_counter() - began
    log.info(
        "%-8s %s in %.2fs",
        "merge",
        f"{sum(1 for r in records.values() if r.overridden)} article overrides applied",
        result.timings["merge"],
    )

    # -- model: the state updated, the profiles named made again ----------------------
    began = time.perf_counter()
    ordered = sorted(records.values(), key=lambda r: (r.date or "", r.id))
    corpus = StoredCorpus(ordered, entities, {}, state, profile_ids, {})
    digests = {r.id: record_digest(corpus, r) for r in ordered}
    state.drop_records(gone)
    state.drop_sources(removed | set(fresh))
    state.put_records(ordered, digests, {k: now[k] for k in digests if k in now}, merged)
    state.put_sources(
        (n, SourceRow(stats[n], bases[n], a.id, None)) for n, a in sorted(fresh.items())
    )
    state.put_found({k: v for k, v in firsts.items() if found.get(k) != v})
    for k in sorted(named_before - named_now):
        if not state.still_named(k):
            raise _Full(f"entity {k} loses its profile")
    for k in sorted(named_before | named_now):
        corpus.profiles[k] = state.profile(corpus.entities[k])
    state.put_profiles(
        (ProfileRow.of(p, entity_json(corpus, p.id)), p.members) for p in corpus.profiles.values()
    )
    heads = list(state.heads())
    corpus.titles = {h.id: h.title for h, _, _ in heads}
    corpus.stamp = stamp_of((raw, h.date) for h, raw, _ in heads)
    overview = state.overview([h for h, _, _ in heads], corpus.stamp)
    keys = {h.id: key for h, _, key in heads}
    result.timings["model"] = time.perf_counter() - began
    log.info(
        "%-8s %s in %.2fs",
        "model",
        f"{len(overview.profiles)} profiles ({len(corpus.profiles)} made again)",
        result.timings["model"],
    )

    # -- render: what changed; every other page must be as the last build left it -----
    began = time.perf_counter()
    manifest = Manifest(settings.cache, settings.docs)
    again = {article_path(r.id) for r in ordered} | {p.path for p in corpus.profiles.values()}
    pages = [article_path(h.id) for h, _, _ in heads] + [p.path for p in overview.profiles]
    kept = [p for p in pages if p not in again]
    if not all(manifest.unchanged(p) for p in kept):
        raise _Full("a generated page changed since the last build")
    pieces = Pieces(keys, settings.cache)
    if not pieces.kept(k for k in keys if k not in digests):
        raise _Full("the data files' pieces are not all kept")
    renderer = Renderer(settings.templates)
    writer = DocsWriter(settings.docs)
    writer.keep(kept)
    page_digests: dict[str, str] = {}
    rendered = unchanged = 0
    writing = 0.0
    for path, text in renderer.each_page(corpus, overview, keys, page_digests, manifest.fresh):
        rendered += 1
        unchanged += text is None
        start = time.perf_counter()
        writer.put(path, text)
        writing += time.perf_counter() - start
    for path, data in data_files(corpus, overview, pieces):
        rendered += 1
        start = time.perf_counter()
        writer.put_pieces(path, data)
        writing += time.perf_counter() - start
    result.timings["render"] = time.perf_counter() - began - writing
    log.info(
        "%-8s %s in %.2fs",
        "render",
        f"{len(kept) + rendered} files ({len(kept) + unchanged} unchanged, not rendered; "
        f"{pieces.reused} of {pieces.reused + pieces.made} articles' data pieces kept)",
        result.timings["render"],
    )

    # -- write --------------------------------------------------------------------------
    began = time.perf_counter()
    report = writer.finish()
    manifest.save(page_digests, kept)
    state.commit()
    result.timings["write"] = time.perf_counter() - began + writing
    log.info(
        "%-8s %s in %.2fs",
        "write",
        f"{report.written} written, {report.unchanged} unchanged, {report.removed} removed",
        result.timings["write"],
    )
    problems = load_problems + overrides.problems
    for name in sorted(ids):
        reported = merged if name in fresh else merged_before
        problems.extend(reported.get(ids[name], []))
    result.problems = problems
    result.from_state = True
    result.articles = len(ids)
    result.pages = len(kept) + rendered
    result.report = report
    _report(result.problems)


def _named(record: ArticleRecord) -> set[str]:
    """The entities whose profile lists the record."""
    out = {a.id for a in record.actors}
    out.update(i for s in record.stances for i in (s.actor, s.target))
    out.update(f.actor for f in record.figures if f.actor)
    return out
