"""The benchmark: `python -m bench` (see `--help`). Writes results.json, RESULTS.md and
scaling.png to `--out` (bench/ by default; a temporary folder for `--smoke`).

Sections, each measured in fresh processes so one cannot warm or bloat another:
startup (cold import, compile, index, first answer), seed (the eval set: our engine and BM25
side by side), cli (`talksbot ask` and `ask --jsonl`, if that command exists), scaling
(synthetic fact bases of each size, ours and BM25's), discord (the bot against the fake
Discord server, which runs in its own process unless `--discord-fake inline`).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["ROOT", "main"]

# Not resolved: when bench/ is a symlink into another checkout, that checkout is measured.
ROOT = Path(__file__).absolute().parent.parent
SECTIONS = ("startup", "seed", "cli", "scaling", "discord")
FULL_SIZES = (1_000, 10_000, 100_000)
SMOKE_SIZES = (40, 150)
QUESTION = "Who met Rajnath Singh?"
JSON = dict[str, Any]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="tiny sizes and few repetitions: checks the benchmark runs "
        "(seconds), measures nothing worth reporting",
    )
    parser.add_argument(
        "--sizes",
        help="comma-separated fact counts for the scaling run "
        f"(default {','.join(map(str, FULL_SIZES))})",
    )
    parser.add_argument(
        "--questions", type=int, help="synthetic questions per size (default 1000; smoke 60)"
    )
    parser.add_argument(
        "--reps", type=int, help="times the eval set is asked for latency (default 20; smoke 2)"
    )
    parser.add_argument("--only", help=f"comma-separated sections ({','.join(SECTIONS)})")
    parser.add_argument(
        "--discord-fake",
        choices=("process", "inline"),
        default="process",
        help="where the discord section runs the fake Discord: its own process, as Discord "
        "is another machine (default), or inline on the bot's event loop, as before",
    )
    parser.add_argument("--out", type=Path, help="where results go (default bench/)")
    parser.add_argument(
        "--keep-data", type=Path, help="keep the generated synthetic fact bases in this folder"
    )
    parser.add_argument("--seed", type=int, default=7, help="random seed of the generator")
    parser.add_argument(
        "--code",
        help="what code is measured, for the report (default: git describe of the checkout)",
    )
    parser.add_argument(
        "--report-from",
        type=Path,
        metavar="RESULTS_JSON",
        help="measure nothing: write RESULTS.md and scaling.png from a "
        "results.json (to --out, default its folder)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.report_from is not None:
        from bench.report import render

        stored = json.loads(args.report_from.read_text())
        target: Path = args.out or args.report_from.parent
        target.mkdir(parents=True, exist_ok=True)
        render(stored, target)
        return 0
    smoke: bool = args.smoke
    sizes = (
        tuple(int(s) for s in args.sizes.split(","))
        if args.sizes
        else (SMOKE_SIZES if smoke else FULL_SIZES)
    )
    sections = tuple(args.only.split(",")) if args.only else SECTIONS
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        print(f"unknown section(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    out: Path = args.out or (
        Path(tempfile.mkdtemp(prefix="bench-smoke-")) if smoke else ROOT / "bench"
    )
    out.mkdir(parents=True, exist_ok=True)
    config: JSON = {
        "smoke": smoke,
        "sizes": list(sizes),
        "questions": args.questions or (40 if smoke else 1000),
        "reps": args.reps or (2 if smoke else 20),
        "eval_limit": 40 if smoke else None,
        "jsonl_lines": 100 if smoke else 3000,
        "cli_runs": 1 if smoke else 7,
        "discord": {
            **(
                {"users": 4, "channels": 2, "messages": 20}
                if smoke
                else {"users": 100, "channels": 10, "messages": 1000}
            ),
            "fake": args.discord_fake,
        },
        "seed": args.seed,
        "command": command_line(argv),
        "out": str(out),
    }
    results: JSON = {"config": config, "machine": machine(args.code), "sections": {}}
    started = time.perf_counter()
    for section in sections:
        say(f"== {section}")
        results["sections"][section] = RUNNERS[section](config, args.keep_data)
        (out / "results.json").write_text(json.dumps(results, indent=1) + "\n")
    results["elapsed_s"] = time.perf_counter() - started
    (out / "results.json").write_text(json.dumps(results, indent=1) + "\n")

    from bench.report import render, summary_lines

    render(results, out)
    for line in summary_lines(results):
        print(line)
    say(f"results in {out} ({results['elapsed_s']:.0f} s)")
    return 0


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def command_line(argv: Sequence[str] | None) -> str:
    """The command as a reader would rerun it: where results go and how the code is
    labelled do not change what is measured, so they are left out."""
    given = list(sys.argv[1:] if argv is None else argv)
    kept: list[str] = []
    skip = False
    for word in given:
        if skip:
            skip = False
        elif word in ("--out", "--code", "--keep-data"):
            skip = True
        elif not word.startswith(("--out=", "--code=", "--keep-data=")):
            kept.append(word)
    return " ".join([".venv/bin/python -m bench", *kept])


def _user_env() -> dict[str, str]:
    """The environment a user's Python runs in: bytecode caches written and read, as Python
    does by default. Some machines (this one) set PYTHONDONTWRITEBYTECODE=1, which makes
    every process compile the sources again (~200 ms here) and is no user's set-up."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _warm_bytecode() -> None:
    """One import of everything a command loads, so the caches exist before timing."""
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import bot.cli, bot.engine.engine, bot.factbase.compiler, bot.commands.ask",
        ],
        cwd=ROOT,
        env=_user_env(),
        capture_output=True,
        check=False,
    )


