"""Questions about the two people the conversation is about, put with a quantifier instead
of names: "Who met Esper in New Delhi?" (Singh) "Are they both from India?", "Were both of
them at the press conference?", "Is neither of them American?", "Is either of them from the
State Department?". Each of the two is asked about alone, so a Yes says it of both (of one,
for "either"), never of the pair at large. Also a claim that two named people are both
something: "Esper and Singh are both American" is asked as "are Esper and Singh both
American?"."""

from __future__ import annotations

import abc
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.pairs import BothNamed
from bot.engine.several import after_verdict, merged, verdict_of

__all__ = ["PairOfThem", "QuantifiedPair", "both_claim_asked", "quantified_pair"]

_AUXILIARIES = r"are|were|is|was|do|does|did|have|has|had"
# The verb a question about one person takes instead of the one it took about two.
_SINGULAR = {"were": "was", "are": "is", "have": "has", "do": "does"}
# "are they both…", "were both of them…", "is neither of them…", "are the two of them…",
# "are both men…", "are both…" (the pair left to the conversation).
_QUANTIFIED = re.compile(
    rf"^\s*(?:(?:so|and|but|ok|okay|wait)\s*,?\s+)?(?P<aux>{_AUXILIARIES})\s+"
    r"(?:(?P<of>both|neither|either|each) of (?:them|those two|these two|the two)"
    r"|(?:they|the two(?: of them)?|those two|these two|the two (?:men|guys))\s+(?P<they>both)"
    r"|(?P<two>the two of them|those two|these two|the two (?:men|guys))"
    r"|(?P<bare>both|neither|either)(?:\s+(?:men|guys|of them))?)"
    r"\s+(?P<rest>[^?]+?)\s*\??\s*$",
    re.IGNORECASE,
)
# After a bare "both": nouns that are the subject, but not the two people ("are both
# sides…", "are both countries…"), so the question is not about them.
_OTHER_PAIRS = frozenset(
    {"sides", "countries", "nations", "militaries", "governments", "parties", "agreements"}
)
# "Esper and Singh are both American", "Esper and Pompeo were both in Tokyo": a claim that
# two people are both something, asked as the question it puts.
_BOTH_CLAIMED = re.compile(
    r"^\s*(?P<names>[\w.'’ -]+?\s+and\s+[\w.'’ -]+?)\s+(?P<aux>are|were)\s+both\s+"
    r"(?P<rest>[^?]+?)\s*[.!?]?\s*$",
    re.IGNORECASE,
)


