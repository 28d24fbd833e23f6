"""Titles put on people in a question, checked against the titles the article gives them.

"Why did U.S. Secretary of State Mark Esper go to New Delhi?": the article's Esper is the
Secretary of Defense, so the question is built on a title he does not hold. "Secretary of
Defense Pompeo": the article gives Pompeo no department, but its Secretary of Defense is
Esper. Only a department ("of State", "Defense") or "deputy" can clash: "minister" and
"secretary" are loose (the article calls Singh and Esper "the two Secretaries of Defense").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.factbase.model import FactBase
from bot.text import normalise

# The words a typed title is made of: "U.S. Deputy Secretary of Defense", "Indian Foreign
# Minister", "India's defence minister" (normalised: "usa", "india", "defense").
_TITLE_SPAN_WORDS = frozenset(
    "usa us american india indian deputy secretary minister of the defense state foreign "
    "external affairs home finance commerce interior prime".split()
)
OFFICE_NOUNS = frozenset({"secretary", "minister"})
# The countries a title may open with: "India's Foreign Minister", "U.S. Secretary of State".
_COUNTRY_WORDS = frozenset("usa us american india indian".split())
_DEPARTMENTS = frozenset(
    "defense state foreign external home finance commerce interior prime".split()
)
# "Pompeo in his capacity as deputy secretary", "Esper as Secretary of State": a title after
# the name.
_AS_LEADS: tuple[tuple[str, ...], ...] = (
    ("in", "his", "capacity", "as"),
    ("in", "her", "capacity", "as"),
    ("in", "their", "capacity", "as"),
    ("acting", "as"),
    ("as",),
    # "Esper, the Secretary of State, met Singh": a title set beside the name (its commas
    # gone once normalised).
    ("the",),
)


@dataclass(frozen=True, slots=True)
class Office:
    """What a title says of an office: its department(s) and whether it is a deputy's."""

    departments: frozenset[str]
    deputy: bool
    noun: str | None

    @classmethod
    def of(cls, words: tuple[str, ...] | list[str]) -> Office:
        nouns = [w for w in words if w in OFFICE_NOUNS]
        return cls(
            departments=frozenset(w for w in words if w in _DEPARTMENTS),
            deputy="deputy" in words,
            noun=nouns[-1] if nouns else None,
        )

    def clashes_with(self, held: Office) -> bool:
        """Whether this typed title cannot be the held one: another department, or a
        deputy's for a principal's (or the other way round, once a department is named:
        "Secretary of State Begin", who is the Deputy Secretary)."""
        if not self.departments:
            return self.deputy and not held.deputy
        if not self.departments <= held.departments:
            return True
        return self.deputy != held.deputy


@dataclass(frozen=True, slots=True)
class Miscalled:
    """A person the question calls by a title the article contradicts."""

    person: str
    span: tuple[int, int]  # the title's words (in `normalise(text).split()`)
    name: tuple[int, int]  # the person's name there
    title: str  # the title as typed, for the reply: "Secretary of State"
    holder: str | None  # whose title it is in the article, when not the person's own


class PersonTitles:
    """The offices the article gives people, from the aliases it uses for them (built once)."""

    def __init__(self, factbase: FactBase) -> None:
        self.held: dict[str, Office] = {}
        holders: dict[Office, set[str]] = {}
        for entity in factbase.entities.values():
            if entity.kind != "person" or entity.members:
                continue
            for alias in entity.aliases:
                office = Office.of(normalise(alias).split())
                if office.noun is None:
                    continue
                known = self.held.get(entity.id)
                if known is None or len(office.departments) > len(known.departments):
                    self.held[entity.id] = office
                if office.departments:
                    holders.setdefault(office, set()).add(entity.id)
        # An office the article gives one person only ("Secretary of Defense": Esper).
        self.holder = {office: next(iter(who)) for office, who in holders.items() if len(who) == 1}

    def miscalled(self, words: list[str], person: str, name: tuple[int, int]) -> Miscalled | None:
        """The title typed next to the person's name at `name`, if the article contradicts
        it: "Secretary of State Mark Esper", "Pompeo in his capacity as deputy secretary"."""
        for span in (_title_before(words, name[0]), _title_after(words, name[1])):
            if span is None:
                continue
            typed = Office.of(words[span[0] : span[1]])
            found = self._clash(person, typed)
            if found is not None:
                title = _shown(words[span[0] : span[1]])
                return Miscalled(person, span, name, title, found or None)
        return None

    def _clash(self, person: str, typed: Office) -> str | None:
        """ "" when the person's own office contradicts the typed one, the holder's id when
        the article gives the typed office to someone else and the person none; else None."""
        held = self.held.get(person)
        if held is not None and held.departments:
            return "" if typed.clashes_with(held) else None
        if not typed.departments:
            return None
        holder = self.holder.get(typed) or self.holder_of(typed)
        return holder if holder is not None and holder != person else None

    def holder_of(self, typed: Office) -> str | None:
        """The one holder of the typed office whatever the noun ("Defense Minister", typed
        as "defense secretary", is Singh's only if no secretary of defense is named)."""
        found = {
            who
            for office, who in self.holder.items()
            if office.departments == typed.departments
            and office.deputy == typed.deputy
            and (typed.noun is None or office.noun == typed.noun)
        }
        return next(iter(found)) if len(found) == 1 else None


