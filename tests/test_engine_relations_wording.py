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


def test_two_spellings_offered_bare_get_the_articles_own(engine: Engine) -> None:
    """'is it Defence or Defense in this article?' gets “Defense”, not a Yes; the same choice
    inside another question ('defence or defense ministry statement, who put it out?') is
    left to the usual reading."""
    for question in ("Is it Defence or Defense in this article?", "so defense or defence?"):
        answer = ask(engine, question)
        assert answer.text.startswith("“Defense”"), question
    assert ask(engine, "Co-operation or cooperation?").text.startswith("“Cooperation”")
    answer = ask(engine, "defence or defense ministry statement who put it out")
    assert "Defense Department" in answer.text


def test_a_spelling_put_to_the_article_is_checked(engine: Engine) -> None:
    """'is Begin spelled Biegun in the article?' gets No with the article's “Begin”; a
    spelling of someone else's name ('is Esper spelled Begin?') gets no Yes."""
    for question in (
        "is Begin spelled Biegun in the article?",
        "the deputy secretary's surname is spelt 'Biegun', right?",
    ):
        answer = ask(engine, question)
        assert answer.text.startswith("No. The article writes “Begin”"), question
        assert answer.quote is not None and "Begin" in answer.quote.text
    answer = ask(engine, "Is Rajnath spelt Rajnat?")
    assert answer.text.startswith("No. The article writes “Rajnath”")
    assert ask(engine, "is Singh spelt Singh?").text.startswith("Yes. The article writes “Singh”")
    assert not ask(engine, "is Esper spelled Begin?").text.startswith("Yes")


def test_words_for_relations_asked_of_their_paragraph(engine: Engine) -> None:
    """'what verb describes US-India relations in paragraph 7?' gets “heating up rapidly”,
    as without the paragraph, not ¶7's other sentence about the relationship."""
    for question in (
        "what verb describes US-India relations in paragraph 7",
        "in paragraph 7, what word describes US-India relations?",
    ):
        assert "heating up rapidly" in ask(engine, question).text, question
    answer = ask(engine, "which phrase describes india-china ties in the 7th paragraph?")
    assert "deteriorating sharply" in answer.text


def test_how_the_article_writes_quoted_words(engine: Engine) -> None:
    """'how does the article write 'mutual engagement on logistics'?' gets the article's own
    words; a phrase quoted inside another asked ('logistics') is no second question."""
    for question, words in (
        (
            "how does the article write 'logistics' phrase — 'mutual engagement on logistics'?",
            "mutual engagement on logistics",
        ),
        ("how is 'quadripartite' spelt in the text?", "quadripartite"),
        (
            "how does the text phrase 'pressing global security challenges'?",
            "pressing global security challenges",
        ),
    ):
        answer = ask(engine, question)
        assert answer.text.startswith(f"The article writes “{words}”"), question
    answer = ask(engine, "how does the article write 'comprehensive strategic partnership'?")
    assert answer.text.startswith("No.") and "elevated strategic partnership" in answer.text


def test_a_quoted_misspelt_name_gets_the_articles_spelling(engine: Engine) -> None:
    """'Is it 'Rajnat Singh'?' gets No with the article's “Rajnath Singh”: the quoted words
    are checked as typed, not autocorrected into the name and then said Yes to."""
    for question, written in (
        ("Is it 'Rajnat Singh'?", "Rajnath Singh"),
        ('is his name "Rajnat Singh"?', "Rajnath Singh"),
        ("is it 'Mark T. Espar'?", "Mark T. Esper"),
        ("it's 'Biegun', right?", "Begin"),
        ("is the name 'New Deli'?", "New Delhi"),
    ):
        answer = ask(engine, question)
        assert answer.text.startswith(f"No. The article writes “{written}”"), question
        assert answer.quote is not None and written in answer.quote.text, question


def test_a_name_only_the_maintainers_give_is_never_spelt_yes(engine: Engine) -> None:
    """'is BECA spelt B-E-C-A?' says the article never writes BECA, and a following 'is it
    Pentagon' gets No (the article writes “Defense Department”), not Yes of BECA as 'it'."""
    for question in ("is BECA spelt B-E-C-A?", "how is BECA spelt?", "is beca spelled beca"):
        answer = ask(engine, question)
        assert answer.text.startswith("The article never writes “BECA”"), question
        assert "Basic Exchange and Cooperation Agreement" in answer.text, question
    answer = ask(engine, "is BECA spelt B-E-C-A?", "is it Pentagon")
    assert answer.text.startswith("No. The article never writes “Pentagon”")
    assert answer.quote is not None and "Defense Department" in answer.quote.text
