"""Small measuring tools: timings in nanoseconds, percentiles, resident memory, slopes."""

from __future__ import annotations

import math
import resource
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

__all__ = ["Latency", "Progress", "loglog_slope", "peak_rss_mb", "percentile", "rss_mb"]


def percentile(sorted_values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile (share in 0..1) of already sorted values: a value that
    was really measured, never an interpolation between two."""
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(share * len(sorted_values)))
    return float(sorted_values[rank - 1])


@dataclass(frozen=True, slots=True)
class Latency:
    """Per-call latency in microseconds."""

    count: int
    median_us: float
    p99_us: float
    max_us: float
    mean_us: float

    @classmethod
    def of_ns(cls, samples_ns: Sequence[int]) -> Latency:
        values = sorted(s / 1000 for s in samples_ns)
        if not values:
            return cls(0, math.nan, math.nan, math.nan, math.nan)
        return cls(
            len(values),
            percentile(values, 0.5),
            percentile(values, 0.99),
            values[-1],
            sum(values) / len(values),
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Latency:
        return cls(**data)


def rss_mb() -> float:
    """Resident memory now (VmRSS), in MB; Linux only, NaN elsewhere."""
    return _status_field("VmRSS")


def peak_rss_mb() -> float:
    """The most resident memory this process has had (VmHWM, else ru_maxrss), in MB."""
    peak = _status_field("VmHWM")
    if math.isnan(peak):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return peak


def _status_field(name: str) -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return math.nan


def loglog_slope(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Least-squares slope of log(y) against log(x): 0 is flat, 1 is linear growth."""
    points = [(math.log(x), math.log(y)) for x, y in zip(xs, ys, strict=True) if x > 0 and y > 0]
    if len(points) < 2:
        return math.nan
    mean_x = sum(p[0] for p in points) / len(points)
    mean_y = sum(p[1] for p in points) / len(points)
    var = sum((p[0] - mean_x) ** 2 for p in points)
    if var == 0:
        return math.nan
    return sum((p[0] - mean_x) * (p[1] - mean_y) for p in points) / var


class Progress:
    """Prints "label: i/n" to stderr about every tenth of the way (and at most once a
    second), so a long run shows it is alive without flooding the terminal."""

    def __init__(self, label: str, total: int, quiet: bool = False) -> None:
        self.label = label
        self.total = total
        self.quiet = quiet or total < 50
        self.step = max(1, total // 10)
        self.last = time.monotonic()

    def tick(self, done: int) -> None:
        if self.quiet or done % self.step:
            return
        now = time.monotonic()
        if now - self.last >= 1.0 or done == self.total:
            self.last = now
            print(f"    {self.label}: {done}/{self.total}", file=sys.stderr, flush=True)
