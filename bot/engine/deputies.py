"""Whether one person is another's deputy: "Is Begin Esper's deputy?", "is Begin the
number two to Esper?".

The article gives Begin an office ("U.S. Deputy Secretary of State") and Esper another
("U.S. Secretary of Defense"): a deputy of one department serves no head of another, so
the answer is No, with Begin's office. The article never says whose deputy anyone is, so a
deputy and a head of the same department, or anyone the article gives no department
(Pompeo is only "Secretary Pompeo"), gets no verdict here.
"""

from __future__ import annotations

from bot.engine.titles import PersonTitles

__all__ = ["deputy_claim_words", "not_deputy"]

# The words that ask for a deputy ("esper deputy", "number two to esper", "esper no 2").
_DEPUTY_WORDS = frozenset("deputy deputies subordinate underling second-in-command".split())
_DEPUTY_PHRASES = (("number", "two"), ("no", "2"), ("number", "2"), ("second", "in", "command"))
# The only other words such a question has: "is Begin the deputy of Esper, right?".
_FRAME_WORDS = frozenset(
    "is was and so ok okay but the a an of to under for right correct true yes then actually "
    "really just secretary minister".split()
)


def deputy_claim_words(words: list[str], names: list[tuple[int, int]]) -> bool:
    """Whether the normalised words, the two people's names (their word spans) aside, ask
    only whether one is the other's deputy: "is begin esper deputy" → True; "is begin the
    deputy secretary of defense" (an office, for the title readers) → False."""
    if len(names) != 2 or words[:1] not in (["is"], ["was"]):
        return False
    named = {i for start, end in names for i in range(start, end)}
    rest = [w for i, w in enumerate(words) if i not in named]
    phrase = next((p for p in _DEPUTY_PHRASES if _has_phrase(rest, p)), None)
    asked = [w for w in rest if w in _DEPUTY_WORDS]
    if phrase is None and not asked:
        return False
    frame = [w for w in rest if w not in _DEPUTY_WORDS and (phrase is None or w not in phrase)]
    return all(w in _FRAME_WORDS for w in frame)


def _has_phrase(words: list[str], phrase: tuple[str, ...]) -> bool:
    return any(tuple(words[i : i + len(phrase)]) == phrase for i in range(len(words)))


def not_deputy(titles: PersonTitles, deputy: str, head: str) -> bool:
    """Whether the article's offices rule out `deputy` serving as `head`'s deputy: a
    deputy of another department than the head's ("Deputy Secretary of State" Begin and
    "Secretary of Defense" Esper), or no deputy at all ("is Singh Esper's deputy?")."""
    held, headed = titles.held.get(deputy), titles.held.get(head)
    if held is None or headed is None or not held.departments or not headed.departments:
        return False
    if not held.deputy:
        return True
    return not headed.deputy and held.departments.isdisjoint(headed.departments)
