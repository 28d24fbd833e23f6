"""Yes/no questions a red-team review found answered falsely: each now gets the answer the
article settles, or an honest abstention."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "Did they agree to cooperate in space?",
        "Did they agree to cooperate at sea?",
        "Did they agree to cooperate in cyberspace?",
        "Did Esper and Singh agree to work together in agriculture?",
        "Did they commit to cooperating in the Indian Ocean?",
        "Did they agree to expand information sharing in Tokyo?",
    ],
)
def test_where_the_agreed_cooperation_is_is_not_where_they_met(
    engine: Engine, question: str
) -> None:
    """ "in space" places the cooperation agreed on, not the agreeing: no "No, it was in New
    Delhi"; the article names no such field."""
    answer = ask(engine, question)
    assert answer.abstained
    assert "New Delhi" not in answer.text


@pytest.mark.parametrize(
    "question", ["Did they sign the agreement in Tokyo?", "Did they agree on BECA in Tokyo?"]
)
def test_where_an_agreement_was_reached_is_still_checked(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "New Delhi" in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Is Singh a defense chief?", "Yes"),
        ("Is Esper a defence chief?", "Yes"),
        ("Is Esper the defense chief?", "Yes"),
        ("Is Singh one of the defense chiefs?", "Yes"),
        ("Is Singh the U.S. defense chief?", "No"),
        ("Is Begin a defense chief?", "No"),
    ],
)
def test_the_headlines_defense_chiefs_are_esper_and_singh(
    engine: Engine, question: str, verdict: str
) -> None:
    """The headline calls the two "Defense Chiefs": a name the article gives them both."""
    assert ask(engine, question).text.startswith(verdict)


def test_a_judgement_of_a_defense_chief_is_not_settled(engine: Engine) -> None:
    assert ask(engine, "Is Singh a capable defense chief?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Did Esper like Singh?",
        "Does Singh like Esper?",
        "Did the U.S. agree to sell weapons to India?",
        "Did India agree to buy weapons from the U.S.?",
        "Did Esper and Singh meet in secret?",
        "Did Esper and Singh meet in public?",
        "Are U.S.-India relations heating up because of China?",
        "Are relations deteriorating because of Esper?",
    ],
)
def test_what_the_article_does_not_settle_gets_no_bare_verdict(
    engine: Engine, question: str
) -> None:
    """Meeting someone is no liking; an agreement to sell arms, a secret meeting or a cause
    of a trend are not told of at all."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("Which relations are deteriorating?", "Is that because of China?"),
        ("Which relations are heating up?", "Why?", "Is that because of Pompeo?"),
    ],
)
def test_a_cause_the_article_never_gives_is_not_confirmed(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize("question", ["Did they like the agreement?", "Did Singh like BECA?"])
def test_liking_the_agreement_is_their_appreciation_of_it(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert answer.quote is not None and "appreciation" in answer.quote.text


@pytest.mark.parametrize(
    "question",
    ["Was BECA signed on Tuesday?", "Was the agreement signed on Wednesday?"],
)
def test_a_signing_day_is_no_no_when_no_signing_is_told(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.text.startswith("No")
    assert "does not mention a signing" in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Has Esper participated in every 2+2 dialogue but one?", "Yes"),
        ("Has Esper attended all but one of the 2+2 dialogues?", "Yes"),
        ("Did Esper take part in every 2+2 except one?", "Yes"),
        ("Has Esper participated in all the 2+2 dialogues except two?", "No"),
        ("Has Esper participated in every 2+2 dialogue?", "No"),
    ],
)
def test_every_dialogue_but_one_is_two_of_three(
    engine: Engine, question: str, verdict: str
) -> None:
    """His second of the three: every one but one."""
    answer = ask(engine, question)
    assert answer.text.startswith(verdict)
    assert "three" in answer.text


@pytest.mark.parametrize(
    "questions",
    [
        ("What did Pompeo say?", "Did Singh agree?"),
        ("What did Pompeo say about China?", "Does Singh agree?"),
        ("What did Pompeo say about China?", "Did Esper agree with him?"),
        ("What did Pompeo say about China?", "Did India agree with that?"),
        ("What did U.S. officials call the relationship?", "Does India agree?"),
        ("Did Esper agree with Pompeo?",),
    ],
)
def test_agreeing_with_a_remark_is_not_agreeing_on_beca(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """No one is said to agree with anyone; the sides agreed on a pact."""
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("Did Singh agree?",),
        ("What did the two sides agree on?", "Did Singh agree?"),
        ("Did the two sides agree on BECA?",),
    ],
)
def test_agreeing_on_the_pact_is_still_confirmed(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    answer = ask(engine, *questions)
    assert answer.text.startswith("Yes")
    assert "BECA" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What was agreed during Pompeo's trip?",
        "What did they agree on during Pompeo's visit?",
        "What was agreed on Pompeo's trip to South Asia?",
    ],
)
def test_nothing_agreed_is_told_of_pompeos_trip(engine: Engine, question: str) -> None:
    """His remark tells of discussions, which are no agreement."""
    answer = ask(engine, question)
    assert answer.abstained
    assert "thwart" not in answer.text


@pytest.mark.parametrize(
    "question", ["What was agreed during Esper's visit?", "What did Esper and Singh agree on?"]
)
def test_what_was_agreed_on_esper_s_visit_is_beca(engine: Engine, question: str) -> None:
    assert "Basic Exchange and Cooperation Agreement" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "is singh sympathetic with the americans?",
        "is singh friendly with the americans?",
        "is esper hostile towards india?",
        "is esper friendly with india?",
    ],
)
def test_a_stance_towards_a_country_is_no_nationality_check(engine: Engine, question: str) -> None:
    """The country is the other party, not whose minister he is: no 'No, he is India's'."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who has published the communicate about the reunion?", "Defense Department"),
        ("Who assisted to the talks in Tokyo from the side of USA?", "Pompeo"),
        ("who assisted at the meeting in New Delhi?", "Singh"),
        ("Who are the two more big democracies of the world?", "India"),
        ("Who said the relation is one of the most significants?", "officials"),
        ("which relation is the most significant of the 21 century?", "U.S.-India"),
    ],
)
def test_calques_are_read_as_the_english_meant(
    engine: Engine, question: str, expected: str
) -> None:
    """'assisted to' is attended, 'the communicate' the statement, 'more big' largest."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text


def test_before_of_what_is_the_2_2(engine: Engine) -> None:
    answer = ask(engine, "When has the meeting taken place?", "Before of what?")
    assert "2+2" in answer.text


@pytest.mark.parametrize(
    "questions",
    [
        ("When was the meeting?", "Who else of India was there besides Singh?"),
        ("Before what?", "Who else of India was there besides Singh?"),
    ],
)
def test_someone_else_of_a_country_is_not_someone_of_another(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """'of India' is 'from India': Esper, of the U.S., is no other Indian there."""
    answer = ask(engine, *questions)
    assert "Esper" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Esper has participated already before in a 2+2?",
        "has Esper participated before in a 2+2?",
        "Esper was already before at a 2+2 meeting?",
    ],
)
def test_before_in_a_2_2_asks_whether_he_had(engine: Engine, question: str) -> None:
    """'before in a 2+2' is the adverb: yes, the second time, not the meeting ahead of it."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert "second time" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "The two sides have decided to reduce the exchange of informations?",
        "they will limit the sharing of informations?",
        "did they agree to cut the flow of informations?",
    ],
)
def test_reducing_the_exchange_of_informations_is_denied_by_the_expansion(
    engine: Engine, question: str
) -> None:
    """'informations' (a learner's plural) is information sharing: No, it expands."""
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "expanding information sharing" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who is the minister of defence of USA in the article?",
        "the minister of defence of america, how he is called?",
        "who is the american defense minister?",
        "who is the defence minister of the united states?",
    ],
)
def test_the_us_defence_minister_is_its_secretary_of_defense(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "Esper" in answer.text
    assert "Singh" not in answer.text


def test_an_american_official_meeting_india_s_defence_minister_is_still_esper(
    engine: Engine,
) -> None:
    """Only the U.S. right by the title makes it the Secretary of Defense."""
    assert "Esper" in ask(engine, "Which American official met the Indian Defence Minister?").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which is the function of Rajnath Singh in the government?", "Defense Minister"),
        ("what is the function of Singh in the government?", "Defense Minister"),
        ("which is the charge of Esper in the government?", "Secretary of Defense"),
    ],
)
def test_a_persons_function_in_the_government_is_the_post(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "Neither Japan nor Australia took part in the Tokyo talks, right?",
        "Did neither Esper nor Pompeo attend the Tokyo talks?",
        "So neither Esper nor Singh welcomed the information sharing expansion?",
        "Is it true that neither the US nor India agreed on BECA?",
    ],
)
def test_neither_nor_is_refuted_when_both_did(engine: Engine, question: str) -> None:
    """The article has both doing it, so the claim that neither did is a No."""
    assert ask(engine, question).text.startswith("No")


