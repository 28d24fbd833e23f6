"""Claims put to the bot that it must check part by part, or not answer at all."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "was esper in india and singh in the us?",
        "is esper in india and singh in the us",
        "was esper in delhi on tuesday and singh in delhi?",
        "were esper in new delhi and singh in the united states?",
    ],
)
def test_two_whereabouts_one_wrong_is_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert answer.text.startswith("No")
    assert answer.quotes


@pytest.mark.parametrize(
    "question",
    ["was esper in delhi and pompeo in tokyo?", "was esper in india and singh in delhi?"],
)
def test_two_whereabouts_both_right_is_yes(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert answer.quotes


def test_two_whereabouts_one_unsaid_is_no_yes(engine: Engine) -> None:
    # The article never puts Singh in Tokyo: Esper's half holds, the whole is not borne out.
    answer = ask(engine, "was esper in delhi and singh in tokyo?")
    assert not answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "whats the wether in delhi rn",
        "how's the wether in tokyo",
        "what is the wether like in new delhi today",
        "what's the traffic like in tokyo",
        "what's the population of delhi",
        "whats the time in delhi",
        "what is the current time in new delhi",
        "whats the temperature in delhi",
    ],
)
def test_what_the_article_lacks_of_a_place_abstains(engine: Engine, question: str) -> None:
    # Asked of New Delhi or Tokyo, it is still not in the article: no description of the
    # place, nor the meeting's date for "the time".
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "was this esper's first participation in such a meeting?",
        "was this esper's first appearance at such a meeting?",
        "Given that these 2+2 dialogues have, I believe, occurred on several occasions, would "
        "you confirm whether this was Secretary Esper's first participation in such a meeting?",
        "Considering that the dialogues have been held several times, was this esper's first "
        "participation in one?",
    ],
)
def test_first_participation_is_his_second_2plus2(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "second" in answer.text


def test_a_premise_the_question_points_into_is_kept(engine: Engine) -> None:
    # The premise is not the article's: what "it" did there is no question it answers.
    answer = ask(
        engine, "Given that France joined the Tokyo talks as an observer, what role did it play?"
    )
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "did esper and singh meet in mumbai rather than in the capital?",
        "did they meet in mumbai instead of the capital?",
        "was the meeting held in mumbai rather than new delhi?",
        "was the meeting on tuesday rather than monday?",
    ],
)
def test_a_claim_set_against_the_right_one_is_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert answer.quotes


@pytest.mark.parametrize(
    "question",
    ["did they meet in delhi rather than tokyo?", "was the meeting on monday rather than tuesday?"],
)
def test_the_right_claim_over_a_wrong_one_is_yes(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes")


def test_a_claim_whose_alternative_also_holds_is_not_yes(engine: Engine) -> None:
    # Esper was in both Tokyo and New Delhi: "rather than" one of them is not borne out.
    assert not ask(engine, "did esper go to tokyo rather than delhi?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "did esper and pompeo go to beijing for talks earlier this month",
        "did esper and pompeo travel to moscow for talks",
        "esper and pompeo had talks in shanghai right?",
        "Did Pompeo and Esper fly to London for the four-way talks?",
    ],
)
def test_talks_two_people_went_to_elsewhere_are_no_with_tokyo(
    engine: Engine, question: str
) -> None:
    # The talks both took part in were in Tokyo; the article tells of nothing in those cities.
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "Tokyo" in answer.text
    assert "quadripartite talks in Tokyo" in answer.quotes[0].text


def test_talks_one_person_went_to_elsewhere_stay_open(engine: Engine) -> None:
    # Esper met Singh in New Delhi and was at the Tokyo talks: which talks is unclear.
    assert ask(engine, "did esper go to paris for talks").abstained


@pytest.mark.parametrize(
    "claim", ["they met in washington right", "so they met in washington?", "did they meet in DC?"]
)
@pytest.mark.parametrize("first", ["who's singh", "who is esper"])
def test_they_met_elsewhere_after_one_of_the_pair_is_no_with_new_delhi(
    engine: Engine, first: str, claim: str
) -> None:
    # "They" are the one just asked about and whoever he met: the New Delhi meeting.
    answer = ask(engine, first, claim)
    assert not answer.abstained
    assert answer.text.startswith("No")
    assert "New Delhi" in answer.text


def test_they_met_in_washington_after_singh_names_new_delhi(engine: Engine) -> None:
    answer = ask(engine, "who's singh", "they met in washington right")
    assert answer.text.startswith("No")
    assert "in New Delhi" in answer.quotes[0].text


def test_they_met_elsewhere_after_pompeo_is_left_open(engine: Engine) -> None:
    # Pompeo and Esper took part in talks in Tokyo, which the article calls no meeting.
    assert ask(engine, "who is pompeo", "they met in washington right").abstained


@pytest.mark.parametrize(
    "question",
    [
        "given that esper went to tokyo, given that he met singh, who did he meet?",
        "given that esper met singh, given that they met in new delhi, when did they meet?",
        "assuming esper met singh; assuming they met in new delhi, where did they meet?",
    ],
)
def test_premises_granted_in_a_row_are_each_checked_not_joined(
    engine: Engine, question: str
) -> None:
    """Two "given that" leads in a row: each premise checked in turn (the second in the
    context of the first), never a several-claims join with ".;"."""
    answer = ask(engine, question)
    assert ".;" not in answer.text
    assert not answer.abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Esper 🙂 who is he", "Mark T. Esper"),
        ("Rajnath Singh 👍 what is his job", "Defense Minister"),
        ("Begin ✨ where did he go", "New Delhi"),
        ("Pompeo 🤔 where did he hold his press conference", "State Department"),
    ],
)
def test_a_name_then_a_symbol_then_the_question_asks_of_the_name(
    engine: Engine, question: str, expected: str
) -> None:
    """An emoji between the name and the question is no break: "he" is still the one named,
    not whoever he met."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "claim",
    [
        "T/F: The article gives the year of the meeting.",
        "T/F: The article quotes Singh.",
        "True or false: the story quotes Esper",
        "The article quotes Rajnath Singh, true or false?",
        "T/F: The article gives the date of the Tokyo talks.",
        "T/F: The article mentions the Pentagon.",
        "T/F: The article says Pompeo is Secretary of State.",
    ],
)
def test_a_false_claim_about_the_article_itself_is_false(engine: Engine, claim: str) -> None:
    # Read as "does the article quote Singh?", not weighed against a sentence about Singh.
    assert ask(engine, claim).text.startswith("False.")


