""" "Compare the two statements.": which two is not said, so the asker is asked.

- "Compare the two statements.", "contrast both quotes", "how do the two statements differ?",
  "what's the difference between the statements?": no one statement is named, and one
  sentence of the article ("U.S.-India relations are heating up rapidly") compares nothing.
- "Compare the Tokyo talks with the New Delhi meeting: who, where" names both things; it is
  read point by point elsewhere (compared.py).
"""

from __future__ import annotations

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.text import normalise

__all__ = ["ComparedStatements"]

_SAYINGS = r"(?:statements?|quotes?|quotations?|remarks|comments|accounts|claims)"
_THE_SAYINGS = rf"(?:the|both|these|those)\s+(?:two\s+|2\s+|both\s+)?{_SAYINGS}"
_POLITE_END = r"(?:\s+(?:please|pls|for\s+me))?"
# Normalised: "compare the two statements", "how do the two statements differ", "what is
# the difference between the statements", "are the two quotes different".
_SAYINGS_COMPARED = prefilter.compile(
    rf"^(?:please\s+|can\s+you\s+|could\s+you\s+)?(?:compare|contrast)\s+{_THE_SAYINGS}{_POLITE_END}$"
    rf"|^how\s+(?:do|does|did)\s+{_THE_SAYINGS}\s+(?:differ|compare|contrast)$"
    rf"|^what\s+(?:is|s|are)\s+the\s+differences?\s+between\s+{_THE_SAYINGS}$"
)


class ComparedStatements(EngineCore):
    """Two statements compared, with nothing to say which two."""

    def _statements_compared_checked(self, answer: Answer, text: str, context: Context) -> Answer:
        """ "Compare the two statements." was "U.S.-India relations are heating up rapidly",
        which compares nothing; the asker is asked which two are meant."""
        if answer.abstained or not _SAYINGS_COMPARED.match(normalise(text)):
            return answer
        return self._abstain(
            AbstainReason.AMBIGUOUS,
            "Which two do you mean? The article reports a U.S. Defense Department statement "
            "on the meeting and Pompeo's remarks at a State Department press conference; ask "
            "about each, for example “What did the Defense Department statement say?” and "
            "“What did Pompeo say about China?”.",
            context,
            notes=("two statements compared, with nothing to say which two",),
        )
