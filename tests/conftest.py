"""Shared fixtures: the real fact base and an engine over it, built once per test session."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.factbase.compiler import load_factbase
from bot.factbase.model import FactBase
from tests.fakediscord import FakeDiscord
from tests.fakediscord.harness import RunningBot, running_bot, running_fake

ROOT = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    """No test (nor a command it runs) writes to the user's build cache: the tests of the
    cache give it a folder of their own."""
    os.environ["TALKSBOT_CACHE_DIR"] = "off"


@pytest.fixture(scope="session")
def real_factbase() -> FactBase:
    return load_factbase(ROOT / "facts", ROOT / "seeds")


@pytest.fixture(scope="session")
def engine(real_factbase: FactBase) -> Engine:
    return Engine(real_factbase)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    """A fake Discord on 127.0.0.1, started for the test and stopped after it."""
    async with running_fake() as fake:
        yield fake


@pytest.fixture
async def talksbot(fake: FakeDiscord) -> AsyncIterator[RunningBot]:
    """The real bot, connected to the fake Discord with the default test settings."""
    async with running_bot(fake) as running:
        yield running
