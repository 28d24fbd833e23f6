""" "Is Begin the US state secretary?": the article has him Deputy Secretary of State.

A claim that names the office without the rank word the article's title has ("deputy",
"vice", "assistant") names another, higher office: No, though every word of it is in
the title. "Is Begin the Deputy Secretary of State?" and "is Begin a U.S. official?" are
left as they are.
"""

from __future__ import annotations

from bot.text import normalise

__all__ = ["rank_left_out"]

# Words of a title that make it another office than the one without them.
_RANK_WORDS = frozenset("deputy vice assistant acting under associate junior".split())
# The head nouns of an office: the claim must name one for it to claim the office.
_OFFICE_NOUNS = frozenset("secretary minister chief head director".split())
# "Is Begin a secretary of some kind?": an indefinite office, which a deputy may hold.
_INDEFINITE = frozenset("a an some any kind sort type".split())


def rank_left_out(question: str, title: str) -> bool:
    """Whether the question claims the title's office without its rank word: "is Begin
    the secretary of state of America?" of "U.S. Deputy Secretary of State"."""
    asked = normalise(question).split()
    held = normalise(title).split()
    ranks = _RANK_WORDS.intersection(held)
    offices = _OFFICE_NOUNS.intersection(held).intersection(asked)
    return (
        bool(ranks) and bool(offices) and ranks.isdisjoint(asked) and _INDEFINITE.isdisjoint(asked)
    )
