"""The designation map: jurisdiction × organisation, with status, date and evidence, as of any date.

As-of semantics. A designation fact is one report of a status (designated, expanded, pressed,
considering, announced_intent, rejected, revoked). Its *fact date* is the date the text gives,
else the publication day; it is *known from* the later of that date and the publication day.
As of D, only facts known from <= D count, so a report published after D never counts (a
partial date covers its whole period: as of "2025-09" includes all of September).

A cell's status as of D is its latest fact, with one rule of law on top: a designation
(designated/expanded) stands until a later revocation, so a later "pressed" or "considering"
report about the same pair does not undo it (the cell is then flagged ``contested`` when the later
report disagrees). Facts on the same date are ranked revoked > expanded > designated > rejected >
announced_intent > considering > pressed.

The map is computed from one aggregate query per (designator, designee, status) plus one query for
the evidence of the winning status (latest reports first, syndicated copies after originals).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from newsgraph.analyze.common import Actors, evidence, source_refs
from newsgraph.analyze.models import ActorRef, DesignationCell, DesignationFact, DesignationMap
from newsgraph.store import Store
from newsgraph.store import queries as Q

LEGAL = ("designated", "expanded", "revoked")
RANK = {"pressed": 0, "considering": 1, "announced_intent": 2, "rejected": 3, "designated": 4, "expanded": 5,
        "revoked": 6}
# statuses that, reported after a designation, contradict it rather than describe a process
CONTRADICTS = {"designated": ("rejected", "revoked", "considering", "announced_intent"),
               "expanded": ("rejected", "revoked", "considering", "announced_intent"),
               "revoked": ("designated", "expanded"), "rejected": ("designated", "expanded")}


def _winner(groups: dict[str, dict[str, Any]]) -> str:
    """The status of a cell from its per-status aggregates ({status: {last_date, ...}})."""
    legal = {s: g for s, g in groups.items() if s in LEGAL}
    pool = legal or groups
    return max(pool, key=lambda s: (pool[s]["last_date"] or "", RANK.get(s, -1)))


def _contested(groups: dict[str, dict[str, Any]], status: str) -> bool:
    """A report dated on or after the status-giving facts says otherwise ("not yet designated")."""
    mine = (groups[status].get("first_date") if status in ("designated", "expanded") else None) \
        or groups[status]["last_date"] or ""
    return any((g["last_date"] or "") >= mine for s, g in groups.items() if s in CONTRADICTS.get(status, ()))


def designation_map(store: Store, as_of: str | None = None, designee: str | None = None,
                    designator: str | None = None, evidence_limit: int = 5, history: bool = False,
                    actors: Actors | None = None) -> DesignationMap:
    """Jurisdiction × organisation as of ``as_of`` (ISO date; None = everything known)."""
    actors = actors or Actors(store)
    want_designee = _wanted(store, actors, designee)
    want_designator = _wanted(store, actors, designator)
    cells_raw: dict[tuple[str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    raw_keys: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for r in Q.designation_pairs_as_of(store, as_of):
        key = (actors.canon(r["designator"]), actors.canon(r["designee"]))
        if key[0] == key[1]:
            continue
        if want_designee is not None and key[1] not in want_designee:
            continue
        if want_designator is not None and key[0] not in want_designator:
            continue
        raw_keys[key].add((r["designator"], r["designee"]))
        g = cells_raw[key].setdefault(r["status"], {"last_date": None, "first_date": None, "reports": 0,
                                                    "originals": 0})
        g["last_date"] = max(g["last_date"] or "", r["last_date"] or "") or None
        if r["first_date"] and (g["first_date"] is None or r["first_date"] < g["first_date"]):
            g["first_date"] = r["first_date"]
        g["reports"] += r["reports"]
        g["originals"] += r["originals"]
    actors.load({x for k in cells_raw for x in k})
    winners = {k: _winner(groups) for k, groups in cells_raw.items()}
    ev_keys = [(a, b, winners[k]) for k in cells_raw for a, b in raw_keys[k]]
    ev_rows: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    if evidence_limit > 0:
        for r in Q.designation_evidence(store, ev_keys, as_of, limit=evidence_limit):
            ev_rows[(actors.canon(r["designator"]), actors.canon(r["designee"]))].append(r)
        attribs = Q.attributions_of(store, "designation", [r["id"] for rows in ev_rows.values() for r in rows])
    else:
        attribs = {}
    cells: list[DesignationCell] = []
    for key, groups in cells_raw.items():
        status = winners[key]
        rows = sorted(ev_rows.get(key, []), key=lambda r: (r["duplicate_of"] is not None, -_ord(r["fact_date"]), r["id"]))
        rows = rows[:evidence_limit]
        pressed_by = [actors.ref(p) for p in dict.fromkeys(r["pressed_by"] for r in rows if r["pressed_by"])]
        cell = DesignationCell(
            designator=actors.ref(key[0]), designee=actors.ref(key[1]), status=status,
            date=groups[status]["last_date"] if status not in LEGAL else _first_legal_date(groups, status),
            evidence=[evidence(r, source_refs(attribs.get(r["id"], []), actors)) for r in rows],
            reports=groups[status]["originals"], pressed_by=pressed_by, contested=_contested(groups, status))
        if history:
            cell.history = cell_history(store, key[0], key[1], as_of=as_of, actors=actors)
        cells.append(cell)
    cells.sort(key=lambda c: (c.designator.name.casefold(), c.designee.name.casefold()))
    rows_ = {c.designator.id: c.designator for c in cells}
    cols = {c.designee.id: c.designee for c in cells}
    return DesignationMap(as_of=as_of, cells=cells,
                          jurisdictions=sorted(rows_.values(), key=lambda a: a.name.casefold()),
                          organisations=sorted(cols.values(), key=lambda a: a.name.casefold()))


def _ord(date: str | None) -> int:
    """Sortable integer of a partial ISO date (for descending sorts)."""
    if not date:
        return 0
    digits = "".join(ch for ch in date[:10] if ch.isdigit())
    return int(digits.ljust(8, "0"))


def _first_legal_date(groups: dict[str, dict[str, Any]], status: str) -> str | None:
    """A designation's date is when it was made, not when it was last reported."""
    return groups[status]["last_date"] if status == "revoked" else _first(groups, status)


