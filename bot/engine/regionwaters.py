"""Seas, oceans, straits and gulfs named after a place: "Does the article mention the South
China Sea?", "did the Quad discuss the East China Sea?", "anything on the Taiwan Strait?",
"is the Indian Ocean mentioned?". The name holds a place the article does name ("China",
"Indian"), so read word by word the question looked like one about China and got a No quoting
Pompeo's remark; the article names no body of water at all, which is all there is to say."""

from __future__ import annotations

import re

from bot.engine.lexicon import is_country_word
from bot.engine.spelling import COMMON_WORDS

__all__ = ["WATER_NOUNS", "water_named"]

# The nouns that make a place's name into a body of water's: "the South China *Sea*".
WATER_NOUNS = frozenset({"sea", "ocean", "strait", "straits", "gulf", "bay"})
_NOUNS = "|".join(sorted(WATER_NOUNS))
_COMPASS = r"(?:(?:south|north|east|west)(?:ern)?(?:[- ](?:east|west)(?:ern)?)? )"
# The names a body of water takes that are no country's ("Indian Ocean", "Bay of Bengal",
# "Red Sea", "North Sea"); many are everyday words, so only these pass as names in
# lower-case text. "did they talk about sea lanes?" names no "About Sea".
_WATER_NAMES = frozenset(
    """
    indian arabian persian red black yellow dead white coral caspian mediterranean baltic
    aegean adriatic caribbean pacific atlantic arctic antarctic southern bering tasman timor
    java celebes sulu sunda lombok palk mannar bengal hormuz malacca aden andaman philippine
    okhotsk bohai tonkin biscay hudson irish ionian tyrrhenian ligurian north south east west
    eastern western northern gibraltar bosphorus dardanelles magellan florida formosa luzon
    laccadive lakshadweep siam
    """.split()
)
# "the South China Sea", "Indian Ocean", "Taiwan Strait" (normalised, lower-case text); the
# two forms are searched apart, so "the sea of japan" finds "sea of japan" after "the sea".
_NAME_BEFORE = re.compile(rf"\b(?P<name>{_COMPASS}?(?P<place>[a-z]+) (?:{_NOUNS}))\b(?! change)")
# "Bay of Bengal", "Strait of Malacca", "the Sea of Japan".
_NAME_AFTER = re.compile(rf"\b(?P<name>(?:{_NOUNS}) of (?:the )?(?P<place>[a-z]+))\b")


def water_named(text: str, original: str = "") -> str | None:
    """The body of water the question names, capitalised as a name ("the South China Sea"),
    or None: "is the South China Sea mentioned?" → "the South China Sea". The word before
    or after the noun must be a country's or a body of water's name, or be written with a
    capital inside the `original` question ("the Sulawesi Sea")."""
    lowered = text.lower()
    for pattern in (_NAME_BEFORE, _NAME_AFTER):
        for found in pattern.finditer(lowered):
            if not _is_a_water_name(found["place"], original):
                continue
            words = [w if w in ("of", "the") else w.capitalize() for w in found["name"].split()]
            return "the " + " ".join(words)
    return None


def _is_a_water_name(word: str, original: str) -> bool:
    """ "china", "bengal", "red": a name; "about", "eat", "is": not, even capitalised
    at the start of the question ("Is strait spelt with an s?")."""
    if word in _WATER_NAMES or is_country_word(word):
        return True
    if word in COMMON_WORDS:
        return False
    return re.search(rf"(?<=[a-z,] ){word.capitalize()}\b", original) is not None
