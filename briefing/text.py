"""Text utilities shared by stages: slugs, whitespace, sentence splitting."""

from __future__ import annotations

import re
import unicodedata

_SLUG_DROP = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")

# Words that end with a period without ending the sentence.
_TITLES = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col capt cmdr adm sgt sec st mt jr sr
    rev hon pres supt insp amb messrs mme""".split()
)
_COMPANY_SUFFIXES = frozenset("co corp inc ltd llc plc bros limited".split())
_ABBREVIATIONS = _TITLES | frozenset(
    """no nos vs etc al approx dept est fig govt intl jan feb mar apr jun jul aug
    sep sept oct nov dec rs""".split()
)
# After these the next word usually starts a new sentence even though the
# period could belong to an abbreviation ("... in the U.S. The company ...").
_STARTERS = frozenset(
    """the this that these those it its he she they we i in on at as but and
    however meanwhile there a an if when while for after before according
    last earlier later what why how our his her their some many most""".split()
)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|[.!?]+[\"'”’)\]]*$")
_WORD_BEFORE = re.compile(r"([\w.&]+)[.!?]*[\"'”’)\]]*$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?([\w]+)")


def slugify(text: str, max_length: int = 80) -> str:
    """A lowercase ASCII slug: ``"Japan, U.S. to expand"`` -> ``japan-u-s-to-expand``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _SLUG_DROP.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[max_length // 2 :] else cut
    return slug.strip("-")


# What the regex engine, ignoring case, takes for an ASCII letter besides its
# two cases (every other character's lowercase is not an ASCII letter).
_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})


def fold_case(text: str) -> str:
    """``text`` in lowercase, such that a case-sensitive regex of lowercase ASCII
    finds in it what the same regex with ``re.IGNORECASE`` finds in ``text``,
    at the same offsets and with the same word boundaries. Such a regex runs
    faster: the engine can skip to where its first letter is."""
    if "İ" in text or "ı" in text or "ſ" in text or "K" in text:
        text = text.translate(_FOLDS)  # "İ".lower() is two characters
    return text.lower()


def any_word(words: list[str]) -> re.Pattern[str]:
    r"""A regex that finds, in a text in :func:`fold_case`, any of ``words``
    (lowercase, each starting with a letter or digit) standing alone: what
    ``rf"(?<!\w)(?:{'|'.join(words)})\b"`` finds ignoring case in the text.

    Written so (each word checks after it that nothing of a word comes before
    it), the engine skips to where a word can start instead of trying every
    position: two to three times faster."""
    return re.compile(
        "(?:" + "|".join(rf"{re.escape(w)}(?<!\w{re.escape(w)})" for w in words) + r")\b"
    )


# what XML 1.0 may not hold: controls (tab and newline aside), surrogates,
# U+FFFE and U+FFFF; C1 controls too, which no article means
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """``text`` with each character XML cannot hold (a stray form feed, a NUL)
    replaced by a space."""
    return _UNPRINTABLE.sub(" ", text)


def clean_line(line: str) -> str:
    """Collapse runs of spaces and strip the ends."""
    return _SPACES.sub(" ", line).strip()


def _is_boundary(text: str, end: int) -> bool:
    """Whether the terminal punctuation ending at ``end`` closes a sentence."""
    window = max(0, end - 80)  # a window, not the prefix
    # a match holds no space: start the search after the last one (much faster, same match)
    before = _WORD_BEFORE.search(text, max(window, text.rfind(" ", window, end) + 1), end)
    word = before.group(1) if before else ""
    after = _NEXT_WORD.match(text, end)
    next_word = after.group(1) if after else ""
    bare = word.rstrip(".").lower()
    if text[end - 1 : end] in "!?" or not word:
        return True
    if len(bare) == 1 and bare.isalpha():  # an initial: "Michael R. Pompeo"
        return False
    if "." in bare:  # "U.S." / "S.J.": a boundary only before a typical starter
        return next_word.lower() in _STARTERS
    if bare in _TITLES:
        return False
    if bare in _COMPANY_SUFFIXES:  # "KDDI Corp. Tensions" but "Co. Ltd.", "Co. (TSMC)"
        opens_aside = text[end : end + 3].lstrip()[:1] in ("(", "[")
        return next_word.lower() not in _COMPANY_SUFFIXES and not opens_aside
    if bare in _ABBREVIATIONS:
        return next_word.lower() in _STARTERS
    return True


# A "sentence" longer than this is a table or a list pasted as text: it is cut
# into pieces at clause breaks, so that no piece's work (figures, roles, the
# evidence each fact quotes) grows with the size of the whole.
MAX_SENTENCE = 800
_PIECE_BREAKS = (
    re.compile(r"[;:]\s"),
    re.compile(r",\s"),
    re.compile(r"\s(?:and|or)\s"),
    re.compile(r"\s"),
)


# A wire dateline opening a paragraph: "BRUSSELS (Reuters) –", "COPENHAGEN,
# Denmark (AP) --", "BEIJING, June 30 (Xinhua) --", "Jakarta (VNA) -",
# "COLOMBO (TIP):", or a place in capitals alone before a dash or a colon and a
# capitalised word: "TOKYO — Japan said", "NAIROBI, Kenya — The", "BEIJING:
# China on Monday", "CALIFORNIA, UNITED STATES — ". It says where
# and by whom, and is no part of the first sentence. ("DJI — one of the
# largest drone makers" is a name and its description; "US — China talks"
# and "U.S. — China" open with a country: a city in capitals opens
# with three letters.)
_CAPS = r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*"
_TITLED = r"[A-Z][a-z]+(?: [A-Z][a-z]+)*"
_DAY = r"(?:[,.] [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"
_AGENCY = r" \([A-Za-z0-9 .&'’-]{2,40}\)"
_DASH = r" ?(?:--|[-–—:])\s+"
_DATELINE = re.compile(
    rf"(?:{_CAPS}(?:, {_TITLED})?{_DAY}|{_TITLED}(?:, {_TITLED})?{_DAY}){_AGENCY}{_DASH}(?=\S)"
    rf"|[A-Z]{{3}}[A-Z'’.-]*(?: [A-Z][A-Z'’.-]+)*(?:, (?:{_TITLED}|{_CAPS}))?{_DAY}{_DASH}"
    r"(?=[A-Z“‘\"'])"
)


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph (a wire dateline
    before the first left out)."""
    spans: list[tuple[int, int]] = []
    dateline = _DATELINE.match(paragraph)
    start = dateline.end() if dateline else 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end()
        if end <= start or not _is_boundary(paragraph, end):
            continue
        if paragraph[start:end].strip():
            spans.extend(_pieces(paragraph, start, end))
        start = end
        while start < len(paragraph) and paragraph[start].isspace():
            start += 1
    if paragraph[start:].strip():
        spans.extend(_pieces(paragraph, start, len(paragraph.rstrip())))
    return spans


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)``, or spans of at most :data:`MAX_SENTENCE` characters
    covering it, each cut after the strongest break in its second half."""
    out = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = limit
        for pattern in _PIECE_BREAKS:
            breaks = [m.start() for m in pattern.finditer(text, start + MAX_SENTENCE // 2, limit)]
            if breaks:  # the last one: pieces as long as they may be
                cut = breaks[-1] + (text[breaks[-1]] in ";:,")
                break
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    out.append((start, end))
    return out
