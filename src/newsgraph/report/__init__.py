"""Reports over the store: a terminal summary (Rich) and a self-contained offline HTML file."""
from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.store import Store


@dataclass
class Summary:
    counts: dict[str, int]
    outlets: list[tuple[str, int]] = field(default_factory=list)
    actor_types: list[tuple[str, int]] = field(default_factory=list)
    top_actors: list[dict] = field(default_factory=list)
    date_range: tuple[str | None, str | None] = (None, None)
    event_types: list[tuple[str, int]] = field(default_factory=list)
    designations: list[dict] = field(default_factory=list)


def summarize(store: Store, top: int = 15) -> Summary:
    q = store.query
    s = Summary(counts=store.counts())
    s.outlets = [(r[0] or "(unknown)", r[1]) for r in q(
        "SELECT outlet, COUNT(*) FROM documents GROUP BY outlet ORDER BY COUNT(*) DESC, outlet")]
    s.actor_types = [(r[0], r[1]) for r in q(
        "SELECT a.type, COUNT(DISTINCT a.id) FROM actors a JOIN mentions m ON m.actor_id = a.id"
        " GROUP BY a.type ORDER BY 2 DESC")]
    s.top_actors = [dict(r) for r in q(
        "SELECT a.id, a.name, a.type, a.country, a.code, COUNT(*) AS mentions, COUNT(DISTINCT m.doc_id) AS documents"
        " FROM mentions m JOIN actors a ON a.id = m.actor_id GROUP BY a.id"
        " ORDER BY documents DESC, mentions DESC, a.name LIMIT ?", (top,))]
    r = q("SELECT MIN(published), MAX(published) FROM documents")[0]
    s.date_range = (r[0], r[1])
    s.event_types = [(r[0], r[1]) for r in q("SELECT plover, COUNT(*) FROM events GROUP BY plover ORDER BY 2 DESC")]
    s.designations = [dict(r) for r in q(
        "SELECT dr.name AS designator, de.name AS designee, d.status, d.date, COUNT(*) AS reports"
        " FROM designations d JOIN actors dr ON dr.id = d.designator JOIN actors de ON de.id = d.designee"
        " GROUP BY dr.name, de.name, d.status, d.date ORDER BY d.date DESC, dr.name")]
    return s
