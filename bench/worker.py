"""One measurement in a fresh process: `python -m bench.worker TASK JSON-ARGS`.

Each task runs in its own interpreter so that imports are really cold for the start-up
figures and each process's peak memory belongs to one fact base of one size, not to
whatever an earlier measurement left behind. The result is the last stdout line, prefixed
with RESULT; progress goes to stderr.
"""

from __future__ import annotations

import gc
import json
import sys
import time

_T0 = time.perf_counter()  # as early as we can see it: before the imports we measure

from collections.abc import Callable  # noqa: E402 - after the clock, on purpose
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from bench.measure import Latency, Progress, peak_rss_mb, rss_mb  # noqa: E402

__all__ = ["TASKS", "main"]

JSON = dict[str, Any]
WARMUP = 50


def startup(args: JSON) -> JSON:
    """Import, compile, index and first answer, from a cold interpreter."""
    began = time.perf_counter()
    import bot.factbase.compiler as compiler

    imported_compiler = time.perf_counter()
    from bot.engine.engine import Engine

    imported_engine = time.perf_counter()
    factbase = compiler.load_factbase(Path(args["facts"]), Path(args["seeds"]))
    compiled = time.perf_counter()
    engine = Engine(factbase)
    indexed = time.perf_counter()
    answer = engine.answer(args["question"])
    answered = time.perf_counter()
    return {
        "interpreter_to_main_s": began - _T0,
        "import_compiler_s": imported_compiler - began,
        "import_engine_s": imported_engine - imported_compiler,
        "compile_s": compiled - imported_engine,
        "index_s": indexed - compiled,
        "first_answer_s": answered - indexed,
        "total_s": answered - began,
        "answered": not answer.abstained,
        "peak_rss_mb": peak_rss_mb(),
    }


