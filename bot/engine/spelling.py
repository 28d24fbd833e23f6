"""Misspelt ordinary words: the one known word a slip of the keys most likely meant.

"improvng" → "improving", "frist" → "first", "detoriorating" → "deteriorating". A word that
English has ("clashes", "warships", "Modi") is no slip, however close it is to another. A slip
is corrected only into a word it could be meant as (one of the fact base's vocabulary or a
common English word), and only when that word is the one clearly closest among all English:
within one edit (a swap of two letters counting as one) for words of up to six letters, two
for longer ones, with the first letter kept, as slips keep it ("lumber" is not "number"); and
no other word as close, unless that one is far rarer ("frist" is "first", not "fist").

Words are kept in buckets by first letter and length, so a question compares a misspelt word
with the words of its neighbourhood, not with all of English, and only a word no list has
(a slip, or a rare name) is compared at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

__all__ = ["COMMON_WORDS", "ENGLISH_WORDS", "Speller", "edits_allowed"]


def _word_list(name: str) -> tuple[str, ...]:
    return tuple(Path(__file__).with_name(name).read_text(encoding="utf-8").split())


# The 5,000 most frequent English words (tools/make_common_words.py, from wordfreq).
COMMON_WORDS = frozenset(_word_list("common_words.txt"))
# Every English word used once per million words or more, some 28,000, the most frequent
# first (the same tool).
ENGLISH_WORDS = _word_list("english_words.txt")

SHORTEST = 4  # three letters are one edit from too much ("hte", "teh", "adn")
# A rival as close as the word meant is set aside only if it is this many times rarer (by
# rank in English): "fist" (rank 8,292) against "first" (77) for "frist".
RARER = 30

Buckets = Mapping[tuple[str, int], tuple[str, ...]]


def edits_allowed(word: str) -> int:
    """One slip for a word of up to six letters, two for a longer one: two edits turn a short
    word into too many others ("biden" into "begin")."""
    return 1 if len(word) <= 6 else 2


class Speller:
    """Known words by first letter and length, for the one a misspelt word was meant as.

    `meant` are the words a slip may be corrected into; `english` (most frequent first) are
    real words, never corrected, that compete with them."""

    def __init__(self, meant: Iterable[str], english: Iterable[str] = ENGLISH_WORDS) -> None:
        self._rank = {word: rank for rank, word in enumerate(dict.fromkeys(english))}
        self._meant = frozenset(meant)
        self._meant_buckets = _buckets(self._meant)
        self._other_buckets = _buckets(w for w in self._rank if w not in self._meant)

    def knows(self, word: str) -> bool:
        """Whether `word` is a word of its own, which no one types for another: a listed word
        or an inflection of one ("rabidly", "sharding", "commutations" are not "rapidly",
        "sharing", "communications" mistyped)."""
        if word in self._rank or word in self._meant:
            return True
        # Only English stems: "espers" is Esper's, a name the facts have, not a word.
        return self.inflects(word)

    def inflects(self, word: str, plurals: bool = True) -> bool:
        """Whether `word` is an inflection of an English word ("rabidly", "sharding"); with
        `plurals` False, a plain plural ("strands") does not count on its own."""
        stems = _stems(word)
        if not plurals and word.endswith("s"):
            stems = [stem for stem in stems if stem != word[:-1]]
        return any(stem in self._rank for stem in stems)

    def nearest(self, word: str) -> str | None:
        """The word `word` was meant as: the closest of the words it may be meant as, if
        within `edits_allowed` with its first letter, and no English word is as close
        unless far rarer. None for a known word, or when no word or two words qualify."""
        if len(word) < SHORTEST or not word.isalpha() or self.knows(word):
            return None
        least, meant = _closest(word, self._meant_buckets, edits_allowed(word))
        if not meant:
            return None
        # Only then the rest of English, which is larger: a word as close there is a rival.
        _, others = _closest(word, self._other_buckets, least)
        ranked = sorted([*meant, *others], key=self._rank_of)
        best = ranked[0]
        if best not in self._meant:
            return None  # a rarer word the facts never use: "bloke" is no "broke"
        if len(ranked) > 1 and self._rank_of(ranked[1]) < RARER * (self._rank_of(best) + 1):
            return None  # two words alike likely: "tamks" is "talks" or "tanks"
        return best

    def listed(self, word: str) -> bool:
        """Whether `word` is itself a word of the lists, not only an inflection of one
        ("meat" is; "meating" only inflects it)."""
        return word in self._rank or word in self._meant

    def sounded_out(self, word: str) -> str | None:
        """The word a spelling by sound stands for, when spelt as said: "relashuns" is
        "relations", "informashun" "information", "discushuns" "discussions",
        "essenshul" "essential". The sound's usual spellings are tried in turn; the first
        that gives a word the facts use, or one slip from one, is meant."""
        for sound, spellings in _SOUNDS:
            if sound not in word:
                continue
            for spelling in spellings:
                spelt = word.replace(sound, spelling)
                if spelt in self._meant:
                    return spelt
                near = self.nearest(spelt)
                if near is not None:
                    return near
        return None

    def _rank_of(self, word: str) -> int:
        """How common a word is, by rank (0 is "the"); words of the facts that English lists
        do not have ("quadripartite") rank last."""
        return self._rank.get(word, len(self._rank))


# A sound spelt as said, and the ways English spells it: "relashuns" for "relations".
_SOUNDS = (
    ("shun", ("tion", "ssion", "sion")),
    ("shul", ("tial", "cial")),
    ("ea", ("ee",)),  # "meating": the "ee" of "meeting"
)

# Endings of inflected and derived forms, with what the base form ends in instead: "rabidly"
# is "rabid", "sharding" "shard", "commutations" "commute", "hurried" "hurry".
_ENDINGS = (
    ("s", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("ily", "y"),
    ("ably", "able"),
    ("ation", "e"),
    ("ation", ""),
    ("ness", ""),
)
# "es" makes a plural only after these ("churches", "boxes"): "talkes" is a slip, no "talk".
_TAKES_ES = ("s", "x", "z", "ch", "sh", "o")


def _stems(word: str) -> list[str]:
    """The base forms `word` could be an inflection of, one or two endings deep
    ("commutations" → "commutation" → "commute"); each is only a guess, to look up."""
    stems: list[str] = []
    for form in (word, word[:-1] if word.endswith("s") else ""):
        if len(form) < SHORTEST:
            continue
        if form is not word:
            stems.append(form)
        for ending, base in _ENDINGS:
            stem = form[: -len(ending)]
            if not form.endswith(ending) or len(stem) < 4:  # "meting" is no "met"
                continue
            stems.append(stem + base)
            if base == "" and len(stem) > 3 and stem[-1] == stem[-2] and ending[0] in "ei":
                stems.append(stem[:-1])  # "shopping", "stopped": one consonant doubled
    if word.endswith("es") and word[:-2].endswith(_TAKES_ES):
        stems.append(word[:-2])
    return stems


def _buckets(words: Iterable[str]) -> Buckets:
    """Words by first letter and length."""
    buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
    for word in sorted(words):
        if len(word) >= SHORTEST and word.isalpha() and word.isascii():
            buckets[(word[0], len(word))].append(word)
    return {key: tuple(words) for key, words in buckets.items()}


def _closest(word: str, buckets: Buckets, limit: int) -> tuple[int, list[str]]:
    """The least distance (at most `limit`) from `word` to a word of `buckets` with its first
    letter, and the words at that distance (none if none is within `limit`)."""
    least, best = limit + 1, []
    for length in range(len(word) - limit, len(word) + limit + 1):
        bucket = buckets.get((word[0], length))
        if not bucket:
            continue
        for known, distance, _ in process.extract(
            word, bucket, scorer=OSA.distance, score_cutoff=min(limit, least), limit=None
        ):
            if distance < least:
                least, best = int(distance), [str(known)]
            elif distance == least:
                best.append(str(known))
    return least, best
