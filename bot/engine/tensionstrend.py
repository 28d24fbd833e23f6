"""Tensions told as a trend: "are tensions with China growing?", "as China tensions rise",
"amid mounting tensions with Beijing". Tensions that grow are relations that worsen, but
the trend words alone read "growing" as ties that improve, so "are tensions with China
growing?" got No from "U.S.-China and India-China relations are deteriorating sharply".
Said as relations, the claim is checked the way round it means."""

from __future__ import annotations

import re

from bot.engine import prefilter

__all__ = ["tensions_as_relations"]

_STRAIN = r"(?:tensions?|friction|hostility|hostilities|animosity)"
_RISE = (
    r"(?:rise|rises|rising|rose|risen|grow|grows|growing|grew|grown|mount|mounts|mounting"
    r"|mounted|escalate|escalates|escalating|escalated|increase|increases|increasing|increased"
    r"|worsen|worsens|worsening|worsened|intensify|intensifies|intensifying|intensified"
    r"|heat up|heats up|heating up|heated up|flare|flares|flaring|flared)"
)
_EASE = (
    r"(?:ease|eases|easing|eased|fall|falls|falling|fell|fallen|decrease|decreases|decreasing"
    r"|decreased|subside|subsides|subsiding|subsided|calm|calms|calming|calmed|lessen|lessens"
    r"|lessening|lessened|diminish|diminishes|diminishing|diminished|drop|drops|dropping"
    r"|dropped|de-escalate|de-escalates|de-escalating|de-escalated|defuse|defused|thaw|thaws"
    r"|thawing|thawed)"
)
_WITH = r"(?: (?:with|between|among|involving|over) [\w.'’-]+(?: and [\w.'’-]+)?)?"
_BE = r"(?: (?:are|is|were|was|have been|has been|have|has|had|keep|kept|continue to))?"
_PACE = r"(?: (?:rapidly|quickly|fast|sharply|steeply|slowly|gradually|steadily|dramatically))?"

# "China tensions rise", "tensions with China are growing", "tensions have eased": the
# strain named first, its course after.
_STRAIN_THEN_COURSE = prefilter.compile(
    rf"\b(?P<strain>{_STRAIN}{_WITH}){_BE}{_PACE} (?:(?P<rise>{_RISE})|(?P<ease>{_EASE}))\b",
    re.IGNORECASE,
)
# "rising tensions with China", "easing friction with Beijing": its course first.
_COURSE_THEN_STRAIN = prefilter.compile(
    rf"\b(?:(?P<rise>rising|growing|mounting|escalating|increasing|worsening|heightened"
    rf"|increased|intensifying)|(?P<ease>easing|falling|decreasing|subsiding|lessening"
    rf"|diminishing|reduced|thawing)) (?P<strain>{_STRAIN}{_WITH})\b",
    re.IGNORECASE,
)
_STRAIN_WORD = re.compile(rf"\b{_STRAIN}\b", re.IGNORECASE)
_PAST_FORMS = frozenset("rose risen grew grown fell fallen".split())


def _as_relations(strain: str) -> str:
    """ "tensions with China" → "relations with China"."""
    return _STRAIN_WORD.sub("relations", strain, count=1)


def _course(verb: str, worse: bool) -> str:
    """The relations' course in the form of the tensions' verb, so the sentence still
    reads: "rising" → "deteriorating", "rose"/"eased" → "deteriorated"/"improved",
    "rises" → "deteriorates", "rise" → "deteriorate"."""
    last = verb.lower().split()[0]
    stem = "deteriorat" if worse else "improv"
    if last.endswith("ing"):
        return f"{stem}ing"
    if last.endswith("ed") or last in _PAST_FORMS:
        return f"{stem}ed"
    if last.endswith("s") and not last.endswith("ss"):
        return f"{stem}es"
    return f"{stem}e"


def _strain_then_course(found: re.Match[str]) -> str:
    verb = found["rise"] or found["ease"]
    told = found.group(0)
    kept = told[len(found["strain"]) : told.rindex(verb)]  # "are", "have been", " sharply"
    return f"{_as_relations(found['strain'])}{kept}{_course(verb, bool(found['rise']))}"


def _course_then_strain(found: re.Match[str]) -> str:
    course = "deteriorating" if found["rise"] else "improving"
    return f"{course} {_as_relations(found['strain'])}"


def tensions_as_relations(text: str) -> str:
    """ "Are tensions with China growing?" → "Are relations with China deteriorating?";
    "…amid easing tensions with Beijing" → "…amid improving relations with Beijing"."""
    if _STRAIN_WORD.search(text) is None:
        return text
    text = _STRAIN_THEN_COURSE.sub(_strain_then_course, text)
    return _COURSE_THEN_STRAIN.sub(_course_then_strain, text)
