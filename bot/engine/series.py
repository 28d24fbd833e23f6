"""Reading a person's own count inside a series of events from a question's words: "Is it
Esper's second 2+2 out of three?" puts two counts, his ("second") and the series' ("three"),
each checked against its own fact; "Did Esper attend the first 2+2?" asks for a place in the
series, which a count of his never gives."""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.lexicon import NUMBER_WORDS
from bot.text import stem

# "first" … "sixth": the place an ordinal names, as a count ("second" is two).
ORDINAL_PLACES = {
    w: n for n, w in enumerate("first second third fourth fifth sixth".split(), start=1)
}
ORDINAL_PLACES.update({"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6})

# What may stand between a series' count and the end of the question without counting
# something else: "three in total", "three so far", "three such dialogues".
_SERIES_TAIL = frozenset(
    "in total all so far altogether overall such separate the of them those these right yes"
    " correct true isnt it is that".split()
)
# Before the ordinal of a place in a series, the verbs of being at it: "attend the first
# 2+2", "go to the second one", "take part in the third", "miss the last".
_AT_WORDS = frozenset(
    "attend attended attends attending at to in join joined miss missed skip skipped".split()
)
# Places in a series that are no count of anyone's: "the previous 2+2", "the last one".
_PLACE_WORDS = frozenset("previous last earlier prior preceding latest next".split())


@dataclass(frozen=True)
class CountsClaimed:
    """The two counts a claim puts: the person's own ("second", or "two of …") and the
    series' ("three")."""

    own: int
    total: int


def _cardinal(word: str) -> int | None:
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    return int(word) if word.isdigit() and len(word) < 3 else None


def counts_claimed(
    words: list[str], used: list[bool], event_nouns: frozenset[str]
) -> CountsClaimed | None:
    """The person's count and the series' count the words put, or None unless both are
    there, one each: "second 2+2 out of three", "two of the three 2+2 dialogues", "there have
    been three 2+2s and this is his second". A number counting something else ("three
    countries", "three times") is no count of the series."""
    free = list(used) + [False] * (len(words) - len(used))
    ordinals = [at for at, w in enumerate(words) if w in ORDINAL_PLACES and not free[at]]
    cardinals = [
        at
        for at, w in enumerate(words)
        if _cardinal(w) is not None
        and not free[at]
        and not _pronoun_one(words, at)
        and _counts_the_series(words, free, at, event_nouns)
    ]
    own_at: int | None = None
    if len(ordinals) == 1:
        own_at = ordinals[0]
    elif not ordinals:
        # "two of the three", "two out of three": the part is the person's.
        own_at = next((at for at in cardinals if _part_of_next(words, at)), None)
    if own_at is None:
        return None
    # "one of those 2+2 meetings", "two of the three": a part, never the whole series.
    totals = [at for at in cardinals if at != own_at and words[at + 1 : at + 2] not in _PART_OF]
    if len(totals) != 1:
        return None
    own_word = words[own_at]
    own = ORDINAL_PLACES.get(own_word) or _cardinal(own_word)
    total = _cardinal(words[totals[0]])
    if own is None or total is None:
        return None
    return CountsClaimed(own, total)


# Before "one", the words that make it a pronoun: "the second one", "this one", "which one".
_ONE_AS_PRONOUN_AFTER = frozenset(
    "the this that which each every any last previous next other".split()
) | frozenset(ORDINAL_PLACES)


_PART_OF = (["of"], ["out"])


def _pronoun_one(words: list[str], at: int) -> bool:
    """ "one" standing for an event ("did he go to the second one?"), not a count."""
    return words[at] == "one" and at > 0 and words[at - 1] in _ONE_AS_PRONOUN_AFTER


def _part_of_next(words: list[str], at: int) -> bool:
    """ "two of the three", "two out of three": the number is a part of the one after."""
    rest = [w for w in words[at + 1 : at + 5] if w not in ("the", "these", "those")]
    if rest[:2] == ["out", "of"]:
        rest = rest[2:]
    elif rest[:1] == ["of"]:
        rest = rest[1:]
    else:
        return False
    return bool(rest) and _cardinal(rest[0]) is not None


def _counts_the_series(words: list[str], used: list[bool], at: int, nouns: frozenset[str]) -> bool:
    """The number counts the series' events: followed by an event's name or noun ("three
    2+2s", "three such dialogues"), by "of"/"out of" another count, or by nothing that
    counts something else ("out of three?", "three in total")."""
    for later in range(at + 1, len(words)):
        word = words[later]
        if used[later] or stem(word) in nouns:
            return True  # the event's name ("three 2+2s") or noun ("three dialogues")
        if word in ("of", "out") or _cardinal(word) is not None:
            return True  # "two of the three"
        if word not in _SERIES_TAIL:
            return False  # "three countries", "three times"
    # "out of three?" counts the series; "first time at one?" is "one" for a 2+2.
    return words[at] != "one"


def place_asked(words: list[str]) -> bool:
    """The words ask about a place in a series ("attend the first 2+2", "go to the second
    one", "at the previous 2+2"), not someone's own count of it ("Esper's second 2+2", "his
    first", "the second time", "is this the second…")."""
    for at, word in enumerate(words):
        if word not in ORDINAL_PLACES and word not in _PLACE_WORDS:
            continue
        if words[at + 1 : at + 2] in (["time"], ["times"]):
            continue  # "for the first time": his own count
        if at >= 2 and words[at - 1] == "the" and words[at - 2] in _AT_WORDS:
            return True
        if at >= 1 and words[at - 1] == "the" and _attended_by_after(words, at):
            return True
    return False


# "Was the first 2+2 attended by Esper?": the place in the series put first, the one who
# went to it after the passive verb's "by".
_PASSIVE_AT_WORDS = frozenset("attended joined missed skipped".split())


def _attended_by_after(words: list[str], at: int) -> bool:
    """A passive attending follows the series place at `at`: "the first 2+2 (dialogue) was
    attended by", "was the second one missed by"."""
    for later in range(at + 1, min(at + 5, len(words) - 1)):
        if words[later] in _PASSIVE_AT_WORDS and words[later + 1] == "by":
            return True
    return False


def all_asked(words: list[str]) -> bool:
    """The words put someone at every one of a series: "at all three", "all of them",
    "every one", "each 2+2"."""
    for at, word in enumerate(words[:-1]):
        after = [w for w in words[at + 1 : at + 4] if w not in ("the", "of")]
        if word == "all" and after and (_cardinal(after[0]) is not None or after[0] == "them"):
            return True
        if word in ("every", "each") and after[:1] in (["one"], ["2plus2"]):
            return True
    return False


def all_count(words: list[str]) -> int | None:
    """The number in "all three": how many the words put someone at."""
    for at, word in enumerate(words[:-1]):
        if word == "all":
            number = _cardinal(words[at + 1])
            if number is not None:
                return number
    return None
