

def test_which_word_best_describes_relations_gets_how_they_are() -> None:
    # "Which statement best describes relations between Washington and Beijing: improving,
    # stable, or worsening?" asks how those relations are: the article's own words answer.
    from bot.engine.phrases import best_describes_asked

    assert (
        best_describes_asked(
            "Which statement best describes relations between Washington and Beijing:"
            " improving, stable, or worsening?"
        )
        == "how are relations between Washington and Beijing?"
    )
    assert best_describes_asked("Which word best fits the US-India relationship?") == (
        "how is the US-India relationship?"
    )
    assert best_describes_asked("Who met Singh?") == "Who met Singh?"
