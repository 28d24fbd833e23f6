"""Lists and sources: what a body that only reported something did."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.factbase.compiler import load_factbase

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_factbase(ROOT / "facts", ROOT / "seeds"))


@pytest.mark.parametrize(
    "question",
    [
        "what did the DOD do?",
        "what did the Defense Department do?",
        "what did the Pentagon do?",
        "what has the DoD done?",
        "what did the U.S. Department of Defense do?",
    ],
)
def test_what_a_reporting_body_did_is_its_statement(engine: Engine, question: str) -> None:
    answer = engine.answer(question)
    assert answer.abstained or "statement" in answer.text.lower()
    assert "Basic Exchange" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "list all the dates",
        "what are all the dates in the article?",
        "which dates does the article mention?",
        "list the meetings Esper attended",
        "name all the meetings Esper took part in",
        "what are all the talks esper went to?",
    ],
)
def test_every_occasion_or_date_asked_at_once_abstains(engine: Engine, question: str) -> None:
    # No one fact lists them; one of them given as the list would be false.
    assert engine.answer(question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "list the things they agreed to cooperate on",
        "list all the things they agreed to cooperate on",
        "enumerate everything they will cooperate on",
        "list all they agreed to cooperate on",
    ],
)
def test_every_thing_they_cooperate_on_is_listed_whole(engine: Engine, question: str) -> None:
    # The whole list: the statement's areas, information sharing, technologies and trade.
    text = engine.answer(question).text.lower()
    for item in ("information sharing", "logistics", "technolog", "trade"):
        assert item in text


@pytest.mark.parametrize(
    "question",
    [
        "now the source of the remark about China's Communist Party",
        "the source of the remark about China's Communist Party?",
        "source of the remark about free nations thwarting china",
    ],
)
def test_bare_source_of_a_remark_is_who_made_it(engine: Engine, question: str) -> None:
    assert "Pompeo" in engine.answer(question).text


@pytest.mark.parametrize(
    "question",
    [
        "Who reported the Tokyo talks?",
        "who said Esper went to Tokyo?",
        "who reports that Esper went to Tokyo?",
        "who said Begin visited New Delhi?",
    ],
)
def test_who_reported_what_no_one_is_said_to_report_is_the_article(
    engine: Engine, question: str
) -> None:
    answer = engine.answer(question)
    assert answer.abstained or answer.text.startswith("The article itself")


def test_who_reported_what_the_statement_reports_is_the_statement(engine: Engine) -> None:
    assert "Defense Department" in engine.answer("who reported the agreement?").text


@pytest.mark.parametrize(
    "question",
    [
        "Give me the who, where and when of the Esper meeting.",
        "can you give me the who, where and when of the Esper meeting?",
        "what's the who, where, when of the Esper-Singh meeting?",
        "tell me the who, where and when of the meeting Esper had",
    ],
)
def test_requested_list_of_question_words_answers_each(engine: Engine, question: str) -> None:
    text = engine.answer(question).text
    for part in ("Singh", "New Delhi", "Oct. 26"):
        assert part in text
    assert "Defense Department" not in text


@pytest.mark.parametrize(
    "question",
    ["who attended the Esper-Singh meeting?", "who was at the esper/singh meeting?"],
)
def test_meeting_named_by_its_two_sides_is_theirs(engine: Engine, question: str) -> None:
    text = engine.answer(question).text
    assert "Esper" in text and "Singh" in text and "Defense Department" not in text


@pytest.mark.parametrize(
    "question",
    [
        "Which country hosted the talks Esper attended before meeting Singh?",
        "where were the talks Esper attended before the meeting with Singh?",
        "which city hosted the talks Esper joined before he met Singh?",
        "which country hosted the meeting Esper attended before coming to New Delhi?",
    ],
)
def test_place_of_the_event_someone_attended_before_another(engine: Engine, question: str) -> None:
    text = engine.answer(question).text
    assert "Tokyo" in text and "Japan" in text


@pytest.mark.parametrize(
    "question", ["what dates did Esper meet Singh?", "what days did they meet?"]
)
def test_dates_asked_in_the_plural_are_asked_when(engine: Engine, question: str) -> None:
    """ "What dates…?" asks when, as "what date…?" does; it got the statement's source."""
    answer = engine.answer(question)
    assert "Oct. 26" in answer.text, answer.text


def _asked_in_turn(engine: Engine, *questions: str) -> str:
    """The answer to the last question, asked after the others in one conversation."""
    answer = engine.answer(questions[0])
    for question in questions[1:]:
        answer = engine.answer(question, answer.context)
    return answer.text


@pytest.mark.parametrize(
    ("item", "question", "said"),
    [
        ("the third?", "was it at the Tokyo talks?", "No."),
        ("the 3rd?", "did it take part in the quadripartite talks?", "No."),
        ("the fifth?", "was it at the Tokyo talks?", "Yes."),
        ("the first?", "did it take part in the Tokyo talks?", "Yes."),
    ],
)
def test_it_after_a_listed_country_is_that_country(
    engine: Engine, item: str, question: str, said: str
) -> None:
    """ "The third?" (China) "Was it at the Tokyo talks?": No; it got a Yes of the talks."""
    text = _asked_in_turn(engine, "list the countries named", item, question)
    assert text.startswith(said), text


