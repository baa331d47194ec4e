"""Finding the actors of an article: registry names, new people and
organizations recognised by their shape, and references resolved in context.

The result is a list of :class:`Mention` per sentence, each tied to an entity
id and given a *role* the stance finder relies on:

``actor``     can act or be acted upon
``agent``     a demonym standing for a government ("the Japanese government")
``object``    a demonym describing things ("Chinese equipment")
``modifier``  qualifies another actor ("Japan's NEC", "UK Foreign Secretary")
``locative``  a setting ("a meeting in Washington")
``region``    a region or place that is never an actor
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import compress
from typing import Any, TypeVar

from lemminflect import getAllLemmas

from ..lexicon import lexicon
from ..models import Actor, Article, Entity
from ..registry import NEVER_ACTORS, Registry
from ..text import slugify
from .acts import lexicon_words, noun_lemma, verb_lemma
from .gazetteer import (
    HYPHENS,
    POSSESSIVES,
    Gazetteer,
    in_capitals,
    key_of,
    token_starts,
    tokenize,
)
from .gazetteer import title_case as _title_case
from .gazetteer import unknown_name as _unknown_name

# Endings of adjectives a dictionary may lack ("Congressional", "Vietnamese")
ADJECTIVE_ENDINGS = ("al", "ic", "ian", "ese", "ish", "ive", "ous")

OPENING_QUOTES = frozenset("“\"‘'")
CLOSING_QUOTES = frozenset("”\"’'")

_THE = re.compile(r"^[Tt]he\s+")
# a name written after its owner's possessive: "China’s Commerce Ministry"
_OWNER = re.compile(r"^[A-Z][\w.&' -]*?['’]s ([A-Z].*)$")

# How many of the latest mentions a reference ("the company", "both firms")
# looks back over: far more than a long article holds (a 1,500-word one has
# a few hundred), and a bound, so that a text of any length resolves its
# references in time linear in its length.
LOOKBACK = 2000
# The role of a mention of an entity that is never an actor by its name alone:
# a place is a setting; a news outlet is a source, yet a party where an act
# falls on it ("suspended the BBC"), kept as one for the stance readers.
ROLE_OF_TYPE = {"region": "region", "outlet": "outlet"}
# how many sentences on a body described before its name may be named
LATER_SENTENCES = 4


@dataclass(slots=True)
class Mention:
    entity: str
    kind: str  # name | demonym | capital | person | org | surname | ref
    sentence: int  # position in the article's sentence list (0-based)
    start: int  # token indices, end exclusive
    end: int
    text: str
    role: str = "actor"


def _without_scare_quotes(words: list[str]) -> list[str]:
    """The tokens without the quotation marks around a single word ('is still
    “considering” buying', 'has “banned” X', 'the networks “VKontakte” and
    “Odnoklassniki,”'): the word is read as if unquoted (a quoted phrase keeps
    its marks)."""
    if not any(w in '“‘"' for w in words):
        return words
    out: list[str] = []
    k = 0
    while k < len(words):
        word = words[k]
        if word in '“‘"' and k + 2 < len(words) and words[k + 1][:1].isalpha():
            close = {"“": "”", "‘": "’", '"': '"'}[word]
            comma = words[k + 2] == "," and k + 3 < len(words)  # "Odnoklassniki,"
            if words[k + 2 + comma] == close and words[k + 1].replace(".", "").isalnum():
                out += words[k + 1 : k + 2 + comma]
                k += 3 + comma
                continue
        out.append(word)
        k += 1
    return out


@dataclass
class SentenceView:
    """A sentence's tokens and the mentions found in them. The tokens are
    parallel lists (see the gazetteer module): their texts, the same in
    lowercase, and where each starts in the sentence."""

    text: str
    words: list[str]
    starts: list[int]
    mentions: list[Mention] = field(default_factory=list)
    lows: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lows = [w.lower() for w in self.words]

    @classmethod
    def of(cls, text: str) -> SentenceView:
        words = _without_scare_quotes(tokenize(text))
        return cls(text, words, token_starts(text, words))

    def span_text(self, start: int, end: int) -> str:
        last = end - 1
        return self.text[self.starts[start] : self.starts[last] + len(self.words[last])]

    def lower(self, index: int) -> str:
        return self.lows[index] if 0 <= index < len(self.lows) else ""

    def covered(self) -> set[int]:
        return {i for m in self.mentions for i in range(m.start, m.end)}

    def quoted(self, index: int) -> bool:
        """Whether the word at ``index`` stood alone in quotation marks."""
        start = self.starts[index]
        end = start + len(self.words[index])
        return (
            self.text[start - 1 : start] in OPENING_QUOTES
            and self.text[end : end + 1] in CLOSING_QUOTES
        )


@dataclass
class ArticleActors:
    views: list[SentenceView]
    entities: dict[str, Entity]  # every entity mentioned (registry or discovered)
    actors: list[Actor]
    # named only in passing (an example, a setting, a nationality): an actor
    # still, with the forms it was seen in, where a stance names it
    passing: dict[str, Actor] = field(default_factory=dict)


class ActorWords:
    """The actor lexicon (``data/lexicon/actors.yaml``), compiled once and
    passed to :func:`find_actors`."""

    def __init__(self, data: dict[str, Any]) -> None:
        def words(key: str) -> frozenset[str]:
            return lexicon_words(data, key, "actors.yaml")

        self.titles = _phrases(data.get("person_titles") or [])
        self.title_words = frozenset(
            w for keys in self.titles.values() for key in keys for w in key if w.isalpha()
        )
        # the last words of titles of two words or more ("officer" of "chief
        # executive officer"): a title the list lacks ends with one
        self.title_ends = frozenset(
            key[-1] for keys in self.titles.values() for key in keys if len(key) > 1
        )
        # the words a title ends with, of one word or more ("minister", "ceo")
        self.title_heads = frozenset(key[-1] for keys in self.titles.values() for key in keys)
        self.speech = words("speech_verbs")
        self.given_names = frozenset(str(w) for w in data.get("given_names") or [])
        self.building_nouns = words("building_nouns")
        self.medium_words = words("medium_words")
        self.medium_between = words("medium_between")
        self.medium_modifiers = words("medium_modifiers")
        self.platforms = words("platforms")
        self.on_target_nouns = words("on_target_nouns")
        self.not_names = words("not_names")
        suffixes = data.get("org_suffixes") or {}
        self.company_suffixes = frozenset(str(w).lower() for w in suffixes.get("company") or [])
        self.org_suffixes = frozenset(str(w).lower() for w in suffixes.get("organization") or [])
        self.connectors = words("name_connectors")
        self.agent_nouns = words("agent_nouns")
        self.object_nouns = words("object_nouns")
        refs = data.get("reference_nouns") or {}
        self.ref_company = _phrases(refs.get("company") or [])
        self.ref_country = frozenset(str(w).lower() for w in refs.get("country") or [])
        self.ref_government = frozenset(str(w).lower() for w in refs.get("government") or [])
        self.ref_organization = frozenset(str(w).lower() for w in refs.get("organization") or [])
        self.ref_nouns = self.ref_country | self.ref_government | self.ref_organization
        self.ranking_words = words("ranking_words")
        self.opponent_nouns = words("opponent_nouns")
        self.region_members = _region_members(data.get("region_members") or {})
        self.locative = words("locative_prepositions")
        self.company_nouns = words("company_nouns")
        self.company_kinds = words("company_kinds")
        self.company_prefixes = frozenset(str(w) for w in data.get("company_prefixes") or [])
        self.place_company_prefixes = frozenset(
            str(w) for w in data.get("place_company_prefixes") or []
        )
        self.company_acts = words("company_acts")
        self.licence_nouns = words("licence_nouns")
        self.deal_verbs = lexicon_words(lexicon("acts"), "deal_making_verbs")
        self.contract_nouns = words("contract_nouns")
        self.appositive_stops = words("appositive_stops")
        self.origin_participles = words("origin_participles")
        self.counterparty_links = {
            str(link).lower(): frozenset(str(w).lower() for w in acts or [])
            for link, acts in (data.get("counterparty_links") or {}).items()
        }
        self.common_words = words("common_words")
        self.verbs_after_name = words("verbs_after_name")
        self.name_particles = words("name_particles")
        self.name_suffixes = words("name_suffixes")
        self.subject_verbs = words("subject_verbs")
        self.pair_verbs = words("pair_verbs")
        self.pair_words = words("pair_words")
        self.company_heads = words("company_heads")
        self.reference_starts = words("reference_starts")
        self.group_nouns = words("group_nouns")
        self.count_words = {
            str(k).lower(): int(v) for k, v in (data.get("count_words") or {}).items()
        }
        self.plural_types = {
            str(k).lower(): str(v) for k, v in (data.get("plural_types") or {}).items()
        }
        self.verbish = words("verbish")
        self.phrase_stops = words("phrase_stops")
        self.leaning_prefixes = words("leaning_prefixes")
        # function words the finder's rules read by (see actors.yaml)
        self.post_prepositions = words("post_prepositions")
        self.currency_nouns = words("currency_nouns")
        self.connecting_verbs = words("connecting_verbs")
        self.list_words = words("list_words")
        self.law_heads = words("law_heads")
        self.subdivision_nouns = words("subdivision_nouns")
        self.portfolio_links = words("portfolio_links")
        self.treaty_heads = words("treaty_heads")
        self.unit_nouns = words("unit_nouns")
        self.unit_words = words("unit_words")
        self.people_plurals = words("people_plurals")
        self.example_nouns = words("example_nouns")
        self.example_phrases = tuple(
            tuple(str(p).lower().split()) for p in data.get("example_phrases") or []
        )
        self.suffix_links = words("suffix_links")
        self.relation_nouns = words("relation_nouns")
        self.posts = words("posts")
        self.public_bank_words = words("public_bank_words")
        self.modifier_joiners = words("modifier_joiners")
        self.title_followers = words("title_followers")
        self.past_post_words = words("past_post_words")
        self.kind_openers = words("kind_openers")
        self.name_joiners = words("name_joiners")
        self.list_joiners = words("list_joiners")
        self.outside_prepositions = words("outside_prepositions")
        self.not_object_nouns = words("not_object_nouns")
        self.count_openers = words("count_openers")
        self.definite_starts = words("definite_starts")
        self.subject_pronouns = words("subject_pronouns")
        self.person_possessives = words("person_possessives")
        self.reference_stops = words("reference_stops")
        self.government_modifiers = words("government_modifiers")
        self.place_parts = words("place_parts")
        self.envoys = words("envoys")
        self.national_body_heads = words("national_body_heads")
        self.credit_words = words("credit_words")
        self.source_verbs = words("source_verbs")
        self.credit_phrases = [" ".join(tokenize(str(p).lower())) for p in data["credit_phrases"]]
        self.place_nouns = words("place_nouns")
        self.pair_countries = words("pair_countries")
        self.pair_people = words("pair_people")
        self.demonstratives = words("demonstratives")
        self.goods_prepositions = words("goods_prepositions")
        self.region_body_nouns = words("region_body_nouns")
        self.surname_leaders = {
            str(k): str(v) for k, v in (data.get("surname_leaders") or {}).items()
        }
        self.region_acts = words("region_acts")
        self.territorial = words("territorial_bodies")
        self.law_nouns = words("law_nouns")
        self.acting_regions = {
            str(k): str(v) for k, v in (data.get("acting_regions") or {}).items()
        }
        self.determiners = words("determiners")
        self.group_designators = words("group_designators")
        self.named_group_heads = words("named_group_heads")
        self.staff_nouns = words("staff_nouns")
        self.parent_of_nouns = words("parent_of_nouns")
        self.naming_links = _phrases(data.get("naming_links") or [])
        self.location_participles = words("location_participles")
        self.language_words = words("language_words")
        self.day_names = words("day_names")
        self.adjective_heads = words("adjective_heads")
        self.platform_nouns = words("platform_nouns")
        self.named_body_kinds = words("named_body_kinds")
        self.possessives = tuple(str(w) for w in data.get("possessives") or [])
        # the words find_organizations looks at (lowercase, without a final period)
        self.suffixes = self.company_suffixes | self.org_suffixes
        self.organization_words = self.company_heads | self.suffixes
        self._name_words: dict[str, bool] = {}

    def is_name_word(self, text: str) -> bool:
        """Whether a token can be part of a person's name (remembered: a word
        recurs in many sentences and articles)."""
        known = self._name_words.get(text)
        if known is None:
            known = self._name_words[text] = _is_name_word(text, self)
        return known


def _region_members(data: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Each region's countries, a member region standing for its own."""

    def members(region: str, seen: frozenset[str]) -> frozenset[str]:
        out: set[str] = set()
        for member in data.get(region) or []:
            if member in data and member not in seen:
                out |= members(member, seen | {member})
            elif member not in data:
                out.add(member)
        return frozenset(out)

    return {region: members(region, frozenset({region})) for region in data}


def _phrases(items: list[object]) -> dict[str, list[tuple[str, ...]]]:
    """Multi-word phrases indexed by first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for item in items:
        key = tuple(w.lower() for w in tokenize(str(item)))
        if key:
            out.setdefault(key[0], []).append(key)
    for keys in out.values():
        keys.sort(key=len, reverse=True)
    return out


def _opens_clause(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` opens a sentence or a clause after a colon or
    semicolon (a headline's bare "govt")."""
    return i == 0 or words[i - 1] in (";", ":")


def _past_bracket(lows: list[str], k: int) -> int:
    """Past a short bracket opening at ``k`` (a description: "(a betting
    platform)"), or ``k``."""
    if k < len(lows) and lows[k] == "(":
        for j in range(k + 1, min(len(lows), k + 10)):
            if lows[j] == ")":
                return j + 1 if j + 1 < len(lows) else k
            if lows[j] == "(":
                break
    return k


def _capitalized_run(words: list[str], start: int, covered: set[int], most: int) -> int:
    """End (exclusive) of the run of at most ``most`` capitalized words from
    ``start`` that no name covers ("Chengdu Haiguang Integrated Circuit")."""
    end = start
    while (
        end < len(words)
        and end - start < most
        and end not in covered
        and (
            (words[end][:1].isupper() and words[end].isalpha())
            # "1XBet" (not "5G"): a brand opening with a digit
            or (words[end][:1].isdigit() and _unknown_name(words[end]))
        )
    ):
        end += 1
    return end


def _abstract_noun(low: str) -> bool:
    """A word no name is: an abstract noun by its ending ("telecommunication",
    "development", "security")."""
    return len(low) > 6 and low.endswith(
        ("tion", "ment", "ity", "ness", "ship", "ogy", "ism", "ics")
    )


def _phrase_words(view: SentenceView, start: int, end: int) -> int:
    """The words from ``start`` to ``end``, a hyphened compound one word
    ("satellite-based internet provider": three)."""
    return sum(
        1
        for k in range(start, end)
        if view.words[k] not in HYPHENS and view.lower(k - 1) not in HYPHENS
    )


def _match_phrase(view: SentenceView, index: int, table: dict[str, list[tuple[str, ...]]]) -> int:
    """Length in tokens of the longest phrase of ``table`` starting at ``index``."""
    if not 0 <= index < len(view.lows):
        return 0
    keys = table.get(view.lows[index])
    if not keys:
        return 0
    for key in keys:
        if tuple(view.lows[index : index + len(key)]) == key:
            return len(key)
    return 0


def _is_name_word(text: str, lex: ActorWords) -> bool:
    if not text[0].isupper() or not text[0].isalpha():
        return False
    low = text.lower()
    if low in lex.not_names or low in lex.org_suffixes or low.rstrip(".") in lex.company_suffixes:
        return False
    letters = text.replace(".", "")
    # Acronyms ("ANSSI", "FCC") are organizations, not parts of a person's name,
    # but initials ("R", "S.J") are.
    return not (len(letters) > 1 and letters.isupper() and "." not in text)


def _name_run(view: SentenceView, start: int, covered: set[int], lex: ActorWords) -> int:
    """End (exclusive) of the person-name run starting at ``start``, or ``start``."""
    words = view.words
    i = start
    words_seen = 0
    while i < len(words):
        word = words[i]
        if i in covered:
            break
        if lex.is_name_word(word):
            words_seen += 1
            i += 1
            # the period of an initial: "Michael R. Pompeo", "S.J. Shankar"
            if i < len(words) and words[i] == "." and len(word.replace(".", "")) <= 2:
                i += 1
            # a hyphened name: "Jean-Pierre Raffarin", "Mohammad-Hossein Bagheri"
            if (
                i + 1 < len(words)
                and words[i] in HYPHENS
                and lex.is_name_word(words[i + 1])
                and view.starts[i] == view.starts[i - 1] + len(words[i - 1])
                and view.starts[i + 1] == view.starts[i] + len(words[i])
            ):
                i += 1
            # a given name's hyphened lowercase syllable: "Moon Jae-in", "Huang Chung-yen",
            # "Oh Chung-seong" (not a participle: "Donald Trump-led")
            elif (
                words_seen >= 2
                and i + 1 < len(words)
                and words[i] in HYPHENS
                and words[i + 1].isalpha()
                and words[i + 1].islower()
                and (
                    len(words[i + 1]) <= 4
                    or (len(words[i + 1]) == 5 and not words[i + 1].endswith("ed"))
                )
                and view.starts[i] == view.starts[i - 1] + len(words[i - 1])
                and view.starts[i + 1] == view.starts[i] + len(words[i])
            ):
                i += 2
            continue
        if (
            view.lows[i] in lex.name_particles
            and words_seen
            and i + 1 < len(words)
            and lex.is_name_word(words[i + 1])
        ):
            i += 1
            continue
        if words_seen and len(word) == 1 and word.isupper() and view.lower(i + 1) == ".":
            i += 2  # a middle initial that is also a word: "Katheryn A. Wilson"
            continue
        break
    # a period that ends the run is the sentence's ("Li Na."), not an initial's or
    # a suffix's ("Ferdinand R. Marcos Jr.")
    while (
        i > start
        and words[i - 1] == "."
        and not (len(words[i - 2]) == 1 and words[i - 2].isupper())
        and view.lows[i - 2] not in lex.name_suffixes
    ):
        i -= 1
    return i if words_seen else start


K = TypeVar("K", bound=Hashable)


# marks that open a list's item ("● Giorgi Gabitashvili – Prosecutor General")
BULLETS = frozenset("●•▪◦*·")
# a hacking group's designator: capital letters, then a number
DESIGNATOR = re.compile(r"[A-Z]{2,4}\d{1,5}")


def _sole_owners(pairs: Iterable[tuple[K, str]]) -> dict[K, str]:
    """Each key that one entity alone has, with that entity."""
    owners: dict[K, set[str]] = {}
    for key, entity_id in pairs:
        owners.setdefault(key, set()).add(entity_id)
    return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}


def _bracketed_place(words: list[str], k: int) -> bool:
    """Whether a one-word name in brackets at ``k``, then a capitalized word,
    sits inside a company's name ("Heavy Industries (Taicang) Co Ltd")."""
    return (
        k + 3 < len(words)
        and words[k] == "("
        and words[k + 2] == ")"
        and words[k + 1][:1].isupper()
        and words[k + 1].isalpha()
        and words[k + 3][:1].isupper()
        and words[k + 3][:1].isalpha()
    )


def _listed_in_name(view: SentenceView, end: int, covered: set[int]) -> int:
    """Where a name's own list of subjects ends, from ``end``: "Ministry of
    Culture, Information, Sport, and Youth Policy" lists on with commas to its
    "and"; a comma that no "and" closes this way ends the name at ``end``."""
    words, k = view.words, end
    while k + 1 < len(words) and words[k] == "," and words[k + 1][:1].isupper():
        k += 1
        while k < len(words) and words[k][:1].isupper() and k not in covered:
            k += 1
    if k > end and words[k : k + 1] == [","]:
        k += 1  # the serial comma
    if k > end and view.lower(k) == "and" and k + 1 < len(words) and words[k + 1][:1].isupper():
        k += 1
        while k < len(words) and words[k][:1].isupper() and k not in covered:
            k += 1
        return k
    return end


def _is_initial(text: str) -> bool:
    return len(text.replace(".", "")) <= 2 and text[:1].isupper()


def _middle_initial(names: list[str]) -> bool:
    """Whether a name has a middle initial ("Katheryn A. Wilson"): a person's."""
    return len(names) >= 3 and any(len(w) == 1 and w.isupper() and w.isalpha() for w in names[1:-1])


def _person_name(view: SentenceView, start: int, end: int) -> str:
    return re.sub(r"\s+", " ", view.span_text(start, end)).strip()


def _name_words(view: SentenceView, start: int, end: int) -> list[str]:
    """The words of a name, a hyphened one as one word ("Chen Wei-jen": two)."""
    out: list[str] = []
    for k in range(start, end):
        word = view.words[k]
        if word == ".":
            continue
        if (
            out
            and k > start
            and view.starts[k] == view.starts[k - 1] + len(view.words[k - 1])
            and (word in HYPHENS or view.words[k - 1] in HYPHENS)
        ):
            out[-1] += word  # closed up to the word before it
        else:
            out.append(word)
    return out


class _Finder:
    def __init__(
        self, article: Article, registry: Registry, gazetteer: Gazetteer, words: ActorWords
    ) -> None:
        self.article = article
        self.registry = registry
        self.gazetteer = gazetteer
        self.lex = words
        # view 0 is the headline, view k the body's sentence k: a headline says
        # who did what as plainly as any sentence
        self.views = [SentenceView.of(article.title)]
        self.views += [SentenceView.of(s.text) for s in article.sentences]
        self.local: dict[str, Entity] = {}  # entities discovered in this article
        self.titles: dict[str, str] = {}  # person id -> title seen
        self.affiliations: dict[str, str] = {}  # person id -> entity id
        self.surnames: dict[str, str] = {}  # surname -> person id (this article)
        self.described: dict[str, list[tuple[int, int, str]]] = {}  # see descriptions()
        self.units: dict[str, str] = {}  # parent company -> its unit the article is about
        self.joined: dict[str, str] = {}  # a discovered name of words, closed up -> its id
        self.ngrams: set[tuple[str, ...]] | None = None  # the article's runs of 2-6 words
        self.abbreviations: dict[str, str] = {}  # "DPC" -> entity id (this article)
        # short forms the article defines as no body: "App Tracking Transparency (ATT)"
        self.defined_things: set[str] = set()
        self.placed: dict[int, bool] = {}  # id(mention) -> in a run of places (placed_run)

    # -- entities --------------------------------------------------------
    def entity(self, entity_id: str) -> Entity | None:
        return self.local.get(entity_id) or self.registry.get(entity_id)

    def type_of(self, entity_id: str) -> str:
        entity = self.entity(entity_id)
        return entity.type if entity else ""

    def registry_surnames(self) -> dict[str, str]:
        """Surnames of registry people that belong to one person only."""
        return self.gazetteer.surnames

    def new_entity(self, name: str, kind: str, **extra: Any) -> str:
        """Register an entity discovered in this article; returns its id."""
        key = self.gazetteer.owner.get(key_of(name))
        if key:
            return key
        if " " not in name:
            # "ChinaTelecom": China Telecom's name written as one word
            joined = self.gazetteer.joined.get(name.lower()) or self.joined.get(name.lower())
            if joined is not None and self.type_of(joined) == kind:
                return joined
        entity_id = slugify(name) or "actor"
        existing = self.entity(entity_id)
        if existing and existing.type != kind:
            entity_id = f"{entity_id}-{kind}"
        if entity_id not in self.local and entity_id not in self.registry:
            if " " in name:
                self.joined.setdefault(name.replace(" ", "").lower(), entity_id)
            self.local[entity_id] = Entity(
                id=entity_id,
                name=name,
                type=kind,
                aliases=(name,),
                **{k: v for k, v in extra.items() if v},
            )
        return entity_id

    # -- passes ------------------------------------------------------------
    def run(self) -> ArticleActors:
        known: set[str] = set()
        for number, view in enumerate(self.views):
            ends = {m.end for m in view.mentions}
            for hit in self.gazetteer.find(view.words, view.lows, view.starts, known):
                entity = self.registry.entities[hit.entity]
                start = hit.start
                text = view.span_text(start, hit.end)
                if (
                    entity.type == "region"
                    and not text.isascii()
                    and text not in (entity.name, *entity.aliases)
                    and start > 0
                    and view.words[start - 1].istitle()
                    and view.words[start - 1].isalpha()
                    and start - 1 not in ends
                ):
                    continue  # "Sofía Cartes Montaña": a surname, not Montana unaccented
                known.add(hit.entity)
                if (
                    entity.type == "person"
                    and start > 0
                    and view.words[start - 1] in self.gazetteer.first_names
                    and view.lower(start - 1) not in self.lex.title_words  # ("Sheikh")
                    and start not in ends
                ):
                    if hit.end - start == 1 and not _given_name_of(view.words[start - 1], entity):
                        continue  # "Lukashenko's son Viktor Lukashenko": another of that name
                    start -= 1  # "Mohamed Irfaan Ali": a first name the registry's lacks
                if (
                    entity.country is not None
                    and view.lower(hit.end - 1) in self.lex.adjective_heads
                    and hit.end - start > 1
                    and view.words[hit.end : hit.end + 1] != []
                    and view.words[hit.end].isalpha()
                    and view.words[hit.end].islower()
                    and verb_lemma(view.lower(hit.end)) is None
                    and view.lower(hit.end) not in self.lex.verbish
                    and view.lower(hit.end) not in self.lex.agent_nouns  # "military junta"
                    and view.lower(hit.end) not in self.lex.phrase_stops  # "military of"
                    # a noun, or a word no dictionary knows ("attaché"): not "has", "during"
                    and (
                        noun_lemma(view.lower(hit.end)) is not None
                        or (not getAllLemmas(view.lower(hit.end)) and len(view.words[hit.end]) > 6)
                    )
                ):
                    # "the Russian military attaché", "Russian military intelligence": a
                    # modifier of what follows, whose country is the demonym's
                    view.mentions.append(
                        Mention(
                            entity.country,
                            "demonym",
                            number,
                            start,
                            hit.end - 1,
                            view.span_text(start, hit.end - 1),
                        )
                    )
                    continue
                end = hit.end
                if entity.type == "company":
                    end = self.kind_after_name(view, end)
                view.mentions.append(
                    Mention(
                        hit.entity,
                        hit.kind,
                        number,
                        start,
                        end,
                        view.span_text(start, end),
                        ROLE_OF_TYPE.get(entity.type, "actor"),
                    )
                )
                ends.add(end)
        for number, view in enumerate(self.views):
            self.longer_ministries(number, view)
            self.foreign_bodies(number, view)
        self.homeless_bodies()
        for number, view in enumerate(self.views):
            self.find_units(number, view)
            self.find_organizations(number, view)
            self.find_introduced_companies(number, view)
            self.find_designated_groups(number, view)
            self.find_named_bodies(number, view)
            self.find_ministries(number, view)
            self.find_titled_people(number, view)
            self.find_speakers(number, view)
        self.name_units()
        self.note_registry_surnames()
        self.find_abbreviations()
        self.mention_discovered()
        for number, view in enumerate(self.views):
            self.find_unlisted_companies(number, view)
            self.find_listed_companies(number, view)
            self.find_counterparties(number, view)
        self.mention_discovered()
        self.national_ministries()
        for number, view in enumerate(self.views):
            self.find_surnames(number, view)
            view.mentions.sort(key=lambda m: m.start)
        for view in self.views:
            self.administrations(view)
            self.assign_roles(view)
        self.resolve_references()
        entities = self.all_entities()
        passing: dict[str, Actor] = {}
        return ArticleActors(self.views, entities, self.actor_list(entities, passing), passing)

    def kind_after_name(self, view: SentenceView, end: int) -> int:
        """The end of a company's name with the kind of company it is, in
        lowercase, right after it ("Boeing corporation", "Starlink satellite
        company"): the name and its kind are one party; else ``end``."""
        for size in (1, 2):
            kind = view.lower(end + size - 1)
            if kind not in self.lex.company_kinds or view.words[end + size - 1] != kind:
                continue
            between = view.words[end : end + size - 1]
            if all(w.isalpha() and w.islower() and noun_lemma(w) is not None for w in between):
                return end + size
        return end

    def longer_name(self, name: str) -> str | None:
        """The one body of the article whose name ends with ``name`` ("the
        Competition Authority" after "the Turkish Competition Authority")."""
        tail = " " + name.lower()
        return self._named_once(lambda text: text.endswith(tail), ())

    def fuller_name(self, name: str) -> str | None:
        """The one company or body of the article whose name starts with
        ``name`` ("Clearview" after "Clearview AI")."""
        head = name.lower() + " "
        return self._named_once(lambda text: text.startswith(head), ("company", "organization"))

    def listing_name(self, name: str) -> str | None:
        """The one body discovered before whose name lists on from ``name``
        ("the Ministry of Culture" after "the Ministry of Culture, Information,
        Sport, and Youth Policy")."""
        head = name.lower() + ","
        found = [e.id for e in self.local.values() if e.name.lower().startswith(head)]
        return found[0] if len(found) == 1 else None

    def _named_once(self, fits: Callable[[str], bool], kinds: tuple[str, ...]) -> str | None:
        """The one entity a name of the article fits (of ``kinds``, if any), or None."""
        found = {
            m.entity
            for view in self.views
            for m in view.mentions
            if m.kind == "name"
            and fits(m.text.lower())
            and (not kinds or self.type_of(m.entity) in kinds)
        }
        return found.pop() if len(found) == 1 else None

    def international(self, entity_id: str) -> bool:
        """A registry body of no one country (NATO, the WTO, the EU): a country
        named before it is not its owner."""
        entity = self.registry.get(entity_id)
        return entity is not None and entity.type == "organization" and not entity.country

    def administrations(self, view: SentenceView) -> None:
        """A person named before "administration" or "government" ("the Trump
        administration's argument") is that person's country."""
        for index, m in enumerate(view.mentions):
            end = m.end + (view.lower(m.end) in self.lex.possessives)  # "Trump's administration"
            if view.lower(end) not in self.lex.ref_government or self.type_of(m.entity) != "person":
                continue
            country = self.registry.country_of(m.entity)
            if country:
                text = view.span_text(m.start, end + 1)
                view.mentions[index] = Mention(country, "name", m.sentence, m.start, end + 1, text)

    def find_units(self, number: int, view: SentenceView) -> None:
        """A company's named unit, an actor of its own: its country ("Google
        Turkey", "Orange Belgium") or a word no dictionary knows ("Telia
        Sverige") right after its name."""
        by_start = {m.start: m for m in view.mentions}
        for m in list(view.mentions):
            if m.kind != "name" or self.type_of(m.entity) != "company" or m.end >= len(view.words):
                continue
            word, after = view.words[m.end], by_start.get(m.end)
            named = self.gazetteer.exact.get((word,))
            if after is not None:
                # (or its capital: "Starlink Lilongwe")
                if after.kind not in ("name", "capital") or self.type_of(after.entity) != "country":
                    continue
                end, country = after.end, after.entity
            elif named is not None and self.type_of(named[0]) == "country":
                end, country = m.end + 1, named[0]  # "Google Turkey": an ambiguous name
            elif (after := self.unit_place(view, m.end, by_start)) is not None:
                end, country = after.end, after.entity  # "Huawei Tech Investment Tashkent"
            elif (
                _unknown_name(word)
                and not word.isupper()
                and view.lows[m.end] not in self.lex.not_names
                and view.lows[m.end] not in self.lex.suffixes
                and view.lows[m.end] not in self.lex.title_words
                and view.lows[m.end] not in self.lex.company_nouns  # "DeepSeek App"
            ):
                end, country = m.end + 1, None
            else:
                continue
            following = view.lows[end] if end < len(view.words) else ""
            if (end < len(view.words) and self.lex.is_name_word(view.words[end])) or (
                following.rstrip(".") in self.lex.company_suffixes
            ):
                continue  # a longer name goes on: "Meta Platforms Ireland Limited"
            parent = self.entity(m.entity)
            name = view.span_text(m.start, end)
            unit = self.new_entity(
                name, "company", country=country or (parent.country if parent else None)
            )
            view.mentions.remove(m)
            if after is not None:
                view.mentions.remove(after)
                by_start.pop(after.start, None)
            unit_mention = Mention(unit, "name", number, m.start, end, name)
            view.mentions.append(unit_mention)
            by_start[m.start] = unit_mention
        self.described_units(number, view)

    def unit_place(
        self, view: SentenceView, k: int, by_start: dict[int, Mention]
    ) -> Mention | None:
        """The country or capital that ends a company unit's name after a few
        capitalized words from ``k`` ("Huawei [Tech Investment] Tashkent",
        "Samsung [Electronics] Vietnam"), or None."""
        if _title_case(view.words):
            return None  # (a title-case headline: "Huawei Sues US", "YouTube Miss Malaysia")
        j = k
        while (
            j < min(len(view.words), k + 3)
            and j not in by_start
            and view.words[j][:1].isupper()
            and view.words[j].isalpha()
            and (
                view.lows[j] in self.lex.unit_words
                or (
                    view.lows[j] not in self.lex.not_names
                    and view.lows[j] not in self.lex.title_words
                )
            )
        ):
            j += 1
        place = by_start.get(j)
        if (
            j == k
            or place is None
            or place.kind not in ("name", "capital")
            or self.type_of(place.entity) != "country"
        ):
            return None
        return place

    def described_units(self, number: int, view: SentenceView) -> None:
        """ "the Belgian subsidiary of Orange", "Orange's Belgian division": the
        company's unit in that country, named as the article would ("Orange
        Belgium")."""
        lows = view.lows
        for m in list(view.mentions):
            if m.kind != "demonym" or self.type_of(m.entity) != "country":
                continue
            if view.lower(m.end) not in self.lex.unit_nouns:
                continue
            if view.lower(m.end + 1) == "of":
                first = m.end + 2 + (view.lower(m.end + 2) == "the")
                parent = next(
                    (
                        p
                        for p in view.mentions
                        if first <= p.start <= first + 4
                        and p.kind == "name"
                        and self.type_of(p.entity) == "company"
                        and self.describes_parent(view, first, p.start)
                    ),
                    None,
                )
                start, end = m.start, parent.end if parent else 0
            else:
                parent = next(
                    (
                        p
                        for p in view.mentions
                        if p.end == m.start - 1
                        and lows[p.end] in self.lex.possessives
                        and p.kind == "name"
                        and self.type_of(p.entity) == "company"
                    ),
                    None,
                )  # "Orange's Belgian division"
                start, end = (parent.start, m.end + 1) if parent else (0, 0)
            country = self.entity(m.entity)
            if parent is None or country is None or lows[m.start - 1 : m.start] == ["-"]:
                continue
            name = f"{view.span_text(parent.start, parent.end)} {country.name}"
            if start < m.start and not self.named_anywhere(name.split()):
                unit = parent.entity  # "Vodafone's Italian unit", never named so: Vodafone's
            else:
                unit = self.new_entity(name, "company", country=m.entity)
            text = view.span_text(start, end)
            view.mentions = [x for x in view.mentions if not (start <= x.start and x.end <= end)]
            view.mentions.append(Mention(unit, "name", number, start, end, text))
            if unit != parent.entity:
                self.units[parent.entity] = unit

    def named_anywhere(self, words: list[str]) -> bool:
        """Whether some sentence of the article holds ``words`` (two to six) in a
        row; the article's runs are gathered once, so each question costs one lookup."""
        if self.ngrams is None:
            self.ngrams = {
                tuple(v.words[i : i + size])
                for v in self.views
                for size in range(2, 7)
                for i in range(len(v.words) - size + 1)
            }
        return tuple(words) in self.ngrams

    def describes_parent(self, view: SentenceView, start: int, end: int) -> bool:
        """Whether the words before a parent company describe it: none, or a
        country and lowercase nouns ("of U.S. conglomerate Booking Holdings")."""
        places = {
            i
            for x in view.mentions
            if self.type_of(x.entity) == "country"
            for i in range(x.start, x.end)
        }
        return all(
            k in places or (view.words[k].isalpha() and view.words[k].islower())
            for k in range(start, end)
            if view.words[k] != "."
        )

    def name_units(self) -> None:
        """After "the Belgian subsidiary of Orange", the article's "Orange" is
        that unit (Orange Belgium), as a story about it calls it."""
        for view in self.views:
            for m in view.mentions:
                if m.entity in self.units and m.kind == "name":
                    m.entity = self.units[m.entity]

    def find_abbreviations(self) -> None:
        """ "the Data Protection Commission (DPC) in Ireland": DPC names it from
        here on, and a country just after a discovered body is its home."""
        for number, view in enumerate(self.views):
            self.defined_names(number, view)
        for view in self.views:
            # ("App Tracking Transparency (ATT)": "ATT" is no registry name, AT&T's)
            view.mentions = [
                m
                for m in view.mentions
                if not (m.end == m.start + 1 and view.words[m.start] in self.defined_things)
            ]
            covered = view.covered()
            # ("Hikvision (Shenzhen)": where it is, no short name)
            places = {
                x.start for x in view.mentions if self.type_of(x.entity) in ("region", "country")
            }
            for m in view.mentions:
                entity = self.entity(m.entity)
                if entity is None or entity.type not in ("organization", "company"):
                    continue
                end = m.end
                if view.lower(end) in POSSESSIVES and view.lower(end + 1) == "(":
                    end += 1  # "Digital Nasional Berhad’s (DNB) monopoly"
                if view.lower(end) == "(" and view.lower(end + 2) == ")":
                    short = view.words[end + 1]
                    place = end + 1 in places
                    if (
                        2 <= len(short) <= 8
                        and short[:1].isupper()
                        and short.isalpha()
                        and not place
                    ):
                        self.abbreviations.setdefault(short, m.entity)
                        end += 3
                # "BTRC (Bangladesh Telecommunication Regulatory Commission) fined":
                # the short form before the brackets names the body inside them
                before = m.start - 2
                if (
                    view.lower(m.start - 1) == "("
                    and view.lower(m.end) == ")"
                    and before >= 0
                    and before not in covered
                    and _spells(view.words[before], view.words[m.start : m.end])
                ):
                    self.abbreviations.setdefault(view.words[before], m.entity)
                if m.entity in self.local and not entity.country:
                    after = next((x for x in view.mentions if x.start == end + 1), None)
                    if (
                        view.lower(end) == "in"
                        and after
                        and self.type_of(after.entity) == "country"
                    ):
                        self.local[m.entity] = _with(entity, country=after.entity)

    def bracketed_body(self, number: int, view: SentenceView, p: int, covered: set[int]) -> None:
        """A short form in brackets after a body's noun is that body's name:
        "Kenya's data protection regulator (ODPC)"; another country's body of
        that short form is not it ("Nigeria's telecom regulator (NCC)" is not
        Taiwan's NCC)."""
        words, short = view.words, view.words[p + 1]
        country = next(
            (
                m.entity
                for m in view.mentions
                if 0 <= p - m.end <= 5
                and self.type_of(m.entity) == "country"
                and all(words[k].islower() or words[k] in POSSESSIVES for k in range(m.end, p))
            ),
            None,
        )
        named = next((m for m in view.mentions if m.start == p + 1), None)
        if named is not None and (
            country is None or self.registry.country_of(named.entity) in (None, country)
        ):
            return
        if named is None and (p + 1 in covered or short in self.abbreviations):
            return
        if named is None:
            entity_id = self.new_entity(short, "organization", country=country)
        else:  # the registry's body of that short form is another country's
            view.mentions.remove(named)
            entity_id = f"{slugify(short)}-{country}"
            self.local.setdefault(
                entity_id, Entity(entity_id, short, "organization", (short,), country=country)
            )
        view.mentions.append(Mention(entity_id, "org", number, p + 1, p + 2, short))
        self.abbreviations.setdefault(short, entity_id)
        covered.add(p + 1)

    def defined_names(self, number: int, view: SentenceView) -> None:
        """A name no rule knows, defined by its initials: "the National
        Development Complex (NDC)" is a body (not the registry's NDC)."""
        words = view.words
        covered = view.covered()
        for p, word in enumerate(words):
            if word != "(" or view.lower(p + 2) != ")":
                continue
            short = words[p + 1]
            if not (2 <= len(short) <= 8 and short.isalpha() and short.isupper()):
                continue
            if short.lower() in self.lex.not_names:
                continue  # "Global System for Mobile (GSM)": a technology
            if view.lower(p - 1) in self.lex.ref_organization and words[p - 1].islower():
                self.bracketed_body(number, view, p, covered)
                continue
            end = p - (view.lower(p - 1) in POSSESSIVES)  # "Digital Nasional Berhad’s (DNB)"
            initials: list[str] = []
            start = end
            # a registry name may end the longer name its initials spell: "the National
            # [Data Protection Commission] (NDPC)" is Nigeria's body, not Ireland's
            tail = next(
                (m for m in view.mentions if m.end == end and m.start < end and m.kind == "name"),
                None,
            )
            while start > 0 and end - start < 12 and len(initials) < len(short):
                prev = words[start - 1]
                if start - 1 in covered and not (tail is not None and start > tail.start):
                    break
                if prev[:1].isupper() and prev[:1].isalpha():
                    initials.insert(0, prev[0])
                elif view.lower(start - 1) not in self.lex.connectors or not initials:
                    break
                start -= 1
            while view.lower(start) in self.lex.connectors:
                start += 1  # "the National ...": not "the"
            if len(initials) < 2 or "".join(initials) != short:
                continue
            if tail is not None and start >= tail.start:
                continue  # the registry's own name ("the Federal Communications Commission (FCC)")
            # a body by its head word ("... Complex", "Directorate General of ..."),
            # not a law, a programme or a title ("Digital Services Act", "Prime Minister")
            last, first = view.lower(end - 1), view.lower(start)
            if last in self.lex.company_suffixes or (
                # "Econet Wireless Zimbabwe (EWZ)": a firm's arm in a country
                tail is not None
                and self.type_of(tail.entity) == "country"
                and tail.start - start >= 2
                and not self.lex.connectors.intersection(view.lows[start:end])
                and not self.lex.org_suffixes.intersection(view.lows[start:end])
            ):
                kind = "company"
            elif last in self.lex.org_suffixes or (
                first in self.lex.org_suffixes
                and self.lex.connectors.intersection(view.lows[start:end])
            ):
                kind = "organization"
            else:
                if short not in self.abbreviations:
                    self.defined_things.add(short)
                continue
            name = view.span_text(start, end)
            entity_id = self.new_entity(name, kind)
            # (and the registry's reading of the short form: "(NDPC)" is not another body's)
            view.mentions = [
                m for m in view.mentions if not (start <= m.start < end or m.start == p + 1)
            ]
            view.mentions.append(Mention(entity_id, "org", number, start, end, name))
            self.abbreviations.setdefault(short, entity_id)
            covered.update(range(start, end))

    def find_designated_groups(self, number: int, view: SentenceView) -> None:
        """Hacking groups the registry lacks, known by the designator a security
        firm gives them: a prefix and a number ("UNC3886", "TA505", "FIN7"), or
        by a country's name before "ransomware group" ("the Cuba ransomware
        group")."""
        for k, m in enumerate(view.mentions):
            if (
                m.kind == "name"
                and self.type_of(m.entity) == "country"
                and view.lower(m.end) in ("ransomware", "malware")
                and view.lower(m.end + 1) in self.lex.named_group_heads
            ):  # "the Cuba ransomware group": a gang named after a country
                name = view.span_text(m.start, m.end + 2)
                entity_id = self.new_entity(name, "organization")
                view.mentions[k] = Mention(entity_id, "org", number, m.start, m.end + 2, name)
        covered = view.covered()
        for i, word in enumerate(view.words):
            if i in covered or not DESIGNATOR.fullmatch(word):
                continue
            if word.rstrip("0123456789").lower() not in self.lex.group_designators:
                continue
            entity_id = self.fuller_name(word) or self.new_entity(word, "organization")
            view.mentions.append(Mention(entity_id, "org", number, i, i + 1, word))

    def find_named_bodies(self, number: int, view: SentenceView) -> None:
        """Bodies the registry lacks, named after a noun of groups or companies
        and a naming phrase, whatever their words: "the hacker collective known
        as Silent Crow" (an organization), "an app called Lemon8" (a company)."""
        covered = view.covered()
        words, lows = view.words, view.lows
        for i in range(1, len(words)):
            head = lows[i - 1]
            if head in self.lex.named_group_heads:
                kind = "organization"
            elif head in self.lex.company_nouns:
                kind = "company"
            else:
                continue
            link = _match_phrase(view, i, self.lex.naming_links)
            quoted = not link and words[i] in OPENING_QUOTES  # 'the app "Clubhouse AI"'
            start = i + link + quoted
            # 'the app "Clubhouse"': a word alone in quotes, whose marks are dropped
            alone = start == i and view.quoted(i) and words[i][:1].isupper()
            if (start == i and not alone) or start in covered:
                continue
            end = start
            while (
                end < len(words)
                and end - start < 4
                and end not in covered
                and words[end][:1].isupper()
                and words[end].isalnum()
            ):
                end += 1
            if end == start or (quoted and view.lower(end) not in CLOSING_QUOTES):
                continue
            name = view.span_text(start, end)
            entity_id = self.longer_name(name) or self.new_entity(name, kind)
            view.mentions.append(Mention(entity_id, "org", number, start, end, name))
            covered.update(range(start, end))
        for i in range(1, len(words) - 1):
            # "members of the Armageddon hacker group": a group named before its noun
            noun = i + 1 if lows[i + 1] in self.lex.named_group_heads else i + 2
            if (
                lows[i - 1] != "the"
                or i in covered
                or not (words[i][:1].isupper() and words[i].isalpha())
                or lows[i] in self.lex.not_names
                # (an adjective's ending: "the Democratic group", "the Islamist group")
                or lows[i].endswith(("ic", "al", "ive", "ist", "an", "ese", "ish"))
                or noun >= len(words)
                or lows[noun] not in self.lex.named_group_heads
                or not words[noun].islower()
                or (noun - 1 != i and not words[noun - 1].islower())
            ):
                continue
            entity_id = self.longer_name(words[i]) or self.new_entity(words[i], "organization")
            view.mentions.append(Mention(entity_id, "org", number, i, i + 1, words[i]))
            covered.add(i)

    def find_unlisted_companies(self, number: int, view: SentenceView) -> None:
        """Companies the registry lacks, known by their shape (a capitalized
        word no dictionary knows) and what the sentence does with them: named
        after a company noun ("ride-hailing app Uber"), listed with a company,
        speaking ("Temu said"), or the object of an act on companies ("fined
        Uber")."""
        self.described_names(number, view)
        covered = view.covered()
        words, lows = view.words, view.lows
        for i, word in enumerate(words):
            # (or a word set in quotes as a name: 'Oman bans “Clubhouse”')
            named = _unknown_name(word) or (
                view.quoted(i) and word[:1].isupper() and word.isalpha()
            )
            if i in covered or not named or lows[i] in self.lex.not_names:
                continue
            if word in self.surnames or word in self.registry_surnames():
                continue  # "Trudeau said", "Bijleveld called": a person named before
            if lows[i].rstrip(".") in self.lex.company_suffixes:
                continue  # "Meta Platforms, Inc.": the end of a name, not one
            if len(word) == 3 and word.isupper() and view.lower(i + 1)[:1].isdigit():
                continue  # "USD 600 billion": a currency's code before its amount
            if _dated(view, i):
                continue  # "from Jan. 1, 2023": a month shortened, before its day
            if (
                i > 0
                and words[i - 1][:1].isupper()
                and i - 1 not in covered
                and lows[i - 1] not in self.lex.determiners
            ):
                continue  # inside a longer name ("Santa Clara"): not a lone company name
            # "the licence of Telecel Zimbabwe": a company's unit named for its country
            place = next(
                (
                    m
                    for m in view.mentions
                    if m.start == i + 1 and m.kind == "name" and self.type_of(m.entity) == "country"
                ),
                None,
            )
            if (
                i + 1 < len(words)
                and words[i + 1][:1].isupper()
                and lows[i + 1] not in self.lex.verbish
                and place is None
            ):
                continue
            before = lows[i - 1] if i else ""
            before2 = lows[i - 2] if i > 1 else ""
            if view.lower(i + 1) in self.lex.place_nouns or (
                before == "of" and before2 in self.lex.place_nouns
            ):
                continue  # "the city of Suwon", "Suwon port": a place
            if (
                word.endswith(ADJECTIVE_ENDINGS)
                and i + 1 < len(words)
                and words[i + 1].isalpha()
                and words[i + 1].islower()
                and noun_lemma(lows[i + 1]) is not None
            ):
                continue  # "a ban on Congressional staffers' use": an unlisted adjective
            # "the financial regulator, BDDK": a body's initials after its description
            initials = before == "," and before2 in self.lex.ref_organization and word.isupper()
            joined = (  # "the Uber-Foodpanda merger": a company's partner in a compound
                before in HYPHENS
                and view.starts[i] == view.starts[i - 1] + 1
                and any(
                    m.end == i - 1 and self.type_of(m.entity) == "company" for m in view.mentions
                )
            )
            companies_near = [
                m
                for m in view.mentions
                if self.type_of(m.entity) == "company"
                and abs(m.start - i) <= 4
                and all(
                    lows[k] in {",", "and", "&", "or"}
                    for k in range(min(m.end, i + 1), max(m.start, i))
                )
            ]
            if (
                before in self.lex.company_nouns
                or before in self.lex.named_group_heads
                or before.endswith("-based")
                or joined
                or initials
                or _brand_shaped(word, self.lex.company_heads)
                or (
                    before in {",", "and", "or", "&"}
                    and (before2 in self.lex.company_nouns or companies_near)
                    and view.lower(i + 1) not in self.lex.source_verbs
                )
                or (i + 1 < len(words) and lows[i + 1] in self.lex.speech and i > 0)
                # "threatening to expel AusAID officials": the body they work for (not
                # initials alone: "sanctioned several SSB officials, including ...")
                or (i > 0 and not word.isupper() and view.lower(i + 1) in self.lex.staff_nouns)
                or (before and verb_lemma(before) in self.lex.company_acts and i > 1)
                or (  # "imposed a fine of about 6 billion won on KakaoPay", "an inquiry into
                    # Ryanair's processing"
                    before in ("on", "against", "into")
                    and any(
                        noun_lemma(lows[k]) in self.lex.company_acts
                        for k in range(max(0, i - 9), i - 1)
                    )
                )
                or (
                    i + 1 < len(words)
                    and lows[i + 1] in self.lex.possessives
                    and view.lower(i + 2) in self.lex.company_nouns
                )
                # "cancelled Telecel's operating licence", "the licence of Telecel"
                or (
                    i + 1 < len(words)
                    and lows[i + 1] in self.lex.possessives
                    and self.lex.licence_nouns.intersection(lows[i + 2 : i + 4])
                )
                or (before == "of" and before2 in self.lex.licence_nouns)
                # "from two subsidiaries of Finmeccanica": the parent of a company's unit
                or (before == "of" and before2 in self.lex.parent_of_nouns)
                or self.described_as_company(view, i + 1)
                or (before in ("", ",") and self.deal_with_company(view, i + 1))
                or (
                    before in POSSESSIVES
                    and self.country_ends(view, i - 1)
                    and (
                        self.body_noun_after(view, i + 1) is not None
                        or not (
                            i + 1 < len(words)
                            and words[i + 1].isalpha()
                            and words[i + 1].islower()
                            and noun_lemma(lows[i + 1]) is not None
                            and lows[i + 1] not in self.lex.verbish
                        )
                    )
                )  # (not "Russia's Saratov region", "Pakistan's Shaheen missile")
            ):
                # "the DPA says" after "Dutch DPA", "Clearview did" after "Clearview AI":
                # the short form names that body wherever else it is used
                entity_id = self.longer_name(word) or self.fuller_name(word) or ""
                if place is not None and not entity_id:
                    name = view.span_text(i, place.end)  # "Telecel Zimbabwe"
                    entity_id = self.new_entity(name, "company", country=place.entity)
                    self.abbreviations[word] = entity_id  # a later "Telecel" is that unit
                    place.role = "part"
                    view.mentions.append(Mention(entity_id, "org", number, i, place.end, name))
                    covered.update(range(i, place.end))
                    continue
                if entity_id:
                    self.abbreviations[word] = entity_id
                else:
                    # "Argentina's Enacom communications authority": a body
                    entity_id = self.new_entity(
                        word,
                        self.body_noun_after(view, i + 1)
                        or ("organization" if initials or self.new_staff(view, i) else None)
                        or (
                            "organization"
                            if before in self.lex.named_group_heads
                            and before not in self.lex.company_nouns
                            else "company"
                        ),
                    )
                view.mentions.append(Mention(entity_id, "org", number, i, i + 1, word))
                covered.add(i)

    def new_staff(self, view: SentenceView, i: int) -> bool:
        """Whether the name at ``i`` is a body first met before its staff
        ("AusAID officials"), not one named before ("SingHealth staff")."""
        return (
            view.lower(i + 1) in self.lex.staff_nouns
            and self.entity(slugify(view.words[i])) is None
        )

    def deal_with_company(self, view: SentenceView, k: int) -> bool:
        """Whether the clause from ``k`` signs a deal with a company: "[Dhiraagu]
        has signed a USD 21.7 million contract with NEC Corporation"."""
        lows = view.lows
        while k < len(lows) and lows[k] in self.lex.verbish:
            k += 1
        if k >= len(lows) or verb_lemma(lows[k]) not in self.lex.deal_verbs:
            return False
        for j in range(k + 1, min(len(lows) - 1, k + 10)):
            if lows[j] in (",", ";", ".") or view.words[j] in ("(", ")"):
                return False
            if noun_lemma(lows[j]) in self.lex.contract_nouns or lows[j] in self.lex.contract_nouns:
                return lows[j + 1] == "with" and any(
                    j + 2 <= m.start <= j + 7 and self.type_of(m.entity) == "company"
                    for m in view.mentions
                )
        return False

    def described_names(self, number: int, view: SentenceView) -> None:
        """Names of two or three capitalized words the registry lacks, right
        after a lowercase company or group noun that says what they are:
        "technology company Arvan Cloud", "state media outlet Press TV". One
        word must be no dictionary word or an acronym (not "the firm Monday
        Said")."""
        covered = view.covered()
        words, lows = view.words, view.lows
        for i in range(1, len(words) - 1):
            noun = words[i - 1]
            if not (
                noun.islower()
                and (noun in self.lex.company_nouns or noun in self.lex.named_group_heads)
            ):
                continue
            end = i
            place = lead = None
            while (
                end < len(words)
                and end - i < 3
                and words[end][:1].isupper()
                and (end > i or lows[end] not in self.lex.not_names)
                and lows[end] not in self.lex.verbish
                and not _is_verb_form(words[end])
            ):
                opening = next((m for m in view.mentions if m.start == i == end), None)
                if (
                    opening is not None
                    and opening.end == i + 1
                    and self.type_of(opening.entity) == "region"
                ):
                    lead = opening  # "Chinese firm Zhejiang Jingsheng Mechanical": a province
                    end += 1  # opens the name
                    continue
                if end in covered:
                    # "phone company Hatif Libya": a country ending the name is part of it
                    place = next((m for m in view.mentions if m.start == end), None)
                    if end == i or place is None or place.kind != "name":
                        place = None
                        break
                    if self.type_of(place.entity) != "country":
                        place = None
                        break
                    end = place.end
                    break
                end += 1
            after = view.lower(end)
            if (
                end - i < 2
                or (end < len(words) and words[end][:1].isupper())
                or after == "("  # "ChangXin Memory (CXMT)": named by its short form
                or (noun_lemma(after) is not None and verb_lemma(after) is None)
                or view.lower(i - 2) in HYPHENS  # "multi-platform Battle Royale games"
            ):
                continue  # one word (read below), a longer run of capitals, a modifier
            if not any(
                _unknown_name(w) or (len(w) > 1 and w.isupper() and w.isalpha())
                for w in words[i:end]
            ):
                continue
            name = view.span_text(i, end)
            kind = "organization" if noun in self.lex.named_group_heads else "company"
            for part in (place, lead):
                if part is not None:
                    part.role = "part"
            entity_id = self.longer_name(name) or self.new_entity(name, kind)
            view.mentions.append(Mention(entity_id, "org", number, i, end, name))
            covered.update(range(i, end))

    def body_noun_after(self, view: SentenceView, start: int) -> str | None:
        """The kind a noun within a few lowercase words from ``start`` calls
        the name before it: "Enacom communications authority" (an
        organization), "Zorbex chip maker" (a company); else None."""
        for k in range(start, min(len(view.words), start + 3)):
            word = view.words[k]
            if not (word.isalpha() and word.islower()):
                return None
            if word in self.lex.ref_organization:
                return "organization"
            if word in self.lex.company_nouns:
                return "company"
        return None

    def country_ends(self, view: SentenceView, end: int) -> bool:
        """Whether a country's name ends at ``end``: "China’s Baosteel" names a
        company of China's."""
        return any(
            m.end == end and m.kind != "demonym" and self.type_of(m.entity) == "country"
            for m in view.mentions
        )

    def described_as_company(self, view: SentenceView, comma: int) -> bool:
        """Whether a comma at ``comma`` opens an appositive that calls the name
        before it a company: "Usiminas, a top Brazilian steelmaker," (not "a
        partner at X": a person's post, nor "a maker of drones, said")."""
        if view.lower(comma) != "," or view.lower(comma + 1) not in ("a", "an"):
            return False
        for k in range(comma + 2, min(len(view.words), comma + 9)):
            low = view.lower(k)
            if low in self.lex.company_nouns or low.endswith("maker"):
                after = view.lower(k + 1)
                return after in (",", ".", ";", "that", "which", "") or after in HYPHENS
            if low in HYPHENS and view.lower(k - 1).isalpha():
                continue  # "a Chinese-owned mining firm"
            if not low.isalpha() or low in self.lex.appositive_stops:
                return False  # ("a partner at X", "a maker of Y": a post, or what one makes)
        return False

    def find_introduced_companies(self, number: int, view: SentenceView) -> None:
        """A run of capitalized words after a company's legal form ("PT Terang
        Bulan Abadi", the form kept) or after "-based" ("California-based
        Dynatex International"), holding a word no dictionary knows."""
        words = view.words
        covered = view.covered()
        places = {
            m.start: m
            for m in view.mentions
            if self.type_of(m.entity) in ("region", "country") and m.kind != "demonym"
        }
        for i, word in enumerate(words):
            prefixed = word in self.lex.company_prefixes
            based = view.lower(i) == "based" and view.lower(i - 1) in HYPHENS
            if not (prefixed or based) or i in covered:
                continue
            end = i + 1
            while end < len(words) and words[end][:1].isupper() and words[end].isalpha():
                place = places.get(end) if end in covered else None
                if place is not None and prefixed:
                    place.role = "part"  # "PT Sandina Abadi Nusantara": a place in the name
                    end = place.end
                    continue
                if end in covered or view.lower(end) in self.lex.verbish:
                    break
                end += 1
            start = i if prefixed else i + 1
            if view.lower(end) in self.lex.place_nouns:
                continue  # "the Mumbai-based Nhava Sheva port": a place
            if end - (i + 1) < (1 if prefixed else 2) or not any(
                _unknown_name(w) for w in words[i + 1 : end]
            ):
                continue  # ("California-based Apple": the registry's, read already)
            name = view.span_text(start, end)
            entity_id = self.longer_name(name) or self.new_entity(name, "company")
            view.mentions.append(Mention(entity_id, "org", number, start, end, name))
            covered.update(range(start, end))
        self.find_place_companies(number, view, places)

    def find_place_companies(
        self, number: int, view: SentenceView, places: dict[int, Mention]
    ) -> None:
        """A company named by a word and the place after it ("Air Serbia", "the
        Air Astana Group"): the place is part of the name, not an actor."""
        words = view.words
        for i, word in enumerate(words):
            place = places.get(i + 1)
            if word not in self.lex.place_company_prefixes or place is None:
                continue
            if any(m.start <= i < m.end for m in view.mentions):
                continue  # inside a name already ("Air India")
            end = place.end
            while end < len(words) and view.lower(end) in self.lex.company_suffixes:
                end += 1  # "the Air Astana Group"
            if end < len(words) and words[end][:1].isupper() and words[end].isalpha():
                continue  # a longer run of capitals: another name ("Air Force")
            place.role = "part"
            view.mentions = [  # ("Astana Group", read before as a place's company)
                m for m in view.mentions if m is place or not (i <= m.start and m.end <= end)
            ]
            name = view.span_text(i, end)
            entity_id = self.longer_name(name) or self.new_entity(name, "company")
            view.mentions.append(Mention(entity_id, "org", number, i, end, name))

    def foreign_bodies(self, number: int, view: SentenceView) -> None:
        """A registry body of one country named as another's ("Jakarta's
        Ministry of Defence", "the Indonesian Ministry of Defence", where the
        registry's Ministry of Defence is the UK's) is that other country's; so
        is one named with "of" and the other country ("the Export-Import Bank of
        India", where the registry's Export-Import Bank is the United States')."""
        countries = [m for m in view.mentions if self.type_of(m.entity) == "country"]
        owners = {m.end: m for m in countries}
        named_after = {m.start: m for m in countries if m.kind == "name"}
        for k, m in enumerate(view.mentions):
            entity = self.registry.entities.get(m.entity)
            if entity is None or entity.type != "organization":
                continue
            owner = owners.get(m.start)
            if owner is None and view.lower(m.start - 1) in self.lex.possessives:
                owner = owners.get(m.start - 1)
            if entity.country is None:
                if owner is not None and self.generic_name(m.text):
                    # "the Romanian Security Council": Romania's own, not the UN's
                    country = self.registry.entities[owner.entity]
                    entity_id = self.new_entity(
                        f"{country.name} {m.text}", "organization", country=country.id
                    )
                    view.mentions[k] = Mention(entity_id, "org", number, m.start, m.end, m.text)
                continue
            after = named_after.get(m.end + 1) if view.lower(m.end) == "of" else None
            if view.lower(m.end) == "in" and any(
                r.fullmatch(m.text.title()) for r in (_GENERIC_BODY, _GENERIC_DEPARTMENT)
            ):
                # "the Agriculture department in the Philippines": the Philippines'
                after = named_after.get(m.end + 1) or named_after.get(m.end + 2)
            home = self.registry.entities.get(entity.country)
            if home is None or home.type != "country":
                continue
            if after is not None and owner is None and after.entity != entity.country:
                country = self.registry.entities[after.entity]
                end = after.end
                text = view.span_text(m.start, end)
                entity_id = self.gazetteer.owner.get(key_of(text)) or self.new_entity(
                    f"{m.text} of {country.name}", "organization", country=country.id
                )
                after.role = "part"
                view.mentions[k] = Mention(entity_id, "org", number, m.start, end, text)
                continue
            if owner is None or owner.entity == entity.country:
                continue
            country = self.registry.entities[owner.entity]
            known = (
                self.gazetteer.owner.get(key_of(f"{place} {m.text}"))
                for place in (*country.demonyms, f"{country.name}'s")
            )  # "Jakarta's Ministry of Defence": the Indonesian Ministry of Defence
            entity_id = next((e for e in known if e), None) or self.new_entity(
                f"{country.name} {m.text}", "organization", country=country.id
            )
            view.mentions[k] = Mention(entity_id, "org", number, m.start, m.end, m.text)

    def generic_name(self, text: str) -> bool:
        """Whether an international body's name as written is one any country's
        body may bear: capitalized dictionary words ending in a body's head
        ("Security Council"; not "United Nations", "NATO", "World Bank")."""
        words = text.split()
        return (
            len(words) >= 2
            and words[-1].lower() in self.lex.national_body_heads
            and all(w[:1].isupper() and w[1:].islower() and getAllLemmas(w.lower()) for w in words)
        )

    def longer_ministries(self, number: int, view: SentenceView) -> None:
        """A registry ministry whose name the text goes on with more of its
        portfolio ("the Ministry of Commerce and Supplies", "the Ministry of
        Commerce, Industry and Tourism") is another ministry, named in full."""
        for k, m in enumerate(view.mentions):
            entity = self.registry.entities.get(m.entity)
            if (
                entity is None
                or entity.type != "organization"
                or not m.text.startswith("Ministry of")
            ):
                continue
            end = m.end
            while view.lower(end) == "," and _capitalized(view, end + 1) and end - m.end < 12:
                end += 2
            if view.lower(end) != "and" or not _capitalized(view, end + 1):
                continue
            end += 2
            if view.words[end : end + 1] and view.words[end][:1].isupper():
                continue  # "and Foreign Minister Wang Yi": someone else
            if any(x.start < end and x.end > m.end for x in view.mentions):
                continue  # "the Ministry of Commerce and Huawei": a list of two
            text = view.span_text(m.start, end)
            entity_id = self.gazetteer.owner.get(key_of(text)) or slugify(text)
            if entity_id not in self.registry.entities:
                self.local.setdefault(
                    entity_id,
                    Entity(id=entity_id, name=text, type="organization", aliases=(text,)),
                )
            view.mentions[k] = Mention(entity_id, m.kind, number, m.start, end, text, m.role)

    def homeless_bodies(self) -> None:
        """A registry ministry named without its country ("the
        Ministry of Commerce", China's in the registry) in an article that never
        names that country is another country's: it is the article's body of
        that name ("Thailand Ministry of Commerce" met before it), else a body
        of no known country."""
        mentioned = {m.entity for view in self.views for m in view.mentions}
        for number, view in enumerate(self.views):
            for k, m in enumerate(view.mentions):
                entity = self.registry.entities.get(m.entity)
                if (
                    entity is None
                    or entity.type != "organization"
                    or entity.country is None
                    or entity.country in mentioned
                    or not _GENERIC_BODY.fullmatch(m.text)
                ):
                    continue
                tail = " " + m.text.lower()
                owned = [e for e in self.local.values() if e.name.lower().endswith(tail)]
                if len(owned) == 1:
                    entity_id = owned[0].id
                else:
                    entity_id = slugify(m.text)
                    if entity_id in self.registry.entities:
                        continue
                    self.local.setdefault(
                        entity_id,
                        Entity(id=entity_id, name=m.text, type="organization", aliases=(m.text,)),
                    )
                view.mentions[k] = Mention(entity_id, m.kind, number, m.start, m.end, m.text)

    def find_ministries(self, number: int, view: SentenceView) -> None:
        """A country's ministry the registry lacks, named in lowercase after
        the country's possessive: "Taiwan's commerce ministry" is the Taiwan
        Commerce Ministry (its country's too, as every ministry's acts are)."""
        if "ministry" not in view.lows:
            return
        covered = view.covered()
        for i, low in enumerate(view.lows):
            if low != "ministry" or i in covered or view.words[i] != "ministry":
                continue
            k = i - 1
            while k >= 0 and i - k <= 3 and view.words[k].isalpha() and view.words[k].islower():
                k -= 1
            if k == i - 1 or view.lower(k) not in self.lex.possessives:
                continue  # "the ministry", "Taiwan's ministry": no name of its own
            country = next(
                (
                    m
                    for m in view.mentions
                    if m.end == k and m.kind == "name" and self.type_of(m.entity) == "country"
                ),
                None,
            )
            if country is None:
                continue
            subject = " ".join(w.capitalize() for w in view.words[k + 1 : i])
            name = self.ministry_name(subject, country.entity)
            entity_id = self.new_entity(name, "organization", country=country.entity)
            text = view.span_text(k + 1, i + 1)  # the country stays its owner
            view.mentions.append(Mention(entity_id, "org", number, k + 1, i + 1, text))
            covered.update(range(k + 1, i + 1))

    def ministry_name(self, subject: str, country: str) -> str:
        """The name a country's ministry goes by: "Ministry of Finance of
        Moldova" for "Moldova's Finance Ministry" or "the Ministry of Finance of
        the Republic of Moldova"; "Foreign" is "Foreign Affairs"."""
        subject = "Foreign Affairs" if subject == "Foreign" else subject
        return f"Ministry of {subject} of {self.registry.entities[country].name}"

    def national_ministries(self) -> None:
        """A ministry the registry lacks, named with its country before it
        ("Moldova's Finance Ministry", "the Kazakh Ministry of Finance", its
        demonym then a mention of its own) or
        after it ("the Ministry of Emergency Situations of Kyrgyzstan"), goes
        by the country's ministry's name (or is the registry's of that name),
        and so does every bare use of its name in the article."""
        renamed: dict[str, str] = {}
        for number, view in enumerate(self.views):
            countries = {m.end: m for m in view.mentions if self.type_of(m.entity) == "country"}
            demonyms = {m.start: m for m in countries.values() if m.kind == "demonym"}
            for k, m in enumerate(view.mentions):
                entity = self.local.get(m.entity)
                if entity is None or entity.type != "organization" or entity.name != m.text:
                    continue
                start, end, country = m.start, m.end, None
                owner = demonyms.get(m.start)  # "the Mexican Ministry of Economy": inside
                if owner is not None and owner.end >= m.end:
                    owner = None
                if owner is not None:
                    start = owner.end
                subject = _ministry_subject(view.span_text(start, m.end))
                if subject is None:
                    continue
                before = countries.get(m.start - (view.lower(m.start - 1) in self.lex.possessives))
                if owner is not None:
                    country = owner.entity
                elif before is not None:
                    country = before.entity
                elif view.lower(m.end) == "of":
                    j = m.end + 1 + (view.lower(m.end + 1) == "the")
                    after = next((x for x in view.mentions if x.start == j), None)
                    if after is not None and self.type_of(after.entity) == "country":
                        country, end = after.entity, after.end
                if country is None or renamed.get(m.entity, country) != country:
                    continue
                entity_id = self.new_entity(
                    self.ministry_name(subject, country), "organization", country=country
                )
                renamed.setdefault(m.entity, entity_id)
                text = view.span_text(start, end)
                view.mentions[k] = Mention(entity_id, "org", number, start, end, text)
        for view in self.views:  # "the Finance Ministry" later: the same ministry
            for k, m in enumerate(view.mentions):
                if m.entity in renamed:
                    view.mentions[k] = Mention(
                        renamed[m.entity], m.kind, m.sentence, m.start, m.end, m.text
                    )
        for old in renamed:
            self.local.pop(old, None)

    def find_listed_companies(self, number: int, view: SentenceView) -> None:
        """Names the registry lacks in a list with a company: "The list includes
        Sugon, the Wuxi Jiangnan Institute, Higon and Chengdu Haiguang
        Integrated Circuit" (see :meth:`list_member_end`)."""
        if not any(self.type_of(m.entity) == "company" for m in view.mentions):
            return
        words, lows = view.words, view.lows
        joiners = self.lex.list_words
        by_start = {m.start: m for m in view.mentions}
        covered = view.covered()

        def after_joiner(k: int) -> int:
            while k < len(words) and lows[k] in joiners:
                k += 1
            return k + (lows[k] == "the") if k < len(words) else k

        for first in sorted(view.mentions, key=lambda m: m.start):
            after = _past_bracket(lows, first.end)
            if self.type_of(first.entity) != "company" or view.lower(after) not in joiners:
                continue
            k = after_joiner(after)
            while k < len(words):
                end = self.list_member_end(number, view, k, covered, by_start)
                if end is None:
                    break
                end = _past_bracket(lows, end)  # "Telegram (a social media platform), 1XBet"
                if end >= len(words) or lows[end] not in joiners:
                    break
                k = after_joiner(end)

    def list_member_end(
        self,
        number: int,
        view: SentenceView,
        k: int,
        covered: set[int],
        by_start: dict[int, Mention],
    ) -> int | None:
        """Where the member of a company's list at ``k`` ends, or None where the
        list ends: a company or body named there, a company suffix ("Illumina,
        Inc., to"), or a run of capitalized words holding a word no dictionary
        knows, made a company (a city opening it is part of its name: "Chengdu
        Haiguang Integrated Circuit"); a run of such words alone is a person's
        name ("Cho Myung-rae")."""
        words, lows = view.words, view.lows
        member = by_start.get(k)
        city = member if member is not None and member.role == "region" else None
        if city is not None and city.end in by_start:
            city = None
        if member is not None and city is None:
            named = self.type_of(member.entity) in ("company", "organization")
            return member.end if named else None
        if lows[k].rstrip(".") in self.lex.company_suffixes:
            return k + 1 + (view.lower(k + 1) == ".")
        if city is not None:
            covered.difference_update(range(city.start, city.end))
        end = _capitalized_run(words, k, covered, 6)
        while end - k > 1 and lows[end - 1].endswith("ed") and verb_lemma(lows[end - 1]):
            end -= 1  # "TikTok, Telegram and 1XBet Banned": a headline's verb
        names = words[k:end]
        unknown = [_unknown_name(w) for w in names]
        nxt = end
        while nxt < len(words) and lows[nxt] in self.lex.list_words:
            nxt += 1
        following = by_start.get(nxt)
        # a dictionary word between two companies of a list: "Tinder, Tagged, Skout"
        between_companies = (
            end - k == 1
            and city is None
            and nxt > end
            and following is not None
            and self.type_of(following.entity) == "company"
        )
        if (
            end - k <= (city is not None)
            or (
                end < len(words)
                and lows[_past_bracket(lows, end)] not in self.lex.list_words | {".", ";"}
            )
            or not (any(unknown) or between_companies)
            or (len(names) > 1 and all(unknown))
        ):
            if city is not None:
                covered.update(range(city.start, city.end))
            return None
        if city is not None:
            view.mentions.remove(city)
        name = view.span_text(k, end)
        entity_id = self.longer_name(name) or self.new_entity(name, "company")
        mention = Mention(entity_id, "org", number, k, end, name)
        view.mentions.append(mention)
        by_start[k] = mention
        covered.update(range(k, end))
        return end

    def officials_in(self, view: SentenceView, mention: Mention) -> bool:
        """Whether a country follows its authorities as "in" it: "Authorities in
        Kenya suspended", "Officials in Greece say" (the government, not a place)."""
        opening = ("", ",", "the", "a", "an", "and")
        before = view.lower(mention.start - 3)
        return (
            self.type_of(mention.entity) == "country"
            and view.lower(mention.start - 1) == "in"
            and view.lower(mention.start - 2) in self.lex.agent_nouns
            and (
                before in opening
                # "the new government in Paraguay", "Military authorities in Yerevan": one
                # describing word between, the sentence's first or after an article
                or (
                    before.isalpha()
                    and (view.words[mention.start - 3].islower() or mention.start == 3)
                    and not _is_verb_form(before)
                    and view.lower(mention.start - 4) in ("the", "a", "")
                )
            )
        )

    def find_counterparties(self, number: int, view: SentenceView) -> None:
        """Companies the registry lacks, named as the other side of a purchase
        or an investment: "purchase power from Kairos Power", "invest $1.3
        billion in Mistral" (actors.yaml counterparty_links)."""
        words, lows = view.words, view.lows
        links = self.lex.counterparty_links
        if links.keys().isdisjoint(lows):
            return
        covered = view.covered()
        for i, low in enumerate(lows[:-1]):
            if low not in links:
                continue
            j = i + 1
            # past a description that ends in a company noun ("from small modular
            # reactor developer Kairos Power")
            k = j
            while k < min(len(words), j + 5) and words[k].isalpha() and words[k].islower():
                k += 1
            described = k > j and lows[k - 1] in self.lex.company_nouns
            if described:
                j = k
            if j in covered or j >= len(words) or lows[j] in self.lex.not_names or _dated(view, j):
                continue  # (nor "imported from Jan. 1": a date)
            end = _capitalized_run(words, j, covered, 3)
            if end == j or (end < len(words) and words[end][:1].isupper()):
                continue  # no name, or a longer one than three words
            # the act within six words before, in the same clause and past no name
            acts = links[low]
            reach = range(i - 1, max(-1, i - 7), -1)
            stop = next((k for k in reach if words[k] in {",", ";", "."} or k in covered), -1)
            if not any(
                (verb_lemma(lows[k]) or lows[k]) in acts or lows[k].rstrip("s") in acts
                for k in reach
                if k > stop
            ):
                continue
            while True:
                name = view.span_text(j, end)
                entity_id = self.new_entity(name, "company")
                view.mentions.append(Mention(entity_id, "org", number, j, end, name))
                covered.update(range(j, end))
                # "from trading companies Richardson International and Viterra": each
                j = end + 1 + (view.lower(end + 1) == "and")
                if not (
                    described and lows[k - 1].endswith("s") and view.lower(end) in (",", "and")
                ):
                    break
                end = _capitalized_run(words, j, covered, 3)
                if end == j or (end < len(words) and words[end][:1].isupper()):
                    break

    def mention_discovered(self) -> None:
        """Every later use of a name discovered (or abbreviated) in the article."""
        names = {e.name: e.id for e in self.local.values() if e.type in ("company", "organization")}
        names.update(self.abbreviations)
        named = {m.entity for view in self.views for m in view.mentions}
        shortened = {**self.bodies_of_places(named), **self.shortened_names()}
        heads = self.company_heads()
        known_heads = self.registry_heads(named)
        if not names and not known_heads and not shortened:
            return
        long_names: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for entity in self.local.values():
            words = tuple(entity.name.split())
            if entity.type in ("company", "organization") and len(words) > 1:
                long_names.setdefault(words[0], []).append((words, entity.id))
        for number, view in enumerate(self.views):
            # the article's "(BIS)" outranks the registry's BIS: a one-word
            # match of another body by the abbreviation the article defined
            view.mentions = [
                m
                for m in view.mentions
                if not (
                    m.end == m.start + 1
                    and names.get(m.text) not in (None, m.entity)
                    and m.text in self.abbreviations
                )
            ]
            self.mention_long_names(number, view, long_names)
            covered = view.covered()
            headline_style = _title_case(view.words)  # (once a sentence, not once a word)
            for i, word in enumerate(view.words):
                entity_id = names.get(word) or (heads.get(word) if i > 0 else None)
                if entity_id is None and i > 0 and not headline_style:
                    entity_id = known_heads.get(word)  # "Epic's challenge" after "Epic Games"
                if entity_id is not None and i not in covered:  # (not a sentence's capital)
                    view.mentions.append(Mention(entity_id, "name", number, i, i + 1, word))
                    continue
                short = shortened.get(tuple(view.words[i : i + 2]))
                if short is not None and not covered.intersection((i, i + 1)):
                    # "Skyrizon Aircraft" after "Skyrizon Aircraft Holdings Co., Ltd"
                    text = view.span_text(i, i + 2)
                    view.mentions.append(Mention(short, "name", number, i, i + 2, text))
                    covered.update((i, i + 1))

    def mention_long_names(
        self,
        number: int,
        view: SentenceView,
        long_names: dict[str, list[tuple[tuple[str, ...], str]]],
    ) -> None:
        """A discovered name of several words wherever the sentence holds it
        whole and no mention holds it yet: a title-case headline's capitals
        discover no name, so "GRU hacked the Swedish Sports Confederation"
        there names the body's confederation (and its "Swedish" is part of
        the name, not Sweden)."""
        for i, word in enumerate(view.words):
            for words, entity_id in long_names.get(word, ()):
                end = i + len(words)
                if tuple(view.words[i:end]) != words:
                    continue
                inner = [m for m in view.mentions if m.start < end and m.end > i]
                if any(m.start < i or m.end > end or m.entity == entity_id for m in inner):
                    continue  # held already, or by a mention reaching past it
                for m in inner:
                    m.role = "part"
                view.mentions.append(Mention(entity_id, "org", number, i, end, " ".join(words)))

    def shortened_names(self) -> dict[tuple[str, ...], str]:
        """The first two words of each discovered company's longer name, where
        the first is no dictionary word and no other company's name begins so:
        the short form an article uses after the full one."""
        return _sole_owners(
            (tuple(words[:2]), entity.id)
            for entity in self.local.values()
            if entity.type == "company"
            and len(words := entity.name.split()) > 2
            and _unknown_name(words[0])
        )

    def company_heads(self) -> dict[str, str]:
        """The first word of each discovered company's name whose other words
        are all company suffixes ("Swarm Technologies", "Acme Holdings Ltd"),
        where no other company's name begins so and it is no title: the name
        an article uses after the full one ("Swarm's application")."""
        return _sole_owners(
            (words[0], entity.id)
            for entity in self.local.values()
            if entity.type == "company"
            and len(words := entity.name.split()) > 1
            and words[0][:1].isupper()
            and words[0].lower() not in self.lex.title_words
            and all(w.lower().rstrip(".,") in self.lex.company_suffixes for w in words[1:])
        )

    def bodies_of_places(self, named: set[str]) -> dict[tuple[str, ...], str]:
        """The first two words of each body ``named`` in the article whose name
        goes on with "of" and a place, where no other body named begins so: the
        short form used after the full one ("the Communications Authority" after
        "the Communications Authority of Kenya")."""
        return _sole_owners(
            (tuple(words[:2]), entity.id)
            for entity in map(self.entity, sorted(named))
            if entity is not None
            and entity.type == "organization"
            and len(words := entity.name.split()) > 3
            and words[2] == "of"
            and all(w[:1].isupper() and w.isalpha() for w in words[:2])
        )

    def registry_heads(self, named: set[str]) -> dict[str, str]:
        """The first word of each two-word company name of the registry among
        the entities ``named`` in the article, where no other company named
        begins so: the short form used after the full one ("Epic Games ...
        Epic's challenge")."""
        return _sole_owners(
            (words[0], entity.id)
            for entity in map(self.registry.get, sorted(named))
            if entity is not None
            and entity.type == "company"
            and len(words := entity.name.split()) == 2
            and words[0].isalpha()
            and words[0][:1].isupper()
            and len(words[0]) > 2
            and words[0].lower() not in self.lex.title_words
        )

    def note_registry_surnames(self) -> None:
        """ "Jessica Rosenworcel ... Rosenworcel said": registry people's surnames
        (and, named or not, those of the leaders news calls by surname alone)."""
        for surname, person in self.lex.surname_leaders.items():
            if person in self.registry:
                self.surnames.setdefault(surname, person)
        people = [
            entity
            for view in self.views
            for mention in view.mentions
            if (entity := self.registry.get(mention.entity)) is not None
            and entity.type == "person"
            and " " in entity.name
        ]
        # last names first, then first names, which stand for a person where they
        # name no one else: "Zhao Lijian ... Zhao said" (family name first), "Luhut said"
        for position in (-1, 0):
            for entity in people:
                self.surnames.setdefault(entity.name.split()[position], entity.id)

    def add_person(
        self,
        number: int,
        view: SentenceView,
        start: int,
        end: int,
        title: str | None = None,
        modifier: str | None = None,
        worded: bool = False,
    ) -> str | None:
        """(``worded``: a name of dictionary words is still a name, as the
        sentence says it is a person's: "Song Rim, who")"""
        while (
            end - start > 2
            and getAllLemmas(view.lows[start], "NOUN")
            and view.words[start] not in self.gazetteer.first_names
            and (
                view.lower(start - 1) in self.lex.portfolio_links
                or any(m.end == start for m in view.mentions)
            )
        ):
            start += 1  # "Minister of Trade and Industry Mounir Nour": the portfolio's end
        words_ = _name_words(view, start, end)
        if not words_ or (len(words_[-1]) == 1 and view.lower(end) in HYPHENS):
            return None  # (not "Bill C-11": a code's letter, no surname)
        if view.lower(end) in self.lex.place_nouns or (
            view.lower(start - 1) == "of" and view.lower(start - 2) in self.lex.place_nouns
        ):
            return None  # "the resort city of Victoria Falls", "Santa Clara county": a place
        following = next(
            (m for m in view.mentions if m.start == end and self.type_of(m.entity) == "person"),
            None,
        )
        known = self.registry.entities.get(following.entity) if following is not None else None
        if following is not None and known is not None and known.name.split()[0] in words_:
            # "Nana Addo Dankwa Akufo-Addo": the registry person's other names before the
            # surname it knows (not "Hunter Biden", another person)
            view.mentions.remove(following)
            person: str = following.entity
            end = following.end
        elif len(words_) == 1:
            surname = self.surnames.get(words_[0]) or self.registry_surnames().get(words_[0])
            if surname is None:
                return None
            person = surname
        else:
            if (
                all(getAllLemmas(w.lower()) for w in words_)
                and self.registry_person(words_) is None
                and not worded
            ):
                return None  # "General Data Protection Regulation": words, not a name
            name = _person_name(view, start, end)
            person = self.new_entity(name, "person")
            if self.type_of(person) != "person":
                return None
            self.surnames.setdefault(words_[-1], person)
            if words_[0].lower() not in self.lex.title_words:
                self.surnames.setdefault(words_[0], person)  # "Luhut said": the first name
        view.mentions.append(
            Mention(person, "person", number, start, end, view.span_text(start, end))
        )
        self.note_person(person, title, modifier)
        return person

    def registry_person(self, words: list[str]) -> str | None:
        """The registry person named by these words, if one is."""
        key = self.gazetteer.owner.get(key_of(" ".join(words)))
        return key if key and self.type_of(key) == "person" else None

    def note_person(self, person: str, title: str | None, modifier: str | None) -> None:
        if title:
            self.titles.setdefault(person, title)
        if modifier and person not in self.affiliations:
            self.affiliations[person] = modifier

    def find_titled_people(self, number: int, view: SentenceView) -> None:
        # only a title's first word can start one: visit just those (most sentences
        # have none: tell first, with a test that runs in C)
        if self.lex.titles.keys().isdisjoint(view.lows):
            return
        starts = [i for i, low in enumerate(view.lows) if low in self.lex.titles]
        covered = view.covered()
        person_at = {m.start: m for m in view.mentions if self.type_of(m.entity) == "person"}
        resume = 0  # where the scan goes on after a title
        words = view.words
        for i in starts:
            if i < resume:
                continue
            size = _match_phrase(view, i, self.lex.titles)
            if not size or i in covered:
                continue
            if size == 1 and len(words[i]) <= 3 and words[i].islower():
                continue  # a short title in lowercase is a unit: "at 5 pm Friday" ("PM Modi")
            title = view.span_text(i, i + size)
            j = i + size
            post_of = None  # the country a title is "of", which the holder serves
            # "ambassador to Germany, Wu Ken": skip the post's place
            place = next(
                (
                    m
                    for m in view.mentions
                    if m.start == j + 1 and self.type_of(m.entity) in ("country", "organization")
                ),
                None,
            )
            if view.lower(j) in self.lex.post_prepositions and place is not None:
                if view.lower(place.end) == ",":
                    j = place.end
                elif (
                    view.lower(j) == "of"
                    and place.end + 1 < len(words)
                    and words[place.end][:1].isupper()
                    and words[place.end + 1][:1].isupper()
                    and place.end not in covered
                ):
                    j = place.end  # "Prime Minister of Romania Nicolae Ciuca": no comma
                    post_of = place.entity if self.type_of(place.entity) == "country" else None
            while j < len(words) and words[j] in {".", ","}:
                j += 1
            modifier = self.title_modifier(view, i) or post_of
            held = self.past_post(view, i)
            if j in person_at:
                self.note_person(person_at[j].entity, held + title, modifier)
                resume = j
                continue
            # "Chief Legal Officer Song Liuping": a title the list lacks goes on,
            # in capitals, to a word that ends titles
            k = j
            while k + 1 < min(len(words), j + 4) and words[k][:1].isupper() and k not in covered:
                if view.lows[k] in self.lex.title_ends and words[k + 1][:1].isupper():
                    j = k + 1
                    title = view.span_text(i, j)
                    break
                k += 1
            j, portfolio_of = self.past_portfolio(view, j, covered)
            modifier = modifier or portfolio_of
            if j > i + size and words[j - 1] != "," and view.lower(i + size) in ("of", "for"):
                title = view.span_text(i, j)  # "Minister of Sport and Youth Hamid Sajjadi"
            place = next(
                (
                    m
                    for m in view.mentions
                    if m.start == j and m.end == j + 1 and m.kind == "capital"
                ),
                None,
            )
            if (
                place is not None
                and j + 1 < len(words)
                and words[j + 1][:1].isupper()
                and words[j + 1].isalpha()
                and j + 1 not in covered
            ):
                # "Judge Santiago Pedraz": a first name, not Chile's capital
                view.mentions.remove(place)
                covered = view.covered()
            end = _name_run(view, j, covered, self.lex)
            if number == 0 or _title_case(words):
                # "Governor Rhoden Bans DeepSeek", "Minister Rudiantara Blocks Tik Tok": a
                # title-case line's verb ends the name (the last, so "Larry Burns Signs")
                end = next(
                    (
                        k
                        for k in range(end - 1, j, -1)
                        if _is_verb_form(words[k])
                        and words[k + 1 : k + 2] != []
                        # (its object follows: not "President Horacio Cartes for ...")
                        and words[k + 1][:1].isupper()
                    ),
                    end,
                )
            if end > j and (words[j - 1] != "," or len(_name_words(view, j, end)) >= 2):
                self.add_person(number, view, j, end, held + title, modifier)
                covered = view.covered()
                resume = end
                continue
            resume = i + size

    def past_portfolio(
        self, view: SentenceView, j: int, covered: set[int]
    ) -> tuple[int, str | None]:
        """Where the name after a title's portfolio starts: "Minister of Sport
        and Youth [Hamid Sajjadi]" (capitalized dictionary words, joined by
        "and" or "&", before a name of two words or more), past the country the
        post is "of" ("Minister of Defense of Armenia [Davit Tonoyan]"), with
        that country; else ``j``."""
        if view.lower(j) not in ("of", "for"):
            return j, None
        words = view.words
        k = j + 1
        while k < len(words) and k not in covered and words[k][:1].isupper():
            low = view.lows[k]
            if not getAllLemmas(low) or words[k] in self.gazetteer.first_names:
                break
            k += 1
            if (
                view.lower(k) in self.lex.list_joiners
                and k + 1 < len(words)
                and words[k + 1][:1].isupper()
            ):
                k += 1  # "of Sport and Youth"
        country = None
        if k > j + 1 and view.lower(k) == "of":
            country = next(
                (
                    m
                    for m in view.mentions
                    if m.start == k + 1 and self.type_of(m.entity) == "country"
                ),
                None,
            )
            if country is not None:
                k = country.end
        if k == j + 1 or k >= len(words) or not words[k][:1].isupper() or k in covered:
            return j, None
        end = _name_run(view, k, covered, self.lex)
        if len(_name_words(view, k, end)) < 2:
            return j, None
        return k, country.entity if country else None

    def past_post(self, view: SentenceView, title_start: int) -> str:
        """ "former " where the title at ``title_start`` is one its holder held
        ("former Bolivian president", "ex-minister"), else nothing."""
        # past the one whose post it is ("former Bolivian president", "ex-US envoy")
        k = next((m.start - 1 for m in view.mentions if m.end == title_start), title_start - 1)
        hyphens = ("-", "‑", "‐")
        if k >= 0 and view.words[k] in hyphens:
            k -= 1  # "ex-president"
        word = view.lower(k)
        if k >= 2 and view.words[k - 1] in hyphens:
            word = f"{view.lower(k - 2)}-{word}"  # "one-time", written as three tokens
        return "former " if word in self.lex.past_post_words else ""

    def title_modifier(self, view: SentenceView, title_start: int) -> str | None:
        """The country or organization named right before a title."""
        for mention in view.mentions:
            gap = title_start - mention.end
            between = view.words[mention.end : title_start]
            if (
                0 <= gap <= 3
                and all(
                    t in self.lex.possessives
                    or t[:1].isupper()
                    or t.lower() in self.lex.modifier_joiners
                    for t in between
                )
                and self.type_of(mention.entity) in ("country", "organization", "company")
            ):
                return mention.entity
        return None

    def find_speakers(self, number: int, view: SentenceView) -> None:
        """People introduced by a speech verb ("Mark Warner, a Democrat ...,
        said"), or by a given name a registry person bears ("sentenced Laurent
        Vinatier")."""
        is_name = list(map(self.lex.is_name_word, view.words))
        names = list(compress(range(len(is_name)), is_name))
        if not names:
            return
        covered = view.covered()
        credit = self.credit_line(view)  # (once a sentence: a long one costs no more per name)
        resume = 0  # where the scan goes on after a name
        if credit:
            return  # a byline's names are the outlet's staff, no actors
        for i in names:
            if i < resume or i in covered or (i > 0 and is_name[i - 1] and i - 1 not in covered):
                continue
            if view.lower(i - 1) == "the":
                continue  # "according to the Kronen Zeitung": a paper; a person takes no "the"
            if set(getAllLemmas(view.lows[i])) == {"ADV"} and i + 1 < len(is_name):
                i += 1  # "Allegedly HeJian said": an adverb opening the sentence
                if not is_name[i] or i in covered:
                    continue
            while (
                is_name[i]
                and i + 1 < len(is_name)
                and is_name[i + 1]
                and _abstract_noun(view.lows[i])
            ):
                i += 1  # "Minister for ... Telecommunication Shaza Fatima Khawaja": the title's end
            title = _match_phrase(view, i, self.lex.titles)
            if title and i + title < len(is_name) and is_name[i + title]:
                i += title  # "and Lt Commander Chandana Hettiarachchi": the name after the title
            end = _name_run(view, i, covered, self.lex)
            named = _name_words(view, i, end)
            if len(named) < 2 or not (
                self.speaks(view, i, end)
                or _middle_initial(named)
                or (
                    self.titled_after(view, end)
                    and number > 0
                    # (a list's item may be all capitals: "● Name – Deputy Minister of ...")
                    and (not _title_case(view.words) or view.words[0] in BULLETS)
                )
                or (
                    self.gazetteer.is_given_name(named[0])
                    # (four words after two given names: "Juan Pablo Cartes Montaña")
                    and len(named) <= 3 + self.gazetteer.is_given_name(named[1])
                    # (not a place: "Blair House", "Solomon Island")
                    and named[-1].lower() not in self.lex.place_nouns
                    and named[-1].lower() not in self.lex.building_nouns
                    and view.lower(i - 1) != "by"
                    # "Author: Dave DeCamp", not "were targeted: Michael Gahler, ..."
                    and not (view.lower(i - 1) == ":" and i <= 3)
                    and not credit
                )
                or (self.after_person(view, i) and len(named) <= 3 and not credit)
                or (self.titled_before(view, i, end) and len(named) <= 4)
            ):
                resume = max(end, i + 1)
                continue
            who = (
                view.lower(end) == ","
                and view.lower(end + 1) == "who"
                and len(named) <= 3
                # (not a post's words: "and Chief Legal Officer, who")
                and not any(w.lower() in self.lex.title_words for w in named)
            )
            person = self.add_person(number, view, i, end, worded=who)
            if person and view.lower(end) == ",":
                self.note_appositive(view, person, end + 1)
            covered = view.covered()
            resume = end

    def after_person(self, view: SentenceView, start: int) -> bool:
        """Whether a name at ``start`` follows a person and "and" ("two judges —
        Mikheil Chinchaladze and Levan Murusidze"): another person."""
        return view.lower(start - 1) == "and" and any(
            m.end == start - 1 and self.type_of(m.entity) == "person" for m in view.mentions
        )

    def titled_before(self, view: SentenceView, start: int, end: int) -> bool:
        """Whether a name from ``start`` to ``end`` is set off by commas after
        its post: "the chief of the state-run telecommunications agency,
        Orlando Castillo Castillo;", "Nicaragua's ambassador, Name, said"."""
        if view.lower(start - 1) != "," or view.lower(end) not in (",", ";", ".", ""):
            return False
        for j in range(start - 2, max(-1, start - 14), -1):
            if view.words[j] == "," and j > 0 and view.words[j - 1][:1].isupper():
                continue  # a portfolio's list: "Minister of Industry, Trade, and Supply, Name"
            if view.words[j] in (",", ";", ".", ":", "(", ")"):
                return False
            if _match_phrase(view, j, self.lex.titles) and (
                view.lower(j - 1) in self.lex.title_followers
                or view.lower(j - 1) in self.lex.possessives
            ):
                return True
        return False

    def titled_after(self, view: SentenceView, end: int) -> bool:
        """Whether a name ending at ``end`` is followed by its post: "Brook
        Barrington, First Deputy Minister of Defense", ", the bank's chief"."""
        if view.lower(end) not in (",", "–", "—"):  # (and "Name – Deputy Minister")
            return False
        for j in range(end + 1, min(len(view.words), end + 6)):
            low = view.lower(j)
            if low in self.lex.title_heads and low not in self.lex.connectors:
                return True
            if low in ("the", "a", "an", "its", "their", "his", "her", "first", "former", "acting"):
                continue
            if low not in self.lex.title_words or low in self.lex.connectors:
                return False
        return False

    def credit_line(self, view: SentenceView) -> bool:
        """Whether a sentence is a byline or a credit, not running text: "By
        Chris Forrester", "(Reporting by X; Editing by Y)", a line of names alone
        ("Giuseppe Fonte and Elvira Pollina"), "(By X and Y)", "- By X",
        "published Sep 6, 2017, by X", "X contributed to this report"."""
        lows = view.lows
        opening = view.lower(0) == "by" and len(view.words) > 1 and view.words[1][:1].isupper()
        if opening or any(
            low == "by"
            and k
            and (
                lows[k - 1] in self.lex.credit_words
                or (view.words[k] == "By" and lows[k - 1] in ("(", "-", "–", "—"))
                or ("published" in lows[:k] and len(lows) <= 16)
            )
            for k, low in enumerate(lows)
        ):
            return True
        text = f" {' '.join(lows)} "  # (whole words: not "misreported for")
        if any(f" {phrase} " in text for phrase in self.lex.credit_phrases):
            return True
        return all(w in ("and", ",", ".") or not w.isalpha() or not w.islower() for w in view.words)

    def note_appositive(self, view: SentenceView, person: str, start: int) -> None:
        """ "<Name>, the head of France's agency ANSSI, ...": title and affiliation."""
        stop = next(
            (
                k
                for k in range(start, min(len(view.words), start + 16))
                if view.words[k] in {",", ";", "."}
            ),
            min(len(view.words), start + 16),
        )
        inside = [m for m in view.mentions if start <= m.start < stop]
        inside.sort(
            key=lambda m: (
                {"organization": 0, "company": 1, "country": 2}.get(self.type_of(m.entity), 3),
                m.start,
            )
        )
        size = _match_phrase(view, start + 1, self.lex.titles)
        title = view.span_text(start + 1, start + 1 + size) if size else None
        if inside and self.type_of(inside[0].entity) in ("organization", "company", "country"):
            self.note_person(person, title, inside[0].entity)

    def named_people(self, view: SentenceView, start: int) -> bool:
        """Whether the name at ``start`` is in a list of names after a plural
        noun of people: "two Chinese nationals, Chuan Geng and Shiwei Yang"."""
        k = start - 1
        for _ in range(6):
            if view.lower(k) == "," and view.lower(k - 1) in self.lex.people_plurals:
                return True
            if view.lower(k) not in (",", "and"):
                return False
            k -= 1  # past the name before: "Chuan Geng and"
            while k >= 0 and self.lex.is_name_word(view.words[k]):
                k -= 1
        return False

    def speaks(self, view: SentenceView, start: int, end: int) -> bool:
        if view.lower(end) in self.lex.speech:
            return True
        if self.named_people(view, start):
            return True  # (no speech, but as sure a person)
        if view.lower(start - 1) in self.lex.speech and (
            view.lower(end) in ("", ".", ",", ";") or view.lower(end) in self.lex.subject_verbs
        ):
            # "..., said Mark Warner.", "said Travis King would" (not "added Skyrizon
            # Aircraft to a list")
            return True
        if view.lower(end) in self.lex.verbish and view.lower(end + 1) in self.lex.speech:
            return True  # "<Name> has described", "<Name> had said"
        if view.lower(end) == "," and (
            _age(view, end + 1) or view.words[end + 1 : end + 2] == ["who"]
        ):
            # "two suspects, Aaron Woon, 41, and Alan Wei, 49", "Song Rim, who" (not a
            # headline's question: "Zambia Licenses StarLink, Who is Next?")
            return True
        if view.lower(end) == ",":
            # "<Name>, a Democrat from Virginia, said", "<Name>, Sweden's minister, said"
            for k in range(end + 2, min(end + 26, len(view.words) - 1)):
                if view.lower(k) in {".", ";"}:
                    break
                if view.lower(k) == "," and view.lower(k + 1) in self.lex.speech:
                    return True
            # "<Name>, the head of ...", "<Name>, president and CEO of ...",
            # "<Name>, the company's executive vice president ..."
            for k in range(end + 1, min(end + 7, len(view.words))):
                if view.lower(k) in {",", ".", ";"}:
                    break
                if _match_phrase(view, k, self.lex.titles) and (
                    view.lower(end + 1) in self.lex.title_followers | self.lex.title_words
                    or self.owner_before(view, end + 1, k)
                ):
                    return True
        return False

    def owner_before(self, view: SentenceView, start: int, title: int) -> bool:
        """Whether the words from ``start`` to a title are a named party and its
        possessive: "<Name>, Japan's ambassador to China"."""
        return view.lower(title - 1) in self.lex.possessives and any(
            m.start == start and m.end == title - 1 for m in view.mentions
        )

    def find_organizations(self, number: int, view: SentenceView) -> None:
        """Names shaped like organizations: "... Authority", "... Ltd."."""
        words = view.words
        # a token does something below only if it is a company head or an
        # organization suffix: visit just those (most sentences have none)
        heads = self.lex.organization_words
        # (first a test that runs in C)
        if heads.isdisjoint(view.lows):
            return
        candidates = [i for i, low in enumerate(view.lows) if low in heads]
        covered = view.covered()
        title_case = number == 0 or _title_case(view.words)
        demonym_at = {
            i: m
            for m in view.mentions
            if m.kind in ("demonym", "name") and self.type_of(m.entity) == "country"
            for i in range(m.start, m.end)
        }
        # "the Kuwait Fund for Arab Economic Development", "the Data Protection
        # Authority of Hamburg": a region inside the name (not one a list goes on
        # from: "University of California and Virginia Tech")
        regions = {
            i
            for m in view.mentions
            if self.type_of(m.entity) == "region" and view.lower(m.end) not in self.lex.list_joiners
            for i in range(m.start, m.end)
        }
        for i in candidates:
            word = words[i]
            low = view.lows[i]
            if (
                low in self.lex.company_heads
                and word[:1].isupper()
                and i not in covered
                and i + 1 in demonym_at
                and demonym_at[i + 1].kind == "name"
            ):
                place = demonym_at[i + 1]  # "Telecom Egypt", "Telekom Romania"
                name = view.span_text(i, place.end)
                entity_id = self.new_entity(name, "company", country=place.entity)
                place.role = "part"
                view.mentions.append(Mention(entity_id, "org", number, i, place.end, name))
                covered = view.covered()
                continue
            if (
                low in self.lex.company_heads
                and word[:1].isupper()
                and i not in covered
                and i - 1 in demonym_at
                and demonym_at[i - 1].kind == "demonym"
                and demonym_at[i - 1].end == i
                and not (i + 1 < len(words) and words[i + 1][:1].isupper())
            ):
                place = demonym_at[i - 1]  # "Faroese Telecom", "Ethiopian Airlines"
                name = view.span_text(place.start, i + 1)
                entity_id = self.new_entity(name, "company", country=place.entity)
                view.mentions.remove(place)
                view.mentions.append(Mention(entity_id, "org", number, place.start, i + 1, name))
                covered = view.covered()
                continue
            lowercase_post = low in self.lex.posts and i - 1 in demonym_at  # "Chinese embassy in"
            if i in covered or not (word[:1].isupper() or lowercase_post):
                continue
            if in_capitals(word):
                continue  # a line set in capitals ("US BANS HUAWEI FROM NETWORKS"): no name
            kind = (
                "company"
                if low in self.lex.company_suffixes
                else "organization"
                if low in self.lex.org_suffixes
                else None
            )
            if kind is None:
                continue
            if i + 1 < len(words) and words[i + 1][:1].isupper() and words[i + 1][:1].isalpha():
                continue  # the name goes on: "Telecommunications Security Fund"
            if _bracketed_place(words, i + 1) and kind == "company":
                continue  # ... past a place in brackets: "Modern Heavy Industries (Taicang) Co Ltd"
            start = i
            country = None
            owner: Mention | None = None  # a registry company the name begins with
            while start > 0:
                prev = words[start - 1]
                if start - 1 in demonym_at:
                    country = demonym_at[start - 1].entity
                    start -= 1
                elif start - 1 in covered or (
                    prev.lower() in self.lex.name_joiners
                    and prev.lower() not in self.lex.list_joiners
                    and start - 2 in covered
                    and kind == "company"
                ):
                    joined = start - 1 not in covered  # "SQM de Chile SA": SQM's
                    parent = next(
                        (
                            m
                            for m in view.mentions
                            if m.end == start - joined and self.type_of(m.entity) == "company"
                        ),
                        None,
                    )
                    if joined and parent is None:
                        break
                    if parent is not None and kind == "company":
                        # "Hanwha Shipping LLC": a company of Hanwha, not "Shipping LLC"
                        country = country or self.registry.country_of(parent.entity)
                        start, owner = parent.start, parent
                        break
                    parent_body = (
                        next(
                            (
                                m
                                for m in view.mentions
                                if m.end == start
                                and self.type_of(m.entity) == "organization"
                                and not self.international(m.entity)
                            ),
                            None,
                        )
                        # (not "the Treasury Department": the registry's own name)
                        if not joined and kind == "organization" and start < i
                        else None
                    )
                    if parent_body is not None:
                        # "the House of Representatives Intelligence Committee": a body of it
                        country = country or self.registry.country_of(parent_body.entity)
                        start = parent_body.start
                        break
                    named_for = next(
                        (
                            m
                            for m in view.mentions
                            if m.end == start
                            and self.type_of(m.entity) == "person"
                            and kind == "organization"
                            and not joined
                        ),
                        None,
                    )
                    if named_for is not None:
                        # "the Akhmat Kadyrov Foundation": a body named for a person (the
                        # registry's of that surname or not), whose given name opens it
                        start = named_for.start
                        while (
                            start > 0
                            and named_for.start - start < 3
                            and _capitalized(view, start - 1)
                            and (start - 1 not in covered)
                        ):
                            start -= 1
                        view.mentions.remove(named_for)
                        break
                    # "the Wuxi Jiangnan Institute", "the Sindh High Court": a place is
                    # part of the name, and its country the body's
                    region = next(
                        (
                            m
                            for m in view.mentions
                            if m.end == start
                            and (
                                self.type_of(m.entity) == "region"
                                or (m.kind == "capital" and kind == "company")
                            )
                        ),
                        None,
                    )
                    if region is not None:
                        # ("Beijing Xinwei Technology Group Co.": a capital too)
                        country = country or (
                            region.entity
                            if region.kind == "capital"
                            else self.registry.country_of(region.entity)
                        )
                        start = region.start
                        named = demonym_at.get(start - 1)
                        if named is not None and named.kind == "name":
                            # "the Canada Tibet Committee": a country opens the name
                            country, start = named.entity, named.start
                        while (
                            kind == "company"
                            and start > 0
                            and start - 1 not in covered
                            and _unknown_name(words[start - 1])
                            and view.lows[start - 1] not in self.lex.determiners
                        ):
                            start -= 1  # "NFC Africa Mining": a name no dictionary knows opens it
                    break
                elif (
                    prev in ("-", "‑", "‐")
                    and start >= 2
                    and words[start - 2][:1].isupper()
                    and start - 2 not in covered
                    # joined, not set apart: "UK Soon - Foreign Ministry" is two phrases
                    and view.starts[start] == view.starts[start - 1] + 1
                    and view.starts[start - 1] == view.starts[start - 2] + len(words[start - 2])
                ):
                    start -= 2  # "the Federal Anti-Monopoly Service": one name
                elif (
                    prev in POSSESSIVES
                    and start >= 2
                    and words[start - 2][:1].isupper()
                    and start - 2 not in covered
                    # (an owner's name, no dictionary word: "Wicknell Chivayo's IMC
                    # Communications" is Chivayo's company)
                    and not _unknown_name(words[start - 2])
                ):
                    start -= 2  # "the Fuzhou Intermediate People's Court": one name
                elif (
                    kind == "company"
                    and start >= 4
                    and _bracketed_place(words, start - 3)
                    and words[start - 4][:1].isupper()
                    and start - 4 not in covered
                ):
                    start -= 3  # "Wison (Nantong) Heavy Industry Co Ltd": one name
                elif (title_case or view.lower(start - 2) in self.lex.subject_pronouns) and (
                    _is_verb_form(prev) or _bare_verb(prev.lower())
                ):
                    # a title-case verb: "Microsoft, OpenAI Restructure Partnership",
                    # "Indonesia Says it Blocks Services on Tumblr"
                    break
                elif (
                    prev[:1].isupper()
                    and prev.lower() not in self.lex.determiners
                    and prev.lower() not in self.lex.name_joiners
                    or prev.lower() in self.lex.name_joiners
                    # (a company's name joins no list: "Philips and Go Scale Capital"; nor,
                    # in a title-case line, a phrase: "Chinese Deal for Hotel Software Company")
                    and (kind == "organization" or (prev.lower() != "and" and not title_case))
                    and start - 2 >= 0
                    and words[start - 2][:1].isupper()
                    and start - 2 not in covered
                    # (not a sentence's opening plural: "Shares of Powertech Technologies")
                    and not (
                        start == 2
                        and kind == "company"
                        and noun_lemma(view.lows[0]) not in (None, view.lows[0])
                    )
                ):
                    start -= 1
                else:
                    break
            while (
                start + 2 < i
                and (post := _match_phrase(view, start, self.lex.titles))
                and start + post + 1 < i
                and view.lower(start + post) in ("of", "for")
            ):
                # "Mayor of Gladstone Regional Council", "Director General of Ethiopian
                # Space Science and Technology Institute": a post, then the body
                start += post + 1
            if (
                start in demonym_at
                and view.lower(start - 1) in ("-", "‑", "‐")
                and start - 2 in demonym_at
            ):
                continue  # "the Mongolia-Kazakhstan Strategic Partnership": the pair's, no body
            end = i + 1
            posted = low in self.lex.posts and view.lower(end) == "in"  # "Embassy in Sofia"
            # "the Chinese Embassy in the Netherlands": the country's article too
            article = int(posted and view.lower(end + 1) == "the")
            if (
                (view.lower(end) in self.lex.suffix_links or posted)
                and end + 1 + article < len(words)
                and words[end + 1 + article][:1].isupper()
                # (a title-case headline capitalizes what follows: "Penalty on Taiwan
                # Trading Company for Involvement in ...")
                and not (title_case and kind == "company")
            ):
                end += 1 + article
                while (
                    end < len(words)
                    and (
                        words[end][:1].isupper()
                        or (
                            words[end].lower() in self.lex.list_joiners
                            and end + 1 < len(words)
                            and words[end + 1][:1].isupper()
                        )
                        or (  # "the Russian consulate in St. Petersburg"
                            words[end] == "."
                            and _is_initial(words[end - 1])
                            and end + 1 < len(words)
                            and words[end + 1][:1].isupper()
                        )
                    )
                    and (end not in covered or end in demonym_at or end in regions or posted)
                    and view.lower(end) not in self.lex.day_names
                ):
                    end += 1  # "Global Partnership for Ethiopia": a country may end the name
                end = _listed_in_name(view, end, covered)
                nxt = view.lower(end)
                if (
                    end - i > 4
                    and (nxt in self.lex.verbish or _is_verb_form(view.words[end] if nxt else ""))
                    and all(self.lex.is_name_word(w) for w in words[end - 2 : end])
                    # (a person's names, not dictionary words: "for Arab Economic Development")
                    and any(_unknown_name(w) for w in words[end - 2 : end])
                    and words[end - 3][:1].isupper()
                ):
                    end -= 2  # "Ministry of Information and Communications Joseph Mucheru has"
            if (
                end < len(words)
                and words[end] == "."
                and kind == "company"
                and (
                    (len(words[end - 1]) <= 4 and not getAllLemmas(words[end - 1].lower()))
                    or "." in words[end - 1]
                )
            ):
                end += 1  # "Co.", "Inc.", "S.A.": an abbreviation's period (not "Bank.")
            body = [w for w in words[start:end] if w != "."]
            capitals = [
                t
                for t in body
                if t[:1].isupper()
                # an acronym is a name even where its word is not ("IT Ministry")
                and (t.lower() not in self.lex.not_names or len(t) > 1 and t.isupper())
                and t.lower() not in self.lex.suffixes  # (no token but "." ends with one)
            ]
            if not capitals and end > i + 2 and view.lower(i + 1) in self.lex.suffix_links:
                capitals = [t for t in words[i + 2 : end] if t[:1].isupper()]  # "of Culture"
            if not capitals and kind == "organization" and len(body) > 2 and view.lower(end) == "(":
                # "the National Telecommunications Council (CONATEL)": named by its short form
                short = words[end + 1] if end + 1 < len(words) else ""
                if len(short) > 2 and short.isupper() and view.lower(end + 2) == ")":
                    capitals = body
            if not capitals and posted and end > i + 2:
                capitals = body  # "the Chinese Embassy in the United States": where it is
            if start == i and end == i + 1 or not capitals:
                continue
            if view.lower(end) == "(" and view.lower(end + 1) in self.lex.not_names:
                continue  # "Global System for Mobile (GSM)": a technology by its short form
            if (
                start in demonym_at
                and start == i - 1
                and end == i + 1
                and not (kind == "company" and demonym_at[start].kind == "name" and not title_case)
            ):
                continue  # "Swedish Agency", "Chinese Steel" are too thin a name to trust
                # ("Qatar Airways" is one)
            if low in self.lex.ref_government and words[i - 1] in self.registry_surnames():
                continue  # "the Trump Administration": the country, read later
            if (
                title_case
                and words[-1] not in (".", "!", "?")  # a headline's line, not a list of names
                and kind == "company"
                and not any(_unknown_name(w) or w.isupper() for w in words[start:i])
                and not any(start <= m.start < i + 1 for m in view.mentions)
            ):
                continue  # "Trump Blocks Chinese Deal for Hotel Management Software Company"
            first = start + (start in demonym_at)
            if (
                kind == "company"
                and (view.lower(first),) in self.lex.titles.get(view.lower(first), ())
                and view.lower(first + 1) == "of"
            ):
                continue  # "Yemeni Minister of Communications": a post, no company
            name = view.span_text(start, end)
            canonical = (
                re.sub(r",?\s+(Ltd|Limited|Inc|Corp|Co|LLC|plc|SA|AG|NV|GmbH|SpA|AB)\.?$", "", name)
                if kind == "company"
                else name
            )
            if low == "bank" and any(
                view.lower(k) in self.lex.public_bank_words
                or "-".join(view.lows[k : k + 3]) in self.lex.public_bank_words
                for k in range(start, end)
            ):
                kind = "organization"  # "the Central Bank of Kenya": a public body
            inside = [m for m in view.mentions if start <= m.start < end]
            if (
                country is None
                and kind == "organization"
                and view.lower(start - 1) in self.lex.possessives
                and start - 2 in demonym_at
            ):
                country = demonym_at[start - 2].entity  # "Sweden's Foreign Affairs Ministry"
            if country is None and kind == "organization" and view.lower(i + 1) == "of":
                # "the Communications Regulatory Authority of Namibia": Namibia's
                country = next(
                    (
                        m.entity
                        for m in inside
                        if m.start > i and self.type_of(m.entity) == "country"
                    ),
                    None,
                )
            named_at = end + 1 + (view.lower(end + 1) == "the")
            if (
                country is None
                and kind == "organization"
                and view.lower(end) == "of"
                and named_at in demonym_at
                and demonym_at[named_at].kind == "name"
            ):
                # "the National Security and Defense Council of the Ukraine": Ukraine's
                country = demonym_at[named_at].entity
            if owner is not None and all(
                words[k].lower().rstrip(".") in self.lex.company_suffixes
                or words[k].lower() in self.lex.name_joiners
                or k in demonym_at
                or words[k] == "."
                for k in range(owner.end, end)
            ):  # "Huawei Technologies Co.", "Meta Platforms Ireland Limited": the company
                entity_id = owner.entity
            else:
                entity_id = (
                    self.longer_name(canonical)
                    or self.listing_name(canonical)
                    or self.of_country_name(view, demonym_at.get(start), end)
                    or self.new_entity(canonical, kind, country=country)
                )
            for k in range(start, end):
                demonym_at.pop(k, None)
            view.mentions = [m for m in view.mentions if not (start <= m.start < end)]
            for m in inside:
                if self.type_of(m.entity) == "country":
                    m.role = "part"  # a country in an organization's name is not its actor
                    view.mentions.append(m)
            view.mentions.append(Mention(entity_id, "org", number, start, end, name))
            covered = view.covered()

    def find_surnames(self, number: int, view: SentenceView) -> None:
        if self.surnames.keys().isdisjoint(view.words):
            return  # most sentences name none
        covered = view.covered()
        titled = _title_case(view.words)
        for i, word in enumerate(view.words):
            if i in covered:
                continue
            person = self.surnames.get(word)
            before = view.words[i - 1] if i else ""
            if (
                not titled
                and word in self.lex.surname_leaders  # (a surname the article has not named)
                and person == self.lex.surname_leaders[word]
                and before[:1].isupper()
                and before.isalpha()
                and before.lower() not in self.lex.title_words
                and before.lower() not in self.lex.not_names  # "On Monday Trump said"
                and (i - 1) not in covered
            ):
                continue  # "Hunter Biden": another person of that name
            if person and word[:1].isupper():
                view.mentions.append(Mention(person, "surname", number, i, i + 1, word))

    def acting_subdivision(self, view: SentenceView, mention: Mention) -> bool:
        """Make a state or province that opens a clause and does an act a
        body of its own ("Texas bans DeepSeek", "Montana has banned TikTok":
        the state's government, named as the state); whether it did."""
        region = self.entity(mention.entity)
        if region is None or region.type != "region" or not region.country:
            return False
        opening = mention.start - 1
        if view.lower(opening) == "of" and view.lower(opening - 1) in self.lex.subdivision_nouns:
            opening -= 2 + (view.lower(opening - 2) == "the")  # "The state of Montana bans"
        if mention.kind == "demonym" or view.lower(opening) not in ("", ",", "and"):
            return False  # ("in Texas", "a Texan company")
        k = mention.end
        while view.lower(k) in self.lex.subject_verbs or view.lower(k).endswith("ly"):
            k += 1  # "Montana has formally banned"
        if verb_lemma(view.lower(k)) not in self.lex.region_acts or not view.lower(k).endswith(
            ("s", "ed")
        ):
            return False  # (a verb as written: "bans", "banned"; not "ban" the noun)
        # (no country: what a state does is not its country's stance)
        body = f"{region.id}-government"
        self.local.setdefault(
            body, Entity(id=body, name=region.name, type="organization", aliases=(region.name,))
        )
        mention.entity, mention.role = body, "actor"
        return True

    def assign_roles(self, view: SentenceView) -> None:
        mentions = view.mentions
        starts = {m.start for m in mentions}
        for index, mention in enumerate(mentions):
            body = self.lex.acting_regions.get(mention.entity)
            if body and mention.role == "region":
                nxt = view.words[mention.end] if mention.end < len(view.words) else ""
                before = view.lower(mention.start - 1)
                # "tactics used across Europe and Eurasia": the place
                placed = before in self.lex.locative or before in ("to", "from")
                if nxt.islower() and (nxt in self.lex.verbish or _is_verb_form(nxt)) and not placed:
                    mention.entity, mention.role = body, "actor"  # "Europe allows Huawei": the EU
                    continue
                if (
                    mention.kind == "demonym"
                    and view.lower(mention.start - 1) in self.lex.goods_prepositions
                    and nxt.islower()
                    and nxt.isalpha()
                    # (not "from European manufacturers Nokia and Ericsson": those named)
                    and starts.isdisjoint(range(mention.end + 1, mention.end + 4))
                ):  # "duties on European brandy": the EU's goods
                    mention.entity, mention.role = body, "actor"
                    continue
                head = view.lower(mention.end)
                if head.isalpha() and head not in self.lex.region_body_nouns:
                    head = view.lower(mention.end + 1)  # "European antitrust regulators"
                if mention.kind == "demonym" and head in self.lex.region_body_nouns:
                    mention.entity, mention.role = body, "actor"
                    continue
            if mention.role == "region" and self.acting_subdivision(view, mention):
                continue
            kind = self.type_of(mention.entity)
            if mention.role != "actor":
                continue
            if kind in NEVER_ACTORS:
                mention.role = ROLE_OF_TYPE[kind]
                continue
            if (
                kind == "country"
                and self.in_law_name(view, mention.end)
                and not _title_case(view.words)  # (a headline's capitals name no law)
            ):
                mention.role = "part"  # "sponsored the Hong Kong Human Rights and Democracy Act"
                continue
            if (
                kind in ("organization", "company", "person")
                and view.words[mention.end : mention.end + 1] != [view.lower(mention.end)]
                and view.lower(mention.end) in self.lex.law_heads
                and not _title_case(view.words)
            ):
                # "the NDP Act", "the Federal Trade Commission Act", "the Global Magnitsky
                # Act": a law
                mention.role = "part"
                continue
            if mention.kind == "capital" and view.lower(mention.end) in self.lex.treaty_heads:
                mention.role = "part"  # "the Paris Agreement", "the Minsk Accords": a name
                continue
            platform = mention.entity in self.lex.platforms
            if kind == "company" and self.medium(view, mention, platform):
                mention.role = "locative"  # "said on X", "wrote on his Truth Social platform"
                continue
            before = view.lower(mention.start - 1)
            if before == "the":
                before = view.lower(mention.start - 2)
            previous = mentions[index - 1] if index else None
            if (
                before in self.lex.outside_prepositions
                or (
                    previous is not None
                    and (
                        previous.role == "locative"
                        # "companies in Hangzhou, Shenzhen, Guilin and Hong Kong": cities first
                        or (
                            previous.role == "region" and self.placed_run(view, mentions, index - 1)
                        )
                    )
                    and kind in ("country", "region")
                    and all(
                        view.lower(k) in {",", "or", "and", "the"}
                        # (a place the registry lacks: "Shenzhen, Guilin and Hong Kong")
                        or (previous.role == "region" and view.words[k][:1].isupper())
                        for k in range(previous.end, mention.start)
                    )
                    and not self.subject_list(view, mentions, index)
                )
            ):
                mention.role = "locative"  # "suppliers based outside the EU, NATO or the OECD"
                continue
            nxt = view.lower(mention.end)
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            bare = (  # "Meta Platforms’ Instagram": a plural's possessive, no "s"
                nxt in ("'", "’")
                and view.words[mention.end - 1].endswith("s")
                and following is not None
                and following.start == mention.end + 1
            )
            if (
                kind in ("person", "company")
                and (nxt in self.lex.possessives or bare)
                and following is not None
                and following.start - mention.end <= 8
                and self.type_of(following.entity) in ("company", "organization")
                and _phrase_words(view, mention.end + 1, following.start) <= 3
                and all(
                    view.words[k].islower()
                    or view.words[k][:1].isupper()
                    or view.words[k] in HYPHENS
                    for k in range(mention.end + 1, following.start)
                )
                and not any(
                    view.lower(k) in self.lex.phrase_stops
                    for k in range(mention.end + 1, following.start)
                )
            ):
                mention.role = "modifier"  # "Elon Musk's Starlink", "Alphabet's Google"
                continue
            if (
                mention.kind == "demonym"
                and nxt in HYPHENS
                and view.lower(mention.end + 1) in self.lex.language_words
            ):
                mention.role = "part"  # "Vietnamese-language apps": a language, not the country
                continue
            leaning = (
                view.lower(mention.start - 1) in HYPHENS
                and view.lower(mention.start - 2) in self.lex.leaning_prefixes
            )
            if leaning or (nxt in HYPHENS and view.lower(mention.end + 1).endswith("ed")):
                # "Russia-based firm Kaspersky", "Kremlin-backed Wagner Group", "the
                # pro-Israel group Predatory Sparrow": a qualifier
                mention.role = (
                    "modifier"
                    if following is not None
                    and following.start - mention.end <= 6
                    and self.type_of(following.entity) in ("company", "organization")
                    # the city a body is based in is no party to what is done to it
                    # ("sanctions on the Hague-based tribunal"; "China-based firms"
                    # are China's)
                    else "locative"
                    if view.lower(mention.end + 1) in self.lex.location_participles
                    and (mention.kind == "capital" or kind != "country")
                    else "object"
                )
                continue
            if (
                kind in ("company", "organization")
                and following is not None
                and self.type_of(following.entity) == "person"
                and 0 < following.start - mention.end <= 3
                and all(
                    view.lower(k) in self.lex.title_words
                    for k in range(mention.end, following.start)
                )
            ):
                mention.role = "modifier"  # "Huawei CEO Ren Zhengfei", "Congress MP Shashi Tharoor"
                continue
            if (
                kind in ("country", "organization", "company")
                and following is not None
                and following.start == mention.end + 1
                and view.lower(mention.end) in self.lex.relation_nouns
                and self.type_of(following.entity) in ("country", "organization", "company")
            ):
                mention.role = "modifier"  # "NATO ally Turkey", "EU member Hungary": Turkey
                continue
            if (
                following is not None
                and following.start == mention.end + 1
                and view.lower(mention.end) in self.lex.opponent_nouns
                and self.type_of(following.entity) == "person"
            ):
                mention.role = "modifier"  # "Kremlin critic Alexei Navalny": the critic
                continue
            if kind != "country" and mention.entity not in self.lex.territorial:
                continue
            if mention.entity in self.lex.territorial and (
                view.lower(mention.end) in self.lex.law_nouns
                or (
                    view.lower(mention.end) in self.lex.possessives
                    and view.lower(mention.end + 1) in self.lex.law_nouns
                )
            ):
                mention.role = "part"  # "EU rules", "the EU's General Data Protection Regulation"
                continue
            if view.lower(mention.end) in self.lex.currency_nouns:
                mention.role = "part"  # "16.6 billion Canadian dollars": a currency's name
                continue
            if (
                index > 0
                and mentions[index - 1].end == mention.start
                and self.type_of(mentions[index - 1].entity) == "company"
                and mention.kind == "name"
            ):
                mention.role = "modifier"  # a national arm: "Telia Norway", "Vodafone UK"
                continue
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            if self.described_firm(view, mention, following):
                mention.role = "modifier"  # "in the UAE artificial intelligence firm G42"
                continue
            before = view.lower(mention.start - 1)
            if before in self.lex.place_parts:
                before = view.lower(mention.start - 2)  # "in mainland France"
            if before == "the":
                before = view.lower(mention.start - 2)
            owned_post = (
                view.lower(mention.end) in self.lex.possessives
                and view.lower(mention.end + 1) in self.lex.posts
            )  # "based in Russia's embassy": the embassy's owner, no place
            made_in = (
                before == "in"
                and view.lower(mention.start - 2 - (view.lower(mention.start - 1) == "the"))
                in self.lex.origin_participles
            )  # "vehicles made in China": where they come from
            post = view.lower(mention.start - 2)
            hosting = (
                before == "in"
                and post in self.lex.envoys
                and (
                    (mention.kind == "name" and post not in self.lex.posts)
                    or view.lower(mention.start - 3)
                    in self.lex.person_possessives | {"its", "their"}
                )
            )  # "recalled its ambassador in Algeria", "closed its embassy in Tehran": the host
            if (
                before in self.lex.locative
                and mention.kind in ("name", "capital")
                and not self.officials_in(view, mention)
                and not owned_post
                and not made_in
                and not hosting
            ):
                mention.role = "locative"
                continue
            nxt = view.lower(mention.end)
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            between = view.words[mention.end : following.start] if following else []
            # "Japan's NEC", "UK Foreign Secretary Dominic Raab", "Chinese tech giant
            # Huawei" -- but not "Germany has restricted Huawei"
            appositive = (  # "Russia's national airline, Aeroflot,": Aeroflot
                following is not None
                and len(between) > 2
                and between[0] in self.lex.possessives
                and between[-1] == ","
                and view.lower(following.end) in (",", ".", ";", ":", "")
            )
            if appositive:
                between = between[:-1]
            elif (
                between[-1:] == ["("]
                and following is not None
                and view.words[following.end : following.end + 1] == [")"]
                and view.lower(following.start - 2) in self.lex.ref_organization
                and self.registry.country_of(following.entity) in (None, mention.entity)
            ):
                between = between[:-1]  # "Spain's competition watchdog (CNMC)": CNMC
            elif following is not None:
                # "South Sudan's army deputy chief of staff X": a title of its own words
                titled = next(
                    (
                        j
                        for j in range(mention.end, following.start)
                        if _match_phrase(view, j, self.lex.titles) == following.start - j
                    ),
                    following.start,
                )
                between = between[: titled - mention.end]
            # "a bid by US arms company Sikorsky": a country's name before a company's
            # kind, where no clause opens, describes the company as a demonym does
            kind_before = (
                mention.kind == "name"
                and self.type_of(mention.entity) == "country"
                and view.lower(mention.start - 1) in self.lex.kind_openers
                and between[-1:] != []
                and between[-1] in self.lex.company_nouns
            )
            near_actor = (
                following is not None
                and len(between) <= 5  # (the words before a title, or an appositive's)
                and self.type_of(following.entity) in ("company", "organization", "person")
                and not self.international(following.entity)  # "Finland's NATO membership"
                and all(
                    t in self.lex.possessives
                    or (t in ("'", "’") and between[:1] == [t])  # "US' defense company X"
                    or (t[:1].isupper() and not _is_verb_form(t))
                    or t.lower() in self.lex.title_words
                    or (
                        (
                            mention.kind == "demonym"
                            or kind_before
                            or (between and (between[0] in POSSESSIVES or between[0] in ("'", "’")))
                        )
                        and t.isalpha()
                        and t.islower()
                        and not t.endswith("ed")
                        and t.lower() not in self.lex.verbish
                        and t.lower() not in self.lex.phrase_stops
                    )
                    for t in between
                )
            )
            if mention.kind == "demonym":
                if nxt in self.lex.agent_nouns:
                    mention.role = "agent"
                elif near_actor:
                    mention.role = "modifier"
                else:
                    mention.role = "object"
            elif near_actor:
                mention.role = "modifier"
            elif (
                nxt in self.lex.object_nouns
                and nxt not in self.lex.not_object_nouns
                # (not the verb of a clause: "Vietnam made a similar move", "Congo made
                # headlines"; but "US made chips")
                and not (
                    nxt in self.lex.origin_participles
                    and view.lower(mention.end + 1) not in self.lex.object_nouns
                )
                or (
                    nxt in self.lex.possessives
                    and view.lower(mention.end + 1) in self.lex.object_nouns
                )
            ):
                mention.role = "object"  # "US exports", "China's presence"

    def placed_run(self, view: SentenceView, mentions: list[Mention], index: int) -> bool:
        """Whether the region mention at ``index`` ends a run of places joined by
        commas and "and" that a locative preposition opens ("in Hangzhou,
        Shenzhen"); each mention's answer is kept, so a list of thousands is
        read in linear time."""
        walked: list[int] = []
        found = False
        while index >= 0:
            m = mentions[index]
            if id(m) in self.placed:
                found = self.placed[id(m)]
                break
            walked.append(id(m))
            if self.type_of(m.entity) not in ("region", "country"):
                break
            before = view.lower(m.start - 1)
            if before in self.lex.locative or before in self.lex.outside_prepositions:
                found = True
                break
            previous = mentions[index - 1] if index else None
            if previous is None or not all(
                view.lower(k) in {",", "and", "the"} or view.words[k][:1].isupper()
                for k in range(previous.end, m.start)
            ):
                break  # (a place the registry lacks may stand between: "Guilin")
            index -= 1
        for key in walked:
            self.placed[key] = found
        return found

    def of_country_name(self, view: SentenceView, country: Mention | None, end: int) -> str | None:
        """The registry's body that a name opened by its country names the other
        way round: "Iran Central Bank" is the Central Bank of Iran."""
        if country is None or country.kind != "name" or country.end >= end:
            return None
        entity = self.entity(country.entity)
        rest = view.span_text(country.end, end)
        for place in (country.text, entity.name if entity else country.text):
            found = self.gazetteer.owner.get(key_of(f"{rest} of {place}"))
            if found:
                return found
        return None

    def in_law_name(self, view: SentenceView, end: int) -> bool:
        """Whether the title-case words from ``end`` run on to a law's head
        ("... Human Rights and Democracy Act")."""
        for k in range(end, min(len(view.words), end + 10)):
            word = view.words[k]
            if word[:1].isupper() and view.lows[k] in self.lex.law_heads:
                return k > end
            if not (word[:1].isupper() or view.lows[k] in self.lex.name_joiners):
                return False
        return False

    def subject_list(self, view: SentenceView, mentions: list[Mention], index: int) -> bool:
        """Whether the mention at ``index`` opens a list a verb follows, after a
        comma: "In a meeting held in Beijing, China and Kenya agreed" (the
        subjects, not more places)."""
        if view.lower(mentions[index].start - 1) != ",":
            return False
        end, joined = mentions[index].end, False
        for m in mentions[index + 1 : index + 9]:  # a subject list is short
            gap = [view.lower(k) for k in range(end, m.start)]
            if not all(w in {",", "and", "the"} for w in gap):
                break
            end, joined = m.end, joined or "and" in gap
        nxt = view.lower(end)
        if not joined or nxt in {",", "and", "or"}:
            return False  # a list needs its "and", and ends there
        return nxt in self.lex.verbish or _is_verb_form(view.words[end] if nxt else "")

    def described_firm(
        self, view: SentenceView, mention: Mention, following: Mention | None
    ) -> bool:
        """Whether a country's name opens a firm's or a body's description
        before its name: "the United Arab Emirates artificial intelligence firm
        G42", "US secret service agency FBI"."""
        if following is None or not 1 <= following.start - mention.end <= 4:
            return False
        between = view.lows[mention.end : following.start]
        kind = self.type_of(following.entity)
        return (
            (kind == "company" and between[-1] in self.lex.company_nouns)
            or (kind == "organization" and between[-1] in self.lex.ref_organization)
        ) and all(
            w.isalpha() and w == t and w not in self.lex.verbish and not _is_verb_form(w)
            for w, t in zip(between, view.words[mention.end : following.start], strict=True)
        )

    def inside_reference(self, m: Mention) -> bool:
        """Whether a mention lies inside a reference to another actor ("the
        U.S. tech giant" for Google) or names a currency ("US Dollars")."""
        view = self.views[m.sentence]
        if view.lower(m.end) in self.lex.currency_nouns:
            return True
        return any(
            r.kind == "ref" and r.start <= m.start and m.end <= r.end and r.entity != m.entity
            for r in view.mentions
        )

    def endpoint(self, m: Mention) -> bool:
        """Whether a place is an end of a line, after a verb that connects
        places ("link the U.S. and Hong Kong", "leads to Guam")."""
        view = self.views[m.sentence]
        for k in range(m.start - 1, max(-1, m.start - 8), -1):
            low = view.lows[k]
            if verb_lemma(low) in self.lex.connecting_verbs:
                return True
            if low in {".", ";", ":"} or (
                low.isalpha()
                and low not in self.lex.list_words
                and low not in self.lex.determiners
                and low not in self.lex.post_prepositions
                and low != "with"
                and not any(x.start <= k < x.end for x in view.mentions)
            ):
                return False
        return False

    def based_in(self, m: Mention) -> bool:
        """Whether a place only says where a body is: "Hong Kong-based Asia
        Pacific Links", "the London-headquartered OneWeb", "the Panama-flagged
        MSC Alice"."""
        view = self.views[m.sentence]
        return (
            view.lower(m.end) in HYPHENS and view.lower(m.end + 1) in self.lex.location_participles
        )

    def example(self, m: Mention) -> bool:
        """Whether a mention is one of a list of examples after "such as" or
        "like" that follows a plural noun ("entities such as the Taliban")."""
        view = self.views[m.sentence]
        k = m.start - 1
        group = {x.start for x in view.mentions}
        while k > 0 and (
            view.lower(k) in self.lex.list_words or k in group or view.lower(k) == "the"
        ):
            if k in group:
                k = next(x.start for x in view.mentions if x.start == k) - 1
                continue
            k -= 1
        for phrase in self.lex.example_phrases:
            size = len(phrase)
            if tuple(view.lows[k - size + 1 : k + 1]) == phrase:
                noun = view.lower(k - size)
                return noun.endswith("s") and noun in self.lex.example_nouns
        # "from the USA, Switzerland, Japan and other countries"
        k = m.end
        while view.lower(k) in self.lex.list_words or k in group or view.lower(k) == "the":
            k = next((x.end for x in view.mentions if x.start == k), k + 1)
        return (
            view.lower(k - 1) in ("and", "or")
            and view.lower(k) == "other"
            and (view.lower(k + 1) in self.lex.example_nouns)
        )

    def medium(self, view: SentenceView, mention: Mention, platform: bool = False) -> bool:
        """Whether the company ``mention`` is where something was said: "said
        on X", "wrote on Monday on his Truth Social platform", "said on social
        media platform X", "announced via X"."""
        k = mention.start - 1
        named_as_place = False  # "on his X social media platform", "via its X account"
        if platform:
            # "on social media platform X": past the platform's description before it
            j = k
            while (
                j > k - 4
                and view.words[j : j + 1] != []
                and view.words[j].isalpha()
                and view.words[j].islower()
                and view.lower(j) not in ("on", "via")
            ):
                j -= 1
            if view.lower(j) in ("on", "via") and any(
                view.lower(x) in self.lex.platform_nouns for x in range(j + 1, k + 1)
            ):
                k = j  # (where it was said is still to be read before "on")
            for x in range(mention.end, mention.end + 3):
                low = view.lower(x)
                if low in self.lex.platform_nouns or low in self.lex.medium_words:
                    named_as_place = True
                    break
                if not (low.isalpha() and view.words[x] == low):
                    break
        while view.lower(k) in self.lex.medium_modifiers:
            k -= 1  # "on his official X account"
        if named_as_place and view.lower(k) in POSSESSIVES and view.lower(k - 1).isalpha():
            k -= 2  # "on his office's official Facebook page", "on the ministry's X channel"
        if view.lower(k) in self.lex.determiners:
            k -= 1
        if view.lower(k) == "via" and platform:
            return True  # "announced via X", "via X social media platform"
        if view.lower(k) == "using" and named_as_place:
            return True  # "made the accusation using his Twitter account"
        if k == 0 and view.lower(k) == "on" and platform:
            return True  # "On social media platform X, McGovern called ..."
        if view.lower(k) != "on" or view.lower(k - 1) in self.lex.on_target_nouns:
            return False  # (not "a ban on TikTok")
        if named_as_place:
            return True
        if verb_lemma(view.lower(k - 1)) == "call":
            return False  # "called on Intel CEO Lip-Bu Tan to resign": an urging, not a medium
        for j in range(k - 1, max(-1, k - 7), -1):
            low = view.lower(j)
            if low in self.lex.speech or low in self.lex.medium_words:
                return True  # "said on X", "a post by President Trump on Truth Social"
            if view.words[j] in {",", ".", ";"}:
                return False
            if not (
                view.words[j] != low  # a name, a day: "by President Trump", "on Monday"
                or low in self.lex.medium_between
                or low.endswith("ly")
                or platform  # "confirmed the agreement on Truth Social"
            ):
                return False  # "announced a ban on Huawei": what was said, not where
        return False

    def descriptions(self) -> dict[str, list[tuple[int, int, str]]]:
        """What the article calls its bodies in apposition ("Salt Typhoon, a
        Chinese state-backed group"): by the describing noun, the sentence,
        position and entity of each, in order."""
        out: dict[str, list[tuple[int, int, str]]] = {}
        for number, view in enumerate(self.views):
            words = view.words
            demonyms = {m.start: m.end for m in view.mentions if m.kind == "demonym"}
            for m in view.mentions:
                if self.type_of(m.entity) not in ("company", "organization"):
                    continue
                if view.lower(m.end) != "," or view.lower(m.end + 1) not in ("a", "an"):
                    continue
                k = m.end + 2
                while k < len(words) and k - m.end < 9:
                    size = _match_phrase(view, k, self.lex.ref_company)
                    if size:
                        compound = _match_phrase(view, k + size, self.lex.ref_company)
                        if view.lower(k + size) != "of" and not compound:
                            out.setdefault(" ".join(view.lows[k : k + size]), []).append(
                                (number, m.start, m.entity)
                            )
                        break
                    if k in demonyms:
                        k = demonyms[k]
                    elif words[k] in HYPHENS or (words[k].isalpha() and words[k].islower()):
                        k += 1
                    else:
                        break
        return out

    def described_as(self, noun: str, number: int, start: int) -> str | None:
        """ "the group" after "Salt Typhoon, a Chinese state-backed group" within
        the last two sentences: Salt Typhoon."""
        earlier = [
            entity
            for sentence, at, entity in self.described.get(noun, [])
            if number - 2 <= sentence and (sentence, at) < (number, start)
        ]
        return earlier[-1] if earlier else None

    def resolve_references(self) -> None:
        """Add mentions for "the company", "either firm", "the Secretary"..."""
        self.described = self.descriptions()
        history: list[Mention] = []
        for number, view in enumerate(self.views):
            found: list[Mention] = []
            covered = view.covered()
            used_people: set[str] = set()
            resume = 0  # where the scan goes on after a reference
            for i in self.reference_starts(view):
                if i < resume or i in covered:
                    continue
                # extend the history in place for the call, then restore it (no copies)
                size = len(history)
                history.extend(m for m in view.mentions if m.end <= i)
                history.extend(found)
                try:
                    made = self.reference_at(number, view, i, history, used_people)
                finally:
                    del history[size:]
                end = made[0].end if made else 0
                if made and not any(m.start < end < m.end for m in view.mentions):
                    # (not "the Council" of "the Council of Europe": a name goes on past it)
                    found.extend(made)
                    used_people.update(m.entity for m in made)
                    resume = made[0].end
            for m in found:
                if self.owns_named(view, m):
                    m.role = "modifier"  # "the country's largest operator Grameenphone"
            view.mentions.extend(found)
            view.mentions.extend(self.national_companies(number, view, history))
            view.mentions.extend(self.possessed_bodies(number, view))
            view.mentions.sort(key=lambda m: (m.start, m.entity))
            history.extend(m for m in view.mentions if m.role not in ("region", "outlet"))

    def owns_named(self, view: SentenceView, m: Mention) -> bool:
        """Whether a country referred to ("the country") owns a company or body
        named a few lowercase words after its possessive: "fined the country's
        largest mobile operator Grameenphone" (Grameenphone is fined)."""
        if self.type_of(m.entity) != "country" or view.lower(m.end) not in self.lex.possessives:
            return False
        k = m.end + 1
        while (
            k < min(len(view.words), m.end + 7)
            and view.words[k].isalpha()
            and view.words[k].islower()
        ):
            low = view.lower(k)
            if low in self.lex.verbish or low in self.lex.phrase_stops:
                return False
            k += 1
        named = next((x for x in view.mentions if x.start == k), None)
        return named is not None and self.type_of(named.entity) in ("company", "organization")

    def possessed_bodies(self, number: int, view: SentenceView) -> list[Mention]:
        """ "Sweden's telecoms watchdog banned ...", its name given a sentence or
        two on ("the Swedish Post and Telecom Authority (PTS) said"): that body,
        beside its country (see :meth:`named_later`)."""
        out: list[Mention] = []
        covered = view.covered()
        words = view.words
        for m in view.mentions:
            if (
                m.kind != "name"
                or view.lower(m.end) not in self.lex.possessives
                or self.type_of(m.entity) != "country"
            ):
                continue
            k = m.end + 1  # past the words that say what it does: "telecoms", "data protection"
            while (
                k < min(len(words), m.end + 4)
                and words[k].isalpha()
                and words[k].islower()
                and view.lower(k) not in self.lex.ref_organization
            ):
                k += 1
            if (
                view.lower(k) not in self.lex.ref_organization
                or k in covered
                or (k + 1 < len(words) and words[k + 1][:1].isupper())  # its name follows
            ):
                continue
            body = self.named_later(number, k, view.lower(k), m.entity)
            if body is not None:
                text = view.span_text(m.end + 1, k + 1)
                out.append(Mention(body, "ref", number, m.end + 1, k + 1, text))
        return out

    def national_companies(
        self, number: int, view: SentenceView, history: list[Mention]
    ) -> list[Mention]:
        """ "Chinese vendors" after Huawei and ZTE were named: those companies
        (the latest three of that country), not the country itself."""
        out: list[Mention] = []
        for m in view.mentions:
            if m.kind != "demonym" or m.role != "object":
                continue
            k = m.end  # "Chinese vendors", "Chinese equipment suppliers"
            while (
                k < m.end + 2
                and view.words[k : k + 1] != []
                and view.words[k].islower()
                and (self.lex.plural_types.get(view.lower(k)) is None)
            ):
                k += 1
            noun = view.lower(k)
            if self.lex.plural_types.get(noun) != "company":
                continue
            named = self._recent(history[-LOOKBACK:], ("company",), 3, m.entity)
            if not named:
                continue  # "Chinese firms" with none named: the country's firms, unnamed
            m.role = "part"
            text = view.span_text(m.start, k + 1)
            out.extend(Mention(e, "ref", number, m.start, k + 1, text) for e in named)
        return out

    def story_country(self) -> list[str]:
        """The country the body names first by its name (not a demonym): the one
        a headline's "Govt" governs ("Govt unblocks Facebook across country")."""
        for view in self.views[1:]:
            for m in sorted(view.mentions, key=lambda m: m.start):
                if m.kind == "name" and self.type_of(m.entity) == "country":
                    return [m.entity]
        return []

    def acting_country(self, history: list[Mention]) -> list[str]:
        """The country whose government "the government" is: the latest named,
        or else that of the latest body named ("Anatel ...; the government")."""
        found = self.recent(history, ("country",), 1)
        if found:
            return found
        for body in self.recent(history, ("organization",), 1):
            country = self.registry.country_of(body)
            if country:
                return [country]
        return []

    def reference_starts(self, view: SentenceView) -> list[int]:
        """A cheap test of every token: where can a reference start?"""
        titles, government = self.lex.titles, self.lex.ref_government
        lows = view.lows
        if titles.keys().isdisjoint(lows) and government.isdisjoint([*lows, ""]):
            # no title nor government word (most sentences): the reference words only,
            # found without a Python loop
            return list(
                compress(range(len(lows)), map(self.lex.reference_starts.__contains__, lows))
            )
        following = [*lows[1:], ""]
        return [
            i
            for i, (low, after) in enumerate(zip(view.lows, following, strict=True))
            if low in self.lex.reference_starts
            or ((low in titles or after in government) and view.words[i][:1].isupper())
            or (low in government and _opens_clause(view.words, i))
        ]

    def recent(
        self,
        history: list[Mention],
        kinds: tuple[str, ...],
        count: int = 1,
        country: str | None = None,
    ) -> list[str]:
        """The ``count`` entities a reference most likely means: the most recent,
        except a pair of companies ("either firm"), which is usually the story's
        subject: the most mentioned so far, then the most recent."""
        history = history[-LOOKBACK:]
        ranked = self._recent(history, kinds, None, country)
        if count == 1 or len(ranked) <= count or kinds != ("company",):
            return ranked[:count]  # "the two countries": the two just discussed
        # "Both companies ...": exactly two named in the latest sentence naming any
        named = self.named_together(history, kinds, country)
        if len(named) == count:
            return named
        seen = Counter(m.entity for m in history if m.entity in ranked)
        order = {entity: position for position, entity in enumerate(ranked)}
        return sorted(ranked, key=lambda e: (-seen[e], order[e]))[:count]

    def named_together(
        self, history: list[Mention], kinds: tuple[str, ...], country: str | None = None
    ) -> list[str]:
        """The entities of those kinds named in the latest sentence naming any, in order."""
        history = history[-LOOKBACK:]
        ranked = set(self._recent(history, kinds, None, country))
        latest = max((m.sentence for m in history if m.entity in ranked), default=None)
        return list(
            dict.fromkeys(m.entity for m in history if m.sentence == latest and m.entity in ranked)
        )

    def named_like(self, history: list[Mention], head: str) -> str | None:
        """ "the Commission": the latest organization whose name ends in that word."""
        for mention in reversed(history[-LOOKBACK:]):
            entity = self.entity(mention.entity)
            if (
                entity is not None
                and entity.type == "organization"
                and (
                    entity.name.lower().split()[-1] == head
                    or any(a.lower().split()[-1] == head for a in entity.aliases if a)
                )
            ):
                return entity.id
        return None

    def named_later(self, number: int, i: int, noun: str, country: str) -> str | None:
        """ "The Dutch data protection watchdog said ...", its name given a few
        sentences on ("Dutch Data Protection Authority (DPA) chairman ..."): the
        first body of that country named after it, of the same kind (a ministry
        for "the ministry", a court for "the court")."""
        noun = noun_lemma(noun) or noun  # "the ministries": a ministry
        special = self.lex.named_body_kinds
        for view in self.views[number : number + LATER_SENTENCES]:
            for m in sorted(view.mentions, key=lambda m: m.start):
                if view is self.views[number] and m.start <= i:
                    continue
                entity = self.entity(m.entity)
                if entity is None or entity.type != "organization":
                    continue
                if (self.registry.country_of(m.entity) or entity.country) != country:
                    continue
                words = set(entity.name.lower().split())
                if noun in special and noun not in words:
                    continue
                if noun not in special and words.intersection(special):
                    continue
                return entity.id
        return None

    def recent_list(self, history: list[Mention], kind: str, count: int) -> list[str]:
        """ "All three operators": the latest sentence naming that many of a kind."""
        by_sentence: dict[int, list[str]] = {}
        for mention in history[-LOOKBACK:]:
            if self.type_of(mention.entity) == kind and mention.role in ("actor", "agent"):
                names = by_sentence.setdefault(mention.sentence, [])
                if mention.entity not in names:
                    names.append(mention.entity)
        for number in sorted(by_sentence, reverse=True):
            if len(by_sentence[number]) >= count:
                return by_sentence[number][-count:]
        return []

    def _recent(
        self, history: list[Mention], kinds: tuple[str, ...], count: int | None, country: str | None
    ) -> list[str]:
        out: list[str] = []
        for mention in reversed(history):
            entity = self.entity(mention.entity)
            if entity is None or entity.type not in kinds or mention.entity in out:
                continue
            if mention.role in ("locative", "region") and entity.type == "country":
                continue
            if mention.kind == "demonym" and mention.role in ("object", "modifier", "part"):
                continue  # "Chinese vendors partnering with the country": not China
            if (
                country
                and self.registry.country_of(mention.entity) != country
                and (entity.country != country)
            ):
                continue
            out.append(mention.entity)
            if len(out) == count:
                break
        return out

    def verbs_subject(self, view: SentenceView, verb: int) -> set[str]:
        """The party named right before the inflected verb at ``verb`` (past
        auxiliaries and adverbs: "Russia has repeatedly attacked"), if any."""
        if not _is_verb_form(view.lower(verb)):
            return set()
        k = verb - 1
        while k >= 0 and (view.lower(k) in self.lex.verbish or view.lower(k).endswith("ly")):
            k -= 1
        return {m.entity for m in view.mentions if m.end == k + 1 and m.kind == "name"}

    def reference_at(
        self, number: int, view: SentenceView, i: int, history: list[Mention], used: set[str]
    ) -> list[Mention]:
        low = view.lower(i)
        words = view.words

        def make(entities: list[str], end: int, kind: str = "ref") -> list[Mention]:
            text = view.span_text(i, end)
            return [Mention(e, kind, number, i, end, text) for e in entities]

        # "<Surname> administration": the person's country ("the Trump administration")
        if words[i][:1].isupper() and view.lower(i + 1) in self.lex.ref_government:
            person = self.surnames.get(words[i])
            if person is None and not (_title_case(words) and not _unknown_name(words[i])):
                # (in a headline's capitals, "Over Major Government Hacks" names no John Major)
                person = self.registry_surnames().get(words[i])
            entity = self.entity(person) if person else None
            country = self.registry.country_of(person) if entity else None
            if country:
                return make([country], i + 2, "name")
        if low in self.lex.ref_government and _opens_clause(words, i):
            # a headline's "govt will not ban X", "Anatel approves rules; government to ...":
            # the government of the country the story is about
            found = self.acting_country(history)
            if not found and number == 0:
                found = self.story_country()  # a headline's government, named below it
            return make(found, i + 1) if found else []
        counted = (
            self.lex.count_words.get(view.lower(i + 1)) if low in self.lex.count_openers else None
        )
        if counted and counted > 2:
            k = i + 2
            while (
                k < len(words)
                and k - i < 5
                and words[k].islower()
                and view.lower(k) not in self.lex.plural_types
            ):
                k += 1
            kind = self.lex.plural_types.get(view.lower(k))
            if kind:
                found = self.recent_list(history, kind, counted)
                return make(found, k + 1) if found else []
        if low in self.lex.definite_starts:
            j = i + 1
            # pairs: "the two countries", "either firm", "them both", "both companies"
            pair = low in self.lex.pair_words or (low == "the" and view.lower(j) == "two")

            def others() -> list[Mention]:  # made only when needed: the history is long
                # the sentence's own subject is not what "either firm" refers to
                own = {m.entity for m in view.mentions if m.start <= 2 and m.end <= i}
                return [m for m in history[-LOOKBACK:] if m.entity not in own]

            if low == "both" and view.lower(j) in self.lex.pair_verbs:
                found = self.recent(
                    history, ("company",), 2
                )  # "Neither X nor Y ..., but both were"
                return make(found, j) if len(found) == 2 else []
            if low == "the" and view.lower(j) in ("latter", "former"):
                # "between Indonesia and the EU after the latter complained": the last of
                # the two parties named before it, or the first
                before = [m.entity for m in view.mentions if m.end <= i and m.role == "actor"]
                earlier = [m.entity for m in history[-20:]]
                latest = list(dict.fromkeys([*reversed(before), *reversed(earlier)]))
                if len(latest) >= 2:
                    return make([latest[0] if view.lower(j) == "latter" else latest[1]], j + 1)
                return []
            if low == "them" and view.lower(j) == "both":
                found = self.recent(others(), ("company",), 2) or self.recent(
                    history, ("country",), 2
                )
                return make(found, j + 1) if len(found) == 2 else []
            if low == "the" and view.lower(j) == "two":
                j += 1
            if low in self.lex.person_possessives:
                # up to two describing words: "his upcoming administration"
                for k in range(j, min(j + 2, len(words) - 1)):
                    if not self.describing(view, k) or view.lower(k) in self.lex.determiners:
                        break
                    if view.lower(k + 1) in self.lex.ref_government:
                        j = k + 1
                        break
                noun = view.lower(j)
                if noun in self.lex.ref_government or noun in self.lex.ref_country:
                    people = self.recent(history, ("person",), 1)
                    if view.lower(i - 1) == "that":
                        # "X assured his counterpart Y that his country would": the one
                        # who speaks, the sentence's first person, not the last named
                        first = next(
                            (
                                m.entity
                                for m in view.mentions
                                if m.end <= i and self.type_of(m.entity) == "person"
                            ),
                            None,
                        )
                        people = [first] if first else people
                    if people:
                        country = self.registry.country_of(people[0]) or self.registry.country_of(
                            self.affiliations.get(people[0])
                        )
                        if country:
                            return make([country], j + 1)
                    return []
                k = j
                while k - j < 4 and not _match_phrase(view, k, self.lex.ref_company):
                    if k + 1 >= len(words) or not self.describing(view, k):
                        return []
                    k += 1
                # "Masayoshi Son said his tech investment company ...": the one he leads
                size = _match_phrase(view, k, self.lex.ref_company)
                people = self.recent(history, ("person",), 1) if size else []
                company = self.affiliations.get(people[0]) if people else None
                if company and self.type_of(company) == "company":
                    return make([company], k + size)
                return []
            # skip adjectives and demonyms: "the Chinese tech giant"
            country = None
            region = None
            k = j
            while k < len(words) and k - j < 5:  # "the Finnish telecom network equipment company"
                mention = next(
                    (
                        m
                        for m in view.mentions
                        if m.start == k
                        and (m.kind == "demonym" or self.type_of(m.entity) == "country")
                    ),
                    None,
                )
                if mention:
                    country = mention.entity
                    k = mention.end
                    continue
                place = next(
                    (
                        m
                        for m in view.mentions
                        if m.start == k and self.type_of(m.entity) == "region"
                    ),
                    None,
                )
                if place:
                    # a region named as a place's: "the Pacific island nation"
                    region, k = place.entity, place.end
                    continue
                if (
                    view.lower(k) in HYPHENS
                    and k > j
                    and self.describing(view, k - 1)
                    and self.describing(view, k + 1)
                    and not _match_phrase(view, k + 1, self.lex.ref_company)
                ):
                    k += 1  # "the war-torn country"
                    continue
                if (
                    _match_phrase(view, k, self.lex.ref_company)
                    or view.lower(k) in self.lex.group_nouns
                ):
                    break
                low_k = view.lower(k)
                if (
                    self.describing(view, k)
                    and low_k not in self.lex.locative
                    # a bare verb ends it ("that America will soon allow the company"),
                    # a participle describes ("the video sharing platform")
                    and not (verb_lemma(low_k) == low_k and noun_lemma(low_k) is None)
                ) or (
                    low_k in self.lex.government_modifiers
                    and view.lower(k + 1) in self.lex.ref_government
                ):
                    k += 1
                    continue
                break
            size = _match_phrase(view, k, self.lex.ref_company)
            noun = view.lower(k)
            described = (
                self.described_as(" ".join(view.lows[k : k + size]), number, i)
                if size and not pair
                else None
            )
            if described:
                return make([described], k + size)
            after = next((m for m in view.mentions if m.start == k + size), None) if size else None
            if after is not None:
                return make([after.entity], after.end)  # "the app TikTok": TikTok
            if (
                low == "the"
                and k == j
                and self.lex.plural_types.get(noun) == "company"
                and not pair
            ):
                # "The companies signed a deal": those named together in the latest
                # sentence naming companies, when it named more than one
                found = self.named_together(history, ("company",))
                return make(found, k + 1) if len(found) > 1 else []
            if size or self.lex.plural_types.get(noun) == "company" and pair:
                # "X said the company will ...": X; "X said either firm ...": another
                found = self.recent(
                    others() if pair else history, ("company",), 2 if pair else 1, country
                )
                if pair and len(found) < 2:
                    return []
                return make(found, k + max(size, 1)) if found else []
            if pair and noun in self.lex.pair_countries:
                found = (  # "the two South Caucasus nations": the region's
                    self.latest_of_region(history, region, 2)
                    if region in self.lex.region_members
                    else self.recent(history, ("country",), 2)
                )
                return make(found, k + 1) if len(found) == 2 else []
            if pair and noun in self.lex.pair_people:
                found = self.recent(history, ("person",), 2)
                return make(found, k + 1) if len(found) == 2 else []
            if low in self.lex.demonstratives and noun in self.lex.ref_organization and not pair:
                named = self.named_like(history, noun.rstrip("s")) or next(
                    iter(self.recent(history, ("organization",), 1, country)), None
                )
                if named:
                    return make([named], k + 1)
                if country:  # "the Dutch watchdog", none named before: the country acting
                    later = self.named_later(number, i, noun, country)
                    return make([later, country] if later else [country], k + 1)
                return []
            governing = noun in self.lex.ref_government and all(
                view.lower(x) in self.lex.government_modifiers and words[x][:1].isupper()
                for x in range(j, k)
            )  # "the Federal Cabinet"
            if noun in self.lex.ref_country and view.lower(k + 1) in self.lex.ref_country:
                k += 1  # "the island nation"
                noun = view.lower(k)
            # "the small Baltic nation", "the landlocked country": described by
            # words and a region, not a country ("the Chinese state" is China)
            depicted = (
                k > j
                and noun in self.lex.ref_country
                and (country is None or self.type_of(country) == "region")
                and not self.continued(view, k)
                and view.lower(k + 1) != "("  # "the neighbouring country (Kosovo)": the name given
                # "the second country in Europe to ban", "the only nation", "the
                # largest state": a rank, no reference
                and not any(
                    view.lower(x) in self.lex.ranking_words or view.lower(x).endswith("est")
                    for x in range(j, k)
                )
                and not (
                    view.lower(k + 1) == "of" and view.words[k + 2 : k + 3] != [view.lower(k + 2)]
                )
            )
            if (
                low == "the"
                and (k == j or governing or depicted)
                and noun in self.lex.ref_nouns
                and not _names_after(view, k)
            ):
                if noun in self.lex.ref_government:
                    found = self.acting_country(history)
                else:
                    # not the clause's own subject: "Paraguay said Taiwan sent aid to the
                    # country" (a subject's own would be "itself")
                    # (but its own: "banned X in the country")
                    own = (
                        _clause_names(view, i, self.lex.speech)
                        if view.lower(i - 1) == "to"
                        else set()
                    )
                    # nor a verb's own subject before its object: "Romania said Russia
                    # attacked the country" (Romania)
                    # (but "Burundi expelled the country's WHO representative": Burundi's)
                    if view.lower(k + 1) not in self.lex.possessives:
                        own |= self.verbs_subject(view, i - 1)
                    if depicted:
                        # the latest country of the region its words name, if they name one
                        found = self.latest_of_region(history, region or country, 1, own)
                    else:
                        found = [e for e in self.recent(history, ("country",), 2) if e not in own][
                            :1
                        ]
                return make(found, k + 1) if found else []
            if low == "the" and j < len(words) and words[j][:1].isupper():
                head = view.lower(j)
                if head in self.lex.org_suffixes and view.lower(j + 1) not in ("of", "for"):
                    named = self.named_like(history, head)
                    if named:
                        return make([named], j + 1)
            if low == "the" or i == 0:
                return self.title_reference(number, view, j if low == "the" else i, i, used)
        elif (
            low == "it"
            and view.lower(i + 1) in self.lex.subject_verbs
            and (i == 0 or view.lower(i - 1) in {",", ":", ";", "and", "that", "but", "“", '"'})
        ):
            antecedent = self.subject_antecedent(number, view, i)
            return make([antecedent], i + 1) if antecedent else []
        elif i == 0 or words[i][:1].isupper():
            return self.title_reference(number, view, i, i, used)
        return []

    def latest_of_region(
        self,
        history: list[Mention],
        region: str | None,
        count: int,
        own: AbstractSet[str] = frozenset(),
    ) -> list[str]:
        """The ``count`` latest countries named, not ``own``, of ``region``
        if the lexicon lists its members (any country if not)."""
        members = self.lex.region_members.get(region or "")
        latest = self._recent(history[-LOOKBACK:], ("country",), None, None)
        return [e for e in latest if e not in own and (members is None or e in members)][:count]

    def continued(self, view: SentenceView, k: int) -> bool:
        """Whether the noun at ``k`` goes on into a longer noun ("the official
        state media", "the country office"): a lowercase noun next, not a verb."""
        after = view.words[k + 1 : k + 2]
        if not after or not after[0].isalpha() or not after[0].islower():
            return False
        low = after[0].lower()
        return noun_lemma(low) is not None and verb_lemma(low) is None

    def describing(self, view: SentenceView, k: int) -> bool:
        """Whether the word at ``k`` may describe the noun of a reference ("the
        Chinese tech giant", "his upcoming administration"): a lowercase word that
        is no reference noun, verb-like word, preposition or determiner ending it
        ("The United States banned the Chinese company": two phrases)."""
        low = view.lower(k)
        return (
            view.words[k].isalpha()
            and view.words[k].islower()
            and low not in self.lex.ref_nouns
            and low not in self.lex.reference_stops
            and low not in self.lex.verbish
            and low not in self.lex.determiners
        )

    def subject_antecedent(self, number: int, view: SentenceView, i: int) -> str | None:
        """What a subject "it" means: the subject of this sentence, else the previous one's."""
        candidates = [view.mentions]
        if number > 0:
            candidates.append(self.views[number - 1].mentions)
        for mentions in candidates:
            for mention in sorted(mentions, key=lambda m: m.start):
                if mentions is view.mentions and mention.start >= i:
                    break
                if mention.role in ("actor", "agent") and self.type_of(mention.entity) in (
                    "company",
                    "organization",
                    "country",
                ):
                    return mention.entity
        return None

    def title_reference(
        self, number: int, view: SentenceView, j: int, i: int, used: set[str]
    ) -> list[Mention]:
        """ "The Secretary", "Foreign Secretary": the person given that title."""
        size = _match_phrase(view, j, self.lex.titles)
        if not size or not view.words[j][:1].isupper():
            return []
        if _name_run(view, j + size, set(), self.lex) > j + size:
            return []  # a title before a name, handled elsewhere
        if _match_phrase(view, j + size, self.lex.titles):
            return []  # "Justice Minister Abdulhamit Gul": one title of two words, before a name
        if view.lower(j + size) in HYPHENS:
            return []  # "President-elect Donald Trump": another title, its own
        if view.lower(j + size) == "of":
            return []  # "commended the President of Niger": that country's office, not a name
        title = " ".join(view.lower(k) for k in range(j, j + size))
        exact = [p for p, t in self.titles.items() if t.lower().endswith(title) and p not in used]
        head = [
            p
            for p, t in self.titles.items()
            if title.split()[-1] in t.lower().split() and p not in used
        ]
        people = exact or head
        if len(people) != 1 and not exact:
            people = people[:1] if len(head) == 1 else []
        if not people:
            return []
        text = view.span_text(i, j + size)
        return [Mention(people[0], "ref", number, i, j + size, text)]

    # -- results -------------------------------------------------------------
    def all_entities(self) -> dict[str, Entity]:
        out: dict[str, Entity] = {}
        for view in self.views:
            for mention in view.mentions:
                entity = self.entity(mention.entity)
                if entity is None:
                    continue
                if (
                    entity.type == "person"
                    and mention.entity in self.affiliations
                    and not (entity.org or entity.country)
                ):
                    affiliated = self.entity(self.affiliations[mention.entity])
                    if affiliated and affiliated.type == "country":
                        entity = _with(entity, country=affiliated.id)
                    elif affiliated:
                        entity = _with(entity, org=affiliated.id)
                if entity.type == "person" and mention.entity in self.titles and not entity.title:
                    entity = _with(entity, title=self.titles[mention.entity])
                out[entity.id] = entity
        return out

    def actor_list(self, entities: dict[str, Entity], passing: dict[str, Actor]) -> list[Actor]:
        """The article's actors; those named only in passing go to ``passing``."""
        seen: dict[str, list[Mention]] = {}
        for view in self.views:
            for mention in view.mentions:
                seen.setdefault(mention.entity, []).append(mention)
        actors = []
        for entity_id, mentions in seen.items():
            entity = entities.get(entity_id)
            if entity is None or entity.type in NEVER_ACTORS:
                continue
            in_passing = (
                all(m.role in ("locative", "region", "part") for m in mentions)
                # "entities such as the Taliban and al-Qaeda": passing examples
                or all(self.example(m) for m in mentions)
                # only a nationality ("Chinese equipment", "the U.S. tech giant"), a
                # currency's ("US Dollars"), a line's end ("linking Singapore with") or
                # where a body is ("Hong Kong-based Asia Pacific Links")
                or (entity.type == "country" or entity.id in self.lex.territorial)
                and all(
                    m.role in ("locative", "region", "part")
                    or (m.kind == "demonym" and m.role in ("object", "modifier"))
                    or self.inside_reference(m)
                    or self.endpoint(m)
                    or self.based_in(m)
                    for m in mentions
                )
            )
            surface = []
            keep_the = entity.name.startswith("The ")
            for m in mentions:
                text = m.text
                # (the regex only where it can change something: most mentions have no "the")
                if not keep_the and text[:3] in ("The", "the"):
                    text = _THE.sub("", text)
                if m.kind != "ref" and text not in surface:
                    surface.append(text)
                    # "China's Commerce Ministry" is also written "the Commerce Ministry"
                    owned = _OWNER.match(text)
                    if owned and owned.group(1) not in surface:
                        surface.append(owned.group(1))
            if not surface:
                continue
            actor = Actor(
                id=entity.id,
                name=entity.name,
                type=entity.type,
                aliases=tuple(surface),
                mentions=_count(mentions),
                affiliation=entity.org or entity.country,
            )
            if in_passing:
                passing[entity.id] = actor
            else:
                actors.append(actor)
        return actors


