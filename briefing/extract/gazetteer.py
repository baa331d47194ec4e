"""Tokens, and finding registry names in them (longest match wins).

A sentence's tokens are kept as parallel lists, not an object per token: their
texts (``words``) and where each starts in the sentence (``starts``; a token
ends ``len(word)`` later). Making an object per word cost more than any pass
over them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lemminflect import getAllLemmas

from ..models import Entity
from ..registry import Registry
from .acts import verb_lemma

# Words keep inner periods and ampersands ("U.S", "AT&T") and apostrophes
# except a possessive "'s", which becomes its own token; a dash typed as "--"
# is one token, any other character its own. (An acute accent stands for the
# apostrophe in some scraped text, "China´s foreign ministry", and so does a
# left quotation mark, "Turkey‘s Competition Authority".)
# (Possessive: a token is its longest run, and nothing after it could make the
# engine give part of one back; telling it so makes tokenizing a tenth faster.)
TOKEN = re.compile(
    r"\w++(?:[.&]\w++|(?<=\d),\d{3}(?!\d))*+(?:['’´‘](?![sS]\b)\w++)*+|['’´‘][sS]\b|--|[^\w\s]"
)
POSSESSIVES = frozenset({"'s", "’s", "´s", "‘s"})  # the tokens of a possessive "'s"
_JOINERS = frozenset("-&/")
HYPHENS = frozenset({"-", "‑", "‐"})
_DAY_WORDS = frozenset({"yesterday", "today", "tonight", "tomorrow", "also", "now", "again"})
_OPENERS = frozenset({"“", '"', "‘", "'", "(", ":", "—", "–"})  # what may open a sentence


def plain_letters(text: str) -> str:
    """``text`` without the accents of its letters ("Khürelsükh" -> "Khurelsukh",
    "Erdoğan" -> "Erdogan"), as English news often writes names."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


_DEPT = re.compile(r"\bDepartment\b")


