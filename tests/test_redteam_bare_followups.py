"""Bare follow-ups a sixth red-team review found answered with the last answer again or an
unrelated fact: "how?" after a fact that gives no manner, "and then?" after anything but
the meeting that was "ahead of the 2+2", and "who else?" offering the same people back."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "turns",
    [
        ("What did Esper and Singh agree on?", "how?"),
        ("What did the two sides agree on?", "how so?"),
        ("What did they praise?", "and how?"),
        ("Who did Esper meet in New Delhi?", "what's his job?", "how?"),
        ("Who went to Tokyo?", "in what way?"),
        ("What did they agree on?", "how exactly?"),
    ],
)
def test_how_of_a_fact_that_gives_no_manner_abstains(
    engine: Engine, turns: tuple[str, ...]
) -> None:
    answer = ask(engine, *turns)
    assert answer.abstained and "how" in answer.text


def test_how_of_a_fact_that_gives_its_manner_answers(engine: Engine) -> None:
    """ "How are U.S.-India relations?" "How?": heating up rapidly, as the article says."""
    answer = ask(engine, "How are US-India relations?", "how?")
    assert not answer.abstained and "heating up" in answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ("who met singh?", "where?", "when?", "why?", "and then?"),
        ("When did Esper meet Singh?", "then what?"),
        ("Where did Esper meet Singh?", "what came after that?"),
        ("who met singh?", "what happened next?"),
        ("Who did Esper meet?", "and after that?"),
    ],
)
def test_then_after_the_meeting_is_the_2plus2(engine: Engine, turns: tuple[str, ...]) -> None:
    answer = ask(engine, *turns)
    assert not answer.abstained
    assert "2+2 Dialogue" in answer.text and answer.text.startswith("Next came")
    assert "ahead of the 2+2 Dialogue" in answer.quotes[0].text


@pytest.mark.parametrize(
    "turns",
    [
        ("who met singh?", "and then?", "and then?"),
        ("What did the two sides agree on?", "and what did they praise?", "and then?"),
        ("What did the two men praise?", "what else did they welcome?", "and then?"),
        ("Who visited New Delhi recently?", "and then?"),
        ("Who went to Tokyo?", "then what?"),
    ],
)
def test_then_after_anything_else_abstains(engine: Engine, turns: tuple[str, ...]) -> None:
    """The article orders only the meeting before the 2+2; the last answer is no 'next'."""
    assert ask(engine, *turns).abstained


@pytest.mark.parametrize(
    "turns",
    [
        ("What did the two sides agree on?", "and what did they praise?", "who else?"),
        ("What did the two sides agree on?", "and what did they praise?", "and then?", "who else?"),
        ("What did they welcome?", "who else?"),
        ("what did they agree on?", "who else?"),
    ],
)
def test_who_else_never_offers_the_same_people_back(engine: Engine, turns: tuple[str, ...]) -> None:
    answer = ask(engine, *turns)
    assert answer.abstained, answer.text


def test_who_else_still_finds_the_other_doer(engine: Engine) -> None:
    """ "Pompeo in Tokyo?" "Who else?": Esper, who took part with him."""
    answer = ask(engine, "pompeo in tokyo?", "who else")
    assert not answer.abstained and "Esper" in answer.text


def test_then_after_the_press_conference_is_the_trip(engine: Engine) -> None:
    """The press conference was "prior to his trip to South Asia": that came next, and
    nothing of the rest of the sentence is offered as what followed."""
    answer = ask(engine, "What did Pompeo say about China?", "what next?")
    assert (
        answer.text
        == "Next came his trip to South Asia; the article says nothing of what followed that."
    )


@pytest.mark.parametrize(
    "turns",
    [
        ("Begin visited Delhi", "he met Singh"),
        ("Begin visited Delhi", "so he met Singh"),
        ("Who visited Delhi recently?", "he met Singh"),
        ("Pompeo spoke at the State Department", "he met Singh"),
        ("Begin visited Delhi", "she met Singh"),
    ],
)
def test_a_bare_claim_of_he_is_of_the_one_just_named(
    engine: Engine, turns: tuple[str, ...]
) -> None:
    """ "Begin visited Delhi." "He met Singh": he is Begin, whom the article never has meet
    Singh; Esper's meeting is no "yes" to it."""
    assert ask(engine, *turns).abstained


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (("Begin visited Delhi", "he is the Deputy Secretary of Defense"), "No. Begin"),
        (("Begin visited Delhi", "he was the deputy secretary of state"), "Yes. Begin"),
        (("Who met Singh?", "he is the Secretary of Defense"), "Yes. Mark T. Esper"),
    ],
)
def test_a_bare_title_claim_of_he_is_checked_of_him(
    engine: Engine, turns: tuple[str, ...], verdict: str
) -> None:
    assert ask(engine, *turns).text.startswith(verdict)


