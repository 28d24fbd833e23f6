"""The article's abbreviation for something: "what abbreviation does the article use for the
defense department?", "what acronym is used for the department of defense?", "how does the
article abbreviate the defense department?".

The article's own short forms are among its aliases ("DOD" for the U.S. Department of
Defense); without this reader "abbreviation" was a word the facts never use and the bot
said the article doesn't say.
"""

from __future__ import annotations

from bot.engine import prefilter

__all__ = ["abbreviation_asked", "expands_to", "expansion_asked", "is_abbreviation"]

_ABBREVIATION = prefilter.compile(
    r"\b(?:abbreviation|abbreviations|acronym|acronyms|initials|initialism|short form"
    r"|shorthand|abbreviated|abbreviates|abbreviate|shortened to|short name)\b"
)


# Asked for, not checked: "does the article use the abbreviation BECA?" is a yes or no.
_ASKS = prefilter.compile(r"^(?:(?:and|so|ok|okay|then) )*(?:what|which|how)\b")


def abbreviation_asked(normalised: str) -> bool:
    """Whether the question asks for the article's abbreviation of something ("what
    abbreviation…", "how does the article abbreviate…")."""
    return _ASKS.search(normalised) is not None and _ABBREVIATION.search(normalised) is not None


def is_abbreviation(alias: str) -> bool:
    """Whether an alias is a short form of capitals: "DOD", "BECA", not "Defense Department"
    (and not "U.S.", which every name of the country is made of)."""
    letters = alias.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() and "." not in alias


# "Quad full form", "what is quad short for?", "expand BECA": the long form a short name is
# asked to stand for.
_EXPANSION = prefilter.compile(
    r"\b(?:stands? for|full form|long form|full name|short for|expand|expanded|expansion)\b"
)


def expansion_asked(normalised: str) -> bool:
    """Whether the question asks what a short name stands for ("Quad full form")."""
    return _EXPANSION.search(normalised) is not None


def expands_to(short: str, name: str) -> bool:
    """Whether a short name is the initials of a long one: "beca" of "Basic Exchange and
    Cooperation Agreement", "dod" of "Department of Defense"; not "quad" of "the
    quadripartite talks in Tokyo", which the article never expands."""
    letters = short.replace(".", "").lower()
    words = [w for w in name.replace("-", " ").split() if w.lower() != "the"]
    capitalised = "".join(w[0] for w in words if w[:1].isupper()).lower()
    every = "".join(w[0] for w in words).lower()
    return letters in (capitalised, every)
