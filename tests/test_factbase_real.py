"""The shipped fact base: it compiles, every quote is in the seed, every sentence is covered."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.factbase.compiler import compile_factbase
from bot.factbase.coverage import coverage
from bot.factbase.model import FactBase
from bot.text import fold_for_quotes

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def factbase() -> FactBase:
    result = compile_factbase(ROOT / "facts", ROOT / "seeds")
    assert result.problems == []
    assert result.factbase is not None
    return result.factbase


def test_seed_is_a_byte_exact_copy_of_the_shared_article() -> None:
    """seeds/ holds the article exactly as supplied, when the shared copy is present."""
    shared = ROOT.parent / "shared" / "seeds" / "us-india-defense-talks.txt"
    if not shared.exists():
        pytest.skip("the shared seed is not beside this checkout")
    assert (ROOT / "seeds" / "us-india-defense-talks.txt").read_bytes() == shared.read_bytes()


def test_seed_metadata_gives_the_date_as_the_article_does(factbase: FactBase) -> None:
    """The article's date is "Monday (Oct. 26)", with no year and no invented publisher."""
    article = factbase.articles["us-india-defense-talks"]
    assert article.date == "Monday (Oct. 26)"
    assert article.publisher is None
    assert article.paragraph_count == 8


def test_every_quote_is_located_verbatim_in_the_seed(factbase: FactBase) -> None:
    """Each fact's quote is the seed's own text at the recorded span and paragraph."""
    for fact in factbase.facts.values():
        article = factbase.articles[fact.article]
        quote = fact.quote
        assert article.text[quote.start : quote.end] == quote.text, fact.id
        assert article.paragraph_of(quote.start) == quote.paragraph, fact.id
        assert fold_for_quotes(quote.text) in fold_for_quotes(article.text)


def test_every_sentence_of_the_article_is_covered(factbase: FactBase) -> None:
    """`talksbot facts coverage` would report 100 %: no statement lacks a fact."""
    report = coverage(factbase)
    assert [s.text for s in report.uncovered] == []
    assert report.percent == 100.0


def test_every_paragraph_and_the_headline_have_facts(factbase: FactBase) -> None:
    """The headline (0) and all eight paragraphs are quoted by at least one fact."""
    quoted = {fact.quote.paragraph for fact in factbase.facts.values()}
    assert quoted == set(range(9))


def test_summaries_exist_for_every_topic_the_issue_names(factbase: FactBase) -> None:
    """An overall summary and one per topic, each short form at most two sentences."""
    assert {"overall", "meeting", "agreement", "cooperation", "dialogue", "china", "tokyo"} <= set(
        factbase.summaries
    )
    for summary in factbase.summaries.values():
        assert summary.points and all(point.facts for point in summary.points)


def test_maintainers_knowledge_is_kept_apart_from_the_articles_words(factbase: FactBase) -> None:
    """Acronyms and usual spellings are maintainer aliases; article aliases occur in the text."""
    text = fold_for_quotes(factbase.articles["us-india-defense-talks"].text).lower()
    for entity in factbase.entities.values():
        for alias in entity.aliases:
            assert fold_for_quotes(alias).lower() in text, (entity.id, alias)
    assert "BECA" in factbase.entities["beca"].maintainer_aliases
    assert "Biegun" in factbase.entities["begin"].maintainer_aliases
    assert "Pentagon" in factbase.entities["dod"].maintainer_aliases


def test_seed_metadata_pins_the_article_bytes() -> None:
    """The metadata records the article's SHA-256, so any edit of the seed is caught."""
    import hashlib

    import yaml

    meta = yaml.safe_load((ROOT / "seeds" / "us-india-defense-talks.yaml").read_text("utf-8"))
    raw = (ROOT / "seeds" / "us-india-defense-talks.txt").read_bytes()
    assert meta["sha256"] == hashlib.sha256(raw).hexdigest()
