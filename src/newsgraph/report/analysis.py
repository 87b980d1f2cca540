"""``analyze --format table``: a readable summary of one document's analysis."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from newsgraph.records import Analysis


def _names(an: Analysis, ids: list[str]) -> str:
    return ", ".join(a.name for i in ids if (a := an.actor(i))) or "-"


def print_analysis(an: Analysis, console: Console) -> None:
    d = an.document
    console.print(f"[bold]{d.id}[/] {d.title or ''} ({d.published or 'undated'}; {d.outlet or 'unknown outlet'})",
                  highlight=False)
    t = Table(title="Actors", title_justify="left")
    for c in ("actor", "type", "country", "code", "mentions"):
        t.add_column(c, overflow="fold")
    for a in an.actors:
        t.add_row(a.name, a.type, a.country or "", a.code or "", str(len(a.mentions)))
    console.print(t)
    if an.events:
        t = Table(title="Events", title_justify="left")
        for c in ("type", "cameo", "source", "target", "status", "date", "trigger"):
            t.add_column(c, overflow="fold")
        for e in an.events:
            trig = d.text[e.trigger[0]:e.trigger[1]] if e.trigger else ""
            t.add_row(e.plover, e.cameo or "", _names(an, e.source), _names(an, e.target), e.status, e.date or "", trig)
        console.print(t)
    if an.attributions:
        t = Table(title="Attributions", title_justify="left")
        for c in ("source", "kind", "stance", "cue", "content"):
            t.add_column(c, overflow="fold")
        for q in an.attributions:
            src = " / ".join(d.text[s:e] for s, e in q.sources)
            cue = d.text[q.cue[0]:q.cue[1]] if q.cue else ""
            content = " … ".join(d.text[s:e] for s, e in q.contents)
            t.add_row(src, q.source_kind + (f" ({q.count})" if q.count else ""), q.stance, cue,
                      content[:160] + ("…" if len(content) > 160 else ""))
        console.print(t)
    if an.designations:
        t = Table(title="Designations", title_justify="left")
        for c in ("designator", "designee", "status", "date"):
            t.add_column(c)
        for g in an.designations:
            t.add_row(_names(an, [g.designator]), _names(an, [g.designee]), g.status, g.date or "")
        console.print(t)
