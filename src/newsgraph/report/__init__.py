"""Reports over the store: a terminal summary (Rich), JSON/CSV, and a self-contained offline HTML file.

``summarize`` gathers the headline figures; ``newsgraph.report.html.render_report`` writes the full
interactive report (designation matrix and map with an as-of control, network, timelines, and every
fact down to its sentence in its document).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from newsgraph.store import Store
from newsgraph.store import report_queries as rq


@dataclass
class Summary:
    counts: dict[str, int]
    outlets: list[tuple[str, int]] = field(default_factory=list)
    actor_types: list[tuple[str, int]] = field(default_factory=list)
    top_actors: list[dict] = field(default_factory=list)
    date_range: tuple[str | None, str | None] = (None, None)
    event_types: list[tuple[str, int]] = field(default_factory=list)
    designations: list[dict] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["outlets"] = [{"outlet": o, "documents": n} for o, n in self.outlets]
        d["actor_types"] = [{"type": t, "actors": n} for t, n in self.actor_types]
        d["event_types"] = [{"type": t, "events": n} for t, n in self.event_types]
        d["date_range"] = {"first": self.date_range[0], "last": self.date_range[1]}
        return d


def summarize(store: Store, top: int = 15) -> Summary:
    return Summary(counts=store.counts(), outlets=rq.outlets(store), actor_types=rq.actor_types(store),
                   top_actors=rq.top_actors(store, top), date_range=rq.date_range(store),
                   event_types=rq.event_types(store), designations=rq.designation_summary(store))


def designation_map(store: Store, as_of: str | None = None) -> list[dict[str, Any]]:
    """Jurisdiction × organisation cells as of a date (the analysis's map, flattened for tables).

    The HTML report's as-of control shows the same map: it embeds each cell's states from
    ``newsgraph.analyze.designations.cell_timeline`` and looks up the state known by the date.
    """
    from newsgraph.analyze import designation_map as analysis_map

    m = analysis_map(store, as_of=as_of, evidence_limit=1)
    return [{"jurisdiction": c.designator.name, "jurisdiction_id": c.designator.id, "country": c.designator.country,
             "organisation": c.designee.name, "organisation_id": c.designee.id, "status": c.status, "date": c.date,
             "reports": c.reports, "contested": c.contested,
             "pressed_by": [p.name for p in c.pressed_by], "evidence": [e.record_id for e in c.evidence]}
            for c in m.cells]
