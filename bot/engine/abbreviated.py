"""The article's abbreviation for something: "what abbreviation does the article use for the
defense department?", "what acronym is used for the department of defense?", "how does the
article abbreviate the defense department?".

The article's own short forms are among its aliases ("DOD" for the U.S. Department of
Defense); without this reader "abbreviation" was a word the facts never use and the bot
said the article doesn't say.
"""

from __future__ import annotations

from bot.engine import prefilter

__all__ = ["abbreviation_asked", "is_abbreviation"]

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
