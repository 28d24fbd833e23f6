"""Search-engine queries, typed as keywords, not sentences (the hundred-and-thirty-fourth
set's classes), checked with paraphrases of their own."""

from __future__ import annotations

from bot.engine.engine import Engine
from tests.engine_helpers import ask


def test_a_keyword_query_with_a_wrong_detail_gets_the_correction(engine: Engine) -> None:
    """ "esper singh mumbai meeting": a search query putting up a wrong day, place, ordinal
    or count gets "No" and the article's own, not an abstention."""
    for question, right in (
        ("esper singh meeting wednesday", "Monday"),
        ("singh esper meeting oct 27", "Oct. 26"),
        ("esper singh talks kolkata", "New Delhi"),
        ("quad talks canberra", "Tokyo"),
        ("esper third 2+2", "second"),
        ("russia part of quad talks", "Australia"),
    ):
        answer = ask(engine, question)
        assert answer.text.startswith("No") and right in answer.text, question
        assert answer.quotes, question


def test_a_keyword_query_putting_up_nothing_is_read_as_keywords(engine: Engine) -> None:
    """ "esper singh meeting date" asks; gibberish, sums and sentences put up no claim."""
    assert "Oct. 26" in ask(engine, "esper singh meeting date").text
    for question in ("esper singh meeting xyzzy qwop", "2+2 = 5?", "zxqv singh blorp??"):
        assert not ask(engine, question).text.startswith("No"), question


def test_a_name_and_an_office_is_checked_as_a_claim(engine: Engine) -> None:
    """ "singh foreign minister" is No (Defense Minister), not the 2+2's foreign ministers."""
    assert ask(engine, "esper foreign minister").text.startswith("No. Mark T. Esper")
    answer = ask(engine, "singh foreign minister")
    assert answer.text.startswith("No") and "Defense Minister" in answer.text


def test_a_name_an_event_and_a_word_for_taking_part_is_checked(engine: Engine) -> None:
    """ "australia quad participant?" is Yes (Australia was at the talks), not the U.S.
    people who took part; "china quad participant?" is No; "pompeo china communist party"
    is no such query."""
    for question in ("japan quad member", "australia quad participant?"):
        assert ask(engine, question).text.startswith("Yes"), question
    assert ask(engine, "china quad talks member").text.startswith("No")
    assert not ask(engine, "pompeo china communist party").text.startswith(("Yes", "No"))


def test_a_search_query_for_the_articles_date_is_unstated(engine: Engine) -> None:
    """ "article publish date": the article gives none; it dates only the events."""
    for question in ("article publish date", "article pub date", "publish date of this article"):
        answer = ask(engine, question)
        assert answer.abstained and "published" in answer.text, question


def test_a_keyword_count_of_a_person_after_a_count_is_their_count(engine: Engine) -> None:
    """ "2+2 count" "esper how many times": Esper's own 2+2s (two); the article counts
    none of Singh's or Pompeo's, nor Esper's Tokyo talks (whose count is of countries)."""
    for follow_up in ("esper how many times", "esper count", "how many times esper"):
        answer = ask(engine, "2+2 count", follow_up)
        assert "second" in answer.text and answer.quotes, follow_up
    for follow_up in ("singh count", "pompeo how many times"):
        assert ask(engine, "2+2 count", follow_up).abstained, follow_up
    assert not ask(engine, "how many countries at the tokyo talks", "esper count").quotes


def test_two_keyword_counts_joined_are_each_answered(engine: Engine) -> None:
    """ "2+2 count + esper count": three dialogues, and Esper's second."""
    for question in (
        "2+2 count + esper count",
        "number of 2+2 dialogues + esper's number",
        "2+2 dialogue count & esper how many times",
    ):
        text = ask(engine, question).text
        assert text.startswith("Three") and "second" in text, question


def test_a_keyword_query_for_a_statements_source_names_who_put_it_out(engine: Engine) -> None:
    """ "statement source esper singh meeting": the Defense Department, not what the
    statement said about the meeting."""
    for question in (
        "statement source esper singh meeting",
        "esper singh meeting statement source",
        "source of the statement on esper singh talks",
        "beca statement issuer",
    ):
        answer = ask(engine, question)
        assert "Defense Department" in answer.text and answer.quotes, question


def test_a_keyword_query_for_an_unnamed_officials_name_is_unstated(engine: Engine) -> None:
    """ "said by whom" (U.S. government officials) "which official name": the article
    names none of them; not the four people it does name."""
    lead = ('"most significant relationships" quote', "said by whom")
    for question in ("which official name", "official name?", "name of official"):
        answer = ask(engine, *lead, question)
        assert answer.abstained and "doesn't name" in answer.text, question


def test_it_after_a_persons_count_of_events_is_the_event(engine: Engine) -> None:
    """ "2+2 count" "esper how many times" (his second) "who takes part in it": the 2+2's
    foreign and defense ministers, not Esper, whom "it" cannot be."""
    for question in ("who takes part in it", "who attends it", "who participates in it"):
        answer = ask(engine, "2+2 count", "esper how many times", question)
        assert "foreign and defense ministers" in answer.text, question