@pytest.mark.parametrize(
    "claim",
    [
        "T/F: The article mentions Australia.",
        "True or false: the piece quotes Pompeo",
        "T/F: The article says Singh is India's Defence Minister",
    ],
)
def test_a_true_claim_about_the_article_itself_is_true(engine: Engine, claim: str) -> None:
    assert ask(engine, claim).text.startswith("True.")


@pytest.mark.parametrize(
    "question",
    [
        "Does the article say Pompeo is Secretary of State?",
        "So the article quotes Esper?",
        "Is it true that the article names the Pentagon?",
    ],
)
def test_a_claim_about_the_article_asked_plainly_is_no(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("No.")


def test_a_claim_about_the_article_with_a_question_after_it_asks_that_question(
    engine: Engine,
) -> None:
    # The question after the claim is what is asked, not whether the claim holds.
    answer = ask(engine, "The article calls the US and India the world's two largest what?")
    assert not answer.text.startswith(("Yes", "No", "True", "False"))


@pytest.mark.parametrize(
    "question",
    [
        "Can I say the BECA is a military pact?",
        "Is the BECA a military pact?",
        "Did they sign a military pact?",
        "Was a security pact agreed?",
        "Did the US and India sign a mutual defense treaty?",
    ],
)
def test_a_pact_of_arms_is_not_the_agreement_they_reached(engine: Engine, question: str) -> None:
    # The article has them agree on a "Basic Exchange and Cooperation Agreement", no alliance.
    assert not ask(engine, question).text.startswith("Yes")
    # The agreement itself, by any everyday name, is still what they agreed on.
    assert ask(engine, "Did they ink a deal?").text.startswith("Yes")
    assert ask(engine, "Is the BECA a pact?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Could we report that the talks targeted China?",
        "Did the talks target China?",
        "Was the meeting directed against China?",
        "Was China the target of the talks?",
        "Can I say the 2+2 was meant to counter China?",
    ],
)
def test_talks_said_to_target_china_are_not_the_partnership_s_purpose(
    engine: Engine, question: str
) -> None:
    # The purpose of addressing China is the partnership's; the statement never names China.
    answer = ask(engine, question)
    assert answer.abstained
    assert "does not explicitly mention China" in answer.text
    assert ask(engine, "Did the partnership target China?").text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Is Pompeo in the Defense Department?", "No."),
        ("Was Pompeo in the Pentagon?", "No."),
        ("Is Begin in the Defense Department?", "No."),
        ("Is Esper in the State Department?", "No."),
        ("Is Esper in the Defense Department?", "Yes."),
        ("Is Begin in the State Department?", "Yes."),
    ],
)
def test_being_in_a_department_is_belonging_to_it(
    engine: Engine, question: str, verdict: str
) -> None:
    assert ask(engine, question).text.startswith(verdict)
    # Being in a place is still being there.
    assert ask(engine, "Is Pompeo in Tokyo?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Who has more involvement with India, Esper or Begin?",
        "Who is more involved with India, Esper or Begin?",
        "Who has more influence, Esper or Pompeo?",
        "Who had more contact with Singh, Esper or Pompeo?",
    ],
)
def test_a_measure_the_article_never_takes_is_no_comparison(engine: Engine, question: str) -> None:
    assert ask(engine, question).text == "The article doesn't rank or compare them that way."
    # A choice the article does settle is still made.
    assert ask(engine, "Who met Singh, Esper or Pompeo?").text.startswith("Mark T. Esper")


