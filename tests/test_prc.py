"""Sports-commentator metaphors read as the article's plain verbs (bot/engine/sportstalk.py):
on the pitch/field = took part, debut = first time, hit = visited, talking smack = criticised,
lock in = agreed on, playing at home = from the host country, X v Y = X-Y relations. A
metaphor never makes a Yes by itself: what the article does not say still abstains."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "Tokyo big game - who was out on the field?",
        "the match-up in Tokyo: which countries were on the pitch?",
        "who was on the court at the Tokyo talks?",
        "the showdown in Tokyo, who was on the pitch?",
    ],
)
def test_on_the_pitch_is_taking_part(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert all(country in answer.text for country in ("Japan", "India", "Australia"))


@pytest.mark.parametrize(
    "question",
    [
        "who lined up for Team USA in Tokyo?",
        "Tokyo game earlier this month - who suited up for Team America?",
        "who took the field for Team USA at the Tokyo talks?",
    ],
)
def test_suited_up_for_team_usa_is_taking_part_for_the_us(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "Esper" in answer.text and "Pompeo" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who played at home in New Delhi, Singh or Esper?",
        "which of them plays at home in Delhi, Esper or Singh?",
        "who was playing at home in New Delhi, Singh or Esper?",
    ],
)
def test_playing_at_home_is_being_from_the_host_country(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Rajnath Singh")


def test_playing_at_home_elsewhere_names_neither(engine: Engine) -> None:
    answer = ask(engine, "who played at home in Tokyo, Esper or Singh?")
    assert "Singh" not in answer.text and "Esper" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "China vs India lately - friendly or grudge match?",
        "US v China: grudge match or friendly?",
        "India versus China these days, friendly or grudge match?",
        "U.S. vs China - friendly or grudge match?",
    ],
)
def test_versus_is_relations_and_grudge_match_is_bad(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Bad") and "deteriorating" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is this Esper's 2+2 debut?",
        "Esper making his 2+2 debut?",
        "is Esper making his debut at the 2+2?",
        "Esper's record - is this 2+2 his debut?",
    ],
)
def test_debut_is_first_time(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "second" in answer.text


@pytest.mark.parametrize(
    "question",
    ["did Begin hit New Delhi?", "Begin hit Delhi recently?", "so Begin hits Delhi too?"],
)
def test_hit_a_place_is_visiting_it(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes")


def test_hit_a_place_not_visited_is_no_yes(engine: Engine) -> None:
    assert not ask(engine, "did Begin hit Tokyo?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "did Pompeo throw shade at China's Communist Party?",
        "was Pompeo trash-talking China's Communist Party?",
        "Pompeo trash talking the Chinese Communist Party?",
        "is Pompeo talking smack about China's Communist Party?",
    ],
)
def test_talking_smack_is_criticising(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes") and "threat" in answer.text


def test_talking_smack_the_article_does_not_report_is_no_yes(engine: Engine) -> None:
    assert not ask(engine, "is Singh trash-talking China?").text.startswith("Yes")
    assert not ask(engine, "Esper talking smack about India?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "what did the two sides clinch?",
        "what did Esper and Singh seal?",
        "what did they nail down?",
        "what have they locked in?",
    ],
)
def test_lock_in_is_agreeing_on(engine: Engine, question: str) -> None:
    assert "Basic Exchange and Cooperation Agreement" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "who's in the ring tonight? Singh and...?",
        "who was in the ring with Singh?",
        "who's in the ring this time? Singh and…?",
    ],
)
def test_in_the_ring_is_who_met(engine: Engine, question: str) -> None:
    assert "Esper" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "what's next after Monday's meeting?",
        "what was on the fixture list after the meeting?",
        "what's next on the calendar after the Delhi meeting?",
    ],
)
def test_next_on_the_schedule_is_what_came_after(engine: Engine, question: str) -> None:
    assert "2+2" in ask(engine, question).text


@pytest.mark.parametrize(
    "question", ["who scored?", "who's the MVP of the deal?", "who won the Tokyo game?"]
)
def test_sports_words_with_no_plain_verb_behind_them_abstain(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained
