"""The benchmark runs end to end on tiny sizes (`python -m bench --smoke`), so CI keeps it
working; the numbers of a smoke run are not checked, only that every part produced them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("rank_bm25", reason="benchmark-only dependency: pip install -e '.[bench]'")
pytest.importorskip("matplotlib", reason="benchmark-only dependency: pip install -e '.[bench]'")


@pytest.mark.slow
def test_smoke_run_produces_every_section(tmp_path: Path) -> None:
    """A smoke run writes results.json with every section, RESULTS.md and the plot."""
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads((tmp_path / "results.json").read_text())
    sections = results["sections"]
    assert set(sections) == {"startup", "seed", "cli", "scaling", "discord"}
    assert sections["seed"]["engine"]["latency"]["count"] > 0
    assert sections["seed"]["bm25"]["latency"]["count"] > 0
    rows = sections["scaling"]["rows"]
    assert [r["size"] for r in rows] == results["config"]["sizes"]
    assert all(r["engine"]["facts"] == r["size"] for r in rows)  # the generator hits the size
    # Each size is built cold, then measured as a restart that loads the build cache.
    assert all(r["engine"]["from_cache"] and r["engine"]["cold"]["build_s"] > 0 for r in rows)
    if sections["discord"].get("available"):
        assert sections["discord"]["answered"] == sections["discord"]["messages"]
    report = (tmp_path / "RESULTS.md").read_text()
    assert "## Targets" in report and "Smoke run" in report
    assert (tmp_path / "scaling.png").stat().st_size > 10_000


def test_nothing_under_bot_imports_benchmark_dependencies() -> None:
    """rank_bm25 and matplotlib stay benchmark-only: no module of the bot imports them."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "bot").rglob("*.py")
        if any(
            word in path.read_text(encoding="utf-8")
            for word in (
                "import rank_bm25",
                "from rank_bm25",
                "import matplotlib",
                "from matplotlib",
            )
        )
    ]
    assert offenders == []
