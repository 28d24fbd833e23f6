""" "She" or "her" in a follow-up when everyone the conversation has named is a man by the
article's own words: "Who did Esper meet?" … "Did she visit New Delhi too?". The article
calls Esper and Singh "the two men" and speaks of Pompeo's "his trip", so "she" is none of
them, and answering as if it were one is a guess; the asker is asked whom they mean. Begin,
whom the article never calls he or she, may still be "she"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.phrases import joined
from bot.text import normalise

__all__ = ["SheOfMen"]

_FEMININE = frozenset({"she", "her", "hers", "herself"})
_MASCULINE = re.compile(r"\b(?:he|his|him|himself)\b", re.IGNORECASE)
# A group the article calls men: "the two men".
_MEN = re.compile(r"\bmen\b", re.IGNORECASE)


class SheOfMen(EngineCore):
    @cached_property
    def _men_by_the_article(self) -> frozenset[str]:
        """The people the article's words make men, found once: the members of a group it
        calls "men" ("the two men": Esper, Singh), and the one person a fact has acting
        whose quote says "he", "his" or "him" ("prior to his trip…, Pompeo said")."""
        men: set[str] = set()
        for entity in self.factbase.entities.values():
            if entity.members and any(_MEN.search(alias) for alias in entity.aliases):
                men.update(entity.members)
        for fact in self.factbase.facts.values():
            doers = fact.roles.get("who")
            people = [e for e in doers.entities if self._kind(e) == "person"] if doers else []
            if len(people) == 1 and _MASCULINE.search(fact.quote.text):
                men.add(people[0])
        return frozenset(men)

    def _she_of_men_checked(self, answer: Answer, text: str, context: Context) -> Answer:
        """ "Who met in New Delhi?" (Esper and Singh) "What did she praise?": no woman has
        been named, so whom "she" means is asked, not answered as one of the two men."""
        if answer.abstained or context.empty:
            return answer
        pronoun = next((w for w in normalise(text).split() if w in _FEMININE), None)
        if pronoun is None:
            return answer
        spoken_of = self._she_people_spoken_of(context)
        named = self._she_people_of(self.index.entities_in(text))
        if not spoken_of or not (spoken_of | named) <= self._men_by_the_article:
            return answer
        names = joined([self.factbase.entities[p].aliases[0] for p in sorted(spoken_of)], "and")
        return self._abstain(
            AbstainReason.AMBIGUOUS,
            f"Who do you mean by “{pronoun}”? No woman has been named: the article speaks of "
            f"{names} as men. Ask with the name, for example “Did Begin visit New Delhi?”.",
            context,
            notes=("she or her, when everyone spoken of is a man by the article's words",),
        )

    def _she_people_spoken_of(self, context: Context) -> set[str]:
        """Everyone the conversation has named or answered with, groups as their members."""
        return self._she_people_of(
            (*context.entities, *context.answer_entities, *context.named_so_far)
        )

    def _she_people_of(self, entities: Iterable[str]) -> set[str]:
        """The people among entities, a group as its members."""
        found = {m for e in entities for m in self.index.expand(e)}
        return {p for p in found if self._kind(p) == "person"}