@pytest.mark.parametrize(
    "question",
    [
        "Were weapons sales agreed?",
        "Did they agree on arms sales?",
        "Can I say weapons sales were agreed?",
        "Is there an agreement on arms sales?",
    ],
)
def test_sales_agreed_go_beyond_the_defense_trade_they_will_work_on(
    engine: Engine, question: str
) -> None:
    assert not ask(engine, question).text.startswith("Yes")
    # Arms sales talked of are still the defense trade the statement names.
    assert "defense trade" in ask(engine, "did they talk about arms sales?").text
    assert ask(engine, "did they agree on defense trade?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Number of dialogues = 2?",
        "Number of dialogues: 4 — right?",
        "the number of dialogues is 2?",
        "Dialogues held: 4?",
    ],
)
def test_a_count_field_filled_in_wrong_is_no_with_three(engine: Engine, question: str) -> None:
    text = ask(engine, question).text
    assert text.startswith("No") and "three" in text
    assert ask(engine, "no. of 2+2 dialogues = 3, correct?").text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "verdict", "place"),
    [
        ("Location = Mumbai, correct?", "No", "New Delhi"),
        ("Location = Tokyo?", "No", "New Delhi"),
        ("ok checking back. Location = New Delhi, correct?", "Yes", "New Delhi"),
        ("meeting location: new delhi, india — confirm", "Yes", "New Delhi"),
        ("Tokyo talks location = Sydney, Australia — y/n", "No", "Tokyo"),
        ("Venue of the quadripartite talks: Canberra?", "No", "Tokyo"),
    ],
)
def test_a_place_field_filled_in_is_checked(
    engine: Engine, question: str, verdict: str, place: str
) -> None:
    text = ask(engine, question).text
    assert text.startswith(verdict) and place in text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Meeting date (DD/MM)?", "Oct. 26"),
        ("Global challenges phrase (exact)", "pressing global security challenges"),
        ("Relationship description (US officials' words)", "most significant"),
        ("'largest democracies' part — how many?", "Two"),
        ("US-India trend field", "heating up"),
        ("Other officials mentioned: Begin — title?", "Deputy Secretary of State"),
        ("Related event: Tokyo talks — US attendees?", "Pompeo"),
        ("Meeting purpose/context: held ahead of what?", "2+2"),
        ("logistics — in the record?", "Yes"),
    ],
)
def test_a_form_label_is_read_as_the_question_it_stands_for(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_a_form_label_keeps_what_it_cannot_answer_unanswered(engine: Engine) -> None:
    # A time's "(hh:mm)" is no format hint to drop: the article gives no time of day.
    assert ask(engine, "Time of meeting (hh:mm)?").abstained
    assert ask(engine, "Indian foreign minister (name):").abstained
    # "For my show notes: who met whom…?" is a question as it stands, its label kept.
    assert "Singh" in ask(engine, "For my notes: who met whom in New Delhi?").text


def test_a_counterparts_title_is_no_headline(engine: Engine) -> None:
    for question in ("counterpart title", "his counterpart's title?"):
        text = ask(engine, "Esper", question).text
        assert "Defense Minister Rajnath Singh" in text and "Chiefs Commit" not in text


def test_type_of_a_thing_after_who_asks_its_kind(engine: Engine) -> None:
    text = ask(engine, "who took part in the Tokyo talks?", "type of talks").text
    assert "quadripartite" in text


@pytest.mark.parametrize(
    "question", ["full name + title pls", "full name and title?", "title and full name"]
)
def test_a_persons_name_and_title_is_no_headline(engine: Engine, question: str) -> None:
    assert "Chiefs Commit" not in ask(engine, question).text
    assert "Mark T. Esper" in ask(engine, "who met singh", question).text
    assert "Chiefs Commit" in ask(engine, "article title").text


@pytest.mark.parametrize(
    ("question", "verdict", "said"),
    [
        ("Source = Indian Ministry of Defence? correct?", "No", "U.S. Defense Department"),
        ("Source = State Department, correct?", "No", "U.S. Defense Department"),
        ("Statement source: U.S. Defense Department — confirm", "Yes", "Defense Department"),
        ("Esper = Mark T. Esper, US Sec Def. confirm", "Yes", "Secretary of Defense"),
        ("Begin = Deputy Secretary of Defense, correct?", "No", "Deputy Secretary of State"),
        ("Info sharing was scaled back — enter 'reduced'?", "No", "expanding"),
        ("US-India relations cooling — enter 'cooling'?", "No", "heating up"),
        ("Info sharing expanded — enter 'expanded'?", "Yes", "expanding"),
    ],
)
def test_a_field_given_a_value_and_checked_is_a_claim(
    engine: Engine, question: str, verdict: str, said: str
) -> None:
    text = ask(engine, question).text
    assert text.startswith(verdict) and said in text


def test_a_field_given_a_value_unchecked_is_left_to_the_other_readings(engine: Engine) -> None:
    # "=" with a question word after it asks of the field; no claim is read into it.
    assert "Two" in ask(engine, "us n india = wat kind of democracies lol").text


@pytest.mark.parametrize(
    "follow_up", ["what about the article as a whole?", "and in the article overall?"]
)
def test_the_article_overall_is_the_article(engine: Engine, follow_up: str) -> None:
    text = ask(engine, "is China mentioned in the DoD statement?", follow_up).text
    assert text.startswith("Yes") and "China" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Officials quoted: Pompeo — y/n", "Yes"),
        ("Officials quoted: Singh, correct?", "No"),
        ("Countries mentioned: Japan?", "Yes"),
    ],
)
def test_a_listed_field_checks_what_the_article_quotes_or_names(
    engine: Engine, question: str, verdict: str
) -> None:
    assert ask(engine, question).text.startswith(verdict)
    assert ask(engine, "People named: Modi — y/n").text == "The article doesn't mention Modi."


