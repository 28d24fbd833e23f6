"""Questions of several parts: each part answered, and answered by its own fact."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "Who went to Tokyo, who went to Delhi, and who went to South Asia?",
        "who visited Tokyo, who visited New Delhi and who travelled to south asia?",
        "who was at the tokyo talks and who went on a trip to south asia?",
    ],
)
def test_a_part_answered_by_another_fact_is_kept(engine: Engine, question: str) -> None:
    """ "Secretary Pompeo" (his South Asia trip, ¶6) is not dropped as already said inside
    "Esper and Secretary Pompeo" (the Tokyo talks, ¶8)."""
    answer = ask(engine, question)
    assert answer.text.endswith("; Secretary Pompeo")
    assert any("trip to South Asia" in q.text for q in answer.quotes)


@pytest.mark.parametrize(
    "question",
    [
        "how many dialogues has Esper attended?",
        "how many of the dialogues has Esper been to?",
        "how many such dialogues has esper taken part in?",
    ],
)
def test_dialogues_alone_are_the_2plus2s(engine: Engine, question: str) -> None:
    """The article's only dialogues are the 2+2s ("three such dialogues")."""
    assert ask(engine, question).text.startswith("Two: this is the second time Esper")


def test_how_many_of_those_and_when_the_first(engine: Engine) -> None:
    """Three; his second; the article does not date the first."""
    answer = ask(engine, "How many dialogues, how many has Esper attended, and when was the first?")
    assert answer.text.startswith("Three; Two: this is the second time Esper")
    assert answer.text.endswith("the article doesn't say")


def test_dialogues_of_someone_the_article_does_not_count(engine: Engine) -> None:
    assert ask(engine, "how many dialogues has Pompeo attended?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "which countries attended the 2+2?",
        "which nations attended the 2+2 dialogue?",
        "which country was the 2+2 in?",
        "Which countries attended Tokyo and which attended the 2+2?",
    ],
)
def test_the_meetings_country_is_not_the_2plus2s(engine: Engine, question: str) -> None:
    """The meeting came ahead of the 2+2 in New Delhi; India is not where the 2+2 was."""
    assert "New Delhi" not in ask(engine, question).text


def test_the_country_of_the_meeting_itself(engine: Engine) -> None:
    assert ask(engine, "which country was the meeting in?").text == "India: In New Delhi"


@pytest.mark.parametrize(
    "question",
    [
        "Esper meet who in delhi and what they do?",
        "who did esper meet in delhi and what did they do?",
        "who did Esper meet, and what did they do there?",
        "Esper met who and what they did?",
    ],
)
def test_what_they_did_after_whom_they_met(engine: Engine, question: str) -> None:
    """The meeting was the first part's answer: what they did there is that they agreed on
    BECA, not the Tokyo talks nor the meeting again."""
    answer = ask(engine, question)
    assert answer.text.startswith("Rajnath Singh")
    assert "Basic Exchange and Cooperation Agreement" in answer.text
    assert "Tokyo" not in answer.text
    assert any("agreed on a Basic Exchange" in q.text for q in answer.quotes)


def test_what_they_did_in_tokyo_is_not_the_meeting(engine: Engine) -> None:
    answer = ask(engine, "who went to tokyo and what did they do there?")
    assert "Basic Exchange" not in answer.text and "Tokyo" in answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("oct 26 meeting, who and where?", ["Esper", "Singh", "New Delhi"]),
        ("the oct 26 meeting - who, where and when?", ["Esper", "New Delhi", "Monday"]),
        ("monday meeting: who, where?", ["Singh", "New Delhi"]),
    ],
)
def test_question_words_alone_after_a_lead(engine: Engine, question: str, said: list[str]) -> None:
    """Each question word after the lead is asked of it, not only the first."""
    answer = ask(engine, question)
    assert all(s in answer.text for s in said)


