"""Bare follow-ups a sixth red-team review found answered with the last answer again or an
unrelated fact: "how?" after a fact that gives no manner, "and then?" after anything but
the meeting that was "ahead of the 2+2", and "who else?" offering the same people back."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "turns",
    [
        ("What did Esper and Singh agree on?", "how?"),
        ("What did the two sides agree on?", "how so?"),
        ("What did they praise?", "and how?"),
        ("Who did Esper meet in New Delhi?", "what's his job?", "how?"),
        ("Who went to Tokyo?", "in what way?"),
        ("What did they agree on?", "how exactly?"),
    ],
)
def test_how_of_a_fact_that_gives_no_manner_abstains(
    engine: Engine, turns: tuple[str, ...]
) -> None:
    answer = ask(engine, *turns)
    assert answer.abstained and "how" in answer.text


def test_how_of_a_fact_that_gives_its_manner_answers(engine: Engine) -> None:
    """ "How are U.S.-India relations?" "How?": heating up rapidly, as the article says."""
    answer = ask(engine, "How are US-India relations?", "how?")
    assert not answer.abstained and "heating up" in answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ("who met singh?", "where?", "when?", "why?", "and then?"),
        ("When did Esper meet Singh?", "then what?"),
        ("Where did Esper meet Singh?", "what came after that?"),
        ("who met singh?", "what happened next?"),
        ("Who did Esper meet?", "and after that?"),
    ],
)
def test_then_after_the_meeting_is_the_2plus2(engine: Engine, turns: tuple[str, ...]) -> None:
    answer = ask(engine, *turns)
    assert not answer.abstained
    assert "2+2 Dialogue" in answer.text and answer.text.startswith("Next came")
    assert "ahead of the 2+2 Dialogue" in answer.quotes[0].text


@pytest.mark.parametrize(
    "turns",
    [
        ("who met singh?", "and then?", "and then?"),
        ("What did the two sides agree on?", "and what did they praise?", "and then?"),
        ("What did the two men praise?", "what else did they welcome?", "and then?"),
        ("Who visited New Delhi recently?", "and then?"),
        ("Who went to Tokyo?", "then what?"),
    ],
)
def test_then_after_anything_else_abstains(engine: Engine, turns: tuple[str, ...]) -> None:
    """The article orders only the meeting before the 2+2; the last answer is no 'next'."""
    assert ask(engine, *turns).abstained


@pytest.mark.parametrize(
    "turns",
    [
        ("What did the two sides agree on?", "and what did they praise?", "who else?"),
        ("What did the two sides agree on?", "and what did they praise?", "and then?", "who else?"),
        ("What did they welcome?", "who else?"),
        ("what did they agree on?", "who else?"),
    ],
)
def test_who_else_never_offers_the_same_people_back(engine: Engine, turns: tuple[str, ...]) -> None:
    answer = ask(engine, *turns)
    assert answer.abstained, answer.text


def test_who_else_still_finds_the_other_doer(engine: Engine) -> None:
    """ "Pompeo in Tokyo?" "Who else?": Esper, who took part with him."""
    answer = ask(engine, "pompeo in tokyo?", "who else")
    assert not answer.abstained and "Esper" in answer.text


def test_then_after_the_press_conference_is_the_trip(engine: Engine) -> None:
    """The press conference was "prior to his trip to South Asia": that came next, and
    nothing of the rest of the sentence is offered as what followed."""
    answer = ask(engine, "What did Pompeo say about China?", "what next?")
    assert (
        answer.text
        == "Next came his trip to South Asia; the article says nothing of what followed that."
    )


@pytest.mark.parametrize(
    "turns",
    [
        ("Begin visited Delhi", "he met Singh"),
        ("Begin visited Delhi", "so he met Singh"),
        ("Who visited Delhi recently?", "he met Singh"),
        ("Pompeo spoke at the State Department", "he met Singh"),
        ("Begin visited Delhi", "she met Singh"),
    ],
)
def test_a_bare_claim_of_he_is_of_the_one_just_named(
    engine: Engine, turns: tuple[str, ...]
) -> None:
    """ "Begin visited Delhi." "He met Singh": he is Begin, whom the article never has meet
    Singh; Esper's meeting is no "yes" to it."""
    assert ask(engine, *turns).abstained


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (("Begin visited Delhi", "he is the Deputy Secretary of Defense"), "No. Begin"),
        (("Begin visited Delhi", "he was the deputy secretary of state"), "Yes. Begin"),
        (("Who met Singh?", "he is the Secretary of Defense"), "Yes. Mark T. Esper"),
    ],
)
def test_a_bare_title_claim_of_he_is_checked_of_him(
    engine: Engine, turns: tuple[str, ...], verdict: str
) -> None:
    assert ask(engine, *turns).text.startswith(verdict)


@pytest.mark.parametrize(
    "turns",
    [
        ("did Pompeo agree?", "what about Japan?"),
        ("did Pompeo agree?", "and Japan?"),
        ("did Pompeo agree?", "and Australia?"),
        ("Did Begin meet Singh?", "what about India?"),
    ],
)
def test_an_unsettled_claim_asked_of_another_kind_abstains(
    engine: Engine, turns: tuple[str, ...]
) -> None:
    """ "Did Pompeo agree?" (not said) "What about Japan?": not a "yes" from the Tokyo talks,
    which have Pompeo and Japan in them but no one agreeing."""
    assert ask(engine, *turns).abstained
