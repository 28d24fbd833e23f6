""" "He" or "she" asked of first, with no one named for it to stand for.

- "Did she attend?", "Who did she meet?", "What did he say?", "Is he the Defense Minister?"
  as a conversation's first question: no one has been named, so any answer is a guess at
  whom (Esper, Pompeo, Singh…); the asker is asked whom they mean instead.
- "Where was Pompeo heading when he gave that press conference?", "Begin - where'd he go?",
  "who did he meet, the us defence secy i mean": the question names him itself.
- "I think she means who are the defence chiefs?": "she" is not whom the question asks about.
"""

from __future__ import annotations

import re

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.lexicon import TITLE_WORDS
from bot.engine.question import parse
from bot.text import normalise

__all__ = ["UnnamedPronouns"]

_AUXILIARY = r"(?:did|does|do|is|was|has|had|will|would|could|can|should|might|were)"
# The pronoun as the one asked about (normalised text, so no punctuation): "did she attend",
# "is he the defense minister", "who did she meet", "who was he meeting", "what did he say
# about china", "where did he go", "and what did she agree".
_PRONOUN_ASKED_ABOUT = prefilter.compile(
    r"^(?:(?:and|so|ok|okay|but|then|well)\s+)?"
    r"(?:(?:who|whom|what|where|when|why|how|which\s+\w+|how\s+many(?:\s+\w+)?)\s+)?"
    rf"{_AUXILIARY}\s+(?:he|she)\b"
    # "who met her?", "who did esper meet with him?" are the other way round: "her" asked of.
    r"|^(?:who|whom)\s+(?:\w+\s+){0,2}?(?:him|her)$"
    # "did pompeo meet him?", "has singh spoken to her?": him or her the one asked of.
    rf"|^{_AUXILIARY}\s+(?:\w+\s+){{1,4}}?(?<!with\s)(?:him|her)$"
)
# What sets off an afterthought naming whom the pronoun meant: "…, the defence secy I mean".
_AFTERTHOUGHT = re.compile(r"[,;:?!\u2014\u2013(]|\s-+\s")
_PRONOUNS = frozenset({"he", "she", "him", "her"})
# The article names no woman: these stand for no one in it, at any turn.
_FEMININE = frozenset({"she", "her"})
# Who the pronoun may stand for in the question itself: a person or a group of people.
_SOMEONE = ("person", "group")


class UnnamedPronouns(EngineCore):
    """A first question's "he" or "she" that stands for no one named: asked who is meant."""

    def _unnamed_pronoun_checked(self, answer: Answer, text: str, context: Context) -> Answer:
        """ "Did she meet Singh?" asked first was "Yes. Esper met… Singh": a guess at whom
        "she" is (and no woman is in the article); the asker is asked whom they mean."""
        if answer.abstained:
            return answer
        said = normalise(text)
        if not _PRONOUN_ASKED_ABOUT.match(said):
            return answer
        if self._someone_named_in(text):
            return answer
        if not context.empty:
            return self._she_of_no_one(answer, said, context)
        return self._abstain(
            AbstainReason.AMBIGUOUS,
            f"Who do you mean by “{_pronoun_in(said)}”? No one has been named for it to "
            "stand for; ask with the name, for example “What did Pompeo say?”.",
            context,
            notes=("a first question's he or she, with no one named for it to stand for",),
        )

    def _she_of_no_one(self, answer: Answer, said: str, context: Context) -> Answer:
        """ "Where else did Esper go?" then "Did she attend?": the article names no woman,
        so "she" or "her" stands for no one the conversation has named in full (Esper,
        Singh) at any turn, not only the first; "he" later has the conversation's man, and
        "she" one the article gives by surname alone ("Who was Begin?" "When did she…")."""
        pronoun = _pronoun_in(said)
        if pronoun not in _FEMININE or any(map(self._sex_unsaid, _people_had(context))):
            return answer
        return self._abstain(
            AbstainReason.AMBIGUOUS,
            f"Who do you mean by “{pronoun}”? The article names no woman for it to stand "
            "for; ask with the name, for example “What did Pompeo say?”.",
            context,
            notes=("she or her, with no woman in the article to stand for",),
        )

    def _sex_unsaid(self, entity_id: str) -> bool:
        """Whether "she" may be this person: one the article gives no first name
        ("Deputy Secretary of State Begin": "Who was Begin?" "When did she visit?"), not
        one it names in full as a man is named ("Mark T. Esper", "Rajnath Singh")."""
        entity = self.factbase.entities.get(entity_id)
        if entity is None or entity.kind != "person":
            return False
        surname = normalise(entity.name).split()[-1:]
        return not any(
            len(words) >= 2 and words[-1:] == surname and words[0] not in TITLE_WORDS
            for words in (normalise(name).split() for name in (entity.name, *entity.aliases))
        )

    def _someone_named_in(self, text: str) -> bool:
        """ "Whom did he meet, the US defence secy I mean?", "What did he say? Pompeo, I
        mean": someone named after the question, set off from it, is whom "he" is. A name
        inside it is the one met or spoken of, not "he" ("Did she meet Singh?")."""
        aside = _AFTERTHOUGHT.search(text)
        if aside is None:
            return False
        parsed = parse(text[aside.end() :], self.index)
        return any(self._kind(e) in _SOMEONE for e in parsed.entity_ids)


def _people_had(context: Context) -> tuple[str, ...]:
    """Whom the conversation has had, for a pronoun to stand for."""
    person = (context.answered_person,) if context.answered_person else ()
    return (*context.entities, *context.answer_entities, *context.scene, *person)


def _pronoun_in(said: str) -> str:
    """The first "he", "she", "him" or "her" of a normalised question."""
    return next((w for w in said.split() if w in _PRONOUNS), "he")