@pytest.mark.parametrize(
    "question",
    [
        "Esper met Singh in New Delhi on Tuesday Oct 26. Any error?",
        "Am I wrong that the talks in Tokyo were trilateral?",
        "Am I wrong that the DOD statement explicitly mentions China?",
        "Esper met Singh in Mumbai on Monday. Any mistake in that?",
        'Is there an error in: "Begin is the Deputy Secretary of Defense"?',
        "The two countries have had four 2+2 dialogues. Did I get anything wrong?",
        "Relations between India and China are improving. Am I wrong?",
    ],
)
def test_a_check_for_the_users_error_says_yes_to_a_claim_the_article_contradicts(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes: the article says otherwise.")
    assert answer.quotes


@pytest.mark.parametrize(
    "question",
    [
        "Esper met Singh in New Delhi on Monday Oct 26. Is anything off?",
        "Am I wrong that Esper met Singh in New Delhi?",
        'Is there an error in: "Begin is the Deputy Secretary of State"?',
        "Pompeo and Esper went to Tokyo. Any error there?",
        "Is there a mistake in this: Pompeo held a press conference at the State Department?",
    ],
)
def test_a_check_for_the_users_error_says_no_to_a_claim_the_article_bears_out(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No, that's right.")
    assert answer.quotes


@pytest.mark.parametrize(
    "question",
    [
        "Singh and Esper went to Tokyo. Any error there?",
        "Am I wrong that Pompeo met Singh?",
        "Was I mistaken in thinking that the DOD statement came out on Oct 26?",
    ],
)
def test_a_check_for_the_users_error_on_what_the_article_leaves_open_abstains(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "what was the date of the statement",
        "When was the DOD statement released?",
        "what's the date on the Pentagon's statement?",
        "When did the Defense Department issue its statement?",
        "Did the DOD statement come out on Oct 26?",
        "Was the statement issued on Monday?",
    ],
)
def test_the_statement_is_undated_its_meetings_day_is_no_answer(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained
    assert "date of the meeting" in answer.text
    # Who issued it is still said.
    assert ask(engine, "Who issued the statement?").text.startswith("The U.S. Defense")


@pytest.mark.parametrize(
    "question",
    [
        "Was the first 2+2 attended by Esper?",
        "Was the third 2+2 dialogue attended by Esper?",
        "was the first one missed by esper?",
    ],
)
def test_a_place_in_the_series_asked_in_the_passive_is_not_said(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained
    assert "doesn't say which ones" in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is it true that the number of 2+2 dialogues is 2?", "No"),
        ("is the number of 2+2 dialogues 2?", "No"),
        ("is it true that the number of dialogues is 3?", "Yes"),
        ("is the number of dialogues three?", "Yes"),
    ],
)
def test_a_count_asked_as_the_number_of_things_is_checked_against_the_articles(
    engine: Engine, question: str, verdict: str
) -> None:
    """Read word by word, "two" matched "the two countries" and a wrong count got Yes."""
    answer = ask(engine, question)
    assert answer.text.startswith(verdict) and "three" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "was pompeo in tokyo and singh in the united states?",
        "were esper in india and singh in america?",
    ],
)
def test_an_official_put_in_the_other_sides_country_is_no(engine: Engine, question: str) -> None:
    # The article has Singh only in New Delhi: "in the US" is not where he was.
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "New Delhi" in answer.text


