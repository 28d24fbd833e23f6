"""What an office does, asked of an office no one in the article holds: "what does India's
foreign secretary actually do?", "what does the indian foreign minister do?", or of an
office in general: "what does a defence secretary do?".

The article tells what its people did on these days, never what an office is for. Without
this reader the title's words ("foreign", "secretary") matched the meeting's sentence and
the bot answered with Esper's meeting, as if it were the foreign secretary's work.
"""

from __future__ import annotations

from bot.engine import prefilter
from bot.engine.titles import Office, PersonTitles

__all__ = ["office_span", "unheld_office_duties"]

# "what does india's foreign secretary actually do?" (normalised: "what does india foreign
# secretary actually do"), "so what do defence ministers do", "what does a deputy
# secretary of state even do".
_DUTIES = prefilter.compile(
    r"^(?:(?:and|so|ok|okay|but) )*what (?:does|do) (?P<office>(?:[\w+-]+ ){1,6}?)"
    r"(?:actually |really |even |exactly |usually |normally |typically |generally )?do$"
)
_GENERAL = frozenset({"a", "an", "any"})


def office_span(normalised: str) -> tuple[int, int] | None:
    """The words (as indices of `normalised.split()`) naming the office whose work is
    asked: "what does india foreign secretary actually do" → (2, 5); None for any other
    question."""
    found = _DUTIES.match(normalised)
    if found is None:
        return None
    start = len(normalised[: found.start("office")].split())
    return start, start + len(found["office"].split())


def unheld_office_duties(normalised: str, titles: PersonTitles) -> bool:
    """Whether the question asks what an office does ("what does india foreign secretary
    actually do") and that office is one no one in the article holds, or is asked of in
    general ("a defense secretary"): nothing the article says answers it."""
    span = office_span(normalised)
    if span is None:
        return False
    words = normalised.split()[span[0] : span[1]]
    office = Office.of(words)
    if office.noun is None:
        return False  # "what does esper do": a person, not an office
    if words[0] in _GENERAL:
        return True
    if not office.departments:
        return False  # "what does the secretary do": whose office is unclear
    return not any(
        office.departments <= held.departments and office.deputy == held.deputy
        for held in titles.held.values()
    )
