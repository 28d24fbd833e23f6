"""Who said what: the article reports most facts through a statement ("…, the U.S. Defense
Department said in a statement"). A fact whose quote is only that attribution answers "who
said …?" for the other facts of the same sentence."""

from __future__ import annotations

from collections.abc import Mapping

from bot.engine.index import Index, term
from bot.factbase.model import Fact
from bot.factbase.sentences import sentence_spans

__all__ = ["sayers"]

_SAY = term("say")


def sayers(index: Index) -> Mapping[str, Fact]:
    """For each fact that does not itself report speech, the fact naming who said it (a fact
    with a "who" role, about saying, whose quote shares a sentence with it)."""
    factbase = index.factbase
    sentences = {
        article_id: sentence_spans(article) for article_id, article in factbase.articles.items()
    }

    def sentence_of(fact: Fact) -> set[tuple[str, int]]:
        quote = fact.quote
        return {
            (quote.article, start)
            for _, start, end in sentences.get(quote.article, ())
            if start < quote.end and quote.start < end
        }

    attributions = [
        entry.fact
        for entry in index.entries
        if "who" in entry.fact.roles and _SAY in entry.predicate and _is_fragment(entry.fact)
    ]
    found: dict[str, Fact] = {}
    for entry in index.entries:
        fact = entry.fact
        if _SAY in entry.predicate:
            continue  # "Pompeo said …": the fact names its own speaker
        here = sentence_of(fact)
        for said in attributions:
            if said.id != fact.id and here & sentence_of(said):
                found[fact.id] = said
                break
    return found


def _is_fragment(fact: Fact) -> bool:
    """An attribution's quote is a few words of its sentence, not the sentence itself."""
    return len(fact.quote.text.split()) <= 12
