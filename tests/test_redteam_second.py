"""Questions a second red-team review found answered falsely: a day gap the article never
gives, counterfactuals, a military rank read off an office, and a trip read as one occasion.
Each now gets an honest abstention or the answer the article settles."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "Was the meeting the day before the 2+2?",
        "Was the meeting two days before the 2+2?",
        "Did Esper meet Singh one day ahead of the 2+2 dialogue?",
        "Was the Esper-Singh meeting held two days prior to the 2+2?",
        "Did the 2+2 take place a week after the meeting?",
        "Esper met Singh on the eve of the 2+2, right?",
        "Were the Tokyo talks held three weeks before the New Delhi meeting?",
    ],
)
def test_a_gap_between_events_the_article_does_not_measure(engine: Engine, question: str) -> None:
    """ "ahead of the 2+2 Dialogue" orders the meeting but gives no gap in days."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    ["Did Esper meet Singh before the 2+2?", "Was the meeting ahead of the 2+2?"],
)
def test_the_order_itself_is_still_confirmed(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "If China had not been a threat, would the talks have happened?",
        "If Esper had not gone to New Delhi, would BECA have been agreed?",
        "If the meeting had been in Tokyo, would Japan have joined?",
        "If relations with China were improving, would BECA have been signed?",
        "What would happen if US-China relations improved?",
        "Would Japan have joined if the talks had been held in Delhi?",
        "What if Singh had refused to meet Esper?",
        "Could BECA have been signed if Pompeo had stayed home?",
    ],
)
def test_counterfactuals_are_not_answered_yes_or_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained
    assert "would have happened" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What, if anything, was agreed regarding communications?", "communications"),
        ("Could you tell me if Esper met Singh?", "Yes"),
        ("Who, if anyone, joined Esper in Tokyo?", "Pompeo"),
    ],
)
def test_a_courtesy_if_is_no_counterfactual(engine: Engine, question: str, expected: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    "question",
    ["Is Esper a general?", "Is Esper an admiral?", "Is Singh a general?", "Is Pompeo a general?"],
)
def test_an_office_rules_out_no_military_rank(engine: Engine, question: str) -> None:
    """Being Secretary of Defense says nothing of a rank held before or besides: the
    office the article gives, with neither Yes nor No."""
    answer = ask(engine, question)
    assert answer.text.startswith("The article doesn't say whether")


def test_an_office_still_rules_out_another_office(engine: Engine) -> None:
    assert ask(engine, "Is Esper the foreign minister?").text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "Did Esper go to South Asia?",
        "Did Begin go to South Asia?",
        "Did Begin travel to South Asia?",
    ],
)
def test_someone_elses_trip_there_is_no_no(engine: Engine, question: str) -> None:
    """Pompeo's "trip to South Asia" is his; others may have gone there too."""
    assert not ask(engine, question).text.startswith("No")


def test_a_single_occasion_still_names_who_did_it(engine: Engine) -> None:
    answer = ask(engine, "Did Esper give the press conference at the State Department?")
    assert answer.text.startswith("No") and "Pompeo" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "How often do the 2+2 dialogues happen?",
        "How often does the 2+2 take place?",
        "how often are these dialogues held?",
    ],
)
def test_how_often_something_recurs_is_no_count(engine: Engine, question: str) -> None:
    """A rate ("yearly?") is not how many there have been ("three")."""
    answer = ask(engine, question)
    assert answer.abstained and "Three" not in answer.text


def test_how_often_someone_has_done_it_still_counts(engine: Engine) -> None:
    assert "second" in ask(engine, "How often has Esper taken part in a 2+2?").text


@pytest.mark.parametrize(
    "question",
    [
        "Is this article from the Pentagon?",
        "Is this article from an Indian newspaper?",
        "Did the Defense Department publish this article?",
        "Was this piece written by the DoD?",
    ],
)
def test_who_put_out_the_article_is_not_said(engine: Engine, question: str) -> None:
    """It reports a DoD statement; that makes it no DoD article, nor an Indian one."""
    answer = ask(engine, question)
    assert answer.abstained and "published" in answer.text


def test_who_issued_the_statement_is_still_said(engine: Engine) -> None:
    assert ask(engine, "Was the statement from the Pentagon?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    ["What did the Indian government say?", "What did India say?", "What did the Indians say?"],
)
def test_a_side_no_one_speaks_for_is_not_given_the_others_statement(
    engine: Engine, question: str
) -> None:
    """The statement the article reports is the U.S. Defense Department's, not India's."""
    answer = ask(engine, question)
    assert answer.abstained and "India" in answer.text


def test_the_side_whose_statement_it_is_still_gets_it(engine: Engine) -> None:
    assert not ask(engine, "What did the U.S. government say?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Which of these people did not go to Tokyo: Esper, Pompeo, Begin?",
        "Which of these did not attend the Tokyo talks: Esper, Pompeo or Begin?",
        "Which of these was not at the New Delhi meeting: Esper, Singh, Begin?",
    ],
)
def test_a_person_left_out_of_who_took_part_is_not_said_to_have_stayed_away(
    engine: Engine, question: str
) -> None:
    """The article names who took part, not everyone who did: only that Begin is not
    named, never the participants' sentence as proof he was absent."""
    answer = ask(engine, question)
    assert not answer.text.startswith("Begin:")
    assert answer.abstained or "but not Begin" in answer.text


def test_a_country_left_out_of_a_full_list_is_still_the_odd_one_out(engine: Engine) -> None:
    question = (
        "Which of these did not take part in the Tokyo talks: Japan, Australia, China, India?"
    )
    assert ask(engine, question).text.startswith("China")


@pytest.mark.parametrize(
    "question",
    ["Who is Begin's superior?", "Who does Begin report to?", "Who was Esper's predecessor?"],
)
def test_a_chain_of_command_the_article_never_gives(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained
