"""Kinds asked of ("what kind of agreement…?"), and other classes of question whose
answer is one the article gives, or none."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "what kind of agreement is the BECA?",
        "what sort of agreement is BECA?",
        "BECA is what kind of agreement?",
        "what type of agreement was reached during the visit?",
    ],
)
def test_the_kind_of_an_agreement_is_the_one_its_sentence_names(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "basic agreement" in answer.text.lower()
    assert "appreciation" not in answer.text.lower()


@pytest.mark.parametrize(
    "question",
    [
        "what kind of meeting did Esper and Pompeo attend in Tokyo?",
        "what sort of meeting took place in japan?",
        "what kind of talks were held in Tokyo?",
    ],
)
def test_the_kind_of_a_meeting_may_be_told_as_talks(engine: Engine, question: str) -> None:
    assert "quadripartite talks" in ask(engine, question).text.lower()
