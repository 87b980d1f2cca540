"""Linking events and designations to the attributions that carry them (issue 5)."""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.records import Attribution, Designation, Event


def link_events_to_attributions(doc: Doc, events: list[Event], designations: list[Designation],
                                attributions: list[Attribution]) -> None:
    """An event inside an attribution's content span lists that attribution's id."""
    for ev in events:
        if ev.trigger is None:
            continue
        s, e = ev.trigger
        for att in attributions:
            if any(cs <= s and e <= ce for cs, ce in att.contents) and att.id not in ev.attributions:
                ev.attributions.append(att.id)