def _spells(short: str, words: list[str]) -> bool:
    """Whether ``short`` is an acronym of the capitalized ``words``, in
    order, each letter a word's first ("BTRC": "Bangladesh Telecommunication
    Regulatory Commission"; small words such as "of" may be left out)."""
    if not (2 <= len(short) <= 8 and short.isalpha() and short.isupper()):
        return False
    initials = "".join(w[0] for w in words if w[:1].isupper())
    everything = "".join(w[0].upper() for w in words if w[:1].isalpha())
    return short in (initials, everything)


def _count(mentions: list[Mention]) -> int:
    """How many times an entity is mentioned: a mention inside another of the
    same entity ("Dutch" in "the Dutch watchdog") is not another time."""
    spans = sorted(
        {(m.sentence, m.start, m.end) for m in mentions}, key=lambda x: (x[0], x[1], -x[2])
    )
    count, last = 0, (-1, -1, -1)
    for sentence, start, end in spans:
        if sentence == last[0] and start >= last[1] and end <= last[2]:
            continue
        count += 1
        last = (sentence, start, end)
    return count


def _age(view: SentenceView, k: int) -> bool:
    """Whether a person's age stands at ``k`` between commas ("Aaron Woon, 41,")."""
    word = view.lower(k)
    return word.isdigit() and 10 <= int(word) < 110 and view.lower(k + 1) in (",", ".", ";")


