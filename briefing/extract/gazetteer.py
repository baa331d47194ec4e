"""Tokens, and finding registry names in them (longest match wins)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import words as lexicon_words
from ..models import Entity
from ..registry import Registry

# Words keep inner periods and ampersands ("U.S", "AT&T") and apostrophes
# except a possessive "'s", which becomes its own token.
TOKEN = re.compile(r"\w+(?:[.&]\w+)*(?:['’](?!s\b)\w+)*|['’]s\b|[^\w\s]")
_JOINERS = frozenset("-&/")
_OPENERS = frozenset({"“", '"', "‘", "'", "(", ":", "—", "–"})  # what may open a sentence


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int  # character offsets in the sentence
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def key_of(text: str) -> tuple[str, ...]:
    """The matching key of a name: its tokens without periods."""
    return tuple(t.text for t in tokenize(text) if t.text != ".")


@dataclass(frozen=True, slots=True)
class Hit:
    """A registry name found in a token list."""

    entity: str
    kind: str  # name | demonym | capital
    start: int  # token indices, end exclusive
    end: int


class Gazetteer:
    """Every name, alias, demonym and capital of a registry, indexed by first token.

    Names match case-sensitively; countries, regions and organizations also
    match in lowercase ("china", "quad") unless marked ``ambiguous`` or written
    as an acronym.
    """

    def __init__(self, registry: Registry) -> None:
        self.exact: dict[tuple[str, ...], tuple[str, str]] = {}
        self.lower: dict[tuple[str, ...], tuple[str, str]] = {}
        # first word -> the lengths (in words) of names starting with it, longest first
        self.exact_sizes: dict[str, tuple[int, ...]] = {}
        self.lower_sizes: dict[str, tuple[int, ...]] = {}
        self.owner: dict[tuple[str, ...], str] = {}
        self.ambiguous = {e.id: e.ambiguous for e in registry.entities.values()}
        self.common_words = lexicon_words("actors", "common_words")
        for entity in registry.entities.values():
            for text, kind in _names(entity):
                key = key_of(text)
                if not key:
                    continue
                if self.owner.setdefault(key, entity.id) != entity.id:
                    continue  # first entity (registry order) keeps a shared name
                self.exact.setdefault(key, (entity.id, kind))
                if _lowercase_ok(entity, text):
                    self.lower.setdefault(tuple(k.lower() for k in key), (entity.id, kind))
        for table, sizes in ((self.exact, self.exact_sizes), (self.lower, self.lower_sizes)):
            found: dict[str, set[int]] = {}
            for key in table:
                found.setdefault(key[0], set()).add(len(key))
            sizes.update({k: tuple(sorted(v, reverse=True)) for k, v in found.items()})

    def find(self, tokens: list[Token]) -> list[Hit]:
        """Non-overlapping registry hits, scanning left to right."""
        index = [i for i, t in enumerate(tokens) if t.text != "."]
        texts = [tokens[i].text for i in index]
        lowered = [t.lower() for t in texts]
        hits: list[Hit] = []
        n = len(index)
        j = 0
        while j < n:
            best: tuple[int, str, str] | None = None
            for words, table, sizes in (
                (texts, self.exact, self.exact_sizes),
                (lowered, self.lower, self.lower_sizes),
            ):
                for size in sizes.get(words[j], ()):
                    if best and size <= best[0]:
                        break
                    found = table.get(tuple(words[j : j + size])) if j + size <= n else None
                    if found:
                        best = (size, *found)
                        break
            if best:
                size, entity, kind = best
                start, end = index[j], index[j + size - 1] + 1
                if (
                    end < len(tokens)
                    and tokens[end].text == "$"
                    and tokens[end].start == tokens[end - 1].end
                ):
                    j += size  # a currency prefix: "US$3 million", "A$5bn"
                    continue
                if end < len(tokens) and tokens[end].text == "." and _keeps_period(tokens, end):
                    end += 1
                if (
                    self.ambiguous.get(entity)
                    and (start == 0 or tokens[start - 1].text in _OPENERS)
                    and size == 1
                    and tokens[start].text.lower() in self.common_words
                ):
                    j += size  # "Free", "Orange", "Spark" opening a sentence: a word
                    continue
                hits.append(Hit(entity, kind, start, end))
                j += size
            else:
                j += 1
        return hits


def _keeps_period(tokens: list[Token], index: int) -> bool:
    """Whether a period right after a name belongs to it ("U.S.", "Corp.")."""
    before = tokens[index - 1].text
    return "." in before or before in {"Co", "Corp", "Inc", "Ltd", "Jr", "Sr"}


def _names(entity: Entity) -> list[tuple[str, str]]:
    out = [(entity.name, "name")]
    out += [(a, "name") for a in entity.aliases]
    # scraped text often loses the ampersand: "AT&T" written "ATT"
    out += [
        (n.replace("&", ""), "name")
        for n, _ in list(out)
        if "&" in n.strip("&") and len(n.replace("&", "")) >= 3 and " " not in n
    ]
    out += [(d, "demonym") for d in entity.demonyms]
    out += [(c, "capital") for c in entity.capitals]
    return out


def _lowercase_ok(entity: Entity, text: str) -> bool:
    if entity.ambiguous or entity.type not in ("country", "region", "organization"):
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and not all(c.isupper() for c in letters)
