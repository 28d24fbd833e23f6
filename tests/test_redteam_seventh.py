"""Questions a seventh red-team review found answered as a different question, with a
quote that does not bear the answer out, or with a Yes, a reason or an opinion the
article does not give."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    ("turns", "word"),
    [
        (("deal or agreement, which word?",), "agreement"),
        (("quadripartite or quadrilateral, which word?",), "quadripartite"),
        (("which word does the article use, deal or agreement?",), "agreement"),
        (("Treaty or agreement: which term?",), "agreement"),
        (("What is the BECA?", "pact or agreement - which one does it use?"), "agreement"),
        (("which wording, elevated or enhanced?",), "elevated"),
    ],
)
def test_two_bare_words_get_the_one_the_article_uses(
    engine: Engine, turns: tuple[str, ...], word: str
) -> None:
    answer = ask(engine, *turns)
    assert not answer.abstained and answer.text.lower().startswith(f"“{word}”")
    assert word in answer.quotes[0].text.lower()


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("meeting or talks, which word?", "both"),
        ("deal or pact, which word?", "neither"),
        ("which term, accord or treaty?", "neither"),
    ],
)
def test_two_bare_words_both_or_neither_used_choose_none(
    engine: Engine, question: str, said: str
) -> None:
    """Not "which word?" alone, read as Pompeo's words about China's Communist Party."""
    answer = ask(engine, question)
    assert answer.abstained and said in answer.text and "China" not in answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ("Who is Pompeo?", "which department?"),
        ("what department is Pompeo in?",),
        ("which ministry is Pompeo from?",),
        ("what department does Esper head?",),
        ("Who is Begin?", "what department?"),
    ],
)
def test_a_department_asked_is_never_another_body(engine: Engine, turns: tuple[str, ...]) -> None:
    """Not "China's Communist Party", a body the article names but no department."""
    assert "Communist" not in ask(engine, *turns).text


def test_a_department_the_article_names_is_still_answered(engine: Engine) -> None:
    answer = ask(engine, "which department issued the statement?")
    assert not answer.abstained and "Defense Department" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "If Esper hadn't gone, who would have met Singh?",
        "Who would have met Singh if Esper had not gone?",
        "If Pompeo had gone to New Delhi, would he have met Singh?",
        "would the BECA have been agreed if Esper didn't go?",
        "If the meeting had been cancelled, what would Singh have done?",
    ],
)
def test_what_would_have_happened_otherwise_is_not_answered(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained and "would have happened" in answer.text


def test_a_real_condition_is_still_answered(engine: Engine) -> None:
    """ "If they agreed on BECA, when did they agree?": no unreal past, so answered."""
    assert not ask(engine, "If they agreed on BECA, when did they agree?").abstained


@pytest.mark.parametrize(
    "turns",
    [
        ("What countries were in the Tokyo talks?", "why not China?"),
        ("Who met Singh?", "why not Pompeo?"),
        ("how come no Pakistan?",),
        ("Who went to Tokyo?", "so why not Japan?"),
    ],
)
def test_why_someone_is_left_out_is_not_given(engine: Engine, turns: tuple[str, ...]) -> None:
    """No reason about China ("to jointly address the threat posed by China") for its
    absence: the article gives none."""
    answer = ask(engine, *turns)
    assert answer.abstained and "why not" in answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ("what did they agree on?", "is he from the defence ministry?"),
        ("what did they agree on?", "did she go to Tokyo?"),
        ("What is the BECA?", "he is from India?"),
        ("what did they agree on?", "is he American?"),
        ("what did they agree on?", "was he at the meeting?"),
    ],
)
def test_a_he_with_no_one_named_is_asked_about(engine: Engine, turns: tuple[str, ...]) -> None:
    """Not a Yes from the BECA or the Tokyo talks, which have no "he" in them."""
    answer = ask(engine, *turns)
    assert answer.abstained and not answer.text.startswith("Yes")


def test_a_he_named_before_is_still_answered(engine: Engine) -> None:
    answer = ask(engine, "Who met Singh?", "did he go to Tokyo?")
    assert answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "ok and the Tokyo meeting, who is going?",
        "the Tokyo meeting, who went?",
        "The Tokyo talks - who took part?",
    ],
)
def test_a_bare_question_after_an_event_is_asked_of_it(engine: Engine, question: str) -> None:
    """Esper and Pompeo from the Tokyo sentence, not Esper alone from New Delhi's."""
    answer = ask(engine, question)
    assert "Pompeo" in answer.text and "Tokyo" in answer.quotes[0].text
