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
