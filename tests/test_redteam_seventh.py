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
