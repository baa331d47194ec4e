#!/usr/bin/env python3
"""How the build scales: full builds and one-edit rebuilds of synthetic corpora.

    python benchmarks/scale.py [--sizes 100,1000,10000] [--jobs N] [--seed S]
                               [--keep] [--no-mkdocs] [--timeout SECONDS]

For each size N, in a fresh temporary folder, the script writes a synthetic
corpus of N articles (see :func:`generate`), copies the hand-written pages of
``docs/`` (about.md, editing.md, assets/) next to it, and measures four builds,
each in its own subprocess so that peak memory is per build:

(a) cold: empty extraction cache, every stage including MkDocs;
(b) warm: the same inputs again (``build_site=False``: our stages only);
(c) one article edited (a sentence appended), ``build_site=False``;
(d) one override added (``overrides/articles/<id>.yaml`` with
    ``title: Edited``), ``build_site=False``.

It prints a table per N: seconds per stage (load, extract, merge, model,
render, write, mkdocs), ``build()``'s total, the whole process's wall time
(interpreter start and imports included), our stages' share of the total,
peak memory, pages rendered and written, then the site's and the search
index's size. Peak memory is the larger of two readings: ``ru_maxrss`` of the
build process, and the sum of PSS over the build's process tree (the build,
its extraction workers, Pagefind), sampled from outside every 0.05 s for
the first second, then every 0.2 s (``SAMPLE_EVERY``; reading ``smaps_rollup``
walks a process's page tables: sampled at 20 Hz it took CPU the build's
stages were measured on); PSS counts the pages that forked workers share
with the build once. The largest
child's ``ru_maxrss`` (``RUSAGE_CHILDREN``) is printed but not used: a child
started with ``subprocess`` (vfork) reports the build process's whole memory
as its own, so adding it counted the build twice. The run
ends with a PASS/FAIL line per target of the performance issue:

- 1,000 articles: full build (process wall time) <= 15 s, and our stages
  <= 25 % of ``build()``'s total;
- 10,000 articles: full build <= 180 s and peak memory <= 1 GB;
- 10,000 articles: one-article and one-override rebuilds, our stages <= 2 s.

A target whose size was not run (or, for the full build, run with
``--no-mkdocs``) is reported as not measured. A build still running after
``--timeout`` seconds (default 900, 0 for never) is stopped: its row shows the
stages it finished (read from its log), the rebuilds still run on the pages
it wrote, and its full-build target fails. The corpus is deterministic:
the same N and ``--seed`` give byte-identical files (for the same registry).
The temporary folders (seeds, docs, site, cache, build logs) are removed
after the last run, not after each size: on ext4 without a journal, creating
a file scans the inodes deleted in the last seconds to minutes, so removing
one size's tens of thousands of files made the next size's writes several
times slower. ``--keep`` leaves the folders for inspection.

The build subprocess is this script again, ``--run-build TMP [--no-site]``:
it calls ``briefing.pipeline.build()`` on TMP's folders and prints JSON.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("load", "extract", "merge", "model", "render", "write", "mkdocs")
OURS = STAGES[:-1]
HAND_WRITTEN = ("about.md", "editing.md", "assets")
MB = 1024 * 1024
SAMPLE_EVERY = 0.2  # seconds between memory samples after a build's first second

# --------------------------------------------------------------------- the corpus

# Actors that news mentions most come first; the rest of each pool follows in
# a seeded shuffled order, and picks follow a Zipf-like law over that order.
CORE = {
    "country": [
        "united-states",
        "china",
        "united-kingdom",
        "japan",
        "india",
        "germany",
        "australia",
        "france",
        "canada",
        "south-korea",
        "taiwan",
        "brazil",
        "italy",
        "netherlands",
        "sweden",
        "poland",
        "new-zealand",
        "russia",
        "finland",
    ],
    "vendor": ["huawei", "zte", "ericsson", "nokia", "samsung", "nec", "fujitsu"],
    "organization": ["european-union", "fcc", "nato", "bis", "quad", "five-eyes"],
}

QUOTES = [
    "We will take firm measures to protect our networks",
    "Security is not negotiable",
    "This is a political decision, not a technical one",
    "Our equipment is safe and secure, and we have never been asked to hand over data",
    "We welcome the clarity this decision brings",
    "The risk is simply too high",
    "We will continue to serve our customers in this market",
    "Nothing has been decided yet",
    "Trusted vendors are the foundation of a secure 5G network",
    "The cost will ultimately be borne by consumers",
]

FILLER = [
    "5G networks are expected to power everything from smartphones to driverless cars.",
    "The decision is seen as a turning point for the industry.",
    "Analysts said the move could delay the rollout of 5G services.",
    "No additional details were given.",
    "The talks are expected to continue next month.",
    "Critics say the measures are driven by politics rather than technology.",
    "Undersea cables carry most of the world's international data traffic.",
    "The company did not respond to a request for comment.",
    "Tensions between the two countries have been rising for months.",
    "Open RAN lets operators mix equipment from several suppliers.",
    "Industry groups have called for clearer rules.",
    "The review covers both mobile and fixed networks.",
    "Rural coverage remains a concern for regulators.",
    "The rules apply to new contracts as well as existing ones.",
    "Security experts have long warned about supply-chain risks.",
    "The auction of spectrum licences is scheduled for later this year.",
]

# Sentence templates by shape. Slots: {C} {C2} country, {Cadj} its demonym,
# {V} {V2} equipment vendor, {O} operator, {K} {K2} any company, {G} {G2}
# organization, {P} person, {Porg} their organization (or country), {Q} a
# quotation, {M} money, {PCT} percent, {N} count, {Y} year, {D} duration,
# {X} multiplier, {DAY} a weekday.
TEMPLATES: dict[str, list[str]] = {
    "ban": [
        "{C} has banned {V} from its 5G networks.",
        "{Cadj} authorities moved to exclude {V} equipment from the core of the network.",
        "The government in {C} said it would phase out {V} gear within {D}.",
        "{G} added {V} to its entity list in {Y}, citing national security concerns.",
        "{O} will stop using {V} equipment in its radio access network by {Y}.",
        "{C} has barred {V} and {V2} from its 5G rollout.",
        "Lawmakers in {C} voted to restrict {V} from public procurement.",
        "{C} blocked {V} from bidding for the contract.",
        "Operators in {C} must remove {V} kit from their networks by {Y}.",
        "{C} is set to weed out {V} equipment from its telecom networks.",
        "{G} imposed sanctions on {V} and {K} in {Y}.",
    ],
    "cooperation": [
        "{C} and {C2} agreed to cooperate on 5G security and undersea cables.",
        "{G} signed a memorandum of understanding with {G2} on supply-chain security.",
        "{K} and {V} announced a partnership to develop Open RAN technology.",
        "{C} and {C2} will work together to promote trusted 5G solutions.",
        "Officials from {C} and {C2} signed an agreement on critical technologies in {Y}.",
        "{C} said it would collaborate with {C2} on semiconductor research.",
        "{K} teamed up with {K2} to build a new undersea cable.",
    ],
    "operator": [
        "{O} has chosen {V} to build its 5G core network.",
        "{O} picked {V} and {V2} as suppliers for its radio access network.",
        "{O} said it would buy equipment worth {M} from {V}.",
        "{O} selected {V} for a rollout of {N} base stations across {C}.",
        "{O} signed a deal worth {M} with {V} to upgrade its network over {D}.",
        "{V} won a contract from {O} to deploy {N} base stations.",
        "{O} is testing Open RAN equipment with {V}.",
    ],
    "passive": [
        "{V} was banned from {C}'s networks in {Y}.",
        "{V} equipment was excluded from the tender by {G}.",
        "{V} was chosen by {O} to supply its 5G radios.",
        "The deal was approved by {G} in {Y}.",
        "{V} has been blacklisted by {G} since {Y}.",
        "{K} was fined {M} by {G} last year.",
    ],
    "quote": [
        "“{Q},” {P}, a spokesperson for {Porg}, said.",
        "“{Q},” said {P}, who heads {G}.",
        "{P} of {Porg} said the rules had always been applied fairly.",
        "A spokesperson for {V} said the company had always complied with local laws.",
        "“The risk is not the same with {Cadj} suppliers,” {P} told reporters.",
        "“{Q},” {P} said in a statement on {DAY}.",
        "{P} said {C} would not allow {V} anywhere near its core network.",
        "According to {P}, talks with {C2} are progressing well.",
    ],
    "undecided": [
        "{C} has yet to decide whether to allow {V} in its 5G networks.",
        "{G} is still reviewing the role of {V} in critical infrastructure.",
        "{O} has not yet decided which vendor will supply its core network.",
        "Officials in {C} are weighing whether to restrict {V}.",
        "{C} remains on the fence about {V}.",
    ],
    "figures": [
        "The program will cost {M} over {D}.",
        "{V} holds {PCT} of the market for base stations in {C}.",
        "{C} plans to invest {M} in 5G and 6G research by {Y}.",
        "Replacing the equipment will cost operators {M}, according to {G}.",
        "{O} serves {N} subscribers and covers {PCT} of the population.",
        "Data traffic has grown {X} in {D}.",
        "The network now has {N} base stations, up {PCT} from {Y}.",
        "{K} reported revenue of {M} for {Y}, down {PCT}.",
    ],
    "filler": FILLER,
}
SHAPES = list(TEMPLATES)
SHAPE_WEIGHTS = [14, 10, 10, 8, 12, 6, 15, 25]

HEADLINES = [
    "{C} bans {V} from 5G networks",
    "{O} picks {V} for 5G core",
    "{C} and {C2} agree to cooperate on telecom security",
    "{G} weighs curbs on {V}",
    "{V} wins {M} contract from {O}",
    "{C} yet to decide on {V} 5G role",
    "{Cadj} operators told to strip out {V} gear by {Y}",
    "{C}, {C2} to expand cooperation in telecom tech",
    "Why {C} is rethinking its reliance on {V}",
    "{P} says {C} will keep {V} out of its networks",
]
HEADLINE_TAILS = [
    "",
    "",
    "",
    " amid security concerns",
    ", sources say",
    " in {Y}",
    " as tensions rise",
    ": what we know",
]

TRAILERS = [
    ["Related Articles", "{C} and {C2} sign 5G pact", "{V} shares fall"],
    ["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
    ["Photo by {P}"],
    [
        "Back to top button",
        "Adblock Detected",
        "Please consider supporting us by disabling your ad blocker",
    ],
    ["Share this article", "Join the discussion"],
]
SECTION_TAGS = ["Business Politics Technology World", "Technology", "World Business"]
FIRST = ["Anna", "James", "Mei", "Ravi", "Sofia", "Kenji", "Laura", "Omar", "Ingrid", "Tom"]
LAST = ["Tanaka", "Miller", "Singh", "Rossi", "Kowalski", "Chen", "Dubois", "Larsen"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "ten"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_SLOT = re.compile(r"\{([A-Z][A-Za-z]*2?)\}")


class Pool:
    """Entities of one kind, picked with a Zipf-like law (core entries most often)."""

    def __init__(
        self, entities: Sequence[Any], rng: random.Random, core: Sequence[str] = ()
    ) -> None:
        by_id = {e.id: e for e in entities}
        first = [by_id[i] for i in core if i in by_id]
        rest = sorted((e for e in entities if e.id not in set(core)), key=lambda e: e.id)
        rng.shuffle(rest)
        self.items = first + rest
        total, self.cumulative = 0.0, []
        for rank in range(len(self.items)):
            total += 1 / (rank + 1) ** 0.9
            self.cumulative.append(total)

    def pick(self, rng: random.Random) -> Any:
        return rng.choices(self.items, cum_weights=self.cumulative)[0]


def _sections(file: str) -> dict[str, str]:
    """Entity id -> the ``# ---- section`` heading it sits under in a registry file."""
    text = resources.files("briefing").joinpath(f"data/registry/{file}").read_text("utf-8")
    out, section = {}, ""
    for line in text.splitlines():
        heading = re.match(r"# -{10,} (.+)", line)
        if heading:
            section = heading.group(1)
        match = re.match(r"- id: (\S+)", line)
        if match:
            out[match.group(1)] = section
    return out


