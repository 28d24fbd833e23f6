"""One of the people picked out by country or post ("which one is from India?"), the
agreement's name shortened ("the basic exchange agreement"), and whether something is
mentioned "anywhere": each gets what the article says, with its quote."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("which one is from india", "Singh"),
        ("which of them is Indian?", "Singh"),
        ("Which one was the defence minister?", "Singh"),
        ("which of the two is american?", "Esper"),
    ],
)
def test_which_one_with_no_one_to_choose_from_asks_who(
    engine: Engine, question: str, person: str
) -> None:
    answer = engine.answer(question)
    assert not answer.abstained
    assert person in answer.text
    assert "Agreement" not in answer.text


def test_which_one_after_an_answer_naming_two_still_picks_one_of_them(engine: Engine) -> None:
    answer = ask(
        engine, "who are the defence chiefs?", "which one is from america", "and the other one?"
    )
    assert "Singh" in answer.text


def test_which_one_of_the_agreements_is_still_the_agreement(engine: Engine) -> None:
    assert "Basic Exchange" in engine.answer("which one did they agree on?").text


@pytest.mark.parametrize(
    "question",
    [
        "did they agree on the basic exchange agreement?",
        "Did India and the US agree the Basic Exchange Agreement?",
        "Did they reach the Basic Cooperation Agreement?",
    ],
)
def test_the_agreement_named_short_is_the_same_agreement(engine: Engine, question: str) -> None:
    answer = engine.answer(question)
    assert answer.text.startswith("Yes.")
    assert answer.quote is not None


def test_an_agreement_with_other_words_in_its_name_is_another_one(engine: Engine) -> None:
    answer = engine.answer("did they agree on the Basic Intelligence Sharing Agreement?")
    assert answer.text.startswith("No.")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Is China mentioned anywhere in the article?", "Yes."),
        ("Does the article mention China anywhere?", "Yes."),
        ("China isn't mentioned anywhere in the article.", "No."),
    ],
)
def test_mentioned_anywhere_asks_whether_it_is_mentioned(
    engine: Engine, question: str, verdict: str
) -> None:
    answer = engine.answer(question)
    assert answer.text.startswith(verdict)
    assert answer.quote is not None and "China" in answer.quote.text


@pytest.mark.parametrize(
    "question", ["Is Modi mentioned anywhere in the article?", "Did Esper go anywhere?"]
)
def test_anywhere_claims_the_article_cannot_settle_abstain(engine: Engine, question: str) -> None:
    assert engine.answer(question).abstained


@pytest.mark.parametrize(
    "question", ["is the threat from China mentioned?", "is the threat from China named?"]
)
def test_whether_a_threat_is_mentioned_is_not_read_as_a_name_continued(
    engine: Engine, question: str
) -> None:
    answer = engine.answer(question)
    assert answer.text.startswith("Yes.")
    assert answer.quote is not None and "China" in answer.quote.text


@pytest.mark.parametrize(
    "question",
    [
        "Did the two Secretaries of Defense express concern about the agreement?",
        "Did the two defence chiefs voice concern over BECA?",
    ],
)
def test_another_attitude_voiced_is_denied_with_the_one_the_article_gives(
    engine: Engine, question: str
) -> None:
    answer = engine.answer(question)
    assert answer.text.startswith("No.")
    assert "appreciation" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Were the Tokyo talks between two countries?",
        "Were the Tokyo talks bilateral?",
        "did two countries take part in the Tokyo talks?",
    ],
)
def test_two_countries_asked_of_the_tokyo_talks_is_a_count_the_article_denies(
    engine: Engine, question: str
) -> None:
    answer = engine.answer(question)
    assert answer.text.startswith("No.")
    assert "Four countries" in answer.text


def test_the_two_countries_named_at_the_tokyo_talks_were_there(engine: Engine) -> None:
    assert engine.answer("did the two countries attend the Tokyo talks?").text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "Did Esper hold a press conference?",
        "did Singh give a press conference?",
        "Why did Pompeo hold a press conference?",
        "Who has been to more 2+2 meetings, Esper or Pompeo?",
    ],
)
def test_what_the_article_leaves_open_about_people_is_not_settled(
    engine: Engine, question: str
) -> None:
    assert engine.answer(question).abstained


def test_the_one_press_conference_the_article_tells_of_was_pompeos(engine: Engine) -> None:
    answer = engine.answer(
        "Did Esper give a press conference at the State Department before his trip to South Asia?"
    )
    assert answer.text.startswith("No.")
    assert "Pompeo" in answer.text


@pytest.mark.parametrize("question", ["did they sing", "did he sing?"])
def test_a_verb_after_a_pronoun_is_not_a_slip_for_a_name(engine: Engine, question: str) -> None:
    assert engine.answer(question).abstained


def test_a_slip_for_a_name_where_a_name_stands_is_still_the_name(engine: Engine) -> None:
    assert engine.answer("did they meet sing?").text.startswith("Yes.")


@pytest.mark.parametrize(
    ("claim", "quoted"),
    [
        ("China isn't mentioned anywhere in the article.", "China"),
        ("The article never mentions China.", "China"),
        ("The article doesn't mention Tokyo", "Tokyo"),
    ],
)
def test_a_claim_that_something_is_not_mentioned_is_denied_with_where_it_is(
    engine: Engine, claim: str, quoted: str
) -> None:
    answer = engine.answer(claim)
    assert answer.text.startswith("No.")
    assert answer.quote is not None and quoted in answer.quote.text


def test_a_claim_that_a_word_the_article_lacks_is_not_mentioned_is_borne_out(
    engine: Engine,
) -> None:
    assert engine.answer("Washington isn't mentioned in the article.").text.startswith("Yes.")


@pytest.mark.parametrize("first", ["Who met Singh?", "what did US officials call the ties?"])
@pytest.mark.parametrize(
    "question",
    [
        "who are the two largest democracies?",
        "and the 'two largest democracies' are who?",
        "which countries are the two biggest democracies?",
    ],
)
def test_the_two_largest_are_not_the_two_just_named(
    engine: Engine, first: str, question: str
) -> None:
    assert "India" in ask(engine, first, question).text


@pytest.mark.parametrize(
    "question",
    [
        "What did the Deputy Secretary of State do recently?",
        "What did Begin do recently?",
        "What has the deputy secretary of state done lately?",
        "what did the US deputy secretary of state do?",
    ],
)
def test_what_a_titled_person_did_lately_is_the_event(engine: Engine, question: str) -> None:
    assert "visited New Delhi" in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Where was the man who met Singh earlier this month?", "Tokyo"),
        ("Where did the guy who met Rajnath Singh go earlier this month?", "Tokyo"),
        ("What title does the official who recently visited Delhi hold?", "Deputy Secretary"),
        ("What is the title of the person who recently visited New Delhi?", "Deputy Secretary"),
        ("What did the person who spoke at the State Department say about China?", "Communist"),
        (
            "Where was the person who gave a presser at the State Department about to travel?",
            "South Asia",
        ),
        ("Who did the official who visited Tokyo with Pompeo meet on October 26?", "Singh"),
        ("Did the man who went to Tokyo with Pompeo also meet Singh?", "Yes"),
        (
            "Was the man who held a press conference at the State Dept also at the Tokyo talks?",
            "Yes",
        ),
        ("Is the guy who recently visited New Delhi a deputy defense secretary?", "No"),
        ("Where is the man who met Singh from?", "United States"),
    ],
)
def test_a_person_described_by_a_deed_is_the_one_who_did_it(
    engine: Engine, question: str, expected: str
) -> None:
    """ "Where was the man who met Singh earlier this month?": "who met Singh?" is Esper,
    and Esper was in Tokyo (it abstained, or answered of the wrong person)."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text
    assert answer.quote is not None


