"""Bare statements and fragments in conversations: a lead naming only the part asked about
before a whole question ("same for the date. Confirm it was Oct. 27.")."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.engine.joined import joined_claims
from tests.engine_helpers import ask

_FRIDAY = "Confirm Esper met Singh on a Friday."


@pytest.mark.parametrize(
    ("follow_up", "verdict"),
    [
        ("same for the date. Confirm it was Oct. 27.", "No"),
        ("now the date. Confirm it was Oct. 27.", "No"),
        ("likewise for the date: confirm it was Oct. 26.", "Yes"),
        ("as for the place. Confirm they met in New Delhi.", "Yes"),
        ("now for the weekday. Check it was a Friday.", "No"),
    ],
)
def test_aspect_lead_before_a_whole_question_is_dropped(
    engine: Engine, follow_up: str, verdict: str
) -> None:
    answer = ask(engine, _FRIDAY, follow_up)
    assert answer.text.startswith(verdict)
    assert "Oct. 26" in answer.quotes[0].text


def test_a_name_as_lead_is_kept(engine: Engine) -> None:
    """ "and Pompeo. Did he go to Tokyo?": "he" is Pompeo, so the lead stays."""
    answer = ask(engine, _FRIDAY, "and Pompeo. Did he go to Tokyo?")
    assert answer.text.startswith("Yes") and "Tokyo" in answer.quotes[0].text


_QUAD = "so the Quad talks were in Beijing"


@pytest.mark.parametrize(
    "claims",
    [
        "Esper went alone, Pompeo skipped it",
        "Esper went alone and Pompeo skipped it",
        "Pompeo stayed home; Esper went alone",
    ],
)
def test_two_claims_joined_are_refuted_by_either(engine: Engine, claims: str) -> None:
    answer = ask(engine, _QUAD, claims)
    assert answer.text.startswith("No") and "Pompeo" in answer.text
    assert "Esper and Secretary Pompeo participated" in answer.quotes[0].text


def test_a_list_is_no_pair_of_claims(engine: Engine) -> None:
    """ "the four were the US, Japan, India and Australia": one claim, and a true one."""
    answer = ask(engine, _QUAD, "the four were the US, Japan, India and Australia")
    assert answer.text.startswith("Yes")


def test_a_setting_before_a_claim_is_no_claim_of_its_own(engine: Engine) -> None:
    """ "In Tokyo, …" opens a setting, not a subject: never split off and checked alone."""
    assert joined_claims("In Tokyo, Esper met Pompeo") is None
    assert joined_claims("Earlier this month, Esper went to Tokyo") is None
    assert joined_claims("Esper went, but where did Pompeo go?") is None
    assert joined_claims("Esper went alone, Pompeo skipped it") == [
        "Esper went alone",
        "Pompeo skipped it",
    ]


@pytest.mark.parametrize(
    ("claim", "words"),
    [
        ("the article calls it an elevated strategic partnership", "elevated strategic"),
        ("so the article labels it an elevated strategic partnership?", "elevated strategic"),
        ("does the article call it an elevated strategic partnership?", "elevated strategic"),
        ("the piece describes ties as heating up rapidly", "heating up rapidly"),
        ("the article calls it an 'elevated strategic partnership'", "elevated strategic"),
    ],
)
def test_the_articles_own_wording_claimed_bare_gets_yes(
    engine: Engine, claim: str, words: str
) -> None:
    answer = ask(engine, claim)
    assert answer.text.startswith("Yes") and words in answer.quotes[0].text


@pytest.mark.parametrize(
    "claim",
    [
        # Unquoted, another wording may be the asker's own words for the same thing.
        "the article calls it a comprehensive strategic partnership",
        # Not the relationship: the name would be of China, which the article never gives.
        "the article describes China as an elevated strategic partnership",
    ],
)
def test_an_unquoted_name_the_article_does_not_use_gets_no_wording_verdict(
    engine: Engine, claim: str
) -> None:
    assert not ask(engine, claim).text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    "claim",
    [
        "the two militaries will cooperate less from now on",
        "will the two militaries cooperate less?",
        "cooperation between the two militaries will lessen",
        "information sharing will diminish",
    ],
)
def test_cooperation_done_less_gets_no_deepening(engine: Engine, claim: str) -> None:
    answer = ask(engine, claim)
    assert answer.text.startswith("No")
    assert "deepening cooperation between the two militaries" in answer.quotes[0].text


@pytest.mark.parametrize(
    "claim",
    [
        "ok so BECA was already in place before the visit",
        "was BECA already in place before the visit?",
        "was the agreement reached after the visit?",
        "had they already agreed on BECA before the visit?",
    ],
)
def test_what_happened_during_the_visit_was_not_before_or_after_it(
    engine: Engine, claim: str
) -> None:
    answer = ask(engine, claim)
    assert answer.text.startswith("No")
    assert answer.quotes[0].text.startswith("During the visit")


def test_a_during_inside_the_sentence_places_nothing_else(engine: Engine) -> None:
    """Pompeo's press conference was before his trip; "meetings during his visit" are what
    he spoke of, not when he spoke."""
    answer = ask(engine, "did Pompeo hold the press conference before his trip?")
    assert answer.text.startswith("Yes")
