"""Praise of something the article never has anyone praise: "Did Esper praise India's
military?", "did Singh praise the US army?", "did Esper praise India?". The article says only
that the two men praised the strength of the U.S.-India defense relationship; a military or
a country is not that relationship, so the answer is that the article doesn't say so (not a
Yes from the fact about military cooperation, which praises nothing)."""

from __future__ import annotations

import re
from functools import cached_property

from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.factbase.model import Fact
from bot.text import normalise

__all__ = ["PraisedOther", "praised_object"]

# A yes-or-no question or a claim whose verb is praise, and what follows it (normalised):
# "did esper praise india military", "singh lauded the usa army".
_PRAISED = re.compile(
    r"^(?!(?:what|who|whom|which|how|why|when|where)\b)(?:.*\s)?"
    r"(?:prais|laud|hail|commend|compliment|applaud|admir)\w*\s+(?P<object>.+)$"
)
# What the article's praise is of, or what its people otherwise welcome or appreciate: a
# question naming one of these is left to the usual reading.
_PRAISED_IN_ARTICLE = re.compile(
    r"\b(?:relationship|relations|relation|ties|partnership|cooperation|agreement"
    r"|beca|information|sharing|dialogue|meeting|talks)\b"
)
# A military, which no one in the article praises: "india military", "the usa army".
_MILITARY = re.compile(
    r"\b(?:militar(?:y|ies)|arm(?:y|ies)|nav(?:y|ies)|air ?force|armed forces|forces|troops"
    r"|soldiers|services)\b"
)
_PRAISE_KEYWORD = "praise"


def praised_object(text: str) -> str | None:
    """What a praise question says was praised ("india military"), unless it is what the
    article's praise is of (the relationship) or the question asks what was praised."""
    found = _PRAISED.match(normalise(text))
    if found is None or _PRAISED_IN_ARTICLE.search(found["object"]):
        return None
    return found["object"]


class PraisedOther(EngineCore):
    @cached_property
    def _praise_facts(self) -> tuple[Fact, ...]:
        """The facts of praise in the article (the two men praising the relationship),
        found once."""
        return tuple(
            fact for fact in self.factbase.facts.values() if _PRAISE_KEYWORD in fact.keywords
        )

    def _praise_of_other_checked(self, text: str, context: Context) -> Answer | None:
        """ "Did Esper praise India's military?": the article doesn't say so; it says what
        the two men praised, which is neither a military nor a country."""
        praised = praised_object(text)
        if praised is None or not self._praise_facts or not self._military_or_country(praised):
            return None
        said = " ".join(fact.statement for fact in self._praise_facts)
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't say that. The only praise it reports is this: {said}",
            context,
            notes=("praise of something the article never has praised",),
        )

    def _military_or_country(self, praised: str) -> bool:
        """Whether the words praised name a military ("india military") or a country."""
        if _MILITARY.search(praised) is not None:
            return True
        return any(self._kind(entity) == "country" for entity in self.index.entities_in(praised))
