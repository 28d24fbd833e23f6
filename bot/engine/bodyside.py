"""Whose side a body or group is, asked yes or no (whose side some words are is sides.py):
"Who said 'pressing global security challenges'?" (the U.S. Defense Department) "Was it
the Indian side?", "were the officials Indian?". Read by the fact's words, such a question
matches whatever fact names India and gets a Yes; the body's own country (its `part_of`)
decides it instead.

This module only reads the wording; the engine knows the entities and the conversation."""

from __future__ import annotations

from bot.engine.sidenames import SIDE_BODY_NOUNS

__all__ = ["SIDE_WORDS", "asks_only_a_side", "pronoun_subject"]

# The words that may stand around the country in such a question, beside the verb and
# the subject: "was it the Indian side?", "were they from India?", "is the DOD an
# American body?". Any other word ("did it attend the Indian meeting?") asks something else.
SIDE_WORDS = SIDE_BODY_NOUNS | frozenset(
    """the a an from one ones department body agency organisation organization people really
    actually part of""".split()
)

_BE = frozenset({"is", "was", "are", "were"})
_PRONOUNS = frozenset({"it", "they"})


def pronoun_subject(words: list[str]) -> str | None:
    """ "it" or "they" when the question puts one as its subject right after the verb
    ("was it the Indian side?"), else None."""
    if len(words) >= 3 and words[0] in _BE and words[1] in _PRONOUNS:
        return words[1]
    return None


def asks_only_a_side(words: list[str], taken: set[int]) -> bool:
    """Whether every word the subject and the country leave (positions not in `taken`) is
    the verb or a word of SIDE_WORDS: "were they Indian?" is, "were they at the Indian
    meeting?" is not."""
    rest = [w for at, w in enumerate(words) if at not in taken and at > 0]
    return words[:1] != [] and words[0] in _BE and all(w in SIDE_WORDS for w in rest)
