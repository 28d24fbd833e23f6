"""A quote and wording checker's questions: whose words, where they stand, which wording."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("In the statement, what did Esper and Singh praise?", "strength"),
        ("In the Pentagon's statement, who did Esper meet?", "Singh"),
        ("from the DoD statement, what did the two sides agree on?", "Basic Exchange"),
        ("in its statement, why are they expanding information sharing?", "security challenges"),
        ("in the DoD's statement, what did the two men praise?", "strength"),
    ],
)
def test_a_statement_named_first_is_the_source_not_the_question(
    engine: Engine, question: str, expected: str
) -> None:
    """ "In the Defence Department statement, what…?" is asked as "what…, according to the
    statement?", not as a question about the statement itself."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text
    assert not answer.text.startswith("A statement from")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "cooperation between the two militaries - is that the statement's wording or the"
            " headline's?",
            "The statement's",
        ),
        ("is 'mutual engagement on logistics' the headline's wording or the statement's?", "¶2"),
        ("'two services' - headline or body?", "The headline's"),
        ("deepening cooperation: the headline's words or the statement's?", "Both"),
        ("is 'thwart' in the headline or the article?", "Not the headline's"),
    ],
)
def test_headline_or_other_wording_says_where_the_words_stand(
    engine: Engine, question: str, expected: str
) -> None:
    """Either the headline's words or another place's: read from where they stand, never the
    headline given as the answer to any question naming it."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text


def test_writers_own_words_are_not_called_the_statements(engine: Engine) -> None:
    """ "does not explicitly mention China" is the writer's sentence about the statement."""
    answer = ask(engine, "'the threat posed by China' - headline's wording or the statement's?")
    assert "The statement's" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what quality of the defence relationship did the two men praise?",
        "which feature of the relationship did Esper and Singh praise?",
        "what attribute of the U.S.-India defense relationship was praised?",
        "what qualities of the relationship did they praise?",
    ],
)
def test_a_property_of_what_was_praised_is_what_they_praised(engine: Engine, question: str) -> None:
    assert "strength" in ask(engine, question).text


@pytest.mark.parametrize(
    "question", ["what's the quality of the agreement?", "what features does BECA have?"]
)
def test_a_property_asked_with_nothing_done_is_not_answered_with_a_name(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how does the article spell the deputy secretary of state's name?", "Begin"),
        ("how is the Indian defense minister's name spelled?", "Rajnath Singh"),
        ("how does it spell the US defense secretary's name?", "Mark T. Esper"),
        ("how is Esper's first name spelt?", "Mark"),
    ],
)
def test_a_name_spelt_is_the_name_as_the_article_gives_it(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_a_name_the_article_never_gives_is_not_spelt(engine: Engine) -> None:
    assert ask(engine, "how is Modi's name spelled?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what does it say about defence trade, exact words", "defense trade enhancements"),
        ("what did Pompeo say about China - exact words please", "thwart"),
        ("what did they praise; actual wording?", "strength"),
    ],
)
def test_exact_words_asked_after_a_break_only_say_how_to_answer(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("give me the exact sentence about China", "China"),
        ("quote the line on logistics", "logistics"),
        ("show me the passage about Begin", "Begin"),
        ("quote the line that mentions Tokyo", "Tokyo"),
        ("can you give me the sentence about the agreement please", "Agreement"),
    ],
)
def test_the_sentence_about_something_is_what_the_article_says_of_it(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert answer.quote is not None and expected in answer.quote.text


def test_the_sentence_about_someone_never_named_is_not_given(engine: Engine) -> None:
    assert ask(engine, "give me the sentence about Modi").abstained
