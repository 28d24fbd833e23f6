"""Bare follow-ups that name nothing and ask one thing of the last answer: "how?", "and
then?", "who else?". Read as the last question again, they repeat the last answer ("What
did they agree on?" "How?" gave the BECA again), so each is answered only from what the
article says of the last answer's fact, or not at all."""

from __future__ import annotations

import re

from bot.engine import prefilter
from bot.engine.answer import AbstainReason, Answer
from bot.engine.context import Context
from bot.engine.core import EngineCore
from bot.engine.describe import NEXT_OF_LAST
from bot.engine.index import FactEntry
from bot.engine.question import parse
from bot.text import normalise

__all__ = ["BARE_WHO_ELSE", "BareFollowUps"]

_LEAD = r"^(?:(?:and|so|but|ok|okay|well|right|hmm|um|then)\s+)*"

# "How?", "and how?", "how so?", "how exactly?", "in what way?", "how did they do that?":
# the manner of the last answer's fact. "How come?" asks why and is left alone.
BARE_HOW = prefilter.compile(
    _LEAD + r"(?:how(?: so| exactly| precisely| then)?|in what way|by what means"
    r"|how did (?:they|he|she|it|that) (?:do|manage|happen|come about)(?: (?:it|that|this))?"
    r"|how was (?:that|it|this) (?:done|achieved|reached))$"
)
# "And then?", "then what?", "what next?", "what happened next?", "what came after that?",
# "and after that?": what the article says came after the last answer's event.
BARE_NEXT = prefilter.compile(
    _LEAD + r"(?:then|next|after that|afterwards?|then what(?: happened)?"
    r"|what (?:then|next|is next|s next|after that|came next|comes next|followed"
    r"|happened (?:next|then|after that|afterwards?)|came after(?: that)?)"
    r"|and (?:after that|next))$"
)
# "Who else?", "who else was there?", "who else welcomed it?": someone besides those the
# conversation has named, never the same people again.
BARE_WHO_ELSE = prefilter.compile(r"^(?:(?:and|so|ok|okay|then)\s+)*who else\b")
BARE_WHO_ELSE_ALONE = prefilter.compile(r"^(?:(?:and|so|ok|okay|then)\s+)*who else(?: then)?$")

# The words of a fact's own "when" that set it before a later event: "ahead of the 2+2".
_AHEAD_OF = re.compile(
    r"\b(?:ahead of|before|prior to)\s+(?P<event>[^,;]+?)\s*(?:[,;]|[.!]?$)", re.IGNORECASE
)
# Kinds an answer to "who else?" may be: people, and the countries or bodies that act.
# "Did he meet him too?": a yes or no of one person and another, each only a pronoun.
_HE_AND_HIM = re.compile(
    r"^(?:(?:and|so|but|ok|okay|then)\s+)*(?:did|does|do|has|had|was|is|will|would)\s+"
    r"(?:he|she)\b.*\b(?:him|her)\b"
)
# Enough people spoken of that "he" and "him" could be several pairs of them.
_PEOPLE_FOR_UNCLEAR_PRONOUNS = 3
_SOMEONE_KINDS = frozenset({"person", "country", "organisation", "organization", "group"})


