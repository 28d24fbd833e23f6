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


@pytest.mark.parametrize(
    "question",
    [
        "Did the DOD statement fail to mention China?",
        "Did the statement fail to name China?",
        "Did the DOD statement omit China?",
        "Did the Defense Department avoid mentioning China?",
        "Was China left out of the DOD statement?",
        "Does the DOD statement say nothing explicit about China?",
        "Did the statement not mention China?",
        "Is it true the DOD statement skipped China?",
        "Did the Defense Department keep quiet about China?",
        "Was the DOD statement silent on China?",
        "Did the statement leave China out?",
        "Was China omitted from the Defense Department statement?",
        "Did the statement not mention the threat from China?",
    ],
)
def test_not_mentioning_china_is_yes(engine: Engine, question: str) -> None:
    """Ways of not mentioning something are the claim that it is not mentioned: Yes, the
    statement does not explicitly mention China (no "No" before that very sentence)."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert "does not explicitly mention China" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did the statement fail to mention information sharing?",
        "Did the DOD statement omit logistics?",
        "Was logistics left out of the DOD statement?",
        "Did the statement skip defense trade?",
        "Did Pompeo fail to mention China?",
    ],
)
def test_not_mentioning_what_is_mentioned_is_no(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("No")


def test_skipping_by_a_person_is_no_mentioning(engine: Engine) -> None:
    """ "skip" is "not mention" only of a statement: Esper did not skip the meeting."""
    answer = ask(engine, "Did Esper skip the meeting with Singh?")
    assert answer.text.startswith("No")
    assert "mention" not in answer.text


@pytest.mark.parametrize(
    "question",
    ["What happened before the Tokyo talks?", "What came before the quadripartite talks?"],
)
def test_nothing_is_placed_before_the_tokyo_talks(engine: Engine, question: str) -> None:
    """The talks themselves, or Begin's visit (no order given), are no answer."""
    answer = ask(engine, question)
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "What happened after the Tokyo talks?",
        "What came after the quadripartite talks?",
        "What did Esper do after the Tokyo talks?",
    ],
)
def test_the_meeting_came_after_the_tokyo_talks(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Esper met")
    assert "Begin" not in answer.text


@pytest.mark.parametrize("follow", ["and then where did he go?", "then where did he go?"])
def test_where_pompeo_went_after_tokyo_is_not_said(engine: Engine, follow: str) -> None:
    """ "then" asks where he went next, not where he went (Tokyo again)."""
    answer = ask(engine, "Did Pompeo go to Tokyo?", "with who?", follow)
    assert answer.abstained  # it may name the Tokyo talks as what it was asked about
    assert not answer.quotes


@pytest.mark.parametrize(
    "question",
    [
        "the 2+2 already happened",
        "Has the 2+2 already taken place?",
        "Is the 2+2 over?",
        "Has the 2+2 happened?",
        "Has the 2+2 dialogue been held?",
    ],
)
def test_whether_the_2plus2_is_over_is_not_said(engine: Engine, question: str) -> None:
    """The meeting came ahead of the 2+2, which has no date: not whether it is over."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    ["Has Begin already visited New Delhi?", "Have the Tokyo talks already happened?"],
)
def test_what_is_dated_before_is_over(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Was China left out of the Defense Department statement?",
        "was china left out of the statement?",
    ],
)
def test_left_out_of_a_statement_is_not_mentioned(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert "does not explicitly mention China" in answer.text


def test_left_out_of_talks_is_still_missing_them(engine: Engine) -> None:
    assert ask(engine, "was India left out of the Tokyo talks?").text.startswith("No")
