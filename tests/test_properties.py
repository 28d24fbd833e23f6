"""Properties that hold for any input: the engine and the compiler never crash, the engine is
deterministic and bounded in time, and whatever it asserts it quotes from the seed."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine.context import Context
from bot.engine.engine import Engine
from bot.factbase.compiler import compile_factbase
from bot.factbase.model import FactBase

ROOT = Path(__file__).resolve().parent.parent
# Generous: the engine answers in well under a millisecond; this only catches runaways.
MAX_SECONDS = 0.5

WORDS = [
    "who",
    "met",
    "Singh",
    "Esper",
    "where",
    "when",
    "BECA",
    "2+2",
    "China",
    "Tokyo",
    "did",
    "the",
    "and",
    "?",
    "Pompeo",
    "Begin",
    "how",
    "many",
    "dialogues",
    "not",
    "defence",
    "U.S.",
    "India",
    "what",
    "why",
    "@everyone",
    "<@123>",
    "'",
    "’s",
]
question_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=20).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question_text)
def test_engine_answers_any_text_quickly_and_grounded(engine: Engine, text: str) -> None:
    """No exception, bounded time, and every non-abstained answer quotes the seed verbatim."""
    started = time.perf_counter()
    answer = engine.answer(text)
    assert time.perf_counter() - started < MAX_SECONDS
    assert answer.text
    assert 0.0 <= answer.confidence <= 1.0
    notes = answer.notes + (answer.explanation.notes if answer.explanation else ())
    assert "internal error" not in notes
    if not answer.abstained:
        assert answer.quotes
        for quote in answer.quotes:
            article = engine.factbase.articles[quote.article]
            assert article.text[quote.start : quote.end] == quote.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(question_text, min_size=1, max_size=4))
def test_engine_is_deterministic_across_conversations(engine: Engine, turns: list[str]) -> None:
    """The same questions in the same order get the same answers."""

    def run() -> list[str]:
        context = Context()
        texts = []
        for turn in turns:
            answer = engine.answer(turn, context)
            context = answer.context
            texts.append(answer.text)
        return texts

    assert run() == run()


yaml_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=40)),
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "name",
                    "kind",
                    "facts",
                    "entities",
                    "roles",
                    "quote",
                    "topics",
                    "summaries",
                    "aliases",
                    "x",
                ]
            ),
            children,
            max_size=5,
        ),
    ),
    max_leaves=25,
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(yaml_values)
def test_compiler_on_any_yaml_document_reports_or_compiles(tmp_path: Path, value: object) -> None:
    """Any YAML document gives a list of problems or a fact base, never an exception."""
    facts = tmp_path / "facts"
    facts.mkdir(exist_ok=True)
    (facts / "any.yaml").write_text(yaml.safe_dump(value, allow_unicode=True), encoding="utf-8")
    result = compile_factbase(facts, ROOT / "seeds")
    assert result.factbase is not None or result.problems


def _mutations(text: str, rng: random.Random) -> str:
    lines = text.splitlines(keepends=True)
    for _ in range(rng.randint(1, 4)):
        if not lines:
            break
        i = rng.randrange(len(lines))
        choice = rng.randrange(5)
        if choice == 0:
            del lines[i]
        elif choice == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif choice == 2:
            cut = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:cut] + "\n"
        elif choice == 3:
            lines[i] = "\t" + lines[i]
        else:
            lines[i] = lines[i].replace(":", "", 1)
    return "".join(lines)


@pytest.mark.parametrize("seed", range(40))
def test_compiler_on_mutations_of_the_real_fact_base(
    tmp_path: Path, seed: int, real_factbase: FactBase
) -> None:
    """Deleting, duplicating, truncating and mangling lines of the real files gives problems
    with positions (or a valid base), never an exception."""
    rng = random.Random(seed)
    facts = tmp_path / "facts"
    facts.mkdir()
    for source in sorted((ROOT / "facts").glob("*.yaml")):
        text = source.read_text(encoding="utf-8")
        if rng.random() < 0.6:
            text = _mutations(text, rng)
        (facts / source.name).write_text(text, encoding="utf-8")
    result = compile_factbase(facts, ROOT / "seeds")
    assert result.factbase is not None or result.problems
    for problem in result.problems:
        assert problem.line >= 1 and problem.col >= 1 and problem.message


# Answers whose conversation context once took its people from a set, so that a process's
# string hashing decided their order: "Two: Esper and Singh" counted by their group's name,
# and "No" to two people named as the ones who did what others did.
_ORDER_SENSITIVE = (
    "how many defense secretaries met in delhi?",
    "how many defense secretaries expressed appreciation for the agreement",
    "Were Singh and Begin the two officials who took part in the Tokyo quadripartite talks?",
)
_CONTEXTS_SCRIPT = """
import sys
from pathlib import Path
from bot.engine.context import Context
from bot.engine.engine import Engine
from bot.factbase.compiler import load_factbase
engine = Engine(load_factbase(Path("facts"), Path("seeds")))
for question in sys.stdin.read().splitlines():
    print(repr(engine.answer(question, Context()).context))
"""


def test_a_conversation_remembers_the_same_people_in_the_same_order_in_every_process() -> None:
    """What a follow-up resolves against must not depend on the process's string hashing."""
    import os
    import subprocess
    import sys

    contexts = []
    for seed in ("1", "2", "3"):
        result = subprocess.run(
            [sys.executable, "-c", _CONTEXTS_SCRIPT],
            input="\n".join(_ORDER_SENSITIVE) + "\n",
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "TALKSBOT_CACHE_DIR": "off"},
        )
        contexts.append(result.stdout)
    assert len(contexts[0].splitlines()) == len(_ORDER_SENSITIVE)
    assert contexts[0] == contexts[1] == contexts[2]
