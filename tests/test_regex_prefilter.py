"""The engine's regular expressions skip the scan when a text lacks every literal a match
needs; they must find exactly what `re` finds, on every text."""

from __future__ import annotations

import importlib
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import prefilter
from bot.engine.prefilter import Prefiltered, required_clauses, required_literals
from bot.evaluation import load_eval
from bot.text import normalise

EVAL = Path(__file__).resolve().parent / "eval"
MODULES = [
    "bot.engine.question",
    "bot.engine.phrases",
    "bot.engine.engine",
    "bot.engine.yesno",
    "bot.engine.describe",
    "bot.engine.core",
    "bot.engine.contrast",
]


def engine_patterns() -> list[tuple[str, Prefiltered]]:
    found = []
    for name in MODULES:
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if isinstance(value, Prefiltered):
                found.append((f"{name}.{attribute}", value))
    return found


def question_texts() -> list[str]:
    """Our own set and two written by others, as typed and as the engine normalises them."""
    texts = []
    for name in ("questions.yaml", "holdout.yaml", "fortyfirst.yaml"):
        for item in load_eval(EVAL / name):
            texts += [item.q, normalise(item.q)]
    return texts


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bwhy\b|\bwhat for\b", {"why", "what for"}),
        (r"\bhow (?:many|much)\b", {"how many", "how much"}),
        (r"(?:\b(\w+) )?\b(?:by|from) whom\b", {" whom"}),
        (r"^(?:which|what) (?:\w+ ){1,3}exactly\b", {"exactly"}),
        (r"\bsummari[sz]e\b|\bgist\b", {"summari", "gist"}),
    ],
)
def test_the_literals_every_match_needs_are_read_from_the_pattern(
    pattern: str, expected: set[str]
) -> None:
    assert required_literals(pattern) == frozenset(expected)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+",  # no literal at all
        r"(?:why)?\bwhen\b|\s",  # one branch needs none
        r"(?:x)*",  # may match nothing
    ],
)
def test_a_pattern_that_can_match_without_a_known_literal_is_not_prefiltered(
    pattern: str,
) -> None:
    assert required_literals(pattern) is None
    assert prefilter.compile(pattern).clauses == ()


def test_every_requirement_is_kept_most_selective_first() -> None:
    """ "…, and where?": a comma or an "and" before a question word; questions nearly
    always have the word, rarely the comma, and both are needed."""
    clauses = required_clauses(r"\s*(?:,\s*|\s+and\s+)(?=where|when|who)")
    assert set(clauses) == {frozenset({",", "and"}), frozenset({"where", "when", "who"})}
    assert clauses[0] == frozenset({"where", "when", "who"})


def test_a_pattern_that_ignores_case_is_tested_on_the_folded_text() -> None:
    gated = prefilter.compile(r"\bwhy\b", re.IGNORECASE)
    assert gated.search("WHY did they meet?") is not None
    assert gated.search("When did they meet?") is None
    # Outside ASCII, folding has exceptions ("ſ" is an "s" to re): the scan decides.
    long_s = prefilter.compile(r"\bus\b", re.IGNORECASE)
    assert (long_s.search("u\u017f") is None) == (long_s.regex.search("u\u017f") is None)


