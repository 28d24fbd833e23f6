"""Words said to the bot rather than asked of the article: a vocative ("Who is Mark Esper,
dear?"), politeness ("Please teach me.", "…, if you would?", "Thank you!", "arigato"), a
musing lead ("I wonder, who met Singh?") and the chatty "that Esper fellow" or "this 2+2
thing", which mean only Esper and the 2+2. Read without them, the question is the plain one
the bot answers. Names and the article's own words are never touched: a vocative goes only
when set off by a comma (or opening the message before one), so "Did Esper love it?" stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine import prefilter
from bot.engine.message import QUESTION_START

# Terms of address a reader calls the bot by ("…, dear?", "mate, who met Singh?").
_ADDRESS = (
    r"(?:my\s+)?(?:dear|dearie|deary|love|luv|darling|darlin'?|sweetie|sweetheart|sweetie\s+pie"
    r"|honey|hon|hun|pet|duck|ducky|mate|pal|buddy|bud|friend|my\s+friend|bro|dude|man"
    r"|sir|madam|ma'am|ma’am|miss|boss|chief|guv|young\s+man|young\s+lady|bot|talksbot)"
)
# Politeness that asks nothing ("please", "if you would", "thanks", "arigato").
_COURTESY = (
    r"(?:please|pls|plz|kindly|if\s+you\s+(?:would|could|will|can|please|don'?t\s+mind)"
    r"(?:\s+be\s+so\s+kind)?|thank\s+you(?:\s+(?:so|very)\s+much)?|thanks?(?:\s+a\s+lot)?"
    r"|many\s+thanks|cheers|ta|arigato(?:\s+gozaimasu)?|arigatou|domo|onegaishimasu"
    r"|onegai(?:\s+shimasu)?)"
)
# A whole sentence after the question that only asks for help: "Please teach me.", "Kindly
# explain.", "Thank you, dear!", "Help me please".
_POLITE_SENTENCE = prefilter.compile(
    rf"(?<=[?.!])\s+(?:(?:{_COURTESY}|{_ADDRESS})[\s,!.]*)*"
    r"(?:(?:please\s+|kindly\s+|can\s+you\s+|could\s+you\s+)?"
    r"(?:teach|tell|explain|help|show|enlighten)(?:\s+(?:me|us|it|this))?(?:\s+please)?"
    rf"[\s,!.]*(?:{_ADDRESS}|{_COURTESY})?|{_COURTESY}(?:[\s,]+{_ADDRESS})?)"
    r"[\s!.]*$",
    re.IGNORECASE,
)
# ", dear?", ", please.", ", love, ": set off by a comma before the end or the next comma.
_TRAILING_ADDRESS = prefilter.compile(
    rf"\s*,\s*(?:(?:{_ADDRESS}|{_COURTESY})(?:\s*,\s*|\s+))*(?:{_ADDRESS}|{_COURTESY})"
    r"\s*(?=[?.!]|$)",
    re.IGNORECASE,
)
# "Dear, who is Esper?", "Please, who met Singh?", "Mate - where did they meet?",
# "I wonder, who met Singh?", "Please tell me, who…". Not thanks: "Thanks, that's all" closes.
_LEADING_ADDRESS = prefilter.compile(
    rf"^\s*(?:(?:oh|ah|well|so|and|now)\s+)?(?:(?:{_ADDRESS}|please|pls|plz|kindly|i\s+wonder"
    r"|(?:please\s+)?(?:tell|teach)\s+me)\s*(?:,|:|\s[-\u2013\u2014]{1,2})\s*)+",
    re.IGNORECASE,
)
# "I wonder who met Singh?", "…, I wonder?": a musing that frames the question.
_WONDER_LEAD = prefilter.compile(
    r"^\s*(?:i\s+(?:do\s+)?wonder|i\s+was\s+wondering)\s+"
    r"(?=(?:who|whom|whose|what|which|when|where|why|how)\b)",
    re.IGNORECASE,
)
_WONDER_TAIL = prefilter.compile(r"\s*,\s*i\s+wonder\s*(?=[?.!]|$)", re.IGNORECASE)
# "Please who met Singh?", "kindly, where…": a leading courtesy word before a question word.
_LEADING_COURTESY = prefilter.compile(
    r"^\s*(?:please|pls|plz|kindly)\s+(?=(?:who|whom|whose|what|which|when|where|why|how"
    r"|is|are|was|were|did|does|do|has|have)\b)",
    re.IGNORECASE,
)
# "that Esper fellow", "this Singh chap", "the Pompeo man": the person, by name alone. Only
# a capitalised name ("that old man" is not one), and never "Mr" ("that Mr Esper").
_PERSON_OF_SORTS = prefilter.compile(
    r"\b(?:that|this|the)\s+(?:(?:old|young|nice)\s+)?"
    r"(?P<name>(?!(?:Mr|Mrs|Ms|Mister)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})\s+"
    r"(?:fellow|feller|man|chap|guy|bloke|gentleman|gent|lady|woman|character|person|dude)\b",
)
# "this 'two plus two' thing", "that BECA stuff", "this 2+2 thing": the thing itself. Not
# "the other thing", "the first thing they agreed" (a word that picks one out).
_THING_OF_SORTS = prefilter.compile(
    r"\b(?:this|that)\s+(?P<thing>(?!(?:other|same|whole|first|last|next|one|only|main|big"
    r"|little|last|kind|sort|type)\b)['\"‘“]?[\w+.-]+(?:\s+[\w+.-]+){0,2}['\"’”]?)\s+"
    r"(?:thing|things|stuff)\b(?!\s+(?:they|he|she|that|which|who)\b)",
    re.IGNORECASE,
)


def vocatives_dropped(text: str, names_person: Callable[[str], bool]) -> str:
    """ "Who is Mark Esper, dear?" → "Who is Mark Esper?"; "Why do they cooperate? Please
    teach me." → "Why do they cooperate?"; "How many times has that Esper fellow been to
    one?" → "How many times has Esper been to one?"; anything else as it was."""
    read = _POLITE_SENTENCE.sub("", text)
    read = _TRAILING_ADDRESS.sub("", read)
    read = _WONDER_TAIL.sub("", read)
    read = _LEADING_ADDRESS.sub("", read)
    read = _WONDER_LEAD.sub("", read)
    read = _LEADING_COURTESY.sub("", read)
    read = _PERSON_OF_SORTS.sub(lambda m: _person_named(m, names_person), read)
    read = _THING_OF_SORTS.sub(r"the \g<thing>", read)
    return read if read != text and _still_asks(read) else text


def _person_named(found: re.Match[str], names_person: Callable[[str], bool]) -> str:
    """ "that Esper fellow" → "Esper"; "the Indian gentleman", "the US guy" stay: a side,
    not a name."""
    return found["name"] if names_person(found["name"]) else found[0]


def _still_asks(read: str) -> bool:
    """What is left is still a question ("Who is Mark Esper?"), not a farewell ("got it,
    thanks" read as "got it")."""
    stripped = read.strip()
    return len(stripped.split()) >= 2 and (
        stripped.endswith("?") or QUESTION_START.match(stripped) is not None
    )
