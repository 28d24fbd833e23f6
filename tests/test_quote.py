"""A quote and wording checker's questions: whose words, where they stand, which wording."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("In the statement, what did Esper and Singh praise?", "strength"),
        ("In the Pentagon's statement, who did Esper meet?", "Singh"),
        ("from the DoD statement, what did the two sides agree on?", "Basic Exchange"),
        ("in its statement, why are they expanding information sharing?", "security challenges"),
        ("in the DoD's statement, what did the two men praise?", "strength"),
    ],
)
def test_a_statement_named_first_is_the_source_not_the_question(
    engine: Engine, question: str, expected: str
) -> None:
    """ "In the Defence Department statement, what…?" is asked as "what…, according to the
    statement?", not as a question about the statement itself."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text
    assert not answer.text.startswith("A statement from")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "cooperation between the two militaries - is that the statement's wording or the"
            " headline's?",
            "The statement's",
        ),
        ("is 'mutual engagement on logistics' the headline's wording or the statement's?", "¶2"),
        ("'two services' - headline or body?", "The headline's"),
        ("deepening cooperation: the headline's words or the statement's?", "Both"),
        ("is 'thwart' in the headline or the article?", "Not the headline's"),
    ],
)
def test_headline_or_other_wording_says_where_the_words_stand(
    engine: Engine, question: str, expected: str
) -> None:
    """Either the headline's words or another place's: read from where they stand, never the
    headline given as the answer to any question naming it."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text


def test_writers_own_words_are_not_called_the_statements(engine: Engine) -> None:
    """ "does not explicitly mention China" is the writer's sentence about the statement."""
    answer = ask(engine, "'the threat posed by China' - headline's wording or the statement's?")
    assert "The statement's" not in answer.text
