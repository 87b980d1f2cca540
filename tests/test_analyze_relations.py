"""Stated relations extracted from text (invented sentences), stored and read back."""
from __future__ import annotations

import pytest

from newsgraph.store import Store
from newsgraph.store import queries as Q

CASES = [
    ("Washington wants La Paz to list Hezbollah and Hamas, both of which it considers proxies of Tehran.",
     {("Hezbollah", "proxy_of", "IRN"), ("Hamas", "proxy_of", "IRN")}),
    ("The Quds Force, an IRGC branch, runs operations abroad.", {("Quds Force", "branch_of", "IRGC")}),
    ("U.S. ally Ecuador designated the group.", {("Ecuador", "ally_of", "USA")}),
    ("Officials said Paraguay has become an important base for Iran's intelligence operations.",
     {("Iran", "present_in", "PRY")}),
    ("Venezuela and Iran had long been allies.", {("Venezuela", "ally_of", "IRN"), ("Iran", "ally_of", "VEN")}),
    ("Nicaragua and Bolivia have long served as Tehran's main nodes in the hemisphere.",
     {("IRN", "present_in", "NIC"), ("IRN", "present_in", "BOL")}),
    ("Hezbollah, Iran's main proxy, has a presence in Venezuela.",
     {("Hezbollah", "proxy_of", "IRN"), ("Hezbollah", "present_in", "VEN")}),
]


def _label(a) -> str:
    if a.type in ("country", "government") and a.country:
        return a.country if a.type == "government" else a.name
    return "IRGC" if a.kb_id == "org:irgc" else a.name


def _norm(an) -> set[tuple[str, str, str]]:
    out = set()
    for r in an.relations:
        if r.negated:
            continue
        s, t = an.actor(r.source), an.actor(r.target)
        tl = t.country if t.type in ("country", "government") and t.country and t.kb_id != s.kb_id else _label(t)
        out.add((_label(s), r.relation, tl))
    return out


@pytest.mark.parametrize("text, expected", CASES)
def test_relations_from_sentences(analyze_text, text, expected):
    got = _norm(analyze_text(text, "2026-01-10"))
    assert expected <= got, got


def test_negated_relation_and_attribution(analyze_text):
    an = analyze_text("Hamas is not a proxy of Iran, its spokesman said.", "2026-01-10")
    [r] = an.relations
    assert r.relation == "proxy_of" and r.negated
    assert an.document.text[r.cue[0]:r.cue[1]] == "proxy"
    assert r.attributions, "the relation sits in the spokesman's statement"


def test_relations_are_stored(analyze_text, tmp_path):
    an = analyze_text("Hezbollah operates in Venezuela, officials said.", "2026-01-10", doc_id="rel1")
    an.document.content_hash = "rel1"
    with Store(tmp_path / "r.db") as st:
        st.write_batch([an])
        [row] = Q.relation_rows(st)
        assert row["relation"] == "present_in" and row["source"] == "org:hezbollah"
        assert row["sentence_text"].startswith("Hezbollah operates in Venezuela")
        assert Q.relation_rows(st, as_of="2026-01-09") == []