def _pools(rng: random.Random) -> tuple[dict[str, Pool], dict[str, Any]]:
    """Entity pools by role, and every registry entity by id."""
    from briefing.registry import load_registry

    registry = load_registry().entities
    entities = list(registry.values())
    companies = _sections("companies.yaml")

    def of(kind: str, where: Callable[[Any], bool] = lambda e: True) -> list[Any]:
        return [e for e in entities if e.type == kind and where(e)]

    return {
        "country": Pool(of("country"), rng, CORE["country"]),
        "vendor": Pool(
            of("company", lambda e: companies.get(e.id) == "equipment vendors"), rng, CORE["vendor"]
        ),
        "operator": Pool(
            of("company", lambda e: companies.get(e.id, "").startswith("operators")), rng
        ),
        "company": Pool(of("company"), rng, CORE["vendor"]),
        "organization": Pool(of("organization"), rng, CORE["organization"]),
        "person": Pool(of("person"), rng),
        "publisher": Pool(of("outlet"), rng),
    }, registry


_KINDS = {
    "C": "country",
    "V": "vendor",
    "O": "operator",
    "K": "company",
    "G": "organization",
    "P": "person",
}


class Writer:
    """Writes one article: a cast of focus actors, then sentences from templates."""

    def __init__(
        self, rng: random.Random, pools: dict[str, Pool], registry: dict[str, Any]
    ) -> None:
        self.rng = rng
        self.pools = pools
        self.registry = registry
        self.focus = {
            kind: [pools[kind].pick(rng) for _ in range(rng.randint(1, 3))]
            for kind in dict.fromkeys(_KINDS.values())
        }

    def entity(self, kind: str, taken: set[str]) -> Any:
        for _ in range(6):
            if self.rng.random() < 0.65:
                entity = self.rng.choice(self.focus[kind])
            else:
                entity = self.pools[kind].pick(self.rng)
            if entity.id not in taken:
                break
        taken.add(entity.id)
        return entity

    def surface(self, entity: Any) -> str:
        """The name as news writes it: mostly canonical, sometimes an alias or capital."""
        roll = self.rng.random()
        if roll < 0.1 and entity.aliases:
            return str(self.rng.choice(entity.aliases))
        if roll < 0.16 and entity.capitals:
            return str(self.rng.choice(entity.capitals))
        return str(entity.name)

    def figure(self, slot: str) -> str:
        rng = self.rng
        if slot == "M":
            amount = rng.choice([1.2, 2, 2.5, 3, 4.5, 12, 40, 150, 300, 850])
            unit = rng.choice(["million", "billion"])
            shape = rng.randrange(5)
            return [
                f"${amount:g} {unit}",
                f"€{amount:g} {unit}",
                f"£{amount:g} {unit}",
                f"{amount:g} {unit} yen",
                f"US${amount:g} {unit}",
            ][shape]
        if slot == "PCT":
            value = rng.choice([1, 3, 12, 18, 25, 35, 40, 62])
            return rng.choice([f"{value} percent", f"{value}%", f"{value} per cent"])
        if slot == "N":
            return rng.choice(["1,200", "3,500", "800", "12 million", "40,000", "250"])
        if slot == "Y":
            return str(rng.randint(2018, 2030))
        if slot == "D":
            return rng.choice(
                [
                    f"{rng.choice(NUMBER_WORDS)} years",
                    "18 months",
                    f"{rng.randint(2, 9)} years",
                    "six months",
                ]
            )
        if slot == "X":
            return rng.choice(["three times", "tenfold", "2.5 times", "twice"])
        if slot == "DAY":
            return rng.choice(WEEKDAYS)
        if slot == "Q":
            return rng.choice(QUOTES)
        raise KeyError(slot)

    def fill(self, template: str) -> str:
        taken: set[str] = set()
        chosen: dict[str, Any] = {}
        values: dict[str, str] = {}
        for slot in _SLOT.findall(template):
            if slot in values:
                continue
            base = slot.rstrip("2")
            if slot == "Cadj":
                country = chosen.get("C") or self.entity("country", taken)
                chosen["C"] = country
                values[slot] = country.demonyms[0] if country.demonyms else f"{country.name}'s"
            elif slot == "Porg":
                person = chosen.get("P") or self.entity("person", taken)
                chosen["P"] = person
                home = self.registry.get(person.org or person.country or "")
                values[slot] = home.name if home else "the government"
            elif base in _KINDS:
                chosen[slot] = chosen.get(slot) or self.entity(_KINDS[base], taken)
                values[slot] = self.surface(chosen[slot])
            else:
                values[slot] = self.figure(slot)
        text = _SLOT.sub(lambda m: values[m.group(1)], template)
        return text[0].upper() + text[1:]

    def article(self) -> str:
        rng = self.rng
        headline = self.fill(rng.choice(HEADLINES) + rng.choice(HEADLINE_TAILS))
        lines = [headline, ""]
        meta = rng.random()
        if meta < 0.55:
            lines += [str(self.pools["publisher"].pick(rng).name), ""]
        elif meta < 0.65:
            lines += [f"By {rng.choice(FIRST)} {rng.choice(LAST)}", ""]
        elif meta < 0.75:
            lines += [rng.choice(SECTION_TAGS), ""]
        count = min(40, max(5, round(rng.triangular(5, 40, 12))))
        sentences = [
            self.fill(rng.choice(TEMPLATES[rng.choices(SHAPES, SHAPE_WEIGHTS)[0]]))
            for _ in range(count)
        ]
        while sentences:
            size = rng.randint(1, 5)
            lines += [" ".join(sentences[:size]), ""]
            sentences = sentences[size:]
        if rng.random() < 0.3:
            for line in rng.choice(TRAILERS):
                lines += [self.fill(line), ""]
        return "\n".join(lines).rstrip() + "\n"


