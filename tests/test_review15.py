"""Review 15's bugs: readers that asserted what the article doesn't say, or misread a form."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    "question",
    [
        "has the quad met twice?",
        "the quad has met twice",
        "true or false: the quadripartite talks have been held twice",
        "have the summits taken place twice?",
        "the meetings have happened three times",
        "has the quad been held three times?",
    ],
)
def test_a_count_of_an_event_the_article_never_counts_is_not_confirmed(
    engine: Engine, question: str
) -> None:
    """B1: only the 2+2s are counted ("three such dialogues"); the quad's count is unsaid."""
    answer = ask(engine, question)
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("has the 2+2 been held twice?", "No."),
        ("true or false: the 2+2 has been held three times", "True."),
        ("have the dialogues taken place four times?", "No."),
    ],
)
def test_a_count_of_the_2plus2_is_still_checked(
    engine: Engine, question: str, verdict: str
) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what time it was?", "time of day"),
        ("what day it was?", "Monday"),
        ("what year it was?", "year"),
        ("what date it was?", "Oct. 26"),
        ("what day of the week it was?", "Monday"),
    ],
)
def test_what_noun_it_was_asks_the_noun(engine: Engine, question: str, expected: str) -> None:
    """B2: "what time it was?" is not "what was time it"."""
    answer = ask(engine, question)
    assert expected in answer.text
    assert "heating up" not in answer.text


def test_what_a_thing_is_in_embedded_order_still_reads(engine: Engine) -> None:
    assert "dialogue between" in ask(engine, "2+2 dialogue, what it is?").text
    assert "dialogue between" in ask(engine, "what 2plus2 dialogue is").text


@pytest.mark.parametrize(
    "claim",
    [
        "was china criticized?",
        "was the agreement praised?",
        "was china condemned?",
    ],
)
def test_by_whom_after_a_no_or_no_answer_names_no_one(engine: Engine, claim: str) -> None:
    """B3: "by whom?" after a No or an abstention has no act to name a doer of."""
    first = ask(engine, claim)
    assert first.abstained or first.text.startswith("No"), first.text
    answer = ask(engine, claim, "by whom?")
    assert answer.abstained, answer.text
    assert "Communist" not in answer.text and "Esper" not in answer.text


def test_by_whom_after_a_yes_names_the_doers(engine: Engine) -> None:
    answer = ask(engine, "was the relationship praised?", "by whom?")
    assert answer.text == "Esper and Singh"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is singh's counterpart, by title?", "Mark T. Esper, the U.S. Secretary of Defense"),
        ("who met singh, with their roles?", "Mark T. Esper, the U.S. Secretary of Defense"),
        ("who is esper's counterpart, with title?", "Rajnath Singh, India's Defense Minister"),
        ("who did esper meet, with their titles?", "Rajnath Singh, India's Defense Minister"),
    ],
)
def test_by_title_lists_the_answer_not_the_question_s_own_people(
    engine: Engine, question: str, expected: str
) -> None:
    """B4: Singh is not his own counterpart."""
    assert ask(engine, question).text == expected


def test_by_title_still_lists_both_men_when_both_are_the_answer(engine: Engine) -> None:
    answer = ask(engine, "which 2 people, by title, met in new delhi?")
    assert answer.text == (
        "Mark T. Esper, the U.S. Secretary of Defense; Rajnath Singh, India's Defense Minister"
    )


@pytest.mark.parametrize(
    "query", ["singh secretary", "esper minister", "singh the secretary", "pompeo minister"]
)
def test_a_bare_office_noun_after_a_name_is_no_claim_to_deny(engine: Engine, query: str) -> None:
    """B5: the article calls both men "The two Secretaries of Defense"."""
    answer = ask(engine, query)
    assert not answer.text.startswith("No"), answer.text


def test_an_office_with_its_department_after_a_name_is_still_checked(engine: Engine) -> None:
    assert ask(engine, "singh foreign minister").text.startswith("No.")


@pytest.mark.parametrize(
    "query",
    ["singh part of 2+2", "singh 2+2 member", "india 2+2 participant", "singh part of quad"],
)
def test_a_membership_query_needs_a_fact_naming_the_member(engine: Engine, query: str) -> None:
    """B6: no Yes inferred from the 2+2's description, nor from Esper's own 2+2."""
    answer = ask(engine, query)
    assert not answer.text.startswith("Yes"), answer.text


@pytest.mark.parametrize(
    ("query", "verdict"),
    [
        ("australia quad participant", "Yes."),
        ("japan quad member", "Yes."),
        ("china part of quad talks", "No."),
    ],
)
def test_a_membership_query_the_fact_names_is_still_checked(
    engine: Engine, query: str, verdict: str
) -> None:
    assert ask(engine, query).text.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("who met singh? plus was it on tuesday", "Mark T. Esper", "No."),
        ("who met singh? also did pompeo go to tokyo", "Mark T. Esper", "Yes."),
        ("where did they meet? and also who went to tokyo", "New Delhi", "Esper and"),
        ("what did they agree on? oh and when was it", "Basic Exchange", "Oct. 26"),
    ],
)
def test_a_last_part_without_its_question_mark_is_answered_in_order(
    engine: Engine, question: str, first: str, second: str
) -> None:
    """B7: the unended last part was dropped or put first."""
    text = ask(engine, question).text
    assert first in text and second in text, text
    assert text.index(first) < text.index(second), text


@pytest.mark.parametrize("first", ["who are the counterparts?", "list the people named"])
def test_bare_first_name_after_a_list_asks_a_name_not_the_first_item(
    engine: Engine, first: str
) -> None:
    """B11: "first name?" (no "the") is a person's own name; "the first name?" an item."""
    assert "the first of" not in ask(engine, first, "first name?").text
    assert "the first of" in ask(engine, first, "the first name?").text


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("what does the headline call india and the us?", ("“India”", "“U.S.”")),
        ("how does the headline refer to the us and india?", ("“India”", "“U.S.”")),
        ("what does the title call esper and singh?", ("“Defense Chiefs”",)),
        ("what does the article's title call esper and singh?", ("“Defense Chiefs”",)),
    ],
)
def test_the_headline_s_words_for_each_entity_asked(
    engine: Engine, question: str, names: tuple[str, ...]
) -> None:
    """B11: every entity asked of gets its headline word; "title" is the headline's too."""
    text = ask(engine, question).text
    assert all(name in text for name in names), text


def test_they_called_in_the_title_after_the_counterparts(engine: Engine) -> None:
    answer = ask(engine, "who are the counterparts?", "what are they called in the title?")
    assert answer.text.startswith("“Defense Chiefs”")
