"""Titles, ranks and counterparts: what the article calls people and offices."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "what does the headline call esper and singh?",
        "how does the headline refer to the two men?",
        "in the headline, what are esper and singh called?",
        "what name does the headline give the two men?",
    ],
)
def test_headline_name_for_the_two_men(engine: Engine, question: str) -> None:
    # The headline names no one: it calls them "Defense Chiefs", not what they did.
    answer = ask(engine, question)
    assert "Defense Chiefs" in answer.text
    assert answer.quotes[0].paragraph == 0


def test_headline_name_follows_the_conversation(engine: Engine) -> None:
    text = ask(engine, "who met singh?", "what does it call the two of them in the headline?").text
    assert "Defense Chiefs" in text


def test_headline_naming_someone_it_does_not_name_abstains(engine: Engine) -> None:
    answer = ask(engine, "what does the headline call pompeo?")
    assert answer.abstained
    assert "doesn't name" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what does india's foreign secretary actually do?",
        "what does the indian foreign minister do?",
        "what does a defense secretary do?",
        "so what does the us secretary of state do",
        "what do india's external affairs ministers even do?",
    ],
)
def test_what_an_office_does_is_not_answered_by_the_meeting(engine: Engine, question: str) -> None:
    # The article tells what its people did, never what an office is for; an office no one
    # in it holds is not answered with Esper's meeting.
    assert ask(engine, question).abstained


def test_what_a_named_person_does_still_answers(engine: Engine) -> None:
    assert not ask(engine, "what does esper do?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "so who is whose counterpart here",
        "who are the counterparts?",
        "which two officials are counterparts here?",
        "who is counterpart to whom?",
        "Who's whose counterpart in this story?",
    ],
)
def test_counterparts_asked_as_a_pair_name_both_with_titles(engine: Engine, question: str) -> None:
    text = ask(engine, question).text
    assert "Esper" in text and "Secretary of Defense" in text
    assert "Singh" in text and "Defense Minister" in text


def test_one_persons_counterpart_still_names_the_other(engine: Engine) -> None:
    text = ask(engine, "who is singh's counterpart?").text
    assert "Esper" in text and "Singh" not in text


def test_counterparts_at_the_tokyo_talks_are_not_the_delhi_pair(engine: Engine) -> None:
    assert "Singh" not in ask(engine, "who are the counterparts at the tokyo talks?").text


def test_first_name_after_one_person_is_not_the_list_item(engine: Engine) -> None:
    # Both men listed, then Singh's country: "first name?" is Singh's, not "the first".
    text = ask(
        engine,
        "who are the counterparts?",
        "which country does he represent? singh i mean",
        "first name?",
    ).text
    assert "Rajnath" in text and "Esper" not in text


@pytest.mark.parametrize(
    "question",
    [
        "which 2 people, by title, met in new delhi on oct 26?",
        "who met on monday, by title?",
        "who met in new delhi, with their titles?",
        "which two officials met in delhi, and their titles?",
    ],
)
def test_people_asked_by_title_are_given_with_their_offices(engine: Engine, question: str) -> None:
    text = ask(engine, question).text
    assert "Secretary of Defense" in text and "Defense Minister" in text
    assert "Headline" not in text and "Commit to" not in text


def test_by_title_after_another_who_question(engine: Engine) -> None:
    text = ask(engine, "who visited new delhi recently, and their titles?").text
    assert text.startswith("Begin, the U.S. Deputy Secretary of State")


@pytest.mark.parametrize(
    "question",
    [
        "what abbreviation does the article use for the defense department?",
        "what acronym is used for the department of defense?",
        "how does the article abbreviate the defense department?",
    ],
)
def test_the_articles_abbreviation_is_quoted_where_used(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "DOD" in answer.text
    assert "DOD" in answer.quotes[0].text


def test_no_abbreviation_for_the_tokyo_talks(engine: Engine) -> None:
    answer = ask(engine, "what abbreviation does the article use for the quadripartite talks?")
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "what name does the article use for the US defence ministry",
        "what does the article call the pentagon?",
    ],
)
def test_the_articles_name_is_quoted_where_it_stands(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "U.S. Department of Defense" in answer.quotes[0].text


@pytest.mark.parametrize(
    "question",
    [
        "what word does the article use for those talks?",
        "what name does the article use for those talks?",
        "what term does the article use for the four-way talks?",
    ],
)
def test_the_articles_word_for_the_talks(engine: Engine, question: str) -> None:
    text = ask(engine, "who went to the tokyo talks?", question).text
    assert "quadripartite" in text


@pytest.mark.parametrize(
    "question",
    [
        "and does it refer to singh as a secretary of defense at any point?",
        "so is singh ever called a secretary of defense?",
        "does the article call singh a secretary?",
        "is singh ever referred to as a secretary at any time?",
    ],
)
def test_singh_is_one_of_the_two_secretaries_of_defense(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert "Secretaries of Defense" in answer.quotes[0].text


@pytest.mark.parametrize(
    ("question", "called"),
    [
        ("Pompeo is called Deputy Secretary in the article, right?", "Secretary Pompeo"),
        ("Pompeo is referred to as the deputy secretary, correct?", "Secretary Pompeo"),
        ("so Begin is called Secretary of State in the piece?", "Deputy Secretary of State"),
        ("does the article refer to Esper as defense minister?", "Secretary of Defense"),
        ("is esper called a minister in the article?", "Secretary of Defense"),
    ],
)
def test_a_title_the_article_never_gives_gets_no(
    engine: Engine, question: str, called: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No. The article never calls")
    assert called in answer.text


def test_a_calling_claim_asking_what_is_no_claim(engine: Engine) -> None:
    answer = ask(engine, "Singh is called what in the article?")
    assert not answer.text.startswith(("No.", "Yes."))


@pytest.mark.parametrize(
    "question",
    [
        "Is Begin Esper's deputy?",
        "is begin the deputy to esper, right?",
        "Was Begin Esper's number two?",
        "is begin singh's deputy?",
    ],
)
def test_a_deputy_of_another_department_is_no_ones_deputy_there(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No. Begin is the U.S. Deputy Secretary of State")
    assert "Deputy Secretary of State Begin" in answer.quotes[0].text


def test_deputy_of_someone_without_a_department_gets_no_verdict(engine: Engine) -> None:
    # The article calls Pompeo only "Secretary Pompeo": whose deputy Begin is, it never says.
    assert not ask(engine, "is Begin Pompeo's deputy?").text.startswith(("No", "Yes"))


def test_a_deputy_title_is_left_to_the_title_readers(engine: Engine) -> None:
    text = ask(engine, "Is Begin the Deputy Secretary of Defense?").text
    assert text.startswith("No. Begin is the U.S. Deputy Secretary of State.")


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("ok and the actual secretary of defense?", "Esper"),
        ("and the real defense secretary?", "Esper"),
        ("who is the actual indian defence minister?", "Singh"),
    ],
)
def test_the_actual_office_is_the_office(engine: Engine, question: str, holder: str) -> None:
    first = "who's the US deputy secretary of state?"
    text = ask(engine, first, "and the deputy secretary of defense?", question).text
    assert holder in text


@pytest.mark.parametrize(
    "question",
    [
        "Which side said it wanted to expand information sharing to address pressing global "
        "security challenges - the State Dept?",
        "which side said it wanted more information sharing - the state dept?",
        "which side said it wanted more information sharing - the Pentagon?",
        "who said they would deepen military cooperation -- the state dept?",
    ],
)
def test_a_body_guessed_as_the_speaker_gets_the_defense_department(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "Defense Department" in answer.text
    assert "Defense Department said in a statement" in answer.quotes[0].text