@pytest.mark.parametrize(
    ("listing", "question", "wanted"),
    [
        ("list the countries named", "the third one: was it at the Tokyo talks?", "No."),
        ("list the countries named", "the fifth, was it at the tokyo talks?", "Yes."),
        ("list the people named", "the second one, his nationality?", "India"),
        ("list the people named", "number 2 - where did he meet Esper?", "New Delhi"),
    ],
)
def test_an_item_then_a_question_asks_it_of_that_item(
    engine: Engine, listing: str, question: str, wanted: str
) -> None:
    """ "The 3rd, was it at Tokyo?" asks of China, not of the last item answered."""
    text = _asked_in_turn(engine, listing, "the 4th?", question)
    assert wanted in text and "Yes" not in text.replace(wanted, ""), text


@pytest.mark.parametrize(
    "question",
    [
        "Who represented the US in New Delhi?",
        "who represented america at the new delhi meeting?",
        "who attended for the US in New Delhi?",
        "who went for the US to New Delhi?",
    ],
)
def test_one_countrys_side_is_not_both_sides(engine: Engine, question: str) -> None:
    """ "Who represented the US in New Delhi?": Esper; Singh represented no U.S."""
    text = engine.answer(question).text
    assert "Esper" in text and "Singh" not in text, text


@pytest.mark.parametrize(
    "question", ["who met in new delhi?", "who represented India in New Delhi?"]
)
def test_both_sides_or_the_other_side_still_answered(engine: Engine, question: str) -> None:
    assert "Singh" in engine.answer(question).text


@pytest.mark.parametrize("ending", ["too?", "as well?", "also?"])
def test_he_and_him_among_three_people_get_no_yes(engine: Engine, ending: str) -> None:
    """ "Who met Singh?" "and Pompeo, where was he earlier this month?" "did he meet him
    too?": it got a "Yes" from the Tokyo talks (Pompeo with Esper); the article never says
    Pompeo met Singh."""
    text = _asked_in_turn(
        engine,
        "Who met Singh?",
        "and Pompeo, where was he earlier this month?",
        f"did he meet him {ending}",
    )
    assert not text.startswith("Yes"), text


def test_he_and_him_between_two_people_still_answered(engine: Engine) -> None:
    text = _asked_in_turn(engine, "Who met Singh?", "did he meet him in New Delhi?")
    assert text.startswith("Yes"), text


@pytest.mark.parametrize(
    "question",
    [
        "Which is the odd one out: Esper, Singh, Begin (by nationality)?",
        "odd one out by nationality: Esper, Pompeo, Singh",
        "By country, who is the odd one out: Begin, Singh, Pompeo, Esper?",
        "Esper, Singh, Begin - which one doesn't fit by nationality?",
    ],
)
def test_odd_one_out_by_nationality_is_the_one_apart(engine: Engine, question: str) -> None:
    """It got Begin, a U.S. official like Esper; Singh is the one from India."""
    text = engine.answer(question).text
    assert text.startswith("Rajnath Singh") and "India" in text, text


def test_odd_one_out_by_country_with_none_apart_is_not_guessed(engine: Engine) -> None:
    assert engine.answer("odd one out by country: Esper, Pompeo, Begin").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Given that the Tokyo talks included China, what did the countries discuss?",
        "Since the Tokyo talks included China, what was discussed?",
    ],
)
def test_a_corrected_premise_about_tokyo_gets_no_new_delhi_summary(
    engine: Engine, question: str
) -> None:
    """It corrected the premise, then gave the New Delhi meeting's summary as what was
    discussed in Tokyo; the article doesn't say what the Tokyo talks discussed."""
    text = engine.answer(question).text
    assert text.startswith("No.") and "New Delhi" not in text and "BECA" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "list the departments mentioned",
        "list all the departments",
        "name the government departments in the article",
        "name every department the article mentions",
    ],
)
def test_a_list_of_the_departments_names_both(engine: Engine, question: str) -> None:
    """It gave the Defense Department's statement alone, leaving out the State Department
    (Pompeo's press conference, Begin's title)."""
    text = engine.answer(question).text
    assert "Defense" in text and "State Department" in text, text


@pytest.mark.parametrize(
    "question", ["list the things the two men agreed on", "which things did the two men praise?"]
)
def test_the_things_two_men_did_are_asked_not_the_men(engine: Engine, question: str) -> None:
    """It answered 'The U.S. and India: Esper and Singh': who, where what was asked."""
    answer = engine.answer(question)
    assert not answer.abstained
    assert "Esper and Singh" not in answer.text and "Esper" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Compare the Tokyo talks with the New Delhi meeting: who, where, how many countries.",
        "Compare the Tokyo talks and the New Delhi meeting: who and where",
    ],
)
def test_a_comparison_never_answers_a_point_with_something_else(
    engine: Engine, question: str
) -> None:
    """It gave Pompeo's press-conference venue for 'where' and left New Delhi out; each
    point is asked of each thing, and a comparison not answered for both abstains."""
    answer = engine.answer(question)
    assert "press conference" not in answer.text and "State Department" not in answer.text
    assert answer.abstained or "New Delhi" in answer.text


def test_a_comparison_answered_for_both_gives_each_point_of_each() -> None:
    from bot.engine.compared import compared_asked

    compared = compared_asked("Compare the Tokyo talks with the 2+2: where, how many countries")
    assert compared is not None
    assert compared.questions[0] == (
        "where was the Tokyo talks held?",
        "how many countries took part in the Tokyo talks?",
    )
