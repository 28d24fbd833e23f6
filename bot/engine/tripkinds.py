""" "When was Pompeo's trip?", "what region was the trip to?": a trip's date the article does
not give, and a region asked where the best answer is a city.

- "When was Pompeo's trip?": his trip to South Asia ties with the Tokyo talks he took part
  in, but only the talks are dated ("Earlier this month"); the trip asked of is undated, so
  the talks' time is no answer. The article places it only after his press conference.
- "What region was the trip to?": South Asia, the one trip to a region; "which region did
  Esper visit?": New Delhi is a city, not a region, and the article names none for him.
"""

from __future__ import annotations

from bot.engine.core import PAIR_DEPTH, EngineCore, Scored
from bot.engine.index import term
from bot.engine.question import Parsed
from bot.factbase.model import Role

__all__ = ["REGION_NOUNS", "TripKinds"]

REGION_NOUNS = frozenset({"region", "regions", "subregion"})
# A trip's own acts: travelling, going, visiting, heading for a destination (stemmed as the
# index stems a fact's keywords).
_TRIP_TERMS = frozenset(
    term(w)
    for w in "visit visited go went travel trip tour journey head destination region".split()
)


class TripKinds(EngineCore):
    """Trip questions the best-scoring fact of another kind would answer wrongly."""

    def _undated_trip_tied(
        self, parsed: Parsed, ranked: list[Scored], chosen: Scored
    ) -> Scored | None:
        """A trip the "when" question asks of that the article gives no date for, scoring at
        least as well as the dated fact chosen: "when was Pompeo's trip?" is his South Asia
        trip, not the Tokyo talks he also went to ("Earlier this month")."""
        if (
            parsed.qtype != "when"
            or not parsed.terms
            or not set(parsed.terms) <= _TRIP_TERMS
            # "Begin - who?" "visited where" "when": the conversation's own visit, dated
            or parsed.followup_fact == chosen.entry.fact.id
            # "Tell me about the Deputy Secretary of State." "When was the visit?": Begin's
            # own visit; only a question naming whose trip it is asks of Pompeo's
            or not any(link.start >= 0 for link in parsed.entities)
        ):
            return None
        for scored in ranked[:PAIR_DEPTH]:
            if scored.score < chosen.score:
                break
            entry = scored.entry
            if (
                entry is not chosen.entry
                and "when" not in entry.fact.roles
                and "where" in entry.fact.roles
                and entry.predicate <= _TRIP_TERMS
                and set(parsed.entity_ids) <= entry.involved
            ):
                return scored
        return None

    @staticmethod
    def _undated_trip_text(trip: Scored) -> str:
        """The abstention, with the words the article does say about the trip."""
        return (
            f"The article gives no date for that trip; it says only “{trip.entry.fact.quote.text}”."
        )

    @staticmethod
    def _asks_region(parsed: Parsed) -> bool:
        """The kind asked is a region: "what region…", "which region did Esper visit?"."""
        words = parsed.words
        return any(words[i] in REGION_NOUNS for i in parsed.focus if i < len(words))

    def _names_only_regions(self, role: Role | None) -> bool:
        """The role names places in no country (South Asia), not cities (New Delhi)."""
        places = role.entities if role is not None else ()
        return bool(places) and all(
            self._kind(e) == "place"
            and not any(self._kind(p) == "country" for p in self.index.part_of.get(e, ()))
            for e in places
        )

    def _region_gone_to(self, parsed: Parsed, ranked: list[Scored]) -> tuple[Scored, Role] | None:
        """A trip to a region among the best facts, by everyone the question names: "what
        region was the trip to?" (South Asia), never Pompeo's region for Esper."""
        asked = set(parsed.entity_ids)
        for scored in ranked[:PAIR_DEPTH]:
            where = scored.entry.fact.roles.get("where")
            if (
                where is not None
                and self._names_only_regions(where)
                and asked <= scored.entry.involved
            ):
                return scored, where
        return None
