"""Exports of the store for other tools: Parquet (DuckDB, Spark), the analysis JSON Lines contract.

Exports read the store and never write to it.
"""
from __future__ import annotations

FORMATS = ("parquet", "jsonl")
