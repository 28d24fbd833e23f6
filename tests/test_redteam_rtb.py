"""Questions an eighth red-team review found answered about the wrong person: someone
described by a clause ("the person Esper met", "the man who met Esper") read as the one
the clause names, follow-ups that drift to another person or event, "anyone else" questions
and wrong attributions."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("The person Esper met — what's his full name?", "Rajnath Singh"),
        ("The guy Esper met — what is his name?", "Rajnath Singh"),
        ("the minister Esper met: what was his name?", "Rajnath Singh"),
        ("The person Esper met in New Delhi — full name please.", "Rajnath Singh"),
        ("The guy Esper met — his name?", "Rajnath Singh"),
        ("The minister who met Esper — name?", "Rajnath Singh"),
        ("The man Singh met — what is his full name?", "Mark T. Esper"),
        ("The man who met Singh — what's his full name?", "Mark T. Esper"),
        ("Who was Esper's counterpart at the meeting — full name?", "Rajnath Singh"),
        ("Who did Esper meet? Full name.", "Rajnath Singh"),
        ("who hosted Esper, full name please", "Rajnath Singh"),
    ],
)
def test_someone_described_by_a_clause_is_not_the_one_it_names(
    engine: Engine, question: str, name: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and answer.text.startswith(name)


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("The man Esper met, what is his title?", "Defense Minister"),
        ("The man who met Esper, what is his title?", "Defense Minister"),
    ],
)
def test_the_title_of_someone_described_is_his(engine: Engine, question: str, title: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and title in answer.text and "Secretary" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "The man who met Esper — what is his first name?",
        "The man Singh met: first name?",
    ],
)
def test_a_name_of_someone_described_is_never_the_named_one(engine: Engine, question: str) -> None:
    """Rajnath or Mark, or an abstention; never the first name of the one the clause names."""
    answer = ask(engine, question)
    named = "Mark" if "Esper" in question else "Rajnath"
    assert answer.abstained or not answer.text.startswith(named)


@pytest.mark.parametrize(
    "question",
    [
        "Which person is the Secretary of Defense?",
        "Which person is the U.S. Secretary of Defense?",
        "which man was the Secretary of Defense?",
        "who heads the pentagon",
        "who leads the US Department of Defense?",
    ],
)
def test_the_secretary_of_defense_and_head_of_the_dod_is_esper(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and answer.text.startswith("Mark T. Esper")
    assert "Singh" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "The department that issued the statement — who heads it?",
        "who heads the Indian defense ministry?",
        "who heads the defense ministry?",
        "who runs the State Department?",
        "who heads the Australian Department of Defense?",
    ],
)
def test_a_head_the_article_never_names_is_not_the_defense_chiefs(
    engine: Engine, question: str
) -> None:
    """Not "the U.S. and Indian defense chiefs, Esper and Singh", read off the headline."""
    answer = ask(engine, question)
    assert answer.abstained or ("Singh" not in answer.text and "Pompeo" not in answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "Anybody from Japan named?",
        "Any Japanese officials named?",
        "Anybody from Australia named?",
        "Any Australian ministers named?",
        "Anybody from China named?",
        "Are any Chinese officials mentioned in the article?",
        "Is anyone from Japan mentioned by name?",
    ],
)
def test_anyone_named_from_a_side_with_no_one_named_is_not_the_country(
    engine: Engine, question: str
) -> None:
    """Not "Japan, host of the quadripartite talks in Tokyo": a country is no person."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Anybody from the Defense Department named?", "Esper"),
        ("Any Indian officials named?", "Singh"),
        ("anyone from India mentioned?", "Singh"),
        ("Anybody from the State Department named?", "Begin"),
    ],
)
def test_anyone_named_from_a_side_gets_its_people(engine: Engine, question: str, name: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and name in answer.text and "Department" not in answer.text