def generate(n: int, folder: Path, seed: int = 0) -> list[Path]:
    """Write ``n`` synthetic articles into ``folder`` as ``NNNNN_slug.txt``.

    Sentences come from templates of several shapes (bans, cooperation,
    operators choosing vendors, passives, quotes, undecided reviews, figures,
    filler) filled with registry entities; the same ``n`` and ``seed`` give
    the same files. They are dated an hour back, as a corpus collected
    earlier would be (a build reads a file modified in the last two seconds
    again, whatever the build state says).
    """
    from briefing.text import slugify

    rng = random.Random(seed)
    pools, registry = _pools(rng)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(n):
        text = Writer(rng, pools, registry).article()
        slug = slugify(text.split("\n", 1)[0], max_length=40) or "article"
        path = folder / f"{number:05d}_{slug}.txt"
        path.write_text(text, "utf-8")
        os.utime(path, (time.time() - 3600, time.time() - 3600))
        paths.append(path)
    return paths


# --------------------------------------------------------------------- one build


def run_build(tmp: Path, build_site: bool, jobs: int | None) -> dict[str, Any]:
    """Build ``tmp``'s corpus in this process; figures as a JSON-ready mapping."""
    from briefing.pipeline import Settings, build

    settings = Settings(
        seeds=tmp / "seeds",
        docs=tmp / "docs",
        site=tmp / "site",
        templates=ROOT / "templates",
        mkdocs_config=ROOT / "mkdocs.yml",
        overrides=tmp / "overrides",
        registry=tmp / "registry",
        cache=tmp / "cache",
        jobs=jobs,
        build_site=build_site,
    )
    started = time.perf_counter()
    result = build(settings)
    total = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    report = result.report
    return {
        "timings": result.timings,
        "total": total,
        "articles": result.articles,
        "problems": len(result.problems),
        "pages": result.pages,
        "written": report.written if report else 0,
        "maxrss_self": own,
        "maxrss_child": child,
    }


