"""Progress is drawn on a terminal and stays out of logs."""

from __future__ import annotations

import io

from briefing.progress import track


def test_progress_is_drawn_when_shown():
    stream = io.StringIO()
    assert list(track(range(200), 200, "extract", stream=stream, show=True)) == list(range(200))
    text = stream.getvalue()
    assert "extract" in text and "200/200" in text and "ETA" in text


def test_progress_is_silent_in_logs():
    stream = io.StringIO()  # not a terminal
    assert list(track(range(200), 200, "extract", stream=stream)) == list(range(200))
    assert stream.getvalue() == ""
