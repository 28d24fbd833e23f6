"""A user's own claim put up to be checked for an error: "Esper met Singh on Tuesday Oct 26.
Any error?", "Am I wrong that the Tokyo talks were trilateral?", "Is there a mistake in:
'Begin is the Deputy Secretary of State'?", "…. Is anything off?".

The yes or no such a check asks for is about the user's error, not about the claim: a claim
the article bears out gets "No, that's right", one it contradicts "Yes" with what the article
says instead. The claim is asked as "is it true that …?", whose careful reading decides it,
and the verdict is then said the other way round; any answer but a plain Yes or No (the
article neither bears the claim out nor contradicts it) is no verdict on an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine import prefilter

__all__ = ["ErrorCheck", "error_check_asked"]

_ERROR = r"(?:errors?|mistakes?|inaccurac(?:y|ies)|problems?|issues?)"
_WRONG = r"(?:off|wrong|incorrect|inaccurate|mistaken|amiss)"
_THAT = r"(?:that|this|it|there|here|the above)"
# "…. Any error?", "…. Is anything off?", "…. Any mistake in that?", "…. Did I get anything
# wrong?", "…. Am I wrong?": the check put after the claim.
_AFTER = prefilter.compile(
    r"^(?P<claim>.+?)\s*(?:[.!?;,:]+|\s[-–—]+)\s*(?:so\s*,?\s*)?"
    rf"(?:(?:are there |is there |were there |was there )?(?:any|an?) {_ERROR}"
    rf"|(?:is |was )?(?:there )?(?:anything|something) {_WRONG}"
    rf"|(?:did|do|have) i (?:get|got|make|made) (?:anything|something|any {_ERROR}|an? {_ERROR})"
    r"(?: wrong)?"
    r"|(?:am|was) i (?:wrong|mistaken|incorrect))"
    rf"(?: (?:in|with|about) {_THAT}| there| here)?(?: at all)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "Am I wrong that…?", "Was I wrong to say…?", "Is there an error in: …?", "Anything wrong
# with this: …?": the check put before the claim.
_BEFORE = prefilter.compile(
    r"^\s*(?:(?:am|was) i (?:wrong|mistaken|incorrect)"
    r"(?: (?:that|to (?:say|think|believe|claim)(?: that)?|in (?:saying|thinking|believing)"
    r"(?: that)?))?"
    rf"|(?:is there|are there|(?:do|can) you (?:see|spot|find)) (?:an?|any) {_ERROR} (?:in|with)"
    r"(?: (?:this|that|the following|my (?:claim|statement|sentence|line)))?"
    rf"|(?:is there )?(?:anything|something) {_WRONG} (?:in|with|about)"
    r"(?: (?:this|that|the following|my (?:claim|statement|sentence|line)))?"
    rf"|any {_ERROR} in(?: (?:this|that|the following))?)"
    r"\s*[:,-]?\s*(?P<claim>.+?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_QUOTES = "'\"‘’“”"
# A claim that asks a question itself is no claim: "Who met Singh? Any error?" is not read.
_QUESTION_WORDS = frozenset("who whom whose what which when where why how".split())


@dataclass(frozen=True)
class ErrorCheck:
    """The question a check of the user's claim asks, and how its verdict is said."""

    question: str

    @staticmethod
    def verdict_said(text: str) -> str | None:
        """The answer to "is it true that …?" said as the check asks: "Yes." (the claim
        holds) becomes "No, that's right.", "No." becomes "Yes: the article says otherwise.";
        None when the answer is no plain Yes or No (a "Not that the article says", a
        "Partly"), which tells of no error either way."""
        for said, turned in (
            ("Yes", "No, that's right."),
            ("True", "No, that's right."),
            ("No", "Yes: the article says otherwise."),
            ("False", "Yes: the article says otherwise."),
        ):
            if text.startswith(f"{said}.") or text.startswith(f"{said}:"):
                rest = text[len(said) + 1 :].strip()
                return f"{turned} {rest}".strip()
        return None


def _unquoted(claim: str) -> str:
    """The claim without the quotation marks around it ("Is there an error in: 'Esper met
    Singh in Tokyo'?"); quoted words inside it are kept."""
    stripped = claim.strip().rstrip(".!?").strip()
    if len(stripped) > 2 and stripped[0] in _QUOTES and stripped[-1] in _QUOTES:
        inner = stripped[1:-1].strip().rstrip(".!?")
        if not any(mark in inner for mark in _QUOTES[1:]):
            return inner
    return stripped


def error_check_asked(text: str) -> ErrorCheck | None:
    """ "Esper met Singh on Tuesday. Any error?" → "is it true that Esper met Singh on
    Tuesday?", its verdict said of the error; None for any other question."""
    found = _BEFORE.match(text) or _AFTER.match(text)
    if found is None:
        return None
    claim = _unquoted(found["claim"])
    words = claim.lower().split()
    if len(words) < 2 or words[0] in _QUESTION_WORDS or claim.endswith("?"):
        return None
    return ErrorCheck(f"is it true that {claim}?")
