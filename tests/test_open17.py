"""Leftover open items: quotation checks framed by the article, and the like."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "is pompeo quoted in the article?",
        "was Pompeo quoted in the piece?",
        "is Pompeo quoted anywhere in the story?",
    ],
)
def test_quoted_in_the_article_keeps_quoted_yes(engine: Engine, question: str) -> None:
    # "in the article" went with "quoted", leaving "is pompeo": a Yes from who he is.
    answer = ask(engine, question)
    assert answer.text.startswith("Yes. The article quotes"), question
    assert answer.quote is not None and "press conference" in answer.quote.text


@pytest.mark.parametrize(
    "question",
    [
        "was esper ever quoted in the story?",
        "is Esper quoted in this article?",
        "does the story quote Singh?",
        "is singh quoted by the article?",
    ],
)
def test_quoted_in_the_article_keeps_quoted_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No. The article quotes no words of"), question


@pytest.mark.parametrize(
    "question",
    [
        "did a meeting take place in mumbai?",
        "was there a meeting in mumbai?",
        "did any talks happen in Mumbai?",
        "were there any meetings in Kolkata?",
    ],
)
def test_no_meeting_there_is_told_by_the_lead_meeting(engine: Engine, question: str) -> None:
    # The New Delhi meeting, not the Tokyo talks a tie in the ranking happened to put first.
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "New Delhi" in answer.text, question
    assert answer.quote is not None and "Rajnath Singh" in answer.quote.text


@pytest.mark.parametrize(
    "question",
    [
        "Did Esper go to Tokyo with Begin?",
        "did Begin attend the Tokyo talks with Esper?",
        "Pompeo went to Tokyo with Begin, right?",
    ],
)
def test_companion_swapped_says_where_the_other_was(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "Esper and Secretary Pompeo" in answer.text
    assert "Begin also recently visited New Delhi" in answer.text
    assert any("Begin also recently visited" in quote.text for quote in answer.quotes)


@pytest.mark.parametrize(
    "question",
    [
        "was a fifth country at the Tokyo talks?",
        "was there a fifth country at the quad talks?",
        "did a fifth nation take part in the quadripartite talks?",
        "were five countries at Tokyo?",
        "were there five countries in Tokyo?",
    ],
)
def test_a_country_past_the_four_at_tokyo_is_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No. Four countries"), question
    assert answer.quote is not None and "Australia" in answer.quote.text


def test_the_fifth_country_follows_the_tokyo_talks_only(engine: Engine) -> None:
    answer = ask(engine, "who took part in the tokyo talks?", "who was the fifth country?")
    assert answer.text.startswith("No. Four countries")
    assert ask(engine, "was a fourth country at the tokyo talks?").text.startswith("Yes")
    # Asked first, the fifth country names no list: the article names five in all.
    assert not ask(engine, "who was the fifth country?").text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "which Asian countries took part in the Tokyo talks?",
        "which countries at the tokyo talks are in asia?",
        "name the asian nations at the quadripartite talks",
    ],
)
def test_asian_countries_of_the_tokyo_talks(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Japan and India:"), question
    assert answer.quote is not None and "Tokyo" in answer.quote.text


def test_asian_and_non_asian_follow_ups(engine: Engine) -> None:
    first = "which countries took part in the tokyo talks?"
    assert ask(engine, first, "which of them are in Asia?").text.startswith("Japan and India:")
    answer = ask(engine, first, "which of them are in Asia?", "the non-Asian ones?")
    assert answer.text.startswith("The United States and Australia:")
    answer = ask(engine, "which of the quad countries are not in asia?")
    assert answer.text.startswith("The United States and Australia:")
    # People named before: "them" are not countries.
    answer = ask(engine, "who met singh?", "which of them are in Asia?")
    assert not answer.text.startswith("India:")


def test_agreed_or_merely_discussed_names_which(engine: Engine) -> None:
    first = "what agreement did they reach?"
    for follow_up in (
        "Did they agree on it, or merely discuss it?",
        "did the two sides agree to it or only talk about it?",
        "was it agreed or only discussed?",
    ):
        answer = ask(engine, first, follow_up)
        assert answer.text.startswith("Agreed."), follow_up
        assert answer.quote is not None
    answer = ask(engine, "did they agree on the BECA or just discuss it?")
    assert answer.text.startswith("Agreed.")
    answer = ask(
        engine, "what did pompeo say about china?", "did they agree on it or merely discuss it?"
    )
    assert answer.text.startswith("Discussed.")
