"""Knowledge base: integrity of the packaged data, dated offices, languages, user extension."""
from __future__ import annotations

import json
import re
from collections import defaultdict

import pycountry
import pytest
from conftest import run_cli

from newsgraph.kb import DATA_DIR, KBError, load_kb

# Codes that are not ISO 3166 alpha-3 but are used on purpose (documented in countries.json notes)
EXTRA_ISO3 = {"XKX"}  # Kosovo
ISO3 = {c.alpha_3 for c in pycountry.countries} | EXTRA_ISO3
# PETRARCH/CAMEO prefixes that are not countries, and the sector/group codes used after them
CODE_PREFIXES = {"IGO", "IMG", "NGO", "MNC"}
SECTORS = {"GOV", "MIL", "REB", "SPY", "COP", "JUD", "LEG", "OPP", "MED", "BUS", "CRM", "NGO", "HRI", "UNO", "MUS",
           "ISI", "ELI", "INS", "SEP", "PTY"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@pytest.fixture(scope="module")
def data():
    return {n: json.loads((DATA_DIR / f"{n}.json").read_text(encoding="utf-8"))
            for n in ("countries", "organizations", "people")}


# ---- integrity -------------------------------------------------------------------------------------
def test_no_alias_names_two_actors_of_a_type_without_a_rule(kb):
    clashes = []
    for alias, actors in kb.by_alias.items():
        by_type = defaultdict(list)
        for a in actors:
            by_type[a.type].append(a)
        for typ, same in by_type.items():
            if len(same) > 1 and not all(a.disambiguation for a in same):
                clashes.append((alias, typ, [a.id for a in same]))
    assert clashes == []


def test_shared_aliases_are_ordered_by_their_rule(kb):
    # "CNI": Mexico's and Spain's intelligence centres; the document's country decides
    assert {a.id for a in kb.lookup("CNI")} == {"org:mexico-cni", "org:spain-cni"}
    assert kb.resolve("CNI", country="ESP").id == "org:spain-cni"
    assert kb.resolve("CNI", country="MEX").id == "org:mexico-cni"
    # equal once accents and case are folded: the exact spelling wins
    assert kb.lookup("IRA")[0].id == "org:ira" and kb.lookup("Irã")[0].id == "country:IRN"
    # "Aoun": two Lebanese presidents; the office held on the date decides
    assert kb.lookup("Aoun", "2020-06-01")[0].id == "person:michel-aoun"
    assert kb.lookup("Aoun", "2025-06-01")[0].id == "person:joseph-aoun"


def test_every_country_code_is_iso_or_documented(kb):
    bad = []
    for a in kb.actors.values():
        if a.country and a.country not in ISO3:
            bad.append((a.id, a.country))
        bad += [(a.id, b) for b in a.borders if b not in ISO3]
        bad += [(a.id, r.country) for r in a.roles if r.country and r.country not in ISO3]
    assert bad == []


def test_every_code_is_well_formed(kb):
    countries = {a.code for a in kb.actors.values() if a.type == "country"} | ISO3
    bad = []
    for a in kb.actors.values():
        if not a.code:
            continue
        head, rest = a.code[:3], a.code[3:]
        groups = [rest[i:i + 3] for i in range(0, len(rest), 3)]
        if (head not in countries and head not in CODE_PREFIXES) or len(rest) % 3 or len(groups) > 3:
            bad.append((a.id, a.code))
        elif head in countries and groups and groups[0] not in SECTORS:
            bad.append((a.id, a.code))
    assert bad == []


def test_parents_exist_without_cycles(kb):
    for a in kb.actors.values():
        if a.parent:
            assert kb.get(a.parent) is not None, a.id
            chain = [x.id for x in kb.ancestors(a.id)]
            assert a.id not in chain and len(chain) == len(set(chain))
        for r in a.roles:
            assert r.organization is None or kb.get(r.organization) is not None, a.id


def test_wikidata_ids_and_dates_are_well_formed(kb):
    for a in kb.actors.values():
        assert a.wikidata is None or re.fullmatch(r"Q\d+", a.wikidata), a.id
        for r in a.roles:
            for d in (r.start, r.end):
                assert d is None or DATE.match(d), (a.id, d)
            if r.start and r.end:
                n = min(len(r.start), len(r.end))
                assert r.start[:n] <= r.end[:n], (a.id, r)
            assert r.source, a.id


def test_wikidata_ids_are_unique(kb):
    seen: dict[str, str] = {}
    for a in kb.actors.values():
        if a.wikidata:
            assert a.wikidata not in seen, (a.id, seen.get(a.wikidata))
            seen[a.wikidata] = a.id


def test_capitals_name_one_country_and_clashing_ones_are_left_out(kb, data):
    owner: dict[str, str] = {}
    for a in kb.actors.values():
        for c in a.capitals:
            assert c not in owner, (c, owner.get(c), a.id)
            owner[c] = a.id
    assert kb.capital("Washington").id == "country:USA"
    assert kb.capital("La Paz").id == kb.capital("Sucre").id == "country:BOL"
    assert kb.capital("Tehran").country == "IRN" and kb.capital("Caracas").country == "VEN"
    # seat of the EU, a common first name, Lebanon's second city: not metonyms of their countries
    excluded = data["countries"]["notes"]["excluded_capitals"]
    for city in ("Brussels", "Sofia", "Tripoli"):
        assert city in excluded and kb.capital(city) is None


def test_borders_are_symmetric(kb):
    for a in kb.actors.values():
        for b in a.borders:
            assert a.country in kb.country(b).borders, (a.id, b)
    assert set(kb.country("BOL").borders) == {"ARG", "BRA", "CHL", "PER", "PRY"}
    assert set(kb.country("XKX").borders) == {"ALB", "MKD", "MNE", "SRB"}


# ---- coverage ----------------------------------------------------------------------------------------
def test_counts(kb):
    countries = [a for a in kb.actors.values() if a.type == "country"]
    assert sum(a.status == "un_member" for a in countries) == 193
    assert {"VAT", "PSE"} <= {a.country for a in countries if a.status == "un_observer"}
    assert {"TWN", "XKX", "ESH"} <= {a.country for a in countries}
    orgs = [a for a in kb.actors.values() if a.type not in ("country", "person")]
    assert len(orgs) >= 200
    people = [a for a in kb.actors.values() if a.type == "person"]
    assert len({r.country for p in people for r in p.roles if r.country}) >= 40


def test_un_members_have_names_demonyms_and_wikidata(kb):
    members = [a for a in kb.actors.values() if a.status == "un_member"]
    assert all(a.names.get("es") and a.names.get("pt") for a in members)
    assert sum(bool(a.demonyms) for a in members) >= 190
    assert sum(bool(a.wikidata) for a in members) == 193


@pytest.mark.parametrize("kb_id", [
    "org:irgc", "org:quds-force", "org:basij", "org:mois", "org:iran-armed-forces", "org:hezbollah",
    "org:hezbollah-military-wing", "org:hamas", "org:qassam-brigades", "org:pij", "org:houthis",
    "org:kataib-hezbollah", "org:asaib-ahl-al-haq", "org:isis", "org:al-qaeda", "org:aqap", "org:aqim",
    "org:al-shabaab", "org:jnim", "org:hts", "org:segunda-marquetalia", "org:emc", "org:eln", "org:pcc",
    "org:comando-vermelho", "org:tren-de-aragua", "org:cartel-de-los-soles", "org:sinaloa-cartel", "org:cjng",
    "org:ms-13", "org:mas-bolivia", "org:libre-honduras", "org:psuv", "org:mcc", "org:usaid", "org:oas", "org:nato",
    "org:mercosur", "org:celac", "org:arab-league", "org:interpol", "org:fatf", "org:mossad", "org:shin-bet",
    "org:mi6", "org:mi5", "org:gchq", "org:eeas", "org:european-council", "org:iaea", "org:ohchr",
    "org:reuters", "org:tasnim", "org:iran-mission-un",
])
def test_required_organisations(kb, kb_id):
    assert kb.get(kb_id) is not None


def test_every_state_of_the_americas_has_a_foreign_ministry(kb):
    americas = {"ATG", "ARG", "BHS", "BRB", "BLZ", "BOL", "BRA", "CAN", "CHL", "COL", "CRI", "CUB", "DMA", "DOM",
                "ECU", "SLV", "GRD", "GTM", "GUY", "HTI", "HND", "JAM", "MEX", "NIC", "PAN", "PRY", "PER", "KNA",
                "LCA", "VCT", "SUR", "TTO", "USA", "URY", "VEN"}
    have = {a.country for a in kb.actors.values() if a.kind == "foreign_ministry"}
    assert americas <= have


def test_parent_chains(kb):
    assert [a.id for a in kb.ancestors("org:quds-force")] == ["org:irgc", "org:iran-armed-forces"]
    assert [a.id for a in kb.ancestors("org:hezbollah-military-wing")] == ["org:hezbollah"]
    assert kb.get("org:qassam-brigades").parent == "org:hamas"


# ---- resolution data ---------------------------------------------------------------------------------
@pytest.mark.parametrize("name,kb_id,code", [
    ("Bolivian foreign ministry", "org:mfa-bol", "BOLGOV"),
    ("the Iranian mission to the United Nations", "org:iran-mission-un", "IRNGOV"),
    ("State Department", "org:us-state-department", "USAGOV"),
    ("Islamic Revolutionary Guards Corps", "org:irgc", "IRNMIL"),
    ("Quds Force", "org:quds-force", "IRNMIL"),
    ("U.S.", "country:USA", "USA"),
    ("Britain", "country:GBR", "GBR"),
    ("the Pentagon", "org:us-dod", "USAMIL"),
])
def test_names_resolve_with_codes(kb, name, kb_id, code):
    hit = kb.lookup(name)[0]
    assert (hit.id, hit.code) == (kb_id, code)


@pytest.mark.parametrize("name,kb_id", [
    ("Estados Unidos", "country:USA"), ("EE. UU.", "country:USA"), ("EUA", "country:USA"),
    ("Irán", "country:IRN"), ("Irã", "country:IRN"), ("Irão", "country:IRN"), ("Bolívia", "country:BOL"),
    ("Reino Unido", "country:GBR"), ("Guardia Revolucionaria", "org:irgc"), ("Naciones Unidas", "org:un"),
    ("Nações Unidas", "org:un"), ("Cancillería de Bolivia", "org:mfa-bol"), ("Itamaraty", "org:mfa-bra"),
    ("Departamento de Estado", "org:us-state-department"), ("hutíes", "org:houthis"),
])
def test_spanish_and_portuguese_names(kb, name, kb_id):
    assert kb.lookup(name)[0].id == kb_id


def test_demonyms_in_three_languages(kb):
    for word in ("Bolivian", "boliviano", "boliviana"):
        assert kb.demonym(word).country == "BOL"
    assert kb.demonym("iraní").country == kb.demonym("iraniano").country == "IRN"
    assert kb.demonym("estadounidense").country == "USA"
    assert kb.demonym("French").country == "FRA"  # not one of France's territories
    assert kb.demonym("Congolese").country == "COD"


# ---- dated offices -------------------------------------------------------------------------------------
@pytest.mark.parametrize("role,country,date,who", [
    ("president", "BOL", "2026-01-24", "person:rodrigo-paz"),
    ("president", "BOL", "2015-06-01", "person:evo-morales"),
    ("president", "BOL", "2020-03-01", "person:jeanine-anez"),
    ("president", "BOL", "2022-06-01", "person:luis-arce"),
    ("president", "BOL", "2025-11-08", "person:rodrigo-paz"),  # transfer day: the incoming holder
    ("president", "USA", "2026-01-24", "person:donald-trump"),
    ("president", "USA", "2022-01-01", "person:joe-biden"),
    ("secretary of state", "USA", "2026-01-24", "person:marco-rubio"),
    ("foreign minister", "USA", "2026-01-24", "person:marco-rubio"),
    ("foreign minister", "GBR", "2024-01-01", "person:david-cameron"),
    ("head of state", "IRN", "2026-01-24", "person:ali-khamenei"),
    ("head of government", "IRN", "2026-01-24", "person:masoud-pezeshkian"),
    ("foreign minister", "IRN", "2026-01-24", "person:abbas-araghchi"),
    ("prime minister", "ISR", "2026-01-24", "person:benjamin-netanyahu"),
    ("chancellor", "DEU", "2026-01-24", "person:friedrich-merz"),
])
def test_office_holder_on_a_date(kb, role, country, date, who):
    assert kb.office_holder(role, country, date).id == who


def test_bolivia_has_a_president_every_month_from_2006(kb):
    months = [f"{y}-{m:02d}-15" for y in range(2006, 2027) for m in range(1, 13) if f"{y}-{m:02d}" <= "2026-11"]
    missing = [d for d in months if d >= "2006-02" and kb.office_holder("president", "BOL", d) is None]
    assert missing == []


def test_fixed_terms_that_ended_have_no_invented_successor(kb):
    assert kb.office_holder("president", "COL", "2026-11-29") is None
    assert kb.office_holder("president", "COL", "2026-01-24").id == "person:gustavo-petro"


def test_surname_resolves_by_publication_date(kb):
    assert kb.lookup("Paz", "2026-01-24")[0].id == "person:rodrigo-paz"
    assert kb.lookup("Morales")[0].id == "person:evo-morales"
    assert kb.resolve("Arce", "2021-05-01", types=["person"]).id == "person:luis-arce"


def test_roles_carry_sources_and_notes_where_knowledge_may_be_stale(kb):
    maduro = kb.get("person:nicolas-maduro")
    open_ended = [r for r in maduro.roles if r.role == "president"][0]
    assert open_ended.end is None and open_ended.note
    assert all(r.source for p in kb.actors.values() for r in p.roles)


# ---- user extension ------------------------------------------------------------------------------------
def _write(path, payload):
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_user_files_override_ids_and_add_actors(tmp_path):
    first = _write(tmp_path / "a.json", {
        "organizations": [{"id": "org:andean-watch", "name": "Andean Watch Collective", "aliases": ["AWC"],
                           "type": "ngo", "country": "PER", "code": "PERNGO"},
                          {"id": "org:cia", "name": "Central Intelligence Agency", "aliases": ["the Agency"],
                           "type": "intelligence", "country": "USA", "code": "USASPY"}]})
    second = _write(tmp_path / "b.json", {
        "organizations": [{"id": "org:andean-watch", "name": "Andean Watch", "type": "ngo", "country": "BOL",
                           "code": "BOLNGO"}],
        "people": [{"id": "person:jane-roe", "name": "Jane Roe", "aliases": ["Roe"],
                    "roles": [{"role": "foreign minister", "country": "BOL", "start": "2030-01-01"}]}]})
    kb = load_kb([first, second])
    assert kb.get("org:andean-watch").country == "BOL"  # the later file wins
    assert kb.lookup("the Agency")[0].id == "org:cia" and kb.get("org:cia").user
    assert kb.office_holder("foreign minister", "BOL", "2030-06-01").id == "person:jane-roe"
    assert kb.get("country:BOL") is not None and len(kb) > 900  # the package is still there


def test_user_entry_replaces_the_packaged_one_of_the_same_name(tmp_path):
    path = _write(tmp_path / "kb.json", {"people": [
        {"id": "person:my-evo", "name": "Evo Morales", "roles": [{"role": "president", "country": "BOL",
                                                                 "start": "2006-01-22", "end": "2019-11-10"}]}]})
    kb = load_kb([path])
    assert kb.get("person:evo-morales") is None
    assert kb.office_holder("president", "BOL", "2010-01-01").id == "person:my-evo"


def test_user_kb_through_the_cli(tmp_path):
    path = _write(tmp_path / "mine.json", {"organizations": [
        {"id": "org:test-frente", "name": "Frente Andino de Prueba", "aliases": ["FAP"], "type": "armed_group",
         "country": "PER", "code": "PERREB", "parent": "org:shining-path"}]})
    proc = run_cli("actors", "--kb", path, "Frente Andino", "--format", "json")
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rows[0]["id"] == "org:test-frente" and rows[0]["user"] is True
    assert rows[0]["source"] == path and rows[0]["ancestors"] == ["org:shining-path"]
    env_proc = run_cli("actors", "FAP", "--format", "json", env={"NEWSGRAPH_KB": path})
    assert json.loads(env_proc.stdout.splitlines()[0])["id"] == "org:test-frente"


def test_search_finds_offices_and_ranks_exact_names_first(kb):
    assert kb.search("Hezbollah")[0].id == "org:hezbollah"
    assert kb.search("IRNMIL")[0].code == "IRNMIL"
    holders = [a.id for a in kb.search("secretary of state", limit=100)]
    assert holders[0] == "person:marco-rubio" and "person:condoleezza-rice" in holders


def test_cli_shows_roles_of_people():
    proc = run_cli("actors", "Rodrigo Paz", "--format", "json")
    row = json.loads(proc.stdout.splitlines()[0])
    assert row["id"] == "person:rodrigo-paz"
    assert row["roles"][0]["role"] == "president" and row["roles"][0]["start"] == "2025-11-08"


def test_bad_user_file_is_a_one_line_error(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(KBError, match="broken.json"):
        load_kb([bad])
    no_name = _write(tmp_path / "noname.json", {"organizations": [{"id": "org:x"}]})
    with pytest.raises(KBError, match="without id or name"):
        load_kb([no_name])
    for payload, message in (({"organisations": [{"id": "org:y", "name": "Y"}]}, "without a type"),
                             ({"organizations": [{"id": "org:y", "name": "Y", "type": "ngo", "aliases": "Y"}]},
                              "must be a list"),
                             ({"orgs": []}, "expected an object"),
                             ({"people": [{"id": "person:z", "name": "Z", "roles": [{"title": "x"}]}]}, "bad role")):
        with pytest.raises(KBError, match=message):
            load_kb([_write(tmp_path / "case.json", payload)])
    with pytest.raises(KBError, match="bare list"):
        load_kb([_write(tmp_path / "mine.json", [{"id": "org:y", "name": "Y", "type": "ngo"}])])
    people = load_kb([_write(tmp_path / "people.json", [{"id": "person:z", "name": "Zed Zee"}])])
    assert people.get("person:z").type == "person"
    proc = run_cli("actors", "--kb", str(bad), "x", check=False)
    assert proc.returncode != 0 and "broken.json" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
