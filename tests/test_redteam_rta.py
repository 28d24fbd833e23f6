"""Questions an eighth red-team review found answered as a different question (what
someone did answered with their title, how something was done with what was done) or
with a list presented as complete when it is not."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.engine_helpers import ask


@pytest.mark.parametrize(
    ("question", "act"),
    [
        ("Tell me what Begin did.", "visited new delhi"),
        ("Can you tell me what Begin has done?", "visited new delhi"),
        ("Tell me what U.S. government officials did.", "described"),
        ("Tell me what U.S. officials said before the 2+2.", "described"),
        ("Tell me what U.S. officials said.", "described"),
        ("Can you tell me what Pompeo said at the press conference?", "free nations"),
        ("Explain what Pompeo did.", "said"),
        ("tell me what esper and singh did on monday", "met"),
    ],
)
def test_what_someone_did_inside_a_request_is_their_act(
    engine: Engine, question: str, act: str
) -> None:
    """Not "U.S. Deputy Secretary of State" or "U.S. government officials": who they are."""
    answer = ask(engine, question)
    assert not answer.abstained and act in answer.text.lower()


@pytest.mark.parametrize(
    "question",
    [
        "Tell me what the two Secretaries of Defense did.",
        "Tell me what the two men did.",
        "Can you tell me what both defense chiefs did?",
    ],
)
def test_what_a_pair_did_is_no_description_of_the_pair(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and not answer.text.startswith("The two defense chiefs, U.S.")


@pytest.mark.parametrize(
    "question",
    [
        "How did the two sides reach the agreement?",
        "how did they achieve the agreement?",
        "How will they enhance secure communications?",
        "so how will the US and India strengthen logistics?",
        "How did Esper and Singh sign the BECA?",
    ],
)
def test_how_an_act_was_done_is_not_what_was_done(engine: Engine, question: str) -> None:
    """The article gives no means; "The BECA" or the list of commitments answers what."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("How did US officials describe the relationship?", "significant"),
        ("How are US-India relations heating up?", "rapidly"),
        ("How are they planning to deepen military cooperation?", "commitment"),
    ],
)
def test_how_something_is_described_or_planned_still_answered(
    engine: Engine, question: str, said: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and said in answer.text.lower()


@pytest.mark.parametrize(
    "question",
    [
        "List all the places mentioned.",
        "What places are mentioned in the article?",
        "Name every place in the article",
        "How many places are named?",
    ],
)
def test_every_place_asked_includes_the_countries(engine: Engine, question: str) -> None:
    """Not "Three: New Delhi, Tokyo and South Asia", a count of the cities and the region
    passed off as every place."""
    answer = ask(engine, question)
    assert answer.text.startswith("Eight:")
    assert all(place in answer.text for place in ("New Delhi", "Tokyo", "Japan", "Australia"))


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("list all the places in the article, cities and regions", "Three:"),
        ("which cities are mentioned?", "Two:"),
        ("which regions are mentioned?", "One: South Asia"),
    ],
)
def test_places_kept_to_cities_or_regions_stay_so(
    engine: Engine, question: str, start: str
) -> None:
    assert ask(engine, question).text.startswith(start)


@pytest.mark.parametrize(
    "question",
    [
        "List the meetings mentioned in the article.",
        "Which meetings are mentioned?",
        "List the visits mentioned.",
        "which trips does the article mention?",
        "List every quote in the article.",
        "What quotes are in the article?",
        "which events are mentioned?",
    ],
)
def test_every_occasion_of_a_sort_is_not_one_of_them(engine: Engine, question: str) -> None:
    """Not the Tokyo talks alone for the meetings, nor Pompeo's words alone for the quotes:
    no one fact lists them all, and one passed off as the list is false."""
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (("which meetings did Esper attend?",), "Tokyo"),
        (("Where did Esper and Pompeo go earlier this month?", "which talks?"), "Tokyo"),
    ],
)
def test_which_occasion_of_someone_is_still_answered(
    engine: Engine, turns: tuple[str, ...], said: str
) -> None:
    answer = ask(engine, *turns)
    assert not answer.abstained and said in answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("List what the two men praised.", "strength"),
        ("List what Begin did.", "visited"),
        ("enumerate what the two sides committed to", "cooperation"),
    ],
)
def test_list_what_someone_did_is_what_they_did(engine: Engine, question: str, said: str) -> None:
    """Not "Esper and Singh", who praised it."""
    answer = ask(engine, question)
    assert not answer.abstained and said in answer.text
