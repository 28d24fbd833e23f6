"""How often an event was held, put as the count of that event the article gives.

"True or false: the 2+2 has been held five times", "has the dialogue taken place four
times?": the article counts the 2+2s ("three such dialogues"), so the claim is read as
"there have been five 2+2" and checked against that count. Only an event's own noun is the
subject ("Esper and Singh have met three times" is no count of an event), and only an event
the article counts: "has the quad met twice?" is not read as a count, since the article never
says how often the quadripartite talks were held (the caller decides which events it counts).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_EVENT = r"(?:2\s*\+\s*2s?|2plus2s?|dialogues?|talks|meetings?|summits?|quad)"
# The words an event's name may have before its noun: "the U.S.-India 2+2 dialogue".
_EVENT_LEAD = (
    r"(?:u\.?s\.?(?:-india)?|us(?:-india)?|america|india|indian|indo-us|2\s*\+\s*2|2plus2"
    r"|quadripartite|bilateral|ministerial)"
)
_SUBJECT = rf"(?P<subject>(?:the |these |such )?(?:{_EVENT_LEAD} ){{0,2}}{_EVENT})"
_HELD = (
    r"(?:been (?:held|convened|staged|organi[sz]ed|run|conducted)|taken place|happened"
    r"|occurred|met)"
)
_HOW_OFTEN = (
    r"(?P<number>one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:times|occasions)"
    r"|(?P<word>once|twice|thrice)"
)
_ONCE_TWICE = {"once": "one", "twice": "two", "thrice": "three"}

# "the 2+2 has been held five times", "the dialogues have taken place twice"
_CLAIMED = re.compile(rf"\b{_SUBJECT} (?:has|have) {_HELD} (?:{_HOW_OFTEN})\b", re.I)
# "has the 2+2 been held five times?", "have the dialogues taken place four times?"
_ASKED = re.compile(
    rf"\b(?:has|have) {_SUBJECT} (?:been (?:held|convened|staged|run|conducted)|taken place"
    rf"|happened|occurred|met) (?:{_HOW_OFTEN})\b",
    re.I,
)


def _count(match: re.Match[str]) -> str:
    """The number of times, as a count word ("twice" → "two")."""
    return match["number"] or _ONCE_TWICE[match["word"].lower()]


def _subject(match: re.Match[str]) -> str:
    """The event counted, without the article that led it ("the 2+2" → "2+2")."""
    return re.sub(r"^(?:the|these|such) ", "", match["subject"], flags=re.I)


def times_held_as_count(text: str, counted: Callable[[str], bool]) -> str:
    """ "…the 2+2 has been held five times" → "…there have been five 2+2"; "has the
    dialogue taken place four times?" → "have there been four dialogue?"; else as is.
    `counted` tells whether the article counts the event a subject names ("2+2": yes;
    "quad", "summits": no, so "has the quad met twice?" is left to say the article doesn't)."""

    def asked(match: re.Match[str]) -> str:
        if not counted(_subject(match)):
            return match[0]
        return f"have there been {_count(match)} {_subject(match)}"

    def claimed(match: re.Match[str]) -> str:
        if not counted(_subject(match)):
            return match[0]
        return f"there have been {_count(match)} {_subject(match)}"

    return _CLAIMED.sub(claimed, _ASKED.sub(asked, text))