def test_neither_nor_is_not_confirmed_when_only_one_is_ruled_out(engine: Engine) -> None:
    """China was not at the Tokyo talks but Japan was: never a Yes."""
    answer = ask(engine, "Neither Japan nor China was at the Tokyo talks?")
    assert not answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Is it only US-China ties that are getting worse?",
        "Are only India-China relations getting worse?",
        "Is it just the US-China relationship that is souring?",
        "Was the information-sharing expansion welcomed by only the US side?",
        "Was it only India that welcomed the expansion of information sharing?",
        "Did only Esper praise the relationship?",
    ],
)
def test_only_some_of_those_the_article_names_is_a_no(engine: Engine, question: str) -> None:
    """The article names more doers (or more countries' relations) than "only" allows."""
    assert ask(engine, question).text.startswith("No")


def test_only_one_partner_of_a_meeting_is_still_unsaid(engine: Engine) -> None:
    """The article says Esper met Singh, not that no one else did."""
    assert ask(engine, "Did only Esper meet Singh?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Has Japan ever joined a 2+2 with India?",
        "Has Australia ever been part of a 2+2 with the US?",
        "Did Japan take part in any 2+2 dialogue?",
    ],
)
def test_any_such_event_is_not_the_articles_closed_list(engine: Engine, question: str) -> None:
    """The article lists who took part in its own 2+2s, not in every 2+2 there has been."""
    assert ask(engine, question).abstained


def test_the_articles_own_event_still_leaves_out_who_it_lists_not(engine: Engine) -> None:
    assert ask(engine, "Was Japan part of the 2+2?").text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "Did Esper meet Singh before this year?",
        "Had Esper and Singh met prior to this year?",
        "Is it not true that Esper never met Singh before this year?",
        "Had Esper been to New Delhi prior to this month?",
    ],
)
def test_an_earlier_time_than_the_articles_own_is_unsaid(engine: Engine, question: str) -> None:
    """The article tells of this month's meetings, not of any before this year."""
    assert ask(engine, question).abstained


def test_this_year_itself_is_still_confirmed(engine: Engine) -> None:
    assert ask(engine, "Did Esper meet Singh this year?").text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Have the two countries held fewer than two 2+2s?", "No"),
        ("Were there fewer than two 2+2 dialogues?", "No"),
        ("Have the two countries had fewer than four 2+2 dialogues?", "Yes"),
        ("Have the US and India held more than three 2+2s?", "No"),
    ],
)
def test_a_bound_on_the_countries_count_is_weighed(
    engine: Engine, question: str, verdict: str
) -> None:
    """ "Fewer than" is weighed against the three dialogues, not Esper's own count."""
    answer = ask(engine, question)
    assert answer.text.startswith(verdict)
    assert "three" in answer.text


@pytest.mark.parametrize(
    ("follow_up", "verdict"),
    [("fewer than three then?", "No"), ("so more than two?", "Yes"), ("at least three?", "Yes")],
)
def test_a_bare_bound_is_put_to_the_last_count(
    engine: Engine, follow_up: str, verdict: str
) -> None:
    answer = ask(engine, "Have the US and India held more than three 2+2 dialogues?", follow_up)
    assert answer.text.startswith(verdict)
    assert "three" in answer.text


def test_a_bare_bound_after_no_count_counts_nothing(engine: Engine) -> None:
    assert ask(engine, "Who met Singh?", "more than two?").abstained


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Isn't it true that the statement mentions China?", "No"),
        ("Isn't it true that Esper met Singh in New Delhi?", "Yes"),
        ("Isn't it the case that the meeting was on Tuesday?", "No"),
        ("Isn't it true that the statement doesn't mention China?", "Yes"),
    ],
)
def test_isnt_it_true_puts_the_claim_up_as_is_it_true_does(
    engine: Engine, question: str, verdict: str
) -> None:
    assert ask(engine, question).text.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("does the DOD statement never name china", "Yes"),
        ("Did Esper never meet Singh?", "No"),
        ("Did the two sides never agree on BECA?", "No"),
        ("Are US-India relations no longer warming up?", "No"),
    ],
)
def test_a_question_asking_of_a_denial_weighs_the_denial(
    engine: Engine, question: str, verdict: str
) -> None:
    assert ask(engine, question).text.startswith(verdict)


def test_no_longer_holding_a_title_is_not_said(engine: Engine) -> None:
    """What is so now the article cannot say."""
    assert ask(engine, "Is Esper no longer defence secretary?").abstained


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("talks were in Beijing right?", "New Delhi"),
        ("the talks were held in Beijing, right?", "New Delhi"),
        ("were the talks in China?", "New Delhi"),
        ("quad talks were in beijing?", "Tokyo"),
        ("the quadripartite talks were in China?", "Tokyo"),
    ],
)
def test_talks_placed_where_nothing_happened_get_no(
    engine: Engine, question: str, place: str
) -> None:
    """ "Talks" names the meeting and the Tokyo talks alike; in Beijing were neither."""
    answer = ask(engine, question)
    assert answer.text.startswith("No") and place in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [("were the talks in Tokyo?", "Yes"), ("were the talks in New Delhi?", "Yes")],
)
def test_talks_placed_where_some_were_held_stay_with_those(
    engine: Engine, question: str, verdict: str
) -> None:
    assert ask(engine, question).text.startswith(verdict)


@pytest.mark.parametrize(
    "question",
    [
        "Only Pompeo represented the US in Tokyo.",
        "Only Pompeo went to Tokyo.",
        "Did only Esper go to Tokyo?",
        "Only Esper took part in the Tokyo talks.",
    ],
)
def test_only_one_person_at_the_tokyo_talks_is_denied(engine: Engine, question: str) -> None:
    """ "Only X" says no one else went, as "X alone" does: Esper and Pompeo both did."""
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "Esper and Secretary Pompeo" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "The information was released by the Indian defence ministry.",
        "The news was released by the Indian defence ministry.",
        "Was the information released by the State Department?",
        "The details were put out by the Indian government.",
        "The account of the meeting was given by India.",
    ],
)
def test_the_account_released_by_another_body_is_denied(engine: Engine, question: str) -> None:
    """The account of the meeting is the statement, which the U.S. Defense Department made."""
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "U.S. Defense Department" in answer.text


def test_the_account_released_by_the_pentagon_is_confirmed(engine: Engine) -> None:
    assert ask(engine, "The information was released by the Pentagon.").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "does the headline mention China?",
        "Is China in the title?",
        "Does the headline mention the Basic Exchange and Cooperation Agreement?",
        "was the State Department mentioned in the headline?",
    ],
)
def test_what_the_headline_leaves_out_is_a_no_from_its_words(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert answer.quotes[0].paragraph == 0


@pytest.mark.parametrize(
    "question", ["does the headline mention India?", "does the title refer to the US?"]
)
def test_what_the_headline_names_is_a_yes(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert answer.quotes[0].paragraph == 0


def test_someone_the_headline_does_not_name_is_not_named_by_it(engine: Engine) -> None:
    """Its "Defense Chiefs" are Esper and Singh, but not by name."""
    assert "by name" in ask(engine, "does the headline name Esper?").text


@pytest.mark.parametrize(
    "question",
    [
        "ok and the 'world's two largest democracies' bit was Pompeo?",
        "was the 'world's two largest democracies' line Pompeo's?",
        "was the 'most significant relationships of the 21st century' part said by Esper?",
    ],
)
def test_quoted_words_put_to_someone_are_given_to_whom_the_article_gives_them(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "does not say it was" in answer.text
    assert "U.S. government officials" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "so the 'pressing global security challenges' phrase was Singh's?",
        "was the 'free nations could work together' quote from Esper?",
    ],
)
def test_quoted_words_put_to_the_wrong_speaker_get_no(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("No. The article gives those words to")


def test_quoted_words_after_pompeos_remark_are_not_asked_of_his_press_conference(
    engine: Engine,
) -> None:
    answer = ask(
        engine,
        "What did Pompeo say about China?",
        "ok and the 'world's two largest democracies' bit was Pompeo?",
    )
    assert "U.S. government officials" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did Pompeo make his China comments at the Tokyo talks?",
        "Were Pompeo's remarks on China made at the quadripartite talks?",
    ],
)
def test_words_put_at_another_event_get_no_and_where_they_were_said(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "State Department press conference" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Was Esper at the Tokyo talks?",
        "Did they agree on BECA at the 2+2?",
        "Did Esper meet Singh at the 2+2 dialogue?",
    ],
)
def test_being_or_agreeing_at_an_event_is_no_words_said_there(
    engine: Engine, question: str
) -> None:
    assert not ask(engine, question).text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "pompeo exact quote on china pls",
        "exact quote from pompeo on china please",
        "pompeo direct quote about free nations",
    ],
)
def test_a_speakers_exact_quote_on_something_is_his_words(engine: Engine, question: str) -> None:
    assert "thwart" in ask(engine, question).text


