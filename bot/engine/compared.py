"""Two things compared point by point: "Compare the Tokyo talks with the New Delhi meeting:
who, where, how many countries."

Each point is asked of each thing alone ("who took part in the Tokyo talks?", "where was the
New Delhi meeting held?"), so no answer about one thing (or about something else, such as
Pompeo's press conference) stands for the other. The points are question words or "how
many …"; anything else is not read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine import prefilter

__all__ = ["Compared", "compared_asked"]

_COMPARED = prefilter.compile(
    r"^\s*(?:please\s+)?(?:compare|contrast)\s+(?P<a>.+?)\s+(?:with|to|and|against|vs\.?)\s+"
    r"(?P<b>.+?)\s*(?::|-|–|—|,\s*(?:on|by|in terms of))\s*(?P<points>.+?)\s*[.?!]*\s*$",
    re.IGNORECASE,
)
_POINT_SPLIT = re.compile(r"\s*(?:,|;|/|\band\b|&)\s*", re.IGNORECASE)
# A point as a question asked of one thing ("{}" is the thing).
_POINT_QUESTIONS = {
    "who": "who took part in {}?",
    "where": "where was {} held?",
    "when": "when was {}?",
}
_HOW_MANY = re.compile(r"^how many (?P<what>\w+(?: \w+)?)$", re.IGNORECASE)


@dataclass(frozen=True)
class Compared:
    """The things compared, each with the question for each point."""

    things: tuple[str, str]
    points: tuple[str, ...]
    questions: tuple[tuple[str, ...], tuple[str, ...]]


def _question(point: str, thing: str) -> str | None:
    """ "where", "the Tokyo talks" → "where was the Tokyo talks held?"; None for a point not
    read here."""
    asked = _POINT_QUESTIONS.get(point.lower())
    if asked is not None:
        return asked.format(thing)
    many = _HOW_MANY.match(point)
    if many is not None:
        return f"how many {many['what']} took part in {thing}?"
    return None


def compared_asked(text: str) -> Compared | None:
    """The things and points of "Compare A with B: who, where, how many countries"; None
    for anything else, or when a point is not one asked of a thing here."""
    found = _COMPARED.match(text)
    if found is None:
        return None
    points = tuple(p for p in _POINT_SPLIT.split(found["points"]) if p)
    if not 1 <= len(points) <= 4:
        return None
    things = (found["a"].strip(), found["b"].strip())
    questions = tuple(tuple(_question(p, thing) for p in points) for thing in things)
    if any(q is None for asked in questions for q in asked):
        return None
    return Compared(
        things,
        points,
        (
            tuple(q for q in questions[0] if q is not None),
            tuple(q for q in questions[1] if q is not None),
        ),
    )
