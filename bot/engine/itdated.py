"""A date put up for "it" before anything is talked about: the article's own meeting."""

from __future__ import annotations

import re

_DAY = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?"
    r"|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?|\d{1,2}(?:st|nd|rd|th)"
)
# "it was on a friday right", "was it on tuesday?", "it happened on oct 27, no?": a day or
# date claimed of "it", with nothing before it that "it" could be.
_IT_DATED = re.compile(
    r"^(?P<lead>(?:so |and |but |ok |wait )*)"
    r"(?:(?P<it_was>it was|it's|its|it happened)|(?P<was_it>was it|did it happen)) "
    rf"(?P<rest>on (?:a |the )?(?:{_DAY})\b.*)$",
    re.IGNORECASE,
)


def meeting_put_for_it(text: str) -> str:
    """ "it was on a friday right" as the first question: the article's meeting is the one
    event "it" can be, so "the meeting was on a friday right" (No, Monday); anything else
    unchanged."""
    match = _IT_DATED.match(text.strip())
    if match is None:
        return text
    if match["it_was"]:
        return f"{match['lead']}the meeting was {match['rest']}"
    return f"{match['lead']}was the meeting {match['rest']}"
