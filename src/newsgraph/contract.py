"""Validation of the analysis JSON Lines contract (``shared/eval/README.md``).

Used by the tests and available to users who post-process ``newsgraph analyze`` output.
"""
from __future__ import annotations

import re
from typing import Any

from newsgraph.records import DESIGNATION_STATUSES, EVENT_STATUSES, PLOVER_TYPES, SOURCE_KINDS, STANCES

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ISO3 = re.compile(r"^[A-Z]{3}$")


def _span(v: Any, text: str) -> bool:
    return (isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v)
            and 0 <= v[0] <= v[1] <= len(text))


def validate_analysis(obj: dict[str, Any]) -> list[str]:
    """Problems with one analysis object; empty when it keeps the contract."""
    p: list[str] = []
    if not isinstance(obj.get("id"), str):
        p.append("id is not a string")
    text = obj.get("text")
    if not isinstance(text, str):
        return p + ["text is not a string"]
    actors = obj.get("actors")
    if not isinstance(actors, list):
        return p + ["actors is not a list"]
    ids = set()
    for a in actors:
        aid = a.get("id")
        ids.add(aid)
        if not isinstance(aid, str) or not isinstance(a.get("name"), str) or not isinstance(a.get("type"), str):
            p.append(f"actor {aid}: id, name and type must be strings")
        if not isinstance(a.get("aliases"), list):
            p.append(f"actor {aid}: aliases must be a list")
        if a.get("country") is not None and not _ISO3.match(a["country"]):
            p.append(f"actor {aid}: country {a['country']!r} is not ISO3")
        if a.get("code") is not None and not isinstance(a["code"], str):
            p.append(f"actor {aid}: code must be a string or null")
        if not all(_span(m, text) for m in a.get("mentions", [None])):
            p.append(f"actor {aid}: bad mention span")
    if len(ids) != len(actors):
        p.append("actor ids are not unique")
    att_ids = {q.get("id") for q in obj.get("attributions", [])}
    ev_ids = {e.get("id") for e in obj.get("events", [])}
    for e in obj.get("events", []):
        eid = e.get("id")
        if e.get("plover") not in PLOVER_TYPES:
            p.append(f"event {eid}: plover {e.get('plover')!r} unknown")
        if e.get("status") not in EVENT_STATUSES:
            p.append(f"event {eid}: status {e.get('status')!r} unknown")
        if e.get("cameo") is not None and not re.match(r"^\d{3,4}$", str(e["cameo"])):
            p.append(f"event {eid}: cameo {e['cameo']!r} malformed")
        for role in ("source", "target"):
            if not isinstance(e.get(role), list) or not set(e[role]) <= ids:
                p.append(f"event {eid}: {role} must list actor ids")
        if e.get("date") is not None and not _DATE.match(e["date"]):
            p.append(f"event {eid}: date {e['date']!r} is not partial ISO")
        if e.get("trigger") is not None and not _span(e["trigger"], text):
            p.append(f"event {eid}: bad trigger span")
        if not set(e.get("attributions", [])) <= att_ids:
            p.append(f"event {eid}: unknown attribution ids")
    for q in obj.get("attributions", []):
        qid = q.get("id")
        if q.get("cue") is not None and not _span(q["cue"], text):
            p.append(f"attribution {qid}: bad cue span")
        for role in ("sources", "contents"):
            if not isinstance(q.get(role), list) or not all(_span(s, text) for s in q[role]):
                p.append(f"attribution {qid}: bad {role} spans")
        if q.get("source_actor") is not None and q["source_actor"] not in ids:
            p.append(f"attribution {qid}: source_actor is not an actor id")
        if q.get("source_kind") not in SOURCE_KINDS:
            p.append(f"attribution {qid}: source_kind {q.get('source_kind')!r} unknown")
        if q.get("stance") not in STANCES:
            p.append(f"attribution {qid}: stance {q.get('stance')!r} unknown")
        if q.get("count") is not None and not isinstance(q["count"], int):
            p.append(f"attribution {qid}: count must be an int or null")
        if not isinstance(q.get("direct"), bool):
            p.append(f"attribution {qid}: direct must be a bool")
    for n, g in enumerate(obj.get("designations", [])):
        if g.get("designator") not in ids or g.get("designee") not in ids:
            p.append(f"designation {n}: designator and designee must be actor ids")
        if g.get("status") not in DESIGNATION_STATUSES:
            p.append(f"designation {n}: status {g.get('status')!r} unknown")
        if g.get("date") is not None and not _DATE.match(g["date"]):
            p.append(f"designation {n}: date {g['date']!r} is not partial ISO")
        if not set(g.get("events", [])) <= ev_ids:
            p.append(f"designation {n}: unknown event ids")
    for key in ("events", "attributions", "designations"):
        if not isinstance(obj.get(key), list):
            p.append(f"{key} is not a list")
    return p
