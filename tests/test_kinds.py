"""Kinds asked of ("what kind of agreement…?"), and other classes of question whose
answer is one the article gives, or none."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "what kind of agreement is the BECA?",
        "what sort of agreement is BECA?",
        "BECA is what kind of agreement?",
        "what type of agreement was reached during the visit?",
    ],
)
def test_the_kind_of_an_agreement_is_the_one_its_sentence_names(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "basic agreement" in answer.text.lower()
    assert "appreciation" not in answer.text.lower()


@pytest.mark.parametrize(
    "question",
    [
        "what kind of meeting did Esper and Pompeo attend in Tokyo?",
        "what sort of meeting took place in japan?",
        "what kind of talks were held in Tokyo?",
    ],
)
def test_the_kind_of_a_meeting_may_be_told_as_talks(engine: Engine, question: str) -> None:
    assert "quadripartite talks" in ask(engine, question).text.lower()


@pytest.mark.parametrize(
    "question",
    [
        "whose threat did esper mention?",
        "whose threat did singh talk about?",
        "whose threat did the DoD statement mention?",
        "whose threat did Esper and Singh discuss?",
    ],
)
def test_whose_threat_comes_only_from_a_sentence_naming_a_threat(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


def test_whose_threat_pompeo_named_is_the_communist_partys(engine: Engine) -> None:
    assert "Communist Party" in ask(engine, "whose threat did pompeo mention?").text


def test_whose_counterpart_is_a_relation_the_article_tells_otherwise(engine: Engine) -> None:
    assert "Esper" in ask(engine, "whose counterpart is Singh?").text


@pytest.mark.parametrize(
    "question",
    [
        "was the begin visit a while back?",
        "was begin's trip a while ago?",
        "did begin visit new delhi long back?",
        "was begin's visit quite some time back?",
    ],
)
def test_a_visit_long_past_is_denied_by_recently(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert "recently" in answer.text


@pytest.mark.parametrize(
    "follow_up",
    [
        "did the DoD say so?",
        "did the pentagon say that?",
        "is that what the defense department said?",
        "did the statement say so?",
    ],
)
def test_the_statement_did_not_say_what_the_article_says_of_china(
    engine: Engine, follow_up: str
) -> None:
    answer = ask(engine, "is the partnership meant to counter china?", follow_up)
    assert answer.text.startswith("No.")
    assert "does not explicitly mention China" in answer.text


def test_what_the_statement_did_say_is_still_a_yes(engine: Engine) -> None:
    answer = ask(engine, "did esper and singh agree on BECA?", "is that what the statement said?")
    assert answer.text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "does it say the partnership is about china?",
        "did it say the partnership targets china?",
        "does it say the partnership is aimed at china?",
    ],
)
def test_it_asked_first_is_the_article(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes.")
    assert "China" in answer.text


def test_it_as_the_article_asserts_nothing_the_article_lacks(engine: Engine) -> None:
    assert ask(engine, "does it claim india and china are allies?").abstained


def test_it_after_a_question_about_the_article_is_the_article(engine: Engine) -> None:
    answer = ask(
        engine,
        "does the article mention Modi?",
        "does it say the partnership is about china?",
    )
    assert answer.text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "what did the two sides agree to address?",
        "what did they agree to tackle?",
        "what did esper and singh agree to address?",
    ],
)
def test_what_was_agreed_to_be_addressed_is_the_security_challenges(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "global security challenges" in answer.text
    assert "China" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What did India want from the meeting?",
        "What did the US want from the meeting?",
        "what was the US hoping for from the talks?",
        "what did singh want from esper?",
        "what did esper expect from the visit?",
    ],
)
def test_what_anyone_wanted_from_an_occasion_is_not_told(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained
