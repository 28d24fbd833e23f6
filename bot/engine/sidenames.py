"""The words naming one of the article's two sides, shared by the side modules (sides.py,
sidewords.py, bodyside.py): "the US side", "an Indian source", "New Delhi's officials".

Normalised text: "U.S." is "usa", "U.S.-India" is "usa india"."""

from __future__ import annotations

__all__ = ["SIDE_COUNTRIES", "side_words_of"]

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


def side_words_of(country: str) -> str:
    """A regex group of the words naming one country's side: "(?:indian|india|…)"."""
    return "(?:" + "|".join(w for w, c in SIDE_COUNTRIES.items() if c == country) + ")"
