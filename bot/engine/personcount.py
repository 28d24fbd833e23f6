""" "How many 2+2s has he done?": a count asked of one person, answered only by a count of
theirs.

- "Who met Singh?" "How many 2+2s has he done?": Two, Esper's (this is his second).
- "…what's his title?" (abstained) "How many 2+2s has he done?": the article counts only
  the two countries' dialogues (three), none of one man's, so it doesn't say; "Three" was
  the countries' total given as his.
"""

from __future__ import annotations

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.text import normalise

__all__ = ["PersonCounts"]

# "how many 2plus2 has he done", "and how many times has she attended one", "how many
# dialogues did he take part in" (normalised): a count of what one person did.
_COUNT_OF_HIS = prefilter.compile(
    r"^(?:(?:and|so|ok|okay|but|then|well)\s+)*how\s+many\s+(?:\S+\s+){0,4}?"
    r"(?:has|have|had|did|does)\s+(?:he|she|him|her)\b"
)


class PersonCounts(EngineCore):
    """A count asked of "he" or "she", kept to counts of a person."""

    def _count_of_person_checked(self, answer: Answer, text: str, context: Context) -> Answer:
        """ "How many 2+2s has he done?" answered "Three" from the countries' three
        dialogues: no count of his, so the article doesn't say. Kept when the fact
        answering names a person ("this is the second time Esper…")."""
        if answer.abstained or _COUNT_OF_HIS.match(normalise(text)) is None:
            return answer
        facts = [self.factbase.facts.get(fact_id) for fact_id in answer.fact_ids]
        if any(
            self._kind(entity) == "person"
            for fact in facts
            if fact is not None
            for entity in fact.entities
        ):
            return answer
        counted = answer.text.split(":")[0].rstrip(".")
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't give that count for one person: its “{counted}” counts "
            "something other than what one person did.",
            context,
            notes=("a count asked of one person, answered by no count of a person's",),
        )
