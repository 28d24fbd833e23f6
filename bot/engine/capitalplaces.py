"""Capital cities a question may guess as a place: "Where did Esper and Singh meet, Beijing?".
The maintainers give "Beijing" as a name for China, so read as a name it links to China and
looks like a thing the answer could hold; guessed after a where-question it is the city, which
the article never names, so the guess is wrong (New Delhi), as "…, Mumbai?" is."""

from __future__ import annotations

__all__ = ["is_capital_city"]

# Capitals a fact base may give as a maintainer's name for a country (Beijing for China); a
# capital the article itself names (Tokyo, New Delhi) is a place the facts hold.
_CAPITAL_CITIES = frozenset(
    "beijing washington moscow islamabad canberra seoul taipei kabul dhaka".split()
)


def is_capital_city(word: str) -> bool:
    """ "beijing", "moscow": a capital a question may guess as a place."""
    return word in _CAPITAL_CITIES