class BareFollowUps(EngineCore):
    """Answers to "how?", "and then?" and the check on "who else?"."""

    def _bare_follow_up(self, text: str, context: Context) -> Answer | None:
        """ "What did they agree on?" "How?": the article gives no manner, so it says so,
        never the agreement again; None when the message is no bare follow-up (or the
        last fact does give a manner: "How are U.S.-India ties?" "How?")."""
        if context.empty:
            return None
        said = normalise(text)
        if BARE_HOW.match(said):
            return self._how_of_last(context)
        if BARE_NEXT.match(said):
            answer = self._next_after_last(context)
            return None if answer.abstained and self._told_in_sequence(said, context) else answer
        return None

    def _told_in_sequence(self, said: str, context: Context) -> bool:
        """ "What happened in Tokyo?" "What came next?": the last answer was an event the
        maintainers put in the timeline and its own words set it before nothing, so the
        event after it (the meeting) is the timeline reading's to tell."""
        last = self._last_answered_entry(context)
        return (
            last is not None
            and last.fact.timeline is not None
            and NEXT_OF_LAST.match(said) is not None
        )

    def _last_answered_entry(self, context: Context) -> FactEntry | None:
        """The fact the last answer came from; none after an abstention."""
        if context.last_abstained:
            return None
        return self.index.by_id.get(context.fact_id or "")

    def _how_of_last(self, context: Context) -> Answer | None:
        last = self._last_answered_entry(context)
        if last is not None and "how" in last.fact.roles:
            return None  # "How are U.S.-India ties?" "How?": its own manner, answered as asked
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article doesn't say how.",
            context,
            notes=("a bare 'how?' of a fact that gives no manner",),
        )

    def _next_after_last(self, context: Context) -> Answer:
        """ "Who met Singh?" "When?" "And then?": the 2+2 Dialogue, which the meeting was
        ahead of; after anything else (or a second "and then?") the article tells nothing
        of what came next."""
        last = self._last_answered_entry(context)
        again = context.question is not None and BARE_NEXT.match(normalise(context.question))
        event = self._event_it_was_ahead_of(last) if last is not None and not again else None
        if last is None or event is None:
            return self._abstain(
                AbstainReason.NOT_IN_ARTICLE,
                "The article doesn't say what came next.",
                context,
                notes=("a bare 'and then?' the article gives no next event for",),
            )
        return self._direct(
            text=f"Next came {event}; the article says nothing of what followed that.",
            facts=[last.fact],
            confidence=0.8,
            parsed=parse("what came next", self.index),
            context=context,
            notes=[],
            about=list(context.entities),
        )

    @staticmethod
    def _event_it_was_ahead_of(entry: FactEntry) -> str | None:
        """The later event a fact's own time is given against, in the article's words:
        "ahead of the 2+2 Dialogue between the U.S. and Indian foreign and defense
        ministers"; None when the fact is set before nothing."""
        when = entry.fact.roles.get("when")
        if when is None or _AHEAD_OF.search(when.answer) is None:
            return None
        found = _AHEAD_OF.search(entry.fact.quote.text)
        return found.group("event").strip() if found else None

    def _someone_else_checked(self, answer: Answer, text: str, context: Context) -> Answer:
        """ "What did they praise?" "Who else?": Esper and Singh are who praised it, and
        "free nations" (whom Pompeo spoke of) said nothing; an answer to "who else?" must
        name someone besides the people the conversation has had, or none is given."""
        if answer.abstained or context.empty or not BARE_WHO_ELSE.match(normalise(text)):
            return answer
        if self._names_someone_new(answer, text, context):
            return answer
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "The article names no one else.",
            context,
            notes=("'who else?' answered only with those already named",),
        )

    def _pronoun_pair_checked(self, answer: Answer, text: str, context: Context) -> Answer:
        """ "Who met Singh?" "and Pompeo, where was he earlier this month?" "Did he meet him
        too?": with Esper, Singh and Pompeo spoken of, "him" may be any of two, so a "Yes"
        (Pompeo was at the Tokyo talks with Esper) answers a question not asked; none is
        given. A "No", or two people only, stands."""
        if answer.abstained or not answer.text.startswith("Yes"):
            return answer
        if not _HE_AND_HIM.match(normalise(text)):
            return answer
        people = [e for e in context.named_so_far if self._kind(e) == "person"]
        if len(people) < _PEOPLE_FOR_UNCLEAR_PRONOUNS:
            return answer
        return self._abstain(
            AbstainReason.NOT_IN_ARTICLE,
            "I can't tell which of the people we've spoken of each pronoun means here: "
            "please ask again naming both of them.",
            context,
            notes=("a yes or no of two people named only by pronouns, among three or more",),
        )

    def _names_someone_new(self, answer: Answer, text: str, context: Context) -> bool:
        answered = answer.context.answer_entities
        if not answered:
            # "Who else?" answered with no one the article names ("Free nations", whom
            # Pompeo only spoke of); a longer "who else attended?" may name a side in words.
            return not BARE_WHO_ELSE_ALONE.match(normalise(text))
        seen = {*context.named_so_far, *context.answer_entities, *self._doers_asked_of(context)}
        return any(
            self._kind(e) in _SOMEONE_KINDS and not self._group_members_or_self(e) <= seen
            for e in answered
        )

    def _doers_asked_of(self, context: Context) -> set[str]:
        """The last fact's doers the last question stood for: "What did the two sides
        praise?" asked of the U.S. and India, whose men Esper and Singh did it, so "who
        else?" asks past them; "Pompeo in Tokyo?" "Who else?" still finds Esper."""
        last = self.index.by_id.get(context.fact_id or "")
        if last is None:
            return set()
        asked = set(context.entities)
        doers = {e for name in ("who", "with_whom") for e in last.role_entities.get(name, ())}
        if not asked and context.question_type not in ("who", "yesno"):
            return doers  # "What did they welcome?" with no one before: its doers were "they"
        return {d for d in doers if d in asked or self._countries_of([d]) & asked}

    def _group_members_or_self(self, entity_id: str) -> set[str]:
        """The entity itself, or a group's members: "Esper and Singh" are the two men."""
        entity = self.factbase.entities.get(entity_id)
        members = getattr(entity, "members", ()) if entity is not None else ()
        return set(members) or {entity_id}
