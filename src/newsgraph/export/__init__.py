"""Exports of the store for other tools. Exports read the store and never write to it.

- ``parquet``: one Parquet file per table (DuckDB, Spark, pandas);
- ``jsonl``: the analysis contract per document, rebuilt from the store;
- ``stix``: a STIX 2.1 bundle of actors, designations and events (threat-intelligence platforms);
- ``ftm``: FollowTheMoney entities (Aleph and the ``ftm`` tools).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

FORMATS = ("parquet", "jsonl", "stix", "ftm")


def writer(fmt: str) -> Callable[[object, TextIO], str]:
    """The stream exporter for a text format: ``write(store, sink)`` returns a one-line summary."""
    if fmt == "jsonl":
        from newsgraph.export.jsonl import export_jsonl

        return lambda store, sink: f"{export_jsonl(store, sink)} documents"
    if fmt == "stix":
        from newsgraph.export.stix import export_stix

        return lambda store, sink: _counts(export_stix(store, sink))
    if fmt == "ftm":
        from newsgraph.export.ftm import export_ftm

        return lambda store, sink: _counts(export_ftm(store, sink))
    raise ValueError(f"no stream writer for format {fmt!r}")


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in counts.items()) or "nothing (no designations or events stored)"