@pytest.mark.parametrize(
    "turns",
    [
        ("did Pompeo agree?", "what about Japan?"),
        ("did Pompeo agree?", "and Japan?"),
        ("did Pompeo agree?", "and Australia?"),
        ("Did Begin meet Singh?", "what about India?"),
    ],
)
def test_an_unsettled_claim_asked_of_another_kind_abstains(
    engine: Engine, turns: tuple[str, ...]
) -> None:
    """ "Did Pompeo agree?" (not said) "What about Japan?": not a "yes" from the Tokyo talks,
    which have Pompeo and Japan in them but no one agreeing."""
    assert ask(engine, *turns).abstained


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("list the people named", "the first?"), "Mark T. Esper"),
        (("list the people named", "the second?"), "Rajnath Singh"),
        (("Who is named in the article?", "the third one?"), "Pompeo"),
        (("List the people in the article.", "Who's number two on that list?"), "Rajnath"),
        (("List the people in the article.", "and number four?"), "Begin"),
        (("list the people named", "the last person?"), "Begin"),
        (("Name the countries in the quad talks.", "the first one?"), "United States"),
        (("which people are named?", "the second?", "and the third?"), "Pompeo"),
    ],
)
def test_an_item_of_the_list_just_answered_by_its_place(
    engine: Engine, turns: tuple[str, ...], expected: str
) -> None:
    """ "List the people named." "The second?": Rajnath Singh, the second named; not the
    second time Esper took part in a 2+2."""
    answer = ask(engine, *turns)
    assert not answer.abstained and expected in answer.text.partition(",")[0]
    assert answer.quotes


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("list the people named", "the third?", "what's his job?"), "Secretary"),
        (("list the people named", "the fourth?", "where did he go?"), "New Delhi"),
        (("list the people named", "the second?", "what's his job?"), "India's Defense"),
    ],
)
def test_a_pronoun_after_an_item_of_a_list_is_that_item(
    engine: Engine, turns: tuple[str, ...], expected: str
) -> None:
    answer = ask(engine, *turns)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ("Name the countries in the quad talks.", "the last one?", "did its minister meet Esper?"),
        (
            "Name the countries at the Tokyo talks.",
            "the second?",
            "did its defense minister meet Esper?",
        ),
        (
            "Who is Pompeo?",
            "is he the Secretary of Defense?",
            "is he the Deputy Secretary of State?",
        ),
        ("Who is Pompeo?", "is he the Secretary of Defense?", "did he visit New Delhi?"),
        ("list the people named", "the fifth?"),
    ],
)
def test_a_follow_up_keeps_to_the_one_it_points_at(engine: Engine, turns: tuple[str, ...]) -> None:
    """ "The last one?" (Australia) "Did its minister meet Esper?": not a "yes" from India's
    minister; "is he the Deputy Secretary of State?" of Pompeo is no "yes" from Begin."""
    answer = ask(engine, *turns)
    assert answer.abstained or answer.text.startswith("No")


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (
            (
                "Name the countries at the Tokyo talks.",
                "the third?",
                "did its minister meet Esper?",
            ),
            "Yes",
        ),
        (
            (
                "Who recently visited New Delhi?",
                "did he meet Singh?",
                "what did he praise?",
                "is he the Secretary of Defense?",
            ),
            "No. Begin",
        ),
    ],
)
def test_a_follow_up_of_the_one_pointed_at_is_answered(
    engine: Engine, turns: tuple[str, ...], verdict: str
) -> None:
    assert ask(engine, *turns).text.startswith(verdict)


