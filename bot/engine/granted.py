"""A premise granted before a question: "Given that the Tokyo talks were in March, who
attended?", "Assuming Begin went to Tokyo, who did he meet?".

The question is about what the premise names (the Tokyo talks, not the New Delhi meeting
the bare "who attended?" would find), and the premise itself is checked first: one the
article contradicts is corrected, one it does not bear out is never built on.
"""

from __future__ import annotations

import re

from bot.engine import prefilter
from bot.engine.lexicon import POINTING_BACK

__all__ = ["granted_premises", "is_yes_no", "points_into_premise", "unreal_premise"]

# The words that grant a premise. ("As" and "because" are left to the older reading: "as
# Esper said, …" is no premise.)
_GRANTING = (
    r"(?:given(?: that)?|assuming(?: that)?|supposing(?: that)?|suppose(?: that)?"
    r"|presuming(?: that)?|granted that|granting that|if|since|now that"
    r"|considering(?: that)?|seeing (?:as|that)|bearing in mind that"
    r"|on the (?:assumption|premise|understanding|basis) that|taking it that"
    r"|let'?s say(?: that)?|let'?s assume(?: that)?)"
)
# One premise and its granting words: "given that he met Singh".
_ONE_GRANTED = rf"{_GRANTING}\s+[^,;?]{{6,}}?"
# "Given that Esper went to Tokyo, given that he met Singh, who did he meet?": premises may
# come several in a row, each granted anew (read as one, the answer joined ".; ").
_GRANTED_THEN_ASKED = re.compile(
    rf"^(?:so |and |ok |okay |but |well )?(?P<premise>{_ONE_GRANTED}"
    rf"(?:\s*[,;]\s*(?:and\s+)?{_ONE_GRANTED})*)\s*[,;]\s*"
    r"(?:then |so |in that case |in which case )?"
    r"(?P<question>(?:who|whom|whose|what|when|where|which|how|did|does|do|is|was|were|are"
    r"|has|have|had)\b[^,;]*)$",
    re.IGNORECASE,
)
_GRANTING_LEAD = re.compile(rf"^(?:and\s+)?{_GRANTING}\s+", re.IGNORECASE)
_BETWEEN_PREMISES = re.compile(r"\s*[,;]\s*")
# Only the yes-or-no questions among them: "…, was it on Monday?".
_YES_NO = re.compile(r"^(?:did|does|do|is|was|were|are|has|have|had)\b", re.IGNORECASE)
# "Had the meeting been in Tokyo, who would have attended?", "Supposing it had been held in
# Mumbai, who would have come?": what would have happened otherwise, never in the article.
_UNREAL = prefilter.compile(
    r"^(?:and |so |but |now |ok |okay |well )?(?:had|were) [^?]*\b(?:would|could|might)"
    r"(?: not)?(?: \w+)? (?:have|be)\b"
    r"|^(?:and |so |but |now |ok |okay |well )?(?:suppose|supposing|assuming|imagine"
    r"|say|let s say|given|if)(?: that)? [^?]*\b(?:had|were|hadnt|werent)\b"
    r"[^?]*\b(?:would|could|might)(?: not)?(?: \w+)? have\b"
)


def granted_premises(text: str) -> tuple[list[str], str] | None:
    """The premises and the question asked on them ("Supposing the talks were in July, which
    officials went?" → (["the talks were in July"], "which officials went?")), or None."""
    found = _GRANTED_THEN_ASKED.match(text.strip())
    if found is None:
        return None
    premises = [
        _GRANTING_LEAD.sub("", granted, count=1)
        for granted in _BETWEEN_PREMISES.split(found["premise"])
    ]
    return premises, found["question"]


def is_yes_no(question: str) -> bool:
    """Whether the question asked on a premise wants a yes or a no."""
    return _YES_NO.match(question.strip()) is not None


def points_into_premise(normalised_question: str, *, there_is_event: bool = False) -> bool:
    """Whether the question's own words point back at the premise ("who did he meet?");
    with `there_is_event`, "there" is the event the premise names, and no such pointer."""
    pointers = {found[0] for found in POINTING_BACK.finditer(normalised_question)}
    return bool(pointers - {"there"} if there_is_event else pointers)


def unreal_premise(normalised_text: str) -> bool:
    """Whether the message asks what would have happened under a premise contrary to fact."""
    return _UNREAL.search(normalised_text) is not None