@pytest.mark.parametrize(
    "question",
    [
        "What is the age of the man who met Singh?",
        "What did the woman who met Modi say?",
        "Which party does the official who visited Delhi recently belong to?",
        "Who is the boss of the man who met Singh?",
        "Who is Esper's boss?",
        "who is the boss of Pompeo?",
    ],
)
def test_what_the_article_does_not_say_of_a_described_person_is_unsaid(
    engine: Engine, question: str
) -> None:
    """ "Who is the boss of the man who met Singh?": the article names no one's boss (it
    answered 'the defense chiefs')."""
    assert ask(engine, question).abstained


def test_a_body_s_boss_is_still_its_chief(engine: Engine) -> None:
    """ "Who is the Pentagon boss?": Esper, its head, not a chain of command."""
    assert "Esper" in ask(engine, "Who is the Pentagon boss?").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What's happening to relations between China and the country whose defence"
            " minister is Rajnath Singh?",
            "deteriorating",
        ),
        ("How are ties going between the US and the country where Esper met Singh?", "heating"),
        (
            "What's one purpose of the partnership between the US and the country that hosted"
            " Esper on Monday?",
            "China",
        ),
    ],
)
def test_a_country_described_by_what_happened_there_is_that_country(
    engine: Engine, question: str, expected: str
) -> None:
    """ "…the country whose defence minister is Rajnath Singh?": India (it answered 'India
    (Rajnath Singh)' to whatever was asked of it)."""
    answer = ask(engine, question)
    assert expected in answer.text
    assert answer.quote is not None


