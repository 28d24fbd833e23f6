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


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Esper didn't meet Singh, did he?", "Yes"),
        ("Esper never went to Tokyo, did he?", "Yes"),
        ("Pompeo wasn't in Tokyo, was he?", "Yes"),
        ("They didn't agree on BECA, did they?", "Yes"),
        ("Singh isn't the foreign minister, is he?", "No"),
        ("the DOD statement didn't mention China, did it?", "No"),
        ("Esper didn't meet Singh in Tokyo, did he?", "No"),
    ],
)
def test_a_negative_statement_with_a_did_he_tag_is_answered_of_the_deed(
    engine: Engine, question: str, verdict: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(verdict + "."), answer.text


def test_a_negative_statement_with_a_right_tag_is_still_judged_as_a_claim(
    engine: Engine,
) -> None:
    assert ask(engine, "Esper didn't meet Singh, right?").text.startswith("No.")


@pytest.mark.parametrize(
    "question",
    [
        "esper = defence sec, singh = foreign min, right?",
        "esper is defence secretary and singh is foreign minister, right?",
        "esper is defence secretary and singh is foreign minister?",
        "singh is defence minister and esper is secretary of state, right?",
    ],
)
def test_two_offices_claimed_at_once_get_no_when_one_is_wrong(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No."), answer.text


def test_two_offices_claimed_at_once_get_yes_when_both_hold(engine: Engine) -> None:
    answer = ask(engine, "esper = defence sec, singh = defence min, right?")
    assert answer.text.startswith("Yes.") and "Singh" in answer.text and "Esper" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Had Pompeo not spoken, would China have been mentioned?",
        "had esper not gone to delhi would BECA have been agreed",
        "Were Singh to refuse, would they still agree?",
        "Had Esper stayed home, would the talks have happened?",
    ],
)
def test_an_inverted_if_is_a_counterfactual_the_article_does_not_answer(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


def test_had_as_a_plain_auxiliary_is_still_answered(engine: Engine) -> None:
    assert ask(engine, "had esper been to tokyo before the meeting?").text.startswith("Yes")


@pytest.mark.parametrize(
    ("turns"),
    [
        ("tell me about the 2+2", "how many have there been?", "who is he?"),
        ("name the agreement", "who agreed it?", "where?", "who is this bloke?"),
        ("name the agreement", "who agreed it?", "where?", "who's that guy?"),
    ],
)
def test_who_is_he_after_sides_or_a_group_names_no_group(
    engine: Engine, turns: tuple[str, ...]
) -> None:
    answer = ask(engine, *turns)
    assert answer.abstained and "U.S." not in answer.text, answer.text


@pytest.mark.parametrize(
    ("first", "name"),
    [("who met singh?", "Esper"), ("who visited new delhi recently?", "Begin")],
)
def test_who_is_he_after_one_person_still_names_him(engine: Engine, first: str, name: str) -> None:
    assert name in ask(engine, first, "who is he?").text
