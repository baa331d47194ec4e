#!/usr/bin/env python3
"""Extraction throughput on one core: articles per second and words per second.

    python benchmarks/throughput.py [--seeds DIR] [--repeat N]

Loads the articles once, then runs the real extractor over them ``--repeat``
times in this process (one core, no cache) and prints the best round, so
start-up and file reading don't count. The target (issue 3) is at least
120,000 words/s, 20x spaCy's small English pipeline measured on this machine.
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

from briefing.extract import Extractor
from briefing.ingest import read_folder
from briefing.registry import load_registry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    articles, _ = read_folder(args.seeds)
    words = sum(a.words for a in articles)
    started = time.perf_counter()
    extractor = Extractor(load_registry())
    setup = time.perf_counter() - started
    best = float("inf")
    for _ in range(args.repeat):
        started = time.perf_counter()
        for article in articles:
            extractor(article)
        best = min(best, time.perf_counter() - started)
    print(
        f"machine: {platform.processor() or platform.machine()}, Python "
        f"{platform.python_version()}, one core"
    )
    print(f"corpus: {len(articles)} articles, {words:,} words ({args.seeds})")
    print(f"registry and lexicons loaded in {setup * 1000:.0f} ms (once per process)")
    print(f"extraction: {best * 1000:.1f} ms per pass (best of {args.repeat})")
    print(f"throughput: {len(articles) / best:,.0f} articles/s, {words / best:,.0f} words/s")


if __name__ == "__main__":
    main()
