"""Tokens, and finding registry names in them (longest match wins)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..lexicon import words as lexicon_words
from ..models import Entity
from ..registry import Registry

# Words keep inner periods and ampersands ("U.S", "AT&T") and apostrophes
# except a possessive "'s", which becomes its own token.
TOKEN = re.compile(r"\w+(?:[.&]\w+)*(?:['’](?!s\b)\w+)*|['’]s\b|[^\w\s]")
_JOINERS = frozenset("-&/")
_OPENERS = frozenset({"“", '"', "‘", "'", "(", ":", "—", "–"})  # what may open a sentence


# Not frozen: a frozen dataclass's __init__ sets each field through
# object.__setattr__, which makes tokenizing (every sentence, every build) about
# half again as slow. Nothing changes a token once made.
@dataclass(slots=True)
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


@dataclass(slots=True)  # not frozen, as Token
class Hit:
    """A registry name found in a token list."""

    entity: str
    kind: str  # name | demonym | capital
    start: int  # token indices, end exclusive
    end: int


class Gazetteer:
    """Every name, alias, demonym and capital of a registry, indexed by first token,
    and the surnames of its people (built once per registry, not per article).

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
        # the first two words of the names of two words or more: a cheap test
        # that spares trying every length after "the", "Huawei", "China" ...
        self.exact_pairs: set[tuple[str, ...]] = set()
        self.lower_pairs: set[tuple[str, ...]] = set()
        self.owner: dict[tuple[str, ...], str] = {}
        self.ambiguous = {e.id: e.ambiguous for e in registry.entities.values()}
        self.surnames = _unique_surnames(registry)
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
        for table, sizes, pairs in (
            (self.exact, self.exact_sizes, self.exact_pairs),
            (self.lower, self.lower_sizes, self.lower_pairs),
        ):
            found: dict[str, set[int]] = {}
            for key in table:
                found.setdefault(key[0], set()).add(len(key))
            sizes.update({k: tuple(sorted(v, reverse=True)) for k, v in found.items()})
            pairs.update(key[:2] for key in table if len(key) > 1)

    def find(self, tokens: list[Token], lows: list[str] | None = None) -> list[Hit]:
        """Non-overlapping registry hits, scanning left to right (``lows``: the
        tokens' texts in lowercase, when the caller has them)."""
        index = [i for i, t in enumerate(tokens) if t.text != "."]
        texts = [tokens[i].text for i in index]
        lowered = [lows[i] for i in index] if lows is not None else [t.lower() for t in texts]
        hits: list[Hit] = []
        n = len(index)
        tables = (
            (texts, self.exact, self.exact_sizes, self.exact_pairs),
            (lowered, self.lower, self.lower_sizes, self.lower_pairs),
        )
        # only words some name starts with can start a hit (few words do)
        starts = [
            j
            for j, (text, low) in enumerate(zip(texts, lowered, strict=True))
            if text in self.exact_sizes or low in self.lower_sizes
        ]
        resume = 0  # where the scan goes on after a hit
        for j in starts:
            if j < resume:
                continue
            best: tuple[int, str, str] | None = None
            for words, table, sizes, pairs in tables:
                two = tuple(words[j : j + 2])
                for size in sizes.get(words[j], ()):
                    if best and size <= best[0]:
                        break
                    if size > 1 and two not in pairs:
                        continue  # no longer name starts with these two words
                    found = table.get(tuple(words[j : j + size])) if j + size <= n else None
                    if found:
                        best = (size, *found)
                        break
            if not best:
                continue
            size, entity, kind = best
            resume = j + size
            start, end = index[j], index[j + size - 1] + 1
            if (
                end < len(tokens)
                and tokens[end].text == "$"
                and tokens[end].start == tokens[end - 1].end
            ):
                continue  # a currency prefix: "US$3 million", "A$5bn"
            if end < len(tokens) and tokens[end].text == "." and _keeps_period(tokens, end):
                end += 1
            if (
                self.ambiguous.get(entity)
                and (start == 0 or tokens[start - 1].text in _OPENERS)
                and size == 1
                and tokens[start].text.lower() in self.common_words
            ):
                continue  # "Free", "Orange", "Spark" opening a sentence: a word
            hits.append(Hit(entity, kind, start, end))
        return hits


def _unique_surnames(registry: Registry) -> dict[str, str]:
    """Surnames of registry people that belong to one person only."""
    counts: Counter[str] = Counter()
    owner: dict[str, str] = {}
    for entity in registry.entities.values():
        if entity.type == "person":
            last = entity.name.split()[-1]
            counts[last] += 1
            owner[last] = entity.id
    return {k: owner[k] for k, n in counts.items() if n == 1}


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
