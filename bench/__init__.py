"""Benchmarks of talksbot: `python -m bench --help`. Benchmark-only dependencies
(rank_bm25, matplotlib) are imported here and never under `bot/`."""
