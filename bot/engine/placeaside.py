""" "Where did Pompeo go besides Tokyo?": a place set aside is not the answer.

- "Where else did Pompeo go besides Tokyo?": the Tokyo talks are set aside, so his trip to
  South Asia answers, not "In Tokyo, Japan" again.
- "Besides Tokyo, where did Esper go?": New Delhi, where he met Singh.
- "Where did Esper go other than New Delhi and Tokyo?": the article names nowhere else for
  him, so no answer rather than one of the places set aside.
- "Other than Tokyo, where did Esper and Pompeo meet officials?": no other place has them
  both, so no answer rather than one of them alone.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.index import term
from bot.engine.question import Parsed, parse

__all__ = ["PlaceAsideChecks"]

_PLACE_KINDS = frozenset({"place", "country"})


class PlaceAsideChecks(EngineCore):
    """Places a where-question sets aside ("besides Tokyo") are kept out of its answer."""

    def _set_places_aside(self, parsed: Parsed) -> None:
        """ "Where did Pompeo go apart from Tokyo?": every fact set at Tokyo (or inside a
        place set aside: "besides Japan" is Tokyo too) is left out of the answering."""
        aside = self._places_set_aside(parsed)
        if not aside:
            return
        parsed.excluded_facts |= frozenset(
            fact_id for place in aside for fact_id in self._facts_set_at.get(place, ())
        )
        # Only a fact set somewhere answers: "besides New Delhi, where has Esper been?" is
        # not answered from his title, which merely names him as well as the Tokyo talks do.
        placed = self._facts_set_anywhere
        parsed.kept_facts = placed if parsed.kept_facts is None else parsed.kept_facts & placed
        # A fact not naming Tokyo is no weaker a match for lacking its word ("where did
        # Pompeo go apart from Tokyo?": his trip to South Asia). The link itself stays: the
        # entity is already set aside, and it still finds the facts to rank.
        dropped = [link for link in parsed.entities if link.entity in aside]
        words = {
            term(word)
            for link in dropped
            if link.start >= 0
            for word in parsed.words[link.start : link.end]
        }
        parsed.span_terms = [t for t in parsed.span_terms if t not in words]

    def _places_set_aside(self, parsed: Parsed) -> frozenset[str]:
        """The places a where-question sets aside, with those inside them ("besides India":
        New Delhi too); none for any other kind of question."""
        if parsed.qtype != "where":
            return frozenset()
        named = {e for e in parsed.excluded if self._kind(e) in _PLACE_KINDS}
        if not named:
            return frozenset()
        inside = {
            place
            for place in self._facts_set_at
            if named & self.index.part_of.get(place, frozenset())
        }
        return frozenset(named | inside)

    @cached_property
    def _facts_set_at(self) -> dict[str, frozenset[str]]:
        """Each place, with the facts whose "where" names it (Tokyo: the quadripartite
        talks); built once, not on each question."""
        facts: dict[str, set[str]] = defaultdict(set)
        for fact in self.factbase.facts.values():
            where = fact.roles.get("where")
            for place in where.entities if where is not None else ():
                facts[place].add(fact.id)
        return {place: frozenset(ids) for place, ids in facts.items()}

    @cached_property
    def _facts_set_anywhere(self) -> frozenset[str]:
        """The facts whose "where" names a place."""
        return frozenset(fact_id for ids in self._facts_set_at.values() for fact_id in ids)

    def _place_aside_checked(self, answer: Answer, text: str, context: Context) -> Answer:
        """ "Where did Esper go other than New Delhi and Tokyo?": an answer still at a place
        set aside, or at one the people asked about were not at together ("other than
        Tokyo, where did Esper and Pompeo meet officials?"), is no answer."""
        if answer.abstained or "where" not in text.lower():
            return answer
        parsed = parse(text, self.index)
        aside = self._places_set_aside(parsed)
        if not aside:
            return answer
        people = {e for e in parsed.entity_ids if self._kind(e) == "person"}
        involved = {
            e
            for fact_id in answer.fact_ids
            if fact_id in self.factbase.facts
            for e in self.factbase.facts[fact_id].entities
        }
        at = {e for fact_id in answer.fact_ids for e in self._where_of(fact_id)}
        if at and not (at & aside) and people <= involved:
            return answer
        named = (e for e in aside if e in parsed.excluded)
        names = " or ".join(sorted(self.factbase.entities[e].name for e in named))
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article names no place besides {names} for that.",
            context,
            notes=("a where-question answered only with a place set aside",),
        )

    def _where_of(self, fact_id: str) -> frozenset[str]:
        """The places a fact's "where" names."""
        fact = self.factbase.facts.get(fact_id)
        where = fact.roles.get("where") if fact is not None else None
        return frozenset(where.entities) if where is not None else frozenset()