def _title_before(words: list[str], start: int) -> tuple[int, int] | None:
    """ "… secretary of state mark esper": the title words right before the name."""
    at = start
    while at > 0 and words[at - 1] in _TITLE_SPAN_WORDS:
        at -= 1
    while at < start and words[at] in ("the", "of"):
        at += 1
    span = words[at:start]
    return (at, start) if any(w in OFFICE_NOUNS for w in span) else None


def _title_after(words: list[str], end: int) -> tuple[int, int] | None:
    """ "pompeo in his capacity as deputy secretary of state": the title after "as"."""
    lead = next((lead for lead in _AS_LEADS if tuple(words[end : end + len(lead)]) == lead), None)
    if lead is None and words[end : end + 1] and words[end] in _COUNTRY_WORDS:
        # "Singh, India's Foreign Minister, hosted Esper": a title set beside the name with
        # its country for an article ("singh india foreign minister" once normalised).
        lead = ()
    if lead is None:
        # "Did Pompeo recently visit New Delhi in his capacity as deputy secretary of
        # state?": that phrase puts its title on the one who did it, wherever it stands.
        end = next(
            (
                i
                for i in range(end, len(words) - 3)
                if words[i] == "in" and words[i + 2 : i + 4] == ["capacity", "as"]
            ),
            -1,
        )
        if end < 0:
            return None
        lead = tuple(words[end : end + 4])
    at = stop = end + len(lead)
    while stop < len(words) and words[stop] in _TITLE_SPAN_WORDS:
        stop += 1
    while stop > at and words[stop - 1] in ("the", "of"):
        stop -= 1
    span = words[at:stop]
    return (end, stop) if any(w in OFFICE_NOUNS for w in span) else None


def title_dropped(text: str, title: str) -> str | None:
    """The text without the title typed for someone (`title` as `_shown` puts it), with the
    commas setting it off: "Begin, the Deputy Secretary of Defense, visited New Delhi." →
    "Begin visited New Delhi."; "Singh, India's Foreign Minister, hosted Esper." → "Singh
    hosted Esper."; None when the title is not found as typed."""
    words = [
        r"(?:U\.?S\.?A?\.?|United States)" if word == "U.S." else rf"{re.escape(word)}(?:['’]s)?"
        for word in title.split()
    ]
    typed = r"\s+".join(words)
    found = re.search(
        rf"(?P<open>,\s*)?\b(?:the\s+)?{typed}\b(?P<close>\s*,)?", text, re.IGNORECASE
    )
    if found is None:
        return None
    joint = " " if found["open"] is None or found["close"] is not None else ""
    return " ".join(f"{text[: found.start()]}{joint}{text[found.end() :]}".split())


def _shown(words: list[str]) -> str:
    """The title as a reply shows it: "Deputy Secretary of State", "U.S. Secretary of
    Defense"."""
    shown: list[str] = []
    for word in words:
        if word in ("the", "a", "an") and not shown:
            continue
        if word in ("in", "his", "her", "their", "capacity", "as", "acting"):
            continue
        shown.append("U.S." if word in ("usa", "us") else word if word == "of" else word.title())
    if len(shown) > 1 and shown[0] == "India":
        shown[0] = "India's"  # "India's Foreign Minister", its "'s" gone once normalised
    return " ".join(shown)
