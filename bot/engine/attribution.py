"""Who said what: the article reports most facts through a statement ("…, the U.S. Defense
Department said in a statement"). A fact whose quote is only that attribution answers "who
said …?" for the other facts of the same sentence."""

from __future__ import annotations

import bisect
from collections.abc import Mapping

from bot.engine.index import Index, term
from bot.factbase.model import Fact
from bot.factbase.sentences import sentence_spans

__all__ = ["sayers"]

_SAY = term("say")
_WORDED = frozenset({_SAY, term("describe")})


def sayers(index: Index) -> Mapping[str, Fact]:
    """For each fact that does not itself report speech, the fact naming who said it (a fact
    with a "who" role, about saying, whose quote shares a sentence with it)."""
    starts: dict[str, list[int]] = {}
    ends: dict[str, list[int]] = {}
    for article_id, article in index.factbase.articles.items():
        spans = sentence_spans(article)
        starts[article_id] = [start for _, start, _ in spans]
        ends[article_id] = [end for _, _, end in spans]

    def sentences_of(fact: Fact) -> list[tuple[str, int]]:
        """The sentences the quote overlaps, by (article, start); they are in order."""
        quote = fact.quote
        first = bisect.bisect_right(ends.get(quote.article, []), quote.start)
        last = bisect.bisect_left(starts.get(quote.article, []), quote.end)
        return [(quote.article, start) for start in starts.get(quote.article, [])[first:last]]

    by_sentence: dict[tuple[str, int], Fact] = {}
    for entry in index.entries:
        fact = entry.fact
        if "who" in fact.roles and _SAY in entry.predicate and _is_fragment(fact):
            for sentence in sentences_of(fact):
                by_sentence.setdefault(sentence, fact)
    found: dict[str, Fact] = {}
    # "…officials described the relationship as “…between the world's two largest
    # democracies”": a fact quoting a few of those words was said by whoever described it.
    describers: dict[str, list[Fact]] = {}  # by article: a few each, not all of them
    for entry in index.entries:
        if "who" in entry.fact.roles and not _WORDED.isdisjoint(entry.predicate):
            describers.setdefault(entry.fact.quote.article, []).append(entry.fact)
    for entry in index.entries:
        fact = entry.fact
        if _SAY in entry.predicate:
            continue  # "Pompeo said …": the fact names its own speaker
        for sentence in sentences_of(fact):
            said = by_sentence.get(sentence)
            if said is not None and said.id != fact.id:
                found[fact.id] = said
                break
        else:
            quote = fact.quote
            for describer in describers.get(quote.article, ()):
                around = describer.quote
                if (
                    describer.id != fact.id
                    and around.start <= quote.start
                    and quote.end <= around.end
                    and (around.start, around.end) != (quote.start, quote.end)
                    and _inside_quotation(
                        index.factbase.articles[quote.article].text[around.start : quote.start]
                    )
                ):
                    found[fact.id] = describer
                    break
    return found


def _inside_quotation(before: str) -> bool:
    """Whether text that follows `before` stands inside the quotation marks it opens: the
    speaker's own words, not the report around them ("before his trip to South Asia")."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _is_fragment(fact: Fact) -> bool:
    """An attribution's quote is a few words of its sentence, not the sentence itself."""
    return len(fact.quote.text.split()) <= 12
