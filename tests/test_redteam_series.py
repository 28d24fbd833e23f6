"""Counts within a series a seventh red-team review found answered falsely: "Esper's second
2+2 out of three" is both counts at once, each checked against its own sentence; which of the
three dialogues anyone attended, the article never says."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "Is it Esper's second 2+2 out of three?",
        "There have been three 2+2s and this is Esper's second, correct?",
        "Esper has attended two of the three 2+2 dialogues, right?",
        "Is this Esper's second 2+2 of three?",
        "Esper has done two out of three 2+2 meetings, right?",
        "Isn't it Esper's second 2+2 out of three?",
        "this is Esper's second 2+2 and there have been three",
    ],
)
def test_his_second_of_three_is_yes(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert "three 2+2 dialogues" in answer.text
    assert "second time" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "this is Esper's second 2+2 and there have been two",
        "this is Esper's third 2+2 and there have been three",
        "Is it Esper's first 2+2 out of three?",
        "Esper attended three of the three 2+2s?",
        "Is it Esper's second 2+2 out of four?",
    ],
)
def test_either_count_wrong_is_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "three 2+2 dialogues" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did Esper attend the first 2+2?",
        "Did Esper attend the third 2+2?",
        "Did Esper attend the previous 2+2?",
        "Did Esper attend the first and the second 2+2?",
        "Was Esper at the first 2+2 dialogue?",
        "Did Esper take part in the third 2+2?",
        "Did Singh attend the first 2+2?",
    ],
)
def test_which_dialogue_someone_attended_is_not_said(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained
    assert "doesn't say which" in answer.text


def test_the_second_one_after_the_series_is_not_said(engine: Engine) -> None:
    answer = ask(engine, "Which 2+2s did Esper attend?", "did he go to the second one?")
    assert answer.abstained


@pytest.mark.parametrize("person", ["Singh", "Pompeo"])
def test_at_all_three_is_not_said_of_someone_with_no_count(engine: Engine, person: str) -> None:
    answer = ask(engine, "Which 2+2s did Esper attend?", f"was {person} at all three?")
    assert answer.abstained


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Was this Esper's first 2+2?", "No"),
        ("Is this the second time Esper attended a 2+2?", "Yes"),
        ("Did Esper attend the 2+2 for the first time?", "No"),
        ("Has Esper attended a 2+2 before?", "Yes"),
        ("Was this the US defence chief's first time at one of those 2+2 meetings?", "No"),
    ],
)
def test_his_own_count_alone_still_answers(engine: Engine, question: str, verdict: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(verdict)
    assert "three 2+2 dialogues" not in answer.text
