"""Progress of a long stage on a terminal: count, rate and time left.

Shown only when stderr is a terminal (and not under CI); otherwise silent, so
logs keep one summary line per stage. Updates at most ten times a second.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")


def enabled(stream: TextIO | None = None) -> bool:
    stream = stream or sys.stderr
    return stream.isatty() and not os.environ.get("CI")


def track(
    items: Iterable[T],
    total: int,
    label: str,
    stream: TextIO | None = None,
    show: bool | None = None,
) -> Iterator[T]:
    """Yield ``items``, drawing ``label  done/total  rate/s  ETA`` as they pass
    (``total`` may be an estimate: passed, it is the count so far)."""
    stream = stream or sys.stderr
    if not (enabled(stream) if show is None else show) or total < 50:
        yield from items
        return
    started = last = time.perf_counter()
    for done, item in enumerate(items, 1):
        yield item
        now = time.perf_counter()
        total = max(total, done)
        if now - last >= 0.1 or done == total:
            last = now
            rate = done / max(now - started, 1e-9)
            left = (total - done) / rate if rate else 0.0
            stream.write(f"\r{label:8} {done:>7,}/{total:,}  {rate:8,.0f}/s  ETA {left:5.1f}s ")
            stream.flush()
    stream.write("\r" + " " * 60 + "\r")
    stream.flush()
