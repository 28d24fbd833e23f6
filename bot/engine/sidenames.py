"""The words naming one of the article's two sides, shared by the side modules (sides.py,
sidewords.py, bodyside.py): "the US side", "an Indian source", "New Delhi's officials".

Normalised text: "U.S." is "usa", "U.S.-India" is "usa india"."""

from __future__ import annotations

__all__ = ["SIDE_BODY_NOUNS", "SIDE_CITIES", "SIDE_COUNTRIES", "side_words_of"]

# Each word naming a side, with the country it stands for ("american" → the U.S.). A city
# is its country's side only as "the Delhi side", "Washington's wording".
SIDE_COUNTRIES: dict[str, str] = {
    "usa": "united-states",
    "us": "united-states",
    "u s": "united-states",
    "american": "united-states",
    "america": "united-states",
    "united states": "united-states",
    "washington": "united-states",
    "indian": "india",
    "india": "india",
    "delhi": "india",
    "new delhi": "india",
}
# The cities among them: "did the statement come from new delhi?" asks where it was put out.
SIDE_CITIES = frozenset({"washington", "delhi", "new delhi"})

# The nouns naming a side's people, after its name: "the Indian side", "U.S. officials", "the
# American government", "the Indian delegation", "the U.S. team". sidewords.py and
# bodyside.py each add the words their own questions put around them ("the Indian
# ministry", "an American body"); sides.py's sources ("Indian wording") are words, not people.
SIDE_BODY_NOUNS = frozenset({"side", "official", "officials", "government", "delegation", "team"})


def side_words_of(country: str) -> str:
    """A regex group of the words naming one country's side: "(?:indian|india|…)"."""
    return "(?:" + "|".join(w for w, c in SIDE_COUNTRIES.items() if c == country) + ")"
