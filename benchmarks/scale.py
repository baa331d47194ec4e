#!/usr/bin/env python3
"""How the build scales, against MkDocs alone: synthetic corpora built cold,
then rebuilt after one edit, beside a plain ``mkdocs build`` of the same pages.

    python benchmarks/scale.py [--sizes 1000,10000] [--jobs N] [--seed S]
                               [--keep] [--timeout SECONDS]

For each size N, in a fresh temporary folder, the script writes a synthetic
corpus of N articles (see :func:`generate`) and runs, each in its own process
so that memory is per run:

(a) ``build.py`` cold (no store yet), the whole site, writing the generated
    pages out too (``--docs``);
(p) plain ``mkdocs build`` of the same pages: the project's ``mkdocs.yml``
    without the briefing plugin, over the hand-written pages and the pages
    (a) wrote out, so Python-Markdown converts them (the plugin hands their
    HTML past it) and Material indexes them for its search (the plugin drops
    that index above 500 articles for the Find page's Pagefind index);
(b) ``build.py --no-site`` again, nothing changed;
(c) the same after one article is edited (a sentence appended);
(d) the same after one override is added (``title: Edited``).

It prints per run the seconds of each stage (from the build's log), their sum
("ours"), the process's wall time and its peak memory: the larger of the
build process's ``ru_maxrss`` and the sum of PSS over its process tree
(extraction workers, Pagefind), sampled from outside every 0.05 s for a
second, then every 0.2 s. Then a PASS/FAIL line per target of issue 21:

- 1,000 articles: cold build (wall) within 1.1x of the plain MkDocs build;
- 10,000 articles: cold build within 180 s and 1 GB;
- 10,000 articles: a one-edit rebuild, our stages, within 5 s.

The corpus is deterministic: the same N and ``--seed`` give the same files.
The temporary folders are removed after the last run (on ext4 without a
journal, creating a file scans the inodes deleted in the last seconds to
minutes, so removing one size's files right before the next size's build
slowed its writes several times); ``--keep`` leaves them.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
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
STAGES = ("load", "extract", "merge", "corpus", "render", "write")
# the first word of each stage's line in the build's log
STAGE_WORDS = dict(
    zip(("Read", "Found", "Applied", "Linked", "Made", "Wrote"), STAGES, strict=True)
)
MB = 1024 * 1024
SAMPLE_EVERY = 0.2  # seconds between memory samples after a run's first second

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
            # most with a dateline, so that the timeline has dated stances
            publisher = str(self.pools["publisher"].pick(rng).name)
            if rng.random() < 0.8:
                month = rng.choice(DATELINE_MONTHS)
                publisher += f" | {month} {rng.randint(1, 28)}, {rng.randint(2015, 2025)}"
            lines += [publisher, ""]
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


DATELINE_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def generate(n: int, folder: Path, seed: int = 0) -> list[Path]:
    """Write ``n`` synthetic articles into ``folder`` as ``NNNNN_slug.txt``.

    Sentences come from templates of several shapes (bans, cooperation,
    operators choosing vendors, passives, quotes, undecided reviews, figures,
    filler) filled with registry entities, most under a publisher's
    dateline (the timeline's dates); the same ``n`` and ``seed`` give the
    same files. They are dated an hour back, as a corpus collected
    earlier would be (a build reads a file modified in the last two seconds
    again, whatever the store says of it).
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


# --------------------------------------------------------------------- one run


def tree_memory(root: int) -> int:
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
        for name, field in (("smaps_rollup", "Pss"), ("status", "VmRSS")):
            try:
                match = re.search(
                    rf"^{field}:\s+(\d+) kB", Path(f"/proc/{pid}/{name}").read_text(), re.M
                )
            except OSError:
                match = None
            if match:
                total += int(match.group(1)) * 1024
                break
    return total


def measure(command: list[str], cwd: Path, log: Path, timeout: float | None) -> dict[str, Any]:
    """Run ``command``; its wall time, peak memory and stage timings (from
    its log). A run longer than ``timeout`` seconds is stopped."""
    started = time.perf_counter()
    with log.open("w") as out:
        process = subprocess.Popen(
            command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        peak, stopped = 0, False
        while process.poll() is None:
            peak = max(peak, tree_memory(process.pid))
            if timeout and time.perf_counter() - started > timeout:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                stopped = True
                break
            time.sleep(0.05 if time.perf_counter() - started < 1 else SAMPLE_EVERY)
    wall = time.perf_counter() - started
    text = log.read_text("utf-8", "replace")
    if process.returncode != 0 and not stopped:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{text[-2000:]}")
    stages = {
        STAGE_WORDS[m.group(1)]: float(m.group(2))
        for m in re.finditer(r"^(\w+) .* in ([\d.]+)s$", text, re.M)
        if m.group(1) in STAGE_WORDS
    }
    written = re.search(r"^Wrote ([\d,]+) files?", text, re.M)
    return {
        "wall": wall,
        "peak": peak,
        "stages": stages,
        "ours": sum(stages.values()),
        "written": int(written.group(1).replace(",", "")) if written else 0,
        "stopped": stopped,
    }


def build_py(tmp: Path, *flags: str, jobs: int | None = None) -> list[str]:
    command = [sys.executable, str(ROOT / "build.py"), "--seeds", str(tmp / "seeds")]
    command += ["--docs", str(tmp / "docs"), "--cache", str(tmp / "cache"), *flags]
    return command + (["--jobs", str(jobs)] if jobs else [])


def plain_config(tmp: Path) -> Path:
    """The project's MkDocs configuration without the briefing plugin, over a
    folder of the hand-written pages and the generated ones."""
    pages = tmp / "plain-docs"
    shutil.copytree(ROOT / "docs", pages)
    shutil.copytree(tmp / "docs", pages, dirs_exist_ok=True)
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    text = re.sub(r"\n  - briefing:\n(?:      .*\n)+", "\n", text)
    text = (
        text.replace("docs_dir: docs", f"docs_dir: {pages}")
        .replace("site_dir: site", f"site_dir: {tmp / 'plain-site'}")
        .replace("custom_dir: theme", f"custom_dir: {ROOT / 'theme'}")
    )
    config = tmp / "plain.yml"
    config.write_text(text, "utf-8")
    return config


# --------------------------------------------------------------------- a size


def machine() -> str:
    cpu, memory = "unknown CPU", 0
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = int(line.split()[1]) * 1024
    except OSError:
        pass
    return (
        f"machine: {os.cpu_count()} cores, {cpu}, {memory / 1024**3:.1f} GB RAM, "
        f"Python {platform.python_version()} ({platform.system()} {platform.release()})"
    )


ROWS = {
    "a": "(a) cold, build.py",
    "p": "(p) plain mkdocs",
    "b": "(b) no change",
    "c": "(c) one edit",
    "d": "(d) one override",
}


def run_size(n: int, args: argparse.Namespace, made: list[Path]) -> dict[str, dict[str, Any]]:
    tmp = Path(tempfile.mkdtemp(prefix=f"briefing-scale-{n}-"))
    made.append(tmp)
    paths = generate(n, tmp / "seeds", args.seed)
    print(f"\n== {n:,} articles ({tmp}) ==", flush=True)
    logs = tmp / "logs"
    logs.mkdir()
    runs: dict[str, dict[str, Any]] = {}
    site = ["--site", str(tmp / "site")]
    runs["a"] = measure(build_py(tmp, *site, jobs=args.jobs), ROOT, logs / "a.log", args.timeout)
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(plain_config(tmp))]
    runs["p"] = measure(mkdocs, ROOT, logs / "p.log", args.timeout)
    runs["b"] = measure(build_py(tmp, "--no-site", jobs=args.jobs), ROOT, logs / "b.log", None)
    edited = paths[n // 2]
    with edited.open("a", encoding="utf-8") as handle:
        handle.write("\nThe regulator said it would publish its findings next spring.\n")
    time.sleep(2.1)  # a file modified in the last two seconds is always read again
    runs["c"] = measure(build_py(tmp, "--no-site", jobs=args.jobs), ROOT, logs / "c.log", None)
    article = next(p for p in (tmp / "docs" / "articles").glob("*.md") if p.name != "index.md")
    override = tmp / "overrides" / "articles" / article.name.replace(".md", ".yaml")
    override.parent.mkdir(parents=True)
    override.write_text("title: Edited\n", "utf-8")
    command = build_py(tmp, "--no-site", "--overrides", str(tmp / "overrides"), jobs=args.jobs)
    runs["d"] = measure(command, ROOT, logs / "d.log", None)
    print(f"{'':20}{'ours':>8}{'wall':>8}{'peak MB':>9}{'written':>9}  stages (s)")
    for key, label in ROWS.items():
        run = runs[key]
        stages = " ".join(f"{k} {v:.2f}" for k, v in run["stages"].items())
        wall = f"{'>' if run['stopped'] else ''}{run['wall']:.1f}"
        figures = f"{run['ours']:8.2f}{wall:>8}{run['peak'] / MB:9.0f}{run['written']:9,}"
        print(f"{label:20}{figures}  {stages}")
    return runs


def verdicts(results: dict[int, dict[str, dict[str, Any]]]) -> None:
    print("\nverdicts (issue 21)")

    def line(name: str, value: float | None, limit: float, unit: str) -> None:
        if value is None:
            print(f"n/a   {name}: not measured")
        else:
            verdict = "PASS" if value <= limit else "FAIL"
            print(f"{verdict}  {name}: {value:.2f}{unit} (target <= {limit:g}{unit})")

    small, large = results.get(1000), results.get(10000)
    line(
        "1,000 articles, cold build / plain mkdocs build (wall)",
        small["a"]["wall"] / small["p"]["wall"] if small else None,
        1.1,
        "x",
    )
    line("10,000 articles, cold build (wall)", large["a"]["wall"] if large else None, 180, " s")
    line("10,000 articles, peak memory", large["a"]["peak"] / MB if large else None, 1024, " MB")
    line("10,000 articles, one-edit rebuild (ours)", large["c"]["ours"] if large else None, 5, " s")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes; default 1000,10000")
    parser.add_argument("--jobs", type=int, help="extraction processes; default: all cores")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed; default 0")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders")
    parser.add_argument(
        "--timeout", type=float, default=900, help="stop a cold build after this many seconds"
    )
    args = parser.parse_args()
    print(machine())
    made: list[Path] = []
    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
        verdicts({n: run_size(n, args, made) for n in sizes})
    finally:
        for tmp in made:
            if args.keep:
                print(f"kept {tmp}")
            else:
                shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
