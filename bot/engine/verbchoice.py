"""Two deeds offered for one thing, asked with "did": "Did they agree on it, or merely
discuss it?", "did the two sides agree on the BECA or just discuss it?". Asked as "was it
agreed or discussed?", each deed is weighed as an option and the one the article bears out
is named ("Agreed." with the BECA sentence; "Discussed." of China, in Pompeo's words); read
as two clauses, the answer gave the statement without saying which, and "just discuss it"
was read as a noun option."""

from __future__ import annotations

import re

# The deeds an agreement or a topic is put through, with their past forms: only those the
# article tells of (agreeing, discussing).
_PAST = {
    "agree": "agreed",
    "discuss": "discussed",
    "talk about": "talked about",
    "debate": "debated",
}
# (Not "sign": "was it signed or discussed?" is read as a Yes to the signing the article
# never tells of, so "did they sign it or discuss it?" is left to the two-clause reading.)
_VERB = "|".join(sorted(_PAST, key=len, reverse=True))
_DEEDS_OFFERED = re.compile(
    r"^(?:(?:so|and|but|ok|okay)\s*,?\s+)?did\s+(?:they|the two(?: sides| men| countries)?"
    r"|both sides|esper and singh|the us and india|the u\.s\. and india)\s+"
    rf"(?P<first>{_VERB})(?:\s+(?:on|to|upon|over))?\s+(?P<thing>[\w.+' -]+?)\s*,?\s+or\s+"
    r"(?:did they\s+)?(?:merely|just|only|simply|rather|instead)?\s*"
    rf"(?P<second>{_VERB})(?:\s+(?:on|to|upon|over|about))?\s+(?:it|them|that|(?P=thing))"
    r"\s*\??\s*$",
    re.IGNORECASE,
)


def deeds_offered_as_options(question: str) -> str | None:
    """ "Did they agree on it, or merely discuss it?" → "was it agreed or discussed?";
    None when no two deeds are offered for one thing."""
    found = _DEEDS_OFFERED.match(question.strip())
    if found is None:
        return None
    first, second = found["first"].lower(), found["second"].lower()
    if first == second:
        return None
    return f"was {found['thing']} {_PAST[first]} or {_PAST[second]}?"
