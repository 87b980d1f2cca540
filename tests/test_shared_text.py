"""The seed report and the eval gold sets are others' text: tests and benchmarks read them from
../shared at run time, and none of their wording may enter the repository. This scans every file
git tracks for a run of 12 words that also stands in ../shared (stock phrases such as "did not
respond to a request for comment" are shorter than that)."""
from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

from conftest import SHARED

RUN = 12
ROOT = Path(__file__).resolve().parents[1]
# The mapping table is the official CAMEO→PLOVER reference the events lexicon is built from.
SHARED_EXEMPT = {"cameo2plover-2021.txt"}


def _runs(text: str) -> set[int]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {hash(" ".join(words[i:i + RUN])) for i in range(len(words) - RUN + 1)}


def _json_strings(value) -> Iterator[str]:
    """String values only: our gold files share their keys and layout with the shared gold."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _json_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v)


def _repo_texts() -> Iterator[tuple[str, str]]:
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
    for name in tracked.stdout.splitlines():
        path = ROOT / name
        if not path.is_file() or path.stat().st_size > 5_000_000:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # binary (the cue model, images)
        if name.startswith("examples/gold/") and name.endswith(".json"):
            for value in _json_strings(json.loads(text)):
                yield name, value
        else:
            yield name, text


def test_no_shared_wording_in_the_repository():
    shared: set[int] = set()
    for path in SHARED.rglob("*"):
        if path.is_file() and path.suffix in (".txt", ".json", ".jsonl") and path.name not in SHARED_EXEMPT:
            shared |= _runs(path.read_text(encoding="utf-8", errors="replace"))
    assert len(shared) > 100_000  # the seed, PLOVER, PETR2 and PolNeAR texts were all read
    copied = sorted({name for name, text in _repo_texts() if _runs(text) & shared})
    assert not copied, f"files repeating 12-word runs of ../shared text: {copied}"
