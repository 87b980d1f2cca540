"""Story events: reports of the same event in different documents, joined.

Two reports belong to one story when they have the same kind, share a source actor (or both have
none), share a target (or both have none), share a designee (or both have none) — all compared
after entity resolution — and their dates are within ``window`` days. The kind is the PLOVER type
for plain events; for designations (with or without an event carrying them) it is the designation
family: "pressure" (source = who presses, target = who is pressed) or "status" (source = the
designating jurisdiction, target = the organisation), so that an event-borne and a bare
designation report of the same decision meet in one story. A report's date is the
period its stated date covers ("2025-09" is the whole of September), else its publication day.

Event status and designation status are *not* part of the key: a denial or a "not designated"
report joins the story it contradicts, and is flagged as a contradiction with both sides.
Syndicated copies (``documents.duplicate_of``) stay in the story's reports but count once.
"""
from __future__ import annotations

import calendar
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from newsgraph.analyze.common import OFFICIAL_TYPES, Actors, evidence, source_refs
from newsgraph.analyze.corroboration import corroborate
from newsgraph.analyze.models import ActorRef, Contradiction, Report, SourceRef, StoryEvent
from newsgraph.store import Store
from newsgraph.store import queries as Q

WINDOW_DAYS = 7
NEGATIVE_EVENT = ("denied", "negated")
POSITIVE_DESIG = ("designated", "expanded")
NOT_DESIG = ("rejected", "revoked", "considering", "announced_intent")
# designation families: a "pressed" report is about the pressure, the rest about the legal status
_FAMILY = {"pressed": "pressure"}
PRESSURE_PLOVER = ("REQUEST",)
# majority ties go to the more definite status
_STATUS_RANK = {"designated": 9, "expanded": 8, "revoked": 7, "rejected": 6, "announced_intent": 5, "considering": 4,
                "pressed": 3, "asserted": 2, "alleged": 1}


