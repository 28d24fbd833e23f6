"""RESULTS.md and scaling.png from results.json: tables, targets met or not, the picture.

Everything in RESULTS.md comes from the numbers of one run, except bench/FINDINGS.md (what
the numbers mean, written by a person), which is copied in at the end.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from bench.measure import loglog_slope

__all__ = ["render", "summary_lines", "targets"]

JSON = dict[str, Any]
HERE = Path(__file__).absolute().parent


def _us(value: float) -> str:
    if math.isnan(value):
        return "–"
    if value >= 10_000:
        return f"{value / 1000:,.0f} ms"
    if value >= 1000:
        return f"{value / 1000:.2f} ms"
    return f"{value:.0f} µs"


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def _ratio(ours: float, theirs: float) -> str:
    if not theirs or math.isnan(ours) or math.isnan(theirs):
        return "–"
    return f"{ours / theirs:.2f}×"


def _largest(results: JSON) -> JSON | None:
    rows = results["sections"].get("scaling", {}).get("rows", [])
    return max(rows, key=lambda r: r["size"]) if rows else None


def slopes(results: JSON) -> JSON:
    rows = results["sections"].get("scaling", {}).get("rows", [])
    sizes = [r["size"] for r in rows]
    out: JSON = {}
    for who in ("engine", "bm25"):
        for stat in ("median_us", "p99_us"):
            out[f"{who}_{stat}"] = loglog_slope(sizes, [r[who]["latency"][stat] for r in rows])
    return out


def targets(results: JSON) -> list[tuple[str, str, bool | None]]:
    """(target, what was measured, met: True/False, None if not measured)."""
    rows: list[tuple[str, str, bool | None]] = []
    seed = results["sections"].get("seed")
    if seed:
        ours, bm25 = seed["engine"]["latency"], seed["bm25"]["latency"]
        rows.append(
            (
                "Seed fact base: median under 100 µs per question",
                _us(ours["median_us"]),
                ours["median_us"] < 100,
            )
        )
        rows.append(
            (
                "Seed fact base: p99 under 1 ms per question",
                _us(ours["p99_us"]),
                ours["p99_us"] < 1000,
            )
        )
        rows.append(
            (
                "Seed fact base: no slower than BM25 per question (median)",
                f"{_us(ours['median_us'])} vs BM25 {_us(bm25['median_us'])}",
                ours["median_us"] <= bm25["median_us"],
            )
        )
        rows.append(
            (
                "More accurate than BM25 on the eval set",
                f"{_pct(seed['engine']['accuracy'])} vs BM25 {_pct(seed['bm25']['accuracy'])}"
                f" (false answers {_pct(seed['engine']['false_answer_rate'])} vs "
                f"{_pct(seed['bm25']['false_answer_rate'])})",
                seed["engine"]["accuracy"] > seed["bm25"]["accuracy"],
            )
        )
    largest = _largest(results)
    if largest is not None:
        engine, size = largest["engine"], largest["size"]
        at = f" (at {size:,} facts; largest measured)" if size != 100_000 else ""
        measured_full = size >= 100_000
        # Below 100,000 a miss is still a miss: latency and build time only grow with size.
        p99_ok = engine["latency"]["p99_us"] < 5000
        cold = _cold(engine)
        build_ok = cold["build_s"] < 5
        rows.append(
            (
                "100,000 facts: p99 under 5 ms per question",
                _us(engine["latency"]["p99_us"]) + at,
                p99_ok if measured_full or not p99_ok else None,
            )
        )
        if "load_s" in engine:
            load_ok = engine["load_s"] < 5
            rows.append(
                (
                    "100,000 facts: a restart has the engine ready in under 5 s (unchanged "
                    "files, from the build cache)",
                    f"{engine['load_s']:.2f} s{at}",
                    load_ok if measured_full or not load_ok else None,
                )
            )
            rows.append(
                (
                    "100,000 facts: memory of the restarted bot (peak RSS) under 500 MB",
                    f"{engine['rss_mb']['peak']:.0f} MB{at}",
                    engine["rss_mb"]["peak"] < 500 if measured_full else None,
                )
            )
        rows.append(
            (
                "100,000 facts: build (cold compile + index) under 5 s",
                f"{cold['build_s']:.1f} s{at}",
                build_ok if measured_full or not build_ok else None,
            )
        )
        rows.append(
            (
                "100,000 facts: memory of a cold build (peak RSS) under 500 MB",
                f"{cold['rss_mb']['peak']:.0f} MB{at}",
                cold["rss_mb"]["peak"] < 500 if measured_full else None,
            )
        )
        s = slopes(results)
        if not math.isnan(s["engine_p99_us"]):
            rows.append(
                (
                    "One question's cost does not grow linearly with the facts "
                    "(log-log slope of p99 under 0.5)",
                    f"slope {s['engine_median_us']:.2f} (median), {s['engine_p99_us']:.2f} (p99)",
                    s["engine_p99_us"] < 0.5,
                )
            )
    discord = results["sections"].get("discord")
    if discord and discord.get("available"):
        inline = discord.get("fake_mode", "inline") == "inline"
        rows.append(
            (
                "Discord layer adds under 2 ms per message over the engine",
                f"{discord['overhead_ms']:.2f} ms (median; the fake Discord "
                + ("on the bot's loop)" if inline else "in its own process)"),
                discord["overhead_ms"] < 2,
            )
        )
        rows.append(
            (
                "Event loop never blocked more than 50 ms",
                f"longest block {discord['longest_block_ms']:.1f} ms",
                discord["longest_block_ms"] <= 50,
            )
        )
    elif discord is not None:
        rows.append(("Discord layer adds under 2 ms per message", "not measured", None))
        rows.append(("Event loop never blocked more than 50 ms", "not measured", None))
    return rows


def _cold(engine: JSON) -> JSON:
    """The cold build's figures: their own worker since the build cache; before it, the
    engine worker compiled and indexed itself."""
    cold: JSON = engine.get("cold", engine)
    return cold


def _verdict(met: bool | None) -> str:
    return {True: "met", False: "**not met**", None: "not measured"}[met]


def summary_lines(results: JSON) -> list[str]:
    lines = ["", "Targets:"]
    for target, measured, met in targets(results):
        lines.append(f"  [{_verdict(met).strip('*'):>12}] {target}: {measured}")
    seed = results["sections"].get("seed")
    if seed:
        ours, bm25 = seed["engine"]["latency"], seed["bm25"]["latency"]
        lines.append(
            "Seed: ours/BM25 latency median "
            f"{_ratio(ours['median_us'], bm25['median_us'])}, "
            f"p99 {_ratio(ours['p99_us'], bm25['p99_us'])}"
        )
    for row in results["sections"].get("scaling", {}).get("rows", []):
        e, b = row["engine"], row["bm25"]
        lines.append(
            f"  {row['size']:>7,} facts: ours median {_us(e['latency']['median_us'])}, "
            f"p99 {_us(e['latency']['p99_us'])}, build {_cold(e)['build_s']:.2f} s, "
            f"restart {e.get('load_s', float('nan')):.2f} s, peak "
            f"{e['rss_mb']['peak']:.0f} MB | BM25 median {_us(b['latency']['median_us'])}"
            f" | ratio {_ratio(e['latency']['median_us'], b['latency']['median_us'])}"
        )
    return lines


# --- RESULTS.md ------------------------------------------------------------------------------


def render(results: JSON, out: Path) -> None:
    has_plot = plot(results, out / "scaling.png")
    parts = [_head(results), _targets_md(results)]
    sections = results["sections"]
    if "seed" in sections:
        parts.append(_seed_md(sections["seed"]))
    if "startup" in sections:
        parts.append(_startup_md(sections["startup"], sections.get("cli")))
    if "scaling" in sections:
        parts.append(_scaling_md(results, has_plot))
    if "discord" in sections:
        parts.append(_discord_md(sections["discord"]))
    findings = HERE / "FINDINGS.md"
    if findings.exists():
        parts.append(findings.read_text(encoding="utf-8").strip() + "\n")
    (out / "RESULTS.md").write_text("\n".join(parts), encoding="utf-8")


def _head(results: JSON) -> str:
    m, c = results["machine"], results["config"]
    smoke = (
        "\n> **Smoke run**: tiny sizes, to check that the benchmark works. These numbers "
        "mean nothing.\n"
        if c["smoke"]
        else ""
    )
    return f"""# Benchmark results
{smoke}
Generated by `bench/report.py` from `results.json`; do not edit by hand (the findings at the
end come from `bench/FINDINGS.md`). To regenerate everything (about
{results.get("elapsed_s", 0) / 60:.0f} minutes here):