@pytest.mark.parametrize(
    "question",
    [
        "What's the population of the country whose defence minister is Rajnath Singh?",
        "What is the capital of the country where Esper met Singh?",
        "Who leads the country that hosted Esper on Monday?",
    ],
)
def test_what_the_article_does_not_say_of_a_described_country_is_unsaid(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Full name of the Indian official the American defense secretary met?", "Rajnath Singh"),
        ("what nationality is the minister the defense secretary met?", "India"),
        ("Where is the official the Pentagon chief met from?", "India"),
        (
            "What is the title of the man the US defense secretary met on Monday?",
            "Defense Minister",
        ),
        ("What post does the Indian minister the defence secretary met hold?", "Defense Minister"),
    ],
)
def test_a_person_described_by_who_met_them_is_the_one_met(
    engine: Engine, question: str, expected: str
) -> None:
    """ "What nationality is the minister the defense secretary met?": Singh's, India (it
    answered Esper's, the United States)."""
    answer = ask(engine, question)
    assert expected in answer.text
    assert answer.quote is not None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What communications capabilities did the two men who met in New Delhi want to"
            " enhance?",
            "secure communications",
        ),
        ("What capabilities did the two defence heads who met in Delhi want to enhance?", "secure"),
        ("What did the two men who met on Monday praise?", "strength"),
        ("Where did the two men who went to Tokyo hold talks?", "Tokyo"),
    ],
)
def test_a_pair_described_by_a_deed_is_the_two_who_did_it(
    engine: Engine, question: str, expected: str
) -> None:
    """ "What did the two men who met on Monday praise?": Esper and Singh praised the strength
    of the relationship (it abstained; 'on Monday praise' is no deed)."""
    answer = ask(engine, question)
    assert expected in answer.text
    assert answer.quote is not None


def test_the_pair_asked_for_is_still_named(engine: Engine) -> None:
    assert "Singh" in ask(engine, "Name the two defence chiefs who met in New Delhi.").text
    assert "Singh" in ask(engine, "who were the two ministers that met").text


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("singh counterpart name", "Esper"),
        ("name of singh's counterpart", "Esper"),
        ("What is the name of Esper's counterpart?", "Singh"),
    ],
)
def test_the_name_of_someones_counterpart_is_the_counterparts(
    engine: Engine, question: str, person: str
) -> None:
    assert person in engine.answer(question).text


@pytest.mark.parametrize(
    "question",
    [
        "who does the article call the world's two largest democracies?",
        "which countries does the article call the two largest democracies?",
        "who does the story call the world's two biggest democracies?",
        "who do US officials call the world's two largest democracies?",
        "who did u.s. government officials call the two largest democracies?",
    ],
)
def test_who_the_article_calls_something_is_who_is_called_so(engine: Engine, question: str) -> None:
    """ "call" names without "as": the ones so called, not the officials calling them."""
    text = engine.answer(question).text
    assert "India" in text
    assert not text.startswith("U.S. government officials")


