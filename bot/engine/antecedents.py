"""What "it" stands for when the conversation gives it no known thing, and meetings the
article never tells between people it has only at the same talks.

- "Were the Tokyo talks about China?" (the article doesn't say) "Did it attend?": it is China,
  the thing the unanswered question named, so "did China attend?" (No); not the talks.
- "Did they discuss Pakistan?" (the article doesn't mention Pakistan) "Was it mentioned at
  all?": it is Pakistan, which the article never names, not the statement.
- "Was it named in the statement?" asked first: nothing has been named for "it" to be.
- "Did Pompeo meet Esper?": the article has them both at the Tokyo talks, side by side, not
  one meeting the other.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.index import term
from bot.engine.question import Parsed, parse
from bot.text import normalise

__all__ = ["Antecedents"]

# "it" as what is mentioned: "was it named in the statement?", "is it mentioned at all?",
# "did it come up?", "does the article mention it?", "did they talk about it?" (normalised).
_IT_MENTIONED = prefilter.compile(
    r"\b(?:is|was|were|are|has|had|did|does|do)\s+it\s+(?:\w+\s+){0,2}?"
    r"(?:mention|name|discuss|rais|brought|bring|refer|cit|talk|come|came)\w*"
    r"|\b(?:mention|name|discuss|rais|bring|brought|refer|cit|talk)\w*\s+(?:up\s+|about\s+|to\s+)?"
    r"it\b(?!\s+(?:was|is|as)\b)"
)
# Two people asked of as meeting each other together, not one meeting the other: "did
# Esper and Pompeo meet?", "did they meet each other?".
_TOGETHER = frozenset({"and", "both", "together", "each", "other", "&"})
_MEET = "meet"
_MET_PRONOUNS = frozenset({"him", "her"})
# Words that point back at something of the conversation.
_POINTING = frozenset(
    {
        "it",
        "its",
        "they",
        "them",
        "their",
        "he",
        "him",
        "his",
        "she",
        "her",
        "there",
        "that",
        "this",
        "then",
    }
)
_THEY = frozenset({"they", "them", "their"})
# Not a thing "it" can be: a person or a group of people is "he" or "they".
_NOT_IT = ("person", "group")


class Antecedents(EngineCore):
    """Follow-ups whose "it" stands for what the article does not have, or no one thing."""

    def _it_of_unanswered_question(self, parsed: Parsed, context: Context) -> Answer | None:
        """ "Were they about China?" (unanswered) "Did it attend?": asked again of China, the
        one thing that question named; of a name the article never uses ("Pakistan"), the
        question is asked of that name, which the article doesn't mention."""
        if not self._bare_it_asked(parsed) or not context.last_abstained or not context.claim:
            return None
        meant = self._one_thing_claimed(context.claim)
        asked_last = " ".join(normalise(context.question or "").split())
        if meant is None or f" {meant} " not in f" {asked_last} ":
            # "Esper met Singh in Mumbai." (No) "ok" (nothing to answer) "and it was on a
            # monday": the claim is older than the unanswered turn; it is not Mumbai.
            return None
        words = [meant if w == "it" else w for w in parsed.words]
        return self._answer(" ".join(words) + "?", context)

    def _it_names_nothing(self, text: str, context: Context) -> Answer | None:
        """ "Was it named in the statement?" asked first: "it" has nothing before it to be,
        and the statement is no answer to whether something unnamed was in it."""
        if not context.empty or _IT_MENTIONED.search(normalise(text)) is None:
            return None
        parsed = parse(text, self.index)
        if not self._bare_it_asked(parsed) or _IT_MENTIONED.search(parsed.text) is None:
            return None
        return self._abstain(
            AbstainReason.AMBIGUOUS,
            "What do you mean by “it”? Nothing has been named yet for it to stand for; "
            "ask with its name.",
            context,
            parsed=parsed,
            notes=("“it” with nothing named before it",),
        )

    def _there_asked_of_place_answered(self, parsed: Parsed, context: Context) -> Answer | None:
        """ "Where did Esper meet Singh?" (New Delhi) "And who visited there recently?": who
        visited New Delhi recently, Begin; not Esper or Singh, whose meeting tells of no
        recent visit. Only when the question asks what the last fact does not have: "Which
        U.S. officials were there?" after the Tokyo talks is still asked of those talks."""
        if parsed.qtype != "who" or context.question_type != "where":
            return None
        if parsed.pronouns != {"thing"} or _POINTING.intersection(parsed.words) != {"there"}:
            return None
        last = self.index.by_id.get(context.fact_id or "")
        where = last.fact.roles.get("where") if last is not None else None
        if last is None or where is None or len(where.entities) != 1:
            return None
        if any(link.start >= 0 for link in parsed.entities) or parsed.unknown:
            return None
        if all(t in last.bag for t in parsed.terms):
            return None
        place = self.factbase.entities[where.entities[0]].name
        words = [place if w == "there" else w for w in parsed.words]
        return self._answer(" ".join(words) + "?", context)

    def _they_listed_before_one_unanswered(self, parsed: Parsed, context: Context) -> Answer | None:
        """ "Who was at the Tokyo talks?" (Esper and Pompeo) "And Begin?" (the article doesn't
        say) "Which countries did they represent?": they, the two listed; not Begin, whom
        one man cannot be "they" for, nor Begin with them."""
        if not _THEY.intersection(parsed.words) or any(link.start >= 0 for link in parsed.entities):
            return None
        if not context.last_abstained or len(context.listed) < 2 or len(context.entities) != 1:
            return None
        if context.entities[0] in context.listed or self._kind(context.entities[0]) != "person":
            return None
        listed = replace(
            context,
            entities=(),
            answer_entities=context.listed,
            claim=None,
            last_abstained=False,
            event=None,
        )
        return self._answer(parsed.text + "?", listed)

    def _met_one_named_after(self, parsed: Parsed, verb: int) -> bool:
        """Someone is named as the one met, after the verb: "meet Esper", "meet him"."""
        after = parsed.words[verb + 1 :]
        return not _MET_PRONOUNS.isdisjoint(after) or any(
            link.start > verb and self._kind(link.entity) == "person" for link in parsed.entities
        )

    @cached_property
    def _people_met(self) -> frozenset[frozenset[str]]:
        """Each pair of people some fact has meet, one doing, the other met with: Esper and
        Singh. Read once from the facts."""
        pairs: set[frozenset[str]] = set()
        for fact in self.factbase.facts.values():
            doers, met = fact.roles.get("who"), fact.roles.get("with_whom")
            if doers is None or met is None:
                continue
            pairs.update(frozenset((a, b)) for a in doers.entities for b in met.entities if a != b)
        return frozenset(pairs)

    @staticmethod
    def _bare_it_asked(parsed: Parsed) -> bool:
        """The question's one pronoun is "it", and it names nothing itself."""
        return (
            parsed.pronouns == {"thing"}
            and "it" in parsed.words
            and not parsed.unknown
            and not any(link.start >= 0 for link in parsed.entities)
        )

    def _one_thing_claimed(self, claim: str) -> str | None:
        """The words of the one thing (not a person, not an event) an unanswered claim
        named, or else the one name it used that the article never does."""
        claimed = parse(claim, self.index)
        things = {
            link.entity: " ".join(claimed.words[link.start : link.end])
            for link in claimed.entities
            if link.start >= 0 and self._kind(link.entity) not in (*_NOT_IT, "event")
        }
        if len(things) == 1:
            return next(iter(things.values()))
        if things:
            return None
        return _one_run_unknown(claimed)

    def _met_only_as_fellow_participants(self, answer: Answer, parsed: Parsed) -> bool:
        """ "Did Pompeo meet Esper?" answered Yes from the Tokyo talks, where the two took
        part side by side: the article says they were at the same talks, not that one met
        the other. "Did Esper and Pompeo meet?" (both together) is left as it is."""
        if not answer.text.startswith("Yes") or not answer.fact_ids:
            return False
        verb = next((i for i, w in enumerate(parsed.words) if term(w) == _MEET), None)
        if verb is None or not _TOGETHER.isdisjoint(parsed.words):
            return False
        if not self._met_one_named_after(parsed, verb):
            return False  # "did they meet in tokyo?" (the two who went): together, as asked
        people = {e for e in parsed.entity_ids if self._kind(e) == "person"}
        fact = self.factbase.facts.get(answer.fact_ids[0])
        if len(people) != 2 or fact is None or frozenset(people) in self._people_met:
            return False  # "was the Esper-Singh meeting in India?": the two did meet
        doers = fact.roles.get("who")
        return doers is not None and people <= set(doers.entities)


def _one_run_unknown(claimed: Parsed) -> str | None:
    """The words the article never uses, when they are one run in the question: "pakistan"
    (typed lower-case), "north korea"; none when they are scattered or absent."""
    at = [i for i, w in enumerate(claimed.words) if w in set(claimed.unknown)]
    if not at or at[-1] - at[0] + 1 != len(at):
        return None
    return " ".join(claimed.words[at[0] : at[-1] + 1])
