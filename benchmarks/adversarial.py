#!/usr/bin/env python3
"""Worst cases for the build's time: generated articles at 1x, 2x and 4x size.

    python benchmarks/adversarial.py [--cases NAME,...] [--repeat N]
                                     [--scale F] [--profile NAME]

Each case is one article of a shape that has stalled builds, or could (issue
23): a table of figures pasted as one sentence, long lists of names (known
and unknown), deeply nested brackets, a megabyte of sentences on one line, a
list of thousands of lines, a word without spaces, a text without
punctuation. For each size the article alone is built with our stages
(``build_docs``: read, extract, merge, link, render, write; no cache, no
extraction budget, so nothing is cut short), best of ``--repeat``. "work" is
that time less the same build of a one-sentence article (the registry and
templates loaded, the fixed part), measured the same way.

It prints a row per case: its size at 1x, the work at 1x, 2x and 4x, the
growth ratio 4x/1x and PASS when that ratio is at most 5 (linear time, with
room for noise); then the whole build of a 1 MB figure table, which must take
seconds. ``--profile NAME`` runs that case at 4x under cProfile and prints the
functions that take the most time, to find where a case grows faster than
its input. Generated text is deterministic.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import platform
import pstats
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.publish.files import build_docs  # noqa: E402
from briefing.registry import load_registry  # noqa: E402
from briefing.settings import Settings  # noqa: E402

KB = 1024
TARGET = 5.0  # 4x the input in at most 5x the time


def _fill(size: int, unit: Callable[[int], str], joiner: str) -> str:
    """Units ``unit(0)``, ``unit(1)``... joined until ``size`` characters."""
    parts, total, n = [], 0, 0
    while total < size:
        part = unit(n)
        parts.append(part)
        total += len(part) + len(joiner)
        n += 1
    return joiner.join(parts)


def figure_table(size: int) -> str:
    table = _fill(size, lambda n: f"${n}.5 billion and {n}% and {n} million", " and ")
    return f"Budget figures\n\nThe budget lists {table}.\n"


def _names() -> list[str]:
    registry = load_registry()
    return sorted(e.name for e in registry.entities.values() if e.type != "region")


def known_names(size: int) -> str:
    names = _names()
    listed = _fill(size, lambda n: names[n % len(names)], ", ")
    return f"A long guest list\n\nOfficials from {listed} and Huawei met in Brussels.\n"


def unknown_names(size: int) -> str:
    rng = random.Random(0)
    syllables = "ka lo mi ra su ten vo bel dor gan his jul".split()

    def name(n: int) -> str:
        first = "".join(rng.choice(syllables) for _ in range(2)).title()
        last = "".join(rng.choice(syllables) for _ in range(3)).title()
        return f"{first} {last}"

    listed = _fill(size, name, ", ")
    return f"Signatories\n\nThe letter was signed by {listed} and Mike Pompeo.\n"


def deep_brackets(size: int) -> str:
    depth = size // 2
    opening = "([{“‘" * (depth // 5)
    closing = "’”}])" * (depth // 5)
    return f"Brackets\n\nSweden {opening}banned Huawei{closing} from its networks.\n"


def unbalanced_brackets(size: int) -> str:
    text = _fill(size, lambda n: "(Sweden [banned “Huawei", " ")
    return f"Open brackets\n\n{text} from its networks.\n"


def _sentences() -> list[str]:
    from briefing.ingest import read_folder

    articles, _ = read_folder(ROOT / "seeds")
    return [s.text for a in articles for s in a.sentences]


def one_line(size: int) -> str:
    sentences = _sentences()
    return "One line\n\n" + _fill(size, lambda n: sentences[n % len(sentences)], " ") + "\n"


def huge_list(size: int) -> str:
    names = _names()

    def item(n: int) -> str:
        return f"- Item {n}: {names[n % len(names)]} supplied equipment to operator {n}."

    return "A list\n\n" + _fill(size, item, "\n") + "\n"


def endless_word(size: int) -> str:
    rng = random.Random(0)
    word = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123456789+/") for _ in range(size))
    return f"A blob\n\nSweden banned Huawei after {word} was found.\n"


def no_punctuation(size: int) -> str:
    words = "sweden banned huawei while japan said it would cooperate with india".split()
    return "No stops\n\n" + _fill(size, lambda n: words[n % len(words)], " ") + "\n"


CASES: dict[str, tuple[Callable[[int], str], int]] = {
    # name: (generator, size at 1x in characters): large enough that the work
    # at 1x is well above the fixed part's noise, small enough that 4x stays
    # under the 5 MB a file may have (the brackets are 3-byte characters)
    "figure table": (figure_table, 256 * KB),
    "known names": (known_names, 64 * KB),
    "unknown names": (unknown_names, 1024 * KB),
    "deep brackets": (deep_brackets, 512 * KB),
    "open brackets": (unbalanced_brackets, 512 * KB),
    "one-line text": (one_line, 512 * KB),
    "huge list": (huge_list, 128 * KB),
    "endless word": (endless_word, 1024 * KB),
    "no punctuation": (no_punctuation, 1024 * KB),
}


def build_once(text: str) -> float:
    """CPU seconds to build ``text`` as the only article (our stages, no
    cache; one article is extracted in this process): unlike wall time, not
    inflated by other work on the machine."""
    with tempfile.TemporaryDirectory(prefix="briefing-adversarial-") as name:
        tmp = Path(name)
        (tmp / "seeds").mkdir()
        (tmp / "seeds" / "case.txt").write_text(text, "utf-8")
        settings = Settings(
            seeds=tmp / "seeds",
            docs=tmp / "docs",
            templates=ROOT / "templates",
            overrides=tmp / "overrides",
            registry=tmp / "registry",
            cache=None,
            extraction_budget=None,
        )
        gc.collect()
        started = time.process_time()
        result, _ = build_docs(settings)
        elapsed = time.process_time() - started
        if result.problems:
            raise SystemExit(f"the case did not build cleanly: {result.problems}")
        return elapsed


def best(text: str, repeat: int) -> float:
    return min(build_once(text) for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated case names")
    parser.add_argument("--repeat", type=int, default=3, help="builds per size (the best counts)")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every 1x size")
    parser.add_argument("--profile", metavar="NAME", help="profile one case at 4x and stop")
    args = parser.parse_args()

    if args.profile:
        make, size = CASES[args.profile]
        text = make(int(4 * size * args.scale))
        profile = cProfile.Profile()
        profile.runcall(build_once, text)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
        return

    print(
        f"machine: {platform.processor() or platform.machine()}, Python "
        f"{platform.python_version()} ({platform.system()} {platform.release()})"
    )
    build_once("Warm-up\n\nSweden banned Huawei.\n")  # lexicons and lemmas loaded once
    fixed = best("A quiet day\n\nSweden banned Huawei from its networks.\n", args.repeat)
    print(f"fixed part (a one-sentence article): {fixed:.2f} s; best of {args.repeat} each\n")
    header = f"{'case':<16} {'1x size':>8} {'1x s':>7} {'2x s':>7} {'4x s':>7} {'4x/1x':>6}"
    print(header + "  verdict")
    failed = []
    for name in args.cases.split(","):
        make, size = CASES[name]
        size = int(size * args.scale)
        work = [max(best(make(size * k), args.repeat) - fixed, 1e-3) for k in (1, 2, 4)]
        ratio = work[2] / work[0]
        verdict = "PASS" if ratio <= TARGET else "FAIL"
        if verdict == "FAIL":
            failed.append(name)
        print(
            f"{name:<16} {size // KB:>5} KB {work[0]:>7.2f} {work[1]:>7.2f} {work[2]:>7.2f}"
            f" {ratio:>6.2f}  {verdict}",
            flush=True,
        )
    megabyte = figure_table(1024 * KB)
    whole = best(megabyte, 1)
    verdict = "PASS" if whole <= 30 else "FAIL"
    print(f"\na 1 MB figure table, the whole build (our stages): {whole:.1f} s  {verdict}")
    if failed or verdict == "FAIL":
        print(f"over the target: {', '.join(failed) or 'the 1 MB figure table'}")
        raise SystemExit(1)


if __name__ == "__main__":
    main()
