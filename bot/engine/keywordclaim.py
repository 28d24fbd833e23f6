"""A search query that puts up a detail to check: "esper singh meeting tuesday", "esper
singh mumbai meeting", "quad talks beijing", "four 2+2 dialogues so far", "singh foreign
minister".

A search-engine user types no verb and no "?": the words are a claim all the same, with
one detail in it (a day, a place, an ordinal, a count, an office) that the article may bear
out or contradict. Read as keywords the query found nothing ("tuesday" and "mumbai" are
words the article never uses) or, for an office, the wrong thing ("singh foreign minister"
got the 2+2's foreign and defense ministers). Read as the claim ("was the esper singh
meeting in mumbai?") it gets the article's correction: "No. … in New Delhi …".

Only a verdict is kept: when the claim reading does not settle yes or no, the keyword
reading stands.
"""

from __future__ import annotations

from bot.engine.lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS
from bot.engine.question import ORDINAL_WORDS

__all__ = [
    "MEMBER_NOUNS",
    "detail_claims",
    "member_claim",
    "names_an_event",
    "office_claim",
    "puts_up_membership",
]

# A value the article gives one of: the meeting's day, Esper's how-many-th 2+2, the number
# of dialogues ("esper first 2+2", "four 2+2 dialogues so far", "meeting oct 27").
_VALUE_WORDS = frozenset(
    {*WEEKDAYS, *MONTHS, *ORDINAL_WORDS, *(w for w, n in NUMBER_WORDS.items() if n > 0)}
)
# Words that put a country or a person among an event's members: "china part of quad talks".
_MEMBERSHIP_WORDS = frozenset({"part", "member", "members"})
# Words no claim is made of: "esper singh meeting date or day" asks, it puts up nothing.
_ASKING_WORDS = frozenset(
    "who whom whose what when where which why how or vs versus date day time place "
    "location venue year".split()
)
# The words of an office put after a name: "singh foreign minister", "esper us secretary of
# state", "begin deputy secretary of defense".
_OFFICE_WORDS = frozenset(
    "us usa american india indian deputy secretary minister of the defense state foreign "
    "external affairs home finance commerce interior prime".split()
)
_OFFICE_NOUNS = frozenset({"secretary", "minister"})


# Words of a sentence, not a search query: "it was signed on the 27th", "might I enquire…".
_SENTENCE_WORDS = frozenset(
    "i me my you your he him his she her it its we they them their is was are were be been "
    "did does do might may could would should will can".split()
)
# What a search query's claim is made of: an event ("meeting", "quad talks", "2+2"), never
# a bare name or office ("indian pm name", "deal value").
_EVENT_WORDS = frozenset(
    "meeting meetings meet met mtg talks talk visit visited trip dialogue dialogues "
    "conference presser".split()
)
_EVENT_KINDS = frozenset({"event"})
# Longer than a search query: "the indian army chief sat in on the meeting".
_MOST_WORDS = 6


def _asks_nothing(words: list[str]) -> bool:
    """Whether the query is too short or too long to put anything up, reads as a sentence,
    or asks rather than claims."""
    return (
        not 2 <= len(words) <= _MOST_WORDS
        or not _ASKING_WORDS.isdisjoint(words)
        or not _SENTENCE_WORDS.isdisjoint(words)
    )


def names_an_event(words: list[str], kinds: list[str]) -> bool:
    """Whether a query's words, or the kinds of what they name, include an event."""
    return not _EVENT_WORDS.isdisjoint(words) or not _EVENT_KINDS.isdisjoint(kinds)


def puts_up_membership(words: list[str]) -> bool:
    """Whether a query puts someone among an event's members: "singh part of 2+2"."""
    return not _MEMBERSHIP_WORDS.isdisjoint(words)


def detail_claims(words: list[str], places: list[int]) -> list[str]:
    """The claims a keyword query may put up, most direct first: "was esper singh meeting
    tuesday?" for a value or a membership in it, "was esper singh meeting in mumbai?" for
    each word at `places` (a place, or a word the article never uses), moved last. Empty
    when it puts up nothing ("esper singh meeting date")."""
    if _asks_nothing(words):
        return []
    claims = []
    if not _VALUE_WORDS.isdisjoint(words) or not _MEMBERSHIP_WORDS.isdisjoint(words):
        claims.append(f"was {' '.join(words)}?")
    for at in places:
        if 0 < at < len(words) and words[at] not in _VALUE_WORDS:
            rest = [w for i, w in enumerate(words) if i != at and w not in ("in", "at")]
            claims.append(f"was {' '.join(rest)} in {words[at]}?")
    return claims


def office_claim(words: list[str], name: tuple[int, int]) -> str | None:
    """ "singh foreign minister" -> "is singh foreign minister?": a person's name (the
    `name` span of `words`) and an office, and nothing else, puts up that the person holds
    it; None for any other query ("singh job title", "foreign minister singh")."""
    start, end = name
    office = words[end:]
    # The office after the name only: "is foreign minister singh?" reads "minister singh"
    # as his name and misses the office put up.
    if start != 0 or not set(office) <= _OFFICE_WORDS or _OFFICE_NOUNS.isdisjoint(office):
        return None
    if not _qualifies_an_office(office):
        # "singh secretary": the article calls both men "the two Secretaries of Defense", so
        # a bare office noun is no claim to deny ("esper minister" likewise).
        return None
    return f"is {' '.join(words)}?"


def _qualifies_an_office(office: list[str]) -> bool:
    """Whether the office words say more than a bare noun: "foreign minister", "us
    secretary of state", not "secretary" or "the minister"."""
    return any(w not in _OFFICE_NOUNS and w not in ("of", "the") for w in office)


# A search query's word for one taking part: "australia quad participant", "japan quad
# member?", "china 2+2 attendee".
MEMBER_NOUNS = frozenset("participant participants member members attendee attendees".split())
# The most words an event's name takes in such a query: "quad talks", "tokyo quad talks".
_MOST_EVENT_WORDS = 3


def member_claim(words: list[str], name: tuple[int, int]) -> str | None:
    """ "australia quad participant" -> "was australia in quad?": a country's or a
    person's name (the `name` span, first), an event and a word for taking part (last) puts
    up that they took part; None for any other query ("quad participants", "australia
    role")."""
    start, end = name
    event = words[end:-1]
    if (
        start != 0
        or words[-1] not in MEMBER_NOUNS
        or not 1 <= len(event) <= _MOST_EVENT_WORDS
        or not MEMBER_NOUNS.isdisjoint(event)
    ):
        return None
    return f"was {' '.join(words[:end])} in {' '.join(event)}?"