# "Pompeo and Esper spoke at the State Department": two people, then what is claimed.
_PAIR_CLAIMED = re.compile(
    r"^\s*(?P<first>[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)\s+and\s+(?P<after>[^?]+?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# What makes a claim about two people one about them together, not each: "met each other".
_TOGETHER = re.compile(r"\b(?:each other|one another|together|with each other|jointly)\b", re.I)
# First words of what follows two names that make it no claim of a deed: "… are both",
# "… both", "… who", a question's auxiliary.
_NOT_A_DEED = frozenset(
    {"both", "are", "were", "is", "was", "did", "do", "does", "have", "has", "had", "who"}
)
_LONGEST_NAME = 4


@dataclass(frozen=True, slots=True)
class QuantifiedPair:
    """How a question quantifies over the pair ("both", "neither", "either"), the verb it
    asks with, and what it asks of each."""

    quantifier: str
    aux: str
    rest: str

    def asked_of_each(self, names: tuple[str, str]) -> BothNamed:
        verb = _SINGULAR.get(self.aux.lower(), self.aux.lower()).capitalize()
        return BothNamed(names, verb, self.rest)


def quantified_pair(text: str) -> QuantifiedPair | None:
    """ "are they both from India?" → both, "are", "from India"; "is neither of them
    American?" → neither, "is", "American". None for anything else, or when "both" is of
    something else than the two people ("are both sides happy?")."""
    found = _QUANTIFIED.match(text)
    if found is None:
        return None
    # "are the two of them Indian?" says "both" without the word.
    quantifier = (found["of"] or found["they"] or found["bare"] or "both").lower()
    rest = found["rest"].strip()
    if quantifier == "each" or not rest:
        return None
    if found["bare"] and rest.split()[0].lower() in _OTHER_PAIRS:
        return None
    return QuantifiedPair(quantifier, found["aux"], rest)


def _singular(word: str) -> str | None:
    """ "secretaries" → "secretary", "ministers" → "minister"; None for no plural."""
    if word.endswith("ies") and len(word) > 4:
        return f"{word[:-3]}y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return None


def both_claim_asked(text: str) -> str | None:
    """ "Esper and Singh are both American" → "are Esper and Singh both American?"."""
    found = _BOTH_CLAIMED.match(text)
    if found is None:
        return None
    return f"{found['aux']} {found['names'].strip()} both {found['rest']}?"


def pair_claimed(text: str, is_name: Callable[[str], bool]) -> BothNamed | None:
    """ "Pompeo and Esper spoke at the State Department" → Pompeo, Esper, and "spoke at the
    State Department", asked of each as a claim. None unless both are names and what
    follows is a deed of each, not of the two together ("Esper and Pompeo met each other")."""
    found = _PAIR_CLAIMED.match(text)
    if found is None or not is_name(found["first"]) or _TOGETHER.search(found["after"]):
        return None
    words = found["after"].split()
    for end in range(min(len(words) - 1, _LONGEST_NAME), 0, -1):
        second = " ".join(words[:end])
        rest = words[end:]
        if is_name(second) and rest[0].lower() not in _NOT_A_DEED and len(rest) > 1:
            return BothNamed((found["first"], second), "", " ".join(rest))
    return None


class PairOfThem(EngineCore):
    @abc.abstractmethod
    def _pronoun_entities(self, pronouns: set[str], context: Context) -> list[str]:
        """Whom or what "he" or "they" stands for in the conversation."""

    @abc.abstractmethod
    def _both_weighed(self, asked: BothNamed, context: Context) -> Answer | None:
        """The question asked of each of two alone, Yes only when said of both."""

    @abc.abstractmethod
    def _both_named_checked(self, text: str, context: Context) -> Answer | None:
        """ "Are Esper and Singh both American?": each asked alone."""

    def _both_claim_checked(self, text: str, context: Context) -> Answer | None:
        """ "Esper and Singh are both American": No, only Esper, as the question it puts."""
        asked = both_claim_asked(text)
        if asked is None:
            return None
        answer = self._both_named_checked(asked, context)
        if answer is None:
            return None
        return self._still_about_both(answer, self._pair_people_in(asked))

    def _pair_claim_checked(self, text: str, context: Context) -> Answer | None:
        """ "Pompeo and Esper spoke at the State Department": each claim weighed alone. Only
        when the article says it of one of them: "No, only Pompeo" or that it says so only
        of him; a claim it makes or denies of both is left to the usual reading."""
        asked = pair_claimed(text, self.index.is_alias)
        if asked is None or len(self._pair_people_in(text)) != 2:
            return None
        answers = [self._answer(question.strip(), context) for question in asked.questions(str)]
        verdicts = {verdict_of(answer) for answer in answers}
        if "yes" not in verdicts or verdicts == {"yes"}:
            return None  # said of both, or of neither: the usual reading says so
        return self._both_weighed(asked, context)

    def _pair_people_in(self, text: str) -> tuple[str, ...]:
        """The people a question names, groups as their members, in order."""
        found = [m for e in self.index.entities_in(text) for m in self.index.expand(e)]
        return tuple(p for p in dict.fromkeys(found) if self._kind(p) == "person")

    @staticmethod
    def _still_about_both(answer: Answer, people: tuple[str, ...]) -> Answer:
        """The answer, its next context about both people, though it was weighed from a
        question about each: "Are they both from the State Department?" (No, only Pompeo)
        "Were both of them at the press conference?" still asks of Esper and Pompeo."""
        if len(people) != 2:
            return answer
        return replace(answer, context=replace(answer.context, entities=people))

    def _pair_of_them_checked(self, text: str, context: Context) -> Answer | None:
        """ "Who met Esper in New Delhi?" (Singh) "Are they both from India?": each of the
        two asked alone, so the question is answered of Esper and of Singh, not of the
        meeting's fact (whose "two sides" said nothing of anyone's country)."""
        asked = quantified_pair(text)
        if asked is None:
            return None
        people = self._two_of_them(context)
        if people is None:
            return None
        names = (self._pair_surname(people[0]), self._pair_surname(people[1]))
        each = replace(asked, rest=self._one_of_plural(asked)).asked_of_each(names)
        if asked.quantifier == "both":
            answer = self._both_weighed(each, context) or self._not_said_of_both(context)
        else:
            answer = self._neither_or_either_weighed(each, asked.quantifier, context)
        return self._still_about_both(answer, people)

    def _two_of_them(self, context: Context) -> tuple[str, str] | None:
        """The two people "they" stand for, or None unless two."""
        people: list[str] = []
        for entity in self._pronoun_entities({"plural"}, context):
            people.extend(self.index.expand(entity))
        found = [p for p in dict.fromkeys(people) if self._kind(p) == "person"]
        return (found[0], found[1]) if len(found) == 2 else None

    def _pair_surname(self, person: str) -> str:
        """The article's first name for a person ("Esper")."""
        return self.factbase.entities[person].aliases[0]

    def _one_of_plural(self, asked: QuantifiedPair) -> str:
        """What is asked of each, a plural noun first made singular: "are both secretaries
        of defense?" asks "is Pompeo secretary of defense?"."""
        words = asked.rest.split()
        if asked.aux.lower() not in ("are", "were"):
            return asked.rest
        single = _singular(words[0].lower())
        if single is None or single not in self.index.vocabulary:
            return asked.rest
        return " ".join([single, *words[1:]])

    def _neither_or_either_weighed(
        self, asked: BothNamed, quantifier: str, context: Context
    ) -> Answer:
        """ "Is neither of them American?": No when the article says it of one; Yes only
        when it denies it of both. "Is either of them American?": Yes, naming who, when it
        says it of one; No only when it denies it of both. Else what it says of whom."""
        answers = [self._answer(question, context) for question in asked.questions(str)]
        verdicts = [verdict_of(answer) for answer in answers]
        held = [i for i, verdict in enumerate(verdicts) if verdict == "yes"]
        if held:
            said = merged([answers[i] for i in held])
            body = " ".join(after_verdict(answers[i]) for i in held)
            if quantifier == "neither":
                return replace(said, text=f"No. {body}")
            who = " and ".join(asked.names[i] for i in held)
            return replace(said, text=f"Yes, {who}. {body}")
        if all(verdict == "no" for verdict in verdicts):
            said = merged(answers)
            body = " ".join(dict.fromkeys(after_verdict(answer) for answer in answers))
            return replace(said, text=f"{'Yes' if quantifier == 'neither' else 'No'}. {body}")
        return self._not_said_of_both(context)

    def _not_said_of_both(self, context: Context) -> Answer:
        """No verdict for the two: the article denies it of one and is silent on the other,
        so "both" is neither said nor denied."""
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article doesn't say that of both of them.",
            context,
            notes=("each person asked about alone",),
        )