@pytest.mark.parametrize(
    "question",
    [
        "who is Esper meeting and what's the occasion?",
        "who did esper meet, and what was the occasion?",
        "what was the occasion for the meeting?",
        "what's the occasion of esper's visit?",
    ],
)
def test_the_occasion_of_the_meeting(engine: Engine, question: str) -> None:
    """The occasion is what the meeting came ahead of, given as a time, not a reason."""
    answer = ask(engine, question)
    assert "Ahead of the 2+2 Dialogue" in answer.text
    assert "the article gives no reason" in answer.text


def test_upon_that_occasion_still_points_back(engine: Engine) -> None:
    answer = ask(engine, "which agreement did they reach upon that occasion?")
    assert "Basic Exchange and Cooperation Agreement" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "information sharing between who and who?",
        "information sharing between whom?",
        "who is the information sharing between?",
        "they welcomed info sharing between whom?",
    ],
)
def test_the_two_sides_of_information_sharing(engine: Engine, question: str) -> None:
    """ "Between the two sides" names no one: the sides are the U.S. and India."""
    answer = ask(engine, question)
    assert answer.text == "The United States and India (the two sides)"
    assert answer.quote is not None and "between the two sides" in answer.quote.text


@pytest.mark.parametrize(
    "question",
    [
        "Espers 2+2 count and total number of US India dialogues?",
        "esper's number of 2+2s and the total number of dialogues?",
        "how many has Esper attended and the number of dialogues overall?",
    ],
)
def test_two_counts_asked_as_nouns(engine: Engine, question: str) -> None:
    """His count, then the total: each part its own count."""
    assert ask(engine, question).text.endswith("2+2 meeting; Three")


@pytest.mark.parametrize(
    "questions",
    [
        (
            "How many 2+2 dialogues have the US and India had?",
            "how many of those has Pompeo attended?",
        ),
        (
            "How many 2+2 dialogues have the US and India had?",
            "how many of those has Esper participated in?",
            "So he attended all of them?",
            "and Pompeo, how many has he attended?",
        ),
        ("How many 2+2 dialogues have there been?", "and Singh, how many has he been to?"),
    ],
)
def test_no_count_of_2plus2s_for_someone_the_article_counts_none_of(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """The article counts Esper's 2+2s only: Pompeo's count is not the four countries of
    the Tokyo talks he attended, but no count at all."""
    answer = ask(engine, *questions)
    assert answer.abstained
    assert "Four" not in answer.text


def test_and_someone_then_a_question_of_him_is_asked_of_him(engine: Engine) -> None:
    """ "and Singh, where did he meet Esper?": "he" is Singh, the one before the comma."""
    assert (
        ask(engine, "Who met Singh?", "and Singh, where did he meet Esper?").text == "In New Delhi"
    )


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("esper singh where when", ("New Delhi", "Monday")),
        ("esper singh when where", ("Monday", "New Delhi")),
        ("tokyo talks when and where", ("Earlier this month", "Tokyo")),
        ("begin visit where when?", ("New Delhi", "Recently")),
    ],
)
def test_question_words_after_the_keywords_each_asked(
    engine: Engine, question: str, parts: tuple[str, str]
) -> None:
    """A run of question words after the keywords asks each of them, as one before does."""
    text = ask(engine, question).text
    assert parts[0] in text and parts[1] in text
    assert text.index(parts[0]) < text.index(parts[1])


