"""False answers a ninth red-team review found: "what does 'the visit' refer to?" answered
with what the sentence holding the words says, a clause-described thing given the wrong
thing, a question answered for another slot, and part of a list given as the whole."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        'what does "his trip" refer to in paragraph 6?',
        'what does "his visit" refer to?',
        'what does "the visit" refer to in paragraph 3?',
        "what is meant by 'the visit' in paragraph 3?",
        'what is "his visit" referring to?',
        'what does "the threat" refer to?',
        'what does "the services" refer to?',
        'what does "the two militaries" refer to?',
        'what does "this month" refer to?',
        'what does "the statement" refer to in paragraph 4?',
        'what does "the DOD statement" refer to?',
        'what does "these challenges" refer to?',
    ],
)
def test_pointing_words_are_not_answered_with_their_sentence(engine: Engine, question: str) -> None:
    """The sentence holding the words says what was done, not what the words stand for."""
    answer = ask(engine, question)
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    "question",
    [
        'what does "the world\'s two largest democracies" refer to?',
        "what is meant by 'the world's two largest democracies'?",
        "What is meant by 'the world's two largest democracies' in paragraph seven?",
    ],
)
def test_pointing_words_naming_countries_get_them(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and "India" in answer.text and "U.S." in answer.text


@pytest.mark.parametrize(
    "question",
    [
        'what does "they" refer to in "They also welcomed the expansion"?',
        "who does 'they' refer to in 'they also welcomed the expansion of information sharing'?",
    ],
)
def test_pronoun_of_a_quoted_sentence_is_who_did_it(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "Esper" in answer.text and "Singh" in answer.text
    assert "expansion" not in answer.text


def test_pronoun_of_a_sentence_the_article_lacks_abstains(engine: Engine) -> None:
    assert ask(engine, "what does 'he' refer to in 'he said'?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what does 'such dialogues' refer to?", "dialogue"),
        ("In para 3, what does 'this' refer to in 'expressed appreciation for this'?", "agreement"),
        ("what does 'the two men' refer to?", "Esper"),
    ],
)
def test_pointing_words_told_elsewhere_still_answer(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("(hint: Monday) when did Esper meet Singh?", "Monday"),
        ("(hint: it's in Asia) where did Esper meet Singh?", "New Delhi"),
        ("(Hint - a city) where did the two meet?", "New Delhi"),
        ("[clue: two words] where were the quad talks?", "Tokyo"),
        ("(hint: Tuesday) what day did Esper meet Singh?", "Monday"),
    ],
)
def test_a_hint_before_the_question_is_set_aside(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    "question",
    ["Tell me what BECA is.", "explain what BECA is", "can you tell me what the BECA is?"],
)
def test_a_name_in_an_indirect_question_is_what_is_asked(engine: Engine, question: str) -> None:
    """ "Tell me what BECA is" is "what is BECA?", not a statement the DOD put out."""
    answer = ask(engine, question)
    assert "Basic Exchange and Cooperation Agreement" in answer.text


def test_indirect_question_with_a_name_keeps_its_place(engine: Engine) -> None:
    assert "New Delhi" in ask(engine, "tell me where Rajnath Singh was on Monday").text


@pytest.mark.parametrize(
    "question",
    [
        "the person who held the press conference — title?",
        "the person who described the relationship as significant — title?",
        "the person who held the press conference — what is his title?",
        "the official Esper met — title?",
        "the woman who visited Delhi — title?",
    ],
)
def test_a_persons_title_is_never_the_headline(engine: Engine, question: str) -> None:
    assert "Defense Chiefs Commit" not in ask(engine, question).text


@pytest.mark.parametrize(
    "question", ["what is the title of the article?", "what's the headline?", "article title?"]
)
def test_the_articles_title_is_still_its_headline(engine: Engine, question: str) -> None:
    assert "Defense Chiefs Commit" in ask(engine, question).text


@pytest.mark.parametrize(
    ("opening", "asked"),
    [
        ("did they also agree on something?", "what is it called?"),
        ("did esper and singh agree on anything?", "what's its name?"),
        ("who met singh?", "what is it called?"),
    ],
)
def test_it_after_an_agreement_is_the_agreement_not_a_person(
    engine: Engine, opening: str, asked: str
) -> None:
    """ "Did they also agree on something?" (the BECA) "What is it called?": the agreement's
    name, never Esper's title; "it" is no person."""
    questions = ["which two men praised the relationship?", opening]
    if opening.startswith("who met"):
        questions.append("did they reach an agreement?")
    answer = ask(engine, *questions, asked)
    assert "Basic Exchange and Cooperation Agreement" in answer.text


def test_what_it_covers_after_an_agreement_is_unsaid(engine: Engine) -> None:
    """ "What does it cover?" of the BECA: the article doesn't say, not the areas of the two
    men's commitment."""
    answer = ask(
        engine, "which two men?", "did they also agree on something?", "what does it cover?"
    )
    assert answer.abstained


@pytest.mark.parametrize(
    ("questions", "verdict", "side"),
    [
        (
            ("Who said 'pressing global security challenges'?", "Was it the Indian side?"),
            "No",
            "U.S.",
        ),
        (("who issued the statement?", "was it american?"), "Yes", "U.S."),
        (
            ("what did the officials call the US-India relationship?", "were they Indian?"),
            "No",
            "U.S.",
        ),
        (
            ("what did the officials call the US-India relationship?", "were they from india?"),
            "No",
            "U.S.",
        ),
        (("was the DOD the Indian side?",), "No", "U.S."),
        (("were the U.S. government officials indian?",), "No", "U.S."),
    ],
)
def test_a_bodys_side_is_its_own_country(
    engine: Engine, questions: tuple[str, ...], verdict: str, side: str
) -> None:
    """ "Was it the Indian side?" of the DOD: No, by the body's country, not a Yes from
    whatever fact names India."""
    answer = ask(engine, *questions)
    assert answer.text.startswith(verdict) and side in answer.text


@pytest.mark.parametrize(
    "opening", ["What about the talks in Tokyo?", "what about the quad talks?"]
)
def test_they_after_the_talks_answered_are_the_talks(engine: Engine, opening: str) -> None:
    """ "What about the talks in Tokyo?" "Did they reach an agreement?": of the Tokyo talks,
    which the article gives no outcome, not the New Delhi agreement."""
    assert ask(engine, opening, "Did they reach an agreement?").abstained


def test_they_after_an_event_placing_the_answer_are_still_the_people(engine: Engine) -> None:
    """ "Why did they meet?" ("Ahead of the 2+2") "What did they agree on?": the BECA."""
    answer = ask(engine, "why did they meet", "what did they agree on?")
    assert "Basic Exchange" in answer.text


@pytest.mark.parametrize(
    ("opening", "asked"),
    [
        ("What about the talks in Tokyo?", "Were they about China?"),
        ("tell me about the quad talks", "did they talk about china?"),
        ("tell me about the quad talks", "was it about china?"),
    ],
)
def test_a_country_talked_about_is_no_party_left_out(
    engine: Engine, opening: str, asked: str
) -> None:
    """ "Were they about China?" of the Tokyo talks: the article gives no topics for them;
    China's absence from the four countries is no No to what they were about."""
    assert ask(engine, opening, asked).abstained


def test_a_country_left_out_of_the_talks_still_took_no_part(engine: Engine) -> None:
    answer = ask(engine, "tell me about the quad talks", "did china take part?")
    assert answer.text.startswith("No")
