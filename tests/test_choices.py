"""Questions offering three or more options: each option is asked alone, and the answer
names the one the article bears out, with its quote; when it bears out none, or leaves
some open, the answer says so rather than pick."""

from __future__ import annotations

import pytest

from bot.engine.choices import listed_choices
from bot.engine.engine import Engine


def _never_a_name(phrase: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Was the meeting on Monday, Tuesday or Wednesday?", "Monday"),
        ("Did Esper meet Singh in Tokyo, New Delhi or Washington?", "New Delhi"),
        ("did they meet in beijing, new delhi, or canberra", "New Delhi"),
        (
            "Is Esper the defence secretary, the foreign minister, or the prime minister?",
            "the defence secretary",
        ),
        ("Is Singh American, Indian or Japanese?", "Indian"),
    ],
)
def test_the_one_option_the_article_bears_out_is_named_with_its_quote(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.answer(question)
    assert not answer.abstained
    assert answer.text.lower().startswith(expected.lower())
    assert answer.quote is not None


def test_none_of_the_options_gets_what_the_article_says_instead(engine: Engine) -> None:
    answer = engine.answer("Was the meeting on Friday, Tuesday or Wednesday?")
    assert answer.text.startswith("None of those.")
    assert "Monday" in answer.text


def test_options_the_article_leaves_open_are_not_denied(engine: Engine) -> None:
    answer = engine.answer("Did Esper, Pompeo or Singh attend the Tokyo talks?")
    assert answer.text.startswith("Esper and Pompeo, yes; the article doesn't say so of Singh.")
    assert answer.quote is not None and "Tokyo" in answer.quote.text


def test_options_the_article_never_speaks_of_are_an_abstention(engine: Engine) -> None:
    answer = engine.answer("Did the Quad include Russia, China or Brazil?")
    assert answer.abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which of these people is NOT mentioned in the article: Esper, Singh, Pompeo, Modi?",
            "Modi",
        ),
        (
            "Which of these does the DoD statement NOT explicitly mention: logistics, "
            "information sharing, China?",
            "China",
        ),
    ],
)
def test_which_is_not_names_the_option_the_article_leaves_out(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.answer(question)
    assert answer.text.startswith(f"{expected}.")
    assert answer.quotes


@pytest.mark.parametrize(
    "question",
    [
        "Did they meet in Tokyo or New Delhi?",  # two options: the either-or reading's
        "Who met Singh, when and where?",
        "Did Esper, the defence secretary, meet Singh in Tokyo or Delhi?",
        "Is it true that they agreed on information sharing, logistics and communications?",
    ],
)
def test_questions_without_a_list_of_three_options_are_not_split(question: str) -> None:
    assert listed_choices(question, _never_a_name) is None


def test_a_name_of_several_words_beside_the_list_is_taken_whole() -> None:
    choices = listed_choices(
        "Did they meet in New Delhi, Tokyo or Beijing last week?",
        lambda p: p.lower() == "new delhi",
    )
    assert choices is not None
    assert choices.options == ("New Delhi", "Tokyo", "Beijing")
    assert choices.questions[0] == "Did they meet in New Delhi last week?"


@pytest.mark.parametrize(
    ("question", "named", "not_named"),
    [
        ("Is Esper the defence secretary or the foreign minister?", "secretary", "foreign"),
        (
            "Is Begin the deputy secretary of state or the secretary of state?",
            "deputy secretary of state",
            "begin.",
        ),
        ("Is Singh the prime minister or the defence minister?", "defen", "prime"),
    ],
)
def test_two_options_of_several_words_are_asked_of_each(
    engine: Engine, question: str, named: str, not_named: str
) -> None:
    answer = engine.answer(question)
    first = answer.text.lower().split(". ")[0] + "."
    assert named in first and not_named not in first
    assert answer.quote is not None


@pytest.mark.parametrize(
    "question",
    [
        "did they praise the relationship or criticise it?",
        "did they criticise the relationship or praise it?",
    ],
)
def test_two_clauses_of_which_the_article_bears_out_one_get_what_it_says(
    engine: Engine, question: str
) -> None:
    answer = engine.answer(question)
    assert "praised" in answer.text
    assert not answer.text.startswith("Yes")


def test_two_clauses_are_split_only_where_each_can_be_asked_alone() -> None:
    from bot.engine.choices import two_clauses

    split = two_clauses("did they praise the relationship or criticise it")
    assert split is not None
    assert split.questions == ("did they praise the relationship?", "did they criticise it?")
    assert two_clauses("did they meet in delhi or tokyo") is None
    assert two_clauses("was it agreed or not") is None


def test_an_option_is_answered_by_the_fact_that_states_it_and_why_follows(
    engine: Engine,
) -> None:
    from tests.engine_helpers import ask

    answer = ask(engine, "info sharing: expanding or contracting?")
    assert answer.text.startswith("Expanding.")
    assert "information sharing" in answer.text
    why = ask(engine, "info sharing: expanding or contracting?", "why?")
    assert "pressing global security challenges" in why.text


@pytest.mark.parametrize(
    ("question", "picked"),
    [
        (
            "Which countries took part in the Tokyo talks? A) US, Japan, India, Australia"
            " B) US, Japan, China, India C) US, India",
            "US, Japan, India, Australia:",
        ),
        (
            "Which countries took part in the Tokyo talks?"
            " A) US and India B) US, Japan, India, Australia",
            "US, Japan, India, Australia:",
        ),
        (
            "Which countries were at the quad? (a) US & India (b) US, Japan, India & Australia",
            "US, Japan, India & Australia:",
        ),
        ("Who went to Tokyo? A) Begin B) Singh C) Esper and Pompeo", "Esper and Pompeo:"),
        ("Which relations are heating up? A) US-India B) US-China C) India-China", "US-India:"),
        (
            "Which relations are deteriorating? A) US-China and India-China B) US-India",
            "US-China and India-China:",
        ),
        ("Q2: meeting city? A) Mumbai B) Kolkata C) New Delhi", "New Delhi:"),
        ("how many 2+2s has Esper done? A) 1 B) 2 C) 3", "2:"),
        ("Who recently visited New Delhi? A) Pompeo B) Begin C) Biden", "Begin:"),
    ],
)
def test_the_one_lettered_option_the_answer_bears_out_whole_is_picked(
    engine: Engine, question: str, picked: str
) -> None:
    """Not a fragment of an option, not "Both", never the opposite: the option whose whole
    content the question's own answer bears out."""
    answer = engine.answer(question)
    assert answer.text.startswith(picked)
    assert answer.quotes


@pytest.mark.parametrize(
    "question",
    [
        "Which relationship is deteriorating? A) US-India B) US-China C) US-Japan",
        "Which statement mentions China? A) the DOD statement B) Pompeo's press conference",
    ],
)
def test_lettered_options_the_answer_does_not_settle_are_not_picked(
    engine: Engine, question: str
) -> None:
    assert engine.answer(question).abstained


@pytest.mark.parametrize(
    ("question", "odd"),
    [
        (
            "Odd one out: USA, Japan, India, Australia, Russia"
            " - which wasn't part of the quadripartite talks?",
            "Russia",
        ),
        (
            "odd one out - Japan, India, Australia, China - which didn't attend the Tokyo talks?",
            "China",
        ),
        (
            "odd one out: secure communications, logistics, cooperation among the services, cyber",
            "Cyber",
        ),
        ("Which is the odd one out: Esper, Pompeo, Begin, Modi?", "Modi"),
    ],
)
def test_the_odd_one_out_is_the_option_the_article_does_not_bear_out(
    engine: Engine, question: str, odd: str
) -> None:
    """With its criterion ("which wasn't part of…") or, without one, the one not mentioned."""
    assert engine.answer(question).text.startswith(odd)


def test_lettered_options_are_each_read_once() -> None:
    """The answer and every option are read once, though both the pick and the count of
    fitting options read them (an unpicked 3-option question: 4 reads, not 8)."""
    from bot.engine.lettered import option_borne_out, read_once

    seen: list[str] = []

    def read(phrase: str) -> tuple[frozenset[str], frozenset[str]]:
        seen.append(phrase)
        return frozenset(phrase.split()), frozenset()

    remembered = read_once(read)
    options = ("a b", "a c", "d")
    assert option_borne_out(options, "a b c", remembered) is None  # two fit: no pick
    for option in options:
        remembered(option)
    remembered("a b c")
    assert sorted(seen) == sorted(["a b c", *options])


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Where did Begin go? A) Tokyo B) Washington C) none of the above", "New Delhi"),
        ("What number 2+2 was this for Esper? A) 1st B) 3rd C) none of these", "Two"),
        ("Where did Esper meet Singh? (a) Tokyo (b) Mumbai (c) neither", "New Delhi"),
        ("How many 2+2 dialogues have there been? A) 2 B) 4 C) none of these", "Three"),
    ],
)
def test_a_none_option_leaves_the_article_s_answer(
    engine: Engine, question: str, said: str
) -> None:
    """No option borne out: the article's answer, with no letter picked."""
    answer = engine.answer(question)
    assert not answer.abstained and said in answer.text


