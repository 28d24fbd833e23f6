"""Questions a seventeenth red-team review found answered falsely: a people of one country
asked of as quoted ("is anyone from India quoted?" got Yes; the article quotes no Indian)."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "is anyone from India quoted?",
        "is any Indian official quoted?",
        "are any Indians quoted in the article?",
        "Does the article quote any Indian officials?",
        "is anybody from the Indian side quoted?",
    ],
)
def test_no_indian_is_quoted(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No. The article quotes no Indian")


@pytest.mark.parametrize(
    "question",
    [
        "which Indians are quoted?",
        "which Indian officials are quoted?",
        "who from India is quoted?",
    ],
)
def test_which_indians_are_quoted_is_none(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("None.")
    assert "Singh" not in answer.text


@pytest.mark.parametrize(
    "question", ["which Americans are quoted?", "which US officials are quoted?"]
)
def test_which_americans_are_quoted_leaves_out_esper_and_begin(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "Pompeo" in answer.text
    assert "Esper" not in answer.text
    assert "Begin" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Confirm: Esper has done two 2+2s, and there have been three.",
        "Confirm: Pompeo was quoted, and Esper was not.",
        "Confirm: Pompeo was quoted, and Singh was not.",
        "Confirm: Esper was not quoted, and Begin was not quoted.",
        "Confirm: Begin was not quoted, and Pompeo was.",
        "Is it correct that Pompeo was quoted but Esper wasn't?",
    ],
)
def test_two_true_claims_joined_get_yes(engine: Engine, question: str) -> None:
    """Not "No. …" followed by words that bear out both halves."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    ["Confirm: Singh was not quoted, and Esper was quoted.", "Pompeo was not quoted, right?"],
)
def test_a_false_quoting_claim_still_gets_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.")


@pytest.mark.parametrize(
    "question",
    ["Esper wasn't quoted?", "was Esper not quoted?", "is it true that Singh was not quoted?"],
)
def test_a_denied_quoting_of_someone_unquoted_gets_yes(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes. The article quotes no words of")


@pytest.mark.parametrize(
    "questions",
    [
        (
            "who met Singh?",
            "and the other US official in Tokyo, what's his title?",
            "how many 2+2s has he done?",
        ),
        (
            "Esper and Pompeo went to Tokyo, right?",
            "was the 2+2 in New Delhi?",
            "how many times has he done a 2+2?",
        ),
    ],
)
def test_a_count_of_his_is_not_the_countries_total(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """Not "Three": that counts the U.S.-India dialogues, not one man's."""
    answer = ask(engine, *questions)
    assert "Three" not in answer.text or answer.abstained


def test_a_count_of_esper_named_stays_two(engine: Engine) -> None:
    answer = ask(engine, "who met Singh?", "how many 2+2s has he done?")
    assert answer.text.startswith("Two")


@pytest.mark.parametrize(
    "question",
    [
        "Begin didn't visit Tokyo?",
        "Begin didn't go to Tokyo?",
        "Begin never went to Tokyo?",
        "Begin did not travel to Tokyo, right?",
    ],
)
def test_a_denied_trip_to_a_scene_is_left_open(engine: Engine, question: str) -> None:
    """Not "No." with the Esper/Pompeo line: his New Delhi trip rules Tokyo neither in nor
    out."""
    answer = ask(engine, question)
    assert not answer.text.startswith(("No", "Yes"))


@pytest.mark.parametrize("question", ["begin tokyo visit", "Begin visit in Tokyo?"])
def test_a_visit_put_at_a_scene_is_no_flat_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.text.startswith("No.")


def test_a_denied_trip_he_made_still_gets_no(engine: Engine) -> None:
    answer = ask(engine, "Pompeo didn't go to Tokyo?")
    assert answer.text.startswith("No.")


@pytest.mark.parametrize(
    "questions",
    [
        ("Pompeo held a press conference.", "where was Esper then?"),
        ("Pompeo held a press conference.", "where was Esper then?", "and Singh at that time?"),
        ("Begin", "where was he then?", "and where was Esper at that time?"),
        ("Begin visited New Delhi.", "where was Pompeo that day?"),
        (
            "who met in New Delhi on Monday?",
            "which of them is Indian?",
            "where was Pompeo then?",
        ),
    ],
)
def test_where_someone_else_was_at_an_undated_time_is_not_said(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """Not "In New Delhi" or "At a press conference…": the article dates neither event
    against the other."""
    answer = ask(engine, *questions)
    assert answer.abstained


def test_where_he_was_at_his_own_event_stays(engine: Engine) -> None:
    answer = ask(engine, "Begin", "where was he then?")
    assert "New Delhi" in answer.text
