"""A run-on typist's message, several questions packed in one line with no punctuation:
"what did they agree on plus who put out the statement", "begin visited delhi recently right
who is he". The words that join its questions ("plus", "oh and", "and also") and a claim's
"right" before the next question are put as ", and ", the break the multi-part reader
already splits at ("who met Singh, and where?"); each part is then answered as its own."""

from __future__ import annotations

import re

from bot.engine import prefilter

__all__ = ["runon_joined"]

# What opens a question of its own: a wh-word, or a yes/no verb with a subject after it
# ("did they…", not "did not").
_WH = r"(?:who|whom|whose|what|whats|which|when|where|why|how)\b"
_YESNO = (
    r"(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would)"
    r"\s+(?!not\b)[a-z][\w'-]*"
)
# "…on plus who put out…", "…oh and what was his job", "…and also where": a joining word
# that a run-on typist puts where a writer puts "? ". "and" alone is left to the multi-part
# reader ("did Esper and Singh meet" is one question). A yes/no question after the join
# ("what agreement… plus did they talk about info sharing") is a part of its own too, but
# not after "also" alone ("which countries also were there" is one question).
_LAST_OBJECT_ASKED = r"(?:what|which)(?:\s+(?:thing|things|stuff|ones?|exactly))?\s*[?.!]*\s*$"
_JOINER_BEFORE_QUESTION = prefilter.compile(
    rf"(?<=\w)\s*,?\s+(?:(?:and\s+)?(?:oh\s+)?plus(?:\s+also)?|oh\s+(?:and|also)"
    rf"|and\s+(?:also|oh)|also\s+plus)\s+(?={_WH}|{_YESNO})"
    # "…cooperate on also what…": "also" before a wh-word alone; but not before a bare
    # "what (thing)" that ends the line, the object a translated question puts last ("They
    # are welcoming also what thing?" asks what else they welcomed, one question).
    rf"|(?<=\w)\s*,?\s+also\s+(?!{_LAST_OBJECT_ASKED})(?={_WH})",
    re.IGNORECASE,
)
# "what areas did they want to cooperate on also anything about tech": "anything about X"
# after a join asks the question before it of X, as "and what about tech?" does.
_JOINER_BEFORE_ANYTHING = prefilter.compile(
    r"(?<=\w)\s*,?\s+(?:(?:and\s+)?(?:oh\s+)?(?:also|plus)|oh\s+and|and\s+oh)\s+"
    r"(?:was\s+there\s+|is\s+there\s+)?any(?:thing)?\s+(?:about|on|regarding|re)\s+(?=\w)",
    re.IGNORECASE,
)
# "begin visited delhi recently right who is he", "esper met modi yeah what did they talk
# about": a claim's tag, then a wh-question; the claim is checked, then the question asked.
# The claim opens with no question word: "who is right" is no claim.
_TAG_BEFORE_QUESTION = prefilter.compile(
    rf"^(?!\s*(?:{_WH}|{_YESNO}))(?P<claim>\S.{{8,}}?)\s*,?\s+"
    r"(?P<tag>right|yeah|yea|ya|yep|correct|true|innit),?\s+"
    rf"(?!and\b)(?=(?:{_WH}))",
    re.IGNORECASE,
)

# "whats the 2+2 dialogue who takes part in it", "what was beca who signed it": a second
# question typed straight after the first, with no join. Its "who" follows a thing or a
# time, which no "who" can describe, so it opens a question of its own; after a person
# ("the official who said it") it is a relative clause, and the one question is left.
_THINGS_NO_WHO_DESCRIBES = (
    r"dialogues?|dialogs?|talks|meetings?|mtg|2\+2|conference|presser|agreements?|deal|beca"
    r"|statement|trip|visit|summit|session|partnership|relationship|month|week|year|day"
    r"|monday|tuesday|delhi|tokyo|india|japan|china"
)
_WHO_AFTER_A_THING = prefilter.compile(
    rf"^(?P<first>\s*(?:what|whats|what's|when|where|which)\b.*?\b(?:{_THINGS_NO_WHO_DESCRIBES}))"
    r"\s+(?=who\s+[a-z])",
    re.IGNORECASE,
)


