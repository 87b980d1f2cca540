"""Shared fixtures: the parsed pipeline is loaded once per test session."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_09062812b4c985b2.txt"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def kb():
    from newsgraph.kb import default_kb

    return default_kb()


@pytest.fixture(scope="session")
def analyze_text(nlp, kb):
    """Analyse a text (with an optional publication date) through the real pipeline."""
    from newsgraph.extract import analyze_doc
    from newsgraph.records import Document

    def run(text: str, published: str | None = None, doc_id: str = "t"):
        return analyze_doc(nlp(text), Document(id=doc_id, text=text, published=published), kb)

    return run


def run_cli(*args: str, cwd: Path | None = None, check: bool = True, env: dict | None = None):
    """Run the installed ``newsgraph`` console script in a subprocess."""
    exe = Path(sys.executable).with_name("newsgraph")
    proc = subprocess.run([str(exe), *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "120", **(env or {})})
    if check and proc.returncode != 0:
        raise AssertionError(f"newsgraph {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc
