"""Red team 8, classes 2, 3 and 5: follow-ups that drift to another person or event,
"anyone else" questions and who said or reported something."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "Who reported that Pompeo discussed China's Communist Party?",
        "Who said that Pompeo discussed China's Communist Party?",
        "who stated that free nations could thwart China?",
        "who said the meetings included discussions on China?",
    ],
)
def test_words_someone_said_are_reported_by_the_one_saying_them(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and answer.text == "Secretary Pompeo"


@pytest.mark.parametrize(
    "question",
    [
        "Who reported the Tokyo talks?",
        "who reported on the quadripartite talks?",
        "who reported that Esper and Pompeo went to Tokyo?",
        "who said Esper and Pompeo took part in the Tokyo talks?",
        "Who claimed that Pompeo attended the quadripartite talks?",
    ],
)
def test_a_source_the_article_does_not_name_is_not_who_took_part(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "Pompeo" not in answer.text and "Japan" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Tell me who thwarted China.",
        "Who thwarted China?",
        "who worked together to thwart China?",
        "who countered China's threat?",
    ],
)
def test_an_act_only_spoken_of_is_done_by_no_one(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    ["Who could thwart China?", "who can work together against China?"],
)
def test_who_could_gets_those_said_to_be_able_to(engine: Engine, question: str) -> None:
    assert ask(engine, question).text == "Free nations"


def test_the_speaker_still_did_his_own_act(engine: Engine) -> None:
    assert ask(engine, "Who held the press conference?").text == "Secretary Pompeo"


@pytest.mark.parametrize(
    "question",
    [
        "Name anyone who went to New Delhi besides Esper.",
        "name anybody who visited New Delhi other than Esper",
        "who went to New Delhi besides Esper?",
    ],
)
def test_anyone_named_besides_someone_is_the_other_visitor(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Begin")


@pytest.mark.parametrize(
    "followup",
    ["anyone else visit Tokyo?", "anybody else go to Tokyo?", "did anyone else go there?"],
)
def test_anyone_else_after_everyone_named_is_no_one_named(engine: Engine, followup: str) -> None:
    answer = ask(engine, "Who went to Tokyo?", followup)
    assert answer.abstained and not answer.text.startswith("Yes")


def test_anyone_else_asked_fresh_is_asked_as_did_anyone(engine: Engine) -> None:
    answer = ask(engine, "Anyone else visit Tokyo?")
    assert answer.text.startswith("Yes") and "Pompeo" in answer.text
