"""Answers to questions offering options ("Did they meet in Tokyo, New Delhi or
Washington?"): each option is asked alone, so the engine's careful yes-or-no reading decides
every one, and the answer names the one the article bears out, with its quote."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.engine.answer import AbstainReason, Answer
from bot.engine.choices import Choices, two_clauses
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.phrases import joined

__all__ = ["SeveralOptionAnswers", "after_verdict", "verdict_of"]


class SeveralOptionAnswers(EngineCore):
    def _asked_of_each(self, choices: Choices | None, context: Context) -> Answer | None:
        """ "Did they meet in Tokyo, New Delhi or Washington?": each option asked alone,
        and the one the article bears out named with its answer and quote; "Which of these
        is NOT mentioned: Esper, Singh, Pompeo, Modi?": the one it does not. None when there
        are no options, or the answers do not single one out."""
        if choices is None:
            return None
        answers = [self._answer(question, context) for question in choices.questions]
        said = [verdict_of(answer) for answer in answers]
        if choices.negated:
            return self._the_one_not(choices.options, answers, said)
        held = [i for i, verdict in enumerate(said) if verdict == "yes"]
        if not held:
            if all(verdict == "no" for verdict in said):
                # "Was it on Tuesday, Wednesday or Friday?": none, and what the article says.
                return replace(answers[0], text=f"None of those. {after_verdict(answers[0])}")
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say that of any of those.",
                context,
                notes=("each option asked alone",),
            )
        first = answers[held[0]]
        if any(answers[i].quotes[:1] != first.quotes[:1] for i in held):
            return None  # several hold, each by its own passage: the usual reading
        named = joined([choices.options[i] for i in held])
        named = f"{named[:1].upper()}{named[1:]}"
        unsettled = [
            option for option, verdict in zip(choices.options, said, strict=True) if verdict is None
        ]
        if unsettled:
            # "Did they discuss logistics, trade or space?": what the article leaves open is
            # not denied.
            unsaid = joined(unsettled, "or")
            named = f"{named}, yes; the article doesn't say so of {unsaid}"
        return replace(first, text=f"{named}. {after_verdict(first)}")

    def _one_clause_holds(self, text: str, context: Context) -> Answer | None:
        """ "Did they praise the relationship or criticise it?", "…or was it frosty?": two
        clauses, each asked alone; when the article bears out one and not the other, what it
        says of that one, without the Yes an either-or does not take."""
        clauses = two_clauses(text)
        if clauses is None:
            return None
        answers = [self._answer(question, context) for question in clauses.questions]
        said = [verdict_of(answer) for answer in answers]
        if said.count("yes") != 1:
            return None
        held = answers[said.index("yes")]
        return replace(held, text=_capitalised(after_verdict(held)))

    @staticmethod
    def _the_one_not(
        options: tuple[str, ...], answers: list[Answer], said: list[str | None]
    ) -> Answer | None:
        """The option of "which is NOT…" the article denies, or the one it does not bear
        out when it bears out every other (naming them is its evidence)."""
        denied = [i for i, verdict in enumerate(said) if verdict == "no"]
        borne = [i for i, verdict in enumerate(said) if verdict == "yes"]
        renamed = [i for i in denied if _denied_by_name_only(answers[i])]
        if renamed and len(borne) + len(renamed) == len(options) - 1:
            # "Which of these is NOT in the article: BECA, Tokyo, Modi?": Modi, whom it
            # never mentions, over BECA, there under its full name; that name said too.
            borne = sorted(borne + renamed)
            denied = [i for i in denied if i not in renamed]
        else:
            renamed = []
        if len(denied) == 1:
            one = answers[denied[0]]
            text = _capitalised(after_verdict(one))
        elif len(denied) > 1 and len(denied) + len(borne) == len(options):
            # "Which of these is NOT mentioned: BECA, 2+2, Quad, Tokyo?": the article says
            # neither "BECA" nor "Quad", and each denial is its own sentence and quote.
            text = " ".join(_capitalised(after_verdict(answers[i])) for i in denied)
            denials = tuple(dict.fromkeys(q for i in denied for q in answers[i].quotes[:1]))
            one = replace(answers[denied[0]], quotes=denials, corroborating=())
            both = joined([options[i] for i in denied])
            return replace(one, text=f"{both[:1].upper()}{both[1:]}. {text}")
        elif not denied and len(borne) == len(options) - 1 and answers[borne[0]].quotes:
            unborne = next(i for i in range(len(options)) if i not in borne)
            named = [options[i] for i in borne if i not in renamed]
            text = (
                f"The article names {joined(named)}, but not {options[unborne]}."
                if named
                else f"The article doesn't mention {options[unborne]}."
            )
            text += "".join(f" {_capitalised(after_verdict(answers[i]))}" for i in renamed)
            evidence = tuple(dict.fromkeys(q for i in borne for q in answers[i].quotes[:1]))
            one = replace(answers[borne[0]], quotes=evidence, corroborating=())
            denied = [unborne]
        else:
            return None
        option = options[denied[0]]
        return replace(one, text=f"{option[:1].upper()}{option[1:]}. {text}")


def _denied_by_name_only(answer: Answer) -> bool:
    """A No only to the name asked: "No. Not by that name: the article says “Basic Exchange
    and Cooperation Agreement”, not “BECA”." The thing is in the article."""
    return after_verdict(answer).startswith("Not by that name")


_VERDICT = re.compile(r"^(yes|no)\b[.,:;!—–-]*\s*", re.IGNORECASE)


def verdict_of(answer: Answer) -> str | None:
    """ "yes" or "no" when the answer opens with that verdict, else None."""
    found = None if answer.abstained else _VERDICT.match(answer.text)
    return found[1].lower() if found else None


def _capitalised(text: str) -> str:
    """ "not by that name: …" as a sentence of its own."""
    return f"{text[:1].upper()}{text[1:]}"


def after_verdict(answer: Answer) -> str:
    """What a yes-or-no answer says after its "Yes." or "No."."""
    return _VERDICT.sub("", answer.text, count=1)


def merged(answers: list[Answer]) -> Answer:
    """The first answer with every answer's quotes and facts, each once."""
    quotes = tuple(dict.fromkeys(q for answer in answers for q in answer.quotes))
    facts = tuple(dict.fromkeys(f for answer in answers for f in answer.fact_ids))
    return replace(answers[0], quotes=quotes, fact_ids=facts, corroborating=())
