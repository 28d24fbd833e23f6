"""Lists and sources: what a body that only reported something did."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.factbase.compiler import load_factbase

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_factbase(ROOT / "facts", ROOT / "seeds"))


@pytest.mark.parametrize(
    "question",
    [
        "what did the DOD do?",
        "what did the Defense Department do?",
        "what did the Pentagon do?",
        "what has the DoD done?",
        "what did the U.S. Department of Defense do?",
    ],
)
def test_what_a_reporting_body_did_is_its_statement(engine: Engine, question: str) -> None:
    answer = engine.answer(question)
    assert answer.abstained or "statement" in answer.text.lower()
    assert "Basic Exchange" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "list all the dates",
        "what are all the dates in the article?",
        "which dates does the article mention?",
        "list the meetings Esper attended",
        "name all the meetings Esper took part in",
        "what are all the talks esper went to?",
    ],
)
def test_every_occasion_or_date_asked_at_once_abstains(engine: Engine, question: str) -> None:
    # No one fact lists them; one of them given as the list would be false.
    assert engine.answer(question).abstained
