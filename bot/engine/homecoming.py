"""A return home, which the article never tells of: "When Esper goes back to Washington?",
"when did esper fly home?", "how did Esper get back to the Pentagon?".

The article follows its people to New Delhi, Tokyo and South Asia and never back. A
question about the return itself is asked of nothing the article says; without this the
bot read it as a trip to Washington and corrected it with the meeting in New Delhi ("Not
to Washington: …"), or gave the meeting's day as the return's. A return that only dates
something else ("did Pompeo speak after returning from South Asia?") is no such question:
the article does date the press conference before the trip.
"""

from __future__ import annotations

from bot.engine import prefilter

__all__ = ["RETURN_UNTOLD", "return_asked"]

# A wh-question, as a normalised question starts: "when", "so how", "on what day".
_ASKS = prefilter.compile(
    r"^(?:(?:and|so|but|ok|okay|then) )*(?:when|where|how|why|what time|what day|which day"
    r"|on what (?:date|day)|at what time"
    # "Did Begin go back to Washington?": the same return, asked yes or no (it got No, with
    # his visit to New Delhi).
    r"|did|does|do|will|would|has|have|had)\b"
)
_MOVES = (
    r"(?:go|goes|going|gone|went|come|comes|coming|came|fly|flies|flying|flew|flown|head"
    r"|heads|heading|headed|get|gets|getting|got|travel|travels|travell?ing|travell?ed"
    r"|make|makes|made|be|is|was|will be|are|were)"
)
# "goes back to washington", "fly home", "returned to the us", "make it back home".
_RETURN = prefilter.compile(
    rf"\b{_MOVES}(?: it)? (?:back|home)\b|\breturn(?:s|ed|ing)?\b(?! (?:of|for)\b)"
    # "did they return to the topic of China?" is no journey
    r"(?! to (?:the |that |this )?(?:topic|subject|issue|question|matter|point|idea)\b)"
)
# Words before the return that make it the time of something else: "after returning from
# south asia", "before he got back", "since coming home".
_SUBORDINATE = frozenset(
    {"after", "before", "since", "until", "till", "upon", "on", "once", "following", "in"}
)
_SUBJECT = frozenset({"he", "she", "they", "his", "her", "their", "esper", "pompeo", "singh"})

RETURN_UNTOLD = (
    "The article doesn't say: it tells nothing of anyone's return home, only of the visit "
    "to New Delhi and the talks before it."
)


def return_asked(normalised: str) -> bool:
    """Whether a wh-question asks about a return home itself ("when does esper go back to
    washington?"), not about something dated by one ("why did pompeo speak after returning
    from south asia?")."""
    if _ASKS.search(normalised) is None:
        return False
    found = _RETURN.search(normalised)
    if found is None:
        return False
    before = normalised[: found.start()].split()[-2:]
    if before and before[-1] in _SUBJECT:
        before = before[:-1]  # "after he got back": the word before the subject
    return not (before and before[-1] in _SUBORDINATE)
