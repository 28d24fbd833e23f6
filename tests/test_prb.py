"""Closing set, plain wh-questions and keyword queries: relations asked as friendship, "getting
on" or "becoming good", and the full form of a short name the article never uses."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "so is the US friendly with China these days?",
        "but are India and China friends?",
        "Are India and China getting on?",
        "do India and China get on well?",
        "Is the US getting on with China?",
        "Is the relationship of US and China becoming good?",
        "are US-China ties turning friendlier?",
        "is the india-china relation getting good?",
    ],
)
def test_china_relations_asked_as_friendship_get_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and answer.text.startswith("No.")
    assert "deteriorating sharply" in answer.text


@pytest.mark.parametrize(
    "question",
    ["Are US-India relations becoming worse?", "are us-india relations becoming bad?"],
)
def test_us_india_relations_becoming_bad_get_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and answer.text.startswith("No.")


@pytest.mark.parametrize(
    "question",
    ["what does Quad stand for?", "Quad stands for?", "Quad full form", "the Quad's full name?"],
)
def test_a_short_name_the_article_never_uses_is_not_expanded(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("BECA full form", "Basic Exchange and Cooperation Agreement"),
        ("whats BECA stand for?", "Basic Exchange and Cooperation Agreement"),
        ("DOD full form", "Department of Defense"),
        ("What does DOD stand for?", "Department of Defense"),
    ],
)
def test_a_short_name_spelling_out_a_name_is_expanded(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text
