"""The web server: a read-only JSON API over the store (OpenAPI docs at ``/docs``) and the HTML report at ``/``.

Each request opens its own read-only connection: SQLite in WAL mode lets any number of readers
run while an ingest writes, and a reader never blocks the writer.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi_offline import FastAPIOffline

from newsgraph.store import Store, StoreError
from newsgraph.store import report_queries as rq

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
AsOf = Annotated[str | None, Query(pattern=DATE_PATTERN, description="ISO date (YYYY, YYYY-MM or YYYY-MM-DD): "
                                                                       "only facts known by then count.")]
Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0)]

try:
    _version = version("newsgraph")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    _version = "0"


def _store_state(db: str) -> tuple:
    """Changes whenever the database or its write-ahead log is written (an ingest commits)."""
    out = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(db + suffix)
            out.append((st.st_mtime_ns, st.st_size))
        except OSError:
            out.append(None)
    return tuple(out)


def _store(request: Request) -> Iterator[Store]:
    try:
        s = Store(request.app.state.db, readonly=True)
    except StoreError as exc:
        raise HTTPException(status_code=503, detail=str(exc)) from None
    try:
        yield s
    finally:
        s.close()


S = Annotated[Store, Depends(_store)]


def create_app(db: str | Path) -> FastAPI:
    """The app for one database file (opened read-only per request)."""
    db = str(db)
    # FastAPIOffline: the same FastAPI app, with the docs pages' JS/CSS served from the package, not a CDN
    app = FastAPIOffline(title="newsgraph", version=_version,
                  description="A sourced, time-aware map of what geopolitical news reports: documents, actors, "
                              "events, attributions, designations, the actor network and timelines. Read-only.")

    app.state.db = db
    app.state.report = None  # (store state, HTML): a big store's report takes seconds to build

    def actor_id(s: Store, name: str) -> str:
        found = rq.resolve_actor(s, name)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no actor {name!r}")
        return found

    @app.get("/", response_class=HTMLResponse, summary="The interactive HTML report, regenerated when the store changes")
    def index(s: S) -> HTMLResponse:
        from newsgraph.report.html import render_report

        key = _store_state(db)
        cached = app.state.report
        if cached is None or cached[0] != key:
            app.state.report = cached = (key, render_report(s, title=f"newsgraph: {Path(db).name}"))
        return HTMLResponse(cached[1])

    @app.get("/api/summary", summary="Counts, outlets, actor types, top actors, event types")
    def summary(s: S) -> dict[str, Any]:
        from newsgraph.report import summarize

        return summarize(s).to_json()

    @app.get("/api/documents", summary="Documents, newest first (metadata only)")
    def documents(s: S, q: Annotated[str | None, Query(description="text or title contains")] = None,
                  outlet: str | None = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        return rq.documents(s, limit=limit, offset=offset, q=q, outlet=outlet)

    @app.get("/api/documents/{doc_id}", summary="One document with its text and every fact read from it")
    def document(s: S, doc_id: str) -> dict[str, Any]:
        d = rq.document_detail(s, doc_id)
        if d is None:
            raise HTTPException(status_code=404, detail=f"no document {doc_id!r}")
        return d

    @app.get("/api/actors", summary="Actors whose name or alias contains q, most mentioned first")
    def actors(s: S, q: str | None = None, type: str | None = None, limit: Limit = 50) -> list[dict[str, Any]]:
        return rq.search_actors(s, q=q, type_=type, limit=limit)

    @app.get("/api/actors/{actor}", summary="One actor (id, name or alias) with its aliases")
    def actor(s: S, actor: str) -> dict[str, Any]:
        a = rq.actor(s, actor_id(s, actor))
        if a is None:  # pragma: no cover - resolve_actor only returns stored ids
            raise HTTPException(status_code=404, detail=f"no actor {actor!r}")
        return a

    @app.get("/api/events", summary="Events with actors and attribution ids, newest first")
    def events(s: S, type: Annotated[str | None, Query(description="PLOVER type, e.g. REQUEST")] = None,
               actor: Annotated[str | None, Query(description="actor id, name or alias")] = None,
               as_of: AsOf = None, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        return rq.events(s, plover=type, actor=actor_id(s, actor) if actor else None, as_of=as_of, limit=limit,
                         offset=offset)

    @app.get("/api/designations", summary="The designation map (jurisdiction × organisation) as of a date")
    def designations(s: S, as_of: AsOf = None,
                     designee: Annotated[str | None, Query(description="organisation id, name or alias")] = None,
                     designator: Annotated[str | None, Query(description="jurisdiction id, name or alias")] = None,
                     history: Annotated[bool, Query(description="each cell's reports over time")] = False,
                     evidence: Annotated[int, Query(ge=0, le=50, description="evidence items per cell")] = 5,
                     ) -> dict[str, Any]:
        from newsgraph.analyze import designation_map

        for name in (designee, designator):
            if name:
                actor_id(s, name)
        return designation_map(s, as_of=as_of, designee=designee, designator=designator, evidence_limit=evidence,
                               history=history).to_json()

    @app.get("/api/network", summary="The actor network as of a date: nodes, weighted edges, hubs, brokers, "
                                     "permissive jurisdictions")
    def network(s: S, as_of: AsOf = None,
                layout: Annotated[bool, Query(description="drawing-ready: capped graph with x/y positions")] = False,
                limit: Annotated[int, Query(ge=1, le=5000, description="node/edge cap with layout=true")] = 400,
                ) -> dict[str, Any]:
        if layout:
            from newsgraph.report.model import Caps, network_data

            return network_data(s, Caps(network_edges=limit, network_nodes=limit), as_of=as_of)
        from newsgraph.analyze import build_network

        return build_network(s, as_of=as_of).to_json()

    @app.get("/api/timeline/{actor}", summary="An actor's (or a pair's) story events, designations and relations "
                                              "in date order")
    def timeline(s: S, actor: str, other: str | None = None, as_of: AsOf = None) -> dict[str, Any]:
        from newsgraph.analyze import ResolutionError
        from newsgraph.analyze import timeline as build_timeline

        actor_id(s, actor)
        try:
            entries = build_timeline(s, actor, other=other, as_of=as_of)
        except ResolutionError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from None
        return {"actor": rq.actor(s, actor_id(s, actor)), "other": other, "as_of": as_of,
                "entries": [e.to_json() for e in entries]}

    @app.get("/api/stories", summary="Story events: reports of the same event joined, with corroboration")
    def stories(s: S, as_of: AsOf = None, actor: str | None = None, limit: Limit = 100,
                offset: Offset = 0) -> dict[str, Any]:
        from newsgraph.analyze import story_events

        if actor:
            actor_id(s, actor)
        found = story_events(s, as_of=as_of, actor=actor)
        return {"total": len(found), "limit": limit, "offset": offset,
                "items": [x.to_json() for x in found[offset:offset + limit]]}

    @app.get("/api/pressure", summary="Pressure campaigns: who pressed whom about what, over time")
    def pressure(s: S, as_of: AsOf = None, actor: str | None = None) -> list[dict[str, Any]]:
        from newsgraph.analyze import pressure_campaigns

        if actor:
            actor_id(s, actor)
        return [c.to_json() for c in pressure_campaigns(s, as_of=as_of, actor=actor)]

    return app
