"""Vocatives, politeness and chatty wrappers around a plain question: said to the bot, not
asked of the article, so the plain question's answer comes back."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "Who is Esper, sweetie?",
        "Mate, who is Mark Esper?",
        "Who is Mark Esper, my friend?",
        "Please, who is Mark Esper?",
        "I wonder who Mark Esper is?",
    ],
)
def test_vocative_around_who_is(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert "Secretary of Defense" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Where did Esper and Singh meet, darling?",
        "Where did Esper and Singh meet, sir? Thank you.",
        "Where did Esper and Singh meet, if you would?",
        "Where did Esper and Singh meet? Please tell me.",
        "Pal - where did Esper and Singh meet?",
    ],
)
def test_politeness_around_where(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert "New Delhi" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What is this BECA thing, darling?",
        "What's that BECA stuff, pal?",
        "what is this beca thing?",
    ],
)
def test_this_thing_is_the_thing(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert "Basic Exchange and Cooperation Agreement" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did that Pompeo chap go to Tokyo?",
        "Did that Pompeo fellow go to Tokyo, dear?",
        "Was the Pompeo man in Tokyo too?",
        "Did this Pompeo guy take part in the Tokyo talks, love?",
    ],
)
def test_that_name_fellow_is_the_person(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    ["got it, thanks", "Thank you, that will be all.", "cheers mate", "thanks, love"],
)
def test_thanks_alone_stays_thanks(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


def test_side_person_is_not_a_name(engine: Engine) -> None:
    # "the Indian gentleman" is Singh by side, not a person called "Indian".
    answer = ask(engine, "Who was the Indian gentleman Esper met, dear?")
    assert "Singh" in answer.text


def test_vocative_unknown_stays_abstained(engine: Engine) -> None:
    assert ask(engine, "What's the capital of Australia, love?").abstained
    assert ask(engine, "How old is that Esper fellow, dear?").abstained
