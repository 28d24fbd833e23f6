"""One side's words asked (whose side given words are is sides.py): "How did Indian officials
describe it?" asks what India's side said, and the article quotes only the U.S. side on the
relationship. An answer whose words are the other side's (U.S. officials', the Pentagon's
statement) answers a question not asked, so it is kept only when its speaker is of the side
named; otherwise the bot abstains."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.question import parse
from bot.engine.sidenames import SIDE_BODY_NOUNS
from bot.text import normalise

__all__ = ["SideWords"]

_LEAD = r"^(?:(?:and|so|but|ok|okay|then|well|now|what about|how about) )*"
_WORDING_VERB = (
    r"(?:describe|characterize|call|say|put|portray|view|see|term|label|frame|present|word"
    r"|assess|summarize|sum up|react|respond|comment)"
)
# "And how did Indian officials describe it?", "what did New Delhi say about the talks?",
# "how did the Indian side characterise the relationship?" (normalised text): the words of
# whoever stands before the verb.
_SIDE_ASKED = prefilter.compile(
    _LEAD + rf"(?:how|what) (?:did|does|do|has|have|had|would) (?P<side>.+?) {_WORDING_VERB}\b"
)
# "How was the relationship described by India?", "…characterized by Indian officials?".
_SIDE_AFTER_BY = prefilter.compile(
    _LEAD + r"(?:how|what) (?:was|were|is|are|has|have)\b.*? (?:described|characterized|called"
    r"|portrayed|termed|labeled|labelled|framed|put|worded) by (?P<side>.+?)$"
)
# "Did New Delhi call it one of the most significant relationships?": a yes would give the
# words to the side named.
_SIDE_CLAIMED = prefilter.compile(
    _LEAD + rf"(?:did|does|do|has|have|had) (?P<side>.+?) {_WORDING_VERB}\b"
)
# The words a side may be named with besides its name: "the Indian side", "New Delhi's
# top officials". Anything else ("they agree on and did the Chinese") is not a side.
_SIDE_NOUNS = SIDE_BODY_NOUNS | frozenset(
    {
        "the", "its", "their", "s", "govt", "leaders", "leadership", "ministry", "counterparts",
        "authorities", "administration", "top", "senior", "defense", "foreign", "spokesperson",
    }
)  # fmt: skip
_SIDE_KINDS = frozenset({"country", "place", "organisation"})


class SideWords(EngineCore):
    """The check that an answer about one side's words is that side's."""

    def _side_checked(self, answer: Answer, text: str, context: Context) -> Answer:
        """ "…and how did Indian officials describe it?" answered with U.S. officials'
        description: the words are the other side's, so the bot abstains instead."""
        if answer.abstained or not answer.fact_ids:
            return answer
        said = normalise(text)
        asked = self._side_asked(said)
        claimed = not asked and answer.text.startswith("Yes")
        if claimed:
            asked = self._side_in(_SIDE_CLAIMED.search(said))
        if not asked:
            return answer
        # "How did US officials sum up the relationship?": a summary of several facts, one
        # of them the officials' own words, is of the side asked.
        speakers = {c for fact_id in answer.fact_ids for c in self._speakers_of(fact_id)}
        if speakers & asked:
            return answer
        if claimed:
            refuted = self._words_given_elsewhere(answer, asked)
            if refuted is not None:
                return refuted
        side = " or ".join(sorted(_possessive(self.factbase.entities[c].name) for c in asked))
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            f"The article doesn't report what {side} side said about that.",
            context,
            notes=("words asked of one side; the answer's are another's",),
        )

    def _words_given_elsewhere(self, answer: Answer, asked: set[str]) -> Answer | None:
        """ "Did New Delhi call it one of the most significant relationships?" (read Yes from
        the words alone): No, naming who the article gives them to, as "did India call the
        relationship one of the most significant?" gets. None when the answer is several
        facts, or anyone of the side asked does what the fact reports (Singh praised the
        relationship, which the Pentagon's statement reports)."""
        if len(set(answer.fact_ids)) != 1:
            return None
        entry = self.index.by_id.get(answer.fact_ids[0])
        if entry is None:
            return None
        doers = entry.role_entities.get("who", ())
        if not doers or self._countries_of(m for d in doers for m in self.index.expand(d)) & asked:
            return None
        sayer = self._sayers.get(entry.fact.id)
        speakers = (
            self.index.by_id[sayer.id].role_entities.get("who", ())
            if sayer is not None and sayer.id in self.index.by_id
            else doers
        )
        names = self._names_of(speakers)
        if names is None:
            return None
        return replace(
            answer,
            text=f"No. The article gives those words to {names}: {entry.fact.statement}",
        )

    def _names_of(self, entities: Iterable[str]) -> str | None:
        """ "U.S. government officials", "the U.S. Department of Defense": the names of those
        the article gives words to, or None when one is unknown."""
        names = []
        for entity_id in sorted(entities):
            entity = self.factbase.entities.get(entity_id)
            if entity is None:
                return None
            lead = (
                "the "
                if entity.kind == "organisation" and not entity.name.startswith("the ")
                else ""
            )
            names.append(f"{lead}{entity.name}")
        return " and ".join(names) or None

    def _side_asked(self, said: str) -> set[str]:
        """The countries whose words the question asks ("Indian officials", "New Delhi",
        "the Pentagon": India, India, the U.S.); none when it names no side, or a person
        (whose words the engine checks elsewhere)."""
        return self._side_in(_SIDE_ASKED.search(said) or _SIDE_AFTER_BY.search(said))

    def _side_in(self, found: re.Match[str] | None) -> set[str]:
        """The countries the matched side names: one, or a place or body of it."""
        if found is None:
            return set()
        parsed = parse(found["side"], self.index)
        rest = set(found["side"].split()) - {
            w for link in parsed.entities for w in link.text.lower().split()
        }
        named = parsed.entity_ids
        if (
            not rest <= _SIDE_NOUNS
            or not named
            or any(self._kind(e) not in _SIDE_KINDS for e in named)
        ):
            return set()
        return self._countries_of(named)

    def _speakers_of(self, fact_id: str) -> set[str]:
        """The countries of whoever the article gives the fact's words to: its sayer's
        ("…, the U.S. Defense Department said"), or its own doers' when the fact is itself
        someone's saying (U.S. officials described…; Esper and Singh praised…)."""
        entry = self.index.by_id.get(fact_id)
        if entry is None:
            return set()
        sayer = self._sayers.get(fact_id)
        doers = (
            self.index.by_id[sayer.id].role_entities.get("who", ())
            if sayer is not None and sayer.id in self.index.by_id
            else entry.role_entities.get("who", ())
        )
        return self._countries_of(m for d in doers for m in self.index.expand(d))


def _possessive(name: str) -> str:
    """ "India's", "the United States'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"
