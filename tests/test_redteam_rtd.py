"""Red-team round 9, classes 3, 4, 5 and 7: exam-style multi-part questions, yes-or-no
polarity, follow-up pronouns, and "whilst he was there…" follow-ups kept to their place."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("who met Singh?", "whilst he was there did he see Pompeo?"),
        ("where did esper meet singh", "while there, did he meet Pompeo?"),
        ("who met Singh?", "did he meet Begin while he was there?"),
        ("who met singh", "and whilst he was in Delhi did he meet Begin?"),
    ],
)
def test_while_there_in_new_delhi_is_no_yes_from_tokyo_or_begins_visit(
    engine: Engine, first: str, follow_up: str
) -> None:
    answer = ask(engine, first, follow_up)
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("where did the quad talks happen?", "whilst they were there did they agree BECA?"),
        ("where were the tokyo talks held?", "did they sign the BECA while they were there?"),
        ("where did the quad talks happen?", "while there, did they agree on BECA?"),
    ],
)
def test_while_there_in_tokyo_is_no_yes_from_the_new_delhi_agreement(
    engine: Engine, first: str, follow_up: str
) -> None:
    answer = ask(engine, first, follow_up)
    assert not answer.text.startswith("Yes"), answer.text


def test_he_after_a_yes_or_no_of_one_person_is_that_person(engine: Engine) -> None:
    answer = ask(engine, "did pompeo go to tokyo?", "did he meet singh in tokyo?")
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        ("(2 marks) Where and when did the quad talks take place?", "Tokyo", "New Delhi;"),
        ("(2 marks) Name the two defense chiefs.", "Singh", "deepen"),
        ("(2 marks) Who met Singh and where?", "Esper", "United States and India"),
        ("(2 marks) Who took part in the Tokyo talks?", "Esper", "and with Japan"),
        ("[3 marks] who met singh and when?", "Oct. 26", "doesn't say"),
        ("(3 marks) Where did Esper meet Singh, when, and ahead of what?", "New Delhi", "n't"),
        ("(hint: Monday) when did Esper meet Singh?", "Oct. 26", "doesn't say"),
    ],
)
def test_marks_or_a_hint_before_the_question_change_nothing(
    engine: Engine, question: str, wanted: str, unwanted: str
) -> None:
    answer = ask(engine, question)
    assert wanted in answer.text and unwanted not in answer.text, answer.text
