"""A quiz setter's forms: blanks filled from the article's own sentence (several at once,
British spellings, "US" for "U.S."), true-or-false with its slips, and how often an event
was held put as the article's count."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    ("question", "filled"),
    [
        ("Esper and Singh met on Monday, Oct. ___", "26"),
        ("fill in: they met on Monday (Oct. ___) in New Delhi", "26"),
        ("prioritising defence ____ enhancements", "trade"),
        ("fill in: the ____ Dialogue between the US and Indian foreign and defence men", "2+2"),
        ("What is it between? fill in: the US and Indian ____ and defense ministers", "foreign"),
        ("Fill in: Singh is India's Defence ____", "Minister"),
        ("Esper is the US Secretary of ____", "Defense"),
    ],
)
def test_a_blank_is_filled_with_the_articles_words(
    engine: Engine, question: str, filled: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert answer.text == filled
    assert answer.quote is not None


@pytest.mark.parametrize(
    "question",
    [
        "Fill the blanks: cooperation among the services; enhancing secure ______ capabilities;"
        " and strengthening mutual engagement on ______.",
        "the areas (enhancing secure ____ capabilities; mutual engagement on ____)",
    ],
)
def test_several_blanks_are_each_filled(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text == "communications; logistics"


def test_blanks_side_by_side_are_one_gap(engine: Engine) -> None:
    answer = ask(engine, "Fill in: to thwart the threat posed by China's ______ ______.")
    assert answer.text == "Communist Party"


@pytest.mark.parametrize(
    "question",
    ["Quiz Q1: ____ met Indian Defense Minister Rajnath Singh", "Q2. ____ met Singh in New Delhi"],
)
def test_a_quiz_label_is_no_part_of_the_blank(engine: Engine, question: str) -> None:
    assert "Esper" in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("true or flase: the two sides agreed to deepen cooperation btwn the militaries", "True"),
        ("ture or false - this is Esper's second US-India 2+2", "True"),
        ("true or fasle - Esper met Singh in Tokyo", "False"),
    ],
)
def test_true_or_false_with_a_slip(engine: Engine, question: str, verdict: str) -> None:
    assert ask(engine, question).text.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("true or false: the article says the 2+2 has been held five times", "False"),
        ("has the 2+2 been held five times?", "No"),
        ("the US-India 2+2 dialogue has taken place four times, right?", "No"),
        ("T/F: the dialogues have happened three times", "True"),
    ],
)
def test_times_an_event_was_held_is_its_count(engine: Engine, question: str, verdict: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(verdict)
    assert "three" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Pompeo's press conference was before a trip to where?",
        "the press conference was held prior to his trip to where?",
        "Pompeo spoke before travelling to where?",
        "Pompeo held a presser at State before heading where?",
    ],
)
def test_a_going_ended_by_where_asks_its_destination(engine: Engine, question: str) -> None:
    assert ask(engine, question).text == "To South Asia"


def test_where_a_press_conference_was_is_still_its_venue(engine: Engine) -> None:
    assert "State Department" in ask(engine, "where was pompeo's press conference?").text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "true or false the article is based on a statement by the Indian Ministry of Defence",
            "False",
        ),
        ("T/F: the article is based on a statement from the Pentagon", "True"),
        ("is the story drawn from a statement by the State Department?", "No"),
        ("the article quotes a statement from the State Department, true or false?", "False"),
        ("Does the article cite a statement by India's defence ministry?", "No"),
    ],
)
def test_whose_statement_the_article_rests_on_is_the_statements_source(
    engine: Engine, question: str, verdict: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(verdict)
    assert "Defense Department" in answer.text


def test_a_statement_by_a_person_the_article_reports_is_no_plain_no(engine: Engine) -> None:
    # The article reports Pompeo's press-conference words too.
    assert not ask(engine, "is the article based on a statement by Pompeo?").text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "so what's the China angle in the article then?",
        "what is China's role in the article then?",
        "then what role does China play in this story then?",
    ],
)
def test_the_articles_china_angle_after_the_statement_is_not_the_statement_alone(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, "Does the Defense Department statement name China? yes/no", question)
    assert "threat" in answer.text


@pytest.mark.parametrize(
    ("question", "picked"),
    [
        (
            "Multiple choice: US-India relations are described as A) cooling "
            "B) heating up rapidly C) unchanged D) frozen",
            "Heating up rapidly",
        ),
        ("US-India relations are: A) improving B) worsening C) stable", "Improving"),
        ("Quiz: ties between the US and India are A) heating up rapidly B) cooling", "Heating"),
        ("The Tokyo talks were A) bilateral B) quadripartite C) trilateral", "Quadripartite"),
        ("The Tokyo talks were: A) bilateral B) trilateral C) four-way", "Four-way"),
    ],
)
def test_options_finishing_a_sentence_are_each_put_as_a_claim(
    engine: Engine, question: str, picked: str
) -> None:
    assert ask(engine, question).text.startswith(picked)


def test_an_option_with_part_of_the_countries_is_not_picked(engine: Engine) -> None:
    answer = ask(
        engine, "Which countries took part in the Tokyo talks? A) US and India B) China and Russia"
    )
    assert not answer.text.startswith("US and India")


@pytest.mark.parametrize(
    ("question", "filled"),
    [
        ("US-India relations are ___.", "heating up rapidly"),
        ("India-China relations are ___.", "deteriorating sharply"),
    ],
)
def test_a_blank_is_filled_where_the_longer_run_before_it_stands(
    engine: Engine, question: str, filled: str
) -> None:
    assert filled in ask(engine, question).text
