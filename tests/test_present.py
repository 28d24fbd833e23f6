"""Browsing the fact base as plain values: who, timeline, source, summaries, facts."""

from __future__ import annotations

from pathlib import Path

from bot.factbase.compiler import load_factbase
from bot.present import (
    entity_choices,
    facts_page,
    page_count,
    question_choices,
    resolve_entity,
    resolve_summary,
    search_facts,
    source_cards,
    summary_card,
    summary_choices,
    timeline_card,
    who_card,
)

ROOT = Path(__file__).resolve().parents[1]
FB = load_factbase(ROOT / "facts", ROOT / "seeds")


def test_resolve_entity_by_id_alias_and_misspelling() -> None:
    """A person is found by id, by any alias, and by a close misspelling."""
    assert resolve_entity(FB, "esper")[0] is FB.entities["esper"]
    assert resolve_entity(FB, "Secretary of Defense Esper")[0] is FB.entities["esper"]
    assert resolve_entity(FB, "Biegun")[0] is FB.entities["begin"]
    assert resolve_entity(FB, "Rajnat Sing")[0] is FB.entities["singh"]


def test_resolve_entity_refuses_unknown_names() -> None:
    """A name that matches no one resolves to nothing rather than a guess."""
    entity, _ = resolve_entity(FB, "Zorblax Quimby")
    assert entity is None


def test_entity_choices_list_people_first_and_complete_prefixes() -> None:
    """With nothing typed, people come first; typing narrows to the matching names."""
    everyone = entity_choices(FB, "")
    assert [c.value for c in everyone[:4]] == ["esper", "singh", "pompeo", "begin"]
    assert entity_choices(FB, "raj")[0].value == "singh"
    assert len(entity_choices(FB, "", limit=3)) == 3


def test_who_card_quotes_what_they_did() -> None:
    """A who card describes the person and lists what they did, each with its quote."""
    card = who_card(FB, FB.entities["pompeo"])
    assert card.title == "Secretary Pompeo"
    assert any("thwart the threat" in q.text for item in card.items for q in item.quotes)
    assert all(item.quotes for item in card.items)
    assert "Source:" in card.footer


def test_who_card_shows_a_shared_sentence_once() -> None:
    """Facts backed by the same sentence (or a part of it) show it only once."""
    card = who_card(FB, FB.entities["esper"])
    quotes = [q.text for item in card.items for q in item.quotes]
    assert len(quotes) == len(set(quotes))
    assert not any(a != b and a in b for a in quotes for b in quotes)


def test_timeline_is_in_time_order_with_dates() -> None:
    """The timeline starts with the Tokyo talks and leads every entry with a date."""
    card = timeline_card(FB)
    assert card.items[0].fact_id == "quad-talks"
    assert all(item.lead for item in card.items)
    steps = [FB.facts[item.fact_id].timeline or 0 for item in card.items if item.fact_id]
    assert steps == sorted(steps)


def test_source_card_lists_every_paragraph() -> None:
    """The source card has the date, the paragraphs ¶1…¶N and how citations read."""
    (card,) = source_cards(FB)
    article = next(iter(FB.articles.values()))
    assert card.title == article.title and article.date in card.description
    assert [i.lead for i in card.items] == [f"¶{n}" for n in range(1, article.paragraph_count + 1)]
    assert "¶1" in card.description


def test_summaries_short_and_full() -> None:
    """Short summaries cite their paragraphs in order; full ones quote each point."""
    overall = resolve_summary(FB, None)
    assert overall is not None and overall.topic == "overall"
    short = summary_card(FB, overall)
    assert "From ¶1, ¶2, ¶3" in short.description
    full = summary_card(FB, overall, "full")
    assert len(full.items) == len(overall.points) and all(i.quotes for i in full.items)


def test_resolve_summary_by_alias_and_typo() -> None:
    """A topic is found by id, alias, title or a misspelling; nonsense finds none."""
    assert resolve_summary(FB, "BECA") is FB.summaries["agreement"]
    assert resolve_summary(FB, "Tokio") is FB.summaries["tokyo"]
    assert resolve_summary(FB, "cricket scores") is None
    assert summary_choices(FB, "quad")[0].value == "tokyo"


def test_search_ranks_matches_and_forgives_typos() -> None:
    """Search finds facts by their words, stems and names, misspelt or not, best first."""
    assert [f.id for f in search_facts(FB, "logistics")] == ["cooperation-areas"]
    assert [f.id for f in search_facts(FB, "logisitcs")] == ["cooperation-areas"]
    china = [f.id for f in search_facts(FB, "China threat")]
    assert china[0] in {"partnership-purpose", "pompeo-remarks"}
    assert search_facts(FB, "meeting")[0].id in {"meeting", "praise"}
    assert search_facts(FB, "zzzz qqqq") == ()
    assert len(search_facts(FB, "")) == len(FB.facts)


def test_facts_pages_are_clamped_and_counted() -> None:
    """Pages hold five facts, count from one for people, and clamp out-of-range pages."""
    facts = search_facts(FB, None)
    pages = page_count(len(facts), 5)
    last = facts_page(FB, facts, 99)
    assert f"page {pages} of {pages}" in last.description
    assert len(facts_page(FB, facts, 0).items) == 5
    assert "No fact matches" in facts_page(FB, (), 0, query="x").description


def test_question_choices_match_what_is_typed() -> None:
    """Example questions are offered by similarity to what is being typed."""
    assert question_choices(FB, "who met")[0].value == "Who met Rajnath Singh?"
    assert len(question_choices(FB, "")) <= 25


def test_cards_render_as_text() -> None:
    """Every card prints as plain text for the console, quotes with their ¶ labels."""
    text = who_card(FB, FB.entities["singh"]).to_text()
    assert text.startswith("Rajnath Singh\n") and "(¶1)" in text