def test_an_exact_quote_no_one_gave_is_not_made_up(engine: Engine) -> None:
    assert ask(engine, "direct quote from esper on china").abstained


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Does the article quote the DOD statement directly?", "pressing global security"),
        ("Does the article quote the Defense Department?", "pressing global security"),
        ("Does the article quote the Pentagon at all?", "pressing global security"),
        ("Does the article quote Pompeo directly?", "thwart the threat"),
    ],
)
def test_a_body_whose_words_the_article_puts_in_quotation_marks_is_quoted(
    engine: Engine, question: str, quoted: str
) -> None:
    """ "Does the article quote the DOD statement directly?": Yes, “pressing global security
    challenges” (it got No with the statement's silence on China)."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert quoted in answer.text
    assert answer.quote is not None and quoted in answer.quote.text


@pytest.mark.parametrize("between", ["What is his title?", "What's his job?", "What does he do?"])
def test_he_after_a_question_about_him_is_still_him(engine: Engine, between: str) -> None:
    """ "What is his title?" (Begin's) "Is he the Secretary of State?": Begin, a No; not
    Pompeo, whom the title names."""
    answer = ask(
        engine, "Who visited New Delhi recently?", between, "Is he the Secretary of State?"
    )
    assert answer.text.startswith("No")
    assert "Begin" in answer.text


@pytest.mark.parametrize("other", ["And Singh?", "What about Singh?"])
def test_a_persons_count_stays_theirs_after_an_unanswered_one(engine: Engine, other: str) -> None:
    answer = ask(engine, "How many 2+2 meetings has Esper attended?", "And Pompeo?", other)
    assert answer.abstained


def test_how_many_after_an_unanswered_question_about_him_is_his(engine: Engine) -> None:
    answer = ask(engine, "Who did Esper meet?", "Has he been to a 2+2 before?", "How many?")
    assert answer.abstained


@pytest.mark.parametrize(
    "question", ["How many statements are mentioned?", "How many statements did the DOD issue?"]
)
def test_a_count_of_one_thing_is_no_count_of_another(engine: Engine, question: str) -> None:
    assert "militaries" not in ask(engine, question).text


def test_defense_chiefs_are_counted_as_people(engine: Engine) -> None:
    answer = ask(engine, "How many defense chiefs are mentioned?")
    assert "Two" in answer.text and "militaries" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is the article an opinion piece?",
        "Is the article itself a DOD statement?",
        "Is this story an editorial?",
        "Is the piece a press release?",
    ],
)
def test_what_kind_of_piece_the_article_is_is_unsaid(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("was it Esper who went to India?", "in New Delhi"),
        ("Was it Esper who traveled to India?", "in New Delhi"),
        ("it was Esper that flew to Delhi?", "in New Delhi"),
        ("was it Begin who visited India?", "recently visited New Delhi"),
    ],
)
def test_who_went_to_a_country_is_answered_by_a_trip_there(
    engine: Engine, question: str, quoted: str
) -> None:
    answer = ask(engine, question)
    assert answer.quote is not None and quoted in answer.quote.text
    assert answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    ["was it Pompeo who went to India?", "was it Singh who went to Japan?"],
)
def test_a_country_only_taking_part_in_talks_is_no_trip_there(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "so it was Esper who went to India, not Singh to the US?",
        "Esper went to India, not Singh to America?",
        "Esper met Singh in Delhi, not Tokyo?",
        "Begin visited New Delhi, not Tokyo, right?",
    ],
)
def test_a_claim_set_against_what_the_article_never_says_holds(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    ["Esper went to Tokyo, not Pompeo?", "Esper met Singh in Tokyo, not Delhi?"],
)
def test_a_claim_set_against_what_the_article_also_says_is_no(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("No")


@pytest.mark.parametrize(
    ("claim", "part", "start"),
    [
        (
            "Is it true the meeting was on Monday October 26 in Tokyo?",
            "so the date part was right?",
            "Yes",
        ),
        (
            "Is it true the meeting was on Monday October 26 in Tokyo?",
            "was the place correct at least?",
            "No",
        ),
        ("Esper met Singh in Delhi on Tuesday?", "the place was right though?", "Yes"),
        ("Esper met Singh in Delhi on Tuesday?", "so the date part was right?", "No"),
        ("Esper met Singh in Tokyo on Monday, Oct. 26?", "but the day was correct?", "Yes"),
    ],
)
def test_one_part_of_the_last_claim_is_judged_alone(
    engine: Engine, claim: str, part: str, start: str
) -> None:
    assert ask(engine, claim, part).text.startswith(start)


@pytest.mark.parametrize(
    "first", ["did Esper meet Singh in Tokyo?", "Who met Singh?", "was the meeting on Tuesday?"]
)
def test_a_part_the_last_question_never_gave_is_not_judged(engine: Engine, first: str) -> None:
    part = "the place was right though?" if "Tuesday" in first else "so the date part was right?"
    assert ask(engine, first, part).abstained


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("was china included?", "No"),
        ("was south korea included?", "No"),
        ("did south korea take part?", "No"),
        ("was new zealand involved?", "No"),
        ("was australia included?", "Yes"),
    ],
)
def test_a_country_asked_after_the_tokyo_talks_is_asked_of_their_sides(
    engine: Engine, question: str, start: str
) -> None:
    answer = ask(engine, "Tokyo talks - who went from the US side?", question)
    assert answer.text.startswith(start) and "Australia" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "so you're saying the statement called China a threat?",
        "did the Pentagon statement describe China as a threat?",
        "did the statement say China is a threat?",
        "did the statement blame China?",
    ],
)
def test_the_statement_said_nothing_of_china(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "does not explicitly mention" in answer.text


def test_another_speakers_statement_on_china_is_not_the_dods(engine: Engine) -> None:
    assert (
        "does not explicitly mention"
        not in ask(engine, "did Pompeo's statement call China a threat?").text
    )


@pytest.mark.parametrize(
    "question",
    [
        "Begin and Singh met in New Delhi on Oct 26.",
        "Singh and Begin met in New Delhi on Oct 26.",
        "Begin and Esper met in New Delhi.",
    ],
)
def test_begin_joined_to_a_person_is_the_name_not_the_verb(engine: Engine, question: str) -> None:
    """ "Begin and Singh met…": Esper met Singh; Begin, read as the verb, left a Yes."""
    assert not ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Did the article say the two men agreed on a basic agreement on exchanges?",
        "The two men agreed on a basic agreement on exchanges.",
        "The two countries agreed on BECA.",
    ],
)
def test_one_name_of_the_sides_for_another_is_no_word_swap(engine: Engine, question: str) -> None:
    """ "the two men" or "the two countries" where the quote has "the two sides": no "No"."""
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Did the two militaries reinforce their commitment?",
        "Did the statement say the two militaries agreed on BECA?",
        "Did both militaries commit to deeper cooperation?",
        "Was the meeting between the two militaries?",
        "Is the agreement between the two militaries?",
    ],
)
def test_the_militaries_are_what_the_cooperation_is_between(engine: Engine, question: str) -> None:
    """The two sides agreed and committed, to cooperation between the two militaries: no bare
    "Yes" having the militaries decide, or the meeting be between them."""
    assert ask(engine, question).text.startswith("Not the")


@pytest.mark.parametrize(
    "question",
    [
        "Did the Pentagon statement say the two militaries would deepen cooperation?",
        "Did they commit to deepening cooperation between the two militaries?",
    ],
)
def test_cooperation_of_the_militaries_is_still_yes(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Did they agree to deepen information sharing?", "expanding information sharing"),
        ("Did Esper and Singh deepen information sharing?", "expanding information sharing"),
        ("Did they commit to deepening info sharing?", "expanding information sharing"),
        ("Did the two sides agree to expand cooperation between the militaries?", "deepening"),
        ("Did the two men agree to expand cooperation among the services?", "deepening"),
    ],
)
def test_a_verb_swapped_between_the_articles_objects_gets_its_words(
    engine: Engine, question: str, said: str
) -> None:
    """The article deepens cooperation and expands information sharing: the other way round
    gets what it says, not a bare "Yes" that endorses the swap."""
    text = ask(engine, question).text
    assert text.startswith("The article says")
    assert said in text.split(".")[0]


@pytest.mark.parametrize(
    "question",
    [
        "Did they agree to deepen cooperation?",
        "Did they agree to expand information sharing?",
        "Did they agree to bolster cooperation?",
        "Is enhancing defence trade part of their programme of cooperation?",
    ],
)
def test_a_verb_as_the_article_pairs_it_is_still_yes(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Is Esper one of the foreign ministers in the 2+2?",
        "Is Esper among the foreign ministers at the 2+2 dialogue?",
        "Is Singh one of the foreign ministers in the 2+2?",
    ],
)
def test_a_defense_chief_is_not_one_of_the_foreign_ministers(engine: Engine, question: str) -> None:
    """ "foreign ministers" names the 2+2's ministers as a whole; Esper's office is defense."""
    assert ask(engine, question).text.startswith("No")


def test_the_secretary_of_defense_is_not_denied_a_defense_ministers_seat(engine: Engine) -> None:
    """His title is "Secretary of Defense", which is no "No" to being one of the 2+2's
    defense ministers."""
    assert not ask(engine, "Is Esper one of the defense ministers in the 2+2?").text.startswith(
        "No"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Did the two sides agree to share intelligence?",
        "Did they agree to increase intelligence sharing?",
        "Will India and the US share intel?",
        "Did they welcome more intelligence sharing?",
    ],
)
def test_intelligence_shared_is_given_as_the_articles_information_sharing(
    engine: Engine, question: str
) -> None:
    """The article says information sharing; "intelligence" is a keyword of ours, so the
    yes says the article's words and that it does not use the claim's."""
    text = ask(engine, question).text
    assert text.startswith("Yes, as information sharing")
    assert "does not say" in text.split(".")[0]


@pytest.mark.parametrize(
    "question",
    ["Did they agree to share information?", "did they like the information sharing thing"],
)
def test_the_articles_own_word_shared_is_a_plain_yes(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "Did the two defense chiefs sign the agreement in Tokyo?",
        "did they sign it in Tokyo?",
        "Singh signed it in Washington?",
    ],
)
def test_a_signing_put_in_the_wrong_place_is_corrected_to_where_they_agreed(
    engine: Engine, question: str
) -> None:
    """ "No. It was in New Delhi." would let the signing stand, moved to New Delhi: the
    article tells of an agreement there and of no signing anywhere."""
    text = ask(engine, question).text
    assert text.startswith("No. They agreed on it in New Delhi")
    assert "does not mention a signing" in text


def test_an_agreement_put_in_the_wrong_place_is_moved_to_new_delhi(engine: Engine) -> None:
    assert ask(engine, "did they reach the agreement in Tokyo?").text.startswith(
        "No. It was in New Delhi."
    )


@pytest.mark.parametrize(
    "question",
    [
        "Is India closer to the US than to China?",
        "is india closer to america than china",
        "Is India friendlier with the US than with China?",
        "are US-India ties tighter than US-China ties?",
    ],
)
def test_two_relations_compared_get_no_verdict(engine: Engine, question: str) -> None:
    """The article says how each relation goes (heating up, deteriorating), never that one
    is closer than the other: "No" read the souring as the answer to the comparison."""
    answer = ask(engine, question)
    assert answer.abstained
    assert "compare" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is Esper new?",
        "Singh is new?",
        "Esper is new here",
        "Pompeo is new to this",
        "Esper is new",
    ],
)
def test_new_of_new_delhi_says_no_one_is_new(engine: Engine, question: str) -> None:
    """ "New" is the article's word only in "New Delhi": the meeting there is no "Yes"."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Esper's new to the 2+2 meetings",
        "Esper was a newcomer to the 2+2",
        "Esper is a first-timer at the 2+2, right?",
    ],
)
def test_someone_new_to_the_2plus2_in_statement_order(engine: Engine, question: str) -> None:
    """Said as a statement, being new to the 2+2 is asked as "is this his first?": No."""
    text = ask(engine, question).text
    assert text.startswith("No.")
    assert "second time" in text