def seed(args: JSON) -> JSON:
    """The real fact base and the eval set: our engine and BM25, same questions, same run."""
    from bench.baseline import BM25Baseline, report_at, sweep
    from bot.engine.context import Context
    from bot.engine.engine import Engine
    from bot.evaluation import evaluate, load_eval
    from bot.factbase.compiler import load_factbase

    items = load_eval(Path(args["eval"]))
    if args.get("limit"):
        # Spread over the file, so a short run still has unanswerable items and conversations.
        step = max(1, len(items) // int(args["limit"]))
        items = [item for item in items[::step] if not item.conversation][: args["limit"]]
    reps = int(args["reps"])
    before = rss_mb()
    started = time.perf_counter()
    factbase = load_factbase(Path(args["facts"]), Path(args["seeds"]))
    compiled = time.perf_counter()
    engine = Engine(factbase)
    indexed = time.perf_counter()
    gc.freeze()  # as `talksbot` does once the engine is built (bot/commands/loading.py)
    after_build = rss_mb()

    # Latency: the eval set asked `reps` times, conversations with their context as
    # `evaluate` asks them. The first pass is reported apart (cold caches).
    cold: list[int] = []
    warm: list[int] = []
    render: list[int] = []
    progress = Progress("engine on the eval set", reps)
    for rep in range(reps):
        contexts: dict[str, Context] = {}
        for item in items:
            context = (
                contexts.get(item.conversation or "", Context()) if item.conversation else Context()
            )
            t = time.perf_counter_ns()
            answer = engine.answer(item.q, context)
            elapsed = time.perf_counter_ns() - t
            (cold if rep == 0 else warm).append(elapsed)
            if item.conversation:
                contexts[item.conversation] = answer.context
            if rep == 1:
                # What `ask --jsonl` adds per line beyond the answer: one JSON line.
                t = time.perf_counter_ns()
                json.dumps(answer.to_json(), ensure_ascii=False)
                render.append(time.perf_counter_ns() - t)
        progress.tick(rep + 1)
    report = evaluate(engine, items)

    bm25_started = time.perf_counter()
    bm25 = BM25Baseline(factbase.articles.values())
    bm25_built = time.perf_counter()
    bm25_ns: list[int] = []
    scored = []
    for rep in range(reps):
        for item in items:
            t = time.perf_counter_ns()
            best = bm25.best(item.q)
            bm25_ns.append(time.perf_counter_ns() - t)
            if rep == 0:
                scored.append(best)
    chosen, rows = sweep(items, scored)
    at_zero = report_at(items, scored, 0.0)
    return {
        "facts": len(factbase.facts),
        "entities": len(factbase.entities),
        "sentences": len(bm25.sentences),
        "questions": len(items),
        "answerable": len(report.answerable),
        "unanswerable": len(report.unanswerable),
        "reps": reps,
        "compile_s": compiled - started,
        "index_s": indexed - compiled,
        "engine": {
            "latency": Latency.of_ns(warm or cold).to_json(),
            "cold_latency": Latency.of_ns(cold).to_json(),
            "accuracy": report.accuracy,
            "abstention": report.abstention,
            "false_answer_rate": report.false_answer_rate,
            "jsonl_render": Latency.of_ns(render).to_json(),
        },
        "bm25": {
            "build_s": bm25_built - bm25_started,
            "latency": Latency.of_ns(bm25_ns).to_json(),
            "threshold": chosen.threshold,
            "accuracy": chosen.accuracy,
            "abstention": chosen.abstention,
            "false_answer_rate": chosen.false_answer_rate,
            "never_abstains": {
                "accuracy": at_zero.accuracy,
                "abstention": at_zero.abstention,
                "false_answer_rate": at_zero.false_answer_rate,
            },
            "sweep": [r.as_row() for r in _thin(rows, 12)],
        },
        "rss_mb": {"before_load": before, "after_build": after_build, "peak": peak_rss_mb()},
    }


def scale_build(args: JSON) -> JSON:
    """One synthetic base built cold, as a bot with an empty build cache builds it: compile,
    index, and store the cache entry (in `args["cache"]`)."""
    from bot.buildcache import build

    root = Path(args["dir"])
    before = rss_mb()
    built = build(root / "facts", root / "seeds", Path(args["cache"]))
    if not built.ok or built.from_cache:
        raise SystemExit(
            "the synthetic fact base did not build cold:\n"
            + "\n".join(str(p) for p in built.problems[:20])
        )
    seconds = built.seconds
    return {
        "key_s": seconds.get("key", 0.0),
        "compile_s": seconds["compile"],
        "index_s": seconds["index"],
        "build_s": seconds["compile"] + seconds["index"],
        "store_s": seconds.get("store", 0.0),
        "rss_mb": {"before_load": before, "after_build": rss_mb(), "peak": peak_rss_mb()},
    }


def scale_engine(args: JSON) -> JSON:
    """One synthetic base as a restarting bot gets it (from the build cache that
    `scale_build` filled, if `args["cache"]`): load, per-question latency, accuracy, memory."""
    from bench.synth import load_questions
    from bot.buildcache import build
    from bot.engine.engine import Engine
    from bot.evaluation import EvalReport, judge

    root = Path(args["dir"])
    questions = load_questions(root / "questions.json")[: int(args["questions"])]
    items = [_item(n, q) for n, q in enumerate(questions, 1)]
    before = rss_mb()
    started = time.perf_counter()
    built = build(
        root / "facts", root / "seeds", Path(args["cache"]) if args.get("cache") else None
    )
    loaded = time.perf_counter()
    if built.factbase is None or built.index is None or built.problems:
        raise SystemExit(
            "the synthetic fact base did not compile:\n"
            + "\n".join(str(p) for p in built.problems[:20])
        )
    after_load = rss_mb()
    engine = Engine(built.factbase, index=built.index)
    indexed = time.perf_counter()
    after_build = rss_mb()
    # A full collection walks every object the fact base and index hold; in the bot it runs
    # on the event loop. Frozen (gc.freeze(), as `talksbot` does once it has loaded), they
    # are skipped; the latencies below are taken frozen, as the bot runs.
    gc.unfreeze()
    began = time.perf_counter()
    gc.collect()
    gc_full = time.perf_counter() - began
    gc.freeze()
    began = time.perf_counter()
    gc.collect()
    gc_frozen = time.perf_counter() - began
    for question in questions[:WARMUP]:
        engine.answer(question.q)
    samples: list[int] = []
    report = EvalReport()
    progress = Progress(f"engine, {len(built.factbase.facts):,} facts", len(questions))
    for done, (question, item) in enumerate(zip(questions, items, strict=True), 1):
        t = time.perf_counter_ns()
        answer = engine.answer(question.q)
        samples.append(time.perf_counter_ns() - t)
        report.outcomes.append(judge(item, answer))
        progress.tick(done)
    return {
        "facts": len(built.factbase.facts),
        "entities": len(built.factbase.entities),
        "articles": len(built.factbase.articles),
        "questions": len(questions),
        "from_cache": built.from_cache,
        # From process start of the build to an engine ready to answer: key (hashing every
        # input file), then the cache entry loaded (or, without one, compile and index).
        "load_s": indexed - started,
        "load_steps_s": {**built.seconds, "engine": indexed - loaded},
        "latency": Latency.of_ns(samples).to_json(),
        "accuracy": report.accuracy,
        "abstention": report.abstention,
        "false_answer_rate": report.false_answer_rate,
        "candidates": _candidates(engine, [q.q for q in questions[:200]]),
        "gc_full_ms": 1000 * gc_full,
        "gc_frozen_ms": 1000 * gc_frozen,
        "rss_mb": {
            "before_load": before,
            "after_load": after_load,
            "after_build": after_build,
            "peak": peak_rss_mb(),
        },
    }


def scale_bm25(args: JSON) -> JSON:
    """BM25 over the same synthetic seeds, answering the same questions."""
    from bench.baseline import BM25Baseline, sweep
    from bench.synth import load_questions
    from bot.factbase.seeds import load_seeds

    root = Path(args["dir"])
    questions = load_questions(root / "questions.json")[: int(args["questions"])]
    items = [_item(n, q) for n, q in enumerate(questions, 1)]
    before = rss_mb()
    started = time.perf_counter()
    articles, _ = load_seeds(root / "seeds")
    loaded = time.perf_counter()
    bm25 = BM25Baseline(articles.values())
    built = time.perf_counter()
    after_build = rss_mb()
    for question in questions[: WARMUP // 5]:
        bm25.best(question.q)
    samples: list[int] = []
    scored = []
    progress = Progress(f"BM25, {len(bm25.sentences):,} sentences", len(questions))
    for done, question in enumerate(questions, 1):
        t = time.perf_counter_ns()
        scored.append(bm25.best(question.q))
        samples.append(time.perf_counter_ns() - t)
        progress.tick(done)
    chosen, _ = sweep(items, scored)
    return {
        "sentences": len(bm25.sentences),
        "questions": len(questions),
        "load_s": loaded - started,
        "build_s": built - started,
        "latency": Latency.of_ns(samples).to_json(),
        "threshold": chosen.threshold,
        "accuracy": chosen.accuracy,
        "abstention": chosen.abstention,
        "false_answer_rate": chosen.false_answer_rate,
        "rss_mb": {"before_load": before, "after_build": after_build, "peak": peak_rss_mb()},
    }


def discord(args: JSON) -> JSON:
    """The Discord layer against the fake server (see bench.discordbench)."""
    from bench.discordbench import measure

    return measure(
        Path(args["root"]),
        int(args["users"]),
        int(args["channels"]),
        int(args["messages"]),
        str(args.get("fake", "process")),
    )


def _item(number: int, question: Any) -> Any:
    from bot.evaluation import EvalItem

    answers = ("|".join(question.answers),) if question.answers else ()
    return EvalItem(number, question.q, question.abstain, answers, question.quote)


def _candidates(engine: Any, questions: list[str]) -> JSON:
    """How many facts the engine scores per question (diagnostic; reaches into private
    parts of the engine, so any change there yields "unavailable", not a failure)."""
    try:
        from bot.engine.question import parse

        counts = sorted(len(engine._rank(parse(q, engine.index))) for q in questions)
    except Exception as error:  # the engine's internals are not an API
        return {"unavailable": f"{type(error).__name__}: {error}"}
    if not counts:
        return {"unavailable": "no questions"}
    return {
        "median": counts[len(counts) // 2],
        "p99": counts[min(len(counts) - 1, int(len(counts) * 0.99))],
        "max": counts[-1],
        "sampled": len(counts),
    }


def _thin(rows: list[Any], keep: int) -> list[Any]:
    """About `keep` rows spread over the sweep, the ends included."""
    if len(rows) <= keep:
        return rows
    step = (len(rows) - 1) / (keep - 1)
    return [rows[round(i * step)] for i in range(keep)]


TASKS: dict[str, Callable[[JSON], JSON]] = {
    "startup": startup,
    "seed": seed,
    "scale-build": scale_build,
    "scale-engine": scale_engine,
    "scale-bm25": scale_bm25,
    "discord": discord,
}


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in TASKS:
        print(f"usage: python -m bench.worker {{{','.join(TASKS)}}} JSON", file=sys.stderr)
        return 2
    result = TASKS[argv[0]](json.loads(argv[1]))
    print("RESULT " + json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