@pytest.mark.parametrize(
    "turns",
    [
        ("who met singh and where, and what did they agree?", "and when did Pompeo meet him?"),
        ("who met singh?", "when did Pompeo meet him?"),
        ("who met singh?", "where did Begin see him?"),
        ("Who is Singh?", "did Pompeo talk to him?"),
    ],
)
def test_someone_else_meeting_him_is_not_the_date_of_their_own_event(
    engine: Engine, turns: tuple[str, ...]
) -> None:
    """ "Who met Singh?" "When did Pompeo meet him?": the article never has Pompeo meet
    Singh; not "earlier this month", the Tokyo talks' date, which have no Singh in them."""
    assert ask(engine, *turns).abstained


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("Who is Singh?", "when did Esper meet him?"), "Oct. 26"),
        (("Who met Singh?", "where did Singh meet him?"), "New Delhi"),
    ],
)
def test_him_of_the_one_met_is_answered(
    engine: Engine, turns: tuple[str, ...], expected: str
) -> None:
    assert expected in ask(engine, *turns).text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("Tell me about the Tokyo talks", "what did they agree there?", "and in New Delhi?"),
            "Basic Exchange and Cooperation Agreement",
        ),
        (("what did they agree in Tokyo?", "what about in Delhi?"), "Basic Exchange"),
        (("was Singh in Tokyo?", "and in New Delhi?"), "Yes"),
    ],
)
def test_the_last_question_asked_of_another_place(
    engine: Engine, turns: tuple[str, ...], expected: str
) -> None:
    """ "What did they agree there?" (Tokyo; not said) "And in New Delhi?": what was agreed
    in New Delhi, not what New Delhi is."""
    answer = ask(engine, *turns)
    assert not answer.abstained and expected in answer.text


def test_the_last_question_asked_of_another_place_may_be_unsaid(engine: Engine) -> None:
    assert ask(engine, "who did Esper meet in New Delhi?", "and in Tokyo?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Timeline of events",
        "List the events in the article in order",
        "give me a timeline",
        "what happened, in order?",
        "in what order did things happen?",
        "put the events in chronological order",
        "sequence of events",
    ],
)
def test_the_events_in_order_of_time(engine: Engine, question: str) -> None:
    """ "Timeline of events": the Tokyo talks, the Oct. 26 meeting, then the 2+2, each
    quoted; not Pompeo's press conference, which the article places only before his trip."""
    answer = ask(engine, question)
    assert not answer.abstained
    text = answer.text
    assert text.index("Tokyo") < text.index("Oct. 26") < text.rindex("2+2 Dialogue is")
    assert "press conference" not in text and len(answer.quotes) >= 3


@pytest.mark.parametrize("question", ["ratification timeline", "what's the timeline for the BECA?"])
def test_a_timeline_of_something_unsaid_still_abstains(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "turns",
    [
        (
            "Who went to Tokyo earlier this month?",
            "did he also meet Singh?",
            "and where did he hold a press conference?",
            "what did he say there?",
        ),
        ("Who met Singh?", "where did he give a speech?", "who was with him there?"),
        ("where will the next 2+2 be held?", "who will attend there?"),
        ("when did Begin meet Singh?", "what did they agree then?"),
    ],
)
def test_there_after_an_unanswered_where_abstains(engine: Engine, turns: tuple[str, ...]) -> None:
    """ "Where did he hold a press conference?" (not said of Esper) "What did he say
    there?": no place was given, so not what Esper and Singh praised in New Delhi."""
    assert ask(engine, *turns).abstained


@pytest.mark.parametrize(
    ("turns", "holder"),
    [
        (
            ("Who recently visited New Delhi?", "is he the Secretary of Defense?", "who is then?"),
            "Esper",
        ),
        (("Is Begin the Secretary of Defense?", "who is, then?"), "Esper"),
        (("Was Esper the Deputy Secretary of State?", "who was it then?"), "Begin"),
        (("Is Pompeo the Secretary of Defense?", "who is then?"), "Esper"),
    ],
)
def test_who_then_after_a_title_claim_is_the_titles_holder(
    engine: Engine, turns: tuple[str, ...], holder: str
) -> None:
    """ "Is he (Begin) the Secretary of Defense?" (No) "Who is, then?": Esper, who holds
    the title, not Begin again."""
    answer = ask(engine, *turns)
    assert not answer.abstained and holder in answer.text.partition(",")[0]


@pytest.mark.parametrize("first", ["how are india-china relations", "how are us-china relations"])
@pytest.mark.parametrize("pair", ["us-india tho?", "and us-india though?", "us-india tho"])
def test_another_pair_said_with_though_asks_the_same_of_it(
    engine: Engine, first: str, pair: str
) -> None:
    # "though" only shrugs: the same question, of U.S.-India relations.
    answer = ask(engine, first, pair)
    assert "heating up" in answer.text
    assert "heating up rapidly" in answer.quotes[0].text


@pytest.mark.parametrize(
    "source",
    [
        "but the pentagon statement?",
        "and the pentagon statement?",
        "what about the defense department statement?",
        "but the dod statement though?",
        "what about the readout?",
    ],
)
def test_a_source_alone_after_a_mention_question_asks_it_of_that_source(
    engine: Engine, source: str
) -> None:
    # The article names China; the Defense Department statement does not.
    answer = ask(engine, "does this article talk about china at all", source)
    assert answer.text.startswith("No")
    assert "does not explicitly mention China" in answer.quotes[0].text


