"""Bare statements and fragments in conversations: a lead naming only the part asked about
before a whole question ("same for the date. Confirm it was Oct. 27.")."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask

_FRIDAY = "Confirm Esper met Singh on a Friday."


@pytest.mark.parametrize(
    ("follow_up", "verdict"),
    [
        ("same for the date. Confirm it was Oct. 27.", "No"),
        ("now the date. Confirm it was Oct. 27.", "No"),
        ("likewise for the date: confirm it was Oct. 26.", "Yes"),
        ("as for the place. Confirm they met in New Delhi.", "Yes"),
        ("now for the weekday. Check it was a Friday.", "No"),
    ],
)
def test_aspect_lead_before_a_whole_question_is_dropped(
    engine: Engine, follow_up: str, verdict: str
) -> None:
    answer = ask(engine, _FRIDAY, follow_up)
    assert answer.text.startswith(verdict)
    assert "Oct. 26" in answer.quotes[0].text


def test_a_name_as_lead_is_kept(engine: Engine) -> None:
    """ "and Pompeo. Did he go to Tokyo?": "he" is Pompeo, so the lead stays."""
    answer = ask(engine, _FRIDAY, "and Pompeo. Did he go to Tokyo?")
    assert answer.text.startswith("Yes") and "Tokyo" in answer.quotes[0].text
