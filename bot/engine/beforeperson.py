"""Who did something before (or after) a person: "Who visited New Delhi before Esper?".

The article orders events against events ("ahead of the 2+2 Dialogue", "earlier this
month"), never one person's doings against another's: Begin "also recently visited New
Delhi", with no word of whether before or after Esper. Read as "who visited New Delhi?",
the question got whoever the best sentence names (it got "the U.S. and India"); asked of a
person, it is answered that the article doesn't say.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.engine import prefilter
from bot.text import normalise

__all__ = ["person_ordered_against"]

# "who visited new delhi before esper", "who went to tokyo after singh did", "who met singh
# earlier than pompeo" (normalised text).
_WHO_BEFORE_PERSON = prefilter.compile(
    r"^(?:(?:and|so|but|ok|okay|then) )*who (?P<did>(?:\S+ ){0,8}?\S+)"
    r" (?:before|after|earlier than|later than|ahead of|prior to|sooner than)"
    r" (?P<person>(?:\S+ ){0,3}?\S+)"
    r"(?: (?:did|had|was|were|went|came|arrived|got there|got here|visited|did so))?$"
)

# "was india s defence minister", "became secretary of defense": an office held, whose holder
# before someone is no event put in order ("was in tokyo" is one).
_OFFICE_HELD = prefilter.compile(
    r"^(?:was|is|were|had been|has been|became|served as|held)"
    r" (?!(?:in|at|on|with|to|there|here|from)\b)"
)


def person_ordered_against(text: str, names_person: Callable[[str], bool]) -> str | None:
    """What to say to a who-question ordered against a person ("Who visited New Delhi
    before Esper?"), or None when it asks no such thing (before an event, "before the
    2+2", is the article's to answer)."""
    found = _WHO_BEFORE_PERSON.match(normalise(text))
    if found is None or not names_person(found["person"]):
        return None
    if _OFFICE_HELD.match(found["did"]) is not None:
        return None  # "Who was India's defence minister before Singh?": his predecessor
    return (
        f"The article doesn't say who did so before or after {found['person'].title()}:"
        " it puts no one's actions in order against another person's."
    )
