"""Fragments that go on with the claim just checked: "Esper n Singh met on tues" (No,
Monday) "in delhi tho"; "US-India relations are cooling off" (No) "while US-India ties heat
up"; "Esper and Pompeo were both in Tokyo" (Yes) "that was earlier this month". Read on
their own they are keyword queries, so the right fact came back without its verdict; each
is a claim of its own, put here as one ("is it true that it was in delhi?")."""

from __future__ import annotations

import re

from bot.engine import prefilter

__all__ = ["claim_of_fragment"]

# Words that open a clause going on from the last claim and add nothing to it: "while
# US-India ties heat up", "and he visited New Delhi recently".
_CONNECTIVE = r"(?:and|but|while|whereas|as|plus|also|so|though|although)"
# Words that end a fragment and add nothing: "in delhi tho", "among the services too".
_TAIL = re.compile(r"(?:\s+(?:tho|though|too|as well|also|then|right|ok|okay|lol))+$")
# A circumstance of the last claim, put alone: "in delhi", "ahead of the 2+2", "including
# among the services", "between the world's two largest democracies", "for the 2+2".
_CIRCUMSTANCE = prefilter.compile(
    r"^(?:in|at|on|for|between|including|ahead of|before|after|during|with|among|from"
    r"|prior to|earlier|later|last|this|inside|outside|by|via|without)\s+\S"
)
# "that was earlier this month", "it was before his South Asia trip", "this is in Tokyo":
# what was just said, pointed at and told of.
_POINTING = prefilter.compile(r"^(?:that|it|this)\s+(?:was|is|were|s)\s+\S")
# "his middle initial's T", "her title is Deputy Secretary of State": something of the
# one just named, told.
_OF_THE_ONE_NAMED = prefilter.compile(
    r"^(?:his|her|their|its)\s+[a-z ]+?(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+\S"
)
# Openings of requests and remarks, never claims: "tell me more about the BECA", "thanks
# for that", "that was helpful" has no name and is caught later by the verdict it gets.
_NOT_A_CLAIM = frozenset(
    "tell give show list explain describe summarize summarise define please pls plz thanks"
    " thank thx what who whom whose which when where why how whats whos".split()
)
_QUESTION_WORDS = frozenset("who whom whose what which when where why how whats whos".split())


def claim_of_fragment(text: str) -> str | None:
    """The fragment as a claim to check ("in delhi tho": "is it true that it was in
    delhi?"), or None when it is no fragment of a statement: a question ("in delhi?",
    "Esper met whom"), a request, or a sentence already read as a claim of its own."""
    said = text.strip().rstrip(".!").strip()
    if not said or said.endswith("?"):
        return None
    lowered = said.lower()
    # "and pompeo, what's his title": "whats", a question still.
    words = re.findall(r"[a-z0-9+]+", re.sub(r"['’]", "", lowered))
    if len(words) < 2 or words[0] in _NOT_A_CLAIM or not _QUESTION_WORDS.isdisjoint(words):
        return None
    lowered = _TAIL.sub("", re.sub(rf"^(?:{_CONNECTIVE}\s+)+", "", lowered))
    if _CIRCUMSTANCE.match(lowered):
        return f"is it true that it was {lowered}?"
    if _POINTING.match(lowered) or _OF_THE_ONE_NAMED.match(lowered):
        return f"is it true that {lowered}?"
    if lowered != said.lower() and len(lowered.split()) >= 3:
        # "while US-India ties heat up": the clause after the connective, as a claim.
        return f"is it true that {lowered}?"
    return None
