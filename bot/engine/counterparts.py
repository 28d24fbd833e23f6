"""Counterparts asked of as a pair, with no one named: "so who is whose counterpart here",
"who are the counterparts?", "which two officials are counterparts?", "who is counterpart
to whom?".

"Singh's counterpart" names one side and asks the other; these name neither side and ask for
both. Read as "who was Singh's counterpart", they got Esper alone, half the answer. They are
asked as "who are the two men, by title?": both, each with the office that makes them
counterparts (the article's "two Secretaries of Defense").
"""

from __future__ import annotations

from bot.engine import prefilter

__all__ = ["PAIR_BY_TITLE", "pair_of_counterparts_asked"]

PAIR_BY_TITLE = "who are the two men, by title?"

_LEAD = r"^(?:(?:and|so|ok|okay|then|but|now|well) )*"
_PAIR = prefilter.compile(
    _LEAD + r"(?:"
    # "who is whose counterpart", "who's whose counterpart here"
    r"who(?: is|s|'s| was| are| were)? whose counterparts?"
    # "who is counterpart to whom", "who is the counterpart of whom"
    r"|who(?: is|s|'s| was)? (?:the )?counterparts? (?:to|of) whom"
    # "who are the counterparts", "who were the two counterparts in this story"
    r"|who (?:are|were) (?:the )?(?:two |2 )?counterparts"
    # "who are each other's counterparts"
    r"|who (?:are|were) each other'?s? counterparts"
    # "which two officials are counterparts", "which 2 people were counterparts"
    r"|which (?:two |2 )?(?:people|officials|men|ministers|leaders|persons) (?:are|were)"
    r" (?:the )?(?:\w+ )?counterparts"
    r")"
    # Only where the pair is the meeting's: "here", "in this article", "in new delhi" (not
    # "who are the counterparts at the tokyo talks?", whom the article does not pair).
    r"(?: here| then| in (?:this|the) (?:story|article|piece|report|text)"
    r"| (?:at|in) (?:the )?(?:new )?delhi(?: meeting| talks)?| at the meeting)?"
    r"[?.! ]*$"
)


def pair_of_counterparts_asked(text: str) -> bool:
    """Whether the question asks who the counterparts are, naming neither ("who is whose
    counterpart here?"), not one person's counterpart ("who is Singh's counterpart?")."""
    return _PAIR.search(" ".join(text.lower().replace("’", "'").split())) is not None
