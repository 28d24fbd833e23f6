"""The engine as a user meets it: short answers with the quote, or an honest "doesn't say"."""

from __future__ import annotations

import pytest

from bot.engine.answer import AbstainReason
from bot.engine.context import Context
from bot.engine.engine import Engine
from bot.engine.listref import item_of_list_named
from bot.engine.question import respell
from bot.engine.spelling import COMMON_WORDS, Speller
from bot.factbase.model import FactBase
from tests.engine_helpers import ask


def test_who_met_singh_names_esper_with_the_quote(engine: Engine) -> None:
    """The issue's first example: a short answer and the sentence that backs it."""
    answer = ask(engine, "who met Singh?")
    assert not answer.abstained
    assert answer.text == "Mark T. Esper, the U.S. Secretary of Defense"
    assert answer.quote is not None and answer.quote.paragraph == 1
    assert "meets with Indian Defense Minister Rajnath Singh" in answer.quote.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where did they meet?", "New Delhi"),
        ("how many 2+2 dialogues have there been?", "Three"),
        ("Who did Esper meet?", "Rajnath Singh"),
        ("What did the two sides agree on?", "Basic Exchange and Cooperation Agreement"),
        ("What is BECA?", "Basic Exchange and Cooperation Agreement"),
        ("Who is Begin?", "Deputy Secretary of State"),
        ("Where were the quadripartite talks held?", "Tokyo"),
        ("What did Pompeo say?", "free nations"),
        ("Why are they expanding information sharing?", "security challenges"),
    ],
)
def test_answers_the_question_type_asked(engine: Engine, question: str, expected: str) -> None:
    """Each question type is answered by the role that fits it."""
    answer = ask(engine, question)
    assert not answer.abstained, answer.text
    assert expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who met sing?",
        "Who did Espr meet?",
        "Where did Esper meet Rajnath Sing?",
        "what is beca",
        "WHO MET SINGH IN NEW DEHLI",
    ],
)
def test_typos_and_case_are_tolerated(engine: Engine, question: str) -> None:
    """Misspelt names ("sing", "espr", "dehli") still link to the right people and places."""
    answer = ask(engine, question)
    assert not answer.abstained, question


def test_british_spelling_and_us_variants(engine: Engine) -> None:
    """ "defence" finds "defense"; "US", "U.S." and "America" are the same country."""
    for question in ("Who is India's defence minister?", "Who is the American defense secretary?"):
        assert not ask(engine, question).abstained, question
    assert "Three" in ask(engine, "How many 2+2 dialogues have America and India had?").text


def test_yes_no_questions_answer_yes_or_no_with_the_quote(engine: Engine) -> None:
    """ "Does the statement mention China?" → "No" and the sentence that says so."""
    answer = ask(engine, "Does the statement mention China?")
    assert answer.text.startswith("No")
    assert answer.quote is not None and "does not explicitly mention China" in answer.quote.text
    assert ask(engine, "Did the U.S. and India reach an agreement?").text.startswith("Yes")


def test_multi_part_questions_answer_every_part(engine: Engine) -> None:
    """ "Who met Singh and where?" gets both the person and the place."""
    answer = ask(engine, "who met Singh and where?")
    assert "Esper" in answer.text and "New Delhi" in answer.text


def test_follow_ups_resolve_against_the_conversation(engine: Engine) -> None:
    """ "Where?" and "When?" after "Who met Singh?" are about that meeting."""
    assert "New Delhi" in ask(engine, "Who met Singh?", "Where?").text
    assert "Oct. 26" in ask(engine, "Who met Singh?", "When?").text
    assert "free nations" in ask(engine, "Who is Pompeo?", "What did he say?").text


def test_and_x_follow_up_reuses_the_last_question(engine: Engine) -> None:
    """ "And U.S.-China relations?" after a question about relations asks the same of them."""
    answer = ask(engine, "How are U.S.-India relations?", "And India-China relations?")
    assert "deteriorating" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Who is Narendra Modi?",
        "What did Putin say about the agreement?",
        "How many troops does India have?",
        "What is the population of India?",
        "What year did the meeting take place?",
        "Who did Begin meet in New Delhi?",
        "What is the capital of France?",
        "asdf qwerty zxcv",
    ],
)
def test_abstains_when_the_article_cannot_answer(engine: Engine, question: str) -> None:
    """Other people, numbers it does not give, general knowledge and gibberish: no answer."""
    answer = ask(engine, question)
    assert answer.abstained, answer.text
    assert answer.reason in (AbstainReason.NOT_IN_ARTICLE, AbstainReason.OFF_TOPIC)
    assert answer.quotes == () and answer.fact_ids == ()
    assert 1 <= len(answer.suggestions) <= 3


@pytest.mark.parametrize("question", ["hello", "thanks!", "help", "how are you?"])
def test_chit_chat_gets_help_and_asserts_nothing(engine: Engine, question: str) -> None:
    """Greetings, thanks and "help" get a friendly help text, abstained (no fact asserted)."""
    answer = ask(engine, question)
    assert answer.abstained and answer.reason is AbstainReason.CHIT_CHAT
    assert "ask" in answer.text.lower() or "questions" in answer.text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\x00\x01\x02",
        "🙂🙂🙂",
        "مرحبا كيف حالك",
        "<script>alert(1)</script>",
        "'; DROP TABLE facts; --",
        "<@123456789>",
        "@everyone",
        "a" * 100_000,
        "who " * 5000,
    ],
)
def test_bad_input_never_raises_and_gets_a_reply(engine: Engine, text: str) -> None:
    """Empty, huge, control characters, emoji, RTL, markup, SQL and bare mentions all get a
    sensible reply, and overlong text is cut with a note."""
    answer = ask(engine, text)
    assert answer.text
    explained = answer.explanation.notes if answer.explanation else ()
    assert "internal error" not in answer.notes + explained
    if len(text) > 1000:
        assert any("first" in note for note in answer.notes)


def test_same_question_same_context_same_answer(engine: Engine) -> None:
    """Answers are deterministic."""
    first = ask(engine, "Who met Singh?", "Where?")
    second = ask(engine, "Who met Singh?", "Where?")
    assert first == second


def test_answer_json_has_the_documented_fields(engine: Engine) -> None:
    """`--json` output carries answer text, quote, paragraph, confidence and fact ids."""
    data = ask(engine, "Who met Singh?").to_json()
    assert {
        "text",
        "quote",
        "paragraph",
        "quotes",
        "confidence",
        "abstained",
        "fact_ids",
        "suggestions",
        "explanation",
        "reason",
    } <= set(data)
    assert 0.0 <= data["confidence"] <= 1.0


def test_questions_about_the_article_itself(engine: Engine) -> None:
    """The headline and the date come from the article; its author it does not name."""
    assert "Defense Chiefs Commit" in ask(engine, "What is the headline?").text
    assert "Oct. 26" in ask(engine, "What is the date of the article?").text
    assert ask(engine, "Who wrote the article?").abstained
    assert ask(engine, "When was the article published?").abstained


def test_order_in_time_is_answered_only_from_a_fact_that_states_it(engine: Engine) -> None:
    """ "Did they meet after the 2+2 Dialogue?" is no: the article says the meeting came ahead
    of it; "before" is yes."""
    assert ask(engine, "Did Esper meet Singh after the 2+2 Dialogue?").text.startswith("No")
    assert ask(engine, "Did Esper meet Singh before the 2+2 Dialogue?").text.startswith("Yes")


def test_closed_lists_answer_no_for_what_they_leave_out(engine: Engine) -> None:
    """The four countries in Tokyo are listed, so China was not among them; the meeting's
    place is named, so it was not in Mumbai."""
    assert ask(engine, "Did China take part in the Tokyo talks?").text.startswith("No")
    assert ask(engine, "Did Esper and Singh meet in Mumbai?").text.startswith("No")


def test_tell_me_about_someone_gives_who_they_are_and_what_they_did(engine: Engine) -> None:
    """ "Tell me about Pompeo" is a short profile with its quotes."""
    answer = ask(engine, "Tell me about Pompeo")
    assert "Pompeo" in answer.text and "free nations" in answer.text
    assert len(answer.quotes) >= 2


def test_which_questions_respect_the_kind_and_nationality_asked(engine: Engine) -> None:
    """ "Which countries…" lists countries; "which Indian official…" is not answered with
    Americans."""
    assert "Australia" in ask(engine, "Which countries took part in the quad talks?").text
    assert ask(engine, "Which Indian official attended the Tokyo talks?").abstained


def test_summaries_by_topic_and_by_paragraph(engine: Engine) -> None:
    """A summary of a named topic, of a paragraph, and in full on request."""
    assert "China" in ask(engine, "Summarize the China angle").text
    assert ask(engine, "Summarize the last paragraph").text.startswith("Paragraph 8")
    assert ask(engine, "Give me a full summary of the agreement").text.startswith("•")


@pytest.mark.parametrize(
    ("question", "verdict", "quoted"),
    [
        ("Was the meeting on a Friday?", "No", "on Monday (Oct. 26)"),
        ("did esper meet singh in june?", "No", "on Monday (Oct. 26)"),
        ("Have the US and India held five 2+2 dialogues?", "No", "three such dialogues"),
        ("Have the two countries had three dialogues?", "Yes", "three such dialogues"),
        ("Has Esper attended three 2+2s?", "No", "second time"),
        ("Are India-China relations improving?", "No", "deteriorating sharply"),
        ("Are U.S.-India relations cooling?", "No", "heating up rapidly"),
        ("Are US India relations improving?", "Yes", "heating up rapidly"),
        ("US and China relation is getting better or not?", "No", "deteriorating sharply"),
        ("esper met singh in delhi, right?", "Yes", "in New Delhi"),
    ],
)
def test_yes_no_compares_the_value_asked_with_the_one_the_article_gives(
    engine: Engine, question: str, verdict: str, quoted: str
) -> None:
    """A day, month, number or trend the question names is checked against the article's:
    another value is a plain "no" with the quote that gives the right one."""
    answer = ask(engine, question)
    assert not answer.abstained, answer.text
    assert answer.text.startswith(verdict + ".")
    assert answer.quote is not None and quoted in answer.quote.text


def test_a_value_the_article_never_gives_is_not_compared(engine: Engine) -> None:
    """No time of day, no count of Pompeo's visits: nothing to compare, so no verdict."""
    assert ask(engine, "Did Esper meet Singh on Monday at 9 am?").abstained
    assert ask(engine, "Has Pompeo been to India five times?").abstained


def test_ahead_of_what_names_the_event_on_the_other_side(engine: Engine) -> None:
    answer = ask(engine, "What was the meeting held ahead of?")
    assert not answer.abstained
    assert "2+2 Dialogue" in answer.text


@pytest.mark.parametrize(
    ("question", "sayer"),
    [
        ("Who said the two sides agreed on a Basic Exchange and Cooperation Agreement?",
         "Defense Department"),
        ("who said the two men praised the strength of the defense relationship?",
         "Department of Defense"),
        ("who said esper and singh would keep working together on emerging technologies?",
         "Department of Defense"),
        ("who said that free nations could work together", "Pompeo"),
    ],
)  # fmt: skip
def test_who_said_names_the_source_the_article_gives(
    engine: Engine, question: str, sayer: str
) -> None:
    """ "Who said …?" is answered by whoever the article says said it: the Defense
    Department's statement for what it reported, Pompeo for his own words."""
    answer = ask(engine, question)
    assert not answer.abstained, answer.text
    assert sayer in answer.text


def test_follow_ups_about_that_and_about_another_fact_of_the_same_person(engine: Engine) -> None:
    said = ask(engine, "How did US officials describe the relationship with India?",
               "when did they say that?")  # fmt: skip
    assert "Before the 2+2 meeting" in said.text
    trip = ask(engine, "Where did Pompeo hold a press conference?", "and where was his trip to?")
    assert "South Asia" in trip.text


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("was BECA agreed in Mumbai?", "During the visit"),
        ("Was the Pompeo press conference held in Tokyo?", "State Department"),
        ("did esper meet singh in tokyo?", "in New Delhi"),
        ("Did China take part in the talks in Tokyo?", "Japan, India, and Australia"),
        ("did esper meet singh at the pentagon?", "in New Delhi"),
        ("was the agreement signed at the pentagon?", "During the visit"),
    ],
)
def test_another_place_for_an_event_the_question_names_is_a_no(
    engine: Engine, question: str, quoted: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No."), answer.text
    assert answer.quote is not None and quoted in answer.quote.text


def test_a_place_where_something_else_happened_is_not_a_no(engine: Engine) -> None:
    """Esper did meet people in Tokyo (the quadripartite talks); Singh's whereabouts there
    the article does not give."""
    assert ask(engine, "Did Esper meet anyone in Tokyo?").text.startswith("Yes.")
    assert ask(engine, "Was Singh in Tokyo?").abstained


def test_where_a_place_is_comes_only_from_the_article(engine: Engine) -> None:
    """The article writes "Tokyo, Japan"; it never says where New Delhi is, and what
    everybody knows is still not the article."""
    tokyo = ask(engine, "which country is Tokyo in?")
    assert tokyo.text == "Tokyo is in Japan."
    assert tokyo.quote is not None and "Tokyo, Japan" in tokyo.quote.text
    delhi = ask(engine, "which country is new delhi in?")
    assert delhi.abstained
    assert "doesn't say where New Delhi is" in delhi.text


def test_who_else_wants_others_at_the_same_event(engine: Engine) -> None:
    assert ask(engine, "Who else attended the Esper-Singh meeting?").abstained
    assert "Pompeo" in ask(engine, "besides esper, who else went to tokyo?").text


def test_there_stays_at_the_event_across_and_x_follow_ups(engine: Engine) -> None:
    """ "Was India there?" "And China?": China is not among the countries the article lists
    for the Tokyo talks; whether Singh was there, it does not say."""
    context = Context()
    for question in ("Where were the quad talks held?", "was India there?"):
        answer = engine.answer(question, context)
        context = answer.context
    assert answer.text.startswith("Yes.") and answer.fact_ids == ("quad-talks",)
    china = engine.answer("and China?", context)
    assert china.text.startswith("No.") and "China is not among them" in china.text
    assert engine.answer("and Singh?", context).abstained


@pytest.mark.parametrize(
    "question",
    [
        "what did china say about the meeting?",
        "what did australia say?",
        "what did begin discuss in delhi?",
        "what did china discuss?",
        "when did the talks begin?",
    ],
)
def test_nobody_is_quoted_or_named_for_what_the_article_does_not_give_them(
    engine: Engine, question: str
) -> None:
    """What others said about China is not what China said; Begin's visit says nothing of
    what he discussed; and "begin" the verb is not Begin."""
    answer = ask(engine, question)
    if question.startswith("when"):
        assert "Begin" not in answer.text and "Monday" in answer.text
    else:
        assert answer.abstained, answer.text


def test_a_place_named_in_passing_is_not_where_an_event_happened(engine: Engine) -> None:
    """The Tokyo talks mention "the month of the New Delhi meeting"; they did not happen in
    New Delhi, so they answer nothing about who visited it."""
    answer = ask(engine, "which us official visited new delhi?")
    assert "Pompeo" not in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Didn't they meet in Mumbai?", "No."),
        ("Didn't the DOD statement name China?", "No."),
        ("Aren't US-China relations improving?", "No."),
        ("didn't esper meet singh?", "Yes."),
    ],
)
def test_negative_questions_are_answered_as_english_answers_them(
    engine: Engine, question: str, verdict: str
) -> None:
    """ "Didn't they meet in Mumbai?" — "No": the answer says what happened, as it would to
    "Did they meet in Mumbai?"."""
    assert ask(engine, question).text.startswith(verdict)


@pytest.mark.parametrize(
    "question", ["agreement name", "what is the agreement called?", "the pact?"]
)
def test_the_agreement_is_the_one_agreement_the_article_names(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "Basic Exchange and Cooperation Agreement" in answer.text


@pytest.mark.parametrize(
    ("question", "choice"),
    [
        ("did esper and singh meet in delhi or tokyo?", "New Delhi."),
        ("were the quad talks in delhi or tokyo?", "Tokyo."),
        ("is singh indian or american?", "Indian."),
        ("were there three or four dialogues?", "Three."),
        ("was this esper's first or second 2+2?", "Second."),
    ],
)
def test_either_or_questions_get_the_option_the_article_gives(
    engine: Engine, question: str, choice: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(choice), answer.text


def test_either_or_without_one_answer_says_so(engine: Engine) -> None:
    """Someone met in each city: "they" could be either, so the bot does not pick."""
    answer = ask(engine, "did they meet in delhi or tokyo?")
    assert answer.abstained and "which of the two" in answer.text


def test_which_came_first_follows_the_timeline(engine: Engine) -> None:
    answer = ask(engine, "Which happened first, the Tokyo talks or Esper's meeting with Singh?")
    assert answer.text.startswith("First: Earlier this month")
    assert answer.fact_ids == ("quad-talks", "meeting")
    assert ask(engine, "which came first, begin's visit or the tokyo talks?").abstained


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Is Rajnath Singh India's foreign minister?", "No."),
        ("Is Begin a deputy secretary of defense?", "No."),
        ("is singh the indian defence minister?", "Yes."),
        ("is begin the deputy secretary of state?", "Yes."),
    ],
)
def test_a_title_is_checked_against_the_one_the_article_gives(
    engine: Engine, question: str, verdict: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(verdict), answer.text
    assert answer.fact_ids and answer.fact_ids[0].endswith("-identity")


def test_review_findings_stay_fixed(engine: Engine) -> None:
    """Questions a reviewer found answered wrongly: "with" is not "is the", a country
    qualifies a title, and a subject keeps the capital that marks it a name."""
    assert ask(engine, "Was Esper with Singh?").text.startswith("Yes.")
    assert ask(engine, "Is Esper India's defense secretary?").text.startswith("No.")
    assert not ask(engine, "Is Begin Pompeo's deputy?").text.startswith("No.")
    assert "doesn't mention Modi" in ask(engine, "How does Modi fit in?").text


def test_a_count_of_something_else_does_not_answer_how_many(engine: Engine) -> None:
    """Esper's second 2+2 is no count of his visits to India; Pompeo's trip to South Asia
    does not say he missed New Delhi."""
    assert ask(engine, "how many times has esper been to india").abstained
    assert "Two" in ask(engine, "how many times has esper attended a 2+2?").text
    assert not ask(engine, "Did Pompeo go to Delhi?").text.startswith("No.")


def test_what_someone_said_about_a_thing_is_the_whole_statement(engine: Engine) -> None:
    """The verb is the answer: they praised the relationship, enhanced communications."""
    praised = ask(engine, "What did Esper and Singh say about the strength of the relationship?")
    assert "praised" in praised.text
    enhanced = ask(engine, "What did they say about secure communications?")
    assert "enhancing secure communications" in enhanced.text
    assert ask(engine, "What did India's own defence ministry statement say?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which American defence secretary travelled to New Delhi?", "Esper"),
        ("Who's the number two at the State Department who was in India's capital?", "Begin"),
        ("Did the ministers talk about logistics?", "Yes"),
        ("Have the two countries had five such dialogues?", "No"),
        ("which weekday was the meeting on", "Monday"),
        ("Did Esper and Singh meet in the US?", "No"),
    ],
)
def test_descriptions_and_paraphrases_the_article_does_not_use(
    engine: Engine, question: str, expected: str
) -> None:
    """A person described by nationality and title, "India's capital", "the ministers", "such
    dialogues", "weekday", a country the meeting was not in: read as the article means them."""
    answer = ask(engine, question)
    assert not answer.abstained, answer.text
    assert answer.text.startswith(expected) or expected in answer.text


def test_what_is_indias_capital_stays_general_knowledge(engine: Engine) -> None:
    """The article never says New Delhi is India's capital; only a visit *to* it is read so."""
    assert ask(engine, "What is the capital of India?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Was Pompeo's press conference before or after his trip?", "Before his trip"),
        ("Was the meeting before or after the 2+2 dialogue?", "Before"),
        ("Did the Tokyo talks happen before or after the meeting in Delhi?", "Before"),
    ],
)
def test_before_or_after_is_answered_from_what_the_article_places_it_against(
    engine: Engine, question: str, expected: str
) -> None:
    """The event's own "when" if it names the other event, else the timeline."""
    answer = ask(engine, question)
    assert not answer.abstained, answer.text
    assert answer.text.startswith(expected)


def test_before_or_after_abstains_when_the_event_is_not_clear(engine: Engine) -> None:
    """ "The trip" could be Pompeo's (not in the timeline) or Esper's visit."""
    assert ask(engine, "was the trip before or after the press conference?").abstained


def test_a_digit_ordinal_is_checked_against_the_article(engine: Engine) -> None:
    question = "Did officials call it the most significant relationship of the 20th century?"
    assert ask(engine, question).text.startswith("No")
    question = "Was the relationship called one of the most significant of the 21st century?"
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which Pentagon chief travelled to New Delhi?", "Esper"),
        ("What was Pompeo's message about free nations?", "China"),
        ("what did the 2 ministers think of the deal", "Appreciation"),
        ("which two nations are called the world's 2 biggest democracies", "democracies"),
        ("is it true that Esper met Singh?", "Yes"),
        ("Am I right that the meeting was on a Monday?", "Yes"),
        ("is it true that Esper and Singh met in Tokyo?", "No"),
    ],
)
def test_more_ways_of_asking(engine: Engine, question: str, expected: str) -> None:
    """A person named by a description after "which", everyday words for what the article
    says (message, think of, biggest), and a claim put up for a yes or a no."""
    answer = ask(engine, question)
    assert not answer.abstained, answer.text
    assert expected in answer.text


def test_the_bot_gives_no_opinions_of_its_own(engine: Engine) -> None:
    answer = ask(engine, "what do you think about India?")
    assert answer.abstained and answer.reason is AbstainReason.OFF_TOPIC
    assert "opinion" in answer.text


def test_either_or_between_two_names(engine: Engine) -> None:
    question = "Was the statement issued by the State Department or the Defense Department?"
    answer = ask(engine, question)
    assert answer.text.startswith("U.S. Department of Defense")


def test_what_an_event_came_ahead_of(engine: Engine) -> None:
    assert "2+2 Dialogue" in ask(engine, "The meeting came ahead of what?").text


@pytest.mark.parametrize(
    "question",
    [
        "Which country did the Pentagon statement not mention?",
        "Which country did the statement leave out?",
        "Which country did the Pentagon statement avoid naming?",
    ],
)
def test_what_was_not_said_is_answered_only_by_what_the_article_says_was_not(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.fact_ids == ("statement-no-china",)
    assert "China" in answer.text


def test_a_negated_question_is_not_answered_by_what_did_happen(engine: Engine) -> None:
    """ "Who did Esper not meet?" is not answered "Singh"."""
    assert ask(engine, "who did Esper not meet?").abstained


def test_light_verbs_and_filler_phrases_are_not_what_is_asked(engine: Engine) -> None:
    """ "make that remark", "in terms of trade": the remark and the trade are the point, and
    "remark" is a word, not a misspelt "Mark" (Esper)."""
    answer = ask(engine, "What did they say they'd prioritize in terms of trade?")
    assert "defense trade" in answer.text
    question = "When did the officials make that 'most significant relationship' remark?"
    answer = ask(engine, question)
    assert not answer.abstained and "esper" not in answer.context.entities


@pytest.mark.parametrize(
    ("conversation", "expected"),
    [
        (("What did Pompeo say about China?", "Before a trip to where?"), "South Asia"),
        (("How did US officials describe the relationship?", "Between whom?"), "democracies"),
        (("where did they meet?", "between whom?"), "Rajnath Singh"),
        (("What did the ministers say about logistics?", "and about communications?"), "secure"),
        (("what did they agree on?", "and about trade?"), "trade"),
    ],
)
def test_follow_ups_that_are_only_a_phrase(
    engine: Engine, conversation: tuple[str, ...], expected: str
) -> None:
    """A follow-up that starts with a preposition asks for that part of the last fact; "and
    about X?" asks the last question again, about X."""
    answer = ask(engine, *conversation)
    assert not answer.abstained, answer.text
    assert expected in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Per Pompeo, who could work together to thwart the threat?", "Free nations"),
        ("According to Pompeo, free nations could thwart the threat posed by whom?", "Communist"),
        ("who said free nations could work together?", "Pompeo"),
    ],
)
def test_what_a_quoted_remark_itself_says(engine: Engine, question: str, expected: str) -> None:
    """ "According to X, …" frames the question, it is not a question of its own; the
    content of Pompeo's remark answers questions about it."""
    answer = ask(engine, question)
    assert not answer.abstained, answer.text
    assert expected in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is the relationship between Washington and New Delhi getting warmer?", "Yes"),
        ("are US-India ties improving or worsening?", "Improving"),
        ("are india-china relations getting better or worse?", "Worse"),
        ("Was information exchange between the two sides cut back?", "No"),
    ],
)
def test_which_way_relations_are_going_is_the_way_the_article_says_for_those_relations(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_every_paraphrase_maps_straight_to_the_word_the_facts_use() -> None:
    """A synonym whose target is itself mapped elsewhere would never meet the facts' word
    ("target" → "counter" while "counter" → "address")."""
    from bot.engine.lexicon import SYNONYMS

    assert [(k, v) for k, v in SYNONYMS.items() if SYNONYMS.get(v, v) != v] == []


def test_questions_with_words_the_article_does_not_use(engine: Engine) -> None:
    assert ask(
        engine, "Does the deeper cooperation include cooperation among the services?"
    ).text.startswith("Yes")
    assert "China" in ask(engine, "whose threat does the us india partnership target").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many times have the US and India held a 2+2 dialogue?", "Three"),
        ("how often have india and the us held 2+2 talks?", "Three"),
        ("how many times has Esper been part of a 2+2?", "Two"),
    ],
)
def test_a_count_is_of_whoever_the_question_asks_about(
    engine: Engine, question: str, expected: str
) -> None:
    """Esper's two 2+2 meetings are not the two countries' three dialogues."""
    assert ask(engine, question).text.startswith(expected)


def test_how_many_times_is_no_count_of_countries(engine: Engine) -> None:
    assert ask(engine, "how many times has Esper visited India?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who did the pentagon boss sit down with in india", "Singh"),
        ("What kind of sharing are the two sides going to ramp up?", "Information sharing"),
        ("What sort of communications capabilities did they want to bolster?", "secure"),
        ("Which party did Pompeo single out as posing a threat?", "Communist"),
    ],
)
def test_idioms_for_what_the_article_says(engine: Engine, question: str, expected: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.text
    assert expected.lower() in answer.text.lower()


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "So I was reading about all the diplomacy lately, and there was a lot about the Quad "
            "and China, and honestly I'm a bit lost — but the bit I care about is: who was the "
            "Indian minister Esper actually met with?",
            "Singh",
        ),
        (
            "There was also this four-country meeting in Japan which I keep hearing about on "
            "podcasts, and I can never remember the line-up — which countries were in it?",
            "Australia",
        ),
        (
            "My professor mentioned something about a defence agreement between the Americans "
            "and Indians, and I have an essay due tomorrow, so I really need to know — what was "
            "the agreement they settled on called?",
            "Basic Exchange",
        ),
    ],
)
def test_a_long_message_is_answered_by_the_question_at_its_end(
    engine: Engine, message: str, expected: str
) -> None:
    """The background before the question says what "it" is; chatter in it is not asked."""
    answer = ask(engine, message)
    assert not answer.abstained, answer.text
    assert expected in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Esper met Singh on a Friday, didn't he?", "No"),
        ("Esper and Pompeo met their counterparts in Seoul earlier this month, right?", "No"),
        ("Esper and Singh met on Oct. 27, right?", "No"),
        ("was the meeting on the 26th of october?", "Yes"),
        ("Esper's done three 2+2s with India now, right?", "No"),
        ("Which 2+2 is this for Esper — first, second, third?", "second"),
    ],
)
def test_a_statement_put_up_for_yes_or_no_is_checked_against_the_article(
    engine: Engine, question: str, expected: str
) -> None:
    """Tag questions ("didn't he?"), a day of the month, a place, a count and an ordinal."""
    answer = ask(engine, question)
    assert not answer.abstained, answer.text
    assert expected in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hw many 2+2 dialoges have there been", "Three"),
        ("where wer the quadripartite tlks", "Tokyo"),
    ],
)
def test_chat_shorthand_is_read_as_the_words_meant(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("conversation", "expected"),
    [
        (("Who did the US defense secretary meet on Monday?", "Was that in Tokyo?"), "No"),
        (("who met singh?", "was that in delhi?"), "Yes"),
        (
            (
                "Who did the US defense secretary meet on Monday?",
                "Was that in Tokyo?",
                "Then where?",
            ),
            "New Delhi",
        ),
        (
            ("How many 2+2 dialogues have the US and India held?", "which one was it for esper?"),
            "second",
        ),
        (("Which countries attended the Tokyo talks?", "when was that?", "And China?"), "No"),
    ],
)
def test_follow_ups_about_the_last_fact(
    engine: Engine, conversation: tuple[str, ...], expected: str
) -> None:
    """ "That" is the last answer's event: its place checked, its count, its list."""
    answer = ask(engine, *conversation)
    assert not answer.abstained, answer.text
    assert expected in answer.text


def test_a_person_of_a_body_named_after_which(engine: Engine) -> None:
    answer = ask(engine, "Which senior State Department official recently visited New Delhi?")
    assert "Begin" in answer.text
    assert "Delhi" in ask(engine, "Where did the two top defense officials get together?").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Why did Esper meet Singh in Tokyo?", "Not in Tokyo"),
        ("When did Esper meet Singh in Mumbai?", "Not in Mumbai"),
        ("Why did the Pentagon's statement call out China by name?", "It didn't"),
    ],
)
def test_a_question_built_on_a_wrong_premise_gets_what_the_article_says(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(expected)
    assert answer.quote is not None


def test_a_follow_up_about_china_is_no_wrong_premise(engine: Engine) -> None:
    answer = ask(engine, "Did the DoD statement mention China?", "why is China relevant?")
    assert not answer.text.startswith("It didn't")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("They want to deepen cooperation between whom exactly?", "two militaries"),
        ("talks between which countries were held in Tokyo?", "Australia"),
    ],
)
def test_between_whom_is_answered_by_what_the_article_says_is_between(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_what_they_agreed_to_do_is_the_point_not_the_agreement(engine: Engine) -> None:
    assert "information sharing" in ask(engine, "What did Esper and Singh agree to expand?").text
    assert "Basic Exchange" in ask(engine, "what did they agree to?").text


def test_a_sum_spelled_out_is_arithmetic_not_the_dialogue(engine: Engine) -> None:
    answer = ask(engine, "What is two plus two?")
    assert answer.abstained and answer.reason is AbstainReason.OFF_TOPIC
    assert (
        "Dialogue" in ask(engine, "what is the 2+2?").text
        or "dialogue" in ask(engine, "what is the 2+2?").text
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is it right that Rajnath Singh is India's foreign minister?", "No"),
        ("Can you confirm the two men met in Washington?", "No"),
        (
            "Can you confirm the deal reached was the Basic Exchange and Cooperation Agreement?",
            "Yes",
        ),
        ("Was logistics one of the areas mentioned?", "Yes"),
        ("Did Esper and Singh speak highly of the US-India defense relationship?", "Yes"),
        ("Did the talks touch on secure communications?", "Yes"),
        ("Who accompanied Esper at the quadripartite talks in Tokyo?", "Pompeo"),
    ],
)
def test_fact_checking_phrasings(engine: Engine, question: str, expected: str) -> None:
    """A journalist's "can you confirm…", "is it right that X is Y", and everyday idioms."""
    answer = ask(engine, question)
    assert not answer.abstained, answer.text
    assert expected in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "My draft says the statement on the meeting came from the State Department. "
            "Is that correct?",
            "No",
        ),
        ("I read that Esper met Singh on a Monday. Is that right?", "Yes"),
        ("did the statement come from india?", "No"),
        ("was the statement issued by the pentagon?", "Yes"),
    ],
)
def test_who_issued_the_statement_is_checked_and_a_claim_can_come_first(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(expected), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Where did Pompeo give his press conference before the trip?", "State Department"),
        ("Where was Pompeo travelling to after the press conference?", "South Asia"),
        ("Which American official, besides Esper, also visited New Delhi recently?", "Begin"),
        (
            "According to Pompeo, whose threat should free nations work together to thwart?",
            "Communist",
        ),
        ("Pompeo talked about the threat from whose Communist Party?", "China"),
    ],
)
def test_what_an_event_is_placed_against_is_not_the_event(
    engine: Engine, question: str, expected: str
) -> None:
    """ "…after the press conference": the press conference only dates the trip; "whose X":
    what X belongs to."""
    answer = ask(engine, question)
    assert not answer.abstained, answer.text
    assert expected in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which country does Esper serve as defense secretary?", "The United States"),
        ("which country is singh from?", "India"),
        ("According to which body did the two sides agree on a BECA?", "Defense Department"),
    ],
)
def test_a_persons_country_and_a_statements_source(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert expected in answer.text, answer.text


def test_people_of_a_country_at_the_last_event(engine: Engine) -> None:
    answer = ask(
        engine, "Which countries were in the quadripartite talks?", "Which Americans went?"
    )
    assert "Pompeo" in answer.text
    assert "Pompeo" in ask(engine, "which americans were at the tokyo talks?").text


def test_and_between_x_and_y_asks_the_last_question_about_them(engine: Engine) -> None:
    conversation = (
        "How are relations between the US and China?",
        "And between India and China?",
        "What about Washington and New Delhi?",
    )
    assert "heating up" in ask(engine, *conversation).text
    assert "deteriorating" in ask(engine, *conversation[:2]).text


def test_how_many_have_there_been_counts_the_event_not_the_person(engine: Engine) -> None:
    conversation = ("Had Esper been part of a US-India 2+2 before?", "How many have there been?")
    assert ask(engine, *conversation).text.startswith("Three")
    assert ask(engine, "how many 2+2s has esper done?").text.startswith("Two")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("so what did the pentagon guy and the indian minister actually agree to lol", "Basic"),
        ("who was the Indian minister Esper actually met with?", "Rajnath Singh"),
        ("who is the pentagon chief that met singh?", "Esper"),
    ],
)
def test_people_described_instead_of_named(engine: Engine, question: str, expected: str) -> None:
    answer = ask(engine, question)
    assert expected in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is the name of the US defence secretary", "Mark T. Esper"),
        ("who is mark esper meeting in dehli", "Singh"),
        ("what even is the 2+2 dialogue", "foreign and defense ministers"),
        ("please tell what is the date of meeting", "26"),
        ("kindly tell what is the name of the agreement signed", "Basic Exchange"),
    ],
)
def test_chat_register_and_indian_english(engine: Engine, question: str, expected: str) -> None:
    answer = ask(engine, question)
    assert expected in answer.text, answer.text


def test_how_many_of_those_counts_within_what_was_just_counted(engine: Engine) -> None:
    conversation = ("how many 2+2 dialogues have there been?", "how many of those was esper in")
    assert ask(engine, *conversation).text.startswith("Two")


def test_chat_abbreviations_for_the_two_ministers(engine: Engine) -> None:
    assert "New Delhi" in ask(engine, "where did the SecDef meet the Indian MoD").text


def test_who_met_names_both_sides_when_the_question_names_neither(engine: Engine) -> None:
    answer = ask(engine, "who met on monday")
    assert "Esper" in answer.text and "Singh" in answer.text
    assert "Singh" not in ask(engine, "who met singh?").text


def test_plus_and_ampersand_join_two_questions(engine: Engine) -> None:
    answer = ask(engine, "what agreement did they reach + how many 2+2s so far?")
    assert "Basic Exchange" in answer.text and "Three" in answer.text
    assert "New Delhi" in ask(engine, "who met singh & where?").text


def test_a_pair_of_countries_is_matched_as_the_article_pairs_them(engine: Engine) -> None:
    assert "deteriorating" in ask(engine, "how are us-china ties?").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Tokyo talks participants", "Japan, India and Australia"),
        ("who attended the tokyo talks?", "Pompeo"),
        ("who attended the meeting in delhi?", "Singh"),
    ],
)
def test_who_took_part_names_everyone_on_both_sides(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_a_generic_word_for_an_event_does_not_make_a_named_place_wrong(engine: Engine) -> None:
    """ "The meeting in Delhi": the Tokyo talks were a meeting too, so no "Not in Delhi"."""
    answer = ask(engine, "who attended the meeting in delhi?")
    assert not answer.text.startswith("Not in")
    assert ask(engine, "Was the meeting held in Mumbai?").text.startswith("No")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("True or false: the two countries have had three 2+2 dialogues.", "True."),
        ("True or false: Rajnath Singh is India's foreign minister.", "False."),
        ("True or false: the quadripartite talks were held in Sydney.", "False."),
        ("Who took part in the Tokyo talks alongside Esper?", "Pompeo"),
    ],
)
def test_true_or_false_is_answered_true_or_false(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Did the two men criticise the U.S.-India defense relationship?", "No."),
        ("True or false: the two men agreed to weaken engagement on logistics.", "False."),
        ("Did they reject the expansion of information sharing?", "No."),
        ("Why did Esper skip the Tokyo talks?", "The article says otherwise"),
        ("Why are U.S.-India relations deteriorating?", "The article says otherwise"),
    ],
)
def test_the_opposite_of_what_the_article_says_is_answered_no(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_why_something_the_article_does_say_happened_is_not_contradicted(engine: Engine) -> None:
    answer = ask(engine, "why are india-china relations deteriorating?")
    assert not answer.text.startswith("The article says otherwise")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Singh is the US defense secretary, isn't he?", "No"),
        ("Pompeo is the Defense Secretary, isn't he?", "No"),
        ("Begin visited Tokyo, didn't he?", "No"),
        ("Is it true that Esper didn't meet Singh?", "No"),
        ("Esper didn't meet Singh, right?", "No"),
        ("Is it true that the statement did not mention China?", "Yes"),
        ("wer did they meet?", "In New Delhi"),
    ],
)
def test_review_findings_about_claims_stay_fixed(
    engine: Engine, question: str, expected: str
) -> None:
    """A claim's own copula moves to the front, its "not" turns the verdict, and "Begin"
    before a past-tense verb is the man."""
    assert ask(engine, question).text.startswith(expected)


def test_a_tag_does_not_turn_a_question_word_question_into_yes_or_no(engine: Engine) -> None:
    assert not ask(engine, "Whose statement was it?").text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which country did Begin visit?", "New Delhi"),
        ("Why did the article mention China?", "threat"),
        ("Did the statement come from Esper?", "No"),
        ("With whom could free nations work together?", "one another"),
        ("According to Pompeo, whose threat should free nations thwart?", "Communist"),
    ],
)
def test_review_findings_about_new_rules_stay_fixed(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert expected in answer.text, answer.text


def test_the_top_defense_officials_are_not_placed_in_tokyo(engine: Engine) -> None:
    assert "Singh" not in ask(engine, "Who were the top defense officials in Tokyo?").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Why did Singh travel to Washington to meet Esper?", "Not to Washington"),
        ("Why did Esper and Singh meet at the Pentagon?", "Not at the Pentagon"),
        ("Why did Pompeo travel to Beijing?", "Not to Beijing: Pompeo made a trip to South Asia"),
        ("Why did Singh visit Washington?", "Not to Washington"),
    ],
)
def test_a_wrong_place_in_a_question_is_corrected(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_a_trip_elsewhere_is_denied_with_where_the_article_sends_them(engine: Engine) -> None:
    """The article says where Pompeo and Begin went; Singh it only has host Esper."""
    assert ask(engine, "Did Pompeo travel to Beijing?").text.startswith("No. Pompeo made a trip")
    answer = ask(engine, "Deputy Secretary Begin went to Beijing recently, right?")
    assert "New Delhi" in answer.text
    assert ask(engine, "Did Singh travel to Tokyo?").abstained
    assert not ask(engine, "Did Biegun visit Delhi?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What kind of nations did Pompeo say could work together?", "Free nations"),
        ("What sort of technologies will they cooperate on developing?", "Emerging technologies"),
        ("What type of sharing is being expanded?", "Information sharing"),
        ("What kind of communications capabilities will be enhanced?", "Secure communications"),
    ],
)
def test_what_kind_of_is_answered_by_the_words_that_say_which_kind(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert answer.text == expected
    assert answer.quote is not None and expected.lower() in answer.quote.text.lower()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does the article say U.S.-India relations are cooling off?", "No."),
        ("Does the article say the two sides agreed on BECA?", "Yes."),
        ("Did the article say Esper met Singh in Tokyo?", "No."),
    ],
)
def test_does_the_article_say_puts_up_a_claim_to_check(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How does the article describe the state of India-China relations?", "deteriorating"),
        ("how are us-china relatoins described in the artcle", "deteriorating"),
        ("How does the article characterise the direction of U.S.-India relations?", "heating"),
    ],
)
def test_how_the_article_describes_something_is_how_that_thing_is(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_one_person_and_a_verb_do_not_name_an_event_to_correct(engine: Engine) -> None:
    """ "Who did Pompeo meet in New Delhi?" is not about his press conference."""
    assert not ask(engine, "Who did Pompeo meet in New Delhi?").text.startswith("Not in")


@pytest.mark.parametrize(
    "question",
    [
        "Was the meeting held in China?",
        "Was the meeting in Australia?",
        "Who did Esper meet in Washington?",
    ],
)
def test_an_event_somewhere_else_does_not_answer_for_the_place_asked(
    engine: Engine, question: str
) -> None:
    """The Tokyo talks had Australia at the table and Pompeo spoke of China: neither puts
    the meeting there."""
    answer = ask(engine, question)
    assert answer.abstained or answer.text.startswith("No"), answer.text


def test_how_many_times_counts_occasions_of_whoever_is_asked(engine: Engine) -> None:
    assert ask(engine, "How many times have the US and India held a 2+2?").text == "Three"
    assert ask(engine, "Which time is this for Singh?").abstained


def test_either_or_about_who_issued_the_statement_goes_by_its_source(engine: Engine) -> None:
    question = "Did the US Defense Department or the Indian Defense Ministry issue the statement?"
    assert ask(engine, question).text.startswith("U.S. Department of Defense")


@pytest.mark.parametrize(
    ("conversation", "abstains"),
    [
        (("Was India at the Tokyo talks?", "what did they agree there?"), True),
        (("Which countries were in the quadripartite talks?", "What did they decide there?"), True),
        (("where did esper meet singh?", "what did they agree there?"), False),
    ],
)
def test_there_keeps_the_place_of_the_last_answer(
    engine: Engine, conversation: tuple[str, ...], abstains: bool
) -> None:
    """Nothing was agreed in Tokyo, so the New Delhi agreement is no answer there."""
    answer = ask(engine, *conversation)
    assert answer.abstained is abstains, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Fill in the blank: Esper met Singh on ___.", "Monday"),
        ("Fill in the blank: the meeting took place in ___.", "New Delhi"),
        ("Fill in the blank: ___ met Singh.", "Esper"),
        ("The two countries have had ___ 2+2 dialogues.", "Three"),
    ],
)
def test_a_blank_is_asked_as_the_question_word_it_stands_for(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_no_he_to_ask_about_when_the_first_part_has_no_answer(engine: Engine) -> None:
    question = "Which Indian foreign minister joined Singh at the 2+2, and what did he say?"
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which of these countries did not take part in the Tokyo talks: "
            "Japan, Australia, China, India?",
            "China",
        ),
        (
            "Which of these was NOT listed as an area of cooperation: cooperation among the "
            "services, secure communications, logistics, space exploration?",
            "Space exploration",
        ),
    ],
)
def test_which_of_these_was_not_names_the_one_the_article_leaves_out(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_which_came_first_by_what_the_article_says_of_the_event(engine: Engine) -> None:
    question = (
        "Which came first, Pompeo's State Department press conference or his trip to South Asia?"
    )
    answer = ask(engine, question)
    assert answer.text.startswith("First: At a State Department press conference")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Esper-Singh meeting: Monday or Tuesday?", "Monday"),
        ("Is Singh India's defence minister or foreign minister?", "Defense"),
        ("is esper the defense secretary or the state secretary?", "Defense"),
        ("Did Pompeo hold his press conference after coming back from South Asia?", "No"),
    ],
)
def test_either_or_between_kinds_of_title_and_days(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What bigger event was the Esper-Singh meeting a prelude to?", "2+2 Dialogue"),
        ("How would you characterise the current state of US-India relations?", "heating up"),
        ("what is the state of us-china relations?", "deteriorating"),
        ("pompeo china quote", "Communist Party"),
    ],
)
def test_more_everyday_phrasings(engine: Engine, question: str, expected: str) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Was it Esper who spoke about thwarting China's Communist Party?", "No"),
        ("was it pompeo who spoke about free nations?", "Yes"),
        ("was it singh who met esper?", "Yes"),
        ("Was it Begin who visited New Delhi?", "Yes"),
    ],
)
def test_was_it_x_who_checks_the_one_the_article_names(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who was the host?", "Singh"),
        ("What did Esper do in New Delhi?", "met"),
        ("what did pompeo do in tokyo?", "quadripartite talks"),
    ],
)
def test_the_host_and_what_someone_did_somewhere(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many countries are mentioned?", "Five"),
        ("how many people are named in the article?", "Four"),
        ("how many countries took part in the tokyo talks?", "Four countries"),
    ],
)
def test_how_many_the_article_names_is_a_count_of_what_it_names(
    engine: Engine, question: str, expected: str
) -> None:
    """Not the four countries of the Tokyo talks: China is named too."""
    assert ask(engine, question).text.startswith(expected)


def test_everyone_from_a_country_is_everyone_the_article_names_of_it(engine: Engine) -> None:
    answer = ask(engine, "name everyone from the US the article mentions")
    assert all(name in answer.text for name in ("Esper", "Pompeo", "Begin"))
    assert "Singh" not in answer.text


def test_who_was_in_both_places_is_who_facts_place_at_each(engine: Engine) -> None:
    answer = ask(engine, "who was in both Tokyo and Delhi?")
    assert answer.text == "Mark T. Esper"
    assert len(answer.quotes) == 2


def test_anything_else_gives_the_next_answer_or_says_there_is_none(engine: Engine) -> None:
    answer = ask(engine, "What did Esper and Singh agree?", "anything else?")
    assert "work together" in answer.text
    answer = ask(engine, "what did they welcome?", "anything else?")
    assert answer.abstained and "all the article says" in answer.text


def test_and_x_after_who_is_asks_who_x_is(engine: Engine) -> None:
    assert "Deputy Secretary of State" in ask(engine, "Who is Pompeo?", "what about Begin?").text


@pytest.mark.parametrize(
    ("conversation", "expected"),
    [
        (("where were the quad talks?", "and what was discussed?"), None),
        (("who met singh?", "what was discussed?"), "logistics"),
        (("What did Pompeo say?", "what was discussed?"), "free nations"),
    ],
)
def test_what_was_discussed_follows_the_event_of_the_conversation(
    engine: Engine, conversation: tuple[str, ...], expected: str | None
) -> None:
    """Not a summary of the whole article; and the article says nothing of what the Tokyo
    talks discussed."""
    answer = ask(engine, *conversation)
    if expected is None:
        assert answer.abstained
    else:
        assert expected in answer.text


def test_was_it_x_who_says_no_only_where_the_article_gives_the_one(engine: Engine) -> None:
    """Words have one speaker; a visit or a meeting may have had others the article omits."""
    assert ask(engine, "Was it Pompeo who visited New Delhi?").abstained


def test_after_the_trip_is_checked_against_what_the_article_says(engine: Engine) -> None:
    assert ask(engine, "Was the press conference after the trip?").text.startswith("No")
    assert ask(engine, "was the press conference before the trip?").text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which four countries were involved in the quadripartite talks?", "United States"),
        ("Which two countries take part in the 2+2 Dialogue?", "India"),
        ("The Esper-Singh meeting was held in advance of which larger event?", "2+2 Dialogue"),
        ("What calendar date is given for the Esper-Singh meeting?", "Oct. 26"),
        ("Besides the agreement itself, what else did the two secretaries welcome?", "sharing"),
        ("Which body put out the statement describing the meeting?", "Defense Department"),
    ],
)
def test_paraphrases_of_what_a_fact_says_find_it(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.text
    assert expected in answer.text
    assert not answer.text.startswith("Two:")  # a count of something else is no list


def test_a_part_said_inside_another_part_is_said_once(engine: Engine) -> None:
    answer = ask(
        engine, "How are U.S.-India ties described, and what is happening to India-China ties?"
    )
    assert "heating" in answer.text
    assert answer.text.count("deteriorating") == 1


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Is Begin a Deputy Secretary of State or a Deputy Secretary of Defense?",
            "Deputy Secretary of State.",
        ),
        ("Is Esper the Secretary of Defense or the Secretary of State?", "Secretary of Defense."),
        ("Is Begin deputy secretary of state or defense?", "Deputy Secretary of State."),
        ("Is Singh India's defence minister or foreign minister?", "Defense Minister."),
    ],
)
def test_a_choice_of_two_titles_gets_the_one_the_article_gives(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_a_choice_of_titles_the_article_never_gives_is_not_made(engine: Engine) -> None:
    """The article calls him only "Secretary Pompeo"."""
    assert ask(engine, "Is Pompeo secretary of state or secretary of defence?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which of these was listed as an area of cooperation: logistics, space tourism, "
            "or agriculture?",
            "Logistics:",
        ),
        ("Which city hosted the meeting: Tokyo, New Delhi or Washington?", "New Delhi:"),
        ("Where were the quadripartite talks held: Tokyo, Delhi or Canberra?", "Tokyo:"),
    ],
)
def test_one_of_several_options_is_the_one_the_article_has(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "Who is the Indian foreign minister taking part in the 2+2 Dialogue?",
        "According to the article, which of the world's two largest democracies is the larger one?",
    ],
)
def test_one_person_or_a_comparison_the_article_never_gives_is_not_made_up(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("The threat posed by whom?", "China's Communist Party"),
        (
            "According to Pompeo, free nations could work together to thwart the threat from whom?",
            "China's Communist Party",
        ),
        (
            "Who could work together to thwart the threat posed by China's Communist Party?",
            "Free nations",
        ),
    ],
)
def test_who_did_it_is_not_who_said_it(engine: Engine, question: str, expected: str) -> None:
    assert ask(engine, question).text == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What adjective does the statement use to describe the global security challenges?",
            "“pressing”",
        ),
        (
            "What adjective describes the U.S.-India strategic partnership in the article?",
            "“elevated”",
        ),
        ("Why did the Pentagon statement explicitly condemn China?", "It didn't"),
        ("Did the DoD statement criticise China?", "No."),
        (
            "The 2+2 Dialogue brings together which kinds of ministers?",
            "foreign and defense ministers",
        ),
    ],
)
def test_how_the_article_words_things_is_asked_in_other_words(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "True or false: it was Esper who spoke about thwarting the threat of China's "
            "Communist Party.",
            "False.",
        ),
        ("Was it Indian officials who called the relationship one of the most significant?", "No."),
        ("Was it US officials who called the relationship one of the most significant?", "Yes."),
        ("Summarise the article in one sentence, please.", "Esper"),
        ("quad tokyo members", "Japan, India and Australia"),
        ("whr did pompeo hold his press conf before the trip", "State Department"),
        ("Please tell me the good name of the Indian Defence Minister.", "Rajnath Singh"),
        ("What did officials call the US and India, democracy-wise?", "largest democracies"),
    ],
)
def test_chat_and_quiz_phrasings_reach_the_fact(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_a_claim_about_who_made_a_visit_is_not_denied_for_lack_of_a_speaker(
    engine: Engine,
) -> None:
    """Esper visited New Delhi too: the article's "Begin recently visited" is no "no"."""
    assert ask(engine, "Was it Pompeo who visited New Delhi recently?").abstained


def test_which_country_names_the_country_of_the_city(engine: Engine) -> None:
    answer = ask(engine, "In which country was Esper visiting when the agreement was reached?")
    assert answer.text.startswith("India: In New Delhi")
    assert ";" not in answer.text  # the "when" inside the question asks nothing


def test_the_us_side_after_the_tokyo_talks_is_the_americans_there(engine: Engine) -> None:
    answer = ask(
        engine, "Which countries were part of the talks in Tokyo?", "who went from the US side?"
    )
    assert answer.text == "Esper and Secretary Pompeo"


@pytest.mark.parametrize(
    "question",
    [
        "Can you summarise the meeting?",
        "could you give me an overview of the talks",
        "Could you kindly brief me on the main outcomes of the Esper-Singh meeting?",
    ],
)
def test_a_polite_request_for_a_summary_gets_one(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert "Esper" in answer.text and "Singh" in answer.text


def test_what_came_out_of_the_meeting_is_what_was_agreed(engine: Engine) -> None:
    assert "Basic Exchange" in ask(engine, "What were the outcomes of the meeting?").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was the meeting about?", "Basic Exchange and Cooperation Agreement"),
        ("what were the tokyo talks about", "quadripartite talks in Tokyo"),
        ("so I read that esper went to india, what was that about exactly?", "Singh"),
    ],
)
def test_what_something_was_about_gets_its_summary(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert expected in answer.text
    assert not answer.text.startswith("the article doesn't say")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("then why does the article bring China up?", "threat posed by China"),
        ("What did Esper and Singh say about logistics?", "logistics"),
        ("what r they trying to adress by sharing more info", "global security challenges"),
        ("True or false: Esper and Singh were critical of the defense relationship.", "False."),
    ],
)
def test_phrasal_verbs_slang_and_opposites_reach_the_fact(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text


def test_why_after_a_fact_without_a_reason_takes_it_from_the_same_act(engine: Engine) -> None:
    answer = ask(
        engine,
        "What did Esper and Singh agree on during the visit?",
        "What about information sharing?",
        "Why?",
    )
    assert "pressing global security challenges" in answer.text


def test_why_after_a_visit_the_article_gives_no_reason_for_abstains(engine: Engine) -> None:
    assert ask(engine, "Who visited New Delhi recently?", "Why?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who else from the US government recently visited New Delhi?", "Begin"),
        ("What role does China play in the US-India partnership?", "threat posed by China"),
        ("Who described the relationship that way?", "U.S. government officials"),
        ("how are us-china relations described", "deteriorating"),
    ],
)
def test_words_around_the_question_do_not_hide_it(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who's the indian defence min", "Rajnath Singh"),
        ("who's the us sec def in this article", "Esper"),
        ("where did the deputy sec of state go", "New Delhi"),
        ("what did they commit to regarding secure comms", "secure communications"),
        ("whats begin's job title", "Deputy Secretary of State"),
    ],
)
def test_chat_abbreviations_of_titles_are_read_in_full(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who used the phrase 'pressing global security challenges'", "Defense Department"),
        (
            "the article says 'the two men praised the strength' of the relationship - "
            "which two men?",
            "Esper and Singh",
        ),
        ("The article says Pompeo spoke about China. Where?", "State Department"),
        (
            "honestly these acronyms do my head in, every week theres a new agreement with some "
            "four letter name and i never remember which is which, my colleague was going on "
            "about it at lunch too. so what was the full name of the agreement they agreed on "
            "this time",
            "Basic Exchange and Cooperation Agreement",
        ),
    ],
)
def test_quoting_the_article_or_rambling_first_still_gets_the_answer(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "what agreements did the us and india sign before this one",
        "What other defense agreements had the US and India signed before this one?",
        "Whats the name of the chinese defence minister",
    ],
)
def test_another_agreement_or_another_countrys_minister_is_not_made_up(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


def test_a_place_typed_in_lower_case_is_still_checked(engine: Engine) -> None:
    answer = ask(engine, "did esper and singh meet in mumbai")
    assert answer.text.startswith("No.") and "New Delhi" in answer.text
    assert ask(engine, "Was the meeting in 2020?").abstained  # a year is no place


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How are India-China relations deteriorating, slowly or sharply?", "Sharply."),
        ("What day did they meet, Monday or Tuesday?", "Monday."),
        ("Where did they meet, Delhi or Mumbai?", "New Delhi."),
        ("Is Rajnath Singh India's prime minister?", "No."),
    ],
)
def test_a_question_that_offers_two_answers_gets_the_articles(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_whether_something_is_still_so_is_beyond_the_article(engine: Engine) -> None:
    answer = ask(engine, "is esper still sec def")
    assert answer.abstained
    assert "Secretary of Defense" in answer.text  # what it said then


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who else from the US was at the Tokyo talks besides Esper?", "Secretary Pompeo"),
        ("who was the other us guy there with esper", "Secretary Pompeo"),
        ("Besides Esper, which American took part in the quadripartite talks?", "Secretary Pompeo"),
    ],
)
def test_who_else_names_only_the_others(engine: Engine, question: str, expected: str) -> None:
    assert ask(engine, question).text == expected


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (
            ("Whose threat did Pompeo say free nations could work together to thwart?",),
            "China's Communist Party",
        ),
        (("whose statement was it",), "Defense Department"),
        (
            ("What did Pompeo say?", "Whose threat did he say free nations should thwart?"),
            "China's Communist Party",
        ),
        (("whos begin",), "Deputy Secretary of State"),
    ],
)
def test_whose_asks_whose_it_is_not_who_spoke(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    assert expected in ask(engine, *questions).text


def test_the_issuer_asked_about_is_the_one_after_by(engine: Engine) -> None:
    answer = ask(
        engine,
        "Was the statement about the Esper-Singh meeting issued by the Indian government?",
    )
    assert answer.text.startswith("No.")


@pytest.mark.parametrize(
    "question",
    [
        "Which emerging technologies specificaly will they work on?",
        "Which Indian military service chief attended the meeting with Esper?",
    ],
)
def test_details_and_titles_the_article_lacks_are_not_made_up(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("State the date of the meeting between Esper and Singh.", "Oct. 26"),
        ("Identify the American official who met Rajnath Singh on Oct. 26.", "Esper"),
        ("Name the two defence chiefs who met in New Delhi.", "Rajnath Singh"),
        ("Name the agreement.", "Basic Exchange and Cooperation Agreement"),
        ("did they seem happy about the deal?", "Yes."),
        ("Did they welcome a reduction in information sharing?", "No."),
        ("whats the indian defense ministers first name", "Rajnath"),
    ],
)
def test_exam_imperatives_and_loose_wording_are_understood(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Of China, Japan, India and Australia, which was not a party to the Tokyo talks?",
            "China:",
        ),
        (
            "Which of these countries was not at the Tokyo talks: Japan, Australia, South Korea?",
            "South Korea:",
        ),
        ("Who participated in the Tokyo talks together with Esper?", "Secretary Pompeo"),
    ],
)
def test_the_odd_one_out_and_the_one_alongside(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "The statement says their work together ranges from what to what?",
        "the statement said 'from ... to ...' - what were the two things",
        "The DoD statement described a range of areas 'from' one thing 'to' another. "
        "What were the two ends of that range?",
    ],
)
def test_a_range_asked_for_is_given_end_to_end(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("From cooperation in developing emerging technologies")
    assert "defense trade" in answer.text


def test_an_order_the_question_gets_wrong_is_denied(engine: Engine) -> None:
    answer = ask(engine, "Did Pompeo give the press conference after returning from his trip?")
    assert answer.text.startswith("No.")


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (
            ("Which countries took part in the quadripartite talks?",),
            "the United States, Japan, India and Australia",
        ),
        (
            ("Where were the quadripartite talks held?", "Which countries were involved?"),
            "the United States",
        ),
        (
            ("Which countries were in the Tokyo talks besides the US and Japan?",),
            "India and Australia",
        ),
        (("Is countering China one of the goals of the U.S.-India partnership?",), "Yes."),
    ],
)
def test_which_countries_took_part_lists_all_of_them(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    assert expected in ask(engine, *questions).text


def test_a_title_qualifier_the_person_lacks_rules_them_out(engine: Engine) -> None:
    """Singh is India's Defense Minister, not its foreign minister."""
    assert ask(engine, "Who represented India's foreign ministry at the 2+2 Dialogue?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Which two countries' defense chiefs does the article cover?",
        "which two countries' defence chiefs met in Delhi?",
    ],
)
def test_which_countries_people_are_gives_their_countries(engine: Engine, question: str) -> None:
    assert ask(engine, question).text == "India and the United States"


def test_which_countries_did_officials_call_is_not_about_the_officials_own(engine: Engine) -> None:
    text = ask(
        engine, "Which countries did officials call the world's two largest democracies?"
    ).text
    assert "largest democracies" in text


def test_what_an_event_is_called_is_its_name_not_who_takes_part(engine: Engine) -> None:
    question = (
        "What is the dialogue between the US and Indian foreign and defense ministers called?"
    )
    answer = ask(engine, question)
    assert "2+2 Dialogue" in answer.text


def test_was_a_country_there_after_the_tokyo_talks_checks_their_list(engine: Engine) -> None:
    answer = ask(engine, "Which countries were in the Tokyo talks?", "Was China there?")
    assert answer.text.startswith("No. China is not among them")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("So the US and India have done four 2+2 dialogues now?", "No."),
        ("So India-China relations are improving then?", "No."),
        ("So logistics was on the agenda too?", "Yes."),
        ("US-India relations are cooling off, according to this piece?", "No."),
        ("My mate says Esper met Singh on Oct 27 - correct?", "No."),
        ("This was Esper's first ever 2+2 with India, yes?", "No."),
        ("Pompeo gave that press conference after he got back from South Asia, yeah?", "No."),
        (
            "I read the Esper-Singh meeting came after the 2+2. Is that what the article says?",
            "No.",
        ),
    ],
)
def test_a_claim_put_as_a_question_is_checked(engine: Engine, question: str, expected: str) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("indian def minister name?", "Rajnath Singh"),
        ("Give me a one-line summary of the article.", "Esper"),
        ("How is the pace of the US-India warming described - slow or rapid?", "Rapid."),
    ],
)
def test_more_chat_shorthand_is_understood(engine: Engine, question: str, expected: str) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When did the Tokyo talks happen, roughly?", "Earlier this month"),
        ("Is China one of the reasons for the US-India partnership, per the article?", "Yes."),
    ],
)
def test_a_plural_or_inflected_word_is_read_by_its_base_form(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "Do you think India should side with the U.S. against China?",
        "Should the US trust India?",
        "Is the partnership a good idea?",
    ],
)
def test_a_judgement_asked_for_is_declined_as_an_opinion(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained
    assert "no opinions" in answer.text


def test_what_someone_in_the_article_said_should_happen_is_still_answered(
    engine: Engine,
) -> None:
    question = "According to Pompeo, whose threat should free nations work together to thwart?"
    assert ask(engine, question).text == "China's Communist Party"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("cooperation among the what, exactly?", "services"),
        ("Pompeo talked about the threat posed by whose party?", "China's Communist Party"),
        (
            "I keep hearing 'BECA' on the news about India. What does the B-E-C-A stand for here?",
            "Basic Exchange and Cooperation Agreement",
        ),
    ],
)
def test_spelled_out_acronyms_whose_mid_sentence_and_a_question_after_a_remark(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "why does the article bring up china if the statement didn't mention it",
        "Explain why China is relevant to the U.S.-India partnership, even though the statement "
        "doesn't name it.",
    ],
)
def test_why_the_article_brings_in_china_is_the_partnerships_purpose(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text == "To jointly address the threat posed by China"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What phrase does the Defense Department use for the challenges that information "
            "sharing is meant to address?",
            "“pressing global security challenges”",
        ),
        (
            "What words did officials use to describe the relationship?",
            "one of the most significant",
        ),
        ("What does the term BECA refer to?", "Basic Exchange and Cooperation Agreement"),
    ],
)
def test_the_articles_own_words_are_given_when_asked_for(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_a_bare_follow_up_with_nothing_before_it_asks_for_a_whole_question(
    engine: Engine,
) -> None:
    answer = ask(engine, "Where?")
    assert answer.abstained
    assert answer.reason is AbstainReason.AMBIGUOUS
    assert "whole question" in answer.text
    assert ask(engine, "Who met Singh?", "Where?").text == "In New Delhi"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the Indian defence minister's name?", "Rajnath Singh"),
        ("What's Esper's name?", "Mark T. Esper"),
        ("I heard this was Esper's first ever 2+2 with India - true?", "No."),
        ("Kindly tell me on which date Esper met Rajnath Singh ji.", "Oct. 26"),
        ("Whereabouts in India was the meeting held?", "New Delhi"),
        ("In which city were the US-India defence talks held?", "New Delhi"),
    ],
)
def test_names_honorifics_and_places_within_a_country(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Was South Korea part of the quadripartite talks in Tokyo?",
            "No. South Korea is not among",
        ),
        ("Did the UK take part in the quadripartite talks?", "No. UK is not among"),
    ],
)
def test_a_country_the_article_never_names_is_not_on_its_full_list(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_a_person_the_article_never_names_is_still_not_guessed_about(engine: Engine) -> None:
    assert ask(engine, "Did Modi attend the meeting?").abstained


def test_a_choice_of_two_directions_for_something_other_than_relations(engine: Engine) -> None:
    question = "Did the defense chiefs commit to reducing or expanding information sharing?"
    assert ask(engine, question).text.startswith("Expanding.")


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (
            (
                "U.S. officials called the U.S.-India relationship one of the most significant "
                "of the 21st century, is that accurate?",
            ),
            "Yes.",
        ),
        (("Esper met Singh after the 2+2 was already over, right?",), "No."),
        (("Pompeo gave that press conference at the Pentagon, right?",), "No."),
        (("Where were the quadripartite talks held?", "pompeo there too?"), "Yes."),
        (
            (
                "Good afternoon. I wondered if you might kindly tell me the range of matters, "
                "running from one thing to another, that Mr. Esper and Mr. Singh agreed to keep "
                "working on together? Thank you so much.",
            ),
            "From cooperation",
        ),
    ],
)
def test_claims_with_tags_and_polite_ranges(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    assert ask(engine, *questions).text.startswith(expected)


def test_a_follow_up_after_someones_title_goes_back_to_what_they_did(engine: Engine) -> None:
    answer = ask(
        engine, "Who did Esper meet with in New Delhi?", "What's his position?", "And on which day?"
    )
    assert "Monday" in answer.text


def test_a_claim_with_one_word_swapped_is_denied(engine: Engine) -> None:
    question = "Officials called the U.S. and India the world's two oldest democracies, yes?"
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "largest democracies" in answer.text


def test_a_typo_in_a_claim_is_no_swapped_word(engine: Engine) -> None:
    assert ask(engine, "is esper the us secratary of defense?").text.startswith("Yes.")


def test_which_two_militaries_are_the_two_countries(engine: Engine) -> None:
    answer = ask(engine, "Which two militaries are deepening cooperation?")
    assert answer.text == "India and the United States"
    assert ask(engine, "which services exactly, army navy or air force?").abstained


def test_a_verb_before_the_noun_is_no_kind_of_it(engine: Engine) -> None:
    """ "commit to deepening cooperation": deepening is what they do, not a kind."""
    question = "What kinds of cooperation between the militaries did they commit to deepening?"
    assert ask(engine, question).text != "Deepening cooperation"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Pompeo talked about China's Communist Party?", "Yes."),
        ("So they were unhappy with the agrement?", "No."),
    ],
)
def test_a_claim_whose_verb_is_framing_and_an_opposite_feeling(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which Indian city did Esper visit?", "New Delhi"),
        ("Which South Asian city was Begin's recent visit to?", "New Delhi"),
    ],
)
def test_which_city_of_a_country_or_region_is_a_city_inside_it(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_a_city_of_another_country_is_not_answered_by_new_delhi(engine: Engine) -> None:
    assert ask(engine, "Which Chinese city did Pompeo visit?").abstained
    assert ask(engine, "Which South Asian countries besides India did Pompeo visit?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "What does the article call Pompeo?",
        "How does the article refer to Pompeo?",
        "What is Pompeo called?",
    ],
)
def test_what_the_article_calls_a_person_is_his_title(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Secretary") and answer.fact_ids == ("pompeo-identity",)


def test_a_post_is_a_title(engine: Engine) -> None:
    assert ask(engine, "What post does Rajnath Singh hold?").text == "India's Defense Minister"


def test_which_of_a_kind_the_article_never_names_is_not_answered(engine: Engine) -> None:
    answer = ask(engine, "Which emerging technologies will the two countries develop together?")
    assert answer.abstained and "doesn't say which emerging technologies" in answer.text
    assert "Four countries" in ask(engine, "Which four countries were at the Tokyo talks?").text


def test_an_aside_before_what_else_is_what_the_asker_already_has(engine: Engine) -> None:
    question = "Besides expressing appreciation, what else did the two defense secretaries welcome?"
    assert "information sharing" in ask(engine, question).text
    assert ask(engine, "Besides Esper, who else attended the Tokyo talks?").text == (
        "Secretary Pompeo"
    )


def test_the_trend_of_relations_with_china_is_the_deterioration(engine: Engine) -> None:
    question = "What trend does the article describe for relations between India and China?"
    assert "deteriorating" in ask(engine, question).text


def test_what_the_two_men_did_in_a_clause_asks_what_not_who(engine: Engine) -> None:
    answer = ask(engine, "Could you please explain what the two men praised?")
    assert answer.text == "The strength of the U.S.-India defense relationship"


def test_whats_without_an_apostrophe_reads_as_what_is(engine: Engine) -> None:
    answer = ask(engine, "whats one purpose of the elevated strategic partnership")
    assert answer.text == "To jointly address the threat posed by China"


def test_a_person_asked_about_stays_he_after_the_article_has_no_answer(engine: Engine) -> None:
    """ "he" is Begin, whom nothing was answered about, not Esper's meeting partner."""
    answer = ask(engine, "Why did Begin visit New Delhi?", "Whom he met there?")
    assert answer.abstained
    assert ask(engine, "What did India's foreign minister say?", "and what's his name?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Which U.S. officials, by name, called the relationship one of the most significant?",
        "Name the U.S. officials who described the relationship as one of the most significant",
    ],
)
def test_names_of_people_the_article_never_names_are_not_given(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained and "doesn't name them" in answer.text
    assert ask(engine, "Which officials described the relationship?").text == (
        "U.S. government officials"
    )


def test_he_in_a_title_claim_is_the_person_just_asked_about(engine: Engine) -> None:
    answer = ask(engine, "Who is Singh?", "Is he India's foreign minister?")
    assert answer.text.startswith("No.") and "Defense Minister" in answer.text


def test_he_beside_a_named_person_is_someone_else_from_the_conversation(engine: Engine) -> None:
    """ "Did he meet Singh?": he is Begin, asked about before, not Singh."""
    asked = (
        "Which U.S. Deputy Secretary of State recently visited New Delhi?",
        "Did he meet Singh?",
    )
    assert ask(engine, *asked).abstained
    assert ask(engine, "Who is Esper?", "Did he meet Singh?").text.startswith("Yes.")


def test_a_decision_at_an_event_that_records_none_is_not_the_event(engine: Engine) -> None:
    asked = ("Who went to the Tokyo talks from the U.S.?", "What did they decide there?")
    assert ask(engine, *asked).abstained


def test_which_countries_someone_visited_is_where_he_went(engine: Engine) -> None:
    assert ask(engine, "Which countries did Pompeo visit?").text == "In Tokyo, Japan"
    answer = ask(engine, "Which country did Esper travel to for the meeting with Singh?")
    assert answer.text.startswith("India")


def test_name_them_after_a_count_names_what_was_counted(engine: Engine) -> None:
    answer = ask(engine, "How many countries took part in the Tokyo talks?", "Name them.")
    assert "Japan, India and Australia" in answer.text


def test_before_or_after_alone_orders_the_event_just_asked_about(engine: Engine) -> None:
    asked = (
        "When did the quadripartite talks in Tokyo take place?",
        "Before or after the meeting?",
    )
    assert ask(engine, *asked).text.startswith("Before")


def test_which_members_of_a_group_the_article_never_lists_is_not_answered(
    engine: Engine,
) -> None:
    answer = ask(engine, "What did Pompeo say about China?", "Which free nations did he mean?")
    assert answer.abstained and "doesn't say which free nations" in answer.text


def test_taking_part_after_a_list_of_those_who_did_is_checked_against_it(engine: Engine) -> None:
    first = "Which countries were at the Tokyo talks?"
    assert ask(engine, first, "Did China take part?").text.startswith("No.")
    assert ask(engine, first, "Did Japan take part?").text.startswith("Yes.")
    assert ask(engine, first, "Is Pakistan one of them?").text.startswith("No.")


def test_a_yes_needs_the_fact_to_say_what_the_question_does(engine: Engine) -> None:
    """The fact has the officials' description, not anyone agreeing with it."""
    question = "Does India agree with the officials' description of the relationship?"
    assert ask(engine, question).abstained
    assert ask(engine, "Did Esper and Singh praise the relationship?").text.startswith("Yes.")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("was pompeos presser b4 or after his trip", "Before"),
        ("lol ok so who even is begin", "Deputy Secretary of State"),
        ("hey guys quick q where did the meeting happen", "New Delhi"),
        ("whats the point of that partnership tbh", "China"),
        ("whats the indian def min's first name", "Rajnath"),
        ("us and india have had like 5 2+2 dialogues rite", "No."),
    ],
)
def test_chat_shorthand_and_chatter_around_a_question(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_quotes_asked_of_someone_the_article_never_quotes_are_not_given(engine: Engine) -> None:
    assert ask(engine, "what exactly did singh say, any quotes from him?").abstained
    assert ask(engine, "Who is Rajnath?", "What did he say in his own words?").abstained
    assert "free nations" in ask(engine, "What did Pompeo say in his own words?").text


def test_agreed_to_deepen_is_not_a_word_swapped_for_committed(engine: Engine) -> None:
    question = "US and India defence chiefs agreed to deepen cooperation, right?"
    assert ask(engine, question).text.startswith("Yes.")


def test_the_two_largest_democracies_are_the_us_and_india(engine: Engine) -> None:
    question = "Did officials call the US and India the world's two largest democracies?"
    answer = ask(engine, question)
    assert answer.text.startswith("Yes.") and answer.quote is not None


def test_who_was_there_asks_who_took_part_not_who_someone_is(engine: Engine) -> None:
    answer = ask(engine, "tell me about the tokyo talks, who was there from the us")
    assert "Pompeo" in answer.text


def test_a_second_how_many_counts_what_the_first_counted(engine: Engine) -> None:
    answer = ask(engine, "how many 2+2s have there been and how many has esper attended")
    assert answer.text.startswith("Three; Two")


def test_what_kind_of_a_thing_the_article_gives_no_kind_of_is_refused(engine: Engine) -> None:
    answer = ask(engine, "What kind of intelligence will be shared?")
    assert answer.abstained and "what kind of intelligence" in answer.text
    typo = "what kind of comunications did they want to enhance"
    assert ask(engine, typo).text == "Secure communications"


def test_who_said_that_by_name_after_the_officials_description(engine: Engine) -> None:
    asked = (
        "How did U.S. officials describe the U.S.-India relationship before the 2+2 meeting?",
        "Between whom?",
        "Which official said that, by name?",
    )
    assert "doesn't name them" in ask(engine, *asked).text


@pytest.mark.parametrize(
    "question",
    [
        "Who says U.S.-India relations are heating up rapidly?",
        "Who says one purpose of the partnership is to address China?",
    ],
)
def test_who_says_what_no_source_is_given_for_is_the_article_itself(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("The article itself") and answer.quote is not None


def test_according_to_whom_is_who_said_so(engine: Engine) -> None:
    question = (
        "According to whom did the two sides agree on a Basic Exchange and Cooperation Agreement?"
    )
    assert "Defense Department" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "My draft says the statement named China — is that right?",
        "My draft says Esper met Singh on Tuesday, Oct. 27. Correct?",
    ],
)
def test_a_draft_checked_after_a_dash_or_an_abbreviation_is_a_claim(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("No.")


def test_the_adverb_the_article_uses_for_how_something_happens(engine: Engine) -> None:
    question = "What adverb does the article use for how U.S.-China relations are deteriorating?"
    assert ask(engine, question).text.startswith("“sharply”")


def test_was_that_before_or_after_orders_the_last_answer(engine: Engine) -> None:
    asked = ("Where did Pompeo hold his press conference?", "Was that before or after his trip?")
    assert ask(engine, *asked).text.startswith("Before")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what countries are mentioned in the article", "the United States, India, China"),
        ("name 2 citys in the article", "New Delhi and Tokyo"),
        ("which people are named in the article?", "Pompeo and Begin"),
    ],
)
def test_the_things_of_a_kind_the_article_names(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_what_the_article_is_mostly_about_is_its_summary(engine: Engine) -> None:
    answer = ask(engine, "what is the article mostly about")
    assert not answer.abstained and "Singh" in answer.text


def test_what_a_word_of_a_name_means_is_what_that_thing_is(engine: Engine) -> None:
    answer = ask(engine, "what does quadripartite mean here?")
    assert "Japan, India and Australia" in answer.text


def test_who_visited_asks_the_visitor_not_the_host(engine: Engine) -> None:
    assert ask(engine, "who visited new delhi besides esper?").text.startswith("Begin")


def test_how_many_after_a_count_counts_the_same_thing(engine: Engine) -> None:
    asked = ("how many 2+2 dialogues have there been?", "and how many did esper go to?")
    assert ask(engine, *asked).text.startswith("Two")
    assert ask(engine, "How many times has Esper visited India?").abstained


def test_going_somewhere_is_not_what_someone_did_there(engine: Engine) -> None:
    assert ask(engine, "who is begin?", "where did he go?", "what did he do there?").abstained
    assert "Basic Exchange" in ask(engine, "Where did Esper go?", "What did he do there?").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [("what month did this happen?", "Oct. 26"), ("where did this happen?", "New Delhi")],
)
def test_this_in_a_first_question_is_the_event_the_article_opens_with(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_whose_words_a_phrase_is(engine: Engine) -> None:
    phrase = "the phrase 'pressing global security challenges'?"
    assert ask(engine, f"Is the Defense Department the source of {phrase}").text.startswith("Yes.")
    answer = ask(engine, f"Is Pompeo the source of {phrase}")
    assert answer.text.startswith("No.") and "Defense Department" in answer.text
    assert ask(engine, "Does the article quote Esper directly?").text.startswith("No.")
    assert ask(engine, "Does the article quote Pompeo?").text.startswith("Yes.")


def test_options_after_a_dash_are_set_aside(engine: Engine) -> None:
    question = (
        "Who says U.S.-India relations are heating up — U.S. officials, Pompeo, or the article?"
    )
    assert ask(engine, question).text.startswith("The article itself")


def test_which_titled_person_is_the_one_the_title_names(engine: Engine) -> None:
    assert ask(engine, "Which defence minister represented India?").text.startswith("Rajnath")


def test_a_misspelt_kind_is_still_the_kind_asked(engine: Engine) -> None:
    answer = ask(engine, "Whcih countires were at the Tokoy talks?")
    assert "Japan, India and Australia" in answer.text


def test_which_two_americans_after_the_tokyo_talks_are_those_at_them(engine: Engine) -> None:
    question = "Where were the quadripartite talks held and which two Americans attended?"
    assert ask(engine, question).text == "In Tokyo, Japan; Esper and Secretary Pompeo"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was being expanded to tackle urgent worldwide security problems?", "information"),
        ("How often has the Pentagon head joined these two-plus-two sessions?", "second time"),
        ("What global problems are the two countries teaming up to tackle?", "security"),
    ],
)
def test_paraphrases_of_the_statement_words(engine: Engine, question: str, expected: str) -> None:
    assert expected in ask(engine, question).text


def test_a_joke_or_a_poem_is_declined_as_off_topic(engine: Engine) -> None:
    answer = ask(engine, "Tell me a joke about diplomats.")
    assert answer.abstained and answer.reason == AbstainReason.OFF_TOPIC


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Why did Esper meet Singh on Tuesday, Oct. 27?", "Monday"),
        ("Why have the U.S. and India held five 2+2 dialogues?", "three"),
        ("Why did China take part in the quadripartite talks in Tokyo?", "not among them"),
    ],
)
def test_a_why_on_a_wrong_premise_corrects_the_premise(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("That's not what the article says") and expected in answer.text


def test_a_why_on_a_true_premise_the_article_gives_no_reason_for_abstains(engine: Engine) -> None:
    assert ask(engine, "Why did Begin visit New Delhi?").abstained


def test_a_country_taking_part_does_not_put_a_person_in_its_capital(engine: Engine) -> None:
    assert ask(engine, "Did Singh visit Washington?").abstained
    assert ask(engine, "Did Pompeo travel to South Asia?").text.startswith("Yes.")


def test_the_subject_of_did_x_issue_the_statement_is_the_issuer_asked(engine: Engine) -> None:
    question = "Did the State Department issue the statement about the Esper-Singh meeting?"
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "Defense Department" in answer.text


def test_whether_india_issued_a_statement_of_its_own_is_not_answered(engine: Engine) -> None:
    assert ask(engine, "Did India issue its own statement?").abstained


def test_a_name_asked_for_a_title_the_article_gives_no_one_is_refused(engine: Engine) -> None:
    assert ask(engine, "india foreign minister name").abstained
    assert ask(engine, "indian defence minister name").text == "Rajnath Singh"


def test_which_us_officials_after_the_tokyo_talks_are_those_at_them(engine: Engine) -> None:
    asked = ("where were the four-way talks?", "who took part?", "which US officials?")
    assert ask(engine, *asked).text == "Esper and Secretary Pompeo"


def test_first_name_alone_after_a_person_is_his(engine: Engine) -> None:
    assert ask(engine, "singh's role?", "first name?").text.startswith("Rajnath")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Were the Tokyo talks among three countries?", "No."),
        ("Were the Tokyo talks among four countries?", "Yes."),
        ("Was the statement about the meeting issued by India's defence ministry?", "No."),
        ("Was the statement issued by the U.S. Defense Department?", "Yes."),
    ],
)
def test_counts_of_an_event_and_issuers_named_with_their_country(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Claim: the two sides agreed on a Basic Exchange and Cooperation Agreement. True?",
            "Yes.",
        ),
        ("total 2+2 dialogues US India", "Three"),
        ("Did the Pentagon's readout name China outright?", "No."),
    ],
)
def test_claim_labels_totals_and_outright(engine: Engine, question: str, expected: str) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Is the claim that the partnership aims to address the threat from China attributed "
            "to the DoD statement?",
            "No. The article says it itself",
        ),
        (
            "My draft attributes the phrase 'pressing global security challenges' to Pompeo. "
            "Is that right?",
            "No. The source the article gives: the U.S. Defense Department",
        ),
        (
            "Is the claim that free nations could thwart China's Communist Party made by Pompeo?",
            "Yes. The source the article gives: Secretary Pompeo",
        ),
    ],
)
def test_who_a_claim_is_attributed_to(engine: Engine, question: str, expected: str) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_the_difference_between_two_things_is_what_each_is(engine: Engine) -> None:
    answer = ask(engine, "whats the difference between the 2+2 and the quad talks")
    assert "foreign and defense ministers" in answer.text and "Australia" in answer.text


def test_facts_about_a_topic_are_its_summary(engine: Engine) -> None:
    assert "New Delhi" in ask(engine, "give me three facts about the meeting").text


def test_what_agreement_alone_is_the_one_agreement(engine: Engine) -> None:
    assert "Basic Exchange" in ask(engine, "what agreement?").text


def test_described_as_a_title_is_checked_against_the_title(engine: Engine) -> None:
    answer = ask(engine, "Is Rajnath Singh described as India's foreign minister?")
    assert answer.text.startswith("No.") and "Defense Minister" in answer.text


def test_a_why_on_a_premise_with_not_is_not_corrected(engine: Engine) -> None:
    assert ask(engine, "Why did the Defense Department statement avoid naming China?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What deliverable came out of the meeting?", "Basic Exchange"),
        ("What was the stated rationale for expanded information sharing?", "security challenges"),
        ("How does the piece characterise the trajectory of Sino-Indian ties?", "deteriorating"),
    ],
)
def test_an_analysts_words(engine: Engine, question: str, expected: str) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which threat did Pompeo name", "China's Communist Party"),
        ("Which countries went to the Tokyo talks?", "Japan, India and Australia"),
        ("whats the point of that partnership tbh", "China"),
    ],
)
def test_name_as_a_verb_going_countries_and_the_point_of(
    engine: Engine, question: str, expected: str
) -> None:
    """ "name" as a verb, countries that went somewhere, "the point of" as a phrase."""
    assert expected in ask(engine, question).text


def test_at_what_point_is_no_purpose(engine: Engine) -> None:
    assert ask(engine, "At what point did Esper meet Singh?").abstained


def test_a_second_count_after_of_keeps_its_own_words(engine: Engine) -> None:
    answer = ask(engine, "How many did Esper attend, and how many did Pompeo?")
    assert "did did" not in answer.text


def test_does_the_article_describe_x_as_y_asks_whether_x_is_y(engine: Engine) -> None:
    answer = ask(engine, "Does the article describe India-China relations as improving?")
    assert answer.text.startswith("No.") and "deteriorating" in answer.text


def test_which_official_talked_about_something_is_who_did(engine: Engine) -> None:
    question = "Which U.S. official is quoted talking about the threat from China?"
    assert ask(engine, question).text == "Secretary Pompeo"


def test_begin_right_after_did_is_the_deputy_secretary(engine: Engine) -> None:
    assert ask(engine, "what did begin talk about in delhi").abstained
    assert "Oct. 26" in ask(engine, "when did the talks begin?").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Claim: U.S.-India relations are heating up rapidly.", "Yes."),
        ("Claim: the U.S. and India have held five 2+2 dialogues.", "No."),
        ("Who took part in the Tokyo talks along with Esper?", "Secretary Pompeo"),
    ],
)
def test_a_labelled_claim_and_along_with(engine: Engine, question: str, expected: str) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    ["what info exactly are they sharing", "What exactly does it let the two militaries share?"],
)
def test_what_information_is_shared_the_article_never_says(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained and "doesn't say what information" in answer.text


def test_the_single_largest_democracy_is_not_said(engine: Engine) -> None:
    assert ask(engine, "Is India the world's largest democracy?").abstained
    assert ask(engine, "Which is the largest democracy in the world?").abstained
    question = "Are the US and India the world's two largest democracies?"
    assert ask(engine, question).text.startswith("Yes.")


def test_what_someone_said_at_an_occasion_he_never_had_is_not_answered(engine: Engine) -> None:
    question = "What did Esper say at the press conference after meeting Singh?"
    assert ask(engine, question).abstained
    assert "free nations" in ask(engine, "What did Pompeo say at the press conference?").text


def test_a_corrected_premise_shows_no_internal_note(engine: Engine) -> None:
    answer = ask(engine, "Why did Esper meet Singh on Tuesday?")
    assert not any(note.startswith("follow-up") for note in answer.notes)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What's the organisation that issued the statement on the meeting?",
            "Department of Defense",
        ),
        ("who were the four countries at the quad talks?", "Japan, India and Australia"),
        ("What is the wider information sharing supposed to help tackle?", "security challenges"),
    ],
)
def test_the_kind_asked_after_what_is_the_and_who_were_the_countries(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_keywords_a_fact_has_all_of_give_that_fact(engine: Engine) -> None:
    assert "visited New Delhi" in ask(engine, "Begin visit destination").text


def test_a_multilateral_format_is_talks(engine: Engine) -> None:
    question = "Which multilateral format did Esper and Pompeo join earlier in the month?"
    assert "Quadripartite talks" in ask(engine, question).text


def test_a_count_named_by_the_event_counts_that_event(engine: Engine) -> None:
    """ "talks" in "2+2 talks" is part of the event's name, so it counts the dialogues; a
    count of countries is no count of talks."""
    assert ask(engine, "how many 2+2 talks so far").text == "Three"
    assert ask(engine, "how many quad talks have there been?").abstained
    assert "Four" in ask(engine, "how many members does the quad have?").text


def test_politeness_with_you_is_not_a_question_about_the_bot(engine: Engine) -> None:
    assert "Oct. 26" in ask(engine, "What is the date of the meeting, if you please?").text
    assert ask(engine, "where did they meet, if you don't mind?").text == "In New Delhi"


def test_a_hypothetical_put_to_the_bot_is_a_judgement_it_does_not_make(engine: Engine) -> None:
    answer = ask(engine, "what would you do if you were Esper?")
    assert answer.abstained
    assert answer.reason is AbstainReason.OFF_TOPIC


@pytest.mark.parametrize(
    "question",
    [
        "Which city hosted the Quad talks?",
        "In which country were the quadrilateral talks organised?",
        "where were the quad talks hosted?",
    ],
)
def test_hosting_or_organising_an_event_asks_where_it_was_held(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text == "In Tokyo, Japan"


def test_a_second_part_that_leaves_out_the_kind_borrows_it(engine: Engine) -> None:
    answer = ask(
        engine, "Which city hosted the Quad talks and which hosted the Esper-Singh meeting?"
    )
    assert "Tokyo" in answer.text and "New Delhi" in answer.text
    both = ask(
        engine, "What agreement was reached, and what did the two chiefs welcome the expansion of?"
    )
    assert "information sharing" in both.text


def test_those_after_an_answer_naming_an_event_are_that_event(engine: Engine) -> None:
    asked = ("What was that meeting held ahead of?", "how many of those have there been?")
    assert ask(engine, *asked).text == "Three"
    assert "foreign and defense ministers" in ask(engine, *asked, "who takes part in those?").text


def test_a_paraphrasing_readers_words_for_the_statements(engine: Engine) -> None:
    """gratitude for appreciation; "what came out of" the talks is their outcome."""
    answer = ask(engine, "What did the two ministers voice their gratitude for during the trip?")
    assert "agreement" in answer.text
    assert ask(engine, "what came out of the tokyo talks?").abstained
    assert "Basic Exchange" in ask(engine, "what came out of the meeting?").text


def test_a_pledge_of_money_is_no_commitment_the_article_reports(engine: Engine) -> None:
    assert ask(engine, "How much did the U.S. pledge to India?").abstained


def test_a_government_body_and_a_readout_put_out_are_the_statements_source(
    engine: Engine,
) -> None:
    answer = ask(engine, "Which government body put out the readout describing the discussions?")
    assert "Department of Defense" in answer.text


def test_at_this_moment_frames_the_question_and_adds_nothing(engine: Engine) -> None:
    answer = ask(engine, "How are the relations between India and China at this moment?")
    assert "deteriorating" in answer.text


def test_a_power_is_a_country(engine: Engine) -> None:
    answer = ask(engine, "Which power is the strategic partnership meant to counter?")
    assert "China" in answer.text


def test_setting_aside_one_item_of_a_listed_answer_leaves_the_others(engine: Engine) -> None:
    answer = ask(
        engine, "Besides communications, which area of mutual engagement did they vow to bolster?"
    )
    assert (
        answer.text
        == "Cooperation among the services and strengthening mutual engagement on logistics"
    )
    other = ask(engine, "Besides expressing appreciation, what else did they welcome?")
    assert "information sharing" in other.text


def test_between_which_kind_needs_an_answer_of_that_kind(engine: Engine) -> None:
    answer = ask(engine, "The 2+2 dialogue brings together which ministers from the two countries?")
    assert answer.text == "The U.S. and Indian foreign and defense ministers"


def test_a_presser_is_a_press_conference(engine: Engine) -> None:
    assert (
        ask(engine, "Pompeo's presser was before a trip to which region?").text == "To South Asia"
    )
    assert "State Department" in ask(engine, "where did pompeo give his presser?").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When did they meet, Monday?", "Yes: On Monday, Oct. 26"),
        ("When did they meet, Tuesday?", "No: On Monday, Oct. 26"),
        ("Who did Esper meet, Singh?", "Yes: Rajnath Singh"),
        ("Where did Pompeo give his presser, the State Departmnet?", "Yes: At a press conference"),
    ],
)
def test_a_guess_after_the_question_is_confirmed_or_corrected(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "Who recently visited New Delhi, apart from Esper?",
        "where did they meet, exactly?",
        "What did officials call the US and India, democracy-wise?",
    ],
)
def test_what_follows_a_comma_without_being_a_guess_gets_no_verdict(
    engine: Engine, question: str
) -> None:
    text = ask(engine, question).text
    assert not text.startswith(("Yes:", "No:"))


def test_one_of_the_countries_in_a_listed_event_is_part_of_it(engine: Engine) -> None:
    answer = ask(engine, "Was South Korea one of the countries in the quadripartite talks?")
    assert answer.text.startswith("No. South Korea is not among them")
    assert ask(engine, "Was Japan one of the countries at the Tokyo talks?").text.startswith("Yes")


def test_a_number_of_these_counts_them(engine: Engine) -> None:
    answer = ask(engine, "the two countries have held 5 of these 2+2 dialogues, yes?")
    assert answer.text.startswith("No.") and "three" in answer.text


def test_secstate_is_the_secretary_of_state_and_where_a_name_comes_is_framing(
    engine: Engine,
) -> None:
    answer = ask(engine, "Who's the US deputy SecState mentioned at the end?")
    assert answer.text == "Begin, the U.S. Deputy Secretary of State"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which Indian city did both Esper and Begin visit?", "New Delhi"),
        ("Which country did both Esper and Begin visit?", "India: New Delhi"),
        ("where were both Esper and Pompeo?", "Tokyo, Japan"),
    ],
)
def test_the_place_two_people_were_both_in(engine: Engine, question: str, expected: str) -> None:
    assert ask(engine, question).text == expected


def test_whose_statement_used_a_phrase_asks_who_used_it(engine: Engine) -> None:
    answer = ask(engine, "Whose statement used the phrase pressing global security challenges?")
    assert "Defense Department" in answer.text


def test_which_2plus2_this_was_for_esper_is_an_ordinal(engine: Engine) -> None:
    assert "second" in ask(engine, "which 2+2 was this for Esper?").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "are esper and singh from the same country?",
            "No: Mark T. Esper is from the United States and Rajnath Singh from India.",
        ),
        (
            "are esper and singh from different countries?",
            "Yes: Mark T. Esper is from the United States",
        ),
        ("are Esper and Pompeo from the same country?", "Yes: both are from the United States."),
        ("r esper and singh from the same country", "No: Mark T. Esper"),
    ],
)
def test_whether_two_people_are_from_the_same_country(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_an_abbreviation_of_the_articles_word_is_no_other_word(engine: Engine) -> None:
    answer = ask(engine, "did both sides welcome the expansion of info sharing?")
    assert answer.text.startswith("Yes.")


def test_chat_shorthand_wot_and_r(engine: Engine) -> None:
    assert "secure communications" in ask(engine, "wot did they say about secure comms").text
    answer = ask(engine, "r relations between india and china getting worse per the article")
    assert answer.text.startswith("Yes.")


def test_names_asked_at_the_end_of_unnamed_officials_are_refused(engine: Engine) -> None:
    question = "Which US officials called it one of the most significant relationships? names pls"
    assert ask(engine, question).abstained


def test_top_brass_are_the_defense_chiefs(engine: Engine) -> None:
    answer = ask(engine, "Did the top brass from both countries meet in Washington?")
    assert answer.text.startswith("No.")


def test_which_countrys_asks_whose(engine: Engine) -> None:
    answer = ask(engine, "Which country's Communist Party did Pompeo refer to?")
    assert answer.text.startswith("China")


def test_a_middle_initial_is_given_and_a_middle_name_is_not(engine: Engine) -> None:
    assert ask(engine, "What's Esper's middle initial?").text == "T. (Mark T. Esper)"
    assert ask(engine, "what's Esper's middle name?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Why are US-India ties heating up?",
        "why is the US cosying up to India, according to the article?",
        "explain why the US and india are getting closer",
    ],
)
def test_why_relations_warm_is_not_stated_but_set_beside_china(
    engine: Engine, question: str
) -> None:
    """The article gives no cause; its sentence sets the warming beside the souring ties
    with China, and says so without claiming a reason."""
    answer = ask(engine, question)
    assert answer.text.startswith("None is given") and "China" in answer.text
    assert answer.quote is not None and "heating up rapidly" in answer.quote.text


@pytest.mark.parametrize(
    "questions",
    [
        ("Why are India-China relations deteriorating?",),
        ("what caused India-China relations to deteriorate?",),
        ("How are U.S.-India relations developing?", "And India-China relations?", "Why?"),
        (
            "How are U.S.-India relations developing?",
            "And U.S.-China relations?",
            "Why are they getting worse?",
        ),
    ],
)
def test_that_remark_is_no_reason_for_the_souring_ties(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    assert ask(engine, *questions).abstained


def test_someone_called_by_a_title_the_article_does_not_give_them_is_a_no(
    engine: Engine,
) -> None:
    answer = ask(engine, "Did Esper meet Indian Foreign Minister Rajnath Singh?")
    assert answer.text.startswith("No.") and "Defense Minister" in answer.text
    assert ask(engine, "Did Esper meet India's defence minister?").text.startswith("Yes.")


def test_a_why_on_a_miscalled_title_is_corrected(engine: Engine) -> None:
    answer = ask(engine, "Why did Esper meet Indian Foreign Minister Rajnath Singh?")
    assert answer.text.startswith("That's not what the article says") and "Defense" in answer.text


def test_things_asked_for_by_name_one_after_another_are_each_answered(engine: Engine) -> None:
    answer = ask(
        engine, "Give me the date and the city of the meeting, and the number of 2+2s so far."
    )
    assert "Oct. 26" in answer.text and "New Delhi" in answer.text and "Three" in answer.text
    assert ask(engine, "what is the city of the meeting?").text == "In New Delhi"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            (
                "Which city hosted the quadripartite talks: (A) New Delhi (B) Tokyo (C) "
                "Canberra (D) Washington?"
            ),
            "Tokyo:",
        ),
        (
            (
                "Which of the following best describes Rajnath Singh: (A) Indian Prime "
                "Minister (B) Indian Foreign Minister (C) Indian Defense Minister (D) "
                "Indian Army Chief?"
            ),
            "Indian Defense Minister:",
        ),
        (
            (
                "Which of the following was NOT mentioned as an area of cooperation: "
                "(A) emerging technologies (B) defense trade enhancements (C) space "
                "exploration (D) logistics?"
            ),
            "Space exploration:",
        ),
    ],
)
def test_a_quizs_lettered_options_are_weighed_like_listed_ones(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            (
                "Fill in the blank: U.S. officials called it one of the most "
                "significant relationships of the ___ century."
            ),
            "21st",
        ),
        (
            (
                "Fill in the blank: Pompeo spoke of how free nations could work "
                "together to thwart the threat posed by China's ___."
            ),
            "Communist Party",
        ),
        (
            "Fill in the blank: They committed to strengthening mutual engagement on ___.",
            "logistics",
        ),
        (
            (
                "Fill in the blank: From cooperation in developing emerging ___ to "
                "prioritizing defense trade enhancements."
            ),
            "technologies",
        ),
    ],
)
def test_a_blank_is_filled_with_the_words_of_the_articles_own_sentence(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert answer.text == expected
    assert answer.quote is not None and expected in answer.quote.text


def test_a_true_or_false_claim_is_weighed_whatever_its_words(engine: Engine) -> None:
    question = (
        "True or false: One purpose of the U.S.-India elevated strategic "
        "partnership is to jointly address the threat posed by China."
    )
    assert ask(engine, question).text.startswith("True.")


def test_a_deal_made_or_struck_is_the_agreement(engine: Engine) -> None:
    assert "Basic Exchange" in ask(engine, "wat agrement did they make").text
    assert "Basic Exchange" in ask(engine, "what deal did they strike?").text


def test_mny_is_many(engine: Engine) -> None:
    assert ask(engine, "how mny 2+2 dialogs have there been").text == "Three"


def test_the_adjective_a_sentence_puts_before_its_words(engine: Engine) -> None:
    answer = ask(
        engine, "What adjective does the DOD statement use for the global security challenges?"
    )
    assert answer.text.startswith("“pressing”")


def test_who_is_named_as_asks_who_is(engine: Engine) -> None:
    question = "Who is named as the U.S. Deputy Secretary of State who recently visited New Delhi?"
    assert ask(engine, question).text == "Begin, the U.S. Deputy Secretary of State"


def test_what_they_talked_about_is_what_they_discussed(engine: Engine) -> None:
    answer = ask(engine, "what did they talk about?")
    assert not answer.abstained and "Basic Exchange" in answer.text


def test_a_thing_set_aside_at_the_end_is_not_the_answer(engine: Engine) -> None:
    answer = ask(engine, "what else did they agree on besides the agreement?")
    assert "Basic Exchange" not in answer.text and not answer.abstained


def test_warmer_ties_are_warming_ties(engine: Engine) -> None:
    answer = ask(engine, "Why the relations between US and India are getting warmer so fast?")
    assert answer.text.startswith("None is given")


def test_rivals_are_not_read_as_a_threat(engine: Engine) -> None:
    assert ask(engine, "Are the US and India rivals?").abstained


def test_a_guessed_person_another_fact_may_have_gets_no_verdict(engine: Engine) -> None:
    answer = ask(engine, "Who visited New Delhi, Begin?")
    assert not answer.text.startswith(("No", "Yes"))
    assert ask(engine, "where did they meet, tokyo?").text == "In New Delhi"


def test_a_blank_at_the_start_or_end_is_filled_only_as_far_as_the_sentence_says(
    engine: Engine,
) -> None:
    assert ask(engine, "the two men praised the ___").text == "strength"
    assert "State Begin" not in ask(engine, "Fill in the blank: ___ visited New Delhi.").text


def test_lettered_options_inside_a_sentence_stay_inside_it(engine: Engine) -> None:
    answer = ask(engine, "Did Esper meet Singh (a) in Tokyo or (b) in New Delhi?")
    assert answer.text.startswith("New Delhi.")
    assert ask(engine, "Who met Singh? a) Esper b) Pompeo").text.startswith("Esper:")


def test_an_unnamed_title_the_article_gives_someone_else_is_not_a_no(engine: Engine) -> None:
    answer = ask(engine, "Did Esper meet India's foreign minister?")
    assert answer.abstained and "Defense Minister" in answer.text


def test_things_of_no_kind_asked_for_are_one_question(engine: Engine) -> None:
    answer = ask(engine, "What were the U.S. and the Indian delegations?")
    assert ";" not in answer.text


def test_a_blank_followed_by_nothing_but_spaces_is_read(engine: Engine) -> None:
    answer = ask(engine, "Fill in the blank: Esper met ___ \t")
    assert "internal error" not in answer.notes


def test_a_capital_named_for_its_country_is_asked_as_a_place(engine: Engine) -> None:
    answer = ask(engine, "Did Esper meet Singh in Washington or in New Delhi?")
    assert answer.text.startswith("New Delhi.")


@pytest.mark.parametrize(
    "question",
    ["who are the parties to the BECA?", "Basic Exchange and Cooperation Agreement parties"],
)
def test_the_parties_to_an_agreement_are_who_agreed_on_it(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("The U.S. and India")


def test_those_after_a_count_about_a_person_are_the_events_counted(engine: Engine) -> None:
    answer = ask(
        engine,
        "How many 2+2 dialogues have the US and India had?",
        "and which one is this for Esper?",
        "who takes part in those?",
    )
    assert answer.text == "The U.S. and Indian foreign and defense ministers"


def test_what_they_plan_to_do_is_what_the_article_says_they_will_do(engine: Engine) -> None:
    question = "What kind of technologies do they plan to cooperate in developing?"
    assert ask(engine, question).text == "Emerging technologies"
    assert ask(engine, "did they plan a visit to tokyo?").abstained


def test_wich_is_which(engine: Engine) -> None:
    answer = ask(engine, "Secretery Esper met wich indian oficial?")
    assert answer.text.startswith("Rajnath Singh")


def test_the_body_someone_works_for_is_the_one_their_title_puts_them_in(engine: Engine) -> None:
    answer = ask(
        engine,
        "Which US deputy secretary of state recently visited New Delhi?",
        "Which department does he work for?",
    )
    assert answer.text.startswith("State Department")
    assert ask(engine, "which ministry does Singh work for?").abstained


def test_getting_along_is_how_relations_are_going(engine: Engine) -> None:
    assert "heating up" in ask(engine, "how are the US and India getting along?").text
    assert ask(engine, "why are india and china not getting along?").abstained


def test_improving_something_is_enhancing_it(engine: Engine) -> None:
    answer = ask(engine, "What sort of communications capabilities did the pair want to improve?")
    assert answer.text == "Secure communications"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wat day of wk was mtg", "Monday"),
        ("2+2 is btwn which ministers", "foreign and defense ministers"),
        ("wht areas of mil coop did they list", "logistics"),
        ("esper's how manyth 2+2", "second time"),
    ],
)
def test_a_journalist_s_shorthand_is_read(engine: Engine, question: str, expected: str) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "According to the Pentagon, who met Singh?",
        "According to the statement, who met Singh?",
        "Who met Singh according to the Defense Department?",
    ],
)
def test_naming_the_statement_s_author_does_not_change_who_is_asked_about(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("Mark T. Esper")


def test_how_the_statement_characterises_something_is_what_it_says_of_it(engine: Engine) -> None:
    question = (
        "According to the statement, how did the two men characterise the defence relationship?"
    )
    assert "strength" in ask(engine, question).text


def test_a_range_of_cooperation_is_the_from_and_to_the_article_gives(engine: Engine) -> None:
    answer = ask(engine, "What range of cooperation did they agree?")
    assert "emerging technologies" in answer.text
    assert "trade" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "thanks! who met singh?",
        "sorry, typo. who met singh?",
        "oops cat walked on my keyboard. who met singh?",
        "ok back on topic, who met singh",
    ],
)
def test_greetings_thanks_and_apologies_before_a_question_are_set_aside(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("Mark T. Esper")


def test_an_apology_that_names_whom_a_question_refers_to_is_kept(engine: Engine) -> None:
    assert ask(engine, "Sorry, I meant Singh. Where did he meet Esper?").text == "In New Delhi"


def test_a_message_that_is_only_chatter_and_a_summary_request_gets_the_summary(
    engine: Engine,
) -> None:
    answer = ask(engine, "sorry cat on keyboard. what's the article about")
    assert not answer.abstained
    assert "Esper" in answer.text


@pytest.mark.parametrize(
    "question",
    ["Esper signed a trade deal, right?", "Did they agree a trade deal?"],
)
def test_a_kind_of_deal_the_article_never_calls_theirs_is_not_confirmed(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained
    assert ask(engine, "Did the two sides strike a deal?").text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("The 2+2 dialogue happened before Esper met Singh, didn't it?", "No"),
        ("Did the 2+2 dialogue take place after Esper met Singh?", "Yes"),
    ],
)
def test_an_order_asked_the_other_way_round_is_answered_the_other_way_round(
    engine: Engine, question: str, verdict: str
) -> None:
    assert ask(engine, question).text.startswith(verdict + ".")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Could you specify where they met?", "In New Delhi"),
        ("Would you please clarify which agreement they reached?", "Basic Exchange"),
    ],
)
def test_asking_the_bot_to_tell_is_asking_the_question(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_new_technologies_are_the_emerging_ones(engine: Engine) -> None:
    answer = ask(engine, "Was anything said about new technologies?")
    assert answer.text.startswith("Yes")
    assert "emerging technologies" in answer.text


def test_between_which_two_militaries_names_whose_they_are(engine: Engine) -> None:
    answer = ask(engine, "Between which two militaries is cooperation being deepened?")
    assert "U.S." in answer.text
    assert "India" in answer.text


def test_a_hedged_guess_after_a_question_leaves_the_answer_standing(engine: Engine) -> None:
    question = "What day of the week was the Delhi meeting, early in the week I think?"
    assert "Monday" in ask(engine, question).text


def test_a_wrong_ordinal_guessed_after_a_question_is_corrected(engine: Engine) -> None:
    answer = ask(engine, "How many 2+2s have there been?", "Which one was it for Esper, his first?")
    assert answer.text.startswith("No:")
    assert "second" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("The meeting was late October something, what was the date?", "Oct. 26"),
        (
            "The Secretary of State's press briefing before his trip, what did he say the talks"
            " were about countering?",
            "Communist Party",
        ),
    ],
)
def test_what_the_asker_has_in_mind_before_the_question_is_its_setting(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_a_lead_that_is_a_question_of_its_own_is_answered_too(engine: Engine) -> None:
    assert ask(engine, "quad talks where, and which US officials went?").text.startswith("In Tokyo")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which adversary is implicitly targeted by the partnership?", "China"),
        ("What sentiment did the two defense principals express about the agreement?", "ppreciat"),
        ("What rationale is given for augmenting intelligence exchange?", "pressing global"),
        ("How many iterations of the 2+2 dialogue have the two states convened?", "Three"),
        ("Whither was Pompeo bound when he gave his pre-departure press conference?", "South Asia"),
        ("Which senior State Department official recently paid a visit to India?", "Begin"),
        ("What was the sequencing of the Esper-Singh meeting relative to the 2+2?", "Before"),
        ("Who give the statement about meeting?", "Defense Department"),
    ],
)
def test_a_policy_student_s_and_a_learner_s_words_are_read(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_he_after_an_answer_naming_one_person_is_that_person(engine: Engine) -> None:
    answer = ask(engine, "Who met Singh?", "And who did he sit down with?")
    assert answer.text.startswith("Rajnath Singh")


def test_officials_of_a_country_the_article_never_quotes_are_not_found(engine: Engine) -> None:
    question = "Which Chinese officials responded to Pompeo's remarks on the Communist Party?"
    assert ask(engine, question).abstained


def test_the_tokyo_talk_is_the_talks_not_someone_talking(engine: Engine) -> None:
    assert ask(engine, "Is Australia in the Tokyo talk?").text.startswith("Yes")


def test_hot_or_cold_is_which_way_relations_are_going(engine: Engine) -> None:
    answer = ask(engine, "Relation between US and India is getting hot or cold?")
    assert answer.text.startswith("Hot")


def test_where_the_article_says_so_frames_the_question(engine: Engine) -> None:
    assert "China" in ask(engine, "Which country is the threat, article say?").text


def test_a_department_of_a_country_is_a_body_of_that_country(engine: Engine) -> None:
    question = "Which American department put out the statement about the meeting?"
    assert "Defense Department" in ask(engine, question).text
    assert ask(engine, "Which Indian department issued the statement?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "In what geopolitical context does the article place the warming of U.S.-India ties?",
        "What backdrop accompanies the rapid warming of US-India ties?",
    ],
)
def test_the_context_of_the_warming_is_the_time_the_article_sets_it_in(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question).text
    assert answer.startswith("At a time when")
    assert "deteriorating" in answer


@pytest.mark.parametrize(
    "question",
    ["Who is the man who met Esper?", "Who is the man that Esper met?"],
)
def test_who_is_the_man_who_did_something_asks_who_did_it(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Rajnath Singh")


def test_who_is_the_leader_of_a_country_is_not_a_relative_clause(engine: Engine) -> None:
    assert ask(engine, "Who is the leader of China?").abstained


def test_the_verb_a_speaker_used_is_the_one_before_what_he_spoke_of(engine: Engine) -> None:
    answer = ask(engine, "What verb did Pompeo employ regarding confronting that threat?")
    assert answer.text.startswith("“thwart”")


def test_what_they_wanted_is_asked_of_what_they_did(engine: Engine) -> None:
    answer = ask(engine, "What was the bit about communications they wanted to improve?")
    assert "secure communications" in answer.text


def test_a_wrong_count_is_corrected_with_the_count(engine: Engine) -> None:
    answer = ask(engine, "The Tokyo talks were just a three-country affair, right?")
    assert answer.text.startswith("No. Four countries")
    assert ask(engine, "Have there been five 2+2 dialogues?").text.count("three") == 1


@pytest.mark.parametrize(
    "question",
    [
        "I had it in my head the meeting happened in Mumbai — is that right?",
        "Pompeo gave that press conference over at the Pentagon, if I remember right?",
        "I heard it was Pompeo who met Singh one-on-one on Monday — have I got that right?",
    ],
)
def test_a_half_remembered_detail_is_checked(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("No.")


def test_who_met_someone_is_answered_for_the_one_named_in_a_cleft(engine: Engine) -> None:
    assert ask(engine, "Was it Pompeo who met Singh?").text.startswith("No. Esper met")
    assert ask(engine, "Was it Esper who met Singh?").text.startswith("Yes.")
    assert ask(engine, "Was it Pompeo who visited New Delhi?").abstained


def test_a_place_that_only_contains_a_known_name_is_not_that_place(engine: Engine) -> None:
    # Southeast Asia is not South Asia, which the article names: no, and where he went.
    answer = ask(engine, "Pompeo was heading off to Southeast Asia, wasn't he?")
    assert answer.text.startswith("No.") and "South Asia" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Might you enlighten me as to the identity of the Indian counterpart with whom"
            " Secretary Esper held consultations?",
            "Rajnath Singh",
        ),
        ("And the calendar date of the said meeting, if you would be so kind?", "Oct. 26"),
        (
            "Would you be good enough to enumerate the spheres of military collaboration the"
            " ministers undertook to deepen?",
            "logistics",
        ),
        ("yo who did esper link up w in india lol", "Rajnath Singh"),
        ("is this esper's first 2+2 or nah", "second time"),
    ],
)
def test_a_diplomat_s_and_a_teenager_s_questions_are_read(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "In which city, pray, did the consultations between the two defence principals"
            " take place?",
            "New Delhi",
        ),
        ("Which accord did the two defence principals arrive at during the visit?", "BECA"),
        ("To what end is the expanded information sharing directed?", "pressing"),
        ("Which organ of the American government furnished the communiqué?", "Defense"),
        ("Which four nations took part in the deliberations in the Japanese capital?", "Japan"),
        ("Which senior official had lately called upon New Delhi as well?", "Begin"),
        ("did they say smth abt logistics", "Yes"),
        (
            "Before the big meeting, how were Washington officials hyping this relationship?",
            "most significant",
        ),
    ],
)
def test_elaborate_and_chatty_wordings_are_read(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_an_opinion_asked_after_a_framing_lead_stays_an_opinion(engine: Engine) -> None:
    answer = ask(engine, "In your view, is China really a threat?")
    assert answer.text.startswith("I have no opinions")


def test_a_capital_in_talk_of_ties_stands_for_its_country(engine: Engine) -> None:
    question = "How's Beijing's relationship with New Delhi looking these days?"
    assert "deteriorating" in ask(engine, question).text
    assert "heating up" in ask(engine, "How are relations between Washington and New Delhi?").text


def test_what_is_up_with_two_countries_is_how_their_relations_go(engine: Engine) -> None:
    assert "deteriorating" in ask(engine, "n whats up w us & china rn").text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Is Begin from the Defense Department?", "No"),
        ("Deputy Secretary Begin — he's from the Defense Department, isn't he?", "No"),
        ("Does Esper work for the Pentagon?", "Yes"),
    ],
)
def test_the_body_someone_is_from_is_the_one_the_article_puts_them_in(
    engine: Engine, question: str, verdict: str
) -> None:
    assert ask(engine, question).text.startswith(verdict + ".")


def test_how_many_before_this_one_leaves_this_one_out(engine: Engine) -> None:
    question = "How many U.S.-India 2+2 meetings had Esper taken part in before this one?"
    assert ask(engine, question).text.startswith("One before this one")
    assert ask(engine, "How many 2+2s has Esper attended?").text.startswith("Two")


def test_it_after_something_the_article_never_names_is_not_guessed(engine: Engine) -> None:
    question = "Given that France joined the Tokyo talks as an observer, what role did it play?"
    assert "doesn't mention France" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "Were the Tokyo talks trilateral, just the US, Japan and India?",
        "Were the Tokyo talks just the US, Japan and India?",
        "Did only the US, Japan and India take part in the Tokyo talks?",
    ],
)
def test_a_list_closed_short_of_the_article_s_is_denied(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("No.")


def test_the_whole_list_closed_with_only_is_confirmed(engine: Engine) -> None:
    question = "Were the Tokyo talks just between the US, Japan, India and Australia?"
    assert ask(engine, question).text.startswith("Yes.")


def test_where_in_the_article_something_is_said_frames_the_question(engine: Engine) -> None:
    question = "Who recently visited New Delhi, according to the last line of the article?"
    assert ask(engine, question).text.startswith("Begin")


def test_what_they_agreed_regarding_something_is_what_they_agreed_on_it(engine: Engine) -> None:
    question = "What did they agree regarding information sharing?"
    assert "expanding information sharing" in ask(engine, question).text


def test_which_country_is_described_as_a_threat_is_which_is_the_threat(engine: Engine) -> None:
    question = "Which country is described as a threat the U.S.-India partnership aims to address?"
    assert "China" in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Pompeo describing the relationship: see test_unnamed_officials_words_are_no_no_for…
        ("Did Esper say free nations could work together to thwart the threat?", "No"),
        ("Did Pompeo say free nations could work together to thwart the threat?", "Yes"),
        ("Did U.S. officials call the U.S. and India the world's two oldest democracies?", "No"),
    ],
)
def test_words_the_article_quotes_are_checked_against_who_said_them(
    engine: Engine, question: str, verdict: str
) -> None:
    assert ask(engine, question).text.startswith(verdict + ".")


def test_a_mention_no_quote_answers_is_not_denied(engine: Engine) -> None:
    assert ask(engine, "Did Esper mention China?").abstained


def test_stable_relations_are_denied_by_a_trend(engine: Engine) -> None:
    answer = ask(engine, "Are U.S.-China relations described as stable?")
    assert answer.text.startswith("No.")
    assert "deteriorating" in answer.text


def test_a_member_the_question_leaves_out_is_one_the_article_lists(engine: Engine) -> None:
    question = "Were the Tokyo talks limited to the U.S., Japan and India, without Australia?"
    assert ask(engine, question).text.startswith("No.")


def test_when_one_thing_happened_relative_to_another_is_before_or_after(engine: Engine) -> None:
    question = (
        "When did the Tokyo quadripartite talks take place relative to the New Delhi meeting?"
    )
    assert ask(engine, question).text.startswith("Before")
    assert (
        "Earlier this month"
        in ask(engine, "When did the Tokyo talks take place relative to the article?").text
    )


@pytest.mark.parametrize(
    "question",
    [
        "According to the DOD statement, is China a threat?",
        "According to the DOD, what is one purpose of the partnership?",
        "According to the DOD, how does the partnership address China?",
        "Does China identify the US as a threat?",
        "Was the meeting between Esper and Singh trilateral?",
        "Was the Esper-Singh meeting multilateral?",
        "Does the US rely on India?",
        "Did Esper work with the State Department?",
        "Did Singh release a statement?",
        "Is China's system of government a democracy?",
        "Did the US give India new technology?",
        "Who convened the Tokyo talks?",
        "Who directed the talks?",
        "What does the cooperation comprise?",
        "What trip did Pompeo undertake?",
        "What verb did the officials use for the relationship?",
        "Who is the man Pompeo criticized?",
    ],
)
def test_a_reviewer_s_traps_are_not_answered_yes_or_wrongly(engine: Engine, question: str) -> None:
    """Each of these once got a wrong Yes or a wrong fact from a rule read too broadly."""
    answer = ask(engine, question)
    assert answer.abstained or answer.text.startswith("No.")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is Singh from the Defense Department?", "No."),
        ("Before the Tokyo talks, who did Esper meet?", "Rajnath Singh"),
        (
            "In which multilateral forum did the US principals take part earlier in the month?",
            "Tokyo",
        ),
    ],
)
def test_a_reviewer_s_traps_get_the_right_answer(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_how_many_before_this_one_is_not_answered_with_someone_s_count(engine: Engine) -> None:
    answer = ask(engine, "How many 2+2 meetings had taken place before this one?")
    assert not answer.text.startswith("One before this one")


@pytest.mark.parametrize(
    "question",
    [
        "Esper met Singh on Tuesday, where did they meet?",
        "China joined the Tokyo talks, who else was there?",
    ],
)
def test_a_wrong_claim_before_a_question_is_corrected_first(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("No.")


def test_a_claim_before_a_question_that_the_article_cannot_check_is_not_built_on(
    engine: Engine,
) -> None:
    assert ask(engine, "Pompeo met Singh in New Delhi, what did they agree on?").abstained


def test_a_known_word_beside_an_unknown_name_is_not_searched_as_part_of_it(
    real_factbase: FactBase,
) -> None:
    """ "Where did Vokeli meet Krithous…?": "meet" is a word of the facts and of no name."""
    from bot.engine.index import Index
    from bot.engine.question import _may_name

    index = Index(real_factbase)
    assert not _may_name("meet", index)
    assert not _may_name("the", index)
    assert _may_name("singh", index)
    assert _may_name("krithous", index)


def test_a_quote_named_before_the_question_only_says_where_to_look(engine: Engine) -> None:
    question = "In the quote, how are the U.S. and India described as democracies?"
    assert "largest democracies" in ask(engine, question).text


def test_lines_of_cooperation_are_its_areas(engine: Engine) -> None:
    question = "Which three military cooperation lines did the readout highlight?"
    assert "logistics" in ask(engine, question).text


def test_who_signed_for_a_country_is_not_said(engine: Engine) -> None:
    assert ask(engine, "What did they agree on?", "Who signed it for the United States?").abstained


def test_where_someone_was_travelling_to_is_the_destination(engine: Engine) -> None:
    question = "Where was Pompeo travelling to when he gave the press conference?"
    assert ask(engine, question).text == "To South Asia"
    assert (
        "State Department"
        in ask(engine, "Where was Pompeo when he gave the press conference?").text
    )


def test_in_plain_english_asks_how_to_answer_not_what(engine: Engine) -> None:
    assert "foreign and defense" in ask(engine, "what's the 2+2 thing, in plain english?").text


def test_his_after_a_yes_naming_someone_is_that_someone(engine: Engine) -> None:
    answer = ask(
        engine, "Did any other US official visit New Delhi recently?", "what's his position?"
    )
    assert answer.text == "U.S. Deputy Secretary of State"


def test_the_trip_to_where_after_pompeo_s_remarks_is_his_trip(engine: Engine) -> None:
    assert ask(engine, "What did Pompeo say?", "trip to where?").text == "To South Asia"


def test_fine_before_a_question_is_only_a_discourse_marker(engine: Engine) -> None:
    answer = ask(engine, "fine, who's the us defense secretary in the article")
    assert answer.text.startswith("Mark T. Esper")


@pytest.mark.parametrize(
    "question",
    [
        "Did Esper make a statement?",
        "How many 2+2 meetings before this one?",
        "Which 2+2 is this, the third?",
        "What does the article identify as the threat?",
        "Who signed the agreement for India?",
    ],
)
def test_a_second_reviewer_s_traps_are_not_answered(engine: Engine, question: str) -> None:
    """Each of these once got a wrong answer from a rule read too broadly."""
    assert ask(engine, question).abstained


def test_his_after_a_yes_about_a_named_person_is_that_person(engine: Engine) -> None:
    answer = ask(engine, "Did Pompeo take part in the Tokyo talks?", "What's his title?")
    assert "Pompeo" in answer.text


def test_going_to_is_not_a_trip_unless_someone_travels(engine: Engine) -> None:
    assert "South Asia" not in ask(engine, "Where is cooperation going to?").text


def test_in_someone_s_words_keeps_whose_words(engine: Engine) -> None:
    assert "Pompeo" in ask(engine, "In Pompeo's words, what is the threat?").text


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        ("Thanks, that's all.", "You're welcome!"),
        ("ok that's it, bye", "Goodbye!"),
        ("perfect, thanks!", "You're welcome!"),
    ],
)
def test_signing_off_is_chit_chat(engine: Engine, message: str, reply: str) -> None:
    answer = ask(engine, message)
    assert answer.abstained
    assert answer.text.startswith(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Was the meeting at the Pentagon?",
        "The meeting was at the Pentagon, if I'm not mistaken?",
        "Was the 2+2 held on Oct. 26?",
        "Was the 2+2 Dialogue on Monday?",
        "Is this the second 2+2 between the US and India?",
    ],
)
def test_a_third_reviewer_s_traps_are_not_confirmed(engine: Engine, question: str) -> None:
    """The meeting's date is not the 2+2's, the Pentagon's statement does not place the
    meeting, and Esper's second 2+2 is not the countries' second."""
    assert ask(engine, question).abstained


def test_who_was_across_the_table_is_who_met_him(engine: Engine) -> None:
    answer = ask(engine, "Who was across the table from Esper?")
    assert answer.text.startswith("Rajnath Singh")


def test_the_meeting_s_own_date_and_place_are_still_confirmed(engine: Engine) -> None:
    assert ask(engine, "Did Esper meet Singh on Oct. 26?").text.startswith("Yes.")
    assert ask(engine, "Was the meeting on Oct. 27?").text.startswith("No.")
    assert ask(engine, "Is this Esper's second 2+2?").text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "Did only Esper meet Singh?",
        "Was it just Esper who met Singh?",
        "Did only Esper and Pompeo participate in the Tokyo talks?",
        "Is Begin the only one who visited New Delhi recently?",
    ],
)
def test_only_is_not_confirmed_where_the_article_states_no_exclusivity(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("first", "then", "verdict"),
    [
        ("Who met Singh?", "Was he the Secretary of Defense?", "Yes"),
        ("Who met Singh?", "Is he the Defense Minister?", "No"),
        ("Who did Esper meet?", "Is he the Defense Minister?", "Yes"),
        ("Who did Esper meet?", "Is he the Secretary of Defense?", "No"),
    ],
)
def test_he_with_a_title_is_the_one_just_answered(
    engine: Engine, first: str, then: str, verdict: str
) -> None:
    assert ask(engine, first, then).text.startswith(verdict + ".")


def test_he_with_a_title_after_a_where_is_left_to_the_title(engine: Engine) -> None:
    answer = ask(engine, "who met singh?", "where?", "was he the secretary of defense?")
    assert answer.text.startswith("Yes. Mark T. Esper")


@pytest.mark.parametrize(
    "question",
    [
        "Does BECA stand for Bilateral Exchange and Cooperation Agreement?",
        "Did they agree on the Basic Security and Cooperation Agreement?",
    ],
)
def test_an_agreement_named_with_one_word_wrong_is_denied(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert "Basic Exchange and Cooperation Agreement" in answer.text


def test_the_agreement_named_right_or_with_a_typo_is_confirmed(engine: Engine) -> None:
    assert ask(engine, "Is BECA the Basic Exchange and Cooperation Agreement?").text.startswith(
        "Yes."
    )
    assert ask(engine, "Is BECA the Basic Exchnge and Cooperation Agreement?").text.startswith(
        "Yes."
    )


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did Esper participate in every 2+2?", "No."),
        ("Has Esper attended all the 2+2 dialogues?", "No."),
        ("Has Esper missed any 2+2?", "Yes."),
        ("Did Esper skip any of the 2+2 dialogues?", "Yes."),
    ],
)
def test_every_one_of_a_series_is_judged_by_his_count_against_the_series(
    engine: Engine, question: str, verdict: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(verdict)
    assert set(answer.fact_ids) == {"esper-second-2plus2", "three-dialogues"}


def test_every_one_is_not_confirmed_where_the_article_gives_no_count(engine: Engine) -> None:
    assert ask(engine, "Was Esper at every Quad meeting?").abstained
    assert ask(engine, "Did Pompeo miss any of the Quad talks?").abstained
    assert ask(engine, "Did Esper skip the Tokyo talks?").text.startswith("No.")


def test_what_came_out_of_the_meeting_is_the_agreement(engine: Engine) -> None:
    assert "Basic Exchange" in ask(engine, "what agreement came out of the meeting").text


@pytest.mark.parametrize(
    "first", ["What did Esper and Singh agree on?", "what agreement came out of the meeting"]
)
def test_what_else_after_the_agreement_is_another_thing_they_agreed(
    engine: Engine, first: str
) -> None:
    answer = ask(engine, first, "what else did they agree to?")
    assert not answer.abstained
    assert "BECA" not in answer.text and "work together" in answer.text


def test_what_else_after_a_who_is_still_about_those_people(engine: Engine) -> None:
    answer = ask(
        engine,
        "What agreement did the U.S. and India agree on during Esper's visit?",
        "Who expressed appreciation for it?",
        "What else did they welcome?",
    )
    assert "information sharing" in answer.text


@pytest.mark.parametrize(
    "question",
    ["what did he talk about while he was there?", "what did he talk about in New Delhi?"],
)
def test_what_a_visitor_talked_about_is_not_answered_by_his_title(
    engine: Engine, question: str
) -> None:
    assert ask(engine, "Who else from the US visited New Delhi recently?", question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Did they agree on the Logistics Exchange Memorandum of Agreement at this meeting?",
        "Did the two sides agree on a Comprehensive Security and Exchange Agreement?",
        "Did India sign the COMCASA agreement?",
    ],
)
def test_an_agreement_the_article_never_names_is_denied_with_the_one_it_does(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert "Basic Exchange and Cooperation Agreement; it names no other" in answer.text


@pytest.mark.parametrize(
    "question", ["Did they sign a nuclear deal?", "Did they sign a separate logistics pact?"]
)
def test_a_kind_of_deal_the_article_does_not_rule_out_is_left_open(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Which of the two ministers is Indian, Esper or Singh?", "Rajnath Singh"),
        ("which is from the US, Singh or Esper?", "Mark T. Esper"),
    ],
)
def test_which_of_two_people_is_from_a_country_is_read_from_who_they_are(
    engine: Engine, question: str, named: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(named + ".")
    assert len(answer.fact_ids) == 1 and answer.fact_ids[0].endswith("-identity")


def test_two_named_bodies_offered_at_the_end_of_a_question_are_weighed(engine: Engine) -> None:
    answer = ask(
        engine,
        "Which department put out the statement on the BECA, the State Department or the"
        " Defence Department?",
    )
    assert answer.text.startswith("U.S. Department of Defense.")
    assert ask(engine, "us china relations getting better or worse rn").text.startswith("Worse.")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What title does the article use for Pompeo?", "Secretary"),
        ("What part of the world was Pompeo heading to?", "South Asia"),
        ("The Esper-Singh meeting was a warm-up for what bigger event?", "2+2"),
        ("Is there any tech angle to the cooperation?", "emerging technologies"),
        ("What did the two men have good things to say about?", "relationship"),
        ("How would you describe the direction US-India ties are heading?", "heating up"),
        (
            "Which area was not listed among the cooperation areas: logistics, secure"
            " communications, or space?",
            "Space",
        ),
    ],
)
def test_everyday_paraphrases_reach_the_fact(engine: Engine, question: str, expected: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text


def test_an_angle_in_the_story_is_not_read_as_a_topic_of_the_talks(engine: Engine) -> None:
    answer = ask(engine, "So where does the China angle in the story come from?")
    assert answer.abstained or "Pompeo" in answer.text


def test_what_kind_keeps_every_describing_word_the_article_gives(engine: Engine) -> None:
    answer = ask(engine, "What kind of challenges is the information sharing meant to address?")
    assert answer.text == "Pressing global security challenges"
    assert ask(engine, "What kind of communications?").text == "Secure communications"


@pytest.mark.parametrize("then", ["why?", "to deal with what exactly?"])
def test_why_after_what_else_is_the_reason_of_the_fact_just_given(
    engine: Engine, then: str
) -> None:
    answer = ask(engine, "What did Esper and Singh agree on?", "What else did they agree on?", then)
    assert answer.text == "To address pressing global security challenges"


def test_a_deal_as_a_noun_is_still_an_agreement(engine: Engine) -> None:
    assert ask(engine, "Did they strike a deal with India?").text.startswith("Yes.")


def test_a_why_that_puts_events_in_the_wrong_order_is_corrected(engine: Engine) -> None:
    answer = ask(
        engine, "Why did Pompeo hold his press conference after returning from South Asia?"
    )
    assert answer.text.startswith("That's not what the article says:")
    assert "before his trip" in answer.text
    right = ask(engine, "Why did Esper meet Singh ahead of the 2+2?")
    assert not right.text.startswith("That's not")


@pytest.mark.parametrize(
    "question",
    [
        "Did the two Secretaries of State express appreciation?",
        "Was it a joint statement?",
        "Did Pompeo say meetings included discussions on trade?",
        "Did Singh visit the U.S.?",
        "Did Esper host Singh?",
        "Did they agree on two agreements?",
        "Is the U.S.-India relationship the most significant relationship of the 21st century?",
    ],
)
def test_a_claim_turning_on_a_detail_the_fact_lacks_is_not_confirmed(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did the defence ministers welcome wider information sharing?",
        "Did officials call it one of the most significant relationships of the 21st century?",
        "Did Singh host Esper?",
        "Did the statement mention logistics?",
        "Did the two men agree on BECA?",
    ],
)
def test_the_same_claims_worded_as_the_article_has_them_are_confirmed(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("Yes.")


def test_missing_one_of_a_series_is_judged_like_missing_any(engine: Engine) -> None:
    assert ask(engine, "Did Esper miss one of the 2+2 dialogues?").text.startswith("Yes.")


def test_officials_of_another_country_are_denied(engine: Engine) -> None:
    answer = ask(
        engine,
        "Who described the relationship as one of the most significant?",
        "Were they Indian officials?",
    )
    assert answer.text.startswith("No.") and "U.S. government officials" in answer.text
    assert ask(engine, "Did the Indian government issue the statement?").text.startswith("No.")


def test_one_of_them_is_not_confirmed_where_the_article_names_none_of_them(
    engine: Engine,
) -> None:
    answer = ask(
        engine,
        "Who described the relationship as one of the most significant?",
        "Was Esper one of them?",
    )
    assert answer.abstained
    countries = ask(
        engine, "Which countries took part in the Tokyo talks?", "Was India one of them?"
    )
    assert countries.text.startswith("Yes.")


def test_he_from_the_last_answer_must_be_in_the_fact_that_says_yes(engine: Engine) -> None:
    answer = ask(
        engine, "Who did Esper meet?", "What is his title?", "Did he attend the Tokyo talks?"
    )
    assert answer.abstained
    assert ask(engine, "Who met Singh?", "Did he attend the Tokyo talks?").text.startswith("Yes.")


@pytest.mark.parametrize(
    "question", ["Did the meeting take place in Tokyo?", "Was the defense meeting in Japan?"]
)
def test_the_meeting_is_the_one_the_article_calls_a_meeting(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "New Delhi" in answer.text
    assert ask(engine, "Was the Quad meeting in Tokyo?").text.startswith("Yes.")


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Where did Pompeo hold a press conference?", "Did Esper attend it?"),
        ("What did Pompeo say about China?", "Did the Defense Department mention it?"),
        ("What did the Defense Department statement say?", "Did it mention Pompeo?"),
    ],
)
def test_it_in_a_follow_up_is_the_last_answer_s_subject(
    engine: Engine, first: str, then: str
) -> None:
    assert ask(engine, first, then).abstained


def test_it_after_the_statement_still_reaches_the_statement_s_own_facts(engine: Engine) -> None:
    answer = ask(engine, "What did the Defense Department statement say?", "Did it mention China?")
    assert answer.text.startswith("No.")


def test_that_country_is_the_one_the_last_answer_named(engine: Engine) -> None:
    answer = ask(
        engine,
        "What did Pompeo talk about at the State Department press conference?",
        "Did the DOD statement name that country?",
    )
    assert answer.text.startswith("No.") and "China" in answer.text
    lost = ask(
        engine,
        "What did Pompeo talk about at the State Department press conference?",
        "Where was he going afterwards?",
        "Did the DOD statement name that country?",
    )
    assert lost.abstained  # South Asia is no country: which one is meant is not known


def test_where_he_was_going_afterwards_is_where_he_was_going(engine: Engine) -> None:
    answer = ask(
        engine, "What did Pompeo say at the press conference?", "Where was he going afterwards?"
    )
    assert answer.text == "To South Asia"


@pytest.mark.parametrize(
    "question", ["What did Singh say to the press?", "what did Esper tell journalists?"]
)
def test_what_someone_told_the_press_is_not_what_a_statement_reported(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained
    assert not ask(engine, "What did Pompeo tell reporters?").abstained


def test_a_claim_with_not_the_other_is_judged_by_its_first_part(engine: Engine) -> None:
    assert ask(engine, "Begin visited Tokyo, not New Delhi, right?").text.startswith("No.")
    assert ask(engine, "Begin visited New Delhi, not Tokyo, right?").text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "What did India's Ministry of Defence say about the talks?",
        "What did India's own defence ministry statement say?",
    ],
)
def test_india_s_own_defence_ministry_is_not_the_pentagon(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


def test_the_statement_from_india_s_ministry_is_denied(engine: Engine) -> None:
    answer = ask(engine, "The statement came from India's Ministry of Defence, didn't it?")
    assert answer.text.startswith("No.") and "U.S. Defense Department" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "So the 2+2 is the finance and trade ministers of both countries?",
        "Pompeo's trip was to East Asia, wasn't it?",
    ],
)
def test_a_word_swapped_for_the_article_s_is_denied_though_it_is_unknown(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("No.")


def test_a_person_the_article_never_names_is_not_denied_by_a_swapped_title(
    engine: Engine,
) -> None:
    assert ask(
        engine, "Did Esper meet Indian Prime Minister Narendra Modi during the visit?"
    ).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [("venue?", "New Delhi"), ("day of week?", "Monday"), ("date?", "Oct. 26")],
)
def test_a_bare_setting_word_first_is_about_the_article_s_opening_event(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text
    assert ask(engine, "where?").abstained  # a bare question word is still a follow-up


def test_two_questions_joined_by_a_dash_are_both_answered(engine: Engine) -> None:
    answer = ask(
        engine,
        "What does 'quadripartite' mean in this article - how many countries were involved?",
    )
    assert "Tokyo" in answer.text and "Four countries" in answer.text


def test_a_topic_then_a_dash_is_still_one_question(engine: Engine) -> None:
    assert ask(engine, "New Dehli meeting - who attended?").text.startswith("Mark T. Esper")


def test_it_after_a_background_naming_a_thing_is_that_thing(engine: Engine) -> None:
    answer = ask(engine, "The pact they agreed on, what was it called?")
    assert "Basic Exchange and Cooperation Agreement" in answer.text
    vague = ask(engine, "That data-sharing pact they agreed on, what was it called again?")
    assert vague.abstained or "Basic Exchange" in vague.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("which indian official was at the meeting?", "Rajnath Singh"),
        ("who was india's guy at the meeting?", "Rajnath Singh"),
        ("who from india", "Rajnath Singh"),
    ],
)
def test_someone_asked_for_by_country_is_only_the_one_from_there(
    engine: Engine, question: str, named: str
) -> None:
    assert ask(engine, question).text == named


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Who was Esper meeting?", "Rajnath Singh"),
        ("who's the guy esper met with", "Rajnath Singh"),
        ("who was with Esper in Tokyo?", "Pompeo"),
    ],
)
def test_who_was_someone_meeting_is_not_who_he_is(
    engine: Engine, question: str, named: str
) -> None:
    assert named in ask(engine, question).text


def test_which_countries_were_at_the_tokyo_talks_names_all_four(engine: Engine) -> None:
    answer = ask(engine, "Which countries are in the quadripartite talks?")
    assert "United States" in answer.text and "Australia" in answer.text
    others = ask(
        engine, "Which countries besides the United States were in the quadripartite talks?"
    )
    assert "United States" not in others.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Have there been more than three 2+2 dialogues?", "No."),
        ("Have the US and India held more than two 2+2 dialogues?", "Yes."),
        ("Have there been at least three 2+2 dialogues?", "Yes."),
        ("Were more than four countries at the Tokyo talks?", "No."),
    ],
)
def test_a_bound_on_a_count_is_weighed_against_the_count(
    engine: Engine, question: str, verdict: str
) -> None:
    assert ask(engine, question).text.startswith(verdict)


def test_ministers_of_another_portfolio_are_not_the_ones_who_met(engine: Engine) -> None:
    assert ask(engine, "Did the foreign ministers meet on Monday?").abstained
    assert ask(engine, "Did the defence ministers meet on Monday?").text.startswith("Yes.")


def test_that_nothing_happened_on_a_day_is_not_said(engine: Engine) -> None:
    assert ask(engine, "Did anything happen on October 27?").abstained
    assert ask(engine, "did the pentagon statmnt say anything abt china").text.startswith("No.")


def test_a_trip_to_a_region_is_no_visit_to_a_country_in_it(engine: Engine) -> None:
    assert ask(engine, "Did Pompeo visit India?").abstained
    assert ask(engine, "Did Esper visit India?").text.startswith("Yes.")


def test_this_visit_is_no_earlier_one(engine: Engine) -> None:
    assert ask(engine, "Has Esper been to India before?").abstained
    assert ask(engine, "Has Esper been to a 2+2 before?").text.startswith("Yes.")


def test_and_someone_else_after_a_count_of_his_own_is_that_one_s_count(engine: Engine) -> None:
    assert ask(engine, "How many 2+2s has Esper attended?", "And Pompeo?").abstained


def test_who_went_with_someone_leaves_him_out_of_he(engine: Engine) -> None:
    first = ask(engine, "Who went to Tokyo with Esper?")
    assert first.text == "Secretary Pompeo"
    assert ask(engine, "Who went to Tokyo with Esper?", "Did he also go to New Delhi?").abstained


def test_who_was_in_a_place_is_not_what_the_place_is(engine: Engine) -> None:
    answer = ask(engine, "who was in tokyo?")
    assert "capital" not in answer.text
    assert "Pompeo" in ask(engine, "who is pompeo in this").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what did they decide about passing intel back and forth?", "information sharing"),
        ("which areas of military teamwork got a mention?", "logistics"),
        ("what did pompeo want free countries to gang up against?", "Communist Party"),
        ("where was pompeo off to when he gave that presser?", "South Asia"),
        ("hw many 2+2 talks hv there been", "Three"),
    ],
)
def test_chat_paraphrases_reach_the_fact(engine: Engine, question: str, expected: str) -> None:
    assert expected in ask(engine, question).text


def test_a_polite_could_you_kindly_tell_me_is_a_request(engine: Engine) -> None:
    answer = ask(engine, "Could you kindly tell me who the two defence chiefs were?")
    assert not answer.text.startswith("Yes")
    assert "Esper" in answer.text and "Singh" in answer.text


def test_who_was_the_person_so_described_is_him_alone(engine: Engine) -> None:
    answer = ask(engine, "who was the American defence secretary that went to Tokyo?")
    assert answer.text == "Mark T. Esper"


def test_what_something_is_used_to_address_is_its_purpose(engine: Engine) -> None:
    answer = ask(engine, "What will expanded information sharing be used to address?")
    assert "pressing global security challenges" in answer.text


def test_and_whether_is_a_second_question(engine: Engine) -> None:
    answer = ask(
        engine, "Could you please tell me who issued the statement and whether it mentioned China?"
    )
    assert "Defense Department" in answer.text and "No." in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did the US host Singh?",
        "Was the meeting hosted by the United States?",
        "Was Singh the visitor?",
        "Did Singh travel to meet Esper?",
        "Did India's Ministry of Defence say the two sides agreed on BECA?",
        "Are US-India relations heating up more rapidly than ever?",
        "Did U.S. officials describe it as the 21st century's most significant relationship?",
    ],
)
def test_the_third_reviewer_s_wrong_yeses_are_not_confirmed(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question", ["Did India host Esper?", "Was Esper the visitor?", "Did Singh host Esper?"]
)
def test_the_host_and_the_visitor_the_article_implies_are_confirmed(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("Yes.")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did they agree on the Basic Intelligence Sharing Agreement?", "No."),
        ("Did they agree on a Basic Exchange and Defense Cooperation Agreement?", "No."),
        ("Did they agree on a Basic Exchange and Collaboration Agreement?", "Yes."),
        ("Has Esper participated in more then one 2+2?", "Yes."),
    ],
)
def test_names_and_bounds_typed_loosely(engine: Engine, question: str, verdict: str) -> None:
    assert ask(engine, question).text.startswith(verdict)


def test_who_the_described_man_was_meeting_is_the_other_man(engine: Engine) -> None:
    assert "Singh" in ask(engine, "Who was the US defense secretary meeting?").text
    assert ask(engine, "Who accompanied Esper in Tokyo?").text == "Secretary Pompeo"


@pytest.mark.parametrize(
    ("then", "verdict"),
    [
        ("Is that country Japan?", "No."),
        ("Is that country India?", "Yes."),
        ("Are relations between the US and that country deteriorating?", "No."),
    ],
)
def test_that_country_after_which_country_is_the_one_answered(
    engine: Engine, then: str, verdict: str
) -> None:
    assert ask(engine, "Which country is Singh from?", then).text.startswith(verdict)


def test_he_with_a_country_s_title_is_still_the_one_answered(engine: Engine) -> None:
    answer = ask(engine, "Who did Esper meet?", "Is he the U.S. Secretary of Defense?")
    assert answer.text.startswith("No.") and "India's Defense Minister" in answer.text


def test_the_meeting_in_the_country_of_its_city_is_confirmed(engine: Engine) -> None:
    assert ask(engine, "Was the meeting in India?").text.startswith("Yes.")
    body = ask(engine, "Was the meeting held at the Indian Ministry of Defence headquarters?")
    assert body.abstained


def test_each_side_is_no_claim_about_every_one_of_a_series(engine: Engine) -> None:
    answer = ask(engine, "Did each side welcome the expansion of information sharing?")
    assert answer.text.startswith("Yes.")


def test_before_this_one_is_no_count_of_one(engine: Engine) -> None:
    answer = ask(engine, "Has Esper been to a US-India 2+2 before this one?")
    assert answer.text.startswith("Yes.") and "second" in answer.text


def test_who_attended_for_a_country_is_someone_of_that_country(engine: Engine) -> None:
    assert ask(engine, "Who attended the Tokyo talks for Australia?").abstained
    assert "Esper" in ask(engine, "Who attended the Tokyo talks for the US?").text


def test_the_threat_posed_by_whom_is_never_those_who_would_thwart_it(engine: Engine) -> None:
    answer = ask(
        engine,
        "According to Pompeo, the meetings during his visit included discussions on thwarting"
        " the threat posed by whom?",
    )
    assert "Free nations" not in answer.text
    assert ask(engine, "the threat posed by whom?").text == "China's Communist Party"


def test_how_one_event_is_connected_to_another_is_their_order(engine: Engine) -> None:
    answer = ask(engine, "How was the Esper-Singh meeting connected to the 2+2 dialogue?")
    assert answer.text.startswith("Before")


@pytest.mark.parametrize(
    "question",
    ["Did they sign the BECA?", "was the agreement signed?", "did they sign anything?"],
)
def test_a_signing_is_not_confirmed_where_the_article_says_agreed_on(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("The article says they agreed on it")
    assert "Basic Exchange and Cooperation Agreement" in answer.text


def test_signing_up_to_is_agreeing(engine: Engine) -> None:
    answer = ask(
        engine, "Did the US and India sign up to a basic agreement on exchanges and co-operation?"
    )
    assert answer.text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "Esper, not Pompeo, met Singh, right?",
        "It was the Defense Department, not the State Department, that issued the statement,"
        " right?",
        "Did they agree to enhance secure communications capabilities?",
    ],
)
def test_plain_true_claims_a_reviewer_saw_abstained_are_confirmed(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("Yes.")


@pytest.mark.parametrize("question", ["What did Singh say?", "what did esper say"])
def test_what_someone_never_quoted_said_is_not_a_statement_s_report(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained and "doesn't quote" in answer.text
    assert not ask(engine, "What did Pompeo say?").abstained
    assert not ask(engine, "What did Esper and Singh say about the relationship?").abstained


def test_that_country_with_nothing_before_it_is_not_guessed(engine: Engine) -> None:
    assert ask(engine, "Is that country Japan?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "do india and china get along?",
        "is india getting along with china rn?",
        "are india and china friendly?",
        "are the US and China on good terms?",
    ],
)
def test_getting_along_is_good_relations_which_china_s_are_not(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("No.")


def test_why_not_after_a_no_is_a_reason_the_article_does_not_give(engine: Engine) -> None:
    answer = ask(engine, "did the statement mention china?", "why not?")
    assert answer.abstained and "why not" in answer.text


@pytest.mark.parametrize(
    "question", ["why is china a threat?", "why did pompeo talk about the threat?"]
)
def test_a_reason_that_holds_what_is_asked_about_is_not_its_cause(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained
    assert not ask(engine, "What threat is the US-India partnership meant to address?").abstained


def test_and_the_event_an_answer_was_dated_by_asks_about_that_event(engine: Engine) -> None:
    answer = ask(engine, "when did esper meet singh", "and the 2+2?")
    assert answer.fact_ids == ("dialogue-identity",)
    answer = ask(engine, "when did esper meet singh", "and the 2+2 itself, what date was that?")
    assert answer.abstained and "Oct. 26" not in answer.text.split("only")[0]


@pytest.mark.parametrize(
    "question",
    ["anything about logistics?", "any mention of logistics?", "wuts the agreement called"],
)
def test_chat_shorthand_for_whether_the_article_covers_something(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert answer.text.startswith("Yes.") or "Basic Exchange" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "does the article say anything about china?",
        "is china mentioned in the article?",
        "anything on china?",
    ],
)
def test_the_article_mentions_china_though_the_statement_does_not(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("Yes.")
    for about_the_statement in (
        "does the statement say anything about china?",
        "does the article say the pentagon mentioned china?",
    ):
        assert ask(engine, about_the_statement).text.startswith("No.")


@pytest.mark.parametrize(
    "questions",
    [
        ("why did esper go to tokyo?",),
        ("why were esper and pompeo in tokyo?",),
        ("were esper and pompeo in tokyo this month?", "what for?"),
    ],
)
def test_why_someone_went_somewhere_is_the_talks_they_took_part_in_there(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    assert ask(engine, *questions).text.startswith("To take part in quadripartite talks")


@pytest.mark.parametrize(
    "question",
    [
        "Why did Esper go to Tokyo later this month?",
        "why did pompeo go to sydney?",
        "why did begin visit new delhi?",
        "why were the quad talks held?",
    ],
)
def test_a_trip_the_article_does_not_have_gets_no_reason(engine: Engine, question: str) -> None:
    assert not ask(engine, question).text.startswith("To take part")


@pytest.mark.parametrize(
    "question",
    [
        "who are the two largest democracies?",
        "who are the largest democracies according to officials?",
    ],
)
def test_who_the_two_largest_democracies_are_is_answered_with_both(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("The U.S. and India")


@pytest.mark.parametrize(
    ("before", "source"),
    [
        ("what is the purpose of the partnership?", "The article itself"),
        ("are us-india relations heating up?", "The article itself"),
        ("who are the two largest democracies?", "U.S. government officials"),
        ("what did pompeo say?", "Secretary Pompeo"),
        ("what did they agree on?", "The U.S. Defense Department"),
    ],
)
def test_who_said_that_is_the_source_of_the_last_answer(
    engine: Engine, before: str, source: str
) -> None:
    for follow_up in ("who said that?", "who says so?"):
        assert ask(engine, before, follow_up).text.startswith(source)


@pytest.mark.parametrize(
    "question", ["when was BECA signed?", "where was BECA signed?", "who signed BECA?"]
)
def test_a_signing_asked_about_is_answered_as_the_agreement_the_article_reports(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("The article mentions no signing; they agreed on it.")
    assert not ask(engine, "when did they agree on BECA?").text.startswith("The article")


@pytest.mark.parametrize(
    "question",
    ["Why did Espr travel to Mumbai to meet Singh?", "why did esper go to mumbai to meet singh?"],
)
def test_a_trip_to_a_city_the_article_never_names_is_corrected(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("Not to Mumbai:")
    assert ask(engine, "Which weapons is India going to buy from the US?").abstained


def test_a_summary_about_someone_sets_up_follow_ups_about_them(engine: Engine) -> None:
    answer = ask(engine, "tell me about begin")
    assert answer.quote is not None and "Begin" in answer.quote.text
    assert ask(engine, "tell me about begin", "when did he visit?").text.startswith("Recently")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did the meeting happen before the 2+2?", "Yes."),
        ("was the meeting ahead of the 2+2?", "Yes."),
        ("did the meeting happen after the 2+2?", "No."),
    ],
)
def test_the_order_of_the_meeting_and_the_2plus2_is_judged_by_the_fact_that_orders_them(
    engine: Engine, question: str, verdict: str
) -> None:
    assert ask(engine, question).text.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("what nationality is singh?", "India"),
        ("Singh's nationality?", "India"),
        ("what is the nationality of Esper?", "The United States"),
    ],
)
def test_a_nationality_is_the_country_someone_is_from(
    engine: Engine, question: str, country: str
) -> None:
    assert ask(engine, question).text.startswith(country)


@pytest.mark.parametrize(
    "question",
    ["did esper and singh discuss defense trade?", "did esper and singh talk about logistics?"],
)
def test_what_two_sides_agreed_on_they_discussed(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes.")
    assert ask(engine, "did esper and singh discuss nuclear weapons?").abstained


@pytest.mark.parametrize("question", ["did china go?", "did china come?", "Did China travel?"])
def test_going_after_an_event_s_list_of_countries_is_taking_part_in_it(
    engine: Engine, question: str
) -> None:
    """ "Where were the Quad talks?" "Which countries?" "Did China go?": to those talks, whose
    four countries the article lists; China is not among them."""
    first = ("where were the quad talks?", "which countries?")
    answer = ask(engine, *first, question)
    assert answer.text.startswith("No.") and answer.fact_ids == ("quad-talks",)
    assert ask(engine, *first, "did australia go?").text.startswith("Yes.")
    assert ask(engine, "where were the quad talks?", "did begin go?").abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("tell me about the tokyo talks", "was esper there?", "was singh there?"),
        ("who went to tokyo?", "when?", "was Begin there?"),
        ("tell me about the tokyo talks", "was Begin there?", "was Singh there?"),
        ("who is singh?", "was he there?"),
        ("Was Begin there?",),
    ],
)
def test_being_there_is_judged_by_a_fact_that_has_them_there_not_who_they_are(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "Was Singh there?" after the Tokyo talks: his title places him nowhere; with
    nothing before it, "there" is nowhere."""
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("tell me about the tokyo talks", "was esper there?"),
        ("tell me about the tokyo talks", "was singh there?", "was pompeo there?"),
        ("who went to tokyo?", "was Begin there?", "was china there?"),
    ],
)
def test_who_was_there_is_answered_by_the_event_there_points_to(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """Those the Tokyo talks name were there, China was not; a question the article cannot
    answer in between does not lose where "there" is."""
    answer = ask(engine, *questions)
    assert answer.text.startswith(("Yes.", "No.")) and answer.fact_ids == ("quad-talks",)


@pytest.mark.parametrize(
    "questions",
    [
        ("Did Esper meet Singh?", "Did Pompeo?"),
        ("Did Esper meet Singh?", "Did Pompeo?", "Did Begin?"),
        ("Did Esper meet Singh?", "And Begin?"),
        ("did esper go to tokyo?", "did singh?"),
        ("was esper in tokyo?", "was singh too?"),
        ("who met singh?", "did pompeo?"),
    ],
)
def test_a_bare_did_x_asks_the_last_claim_of_x(engine: Engine, questions: tuple[str, ...]) -> None:
    """ "Did Esper meet Singh?" "Did Pompeo?" is "did Pompeo meet Singh?", which the article
    does not say, not whatever else it has Pompeo do."""
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("did esper go to tokyo?", "did pompeo?"),
        ("did pompeo go to tokyo?", "and esper?"),
        ("Did Esper meet Singh?", "Did Pompeo?", "Did Esper?"),
        ("Which countries were at the Tokyo talks?", "Was India there?", "Was Japan?"),
    ],
)
def test_the_last_claim_holds_of_whom_the_article_says_it(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    answer = ask(engine, *questions)
    assert answer.text.startswith("Yes.") and len(answer.fact_ids) == 1


@pytest.mark.parametrize(
    ("questions", "country"),
    [
        (("where is esper from?",), "The United States"),
        (("Where does Singh come from?",), "India"),
        (("where is begin from?",), "The United States"),
        (("who is esper?", "where's he from?"), "The United States"),
    ],
)
def test_where_someone_is_from_is_their_country_as_the_article_titles_them(
    engine: Engine, questions: tuple[str, ...], country: str
) -> None:
    answer = ask(engine, *questions)
    assert answer.text.startswith(f"{country}:") and answer.quote is not None
    assert "New Delhi" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "where is pompeo from?",
        "which country is pompeo from?",
        "where did begin travel from?",
        "where did esper fly from?",
        "where is the pentagon?",
        "where is the state department?",
    ],
)
def test_an_origin_or_a_body_s_location_the_article_does_not_give_is_not_an_event_s_place(
    engine: Engine, question: str
) -> None:
    """Pompeo's title names no country; a trip's start is never given; where a body is, is
    not where the meeting it spoke of was."""
    assert ask(engine, question).abstained
    assert "New Delhi" in ask(engine, "where did esper meet singh?").text
    assert ask(engine, "where is tokyo?").text == "Tokyo is in Japan."


@pytest.mark.parametrize(
    "questions",
    [
        ("tell me about the tokyo talks", "who hosted them?"),
        (
            "where were the quadripartite talks?",
            "which countries took part?",
            "who went from the US?",
            "who hosted them?",
        ),
    ],
)
def test_them_is_answered_only_by_a_fact_about_all_of_them(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """Singh hosted Esper in New Delhi, not the Tokyo talks nor Esper and Pompeo."""
    assert ask(engine, *questions).abstained
    answer = ask(engine, "who went from the US to tokyo?", "where did they go?")
    assert "Tokyo" in answer.text
    assert ask(engine, "who met?", "where did they meet?").text == "In New Delhi"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("have there been three 2+2 meetings?", "Yes."),
        ("have there been three 2+2s between the us and india?", "Yes."),
        ("were there three 2+2s?", "Yes."),
        ("were there two 2+2s?", "No."),
        ("have the two countries held four 2+2 talks?", "No."),
    ],
)
def test_a_count_of_the_events_is_the_total_not_someones_own(
    engine: Engine, question: str, lead: str
) -> None:
    """ "Three such dialogues" counts the 2+2s by any of their names; Esper's "second time"
    is his own count, which answers only when he is the one asked about."""
    answer = ask(engine, question)
    assert answer.text.startswith(lead) and answer.fact_ids == ("three-dialogues",)
    for own, own_lead in (
        ("has esper attended two 2+2 meetings?", "Yes."),
        ("did esper take part in three 2+2s?", "No."),
    ):
        mine = ask(engine, own)
        assert mine.text.startswith(own_lead) and mine.fact_ids == ("esper-second-2plus2",)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("were the tokyo talks bilateral?", "No. Four countries"),
        ("were the quad talks trilateral?", "No. Four countries"),
        ("were the tokyo talks two-way?", "No. Four countries"),
        ("was the Quad a three-nation affair?", "No. Four countries"),
        ("were the tokyo talks quadripartite?", "Yes."),
        ("were the tokyo talks four-way?", "Yes."),
        ("were the tokyo talks a four-country meeting?", "Yes."),
    ],
)
def test_a_number_of_parties_put_on_talks_is_checked_against_their_count(
    engine: Engine, question: str, lead: str
) -> None:
    """ "Bilateral", "three-way": a count of the parties, against the article's four."""
    answer = ask(engine, question)
    assert answer.text.startswith(lead) and "quadripartite" in answer.text
    # Where the article counts no parties, "bilateral" still only says whose talks they were.
    meeting = ask(engine, "was the meeting in new delhi bilateral?")
    assert meeting.text.startswith("Yes.") and meeting.fact_ids == ("meeting",)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is countering china the main purpose of the partnership?", None),
        ("is the main goal of the partnership to counter china?", None),
        ("is china the primary reason for the partnership?", None),
        ("is the partnership mainly about china?", None),
        ("is countering china the only purpose of the partnership?", "No."),
        ("is china the sole reason for the partnership?", "No."),
        ("is it the only significant relationship of the century?", "No."),
    ],
)
def test_one_of_several_is_not_the_main_or_the_only_one(
    engine: Engine, question: str, verdict: str | None
) -> None:
    """ "One of the purposes": not the only one (No), and which is the main one the article
    doesn't say."""
    answer = ask(engine, question)
    if verdict is None:
        assert answer.abstained and "which is the main one" in answer.text
    else:
        assert answer.text.startswith(verdict)
    for one_of in (
        "is countering china one of the purposes of the partnership?",
        "is countering china a goal of the partnership?",
    ):
        assert ask(engine, one_of).text.startswith("Yes.")
    # "Only" of someone else is no claim that the relationship is the only one.
    assert not ask(engine, "did only officials call the relationship significant?").text.startswith(
        "No."
    )


@pytest.mark.parametrize(
    "question",
    [
        "is BECA aimed at china?",
        "was BECA signed to counter china?",
        "did the US and India agree on BECA to counter China?",
        "were the tokyo talks aimed at china?",
    ],
)
def test_what_an_agreement_is_aimed_at_is_no_list_of_its_parties(
    engine: Engine, question: str
) -> None:
    """The article never says what BECA (or the Tokyo talks) is aimed at: that China is not
    among the parties, nor a place, answers nothing."""
    assert ask(engine, question).abstained
    # Who took part is a closed list: a country left out of it did not.
    for party in (
        "was china one of the countries at the tokyo talks?",
        "did china take part in the quad talks?",
        "did china sign BECA?",
    ):
        assert ask(engine, party).text.startswith("No. China is not among them")


@pytest.mark.parametrize(
    "question",
    [
        "did esper say relations are heating up?",
        "did the DoD say us-india relations were heating up?",
        "did singh say relations were heating up?",
        "is it true that esper said relations are heating up?",
    ],
)
def test_words_are_confirmed_only_from_the_one_who_said_them(engine: Engine, question: str) -> None:
    """ "Heating up rapidly" is the article's own voice: no one is reported saying it, and
    what Esper and Singh praised is something else."""
    assert ask(engine, question).abstained
    # What the statement reports, and what someone said or did in words, still holds.
    for reported in (
        "did the article say relations are heating up?",
        "did the dod say they agreed on beca?",
        "did esper say the relationship was strong?",
        "did pompeo say free nations could work together?",
    ):
        assert ask(engine, reported).text.startswith("Yes."), reported


@pytest.mark.parametrize(
    "question",
    [
        "did mark pompeo go to tokyo?",
        "was mark pompeo in tokyo?",
        "did rajnath esper meet singh?",
    ],
)
def test_a_person_named_with_someone_elses_first_name_is_not_confirmed(
    engine: Engine, question: str
) -> None:
    """Mark is Esper's first name and Rajnath Singh's: the article has no "Mark Pompeo"."""
    assert ask(engine, question).abstained
    # The right first name, and two surnames side by side, are answered as before.
    for named in ("did mark esper go to tokyo?", "was the esper singh meeting in new delhi?"):
        assert ask(engine, named).text.startswith("Yes."), named


@pytest.mark.parametrize(
    "question",
    [
        "did singh travel to new delhi to meet esper?",
        "did singh go to new delhi?",
        "did singh fly to delhi?",
        "did singh travel to india to meet esper?",
    ],
)
def test_the_host_is_not_said_to_have_travelled_to_his_own_country(
    engine: Engine, question: str
) -> None:
    """Esper visited New Delhi; Singh was there as the host, and the article has no trip of
    his."""
    assert ask(engine, question).abstained
    for trip in (
        "did esper travel to new delhi to meet singh?",
        "did begin visit new delhi?",
        "did pompeo travel to south asia?",
    ):
        assert ask(engine, trip).text.startswith("Yes."), trip


def test_and_something_after_anything_about_asks_the_same_of_it(engine: Engine) -> None:
    answer = ask(engine, "anything about logistics?", "and tech?")
    assert answer.text.startswith("Yes.") and "emerging technologies" in answer.text
    assert ask(engine, "anything about logistics?", "what about nuclear weapons?").abstained


def test_a_bare_was_x_after_a_list_asks_whether_x_was_there(engine: Engine) -> None:
    turns = ("tokyo talks", "when", "who", "what countries")
    assert ask(engine, *turns, "was china").text.startswith("No. China is not among them")
    answer = ask(engine, *turns, "was china", "was india")
    assert answer.text.startswith("Yes.") and answer.fact_ids == ("quad-talks",)


@pytest.mark.parametrize(
    ("before", "source"),
    [
        ("is the us-india relationship significant?", "U.S. government officials"),
        ("what did pompeo say?", "Secretary Pompeo"),
    ],
)
def test_says_who_and_according_to_whom_name_the_last_answer_s_source(
    engine: Engine, before: str, source: str
) -> None:
    for follow_up in ("says who?", "according to whom?"):
        assert ask(engine, before, follow_up).text == source
    # One official by name: the article names none for the description.
    described = "How did U.S. government officials describe the U.S.-India relationship?"
    assert ask(engine, described, "Which official said that?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "the statement is from who?",
        "Who issued the statement saying the two men praised the defense relationship?",
    ],
)
def test_who_issued_the_statement_is_the_defense_department(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("The U.S. Defense Department")


@pytest.mark.parametrize(
    "question", ["What party is Pompeo in?", "which party does esper belong to?"]
)
def test_a_political_party_is_not_china_s_communist_party(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained
    assert not ask(engine, "Which party did Pompeo single out as a threat?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Did the Ministry of Defence of India issue a statement?",
        "did india's defence ministry issue a statement?",
    ],
)
def test_india_s_own_ministry_is_not_the_pentagon_that_issued_the_statement(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained
    issued = "Was the statement about the meeting issued by India's defence ministry?"
    assert ask(engine, issued).text.startswith("No.")


def test_and_another_pair_after_a_relations_claim_asks_the_same_of_that_pair(
    engine: Engine,
) -> None:
    first = "is the us-china relationship good?"
    assert ask(engine, first, "and india-china?").text.startswith("No.")
    assert ask(engine, first, "and us-india?").text.startswith("Yes.")
    answer = ask(engine, "is india getting along with china rn?", "what about the us and china?")
    assert answer.text.startswith("No.")


@pytest.mark.parametrize(
    ("questions", "lead"),
    [
        (("Who took part in the Tokyo talks?", "Was Singh one of them?"), None),
        (("Who took part in the Tokyo talks?", "was esper one of them?"), "Yes."),
        (("Who took part in the Tokyo talks?", "was china one of them?"), "No."),
        (("who praised the relationship?", "was pompeo one of them?"), None),
    ],
)
def test_one_of_them_asks_about_those_the_last_answer_named(
    engine: Engine, questions: tuple[str, ...], lead: str | None
) -> None:
    answer = ask(engine, *questions)
    assert answer.abstained if lead is None else answer.text.startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("was china at the meeting?", None),
        ("was begin at the meeting?", None),
        ("was pompeo at the tokyo talks", "Yes."),
        ("was india at the tokyo talks?", "Yes."),
        ("was singh at the meeting?", "Yes."),
    ],
)
def test_being_at_a_meeting_takes_a_fact_that_has_them_take_part_in_it(
    engine: Engine, question: str, lead: str | None
) -> None:
    answer = ask(engine, question)
    assert answer.abstained if lead is None else answer.text.startswith(lead)


@pytest.mark.parametrize(
    ("question", "expected", "fact"),
    [
        ("how many sides agreed on beca?", "Two: the U.S. and India", "agreement"),
        ("how many sides reached the agreement?", "Two: the U.S. and India", "agreement"),
        ("how many men praised the relationship?", "Two: Esper and Singh", "praise"),
        ("how many ministers met on monday?", "Two: Esper and Singh", "meeting"),
        ("how many defense chiefs met?", "Two: Esper and Singh", "meeting"),
        ("how many countries are in the 2+2?", "Two: the U.S. and India", "three-dialogues"),
    ],
)
def test_the_doers_are_counted_by_the_name_the_article_gives_them(
    engine: Engine, question: str, expected: str, fact: str
) -> None:
    """ "The two sides", "the two men", "the two countries": the article counts them itself."""
    answer = ask(engine, question)
    assert answer.text == expected and answer.fact_ids == (fact,)
    # A count no name of the article gives, or of someone else than the doers, is not said.
    for unsaid in (
        "how many people attended the meeting?",
        "how many ministers attended the 2+2 dialogue?",
        "how many men met in tokyo?",
        "how many services?",
    ):
        assert ask(engine, unsaid).abstained, unsaid


@pytest.mark.parametrize(
    ("question", "lead", "facts"),
    [
        ("was BECA agreed before the 2+2?", "Yes.", ("agreement-reached", "meeting")),
        ("was BECA agreed after the 2+2?", "No.", ("agreement-reached", "meeting")),
        ("did the two men praise the relationship after the 2+2?", "No.", ("praise", "meeting")),
        ("did the tokyo talks happen after oct 26?", "No.", ("quad-talks",)),
        ("were the tokyo talks before oct 26?", "Yes.", ("quad-talks",)),
        ("did the quad talks take place in october?", "Yes.", ("quad-talks",)),
        ("were the quadripartite talks in october?", "Yes.", ("quad-talks",)),
        ("were the tokyo talks in september?", "No.", ("quad-talks",)),
    ],
)
def test_an_event_is_ordered_and_dated_by_the_event_whose_time_it_shares(
    engine: Engine, question: str, lead: str, facts: tuple[str, ...]
) -> None:
    """BECA was agreed during the visit, when Esper met Singh on Monday (Oct. 26), ahead of
    the 2+2; the Tokyo talks were "earlier this month", before that meeting, in the month of
    the article's date."""
    answer = ask(engine, question)
    assert answer.text.startswith(lead) and answer.fact_ids == facts
    # What no event of the article fixes stays unsaid: another day, a month before the
    # meeting's, the 2+2's own day, Begin's "recently".
    for unsaid in (
        "did the tokyo talks happen after oct 20?",
        "were the tokyo talks before october?",
        "did the 2+2 happen after oct 26?",
        "did begin visit delhi after oct 26?",
        "did the 2+2 happen in october?",
        "was BECA signed before the 2+2?",
    ):
        assert ask(engine, unsaid).abstained, unsaid


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("has pompeo been to japan recently?", "quad-talks"),
        ("did pompeo recently visit tokyo?", "quad-talks"),
        ("has esper been to tokyo lately?", "quad-talks"),
        ("has esper met singh recently?", "meeting"),
        ("did begin recently visit delhi?", "begin-visit"),
    ],
)
def test_recently_is_judged_by_the_time_the_article_gives(
    engine: Engine, question: str, fact: str
) -> None:
    """ "Earlier this month", the article's own date, or its own "recently": recent as of the
    article."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes.") and answer.fact_ids == (fact,)
    # A trip the article gives no time for is not said to be recent, nor one it does not have.
    for unsaid in (
        "has pompeo been to south asia recently?",
        "has pompeo been to india recently?",
        "did officials recently describe the relationship as significant?",
    ):
        assert ask(engine, unsaid).abstained, unsaid


@pytest.mark.parametrize(
    "questions",
    [
        ("what is the relationship between the us and india like?", "and with china?"),
        ("how are us-india relations?", "and with china?"),
        ("how are relations between india and the us going?", "what about with china?"),
    ],
)
def test_and_with_another_puts_it_in_place_of_the_second_side(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "And with China?" after U.S.-India relations asks about the first side's relations
    with China: those are deteriorating sharply, not heating up."""
    answer = ask(engine, *questions)
    assert "deteriorating sharply" in answer.text
    assert answer.fact_ids == ("china-relations-deteriorating",)
    # A side the article gives no relations with is not answered by the others'.
    assert ask(engine, questions[0], "and with japan?").abstained


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("Draft says the two countries have had three 2+2 dialogues. Correct?", "Yes."),
        ("Quick check: the talks in Tokyo were quadripartite?", "Yes."),
        ("We wrote that Esper met Singh in New Delhi ahead of the 2+2. Fine?", "Yes."),
        ("Our story says the 2+2 is between foreign and defense ministers. OK?", "Yes."),
        ("Draft says this was Esper's first 2+2. Correct?", "No."),
        ("We wrote that Begin is Deputy Secretary of Defense. OK?", "No."),
        ("Our copy says the statement came from the State Department. Accurate?", "No."),
    ],
)
def test_a_newsroom_s_fact_check_is_answered_as_the_claim_it_checks(
    engine: Engine, message: str, verdict: str
) -> None:
    assert ask(engine, message).text.startswith(verdict)
    assert ask(engine, "Quick question: who met Singh?").text.startswith("Mark T. Esper")


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("did esper and singh agree on BECA in mumbai on monday?", "agreement-reached"),
        ("did esper meet singh in mumbai on oct 26?", "meeting"),
        ("are us-china relations deteriorating slowly?", "china-relations-deteriorating"),
        ("are india-china relations worsening gradually?", "china-relations-deteriorating"),
        ("are us-india relations heating up slowly?", "relations-heating"),
        ("are ties between the us and india slowly improving?", "relations-heating"),
        ("is the 2+2 between defense ministers only?", "dialogue-identity"),
        ("is the 2+2 just for foreign ministers?", "dialogue-identity"),
    ],
)
def test_a_claim_with_one_wrong_detail_is_a_no(engine: Engine, question: str, fact: str) -> None:
    """Another place than New Delhi beside the right day, a slow pace for a sharp or rapid
    trend, one of "foreign and defense ministers" with "only": no, with the sentence."""
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and answer.fact_ids == (fact,)
    # The right details still hold; a pace is weighed only on the trend it is said of.
    for held, fact in (
        ("did esper and singh meet in new delhi on monday?", "meeting"),
        ("are us-china relations deteriorating rapidly?", "china-relations-deteriorating"),
        ("are us-india relations heating up quickly?", "relations-heating"),
        ("is the 2+2 between defense ministers?", "dialogue-identity"),
    ):
        answer = ask(engine, held)
        assert answer.text.startswith("Yes.") and answer.fact_ids == (fact,), held
    # "Only" on what no answer of the fact joins says nothing.
    assert ask(engine, "did esper only meet defense ministers?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("nd where was the quad mtg", "In Tokyo, Japan"),
        ("esper nd singh met where?", "In New Delhi"),
        ("indian defmin?", "Rajnath Singh, India's Defense Minister"),
        ("who is the indian defmin", "Rajnath Singh, India's Defense Minister"),
        ("us defsec?", "Mark T. Esper, the U.S. Secretary of Defense"),
    ],
)
def test_chat_shorthand_for_and_and_titles(engine: Engine, question: str, expected: str) -> None:
    """ "nd" is "and"; "defmin" and "defsec" are the titles, written as one word."""
    assert ask(engine, question).text == expected
    # A title with a country its holder is not of names someone the article does not.
    for unsaid in ("us defmin?", "indian secretary of defense?"):
        assert ask(engine, unsaid).abstained, unsaid
    # Spelt out, the American "defense minister" is read as the U.S. office that is one, as
    # readers who wrote "the minister of defence of America" meant (the ninety-fourth set).
    assert "Esper" in ask(engine, "american defense minister?").text


@pytest.mark.parametrize(
    "question",
    [
        "Did Jaishankar attend the Tokyo meeting?",
        "Was Jaishankar at the quadripartite talks?",
        "Did Motegi take part in the Tokyo talks?",
    ],
)
def test_a_name_that_may_be_a_person_is_not_left_out_of_a_list_of_countries(
    engine: Engine, question: str
) -> None:
    """The Tokyo talks list countries; India took part, and the article does not say who
    represented it, so an unknown name that is no country's is not "not among them"."""
    assert ask(engine, question).abstained
    # A country the list leaves out still is not among them.
    for outside in ("Was South Korea part of the Tokyo talks?", "Did Russia take part in it?"):
        answer = ask(engine, "where were the quadripartite talks?", outside)
        assert answer.text.startswith("No.") and "is not among them" in answer.text, outside


@pytest.mark.parametrize(
    ("questions", "fact"),
    [
        (("did they mention china?", "who did?"), "pompeo-remarks"),
        (
            (
                "who met in new delhi on oct 26",
                "what did the dod say about it",
                "did they mention china",
                "who did",
            ),
            "pompeo-remarks",
        ),
        (("did singh go to tokyo?", "so who did?"), "quad-talks"),
        (("was singh at the tokyo talks?", "who was?"), "quad-talks"),
        (("is it true that esper met singh?", "who did?"), "meeting"),
    ],
)
def test_who_did_after_a_claim_asks_who_did_what_it_claims(
    engine: Engine, questions: tuple[str, ...], fact: str
) -> None:
    """ "Did they mention China?" (no, the statement doesn't) "Who did?": who did mention it
    (Pompeo), not the claim's own subject again."""
    assert ask(engine, *questions).fact_ids == (fact,)
    # The claim's subject itself, when it did: the two sides agreed on BECA.
    agreed = ask(engine, "did the us and india agree on beca?", "who did?")
    assert agreed.text.startswith("The U.S. and India") and agreed.fact_ids == ("agreement",)


@pytest.mark.parametrize(
    "questions",
    [
        (
            "tell me what the article says about information sharing",
            "who welcomed it?",
            "to address what?",
        ),
        ("who welcomed the expansion of information sharing?", "to address what?"),
        ("what did esper and singh welcome?", "and to address what?"),
    ],
)
def test_a_purpose_echoed_is_that_of_the_last_answer_s_act(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "Who welcomed it?" (the expansion of information sharing) "To address what?": the
    purpose the article gives that expansion, not the partnership's (the threat from China)."""
    answer = ask(engine, *questions)
    assert "pressing global security challenges" in answer.text
    assert answer.fact_ids == ("commitment",)
    # The partnership's own purpose is still its own.
    purpose = ask(engine, "what is one purpose of the partnership?", "to address what?")
    assert purpose.fact_ids == ("partnership-purpose",)


@pytest.mark.parametrize(
    "questions",
    [
        ("whats the 2+2", "who takes part"),
        ("what is the 2+2 dialogue?", "who participates?"),
        ("what is the 2+2", "who attends it?"),
    ],
)
def test_who_takes_part_after_what_an_event_is_asks_about_the_event(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "What's the 2+2?" "Who takes part?": the ministers the definition says it is
    between, not Esper, whose second 2+2 it is."""
    answer = ask(engine, *questions)
    assert answer.text == "The U.S. and Indian foreign and defense ministers"
    # After a person's title, what he did is still not his title.
    day = ask(engine, "who did esper meet?", "what's his position?", "and on which day?")
    assert day.text.startswith("On Monday, Oct. 26")


@pytest.mark.parametrize(
    "questions",
    [
        ("what's the quad", "where did it meet", "who from india"),
        ("who went to the tokyo talks", "who from india?"),
        ("tell me about the tokyo talks", "which indians went?"),
    ],
)
def test_people_of_a_country_at_the_last_event_are_of_that_event_only(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "Who from India?" after the Tokyo talks: the article names no Indian there (Singh
    was at the New Delhi meeting), so it does not say."""
    assert ask(engine, *questions).abstained
    # Those it names there, and an Indian at the meeting, are still answered.
    americans = ask(engine, "what's the quad", "who from the us?")
    assert americans.text == "Esper and Secretary Pompeo"
    indian = ask(engine, "who met singh", "who from india?")
    assert indian.text.startswith("Rajnath Singh")


@pytest.mark.parametrize(
    "questions",
    [
        (
            "who visited new delhi recently?",
            "what is his title?",
            "did he meet singh?",
            "when was his visit?",
        ),
        ("who visited new delhi recently?", "did he meet singh?", "when did he visit?"),
        ("who is begin?", "did he meet rajnath singh?", "when was his trip to delhi?"),
    ],
)
def test_he_stays_who_he_was_after_a_question_about_him_is_not_answered(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "Did he meet Singh?" (the article doesn't say) "When was his visit?": his, Begin's,
    which the article gives no date for, not the date of Esper's meeting with Singh."""
    answer = ask(engine, *questions)
    assert answer.fact_ids == ("begin-visit",) and "no date" in answer.text
    # A name asked about alone is still the one meant next.
    singh = ask(engine, "did singh go to tokyo?", "what is his title?")
    assert singh.fact_ids == ("singh-identity",)


@pytest.mark.parametrize(
    ("questions", "country"),
    [
        (("what country is singh from?", "and esper?"), "The United States"),
        (("where is singh from?", "what about begin?"), "The United States"),
        (("which country does esper serve?", "and singh?"), "India"),
    ],
)
def test_and_someone_after_a_person_s_country_asks_theirs(
    engine: Engine, questions: tuple[str, ...], country: str
) -> None:
    """ "What country is Singh from?" (India) "And Esper?": Esper's country, not the
    countries at talks Esper went to."""
    assert ask(engine, *questions).text.startswith(f"{country}: ")
    # Someone whose country the article does not give is not given one.
    assert ask(engine, "which country is singh from?", "what about pompeo?").abstained


@pytest.mark.parametrize(
    "questions",
    [
        (
            "how many countries at tokyo",
            "which",
            "and at the new delhi meeting how many countries",
            "which",
        ),
        ("how many countries at tokyo", "how many countries at the new delhi meeting?", "which"),
        (
            "how many countries at tokyo",
            "how many countries at the new delhi meeting?",
            "name them",
        ),
    ],
)
def test_an_unanswered_question_about_another_setting_leaves_the_last_answer_behind(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """After the Tokyo talks' four countries, an unanswered question about the New Delhi
    meeting moves the conversation there: "which?" is not Tokyo's four again."""
    assert ask(engine, *questions).abstained
    # Without that question between, "which?" is still the countries just counted.
    assert "Japan" in ask(engine, "how many countries at tokyo", "which").text


@pytest.mark.parametrize(
    "question",
    [
        "when did pompeo go to south asia?",
        "when did pompeo travel to south asia?",
        "when was the trip to south asia?",
        "when was pompeo in south asia?",
    ],
)
def test_a_time_given_against_an_event_does_not_date_that_event(
    engine: Engine, question: str
) -> None:
    """Pompeo spoke "prior to his trip to South Asia": that dates his words, and the article
    gives no date for the trip itself."""
    assert ask(engine, question).abstained
    # When he spoke is still what the relative time answers.
    for spoke in ("when did pompeo speak?", "when did pompeo give the press conference?"):
        assert ask(engine, spoke).text == "Before his trip to South Asia", spoke


@pytest.mark.parametrize(
    "question",
    ["what is the threat posed by china?", "what's the threat?", "what threat?"],
)
def test_what_a_thing_is_is_not_answered_by_what_names_it_in_passing(
    engine: Engine, question: str
) -> None:
    """The partnership is meant to address the threat, and Pompeo's meetings discussed how
    to thwart it: neither says what the threat is."""
    answer = ask(engine, question)
    assert not answer.text.startswith("The U.S.-India elevated strategic partnership")
    assert not answer.text.startswith("That meetings")
    # What the partnership is for, and how it is described, are answered as before.
    purpose = ask(engine, "what is one purpose of the partnership?")
    assert purpose.text == "To jointly address the threat posed by China"
    described = ask(engine, "how is the u.s.-india partnership described?")
    assert described.text.startswith("The U.S.-India elevated strategic partnership")


@pytest.mark.parametrize(
    "questions",
    [
        ("who poses the threat?",),
        ("who threatens free nations?",),
        ("what's the threat?", "who poses it?"),
    ],
)
def test_who_does_it_is_the_doer_of_that_verb(engine: Engine, questions: tuple[str, ...]) -> None:
    """China's Communist Party poses the threat; free nations would work together against
    it, which is not posing it."""
    assert ask(engine, *questions).text == "China's Communist Party"
    assert ask(engine, "who could work together to thwart the threat?").text == "Free nations"


@pytest.mark.parametrize(
    "question",
    [
        "what are the pressing global security challenges?",
        "what global challenges?",
        "what are the challenges?",
        "what challenges?",
    ],
)
def test_the_challenges_are_named_nowhere(engine: Engine, question: str) -> None:
    """Technologies and trade are what Esper and Singh will work together on, to address the
    challenges: the article never says what the challenges are."""
    assert ask(engine, question).abstained
    # A list whose items are the things asked, and what they will work on, still answer.
    capabilities = ask(engine, "what are the capabilities?").text
    assert "enhancing secure communications capabilities" in capabilities
    working = ask(engine, "what did esper and singh agree to keep working on?").text
    assert "emerging technologies" in working
    democracies = ask(engine, "what are the world's two largest democracies?").text
    assert democracies.startswith("The U.S. and India")


@pytest.mark.parametrize(
    "questions",
    [
        ("apart from BECA, what did they do?",),
        ("besides BECA, what did they do?",),
        ("other than signing BECA, what did they do?",),
        ("except for BECA, what did esper and singh do?",),
        ("apart from BECA, what did esper and singh do?",),
        ("what did esper and singh agree on?", "aside from BECA, what did they do?"),
    ],
)
def test_what_is_set_aside_is_never_the_answer(engine: Engine, questions: tuple[str, ...]) -> None:
    """An aside names what the asker already has: BECA, however the fact tells it, is not
    what else they did."""
    answer = ask(engine, *questions)
    assert "Basic Exchange and Cooperation Agreement" not in answer.text
    assert "basic agreement" not in answer.text
    # Without the aside, the agreement is still what they agreed on.
    agreed = ask(engine, "what did esper and singh agree on?").text
    assert agreed == "The Basic Exchange and Cooperation Agreement (BECA)"


@pytest.mark.parametrize(
    "question",
    ["how many services?", "how many services cooperate?", "how many services are there?"],
)
def test_a_count_of_one_thing_does_not_count_another_it_names(
    engine: Engine, question: str
) -> None:
    """ "Three areas are named: cooperation among the services…" counts areas; the article
    never says how many services there are."""
    assert ask(engine, question).abstained
    # The areas are three, the militaries two ("between the two militaries"), the Tokyo
    # talks' nations four.
    assert ask(engine, "how many areas of cooperation were named?").text.startswith("Three areas")
    assert ask(engine, "how many militaries?").text == "Two militaries"
    assert ask(engine, "how many nations were at the tokyo talks?").text.startswith("Four")


@pytest.mark.parametrize(
    "questions",
    [
        ("where did pompeo speak?", "before what?", "where was he going?"),
        ("where did pompeo speak?", "before or after his trip?", "the trip to where?"),
        ("what did pompeo say?", "where did he go?"),
    ],
)
def test_where_someone_went_is_not_where_he_spoke(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """Pompeo spoke at the State Department, before his trip to South Asia: going is
    answered by the part of that sentence that tells of the trip."""
    assert ask(engine, *questions).text == "To South Asia"
    # Where he spoke is still the press conference, also when the trip is mentioned.
    spoke = ask(engine, "where did pompeo give a press conference about his trip?")
    assert spoke.text == "At a press conference at the State Department"


@pytest.mark.parametrize(
    ("questions", "owner"),
    [
        (("what agreement was reached during the visit?", "whose visit?"), "Mark T. Esper"),
        (("when did they reach the agreement?", "whose visit was it?"), "Mark T. Esper"),
        (("what did pompeo say?", "whose visit?"), "Secretary Pompeo"),
    ],
)
def test_whose_thing_is_whom_the_fact_gives_it_to(
    engine: Engine, questions: tuple[str, ...], owner: str
) -> None:
    """ "During Esper's visit, the U.S. and India reached…": the visit is Esper's, not that
    of the two who reached the agreement."""
    assert ask(engine, *questions).text == owner
    # Whose a threat or a statement is, as before.
    assert ask(engine, "whose threat?").text == "China's Communist Party"
    assert ask(engine, "whose statement?").text.startswith("The U.S. Defense Department")


@pytest.mark.parametrize(
    "questions",
    [
        (
            "who is esper?",
            "how many times has he been to a 2+2?",
            "and how many have the countries had?",
        ),
        (
            "where did esper meet singh?",
            "how many times has he been to a 2+2?",
            "and the countries?",
        ),
        ("how many 2+2s has esper attended?", "and the two countries?"),
    ],
)
def test_the_countries_count_is_not_one_man_s(engine: Engine, questions: tuple[str, ...]) -> None:
    """Esper has been to two 2+2s; the countries have had three: "and the countries?" asks
    the same count of them, and "how many have…" counts what was just counted."""
    assert ask(engine, *questions).text == "Three"
    # Esper's own count, and Pompeo's (none given), as before.
    assert ask(engine, "how many 2+2s has esper attended?").text.startswith("Two:")
    assert ask(engine, "how many 2+2s has esper attended?", "and pompeo?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "what did esper do on monday?",
        "what did singh do on monday?",
        "what did esper do in new delhi?",
        "monday?",
        "oct 26?",
    ],
)
def test_what_someone_did_is_the_act_not_its_object(engine: Engine, question: str) -> None:
    """ "The strength of the U.S.-India defense relationship" is what they praised: it is no
    answer to what Esper did on Monday, which is meeting Singh in New Delhi."""
    answer = ask(engine, question)
    assert answer.fact_ids[:1] == ("meeting",)
    assert "met India's Defense Minister Rajnath Singh" in answer.text
    # What they praised is still the strength of the relationship.
    praised = ask(engine, "what did esper and singh praise?").text
    assert praised == "The strength of the U.S.-India defense relationship"


@pytest.mark.parametrize(
    "question",
    [
        "what did esper thank singh for?",
        "why did esper thank singh?",
        "what did singh thank esper for?",
        "what did esper praise singh for?",
    ],
)
def test_what_two_did_together_is_not_one_doing_it_to_the_other(
    engine: Engine, question: str
) -> None:
    """The two Secretaries expressed appreciation for the agreement, side by side: the
    article never has one thank (or praise) the other."""
    assert ask(engine, question).abstained
    # What they did together, and what one did with the other, still answer.
    reacted = ask(engine, "how did esper and singh react to the agreement?").text
    assert reacted.startswith("Appreciation for the basic agreement")
    assert ask(engine, "when did esper meet singh?").text.startswith("On Monday")


def test_the_reason_read_off_a_trip_is_marked_for_maintainers_not_shown_to_users(
    engine: Engine,
) -> None:
    answer = ask(engine, "why did esper go to tokyo?")
    assert not any(note.startswith("why:") for note in answer.notes)
    assert answer.explanation is not None
    assert any(note.startswith("why:") for note in answer.explanation.notes)


@pytest.mark.parametrize(
    "question",
    [
        "did esper go to tokyo before new delhi?",
        "did esper fly from tokyo to new delhi?",
        "did esper travel from tokyo to new delhi?",
        "did esper go to tokyo after new delhi?",
    ],
)
def test_two_places_asked_are_not_denied_by_one_event_s_place(
    engine: Engine, question: str
) -> None:
    """A question naming Tokyo and New Delhi asks about two stops; that the meeting was in
    New Delhi does not say Esper was never in Tokyo (he was, at the talks)."""
    answer = ask(engine, question)
    assert answer.abstained or not answer.text.startswith("No")
    # One place asked of the meeting is still denied by the place it had.
    met = ask(engine, "did esper and singh meet in tokyo?").text
    assert met.startswith("No") and "in New Delhi" in met


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("esper is minister of what?", "U.S. Secretary of Defense"),
        ("Esper is secretary of what?", "U.S. Secretary of Defense"),
        ("what is esper the secretary of?", "U.S. Secretary of Defense"),
        ("esper is secretary of which department?", "U.S. Secretary of Defense"),
        ("what is singh minister of?", "India's Defense Minister"),
        ("singh is defense minister of which country?", "India's Defense Minister"),
        ("which country is singh the defense minister of?", "India's Defense Minister"),
        ("begin is secretary of what?", "U.S. Deputy Secretary of State"),
    ],
)
def test_what_a_title_is_of_is_the_title_the_article_gives(
    engine: Engine, question: str, expected: str
) -> None:
    """ "Secretary of what?" is answered by the person's title, not by whatever the person
    did (praising the relationship, the Tokyo talks)."""
    answer = ask(engine, question)
    assert answer.text == expected
    assert answer.fact_ids[:1] and answer.fact_ids[0].endswith("-identity")


def test_a_title_the_article_gives_without_what_it_is_of_is_not_filled_in(
    engine: Engine,
) -> None:
    """The article calls him only "Secretary Pompeo": of what, or of which country, it does
    not say."""
    assert ask(engine, "pompeo is secretary of what?").abstained
    assert ask(engine, "pompeo is secretary of which country?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Which Indian services will cooperate?",
        "which indian military services are involved?",
        "which american services will cooperate?",
        "which indian technologies will they develop?",
    ],
)
def test_a_country_s_things_are_not_a_person_of_that_country(engine: Engine, question: str) -> None:
    """ "Which Indian services…" asks for India's services, which the article does not name;
    Singh, the Indian in it, is no answer."""
    answer = ask(engine, question)
    assert answer.abstained
    assert "Singh" not in answer.text
    # An Indian official asked for is still Singh.
    assert ask(engine, "which indian official met esper?").text.startswith("Rajnath Singh")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Fact-check: the Esper–Singh meeting took place on October 27. Correct?", "No"),
        ("Fact-check: the Esper–Singh meeting took place on October 26. Correct?", "Yes"),
        ("fact check: esper met singh on oct 27, is that right?", "No"),
        ("Fact check: the meeting took place on October 26.", "Yes"),
        ("Fact-checking: Singh is India's foreign minister. Correct?", "No"),
        ("quick check: begin visited new delhi recently, right?", "Yes"),
    ],
)
def test_a_fact_check_lead_puts_up_the_statement_as_a_claim(
    engine: Engine, question: str, verdict: str
) -> None:
    """ "Fact-check: X. Correct?" is checked as X: its lead is no word of the claim, and a
    true X gets a yes as a false one gets a no."""
    answer = ask(engine, question)
    assert answer.text.startswith(f"{verdict}.")
    assert answer.quotes


def test_a_statement_about_the_statement_is_still_checked_as_before(engine: Engine) -> None:
    """ "The statement came from…" names the statement; it is no fact-check lead."""
    answer = ask(engine, "The statement came from India's Ministry of Defence, didn't it?")
    assert answer.text.startswith("No.")


@pytest.mark.parametrize(
    "question",
    [
        "Who is the U.S. official named Begin mentioned at the end of the article?",
        "who is the US official named Begin?",
        "who was the American official called Begin?",
        "who is the official named Begin mentioned in the article?",
    ],
)
def test_who_the_official_named_so_is_asks_who_that_person_is(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text == "Begin, the U.S. Deputy Secretary of State"
    # A name the article does not have is still not found, and "the Indian official at the
    # meeting" is still which official.
    assert ask(engine, "who is the official named Smith?").abstained
    assert "Singh" in ask(engine, "who was the indian official at the meeting?").text


@pytest.mark.parametrize(
    "question",
    [
        "was there anything about buying and selling military stuff?",
        "did buying and selling military hardware come up?",
        "did they talk about arms sales?",
        "any mention of buying and selling weapons?",
    ],
)
def test_arms_sales_in_plain_words_are_the_defense_trade(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes.")
    assert "defense trade" in answer.text
    # Trade with a country the article never names is still not in it.
    assert ask(engine, "was there anything about the sale of weapons to pakistan?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "anything about moving supplies and gear around?",
        "what did they say about moving equipment around?",
        "There was something about supply stuff, logistics I think, what did they say about it?",
    ],
)
def test_moving_supplies_around_is_logistics(engine: Engine, question: str) -> None:
    assert "engagement on logistics" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "What was the venue of the bilateral defense ministers' engagement?",
        "where did the engagement take place?",
    ],
)
def test_an_engagement_between_ministers_is_their_meeting(engine: Engine, question: str) -> None:
    assert ask(engine, question).text == "In New Delhi"
    # The article's own "engagement on logistics" is still what it is.
    said = ask(engine, "what did they say about engagement on logistics?")
    assert said.fact_ids[:1] == ("cooperation-areas",)


@pytest.mark.parametrize(
    "question",
    [
        "Which ministerial portfolios constitute the 2+2 format?",
        "which portfolios are represented in the 2+2?",
        "Which ministerial portfolios, from each capital, are customarily represented in that"
        " dialogue format?",
    ],
)
def test_the_portfolios_of_a_format_are_its_ministers(engine: Engine, question: str) -> None:
    assert ask(engine, question).text == "The U.S. and Indian foreign and defense ministers"
    # One person's portfolio is still his title, and who was at the meeting still the two.
    assert ask(engine, "what portfolio does Singh hold?").text == "India's Defense Minister"
    assert "Rajnath Singh" in ask(engine, "who was represented at the meeting?").text


@pytest.mark.parametrize(
    "question",
    [
        "what bigger get-together was this meeting a warm-up for?",
        "To what larger ministerial convocation was this bilateral meeting a prelude?",
        "what high-level meeting did the Esper-Singh talks come ahead of?",
    ],
)
def test_the_event_a_meeting_led_up_to_however_it_is_sized(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Ahead of the 2+2 Dialogue")


@pytest.mark.parametrize(
    "question",
    [
        "how many of these dialogues have washington and delhi held so far?",
        "how many 2+2s have Delhi and Washington held?",
    ],
)
def test_two_capitals_named_together_are_the_two_governments(engine: Engine, question: str) -> None:
    assert ask(engine, question).text == "Three"


@pytest.mark.parametrize(
    "question",
    [
        "wats the deal they agreed on called fr",
        "what was the agreement called again?",
        "what was the data-sharing pact they agreed on called again?",
    ],
)
def test_an_aside_at_the_end_does_not_hide_the_question(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Basic Exchange and Cooperation Agreement")
    assert ask(engine, "where did they meet again?").text == "In New Delhi"


@pytest.mark.parametrize(
    "question",
    [
        "Which country is the whole partnership kind of aimed at, even if they don't say it"
        " out loud?",
        "which country is the elephant in the room here?",
    ],
)
def test_the_unnamed_target_of_the_partnership_is_china(engine: Engine, question: str) -> None:
    assert "China" in ask(engine, question).text
    # The statement itself still does not name it.
    assert ask(engine, "did the defense department statement mention china?").text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "what did the two guys say about how solid the defense ties are?",
        "did they say anything about how robust the defense relationship is?",
    ],
)
def test_solid_ties_are_the_strength_they_praised(engine: Engine, question: str) -> None:
    assert "praised the strength" in ask(engine, question).text
    # A strength the article never gives is not read off this one.
    assert ask(engine, "how robust are US-China ties?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "what's one of the big reasons behind the closer US-India partnership?",
        "what is the main reason behind the US-India partnership?",
    ],
)
def test_the_reason_behind_the_partnership_is_its_purpose(engine: Engine, question: str) -> None:
    assert ask(engine, question).text == "To jointly address the threat posed by China"


@pytest.mark.parametrize(
    "question",
    [
        "By what sentiment did the two ministers receive the agreement on exchanges and"
        " cooperation?",
        "how did esper and singh greet the agreement?",
    ],
)
def test_how_an_agreement_was_received_is_how_they_reacted(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Appreciation for the basic agreement")
    assert ask(engine, "what did India receive?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Did Esper attend the Tokyo talks without Pompeo?",
        "did esper go to tokyo without pompeo?",
        "Was Pompeo at the Tokyo talks without Esper?",
        "Were the Tokyo talks held without Australia?",
    ],
)
def test_leaving_out_someone_who_took_part_is_a_no(engine: Engine, question: str) -> None:
    """Esper and Pompeo both took part in the Tokyo talks, with Australia among the four:
    "without" one of them is a claim the article contradicts."""
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert "Tokyo" in answer.text


def test_leaving_out_someone_the_article_never_places_there_is_not_a_no(engine: Engine) -> None:
    # China was not in Tokyo, so "the talks without China" is no false premise.
    assert not ask(
        engine, "Did the US take part in the Tokyo talks without China?"
    ).text.startswith("No")
    assert ask(engine, "Did Esper meet Singh without Pompeo?").abstained
    # A fact that names India is no "yes" to a meeting held without it.
    assert not ask(engine, "Was the meeting held without India?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Was the 2+2 Dialogue held in Washington?",
        "did the 2+2 take place in washington?",
        "Was the 2+2 in India?",
    ],
)
def test_where_the_2plus2_was_held_is_not_said(engine: Engine, question: str) -> None:
    """The 2+2 is between the U.S. and Indian ministers; the article never says where it
    was held, so neither capital is a yes."""
    assert ask(engine, question).abstained
    # Events the article does place still answer, as do titles placed by country.
    assert ask(engine, "Were the Tokyo talks held in Japan?").text.startswith("Yes.")
    assert ask(engine, "Is Singh the defence minister in India?").text.startswith("Yes.")


@pytest.mark.parametrize(
    "questions",
    [
        ("Was South Korea one of the four countries in the Tokyo talks?",),
        ("Was South Korea among the four nations at the Tokyo talks?",),
        ("how many countries were in the tokyo talks?", "was china one of them?", "south korea?"),
        ("Where were the Tokyo talks?", "Was South Korea there?"),
        ("Was Australia part of the Tokyo talks?", "What about South Korea?"),
    ],
)
def test_a_country_outside_the_four_in_tokyo_is_a_no(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """The article lists the four countries of the Tokyo talks in full: any other, however
    asked, is not among them, and the answer quotes the list."""
    answer = ask(engine, *questions)
    assert answer.text.startswith("No. South Korea is not among them")
    assert "Australia" in answer.text


@pytest.mark.parametrize(
    "questions",
    [
        ("What about Australia — was it part of those talks?", "And was China?"),
        ("Which Americans attended the Tokyo talks?", "Was China part of those talks?"),
    ],
)
def test_those_talks_are_the_ones_just_answered(engine: Engine, questions: tuple[str, ...]) -> None:
    first = ("Where were the quadripartite talks held?", *questions)
    assert ask(engine, *first).text.startswith("No. China is not among them")
    # "it" in "What about Australia, was it…" is Australia, which was there.
    australia = ask(engine, first[0], "What about Australia — was it part of those talks?")
    assert australia.text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "Was Pakistan at the meeting in New Delhi?",
        "Was China at the meeting in New Delhi?",
        "Was Pompeo at the meeting in New Delhi?",
    ],
)
def test_who_was_at_the_meeting_is_not_answered_by_where_it_was(
    engine: Engine, question: str
) -> None:
    """The meeting was in New Delhi; that says nothing of whether someone the article does
    not put there was there."""
    assert ask(engine, question).abstained
    assert ask(engine, "Was Singh at the meeting in New Delhi?").text.startswith("Yes.")
    assert ask(engine, "Was the meeting in Mumbai?").text.startswith("No.")


def test_a_bare_unknown_country_after_a_claim_about_another_abstains_elsewhere(
    engine: Engine,
) -> None:
    # Not the Tokyo list: the statement's silence on China says nothing of Pakistan.
    assert ask(engine, "Did the statement mention China?", "And Pakistan?").abstained
    assert ask(engine, "Who did Esper meet?", "Was South Korea there?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Was the statement quoted in the article issued by India's Ministry of Defence?",
        "Was the statement about the meeting issued by India's foreign ministry?",
        "was the statement put out by the indian defence ministry?",
        "Was the statement released by the State Department?",
    ],
)
def test_a_statement_credited_to_the_wrong_body_is_a_no(engine: Engine, question: str) -> None:
    """The statement is the U.S. Defense Department's: crediting it to another body (even
    one the article never names, like India's ministries) gets No and who did issue it."""
    answer = ask(engine, question)
    assert answer.text.startswith("No. The U.S. Defense Department issued a statement")


def test_the_right_issuer_is_still_a_yes_and_india_s_own_words_still_unknown(
    engine: Engine,
) -> None:
    assert ask(engine, "Was the statement issued by the Pentagon?").text.startswith("Yes.")
    # What India's ministry said, the article does not report at all.
    assert ask(engine, "Did India's Ministry of Defence say they agreed on BECA?").abstained
    # …but the statement the article quotes is the Pentagon's: crediting it to India is a No.
    assert ask(engine, "Did India's defence ministry issue the statement?").text.startswith("No.")
    assert ask(engine, "Did India's defence ministry issue its own statement?").abstained


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "Was the 'most significant relationships' description attributed to Indian officials?",
            "No.",
        ),
        ("was the 'pressing global security challenges' phrase credited to Pompeo?", "No."),
        (
            "Was the 'most significant relationships' description attributed to U.S. officials?",
            "Yes.",
        ),
    ],
)
def test_words_named_before_their_kind_are_checked_against_their_source(
    engine: Engine, question: str, verdict: str
) -> None:
    """ "The 'X' description", with the quoted words before the noun, is checked against
    who the article says used them, as "the description 'X'" is."""
    answer = ask(engine, question)
    assert answer.text.startswith(verdict)
    assert "The source the article gives" in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "Did the Tokyo quadripartite talks take place after the Esper–Singh meeting in"
            " New Delhi?",
            "No",
        ),
        ("did the quad happen after the meeting in delhi?", "No"),
        ("Were the Quad talks held earlier than the Esper-Singh meeting?", "Yes"),
        ("Did Esper go to Tokyo before New Delhi?", "Yes"),
        ("did esper visit japan before india?", "Yes"),
        ("Did Esper meet Singh before the Tokyo talks?", "No"),
        ("Did Esper meet Singh after the Tokyo talks?", "Yes"),
        ("Was the New Delhi meeting before the Tokyo talks?", "No"),
    ],
)
def test_two_events_are_ordered_by_their_own_times(
    engine: Engine, question: str, verdict: str
) -> None:
    """The talks are "earlier this month", the month of the New Delhi meeting (Oct. 26):
    that orders the two, though neither fact names the other's place."""
    answer = ask(engine, question)
    assert answer.text.startswith(f"{verdict}. ")
    assert "Earlier this month" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        # Pompeo was in Tokyo, but the article never puts him in New Delhi.
        "Did Pompeo go to Tokyo before New Delhi?",
        # Singh was not said to be in Tokyo at all.
        "Did Singh go to Tokyo before the meeting?",
        # An order is not a route: the article has no flight from one to the other.
        "Did Esper fly from Tokyo to New Delhi?",
        "Did Esper fly to New Delhi after Tokyo?",
        "did esper go straight to new delhi after tokyo?",
        # His one trip to Tokyo the article has was earlier; it cannot say he never went again.
        "Did Esper go to Tokyo after New Delhi?",
        "did esper go to new delhi before tokyo?",
        # Begin's visit is "recent", with no time to order it by.
        "Did Begin visit New Delhi after the Tokyo talks?",
    ],
)
def test_an_order_needs_both_events_of_the_one_asked_about(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Is the Basic Exchange and Cooperation Agreement the same thing as the 2+2 Dialogue?",
            "No",
        ),
        ("is the Quad the same as the 2+2?", "No"),
        ("are the quadripartite talks and the 2+2 dialogue the same meeting?", "No"),
        ("Is BECA just another name for the 2+2?", "No"),
        ("is the quad different from the 2+2?", "Yes"),
        ("Is the Secretary of State the same person as the Deputy Secretary of State?", "No"),
    ],
)
def test_two_names_of_two_different_things_are_not_the_same(
    engine: Engine, question: str, lead: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(f"{lead}. ")
    assert len(answer.fact_ids) == 2


@pytest.mark.parametrize(
    "question",
    [
        "Is the person who held the State Department press conference the same person who met"
        " Singh in New Delhi?",
        "was the guy who held the press conference at the state department the same as the one"
        " who met singh?",
    ],
)
def test_two_people_described_by_what_they_did_are_told_apart(
    engine: Engine, question: str
) -> None:
    text = ask(engine, question).text
    assert text.startswith("No. ") and "Pompeo" in text and "Esper" in text


def test_sameness_is_yes_for_two_names_of_one_thing_and_unsaid_for_an_unknown_one(
    engine: Engine,
) -> None:
    assert ask(
        engine, "Is BECA the same as the Basic Exchange and Cooperation Agreement?"
    ).text.startswith("Yes")
    assert ask(engine, "Is the Quad the same as NATO?").abstained
    # Begin also visited New Delhi: what Esper did there does not tell Begin apart.
    assert ask(engine, "Is Begin the same person who visited New Delhi?").abstained
    # The New Delhi meeting is no thing of its own to tell apart from New Delhi.
    assert ask(engine, "Is the New Delhi meeting the same as New Delhi?").abstained


def test_a_bare_word_for_a_thing_is_still_matched_to_its_name(engine: Engine) -> None:
    # "the dialogue" names no entity by itself; the 2+2 Dialogue's own fact says it is one.
    assert ask(engine, "Is the dialogue the same as the 2+2?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Was Pompeo at the meeting?",
        "Did Pompeo attend the meeting?",
        "Was Pompeo also at the meeting?",
    ],
)
def test_the_meeting_just_answered_is_that_meeting_not_the_tokyo_talks(
    engine: Engine, question: str
) -> None:
    """After "Who did Esper meet?", "the meeting" is the New Delhi one, at which the article
    names only Esper and Singh: Pompeo's Tokyo talks do not put him there."""
    answer = ask(engine, "Who did Esper meet?", question)
    assert answer.abstained
    assert ask(engine, "Who did Esper meet?", "Was Singh at the meeting?").text.startswith("Yes.")
    # The Tokyo talks, once they are what was just answered, are "the talks".
    talks = ask(engine, "Who took part in the Tokyo talks?", "Was Pompeo at the talks?")
    assert talks.text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "Was Esper at the meeting in Tokyo?",
        "Did Esper attend the meeting in Tokyo?",
        "Was Pompeo at the meeting in Tokyo?",
        "Was India at the meeting in Tokyo?",
    ],
)
def test_a_meeting_in_tokyo_is_the_talks_held_there(engine: Engine, question: str) -> None:
    """Someone asked as at "the meeting in Tokyo" who took part in the Tokyo talks: yes,
    from the talks, not "no" from the New Delhi meeting."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes. Earlier this month, Esper and Secretary Pompeo")


def test_the_new_delhi_meeting_is_still_not_in_tokyo(engine: Engine) -> None:
    assert ask(engine, "Was the meeting in Tokyo?").text.startswith("No.")
    assert ask(engine, "Did Esper and Singh meet in Tokyo?").text.startswith("No.")
    assert ask(engine, "Was China at the meeting in Tokyo?").text.startswith("No.")


@pytest.mark.parametrize(
    ("question", "identity"),
    [
        ("Is Rajnath Singh Pakistan's defence minister?", "Rajnath Singh is India's"),
        ("is singh the defense minister of pakistan", "Rajnath Singh is India's"),
        ("Is Singh a Pakistani minister?", "Rajnath Singh is India's"),
        ("Is Esper the defence minister of Bangladesh?", "Mark T. Esper is the U.S."),
        ("Is Begin South Korea's deputy secretary of state?", "Begin is the U.S."),
    ],
)
def test_a_title_given_in_a_country_the_article_never_names_is_a_no(
    engine: Engine, question: str, identity: str
) -> None:
    """Someone's title put in a country the article never names gets No and the title the
    article gives, as a country it names ("Is Singh China's defence minister?") does."""
    answer = ask(engine, question)
    assert answer.text.startswith(f"No. {identity}")


def test_an_unnamed_country_is_still_unknown_beyond_someone_s_title(engine: Engine) -> None:
    assert ask(engine, "What did Pakistan say?").abstained
    assert ask(engine, "Is Singh meeting Pakistan's defence minister?").abstained
    assert ask(engine, "Is Singh the Indian defence minister?").text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "Why did Esper and Singh choose Mumbai for their meeting?",
        "Why was Mumbai chosen for the Esper-Singh meeting?",
        "Why did Esper and Singh pick Mumbai as the venue for the meeting?",
    ],
)
def test_a_place_chosen_for_the_meeting_that_it_was_not_held_in_is_corrected(
    engine: Engine, question: str
) -> None:
    """Choosing a place for the meeting puts it there as "in Mumbai" does: the article has
    it in New Delhi, and says nothing of why."""
    answer = ask(engine, question)
    assert answer.text.startswith("Not in Mumbai:")
    assert "New Delhi" in answer.text


def test_why_the_meeting_s_own_place_was_chosen_is_still_unknown(engine: Engine) -> None:
    assert ask(engine, "Why did Esper and Singh choose New Delhi for their meeting?").abstained
    answer = ask(engine, "Did Esper and Singh pick Mumbai for their meeting?")
    assert answer.text.startswith("No.")


@pytest.mark.parametrize(
    "question",
    [
        "Is Pompeo the U.S. defence boss who met Singh?",
        "Was Pompeo the Pentagon chief that met Rajnath Singh in New Delhi?",
        "Is Pompeo the US defense secretary who met Singh?",
    ],
)
def test_a_person_called_by_another_s_title_with_what_they_did_is_a_no(
    engine: Engine, question: str
) -> None:
    """The title (with "who met Singh" after it) is Esper's: Pompeo is someone else, and
    the answer says who each is."""
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert "Esper, the U.S. Secretary of Defense" in answer.text


def test_the_right_person_with_that_title_and_clause_is_still_a_yes(engine: Engine) -> None:
    assert ask(engine, "Is Esper the U.S. defence boss who met Singh?").text.startswith("Yes.")
    answer = ask(engine, "Is Singh the Indian defence minister who met Esper?")
    assert answer.text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "Did the statement name China as a threat?",
        "Is that right that the statement named China as the threat?",
        "Is that correct that the statement mentioned China?",
    ],
)
def test_the_statement_named_china_as_anything_is_a_no(engine: Engine, question: str) -> None:
    """The statement does not mention China at all, so it named China as nothing; "is that
    right that…" puts up the claim as "is it true that…" does."""
    answer = ask(engine, question)
    assert answer.text.startswith("No. The Defense Department statement does not explicitly")


def test_named_as_without_a_denial_still_abstains(engine: Engine) -> None:
    assert ask(engine, "Did the statement name India as a partner?").abstained
    assert ask(engine, "Who did Esper meet?", "Is that right?").text.startswith("Yes.")


@pytest.mark.parametrize(
    "questions",
    [
        (
            "what agreement did they reach?",
            "how did the two ministers react to it?",
            "what exactly does it cover?",
        ),
        ("what agreement did they reach?", "what's in it?"),
        ("what agreement did they reach?", "what specific terms does it contain?"),
        ("what does the agreement cover?",),
        ("what are the provisions of the deal?",),
        ("what did the BECA include?",),
    ],
)
def test_what_the_agreement_contains_is_not_in_the_article(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """The article says only that an agreement on exchanges and cooperation was reached: the
    areas of military cooperation named beside it are not its contents."""
    answer = ask(engine, *questions)
    assert answer.abstained
    assert answer.reason == AbstainReason.NOT_IN_ARTICLE
    assert "secure communications" not in answer.text


def test_after_the_agreement_s_contents_the_conversation_is_still_about_it(
    engine: Engine,
) -> None:
    asked = ("what agreement did they reach?", "what does it cover?")
    answer = ask(engine, *asked, "did the pentagon statement on it mention china?")
    assert answer.text.startswith("No.")
    # What they committed to deepening cooperation on, and what the statement covered, still
    # answer.
    deepened = ask(engine, "what did they agree to deepen cooperation on?").text
    assert "cooperation between the two militaries" in deepened
    covered = ask(engine, "what did the meeting cover?").text
    assert "secure communications" in covered


@pytest.mark.parametrize(
    "question",
    [
        "Two-parter: what sort of communications capabilities were to be enhanced, and mutual"
        " engagement on what was to be strengthened?",
        "what kind of communications capabilities would be enhanced; and engagement on what"
        " would be strengthened?",
        "two questions: which communications capabilities were they enhancing, and mutual"
        " engagement on what?",
    ],
)
def test_a_second_part_asked_after_its_noun_is_answered_too(engine: Engine, question: str) -> None:
    """ "…, and mutual engagement on what…?" is a second question, not part of the first: the
    answer has the logistics as well as the secure communications."""
    answer = ask(engine, question)
    assert "secure communications" in answer.text.lower()
    assert "logistics" in answer.text


def test_a_lead_saying_how_many_questions_follow_is_not_read_as_one(engine: Engine) -> None:
    assert ask(engine, "Two-parter: who met Singh, and where?").text.endswith("In New Delhi")
    # A question with a preposition inside it is still one question.
    assert ask(engine, "who met singh in new delhi?").text.startswith("Mark T. Esper")


@pytest.mark.parametrize(
    "question",
    [
        "Name the city where Esper met Singh and the city where the four-way talks were held.",
        "Give me the city where Esper met Singh and the city where the Quad talks took place",
        "tell me the city where the defense chiefs met and the city where the quadripartite"
        " talks were held",
    ],
)
def test_things_asked_for_by_a_clause_are_each_answered(engine: Engine, question: str) -> None:
    """ "The city where…" asks where: New Delhi for the meeting, Tokyo for the Quad."""
    answer = ask(engine, question)
    assert "New Delhi" in answer.text
    assert "Tokyo" in answer.text


def test_things_asked_for_by_name_are_still_read_as_what_they_are(engine: Engine) -> None:
    answer = ask(engine, "Tell me the date and the city of the meeting")
    assert "Oct. 26" in answer.text
    assert "New Delhi" in answer.text
    # A clause asking for a day is answered with the day, not with what else was that day.
    day = ask(engine, "Give me the day when Esper met Singh and the city where they met").text
    assert day.startswith("On Monday")


@pytest.mark.parametrize(
    "questions",
    [
        (
            "How many U.S.-India 2+2 dialogues have there been, and which one is Esper's"
            " participation in this time?",
        ),
        ("how many 2+2 dialogues have there been?", "which one is esper taking part in this time?"),
        ("which one is Esper attending this time?",),
    ],
)
def test_which_one_this_time_asks_the_occasion_s_number(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "This time" asks which of the 2+2s this is for Esper (his second), not which other
    talks he took part in."""
    answer = ask(engine, *questions)
    assert "second time Esper" in answer.text
    assert "Tokyo" not in answer.text


def test_this_time_at_the_end_of_another_question_is_still_only_framing(engine: Engine) -> None:
    assert ask(engine, "which country is Singh from this time?").text.startswith("India")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Besides emerging tech, what else did the statement say the two would prioritize?",
            "Prioritizing defense trade enhancements",
        ),
        (
            "Apart from developing emerging technologies, what else will Esper and Singh keep"
            " working together on?",
            "Prioritizing defense trade enhancements",
        ),
        (
            "other than defense trade, what else will they work together on?",
            "Developing emerging technologies",
        ),
    ],
)
def test_one_end_of_a_range_set_aside_leaves_the_other(
    engine: Engine, question: str, expected: str
) -> None:
    """ "From developing emerging technologies to prioritizing defense trade": with one end
    set aside, what else is the other end."""
    assert ask(engine, question).text == expected


@pytest.mark.parametrize(
    "question",
    [
        "Which two areas bookend the DOD's list of things Esper and Singh agreed to keep working"
        " together on, from ... to ...?",
        "what bookends the list of things they'll keep working on?",
        "Esper and Singh will keep working together from ... to ...?",
    ],
)
def test_the_ends_of_the_range_are_asked_with_dots_or_bookends(
    engine: Engine, question: str
) -> None:
    text = ask(engine, question).text
    assert text.startswith("From cooperation in developing emerging technologies to")
    assert text.endswith("prioritizing defense trade enhancements")


def test_a_list_of_three_with_one_set_aside_still_leaves_two(engine: Engine) -> None:
    answer = ask(engine, "Besides logistics, which areas of military cooperation were named?")
    assert "logistics" not in answer.text
    assert "secure communications" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "According to Pompeo, free nations discussed working together to thwart a threat from"
        " whom?",
        "free nations would thwart a threat from whom?",
        "Pompeo spoke of thwarting the threat coming from whom?",
    ],
)
def test_a_threat_from_whom_is_who_poses_it(engine: Engine, question: str) -> None:
    """ "The threat posed by China's Communist Party": a threat from whom is who poses it, not
    the free nations who would work together against it."""
    assert ask(engine, question).text == "China's Communist Party"


def test_who_works_together_against_the_threat_is_still_the_free_nations(engine: Engine) -> None:
    answer = ask(engine, "According to Pompeo, who could work together to thwart the threat?")
    assert answer.text == "Free nations"


@pytest.mark.parametrize(
    "question",
    [
        "Did Pompeo say the meetings included talk of how free nations could counter the Chinese"
        " Communist Party?",
        "Did Pompeo say the meetings included discussions on how free nations could confront"
        " China's Communist Party?",
        "Did Pompeo say free nations could tackle the threat posed by the Chinese Communist Party?",
    ],
)
def test_countering_the_party_is_what_thwarting_its_threat_says(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("Yes.")


def test_countering_by_others_than_free_nations_is_still_not_what_pompeo_said(
    engine: Engine,
) -> None:
    question = (
        "Did Pompeo say the meetings included talk of how India could counter the Chinese"
        " Communist Party?"
    )
    assert not ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Did the two ministers voice appreciation for the basic agreement they reached?",
        "Did Esper and Singh express appreciation for the agreement reached during the visit?",
    ],
)
def test_a_clause_saying_which_agreement_does_not_block_the_claim(
    engine: Engine, question: str
) -> None:
    """ "The agreement they reached" only says which agreement: the article says elsewhere
    that they reached it."""
    assert ask(engine, question).text.startswith("Yes.")


def test_a_clause_the_article_never_says_of_the_agreement_still_blocks_it(engine: Engine) -> None:
    answer = ask(engine, "Did the two ministers voice appreciation for the agreement they signed?")
    assert not answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "message",
    [
        "What is the 2+2 Dialogue between the US and India? Which ministers attend it?",
        "What means the 2+2? Which ministers are taking part in it?",
    ],
)
def test_two_questions_in_one_message_are_both_answered_and_followed_up(
    engine: Engine, message: str
) -> None:
    answer = ask(engine, message)
    assert "foreign and defense ministers" in answer.text
    assert ask(engine, message, "How many have there been so far?").text == "Three"


def test_two_questions_each_answered_in_turn(engine: Engine) -> None:
    answer = ask(engine, "Who met Singh? Where did they meet, and when?")
    assert answer.text.startswith("Mark T. Esper")
    assert "New Delhi" in answer.text
    assert "Oct. 26" in answer.text
    # A short question after another only presses it: "What exactly?" is not read alone.
    pressed = ask(engine, "Did they say anything about logistics? What exactly?")
    assert pressed.text.startswith("Yes.")
    assert "; " not in pressed.text


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (("who takes part in a 2+2?", "from which countries?"), "The United States and India"),
        (("What is the 2+2 dialogue?", "which countries?"), "The United States and India"),
        (
            ("what were the quadripartite talks?", "from which countries?"),
            "The United States, Japan, India and Australia",
        ),
    ],
)
def test_which_countries_after_what_an_event_is_are_its_countries(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    assert ask(engine, *questions).text == expected


def test_which_countries_after_people_is_not_read_off_the_event(engine: Engine) -> None:
    # Who took part: the four countries as before; Pompeo's own country the article never
    # gives.
    after_talks = ask(engine, "Who took part in the Tokyo talks?", "which countries?").text
    assert after_talks == "Four countries: the United States, Japan, India and Australia"
    # The two who met: their countries, as their titles give them.
    met = ask(engine, "Who met in New Delhi?", "from which countries?").text
    assert met == "The United States and India"


@pytest.mark.parametrize(
    "questions",
    [
        (
            "What did US officials call the relationship?",
            "so who are the world's two largest democracies?",
        ),
        ("who met singh?", "who are the world's two largest democracies?"),
        (
            "how did us officials describe the us-india relationship?",
            "ok so who are the world's two largest democracies?",
        ),
    ],
)
def test_the_two_largest_democracies_asked_after_another_answer(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "The world's two largest democracies" counts the democracies: "two" there stands for
    no two just named (Esper and Singh)."""
    assert ask(engine, *questions).text.startswith("The U.S. and India")


def test_when_they_said_it_is_when_the_officials_said_the_whole_sentence(engine: Engine) -> None:
    asked = (
        "how did us officials describe the us-india relationship?",
        "so who are the world's two largest democracies?",
        "when did they say that?",
    )
    assert ask(engine, *asked).text == "Before the 2+2 meeting"
    # "The two" still stands for the two just named.
    assert ask(engine, "who met singh?", "what did the two praise?").text.startswith("The strength")


@pytest.mark.parametrize(
    "question",
    [
        "From emerging technologies to what?",
        "they'll work together from developing emerging tech to what?",
    ],
)
def test_one_end_of_the_range_asks_for_the_other(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.endswith("to prioritizing defense trade enhancements")


def test_a_trip_from_a_place_to_where_is_no_range(engine: Engine) -> None:
    assert ask(engine, "Did Esper fly from Tokyo to what city?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Did Pompeo say free nations could appease the Chinese Communist Party?",
        "did pompeo say free countries could placate china's communist party?",
        "Did Pompeo say free nations could support the Chinese Communist Party?",
        "Did Pompeo say free nations could befriend the Chinese Communist Party?",
        "Did Pompeo say free nations could praise the Chinese Communist Party?",
    ],
)
def test_a_verb_pompeo_never_used_about_the_party_gets_no_yes(
    engine: Engine, question: str
) -> None:
    """An unknown verb ("appease") is not taken for a filler word it is a loose typo of
    ("appears"): dropping it would leave a claim the quote seems to confirm."""
    assert not ask(engine, question).text.startswith("Yes")


def test_a_slip_of_the_keys_in_the_verb_pompeo_used_is_still_confirmed(engine: Engine) -> None:
    asked = (
        "Did Pompeo say free nations could thwrat the threat posed by the Chinese Communist Party?"
    )
    assert ask(engine, asked).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Did Esper go to Beijing before New Delhi?",
        "Did Esper travel to Beijing prior to his meeting with Singh?",
        "did esper visit beijing after the meeting?",
    ],
)
def test_a_stop_in_a_city_the_article_never_names_is_not_ruled_out(
    engine: Engine, question: str
) -> None:
    """The article has Esper in New Delhi, which says nothing of a stop before or after it
    in Beijing, a name the article never uses."""
    answer = ask(engine, question)
    assert answer.abstained
    assert "doesn't mention Beijing" in answer.text


def test_a_stop_in_a_city_the_article_names_is_still_ordered(engine: Engine) -> None:
    assert ask(engine, "Did Esper go to Tokyo before New Delhi?").text.startswith("Yes")
    assert ask(engine, "Did Pompeo travel to Beijing?").text.startswith("No")


@pytest.mark.parametrize(
    "question",
    ["Was Pompeo at the meeting?", "Did Pompeo attend the meeting?", "was pompeo in the meeting"],
)
def test_the_meeting_asked_first_is_the_one_the_article_calls_the_meeting(
    engine: Engine, question: str
) -> None:
    """ "The meeting" of the article is Esper's with Singh in New Delhi; Pompeo's being at
    the Tokyo talks does not put him there."""
    assert ask(engine, question).abstained


def test_those_at_the_meeting_and_at_the_tokyo_talks_are_still_confirmed(engine: Engine) -> None:
    assert ask(engine, "Was Singh at the meeting?").text.startswith("Yes")
    assert ask(engine, "Was Pompeo at the Tokyo talks?").text.startswith("Yes")
    assert ask(engine, "Was Pompeo at the meeting in Tokyo?").text.startswith("Yes")
    assert ask(
        engine, "Where were the quad talks held?", "Was Pompeo at the meeting?"
    ).text.startswith("Yes")


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("Who met in New Delhi?", "which countries?", "The United States and India"),
        ("who met on monday?", "from which countries?", "The United States and India"),
        ("Who is Esper?", "which country?", "The United States"),
        ("who's rajnath singh", "what country?", "India"),
    ],
)
def test_which_countries_after_people_are_named_is_their_countries(
    engine: Engine, first: str, then: str, expected: str
) -> None:
    """The countries of the people just named, as their titles in the article give them,
    not the Tokyo talks."""
    assert ask(engine, first, then).text == expected


def test_a_title_with_no_country_gives_none(engine: Engine) -> None:
    """The article calls Pompeo only "Secretary Pompeo"; the Tokyo talks' countries are not
    his. After who took part in the talks, the talks' countries are still given."""
    assert ask(engine, "Who is Pompeo?", "which country?").abstained
    asked = ask(engine, "Who attended the Tokyo talks?", "which countries?")
    assert "Japan" in asked.text


def test_two_names_of_one_thing_are_confirmed_only_by_what_it_is(engine: Engine) -> None:
    """A Yes must quote what the thing is; the agreement's fact says nothing of the
    Pentagon being the Defense Department, and no fact says what the department is."""
    assert ask(engine, "Is the Pentagon the same as the Defense Department?").abstained
    assert ask(engine, "is the DOD the same thing as the Pentagon?").abstained
    beca = ask(engine, "Is BECA the same as the Basic Exchange and Cooperation Agreement?")
    assert beca.text.startswith("Yes. The Basic Exchange and Cooperation Agreement is")


@pytest.mark.parametrize(
    "question",
    [
        "who else from the US government dropped by delhi lately?",
        "which US official lately visited New Delhi?",
        "Who else visited New Delhi lately?",
    ],
)
def test_lately_beside_a_visit_is_recently(engine: Engine, question: str) -> None:
    """ "Lately" said of a visit is the article's "recently visited": Begin's trip."""
    answer = ask(engine, question)
    assert "Begin" in answer.text
    assert any("recently visited" in q.text for q in answer.quotes)


def test_lately_elsewhere_is_still_only_a_hedge(engine: Engine) -> None:
    answer = ask(engine, "India and China are getting along better lately, aren't they?")
    assert answer.text.startswith("No.")


@pytest.mark.parametrize(
    "question",
    [
        "That data-sharing pact they agreed on, what was it called again?",
        "The info-sharing deal that was agreed on, what is it called?",
        "that pact they agreed on - what was it called?",
    ],
)
def test_a_thing_named_with_what_was_done_to_it_is_the_topic(engine: Engine, question: str) -> None:
    """A lead naming a thing by a clause of its own ("the pact they agreed on") is what "it"
    stands for, not a claim to check first."""
    assert "Basic Exchange and Cooperation Agreement" in ask(engine, question).text


def test_a_topic_lead_the_article_contradicts_is_still_corrected(engine: Engine) -> None:
    answer = ask(engine, "That pact they agreed on in Tokyo, what was it called?")
    assert answer.text.startswith("No.")
    assert ask(engine, "The meeting was on Tuesday, where was it?").text.startswith("No.")


@pytest.mark.parametrize(
    "question",
    [
        "What instrument of accord did the two parties reportedly conclude in the course of the"
        " visit?",
        "What accord did the two sides conclude during the visit?",
        "which pact did they supposedly seal during the visit?",
        "What deal did they reportedly strike on the trip?",
    ],
)
def test_an_agreement_concluded_or_reportedly_reached_is_the_one_reached(
    engine: Engine, question: str
) -> None:
    """Concluding, sealing or striking a deal is reaching it, and "reportedly" only says the
    article reports it."""
    assert "Basic Exchange and Cooperation Agreement" in ask(engine, question).text


def test_a_deal_concluded_somewhere_else_is_still_not_confirmed(engine: Engine) -> None:
    assert ask(engine, "did they supposedly sign a deal in Tokyo?").text.startswith("No.")
    assert ask(engine, "what agreement did they conclude?").text.startswith(
        "The Basic Exchange and Cooperation Agreement"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Who is the man India send to meet Esper?",
        "who did India send to meet Esper?",
        "What was the name of the man Esper met?",
        "what is the full name of the Indian official who met Esper?",
        "who is the Indian gentleman meeting with Esper?",
        "The Indian gentleman across the table from Esper — give us his full name.",
        "the Indian official sitting across from Esper, tell me his name",
    ],
)
def test_a_person_described_by_what_they_did_is_found_by_it(engine: Engine, question: str) -> None:
    """The name of the man Esper met, or the one India sent to meet him, is Singh's: not
    Esper's, the one person the question names."""
    answer = ask(engine, question)
    assert "Rajnath Singh" in answer.text
    assert "Esper" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who did Japan send to meet Esper?",
        "what's the full name of the Japanese man who met Esper?",
        "The Japanese official across the table from Esper — give us his full name.",
        "what is the name of the man Pompeo criticized?",
    ],
)
def test_a_described_person_the_article_does_not_have_is_not_named(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


def test_a_named_person_s_own_name_is_still_theirs(engine: Engine) -> None:
    assert ask(engine, "what is the name of the US defense secretary?").text.startswith("Mark")
    assert "Esper" in ask(engine, "whats the full name of the man who met singh").text


@pytest.mark.parametrize(
    ("question", "title"),
    [
        (
            "What level of State Department official made the recent New Delhi visit?",
            "Deputy Secretary of State",
        ),
        ("what is the title of the official who recently visited New Delhi?", "Deputy Secretary"),
        ("what rank of official recently visited New Delhi?", "Deputy Secretary"),
        ("what is the title of the man Esper met?", "Defense Minister"),
        ("what's the position of the Indian official who met Esper?", "Defense Minister"),
    ],
)
def test_the_title_of_someone_described_by_what_they_did(
    engine: Engine, question: str, title: str
) -> None:
    """The title of "the official who recently visited New Delhi" is the one the article
    gives whoever did it."""
    answer = ask(engine, question)
    assert title in answer.text
    assert not answer.abstained


def test_the_title_of_someone_the_article_does_not_describe_is_not_given(engine: Engine) -> None:
    assert ask(engine, "what is the title of the japanese official who met esper?").abstained
    assert ask(engine, "what is the title of the man Pompeo criticized?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Which technological domain was highlighted as an area of cooperation?",
        "What kind of technologies were mentioned as an area of cooperation?",
        "which tech field was named as a sphere of collaboration?",
    ],
)
def test_a_technology_named_as_an_area_of_cooperation_is_the_emerging_ones(
    engine: Engine, question: str
) -> None:
    """ "As an area of cooperation" frames a question about a technology: the emerging
    technologies, not the three areas of military cooperation that name none."""
    assert "emerging technologies" in ask(engine, question).text.lower()


def test_the_areas_of_cooperation_are_still_the_three_named(engine: Engine) -> None:
    answer = ask(engine, "Which areas of military cooperation were named?")
    assert "logistics" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Which senior deputy from America's diplomatic corps lately traveled to India's capital?",
        "Which deputy recently visited New Delhi?",
        "who from the US diplomatic service visited New Delhi recently?",
        "Which US deputy secretary recently went to New Delhi?",
    ],
)
def test_a_deputy_from_the_diplomatic_corps_is_begin(engine: Engine, question: str) -> None:
    """ "Which deputy…?" asks for a person whose title has the rank; America's diplomatic
    corps is its State Department."""
    assert "Begin" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "which deputy met Singh?",
        "which deputy visited Tokyo?",
        "did India's diplomatic corps visit Tokyo?",
    ],
)
def test_no_deputy_is_found_where_the_article_has_none(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What pact concerning exchanges and collaboration did the two governments settle on?",
            "Basic Exchange and Cooperation Agreement",
        ),
        ("what deal did both governments settle upon?", "Basic Exchange and Cooperation Agreement"),
        (
            "Which American official held talks with India's minister in charge of the armed"
            " forces?",
            "Esper",
        ),
        ("who is India's minister in charge of defence?", "Rajnath Singh"),
    ],
)
def test_settling_on_a_deal_and_the_minister_in_charge_of_the_military(
    engine: Engine, question: str, expected: str
) -> None:
    """Settling on a pact is agreeing on it; the two governments are the two sides; the
    minister in charge of the armed forces is the defense minister."""
    assert expected in ask(engine, question).text


def test_a_joint_statement_by_the_two_governments_is_not_ruled_out(engine: Engine) -> None:
    """The article reports the Pentagon's statement; whether the two sides issued a joint
    one as well it does not say."""
    assert ask(
        engine, "Did the two governments issue a joint statement after the meeting?"
    ).abstained
    assert ask(engine, "who is India's minister in charge of foreign affairs?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What agreement did the two sides agree on, according to the article's opening"
            " paragraph?",
            "Basic Exchange and Cooperation Agreement",
        ),
        ("who met Singh, according to the story's first paragraph?", "Esper"),
        (
            "What does the article call the U.S.-India partnership in the paragraph about China?",
            "elevated strategic partnership",
        ),
    ],
)
def test_where_in_the_article_to_look_does_not_hide_the_question(
    engine: Engine, question: str, expected: str
) -> None:
    """ "According to the article's opening paragraph", "in the paragraph about China" say
    where to look, which the answer's quote shows; the question is the rest."""
    assert expected in ask(engine, question).text


def test_a_paragraph_about_something_the_article_lacks_is_still_unanswered(
    engine: Engine,
) -> None:
    assert ask(engine, "what does Pompeo say in the paragraph about Russia?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "According to Pompeo, who poses the threat?",
        "According to Pompeo, who poses a threat to free nations?",
    ],
)
def test_a_leading_according_to_names_the_source_not_the_subject(
    engine: Engine, question: str
) -> None:
    """ "According to Pompeo, who poses the threat?" asks what "who poses the threat,
    according to Pompeo?" asks: China's Communist Party, not the free nations he spoke of."""
    assert "Communist Party" in ask(engine, question).text


def test_a_leading_according_to_still_answers_the_question_after_it(engine: Engine) -> None:
    assert "Esper" in ask(engine, "According to the Pentagon, who met Singh?").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What exact words did the statement use about defense trade?", "trade enhancements"),
        ("what wording did the Pentagon use about defense trade?", "trade enhancements"),
        (
            "What phrase does the article use for how U.S.-India relations are changing?",
            "heating up",
        ),
    ],
)
def test_the_words_used_about_something_are_what_was_said_about_it(
    engine: Engine, question: str, expected: str
) -> None:
    """ "What words did the statement use about X?" asks what it said about X."""
    assert expected in ask(engine, question).text


def test_the_phrase_used_for_a_thing_is_still_the_phrase_alone(engine: Engine) -> None:
    answer = ask(
        engine,
        "What phrase does the Defense Department use for the challenges that information"
        " sharing is meant to address?",
    )
    assert answer.text == "“pressing global security challenges”"
    assert ask(engine, "what words did Pompeo use about Russia?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is the Indian counterpart?", "Rajnath Singh"),
        ("Who was the Indian counterpart at the meeting?", "Rajnath Singh"),
        ("who was the indian participant?", "Rajnath Singh"),
        ("who is the guy from india?", "Rajnath Singh"),
        ("which Indian took part?", "Rajnath Singh"),
        ("who from India took part in the meeting?", "Rajnath Singh"),
        ("who is the American counterpart?", "Esper"),
        ("who is Singh's U.S. counterpart?", "Esper"),
        ("Esper's Indian counterpart?", "Rajnath Singh"),
    ],
)
def test_a_nationality_before_a_person_says_whose_that_person_is(
    engine: Engine, question: str, expected: str
) -> None:
    """ "The Indian counterpart" is the counterpart who is Indian (Singh), not India's
    counterpart; "the Indian participant" is a person of India, not India."""
    answer = ask(engine, question)
    assert expected in answer.text
    assert not answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "What is the title of the Indian official?",
        "what is the portfolio of the Indian official?",
        "What is the counterpart's portfolio on the Indian side?",
        "what's the indian counterpart's role?",
    ],
)
def test_the_title_of_a_person_of_a_country_is_that_person_s(engine: Engine, question: str) -> None:
    """The one Indian the article names is Singh: his title, not a description of India."""
    assert "Defense Minister" in ask(engine, question).text


def test_a_person_from_a_country_with_several_is_the_one_the_article_is_about(
    engine: Engine,
) -> None:
    """Asked first, "the guy from America" is Esper, the American of the headline, and the
    answer says who else is American; in a conversation about another, that one."""
    first = ask(engine, "who is the guy from america?")
    assert "Esper" in first.text and "Pompeo" in first.text and "Begin" in first.text
    assert (
        "Begin"
        in ask(engine, "Who visited New Delhi recently?", "who is the american official?").text
    )
    listed = ask(engine, "who are the officials from the US?").text
    assert "Esper" in listed and "Pompeo" in listed and "Begin" in listed


@pytest.mark.parametrize(
    "question",
    [
        "who is the Japanese official?",
        "who is the official from Australia?",
        "who was the chinese official?",
        "what is the title of the Japanese official?",
    ],
)
def test_a_person_of_a_country_the_article_names_no_one_from_is_unanswered(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained
    assert "names no one" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is India?", "India, the other side"),
        ("which countries took part?", "Four countries"),
        ("who is the Indian defence minister?", "Rajnath Singh"),
        ("who represented the U.S.?", "Esper"),
    ],
)
def test_the_country_itself_and_its_minister_are_still_answered(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who's the indian counterpart?", "Rajnath Singh"),
        ("whos the american counterpart", "Esper"),
        ("what position does the Indian official hold?", "India's Defense Minister"),
    ],
)
def test_a_person_of_a_country_asked_in_other_words_is_still_that_person(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_a_position_held_by_someone_of_a_country_the_article_lacks_is_unanswered(
    engine: Engine,
) -> None:
    assert ask(engine, "what position does the Japanese official hold?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Did Pompeo say free nations should work together with China's Communist Party?",
        "Did Pompeo say free nations should cooperate with China's Communist Party?",
        "did pompeo say free nations could team up with the chinese communist party",
        "Did Pompeo talk about free nations working alongside China's Communist Party?",
        "Did Pompeo say India should work with China?",
        "Did the US and India agree to work together with China?",
    ],
)
def test_a_partner_the_article_does_not_give_is_not_confirmed(
    engine: Engine, question: str
) -> None:
    """Pompeo spoke of free nations working together to thwart the threat posed by China's
    Communist Party: the party is what they would work against, not whom with."""
    assert not ask(engine, question).text.startswith("Yes")


def test_working_together_as_the_article_says_is_still_confirmed(engine: Engine) -> None:
    assert ask(
        engine, "Did Pompeo say free nations could work together against China's Communist Party?"
    ).text.startswith("Yes")
    assert ask(engine, "Did Pompeo talk about free nations working together?").text.startswith(
        "Yes"
    )
    assert ask(engine, "Did Esper agree to work together with Singh?").text.startswith("Yes")
    assert ask(engine, "Did Esper meet with Singh?").text.startswith("Yes")


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Who met on Monday?", "what countries are they from?"),
        ("Who met on Monday?", "where are they from?"),
        ("who met in new delhi?", "what country is each from?"),
        ("Who met in New Delhi?", "where do the two of them come from?"),
        ("who met on monday", "which nations are they from"),
    ],
)
def test_where_the_people_just_named_are_from_is_their_countries(
    engine: Engine, first: str, then: str
) -> None:
    """Their countries as the article's titles for them give them, not where they met."""
    assert ask(engine, first, then).text == "The United States and India"


def test_where_people_are_from_is_never_where_they_met(engine: Engine) -> None:
    """The article gives Pompeo no country; Tokyo, where the talks were, is no answer."""
    asked = ask(engine, "Who took part in the Tokyo talks?", "where are they from?")
    assert asked.abstained
    assert "Japan" in ask(engine, "Who attended the Tokyo talks?", "which countries?").text
    assert ask(engine, "where is new delhi?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Which countries are the world's two largest democracies?",
        "which nations are the two largest democracies?",
        "Which countries are described as the world's two largest democracies?",
    ],
)
def test_which_countries_are_the_largest_democracies_names_them(
    engine: Engine, question: str
) -> None:
    """The countries themselves, not the officials' description of their relationship."""
    answer = ask(engine, question)
    assert answer.text.startswith("The U.S. and India")
    assert "two largest democracies" in answer.quotes[0].text


def test_the_officials_description_is_still_what_they_said(engine: Engine) -> None:
    described = ask(engine, "How did officials describe the U.S.-India relationship?")
    assert "most significant relationships" in described.text
    assert ask(
        engine, "did officials call the relationship one between the two largest democracies?"
    ).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Did the statement identify China as the main threat?",
        "does the DoD statement cite China as a threat?",
        "did the defense department statement label china as the threat",
    ],
)
def test_identifying_china_in_the_statement_is_naming_it(engine: Engine, question: str) -> None:
    """The statement does not explicitly mention China, so it identified it as nothing."""
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert "does not explicitly mention China" in answer.quotes[0].text


def test_identify_as_a_request_still_asks_for_the_person(engine: Engine) -> None:
    assert "Esper" in ask(engine, "Identify the U.S. official who met Singh.").text
    assert ask(engine, "What does the article identify as the threat?").abstained


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("What did Esper and Singh agree in Mumbai?", "Mumbai"),
        ("what did esper and singh agree on in tokyo?", "Tokyo"),
    ],
)
def test_what_two_did_together_somewhere_else_is_corrected_to_where_they_met(
    engine: Engine, question: str, place: str
) -> None:
    """What Esper and Singh agreed, the article places nowhere itself; every fact placing
    the two of them puts them in New Delhi, so the city asked is corrected."""
    answer = ask(engine, question)
    assert answer.text.startswith(f"Not in {place}:")
    assert "New Delhi" in answer.text


def test_what_they_agreed_where_they_met_is_still_answered(engine: Engine) -> None:
    answer = ask(engine, "What did Esper and Singh agree in New Delhi?")
    assert "Basic Exchange and Cooperation Agreement" in answer.text
    assert ask(engine, "What did Singh agree in Mumbai?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the indian official — who is he?", "Rajnath Singh"),
        ("The Indian minister: who is he?", "Rajnath Singh"),
        ("the indian official... who was he?", "Rajnath Singh"),
        ("the Indian defence minister, who is he?", "Rajnath Singh"),
        ("the american official - who is he?", "Esper"),
        ("the agreement: what is it called?", "Basic Exchange and Cooperation Agreement"),
        ("that Tokyo meeting — who was there?", "Pompeo"),
        ("the strength of the relationship — who praised it?", "Esper and Singh"),
        ("Rajnath Singh — what is his title?", "India's Defense Minister"),
    ],
)
def test_a_topic_set_off_before_a_short_question_is_what_its_pronoun_means(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_a_set_off_topic_of_no_one_the_article_names_is_unanswered(engine: Engine) -> None:
    answer = ask(engine, "the Japanese official — who is he?")
    assert answer.abstained
    assert "names no one" in answer.text


def test_a_set_off_lead_that_the_article_contradicts_is_still_corrected(engine: Engine) -> None:
    answer = ask(engine, "Esper met Singh on Tuesday — where did they meet?")
    assert answer.text.startswith("No")
    assert "Monday" in answer.text


def test_a_lead_with_an_owner_keeps_he_for_the_owner(engine: Engine) -> None:
    answer = ask(
        engine,
        "The Secretary of State's press briefing before his trip, what did he say"
        " the talks were about countering?",
    )
    assert "China's Communist Party" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who are the americans?", ["Esper", "Pompeo", "Begin"]),
        ("Who were the Americans?", ["Esper", "Pompeo", "Begin"]),
        ("who are the U.S. officials?", ["Esper", "Pompeo", "Begin"]),
        ("name the american officials", ["Esper", "Pompeo", "Begin"]),
        ("who are the indians?", ["Rajnath Singh"]),
        ("who is the indian?", ["Rajnath Singh"]),
        ("name the Indian participant", ["Rajnath Singh"]),
        ("identify the Indian representative", ["Rajnath Singh"]),
    ],
)
def test_people_asked_for_by_nationality_are_the_people_the_article_names(
    engine: Engine, question: str, expected: list[str]
) -> None:
    text = ask(engine, question).text
    assert all(name in text for name in expected)


@pytest.mark.parametrize(
    "question", ["who are the japanese?", "name the australian delegate", "who is the chinese?"]
)
def test_people_of_a_country_the_article_names_no_one_from_are_unanswered(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "what title does the american official have?",
        "what is the title of the American official?",
        "what is the american official's position?",
    ],
)
def test_the_title_of_one_of_several_of_a_country_says_whose_it_is(
    engine: Engine, question: str
) -> None:
    text = ask(engine, question).text
    assert "U.S. Secretary of Defense" in text
    assert "Esper" in text and "Pompeo" in text and "Begin" in text


def test_the_title_of_the_one_indian_needs_no_name(engine: Engine) -> None:
    assert ask(engine, "what title does the indian official have?").text == (
        "India's Defense Minister"
    )


@pytest.mark.parametrize(
    ("question", "fact"),
    [("Begin — where did he go?", "begin-visit"), ("Singh: who is he?", "singh-identity")],
)
def test_a_bare_name_set_off_by_a_dash_or_colon_is_the_topic(
    engine: Engine, question: str, fact: str
) -> None:
    assert ask(engine, question).fact_ids == (fact,)


def test_a_word_of_chatter_set_off_by_a_dash_is_no_topic(engine: Engine) -> None:
    assert ask(engine, "Ok — who is he?").abstained


@pytest.mark.parametrize(
    ("follow_up", "verdict"),
    [
        ("was china in it", "No."),
        ("was china at it?", "No."),
        ("was russia in it", "No."),
        ("was pakistan there", "No."),
        ("was japan part of it", "Yes."),
        ("Was Australia in it?", "Yes."),
    ],
)
def test_being_in_the_talks_just_answered_is_checked_against_their_countries(
    engine: Engine, follow_up: str, verdict: str
) -> None:
    """After the Tokyo talks, "in it" is in them: the article lists their four countries,
    so one it leaves out was not there, whether or not the article names it."""
    answer = ask(engine, "where were the quad talks", "which countries", follow_up)
    assert answer.text.startswith(verdict)
    assert "Australia" in answer.quotes[0].text


@pytest.mark.parametrize(
    "question",
    [
        "was pakistan in the tokyo quad talks",
        "Was Pakistan at the Tokyo talks?",
        "was the uk in the quadripartite talks in tokyo",
    ],
)
def test_a_country_never_named_was_not_in_the_tokyo_talks(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert "not among them" in answer.text


def test_being_in_something_else_is_not_read_as_taking_part_in_the_talks(engine: Engine) -> None:
    """Neither someone the article never names, nor a country at the New Delhi meeting, nor
    a country at a meeting whose list is not given, gets a verdict."""
    assert ask(engine, "was jaishankar in the tokyo talks").abstained
    assert ask(engine, "was pakistan at the meeting in new delhi").abstained
    assert ask(engine, "who did esper meet", "was pakistan in it").abstained
    assert ask(engine, "who did esper meet", "was china in it").abstained
    assert ask(engine, "was the meeting in pakistan").text.startswith("No.")


@pytest.mark.parametrize(
    "question",
    [
        "the meeting was ahead of some dialogue, which one",
        "The meeting came before a dialogue — which one exactly?",
        "esper met singh ahead of some kind of dialogue, which?",
    ],
)
def test_a_thing_left_unsaid_then_which_one_asks_for_that_thing(
    engine: Engine, question: str
) -> None:
    assert "2+2 Dialogue" in ask(engine, question).text


def test_which_one_after_an_unsaid_thing_answers_where_the_lead_puts_it(engine: Engine) -> None:
    assert "Basic Exchange" in ask(engine, "they agreed on an agreement, which one?").text
    assert "Tokyo" in ask(engine, "the quad talks were in some city, which one").text
    assert "Singh" in ask(engine, "esper met some indian minister, which one").text


def test_a_bare_how_many_after_an_event_counts_that_event(engine: Engine) -> None:
    """ "What was the meeting ahead of?" (the 2+2) "How many?": the 2+2 dialogues; then
    Esper's own count of them."""
    asked = ("the meeting was ahead of some dialogue, which one", "how many")
    assert ask(engine, *asked).text.startswith("Three")
    answer = ask(engine, *asked, "and how many has esper been in")
    assert "second time Esper" in answer.text
    assert ask(engine, "what was the meeting ahead of", "how many?").text.startswith("Three")


def test_a_bare_how_many_after_a_list_still_counts_the_list(engine: Engine) -> None:
    assert ask(engine, "what areas of cooperation were mentioned", "how many").text.startswith(
        "Three areas"
    )
    assert ask(engine, "where were the quad talks", "how many").text.startswith("Four countries")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what commitment did they reinforce tbh i skimmed", "deepening cooperation"),
        ("what did the two men praise, i only skimmed it", "strength"),
        ("was it oct 26 or 27 i forgot", "26"),
        ("which day did they meet, i dont remember", "Monday"),
    ],
)
def test_a_trailing_i_forgot_or_i_skimmed_is_an_aside(
    engine: Engine, question: str, expected: str
) -> None:
    """The asker owning up to not remembering or not reading closely asks nothing more."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "whom did he meet, the us defence secy i mean",
        "who did he meet with, esper i mean",
    ],
)
def test_a_trailing_i_mean_says_who_he_is(engine: Engine, question: str) -> None:
    assert "Singh" in ask(engine, question).text


def test_a_trailing_i_mean_naming_someone_else_is_asked_of_them(engine: Engine) -> None:
    assert "Esper" in ask(engine, "who did he meet, singh i mean").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wdym 2+2 dialogue, between who", "foreign and defense ministers"),
        ("wdym BECA", "Basic Exchange and Cooperation Agreement"),
        ("whats the agreement called that they agreed on", "Basic Exchange and Cooperation"),
        ("what was the deal called that esper and singh reached", "Basic Exchange"),
        ("smth about logistics was in there rite? what did it say", "engagement on logistics"),
        ("something on logistics was mentioned, right? what did it say", "logistics"),
        ("which areas did they say theyd keep working together on", "emerging technologies"),
        ("whats the point of the us-india partnership acc to the article", "China"),
    ],
)
def test_chat_wording_reaches_the_article(engine: Engine, question: str, expected: str) -> None:
    """'wdym', 'smth … rite?', 'theyd', 'acc to' and a clause after 'called' are chat
    English for questions the article answers."""
    assert expected in ask(engine, question).text


def test_chat_wording_about_what_the_article_lacks_still_abstains(engine: Engine) -> None:
    assert ask(engine, "smth about submarines was in there rite? what did it say").abstained
    assert ask(engine, "whats the budget called that they agreed on").abstained


@pytest.mark.parametrize(
    "question",
    [
        "where did the meet happen, mumbai?",
        "where did the meeting take place, in mumbai?",
        "where did the meeting happen in Mumbai?",
        "when did the meeting happen in mumbai",
    ],
)
def test_a_where_or_when_put_on_a_wrong_city_is_corrected(engine: Engine, question: str) -> None:
    """The city guessed or put into the question is a premise the article contradicts."""
    answer = ask(engine, question)
    assert answer.text.startswith("That's not what the article says:")
    assert "New Delhi" in answer.text


def test_a_right_or_no_city_guess_is_still_answered_plainly(engine: Engine) -> None:
    assert ask(engine, "where did they meet, delhi?").text == "Yes: In New Delhi"
    assert ask(engine, "where were the quad talks, beijing?").text.startswith("In Tokyo")
    assert ask(engine, "where did begin meet singh in delhi").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("name the Indian minister's counterpart", "Esper"),
        ("who was the Indian defence minister's counterpart?", "Esper"),
        ("identify the indian defence minister's counterpart", "Esper"),
        ("who was the Indian defence minister's American counterpart?", "Esper"),
        ("who is Singh's counterpart?", "Esper"),
        ("the American secretary's counterpart", "Rajnath Singh"),
        ("who was the counterpart of the American secretary?", "Rajnath Singh"),
        ("the US defence secretary's counterpart, who was it?", "Rajnath Singh"),
        ("who is Esper's counterpart?", "Rajnath Singh"),
    ],
)
def test_whose_counterpart_names_the_other_side(
    engine: Engine, question: str, expected: str
) -> None:
    text = ask(engine, question).text
    other = "Singh" if expected == "Esper" else "Esper"
    assert expected in text and other not in text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is the Indian counterpart?", "Rajnath Singh"),
        ("who is the American counterpart?", "Esper"),
    ],
)
def test_a_bare_nationality_before_counterpart_is_that_side_s_own(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_the_counterpart_of_someone_from_a_country_no_one_met_is_unanswered(
    engine: Engine,
) -> None:
    assert ask(engine, "who's the Japanese minister's counterpart?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "the pact they agreed on, what did they call it?",
        "what did they call the agreement?",
        "what do people call the pact?",
        "the deal they signed, what do people call it?",
    ],
)
def test_what_they_called_a_thing_is_its_name(engine: Engine, question: str) -> None:
    assert "Basic Exchange and Cooperation Agreement" in ask(engine, question).text


def test_what_named_people_called_the_relationship_is_still_their_description(
    engine: Engine,
) -> None:
    for question in (
        "what did the officials call the relationship?",
        "what did they call the relationship?",
    ):
        assert ask(engine, question).fact_ids == ("officials-description",)


@pytest.mark.parametrize(
    "question",
    [
        "New Delhi — who went there?",
        "who visited New Delhi?",
        "who went to new delhi",
        "who visited India?",
    ],
)
def test_who_went_to_a_place_lists_everyone_the_article_has_going_there(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "Esper" in answer.text and "Begin" in answer.text
    assert set(answer.fact_ids) == {"meeting", "begin-visit"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who did Esper meet in New Delhi?", "Rajnath Singh"),
        ("who recently visited New Delhi?", "Begin"),
        ("who travelled to south asia", "Secretary Pompeo"),
    ],
)
def test_who_went_still_answers_one_where_the_question_singles_him_out(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "what did they call the meeting?",
        "what do they call the dialogue?",
        "what is the dialogue called?",
    ],
)
def test_the_name_of_a_meeting_the_article_does_not_name_is_unanswered(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what is the relationship called?", "officials-description"),
        ("what was the Tokyo meeting called?", "quad-identity"),
        ("what is the 2+2 meeting called?", "dialogue-identity"),
    ],
)
def test_what_a_named_meeting_or_the_relationship_is_called_is_still_answered(
    engine: Engine, question: str, fact: str
) -> None:
    assert ask(engine, question).fact_ids == (fact,)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("apart from Esper, who visited New Delhi?", "Begin"),
        ("who besides Esper went to New Delhi?", "Begin"),
        ("other than Begin, who visited New Delhi?", "Mark T. Esper"),
        ("apart from Esper, who went to Tokyo?", "Secretary Pompeo"),
    ],
)
def test_who_else_went_to_a_place_is_the_others_going_there(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(expected)
    assert "Singh" not in answer.text  # he was there as host, not one who went


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where is Singh's counterpart from?", "The United States"),
        ("what country is Esper's counterpart from?", "India"),
        ("what is Esper's counterpart's title?", "India's Defense Minister"),
        ("what was the Indian minister's counterpart's job?", "U.S. Secretary of Defense"),
    ],
)
def test_what_is_asked_of_someone_s_counterpart_is_asked_of_the_other_side(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_the_counterpart_of_someone_the_article_does_not_name_stays_unanswered(
    engine: Engine,
) -> None:
    assert ask(engine, "where is the Japanese minister's counterpart from?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Did Pompeo talk about the threat from China's military?",
        "did pompeo warn of the threat posed by china's government",
    ],
)
def test_a_claim_swapping_the_end_of_a_name_is_denied(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert "Communist Party" in answer.text


def test_a_claim_swapping_the_end_of_a_name_after_pompeo_s_words_is_denied(
    engine: Engine,
) -> None:
    answer = ask(
        engine,
        "what did pompeo say",
        "Is that right — he was talking about the threat from China's military?",
    )
    assert answer.text.startswith("No.")
    assert "Communist Party" in answer.text


def test_a_claim_naming_the_whole_name_or_a_place_is_unchanged(engine: Engine) -> None:
    said = ask(engine, "Did Pompeo talk about the threat from China's Communist Party?")
    assert said.text.startswith("Yes.")
    assert "New Delhi" in ask(engine, "Did Esper and Singh meet in Washington?").text
    assert ask(engine, "is esper the us defense secratary").text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "there was something about logistics in the article, what did it say",
        "there was a bit about logistics, what did it say about it?",
        "I remember a part about logistics in the statement — what did it say?",
        "the article had something on logistics, what did it say?",
    ],
)
def test_a_recalled_part_of_the_article_is_what_it_says_about_that(
    engine: Engine, question: str
) -> None:
    """'There was something about X, what did it say?' asks what the article says about X,
    not what anything in the article said."""
    answer = ask(engine, question)
    assert "mutual engagement on logistics" in answer.text
    assert "Pompeo" not in answer.text


def test_a_recalled_part_the_article_lacks_still_abstains(engine: Engine) -> None:
    assert ask(
        engine, "there was something about submarines in the article, what did it say"
    ).abstained


@pytest.mark.parametrize(
    "question",
    ["which city were they in", "what city were they in?", "where were they", "where did they go"],
)
def test_they_as_a_first_question_are_the_headline_s_defense_chiefs(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text == "In New Delhi"


@pytest.mark.parametrize(
    "question",
    [
        "are they going to war?",
        "do they like cricket?",
        "where are they now",
        "when will they be there",
        "what did they eat",
        "which city was he in",
    ],
)
def test_they_asked_beyond_the_article_still_abstains(engine: Engine, question: str) -> None:
    """Only the opening event's own setting, asked in the past, is read as theirs."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("first", "then"),
    [("was russia in it", "and pakistan?"), ("was russia there?", "pakistan?")],
)
def test_an_outsider_after_an_outsider_is_checked_against_the_tokyo_talks(
    engine: Engine, first: str, then: str
) -> None:
    answer = ask(engine, "who took part in the tokyo talks", first, then)
    assert answer.text.startswith("No.")
    assert "Pakistan" in answer.text


def test_a_member_after_an_outsider_is_still_yes(engine: Engine) -> None:
    answer = ask(engine, "what happened in the tokyo talks", "was russia in it", "and japan?")
    assert answer.text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    ["quadrilateral talk locaton?", "quad talks locaiton", "tokyo talks locatoin"],
)
def test_a_misspelt_type_word_still_says_what_is_asked(engine: Engine, question: str) -> None:
    """A keyword query's 'location' typed with a slip still asks where."""
    assert ask(engine, question).text.startswith("In Tokyo")


def test_a_real_word_near_a_type_word_is_not_taken_for_it(engine: Engine) -> None:
    assert ask(engine, "tokyo talks lumber").abstained  # not "number"


@pytest.mark.parametrize(
    "follow_up",
    [
        "Who else took part besides the US and India?",
        "which other countries besides India and the US?",
        "apart from the US and India?",
        "what other countries were there other than india and the united states?",
    ],
)
def test_who_else_besides_countries_names_the_other_countries_there(
    engine: Engine, follow_up: str
) -> None:
    """After the Tokyo talks, the others besides two of its countries are its other two,
    not people from another fact about the U.S. and India."""
    answer = ask(engine, "Where were the quadripartite talks held?", follow_up)
    assert answer.text == "Japan and Australia"
    then = ask(engine, "Where were the quadripartite talks held?", follow_up, "When was that?")
    assert "Earlier this month" in then.text


def test_who_else_besides_countries_counts_the_side_the_others_met(engine: Engine) -> None:
    answer = ask(engine, "Besides Japan and Australia, who else was at the Tokyo talks?")
    assert answer.text == "The United States and India"
    assert ask(engine, "Where were the quad talks?", "who else was there besides Esper?").text == (
        "Secretary Pompeo"
    )


def test_who_else_besides_countries_where_the_article_names_no_others_abstains(
    engine: Engine,
) -> None:
    answer = ask(
        engine, "Where did Esper meet Singh?", "Who else took part besides the US and India?"
    )
    assert answer.abstained


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        (
            "What type of technologies did the defense chiefs agree to cooperate on?",
            "What else did they prioritize?",
        ),
        ("What type of technologies did the defense chiefs agree to cooperate on?", "what else?"),
        (
            "what kind of tech did they agree to develop together?",
            "and what else did they agree on?",
        ),
    ],
)
def test_what_else_after_one_item_gives_the_rest_of_its_list(
    engine: Engine, first: str, follow_up: str
) -> None:
    """One item of a list answered, 'what else?' is the list's other items, same fact."""
    answer = ask(engine, first, follow_up)
    assert "defense trade" in answer.text
    assert answer.fact_ids == ("work-together",)


def test_what_else_after_a_whole_list_or_of_another_act_is_unchanged(engine: Engine) -> None:
    whole = "What did Esper and Singh agree to keep working on?"
    assert ask(engine, whole, "what else?").abstained
    tech = "What type of technologies did the defense chiefs agree to cooperate on?"
    assert "information sharing" in ask(engine, tech, "what else did they welcome?").text


@pytest.mark.parametrize(
    "question",
    [
        "who went to Washington?",
        "who visited the United States?",
        "who has been to the US?",
        "who went to Australia?",
        "who flew over to australia?",
        "which American visited Australia?",
        "which officials travelled to Australia?",
        "who traveled to Beijing?",
        "who made a trip to China?",
        "who went to India for talks?",
    ],
)
def test_who_went_to_a_place_the_article_sends_no_one_to_is_unanswered(
    engine: Engine, question: str
) -> None:
    # The Tokyo talks were in Japan: the U.S., India and Australia were parties to them,
    # not where anyone went.
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "fact", "expected"),
    [
        ("who went to Tokyo?", "quad-talks", "Esper and Secretary Pompeo"),
        ("who flew to Japan?", "quad-talks", "Esper and Secretary Pompeo"),
        ("who travelled to South Asia?", "pompeo-trip", "Secretary Pompeo"),
        ("who headed to South Asia?", "pompeo-trip", "Secretary Pompeo"),
        ("who went for the US?", "quad-talks", "Esper and Secretary Pompeo"),
        ("who went from the US?", "quad-talks", "Esper and Secretary Pompeo"),
    ],
)
def test_who_went_to_a_place_the_article_sends_them_to_is_still_answered(
    engine: Engine, question: str, fact: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert answer.fact_ids == (fact,)
    assert answer.text.startswith(expected)


@pytest.mark.parametrize("question", ["who visited New Delhi?", "who went to India?"])
def test_who_went_to_india_is_still_esper_and_begin(engine: Engine, question: str) -> None:
    assert ask(engine, question).fact_ids == ("meeting", "begin-visit")


def test_going_somewhere_in_a_clause_is_not_what_a_who_question_asks(engine: Engine) -> None:
    # The trip dates the press conference; who gave it is asked.
    answer = ask(engine, "who spoke at the State Department before heading to South Asia?")
    assert answer.text.startswith("Secretary Pompeo")


@pytest.mark.parametrize(
    "question",
    [
        "Give me both the place and the date of the Esper-Singh meeting.",
        "Tell me the where and when of the Esper-Singh meeting.",
        "What was the place and date of the meeting?",
        "Tell me both the when and the where of the meeting.",
        "Can you tell me both the date and venue of the meeting between Esper and Singh?",
    ],
)
def test_place_and_date_asked_for_together_are_both_given(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.fact_ids == ("meeting",)
    assert "New Delhi" in answer.text
    assert "Oct. 26" in answer.text


def test_place_and_date_of_talks_with_no_date_give_the_place_only(engine: Engine) -> None:
    answer = ask(engine, "Give me both the place and the date of the Tokyo talks.")
    assert answer.text.startswith("In Tokyo, Japan")
    assert "Oct" not in answer.text  # the talks were "earlier this month", no date given


@pytest.mark.parametrize(
    "question",
    [
        "Where was Pompeo about to travel when he gave that press conference?",
        "Where was Pompeo going when he spoke?",
        "Where was Pompeo set to fly when he held the press conference?",
    ],
)
def test_where_someone_was_going_when_he_spoke_is_his_destination(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text == "To South Asia"


@pytest.mark.parametrize(
    "question",
    [
        "Where was Pompeo when he gave the press conference?",
        "Where did Pompeo go to give his press conference?",
        "Where did Pompeo give a press conference about his trip?",
    ],
)
def test_where_someone_spoke_is_still_the_venue(engine: Engine, question: str) -> None:
    assert ask(engine, question).text == "At a press conference at the State Department"


@pytest.mark.parametrize(
    "question",
    [
        "What upcoming event was the Esper-Singh meeting held ahead of?",
        "What upcoming event was the meeting before?",
    ],
)
def test_an_upcoming_event_is_what_the_meeting_was_ahead_of(engine: Engine, question: str) -> None:
    assert "2+2 Dialogue" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "On what subject did they agree to strengthen mutual engagement?",
        "What subject was mutual engagement to be strengthened on?",
    ],
)
def test_the_subject_of_mutual_engagement_is_logistics(engine: Engine, question: str) -> None:
    assert "logistics" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "What two examples does the DOD statement give of areas in which Esper and Singh "
        "agreed to keep working together?",
        "Name two areas in which Esper and Singh agreed to keep working together.",
    ],
)
def test_areas_in_which_people_agreed_are_the_areas_not_the_people(
    engine: Engine, question: str
) -> None:
    text = ask(engine, question).text
    assert "emerging technologies" in text
    assert "defense trade" in text


def test_which_naming_a_person_at_the_start_still_asks_for_that_person(engine: Engine) -> None:
    assert "Esper" in ask(engine, "Which Pentagon chief travelled to New Delhi?").text


@pytest.mark.parametrize(
    ("first", "question"),
    [
        ("What is the 2+2?", "Was Begin in it?"),
        ("What is the 2+2?", "Was Pompeo in it?"),
        ("What is the 2+2 dialogue?", "did Pompeo take part in it?"),
        ("Tell me about the meeting in New Delhi", "Was Begin at it?"),
        ("Where did Esper meet Singh?", "was Pompeo at it?"),
        ("What were the Tokyo talks?", "Was Singh in it?"),
    ],
)
def test_a_person_the_event_just_answered_does_not_name_was_not_said_to_be_in_it(
    engine: Engine, first: str, question: str
) -> None:
    # Who Begin is puts him at no event; the article names no one else at these.
    assert ask(engine, first, question).abstained


@pytest.mark.parametrize(
    ("first", "question", "listed"),
    [
        ("What is the 2+2?", "Was Japan in it?", "The U.S. and India"),
        ("What is the 2+2 dialogue?", "was china part of it?", "The U.S. and India"),
        ("What were the Tokyo talks?", "Was China in it?", "Quadripartite talks in Tokyo"),
        ("What is BECA?", "Was Japan part of it?", "The U.S. and India"),
    ],
)
def test_a_country_left_out_of_the_event_just_answered_was_not_in_it(
    engine: Engine, first: str, question: str, listed: str
) -> None:
    # The article lists all the parties of these: a country not among them is a no.
    answer = ask(engine, first, question)
    assert answer.text.startswith("No.")
    assert listed in answer.text


@pytest.mark.parametrize(
    ("first", "question", "fact"),
    [
        ("What were the Tokyo talks?", "Did Australia take part?", "quad-talks"),
        ("What were the Tokyo talks?", "Was Pompeo in it?", "pompeo-identity"),
        ("Tell me about the meeting in New Delhi", "Was Singh at it?", "meeting"),
    ],
)
def test_who_was_in_the_event_just_answered_is_still_yes(
    engine: Engine, first: str, question: str, fact: str
) -> None:
    answer = ask(engine, first, question)
    assert answer.text.startswith("Yes.")
    assert answer.fact_ids == (fact,)


def test_was_someone_at_it_with_nothing_it_points_to_is_not_answered_by_who_he_is(
    engine: Engine,
) -> None:
    assert ask(engine, "Was Begin at it?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Is the meeting the same as the 2+2 dialogue?",
        "Is the New Delhi meeting the same as the 2+2?",
        "is the 2+2 the same thing as the meeting?",
    ],
)
def test_the_meeting_is_not_the_2plus2_it_came_ahead_of(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert answer.fact_ids[0] == "meeting"


def test_the_meeting_beside_an_event_its_fact_does_not_mention_is_unsaid(
    engine: Engine,
) -> None:
    assert ask(engine, "Is the meeting the same as the Tokyo talks?").abstained


def test_the_dialogue_is_still_the_2plus2(engine: Engine) -> None:
    assert ask(engine, "Is the dialogue the same as the 2+2?").text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "It was Begin who joined Pompeo at the Tokyo talks, wasn't it?",
        "Was it Begin who accompanied Pompeo to the Tokyo talks?",
        "It was Begin who went with Pompeo to the talks in Tokyo, right?",
    ],
)
def test_a_cleft_claim_naming_the_wrong_companion_is_a_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "Esper" in answer.text


def test_a_cleft_claim_naming_the_right_companion_is_a_yes(engine: Engine) -> None:
    assert ask(engine, "It was Esper who joined Pompeo in Tokyo, wasn't it?").text.startswith("Yes")
    assert ask(engine, "It was Pompeo who met Singh, right?").text.startswith("No.")
    assert ask(engine, "Was it Pompeo who met Singh on Monday?").text.startswith("No.")
    # Who took part is not who joined someone: others may have, unsaid.
    assert ask(engine, "Was it Begin who took part in the Tokyo talks?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "The Tokyo talks happened last year, didn't they?",
        "Were the Tokyo talks held last month?",
        "Did Esper meet Singh last year?",
    ],
)
def test_a_time_before_the_articles_own_month_is_a_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "the article gives no" in answer.text


def test_a_year_before_a_time_the_article_leaves_open_is_not_judged(engine: Engine) -> None:
    # "Recently" and a count of 2+2s place nothing in a month or a year.
    assert ask(engine, "Did Begin visit New Delhi last year?").abstained
    assert ask(engine, "Did Esper take part in a 2+2 last year?").abstained
    assert ask(engine, "Did the meeting last an hour?").abstained
    assert ask(engine, "Did the Tokyo talks take place this year?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Rajnath Singh flew to Washington to meet Esper, didn't he?",
        "Did Singh travel to the US to meet Esper?",
        "Esper went to Mumbai to meet Singh, right?",
    ],
)
def test_a_trip_elsewhere_to_meet_is_a_no_with_where_they_met(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "New Delhi" in answer.text


def test_a_trip_with_no_meeting_to_a_place_the_article_lacks_still_abstains(
    engine: Engine,
) -> None:
    assert ask(engine, "Did Singh travel to Washington?").abstained
    assert ask(engine, "Did Esper fly to India to meet Singh?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Esper and Singh pushed back on expanding information sharing, didn't they?",
        "Did Esper and Singh resist the expansion of information sharing?",
        "Singh objected to expanding information sharing, right?",
        "They balked at expanding information sharing, didn't they?",
    ],
)
def test_opposing_what_they_welcomed_is_a_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "welcomed" in answer.text


def test_refusing_to_meet_is_not_opposing_something_welcomed(engine: Engine) -> None:
    assert ask(engine, "Why did Singh refuse to meet Esper?").abstained
    assert ask(engine, "Did Esper and Singh push for expanding information sharing?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Pompeo's trip was to Southeast Asia, right?",
        "Did Pompeo travel to southeast Asia?",
        "Pompeo headed to Southwest Asia, didn't he?",
    ],
)
def test_a_compass_compound_region_is_not_the_one_the_article_names(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "South Asia" in answer.text


def test_the_region_the_article_names_is_still_a_yes(engine: Engine) -> None:
    assert ask(engine, "Pompeo's trip was to South Asia, right?").text.startswith("Yes")
    assert ask(engine, "Did Pompeo travel to Asia?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Esper sat down with India's foreign minister on Monday, didn't he?",
        "Did Esper meet India's foreign minister on Oct. 26?",
    ],
)
def test_the_wrong_title_on_the_meetings_own_day_is_a_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "Singh" in answer.text


def test_the_wrong_title_with_no_day_still_only_says_what_the_article_says(
    engine: Engine,
) -> None:
    # The 2+2, with India's foreign minister at it, may have been in New Delhi too.
    for question in (
        "Did Esper meet India's foreign minister?",
        "Did Esper meet India's foreign minister in New Delhi?",
    ):
        answer = ask(engine, question)
        assert answer.abstained and "Defense Minister" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "According to the Pentagon, who poses the threat?",
        "According to the DOD statement, who poses the threat?",
        "who poses the threat according to the Defense Department?",
        "According to Singh, who poses the threat?",
        "who poses a threat, according to Singh?",
    ],
)
def test_an_answer_according_to_someone_must_be_their_words(engine: Engine, question: str) -> None:
    # The threat is Pompeo's word; the statement does not mention China, and Singh is
    # quoted on no threat. Esper and Singh address threats; they pose none.
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("acc to pompeo who poses the threat", "China's Communist Party"),
        ("According to Pompeo who poses the threat?", "China's Communist Party"),
        ("According to Pompeo, who poses the threat?", "China's Communist Party"),
        ("Per Pompeo, who should work together against the threat?", "Free nations"),
        ("who poses the threat?", "China's Communist Party"),
    ],
)
def test_an_answer_according_to_the_speaker_is_still_given(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "Who is the man Pompeo met?",
        "Who is the official meeting with Pompeo?",
        "who was the person that Pompeo met?",
    ],
)
def test_whom_pompeo_met_is_not_esper_who_went_with_him(engine: Engine, question: str) -> None:
    # Esper and Pompeo took part in the Tokyo talks side by side; the article names no
    # one Pompeo met.
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is the man Esper met?", "Rajnath Singh"),
        ("who is the official meeting with Esper?", "Rajnath Singh"),
        ("who is the man Singh met?", "Mark T. Esper"),
        ("Who issued the statement about Esper's meeting with Singh?", "The U.S. Defense"),
        ("who went to Tokyo with Pompeo?", "Mark T. Esper"),
    ],
)
def test_whom_someone_met_is_still_the_other_side_of_their_meeting(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which ministerial portfolios make up the Quad?",
        "which ministers make up the quad",
        "What ministers comprise the quadripartite talks?",
        "Which cabinet portfolios constitute the Tokyo talks?",
    ],
)
def test_the_ministers_making_up_the_quad_are_not_told(engine: Engine, question: str) -> None:
    # The article names Esper and Pompeo at the Tokyo talks but never says which
    # ministries make up the quad, as it does for the 2+2's foreign and defense ministers.
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Which ministerial portfolios constitute the 2+2 format?",
        "which ministers make up the 2+2 dialogue?",
    ],
)
def test_the_ministers_making_up_the_2plus2_are_foreign_and_defense(
    engine: Engine, question: str
) -> None:
    assert "foreign and defense ministers" in ask(engine, question).text


def test_who_took_part_in_the_tokyo_talks_is_still_esper_and_pompeo(engine: Engine) -> None:
    assert ask(engine, "which ministers took part in the Tokyo talks?").text.startswith("Esper")


@pytest.mark.parametrize(
    "question",
    ["what do people call the threat?", "what is the threat called", "what's the threat known as?"],
)
def test_what_the_threat_is_called_is_not_what_the_relationship_was_called(
    engine: Engine, question: str
) -> None:
    # The officials' words name the relationship; nothing in the article names the threat.
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    ["what is the relationship called?", "what did they call the two countries?"],
)
def test_what_the_relationship_is_called_is_still_the_officials_words(
    engine: Engine, question: str
) -> None:
    assert "one of the most significant relationships" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "According to the last line of the article, who visited New Delhi?",
        "In the last sentence, who visited New Delhi?",
        "who visited New Delhi, according to the final line?",
    ],
)
def test_the_last_line_names_only_begin_visiting_new_delhi(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Begin")


def test_the_last_line_does_not_tell_who_met_singh(engine: Engine) -> None:
    # Esper met Singh in New Delhi, but the last line is about Begin only.
    assert ask(engine, "According to the last line, who met Singh?").abstained


def test_who_visited_new_delhi_in_the_article_is_still_esper_and_begin(engine: Engine) -> None:
    text = ask(engine, "who visited New Delhi?").text
    assert "Esper" in text and "Begin" in text


@pytest.mark.parametrize(
    "question",
    [
        "Was Begin at the New Delhi meeting?",
        "Did Begin attend the talks in New Delhi?",
        "Was Begin present at the meeting in New Delhi?",
    ],
)
def test_visiting_the_city_is_not_being_at_the_meeting_there(engine: Engine, question: str) -> None:
    # Begin visited New Delhi; the article does not put him at the Esper-Singh meeting.
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    ["Did Begin visit New Delhi?", "Did Begin go to New Delhi?", "Was Singh at the meeting?"],
)
def test_a_visit_and_the_meeting_are_still_confirmed(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes.")


def test_what_was_done_at_the_meeting_is_still_confirmed(engine: Engine) -> None:
    assert ask(engine, "Was logistics discussed in the meeting?").text.startswith("Yes.")


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("Who met Singh?", "who else?"),
        ("Who took part in the Tokyo talks?", "who else?"),
        ("who went to Tokyo?", "who else?"),
        ("Who welcomed the expansion of information sharing?", "who else did?"),
    ],
)
def test_who_else_sets_the_last_answers_people_aside(
    engine: Engine, first: str, again: str
) -> None:
    # The article names no one else; the last answer again is no answer to "who else".
    assert ask(engine, first, again).abstained


def test_who_else_with_someone_set_aside_still_finds_the_other(engine: Engine) -> None:
    assert "Pompeo" in ask(engine, "Who else took part in the Tokyo talks besides Esper?").text


@pytest.mark.parametrize(
    "question",
    ["which person did Pompeo meet with?", "who met with Pompeo?", "Who did Pompeo meet?"],
)
def test_whom_pompeo_met_is_no_country_at_his_talks(engine: Engine, question: str) -> None:
    # Japan, India and Australia took part in the talks; they are not persons he met, and
    # the article names none.
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who did Esper meet with?", "Rajnath Singh"),
        ("who met with Esper?", "Rajnath Singh"),
        ("whom did Singh meet?", "Mark T. Esper"),
        ("who went to Tokyo with Pompeo?", "Mark T. Esper"),
    ],
)
def test_whom_someone_met_is_still_a_person_on_the_other_side(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "according to the statement, who is the threat?",
        "According to the Pentagon, who is the threat?",
        "who is the threat according to the statement?",
        "according to Pompeo, who is the threat?",
    ],
)
def test_who_is_the_threat_by_someones_word_is_not_who_addresses_it(
    engine: Engine, question: str
) -> None:
    # Esper and Singh address threats and Free nations work against one; neither is the
    # threat, and the statement does not name China.
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("According to Pompeo, who poses the threat?", "China's Communist Party"),
        ("according to the statement, who is Esper?", "Mark T. Esper"),
        ("according to the article, who is Singh?", "Rajnath Singh"),
    ],
)
def test_who_someone_is_by_a_source_is_still_answered(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("Who met Singh?", "Who else met Singh?"),
        ("Who took part in the Tokyo talks?", "who else was at the Tokyo talks?"),
    ],
)
def test_who_else_asked_in_full_sets_the_last_answers_people_aside(
    engine: Engine, first: str, again: str
) -> None:
    assert ask(engine, first, again).abstained


def test_who_else_naming_the_last_answer_keeps_it_as_the_one_beside(engine: Engine) -> None:
    # Esper is named again, as the one someone else went with.
    assert ask(engine, "Who met Singh?", "Who else went to Tokyo with Esper?").text.startswith(
        "Secretary Pompeo"
    )


@pytest.mark.parametrize(
    "question",
    ["Was Pompeo at the New Delhi meeting?", "Did Pompeo attend the New Delhi meeting?"],
)
def test_a_word_a_fact_only_mentions_does_not_place_its_event(
    engine: Engine, question: str
) -> None:
    # Pompeo's press conference spoke of "meetings during his visit"; where he spoke is not
    # where those were, so the article neither puts him at the New Delhi meeting nor elsewhere.
    assert ask(engine, question).abstained
    # What his fact has happen (a press conference) is placed: somewhere else than asked.
    placed = ask(engine, "Was Pompeo's press conference in New Delhi?")
    assert placed.text.startswith("No.") and "State Department" in placed.text


@pytest.mark.parametrize(
    "followup",
    ["what's in it exactly?", "what does it say?", "what does it include?", "its details?"],
)
def test_what_is_in_the_agreement_asked_loosely_is_not_known(engine: Engine, followup: str) -> None:
    # The article names the agreement only; its name is not its contents.
    first = "What agreement did the US and India agree on in Delhi?"
    assert ask(engine, first, followup).abstained


@pytest.mark.parametrize("question", ["what is in the BECA?", "what's in the basic agreement?"])
def test_what_is_in_a_named_agreement_is_not_what_it_is(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained
    assert "Basic Exchange" in ask(engine, "What is the BECA?").text
    assert not ask(engine, "what does the statement say?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "What did Rajnath Singh personally say in his own remarks to the press?",
        "What were Singh's own remarks?",
        "what did Esper say himself?",
    ],
)
def test_own_words_of_someone_never_quoted_are_not_known(engine: Engine, question: str) -> None:
    # The Pentagon's statement reports what Esper and Singh did; it quotes neither.
    assert ask(engine, question).abstained


def test_own_words_of_someone_quoted_are_still_given(engine: Engine) -> None:
    assert "Communist Party" in ask(engine, "What did Pompeo say to the press?").text
    assert "Communist Party" in ask(engine, "What were Pompeo's remarks?").text


@pytest.mark.parametrize(
    "question",
    [
        "How many Indian officials attended the meeting with Esper?",
        "How many Indian officials were at the meeting?",
    ],
)
def test_a_count_of_a_countrys_people_is_not_a_count_of_that_countrys_things(
    engine: Engine, question: str
) -> None:
    # "Indian" only says whose officials: the article counts Esper's 2+2 meetings and the
    # dialogues, never officials.
    assert ask(engine, question).abstained


def test_a_count_named_after_its_countries_is_still_given(engine: Engine) -> None:
    assert ask(engine, "How many US-India 2+2 dialogues have taken place?").text == "Three"
    assert ask(engine, "How many times has Esper attended a US-India 2+2?").text.startswith("Two")


@pytest.mark.parametrize(
    "question",
    [
        "What was Esper's job before he became Secretary of Defense?",
        "What did Singh do before becoming defense minister?",
        "What did Esper do before being named defense secretary?",
    ],
)
def test_life_before_the_post_is_not_in_the_article(engine: Engine, question: str) -> None:
    # The article gives people only by the posts they hold now.
    assert ask(engine, question).abstained


def test_the_post_held_now_and_what_came_before_the_trip_are_still_given(
    engine: Engine,
) -> None:
    assert ask(engine, "What was Esper's job?").text == "U.S. Secretary of Defense"
    assert "Communist Party" in ask(engine, "what did Pompeo say prior to his trip?").text


def test_the_place_of_the_meeting_is_not_the_place_of_the_2plus2_it_came_ahead_of(
    engine: Engine,
) -> None:
    # The article never says where the 2+2 was held: the meeting's place is its own.
    asked = ("What's the 2+2 Dialogue between the US and India?", "did Esper see Singh before it?")
    assert ask(engine, *asked, "where was the dialogue held?").abstained
    assert ask(engine, *asked, "where was the dialogue?").abstained
    # The meeting itself, however it is asked, is still placed.
    assert "New Delhi" in ask(engine, "who met singh", "where was the meeting held?").text
    assert "New Delhi" in ask(engine, "Where did Esper meet Singh ahead of the 2+2?").text


@pytest.mark.parametrize(
    "question",
    [
        "Was Pompeo the one who met Rajnath Singh on Monday?",
        "Is Pompeo the person who met Singh?",
        "was pompeo the man that met singh in new delhi?",
    ],
)
def test_someone_else_as_the_one_who_did_it_is_a_no(engine: Engine, question: str) -> None:
    """'The one who met Singh' is Esper: Pompeo is someone else, and the answer says who
    met Singh."""
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert "Esper met India's Defense Minister Rajnath Singh" in answer.text


def test_the_one_who_did_it_still_fits_whoever_did_it(engine: Engine) -> None:
    assert ask(engine, "Is Esper the one who met Singh?").text.startswith("Yes.")
    assert ask(engine, "Was Begin the one who visited New Delhi?").text.startswith("Yes.")
    assert ask(engine, "Was Pompeo the one who went to Tokyo?").text.startswith("Yes.")
    assert ask(engine, "Is BECA the one that was agreed?").text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "Who gave a press conference warning about China's Communist Party?",
        "Who warned about China's Communist Party?",
        "who warned of the threat posed by China?",
    ],
)
def test_who_warned_about_the_party_is_pompeo(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text == "Secretary Pompeo"
    where = ask(engine, question, "where did he give it?")
    assert "State Department" in where.text


def test_a_warning_no_one_gave_is_still_not_answered(engine: Engine) -> None:
    assert ask(engine, "Did Pompeo warn about Russia?").abstained
    assert ask(engine, "Did Pompeo warn that China would invade India?").abstained
    assert ask(engine, "Did the statement warn about China?").text.startswith("No.")


@pytest.mark.parametrize(
    "question",
    [
        "Were Esper and Singh happy with the BECA?",
        "Were the two defence ministers satisfied with BECA?",
        "were esper and singh pleased with the BECA",
    ],
)
def test_pleased_with_an_agreement_is_not_an_unsaid_partner(engine: Engine, question: str) -> None:
    # 'with the BECA' is what they were pleased with, not someone they did it with.
    answer = ask(engine, question)
    assert answer.text.startswith("Yes.")
    assert "appreciation" in answer.text


def test_a_partner_with_whom_is_still_checked(engine: Engine) -> None:
    assert ask(
        engine, "Did Pompeo say free nations should work together with China's Communist Party?"
    ).abstained
    assert ask(engine, "Was Pompeo happy with the BECA?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "why did the statement say info sharing is being expanded?",
        "Why does the Pentagon say that information sharing is being expanded?",
        "Why did the DOD statement claim info sharing is being expanded?",
    ],
)
def test_why_someone_said_it_is_the_reason_they_give(engine: Engine, question: str) -> None:
    assert "pressing global security challenges" in ask(engine, question).text


def test_why_someone_said_what_they_did_not_say_still_abstains(engine: Engine) -> None:
    assert ask(engine, "why did Singh say China is a threat?").abstained
    assert ask(engine, "why did the statement say so?").abstained
    answer = ask(engine, "Why did the State Department issue the statement about the meeting?")
    assert "Defense Department" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "In the field of technology, what did Esper and Singh agree to cooperate on?",
        "What did Esper and Singh agree on in the area of technology?",
        "in the domain of tech, what will esper and singh work together on?",
    ],
)
def test_the_field_of_something_frames_what_is_asked_about(engine: Engine, question: str) -> None:
    assert "emerging technologies" in ask(engine, question).text


def test_a_field_the_article_does_not_name_is_neither_a_place_nor_answered(
    engine: Engine,
) -> None:
    answer = ask(engine, "In the field of space, what did Esper and Singh agree to cooperate on?")
    assert answer.abstained
    assert ask(engine, "In the field of technology, what did Pompeo say?").abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("How many 2+2 dialogues have there been and which one is Esper's?",),
        ("how many 2+2s have there been?", "and which one was Esper's?"),
    ],
)
def test_which_one_is_someone_s_asks_the_occasion_s_number(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    answer = ask(engine, *questions)
    assert "second time Esper" in answer.text


def test_which_one_is_someone_s_with_no_count_of_theirs_abstains(engine: Engine) -> None:
    assert ask(engine, "Which one is Singh's?").abstained
    assert ask(
        engine, "What countries took part in the Tokyo talks?", "which one is India's?"
    ).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Is the 2+2 Dialogue a meeting of the two countries' trade ministers?",
        "Is the 2+2 Dialogue between the trade ministers?",
        # Was an abstention in an older test (not confirmed); the fact says whose it is.
        "Was the 2+2 dialogue between the trade ministers?",
        "is the 2+2 a meeting of the finance ministers?",
    ],
)
def test_the_2plus2_between_other_ministers_is_a_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert "foreign and defense ministers" in answer.text


def test_other_ministers_elsewhere_or_one_office_holder_still_abstain(engine: Engine) -> None:
    assert ask(engine, "Did the commerce ministers meet in New Delhi?").abstained
    assert ask(engine, "did India's prime minister say anything about it?").abstained
    defense = ask(engine, "Is the 2+2 Dialogue a meeting of the two countries' defense ministers?")
    assert defense.text.startswith("Yes.")


@pytest.mark.parametrize("then", ["which countries exactly?", "which country?"])
def test_a_region_is_not_the_countries_asked_for(engine: Engine, then: str) -> None:
    # The article names South Asia as Pompeo's destination, and none of its countries.
    assert ask(engine, "Pompeo was going on a trip to which region?", then).abstained
    # A city in a country still gives the country.
    assert "India" in ask(engine, "which country did Esper visit?").text


def test_before_x_or_after_is_an_either_or(engine: Engine) -> None:
    # "before the 2+2 or after?" asks which, as "before or after the 2+2?" does.
    answer = ask(engine, "did Esper see Singh before the 2+2 or after?")
    assert answer.text.startswith("Before")
    assert ask(engine, "were the tokyo talks before the meeting or after?").text.startswith(
        "Before"
    )


@pytest.mark.parametrize(
    "question",
    [
        "which country was the meeting in?",
        "in which country was the meeting?",
        "what country did the meeting take place in?",
        "Which nation did Esper and Singh meet in?",
    ],
)
def test_the_country_of_the_meeting_is_india_by_its_city(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("India")
    assert answer.quote is not None and "New Delhi" in answer.quote.text


def test_the_country_of_other_events_is_their_own_or_not_given(engine: Engine) -> None:
    assert "Japan" in ask(engine, "which country were the quad talks held in?").text
    # The article places the 2+2 nowhere.
    assert ask(engine, "which country did the 2+2 take place in?").abstained


@pytest.mark.parametrize(
    "then",
    [
        "did esper see singh before it or after?",
        "did Esper meet Singh before or after that?",
        "was the meeting before or after it?",
    ],
)
def test_before_or_after_it_is_ordered_against_the_event_just_named(
    engine: Engine, then: str
) -> None:
    answer = ask(engine, "what's the 2+2?", then)
    assert answer.text.startswith("Before")
    assert answer.quote is not None and "ahead of the 2+2 Dialogue" in answer.quote.text


def test_before_or_after_them_is_never_a_yes_or_the_wrong_side(engine: Engine) -> None:
    # The meeting's own time names the 2+2, not the Tokyo talks.
    answer = ask(engine, "what were the tokyo talks?", "was the meeting before or after them?")
    assert not answer.text.startswith(("Yes", "No", "Before"))


def test_which_country_after_a_place_is_that_places_country(engine: Engine) -> None:
    assert "Japan" in ask(engine, "where were the quad talks?", "which country?").text
    tokyo = ask(engine, "where were the quad talks?", "which country?").text
    assert "Australia" not in tokyo
    assert ask(engine, "where did esper meet singh?", "and in what country?").text.startswith(
        "India"
    )
    # A region's countries are not named; those who took part are still all four.
    assert ask(engine, "where was pompeo going?", "which country?").abstained
    assert "Australia" in ask(engine, "who took part in the quad talks?", "which countries?").text


@pytest.mark.parametrize(
    "question",
    [
        "what does the article say?",
        "What did the story report?",
        "what's the main point?",
        "what's the point of the article?",
        "what's the story?",
    ],
)
def test_asking_what_the_article_says_gets_its_summary(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert "Esper" in answer.text and "Singh" in answer.text


def test_what_the_article_says_about_a_topic_or_a_purpose_is_not_the_summary(
    engine: Engine,
) -> None:
    assert "China" in ask(engine, "what does the article say about china?").text
    assert "security" in ask(engine, "what's the point of sharing more information?").text
    # Said of people, "the States" is the United States, where no one is said to have gone.
    assert ask(engine, "who travelled to the states?").abstained


@pytest.mark.parametrize(
    "question",
    ["What did the officials say?", "what did the officials say about the relationship?"],
)
def test_what_the_officials_said_is_their_description(engine: Engine, question: str) -> None:
    # The article has "U.S. government officials" speaking; Pompeo is no official of theirs.
    answer = ask(engine, question)
    assert "most significant relationships" in answer.text
    assert "Pompeo" not in answer.text


def test_the_officials_doing_something_else_are_still_the_two_men(engine: Engine) -> None:
    assert "Basic Exchange" in ask(engine, "What did the officials agree on?").text
    assert "praised" in ask(engine, "What did the ministers say?").text


@pytest.mark.parametrize(
    "question",
    [
        "According to Singh, what was agreed?",
        "according to singh what did they agree on",
        "According to the Indian government, what happened?",
        "according to india what was agreed",
        "wat did the indian side say in its own statement",
    ],
)
def test_an_account_the_article_never_gives_is_not_told(engine: Engine, question: str) -> None:
    # The article reports Singh and India only through the U.S. Defense Department.
    assert ask(engine, question).abstained


def test_accounts_the_article_does_give_are_still_told(engine: Engine) -> None:
    assert "Basic Exchange" in ask(engine, "According to the Pentagon, what was agreed?").text
    assert "Communist Party" in ask(engine, "According to Pompeo, who poses the threat?").text
    officials = ask(engine, "according to US officials, what is the relationship?")
    assert "most significant" in officials.text


@pytest.mark.parametrize(
    "question",
    [
        "What will happen at the 2+2?",
        "What was the outcome of the 2+2?",
        "what was agreed at the 2+2?",
    ],
)
def test_what_came_ahead_of_the_2plus2_is_not_what_happened_at_it(
    engine: Engine, question: str
) -> None:
    # The article tells only what came before the 2+2 (the meeting, the officials' words).
    assert ask(engine, question).abstained


def test_what_came_before_the_2plus2_is_still_told(engine: Engine) -> None:
    said = ask(engine, "what did officials say ahead of the 2+2")
    assert "most significant" in said.text
    assert "Basic Exchange" in ask(engine, "what was the outcome of the meeting?").text
    assert ask(engine, "which two countries are in the 2+2?").text.startswith("The U.S. and India")


@pytest.mark.parametrize(
    "question",
    [
        "What is the information sharing for?",
        "what is the info sharing for",
        "wat did the dod say the info sharing is meant to address",
        "what did the DoD say the cooperation is meant to tackle",
    ],
)
def test_what_the_information_sharing_is_for_is_the_security_challenges(
    engine: Engine, question: str
) -> None:
    assert "pressing global security challenges" in ask(engine, question).text


def test_what_something_is_short_for_or_said_by_no_one_is_not_a_purpose(engine: Engine) -> None:
    assert "Basic Exchange" in ask(engine, "what is BECA short for?").text
    assert ask(engine, "what did singh say the info sharing is meant to address").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Who was the agreement between?",
        "Between whom is BECA?",
        "who is the BECA between?",
        "the 2+2 is between which two countries",
    ],
)
def test_who_an_agreement_is_between_is_the_two_countries(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "U.S." in answer.text and "India" in answer.text
    assert "Esper" not in answer.text


def test_who_talks_or_a_meeting_were_between(engine: Engine) -> None:
    quad = ask(engine, "Who was the Tokyo meeting between?").text
    assert all(c in quad for c in ("United States", "Japan", "India", "Australia"))
    # The meeting's "ahead of the 2+2 Dialogue between …" is the Dialogue's, not its own.
    met = ask(engine, "who was the meeting between?").text
    assert "Esper" in met and "Singh" in met and "ministers" not in met


@pytest.mark.parametrize(
    "question",
    [
        "Whose militaries are the two men committed to deepening cooperation between?",
        "Between which two services will information be shared?",
    ],
)
def test_whose_militaries_are_the_two_countries(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("The United States and India")


def test_between_which_ministers_is_still_the_ministers(engine: Engine) -> None:
    answer = ask(engine, "The 2+2 Dialogue is between which ministers of the two countries?")
    assert "foreign and defense ministers" in answer.text


@pytest.mark.parametrize(
    ("question", "count", "names"),
    [
        ("How many US officials are named?", "Three", ["Esper", "Pompeo", "Begin"]),
        ("How many American officials are mentioned?", "Three", ["Esper", "Pompeo", "Begin"]),
        ("how many americans are named", "Three", ["Esper", "Pompeo", "Begin"]),
        ("How many Indian officials are named?", "One", ["Singh"]),
        ("how many indian people are mentioned in the article", "One", ["Singh"]),
    ],
)
def test_people_of_one_country_are_counted_by_name(
    engine: Engine, question: str, count: str, names: list[str]
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(count)
    assert all(name in answer.text for name in names)
    assert "Singh" not in answer.text or names == ["Singh"]


def test_a_country_without_named_people_counts_none(engine: Engine) -> None:
    assert ask(engine, "how many japanese officials are named").abstained
    # Counts of a whole kind are as before.
    assert ask(engine, "How many people are named in the article?").text.startswith("Four")


@pytest.mark.parametrize(
    "question",
    [
        "Who is mentioned in the article?",
        "List the people in the article",
        "Who are the main people?",
    ],
)
def test_everyone_the_article_names(engine: Engine, question: str) -> None:
    text = ask(engine, question).text
    assert all(name in text for name in ("Esper", "Singh", "Pompeo", "Begin"))


def test_who_is_after_an_answer_is_still_a_follow_up(engine: Engine) -> None:
    assert "Pompeo" not in ask(engine, "who met singh", "who is").text


@pytest.mark.parametrize(
    "question",
    [
        "How many trips did Pompeo make?",
        "How many trips did Esper make?",
        "how many trips were there",
    ],
)
def test_a_count_of_countries_is_no_count_of_trips(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "how many nations were in the quad talks",
        "hw many contries in the tokyo quad talks??",
        "who r the 4 countries in the quad",
    ],
)
def test_the_quad_countries_are_still_counted(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Four countries")
    assert "Pompeo" not in answer.text


@pytest.mark.parametrize(
    "question",
    ["Which country hosted the 2+2?", "who hosted the 2+2?", "where was the 2+2 hosted"],
)
def test_the_host_of_the_2plus2_is_not_given(engine: Engine, question: str) -> None:
    # Singh hosted the meeting ahead of the 2+2; the article places the 2+2 nowhere.
    assert ask(engine, question).abstained


def test_the_host_of_the_meeting_is_still_singh(engine: Engine) -> None:
    assert "Singh" in ask(engine, "who hosted the meeting?").text
    assert "Singh" in ask(engine, "who hosted esper?").text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("did esper and singh slam the relationship", "praised"),
        ("Did the two men condemn the defense relationship?", "praised"),
        ("Are India-China relations on the mend?", "deteriorating"),
        ("is this esper's debut at a US-India 2+2?", "second"),
        ("was this Esper's 2+2 debut?", "second"),
        ("is this the first ever us india 2+2", "second"),
        ("was this the inaugural U.S.-India 2+2?", "second"),
        ("rajnath singh is india's foreign minister innit", "Defense Minister"),
        ("did the talks end without any agreement", "agreed"),
        ("did the meeting end with no deal?", "agreed"),
        ("did the talks break down?", "agreed"),
    ],
)
def test_the_opposite_of_what_the_article_says_is_a_no(
    engine: Engine, question: str, said: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert said in answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Why did Esper cancel his trip to New Delhi?", "New Delhi"),
        ("Why did India reject BECA?", "agreed"),
        ("why did india reject the agreement?", "agreed"),
        ("Why did the talks fail?", "agreed"),
        ("why did the talks collapse?", "agreed"),
    ],
)
def test_a_why_on_the_opposite_of_what_happened_corrects_it(
    engine: Engine, question: str, said: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("The article says otherwise:")
    assert said in answer.text


def test_opposites_the_article_does_not_contradict_still_abstain(engine: Engine) -> None:
    # The 2+2 only came after the meeting; nothing says whether it was held or cancelled.
    assert ask(engine, "Why was the 2+2 Dialogue cancelled?").abstained
    # Nothing is said of the Tokyo talks' outcome, nor of a 2+2 Singh attended before.
    assert ask(engine, "why did the tokyo talks fail?").abstained
    assert ask(engine, "is this the first time Singh attended a 2+2?").abstained
    assert ask(engine, "is this the second 2+2 between the US and India?").abstained
    # A first that the article does report is still a Yes.
    assert ask(engine, "Are U.S.-India ties on the mend?").text.startswith("Yes.")


@pytest.mark.parametrize("who", ["Singh", "Esper"])
def test_was_it_x_who_said_that_is_about_the_words_just_answered(engine: Engine, who: str) -> None:
    first = (
        "Who called the U.S.-India relationship one of the most significant of the 21st century?"
    )
    answer = ask(engine, first, f"Was it {who} who said that?")
    # Singh is no U.S. official; Esper may be one of those the article leaves unnamed.
    lead = "No." if who == "Singh" else "The article does not say it was Mark T. Esper"
    assert answer.text.startswith(lead)
    assert "officials" in answer.text
    # With no words before it, "that" points at nothing.
    assert ask(engine, f"was it {who} who said that?").abstained


@pytest.mark.parametrize(
    ("question", "verdict", "said"),
    [
        (
            "According to the DoD statement, was it Pompeo who sat down with Singh on Monday?",
            "No.",
            "Esper met",
        ),
        ("according to the statement, was it Begin who met Singh?", "No.", "Esper met"),
        (
            "Was it Singh who talked about free nations working together to thwart China's"
            " Communist Party?",
            "No.",
            "Pompeo said",
        ),
        ("was it pompeo who talked about thwarting china's communist party?", "Yes.", "Pompeo"),
    ],
)
def test_was_it_x_who_after_a_source_or_with_talked_about(
    engine: Engine, question: str, verdict: str, said: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(verdict)
    assert said in answer.text


def test_was_it_x_who_talked_of_what_no_one_is_quoted_on_still_abstains(engine: Engine) -> None:
    assert ask(engine, "was it esper who talked about china?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "did pompeo do a presser before he left",
        "did pompeo give a press conference before his trip?",
        "Did Pompeo do a press conference before he set off?",
    ],
)
def test_doing_or_giving_a_presser_before_leaving_is_holding_one(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes.")
    assert "State Department press conference" in answer.text


def test_a_presser_after_his_trip_where_follows_on_him(engine: Engine) -> None:
    answer = ask(engine, "pompio was going on a trip where", "did he do a presser before he left")
    assert answer.text.startswith("Yes.")
    # Nothing says Esper gave one, nor that Esper gave Singh anything.
    assert ask(engine, "did esper give singh a gift?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Was Singh in Washington on Monday?",
        "Was Esper in Washington on Monday?",
        "Was Singh in the US on Oct 26?",
        "Did Singh visit America on Monday?",
        "Did Singh go to Washington on Monday?",
        "Was Esper in Tokyo on Monday?",
        "Was Esper in Japan on Oct 26?",
        "did esper and singh meet in tokyo on monday",
    ],
)
def test_on_the_day_of_the_meeting_they_were_in_new_delhi(engine: Engine, question: str) -> None:
    # The day picks the meeting; the place asked is not its place.
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert answer.quote is not None and "New Delhi" in answer.quote.text


def test_the_place_of_that_day_still_answers_yes_and_other_days_abstain(engine: Engine) -> None:
    assert ask(engine, "Was Esper in New Delhi on Monday?").text.startswith("Yes.")
    assert ask(engine, "Was Esper in India on Oct 26?").text.startswith("Yes.")
    assert ask(engine, "Was Esper in Tokyo on Oct 27?").abstained
    # Without a day, the Tokyo talks still put him in Tokyo.
    assert ask(engine, "Was Esper in Tokyo?").text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "Have the two countries had two 2+2 dialogues?",
        "Have the two sides held two such dialogues?",
        "Did the two nations hold two 2+2s?",
    ],
)
def test_the_two_countries_is_no_count_of_dialogues(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert "three" in answer.text


def test_the_two_countries_with_the_right_count_is_yes(engine: Engine) -> None:
    assert ask(engine, "Have the two countries held three 2+2 dialogues?").text.startswith("Yes.")
    assert ask(engine, "Have the two nations held 3 such dialogues?").text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "Was the deal signed on Oct 26?",
        "Was the agreement signed on Monday?",
        "Did they sign BECA on Monday?",
    ],
)
def test_a_signing_on_a_day_is_not_in_the_article(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.text.startswith("Yes")
    assert "does not mention a signing" in answer.text or answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "was espar at the quadripartite thing in japan",
        "was Esper at the quad thing in Tokyo?",
    ],
)
def test_a_placeholder_noun_is_no_other_word_for_the_talks(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes.")


def test_a_real_other_word_is_still_a_swap(engine: Engine) -> None:
    answer = ask(engine, "the world's two oldest democracies, yes?")
    assert answer.text.startswith("No.")


@pytest.mark.parametrize(
    "question",
    [
        "Did Esper describe the relationship as one of the most significant of the 21st century?",
        "Did Pompeo call the relationship one of the most significant of the 21st century?",
        "Was it Esper who called the relationship one of the most significant relationships?",
    ],
)
def test_unnamed_officials_words_are_no_no_for_a_us_official(engine: Engine, question: str) -> None:
    # The officials are unnamed: Esper or Pompeo may be among them.
    answer = ask(engine, question)
    assert not answer.text.startswith(("Yes", "No."))
    assert "without naming them" in answer.text or answer.abstained


def test_words_of_us_officials_are_still_not_an_indian_ministers(engine: Engine) -> None:
    question = (
        "Did Singh describe the relationship as one of the most significant of the 21st century?"
    )
    assert ask(engine, question).text.startswith("No.")


@pytest.mark.parametrize(
    "question",
    [
        "Did Esper go to India for the first time?",
        "Did Esper visit India for the first time?",
        "Did Esper travel to New Delhi for the second time?",
    ],
)
def test_a_2plus2_count_is_no_count_of_trips(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


def test_a_2plus2_count_still_counts_2plus2s(engine: Engine) -> None:
    assert ask(engine, "Is this Esper's first 2+2?").text.startswith("No.")
    assert ask(engine, "Did Begin visit India?").text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    ["Did Pompeo's trip include India?", "Did Pompeo's trip cover India?"],
)
def test_talks_with_india_are_no_trip_to_india(engine: Engine, question: str) -> None:
    # His trip was to South Asia; the Tokyo talks had India as a party, in Japan.
    assert ask(engine, question).abstained


def test_a_trip_to_the_region_or_city_said_is_still_yes(engine: Engine) -> None:
    assert ask(engine, "Did Pompeo's trip include South Asia?").text.startswith("Yes.")
    assert ask(engine, "Did Begin's visit include New Delhi?").text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "Did the meeting address China?",
        "Did the talks deal with China?",
        "Did the meeting tackle the China threat?",
    ],
)
def test_the_partnerships_aim_is_not_what_the_meeting_took_up(
    engine: Engine, question: str
) -> None:
    assert not ask(engine, question).text.startswith("Yes")


def test_what_the_meeting_did_is_still_answered(engine: Engine) -> None:
    assert ask(engine, "Did the meeting cover logistics?").text.startswith("Yes.")
    assert ask(engine, "Did the statement mention China?").text.startswith("No.")


@pytest.mark.parametrize(
    "questions",
    [
        ("Who took part in the Tokyo talks?", "Did they meet Singh?"),
        ("Who attended the quad talks?", "did they talk with Singh?"),
    ],
)
def test_they_are_all_of_those_before_not_the_one_named(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    # Esper met Singh; Pompeo is not said to have.
    assert not ask(engine, *questions).text.startswith("Yes")


def test_they_who_all_did_it_still_get_a_yes(engine: Engine) -> None:
    assert ask(engine, "Who did Esper meet?", "Did they meet Esper?").text.startswith("Yes.")
    assert ask(engine, "Who met Singh?", "Did they meet Singh in New Delhi?").text.startswith(
        "Yes."
    )


@pytest.mark.parametrize(
    "question",
    [
        "Did Begin go to Tokyo?",
        "Did Esper go to Australia?",
        "Has Begin been to Japan?",
        "Did Esper visit Australia?",
    ],
)
def test_a_trip_elsewhere_leaves_a_scene_of_the_story_open(engine: Engine, question: str) -> None:
    # Others met in Tokyo with Australia; the article is silent on these two going there.
    assert ask(engine, question).abstained


def test_a_trip_elsewhere_still_denies_that_very_trip(engine: Engine) -> None:
    # "Recently" is Begin's visit itself, which was to New Delhi; Beijing is in no story.
    answer = ask(engine, "Deputy Secretary Begin recently visited Tokyo, right?")
    assert answer.text.startswith("No.") and "New Delhi" in answer.text
    assert ask(engine, "Did Pompeo travel to Beijing?").text.startswith("No.")
    assert ask(engine, "Did Esper go to Tokyo on Monday?").text.startswith("No.")


def test_a_month_is_no_day_to_place_someone_by(engine: Engine) -> None:
    # October holds the Tokyo talks as well as the New Delhi meeting.
    assert ask(engine, "Was Esper in Tokyo in October?").text.startswith("Yes.")
    assert not ask(engine, "Did Esper go to Japan in October?").text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "What region was Pompeo about to travel to when he spoke to the press?",
        "where was Pompeo going when he spoke to the press?",
        "where was pompeo heading when he gave his press conference?",
    ],
)
def test_where_someone_was_about_to_go_when_something_earlier_happened(
    engine: Engine, question: str
) -> None:
    # The press conference was "prior to his trip to South Asia".
    assert "South Asia" in ask(engine, question).text


def test_a_when_clause_without_about_to_still_limits_the_question(engine: Engine) -> None:
    # Esper met Singh in New Delhi, not in Tokyo: the clause is part of what is asked.
    assert ask(engine, "Who did Esper meet when he was in Tokyo?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "what came after the meeting?",
        "What followed the meeting?",
        "what was next after the meeting?",
    ],
)
def test_what_came_after_an_event_is_the_one_the_article_places_after_it(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "2+2" in answer.text
    assert answer.quote is not None and "ahead of the 2+2 Dialogue" in answer.quote.text


def test_what_came_before_an_event_is_only_what_the_article_places_before_it(
    engine: Engine,
) -> None:
    before = ask(engine, "what happened before the meeting?")
    assert "Tokyo" in before.text
    # The officials spoke before the 2+2, which the article does not put before the meeting.
    assert "officials" not in before.text
    assert "met" in ask(engine, "what came before the 2+2?").text


@pytest.mark.parametrize(
    "question",
    ["Was Pompeo's press conference in Tokyo?", "did pompeo hold a press conference in tokyo?"],
)
def test_a_no_to_the_wrong_place_for_an_event_quotes_that_event(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert answer.quote is not None and "press conference" in answer.quote.text


@pytest.mark.parametrize(
    "questions",
    [
        ("Who met in New Delhi?", "When?", "Who else visited New Delhi?"),
        ("Who met Singh?", "where?", "who else went to New Delhi?"),
        ("Esper visited New Delhi. Who else did?",),
        ("Esper has visited New Delhi. Who else has?",),
    ],
)
def test_who_else_is_past_everyone_named_so_far(engine: Engine, questions: tuple[str]) -> None:
    # Begin "also recently visited New Delhi"; Esper was named already, Singh did not visit.
    answer = ask(engine, *questions)
    assert answer.text.startswith("Begin")


@pytest.mark.parametrize(
    "questions",
    [
        ("Who visited New Delhi?", "Who else?"),
        ("Who visited New Delhi?", "Who else?", "anyone else?"),
        ("Who met Singh?", "anyone else?"),
        ("Who met Singh?", "anybody else?"),
        ("Who took part in the Tokyo talks?", "When?", "Where?", "and who else was there?"),
        ("Who held a press conference at the State Department?", "Who else?"),
        ("Who met Singh?", "who else did he meet?"),
    ],
)
def test_who_else_abstains_when_no_one_else_is_named(engine: Engine, questions: tuple[str]) -> None:
    assert ask(engine, *questions).abstained


def test_who_else_still_gives_those_not_yet_named(engine: Engine) -> None:
    # Only the U.S. officials were named; the other countries at Tokyo are the others.
    answer = ask(
        engine,
        "Which two U.S. officials took part in the Tokyo talks?",
        "Where?",
        "Who else attended?",
    )
    assert answer.text == "Japan, India and Australia"
    assert "Pompeo" in ask(engine, "Besides Esper, who else took part in the Tokyo talks?").text


@pytest.mark.parametrize(
    "question",
    [
        "Apart from Esper and Singh, who is mentioned?",
        "Who else is mentioned besides Esper and Singh?",
        "aside from Esper and Singh, who else gets a mention?",
    ],
)
def test_the_other_people_the_article_names(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "Pompeo" in answer.text and "Begin" in answer.text
    assert "Esper" not in answer.text and "Singh" not in answer.text


@pytest.mark.parametrize(
    "first", ["Did the US and India agree on anything?", "What did they agree on?"]
)
def test_anything_else_agreed_is_not_beca_told_again(engine: Engine, first: str) -> None:
    chain = [first, "What?"] if first.startswith("Did") else [first]
    answer = ask(engine, *chain, "Anything else?")
    assert "continue to work together" in answer.text
    assert ask(engine, *chain, "Anything else?", "anything else?").abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("Who is Begin?", "And Pompeo?", "What did he say?", "And Esper?"),
        ("What did Pompeo say?", "what about Esper?"),
        ("Who is Rajnath Singh?", "What did he say?"),
        ("Who did Esper meet?", "what did he say?"),
    ],
)
def test_what_someone_never_quoted_said_abstains_in_follow_ups(
    engine: Engine, questions: tuple[str]
) -> None:
    answer = ask(engine, *questions)
    assert answer.abstained
    assert "doesn't quote" in answer.text


def test_what_pompeo_said_still_answers_after_a_pronoun(engine: Engine) -> None:
    answer = ask(engine, "Who is Pompeo?", "What did he say?")
    assert "free nations" in answer.text


@pytest.mark.parametrize("again", ["and him?", "what about him?", "How about him?"])
def test_and_him_asks_the_last_question_of_the_other_person(engine: Engine, again: str) -> None:
    # Singh's country was asked; "him" is Esper, the other one spoken of.
    answer = ask(engine, "Who did Esper meet?", "Which country is he from?", again)
    assert answer.text.startswith("The United States")
    assert "Esper" in answer.text


def test_and_him_after_esper_is_singh(engine: Engine) -> None:
    answer = ask(engine, "Who met Singh?", "Where is he from?", "what about him?")
    assert answer.text.startswith("India")


@pytest.mark.parametrize("then", ["who hosted it?", "Who was the host of it?"])
def test_it_after_the_tokyo_talks_is_the_talks(engine: Engine, then: str) -> None:
    # The article names no host of the Tokyo talks; Singh hosted Esper in New Delhi.
    answer = ask(engine, "Where did the quad talks Esper attended take place?", then)
    assert answer.abstained


def test_it_after_the_tokyo_talks_still_answers_what_they_say(engine: Engine) -> None:
    answer = ask(engine, "Tell me about the Tokyo talks", "who took part in it?")
    assert "Pompeo" in answer.text


def test_and_him_with_no_other_person_named_is_not_a_swap(engine: Engine) -> None:
    # Only Begin has been spoken of: no other "him" to ask his country of.
    answer = ask(engine, "Who is Begin?", "Which country is he from?", "and him?")
    assert "Esper" not in answer.text and "Singh" not in answer.text


@pytest.mark.parametrize(
    "questions",
    [
        (
            "What did Esper and Singh agree to keep working together on?",
            "what's the goal of all that work?",
        ),
        (
            "The headline says information sharing is being expanded between what?",
            "what's the stated purpose of expanding it?",
        ),
        ("what's the stated aim of the expansion of information sharing?",),
    ],
)
def test_the_aim_or_stated_purpose_of_their_work_is_security(
    engine: Engine, questions: tuple[str]
) -> None:
    answer = ask(engine, *questions)
    assert "pressing global security challenges" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what's the purpose of Begin's visit?",
        "What's the stated reason for Pompeo's trip?",
        "what was the aim of the Tokyo talks?",
    ],
)
def test_an_aim_the_article_does_not_give_still_abstains(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("is rajnat a good defence minister tho", "how old is he", "wat party is he from"),
        ("What political party does Singh belong to?",),
        ("which city does Esper come from?",),
        ("Who met Singh?", "what state is he from?"),
    ],
)
def test_a_party_or_town_of_a_minister_is_not_given(engine: Engine, questions: tuple[str]) -> None:
    assert ask(engine, *questions).abstained


def test_the_country_a_minister_is_from_is_still_given(engine: Engine) -> None:
    assert ask(engine, "which country is Singh from?").text.startswith("India")
    assert ask(engine, "Who did Esper meet?", "what country is he from?").text.startswith("India")


@pytest.mark.parametrize(
    "questions",
    [
        ("where were the quadd talks", "who was in them"),
        ("When were the Tokyo talks?", "who was at them?"),
        ("who was in the Tokyo talks?",),
    ],
)
def test_who_was_in_the_talks_is_everyone_there(engine: Engine, questions: tuple[str]) -> None:
    answer = ask(engine, *questions)
    assert "Pompeo" in answer.text and "Australia" in answer.text


def test_who_went_to_the_talks_is_still_the_us_officials(engine: Engine) -> None:
    assert ask(engine, "who went to Tokyo?").text == "Esper and Secretary Pompeo"


@pytest.mark.parametrize(
    "then", ["When was the earlier one he attended?", "when was the previous one?"]
)
def test_the_earlier_2plus2_esper_attended_is_not_dated(engine: Engine, then: str) -> None:
    # "the earlier one" is an earlier 2+2, not the Tokyo talks of "earlier this month".
    answer = ask(engine, "How many 2+2s has Esper attended?", then)
    assert answer.abstained


def test_the_talks_earlier_this_month_are_still_dated(engine: Engine) -> None:
    assert ask(engine, "when were the earlier talks?").text.startswith("Earlier this month")


@pytest.mark.parametrize(
    "questions",
    [
        (
            "so wat did the us n india actually agree on",
            "wat does that deal let them share exactly, like which data",
        ),
        ("What did they agree on?", "what does it allow them to do?"),
        ("what does BECA let the two countries share?",),
    ],
)
def test_what_the_agreement_lets_them_do_is_its_unstated_contents(
    engine: Engine, questions: tuple[str]
) -> None:
    answer = ask(engine, *questions)
    assert answer.abstained
    assert "contains" in answer.text


def test_what_the_partnership_is_for_is_still_answered(engine: Engine) -> None:
    assert "China" in ask(engine, "What is one purpose of the U.S.-India partnership?").text


@pytest.mark.parametrize("again", ["did india issue one too?", "Did India release one as well?"])
def test_a_statement_by_the_other_side_is_not_confirmed(engine: Engine, again: str) -> None:
    # Only the U.S. Defense Department's statement is reported.
    answer = ask(engine, "who issued the statement?", again)
    assert not answer.text.startswith("Yes")


def test_either_side_of_an_act_still_did_it(engine: Engine) -> None:
    assert ask(engine, "Did the Pentagon issue a statement?").text.startswith("Yes")
    assert ask(engine, "Did Japan take part in the Tokyo talks?").text.startswith("Yes")
    assert ask(engine, "Did India agree on BECA?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Was South Korea at the quad?",
        "The quad was the US, India, Japan and South Korea, right?",
        "the quad is the US, India, Japan and Pakistan?",
    ],
)
def test_a_country_outside_the_quads_full_list_is_not_among_them(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert "Australia" in answer.text


def test_a_country_the_article_never_names_elsewhere_still_abstains(engine: Engine) -> None:
    # The meeting's sides are not a closed list of countries the article gives.
    assert ask(engine, "Did the US and India sign a deal with Pakistan?").abstained


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("secure comms part of it?", "Yes."),
        ("defense trade on the agenda?", "Yes."),
        ("china part of the quad?", "No."),
    ],
)
def test_a_claim_with_its_verb_left_out_gets_a_yes_or_no(
    engine: Engine, question: str, verdict: str
) -> None:
    assert ask(engine, question).text.startswith(verdict)


def test_a_verbless_claim_about_what_the_agreement_holds_still_abstains(engine: Engine) -> None:
    # Logistics was part of the commitment; what the BECA itself holds is not given.
    assert ask(engine, "logistics part of the deal?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "What did Singh say about China's Communist Party?",
        "What did Esper say at the State Department press conference?",
    ],
)
def test_words_someone_else_said_are_pointed_to_without_answering_for_them(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained
    assert "doesn't quote" in answer.text and "Pompeo" in answer.text


def test_words_of_the_one_asked_still_answer(engine: Engine) -> None:
    assert not ask(engine, "What did Pompeo say about China's Communist Party?").abstained


@pytest.mark.parametrize(
    "question",
    ["Did Esper visit any other country on this trip?", "did esper go to tokyo on this trip?"],
)
def test_an_event_earlier_in_the_month_is_not_part_of_this_trip(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


def test_what_happened_on_this_trip_is_still_confirmed(engine: Engine) -> None:
    assert ask(engine, "Did Esper meet Singh on this trip?").text.startswith("Yes.")
    assert ask(engine, "did esper go to japan earlier this month?").text.startswith("Yes.")


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (("another question: who is Singh?",), "Defense Minister"),
        (("one more thing: who is Singh?",), "Defense Minister"),
        (("changing topic: who is Pompeo?",), "Pompeo"),
        (("What is BECA?", "ok different question: who is Begin?"), "Deputy Secretary of State"),
        (("Who met Singh?", "new topic - where is Begin from?"), "United States"),
        (("random q: when did Esper meet Singh?",), "Oct. 26"),
        (("ok next: how many 2+2 dialogues have there been?",), "Three"),
        (("Switching gears. Who met Singh?",), "Esper"),
    ],
)
def test_a_lead_announcing_another_question_is_no_part_of_it(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    answer = ask(engine, *questions)
    assert not answer.abstained and expected in answer.text


def test_a_new_question_that_points_back_still_follows_the_conversation(engine: Engine) -> None:
    # "he" is the one the conversation was about, whatever the lead says.
    answer = ask(engine, "What did Pompeo say?", "another question: where did he go?")
    assert "South Asia" in answer.text
    # The lead does not make the bot answer what the article leaves out.
    assert ask(engine, "different question: who is Modi?").abstained
    assert ask(engine, "What is BECA?", "new topic: did Begin go to Tokyo?").abstained


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (("What did Singh agree on?", "no, I meant Esper"), "BECA"),
        (("What did Singh agree to?", "I meant Esper, not Singh"), "BECA"),
        (("When did Begin visit New Delhi?", "sorry, I meant Esper"), "Oct. 26"),
        (("Where did Begin go?", "I meant Pompeo"), "South Asia"),
        (("When did Esper meet Singh?", "oops I meant the Tokyo talks"), "Earlier this month"),
        (("Who met Singh?", "sorry, I meant where did they meet"), "New Delhi"),
    ],
)
def test_a_correction_asks_the_last_question_again_of_what_was_meant(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    answer = ask(engine, *questions)
    assert not answer.abstained and expected in answer.text


def test_a_correction_to_what_the_article_leaves_out_is_no_identity(engine: Engine) -> None:
    # Only Pompeo held a press conference; the article quotes neither Esper nor Singh.
    assert ask(engine, "Where did Pompeo hold a press conference?", "no, I meant Esper").abstained
    said = ask(engine, "What did Pompeo say?", "no, I meant Esper", "and Singh?")
    assert said.abstained and "doesn't quote Rajnath Singh" in said.text
    # A correction with nothing before it names who was meant.
    assert "Secretary of Defense" in ask(engine, "I meant Esper").text


def test_what_someone_is_asked_to_have_done_is_not_what_he_did_otherwise(
    engine: Engine,
) -> None:
    # Pompeo only spoke; the agreement was Esper's and Singh's.
    assert ask(engine, "What did Pompeo agree on?").abstained
    assert ask(engine, "What did Pompeo agree to?", "sorry, I meant Esper").text.startswith(
        "The Basic Exchange"
    )
    assert "BECA" in ask(engine, "What did Esper agree on?").text
    assert "New Delhi" in ask(engine, "What did Begin do?").text


@pytest.mark.parametrize(
    "questions",
    [
        ("Are US-China relations getting worse?", "says who?"),
        ("What is one purpose of the strategic partnership?", "source?"),
        ("How many 2+2 dialogues have there been?", "says who?"),
        ("When did Begin visit New Delhi?", "what's the source?"),
        ("Who is Begin?", "who said that?"),
        ("Who met Singh?", "where's that from?"),
        ("So why is China relevant?", "who said that?", "source?"),
    ],
)
def test_the_article_s_own_narration_is_sourced_to_the_article(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    # The DoD statement does not mention China; these sentences are the article's own.
    answer = ask(engine, *questions)
    assert answer.text.startswith("The article itself")


def test_says_who_still_names_a_source_the_article_gives(engine: Engine) -> None:
    assert "Defense" in ask(engine, "What did Esper and Singh agree on?", "says who?").text
    assert "officials" in ask(engine, "How do officials describe the relationship?", "source?").text
    assert "Pompeo" in ask(engine, "What did Pompeo say?", "says who?").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which defence secretary visited India?", ["Esper"]),
        ("Which secretary of defense went to India?", ["Esper"]),
        ("Which US official visited India?", ["Esper", "Begin"]),
        ("Which American officials have been to India?", ["Esper", "Begin"]),
        ("Which deputy secretary travelled to India?", ["Begin"]),
    ],
)
def test_which_official_went_somewhere_names_those_the_article_has_going(
    engine: Engine, question: str, expected: list[str]
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and all(name in answer.text for name in expected)


def test_which_official_went_somewhere_no_one_went_still_abstains(engine: Engine) -> None:
    # Pompeo's trip was to South Asia; no one is said to have gone to Australia or India.
    assert ask(engine, "Which US official went to Australia?").abstained
    assert ask(engine, "Which secretary of state visited India?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "What did the defence chiefs emphasise?",
        "What did the defense chiefs emphasize?",
        "What did Esper and Singh stress?",
        "What did they underline?",
    ],
)
def test_what_the_chiefs_stressed_is_what_they_reinforced(engine: Engine, question: str) -> None:
    assert "cooperation" in ask(engine, question).text.lower()


def test_what_someone_never_is_said_to_stress_is_not_made_up(engine: Engine) -> None:
    assert ask(engine, "What did Pompeo emphasise?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Is BECA a US-Japan or US-India agreement?",
        "Is the BECA a US-India or US-Japan deal?",
        "Is BECA between the US and India or the US and Japan?",
        "Did the US and India or the US and China agree on BECA?",
    ],
)
def test_either_of_two_country_pairs_is_the_pair_the_fact_has(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("The United States and India")


@pytest.mark.parametrize(
    "questions",
    [
        ("Was the meeting in Tokyo or New Delhi?",),
        ("Was the meeting held in Tokyo or Delhi?",),
        ("Who is Begin?", "did he go to Tokyo or New Delhi?"),
        ("Is Begin the deputy secretary of defense?", "did he visit Tokyo or New Delhi?"),
    ],
)
def test_either_place_is_the_one_the_meeting_or_the_trip_was_in(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    assert ask(engine, *questions).text.startswith("New Delhi.")


def test_either_place_keeps_the_talks_named_apart(engine: Engine) -> None:
    assert ask(engine, "Were the quad talks in Tokyo or New Delhi?").text.startswith("Tokyo.")
    assert ask(engine, "Who is Pompeo?", "did he go to Tokyo or New Delhi?").text.startswith(
        "Tokyo."
    )


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (("Who met Singh?", "what did they agree on and did the Chinese respond?"), "BECA"),
        (("What did Esper and Singh agree on and did China respond?",), "BECA"),
        (("Who met Singh and how did China react?",), "Esper"),
        (("Where did they meet and was Pompeo there?",), "New Delhi"),
    ],
)
def test_an_unanswerable_half_does_not_sink_the_answerable_one(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    answer = ask(engine, *questions)
    assert not answer.abstained and expected in answer.text
    assert "the article doesn't say" in answer.text


def test_a_second_half_the_article_answers_is_answered_too(engine: Engine) -> None:
    answer = ask(engine, "Who met Singh and did they agree on anything?")
    assert "Esper" in answer.text and "Yes." in answer.text
    # On its own, the unanswerable half still gets no made-up answer.
    assert ask(engine, "How did China react?").abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("Where did Begin go?", "not Begin, Pompeo"),
        ("Where did Begin go?", "Pompeo, not Begin"),
        ("Where did Begin go?", "sorry i meant pompeo lol"),
        ("Where did Begin go?", "one last question: where did Pompeo go?"),
    ],
)
def test_a_name_put_in_place_of_the_last_one_asks_the_same_of_it(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    assert "South Asia" in ask(engine, *questions).text


def test_a_not_that_names_one_thing_is_no_swap(engine: Engine) -> None:
    answer = ask(engine, "Was the meeting in Tokyo?", "not Tokyo, right?")
    assert answer.text.startswith("No.") and "New Delhi" in answer.text


def test_says_who_in_other_words_is_still_the_source_asked(engine: Engine) -> None:
    for asked in ("who says?", "who claims that?", "who reported that?", "and your source is?"):
        answer = ask(engine, "How many 2+2 dialogues have there been?", asked)
        assert answer.text.startswith("The article itself"), asked
    assert "Defense" in ask(engine, "What did Esper and Singh agree on?", "who says?").text


def test_who_wrote_it_still_asks_for_the_author(engine: Engine) -> None:
    answer = ask(engine, "How many 2+2 dialogues have there been?", "who wrote it?")
    assert not answer.text.startswith("The article itself")


def test_a_count_of_something_the_article_never_names_abstains_in_a_conversation(
    engine: Engine,
) -> None:
    asked = ask(
        engine,
        "wat stuff did esper n singh say theyd work on together",
        "wat about comms",
        "how much money is involved in all this",
    )
    assert asked.abstained
    assert ask(engine, "how many soldiers were at the meeting?").abstained
    assert "Four" in ask(engine, "how many contries were at the quad").text


def test_chat_fillers_before_a_question_are_not_its_words(engine: Engine) -> None:
    assert "Esper" in ask(engine, "ngl who met singh").text
    war = ask(engine, "how r us china relations rn", "ngl is there gonna be a war with china")
    assert war.abstained


@pytest.mark.parametrize(
    "question",
    [
        "What is the 2 plus 2?",
        "what is the 2-plus-2?",
        "wat is the 2 plus 2",
        "how many 2 plus 2 dialogues were there",
    ],
)
def test_the_2_plus_2_spelled_with_plus_is_the_dialogue(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert "ministers" in answer.text or answer.text.startswith("Three")


def test_a_sum_spelled_with_plus_is_still_arithmetic(engine: Engine) -> None:
    assert "arithmetic" in ask(engine, "what is 2 plus 2?").text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("How many secretaries went to Tokyo?", ("Esper", "Pompeo")),
        ("how many secretaries took part in the quad talks?", ("Esper", "Pompeo")),
        ("How many US officials went to New Delhi?", ("Esper", "Begin")),
        ("how many US officials went to Tokyo?", ("Esper", "Pompeo")),
        ("how many Americans travelled to India?", ("Esper", "Begin")),
        ("How many people met in New Delhi on Monday?", ("Esper", "Singh")),
        ("how many people praised the relationship?", ("Esper", "Singh")),
    ],
)
def test_how_many_people_did_it_counts_those_the_article_names(
    engine: Engine, question: str, named: tuple[str, ...]
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Two that the article names:")
    assert all(name in answer.text for name in named)


@pytest.mark.parametrize(
    "question",
    [
        "How many people attended the meeting?",
        "how many people took part in the 2+2?",
        "how many officials were at the press conference?",
        "how many ministers went to Tokyo?",
        "how many Indians went to Tokyo?",
    ],
)
def test_how_many_were_there_is_not_counted_from_who_acted(engine: Engine, question: str) -> None:
    # The article names who acted, never everyone present.
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Which US officials visited India?",
        "Name the Americans who went to India",
        "which American officials travelled to New Delhi?",
    ],
)
def test_which_americans_went_there_names_everyone_the_article_sends(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "Esper" in answer.text and "Begin" in answer.text


def test_no_indian_official_is_said_to_have_gone_to_new_delhi(engine: Engine) -> None:
    # Singh hosted the visit; the article has only Americans going there.
    assert ask(engine, "which Indian officials visited New Delhi?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Did anyone other than Esper go to New Delhi?",
        "Did anyone besides Esper visit New Delhi?",
        "has anybody apart from Esper been to New Delhi?",
    ],
)
def test_did_anyone_else_go_there_names_the_others(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes") and "Begin" in answer.text
    assert "Esper" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Which countries' foreign and defense ministers meet in the 2+2?",
        "the foreign and defense ministers of which countries meet in the 2+2?",
        "which countries' ministers take part in the 2+2 dialogue",
    ],
)
def test_whose_ministers_meet_in_the_2_plus_2_are_the_two_countries(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "India" in answer.text and "United States" in answer.text
    assert "New Delhi" not in answer.text


@pytest.mark.parametrize(
    "question",
    ["how many ppl went to tokyo from the us", "how many people went to new delhi from the US"],
)
def test_how_many_from_a_country_counts_that_countrys_people(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Two that the article names:")


@pytest.mark.parametrize(
    "question", ["who went for australia in tokyo", "who attended for india in tokyo?"]
)
def test_who_went_for_a_country_is_not_the_americans_who_went(
    engine: Engine, question: str
) -> None:
    # Esper and Pompeo went for the U.S.; the article names no one for Australia or India.
    assert ask(engine, question).abstained


def test_who_went_for_the_us_still_names_them(engine: Engine) -> None:
    assert "Pompeo" in ask(engine, "who went for the US to Tokyo?").text


@pytest.mark.parametrize(
    ("question", "places"),
    [
        (
            "compare the venues for me: where did Esper meet Singh, and where were the quad talks?",
            ("New Delhi", "Tokyo"),
        ),
        ("help me out: where did Esper meet Singh?", ("New Delhi",)),
        ("settle this - where were the quad talks?", ("Tokyo",)),
    ],
)
def test_a_request_for_how_to_answer_is_no_part_of_the_question(
    engine: Engine, question: str, places: tuple[str, ...]
) -> None:
    answer = ask(engine, question)
    assert all(place in answer.text for place in places)
    assert "doesn't say" not in answer.text


def test_a_lead_the_question_points_back_to_is_kept(engine: Engine) -> None:
    assert "Basic Exchange" in ask(engine, "help me understand BECA: what is it?").text


@pytest.mark.parametrize(
    "question",
    [
        "Which American official appears in both the Tokyo talks and the New Delhi meeting?",
        "which official took part in both the Tokyo talks and the New Delhi meeting?",
        "who was in both Tokyo and New Delhi?",
    ],
)
def test_who_was_at_both_events_is_esper(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "Esper" in answer.text and "Pompeo" not in answer.text


def test_no_indian_official_was_at_both_events(engine: Engine) -> None:
    question = "which Indian official was at both the quad talks and the meeting in New Delhi?"
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("who is the Secretary of Defense, Esper or Pompeo?", "Esper"),
        ("who's described as 'Secretary of Defense' in the article - Esper or Pompeo?", "Esper"),
        ("who is India's defense minister, Singh or Esper?", "Singh"),
    ],
)
def test_which_of_two_holds_the_title_named(engine: Engine, question: str, person: str) -> None:
    answer = ask(engine, question)
    other = {"Esper": "Pompeo", "Singh": "Esper"}[person]
    assert person in answer.text and other not in answer.text


def test_which_of_two_did_it_is_still_what_they_did(engine: Engine) -> None:
    assert ask(engine, "who met Singh, Esper or Pompeo?").text.startswith("Mark T. Esper")


@pytest.mark.parametrize("question", ["What does B.E.C.A. stand for?", "what is the B.E.C.A"])
def test_an_acronym_spelled_with_dots_is_the_acronym(engine: Engine, question: str) -> None:
    assert "Basic Exchange and Cooperation Agreement" in ask(engine, question).text


@pytest.mark.parametrize(
    "question", ["What are the two militaries?", "what were the two armed forces?"]
)
def test_the_two_militaries_are_the_two_countries(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "India" in answer.text and "United States" in answer.text


def test_what_the_militaries_are_committed_to_is_still_the_commitment(engine: Engine) -> None:
    assert "cooperation" in ask(engine, "what are the militaries committed to?").text


@pytest.mark.parametrize(
    "question",
    ["Do foreign ministers take part in the 2+2?", "Are foreign ministers part of the 2+2?"],
)
def test_foreign_ministers_are_part_of_the_2_plus_2(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes.")


def test_foreign_ministers_did_not_meet_on_monday(engine: Engine) -> None:
    # Monday's meeting was of the two defense chiefs.
    assert not ask(engine, "Did the foreign ministers meet on Monday?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Who is Esper meeting ahead of the 2+2?",
        "who's esper meeting w/ ahead of the 2+2",
        "Who did Esper meet ahead of the 2+2?",
    ],
)
def test_whom_esper_is_meeting_ahead_of_the_2_plus_2_is_singh(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "Singh" in answer.text and "foreign" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Who were the parties to the quadripartite talks?",
        "who were the parties to the talks in Tokyo?",
        "who are the parties to the quad?",
    ],
)
def test_the_parties_to_the_tokyo_talks_are_the_four_countries(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert all(c in answer.text for c in ("Japan", "India", "Australia"))


def test_the_parties_to_beca_are_still_who_agreed_on_it(engine: Engine) -> None:
    assert "Esper and Singh" in ask(engine, "Who are the parties to BECA?").text


def test_one_of_them_unanswered_keeps_the_conversation_on_the_2_plus_2(engine: Engine) -> None:
    # Section I: after "is Pompeo one of them?" (not said) the count is still the 2+2s'.
    turns = ["what is the 2+2 dialogue?", "who takes part?", "is Pompeo one of them?"]
    assert ask(engine, *turns, "and Begin?").abstained
    assert ask(engine, *turns, "and Begin?", "how many have there been?").text.startswith("Three")
    assert ask(
        engine, *turns, "how many have there been?", "how many has Esper been to?"
    ).text.startswith("Two")


@pytest.mark.parametrize(
    "questions",
    [
        ("Who did Esper meet?", "Did they meet before?", "How many times?"),
        ("Who did Esper meet?", "how many times have they met?"),
        ("How many meetings are mentioned?",),
        ("how many talks are mentioned in the article?",),
    ],
)
def test_counts_the_article_does_not_make_are_not_borrowed(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    # Esper's second 2+2 and the three dialogues count neither his meetings with Singh nor
    # every meeting the article mentions.
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize(
    "question", ["how many times has Esper attended a 2+2?", "how many times has Esper taken part?"]
)
def test_esper_s_own_2_plus_2_count_is_still_given(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Two")


@pytest.mark.parametrize(
    "question", ["Who was the press conference by?", "who is the press conference by?"]
)
def test_who_a_press_conference_was_by_is_who_held_it(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Secretary Pompeo")


def test_who_the_statement_was_by_is_still_the_pentagon(engine: Engine) -> None:
    assert "Defense Department" in ask(engine, "who was the statement by?").text


@pytest.mark.parametrize(
    "question",
    [
        "Which was later, Pompeo's press conference or his trip?",
        "which came first, pompeo's trip or his presser at the state department?",
    ],
)
def test_his_trip_is_the_trip_the_press_conference_came_before(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("First: At a State Department press conference")
    assert "Pompeo made a trip to South Asia" in answer.text and "Esper met" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Which came first: the Tokyo talks or Pompeo's press conference?",
        "Which happened first, Begin's visit or Esper's meeting with Singh?",
        "which was earlier, begin's trip to new delhi or the 2+2",
        "Which came first, the officials' description or Esper's meeting with Singh?",
    ],
)
def test_events_the_article_does_not_order_are_not_ordered(engine: Engine, question: str) -> None:
    # "Recently", "before his trip" and "before the 2+2" place nothing against the others.
    assert ask(engine, question).abstained


def test_events_the_article_orders_are_still_ordered(engine: Engine) -> None:
    answer = ask(engine, "which came first, the tokyo talks or the 2+2")
    assert answer.text.startswith("First: Earlier this month")
    answer = ask(engine, "Which came first, Esper's meeting with Singh or the 2+2 Dialogue?")
    assert answer.text.startswith("First: Esper met")


@pytest.mark.parametrize(
    "question",
    [
        "pompeo said the threat came from who exactly",
        "Who did the threat come from?",
        "The threat comes from whom?",
        "Who is the threat posed by?",
    ],
)
def test_where_a_threat_comes_from_is_who_poses_it(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text == "China's Communist Party"


def test_who_someone_is_and_who_did_a_thing_are_still_answered(engine: Engine) -> None:
    assert "Secretary of Defense" in ask(engine, "Who is Esper?").text
    assert "Defense Department" in ask(engine, "Who was the statement issued by?").text
    assert "Free nations" in ask(engine, "Who could work together to thwart the threat?").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("was esper in india?", "Yes. Esper met"),
        ("Was Begin in India?", "Yes. U.S. Deputy Secretary of State Begin"),
        ("why was espar in india", "Ahead of the 2+2 Dialogue"),
        ("Was Pompeo in Japan?", "Yes. Earlier this month"),
    ],
)
def test_in_a_country_is_where_someone_was_not_their_title(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_a_country_no_one_was_in_and_a_nationality_are_not_places(engine: Engine) -> None:
    assert ask(engine, "Was Pompeo in India?").abstained  # only "his trip to South Asia"
    assert ask(engine, "Is Esper Indian?").text.startswith("No.")
    assert ask(engine, "Is Singh the defence minister in India?").text.startswith("Yes.")


@pytest.mark.parametrize(
    ("question", "expected", "not_there"),
    [
        ("What happened in Tokyo?", "quadripartite talks in Tokyo", "Begin"),
        ("what happened in japan", "quadripartite talks in Tokyo", "Begin"),
        ("What happened earlier this month?", "quadripartite talks in Tokyo", "Singh"),
        ("What happened at the State Department?", "State Department press conference", "DOD"),
        ("what happened recently", "Begin also recently visited", "Tokyo"),
    ],
)
def test_what_happened_at_a_place_or_time_is_what_the_article_puts_there(
    engine: Engine, question: str, expected: str, not_there: str
) -> None:
    answer = ask(engine, question)
    assert expected in answer.text and not_there not in answer.text


def test_what_happened_elsewhere_still_gets_the_summary(engine: Engine) -> None:
    # New Delhi's summary is all New Delhi; a plain "what happened?" is the whole story.
    assert ask(engine, "What happened in New Delhi?").text.startswith("Esper met Rajnath Singh")
    assert "Tokyo" in ask(engine, "What happened?").text


@pytest.mark.parametrize(
    "question",
    [
        "What are the challenges described as?",
        "what were the security challenges characterized as",
        "What kind of challenges?",
    ],
)
def test_what_no_fact_describes_is_called_what_the_words_before_it_say(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text == "Pressing global security challenges"


def test_a_description_the_article_gives_is_still_that_description(engine: Engine) -> None:
    assert "most significant" in ask(engine, "What is the relationship described as?").text
    assert ask(engine, "What are the nations described as?").text == "Free nations"
    # Nothing describes the threat: it is only "posed by" China's Communist Party.
    assert ask(engine, "What is the threat described as?").abstained


@pytest.mark.parametrize(
    ("question", "doer"),
    [
        (
            "Did Esper give a press conference at the State Department before his trip to "
            "South Asia?",
            "Pompeo said",
        ),
        ("Did Esper give a press conference at the State Department?", "Pompeo said"),
        (
            "Were Singh and Begin the two officials who took part in the Tokyo quadripartite "
            "talks?",
            "Esper and Secretary Pompeo",
        ),
        (
            "Were Begin and Singh the two people who attended the Tokyo talks?",
            "Esper and Secretary",
        ),
    ],
)
def test_one_of_the_listed_doers_side_not_listed_did_not_do_it(
    engine: Engine, question: str, doer: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and doer in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did Singh take part in the Tokyo talks?",  # India's people there are not named
        "Did Pompeo recently visit New Delhi?",  # his own trip to South Asia
        "Did Esper attend Pompeo's press conference?",  # who else was there is not said
        "Did Begin take part in the quad talks?",  # others may have, unsaid
    ],
)
def test_a_doer_list_that_leaves_someone_open_gets_no_no(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


def test_the_same_person_check_still_tells_two_apart(engine: Engine) -> None:
    answer = ask(
        engine,
        "Is the person who held the State Department press conference the same person who "
        "met Singh in New Delhi?",
    )
    assert answer.text.startswith("No.")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Why wasn't Pompeo at the Tokyo talks?", "Esper and Secretary Pompeo took part"),
        ("Why didn't Esper meet Singh?", "Esper met India's Defense Minister"),
        ("Why did Esper not meet Singh?", "Esper met India's Defense Minister"),
    ],
)
def test_why_something_did_not_happen_that_did_corrects_the_premise(
    engine: Engine, question: str, said: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("That's not what the article says:") and said in answer.text


def test_why_something_did_not_happen_that_is_unsaid_stays_open(engine: Engine) -> None:
    assert ask(engine, "Why wasn't Begin at the Tokyo talks?").abstained
    assert ask(engine, "Why did Esper meet Singh?").text.startswith("Ahead of the 2+2")


def test_when_something_happened_that_did_not_corrects_the_premise(engine: Engine) -> None:
    answer = ask(engine, "When did China join the quad?")
    assert answer.text.startswith("That's not what the article says:") and "China" in answer.text
    # The first 2+2 happened; the article only gives no date for it.
    assert ask(engine, "When was the first US-India 2+2 held?").abstained
    assert ask(engine, "When did Pompeo meet Singh?").abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("when did the Tokyo talks take place?", "who was the host?"),
        ("where did the quad talks take place?", "who hosted?"),
        ("where were the quadripartite talks held?", "what was decided?"),
        ("where did the quad talks take place?", "what came out of them?"),
        ("where were the quadripartite talks held?", "why were they held?"),
        ("where did the quad talks take place?", "who represented India?"),
        ("where was Pompeo going?", "who went with him?"),
    ],
)
def test_a_follow_up_to_the_tokyo_talks_is_not_answered_from_new_delhi(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    # The host, agreement and reason are the New Delhi meeting's; the article tells none
    # of them of the talks in Tokyo (or of Pompeo's trip).
    answer = ask(engine, *questions)
    assert answer.abstained
    assert "Singh" not in answer.text and "BECA" not in answer.text


def test_the_tokyo_thread_still_answers_what_the_article_says_of_it(engine: Engine) -> None:
    assert ask(engine, "where did the quad talks take place?", "did India attend?").text.startswith(
        "Yes"
    )
    assert "Earlier this month" in ask(engine, "who was at the Tokyo talks?", "when?").text
    said = ask(engine, "where did the quad talks take place?", "what did Pompeo say?")
    assert "China" in said.text
    assert "BECA" in ask(engine, "where did the quad talks take place?", "what is BECA?").text


@pytest.mark.parametrize("again", ["and from India?", "and India?", "what about Australia?"])
def test_who_came_from_another_country_is_not_the_americans_again(
    engine: Engine, again: str
) -> None:
    answer = ask(engine, "who was at the Tokyo talks from the US?", again)
    assert "Esper" not in answer.text and "Pompeo" not in answer.text


def test_who_acted_for_a_country_still_names_its_own(engine: Engine) -> None:
    assert "Singh" in ask(engine, "who agreed on BECA?", "and India?").text


@pytest.mark.parametrize(
    "questions",
    [
        ("what did Esper and Singh agree to continue doing?", "on what issues?"),
        ("what did Esper and Singh agree to continue doing?", "on what issues?", "like what?"),
        ("what issues did Esper and Singh agree to work on?",),
    ],
)
def test_issues_worked_on_are_not_the_statement_that_was_issued(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    answer = ask(engine, *questions)
    assert "challenges" in answer.text
    assert "statement" not in answer.text.lower()


def test_who_issued_the_statement_is_still_the_pentagon(engine: Engine) -> None:
    assert "Defense Department" in ask(engine, "who issued the statement?").text


@pytest.mark.parametrize(
    "questions",
    [
        ("who is Esper meeting?", "when?", "how come they're meeting?"),
        ("how come Esper met Singh?",),
        ("so how come Esper and Singh met?",),
    ],
)
def test_how_come_asks_why(engine: Engine, questions: tuple[str, ...]) -> None:
    assert "ahead of the 2+2" in ask(engine, *questions).text.lower()


def test_how_come_without_a_reason_in_the_article_still_abstains(engine: Engine) -> None:
    assert ask(engine, "how come China is a threat?").abstained


@pytest.mark.parametrize("job", ["what's his job?", "what is his title?", "his role?"])
def test_his_job_after_where_he_is_from_is_his_title(engine: Engine, job: str) -> None:
    answer = ask(engine, "who met Esper?", "where is he from?", job)
    assert "Defense Minister" in answer.text
    assert "statement" not in answer.text.lower()


@pytest.mark.parametrize(
    "total", ["how many in total?", "how many altogether?", "and how many overall?"]
)
def test_a_total_after_someone_s_own_count_counts_them_all(engine: Engine, total: str) -> None:
    # Esper has been to two; the two countries have had three.
    answer = ask(engine, "how many times has Esper been to a 2+2?", total)
    assert answer.text.startswith("Three")


def test_a_total_of_a_count_of_all_stays_that_count(engine: Engine) -> None:
    answer = ask(engine, "how many countries took part in the Tokyo talks?", "how many in total?")
    assert answer.text.startswith("Four")


@pytest.mark.parametrize("again", ["is that the first time they've met?", "have they met before?"])
def test_they_after_when_is_both_who_met_not_esper_s_2plus2_count(
    engine: Engine, again: str
) -> None:
    answer = ask(engine, "who is Esper meeting?", "when?", again)
    assert "second time" not in answer.text


@pytest.mark.parametrize(
    ("questions", "country"),
    [
        (("who met Singh?", "where is that person from?"), "United States"),
        (("who met Singh?", "which country is that guy from?"), "United States"),
        (("who is Esper?", "who did he meet?", "where is that person from?"), "India"),
    ],
)
def test_that_person_is_the_one_just_answered(
    engine: Engine, questions: tuple[str, ...], country: str
) -> None:
    assert ask(engine, *questions).text.startswith(("The " + country, country))


def test_a_person_asked_for_is_still_looked_for(engine: Engine) -> None:
    assert "Esper" in ask(engine, "which person met Singh?").text


def test_and_someone_after_an_unanswered_question_asks_it_of_them(engine: Engine) -> None:
    # The article gives no Esper remark on China, but does give Pompeo's.
    assert ask(engine, "what did Esper say about China?", "and Singh?").abstained
    answer = ask(engine, "what did Esper say about China?", "and Pompeo?")
    assert "Communist Party" in answer.text


def test_who_did_after_an_unanswered_claim_is_whoever_did(engine: Engine) -> None:
    answer = ask(engine, "what did Esper and Singh praise?", "did they mention China?", "who did?")
    assert "Pompeo" in answer.text
    assert "Defense Department" not in answer.text


def test_who_did_after_a_claim_nobody_made_still_abstains(engine: Engine) -> None:
    assert ask(engine, "did Esper mention Russia?", "who did?").abstained


@pytest.mark.parametrize("again", ["was Esper with him?", "was Esper with him there?"])
def test_him_after_a_named_person_is_not_dropped(engine: Engine, again: str) -> None:
    answer = ask(engine, "what did Pompeo say about China?", again)
    # Not a "yes" resting on Esper's title alone.
    assert "Secretary of Defense" not in answer.text


def test_him_with_no_one_before_still_abstains(engine: Engine) -> None:
    assert ask(engine, "who met Singh?", "did Pompeo meet him?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Who recently visited New Delhi as U.S. Deputy Secretary of State?",
        "Who visited New Delhi as deputy secretary?",
        "who went to Delhi as the deputy secretary of state?",
    ],
)
def test_who_did_it_as_a_title_is_whoever_holds_it(engine: Engine, question: str) -> None:
    assert "Begin" in ask(engine, question).text


def test_who_did_it_as_a_title_still_keeps_to_the_place(engine: Engine) -> None:
    # Begin's visit was to New Delhi, not Tokyo.
    assert "Begin" not in ask(engine, "who went to Tokyo as deputy secretary?").text.split(":")[0]


@pytest.mark.parametrize(
    "question",
    [
        "What aspect of communications did the two ministers aim to enhance?",
        "Which aspect of communications capabilities did they want to enhance?",
    ],
)
def test_what_aspect_of_asks_which_sort_of_it(engine: Engine, question: str) -> None:
    assert "Secure" in ask(engine, question).text


def test_what_aspect_of_something_never_told_still_abstains(engine: Engine) -> None:
    assert ask(engine, "What aspect of the economy did Singh discuss?").abstained


@pytest.mark.parametrize("day", ["on tues?", "on a thursday?", "tuesday?", "in january?"])
def test_a_bare_day_after_a_claim_checks_it_against_the_last_one(engine: Engine, day: str) -> None:
    answer = ask(engine, "esper met singh in mumbai right", day)
    assert answer.text.startswith("No")
    assert "Monday" in answer.text


def test_a_bare_day_after_a_plain_question_still_abstains(engine: Engine) -> None:
    assert ask(engine, "who did esper meet?", "on tuesday?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "what city is tokyo in.. i mean what country?",
        "which town is tokyo in, sorry i meant which country?",
    ],
)
def test_a_question_corrected_in_the_same_message_asks_the_corrected_one(
    engine: Engine, question: str
) -> None:
    assert "Japan" in ask(engine, question).text


def test_a_head_word_corrected_in_the_same_message_keeps_the_rest(engine: Engine) -> None:
    assert "Oct. 26" in ask(engine, "where did esper meet singh? i mean when").text


def test_a_city_asked_of_tokyo_without_correction_still_abstains(engine: Engine) -> None:
    assert ask(engine, "what city is tokyo in?").abstained


@pytest.mark.parametrize(
    "companion", ["who went to tokyo with him?", "who was with him in tokyo?", "who went with him?"]
)
def test_a_companion_asked_may_be_one_the_last_answer_named(engine: Engine, companion: str) -> None:
    before = "did the tokyo talks happen before the delhi meeting?"
    assert "Pompeo" in ask(engine, before, companion).text


def test_who_else_still_looks_past_those_already_named(engine: Engine) -> None:
    assert ask(engine, "who took part in the tokyo talks?", "who else went to tokyo?").abstained


@pytest.mark.parametrize(
    ("noted", "verdict"),
    [
        ("us-china ties - improving?", "No"),
        ("us-india relations: cooling?", "No"),
        ("india-china ties worsening?", "Yes"),
        ("us-india ties heating up?", "Yes"),
    ],
)
def test_a_relationship_and_trend_in_note_form_is_checked(
    engine: Engine, noted: str, verdict: str
) -> None:
    assert ask(engine, noted).text.startswith(verdict)


def test_a_trend_of_ties_the_article_lacks_still_abstains(engine: Engine) -> None:
    assert ask(engine, "us-russia ties - improving?").abstained


def test_and_another_pair_after_a_trend_in_note_form_asks_it_of_them(engine: Engine) -> None:
    answer = ask(engine, "us-china ties - improving?", "and us-india")
    assert "heating up" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did the DOD statement say U.S.-China relations were deteriorating?",
        "Did the Pentagon say US-China relations were deteriorating?",
    ],
)
def test_the_statement_did_not_say_what_it_left_out(engine: Engine, question: str) -> None:
    # The article says the statement does not explicitly mention China.
    answer = ask(engine, question)
    assert answer.text.startswith("No.")
    assert "does not explicitly mention China" in answer.text


def test_what_the_statement_did_say_is_still_a_yes_with_its_words(engine: Engine) -> None:
    answer = ask(engine, "Did the DOD statement say they agreed on BECA?")
    assert answer.text.startswith("Yes.") and "Basic Exchange" in answer.text


@pytest.mark.parametrize(
    ("question", "paragraph", "words"),
    [
        ("which paragraph says esper has done a 2+2 before?", 5, "second time"),
        ("Where in the article does it say Pompeo went to South Asia?", 6, "South Asia"),
        ("which paragraph says the statement doesnt mention china", 6, "explicitly"),
        ("which paragraph mentions tokyo", 8, "Tokyo"),
        ("in which paragraph is Begin mentioned?", 8, "Begin"),
        ("which paragraph tells us about begin", 8, "Begin"),
        ("which part of the article talks about the 21st century", 7, "21st century"),
        ("which sentence mentions logistics", 2, "logistics"),
        ("which paragraph says how many 2+2 dialogues there have been", 5, "three"),
    ],
)
def test_which_paragraph_gives_its_number_and_sentence(
    engine: Engine, question: str, paragraph: int, words: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(f"¶{paragraph}: ")
    assert answer.quote is not None and answer.quote.paragraph == paragraph
    assert words in answer.text


def test_which_paragraph_lists_every_paragraph_naming_it(engine: Engine) -> None:
    answer = ask(engine, "what para is the BECA in")
    assert answer.text.startswith("¶1 and ¶3; the first, ¶1: ")
    answer = ask(engine, "which paragraph mentions Esper")
    assert answer.text.startswith("¶1, ¶2, ¶4, ¶5 and ¶8")


@pytest.mark.parametrize(
    "question",
    [
        "which paragraph mentions Modi?",
        "which paragraph says esper met singh in tokyo",
        "which paragraph talks about climate change",
    ],
)
def test_which_paragraph_of_what_the_article_lacks_abstains(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


def test_the_paragraph_found_is_the_conversation_s_subject(engine: Engine) -> None:
    answer = ask(engine, "which paragraph mentions tokyo", "when did those talks happen")
    assert "Earlier this month" in answer.text
    answer = ask(engine, "which paragraph talks about the 21st century", "who said that")
    assert "officials" in answer.text


@pytest.mark.parametrize(
    ("question", "words", "paragraph"),
    [
        ("who r the 2 secretaries of defense in para 3", "Esper and Singh", 3),
        ("who are the two secretaries of defense in the third paragraph", "Esper", 3),
        (
            "how many areas of cooperation do they list in the paragraph starting "
            "'In a statement'?",
            "Three",
            2,
        ),
        ("In paragraph 5, how many dialogues have there been?", "Three", 5),
        ("who visited New Delhi in the last paragraph?", "Begin", 8),
    ],
)
def test_a_paragraph_named_keeps_the_answer_to_it(
    engine: Engine, question: str, words: str, paragraph: int
) -> None:
    answer = ask(engine, question)
    assert words in answer.text
    assert answer.quotes and all(q.paragraph == paragraph for q in answer.quotes)


def test_a_paragraph_the_article_lacks_is_said_to_be_missing(engine: Engine) -> None:
    answer = ask(engine, "who met singh in para 12?")
    assert answer.abstained and "no paragraph 12" in answer.text


@pytest.mark.parametrize(
    "question", ["summarize paragraph 3", "what does paragraph 3 say", "what is para 3 about"]
)
def test_what_a_numbered_paragraph_says(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Paragraph 3: ")


@pytest.mark.parametrize(
    "question",
    [
        "what does quadripartite mean in the article?",
        "what does the word quadripartite mean",
        "what does quadripartite mean in 'quadripartite talks'?",
    ],
)
def test_a_count_word_of_a_name_means_the_count_the_article_gives(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "four" in answer.text and "Japan, India and Australia" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what does 'elevated' mean in 'elevated strategic partnership'?",
        "what does strategic mean in strategic partnership",
        "what does basic mean here",
        "what does thwart mean?",
    ],
)
def test_a_word_the_article_only_uses_is_not_defined_by_it(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what agreement is named in para 1?", "¶1 names Basic Exchange and Cooperation Agreement"),
        ("which countries are in paragraph 8?", "¶8 names Australia, India, Japan and the United"),
        ("who is mentioned in paragraph 4?", "¶4 names Mark T. Esper and Rajnath Singh"),
    ],
)
def test_what_a_numbered_paragraph_names(engine: Engine, question: str, expected: str) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("first", "then", "lead"),
    [
        ("What did Pompeo say about China?", "Did Esper say that?", "No, Secretary Pompeo did:"),
        (
            "Who said 'thwart the threat posed by China's Communist Party'?",
            "Did Singh say it?",
            "No",
        ),
        ("What did Pompeo say about China?", "did pompeo say it?", "Yes."),
        ("What did the DoD statement say?", "did Singh say that?", "No, the U.S. Department"),
    ],
)
def test_did_another_say_that_names_whose_words_they_are(
    engine: Engine, first: str, then: str, lead: str
) -> None:
    assert ask(engine, first, then).text.startswith(lead)


def test_who_said_it_then_after_others_were_ruled_out_is_the_speaker(engine: Engine) -> None:
    answer = ask(
        engine,
        "Did Pompeo say that free nations should work together against China's Communist Party?",
        "Did Esper say that?",
        "Did Singh say that?",
        "Who said it then?",
    )
    assert "Pompeo" in answer.text


@pytest.mark.parametrize(
    "before",
    [
        "Is Singh India's foreign minister?",
        "Is Esper the US Secretary of State?",
        "Is Singh Indian?",
    ],
)
def test_a_whole_title_claim_after_another_is_not_read_as_the_last_one(
    engine: Engine, before: str
) -> None:
    assert ask(engine, before, "Is Begin the Deputy Secretary of State?").text.startswith("Yes.")
    assert ask(engine, before, "Is Begin American?").text.startswith("Yes.")


def test_he_after_a_yes_no_about_one_person_is_that_person(engine: Engine) -> None:
    answer = ask(engine, "Is Begin American?", "Is he the Secretary of State?")
    assert answer.text.startswith("No.") and "Deputy" in answer.text


@pytest.mark.parametrize(
    ("first", "person"),
    [
        ("Who went to Tokyo?", "Singh"),
        ("Who visited New Delhi?", "Pompeo"),
        ("Who attended the Tokyo talks?", "Singh"),
    ],
)
def test_did_someone_else_keeps_the_last_question_s_place(
    engine: Engine, first: str, person: str
) -> None:
    assert ask(engine, first, f"Did {person}?").abstained


def test_after_an_unanswered_did_x_the_next_did_y_asks_the_same_question(engine: Engine) -> None:
    answer = ask(engine, "Who went to Tokyo?", "Did Singh?", "Did Pompeo?")
    assert answer.text.startswith("Yes.") and "Tokyo" in answer.text


def test_who_else_after_unanswered_yes_nos_stays_with_the_talks(engine: Engine) -> None:
    answer = ask(
        engine,
        "Did Esper and Pompeo both go to Tokyo?",
        "Did Singh?",
        "Did Begin?",
        "Who else participated?",
    )
    assert "Singh" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Since Esper has been to four 2+2s, how many is India's total?",
        "Given that Esper has attended four 2+2s, how many have there been?",
        "Now that Esper has been to four 2+2 meetings, how many 2+2 dialogues have there been?",
    ],
)
def test_a_wrong_premise_before_a_question_is_corrected_then_answered(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "second time" in answer.text
    assert answer.text.endswith("Three")


def test_a_count_follow_up_after_a_corrected_premise_counts_for_him(engine: Engine) -> None:
    answer = ask(
        engine,
        "Since Esper has been to four 2+2s, how many is India's total?",
        "ok how many has he attended then?",
        "and how many in total?",
    )
    assert answer.text == "Three"


def test_how_many_ministers_is_that_after_the_2plus2_counts_no_named_pair(engine: Engine) -> None:
    answer = ask(engine, "What does 2+2 mean?", "How many ministers is that in total?")
    assert "Esper" not in answer.text


@pytest.mark.parametrize(
    "first", ["Was the BECA agreed?", "who agreed on the BECA?", "Did they agree on BECA?"]
)
def test_what_did_they_reinforce_after_the_agreement_is_not_the_statement(
    engine: Engine, first: str
) -> None:
    answer = ask(engine, first, "what did they reinforce?")
    assert "statement" not in answer.text.lower() and "cooperation" in answer.text.lower()


@pytest.mark.parametrize(
    "first",
    ["How fast are US-India relations heating up?", "Are US-India relations improving?"],
)
def test_and_another_pair_after_a_trend_is_that_pair_s_own_trend(
    engine: Engine, first: str
) -> None:
    answer = ask(engine, first, "and US-China?")
    assert "deteriorating" in answer.text and "heating" not in answer.text


def test_and_us_china_after_why_is_not_the_partnership_s_purpose(engine: Engine) -> None:
    answer = ask(
        engine, "Since when have US-India relations been heating up?", "why?", "and US-China?"
    )
    assert "threat" not in answer.text


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (
            "Who said 'thwart the threat posed by China's Communist Party'?",
            "Who was he talking to?",
        ),
        ("What did Pompeo say?", "who was he saying that to?"),
        ("Who is Pompeo?", "What was his audience at the press conference?"),
    ],
)
def test_a_speaker_s_audience_is_not_what_he_spoke_about(
    engine: Engine, first: str, then: str
) -> None:
    answer = ask(engine, first, then)
    assert answer.abstained and "Free nations" not in answer.text


def test_who_esper_talked_to_is_still_whom_he_met(engine: Engine) -> None:
    assert "Singh" in ask(engine, "who did Esper talk to in New Delhi?").text


@pytest.mark.parametrize(
    "then", ["was India part of that trip?", "did that trip include Japan?", "And Japan?"]
)
def test_that_trip_is_pompeo_s_south_asia_trip_not_the_tokyo_talks(
    engine: Engine, then: str
) -> None:
    questions = ["Who said 'thwart the threat posed by China's Communist Party'?"]
    questions += ["Where was he going?", "was India part of that trip?"]
    if then != questions[-1]:
        questions.append(then)
    answer = ask(engine, *questions)
    assert answer.abstained


@pytest.mark.parametrize(
    "questions",
    [
        ["which other countries are mentioned?"],
        ["Which two countries is the article about?", "which other countries are mentioned?"],
    ],
)
def test_other_countries_are_those_besides_the_u_s_and_india(
    engine: Engine, questions: list[str]
) -> None:
    assert ask(engine, *questions).text == "China, Japan and Australia"


@pytest.mark.parametrize(
    "question", ["what countries are mentioned?", "how many people are named in the article?"]
)
def test_a_count_of_those_named_is_not_quoted_from_the_headline(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert all(quote.paragraph != 0 for quote in answer.quotes)


@pytest.mark.parametrize(
    ("terse", "verdict", "said"),
    [
        ("China mention in DOD stmt?", "No", "does not explicitly mention China"),
        ("infomation sharing expanded y/n", "Yes", "information sharing"),
        ("mtg loc Dehli?", "Yes", "New Delhi"),
        ("quad venue Canberra?", "No", "Tokyo"),
        ("Pompeo presser @ Pentagon?", "No", "State Department"),
        ("4 prior 2+2 rounds, right?", "No", "three"),
        ("mtg on tues?", "No", "Monday"),
        ("esper 1st 2+2?", "No", "second"),
        ("singh = foreign min?", "No", "Defense Minister"),
    ],
)
def test_an_analysts_terse_claim_is_checked(
    engine: Engine, terse: str, verdict: str, said: str
) -> None:
    answer = ask(engine, terse)
    assert answer.text.startswith(verdict) and said in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "aus def min name",
        "pakistani defence minister name",
        "russian def min name",
        "jpn fm?",
        "were there 2 prior 2+2 meetings?",
    ],
)
def test_what_the_article_leaves_open_in_terse_form_abstains(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("terse", "said"),
    [
        ("pompeo trip dest", "South Asia"),
        ("info sharing - to what end", "security challenges"),
        ("stmt issued by?", "Defense Department"),
        ("whose statement?", "Defense Department"),
        ("pompeo line on china", "Communist Party"),
        ("how many quad countries?", "Four"),
    ],
)
def test_an_analysts_abbreviations_are_read_as_meant(engine: Engine, terse: str, said: str) -> None:
    assert said in ask(engine, terse).text


def test_terse_follow_ups_take_the_last_topic(engine: Engine) -> None:
    assert "India" in ask(engine, "BECA - full name?", "parties").text
    assert "Defense Department" in ask(engine, "BECA - full name?", "parties", "source?").text
    assert "Pompeo" in ask(engine, "quad venue", "US reps").text


@pytest.mark.parametrize(
    "question",
    ["ok fine. what deal exactly was it", "which agreement was that", "what pact was it again"],
)
def test_which_agreement_it_was_names_the_one_agreement(engine: Engine, question: str) -> None:
    assert "Basic Exchange and Cooperation Agreement" in ask(engine, question).text


def test_which_event_it_was_with_nothing_before_it_is_not_guessed(engine: Engine) -> None:
    assert ask(engine, "what event was it").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("ok srsly what did they agree on", "Basic Exchange"),
        ("Good. And what were they expanding?", "information sharing"),
        ("k what's beca", "Basic Exchange"),
        ("seriously, where did they meet", "New Delhi"),
    ],
)
def test_a_word_taking_up_the_last_answer_before_the_question_is_dropped(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "opening", ["which paragraph mentions tokyo", "what did they eat in tokyo"]
)
def test_an_unanswered_question_naming_tokyo_sets_the_talks_for_the_next(
    engine: Engine, opening: str
) -> None:
    assert "Earlier this month" in ask(engine, opening, "when did those talks happen").text
    assert (
        "Pompeo" in ask(engine, opening, "when did those talks happen", "who went from the US").text
    )


@pytest.mark.parametrize(
    "followup",
    ["did pakistan go to them?", "did russia join them?", "did Pakistan take part in it?"],
)
def test_a_country_going_to_the_talks_just_answered_is_not_among_the_four(
    engine: Engine, followup: str
) -> None:
    answer = ask(engine, "and the tokyo talks were between 3 countries?", followup)
    assert answer.text.startswith("No.") and "Australia" in answer.text


def test_going_to_them_after_a_person_is_no_list_of_countries(engine: Engine) -> None:
    assert ask(engine, "who met singh", "did pakistan go to them?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the countries, which ones participated?", "Australia"),
        ("the officials, which ones described the relationship?", "officials"),
        ("the name of the agreement, which is?", "Basic Exchange"),
        ("the day of the meeting, which was?", "Monday"),
    ],
)
def test_a_topic_put_first_is_what_which_ones_or_which_is_asks(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_the_date_of_the_tokyo_talks_put_first_is_not_given(engine: Engine) -> None:
    answer = ask(engine, "the quad talks, where they were?", "the date of those talks, which is?")
    assert answer.abstained and "Earlier this month" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("esprr meet singhh wen n where", ("Monday", "New Delhi")),
        ("when n where did esper meet singh", ("Monday", "New Delhi")),
        ("who met singh n where", ("Esper", "New Delhi")),
    ],
)
def test_n_for_and_joins_two_questions(
    engine: Engine, question: str, expected: tuple[str, ...]
) -> None:
    text = ask(engine, question).text
    assert all(part in text for part in expected)


@pytest.mark.parametrize("followup", ["For which purpose?", "with what aim?", "for what reason?"])
def test_for_which_purpose_after_information_sharing_is_its_purpose(
    engine: Engine, followup: str
) -> None:
    answer = ask(engine, "what did they welcome?", followup)
    assert "pressing global security challenges" in answer.text


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (("whats the difference between esper and singh", "which one is american"), "Esper"),
        (("whats the difference between esper and singh", "which of them is indian?"), "Singh"),
        (("who met who in new delhi", "which one is indian"), "Singh"),
        (("which of esper and singh is american?",), "Esper"),
        (("who is american, esper or singh?",), "Esper"),
        (("who was the American at the meeting?",), "Esper"),
        (("who was the American at the meeting?", "and the Indian?"), "Singh"),
    ],
)
def test_which_one_is_from_a_country_picks_that_person(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    answer = ask(engine, *questions)
    assert not answer.abstained and expected in answer.text


def test_which_one_is_from_a_country_none_of_them_is_from_says_so(engine: Engine) -> None:
    assert ask(engine, "which of esper and pompeo is indian?").abstained
    assert ask(engine, "who was the indian in the tokyo talks").abstained


@pytest.mark.parametrize(
    "question", ["who's more senior", "who is more important", "which of them is older?"]
)
def test_who_ranks_higher_is_a_comparison_the_article_never_makes(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, "were esper and pompeo both at the tokyo talks", question)
    assert answer.abstained


def test_a_senior_official_named_by_rank_is_still_found(engine: Engine) -> None:
    answer = ask(engine, "Which senior State Department official recently visited New Delhi?")
    assert "Begin" in answer.text


@pytest.mark.parametrize(
    "followup", ["are you sure?", "r u sure", "you sure about that?", "double check that"]
)
def test_are_you_sure_confirms_the_last_answer_with_its_quote(
    engine: Engine, followup: str
) -> None:
    answer = ask(engine, "where did they meet", followup)
    assert answer.text.startswith("Yes.") and "New Delhi" in answer.text
    assert answer.quotes


def test_are_you_sure_after_no_answer_confirms_nothing_older(engine: Engine) -> None:
    answer = ask(engine, "who met singh", "what did they eat", "are you sure?")
    assert answer.abstained and "Esper" not in answer.text


@pytest.mark.parametrize(
    "questions",
    [
        ("how many 2+2 dialogues have there been?", "since when?"),
        ("who met singh", "since when?"),
        ("since when has esper been secretary of defense?",),
    ],
)
def test_since_when_asks_a_start_the_article_never_gives(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Came first: the Tokyo talks or Esper's meeting with Singh?",
        "happened first - tokyo talks or the delhi meeting?",
        "came first, tokyo or delhi?",
    ],
)
def test_which_came_first_without_the_question_word_puts_the_two_in_order(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("First: Earlier this month")
    assert "Then: Esper met" in answer.text


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # courtesy titles
        ("Were Mr Esper and Mr Pompeo both at those talks in Tokyo?", "Yes"),
        # remarks after the question
        ("Did Mr Begin visit New Delhi? My neighbour mentioned it over the fence.", "Yes"),
        ("How many 2+2s have there been? I always lose count.", "Three"),
        ("Who met Singh? Or was it somebody else entirely?", "Esper"),
        # chatter before the question, in the same sentence
        (
            "Forgive an old man's curiosity, but what was this agreement they reached "
            "actually called? It had a long-winded name, as these things always seem to.",
            "Basic Exchange",
        ),
        # a claim, then "is he right?" and its kin
        (
            "My brother-in-law says the meeting took place in Tokyo. Is he right?",
            "No",
        ),
        (
            "I heard on the radio that Esper met Singh in New Delhi. Is that right, or am I "
            "muddling things again?",
            "Yes",
        ),
        (
            "My nephew says this was Mr Esper's very first 2+2, poor man, thrown in at the "
            "deep end. Is he right?",
            "No",
        ),
        (
            "I do hope I have this right: Mr Esper flew to Washington to see Mr Singh, didn't "
            "he? Or was it the other way round?",
            "No",
        ),
        # polite framing and idioms
        (
            "I wonder, could you help me find out when Mr Esper and Mr Pompeo were in Tokyo?",
            "Earlier this month",
        ),
        ("What's this BECA business when it's at home?", "Basic Exchange"),
        (
            "I gather the two sides want to share more information. What's it all in aid of, "
            "according to the paper?",
            "security challenges",
        ),
        (
            "We had a long chat at the bridge club. The article mentions a press conference "
            "at the State Department. Who gave it?",
            "Pompeo",
        ),
    ],
)
def test_a_long_polite_message_is_read_down_to_its_question(
    engine: Engine, message: str, expected: str
) -> None:
    answer = ask(engine, message)
    assert not answer.abstained and expected in answer.text


def test_a_remark_that_goes_on_with_the_question_is_kept(engine: Engine) -> None:
    # "wat kind of tech" has no full stop: it is the question going on, not a remark.
    answer = ask(engine, "tech cooperation? wat kind of tech")
    assert "emerging technologies" in answer.text.lower()


@pytest.mark.parametrize(
    "question",
    [
        "Is it correct that the meeting took place in Mumbai?",
        "is it right that the meeting took place in tokyo",
        "can u confirm the esper singh meeting took place in Tokyo?",
        "the meeting happened in mumbai na?",
        "bro it was tokyo na? esper singh meeting",
    ],
)
def test_a_claim_of_another_place_for_the_meeting_is_a_no_whatever_its_wrapper(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "New Delhi" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("was it tokyo or delhi where esper met singh?? me and @arjun fighting 😤", "New Delhi"),
        ("who met singh? settle a bet pls", "Esper"),
        ("did esper meet singh in delhi? my friend says no lol", "Yes"),
    ],
)
def test_chatter_after_the_question_mark_does_not_change_the_answer(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_a_detail_after_the_question_mark_still_counts(engine: Engine) -> None:
    assert "year" in ask(engine, "when did they meet? the year").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("tokyo talks - singh went or esper? @talksbot settle this", "Esper"),
        ("singh went to the tokyo talks or esper?", "Esper"),
        ("pompeo went to the tokyo talks or Begin?", "Pompeo"),
        ("Begin visited new delhi or pompeo?", "Begin"),
    ],
)
def test_an_option_after_or_stands_for_the_subject_before_the_verb(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    # "Mark T. Esper.", "Secretary Pompeo.", "Begin.": the one option, named first
    assert answer.text.removeprefix("Mark T. ").removeprefix("Secretary ").startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("US-India relations heating up or cooling down", "Heating up."),
        ("are US-India relations heating up or cooling down?", "Heating up."),
        ("us-china ties heating up or cooling off?", "Cooling off."),
    ],
)
def test_phrasal_verbs_offered_as_options_are_answered_with_their_particle(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "verdict", "said"),
    [
        ("first time esper in 2+2?", "No", "second time"),
        ("second time esper in a 2+2?", "Yes", "second time"),
        ("first time for esper at a 2+2?", "No", "second time"),
        ("mil to mil cooperation deepening? y/n", "Yes", "deepening"),
        ("US-China relations improving now?", "No", "deteriorating"),
        ("relations between us and china worsening now?", "Yes", "deteriorating"),
        ("esper met singh in tokyo y/n", "No", "New Delhi"),
        ("BECA signed in tokyo? yes/no", "No", ""),
    ],
)
def test_a_yes_no_claim_without_its_auxiliary_gets_a_verdict(
    engine: Engine, question: str, verdict: str, said: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(verdict) and said in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "esper came with his wife?",
        "did esper bring his wife?",
        "esper travelled with his aides?",
        "did esper's advisers attend the meeting?",
        "was esper accompanied by his wife?",
    ],
)
def test_family_and_staff_the_article_never_mentions_are_not_answered(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "indian MoD also gave statement?",
        "singh gave a statement?",
        "india's defence ministry gave a statement too?",
        "the state department also issued a statement?",
    ],
)
def test_a_statement_of_their_own_by_others_than_the_pentagon_is_not_answered(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


def test_the_pentagon_giving_a_statement_is_still_a_yes(engine: Engine) -> None:
    assert ask(engine, "the pentagon gave a statement?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "is china a democracy acording to the article",
        "is china a democracy?",
        "is china a free nation?",
    ],
)
def test_a_description_the_article_gives_others_is_not_claimed_of_the_subject(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question", ["is india a democracy?", "is the us a democracy according to the article?"]
)
def test_a_description_the_article_gives_the_subject_is_a_yes(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Did Esper and Singh sign the agreement in Tokyo?",
        "was BECA agreed in tokyo?",
        "was the BECA signed in Washington?",
        "did they reach the agreement in tokyo?",
    ],
)
def test_a_no_to_another_place_names_the_place_with_the_sentence_that_says_it(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "New Delhi" in answer.text
    assert any("in New Delhi" in q.text for q in answer.quotes)


@pytest.mark.parametrize(
    ("question", "unmentioned"),
    [
        ("is the indian prime minister mentioned?", "the Indian prime minister"),
        ("does the article mention the indian prime minister?", "the Indian prime minister"),
        ("is there any mention of the indian prime minister?", "the Indian prime minister"),
        ("is modi mentioned?", "Modi"),
        ("does the article mention Xi Jinping?", "Xi Jinping"),
    ],
)
def test_a_person_the_article_never_names_is_not_mentioned(
    engine: Engine, question: str, unmentioned: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained
    assert answer.text == f"The article doesn't mention {unmentioned}."


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("is china mentioned?", "China"),
        ("is japan mentioned?", "Japan"),
        ("is begin mentioned?", "Begin"),
    ],
)
def test_what_the_article_names_is_mentioned(engine: Engine, question: str, named: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes.") and named in answer.quotes[0].text


def test_china_is_still_not_named_in_the_statement(engine: Engine) -> None:
    assert ask(engine, "is china mentioned in the statement?").text.startswith("No.")


@pytest.mark.parametrize(
    "question",
    [
        "did singh speak to the press?",
        "did esper talk to reporters?",
        "did esper speak with journalists?",
    ],
)
def test_speaking_to_the_press_is_not_the_pressing_challenges(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


def test_pompeo_did_speak_to_the_press(engine: Engine) -> None:
    assert ask(engine, "did pompeo speak to the press?").text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("The statement came from India's Ministry of Defence?", "No"),
        ("The statement was issued by the Indian defence ministry?", "No"),
        ("The statement was from India's MoD?", "No"),
        ("the statement came from the pentagon?", "Yes"),
        ("The statement came from the US Defense Department?", "Yes"),
    ],
)
def test_the_statement_as_subject_is_checked_against_its_source(
    engine: Engine, question: str, verdict: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(verdict)
    assert "Defense Department said in a statement" in answer.quotes[0].text


@pytest.mark.parametrize(
    "question",
    [
        "The Tokyo talks took place last month?",
        "The Tokyo talks were held last year?",
        "The meeting was on Tuesday",
        "Esper met Singh in Tokyo.",
    ],
)
def test_a_sentence_put_to_the_bot_is_a_claim(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "Tell me the number of 2+2 dialogues held between the US and India.",
        "tokyo talks participants",
    ],
)
def test_requests_and_keyword_queries_are_no_claims(engine: Engine, question: str) -> None:
    assert not ask(engine, question).text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    "question",
    [
        "what US officials called the us-india relationship before 2+2",
        "us-india reln described as wat by officials",
        "the US-India relationship was called what by US officials?",
        "what american officials called the relationship",
    ],
)
def test_what_officials_called_the_relationship_is_the_description(
    engine: Engine, question: str
) -> None:
    assert "most significant relationships" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "which officials called the relationship one of the most significant?",
        "which US officials described the relationship?",
    ],
)
def test_which_officials_described_it_is_still_who(engine: Engine, question: str) -> None:
    assert ask(engine, question).text == "U.S. government officials"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("cooperation among whom, according to the statement?", "among the services"),
        ("cooperation among who, per the statement?", "among the services"),
        ("according to the DOD statement, cooperation between whom?", "between the two militaries"),
    ],
)
def test_a_phrase_between_whom_is_completed_from_the_article(
    engine: Engine, question: str, said: str
) -> None:
    assert said in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "so how does china come into it then?",
        "how does china come into this, then?",
        "where does china come into the picture?",
    ],
)
def test_how_china_comes_into_it_after_the_statement(engine: Engine, question: str) -> None:
    answer = ask(engine, "did the statement mention china?", question)
    assert "threat posed by China" in answer.text


@pytest.mark.parametrize(
    ("question", "first", "also"),
    [
        # The agreement is told in ¶1 and again in ¶3.
        ("What was the main agreement reached in New Delhi?", 3, 1),
        ("what deal did the US and India reach during the visit?", 3, 1),
        ("What agreement did the two sides agree on?", 1, 3),
        # The DOD statement: ¶1, and again in ¶2 and ¶4.
        ("who made the statement about esper singh meeting", 1, 2),
        ("which body issued the statement on the talks?", 1, 4),
        # Information sharing expands in ¶1 and ¶3, whichever the question's sentence is.
        ("was information sharing cut back?", 1, 3),
        ("infomation sharing expanded y/n", 1, 3),
        ("What were they expanding?", 1, 3),
    ],
)
def test_an_answer_told_twice_quotes_both_sentences(
    engine: Engine, question: str, first: int, also: int
) -> None:
    """When another sentence of the article gives the same answer, the answer quotes it
    too, after its own sentence, as corroboration (shown compactly: "also ¶3")."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert answer.quotes[0].paragraph == first
    assert also in {q.paragraph for q in answer.also}
    assert set(answer.also) <= set(answer.corroborating) <= set(answer.quotes[1:])


@pytest.mark.parametrize(
    "question",
    [
        "On what date did the two defence chiefs meet?",
        "which day of the week was that meeting between the two defence men held on?",
        "In which city did the two defence ministers hold their meeting?",
        "what day did esper and singh meet?",
    ],
)
def test_the_sentence_about_the_asked_event_answers(engine: Engine, question: str) -> None:
    """Of two sentences placing the meeting, the one about the meeting answers (¶1), not
    the praise "during … meeting" of ¶2, which is named as corroboration."""
    answer = ask(engine, question)
    assert answer.fact_ids[0] == "meeting"
    assert answer.quotes[0].paragraph == 1
    assert [q.paragraph for q in answer.also] == [2]


def test_corroboration_needs_the_same_act_not_just_the_same_words(engine: Engine) -> None:
    """¶4 works together "to address pressing global security challenges" too, but that is
    not why information sharing expands; 'who met Singh?' has no second sentence."""
    why = ask(engine, "Why are they expanding information sharing?")
    assert [q.paragraph for q in why.quotes] == [1]
    assert ask(engine, "Who met Singh?").also == ()


def test_corroboration_respects_a_paragraph_asked_about(engine: Engine) -> None:
    """ "…according to the opening paragraph" quotes ¶1 alone."""
    answer = ask(
        engine,
        "What agreement did the two sides agree on, according to the article's opening paragraph?",
    )
    assert {q.paragraph for q in answer.quotes} == {1}


@pytest.mark.parametrize(
    "questions",
    [
        ("the dialogue 2+2, between which countries is it?",),
        ("which countries hold the 2+2 dialogues?",),
        ("is the 2+2 a trilateral thing with japan?",),
        ("is japan in the 2+2?",),
        ("how many 2+2 dialogues have there been?", "and japan?"),
    ],
)
def test_a_quote_naming_its_answer_by_reference_brings_the_naming_sentence(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "The two countries have had three such dialogues" names the U.S. and India only by
    reference: the sentence saying what the 2+2 Dialogue is, between the U.S. and Indian
    ministers, is quoted too, while the answer stays that of the countries."""
    answer = ask(engine, *questions)
    assert "The U.S. and India" in answer.text and "ministers" not in answer.text
    assert any("2+2 Dialogue between the U.S. and Indian" in q.text for q in answer.also)


@pytest.mark.parametrize(
    "question",
    [
        "whose threat did Pompeo talk about?",
        "According to Pompeo, whose threat did the discussions focus on thwarting?",
        "Pompeo discussed whose threat?",
        "Whose ruling party did Pompeo single out as a menace?",
        "According to Pompeo, the meetings during his visit included discussions on thwarting "
        "the threat posed by whom?",
    ],
)
def test_whose_threat_is_who_poses_it_not_who_would_thwart_it(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "Communist Party" in answer.text and "Free nations" not in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Is Esper a newcomer to these 2+2 meetings?", "No."),
        ("is esper new to the 2+2?", "No."),
        ("Was Esper a first-timer at the 2+2?", "No."),
        ("is esper an old hand at these 2+2 sit-downs?", "Yes."),
        ("is esper a veteran of the 2+2 format?", "Yes."),
    ],
)
def test_newcomer_or_old_hand_is_checked_against_the_second_time(
    engine: Engine, question: str, verdict: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(verdict) and "second time" in answer.text


@pytest.mark.parametrize(
    "question", ["is Singh a newcomer to the 2+2?", "is Pompeo a veteran of the quad talks?"]
)
def test_experience_the_article_does_not_count_is_not_answered(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


def test_a_lead_before_a_dash_still_lets_two_questions_be_asked(engine: Engine) -> None:
    answer = ask(engine, "Folks — where was the meeting? And when was it?")
    assert "New Delhi" in answer.text and "Oct. 26" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Was this the first 2+2 dialogue between the U.S. and India?",
        "was this the first 2+2?",
        "is this the first 2+2 dialogue?",
    ],
)
def test_the_first_2plus2_is_denied_by_the_count_of_three(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "three" in answer.text


@pytest.mark.parametrize(
    "question", ["was this the third 2+2?", "was this the first quad meeting?"]
)
def test_an_ordinal_a_count_does_not_settle_is_not_answered(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "How many such ministerial dialogues have the two republics convened to date?",
        "how many bilateral dialogues have there been?",
        "How many dialogues have the two countries convened?",
    ],
)
def test_dialogues_counted_behind_an_adjective_or_convened(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Three")


@pytest.mark.parametrize(
    "question",
    [
        "Where did Pompeo brief reporters before his tour?",
        "Where did Pompeo brief reporters before setting off on his trip?",
        "where did pompeo hold his press conference before his trip?",
    ],
)
def test_where_someone_spoke_before_a_trip_is_not_the_trip(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "State Department" in answer.text and "South Asia" not in answer.text


def test_a_place_asked_of_the_trip_itself_is_still_the_trip(engine: Engine) -> None:
    assert "South Asia" in ask(engine, "Pompeo's presser was before a trip to which region?").text


def test_where_asked_before_a_long_trip_wording_gives_no_destination(engine: Engine) -> None:
    answer = ask(
        engine, "Where did Pompeo brief reporters before setting off on his regional tour?"
    )
    assert "South Asia" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "At which government building did Pompeo hold his presser?",
        "in which building did pompeo speak?",
        "which building did pompeo speak in?",
    ],
)
def test_which_building_is_where_and_a_body_answers_it(engine: Engine, question: str) -> None:
    assert "State Department" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    ["in which building did Esper and Singh meet?", "which building in delhi did they meet in"],
)
def test_a_city_is_no_building(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("how many of those has Esper done", "so how many has he missed?"),
        ("how many 2+2s has Esper missed?",),
        ("How many of the 2+2 dialogues did Esper not attend?",),
        ("Who met Singh?", "how many 2+2s did he skip?"),
    ],
)
def test_dialogues_esper_missed_are_one(engine: Engine, questions: tuple[str, ...]) -> None:
    answer = ask(engine, *questions)
    assert answer.text.startswith("One: three 2+2 dialogues, against Esper's two.")
    assert len(answer.quotes) == 2


@pytest.mark.parametrize(
    "questions",
    [
        (
            "Which is more, the number of 2+2 dialogues or Esper's 2+2 appearances?",
            "how many more?",
        ),
        ("How many times has Esper taken part in a 2+2?", "how many more?"),
        ("how many more dialogues have there been than Esper has attended?",),
    ],
)
def test_dialogues_are_one_more_than_esper_s(engine: Engine, questions: tuple[str, ...]) -> None:
    assert ask(engine, *questions).text.startswith("One more: three against Esper's two.")


def test_which_is_more_dialogues_or_esper_s(engine: Engine) -> None:
    answer = ask(
        engine, "Which is greater: the number of 2+2 dialogues or the times Esper took part?"
    )
    assert answer.text.startswith("The 2+2 dialogues: three, against Esper's two.")


def test_how_many_more_of_another_count_is_no_gap(engine: Engine) -> None:
    answer = ask(engine, "how many countries were at the Tokyo talks?", "how many more?")
    assert "Esper" not in answer.text
    assert ask(engine, "how many has Pompeo missed?").abstained


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("What about the Prime Minister?", "the Prime Minister"),
        ("Who's the Prime Minister of India?", "the Prime Minister"),
        ("Did he visit Sri Lanka?", "Sri Lanka"),
        ("Did Esper meet Prime Minister Narendra Modi?", "Prime Minister Narendra Modi"),
        ("Did Pompeo visit Sri Lanka and the Maldives?", "Sri Lanka or Maldives"),
        ("What did the Chief of Defence Staff say?", "the Chief of Defense Staff"),
        ("Who is Pakistan's defence minister?", "Pakistan"),
    ],
)
def test_a_name_the_article_never_uses_is_shown_whole(
    engine: Engine, question: str, shown: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained
    assert answer.text == f"The article doesn't mention {shown}, so I can't answer that."


@pytest.mark.parametrize(
    ("question", "backed_by"),
    [
        (
            "Did the DOD statement say Esper and Singh would work on emerging technologies?",
            "emerging technologies",
        ),
        ("who said the two men praised the relationship?", "praised the strength"),
    ],
)
def test_no_quote_stops_at_said_before_what_was_said(
    engine: Engine, question: str, backed_by: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert all(not q.text.rstrip().endswith("said") for q in answer.quotes)
    assert any(backed_by in q.text for q in answer.quotes)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Is China a threat?", "The article says: One purpose"),
        ("Does China pose a threat?", "The article says: One purpose"),
        ("is china a threat to india?", "The article says: One purpose"),
        ("Is the Chinese Communist Party a threat?", "As the article reports it: "),
    ],
)
def test_a_judgement_is_the_article_s_never_a_flat_yes(
    engine: Engine, question: str, lead: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(lead)
    assert "threat posed by China" in answer.text


def test_a_purpose_asked_plainly_is_still_yes(engine: Engine) -> None:
    question = "Is addressing the threat posed by China a purpose of the partnership?"
    assert ask(engine, question).text.startswith("Yes.")


@pytest.mark.parametrize(
    "questions",
    [
        ("Did the two ministers criticise the relationship?", "Did they praise it?"),
        ("Did Esper and Singh criticize the relationship?", "so they praised it?"),
    ],
)
def test_the_opposite_claim_after_a_no_is_yes(engine: Engine, questions: tuple[str, ...]) -> None:
    answer = ask(engine, *questions)
    assert answer.text.startswith("Yes.") and "praised the strength" in answer.text


@pytest.mark.parametrize(
    "questions",
    [
        (
            "Did the U.S. State Department issue the statement?",
            "Did the Indian Ministry of Defence issue it?",
            "Who then?",
        ),
        ("Did the State Department issue the statement?", "so who was it then?"),
    ],
)
def test_who_then_after_a_no_is_who_did_it(engine: Engine, questions: tuple[str, ...]) -> None:
    assert ask(engine, *questions).text == "The U.S. Defense Department, in a statement"


@pytest.mark.parametrize(
    "questions",
    [
        ("How are U.S.-China ties described?", "how about Sino-Indian ties?", "and Indo-US?"),
        ("How are Indo-US ties?",),
        ("how are indo-american relations described?",),
    ],
)
def test_indo_us_is_u_s_india(engine: Engine, questions: tuple[str, ...]) -> None:
    assert ask(engine, *questions).text.startswith("They are heating up rapidly")


@pytest.mark.parametrize(
    ("questions", "named"),
    [
        (("how many people are named in the article?", "who are they?"), 4),
        (("who are Esper, Singh, Pompeo and Begin?",), 4),
        (("Who went to Tokyo?", "who are they?"), 2),
        (("Who met in New Delhi?", "who are they?"), 2),
    ],
)
def test_who_several_people_are(engine: Engine, questions: tuple[str, ...], named: int) -> None:
    answer = ask(engine, *questions)
    assert not answer.abstained
    assert answer.text.count(";") == named - 1
    assert "Mark T. Esper, the U.S. Secretary of Defense" in answer.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("who did the American fellow meet?", "Rajnath Singh"),
        ("whom did the American meet?", "Rajnath Singh"),
        ("who did the US guy sit down with?", "Rajnath Singh"),
        ("who did the bloke from the US meet?", "Rajnath Singh"),
        ("who hosted the visitor from Washington?", "Rajnath Singh"),
        ("who met the indian official?", "Mark T. Esper"),
        ("who did the Indian gentleman meet with?", "Mark T. Esper"),
        ("who did the guy from India meet?", "Mark T. Esper"),
        ("who was the american fellow meeting?", "Rajnath Singh"),
    ],
)
def test_a_person_described_by_nationality_is_a_side_not_the_answer(
    engine: Engine, question: str, named: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(named)
    assert "Pompeo" not in answer.text


@pytest.mark.parametrize(
    "question", ["who did the Japanese official meet?", "who did the Australian guy meet?"]
)
def test_no_one_of_that_nationality_is_no_answer(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


def test_the_american_of_the_conversation_is_the_one_just_named(engine: Engine) -> None:
    # Esper is the American just named; the article has no one he met in Tokyo.
    assert ask(engine, "who met singh?", "and whom did the American meet in Tokyo?").abstained


def test_described_person_asked_is_still_the_answer(engine: Engine) -> None:
    assert ask(engine, "who was the American fellow that met Singh?").text.startswith(
        "Mark T. Esper"
    )


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("who was the Indian official's guest?", "Mark T. Esper"),
        ("who was the Indian man's counterpart?", "Mark T. Esper"),
        ("the American fellow met whom?", "Rajnath Singh"),
        ("who hosted the US delegation?", "Rajnath Singh"),
    ],
)
def test_a_described_owner_or_opening_subject_is_a_side(
    engine: Engine, question: str, named: str
) -> None:
    assert ask(engine, question).text.startswith(named)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("who went from the US side?", "Esper"),
        ("the Indian side was represented by whom?", "Singh"),
    ],
)
def test_a_side_asked_for_is_not_a_stand_in(engine: Engine, question: str, named: str) -> None:
    assert named in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "where did the Indian official meet the American?",
        "where did the Indian gentleman meet the US guy?",
    ],
)
def test_where_two_described_sides_met(engine: Engine, question: str) -> None:
    assert ask(engine, question).text == "In New Delhi"


def test_described_people_with_different_answers_each_get_their_own(engine: Engine) -> None:
    answer = ask(engine, "when did the American visit New Delhi?")
    assert "for Mark T. Esper, on Monday" in answer.text
    assert "for Begin, Recently" in answer.text


@pytest.mark.parametrize(
    "question",
    ["who met begin?", "who hosted begin?", "did singh meet begin?", "did esper meet with begin?"],
)
def test_begin_after_a_verb_taking_a_person_is_the_deputy_secretary_whom_no_one_is_said_to_meet(
    engine: Engine, question: str
) -> None:
    """ "begin" after "met" or "with" is the man, not the verb; the article says he visited
    New Delhi, not whom he met or who hosted him."""
    assert ask(engine, question).abstained


def test_begin_as_a_verb_still_asks_when_the_meeting_began(engine: Engine) -> None:
    answer = ask(engine, "did the meeting begin on monday?")
    assert answer.text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "how many people are named in the article overall?",
        "how many people does the article name altogether?",
        "how many people are mentioned in the article all told?",
        "how many people are named in total?",
    ],
)
def test_a_count_overall_is_the_same_count(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Four: Mark T. Esper")


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (
            ("how many people are named overall?", "which ones?"),
            "Mark T. Esper, Rajnath Singh, Secretary Pompeo and Begin",
        ),
        (("how many people are named?", "name them"), "Mark T. Esper, Rajnath Singh"),
        (("how many countries are mentioned?", "which?"), "The United States, India, China"),
    ],
)
def test_which_ones_after_a_count_names_them(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    assert ask(engine, *questions).text.startswith(expected)


def test_which_ones_after_a_count_of_events_is_not_a_list_of_names(engine: Engine) -> None:
    answer = ask(engine, "how many 2+2s has esper been to?", "which ones?")
    assert "Rajnath" not in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Quick attribution check: who said the two sides would expand info sharing?",
            "The U.S. Defense Department",
        ),
        ("quick check - where did esper meet singh?", "In New Delhi"),
        ("sanity check: how many 2+2s have there been?", "Three"),
        ("Fact-check: who said free nations could work together?", "Secretary Pompeo"),
    ],
)
def test_a_kind_of_check_before_the_question_is_only_a_lead(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("questions", "verdict", "whose"),
    [
        (
            (
                "who said the two sides would expand info sharing to address "
                "'pressing global security challenges'?",
                "is that a direct quote?",
            ),
            "Yes",
            "Defense Department",
        ),
        (
            ("is 'thwart the threat posed by China's Communist Party' a direct quote? whose?",),
            "Yes",
            "Pompeo",
        ),
        (
            ("who said free nations could work together against the threat?", "is that verbatim?"),
            "Yes",
            "Pompeo",
        ),
        (("did the article quote 'two largest democracies' word for word?",), "Yes", "officials"),
        (("who said the two sides agreed on a BECA?", "is that a direct quote?"), "No", "pressing"),
        (("who met Singh?", "was that a direct quote?"), "No", "none of that"),
        (("is 'expanding information sharing' a direct quote?",), "No", "expanding"),
        (
            ("is 'to address pressing global security challenges' quoted directly?",),
            "Partly",
            "only",
        ),
        (("Did Esper say 'free nations could work together' word for word?",), "No", "Pompeo"),
    ],
)
def test_direct_quote_is_read_from_the_article_quotation_marks(
    engine: Engine, questions: tuple[str, ...], verdict: str, whose: str
) -> None:
    answer = ask(engine, *questions)
    assert answer.text.startswith(verdict)
    assert whose in answer.text


def test_a_direct_quote_check_of_words_the_article_lacks_claims_nothing(engine: Engine) -> None:
    answer = ask(engine, "is 'India is a US puppet' a direct quote?")
    assert answer.abstained


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (
            (
                "Did Pompeo actually use the phrase 'free nations'?",
                "work together to do what, exact words?",
            ),
            "“thwart the threat posed by China’s Communist Party”",
        ),
        (
            (
                "what did Pompeo say free nations could do?",
                "work together to do what? exact words please",
            ),
            "“thwart the threat posed by China’s Communist Party”",
        ),
        (
            (
                "who called the relationship one of the most significant?",
                "relationships of the 21st century between what, exact words?",
            ),
            "“the world’s two largest democracies”",
        ),
    ],
)
def test_exact_words_after_words_given_come_from_the_quotation(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    assert ask(engine, *questions).text == expected


def test_he_is_still_the_one_quoted_after_his_exact_words(engine: Engine) -> None:
    answer = ask(
        engine,
        "Did Pompeo actually use the phrase 'free nations'?",
        "work together to do what, exact words?",
        "did he say that in new delhi?",
    )
    assert answer.text.startswith("No") and "State Department" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what's the exact name of the agreement they agreed on?",
        "what is the precise name of the agreement?",
        "exact name of the agreement?",
        "name of the pact they signed",
        "what's the proper name of the agreement?",
    ],
)
def test_the_exact_name_of_the_agreement_is_its_name(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("The Basic Exchange and Cooperation Agreement")


@pytest.mark.parametrize(
    "question",
    [
        "what even is logistics in a military?",
        "what is logistics?",
        "what are secure communications?",
        "what is information sharing?",
        "what is defense trade exactly?",
    ],
)
def test_a_gloss_the_article_never_gives_is_not_answered(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is the 2+2?", "A dialogue between"),
        ("what is the quad?", "Talks in Tokyo"),
        ("what is 2+2?", "A dialogue between"),
        ("what is beca?", "The Basic Exchange"),
    ],
)
def test_what_a_named_thing_is_is_still_answered(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "questions",
    [
        ("who went to the Tokyo talks?", "what did they decide in Tokyo?"),
        ("was china part of the quad talks?", "what did they agree in Tokyo?"),
        (
            "what were the quadripartite talks and where were they held?",
            "who went from the US side?",
            "when?",
            "was china part of them?",
            "what did they decide in Tokyo?",
        ),
    ],
)
def test_nothing_decided_in_tokyo_is_reported(engine: Engine, questions: tuple[str, ...]) -> None:
    assert ask(engine, *questions).abstained


def test_what_was_agreed_in_delhi_is_still_the_agreement(engine: Engine) -> None:
    assert (
        "Basic Exchange and Cooperation Agreement"
        in ask(engine, "what did they decide in New Delhi?").text
    )


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Are US-China relations improvng?", "Are US-China relations improving?"),
        ("are us-india ties detoriorating?", "are us-india ties deteriorating?"),
        (
            "Is this Espers frist 2+2 meeting with India?",
            "Is this Espers first 2+2 meeting with India?",
        ),
        ("is it the frist 2+2 for esper?", "is it the first 2+2 for esper?"),
        (
            "what did the secratary of defense say about the threat?",
            "what did the secretary of defense say about the threat?",
        ),
        (
            "what did the statment say about logistcs?",
            "what did the statement say about logistics?",
        ),
        ("name 2 citys in the article", "name 2 cities in the article"),
    ],
)
def test_a_misspelt_word_is_read_as_the_word_meant(engine: Engine, typed: str, meant: str) -> None:
    """A slip of the keys gets the answer the question typed right gets, whichever reading
    answers it."""
    slip, right = ask(engine, typed), ask(engine, meant)
    assert (slip.text, slip.abstained) == (right.text, right.abstained)


@pytest.mark.parametrize(
    "question",
    [
        "did esper meet modi?",
        "did biden visit delhi?",
        "Did Esper meet Marise Payne?",
        "did pompeo go to pakistan or beijing or moscow?",
        "did they discuss warships, submarines or clashes?",
        "2+2 is btwn which ministers",
        "Whither was Pompeo bound?",
        "was it on the 26th or in 2020?",
        "did espr meet singh in dehli?",
    ],
)
def test_names_real_words_and_shorthand_are_never_respelt(engine: Engine, question: str) -> None:
    """ "Modi" is not "mode", nor "clashes" "classes": only words English does not have are
    slips, and names are left to be matched against the article's names."""
    assert respell(question, engine.index) == (question, ())


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("frist", "first"),  # "fist" is as close, but far rarer
        ("improvng", "improving"),
        ("goverment", "government"),
        ("tamks", None),  # "talks" or "tanks"
        ("lumbr", None),  # not "number": slips keep the first letter
        ("first", None),  # a word is no slip
    ],
)
def test_speller_finds_the_one_word_meant(typed: str, meant: str | None) -> None:
    assert Speller(COMMON_WORDS).nearest(typed) == meant


@pytest.mark.parametrize(
    "question",
    [
        "Which countries took part in the talks organised in Tokyo?",
        "tell me about the tokyo talks organised earlier this month",
        "who attended the talks hosted in Tokyo?",
        "which countries were at the talks arranged in Japan earlier this month?",
        "how many 2+2 dialogues have been organized?",
    ],
)
def test_an_event_organised_somewhere_or_sometime_is_one_held_then(
    engine: Engine, question: str
) -> None:
    held = question.replace("organised", "held").replace("organized", "held")
    held = held.replace("hosted", "held").replace("arranged", "held")
    answer, as_held = ask(engine, question), ask(engine, held)
    assert not answer.abstained
    assert answer.text == as_held.text


@pytest.mark.parametrize(
    "question", ["who organised the tokyo talks?", "were the Tokyo talks organised by Japan?"]
)
def test_who_organised_an_event_is_not_said(engine: Engine, question: str) -> None:
    """Who put the talks on is not who took part in them: the article never says."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("how did esper and singh view the expansion of information sharing?", "welcomed"),
        ("how did they react to the expansion of information sharing?", "welcomed"),
        ("how did the two men feel about the expansion of information sharing?", "welcomed"),
        ("what did esper and singh think of the information sharing expansion?", "welcomed"),
        ("what was their attitude to the expansion of information sharing?", "welcomed"),
        ("how did esper and singh view the defense relationship?", "praised"),
    ],
)
def test_how_they_took_something_is_what_they_did_about_it(
    engine: Engine, question: str, verb: str
) -> None:
    """Not "The expansion of information sharing…", which the question already names."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert verb in answer.text


def test_what_they_welcomed_is_still_the_thing(engine: Engine) -> None:
    assert ask(engine, "what did they welcome?").text.startswith("The expansion of information")


@pytest.mark.parametrize(
    "question",
    [
        "How many has Esper been to?",
        "how many did they agree?",
        "how many did pompeo attend?",
        "how many has singh been to?",
        "how many did they praise?",
        "how many has India had?",
        "How many were there?",
    ],
)
def test_a_count_that_says_not_of_what_asks_what_is_counted(engine: Engine, question: str) -> None:
    """No counted noun and nothing before it: not "Four countries" (Esper visited none of
    them) nor "Two militaries", but "how many what?", with the article's count questions."""
    answer = ask(engine, question)
    assert answer.abstained
    assert answer.text.startswith("How many what?")


@pytest.mark.parametrize(
    "questions",
    [
        ("how many did esper attend?",),
        ("Has Esper attended a 2+2 before?", "how many has he been to?"),
        ("Did Esper attend a 2+2 before?", "how many's he been to?"),
        ("Is this Esper's first 2+2?", "how many has he done?"),
        ("Has Esper attended a 2+2 before? How many?",),
        ("Is Esper an old hand at these 2+2 sit-downs? How many's he been to?",),
    ],
)
def test_a_count_of_what_the_verb_or_the_conversation_says(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """The verb settles it (he attended 2+2s), or the conversation's last count does."""
    answer = ask(engine, *questions)
    assert not answer.abstained
    assert "Two: this is the second time Esper" in answer.text


def test_how_many_more_needs_a_second_count(engine: Engine) -> None:
    """ "How many more?" after the Tokyo count is not the four countries again; after
    Esper's two and the three in total, it is one more."""
    tokyo = ask(engine, "How many countries were at the Tokyo talks?", "how many more?")
    assert tokyo.abstained
    gap = ask(
        engine, "how many 2+2s has esper attended?", "and how many in total?", "how many more?"
    )
    assert gap.text.startswith("One more")


@pytest.mark.parametrize("question", ["how many US officials?", "how many officials are there?"])
def test_a_count_of_people_is_not_a_list_of_countries(engine: Engine, question: str) -> None:
    """ "Two: the U.S. and India" counts the two largest democracies, not U.S. officials."""
    answer = ask(engine, question)
    assert "the U.S. and India" not in answer.text
    # The democracies and the sides are still counted so.
    assert ask(engine, "how many democracies?").text == "Two: the U.S. and India"
    assert ask(engine, "How many sides agreed on BECA?").text == "Two: the U.S. and India"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many ministerial dialogues have the two countries held?", "Three"),
        ("how many ministerial dialogues has Esper attended?", "Two: this is the second time"),
        ("What is the ministerial dialogue?", "A dialogue between the U.S. and Indian"),
    ],
)
def test_the_ministerial_dialogue_is_the_2plus2(
    engine: Engine, question: str, expected: str
) -> None:
    """The 2+2 is the dialogue of the two countries' foreign and defense ministers."""
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many relationships are deteriorating?", "Two: U.S.-China and India-China relations"),
        ("how many ties are souring?", "Two: U.S.-China and India-China relations"),
        ("How many bilateral relationships are getting worse?", "Two: U.S.-China and India-China"),
        ("how many relationships are heating up?", "One: U.S.-India relations"),
    ],
)
def test_relations_are_counted_by_the_pairs_named(
    engine: Engine, question: str, expected: str
) -> None:
    """The article names the pairs whose relations do what is asked; their count is theirs
    (not the U.S.-India pair, which is heating up)."""
    assert ask(engine, question).text.startswith(expected)


def test_relations_counted_without_a_clause_abstain(engine: Engine) -> None:
    assert ask(engine, "how many relationships are mentioned?").abstained
    assert ask(engine, "how many relationships does India have?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "how many countries has Esper visited?",
        "how many countries has Esper been to?",
        "how many countries did Esper travel to this month?",
        "how many countries did Pompeo go to?",
    ],
)
def test_countries_visited_are_not_the_countries_at_tokyo(engine: Engine, question: str) -> None:
    """Four countries took part in the Tokyo talks; Esper did not visit them all."""
    assert ask(engine, question).abstained
    assert ask(engine, "how many countries met in Tokyo this month?").text.startswith("Four")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many countries does the article mention?", "Five: "),
        ("how many people does the story name?", "Four: "),
        ("how many cities are mentioned?", "Two: New Delhi and Tokyo"),
        ("how many cities does the article mention?", "Two: New Delhi and Tokyo"),
        ("how many individuals are mentioned by name?", "Four: "),
    ],
)
def test_counts_of_what_the_article_names(engine: Engine, question: str, expected: str) -> None:
    """ "…does the article mention?" counts what it names, not the four at Tokyo."""
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (("Which areas of cooperation were named?", "how many?", "how many are there?"), "Three"),
        (("how many have the US and India held?",), "Three"),
        (("how many did the two countries hold?",), "Three"),
        (("How many people are named?", "how many of them are American?"), "Three: Mark T."),
        (("How many people does the article name?", "how many of those are from the US?"), "Three"),
    ],
)
def test_counts_carried_by_the_conversation_or_the_act(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    assert ask(engine, *questions).text.startswith(expected)


def test_a_count_of_things_is_not_carried_to_what_people_did(engine: Engine) -> None:
    """ "How many countries?" (four) "How many did they attend?": not four countries."""
    answer = ask(
        engine, "Who attended the Tokyo talks?", "how many countries?", "how many did they attend?"
    )
    assert answer.abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("how many of those are from the US?",),
        ("How many countries were at the Tokyo talks?", "how many of those was Esper in?"),
    ],
)
def test_a_count_of_those_needs_those_to_count(engine: Engine, questions: tuple[str, ...]) -> None:
    """Not "Two militaries" of nothing said, nor the four countries again for Esper."""
    assert ask(engine, *questions).abstained
    # Within the 2+2s just counted, and of those it names, as before.
    assert ask(
        engine, "How many 2+2 dialogues have there been?", "how many of those was Esper in?"
    ).text.startswith("Two")
    assert (
        ask(engine, "how many of these dialogues have washington and delhi held so far?").text
        == "Three"
    )


@pytest.mark.parametrize(
    "questions",
    [
        ("has any other US official travelled to New Delhi lately?",),
        ("did any other U.S. official visit New Delhi?",),
        ("has another American been to New Delhi?",),
        ("which other US official went to New Delhi?",),
        ("who else from the US visited New Delhi?",),
        ("who met singh?", "when?", "did any other US official travel to New Delhi?"),
        ("who met singh?", "which other American official visited New Delhi?"),
        ("What did Pompeo say?", "Where?", "What other U.S. official recently visited New Delhi?"),
    ],
)
def test_any_other_official_in_new_delhi_is_begin(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """Other than Esper, whose visit the article opens with or the conversation had."""
    answer = ask(engine, *questions)
    assert "Begin" in answer.text and "Esper" not in answer.text


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ("whats his role", "Deputy Secretary of State"),
        ("when did he go?", "Recently"),
        ("who did he meet there?", None),
        ("what did he discuss?", None),
        ("did he meet Singh?", None),
    ],
)
def test_he_after_begin_is_begin_and_his_facts_only(
    engine: Engine, follow_up: str, expected: str | None
) -> None:
    """Esper's meeting is no answer about Begin, whose visit the article only mentions."""
    answer = ask(engine, "has any other US official travelled to New Delhi lately?", follow_up)
    if expected is None:
        assert answer.abstained
    else:
        assert expected in answer.text


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (("has any other US official travelled to Tokyo lately?",), "Yes: Secretary Pompeo"),
        (("who else went to Tokyo?",), "Secretary Pompeo"),
        (("who met singh?", "who else went to tokyo?"), "Secretary Pompeo"),
    ],
)
def test_others_in_tokyo_leave_esper_out(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    assert ask(engine, *questions).text == expected


@pytest.mark.parametrize(
    "questions",
    [
        ("who went to tokyo?", "did any other US official go?"),
        ("did any other Indian go to New Delhi?",),
    ],
)
def test_no_other_official_named_is_not_a_yes(engine: Engine, questions: tuple[str, ...]) -> None:
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (("where did esper meet singh?", "did anyone else go there?"), "Begin"),
        (("where did esper meet singh?", "has any other american official been there?"), "Begin"),
        (("tell me about esper's trip to india", "did anyone else from the US visit?"), "Begin"),
        (("where did esper meet singh?", "did anyone else attend?"), None),
        (("where did esper meet singh?", "was anyone else there?"), None),
        (("where did esper meet singh?", "did anyone else meet him there?"), None),
    ],
)
def test_anyone_else_there_is_not_the_one_just_answered(
    engine: Engine, questions: tuple[str, ...], expected: str | None
) -> None:
    """Others who went to the place just answered (Begin), never a Yes from Esper's own
    meeting; no one else at the meeting is named."""
    answer = ask(engine, *questions)
    if expected is None:
        assert answer.abstained
    else:
        assert expected in answer.text and "Esper" not in answer.text


@pytest.mark.parametrize(
    "questions",
    [
        ("tell me about the tokyo talks held earlier this month", "who went form the US side?"),
        ("what happened in tokyo?", "who came form the US?"),
        ("who went form the US to the Tokyo talks?",),
    ],
)
def test_form_after_going_is_from(engine: Engine, questions: tuple[str, ...]) -> None:
    answer = ask(engine, *questions)
    assert "Esper" in answer.text and "Pompeo" in answer.text and "Singh" not in answer.text


def test_the_full_form_is_still_a_form(engine: Engine) -> None:
    assert "Basic Exchange and Cooperation Agreement" in ask(engine, "BECA full form").text


def test_when_after_who_went_to_tokyo_is_earlier_this_month(engine: Engine) -> None:
    answer = ask(
        engine,
        "tell me about the tokyo talks held earlier this month",
        "who went form the US side?",
        "when?",
    )
    assert answer.text.startswith("Earlier this month")


@pytest.mark.parametrize(
    "questions",
    [
        ("how many 2+2 dialogues have there been?", "who normally takes part in them?"),
        ("how many 2+2s has Esper been part of?", "who attends them?"),
        ("how many 2+2 dialogues have there been?", "who generally goes to them?"),
        ("who normally takes part in the 2+2?",),
    ],
)
def test_them_taken_part_in_are_the_dialogues(engine: Engine, questions: tuple[str, ...]) -> None:
    """Not Esper, whom the count before was of: one takes part in events."""
    assert "foreign and defense ministers" in ask(engine, *questions).text


@pytest.mark.parametrize(
    "questions",
    [
        (
            "how many 2+2 dialogues have india and the us had?",
            "who normally takes part in them?",
            "what about Singh, how many has he done?",
        ),
        ("how many 2+2s have there been?", "how many has singh taken part in?"),
    ],
)
def test_how_many_has_he_done_counts_the_events_before(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """Singh's count of 2+2s the article does not give; not the three areas of cooperation."""
    assert ask(engine, *questions).abstained


def test_how_many_has_esper_been_to_after_the_2_plus_2(engine: Engine) -> None:
    assert ask(engine, "what is the 2+2?", "how many has Esper been to?").text.startswith("Two")


def test_formally_is_not_normally(engine: Engine) -> None:
    """ "formally" is a real word, not a slip for the filler "normally"."""
    assert ask(engine, "On what date was BECA formally signed?").abstained


@pytest.mark.parametrize(
    "first",
    [
        "what is this '2+2' business and which two countries is it between?",
        "what is the 2+2 and who takes part?",
    ],
)
def test_how_many_of_those_after_a_question_of_two_parts(engine: Engine, first: str) -> None:
    """The next turn is about what every part was about: the 2+2s, not only the countries."""
    assert ask(engine, first, "How many of those have there been, all told?").text == "Three"


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (("pompeo trip dest", "presser where", "and Begin?"), "New Delhi"),
        (("where did pompeo give his presser?", "what about Begin?"), "New Delhi"),
        (("when did pompeo hold his press conference?", "and Begin?"), "Recently"),
    ],
)
def test_and_begin_after_pompeo_s_presser_is_where_begin_went(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    """Begin gave no press conference; the article has him going to one place, said so."""
    answer = ask(engine, *questions)
    assert answer.text.startswith("The article doesn't say that of Begin")
    assert expected in answer.text
    assert answer.quote is not None and "Begin also recently visited" in answer.quote.text


@pytest.mark.parametrize("other", ["and Esper?", "and Singh?"])
def test_and_someone_of_several_trips_or_none_after_the_presser_abstains(
    engine: Engine, other: str
) -> None:
    """Esper went to New Delhi and Tokyo; Singh went nowhere: no one place to give."""
    assert ask(engine, "where did pompeo give his presser?", other).abstained


@pytest.mark.parametrize(
    ("question", "wrong", "right"),
    [
        ("Why did U.S. Secretary of State Mark Esper go to New Delhi?", "State", "Defense"),
        ("What did Secretary of Defense Pompeo say about China?", "Defense", "Communist"),
        ("What did Deputy Secretary of Defense Begin do in New Delhi?", "Defense", "of State"),
        ("What did Defense Secretary Pompeo do in Tokyo?", "Defense", "Esper"),
        ("Where did Secretary of State Esper meet Singh?", "State", "New Delhi"),
    ],
)
def test_a_title_the_article_gives_someone_else_is_corrected_then_answered(
    engine: Engine, question: str, wrong: str, right: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert " is not the " in answer.text and wrong in answer.text and right in answer.text


def test_a_title_put_on_the_doer_by_in_his_capacity_as_is_checked(engine: Engine) -> None:
    answer = ask(
        engine, "Did Pompeo recently visit New Delhi in his capacity as deputy secretary of state?"
    )
    assert answer.text.startswith("No.") and "Begin" in answer.text


def test_a_title_the_article_does_not_contradict_is_left_alone(engine: Engine) -> None:
    # Pompeo has no department in the article, and no one holds "Foreign Minister" there.
    assert " is not the " not in ask(engine, "What did Foreign Minister Pompeo say?").text
    assert " is not the " not in ask(engine, "Who did Defense Secretary Singh meet?").text


@pytest.mark.parametrize(
    ("question", "right"),
    [
        ("What did the five countries at the Tokyo talks agree on?", "Four countries"),
        ("What did the six nations agree in Tokyo?", None),
        ("What did Pompeo say in New Delhi?", "State Department"),
        ("Which officials called the U.S.-India tie one of the most significant relationships "
         "of the 20th century?", "21st century"),
        ("What did Esper do on his third 2+2?", "second"),
        ("What did Esper say on Friday?", "Monday"),
    ],
)  # fmt: skip
def test_a_wh_question_on_a_value_the_article_contradicts_gets_the_value(
    engine: Engine, question: str, right: str | None
) -> None:
    answer = ask(engine, question)
    if right is None:
        assert answer.abstained  # nothing the article says about six nations
    else:
        assert answer.text.startswith("That's not what the article says") and right in answer.text


def test_an_earlier_ordinal_than_the_article_s_is_not_contradicted(engine: Engine) -> None:
    # This is Esper's second 2+2, so there was a first: unknown, not false.
    assert ask(engine, "Who did Esper participate with in his first 2+2?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Why did the two defense chiefs condemn China's Communist Party in their joint statement?",
        "Why did the Pentagon's statement blast Beijing?",
        "Did the statement attack China?",
        "is it true that the DOD statement slammed China by name?",
        "Since the DOD statement slammed China by name, how did Beijing respond?",
    ],
)
def test_what_a_statement_cannot_do_without_naming_china_is_denied(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and "does not explicitly mention China" in answer.text


def test_a_disagreement_the_article_has_as_agreement_is_corrected(engine: Engine) -> None:
    answer = ask(engine, "Why did Esper and Singh disagree over logistics?")
    assert answer.text.startswith("The article says otherwise") and "logistics" in answer.text


def test_a_since_premise_refuted_only_by_another_place_still_abstains(engine: Engine) -> None:
    assert ask(
        engine, "Since Esper signed the agreement in Beijing, how did China react?"
    ).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Why did Esper go to Tokyo later this month?",
        "Were the Tokyo talks later this month?",
        "Did the quad talks happen later this month?",
    ],
)
def test_later_this_month_is_corrected_to_earlier(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(("No.", "That's not")) and "Earlier this month" in answer.text


@pytest.mark.parametrize(
    ("first", "pushback", "lead", "said"),
    [
        ("How many 2+2 dialogues have there been?", "really? I read it was four", "No.", "three"),
        ("How many 2+2 dialogues have there been?", "are you sure? I heard two", "No.", "three"),
        ("Where did Esper meet Singh?", "I thought it was Mumbai", "No.", "New Delhi"),
        ("What day did Esper meet Singh?", "but my textbook says Tuesday", "No.", "Monday"),
        ("How many countries were at the Tokyo talks?", "hmm, I read five", "No.", "Four"),
        ("Who did Esper meet?", "I thought it was Pompeo", "No.", "Singh"),
        ("How many 2+2 dialogues have there been?", "really? I read it was three", "Yes", "three"),
    ],
)
def test_a_pushback_with_another_value_gets_the_article_s_again(
    engine: Engine, first: str, pushback: str, lead: str, said: str
) -> None:
    answer = ask(engine, first, pushback)
    assert answer.text.startswith(lead) and said in answer.text and answer.quotes


def test_a_remark_after_an_answer_is_no_pushback(engine: Engine) -> None:
    answer = ask(engine, "Where did Esper meet Singh?", "I thought it was interesting")
    assert "The article says" not in answer.text


@pytest.mark.parametrize(
    ("follow_up", "lead"),
    [
        ("was it two?", "No."),
        ("is it two?", "No."),
        ("were there two?", "No."),
        ("was it three?", "Yes."),
    ],
)
def test_a_bare_count_after_a_count_is_that_count_not_the_sentence_s_other_number(
    engine: Engine, follow_up: str, lead: str
) -> None:
    # "The two countries have had three such dialogues": "two" counts the countries.
    answer = ask(engine, "How many 2+2 dialogues have there been?", follow_up)
    assert answer.text.startswith(lead) and "three" in answer.text


@pytest.mark.parametrize(
    "questions",
    [
        ("Did the Indian Ministry of Defence issue the statement?",),
        ("Did India's defence ministry put out the statement?",),
        ("Did the Ministry of Defence of India issue the statement?",),
        ("Did Esper make the statement?",),
        ("Did the U.S. State Department issue the statement?", "Did Singh issue it?"),
        ("Who announced the agreement?", "Did Singh put it out?"),
        ("Who issued the statement?", "was it released by India?"),
        ("Who issued the statement?", "Did Esper say that?"),
    ],
)
def test_another_issuer_of_the_statement_is_a_no(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    answer = ask(engine, *questions)
    assert answer.text.startswith("No") and "U.S. Defense Department" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did India's Ministry of Defence issue a statement?",
        "Did India's Ministry of Defence issue its own statement on the meeting?",
    ],
)
def test_a_statement_of_its_own_is_not_known(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("Did the Pentagon release the statement?",),
        ("Who issued the statement?", "did the Pentagon issue it?"),
    ],
)
def test_the_pentagon_issued_the_statement(engine: Engine, questions: tuple[str, ...]) -> None:
    assert ask(engine, *questions).text.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "Officials called the US and India the world's two largest economies.",
        "Is it true officials described the two countries as the world's two largest economies?",
        "The article says the US and India are the world's two largest economies, right?",
        "Is it true that officials called them the world's two largest powers?",
    ],
)
def test_a_clause_ending_in_another_word_is_a_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "two largest democracies" in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Officials called the US and India the world's two largest democracies.", "Yes."),
        # "bond" for "relationship": the quote is cut short there, no clause ends in it.
        ("Did they praise the strength of the U.S.-India defense bond?", None),
        # Not a word standing for the quote's last one, but what is asked of the words.
        ("defence trade - mentioned?", "Yes"),
    ],
)
def test_a_near_word_or_a_predicate_is_no_swap(
    engine: Engine, question: str, verdict: str | None
) -> None:
    answer = ask(engine, question)
    if verdict is None:
        assert not answer.text.startswith("No")
    else:
        assert answer.text.startswith(verdict)


@pytest.mark.parametrize(
    "question",
    [
        "Esper went to the Tokyo talks with Begin",
        "Esper attended the quadripartite talks in Japan alongside Begin, right?",
        "Is it true that Begin went to Tokyo with Esper for the quad talks?",
        "Esper and Begin went to the Tokyo talks together.",
        "Pompeo took part in the Tokyo talks with Begin, didn't he?",
    ],
)
def test_the_wrong_companion_for_a_joint_act_is_a_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "Esper and Secretary Pompeo" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Was Begin at the Tokyo talks?",  # paired with no one: he may have been there
        "Pompeo attended the Tokyo talks with Singh.",  # India's people go unnamed
        "Did Singh sign anything with Pompeo?",  # two sides, not companions
    ],
)
def test_no_companion_swap_where_the_article_is_silent(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "The 2+2 is a summit between the two countries' heads of state.",
        "Is the 2+2 a meeting between the heads of state?",
        "The 2+2 dialogue is between the US and Indian presidents.",
        "The 2+2 is between the leaders of the two countries.",
    ],
)
def test_other_office_holders_at_the_2plus2_are_a_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "foreign and defense ministers" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is the 2+2 between foreign and defense ministers?",
        "Is the 2+2 between the defense leaders of both countries?",
        "Were the Tokyo talks between heads of state?",  # defined by countries, not offices
    ],
)
def test_the_same_or_an_unsaid_office_is_no_no(engine: Engine, question: str) -> None:
    assert not ask(engine, question).text.startswith("No")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("so they met in tokyo right?", "No."),
        ("did they meet in tokyo?", "No."),
        ("they met in Japan, right?", "No."),
        ("they met in New Delhi?", "Yes."),
        ("Did they meet in India?", "Yes."),
    ],
)
def test_they_met_asked_first_is_the_esper_singh_meeting(
    engine: Engine, question: str, verdict: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(verdict) and "New Delhi" in answer.text


def test_they_met_after_the_tokyo_talks_are_those_who_went(engine: Engine) -> None:
    answer = ask(engine, "Who went to the Tokyo talks?", "did they meet in tokyo?")
    assert answer.text.startswith("Yes.")


@pytest.mark.parametrize(
    ("question", "placed"),
    [
        # A signing is corrected to where they agreed, so it does not stand, moved.
        ("Singh signed it in Washington?", "No. They agreed on it in New Delhi;"),
        ("Esper signed it in Beijing?", "No. They agreed on it in New Delhi;"),
        # "Ink" is as often making a deal as signing one: the agreement, placed.
        ("They inked it in Tokyo, right?", "No. It was in New Delhi."),
    ],
)
def test_signed_it_asked_first_is_the_agreement(engine: Engine, question: str, placed: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(placed)


@pytest.mark.parametrize(
    "question",
    [
        "was russia one of the countrys at the tokyo thing?",
        "was pakistan among the countrys in the quad talks?",
        "did russia take part in the tokyo talks?",
        "did pakistan attend the tokyo talks?",
    ],
)
def test_a_country_typed_loosely_is_not_at_the_tokyo_talks(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "is not among them" in answer.text


def test_why_an_unnamed_country_attended_still_abstains(engine: Engine) -> None:
    assert ask(engine, "why did pakistan attend the tokyo talks").abstained
    assert ask(engine, "was japan one of the contries at the tokyo thing?").text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Pompeo went to South Asia after his State Department press conference — correct?", "Yes"),
        ("Did Pompeo go to South Asia after his press conference?", "Yes"),
        ("Did Pompeo's trip to South Asia come after the press conference?", "Yes"),
        ("Pompeo travelled to South Asia before his press conference, right?", "No"),
        ("Pompeo went to South Asia before his State Department press conference — correct?", "No"),
    ],
)
def test_the_trip_is_ordered_against_the_press_conference_placed_before_it(
    engine: Engine, question: str, verdict: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(f"{verdict}.") and "South Asia" in answer.text


def test_a_place_after_before_or_after_is_no_other_destination(engine: Engine) -> None:
    # The State Department is where the press conference was, not where his trip went.
    question = "Did Pompeo head to South Asia after speaking at the State Department?"
    assert not ask(engine, question).text.startswith("No")


@pytest.mark.parametrize(
    ("questions", "verdict"),
    [
        (("Who went to the Tokyo talks?", "Was that earlier than the New Delhi meeting?"), "Yes"),
        (("Who went to the Tokyo talks?", "Was that before the New Delhi meeting?"), "Yes"),
        (("Who went to the Tokyo talks?", "did that happen after the meeting in Delhi?"), "No"),
        (("When did Esper meet Singh?", "was that after the Tokyo talks?"), "Yes"),
        (("When did Esper meet Singh?", "was it before the 2+2?"), "Yes"),
    ],
)
def test_that_is_ordered_against_another_event(
    engine: Engine, questions: tuple[str, ...], verdict: str
) -> None:
    answer = ask(engine, *questions)
    assert answer.text.startswith(f"{verdict}.")


@pytest.mark.parametrize(
    ("questions", "said"),
    [
        (
            (
                "Who called the U.S.-India relationship one of the most significant of the 21st "
                "century?",
                "Was it Singh who said that?",
                "When did they say it - before or after the 2+2?",
            ),
            "Before the 2+2 meeting",
        ),
        (
            ("What did Pompeo say about China?", "when did he say it, before or after his trip?"),
            "Before his trip to South Asia",
        ),
    ],
)
def test_when_it_was_said_before_or_after(
    engine: Engine, questions: tuple[str, ...], said: str
) -> None:
    assert ask(engine, *questions).text == said


def test_what_the_article_does_not_order_is_not_ordered(engine: Engine) -> None:
    questions = (
        "What did Pompeo say about China?",
        "when did he say that - before or after the Tokyo talks?",
    )
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize("follow_up", ["did india put one out too", "did india issue one?"])
def test_one_of_its_own_after_the_statement_is_not_known(engine: Engine, follow_up: str) -> None:
    assert ask(engine, "who put out the statement about it", follow_up).abstained


@pytest.mark.parametrize(
    ("first", "pushback", "lead"),
    [
        ("Where did Esper meet Singh?", "Really? I read it was on Monday.", "Yes"),
        ("Where did Esper meet Singh?", "really? I read it was in India", "Yes"),
        ("When did Esper meet Singh?", "really? I read it was October 26th", "Yes"),
        ("When did Esper meet Singh?", "really? I read it was in New Delhi", "Yes"),
        ("What is Esper's title?", "really? I read he was Pentagon chief", "Yes"),
        ("Who recently visited New Delhi?", "really? I read it was Biegun", "Yes"),
        (
            "How are U.S.-India relations described?",
            "really? I read they were deteriorating",
            "No.",
        ),
        ("How are U.S.-India relations described?", "hmm, I heard they were getting worse", "No."),
    ],
)
def test_a_pushback_is_checked_against_the_same_kind_of_value(
    engine: Engine, first: str, pushback: str, lead: str
) -> None:
    assert ask(engine, first, pushback).text.startswith(lead)


@pytest.mark.parametrize(
    ("first", "pushback"),
    [
        ("Where did Pompeo hold the press conference?", "really? I read it was in Washington"),
        ("How many 2+2 dialogues have there been?", "really? I read it was in New Delhi"),
    ],
)
def test_a_pushback_the_article_does_not_settle_gets_no_no(
    engine: Engine, first: str, pushback: str
) -> None:
    assert not ask(engine, first, pushback).text.startswith("No.")


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [("Singh is American.", "No."), ("Singh is Indian.", "Yes."), ("Esper met Singh.", "Yes.")],
)
def test_a_three_word_sentence_put_to_the_bot_is_a_claim_checked(
    engine: Engine, sentence: str, lead: str
) -> None:
    """ "Singh is American." got the BECA as a keyword query; it is a claim, as the longer
    sentences are."""
    assert ask(engine, sentence).text.startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "Did Singh sing?",
        "Did Rajnath sing?",
        "Did Esper sing at the meeting?",
        "Did the talks include Japan, India and Austria?",
        "Are U.S.-India relations heating up rabidly?",
        "Did they agree on enhancing secure commutations capabilities?",
    ],
)
def test_an_english_word_is_never_read_as_the_name_or_word_it_resembles(
    engine: Engine, question: str
) -> None:
    # "sing" after "did Singh" is a verb, "Austria" a country, "rabidly" a word of its own.
    assert not ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Did they agree on enhancing insecure communications?",
        "did they agree to enhance unsecure communications capabilities?",
        "did officials call it one of the most insignificant relationships?",
    ],
)
def test_a_word_negated_by_its_prefix_is_the_opposite_of_the_article_s_not_a_slip(
    engine: Engine, question: str
) -> None:
    """ "insecure" was corrected to "secure" and got a Yes; it says the opposite."""
    assert ask(engine, question).text.startswith("No.")


@pytest.mark.parametrize(
    "follow_up",
    [
        "so why is it relevant?",
        "why does the article bring it up then?",
        "then why mention it at all?",
        "why is it important here?",
    ],
)
def test_why_the_article_brings_in_what_the_statement_leaves_out(
    engine: Engine, follow_up: str
) -> None:
    answer = ask(engine, "Does the DoD statement mention China?", follow_up)
    assert "threat posed by China" in answer.text and answer.quotes


def test_why_the_statement_left_something_out_is_not_another_fact_s_purpose(
    engine: Engine,
) -> None:
    answer = ask(engine, "Does the DoD statement mention China?", "why is that?")
    assert "global security" not in answer.text


@pytest.mark.parametrize(
    "follow_up",
    [
        "Which official was it, specifically? name please",
        "what are their names?",
        "names?",
        "who were they, by name?",
    ],
)
def test_the_names_of_an_unnamed_group_just_answered_are_not_given(
    engine: Engine, follow_up: str
) -> None:
    answer = ask(
        engine,
        "Who called the U.S.-India relationship one of the most significant of the 21st century?",
        follow_up,
    )
    assert answer.text.startswith("The article doesn't name them")


@pytest.mark.parametrize(
    "question",
    [
        "Where did Pompeo brief reporters before setting off on his regional tour?",
        "Where did Pompeo hold a press conference before leaving for South Asia?",
        "Where was Pompeo's press conference ahead of his South Asia trip?",
        "where did pompeo speak to the press before his regional trip?",
    ],
)
def test_where_of_an_act_dated_by_a_trip_is_the_act_s_own_place(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "State Department" in answer.text and answer.quotes


def test_where_someone_went_before_a_trip_is_not_given(engine: Engine) -> None:
    answer = ask(engine, "where did pompeo go before his trip to south asia?")
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "Give me the title of the deal.",
        "what is the title of the agreement?",
        "what's the agreement's full title?",
        "what's the title of the agreement they signed?",
    ],
)
def test_an_agreement_s_title_is_its_name_not_the_headline(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "Basic Exchange and Cooperation Agreement" in answer.text and answer.quotes


@pytest.mark.parametrize(
    "question", ["what is the title of the article?", "what's the title?", "title of the story?"]
)
def test_the_article_s_title_is_still_its_headline(engine: Engine, question: str) -> None:
    assert "Defense Chiefs Commit" in ask(engine, question).text


@pytest.mark.parametrize("follow_up", ["what agreement?", "which agreement?", "what deal?"])
def test_an_agreement_asked_after_the_statement_s_source_is_the_article_s(
    engine: Engine, follow_up: str
) -> None:
    answer = ask(engine, "who issued the statement?", follow_up)
    assert "Basic Exchange and Cooperation Agreement" in answer.text and answer.quotes


def test_which_country_after_an_answer_stays_with_it(engine: Engine) -> None:
    answer = ask(engine, "who issued the statement?", "which country?")
    assert "Basic Exchange" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "According to the statement, what challenges will the two sides address?",
        "Per the statement, what challenges will the two sides address?",
        "As per the DoD statement, what challenges will they address?",
    ],
)
def test_a_leading_according_to_the_statement_is_read_as_a_trailing_one(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "global security challenges" in answer.text and answer.quotes


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Is the article claiming US-India relations are cooling?", "No."),
        ("is the piece suggesting that esper met singh in tokyo?", "No."),
        ("is the article claiming that esper met singh in new delhi?", "Yes."),
        ("was the story saying that Esper met Singh on Monday?", "Yes."),
    ],
)
def test_is_the_article_claiming_checks_the_claim(engine: Engine, question: str, lead: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(lead) and answer.quotes


def test_names_after_an_answer_asks_for_the_name_of_the_one_answered(engine: Engine) -> None:
    """ "who met singh?" "names?": his name, not the statement that names no one by name."""
    assert ask(engine, "who met singh?", "names?").text == "Mark T. Esper"


@pytest.mark.parametrize(
    "question",
    [
        "What kinds of cooperation between the militaries did they commit to deepening?",
        "What kinds of cooperation did Esper and Singh commit to deepening?",
        "What sort of cooperation between the armed forces did they talk about?",
    ],
)
def test_kinds_of_cooperation_are_the_areas_listed(engine: Engine, question: str) -> None:
    assert "logistics" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "What did the defence chiefs agree regarding information sharing?",
        "What did the defence chiefs commit to regarding co-operation between the two militaries?",
        "what did esper and singh commit to re the two militaries",
    ],
)
def test_the_defense_chiefs_commitment_is_theirs(engine: Engine, question: str) -> None:
    assert "deepening cooperation" in ask(engine, question).text


def test_what_manner_of_noun_is_the_role_naming_it(engine: Engine) -> None:
    question = "What manner of challenges did the two ministers resolve to confront in concert?"
    assert "security challenges" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "did australia sign BECA too?",
        "Did Japan also join the Basic Exchange and Cooperation Agreement?",
        "did Australia also sign the agreement?",
    ],
)
def test_a_third_country_and_the_agreement_is_not_denied(engine: Engine, question: str) -> None:
    # The U.S. and India reached BECA; whether Japan has a pact like it the article never says.
    assert ask(engine, question).abstained


def test_a_country_left_out_of_the_tokyo_talks_is_still_no(engine: Engine) -> None:
    assert ask(engine, "Was China at the Tokyo talks?").text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "So the two armed forces — are they drawing closer together or drifting apart?",
        "are the militaries drifting apart or growing closer?",
    ],
)
def test_either_trend_of_the_militaries_is_not_the_china_souring(
    engine: Engine, question: str
) -> None:
    # ¶7's "deteriorating" is said of ties with China, not of the two armed forces.
    assert "Deteriorating" not in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Even without naming China, is countering China part of what the U.S.-India "
            "partnership is for?",
            "Yes",
        ),
        ("Even so, did they agree on BECA?", "Yes"),
        ("That said, where did they meet?", "In New Delhi"),
    ],
)
def test_a_conceding_clause_before_the_question_is_set_aside(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_the_name_asked_is_of_the_one_described(engine: Engine) -> None:
    question = "What's the first name of the Indian defence minister whom Esper met?"
    assert ask(engine, question).text.startswith("Rajnath")


@pytest.mark.parametrize(
    "question",
    [
        "What's the first name of the man Esper met?",
        "what is the first name of the minister who met Esper?",
    ],
)
def test_a_name_is_not_of_someone_in_the_description(engine: Engine, question: str) -> None:
    # Esper is in what describes the one asked about: his own name would be a false answer.
    assert "Mark" not in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which agreement, if any, did the two sides reach upon that occasion?", "The Basic"),
        ("What did they agree on that occasion?", "The Basic"),
        ("With respect to logistics, what did they commit to?", "Cooperation among"),
        ("Who, in particular, attended the talks?", "Mark T. Esper"),
        ("Could you tell me precisely when the talks were held?", "On Monday"),
        ("Did the two ministers have anything favourable to say about the relationship?", "Yes"),
        ("Were the ministers complimentary about the relationship?", "Yes"),
    ],
)
def test_formal_filler_and_evaluative_words_are_understood(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "On that occasion, did Esper eat lunch?",
        "Upon that occasion, did they sign a missile deal?",
        "In particular, did they discuss submarines?",
        "Did Esper respect Singh?",
        "What was the favourable exchange rate?",
    ],
)
def test_formal_filler_does_not_hide_new_content(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("In what capacity does Singh serve?", "India's Defense Minister"),
        ("In what capacity does Esper serve in the US government?", "U.S. Secretary of Defense"),
        ("What does Singh serve as?", "India's Defense Minister"),
        ("Does Singh serve as foreign minister?", "No"),
        ("Did Begin serve as deputy secretary of state?", "Yes"),
        ("Who serves as India's defence minister?", "Rajnath Singh"),
    ],
)
def test_serving_as_a_title_is_holding_it(engine: Engine, question: str, expected: str) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "Did Esper serve lunch?",
        "Did Pompeo serve in the army?",
        "What capacity does the new base have?",
        "In what capacity did Esper travel to New Delhi?",
    ],
)
def test_serving_and_capacity_elsewhere_stay_unknown(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What office does Pompeo hold?", "Secretary"),
        ("Which office does Esper occupy?", "U.S. Secretary of Defense"),
        ("What post does Singh occupy?", "India's Defense Minister"),
        ("Might I ask who met Singh?", "Mark T. Esper"),
        ("What, in essence, did the two sides agree?", "The Basic"),
        ("Strictly speaking, did the statement mention China?", "No"),
        ("What was the nature of the agreement?", "The Basic"),
    ],
)
def test_office_and_formal_asking_are_understood(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "When did Esper take office?",
        "Did Esper visit the office of the prime minister?",
        "In essence, did they sign a missile deal?",
        "May I ask what Esper had for dinner?",
    ],
)
def test_office_and_formal_asking_keep_new_content(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "On which occasion did Pompeo visit India?",
        "When did Pompeo travel to India?",
        "What position did Esper hold before?",
        "What job did Esper do previously?",
        "Whilst in Tokyo, whom did Esper meet?",
        "While in Tokyo, who did Esper meet?",
    ],
)
def test_formal_wordings_the_article_cannot_answer_abstain(engine: Engine, question: str) -> None:
    """Pompeo's trip was to South Asia with no visit to India told; no earlier post of
    anyone is given; no one is said to have been met in Tokyo."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("What transpired during the meeting?", "praised the strength"),
        ("What occurred at the meeting?", "praised the strength"),
        ("Whilst in New Delhi, whom did Esper meet?", "Rajnath Singh"),
    ],
)
def test_formal_wordings_the_article_answers_get_the_new_delhi_meeting(
    engine: Engine, question: str, words: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and words in answer.text
    assert "Tokyo" not in answer.text


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Would you be so good as to tell me when they met?", "Monday"),
        ("would you be so kind as to tell me who met singh?", "Esper"),
        ("Could you be so good as to explain where they met?", "New Delhi"),
    ],
)
def test_so_good_as_to_tell_me_is_only_the_asking(
    engine: Engine, question: str, words: str
) -> None:
    """It got the greeting reply: the politeness was left as the question."""
    assert words in ask(engine, question).text


def test_who_was_present_at_the_meeting_is_who_attended_it(engine: Engine) -> None:
    answer = ask(engine, "Who was present at the meeting?")
    assert "Esper" in answer.text and "Singh" in answer.text


def test_present_at_an_event_the_article_does_not_put_them_at_abstains(engine: Engine) -> None:
    assert ask(engine, "Was Pompeo present at the meeting?").abstained


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("What role does Singh have in the Government of India?", "Defense Minister"),
        ("what position does Esper hold in the US government?", "Secretary of Defense"),
    ],
)
def test_a_post_in_the_government_of_its_country_is_the_post(
    engine: Engine, question: str, title: str
) -> None:
    assert title in ask(engine, question).text


QUOTE_CHECKS = [
    "Is 'pressing global security challenges' a direct quote?",
    "is 'thwart the threat posed by China's Communist Party' a direct quote? whose?",
    "Is 'two largest democracies' a direct quote?",
    "Is 'the two militaries' in quotation marks?",
]


@pytest.mark.parametrize("question", QUOTE_CHECKS)
def test_a_base_of_many_articles_finds_asked_words_through_the_index(
    engine: Engine, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A newsroom's base is never read whole for one question: the words are looked for only
    in the articles of the facts having the rarest of them, with the same verdict."""
    from bot.engine import quoting

    whole = ask(engine, question)
    monkeypatch.setattr(quoting, "SCANNED_ARTICLES", 0)
    through_index = ask(engine, question)
    assert through_index.text == whole.text
    assert through_index.text.startswith(("Yes", "No"))
    assert [q.text for q in through_index.quotes] == [q.text for q in whole.quotes]


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ("Is Pakistan on that list?", "No. Pakistan is not among them"),
        ("Was China one of the countries?", "No. China is not among them"),
        ("is japan in the list?", "Yes."),
    ],
)
def test_whether_a_country_is_on_the_list_just_given(
    engine: Engine, follow_up: str, expected: str
) -> None:
    answer = ask(engine, "which countries took part in the tokyo talks?", follow_up)
    assert answer.text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    ["Begin visited Tokyo?", "begin went to tokyo, right?", "Begin travelled to Japan?"],
)
def test_a_claimed_trip_to_a_scene_the_article_leaves_open_is_no_flat_no(
    engine: Engine, question: str
) -> None:
    """The article has Begin visit New Delhi, and rules no other stop out."""
    answer = ask(engine, question)
    assert answer.text.startswith("Not that the article says.")
    assert "New Delhi" in answer.text


def test_a_claimed_trip_to_a_place_outside_the_story_is_still_a_no(engine: Engine) -> None:
    assert ask(engine, "Begin visited Beijing?").text.startswith("No.")


@pytest.mark.parametrize(
    "question", ["Begin recently visited Tokyo?", "Begin recently went to Tokyo?"]
)
def test_begin_before_an_adverb_and_a_past_verb_is_the_name(engine: Engine, question: str) -> None:
    """It read "begin" as the verb and answered Yes with the Tokyo talks, Begin left out."""
    answer = ask(engine, question)
    assert "Begin" in answer.text and not answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "who is in the indian government?",
        "who's in the Indian government?",
        "who is part of the indian government?",
        "who is in the indian delegation?",
    ],
)
def test_who_is_in_a_countrys_body_is_its_person_not_whom_he_met(
    engine: Engine, question: str
) -> None:
    """It asked "who is in Singh?" and answered Esper, who met him."""
    text = ask(engine, question).text
    assert "Singh" in text and "Esper" not in text


@pytest.mark.parametrize(
    "question",
    [
        "How many secretaries of defense are mentioned?",
        "how many Secretaries of Defense does the article mention?",
        "how many secretaries of defense are named?",
    ],
)
def test_the_articles_two_secretaries_of_defense_count_two(engine: Engine, question: str) -> None:
    """It counted only Esper, titled so, though the article says "the two Secretaries of
    Defense"."""
    text = ask(engine, question).text
    assert text.startswith("Two") and "Singh" in text


@pytest.mark.parametrize(
    "question", ["names?", "what names are mentioned?", "list the names", "names mentioned?"]
)
def test_names_asked_first_are_the_people_the_article_names(engine: Engine, question: str) -> None:
    """It read "names" as "mentions" and answered that China is not mentioned: "No"."""
    text = ask(engine, question).text
    assert "Esper" in text and "Singh" in text and "China" not in text


@pytest.mark.parametrize(
    "question", ["whats the full name of the agreement?", "full name of the agreement?"]
)
def test_the_full_name_of_the_agreement_after_people_is_the_agreements(
    engine: Engine, question: str
) -> None:
    """After an answer about Esper and Singh it gave Esper's full name."""
    text = ask(engine, "true or false: esper and singh signed the BECA", question).text
    assert text.startswith("The Basic Exchange and Cooperation Agreement")


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("In what capacity does Mr Rajnath Singh serve, according to the piece?", "Minister"),
        ("What, pertaining to logistics, did the two men commit themselves to?", "logistics"),
        ("What, additionally, was welcomed by the two Secretaries?", "information sharing"),
        ("When did the Tokyo talks take place, insofar as the article says?", "Earlier this month"),
        ("On whose behalf was the statement concerning the meeting issued?", "Defense"),
        ("Is China expressly named in the Pentagon's statement?", "No"),
    ],
)
def test_formal_frame_words_ask_nothing_the_article_lacks(
    engine: Engine, question: str, words: str
) -> None:
    """They abstained: "serve", "pertaining", "additionally", "insofar", "behalf" were read
    as things asked about that the article never mentions."""
    answer = ask(engine, question)
    assert not answer.abstained and words in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Whom does Esper serve?",
        "On whose behalf did Pompeo speak?",
        "What is Esper's favourite food?",
        "What did the talks cost?",
        "Did Singh mention Pakistan?",
    ],
)
def test_content_the_article_lacks_still_abstains(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Am I correct in understanding that the meeting took place in Mumbai?", "No"),
        ("Am I right in supposing that the two sides agreed on BECA?", "Yes"),
        ("I am given to understand that four 2+2 dialogues were held; is that so?", "No"),
        ("Is there any evidence that the two men praised the relationship?", "Yes"),
        ("I understand that the meeting took place in Mumbai. Could you kindly confirm?", "No"),
        ("Three 2+2 dialogues have been held. Is that a fair summary?", "Yes"),
    ],
)
def test_formal_leads_put_up_a_claim(engine: Engine, question: str, verdict: str) -> None:
    assert ask(engine, question).text.startswith(verdict)


def test_a_claim_then_can_you_confirm_that_checks_the_claim(engine: Engine) -> None:
    """It answered Yes, confirming the last subject rather than the claim made."""
    answer = ask(engine, "The meeting took place in Mumbai. Can you confirm that?")
    assert answer.text.startswith("No")


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("To whom is the 'free nations' remark attributed?", "Pompeo"),
        ("To whom does the article attribute the remark about free nations?", "Pompeo"),
        ("To whom was the office of Secretary of Defense attributed in the article?", "Esper"),
        (
            "To whom is attributed the description of the relationship as one of the most"
            " significant of the 21st century?",
            "officials",
        ),
    ],
)
def test_to_whom_attributed_asks_who_gave_it(engine: Engine, question: str, words: str) -> None:
    """It answered 'With one another: free nations working together': "to whom" was read as
    with whom."""
    assert words in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Which ministers, in point of fact, take part in the 2+2 Dialogue?", "foreign"),
        ("What did Pompeo say on that score?", "free nations"),
        ("In point of fact, where did they meet?", "New Delhi"),
        ("Who posed the threat in question?", "Communist Party"),
    ],
)
def test_formal_asides_are_no_content(engine: Engine, question: str, words: str) -> None:
    assert words in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Were the two nations dubbed the world's two largest democracies?", "Yes"),
        ("Were the two nations styled the world's two largest democracies?", "Yes"),
        ("Whom does the article credit with the 'free nations' remark?", "Pompeo"),
    ],
)
def test_naming_and_crediting_verbs_ask_what_calling_and_saying_ask(
    engine: Engine, question: str, words: str
) -> None:
    assert words in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "Were the two nations termed the world's smallest democracies?",
        "Draft attributes the agreement announcement to 'a State Department statement'."
        " Is the attribution right?",
    ],
)
def test_naming_and_crediting_verbs_never_confirm_what_the_article_lacks(
    engine: Engine, question: str
) -> None:
    """The draft's attribution was confirmed with a Yes about Pompeo while "attributes"
    counted as no word at all."""
    assert not ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "names", ["which officials? names pls", "names of the officials?", "can you name them?"]
)
def test_names_of_unnamed_speakers_after_a_how_then_when_abstain(
    engine: Engine, names: str
) -> None:
    """It answered 'Esper and Singh' (the two men of another fact): the names were asked of
    the officials the last answer quoted, whose role was 'when', not 'who'."""
    answer = ask(
        engine,
        "how did us officials describe the us-india relationship?",
        "when did they say that?",
        names,
    )
    assert answer.abstained and "Esper" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "whats the full name of the agreement?",
        "and the full name of the deal?",
        "what's the name of that pact?",
    ],
)
def test_full_name_of_the_agreement_after_a_person_question_names_the_agreement(
    engine: Engine, question: str
) -> None:
    """It answered 'Mark T. Esper': a name asked after Esper went to him, whatever noun."""
    answer = ask(engine, "true or false: esper and singh signed the BECA", question)
    assert "Basic Exchange and Cooperation Agreement" in answer.text


def test_full_name_of_the_minister_is_still_the_person(engine: Engine) -> None:
    answer = ask(
        engine, "true or false: esper and singh signed the BECA", "full name of the minister?"
    )
    assert "Esper" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "which was earlier: Pompeo's press conference or his South Asia trip?",
        "which came later: Pompeo's press conference or his South Asia trip?",
        "which of the two came first: the press conference or the trip to south asia?",
    ],
)
def test_which_was_earlier_after_a_colon_orders_the_two_events(
    engine: Engine, question: str
) -> None:
    """It answered 'His South Asia trip: … the Tokyo talks': the colon made the options a
    'which one does the fact have' choice, and 'earlier' picked 'Earlier this month'."""
    answer = ask(engine, question)
    assert answer.text.startswith("First: At a State Department press conference")


@pytest.mark.parametrize(
    ("question", "then"),
    [
        ("Who's the current US defense secretary?", "Esper"),
        ("who is currently India's defence minister?", "Singh"),
        ("who is the defense secretary today?", "Esper"),
    ],
)
def test_who_holds_a_post_now_abstains_saying_who_held_it_then(
    engine: Engine, question: str, then: str
) -> None:
    """It answered 'Mark T. Esper' as today's holder: the article says who held it then."""
    answer = ask(engine, question)
    assert answer.abstained and then in answer.text


def test_who_holds_a_post_without_now_still_answers(engine: Engine) -> None:
    answer = ask(engine, "who is the U.S. defense secretary?")
    assert not answer.abstained and "Esper" in answer.text


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Where were the quad talks held?", "were they in Canberra?"),
        ("who took part in the quad talks?", "were they held in Canberra?"),
        ("Who did Esper meet on Monday?", "Was that in Canberra?"),
    ],
)
def test_an_event_followed_by_a_city_the_article_never_names_is_no(
    engine: Engine, first: str, then: str
) -> None:
    """It said the article doesn't mention Canberra: the event is placed elsewhere."""
    answer = ask(engine, first, then)
    assert answer.text.startswith("No")


def test_a_named_spot_in_the_city_is_still_not_denied(engine: Engine) -> None:
    """ "Hyderabad House" could be in New Delhi: no "No" for a place of two unknown words."""
    answer = ask(engine, "Who did Esper meet on Monday?", "Was that at Hyderabad House?")
    assert not answer.text.startswith("No")


@pytest.mark.parametrize(
    ("question", "verdict", "words"),
    [
        ("Begin's the deputy defense secretary, isn't he?", "No", "Deputy Secretary of State"),
        ("Singh's the foreign minister, right?", "No", "Defense Minister"),
        ("Pompeo's the defense secretary, isn't he?", "No", "Esper"),
        ("Esper's the defense secretary, isn't he?", "Yes", "Secretary of Defense"),
    ],
)
def test_a_names_s_before_the_is_is_not_a_possessive(
    engine: Engine, question: str, verdict: str, words: str
) -> None:
    """ "Singh's the foreign minister, right?" got Yes (from the meeting fact): the "'s"
    was dropped as a possessive, leaving a claim with no verb."""
    answer = ask(engine, question)
    assert answer.text.startswith(verdict) and words in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did Esper attend the Tokyo talks alone?",
        "Did Esper go to Tokyo by himself?",
        "Pompeo went to the quad talks on his own, right?",
    ],
)
def test_alone_is_no_when_the_fact_has_another_doer(engine: Engine, question: str) -> None:
    """'Did Esper go to Tokyo by himself?' got Yes: 'by himself' was read as nothing."""
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "Pompeo" in answer.text


def test_alone_when_the_fact_names_only_him_is_not_a_yes(engine: Engine) -> None:
    assert ask(engine, "Did Begin visit New Delhi alone?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "true or false: Esper and Pompeo were together at the Tokyo talks",
        "Were Esper and Pompeo together at the Tokyo talks?",
        "Esper and Pompeo were at the Tokyo talks together, right?",
    ],
)
def test_two_doers_of_one_fact_were_together(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(("Yes", "True")) and "Tokyo" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "the two defence secretaries expressed disappointment over the agreement, true?",
        "were Esper and Singh disappointed with the BECA?",
        "did they voice frustration over the agreement?",
    ],
)
def test_disappointment_over_the_agreement_is_no_they_appreciated_it(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "appreciation" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did Singh fly to Washington for the meeting?",
        "Did Singh go to Washington for the meeting?",
        "Did Singh travel to Tokyo for the meeting?",
    ],
)
def test_travelling_elsewhere_for_the_meeting_is_no_it_was_in_new_delhi(
    engine: Engine, question: str
) -> None:
    """It said the article doesn't mention Washington: 'to meet Esper' was denied, 'for the
    meeting' was not."""
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "New Delhi" in answer.text


def test_someone_not_at_the_meeting_flying_there_for_it_is_not_a_yes(engine: Engine) -> None:
    assert ask(engine, "Did Pompeo fly to New Delhi for the meeting?").abstained


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("info sharing is meant to address what, in quotes?", "pressing global security"),
        ("what is the info sharing meant to address, verbatim?", "pressing global security"),
        ("how did US officials describe the relationship, in quotation marks?", "most significant"),
    ],
)
def test_a_trailing_request_to_quote_is_how_to_answer_not_what(
    engine: Engine, question: str, words: str
) -> None:
    """'…address what, in quotes?' abstained: 'quotes' was read as what was asked about."""
    assert words in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("the esper-singh meeting vs the 2+2 dialogue, which came first?", "Esper met"),
        ("tokyo talks vs the meeting: which was first?", "Earlier this month"),
        ("Pompeo's press conference vs his South Asia trip, which came earlier?", "At a State"),
        ("which was first: the Tokyo talks vs the meeting?", "Earlier this month"),
    ],
)
def test_a_versus_b_which_came_first_orders_them(engine: Engine, question: str, first: str) -> None:
    """'…vs his South Asia trip, which came earlier?' named the Tokyo talks: the lead was
    taken for a topic and 'which came earlier?' asked on its own."""
    assert ask(engine, question).text.startswith(f"First: {first}")


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("India's defence boss - name?", "Singh"),
        ("name of India's defence boss?", "Singh"),
        ("the american defence boss - name?", "Esper"),
        ("who did America's defence boss meet?", "Singh"),
    ],
)
def test_a_country_before_a_title_both_chiefs_share_is_that_countrys_chief(
    engine: Engine, question: str, name: str
) -> None:
    # "defense chief" is both Esper and Singh; "India's" picks Singh, not a fact about both.
    assert name in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("two largest democracies = who?", "India"),
        ("the two largest democracies - who?", "India"),
        ("world's 2 largest democracies: who?", "India"),
        ("the pentagon chief = who?", "Esper"),
    ],
)
def test_a_phrase_then_who_after_a_sign_asks_who_it_is(
    engine: Engine, question: str, wanted: str
) -> None:
    # Not "who described them" (U.S. officials): who the phrase before "= who?" names.
    assert wanted in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("did they welcome more spy data swapping?", "Yes"),
        ("any beef with china in this?", "threat"),
        ("who's this Begin bloke", "Deputy Secretary of State"),
        ("what's the deal with that Begin geezer?", "Deputy Secretary of State"),
        ("what did pompeo reckon free nations could do together", "thwart"),
    ],
)
def test_everyday_slang_reads_as_the_articles_words(
    engine: Engine, question: str, wanted: str
) -> None:
    assert wanted in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    ["whats BECA stand for?", "what's BECA stand for", "what\u2019s BECA stand for"],
)
def test_whats_x_stand_for_is_what_does_x_stand_for(engine: Engine, question: str) -> None:
    # The "'s" is a spoken "does": not "what is BECA stand for", read as a why.
    assert "Basic Exchange and Cooperation Agreement" in ask(engine, question).text


def test_whats_an_abbreviation_refer_to_is_what_it_means(engine: Engine) -> None:
    assert "foreign and defense ministers" in ask(engine, "what's 2+2 refer to?").text


@pytest.mark.parametrize("question", ["what party's singh in", "which party's esper a member of"])
def test_a_party_asked_with_an_s_is_a_political_party_the_article_never_gives(
    engine: Engine, question: str
) -> None:
    # Not China's Communist Party, the one party the article names.
    assert ask(engine, question).abstained


def test_a_party_asked_of_he_after_a_person_abstains(engine: Engine) -> None:
    assert ask(engine, "what's singh's job", "what party's he in").abstained


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("did they big up the relationship?", "praised"),
        ("who bigged up the defense ties?", "Esper"),
        ("what did singh and esper big up?", "strength"),
    ],
)
def test_big_up_is_praise(engine: Engine, question: str, wanted: str) -> None:
    assert wanted in ask(engine, question).text


def test_bigging_up_what_they_did_not_praise_abstains(engine: Engine) -> None:
    assert ask(engine, "did they big up china?").abstained


@pytest.mark.parametrize(
    "follow_up", ["and esper's been at how many of em", "how many of 'em did esper attend"]
)
def test_em_after_a_preposition_or_verb_is_them(engine: Engine, follow_up: str) -> None:
    answer = ask(engine, "how many 2+2s have there been?", follow_up)
    assert "second" in answer.text


@pytest.mark.parametrize(
    "first", ["how many 2+2s has esper been at?", "is this esper's first 2+2?"]
)
def test_where_was_it_after_a_count_of_someones_events_is_the_events_place(
    engine: Engine, first: str
) -> None:
    # "it" is the 2+2, whose place the article never gives; not Esper's New Delhi meeting.
    assert ask(engine, first, "where was it held").abstained


def test_where_was_it_after_an_event_with_a_place_still_gives_it(engine: Engine) -> None:
    assert "Tokyo" in ask(engine, "when did esper go to the tokyo talks?", "where was it").text


@pytest.mark.parametrize(
    ("questions", "wanted"),
    [
        (("where was the meetup",), "New Delhi"),
        (("when was the meetup?",), "Monday"),
        (("where was the meetup", "what day"), "Monday"),
    ],
)
def test_a_meetup_is_the_meeting(engine: Engine, questions: tuple[str, ...], wanted: str) -> None:
    assert wanted in ask(engine, *questions).text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("singh - indian or american?", "Indian"),
        ("esper = american or indian?", "American"),
        ("Begin: state or defense?", "State"),
        ("the meeting - tokyo or delhi?", "New Delhi"),
    ],
)
def test_one_of_two_after_a_sign_asks_which_it_is(
    engine: Engine, question: str, wanted: str
) -> None:
    assert ask(engine, question).text.startswith(wanted)


@pytest.mark.parametrize(
    ("question", "wanted"),
    [("theres been four 2+2 dialogs so far?", "No"), ("theres three 2+2s?", "Yes")],
)
def test_theres_without_its_apostrophe_is_a_claim_checked(
    engine: Engine, question: str, wanted: str
) -> None:
    assert ask(engine, question).text.startswith(wanted)


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("was the quad just US, Japan and India?", "No"),
        ("was the quad in tokyo?", "Yes"),
        ("did china join the quad?", "No"),
    ],
)
def test_the_quad_in_lower_case_is_the_quad(engine: Engine, question: str, wanted: str) -> None:
    assert ask(engine, question).text.startswith(wanted)


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Begin's the deputy defence secretary isnt he", "No"),
        ("Begin\u2019s the deputy secretary of state, right?", "Yes"),
        ("singh's the defence minister?", "Yes"),
        ("esper's a foreign minister?", "No"),
    ],
)
def test_a_name_then_s_the_is_a_claim_that_he_is(
    engine: Engine, question: str, wanted: str
) -> None:
    assert ask(engine, question).text.startswith(wanted)


def test_whats_the_and_wats_the_stay_questions(engine: Engine) -> None:
    assert "BECA" in ask(engine, "um what's the agreement?").text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("india china relations getting better?", "No"),
        ("us-india ties heating up?", "Yes"),
        ("us china relations improving?", "No"),
        ("india-us relations cooling?", "No"),
    ],
)
def test_a_trend_asked_without_its_are_is_checked(
    engine: Engine, question: str, wanted: str
) -> None:
    assert ask(engine, question).text.startswith(wanted)


def test_a_trend_set_before_a_why_is_not_made_a_yes_or_no(engine: Engine) -> None:
    answer = ask(engine, "With US-China ties improving so much lately, why bother with India?")
    assert not answer.text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("whats the democracies line about", "largest democracies"),
        ("what's the line about democracies?", "largest democracies"),
        ("what's the free nations line about?", "thwart"),
    ],
)
def test_the_line_about_something_is_what_the_article_says_of_it(
    engine: Engine, question: str, wanted: str
) -> None:
    assert wanted in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("The aforementioned meeting is said to have preceded which forum, pray?", "2+2"),
        ("What did the meeting precede?", "2+2"),
        ("Which trip did Pompeo's press conference precede?", "South Asia"),
        ("To what end was the expansion of information sharing said to be directed?", "global"),
        ("Is Esper said to be the defense secretary?", "Yes"),
        ("Who is said to have praised the relationship?", "Esper"),
    ],
)
def test_report_frames_and_preceding_which_ask_the_thing_itself(
    engine: Engine, question: str, words: str
) -> None:
    assert words in ask(engine, question).text


def test_what_preceded_the_meeting_is_not_what_the_meeting_preceded(engine: Engine) -> None:
    """ "preceded which" asks what came after; the question word as subject does not."""
    assert "2+2 Dialogue between" not in ask(engine, "What preceded the meeting?").text


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("In what manner did they receive the basic agreement on exchanges?", "Appreciation"),
        ("How was the agreement received?", "Appreciation"),
        ("How was the basic agreement received by Esper and Singh?", "Appreciation"),
        ("Did the two men remark upon the condition of the defence relationship?", "Yes"),
        ("Did Esper and Singh criticise the condition of the defense relationship?", "No"),
        ("Did Pompeo's press conference take place after his return from South Asia?", "No"),
        ("Did Pompeo speak after returning from South Asia?", "No"),
        ("Whither was Pompeo bound at the time of his press conference?", "South Asia"),
        ("Was Pompeo bound for South Asia?", "Yes"),
    ],
)
def test_formal_verbs_read_as_the_article_s(engine: Engine, question: str, words: str) -> None:
    assert ask(engine, question).text.startswith(words) or words in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "How was the agreement received by China?",
        "How was Esper received by Singh?",
        "Is India bound by the agreement?",
        "Was Pompeo bound for Europe?",
        # Tokyo only dates the meeting; the meeting was no less in New Delhi.
        "Did Esper meet Singh after his return from Tokyo?",
        "Did Esper meet Singh after his trip to Tokyo?",
    ],
)
def test_formal_verbs_never_assert_what_the_article_lacks(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is the American defence secretary named in the passage?", "Esper"),
        ("Which country does the writer identify as the threat?", "China"),
        ("How does the author portray the trajectory of US-India ties?", "heating"),
        ("How are India-China relations characterised in the passage?", "deteriorating"),
        ("How are US-China relations characterized by the author?", "deteriorating"),
        ("According to the author, who met Singh?", "Esper"),
    ],
)
def test_an_examiner_s_writer_and_passage_are_the_article(
    engine: Engine, question: str, expected: str
) -> None:
    """ "The writer", "the passage" in an exam's question are the article, not its author."""
    assert expected in ask(engine, question).text


def test_who_the_writer_is_is_still_not_given(engine: Engine) -> None:
    assert ask(engine, "Who is the writer?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Name the two officials who convened on Monday.", "Esper and Singh"),
        ("When did Esper and Singh convene?", "Monday"),
        ("List the three components of the military cooperation.", "logistics"),
        ("What are the elements of the deepened military cooperation?", "logistics"),
        ("Is inter-service cooperation one of the elements identified?", "Yes"),
        ("Is logistics one of the strands listed?", "Yes"),
    ],
)
def test_an_examiner_s_words_for_meeting_and_for_list_items(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_an_item_not_in_the_list_is_not_confirmed(engine: Engine) -> None:
    assert not ask(engine, "Is nuclear cooperation one of the areas identified?").text.startswith(
        "Yes"
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("TFNG: the US and India have held three 2+2 dialogues", "True."),
        ("True, false or not given: the statement explicitly refers to China.", "False."),
        ("T/F/NG: US-India relations are cooling off.", "False."),
        ("Yes/No/Not Given: Esper met Singh in New Delhi", "True."),
        ("Q2 I wrote the pact is called the Basic Exchange and Cooperation Agreement. ok?", "Yes"),
        ("For Q3 I put that Esper has attended three 2+2 meetings", "No."),
        ("I answered that the meeting was in Mumbai", "No."),
        ("Q1: I wrote that Begin visited Tokyo. Is that right?", "Not that the article says"),
        ("Is it accurate to say the two ministers lauded the solidity of their ties?", "Yes"),
        ("Is it fair to say that Esper and Singh criticised the defence relationship?", "No."),
    ],
)
def test_an_examinee_s_claims_are_checked(engine: Engine, question: str, expected: str) -> None:
    """A reading test's "true, false or not given" and a candidate's own answer put a claim."""
    assert ask(engine, question).text.startswith(expected)


def test_a_not_given_claim_is_not_confirmed(engine: Engine) -> None:
    assert ask(engine, "TFNG: Esper met Modi").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Did Esper and Singh consent to carry on working jointly?", "Yes"),
        ("Did the two sides reaffirm their pledge to closer collaboration?", "Yes"),
        ("Where did Pompeo hold his press briefing?", "State Department"),
        ("Which region was Pompeo about to set off for?", "South Asia"),
        ("Which development received a favourable reception?", "information sharing"),
        ("What did the two sides greet positively?", "information sharing"),
    ],
)
def test_an_examiner_s_paraphrases_of_the_article_s_words(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_consenting_to_stop_is_still_denied(engine: Engine) -> None:
    assert ask(engine, "Did Esper and Singh consent to stop working together?").text.startswith(
        "No"
    )


@pytest.mark.parametrize(
    ("questions", "words"),
    [
        (
            (
                "Whats this bit about Tokyo?",
                "Who went from the American side?",
                "Which countries were in it?",
            ),
            "Japan",
        ),
        (
            (
                "Tell me about the quad talks",
                "Who went from the US?",
                "What countries took part in it?",
            ),
            "Australia",
        ),
        (("What's Singh's job?", "And the American guy?"), "Secretary of Defense"),
        (("What's Singh's job?", "What about the US guy?"), "Secretary of Defense"),
        (("What is Esper's title?", "And the Indian one?"), "Defense Minister"),
    ],
)
def test_followups_in_it_and_the_national_person(
    engine: Engine, questions: tuple[str, ...], words: str
) -> None:
    """ "In it" is the event talked about, not the country the last question named; "the
    American guy" after a person is that country's person, asked the same question."""
    assert words in ask(engine, *questions).text


@pytest.mark.parametrize(
    "questions",
    [
        ("What did they say they'd keep working on together?", "Like what areas?"),
        ("What did Esper and Singh agree to keep doing?", "In what areas?"),
        ("What did they agree to continue?", "Such as?"),
        ("What did they agree to continue?", "Give me some examples"),
    ],
)
def test_examples_asked_after_a_range_get_the_range(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "Like what areas?" after the work together: its "from … to …" examples."""
    answer = ask(engine, *questions).text
    assert "emerging technologies" in answer and "defense trade" in answer


@pytest.mark.parametrize(
    "questions",
    [
        ("How did the meeting go?",),
        ("how did the visit go",),
        ("Who met Singh?", "How did it go?"),
        ("Who met Singh?", "how'd it all turn out?"),
    ],
)
def test_how_it_went_is_what_happened_there(engine: Engine, questions: tuple[str, ...]) -> None:
    """ "How did the meeting go?": what happened at it, not Pompeo's words on his visit."""
    answer = ask(engine, *questions).text
    assert "agreed" in answer and "Communist Party" not in answer


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Draft: 'Esper met Singh in Tokyo.' Correct?", "No"),
        ("Line in our draft: 'This is Esper's first 2+2 with India.' Check please.", "No"),
        ("Copy line: 'The Quad talks were held in Tokyo.' Check.", "Yes"),
        ("Draft: 'Pompeo gave his press conference at the State Department.' Accurate?", "Yes"),
        (
            "Our quote says information sharing is meant to address 'pressing national security"
            " challenges'. Verbatim?",
            "No",
        ),
        (
            "Draft attributes the 'two largest democracies' line to Rajnath Singh."
            " Is the attribution right?",
            "No",
        ),
        (
            "We attribute the 'two largest democracies' line to U.S. government officials. OK?",
            "Yes",
        ),
        ("We wrote that the two sides agreed on BECA; could you kindly confirm as much?", "Yes"),
        (
            "The report, as I read it, states that this was Esper's first 2+2."
            " Is that a fair reading?",
            "No",
        ),
        ("Draft: 'Foreign Minister Rajnath Singh met Esper.' Is the title right?", "No"),
    ],
)
def test_a_draft_line_put_up_is_a_claim_to_check(engine: Engine, question: str, words: str) -> None:
    """A fact-checker's wrapper ("Draft: '…'", "Quote check:", "…; confirm?") leaves the claim."""
    assert ask(engine, question).text.startswith(words)


def test_a_draft_line_the_article_cannot_check_abstains(engine: Engine) -> None:
    assert ask(engine, "Draft: 'Esper met Modi in New Delhi.' Correct?").abstained


def test_a_verbatim_check_never_passes_words_the_article_lacks(engine: Engine) -> None:
    """ "urgent" for "pressing" is the claim's sense but not the article's words."""
    assert ask(
        engine,
        "Our copy says information sharing is to address 'urgent global security challenges'."
        " Verbatim?",
    ).abstained


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Is Esper's first name Michael?", "No. Mark"),
        ("Claim: Singh's first name is Rahul. Check?", "No. Rajnath"),
        ("Esper's surname is Esper, right?", "Yes. Esper"),
        ("Was this Esper's maiden 2+2?", "No"),
        ("Is it Esper's inaugural 2+2 with India?", "No"),
        ("Was this Esper's first appearance at a 2+2?", "No"),
        ("Was this Esper's second outing at a 2+2?", "Yes"),
    ],
)
def test_a_name_or_an_occasion_put_up_gets_yes_or_no(
    engine: Engine, question: str, words: str
) -> None:
    assert ask(engine, question).text.startswith(words)


@pytest.mark.parametrize(
    "question",
    [
        "In what manner does China figure in the article?",
        "How does China feature in the story?",
        "In what way does China come up?",
    ],
)
def test_how_a_country_figures_is_its_role(engine: Engine, question: str) -> None:
    assert "threat" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "Why was the meeting held on a Monday of all days?",
        "why did the meeting happen on a monday?",
        "why monday?",
        "why on that day?",
        "why did they choose October 26?",
        "why did Esper and Singh meet in Delhi of all places?",
    ],
)
def test_why_that_day_or_place_is_not_the_reason_for_the_meeting(
    engine: Engine, question: str
) -> None:
    """The article says why they met (ahead of the 2+2), not why on that day or there."""
    answer = ask(engine, question)
    assert answer.abstained
    assert answer.reason is AbstainReason.NOT_IN_ARTICLE


def test_why_they_met_on_monday_still_gets_the_reason_for_the_meeting(engine: Engine) -> None:
    assert "2+2" in ask(engine, "why did Esper meet Singh on Monday?").text


@pytest.mark.parametrize(
    "follow_up",
    [
        "what security challenges specifically?",
        "which security challenges exactly?",
        "which global security challenges precisely?",
    ],
)
def test_which_challenges_after_why_share_is_not_given(engine: Engine, follow_up: str) -> None:
    """'Why share information?' (to address pressing global security challenges) 'What
    security challenges specifically?': the article names none."""
    answer = ask(engine, "why share information at all?", follow_up)
    assert answer.abstained
    assert "security challenges" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Which two democracies are they on about?",
        "which two countries?",
        "what are the two countries?",
        "which two sides are meant?",
        "which two nations are we talking about?",
    ],
)
def test_which_two_countries_names_the_us_and_india(engine: Engine, question: str) -> None:
    """ "Which two democracies…?": the countries the group's name stands for, not a fact
    that happens to name both."""
    text = ask(engine, question).text
    assert "United States" in text and "India" in text


def test_which_two_democracies_after_the_officials_description(engine: Engine) -> None:
    answer = ask(
        engine,
        "How did the American officials describe the US-India relationship before the 2+2?",
        "Which two democracies are they on about?",
    )
    assert "United States" in answer.text and "India" in answer.text


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Grandpa here. What is a 2+2, is it some arithmetic thing?", "foreign and defense"),
        ("what's a 2+2, some kind of maths?", "foreign and defense"),
        ("what is BECA - is it a trade deal?", "Basic Exchange"),
        ("who is Begin, is he some kind of diplomat?", "Deputy Secretary of State"),
        ("what is BECA, is it a treaty or what?", "Basic Exchange"),
    ],
)
def test_a_guess_after_a_definition_question_is_set_aside(
    engine: Engine, question: str, words: str
) -> None:
    """ "What is a 2+2, is it some arithmetic thing?": the definition answers the guess."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert words in answer.text


def test_how_many_of_those_after_a_guessed_definition(engine: Engine) -> None:
    answer = ask(
        engine,
        "What is a 2+2, is it some arithmetic thing?",
        "How many of those have the two countries held?",
    )
    assert answer.text.startswith("Three")


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("In that case, what is one purpose of the elevated strategic partnership?", "China"),
        ("in that case what is BECA?", "Basic Exchange"),
        ("If so, where did they meet?", "New Delhi"),
        ("In which case, where did they meet?", "New Delhi"),
        ("if that's the case, who met Singh?", "Esper"),
    ],
)
def test_a_lead_in_tying_the_question_to_the_last_answer_is_set_aside(
    engine: Engine, question: str, words: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert words in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Did the two sides reinforce their commitment to closer cooperation?", "Yes"),
        ("Did they commit to broader cooperation between the two militaries?", "Yes"),
        ("Did they commit to stronger cooperation between the two militaries?", "Yes"),
        ("Did esper and singh opt to continue working together?", "Yes"),
        ("Did they commit to weaker cooperation between the militaries?", "No"),
        ("Did they reinforce their commitment to looser cooperation between the militaries?", "No"),
        ("Did Esper and Singh refuse to continue working together?", "No"),
        ("Did Esper and Singh decline to continue working together?", "No"),
    ],
)
def test_a_word_going_the_article_s_way_is_no_swap(
    engine: Engine, question: str, expected: str
) -> None:
    """ "closer" for "deepening" says the same; "looser" the opposite."""
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "Did Esper and Singh hope to continue working together?",
        "Did Esper and Singh choose to continue working together?",
        "Did they commit to renewed cooperation between the militaries?",
    ],
)
def test_a_word_in_place_of_agreed_is_not_denied_unknown(engine: Engine, question: str) -> None:
    """A word the engine cannot weigh against "agreed" or "deepening" is no No."""
    assert not ask(engine, question).text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "What did Pompeo say at his press conference at the Pentagon?",
        "What did Pompeo tell reporters at the Pentagon?",
        "What did Pompeo say in his press conference at the Defense Department?",
    ],
)
def test_a_body_named_as_the_wrong_venue_is_corrected(engine: Engine, question: str) -> None:
    """The article places Pompeo's press conference at the State Department."""
    text = ask(engine, question).text
    assert text.startswith("That's not what the article says") and "State Department" in text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which forthcoming event did the meeting serve as a precursor to?", "2+2"),
        ("What did the meeting act as a prelude to?", "2+2"),
        ("Which country does Esper serve as defense secretary?", "United States"),
        ("What is the purpose of broadening the flow of information?", "security"),
        ("Why are they widening the exchange of data?", "security"),
        ("On how many occasions has Esper taken part in a 2+2 meeting?", "Two"),
        ("In how many instances has Esper attended a 2+2?", "Two"),
        ("Where does the phrase 'pressing global security challenges' originate?", "Defense"),
        ("Where does the quote 'most significant relationships' come from?", "officials"),
    ],
)
def test_an_examiner_s_words_the_article_does_not_use(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "Which country was not at the Tokyo talks, China or Japan?",
        "Which country wasn't at the Tokyo talks, Australia or China?",
        "which nation wasn't part of the quad talks: india or china",
    ],
)
def test_negated_either_or_names_the_option_the_list_leaves_out(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("China")


@pytest.mark.parametrize(
    "question",
    [
        # The article names Pompeo at the talks and says nothing of Singh there.
        "Who didn't attend the Tokyo talks, Pompeo or Singh?",
        "Which didn't Esper meet, Singh or Pompeo?",
        "Who was not in New Delhi, Esper or Singh?",
    ],
)
def test_negated_either_or_never_answers_the_option_that_holds(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("I need the name of the agreement", "Basic Exchange"),
        ("Tell me the date of the meeting", "Oct. 26"),
        ("Show me the countries at the Tokyo talks", "Australia"),
        ("Tell me the city where Esper met Singh", "New Delhi"),
    ],
)
def test_tell_me_the_and_i_need_the_ask_which(engine: Engine, question: str, words: str) -> None:
    assert words in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "Tell me the name of India's foreign minister",
        "I need the name of India's foreign minister",
        # The State Department and South Asia are no city.
        "I need the city Pompeo's press conference was in",
        "Which city was Pompeo's press conference in?",
        "In what city did Pompeo give his press conference?",
    ],
)
def test_tell_me_the_never_answers_what_the_article_lacks(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


def test_give_me_the_day_when_asks_when(engine: Engine) -> None:
    """ "the day when Esper met Singh": the clause says what is asked."""
    assert ask(engine, "Give me the day when Esper met Singh").text.startswith("On Monday")
    assert ask(engine, "Tell me the time when they met").text.startswith("On Monday")
    assert ask(engine, "I need the city where the press conference was").abstained


@pytest.mark.parametrize(
    "followup",
    [
        "Give me the budget for all that",
        "what was the cost of that?",
        "who funded that?",
        "and the timeline for that?",
    ],
)
def test_that_asked_with_words_the_article_lacks_is_not_the_last_answer(
    engine: Engine, followup: str
) -> None:
    answer = ask(engine, "List the areas of military cooperation they committed to", followup)
    assert answer.abstained


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Secure comms — what exactly did they say?", "secure communications"),
        ("logistics: what did they say?", "logistics"),
        ("Information sharing — what did they say?", "information sharing"),
        # A lead who speaks is who said it.
        ("Pompeo: what did he say?", "Pompeo said"),
    ],
)
def test_a_topic_lead_is_what_they_said_it_about(engine: Engine, question: str, words: str) -> None:
    assert words in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    ["esper been to how many", "esper has attended how many", "esper took part in how many 2+2s"],
)
def test_a_count_asked_last_is_read_as_how_many(engine: Engine, question: str) -> None:
    assert "second" in ask(engine, "whats the 2+2", question).text


@pytest.mark.parametrize(
    ("questions", "words"),
    [
        (("wat does it say abt info sharing", "y tho"), "global security"),
        (("does the dod statement mention china", "then y is china in the article"), "threat"),
        (("y is china in the article",), "threat"),
        (("esper india trip wat happend",), "Singh"),
    ],
)
def test_chat_shorthand_y_and_happend(
    engine: Engine, questions: tuple[str, ...], words: str
) -> None:
    assert words in ask(engine, *questions).text


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("The article says, does it not, that U.S.-China relations are improving?", "No"),
        ("The report states, does it not, that Esper met Singh in Mumbai?", "No"),
        ("The article says, doesn't it, that BECA was agreed?", "Yes"),
    ],
)
def test_a_tag_inside_the_article_says_is_a_claim(
    engine: Engine, question: str, words: str
) -> None:
    assert ask(engine, question).text.startswith(words)


@pytest.mark.parametrize(
    "question",
    [
        "Did they commit to strengthening mutual engagement on intelligence?",
        "Draft: areas included strengthening mutual engagement on cyber. Accurate?",
    ],
)
def test_a_listed_area_swapped_for_another_is_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "logistics" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Might you inform me in which city the meeting took place?",
        "Could you inform me in which city the meeting took place?",
        "Might you tell me where the meeting took place?",
    ],
)
def test_might_you_inform_me_asks_the_question_after_it(engine: Engine, question: str) -> None:
    assert "Delhi" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "Is Esper a former Army officer?",
        "Is Singh a retired general?",
        "Is Esper an ex-soldier?",
        "Was Esper once an army officer?",
    ],
)
def test_an_earlier_career_is_not_denied_by_the_title_then(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Did they agree to expand arms sales?",
        "Did they agree to increase arms sales?",
        "Did they reach a final agreement on exchanges and cooperation?",
        "Did they reach a formal agreement on exchanges and cooperation?",
        "Did they agree to build secure communications satellites?",
        "Did they commit to enhancing secure communications networks?",
        "Did the two men disagree on anything?",
        "Did Esper and Singh disagree about anything?",
    ],
)
def test_a_claim_the_article_leaves_open_is_no_no(engine: Engine, question: str) -> None:
    """A word the article does not have in its place adds to it, not contradicts it."""
    assert not ask(engine, question).text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "It was the Basic Exchange and Communication Agreement, right?",
        "Did the two sides fail to agree on anything?",
        "Officials called the U.S. and India the world's two oldest democracies, didn't they?",
    ],
)
def test_a_claim_the_article_words_otherwise_still_gets_no(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "Is the information sharing between the two air forces?",
        "Is information shared between the two air forces?",
        "Does the cooperation include the air force?",
        "Did they agree on air defense?",
    ],
)
def test_a_common_short_word_is_not_read_as_a_name(engine: Engine, question: str) -> None:
    """ "air" is not a slip for "the pair" (Esper and Singh)."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Did Singh thank Esper?",
        "Did Esper thank Singh?",
        "Did Singh praise Esper?",
        "Did Esper welcome Singh?",
        "Did they thank each other?",
        "Did Esper and Singh praise one another?",
    ],
)
def test_what_two_did_together_is_not_done_to_one_of_them(engine: Engine, question: str) -> None:
    assert not ask(engine, question).text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    "question",
    [
        "Did Pompeo travel with Esper?",
        "Did Esper travel with Pompeo?",
        "Did Pompeo fly with Esper?",
        "Did Esper travel to Tokyo with Pompeo?",
    ],
)
def test_being_at_the_same_talks_is_no_journey_together(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Did they express appreciation for the agreement?",
        "Did Esper praise the defense relationship?",
        "Did Esper meet Singh?",
        "Were Esper and Pompeo together at the Tokyo talks?",
    ],
)
def test_what_the_article_says_they_did_still_gets_yes(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Is it incorrect that the meeting was in New Delhi?", "No"),
        ("Is it false that Esper met Singh?", "No"),
        ("Is it untrue that the meeting was in Tokyo?", "Yes"),
        ("Is it not true that Esper met Singh?", "No"),
        ("Is it false that the statement mentions China?", "Yes"),
    ],
)
def test_a_claim_put_up_as_false_turns_the_verdict(
    engine: Engine, question: str, verdict: str
) -> None:
    assert ask(engine, question).text.startswith(verdict)


@pytest.mark.parametrize(
    "question",
    ["Did they agree to reduce defense trade?", "Did they agree to curtail defense trade?"],
)
def test_the_opposite_action_on_what_they_agreed_is_still_no(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("No")


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Were the two ministers critical of the basic agreement?", "appreciation"),
        ("Were they critical of the expansion of information sharing?", "welcomed"),
        ("Are US-China relations improving steadily?", "deteriorating"),
    ],
)
def test_critical_and_a_steady_pace_are_no(engine: Engine, question: str, words: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No") and words in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is it true that the reason for expanding information sharing is to counter terrorism?",
        "Did they expand information sharing to fight piracy?",
        "Is information sharing being expanded in order to combat terrorism?",
        "Did they expand information sharing because of climate change?",
    ],
)
def test_a_reason_the_article_never_gives_is_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "pressing global security challenges" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is the aim of the partnership to fight terrorism?",  # one of its purposes
        "Did Pompeo say free nations should work together to thwart terrorism?",
        "Did Esper meet Singh to discuss terrorism?",
    ],
)
def test_a_reason_put_where_the_article_gives_none_or_several_abstains(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            "My answer to 'Identify the reason given for widening the exchange of data' is "
            "'to counter terrorism'. Is that right?",
            "pressing global security challenges",
        ),
        (
            "my answer to 'what is the reason for expanding information sharing?' is "
            "'to fight piracy', right?",
            "pressing global security challenges",
        ),
        (
            "Q7 asks which statement best describes US–China relations. I put 'improving steadily'",
            "deteriorating",
        ),
        (
            "Q4 asks which statement best describes US-India ties. I put 'deteriorating', correct?",
            "heating up",
        ),
    ],
)
def test_an_answer_to_a_quoted_exam_question_is_checked_as_one_claim(
    engine: Engine, question: str, words: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No") and words in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "did japan describe the relationship as significant?",
        "did china call the relationship significant?",
        "Did the statement describe China as a rival?",
    ],
)
def test_a_claim_cut_before_what_it_was_named_as_is_read_whole(
    engine: Engine, question: str
) -> None:
    """Checking "did X describe Y" without "as significant" once kept the reading of the
    longer question's words, and the engine fell back on its reply to its own bug."""
    answer = ask(engine, question)
    explained = answer.explanation.notes if answer.explanation else ()
    assert "internal error" not in (*answer.notes, *explained)


def test_describe_a_thing_tells_about_it_and_describe_how_asks_how(engine: Engine) -> None:
    """'Describe the agreement' asks about the agreement, not how officials 'described' ties;
    'describe how ties are going' asks how they are going."""
    for question in ("Describe the agreement", "characterise the deal", "describe BECA"):
        assert "Basic Exchange" in ask(engine, question).text, question
    for question in (
        "Describe how US-India relations are going",
        "describe how the relationship is going",
    ):
        assert "heating up" in ask(engine, question).text, question


def test_a_speakers_line_on_a_topic_is_what_they_said(engine: Engine) -> None:
    """'Quote me the officials' line on the relationship' is what the officials said, not
    the statement that the two men praised it (nor who praised it)."""
    for question in (
        "Quote me the officials' line on the relationship",
        "what was the officials' line on the relationship?",
        "officials' take on the relationship?",
        "give me the U.S. officials' quote about the relationship",
    ):
        assert "significant" in ask(engine, question).text, question
    biden = ask(engine, "What is Joe Biden's view on the US-India partnership?")
    assert biden.abstained and "Biden" in biden.text


def test_an_event_asked_by_kind_is_never_answered_with_words_about_ties(engine: Engine) -> None:
    """'Which meeting came ahead of the 2+2?' is not the officials' description of the
    relationship (said 'prior to the 2+2 meeting'), which names no meeting."""
    for question in (
        "which meeting came ahead of the 2+2?",
        "which meeting was a precursor to the 2+2",
        "which meeting happened prior to the 2+2",
    ):
        assert "significant" not in ask(engine, question).text, question
    assert "Quadripartite" in ask(engine, "what talks did pompeo join").text


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Tokyo is in which country, per the article?", "Japan"),
        ("tokyo's in what country, going by the story?", "Japan"),
        ("whos the host country for the esper-singh meeting?", "India"),
        ("what was the host nation of the meeting?", "India"),
        ("what's the host city for the quad talks?", "Tokyo"),
        ("was japan part of the us-india 2+2 dialogue?", "No"),
        ("is australia part of the 2+2 dialogue?", "No"),
        ("what kind of countries are the US and India called?", "democracies"),
        ("Is the US-India defence relationship described as weak?", "strength"),
        ("is the defense relationship shaky?", "strength"),
        ("what kind of security challenges?", "Pressing global security challenges"),
        ("What kind of global security challenges did the statement mention?", "Pressing"),
        ("how are US-India ties changing compared to ties with China?", "deteriorating"),
        ("how do us-india relations compare with relations with china?", "heating up"),
        (
            "is the cooperation only between the militaries, or among the services as well?",
            "services",
        ),
    ],
)
def test_whyhow_paraphrases_answered(engine: Engine, question: str, words: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert words in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "is india weak?",
        "was the agreement weak?",
        "which is the host country for the 2+2?",
        "was japan among the free nations?",
        "what global security challenges does the article mean?",
        "what security challenges are they talking about?",
    ],
)
def test_whyhow_unstated_still_abstains(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("Did the statement mention China?", "did Singh?"),
        ("Did the statement mention China?", "and Singh?"),
        ("Does the DOD statement talk about China?", "Did Esper?"),
        ("Did the statement mention China?", "what about Esper?"),
        ("Was China mentioned in the statement?", "did Singh?"),
    ],
)
def test_a_new_doer_keeps_what_the_last_claim_was_about(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    # Singh is quoted on no China: his praise of the relationship is no "Yes".
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("When did Esper meet Singh?", "what about Pompeo?"),
        ("When did Esper meet Singh?", "and Pompeo?"),
        ("Where did Esper meet Singh?", "And Pompeo?"),
        ("Who is Esper?", "did he meet Singh?", "did Pompeo?"),
    ],
)
def test_a_new_person_takes_one_place_and_the_other_stays(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    # Pompeo met no Singh: the Tokyo talks are no answer.
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize(
    ("questions", "start"),
    [
        (("Who is Rajnath Singh?", "is he the foreign minister?", "and Esper?"), "No. Mark"),
        (("Who is Singh?", "Is he India's defence minister?", "what about Esper?"), "No. Mark"),
        (("Who is Esper?", "Is he American?", "And Singh?"), "No. Rajnath"),
    ],
)
def test_a_claim_about_he_is_asked_again_of_the_new_name(
    engine: Engine, questions: tuple[str, ...], start: str
) -> None:
    assert ask(engine, *questions).text.startswith(start)


@pytest.mark.parametrize(
    "question",
    [
        "Did they discuss China?",
        "Did they talk about China's Communist Party?",
        "Do they mention the threat from China?",
        "Did they hold a press conference?",
    ],
)
def test_they_are_not_the_one_person_who_did_it(engine: Engine, question: str) -> None:
    # Pompeo's remark about his own meetings is no answer for "they".
    assert ask(engine, question).abstained


def test_they_still_get_what_two_did(engine: Engine) -> None:
    assert ask(engine, "did they meet in New Delhi?").text.startswith("Yes")
    assert ask(engine, "did they agree on BECA?").text.startswith("Yes")


@pytest.mark.parametrize(
    "questions",
    [
        ("When did Singh meet Esper?", "what about Pompeo?"),
        ("When did Singh meet Esper?", "how about Pompeo?"),
        ("Where did Esper meet Singh?", "how about Pompeo?"),
        ("When did Esper and Singh meet?", "and Pompeo?"),
    ],
)
def test_a_new_person_takes_the_place_of_the_one_from_his_country(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    # Pompeo in Esper's place: when (where) he met Singh, which the article never says.
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (("When did Esper and Singh meet?", "how about Begin?"), "Recently"),
        (("Who is Esper?", "how about Pompeo?"), "Secretary Pompeo"),
        (("Where was Esper?", "how about Begin?"), "New Delhi"),
    ],
)
def test_how_about_asks_the_last_question_of_someone_else(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    answer = ask(engine, *questions)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "After the agreement was signed, who celebrated?",
        "Once BECA was signed, what did Esper do?",
        "After they signed BECA, who held a press conference?",
        "Following the signing of BECA, who praised the relationship?",
        "After the deal collapsed, what did Esper do?",
    ],
)
def test_a_time_after_an_event_the_article_denies_gets_the_correction(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert answer.text.startswith(("The article says they agreed", "That's not what"))
    assert "Esper and Singh" not in answer.text and "Pompeo" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "After the agreement was ratified by parliament, who commented?",
        "After the talks ended, who held a press conference?",
        "Who celebrated the agreement?",
    ],
)
def test_a_time_after_an_event_the_article_lacks_abstains(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("After Esper met Singh, what did they agree on?", "cooperation"),
        ("Once they reached the agreement, what did the two secretaries express?", "Appreciation"),
        ("After the meeting, who did Esper meet?", "Rajnath Singh"),
        ("Before the 2+2 meeting, how did officials describe the relationship?", "significant"),
    ],
)
def test_a_time_after_an_event_the_article_has_is_answered(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What did Esper and Singh sign?",
        "What agreement did they sign?",
        "Which agreement was signed?",
        "What was signed during the visit?",
    ],
)
def test_what_was_signed_says_the_article_has_no_signing(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("The article mentions no signing") and "BECA" in answer.text


@pytest.mark.parametrize(
    "question",
    ["Why did Pompeo skip the meeting?", "Did Pompeo miss the meeting?"],
)
def test_an_opposite_said_of_another_event_is_no_answer(engine: Engine, question: str) -> None:
    # Pompeo took part in the Tokyo talks: no meeting with Singh he could have skipped.
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Why did Singh reject the agreement?",
        "Why did Esper skip the Tokyo talks?",
        "Why did Esper skip the meeting?",
    ],
)
def test_an_opposite_said_of_the_event_asked_still_corrects(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("The article says otherwise")


@pytest.mark.parametrize(
    "question",
    [
        "Summarise what came out of the Tokyo talks",
        "summarise the outcome of the Tokyo talks",
        "give me a summary of the results of the quad talks",
        "recap what resulted from the quadripartite talks",
    ],
)
def test_summary_of_an_unstated_outcome_abstains(engine: Engine, question: str) -> None:
    # The article gives no outcome of the Tokyo talks: no summary of them stands in for one.
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "summarise what came out of the delhi meeting",
        "sum up the outcomes of the meeting between esper and singh",
    ],
)
def test_summary_of_a_stated_outcome_gives_it(engine: Engine, question: str) -> None:
    assert "Basic Exchange" in ask(engine, question).text


def test_summary_of_a_topic_is_still_a_summary(engine: Engine) -> None:
    assert "Tokyo" in ask(engine, "summarize the tokyo talks").text


@pytest.mark.parametrize("question", ["Esper's 2+2 track record?", "esper track record at 2+2s"])
def test_track_record_is_the_times_taken_part(engine: Engine, question: str) -> None:
    assert "second time" in ask(engine, question).text


@pytest.mark.parametrize(
    "question", ["is there a record of the meeting?", "what's pompeo's 2+2 track record"]
)
def test_a_record_unstated_still_abstains(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("who took part in the tokyo talks", "how many did pompeo attend"),
        ("who took part in the tokyo talks", "how many has esper attended"),
        ("what were the tokyo talks", "how many did he attend"),
        ("what is the 2+2?", "how many has pompeo been to?"),
    ],
)
def test_a_persons_count_the_article_lacks_abstains(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    # The Tokyo talks' count is of countries, and only Esper's 2+2s are counted.
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("what is the 2+2?", "how many has esper been to?"),
        ("how many 2+2s have there been", "and how many has Esper been to?"),
    ],
)
def test_esper_count_of_2plus2s_still_answered(engine: Engine, questions: tuple[str, ...]) -> None:
    assert "second time" in ask(engine, *questions).text


@pytest.mark.parametrize(
    ("first", "office", "words"),
    [
        ("Which other US official recently visited New Delhi?", "In what capacity?", "Deputy"),
        ("Who recently visited New Delhi?", "what role?", "Deputy Secretary of State"),
        ("Who did Esper meet?", "in what capacity?", "Defense Minister"),
        ("Who did Esper meet?", "what position?", "Defense Minister"),
    ],
)
def test_bare_office_followup_is_the_last_persons(
    engine: Engine, first: str, office: str, words: str
) -> None:
    answer = ask(engine, first, office)
    assert words in answer.text
    assert "partnership" not in answer.text


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("In what manner does China figure in the article?", "jointly address the threat"),
        ("What role does China play?", "jointly address the threat"),
        ("According to Pompeo, who could work together?", "how free nations could work"),
    ],
)
def test_description_quotes_what_it_says(engine: Engine, question: str, quoted: str) -> None:
    answer = ask(engine, question)
    assert any(quoted in q.text for q in answer.quotes)


@pytest.mark.parametrize(
    "followup",
    [
        "And those of each with China?",
        "and their relations with China?",
        "and their ties with china?",
        "and the relationship of each with China?",
    ],
)
def test_pair_relations_with_another_country(engine: Engine, followup: str) -> None:
    answer = ask(engine, "How are relations between the U.S. and India characterised?", followup)
    assert "deteriorating" in answer.text
    assert "heating" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Was the Esper-Singh meeting the 2+2 itself, or something preceding it?",
        "was the meeting part of the 2+2 or before it?",
        "Was the meeting with the defence minister the 2+2, or something that came before it?",
    ],
)
def test_same_or_before_asks_the_order(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Before")
    assert "ahead of the 2+2" in answer.text


def test_the_two_militaries_are_no_event_of_the_conversation(engine: Engine) -> None:
    answer = ask(
        engine,
        "Who did Esper meet?",
        "Was that meeting before or after the 2+2?",
        "What was agreed regarding communications between the two militaries?",
    )
    assert "secure communications" in answer.text


@pytest.mark.parametrize(
    ("questions", "words"),
    [
        (("whose words does the author quote to illustrate the China aspect?",), "Pompeo"),
        (("who is quoted about china?",), "Pompeo"),
        (("where did pompeo deliver his remarks?",), "State Department"),
        (("where were those comments delivered?",), "State Department"),
        (("did pompeo speak before or after his travels?",), "Before his trip"),
        (("who is pompeo?", "what did he say the discussions covered?"), "free nations"),
        (
            (
                "whose remarks does the writer cite to bring out the China dimension?",
                "where?",
                "when, in relation to his trip?",
                "what did he say the discussions had covered?",
            ),
            "free nations",
        ),
        (("and US-India ties?",), "heating up"),
        (
            (
                "Q4 'how did the two secretaries feel about the agreement?' I answered:"
                " they were unhappy with it",
            ),
            "No",
        ),
        (
            ("for 'how did the ministers react to the deal?' i put they were dismissive of it",),
            "No",
        ),
        (
            (
                "for the three areas of cooperation I put the services, secure comms and"
                " logistics. correct?",
            ),
            "Yes",
        ),
        (("are the 3 strands of military cooperation the services, comms and logistics?",), "Yes"),
    ],
)
def test_exam_followups_answered(engine: Engine, questions: tuple[str, ...], words: str) -> None:
    answer = ask(engine, *questions)
    assert not answer.abstained
    assert words in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what was delivered to india?",
        "for the pillars of military cooperation I listed training, intelligence and logistics",
    ],
)
def test_exam_followups_unstated_still_abstain(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "questions",
    [
        (
            "Tell me about the quadripartite talks.",
            "who took part?",
            "and India, who represented it?",
        ),
        ("Tell me about the quadripartite talks.", "who took part?", "what did they agree?"),
        ("who took part in the quad talks?", "what did they decide?"),
        ("where were the quad talks held?", "who was there from India?", "what did they sign?"),
        ("tell me about the tokyo meeting", "what was agreed?"),
        ("Which countries were at the quad talks?", "who is Pompeo?", "what did they decide?"),
        ("who went to Tokyo then?", "and Singh?", "what did they discuss there?"),
    ],
)
def test_a_follow_up_stays_at_the_tokyo_talks(engine: Engine, questions: tuple[str, ...]) -> None:
    # The article tells nothing of what was agreed or who came for India in Tokyo; the New
    # Delhi meeting's agreement (BECA) or the 2+2's ministers are no answer there.
    assert ask(engine, *questions).abstained


def test_a_new_person_named_leaves_the_tokyo_talks(engine: Engine) -> None:
    questions = ("Which countries were at the quad talks?", "what did Esper and Singh agree on?")
    assert "BECA" in ask(engine, *questions).text


@pytest.mark.parametrize(
    "questions",
    [
        (
            "did anyone mention china's communist party?",
            "who?",
            "what did Singh say about it?",
            "did Esper say the same in Delhi?",
        ),
        ("Who is Singh?", "did Esper say that at the meeting?"),
        ("who is Pompeo?", "did Singh say the same in New Delhi?"),
    ],
)
def test_the_same_words_with_none_said_last_abstains(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    # Not "Yes" from what Esper and Singh did say (their praise).
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize(
    "questions",
    [
        (
            "Who met Rajnath Singh?",
            "Where?",
            "what about Pompeo, was he there?",
            "and him, when did he arrive?",
            "what about Tokyo?",
            "did Singh go there too?",
        ),
        (
            "who is Pompeo?",
            "when did he arrive in Delhi?",
            "what about Tokyo?",
            "did Singh go there too?",
        ),
    ],
)
def test_there_after_what_about_a_place_is_that_place(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    # "there" is Tokyo, which the article never sends Singh to; not New Delhi.
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize(
    "questions",
    [
        (
            "What did Pompeo say?",
            "before or after his trip?",
            "where did he go on the trip?",
            "did he meet Singh?",
        ),
        ("what did Pompeo say about China?", "where?", "did he see Singh?"),
        ("who visited New Delhi recently?", "when?", "did he meet Singh?"),
    ],
)
def test_he_is_still_the_last_person_spoken_of(engine: Engine, questions: tuple[str, ...]) -> None:
    # He is Pompeo (or Begin), not Esper, whom the article has meet Singh.
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is Rajnath Singh the Indian PM?", "No. Rajnath Singh is India's Defense Minister"),
        ("is singh india's pm", "No. Rajnath Singh is India's Defense Minister"),
        ("is esper the pm", "No. Mark T. Esper is the U.S. Secretary of Defense"),
    ],
)
def test_pm_is_the_prime_minister(engine: Engine, question: str, expected: str) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_pm_after_a_number_is_a_time_of_day(engine: Engine) -> None:
    assert ask(engine, "was the meeting at 3 pm?").abstained


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Would I be correct to say that this was Esper's first 2+2 meeting?", "No."),
        ("Would it be fair to say relations between the U.S. and China are improving?", "No."),
        ("Would it be accurate to say the U.S. and India have had two such dialogues?", "No."),
        ("Would I be right in thinking the meeting was in Tokyo?", "No."),
        ("Am I right to say Begin visited New Delhi?", "Yes."),
        ("Would it be fair to say Esper met Singh in New Delhi?", "Yes."),
        ("Would it be wrong to say the meeting was in New Delhi?", "No."),
    ],
)
def test_would_it_be_fair_to_say_puts_up_a_claim(
    engine: Engine, question: str, verdict: str
) -> None:
    # "to say" is the asker's saying, not someone's speech asked about.
    assert ask(engine, question).text.startswith(verdict)


@pytest.mark.parametrize(
    "question",
    [
        "Why did Esper go to India?",
        "What was the purpose of Esper's trip?",
        "why did the two defence chiefs meet?",
        "what was the reason for the meeting?",
    ],
)
def test_a_time_is_not_given_as_the_reason(engine: Engine, question: str) -> None:
    # The article says only that the meeting came ahead of the 2+2: when, not why.
    text = ask(engine, question).text
    assert text.startswith("Ahead of the 2+2") and "the article gives no reason" in text


def test_what_the_meeting_came_ahead_of_still_answered(engine: Engine) -> None:
    text = ask(engine, "what was the meeting a prelude to?").text
    assert text.startswith("Ahead of the 2+2") and "reason" not in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did they agree to deprioritize defense trade?", "No."),
        ("Did they agree to deprioritise defence trade?", "No."),
        ("Is it true that they deprioritized defense trade enhancements?", "No."),
        ("True, false or not given: they agreed to deprioritise defence trade.", "False."),
        ("Did they agree to prioritize defense trade?", "Yes."),
    ],
)
def test_de_undoes_the_articles_verb(engine: Engine, question: str, verdict: str) -> None:
    # "deprioritize" is no slip for "prioritize": it says the opposite.
    assert ask(engine, question).text.startswith(verdict)


@pytest.mark.parametrize(
    "question",
    [
        "Did Singh criticize anything during the meeting?",
        "did they criticise anything?",
        "Did the two men condemn anything?",
        "Did Esper criticise anyone?",
    ],
)
def test_criticising_anything_is_not_confirmed_by_praise(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "True, false or not given: The meeting was held at the Indian Ministry of Defence.",
        "was the meeting held at India's defence ministry?",
        "Did they meet at the Indian Ministry of Defence?",
        "The meeting took place at India's defence ministry. True?",
    ],
)
def test_a_body_of_another_country_places_nothing(engine: Engine, question: str) -> None:
    # The article has the U.S. Department of Defense, and places the meeting only in Delhi.
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Might you tell me, with as much precision as the report permits, on which day "
            "Esper met Singh?",
            "Monday",
        ),
        (
            "Could you tell me, as precisely as the article allows, where Esper met Singh?",
            "New Delhi",
        ),
        ("Who, as far as the report tells us, met Singh?", "Esper"),
        (
            "Could you clarify whether India-China relations, in the article's telling, are "
            "warming or cooling?",
            "Cooling",
        ),
        (
            "Is it the case, as I have read, that the partnership is aimed at China?",
            "Yes",
        ),
        ("when was Esper received by the Indian defence minister?", "Monday"),
    ],
)
def test_asides_on_how_fully_asked_are_framing(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Am I correct in understanding that U.S.-India relations are described as cooling?",
        "I was told US-India ties are described as deteriorating, right?",
    ],
)
def test_claim_described_as_is_the_claim(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("No. U.S.-India relations are heating up")


@pytest.mark.parametrize(
    "question",
    [
        "who issued the statement the report relies on?",
        "which department put out the statement the article mainly draws on?",
        "who put out the defence ministry statement?",
        "who issued the Pentagon statement?",
    ],
)
def test_whose_statement_is_the_defense_department(engine: Engine, question: str) -> None:
    assert "Defense Department" in ask(engine, question).text


def test_who_issued_another_body_statement_abstains(engine: Engine) -> None:
    assert ask(engine, "who issued the State Department statement?").abstained


@pytest.mark.parametrize(
    "followup",
    ["who is that phrase attributed to?", "whose wording is that?", "whose words are those?"],
)
def test_whose_words_after_the_statement(engine: Engine, followup: str) -> None:
    answer = ask(engine, "What is the expanded information sharing meant to address?", followup)
    assert "Defense Department" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "I understand that the meeting took place in Mumbai, India's commercial capital; "
            "could you kindly confirm as much?",
            "New Delhi",
        ),
        ("were the quad talks in Osaka, the Japanese port city?", "Tokyo"),
        ("Am I right in thinking that Pompeo's trip was to South-East Asia?", "South Asia"),
        ("is the partnership meant to address the threat posed by Russia?", "China"),
    ],
)
def test_unmentioned_place_where_the_article_fixes_one(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert expected in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Is the partnership meant to address the threat posed by Washington?", "No."),
        ("Is the partnership meant to address the threat posed by the US?", "No."),
        ("is the partnership about the threat posed by india?", "No."),
        ("Is the partnership meant to address the threat posed by China?", "Yes."),
    ],
)
def test_who_poses_the_threat_is_checked_against_who_the_article_says(
    engine: Engine, question: str, verdict: str
) -> None:
    """The U.S. and India are in the sentence as partners; only China poses the threat."""
    answer = ask(engine, question)
    assert answer.text.startswith(verdict) and "posed by China" in answer.text


@pytest.mark.parametrize(
    "questions",
    [
        ("List everyone named in the article",),
        ("name every person in the story",),
        ("who are all the people mentioned?",),
        ("can you list everybody mentioned in the piece",),
        ("who met singh?", "list everyone named in the article"),
    ],
)
def test_everyone_named_lists_the_articles_people(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    text = ask(engine, *questions).text
    assert all(name in text for name in ("Esper", "Singh", "Pompeo", "Begin"))


@pytest.mark.parametrize(
    "question",
    [
        "Name all countries mentioned except the US and India",
        "apart from the US and India, which countries are named?",
        "which countries are mentioned besides India and the US?",
    ],
)
def test_countries_named_with_some_set_aside(engine: Engine, question: str) -> None:
    text = ask(engine, question).text
    assert all(c in text for c in ("China", "Japan", "Australia"))
    assert "India" not in text and "United States" not in text


@pytest.mark.parametrize(
    ("question", "left_out"),
    [
        ("excluding India, what countries are mentioned?", "India"),
        ("besides India, what countries are mentioned?", "India"),
        ("how many countries are mentioned other than China?", "China"),
    ],
)
def test_a_leading_set_aside_leaves_that_country_out(
    engine: Engine, question: str, left_out: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and left_out not in answer.text.split(":")[-1]


def test_set_aside_then_more_asked_is_not_all_countries(engine: Engine) -> None:
    # The clause after the names asks more than the article's naming: not "Five: …".
    text = ask(engine, "name all countries except India that were at the Tokyo talks").text
    assert "Five" not in text and "China" not in text


@pytest.mark.parametrize(
    "questions",
    [
        ("who met singh?", "what is the 2+2?", "how many has he been to?"),
        ("who is singh?", "what is the 2+2?", "how many has he been to?"),
        ("what is the 2+2?", "how many has he been to?"),
    ],
)
def test_he_with_no_one_person_before_gets_no_series_count(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    # "Three" counts the countries' dialogues, no one's; Singh's count is not given.
    answer = ask(engine, *questions)
    assert answer.abstained and "Three" not in answer.text


def test_he_after_esper_alone_gets_his_2plus2_count(engine: Engine) -> None:
    answer = ask(engine, "who is esper?", "what is the 2+2?", "how many has he been to?")
    assert "second time" in answer.text


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("Give me Esper's full name and job", "Secretary of Defense"),
        ("what is Esper's full name and title?", "Secretary of Defense"),
        ("Singh's title and full name", "Defense Minister"),
        ("esper's first name and job?", "Secretary of Defense"),
        ("what's singh's surname and title", "Defense Minister"),
        ("Begin's full name and title?", "Deputy Secretary of State"),
    ],
)
def test_a_name_and_a_title_asked_together_gets_both(
    engine: Engine, question: str, title: str
) -> None:
    assert title in ask(engine, question).text


def test_a_full_name_alone_is_still_only_the_name(engine: Engine) -> None:
    assert ask(engine, "what is esper's full name?").text.startswith("Mark T. Esper")
    assert "Secretary" not in ask(engine, "what is esper's full name?").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which country did not take part in the Tokyo talks, Australia or China?", "China"),
        ("Which country took part in the Tokyo talks, Australia or China?", "Australia"),
        ("which country participated in the Tokyo talks, Pakistan or Japan?", "Japan"),
        ("Who wasn't involved in the Tokyo talks, India or China?", "China"),
    ],
)
def test_taking_part_in_talks_is_no_place_asked(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_meeting_in_a_country_still_asks_where(engine: Engine) -> None:
    assert ask(engine, "was the meeting held in India or the US?").text.startswith("India")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What's deteriorating sharply?", "deteriorating"),
        ("what is heating up rapidly?", "heating up"),
    ],
)
def test_what_is_doing_something_is_no_gloss(engine: Engine, question: str, expected: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When were the Tokyo talks? rough timing is fine", "this month"),
        ("Where did Esper meet Singh? the city is enough", "New Delhi"),
        ("When did they meet? an approximate date will do", "Oct. 26"),
    ],
)
def test_a_leeway_remark_after_the_question_asks_nothing(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "Was the Esper-Singh meeting in Washington — sorry, I mean was it in India?",
        "was the meeting in Tokyo.. i mean was it in New Delhi?",
    ],
)
def test_a_corrected_question_keeps_the_first_subject_for_it(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Tell me what Pompeo said free nations should do", "thwart"),
        ("what Pompeo said free nations could do", "thwart"),
        ("tell me what the DoD statement said the two sides agreed on", "Basic Exchange"),
    ],
)
def test_what_someone_said_in_report_order_is_asked_directly(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Singh, Esper — tell me which one's Indian", "Rajnath Singh"),
        ("Esper or Singh: which of them is American?", "Mark T. Esper"),
        ("Tokyo, New Delhi — which one was the meeting in?", "New Delhi"),
    ],
)
def test_options_named_before_the_choice(engine: Engine, question: str, expected: str) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("unanswered", "echo"),
    [
        ("Did they meet Modi?", "Did they?"),
        ("Did Esper visit Agra?", "so did he?"),
        ("Was the meeting held at the Taj Mahal?", "Was it really?"),
        ("Did they sign a trade pact with Brazil?", "and did they?"),
    ],
)
def test_bare_echo_of_an_unanswered_question_abstains(
    engine: Engine, unanswered: str, echo: str
) -> None:
    """ "Did they?" after an abstention asks the same thing again, not the meeting."""
    assert ask(engine, "Who met?", unanswered).abstained
    assert ask(engine, "Who met?", unanswered, echo).abstained


@pytest.mark.parametrize(
    ("who", "roles"),
    [
        ("Who took part in the Tokyo talks?", "what are their roles?"),
        ("who was at the quad talks?", "what are their jobs?"),
        ("Which Americans went to Tokyo?", "their titles?"),
    ],
)
def test_their_roles_give_each_person_recalled(engine: Engine, who: str, roles: str) -> None:
    """The countries "their" also recalls have no title; each person's is given."""
    answer = ask(engine, who, roles)
    assert "Secretary of Defense" in answer.text and "Pompeo" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what about Australia - who came?",
        "what about Japan, who attended?",
        "What about India: who was there?",
        "what about Australia, who did they send?",
    ],
)
def test_who_came_for_an_unnamed_side_abstains(engine: Engine, question: str) -> None:
    """The article names no one from Australia, Japan or India at the Tokyo talks."""
    answer = ask(engine, "Tell me about the quadripartite talks.", "who took part?", question)
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "how much $$ is the deal",
        "how much is the deal",
        "How much was the BECA?",
        "How much is the pact, roughly?",
    ],
)
def test_how_much_straight_before_its_verb_asks_an_amount_not_a_count(
    engine: Engine, question: str
) -> None:
    """ "How much is the deal?" asks a price, which the article never gives: not "two
    militaries", a count of something else."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "What did Singh say about the agreement?",
        "What did Esper say about the deal?",
        "what did esper and singh say about the pact",
        "What has Singh said about the accord?",
    ],
)
def test_what_someone_said_about_the_agreement_is_their_appreciation(
    engine: Engine, question: str
) -> None:
    """Not "the two sides agreed on the BECA" put as their words: the statement reports
    that they expressed appreciation for it."""
    answer = ask(engine, question)
    assert "appreciation" in answer.text
    assert answer.quote is not None and "expressed appreciation" in answer.quote.text


@pytest.mark.parametrize(
    "question",
    [
        "What is deteriorating sharply?",
        "What are deteriorating sharply?",
        "What's worsening sharply?",
    ],
)
def test_what_is_doing_something_is_not_asked_as_a_gloss(engine: Engine, question: str) -> None:
    """ "What is deteriorating sharply?": what does, not what the words mean."""
    assert "U.S.-China and India-China relations" in ask(engine, question).text
    assert "relations are heating up" in ask(engine, "what's heating up rapidly").text


@pytest.mark.parametrize(
    "question",
    [
        "Singh participated in the talks in Tokyo, true or false?",
        "Did Singh participate in the talks in Tokyo?",
        "Was Singh in Tokyo for the talks?",
        "Singh took part in the talks in Tokyo, correct?",
        "True, false or not given: Singh took part in the Tokyo talks",
    ],
)
def test_talks_at_a_place_are_the_talks_held_there(engine: Engine, question: str) -> None:
    """The talks in Tokyo are the quadripartite talks, which do not say whether Singh took
    part: not "No" because his meeting with Esper was in New Delhi."""
    assert ask(engine, question).abstained
    assert ask(engine, "Did Esper take part in the talks in Tokyo?").text.startswith("Yes")
    assert ask(engine, "Did Singh meet Esper in Tokyo?").text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "Did the reinforced commitment extend to cooperation amongst the services?",
        "Does the cooperation stretch to logistics?",
        "Did their commitment extend to secure communications?",
        "Is addressing the threat posed by China meant to be undertaken jointly?",
        "Is countering China to be carried out together?",
    ],
)
def test_extending_to_and_undertaking_jointly_read_as_including_and_doing(
    engine: Engine, question: str
) -> None:
    """'Extend to' asks what the commitment included; 'undertaken jointly', done jointly."""
    assert ask(engine, question).text.startswith("Yes.")


def test_extending_to_what_the_article_never_names_still_abstains(engine: Engine) -> None:
    answer = ask(engine, "Did the commitment extend to cooperation in space?")
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "How, in a word or two, are U.S.-India relations characterised at present?",
        "How are US-India relations at present?",
        "How are U.S.-India relations described at the present time?",
    ],
)
def test_at_present_frames_the_question_as_now(engine: Engine, question: str) -> None:
    assert "heating up" in ask(engine, question).text


def test_present_at_an_event_keeps_its_word(engine: Engine) -> None:
    """'Who was present at the talks?' asks who attended, not when."""
    assert "Esper" in ask(engine, "Who was present at the talks?").text


@pytest.mark.parametrize(
    "claim",
    [
        "and we wrote 'last month' for the timing — ok?",
        "we put last month for the timing, ok?",
        "and the timing was last month, correct?",
    ],
)
def test_a_claimed_timing_of_the_tokyo_talks_is_checked(engine: Engine, claim: str) -> None:
    answer = ask(engine, "Where were the quadripartite talks?", claim)
    assert answer.text.startswith("No") and "this month" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "In which city did the quadrilateral talks take place, and which nations, apart"
        " from the United States, were party to them?",
        "In what city were the quadripartite talks convened, and which countries other"
        " than America took part in them?",
        "Where exactly were the four-country talks held earlier this month, and which"
        " nations besides the US attended?",
        "A quick one for my notes. In which city did the quadrilateral talks take place,"
        " and which nations apart from the United States were party to them?",
    ],
)
def test_a_long_two_part_question_answers_both_parts(engine: Engine, question: str) -> None:
    """The first question before ", and which…" is a part of its own, not background."""
    text = ask(engine, question).text
    assert "Tokyo" in text and "Australia" in text


@pytest.mark.parametrize(
    ("query", "verdict"),
    [
        ("aus in quad?", "Yes"),
        ("australia in the quad?", "Yes"),
        ("india in quad?", "Yes"),
        ("esper at the 2+2?", "Yes"),
        ("china in quad?", "No"),
    ],
)
def test_a_shorthand_member_of_an_event_is_checked(
    engine: Engine, query: str, verdict: str
) -> None:
    """ "aus in quad?" asks whether Australia took part, not what the Quad is."""
    assert ask(engine, query).text.startswith(verdict)


@pytest.mark.parametrize(
    "question",
    [
        "Did the report say anything regarding emerging technologies or defence trade?",
        "Does the article mention emerging technologies or defense trade?",
        "Was anything said about emerging tech or defence trade?",
        "Did the statement say something about logistics or trade?",
    ],
)
def test_a_mention_of_either_of_two_is_a_yes(engine: Engine, question: str) -> None:
    """ "Did it say anything about A or B?" asks whether it speaks of either, not which."""
    assert ask(engine, question).text.startswith("Yes")


def test_a_mention_of_either_never_picks_one_the_article_denies(engine: Engine) -> None:
    """The statement does not mention China, and Pakistan the article never names."""
    answer = ask(engine, "Does the statement mention China or Pakistan?")
    assert not answer.text.startswith("China")


@pytest.mark.parametrize(
    "question",
    [
        "Who did Pompeo say posed the threat?",
        "to whom did Pompeo attribute the threat?",
        "who did pompeo blame for the threat?",
        "who poses the threat, per Pompeo?",
    ],
)
def test_who_poses_pompeos_threat_is_the_communist_party(engine: Engine, question: str) -> None:
    """Free nations thwart the threat; China's Communist Party poses it."""
    text = ask(engine, question).text
    assert "Communist Party" in text and "Free nations" not in text


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("Draft lists the Quad as the US, Japan, India and South Korea. Is this right?", "No"),
        ("Draft lists the Quad as the US, Japan, India and China — right?", "No"),
        ("Our copy lists the Quad as the US, Japan, India and Australia. Is that correct?", "Yes"),
        ("The draft names the Indian defence minister as Rajnath Singh. Is that right?", "Yes"),
    ],
)
def test_what_a_draft_lists_a_thing_as_is_checked(
    engine: Engine, message: str, verdict: str
) -> None:
    """ "Draft lists X as Y. Right?" checks that X is Y."""
    assert ask(engine, message).text.startswith(verdict)


@pytest.mark.parametrize(
    "question",
    [
        "Is the US going to sell India fighter jets as part of this?",
        "is india planning to buy jets under the deal?",
        "do they have to pay for the agreement?",
    ],
)
def test_what_will_or_must_be_is_no_reason_claimed(engine: Engine, question: str) -> None:
    """ "going to sell" says what will happen, not why information sharing expands: the
    article says nothing of it, and no reason is denied."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("summarize the article",),
        ("who met singh?", "/summary"),
        ("who met singh?", "what does the article say?"),
    ],
)
def test_a_summary_quotes_each_sentence_once(engine: Engine, questions: tuple[str, ...]) -> None:
    """No quote of an answer is a piece of an earlier one: the opening sentence is not shown
    again as "ahead of the 2+2 Dialogue…" under it."""
    quotes = ask(engine, *questions).quotes
    assert quotes
    for at, quote in enumerate(quotes):
        for earlier in quotes[:at]:
            inside = earlier.start <= quote.start and quote.end <= earlier.end
            assert not (earlier.article == quote.article and inside)


@pytest.mark.parametrize(
    ("claim", "verdict", "fact"),
    [
        ("This was Esper's third 2+2 meeting.", "No", "second"),
        ("It was Esper's second 2+2 meeting.", "Yes", "second"),
        ("there have been 5 of these 2+2 dialogues so far", "No", "three"),
        ("There have been three 2+2 dialogues.", "Yes", "three"),
    ],
)
def test_a_claim_opened_by_this_or_there_is_checked(
    engine: Engine, claim: str, verdict: str, fact: str
) -> None:
    """A bare sentence opened by "this", "it" or "there" that names something of the article
    is a claim: confirmed or corrected, with the article's words."""
    answer = ask(engine, claim)
    assert answer.text.startswith(verdict)
    assert fact in answer.text
    assert answer.quote is not None


@pytest.mark.parametrize(
    "remark", ["This is interesting.", "That was helpful.", "It was a good meeting."]
)
def test_a_remark_opened_by_this_is_no_claim(engine: Engine, remark: str) -> None:
    """ "This is interesting" names nothing of the article: nothing is confirmed."""
    assert not ask(engine, remark).text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    "claim",
    [
        "So the DoD statement openly named China as the enemy, right?",
        "did the DoD statement name China as an adversary?",
        "The Defense Department statement named China as a rival.",
    ],
)
def test_what_was_never_mentioned_was_named_as_nothing(engine: Engine, claim: str) -> None:
    """The statement does not mention China, so it named China as no enemy, whatever word
    the claim uses for it."""
    answer = ask(engine, claim)
    assert answer.text.startswith("No")
    assert "does not explicitly mention China" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "has esper been to washington?",
        "has esper ever been to washington?",
        "has singh been to beijing?",
    ],
)
def test_ever_been_somewhere_is_not_denied_by_one_trip(engine: Engine, question: str) -> None:
    """The one trip the article gives says nothing of everywhere someone has ever been."""
    answer = ask(engine, question)
    assert answer.abstained
    assert not answer.text.startswith("No")


def test_what_did_he_do_is_an_act_not_a_title(engine: Engine) -> None:
    """ "Who is Begin?" "What did he do?": his visit; "what does he do?" is his job."""
    assert "visited New Delhi" in ask(engine, "who is begin", "what did he do").text
    assert "Deputy Secretary" in ask(engine, "who is begin", "what does he do").text


@pytest.mark.parametrize(
    "questions",
    [
        ("esper singh", "agreement name"),
        ("who met singh?", "the agreement's name"),
        ("who met singh?", "the deal's full name?"),
    ],
)
def test_a_kind_noun_before_name_names_that_thing(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "agreement name" after people: the agreement's name, not the person's."""
    assert "Basic Exchange" in ask(engine, *questions).text


@pytest.mark.parametrize(
    "questions",
    [("who is esper", "his first name?", "what's the T for"), ("who is esper", "whats the t. for")],
)
def test_what_an_initial_is_for_is_not_a_purpose(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "What's the T for?": what the initial stands for, which the article does not say."""
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize("question", ["did esper actually go to delhi?", "did esper visit delhi?"])
def test_going_somewhere_cites_the_sentence_naming_the_place(engine: Engine, question: str) -> None:
    """The meeting sentence puts Esper in New Delhi; "during the visit" names no place."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert "New Delhi" in answer.quotes[0].text


@pytest.mark.parametrize("bare", ["for what?", "and for what?"])
def test_for_what_asks_what_the_trip_was_for(engine: Engine, bare: str) -> None:
    """ "Did Esper go to Delhi?" "For what?": the occasion, not what was agreed there."""
    assert "2+2" in ask(engine, "did esper actually go to delhi?", bare).text


@pytest.mark.parametrize(
    "question",
    [
        "esper wife name",
        "what is esper's wife's name?",
        "name of singh's son",
        "singh from which state of india",
        "which state of india is singh from",
        "singh comes from what state of india",
        "begin meet who in delhi",
        "begin talk to who in delhi",
        "begin see who in new delhi",
    ],
)
def test_learner_typed_questions_the_article_cannot_answer_abstain(
    engine: Engine, question: str
) -> None:
    """Someone's family member's name, the Indian state Singh is from, and whom Begin met are
    nowhere in the article, however the question is typed: never Esper's own name, Singh's
    post, or the people Esper met."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "country"),
    [("where singh from", "India"), ("where esper from", "The United States")],
)
def test_where_someone_from_without_the_verb_is_their_country(
    engine: Engine, question: str, country: str
) -> None:
    """ "where singh from" is "where is Singh from?": his country, not where he met Esper."""
    assert ask(engine, question).text.startswith(f"{country}:")


def test_begin_typed_lower_case_before_a_bare_verb_is_the_name(engine: Engine) -> None:
    """ "begin also visit delhi yes or no": Begin's visit, cited from its own sentence."""
    answer = ask(engine, "begin also visit delhi yes or no")
    assert answer.text.startswith("Yes") and answer.quote is not None
    assert "Begin also recently visited" in answer.quote.text


@pytest.mark.parametrize(
    "question",
    [
        "what is the T in mark t esper",
        "whats the t in esper's name",
        "what t stand for in esper name",
        "what is the letter T in mark t. esper",
    ],
)
def test_a_letter_of_a_name_asked_is_the_middle_name_not_given(
    engine: Engine, question: str
) -> None:
    """The T of "Mark T. Esper" is his middle initial, whose name the article never gives:
    an abstention, never his title or his name again."""
    answer = ask(engine, question)
    assert answer.abstained and "middle name" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wht us officials say abt the relationship of 2 country", "significant"),
        ("what us officials say about the relationship", "significant"),
        ("what officials say about us india relations", "significant"),
        ("wht pompeo want free nations do together", "China"),
    ],
)
def test_a_question_typed_without_its_did_is_read_with_it(
    engine: Engine, question: str, expected: str
) -> None:
    """ "what us officials say about…" is "what did U.S. officials say about…": their words,
    not who issued the DOD statement."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "companion"),
    [
        ("pompio was in tokio with who", "Esper"),
        ("who did pompeo go to tokyo with", "Esper"),
        ("esper attended quad talks with whom", "Pompeo"),
    ],
)
def test_with_whom_one_of_several_doers_did_it_names_the_others(
    engine: Engine, question: str, companion: str
) -> None:
    """Pompeo was in Tokyo with Esper: the other doer is named, with the countries the talks
    were with; "esper met with whom" still gets Singh alone."""
    assert companion in ask(engine, question).text
    assert ask(engine, "esper met with whom").text.startswith("Rajnath Singh")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is the name of minister of india defence?", "Rajnath Singh"),
        ("name of minister of defence of india", "Rajnath Singh"),
        ("what is the name of the minister of defence of india", "Rajnath Singh"),
    ],
)
def test_a_name_asked_by_a_title_in_any_order_is_its_holders(
    engine: Engine, question: str, expected: str
) -> None:
    """ "minister of india defence" is the Defense Minister the article names: Singh."""
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    ["name of defence minister of pakistan", "what is the name of minister of china defence"],
)
def test_a_name_asked_by_another_countrys_title_abstains(engine: Engine, question: str) -> None:
    """Another country's defence minister is not Singh, whose title it shares."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("pompeo and esper both go to tokyo", "Yes"),
        ("esper go to tokyo", "Yes"),
        ("esper meet singh in delhi", "Yes"),
        ("esper meet singh in tokyo", "No"),
    ],
)
def test_a_bare_claim_typed_without_did_gets_its_verdict(
    engine: Engine, question: str, verdict: str
) -> None:
    """ "pompeo and esper both go to tokyo" is "did Pompeo and Esper both go to Tokyo?"."""
    assert ask(engine, question).text.startswith(verdict)


def test_keywords_after_a_name_and_bare_verb_are_no_claim(engine: Engine) -> None:
    """ "Begin visit destination" asks where he went, not whether he went."""
    assert "New Delhi" in ask(engine, "Begin visit destination").text
    assert not ask(engine, "Begin visit destination").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Pray tell, what manner of accord did the two gentlemen arrive upon?",
        "what accord did the two men arrive upon?",
        "What agreement did Esper and Singh arrive at?",
    ],
)
def test_an_accord_arrived_upon_is_the_one_agreed(engine: Engine, question: str) -> None:
    """ "arrive upon" is the older "arrive at": the agreement they reached."""
    assert "Basic Exchange" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "And upon whose authority is all of this reported?",
        "On whose word is this reported?",
        "upon whose authority do we have this information?",
    ],
)
def test_on_whose_authority_asks_who_reports_it(engine: Engine, question: str) -> None:
    """ "On whose authority…?" asks the source, as "according to whom" does."""
    assert "Defense Department" in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Pertaining to Mr. Begin's visit, what matters were discussed?", None),
        ("With regard to Begin's visit, what was discussed?", None),
        ("Pertaining to the meeting, where was it held?", "New Delhi"),
        ("Apropos of the agreement, what is it called?", "Basic Exchange"),
    ],
)
def test_a_formal_topic_lead_is_kept(engine: Engine, question: str, answer: str | None) -> None:
    """ "Pertaining to Begin's visit, what…?" asks about his visit, not anyone's: the article
    says nothing of what he discussed, so not Pompeo's discussions."""
    answered = ask(engine, question)
    if answer is None:
        assert answered.abstained
    else:
        assert answer in answered.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Upon which day of the week did the Secretary call upon the Minister?", "Monday"),
        ("When did Esper call on Singh?", "Monday"),
        ("Whom did Esper call upon in New Delhi?", "Rajnath Singh"),
        ("Which official had lately called upon New Delhi as well?", "Begin"),
    ],
)
def test_calling_upon_is_visiting(engine: Engine, question: str, expected: str) -> None:
    """ "call upon the Minister" pays him a visit, as "visit" asks."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("In what capacity did Mr. Begin visit New Delhi?", "Deputy Secretary of State"),
        ("In what role did Begin visit New Delhi?", "Deputy Secretary of State"),
        ("In what capacity did Esper meet Singh?", "Secretary of Defense"),
    ],
)
def test_the_capacity_of_a_visit_is_the_title(engine: Engine, question: str, expected: str) -> None:
    """ "In what capacity did Begin visit New Delhi?": the title the article gives him where
    it says he visited."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "Would you be so kind as to tell me the name of the Indian gentleman who received"
        " Secretary Esper?",
        "tell me the name of the Indian gentleman who met Secretary Esper",
        "could you tell me the name of the Indian gentleman who met Esper?",
        "Who welcomed Mr Esper to New Delhi?",
        "which minister received the American secretary on Monday?",
    ],
)
def test_whoever_received_esper_is_singh(engine: Engine, question: str) -> None:
    """Receiving or welcoming a visitor is hosting him; "tell me the name of the man
    who…" asks who he is, as "what is the name of…" does."""
    assert ask(engine, question).text.startswith("Rajnath Singh")


def test_welcoming_a_thing_stays_a_reaction(engine: Engine) -> None:
    """ "welcomed the expansion" is no visitor received."""
    answered = ask(engine, "who welcomed the expansion of information sharing?")
    assert "Esper and Singh" in answered.text


@pytest.mark.parametrize(
    "question",
    [
        "What did Esper and Singh agree to carry on doing?",
        "What did the two ministers agree to go on doing?",
        "what did they agree to keep on doing?",
    ],
)
def test_carrying_on_is_continuing(engine: Engine, question: str) -> None:
    assert "work together" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "Did the two Secretaries express any sentiment upon reaching the agreement?",
        "did they express any feelings on reaching the agreement?",
        "how did they feel after concluding the deal?",
        "how did the ministers react upon striking the accord?",
    ],
)
def test_feeling_upon_reaching_the_agreement_is_about_it(engine: Engine, question: str) -> None:
    """How they felt upon reaching it is how they felt about it: appreciation."""
    assert "appreciation" in ask(engine, question).text.lower()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("To what end, in part, has the U.S.-India strategic partnership been elevated?", "China"),
        ("Why, in part, has the partnership been elevated?", "China"),
        ("what, in large part, did they agree on?", "Basic Exchange"),
    ],
)
def test_in_part_only_hedges(engine: Engine, question: str, expected: str) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Is the Defense Department statement the source for the claim about deepening"
            " cooperation?",
            "Yes",
        ),
        ("Is the Pentagon the source behind the claim regarding information sharing?", "Yes"),
        ("Is Pompeo the source for the claim about deepening cooperation?", "No"),
    ],
)
def test_the_source_for_a_claim_about_something(
    engine: Engine, question: str, expected: str
) -> None:
    """ "the source for the claim about X" asks who the article says X comes from."""
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what's the vibe between the US and China rn according to the piece", "deteriorat"),
        ("what is the state of affairs between the US and China?", "deteriorat"),
        ("what's the vibe between the US and India?", "heating up"),
    ],
)
def test_the_mood_between_two_sides_is_their_relations(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


def test_the_mood_at_a_meeting_stays_unknown(engine: Engine) -> None:
    """Only between two sides is a mood their relations."""
    assert ask(engine, "what was the vibe at the meeting?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What, in the article, is described as 'elevated'?", "strategic partnership"),
        ("what is described as significant?", "U.S.-India relationship"),
        ("which relations are characterised as deteriorating?", "India-China"),
    ],
)
def test_what_is_described_as_one_word_is_what_is_so(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "questions",
    [
        (
            "who did the pentagon boss sit down with in delhi?",
            "what day was that?",
            "and what's his job exactly?",
        ),
        ("who did esper meet?", "where?", "what is his title?"),
        ("whom did Esper meet in New Delhi?", "on what day?", "what position does he hold?"),
    ],
)
def test_his_after_a_when_or_where_is_the_person_answered_before(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    # Singh was answered; "what day was that?" named no one, so "his" is still Singh.
    answer = ask(engine, *questions)
    assert "Minister" in answer.text
    assert "Secretary" not in answer.text


def test_his_after_a_when_is_still_the_one_answered_when_that_was_esper(engine: Engine) -> None:
    answer = ask(engine, "who met singh?", "when?", "what's his role?")
    assert "Secretary of Defense" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did Pompeo's trip include Japan?",
        "Did Pompeo's trip take him to Japan?",
        "Was Tokyo on Pompeo's trip?",
        "Did his trip include Tokyo?",
    ],
)
def test_pompeos_trip_is_not_said_to_include_tokyo(engine: Engine, question: str) -> None:
    # His trip is to South Asia; the Tokyo talks are not said to be part of it.
    answer = ask(engine, question)
    assert not answer.text.startswith("Yes")


def test_pompeos_trip_to_south_asia_is_still_yes(engine: Engine) -> None:
    assert ask(engine, "Did Pompeo's trip take him to South Asia?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Did they commit to deepening cooperation between the two governments?",
        "did they reinforce their commitment to deepening cooperation between the two ministries?",
        "Did Esper and Singh agree to deepen cooperation between their governments?",
    ],
)
def test_cooperation_between_other_bodies_is_no_bare_yes(engine: Engine, question: str) -> None:
    # The article has the cooperation between the two militaries.
    answer = ask(engine, question)
    assert not answer.text.startswith("Yes")
    assert answer.abstained or "militaries" in answer.text


def test_cooperation_between_the_militaries_is_still_yes(engine: Engine) -> None:
    question = (
        "Did they reinforce their commitment to deepening cooperation between the two militaries?"
    )
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "again",
    [
        "And Pompeo was with him?",
        "Was Pompeo with Esper?",
        "Pompeo was with him, right?",
        "did Pompeo accompany him?",
    ],
)
def test_pompeo_is_not_put_at_the_new_delhi_meeting(engine: Engine, again: str) -> None:
    # Pompeo was with Esper in Tokyo; the article does not have him at the New Delhi meeting.
    answer = ask(engine, "Who met Singh in New Delhi?", again)
    assert not answer.text.startswith("Yes")


def test_pompeo_with_esper_is_still_yes_at_the_tokyo_talks(engine: Engine) -> None:
    answer = ask(engine, "Tell me about the quad talks", "Was Pompeo with Esper?")
    assert answer.text.startswith("Yes")


@pytest.mark.parametrize("before", ["when was the 2+2?", "What is the 2+2 dialogue?"])
@pytest.mark.parametrize(
    "where", ["where was it held?", "where did it take place?", "which city hosted it?"]
)
def test_where_the_2plus2_was_is_not_the_meetings_place(
    engine: Engine, before: str, where: str
) -> None:
    # The meeting ahead of the 2+2 was in New Delhi; the article does not place the 2+2.
    assert ask(engine, before, where).abstained


def test_where_after_the_meeting_is_still_new_delhi(engine: Engine) -> None:
    answer = ask(engine, "what happened before the 2+2?", "where was it?")
    assert "New Delhi" in answer.text


@pytest.mark.parametrize("then", ["who hosted it?", "who organised it?"])
def test_it_after_the_2plus2_was_answered_is_the_2plus2(engine: Engine, then: str) -> None:
    # "it" is the 2+2 just told of, not Singh's meeting; the article names no host.
    answer = ask(engine, "Who met Singh?", "What came after the meeting?", then)
    assert answer.abstained


def test_vibe_between_two_countries_is_their_relations(engine: Engine) -> None:
    answer = ask(
        engine,
        "what's the vibe between the US and China rn according to the piece",
        "and india-china?",
        "and us-india?",
    )
    assert "heating" in answer.text
    assert "deteriorat" in ask(engine, "how's the vibe between india and china").text


@pytest.mark.parametrize(
    "then", ["like in what areas?", "like in which fields?", "such as in what areas?"]
)
def test_like_in_what_areas_gives_the_range_of_the_work(engine: Engine, then: str) -> None:
    answer = ask(engine, "what did the defence chiefs agree to keep working on together?", then)
    assert "emerging technologies" in answer.text
    assert "trade" in answer.text


@pytest.mark.parametrize(
    ("claim", "verdict", "fact"),
    [
        ("They met on the 27th of October.", "No", "Oct. 26"),
        ("He met Singh on the 25th.", "No", "Oct. 26"),
        ("The statement spoke of pressing global security challenges.", "Yes", "pressing"),
        ("it was esper who met singh.", "Yes", "Esper met"),
        ("It was Pompeo who met Singh.", "No", "Esper met"),
    ],
)
def test_a_bare_statement_with_a_person_or_an_irregular_verb_is_checked(
    engine: Engine, claim: str, verdict: str, fact: str
) -> None:
    """ "They met on…", "…spoke of…", "it was Esper who…": a sentence put to the bot, not a
    keyword query, so it is confirmed or corrected with the article's words."""
    answer = ask(engine, claim)
    assert answer.text.startswith(verdict)
    assert fact in answer.text
    assert answer.quote is not None


@pytest.mark.parametrize("remark", ["he seems nice", "they said that already"])
def test_a_remark_about_them_confirms_nothing(engine: Engine, remark: str) -> None:
    """ "he seems nice" says nothing the article could confirm."""
    assert not ask(engine, remark).text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    "remark",
    ["I think this is important.", "i think it's important", "I think that is significant."],
)
def test_the_readers_opinion_of_this_confirms_nothing(engine: Engine, remark: str) -> None:
    """ "I think this is important" is the reader's view, not a question about how the two
    chiefs felt: nothing is answered from the article."""
    assert ask(engine, remark).abstained


def test_an_opinion_that_names_the_article_is_checked(engine: Engine) -> None:
    """ "I think this was Esper's third 2+2 meeting": the claim after "I think" is checked."""
    assert ask(engine, "I think this was Esper's third 2+2 meeting.").text.startswith("No")


@pytest.mark.parametrize(
    ("claim", "verdict", "fact"),
    [
        ("Rajnath Singh represents Pakistan.", "No", "India's Defense Minister"),
        ("Singh represents Russia", "No", "India's Defense Minister"),
        ("Does Singh represent Japan?", "No", "India's Defense Minister"),
        ("Rajnath Singh represents India.", "Yes", "India's Defense Minister"),
        ("Does Esper represent the US?", "Yes", "U.S. Secretary of Defense"),
    ],
)
def test_whose_side_someone_represents_is_the_country_of_their_title(
    engine: Engine, claim: str, verdict: str, fact: str
) -> None:
    """ "Singh represents Pakistan": he is India's minister, so No, with his title."""
    answer = ask(engine, claim)
    assert answer.text.startswith(verdict)
    assert fact in answer.text


def test_who_represented_a_country_is_no_claim(engine: Engine) -> None:
    """ "Who represented Australia?" asks; it confirms nothing."""
    assert not ask(engine, "Who represented Australia?").text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    "claim",
    [
        "Rajnath Singh travelled to Washington for the talks.",
        "Singh went to Washington for the talks.",
        "Did Singh fly to Washington for the talks?",
    ],
)
def test_going_for_the_talks_to_where_none_were_held_is_corrected(
    engine: Engine, claim: str
) -> None:
    """The article holds no talks in Washington; the meeting was in New Delhi."""
    answer = ask(engine, claim)
    assert answer.text.startswith("No")
    assert "New Delhi" in answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Were the talks in Tokyo?", "Yes"),
        ("Did Esper go to Tokyo for the talks?", "Yes"),
        ("Did they meet in Tokyo?", "No"),
    ],
)
def test_talks_held_at_the_place_are_not_the_meeting(
    engine: Engine, question: str, start: str
) -> None:
    """Tokyo had talks of its own: "the talks" there are those, not the New Delhi meeting."""
    assert ask(engine, question).text.startswith(start)


def test_who_went_to_talks_held_there_is_left_open(engine: Engine) -> None:
    """ "Did Singh fly to Tokyo for the talks?": India took part; who spoke for it is unsaid."""
    assert not ask(engine, "Did Singh fly to Tokyo for the talks?").text.startswith("No")


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        (
            "Fact check for the desk: Esper met Singh on Monday, Oct. 26, in New Delhi - correct?",
            "Yes",
        ),
        ("Fact check for the copy desk: Esper met Singh in Tokyo - correct?", "No"),
        ("Sanity check for the desk: Esper met Singh in New Delhi, right?", "Yes"),
        ("Quick check for my editor: Begin visited New Delhi - right?", "Yes"),
        ("Fact check: Esper met Singh in New Delhi, is that right?", "Yes"),
    ],
)
def test_a_check_label_and_a_confirm_tag_put_up_one_claim(
    engine: Engine, message: str, verdict: str
) -> None:
    """ "Fact check for the desk: X - correct?": the label and the tag both ask for X to be
    confirmed; neither is part of the claim."""
    assert ask(engine, message).text.startswith(verdict)


@pytest.mark.parametrize(
    "question",
    [
        "what talks took place in tokyo?",
        "which talks took place in Tokyo?",
        "what meeting took place in Tokyo?",
        "which talks take place in Tokyo?",
    ],
)
def test_what_took_place_asks_for_the_event_not_a_place(engine: Engine, question: str) -> None:
    """ "took place" is an event happening: the talks are the answer, not a place."""
    assert "quadripartite" in ask(engine, question).text.lower()


@pytest.mark.parametrize(
    ("question", "option"),
    [
        ("tokyo talks: three countries or four?", "Four"),
        ("were there 3 countries or 4 at the tokyo talks?", "Four"),
        ("were the tokyo talks between three countries, or four?", "Four"),
        ("did Esper take part in two 2+2 meetings or three?", "Two"),
        ("is this Esper's second 2+2 or third?", "Second"),
        ("was this the second time or the third?", "Second"),
    ],
)
def test_a_count_offered_twice_with_one_noun_is_an_either_or(
    engine: Engine, question: str, option: str
) -> None:
    """ "three countries or four?" offers two counts of countries, not "countries" or 4."""
    assert ask(engine, question).text.startswith(option)


@pytest.mark.parametrize(
    ("questions", "option"),
    [
        (
            ("who took part in the tokyo talks?", "was Australia one of them, or Russia?"),
            "Australia",
        ),
        (
            ("tokyo talks: three countries or four?", "was Australia one of them, or Russia?"),
            "Australia",
        ),
        (("who took part in the tokyo talks?", "was japan part of them, or south korea?"), "Japan"),
        (("was Australia at the tokyo talks, or Russia?",), "Australia"),
        (("was Australia in the quad talks or Canada?",), "Australia"),
    ],
)
def test_a_country_the_article_never_names_is_the_other_option(
    engine: Engine, questions: tuple[str, ...], option: str
) -> None:
    """ "Was Australia one of them, or Russia?": the country the article lists is the
    answer; the one it never names is no reason to abstain."""
    assert ask(engine, *questions).text.startswith(option)


def test_it_is_the_event_just_named_when_options_are_weighed(engine: Engine) -> None:
    """ "What is the 2+2?" "Was Japan part of it, or China?": the Tokyo talks had Japan,
    which says nothing of the 2+2."""
    answer = ask(engine, "what is the 2+2?", "was Japan part of it, or China?")
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "Did Pompeo talk about the threat posed by Russia?",
        "did pompeo mention the threat posed by russia?",
        "Did Pompeo warn of the threat posed by Pakistan?",
        "Did Pompeo discuss the threat posed by Iran?",
    ],
)
def test_another_country_posing_the_threat_pompeo_named_gets_no(
    engine: Engine, question: str
) -> None:
    """Pompeo spoke of "the threat posed by China's Communist Party": a claim with another
    country in that place is corrected with the article's."""
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "China" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did Pompeo talk about the challenges posed by Russia?",
        "Did the statement talk about the threat posed by Russia?",
        "did Esper talk about the threat posed by Russia?",
    ],
)
def test_a_threat_slot_the_article_leaves_empty_is_no_correction(
    engine: Engine, question: str
) -> None:
    """Nothing the article says has that one posing that thing: no verdict."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "verdict", "place"),
    [
        ("Per the article, is the city Begin recently visited Tokyo?", "No", "New Delhi"),
        ("Was the city Begin visited Mumbai?", "No", "New Delhi"),
        ("According to the article, was the city Begin visited New Delhi?", "Yes", "New Delhi"),
        ("Was the city where Esper met Singh Tokyo?", "No", "New Delhi"),
        ("is the city where the quad talks took place Tokyo?", "Yes", "Tokyo"),
        ("Is the country where the quad talks took place India?", "No", "Japan"),
    ],
)
def test_the_place_a_clause_describes_is_checked_against_the_name(
    engine: Engine, question: str, verdict: str, place: str
) -> None:
    """ "Is the city Begin recently visited Tokyo?": the one city the article gives for the
    clause, against the name offered."""
    text = ask(engine, question).text
    assert text.startswith(verdict) and place in text


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("who is the source for the BECA claim?", "Defense Department"),
        ("what's the source for the claim that the two sides agreed on BECA?", "Defense"),
        ("who claims the two men praised the strength of the defence relationship?", "Defense"),
        ("who states that they agreed on BECA?", "Defense Department"),
        ("who claims the US and India are the world's two largest democracies?", "officials"),
        ("who is the source of the line about thwarting China's Communist Party?", "Pompeo"),
    ],
)
def test_the_source_of_a_claim_is_whoever_the_article_says_said_it(
    engine: Engine, question: str, source: str
) -> None:
    """ "Who is the source for the BECA claim?" asks who said it, as "who said…?" does."""
    answer = ask(engine, question)
    assert not answer.abstained and source in answer.text


@pytest.mark.parametrize(
    "follow_up",
    ["who is the source for that?", "whose statement is it based on?", "who is that sourced to?"],
)
def test_the_source_of_the_last_answer_asked_in_full(engine: Engine, follow_up: str) -> None:
    """ "What did they agree on?" "Who is the source for that?": the Pentagon's statement;
    the headline's subject is no speaker either."""
    for first in (
        "what did the two sides agree on?",
        "what does the headline say the defense chiefs committed to?",
    ):
        answer = ask(engine, first, follow_up)
        assert not answer.abstained and "Defense Department" in answer.text


def test_the_source_for_figures_the_article_gives_itself_is_not_invented(engine: Engine) -> None:
    """The article counts the 2+2 dialogues itself: no one is made its source."""
    answer = ask(
        engine, "how many 2+2 dialogues have there been?", "who's the source for those numbers?"
    )
    assert answer.abstained or "article itself" in answer.text


@pytest.mark.parametrize(
    "questions",
    [
        ("who did esper meet in new delhi?", "where was she earlier this month then?"),
        ("who is singh?", "where did he go earlier this month?"),
        ("who met esper?", "where was he earlier this month?"),
    ],
)
def test_he_is_not_given_another_persons_trip(engine: Engine, questions: tuple[str, ...]) -> None:
    """He or she is Singh, as if named: the Tokyo talks were Esper's and Pompeo's, not his."""
    assert ask(engine, *questions).abstained


def test_he_still_gets_his_own_trip(engine: Engine) -> None:
    """ "Who is Pompeo?" "Where was he earlier this month?": Tokyo, where he was."""
    assert "Tokyo" in ask(engine, "who is pompeo?", "where was he earlier this month?").text


@pytest.mark.parametrize(
    "questions",
    [
        ("who visited new delhi recently?", "when did he meet singh?"),
        ("who visited new delhi recently?", "where did he meet singh?"),
        ("who is pompeo?", "when did he meet singh?"),
    ],
)
def test_he_meeting_someone_named_is_his_own_meeting(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """He is Begin (or Pompeo): Esper's meeting with Singh gives no date or place of his."""
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("who is singh?", "did he go to tokyo?", "and where was he earlier this month?"),
        ("who is singh?", "was he in tokyo?", "where did he go earlier this month?"),
    ],
)
def test_he_outlives_an_unanswered_question_about_a_place(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """He is still Singh after "did he go to Tokyo?" went unanswered, not Tokyo's talks."""
    assert ask(engine, *questions).abstained


def test_he_outlives_it_and_keeps_his_own_trip(engine: Engine) -> None:
    """ "Who is Pompeo?" "Did he go to New Delhi?" (unsaid) "Where was he earlier this month?"."""
    questions = ("who is pompeo?", "did he go to new delhi?", "where was he earlier this month?")
    assert "Tokyo" in ask(engine, *questions).text


@pytest.mark.parametrize(
    "questions",
    [
        (
            "where did the esper-singh meeting take place?",
            "did begin also go there?",
            "what did he discuss?",
        ),
        ("where did esper meet singh?", "was pompeo there?", "what did he talk about?"),
    ],
)
def test_what_he_discussed_is_not_what_others_there_discussed(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """Esper and Singh's commitments are theirs, not Begin's or Pompeo's."""
    assert ask(engine, *questions).abstained


def test_when_he_went_there_is_his_own_date(engine: Engine) -> None:
    """ "Did Begin also go there?" (the meeting; unsaid) "When did he go?": recently."""
    questions = ("where did esper meet singh?", "did begin go there too?", "when did he go?")
    answer = ask(engine, *questions)
    assert "Recently" in answer.text and "Oct" not in answer.text


def test_what_esper_discussed_there_is_still_told(engine: Engine) -> None:
    questions = ("where did esper meet singh?", "did esper go there?", "what did he discuss?")
    assert "logistics" in ask(engine, *questions).text


@pytest.mark.parametrize(
    "question",
    ["what was discussed during pompeo's visit?", "what did pompeo discuss during his visit?"],
)
def test_discussions_on_someones_visit_are_his_own(engine: Engine, question: str) -> None:
    """Pompeo's visit: what he said its meetings included, not Esper's meeting with Singh."""
    answer = ask(engine, question)
    assert "free nations" in answer.text and "Esper met" not in answer.text


def test_discussions_on_a_visit_nobody_reports_are_unsaid(engine: Engine) -> None:
    assert ask(engine, "what was talked about on begin's trip?").abstained


@pytest.mark.parametrize("asked", ["when did they meet singh?", "where did they meet singh?"])
def test_they_from_tokyo_did_not_both_meet_singh(engine: Engine, asked: str) -> None:
    """They are Esper and Pompeo: the article has only Esper meet Singh."""
    assert ask(engine, "who took part in the tokyo talks?", asked).abstained


def test_they_both_is_not_yes_from_one_of_them(engine: Engine) -> None:
    questions = ("who took part in the tokyo talks?", "when did they meet singh?")
    assert not ask(engine, *questions, "did they both meet him?").text.startswith("Yes")


@pytest.mark.parametrize(
    "conversation",
    [
        ("Tell me about Begin's visit.", "Where did it happen?", "What was agreed?"),
        ("Who was Begin?", "Did she attend the Tokyo talks?", "What did she discuss in New Delhi?"),
        ("Who else visited New Delhi recently?", "Who did she meet?"),
        ("Tell me about the Deputy Secretary of State.", "What was agreed during the visit?"),
        ("Where did Pompeo hold his press conference?", "What did they agree?"),
        ("Where did Pompeo hold his press conference?", "Who else was there?"),
    ],
)
def test_follow_ups_about_a_side_event_do_not_borrow_the_meeting(
    engine: Engine, conversation: tuple[str, ...]
) -> None:
    """After Begin's visit or Pompeo's press conference, "what was agreed?" is asked of
    that event, not of the Esper-Singh meeting: the article says nothing of it."""
    assert ask(engine, *conversation).abstained


@pytest.mark.parametrize(
    ("conversation", "expected"),
    [
        (("Who was Begin?", "When did she visit?"), "Recently"),
        (("Tell me about the Deputy Secretary of State.", "When was the visit?"), "Recently"),
        (("Who else visited New Delhi recently?", "When did Esper meet Singh?"), "Oct. 26"),
        (("Where did Pompeo hold his press conference?", "When was it?"), "South Asia"),
    ],
)
def test_a_side_events_own_when_answers_its_follow_up(
    engine: Engine, conversation: tuple[str, ...], expected: str
) -> None:
    """ "When did she visit?" after Begin: recently, not the meeting's Monday, Oct. 26;
    naming the meeting's people asks of the meeting again."""
    answer = ask(engine, *conversation)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        (
            "A student wrote that Singh said the talks would address 'pressing global security"
            " challenges'. Is that right?",
            "Department of Defense",
        ),
        (
            "My student claims Esper said the talks would address pressing global security"
            " challenges. Correct?",
            "Department of Defense",
        ),
        (
            "Someone told me Singh said free nations could work together to thwart the threat"
            " posed by China's Communist Party. Is that right?",
            "Pompeo",
        ),
        (
            "Did Esper say free nations could work together to thwart the threat posed by China?",
            "Pompeo",
        ),
    ],
)
def test_a_wrong_attribution_is_corrected_with_the_speaker(
    engine: Engine, question: str, speaker: str
) -> None:
    """A student's claim that Singh said what the Pentagon's statement says gets a No that
    names whose words they are."""
    answer = ask(engine, question)
    assert answer.text.startswith("No") and speaker in answer.text


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("Of which country is Mr Singh the defence minister?", "India"),
        ("Of which nation was Rajnath Singh the defence minister?", "India"),
        ("Which country is Esper the secretary of defense of?", "U.S."),
        ("Of what country is Mr Esper the defence secretary?", "U.S."),
        ("Which country is Begin deputy secretary of state for?", "U.S."),
    ],
)
def test_whose_country_a_title_is_held_for_names_the_holders_country(
    engine: Engine, question: str, country: str
) -> None:
    """ "Of which country is Mr Singh the defence minister?" asks where he is from (it
    quoted "the U.S.-India defense relationship")."""
    answer = ask(engine, question)
    assert answer.text.startswith(country)
    assert answer.quote is not None


def test_whose_country_a_title_is_held_for_unsaid_abstains(engine: Engine) -> None:
    """The article never gives Pompeo's country: no guess from the Tokyo talks' list."""
    assert ask(engine, "Of which country is Pompeo the secretary of state?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "was the statement about China, or Russia?",
        "Was the statement about China or Pakistan?",
        "was the DoD statement about china or japan?",
    ],
)
def test_an_option_only_a_denial_names_is_not_chosen(engine: Engine, question: str) -> None:
    """The statement "does not explicitly mention China": that is no "China" to a choice
    (it said "China. The Defense Department statement does not explicitly mention China.")."""
    answer = ask(engine, question)
    assert answer.abstained or not answer.text.startswith("China")


def test_an_option_a_plain_fact_holds_is_still_chosen(engine: Engine) -> None:
    """Pompeo did speak of China's Communist Party."""
    assert ask(engine, "Did Pompeo talk about China or Russia?").text.startswith("China")


@pytest.mark.parametrize(
    "first",
    [
        "Was China mentioned in the Defence Department's statement?",
        "Does the DoD statement mention China?",
        "Did the statement refer to China?",
    ],
)
@pytest.mark.parametrize("then", ["then who mentioned it?", "So who did mention it?"])
def test_who_did_what_a_denial_says_was_not_done_asks_of_the_thing_denied(
    engine: Engine, first: str, then: str
) -> None:
    """The statement does not mention China; "then who mentioned it?" asks who mentioned
    China (Pompeo), and "where did he say that?" is his press conference (it abstained,
    then said New Delhi)."""
    assert "Pompeo" in ask(engine, first, then).text
    assert "State Department" in ask(engine, first, then, "where did he say that?").text


def test_who_issued_what_a_denial_is_about_is_still_the_statement_s_source(
    engine: Engine,
) -> None:
    """ "Who issued it?" is no act the denial is about: it is the statement's source."""
    answer = ask(engine, "Did the statement mention China?", "who issued it?")
    assert "Defense Department" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Pompeo spoke of the threat posed by Russia's government.",
        "Did Pompeo speak of the threat posed by Russia's government?",
        "Pompeo warned of the threat posed by Pakistan's military.",
        "Did Pompeo talk about the threat posed by Russia's regime?",
    ],
)
def test_another_country_posing_the_threat_with_its_body_named_is_corrected(
    engine: Engine, question: str
) -> None:
    """ "…posed by Russia's government": who poses it is the country, whatever of theirs
    follows; the article has China's Communist Party (it abstained: Russia unmentioned)."""
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "China" in answer.text


def test_the_country_the_article_has_posing_the_threat_is_confirmed(engine: Engine) -> None:
    answer = ask(engine, "Pompeo spoke of the threat posed by China's Communist Party.")
    assert answer.text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("The meeting was in New Delhi, not Washington.", "Yes"),
        ("The meeting was in New Delhi, not in Washington.", "Yes"),
        ("Was the meeting held in New Delhi and not in Washington?", "Yes"),
        ("The quad talks were in Tokyo, not Canberra.", "Yes"),
        ("The meeting was in Washington, not New Delhi.", "No"),
        ("Esper met Singh in Tokyo, not New Delhi.", "No"),
    ],
)
def test_a_place_put_up_against_another_is_weighed_by_the_first(
    engine: Engine, question: str, verdict: str
) -> None:
    """ "…in New Delhi, not Washington": the first place settles it; the "not" is the other
    place's (it abstained on Washington, or said Yes with the Tokyo talks' quote)."""
    answer = ask(engine, question)
    assert answer.text.startswith(verdict)
    assert answer.quote is not None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("acha, what was that quadripartite meeting?", "Tokyo"),
        ("yaar who met Singh?", "Esper"),
        ("US-China relations kaise hai?", "deteriorating"),
        ("US India relations kaise hai yaar", "heating"),
        ("Singh foreign minister hai kya?", "No"),
        ("kya Esper defence secretary hai?", "Yes"),
        ("Esper is foreign minister, na?", "No"),
        ("how many 2+2 dialogues India-US have had till date?", "Three"),
        ("how many 2+2 meetings as on date?", "Three"),
    ],
)
def test_hinglish_particles_and_indian_english_are_read_as_english(
    engine: Engine, question: str, expected: str
) -> None:
    """ "hai kya" asks whether, "kaise hai" how, "acha" and "yaar" only punctuate, "till
    date" is "so far": none is an unknown word that forces an abstention."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what Pompeo told about free nations?", "free nations"),
        ("what Pompeo said about free nations?", "free nations"),
        ("what Pompeo told about China?", "China"),
    ],
)
def test_said_or_told_about_without_did_is_what_was_said(
    engine: Engine, question: str, expected: str
) -> None:
    """ "what Pompeo told about free nations?": Indian English for "what did Pompeo say
    about free nations?", the past tense without its "did"."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("good name of the US Deputy Secretary of State?", "Begin"),
        ("what is the name of the US Deputy Secretary of State?", "Begin"),
        ("Begin's name?", "Begin"),
    ],
)
def test_a_name_asked_is_the_one_name_the_article_gives(
    engine: Engine, question: str, name: str
) -> None:
    """ "What is the name of the Deputy Secretary of State?": the name the article calls
    him by, saying it gives no fuller one; a full or first name ("his Christian name?")
    it does not give stays unanswered."""
    answer = ask(engine, question)
    assert not answer.abstained and answer.text.startswith(name)
    assert "fuller name" in answer.text
    assert ask(engine, "full name of the deputy secretary of state?").abstained
    assert ask(engine, "What is Deputy Secretary Begin's Christian name?").abstained


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("Rajnath Singh is minister of which ministry?", "Defense Minister"),
        ("Rajnath Singh is which minister?", "Defense Minister"),
        ("which minister is Rajnath Singh?", "Defense Minister"),
        ("Esper is which secretary?", "Secretary of Defense"),
    ],
)
def test_which_office_a_named_person_holds_is_his_own(
    engine: Engine, question: str, office: str
) -> None:
    """ "Rajnath Singh is which minister?": his office, not the other minister (Esper, who
    met him); "which minister did Esper meet?" still asks who."""
    answer = ask(engine, question)
    assert not answer.abstained and office in answer.text and "Esper," not in answer.text
    assert "Singh" in ask(engine, "which minister did Esper meet?").text


@pytest.mark.parametrize(
    ("message", "verdict", "word"),
    [
        ("> it was esper's first 2+2\nalso wrong?", "No", "second"),
        ("> singh is pakistan's defence minister\nlmaooo is that right", "No", "India"),
        ("> singh is pakistan's defence minister", "No", "India"),
        ("> the talks were in tokyo\n\nfr?? 👀", "Yes", "Tokyo"),
        ("> esper went to beijing\ncan you check that", "No", "New Delhi"),
    ],
)
def test_a_quoted_line_asked_about_is_a_claim_to_check(
    engine: Engine, message: str, verdict: str, word: str
) -> None:
    """A Discord reply quoting a claim and asking only whether it holds ("also wrong?",
    "is that right", nothing) checks the quoted claim."""
    text = ask(engine, message).text
    assert text.startswith(verdict) and word in text


def test_a_quoted_line_before_a_question_of_its_own_is_left_alone(engine: Engine) -> None:
    """ "> expanding information sharing\\nwho said that": the question asks, not the quote."""
    assert "Defense" in ask(engine, "> expanding information sharing\nwho said that").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wait what, they met where??", "New Delhi"),
        ("what?? they met where", "New Delhi"),
        ("wait what? when did they meet", "Oct. 26"),
        ("hold on what, singh is who?", "Defense Minister"),
        ("singh is who?", "Defense Minister"),
        ("wait what exactly did they agree on", "Basic Exchange"),
    ],
)
def test_a_what_of_surprise_is_no_question_word(
    engine: Engine, question: str, expected: str
) -> None:
    """ "wait what, they met where??" asks where; "singh is who?" asks who Singh is."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what's australia's defence minister called", None),
        ("what's the australian defence minister called", None),
        ("what's the minister of defence of australia called", None),
        ("what's india's defence minister called", "Rajnath Singh"),
        ("what is the us defense secretary called?", "Esper"),
        ("what was the deputy secretary of state called", "Begin"),
        ("what is the dialogue between the foreign and defense ministers called", "2+2"),
    ],
)
def test_what_an_office_holder_is_called_asks_his_name(
    engine: Engine, question: str, expected: str | None
) -> None:
    """ "What's Australia's defence minister called?" asks a name the article never gives (it
    said "India's Defense Minister"); India's gets Singh."""
    answer = ask(engine, question)
    if expected is None:
        assert answer.abstained
    else:
        assert expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "'worlds two largest democracies' who's that about",
        "who does 'world's two largest democracies' refer to",
        "'two largest democracies' - who is that",
        "“the world’s two largest democracies” who's that referring to",
        "the two largest democracies, who's that about?",
    ],
)
def test_who_quoted_words_stand_for_is_asked_of_the_words(engine: Engine, question: str) -> None:
    """ "'worlds two largest democracies' who's that about": the U.S. and India, not the
    officials who said it."""
    text = ask(engine, question).text
    assert "India" in text and not text.startswith("U.S. government officials")


@pytest.mark.parametrize(
    "question",
    [
        "was the esper meeting in delhi or tokyo",
        "was esper's meeting in tokyo or new delhi?",
        "was singh's meeting in delhi or tokyo",
    ],
)
def test_a_meeting_of_those_at_the_article_meeting_is_that_meeting(
    engine: Engine, question: str
) -> None:
    """ "Was the esper meeting in delhi or tokyo?": his meeting with Singh, not the Tokyo
    talks he also attended; "did esper meet in delhi or tokyo?" still has no one answer."""
    assert ask(engine, question).text.startswith("New Delhi")
    assert ask(engine, "did they meet in delhi or tokyo?").abstained


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("who what where for the esper meeting, go", ["Singh", "New Delhi"]),
        ("who where when - esper meeting", ["Singh", "New Delhi", "Oct. 26"]),
        ("where when for the quad talks pls", ["Tokyo", "Earlier this month"]),
    ],
)
def test_a_run_of_question_words_asks_each(engine: Engine, question: str, parts: list[str]) -> None:
    """ "who what where for the esper meeting, go": who and where, each answered."""
    text = ask(engine, question).text
    assert all(part in text for part in parts)


@pytest.mark.parametrize(
    "question",
    [
        "did they say how much info is being shared?",
        "how much information will they share",
        "how much cooperation was agreed",
    ],
)
def test_an_amount_of_something_uncounted_is_no_count(engine: Engine, question: str) -> None:
    """ "How much information will they share?": no count the article gives ("two
    militaries") is an amount of information; "how much countries…" still counts."""
    assert ask(engine, question).abstained
    assert "Four" in ask(engine, "how much countries were at the tokyo talks").text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("In which city they have reunited, the two ministers?", "New Delhi"),
        ("When was the reunion of Esper with Singh?", "Oct. 26"),
        ("What is the prename of minister Singh?", "Rajnath"),
        ("Where Pompeo has made the press conference before his voyage?", "State Department"),
        ("What have saluted the two secretaries of defence?", "information sharing"),
        ("How many countries were in the quadripartite reunion?", "Four"),
    ],
)
def test_false_friends_are_read_as_the_english_word_meant(
    engine: Engine, question: str, expected: str
) -> None:
    """ "reunion" is a meeting, "prename" a first name, "voyage" a trip, "saluted" welcomed."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How is called the agreement?", "Basic Exchange"),
        ("the agreement, how it is called?", "Basic Exchange"),
        ("How is called the agreement that the two sides have agreed?", "Basic Exchange"),
        ("how is called the minister of defense of india?", "Singh"),
        ("How is called the US secretary of defense?", "Esper"),
        ("how many areas of cooperation were named?", "Three"),
    ],
)
def test_how_is_called_asks_the_name(engine: Engine, question: str, expected: str) -> None:
    """A calque of "¿cómo se llama?": the name, never the manner of calling."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "who is the minister of defence of USA in the article?",
        "who was the defence minister of the united states?",
        "the minister of defence of america, how he is called?",
    ],
)
def test_an_office_of_one_country_is_not_held_by_anothers_minister(
    engine: Engine, question: str
) -> None:
    """Singh is India's Defense Minister: never the answer for the U.S. one."""
    assert "Singh" not in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What praised the two men in the reunion?", "strength"),
        ("what welcomed the two sides?", "information sharing"),
        ("and what welcomed both men?", "information sharing"),
        ("what praised the defence ministers?", "strength"),
    ],
)
def test_the_doers_after_their_verb_are_still_the_doers(
    engine: Engine, question: str, expected: str
) -> None:
    """ "What praised the two men?" in a Romance word order asks what they praised."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("first", "then", "verdict"),
    [
        ("who is Begin?", "he has met Singh also?", None),
        ("who is Pompeo?", "he has met Singh?", None),
        ("who is Esper?", "he has met Singh?", "Yes"),
        ("who is Esper?", "he has participated in a 2+2 before?", "Yes"),
    ],
)
def test_a_pronoun_subject_before_its_auxiliary_is_the_one_talked_about(
    engine: Engine, first: str, then: str, verdict: str | None
) -> None:
    """ "He has met Singh also?" about Begin is whether Begin did, never Esper's meeting."""
    answer = ask(engine, first, then)
    if verdict is None:
        assert answer.abstained
    else:
        assert answer.text.startswith(verdict)


@pytest.mark.parametrize("question", ["Begin has met Singh?", "Begin has met Esper also?"])
def test_begin_before_a_perfect_tense_is_the_name(engine: Engine, question: str) -> None:
    """ "Begin has met Singh?": Begin, not the verb; the article has no such meeting."""
    assert ask(engine, question).abstained


def test_which_charge_has_he_asks_his_post(engine: Engine) -> None:
    """ "cargo", "charge": the office of the one just named."""
    answer = ask(engine, "Who has met Esper in New Delhi?", "and which charge has he?")
    assert "Defense Minister" in answer.text


def test_in_charge_of_keeps_its_meaning(engine: Engine) -> None:
    """ "in charge of" is no office asked: nothing the article says answers it."""
    assert ask(engine, "who was in charge of the statement?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "what is a defence minister",
        "what's a democracy",
        "what's a defense secretary?",
        "what is a foreign minister",
    ],
)
def test_a_general_word_after_a_is_not_defined_by_the_article(
    engine: Engine, question: str
) -> None:
    """ "What is a defence minister?" asks what any such office is: the article never says."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is a 2+2", "foreign and defense ministers"),
        ("what's a BECA", "Basic Exchange and Cooperation Agreement"),
        ("what is a quadripartite talk", "Tokyo"),
    ],
)
def test_the_article_s_own_things_after_a_are_still_described(
    engine: Engine, question: str, expected: str
) -> None:
    """ "What is a 2+2?": the article's own dialogue, which it describes."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "how much more information?",
        "how much extra intel will they swap",
        "how much more cooperation",
    ],
)
def test_how_much_more_of_an_uncounted_thing_is_not_a_count(engine: Engine, question: str) -> None:
    """ "How much more information?": no amount is given ("two militaries" is no answer)."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("sorry, who was the indian guy again?", "Singh"),
        ("oops - who was the Indian official again?", "Singh"),
        ("ok sorry, where did they meet again?", "Delhi"),
        ("my bad, who did Esper meet?", "Singh"),
    ],
)
def test_an_apology_before_a_question_is_no_part_of_it(
    engine: Engine, question: str, expected: str
) -> None:
    """ "sorry, who was the Indian guy again?" is read as "who was the Indian guy again?"."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    "conversation",
    [
        ("Who went to Tokyo?", "And in Tokyo, what did they agree?"),
        ("Who went to Tokyo?", "so in Tokyo, what was agreed?"),
        ("Tell me about the quad talks", "and at the Tokyo talks, what did they discuss?"),
    ],
)
def test_a_setting_led_by_and_is_asked_of_that_setting(
    engine: Engine, conversation: tuple[str, ...]
) -> None:
    """ "And in Tokyo, what did they agree?" asks what was agreed in Tokyo, which the
    article does not say: no gloss of Tokyo as an answer."""
    assert ask(engine, *conversation).abstained


def test_an_unanswered_question_about_the_same_setting_keeps_its_event(engine: Engine) -> None:
    """ "What did they agree in Tokyo?" (unsaid) "China wasn't part of it, was it?": it is
    still the Tokyo talks."""
    answer = ask(
        engine,
        "Wasn't Esper in Japan recently?",
        "What did they agree in Tokyo?",
        "China wasn't part of it, was it?",
    )
    assert not answer.abstained and "not" in answer.text and "Tokyo" in answer.text


@pytest.mark.parametrize(
    "follow_up",
    ["and india and china too?", "what about India and China?", "and the US and China?"],
)
def test_a_pair_asked_after_a_pair_takes_its_place_whole(engine: Engine, follow_up: str) -> None:
    """ "So the US and India are getting closer?" (Yes) "And India and China too?": No,
    their relations are deteriorating; not the Yes about "China" alone."""
    answer = ask(engine, "so the US and india are getting closer?", follow_up)
    assert answer.text.startswith("No") and "deteriorat" in answer.text


@pytest.mark.parametrize(
    "conversation",
    [
        (
            "Who did Begin meet in New Delhi?",
            "What was his title?",
            "And Esper's?",
            "Did they travel together?",
        ),
        ("Who is Esper?", "Did they go together?"),
        ("Who is Begin?", "Who is Esper?", "Were they there together?"),
    ],
)
def test_together_said_of_one_person_is_not_confirmed(
    engine: Engine, conversation: tuple[str, ...]
) -> None:
    """ "Did they travel together?" read of Esper alone: his visit says nothing of company,
    so no Yes from it."""
    assert ask(engine, *conversation).abstained


@pytest.mark.parametrize(
    "conversation",
    [
        ("Tell me about Pompeo", "What did he praise?"),
        ("Who is Begin?", "What did she praise?"),
        ("Who is Pompeo?", "What did he welcome?"),
    ],
)
def test_what_a_pronoun_did_is_not_what_others_did(
    engine: Engine, conversation: tuple[str, ...]
) -> None:
    """ "Tell me about Pompeo." "What did he praise?": the praise is Esper and Singh's, so
    not Pompeo's remark given as his praise, as "what did Pompeo praise?" is not."""
    assert ask(engine, *conversation).abstained


@pytest.mark.parametrize("follow_up", ["and the indian one?", "and the Indian minister?"])
def test_the_one_of_a_country_is_its_person_in_a_follow_up(engine: Engine, follow_up: str) -> None:
    """ "What did Esper say about China?" "And the Indian one?": asked of Singh, of whom the
    article reports nothing on China; not "what did Esper say about India?"."""
    assert ask(engine, "what did esper say about china?", follow_up).abstained


def test_the_one_of_a_country_takes_the_persons_place(engine: Engine) -> None:
    """ "What did Esper praise?" "And the Indian one?": what Singh praised, with Esper."""
    answer = ask(engine, "what did esper praise?", "and the indian one?")
    assert "strength" in answer.text


@pytest.mark.parametrize(
    "conversation",
    [
        ("Who visited New Delhi recently?", "Where was he on Monday?"),
        ("Where was Begin on Monday?",),
        ("Where was Pompeo on Monday?",),
    ],
)
def test_a_day_asked_of_an_undated_event_is_not_answered_from_it(
    engine: Engine, conversation: tuple[str, ...]
) -> None:
    """ "Where was Begin on Monday?": his visit is only "recent"; Monday is Esper's
    meeting, so New Delhi would be a guess."""
    assert ask(engine, *conversation).abstained


def test_a_day_asked_of_the_dated_meeting_is_answered(engine: Engine) -> None:
    assert "Delhi" in ask(engine, "Where was Esper on Monday?").text


@pytest.mark.parametrize(
    "question", ["there've been five of these dialogues total?", "they've had four dialogues?"]
)
def test_a_count_claim_with_ve_is_checked(engine: Engine, question: str) -> None:
    """ "There've been five of these dialogues?": No, three, as with "there have been"."""
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "three" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who met uh no wait where did they meet", "New Delhi"),
        ("who met singh uh no scratch that where was the meeting", "New Delhi"),
        ("when was the um actually what was the agreement called", "Basic Exchange"),
        ("where did they meet uh no sorry when did they meet", "Oct. 26"),
    ],
)
def test_spoken_restart_keeps_the_question_finally_asked(
    engine: Engine, question: str, expected: str
) -> None:
    """A voice transcript's restart ("…uh no wait…", "…um actually…") asks only what follows."""
    assert expected in ask(engine, question).text


def test_typed_self_correction_is_no_spoken_restart(engine: Engine) -> None:
    """ "— sorry, I mean was it in India?" is typed: "it" keeps the meeting it stands for."""
    question = "Was the Esper-Singh meeting in Washington — sorry, I mean was it in India?"
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert "BECA" not in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what did pom pay oh say about china", "Pompeo"),
        ("who took part in the quad repartee talks", "Pompeo"),
        ("where were the quad repartee talks", "Tokyo"),
        ("which country does raj nath represent", "India"),
        ("whats the too plus too dialogue", "foreign and defense ministers"),
    ],
)
def test_names_heard_as_pieces_are_joined_by_sound(
    engine: Engine, question: str, expected: str
) -> None:
    """A name the transcriber split into sound-alike words is the alias it sounds like."""
    assert expected in ask(engine, question).text


def test_joining_by_sound_leaves_ordinary_words(engine: Engine) -> None:
    """ "minister say" is no "ministers", "China's" no "chinese", "new deal" no name."""
    from bot.engine.spoken import spoken_read

    sounds = engine.index.alias_sounds
    for text in (
        "What did Japan's foreign minister say in Tokyo?",
        "What did China's foreign ministry say?",
        "Which services will train under the new deal?",
        "Is India a US ally?",
    ):
        assert spoken_read(text, sounds) == text


def test_filler_like_goes_but_like_meaning_such_as_stays(engine: Engine) -> None:
    """ "talk about like cooperation" holds the floor; ", like which data" asks an example."""
    from bot.engine.spoken import spoken_read

    sounds = engine.index.alias_sounds
    assert spoken_read("did they talk about like cooperation", sounds) == (
        "did they talk about cooperation"
    )
    text = "what does that deal let them share, like which data"
    assert spoken_read(text, sounds) == text
    answer = ask(engine, "uh did they talk about like cooperation among the services")
    assert answer.text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("october twenty sixth what happened", "Singh"),
        ("did they meet on october twenty seventh", "No"),
        ("was the meeting on october twenty sixth", "Yes"),
        ("what was that line about the twenty first century", "most significant"),
    ],
)
def test_numbers_said_in_words_read_as_digits(engine: Engine, question: str, expected: str) -> None:
    """ "october twenty sixth" is October 26; "twenty first century" the 21st."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who exactly is singh", "Defense Minister"),
        ("uh so who exactly is raj nath sing like whats his job", "Defense Minister"),
        ("what exactly is beca", "Basic Exchange"),
        ("who precisely was pompeo", "Pompeo"),
    ],
)
def test_exactly_after_who_or_what_keeps_the_identity_question(
    engine: Engine, question: str, expected: str
) -> None:
    """ "who exactly is Singh?" asks who Singh is, never who met him."""
    answer = ask(engine, question)
    assert expected in answer.text
    assert "Esper, the U.S." not in answer.text


def test_when_exactly_still_asks_for_the_exact_date(engine: Engine) -> None:
    """ "When exactly did Begin visit?": the article says only "recently"."""
    assert ask(engine, "When exactly did Begin visit New Delhi?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "is china the bad guy",
        "are the chinese the baddies?",
        "Is China the villain here?",
        "is china the enemy",
    ],
)
def test_a_party_called_the_bad_guy_is_answered_as_a_threat(engine: Engine, question: str) -> None:
    """ "Is China the bad guy?": what the article says of the threat China poses, never
    the relations' trend ("Yes. relations are deteriorating") nor a flat yes."""
    text = ask(engine, question).text
    assert "threat posed by China" in text
    assert not text.startswith("Yes")


def test_agreeing_china_is_the_villain_stays_unanswered(engine: Engine) -> None:
    """ "Don't you agree China is the real villain?": a premise the bot does not take up."""
    assert ask(engine, "Don't you agree China is the real villain here?").abstained


@pytest.mark.parametrize("question", ["are they against china", "are they against china?"])
def test_a_stance_against_china_is_not_denied_by_the_statement_s_silence(
    engine: Engine, question: str
) -> None:
    """ "Are they against China?": not "No, the statement does not mention China"; the
    article says the partnership means to address the threat posed by China."""
    text = ask(engine, question).text
    assert not text.startswith("No")
    assert "threat posed by China" in text


def test_whether_it_mentions_china_still_gets_the_statement_s_no(engine: Engine) -> None:
    """ "Did it mention China?": the statement does not, explicitly."""
    assert ask(engine, "did it mention china?").text.startswith("No")


@pytest.mark.parametrize(
    "question",
    ["who goes to a 2+2", "who went to the 2+2?", "who will go to the 2+2 dialogue"],
)
def test_going_to_an_event_is_taking_part_in_it(engine: Engine, question: str) -> None:
    """ "Who goes to a 2+2?": its foreign and defense ministers, not Esper's trip."""
    assert "foreign and defense ministers" in ask(engine, question).text


@pytest.mark.parametrize("other", ["and the other one?", "the other one?", "and the other?"])
def test_the_other_one_after_one_of_two_people_is_the_other_person(
    engine: Engine, other: str
) -> None:
    """ "Which one is from America?" (Esper) "And the other one?": Singh, not Esper's title."""
    answer = ask(
        engine, "who are the defence chiefs in the story?", "which one is from america", other
    )
    assert "Singh" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who/what/when/where in one line pls", ["Esper", "Singh", "Oct. 26", "New Delhi"]),
        ("who, when, where - quick pls", ["Esper", "Singh", "Oct. 26", "New Delhi"]),
        ("who and where?", ["Esper", "Singh", "New Delhi"]),
        ("when and where", ["Oct. 26", "New Delhi"]),
        ("where & when?", ["Oct. 26", "New Delhi"]),
    ],
)
def test_a_bare_list_of_question_words_asks_the_main_event(
    engine: Engine, question: str, expected: list[str]
) -> None:
    """ "who/when/where, one line" asked first: the basics of the Esper-Singh meeting."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert all(part in answer.text for part in expected)


def test_a_bare_list_of_question_words_follows_the_conversation(engine: Engine) -> None:
    """ "when and where?" after the Tokyo talks is asked of them, not of the meeting."""
    answer = ask(engine, "who took part in the tokyo talks?", "when and where?")
    assert "Oct. 26" not in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("'two largest democracies' - whose words?", "officials"),
        ("“pressing global security challenges” — whose words are those?", "Defense Department"),
        ("whose phrase is 'pressing global security challenges'?", "Defense Department"),
        ("whose words were: 'thwart the threat posed by China's Communist Party'?", "Pompeo"),
    ],
)
def test_whose_words_asks_who_said_the_quoted_words(
    engine: Engine, question: str, expected: str
) -> None:
    """ "'X' - whose words?": who said them, not who they are about (the U.S. and India)."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in " ".join(answer.text.split()[:4])  # who said them leads the answer


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("India's foreign minister?", None),
        ("and India's foreign minister?", None),
        ("Japan's foreign minister?", None),
        ("India's defense minister?", "Rajnath Singh"),
        ("and the US defense secretary?", "Mark T. Esper"),
    ],
)
def test_an_office_asked_alone_asks_who_holds_it(
    engine: Engine, question: str, holder: str | None
) -> None:
    """ "India's foreign minister?": who holds it, which the article never says; not the
    2+2's "foreign and defense ministers"."""
    answer = ask(engine, question)
    if holder is None:
        assert answer.abstained
    else:
        assert answer.text.startswith(holder)


@pytest.mark.parametrize(
    "questions",
    [
        ("Singh's party?",),
        ("Rajnath Singh's political party?",),
        ("Pompeo's party?",),
        ("Singh first name", "party?"),
        ("who is Pompeo?", "political affiliation?"),
    ],
)
def test_a_persons_party_is_not_in_the_article(engine: Engine, questions: tuple[str, ...]) -> None:
    """A person's political party: never China's Communist Party nor the BECA."""
    assert ask(engine, *questions).abstained


def test_party_after_pompeos_china_remark_stays_the_communist_party(engine: Engine) -> None:
    answer = ask(engine, "what did Pompeo say about China?", "party?")
    assert "Communist Party" in answer.text


@pytest.mark.parametrize(
    ("follow_up", "second"),
    [
        ("Esper's count?", True),
        ("how many for Esper?", True),
        ("and for Esper?", True),
        ("Singh's count?", False),
    ],
)
def test_a_persons_count_after_a_count_of_dialogues_is_theirs(
    engine: Engine, follow_up: str, second: bool
) -> None:
    """ "How many 2+2s so far?" (three) "Esper's count?": his second; Singh's is unsaid."""
    answer = ask(engine, "how many dialogues have there been?", follow_up)
    if second:
        assert "second time Esper" in answer.text
    else:
        assert answer.abstained


@pytest.mark.parametrize(
    "question", ["exec summary pls", "executive summary", "give me the exec summary"]
)
def test_an_executive_summary_is_the_articles_summary(engine: Engine, question: str) -> None:
    """ "exec" says what kind of summary, not a word the article lacks."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert "Esper" in answer.text and answer.quote is not None


def test_the_executive_branch_is_still_not_summarised(engine: Engine) -> None:
    assert ask(engine, "summary of the executive branch").abstained


@pytest.mark.parametrize(
    "question",
    [
        "To what was the meeting a prelude?",
        "To what was the meeting a precursor?",
        "For what was the Delhi meeting a warm-up?",
        "To what event was the meeting a prelude?",
    ],
)
def test_to_what_was_the_meeting_a_prelude_is_the_2plus2(engine: Engine, question: str) -> None:
    """The fronted "to what" asks what "what was it a prelude to?" does."""
    assert "2+2 Dialogue" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "Prior to which meeting did officials describe the relationship so glowingly?",
        "Before which meeting did officials speak so highly of the relationship?",
        "When did officials describe the relationship in such glowing terms?",
    ],
)
def test_how_warmly_officials_spoke_asks_nothing_more(engine: Engine, question: str) -> None:
    """ "So glowingly" points back at the words the reader has: before the 2+2."""
    assert "2+2 meeting" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "Whom is the US-India partnership meant to counter, according to the writer?",
        "Who is the partnership meant to counter?",
        "Who is the partnership directed against?",
        "And whom is it meant to counter?",
    ],
)
def test_who_the_partnership_is_meant_to_counter_is_china(engine: Engine, question: str) -> None:
    """What the partnership is against is the threat posed by China, asked with "who"."""
    assert "China" in ask(engine, question).text


def test_who_someone_is_meant_to_meet_stays_a_who(engine: Engine) -> None:
    assert ask(engine, "Who is Esper meant to meet?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Of what nature was the agreement at which the two sides arrived?",
        "What was the agreement at which the two sides arrived?",
        "Name the accord upon which the two ministers settled.",
        "What is the agreement to which both sides agreed?",
        "Of what character was the agreement reached?",
    ],
)
def test_the_agreement_at_which_they_arrived_is_beca(engine: Engine, question: str) -> None:
    """ "At which they arrived" is "they arrived at"; "of what nature" is "of what kind"."""
    assert "Basic Exchange and Cooperation Agreement" in ask(engine, question).text


def test_of_what_nature_were_the_challenges(engine: Engine) -> None:
    assert "global security" in ask(engine, "Of what nature were the challenges?").text


@pytest.mark.parametrize(
    "question",
    [
        "Might I enquire upon whose authority the account of this meeting rests?",
        "On whose authority does the account of the meeting rest?",
        "Upon whose word is the report based?",
        "Might I ask on whose authority the report rests?",
    ],
)
def test_whose_authority_the_account_rests_on_is_the_pentagon(
    engine: Engine, question: str
) -> None:
    assert "U.S. Defense Department" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "Might I enquire what matters of co-operation the gentlemen discussed?",
        "May I inquire who met Singh?",
        "Might I enquire as to where the meeting took place?",
        "I would like to enquire when they met.",
    ],
)
def test_might_i_enquire_is_only_how_it_is_asked(engine: Engine, question: str) -> None:
    assert not ask(engine, question).abstained


@pytest.mark.parametrize(
    "again", ["sorry, what?", "come again?", "pardon?", "huh?", "can you repeat that?", "what?"]
)
def test_a_request_to_repeat_gets_the_last_answer_again(engine: Engine, again: str) -> None:
    """ "Who did Esper meet?" "sorry, what?": Singh again, never a new topic (Tokyo)."""
    answer = ask(engine, "Who did Esper meet?", again)
    assert "Singh" in answer.text and "Tokyo" not in answer.text
    assert "Delhi" in ask(engine, "Where did Esper meet Singh?", again, "huh?").text


@pytest.mark.parametrize(
    "opening",
    [
        "Tell me about the press conference.",
        "summarise the press conference",
        "Tell me about Pompeo's news conference",
        "what about the press briefing?",
    ],
)
def test_the_press_conference_is_pompeos_not_the_meeting(engine: Engine, opening: str) -> None:
    """ "Tell me about the press conference.": Pompeo's remarks at the State Department,
    and "Where was it held?" after it the State Department, not New Delhi."""
    answer = ask(engine, opening)
    assert "press conference" in answer.quotes[0].text and "Singh" not in answer.text
    assert "State Department" in ask(engine, opening, "Where was it held?").text
    assert ask(engine, opening, "What did they agree?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "what's the news here",
        "sorry cat on keyboard lol. what's the news here",
        "oops. what's the story?",
        "so what's the story then",
    ],
)
def test_whats_the_news_here_gets_the_summary(engine: Engine, question: str) -> None:
    """ "what's the news here": the whole article in short, not an off-topic abstention."""
    answer = ask(engine, question)
    assert not answer.abstained and "Esper" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what's the partnership called",
        "what is this partnership called?",
        "so what's the partnership named",
    ],
)
def test_the_name_of_the_partnership_is_asked(engine: Engine, question: str) -> None:
    """ "what's the partnership called": a common word before "called" is the thing named."""
    assert "strategic partnership" in ask(engine, question).text


@pytest.mark.parametrize(
    "conversation",
    [
        (
            "Tell me about Esper.",
            "And about Singh?",
            "And the other American who visited New Delhi?",
        ),
        ("Tell me about Esper.", "what about the other US official who went to Delhi?"),
        ("who did Esper meet?", "and the other guy that visited India?"),
    ],
)
def test_the_other_one_who_did_something_is_who_did_it(
    engine: Engine, conversation: tuple[str, ...]
) -> None:
    """ "And the other American who visited New Delhi?": Begin, never "India"."""
    assert "Begin" in ask(engine, *conversation).text


@pytest.mark.parametrize("followup", ["and Tokyo?", "what about Tokyo?", "how about tokyo"])
def test_another_place_for_the_same_person_is_their_event_there(
    engine: Engine, followup: str
) -> None:
    """ "Where did Esper meet Singh?" "And Tokyo?": not there, but Esper and Pompeo were at
    the quadripartite talks in Tokyo, and "who else was there?" is asked of those."""
    answer = ask(engine, "where did Esper meet Singh", followup)
    assert answer.text.startswith("No.") and "quadripartite" in answer.text
    besides = "who else was there besides Esper?"
    assert "Pompeo" in ask(engine, "where did Esper meet Singh", followup, besides).text


def test_another_place_nobody_was_at_is_only_no(engine: Engine) -> None:
    """ "Where did Begin go?" "And Tokyo?": Begin was never in Tokyo; no Tokyo event added."""
    answer = ask(engine, "where did Begin go?", "and Tokyo?")
    assert "quadripartite" not in answer.text


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("titles pls. Esper first", "Secretary of Defense"),
        ("titles please, Singh first", "Defense Minister"),
        ("roles, starting with Pompeo", "Pompeo"),
    ],
)
def test_an_order_asked_names_who_is_asked_about(engine: Engine, question: str, title: str) -> None:
    """ "titles pls. Esper first": Esper's title, the order set aside."""
    assert title in ask(engine, question).text


def test_which_came_first_keeps_its_first(engine: Engine) -> None:
    """ "which came first, Tokyo or the meeting?": "first" is asked, not an order."""
    assert "Then:" in ask(engine, "which came first, Tokyo or the meeting?").text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("the statement speaks also of logistic?", "Yes"),
        ("The cooperation includes emergent technologies?", "Yes"),
        ("the statement talks about logistics?", "Yes"),
        ("the statement also speaks of secure communications?", "Yes"),
        ("the statement mentions china?", "No"),
    ],
)
def test_a_text_said_to_take_something_in_is_checked_yes_or_no(
    engine: Engine, question: str, verdict: str
) -> None:
    """ "the statement speaks also of logistic?": a claim to check, answered Yes or No."""
    assert ask(engine, question).text.startswith(verdict)


def test_a_text_said_to_take_in_what_the_article_lacks_abstains(engine: Engine) -> None:
    """ "the article talks about pakistan?": nothing to quote, so no Yes."""
    assert ask(engine, "the article talks about pakistan?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "the cooperation between the services (army, navy...) is mentioned?",
        "is cooperation among the services (army, navy, air force etc) mentioned?",
        "did they talk about logistics (supplies etc.)?",
        "does the statement mention the services (e.g. the army)?",
    ],
)
def test_bracketed_examples_do_not_hide_what_is_asked(engine: Engine, question: str) -> None:
    """ "(army, navy...)" only illustrates "the services": asked about those, Yes."""
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "conversation",
    [
        ("what happened", "Let me put it better: what was agreed at the meeting in New Delhi?"),
        ("to rephrase, what did they agree in delhi?",),
        ("let me try again. what was agreed at the meeting?",),
        ("who met singh?", "in other words, what did they agree on?"),
    ],
)
def test_a_rephrasing_lead_goes_before_the_question(
    engine: Engine, conversation: tuple[str, ...]
) -> None:
    """ "Let me put it better: what was agreed?": the lead says only that the question is
    asked again, so the question after it is answered."""
    assert "Basic Exchange and Cooperation Agreement" in ask(engine, *conversation).text


@pytest.mark.parametrize(
    "question",
    [
        "Did they say they liked the agreement?",
        "did they say they were pleased with the agreement?",
        "did they say that they appreciated the deal?",
        "did Esper say he liked the agreement?",
    ],
)
def test_what_speakers_said_of_themselves_is_their_stance(engine: Engine, question: str) -> None:
    """ "Did they say they liked the agreement?": asked as "did they like it?", so the
    appreciation they expressed answers, not the agreeing on it."""
    assert "appreciation" in ask(engine, question).text


def test_a_pronoun_not_the_speaker_keeps_the_saying() -> None:
    """ "did Pompeo say they met?": what he said of others, not of himself."""
    from bot.engine.question import _said_of_self_asked

    assert _said_of_self_asked("did pompeo say they met") == "did pompeo say they met"
    assert _said_of_self_asked("did esper say he would visit") == "did esper say he would visit"


@pytest.mark.parametrize(
    "question",
    [
        "do they want to make new technology together",
        "will they develop new technologies together?",
        "do they plan to develop new technology together",
    ],
)
def test_new_technology_made_together_is_the_emerging_technologies(
    engine: Engine, question: str
) -> None:
    """ "do they want to make new technology together?": developing emerging technologies."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes") and "emerging technologies" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "so they agreed to cut defence trade?",
        "did esper and singh agree to slash defense trade?",
        "did they decide to lower defense trade?",
        "was information sharing cut?",
    ],
)
def test_cutting_what_they_enhanced_is_denied(engine: Engine, question: str) -> None:
    """ "so they agreed to cut defence trade?": No, they prioritized its enhancement."""
    answer = ask(engine, question)
    assert answer.text.startswith("No")


@pytest.mark.parametrize(
    "question",
    ["did they cut a deal?", "did they cut a deal on BECA?", "did esper cut his trip short?"],
)
def test_cut_in_idioms_is_not_a_reduction(engine: Engine, question: str) -> None:
    """ "Did they cut a deal?" asks whether they made one: never a No from "cut" as "reduce"."""
    assert not ask(engine, question).text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "the meeting wasn't on tuesday?",
        "the meeting wasn't on a tuesday either?",
        "esper didn't meet singh on tuesday either?",
        "and the meeting wasn't in tokyo either?",
    ],
)
def test_a_denial_put_as_a_question_is_checked(engine: Engine, question: str) -> None:
    """ "The meeting wasn't on a Tuesday either?": a claim to check (it was on Monday, in New
    Delhi), not an abstention."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes") and "Monday" in answer.text


def test_a_denial_of_what_happened_is_refused(engine: Engine) -> None:
    """ "The meeting wasn't on Monday?": No, it was."""
    assert ask(engine, "the meeting wasn't on monday?").text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "Was the Esper–Singh meeting the 2+2 itself?",
        "was the meeting the 2+2 dialogue?",
        "is the meeting part of the 2+2?",
        "did the meeting take place during the 2+2?",
        "was the meeting held at the 2+2 dialogue?",
    ],
)
def test_the_meeting_was_not_the_2plus2(engine: Engine, question: str) -> None:
    """ "Was the meeting the 2+2 itself?": No, it came ahead of it, never a Yes from the three
    2+2 dialogues held."""
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "ahead" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Singh and Esper talk about trade also?", "trade"),
        ("they talk about comunication?", "communications"),
        ("they discuss logistics?", "logistics"),
        ("they speak of information sharing?", "information sharing"),
        ("He talked about the threat from China's Communist Party.", "Communist Party"),
    ],
)
def test_a_claim_of_what_they_talked_about_gets_a_yes(
    engine: Engine, question: str, expected: str
) -> None:
    """ "they talk about comunication?": a claim put without a question's form is checked
    (Yes, secure communications), not answered with the bare passage."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes") and expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "they talk about Pakistan?",
        "Esper and Singh talk about the weather?",
        "He talked about Pakistan.",
        "he talked too much.",
        "That is interesting.",
    ],
)
def test_talk_the_article_does_not_report_gets_no_yes(engine: Engine, question: str) -> None:
    """ "they talk about Pakistan?": nothing the article says, so never a Yes."""
    assert not ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who met singh? thanks", "Esper"),
        ("who met singh? quick check", "Esper"),
        ("where did they meet? thanks a lot", "New Delhi"),
        ("relationship called one of the most significant of the 21st century? quick check", "Yes"),
        ("did esper meet singh? just a sanity check", "Yes"),
    ],
)
def test_a_sign_off_after_the_question_is_set_aside(
    engine: Engine, question: str, expected: str
) -> None:
    """ "who met singh? thanks": words after the question mark that only sign it off ask
    nothing, so the question is answered as if they were not there."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


def test_a_sign_off_does_not_turn_a_wrong_claim_into_yes(engine: Engine) -> None:
    """ "did they meet in tokyo? quick check": the sign-off goes, the claim still gets No."""
    assert ask(engine, "did they meet in tokyo? quick check").text.startswith("No")


def test_means_of_travel_is_never_given(engine: Engine) -> None:
    """ "How did Esper travel to India?": the article never says how anyone travelled, so the
    BECA (the best fact about the visit) is no answer; how the visit went still is one."""
    for question in (
        "How did Esper travel to India?",
        "how did Pompeo fly to Tokyo?",
        "How did Esper get to New Delhi?",
        "how did Begin get there?",
        "What mode of transport did Esper use?",
    ):
        assert engine.answer(question).abstained, question
    assert not engine.answer("how did the visit go?").abstained
    assert not engine.answer("how did they get to an agreement?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "do they want to buy and sell defence stuff",
        "will they buy and sell weapons",
        "do they want to sell and buy military equipment?",
    ],
)
def test_buy_and_sell_in_the_base_form_is_the_defense_trade(engine: Engine, question: str) -> None:
    """ "do they want to buy and sell defence stuff": trade both ways, as "buying and
    selling" is; one-way sales stay unstated."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes.") and "defense trade" in answer.text
    assert not ask(engine, "will the us sell weapons to india?").text.startswith("Yes")
    assert not ask(engine, "do they buy and sell oil?").text.startswith("Yes")


@pytest.mark.parametrize(
    ("first", "claim", "lead", "said"),
    [
        ("Where did Esper meet Singh?", "It was in Delhi.", "Yes", "New Delhi"),
        ("Where did Esper meet Singh?", "ok that happened in India", "Yes", "New Delhi"),
        ("Where did Esper meet Singh?", "It was in Tokyo.", "No.", "New Delhi"),
        ("Where did Esper meet Singh?", "they met in Mumbai.", "No", "New Delhi"),
        ("Pompeo held a press conference.", "It was in New Delhi.", "No.", "State Department"),
        ("Where did Pompeo speak about China?", "That was in Tokyo", "No.", "State Department"),
    ],
)
def test_bare_place_claim_is_checked_against_the_last_place(
    engine: Engine, first: str, claim: str, lead: str, said: str
) -> None:
    """ "It was in New Delhi." after an answer that gave a place is a claim about that place
    (a State Department press conference was not in New Delhi), not a gloss of the city."""
    answer = ask(engine, first, claim)
    assert answer.text.startswith(lead) and said in answer.text
    assert answer.quote is not None


def test_bare_place_claim_without_a_place_answered_is_no_verdict(engine: Engine) -> None:
    for answer in (
        ask(engine, "It was in New Delhi."),
        ask(engine, "how many 2+2s have there been?", "It was in New Delhi."),
    ):
        assert not answer.text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Esper went to Tokyo afterwards.", "No."),
        ("Did Esper go to Tokyo afterwards?", "No."),
        ("Esper visited Tokyo later.", "No."),
        ("The 2+2 happened later.", "Yes."),
    ],
)
def test_a_bare_later_is_later_than_the_meeting_when_the_article_orders_it(
    engine: Engine, claim: str, verdict: str
) -> None:
    """ "Esper went to Tokyo afterwards.": after the meeting the article is about, which the
    Tokyo talks came before ("earlier this month"); the answer quotes the ordering words."""
    answer = ask(engine, claim)
    assert answer.text.startswith(verdict)
    assert answer.quote is not None


@pytest.mark.parametrize(
    "claim",
    [
        "Begin visited New Delhi later.",
        "Did Singh visit the Pentagon afterwards?",
        "Pompeo held a press conference later.",
    ],
)
def test_a_bare_later_the_article_does_not_order_settles_nothing(
    engine: Engine, claim: str
) -> None:
    """ "Begin visited New Delhi later.": "recently" orders his visit against nothing."""
    assert ask(engine, claim).abstained


@pytest.mark.parametrize(
    ("restated", "verdict"),
    [
        ("so you're saying they met in Mumbai?", "No."),
        ("are you saying they met in New Delhi?", "Yes."),
        ("so what you're saying is they met on Tuesday?", "No."),
        ("you mean they met in Tokyo?", "No."),
        ("ok so ur saying they met on Monday?", "Yes."),
    ],
)
def test_a_restatement_of_the_last_answer_is_a_claim_checked(
    engine: Engine, restated: str, verdict: str
) -> None:
    """ "so you're saying they met in Mumbai?": the asker's restatement is checked against
    the article, as "so they met in Mumbai?" is, not read as a question about the bot."""
    answer = ask(engine, "who did esper meet?", restated)
    assert answer.text.startswith(verdict)
    assert answer.quote is not None and "New Delhi" in answer.quote.text


def test_a_name_alone_after_you_mean_is_no_claim(engine: Engine) -> None:
    """ "you mean Pompeo?": which one was meant, never a Yes or No."""
    answer = ask(engine, "who did esper meet?", "you mean Pompeo?")
    assert not answer.text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    "asked",
    [
        "What did Singh have to give up in exchange?",
        "what did india get in return for the BECA?",
        "what concessions did the US make?",
        "what was the quid pro quo?",
    ],
)
def test_a_price_for_the_agreement_is_not_in_the_article(engine: Engine, asked: str) -> None:
    """ "What did Singh have to give up in exchange?": the article gives no price; the
    "Exchange" of the agreement's name is not one."""
    answer = ask(engine, "what did they agree on?", asked)
    assert answer.abstained


@pytest.mark.parametrize(
    "asked",
    [
        "who attended the first one then?",
        "where was the previous one held?",
        "and when was the inaugural dialogue?",
    ],
)
def test_an_earlier_2plus2_singled_out_is_not_in_the_article(engine: Engine, asked: str) -> None:
    """ "How many 2+2s have there been?" (three) "who attended the first one then?": the
    article counts them, and says nothing of any earlier one."""
    answer = ask(engine, "How many 2+2 meetings has Esper been to?", "and overall?", asked)
    assert answer.abstained


def test_what_was_exchanged_is_still_the_agreement(engine: Engine) -> None:
    """ "what was exchanged?": no price asked; the agreement on exchanges answers."""
    answer = ask(engine, "what was exchanged?")
    assert not answer.abstained


@pytest.mark.parametrize(
    "asked",
    [
        "Why did India walk away from the Basic Exchange and Cooperation Agreement?",
        "why did india pull out of BECA?",
        "Why did India turn down the BECA?",
        "why did the two sides refuse to agree on BECA?",
    ],
)
def test_a_rejection_in_other_words_is_corrected_by_the_agreement(
    engine: Engine, asked: str
) -> None:
    """ "Why did India walk away from the BECA?": asked as "reject" is, and answered by
    the two sides' agreeing on it."""
    answer = ask(engine, asked)
    assert not answer.abstained
    assert answer.quote is not None and "agreed on a Basic Exchange" in answer.quote.text


@pytest.mark.parametrize(
    "asked",
    ["why did Singh refuse to go to Tokyo?", "why did australia pull out of the BECA?"],
)
def test_a_refusal_the_article_does_not_contradict_stays_unanswered(
    engine: Engine, asked: str
) -> None:
    """ "Why did Singh refuse to go to Tokyo?": nothing the article says about Singh
    answers it."""
    assert ask(engine, asked).abstained


@pytest.mark.parametrize(
    ("asked", "named"),
    [
        ("the 'two largest democracies' are who?", "India"),
        ("BECA is what?", "Basic Exchange"),
        ("esper's counterpart was who?", "Singh"),
    ],
)
def test_a_question_word_put_last_is_asked_as_if_first(
    engine: Engine, asked: str, named: str
) -> None:
    """ "BECA is what?" is "what is BECA?", not the statement that names it."""
    answer = ask(engine, asked)
    assert named in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "and the Indian MoD's own readout - what did it say?",
        "and the Indian statement - what did it say?",
        "but India's own statement, what did it say?",
    ],
)
def test_a_follow_ups_and_is_no_part_of_the_lead_it_asks_about(
    engine: Engine, question: str
) -> None:
    """ "and the Indian MoD's own readout - what did it say?": "it" is India's readout,
    which the article never reports, not the U.S. statement the last turn was about."""
    answer = ask(engine, "Per the DoD readout, what lines of effort were flagged?", question)
    assert answer.abstained


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Did the Pentagon chief and India's RM agree on BECA, and did they welcome more "
            "info-sharing?",
            ("Basic Exchange", "information sharing"),
        ),
        (
            "did the Pentagon chief meet Singh, and did they praise the relationship?",
            ("New Delhi", "praised"),
        ),
    ],
)
def test_two_yes_no_questions_joined_by_a_comma_and_and_are_each_answered(
    engine: Engine, question: str, parts: tuple[str, str]
) -> None:
    """ "Did they agree on BECA, and did they welcome more info-sharing?": two questions,
    each answered Yes, rather than one that matches no single fact."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert all(part in answer.text for part in parts)


def test_a_yes_no_question_naming_two_people_with_and_stays_one(engine: Engine) -> None:
    """ "Did Esper and Singh agree on BECA?": no comma, so one question about both."""
    assert ask(engine, "Did Esper and Singh agree on BECA?").text.startswith("Yes.")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where was the bilat?", "New Delhi"),
        ("bilat before or after the 2+2?", "Before"),
        ("The bilat was Tuesday the 27th?", "No."),
        ("who attended the bilat?", "Rajnath Singh"),
    ],
)
def test_an_analysts_bilat_is_the_bilateral_meeting(
    engine: Engine, question: str, expected: str
) -> None:
    """ "bilat": the Esper-Singh meeting, the article's only meeting of two sides."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    ["was Pompeo at the bilat?", "was Pompeo at the bilateral meeting?", "was Japan at the bilat?"],
)
def test_the_tokyo_talks_are_no_bilateral_meeting(engine: Engine, question: str) -> None:
    """ "Was Pompeo at the bilateral meeting?": not Yes because he was at the four-country
    talks in Tokyo; the article does not say who else was at the New Delhi meeting."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "first",
    ["SecDef's counterpart in the Delhi bilat?", "who met Singh in Delhi?"],
)
@pytest.mark.parametrize("follow_up", ["venue?", "where?", "where was it?"])
def test_where_after_a_question_naming_the_place_is_still_that_place(
    engine: Engine, first: str, follow_up: str
) -> None:
    """ "who met Singh in Delhi?" "Where?": New Delhi, which the first question named; the
    follow-up's own words name nothing for the answer to echo."""
    assert "New Delhi" in ask(engine, first, follow_up).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("US principal at the Oct. 26 bilat?", "Esper"),
        ("the U.S. rep at the meeting?", "Esper"),
        ("India's principal at the bilat?", "Rajnath Singh"),
        ("which US official was at the meeting?", "Esper"),
    ],
)
def test_a_sides_person_at_the_meeting_is_that_sides_delegate(
    engine: Engine, question: str, expected: str
) -> None:
    """ "US principal at the Oct. 26 bilat?": the U.S. side's person at the New Delhi meeting,
    not what the meeting's fact says first, nor Pompeo, who was at the Tokyo talks."""
    answer = ask(engine, question)
    assert expected in answer.text
    assert "Pompeo" not in answer.text


@pytest.mark.parametrize(
    "question", ["Japanese delegate at the bilat?", "Australian rep at the bilat?"]
)
def test_a_side_with_no_one_at_the_meeting_gets_no_name(engine: Engine, question: str) -> None:
    """ "Japanese delegate at the bilat?": Japan sat at no table in New Delhi."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    ["which State Dept official also recently hit Delhi?", "who else hit New Delhi recently?"],
)
def test_an_analysts_hit_delhi_is_a_visit_there(engine: Engine, question: str) -> None:
    """ "Which State Dept official also recently hit Delhi?": Begin, who visited."""
    assert "Begin" in ask(engine, question).text


@pytest.mark.parametrize(
    "question", ["did China hit India?", "which country hit India?", "did the talks hit a snag?"]
)
def test_a_hit_that_is_no_visit_stays_unanswered(engine: Engine, question: str) -> None:
    """ "Did China hit India?": no visit, and nothing the article says."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("which is deteriorating faster, us-china or india-china relations",),
        ("which relationship is more strained, US-China or India-China?",),
        ("which has soured more, US-China or India-China relations?",),
        ("are india-china ties worse than us-china ties?",),
        ("who is stronger, esper or singh",),
        (
            "are us-china relations getting better?",
            "and india-china?",
            "which of the two is worse?",
        ),
    ],
)
def test_a_comparison_the_article_never_makes_is_not_answered(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "Which is deteriorating faster, US-China or India-China relations?": the article says
    both are deteriorating sharply, not that either is more so; "Both" is no answer."""
    answer = ask(engine, *questions)
    assert answer.abstained
    assert "Both" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "which relationship is worse — US-India or US-China?",
        "which are worse, US-China or US-India ties?",
    ],
)
def test_the_pair_written_in_the_sentence_is_the_one_it_is_about(
    engine: Engine, question: str
) -> None:
    """ "Which relationship is worse, US-India or US-China?": the sentence on deteriorating
    ties names U.S.-China ones, though it involves India too; not "Both"."""
    answer = ask(engine, question)
    assert answer.text.startswith("The United States and China")


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("which of the two is the US defense secretary", "Mark T. Esper"),
        ("which one is the pentagon chief?", "Mark T. Esper"),
        ("and which one's the indian defense minister?", "Rajnath Singh"),
        ("Esper & Pompeo - which one is the defense secretary?", "Mark T. Esper"),
        ("esper vs pompeo: which is the defense secretary", "Mark T. Esper"),
        ("singh & esper, who's the indian?", "Rajnath Singh"),
    ],
)
def test_which_one_holds_a_title_names_the_holder(engine: Engine, question: str, name: str) -> None:
    """ "Which of the two is the US defense secretary?": the one the title names, with who
    the article says he is, not a sentence the title happens to be in."""
    answer = ask(engine, question)
    assert answer.text.startswith(name)
    assert answer.quote is not None


def test_which_one_is_someones_own_is_not_who_he_is(engine: Engine) -> None:
    """ "How many 2+2s so far and which one is Esper's?": his count, not his title."""
    answer = ask(engine, "how many 2+2 so far and which one is Esper's?")
    assert "Secretary of Defense" not in answer.text


@pytest.mark.parametrize(
    "questions",
    [
        (
            "how many US-India 2+2s have there been",
            "and how many has esper been at",
            "so he missed one?",
            "which one?",
        ),
        ("who met in delhi?", "so which one?"),
    ],
)
def test_a_bare_which_one_is_answered_from_the_last_answer_or_not_at_all(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "So he missed one?" Yes. "Which one?": the article names none of the three 2+2s, and
    Esper's title, or the Tokyo talks, are no answer to it."""
    assert ask(engine, *questions).abstained


def test_a_bare_which_one_after_the_agreement_is_the_agreement(engine: Engine) -> None:
    """ "Did they agree on an agreement?" "Which one?": the BECA, from the same sentence."""
    answer = ask(engine, "did they agree on an agreement?", "which one?")
    assert "Basic Exchange" in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did esper miss a 2+2?", "Yes"),
        ("was there a 2+2 esper missed?", "Yes"),
        ("has esper missed any of the 2+2 dialogues?", "Yes"),
        ("Has Esper taken part in all three of the 2+2 dialogues?", "No"),
        ("has esper been to all the 2+2s?", "No"),
        ("has esper been to all three 2+2 dialogues?", "No"),
        ("was esper at each 2+2?", "No"),
    ],
)
def test_whether_esper_missed_a_2plus2_is_his_two_against_the_three(
    engine: Engine, question: str, verdict: str
) -> None:
    """ "Did Esper miss a 2+2?": this is his second of three such dialogues, so he did;
    "has he been to all the 2+2s?" no. Both sentences are quoted."""
    answer = ask(engine, question)
    assert answer.text.startswith(verdict)
    assert "three" in answer.text


@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("Did Esper meet Singh before or after the Tokyo talks?", "After"),
        ("was the esper-singh meeting before or after the tokyo talks?", "After"),
        ("did the delhi meeting come before or after the quad talks?", "After"),
    ],
)
def test_before_or_after_follows_the_order_the_article_gives(
    engine: Engine, question: str, side: str
) -> None:
    """ "Did Esper meet Singh before or after the Tokyo talks?": after; the talks were
    "earlier this month", which the answer quotes."""
    answer = ask(engine, question)
    assert answer.text.startswith(side)
    assert any("Earlier this month" in quote.text for quote in answer.quotes)


@pytest.mark.parametrize(
    "question",
    [
        "did begin's delhi visit come before or after the tokyo talks",
        "was pompeo's press conference before or after the tokyo talks?",
    ],
)
def test_before_or_after_events_the_article_does_not_order_is_not_answered(
    engine: Engine, question: str
) -> None:
    """ "Did Begin's visit come before or after the Tokyo talks?": "recently" orders it
    against nothing."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("My teacher wants specifics: in which city did the two defence chiefs meet?", "Delhi"),
        ("Just to double-check for my essay: was Australia part of the Tokyo talks?", "Yes"),
        ("For my history homework - who did Esper meet?", "Singh"),
        ("Quick question for my report: how many 2+2 dialogues have there been?", "Three"),
        ("For a paper on Asian security: which countries took part in the Tokyo talks?", "Japan"),
        ("keyword query for my notes: esper singh location", "Delhi"),
    ],
)
def test_a_lead_saying_why_one_asks_is_set_aside(
    engine: Engine, question: str, expected: str
) -> None:
    """ "For my essay: …", "My teacher wants specifics: …": the lead says why the asker
    asks, not what about; the question after it is answered alone."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "I had it in my head the meeting happened in Mumbai — is that right?",
        "Give me your view: is Esper a good defense secretary?",
    ],
)
def test_a_lead_that_claims_or_asks_an_opinion_is_kept(engine: Engine, question: str) -> None:
    """The lead is what "that" points back to, or asks for an opinion: never set aside."""
    answer = ask(engine, question)
    assert not answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "the 2+2 Dialogue is between which officials of the two countries?",
        "the 2+2 dialogue is held between which officials of the US and India?",
        "between which officials is the 2+2?",
        "between which ministers of the US and India is the 2+2?",
    ],
)
def test_between_which_officials_names_the_ministers(engine: Engine, question: str) -> None:
    """ "Between which officials…?": any office answers "officials", so the 2+2's foreign
    and defense ministers, not Esper (who took part in one) nor the two countries."""
    answer = ask(engine, question)
    assert "foreign and defense ministers" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Could you tell me who the US defense secretary was that met Singh?", "Esper"),
        ("Can you tell me what the agreement was called?", "Basic Exchange"),
        ("Do you know which country the meeting was in?", "India"),
        (
            "I'm writing a school report on India-US ties and I need to know who the American"
            " defence secretary was that met Rajnath Singh in New Delhi. Could you tell me?",
            "Esper",
        ),
        ("For my project I need to know where the two ministers met. Can you help?", "Delhi"),
        (
            "My essay is due tomorrow and I want to find out how many 2+2 dialogues there have"
            " been. Thanks in advance!",
            "Three",
        ),
    ],
)
def test_a_question_inside_a_request_is_asked_in_a_questions_order(
    engine: Engine, question: str, expected: str
) -> None:
    """ "Can you tell me what the agreement was called?" is "what was the agreement
    called?", not a question about whatever "the agreement was" names; "I need to know
    who…. Could you tell me?" asks who, after a lead that says only why."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text


def test_a_request_led_by_something_it_names_keeps_it(engine: Engine) -> None:
    """ "About the Tokyo talks, I need to know which countries took part": the talks are
    part of the question, not a mere reason for asking."""
    answer = ask(engine, "About the Tokyo talks, I need to know which countries took part.")
    assert "Australia" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Who put out the statement that the article relies on - was it the Indian"
            " government or someone else?",
            "Defense Department",
        ),
        ("Who issued the statement? Was it the State Department?", "Defense Department"),
        ("Who did Esper meet? Was it the Indian foreign minister?", "Singh"),
        ("Which official visited New Delhi recently, was it Pompeo?", "Begin"),
    ],
)
def test_a_guess_after_a_who_question_is_settled_by_the_answer(
    engine: Engine, question: str, expected: str
) -> None:
    """ "Who put out the statement - was it the Indian government?": the answer says who,
    never a Yes for the guess, whose "it" read alone stands for whatever came last."""
    answer = ask(engine, question)
    assert expected in answer.text
    assert not answer.text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("In one phrase, how is the trend in U.S.-India relations described?", "heating up"),
        ("In one word, where did they meet?", "Delhi"),
        ("How, in a word or two, are U.S.-India relations characterised?", "heating up"),
        ("in a nutshell, what did they agree?", "Basic Exchange"),
    ],
)
def test_how_short_the_answer_should_be_asks_nothing(
    engine: Engine, question: str, expected: str
) -> None:
    """ "In one phrase, …", "in a word or two": how short, not a phrase to look up."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did esper go 2 tokyo", "Yes."),
        ("did pompeo go 2 tokyo 2?", "Yes."),
        ("did pompeo talk abt free nations workin 2gether", "Yes."),
        ("r relations w china gettin better 4 the us", "No."),
        ("beca stands 4?", "The Basic Exchange and Cooperation Agreement"),
        ("whometsingh??", "Mark T. Esper"),
        ("whomeetswho in delhi", "Mark T. Esper"),
        ("wheredidtheymeet", "In New Delhi"),
    ],
)
def test_a_texted_question_is_read_as_typed_out(
    engine: Engine, question: str, expected: str
) -> None:
    """ "did esper go 2 tokyo": a lone 2 or 4 between words is "to", "too" or "for", a final
    g dropped ("gettin") is put back, and words run together are split into the facts' and a
    question's own words ("whometsingh" is "who met singh")."""
    answer = ask(engine, question)
    assert answer.text.startswith(expected)
    assert answer.quote is not None


@pytest.mark.parametrize(
    "question",
    ["did the 2 sides agree on beca", "were the 4 countries at tokyo", "how many 2+2s r there"],
)
def test_a_texted_number_that_counts_stays_a_number(engine: Engine, question: str) -> None:
    """ "the 2 sides", "the 4 countries", "2+2": numbers that count are never "to" or "for"."""
    from bot.engine.texted import texted_read

    index = engine.index
    assert texted_read(question, index.speller.knows, index.vocabulary) == question


@pytest.mark.parametrize(
    "question",
    ["wat party is he in", "wut party is singh in?", "wich party does esper belong to"],
)
def test_a_texted_question_word_is_read_by_every_rewrite(engine: Engine, question: str) -> None:
    """ "wat party is he in" asks what "what party is he in" asks: a political party, which
    the article gives no one (China's Communist Party is no answer)."""
    answer = ask(engine, "single is wat job", question)
    assert answer.abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wat did pompous say abt china", "At a State Department press conference"),
        ("how many 2+2s has eager done", "Two"),
        ("single is wat job", "India's Defense Minister"),
        ("wen did eager meet single", "On Monday, Oct. 26"),
        ("is single india's defence minister", "Yes."),
    ],
)
def test_a_name_autocorrect_made_a_word_is_read_as_the_name(
    engine: Engine, question: str, expected: str
) -> None:
    """ "wat did pompous say abt china": a word like a person's name (Pompeo), where a name
    can stand, is read as the name when the question as typed finds nothing."""
    answer = ask(engine, question)
    assert answer.text.startswith(expected)
    assert answer.quote is not None


@pytest.mark.parametrize(
    "question",
    [
        "was beca a single agreement",
        "is india eager to work with the us",
        "wat did people say abt china",
        "did single meet pompous",
    ],
)
def test_a_word_like_a_name_stays_a_word_where_no_name_stands(
    engine: Engine, question: str
) -> None:
    """ "a single agreement", "eager to", "people" (too common to be a slip of Pompeo): words,
    and the article does not say; nor that Singh met Pompeo."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "names", "not_named"),
    [
        ("Which diplomat visited New Delhi?", ["Begin"], ["Esper"]),
        ("Who is the US diplomat who visited India?", ["Begin"], ["Esper"]),
        ("Who is the diplomat at the Tokyo talks?", ["Pompeo"], ["Esper", "Japan"]),
        ("Which State Department official went to Tokyo?", ["Pompeo"], ["Esper"]),
        ("Who is the American diplomat in the article?", ["Pompeo", "Begin"], ["Esper"]),
        ("Who's the guy from the State Department?", ["Pompeo", "Begin"], ["Department"]),
        ("Which officials are from the Defense Department?", ["Esper"], ["Singh"]),
        ("Who is the defense chief from Delhi?", ["Singh"], ["Esper"]),
        ("Which defense chief is American?", ["Esper"], ["Singh"]),
        ("Which official is Indian?", ["Singh"], ["ministers", "U.S."]),
        ("Which of the people named is Indian?", ["Singh"], ["ministers"]),
        ("Tell me the name of the minister of defence of India.", ["Singh"], ["ministers"]),
        ("Who are the Americans in the article?", ["Esper", "Pompeo", "Begin"], ["United"]),
    ],
)
def test_people_described_by_role_are_the_people_it_fits(
    engine: Engine, question: str, names: list[str], not_named: list[str]
) -> None:
    """ "Which diplomat visited New Delhi?": of those who did (Esper, Begin), the one of the
    State Department; a who-question is answered by people, never a country or department."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert answer.quote is not None
    for name in names:
        assert name in answer.text
    for other in not_named:
        assert other not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Who is America's top diplomat?",
        "Which diplomat met Singh?",
        "Who is the Indian diplomat?",
        "Who is India's foreign minister?",
    ],
)
def test_a_role_the_article_gives_no_one_or_does_not_settle_is_unanswered(
    engine: Engine, question: str
) -> None:
    """ "Who is America's top diplomat?": the article ranks neither Pompeo nor Begin;
    "which diplomat met Singh?": Esper did, and he is the defense secretary."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is Pompeo talking about when he says free nations?", None),
        ("What countries does Pompeo mean by free nations?", None),
        ("Who does the article mean by the two men?", "Esper"),
    ],
)
def test_whom_words_stand_for_is_asked_of_the_words(
    engine: Engine, question: str, expected: str | None
) -> None:
    """ "Who is Pompeo talking about when he says free nations?": the article doesn't say
    which nations, and China's Communist Party is what they are to thwart, not who they are."""
    answer = ask(engine, question)
    if expected is None:
        assert answer.abstained
        assert "Communist" not in answer.text
    else:
        assert expected in answer.text


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Is Tokyo mentioned?", "Tokyo"),
        ("Does the article mention Tokyo?", "Tokyo"),
        ("Is Tokyo anywhere in the story?", "Tokyo"),
        ("Is Japan named?", "Japan"),
        ("Is logistics mentioned?", "logistics"),
        ("Is South Asia in the article?", "South Asia"),
    ],
)
def test_a_word_the_article_uses_is_mentioned_with_the_sentence_saying_it(
    engine: Engine, question: str, quoted: str
) -> None:
    """ "Is Tokyo mentioned?": Yes, quoting the sentence with "Tokyo" in it."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert answer.quote is not None and quoted in answer.quote.text


@pytest.mark.parametrize(
    ("question", "own", "asked"),
    [
        ("Is Washington mentioned?", "U.S.", "Washington"),
        ("Is Washington named in the article?", "U.S.", "Washington"),
        ("Is Beijing mentioned?", "China", "Beijing"),
        ("Is Beijing in the article?", "China", "Beijing"),
        ("Does the article mention Beijing?", "China", "Beijing"),
        ("Is the Pentagon mentioned?", "Defense Department", "Pentagon"),
        ("Is the Quad mentioned?", "quadripartite talks", "Quad"),
        ("Is Biegun mentioned?", "Begin", "Biegun"),
    ],
)
def test_a_name_the_article_never_uses_is_not_mentioned_by_that_name(
    engine: Engine, question: str, own: str, asked: str
) -> None:
    """ "Is Washington mentioned?": the fact base links it to the United States, but the
    article says "U.S.": No, not by that name, quoting the article's own name for it."""
    answer = ask(engine, question)
    assert answer.text == f"No. Not by that name: the article says “{own}”, not “{asked}”."
    assert answer.quote is not None and own in answer.quote.text


@pytest.mark.parametrize(
    "question",
    [
        "Is intelligence mentioned?",
        "Is spying mentioned?",
        "Does the article mention intelligence?",
    ],
)
def test_a_word_the_fact_base_knows_but_the_article_never_uses_is_not_mentioned(
    engine: Engine, question: str
) -> None:
    """ "Is intelligence mentioned?": the fact base ties the word to information sharing,
    but the article never uses it; no Yes."""
    answer = ask(engine, question)
    assert answer.abstained
    assert "never uses the word" in answer.text


@pytest.mark.parametrize(
    ("question", "picked"),
    [
        ("Which of these is NOT mentioned in the article: Tokyo, Beijing, New Delhi?", "Beijing."),
        ("Which of these is NOT mentioned: Beijing, Tokyo, Australia?", "Beijing."),
        ("Which of these cities is NOT mentioned: New Delhi, Tokyo, Washington?", "Washington."),
        ("Which of these is NOT mentioned: Tokyo, Quad, 2+2?", "Quad."),
        (
            "Which of these is NOT mentioned in the article: BECA, 2+2, Quad, Tokyo?",
            "BECA and Quad.",
        ),
    ],
)
def test_the_option_not_mentioned_is_the_name_the_article_does_not_use(
    engine: Engine, question: str, picked: str
) -> None:
    """Tokyo is in ¶8, so never the pick; a name the article does not use is, each one."""
    assert ask(engine, question).text.startswith(picked)


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("Is Esper's first name given?", "Mark"),
        ("Is Rajnath Singh's first name given?", "Rajnath"),
        ("Is Mark Esper's first name given in the article?", "Mark"),
        ("Does the article give Singh's first name?", "Rajnath"),
        ("Is the date of the meeting given?", "Oct. 26"),
    ],
)
def test_a_detail_the_article_gives_is_given(engine: Engine, question: str, given: str) -> None:
    """ "Is Esper's first name given?": Yes, Mark (it got "No. Mark")."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert given in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is the year given?",
        "Does the article state the year?",
        "Is the date of the Tokyo talks given?",
        "Is the date of Begin's visit given?",
        "Is Pompeo's first name given?",
        "Is Esper's middle name given?",
    ],
)
def test_a_detail_the_article_does_not_give_is_not_given(engine: Engine, question: str) -> None:
    """ "Is the year given?": No (it got Yes with Monday, Oct. 26); "is the date of the Tokyo
    talks given?": No, only "earlier this month"."""
    answer = ask(engine, question)
    assert answer.text.startswith("No. The article doesn't")
    assert answer.abstained


def test_the_year_asked_after_an_answer_is_that_answers_year(engine: Engine) -> None:
    """ "When were the Tokyo talks?" "Is the year given?": of the Tokyo talks, not given."""
    first = ask(engine, "When were the Tokyo talks?")
    answer = engine.answer("Is the year given?", first.context)
    assert answer.text.startswith("No. The article doesn't give the year")
    assert "Earlier this month" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is Pompeo called Secretary of State in the article?",
        "Is Pompeo referred to as Secretary of State?",
        "Does the article call Pompeo the Secretary of State?",
        "Is Pompeo called the Secretary of Defense?",
        "Is Begin called the Deputy Secretary of Defense?",
    ],
)
def test_a_title_the_article_never_puts_to_the_name_is_not_his(
    engine: Engine, question: str
) -> None:
    """ "Is Pompeo called Secretary of State in the article?": No, only "Secretary Pompeo"
    (it got Yes)."""
    answer = ask(engine, question)
    assert answer.text.startswith("No. The article never calls")
    assert answer.quote is not None


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Is Esper called Secretary of Defense in the article?", "Esper"),
        ("Is Esper described as the defense secretary?", "Esper"),
        ("Is Singh referred to as India's defense minister?", "Singh"),
        ("Is Begin called Deputy Secretary of State?", "Begin"),
        ("Is Pompeo called Secretary?", "Pompeo"),
    ],
)
def test_a_title_the_article_puts_to_the_name_is_his(
    engine: Engine, question: str, named: str
) -> None:
    """ "Is Esper called Secretary of Defense?": Yes, in other words too."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert answer.quote is not None and named in answer.quote.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("secure comms in the readout?", "Yes"),
        ("tech + trade bits in the readout?", "Yes"),
        ("logistics in the DoD statement?", "Yes"),
        ("China named in the readout?", "No"),
        ("so china not mentioned at all in the statement?", "Yes"),
        ("MQ-9B in the readout?", None),
    ],
)
def test_a_topic_in_the_statement_asks_whether_the_statement_has_it(
    engine: Engine, question: str, expected: str | None
) -> None:
    """ "secure comms in the readout?": Yes, with the sentence, not just the list it is in;
    what the article never says stays unanswered."""
    answer = ask(engine, question)
    if expected is None:
        assert answer.abstained
    else:
        assert answer.text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Per the DoD readout, what mil-to-mil lines of effort were flagged?", "logistics"),
        ("which lines of effort did the readout highlight?", "logistics"),
        ("information-sharing: expanded or merely sustained?", "Expanded"),
        ("secure comms capabilities: enhancing or just maintaining?", "Enhancing"),
        ("logistics engagement: strengthened or merely continued?", "Strengthened"),
    ],
)
def test_planners_words_and_hedged_options_are_read_plainly(
    engine: Engine, question: str, expected: str
) -> None:
    """ "lines of effort … flagged" are the areas named; "or merely sustained" is the
    option "sustained", weighed against "expanded"."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("So Singh flew to Washington to see the SecDef?", "No"),
        ("did Singh go to the US to see the Pentagon chief?", "No"),
        ("Esper flew to Delhi to see the Indian defense minister?", "Yes"),
        ("ok, and that makes four 2+2s to date?", "No"),
        ("that makes three 2+2s so far?", "Yes"),
    ],
)
def test_claims_of_going_to_see_someone_or_of_a_count_are_checked(
    engine: Engine, question: str, expected: str
) -> None:
    """ "to see the SecDef" is meeting Esper, wherever the claim puts it; "that makes four
    2+2s" claims a count, checked against the article's three."""
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "have there been two meetings for Esper?",
        "that makes 2 meetings for Esper?",
        "did Esper see Singh's statement?",
    ],
)
def test_a_count_of_something_else_or_seeing_a_thing_is_no_verdict(
    engine: Engine, question: str
) -> None:
    """The Tokyo talks' "four countries" counts no meetings, so "two meetings?" is not a
    No; seeing Singh's statement is not meeting him."""
    answer = ask(engine, question)
    assert answer.abstained
    assert "Four countries" not in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what did Pompeo say at Foggy Bottom?", "Communist Party"),
        ("where did Pompeo give his presser - the State Department?", "Yes: "),
        ("when did they meet — Tuesday?", "No: "),
        ("how did USG officials describe the relationship before the 2+2?", "most significant"),
        ("what's the other end of that range in the readout?", "trade"),
    ],
)
def test_jargon_and_a_guess_after_a_dash_are_read(
    engine: Engine, question: str, expected: str
) -> None:
    """Foggy Bottom is the State Department, USG the U.S. government; a guess set off by a
    dash is confirmed or corrected as one after a comma is."""
    assert expected in ask(engine, question).text


def test_a_wh_word_after_a_dash_is_no_guess(engine: Engine) -> None:
    """ "what does the article call the US and India - the world's two what?" still asks;
    nothing after the dash is confirmed."""
    answer = ask(engine, "what does the article call the US and India - the world's two what?")
    assert "largest democracies" in answer.text
    assert not answer.text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what did the US statement leave out, per the article?", "China"),
        ("what didn't the DoD statement mention?", "China"),
        ("what's missing from the US statement?", "China"),
        ("Pompeo's threat framing?", "Communist Party"),
        ("how did Pompeo frame the threat?", "Communist Party"),
        ("did Esper and his counterpart cover logistics?", "Yes"),
        ("did Esper and his Indian counterpart talk about logistics?", "Yes"),
        ("timing of the Esper-Singh meeting?", "Monday"),
    ],
)
def test_what_a_statement_left_out_framing_and_own_counterparts(
    engine: Engine, question: str, expected: str
) -> None:
    """What the statement left out is what the article says it does not mention (China);
    a framing is what someone said; "Esper and his counterpart" are Esper and Singh."""
    assert expected in ask(engine, question).text


def test_someone_without_a_counterpart_in_the_article_stays_unanswered(engine: Engine) -> None:
    """The article gives Pompeo no counterpart: "did Pompeo and his counterpart meet in
    Tokyo?" is not answered from the talks."""
    assert ask(engine, "did Pompeo and his counterpart meet in Tokyo?").abstained


def test_a_word_after_a_determiner_is_no_slip_for_a_name(engine: Engine) -> None:
    """ "Other stops on that South Asia swing?" has a swing, not Singh, so "was he at the
    Quad in Tokyo too?" after it is still about Pompeo."""
    context = ask(engine, "what did Pompeo say at the State Department?").context
    context = engine.answer("other stops on that South Asia swing?", context).context
    answer = engine.answer("was he at the Quad in Tokyo too?", context)
    assert answer.text.startswith("Yes")
    assert "Esper" in ask(engine, "who did rajnath sing meet?").text


def test_a_foundational_pact_is_the_basic_agreement(engine: Engine) -> None:
    """ "Which foundational pact did the SecDef and the RM conclude?": the article's basic
    agreement, the BECA."""
    answer = ask(engine, "Which foundational pact did the SecDef and the RM conclude?")
    assert "BECA" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Could you confirm that Rajnath Singh is India's foreign minister, as I wrote?", "No."),
        ("Is Singh India's foreign minister, as my draft says?", "No."),
        ("Esper met Singh in Tokyo, as I wrote in my notes?", "No."),
        ("Did they meet on Monday, like I put in my essay?", "Yes."),
    ],
)
def test_where_the_askers_claim_comes_from_is_set_aside(
    engine: Engine, question: str, expected: str
) -> None:
    """ "…, as I wrote in my draft?" says where the claim comes from; the claim is checked."""
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "I was wondering whether the article says the meeting took place before or after"
            " the 2+2 dialogue?",
            "Before",
        ),
        ("I wonder if the article says Esper met Singh in Tokyo?", "No."),
        ("I wonder if the article says where they met?", "New Delhi"),
        (
            "Could you tell me whether the article says the two ministers agreed to keep"
            " working together, and to address what?",
            "security challenges",
        ),
    ],
)
def test_whether_the_article_says_is_asked_of_the_claim(
    engine: Engine, question: str, expected: str
) -> None:
    """ "I was wondering whether the article says X": whether X, as "does the article say X"."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I wrote that Esper met Singh in Washington. Is that where it happened?", "No."),
        ("Esper met Singh in Tokyo - could you confirm that's where it happened?", "No."),
        ("Esper met Singh in Delhi - could you confirm that's where it happened?", "Yes."),
        ("My notes say the meeting was on Tuesday. Is that when it took place?", "No."),
        ("I'm writing that the meeting was on Tuesday - is that right?", "No."),
    ],
)
def test_a_claim_then_is_that_where_it_happened_checks_the_claim(
    engine: Engine, question: str, expected: str
) -> None:
    """ "…in Washington. Is that where it happened?" checks the place claimed (it got Yes)."""
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Did Esper and Pompeo both attend the talks in Tokyo, or only one of them?", "Yes."),
        ("Were Esper and Pompeo both in Tokyo, or just one?", "Yes."),
        ("Did Esper and Singh both praise the relationship or just one of them?", "Yes."),
    ],
)
def test_both_or_only_one_is_asked_as_whether_both(
    engine: Engine, question: str, expected: str
) -> None:
    """ "…both…, or only one of them?": whether both did answers it."""
    assert ask(engine, question).text.startswith(expected)


def test_both_or_only_one_asserts_nothing_the_article_does_not_say(engine: Engine) -> None:
    assert ask(engine, "Did Esper and Pompeo both meet Singh, or only one of them?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("was the relationship described as one between the two largest democracies?", "Yes."),
        ("is the relationship between the two largest democracies?", "Yes."),
        ("is the US-India relationship between the world's two largest democracies?", "Yes."),
        (
            "Did the article say the relationship is between the world's two largest"
            " democracies, or the two oldest democracies?",
            "largest",
        ),
    ],
)
def test_one_and_the_two_largest_are_no_counts(
    engine: Engine, question: str, expected: str
) -> None:
    """ "…described as one between the two largest democracies?" got No ("one" against two);
    "the two largest democracies" names the pair, it counts nothing."""
    assert (
        ask(engine, question).text.startswith(expected)
        or expected in ask(engine, question).text.split(".")[0]
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Did Pompeo give the press conference during his trip?", "No."),
        ("Was the press conference during his visit?", "No."),
        ("Did Pompeo hold his press conference on his trip to South Asia?", "No."),
        ("did the meetings Pompeo mentioned take place during his visit?", "Yes."),
        ("did the US and India reach a basic agreement during the visit?", "Yes."),
    ],
)
def test_during_a_trip_the_article_places_it_before_gets_no(
    engine: Engine, question: str, expected: str
) -> None:
    """The press conference was "prior to his trip": not during it (it got Yes, from the
    "meetings during his visit" beside it)."""
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    "follow_up",
    [
        "Thanks. And what were they meeting ahead of?",
        "thank you. and what were they meeting ahead of?",
        "Great, thanks. And what was the meeting ahead of?",
    ],
)
def test_thanks_then_and_question_asks_the_question(engine: Engine, follow_up: str) -> None:
    """ "Thanks. And what were they meeting ahead of?": the thanks goes, the question after
    its "and" is asked (the thanks found the two Secretaries' appreciation)."""
    answer = ask(
        engine, "who met whom, where, and on what day, according to this article?", follow_up
    )
    assert "2+2" in answer.text


@pytest.mark.parametrize(
    ("first", "follow_up", "expected"),
    [
        (
            "what were they meeting ahead of?",
            "That dialogue you just mentioned - which officials take part in it?",
            "foreign and defense ministers",
        ),
        (
            "what did they agree on?",
            "the agreement you mentioned - when was it reached?",
            "Oct. 26",
        ),
    ],
)
def test_the_thing_you_mentioned_points_back_at_the_answer(
    engine: Engine, first: str, follow_up: str, expected: str
) -> None:
    """ "That dialogue you just mentioned": the last answer's, not a question about the bot."""
    assert expected in ask(engine, first, follow_up).text


def test_beforehand_is_earlier(engine: Engine) -> None:
    """ "What did the US officials call the relationship beforehand?": their words "prior to
    the 2+2 meeting" (was no answer, "beforehand" being a word no fact has)."""
    answer = ask(engine, "what did the US officials call the relationship beforehand?")
    assert "most significant relationships" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("OK, please cite the sentence that lists all three of those areas.", "logistics"),
        ("which sentence lists the areas of cooperation?", "logistics"),
        ("which sentence lists the countries at the Tokyo talks?", "Australia"),
        ("quote the line that mentions Tokyo", "Tokyo"),
    ],
)
def test_the_sentence_that_lists_is_quoted(engine: Engine, question: str, expected: str) -> None:
    """ "Please cite the sentence that lists the three areas": that sentence, with its ¶."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("How many times is China mentioned?", "5 times"),
        ("how often does the name Esper appear in the article", "5 times"),
        ("How many times does the article mention New Delhi?", "3 times"),
        ("how many mentions of Japan are there", "Twice"),
        ("How many times is Mark Esper mentioned?", "5 times"),
        ("how often does Rajnath Singh appear", "3 times"),
        ("how many paragraphs mention China?", "2 paragraphs"),
        ("In how many paragraphs is Pompeo named?", "2 paragraphs"),
        ("how many paragraphs does Tokyo appear in", "1 paragraph"),
        ("Is Australia mentioned? How many times?", "Yes. Once"),
    ],
)
def test_mentions_of_a_word_are_counted_where_the_article_uses_it(
    engine: Engine, question: str, count: str
) -> None:
    """ "How many times is China mentioned?": 5, in ¶6 and ¶7, counted from the words of
    the article (it abstained)."""
    answer = ask(engine, question)
    assert answer.text.startswith(count)
    assert answer.quote is not None


def test_a_mention_count_follows_the_conversation(engine: Engine) -> None:
    """ "How many times is he mentioned?" counts the one the conversation is about by his
    surname, and "in how many paragraphs?" counts the same word's paragraphs."""
    assert ask(
        engine, "Where did Pompeo give his press conference?", "How many times is he mentioned?"
    ).text.startswith("Twice: “Pompeo”")
    answer = ask(engine, "How many times is China mentioned?", "In how many paragraphs?")
    assert answer.text.startswith("2 paragraphs: ¶6 and ¶7")
    assert ask(engine, "Is Japan mentioned?", "How many times?").text.startswith("Twice")


@pytest.mark.parametrize(
    "question",
    [
        "How many times is Modi mentioned?",
        "how many times has Esper been to India?",
        "how many times did Esper meet Singh?",
        "How many times is China mentioned in the Defense Department statement?",
    ],
)
def test_no_mention_count_for_a_word_never_used_or_a_count_of_deeds(
    engine: Engine, question: str
) -> None:
    """A name the article never uses, or how often someone did something, is no count of
    words: the article doesn't say."""
    assert not ask(engine, question).text[:1].isdigit()


@pytest.mark.parametrize(
    ("questions", "item"),
    [
        (("List the areas of cooperation.", "What's the second one?"), "Secure communications"),
        (
            ("List the areas of cooperation.", "What's the second one?", "And the last?"),
            "Logistics",
        ),
        (("What is the third area listed?",), "Logistics"),
        (("First item in the list of military co-operation areas?",), "Cooperation among"),
        (("What's the last area of cooperation named?",), "Logistics"),
        (("Which is the last country named in the Tokyo talks?",), "Australia"),
    ],
)
def test_an_item_of_a_counted_list_is_named_by_its_place(
    engine: Engine, questions: tuple[str, ...], item: str
) -> None:
    """ "What's the second one?" after the areas of cooperation: secure communications, in
    the article's order (it abstained)."""
    answer = ask(engine, *questions)
    assert answer.text.startswith(item)
    assert answer.quote is not None


@pytest.mark.parametrize(
    "questions",
    [
        ("What is the second country listed?",),
        ("Who met Singh?", "And the second one?"),
        ("List the areas of cooperation.", "What's the fifth one?"),
    ],
)
def test_no_item_by_place_without_one_list_in_view(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """Countries are listed more than once, a meeting is no list, and a list of three has
    no fifth: no item is named."""
    answer = ask(engine, *questions)
    assert "listed)" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Name all the U.S. officials in the article.",
        "List the American officials.",
        "Name all of the American officials.",
    ],
)
def test_officials_listed_on_request_are_people(engine: Engine, question: str) -> None:
    """ "Name all the U.S. officials": Esper, Pompeo and Begin (it got "the U.S. and Indian
    foreign and defense ministers")."""
    answer = ask(engine, question)
    assert all(name in answer.text for name in ("Esper", "Pompeo", "Begin"))


@pytest.mark.parametrize(
    "questions",
    [
        ("Esper vs Singh, who's the American?", "And the Indian one's title?"),
        ("What's the Indian one's title?",),
        ("The Indian official's title?",),
        ("What title does the Indian one have?",),
        ("And the Indian one's role?",),
    ],
)
def test_the_title_of_one_described_by_country_is_his(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "And the Indian one's title?": Singh's, India's Defense Minister, not India."""
    answer = ask(engine, *questions)
    assert not answer.abstained
    assert "Defense Minister" in answer.text


@pytest.mark.parametrize(
    ("questions", "yes"),
    [
        (("Are Esper and Singh the same rank?",), True),
        (("Do Esper and Singh hold the same position?",), True),
        (("Are the two defense chiefs of equal rank?",), True),
        (("Who met Singh?", "Are they the same rank?"), True),
        (
            (
                "Esper vs Singh, who's the American?",
                "And the Indian one's title?",
                "Which one is older?",
                "Are they basically the same rank?",
            ),
            True,
        ),
        (("Is Singh the same rank?",), False),
        (("Is Esper the same rank as Pompeo?",), False),
        (("Who is Begin?", "Who is Pompeo?", "Are they equals?"), False),
    ],
)
def test_same_rank_is_yes_only_for_those_the_article_titles_together(
    engine: Engine, questions: tuple[str, ...], yes: bool
) -> None:
    """ "Are Esper and Singh the same rank?": the article calls them "the two Secretaries of
    Defense"; it never compares anyone else's rank, nor one man's against no one."""
    answer = ask(engine, *questions)
    if yes:
        assert answer.text.startswith("Yes")
        assert answer.quote is not None and "two Secretaries of Defense" in answer.quote.text
    else:
        assert answer.abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which of them is the diplomat — Begin or Esper?", "Begin"),
        ("Who is the diplomat, begin or esper?", "Begin"),
        ("Esper or begin, which one is the diplomat?", "Begin"),
        ("Which of them is from the state department, begin or esper?", "Begin"),
        ("Which is from the defense department, begin or esper?", "Esper"),
        ("Which of the two works at the Pentagon, Esper or Begin?", "Esper"),
        ("Were the Tokyo talks held in Japan or India?", "Japan"),
        ("Did the quad talks take place in India or Japan?", "Japan"),
    ],
)
def test_either_or_of_a_body_or_a_place_is_the_one_it_fits(
    engine: Engine, question: str, expected: str
) -> None:
    """ "Which of them is the diplomat, Begin or Esper?": the one of the State Department
    ("begin" beside another name is Begin); "held in Japan or India?": where the talks were,
    not who took part."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text[:16]


@pytest.mark.parametrize(
    "question",
    [
        "Who is the better diplomat, Begin or Pompeo?",
        "Who's the diplomat, Pompeo or Begin?",
    ],
)
def test_either_or_the_description_does_not_settle_is_unanswered(
    engine: Engine, question: str
) -> None:
    """Both are of the State Department, and the article judges neither."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("questions", "verdict"),
    [
        (("So esper met singh the day after the 2+2 right?",), "No"),
        (("Was the meeting a week after the 2+2?",), "No"),
        (("Did the Tokyo talks take place a day after the Delhi meeting?",), "No"),
        (("Was the Esper-Singh meeting the day before the 2+2?",), None),
        (("Was the meeting a week after the Tokyo talks?",), None),
        (
            (
                "So esper met singh the day after the 2+2 right?",
                "ok and it was in mumbai?",
            ),
            "No",
        ),
    ],
)
def test_a_gap_on_the_wrong_side_is_no_and_on_the_right_side_unsaid(
    engine: Engine, questions: tuple[str, ...], verdict: str | None
) -> None:
    """ "The day after the 2+2?": the meeting was ahead of it, so No whatever the gap; "the
    day before the 2+2?": ahead of it, but the article gives no gap."""
    answer = ask(engine, *questions)
    if verdict is None:
        assert answer.abstained
    else:
        assert answer.text.startswith(verdict)


@pytest.mark.parametrize(
    ("questions", "verdict"),
    [
        (("What did the two sides agree on?", "when", "so before the 2+2, not at it?"), "Yes"),
        (("When did Esper meet Singh?", "So it was before the 2+2, not during it?"), "Yes"),
        (("When did Esper meet Singh?", "and after the Tokyo talks, right?"), "Yes"),
        (("When were the Tokyo talks?", "so after the Delhi meeting?"), "No"),
        (("When did Begin visit Delhi?", "before the 2+2?"), None),
        (("When did Begin visit Delhi?", "was it before the 2+2?"), None),
    ],
)
def test_a_bare_order_asks_it_of_what_was_just_answered(
    engine: Engine, questions: tuple[str, ...], verdict: str | None
) -> None:
    """ "So before the 2+2, not at it?": was what was just answered before it; the meeting
    was, Begin's visit the article never places against it."""
    answer = ask(engine, *questions)
    if verdict is None:
        assert answer.abstained
    else:
        assert answer.text.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Ok, which of those came first then, the meeting or the 2+2?", "Esper met"),
        ("So which happened first, the Tokyo talks or the Delhi meeting?", "Tokyo"),
        ("First or second time for Esper at a 2+2?", "Second"),
        ("First or second 2+2 for Esper?", "Second"),
        ("Second or third 2+2 for Esper?", "Second"),
    ],
)
def test_which_first_and_ordinal_choices_asked_loosely(
    engine: Engine, question: str, expected: str
) -> None:
    """ "Ok, which of those came first then, A or B?" is "which came first, A or B?"; "first
    or second time for Esper…?" is "is it the first or second time…?"."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text.split(".")[0] or expected in answer.text[:60]


@pytest.mark.parametrize(
    "question",
    [
        "Is this the second or third 2+2 between the US and India?",
        "2nd or 3rd US-India 2+2?",
    ],
)
def test_a_person_s_count_does_not_number_the_dialogues(engine: Engine, question: str) -> None:
    """ "The second time Esper has participated" counts his 2+2s, not the dialogues'."""
    answer = ask(engine, question)
    assert answer.abstained


@pytest.mark.parametrize(
    "follow_up", ["who has communicated this?", "who communicated that?", "who has said this?"]
)
def test_communicated_asks_who_said_the_last_answer(engine: Engine, follow_up: str) -> None:
    """ "Communicated" asks whose words told the agreement: the statement, not the two sides
    who agreed (nor ¶2's "communications" capabilities)."""
    answer = ask(engine, "What agreement did the two sides agree on?", follow_up)
    assert "Defense Department" in answer.text


@pytest.mark.parametrize("follow_up", ["who has communicated this?", "who has stated that?"])
def test_the_article_s_own_claim_has_no_announcer(engine: Engine, follow_up: str) -> None:
    """ "Relations are heating up" is the article's own sentence: no one communicated it."""
    answer = ask(engine, "are us india relations heating up?", follow_up)
    assert "gives no source" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("list every country named", ["India", "China", "Japan", "Australia"]),
        ("name all the countries", ["India", "China", "Japan", "Australia"]),
        ("list the countries the article names", ["China", "Japan", "Australia"]),
        ("list every city mentioned in the article", ["Delhi", "Tokyo"]),
        ("list the cities that the story mentions", ["Delhi", "Tokyo"]),
        ("list all the places in the article, cities and regions", ["Delhi", "South Asia"]),
        ("name all of the places mentioned", ["Delhi", "Tokyo", "South Asia"]),
    ],
)
def test_every_one_of_a_kind_listed(engine: Engine, question: str, expected: list[str]) -> None:
    """ "List every country named" is "which countries are mentioned?": all of them."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert all(word in answer.text for word in expected)


def test_a_kind_listed_with_a_condition_keeps_it(engine: Engine) -> None:
    """ "…except India that were at the Tokyo talks" is not every country named."""
    answer = ask(engine, "name all the countries except India that were at the Tokyo talks")
    assert "China" not in answer.text


@pytest.mark.parametrize(
    "filtering",
    [
        "which of those are US officials?",
        "which of them are American?",
        "which of those are from the US?",
    ],
)
def test_those_of_a_country_among_the_people_listed(engine: Engine, filtering: str) -> None:
    """ "Which of those are US officials?" after the four people: the three Americans;
    "and the Indian one?" then is Singh alone, not Pompeo and Begin beside him."""
    first = engine.answer("list the people", Context())
    among = engine.answer(filtering, first.context)
    assert all(name in among.text for name in ("Esper", "Pompeo", "Begin"))
    assert "Singh" not in among.text
    indian = engine.answer("and the indian one?", among.context)
    assert "Singh" in indian.text
    assert "Pompeo" not in indian.text


def test_which_one_of_several_of_a_country_names_them_all(engine: Engine) -> None:
    """ "Which one is from the US?" of four people, three American: all three, not one."""
    first = engine.answer("list the people", Context())
    answer = engine.answer("which one is from the US?", first.context)
    assert answer.text.startswith("Three of them")


@pytest.mark.parametrize(
    "question",
    [
        "which US government departments are mentioned",
        "which departments are mentioned",
        "what US departments are named",
        "how many government departments are mentioned",
    ],
)
def test_departments_named_are_the_two_departments(engine: Engine, question: str) -> None:
    """The Defense and State Departments; China's Communist Party is no department."""
    answer = ask(engine, question)
    assert "Defense" in answer.text and "State" in answer.text
    assert "Communist" not in answer.text
    assert answer.text.startswith("Two")


@pytest.mark.parametrize(
    "question", ["which indian departments are mentioned", "how many japanese officials are named"]
)
def test_none_of_a_kind_from_a_country_is_no_answer(engine: Engine, question: str) -> None:
    """No body or person of that country: no answer, not another country's department."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        ("list the 4 people and their jobs", ["Esper", "Singh", "Pompeo", "Deputy"], []),
        ("name the people in the article and their titles", ["Singh", "Begin"], []),
        ("list everyone named with their titles", ["Esper", "Begin"], []),
        ("list the american officials and their jobs", ["Esper", "Begin"], ["Singh"]),
        ("list the indian officials and their titles", ["Singh"], ["Esper", ";"]),
    ],
)
def test_people_listed_with_their_titles(
    engine: Engine, question: str, expected: list[str], absent: list[str]
) -> None:
    """ "List the 4 people and their jobs": each person named, with who he is."""
    answer = ask(engine, question)
    assert all(word in answer.text for word in expected)
    assert not any(word in answer.text for word in absent)


@pytest.mark.parametrize(
    "question", ["list the 3 people and their jobs", "list the japanese officials and their titles"]
)
def test_people_with_titles_the_article_does_not_have(engine: Engine, question: str) -> None:
    """Three people, or a Japanese official: the article names neither."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is begin an indian official", "No"),
        ("is singh an american official?", "No"),
        ("is esper a chinese official?", "No"),
        ("is singh an indian official?", "Yes"),
        ("is begin a US official?", "Yes"),
    ],
)
def test_a_country_s_official_is_of_that_country(
    engine: Engine, question: str, verdict: str
) -> None:
    """ "Is Begin an Indian official?" asks what "is Begin Indian?" does."""
    assert ask(engine, question).text.startswith(verdict)


@pytest.mark.parametrize("question", ["is begin an american woman?", "is singh an indian citizen?"])
def test_a_country_s_woman_or_citizen_is_not_in_the_article(engine: Engine, question: str) -> None:
    """The article gives no one's sex or citizenship."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("whats the 2nd item in that cooperation list", "Secure communications"),
        ("what's the last item in the cooperation list", "Logistics"),
        ("what's the 2nd item in the list of areas of cooperation", "Secure communications"),
        ("what's the last entry in the list of areas of military cooperation", "Logistics"),
    ],
)
def test_an_item_of_a_list_called_by_its_topic(
    engine: Engine, question: str, expected: str
) -> None:
    """ "That cooperation list", "the list of areas of cooperation": the areas listed."""
    assert ask(engine, question).text.startswith(expected)


def test_the_countries_list_is_no_one_list(engine: Engine) -> None:
    """The article lists countries more than once: "the countries list" picks none."""
    assert ask(engine, "what is the third item in the countries list").abstained


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("which US government departments are mentioned", "Two"),
        ("list the people", "Four"),
        ("list every country named", "Five"),
    ],
)
def test_how_many_is_that_counts_the_last_list(engine: Engine, first: str, expected: str) -> None:
    """ "Which US government departments are mentioned?" "How many is that?": two."""
    listed = engine.answer(first, Context())
    for follow in ("how many is that?", "so how many are there?"):
        assert engine.answer(follow, listed.context).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "Where did Esper go after meeting Singh?",
        "where did esper travel after the meeting with singh",
        "Where was Esper after the meeting?",
        "Where did Pompeo go before his trip?",
        "Where did the two men go after they agreed on BECA?",
    ],
)
def test_where_someone_went_after_an_event_is_not_where_it_was(
    engine: Engine, question: str
) -> None:
    """The place of the event a where-question is ordered against is not where anyone went
    after (or before) it; the article says nothing of that."""
    answer = ask(engine, question)
    assert answer.abstained
    assert "New Delhi" not in answer.text and "Tokyo" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Where did Pompeo go after the press conference?",
        "Pompeo's presser was before a trip to which region?",
        "Whither was Pompeo bound when he gave his pre-departure press conference?",
    ],
)
def test_where_pompeo_went_after_his_press_conference_is_his_trip(
    engine: Engine, question: str
) -> None:
    """The press conference came "prior to his trip to South Asia": that trip answers."""
    assert "South Asia" in ask(engine, question).text


@pytest.mark.parametrize(
    ("first", "why"),
    [
        ("Who else visited New Delhi?", "why?"),
        ("what did they agree on?", "but why?"),
        ("how many 2+2 dialogues have there been?", "why is that?"),
        ("where did esper and pompeo go earlier this month?", "why tho"),
    ],
)
def test_a_bare_why_after_an_answer_with_no_reason_says_so(
    engine: Engine, first: str, why: str
) -> None:
    """ "Why?" after an answer whose fact gives no reason: plainly that the article doesn't
    say why, not that the question is outside what it covers."""
    from bot.engine.context import Context

    answered = engine.answer(first, Context())
    answer = engine.answer(why, answered.context)
    assert answer.abstained
    assert answer.text.startswith("The article doesn't say why")


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("esper first name", "and pompeo?", "doesn't give his or her first name"),
        ("what is Esper's first name?", "what about Pompeo?", "doesn't give his or her first"),
        ("Singh's first name?", "and Esper's?", "Mark"),
        ("what's esper's last name?", "and singh?", "Singh (Rajnath Singh)"),
    ],
)
def test_a_name_part_asked_again_of_another_person(
    engine: Engine, first: str, then: str, expected: str
) -> None:
    """ "Esper's first name?" (Mark) "And Pompeo?": Pompeo's first name, which the article
    doesn't give, never his title ("Secretary") as if it were one."""
    from bot.engine.context import Context

    answered = engine.answer(first, Context())
    text = engine.answer(then, answered.context).text
    assert expected in text
    assert not text.startswith("Secretary")


@pytest.mark.parametrize(
    "question",
    [
        "Where did the Indian defence minister go after meeting the Pentagon chief?",
        "Where did Singh go after meeting Esper?",
        "Where did Singh head following the meeting?",
    ],
)
def test_where_someone_went_after_an_event_is_not_the_event_s_place(
    engine: Engine, question: str
) -> None:
    """The article says nowhere Singh went after the meeting: not its New Delhi."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Where did Esper go before meeting Singh?",
        "Where had Esper travelled before the meeting with Singh?",
    ],
)
def test_where_someone_went_before_an_event_is_their_earlier_event(
    engine: Engine, question: str
) -> None:
    """Esper was at the Tokyo talks earlier the month he met Singh."""
    assert "Tokyo" in ask(engine, question).text


def test_where_someone_went_after_speaking_before_a_trip_is_the_trip(engine: Engine) -> None:
    """Pompeo spoke "prior to his trip to South Asia": that is where he went after."""
    assert "South Asia" in ask(engine, "Where did Pompeo go after the press conference?").text


@pytest.mark.parametrize("follow", ["and when?", "so when?", "when then?"])
def test_a_bare_question_word_after_an_unanswered_question_asks_it_again(
    engine: Engine, follow: str
) -> None:
    """ "Where was the first one held?" (not in the article) "And when?": when the first
    2+2 was, which the article does not say either, not the meeting's date."""
    counted = engine.answer("how many 2+2 dialogues have the US and India held?", Context())
    first = engine.answer("where was the first one held?", counted.context)
    assert first.abstained
    assert engine.answer(follow, first.context).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Was the defence minister the US secretary met from Japan?", "No"),
        ("Where is the defence minister the American secretary met from?", "India"),
        ("What country is the defense chief who met Esper from?", "India"),
    ],
)
def test_an_office_named_by_a_deed_is_the_one_who_did_it(
    engine: Engine, question: str, expected: str
) -> None:
    """ "The defence minister the US secretary met" is Singh, whatever is asked of him."""
    answer = ask(engine, question)
    assert answer.text.startswith(expected)
    assert "India" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What did the Indian defence minister and his American counterpart agree to"
            " cooperate on developing?",
            "emerging technologies",
        ),
        ("What did the US defense secretary and his Indian counterpart praise?", "strength"),
        ("Where did the Indian defense minister and his US counterpart meet?", "New Delhi"),
    ],
)
def test_someone_named_by_office_and_his_counterpart_are_the_two(
    engine: Engine, question: str, expected: str
) -> None:
    """ "The Indian defence minister and his American counterpart" are Singh and Esper."""
    assert expected in ask(engine, question).text


def test_the_counterpart_of_someone_named_by_a_long_title_is_the_other_side(
    engine: Engine,
) -> None:
    """ "The US secretary of defense and his counterpart": Esper's counterpart, Singh."""
    answer = ask(engine, "Did the US secretary of defense and his counterpart discuss logistics?")
    assert answer.text.startswith("Yes")
    assert any("counterpart is Rajnath Singh" in note for note in answer.notes)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How are relations between China and the country Esper visited on Monday?", "deterior"),
        ("How are ties between the US and the country Begin visited?", "heating up"),
        ("Who is the defence minister of the country Esper visited?", "Rajnath Singh"),
    ],
)
def test_a_country_named_by_a_visit_without_which_is_that_country(
    engine: Engine, question: str, expected: str
) -> None:
    """ "The country Esper visited on Monday" is India, as "the country that…" is."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "How did US officials describe the relationship between the two countries whose"
            " defence chiefs met in Delhi?",
            "most significant",
        ),
        ("whats the trend for ties between the two countries whose defence chiefs met?", "heating"),
        (
            "What agreement did the two countries whose defense ministers met in New Delhi reach?",
            "Basic Exchange",
        ),
    ],
)
def test_two_countries_named_by_their_people_s_deed_are_those_people_s(
    engine: Engine, question: str, expected: str
) -> None:
    """ "The two countries whose defence chiefs met" are Esper's and Singh's: the U.S. and
    India."""
    assert expected in ask(engine, question).text


def test_two_countries_named_by_a_deed_and_asked_for_are_named(engine: Engine) -> None:
    """ "Name the two countries whose defence chiefs met in Delhi": the two themselves."""
    answer = ask(engine, "Name the two countries whose defence chiefs met in Delhi")
    assert "India" in answer.text and "United States" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Esper Tokyo companion",
        "Who was Esper's companion in Tokyo?",
        "Esper's travel companion in Tokyo",
        "Who was Esper's companion at the Tokyo talks?",
    ],
)
def test_someone_s_companion_at_a_place_is_who_went_with_him(engine: Engine, question: str) -> None:
    """ "Esper's companion in Tokyo": Pompeo, who took part in the talks with him."""
    assert "Pompeo" in ask(engine, question).text


@pytest.mark.parametrize("question", ["Singh's companion?", "Who was Begin's companion in Delhi?"])
def test_a_companion_the_article_never_names_is_not_made_up(engine: Engine, question: str) -> None:
    """No one is said to have gone with Singh or with Begin."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Name the official who recently visited New Delhi and give his title",
        "Name the man who recently visited New Delhi and give his title",
        "Name the person who recently visited New Delhi and give his job",
    ],
)
def test_a_second_part_put_as_an_order_is_asked(engine: Engine, question: str) -> None:
    """ "… and give his title" is "… and what is his title?": Begin, Deputy Secretary."""
    text = ask(engine, question).text
    assert "Begin" in text and "Deputy Secretary of State" in text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who spoke at teh State Department?", "Pompeo"),
        ("where did esper adn singh meet?", "New Delhi"),
        ("wat did the guy who spoke at teh state dept say about china", "Communist Party"),
    ],
)
def test_small_words_slipped_in_typing_are_read_as_meant(
    engine: Engine, question: str, expected: str
) -> None:
    """ "teh" is "the", "adn" is "and": too short for the speller, common as slips."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize("reaction", ["wow", "noted", "hmm", "hmm interesting", "makes sense"])
def test_a_reaction_between_claims_is_chit_chat(engine: Engine, reaction: str) -> None:
    """ "Who met Singh?" "wow": nothing to check, and no misspelt "how"."""
    answer = ask(engine, "who met singh?", reaction)
    assert answer.abstained and answer.reason is AbstainReason.CHIT_CHAT


@pytest.mark.parametrize(
    "claim",
    [
        "Singh visited the Pentagon for this",
        "Did Singh go to the Pentagon?",
        "Did Esper visit the Defense Department?",
        "Singh flew to the Pentagon",
    ],
)
def test_a_body_visited_is_no_fact_that_merely_names_it(engine: Engine, claim: str) -> None:
    """The DoD's statement names Singh, but puts nobody at its headquarters."""
    assert not ask(engine, claim).text.startswith("Yes")


@pytest.mark.parametrize(
    "claim",
    [
        "the DOD statement was issued on tuesday",
        "Was the DOD statement issued on Tuesday?",
        "the Pentagon put out its statement on friday",
        "the DOD statement was issued in November",
    ],
)
def test_who_issued_the_statement_says_nothing_of_when(engine: Engine, claim: str) -> None:
    """The article names the DoD as the statement's source, never the day it came out."""
    assert ask(engine, claim).abstained


@pytest.mark.parametrize(
    "claim",
    [
        "did Begin visit New Delhi in September?",
        "Begin went to Delhi in september",
        "Begin visited New Delhi in August",
    ],
)
def test_a_month_is_no_other_place_for_a_visit_the_article_leaves_undated(
    engine: Engine, claim: str
) -> None:
    """Begin "recently visited New Delhi": no date, and "in September" is no place."""
    assert ask(engine, claim).abstained


def test_a_month_after_a_visit_in_a_conversation_is_no_other_place(engine: Engine) -> None:
    answer = ask(engine, "and Begin visited New Delhi recently", "he went in september")
    assert answer.abstained


@pytest.mark.parametrize(
    "claim",
    [
        "Will the two militaries cooperate less?",
        "did they commit to less cooperation?",
        "the two militaries will cooperate less from now on",
    ],
)
def test_less_of_what_the_article_deepens_is_no_yes(engine: Engine, claim: str) -> None:
    """They reinforced their commitment to deepening cooperation: no lessening."""
    assert not ask(engine, claim).text.startswith("Yes")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("and they both welcomed more info sharing", "welcomed"),
        ("they'll keep working together on pressing global security challenges", "continue"),
        ("they will continue to work together", "continue"),
        ("officials call the US and India the world's two largest democracies", "democracies"),
        ("they both praised the defense relationship", "praised"),
    ],
)
def test_a_bare_claim_about_what_they_did_or_will_do_is_confirmed(
    engine: Engine, claim: str, expected: str
) -> None:
    answer = ask(engine, claim)
    assert answer.text.startswith("Yes") and expected in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Pompeo was travelling to which region?", "South Asia"),
        ("Esper met whom?", "Singh"),
        ("And the calendar date of the said meeting, if you would be so kind?", "Oct. 26"),
    ],
)
def test_questions_in_statement_order_are_still_asked(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert not answer.text.startswith(("Yes", "No")) and expected in answer.text


@pytest.mark.parametrize("remark", ["they said that already", "he'll see", "he said so"])
def test_a_remark_opened_by_a_pronoun_is_no_claim(engine: Engine, remark: str) -> None:
    assert not ask(engine, "who met singh?", remark).text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Esper's full name is Mark T. Esper", "Yes. Mark T. Esper"),
        ("Is Singh's full name Rajnath Singh?", "Yes. Rajnath Singh"),
        ("Esper's full name is John Smith", "No. Mark T. Esper"),
        ("is esper's middle initial T?", "Yes. T."),
        ("Esper's middle initial is J", "No. T."),
        # T. may be Thomas: the article cannot say it is not.
        ("Is Esper's full name Mark Thomas Esper?", "Mark T. Esper"),
        ("Esper's full name exactly as printed?", "Mark T. Esper"),
    ],
)
def test_a_full_name_or_initial_put_up_gets_a_verdict(
    engine: Engine, claim: str, expected: str
) -> None:
    assert ask(engine, claim).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "did the indian press like it?",
        "did the press like the agreement?",
        "how did the indian press react to the deal?",
        "was the american press happy with the agreement?",
    ],
)
def test_the_press_as_a_party_is_the_media_the_article_never_mentions(
    engine: Engine, question: str
) -> None:
    """ "Did the Indian press like it?": no "pressing" challenge nor press conference."""
    assert ask(engine, question).abstained
    assert "State Department" in ask(engine, "where was the press conference?").text


@pytest.mark.parametrize(
    "question",
    [
        "was the agreement signed on tuesday?",
        "Was BECA signed on Monday?",
        "did esper and singh sign the agreement on the 26th?",
        "when will the agreement actually be signed?",
        "when is it going to be signed?",
        "who will sign the agreement?",
    ],
)
def test_the_time_of_a_signing_is_not_in_the_article(engine: Engine, question: str) -> None:
    """The article has them agree on BECA and tells of no signing, done or to come."""
    answer = ask(engine, question)
    assert answer.abstained and "signing" in answer.text
    assert not ask(engine, "did they sign the BECA?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what did esper do earlier this month, before delhi?", "Tokyo"),
        ("what did esper do before the meeting?", "Tokyo"),
        ("what did esper and singh do before the 2+2 dialogue?", "Singh"),
        ("after meeting Singh, what was the next big event on Esper's schedule?", "2+2"),
        ("what was the next event after the meeting?", "2+2"),
        ("what happens next, according to the article?", "2+2"),
    ],
)
def test_what_someone_did_next_to_an_event_is_the_event_the_article_places_there(
    engine: Engine, question: str, expected: str
) -> None:
    """ "What did they do before the 2+2?": the events the article puts on that side."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


def test_what_someone_did_next_to_an_event_is_only_theirs(engine: Engine) -> None:
    """Singh was not at the Tokyo talks; nothing of his before the meeting is told."""
    assert ask(engine, "what did singh do before the meeting?").abstained
    assert ask(engine, "what did esper do after the 2+2?").abstained


def test_what_came_next_follows_the_event_last_answered(engine: Engine) -> None:
    """ "What happened in Tokyo?" "What came next?" (the meeting) "And after that?" (2+2)."""
    tokyo = engine.answer("what happened in tokyo?", Context())
    meeting = engine.answer("what came next?", tokyo.context)
    assert "Singh" in meeting.text
    assert "2+2" in engine.answer("and after that?", meeting.context).text
    begin = engine.answer("who is begin?", Context())
    assert engine.answer("what came next?", begin.context).abstained


@pytest.mark.parametrize(
    "question",
    [
        "whats happening with india-china ties meanwhile",
        "what's happening with india-china ties in the meantime?",
        "meanwhile, how are india-china relations?",
    ],
)
def test_meanwhile_adds_nothing_to_what_is_asked(engine: Engine, question: str) -> None:
    """The article puts the warming "at a time when" relations with China deteriorate."""
    assert "deteriorating" in ask(engine, question).text


@pytest.mark.parametrize(
    "follow_up", ["why is that?", "what led to that?", "what caused it?", "why did that happen?"]
)
def test_why_of_an_answer_giving_no_reason_borrows_none(engine: Engine, follow_up: str) -> None:
    """ "How are India-China relations?" "What led to that?": the article gives no cause;
    the partnership's purpose (against China) is no reason for the deterioration."""
    first = engine.answer("how are india-china relations?", Context())
    assert engine.answer(follow_up, first.context).abstained
    asked = engine.answer("why are they expanding information sharing?", Context())
    assert "security" in asked.text


@pytest.mark.parametrize(
    "question",
    [
        "Begin works for which department?",
        "Begin serves in which department?",
        "Begin belongs to which department?",
    ],
)
def test_a_name_before_a_present_verb_is_the_person(engine: Engine, question: str) -> None:
    """ "Begin works for…": Begin the Deputy Secretary of State, not the verb."""
    assert ask(engine, question).text.startswith("State Department")


@pytest.mark.parametrize(
    "question",
    [
        "explain the Basic Exchange and Cooperation Agreement simply - what's actually in it?",
        "tell me about BECA - what does it contain?",
        "the basic exchange agreement, what does it cover exactly?",
    ],
)
def test_it_is_the_agreement_the_question_named(engine: Engine, question: str) -> None:
    """The article never says what the BECA contains."""
    answer = ask(engine, question)
    assert answer.abstained and "contains" in answer.text


@pytest.mark.parametrize("doubt", ["is that true though?", "is that really true?"])
def test_a_description_doubted_is_not_confirmed(engine: Engine, doubt: str) -> None:
    """Officials called the U.S. and India the world's two largest democracies; whether they
    are, the article does not judge."""
    first = engine.answer("which are the two largest democracies?", Context())
    answer = engine.answer(doubt, first.context)
    assert answer.abstained and "described" in answer.text


def test_a_fact_the_article_states_is_still_confirmed(engine: Engine) -> None:
    first = engine.answer("who met singh?", Context())
    assert engine.answer("is that true?", first.context).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "compare how US-India ties and US-China ties are going",
        "contrast how US-India and US-China relations are developing",
    ],
)
def test_compare_how_puts_the_question_after_it(engine: Engine, question: str) -> None:
    text = ask(engine, question).text
    assert "heating" in text and "deteriorat" in text


@pytest.mark.parametrize(
    "question",
    [
        "is this the fifth 2+2 between the US and India?",
        "was this the fifth 2+2 between the two countries?",
    ],
)
def test_an_ordinal_past_the_count_is_no(engine: Engine, question: str) -> None:
    """Three dialogues so far: this one is at most the fourth."""
    assert ask(engine, question).text.startswith("No. The U.S. and India have held three")


def test_an_ordinal_within_the_count_stays_unjudged(engine: Engine) -> None:
    """Whether "three such dialogues" takes in this one the article does not say."""
    assert ask(engine, "is this the fourth 2+2 dialogue?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "who attended both the Tokyo talks and the Delhi meeting?",
        "who joined both the quad talks and the New Delhi meeting?",
        "who was at the Tokyo talks and the Delhi meeting both?",
        "what do the Tokyo talks and the Delhi meeting have in common?",
    ],
)
def test_the_one_at_both_is_esper(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Mark T. Esper")


def test_nothing_in_common_is_invented(engine: Engine) -> None:
    """No fact sets the 2+2 beside the Quad talks by who was at both."""
    assert ask(engine, "what do the 2+2 and the quad talks have in common?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "did they talk about cooperation among the various services?",
        "did they discuss cooperation between the different services?",
    ],
)
def test_the_different_services_are_the_services(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes") and "services" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "did the two men say anything nice about the relationship?",
        "did Esper and Singh have nice things to say about the defense ties?",
        "did they have anything good to say about the relationship?",
    ],
)
def test_saying_something_nice_is_praising(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("Yes") and "praised" in answer.text


def test_whether_the_meeting_was_nice_is_not_praise(engine: Engine) -> None:
    assert ask(engine, "was the meeting nice?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Esper vs Singh: which country is each from?",
        "which countries are Esper and Singh from?",
        "which countries do Esper and Singh represent?",
    ],
)
def test_each_person_s_own_country(engine: Engine, question: str) -> None:
    assert ask(engine, question).text == "Mark T. Esper: the United States; Rajnath Singh: India"


def test_no_half_answer_of_own_countries(engine: Engine) -> None:
    """The article gives no country for Pompeo."""
    assert ask(engine, "which countries do Pompeo and Singh represent?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how is Esper's job different from Singh's?", "Defense Minister"),
        ("how does Esper's role differ from Singh's?", "Defense Minister"),
        ("how do the 2+2 and the quad talks differ?", "Australia"),
        ("how is the 2+2 different from the Tokyo talks?", "Australia"),
    ],
)
def test_how_two_differ_tells_what_each_is(engine: Engine, question: str, expected: str) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the article use the phrase 'elevated strategic partnership'?", "Yes"),
        ("is 'quadripartite' the article's own word?", "Yes"),
        ("is the phrase 'two largest democracies' in the text?", "Yes"),
        ("it calls it a 'comprehensive strategic partnership', right?", "No"),
        ("does it say 'pressing regional security challenges'?", "No"),
        ("did officials call it 'one of the most important relationships'?", "No"),
        ("Pompeo said they'd work together to 'defeat' the threat - is 'defeat' right?", "No"),
    ],
)
def test_a_quoted_wording_is_checked_against_the_article(
    engine: Engine, question: str, expected: str
) -> None:
    """A wording the article uses is a Yes; one sharing most of its words with the
    article's own is a No, showing the article's words."""
    answer = ask(engine, question)
    assert answer.text.startswith(expected), answer.text
    if expected == "No":
        assert "The article says" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is it 'logistics' or 'logistical support'?", "logistics"),
        ("did they 'hail' the relationship or 'praise' it?", "praised"),
        ("is it 'secure communication' or 'secure communications'?", "secure communications"),
        ("does the text say 'deteriorating sharply' or 'deteriorating rapidly'?", "sharply"),
        ("does the article spell it defence or defense?", "Defense"),
        ("does the headline end with 'two services' or 'two countries'?", "Two Services"),
    ],
)
def test_of_two_wordings_the_article_s_own_is_chosen(
    engine: Engine, question: str, expected: str
) -> None:
    """Two wordings offered: the one the article uses, as it writes it."""
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "does it call India an 'ally'?",
        "is the word 'historic' used?",
        "did the article call the talks 'historic talks'?",
    ],
)
def test_a_wording_nothing_in_the_article_is_near_is_not_answered(
    engine: Engine, question: str
) -> None:
    """Words the article never uses, with nothing of its own near them: unanswered."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "give me Singh's exact quote on information sharing",
        "what are Esper's exact words?",
        "quote Singh word for word",
        "give me the two men's exact words",
    ],
)
def test_own_words_of_someone_never_quoted_are_not_given(engine: Engine, question: str) -> None:
    """The article quotes neither Esper nor Singh: its report is not their words."""
    answer = ask(engine, question)
    assert answer.abstained
    assert "doesn't quote" in answer.text


def test_own_words_of_someone_quoted_are_the_quotation(engine: Engine) -> None:
    """ "Who talks of a threat from China?" (Pompeo) "Quote him word for word.": his words."""
    first = engine.answer("so who actually talks about a threat from china, by name?", Context())
    answer = engine.answer("quote him word for word pls", first.context)
    assert "thwart" in answer.text
    assert "Pompeo" in answer.quote.text if answer.quote else False


@pytest.mark.parametrize(
    "question", ["is Singh quoted directly?", "are there any direct quotes from Esper?"]
)
def test_whether_someone_is_quoted_directly(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("No. The article quotes no words of")


def test_whether_he_is_quoted_directly_follows_the_conversation(engine: Engine) -> None:
    first = engine.answer("who did Esper meet?", Context())
    answer = engine.answer("is he quoted directly anywhere in the piece?", first.context)
    assert answer.text.startswith("No. The article quotes no words of Rajnath Singh")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does the article call Pompeo 'Secretary of State'?", "No. The article never calls"),
        ("does the story call Begin 'Deputy Secretary of Defense'?", "No. The article never"),
        ("is Pompeo called 'Secretary of State'?", "No. The article never calls Pompeo “Sec"),
    ],
)
def test_a_title_in_quotation_marks_is_checked_against_the_name(
    engine: Engine, question: str, expected: str
) -> None:
    """A title put in quotation marks is checked against what the article puts to that
    person's name, not against someone else's title ("Secretary of Defense" is Esper's)."""
    assert ask(engine, question).text.startswith(expected)


def test_a_long_description_is_checked_word_for_word(engine: Engine) -> None:
    """ "important" for "significant" is not the article's wording."""
    answer = ask(
        engine,
        "does the article describe the relationship as 'one of the most important"
        " relationships of the 21st century'?",
    )
    assert answer.text.startswith("No.")
    assert "significant" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("exact wording on how many times Esper has done a 2+2?", "second"),
        ("the exact words on what the two sides agreed?", "Basic Exchange"),
    ],
)
def test_a_request_for_exact_words_before_the_question(
    engine: Engine, question: str, expected: str
) -> None:
    """ "Exact wording on …": how to answer; every answer quotes the article anyway."""
    answer = ask(engine, question)
    assert expected in answer.text


def test_a_follow_up_asking_for_exact_words(engine: Engine) -> None:
    """ "and the city, exact words?" is "and the city?", answered with its sentence."""
    first = engine.answer("what day does the article give for the esper-singh meeting?", Context())
    answer = engine.answer("and the city, exact words?", first.context)
    assert "New Delhi" in answer.text


def test_either_spelling_is_shown_from_the_body(engine: Engine) -> None:
    """ "Defense", quoted where the article's body says it, not from its headline."""
    answer = ask(engine, "does the article spell it defence or defense?")
    assert answer.quote is not None and answer.quote.paragraph > 0


@pytest.mark.parametrize(
    ("claim", "fragment", "expected"),
    [
        ("esper n singh met on tues", "in delhi tho", "Yes"),
        ("US india relations are cooling off", "while US-India ties heat up", "Yes"),
        ("US india relations are cooling off", "and India China ties are improving", "No"),
        ("Esper and Pompeo were both in Tokyo", "that was earlier this month", "Yes"),
        ("Esper and Pompeo were both in Tokyo", "it was in japan", "Yes"),
        ("Singh is India's foreign minister", "his first name's Rajnath", "Yes"),
        (
            "the two sides committed to deepening cooperation between the militaries",
            "including among the services",
            "Yes",
        ),
    ],
)
def test_a_fragment_going_on_with_a_claim_gets_its_verdict(
    engine: Engine, claim: str, fragment: str, expected: str
) -> None:
    """ "Esper n Singh met on tues" (No) "in delhi tho": a claim of its own, Yes."""
    assert ask(engine, claim, fragment).text.startswith((f"{expected}.", f"{expected},"))


@pytest.mark.parametrize(
    "question",
    ["and pompeo, what's his title", "in delhi?", "Esper met whom", "tell me about the BECA"],
)
def test_a_question_after_a_claim_is_no_fragment_to_judge(engine: Engine, question: str) -> None:
    answer = ask(engine, "Esper met Singh in Mumbai.", question)
    assert not answer.text.startswith(("Yes", "No"))


def test_a_date_fragment_the_article_does_not_give_is_not_confirmed(engine: Engine) -> None:
    """Begin "recently visited New Delhi": "in october" after it is not a Yes."""
    answer = ask(
        engine, "Begin is the Secretary of State", "and he visited New Delhi recently", "in october"
    )
    assert not answer.text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("I heard Pompeo gave a press conference in Delhi", "No"),
        ("apparently the meeting was in Tokyo", "No"),
        ("someone told me Esper met Singh on Monday", "Yes"),
        ("i read that BECA was agreed during the visit", "Yes"),
        ("my friend says Singh is India's foreign minister", "No"),
    ],
)
def test_a_claim_passed_on_as_hearsay_is_checked(engine: Engine, claim: str, expected: str) -> None:
    """ "I heard Pompeo gave a press conference in Delhi": what was heard is the claim."""
    assert ask(engine, claim).text.startswith(f"{expected}.")


@pytest.mark.parametrize("remark", ["i heard that already", "I think this is interesting"])
def test_hearsay_of_nothing_is_no_claim(engine: Engine, remark: str) -> None:
    assert not ask(engine, remark).text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("last", "follow_up", "expected"),
    [
        ("who is the indian foreign minister?", "and the US defence one?", "Esper"),
        ("who is the Indian foreign minister?", "what about the American defense one?", "Esper"),
        ("who is the american foreign minister?", "and the indian defence one?", "Singh"),
        ("who is the US defence secretary?", "and the indian one?", "Singh"),
    ],
)
def test_one_stands_for_the_last_questions_noun(
    engine: Engine, last: str, follow_up: str, expected: str
) -> None:
    """ "And the US defence one?" asks the last question of the US defence minister, even
    after a question the article could not answer (never "US defence" ties)."""
    first = engine.answer(last, Context())
    answer = engine.answer(follow_up, first.context)
    assert expected in answer.text


def test_one_for_a_noun_the_article_never_fills_abstains(engine: Engine) -> None:
    """ "Who is the Indian defence minister?" "And the American foreign one?": the article
    names no American foreign minister, so nothing is asserted."""
    first = engine.answer("who is the indian defence minister?", Context())
    answer = engine.answer("and the american foreign one?", first.context)
    assert answer.abstained


@pytest.mark.parametrize(
    "follow_up",
    [
        "the person you just named - where did he go before that?",
        "that guy you mentioned - where did he go before the meeting?",
        "and the man - where did he head before that?",
    ],
)
def test_a_lead_pointing_back_leaves_the_question_a_follow_up(
    engine: Engine, follow_up: str
) -> None:
    """ "The person you just named - where did he go…?": "the person" is the last answer
    (Esper), so his Tokyo talks, not the meeting's own New Delhi."""
    first = engine.answer("who met the indian defence minister on oct 26?", Context())
    answer = engine.answer(follow_up, first.context)
    assert "Tokyo" in answer.text


@pytest.mark.parametrize(
    "follow_up",
    [
        "where was he off to next?",
        "where did he go next?",
        "where was he headed afterwards?",
        "and where did he travel then?",
    ],
)
def test_where_someone_went_next_after_a_side_event(engine: Engine, follow_up: str) -> None:
    """ "Who went to Tokyo with Esper?" "Where did he give a press conference?" "Where
    was he off to next?": Pompeo's thread has left Tokyo; his trip was to South Asia."""
    context = Context()
    for question in ("who went to tokyo with esper?", "where did he give a press conference?"):
        context = engine.answer(question, context).context
    answer = engine.answer(follow_up, context)
    assert "South Asia" in answer.text


def test_where_someone_went_next_is_not_made_up(engine: Engine) -> None:
    """ "Who met Singh?" "Where did he go next?": the article has Esper nowhere after."""
    first = engine.answer("who met singh?", Context())
    assert engine.answer("where did he go next?", first.context).abstained


def test_before_his_trip_is_not_before_another_mans_meeting(engine: Engine) -> None:
    """ "Where did Pompeo go before his trip?": not the Tokyo talks, placed only against
    the Esper-Singh meeting, which was not Pompeo's."""
    answer = ask(engine, "where did pompeo go before his trip?")
    assert "Tokyo" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "did Esper say the ties were the most important?",
        "did Esper call the relationship the most important?",
        "Esper said the ties are the most important, right?",
    ],
)
def test_a_ranking_put_to_someone_is_given_to_whom_the_article_gives_it(
    engine: Engine, question: str
) -> None:
    """Officials, not Esper, called it "one of the most significant relationships"."""
    answer = ask(engine, question)
    assert not answer.text.startswith("Yes")
    assert "officials" in answer.text and "significant" in answer.text


def test_a_ranking_of_what_no_one_ranked_is_not_given_to_anyone(engine: Engine) -> None:
    """No one in the article calls the agreement the most important."""
    answer = ask(engine, "did esper say the agreement was the most important?")
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "what did Pompeo say about India?",
        "what did Pompeo say about Australia?",
        "what did Esper say about Tokyo?",
    ],
)
def test_what_someone_did_is_not_given_as_what_they_said(engine: Engine, question: str) -> None:
    """Taking part in the Tokyo talks (with India and Australia) is not saying anything."""
    assert ask(engine, question).abstained


def test_what_someone_said_about_it_after_their_quote(engine: Engine) -> None:
    """After Pompeo's quote, "what did he say about India?" is not the Tokyo talks."""
    first = engine.answer("what did Pompeo say about China?", Context())
    assert "thwart" in first.text
    answer = engine.answer("what did he say about India specifically?", first.context)
    assert answer.abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what did Pompeo say about China?", "thwart"),
        ("what did Singh say about information sharing?", "welcomed"),
        ("what did Esper say about the relationship?", "praised"),
    ],
)
def test_what_someone_said_or_expressed_is_still_answered(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "what exactly is in quotation marks in the first paragraph?",
        "which words are in quotes in the first paragraph?",
        "what's quoted in para 1?",
    ],
)
def test_what_a_paragraph_puts_in_quotation_marks(engine: Engine, question: str) -> None:
    """The passage in the article's own marks, with whose words they are."""
    answer = ask(engine, question)
    assert answer.text.startswith("“pressing global security challenges”")
    assert "Defense Department" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "are there any direct quotes?",
        "which words does the article put in quotes?",
        "what are the direct quotes in the article?",
    ],
)
def test_every_passage_in_quotation_marks(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "thwart the threat" in answer.text and "most significant" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who is quoted directly and who is paraphrased?",
        "who does the article quote directly?",
        "whose words are in quotation marks?",
        "does the article quote anyone directly?",
    ],
)
def test_who_the_article_quotes_directly(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "Pompeo" in answer.text and "officials" in answer.text
    assert "Esper" not in answer.text and "Singh" not in answer.text


def test_a_paragraph_without_quotation_marks(engine: Engine) -> None:
    """¶8 quotes no one: said so, without a sentence to show for an absence."""
    answer = ask(engine, "what's in quotation marks in the last paragraph?")
    assert answer.abstained and "nothing in quotation marks" in answer.text


def test_whose_words_after_the_passage_listed(engine: Engine) -> None:
    first = engine.answer("what is in quotes in paragraph 7?", Context())
    answer = engine.answer("who said it?", first.context)
    assert "officials" in answer.text


@pytest.mark.parametrize(
    "follow_up",
    ["who's that phrase attributed to?", "whose words are those?", "who came up with that line?"],
)
def test_whose_words_the_phrase_just_quoted_are(engine: Engine, follow_up: str) -> None:
    """Not Esper and Singh, who agreed in the same sentence: the statement said it."""
    first = engine.answer("what exactly is in quotation marks in the first paragraph?", Context())
    answer = engine.answer(follow_up, first.context)
    assert "Defense Department" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is 'pressing global security challenges' repeated anywhere?", "Yes, again in ¶4"),
        ("does 'elevated strategic partnership' appear again later?", "No."),
        ("is 'free nations' used elsewhere?", "No."),
    ],
)
def test_whether_quoted_words_are_used_again(engine: Engine, question: str, expected: str) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_the_same_phrase_again_after_it_was_quoted(engine: Engine) -> None:
    first = engine.answer("what exactly is in quotation marks in the first paragraph?", Context())
    second = engine.answer("who's that phrase attributed to?", first.context)
    answer = engine.answer("does the same phrase show up again later?", second.context)
    assert answer.text.startswith("Yes, again in ¶4")
    assert "without quotation marks" in answer.text


@pytest.mark.parametrize(
    ("first", "follow_up", "expected"),
    [
        ("who met singh?", "which paragraph is that in?", "¶1, which begins “U.S. Secretary"),
        (
            "what did pompeo say?",
            "which paragraph is that in, roughly - what does it start with?",
            "¶6, which begins “Although",
        ),
        ("what did pompeo say?", "how does that paragraph begin?", "¶6, which begins"),
        (
            "how many 2+2 dialogues have there been?",
            "where in the article is that?",
            "¶5, which begins “This is the second time",
        ),
    ],
)
def test_the_paragraph_of_the_last_answer_and_how_it_begins(
    engine: Engine, first: str, follow_up: str, expected: str
) -> None:
    before = engine.answer(first, Context())
    assert engine.answer(follow_up, before.context).text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does the Pompeo quote end with 'Communist Party'?", "Yes."),
        ("does Pompeo's quotation end with 'China'?", "No."),
        ("does Pompeo's quote start with 'also included'?", "Yes."),
        ("does the officials' quote end with 'democracies'?", "Yes."),
        ("does the officials' quote begin with 'the most significant'?", "No."),
    ],
)
def test_how_a_quotation_ends_or_begins(engine: Engine, question: str, expected: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(expected)
    assert answer.quote is not None and "“" in answer.quote.text


def test_the_end_of_a_quotation_the_article_does_not_have(engine: Engine) -> None:
    """The article does not quote Esper directly: no quotation to check."""
    assert ask(engine, "does Esper's quote end with 'partnership'?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is 'thwart' Pompeo's word or the reporter's?", "Quoted from Secretary Pompeo"),
        ("is 'significant' the officials' word or the writer's?", "Quoted from U.S. government"),
        ("is 'heating up' the officials' phrase or the writer's?", "The article's own wording"),
        ("is 'quadripartite' the writer's term or Esper's?", "The article's own wording"),
    ],
)
def test_whether_words_are_quoted_or_the_writers_own(
    engine: Engine, question: str, expected: str
) -> None:
    assert ask(engine, question).text.startswith(expected)


def test_his_word_or_the_reporters_after_his_quote(engine: Engine) -> None:
    first = engine.answer("what did Pompeo say about China?", Context())
    answer = engine.answer("is 'thwart' his word or the reporter's?", first.context)
    assert "Pompeo" in answer.text
    assert answer.quote is not None and "thwart the threat posed by" in answer.quote.text


@pytest.mark.parametrize(
    "question",
    [
        "sorry, she grabbed the keyboard. Who wrote the statement in the article?",
        "who wrote the statement?",
        "which department wrote that statement",
        "who drafted the statement",
    ],
)
def test_who_wrote_the_statement_is_who_issued_it(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "Defense Department" in answer.text
    assert answer.quote is not None and "said in a statement" in answer.quote.text


def test_who_wrote_the_article_still_abstains(engine: Engine) -> None:
    # The statement's author is the Department; the article's own writer is never named.
    assert ask(engine, "who wrote the article?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "what are they scared of",
        "what are they afraid of?",
        "What are America and India worried about?",
        "what were the two countries concerned about",
    ],
)
def test_what_the_two_sides_fear_is_the_threat_posed_by_china(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert "China" in answer.text
    assert answer.quote is not None and "threat posed by China" in answer.quote.text


@pytest.mark.parametrize(
    "question", ["what is esper scared of", "what are the japanese afraid of", "are they scared?"]
)
def test_fears_the_article_does_not_give_abstain(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "what do they want to do better",
        "what do they want to get better at?",
        "which three things do the militaries want to do better?",
    ],
)
def test_what_they_want_to_do_better_is_what_they_improve(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "logistics" in answer.text and "communications" in answer.text


@pytest.mark.parametrize(
    "question", ["tokyo countries", "countries tokyo", "countries at tokyo?", "tokyo nations"]
)
def test_tokyo_countries_as_keywords_get_the_four_at_the_talks(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert all(name in answer.text for name in ("Japan", "India", "Australia"))
    assert answer.quote is not None and "Japan, India, and Australia" in answer.quote.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "mum says the story says america and india are getting closer, is that right",
            "Yes",
        ),
        ("my friend says the article says the us and india are getting closer. true?", "Yes"),
        ("mum says esper met singh, is that right", "Yes"),
        ("my dad said the article says the meeting was in tokyo, is that true?", "No"),
    ],
)
def test_a_parent_says_the_story_says_checks_the_claim(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(expected)
    assert answer.quote is not None


def test_a_parent_says_a_claim_the_article_does_not_make_abstains(engine: Engine) -> None:
    assert ask(engine, "dad says pompeo met singh, is that right?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("right, quiz q: who'd esper meet?", "Singh"),
        ("ok serious one. how many countries in the quad talks", "Four"),
        ("pub quiz q - where did esper meet singh", "New Delhi"),
        ("anyway, quiz q: what is beca", "Basic Exchange"),
        ("quick one for you lads: esper's first name?", "Mark"),
    ],
)
def test_a_lead_announcing_a_question_is_read_past(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert expected in answer.text and answer.quote is not None


@pytest.mark.parametrize(
    "question", ["hiya bot, quick one", "evening lads, quiz question incoming"]
)
def test_an_announcement_with_no_question_after_it_gets_no_fact(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    ["who's this begin bloke", "who's the begin fella", "who's this begin chap"],
)
def test_begin_before_a_word_for_a_person_is_the_deputy_secretary(
    engine: Engine, question: str
) -> None:
    assert "Deputy Secretary of State" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    ["whose round is it", "whose round is it then lads", "ok whose shout", "my round"],
)
def test_a_round_of_drinks_gets_no_fact(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained and answer.quote is None


def test_rounds_of_dialogue_are_still_counted(engine: Engine) -> None:
    assert ask(engine, "how many rounds have there been").text.startswith("Three")


@pytest.mark.parametrize(
    "follow_up", ["and esper personally?", "what about esper himself?", "esper personally?"]
)
def test_a_count_asked_again_of_one_person_with_emphasis_is_his_count(
    engine: Engine, follow_up: str
) -> None:
    answer = ask(engine, "how many 2+2s have the US and india done", follow_up)
    assert "second" in answer.text


@pytest.mark.parametrize(
    "follow_up",
    ["go on, what else", "carry on - what else did they agree", "go on then, what else?"],
)
def test_go_on_before_what_else_asks_for_more_of_the_last_answer(
    engine: Engine, follow_up: str
) -> None:
    answer = ask(engine, "what did esper and singh actually agree on", follow_up)
    assert "Pompeo" not in answer.text and "technologies" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "whilst he was there did they mention china?",
        "while he was there, did they mention china?",
        "did they mention china whilst there?",
        "and while they were there did they mention china",
    ],
)
def test_while_there_sets_nothing_new_and_the_question_is_answered(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "explicitly mention China" in answer.text


def test_while_there_after_a_trip_the_article_tells_nothing_of_still_abstains(
    engine: Engine,
) -> None:
    answer = ask(engine, "did pompeo go to tokyo?", "while he was there, did he meet singh?")
    assert answer.abstained


def test_how_many_after_all_the_countries_counts_all_of_them(engine: Engine) -> None:
    """ "Which countries?" names the four countries of the Tokyo talks; "how many is that?"
    counts those four, not the three the U.S. met there."""
    counted = ask(engine, "where were the tokyo talks", "which countries?", "how many is that")
    assert counted.text.startswith("Four"), counted.text
    assert "United States" in counted.text


@pytest.mark.parametrize(
    "question",
    [
        "what was the point of those talks?",
        "what were the talks for?",
        "what was the aim of that meeting?",
    ],
)
def test_the_purpose_of_the_tokyo_talks_themselves_is_not_given(
    engine: Engine, question: str
) -> None:
    assert ask(engine, "what were esper and pompeo doing in tokyo", question).abstained


def test_why_they_went_to_tokyo_is_still_the_talks(engine: Engine) -> None:
    answer = ask(engine, "what were esper and pompeo doing in tokyo", "why did they go there?")
    assert answer.text.startswith("To take part in quadripartite talks")


@pytest.mark.parametrize("question", ["whose threat?", "and whose threat is that?"])
def test_whose_threat_after_pompeos_remark_is_chinas_communist_party(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, "what did pompeo say at the state dept presser?", question)
    assert answer.text == "China's Communist Party"
    assert answer.quote is not None and "thwart the threat posed by China" in answer.quote.text


@pytest.mark.parametrize(
    "question",
    [
        "did the US and India agree to scale back logistics ties?",
        "did they agree to cut back on information sharing?",
        "did the two sides roll back information sharing?",
        "did they agree to reduce logistics ties?",
    ],
)
def test_cutting_back_what_they_strengthened_gets_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert answer.quote is not None


@pytest.mark.parametrize(
    "question",
    [
        "Was Begin's visit to New Delhi a long time ago?",
        "was begin's trip years ago?",
        "did begin go to new delhi ages ago?",
    ],
)
def test_begins_visit_long_ago_gets_no_recently(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert answer.quote is not None and "recently visited" in answer.quote.text


def test_how_long_ago_is_no_claim_of_long_ago(engine: Engine) -> None:
    assert not ask(engine, "how long ago did begin visit?").text.startswith("The article says")


@pytest.mark.parametrize(
    "question",
    [
        "what's the purpose of the cooperation on emerging tech and defence trade?",
        "what is the cooperation on emerging technologies for?",
        "why will esper and singh keep cooperating?",
    ],
)
def test_the_purpose_of_their_cooperation_is_global_security(engine: Engine, question: str) -> None:
    assert "global security challenges" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "who are 'the world's two largest democracies' in that quote?",
        "which countries are the two largest democracies in the quote?",
    ],
)
def test_who_the_largest_democracies_in_that_quote_are(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "India" in answer.text and not answer.abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is begin in the last paragraph", "Deputy Secretary of State"),
        ("who's Begin in paragraph 8?", "Deputy Secretary of State"),
        ("who is Esper in paragraph 1", "Secretary of Defense"),
    ],
)
def test_who_one_person_is_in_a_paragraph_is_their_title(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert expected in answer.text


@pytest.mark.parametrize("question", ["who is singh in para 2", "who is begin in paragraph 2"])
def test_who_a_person_is_in_a_paragraph_not_giving_it_abstains(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What does 'DOD' stand for in paragraph 4?", "Department of Defense"),
        ("what does DOD mean in para 4", "Department of Defense"),
        ("What does quadripartite mean in the last paragraph?", "four"),
        ("what does 'such dialogues' refer to in paragraph 5?", "foreign and defense"),
    ],
)
def test_words_asked_of_a_paragraph_using_them_get_their_meaning(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert expected in answer.text
    assert answer.quote is not None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what does 'the two men' refer to?", "Esper"),
        ("what does 'the two men' refer to in paragraph 2?", "Singh"),
        ("what do 'the two Secretaries of Defense' refer to in paragraph 3?", "Esper"),
        ("what does 'the two sides' refer to?", "India"),
        ("what does 'the two countries' refer to in paragraph 5?", "India"),
    ],
)
def test_words_naming_people_or_sides_are_asked_who_they_are(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert expected in answer.text
    assert "strength" not in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which word in paragraph 1 is used to describe the global security challenges?",
            "pressing",
        ),
        ("what word describes the global security challenges in paragraph 1?", "pressing"),
        ("what word in paragraph 6 describes the strategic partnership?", "elevated"),
    ],
)
def test_a_word_asked_for_in_a_paragraph_is_found_there(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert expected in answer.text


def test_a_word_asked_for_in_a_paragraph_quoting_another_abstains(engine: Engine) -> None:
    assert ask(
        engine, "which word in paragraph 3 describes the global security challenges"
    ).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Use the text: why do the two countries want to expand information sharing?", "security"),
        ("Using evidence from the text, why do they want to share more information?", "security"),
        ("what does quadripartite mean?? (use the countries)", "four"),
        ("what does quadripartite mean? (hint: count the countries)", "four"),
        ("Who met Singh? (2 marks)", "Esper"),
    ],
)
def test_a_worksheets_instructions_around_a_question_are_dropped(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "questions",
    [
        ("and it was ahead of what", "who takes part in that"),
        ("which event did the meeting precede", "who goes to that one"),
        ("what was the meeting ahead of?", "who was at that?"),
    ],
)
def test_a_bare_that_after_an_answer_naming_an_event_is_that_event(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    answer = ask(engine, "Who met, where, and when?", *questions)
    assert "foreign and defense ministers" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What kind of partnership is the U.S.-India relationship called?",
        "what type of partnership is the U.S.-India relationship described as?",
        "what sort of partnership is the US-India relationship referred to as",
        "What kind of partnership is the U.S.-India relationship called in paragraph 6?",
    ],
)
def test_the_kind_a_relationship_is_called_is_the_kind_it_is(engine: Engine, question: str) -> None:
    assert "strategic partnership" in ask(engine, question).text


def test_the_kind_of_countries_called_is_still_their_label(engine: Engine) -> None:
    assert "democracies" in ask(engine, "what kind of countries are the US and India called?").text


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (("Remind me who Begin is.",), "Deputy Secretary of State"),
        (("remind me again when Esper met Singh",), "Oct. 26"),
        (("Tel me wher Esper met Sing",), "New Delhi"),
        (("Name India's defence minister.",), "Rajnath Singh"),
        (("Name the country Esper visited.",), "India"),
        (("Name the country Esper and Pompeo went to earlier this month.",), "Japan"),
        (("Describe the state of India-China relations.",), "deteriorating"),
        (("now characterise US-India ties",), "heating up"),
        (
            ("Name the agreement Esper and Singh agreed on.", "Who expressed appreciation for it?"),
            "Esper and Singh",
        ),
        (("Where were the quadripartite talks held?", "List the countries involved."), "Australia"),
        (
            ("Where were the quadripartite talks held?", "same for the US officials who attended"),
            "Pompeo",
        ),
        (("who were the two ministers that met",), "Esper and Singh"),
    ],
)
def test_commands_and_lead_ins_get_the_answer_the_question_gets(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    """Requests put as commands ('remind me', 'name', 'describe', 'same for') are asked as
    the questions they put."""
    answer = ask(engine, *questions)
    assert not answer.abstained
    assert expected in answer.text
    assert answer.quote is not None


@pytest.mark.parametrize(
    "question",
    [
        "Name India's foreign minister.",
        "Tell me India's foreign minister.",
        "Name the US foreign minister",
        "Describe China's reaction to the agreement.",
        "Describe Pakistan's reaction to the agreement",
    ],
)
def test_commands_about_what_the_article_does_not_say_abstain(
    engine: Engine, question: str
) -> None:
    """An office nobody in the article holds, or a reaction it never reports, is not
    answered with a phrase that merely shares its words."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("so esper is the indian one and singh the american?", "No"),
        ("esper is indian, singh is american?", "No"),
        ("so singh is the american one and esper the indian one?", "No"),
        ("is esper american and singh indian?", "Yes"),
        ("is esper from the US and singh from india?", "Yes"),
    ],
)
def test_two_people_each_paired_with_a_country_are_checked_each(
    engine: Engine, question: str, verdict: str
) -> None:
    """Each person is checked against their own country; one wrong pair is No, with both
    identities, not a Yes from a fact that merely names both."""
    answer = ask(engine, question)
    assert answer.text.startswith(verdict)
    assert "U.S. Secretary of Defense" in answer.text
    assert "India's Defense Minister" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("pompeo trip to?", "South Asia"),
        ("pompeo headed to?", "South Asia"),
        ("esper flew to?", "New Delhi"),
        ("the meeting was held in?", "New Delhi"),
        ("the meeting was held on?", "Monday"),
        ("esper met with?", "Singh"),
        ("the statement was issued by?", "Defense Department"),
    ],
)
def test_a_statement_stopping_at_its_preposition_asks_what_follows(
    engine: Engine, question: str, expected: str
) -> None:
    """'X trip to?', 'held in?', 'met with?': the blank after the preposition is asked
    (where, when, who), not a Yes to the words before it."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert not answer.text.startswith("Yes")
    assert expected in answer.text


@pytest.mark.parametrize(
    "follow_up",
    [
        "which challenges specifically?",
        "what challenges exactly?",
        "which challenges in particular?",
        "which security challenges in particular?",
    ],
)
def test_which_of_things_the_last_answer_names_only_by_kind_abstains(
    engine: Engine, follow_up: str
) -> None:
    """'Why?' got 'pressing global security challenges'; which ones the article never says,
    and another sentence of the same fact is no answer."""
    answer = ask(engine, "what is being expanded?", "why?", follow_up)
    assert answer.abstained
    assert "challenges" in answer.text


def test_which_of_things_the_last_answer_names_still_gets_them(engine: Engine) -> None:
    """The countries of the Tokyo talks are named, so 'which ones in particular' lists them."""
    answer = ask(engine, "who took part in the tokyo talks?", "which countries in particular?")
    assert not answer.abstained
    assert "Australia" in answer.text


@pytest.mark.parametrize("more", ["more on that", "tell me more", "more details please", "go on"])
def test_asking_for_more_tells_more_of_the_subject_not_the_same_answer(
    engine: Engine, more: str
) -> None:
    """'BECA' 'More on that': what else the article says of the agreement (the chiefs'
    appreciation), not the agreement's name again."""
    first = ask(engine, "beca")
    answer = ask(engine, "beca", more)
    assert not answer.abstained
    assert answer.text != first.text
    assert "appreciation" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the indian defence minister is called?", "Rajnath Singh"),
        ("the indian defense minister is named?", "Rajnath Singh"),
        ("the us defense secretary is called?", "Esper"),
        ("the agreement is called what?", "Basic Exchange and Cooperation Agreement"),
        ("the deal is named?", "Basic Exchange and Cooperation Agreement"),
    ],
)
def test_a_statement_left_open_at_the_name_asks_the_name(
    engine: Engine, question: str, expected: str
) -> None:
    """'X is called?' asks what X is called, not a Yes to a fact naming X."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert not answer.text.startswith("Yes")
    assert expected in answer.text


def test_which_things_are_named_is_not_read_as_what_they_are_called(engine: Engine) -> None:
    """'…which countries are named?' asks which the article names, not their name."""
    text = ask(engine, "apart from the US and India, which countries are named?").text
    assert all(c in text for c in ("China", "Japan", "Australia"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("A patron asks what the two men praised during the meeting.", "strength"),
        ("A patron would like to know which Indian official Secretary Esper met with.", "Singh"),
        ("my colleague wants to know when the meeting was", "Oct. 26"),
        ("One of our readers asked who Begin is", "Deputy Secretary of State"),
    ],
)
def test_a_question_passed_on_for_someone_else_is_answered(
    engine: Engine, question: str, expected: str
) -> None:
    """Who wants to know makes no difference: "a patron asks what…" is "what…?"."""
    answer = ask(engine, question)
    assert expected in answer.text, answer.text


def test_a_question_passed_on_about_what_the_article_lacks_still_abstains(
    engine: Engine,
) -> None:
    assert ask(engine, "a student is asking what the weather was in Delhi").abstained


def test_said_texted_as_sed_is_said(engine: Engine) -> None:
    """ "who sed the two sides agreed on beca?" asks who said so, as typed out."""
    answer = ask(engine, "who sed the two sides agreed on beca?")
    assert "Defense Department" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("would you confirm that Esper and Singh met in Mumbai?", "No"),
        ("would you kindly confirm that Esper and Singh met in Mumbai?", "No"),
        ("will you confirm the meeting was on Monday?", "Yes"),
        ("would you confirm whether this was Esper's first 2+2?", "No"),
        ("Would you confirm, as I have been given to understand, that they met in Mumbai?", "No"),
        ("the meeting was, I believe, on Tuesday?", "No"),
    ],
)
def test_a_claim_put_up_formally_or_with_a_hedge_is_checked(
    engine: Engine, question: str, verdict: str
) -> None:
    """ "Would you confirm…", "…, as I understand it, …": the claim is checked as it stands."""
    answer = ask(engine, question)
    assert answer.text.startswith(verdict), answer.text


def test_so_before_a_question_word_only_moves_the_talk_on(engine: Engine) -> None:
    """ "so who's the US guy in this" asks who the American is, as without the "so"; it got
    the United States described."""
    answer = ask(engine, "so who's the US guy in this")
    assert "Esper" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("us officials' description of us-india relationship", "significant"),
        ("the two men's description of the defense relationship", "strength"),
    ],
)
def test_someones_description_of_something_is_how_they_described_it(
    engine: Engine, question: str, expected: str
) -> None:
    """A keyword query for a description gets the description, not who gave it."""
    answer = ask(engine, question)
    assert expected in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [("Remind me about Begin", "Begin"), ("remind me about the agreement", "Basic Exchange")],
)
def test_remind_me_about_a_thing_tells_about_it(
    engine: Engine, question: str, expected: str
) -> None:
    """ "Remind me about X" asks what "tell me about X" asks; it had abstained."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text, answer.text


def test_how_many_s_that_counts_what_was_just_listed(engine: Engine) -> None:
    """ "how many's that then" is "how many is that": the four countries just named."""
    answer = ask(engine, "where were the tokyo talks", "which countries?", "how many's that then")
    assert answer.text.startswith("Four"), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what's the 2+2 thing they keep mentioning", "foreign and defense ministers"),
        ("who is this begin guy they keep mentioning", "Deputy Secretary of State"),
    ],
)
def test_where_the_asker_keeps_meeting_a_thing_is_no_part_of_the_question(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert expected in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Given that the Tokyo talks were in October, who attended?",
        "Given that the Tokyo talks were in August, who attended?",
        "Supposing the Tokyo talks were held in July, which officials went?",
        "On the assumption that the quad talks were held in August, who participated?",
        "Given the Tokyo talks happened last week, who took part?",
        "Assuming Begin attended the Tokyo talks, who else went?",
    ],
)
def test_a_premise_names_the_event_the_question_is_asked_of(engine: Engine, question: str) -> None:
    """A premise about the Tokyo talks sets the question there: Esper and Pompeo, never
    the New Delhi pair a bare "who attended?" finds."""
    answer = ask(engine, question)
    assert not answer.abstained and "Pompeo" in answer.text, answer.text
    assert "Singh" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Given that the Tokyo talks were in September, who took part?",
        "If the Tokyo talks were in July, who took part?",
        "Since the quadripartite talks were in September, which officials attended?",
    ],
)
def test_a_premise_the_article_contradicts_is_corrected_first(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No. Earlier this month"), answer.text
    assert "Singh" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Given that Begin went to Tokyo, who did he meet?",
        "Given that Begin went to Tokyo, when was that?",
        "On the assumption that Begin visited Tokyo, what did he discuss there?",
        "Had the meeting been in Tokyo, who would have attended?",
        "Supposing the meeting had been held in Mumbai, who would have come?",
    ],
)
def test_a_question_resting_on_an_unsupported_or_unreal_premise_abstains(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.text


def test_a_yes_no_question_after_a_wrong_place_corrects_the_place_first(engine: Engine) -> None:
    """ "Given that they met in Mumbai, was it on Monday?": its Yes does not grant Mumbai."""
    answer = ask(engine, "Given that they met in Mumbai, was it on Monday?")
    assert answer.text.startswith("Not as you put it:"), answer.text
    assert "New Delhi" in answer.text and "Yes" in answer.text, answer.text


def test_a_wrong_premise_before_a_count_is_corrected(engine: Engine) -> None:
    answer = ask(engine, "Assuming the 2+2 was Esper's first, how many dialogues have there been?")
    assert answer.text.startswith("No. This is the second time"), answer.text
    assert "Three" in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["were the tokyo talks in may?", "were the tokyo talks in march?"]
)
def test_may_and_march_after_in_are_months_not_verbs(engine: Engine, question: str) -> None:
    """ "in May" had been read as the verb, dropped, and the bare claim got Yes."""
    answer = ask(engine, question)
    assert answer.text.startswith("No"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Supposing the Tokyo talks happened last week, who was there?",
        "Considering the quad talks were held last week, who was there?",
    ],
)
def test_there_after_an_unsupported_premise_is_the_event_it_names(
    engine: Engine, question: str
) -> None:
    """The talks happened; only the premise's detail is unsupported, and said to be."""
    answer = ask(engine, question)
    assert answer.text.startswith("The article doesn't say that"), answer.text
    assert "Pompeo" in answer.text and "Singh" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Can I say on air that this was Esper's first 2+2?", "No. This is the second time"),
        ("could we report that the meeting was in New Delhi?", "Yes."),
        ("May I tell listeners that Singh is India's foreign minister?", "No."),
        ("So can I say on air that they discussed logistics?", "Yes."),
        ("Can I describe U.S.-China relations as improving, based on this article?", "No."),
        ("can i describe us-india ties as warming?", "Yes."),
    ],
)
def test_whether_the_asker_may_say_a_claim_checks_the_claim(
    engine: Engine, question: str, expected: str
) -> None:
    """ "Can I say on air that…", "can I describe X as Y": the claim put up for a yes or a
    no, as "is it true that…" does; these had abstained."""
    answer = ask(engine, question)
    assert answer.text.startswith(expected), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Give me the one-line version of this story, please.", "Basic Exchange"),
        ("what's the short version?", "Basic Exchange"),
        ("tell me the two-sentence version of this story", "Basic Exchange"),
        ("Give me the one-line version of the agreement part of the story.", "Basic Exchange"),
        ("what's the elevator version of the Tokyo talks?", "Tokyo"),
    ],
)
def test_a_short_version_asked_is_a_summary(engine: Engine, question: str, expected: str) -> None:
    """ "The one-line version of this story" is its summary; it had been off the topic."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("For listeners who don't know: what is the 2+2 Dialogue?", "foreign and defense"),
        ("for the uninitiated, what is BECA?", "Basic Exchange"),
        ("for my listeners: who did Esper meet?", "Rajnath Singh"),
        ("Which two democracies are they talking about?", "India"),
    ],
)
def test_whom_the_answer_is_for_is_no_part_of_the_question(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "For the timeline: what happened earlier this month, before the Delhi meeting?",
        "what took place earlier this month, ahead of the meeting in delhi?",
        "What happened first, earlier in the month?",
        "For my notes: what happened earlier this month?",
    ],
)
def test_what_happened_earlier_before_the_meeting_is_the_tokyo_talks(
    engine: Engine, question: str
) -> None:
    """A time restating the side ("earlier this month, before…") or the first event asked
    with its time: the Tokyo talks, not the Delhi meeting itself."""
    answer = ask(engine, question)
    assert answer.text.startswith("Earlier this month, Esper and Secretary Pompeo"), answer.text


def test_what_happened_before_the_tokyo_talks_with_a_time_still_abstains(engine: Engine) -> None:
    answer = ask(engine, "what happened earlier this month, before the tokyo talks?")
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What's the China angle in this story?", "China"),
        ("whats the china angle in all this", "China"),
        ("what's the australia angle in this piece?", "Tokyo"),
    ],
)
def test_a_things_angle_in_the_story_is_what_the_story_says_of_it(
    engine: Engine, question: str, expected: str
) -> None:
    """ "…angle in this story?" asks what "what's the China angle?" asks; it had abstained."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did Singh refuse to sign on to the cooperation agreement?",
        "did india refuse to sign the BECA?",
        "did india decline to accept the agreement?",
    ],
)
def test_refusing_to_sign_the_agreement_is_denied_by_its_being_agreed(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "agreed" in answer.text, answer.text


def test_refusing_to_sign_something_else_is_not_read_as_rejecting_the_agreement(
    engine: Engine,
) -> None:
    assert ask(engine, "did esper refuse to sign the statement?").abstained


def test_hesitant_asker_gets_the_corrected_persons_answer(engine: Engine) -> None:
    assert "New Delhi" in engine.answer("Pompeo — sorry, I mean Begin — where did he visit?").text
    assert "State Department" in (
        engine.answer("Esper — I mean Pompeo — where did he hold his press conference?").text
    )
    assert engine.answer("Singh, correction, Begin: did he visit New Delhi?").text.startswith("Yes")
    assert "Two" in engine.answer("Singh, I mean Esper, how many 2+2 meetings has he been to?").text
    met = engine.answer("Pompeo, no I meant Esper: who did he meet on Monday?").text
    assert "Singh" in met and "Esper" not in met
    assert (
        "Defense Department"
        in engine.answer("who put out the statement, the state dept or whatever").text
    )


def test_person_then_question_without_a_break_is_asked_of_that_person(engine: Engine) -> None:
    # "Rajnath Singh who is he" is of Singh, never of whoever came last (it was Esper).
    assert "Defense Minister" in engine.answer("Rajnath Singh who is he").text
    assert "Deputy Secretary of State" in engine.answer("Begin who is he").text
    assert "State Department" in engine.answer("pompeo where did he hold his press conference").text


def test_question_after_a_recap_is_answered(engine: Engine) -> None:
    # "ok so Esper met... the Indian guy, Singh? whats singh's job again": the job; a question
    # needing the recap ("…? what data exactly") is no question of its own.
    assert (
        "Defense Minister"
        in engine.answer("ok so Esper met... the Indian guy, Singh? whats singh's job again").text
    )
    assert (
        "Four"
        in engine.answer(
            "the tokyo talks had four countries? which countries were at the tokyo talks"
        ).text
    )
    assert (
        "information sharing"
        not in engine.answer(
            "the BECA is the geospatial satellite data one right? what data exactly"
        ).text
    )


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("us india relashuns getting better or worse", "heating up"),
        ("how are us-india relashuns", "heating up"),
        ("us-india relashuns improving?", "heating up"),
        ("what did they say about informashun sharing", "information sharing"),
    ],
)
def test_a_word_spelt_by_sound_is_read_as_meant(engine: Engine, question: str, said: str) -> None:
    # "relashuns" is "relations", "informashun" "information": the sound, spelt as said.
    answer = ask(engine, question)
    assert not answer.abstained
    assert said in answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("I should be grateful if you would tell me where Esper met Singh.", "New Delhi"),
        ("I should like to know who Esper met.", "Singh"),
        ("I should be most obliged to learn when the meeting took place.", "Monday"),
    ],
)
def test_the_askers_own_should_is_a_courtesy_not_a_judgement(
    engine: Engine, question: str, said: str
) -> None:
    # "I should be grateful…" is the asker's courtesy, not "should" asking an opinion.
    answer = ask(engine, question)
    assert not answer.abstained
    assert said in answer.text


def test_should_asked_of_a_country_is_still_a_judgement(engine: Engine) -> None:
    assert ask(engine, "Should India trust the US?").abstained


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("was the meating in tokio", "No"),
        ("where was the meating", "New Delhi"),
        ("when was the meating", "Monday"),
    ],
)
def test_an_unlisted_inflection_said_as_a_facts_word_is_read_as_it(
    engine: Engine, question: str, said: str
) -> None:
    # "meating" inflects "meat" but no one writes it; said aloud it is "meeting".
    answer = ask(engine, question)
    assert said in answer.text
    assert "New Delhi" in answer.quotes[0].text


def test_a_listed_word_is_not_respelt_by_sound(engine: Engine) -> None:
    # "heating" is a word of its own (the relations are heating up), not "heeting".
    assert "heating" in respell("are relations heating up", engine.index)[0]


@pytest.mark.parametrize(
    ("questions", "said"),
    [
        (("list the people named", "number 2's country?"), "India"),
        (("list the people named", "and number two's country?"), "India"),
        (("list the people named", "#1's title?"), "Secretary of Defense"),
        (("list the people named", "what's the 4th one's title?"), "Deputy Secretary of State"),
        (("list the people named", "the last person's job?"), "Deputy Secretary of State"),
        (("list the people named", "the first one, how many 2+2s?"), "Two"),
        (("list the people named", "number 1: how many 2+2 meetings?"), "Two"),
        (("list the people named", "the second one, his nationality?"), "India"),
        (("list the people named", "the third one, where did he go?"), "South Asia"),
        (("list the people named", "#3?"), "Pompeo"),
        (("list the people named", "no. 2?"), "Singh"),
        (("list the countries named", "number three's relations with the U.S.?"), "China"),
        (("list the countries in the Tokyo talks", "number one's defense secretary?"), "Esper"),
        (
            (
                "list the people named",
                "number 1's title?",
                "number 4's title?",
                "number 3's title?",
                "number 2's country?",
            ),
            "India",
        ),
    ],
)
def test_an_item_of_the_last_list_asked_about_by_its_place(
    engine: Engine, questions: tuple[str, ...], said: str
) -> None:
    # "Number 2's country?" after the people named is Rajnath Singh's country, not the
    # count of 2+2 dialogues ("Three") nor the headline.
    answer = ask(engine, *questions)
    assert not answer.abstained
    assert said in answer.text
    assert not answer.text.startswith("Three")


@pytest.mark.parametrize(
    ("questions", "said"),
    [
        (("list the people named", "the second?", "and the one after?"), "Pompeo"),
        (("list the people named", "the second?", "the next one?"), "Pompeo"),
        (("list the people named", "the third?", "next?"), "Begin"),
        (("list the people named", "the third?", "the one before?"), "Singh"),
        (("list the countries named", "the second?", "and the next?"), "China"),
    ],
)
def test_the_item_next_to_the_last_one_asked(
    engine: Engine, questions: tuple[str, ...], said: str
) -> None:
    answer = ask(engine, *questions)
    assert answer.text.startswith(said) or said in answer.text.split("(")[0]


def test_after_alone_is_no_item_of_a_list(engine: Engine) -> None:
    # "after?" asks of time, not for the next item.
    answer = ask(engine, "list the people named", "the second?", "after?")
    assert "the third of" not in answer.text


@pytest.mark.parametrize(
    ("questions", "said"),
    [
        (("list the places mentioned", "the first one?"), "New Delhi"),
        (("list the places mentioned", "the second?"), "Tokyo"),
        (
            (
                "list the people named",
                "the third?",
                "where was he earlier this month?",
                "who was with him?",
                "the first one?",
            ),
            "Esper",
        ),
    ],
)
def test_the_list_asked_of_is_the_one_shown(
    engine: Engine, questions: tuple[str, ...], said: str
) -> None:
    # The places list is a list of places, not its five countries; "In Tokyo, Japan" is
    # one place; and a fact's list never shown (the four Tokyo countries) is not the one
    # the conversation walks.
    answer = ask(engine, *questions)
    assert said in answer.text
    assert "listed)" not in answer.text


def test_a_bare_first_is_no_item_of_a_list() -> None:
    # "First, who met Singh?" orders the asker's questions; "the first one, …" is an item.
    listed, names = ("esper", "singh"), {"esper": "Mark T. Esper", "singh": "Rajnath Singh"}
    assert item_of_list_named("First, who met Singh?", listed, names) is None
    said = item_of_list_named("the first one, who did he meet?", listed, names)
    assert said == "who did Mark T. Esper meet?"


def test_follow_up_after_what_came_next_is_about_the_event_answered(engine: Engine) -> None:
    # "What came after the Delhi meeting?" (the 2+2) "What was decided there?": the article
    # says nothing decided at the 2+2; the BECA was agreed at the Delhi meeting.
    for first, then in [
        ("And what came after the Esper-Singh meeting in Delhi?", "What was decided there?"),
        ("what happened after the Delhi meeting?", "what was agreed there?"),
        ("what followed the esper singh meeting?", "what did they decide at it?"),
    ]:
        answer = ask(engine, first, then)
        assert answer.abstained, (first, then, answer.text)


def test_country_adjective_before_an_event_means_the_event_held_there(engine: Engine) -> None:
    # "the Japanese meeting" is the Tokyo talks, not people of Japan (the article names none);
    # "the Indian meeting" is the New Delhi one. A hedged aside ("Tokyo I think") is read too.
    first = "that Japanese meeting, Tokyo I think -- who went from the US?"
    assert "Pompeo" in ask(engine, first).text
    assert "Australia" in ask(engine, first, "which countries were in it").text
    assert "this month" in ask(engine, first, "which countries were in it", "when was it").text
    assert "Pompeo" in ask(engine, "who attended the Japanese meeting?").text
    assert "this month" in ask(engine, "when was the Japanese meeting?").text
    assert "Four" in ask(engine, "which countries took part in the japanese summit?").text
    assert "Singh" in ask(engine, "who did esper meet at the Indian meeting?").text
    assert "Singh" in ask(engine, "the delhi meeting, monday I think -- who was there?").text
    assert ask(engine, "who went to the Chinese meeting?").abstained


def test_first_one_after_an_event_counts_that_event(engine: Engine) -> None:
    # "his first one" after the 2+2 is his first 2+2 (No, the second); "one" after an
    # ordinal is no count: "Who met Singh?" "was it his first one?" is not "No. Four
    # countries" (the Tokyo talks' count).
    two_plus_two = "whats the 2+2 thing, who takes part in it"
    first = ask(engine, two_plus_two, "and this was his first one right? esper's i mean")
    assert first.text.startswith("No") and "second" in first.text
    assert ask(engine, "what is the 2+2?", "was this esper's first one?").text.startswith("No")
    second = ask(engine, "how many 2+2 dialogues have there been?", "was it esper's second one?")
    assert second.text.startswith("Yes")
    assert "Four" not in ask(engine, "who met singh?", "was it his first one?").text


def test_blank_after_the_start_of_a_name_is_the_rest_of_it(engine: Engine) -> None:
    # "Mark T. ___" is Esper, not his title; "Rajnath ___" is Singh.
    assert engine.answer("Mark T. ___").text == "Esper"
    assert engine.answer("fill in the blank: Mark T. ___").text == "Esper"
    assert engine.answer("Rajnath ___").text == "Singh"
    assert engine.answer("Rajnath ___, India's defense minister").text == "Singh"


def test_being_at_a_place_is_being_at_what_was_held_there(engine: Engine) -> None:
    # "Which countries were in Tokyo?": the four at the talks held there.
    for question in ("Which countries were in Tokyo?", "what countries were at tokyo"):
        assert "Australia" in engine.answer(question).text
    assert "Pompeo" in engine.answer("who was in Tokyo?").text
    assert engine.answer("who was in china?").abstained


def test_kinds_of_people_asked_are_named_by_their_kind(engine: Engine) -> None:
    # "which two kinds of ministers…?": foreign and defense ministers; a kind the answer
    # does not name ("what kind of countries…?" gets only a count and a list) stays unsaid.
    for question in (
        "which two kinds of ministers take part in the 2+2?",
        "what kind of ministers take part in the 2+2?",
        "which types of ministers attend the 2+2?",
    ):
        assert "foreign and defense" in engine.answer(question).text
    assert engine.answer("what kind of countries took part in the tokyo talks?").abstained
    assert engine.answer("what kind of intel will they share?").abstained


@pytest.mark.parametrize(
    "question",
    [
        "Do you think I should trust the article?",
        "Should I trust this article?",
        "What do you think, should I trust Pompeo?",
    ],
)
def test_advice_asked_for_oneself_has_no_opinion(engine: Engine, question: str) -> None:
    """ "I should…" in a request for advice is a judgement asked; only the courtesy "I
    should be grateful / like" is no opinion asked."""
    assert ask(engine, question).text.startswith("I have no opinions")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I should be grateful if you would tell me who met Singh.", "Esper"),
        ("I should like to know where the Tokyo talks were.", "Tokyo"),
    ],
)
def test_the_courtesy_i_should_is_answered(engine: Engine, question: str, expected: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "I should be grateful to know: should India join the Quad?",
        "I would like to know whether India should join the Quad",
        "Please tell me: should India join the Quad?",
        "I wonder if India ought to join the Quad",
    ],
)
def test_a_judgement_asked_after_a_courteous_lead_is_still_a_judgement(
    engine: Engine, question: str
) -> None:
    # The asker's "I should be grateful to know" is a courtesy; the "should" after it is not.
    answer = ask(engine, question)
    assert answer.abstained
    assert "opinions" in answer.text


def test_a_courteous_lead_before_a_fact_question_still_answers(engine: Engine) -> None:
    assert "New Delhi" in ask(engine, "I should be grateful to know where Esper met Singh").text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how many times has esper don a 2 plus 2", "second"),
        ("how many times has esper dun a 2+2", "second"),
        ("has esper don a 2+2 before", "Yes"),
        ("how many 2+2s have the two countries don", "Three"),
    ],
)
def test_a_participle_spelt_by_sound_after_has_is_the_participle(
    engine: Engine, question: str, said: str
) -> None:
    # "don" after "has esper" is "done", too short a slip for the speller.
    assert said in ask(engine, question).text


def test_don_outside_a_perfect_is_left_alone(engine: Engine) -> None:
    assert respell("Don Esper met whom?", engine.index)[1] == ()


@pytest.mark.parametrize(
    "question",
    [
        "A patron is asking who the Deputy Secretary of State mentioned at the end is.",
        "I want to know who the deputy secretary of state named at the end is",
        "my colleague wonders who the Deputy Secretary of State mentioned near the end is",
    ],
)
def test_a_place_in_the_article_before_an_indirect_questions_verb_is_set_aside(
    engine: Engine, question: str
) -> None:
    # "…who the deputy mentioned at the end is": where in the article, then "is".
    assert "Begin" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "When, precisely, did the quadripartite talks take place, so far as the article records?",
        "when exactly were the tokyo talks, as far as the article says?",
        "When exactly did the quad talks happen, as far as the text goes?",
    ],
)
def test_an_exact_time_asked_as_far_as_the_article_goes_gets_its_dating(
    engine: Engine, question: str
) -> None:
    # The asker takes the article's own "earlier this month", however loose.
    answer = ask(engine, question)
    assert not answer.abstained
    assert "Earlier this month" in answer.text


def test_an_exact_date_asked_outright_still_says_none_is_given(engine: Engine) -> None:
    answer = ask(engine, "when exactly were the tokyo talks?")
    assert answer.abstained
    assert "doesn't give a date" in answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "when did esper and pompeo meet their japanese, indian and australian counterparts",
            "Earlier this month",
        ),
        ("where did esper and pompeo meet their Japanese and Australian counterparts", "Tokyo"),
        ("What month did the Pentagon chief sit down with his Indian counterpart?", "Oct. 26"),
    ],
)
def test_counterparts_of_several_nations_are_their_officials(
    engine: Engine, question: str, said: str
) -> None:
    # Japanese and Australian counterparts met at the Tokyo talks; "his Indian counterpart"
    # is still Singh, met in New Delhi.
    assert said in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "Insofar as the article touches upon the broader regional context, what does it say "
        "regarding the present trajectory of relations between India and China?",
        "Insofar as the article covers China, how are India-China relations going?",
        "To the extent that the piece discusses China, what is the state of US-China relations?",
        "what is the present trend of India-China relations?",
        "what's the present direction of US-China ties",
    ],
)
def test_a_scope_lead_and_present_as_now_leave_the_relations_question(
    engine: Engine, question: str
) -> None:
    # "Insofar as…," says how far the question reaches; "present trajectory" is the trend now.
    assert "deteriorating" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "In light of the fact that the Department of Defense statement, as I understand it, "
        "refrains from naming China, could you indicate what the article nonetheless "
        "identifies as one of the purposes of the elevated strategic partnership?",
        "what does the article identify as one of the purposes of the partnership",
        "could you tell me what the article identifies as a purpose of the elevated "
        "strategic partnership",
        "In light of the fact that the statement does not name China, what does the article "
        "nonetheless identify as a purpose of the partnership?",
    ],
)
def test_what_the_article_identifies_as_a_purpose_is_that_purpose(
    engine: Engine, question: str
) -> None:
    # "what does the article identify as X" asks what X is; "in light of the fact that…,"
    # grants a premise the article bears out.
    assert "China" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "Whose trip to South Asia is referred to - Esper's or Pompeo's?",
        "whose trip to south asia, esper's or pompeo's?",
        "Whose trip to South Asia was it - Esper's or Pompeo's?",
    ],
)
def test_whose_between_two_people_is_the_one_who_did_it(engine: Engine, question: str) -> None:
    # The fact naming Pompeo also names Esper beside him at Tokyo; the trip is Pompeo's.
    assert ask(engine, question).text.startswith("Secretary Pompeo")


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Is the source an Indian government statement or a U.S. one?", "The United States"),
        ("is the statement indian or american?", "The United States"),
        ("Is the statement an Indian one or a U.S. one?", "The United States"),
        ("Is the statement Indian?", "No"),
        ("Was it an Indian government statement?", "No"),
        ("Is the source a US one?", "Yes"),
        ("Did the source come from India?", "No"),
    ],
)
def test_whose_statement_is_who_issued_it(engine: Engine, question: str, start: str) -> None:
    # The Pentagon's statement is American, whatever the meeting it reports involved.
    answer = ask(engine, question)
    assert answer.text.startswith(start)
    assert "Defense Department" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What is the source the article relies on for the account of the meeting?",
        "what does the article rely on for its account of the meeting?",
        "where does the article get its information about the meeting?",
        "what's the article's source for the meeting?",
        "what is the main source the article uses?",
    ],
)
def test_the_source_the_article_relies_on_is_the_pentagon_statement(
    engine: Engine, question: str
) -> None:
    # Its source for the meeting, not an event the words "for the meeting" rank first.
    assert "Defense Department" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "is logistics expressly among the areas of cooperation?",
        "does the statement explicitly mention logistics?",
        "is logistics explicitly mentioned?",
    ],
)
def test_what_the_article_names_it_names_explicitly(engine: Engine, question: str) -> None:
    # "explicitly" is a word only the China sentence has; logistics is named outright.
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Is it stated explicitly in the DOD statement that the aim is to counter China?",
        "So is the 'address the threat posed by China' purpose attributed to the DoD statement?",
        "Does the DoD statement state that the partnership targets China?",
        "does the statement explicitly mention China?",
    ],
)
def test_what_the_statement_leaves_unnamed_it_did_not_state(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "does not explicitly mention China" in answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        (
            "Per the article, is the Defense Department the party that made the claim about "
            "'pressing global security challenges'?",
            "Yes",
        ),
        (
            "is the Pentagon the one that used the phrase 'pressing global security challenges'?",
            "Yes",
        ),
        (
            "is Esper the person who made the claim about 'one of the most significant "
            "relationships'?",
            "No",
        ),
        ("is 'one of the most significant relationships' attributed to Pompeo?", "No"),
        ("is the china threat attributed to pompeo?", "Yes"),
    ],
)
def test_who_made_a_claim_is_the_source_the_article_gives(
    engine: Engine, question: str, start: str
) -> None:
    assert ask(engine, question).text.startswith(start)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Does the article state the cooperation covers defence trade?", "Yes"),
        ("does their cooperation cover emerging technologies?", "Yes"),
        ("does the cooperation cover nuclear weapons?", "The article doesn't say"),
    ],
)
def test_what_the_cooperation_covers_is_what_it_includes(
    engine: Engine, question: str, start: str
) -> None:
    assert ask(engine, question).text.startswith(start)


@pytest.mark.parametrize(
    "question",
    [
        "Was information sharing the only area of cooperation mentioned?",
        "Was logistics the only area of cooperation?",
        "Is secure communications the only field of military cooperation listed?",
    ],
)
def test_one_of_several_areas_is_not_the_only_one(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No")
    assert "logistics" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the Tokyo talks or something, who were the countries?", "Four countries"),
        ("the Tokyo meeting or whatever, which countries took part?", "Four countries"),
        ("who was there for the US in Delhi?", "Esper"),
        ("who was at the meeting for the United States?", "Esper"),
    ],
)
def test_a_hedged_event_or_one_side_asked_keeps_the_answer_to_it(
    engine: Engine, question: str, expected: str
) -> None:
    # A hedge after the event named does not hide it (not all five countries), and "for
    # the US" asks the U.S. side only (not "Esper and Singh").
    text = ask(engine, question).text
    assert expected in text
    assert "China" not in text and "Singh" not in text


@pytest.mark.parametrize(
    "question", ["Who signed the BECA for America?", "who signed it for india?"]
)
def test_who_signed_for_one_side_is_not_said(engine: Engine, question: str) -> None:
    # The article tells only that the two sides agreed, of no signing by either.
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "first",
    [
        "which country's threat is the partnership meant to address?",
        "whose threat is the partnership supposed to counter?",
        "whose threat is the partnership meant to deal with?",
    ],
)
def test_it_after_a_whose_answer_is_the_one_answered(engine: Engine, first: str) -> None:
    # The answer ("…the threat posed by China") names China, so "it" is China, which was
    # not at the Tokyo talks: never a Yes.
    answer = ask(engine, first, "did it take part in the quadripartite talks?")
    assert not answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Assuming Australia was not at the Tokyo talks, which countries were?",
        "Supposing Japan was not at the Tokyo talks, which countries were?",
        "Supposing the Tokyo talks happened after the New Delhi meeting, what was discussed there?",
        "Supposing Esper met Singh in Mumbai, what did they agree on?",
    ],
)
def test_a_supposition_the_article_contradicts_is_corrected(engine: Engine, question: str) -> None:
    # "Assuming…", "supposing…" lead with a premise like "since…"; a false one gets No first,
    # never all five countries or the New Delhi summary as Tokyo's.
    text = ask(engine, question).text
    assert text.startswith("No.")
    assert "China" not in text and "praised" not in text


def test_a_supposition_the_article_bears_out_leaves_the_question(engine: Engine) -> None:
    text = ask(engine, "Assuming Esper met Singh in New Delhi, when did they meet?").text
    assert "Monday" in text and not text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "Who met Singh, where, and did Pompeo join them?",
        "Who met Singh, where, and was Pompeo there?",
        "who did Esper meet, where, and did Pompeo come along?",
    ],
)
def test_a_bare_where_then_a_yes_or_no_is_asked_of_the_first_part(
    engine: Engine, question: str
) -> None:
    # "where" belongs to the meeting asked first (New Delhi), not to "did Pompeo join them?"
    # read as "where did Pompeo join them?" (Tokyo).
    text = ask(engine, question).text
    assert "New Delhi" in text and "Tokyo" not in text and "South Asia" not in text


@pytest.mark.parametrize(
    "question",
    [
        "T/F: Esper and Pompeo took part in the Tokyo talks, which included China.",
        "Esper and Pompeo attended the Tokyo talks, which included China, right?",
        "True or false: the two sides agreed on BECA, which was signed in Tokyo.",
        "T/F: Esper and Pompeo went to the Tokyo talks, which came after the New Delhi meeting.",
    ],
)
def test_a_relative_clause_the_article_contradicts_makes_the_claim_false(
    engine: Engine, question: str
) -> None:
    # ", which included China" claims something of the Tokyo talks: the first part holding
    # does not make the whole claim true.
    assert ask(engine, question).text.startswith(("No", "False"))


def test_a_relative_clause_that_holds_leaves_the_claim_true(engine: Engine) -> None:
    question = "T/F: Esper and Pompeo took part in the Tokyo talks, which included Australia."
    assert ask(engine, question).text.startswith("True")


@pytest.mark.parametrize(
    "question",
    [
        "T/F: Singh is India's Defense Minister, and Esper is U.S. Secretary of State",
        "true or false: Singh is India's Defense Minister and Esper is U.S. Secretary of State",
        "T/F: Esper is the Secretary of Defense, and Begin is the Deputy Secretary of Defense",
    ],
)
def test_true_or_false_of_two_claims_is_false_when_one_is(engine: Engine, question: str) -> None:
    # The frame asks of each claim; the second is wrong, so the whole is False.
    assert ask(engine, question).text.startswith("False")


@pytest.mark.parametrize(
    "question",
    [
        "Esper, the Secretary of State, met Singh",
        "Did Esper, the Secretary of State, meet Singh?",
    ],
)
def test_a_wrong_title_set_beside_a_name_is_corrected(engine: Engine, question: str) -> None:
    # ", the Secretary of State," puts a title on Esper as "Secretary of State Esper" does.
    text = ask(engine, question).text
    assert "not the Secretary of State" in text and "Secretary of Defense" in text


@pytest.mark.parametrize(
    "question",
    [
        "which minister signed BECA for the Indian side?",
        "who signed it for the indian government?",
        "Who actually signed it on the Indian side - was it Singh himself?",
    ],
)
def test_who_signed_abstains_as_the_article_tells_of_no_signing(
    engine: Engine, question: str
) -> None:
    # The two sides agreed on BECA; no one is said to have signed it for either side.
    answer = ask(engine, question)
    assert answer.abstained
    assert "no signing" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "was it actually signed that day, or just agreed?",
        "did they sign it that day or merely agree to it?",
    ],
)
def test_signed_that_day_or_agreed_abstains(engine: Engine, question: str) -> None:
    # A signing on some day is one option; the article has none, on any day.
    answer = ask(engine, question)
    assert answer.abstained
    assert "does not mention a signing" in answer.text


@pytest.mark.parametrize(
    "follow_up",
    ["where was the trip to?", "where was the trip?", "which region was the trip to?"],
)
def test_the_trip_after_the_press_conference_is_where_pompeo_went(
    engine: Engine, follow_up: str
) -> None:
    # The press conference's sentence tells of his trip too: its "where" is South Asia.
    answer = ask(engine, "where did Pompeo hold his press conference?", follow_up)
    assert "South Asia" in answer.text


@pytest.mark.parametrize(
    "question",
    ["china relations?", "and the china ties?", "what's happening with china relations"],
)
def test_one_countrys_relations_are_the_ones_paired_with_it(engine: Engine, question: str) -> None:
    # The U.S.-India warming only mentions China; the souring ties pair it.
    answer = ask(engine, question)
    assert "deteriorating" in answer.text
    assert "heating" not in answer.text


@pytest.mark.parametrize(
    ("before", "follow_up"),
    [
        ("when did esper meet singh?", "who said so?"),
        ("where did esper meet singh?", "says who?"),
        ("when did esper meet singh?", "according to whom?"),
    ],
)
def test_who_said_so_of_the_meeting_day_or_place_is_the_dod_statement(
    engine: Engine, before: str, follow_up: str
) -> None:
    # ¶1 gives the day and place unsourced; ¶2 gives them as the DOD statement's.
    answer = ask(engine, before, follow_up)
    assert answer.text.startswith("The U.S. Department of Defense")
    assert any("In a statement, the U.S. Department of Defense" in q.text for q in answer.quotes)


@pytest.mark.parametrize(
    ("question", "expected"),
    [("tokyo who", "Pompeo"), ("who in tokyo", "Pompeo"), ("tokyo when", "Earlier this month")],
)
def test_a_place_and_a_question_word_ask_of_what_happened_there(
    engine: Engine, question: str, expected: str
) -> None:
    # The Tokyo talks name Tokyo only as where they were; nothing else is asked.
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "what does 2+2 refer to in this article - is it a dialogue between the foreign and "
        "defence ministers?",
        "what is BECA - is it an agreement on exchanges and cooperation?",
        "who is Begin - is he the deputy secretary of state?",
    ],
)
def test_a_described_guess_the_answer_bears_out_is_confirmed(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes: ")


@pytest.mark.parametrize(
    "question",
    [
        "who is Begin - is he the secretary of state?",
        "what is the 2+2 - is it only between defense ministers?",
        "what is BECA - is it a trade deal?",
        "what is the 2+2, is it a meeting of foreign and defense ministers?",
    ],
)
def test_a_guess_the_answer_does_not_bear_out_gets_no_yes(engine: Engine, question: str) -> None:
    # "Deputy" makes Begin another office; "only" says more than the answer; a trade deal
    # and a meeting are not what the article calls them.
    assert not ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "whose statement is the main source for the meeting details - US or Indian side?",
        "whose statement was it - American or Indian?",
        "whose statement was that - indian or american?",
    ],
)
def test_whose_statement_offered_as_two_sides_is_the_us_one(engine: Engine, question: str) -> None:
    # The statement is the U.S. Defense Department's: the U.S. side of the two offered.
    answer = ask(engine, question)
    assert not answer.abstained
    assert answer.text.startswith(("The United States", "American"))


@pytest.mark.parametrize(
    ("question", "called"),
    [
        ("does the article ever call Singh a 'Secretary of Defense'?", "Secretaries of Defense"),
        ("is Singh ever referred to as a secretary of defense in the article?", "Secretaries"),
        ("does the article ever call Esper a defense chief?", "Defense Chiefs"),
    ],
)
def test_a_title_the_article_gives_a_group_the_person_is_in_is_given_them(
    engine: Engine, question: str, called: str
) -> None:
    # "The two Secretaries of Defense" are Esper and Singh: the article does call Singh one.
    answer = ask(engine, question)
    assert answer.text.startswith("Yes")
    assert called in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("does the article ever call Pompeo secretary of state?", "No"),
        ("does the article call Rajnath Singh foreign minister?", "No"),
        ("does the article call begin secretary of state?", "No"),
        ("is Begin called Secretary of State in the article?", "No"),
        ("does the article call begin deputy secretary of state?", "Yes"),
    ],
)
def test_a_title_asked_without_an_article_or_without_its_rank_is_checked(
    engine: Engine, question: str, verdict: str
) -> None:
    # "call Pompeo secretary of state": the name ends at the surname; "Deputy" makes
    # Begin's title another office than "Secretary of State".
    assert ask(engine, question).text.startswith(verdict)


def test_does_it_call_him_a_title_is_asked_of_the_person_just_spoken_of(engine: Engine) -> None:
    answer = ask(
        engine,
        "what title does the article give Singh?",
        "does it ever lump him in as a 'Secretary of Defense' too?",
    )
    assert answer.text.startswith("Yes")
    assert "Secretaries of Defense" in answer.text


def test_the_word_for_a_thing_with_a_word_offered_says_the_article_s(engine: Engine) -> None:
    # "Quad" is not the article's word, though "quadripartite" starts with it.
    answer = ask(engine, "what word does the article use for the Tokyo talks, 'Quad'?")
    assert answer.text.startswith("Not “Quad”")
    assert "quadripartite" in answer.text
    assert ask(engine, "what word does the article use for the meeting?").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Singh ne kisse mulaqat ki?", "Esper"),
        ("Tokyo mein kaun kaun gaye the?", "Pompeo"),
        ("Begin kahan gaye the?", "New Delhi"),
        ("Esper ne Delhi mein kis se baat ki?", "Singh"),
        ("China ke baare mein Pompeo ne kya kaha?", "Communist Party"),
        ("Tokyo wali talks mein kaun kaun countries the?", "Australia"),
        ("meeting kis din hua tha?", "Oct. 26"),
        ("2+2 dialogue kitni baar hua hai?", "Three"),
    ],
)
def test_hinglish_sentences_are_glossed_word_for_word(
    engine: Engine, question: str, expected: str
) -> None:
    """A question in Hinglish, not only its particles: "kisse" is with whom, "ke baare
    mein" about, "kaun kaun" who (or which, before a plural), "gaye the" went; the case
    markers ("ne", "ki", "mein") go, as English says them by word order."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    "question", ["Modi ne kya kaha?", "Esper ki umar kya hai?", "Singh ne kitne paise diye?"]
)
def test_hinglish_about_what_the_article_lacks_still_abstains(
    engine: Engine, question: str
) -> None:
    """Glossing Hindi words never makes up an answer: Modi, Esper's age and money are not
    in the article, in any language."""
    assert ask(engine, question).abstained


def test_english_with_a_hindi_looking_word_is_left_as_typed() -> None:
    """One word that might be Hindi ("the", "ki" in a name) is not enough to gloss a
    message: two words only Hindi has are asked for."""
    from bot.engine.hinglish import hinglish_read

    assert hinglish_read("who met the minister?") == "who met the minister?"
    assert hinglish_read("Singh foreign minister hai kya?") == "is Singh foreign minister?"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where did Pompeo go, sorry I mean Begin", "New Delhi"),
        ("who did Singh meet? no wait, I mean Esper", "Singh"),
        ("where did Rajnath Singh go, no sorry I mean Begin", "New Delhi"),
        ("how many 2+2s has Singh attended -- oops, I meant Esper", "second"),
    ],
)
def test_a_name_taken_back_after_the_question_is_replaced_by_the_one_meant(
    engine: Engine, question: str, expected: str
) -> None:
    """ "…, no sorry I meant Esper" after a question naming one person asks it of Esper;
    the answer is never about the person taken back."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


def test_a_name_taken_back_when_the_question_names_two_people_abstains(engine: Engine) -> None:
    """Which of two people "I mean Pompeo" replaces is not said: no guess."""
    assert ask(engine, "where did Rajnath Singh meet Esper, no sorry I mean Pompeo").abstained


def test_which_side_said_it_is_read_from_who_the_article_says_said_it(engine: Engine) -> None:
    """ "Was that the US or the Indian side?": the article's statement is the U.S. Defense
    Department's; it reports no Indian statement, so an Indian source gets No."""
    said = ask(engine, "'cooperation among the services' - was that US or Indian wording?")
    assert said.text.startswith("The U.S. side") and "Defense" in said.text
    denied = ask(engine, "did the 'most significant relationships' line come from the indian side?")
    assert denied.text.startswith("No") and "officials" in denied.text
    assert ask(engine, "was the line about heating up from the US or Indian side?").abstained


def test_an_official_asked_for_an_unsourced_sentence_abstains(engine: Engine) -> None:
    """The article says "relations are heating up" itself: no official said it."""
    answer = ask(
        engine,
        "the article says us-india relations are heating up rapidly. which official said that?",
    )
    assert answer.abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who tf is begin", "Deputy Secretary of State"),
        ("what the hell is beca", "Basic Exchange"),
        ("where on earth did they meet", "New Delhi"),
        ("bestie where was this", "New Delhi"),
        ("lowkey who met singh", "Esper"),
        ("whr was da meetin", "New Delhi"),
    ],
)
def test_slang_fillers_and_oaths_are_read_past(
    engine: Engine, question: str, expected: str
) -> None:
    """ "who tf is begin", "bestie where was this": an oath after the question word, a
    filler or a slang spelling ("da") asks what the question would without it."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who did espy meet", "Rajnath Singh"),
        ("esprit job title", "Secretary of Defense"),
        ("where did esprit go", "New Delhi"),
    ],
)
def test_a_name_autocorrect_made_a_foreign_word_is_read_as_the_name(
    engine: Engine, question: str, expected: str
) -> None:
    """ "espy", "esprit" for Esper: no English word, too far for the linker's one edit, but
    starting as the name does; read as the name when the question as typed finds nothing."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    "questions",
    [
        ("who is esper", "whats his wifes name"),
        ("what is his moms name",),
        ("whats singhs daughters name",),
        ("what did rajesh say",),
    ],
)
def test_the_name_of_someone_around_an_official_abstains(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "whats his wifes name": a possessive typed without its apostrophe still asks for
    someone the article never names, never the official's own name; nor is "rajesh" Rajnath."""
    assert ask(engine, *questions).abstained


@pytest.mark.parametrize(
    "question",
    [
        "how many countries have signed a beka with the us",
        "how many countries took part in the tokyo talks with the us",
        "how many countries joined the us at the tokyo talks",
        "how many countries besides the us took part in the tokyo talks",
    ],
)
def test_a_count_beside_one_of_those_counted_abstains(engine: Engine, question: str) -> None:
    """ "How many countries joined the US…?": the article's count ("Four: the United States,
    Japan…") has the US in it, so it is no answer to how many others did."""
    assert ask(engine, question).abstained


def test_a_count_of_all_is_still_given(engine: Engine) -> None:
    """The same count asked of all of them keeps its answer."""
    assert ask(engine, "how many countries took part in the tokyo talks").text.startswith("Four")


@pytest.mark.parametrize(
    "question",
    [
        "which information exactly",
        "wdym info sharing, like what info exactly",
        "what exactly is the information being shared",
    ],
)
def test_what_information_is_shared_abstains(engine: Engine, question: str) -> None:
    """ "which information exactly?": the article says they will share more, never what."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("idk what beca is", "Basic Exchange"),
        ("not sure what the quad is", "Tokyo"),
        ("no idea what the 2+2 is", "dialogue"),
        ("dunno who singh is", "Defense Minister"),
    ],
)
def test_a_question_asked_inside_a_remark_is_asked_in_order(
    engine: Engine, question: str, expected: str
) -> None:
    """ "idk what beca is": a question in a statement's word order asks "what is beca?"."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what happened to uschina and indiachina relations", "deteriorating"),
        ("what happened with india china ties", "deteriorating"),
        ("what happened to the relationship between india and china", "deteriorating"),
    ],
)
def test_what_happened_to_relations_asks_how_they_went(
    engine: Engine, question: str, expected: str
) -> None:
    """ "what happened to us-china relations": how the relations went, not the summary."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where were the squad talks held", "Tokyo"),
        ("which countries are in the squad", "Australia"),
        ("tell me about the squad talks", "quadripartite"),
    ],
)
def test_an_alias_autocorrect_padded_with_a_letter_is_read_as_the_alias(
    engine: Engine, question: str, expected: str
) -> None:
    """ "the squad talks": autocorrect's "squad" for the Quad, when nothing answers "squad"."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text


def test_a_padded_alias_still_abstains_on_what_the_article_does_not_say(engine: Engine) -> None:
    """Read as the Quad, "the japanese and australian ministers at the squad" are unnamed."""
    assert ask(engine, "who were the japanese and australian ministers at the squad").abstained


@pytest.mark.parametrize(
    "question",
    ["info sharing whys it being expanded", "whys info sharing being expanded"],
)
def test_whys_without_its_apostrophe_asks_why(engine: Engine, question: str) -> None:
    """ "info sharing whys it being expanded": "whys" is "why is", after the topic too."""
    assert "security challenges" in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "how did Indian officials describe the relationship?",
        "how did the Indian side characterise the talks?",
        "what did New Delhi say about the relationship?",
        "how was the relationship described by India?",
    ],
)
def test_one_sides_words_are_never_answered_with_the_other_sides(
    engine: Engine, question: str
) -> None:
    """The article gives the "most significant relationship" words to U.S. officials only:
    asked for India's side, the bot abstains rather than give the U.S. side's words."""
    assert ask(engine, question).abstained


def test_the_side_whose_words_they_are_still_gets_them(engine: Engine) -> None:
    """ "How did American officials describe the relationship?": their own words."""
    answer = ask(engine, "how did American officials describe the relationship?")
    assert not answer.abstained and "most significant" in answer.text


def test_a_follow_up_asking_the_other_sides_words_abstains(engine: Engine) -> None:
    answer = ask(
        engine,
        "How did U.S. officials describe the relationship?",
        "and how did Indian officials describe it?",
    )
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "Is the name of the DOD spokesperson who issued the statement given?",
        "is the name of the Pentagon spokesperson mentioned?",
        "does the article give the spokesperson's name?",
    ],
)
def test_a_name_the_article_never_gives_is_never_said_to_be_given(
    engine: Engine, question: str
) -> None:
    """The article names no spokesperson: the statement it reports is no "Yes"."""
    answer = ask(engine, question)
    assert answer.abstained and not answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "does the article give the name of the Indian defense minister?",
        "is the name of the agreement given?",
        "is the date of the meeting given?",
    ],
)
def test_a_name_or_date_the_article_gives_is_said_to_be_given(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Does the text specify which services, e.g. navy or air force?",
        "does the article say which services, such as the army, navy or air force?",
        "does it specify which technologies, like AI, drones or cyber?",
    ],
)
def test_examples_in_a_question_are_asked_about_not_offered_as_options(
    engine: Engine, question: str
) -> None:
    """ "…which services, e.g. navy or air force?": the article names no service, so no
    partial "Services, yes" picked from the list."""
    answer = ask(engine, question)
    assert answer.abstained and not answer.text.lower().startswith(("yes", "services"))


def test_it_after_an_unanswered_claim_is_what_that_claim_named(engine: Engine) -> None:
    """ "Did the talks mention China?" went unanswered: "it" next is China, not Singh,
    whom the answer before named, so the statement's naming him is no "Yes"."""
    answer = ask(
        engine,
        "who met singh?",
        "did the talks mention China?",
        "was it named in the statement?",
    )
    assert not answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    ["How did the statement characterise the talks?", "how did the DOD characterize the meeting?"],
)
def test_characterise_is_read_as_describe(engine: Engine, question: str) -> None:
    """ "characterise" asks a description, as "describe" does: never the statement's
    silence on China, which a question without the verb ranked first."""
    assert "China" not in ask(engine, question).text


def test_characterised_by_officials_gets_their_words(engine: Engine) -> None:
    answer = ask(engine, "how did US officials characterise the relationship?")
    assert "most significant" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Begin, the Deputy Secretary of Defense, visited New Delhi?",
        "Did Begin, the deputy secretary, visit Delhi recently?",
    ],
)
def test_a_name_before_an_apposition_is_read_as_the_name(engine: Engine, question: str) -> None:
    """ "Begin, the …, visited New Delhi?": "Begin" followed by "the" is the name, not the
    verb; the article has Begin visiting New Delhi."""
    answer = ask(engine, question)
    assert answer.text.startswith("Yes") and "Begin" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "was it Oct 27... no, 26? which day was the meeting",
        "Monday or Tuesday? what day did they meet",
        "was it Oct 27? which day was the meeting",
    ],
)
def test_a_guess_then_the_question_gets_the_questions_answer(engine: Engine, question: str) -> None:
    """A guess, then the wh-question it guesses at: the answer to the question."""
    answer = ask(engine, question)
    assert not answer.abstained and "Oct. 26" in answer.text


def test_a_sides_official_reaction_abstains_when_the_article_reports_none(engine: Engine) -> None:
    """The article's account is the U.S. Defense Department's statement: it reports no
    Indian statement or official reaction, so the two chiefs' appreciation is no answer."""
    for question in (
        "what was india's official reaction to the agreement then?",
        "how did delhi officially respond to the deal?",
        "what's the indian side's position on BECA?",
        "what was the official Indian response?",
    ):
        assert ask(engine, question).abstained, question


def test_the_statement_named_as_a_source_is_checked_against_what_it_says(engine: Engine) -> None:
    """ "Did the DoD statement say…?": Yes for what the article gives the statement; No for
    the article's own China line, the statement "does not explicitly mention China"."""
    for question in (
        "did the DOD statement say they'd work on secure comms?",
        "did the pentagon statement say they'd deepen cooperation on logistics?",
    ):
        said = ask(engine, question)
        assert said.text.startswith("Yes") and "secure communications" in said.text, question
    for question in (
        "is the line about the partnership countering china from the DoD statement?",
        "is the bit about countering china in the official statement?",
    ):
        denied = ask(engine, question)
        assert denied.text.startswith("No") and denied.quote is not None, question
        assert "does not explicitly mention China" in denied.quote.text, question


def test_only_one_or_the_other_too_is_answered_as_only_the_first(engine: Engine) -> None:
    """ "Did only Esper praise the relationship or Singh too?": both did, so No, with both;
    two kinds of cooperation offered ("just between the militaries or among the services
    too?") are no second person."""
    for question in (
        "according to the US statement, did only Esper praise the relationship or Singh too?",
        "did just esper praise the relationship, or singh as well?",
        "did only esper go to tokyo, or did pompeo too?",
    ):
        answer = ask(engine, question)
        assert answer.text.startswith("No") and "and" in answer.text, question


def test_who_said_that_with_nothing_before_asks_back(engine: Engine) -> None:
    """ "Which official said that?" as the first question points at nothing: asked back, not
    answered with the article's main source; "who wrote this?" still asks for the writer."""
    answer = ask(engine, "which official said that?")
    assert answer.abstained and "Defense" not in answer.text
    assert "wrote" in ask(engine, "who wrote this").text


@pytest.mark.parametrize(
    "question",
    [
        "is that from an Indian source though?",
        "was it the Indian side?",
        "were they Indian?",
        "was it Indian?",
        "was that the US or the Indian side?",
        "was that the US or the US side?",
        "were the officials Indian?",
        "were the US officials Indian?",
        "was the US Indian?",
        "was the DOD statement Indian?",
        "was the DOD statement the Indian side?",
        "was the quad the Indian side?",
    ],
)
def test_a_side_claim_with_nothing_indian_to_point_at_gets_no_yes(
    engine: Engine, question: str
) -> None:
    # First question, or a U.S. body: asked back, No, or abstained, never Yes from any fact.
    assert not ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize("side", ["Indian", "American"])
def test_they_of_two_countries_are_partly_of_the_side_asked(engine: Engine, side: str) -> None:
    answer = ask(engine, "who praised the defense relationship?", f"were they {side}?")
    assert answer.text.startswith("Partly")
    assert "Singh of India" in answer.text


def test_a_sides_participants_label_names_who_stood_for_that_country(engine: Engine) -> None:
    """ "Participants (US side)": the one who stood for the US at the meeting (Esper), not the
    2+2's "U.S. and Indian foreign and defense ministers" its words match."""
    for question in ("Participants (US side)", "US side participant?", "Participants - US side"):
        answer = ask(engine, question)
        assert "Esper" in answer.text and "Singh" not in answer.text, question
    for question in ("Participants (India side)", "Indian delegation", "attendees for india"):
        answer = ask(engine, question)
        assert "Singh" in answer.text and "Esper" not in answer.text, question


def test_the_places_a_trip_took_in_are_not_answered_from_another_event(engine: Engine) -> None:
    """ "Which other countries did Pompeo visit on the trip?": the article names only where
    his trip was to (South Asia), so it abstains rather than give the Tokyo talks; where the
    trip was to is still answered."""
    for question in (
        "Which other countries did Pompeo visit on the trip?",
        "what countries did pompeo go to on his trip?",
        "Pompeo's trip: which countries?",
    ):
        answer = ask(engine, question)
        assert answer.abstained and "Tokyo" not in answer.text, question
    assert "South Asia" in ask(engine, "where was pompeo's trip to?").text


def test_a_thing_ticked_as_mentioned_in_a_source_keeps_its_source_for_a_follow_up(
    engine: Engine,
) -> None:
    """ "China mentioned in DoD statement: y/n" is "was China mentioned in the DoD
    statement?" (No), so "and in the article overall?" asks it of the article (Yes)."""
    for first in ("China mentioned in DoD statement: y/n", "China named in DoD statement?"):
        answer = ask(engine, first)
        assert answer.text.startswith("No"), first
        after = ask(engine, first, "and in the article overall?")
        assert after.text.startswith("Yes") and "China" in after.text, first


def test_which_official_was_quoted_lists_those_the_article_quotes(engine: Engine) -> None:
    """ "which official was quoted?", and "which official (name)" after "Officials quoted:
    y/n": those the article quotes (Pompeo among them), so "where did he say it?" is
    Pompeo's press conference, not the article's four named people and Esper's meeting."""
    for question in ("which official was quoted?", "which official is quoted in the article?"):
        assert "Pompeo" in ask(engine, question).text, question
        assert "outside" not in ask(engine, question).text, question
    answer = ask(engine, "Officials quoted: y/n", "which official (name)", "where did he say it?")
    assert "State Department" in answer.text


def test_request_to_explain_after_a_question_in_a_remark_asks_that_question(
    engine: Engine,
) -> None:
    # "idk what BECA is, explain" asks what BECA is, not about the DOD statement.
    for text in ("idk what BECA is, explain", "no idea what BECA is - pls explain it to me"):
        assert "Basic Exchange and Cooperation Agreement" in ask(engine, text).text


def test_form_field_for_the_statement_date_gets_no_meeting_date(engine: Engine) -> None:
    # "Date of statement:" asks when the statement was issued, which the article never says;
    # Monday, Oct. 26 is the meeting's day.
    for text in ("Date of statement:", "Date of the DOD statement?", "statement issued on:"):
        assert ask(engine, text).text.startswith("The article doesn't say when the statement")


def test_statement_quoting_a_person_never_quoted_gets_no(engine: Engine) -> None:
    # "Did the DOD statement quote Singh?": the article quotes no words of Singh's, from the
    # statement or anywhere; the statement's report of what he praised is no quote.
    for questions in (
        ("Did the DOD statement quote Singh?",),
        ("does the pentagon statement quote esper directly",),
        ("What did the DOD statement say?", "did it quote Singh?"),
    ):
        assert ask(engine, *questions).text.startswith("No. The article quotes no words")


def test_blank_after_when_is_filled_with_the_whole_clause(engine: Engine) -> None:
    # "Complete: U.S.-India relations are heating up at a time when ___" is filled with the
    # clause that follows "when", not cut at the period of "U.S.".
    for text in (
        "Complete: U.S.-India relations are heating up at a time when ___",
        "Fill in the blank: relations are heating up rapidly at a time when ___",
    ):
        assert ask(engine, text).text == (
            "U.S.-China and India-China relations are deteriorating sharply"
        )


def test_example_asked_of_a_kind_the_article_names_none_of_abstains(engine: Engine) -> None:
    # "name an example of a global security challenge": the article names none; the areas of
    # cooperation it lists are no security challenges.
    for text in (
        "name an example of a global security challenge",
        "can you give some examples of the pressing global security challenges",
    ):
        answer = ask(engine, text)
        assert answer.abstained
        assert answer.text.startswith("The article doesn't say which")


def test_a_name_given_yes_quotes_a_sentence_naming_the_one_asked(engine: Engine) -> None:
    """ "Does the article name the indian minister?": the Yes quotes a sentence with "Singh",
    not the headline's "Defense Chiefs"; "the American diplomat" and the unnamed "US
    officials" link no one named, so the bot does not say Yes."""
    for question, name in (
        ("does the article name the indian minister?", "Singh"),
        ("are the names of the two men given?", "Esper"),
        ("is the us defense secretary named in the article?", "Esper"),
    ):
        answer = ask(engine, question)
        assert answer.text.startswith("Yes") and name in answer.quotes[0].text, question
    for question in (
        "is the name of the American diplomat given?",
        "does the article name the us officials?",
    ):
        assert not ask(engine, question).text.startswith("Yes"), question


def test_a_sum_is_no_claim_about_the_2plus2_dialogues(engine: Engine) -> None:
    """ "2+2 = 4?" is arithmetic: no "No, three dialogues"; "singh = foreign min?" and
    "2+2 dialogues = 4?" still check a claim."""
    for question in ("2+2 = 4?", "2+2=5?", "1+1=2?"):
        assert not ask(engine, question).text.startswith("No"), question
    assert ask(engine, "singh = foreign min?").text.startswith("No")
    assert ask(engine, "2+2 dialogues = 4?").text.startswith("No")


def test_re_asks_nested_past_the_limit_stop_with_an_abstention(engine: Engine) -> None:
    """A rewrite that kept re-asking itself would recurse without end: past MAX_REASK_DEPTH
    nested re-asks the bot abstains; below it, questions are read as ever."""
    from bot.engine import engine as engine_module

    token = engine_module._REASK_DEPTH.set(engine_module.MAX_REASK_DEPTH)
    try:
        assert ask(engine, "who met singh?").abstained
    finally:
        engine_module._REASK_DEPTH.reset(token)
    assert "Esper" in ask(engine, "who met singh?").text


def test_who_was_there_at_a_named_event_names_everyone_at_it(engine: Engine) -> None:
    """ "tokyo talks who was there": the people and the countries at the talks, as "who was
    at the Tokyo talks?" gets."""
    for question in (
        "tokyo talks who was there",
        "who was there at the tokyo talks",
        "quad talks - who was there?",
    ):
        answer = ask(engine, question)
        assert "Pompeo" in answer.text and "Australia" in answer.text, question


def test_talk_discuss_and_chat_about_a_topic_are_read_alike(engine: Engine) -> None:
    """ "did they discuss trade?", "did they talk trade at all", "did they chat about trade":
    Yes, as "did they talk about trade?" gets; speaking highly of something is no topic."""
    for question in (
        "did they talk trade at all",
        "did they discuss trade",
        "did they chat about trade",
        "did esper and singh discuss trade?",
        "did they talk tech",
    ):
        answer = ask(engine, question)
        assert answer.text.startswith("Yes") and "trade" in answer.text, question
    assert ask(engine, "did they discuss pakistan").abstained
    praised = ask(engine, "did esper and singh speak highly of the defense relationship?")
    assert praised.text.startswith("Yes") and "praised" in praised.text


def test_several_put_up_at_an_event_with_no_verb_are_checked(engine: Engine) -> None:
    """ "esper n pompeo both at the tokyo quad thing?": Yes, as "were Esper and Pompeo both
    at the Tokyo talks?" gets; a country not there gets No, a person not named there none."""
    for question in (
        "esper n pompeo both at the tokyo quad thing?",
        "esper & pompeo at the quad?",
        "esper and pompeo at the quad talks in tokyo?",
        "india n japan both in the quad?",
    ):
        assert ask(engine, question).text.startswith("Yes"), question
    assert ask(engine, "china and india at the tokyo talks?").text.startswith("No")
    assert ask(engine, "esper and singh both at the tokyo talks?").abstained


def test_a_day_put_up_for_it_first_is_checked_against_the_meeting(engine: Engine) -> None:
    """ "it was on a friday right" with nothing before: the article's meeting, No, Monday."""
    for question in (
        "it was on a friday right",
        "was it on tuesday?",
        "it happened on oct 27, no?",
    ):
        answer = ask(engine, question)
        assert answer.text.startswith("No") and "Monday" in answer.text, question
    assert ask(engine, "so it was on monday?").text.startswith("Yes")


def test_a_claim_or_another_gets_the_option_the_article_bears_out(engine: Engine) -> None:
    """ "The meeting was on Monday, or was it Tuesday?": each claim asked alone, the one the
    article bears out named, with its quote; neither or both borne out is no pick."""
    for question, option in (
        ("Esper and Pompeo went to Tokyo, or was it Esper and Singh?", "Esper and Pompeo."),
        ("Esper and Singh went to Tokyo, or was it Esper and Pompeo?", "Esper and Pompeo."),
        ("the meeting was on Monday, or was it Tuesday?", "Monday."),
        ("they met on a Tuesday, or was it Monday?", "Monday."),
        ("Singh is the defence minister, or is he the foreign minister?", "The defence"),
        ("Singh is India's foreign minister, or is he the defence minister?", "The defence"),
        ("there were four 2+2 dialogues, or was it three?", "Three."),
        ("Esper met Singh in Tokyo, or was it in New Delhi?", "In New Delhi."),
    ):
        answer = ask(engine, question)
        assert answer.text.startswith(option) and answer.quote is not None, question
    both = ask(engine, "Esper met Singh on Monday, or was it on Oct. 26?")
    assert not both.text.startswith(("Monday", "On Oct"))


def test_the_meeting_named_by_its_place_is_esper_s_with_singh(engine: Engine) -> None:
    """ "Who took part in the New Delhi meeting?": the meeting, not the Tokyo talks nor
    Esper's 2+2s; beside the Tokyo talks the place still tells the two apart."""
    for question in (
        "Who took part in the New Delhi meeting?",
        "who took part in the Delhi talks?",
        "who attended the talks in New Delhi?",
    ):
        answer = ask(engine, question)
        assert "Esper" in answer.text and "Singh" in answer.text, question
    for question in ("where was the New Delhi meeting held?", "where was the Delhi meeting?"):
        assert ask(engine, question).text.startswith("In New Delhi"), question
    both = ask(engine, "what do the Tokyo talks and the Delhi meeting have in common?")
    assert "Esper" in both.text


def test_options_finishing_a_sentence_get_the_one_borne_out(engine: Engine) -> None:
    """ "Select one: the relationship was described by A) Indian officials B) U.S.
    government officials": each option finishes the sentence as a claim of its own."""
    for question, option in (
        (
            "Select one: the relationship was described by A) Indian officials"
            " B) U.S. government officials",
            "U.S. government officials:",
        ),
        (
            "Select one: the statement was issued by A) the State Department"
            " B) the Defense Department",
            "The Defense Department:",
        ),
        ("Pick one: Singh is A) the foreign minister B) the defence minister", "The defence"),
        ("Select one: Esper met Singh in A) Tokyo B) New Delhi C) Washington", "New Delhi:"),
    ):
        answer = ask(engine, question)
        assert answer.text.startswith(option) and answer.quote is not None, question
    assert ask(engine, "Select one: the meeting was on A) Monday B) Oct. 26").abstained


def test_two_people_joined_in_a_claim_are_asked_one_by_one(engine: Engine) -> None:
    """ "Were Pompeo and Singh at the Tokyo talks?": the article has Pompeo there and says
    nothing of Singh, so that much, and never a No the article does not give."""
    for question in (
        "were Pompeo and Singh at the Tokyo talks?",
        "is it true that Pompeo and Singh were at the Tokyo talks?",
        "did Singh and Pompeo go to Tokyo?",
    ):
        answer = ask(engine, question)
        assert answer.text.startswith("Not that the article says of Rajnath Singh"), question
        assert "Of Pompeo, yes" in answer.text and answer.quote is not None, question
    assert ask(engine, "did Esper and Pompeo go to Tokyo?").text.startswith("Yes")


def test_it_after_an_unanswered_question_is_what_that_question_named(engine: Engine) -> None:
    """ "Were they about China?" (unanswered) "Did it attend?": it is China, No; after a
    name the article never uses ("Pakistan", "north korea"), no Yes about something else."""
    attended = ask(
        engine, "What about the talks in Tokyo?", "Were they about China?", "Did it attend?"
    )
    assert attended.text.startswith("No") and "China" in attended.text
    for asked, then in (
        ("did they discuss Pakistan?", "was it mentioned at all?"),
        ("did they talk about kashmir?", "was it brought up at all?"),
        ("did they cover north korea?", "was it there?"),
    ):
        assert ask(engine, "who met singh?", asked, then).abstained, then


def test_it_asked_first_of_a_mention_asks_back(engine: Engine) -> None:
    """ "Was it named in the statement?" as the first question: nothing for "it" to be."""
    for question in ("was it named in the statement?", "was it discussed at the meeting?"):
        answer = ask(engine, question)
        assert answer.abstained and "statement" not in answer.text, question
    assert not ask(engine, "when was it?").abstained


def test_people_at_the_same_talks_are_not_said_to_have_met(engine: Engine) -> None:
    """ "Did Pompeo meet Esper?": both took part in the Tokyo talks, which is no meeting of
    one with the other; "did Singh meet Esper?" still gets Yes."""
    for questions in (
        ("did pompeo meet esper?",),
        ("did esper sit down with pompeo?",),
        ("who took part in the tokyo talks?", "did pompeo meet with him?"),
    ):
        assert ask(engine, *questions).abstained, questions
    assert ask(engine, "did Singh meet Esper?").text.startswith("Yes")


def test_they_after_an_answer_naming_no_one_are_the_last_acts_doers(engine: Engine) -> None:
    """ "Who called the relationship one of the most significant…?" (U.S. government
    officials) "When did they say it?" "Did they name China?": of the officials, whom the
    article never has name China; not the Defense Department statement's No."""
    described = "Who described the relationship as one of the most significant of the 21st century?"
    for then in ("Did they name China?", "did they call china a threat?"):
        answer = ask(engine, described, "When did they say it?", then)
        assert answer.abstained and "statement" not in answer.text, then


def test_who_went_there_after_a_place_asks_of_that_place(engine: Engine) -> None:
    """ "Where did Esper meet Singh?" (New Delhi) "And who visited there recently?": Begin,
    who recently visited New Delhi; then "is he from the Defense Department?" is of Begin."""
    for then in ("And who visited there recently?", "who else went there recently?"):
        answer = ask(engine, "Where did Esper meet Singh?", then)
        assert answer.text.startswith("Begin"), then
    he = ask(
        engine,
        "Where did Esper meet Singh?",
        "And who visited there recently?",
        "Is he from the Defense Department?",
    )
    assert he.text.startswith("No") and "Begin" in he.text
    assert (
        "Esper" in ask(engine, "Where were the Tokyo talks?", "which US officials were there?").text
    )


def test_they_after_one_more_unanswered_name_are_still_those_listed(engine: Engine) -> None:
    """ "Who was at the Tokyo talks?" (Esper and Pompeo) "And Begin?" (not said) "Which
    countries did they represent?": no answer about Begin, whom one man cannot be "they"
    for."""
    for asked in ("What about the Tokyo talks — who was there?", "who went to tokyo?"):
        answer = ask(engine, asked, "And Begin?", "Which countries did they represent?")
        assert answer.abstained or "Begin" not in answer.text, asked


@pytest.mark.parametrize(
    "question",
    [
        "who represented the US in the meeting in New Delhi?",
        "who represented the US at the Delhi meeting?",
    ],
)
def test_one_sides_person_at_the_delhi_meeting_is_who_met_there(
    engine: Engine, question: str
) -> None:
    """Named by its place, the meeting is Esper's with Singh on Monday, not the 2+2
    meetings Esper took part in."""
    answer = ask(engine, question)
    assert "Esper" in answer.text and "meets with" in answer.quotes[0].text


@pytest.mark.parametrize(
    "question",
    [
        "did New Delhi call it one of the most significant relationships?",
        "did Indian officials call it one of the most significant relationships?",
        "did the Indian side describe the ties as one of the most significant relationships"
        " of the 21st century?",
        "has delhi called the relationship one of the 21st century's most significant?",
        "did India call the relationship one of the most significant?",
    ],
)
def test_one_sides_words_claimed_of_the_other_side_get_no_naming_the_speaker(
    engine: Engine, question: str
) -> None:
    """ "Did New Delhi call it one of the most significant relationships?": No, the article
    gives those words to U.S. government officials (as "did India call…?" always got)."""
    answer = ask(engine, question)
    assert answer.text.startswith("No. The article gives those words to U.S. government officials")
    assert answer.quotes


@pytest.mark.parametrize(
    "question",
    [
        "did US officials call it one of the most significant relationships?",
        "did american officials describe the relationship as one of the most significant?",
    ],
)
def test_the_side_given_the_words_still_gets_yes(engine: Engine, question: str) -> None:
    """ "Did US officials call it one of the most significant relationships?": Yes."""
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "was the meeting Indian?",
        "was BECA Indian?",
        "was the agreement american?",
        "were the tokyo talks indian?",
        "is the partnership american?",
        "was the deal an american one?",
    ],
)
def test_a_meeting_or_agreement_is_no_one_sides(engine: Engine, question: str) -> None:
    """ "Was the meeting Indian?": the meeting is between the U.S. and India, so no Yes from
    a fact naming India; the bot abstains."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question", ["was the meeting in india?", "was the meeting held in india?"]
)
def test_where_a_meeting_was_is_still_answered(engine: Engine, question: str) -> None:
    """ "Was the meeting in India?" asks where, not whose: Yes, in New Delhi."""
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "what threat does china pose exactly",
        "what kind of threat is china",
        "how exactly is china a threat?",
        "what sort of threat is China?",
    ],
)
def test_the_threat_china_poses_is_never_described(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("The article doesn't describe the threat")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I bet this was their first 2+2 ever right?", "No"),
        ("I guess this was their first 2+2?", "No"),
        ("I bet Esper met Singh in Tokyo", "No"),
        ("I reckon they met on a tuesday, right?", "No"),
        ("I guess Esper met Singh in New Delhi?", "Yes"),
    ],
)
def test_a_guess_put_as_a_bet_is_checked(engine: Engine, question: str, expected: str) -> None:
    assert ask(engine, question).text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what's esper's actual job", "Secretary of Defense"),
        ("what is Begin's real title?", "Deputy Secretary of State"),
        ("what's singh's official position?", "Defense Minister"),
    ],
)
def test_an_actual_job_is_the_job(engine: Engine, question: str, expected: str) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who said info sharing is about global security challenges, the Indians?", "Defense"),
        ("who met singh, the americans?", "Esper"),
        ("who praised the relationship, the americans?", "Esper and Singh"),
        ("who put out the statement, the Indians?", "Defense Department"),
    ],
)
def test_a_nations_people_guessed_after_a_question_is_settled_by_the_answer(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did Begin visit Delhi too?? busy month for Delhi haha", "Yes"),
        ("who met singh?? crazy week for delhi lol", "Esper"),
        ("when did Esper meet Singh? bet he was jetlagged lol", "Monday"),
        ("was this their first 2+2? haha bet it was lol", "No"),
    ],
)
def test_a_joke_laughed_at_after_the_question_asks_nothing(
    engine: Engine, question: str, expected: str
) -> None:
    assert (
        ask(engine, question).text.startswith(expected)
        or expected in ask(engine, question).text.split(",")[0]
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "cool cool. who said info sharing is about global security challenges, the Indians?",
            "Defense",
        ),
        ("ok. who met singh, the americans?", "Esper"),
        ("nice! who put out the statement, the indians?", "Defense Department"),
    ],
)
def test_a_guess_after_small_talk_and_a_question_is_settled_by_the_answer(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in ask(engine, question).text


@pytest.mark.parametrize(
    "question",
    [
        "is singh the indian foreign minster",
        "Sing is the foreign minster right?",
        "Is Singh the Foreign Minster?",
    ],
)
def test_a_minster_in_an_office_is_a_minister(engine: Engine, question: str) -> None:
    """ "minster" (an English word, so no speller's) in a title is "minister": the claim is
    checked as the title's, No, not read as the meeting of the 2+2's ministers."""
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "Defense" in answer.text, question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what day did esper meet sign", "Monday"),
        ("when did esper meet with sign", "Monday"),
        ("where did esper and sign meet", "Delhi"),
        ("esper met sign on what date?", "Oct. 26"),
    ],
)
def test_sign_where_a_person_met_stands_is_singh(
    engine: Engine, question: str, expected: str
) -> None:
    """ "sign" right after "meet", "with" or "Esper and" is Singh slipped, not the verb."""
    answer = ask(engine, question)
    assert expected in answer.text and "signing" not in answer.text, question


@pytest.mark.parametrize("question", ["did they sign anything", "what did esper and singh sign"])
def test_sign_as_a_verb_stays_a_verb(engine: Engine, question: str) -> None:
    """ "did they sign…": a verb, answered as one (no signing; they agreed)."""
    assert "signing" in ask(engine, question).text, question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is the Becca agreement", "Basic Exchange"),
        ("what's the beka agreement", "Basic Exchange"),
        ("tell me about the becca deal", "Basic Exchange"),
        ("did esper go to New Deli", "Yes"),
        ("was the meeting in new deli?", "Yes"),
    ],
)
def test_an_alias_word_slipped_beside_the_rest_of_the_alias_is_read(
    engine: Engine, question: str, expected: str
) -> None:
    """A word one slip from an alias's word, beside the alias's other word ("New Deli",
    "Becca agreement"), is that alias when nothing else reads the question."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text, question


def test_a_deli_alone_is_no_delhi(engine: Engine) -> None:
    """Without "New" beside it, "deli" stays a shop."""
    assert ask(engine, "did esper eat at a deli").abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did esper and singh agree on the Becca deal?", "Yes"),
        ("was the meeting held in New Deli or Tokyo?", "New Delhi"),
    ],
)
def test_an_alias_word_slipped_is_read_before_a_claim_is_checked(
    engine: Engine, question: str, expected: str
) -> None:
    """A claim naming "the Becca deal" or "New Deli" is checked as BECA's, New Delhi's: no
    "No, the article names no other agreement", no Tokyo."""
    assert ask(engine, question).text.startswith(expected), question


@pytest.mark.parametrize(
    "question",
    [
        "what reason did the pentagon give for the info sharing?",
        "what rationale was offered for expanding information sharing?",
        "which reason did the DOD statement give for the expanded information sharing?",
        "what justification did they give for deepening cooperation?",
    ],
)
def test_a_reason_asked_by_its_noun_is_a_why(engine: Engine, question: str) -> None:
    """ "What reason did X give for Y?" asks why, as "for what reason" does: the purpose,
    not the commitment or the statement that gave it."""
    assert "global security challenges" in ask(engine, question).text, question


@pytest.mark.parametrize(
    "question",
    [
        "Cooperation among whom was emphasised in the statement?",
        "cooperation between whom was stressed in the statement?",
    ],
)
def test_a_question_word_inside_a_phrase_about_the_statement_asks_it(
    engine: Engine, question: str
) -> None:
    """ "Cooperation among whom was stressed in the statement?" asks among whom, not
    whether the statement says anything about it: no bare "Yes"."""
    answer = ask(engine, question)
    assert not answer.abstained and not answer.text.startswith("Yes"), question


@pytest.mark.parametrize(
    "question",
    [
        "How does the article frame China's place in the US-India relationship?",
        "where does China fit in the US-India relationship?",
        "what's china's position in the partnership?",
        "where does China fit into the US-India partnership?",
    ],
)
def test_a_country_s_place_in_a_relationship_is_its_role(engine: Engine, question: str) -> None:
    """China's "place", "position" or where it "fits" in the partnership is the part it
    plays there: the threat the partnership is to address, not how relations are going."""
    assert "threat posed by China" in ask(engine, question).text, question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("so no relationship mentioned in the article is improving?", "No"),
        ("so none of the relationships in the article are improving?", "No"),
        ("so no relationship in the article is getting better?", "No"),
    ],
)
def test_no_before_a_noun_is_none_of_them(engine: Engine, question: str, expected: str) -> None:
    """ "No relationship … is improving?" denies that any is: U.S.-India relations are
    heating up, so No (never the "Yes" of a claim read with its "no" dropped)."""
    answer = ask(engine, question)
    assert answer.text.startswith(expected) and "heating" in answer.text, question


def test_no_before_a_noun_never_gets_a_false_yes(engine: Engine) -> None:
    """Where the answer to "is any…?" does not settle "is none…?", no "Yes"."""
    assert not ask(engine, "so no relationship is getting worse?").text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Were more than three countries at the Tokyo talks?", "Yes. Four countries"),
        ("did more than three countries take part in the tokyo talks?", "Yes. Four countries"),
        ("were at least three countries at the tokyo talks?", "Yes. Four countries"),
        ("did fewer than four countries attend the quad talks?", "No. Four countries"),
        ("were more than five nations at the tokyo talks?", "No. Four countries"),
    ],
)
def test_a_bound_on_the_tokyo_talks_countries_is_checked(
    engine: Engine, question: str, expected: str
) -> None:
    """The four countries count whoever went for the U.S. (Esper and Pompeo, whom the
    question does not name), and the answer says the count."""
    assert ask(engine, question).text.startswith(expected), question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Did all four - the US, Japan, India and Australia - take part in the quad talks?", "Yes"),
        (
            "did all four countries - US, Japan, India, and Australia - attend the Tokyo talks?",
            "Yes",
        ),
        ("did all four - US, Japan, India and China - attend the Tokyo talks?", "No"),
    ],
)
def test_a_list_set_off_by_dashes_is_claimed_not_dropped(
    engine: Engine, question: str, expected: str
) -> None:
    """ "— the US, Japan, … —" is the list claimed, not an aside of the asker's own ("US"
    is no "us")."""
    assert ask(engine, question).text.startswith(expected), question


@pytest.mark.parametrize(
    "question",
    [
        "Was India left out of the Tokyo talks?",
        "was India absent from the Tokyo talks?",
        "was Japan excluded from the quad talks?",
        "so was australia kept out of the tokyo talks?",
    ],
)
def test_left_out_of_the_talks_is_whether_they_missed_them(engine: Engine, question: str) -> None:
    """A country of the four was not left out: No, with the list that names it."""
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "Australia" in answer.text, question


def test_left_out_of_the_talks_of_someone_unnamed_there_is_not_answered(engine: Engine) -> None:
    """Begin is not named at the Tokyo talks, nor said to be absent: no Yes or No."""
    assert ask(engine, "was begin left out of the tokyo talks?").abstained


def test_none_naming_its_own_kind_ranges_past_the_conversation(engine: Engine) -> None:
    """After "India-China too?", "so no relationship in the article is improving?" is of
    every relationship: U.S.-India relations are heating up, so No."""
    answer = ask(
        engine,
        "US-India ties: cooling or heating?",
        "India-China too?",
        "so no relationship mentioned in the article is improving?",
    )
    assert answer.text.startswith("No") and "heating" in answer.text


@pytest.mark.parametrize(
    ("question", "water"),
    [
        ("Does the article mention the South China Sea?", "the South China Sea"),
        ("did the quad discuss the east china sea in tokyo", "the East China Sea"),
        ("is the indian ocean mentioned", "the Indian Ocean"),
        ("anything on the taiwan strait", "the Taiwan Strait"),
    ],
)
def test_a_sea_named_after_a_place_is_not_the_place(
    engine: Engine, question: str, water: str
) -> None:
    """The article names no sea, ocean or strait: "the South China Sea" is not China, whose
    sentence (Pompeo's remark) would answer No to something the article never weighs."""
    answer = ask(engine, question)
    assert answer.abstained and f"doesn't mention {water}" in answer.text, question


@pytest.mark.parametrize(
    "question",
    [
        "where did esper and singh meet, beijing?",
        "where did esper meet singh, in beijing?",
        "where did they meet, washington?",
    ],
)
def test_a_city_guessed_after_where_is_corrected(engine: Engine, question: str) -> None:
    """A guessed capital the article never names (Beijing, only the maintainers' name for
    China) is wrong: No, New Delhi; not Pompeo's remark on China."""
    answer = ask(engine, question)
    assert answer.text.startswith("No") and "New Delhi" in answer.text, question


@pytest.mark.parametrize(
    "question",
    [
        "did begin also visit beijing?",
        "did begin go to beijing as well",
        "did begin fly on to beijing afterwards",
        "did esper go on to beijing too?",
    ],
)
def test_one_more_stop_is_not_ruled_out_by_the_trip(engine: Engine, question: str) -> None:
    """The article's New Delhi for a trip says nothing of a further stop: no No."""
    assert ask(engine, question).abstained, question


@pytest.mark.parametrize(
    "question",
    [
        "who sits in a 2+2?",
        "who sits on the 2+2",
        "who has a seat at the 2+2",
        "who are the members of a 2+2 dialogue",
    ],
)
def test_who_sits_in_a_2plus2_is_its_ministers(engine: Engine, question: str) -> None:
    """Sitting in a 2+2 is being one of its members, not Esper's sitting down with Singh."""
    assert "foreign and defense ministers" in ask(engine, question).text, question


@pytest.mark.parametrize(
    "question",
    [
        "whats the point of the us-india elevated strategic partnership as far as china goes",
        "whats the purpose of the partnership as far as china is concerned",
    ],
)
def test_as_far_as_a_topic_goes_is_the_topic(engine: Engine, question: str) -> None:
    """ "…as far as China goes" says what the question is about, as "when it comes to" does."""
    assert "threat posed by China" in ask(engine, question).text, question


@pytest.mark.parametrize(
    "question",
    [
        "Is Esper the US defense minister?",
        "Is Esper America's defence minister?",
        "Esper is the American defense minister, correct?",
        "Is Singh India's defense secretary?",
        "is esper the us defence minster?",
    ],
)
def test_the_head_of_ones_own_office_is_a_yes(engine: Engine, question: str) -> None:
    """The article counts both among the "foreign and defense ministers" and calls them
    "The two Secretaries of Defense": not "No. … is the U.S. Secretary of Defense"."""
    assert ask(engine, question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Did she attend?",
        "Did she meet Singh?",
        "Who did she meet?",
        "What did she say about China?",
        "Who was he meeting?",
        "Did he go to Tokyo?",
        "Is he the Defense Minister?",
        "What did he say?",
        "and where did he go?",
        "Did Pompeo meet him?",
    ],
)
def test_a_first_questions_he_or_she_naming_no_one_is_asked_back(
    engine: Engine, question: str
) -> None:
    """Asked first, "he" or "she" stands for no one: no guess at Esper, Singh or Pompeo."""
    answer = ask(engine, question)
    assert answer.abstained and answer.reason == AbstainReason.AMBIGUOUS, question
    assert "Who do you mean" in answer.text, question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Where was Pompeo heading when he gave that press conference?", "South Asia"),
        ("Esper's trip to India — who did he see?", "Singh"),
        ("whom did he meet, the us defence secy i mean", "Singh"),
        ("What did he say? Pompeo, I mean", "Communist Party"),
    ],
)
def test_a_first_questions_he_with_someone_named_is_answered(
    engine: Engine, question: str, expected: str
) -> None:
    """The question names whom "he" is, before it or as an afterthought."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text, question


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["Where was BECA agreed?", "on what date?", "and the Tokyo talks, what date?"], "month"),
        (["Where was BECA agreed?", "on what date?", "the Tokyo talks, which day?"], "month"),
        (["When did Esper meet Singh?", "and Begin's visit, what date?"], "Recently"),
        (["When did Esper meet Singh?", "and Pompeo's press conference?"], "South Asia"),
        (["When did Esper meet Singh?", "and Begin's visit?"], "Recently"),
        (["Where did Esper meet Singh?", "and Pompeo's press conference?"], "State Department"),
    ],
)
def test_a_when_or_where_of_another_occasion_is_that_occasions(
    engine: Engine, turns: list[str], expected: str
) -> None:
    """After the New Delhi meeting's date, "and the Tokyo talks, what date?" is the talks'
    (earlier this month; no date), never Oct. 26 again nor what Pompeo said there."""
    context = Context()
    for question in turns:
        answer = engine.answer(question, context)
        context = answer.context
    assert expected in answer.text and "Oct. 26" not in answer.text, turns


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Where else did Esper go?", "Tokyo"),
        ("where else has esper been?", "Tokyo"),
        ("and where else did the defense secretary travel?", "Tokyo"),
        ("where else did pompeo go?", "South Asia"),
    ],
)
def test_where_else_is_not_the_place_already_known(
    engine: Engine, question: str, expected: str
) -> None:
    """ "Where else did Esper go?" is besides New Delhi, where the article's meeting was."""
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.text, question


@pytest.mark.parametrize("question", ["where else did singh go?", "where else did begin go?"])
def test_where_else_with_no_other_place_is_unsaid(engine: Engine, question: str) -> None:
    """The article has Singh and Begin only in New Delhi: no New Delhi again."""
    assert ask(engine, question).abstained, question


@pytest.mark.parametrize(
    "question",
    [
        "Compare the two statements.",
        "contrast both quotes",
        "compare the statements please",
        "please compare the 2 statements for me",
    ],
)
def test_two_statements_compared_unnamed_are_asked_back(engine: Engine, question: str) -> None:
    """No one sentence ("U.S.-India relations are heating up rapidly") compares them."""
    answer = ask(engine, question)
    assert answer.abstained and answer.reason == AbstainReason.AMBIGUOUS, question


@pytest.mark.parametrize(
    "question",
    [
        "What verb describes relations in paragraph 7?",
        "which verb describes the relations?",
        "what verbs describe the relationships?",
    ],
)
def test_relations_words_asked_of_no_pair_give_every_pair(engine: Engine, question: str) -> None:
    """Not the officials' noun phrase ("one of the most significant relationships…")."""
    answer = ask(engine, question)
    assert "heating up rapidly" in answer.text, question
    assert "deteriorating sharply" in answer.text, question


def test_relations_words_of_a_paragraph_without_them_are_not_paragraph_sevens(
    engine: Engine,
) -> None:
    assert "heating" not in ask(engine, "what verb describes relations in paragraph 4?").text


@pytest.mark.parametrize(
    "question",
    [
        "does esper speak hindi",
        "does esper know hindi",
        "is singh fluent in hindi",
        "did esper go to austria",
        "did pompeo visit austria?",
    ],
)
def test_an_english_word_like_a_country_is_no_slip_for_it(engine: Engine, question: str) -> None:
    """Lower-case "hindi" is a language, not India two slips away, and "austria" a country of
    its own: no Yes from the talks in India or with Australia."""
    assert ask(engine, question).abstained, question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("was chins part of the quad talks", "No"),
        ("was the meeting in dehli", "Yes"),
    ],
)
def test_a_country_one_keystroke_off_is_still_read(
    engine: Engine, question: str, expected: str
) -> None:
    """One slip from a name ("chins", "dehli") is still that name."""
    assert ask(engine, question).text.startswith(expected), question


@pytest.mark.parametrize(
    "question",
    [
        "Singh quoted in DoD statement: y/n",
        "was singh quoted in the dod statement?",
        "is esper quoted in the pentagon statement?",
        "was rajnath singh cited in the statement",
        "were esper and singh quoted in the readout?",
    ],
)
def test_a_person_quoted_in_the_statement_gets_no(engine: Engine, question: str) -> None:
    """The statement reports what Esper and Singh did; the article quotes no words of
    theirs, so "quoted in the statement" is no Yes from the statement's report."""
    assert ask(engine, question).text.startswith("No. The article quotes no words of"), question


@pytest.mark.parametrize(
    "question",
    [
        "the two militaries agreed on BECA?",
        "the two militaries agreed on BECA, right?",
        "so the militaries agreed on the BECA",
        "both militaries reached the BECA deal?",
    ],
)
def test_a_bare_claim_of_the_militaries_agreeing_is_checked_as_asked(
    engine: Engine, question: str
) -> None:
    """The two sides agreed; the militaries are what the cooperation is between. A bare
    claim gets what "did the two militaries agree on BECA?" gets, not a Yes."""
    assert ask(engine, question).text.startswith("Not the militaries themselves"), question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Indian side = Narendra Singh?", "Rajnath Singh, not Narendra Singh"),
        ("did narendra singh meet esper?", "Rajnath Singh, not Narendra Singh"),
        ("Esper met Narendra Singh, right?", "Rajnath Singh, not Narendra Singh"),
        ("US side = Mike Esper?", "Mark T. Esper, not Mike Esper"),
        ("was it Mike Esper who met Singh?", "Mark T. Esper, not Mike Esper"),
    ],
)
def test_a_first_name_the_article_does_not_give_gets_no(
    engine: Engine, question: str, expected: str
) -> None:
    """A surname after a first name the article never gives that person is No, with the
    name the article gives: no Yes that would take the wrong name too."""
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and expected in answer.text, question


@pytest.mark.parametrize(
    "question",
    [
        "is rajnath singh related to manmohan singh",
        "just confirm Singh said China is the enemy",
        "When did Esper become Secretary of Defense?",
        "Indian side = Rajnath Singh?",
    ],
)
def test_words_before_a_surname_that_are_no_first_name_are_left(
    engine: Engine, question: str
) -> None:
    """Everyday words before a surname, a title, or the right name elsewhere: no "not …"."""
    assert ", not " not in ask(engine, question).text, question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            '"one of the most significant relationships of the 21st century" – was that the'
            " Indian side?",
            "No. It comes from the U.S. side: U.S. government officials",
        ),
        (
            'Was "pressing global security challenges" said by the Indian side?',
            "No. It comes from the U.S. side: the U.S. Defense Department",
        ),
        (
            '"pressing global security challenges": was that Indian wording?',
            "No. It comes from the U.S. side: the U.S. Defense Department",
        ),
        (
            'was the "two largest democracies" line said by Indian officials?',
            "No. It comes from the U.S. side: U.S. government officials",
        ),
        (
            "'two largest democracies' - is that from the american side?",
            "Yes, the U.S. side: U.S. government officials",
        ),
    ],
)
def test_one_side_offered_of_quoted_words_is_answered_by_their_speaker(
    engine: Engine, question: str, expected: str
) -> None:
    """Words quoted, then one side offered ("– was that the Indian side?", "said by the
    Indian side?"): Yes or No by whose the article says the words are, never a Yes from the
    fact that happens to name India."""
    assert ask(engine, question).text.startswith(expected), question


@pytest.mark.parametrize(
    "questions",
    [
        (
            "whats the point of the partnership as far as China goes?",
            "is that from the DOD statement?",
        ),
        (
            "what's the purpose of the elevated strategic partnership?",
            "was that in the pentagon statement?",
        ),
        ("how are us-india relations?", "is this from the DoD statement?"),
    ],
)
def test_the_articles_own_china_words_pointed_at_are_not_from_the_statement(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """The article's own words on China, pointed back at: No, the statement does not
    mention China, never Yes quoting another of the statement's sentences."""
    answer = ask(engine, *questions)
    assert answer.text == "No. The Defense Department statement does not explicitly mention China."


def test_the_articles_own_words_pointed_at_are_not_given_to_the_statement(engine: Engine) -> None:
    """ "How many 2+2 dialogues?" "Is that from the DOD statement?": the article says it
    itself; whether the statement does too is not said, so no Yes."""
    answer = ask(engine, "how many 2+2 dialogues?", "is that from the DOD statement?")
    assert answer.abstained


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (("who praised the relationship?", "was that the Indian side?"), "Both sides"),
        (("who praised the relationship?", "US or Indian side?"), "Both sides"),
        (("who agreed on BECA?", "was that the US side?"), "Both sides"),
        (("who expressed appreciation?", "was that the american side?"), "Both sides"),
        (("who met singh?", "was that the Indian side?"), "No, the U.S. side"),
        (
            ("What did the two men praise?", "who reported that?", "was that the Indian side?"),
            "No. It comes from the U.S. side",
        ),
    ],
)
def test_a_side_asked_of_those_just_named_as_doers_is_theirs(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    """ "Who praised the relationship?" (Esper and Singh) "Was that the Indian side?": the
    side of those who did it, both here, not of the statement that reports it."""
    assert ask(engine, *questions).text.startswith(expected), questions


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (
            (
                "What did the two men praise?",
                "who reported that?",
                "whose words, Delhi's or Washington's?",
            ),
            "The U.S. side: the U.S. Department of Defense",
        ),
        (
            ("what did pompeo say?", "whose words were those - US or Indian?"),
            "The U.S. side: Secretary Pompeo",
        ),
        (
            ("how did officials describe the relationship?", "whose wording, american or indian?"),
            "The U.S. side: U.S. government officials",
        ),
    ],
)
def test_whose_words_offered_as_two_sides_is_their_speakers_side(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    """ "whose words, Delhi's or Washington's?" of the words just answered: the side of who
    the article says said them, not of some other fact naming a side."""
    assert ask(engine, *questions).text.startswith(expected), questions


def test_whose_words_with_nothing_answered_before_is_asked_back(engine: Engine) -> None:
    assert ask(engine, "whose words, Delhi's or Washington's?").abstained


@pytest.mark.parametrize(
    "questions",
    [
        ("Did the statement mention China and who said it?",),
        ("Did the statement mention China?", "who said it?"),
        ("does the pentagon statement name china?", "and who issued it?"),
        ("Does the statement name China?", "ok who wrote it?"),
    ],
)
def test_who_said_it_after_what_the_statement_leaves_out_is_its_issuer(
    engine: Engine, questions: tuple[str, ...]
) -> None:
    """ "Did the statement mention China? Who said it?": "it" is the statement, so its
    issuer, the Defense Department, never Pompeo, who spoke of China elsewhere."""
    answer = ask(engine, *questions)
    assert answer.text.endswith("The U.S. Defense Department, in a statement"), questions
    assert "Pompeo" not in answer.text


def test_who_said_that_after_what_the_statement_leaves_out_is_the_article(
    engine: Engine,
) -> None:
    """ "Who said that?" of "the statement does not mention China": the article, in its own
    voice, not Pompeo."""
    answer = ask(engine, "Did the statement mention China?", "who said that?")
    assert answer.text.startswith("The article itself")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ('is "two largest democracies" an indian quote?', "No. It comes from the U.S. side"),
        ("was the china threat remark an indian line?", "No. It comes from the U.S. side"),
        (
            'was "pressing global security challenges" an american phrase?',
            "Yes, the U.S. side",
        ),
    ],
)
def test_words_asked_as_one_sides_quote_are_answered_by_their_speaker(
    engine: Engine, question: str, expected: str
) -> None:
    """ "Is 'two largest democracies' an Indian quote?": No, U.S. officials' words, never a
    Yes from the fact that names India."""
    assert ask(engine, question).text.startswith(expected), question


@pytest.mark.parametrize(
    "question",
    [
        "what specific areas of military cooperation did they discuss?",
        "which specific fields of defense cooperation did they commit to?",
        "what specific forms of cooperation did the statement list?",
    ],
)
def test_specific_areas_of_cooperation_get_the_list(engine: Engine, question: str) -> None:
    """The areas are what the list names: "specific" asks no finer detail than it gives."""
    answer = ask(engine, question)
    assert not answer.abstained and "logistics" in answer.text, question


def test_specific_emerging_technologies_still_abstain(engine: Engine) -> None:
    """The article names no emerging technology: "specific" ones stay unanswered."""
    answer = ask(engine, "Name the specific emerging technologies they'll develop together.")
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "exactly how many 2+2 meetings has esper been in?",
        "precisely how many 2+2 meetings has esper been at?",
    ],
)
def test_a_how_many_after_a_lead_word_is_no_blank_for_where(engine: Engine, question: str) -> None:
    """A question word after "exactly" already asks: the closing "in" is no blank."""
    assert ask(engine, question).text.startswith("Two"), question


@pytest.mark.parametrize(
    "question",
    [
        "and the converse: did Singh meet Esper?",
        "conversely, did Singh meet Esper?",
        "the other way round: did Singh meet Esper?",
    ],
)
def test_the_converse_lead_leaves_the_question_whole(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes."), question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Since this was Esper's first 2+2, how did he find it?", "second time"),
        ("Given that Esper has been to four 2+2s, how did he find this one?", "second time"),
        ("Since the US and India have held five 2+2 dialogues, how did the fifth go?", "three"),
    ],
)
def test_a_premise_the_articles_count_refutes_is_corrected(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("That's not what the article says") and expected in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "so China plays no part whatsoever in the partnership's purpose?",
        "China had no part in the partnership's purpose, right?",
    ],
)
def test_a_claim_of_no_part_is_answered_no(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "threat posed by China" in answer.text, question


@pytest.mark.parametrize(
    "question",
    [
        "Who are the two main actors who met in this article?",
        "who were the two people who met?",
        "who are the two key figures that met in New Delhi?",
    ],
)
def test_the_two_who_met_are_esper_and_singh(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "Esper" in answer.text and "Singh" in answer.text, question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Everyone named in the article is American, right?", "Rajnath Singh"),
        ("Are all the people in the article American?", "Rajnath Singh"),
        ("is everyone mentioned Indian?", "Esper"),
    ],
)
def test_everyone_of_one_country_gets_no_with_one_who_is_not(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and expected in answer.text and answer.quotes


def test_everyone_who_did_something_is_no_claim_of_everyone_named(engine: Engine) -> None:
    assert not ask(engine, "everyone who met Singh is American?").text.startswith("No.")


@pytest.mark.parametrize("follow_up", ["only those? nothing else at all?", "what else?"])
def test_after_the_whole_list_no_item_is_set_aside(engine: Engine, follow_up: str) -> None:
    """ "List every area of cooperation…" picked no item ("cooperation" leads into the
    list): a follow-up never gets the list less its first item."""
    answer = ask(
        engine, "list every area of cooperation between the militaries they reinforced", follow_up
    )
    assert not answer.text.startswith("Enhancing secure communications"), follow_up


def test_after_one_item_what_else_gets_the_rest(engine: Engine) -> None:
    answer = ask(engine, "What type of technologies did they agree to cooperate on?", "what else?")
    assert "defense trade" in answer.text


@pytest.mark.parametrize(
    "questions",
    [
        ("when was Pompeo's trip?",),
        ("when did pompeo go on his trip",),
        ("when did pompeo head to south asia",),
        ("when did esper meet singh?", "and pompeo's trip?"),
    ],
)
def test_pompeos_undated_trip_gets_no_date_of_the_tokyo_talks(
    questions: tuple[str, ...], engine: Engine
) -> None:
    """His South Asia trip is undated: never the Tokyo talks' "Earlier this month"."""
    answer = ask(engine, *questions)
    assert answer.abstained and "no date" in answer.text, questions
    assert "Earlier this month" not in answer.text, questions


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what region was the trip to?", "South Asia"),
        ("what region did pompeo travel to?", "South Asia"),
        ("which region was pompeo's trip to?", "South Asia"),
        ("which region did esper visit?", None),
        ("what region did Begin go to?", None),
    ],
)
def test_a_region_asked_is_never_answered_with_a_city(
    engine: Engine, question: str, expected: str | None
) -> None:
    """South Asia is the one region; New Delhi is a city, so Esper's region is unsaid."""
    answer = ask(engine, question)
    assert "New Delhi" not in answer.text, question
    if expected is None:
        assert answer.abstained, question
    else:
        assert expected in answer.text and not answer.abstained, question


@pytest.mark.parametrize(
    ("question", "verdict", "quoted"),
    [
        ("is any relationship getting worse?", "Yes", "deteriorating sharply"),
        ("are any ties getting worse?", "Yes", "deteriorating sharply"),
        ("is some relationship souring?", "Yes", "deteriorating sharply"),
        ("is there a relationship that is getting worse?", "Yes", "deteriorating sharply"),
        ("is any relationship improving?", "Yes", "heating up rapidly"),
    ],
)
def test_a_trend_put_to_any_relationship_is_yes_when_one_has_it(
    engine: Engine, question: str, verdict: str, quoted: str
) -> None:
    """The article has ties heating up and ties souring: "any" is Yes for either."""
    answer = ask(engine, question)
    assert answer.text.startswith(f"{verdict}.") and quoted in answer.quotes[0].text, question


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("so the US and China are best buddies now lol", "No"),
        ("are the US and China pals?", "No"),
        ("are the US and China best friends?", "No"),
        ("china and india are best friends now right", "No"),
        ("so US and India are besties now?", "Yes"),
    ],
)
def test_countries_called_friends_are_checked_against_their_relations(
    engine: Engine, question: str, verdict: str
) -> None:
    """Buddies, pals, best friends: whether relations are good, which the article says."""
    answer = ask(engine, question)
    assert answer.text.startswith(f"{verdict}."), question


@pytest.mark.parametrize(
    "question",
    [
        "did Michael Pompeo go to tokyo?",
        "was Mike Pompeo at the Tokyo talks?",
        "Michael Pompeo went to south asia, right?",
        "did Mike Pompeo hold a press conference at the state department?",
    ],
)
def test_a_first_name_only_the_maintainers_know_gets_no_yes(engine: Engine, question: str) -> None:
    """The article calls him only "Secretary Pompeo": no Yes that takes "Michael" as its."""
    answer = ask(engine, question)
    assert answer.abstained and "first name" in answer.text, question


@pytest.mark.parametrize(
    "question", ["did Pompeo go to tokyo?", "did Secretary Pompeo go to tokyo?"]
)
def test_pompeo_by_the_article_s_names_is_still_answered(engine: Engine, question: str) -> None:
    assert ask(engine, question).text.startswith("Yes."), question


@pytest.mark.parametrize(
    "question",
    [
        "why are the US and India getting closer?",
        "Why are US-India ties heating up?",
        "why is the US cosying up to India?",
    ],
)
def test_why_ties_warm_gives_no_cause_but_the_partnership_s_purpose(
    engine: Engine, question: str
) -> None:
    """No cause is given; the article's purpose of the partnership is told and quoted too."""
    answer = ask(engine, question)
    assert answer.text.startswith("None is given") and "threat posed by China" in answer.text
    assert any("threat posed by China" in q.text for q in answer.quotes), question


@pytest.mark.parametrize(
    "conversation",
    [
        ("is japan in the article", "in what context"),
        ("does it mention australia?", "in what context is it mentioned?"),
        ("in what context is japan mentioned",),
        ("In what context does the article mention Australia?",),
        ("which context is Japan mentioned in",),
    ],
)
def test_the_context_a_name_comes_up_in_is_what_the_article_says_of_it(
    engine: Engine, conversation: tuple[str, ...]
) -> None:
    """ "In what context?" after a mention asks what the article says of the name (the
    Tokyo talks), not the backdrop of the warming ties, a date."""
    answer = ask(engine, *conversation)
    assert "Tokyo" in answer.text and "Earlier this month (" not in answer.text, conversation


@pytest.mark.parametrize(
    "question",
    [
        "Who put out the statement on the meeting, the Chinese government?",
        "who issued the statement, china?",
        "who released the statement, the indian government?",
        "where did esper meet singh, china?",
    ],
)
def test_a_country_guessed_for_another_countrys_body_gets_no(engine: Engine, question: str) -> None:
    """The answer (the U.S. Defense Department, New Delhi) is another country's, and its
    fact never names the guessed one: the guess is wrong."""
    assert ask(engine, question).text.startswith("No:"), question


@pytest.mark.parametrize(
    "question",
    ["where were the quad talks, japan?", "who took part in the tokyo talks, japan?"],
)
def test_a_country_guessed_that_the_fact_names_is_no_wrong_guess(
    engine: Engine, question: str
) -> None:
    """Japan hosts and takes part in the Tokyo talks: no No."""
    assert not ask(engine, question).text.startswith("No"), question


@pytest.mark.parametrize(
    ("question", "verdict", "expected"),
    [
        ("US-India relations are cooling off as China tensions rise, correct?", "No", "heating"),
        ("us-india relations are getting worse amid china tensions, correct?", "No", "heating"),
        ("US-India ties are warming as china ties improve, right?", "No", "deteriorating"),
        ("US-India relations are heating up as china tensions ease, right?", "No", "deteriorat"),
        ("US-India ties are heating up amid rising tensions with china, right?", "Yes", "heating"),
    ],
)
def test_a_claim_on_ties_is_checked_apart_from_its_backdrop(
    engine: Engine, question: str, verdict: str, expected: str
) -> None:
    """The ties' claim and the backdrop set against it are each checked: read as one, the
    backdrop's words were taken for the claim ("…cooling off as China tensions rise" got a
    Yes from the souring China ties)."""
    answer = ask(engine, question)
    assert answer.text.startswith(verdict) and expected in answer.text, question


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("are tensions with china growing?", "Yes"),
        ("did tensions with china rise?", "Yes"),
        ("are us-china tensions easing?", "No"),
        ("have india-china tensions eased?", "No"),
    ],
)
def test_growing_tensions_are_worsening_relations(
    engine: Engine, question: str, verdict: str
) -> None:
    """Tensions that grow are relations that worsen, not ties that improve."""
    assert ask(engine, question).text.startswith(verdict), question


@pytest.mark.parametrize(
    "question",
    [
        "the pentagon said the BECA was signed to counter china, didn't it?",
        "the pentagon said the agreement targets china, right?",
        "the DoD said the BECA was aimed at china, right?",
    ],
)
def test_a_report_put_as_a_claim_is_checked_as_asked(engine: Engine, question: str) -> None:
    """ "X said Y, right?" is checked as "did X say Y?": the statement names no China."""
    assert "does not explicitly mention China" in ask(engine, question).text, question


@pytest.mark.parametrize(
    "question",
    [
        "Which Indian official said relations with China are deteriorating?",
        "Were any arms sales announced at the meeting?",
    ],
)
def test_a_question_with_said_is_no_report_put_as_a_claim(engine: Engine, question: str) -> None:
    """A question that has "said" or "announced" in it is still the question."""
    assert not ask(engine, question).text.startswith("Yes"), question


@pytest.mark.parametrize(
    "question",
    [
        "pompeo said the chinese people are the threat",
        "did pompeo call india a threat?",
        "in pompeo's view, is china's communist party an ally of free nations?",
        "according to pompeo, is the CCP a friend of the free world?",
    ],
)
def test_a_wrong_holder_of_pompeos_threat_gets_no(engine: Engine, question: str) -> None:
    """Pompeo named the threat posed by China's Communist Party: not its people, not
    India, and not the Party as an ally."""
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "Communist Party" in answer.text, question


@pytest.mark.parametrize(
    "question",
    ["did pompeo say china is a threat?", "did pompeo say china's communist party is the threat?"],
)
def test_the_holder_pompeo_named_is_not_refuted(engine: Engine, question: str) -> None:
    """China and its Communist Party are what he named: no No."""
    assert not ask(engine, question).text.startswith("No"), question


@pytest.mark.parametrize(
    "question",
    [
        "did officials call china one of the world's two largest democracies?",
        "is japan one of the two largest democracies",
        "are the world's two largest democracies the US and China?",
    ],
)
def test_another_country_among_the_two_largest_democracies_gets_no(
    engine: Engine, question: str
) -> None:
    """U.S. officials called the U.S. and India the world's two largest democracies."""
    answer = ask(engine, question)
    assert answer.text.startswith("No.") and "India" in answer.text, question


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (("who met Esper in New Delhi?", "are they both from India?"), "No, only Singh"),
        (("who met Esper in New Delhi?", "are they both from the US?"), "No, only Esper"),
        (("who met in New Delhi on Monday?", "are both of them Americans?"), "No, only Esper"),
        (("who went to Tokyo with Esper?", "are they both Indian?"), "No, neither"),
        (("who went to Tokyo?", "are they both from the State Department?"), "No, only Pompeo"),
        (("who went to Tokyo?", "are both secretaries of defense?"), "No, only Esper"),
        (("who met Singh?", "are the two of them Indian?"), "No, only Singh"),
        (("who met Esper in New Delhi?", "is neither of them American?"), "No."),
        (("who met Singh?", "is either of them Indian?"), "Yes, Singh."),
        (("Esper and Singh are both American",), "No, only Esper"),
        (("Esper and Singh are both Indian",), "No, only Singh"),
        (("are Esper and Singh both Americans?",), "No, only Esper"),
        (("are both Esper and Singh American?",), "No, only Esper"),
    ],
)
def test_both_or_neither_of_a_pair_is_weighed_for_each(
    engine: Engine, questions: tuple[str, ...], expected: str
) -> None:
    """ "Both", "neither" or "either" of two people (named, or the two the conversation is
    about) is asked of each alone: never a Yes from a fact about the pair at large."""
    answer = ask(engine, *questions)
    assert answer.text.startswith(expected), (questions, answer.text)


def test_a_pair_stays_the_pair_after_a_both_question(engine: Engine) -> None:
    """After "are they both…?", "they" are still the two, not the one the answer said it of."""
    answer = ask(
        engine,
        "who went to Tokyo with Esper?",
        "are they both from the Pentagon?",
        "are they both Indian?",
    )
    assert answer.text.startswith("No, neither"), answer.text
