"""Questions of several parts: each part answered, and answered by its own fact."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "Who went to Tokyo, who went to Delhi, and who went to South Asia?",
        "who visited Tokyo, who visited New Delhi and who travelled to south asia?",
        "who was at the tokyo talks and who went on a trip to south asia?",
    ],
)
def test_a_part_answered_by_another_fact_is_kept(engine: Engine, question: str) -> None:
    """ "Secretary Pompeo" (his South Asia trip, ¶6) is not dropped as already said inside
    "Esper and Secretary Pompeo" (the Tokyo talks, ¶8)."""
    answer = ask(engine, question)
    assert answer.text.endswith("; Secretary Pompeo")
    assert any("trip to South Asia" in q.text for q in answer.quotes)
