"""YAML front matter of a Markdown or text article: a block between ``---``
lines at the top of the file, its keys declared once (:data:`FRONT_MATTER`)
and validated like an override (line and column, unknown keys named).

A broken block is reported and left out; the article is still read from
its text, so a typo never loses an article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..overrides.schema import Field, Schema, Validator

FRONT_MATTER = Schema(
    "front matter",
    "What the file says of its article; it wins over what the text suggests.",
    (
        Field("title", "str", "The headline (else the first line of the text)."),
        Field("date", "date", "Publication date, YYYY-MM-DD."),
        Field("publisher", "str", "Who published the article."),
        Field("url", "url", "Address of the original article."),
        Field("author", "str", "Who wrote it."),
        Field("tags", "list", "Subjects of the article.", items=Field("tag", "str", "A tag.")),
    ),
)

_OPENING = re.compile(r"---[ \t]*\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
Note = tuple[int, int, str, str]  # line, column (0: none), message, "error" or "warning"


@dataclass(frozen=True)
class FrontMatter:
    """The valid keys of a file's front matter, the text after it, and what was wrong."""

    data: dict[str, Any]
    body: str
    problems: tuple[Note, ...] = ()


def split_front_matter(text: str) -> FrontMatter | None:
    """The front matter at the top of ``text``, or None if it has none."""
    opening = _OPENING.match(text)
    if opening is None:
        return None
    closing = _CLOSING.search(text, opening.end())
    if closing is None:
        message = (
            "front matter: the block opened by '---' on line 1 is never closed; "
            "end it with a line '---' (the article was read without it)"
        )
        return FrontMatter({}, text[opening.end() :], ((1, 0, message, "error"),))
    block = text[opening.end() : closing.start()]
    body = text[closing.end() :]
    validator = Validator("")
    node = validator.compose(block)
    data: dict[str, Any] = {}
    if node is not None:
        data = validator.mapping(node, FRONT_MATTER, "") or {}
    whole = node is None  # the block could not be read at all
    notes = []
    for problem in validator.problems:
        unknown = "unknown key" in problem.message
        if unknown:
            fix = "ignored"
        elif whole:
            fix = "the front matter was left out; the article was read from its text"
        else:
            fix = "this key was left out"
        notes.append(
            (
                (problem.line or 0) + 1,  # the block starts on the file's second line
                problem.column or 0,
                f"front matter: {problem.message} ({fix})",
                "warning" if unknown else "error",
            )
        )
    return FrontMatter(data, body, tuple(notes))
