"""The Discord benchmark's plumbing: the fake Discord's own process always ends, and the
bot's timestamps pair with the fake's per question."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bench.discordbench import _BotSideTimer
from bench.discordfake import own_process_fake


def test_legs_pair_each_question_with_its_frame_and_request() -> None:
    timer = _BotSideTimer()
    timer.frames = [1.0, 1.5, 2.2, 3.01]  # 1.5: an echo of the bot's own reply
    timer.requests = [1.4, 1.6, 2.5, 3.5]  # 3.5: too late for question 3's reply
    timings = [(0, 0.9, 1.45), (1, 2.0, 2.6), (2, 3.0, 3.2), (3, 4.0, None)]
    legs = timer.legs(timings)
    assert legs[0] == pytest.approx((0.1, 0.4, 0.05))
    assert legs[1] == pytest.approx((0.2, 0.3, 0.1))
    assert legs[2] is None and legs[3] is None


class Stop(Exception):
    pass


def test_the_fake_process_ends_whatever_happens() -> None:
    seen: dict[str, Any] = {}

    async def run() -> None:
        async with own_process_fake(2, 1, ["Who met Rajnath Singh?"]) as fake:
            seen["process"] = fake.process
            assert fake.address.api_base.startswith("http://127.0.0.1:")
            assert fake.process.is_alive()
            raise Stop

    with pytest.raises(Stop):
        asyncio.run(run())
    assert not seen["process"].is_alive()
