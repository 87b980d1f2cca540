"""Store → analysis JSON Lines: one line per stored document, in the contract ``newsgraph analyze`` writes.

Ids are made document-local again (``<doc id>:e1`` → ``e1``); actors resolved to the knowledge base
keep their KB id (``country:IRN``), so the same actor has the same id on every line.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from typing import Any, TextIO

from newsgraph.records import Actor, Analysis, Attribution, Designation, Document, Event
from newsgraph.store.export_queries import document_rows, iter_document_ids


def _local(doc_id: str, global_id: str | None) -> str | None:
    if global_id is None:
        return None
    prefix = f"{doc_id}:"
    return global_id[len(prefix):] if global_id.startswith(prefix) else global_id


def _span(start: Any, end: Any) -> tuple[int, int] | None:
    return (start, end) if start is not None and end is not None else None


def analysis_from_rows(doc_id: str, rows: dict[str, list[dict[str, Any]]]) -> Analysis:
    d = rows["document"][0]
    document = Document(**{k: d[k] for k in Document.__dataclass_fields__ if k in d})

    def loc(g: str | None) -> str | None:
        return _local(doc_id, g)

    mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in rows["mentions"]:
        mentions[m["actor_id"]].append(m)
    roles: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows["roles"]:
        roles[r["actor_id"]].append(r)
    # actors in order of first mention, unmentioned ones (event-only, roles) after them
    order = {a: min(m["start"] for m in ms) for a, ms in mentions.items()}
    actors = []
    for a in sorted(rows["actors"], key=lambda a: (order.get(a["id"], 1 << 62), a["id"])):
        ms = mentions.get(a["id"], [])
        aliases = sorted({m["text"] for m in ms} - {a["name"]})
        affiliation = next((r["affiliation"] for r in roles.get(a["id"], []) if r["affiliation"]), None)
        actors.append(Actor(
            id=loc(a["id"]), name=a["name"], type=a["type"], aliases=aliases, country=a["country"], code=a["code"],
            kb_id=a["kb_id"], wikidata=a["wikidata"], mentions=[(m["start"], m["end"]) for m in ms],
            roles=[r["role"] for r in roles.get(a["id"], [])], affiliation=loc(affiliation), parent=a["parent"]))

    event_actors: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"source": [], "target": []})
    for ea in rows["event_actors"]:
        event_actors[ea["event_id"]][ea["role"]].append(loc(ea["actor_id"]))
    event_attr: dict[str, list[str]] = defaultdict(list)
    for x in rows["event_attributions"]:
        event_attr[x["event_id"]].append(loc(x["attribution_id"]))
    events = [Event(
        id=loc(e["id"]), plover=e["plover"], source=event_actors[e["id"]]["source"],
        target=event_actors[e["id"]]["target"], status=e["status"], cameo=e["cameo"], mode=e["mode"], date=e["date"],
        trigger=_span(e["trigger_start"], e["trigger_end"]), sentence=_span(e["sentence_start"], e["sentence_end"]),
        location=loc(e["location"]), attributions=event_attr[e["id"]], context=e["context"], parent=loc(e["parent"]),
        negated=e["status"] == "negated") for e in rows["events"]]

    attributions = [Attribution(
        id=loc(q["id"]), cue=_span(q["cue_start"], q["cue_end"]),
        sources=[tuple(s) for s in json.loads(q["sources"])], contents=[tuple(s) for s in json.loads(q["contents"])],
        source_actor=loc(q["source_actor"]), source_kind=q["source_kind"], count=q["count"], stance=q["stance"],
        direct=bool(q["direct"]), access=q["access"], anonymity_reason=q["anonymity_reason"], role=q["role"])
        for q in rows["attributions"]]

    des_events: dict[str, list[str]] = defaultdict(list)
    for x in rows["designation_events"]:
        des_events[x["designation_id"]].append(loc(x["event_id"]))
    des_attr: dict[str, list[str]] = defaultdict(list)
    for x in rows["designation_attributions"]:
        des_attr[x["designation_id"]].append(loc(x["attribution_id"]))
    designations = [Designation(
        designator=loc(g["designator"]), designee=loc(g["designee"]), status=g["status"], date=g["date"],
        events=des_events[g["id"]], sentence=_span(g["sentence_start"], g["sentence_end"]), id=loc(g["id"]),
        pressed_by=loc(g["pressed_by"]), attributions=des_attr[g["id"]]) for g in rows["designations"]]
    return Analysis(document=document, actors=actors, events=events, attributions=attributions,
                    designations=designations)


def iter_analyses(store) -> Iterator[Analysis]:
    for doc_id in iter_document_ids(store):
        yield analysis_from_rows(doc_id, document_rows(store, doc_id))


def export_jsonl(store, sink: TextIO) -> int:
    """Write one contract line per stored document to ``sink``; returns the number written."""
    n = 0
    for an in iter_analyses(store):
        sink.write(json.dumps(an.to_json(), ensure_ascii=False) + "\n")
        n += 1
    return n
