"""A claim, then another option for part of it: "Esper and Pompeo went to Tokyo, or was it
Esper and Singh?", "the meeting was on Monday, or was it Tuesday?", "Singh is the defence
minister, or is he the foreign minister?". Both are read as claims of their own ("Esper and
Singh went to Tokyo"), so that the engine's yes-or-no reading decides each, and nothing here
judges the article."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ClaimOrOther", "claim_or_other"]

# "<claim>, or was it <other>?": the other option, after "or was it", "or is he", "or were
# they", "or was it actually"; the claim is a statement, not a question of its own.
_CLAIM_OR_OTHER = re.compile(
    r"^\s*(?P<claim>[^?]+?)\s*,?\s+or (?:was|is|were|are) (?:it|he|she|they|that)"
    r"(?: (?:actually|really|maybe|perhaps))?\s+(?P<other>[^?,;]+?)\s*\?+\s*$",
    re.IGNORECASE,
)
# A claim opening with one of these is a question already ("did they meet on Monday, or
# was it Tuesday?"), read as the engine reads it.
_QUESTION_OPENERS = frozenset(
    "is was are were did does do has have had will would can could who what when where which"
    " why how".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
_MAX_OTHER_WORDS = 6


@dataclass(frozen=True, slots=True)
class ClaimOrOther:
    """The claim and the other one, with the options each of them puts in its place."""

    claim: str
    other_claim: str
    option: str
    other: str


def claim_or_other(text: str) -> ClaimOrOther | None:
    """ "the meeting was on Monday, or was it Tuesday?" → the claims "the meeting was on
    Monday" and "the meeting was on Tuesday", with options "Monday" and "Tuesday"; None when
    the message is no such pair or the other option's place in the claim is unclear."""
    found = _CLAIM_OR_OTHER.match(text)
    if found is None:
        return None
    claim, other = found["claim"].strip(), found["other"].strip()
    words, others = claim.split(), other.split()
    if not words or words[0].lower() in _QUESTION_OPENERS or len(others) > _MAX_OTHER_WORDS:
        return None
    span = _place_of(words, others)
    if span is None:
        return None
    start, end = span
    replaced = words[:start] + others + words[end:]
    return ClaimOrOther(claim, " ".join(replaced), " ".join(words[start:end]), other)


def _place_of(words: list[str], others: list[str]) -> tuple[int, int] | None:
    """Where in the claim the other option goes: where its first word stands once ("Esper
    and Singh" over "Esper and Pompeo", "the foreign minister" over "the defence minister"),
    else where its last word does ("the defence minister" over "India's foreign minister"),
    else the one word of its kind ("Tuesday" over "Monday", "four" over "three")."""
    lowered = [_bare(word) for word in words]
    first = _bare(others[0])
    if lowered.count(first) == 1:
        start = lowered.index(first)
        end = min(start + len(others), len(words))
        # "in Tokyo" over "in New Delhi": a name runs on over its capitalised words.
        while end < len(words) and others[-1][:1].isupper() and words[end][:1].isupper():
            end += 1
        if lowered[start:end] == [_bare(word) for word in others]:
            return None  # the same option twice: nothing to choose
        return start, end
    last = _bare(others[-1])
    if len(others) > 1 and lowered.count(last) == 1:
        # "the defence minister" over "India's foreign minister": its last word, once.
        end = lowered.index(last) + 1
        return max(end - len(others), 0), end
    if len(others) != 1:
        return None
    kind = _kind_of(first)
    if kind is None:
        return None
    places = [at for at, word in enumerate(lowered) if _kind_of(word) == kind]
    return (places[0], places[0] + 1) if len(places) == 1 else None


def _kind_of(word: str) -> str | None:
    """A word's kind where one option stands for another of it: a weekday or a number."""
    if word in _WEEKDAYS:
        return "weekday"
    if word.isdigit() or word in _NUMBER_WORDS:
        return "number"
    return None


def _bare(word: str) -> str:
    """A word as compared: lower case, without the punctuation around it."""
    return word.lower().strip(".,;:!'\"“”‘’()")