# a ministry's name that any country's government may use: "Ministry of
# Commerce", "the Commerce Ministry" (not a department's: bare, "the Treasury
# Department" is the United States')
_GENERIC_BODY = re.compile(
    r"Ministry of(?: the)? [A-Z][a-z]+(?:(?:,| and| of)? [A-Z][a-z]+)*"
    r"|[A-Z][a-z]+(?: and [A-Z][a-z]+)? Ministry"
)
# ... or a department's, placed in a country by "in" ("the Agriculture
# department in the Philippines")
_GENERIC_DEPARTMENT = re.compile(
    r"Department of(?: the)? [A-Z][a-z]+(?:(?:,| and| of)? [A-Z][a-z]+)*"
    r"|[A-Z][a-z]+(?: and [A-Z][a-z]+)? Department"
)


def _brand_shaped(word: str, heads: frozenset[str]) -> bool:
    """Whether a word the registry lacks ends in a company head closed up
    ("Kazakhtelecom", "Uzbektelecom"): a company's name. (A capital inside a
    word is no such sign: outlets, malware and products have it too.)"""
    low = word.lower()
    return word[:1].isupper() and any(low.endswith(h) and len(low) > len(h) + 2 for h in heads)


def _given_name_of(word: str, person: Entity) -> bool:
    """Whether ``word`` may be a given name of the registry ``person`` (one of
    their names opens with it, or with its first three letters: "Aleksandr"
    for "Alexander Lukashenko")."""
    names = (person.name, *person.aliases)
    return any(n.split()[0][:3].lower() == word[:3].lower() for n in names if " " in n)


