"""Conversation follow-ups a red-team review found drifting to another person or event: a
yes-or-no question that names someone and claims nothing of him ("did Pompeo?") got "Yes"
from any fact naming him, whatever the conversation was about."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "turns",
    [
        ("Tell me about the agreement.", "who expressed appreciation for it?", "did Pompeo?"),
        ("Who praised the relationship?", "did Begin?"),
        ("Who praised the relationship?", "did Begin?", "and Pompeo?"),
        ("Who took part in the Tokyo talks?", "what about Singh?", "and Begin?"),
        ("Esper and Singh met on Monday", "and Pompeo was there"),
        ("Esper and Singh met on Monday", "and Begin was too"),
        ("did Pompeo?",),
        ("was Begin?",),
    ],
)
def test_a_name_with_nothing_claimed_of_it_gets_no_yes(
    engine: Engine, turns: tuple[str, ...]
) -> None:
    answer = ask(engine, *turns)
    assert not answer.text.startswith("Yes")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("Who praised the relationship?", "did Esper?"), "Yes"),
        (("Tell me about the agreement.", "who expressed appreciation?", "did Singh?"), "Yes"),
        (("did pompeo talk about china?",), "Yes"),
        (("Is Rajnath Singh India's defense minister?",), "Yes"),
    ],
)
def test_a_name_with_a_claim_still_answers(
    engine: Engine, turns: tuple[str, ...], expected: str
) -> None:
    assert ask(engine, *turns).text.startswith(expected)
