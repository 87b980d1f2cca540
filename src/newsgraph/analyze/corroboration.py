"""Corroboration of a story event or claim: the components, a summary score, and the reasons.

Components (all counted over the reports of one story; a syndicated copy counts once, with its
original):

- ``independent_outlets``: distinct outlets among original reports;
- ``named_sources``: distinct named people, organisations or documents the reports rest on;
- ``anonymous_sources``: anonymous sources summed over original reports ("two sources" = 2);
- ``official_confirmation``: an official body (government, ministry, military, ...) or a named
  official speaks for the claim, or the acting official body itself announced it;
- ``denials``: reports or attributions denying it; ``non_responses`` / ``declined``: parties that
  did not respond or declined to comment in the reporting documents.

Score, from 0 to 1 (never shown without its reasons):

    0.2 per independent outlet (at most 0.6)
  + 0.1 per named source (at most 0.2)
  + 0.2 for an official confirmation
  - 0.15 per denial (at most 0.3)

capped at 0.5 when the story rests on anonymous sources only, clamped to [0, 1]. Level:
"contested" with a contradiction or a denial, else "strong" (>= 0.7), "moderate" (>= 0.45),
"single report" (one report), "weak".
"""
from __future__ import annotations

from newsgraph.analyze.models import Contradiction, Corroboration, Report, SourceRef

OUTLET_STEP, OUTLET_MAX = 0.2, 0.6
NAMED_STEP, NAMED_MAX = 0.1, 0.2
OFFICIAL = 0.2
DENIAL_STEP, DENIAL_MAX = 0.15, 0.3
ANONYMOUS_ONLY_CAP = 0.5


def corroborate(reports: list[Report], contradictions: list[Contradiction] | None = None,
                doc_stances: list[SourceRef] | None = None, official_ids: set[str] | None = None,
                acting_official: bool = False) -> Corroboration:
    """Corroboration of the claim these reports make.

    ``doc_stances``: declines, non-responses and denials found in the reporting documents;
    ``official_ids``: actor ids of official bodies and people (sources from them confirm);
    ``acting_official``: the actor of the event is an official body that announced it itself.
    """
    contradictions = contradictions or []
    official_ids = official_ids or set()
    originals = [r for r in reports if not r.syndicated_of or r.syndicated_of not in {x.doc_id for x in reports}]
    copies = [r for r in reports if r not in originals]
    outlets = sorted({r.outlet or r.doc_id for r in originals})
    named: dict[str, SourceRef] = {}
    anonymous = 0
    official: list[str] = []
    denying: set[str] = {f"report:{r.record_id}" for r in originals if r.status in ("denied", "negated")}
    for r in originals:
        for s in r.evidence.sources:
            if s.stance == "denial":
                # a denied report's own denial source is the same denial
                if f"report:{r.record_id}" not in denying:
                    denying.add(s.attribution_id)
                continue
            if s.stance != "statement":
                continue
            if s.kind == "anonymous":
                anonymous += s.count or 1
            elif s.named:
                named.setdefault((s.actor_id or s.name or "").casefold(), s)
                if s.actor_id in official_ids:
                    official.append(s.name or s.actor_id or "")
    linked = {s.attribution_id for r in originals for s in r.evidence.sources}
    extra = [s for s in doc_stances or [] if s.attribution_id not in linked]
    declined = sum(1 for s in extra if s.stance == "declined")
    no_response = sum(1 for s in extra if s.stance == "no_response")
    denying |= {s.attribution_id for s in extra if s.stance == "denial"}
    denials = len(denying)
    confirmed = bool(official) or acting_official

    reasons: list[str] = []
    score = min(OUTLET_MAX, OUTLET_STEP * len(outlets))
    reasons.append(f"{len(outlets)} independent outlet{'s' if len(outlets) != 1 else ''} ({', '.join(outlets)})"
                   + (f"; {len(copies)} syndicated cop{'ies' if len(copies) != 1 else 'y'} counted once" if copies else ""))
    if named:
        score += min(NAMED_MAX, NAMED_STEP * len(named))
        reasons.append(f"{len(named)} named source{'s' if len(named) != 1 else ''}: "
                       + ", ".join(sorted(s.name or s.actor_id or "?" for s in named.values())))
    if anonymous:
        reasons.append(f"{anonymous} anonymous source{'s' if anonymous != 1 else ''}")
    if confirmed:
        score += OFFICIAL
        who = ", ".join(dict.fromkeys(official)) if official else "the acting body's own announcement"
        reasons.append(f"official confirmation: {who}")
    if denials:
        score -= min(DENIAL_MAX, DENIAL_STEP * denials)
        reasons.append(f"{denials} denial{'s' if denials != 1 else ''}")
    if declined:
        reasons.append(f"{declined} declined to comment")
    if no_response:
        reasons.append(f"{no_response} did not respond")
    if anonymous and not named and not confirmed:
        if score > ANONYMOUS_ONLY_CAP:
            reasons.append(f"capped at {ANONYMOUS_ONLY_CAP}: rests on anonymous sources only")
        score = min(score, ANONYMOUS_ONLY_CAP)
    if not anonymous and not named and not confirmed:
        reasons.append("no source named in the reports (the outlets' own reporting)")
    score = round(max(0.0, min(1.0, score)), 2)
    if contradictions or denials:
        level = "contested"
        if contradictions:
            reasons.append(f"{len(contradictions)} contradiction{'s' if len(contradictions) != 1 else ''} between reports")
    elif score >= 0.7:
        level = "strong"
    elif score >= 0.45:
        level = "moderate"
    elif len(originals) <= 1:
        level = "single report"
    else:
        level = "weak"
    return Corroboration(
        reports=len(originals), independent_outlets=len(outlets), syndicated_copies=len(copies),
        named_sources=len(named), anonymous_sources=anonymous, official_confirmation=confirmed,
        official_sources=list(dict.fromkeys(official)), denials=denials, non_responses=no_response,
        declined=declined, score=score, level=level, reasons=reasons)
