""" "Everyone named in the article is American, right?": a claim of everyone the article names,
answered by one person it names who is of another country.

- "Everyone named in the article is American, right?": No, Rajnath Singh is India's.
- "Is everyone mentioned Indian?", "are all the people in the article from India?": No,
  Mark T. Esper is the U.S. Secretary of Defense.
- "Everyone who met Singh is American?" picks out some people by what they did, which this
  does not weigh: it is left to the usual reading.
"""

from __future__ import annotations

import abc
from dataclasses import replace
from functools import cached_property

from bot.engine import prefilter
from bot.engine.answer import Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.text import normalise

__all__ = ["EveryoneNational"]

# "everyone named in the article is american right", "are all the people in the article
# from the usa", "is everyone mentioned indian" (normalised). The words between only say
# where they are named, so everyone named is meant, not some of them.
_EVERYONE_OF_NATION = prefilter.compile(
    r"^(?:(?:so|and|but|ok|okay) )*(?:(?:is|are|was|were) )?(?:it true that )?"
    r"(?:every ?one|every ?body|all (?:of )?(?:the )?(?:people|persons|individuals|officials"
    r"|figures|men))"
    r"(?P<where>(?: (?:named|mentioned|quoted|listed|cited|here|in|the|this|article|piece"
    r"|story|text|report)){0,5})"
    r" (?:(?:is|are|was|were) )?(?:an? )?(?P<nation>americans?|indians?"
    r"|from (?:the )?(?:usa|us|america|united states|india))"
    r"(?: (?:right|correct|yes|true|yeah|no))?$"
)
# The nationality as asked, to the country entity it belongs to.
_NATION_COUNTRY = {
    "american": "united-states",
    "americans": "united-states",
    "from the usa": "united-states",
    "from usa": "united-states",
    "from the us": "united-states",
    "from us": "united-states",
    "from america": "united-states",
    "from the united states": "united-states",
    "from united states": "united-states",
    "indian": "india",
    "indians": "india",
    "from india": "india",
}

_NATIONALITY = {"united-states": "American", "india": "Indian"}


class EveryoneNational(EngineCore):
    """A claim that everyone named is of one country, answered by one who is not."""

    @abc.abstractmethod
    def _read_and_answer(self, text: str, context: Context) -> Answer:
        """The whole reading and answering of one question."""

    def _everyone_national_checked(self, text: str, context: Context) -> Answer | None:
        """ "Everyone named in the article is American, right?": No, with who is not
        ("Rajnath Singh, India's Defense Minister") and the article's words for it; None
        for any other question, or when everyone named is of that country."""
        found = _EVERYONE_OF_NATION.match(normalise(text))
        country = _NATION_COUNTRY.get(found["nation"]) if found is not None else None
        if country is None:
            return None
        others = [p for p, countries in self._people_countries if country not in countries]
        if not others:
            return None
        name = self.factbase.entities[others[0]].name
        who = self._read_and_answer(f"who is {name}?", context)
        if who.abstained or not who.quotes:
            return None
        nationality = _NATIONALITY[country]
        return replace(
            who, text=f"No. Not everyone the article names is {nationality}: {who.text}."
        )

    @cached_property
    def _people_countries(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """Each person the article names, with the countries they belong to, in the fact
        base's order (Esper, Singh, Pompeo, Begin); made once."""
        return tuple(
            (entity.id, frozenset(entity.part_of))
            for entity in self.factbase.entities.values()
            if entity.kind == "person" and entity.part_of
        )