```sh
.venv/bin/pip install -e '.[test,bench]'
{c["command"]}
```

| machine | |
| --- | --- |
| CPU | {m["cpu"]} |
| cores | {m["cores"]} |
| RAM | {m["ram_gb"]:.1f} GB |
| Python | {m["implementation"]} {m["python"]} |
| system | {m["system"]} |
| code measured | `{m["commit"]}` |
| date | {m["date"]} |

Latency is wall time per `Engine.answer` call (`time.perf_counter_ns`), one call at a time, on
one core; p99 is the nearest-rank 99th percentile of all calls. Memory is the peak resident set
(VmHWM) of a fresh process that built the engine and answered (for the synthetic sizes: one
restarted from the build cache, and the cold build's own process beside it).
"""


def _targets_md(results: JSON) -> str:
    lines = ["## Targets (issue 7)", "", "| target | measured | |", "| --- | --- | --- |"]
    for target, measured, met in targets(results):
        lines.append(f"| {target} | {measured} | {_verdict(met)} |")
    return "\n".join(lines) + "\n"


def _seed_md(seed: JSON) -> str:
    e, b = seed["engine"], seed["bm25"]
    el, bl = e["latency"], b["latency"]
    cold = e["cold_latency"]
    sweep_rows = "\n".join(
        f"| {t:.2f} | {_pct(a)} | {_pct(ab)} | {_pct(f)} |" for t, a, ab, f in b["sweep"]
    )
    nev = b["never_abstains"]
    build = (
        f"{1000 * (seed['compile_s'] + seed['index_s']):.0f} ms (compile "
        f"{1000 * seed['compile_s']:.0f}, index {1000 * seed['index_s']:.0f})"
    )
    table = "\n".join(
        [
            "| | ours (engine) | BM25 | ours / BM25 |",
            "| --- | --- | --- | --- |",
            *(
                f"| latency {name} | {_us(el[key])} | {_us(bl[key])} | {_ratio(el[key], bl[key])} |"
                for name, key in (("median", "median_us"), ("p99", "p99_us"), ("max", "max_us"))
            ),
            f"| accuracy (answerable answered right) | {_pct(e['accuracy'])} | "
            f"{_pct(b['accuracy'])} | |",
            f"| abstention (unanswerable declined) | {_pct(e['abstention'])} | "
            f"{_pct(b['abstention'])} | |",
            f"| false-answer rate (all items) | {_pct(e['false_answer_rate'])} | "
            f"{_pct(b['false_answer_rate'])} | |",
            f"| build | {build} | {1000 * b['build_s']:.1f} ms | |",
        ]
    )
    return f"""## The seed fact base and the eval set, side by side

{seed["facts"]} facts, {seed["entities"]} entities; `tests/eval/questions.yaml`:
{seed["questions"]} questions ({seed["answerable"]} answerable, {seed["unanswerable"]} not),
asked {seed["reps"]} times; latency over passes 2–{seed["reps"]} ({el["count"]:,} calls; the
first, cold pass is reported apart). BM25: `rank_bm25.BM25Okapi` over the article's
{seed["sentences"]} sentences (headline included), stemmed, stop words dropped; it answers
with the best sentence and abstains below a threshold.

{table}

Cold first pass of the engine: median {_us(cold["median_us"])}, p99 {_us(cold["p99_us"])},
max {_us(cold["max_us"])}. Turning an answer into the JSON line `ask --jsonl` prints costs
{_us(e["jsonl_render"]["median_us"])} (median) more.

BM25 is scored with the same `bot.evaluation.judge`: its answer text is the whole sentence,
which contains many words, so an expected name anywhere in it counts as right. That favours
BM25. Its threshold ({b["threshold"]:.2f}) was chosen by sweeping every score it produced and
keeping the one with the most items right, ties to the higher threshold: the best any one
threshold can do on this set. Never abstaining it gets {_pct(nev["accuracy"])} accuracy with
{_pct(nev["false_answer_rate"])} false answers.

| BM25 threshold | accuracy | abstention | false answers |
| --- | --- | --- | --- |
{sweep_rows}
"""


def _startup_md(startup: JSON, cli: JSON | None) -> str:
    text = f"""## Start-up

A fresh interpreter, median of {startup["runs"]} runs (by total):

| phase | time |
| --- | --- |
| interpreter start to our first line | {1000 * startup["interpreter_to_main_s"]:.0f} ms |
| import `bot.factbase.compiler` | {1000 * startup["import_compiler_s"]:.0f} ms |
| import `bot.engine.engine` | {1000 * startup["import_engine_s"]:.0f} ms |
| compile the fact base | {1000 * startup["compile_s"]:.0f} ms |
| build the index | {1000 * startup["index_s"]:.0f} ms |
| first answer | {1000 * startup["first_answer_s"]:.1f} ms |
| **total, import to first answer** | **{1000 * startup["total_s"]:.0f} ms** |
| whole process, spawn to exit | {1000 * startup["process_s"]:.0f} ms |
| (a bare `python -c pass`, for scale) | {1000 * startup["bare_interpreter_s"]:.0f} ms |

Peak RSS of that process: {startup["peak_rss_mb"]:.0f} MB.
"""
    if cli is None:
        return text
    if not cli.get("available"):
        return (
            text
            + """
`talksbot ask` (`bot/commands/ask.py`) did not exist when this ran, so the command was not
timed. Its in-process equivalent is the table above (import, compile, index, first answer);
for `ask --jsonl` the per-line cost is the engine's latency plus the JSON rendering given in
the seed section.
"""
        )
    return (
        text
        + f"""
`talksbot ask` from process start to exit (run as `python -m bot ask`, the same entry point
as the console script; bytecode caches written by a first run, as Python does by default),
median of runs:

| command | time |
| --- | --- |
| `ask "{"Who met Rajnath Singh?"}"` | {1000 * cli["ask_s"]:.0f} ms |
| `ask --jsonl`, one line | {1000 * cli["jsonl_one_line_s"]:.0f} ms |
| `ask --jsonl`, {cli["jsonl_lines"]:,} lines (eval questions, cycled) | \
{cli["jsonl_total_s"]:.2f} s |
| amortised per line | {_us(cli["jsonl_per_line_us"])} |

Output checked: {"20 JSON lines for 20 questions" if cli["jsonl_ok"] else "**unexpected output**"}.
"""
    )


def _scaling_md(results: JSON, has_plot: bool) -> str:
    rows = results["sections"]["scaling"]["rows"]
    s = slopes(results)
    lines = [
        "## Scaling: synthetic fact bases",
        "",
        "Generated by `bench/synth.py`, compiled by the real compiler from YAML and seed files "
        "in a temporary folder. Questions: up to "
        f"{results['config']['questions']:,} per size, about 10% unanswerable, 1 in 6 with a "
        "typo in a name; the same questions go to BM25 (over every sentence of the "
        "synthetic seeds). Each figure comes from a fresh process per size.",
        "",
        "Each size is built twice, in two fresh processes: cold, as a bot with an empty build "
        "cache builds it (compile, index, then store the cache entry), and then as a bot "
        'restarted with unchanged files gets it: "load from cache" runs from hashing every '
        "input file to an engine ready to answer. The latencies and the first peak RSS are "
        "that restarted process's; the cold build's peak RSS is its own.",
        "",
        "| facts | articles | entities | seed text | build (cold compile + index) "
        "| load from cache | median | p99 | max "
        "| peak RSS (restart / cold build) | candidates scored (median / p99) "
        "| full GC pause (frozen) | accuracy | abstention | false answers |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- "
        "| --- |",
    ]
    for r in rows:
        e = r["engine"]
        lat = e["latency"]
        cand = e["candidates"]
        scored = f"{cand['median']:,} / {cand['p99']:,}" if "median" in cand else "–"
        pause = (
            f"{e['gc_full_ms']:.0f} ms ({e['gc_frozen_ms']:.1f} ms)" if "gc_full_ms" in e else "–"
        )
        cold = _cold(e)
        load = f"{e['load_s']:.2f} s" if "load_s" in e else "–"
        lines.append(
            f"| {r['size']:,} | {r['articles']:,} | {r['entities']:,} | {r['seed_mb']:.1f} MB | "
            f"{cold['build_s']:.2f} s ({cold['compile_s']:.2f} + {cold['index_s']:.2f}) | "
            f"{load} | "
            f"{_us(lat['median_us'])} | {_us(lat['p99_us'])} | {_us(lat['max_us'])} | "
            f"{e['rss_mb']['peak']:.0f} / {cold['rss_mb']['peak']:.0f} MB | {scored} | {pause} | "
            f"{_pct(e['accuracy'])} | "
            f"{_pct(e['abstention'])} | {_pct(e['false_answer_rate'])} |"
        )
    lines += [
        "",
        "BM25 on the same sizes and questions:",
        "",
        "| facts | sentences | build | median | p99 | max | peak RSS | accuracy | "
        "abstention | false answers | ours / BM25 (median) | ours / BM25 (p99) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        b, e = r["bm25"], r["engine"]
        lines.append(
            f"| {r['size']:,} | {b['sentences']:,} | {b['build_s']:.2f} s | "
            f"{_us(b['latency']['median_us'])} | {_us(b['latency']['p99_us'])} | "
            f"{_us(b['latency']['max_us'])} | {b['rss_mb']['peak']:.0f} MB | "
            f"{_pct(b['accuracy'])} | {_pct(b['abstention'])} | {_pct(b['false_answer_rate'])} | "
            f"{_ratio(e['latency']['median_us'], b['latency']['median_us'])} | "
            f"{_ratio(e['latency']['p99_us'], b['latency']['p99_us'])} |"
        )
    lines += [
        "",
        f"Growth of one question's cost with the number of facts (least-squares slope "
        f"on log-log axes; 0 = flat, 1 = linear): ours median {s['engine_median_us']:.2f}, "
        f"p99 {s['engine_p99_us']:.2f}; BM25 median {s['bm25_median_us']:.2f}, "
        f"p99 {s['bm25_p99_us']:.2f}.",
        "",
    ]
    if has_plot:
        lines += ["![latency and memory against facts, log-log](scaling.png)", ""]
    return "\n".join(lines)


def _discord_md(discord: JSON) -> str:
    if not discord.get("available"):
        return f"""## Through the Discord layer

Not measured: {discord.get("missing", "unavailable")}.
"""
    if discord.get("fake_mode", "inline") == "inline":
        where = (
            "The fake runs in the bot's process, on its event loop, so its own work is "
            "included:\nthe figures are upper bounds for the bot."
        )
    else:
        where = (
            "The fake runs in its own process (its own interpreter and event loop), as "
            "Discord runs on\nother machines; both ends of end to end are read in its "
            "process, and the event-loop figures\nare the bot's loop alone."
        )
    return f"""## Through the Discord layer

The real bot (`bot.discordbot`, discord.py) against the fake Discord of `tests/fakediscord`
(its harness, as the Discord tests run it) over loopback: {discord["users"]} users in
{discord["channels"]} channels, each question mentioning the bot, {discord["messages"]:,}
questions per phase (the eval set's, cycled). End to end is from the fake starting to send
MESSAGE_CREATE to the bot's reply (`POST /channels/…/messages`) reaching it.
{where} Cooldowns are off for the run.

| one at a time | |
| --- | --- |
| answered | {discord["answered_one_at_a_time"]:,} of {discord["messages"]:,} |
| end to end, median / p99 | {discord["e2e_median_ms"]:.2f} ms / {discord["e2e_p99_ms"]:.2f} ms |
| the engine's part, median | {discord["engine_median_ms"]:.3f} ms |
| **added by the Discord layer, median / p99** (per message: end to end − its engine call) \
| **{discord["overhead_ms"]:.2f} ms** / {discord["overhead_p99_ms"]:.2f} ms |
| of which the bot's own: its gateway frame in to its reply's request out, less the engine \
(median / p99) | {discord.get("bot_side_ms", float("nan")):.2f} ms / \
{discord.get("bot_side_p99_ms", float("nan")):.2f} ms |
| the rest, medians: the fake sending → discord.py has the frame; discord.py starting the \
request → the fake has it | {discord.get("gateway_leg_ms", float("nan")):.2f} ms; \
{discord.get("rest_leg_ms", float("nan")):.2f} ms |
| messages per second | {discord["sequential_messages_per_s"]:.0f} |
| longest event-loop block (one callback running) | {discord["sequential_block_ms"]:.1f} ms |
| longest timer delay (callbacks queued ahead, or a block) | \
{discord.get("sequential_delay_ms", float("nan")):.1f} ms |
| longest garbage-collector pause by generation, both phases (2 = full) | \
{_gc(discord)} |

| under load: all {discord["users"]} users at once, each asking in turn | |
| --- | --- |
| answered | {discord["answered"]:,} of {discord["messages"]:,} |
| end to end, median / p99 | {discord["load_e2e_median_ms"]:.1f} ms / \
{discord["load_e2e_p99_ms"]:.1f} ms |
| messages per second | {discord["messages_per_s"]:.0f} ({discord["load_elapsed_s"]:.1f} s in all) |
| longest event-loop block (one callback running) | {discord["load_block_ms"]:.1f} ms |
| longest timer delay (callbacks queued ahead, or a block) | \
{discord.get("load_delay_ms", float("nan")):.1f} ms |
"""


def _gc(discord: JSON) -> str:
    longest = discord.get("gc_longest_ms")
    if not longest:
        return "not measured"
    counts = discord.get("gc_collections", {})
    return ", ".join(
        f"generation {g}: {ms:.1f} ms ({counts.get(g, 0)} collections)"
        for g, ms in sorted(longest.items())
    )


# --- the picture ------------------------------------------------------------------------------


def plot(results: JSON, path: Path) -> bool:
    rows = results["sections"].get("scaling", {}).get("rows", [])
    if len(rows) < 2:
        return False
    import matplotlib

    matplotlib.use("Agg")  # files only, no display
    import matplotlib.pyplot as plt

    sizes = [r["size"] for r in rows]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.4))
    for who, label, style in (("engine", "ours", "-"), ("bm25", "BM25", "--")):
        median = [r[who]["latency"]["median_us"] / 1000 for r in rows]
        p99 = [r[who]["latency"]["p99_us"] / 1000 for r in rows]
        left.plot(
            sizes,
            median,
            style,
            marker="o",
            label=f"{label} median",
            color="C0" if who == "engine" else "C1",
        )
        left.plot(
            sizes,
            p99,
            style,
            marker="^",
            label=f"{label} p99",
            color="C2" if who == "engine" else "C3",
        )
        memory = [r[who]["rss_mb"]["peak"] for r in rows]
        right.plot(
            sizes,
            memory,
            style,
            marker="s",
            label=f"{label} peak RSS" + (" (restart, build cache)" if who == "engine" else ""),
            color="C0" if who == "engine" else "C1",
        )
        if who == "engine" and all("cold" in r[who] for r in rows):
            cold = [r[who]["cold"]["rss_mb"]["peak"] for r in rows]
            right.plot(sizes, cold, ":", marker="s", label="ours peak RSS (cold build)", color="C4")
    left.axhline(5, color="grey", linestyle=":", linewidth=1, label="target p99 at 100k (5 ms)")
    right.axhline(500, color="grey", linestyle=":", linewidth=1, label="target (500 MB)")
    for axis, title, unit in ((left, "Latency per question", "ms"), (right, "Memory", "MB")):
        axis.set_xscale("log")
        axis.set_yscale("log")
        axis.set_xlabel("facts")
        axis.set_ylabel(unit)
        axis.set_title(title)
        axis.grid(True, which="both", alpha=0.3)
        axis.legend(fontsize=8)
    smoke = " (smoke run: meaningless)" if results["config"]["smoke"] else ""
    fig.suptitle(f"talksbot engine vs BM25 on synthetic fact bases{smoke}")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True