def _tree_memory(root: int) -> int:
    """Bytes of PSS (else RSS) summed over ``root`` and its descendants."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    total = 0
    for pid in tree:
        try:
            text = Path(f"/proc/{pid}/smaps_rollup").read_text()
            match = re.search(r"^Pss:\s+(\d+) kB", text, re.M)
        except OSError:
            match = None
        if match is None:
            try:
                match = re.search(
                    r"^VmRSS:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text(), re.M
                )
            except OSError:
                continue
        total += int(match.group(1)) * 1024 if match else 0
    return total


_STAGE_LINE = re.compile(r"^INFO\s+(\w+)\s+(.*) in ([\d.]+)s$")


def _stages_from_log(text: str) -> tuple[dict[str, float], dict[str, int]]:
    """Stage timings, and page counts, from the INFO lines of a build's log."""
    timings: dict[str, float] = {}
    counts: dict[str, int] = {}
    for line in text.splitlines():
        match = _STAGE_LINE.match(line)
        if match and match.group(1) in STAGES:
            timings[match.group(1)] = float(match.group(3))
            number = re.match(r"([\d,]+) (files|written)", match.group(2))
            if number:
                counts[number.group(2)] = int(number.group(1).replace(",", ""))
    return timings, counts


def measure(
    tmp: Path, label: str, build_site: bool, jobs: int | None, timeout: float | None
) -> dict[str, Any]:
    """Run one build in a subprocess; its figures plus wall time and sampled memory.

    A build running longer than ``timeout`` seconds is stopped (its whole
    process group); the stages it finished are read from its log.
    """
    command = [sys.executable, str(Path(__file__).resolve()), "--run-build", str(tmp)]
    command += [] if build_site else ["--no-site"]
    command += ["--jobs", str(jobs)] if jobs else []
    log = tmp / "logs" / f"{label}.log"
    out = log.with_suffix(".json")
    log.parent.mkdir(exist_ok=True)
    started = time.perf_counter()
    timed_out = False
    with log.open("w") as errors, out.open("w") as output:
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=output, stderr=errors, start_new_session=True
        )
        peak = 0
        while process.poll() is None:
            peak = max(peak, _tree_memory(process.pid))
            if timeout and time.perf_counter() - started > timeout:
                timed_out = True
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                break
            time.sleep(0.05 if time.perf_counter() - started < 1 else SAMPLE_EVERY)
    wall = time.perf_counter() - started
    if timed_out:
        timings, counts = _stages_from_log(log.read_text())
        data: dict[str, Any] = {
            "timings": timings,
            "total": None,
            "pages": counts.get("files", 0),
            "written": counts.get("written", 0),
            "maxrss_self": 0,
            "maxrss_child": 0,
        }
    elif process.returncode != 0:
        tail = log.read_text()[-2000:]
        raise SystemExit(f"{label} build failed (exit {process.returncode}); {log}:\n{tail}")
    else:
        data = json.loads(out.read_text().strip().splitlines()[-1])
    data["timed_out"] = timed_out
    data["wall"] = wall
    data["tree_peak"] = peak
    data["peak"] = max(peak, data["maxrss_self"])
    data["ours"] = sum(data["timings"].get(s, 0.0) for s in OURS)
    return data


