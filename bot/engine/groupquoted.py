""" "Is anyone from India quoted?", "which Americans are quoted?": whether the article quotes
anyone of one country, answered from its quotation marks and whose words each are.

- "Is anyone from India quoted?", "is any Indian official quoted?", "does the article quote
  any Indians?": No, the article quotes only the Defense Department's statement, Secretary
  Pompeo and U.S. government officials (all American), each with its words.
- "Which Americans are quoted?", "which U.S. officials are quoted?": those three, not
  Esper or Begin, whom the article names but never quotes.
- "Which Indians are quoted?": none.

A named person ("was Singh quoted?") is the yes-or-no reader's (QUOTES_WHOM); this reads
only a people of one country asked of as a group. Read from the quotation marks the index
finds once (`Index.quotations`), never from the facts."""

from __future__ import annotations

import re

from bot.engine import prefilter
from bot.engine.answer import Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.question import parse
from bot.engine.quoting import Quotation, whose_words
from bot.engine.sidenames import side_words_of
from bot.text import normalise

__all__ = ["GroupQuoted"]

_US = side_words_of("united-states")
_INDIA = side_words_of("india")
_LEAD = r"^(?:(?:and|so|ok|okay|then|also|but|now|wait)\s+)*"
# Who of a country, as a group: "anyone from india", "any indian officials", "indians",
# "any of the american side officials", "someone from the us side".
_PEOPLE = (
    r"(?:people|persons?|officials?|ministers?|leaders?|sources?|voices?|figures?|ones?"
    r"|government|govt|side|delegation|representatives?)"
)
_NATION = rf"(?P<nation>{_US}|{_INDIA})(?:ns|s)?"
_GROUP = (
    # No bare "the": "was the indian minister quoted?" names one man, the named reader's.
    r"(?:(?:any ?one|any ?body|some ?one|some ?body|any|some)(?: of)?(?: the)? )?"
    rf"(?:(?:{_PEOPLE} )?(?:from|of) (?:the )?)?{_NATION}(?: (?:side|government|govt))?"
    rf"(?: {_PEOPLE}){{0,2}}"
)
_QUOTED = r"(?:directly |actually |ever )?(?:quoted|cited)(?: directly| verbatim| word for word)?"
_WHERE = r"(?: (?:in|by) (?:the |this )?(?:article|story|piece|report|text))?(?: at all| anywhere)?"
# "is anyone from india quoted", "are any indians quoted in the article", "does the article
# quote any indian officials", "were any us officials quoted directly" (normalised).
_ANY_QUOTED = prefilter.compile(_LEAD + rf"(?:is|are|was|were) {_GROUP} {_QUOTED}{_WHERE}$")
_ARTICLE_QUOTES_ANY = prefilter.compile(
    _LEAD + r"(?:does|did|do) (?:the |this )?(?:article|story|piece|report|text|it) quote"
    rf"(?: directly)? {_GROUP}(?: directly)?(?: at all| anywhere)?$"
)
# "which indians are quoted", "which us officials get quoted", "who from india is quoted",
# "which of the american officials are quoted directly" (normalised).
_WHICH_QUOTED = prefilter.compile(
    _LEAD + rf"(?:(?:which|what)(?: of the)?|who) {_GROUP} (?:are|is|were|was|get|gets|got)"
    rf" {_QUOTED}{_WHERE}$"
)
_INDIA_WORD = re.compile(_INDIA)
_NATIONALITY = {"united-states": "American", "india": "Indian"}


class GroupQuoted(EngineCore):
    """Whether, and whom, the article quotes of one country's people."""

    def _group_quoted_asked(self, text: str, context: Context) -> Answer | None:
        """ "Is anyone from India quoted?": No, with whose words the article does quote;
        "which Americans are quoted?": those whose words it quotes who are American. None
        for any other question, or with several articles."""
        if len(self.factbase.articles) != 1:
            return None
        said = normalise(text)
        which = _WHICH_QUOTED.match(said)
        found = which or _ANY_QUOTED.match(said) or _ARTICLE_QUOTES_ANY.match(said)
        if found is None:
            return None
        country = "india" if _INDIA_WORD.fullmatch(found["nation"] or "") else "united-states"
        article = next(iter(self.factbase.articles))
        marked = self.index.quotations.by_article.get(article, ())
        if not marked:
            return None
        theirs = [q for q in marked if country in self._countries_of_speaker(q)]
        text_out = self._group_quoted_text(country, theirs, marked, asks_which=which is not None)
        shown = theirs or list(marked)
        return self._direct(
            text=text_out,
            facts=list({q.fact.id: q.fact for q in shown}.values()),
            confidence=0.9,
            parsed=parse(said, self.index),
            context=context,
            notes=["whose words the article puts in quotation marks, by country"],
            about=[],
        )

    def _countries_of_speaker(self, quotation: Quotation) -> frozenset[str]:
        """The countries whoever said the quoted words belongs to: the U.S. for Secretary
        Pompeo, the Defense Department and "U.S. government officials"."""
        speaker = quotation.speaker
        who = speaker.roles.get("who") if speaker is not None else None
        if who is None:
            return frozenset()
        countries: set[str] = set()
        for entity_id in who.entities:
            if self._kind(entity_id) == "country":
                countries.add(entity_id)
            else:
                countries.update(self.index.part_of.get(entity_id, ()))
        return frozenset(countries)

    @staticmethod
    def _group_quoted_text(
        country: str, theirs: list[Quotation], marked: tuple[Quotation, ...], *, asks_which: bool
    ) -> str:
        """ "No. The article quotes no Indian: the words it puts in quotation marks are the
        U.S. Defense Department's (¶1), …" or "Yes: Secretary Pompeo (¶6) and …"."""
        nationality = _NATIONALITY[country]
        if not theirs:
            whose = _whose_listed(marked)
            lead = "None" if asks_which else "No"
            return (
                f"{lead}. The article quotes no {nationality}: the words it puts in quotation "
                f"marks are from {whose}."
            )
        whose = _whose_listed(tuple(theirs))
        lead = "" if asks_which else "Yes. "
        return f"{lead}The article quotes directly {whose}; the rest it reports in its own words."


def _whose_listed(marked: tuple[Quotation, ...]) -> str:
    """ "the U.S. Defense Department, in a statement (¶1), Secretary Pompeo (¶6) and U.S.
    government officials (¶7)"."""
    whose = list(
        dict.fromkeys(
            f"{whose_words(q) or 'an unnamed source'} (¶{q.fact.quote.paragraph})" for q in marked
        )
    )
    return whose[0] if len(whose) == 1 else ", ".join(whose[:-1]) + " and " + whose[-1]