def test_an_official_in_a_third_country_is_no_no(engine: Engine) -> None:
    # India's delegate at the Tokyo talks goes unnamed: Singh there is not ruled out.
    assert not ask(engine, "was esper in delhi and singh in japan?").text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "was esper in the us?",
        "was esper in america?",
        "was begin in the us?",
        "Was Esper in the United States when he met Singh?",
        "was singh in india and begin in the us?",
    ],
)
def test_a_person_put_in_their_own_country_is_not_placed_there_by_their_title(
    engine: Engine, question: str
) -> None:
    """Being the U.S. Secretary of Defense places no one in the U.S.: the article has Esper
    in New Delhi and Tokyo, Begin in New Delhi, and says nothing of them at home."""
    answer = ask(engine, question)
    assert answer.abstained and "doesn't say" in answer.text, question


@pytest.mark.parametrize("question", ["is singh in india?", "was esper in india?"])
def test_a_person_put_where_the_article_has_them_is_yes(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes"), question


# A debate coach holds a claim up to the article: "does the article support the claim that
# …?", "what's the strongest evidence that …?". Each is the claim checked, its verdict
# quoting the sentence that bears it out or denies it.
@pytest.mark.parametrize(
    ("question", "verdict", "word"),
    [
        (
            "Does the article support the claim that India-China ties are getting better?",
            "No",
            "deteriorating",
        ),
        (
            "Would the story back up the idea that Esper had never been to a 2+2 before?",
            "No",
            "second",
        ),
        (
            "Is the claim that the Esper-Singh talks came after the 2+2 borne out by the text?",
            "No",
            "ahead",
        ),
        (
            "Does the piece bear out the notion that the two ministers praised the defense ties?",
            "Yes",
            "strength",
        ),
        (
            "Is there anything in the article to back up the argument that they welcomed"
            " more information sharing?",
            "Yes",
            "information sharing",
        ),
        (
            "Does the report corroborate that the four-way talks took place in Tokyo?",
            "Yes",
            "Tokyo",
        ),
    ],
)
def test_a_claim_held_up_to_the_article_is_checked(
    engine: Engine, question: str, verdict: str, word: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(verdict) and word in answer.text
    assert answer.quotes


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("What's the best evidence in the text that the partnership targets China?", "China"),
        ("what is the clearest proof that Esper had taken part in a 2+2 before?", "second"),
        (
            "What evidence does the article give that relations with China are worsening?",
            "deteriorating",
        ),
        (
            "What's the strongest piece of evidence for the claim that the U.S. and India"
            " have held three 2+2s?",
            "three",
        ),
    ],
)
def test_the_strongest_evidence_for_a_claim_is_the_sentence_bearing_it_out(
    engine: Engine, question: str, word: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes") and word in answer.text
    assert answer.quotes


@pytest.mark.parametrize(
    "question",
    [
        "What's the strongest evidence that Japan signed the basic exchange agreement?",
        "Does the article support the claim that Esper met Modi?",
    ],
)
def test_evidence_for_a_claim_the_article_does_not_make_is_never_a_yes(
    engine: Engine, question: str
) -> None:
    assert not ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "follow_up",
    [
        "What's the strongest evidence for that?",
        "what is the best proof of this?",
        "Does the article back that up?",
    ],
)
def test_evidence_for_the_claim_asked_before(engine: Engine, follow_up: str) -> None:
    first = "Does the article support the idea that the partnership is partly about China?"
    answer = ask(engine, first, follow_up)
    assert answer.text.startswith("Yes") and "China" in answer.text