def period(d: str | None) -> tuple[date, date] | None:
    """The interval a partial ISO date covers."""
    if not d:
        return None
    try:
        parts = [int(p) for p in d[:10].split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return date(*parts[:3]), date(*parts[:3])
    except (ValueError, TypeError):
        return None


@dataclass
class _Item:
    report: Report
    block: tuple
    sources: frozenset[str]
    targets: frozenset[str]
    designees: frozenset[str]
    span: tuple[date, date] | None
    plover: str | None
    cameo: str | None
    context: str | None
    kind: str
    desig_status: str | None = None
    doc_stances: list[SourceRef] = field(default_factory=list)
    # what clustering compares: state bodies stand for their state ("the Home Office" ~ United Kingdom)
    m_sources: frozenset[str] = frozenset()
    m_targets: frozenset[str] = frozenset()
    pressing: tuple[frozenset[str], frozenset[str]] | None = None  # (pressers, pressed) for a requested act
    pressed_by: frozenset[str] = frozenset()  # who pressed for the designation(s) it reports

    @property
    def precise(self) -> bool:
        """Dated to the day (a stated day, or no stated date and the publication day)."""
        return bool(self.span) and self.span[0] == self.span[1]


@dataclass
class _Cluster:
    items: list[_Item]
    span: tuple[date, date] | None  # every report's period
    pspan: tuple[date, date] | None = None  # the day-precise reports' (stated day or publication day)
    sets: dict[str, set[str]] = field(default_factory=lambda: {"m_sources": set(), "m_targets": set(),
                                                                 "designees": set()})

    def fit(self, it: _Item, window: timedelta) -> tuple[int, int, int, int] | None:
        """None unless: same actors where both reports name them (an unnamed side matches), one side at
        least shared, dates within the window of the story's day-precise reports (of all its reports
        when none is precise: a bare "in November" neither anchors nor stretches a story). Else a
        score, higher fits better: (sides shared, anchored by precise dates, -days apart, reports)."""
        shared = 0
        for attr, mine in self.sets.items():
            theirs = getattr(it, attr)
            if mine and theirs:
                if not mine & theirs:
                    return None
                shared += 1
        if not shared:
            return None
        ref = self.pspan or self.span
        if ref is None or it.span is None:
            return (shared, 0, 0, len(self.items)) if ref is None and it.span is None else None
        if it.span[0] <= ref[1] + window and ref[0] <= it.span[1] + window:
            gap = max(0, (it.span[0] - ref[1]).days, (ref[0] - it.span[1]).days)
            return shared, int(self.pspan is not None), -gap, len(self.items)
        return None

    def accepts(self, it: _Item, window: timedelta) -> bool:
        return self.fit(it, window) is not None

    def add(self, it: _Item) -> None:
        self.items.append(it)
        for attr, mine in self.sets.items():
            mine |= getattr(it, attr)
        if it.span:
            self.span = it.span if self.span is None else (min(self.span[0], it.span[0]),
                                                           max(self.span[1], it.span[1]))
            if it.precise:
                self.pspan = it.span if self.pspan is None else (min(self.pspan[0], it.span[0]),
                                                                 max(self.pspan[1], it.span[1]))


def _report(r: dict[str, Any], status: str, sources: list[SourceRef]) -> Report:
    return Report(record_id=r["id"], doc_id=r["doc_id"], outlet=r.get("outlet"), published=r.get("doc_published"),
                  date=r.get("date"), status=status, evidence=evidence(r, sources), syndicated_of=r.get("duplicate_of"))


def _block(plover: str | None, designation_status: str | None) -> tuple[str, str]:
    """What reports must share to be of one story: pressure to designate meets plain REQUESTs."""
    if plover in PRESSURE_PLOVER:
        return ("D", "pressure")  # a request is pressure, whatever became of the designation it asked for
    if designation_status:
        fam = _FAMILY.get(designation_status, "status")
        return ("D", "pressure") if fam == "pressure" else ("D", fam)
    if plover in PRESSURE_PLOVER:
        return ("D", "pressure")
    return ("E", plover or "")


def _items(store: Store, actors: Actors, as_of: str | None, actor_ids: set[str] | None) -> list[_Item]:
    raw_ids = None
    if actor_ids is not None:
        raw_ids = set(actor_ids) | {a for a, c in actors.canonical.items() if c in actor_ids}
    events = Q.event_reports(store, as_of=as_of, actor_ids=raw_ids)
    attribs = Q.attributions_of(store, "event", [e["id"] for e in events])
    items: list[_Item] = []
    for e in events:
        srcs = frozenset(actors.canon(a) for a in e["sources"])
        tgts = frozenset(actors.canon(a) for a in e["targets"])
        desig = frozenset(actors.canon(d[0]) for d in e["designees"])
        # the status of the designation the event itself makes (its own source designating), else the first
        dstat = next((d[1] for d in e["designees"] if len(d) > 2 and actors.canon(d[2]) in srcs),
                     next((d[1] for d in e["designees"]), None))
        # a designation-bearing event reports the designation's status (unless the event is denied)
        status = dstat if dstat and e["status"] not in NEGATIVE_EVENT else e["status"]
        rep = _report(e, status, source_refs(attribs.get(e["id"], []), actors))
        block = _block(e["plover"], dstat if desig else None)
        if block == ("D", "status"):
            # the act is the designators' and its object the organisations, however the event read them
            # ("the U.S. revocation of the Houthi movement's designation": not the Houthis' act)
            # (the event's own designators when it names them: "joining Argentina" is background)
            designators = frozenset(actors.canon(d[2]) for d in e["designees"] if len(d) > 2 and d[2])
            srcs = (designators & srcs) or designators or srcs
            tgts = desig
        pressing = None
        if block == ("D", "pressure") and e["plover"] not in PRESSURE_PLOVER:
            # the requested act itself ("designate the IRGC"): match it as presser -> pressed jurisdiction
            pressing = (frozenset(actors.jurisdiction(d[3]) for d in e["designees"] if len(d) > 3 and d[3]),
                        frozenset(actors.jurisdiction(d[2]) for d in e["designees"] if len(d) > 2))
            srcs, tgts = pressing  # shown the same way: who presses -> who is pressed
        own = {actors.canon(d[2]) for d in e["designees"] if len(d) > 2 and actors.canon(d[2]) in srcs}
        pressed_by = frozenset(actors.canon(d[3]) for d in e["designees"] if len(d) > 3 and d[3]
                               and (not own or actors.canon(d[2]) in own))
        if block == ("D", "pressure"):
            pressed_by |= srcs  # a REQUEST, or the requested act shown as presser -> pressed
        items.append(_Item(report=rep, block=block, sources=srcs, targets=tgts, designees=desig, pressing=pressing,
                           span=period(e["date"]) or period(e["doc_published"]), plover=e["plover"], cameo=e["cameo"],
                           context=e["context"], kind="event", desig_status=dstat, pressed_by=pressed_by))
    # designations that no event carries become reports of their own
    linked_desigs = Q.linked_designation_ids(store)
    facts = Q.designation_facts(store, as_of=as_of, designators=raw_ids if raw_ids is not None else None)
    if raw_ids is not None:
        facts += [f for f in Q.designation_facts(store, as_of=as_of, designees=raw_ids)
                  if f["designator"] not in raw_ids]
    fattr = Q.attributions_of(store, "designation", [f["id"] for f in facts if f["id"] not in linked_desigs])
    for f in facts:
        if f["id"] in linked_desigs:
            continue
        rep = _report(f, f["status"], source_refs(fattr.get(f["id"], []), actors))
        designator, designee = actors.canon(f["designator"]), actors.canon(f["designee"])
        if f["status"] == "pressed":  # mirrors a REQUEST event: presser -> pressed jurisdiction
            srcs = frozenset({actors.canon(f["pressed_by"])}) if f["pressed_by"] else frozenset()
            tgts = frozenset({designator})
        else:  # mirrors a SANCTION-like event: jurisdiction -> organisation
            srcs, tgts = frozenset({designator}), frozenset({designee})
        items.append(_Item(report=rep, block=_block(None, f["status"]), sources=srcs, targets=tgts,
                           designees=frozenset({designee}),
                           span=period(f["date"]) or period(f["doc_published"]), plover=None, cameo=None,
                           context=None, kind="designation", desig_status=f["status"],
                           pressed_by=frozenset({actors.canon(f["pressed_by"])}) if f["pressed_by"] else frozenset()))
    for it in items:
        if it.pressing is not None:
            it.m_sources, it.m_targets = it.pressing
            continue
        it.m_sources = frozenset(actors.jurisdiction(a) for a in it.sources)
        it.m_targets = frozenset(actors.jurisdiction(a) for a in it.targets)
    return items


def _contradictions(items: list[_Item]) -> list[Contradiction]:
    out: list[Contradiction] = []
    pos = [i for i in items if i.report.status not in NEGATIVE_EVENT]
    for i in items:
        if i.report.status in NEGATIVE_EVENT and pos:
            kind = "denial" if i.report.status == "denied" else "negation"
            out.append(Contradiction(kind=kind, claim=pos[0].report, counter=i.report,
                                     note=f"{i.report.outlet or i.report.doc_id} reports it {i.report.status}; "
                                          f"{pos[0].report.outlet or pos[0].report.doc_id} reports it happened"))
        for s in i.report.evidence.sources:
            if s.stance == "denial" and pos and i.report.status not in NEGATIVE_EVENT:
                other = next((p for p in pos if p is not i), i)
                out.append(Contradiction(kind="denial", claim=other.report, counter=i.report,
                                         note=f"{s.name or 'a source'} denies it"))
    said = [i for i in items if i.desig_status in POSITIVE_DESIG]
    for i in items:
        if i.desig_status not in NOT_DESIG:
            continue
        # "not yet" published on or after the date a designation is reported to have happened
        # (an earlier "considering" followed by a designation is the ordinary course, not a contradiction)
        pub = (i.report.published or "")[:10]
        before = [p for p in said if pub and pub >= (p.report.date or (p.report.published or "")[:10] or "9999")]
        if before:
            p = before[0]
            out.append(Contradiction(kind="status", claim=p.report, counter=i.report,
                                     note=f"{p.report.outlet or p.report.doc_id}: {p.desig_status}"
                                          f"{' on ' + p.report.date if p.report.date else ''}; "
                                          f"{i.report.outlet or i.report.doc_id} ({pub}): {i.desig_status}"))
    return out


def _best(clusters, it: _Item, window: timedelta) -> _Cluster | None:
    """The cluster the report fits best: most sides shared, then nearest in time, then the oldest."""
    best, best_fit = None, None
    for c in clusters:
        f = c.fit(it, window)
        if f is not None and (best_fit is None or f > best_fit):
            best, best_fit = c, f
    return best


def story_events(store: Store, as_of: str | None = None, actor: str | None = None, window: int = WINDOW_DAYS,
                 actors: Actors | None = None) -> list[StoryEvent]:
    """Every story event known as of the date (optionally involving one actor), earliest first."""
    actors = actors or Actors(store)
    want: set[str] | None = None
    if actor:
        from newsgraph.analyze.resolution import find_actor

        want = {actors.canon(i) for i in find_actor(store, actor)}
    items = _items(store, actors, as_of, want)
    if want is not None:
        items = [i for i in items if (i.sources | i.targets | i.designees) & want]
    blocks: dict[tuple, list[_Item]] = defaultdict(list)
    for it in items:
        blocks[it.block].append(it)
    clusters: list[_Cluster] = []
    win = timedelta(days=window)
    # designation stories first: a plain event of the same type as a designation's event (the act of
    # designating, reported without naming the organisation) may join it before forming its own story
    by_plover: dict[str, list[_Cluster]] = defaultdict(list)
    for block in sorted(blocks, key=lambda b: b[0] != "D"):
        block_items = sorted(blocks[block], key=lambda i: (i.span[0] if i.span else date.min, i.report.doc_id))
        open_: list[_Cluster] = []
        for it in block_items:
            home = None
            if block[0] == "E":
                home = _best(by_plover.get(it.plover or "", ()), it, win)
            if home is None:
                home = _best(open_, it, win)
            if home is None:
                home = _Cluster(items=[], span=None)
                open_.append(home)
            home.add(it)
        if block == ("D", "status"):
            for c in open_:
                for p in {i.plover for i in c.items if i.plover}:
                    by_plover[p].append(c)
        clusters.extend(open_)
    doc_ids = {i.report.doc_id for c in clusters for i in c.items}
    stances = Q.document_stances(store, doc_ids)
    actors.load({a for c in clusters for i in c.items for a in i.sources | i.targets | i.designees})
    stories = [_story(c, actors, stances) for c in clusters]
    stories.sort(key=lambda s: (s.date_start or "", s.id))
    return stories


def _story(c: _Cluster, actors: Actors, stances: dict[str, list[dict[str, Any]]]) -> StoryEvent:
    items = sorted(c.items, key=lambda i: (i.report.published or "", i.report.doc_id, i.report.record_id))
    reports = [i.report for i in items]
    in_story = {r.doc_id for r in reports}
    originals = [r for r in reports if not (r.syndicated_of and r.syndicated_of in in_story)]
    copies = [r for r in reports if r not in originals]
    sources = set().union(*(i.sources for i in items))
    targets = set().union(*(i.targets for i in items))
    designees = set().union(*(i.designees for i in items))
    named: dict[str, str] = {}
    anonymous = 0
    for r in originals:
        for s in r.evidence.sources:
            if s.stance != "statement":
                continue
            if s.kind == "anonymous":
                anonymous += s.count or 1
            elif s.named:
                named.setdefault((s.actor_id or s.name or "").casefold(), s.name or s.actor_id or "")
    story_actors = sources | targets | designees
    story_countries = {(actors.row(a) or {}).get("country") for a in story_actors} - {None}

    def concerned(actor_id: str | None) -> bool:
        """A decline/non-response/denial matters when it comes from a party to the story (or its state)."""
        if not actor_id:
            return False
        row = actors.row(actor_id) or {}
        return actor_id in story_actors or (row.get("type") in OFFICIAL_TYPES and row.get("country") in story_countries)

    doc_stances = [sr for r in originals for sr in source_refs(stances.get(r.doc_id, []), actors)
                   if concerned(sr.actor_id)]
    official_ids = {sr.actor_id for r in originals for sr in r.evidence.sources
                    if sr.actor_id and (actors.is_official(sr.actor_id) or sr.role)}
    contradictions = _contradictions(items)
    # a designation story names its organisation; a plain request that met no designation is an event
    kind = "designation" if any(i.block[0] == "D" and (i.designees or i.kind == "designation") for i in items) \
        else "event"
    statuses = Counter((i.desig_status if i.kind == "designation" or i.block[0] == "D" else None) or i.report.status
                       for i in items)
    if kind == "designation" and any(i.desig_status for i in items):
        # a designation story's status is a designation status: the plain events that joined it
        # ("asserted") say how they were reported, not where the designation stands
        statuses = Counter(i.desig_status for i in items if i.desig_status)
    acting_official = any(i.report.status == "asserted" and any(
        s.actor_id in i.sources for s in i.report.evidence.sources) for i in items)
    corr = corroborate(reports, contradictions, doc_stances, official_ids, acting_official=acting_official)
    dates = [d for i in items if i.span for d in i.span]
    shown = sorted(i.report.date or (i.report.published or "")[:10] for i in items
                   if i.report.date or i.report.published)
    head = next((i for i in items if i.kind == "event"), items[0])
    key = "|".join([kind, head.plover or head.block[1], ",".join(sorted(sources)), ",".join(sorted(targets)),
                    ",".join(sorted(designees)), min(dates).isoformat() if dates else ""])
    sid = "s_" + hashlib.sha1(key.encode()).hexdigest()[:12]
    pressed_by = set().union(*(i.pressed_by for i in items))
    actors.load(pressed_by)
    story = StoryEvent(
        id=sid, kind=kind, plover=head.plover, cameo=Counter(i.cameo for i in items if i.cameo).most_common(1)[0][0]
        if any(i.cameo for i in items) else None,
        source=[actors.ref(a) for a in sorted(sources)], target=[actors.ref(a) for a in sorted(targets)],
        designee=actors.ref(sorted(designees)[0]) if designees else None,
        designees=[actors.ref(d) for d in sorted(designees)],
        status=max(statuses, key=lambda st: (statuses[st], _STATUS_RANK.get(st, 0))),
        date_start=shown[0] if shown else None, date_end=shown[-1] if shown else None,
        reports=reports, outlets=sorted({r.outlet or r.doc_id for r in originals}),
        sources_named=sorted(named.values()), sources_anonymous=anonymous,
        earliest=min(reports, key=lambda r: (r.published or "9999", r.doc_id)) if reports else None,
        syndicated=copies, contradictions=contradictions, corroboration=corr,
        context=next((i.context for i in items if i.context), None),
        pressed_by=[actors.ref(a) for a in sorted(pressed_by)])
    story.label = story_label(story, pressure=any(i.block == ("D", "pressure") for i in items),
                              states=lambda refs: [actors.ref(x) for x in dict.fromkeys(
                                  actors.speaks_for(a.id, story.date_start) for a in refs)])
    return story


# the outlet reporting a designation and the place an event was also read as coming from are not
# the side that designates (pressure.NOT_CAMPAIGN_PARTIES is a different set: who can be pressed)
NOT_DESIGNATING_SIDE = ("media", "location")


def _names(refs: list[ActorRef]) -> str:
    return ", ".join(a.name for a in refs) or "?"


def story_label(s: StoryEvent, pressure: bool = False, states=lambda refs: refs) -> str:
    """What the story is, in one line: "Argentina designated Quds Force", "Bolivia pressed to designate
    Hamas (pressed by United States)", "Albania SANCTION Iran: ...". "(pressed by ...)" names
    ``pressed_by`` only; a pressure story is told from the pressed side (its targets). In a designation
    story ``states`` rolls state bodies into their state ("Government of Bolivia" -> Bolivia)."""
    if s.kind == "designation":
        side = s.target if pressure else s.source
        who = states([a for a in side if a.type not in NOT_DESIGNATING_SIDE] or side)
        what = "pressed to designate" if pressure and s.status == "pressed" else s.status
        by = f" (pressed by {_names(states(s.pressed_by))})" if s.pressed_by else ""
        return f"{_names(who)} {what} {_names(s.designees)}{by}"
    ctx = f": {s.context}" if s.context else ""
    status = f" [{s.status}]" if s.status != "asserted" else ""
    return f"{_names(s.source)} {s.plover or '?'} {_names(s.target)}{ctx}{status}"


def story_rows(stories: list[StoryEvent]) -> list[dict[str, Any]]:
    out = []
    for s in stories:
        c = s.corroboration
        out.append({
            "id": s.id, "kind": s.kind, "type": s.plover or s.status, "source": "; ".join(a.name for a in s.source),
            "target": "; ".join(a.name for a in s.target), "designee": "; ".join(a.name for a in s.designees),
            "status": s.status, "date_start": s.date_start or "", "date_end": s.date_end or "",
            "reports": len(s.reports), "outlets": len(s.outlets), "syndicated": len(s.syndicated),
            "named_sources": len(s.sources_named), "anonymous_sources": s.sources_anonymous,
            "contradictions": len(s.contradictions), "score": c.score if c else "", "level": c.level if c else "",
            "reasons": "; ".join(c.reasons) if c else "", "context": s.context or "", "label": s.label,
            "pressed_by": "; ".join(a.name for a in s.pressed_by),
            "earliest": s.earliest.doc_id if s.earliest else ""})
    return out
