"""Where someone was "then", when "then" is the day the last answer gave.

"When did Esper meet Singh?" (Monday, Oct. 26) "Where was Pompeo then?" asks where Pompeo
was on Monday, which the article doesn't say; read without its time, the question got the
State Department press conference, which the article does not date. The time "then" (or
"at that time", "that day") stands for is written out as the day itself, so the question
is answered as "where was Pompeo on Monday?" is, and "and Begin?" after it keeps the day.
Only a day the last answer names (a weekday or a date) is written out: "earlier this month"
or "recently" date nothing one could be placed on.
"""

from __future__ import annotations

import re

from bot.engine import prefilter
from bot.engine.core import date_words
from bot.text import tokens

__all__ = ["then_dated", "undated_then_asked"]

# The words "then" is asked with: "then", "at that time", "that day"…
_ANCHOR = (
    r"then|at that time|at the time|at that moment|at that point|that day|on that day"
    r"|on the same day|that same day|meanwhile"
)
# A weekday, and a period this week or month is placed by: "Monday", "earlier this month".
_DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_THIS_PERIOD = r"(?:earlier|later) this (?:week|month|year)|(?:last|this) (?:week|month|year)"

# "where was he then?", "what about Pompeo, where was he at that time?", "and Begin at that
# time?" is left to the elliptical reader, which reuses the question as rewritten here.
_WHERE_THEN = prefilter.compile(
    r"^(?P<head>(?:.*?[\s,;:-])?where (?:was|were|is|are|had been|did .+? go) .+?)"
    rf" (?P<anchor>{_ANCHOR}|on the day)(?P<tail>[\s?.!]*)$",
    re.IGNORECASE,
)
# A period a role's answer starts with: "Earlier this month (the month of…)".
_PERIOD = re.compile(rf"{_THIS_PERIOD}|the (?:same )?(?:day|week|month) before", re.IGNORECASE)
# The day in a role's answer: "On Monday, Oct. 26 (October 26; …)" → "Monday".
_WEEKDAY = re.compile(rf"\b{_DAY_NAME}\b", re.IGNORECASE)


# "Where was Pompeo then?" "And Begin at that time?": the same where, asked of Begin (it
# got Begin's title).
_OTHER_THEN = prefilter.compile(
    r"^(?:(?:and|so|but|ok|okay) )*(?:(?:what|how) about )?(?P<who>[\w.' -]+?),?"
    rf" (?P<anchor>{_ANCHOR})(?P<tail>[\s?.!]*)$",
    re.IGNORECASE,
)


# The last question as read, once its "then" was written out: "where was pompeo on monday".
_WHERE_DATED = prefilter.compile(
    rf"^(?:.*? )?where (?:was|were|is|are) .+? (?P<time>on {_DAY_NAME}|{_THIS_PERIOD})$"
)


def then_dated(
    text: str, when: str | None, last_question: str | None = None, last_asked: str | None = None
) -> str | None:
    """The question with "then" written as the day `when` names ("where was Pompeo on
    Monday?"), or None when it asks no where-then or `when` names no day. After a
    where-then question, "and Begin at that time?" asks it of Begin."""
    other = _OTHER_THEN.match(text)
    dated = _WHERE_DATED.match(last_asked) if other is not None and last_asked else None
    if other is not None and dated is not None:
        # "Where was Pompeo then?" (unanswered, so no fact dates "then" any more) "And Begin
        # at that time?": the day the last question was asked of.
        return f"where was {other['who']} {dated['time']}?"
    day = _day_named(when) if when else None
    if day is None:
        return None
    found = _WHERE_THEN.match(text)
    if found is not None:
        return f"{found['head']} {day}{found['tail']}"
    if other is not None and _after_where_then(last_question):
        return f"where was {other['who']} {day}?"
    return None


def _after_where_then(last_question: str | None) -> bool:
    """Whether the last question asked where someone was "then" ("and Begin at that time?"
    after it asks the same of Begin)."""
    return bool(last_question) and _WHERE_THEN.match((last_question or "").strip()) is not None


def _day_named(when: str) -> str | None:
    """The time a role's answer names, as a question would put it ("On Monday, Oct. 26" →
    "on Monday", "Earlier this month (…)" → "earlier this month"), or None when it names
    none one could be placed at ("Recently", "Before his trip to South Asia")."""
    words = tokens(when)
    weekday = _WEEKDAY.search(when)
    if date_words(words) and weekday is not None:
        return f"on {weekday.group(0)}"
    period = _PERIOD.match(when)
    return period.group(0).lower() if period is not None else None


def undated_then_asked(text: str, when: str | None, last_question: str | None) -> bool:
    """Whether the question asks where someone was "then" (or "and Singh at that time?"
    after such a question) while the last answer names no day for "then" to be: "Pompeo
    held a press conference." "Where was Esper then?" (the press conference is undated)."""
    if when is not None and _day_named(when) is not None:
        return False
    if _WHERE_THEN.match(text) is not None:
        return True
    return _OTHER_THEN.match(text) is not None and _after_where_then(last_question)
