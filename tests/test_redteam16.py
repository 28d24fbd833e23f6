"""Questions a sixteenth red-team review found answered falsely: people the article never
quotes said to be quoted, answers to a different question ("which one met Singh?" answered
with what was praised), two-part claims judged by one half, and "where was he then?"
answered with an event the article does not date to then."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "questions",
    [
        ("Was Singh quoted?",),
        ("Was Esper quoted?",),
        ("Was Mark T. Esper quoted?",),
        ("Is Secretary Esper quoted in the article?",),
        ("Is Singh quoted anywhere?",),
        ("was the indian minister quoted at all?",),
        ("Is Begin ever quoted?",),
        ("Were Esper and Singh quoted?",),
        ("Was Singh quoted?", "was Esper?"),
    ],
)
def test_people_never_quoted_are_not_quoted(engine: Engine, questions: tuple[str, ...]) -> None:
    """Not "Yes. The two sides agreed on…": those are the DOD statement's words."""
    answer = ask(engine, *questions)
    assert answer.text.startswith("No. The article quotes no words of")


@pytest.mark.parametrize("question", ["Was Pompeo quoted?", "Was the Defense Department quoted?"])
def test_those_quoted_are_quoted_with_their_words(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes. The article quotes “")


def test_a_pair_half_quoted_says_which_half(engine: Engine) -> None:
    answer = ask(engine, "Were Esper and Pompeo quoted?")
    assert answer.text.startswith("Only Secretary Pompeo")
    assert "no words of Mark T. Esper's" in answer.text


@pytest.mark.parametrize(
    "questions",
    [
        ("Who met Singh?", "where?", "and when?", "what about Pompeo, where was he then?"),
        (
            "Who met Singh?",
            "where?",
            "and when?",
            "what about Pompeo, where was he then?",
            "and Begin?",
        ),
        ("Who met Singh on Monday?", "where was Pompeo at that time?"),
        ("Who met Singh on Monday?", "where was Pompeo at that time?", "and Begin at that time?"),
        ("When did Esper meet Singh?", "where was Pompeo that day?"),
        ("When were the Tokyo talks?", "where was Begin then?"),
    ],
)
def test_where_someone_was_then_keeps_the_time(engine: Engine, questions: tuple[str, ...]) -> None:
    """Not the undated press conference, nor Begin's "recent" visit to New Delhi."""
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize(
    ("questions", "place"),
    [
        (("When did Esper and Singh meet?", "and where was Singh at that time?"), "New Delhi"),
        (("When were the Tokyo talks?", "where was Pompeo then?"), "Tokyo"),
    ],
)
def test_where_someone_at_the_event_was_then_is_the_event(
    engine: Engine, questions: tuple[str, ...], place: str
) -> None:
    answer = ask(engine, *questions)
    assert not answer.abstained and place in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Who visited New Delhi before Esper?",
        "who went to delhi before mark t. esper did?",
        "Who met Singh after Esper?",
        "Who was in Tokyo before Pompeo?",
    ],
)
def test_who_came_before_a_person_is_not_said(engine: Engine, question: str) -> None:
    """Not "The U.S. and India": the article orders no one against another person."""
    assert ask(engine, question).abstained


def test_who_came_before_an_event_is_still_answered(engine: Engine) -> None:
    answer = ask(engine, "Who met Singh before the 2+2?")
    assert not answer.abstained and "Esper" in answer.text


@pytest.mark.parametrize(
    "questions",
    [
        ("Which two people went to Tokyo, and which one met Singh?",),
        ("Who went to Tokyo?", "which one met Singh?"),
        ("Who went to Tokyo?", "which of them met Singh?"),
        ("Who went to Tokyo and which of the two visited New Delhi?",),
    ],
)
def test_which_one_picks_among_those_just_named(engine: Engine, questions: tuple[str, ...]) -> None:
    """Not "The strength of the U.S.-India defense relationship"."""
    answer = ask(engine, *questions)
    assert answer.text.endswith("Mark T. Esper")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Does it say which services cooperate?", "services"),
        ("Which services cooperate?", "services"),
        ("Does it say which challenges are pressing?", "challenges"),
        ("Does the article specify which technologies are emerging?", "technologies"),
    ],
)
def test_whether_it_names_members_of_a_kind(engine: Engine, question: str, kind: str) -> None:
    """Not the areas of cooperation given as the services or the challenges."""
    answer = ask(engine, question)
    assert answer.abstained and f"doesn't say which {kind}" in answer.text


@pytest.mark.parametrize(
    "question",
    ["Does the article say which officials went to Tokyo?", "What did the two sides welcome?"],
)
def test_which_questions_the_article_answers_still_answered(engine: Engine, question: str) -> None:
    assert not ask(engine, question).abstained


@pytest.mark.parametrize(
    "questions",
    [
        (
            "Where was the press conference?",
            "who gave it?",
            "before what?",
            "did he go to Tokyo before or after that?",
        ),
        ("When were the Tokyo talks?", "did Begin visit New Delhi before or after that?"),
    ],
)
def test_before_or_after_gets_no_yes(engine: Engine, questions: tuple[str, ...]) -> None:
    answer = ask(engine, *questions)
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "Confirm: The two countries have had three such dialogues, and Esper attended all three.",
        "Fact check: there have been three 2+2 dialogues and Esper attended every one.",
        "The US and India have held three 2+2s and Esper was at every one, right?",
    ],
)
def test_two_claims_with_one_false_get_no(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "Did Begin go back to Washington?",
        "Did Esper fly home after the meeting?",
        "Has Pompeo returned to Washington?",
        "Did Esper return to the US?",
    ],
)
def test_a_return_home_is_never_told(engine: Engine, question: str) -> None:
    """Not "No. … Begin also recently visited New Delhi."."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("Who went to Tokyo?", "was India represented?", "by whom?"),
        ("Tell me about the Tokyo talks.", "was Japan represented?", "by whom?"),
    ],
)
def test_by_whom_asks_who_did_what_was_asked(engine: Engine, questions: tuple[str, ...]) -> None:
    """Not Esper and Pompeo, U.S. officials, as India's representatives."""
    assert ask(engine, *questions).abstained


def test_by_whom_after_a_passive_the_article_answers(engine: Engine) -> None:
    answer = ask(engine, "Was the statement issued?", "by whom?")
    assert not answer.abstained and "Defense Department" in answer.text


@pytest.mark.parametrize(
    ("questions", "verdict"),
    [
        (("how many countries?", "name them", "was China one?"), "No"),
        (("how many countries were at the Tokyo talks?", "was India one?"), "Yes"),
        (("how many countries?", "name them", "was India one?"), "Yes"),
        (("List the four countries at the Tokyo talks.", "was Japan one?"), "Yes"),
        (("List the four countries at the Tokyo talks.", "is Russia one?"), "No"),
    ],
)
def test_one_of_those_just_listed(engine: Engine, questions: tuple[str, ...], verdict: str) -> None:
    """Not "Yes" with Pompeo's words on China, nor "No. Four countries: …, India, …"."""
    assert ask(engine, *questions).text.startswith(verdict)


def test_one_of_those_listed_after_another_topic_gets_no_yes(engine: Engine) -> None:
    answer = ask(
        engine,
        "Who visited New Delhi recently?",
        "how many countries?",
        "name them",
        "was China one?",
    )
    assert not answer.text.startswith("Yes")