def test_a_bare_statement_that_he_is_new_to_it_follows_the_2plus2(engine: Engine) -> None:
    """ "ok but Esper is new to it" after a 2+2 claim: "it" is the 2+2, and he is not."""
    from bot.engine.context import Context

    first = engine.answer("The US and India have never done a 2+2 before this one.", Context())
    text = engine.answer("ok but Esper is new to it", first.context).text
    assert text.startswith("No.")
    assert "second time" in text


@pytest.mark.parametrize(
    "question",
    [
        "the Defense statement blasts China by name",
        "fine. and the Defense statement blasts China by name",
        "the Defense statement slams China by name",
        "the statement attacks China",
        "the DoD statement criticises China",
        "Is the statement blasting China?",
    ],
)
def test_a_statement_said_to_blast_china_did_not_name_it(engine: Engine, question: str) -> None:
    """Said as a sentence ("blasts", "attacks" in the present), or with "by name" at the
    end (how it would, not a name asked): No, the statement does not mention China."""
    text = ask(engine, question).text
    assert text.startswith("No")
    assert "does not explicitly mention China" in text


@pytest.mark.parametrize(
    "question",
    [
        "did the talks between esper and singh collapse?",
        "did the meeting between esper and singh collapse?",
        "did the esper singh talks fail?",
        "did esper's visit to delhi fail?",
    ],
)
def test_talks_named_by_their_sides_did_not_collapse(engine: Engine, question: str) -> None:
    """The event said to fail, however it is named, came to an agreement: No."""
    text = ask(engine, question).text
    assert text.startswith("No.")
    assert "agree" in text


def test_failing_to_agree_during_the_visit_keeps_the_visit(engine: Engine) -> None:
    """ "…fail to reach an agreement during the visit?": the visit is when, so the fact
    saying what was reached during it answers."""
    text = ask(engine, "Did the US and India fail to reach an agreement during the visit?").text
    assert text.startswith("No. During Esper's visit")


def test_talks_the_article_says_nothing_of_are_not_said_to_succeed(engine: Engine) -> None:
    """The Tokyo talks' outcome is not in the article: no verdict from the BECA."""
    assert ask(engine, "did the tokyo talks collapse?").abstained


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("was the singh meeting a follow-up to the 2+2?", "No."),
        ("did the meeting follow the 2+2?", "No."),
        ("did the meeting precede the 2+2?", "Yes."),
        ("did the 2+2 follow the meeting?", "Yes."),
        ("was the meeting a run-up to the 2+2 dialogue?", "Yes."),
    ],
)
def test_an_order_asked_with_follow_or_precede_is_the_timeline(
    engine: Engine, question: str, verdict: str
) -> None:
    """ "follow", "precede", "a follow-up to": which came first, which the meeting's "ahead
    of the 2+2" settles."""
    text = ask(engine, question).text
    assert text.startswith(verdict)
    assert "ahead of" in text


def test_following_up_on_something_is_no_order_of_events(engine: Engine) -> None:
    assert ask(engine, "did they follow up on the agreement?").abstained


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did the meeting happen while china relations were getting worse?", "Yes."),
        ("did the talks come at a time of worsening ties with china?", "Yes."),
        ("did the meeting take place as relations with china deteriorated?", "Yes."),
        ("did the visit take place as india-china ties worsened?", "Yes."),
        ("did the meeting happen while US-India relations were cooling?", "No."),
    ],
)
def test_an_event_set_against_a_trend_in_relations_asks_the_trend(
    engine: Engine, question: str, verdict: str
) -> None:
    """The article's backdrop: U.S.-India ties heating up as ties with China deteriorate."""
    assert ask(engine, question).text.startswith(verdict)


def test_an_event_of_another_time_is_not_set_against_the_backdrop(engine: Engine) -> None:
    assert ask(engine, "did the 2018 2+2 happen while ties with china were improving?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "what did Pompeo say at his Pentagon press conference?",
        "what did pompeo say at his pentagon presser?",
        "what did Pompeo tell reporters at his Pentagon briefing?",
        "what did Pompeo say at a Pentagon press conference?",
    ],
)
def test_a_press_conference_put_at_the_wrong_body_is_corrected(
    engine: Engine, question: str
) -> None:
    """ "at his Pentagon press conference": the body is where it was, which the article
    has at the State Department."""
    text = ask(engine, question).text
    assert text.startswith("That's not what the article says")
    assert "State Department" in text


