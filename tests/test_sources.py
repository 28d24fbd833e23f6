"""The article's sources: asked who is quoted or what its sources are, the bot names each
voice the article quotes (never the people it only names); asked whether it cites a
country's sources, it says yes or no from the same list."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine

QUOTED = ("Defense Department", "Pompeo", "U.S. government officials")


@pytest.mark.parametrize(
    "question",
    [
        "Who is quoted in the article?",
        "Whom does the article quote?",
        "What are the article's sources?",
        "Who are all the sources the article cites?",
    ],
)
def test_who_is_quoted_names_each_voice_the_article_quotes(engine: Engine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.abstained
    for voice in QUOTED:
        assert voice in answer.text
    for named_only in ("Esper", "Singh", "Begin"):
        assert named_only not in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Does the article cite Indian sources?", "No."),
        ("does the article quote any Chinese officials?", "No."),
        ("does the article cite American sources?", "Yes."),
    ],
)
def test_a_countrys_sources_are_looked_for_among_those_quoted(
    engine: Engine, question: str, verdict: str
) -> None:
    assert engine.answer(question).text.startswith(verdict)


def test_who_is_quoted_on_one_subject_is_still_that_speaker(engine: Engine) -> None:
    answer = engine.answer(
        "Who is quoted talking about the threat posed by China's Communist Party?"
    )
    assert "Pompeo" in answer.text
    assert "Defense Department" not in answer.text


def test_a_bare_quote_at_the_end_is_no_request_for_a_quote(engine: Engine) -> None:
    assert "Pompeo" in engine.answer("Who does the article quote?").text
