""" "By whom?" after a passive yes-or-no question: "Was India represented?" "By whom?".

The follow-up asks who did what the last question asked about ("who represented India?"),
not who took part in the event it was answered from: read as "who?" of the Tokyo talks, it
got Esper and Pompeo, U.S. officials, as India's representatives.
"""

from __future__ import annotations

from bot.engine import prefilter
from bot.text import normalise

__all__ = ["by_whom_asked"]

# "by whom?", "and by who?", "who by?" (normalised text).
_BY_WHOM = prefilter.compile(
    r"^(?:(?:and|so|but|ok|okay|then) )*(?:by whom|by who|who by|whom by)(?: exactly)?$"
)
# The last yes-or-no question as read, passive: "was india represented", "were the talks
# hosted in tokyo".
_PASSIVE = prefilter.compile(
    r"^(?:(?:and|so|but|ok|okay|then) )*(?:was|were|is|are|has been|have been|had been)"
    r" (?P<thing>(?:\S+ ){0,4}?\S+) (?P<verb>\w+ed)(?P<rest>(?: \S+){0,6})$"
)


def by_whom_asked(text: str, last_claim: str | None) -> str | None:
    """ "who represented india?" for "by whom?" after "was india represented?"; None when
    the question is no bare "by whom?" or the last question was no passive one."""
    if not last_claim or _BY_WHOM.match(normalise(text)) is None:
        return None
    passive = _PASSIVE.match(normalise(last_claim))
    if passive is None:
        return None
    return f"who {passive['verb']} {passive['thing']}{passive['rest']}?"
