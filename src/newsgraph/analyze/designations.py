"""The designation map: jurisdiction × organisation, with status, date and evidence, as of any date.

As-of semantics. A designation fact is one report of a status (designated, expanded, pressed,
considering, announced_intent, rejected, revoked) by a jurisdiction about an organisation. A state
body's fact (a government, ministry, security council...) is its country's. Its *fact date* is the
date the text gives, else the publication day; it is *known from* its publication day (and not
before its fact date). As of D, only facts known by D count: a report published after D never
counts, and a fact with neither date nor publication date counts only in the undated view. A
partial date counts from its first day ("2025-09" sorts before "2025-09-01"); a partial D covers its
whole period.

A cell's status as of D is its latest dated fact; ties go to the later report, then to the later
stage (considering < pressed < announced_intent, rejected < designated, expanded < revoked). A fact
without a stated date (background: "which already lists Hezbollah") only fills a cell that has no
dated fact: the first one known decides, dated by its publication day. A cell is ``contested`` when a report published on or
after a designation's date still says the jurisdiction has not designated (considering,
announced_intent, rejected, revoked), or a designation is reported after a revocation or rejection.

The map is one aggregate query per (designator, designee, status, dated?) plus one query for the
evidence of the cells (the winning status's reports first, originals before syndicated copies).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from newsgraph.analyze.common import Actors, evidence, paused_gc, source_refs
from newsgraph.analyze.corroboration import corroborate
from newsgraph.analyze.models import ActorRef, DesignationCell, DesignationFact, DesignationMap, Report
from newsgraph.store import Store
from newsgraph.store import queries as Q

STAGE = {"considering": 0, "pressed": 1, "announced_intent": 2, "rejected": 2, "designated": 3, "expanded": 3,
         "revoked": 4}
POSITIVE = ("designated", "expanded")
# reported after a designation's date, these say it has not happened (pressure, often reported
# after the fact, does not)
NOT_YET = ("considering", "announced_intent", "rejected", "revoked")


def _better(a: dict[str, Any], b: dict[str, Any] | None) -> bool:
    """Does aggregate group ``a`` decide the cell rather than ``b``? Dated facts first: the latest
    date, then the later report, then the later stage. Undated facts only fill an empty cell, so among
    them the first known one decides (then the later stage)."""
    if b is None:
        return True
    if a["dated"] != b["dated"]:
        return bool(a["dated"])
    if not a["dated"]:
        ka = (b["first_published"] or "", STAGE.get(a["status"], -1))
        kb = (a["first_published"] or "", STAGE.get(b["status"], -1))
        return ka > kb
    ka = (a["last_date"] or "", a["last_date_published"] or "", STAGE.get(a["status"], -1))
    kb = (b["last_date"] or "", b["last_date_published"] or "", STAGE.get(b["status"], -1))
    return ka > kb


def _cell_date(win: dict[str, Any]) -> str | None:
    return win["last_date"] if win["dated"] else (win["first_published"] or win["last_date"])


def _contested(groups: list[dict[str, Any]]) -> bool:
    pos = [g for g in groups if g["status"] in POSITIVE and g["dated"]]
    neg = [g for g in groups if g["status"] in NOT_YET]
    if not pos or not neg:
        return False
    first_pos = min(g["first_date"] or "" for g in pos)
    if any((g["last_published"] or "") >= first_pos and (g["last_published"] or "") > "" for g in neg
           if g["status"] not in ("revoked",)):
        return True
    undone = [g for g in neg if g["status"] in ("revoked", "rejected") and g["dated"]]
    return any((p["last_published"] or "") > (u["first_date"] or "") for p in pos for u in undone)


MATERIALISE_ABOVE = 20_000  # designation facts: above this, read the map from designation_cells
# bump when the cell rule changes: saved cell states computed by an older rule are then rebuilt
RULES_VERSION = 2
CORROBORATION_REPORTS = 50  # reports per cell read for its corroboration (small stores)


def designation_map(store: Store, as_of: str | None = None, designee: str | None = None,
                    designator: str | None = None, evidence_limit: int = 5, history: bool = False,
                    actors: Actors | None = None) -> DesignationMap:
    """Jurisdiction × organisation as of ``as_of`` (ISO date; None = everything known).

    Small stores are aggregated on the fly with up to ``evidence_limit`` reports per cell; above
    ``MATERIALISE_ABOVE`` facts the map is read from the materialised cell states (same statuses,
    dates and flags) with the status-giving report as evidence (``cell_history`` gives all)."""
    with paused_gc():
        return _designation_map(store, as_of, designee, designator, evidence_limit, history, actors)


def _designation_map(store: Store, as_of: str | None, designee: str | None, designator: str | None,
                     evidence_limit: int, history: bool, actors: Actors | None) -> DesignationMap:
    actors = actors or Actors(store)
    Q.tune_for_reading(store)
    want_designee = _wanted(store, actors, designee)
    want_designator = _wanted(store, actors, designator, jurisdictions=True)
    if Q.designation_count(store) > MATERIALISE_ABOVE:
        return _map_from_cells(store, as_of, actors, want_designee, want_designator, evidence_limit, history)
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    raw_keys: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    pairs = Q.designation_pairs_as_of(store, as_of)
    actors.load({x for r in pairs for x in (r["designator"], r["designee"])})
    for r in pairs:
        key = (actors.jurisdiction(r["designator"]), actors.canon(r["designee"]))
        if key[0] == key[1]:
            continue
        if want_designee is not None and key[1] not in want_designee:
            continue
        if want_designator is not None and key[0] not in want_designator:
            continue
        raw_keys[key].add((r["designator"], r["designee"]))
        groups[key].append(r)
    winners: dict[tuple[str, str], dict[str, Any]] = {}
    for key, gs in groups.items():
        best = None
        for g in gs:
            if _better(g, best):
                best = g
        winners[key] = best
    ev_keys = [(a, b, winners[k]["status"]) for k in groups for a, b in raw_keys[k]]
    ev_rows: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    attribs: dict[str, list[dict[str, Any]]] = {}
    if evidence_limit > 0:  # up to CORROBORATION_REPORTS fetched: all count for corroboration
        for r in Q.designation_evidence(store, ev_keys, as_of, limit=max(evidence_limit, CORROBORATION_REPORTS)):
            ev_rows[(actors.jurisdiction(r["designator"]), actors.canon(r["designee"]))].append(r)
        attribs = Q.attributions_of(store, "designation", [r["id"] for rows in ev_rows.values() for r in rows])
    cells: list[DesignationCell] = []
    for key, gs in groups.items():
        win = winners[key]
        status = win["status"]
        same = [g for g in gs if g["status"] == status]
        rows = sorted(ev_rows.get(key, []), key=lambda r: (r["status"] != status, r["duplicate_of"] is not None,
                                                           r["date"] is None, -_ord(r["fact_date"]),
                                                           -_ord(r["published"]), r["id"]))
        support = [_as_report(r, actors, attribs) for r in rows if r["status"] == status]
        rows = rows[:evidence_limit]
        # who pressed, as parties: "U.S. officials", the US government and Pompeo are the United States
        pressed_by = [actors.ref(p) for p in dict.fromkeys(actors.speaks_for(r["pressed_by"], r.get("date"))
                                                          for r in rows if r["pressed_by"] and r["status"] == status)]
        contested = _contested(gs)
        cell = DesignationCell(
            designator=actors.ref(key[0]), designee=actors.ref(key[1]), status=status,
            date=_cell_date(win),
            evidence=[evidence(r, source_refs(attribs.get(r["id"], []), actors)) for r in rows],
            reports=sum(g["originals"] for g in same), pressed_by=pressed_by, contested=contested)
        if support:
            cell.corroboration = corroborate(support, official_ids=_officials(support, actors),
                                             acting_official=any(s.actor_id == key[0] for r in support
                                                                 for s in r.evidence.sources))
            if contested:
                cell.corroboration.level = "contested"
                cell.corroboration.reasons.append("contested: reports disagree on whether it has designated")
        if history:
            cell.history = cell_history(store, key[0], key[1], as_of=as_of, actors=actors)
        cells.append(cell)
    return _map_of(as_of, cells)


def _as_report(r: dict[str, Any], actors: Actors, attribs: dict[str, list[dict[str, Any]]]) -> Report:
    ev = evidence(r, source_refs(attribs.get(r["id"], []), actors))
    return Report(record_id=r["id"], doc_id=r["doc_id"], outlet=r.get("outlet"), published=r.get("doc_published"),
                  date=r.get("date"), status=r["status"], evidence=ev, syndicated_of=r.get("duplicate_of"))


def _officials(reports: list[Report], actors: Actors) -> set[str]:
    return {s.actor_id for r in reports for s in r.evidence.sources
            if s.actor_id and (actors.is_official(s.actor_id) or s.role)}


def _cell_states(store: Store, actors: Actors) -> list[tuple]:
    """Every cell's state at each day it changed: (designator, designee, known_from, status, date,
    fact_id, reports, contested), computed in one pass over the facts in the order they became known."""
    groups: dict[tuple[str, str], dict[tuple[str, int], dict[str, Any]]] = defaultdict(dict)
    states: dict[tuple[str, str, str], tuple] = {}
    for fid, d1, d2, status, dated, fact_date, pub, known, original, _ in Q.designation_stream(store):
        key = (actors.jurisdiction(d1), actors.canon(d2))
        if key[0] == key[1]:
            continue
        g = groups[key].setdefault((status, dated), {
            "status": status, "dated": dated, "last_date": None, "last_date_published": None, "first_date": None,
            "last_published": None, "first_published": None, "reports": 0, "originals": 0, "best_id": fid})
        if (fact_date or "", pub or "") >= (g["last_date"] or "", g["last_date_published"] or ""):
            g["last_date"], g["last_date_published"] = fact_date, pub
        # the evidence shown: an original before a syndicated copy, then the latest, then the smaller id
        rank = (int(original), fact_date or "", pub or "")
        if "best_rank" not in g or rank > g["best_rank"] or (rank == g["best_rank"] and fid < g["best_id"]):
            g["best_rank"], g["best_id"] = rank, fid
        if fact_date and (g["first_date"] is None or fact_date < g["first_date"]):
            g["first_date"] = fact_date
        if pub and (g["last_published"] is None or pub > g["last_published"]):
            g["last_published"] = pub
        if pub and (g["first_published"] is None or pub < g["first_published"]):
            g["first_published"] = pub
        g["reports"] += 1
        g["originals"] += int(original)
        gs = list(groups[key].values())
        win = None
        for x in gs:
            if _better(x, win):
                win = x
        date = _cell_date(win)
        reports = sum(x["originals"] for x in gs if x["status"] == win["status"])
        states[(key[0], key[1], known)] = (key[0], key[1], known, win["status"], date, win["best_id"], reports,
                                           int(_contested(gs)))
    return list(states.values())


def cell_timeline(store: Store, actors: Actors | None = None) -> list[dict[str, Any]]:
    """Every cell of the map with its states in the order they became known: ``{"r": jurisdiction id,
    "o": organisation id, "states": [[known_from, status, date, contested, fact_id], ...]}``, known_from
    ascending ('9999' when neither a date nor a publication day is known).

    The cell as of D is its last state known on or before D (``state_as_of``): the map's rule, computed
    once here, so a viewer (the HTML report's as-of control) only has to look the state up."""
    actors = actors or Actors(store)
    with paused_gc():
        states = _cell_states(store, actors)
    cells: dict[tuple[str, str], list[list[Any]]] = defaultdict(list)
    for designator, designee, known, status, date, fact_id, _reports, contested in states:
        cells[(designator, designee)].append([known, status, date, bool(contested), fact_id])
    return [{"r": r, "o": o, "states": sorted(st, key=lambda x: x[0])} for (r, o), st in cells.items()]


def state_as_of(states: list[list[Any]], as_of: str | None) -> list[Any] | None:
    """The state of one ``cell_timeline`` cell as of a date (None: everything known), or None."""
    bound = Q.as_of_bound(as_of)
    seen = [st for st in states if bound is None or st[0] <= bound]
    return seen[-1] if seen else None


def _map_from_cells(store: Store, as_of: str | None, actors: Actors, want_designee: set[str] | None,
                    want_designator: set[str] | None, evidence_limit: int, history: bool) -> DesignationMap:
    state = f"rules={RULES_VERSION};{Q.designation_cells_state(store)}"
    if Q.saved_designation_cells_state(store) == state and evidence_limit > 0:
        return _map_from_saved_cells(store, as_of, actors, want_designee, want_designator, history)
    if Q.saved_designation_cells_state(store) == state:
        rows = Q.designation_cells_as_of(store, as_of)
    else:
        states = _cell_states(store, actors)
        if not store.readonly:
            Q.save_designation_cells(store, states, state)
            rows = Q.designation_cells_as_of(store, as_of)
        else:  # a read-only, stale store: the same reading in memory
            bound = Q.as_of_bound(as_of) or "9999-99-99"
            latest: dict[tuple[str, str], tuple] = {}
            for st in states:
                if st[2] <= bound and (st[:2] not in latest or st[2] > latest[st[:2]][2]):
                    latest[st[:2]] = st
            keys = ("designator", "designee", "known_from", "status", "date", "fact_id", "reports", "contested")
            rows = [dict(zip(keys, st, strict=True)) for st in latest.values()]
    rows = [r for r in rows if (want_designee is None or r["designee"] in want_designee)
            and (want_designator is None or r["designator"] in want_designator)]
    facts = {r["id"]: r for r in Q.designation_rows(store, [r["fact_id"] for r in rows])} if evidence_limit > 0 else {}
    attribs = Q.attributions_of(store, "designation", list(facts)) if facts else {}
    actors.load({x for r in rows for x in (r["designator"], r["designee"])})
    cells = []
    for r in rows:
        f = facts.get(r["fact_id"])
        cell = DesignationCell(
            designator=actors.ref(r["designator"]), designee=actors.ref(r["designee"]), status=r["status"],
            date=r["date"], evidence=[evidence(f, source_refs(attribs.get(f["id"], []), actors))] if f else [],
            reports=r["reports"],
            pressed_by=[actors.ref(actors.speaks_for(f["pressed_by"], f.get("date")))] if f and f["pressed_by"] else [],
            contested=bool(r["contested"]))
        if history:
            cell.history = cell_history(store, r["designator"], r["designee"], as_of=as_of, actors=actors)
        cells.append(cell)
    return _map_of(as_of, cells)


def _map_of(as_of: str | None, cells: list[DesignationCell]) -> DesignationMap:
    """The map of these cells: sorted, with its jurisdiction rows and organisation columns."""
    cells.sort(key=lambda c: (c.designator.name.casefold(), c.designee.name.casefold()))
    rows = {c.designator.id: c.designator for c in cells}
    cols = {c.designee.id: c.designee for c in cells}
    return DesignationMap(as_of=as_of, cells=cells,
                          jurisdictions=sorted(rows.values(), key=lambda a: a.name.casefold()),
                          organisations=sorted(cols.values(), key=lambda a: a.name.casefold()))


def decide_cell(facts: list[dict[str, Any]], as_of: str | None = None) -> dict[str, Any] | None:
    """The rule above over plain facts ({"status", "date" (stated), "published"}): the fact that
    decides a cell as of a date, or None. ``designation_map`` computes the same in SQL and in one pass;
    this is the reference (and what a browser-side as-of control should port)."""
    bound = Q.as_of_bound(as_of)

    def known(f: dict[str, Any]) -> str | None:
        pub = (f.get("published") or "")[:10] or None
        d = f.get("date")
        return None if not (d or pub) else max(d or pub or "", pub or d or "")

    seen = [f for f in facts if bound is None or ((k := known(f)) is not None and k <= bound)]
    dated = [f for f in seen if f.get("date")]
    if dated:
        return max(dated, key=lambda f: (f["date"], (f.get("published") or "")[:10], STAGE.get(f["status"], -1)))
    if seen:
        return min(seen, key=lambda f: ((f.get("published") or "")[:10], -STAGE.get(f["status"], -1)))
    return None


def _map_from_saved_cells(store: Store, as_of: str | None, actors: Actors, want_designee: set[str] | None,
                          want_designator: set[str] | None, history: bool) -> DesignationMap:
    """The fast path: cells and their evidence from one query over the saved cell states."""
    rows = [r for r in Q.designation_cells_with_evidence(store, as_of)
            if (want_designee is None or r["cell_designee"] in want_designee)
            and (want_designator is None or r["cell_designator"] in want_designator)]
    actors.load({x for r in rows for x in (r["cell_designator"], r["cell_designee"], r["pressed_by"]) if x})
    cells = []
    for r in rows:
        cell = DesignationCell(
            designator=actors.ref(r["cell_designator"]), designee=actors.ref(r["cell_designee"]),
            status=r["cell_status"], date=r["cell_date"],
            evidence=[evidence(r, source_refs(Q.unpack_attributions(r["attribs"]), actors))],
            reports=r["cell_reports"],
            pressed_by=[actors.ref(actors.speaks_for(r["pressed_by"], r.get("date")))] if r["pressed_by"] else [],
            contested=bool(r["cell_contested"]))
        if history:
            cell.history = cell_history(store, r["cell_designator"], r["cell_designee"], as_of=as_of, actors=actors)
        cells.append(cell)
    return _map_of(as_of, cells)


def _ord(date: str | None) -> int:
    """Sortable integer of a partial ISO date (for descending sorts)."""
    if not date:
        return 0
    digits = "".join(ch for ch in date[:10] if ch.isdigit())
    return int(digits.ljust(8, "0"))


def _wanted(store: Store, actors: Actors, name: str | None, jurisdictions: bool = False) -> set[str] | None:
    if not name:
        return None
    from newsgraph.analyze.resolution import find_actor

    ids = find_actor(store, name)
    return {actors.jurisdiction(i) if jurisdictions else actors.canon(i) for i in ids}


def cell_history(store: Store, designator: str, designee: str, as_of: str | None = None,
                 actors: Actors | None = None) -> list[DesignationFact]:
    """Every fact about one (designator, designee) cell, oldest first: how the cell changed over time."""
    from newsgraph.analyze.resolution import find_actor

    actors = actors or Actors(store)
    designator, designee = (next(iter(find_actor(store, x)), x) for x in (designator, designee))
    d1, d2 = actors.jurisdiction(designator), actors.canon(designee)
    members2 = [d2, *[a for a, c in actors.canonical.items() if c == d2]]
    rows = [r for r in Q.designation_facts(store, as_of=as_of, designees=members2)
            if actors.jurisdiction(r["designator"]) == d1]
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
            "doc_id": first.doc_id if first else "",
            "corroboration": f"{c.corroboration.level} ({c.corroboration.score})" if c.corroboration else "",
            "reasons": "; ".join(c.corroboration.reasons) if c.corroboration else ""})
    return out


def status_matrix(m: DesignationMap) -> dict[str, dict[str, str]]:
    """{jurisdiction name: {organisation name: status}} (for a quick look or a matrix view)."""
    out: dict[str, dict[str, str]] = {}
    for c in m.cells:
        out.setdefault(c.designator.name, {})[c.designee.name] = c.status
    return out


__all__ = ["ActorRef", "cell_history", "cell_timeline", "decide_cell", "designation_map", "map_rows", "state_as_of",
           "status_matrix"]
