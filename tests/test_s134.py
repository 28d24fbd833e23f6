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