@pytest.mark.parametrize(
    "question",
    [
        "this was the first ever US-India 2+2",
        "is this the first two plus two between the us and india",
        "this is the first us-india 2+2",
        "is this the first indo-us 2+2 dialogue",
        "was this the first 2+2 between the US and India?",
    ],
)
def test_the_first_2plus2_of_the_two_countries_is_answered_with_their_count(
    engine: Engine, question: str
) -> None:
    """The U.S. and India named: their "three such dialogues" says No, not Esper's own
    second time."""
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "three such dialogues" in answer.quotes[0].text


def test_esper_first_2plus2_is_still_answered_with_his_count(engine: Engine) -> None:
    answer = ask(engine, "is this esper's first 2+2?")
    assert answer.text.startswith("No")
    assert "second time" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "was the press conference at the Pentagon?",
        "the presser was at the Pentagon",
        "the press conference took place in new delhi",
        "was the press conference in tokyo?",
    ],
)
def test_the_press_conference_placed_elsewhere_gets_no(engine: Engine, question: str) -> None:
    """Only Pompeo's press conference is one, whoever is named: it was at the State
    Department."""
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "State Department" in answer.quotes[0].text


def test_the_press_conference_where_it_was_gets_yes(engine: Engine) -> None:
    assert ask(engine, "the press conference was at the state department").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "the statement came out of India's MoD",
        "the readout came out of india's ministry of defence",
        "the statement came out of the state department",
    ],
)
def test_a_statement_said_to_come_out_of_another_body_gets_the_defense_department(
    engine: Engine, question: str
) -> None:
    """Where a statement came out of is who put it out, not what it resulted from."""
    text = ask(engine, question).text
    assert text.startswith("No")
    assert "U.S. Defense Department" in text


def test_a_statement_said_to_come_out_of_a_place_is_not_confirmed(engine: Engine) -> None:
    assert ask(engine, "the statement came out of new delhi").abstained


@pytest.mark.parametrize(
    "question",
    [
        "was the press conference in washington?",
        "the press conference was held in washington",
        "Was Pompeo's press conference in Washington?",
        "pompeo held the press conference in Washington, right?",
    ],
)
def test_a_capital_the_article_never_names_is_not_confirmed_for_a_body(
    engine: Engine, question: str
) -> None:
    """The article has the press conference at the State Department and never names
    Washington: a U.S. body puts nothing in the city, so no "Yes"."""
    answer = ask(engine, question)
    assert answer.abstained


def test_a_meeting_put_in_a_capital_still_gets_where_it_was(engine: Engine) -> None:
    """ "Did Esper meet Singh in Washington?": the article places the meeting in New Delhi."""
    text = ask(engine, "did esper meet singh in washington?").text
    assert text.startswith("No")
    assert "New Delhi" in text


@pytest.mark.parametrize(
    "question", ["did pompeo speak in washington?", "was pompeo in washington?"]
)
def test_a_speaker_put_in_a_capital_is_not_put_at_his_body_there(
    engine: Engine, question: str
) -> None:
    """Washington is a city, not the country whose State Department Pompeo spoke at."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "the statement came from new delhi",
        "did the statement come from new delhi?",
        "the readout was released in new delhi",
        "was the statement issued in washington?",
        "the statement was released in tokyo",
    ],
)
def test_where_a_statement_was_issued_from_is_not_confirmed(engine: Engine, question: str) -> None:
    """The article reports the statement of a meeting in New Delhi; where the statement was
    put out from it never says, so no "Yes" from the meeting's place."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question", ["the statement came from the pentagon", "the statement came from the US"]
)
def test_a_statement_said_to_come_from_its_source_is_still_confirmed(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("Begin's a State Dept official", "Deputy Secretary of State"),
        ("is Begin a State Department official?", "Deputy Secretary of State"),
        ("Begin is an official of the State Department", "Deputy Secretary of State"),
        ("is Esper a Pentagon official?", "Secretary of Defense"),
        ("Esper is a defense department official, right?", "Secretary of Defense"),
    ],
)
def test_someone_called_an_official_of_their_own_body_gets_yes(
    engine: Engine, question: str, title: str
) -> None:
    text = ask(engine, question).text
    assert text.startswith("Yes")
    assert title in text


@pytest.mark.parametrize(
    "question", ["is Begin a Pentagon official?", "is Singh a State Department official?"]
)
def test_someone_called_an_official_of_another_body_gets_no_yes(
    engine: Engine, question: str
) -> None:
    assert not ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("the four were the US, Japan, India and Australia", "Yes"),
        ("the 4 were US, Japan, India, Australia", "Yes"),
        ("the four were the US, Japan, India and China", "No"),
    ],
)
def test_a_bare_number_standing_for_listed_countries_is_checked_as_countries(
    engine: Engine, question: str, verdict: str
) -> None:
    """ "The four were…" lists the Tokyo talks' countries, as "the four countries were…"."""
    text = ask(engine, question).text
    assert text.startswith(verdict)
    assert "Australia" in text


@pytest.mark.parametrize(
    "claim",
    [
        "Singh came to the Pentagon to meet Esper",
        "Did Singh come to the Pentagon to meet Esper?",
        "Singh came to Washington to meet Esper",
    ],
)
def test_a_trip_claimed_with_came_to_is_checked_as_one(engine: Engine, claim: str) -> None:
    """ "came to X to meet" is a trip there, which the article gives Singh nowhere: never a
    Yes from the meeting's praise, which names the Pentagon's statement and both men."""
    assert not ask(engine, claim).text.startswith("Yes")


def test_came_to_an_agreement_is_still_agreeing(engine: Engine) -> None:
    assert ask(engine, "did they come to an agreement?").text.startswith("Yes")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("And the draft says the meeting took place after the 2+2 Dialogue. Right?", "No"),
        ("My colleague wrote that the meeting was on Tuesday, Oct. 27. Is that right?", "No"),
        ("my editor wrote that Esper met Singh in Tokyo. Is that right?", "No"),
        ("and our copy also says the two sides agreed on a basic agreement. Correct?", "Yes"),
        ("It also says this was Esper's third 2+2 with India. Right?", "No"),
    ],
)
def test_a_claim_read_out_from_a_draft_is_checked(engine: Engine, claim: str, verdict: str) -> None:
    """A fact-checker reading on through a piece ("and the draft says…", "my colleague
    wrote that…", "it also says…") and asking if it is right: the claim after the lead is
    what is checked."""
    assert ask(engine, claim).text.startswith(verdict)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("T/F: Esper met Rajnath Singh in New Delhi.", "True"),
        ("t/f singh is india's foreign minister", "False"),
        (
            "T or F: US officials called it a relationship between two democracies",
            "True",
        ),
        ("True/False - the Tokyo quadripartite talks included China", "False"),
        ("T / F: Begin visited New Delhi", "True"),
        ("Singh is India's foreign minister, T/F?", "No"),
    ],
)
def test_a_quizs_true_false_shorthand_is_true_or_false(
    engine: Engine, claim: str, verdict: str
) -> None:
    """ "T/F:", "T or F", "True/False -": the claim is checked as after "true or false"."""
    assert ask(engine, claim).text.startswith(verdict)


