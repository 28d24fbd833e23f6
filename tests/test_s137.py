"""Questions in the English of a Mandarin speaker: bare verbs, topic first, no articles."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    ("question", "verdict", "fragment"),
    [
        ("Australia join Tokyo talks?", "Yes.", "Australia"),
        ("Japan take part in Tokyo talks?", "Yes.", "Japan"),
        ("India attend Tokyo talks?", "Yes.", "India"),
        ("Pakistan join Tokyo talks?", "No.", "Pakistan is not among them"),
        ("India and China relation also get worse?", "Yes.", "deteriorating"),
        ("US India relation get worse?", "No.", "heating up"),
        ("Begin visit Delhi?", "Yes.", "New Delhi"),
    ],
)
def test_a_claim_with_its_verb_bare_gets_a_verdict(
    engine: Engine, question: str, verdict: str, fragment: str
) -> None:
    """ "Australia join Tokyo talks?" is "did Australia join…?": Yes or No, not the fact."""
    answer = ask(engine, question)
    assert answer.text.startswith(verdict)
    assert fragment in answer.text


def test_a_bare_verb_after_an_adverb_is_a_claim_even_last(engine: Engine) -> None:
    """ "China also join?" after the Tokyo talks: not among them, so No."""
    answer = ask(engine, "Tokyo meeting, who attend?", "China also join?")
    assert answer.text.startswith("No.")


def test_a_verb_form_used_as_a_noun_is_no_claim(engine: Engine) -> None:
    """ "date of the esper singh meet?" asks the date; it claims nothing to say Yes to."""
    answer = ask(engine, "date of the esper singh meet?")
    assert not answer.text.startswith("Yes")
    assert "Oct. 26" in answer.text


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        ("What two men praise?", "strength"),
        ("what two ministers welcome?", "information sharing"),
        ("what Esper and Singh agree on?", "Basic Exchange"),
        ("what Pompeo say?", "thwart"),
    ],
)
def test_a_what_question_without_its_did_asks_the_deed(
    engine: Engine, question: str, fragment: str
) -> None:
    """ "What two men praise?" is "what did the two men praise?": the thing, not the men."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert fragment in answer.text


def test_a_what_question_with_its_did_is_left_as_it_is(engine: Engine) -> None:
    """ "what areas did they agree to work on" keeps its own "did": the areas."""
    answer = ask(engine, "what areas did they agree to work on")
    assert "logistics" in answer.text


@pytest.mark.parametrize(
    ("conversation", "fragment"),
    [
        (("Who is Pompeo?", "he have press conference at where?"), "State Department"),
        (("Who met Singh?", "he has met Singh at where?"), "New Delhi"),
        (("Who did Esper and Singh welcome?", "They are welcoming also what thing?"), "expansion"),
    ],
)
def test_a_pronoun_then_its_verb_with_the_question_word_in_place_asks_it(
    engine: Engine, conversation: tuple[str, ...], fragment: str
) -> None:
    """ "he have press conference at where?" asks where, not "has he…?": no Yes or No."""
    answer = ask(engine, *conversation)
    assert not answer.text.startswith(("Yes", "No"))
    assert fragment in answer.text


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        ("2+2 dialogue, what it is?", "foreign and defense ministers"),
        ("what the agreement is?", "Basic Exchange"),
        ("who US defense secretary is?", "Esper"),
    ],
)
def test_an_embedded_question_order_asks_directly(
    engine: Engine, question: str, fragment: str
) -> None:
    """ "2+2 dialogue, what it is?" is "what is the 2+2 dialogue?"."""
    answer = ask(engine, question)
    assert fragment in answer.text


