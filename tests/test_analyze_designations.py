"""Designation map as of a date: both sides of every date, evidence, history, output formats."""
from __future__ import annotations

import csv
import io
import json

import pytest
from analyze_fixtures import corpus, doc_id, write
from conftest import run_cli

from newsgraph.analyze import cell_history, designation_map, status_matrix
from newsgraph.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("designations") / "an.db"
    with Store(path) as st:
        write(st, corpus())
    return path


@pytest.fixture()
def store(db):
    with Store(db) as st:
        yield st


ECU = {"Islamic Revolutionary Guard Corps": "designated", "Hamas": "designated", "Hezbollah": "designated"}
BOL = {"Islamic Revolutionary Guard Corps": "pressed", "Hamas": "pressed", "Hezbollah": "pressed"}


@pytest.mark.parametrize("as_of, expected", [
    ("2025-06-01", {}),
    # stated date 2025-09-11, first published 2025-09-12: not known on the 11th
    ("2025-09-11", {}),
    ("2025-09-12", {"Ecuador": ECU}),
    ("2025-09", {"Ecuador": ECU}),  # a partial date covers its period
    # the "still considering" report is published on 2026-01-20; the designation is reported on the 24th
    ("2026-01-19", {"Ecuador": ECU}),
    ("2026-01-20", {"Ecuador": ECU, "Argentina": {"Quds Force": "considering"}}),
    ("2026-01-23", {"Ecuador": ECU, "Argentina": {"Quds Force": "considering"}}),
    # the latest dated fact wins: "still considering" (dated the 20th) is later than "designated on the 16th"
    ("2026-01-24", {"Ecuador": ECU, "Argentina": {"Quds Force": "considering"}, "Bolivia": BOL}),
    (None, {"Ecuador": ECU, "Argentina": {"Quds Force": "considering"}, "Bolivia": BOL}),
])
def test_as_of_both_sides_of_each_date(store, as_of, expected):
    assert status_matrix(designation_map(store, as_of=as_of)) == expected


def test_cell_evidence_dates_and_syndication(store):
    m = designation_map(store, as_of="2026-01-24")
    ecu = m.cell("country:ECU", "org:irgc")
    assert ecu.status == "designated" and ecu.date == "2025-09-11"
    # three documents, one a syndicated copy: two independent reports, originals shown first
    assert ecu.reports == 2
    assert ecu.evidence[0].duplicate_of is None
    assert {e.doc_id for e in ecu.evidence} == {doc_id("ecu-wire"), doc_id("ecu-copy"), doc_id("ecu-daily")}
    for e in ecu.evidence:
        doc = store.document(e.doc_id)
        assert doc.text[e.sentence[0]:e.sentence[1]] == e.text and "Ecuador designated" in e.text
        assert "Jane Roe (interior minister)" in e.attribution and e.outlet in ("Andes Wire", "Coast Herald", "Quito Daily")
    bol = m.cell("country:BOL", "org:hamas")
    assert [p.name for p in bol.pressed_by] == ["United States"]
    assert bol.evidence[0].attribution == "two officials familiar with the talks (2 anonymous sources)"
    # "still considering", published after the date of the designation reported elsewhere: contested
    arg = m.cell("country:ARG", "org:quds-force")
    assert arg.status == "considering" and arg.contested and arg.date == "2026-01-20"
    assert [e.outlet for e in arg.evidence] == ["Pampa Post", "Andes Wire"]  # both sides, the winner first
    assert not ecu.contested and not m.cell("country:ARG", "org:quds-force").pressed_by
    # corroboration of each claim: components, score and reasons
    c = ecu.corroboration
    assert (c.independent_outlets, c.syndicated_copies, c.named_sources, c.official_confirmation) == (2, 1, 2, True)
    assert c.level == "strong" and any("Jane Roe" in r for r in c.reasons)
    assert bol.corroboration.anonymous_sources == 2 and bol.corroboration.level == "single report"
    assert arg.corroboration.level == "contested"


