"""Questions about two or three named people at once: "Did Esper and Pompeo both speak at
the State Department?", "Has Begin been to New Delhi, and has Esper?", "Who visited New
Delhi: Esper, Begin, or both?". Each person is asked about alone (or the plain question is
asked and its answer checked for each option), so the engine's careful reading decides every
one, and one person's fact never stands for the other's."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.phrases import joined
from bot.engine.several import after_verdict, merged, verdict_of

__all__ = ["BothNamed", "NamedOptions", "PairAnswers", "both_named", "named_options"]

# The verb a question about one person takes instead of the one it took about two.
_SINGULAR = {"were": "was", "are": "is", "have": "has", "do": "does"}
_AUXILIARIES = r"did|do|does|have|has|had|were|was|are|is"
_LONGEST_NAME = 6
_WORD = re.compile(r"[\w.'’+-]+")
# "Did Esper and Pompeo both speak…?", "Did both Esper and Begin visit…?": both people, then
# what is asked of each.
_BOTH_ASKED = re.compile(rf"^\s*(?P<aux>{_AUXILIARIES})\s+(?P<body>.+?)\s*\??\s*$", re.I)
# "Has Begin been to New Delhi, and has Esper?", "Did Esper go to Tokyo, and did Begin?"
_AND_THE_OTHER = re.compile(
    rf"^\s*(?P<aux>{_AUXILIARIES})\s+(?P<body>.+?),?\s+and\s+(?P=aux)\s+(?P<b>[\w.'’ -]+?)"
    r"(?:\s+too|\s+as well)?\s*\??\s*$",
    re.I,
)
# "Who visited New Delhi: Esper, Begin, or both?", "Which official spoke at the State
# Department - Esper or Pompeo?": a who-question, then the people to choose among.
_OPTIONS_ASKED = re.compile(
    r"^\s*(?P<question>(?:who|which (?:one|person|official|secretary|minister|man|of them))"
    r"\b[^:,—–]+?)\s*(?::|,|—|–| - )\s*(?P<options>[^:?]+?)\s*\??\s*$",
    re.I,
)
# "Esper or Pompeo - which one is the defense secretary?": who someone is, which the
# engine's either-or reading of identities answers better.
_IDENTITY_ASKED = re.compile(
    r"^\s*(?:who|which(?: \w+)?(?: of them)?)(?:'s|’s| is| was| are| were)\b", re.I
)
# The last option may be no name but every one of them, or none.
_ALL_OR_NONE = frozenset({"both", "all", "all three", "all of them", "neither", "none"})


@dataclass(frozen=True, slots=True)
class BothNamed:
    """Two people asked about together, and the question asked of each alone."""

    names: tuple[str, str]
    verb: str
    rest: str

    def questions(self, plain: Callable[[str], str]) -> tuple[str, str]:
        """The question asked of each, each named by `plain` ("the Secretary of Defense"
        as "Esper", so the question about one is read as about him)."""
        return tuple(f"{self.verb} {plain(name)} {self.rest}?" for name in self.names)  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class NamedOptions:
    """The people a who-question offers to choose among, and that question without them."""

    question: str
    names: tuple[str, ...]


def both_named(text: str, is_name: Callable[[str], bool]) -> BothNamed | None:
    """ "Did Esper and Pompeo both speak at the State Department?" → "Did Esper speak at the
    State Department?" and "Did Pompeo speak…?"; "Has Begin been to New Delhi, and has
    Esper?" likewise. None unless both are names and "both" (or the second clause) says the
    question is of each one, not of the two together ("Did Esper and Singh meet?")."""
    return _each_of_both(text, is_name) or _and_the_other(text, is_name)


def _each_of_both(text: str, is_name: Callable[[str], bool]) -> BothNamed | None:
    found = _BOTH_ASKED.match(text)
    if found is None:
        return None
    words = _WORD.findall(found["body"])
    both_first = bool(words) and words[0].lower() == "both"
    at = 1 if both_first else 0
    first = _name_at(words, at, is_name)
    if first is None or first >= len(words) or words[first].lower() != "and":
        return None
    second = _name_at(words, first + 1, is_name)
    if second is None:
        return None
    both_after = second < len(words) and words[second].lower() == "both"
    if both_first == both_after:
        return None  # "Did Esper and Singh meet?": asked of the two together
    rest = words[second + 1 if both_after else second :]
    if not rest:
        return None
    names = (" ".join(words[at:first]), " ".join(words[first + 1 : second]))
    return _asked_of_each(found["aux"], names, " ".join(rest))


def _and_the_other(text: str, is_name: Callable[[str], bool]) -> BothNamed | None:
    found = _AND_THE_OTHER.match(text)
    if found is None or not is_name(found["b"]):
        return None
    words = _WORD.findall(found["body"])
    first = _name_at(words, 0, is_name)
    if first is None or first >= len(words) or words[first].lower() == "and":
        return None
    names = (" ".join(words[:first]), found["b"].strip())
    return _asked_of_each(found["aux"], names, " ".join(words[first:]))


def _asked_of_each(aux: str, names: tuple[str, str], rest: str) -> BothNamed:
    verb = _SINGULAR.get(aux.lower(), aux.lower()).capitalize()
    return BothNamed(names, verb, rest)


def _name_at(words: list[str], start: int, is_name: Callable[[str], bool]) -> int | None:
    """Where the longest name starting at `start` ends ("the Deputy Secretary of State"),
    or None when no name starts there. Two names joined by "and" are two people, though the
    article's pair has that name too: "are Esper and Singh both American?" asks of Esper,
    then of Singh, not of "Esper and Singh" (the two men) as one."""
    for end in range(min(len(words), start + _LONGEST_NAME), start, -1):
        if is_name(" ".join(words[start:end])) and not _two_names(words[start:end], is_name):
            return end
    return None


def _two_names(words: list[str], is_name: Callable[[str], bool]) -> bool:
    """Whether the words are a name, "and", and a name: "Esper and Singh"."""
    lowered = [word.lower() for word in words]
    if "and" not in lowered:
        return False
    cut = lowered.index("and")
    return is_name(" ".join(words[:cut])) and is_name(" ".join(words[cut + 1 :]))


def named_options(text: str, is_name: Callable[[str], bool]) -> NamedOptions | None:
    """ "Who visited New Delhi: Esper, Pompeo, or Begin?" → "Who visited New Delhi" and the
    names Esper, Pompeo and Begin. None unless every option is a name (or "both", "all",
    "neither" last)."""
    found = _OPTIONS_ASKED.match(text)
    if found is None or _IDENTITY_ASKED.match(found["question"]):
        return None
    options = [o.strip() for o in re.split(r",|\bor\b", found["options"]) if o.strip()]
    if options and options[-1].lower() in _ALL_OR_NONE:
        options = options[:-1]
    if len(options) < 2 or not all(is_name(option) for option in options):
        return None
    return NamedOptions(f"{found['question'].strip()}?", tuple(options))


class PairAnswers(EngineCore):
    def _both_named_checked(self, text: str, context: Context) -> Answer | None:
        """ "Did Esper and Pompeo both speak at the State Department?": each asked alone.
        Yes when the article says it of both; No when it says it of one and denies it of the
        other; when it is silent on the other, that it says it only of the one (never a Yes
        for both)."""
        asked = both_named(text, self.index.is_alias)
        if asked is None:
            return None
        return self._both_weighed(asked, context)

    def _both_weighed(self, asked: BothNamed, context: Context) -> Answer | None:
        """The question asked of each of the two alone, and the answers weighed: Yes only
        when the article says it of both."""
        questions = asked.questions(self._plain_name)
        answers = [self._answer(question, context) for question in questions]
        held = [i for i, answer in enumerate(answers) if verdict_of(answer) == "yes"]
        if all(verdict_of(answer) == "no" for answer in answers):
            # "Are Esper and Pompeo both Indian?": the article denies it of each.
            bodies = list(dict.fromkeys(after_verdict(answer) for answer in answers))
            return replace(merged(answers), text=f"No, neither. {' '.join(bodies)}")
        if not held:
            if all(answer.abstained for answer in answers):
                return self._abstain(
                    AbstainReason.NOT_IN_ARTICLE,
                    "The article doesn't say that of either of them.",
                    context,
                    notes=("each person asked about alone",),
                )
            return None
        said = merged([answers[i] for i in held])
        bodies = list(dict.fromkeys(after_verdict(answers[i]) for i in held))
        if len(held) == len(answers):
            return replace(said, text=f"Yes. {' '.join(bodies)}")
        done, other = asked.names[held[0]], asked.names[1 - held[0]]
        if verdict_of(answers[1 - held[0]]) == "no":
            # "Did Esper and Begin both go to Tokyo?" where the article denies it of one.
            denied = after_verdict(answers[1 - held[0]])
            return replace(said, text=f"No, only {done}. {bodies[0]} {denied}")
        # "Did Esper and Pompeo both speak at the State Department?": the article says it of
        # Pompeo and is silent on Esper, which settles neither Yes nor No.
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article says that only of {done}; it doesn't say whether {other} did.",
            context,
            notes=("each person asked about alone",),
        )

    def _plain_name(self, phrase: str) -> str:
        """The article's first name for the one entity a phrase names ("the Secretary of
        Defense" → "Esper"), else the phrase as typed."""
        named = self.index.entities_in(phrase)
        if len(named) != 1:
            return phrase
        return self.factbase.entities[next(iter(named))].aliases[0]

    def _named_options_chosen(self, text: str, context: Context) -> Answer | None:
        """ "Who visited New Delhi: Esper, Begin, or both?": the plain question answered,
        and the options its answer names picked out: "Both", or the ones it names and that
        the article doesn't say so of the others."""
        asked = named_options(text, self.index.is_alias)
        if asked is None:
            return None
        answer = self._answer(asked.question, context)
        if answer.abstained:
            return None
        answered = self._role_entities(answer)
        names = [self._plain_name(name) for name in asked.names]
        chosen = [
            plain
            for name, plain in zip(asked.names, names, strict=True)
            if self.index.entities_in(name) & answered
        ]
        if any(not self.index.entities_in(name) for name in asked.names):
            return None
        if not chosen:
            return None  # "who comes out ahead, US or India?": its answer names neither
        others = [name for name in names if name not in chosen]
        if not others:
            lead = "Both" if len(chosen) == 2 else "All of them"
            return replace(answer, text=f"{lead}: {answer.text}")
        # "Who met Singh: Esper or Pompeo?": the answer as the plain question has it (it names
        # whom it names), and that the article doesn't say so of the rest.
        unsaid = f" The article doesn't say so of {joined(others, 'or')}."
        return replace(answer, text=f"{answer.text.rstrip('.')}.{unsaid}")

    def _role_entities(self, answer: Answer) -> set[str]:
        """The people (a group as its members) in the answered role of the answer's facts."""
        role = answer.role or "who"
        named: set[str] = set()
        for fact_id in answer.fact_ids:
            found = self.factbase.facts[fact_id].roles.get(role)
            if found is not None:
                named.update(m for entity in found.entities for m in self.index.expand(entity))
        return named
