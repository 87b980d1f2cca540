"""Pressure campaigns: who pressed whom about what, over time.

A step of pressure is a story event of type REQUEST (or COERCE/THREATEN with a stated demand)
from one actor to another, or a designation reported with status "pressed" (the presser is its
``pressed_by``). Steps are grouped by (presser, pressed) after entity resolution, state bodies and
the KB's office holders standing for their state, one step per story, ordered by date; the outcome lists what the pressed
party designated, of what it was pressed about, since the campaign began (as of the same date). A step whose presser and pressed party are one
(a government urging its own country) or a private person urging their own state is no campaign step.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from newsgraph.analyze.common import Actors
from newsgraph.analyze.models import ActorRef, PressureCampaign, PressureStep, StoryEvent
from newsgraph.analyze.stories import story_events
from newsgraph.store import Store

PRESSURE_TYPES = ("REQUEST",)
DEMAND_TYPES = ("COERCE", "THREATEN")
UNKNOWN = ActorRef(id="", name="(unstated)")
# descriptions of people ("Democratic", "families") and places ("the Tri-Border Area"): not parties
# to a campaign (a place named in a request is where the act is wanted, not who is asked)
NOT_CAMPAIGN_PARTIES = ("group", "location")


def _pairs(s: StoryEvent) -> list[tuple[ActorRef, ActorRef, str | None]]:
    """(presser, pressed, about) for a story event that is pressure, else nothing."""
    about = ", ".join(a.name for a in s.designees) if s.designees else s.context
    if s.kind == "designation" and (s.status == "pressed" or any(r.status == "pressed" for r in s.reports)):
        # pressure story: source = who presses, target = the pressed jurisdiction
        if s.plover and s.plover not in PRESSURE_TYPES + DEMAND_TYPES:
            return []
        return [(p, q, f"designate {about}" if about else None) for p in (s.source or [UNKNOWN]) for q in s.target]
    if s.kind == "event" and (s.plover in PRESSURE_TYPES or (s.plover in DEMAND_TYPES and s.context)):
        if s.status in ("denied", "negated", "hypothetical"):
            return []
        return [(p, q, about) for p in s.source for q in s.target if p.id != q.id]
    return []


def pressure_campaigns(store: Store, as_of: str | None = None, actor: str | None = None,
                       actors: Actors | None = None) -> list[PressureCampaign]:
    """Campaigns (presser -> pressed) with their dated steps and evidence, most active first."""
    from newsgraph.analyze.designations import designation_map

    actors = actors or Actors(store)
    stories = story_events(store, as_of=as_of, actor=actor, actors=actors)
    by_pair: dict[tuple[str, str], dict[str, Any]] = defaultdict(lambda: {"steps": [], "about": {}})
    for s in stories:
        for presser, pressed, about in _pairs(s):
            # a campaign is between states: their governments, ministries and office holders stand for them
            if presser.type in NOT_CAMPAIGN_PARTIES or pressed.type in NOT_CAMPAIGN_PARTIES:
                continue
            domestic = presser.type == "person" and presser.country and presser.country == pressed.country
            if presser.id:
                presser = actors.ref(actors.speaks_for(presser.id, s.date_start))
            pressed = actors.ref(actors.speaks_for(pressed.id, s.date_start))
            if presser.id == pressed.id or (domestic and presser.type == "person"):
                continue  # "the government urged Canadians" or a citizen's plea: not pressure between parties
            slot = by_pair[(presser.id, pressed.id)]
            slot["presser"], slot["pressed"] = presser, pressed
            slot.setdefault("designees", set()).update(a.id for a in s.designees)
            slot.setdefault("designee_names", set()).update(a.name for a in s.designees)
            if about:
                slot["about"][about] = None
            slot["steps"].append(PressureStep(
                date=s.date_start, kind="request" if s.kind == "event" else "designation", about=about,
                story_id=s.id, evidence=[r.evidence for r in s.reports if not r.syndicated_of][:5]
                or [r.evidence for r in s.reports[:1]]))
    dmap = designation_map(store, as_of=as_of, evidence_limit=0, actors=actors)
    legal = defaultdict(list)
    for c in dmap.cells:
        if c.status in ("designated", "expanded"):
            legal[c.designator.id].append(c)
    out = []
    for (_, pressed_id), slot in by_pair.items():
        # one step per story (a story reached through several of its actors counts once)
        steps = sorted({st.story_id: st for st in slot["steps"]}.values(), key=lambda x: x.date or "")
        # merge steps of the same story reached through several designees
        first = steps[0].date if steps else None
        wanted = slot.get("designees") or set()
        outcome = [f"{c.designee.name}: {c.status} {c.date or ''}".strip() for c in legal.get(pressed_id, [])
                   if (not first or (c.date or "") >= first[:7]) and (not wanted or c.designee.id in wanted)]
        names = sorted(slot.get("designee_names") or ())
        about = ([f"designate {', '.join(names)}"] if names else []) + [
            a for a in slot["about"] if not (names and a.startswith("designate ")) and a not in names]
        out.append(PressureCampaign(presser=slot["presser"], pressed=slot["pressed"], about=about,
                                    first=first, last=steps[-1].date if steps else None, steps=steps, outcome=outcome))
    out.sort(key=lambda c: (-len(c.steps), c.first or "", c.presser.name, c.pressed.name))
    return out


def pressure_rows(campaigns: list[PressureCampaign]) -> list[dict[str, Any]]:
    return [{"presser": c.presser.name, "pressed": c.pressed.name, "about": "; ".join(c.about),
             "steps": len(c.steps), "first": c.first or "", "last": c.last or "", "outcome": "; ".join(c.outcome),
             "evidence": c.steps[0].evidence[0].text if c.steps and c.steps[0].evidence else ""} for c in campaigns]
