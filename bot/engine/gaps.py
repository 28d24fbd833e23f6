"""Answers that set two of the article's counts side by side: someone's own count of an
event ("the second time Esper has participated in a 2+2") against the series' ("three such
dialogues"). "How many has Esper missed?" → one; "which is more, the dialogues or Esper's
appearances?" → the dialogues, three against two; "how many more?" → one more."""

from __future__ import annotations

import abc

from bot.engine import prefilter
from bot.engine.answer import Answer
from bot.engine.context import Context
from bot.engine.core import COUNT_WORDS, ORDINAL_OF_COUNT, EngineCore
from bot.engine.question import Parsed
from bot.factbase.model import Fact
from bot.text import normalise

__all__ = ["CountGapAnswers"]

# "How many has he missed?", "how many 2+2s did Esper skip?", "how many didn't he attend?",
# "how many of them was he absent from?": the series less his own count.
MISSED_COUNT = prefilter.compile(
    r"^how many\b.*\b(?:miss|missed|misses|skip|skipped|skips|sat out|sit out|absent"
    r"|not (?:attend|attended|join|joined|participate|participated|take part|taken part"
    r"|been (?:to|at|in|part of))|(?:didn t|hasn t|has not|did not|wasn t|was not) "
    r"(?:attend|join|participate|take part|been (?:to|at|in|part of)|at|in|part of))\b"
)
# "How many more?", "how many more dialogues than Esper attended?", "how many fewer has he
# been to?", "what's the difference between the two counts?"
MORE_COUNT = prefilter.compile(
    r"^(?:so |and |ok |okay )?how many (?:more|fewer|less)\b"
    r"|^(?:so |and )?(?:what s|what is|whats) the (?:difference|gap)\b"
)
# "Which is more, the number of 2+2 dialogues or Esper's 2+2 appearances?", "which is
# greater…", "are there more dialogues or Esper appearances?"
WHICH_MORE = prefilter.compile(
    r"^(?:which|what) (?:is|s|one is|number is|count is) (?:more|greater|bigger|larger|higher"
    r"|the (?:bigger|larger|greater|higher) (?:number|count|one))\b"
    r"|^(?:are|were) there more\b.* or\b"
    r"|^(?:which|what) is (?:more|greater|bigger|larger|higher)\b"
)


class CountGapAnswers(EngineCore):
    """Someone's own count of an event beside the series' count, from the two facts."""

    def _count_gap(self, parsed: Parsed, context: Context, notes: list[str]) -> Answer | None:
        """ "So how many has he missed?" after Esper's two of the three dialogues: one, with
        both sentences; None when the question sets no such counts side by side."""
        text = parsed.text
        missed = MISSED_COUNT.search(text) is not None
        more = not missed and MORE_COUNT.search(text) is not None
        which = not (missed or more) and WHICH_MORE.search(text) is not None
        if not (missed or more or which):
            return None
        counts = self._own_and_series(parsed, context)
        if counts is None and more:
            # "How many countries were at the Tokyo talks?" (four) "How many more?": no
            # second count to set it against, and the first again is no answer.
            return self._not_found(parsed, context, [], notes)
        if counts is None:
            return None
        own_fact, own, series_fact, series = counts
        gap = COUNT_WORDS.index(series) - COUNT_WORDS.index(own)
        if gap <= 0:
            return None  # the article's counts give nothing to tell apart
        who = self._person_counted(own_fact)
        series_name = self._series_name(series_fact)
        number = COUNT_WORDS[gap].capitalize()
        if missed:
            lead = f"{number}: {series} {series_name}, against {who}'s {own}."
        elif more:
            lead = f"{number} more: {series} against {who}'s {own}."
        else:
            lead = f"The {series_name}: {series}, against {who}'s {own}."
        return self._direct(
            text=f"{lead} {series_fact.statement} {own_fact.statement}",
            facts=[series_fact, own_fact],
            confidence=0.85,
            parsed=parsed,
            context=context,
            notes=[*notes, "two of the article's counts set side by side"],
        )

    def _own_and_series(
        self, parsed: Parsed, context: Context
    ) -> tuple[Fact, str, Fact, str] | None:
        """Someone's own count (as a count word) and the series' count, with their facts: of
        the person the question names or points back to ("he"), or, when it names no one
        ("how many more?"), of the two counts the conversation was just at."""
        people = {e for e in parsed.entity_ids if self._kind(e) == "person"}
        if people:
            return self._counts_of(people.pop()) if len(people) == 1 else None
        if any(self._kind(e) != "event" for e in parsed.entity_ids):
            return None  # "how many more countries were at Tokyo?": other counts
        # "How many 2+2s has Esper attended?" (two) "And in total?" (three) "How many more?":
        # he is no longer among the last question's entities, but was named just before.
        for person in dict.fromkeys((*context.entities, *context.named_so_far)):
            counts = self._counts_of(person) if self._kind(person) == "person" else None
            if counts is not None and context.fact_id in (counts[0].id, counts[2].id):
                return counts
        last = self.index.by_id.get(context.fact_id or "")
        own = self._own_count_of(last.fact) if last is not None else ()
        return self._counts_of(own[0]) if len(own) == 1 else None

    def _counts_of(self, person: str) -> tuple[Fact, str, Fact, str] | None:
        """The person's own count of an event and the series' count, if the article gives
        both ("the second time Esper…", "three such dialogues")."""
        for position in self.index.entity_postings.get(person, ()):
            fact = self.index.entries[position].fact
            if person not in self._own_count_of(fact):
                continue
            said = set(normalise(fact.statement).split())
            own = next((n for n, o in ORDINAL_OF_COUNT.items() if o in said), None)
            series = self._series_count(fact)
            if own is not None and series is not None:
                return fact, own, series[1], series[0]
        return None

    def _person_counted(self, fact: Fact) -> str:
        """The short name of the one whose own count the fact gives: "Esper"."""
        who = fact.roles["who"]
        return who.answer

    def _series_name(self, fact: Fact) -> str:
        """What the series' count counts, in the words of its statement: "2+2 dialogues"
        of "The U.S. and India have held three 2+2 dialogues."."""
        words = fact.statement.rstrip(".").split()
        counted = fact.roles["how_many"].answer.lower()
        at = next((i for i, w in enumerate(words) if w.lower() == counted), None)
        return " ".join(words[at + 1 :]) if at is not None else "series"

    # Defined with the yes-or-no answers ("did Esper take part in every 2+2?"), which use it too.
    @abc.abstractmethod
    def _series_count(self, fact: Fact) -> tuple[str, Fact] | None: ...