# "so they want better comms right secure communications or something": a claim's tag, then
# the claim said again loosely, hedged. Both are weighed as one claim, so a restatement
# that is wrong ("esper met singh right in tokyo or something") is not passed over.
_HEDGED_RESTATEMENT_AFTER_TAG = prefilter.compile(
    r"^(?P<claim>(?!\s*(?:who|whom|whose|what|whats|which|when|where|why|how)\b)\S.{8,}?)\s+"
    r"(?:right|yeah|yea|correct|innit)\s+(?P<again>(?!(?:who|whom|whose|what|whats|which|when"
    r"|where|why|how|and|did|does|do|is|are|was|were)\b)[^?]*?)\s+or\s+(?:something|smth|sth|whatever"
    r"|so|similar|like that|something like that)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "did they reach an agreement during the visit or was it just talk": the other way the
# asker offers, dismissed ("just talk"), asks nothing the yes or no does not answer.
_DISMISSED_ALTERNATIVE = prefilter.compile(
    r"\s+or\s+(?:was|is|were|are)\s+(?:it|that|this|they|there)\s+(?:just|only|merely"
    r"|all|simply)\s+[a-z]+(?:\s+[a-z]+)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


# "ok and what did they agree on…", "oh and is this his first 2+2…": a follow-up opened with
# a filler word before its "and", read as "and what…" (the filler read as a first part would
# join the questions after it into one).
_FILLER_BEFORE_AND = prefilter.compile(
    rf"^\s*(?:ok|okay|oh|so|alright|right|hmm|um|also)\s*,?\s+and\s+(?=(?:{_WH}|{_YESNO}))",
    re.IGNORECASE,
)


# "who met singh? plus did they talk about info sharing": a join after a question's own
# "?" starts the next question; the join is dropped, the "?" already splits.
_JOINER_AFTER_QUESTION_MARK = prefilter.compile(
    rf"\?\s*(?:(?:and\s+)?(?:oh\s+)?plus(?:\s+also)?|oh\s+(?:and|also)|and\s+(?:also|oh)"
    rf"|also(?:\s+plus)?)\s+(?={_WH}|{_YESNO})",
    re.IGNORECASE,
)


# "esper and singh met ahead of what and that is between who": a question ended by its
# wh-word, then "and that is … who" asking of the answer, a question of its own, put in
# the usual order ("…what, and who is that between").
_ASKED_OF_THE_ANSWER = prefilter.compile(
    r"\b(?P<wh>what|which|where|when|who|whom)\s+and\s+(?P<that>that|it|this)"
    r"(?:\s+(?P<verb>is|was)|'s)(?P<rest>(?:\s+[a-z]+){0,3}?)\s+(?P<asked>who|whom|what|where|when)"
    r"\W*$",
    re.IGNORECASE,
)


def _asked_of_the_answer(found: re.Match[str]) -> str:
    """ "…what and that is between who" → "…what, and who is that between"."""
    verb = found["verb"] or "is"
    return f"{found['wh']}, and {found['asked']} {verb} {found['that']}{found['rest']}?"


def runon_joined(text: str) -> str:
    """The message with its run-on joins put as ", and " (a claim's tag kept: "…, right?
    and who is he"); other text unchanged."""
    joined_after = _JOINER_AFTER_QUESTION_MARK.sub("? ", text)
    if joined_after != text and not text.rstrip().endswith(("?", ".", "!")):
        # "who met singh? plus was it on tuesday": the last part a question too, as split
        # on its "?" as the ones before it (unended, it was dropped or put first).
        joined_after = f"{joined_after.rstrip()}?"
    text = joined_after
    text = _ASKED_OF_THE_ANSWER.sub(_asked_of_the_answer, text, count=1)
    text = _FILLER_BEFORE_AND.sub("and ", text)
    text = _HEDGED_RESTATEMENT_AFTER_TAG.sub(r"\g<claim> \g<again> right", text)
    text = _DISMISSED_ALTERNATIVE.sub("", text)
    text = _WHO_AFTER_A_THING.sub(r"\g<first>, and ", text, count=1)
    joined = _JOINER_BEFORE_ANYTHING.sub(", and what about ", text)
    joined = _JOINER_BEFORE_QUESTION.sub(", and ", joined)
    tagged = _TAG_BEFORE_QUESTION.match(joined)
    if tagged is None:
        return joined
    return f"{tagged['claim']} {tagged['tag']}, and {joined[tagged.end() :]}"
