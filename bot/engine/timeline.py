"""The article's events in order of time, when asked for them: "Timeline of events", "List
the events in the article in order", "what happened, in order?". The order is the fact
base's (each fact's `timeline` step, as /timeline shows it), each event led by when the
article says it happened and backed by its own quote."""

from __future__ import annotations

from functools import cached_property

from bot.engine import prefilter
from bot.engine.answer import Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.question import parse
from bot.factbase.model import Fact
from bot.text import normalise

__all__ = ["EventsInOrder"]

_EVENTS = r"(?:the )?(?:events|things|happenings|key events|main events)"
_IN_ARTICLE = r"(?: (?:in|of|from) (?:the |this )?(?:article|story|piece|text))?"
# "Timeline of events", "give me a timeline", "the chronology", "List the events in the
# article in order", "what happened in order?", "in what order did things happen?", "put the
# events in chronological order", "sequence of events" (normalised text).
TIMELINE_ASKED = prefilter.compile(
    r"^(?:(?:can|could) you )?(?:please )?(?:(?:give|show|tell) me |make |list |what is |whats "
    r"|i want |i d like )?(?:a |the )?(?:(?:timeline|chronology|sequence|order)(?: of "
    + _EVENTS
    + r")?"
    + _IN_ARTICLE
    + r"|(?:list|put|order|sort|arrange|give me|tell me) "
    + _EVENTS
    + _IN_ARTICLE
    + r" (?:in|by) (?:chronological |time )?order"
    + _IN_ARTICLE
    + r"|what happened(?: first)?,? (?:and )?(?:in (?:what )?order|in sequence|when)"
    + _IN_ARTICLE
    + r"|in what order did "
    + _EVENTS
    + r" happen"
    + _IN_ARTICLE
    + r")(?: please)?$"
)


class EventsInOrder(EngineCore):
    def _timeline_asked(self, text: str, context: Context, notes: list[str]) -> Answer | None:
        """ "Timeline of events": the dated events in order, each with when the article says
        it happened, quoting each; None when the question asks no such thing."""
        if not self._events_in_order or TIMELINE_ASKED.match(normalise(text)) is None:
            return None
        events = self._events_in_order
        steps: dict[int, list[str]] = {}
        for fact in events:
            steps.setdefault(fact.timeline or 0, []).append(fact.statement.rstrip(".") + ".")
        told = " ".join(f"{n}. {' '.join(said)}" for n, said in enumerate(steps.values(), 1))
        unordered = any(len(said) > 1 for said in steps.values())
        return self._direct(
            text=f"In order, as the article dates them: {told}"
            + (
                " (The article does not order the events told in one step against each other.)"
                if unordered
                else ""
            ),
            facts=list(events),
            confidence=0.85,
            parsed=parse(text, self.index),
            context=context,
            notes=[*notes, "the events in order of time"],
        )

    @cached_property
    def _events_in_order(self) -> tuple[Fact, ...]:
        """The fact base's dated facts in order of time, each with a "when" of its own (the
        agreement's is the meeting's, told once) that places it in the chain of events, not
        only before one of them: Pompeo's press conference, "before his trip to South Asia",
        is not said to come after the Tokyo talks."""
        return tuple(
            fact
            for fact in self.factbase.timeline()
            if (when := fact.role("when")) is not None
            and not when.answer.lower().startswith(_ONLY_BEFORE)
        )


# A "when" placing a fact only before another event, not against the rest.
_ONLY_BEFORE = ("before ", "prior to ")