@pytest.mark.parametrize(
    "question",
    [
        "so whose statement is the article based on?",
        "which statement does the article rely on?",
        "whose statement does the story draw on?",
        "what source does the article cite?",
        "what's the article's source?",
        "what's the source for this article?",
    ],
)
def test_the_source_the_article_is_based_on_is_the_defense_department(
    engine: Engine, question: str
) -> None:
    """The statement the article reports is the U.S. Defense Department's."""
    assert "Defense Department" in engine.answer(question).text


def test_who_wrote_the_article_is_still_its_unknown_author(engine: Engine) -> None:
    assert engine.answer("who wrote the article?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Who are described as the world's two largest democracies?",
        "who were called the world's two largest democracies?",
    ],
)
def test_who_is_described_so_put_passively_asks_who_is_so(engine: Engine, question: str) -> None:
    """The countries the officials' words describe, not the officials who described them."""
    text = ask(engine, question).text
    assert "India" in text and "officials' words" in text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is go to Tokyo?", "Pompeo"),
        ("who is meet Singh?", "Esper"),
        ("who are attend the talks in tokyo?", "Pompeo"),
    ],
)
def test_a_learners_is_before_a_plain_verb_asks_who_did_it(
    engine: Engine, question: str, expected: str
) -> None:
    """ "who is go to Tokyo?" asks who went, not who someone is."""
    assert expected in ask(engine, question).text


def test_a_learners_who_is_come_from_a_country_is_no_description_of_the_talks(
    engine: Engine,
) -> None:
    """The article names no one from Australia; the Tokyo talks' countries are no answer."""
    assert ask(engine, "who is come from Australia?").abstained


@pytest.mark.parametrize(
    ("question", "corrected", "answered"),
    [
        (
            "Singh, India's Foreign Minister, hosted Esper. Where?",
            "Singh is not India's Foreign Minister",
            "New Delhi",
        ),
        (
            "I read that Singh, India's Foreign Minister, hosted Esper. Where was that?",
            "Singh is not India's Foreign Minister",
            "New Delhi",
        ),
        (
            "Esper was hosted by Singh, India's Foreign Minister. When?",
            "Singh is not India's Foreign Minister",
            "Oct. 26",
        ),
        (
            "Deputy Secretary of Defense Begin visited New Delhi. What did he sign?",
            "Begin is not the Deputy Secretary of Defense",
            "doesn't say",
        ),
        (
            "The other day Begin, the Deputy Secretary of Defense, visited New Delhi. What did"
            " he sign?",
            "Begin is not the Deputy Secretary of Defense",
            "doesn't say",
        ),
    ],
)
def test_a_wrong_title_set_beside_a_name_in_the_background_is_corrected(
    engine: Engine, question: str, corrected: str, answered: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(corrected)
    assert answered in answer.text
    assert "BECA" not in answer.text and "agreed on it" not in answer.text
    assert answer.quotes


@pytest.mark.parametrize(
    "question",
    [
        "Begin visited New Delhi. What did he sign?",
        "Begin visited New Delhi. What did he agree on?",
    ],
)
def test_he_after_a_background_naming_one_person_is_that_person(
    engine: Engine, question: str
) -> None:
    """Begin signed and agreed nothing the article tells: the BECA's sides are no answer."""
    answer = ask(engine, question)
    assert answer.abstained
    assert "BECA" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "did Raj Singh meet Esper?",
        "did Rajnat Singh meet Esper?",
        "Did Rajanth Singh meet Esper?",
        "was it Marc Esper who met Singh?",
    ],
)
def test_a_short_or_misspelt_first_name_is_not_someone_else(engine: Engine, question: str) -> None:
    # "Raj" is Rajnath shortened, "Rajnat" mistyped: the same person, no "not Raj Singh".
    assert "not" not in ask(engine, question).text.split(".")[0]


def test_another_first_name_is_still_corrected(engine: Engine) -> None:
    assert ask(engine, "did narendra singh meet esper?").text.startswith("No")
    assert ask(engine, "was it Mike Esper who met Singh?").text.startswith("No")