@pytest.mark.parametrize(
    "message",
    [
        "My friend says the partnership is partly about China. Does the article back that up?",
        "Esper has done a 2+2 before. What's the best evidence for this?",
    ],
)
def test_a_claim_then_a_request_for_its_evidence(engine: Engine, message: str) -> None:
    answer = ask(engine, message)
    assert answer.text.startswith("Yes") and answer.quotes


@pytest.mark.parametrize(
    "question",
    [
        "Does the article support the US position on China?",
        "Does the article support the quad?",
        "what's the best evidence of cooperation?",
    ],
)
def test_support_for_a_thing_not_a_claim_is_no_yes(engine: Engine, question: str) -> None:
    # Only a clause after "that" is a claim to check; a stance or a thing is no claim.
    assert not ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Is it 'U.S. Secretary of Defense Mark A. Esper'? Check the initial.",
        "Is it Mark A. Esper?",
        "Is the defense secretary Mark B. Esper?",
        "was it Mark J. Esper who met Singh?",
        "Did Mark R. Esper go to Tokyo?",
    ],
)
def test_a_wrong_middle_initial_is_no_with_the_articles_initial(
    engine: Engine, question: str
) -> None:
    # First name and surname linked him, so "Mark A. Esper" got Yes with the article's T.
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "Mark T. Esper" in answer.text
    assert answer.quotes