def test_a_noun_with_its_own_it_is_not_inverted(engine: Engine) -> None:
    """ "what day it was?" asks nothing of a thing named "day it": no answer invented."""
    answer = ask(engine, "what day it was?")
    assert "Basic Exchange" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "before trip he have press conference at where?",
        "before trip, he give press conference where?",
        "before he go South Asia trip, he speak at where?",
        "prior to trip he hold press conference in where?",
    ],
)
def test_a_where_after_the_anchor_clause_asks_of_the_clause_not_the_anchor(
    engine: Engine, question: str
) -> None:
    """ "Pompeo trip go where?" then "before trip he have press conference at where?": the
    trip is what the press conference came before, so not "To South Asia" again."""
    answer = ask(engine, "Pompeo trip go where?", question)
    assert "State Department" in answer.text
    assert not answer.text.startswith("To South Asia")


@pytest.mark.parametrize(
    "question",
    [
        "Pompio trip to Sout Asia, before trip he do what?",
        "Pompeo South Asia trip, before the trip he do what?",
        "Pompeo trip to South Asia, prior to trip he did what?",
        "before South Asia trip, what Pompeo do?",
        "what did Pompeo do before his trip to South Asia?",
    ],
)
def test_what_someone_did_before_a_trip_told_only_in_the_act_s_own_time(
    engine: Engine, question: str
) -> None:
    """The trip is told only as the press conference's own time ("prior to his trip to
    South Asia"), so what he did before it is that press conference."""
    answer = ask(engine, question)
    assert "press conference" in answer.text


def test_before_the_event_itself_is_not_the_event(engine: Engine) -> None:
    """ "What happened before the press conference?": not the press conference itself."""
    answer = ask(engine, "what did pompeo do before the press conference?")
    assert "press conference" not in answer.text


@pytest.mark.parametrize(
    ("question", "unsaid"),
    [
        ("South China Sea, what article say?", "Pompeo"),
        ("South China Sea, what the article say?", "Pompeo"),
        ("Taiwan, what article say?", "Pompeo"),
    ],
)
def test_a_topic_lead_naming_china_is_what_the_article_is_asked_of(
    engine: Engine, question: str, unsaid: str
) -> None:
    """ "South China Sea, what article say?": the article speaks, so the lead is its topic,
    not a speaker; it never mentions the South China Sea."""
    answer = ask(engine, question)
    assert answer.abstained
    assert unsaid not in answer.text


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        ("logistics, what article mention?", "logistics"),
        ("secure communication, what article say?", "secure communications"),
    ],
)
def test_a_topic_lead_then_what_the_article_says(
    engine: Engine, question: str, fragment: str
) -> None:
    answer = ask(engine, question)
    assert fragment in answer.text


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        ("BECA, what it is?", "Basic Exchange"),
        ("BECA, what is it?", "Basic Exchange"),
        ("Quad, what it is?", "Tokyo"),
        ("2+2, what it is?", "foreign and defense ministers"),
    ],
)
def test_a_short_named_lead_is_what_it_stands_for(
    engine: Engine, question: str, fragment: str
) -> None:
    """ "BECA, what it is?": a lead of a few letters that is a name the article uses is the
    topic, not chatter; read whole it found the statement reporting the BECA."""
    answer = ask(engine, question)
    assert fragment in answer.text
    assert "statement from" not in answer.text


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        ("Tokyo talk is only two country meeting?", "No. Four countries"),
        ("Tokyo talk was between three country?", "No. Four countries"),
        ("Tokyo talk, who attend?", "Pompeo"),
        ("Tokyo talk happen when?", "Earlier this month"),
    ],
)
def test_a_name_typed_without_its_plural_s_is_the_name(
    engine: Engine, question: str, fragment: str
) -> None:
    """ "Tokyo talk": the Tokyo talks, their plural left unmarked."""
    answer = ask(engine, question)
    assert answer.text.startswith(fragment) or fragment in answer.text


def test_a_verb_talk_is_not_made_a_name(engine: Engine) -> None:
    """ "did Japan talk about China?": Japan's talking, not the talks in Japan."""
    answer = ask(engine, "did Japan talk about China?")
    assert not answer.text.startswith("Yes")
