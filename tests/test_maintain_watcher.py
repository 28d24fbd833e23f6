"""Live reload: edits to facts/ reach a running bot; broken edits never do."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from pathlib import Path

import pytest
from watchfiles import Change

from bot.config import Paths
from bot.factbase.problems import Problem
from bot.live import LiveFactBase, ReloadResult
from bot.maintain.watcher import FactWatcher, ReloadReport, is_source_file
from tests.maintain_helpers import copy_project

QUESTION = "How many 2+2 dialogues have there been?"
# A reference in a fact (not in the header comment, which also shows one).
REFERENCE = 'Secretary of Defense", entities: [esper]}'
BROKEN = 'Secretary of Defense", entities: [espr]}'
GOOD = 'how_many: "Three"'
TYPO = 'how_many: "Thre"'


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    """A copy of the project's fact base and seeds, with a typo in one answer."""
    paths = copy_project(tmp_path)
    facts = paths.facts / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    assert text.count(GOOD) == 1
    facts.write_text(text.replace(GOOD, TYPO), encoding="utf-8")
    return paths


def _edit(paths: Paths, old: str, new: str) -> None:
    """Save an edit the way most editors do: write a temporary file, rename it over."""
    path = paths.facts / "facts.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    temporary = path.with_name(".facts.yaml.tmp")
    temporary.write_text(text.replace(old, new, 1), encoding="utf-8")
    os.replace(temporary, path)


class _Reports:
    """The watcher's notices, as a queue a test can wait on."""

    def __init__(self) -> None:
        self.queue: asyncio.Queue[ReloadReport] = asyncio.Queue()
        self.seen: list[ReloadReport] = []

    async def notify(self, report: ReloadReport) -> None:
        self.seen.append(report)
        await self.queue.put(report)

    async def next(self) -> ReloadReport:
        return await asyncio.wait_for(self.queue.get(), 10)


def _watcher(live: LiveFactBase, reports: _Reports) -> FactWatcher:
    # Short timings keep the test quick; the mechanism is the one the bot runs.
    return FactWatcher(
        live, notify=reports.notify, notify_success=True, debounce_ms=200, step_ms=20, idle_ms=50
    )


async def test_an_edit_that_fixes_a_typo_is_served_without_restart(paths: Paths) -> None:
    """Saving a corrected answer makes the running engine give the corrected answer."""
    live = LiveFactBase(paths)
    assert live.engine.answer(QUESTION).text == "Thre"
    reports = _Reports()
    watcher = _watcher(live, reports)
    watcher.start()
    try:
        await asyncio.wait_for(watcher.ready.wait(), 10)
        _edit(paths, TYPO, GOOD)
        report = await reports.next()
    finally:
        await watcher.stop()
    assert report.ok and report.result.changed
    assert any(p.endswith("facts.yaml") for p in report.changes)
    assert live.engine.answer(QUESTION).text == "Three"


async def test_a_broken_edit_is_reported_and_the_old_answers_keep_coming(
    paths: Paths, caplog: pytest.LogCaptureFixture
) -> None:
    """A save that does not compile is logged problem by problem and sent to the
    maintainers, /reload can repeat the problems, and the bot keeps answering from the last
    good fact base; fixing the file is announced as a recovery."""
    live = LiveFactBase(paths)
    reports = _Reports()
    watcher = _watcher(live, reports)
    watcher.start()
    try:
        await asyncio.wait_for(watcher.ready.wait(), 10)
        with caplog.at_level(logging.ERROR, logger="bot.maintain.watcher"):
            _edit(paths, REFERENCE, BROKEN)
            broken = await reports.next()
        assert not broken.ok
        assert any(
            "unknown entity 'espr'" in p.message and p.path.endswith("facts.yaml")
            for p in broken.result.problems
        )
        assert "did you mean 'esper'" in broken.message()
        assert live.last_problems == broken.result.problems
        for problem in broken.result.problems:
            assert str(problem) in caplog.text
        assert live.engine.answer(QUESTION).text == "Thre"

        _edit(paths, BROKEN, REFERENCE)
        fixed = await reports.next()
    finally:
        await watcher.stop()
    assert fixed.ok and fixed.recovered
    assert "fixed" in fixed.message()
    assert live.last_problems == ()


async def test_compiling_never_blocks_the_event_loop(paths: Paths) -> None:
    """A slow compile runs in a worker thread while the loop keeps running."""
    live = LiveFactBase(paths)
    real = live.reload

    def slow_reload() -> ReloadResult:
        time.sleep(0.3)
        return real()

    live.reload = slow_reload  # type: ignore[method-assign]
    watcher = FactWatcher(live)
    reloading = asyncio.ensure_future(watcher.reload_now())
    ticks = 0
    while not reloading.done():
        await asyncio.sleep(0.01)
        ticks += 1
    assert reloading.result().ok
    assert ticks >= 10  # about 30 ticks in 0.3 s; 10 leaves room for a slow machine


async def test_a_crash_while_reloading_keeps_the_old_fact_base(
    paths: Paths, caplog: pytest.LogCaptureFixture
) -> None:
    """An unexpected exception in compiling is a failed reload, not a dead watcher."""
    live = LiveFactBase(paths)
    before = live.engine

    def broken() -> ReloadResult:
        raise RuntimeError("bug in the compiler")

    live.reload = broken  # type: ignore[method-assign]
    with caplog.at_level(logging.ERROR):
        report = await FactWatcher(live).reload_now()
    assert not report.ok
    assert "bug in the compiler" in report.result.problems[0].message
    assert live.engine is before
    assert live.last_problems == report.result.problems


async def test_a_failing_notification_is_logged_not_raised(
    paths: Paths, caplog: pytest.LogCaptureFixture
) -> None:
    """If telling the maintainers fails (Discord down, say), the reload still completes."""

    async def notify(report: ReloadReport) -> None:
        raise ConnectionError("Discord is down")

    watcher = FactWatcher(LiveFactBase(paths), notify=notify, notify_success=True)
    with caplog.at_level(logging.ERROR):
        report = await watcher.reload_now()
    assert report.ok
    assert "could not tell the maintainers" in caplog.text


@pytest.mark.parametrize(
    ("path", "watched"),
    [
        ("facts/facts.yaml", True),
        ("facts/extra.yml", True),
        ("seeds/new-article.txt", True),
        ("facts/.facts.yaml.swp", False),
        ("facts/facts.yaml~", False),
        ("facts/#facts.yaml#", False),
        ("facts/4913", False),
        ("facts/notes.md", False),
    ],
)
def test_only_fact_base_sources_trigger_a_reload(path: str, watched: bool) -> None:
    """YAML and text files count; editor swap files, backups and other files do not."""
    assert is_source_file(Change.modified, path) is watched


def test_the_maintainers_message_fits_a_discord_message_and_pings_nobody() -> None:
    """However many problems there are, the notice stays under the limit, says how many
    were left out, and an '@' in the YAML cannot become a mention."""
    problems = tuple(
        Problem("facts/facts.yaml", n, 3, f"unknown entity '@everyone{n}'") for n in range(1, 200)
    )
    report = ReloadReport(
        ReloadResult(False, False, problems, "abc", 0.01), ("facts/facts.yaml",), recovered=False
    )
    message = report.message(limit=1800)
    assert len(message) <= 1800
    assert "199 problems" in message and "more (talksbot facts check)" in message
    assert "@everyone" not in message
