"""Spellings and name variants a sixteenth red-team review found confirmed: a misspelt name
put in quotation marks to someone named ("is the deputy secretary 'Begun'?"), a British
spelling of a name ("'U.S. Defence Department'"), another word of the same sense
("'quadrilateral'"), a name spelt out word by word ("N-E-W D-E-L-H-I"), spelling follow-ups
("and 'Biegun'?"), and the maintainers' full name for someone the article gives no first
name ("is Begin Stephen Biegun?")."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("Is the deputy secretary 'Begun'?", "Begin"),
        ("Is the minister named 'Rajanth Singh'?", "Rajnath Singh"),
        ("Is the Indian minister called 'Rajnath Sing'?", "Rajnath Singh"),
        ("Is the defense secretary 'Espar'?", "Esper"),
        ("is his surname 'Sinhg'?", "Singh"),
        ("Is the secretary named 'Mark T. Esperanza'?", "Mark T. Esper"),
        ("Is it the 'U.S. Defence Department'?", "U.S. Defense Department"),
        ("Is it the 'Defence Minister'?", "Defense Minister"),
        ('Is it "Quadrilateral talks"?', "quadripartite talks"),
        ("Is it 'quadrilateral'?", "quadripartite"),
        ("Is the city 'New Dehli'?", "New Delhi"),
    ],
)
def test_a_quoted_name_spelt_otherwise_is_no(engine: Engine, question: str, written: str) -> None:
    """Not "Yes. Begin is the U.S. Deputy Secretary of State.": the slip is not his name."""
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and f"“{written}”" in answer.text


def test_a_plain_word_quoted_of_a_thing_is_no_spelling_check(engine: Engine) -> None:
    """ "Strongest" is near "strength", but "strength" is no name: not a No of spelling."""
    answer = ask(engine, "Is the relationship 'strongest'?")
    assert "“strength”" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Does the article say 'quadrilateral'?",
        'Does the article use the word "quadrilateral"?',
        "does it mention 'quadrilateral' anywhere?",
        "Is the word 'quadrilateral' used in the article?",
    ],
)
def test_a_word_of_the_same_sense_the_article_does_not_use(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "“quadripartite”" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is the meeting's city spelled N-E-W D-E-L-H-I?",
        "Is it spelled N-E-W D-E-L-H-I?",
        "Is the city spelled New Delhi?",
        "Is Rajnath Singh spelt R-A-J-N-A-T-H S-I-N-G-H?",
    ],
)
def test_two_words_spelt_out_are_two_words(engine: Engine, question: str) -> None:
    """Not "No. The article writes “Delhi”, not “Newdelhi”."."""
    assert ask(engine, question).text.startswith("Yes.")


def test_two_words_spelt_out_with_a_slip_is_no(engine: Engine) -> None:
    answer = ask(engine, "Is New Delhi spelled N-E-W D-E-H-L-I?")
    assert answer.text.startswith("No.") and "“New Delhi”" in answer.text


@pytest.mark.parametrize(
    ("first", "follow_up", "written"),
    [
        ("Is it spelt 'Esper'?", "and 'Biegun'?", "Begin"),
        ("Is it spelt 'Esper'?", "and 'Rajnth'?", "Rajnath"),
        ("Is it spelt 'Esper'?", "and 'Tokyo'?", "Tokyo"),
        ("Is it spelt 'Esper'?", "and 'Pompeo'?", "Pompeo"),
        ("Is Singh spelt 'Sing'?", "and 'Pompio'?", "Pompeo"),
        ("Is Singh spelt 'Sing'?", 'and "Defence"?', "Defense"),
        ("How is Rajnath spelt?", "and 'Biegun'?", "Begin"),
        ("Is BECA spelt B-E-C-A?", "and 'Tokio'?", "Tokyo"),
    ],
)
def test_a_quoted_follow_up_to_a_spelling_question_is_a_spelling(
    engine: Engine, first: str, follow_up: str, written: str
) -> None:
    """Not "Yes. The article calls him Secretary Pompeo…" for "and 'Biegun'?"."""
    answer = ask(engine, first, follow_up)
    assert f"“{written}”" in answer.text and "Secretary Pompeo" not in answer.text


@pytest.mark.parametrize(
    ("question", "typed"),
    [
        ("Is Begin Stephen Biegun?", "Stephen Biegun"),
        ("Is Begin the same person as Stephen Biegun?", "Stephen Biegun"),
        ("Is it Stephen E. Biegun who visited New Delhi?", "Stephen E. Biegun"),
        ("Is the deputy secretary Stephen E. Biegun?", "Stephen E. Biegun"),
        ("Is Stephen Biegun the deputy secretary of state?", "Stephen Biegun"),
        ("Begin is Stephen Biegun, right?", "Stephen Biegun"),
        ("Is the deputy secretary of state Steve Biegun?", "Steve Biegun"),
        ("Is Begin the same as Biegun?", "Biegun"),
    ],
)
def test_the_maintainers_name_for_begin_is_not_the_articles(
    engine: Engine, question: str, typed: str
) -> None:
    """Not "Yes. Begin is the U.S. Deputy Secretary of State.": the article never names
    him so, nor gives him a first name."""
    answer = ask(engine, question)
    assert not answer.text.startswith("Yes")
    assert f"“{typed}”" in answer.text and "no first name" in answer.text


def test_a_title_alias_is_no_outside_name(engine: Engine) -> None:
    """ "US secretary of state" is Pompeo's title, not a name: Esper is not him."""
    answer = ask(engine, "Esper is the US Secretary of State, right?")
    assert answer.text.startswith("No.")


@pytest.mark.parametrize(
    ("question", "verdict", "written"),
    [
        ("Does the article use the word BECA?", "No.", "Basic Exchange and Cooperation"),
        ("does the article use the word Pentagon?", "No.", "Defense Department"),
        ("Does the article use the term quadrilateral?", "No.", "quadripartite"),
        ("does the article mention the name Biegun?", "No.", "Begin"),
        ("does it use the word quadripartite?", "Yes.", "quadripartite"),
    ],
)
def test_a_word_asked_of_unquoted_after_what_it_is_called(
    engine: Engine, question: str, verdict: str, written: str
) -> None:
    """ "the acronym BECA" asks of the word as much as "the acronym 'BECA'" does."""
    answer = ask(engine, question)
    assert answer.text.startswith(verdict) and written in answer.text