def _capitalized(view: SentenceView, i: int) -> bool:
    """Whether the word at ``i`` is a capitalized word of letters ("Supplies")."""
    word = view.words[i] if i < len(view.words) else ""
    return word[:1].isupper() and word.isalpha()


def _bare_verb(low: str) -> bool:
    """A word that is only a verb's bare form ("restructure", not "build")."""
    return verb_lemma(low) == low and not getAllLemmas(low, "NOUN")


def _dated(view: SentenceView, i: int) -> bool:
    """Whether the word at ``i`` is a month shortened before its day ("Jan. 1")."""
    return len(view.words[i]) <= 4 and view.lower(i + 1) == "." and view.lower(i + 2)[:1].isdigit()


def _is_verb_form(word: str) -> bool:
    """An inflected verb ("Adds", "Bans", "Banned"): in a title-case headline it
    separates two names instead of joining them."""
    low = word.lower()
    if not low.endswith(("s", "ed")) or low.endswith("ss"):
        return False
    return verb_lemma(low) not in (None, low)


def _clause_names(view: SentenceView, i: int, speech: frozenset[str]) -> set[str]:
    """The parties named in the clause that ``i`` is in, before ``i`` (from its
    last comma, semicolon, "that" or speech verb: "a spokesman in Solomon
    Islands says Japan will boost its aid to the country")."""
    opening = max(
        (
            x
            for x in range(i)
            if view.words[x] in (",", ";") or view.lower(x) == "that" or view.lower(x) in speech
        ),
        default=-1,
    )
    return {
        m.entity for m in view.mentions if opening < m.start and m.end <= i and m.kind == "name"
    }


