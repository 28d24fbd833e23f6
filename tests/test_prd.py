"""Conversation follow-ups and the claims inside them: a claim someone reported, then a
question, gets the question answered; a follow-up is read of what the talk is about."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "My nephew says there was a meeting in Tokyo. Who went from the U.S.?",
        "my neighbour told me there was a meeting in Tokyo. who was there from the US?",
        "I heard there was a meeting in Japan. Which Americans went?",
        "My aunt says there was a meeting in Tokyo. Who went from America?",
        "The Tokyo talks. Who attended from the US?",
    ],
)
def test_reported_meeting_then_question_answers_the_question(engine: Engine, question: str) -> None:
    """The Tokyo meeting the asker heard of is true: the question after it is answered,
    with no false "No" to the claim."""
    answer = ask(engine, question)
    assert not answer.text.startswith("No")
    assert "Esper" in answer.text and "Pompeo" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "is it true that there was a meeting in Tokyo?",
        "there was a meeting in Tokyo?",
        "there was a meeting in Tokyo, right?",
        "I read that there were meetings in Tokyo?",
    ],
)
def test_claimed_meeting_in_tokyo_is_borne_out(engine: Engine, question: str) -> None:
    """ "There was a meeting in Tokyo" is any meeting (the quadripartite talks), not the
    New Delhi meeting the article calls "the meeting"."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes"), answer.text
    assert "Tokyo" in answer.text


@pytest.mark.parametrize("follow_up", ["countries", "countries?", "nations", "Nations?"])
def test_bare_countries_after_the_tokyo_talks_lists_them(engine: Engine, follow_up: str) -> None:
    """ "countries" alone asks which countries took part, not the place just given."""
    answer = ask(engine, "quadripartite talks venue", follow_up)
    assert all(c in answer.text for c in ("Japan", "India", "Australia")), answer.text
