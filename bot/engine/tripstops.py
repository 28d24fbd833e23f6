"""The stops of a trip: "Which other countries did Pompeo visit on the trip?" asks where a
trip took him, and the article tells only where his trip was to ("his trip to South
Asia"). Read by its words, "countries" and "visit" find the Tokyo talks Pompeo took part in,
and "In Tokyo, Japan" would answer with a place that trip never went to."""

from __future__ import annotations

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.text import normalise

__all__ = ["TripStopsChecks"]

_PLACES = r"(?:countries|country|cities|city|places|nations|capitals|stops|destinations)"
_TRIP = r"(?:the|his|her|their|that|this|\w+(?: s)?) (?:trip|tour|travels|journey)"
# "which other countries did pompeo visit on the trip", "what cities did he stop in during
# his tour", "pompeo s trip which countries" (normalised text).
_TRIP_STOPS_ASKED = prefilter.compile(
    rf"\b(?:which|what)(?: other| else)? {_PLACES}\b.* (?:on|during|in the course of) {_TRIP}\b"
    rf"|\b{_TRIP}\b.* (?:which|what)(?: other)? {_PLACES}\b"
)
# What a fact about a trip is keyed by: Pompeo's "trip to South Asia", Begin's visit.
_TRIP_KEYWORD = "trip"


class TripStopsChecks(EngineCore):
    """The check that the places a trip took in are answered from that trip."""

    def _trip_stops_checked(self, answer: Answer, text: str, context: Context) -> Answer:
        """ "Which other countries did Pompeo visit on the trip?" answered from the Tokyo
        talks: no trip took him there, so the article doesn't say (an abstention)."""
        if answer.abstained or _TRIP_STOPS_ASKED.search(normalise(text)) is None:
            return answer
        if any(self._is_a_trip(fact_id) for fact_id in answer.fact_ids):
            return answer
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article doesn't say which places the trip took in: it names only where it was to.",
            context,
            notes=("the places of a trip answered from another event",),
        )

    def _is_a_trip(self, fact_id: str) -> bool:
        """Whether the fact tells of a trip ("his trip to South Asia")."""
        fact = self.factbase.facts.get(fact_id)
        return fact is not None and _TRIP_KEYWORD in fact.keywords
