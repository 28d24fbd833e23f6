"""Questions a seventeenth red-team review found answered falsely: a people of one country
asked of as quoted ("is anyone from India quoted?" got Yes; the article quotes no Indian)."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "is anyone from India quoted?",
        "is any Indian official quoted?",
        "are any Indians quoted in the article?",
        "Does the article quote any Indian officials?",
        "is anybody from the Indian side quoted?",
    ],
)
def test_no_indian_is_quoted(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No. The article quotes no Indian")


@pytest.mark.parametrize(
    "question",
    [
        "which Indians are quoted?",
        "which Indian officials are quoted?",
        "who from India is quoted?",
    ],
)
def test_which_indians_are_quoted_is_none(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("None.")
    assert "Singh" not in answer.text


@pytest.mark.parametrize(
    "question", ["which Americans are quoted?", "which US officials are quoted?"]
)
def test_which_americans_are_quoted_leaves_out_esper_and_begin(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "Pompeo" in answer.text
    assert "Esper" not in answer.text
    assert "Begin" not in answer.text
