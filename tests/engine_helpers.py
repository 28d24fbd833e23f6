"""Asking the engine as a user does, for the tests of its answers."""

from __future__ import annotations

from bot.engine.answer import Answer
from bot.engine.context import Context
from bot.engine.engine import Engine


def ask(engine: Engine, *questions: str) -> Answer:
    """The answer to the last question, each asked in the context the one before left."""
    context = Context()
    answer = None
    for question in questions:
        answer = engine.answer(question, context)
        context = answer.context
    assert answer is not None
    return answer
