"""Store → Parquet: one file per table, written in row batches, for DuckDB, Spark or pandas users.

``duckdb -c "SELECT plover, COUNT(*) FROM 'out/events.parquet' GROUP BY 1"`` works on the result
without newsgraph installed. Column types follow SQLite's affinity rules for the declared type.
"""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from newsgraph.store.export_queries import iter_row_batches, table_columns, table_names

ROW_BATCH = 10_000  # rows per Parquet row group: one batch is all that is held in memory


def arrow_type(declared: str) -> pa.DataType:
    """SQLite affinity (https://sqlite.org/datatype3.html §3.1) → Arrow type."""
    d = declared.upper()
    if "INT" in d:
        return pa.int64()
    if any(k in d for k in ("CHAR", "CLOB", "TEXT")):
        return pa.string()
    if "BLOB" in d:
        return pa.binary()
    if any(k in d for k in ("REAL", "FLOA", "DOUB")):
        return pa.float64()
    return pa.string()  # NUMERIC or untyped: values may be of any kind, text keeps them all


def _column(values: tuple, typ: pa.DataType) -> pa.Array:
    if typ == pa.string():
        # an untyped SQLite column may hold numbers next to text
        values = tuple(v if v is None or isinstance(v, str) else str(v) for v in values)
    return pa.array(values, type=typ)


def export_table(store, table: str, path: Path, batch_size: int = ROW_BATCH) -> int:
    cols = table_columns(store, table)
    schema = pa.schema([pa.field(name, arrow_type(decl)) for name, decl in cols])
    rows_written = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for rows in iter_row_batches(store, table, batch_size=batch_size, columns=[c for c, _ in cols]):
            arrays = [_column(values, field.type) for values, field in zip(zip(*rows, strict=True), schema, strict=True)]
            writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
            rows_written += len(rows)
    return rows_written


def export_parquet(store, out_dir: Path, batch_size: int = ROW_BATCH) -> dict[str, int]:
    """Write ``<table>.parquet`` for every data table into ``out_dir``; returns rows per table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return {table: export_table(store, table, out_dir / f"{table}.parquet", batch_size)
            for table in table_names(store)}
