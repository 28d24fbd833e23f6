"""Claims put to the bot that it must check part by part, or not answer at all."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "was esper in india and singh in the us?",
        "is esper in india and singh in the us",
        "was esper in delhi on tuesday and singh in delhi?",
        "were esper in new delhi and singh in the united states?",
    ],
)
def test_two_whereabouts_one_wrong_is_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert answer.text.startswith("No")
    assert answer.quotes


@pytest.mark.parametrize(
    "question",
    ["was esper in delhi and pompeo in tokyo?", "was esper in india and singh in delhi?"],
)
def test_two_whereabouts_both_right_is_yes(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert answer.quotes


def test_two_whereabouts_one_unsaid_is_no_yes(engine: Engine) -> None:
    # The article never puts Singh in Tokyo: Esper's half holds, the whole is not borne out.
    answer = ask(engine, "was esper in delhi and singh in tokyo?")
    assert not answer.text.startswith("Yes")
