"""Cross-document analysis: single articles joined into one sourced, time-aware picture.

Everything here reads a :class:`~newsgraph.store.Store` (SQL lives in ``newsgraph.store.queries``)
and returns the dataclasses in :mod:`newsgraph.analyze.models`; every fact carries ``Evidence``
(document, sentence span and text, who said it, outlet, publication date). Actors are shown after
entity resolution (``resolution``): merged document-level actors appear under one canonical id.

"As of D" everywhere: only facts whose stated date and publication day are both <= D count, so a
report published after D never counts; a partial D ("2025-09") covers its whole period.

Entry points (the report, web and CLI use these):

- ``designation_map(store, as_of=None, designee=None, designator=None, evidence_limit=5, history=False)``
  -> ``DesignationMap`` (cells: ``DesignationCell`` with status, date, evidence, history);
  ``cell_history(store, designator, designee, as_of=None)`` -> ``list[DesignationFact]``;
- ``story_events(store, as_of=None, actor=None, window=7)`` -> ``list[StoryEvent]`` (reports,
  outlets, named/anonymous sources, earliest, syndicated copies, contradictions, ``Corroboration``);
- ``corroborate(reports, contradictions, ...)`` -> ``Corroboration`` (components, score, reasons);
- ``pressure_campaigns(store, as_of=None, actor=None)`` -> ``list[PressureCampaign]``;
- ``build_network(store, as_of=None)`` -> ``Network`` (``.graph`` a weighted ``networkx.DiGraph``,
  ``.hubs``, ``.brokers``, ``.permissive``); ``write_graph(net, "graphml"|"gexf", path)``;
- ``timeline(store, actor, other=None, as_of=None)`` -> ``list[TimelineEntry]``;
- ``canonical_map(store)``, ``merges(store)``, ``merge_actors(store, a, b)``, ``split_actor(store, a, b=None)``,
  ``find_actor(store, name)``: entity resolution and the analyst's persisted decisions.

- ``decide_cell(facts, as_of)``: the designation rule over plain facts (a reference for ports);
- ``newsgraph.analyze.evaluate``: story clustering and map agreement against ``examples/gold``
  (``python -m newsgraph.analyze.evaluate DB``).

``*_rows`` helpers flatten results into dicts for tables and CSV. Large stores: the map is read
from materialised cell states (schema v4/v5) and the network keeps its 20,000 strongest ties.
"""
from __future__ import annotations

from newsgraph.analyze.common import Actors
from newsgraph.analyze.corroboration import corroborate
from newsgraph.analyze.designations import cell_history, decide_cell, designation_map, map_rows, status_matrix
from newsgraph.analyze.models import (
    ActorRef,
    Contradiction,
    Corroboration,
    DesignationCell,
    DesignationFact,
    DesignationMap,
    Evidence,
    Merge,
    Network,
    NodeScore,
    PermissiveJurisdiction,
    PressureCampaign,
    PressureStep,
    Report,
    SourceRef,
    StoryEvent,
    TimelineEntry,
)
from newsgraph.analyze.network import build_network, network_rows, permissive_jurisdictions, write_graph
from newsgraph.analyze.pressure import pressure_campaigns, pressure_rows
from newsgraph.analyze.resolution import (
    ResolutionError,
    canonical_map,
    find_actor,
    merge_actors,
    merges,
    split_actor,
)
from newsgraph.analyze.stories import story_events, story_rows
from newsgraph.analyze.timeline import timeline, timeline_rows

__all__ = [
    "ActorRef", "Actors", "Contradiction", "Corroboration", "DesignationCell", "DesignationFact", "DesignationMap",
    "Evidence", "Merge", "Network", "NodeScore", "PermissiveJurisdiction", "PressureCampaign", "PressureStep",
    "Report", "ResolutionError", "SourceRef", "StoryEvent", "TimelineEntry", "build_network", "canonical_map",
    "cell_history", "corroborate", "decide_cell", "designation_map", "find_actor", "map_rows", "merge_actors", "merges",
    "network_rows", "permissive_jurisdictions", "pressure_campaigns", "pressure_rows", "split_actor", "status_matrix",
    "story_events", "story_rows", "timeline", "timeline_rows", "write_graph",
]
