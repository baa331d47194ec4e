"""An extractive summary: the two or three sentences that say what happened."""

from __future__ import annotations

import re

from ..models import Article
from ..text import any_word, fold_case

_WEAK_START = re.compile(
    r"^(?:this|that|these|those|it|he|she|they|we|i|you|but|and|so|also|remember|"
    r"talking|ultimately|even)\b",
    re.I,
)
# r"\b(?:we|i|us|our|my|you)\b" ignoring case, in a text in fold_case
_FIRST_PERSON = any_word("we i us our my you".split())


def _score(index: int, text: str, actors: int, cues: int, figures: int, total: int) -> float:
    words = len(text.split())
    score = 0.0
    score += 4.0 / (1 + index) ** 0.5  # the lede says what happened
    score += 0.5 * min(actors, 4) + 0.8 * min(cues, 2) + 0.4 * min(figures, 2)
    if words < 8 or words > 55:
        score -= 3
    if _WEAK_START.match(text):
        score -= 2.5
    if _FIRST_PERSON.search(fold_case(text)):
        score -= 2
    if text.endswith("?") or text.startswith(("“", '"', "‘")):
        score -= 3
    if index >= total * 0.8:
        score -= 0.5
    return score


def summarize(
    article: Article,
    actors: dict[int, int],
    cues: dict[int, int],
    figures: dict[int, int],
    size: int = 3,
    max_words: int = 90,
) -> tuple[int, ...]:
    """Indexes (1-based) of the summary sentences, in article order."""
    sentences = article.sentences
    total = len(sentences)
    ranked = sorted(
        sentences,
        key=lambda s: (
            -_score(
                s.index - 1,
                s.text,
                actors.get(s.index, 0),
                cues.get(s.index, 0),
                figures.get(s.index, 0),
                total,
            ),
            s.index,
        ),
    )
    chosen: list[int] = []
    words = 0
    for sentence in ranked:
        length = len(sentence.text.split())
        if chosen and words + length > max_words:
            continue
        chosen.append(sentence.index)
        words += length
        if len(chosen) == (2 if total <= 4 else size):
            break
    return tuple(sorted(chosen))
