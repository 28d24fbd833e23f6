"""Whether two people are of the same rank: "Are Esper and Singh the same rank?", "are they
basically equals?" (after a question about both), "do Esper and Singh hold the same post?".

The article never ranks anyone; it only names some people together by a shared title ("The
two Secretaries of Defense", Esper and Singh). Such a pair gets Yes, quoting that title; any
other pair, or a person set against no one ("is Singh the same rank?"), gets "the article
doesn't compare", never a Yes drawn from one man's title.
"""

from __future__ import annotations

from functools import cached_property

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.question import Parsed
from bot.factbase.model import Fact
from bot.text import normalise

__all__ = ["RankAnswers"]

# "the same rank", "equal in rank", "equivalent posts", "equals", "peers", "on a par".
_RANK_NOUNS = (
    r"(?:ranks?|levels?|positions?|titles?|jobs?|standing|status|seniority|grade|posts?|office"
    r"|stature|roles?)"
)
_SAME_RANK = prefilter.compile(
    rf"\b(?:(?:same|equal|equivalent|comparable|similar|matching|identical)(?: \w+)?"
    rf" {_RANK_NOUNS}|(?:equal|equals|level) in {_RANK_NOUNS}|equals|peers|on (?:a )?par)\b"
)
# A yes-or-no question: "are they…", "do Esper and Singh hold…".
_ASKS_YES_NO = prefilter.compile(
    r"^(?:(?:so|and|ok|but) )*(?:are|is|were|was|do|does|did|have|has)\b"
)
# Words that point back at two people named before: "are they the same rank?".
_BOTH_WORDS = frozenset({"they", "them", "both", "two", "pair"})
# Title words: a group the article names by one ("two Secretaries of Defense") shares it.
_TITLE_WORDS = frozenset(
    "secretary secretaries minister ministers chief chiefs official officials".split()
)


class RankAnswers(EngineCore):
    @cached_property
    def _titled_pairs(self) -> dict[frozenset[str], tuple[str, Fact]]:
        """The pairs of people the article names together by one title, with that title and
        the fact quoting it: {Esper, Singh}: ("two Secretaries of Defense", appreciation)."""
        pairs: dict[frozenset[str], tuple[str, Fact]] = {}
        for group in self._of_kind.get("group", ()):
            members = frozenset(self.index.expand(group))
            if len(members) != 2 or any(self._kind(m) != "person" for m in members):
                continue
            for alias in self.factbase.entities[group].aliases:
                if _TITLE_WORDS.isdisjoint(normalise(alias).split()):
                    continue
                fact = self._fact_quoting(alias)
                if fact is not None and members not in pairs:
                    pairs[members] = (alias, fact)
        return pairs

    def _fact_quoting(self, words: str) -> Fact | None:
        """The first fact (in the article's order) whose quote has these words."""
        wanted = f" {normalise(words)} "
        quoting = [
            f
            for f in self.factbase.facts.values()
            if not f.negative and wanted in f" {normalise(f.quote.text)} "
        ]
        return min(quoting, key=lambda f: (f.quote.paragraph, f.quote.start), default=None)

    def _people_in(self, entities: tuple[str, ...] | list[str]) -> list[str]:
        """The people among the entities, a group counted as its members."""
        found = [m for e in entities for m in self.index.expand(e) if self._kind(m) == "person"]
        return list(dict.fromkeys(found))

    def _pair_compared(self, parsed: Parsed, context: Context) -> list[str]:
        """The people whose ranks are compared: those the question names, or for "they" the
        two the last turns were about ("Esper vs Singh…" "And the Indian one's title?" "Are
        they the same rank?")."""
        named = self._people_in([link.entity for link in parsed.entities if link.start >= 0])
        if len(named) >= 2 or (named and not _BOTH_WORDS & set(parsed.words)):
            return named
        if not named and not _BOTH_WORDS & set(parsed.words):
            return []
        last = self._people_in((*context.entities, *context.answer_entities))
        if len(last) == 1:
            # Each of the last turns about one of them: "Esper vs Singh, who's the American?"
            # (Esper) "And the Indian one's title?" (Singh): the one before is the other.
            so_far = self._people_in(context.named_so_far)
            others = [p for p in reversed(so_far) if p not in last]
            last = sorted([*last, *others[:1]], key=lambda p: so_far.index(p) if p in so_far else 0)
        return last if set(named) <= set(last) else named

    def _same_rank_answered(self, parsed: Parsed, context: Context) -> Answer | None:
        """ "Are Esper and Singh the same rank?": Yes, the article calls them "the two
        Secretaries of Defense"; "Is Esper the same rank as Pompeo?": it doesn't compare
        them. None when the question asks no such thing."""
        said = normalise(parsed.text)
        if _ASKS_YES_NO.match(said) is None or _SAME_RANK.search(said) is None:
            return None
        pair = self._pair_compared(parsed, context)
        titled = self._titled_pairs.get(frozenset(pair)) if len(pair) == 2 else None
        if titled is None:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't compare their ranks.",
                context,
                parsed=parsed,
            )
        title, fact = titled
        names = " and ".join(self.factbase.entities[p].name for p in pair)
        return self._direct(
            text=f"Yes, as the article has it: it calls {names} “the {title}”.",
            facts=[fact],
            confidence=0.8,
            parsed=parsed,
            context=context,
            notes=[],
            about=pair,
        )