# --------------------------------------------------------------------- a run


def _machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory = next(
            int(line.split()[1]) * 1024
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    except (OSError, StopIteration):
        memory = 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        f"machine: {cores} cores (nproc), {cpu}, {memory / 1024**3:.1f} GB RAM, "
        f"Python {platform.python_version()} ({platform.system()} {platform.release()})"
    )


def _size(folder: Path) -> tuple[int, int]:
    files = size = 0
    for path in folder.rglob("*"):
        if path.is_file():
            files += 1
            size += path.stat().st_size
    return files, size


def _prepare_docs(docs: Path) -> None:
    docs.mkdir(parents=True)
    for name in HAND_WRITTEN:
        source = ROOT / "docs" / name
        if source.is_dir():
            shutil.copytree(source, docs / name)
        elif source.is_file():
            shutil.copy2(source, docs / name)


def run_size(n: int, args: argparse.Namespace, made_folders: list[Path]) -> dict[str, Any]:
    """Generate a corpus of ``n`` articles and measure its builds; the
    temporary folder is added to ``made_folders`` for the caller to remove."""
    tmp = Path(tempfile.mkdtemp(prefix=f"briefing-scale-{n}-"))
    try:
        started = time.perf_counter()
        paths = generate(n, tmp / "seeds", args.seed)
        made = time.perf_counter() - started
        raw = [p.read_text("utf-8") for p in paths]
        words = sum(len(t.split()) for t in raw)
        print(
            f"\n== {n:,} articles: generated in {made:.1f}s, {words:,} words, "
            f"{sum(len(t.encode()) for t in raw) / MB:.1f} MB ({tmp}) ==",
            flush=True,
        )
        _prepare_docs(tmp / "docs")
        runs = {}
        runs["a"] = measure(tmp, "a-cold", not args.no_mkdocs, args.jobs, args.timeout)
        runs["b"] = measure(tmp, "b-warm", False, args.jobs, args.timeout)
        edited = paths[n // 2]
        with edited.open("a", encoding="utf-8") as handle:
            handle.write("\nThe regulator said it would publish its findings next spring.\n")
        runs["c"] = measure(tmp, "c-edit", False, args.jobs, args.timeout)
        exported = tmp / "docs" / "data" / "briefing.json"
        if not exported.is_file():
            raise SystemExit(f"{exported} missing: the builds above wrote no data (see logs)")
        data = json.loads(exported.read_text("utf-8"))
        article_id = next(a["id"] for a in data["articles"] if a["source"] == edited.name)
        override = tmp / "overrides" / "articles" / f"{article_id}.yaml"
        override.parent.mkdir(parents=True)
        override.write_text("title: Edited\n", "utf-8")
        runs["d"] = measure(tmp, "d-override", False, args.jobs, args.timeout)
        page = tmp / "docs" / "articles" / f"{article_id}.md"
        runs["d"]["applied"] = page.is_file() and "Edited" in page.read_text("utf-8")
        site_files, site_bytes = _size(tmp / "site") if (tmp / "site").is_dir() else (0, 0)
        index = tmp / "site" / "search" / "search_index.json"
        shards = sorted(p for p in (tmp / "site").glob("pagefind*") if p.is_dir())
        sizes = [_size(p) for p in shards]
        figures = {
            "n": n,
            "runs": runs,
            "site_files": site_files,
            "site_bytes": site_bytes,
            "index_bytes": index.stat().st_size if index.is_file() else 0,
            "pagefind": (sum(f for f, _ in sizes), sum(b for _, b in sizes)),
            "shards": len(shards),
        }
        _print_table(figures, args.no_mkdocs)
        return figures
    finally:
        made_folders.append(tmp)


ROWS = {
    "a": "(a) cold, full",
    "b": "(b) warm, ours",
    "c": "(c) 1 edit, ours",
    "d": "(d) 1 override",
}


def _seconds(value: float | None, width: int = 8) -> str:
    return f"{value:{width}.2f}" if value is not None else f"{'stopped':>{width}}"


def _print_table(figures: dict[str, Any], no_mkdocs: bool) -> None:
    head = f"{'':17}" + "".join(f"{s:>8}" for s in STAGES)
    head += f"{'total':>8}{'process':>8}{'ours':>8}{'ours%':>6}{'peak MB':>8}{'pages':>7}"
    head += f"{'written':>8}"
    print(head)
    for key, label in ROWS.items():
        run = figures["runs"][key]
        cells = "".join(
            f"{run['timings'][s]:8.2f}" if s in run["timings"] else f"{'-':>8}" for s in STAGES
        )
        share = f"{run['ours'] / run['total'] * 100:5.0f}%" if run["total"] else f"{'-':>6}"
        wall = (
            f"{'>' + format(run['wall'], '.0f'):>8}" if run["timed_out"] else _seconds(run["wall"])
        )
        print(
            f"{label:17}{cells}{_seconds(run['total'])}{wall}{run['ours']:8.2f}"
            f"{share}{run['peak'] / MB:8.0f}{run['pages']:7,}{run['written']:8,}"
        )
    stopped = [ROWS[k] for k, run in figures["runs"].items() if run["timed_out"]]
    if stopped:
        print(
            f"stopped at --timeout: {', '.join(stopped)}; its stages are those it finished, "
            "its peak memory the highest sampled before the stop"
        )
    cold = figures["runs"]["a"]
    print(
        f"peak memory of (a): process tree PSS {cold['tree_peak'] / MB:.0f} MB (sampled), "
        f"ru_maxrss {cold['maxrss_self'] / MB:.0f} MB (build process); largest child's "
        f"ru_maxrss {cold['maxrss_child'] / MB:.0f} MB (not used: a vfork'd child reports "
        "its parent's memory)"
    )
    if no_mkdocs:
        print("site: not built (--no-mkdocs)")
    else:
        pagefind_files, pagefind_bytes = figures["pagefind"]
        print(
            f"site{' (partial)' if cold['timed_out'] else ''}: "
            f"{figures['site_bytes'] / MB:.1f} MB in {figures['site_files']:,} files; "
            f"search/search_index.json {figures['index_bytes'] / MB:.1f} MB "
            f"({figures['index_bytes']:,} bytes)"
            + (
                f"; Pagefind index {pagefind_bytes / MB:.1f} MB in {pagefind_files:,} files, "
                f"{figures['shards']} shard{'s' if figures['shards'] != 1 else ''}"
                if pagefind_files
                else ""
            )
        )
    runs = figures["runs"]
    print(
        f"rebuilds (our stages): nothing changed {runs['b']['ours']:.2f}s, one article edited "
        f"{runs['c']['ours']:.2f}s, one override added {runs['d']['ours']:.2f}s"
        + ("" if runs["d"].get("applied") else "  [override NOT applied to the page]"),
        flush=True,
    )


def _verdicts(results: dict[int, dict[str, Any]], no_mkdocs: bool) -> None:
    print("\nverdicts (issue targets)")

    def run(n: int, key: str) -> dict[str, Any] | None:
        return results[n]["runs"][key] if n in results else None

    def line(
        name: str,
        n: int,
        value: float | None,
        limit: float,
        unit: str,
        full: bool = False,
        note: str = "",
    ) -> None:
        if n not in results or (full and no_mkdocs):
            why = "--no-mkdocs" if n in results else f"--sizes has no {n}"
            print(f"n/a   {name}: not measured ({why})")
        elif value is None:
            print(f"n/a   {name}: not measured{note}")
        else:
            verdict = "PASS" if value <= limit else "FAIL"
            print(f"{verdict}  {name}: {value:.2f}{unit}{note} (target <= {limit:g}{unit})")

    def full_build(n: int, limit: float) -> None:
        cold = run(n, "a")
        stopped = bool(cold and cold["timed_out"])
        line(
            f"{n:,} articles, full build (process wall time)",
            n,
            cold["wall"] if cold else None,
            limit,
            " s",
            full=True,
            note=" and still running when stopped" if stopped else "",
        )

    full_build(1000, 15)
    cold = run(1000, "a")
    share = cold["ours"] / cold["total"] * 100 if cold and cold["total"] else None
    line(
        "1,000 articles, our stages' share of the full build",
        1000,
        share,
        25,
        " %",
        full=True,
        note=" (build stopped)" if cold and cold["timed_out"] else "",
    )
    full_build(10000, 180)
    cold = run(10000, "a")
    peak = cold["peak"] / MB if cold else None
    if cold and cold["timed_out"] and peak is not None and peak <= 1024:
        line(
            "10,000 articles, peak memory of the full build",
            10000,
            None,
            1024,
            " MB",
            note=f" (build stopped; {peak:.0f} MB at most until then)",
        )
    else:
        line(
            "10,000 articles, peak memory of the full build",
            10000,
            peak,
            1024,
            " MB",
            note=" before the stop" if cold and cold["timed_out"] else "",
        )
    for key, what in (("c", "one-article"), ("d", "one-override")):
        rebuild = run(10000, key)
        line(
            f"10,000 articles, {what} rebuild, our stages",
            10000,
            None if rebuild is None or rebuild["timed_out"] else rebuild["ours"],
            2,
            " s",
            note=" (build stopped)" if rebuild and rebuild["timed_out"] else "",
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--sizes",
        default="100,1000,10000",
        help="comma-separated corpus sizes; default 100,1000,10000",
    )
    parser.add_argument("--jobs", type=int, help="extraction processes; default: all cores")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed; default 0")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders")
    parser.add_argument("--no-mkdocs", action="store_true", help="skip the MkDocs stage")
    parser.add_argument(
        "--timeout",
        type=float,
        default=900,
        help="stop a build after this many seconds (0: never); default 900",
    )
    parser.add_argument("--run-build", type=Path, metavar="TMP", help=argparse.SUPPRESS)
    parser.add_argument("--no-site", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_build:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)-7s %(message)s")
        logging.getLogger("briefing").setLevel(logging.INFO)  # a line per stage
        print(json.dumps(run_build(args.run_build, not args.no_site, args.jobs)))
        return
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    print(_machine())
    print(
        f"jobs: {args.jobs or 'all cores'}, seed {args.seed}, timeout "
        + (f"{args.timeout:g} s per build" if args.timeout else "none")
        + (", MkDocs skipped" if args.no_mkdocs else "")
    )
    made: list[Path] = []
    try:
        results = {n: run_size(n, args, made) for n in sizes}
        _verdicts(results, args.no_mkdocs)
    finally:
        for tmp in made:
            if args.keep:
                print(f"kept {tmp}")
            else:
                shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