def _with_plain_letters(names: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each name, then its plain-letter spelling where that differs (the
    spelling as written wins a key both give), its "Dept" short form, then its
    spellings with a typeset apostrophe."""
    names = list(names)
    names += [(plain, kind) for text, kind in names if (plain := plain_letters(text)) != text]
    # "Justice Dept.", "Commerce Dept." for "... Department": the usual short form
    names += [(_DEPT.sub("Dept", text), kind) for text, kind in names if _DEPT.search(text)]
    # "China's Commerce Ministry" as typeset: "China’s Commerce Ministry", or "China´s"
    return names + [
        (text.replace("'", mark), kind) for text, kind in names if "'" in text for mark in "’´‘"
    ]


def in_capitals(word: str) -> bool:
    """Whether ``word`` is set in capitals, no acronym ("DONALD", "BANS"; not "UK")."""
    return len(word) > 3 and word.isupper() and word.isalpha()


def tokenize(text: str) -> list[str]:
    """The texts of the tokens of ``text``."""
    return TOKEN.findall(text)


def token_starts(text: str, words: list[str]) -> list[int]:
    """Where each of the tokens ``words`` of ``text`` starts.

    Only whitespace lies between two tokens (every other character is in one),
    and a token starts with a character that is not: the first place a token's
    text is found after the previous one ends is where it starts. Faster than
    asking each match for its span."""
    starts = []
    position = 0
    find = text.find
    for word in words:
        position = find(word, position)
        starts.append(position)
        position += len(word)
    return starts


def key_of(text: str) -> tuple[str, ...]:
    """The matching key of a name: its tokens without periods."""
    return tuple(w for w in tokenize(text) if w != ".")


# Not frozen: a frozen dataclass's __init__ sets each field through
# object.__setattr__, which is slower. Nothing changes a hit once made.
@dataclass(slots=True)
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

    def __init__(
        self,
        registry: Registry,
        common_words: frozenset[str] = frozenset(),
        verbs_after_name: frozenset[str] = frozenset(),
        days: frozenset[str] = frozenset(),
        given_names: frozenset[str] = frozenset(),
        place_parts: frozenset[str] = frozenset(),
    ) -> None:
        """``common_words``: registry names that are also words, not taken for
        names opening a sentence unless one of ``verbs_after_name`` follows
        (past "on" and one of ``days``: "Turkey on Monday summoned");
        ``given_names``: first names beyond the registry people's;
        ``place_parts``: words naming part of a place ("central"), which open a
        demonym only as written ("the central African country" is no Central
        African's)."""
        self.days = days
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
        self.outlets = frozenset(e.id for e in registry.entities.values() if e.type == "outlet")
        self.people = frozenset(e.id for e in registry.entities.values() if e.type == "person")
        self.countries = frozenset(e.id for e in registry.entities.values() if e.type == "country")
        self.surnames = _unique_surnames(registry)
        # the given names registry people bear ("Laurent", "Brian"): a name run
        # opening with one is a person's, title or not ("sentenced Laurent Vinatier")
        given_names = given_names | frozenset(plain_letters(n) for n in given_names)
        self.first_names = given_names | frozenset(
            e.name.split()[0]
            for e in registry.entities.values()
            if e.type == "person" and len(e.name.split()) > 1 and e.name.split()[0].isalpha()
        )
        self.common_words = common_words
        self.verbs_after_name = verbs_after_name
        for entity in registry.entities.values():
            names = _names(entity) + _possessive_names(entity, registry)
            for text, kind in _with_plain_letters(names):
                key = key_of(text)
                if not key:
                    continue
                if self.owner.setdefault(key, entity.id) != entity.id:
                    continue  # first entity (registry order) keeps a shared name
                self.exact.setdefault(key, (entity.id, kind))
                if _lowercase_ok(entity, text) and not (
                    kind == "demonym" and len(key) > 1 and key[0].lower() in place_parts
                ):
                    self.lower.setdefault(tuple(k.lower() for k in key), (entity.id, kind))
        # names of several words written as one ("ChinaTelecom" for China Telecom),
        # where no other entity's name closes up the same
        joined: dict[str, set[str]] = {}
        for key, (entity_id, _) in self.exact.items():
            if len(key) > 1 and all(w.isalpha() and w[:1].isupper() for w in key):
                joined.setdefault("".join(key).lower(), set()).add(entity_id)
        self.joined = {k: ids.pop() for k, ids in joined.items() if len(ids) == 1}
        for table, sizes, pairs in (
            (self.exact, self.exact_sizes, self.exact_pairs),
            (self.lower, self.lower_sizes, self.lower_pairs),
        ):
            found: dict[str, set[int]] = {}
            for key in table:
                found.setdefault(key[0], set()).add(len(key))
            sizes.update({k: tuple(sorted(v, reverse=True)) for k, v in found.items()})
            pairs.update(key[:2] for key in table if len(key) > 1)
        # what a word can start a name as, in lowercase: one test a token
        self.first_lows = frozenset(k.lower() for k in self.exact_sizes) | frozenset(
            self.lower_sizes
        )
        # the registry's spelling of each word of its names, by the word in
        # lowercase, where only one spelling is known: "StarLink" and "Tiktok"
        # are Starlink and TikTok written with their capitals elsewhere
        spelled: dict[str, set[str]] = {}
        for key in self.exact:
            for word in key:
                if len(word) >= 4 and word.isalpha() and not word.isupper():
                    spelled.setdefault(word.lower(), set()).add(word)
        self.spellings = {low: words.pop() for low, words in spelled.items() if len(words) == 1}

    def is_given_name(self, word: str) -> bool:
        """Whether ``word`` is a known given name, its accents aside ("Sofía")."""
        return word in self.first_names or plain_letters(word) in self.first_names

    def respelled(self, word: str) -> str:
        """``word`` as the registry spells it, where the two differ only in a
        capital inside the word ("StarLink", "Tiktok"; not "CARs", "Apple")."""
        if not word[:1].isupper() or word.isupper():
            return word
        right = self.spellings.get(word.lower())
        if right is None or right == word or _camel(right) == _camel(word):
            return word
        return word if re.search("[A-Z]{2}", word) else right

    def _past_day(self, lows: list[str], k: int) -> int:
        """Where a sentence goes on after "on Monday", "on April 14" or
        "yesterday" at ``k`` (or ``k``)."""
        if lows[k] in _DAY_WORDS and k + 1 < len(lows):
            return k + 1  # "Turkey yesterday accused Greece"
        if lows[k] == "on" and k + 2 < len(lows) and lows[k + 1] in self.days:
            j = k + 2
            while j < len(lows) - 1 and (lows[j].isdigit() or lows[j] == ","):
                j += 1  # "on April 14", "on Monday, May 5,"
            return j
        return k

    def _verb_after(self, lows: list[str], k: int, country: bool = False) -> bool:
        """Whether the word at ``k`` makes the name before it a subject or an
        owner: a verb of ``verbs_after_name``, a past tense ("Turkey blocked",
        "Niger gave") or a possessive ("Niger's military regime"); after a
        ``country``, a present tense too ("Turkey bans": "Orange phones" is
        a plural)."""
        low = lows[k]
        return (
            low in self.verbs_after_name
            or low in POSSESSIVES
            or ((country or not low.endswith("s")) and verb_lemma(low) not in (None, low))
        )

    def _country_next(self, words: list[str], k: int) -> bool:
        """Whether "and" and a country's name follow at ``k``: "Georgia and
        China have signed", a country named with another."""
        if k + 1 >= len(words) or words[k] != "and":
            return False
        found = self.exact.get(tuple(words[k + 1 : k + 2])) or self.exact.get(
            tuple(words[k + 1 : k + 3])
        )
        return found is not None and found[0] in self.countries

    def _hyphen_country(self, words: list[str], start: int, end: int) -> bool:
        """Whether a hyphen joins the name at ``start:end`` to a country's name
        or demonym: "the Turkey-Libya memorandum", "Libya-Turkey"."""
        after = end + 1 < len(words) and words[end] in HYPHENS and words[end + 1]
        before = start >= 2 and words[start - 1] in HYPHENS and words[start - 2]
        return any(
            (found := self.exact.get((word,))) is not None and found[0] in self.countries
            for word in (after, before)
            if word
        )

    def find(
        self,
        words: list[str],
        lows: list[str],
        starts: list[int],
        known: Container[str] = frozenset(),
    ) -> list[Hit]:
        """Non-overlapping registry hits in a sentence's tokens, scanning left to
        right (``lows``: the tokens' texts in lowercase; ``starts``: their offsets;
        ``known``: entities the article named before, whose ambiguous names are
        names again: "Orange, France's biggest telecoms company")."""
        # names match without their periods: the tokens but those, and where each is
        index: Sequence[int]
        if "." not in words:
            index, texts, lowered = range(len(words)), words, lows
        elif words[-1] == "." and words.count(".") == 1:  # the usual: one, ending the sentence
            index, texts, lowered = range(len(words) - 1), words[:-1], lows[:-1]
        else:
            index = [i for i, w in enumerate(words) if w != "."]
            texts = [words[i] for i in index]
            lowered = [lows[i] for i in index]
        if not all(w.isascii() for w in texts):  # "Bùi Thanh Sơn" is the registry's "Bui Thanh Son"
            texts = [w if w.isascii() else plain_letters(w) for w in texts]
            lowered = [w if w.isascii() else plain_letters(w) for w in lowered]
        hits: list[Hit] = []
        n = len(index)
        tables: tuple[tuple[Sequence[str], Any, Any, Any], ...] = (
            (texts, self.exact, self.exact_sizes, self.exact_pairs),
            (lowered, self.lower, self.lower_sizes, self.lower_pairs),
        )
        if any(in_capitals(w) for w in texts):
            # "DONALD TRUMP HAS warned": a lead set in capitals, its names as written
            titled = [w.title() if len(w) > 1 and w.isupper() and w.isalpha() else w for w in texts]
            tables += ((titled, self.exact, self.exact_sizes, self.exact_pairs),)
        respelled = [self.respelled(w) for w in texts]
        if respelled != texts:
            tables += ((respelled, self.exact, self.exact_sizes, self.exact_pairs),)
        # only words some name starts with can start a hit (few words do)
        first_lows = self.first_lows
        firsts = [j for j, low in enumerate(lowered) if low in first_lows]
        resume = 0  # where the scan goes on after a hit
        for j in firsts:
            if j < resume:
                continue
            best: tuple[int, str, str] | None = None
            for keys, table, sizes_of, pairs in tables:
                sizes = sizes_of.get(keys[j])
                if not sizes:
                    continue
                if tuple(keys[j : j + 2]) not in pairs:
                    # no name of two words or more starts with these two
                    sizes = (1,) if sizes[-1] == 1 else ()
                for size in sizes:
                    if best and size <= best[0]:
                        break
                    found = table.get(tuple(keys[j : j + size])) if j + size <= n else None
                    if found:
                        best = (size, *found)
                        break
            if not best:
                continue
            size, entity, kind = best
            start, end = index[j], index[j + size - 1] + 1
            if (
                size > 1
                and entity in self.outlets
                and self.ambiguous.get(entity)
                and end < len(words)
                and words[end].isalpha()
                and not self._verb_after(lows, end)
            ):
                # "The Australian government", "The Australian Federal Court": a
                # demonym's noun phrase, not the paper
                continue
            resume = j + size
            if (
                end < len(words)
                and words[end] == "$"
                and starts[end] == starts[end - 1] + len(words[end - 1])
            ):
                continue  # a currency prefix: "US$3 million", "A$5bn"
            if end < len(words) and words[end] == "." and _keeps_period(words, end):
                end += 1
            # a country opening a title-case headline: "Chad Telecom Regulator Condemns"
            headline_country = start == 0 and entity in self.countries and title_case(words)
            if (
                self.ambiguous.get(entity)
                and entity not in known
                and (start == 0 or words[start - 1] in _OPENERS)
                and size == 1
                and lows[start] in self.common_words
                and not headline_country
                and not (
                    end < len(words)
                    and self._verb_after(lows, self._past_day(lows, end), entity in self.countries)
                )
                and not (entity in self.countries and self._country_next(words, end))
            ):
                continue  # "Free", "Orange", "Spark" opening a sentence: a word
            if (
                self.ambiguous.get(entity)
                and size == 1
                and lows[start] in self.common_words
                and start >= 2
                and words[start - 1] in POSSESSIVES
                and words[start - 2][:1].isupper()
            ):
                continue  # "Google's Play store": another's product, not the Polish carrier
            if (
                self.ambiguous.get(entity)
                and size == 1
                and kind != "demonym"  # ("Russia Bans Turkish Food Imports": Turkey's)
                and not headline_country
                and _inside_name(words, starts, start, end)
                and not self._hyphen_country(words, start, end)  # ("the Turkey-Libya deal")
            ):
                continue  # "Model X", "Generation X", "X-ray": part of another name
            if (
                size == 1
                and entity in self.people
                and end < len(words)
                and unknown_name(words[end])
                and not words[end].isupper()
            ):
                continue  # "Ambassador Petro Vrublevsky": another's first name, not Gustavo Petro
            hits.append(Hit(entity, kind, start, end))
        return hits


def title_case(words: list[str]) -> bool:
    """Whether most words of a sentence are capitalized (a headline's style)."""
    alpha = [w for w in words if w[:1].isalpha()]
    return len(alpha) > 2 and sum(w[:1].isupper() for w in alpha) * 4 >= len(alpha) * 3


def _camel(word: str) -> bool:
    """Whether a capital stands inside the word ("TikTok")."""
    return any(c.isupper() for c in word[1:])


@lru_cache(maxsize=1 << 16)
def unknown_name(word: str) -> bool:
    """A capitalized word no English dictionary knows ("Temu", "Sophgo"), or
    a brand opening with a number ("1XBet", "3Com"; not "5G" or "4GHz")."""
    if word[:1].isdigit() and word.isalnum():
        brand = word.lstrip("0123456789")
        return brand[:1].isupper() and brand.isalpha() and sum(c.islower() for c in brand) >= 2
    if not word[:1].isupper() or not word.isalpha() or len(word) < 3:
        return False
    return not getAllLemmas(word.lower())


def _inside_name(words: list[str], starts: list[int], start: int, end: int) -> bool:
    """Whether the one word at ``start`` sits in a longer capitalized name or
    is joined by a hyphen to its neighbour."""
    before = words[start - 1] if start else ""
    after = words[end] if end < len(words) else ""
    if start >= 2 and before[:1].isupper() and before.isalpha() and words[start - 2] not in ".!?":
        return True
    model = end + 2 < len(words) and words[end + 1] in HYPHENS and words[end + 2][:1].isdigit()
    if after[:1].isupper() and after.isalpha() and not model:  # (not "Turkish F-16 jets")
        return True
    joined = after in HYPHENS and starts[end] == starts[end - 1] + len(words[end - 1])
    return joined or (before in HYPHENS and starts[start] == starts[start - 1] + len(before))


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


def _keeps_period(words: list[str], index: int) -> bool:
    """Whether a period right after a name belongs to it ("U.S.", "Corp.")."""
    before = words[index - 1]
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
    if entity.type == "organization":
        # "the Competition Authorities" for the Competition Authority
        out += [(_plural(n), "name") for n, _ in list(out) if " " in n and n[-1:].isalpha()]
    out += [(d, "demonym") for d in entity.demonyms]
    out += [(c, "capital") for c in entity.capitals]
    return out


def _possessive_names(entity: Entity, registry: Registry) -> list[tuple[str, str]]:
    """A country's body named with its demonym, or "of" the country, named with
    the country's possessive too: "Russian space agency", "Russia's space
    agency"; "Communications Authority of Kenya", "Kenya's Communications
    Authority". Not a one-word rest: "China's military" is read as China acting
    (an agent head)."""
    home = registry.entities.get(entity.country or "")
    if entity.type != "organization" or home is None or home.type != "country":
        return []
    # the country's name, and its short aliases ("Türkiye"; not "Republic of Türkiye")
    homes = [home.name, *(a for a in home.aliases if len(a.split()) <= 2 and " of " not in a)]
    names = (entity.name, *entity.aliases)
    return (
        [
            (f"{place}'s {text[len(demonym) + 1 :]}", "name")
            for text in names
            for demonym in home.demonyms
            if text.startswith(demonym + " ") and " " in text[len(demonym) + 1 :]
            for place in homes
        ]
        + [  # "Communications Authority of Kenya": "Kenya's Communications Authority"
            (f"{place}'s {text[: -len(place) - 4]}", "name")
            for text in names
            for place in homes
            if text.endswith(f" of {place}") and " " in text[: -len(place) - 4]
        ]
    )


def _plural(name: str) -> str:
    """A name with its last word made plural ("Competition Authorities")."""
    if name.endswith("y") and name[-2:-1] not in "aeiou":
        return name[:-1] + "ies"
    return name if name.endswith("s") else name + "s"


def _lowercase_ok(entity: Entity, text: str) -> bool:
    if entity.ambiguous or entity.type not in ("country", "region", "organization"):
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and not all(c.isupper() for c in letters)
