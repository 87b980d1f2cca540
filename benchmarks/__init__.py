"""newsgraph benchmarks: `python -m benchmarks` (speed) and `python -m benchmarks.accuracy` (scores)."""
