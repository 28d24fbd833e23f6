"""Fact-checkers' read-out claims, labels put politely, and visits put as being somewhere."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    ("question", "verdict", "word"),
    [
        ("It also says this was Esper's third 2+2 with India.", "No", "second"),
        ("the draft says Esper met Singh in Mumbai", "No", "New Delhi"),
        ("my draft says they met on Tuesday", "No", "Monday"),
        ("it also says Pompeo went to Tokyo too", "Yes", "Tokyo"),
        ("And the draft says the meeting took place after the 2+2 Dialogue.", "No", "ahead"),
    ],
)
def test_a_claim_read_out_from_a_draft_is_checked(
    engine: Engine, question: str, verdict: str, word: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(verdict)
    assert word in answer.text


def test_a_read_out_claim_the_article_does_not_make_abstains(engine: Engine) -> None:
    assert ask(engine, "it also says Esper was jet-lagged").abstained


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "Fact-check please: Esper and Singh met in New Delhi on Monday, Oct. 26. Accurate?",
            "Yes",
        ),
        ("Fact-check please: Esper and Singh met in New Delhi on Monday. Accurate?", "Yes"),
        ("Fact-check please: Esper met Singh in Mumbai. Accurate?", "No"),
        ("Check please: the talks in Tokyo were quadripartite. Correct?", "Yes"),
        ("Fact check for me: they met on Tuesday. Is that right?", "No"),
    ],
)
def test_a_politely_put_check_label_is_no_part_of_the_claim(
    engine: Engine, question: str, verdict: str
) -> None:
    assert ask(engine, question).text.startswith(verdict)


@pytest.mark.parametrize(
    "question",
    [
        "anyone else from the US government been in new delhi lately?",
        "anyone else been in new delhi lately?",
        "who else from the US government has been in New Delhi lately?",
        "has any other American official been in Delhi recently?",
    ],
)
def test_being_in_a_place_lately_is_having_visited_it(engine: Engine, question: str) -> None:
    assert "Begin" in ask(engine, question).text


def test_being_in_a_place_lately_the_article_does_not_say_abstains(engine: Engine) -> None:
    assert ask(engine, "has Pompeo been in new delhi lately?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "he said the meetings included talks on how free nations could work together",
        "Pompeo said the meetings included talks on how free nations could work together",
        "the meetings included discussions on how to thwart China",
    ],
)
def test_a_question_word_a_statement_reports_asks_nothing(engine: Engine, question: str) -> None:
    answer = ask(engine, "Who gave the press conference?", question)
    assert answer.text.startswith("Yes")


def test_a_reported_how_the_article_does_not_have_abstains(engine: Engine) -> None:
    assert ask(engine, "the meetings included discussions on how to thwart Russia").abstained


def test_a_fronted_question_word_still_asks(engine: Engine) -> None:
    assert "Monday" in ask(engine, "they met on what day").text


@pytest.mark.parametrize(
    ("opening", "question"),
    [
        ("so the Quad talks were in Beijing", "did Esper go alone?"),
        ("so the Quad talks were in Beijing", "Esper went by himself"),
        ("where were the quad talks?", "did Pompeo go on his own?"),
    ],
)
def test_going_alone_to_what_was_just_talked_of_is_checked_against_it(
    engine: Engine, opening: str, question: str
) -> None:
    answer = ask(engine, opening, question)
    assert answer.text.startswith("No")
    assert "Pompeo" in answer.text and "Esper" in answer.text


@pytest.mark.parametrize(
    ("opening", "question"),
    [
        ("who met singh?", "did Esper go alone?"),
        ("who visited new delhi recently?", "did Begin go alone?"),
    ],
)
def test_going_alone_where_the_article_names_no_one_else_abstains(
    engine: Engine, opening: str, question: str
) -> None:
    assert ask(engine, opening, question).abstained


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("which countries was in that talks?", "Australia"),
        ("what countries took part in this talks?", "Australia"),
        ("who from the US went to that talks?", "Pompeo"),
    ],
)
def test_a_learners_that_before_a_plural_is_those(engine: Engine, question: str, word: str) -> None:
    assert word in ask(engine, "where were the quad talks?", question).text


@pytest.mark.parametrize(
    "question",
    [
        "how did Esper and Singh evaluate the defense relationship?",
        "how did Esper and Singh assess the defense relationship?",
        "how did the two men judge the relationship?",
    ],
)
def test_rating_a_relationship_is_their_view_of_it(engine: Engine, question: str) -> None:
    assert "strength" in ask(engine, question).text
