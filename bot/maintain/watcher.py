"""Live reload: watch `facts/` and `seeds/`, recompile off the event loop, swap on success.

A change (after a short debounce, so an editor's save-in-three-steps is one change) makes
`LiveFactBase.reload()` run in a worker thread. A good compile is swapped in atomically;
a broken one leaves the last good fact base serving, every `file:line:col` problem is
logged, the maintainers are notified through a callback (the Discord layer posts it to a
channel), and `live.last_problems` holds them for the next `/reload` reply.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from watchfiles import Change, awatch

from bot.factbase.problems import Problem, display_path
from bot.live import LiveFactBase, ReloadResult

__all__ = ["DEBOUNCE_MS", "FactWatcher", "Notify", "ReloadReport", "is_source_file"]

log = logging.getLogger(__name__)

# watchfiles groups changes until none arrives for STEP_MS, for at most DEBOUNCE_MS: an
# editor that writes a temporary file and renames it produces one reload, not three.
DEBOUNCE_MS = 1600
STEP_MS = 50
# Discord refuses messages over 2000 characters; leave room for the front end's framing.
MESSAGE_LIMIT = 1800
# After the watcher itself fails (a watched folder deleted, say), wait this long and retry.
RESTART_SECONDS = 2.0

_SOURCE_SUFFIXES = frozenset({".yaml", ".yml", ".txt"})


def is_source_file(change: Change, path: str) -> bool:
    """Whether a changed path can alter the fact base: YAML and text, not editor litter
    (swap files, backups, hidden files)."""
    name = Path(path).name
    if name.startswith((".", "#", "~")) or name.endswith("~"):
        return False
    return Path(path).suffix.lower() in _SOURCE_SUFFIXES


@dataclass(frozen=True, slots=True)
class ReloadReport:
    """One reload as maintainers hear of it."""

    result: ReloadResult
    changes: tuple[str, ...]  # the changed files, as display paths; empty for /reload
    recovered: bool  # the first good reload after a failed one

    @property
    def ok(self) -> bool:
        return self.result.ok

    def message(self, limit: int = MESSAGE_LIMIT) -> str:
        """Plain text for a chat channel, within `limit` characters."""
        result = self.result
        if result.ok:
            what = "fixed: the fact base reloaded" if self.recovered else "fact base reloaded"
            state = "with changes" if result.changed else "unchanged"
            return f"✅ {what} ({state}, version {result.fingerprint}, {result.seconds:.2f} s)."
        count = len(result.problems)
        head = (
            f"⚠️ The fact base did not reload: {count} problem{'s' if count != 1 else ''}. "
            f"Still serving the last good version ({result.fingerprint})."
        )
        if self.changes:
            head += f"\nChanged: {', '.join(self.changes)}"
        lines: list[str] = []
        used = len(head) + len("\n```\n\n```") + 40  # room for the "… more" line
        for shown, problem in enumerate(result.problems):
            # An '@' in YAML text must never become a mention when posted.
            line = str(problem).replace("@", "@\u200b")
            if used + len(line) + 1 > limit:
                lines.append(f"… and {count - shown} more (talksbot facts check)")
                break
            lines.append(line)
            used += len(line) + 1
        return head + "\n```\n" + "\n".join(lines) + "\n```"


Notify = Callable[[ReloadReport], Awaitable[None]]


class FactWatcher:
    """Runs beside the bot on its event loop; see the module docstring.

    `notify` is awaited after a failed reload and after the reload that fixes it (and after
    every reload when `notify_success` is set); its own failures are logged, never raised.
    """

    def __init__(
        self,
        live: LiveFactBase,
        *,
        notify: Notify | None = None,
        notify_success: bool = False,
        debounce_ms: int = DEBOUNCE_MS,
        step_ms: int = STEP_MS,
        force_polling: bool | None = None,
        idle_ms: int = 5000,
    ) -> None:
        self.live = live
        self.notify = notify
        self.notify_success = notify_success
        self.debounce_ms = debounce_ms
        self.step_ms = step_ms
        self.force_polling = force_polling
        self.idle_ms = idle_ms  # how often the watch thread wakes with no changes
        self.ready = asyncio.Event()  # set once the folders are being watched
        self.reloads = 0
        self.last_report: ReloadReport | None = None
        self._failing = False
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> asyncio.Task[None]:
        """Watch in a task on the running loop; returns it (also kept on the watcher)."""
        if self._task is None or self._task.done():
            self._stop.clear()
            self._task = asyncio.create_task(self.run(), name="talksbot-fact-watcher")
        return self._task

    async def stop(self) -> None:
        """Stop watching and wait for the watch thread to end."""
        self._stop.set()
        if self._task is not None:
            await self._task
            self._task = None

    async def run(self) -> None:
        """Watch until stop(); a failure of the watching itself is logged and retried."""
        folders = (self.live.paths.facts, self.live.paths.seeds)
        while not self._stop.is_set():
            try:
                async for changes in awatch(
                    *folders,
                    watch_filter=is_source_file,
                    debounce=self.debounce_ms,
                    step=self.step_ms,
                    stop_event=self._stop,
                    recursive=False,
                    force_polling=self.force_polling,
                    rust_timeout=self.idle_ms,
                    yield_on_timeout=True,
                ):
                    # The first yield, changes or an idle timeout, means the watch is set up.
                    if not self.ready.is_set():
                        self.ready.set()
                        log.info(
                            "watching %s for changes",
                            " and ".join(display_path(f) for f in folders),
                        )
                    if changes:
                        await self.handle(path for _, path in changes)
            except Exception:
                log.exception("the fact-base watcher failed; restarting in %.0f s", RESTART_SECONDS)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), RESTART_SECONDS)

    async def reload_now(self) -> ReloadReport:
        """Reload at once (the `/reload` command), with the same logging and notices."""
        return await self.handle(())

    async def handle(self, changed: Iterable[str]) -> ReloadReport:
        """Recompile in a worker thread, then log and notify as the outcome deserves."""
        shown = tuple(sorted({display_path(Path(p)) for p in changed}))
        if shown:
            log.info("fact base sources changed: %s", ", ".join(shown))
        result = await asyncio.to_thread(self._reload)
        self.reloads += 1
        report = ReloadReport(result, shown, recovered=result.ok and self._failing)
        self._failing = not result.ok
        self.last_report = report
        if result.ok:
            log.info(
                "fact base reloaded in %.3f s: %s (version %s)",
                result.seconds,
                "changed" if result.changed else "unchanged",
                result.fingerprint,
            )
        else:
            log.error(
                "fact base reload failed with %d problem(s); still serving version %s",
                len(result.problems),
                result.fingerprint,
            )
            for problem in result.problems:
                log.error("%s", problem)
        if self.notify is not None and (not result.ok or report.recovered or self.notify_success):
            try:
                await self.notify(report)
            except Exception:
                log.exception("could not tell the maintainers about the reload")
        return report

    def _reload(self) -> ReloadResult:
        """`live.reload()`, with an unexpected exception turned into a failed reload: a bug
        in compiling must not stop the watcher or the bot."""
        started = time.perf_counter()
        try:
            return self.live.reload()
        except Exception as error:
            log.exception("reloading the fact base raised")
            problem = Problem(
                display_path(self.live.paths.facts),
                1,
                1,
                f"internal error while reloading: {error!r}",
            )
            self.live.last_problems = (problem,)
            return ReloadResult(
                False,
                False,
                (problem,),
                self.live.factbase.fingerprint,
                time.perf_counter() - started,
            )
