"""Seas, oceans, straits and gulfs named after a place: "Does the article mention the South
China Sea?", "did the Quad discuss the East China Sea?", "anything on the Taiwan Strait?",
"is the Indian Ocean mentioned?". The name holds a place the article does name ("China",
"Indian"), so read word by word the question looked like one about China and got a No quoting
Pompeo's remark; the article names no body of water at all, which is all there is to say."""

from __future__ import annotations

import re

__all__ = ["WATER_NOUNS", "water_named"]

# The nouns that make a place's name into a body of water's: "the South China *Sea*".
WATER_NOUNS = frozenset({"sea", "ocean", "strait", "straits", "gulf", "bay"})
_NOUNS = "|".join(sorted(WATER_NOUNS))
_COMPASS = r"(?:(?:south|north|east|west)(?:ern)?(?:[- ](?:east|west)(?:ern)?)? )"
# Words before "sea" that name no water of their own: "at sea", "a sea change", "the open sea".
_NOT_A_NAME = frozenset(
    "the a an at by to from of in on and or open high deep this that its their any every"
    " some no".split()
)
# "the South China Sea", "Indian Ocean", "Taiwan Strait", "Bay of Bengal", "Strait of Malacca"
# (normalised, lower-case text).
_NAMED_WATER = re.compile(
    rf"\b(?P<before>{_COMPASS}?(?P<place>[a-z]+) (?:{_NOUNS}))\b(?! change)"
    rf"|\b(?P<after>(?:{_NOUNS}) of (?:the )?(?P<place2>[a-z]+))\b"
)


def water_named(text: str) -> str | None:
    """The body of water the question names, capitalised as a name ("the South China Sea"),
    or None: "is the South China Sea mentioned?" → "the South China Sea"."""
    for found in _NAMED_WATER.finditer(text.lower()):
        place = found["place"] or found["place2"]
        if place in _NOT_A_NAME:
            continue
        name = found["before"] or found["after"]
        words = [w if w in ("of", "the") else w.capitalize() for w in name.split()]
        return "the " + " ".join(words)
    return None
