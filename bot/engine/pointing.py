"""Words that point back to something told elsewhere: "what does 'the visit' refer to?",
"what is meant by 'this month'?", "what does 'they' refer to in 'They also welcomed the
expansion'?".

Such a question asks what the words stand for, never what the sentence holding them says:
"the visit" is not "that meetings during his visit included discussions…". An answer quoting
the very sentence that holds the words, and only restating it, is set aside: the group the
words name is given if the fact base knows it ("the world's two largest democracies": the
U.S. and India), else the bot says it can't tell.
"""

from __future__ import annotations

import abc
import re
from dataclasses import dataclass

from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.lexicon import STOPWORDS
from bot.engine.paragraphs import Place
from bot.engine.question import parse
from bot.text import normalise, stem

__all__ = ["PointingAnswers"]

# The words that make a phrase point back: "the visit", "his trip", "this month", "such
# dialogues".
_POINTERS = r"(?:the|this|that|these|those|his|her|its|their|such)"
_MEANT = r"(?:refer to|refers to|referring to|refer|mean|means|meaning|point to|points to)"
# "What does 'the visit' refer to?", "what does the phrase 'his trip' mean in para 6?",
# "what is 'this month' referring to?", "what is meant by 'the two militaries'?"
_POINTING_ASKED = re.compile(
    r"^(?:what|who|whom) (?:does|do|did|is|s|are) (?:the (?:word|words|phrase|term|expression) )?"
    rf"(?P<phrase>{_POINTERS}(?: [a-z0-9+-]+){{1,6}}?) {_MEANT}"
    r"(?: (?:in|here|there|when|as|according to)\b.*)?$"
    r"|^what (?:is|s) meant by (?:the (?:word|words|phrase|term|expression) )?"
    rf"(?P<meant>{_POINTERS}(?: [a-z0-9+-]+){{1,6}}?)"
    r"(?: (?:in|here|there|when|as|according to)\b.*)?$"
)
# "What does 'they' refer to in 'They also welcomed the expansion'?": the pronoun doing
# what the quoted sentence says; asked as who did it ("who also welcomed the expansion?").
_PRONOUN_IN_SENTENCE = re.compile(
    r"^(?:what|who|whom) (?:does|do|did|is|s) (?:the (?:word|pronoun) )?(?P<pronoun>they|he|she)"
    rf" {_MEANT} (?:in|within) (?:the (?:sentence|line|phrase) )?(?P=pronoun) (?P<rest>.+)$"
)
_NOT_HEAD = STOPWORDS | {"s", "one", "two", "three", "four"}
# What the words can be said to stand for, without the sentence's content.
_REFERENT_KINDS = frozenset({"group", "country"})


@dataclass(frozen=True, slots=True)
class _Pointing:
    """Words asked about, as the question gives them, and their head words."""

    phrase: str
    head: frozenset[str]


class PointingAnswers(EngineCore):
    @abc.abstractmethod
    def _read_and_answer(
        self,
        text: str,
        context: Context,
        within: Place | None = None,
        pointing_read: bool = False,
    ) -> Answer:
        """The whole reading and answering of one question."""

    def _pointing_answered(
        self, text: str, context: Context, within: Place | None
    ) -> Answer | None:
        """What pointing words stand for, or an abstention; None when the question asks no
        such thing, or its usual answer tells what they stand for ("what does 'such
        dialogues' refer to?": the 2+2 Dialogue of ¶1)."""
        said = normalise(text)
        by_pronoun = _PRONOUN_IN_SENTENCE.match(said)
        if by_pronoun is not None:
            return self._doer_of_sentence(
                by_pronoun["pronoun"], by_pronoun["rest"], context, within
            )
        pointing = self._pointing_words(said)
        if pointing is None:
            return None
        answer = self._read_and_answer(text, context, within, pointing_read=True)
        if answer.abstained or self._found_elsewhere(answer, pointing):
            return answer
        return self._group_meant(pointing, context, within) or self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't say in so many words what “{_as_typed(pointing.phrase, text)}”"
            " refers to.",
            context,
            parsed=parse(text, self.index),
        )

    def _pointing_words(self, said: str) -> _Pointing | None:
        """The pointing phrase a question asks about, unless it is a name the fact base
        knows ("the 2+2", "the two men"): those are answered as themselves."""
        asked = _POINTING_ASKED.match(said)
        if asked is None:
            return None
        phrase = asked["phrase"] or asked["meant"]
        parsed = parse(phrase, self.index)
        if parsed.entities and not parsed.terms and not parsed.unknown:
            return None
        head = frozenset(phrase.split()[1:]) - _NOT_HEAD
        return _Pointing(phrase, head) if head else None

    @staticmethod
    def _restates(answer: Answer, pointing: _Pointing) -> bool:
        """The answer quotes the sentence holding the words ("this month" in "Earlier this
        month, Esper and Secretary Pompeo participated…"): it tells what that sentence says,
        not what the words point to."""
        return any(pointing.head <= set(normalise(quote.text).split()) for quote in answer.quotes)

    def _found_elsewhere(self, answer: Answer, pointing: _Pointing) -> bool:
        """The answer names the same thing in other words, from another sentence: "such
        dialogues" is the "2+2 Dialogue" of ¶1. An answer that never names it ("what is 'his
        visit' referring to?" → the statement that does not mention China) is no referent."""
        if self._restates(answer, pointing):
            return False
        stems = {stem(w) for w in pointing.head}
        told = normalise(" ".join([answer.text, *(quote.text for quote in answer.quotes)]))
        return bool(stems & {stem(w) for w in told.split()})

    def _group_meant(
        self, pointing: _Pointing, context: Context, within: Place | None
    ) -> Answer | None:
        """ "What does 'the world's two largest democracies' refer to?": the countries or
        group the words name, when asking who they are finds one in that very sentence."""
        answer = self._read_and_answer(f"who are {pointing.phrase}?", context, within)
        if answer.abstained or not self._restates(answer, pointing):
            return None
        named = answer.context.answer_entities
        if not named or any(self._kind(e) not in _REFERENT_KINDS for e in named):
            return None
        return answer

    def _doer_of_sentence(
        self, pronoun: str, rest: str, context: Context, within: Place | None
    ) -> Answer:
        """ "What does 'they' refer to in 'They also welcomed the expansion'?": who did it
        (Esper and Singh), when the article says who; else an abstention."""
        answer = self._read_and_answer(f"who {rest}?", context, within)
        quoted = f"{pronoun} {rest}"
        if not answer.abstained and any(quoted in normalise(q.text) for q in answer.quotes):
            return answer
        # "What does 'he' refer to in 'he said'?": no sentence of the article says who.
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"I can't tell from the article who “{pronoun}” is in “{quoted}”.",
            context,
            parsed=parse(quoted, self.index),
        )


def _as_typed(phrase: str, text: str) -> str:
    """The words as the question wrote them ("the DOD statement", not "the dod statement")."""
    pattern = r"\W+".join(re.escape(word) for word in phrase.split())
    found = re.search(pattern, text, re.IGNORECASE)
    return found[0] if found is not None else phrase