def test_designee_filter_by_alias_and_history(store):
    m = designation_map(store, designee="Quds Force")
    assert [(c.designator.name, c.designee.name) for c in m.cells] == [("Argentina", "Quds Force")]
    hist = cell_history(store, "country:ARG", "org:quds-force")
    assert [(h.status, h.fact_date) for h in hist] == [("designated", "2026-01-16"), ("considering", "2026-01-20")]
    assert [h.status for h in cell_history(store, "country:ARG", "org:quds-force", as_of="2026-01-21")] == ["considering"]
    assert m.jurisdictions[0].id == "country:ARG" and m.organisations[0].id == "org:quds-force"


def test_cli_formats_parse(db):
    r = run_cli("designations", "--db", str(db), "--as-of", "2026-01-24", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == 7 and {r_["designator"] for r_ in rows} == {"Ecuador", "Argentina", "Bolivia"}
    assert {r_["contested"] for r_ in rows if r_["designator"] == "Argentina"} == {"True"}
    assert all(r_["evidence"] for r_ in rows)
    js = json.loads(run_cli("designations", "--db", str(db), "--as-of", "2025-06-01", "-f", "json").stdout)
    assert js["cells"] == [] and js["as_of"] == "2025-06-01"
    js = json.loads(run_cli("designations", "--db", str(db), "--designee", "Hamas", "-f", "json", "--history").stdout)
    assert {c["designator"]["name"] for c in js["cells"]} == {"Ecuador", "Bolivia"}
    assert all(c["history"] for c in js["cells"])
    # piped without --format: CSV
    piped = run_cli("designations", "--db", str(db), "--history")
    assert next(csv.reader(io.StringIO(piped.stdout)))[:3] == ["designator", "designee", "status"]
    bad = run_cli("designations", "--db", str(db), "--as-of", "January", check=False)
    assert bad.returncode != 0 and "--as-of" in bad.stderr
    missing = run_cli("designations", "--db", str(db) + ".nope", check=False)
    assert missing.returncode != 0 and "no such database" in missing.stderr
    garbage = db.parent / "garbage.db"
    garbage.write_text("not a database\n", encoding="utf-8")
    bad = run_cli("network", "--db", str(garbage), check=False)
    assert bad.returncode == 1 and "cannot open the database" in bad.stderr
    assert garbage.read_text(encoding="utf-8") == "not a database\n"  # left as it was


def test_state_bodies_undated_background_and_stage_ties(tmp_path):
    """A cabinet's designation is its country's; an undated fact only fills an empty cell; same-day
    facts go to the later report, then the later stage."""
    from analyze_fixtures import Doc

    a = Doc("pry-bg", "The Paraguayan cabinet already lists Hezbollah and Hamas as terrorist groups.", "2024-05-02",
            "Chaco Times")
    cab = a.actor("Paraguayan cabinet", "government", "PRY")
    a.designation(cab, a.actor("hezbollah"), "designated", "already lists")
    a.designation(cab, a.actor("hamas"), "designated", "already lists")
    b = Doc("pry-new", "Paraguay is considering listing Hamas, the interior ministry said in March.", "2024-06-01",
            "Chaco Times")
    b.designation(b.actor("PRY"), b.actor("hamas"), "considering", "is considering", date="2024-03")
    c = Doc("pry-press", "The United States pressed Paraguay on Hamas on 2 March; Paraguay said it was "
            "considering the step.", "2024-06-03", "River Post")
    c.designation(c.actor("PRY"), c.actor("hamas"), "pressed", "pressed Paraguay", date="2024-03-02",
                  pressed_by=c.actor("USA"))
    with Store(tmp_path / "p.db") as st:
        write(st, [a, b])
        m = designation_map(st, as_of="2024-12-31")
        # Hezbollah: only the undated background fact, dated by its report
        hz = m.cell("country:PRY", "org:hezbollah")
        assert (hz.designator.name, hz.status, hz.date) == ("Paraguay", "designated", "2024-05-02")
        # Hamas: the dated fact wins over the undated one, whatever the publication order
        assert m.cell("country:PRY", "org:hamas").status == "considering"
        assert designation_map(st, as_of="2024-05-31").cell("country:PRY", "org:hamas").status == "designated"
        write(st, [c])
        # 2024-03-02 is later than "2024-03" (a partial date counts from its first day)
        assert designation_map(st).cell("country:PRY", "org:hamas").status == "pressed"
        # history by fact date (the undated fact sits at its publication day)
        assert [h.status for h in cell_history(st, "Paraguay", "Hamas")] == ["considering", "pressed", "designated"]
        assert designation_map(st, designator="Paraguayan cabinet").jurisdictions[0].name == "Paraguay"


def _summary(m):
    return [(c.designator.id, c.designee.id, c.status, c.date, c.reports, c.contested,
             [p.id for p in c.pressed_by][:1], c.evidence[0].record_id if c.evidence else None) for c in m.cells]


@pytest.mark.parametrize("readonly", [False, True])
def test_materialised_cells_agree_with_the_direct_aggregate(db, tmp_path, monkeypatch, readonly):
    """Large stores read the map from designation_cells: same statuses, dates, counts and flags."""
    import shutil

    from newsgraph.analyze import designations as D

    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    dates = [None, "2025-06-01", "2025-09-12", "2026-01-20", "2026-01-23", "2026-01-24"]
    with Store(copy) as st:
        direct = {d: _summary(designation_map(st, as_of=d, evidence_limit=1)) for d in dates}
    monkeypatch.setattr(D, "MATERIALISE_ABOVE", 0)
    with Store(copy, readonly=readonly) as st:
        for d in dates:
            assert _summary(designation_map(st, as_of=d)) == direct[d], d
        assert [c.designee.name for c in designation_map(st, designee="Hamas").cells] == ["Hamas", "Hamas"]
    if not readonly:
        with Store(copy, readonly=True) as st:  # saved and reused
            assert st.query("SELECT COUNT(*) FROM designation_cells")[0][0] > 0
            assert _summary(designation_map(st, as_of="2026-01-24")) == direct["2026-01-24"]


def test_reference_rule_agrees_with_the_map(store):
    """decide_cell (the rule over plain facts) gives every cell's status and date at every date."""
    from newsgraph.analyze.designations import decide_cell

    for as_of in (None, "2025-09-11", "2025-09-12", "2026-01-20", "2026-01-24"):
        for c in designation_map(store, as_of=as_of).cells:
            facts = [{"status": h.status, "date": h.date, "published": h.published}
                     for h in cell_history(store, c.designator.id, c.designee.id)]
            win = decide_cell(facts, as_of)
            assert win["status"] == c.status and (win["date"] or win["published"][:10]) == c.date, (as_of, c)


def test_pressers_are_shown_as_the_parties_they_speak_for(tmp_path):
    """'U.S. officials', the US government and Secretary Pompeo pressing Chile are one presser: the
    United States (an office holder by the KB's dated roles)."""
    from analyze_fixtures import Doc

    from newsgraph.records import Actor

    docs = []
    for key, name, type_, kb_id in (("p-officials", "U.S. officials", "government", None),
                                    ("p-pompeo", "Mike Pompeo", "person", "person:mike-pompeo")):
        d = Doc(key, f"{name} urged Chile to designate Hezbollah as a terrorist organization.", "2019-07-20", "Wire")
        d.actors["p1"] = Actor(id="p1", name=name, type=type_, country="USA", kb_id=kb_id, mentions=d._mention(name))
        chl = d.actor("Chile", "country", "CHL")
        d.designation(chl, d.actor("hezbollah"), "pressed", "urged Chile", date="2019-07-20", pressed_by="p1")
        docs.append(d)
    with Store(tmp_path / "p.db") as st:
        write(st, docs)
        cells = designation_map(st).cells
    assert [(c.designee.name, [p.name for p in c.pressed_by]) for c in cells] == [("Hezbollah", ["United States"])]