def test_every_engine_pattern_finds_what_re_finds_on_real_questions() -> None:
    patterns = engine_patterns()
    assert len(patterns) > 150
    for text in question_texts():
        for name, gated in patterns:
            plain = gated.regex
            for method in ("search", "match", "fullmatch"):
                ours = getattr(gated, method)(text)
                theirs = getattr(plain, method)(text)
                assert (ours and ours.span()) == (theirs and theirs.span()), (name, text)
            assert gated.split(text) == plain.split(text), (name, text)
            assert [m.span() for m in gated.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], (name, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdehilmnorstwy '?-", max_size=40))
def test_on_any_text_the_answers_are_those_of_re(text: str) -> None:
    for name, gated in engine_patterns():
        ours, theirs = gated.search(text), gated.regex.search(text)
        assert (ours and ours.span()) == (theirs and theirs.span()), (name, text)
        assert gated.sub("_", text) == gated.regex.sub("_", text), (name, text)


def test_tricky_constructs_find_exactly_what_re_finds() -> None:
    """Branches after a literal run, empty and possessive repeats, lookarounds, groups that
    change the case rule, back-references, and the letters `re` folds unlike `str.lower`."""
    patterns = [
        (r"\bx(?:ab|cd)?y", 0),
        (r"\bwh(?:y|at for)\b", 0),
        (r"\bq(?=ab|cd)", 0),
        (r"\bq(?<=xq)", 0),
        (r"(?i:AB)\bcd", 0),
        (r"\bAB(?-i:CD)", re.IGNORECASE),
        (r"\b(?:ab){0}cd", 0),
        (r"\b(?:ab)*?cd", 0),
        (r"\b(?>ab|c)d", 0),
        (r"\b(?:ab)++c", 0),
        (r"\b(a)\1b", 0),
        (r"\b(?:(a)|b)(?(1)c|d)", 0),
        (r"\bab(?:c|d*)", 0),
        (r"\bx(?=(?i:AB))", 0),
        (r"\bAB", re.IGNORECASE | re.ASCII),
        (r"x(?=\u017f)", re.IGNORECASE),
        (r"\b\u0131x", re.IGNORECASE),
        (r"\b\u0130x", re.IGNORECASE),
    ]
    alphabet = "abcdxyqABCsSiI \u017f\u0131"
    texts = ["".join(t) for n in range(4) for t in itertools.product(alphabet, repeat=n)]
    for pattern, flags in patterns:
        plain, gated = re.compile(pattern, flags), prefilter.compile(pattern, flags)
        for text in texts:
            ours, theirs = gated.search(text), plain.search(text)
            assert (ours and ours.span()) == (theirs and theirs.span()), (pattern, text)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_on_texts_made_of_a_patterns_own_literals_the_answers_are_those_of_re(
    data: st.DataObject,
) -> None:
    """Texts built from the very strings a gate looks for, in any case, with the letters
    case folding treats specially: where a gate could go wrong if it can."""
    name, gated = data.draw(st.sampled_from([p for p in engine_patterns() if p[1].clauses]))
    pieces = [n for clause in gated.clauses for n in clause] + ["\u017f", "\u0131", " ", "?"]
    words = data.draw(st.lists(st.sampled_from(pieces), max_size=6))
    shouted = data.draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
    text = " ".join(w.upper() if up else w for w, up in zip(words, shouted, strict=True))
    ours, theirs = gated.search(text), gated.regex.search(text)
    assert (ours and ours.span()) == (theirs and theirs.span()), (name, text)


def test_every_pattern_compiled_on_first_use_is_a_valid_pattern() -> None:
    """Patterns are compiled when first used, not at import: a broken one must still fail
    here, not in front of a user."""
    from bot import text

    for _name, pattern in engine_patterns():
        assert isinstance(pattern.regex, re.Pattern)
    for _guard, rewrite, _replacement in text._PHRASES:
        re.compile(rewrite.source, rewrite.flags)


def _rewritten_one_by_one(text: str) -> str:
    from bot import text as texts

    for guard, pattern, replacement in texts._PHRASES:
        if guard in text:
            text = pattern.sub(replacement, text)
    return text


def test_the_sieve_of_normalise_rewrites_changes_texts_exactly_as_one_by_one() -> None:
    """`normalise` runs only the rewrites the sieve keeps once it has met enough texts: the
    questions of every eval set (and fact texts) must come out as when each rewrite tests
    the text itself."""
    from bot import text as texts

    sieve = prefilter.RewriteSieve(
        [(guard, pattern.source, pattern.flags) for guard, pattern, _ in texts._PHRASES]
    )
    factbase_texts = [
        line.split(":", 1)[1].strip().strip("\"'")
        for line in (Path(__file__).resolve().parents[1] / "facts" / "facts.yaml")
        .read_text(encoding="utf-8")
        .splitlines()
        if ":" in line and not line.lstrip().startswith("#")
    ]
    questions = [item.q for path in sorted(EVAL.glob("*.yaml")) for item in load_eval(path)]
    for text in [*questions, *factbase_texts]:
        prepared = text.lower()
        assert texts._sieved_rewrites(sieve, prepared) == _rewritten_one_by_one(prepared), text


def test_the_sieve_never_drops_a_rewrite_that_would_change_the_text() -> None:
    """Stronger than equal results: for each question, every rewrite the sieve leaves out
    would have left the text as it was."""
    from bot import text as texts

    sieve = prefilter.RewriteSieve(
        [(guard, pattern.source, pattern.flags) for guard, pattern, _ in texts._PHRASES]
    )
    for text in question_texts():
        prepared = text.lower()
        kept = sieve.candidates(prepared)
        for i, (guard, pattern, replacement) in enumerate(texts._PHRASES):
            if not kept >> i & 1 and guard in prepared:
                assert pattern.sub(replacement, prepared) == prepared, (pattern.source, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ab", "abc", "b", "bc", "x", "c a", "ca"]), max_size=6))
def test_the_sieve_finds_every_string_even_inside_or_overlapping_another(
    pieces: list[str],
) -> None:
    rewrites = [
        ("", r"abc", 0),
        ("b", r"bc\b", 0),
        ("", r"(?:ab|ca)x", 0),
        ("c", r"\ba", 0),
        ("", r"x", re.IGNORECASE),
    ]
    text = "".join(pieces)
    kept = prefilter.RewriteSieve(rewrites).candidates(text)
    for i, (guard, pattern, flags) in enumerate(rewrites):
        if guard in text and re.search(pattern, text, flags):
            assert kept >> i & 1, (pattern, text)
