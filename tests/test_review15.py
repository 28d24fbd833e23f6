"""Review 15's bugs: readers that asserted what the article doesn't say, or misread a form."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "has the quad met twice?",
        "the quad has met twice",
        "true or false: the quadripartite talks have been held twice",
        "have the summits taken place twice?",
        "the meetings have happened three times",
        "has the quad been held three times?",
    ],
)
def test_a_count_of_an_event_the_article_never_counts_is_not_confirmed(
    engine: Engine, question: str
) -> None:
    """B1: only the 2+2s are counted ("three such dialogues"); the quad's count is unsaid."""
    answer = ask(engine, question)
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("has the 2+2 been held twice?", "No."),
        ("true or false: the 2+2 has been held three times", "True."),
        ("have the dialogues taken place four times?", "No."),
    ],
)
def test_a_count_of_the_2plus2_is_still_checked(
    engine: Engine, question: str, verdict: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what time it was?", "time of day"),
        ("what day it was?", "Monday"),
        ("what year it was?", "year"),
        ("what date it was?", "Oct. 26"),
        ("what day of the week it was?", "Monday"),
    ],
)
def test_what_noun_it_was_asks_the_noun(engine: Engine, question: str, expected: str) -> None:
    """B2: "what time it was?" is not "what was time it"."""
    answer = ask(engine, question)
    assert expected in answer.text
    assert "heating up" not in answer.text


def test_what_a_thing_is_in_embedded_order_still_reads(engine: Engine) -> None:
    assert "dialogue between" in ask(engine, "2+2 dialogue, what it is?").text
    assert "dialogue between" in ask(engine, "what 2plus2 dialogue is").text


@pytest.mark.parametrize(
    "claim",
    [
        "was china criticized?",
        "was the agreement praised?",
        "was china condemned?",
    ],
)
def test_by_whom_after_a_no_or_no_answer_names_no_one(engine: Engine, claim: str) -> None:
    """B3: "by whom?" after a No or an abstention has no act to name a doer of."""
    first = ask(engine, claim)
    assert first.abstained or first.text.startswith("No"), first.text
    answer = ask(engine, claim, "by whom?")
    assert answer.abstained, answer.text
    assert "Communist" not in answer.text and "Esper" not in answer.text


def test_by_whom_after_a_yes_names_the_doers(engine: Engine) -> None:
    answer = ask(engine, "was the relationship praised?", "by whom?")
    assert answer.text == "Esper and Singh"
