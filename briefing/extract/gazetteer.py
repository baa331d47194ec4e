"""Tokens, and finding registry names in them (longest match wins)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Entity
from ..registry import Registry

# Words keep inner periods and ampersands ("U.S", "AT&T") and apostrophes
# except a possessive "'s", which becomes its own token.
TOKEN = re.compile(r"\w+(?:[.&]\w+)*(?:['’](?!s\b)\w+)*|['’]s\b|[^\w\s]")
_JOINERS = frozenset("-&/")
_OPENERS = frozenset({"“", '"', "‘", "'", "(", ":", "—", "–"})  # punctuation that is part of names ("Indo-Pacific")


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
        self.exact: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        self.lower: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        self.owner: dict[tuple[str, ...], str] = {}
        self.ambiguous = {e.id: e.ambiguous for e in registry.entities.values()}
        for entity in registry.entities.values():
            for text, kind in _names(entity):
                key = key_of(text)
                if not key:
                    continue
                if self.owner.setdefault(key, entity.id) != entity.id:
                    continue  # first entity (registry order) keeps a shared name
                self.exact.setdefault(key[0], []).append((key, entity.id, kind))
                if _lowercase_ok(entity, text):
                    low = tuple(k.lower() for k in key)
                    self.lower.setdefault(low[0], []).append((low, entity.id, kind))
        for table in (self.exact, self.lower):
            for entries in table.values():
                entries.sort(key=lambda e: (-len(e[0]), e[1]))

    def find(self, tokens: list[Token]) -> list[Hit]:
        """Non-overlapping registry hits, scanning left to right."""
        words = [(i, t.text) for i, t in enumerate(tokens) if t.text != "."]
        hits: list[Hit] = []
        n = len(words)
        j = 0
        while j < n:
            best: tuple[int, str, str] | None = None
            first = words[j][1]
            for table, fold in ((self.exact, False), (self.lower, True)):
                for key, entity, kind in table.get(first.lower() if fold else first, ()):
                    size = len(key)
                    if best and size <= best[0]:
                        break
                    if j + size > n:
                        continue
                    if all(
                        (words[j + k][1].lower() if fold else words[j + k][1]) == key[k]
                        for k in range(1, size)
                    ):
                        best = (size, entity, kind)
                        break
            if best:
                size, entity, kind = best
                start, end = words[j][0], words[j + size - 1][0] + 1
                if end < len(tokens) and tokens[end].text == "$" and \
                        tokens[end].start == tokens[end - 1].end:
                    j += size  # a currency prefix: "US$3 million", "A$5bn"
                    continue
                if end < len(tokens) and tokens[end].text == "." and _keeps_period(tokens, end):
                    end += 1
                if self.ambiguous.get(entity) and (start == 0 or tokens[start - 1].text in
                                                   _OPENERS) and size == 1:
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
    out += [(n.replace("&", ""), "name") for n, _ in list(out) if "&" in n.strip("&")
            and len(n.replace("&", "")) >= 3 and " " not in n]
    out += [(d, "demonym") for d in entity.demonyms]
    out += [(c, "capital") for c in entity.capitals]
    return out


def _lowercase_ok(entity: Entity, text: str) -> bool:
    if entity.ambiguous or entity.type not in ("country", "region", "organization"):
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and not all(c.isupper() for c in letters)