def _ministry_subject(name: str) -> str | None:
    """What a ministry's name says it is for: "Finance" for "Finance
    Ministry" or "Ministry of Finance"; None for another name, or one that
    names its country already ("Ministry of Finance of Moldova")."""
    words = name.split()
    if words[:2] == ["Ministry", "of"] and len(words) > 2:
        subject = words[2:]
    elif words[-1] == "Ministry" and len(words) > 1 and words[0] != "Ministry":
        subject = words[:-1]
    else:
        return None
    if "of" in subject or not all(w[:1].isupper() or w == "and" for w in subject):
        return None
    return " ".join(subject)


def _names_after(view: SentenceView, k: int) -> bool:
    """Whether the noun at ``k`` opens a name given after "of" ("the island
    state of Palau", "the kingdom of Bhutan"): a naming, not a reference."""
    for j in (k + 1, k + 2):
        if view.lower(j) == "of":
            # ("the Government of the Democratic Republic of Timor-Leste")
            j += view.lower(j + 1) == "the"
            return view.words[j + 1 : j + 2] != [] and view.words[j + 1][:1].isupper()
    # a capitalized noun that a name goes on past: "the Territory with Complete Coverage project"
    return (
        view.words[k][:1].isupper()
        and view.lower(k + 1) in ("with", "for")
        and view.words[k + 2 : k + 3] != []
        and view.words[k + 2][:1].isupper()
    )


def _with(entity: Entity, **changes: Any) -> Entity:
    from dataclasses import replace

    return replace(entity, **changes)


def find_actors(
    article: Article, registry: Registry, gazetteer: Gazetteer, words: ActorWords
) -> ArticleActors:
    """Mentions, entities and the actor list of one article."""
    return _Finder(article, registry, gazetteer, words).run()
