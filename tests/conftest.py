"""Shared fixtures: the real fact base and an engine over it, built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.factbase.compiler import load_factbase
from bot.factbase.model import FactBase

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def real_factbase() -> FactBase:
    return load_factbase(ROOT / "facts", ROOT / "seeds")


@pytest.fixture(scope="session")
def engine(real_factbase: FactBase) -> Engine:
    return Engine(real_factbase)