@pytest.mark.parametrize(
    ("first", "judged"),
    [
        (
            "who called it one of the most significant relationships of the 21st century?",
            "are they right?",
        ),
        (
            "who described the relationship as one of the most significant?",
            "so were they correct about that?",
        ),
        ("who said free nations could work together to thwart the threat?", "is he right?"),
        ("who talked about thwarting China's Communist Party?", "was he wrong?"),
    ],
)
def test_judging_the_people_just_named_is_an_opinion(
    engine: Engine, first: str, judged: str
) -> None:
    """ "Are they right?" after a who-answer asks me to judge them: no Yes from their quote."""
    answer = ask(engine, first, judged)
    assert answer.abstained
    assert "no opinions" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Fill in: Mark T. ____, U.S. Secretary of Defense", "Esper"),
        ("Fill in: Esper met Singh in ___", "New Delhi"),
        ("Basic Exchange and ______ Agreement - complete the name", "Cooperation"),
        ("Basic Exchange and ... Agreement (complete the name)", "Cooperation"),
        ("Complete the phrase: 'pressing global ____ challenges'", "security"),
        ("quick fire: who issued the statement on the meeting?", "Defense Department"),
        ("Rapid-fire round - where did they meet?", "New Delhi"),
        ("lightning round: what did they agree on?", "Basic Exchange"),
    ],
)
def test_quiz_leads_and_blank_instructions_are_read_as_the_question(
    engine: Engine, question: str, expected: str
) -> None:
    """ "Fill in:", "- complete the name", "quick fire:": how a quiz puts its question."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "I am given to understand that the talks in Tokyo were bilateral, is that so?",
        "Were the talks in Tokyo trilateral?",
        "the talks in tokyo were bilateral?",
    ],
)
def test_parties_claimed_of_talks_named_by_their_place(engine: Engine, question: str) -> None:
    """ "the talks in Tokyo" are the quadripartite talks, as "the Tokyo talks" are: a number
    of parties put on them is checked against the article's four countries."""
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "Four countries" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did anyone visit New Delhi recently besides Esper?",
        "Did anyone other than Esper visit New Delhi recently?",
        "Has anyone except Esper recently been to Delhi?",
    ],
)
def test_someone_else_went_recently_is_begin(engine: Engine, question: str) -> None:
    """ "recently" is said of Begin's visit alone: one trip by someone set aside is enough
    for a yes, with Begin (not Esper's meeting) as its support."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert "Begin" in answer.text


def test_no_one_but_those_set_aside_went_is_no_yes(engine: Engine) -> None:
    """The article names only Esper and Pompeo at the Tokyo talks: no yes with the two."""
    answer = ask(engine, "Did anyone besides Esper and Pompeo go to Tokyo?")
    assert not answer.text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did none of the quad countries include China?", "Yes"),
        ("Did none of the countries at the Tokyo talks include China?", "Yes"),
        ("Did none of the quad countries include Japan?", "No"),
        ("Did no one visit New Delhi recently besides Esper?", "No"),
        ("Did nobody else visit New Delhi?", "No"),
        ("Did no other US official visit New Delhi?", "No"),
    ],
)
def test_none_is_the_denial_of_any(engine: Engine, question: str, verdict: str) -> None:
    """ "Did none of…?", "did no one…?": the answer to "did any…?" turned round, so a yes
    that someone did is a no, and a list that leaves China out is a yes."""
    assert ask(engine, question).text.startswith(verdict)


@pytest.mark.parametrize(
    "question",
    [
        "Did none of the statements mention China?",
        "Did no one besides Pompeo mention China?",
        "Did no one besides Esper and Pompeo go to Tokyo?",
        "Is Pompeo the only person who mentioned China?",
        "Was Esper the only one to meet Singh?",
    ],
)
def test_none_or_only_the_article_cannot_settle(engine: Engine, question: str) -> None:
    """A no about one statement says nothing of all of them; Pompeo's own remark is no one
    else's: neither yes nor no."""
    answer = ask(engine, question)
    assert not answer.text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    "question",
    [
        "Is Esper the only US official the article says recently visited New Delhi?",
        "Was Esper the only one who visited New Delhi?",
        "Was Esper the only US official who recently visited New Delhi?",
    ],
)
def test_the_only_one_who_went_is_no_with_begin(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "Begin" in answer.text


def test_the_only_one_named_is_not_read_as_a_deed(engine: Engine) -> None:
    """ "the only Indian official named": the article's naming, not something Singh did."""
    assert ask(engine, "Is Singh the only Indian official named?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Did all the officials praise the relationship?",
        "Did all of the officials welcome the expansion of information sharing?",
        "Did everyone praise the relationship?",
    ],
)
def test_all_of_some_people_is_no_yes_from_two_of_them(engine: Engine, question: str) -> None:
    """Esper and Singh praised it; nothing is said of Pompeo or Begin: no "Yes" for all."""
    answer = ask(engine, question)
    assert not answer.text.startswith("Yes")


def test_all_of_a_counted_list_is_still_a_yes(engine: Engine) -> None:
    answer = ask(engine, "Did all four countries take part in the Tokyo talks?")
    assert answer.text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Was Australia a party to the Tokyo talks?", "Yes"),
        ("Were Australia and Japan parties to the Tokyo talks?", "Yes"),
        ("Was China a party to the Tokyo talks?", "No"),
        ("Did the quadripartite talks involve five countries?", "No"),
        ("Did the Tokyo talks include three nations?", "No"),
        ("Did the Tokyo talks involve four countries?", "Yes"),
    ],
)
def test_parties_to_the_tokyo_talks(engine: Engine, question: str, verdict: str) -> None:
    """ "a party to" is one taking part, not a political party; a count of countries the
    talks "involved" is checked against the article's four."""
    assert ask(engine, question).text.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Is the phrase 'world's two largest democracies' attributed to Indian officials?", "No"),
        (
            "Was the phrase 'one of the most significant relationships' said by Indian officials?",
            "No",
        ),
        ("Is the phrase 'world's two largest democracies' attributed to U.S. officials?", "Yes"),
    ],
)
def test_quoted_words_put_to_a_speaker_are_checked_for_whose(
    engine: Engine, question: str, verdict: str
) -> None:
    """Quoted words "attributed to" or "said by" someone ask whose they are, not only
    whether the article has them: no "Yes, the article says…" to Indian officials."""
    assert ask(engine, question).text.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Is it true that no one besides Esper visited New Delhi?", "No"),
        ("Is it the case that nobody other than Esper went to Delhi?", "No"),
        ("Is it true that someone other than Esper went to New Delhi?", "Yes"),
        ("Did any official besides Esper visit New Delhi?", "Yes"),
        ("Did any U.S. official other than Esper go to New Delhi?", "Yes"),
    ],
)
def test_someone_besides_esper_in_new_delhi_is_begin(
    engine: Engine, question: str, verdict: str
) -> None:
    """A claim whose subject is "no one"/"anyone" besides someone, or "any official"
    besides him, asks about the others: Begin also visited New Delhi. No "Yes" with
    Esper's own visit as if the quantifier were not there."""
    answer = ask(engine, question)
    assert answer.text.startswith(verdict)
    assert "Begin" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Does the article say the two sides agreed to cut back defence trade?",
        "Did Esper and Singh agree to reduce defense trade?",
        "So they agreed to slash defence trade?",
    ],
)
def test_cutting_defence_trade_is_denied_with_the_trade_enhancements(
    engine: Engine, question: str
) -> None:
    """The No quotes what the article says of the trade (its enhancements prioritized), not
    the strengthened engagement on logistics."""
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "trade" in answer.quotes[0].text


@pytest.mark.parametrize(
    "question",
    [
        "Did the talks happen since March?",
        "Were the Tokyo talks held until May?",
        "Did the Tokyo talks happen since January?",
        "Had the talks taken place till May?",
        "Has Esper met Singh since May?",
    ],
)
def test_a_span_since_or_until_a_month_is_no_date_to_deny(engine: Engine, question: str) -> None:
    """ "since March" is no "in March": October is since March, so no "No" from the
    meeting's month, and no "Yes" from the talks alone either."""
    answer = ask(engine, question)
    assert not answer.text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    "question",
    [
        "Is Singh the only minister who met Esper?",
        "Is Singh the only person who met Esper?",
        "Was Singh the only official who met with Esper?",
        "Is Rajnath Singh the only one that met Esper?",
    ],
)
def test_the_only_one_on_the_other_side_of_a_meeting_is_no_no(
    engine: Engine, question: str
) -> None:
    """Singh is the meeting's `with_whom`, Esper its `who`: a yes to "did anyone besides
    Singh meet Esper?" rests on Singh alone, so it turns into no "No"."""
    answer = ask(engine, question)
    assert not answer.text.startswith(("Yes", "No"))


