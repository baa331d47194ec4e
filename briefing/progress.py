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
SMALL = 50  # fewer items than this: done before a bar would help


def enabled(stream: TextIO | None = None) -> bool:
    stream = stream or sys.stderr
    return stream.isatty() and not os.environ.get("CI")


class Progress:
    """A progress line for ``total`` items (an estimate: passed, the count so
    far is the total), advanced by :meth:`advance`, wiped by :meth:`close`."""

    def __init__(
        self, total: int, label: str, stream: TextIO | None = None, show: bool | None = None
    ) -> None:
        self.stream = stream or sys.stderr
        self.shown = (enabled(self.stream) if show is None else show) and total >= SMALL
        self.total, self.label, self.done = total, label, 0
        self.started = self.last = time.perf_counter()

    def advance(self, count: int = 1) -> None:
        self.done += count
        if not self.shown:
            return
        now = time.perf_counter()
        self.total = max(self.total, self.done)
        if now - self.last >= 0.1 or self.done == self.total:
            self.last = now
            rate = self.done / max(now - self.started, 1e-9)
            left = (self.total - self.done) / rate if rate else 0.0
            self.stream.write(
                f"\r{self.label:12} {self.done:>7,}/{self.total:,}  {rate:8,.0f}/s  "
                f"ETA {left:5.1f}s "
            )
            self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.shown = False
            self.stream.write("\r" + " " * 72 + "\r")
            self.stream.flush()


def track(
    items: Iterable[T],
    total: int,
    label: str,
    stream: TextIO | None = None,
    show: bool | None = None,
) -> Iterator[T]:
    """Yield ``items``, drawing ``label  done/total  rate/s  ETA`` as they pass
    (``total`` may be an estimate: passed, it is the count so far)."""
    progress = Progress(total, label, stream, show)
    try:
        for item in items:
            yield item
            progress.advance()
    finally:
        progress.close()
