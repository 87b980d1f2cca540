"""Story events across documents: syndicated copies counted once, contradictions, corroboration."""
from __future__ import annotations

import csv
import io
import json

import pytest
from analyze_fixtures import corpus, doc_id, write
from conftest import run_cli

from newsgraph.analyze import corroborate, story_events
from newsgraph.analyze.models import Evidence, Report, SourceRef
from newsgraph.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("stories") / "an.db"
    with Store(path) as st:
        write(st, corpus())
    return path


@pytest.fixture(scope="module")
def stories(db):
    with Store(db) as st:
        return story_events(st)


def _find(stories, **kw):
    out = [s for s in stories if all(
        (getattr(s, k).name if hasattr(getattr(s, k), "name") else getattr(s, k)) == v for k, v in kw.items())]
    assert len(out) == 1, [(s.plover, s.designee, s.status) for s in stories]
    return out[0]


def test_same_event_in_three_documents_with_a_syndicated_copy(stories):
    s = _find(stories, designee="Hezbollah", status="designated")
    assert s.kind == "designation" and s.plover == "SANCTION" and [a.name for a in s.source] == ["Ecuador"]
    assert set(s.documents) == {doc_id("ecu-wire"), doc_id("ecu-copy"), doc_id("ecu-daily")}
    assert [r.doc_id for r in s.syndicated] == [doc_id("ecu-copy")]
    assert s.outlets == ["Andes Wire", "Quito Daily"]  # the copy's outlet is not independent
    assert s.earliest.doc_id in (doc_id("ecu-wire"), doc_id("ecu-copy")) and s.earliest.published == "2025-09-12"
    assert s.sources_named == ["Ecuador", "Jane Roe"] and s.sources_anonymous == 0
    c = s.corroboration
    assert (c.reports, c.independent_outlets, c.syndicated_copies, c.named_sources) == (2, 2, 1, 2)
    assert c.official_confirmation and c.level == "strong" and c.score == 0.8
    assert any("syndicated copy counted once" in r for r in c.reasons)
    # three organisations designated in one sentence: three story events, not one
    assert len([x for x in stories if x.status == "designated" and x.source[0].name == "Ecuador"]) == 3


def test_denial_is_a_contradiction_with_both_sides(stories):
    s = _find(stories, plover="AID")
    assert len(s.reports) == 2 and len(s.contradictions) == 1
    con = s.contradictions[0]
    assert con.kind == "denial"
    assert con.claim.doc_id == doc_id("aid-claim") and con.counter.doc_id == doc_id("aid-denial")
    assert con.counter.status == "denied" and "Iran denied" in con.counter.evidence.text
    assert s.corroboration.level == "contested" and s.corroboration.denials == 1


def test_designated_versus_not_yet(stories):
    s = _find(stories, designee="Quds Force")
    assert s.status == "designated" and len(s.reports) == 2
    con = s.contradictions[0]
    assert con.kind == "status"
    assert con.claim.status == "designated" and con.counter.status == "considering"
    assert con.counter.outlet == "Pampa Post"


def test_pressure_story_anonymous_only_and_declines(stories):
    s = _find(stories, status="pressed")
    assert [a.name for a in s.designees] == ["Hamas", "Hezbollah", "Islamic Revolutionary Guard Corps"]
    assert [a.name for a in s.source] == ["United States"] and [a.name for a in s.target] == ["Bolivia"]
    c = s.corroboration
    assert c.anonymous_sources == 2 and c.named_sources == 0 and c.declined == 1
    assert c.level == "single report" and any("declined" in r for r in c.reasons)


def test_as_of_and_window(db):
    with Store(db) as st:
        assert not [s for s in story_events(st, as_of="2025-09-11") if s.status == "designated"]
        early = [s for s in story_events(st, as_of="2025-09-12") if s.status == "designated"]
        assert early and all(len(s.reports) == 2 for s in early)  # the Quito Daily report comes a day later
        # a zero-day window still joins same-day reports but the next day's report stands apart
        tight = [s for s in story_events(st, window=0) if s.designee and s.designee.name == "Hamas"
                 and s.status == "designated"]
        assert sorted(len(s.reports) for s in tight) == [3]  # same stated date 2025-09-11 in all three
        assert [s.designee.name for s in story_events(st, actor="Argentina")] == ["Quds Force"]


