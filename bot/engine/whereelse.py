""" "Where else did Esper go?": a place besides the one already known, or none.

- "Where else did Esper go?" asked first: besides New Delhi, where the article's meeting was,
  so Tokyo (the quadripartite talks), not New Delhi again.
- "Where did Esper meet Singh?" (New Delhi) "Where else did he go?": Tokyo likewise.
- "Where else did Singh go?": the article has him only in New Delhi, so it names nowhere else.
- "Where else did Pompeo go?" asked first: South Asia is no place already known; it stands.
"""

from __future__ import annotations

import abc

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.question import Parsed, parse
from bot.text import normalise

__all__ = ["WhereElseChecks"]

# "where else did esper go", "where else has he been", "and where else?" (normalised).
_WHERE_ELSE = prefilter.compile(r"\bwhere\s+else\b")


class WhereElseChecks(EngineCore):
    """A "where else" answered with a place already known is asked again without it."""

    @abc.abstractmethod
    def _places_set_aside(self, parsed: Parsed) -> frozenset[str]:
        """The places a where-question sets aside ("besides Tokyo")."""

    @abc.abstractmethod
    def _read_and_answer(self, text: str, context: Context) -> Answer:
        """The whole reading and answering of one question."""

    def _where_else_checked(self, answer: Answer, text: str, context: Context) -> Answer:
        """ "Where else did Esper go?" was "In New Delhi", the place the article's meeting
        is known for: asked again besides it ("In Tokyo, Japan"), or, when the article
        names no other place, no answer rather than the same place again."""
        said = normalise(text)
        if answer.abstained or not _WHERE_ELSE.search(said):
            return answer
        if self._places_set_aside(parse(text, self.index)):
            # "Where else did Esper go besides Tokyo?": the places set aside are those
            # named, not New Delhi; `_place_aside_checked` keeps to them.
            return answer
        known = self._places_known(context)
        answered = self._places_of(answer)
        if not answered or not answered & known:
            return answer
        besides = " and ".join(sorted(self.factbase.entities[e].name for e in known))
        again = self._read_and_answer(
            f"besides {besides}, {_WHERE_ELSE.sub('where', said, count=1)}?", context
        )
        if not again.abstained and self._places_of(again) and not self._places_of(again) & known:
            return again
        # Not "the article names no place besides Tokyo": asked again, the engine may miss
        # one it does name ("Did Esper go to Tokyo?" "where else did he go?": New Delhi).
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article doesn't say where else.",
            context,
            notes=("a where else answered only with a place already known",),
        )

    def _places_known(self, context: Context) -> frozenset[str]:
        """The places the conversation has had, or, asked first, the article's own (New
        Delhi, where the meeting it reports was held)."""
        had = (*context.scene, *context.answer_entities, *context.entities)
        known = frozenset(e for e in had if self._kind(e) == "place")
        lead = self._lead_event
        if not known and lead is not None:
            known = self._own_places(lead)
        return known

    def _places_of(self, answer: Answer) -> frozenset[str]:
        """The places an answer names or is set at ("In Tokyo, Japan": Tokyo)."""
        had = (*answer.context.scene, *answer.context.answer_entities)
        return frozenset(e for e in had if self._kind(e) == "place")
