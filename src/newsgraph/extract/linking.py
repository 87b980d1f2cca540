"""Linking events and designations to the attributions that carry them (issue 5).

An event rests on an attribution when its trigger lies

- inside one of the attribution's content spans ("X said [that Iran ...]"), or
- in a sentence the attribution scopes: a sentence-final cue ("..., the sources said.", "...,
  according to two sources.") scopes its whole sentence; when that sentence closes a paragraph, it
  also scopes the paragraph's earlier sentences that carry no attribution of their own (reporters
  write "X did A. X also did B, the sources said." meaning both rest on the sources).

A designation rests on the attributions of its events (with no events: on those scoping its sentence). Anything
left with no attribution is the outlet's own assertion.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.attribution_quotes import paragraphs
from newsgraph.records import Attribution, Designation, Event, Span


def attribution_scopes(doc: Doc, attributions: list[Attribution]) -> dict[str, list[Span]]:
    """Character ranges each attribution vouches for: contents, plus the sentence (and paragraph)
    a sentence-final cue scopes."""
    text = doc.text  # Doc.text joins every token on each access: read it once
    paras = paragraphs(text)
    scopes: dict[str, list[Span]] = {}
    for att in attributions:
        ranges: list[Span] = list(att.contents)
        if att.cue is not None and att.contents:
            sent = doc.char_span(att.cue[0], att.cue[1], alignment_mode="expand")
            if sent is not None:
                s = sent[0].sent
                content_start = min(c[0] for c in att.contents)
                if s.start_char <= content_start < att.cue[0] and max(c[1] for c in att.contents) <= att.cue[0] + 1 \
                        and _leading(text, s.start_char, content_start):
                    ranges.append((s.start_char, s.end_char))
                    para = next(((ps, pe) for ps, pe in paras if ps <= s.start_char < pe), None)
                    if para is not None and text[s.end_char:para[1]].strip() == "":
                        ranges.append((para[0], s.start_char))
        scopes[att.id] = ranges
    return scopes


def _leading(text: str, sent_start: int, content_start: int) -> bool:
    """The content starts the sentence (only quotes, spaces or an opening phrase before it)."""
    return not any(ch.isalnum() for ch in text[sent_start:content_start])


def _covering(scopes: dict[str, list[Span]], s: int, e: int, direct_only: bool) -> list[str]:
    out: list[str] = []
    for aid, ranges in scopes.items():
        candidates = ranges[:1] if direct_only else ranges
        if any(rs <= s and e <= re_ for rs, re_ in candidates):
            out.append(aid)
    return out


def link_events_to_attributions(doc: Doc, events: list[Event], designations: list[Designation],
                                attributions: list[Attribution]) -> None:
    """Fill ``Event.attributions`` and ``Designation.attributions`` (ids, document order)."""
    if not attributions:
        return
    scopes = attribution_scopes(doc, attributions)
    content_scopes = {a.id: list(a.contents) for a in attributions}
    sentence_scopes = {aid: [r for r in rs[len(content_scopes[aid]):][:1]] for aid, rs in scopes.items()}
    paragraph_scopes = {aid: rs[len(content_scopes[aid]) + 1:] for aid, rs in scopes.items()}
    for ev in events:
        if ev.trigger is None:
            continue
        s, e = ev.trigger
        ids = _covering(content_scopes, s, e, False) or _covering(sentence_scopes, s, e, False) \
            or _covering(paragraph_scopes, s, e, False)
        for aid in ids:
            if aid not in ev.attributions:
                ev.attributions.append(aid)
    by_id = {ev.id: ev for ev in events}
    for des in designations:
        ids: list[str] = []
        for eid in des.events:
            ev = by_id.get(eid)
            if ev is not None:
                ids.extend(a for a in ev.attributions if a not in ids)
        if des.sentence is not None and not des.events:
            s, e = des.sentence
            mid = (s + e) // 2
            for group in (content_scopes, sentence_scopes, paragraph_scopes):
                found = [aid for aid, rs in group.items() if any(rs_ <= mid < re_ for rs_, re_ in rs)]
                if found:
                    ids.extend(a for a in found if a not in ids)
                    break
        for aid in ids:
            if aid not in des.attributions:
                des.attributions.append(aid)
