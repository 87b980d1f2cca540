"""Store → STIX 2.1 bundle, for threat-intelligence platforms (OpenCTI, MISP importers).

Actors in designations and events become ``identity`` objects, or ``threat-actor`` (type
``terrorist``) when some government designated them; each designation and each source→target pair
of an event becomes a ``relationship`` (``designates``, ``presses-to-designate``, ``considers-designating``
... and the lower-cased PLOVER type for events), citing the report it rests on. Object ids are
UUIDv5 of newsgraph's ids, so re-exporting gives the same ids. The bundle is written object by
object: nothing is held for the whole store.
"""
from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any, TextIO

import stix2

from newsgraph.store.export_queries import iter_designation_facts, iter_event_facts, iter_fact_actors

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/newsgraph/newsgraph/stix")
DESIGNATING = {"designated", "expanded"}  # statuses that make the designee a listed terrorist group
RELATIONSHIP = {
    "designated": "designates", "expanded": "designates", "pressed": "presses-to-designate",
    "considering": "considers-designating", "announced_intent": "announces-intent-to-designate",
    "rejected": "rejects-designating", "revoked": "revokes-designation-of",
}
IDENTITY_CLASS = {"person": "individual", "armed_group": "group", "group": "group", "criminal_org": "group",
                  "location": "unknown"}


def stix_id(kind: str, newsgraph_id: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, newsgraph_id)}"


def _actor_object(a: dict[str, Any], now: datetime):
    statuses = set((a.get("designee_statuses") or "").split(","))
    common: dict[str, Any] = {"name": a["name"], "created": now, "modified": now, "allow_custom": True,
                              "x_newsgraph_id": a["id"], "x_newsgraph_type": a["type"]}
    if a.get("country"):
        common["x_country"] = a["country"]
    if a.get("code"):
        common["x_cameo_code"] = a["code"]
    if a.get("wikidata"):
        common["external_references"] = [{"source_name": "wikidata", "external_id": a["wikidata"],
                                           "url": f"https://www.wikidata.org/wiki/{a['wikidata']}"}]
    if statuses & DESIGNATING:
        return stix2.ThreatActor(id=stix_id("threat-actor", a["id"]), threat_actor_types=["terrorist"], **common)
    return stix2.Identity(id=stix_id("identity", a["id"]),
                          identity_class=IDENTITY_CLASS.get(a["type"], "organization"), **common)


def _reference(row: dict[str, Any]) -> list[dict[str, str]]:
    ref = {"source_name": row.get("outlet") or "newsgraph document", "external_id": row["doc_id"]}
    if row.get("url"):
        ref["url"] = row["url"]
    if row.get("title"):
        ref["description"] = row["title"]
    return [ref]


def export_stix(store, sink: TextIO, now: datetime | None = None) -> dict[str, int]:
    """Write one STIX 2.1 bundle to ``sink``; returns object counts by type."""
    now = now or datetime.now(UTC).replace(microsecond=0)
    counts: dict[str, int] = {}
    refs: dict[str, str] = {}  # newsgraph actor id -> STIX id
    sink.write(f'{{"type": "bundle", "id": "bundle--{uuid.uuid4()}", "objects": [')
    first = True

    def emit(obj) -> None:
        nonlocal first
        sink.write(("\n" if first else ",\n") + obj.serialize())
        first = False
        counts[obj.type] = counts.get(obj.type, 0) + 1

    for a in iter_fact_actors(store):
        obj = _actor_object(a, now)
        refs[a["id"]] = obj.id
        emit(obj)
    for g in iter_designation_facts(store):
        if g["designator"] not in refs or g["designee"] not in refs:
            continue
        props: dict[str, Any] = {"x_newsgraph_id": g["id"], "x_status": g["status"], "x_reported": g["published"]}
        if g["date"]:
            props["x_date"] = g["date"]
        if g["pressed_by"] in refs:
            props["x_pressed_by_ref"] = refs[g["pressed_by"]]
        emit(stix2.Relationship(
            id=stix_id("relationship", g["id"]), relationship_type=RELATIONSHIP.get(g["status"], "designates"),
            source_ref=refs[g["designator"]], target_ref=refs[g["designee"]], created=now, modified=now,
            description=f"{g['status']} ({g['date'] or 'date not stated'}), reported {g['published'] or 'undated'}",
            external_references=_reference(g), allow_custom=True, **props))
    for e in iter_event_facts(store):
        for s in e["sources"]:
            for t in e["targets"]:
                if s not in refs or t not in refs or s == t:
                    continue
                props = {"x_newsgraph_id": e["id"], "x_plover": e["plover"], "x_status": e["status"],
                         "x_reported": e["published"]}
                for k in ("cameo", "mode", "date", "context"):
                    if e[k]:
                        props[f"x_{k}"] = e[k]
                emit(stix2.Relationship(
                    id=stix_id("relationship", f"{e['id']}|{s}|{t}"), relationship_type=e["plover"].lower(),
                    source_ref=refs[s], target_ref=refs[t], created=now, modified=now,
                    external_references=_reference(e), allow_custom=True, **props))
    sink.write("\n]}\n")
    return counts


def read_bundle(text: str) -> list[dict[str, Any]]:
    """The objects of an exported bundle (used by tests and by users checking a file)."""
    return json.loads(text)["objects"]
