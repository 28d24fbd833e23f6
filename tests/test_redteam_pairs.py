"""Questions about two or three named people at once, which a sixth red-team review found
answered for one of them only ("Who visited New Delhi: Esper, Begin, or both?" got Esper)
or with one person's fact standing for both ("Did Esper and Pompeo both speak at the State
Department?" got Yes). Each person is now weighed alone."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "Who visited New Delhi: Esper, Begin, or both?",
        "Who visited New Delhi, Begin or Esper?",
        "Who visited New Delhi - Esper or Begin?",
        "Who went to Tokyo - Esper, Pompeo or both?",
    ],
)
def test_both_options_named_by_the_answer_are_both(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Both")


@pytest.mark.parametrize(
    ("question", "held", "unsaid"),
    [
        ("Who visited New Delhi: Esper, Pompeo, or Begin?", "Esper", "Pompeo"),
        ("Who visited New Delhi: Esper, Pompeo, or Begin?", "Begin", "Pompeo"),
        ("Who spoke at the State Department, Esper or Pompeo?", "Pompeo", "Esper"),
        ("Who met Singh: Esper or Pompeo?", "Esper", "Pompeo"),
    ],
)
def test_an_option_the_answer_leaves_out_is_not_chosen(
    engine: Engine, question: str, held: str, unsaid: str
) -> None:
    answer = ask(engine, question)
    assert held in answer.text.split("The article")[0]
    assert answer.text.endswith(f"The article doesn't say so of {unsaid}.")


@pytest.mark.parametrize(
    ("question", "held", "unsaid"),
    [
        ("Did Esper and Pompeo both speak at the State Department?", "Pompeo", "Esper"),
        ("Did Pompeo and Esper both visit New Delhi?", "Esper", "Pompeo"),
        ("Did Esper and Begin both go to Tokyo?", "Esper", "Begin"),
        ("Did Esper go to Tokyo, and did Begin?", "Esper", "Begin"),
    ],
)
def test_what_only_one_of_two_did_is_no_yes_for_both(
    engine: Engine, question: str, held: str, unsaid: str
) -> None:
    """The article is silent on the other one: no Yes, and no No either."""
    answer = ask(engine, question)
    assert answer.abstained
    assert answer.text == (
        f"The article says that only of {held}; it doesn't say whether {unsaid} did."
    )


@pytest.mark.parametrize(
    "question",
    [
        "Did Esper and Begin both visit New Delhi?",
        "Did Begin and Esper both go to India?",
        "Has Begin been to New Delhi, and has Esper?",
        "Did both the Deputy Secretary of State and the Secretary of Defense visit New Delhi?",
        "Were Esper and Pompeo both in Tokyo?",
    ],
)
def test_what_both_did_is_yes_with_each_ones_quote(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert answer.quotes


def test_both_in_new_delhi_cites_both_visits(engine: Engine) -> None:
    answer = ask(engine, "Did Esper and Begin both visit New Delhi?")
    assert {1, 8} <= {quote.paragraph for quote in answer.quotes}


@pytest.mark.parametrize(
    "question",
    [
        "was the 2+2 between the US and Japan?",
        "Did the quad talks include the US, Japan, India and Australia?",
        "which of them is the diplomat — Begin or Esper?",
    ],
)
def test_questions_that_only_look_like_two_names_are_read_as_before(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert not answer.text.startswith(("Yes, both", "Only ", "Both:"))


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Who called China's Communist Party a threat?", "Pompeo"),
        ("Who described China's Communist Party as a threat?", "Pompeo"),
        ("Who labelled the CCP a threat?", "Pompeo"),
        (
            "who called the relationship one of the most significant of the 21st century?",
            "officials",
        ),
        ("who described the security challenges as pressing?", "Defense Department"),
    ],
)
def test_who_called_something_that_is_who_said_it(
    engine: Engine, question: str, speaker: str
) -> None:
    """The speaker, never the ones the remark is about ("free nations")."""
    answer = ask(engine, question)
    assert speaker in answer.text and "Free nations" not in answer.text


@pytest.mark.parametrize("question", ["who called the meeting a success?", "who called Singh?"])
def test_who_called_what_the_article_never_calls_it_abstains(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "The US and India haven't had any 2+2 before?",
        "Esper hasn't done a 2+2 before?",
        "the two countries haven't held a 2+2 dialogue before?",
        "Begin hasn't visited New Delhi?",
    ],
)
def test_a_denied_perfect_put_as_a_claim_gets_no(engine: Engine, question: str) -> None:
    """ "haven't had any 2+2 before?" claims there were none: No (there were three)."""
    assert ask(engine, question).text.startswith("No.")