def worker(task: str, args: JSON) -> JSON:
    """Run one measurement in a fresh interpreter; its progress shows on our stderr."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.worker", task, json.dumps(args)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        check=False,
        env=_user_env(),
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"bench worker '{task}' failed (exit {done.returncode})")
    result: JSON = json.loads(lines[-1][len("RESULT ") :])
    return result


# --- sections --------------------------------------------------------------------------------


def run_startup(config: JSON, keep: Path | None) -> JSON:
    _warm_bytecode()
    runs = []
    for _ in range(1 if config["smoke"] else 5):
        began = time.perf_counter()
        result = worker(
            "startup",
            {"facts": str(ROOT / "facts"), "seeds": str(ROOT / "seeds"), "question": QUESTION},
        )
        result["process_s"] = time.perf_counter() - began
        runs.append(result)
    # The median run by total, whole: its phases add up.
    runs.sort(key=lambda r: r["total_s"])
    chosen = runs[len(runs) // 2]
    chosen["runs"] = len(runs)
    chosen["bare_interpreter_s"] = _median_wall([sys.executable, "-c", "pass"], 3)
    return chosen


def run_seed(config: JSON, keep: Path | None) -> JSON:
    return worker(
        "seed",
        {
            "eval": str(ROOT / "tests" / "eval" / "questions.yaml"),
            "facts": str(ROOT / "facts"),
            "seeds": str(ROOT / "seeds"),
            "reps": config["reps"],
            "limit": config["eval_limit"],
        },
    )


def run_cli(config: JSON, keep: Path | None) -> JSON:
    """`talksbot ask` from process start to exit, and the per-line cost of `--jsonl`.
    Run as `python -m bot` from the measured checkout (the console script is the same
    entry point, `bot.cli:main`)."""
    if not (ROOT / "bot" / "commands" / "ask.py").exists():
        say("    bot/commands/ask.py does not exist yet: only in-process equivalents")
        return {"available": False}
    base = [sys.executable, "-m", "bot", "ask"]
    _warm_bytecode()
    one = _median_wall([*base, QUESTION], config["cli_runs"])
    questions = _eval_questions()
    lines = [questions[i % len(questions)] for i in range(config["jsonl_lines"])]
    single = _median_wall([*base, "--jsonl"], config["cli_runs"], stdin=lines[0] + "\n")
    many = _median_wall(
        [*base, "--jsonl"], max(1, config["cli_runs"] // 2), stdin="\n".join(lines) + "\n"
    )
    check = subprocess.run(
        [*base, "--jsonl"],
        input="\n".join(lines[:20]) + "\n",
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=_user_env(),
    )
    answered = [json.loads(line) for line in check.stdout.splitlines() if line.strip()]
    return {
        "available": True,
        "ask_s": one,
        "jsonl_one_line_s": single,
        "jsonl_lines": len(lines),
        "jsonl_total_s": many,
        "jsonl_per_line_us": (many - single) / (len(lines) - 1) * 1e6,
        "jsonl_ok": check.returncode == 0 and len(answered) == 20,
    }


def run_scaling(config: JSON, keep: Path | None) -> JSON:
    from bench.synth import generate

    rows = []
    for size in config["sizes"]:
        folder = (
            Path(tempfile.mkdtemp(prefix=f"synth-{size}-"))
            if keep is None
            else keep / f"synth-{size}"
        )
        try:
            say(f"  {size:,} facts: generating")
            began = time.perf_counter()
            synthetic = generate(size, folder, seed=config["seed"], questions=config["questions"])
            generated = time.perf_counter() - began
            say(
                f"  {size:,} facts: {synthetic.articles:,} articles, {synthetic.entities:,} "
                f"entities, {synthetic.seed_bytes / 1e6:.1f} MB of seed text "
                f"({generated:.1f} s); measuring the engine"
            )
            # Cold (an empty build cache), then as a restart gets it (from that cache).
            args = {
                "dir": str(folder),
                "questions": config["questions"],
                "cache": str(folder / "build-cache"),
            }
            say(f"  {size:,} facts: building cold")
            cold = worker("scale-build", args)
            say(f"  {size:,} facts: measuring the engine, restarted from the build cache")
            engine = worker("scale-engine", args)
            engine["cold"] = cold
            say(f"  {size:,} facts: measuring BM25")
            bm25 = worker("scale-bm25", args)
        finally:
            if keep is None:
                shutil.rmtree(folder, ignore_errors=True)
        rows.append(
            {
                "size": size,
                "articles": synthetic.articles,
                "entities": synthetic.entities,
                "sentences": synthetic.sentences,
                "seed_mb": synthetic.seed_bytes / 1e6,
                "generate_s": generated,
                "engine": engine,
                "bm25": bm25,
            }
        )
        # A long run keeps what it has measured so far, size by size.
        Path(config["out"], "scaling-partial.json").write_text(json.dumps(rows, indent=1))
    # Every size measured: results.json will hold them, the checkpoint is no longer needed.
    Path(config["out"], "scaling-partial.json").unlink(missing_ok=True)
    return {"rows": rows}


def run_discord(config: JSON, keep: Path | None) -> JSON:
    from bench.discordbench import available

    missing = available(ROOT)
    if missing:
        say(f"    skipped: {missing}")
        return {"available": False, "missing": missing}
    return worker("discord", {"root": str(ROOT), **config["discord"]})


RUNNERS = {
    "startup": run_startup,
    "seed": run_seed,
    "cli": run_cli,
    "scaling": run_scaling,
    "discord": run_discord,
}


# --- helpers ---------------------------------------------------------------------------------


def _median_wall(command: list[str], runs: int, stdin: str | None = None) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        done = subprocess.run(
            command,
            cwd=ROOT,
            input=stdin,
            capture_output=True,
            text=True,
            check=False,
            env=_user_env(),
        )
        times.append(time.perf_counter() - began)
        if done.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command[:4])}… failed: {done.stderr[-500:]}")
    return sorted(times)[len(times) // 2]


def _eval_questions() -> list[str]:
    from bot.evaluation import load_eval

    return [
        item.q.replace("\n", " ") for item in load_eval(ROOT / "tests" / "eval" / "questions.yaml")
    ]


def machine(code: str | None = None) -> JSON:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_gb = float("nan")
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_gb = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty", "--abbrev=10"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gb": ram_gb,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "system": f"{platform.system()} {platform.release()}",
        "commit": code or commit or "not a git checkout",
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
    }