@pytest.mark.parametrize(
    ("question", "picked"),
    [
        (
            "Which of the following did the DoD statement mention? A) China"
            " B) secure communications C) Modi",
            "Secure communications",
        ),
        ("Which one of these did Begin visit? A) Beijing B) New Delhi C) Islamabad", "New Delhi"),
        ("Which of the following was mentioned in the article? (a) Modi (b) Tokyo", "Tokyo"),
    ],
)
def test_an_option_the_article_lacks_leaves_the_others_settled(
    engine: Engine, question: str, picked: str
) -> None:
    """ "Modi" is no reason to abstain on the whole question: each option asked alone."""
    answer = engine.answer(question)
    assert not answer.abstained and answer.text.startswith(picked)


@pytest.mark.parametrize(
    ("question", "picked"),
    [
        ("Choose: the meeting was on A) Oct 25 B) Oct 26 C) Oct 27", "Oct 26:"),
        (
            "Choose: BECA stands for A) Basic Exchange and Cooperation Agreement"
            " B) Bilateral Exchange and Cooperation Agreement",
            "Basic Exchange and Cooperation Agreement:",
        ),
        ("Choose: the number of 2+2 dialogues is A) 2 B) 3 C) 4", "3:"),
        ("Pick one: Esper met Singh in A) Tokyo B) New Delhi C) Mumbai", "New Delhi:"),
        ("Select one: the Tokyo talks were A) bilateral B) trilateral C) quadripartite", "Quad"),
        (
            "Pick one: Begin is the A) Deputy Secretary of State B) Deputy Secretary of Defense",
            "Deputy Secretary of State:",
        ),
        ("Esper met A) Singh B) Pompeo C) Begin", "Singh:"),
    ],
)
def test_lettered_options_completing_a_sentence_pick_the_one_the_article_bears_out(
    engine: Engine, question: str, picked: str
) -> None:
    """A "Choose:" lead asks nothing itself, and options after an unfinished sentence
    complete it ("the meeting was on ___")."""
    answer = engine.answer(question)
    assert not answer.abstained and answer.text.startswith(picked)
    assert answer.quotes


def test_lettered_options_completing_a_sentence_the_article_leaves_open_abstain(
    engine: Engine,
) -> None:
    assert engine.answer("Choose: the first 2+2 was attended by A) Esper B) Singh").abstained
