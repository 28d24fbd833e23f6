"""Leftover open items: quotation checks framed by the article, and the like."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "is pompeo quoted in the article?",
        "was Pompeo quoted in the piece?",
        "is Pompeo quoted anywhere in the story?",
    ],
)
def test_quoted_in_the_article_keeps_quoted_yes(engine: Engine, question: str) -> None:
    # "in the article" went with "quoted", leaving "is pompeo": a Yes from who he is.
    answer = ask(engine, question)
    assert answer.text.startswith("Yes. The article quotes"), question
    assert answer.quote is not None and "press conference" in answer.quote.text


@pytest.mark.parametrize(
    "question",
    [
        "was esper ever quoted in the story?",
        "is Esper quoted in this article?",
        "does the story quote Singh?",
        "is singh quoted by the article?",
    ],
)
def test_quoted_in_the_article_keeps_quoted_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No. The article quotes no words of"), question