@pytest.mark.parametrize("question", ["Is it Mark T. Esper?", "Did Mark T. Esper meet Singh?"])
def test_the_articles_middle_initial_is_still_yes(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "verdict", "word"),
    [
        ("Confirm: Singh is India's Minister of External Affairs. Correct?", "No", "Defense"),
        ("Please confirm: the talks were in Tokyo. Right?", "Yes", "Tokyo"),
        ("Verify: Esper met Singh in Mumbai. Accurate?", "No", "New Delhi"),
        ("Please verify: the DOD statement named China. True?", "No", "China"),
        ("Check this: Esper met Singh in New Delhi. OK?", "Yes", "New Delhi"),
    ],
)
def test_a_claim_after_a_confirm_label_is_checked(
    engine: Engine, question: str, verdict: str, word: str
) -> None:
    # "Confirm:" was read as a word of the claim, and the bot abstained.
    answer = ask(engine, question)
    assert answer.text.startswith(verdict)
    assert word in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Next: 'India-China relations are deteriorating sharply.'", "Yes"),
        ("Next: Esper met Singh in Tokyo.", "No"),
        ("Next claim: 'Esper met Singh in Tokyo.'", "No"),
        ("Another one: 'The two countries have had three such dialogues.'", "Yes"),
        ("Line 3: 'Pompeo spoke at the Pentagon.'", "No"),
    ],
)
def test_a_claim_after_a_next_label_is_checked(engine: Engine, question: str, verdict: str) -> None:
    # A fact-checker going down a list: the label is not part of the claim.
    assert ask(engine, question).text.startswith(verdict)


def test_a_question_after_a_next_label_is_still_answered(engine: Engine) -> None:
    assert "Esper" in ask(engine, "Next: who met Singh?").text


@pytest.mark.parametrize(
    "question",
    [
        "Surname of the Deputy Secretary of State mentioned.",
        "Begin's last name?",
        "Deputy Secretary of State's last name, please",
        "What is the surname of the Deputy Secretary of State?",
    ],
)
def test_a_title_then_one_name_gives_that_name_as_the_surname(
    engine: Engine, question: str
) -> None:
    # "Deputy Secretary of State Begin": the one name after a title is the surname.
    answer = ask(engine, question)
    assert answer.text.startswith("Begin")
    assert answer.quotes


def test_a_first_name_never_given_is_still_not_given(engine: Engine) -> None:
    assert ask(engine, "What's Begin's first name?").abstained


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("'Deputy Secretary of State Begin recently visited Tokyo.' Accurate?", "New Delhi"),
        ("Draft: 'Begin recently visited Beijing.' Correct?", "New Delhi"),
        ("'Secretary of State Begin visited New Delhi.' Is his title right?", "Deputy"),
        ("'Defense Secretary Begin visited New Delhi.' Is the title right?", "Deputy"),
    ],
)
def test_a_pasted_sentence_is_checked_as_a_claim_not_a_wording(
    engine: Engine, question: str, word: str
) -> None:
    # Read as a wording, the answer cut the article's sentence at "New" and named no place.
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert word in answer.text


