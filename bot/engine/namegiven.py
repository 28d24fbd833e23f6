"""Whether the article gives a name: "Is the name of the DOD spokesperson given?" asks if the
article names someone, and a "Yes" resting on the Defense Department's statement (which the
article does report) says it names a spokesperson it never mentions. A name-given question
whose named thing holds a word the article never uses is answered No, as an abstention."""

from __future__ import annotations

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.question import Linked, Parsed, parse
from bot.factbase.model import Fact
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
# Kinds that name no one when they qualify a noun: "the American diplomat" links only the
# U.S., which says nothing of whose name is asked.
_QUALIFIER_KINDS = frozenset({"country", "place"})


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
        parsed = parse(named, self.index)
        unknown = [w for w in parsed.unknown if w not in _NAME_PARTS]
        if unknown:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                f"No. The article names no {' '.join(unknown)}.",
                context,
                notes=("a name asked of something the article never mentions",),
            )
        return self._name_given_backed(answer, parsed, context)

    def _name_given_backed(self, answer: Answer, parsed: Parsed, context: Context) -> Answer:
        """A Yes whose quote names the one asked about, or an abstention: "does the article
        name the indian minister?" cites Singh's identity, not a headline naming no one;
        "is the name of the American diplomat given?" and "does it name the US officials?"
        (unnamed in the article) link no one named, so the bot cannot say."""
        if not parsed.entities:
            return answer  # "is the name of the agreement given?": nothing to check it by
        named = self._named_ones(parsed)
        if not named:
            return self._abstain(
                AbstainReason.AMBIGUOUS,
                "The article doesn't say whom you mean, so I can't say whether it gives the name.",
                context,
                notes=("a name asked of no one the article names",),
            )
        people = sorted(entity for entity in named if self._kind(entity) == "person")
        if self._answer_names_all(answer, people):
            return answer
        return self._identities_cited(answer, people, parsed, context)

    def _answer_names_all(self, answer: Answer, people: list[str]) -> bool:
        quotes = [quote.text for quote in answer.quotes]
        return all(
            any(self._quote_has_name_of(quote, person) for quote in quotes) for person in people
        )

    def _identities_cited(
        self, answer: Answer, people: list[str], parsed: Parsed, context: Context
    ) -> Answer:
        """ "Yes: Rajnath Singh, India's Defense Minister.", from the facts saying who each
        one is; the answer as it was when one of them has no such fact."""
        facts = [fact for fact in map(self._identity_of, people) if fact is not None]
        if len(facts) != len(people):
            return answer
        return self._direct(
            text=f"Yes: {'; '.join(_who_answer(fact) for fact in facts)}.",
            facts=facts,
            confidence=answer.confidence,
            parsed=parsed,
            context=context,
            notes=[],
        )

    def _named_ones(self, parsed: Parsed) -> set[str]:
        """The linked entities a name could be asked of, a group as its members: not a
        country or place qualifying a noun ("the American diplomat"), nor a group the
        article gives no members of ("U.S. government officials")."""
        return {
            entity
            for link in parsed.entities
            if not self._qualifies_a_noun(link, parsed)
            for entity in self.index.expand(link.entity)
            if self._kind(entity) != "group"
        }

    def _qualifies_a_noun(self, link: Linked, parsed: Parsed) -> bool:
        """ "American" in "the American diplomat", not "Japan" in "is Japan named?"."""
        return self._kind(link.entity) in _QUALIFIER_KINDS and link.end < len(parsed.words)

    def _quote_has_name_of(self, quote: str, person: str) -> bool:
        """Whether a quote names the person, by the last word of the name ("Singh"): the
        headline's "India Defense Chiefs" is about Singh but names no one."""
        entity = self.factbase.entities.get(person)
        return entity is not None and entity.name.split()[-1] in quote


def _who_answer(fact: Fact) -> str:
    """The identity fact's short "who" answer ("Rajnath Singh, India's Defense Minister")."""
    role = fact.role("who") or fact.role("what")
    return fact.statement.rstrip(".") if role is None else role.answer
