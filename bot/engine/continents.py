"""Which of an event's countries are in Asia: "which Asian countries took part in the Tokyo
talks?" → Japan and India; "which of them are in Asia?" and "the non-Asian ones?" after a
list of them. The article lists the countries (the United States, Japan, India and
Australia) but never says which continent each is on; that is common knowledge, kept here
for the countries the article names and no others, so a question about any other country's
continent is left to the rest of the engine (which abstains)."""

from __future__ import annotations

import re

from bot.engine.answer import Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.phrases import joined
from bot.engine.question import parse
from bot.factbase.model import Fact

__all__ = ["ContinentLists"]

# The continent of each country the article names (entity ids of facts/entities.yaml).
CONTINENT_OF: dict[str, str] = {
    "united-states": "North America",
    "india": "Asia",
    "japan": "Asia",
    "china": "Asia",
    "australia": "Oceania",
}
# "non-Asian", "not in Asia", "outside Asia": the countries elsewhere.
_OUTSIDE_ASIA = re.compile(
    r"\b(?:non[- ]?asian|not asian|(?:are|were|is|was) not (?:in|from) asia"
    r"|(?:not )?(?:outside|out of)(?: of)? asia)\b"
)
_IN_ASIA = re.compile(r"\b(?:asian|in asia|from asia)\b")
# A list asked for: "which…", "what…", "name the…", "the non-Asian ones?", "and the Asian
# ones?" (not "is Japan in Asia?", nor "why is Asia…").
_LIST_ASKED = re.compile(
    r"^(?:(?:and|so|ok|okay|what about|how about|but)\s*,?\s+)?"
    r"(?:which|what|name|list|tell me|the|who)\b"
)
# The qualifier, taken out to leave the list itself asked: "which Asian countries took
# part…" → "which countries took part…"; "…countries at the talks are in Asia" → "…talks".
_QUALIFIER = re.compile(
    r"\s*\b(?:(?:that|which|who) )?(?:are|were|is|was) (?:not )?(?:in|from|outside(?: of)?) asia\b"
    r"|\s*\b(?:(?:that|which|who) )?(?:are|were) (?:not |non[- ]?)?asian\b"
    r"|\b(?:non[- ]?asian|asian)\s+"
)
# What is left says nothing of which event: "which of them", "the ones", "which countries".
_ONLY_POINTING = re.compile(
    r"^(?:(?:and|so|ok|okay|what about|how about|but)\s*,?\s+)?(?:which|what|the|who)"
    r"(?: of)?(?: (?:them|these|those|the|countries|nations|ones|ones there|there))*$"
)

# "what Asian country did Esper meet with?": the countries are what someone did something
# with, not the event's countries (his own among them); left to the rest of the engine.
_DONE_TO = re.compile(r"\b(?:did|does|do)\b")


class ContinentLists(EngineCore):
    """An event's countries split by continent, from the fact that lists them."""

    def _continent_list_answered(self, question: str, context: Context) -> Answer | None:
        """ "Which Asian countries took part in the Tokyo talks?": Japan and India, with
        the sentence listing the four; None when no list split by Asia is asked."""
        text = question.lower().strip().rstrip("?.! ")
        if _LIST_ASKED.match(text) is None or "asia" not in text:
            return None
        outside = _OUTSIDE_ASIA.search(text) is not None
        if not outside and _IN_ASIA.search(text) is None:
            return None
        base = " ".join(_QUALIFIER.sub(" ", text).split())
        fact = self._fact_listing_countries(base, context)
        if fact is None:
            return None
        countries = self._participant_countries(fact)
        if len(countries) < 2 or any(c not in CONTINENT_OF for c in countries):
            return None
        chosen = [c for c in countries if (CONTINENT_OF[c] == "Asia") != outside]
        if not chosen:
            return None
        names = [self.factbase.entities[c].name for c in countries]
        picked = [self.factbase.entities[c].name for c in chosen]
        where = "outside Asia" if outside else "in Asia"
        verb = "is" if len(picked) == 1 else "are"
        first = picked[0][:1].upper() + picked[0][1:]
        text_out = (
            f"{joined([first, *picked[1:]])}: of the countries the article lists "
            f"({joined(names)}), {'that' if len(picked) == 1 else 'those'} {verb} {where}."
        )
        return self._direct(
            text=text_out,
            facts=[fact],
            confidence=0.85,
            parsed=parse(question, self.index),
            context=context,
            notes=["which continent each country is on is common knowledge, not the article's"],
            about=chosen,
        )

    def _fact_listing_countries(self, base: str, context: Context) -> Fact | None:
        """The fact whose countries are asked of: the one the question without its Asia
        qualifier is answered from ("which countries took part in the Tokyo talks"), or the
        conversation's last fact when that leaves only "which of them"."""
        if _DONE_TO.search(base) is not None:
            return None  # "what Asian country did Esper meet with?": not the doers' own
        if _ONLY_POINTING.match(base) is not None or not base:
            # "Who met Singh?" "Which of them are in Asia?": people were named, and "them"
            # are they, not countries; "which of the countries there…?" says it of countries.
            said_countries = re.search(r"\b(?:countries|nations)\b", base) is not None
            if not said_countries and any(
                self._kind(e) == "person" for e in context.answer_entities
            ):
                return None
            entry = self.index.by_id.get(context.fact_id or "")
            return entry.fact if entry is not None else None
        answer = self._answer(f"{base}?", context)
        if answer.abstained or not answer.fact_ids:
            return None
        entry = self.index.by_id.get(answer.fact_ids[0])
        return entry.fact if entry is not None else None

    def _participant_countries(self, fact: Fact) -> list[str]:
        """The countries of those who did it and those they did it with, in the fact's order
        (Esper and Pompeo: the United States; then Japan, India and Australia)."""
        found: list[str] = []
        for name in ("who", "with_whom"):
            role = fact.roles.get(name)
            for entity in role.entities if role is not None else ():
                for country in sorted(self._countries_of([entity])):
                    if country not in found:
                        found.append(country)
        return found