def test_a_pasted_sentence_that_holds_is_yes(engine: Engine) -> None:
    question = "'Deputy Secretary of State Begin recently visited New Delhi.' Accurate?"
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Title check: Singh is India's foreign minister, correct?", "No"),
        ("Date check: they met on Oct. 27, right?", "No"),
        ("Place check: the quad talks were in Tokyo?", "Yes"),
        ("Accuracy check: Pompeo spoke at the Pentagon, yes?", "No"),
    ],
)
def test_a_claim_after_a_kind_of_check_is_checked(
    engine: Engine, question: str, verdict: str
) -> None:
    assert ask(engine, question).text.startswith(verdict)


def test_a_misspelt_name_in_a_spelling_check_gets_no_yes(engine: Engine) -> None:
    # The claim's words are autocorrected: "Rajnat" must not be confirmed as the spelling.
    question = "Spelling check: the Indian minister is 'Rajnat Singh', yes?"
    assert not ask(engine, question).text.startswith("Yes")


def test_a_wrong_claim_then_a_question_gets_both_answered(engine: Engine) -> None:
    """'Esper met Singh in Mumbai, and also who signed BECA?' corrects the claim (No, New
    Delhi) and answers the question too, whichever way the two are joined."""
    for question in (
        "Esper met Singh in Mumbai, and also who signed BECA?",
        "Esper met Singh in Mumbai, and who signed BECA?",
        "esper met singh in mumbai. who signed BECA?",
        "U.S. Secretary of Defense Esper met Singh in Tokyo. What did they agree on?",
    ):
        answer = ask(engine, question)
        first, _, rest = answer.text.partition("; ")
        assert first.startswith("No.") and "New Delhi" in first, question
        assert "agree" in rest or "Basic Exchange" in rest, question
    answer = ask(engine, "Singh is India's foreign minister. what did he agree to?")
    assert answer.text.startswith("No. Rajnath Singh is India's Defense Minister.;")
    # A recap the article bears out is no claim to answer: the question alone.
    assert ask(engine, "Esper met Singh? whats singh's job").text == "India's Defense Minister"


def test_a_meeting_in_general_is_any_event_held_there(engine: Engine) -> None:
    """'no meeting took place in Tokyo?' gets No (the quadripartite talks were held there),
    not an abstention; 'did a meeting take place in Tokyo?' Yes, not No of the Esper–Singh
    meeting in New Delhi."""
    for question in (
        "no meeting took place in Tokyo?",
        "no talks took place in Tokyo?",
        "did no meeting happen in Tokyo?",
    ):
        answer = ask(engine, question)
        assert answer.text.startswith("No.") and "Tokyo" in answer.text, question
    for question in ("did a meeting take place in Tokyo?", "was there a meeting in tokyo?"):
        answer = ask(engine, question)
        assert answer.text.startswith("Yes.") and "quadripartite talks" in answer.text, question
    answer = ask(engine, "was any meeting held in new delhi?")
    assert answer.text.startswith("Yes.") and "New Delhi" in answer.text


def test_was_someone_quoted_is_answered_from_the_articles_quotations(engine: Engine) -> None:
    """'was Pompeo quoted?' gets Yes with his press-conference words, not the Tokyo sentence
    that only names him; 'was singh quoted?' No (the article quotes no words of his), not a
    Yes from the agreement."""
    answer = ask(engine, "was Pompeo quoted?")
    assert answer.text.startswith("Yes.") and answer.quote is not None
    assert "press conference" in answer.quote.text
    for question in ("was singh quoted?", "is Singh quoted anywhere?"):
        answer = ask(engine, question)
        assert answer.text.startswith("No. The article quotes no words of Rajnath Singh"), question
    answer = ask(engine, "who did esper meet?", "was he quoted?")
    assert answer.text.startswith("No. The article quotes no words of Rajnath Singh")
