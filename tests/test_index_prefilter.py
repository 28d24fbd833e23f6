"""The fuzzy-matching prefilter of the index: it only drops texts that could never reach the
cutoff, so the matches (and rapidfuzz's tie-breaking by order) are those of scoring every
text of a possible length."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from bot.engine.engine import Engine
from bot.engine.fuzzyfilter import FuzzyFilter
from bot.engine.question import ENTITY_CUTOFF, WORD_CUTOFF

LETTERS = "aeinrstlou "
word = st.text(alphabet=LETTERS, min_size=1, max_size=14)


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(word, min_size=1, max_size=40),
    query=word,
    cutoff=st.sampled_from([60.0, 70.0, 80.0, 84.0, 90.0, 100.0]),
)
def test_no_text_that_reaches_the_cutoff_is_dropped(
    texts: list[str], query: str, cutoff: float
) -> None:
    """Every text scoring at least the cutoff survives the filter, in order."""
    ordered = tuple(sorted(texts, key=lambda t: (len(t), t)))
    kept = FuzzyFilter(ordered).near(query, cutoff, 0, len(ordered))
    assert kept == sorted(kept)
    reaching = [i for i, t in enumerate(ordered) if fuzz.ratio(query, t) >= cutoff]
    assert set(reaching) <= set(kept)


def test_alias_and_word_matches_are_unchanged_on_the_real_base(engine: Engine) -> None:
    """Over every alias and vocabulary word of the real base (misspelt a little), the
    filtered choices give rapidfuzz's very results over the unfiltered ones."""
    index = engine.index
    probes = [*index.alias_choices, *index.vocabulary]
    probes += [p[1:] for p in probes if len(p) > 3] + [p[:-1] + "x" for p in probes if p]
    for probe in probes:
        texts, owners = index.aliases_near_length(len(probe), ENTITY_CUTOFF)
        like, like_owners = index.aliases_like(probe, ENTITY_CUTOFF)
        before = process.extract(
            probe, texts, scorer=fuzz.ratio, score_cutoff=ENTITY_CUTOFF, limit=4
        )
        after = process.extract(probe, like, scorer=fuzz.ratio, score_cutoff=ENTITY_CUTOFF, limit=4)
        assert [(t, s, owners[i]) for t, s, i in before] == [
            (t, s, like_owners[i]) for t, s, i in after
        ]
        span = (len(probe) - 2, len(probe) + 2)
        words = process.extract(
            probe,
            index.words_of_length(*span),
            scorer=fuzz.ratio,
            score_cutoff=WORD_CUTOFF,
            limit=2,
        )
        near = process.extract(
            probe,
            index.words_like(probe, *span, WORD_CUTOFF),
            scorer=fuzz.ratio,
            score_cutoff=WORD_CUTOFF,
            limit=2,
        )
        assert [(t, s) for t, s, _ in words] == [(t, s) for t, s, _ in near]


@pytest.mark.parametrize(
    ("question", "word", "capitalised"),
    [
        ("who did Begin meet?", "begin", True),
        ("Begin the summary please", "begin", False),  # the first word is capitalised anyway
        ("when did they begin? Begin.", "begin", False),  # a new sentence
        ("did the Begin-led visit happen?", "begin", False),  # part of a longer word
        ("is BECA signed?", "beca", True),
        ("who is Émile's friend, Émile?", "émile", True),  # not ASCII: the pattern search
        ("was it émile?", "émile", False),
    ],
)
def test_a_word_counts_as_a_name_only_when_capitalised_mid_sentence(
    question: str, word: str, capitalised: bool
) -> None:
    from bot.engine.question import _capitalised_in

    assert _capitalised_in(question, word) is capitalised


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="aAbB-_ .'?1", max_size=30),
    st.text(alphabet="aAbB", min_size=1, max_size=3),
)
def test_whole_words_are_found_where_the_whole_word_pattern_finds_them(
    text: str, word: str
) -> None:
    import re

    from bot.engine.question import _whole_word_places

    pattern = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
    expected = [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]
    assert list(_whole_word_places(text, word)) == expected
