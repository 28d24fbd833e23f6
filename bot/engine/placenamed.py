"""The meeting named by its place: "Who took part in the New Delhi meeting?", "where was the
Delhi meeting held?", "who was at the talks in New Delhi?". The meeting in New Delhi is
Esper's with Singh, the one "the meeting" means; read by that name, the place word no longer
pulls the question to the other events (the Tokyo talks, Begin's visit to New Delhi)."""

from __future__ import annotations

import re

__all__ = ["delhi_meeting_named"]

# "the (New) Delhi meeting", "the meeting in (New) Delhi", "the Delhi talks": a meeting, not
# a visit or trip (Begin "also recently visited New Delhi").
_MEETING = r"(?:meeting|talks|sit-?down|bilateral|summit|get-?together)"
_DELHI = r"(?:new\s+)?delhi"
_DELHI_MEETING = re.compile(
    rf"\bthe\s+(?:{_DELHI}\s+{_MEETING}|{_MEETING}\s+(?:held\s+)?in\s+{_DELHI})\b",
    re.IGNORECASE,
)
# "who took part in the meeting?": the meeting's people, as "who participated in…" is read;
# "took part" alone leans towards Esper's taking part in a 2+2 meeting.
_TOOK_PART = re.compile(r"\b(?:took|take|takes|taking)\s+part\s+in\s+the\s+meeting\b", re.I)
# "which had more countries, the Tokyo talks or the Delhi meeting?", "the American in both the
# Tokyo talks and the New Delhi meeting": beside another event the place tells them apart.
_OTHER_EVENT = re.compile(
    r"\b(?:tokyo|japan|quad\w*|2\s*\+\s*2|two[-\s]plus[-\s]two|dialogues?|press\s+conference"
    r"|both|common|compare\w*|versus|vs)\b",
    re.IGNORECASE,
)
# Who was there, where and when: what "the meeting" alone answers of Esper's with Singh. A
# count or a yes-or-no question weighs the place as it is ("how many countries at the new
# delhi meeting?" after the Tokyo talks' four is no count of "the meeting" in view).
_ASKED_OF_THE_MEETING = re.compile(
    r"^\s*(?:(?:and|so|but)\s+)?(?:who|whom|where|when)\b", re.IGNORECASE
)


def delhi_meeting_named(text: str) -> str:
    """ "Who took part in the New Delhi meeting?" → "Who participated in the meeting on
    Monday?";
    a question not of who, where or when, one naming no meeting in New Delhi, or one
    naming another event beside it ("the Tokyo talks or the Delhi meeting?") is left as it is."""
    if _ASKED_OF_THE_MEETING.match(text) is None or _DELHI_MEETING.search(text) is None:
        return text
    if _OTHER_EVENT.search(text) is not None:
        return text
    # "the meeting on Monday", not a bare "the meeting": "who represented the US in the
    # meeting?" leans towards the 2+2 meetings Esper took part in.
    named = _DELHI_MEETING.sub("the meeting on Monday", text)
    return _TOOK_PART.sub("participated in the meeting", named)
