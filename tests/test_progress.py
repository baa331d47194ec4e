"""Progress is drawn on a terminal and stays out of logs."""

from __future__ import annotations

import io

from briefing.progress import Progress, track


def test_progress_is_drawn_when_shown():
    stream = io.StringIO()
    assert list(track(range(200), 200, "extract", stream=stream, show=True)) == list(range(200))
    text = stream.getvalue()
    assert "extract" in text and "200/200" in text and "ETA" in text


def test_progress_is_silent_in_logs():
    stream = io.StringIO()  # not a terminal
    assert list(track(range(200), 200, "extract", stream=stream)) == list(range(200))
    assert stream.getvalue() == ""


def test_progress_of_pages_written_one_by_one():
    """What the MkDocs and search stages draw: advanced as pages are written."""
    stream = io.StringIO()
    progress = Progress(120, "Writing pages", stream=stream, show=True)
    for _ in range(120):
        progress.advance()
    assert "Writing pages" in stream.getvalue() and "120/120" in stream.getvalue()
    progress.close()
    assert stream.getvalue().endswith("\r")  # the line wiped: the next log line starts clean
    small = io.StringIO()
    few = Progress(10, "Indexing", stream=small, show=True)  # too few to be worth a bar
    few.advance(10)
    few.close()
    assert small.getvalue() == ""
