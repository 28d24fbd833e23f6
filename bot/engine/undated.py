"""The date of a report the article gives no date for: "what was the date of the statement?",
"when was the DOD statement released?", "did the statement come out on Oct. 26?".

The Defense Department's statement reports the meeting of Monday, Oct. 26, and its facts
carry that meeting's day as their `when`; the statement itself is never dated, so its date
is asked of nothing the article says (the meeting's day is no answer to it).
"""

from __future__ import annotations

import re

from bot.engine import prefilter

__all__ = ["REPORT_DATE_ASKED", "REPORT_UNDATED"]

# The report, as a normalised question names it: "the dod statement", "the pentagon
# statement", "the usa department of defense statement", "its statement".
_REPORT = (
    r"(?:(?:the|its|their|that|this|a) )?"
    r"(?:(?:usa |us )?(?:dod|pentagon|defense department|department of defense|defense ministry)"
    r"(?: s)? )?(?:statement|readout|press release|communique)"
)
_ISSUED = (
    r"(?:released|issued|published|put out|made|sent out|sent|dated|come out|came out|go out"
    r"|went out|out|release|issue|publish|put|make|send|date)"
)
_ASK_DATE = (
    r"(?:when|on what (?:date|day)|what (?:date|day)|which (?:date|day)"
    r"|what (?:is|was) the (?:date|day))"
)
# A day or date put to the report: "on monday", "on oct 26", "in october", "the same day".
_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|oct|october|november|nov"
    r"|september|sept?|\d{1,2}(?:st|nd|rd|th)?|same day|day of the meeting|that day|weekend)"
)
REPORT_DATE_ASKED = prefilter.compile(
    # "when was the dod statement released", "what was the date of the statement",
    # "what is the date on the pentagon statement", "statement date"
    rf"^(?:(?:so|and|ok) )?(?:{_ASK_DATE} (?:(?:was|is|did|were) )?(?:of |on |for )?{_REPORT}"
    rf"(?: {_ISSUED})?(?: by the \w+(?: \w+)?)?"
    # "when did the defense department issue its statement"
    rf"|{_ASK_DATE} (?:did|was) (?:the )?(?:usa |us )?(?:dod|pentagon|defense department"
    rf"|department of defense) (?:{_ISSUED}) {_REPORT}"
    rf"|{_REPORT} (?:date|dated when|release date)"
    # a form's field: "date of statement:", "release date of the dod statement",
    # "statement issued on:"
    rf"|(?:the )?(?:date|day|release date|issue date) (?:of|on|for) {_REPORT}(?: {_ISSUED})?"
    rf"|{_REPORT} (?:{_ISSUED}) (?:on|when))\s*$"
    # "was the statement issued on monday", "did the dod statement come out on oct 26"
    # "is it true that the dod statement came out on oct 26"
    rf"|^(?:(?:is it true|is it correct|is it the case) (?:that )?)?(?:(?:was|did|is) )?"
    rf"{_REPORT} (?:(?:was|is) )?(?:{_ISSUED})(?: on| in)? (?:the )?{_DAY}(?: \w+){{0,2}}$",
    re.IGNORECASE,
)
REPORT_UNDATED = (
    "The article doesn't say when the statement was issued: Monday, Oct. 26 is the date of "
    "the meeting it reports, not of the statement."
)
