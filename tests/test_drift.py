"""Conversation follow-ups a red-team review found drifting to another person or event: a
yes-or-no question that names someone and claims nothing of him ("did Pompeo?") got "Yes"
from any fact naming him, whatever the conversation was about."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "turns",
    [
        ("Tell me about the agreement.", "who expressed appreciation for it?", "did Pompeo?"),
        ("Who praised the relationship?", "did Begin?"),
        ("Who praised the relationship?", "did Begin?", "and Pompeo?"),
        ("Who took part in the Tokyo talks?", "what about Singh?", "and Begin?"),
        ("Esper and Singh met on Monday", "and Pompeo was there"),
        ("Esper and Singh met on Monday", "and Begin was too"),
        ("did Pompeo?",),
        ("was Begin?",),
    ],
)
def test_a_name_with_nothing_claimed_of_it_gets_no_yes(
    engine: Engine, turns: tuple[str, ...]
) -> None:
    answer = ask(engine, *turns)
    assert not answer.text.startswith("Yes")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("Who praised the relationship?", "did Esper?"), "Yes"),
        (("Tell me about the agreement.", "who expressed appreciation?", "did Singh?"), "Yes"),
        (("did pompeo talk about china?",), "Yes"),
        (("Is Rajnath Singh India's defense minister?",), "Yes"),
    ],
)
def test_a_name_with_a_claim_still_answers(
    engine: Engine, turns: tuple[str, ...], expected: str
) -> None:
    assert ask(engine, *turns).text.startswith(expected)


@pytest.mark.parametrize(
    "turns",
    [
        ("What did Pompeo say at the press conference?", "was Singh at those meetings?"),
        ("What did Pompeo say?", "did Singh attend those meetings?"),
        ("What did Pompeo say?", "was Esper at these meetings?"),
        ("Who went to Tokyo?", "was Singh at those talks?"),
    ],
)
def test_those_meetings_are_the_last_answers_own(engine: Engine, turns: tuple[str, ...]) -> None:
    """ "Those meetings" are Pompeo's, not Esper's with Singh in New Delhi."""
    assert not ask(engine, *turns).text.startswith("Yes")


def test_those_talks_still_include_who_took_part(engine: Engine) -> None:
    assert ask(engine, "Who went to Tokyo?", "was Japan at those talks?").text.startswith("Yes")


@pytest.mark.parametrize(
    "turns",
    [
        ("Who is Pompeo?", "what did he say?", "where did he say it?", "was Esper with him?"),
        ("What did Pompeo say?", "was Esper with him?"),
        ("Who did Esper meet?", "was Pompeo with him?"),
        ("Who went to Tokyo?", "was Singh with them?"),
        ("Who visited New Delhi recently?", "was Esper with him?"),
    ],
)
def test_with_him_is_at_the_last_answers_event(engine: Engine, turns: tuple[str, ...]) -> None:
    """Not "Yes" from another event both were at (the Tokyo talks)."""
    assert not ask(engine, *turns).text.startswith("Yes")


def test_with_him_at_an_event_they_shared_is_yes(engine: Engine) -> None:
    answer = ask(engine, "Who went to Tokyo with Esper?", "was Esper with him?")
    assert answer.text.startswith("Yes")


@pytest.mark.parametrize(
    ("claim", "then", "expected"),
    [
        ("Twitter says he's the Defense Secretary", "what is he then?", "Secretary ("),
        ("reddit says he's the Secretary of Defense", "what is he then?", "Secretary ("),
        ("twitter says he is the defense secretary", "where was he going?", "To South Asia"),
        ("Facebook says he is the Defense Secretary", "where was he going?", "To South Asia"),
    ],
)
def test_a_claim_a_website_makes_keeps_him_the_subject(
    engine: Engine, claim: str, then: str, expected: str
) -> None:
    """ "Who held the press conference?" (Pompeo) "Twitter says he's the Defense Secretary":
    he is still Pompeo, not Esper whom the title names."""
    answer = ask(engine, "Who held the press conference?", claim, then)
    assert answer.text.startswith(expected)


@pytest.mark.parametrize(
    "turns",
    [
        ("Esper and Singh met", "and Pompeo was there", "and then they all went to Tokyo"),
        ("Esper and Singh met in New Delhi", "after that they all went to Tokyo"),
        ("Where did Esper and Singh meet?", "did they both go to Tokyo afterwards?"),
        ("Who met in New Delhi?", "did they go to Tokyo next?"),
    ],
)
def test_the_tokyo_talks_are_no_yes_for_the_new_delhi_pair(
    engine: Engine, turns: tuple[str, ...]
) -> None:
    """The Tokyo talks were earlier, and Singh is not named at them."""
    assert not ask(engine, *turns).text.startswith("Yes")
