"""The words the article puts to a pair's relations: "heating up rapidly"."""

from bot.engine.engine import Engine
from tests.engine_helpers import ask


def test_words_the_article_uses_for_a_pair_of_relations(engine: Engine) -> None:
    """'what verb does the article use for US-India relations - warming?' gets the article's
    words with the offered one denied; a lone country in two clauses ('US relations') abstains."""
    answer = ask(engine, "what verb does the article use for US-India relations - 'warming'?")
    assert "heating up rapidly" in answer.text and "Not “warming”" in answer.text
    assert answer.quote is not None and "heating up rapidly" in answer.quote.text
    answer = ask(engine, "which words does the article use for the china relationships?")
    assert "deteriorating sharply" in answer.text
    answer = ask(engine, "what term does the text use for india-china ties?")
    assert "deteriorating sharply" in answer.text
    assert ask(engine, "what word does the article use for US relations?").abstained
