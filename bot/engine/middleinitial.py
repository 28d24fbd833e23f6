""" "Is it Mark A. Esper?": a name typed with a middle initial the article does not give.

The article names the defense secretary "Mark T. Esper". A question that types his first name
and surname around another initial ("Mark A. Esper", "was it Mark J. Esper who met Singh?")
is about a name the article never uses: its first and last name link to Esper, so without
this check the bot said Yes and took the wrong initial for the article's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.factbase.model import Entity
from bot.text import normalise

__all__ = ["WrongInitial", "initials_of", "wrong_initial", "wrong_initial_text"]


@dataclass(frozen=True)
class WrongInitial:
    """The initial typed ("a" of "Mark A. Esper") and the person the article names with
    another one."""

    typed: str
    person: Entity


def initials_of(person: Entity) -> tuple[str, str, str] | None:
    """First name, middle initial and surname of a name the article gives with an initial
    ("mark", "t", "esper" of "Mark T. Esper"); None for a name without one ("Rajnath Singh")."""
    for name in (person.name, *person.aliases):
        words = normalise(name).split()
        if len(words) == 3 and len(words[1]) == 1 and words[1].isalpha():
            return words[0], words[1], words[2]
    return None


def wrong_initial(words: list[str], people: Iterable[Entity]) -> WrongInitial | None:
    """The first wrong initial the question puts between a person's first name and surname
    ("is the defense secretary mark b esper"); None when every initial typed is the article's."""
    for person in people:
        parts = initials_of(person)
        if parts is None:
            continue
        first, initial, surname = parts
        for i in range(len(words) - 2):
            typed = words[i + 1]
            if (
                words[i] == first
                and words[i + 2] == surname
                and len(typed) == 1
                and typed.isalpha()
                and typed != initial
            ):
                return WrongInitial(typed, person)
    return None


def wrong_initial_text(wrong: WrongInitial, verdict: str) -> str:
    """ "No. The article gives the name as Mark T. Esper, not Mark A. Esper." """
    first, _, surname = normalise(wrong.person.name).split()
    typed = f"{first.capitalize()} {wrong.typed.upper()}. {surname.capitalize()}"
    return f"{verdict}. The article gives the name as {wrong.person.name}, not {typed}."
