"""`talksbot facts check --watch` and the pre-commit hook that runs `facts check`."""

from __future__ import annotations

import os
import queue
import re
import shlex
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import yaml

from bot.config import Paths
from tests.maintain_helpers import ROOT, copy_project


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    """A copy of the project's fact base and seeds to edit."""
    return copy_project(tmp_path)


def _env(paths: Paths) -> dict[str, str]:
    return {
        **os.environ,
        "TALKSBOT_FACTS_DIR": str(paths.facts),
        "TALKSBOT_SEEDS_DIR": str(paths.seeds),
        "PYTHONUNBUFFERED": "1",
    }


class _Lines:
    """A child's output, line by line, read on a thread so a test can wait with a limit."""

    def __init__(self, child: subprocess.Popen[str]) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        assert child.stdout is not None
        stream = child.stdout

        def read() -> None:
            for line in stream:
                self.lines.put(line)

        threading.Thread(target=read, daemon=True).start()

    def until(self, text: str) -> str:
        while True:
            try:
                line = self.lines.get(timeout=10)
            except queue.Empty:
                raise AssertionError(f"no line with {text!r}; output so far: {self.seen}") from None
            self.seen.append(line)
            if text in line:
                return line


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_watch_reports_each_save_until_interrupted(paths: Paths) -> None:
    """The watch checks at once, reports a broken save with file:line:col, reports the fix
    as ok, and ends cleanly on Ctrl-C with the status of the last check."""
    child = subprocess.Popen(
        [sys.executable, "-m", "bot", "facts", "check", "--watch"],
        env=_env(paths),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        output = _Lines(child)
        output.until("ok:")
        output.until("watching")
        facts = paths.facts / "facts.yaml"
        _replace(facts, "id: three-dialogues", "id: three dialogues")
        problem = output.until("must be lower-case letters")
        assert "facts.yaml:" in problem
        output.until("the fact base was not compiled")
        _replace(facts, "id: three dialogues", "id: three-dialogues")
        output.until("ok:")
        child.send_signal(signal.SIGINT)
        assert child.wait(10) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def _hook() -> dict[str, object]:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [repo] = [r for r in config["repos"] if r["repo"] == "local"]
    [hook] = [h for h in repo["hooks"] if h["id"] == "talksbot-facts-check"]
    assert isinstance(hook, dict)
    return hook


def test_the_pre_commit_hook_runs_facts_check_on_fact_base_changes() -> None:
    """The hook runs once per commit (not per file) when facts/ or seeds/ change."""
    hook = _hook()
    assert hook["pass_filenames"] is False
    assert hook["language"] == "system"
    pattern = str(hook["files"])
    assert re.search(pattern, "facts/facts.yaml") and re.search(pattern, "seeds/new.txt")
    assert not re.search(pattern, "bot/cli.py")


@pytest.mark.parametrize("broken", [False, True])
def test_the_pre_commit_hook_command_fails_exactly_when_facts_check_does(
    paths: Paths, broken: bool
) -> None:
    """The hook's command, run as pre-commit runs it (from the checkout's root), checks that
    checkout's fact base: it passes a sound one and blocks a broken one with its problems."""
    if broken:
        _replace(paths.facts / "facts.yaml", "id: three-dialogues", "id: Three")
    checkout = paths.facts.parent
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("TALKSBOT_FACTS_DIR", "TALKSBOT_SEEDS_DIR")
    }
    # This checkout has no .venv, so the hook falls back to `talksbot` on PATH: this
    # interpreter's, as with an activated virtual environment.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    done = subprocess.run(
        shlex.split(str(_hook()["entry"])),
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == (1 if broken else 0), done.stderr
    if broken:
        assert "facts/facts.yaml:" in done.stderr and "must be lower-case" in done.stderr
