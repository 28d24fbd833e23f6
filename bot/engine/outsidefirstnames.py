""" "Did Michael Pompeo go to Tokyo?": a first name only the maintainers know.

The article calls Pompeo only "Secretary Pompeo"; "Mike Pompeo" and "Michael Pompeo" are
maintainer aliases, there so the name links. A Yes to "did Michael Pompeo go to Tokyo?" would
take that first name as the article's, so the question is answered with the names the article
does give instead ("is Mike Pompeo the one at the Tokyo talks?", "was it Michael Pompeo who
spoke at the State Department?").
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.engine.index import term
from bot.engine.question import Linked, Parsed
from bot.factbase.model import Entity
from bot.text import normalise

__all__ = ["first_name_from_outside", "outside_first_name_text"]


def _article_gives_a_first_name(person: Entity, title_terms: frozenset[str]) -> bool:
    """Whether a name the article uses has a first name before the surname ("Mark T. Esper"),
    not only a title ("Secretary Pompeo")."""
    return any(
        len(words := normalise(name).split()) >= 2 and term(words[0]) not in title_terms
        for name in (person.name, *person.aliases)
    )


def first_name_from_outside(
    parsed: Parsed,
    people: Iterable[tuple[Linked, Entity]],
    title_terms: frozenset[str],
) -> tuple[str, Entity] | None:
    """The first name typed and the person, when the question names someone by a first name
    and surname ("michael pompeo") and the article gives that person no first name at all."""
    for link, person in people:
        words = parsed.words[link.start : link.end] if link.start >= 0 else []
        surname = normalise(person.name).split()[-1:]
        if (
            len(words) >= 2
            and words[-1:] == surname
            and term(words[0]) not in title_terms
            and not _article_gives_a_first_name(person, title_terms)
        ):
            return words[0], person
    return None


def outside_first_name_text(typed: str, person: Entity) -> str:
    """ "The article doesn't give Pompeo's first name: it calls him only “Secretary Pompeo”,
    so it doesn't say that of a Michael Pompeo." """
    surname = person.name.split()[-1]
    return (
        f"The article doesn't give {surname}'s first name: it names only “{person.name}”, "
        f"so it never says this of {typed.capitalize()} {surname}."
    )
