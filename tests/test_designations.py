"""Terrorist designations: phrasing variants, statuses, inheritance, and the seed facts via score.py."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SHARED, run_cli

PUB = "2026-01-24"


def _facts(analyze_text, text):
    an = analyze_text(text, PUB)
    names = {a.id: a for a in an.actors}
    return {(names[d.designator].country or names[d.designator].name, names[d.designee].name, d.status, d.date)
            for d in an.designations}, an


@pytest.mark.parametrize("text,expected", [
    ("Britain proscribed Hamas in 2021.", ("GBR", "Hamas", "designated", "2021")),
    ("Paraguay designated Hezbollah as a terrorist organization last week.", ("PRY", "Hezbollah", "designated", "2026-01")),
    ("Canada listed the IRGC as a terrorist entity in June.", ("CAN", "Islamic Revolutionary Guard Corps", "designated", "2025-06")),
    ("The European Union decided to label the IRGC a terrorist organization.",
     ("European Union", "Islamic Revolutionary Guard Corps", "designated", None)),
    ("Chile banned Hezbollah as a terrorist group.", ("CHL", "Hezbollah", "designated", None)),
    ("Colombia's terrorist designation of Hamas drew criticism.", ("COL", "Hamas", "designated", None)),
    ("Paraguay will designate Hamas as a terrorist organization.", ("PRY", "Hamas", "announced_intent", None)),
    ("Mexico refused to designate Hezbollah as a terrorist group.", ("MEX", "Hezbollah", "rejected", None)),
    ("Kenya revoked the terrorist designation of Hamas last year.", ("KEN", "Hamas", "revoked", "2025")),
    ("Peru also designated Hamas as a terrorist organization.", ("PER", "Hamas", "expanded", None)),
])
def test_designation_phrasing_and_status(analyze_text, text, expected):
    facts, _an = _facts(analyze_text, text)
    country, designee, status, date = expected
    got = {f for f in facts if f[1] == designee}
    assert got, facts
    f = next(iter(got))
    assert (f[2], f[3]) == (status, date)
    assert f[0] == country


def test_pressed_names_the_presser(analyze_text):
    an = analyze_text("The United States wants Colombia to designate Hamas as a terrorist organization.", PUB)
    names = {a.id: a for a in an.actors}
    (d,) = an.designations
    assert d.status == "pressed" and names[d.designator].country == "COL"
    assert names[d.pressed_by].country == "USA" and d.date == "2026-01"
    req = next(e for e in an.events if e.plover == "REQUEST")
    assert req.id in d.events  # linked to the designation act and the request around it


def test_considering_inherits_designees_of_the_last_push(analyze_text):
    text = ("Washington is pushing Colombia to designate Hamas and Hezbollah as terrorist organizations. "
            "Ecuador designated the Quds Force as a terrorist group in May. "
            "U.S. diplomats have discussed pushing for terrorist designations in Uruguay and Paraguay.")
    facts, _an = _facts(analyze_text, text)
    considering = {(c, d) for c, d, s, _ in facts if s == "considering"}
    assert considering == {("URY", "Hamas"), ("URY", "Hezbollah"), ("PRY", "Hamas"), ("PRY", "Hezbollah")}
    assert ("ECU", "Quds Force", "designated", "2025-05") in facts


def test_no_designation_without_terror_context(analyze_text):
    facts, _an = _facts(analyze_text, "Chile banned plastic bags and listed Hezbollah among its concerns.")
    assert facts == set()


def test_seed_facts_via_reference_scorer(tmp_path):
    score = SHARED / "eval" / "score.py"
    gold = SHARED / "seed" / "expected.json"
    inp, pred = tmp_path / "in.jsonl", tmp_path / "pred.jsonl"
    inp.write_text(subprocess.run([sys.executable, str(score), "input", str(gold)], capture_output=True, text=True,
                                  check=True).stdout, encoding="utf-8")
    run_cli("analyze", str(inp), "-o", str(pred))
    out = subprocess.run([sys.executable, str(score), "facts", str(gold), str(pred)], capture_output=True,
                         text=True, check=True).stdout
    summary = json.loads(out[: out.rindex("}") + 1])
    assert summary["designations"]["r"] == 1.0, summary["missed"]
    assert summary["designation_status_accuracy"] == 1.0
    assert summary["designation_date_accuracy"] == 1.0
    assert summary["requests"]["r"] == 1.0, summary["missed"]


@pytest.mark.parametrize("text,expected", [
    ("Australia added Hezbollah to its list of terrorist organizations in 2021.", ("AUS", "Hezbollah", "designated", "2021")),
    ("Kenya removed Hamas from its terrorism list.", ("KEN", "Hamas", "revoked", None)),
    ("Britain lifted the terrorist designation of Hamas.", ("GBR", "Hamas", "revoked", None)),
    ("Chile is considering designating Hezbollah as a terrorist organization.", ("CHL", "Hezbollah", "considering", "2026-01")),
    ("Honduras is planning to blacklist Hezbollah.", ("HND", "Hezbollah", "announced_intent", None)),
    ("Guatemala branded Hezbollah a terrorist organization last month.", ("GTM", "Hezbollah", "designated", "2025-12")),
    ("Colombia expanded its terrorist designations to include the IRGC.",
     ("COL", "Islamic Revolutionary Guard Corps", "expanded", None)),
])
def test_more_designation_variants(analyze_text, text, expected):
    facts, _an = _facts(analyze_text, text)
    assert expected in facts, facts


def test_rejected_calls_name_who_pressed(analyze_text):
    an = analyze_text("Brazil rejected U.S. calls to designate Hezbollah as a terrorist organization.", PUB)
    names = {a.id: a for a in an.actors}
    (d,) = an.designations
    assert (names[d.designator].country, names[d.designee].name, d.status) == ("BRA", "Hezbollah", "rejected")
    assert names[d.pressed_by].country == "USA"


@pytest.mark.parametrize("text,expected", [
    # an announced act takes the announcement's date
    ("Britain will ban Hezbollah as a terrorist group, the government said on Monday.",
     ("GBR", "Hezbollah", "announced_intent", "2026-01-19")),
    # "last month" dates Argentina's step, not Paraguay's (present perfect: the reporting period)
    ("Paraguay has designated Hamas as a terrorist organization, following a similar step by Argentina last month.",
     ("PRY", "Hamas", "designated", "2026-01")),
    # the participle of a nominal designation dates it
    ("Argentina's designation of Hamas as a terrorist organization, published last week, angered Tehran.",
     ("ARG", "Hamas", "designated", "2026-01")),
])
def test_designation_dates(analyze_text, text, expected):
    facts, _an = _facts(analyze_text, text)
    assert expected in facts, facts


def test_same_step_names_another_designator(analyze_text):
    facts, _an = _facts(analyze_text, "Paraguay has designated Hezbollah as a terrorist organisation, following a "
                                      "similar step by neighbouring Argentina last month.")
    assert ("PRY", "Hezbollah", "designated", "2026-01") in facts
    assert ("ARG", "Hezbollah", "designated", "2025-12") in facts
    facts, _an = _facts(analyze_text, "Honduras has declared Hezbollah a terrorist organisation, its government "
                                      "said, a day after a meeting at which Colombia announced the same step.")
    assert {("HND", "Hezbollah"), ("COL", "Hezbollah")} <= {(f[0], f[1]) for f in facts}


@pytest.mark.parametrize("text", [
    "Peru designated Hamas as a terrorist organization last week. Bolivia rejected the designation as a provocation.",
    "Peru designated Hamas as a terrorist organization last week. Chile had encouraged the designation for months.",
    "Peru designated Hamas as a terrorist organization last week. Bolivia welcomed the listing.",
])
def test_a_stance_on_someone_elses_designation_is_not_a_designation(analyze_text, text):
    facts, _an = _facts(analyze_text, text)
    assert {(f[0], f[1]) for f in facts} == {("PER", "Hamas")}, facts


def test_removing_people_is_not_a_delisting(analyze_text):
    text = ("Colombia designated Hezbollah as a terrorist organization. Washington is pressing Colombia to "
            "remove suspected Iranian agents from the country.")
    facts, _an = _facts(analyze_text, text)
    assert {(f[0], f[1], f[2]) for f in facts} == {("COL", "Hezbollah", "designated")}, facts


def test_a_state_does_not_designate_its_own_organs(analyze_text):
    # "the country" is easily read as Iran here; Iran never designates its own Quds Force
    text = ("Peru's designation of Iran's Quds Force as a terrorist organization, published last week, is the "
            "first time the country has listed an arm of a foreign state.")
    facts, _an = _facts(analyze_text, text)
    assert ("PER", "Quds Force") in {(f[0], f[1]) for f in facts}
    assert not {f for f in facts if f[0] == "IRN"}, facts


def test_every_member_of_the_object_phrase_is_a_designee(analyze_text):
    facts, _an = _facts(analyze_text, "Chile has designated the Lebanese group Hezbollah and the Palestinian group "
                                      "Hamas as terrorist organisations.")
    assert {("CHL", "Hezbollah"), ("CHL", "Hamas")} <= {(f[0], f[1]) for f in facts}, facts


def test_list_continuation_with_appositions(analyze_text):
    text = ("The United States on Thursday designated the Sinaloa Cartel as a foreign terrorist organization. "
            "The list also includes Venezuela's Tren de Aragua, the MS-13 street gang, and the Gulf Cartel.")
    facts, _an = _facts(analyze_text, text)
    assert {"Sinaloa Cartel", "Tren de Aragua", "MS-13", "Gulf Cartel"} <= {f[1] for f in facts if f[0] == "USA"}


def test_joining_others_on_the_reporting_verb(analyze_text):
    facts, _an = _facts(analyze_text, "Panama has designated Hezbollah a terrorist organization, its government "
                                      "said on Monday, joining Argentina and Paraguay in a regional trend.")
    assert {("PAN", "Hezbollah"), ("ARG", "Hezbollah"), ("PRY", "Hezbollah")} <= {(f[0], f[1]) for f in facts}


def test_already_listing_is_undated_background(analyze_text):
    facts, _an = _facts(analyze_text, "Britain will ban Hamas in full, the government said. The United States "
                                      "already lists Hamas as a terrorist organisation.")
    assert ("USA", "Hamas", "designated", None) in facts, facts


def test_a_wing_banned_years_ago_is_background_of_the_whole(analyze_text):
    text = ("Britain said on Monday it would ban Hezbollah as a terrorist group in its entirety. "
            "Britain outlawed Hezbollah's military wing in 2008.")
    facts, _an = _facts(analyze_text, text)
    assert {(f[0], f[1], f[2]) for f in facts} == {("GBR", "Hezbollah", "announced_intent")}, facts


def test_descriptions_of_people_are_never_designees(analyze_text):
    text = ("Ecuador designated Los Choneros as a terrorist organization in May. Officials presented the "
            "designations of the three Middle Eastern groups as a security measure.")
    facts, _an = _facts(analyze_text, text)
    assert {(f[0], f[1]) for f in facts} == {("ECU", "Los Choneros")}, facts


def test_an_agentless_designation_is_the_jurisdiction_being_reported(analyze_text):
    facts, _an = _facts(analyze_text, "Uruguay last week designated the Quds Force as a terrorist organization, "
                                      "adding it to a national registry created in 2019 to list Hezbollah.")
    assert {("URY", "Quds Force"), ("URY", "Hezbollah")} <= {(f[0], f[1]) for f in facts}, facts


def test_the_group_outlawed_is_the_last_armed_group_named(analyze_text):
    text = ("Lebanese politicians allied with Hezbollah condemned the decision on Friday. "
            "Berlin outlawed the group on Thursday and searched four associations.")
    facts, _an = _facts(analyze_text, text)
    assert ("DEU", "Hezbollah", "designated") in {(f[0], f[1], f[2]) for f in facts}, facts


def test_names_modifying_an_unnamed_head_are_designees(analyze_text):
    an = analyze_text("U.S. officials have asked Peru's government to declare Iran's Revolutionary Guards, "
                      "Hezbollah and Hamas terrorist organizations.", PUB)
    names = {a.id: a for a in an.actors}
    got = {(names[d.designator].country, names[d.designee].name, d.status) for d in an.designations}
    assert {("PER", n, "pressed") for n in ("Islamic Revolutionary Guard Corps", "Hezbollah", "Hamas")} <= got, got


def test_following_others_in_listing(analyze_text):
    text = ("Brazil will not designate Hamas as a terrorist organization, officials said. Israeli diplomats have "
            "urged Brasília to follow the United States and the European Union in listing the group.")
    an = analyze_text(text, PUB)
    names = {a.id: a for a in an.actors}
    got = {(names[d.designator].country or names[d.designator].name, names[d.designee].name, d.status):
           d for d in an.designations}
    assert ("BRA", "Hamas", "rejected") in got, got  # the pressure on Brazil merges into its refusal
    assert names[got[("BRA", "Hamas", "rejected")].pressed_by].country == "ISR"
    assert ("USA", "Hamas", "designated") in got and ("European Union", "Hamas", "designated") in got
    assert got[("USA", "Hamas", "designated")].date is None  # background: they had listed it before


def test_revocation_of_a_groups_designation(analyze_text):
    facts, _an = _facts(analyze_text, "The U.S. revocation of the Houthi movement's designation as a foreign "
                                      "terrorist organization took effect on Tuesday, the State Department said.")
    assert ("USA", "Ansar Allah", "revoked") in {(f[0], f[1], f[2]) for f in facts}, facts


def test_nominal_designations_with_their_agents(analyze_text):
    text = ("The pressure on Lima follows designations of Hezbollah and Hamas by Ecuador in September and of "
            "the Quds Force by Argentina this month.")
    facts, _an = _facts(analyze_text, text)
    got = {(f[0], f[1], f[2], f[3]) for f in facts}
    assert {("ECU", "Hezbollah", "designated", "2025-09"), ("ECU", "Hamas", "designated", "2025-09")} <= got, got
    assert ("ARG", "Quds Force") in {(f[0], f[1]) for f in facts}
    assert not {f for f in facts if f[0] == "ECU" and f[1] == "Quds Force"}


def test_extending_a_designation_to_a_whole_body(analyze_text):
    text = ("LIMA, Jan 21 (Andes Wire) — Peru is studying whether to extend last week's terrorist designation of "
            "Iran's Quds Force to the entire Islamic Revolutionary Guard Corps, two officials said.")
    facts, _an = _facts(analyze_text, text)
    got = {(f[0], f[1], f[2]) for f in facts}
    assert ("PER", "Islamic Revolutionary Guard Corps", "considering") in got, got
    assert ("PER", "Quds Force", "designated") in got, got


def test_the_government_of_a_report_is_its_datelines(analyze_text):
    text = ("SANTIAGO, Jan 21 (Andes Wire) — The government is considering designating Hezbollah as a terrorist "
            "organization, officials said. Such a move would put Chile in line with Argentina and Paraguay.")
    facts, _an = _facts(analyze_text, text)
    assert ("CHL", "Hezbollah", "considering") in {(f[0], f[1], f[2]) for f in facts}, facts


def test_a_similar_step_is_the_principal_designee_only(analyze_text):
    facts, _an = _facts(analyze_text, "Paraguay has designated Hezbollah and Hamas as terrorist organisations, "
                                      "following a similar step by neighbouring Argentina last month.")
    pairs = {(f[0], f[1]) for f in facts}
    assert {("PRY", "Hezbollah"), ("PRY", "Hamas"), ("ARG", "Hezbollah")} <= pairs, facts
    assert ("ARG", "Hamas") not in pairs


def test_a_similar_measure_being_studied_is_considering(analyze_text):
    text = ("Chile on Thursday designated Hezbollah a terrorist organization. Peru's government said it was "
            "studying a similar measure.")
    facts, _an = _facts(analyze_text, text)
    assert ("PER", "Hezbollah", "considering") in {(f[0], f[1], f[2]) for f in facts}, facts


def test_on_a_terrorism_list(analyze_text):
    text = ("Canada listed the IRGC as a terrorist entity on Wednesday. Canada cut ties with Tehran in 2012. "
            "The Guards' foreign arm, the Quds Force, was already on its terrorism list.")
    facts, _an = _facts(analyze_text, text)
    assert ("CAN", "Quds Force", "designated", None) in facts, facts
    facts, _an = _facts(analyze_text, "Iran designated U.S. forces as a terrorist organisation, hours after "
                                      "Washington put the Revolutionary Guards on its list of foreign terrorist "
                                      "organizations.")
    assert ("USA", "Islamic Revolutionary Guard Corps", "designated") in {(f[0], f[1], f[2]) for f in facts}, facts


def test_it_naming_a_group_a_terrorist_group_is_its_designation(analyze_text):
    text = ("Iran on Monday designated U.S. forces in the region as a terrorist organisation. Iran's top security "
            "body said it was naming U.S. Central Command a terrorist group.")
    facts, _an = _facts(analyze_text, text)
    assert ("IRN", "United States Central Command") in {(f[0], f[1]) for f in facts}, facts


def test_designating_verbs_no_event_carries(analyze_text):
    text = ("Canada has listed the IRGC as a terrorist entity, the minister announced on Wednesday. The listing "
            "makes it a crime to deal in its property. Border officers can bar its members. Police can act. "
            "Canada had listed the Guards' Quds Force, the unit responsible for operations abroad, in 2012.")
    facts, _an = _facts(analyze_text, text)
    assert ("CAN", "Quds Force", "designated", "2012") in facts, facts  # a part listed long before: own cell
    assert ("CAN", "Islamic Revolutionary Guard Corps") in {(f[0], f[1]) for f in facts}


def test_an_office_holder_designates_for_their_state(analyze_text):
    an = analyze_text("The United States was under pressure. Secretary of State Mike Pompeo has laid an order to "
                      "designate Hezbollah's allies and Hamas as terrorist organizations, officials said.",
                      "2019-07-10")
    names = {a.id: a for a in an.actors}
    got = {(names[d.designator].country, names[d.designee].name, d.status) for d in an.designations}
    assert ("USA", "Hamas", "announced_intent") in got, got


def test_a_state_is_not_its_own_presser(analyze_text):
    an = analyze_text("The Canadian government is pushing Canada's parliament to designate Hezbollah as a "
                      "terrorist organization. The United States wants Peru to designate Hamas as a terrorist "
                      "organization.", PUB)
    names = {a.id: a for a in an.actors}
    by = {names[d.designee].name: (names[d.pressed_by].country if d.pressed_by else None) for d in an.designations}
    assert by.get("Hezbollah", "missing") is None, by  # no "Canada pressed by Canada"
    assert by["Hamas"] == "USA"


def test_others_listing_the_organisation_of_the_report(analyze_text):
    text = ("Berlin outlawed Hezbollah on Thursday and searched four associations. Lebanese politicians "
            "condemned the move. The Netherlands and Britain already list the whole organisation.")
    facts, _an = _facts(analyze_text, text)
    got = {(f[0], f[1], f[3]) for f in facts}
    assert {("NLD", "Hezbollah", None), ("GBR", "Hezbollah", None)} <= got, facts
    facts, _an = _facts(analyze_text, "The Netherlands and Britain already list the whole menu in English.")
    assert facts == set()


@pytest.mark.parametrize("text,expected", [
    # the same sentence: the date of the clause saying when it took effect
    ("Peru condemned Chile's designation of Hezbollah as a terrorist group, which took effect on Tuesday.",
     ("CHL", "Hezbollah", "designated", "2026-01-20")),
    # a later sentence restating it with a definite noun
    ("Paraguay decided to list Hamas as a terrorist organization. The listing, which came into force on "
     "Thursday, drew protests.", ("PRY", "Hamas", "designated", "2026-01-22")),
    ("Kenya revoked the terrorist designation of Hamas. The decision took effect on January 2.",
     ("KEN", "Hamas", "revoked", "2026-01-02")),
    # an intent keeps its own date: "the move" that took effect is not the intent
    ("Paraguay will designate Hamas as a terrorist organization. The move took effect on Thursday.",
     ("PRY", "Hamas", "announced_intent", None)),
])
def test_designation_dated_when_it_took_effect(analyze_text, text, expected):
    facts, _an = _facts(analyze_text, text)
    assert expected in facts, facts


@pytest.mark.parametrize("text,expected,absent", [
    ("Washington decided to list several cartels as terrorist organizations. The U.S. list includes the "
     "Gulf Clan and Tren de Aragua.", ("USA", "Tren de Aragua", "designated", None), None),
    ("Canada's terrorism list also names the Houthis, officials said.", ("CAN", "Ansar Allah", "designated", None),
     None),
    # no owner and no designation before it: whose list is unknown
    ("The list includes Hamas, the minister said.", None, "Hamas"),
])
def test_a_list_its_owner_names(analyze_text, text, expected, absent):
    facts, _an = _facts(analyze_text, text)
    if expected:
        assert expected in facts, facts
    if absent:
        assert not any(f[1] == absent for f in facts), facts


def test_an_agentless_designation_is_the_reported_states(analyze_text):
    # no agent named; the only state body the report names is Britain's
    text = ("The listing of Hezbollah as a terrorist organisation came into force on Friday. "
            "The Home Office said membership now carries a prison term.")
    facts, _an = _facts(analyze_text, text)
    assert ("GBR", "Hezbollah", "designated", "2026-01-23") in facts, facts


def test_an_agentless_designation_in_a_report_on_two_states_has_no_designator(analyze_text):
    text = ("The listing of Hezbollah as a terrorist organisation came into force on Friday. Germany's interior "
            "ministry and France's foreign ministry both commented.")
    facts, _an = _facts(analyze_text, text)
    assert not any(f[1] == "Hezbollah" for f in facts), facts


@pytest.mark.parametrize("text,status", [
    ("Britain proscribed Hezbollah in its entirety on Friday.", "expanded"),
    ("The United States already lists Hezbollah as a whole as a terrorist organization.", "designated"),
])
def test_a_whole_organisation_listing_is_an_expansion_unless_it_is_standing(analyze_text, text, status):
    facts, _an = _facts(analyze_text, text)
    assert any(f[1] == "Hezbollah" and f[2] == status for f in facts), facts


@pytest.mark.parametrize("text,expected", [
    # each "of X by Y <date>" unit keeps its own agent and date, however the parser hangs them
    ("The pressure on Quito follows designations of Hezbollah and Hamas by Paraguay in August and of the "
     "Quds Force by Argentina this month.",
     {("PRY", "Hezbollah", "designated", "2025-08"), ("PRY", "Hamas", "designated", "2025-08"),
      ("ARG", "Quds Force", "designated", "2026-01")}),
    ("The move follows designations of Hamas by Peru and of Hezbollah by Chile.",
     {("PER", "Hamas", "designated", None), ("CHL", "Hezbollah", "designated", None)}),
])
def test_nominal_designations_unit_by_unit(analyze_text, text, expected):
    facts, _an = _facts(analyze_text, text)
    assert facts == expected


def test_a_ban_extended_to_the_whole_organisation_is_an_expansion(analyze_text):
    # no event carries "extending": the order's approver extends it, dated by the clause it hangs on
    text = ("Belonging to Hezbollah became a criminal offence in Britain on Friday, after Parliament approved a "
            "government order extending an existing ban on the group's armed wing to the whole organisation.")
    facts, _an = _facts(analyze_text, text)
    assert ("GBR", "Hezbollah", "expanded", "2026-01-23") in facts, facts


def test_groups_listed_alongside_are_on_the_same_list(analyze_text):
    text = ("Britain proscribed Hamas in its entirety on Friday. From today, the whole organisation is listed "
            "alongside groups such as Hezbollah and the Islamic State under the Terrorism Act 2000.")
    facts, _an = _facts(analyze_text, text)
    assert {("GBR", "Hezbollah", "designated", None), ("GBR", "Islamic State", "designated", None)} <= facts, facts
