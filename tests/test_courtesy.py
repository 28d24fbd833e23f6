"""Courteous English: a question after "I should be most grateful to learn…" is answered as
the question; thanks put courteously ("I'd appreciate that.") get a friendly reply and assert
nothing; the commonest slip for "meeting" is read as "meeting"."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "I should be most grateful to learn on which day of the week the meeting took place.",
            "Monday",
        ),
        ("I would be very grateful if you could tell me who met Singh.", "Esper"),
        ("I'd appreciate it if you could tell me where they met.", "New Delhi"),
        ("I should be obliged to know how many 2+2 dialogues there have been.", "Three"),
    ],
)
def test_a_question_asked_courteously_is_answered_as_the_question(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.answer(question)
    assert not answer.abstained
    assert expected in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("was it the first occasion on which Mr Esper took part in such a 2+2 meeting?", "No."),
        ("Was this the second occasion Esper attended a 2+2?", "Yes."),
    ],
)
def test_an_occasion_counted_is_the_time_counted(
    engine: Engine, question: str, verdict: str
) -> None:
    answer = engine.answer(question)
    assert answer.text.startswith(verdict)
    assert "second" in answer.text


@pytest.mark.parametrize(
    "thanks",
    [
        "I'd appreciate that.",
        "thanks, I appreciate it",
        "Much obliged.",
        "Many thanks!",
        "I'm grateful.",
    ],
)
def test_thanks_put_courteously_get_a_welcome_and_no_fact(engine: Engine, thanks: str) -> None:
    answer = engine.answer(thanks)
    assert answer.abstained
    assert answer.text.startswith("You're welcome!")
    assert answer.quote is None


def test_a_favour_still_to_come_is_not_thanked(engine: Engine) -> None:
    answer = engine.answer("I would be grateful.")
    assert answer.abstained
    assert not answer.text.startswith("You're welcome!")


@pytest.mark.parametrize(
    ("question", "expected"),
    [("who is metting with Esper in Dehli?", "Singh"), ("where was the metting?", "New Delhi")],
)
def test_metting_is_a_slip_for_meeting(engine: Engine, question: str, expected: str) -> None:
    assert expected in engine.answer(question).text


@pytest.mark.parametrize(
    "question",
    [
        "the informations sharing is for what?",
        "For what they expand the sharing of informations?",
        "for what do they expand the information sharing?",
    ],
)
def test_for_what_first_or_last_asks_the_purpose(engine: Engine, question: str) -> None:
    assert "pressing global security challenges" in engine.answer(question).text


def test_for_what_thanks_were_given_is_what_they_were_for(engine: Engine) -> None:
    answer = engine.answer("For what did the two Secretaries express appreciation?")
    assert not answer.abstained
    assert "challenges" not in answer.text


@pytest.mark.parametrize("message", ["k thx", "k", "kk thanks"])
def test_a_texted_ok_is_chit_chat_and_asserts_nothing(engine: Engine, message: str) -> None:
    answer = engine.answer(message)
    assert answer.abstained
    assert answer.quote is None


@pytest.mark.parametrize(
    "question",
    [
        "can you give me the full text of that agreement?",
        "give me the full text of BECA",
        "what is the text of the agreement?",
    ],
)
def test_a_documents_own_text_is_not_in_the_article(engine: Engine, question: str) -> None:
    answer = engine.answer(question)
    assert answer.abstained
    assert "doesn't give that text" in answer.text


def test_the_exact_words_the_article_quotes_are_still_given(engine: Engine) -> None:
    answer = engine.answer("what was the exact wording of the statement?")
    assert "pressing global security challenges" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who's the deputy SecState that recently passed through Delhi?", "Begin"),
        ("did Begin pass through New Delhi?", "Yes."),
        ("How many 2+2s has the Defense Secretary personally sat in on?", "Two"),
        ("has Esper sat in on a 2+2 before?", "Yes."),
    ],
)
def test_passing_through_is_visiting_and_sitting_in_on_is_taking_part(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in engine.answer(question).text
