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

__all__ = [
    "first_name_from_outside",
    "outside_first_name_text",
    "outside_full_name",
    "outside_full_name_text",
]


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


def outside_full_name(
    parsed: Parsed,
    people: Iterable[tuple[Linked, Entity]],
    title_terms: frozenset[str],
) -> tuple[str, Entity] | None:
    """The maintainers' name typed and the person, when the question names someone the
    article gives no first name by a first name and surname the article never writes: "is
    Begin Stephen Biegun?", "is it Stephen E. Biegun who visited New Delhi?" (the article
    says only "Deputy Secretary of State Begin"), or by their surname as the article spells
    it and as it does not ("is Begin Biegun?"); the alias as the maintainers write it."""
    people = list(people)
    for link, person in people:
        if _first_name_before_surname(person, title_terms):
            continue
        # "Is Begin the same as Biegun?": a surname of the maintainers' only, put to the
        # article's own name for the same person.
        named_twice = sum(1 for _, other in people if other.id == person.id) > 1
        typed = normalise(link.text)
        for alias in person.maintainer_aliases:
            words = normalise(alias).split()
            if (
                " ".join(words) == typed
                and (len(words) >= 2 or named_twice)
                and not any(term(word) in title_terms for word in words)
            ):
                return alias, person
    return None


def _first_name_before_surname(person: Entity, title_terms: frozenset[str]) -> bool:
    """Whether a name the article uses puts a first name before the surname ("Mark T.
    Esper"); a title alone ("Deputy Secretary of State Begin") or a title with no surname
    ("U.S. Deputy Secretary of State") gives none."""
    surname = normalise(person.name).split()[-1:]
    return any(
        len(words := normalise(name).split()) >= 2
        and words[-1:] == surname
        and term(words[0]) not in title_terms
        for name in (person.name, *person.aliases)
    )


def outside_full_name_text(alias: str, person: Entity) -> str:
    """ "The article never writes “Stephen E. Biegun”: it calls him only “Deputy Secretary
    of State Begin” and gives no first name." """
    surname = person.name.split()[-1]
    called = max(
        (name for name in (person.name, *person.aliases) if name.split()[-1:] == [surname]),
        key=len,
    )
    return (
        f"The article never writes “{alias}”: it calls {surname} only “{called}” "
        "and gives no first name."
    )
