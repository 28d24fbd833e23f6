"""Events and places named by description ("the Tokyo talks", "the four-way meeting", "the
talks Esper attended before meeting Singh"): each is answered of the event it describes, and
where the article says nothing of that event, the bot abstains."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "which country hosted the Tokyo talks?",
        "what country hosted the quad talks?",
        "which nation played host to the four-way talks?",
        "which country was host to the quadripartite talks?",
        "whats the host country of the tokyo talks?",
    ],
)
def test_the_country_that_hosted_the_tokyo_talks_is_japan(engine: Engine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.abstained
    assert "Japan" in answer.text
    assert "India" not in answer.text


@pytest.mark.parametrize(
    ("question", "country"),
    [("which country hosted the meeting?", "India"), ("which country hosted Esper?", "India")],
)
def test_the_country_that_hosted_the_meeting_is_still_india(
    engine: Engine, question: str, country: str
) -> None:
    assert country in engine.answer(question).text


@pytest.mark.parametrize(
    "question",
    ["which country hosted the 2+2?", "who hosted the Tokyo talks?"],
)
def test_a_host_the_article_does_not_give_is_not_guessed(engine: Engine, question: str) -> None:
    assert engine.answer(question).abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("pompeo in tokyo?", "who else", "wat countries"),
        ("pompeo in tokyo?", "who else", "which countries?"),
        ("who went to tokyo?", "what nations?"),
        ("who went to tokyo with esper?", "what countries?"),
    ],
)
def test_countries_after_someone_at_the_tokyo_talks_are_the_talks_four(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """Not the one country the last person named is from."""
    text = ask(engine, *questions).text
    assert all(country in text for country in ("Japan", "India", "Australia"))


def test_countries_after_who_attends_the_2_plus_2_are_still_its_two(engine: Engine) -> None:
    text = ask(engine, "who attends the 2+2?", "which countries?").text
    assert "India" in text
    assert "Japan" not in text


@pytest.mark.parametrize(
    "question",
    [
        "What was the four-way meeting about?",
        "what was the quadripartite meeting about?",
        "what was the four nation meeting about?",
        "what was the tokyo meeting about?",
    ],
)
def test_the_four_way_meeting_is_the_tokyo_talks_not_the_delhi_meeting(
    engine: Engine, question: str
) -> None:
    """ "meeting" inside the talks' name is not the topic of the New Delhi meeting."""
    answer = engine.answer(question)
    assert "Singh" not in answer.text
    assert answer.abstained or "Australia" in answer.text


def test_what_the_meeting_was_about_is_still_the_delhi_meeting(engine: Engine) -> None:
    assert "Singh" in engine.answer("what was the meeting about?").text


@pytest.mark.parametrize(
    "question",
    [
        "Who was at the meeting ahead of the 2+2?",
        "who attended the meeting before the 2+2 dialogue?",
        "who was at the sit-down preceding the 2+2 dialogue?",
        "who was at the meeting prior to the 2+2?",
    ],
)
def test_the_meeting_ahead_of_the_2_plus_2_is_esper_and_singh_s(
    engine: Engine, question: str
) -> None:
    """Not the 2+2's foreign and defense ministers."""
    text = engine.answer(question).text
    assert "Esper" in text
    assert "Singh" in text
    assert "foreign" not in text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where was the meeting held ahead of the 2+2?", "New Delhi"),
        ("when was the meeting ahead of the 2+2?", "Oct. 26"),
        ("what was agreed at the meeting prior to the 2+2?", "Basic Exchange"),
    ],
)
def test_the_meeting_ahead_of_the_2_plus_2_is_asked_of_as_the_meeting(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in engine.answer(question).text


def test_whether_the_meeting_was_ahead_of_the_2_plus_2_is_still_asked(engine: Engine) -> None:
    assert engine.answer("was the meeting ahead of the 2+2?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Name the countries at the Tokyo talks the Pentagon head went to",
        "name the countries at the tokyo talks esper and pompeo went to",
        "which countries were at the quad talks that Pompeo attended?",
        "list the nations in the four-way talks the secretary of state took part in",
    ],
)
def test_the_tokyo_talks_described_by_who_went_still_have_their_four_countries(
    engine: Engine, question: str
) -> None:
    text = engine.answer(question).text
    assert all(country in text for country in ("Japan", "India", "Australia"))


@pytest.mark.parametrize(
    "question",
    [
        "Name the countries at the Tokyo talks Singh went to",
        "name the countries at the tokyo talks esper and singh went to",
    ],
)
def test_the_tokyo_talks_described_by_someone_not_there_are_not_answered(
    engine: Engine, question: str
) -> None:
    """Singh is not said to have gone to Tokyo: the premise is not taken as true."""
    assert engine.answer(question).abstained


@pytest.mark.parametrize("question", ["tokyo countries", "Tokyo nations?", "countries in tokyo"])
def test_a_place_s_countries_are_those_of_the_event_held_there(
    engine: Engine, question: str
) -> None:
    text = engine.answer(question).text
    assert all(country in text for country in ("Japan", "India", "Australia"))


def test_a_place_of_no_named_event_keeps_its_own_answer(engine: Engine) -> None:
    assert "Australia" not in engine.answer("delhi countries").text