def test_the_only_one_who_went_to_tokyo_is_still_no(engine: Engine) -> None:
    answer = ask(engine, "Is Pompeo the only one who went to Tokyo?")
    assert answer.text.startswith("No")
    assert "Esper" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Does it specify which emerging technologies?",
        "Does it say how information sharing will be expanded?",
        "Does it say what the pressing global security challenges are?",
        "Does it say where in New Delhi they met?",
        "Does the article tell us where in Delhi the meeting took place?",
        "Does it say where the DOD statement was released?",
        "Does it say what 'information sharing' covers?",
        "Does the text explain how secure communications will be enhanced?",
    ],
)
def test_a_detail_the_article_only_names_the_topic_of_is_not_confirmed(
    engine: Engine, question: str
) -> None:
    """ "Does it specify which emerging technologies?" asks for the detail, not the topic:
    a sentence naming "emerging technologies" is no "Yes"."""
    answer = ask(engine, question)
    assert answer.abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does the article say who Begin is?", "Deputy Secretary of State"),
        ("Does it say when they met?", "Oct. 26"),
        ("Does the article name which countries were in Tokyo?", "Australia"),
        ("Does it specify how many 2+2 dialogues there have been?", "Three"),
    ],
)
def test_a_detail_the_article_gives_is_answered(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is the partnership described as 'new'?",
        "Is the meeting described as 'new'?",
        "Is Esper described as 'Indian'?",
        "Is the relationship described as 'Indian'?",
        "Is the meeting described as 'elevated'?",
    ],
)
def test_a_word_said_of_something_else_is_no_description_of_the_subject(
    engine: Engine, question: str
) -> None:
    """ "new" stands in "New Delhi", "Indian" in Singh's title, "elevated" of the
    partnership: none describes the subject asked of, so no "Yes"."""
    answer = ask(engine, question)
    assert not answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Is the partnership described as 'elevated'?",
        "Is the partnership described as 'strategic'?",
        "Is Singh described as 'Indian'?",
        "Are relations described as 'deteriorating'?",
        "Is the agreement described as 'basic'?",
    ],
)
def test_a_word_said_of_the_subject_describes_it(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes")


def test_one_of_the_most_significant_is_not_the_most_significant(engine: Engine) -> None:
    answer = ask(engine, "Is the relationship described as 'the most significant'?")
    assert answer.text.startswith("Not quite")
    assert "one of the most significant" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is Singh described as a Secretary of Defense anywhere?",
        "Is Singh ever called a Secretary of Defense at all?",
    ],
)
def test_anywhere_is_no_part_of_the_title_asked(engine: Engine, question: str) -> None:
    """ "The two Secretaries of Defense" are Esper and Singh."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert "Secretaries of Defense" in answer.text


@pytest.mark.parametrize(
    "question",
    ["Are any women mentioned?", "Does the article mention any women?"],
)
def test_women_is_no_slip_for_the_two_men(engine: Engine, question: str) -> None:
    """ "women" is an everyday word, not a slip for "two men" (Esper and Singh)."""
    answer = ask(engine, question)
    assert not answer.text.startswith("Yes")


def test_a_slip_for_a_name_is_still_read(engine: Engine) -> None:
    assert "New Delhi" in ask(engine, "where did rajnat sing meet esper?").text


@pytest.mark.parametrize(
    "question",
    [
        "which services will cooperate?",
        "Does it specify which services will cooperate?",
        "what services are involved?",
    ],
)
def test_the_services_named_only_as_the_services_are_not_named(
    engine: Engine, question: str
) -> None:
    """ "cooperation among the services" names no service."""
    answer = ask(engine, question)
    assert answer.abstained
    assert "doesn't say which services" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what was discussed in Tokyo?",
        "what did they discuss in Tokyo?",
        "Does it say what was discussed in Tokyo?",
        "what was discussed in Japan?",
    ],
)
def test_talks_that_only_took_place_tell_nothing_discussed(engine: Engine, question: str) -> None:
    """The article has the Tokyo talks take place, and says nothing of what was said there."""
    answer = ask(engine, question)
    assert answer.abstained
    assert "Begin" not in answer.text


def test_what_was_discussed_where_something_was_said_is_still_told(engine: Engine) -> None:
    answer = ask(engine, "what was discussed in New Delhi?")
    assert not answer.abstained
    assert "Basic Exchange and Cooperation Agreement" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "did the statement come from washington?",
        "was the statement from delhi?",
        "did the 'cooperation among the services' line come from new delhi?",
    ],
)
def test_a_city_a_statement_came_from_is_a_place_not_a_side(engine: Engine, question: str) -> None:
    """Where the statement was put out the article never says; only "the Delhi side" or
    "Washington's wording" names a side, whose words the article does report."""
    assert ask(engine, question).abstained


def test_words_asked_of_the_delhi_side_still_get_their_side(engine: Engine) -> None:
    answer = ask(engine, "was the 'cooperation among the services' wording from the delhi side?")
    assert answer.text.startswith("No") and "U.S. side" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what defense trade enhancements are prioritized?",
        "what defense trade enhancements will they prioritize?",
        "Does it say what defense trade enhancements are prioritized?",
        "what kind of defense trade enhancements are prioritized?",
        "what sort of defence trade enhancements will they prioritise?",
        "what emerging technologies are they developing?",
    ],
)
def test_a_kind_said_again_names_none_of_it(engine: Engine, question: str) -> None:
    """ "…to prioritizing defense trade enhancements" names no enhancement."""
    answer = ask(engine, question)
    assert answer.abstained
    assert "doesn't say" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "which militaries' branches are involved?",
        "does it say which militaries' branches are involved?",
        "what branches of the two militaries are cooperating?",
        "which military services are involved?",
    ],
)
def test_branches_of_the_militaries_are_not_their_countries(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained
    assert "India and the United States" not in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which militaries are involved?", "India and the United States"),
        ("What communications capabilities did they want to enhance?", "ecure communications"),
        ("What kind of global security challenges did the statement mention?", "ressing"),
    ],
)
def test_a_kind_the_article_narrows_is_still_told(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what does logistics engagement involve?",
        "what does the logistics engagement entail?",
        "what does mutual engagement on logistics include?",
        "does the article say what logistics engagement involves?",
        "what does enhancing secure communications capabilities involve?",
    ],
)
def test_a_thing_named_in_a_list_is_not_told_of(engine: Engine, question: str) -> None:
    """The list of areas names logistics engagement and says nothing of what it holds."""
    answer = ask(engine, question)
    assert answer.abstained
    assert "doesn't say what" in answer.text


def test_what_the_cooperation_includes_is_still_told(engine: Engine) -> None:
    """The quote names the cooperation outside the list too: "…cooperation…, including"."""
    answer = ask(engine, "what does the cooperation include?")
    assert not answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "what is the threat posed by China?",
        "what threat does China pose?",
        "what exactly is the threat from China?",
        "what kind of threat does China pose?",
        "Does it say what the threat posed by China is?",
        "what is the nature of the threat posed by China?",
    ],
)
def test_a_threat_only_pointed_at_is_not_described(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained
    assert "doesn't describe the threat" in answer.text


@pytest.mark.parametrize(
    "question", ["what is the threat?", "whats the threat the article keeps talking about"]
)
def test_whose_threat_it_is_is_still_told(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert "China" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what are the U.S. officials' names?",
        "what are the names of the U.S. officials?",
        "Does it say what the U.S. officials' names are?",
        "what are the officials' names?",
        "what are the free nations' names?",
    ],
)
def test_a_group_never_listed_has_no_names(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained
    assert "doesn't name them" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("name the US officials who went to Tokyo", "Pompeo"),
        ("what are the defense chiefs' names?", "Singh"),
    ],
)
def test_names_the_article_gives_are_still_told(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is the Tokyo meeting described as 'quadrilateral'?",
        'Are the Tokyo talks called "quadrilateral"?',
        'Were the talks in Tokyo described as "quadrilateral" talks?',
    ],
)
def test_a_word_for_the_article_s_word_is_not_its_wording(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert "quadripartite" in answer.text


@pytest.mark.parametrize(
    ("before", "question"),
    [
        ("What did Pompeo say about China?", "Was he present at the Esper-Singh meeting?"),
        ("Where did Pompeo give his press conference?", "was he at the meeting in New Delhi?"),
        ("Who visited New Delhi recently?", "was he at the meeting in new delhi on monday?"),
        ("Who is Pompeo?", "was he also at the esper singh meeting on monday?"),
    ],
)
def test_whether_he_was_at_the_meeting_is_asked_of_him(
    engine: Engine, before: str, question: str
) -> None:
    # He is Pompeo or Begin, whom the article never places at Esper's meeting with Singh.
    answer = ask(engine, before, question)
    assert answer.abstained


@pytest.mark.parametrize(
    ("before", "question"),
    [
        ("Who met Singh?", "was he at the meeting in New Delhi?"),
        ("Who is Pompeo?", "was he at the tokyo talks?"),
        ("Who visited New Delhi recently?", "was he in new delhi?"),
    ],
)
def test_where_he_was_is_still_confirmed(engine: Engine, before: str, question: str) -> None:
    answer = ask(engine, before, question)
    assert answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Was a joint communique issued by India and the US?",
        "Was the statement issued jointly by the US and India?",
        "was the statement put out by both sides?",
        "did the two governments release a joint declaration?",
    ],
)
def test_a_joint_statement_is_neither_given_nor_ruled_out(engine: Engine, question: str) -> None:
    # The article reports the Pentagon's statement only; it never says none other was made.
    answer = ask(engine, question)
    assert answer.abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Was the statement issued by the Pentagon?", "Yes"),
        ("Did the State Department issue the statement?", "No"),
    ],
)
def test_who_issued_the_statement_is_still_checked(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is Esper the US foreign minister?", "No"),
        ("Is Singh India's foreign minister?", "No"),
        ("Is Begin the US foreign minister?", "No"),  # the Deputy Secretary of State
        ("Is Singh Japan's defense minister?", "No"),
        ("is singh american", "No"),
    ],
)
def test_another_office_or_side_is_still_a_no(engine: Engine, question: str, expected: str) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    ["Is Begin Israeli?", "Begin is Israeli, right?", "Is Singh Pakistani?", "Is Esper Chinese?"],
)
def test_a_nationality_beyond_the_two_sides_is_not_denied(engine: Engine, question: str) -> None:
    """The article gives titles, not nationalities: not "No. Begin is the U.S. Deputy
    Secretary of State"."""
    answer = ask(engine, question)
    assert answer.abstained and "nationality" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Was Pompeo's trip to South Asia before the Tokyo talks?",
        "Did Pompeo's South Asia trip come after the Tokyo talks?",
        "Did Pompeo go to South Asia before the quadripartite talks?",
    ],
)
def test_an_order_the_article_never_gives_is_not_settled(engine: Engine, question: str) -> None:
    """The press conference came before the trip; the Tokyo talks are in another clause."""
    answer = ask(engine, question)
    assert not answer.text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("question", "unsaid"),
    [
        ("Pompeo and Esper went to the Tokyo talks together with Begin, right?", "Begin"),
        ("Did Esper meet Singh together with Pompeo?", "Pompeo"),
        ("Esper and Pompeo attended the Tokyo talks along with Singh?", "Singh"),
    ],
)
def test_a_companion_the_fact_lacks_is_no_yes(engine: Engine, question: str, unsaid: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Not that the article says of") and unsaid in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "The US and India are the world's two largest economies, right?",
        "Are the US and India the world's two largest economies?",
    ],
)
def test_a_claim_in_words_the_article_never_uses_is_not_denied(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained and "democracies" in answer.text


def test_what_officials_called_them_is_still_denied(engine: Engine) -> None:
    question = "Did officials call the US and India the world's two largest economies?"
    assert ask(engine, question).text.startswith("No")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which of these is NOT in the article: BECA, Tokyo, Modi?", "Modi."),
        ("Which of these isn't mentioned in the article: Japan, Pakistan, Australia?", "Pakistan."),
        (
            "Which of these didn't Esper do: meet Singh, go to Tokyo, hold a press conference?",
            "Hold a press conference.",
        ),
        (
            "Which of the following didn't Pompeo do: go to Tokyo, meet Singh, hold a press "
            "conference?",
            "Meet Singh.",
        ),
    ],
)
def test_which_is_not_picks_the_unmentioned_option(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "Was Rajnath Sing at the Tokyo talks?",
        "Was Rajnath Sing in Tokyo?",
        "Was Rajnath Sing at the quadripartite talks?",
        "Was Rajnath Sing at the State Department?",
        "Did Rajnath Sing go to Tokyo?",
    ],
)
def test_a_misspelt_name_with_a_place_is_no_title_check(engine: Engine, question: str) -> None:
    """ "Rajnath Sing" is Singh, not a title of his: his title is no answer to where he was."""
    answer = ask(engine, question)
    assert not answer.text.startswith("Yes. Rajnath Singh is")
    assert answer.abstained or "Tokyo" not in question


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Is Esper spelt with one p?", "Yes."),
        ("Is Esper spelled with two p's?", "No."),
        ("Is Esper spelt with an e at the start?", "Yes."),
        ("Does Rajnath start with an R?", "Yes."),
        ("Is there a j in Rajnath?", "Yes."),
        ("Does Singh end in h?", "Yes."),
        ("Is Esper spelt E-S-P-E-R?", "Yes."),
        ("Is Esper spelled E S P E R?", "Yes."),
        ("Is Singh spelt S-I-N-G?", "No."),
    ],
)
def test_letters_of_a_name_are_the_articles(engine: Engine, question: str, start: str) -> None:
    """A spelling question letter by letter is answered from the article's word, never
    from the person's title."""
    answer = ask(engine, question)
    assert answer.text.startswith(start) and "The article writes" in answer.text


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("How is Rajnath spelt?", "“Rajnath”"),
        ("How is New Delhi spelled in the article?", "“New Delhi”"),
        ("How does the article spell Begin?", "“Begin”"),
    ],
)
def test_how_a_name_is_spelt_is_the_articles_word(
    engine: Engine, question: str, written: str
) -> None:
    assert written in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("Is it Defence or Defense here?", "“Defense”"),
        ("Is it spelt Defense or Defence in paragraph 2?", "“Defense”"),
        ("defence or defense here?", "“Defense”"),
        ("Is it 'information-sharing' or 'information sharing'?", "“information sharing”"),
        (
            "Is it 'information sharing' or 'information-sharing' in the text?",
            "“information sharing”",
        ),
    ],
)
def test_either_spelling_gets_the_articles(engine: Engine, question: str, written: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(written) and not answer.abstained


def test_two_wordings_both_used_get_both(engine: Engine) -> None:
    answer = ask(engine, 'Is it "Defense Department" or "Department of Defense" in the article?')
    assert answer.text.startswith("Both") and len(answer.quotes) == 2


@pytest.mark.parametrize(
    "question",
    [
        'Does the article use the word "BECA"?',
        'Does the article say "BECA" anywhere?',
        'Does the article use the word "Pentagon"?',
        "Is the term 'Pentagon' used in the article?",
        "Does the word 'Quad' appear in the article?",
    ],
)
def test_a_maintainers_name_is_not_the_articles_word(engine: Engine, question: str) -> None:
    """BECA, Pentagon and Quad help people find things but the article never writes them."""
    assert ask(engine, question).text.startswith("No. The article never writes")


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("is it Defence anywhere?", "“Defense”, not “Defence”"),
        ("Is Defence used in the article?", "“Defense”, not “Defence”"),
        ("Does the article spell it Defence?", "“Defense”, not “Defence”"),
        ("Does it write Rajnaath?", "“Rajnath”, not “Rajnaath”"),
    ],
)
def test_another_spelling_put_to_the_article_gets_no(
    engine: Engine, question: str, written: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No. The article writes") and written in answer.text


@pytest.mark.parametrize(
    ("questions", "start"),
    [
        (("How is Rajnath spelt?", "and Esper?", "and is it Defence Minister?"), "No."),
        (("How is Esper spelled?", "and is it Secretary of Defence?"), "No."),
        (("How is Singh spelt?", "and is it Rajnaath?"), "No."),
        (("Is Esper spelt with one p?", "and Pompeo?"), "The article writes “Pompeo”"),
        (("How is Singh spelt?", "is it Singh?"), "Yes."),
    ],
)
def test_a_short_follow_up_to_a_spelling_asks_of_spelling(
    engine: Engine, questions: tuple[str, ...], start: str
) -> None:
    """After a spelling question, "and is it Defence Minister?" is a spelling (the article
    writes "Defense Minister"), not a check of Singh's title."""
    assert ask(engine, *questions).text.startswith(start)


@pytest.mark.parametrize(
    "question",
    [
        "Is Esper the defense chief at the Pentagon?",
        "Is Begin an official at the State Department?",
    ],
)
def test_a_title_at_ones_own_body_is_still_a_title(engine: Engine, question: str) -> None:
    """Only somewhere else places a person: the body he belongs to is part of his title."""
    assert ask(engine, question).text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "Is Pompeo the US foreign minister?",
        "Is Pompeo the US state minister?",
        "Is Pompeo America's foreign minister?",
        "Is Pompeo the US secretary of state?",
        "Is Pompeo the state secretary?",
    ],
)
def test_an_office_the_article_never_gives_pompeo_is_no_yes(engine: Engine, question: str) -> None:
    # The article says only "Secretary Pompeo"; "spoke at the State Department" is no office.
    answer = ask(engine, question)
    assert not answer.text.startswith("Yes")
    assert not answer.text.startswith("No")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Is Begin the US deputy foreign minister?", "Yes"),
        ("is begin america's deputy foreign minister", "Yes"),
        ("Is Begin the foreign minister?", "No"),
        ("Is Esper the deputy defense minister?", "No"),
        ("Is Esper the US defense minister?", "Yes"),
    ],
)
def test_a_deputys_office_under_another_word(engine: Engine, question: str, verdict: str) -> None:
    assert ask(engine, question).text.startswith(verdict)
