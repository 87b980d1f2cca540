"""Helpers for the speed-and-scale tests (parallel, Dask, export): short texts and store comparison.

The texts are invented for these tests; each names states, bodies and sources so every table gets rows.
"""
from __future__ import annotations

from pathlib import Path

TEXTS = {
    "tehran-talks.txt": (
        "Iran's foreign minister met European envoys in Vienna on Tuesday to discuss the nuclear "
        "programme, according to two diplomats familiar with the talks. The United States urged Tehran "
        "to allow inspectors back into its enrichment sites, a State Department spokesman said."),
    "hezbollah-sanctions.txt": (
        "The European Union imposed new sanctions on Hezbollah financiers on Monday. Germany designated "
        "the group a terrorist organisation in 2020, and officials in Berlin said they would press other "
        "member states to follow. A Hezbollah official declined to comment."),
    "border-clash.txt": (
        "Israeli troops clashed with gunmen near the Lebanese border overnight, the military said. "
        "Lebanon's prime minister condemned the strikes and called on the United Nations to intervene. "
        "Three people were killed, a local hospital official told Reuters."),
    "argentina-request.txt": (
        "Argentina asked Bolivia to expel suspected Iranian agents last week, two sources with direct "
        "knowledge of the matter said, speaking on condition of anonymity. Bolivia's government did not "
        "respond to a request for comment."),
    "quds-force.txt": (
        "The Quds Force, the foreign arm of the Islamic Revolutionary Guard Corps, has trained militias "
        "in Iraq and Syria for years, a senior U.S. intelligence official said on Thursday. Iran denied "
        "the accusation and said the claims were baseless."),
    "hamas-ceasefire.txt": (
        "Egypt and Qatar proposed a ceasefire between Israel and Hamas on Sunday. Hamas said it would "
        "study the plan, while Israel's defence minister threatened to expand operations in Gaza if the "
        "hostages were not released."),
    "canada-listing.txt": (
        "Canada listed the IRGC as a terrorist entity in June 2024, Public Safety Minister Dominic "
        "LeBlanc told reporters in Ottawa. Iran's embassy rejected the decision and accused Ottawa of "
        "hostility."),
    "un-aid.txt": (
        "The United Nations sent food and medical aid to Yemen after heavy flooding, the World Food "
        "Programme said in a statement. Saudi Arabia pledged $50 million in support, the state news "
        "agency reported."),
}


def write_texts(folder: Path) -> Path:
    """Write the texts into ``folder`` (created) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in TEXTS.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder


def store_contents(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table (bookkeeping and ingestion timestamps aside), sorted for comparison."""
    from newsgraph.store import Store
    from newsgraph.store.export_queries import iter_row_batches, table_columns, table_names

    out: dict[str, list[tuple]] = {}
    with Store(db, readonly=True) as store:
        for table in table_names(store, include_internal=True):
            if table == "schema_version":
                continue
            cols = [c for c, _ in table_columns(store, table) if c != "ingested_at"]
            rows = [r for batch in iter_row_batches(store, table, columns=cols) for r in batch]
            out[table] = sorted(rows, key=repr)
    return out