@pytest.mark.parametrize(
    "question",
    [
        "Does the article name any Indian official?",
        "Does the article mention any Indian officials by name?",
        "does it name any indian people?",
    ],
)
def test_whether_the_article_names_any_indian_official_is_singh(
    engine: Engine, question: str
) -> None:
    """Its yes is who they are (Singh), not the unnamed "U.S. government officials"."""
    assert "Singh" in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Q1: Where did Esper meet Singh? Q2: When? Q3: What did they agree?",
            ["In New Delhi", "Oct. 26", "Basic Exchange and Cooperation Agreement"],
        ),
        ("(a) Who is Begin? (b) Where did he go?", ["Deputy Secretary of State", "New Delhi"]),
        ("1) Who met Singh? 2) Where?", ["Mark T. Esper", "New Delhi"]),
        ("Part 1: who met Singh. Part 2: when.", ["Mark T. Esper", "Oct. 26"]),
        ("q1 who met singh q2 where", ["Mark T. Esper", "New Delhi"]),
        (
            "(i) Where were the quadripartite talks? (ii) Which countries took part?",
            ["Tokyo", "Australia"],
        ),
        ("Q1: Who met Singh?", ["Mark T. Esper"]),
    ],
)
def test_numbered_or_lettered_questions_are_each_answered(
    engine: Engine, question: str, parts: list[str]
) -> None:
    """Each label opens a question of its own, the later ones follow-ups of the first."""
    answer = ask(engine, question)
    assert not answer.abstained
    for part in parts:
        assert part in answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("One-line version: what did Esper and Singh agree?", "Basic Exchange"),
        ("One-line version: where did Esper meet Singh and when?", "Oct. 26"),
        ("In one sentence - who met Singh?", "Mark T. Esper"),
        ("tl;dr: what did the two sides agree on?", "Basic Exchange"),
        ("Short answer: where were the quadripartite talks?", "Tokyo"),
    ],
)
def test_a_lead_asking_for_a_short_answer_is_dropped(
    engine: Engine, question: str, said: str
) -> None:
    """ "One-line version:" only asks for brevity: the question after it is answered."""
    answer = ask(engine, question)
    assert not answer.abstained and said in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("T/F: The article mentions Australia", "True."),
        ("the story mentions Tokyo, true or false?", "True."),
        ("T/F: The article quotes Singh", "False."),
        ("T/F: The article quotes Esper.", "False."),
        ("T/F: The article mentions the Pentagon", "False."),
        ("Is it true that the article refers to the Quad?", "No."),
    ],
)
def test_a_claim_about_the_article_is_checked_as_a_question(
    engine: Engine, question: str, verdict: str
) -> None:
    """ "The article mentions X" is checked as "does the article mention X?", put as
    True or False when so asked; never True for any sentence naming a statement."""
    assert ask(engine, question).text.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("what did they agree on plus who put out the statement", "BECA", "Defense Department"),
        ("who did esper meet plus when was it", "Rajnath Singh", "Monday"),
        ("where did they meet oh and what did they sign", "New Delhi", "BECA"),
        ("how many 2+2s have there been plus how many has esper done", "Three", "second"),
        ("ok and what did they agree on plus who put out the statement", "BECA", "Defense"),
    ],
)
def test_a_run_on_joiner_opens_a_question_of_its_own(
    engine: Engine, question: str, first: str, second: str
) -> None:
    """ "plus", "oh and" between two unpunctuated questions join them as ", and " does:
    each is answered (read as one, "plus" was taken for the 2+2)."""
    answer = ask(engine, question)
    assert not answer.abstained
    before, _, after = answer.text.partition("; ")
    assert first in before and second in after


@pytest.mark.parametrize(
    ("question", "claimed", "asked"),
    [
        ("begin visited delhi recently right who is he", "Yes.", "Deputy Secretary"),
        ("singh is the defence minister yeah what did he agree to", "Yes.", "BECA"),
    ],
)
def test_a_claim_tagged_right_then_a_question_gets_both(
    engine: Engine, question: str, claimed: str, asked: str
) -> None:
    """ "CLAIM right QUESTION", unpunctuated: the claim is checked, then the question
    asked, its "he" the one the claim named."""
    answer = ask(engine, question)
    assert answer.text.startswith(claimed) and asked in answer.text


def test_a_tag_before_a_punctuated_question_is_left_to_the_usual_reading(
    engine: Engine,
) -> None:
    """ "the BECA is the satellite data one right? what data exactly": the "?" already
    parts them; the run-on reading does not split it again."""
    from bot.engine.runon import runon_joined

    text = "the BECA is the geospatial satellite data one right? what data exactly"
    assert runon_joined(text) == text


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "what areas did they say they want to cooperate on also anything about tech",
            "logistics",
            "emerging technologies",
        ),
        ("what did they agree on plus anything about logistics", "BECA", "logistics"),
        ("what did they welcome plus anything about trade", "information", "defense trade"),
    ],
)
def test_anything_about_after_a_run_on_join_asks_the_question_before_of_it(
    engine: Engine, question: str, first: str, second: str
) -> None:
    """ "…also anything about tech": the question before asked of tech, as "and what about
    tech?" would; each part answered."""
    answer = ask(engine, question)
    before, _, after = answer.text.partition("; ")
    assert first in before and second in after


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("whats the 2+2 dialogue who takes part in it", "foreign and defense ministers"),
        ("where were the tokyo talks who went", "Pompeo"),
        ("so they want better comms right secure communications or something", "Yes."),
        ("esper met singh right in tokyo or something", "No."),
        ("did the us and india reach an agreement during the visit or was it just talk", "Yes."),
        ("was esper in new delhi or washington when he met singh", "New Delhi."),
        ("esper met singh in mumbai last tuesday right", "No."),
        ("the dod statement said they want to address what exactly", "security challenges"),
        ("can u tell me what the us and india agreed on in delhi", "exchanges and cooperation"),
    ],
)
def test_run_on_typist_questions_are_answered(engine: Engine, question: str, expected: str) -> None:
    """A run-on typist's message: a second question with no join, a hedged restatement or
    a dismissed alternative after a claim, a scene-setting "when", a wrong place and day
    together, a source's words asked with "what" last, a texted "u"."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


def test_a_relative_who_after_a_person_stays_one_question(engine: Engine) -> None:
    """ "…the official who met singh": "who" after a person describes him."""
    from bot.engine.runon import runon_joined

    text = "whats the name of the official who met singh"
    assert runon_joined(text) == text


def test_a_yes_no_part_is_checked_of_its_own_topic(engine: Engine) -> None:
    """'what did they agree on, and did they talk about info sharing?' answers the second
    part of the information sharing, not with a Yes restating the agreement whose sentence
    mentions it; run-on joins ('plus', '? oh and', a bare '?') split the same way."""
    for question in (
        "what did they agree on, and did they talk about info sharing?",
        "what agreement did they agree on plus did they talk about info sharing",
        "who met singh? plus did they talk about info sharing",
        "who met singh? did they talk about info sharing",
    ):
        answer = ask(engine, question)
        parts = answer.text.split("; ")
        assert len(parts) == 2, question
        assert parts[1].startswith("Yes.") and "information sharing" in parts[1], question
    answer = ask(engine, "where did they meet? oh and was china mentioned")
    assert answer.text.startswith("In New Delhi; Yes.") and "China" in answer.text


def test_between_whom_asks_of_the_thing_the_last_answer_named(engine: Engine) -> None:
    """'esper and singh met ahead of what and that is between who' gets the 2+2 Dialogue,
    then who it is between (the U.S. and Indian ministers), not Esper and Singh; 'between
    whom?' after an answer naming one event or agreement asks it of that."""
    for question in (
        "esper and singh met ahead of what and that is between who",
        "they met ahead of what and that's between whom",
    ):
        answer = ask(engine, question)
        assert "2+2 Dialogue" in answer.text and "Esper" not in answer.text, question
        assert "U.S. and Indian foreign and defense ministers" in answer.text, question
    for follow_up in ("who is it between?", "between whom?"):
        answer = ask(engine, "what did esper and singh meet ahead of?", follow_up)
        assert "Esper" not in answer.text and "Indian" in answer.text, follow_up
    answer = ask(engine, "what did they agree on?", "between whom?")
    assert answer.text == "The U.S. and India"