def _report(doc, outlet, sources, status="asserted", copy_of=None):
    ev = Evidence(doc_id=doc, record_id=doc + ":e1", sentence=(0, 1), text="x", attribution="", outlet=outlet,
                  sources=sources)
    return Report(record_id=doc + ":e1", doc_id=doc, outlet=outlet, published="2026-01-01", date=None,
                  status=status, evidence=ev, syndicated_of=copy_of)


def test_corroboration_score_components_and_reasons():
    anon = SourceRef(attribution_id="q1", kind="anonymous", count=3, name="three sources")
    many = [_report(f"d{i}", f"Outlet {i}", [anon]) for i in range(4)]
    c = corroborate(many)
    # four outlets would give 0.6, but anonymous-only sourcing caps the score at 0.5
    assert c.score == 0.5 and c.anonymous_sources == 12 and c.level == "moderate"
    assert any("anonymous sources only" in r for r in c.reasons)
    named = SourceRef(attribution_id="q2", kind="named_person", name="Ana Ruiz", actor_id="p:ana", role="minister")
    c = corroborate([_report("d1", "A", [named]), _report("d2", "A", [named], copy_of="d1")], official_ids={"p:ana"})
    assert (c.reports, c.independent_outlets, c.syndicated_copies) == (1, 1, 1)
    assert c.official_confirmation and c.score == 0.5 and c.official_sources == ["Ana Ruiz"]
    assert corroborate([_report("d1", "A", [])]).level == "single report"


def test_stories_cli_json_and_table(db):
    data = json.loads(run_cli("stories", "--db", str(db), "-f", "json").stdout)
    assert len(data) == 6 and all(s["corroboration"]["reasons"] for s in data)
    rows = list(csv.DictReader(io.StringIO(run_cli("stories", "--db", str(db), "-f", "csv", "--actor", "Iran").stdout)))
    assert [(r["type"], r["level"], r["contradictions"]) for r in rows] == [("AID", "contested", "1")]
    bad = run_cli("stories", "--db", str(db), "--actor", "Atlantis", check=False)
    assert bad.returncode == 1 and "no actor named 'Atlantis'" in bad.stderr
    table = run_cli("stories", "--db", str(db), "-f", "table")
    assert table.stdout.startswith("6 story events") and "┃" in table.stdout


def test_story_labels_name_the_presser_from_pressed_by_only(stories):
    labels = {s.label for s in stories if s.kind == "designation"}
    assert {"Ecuador designated Hamas", "Ecuador designated Hezbollah"} <= labels
    assert "Argentina designated Quds Force" in labels  # the designee is never shown as its presser
    assert ("Bolivia pressed to designate Hamas, Hezbollah, Islamic Revolutionary Guard Corps "
            "(pressed by United States)") in labels, labels
    pushed = next(s for s in stories if "pressed by" in s.label)
    assert [a.name for a in pushed.pressed_by] == ["United States"]
    assert all(not s.pressed_by for s in stories if s.label.startswith("Ecuador designated"))


def test_a_designation_story_is_its_own_designators_act(tmp_path):
    """An event that also carries background designations ("..., joining Argentina") or reads the
    designee as its source is labelled by the designators of its own act."""
    from analyze_fixtures import Doc

    d = Doc("gtm", "Peru has designated Hezbollah a terrorist organization, joining Argentina in a regional trend.",
            "2020-10-30", "Andes Wire")
    per, arg, hz = d.actor("Peru", "country", "PER"), d.actor("ARG"), d.actor("hezbollah")
    e = d.event("SANCTION", [per], [hz], "has designated", date="2020-10")
    d.designation(per, hz, "designated", "has designated", date="2020-10", events=[e])
    d.designation(arg, hz, "designated", "has designated", events=[e])
    d2 = Doc("rev", "The U.S. revocation of the Houthi movement's designation took effect on Tuesday.",
             "2021-02-17", "Gulf Wire")
    usa, houthis = d2.actor("USA"), d2.actor("Ansar Allah", "armed_group", "YEM")
    e2 = d2.event("COERCE", [houthis], [], "revocation", date="2021-02-16")
    d2.designation(usa, houthis, "revoked", "revocation", date="2021-02-16", events=[e2])
    with Store(tmp_path / "s.db") as st:
        write(st, [d, d2])
        labels = {s.label for s in story_events(st)}
    assert "Peru designated Hezbollah" in labels, labels
    assert "United States revoked Ansar Allah" in labels, labels