def test_the_article_alone_after_a_statement_question_asks_it_of_the_article(
    engine: Engine,
) -> None:
    answer = ask(engine, "does the statement mention china", "and the article?")
    assert answer.text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Pompeo who?", "Pompeo"),
        ("Pompeo, who is he", "Pompeo"),
        ("Pompeo - who's that?", "Pompeo"),
        ("so Pompeo, who's this?", "Pompeo"),
        ("Rajnath who?", "Rajnath Singh"),
        ("Singh who?", "Rajnath Singh"),
        ("Hey, Singh — who's that?", "Rajnath Singh"),
        ("Singh - who was he again?", "Rajnath Singh"),
        ("Mark who?", "Esper"),
        ("Esper who?", "Esper"),
        ("Esper? who's that", "Esper"),
        ("Mark Esper, who's he?", "Esper"),
        ("Begin who?", "Begin"),
        ("begin? who's that guy", "Begin"),
    ],
)
def test_a_name_then_a_bare_who_asks_who_that_person_is(
    engine: Engine, question: str, named: str
) -> None:
    # Read alone, "who?" asked who met Singh (Esper), or gave "Free nations" for Pompeo.
    answer = engine.answer(question)
    assert not answer.abstained and answer.text.startswith(("Secretary", "Rajnath", "Mark", named))
    assert named in answer.text


def test_a_bare_who_after_what_is_no_person_asks_who_took_part(engine: Engine) -> None:
    assert "Pompeo" in engine.answer("the Tokyo talks, who?").text


@pytest.mark.parametrize("place", ["and in Tokyo?", "and in tokyo then?", "what about in Japan?"])
@pytest.mark.parametrize(
    "first",
    ["Where did Esper meet Singh?", "Where was the meeting held?", "when did Esper meet Singh?"],
)
def test_and_in_a_place_after_a_question_of_the_meeting_says_it_was_not_there(
    engine: Engine, first: str, place: str
) -> None:
    # Never "Japan's capital, …": the article does not say so, and it was not asked.
    answer = ask(engine, first, place)
    assert "capital" not in answer.text
    assert "New Delhi" in answer.text
    assert answer.text.startswith(("No", "Not in", "That's not what the article says"))


@pytest.mark.parametrize("first", ["Who did Begin meet?", "who did pompeo meet?"])
def test_and_in_a_place_after_an_unanswered_question_abstains(engine: Engine, first: str) -> None:
    answer = ask(engine, first, "and in Tokyo?")
    assert answer.abstained and "capital" not in answer.text


def test_and_in_another_place_again_asks_the_first_question_of_it(engine: Engine) -> None:
    # "and in New Delhi?" asks what Pompeo said in New Delhi, not what New Delhi is.
    answer = ask(
        engine, "What did Pompeo say at the State Department?", "and in Tokyo?", "and in New Delhi?"
    )
    assert "capital" not in answer.text and "Pompeo" in answer.text


@pytest.mark.parametrize("city", ["Beijing", "Washington"])
def test_and_in_a_city_the_article_never_names_abstains(engine: Engine, city: str) -> None:
    # Beijing finds China, Washington the U.S.; nothing the article tells happened there.
    answer = ask(engine, "What happened in New Delhi?", "and in Tokyo?", f"and in {city}?")
    assert answer.abstained and city in answer.text


@pytest.mark.parametrize("question", ["what is Tokyo?", "and Tokyo?", "what's tokyo"])
def test_a_place_is_described_in_the_articles_words_not_as_a_capital(
    engine: Engine, question: str
) -> None:
    # The article says "Tokyo, Japan"; that it is Japan's capital is our knowledge, not its.
    answer = ask(engine, "who met singh?", question)
    assert "capital" not in answer.text


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("what did esper do in new delhi?", "and in tokyo?", "quadripartite"),
        ("what did they agree in New Delhi", "and in tokyo then?", None),
        ("what did they agree in delhi", "how about in tokyo", None),
    ],
)
def test_a_place_typed_in_lower_case_is_swapped_for_the_one_asked_next(
    engine: Engine, first: str, then: str, expected: str | None
) -> None:
    # The last question again of Tokyo, never what Tokyo is.
    answer = ask(engine, first, then)
    assert "where the quadripartite talks took place" not in answer.text
    if expected is None:
        assert answer.abstained
    else:
        assert expected in answer.text
