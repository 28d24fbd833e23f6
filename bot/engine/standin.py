"""Questions about someone described only by nationality and a person noun ("who did the
American fellow meet?", "who met the Indian official?", "who hosted the visitor from
Washington?"): the words stand for one of that country's people the article names, who is
a side of what is asked. Each such person is put in their place and the question asked of
them; only answers that really are about that person, and do not name them as their own
answer, count."""

from __future__ import annotations

import abc
from dataclasses import replace

from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.lexicon import STOPWORDS
from bot.engine.question import Parsed, StandIn

__all__ = ["StandInAnswers"]

# The kinds of answer a who-question about people takes: a person, or people together.
_PEOPLE_KINDS = frozenset({"person", "group"})
_WHO_TYPES = frozenset({"who", "who_is", "with_whom"})
# "Where did the Indian official meet the American?": what is asked of a side, besides who.
_ASKED_OF_A_SIDE = _WHO_TYPES | {"where", "when"}


class StandInAnswers(EngineCore):
    @abc.abstractmethod
    def _read_and_answer(self, text: str, context: Context) -> Answer:
        """The whole reading and answering of one question."""

    def _stand_in_answered(self, parsed: Parsed, context: Context) -> Answer | None:
        """ "Who did the American fellow meet?": asked of each American the article names,
        it is answered only of Esper (Singh); "who met the Indian official?" is "who met
        Singh?". Of several who each have an answer, each is given with theirs; of none, the
        article doesn't say. None when the question describes no one this way."""
        stand_in = parsed.stand_in
        if stand_in is None or parsed.qtype not in _ASKED_OF_A_SIDE:
            return None
        country = stand_in.country
        people = self._people_of_country(country)
        if not people:
            where = self.factbase.entities[country].name
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"The article names no one from {where}.",
                context,
                parsed=parsed,
            )
        if _membership_asked(parsed, stand_in):
            # "Who is in the Indian government?": its people themselves, never whoever met
            # them ("who is in Singh?" found Esper).
            return self._member_answered(people, parsed, context)
        recent = self._recent_of(people, context)
        if recent is not None:
            people = [recent]  # "Who met Singh?" (Esper) "And whom did the American meet…?"
        found = [
            (person, answer)
            for person in people
            if (answer := self._asked_of(person, parsed, stand_in, context)) is not None
        ]
        if not found:
            return self._not_found(parsed, context, self._rank(parsed), [])
        if len({answer.text for _, answer in found}) == 1:
            # "Where did the American official go earlier this month?": Esper and Pompeo
            # both went to Tokyo, so either is meant.
            names = " or ".join(self.factbase.entities[p].name for p, _ in found)
            where = self.factbase.entities[country].name
            answer = found[0][1]
            return replace(answer, notes=(f"read as {names}, of {where}", *answer.notes))
        return self._each_with_own(found, country)

    def _member_answered(self, people: list[str], parsed: Parsed, context: Context) -> Answer:
        """The one person of the country the article names, as "who is …?" describes them;
        of several, the article does not say which the words mean."""
        if len(people) != 1:
            return self._not_found(parsed, context, self._rank(parsed), [])
        name = self.factbase.entities[people[0]].name
        answer = self._read_and_answer(f"who is {name}?", context)
        if answer.abstained:
            return self._not_found(parsed, context, self._rank(parsed), [])
        return answer

    def _people_of_country(self, country: str) -> list[str]:
        """The people the article has from a country, in the fact base's order."""
        return [
            e for e in self._of_kind.get("person", ()) if country in self.index.part_of.get(e, ())
        ]

    def _recent_of(self, people: list[str], context: Context) -> str | None:
        """The one of these people the conversation was just about, if only one was."""
        last = self.factbase.facts.get(context.fact_id or "")
        recent = {*context.entities, *context.answer_entities, *(last.entities if last else ())}
        if last is not None:
            recent.update(e for role in last.roles.values() for e in role.entities)
        among = [e for e in people if e in recent]
        return among[0] if len(among) == 1 and len(people) > 1 else None

    def _asked_of(
        self, person: str, parsed: Parsed, stand_in: StandIn, context: Context
    ) -> Answer | None:
        """The question asked with the person named in place of the description, if its
        answer is from a fact about them and names someone else."""
        words = parsed.words
        name = self.factbase.entities[person].name
        if stand_in.owner:
            name += "'s"  # "who was the Indian official's guest?": "who was Singh's guest?"
        asked = " ".join([*words[: stand_in.start], name, *words[stand_in.end :]])
        answer = self._read_and_answer(asked, context)
        if answer.abstained or not answer.fact_ids:
            return None
        facts = [self.factbase.facts[f] for f in answer.fact_ids if f in self.factbase.facts]
        if not any(self._involves(fact.id, person) for fact in facts):
            return None  # "who met Begin?" is not answered by Esper and Singh's meeting
        if parsed.qtype not in _WHO_TYPES:
            return answer  # "where did the Indian official meet the American?": New Delhi
        named = answer.context.answer_entities
        if not named or person in named:
            return None  # "who did the American meet?" is never answered by the American
        if not any(self._kind(e) in _PEOPLE_KINDS for e in named):
            return None  # "who met the American?" is not "Japan, India and Australia"
        return answer

    def _involves(self, fact_id: str, person: str) -> bool:
        """The fact has the person in it, by name or in a group it names."""
        entry = self.index.by_id.get(fact_id)
        if entry is None:
            return False
        named = {*entry.fact.entities, *(e for r in entry.fact.roles.values() for e in r.entities)}
        return any(person == e or person in self.index.expand(e) for e in named)

    def _each_with_own(self, found: list[tuple[str, Answer]], country: str) -> Answer:
        """Several people fit the description and each has a different answer: each is
        given with their own, rather than one guessed."""
        texts = [f"for {self.factbase.entities[p].name}, {_run_on(a.text)}" for p, a in found]
        where = self.factbase.entities[country].name
        first = found[0][1]
        quotes = tuple(dict.fromkeys(q for _, a in found for q in a.quotes))
        facts = tuple(dict.fromkeys(f for _, a in found for f in a.fact_ids))
        named = tuple(dict.fromkeys(e for _, a in found for e in a.context.answer_entities))
        return replace(
            first,
            text=f"The article names more than one person from {where}: " + "; ".join(texts),
            quotes=quotes,
            fact_ids=facts,
            confidence=min(a.confidence for _, a in found),
            context=replace(first.context, answer_entities=named),
        )


# "who is in the Indian government?", "who was on the American team?", "who is part of…":
# the words before the description that ask who belongs to it.
_MEMBERSHIP_WORDS = (["in"], ["on"], ["among"], ["part", "of"], ["member", "of"], ["members", "of"])


def _membership_asked(parsed: Parsed, stand_in: StandIn) -> bool:
    """Whether a who-question asks who belongs to what the description names, not who
    did something with one of its people."""
    words = parsed.words
    if words[:1] != ["who"] or words[1:2] not in (["is"], ["are"], ["was"], ["were"]):
        return False
    before = words[2 : stand_in.start]
    before = before[:-1] if before[-1:] in (["the"], ["a"], ["an"]) else before
    return before in _MEMBERSHIP_WORDS or before[-2:] in _MEMBERSHIP_WORDS[3:]


def _run_on(text: str) -> str:
    """An answer as it reads inside a sentence: "In New Delhi" → "in New Delhi"; a name
    keeps its capital."""
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first.lower() in STOPWORDS else text
