"""Whether the article gives a name: "Is the name of the DOD spokesperson given?" asks if the
article names someone, and a "Yes" resting on the Defense Department's statement (which the
article does report) says it names a spokesperson it never mentions. A name-given question
whose named thing holds a word the article never uses is answered No, as an abstention."""

from __future__ import annotations

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.question import parse
from bot.text import normalise

__all__ = ["NameGivenChecks"]

_LEAD = r"^(?:(?:and|so|but|ok|okay|then|well|now) )*"
_PIECE = r"(?:the |this )?(?:article|text|story|piece|report|statement|it)"
_GIVEN = (
    r"(?:given|mentioned|stated|provided|included|specified|revealed|disclosed|named|listed"
    r"|known|identified|reported|there)"
)
# "Is the name of the DOD spokesperson who issued the statement given?", "are the names of
# the Japanese delegates mentioned?", "does the article name the spokesperson?", "does it
# give the spokesperson's name?", "is the spokesperson named?" (normalised text).
_NAME_GIVEN_ASKED = prefilter.compile(
    _LEAD + r"(?:is|are|was|were) (?:the |a )?(?:names?|identity|identities) of (?P<a>.+?) "
    rf"{_GIVEN}(?: (?:in|by) {_PIECE})?$"
    rf"|{_LEAD}(?:does|did|do) {_PIECE} (?:name|identify) (?:the |a )?(?P<b>.+?)$"
    rf"|{_LEAD}(?:does|did|do) {_PIECE} (?:give|mention|specify|state|provide|reveal|say)"
    r" (?:the |a )?(?:(?:names? of |identity of )(?P<d>.+?)|(?P<e>.+?)(?: s)? (?:names?|identity))$"
    rf"|{_LEAD}(?:is|are|was|were) (?:the |a )?(?P<c>.+?) (?:named|identified|named by name)"
    rf"(?: (?:in|by) {_PIECE})?$"
)

_NAME_PARTS = frozenset({"first", "last", "middle", "full", "given", "family", "real", "sur"})


class NameGivenChecks(EngineCore):
    """The check that a "Yes, the name is given" names something the article has."""

    def _name_given_checked(self, answer: Answer, text: str, context: Context) -> Answer:
        """ "Is the name of the DOD spokesperson given?" answered Yes from the statement:
        the article has no spokesperson, so No (as an abstention, naming what it lacks)."""
        if answer.abstained or not answer.text.startswith("Yes"):
            return answer
        found = _NAME_GIVEN_ASKED.search(normalise(text))
        if found is None:
            return answer
        named = next(part for part in found.groups() if part)
        # "Does the article give Singh's first name?": "first" says which name, not who.
        unknown = [w for w in parse(named, self.index).unknown if w not in _NAME_PARTS]
        if not unknown:
            return answer
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"No. The article names no {' '.join(unknown)}.",
            context,
            notes=("a name asked of something the article never mentions",),
        )
