"""Which of the people just named did something: "Who went to Tokyo?" "Which one met Singh?".

"Which one" picks among the last answer's people (Esper and Pompeo), so it is asked as "who
met Singh?" and answered by whichever of them that answer names. Read alone, "which one met
Singh?" got what was praised at the meeting, a thing and not one of them.
"""

from __future__ import annotations

from bot.engine import prefilter
from bot.text import normalise

__all__ = ["one_of_them_meant", "which_of_them_asked"]

# "which one met singh", "and which of the two is the defense secretary", "who of them gave a
# press conference" (normalised text).
_WHICH_OF_THEM = prefilter.compile(
    r"^(?:(?:and|so|but|ok|okay|then) )*(?:which|who)"
    r" (?:one|of them|of the two|of those two|of those|of these|of the pair|of both)"
    r"(?: of them)? (?P<rest>(?:\S+ ){0,10}?\S+)$"
)


def which_of_them_asked(text: str) -> str | None:
    """The question as a who-question ("who met singh?"), or None when it picks no one of
    several ("which one?" alone is left to the conversation)."""
    found = _WHICH_OF_THEM.match(normalise(text))
    return f"who {found['rest']}?" if found is not None else None


# "was china one?", "is japan one", "and was russia one?" (normalised text); not "was it day
# one?", "was this the first one?".
_BARE_ONE = prefilter.compile(
    r"^(?P<head>(?:(?:and|so|but|ok|okay|then) )*(?:was|is|were|are)"
    r" (?!(?:it|this|that|there|he|she|they)\b)(?:\S+ ){0,3}?"
    r"(?!(?:the|a|an|first|second|third|last|number|day|no|any|only|another|each|every)\b)\S+)"
    r" one$"
)


def one_of_them_meant(text: str) -> str | None:
    """ "How many countries?" (four) "Was China one?" → "was china one of them?": one of
    those just listed, not a count of one put against four (it got "No. Four countries:
    …, India, …" for "was India one?"). None when the question ends in no bare "one"."""
    found = _BARE_ONE.match(normalise(text))
    return f"{found['head']} one of them?" if found is not None else None