def _first(groups: dict[str, dict[str, Any]], status: str) -> str | None:
    return groups[status].get("first_date") or groups[status]["last_date"]


def _wanted(store: Store, actors: Actors, name: str | None) -> set[str] | None:
    if not name:
        return None
    from newsgraph.analyze.resolution import find_actor

    return {actors.canon(i) for i in find_actor(store, name)}


def cell_history(store: Store, designator: str, designee: str, as_of: str | None = None,
                 actors: Actors | None = None) -> list[DesignationFact]:
    """Every fact about one (designator, designee) cell, oldest first: how the cell changed over time."""
    actors = actors or Actors(store)
    d1, d2 = actors.canon(designator), actors.canon(designee)
    members1 = [d1, *[a for a, c in actors.canonical.items() if c == d1]]
    members2 = [d2, *[a for a, c in actors.canonical.items() if c == d2]]
    rows = Q.designation_facts(store, as_of=as_of, designators=members1, designees=members2)
    attribs = Q.attributions_of(store, "designation", [r["id"] for r in rows])
    out = []
    for r in rows:
        out.append(DesignationFact(
            id=r["id"], designator=actors.ref(r["designator"]), designee=actors.ref(r["designee"]),
            status=r["status"], date=r["date"], fact_date=r["fact_date"], published=r["published"],
            pressed_by=actors.ref(r["pressed_by"]) if r["pressed_by"] else None,
            evidence=evidence(r, source_refs(attribs.get(r["id"], []), actors))))
    out.sort(key=lambda f: (f.fact_date or "", f.published or "", f.id))
    return out


def map_rows(m: DesignationMap) -> list[dict[str, Any]]:
    """Flat rows (one per cell) for tables and CSV."""
    out = []
    for c in m.cells:
        first = c.evidence[0] if c.evidence else None
        out.append({
            "designator": c.designator.name, "designator_id": c.designator.id, "designee": c.designee.name,
            "designee_id": c.designee.id, "status": c.status, "date": c.date or "", "reports": c.reports,
            "contested": c.contested, "pressed_by": "; ".join(p.name for p in c.pressed_by),
            "outlet": (first.outlet or "") if first else "", "published": (first.published or "") if first else "",
            "attribution": first.attribution if first else "", "evidence": first.text if first else "",
            "doc_id": first.doc_id if first else ""})
    return out


def status_matrix(m: DesignationMap) -> dict[str, dict[str, str]]:
    """{jurisdiction name: {organisation name: status}} (for a quick look or a matrix view)."""
    out: dict[str, dict[str, str]] = {}
    for c in m.cells:
        out.setdefault(c.designator.name, {})[c.designee.name] = c.status
    return out


__all__ = ["ActorRef", "cell_history", "designation_map", "map_rows", "status_matrix"]
