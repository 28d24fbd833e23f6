"""How the question reader rewrites a reading-test's and a formal asker's wordings into the
questions they are, before anything is ranked."""

from __future__ import annotations


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


def test_label_given_is_asked_as_how_described() -> None:
    # "What label did US officials attach to the relationship?" asks how they described it;
    # "what phrase does the article use for…" keeps its own reading.
    from bot.engine.phrases import label_given_asked

    assert (
        label_given_asked("what label did US officials attach to the US-India relationship")
        == "how did US officials describe the US-India relationship?"
    )
    assert (
        label_given_asked("What description did officials give to the relationship?")
        == "how did officials describe the relationship?"
    )
    text = "What phrase does the article use for the challenges?"
    assert label_given_asked(text) == text


def test_implied_about_is_read_as_said_about() -> None:
    # "What is implied about the role of China…?": what the article says of it.
    from bot.engine.question import strip_framing

    assert strip_framing("what is implied about the role of china") == (
        strip_framing("what is said about the role of china")
    )
    assert strip_framing("what does the article suggest about china") == (
        strip_framing("what does the article say about china")
    )


def test_bare_verdict_is_asked_as_their_view() -> None:
    # "and their verdict on the robustness of the defence relationship?" asks their view of it.
    from bot.engine.phrases import bare_view_asked

    assert (
        bare_view_asked("and their verdict on the robustness of the defence relationship?")
        == "what was their view of the robustness of the defence relationship?"
    )
    assert bare_view_asked("his assessment of the agreement") == (
        "what was his view of the agreement?"
    )
    assert bare_view_asked("and the agreement?") == "and the agreement?"


def test_second_one_of_two_named_people() -> None:
    # "Name the two officials who convened on Monday." (Esper and Singh) "what post does the
    # second one hold?": Singh's.
    from bot.engine.phrases import ordinal_one_named

    names = ("Mark T. Esper", "Rajnath Singh")
    assert ordinal_one_named("what post does the second one hold", names) == (
        "what post does Rajnath Singh hold"
    )
    assert ordinal_one_named("where is the former from?", names) == ("where is Mark T. Esper from?")
    for kept in ("when was the second 2+2?", "and the first one?", "the second time?"):
        assert ordinal_one_named(kept, names) == kept


def test_destination_collaborating_subject_and_agreement_arrived_at_read_plainly() -> None:
    # "What was the destination of Pompeo's trip?" asks where it was headed; "keep
    # collaborating" is keep working together; "the subject matter of X" asks what X was
    # about; "the agreement arrived at" is the one reached (not "arrived at New Delhi").
    from bot.text import normalise

    assert normalise("What was the destination of Pompeo's trip?") == (
        "where was pompeo trip headed"
    )
    assert normalise("why will they continue to cooperate?") == (
        "why will they continue working together"
    )
    assert normalise("what was the subject matter of the BECA?") == "what was the beca about"
    assert normalise("the basic agreement arrived at during the visit") == (
        "the basic agreement reached during the visit"
    )


def test_that_forum_is_the_event_just_named() -> None:
    # "Which event did the meeting precede?" (the 2+2 Dialogue) "Who are the participants in
    # that forum?": the 2+2's.
    from bot.engine.phrases import event_named_for_that

    assert event_named_for_that("Who are the participants in that forum?", "the 2+2") == (
        "Who are the participants in the 2+2?"
    )
    assert event_named_for_that("who met singh?", "the 2+2") == "who met singh?"


def test_name_corrected_before_the_question_asks_of_the_last_name() -> None:
    # "Pompeo — sorry, I mean Begin — where did he visit?" asks of Begin, never of Pompeo;
    # "Pompeo, not Begin — …" of Pompeo; a choice of two names is no correction.
    from bot.engine.hesitant import name_corrected

    assert name_corrected("Pompeo — sorry, I mean Begin — where did he visit?") == (
        "where did Begin visit?"
    )
    assert name_corrected("Singh, I mean Esper, how many 2+2 meetings has he been to?") == (
        "how many 2+2 meetings has Esper been to?"
    )
    assert name_corrected("Singh, correction, Begin: did he visit New Delhi?") == (
        "did Begin visit New Delhi?"
    )
    assert name_corrected(
        "pompeo -- no wait, esper -- no, it WAS pompeo -- where did he give that press conference"
    ) == ("where did pompeo give that press conference")
    assert name_corrected("Pompeo, not Begin -- where did he hold his press conference?") == (
        "where did Pompeo hold his press conference?"
    )
    assert name_corrected("Singh, Esper — which one is Indian?") is None
    assert name_corrected("who met singh — sorry, I mean where?") is None


def test_guess_or_doubt_around_a_wh_question_is_dropped() -> None:
    # "who said they agreed on the deal -- pompeo?", "…, the BECA or something": the answer
    # settles the guess; a choice ("Esper or Pompeo?"), a topic ("-- at the tokyo talks?")
    # and a guess the article lacks ("which tech, AI??") stay.
    from bot.engine.hesitant import doubt_dropped

    known = {"pompeo", "the", "beca", "state", "dept", "tokyo", "talks"}.__contains__
    assert doubt_dropped("who said esper and singh agreed on the deal -- pompeo?", known) == (
        "who said esper and singh agreed on the deal?"
    )
    assert doubt_dropped("what agreement did they agree on, the BECA or something", known) == (
        "what agreement did they agree on?"
    )
    assert doubt_dropped(
        "what areas did singh and esper -- or was it pompeo -- say theyd cooperate on", known
    ) == ("what areas did singh and esper say theyd cooperate on")
    for kept in (
        "who's described as Secretary of Defense - Esper or Pompeo?",
        "what was agreed -- at the tokyo talks?",
        "which tech did they name -- AI?",
        "How are India\u2013China relations doing?",
    ):
        assert doubt_dropped(kept, known) == kept


def test_question_put_again_or_person_said_after_it() -> None:
    # "what was the point, like what did they say theyd address together": the fuller second
    # wording; "…? esper's i mean" says whom "his" stands for.
    from bot.engine.hesitant import name_said_after, question_put_again

    assert question_put_again(
        "thanks. what was the point, like what did they say theyd address together"
    ) == ("thanks. what did they say theyd address together")
    kept = "What does BECA actually let them share, like what kind of info?"
    assert question_put_again(kept) == kept
    is_person = {"esper", "pompeo"}.__contains__
    assert name_said_after("was this his second 2+2? esper's i mean", is_person) == (
        "was this esper's second 2+2?"
    )
    assert name_said_after("where did he go? i mean pompeo", is_person) == ("where did pompeo go?")
    assert name_said_after("where did they go? i mean tokyo", is_person) is None
