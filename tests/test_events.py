"""Event extraction over the real pipeline: PLOVER types, CAMEO codes, roles, status, dates, exclusions.

Sentences are written for these tests (none comes from the evaluation sets or the seed report).
"""
from __future__ import annotations

import pytest

PUB = "2026-01-24"  # a Saturday


def _events(analyze_text, text, published=PUB):
    an = analyze_text(text, published)
    names = {a.id: a for a in an.actors}
    return an, names


def _name_set(names, ids):
    return {names[i].name for i in ids}


def _country_set(names, ids):
    return {names[i].country for i in ids}


@pytest.mark.parametrize("text,plover,cameo_root,src,tgt", [
    ("Egypt and Jordan agreed to hold joint naval exercises next month.", "AGREE", "03", {"EGY", "JOR"}, set()),
    ("The Japanese foreign minister met with his Chinese counterpart in Beijing on Monday.", "CONSULT", "04", {"JPN"}, {"CHN"}),
    ("France praised Morocco for its reforms.", "SUPPORT", "05", {"FRA"}, {"MAR"}),
    ("Brazil and Argentina cooperate with Chile on border security.", "COOPERATE", "06", {"BRA", "ARG"}, {"CHL"}),
    ("Germany provided humanitarian aid to Sudan.", "AID", "07", {"DEU"}, {"SDN"}),
    ("Colombia released 12 Venezuelan soldiers on Tuesday.", "RETREAT", "08", {"COL"}, {"VEN"}),
    ("Russian troops withdrew from the Georgian town of Gori.", "RETREAT", "08", {"RUS"}, {"GEO"}),
    ("Poland urged Hungary to support the sanctions.", "REQUEST", "02", {"POL"}, {"HUN"}),
    ("Turkey accused Greece of violating its airspace.", "ACCUSE", "11", {"TUR"}, {"GRC"}),
    ("Kenya rejected the Ugandan proposal.", "REJECT", "12", {"KEN"}, {"UGA"}),
    ("Iran threatened to close the Strait of Hormuz.", "THREATEN", "13", {"IRN"}, set()),
    ("Thousands of Chilean students protested against the new law in Santiago.", "PROTEST", "14", {"CHL"}, set()),
    ("India mobilized troops along the border with Pakistan.", "MOBILIZE", "15", {"IND"}, {"PAK"}),
    ("Australia cut diplomatic ties with Fiji.", "SANCTION", "16", {"AUS"}, {"FJI"}),
    ("Spanish police arrested three Moroccan nationals in Madrid.", "COERCE", "17", {"ESP"}, {"MAR"}),
    ("Israeli aircraft bombed Hamas positions in Gaza.", "ASSAULT", "19", {"ISR"}, {"PSE"}),
])
def test_each_plover_type(analyze_text, text, plover, cameo_root, src, tgt):
    an, names = _events(analyze_text, text)
    hits = [e for e in an.events if e.plover == plover]
    assert hits, [(e.plover, e.cameo) for e in an.events]
    e = hits[0]
    assert e.cameo.startswith(cameo_root)
    assert src <= _country_set(names, e.source)
    assert tgt <= _country_set(names, e.target)
    assert e.trigger is not None and e.sentence is not None


def test_concede_and_more_sub_codes(analyze_text):
    an, _ = _events(analyze_text, "Sudan eased restrictions on foreign journalists in Darfur.")
    assert [(e.plover, e.cameo) for e in an.events] == [("CONCEDE", "081")]
    an, _ = _events(analyze_text, "The United States launched an air strike against Syria.")
    assert ("ASSAULT", "195") in [(e.plover, e.cameo) for e in an.events]


def test_passive_voice_agent_is_source(analyze_text):
    an, names = _events(analyze_text, "The Turkish convoy was attacked by Syrian forces near Idlib.")
    e = next(e for e in an.events if e.plover == "ASSAULT")
    assert _country_set(names, e.source) == {"SYR"}
    assert _country_set(names, e.target) == {"TUR"}


def test_coordinated_sources_and_targets(analyze_text):
    an, names = _events(analyze_text, "Britain proscribed Hamas and the IRGC in 2021.")
    e = an.events[0]
    assert e.plover == "COERCE" and e.cameo == "172" and e.date == "2021"
    assert _name_set(names, e.target) == {"Hamas", "Islamic Revolutionary Guard Corps"}
    an, names = _events(analyze_text, "Chile and Peru banned Hezbollah as a terrorist group.")
    assert _country_set(names, an.events[0].source) == {"CHL", "PER"}


def test_embedded_request_and_demanded_act(analyze_text):
    an, names = _events(analyze_text, "Canada is pressing Peru to expel Russian diplomats.")
    req = next(e for e in an.events if e.plover == "REQUEST")
    act = next(e for e in an.events if e.parent == req.id)
    assert _country_set(names, req.source) == {"CAN"} and _country_set(names, req.target) == {"PER"}
    assert req.cameo.startswith("10") and req.status == "asserted"
    assert act.status == "demanded" and _country_set(names, act.source) == {"PER"}
    assert act.plover == "SANCTION" and act.cameo is None  # CAMEO codes the demand in the request's code
    assert req.date == "2026-01" and act.date == "2026-01"  # present progressive: the publication month


def test_nominal_events(analyze_text):
    an, names = _events(analyze_text, "Argentina's expulsion of Iranian diplomats angered Tehran.")
    e = an.events[0]
    assert (e.plover, e.cameo) == ("COERCE", "174")
    assert _country_set(names, e.source) == {"ARG"} and _country_set(names, e.target) == {"IRN"}
    an, names = _events(analyze_text, "Uruguay is considering sanctions against Nicaragua.")
    e = an.events[0]
    assert e.plover == "COERCE" and e.status == "considered"
    assert _country_set(names, e.source) == {"URY"} and _country_set(names, e.target) == {"NIC"}


@pytest.mark.parametrize("text,status", [
    ("Syria expelled the Turkish ambassador.", "asserted"),
    ("Syrian forces allegedly attacked a Turkish convoy.", "alleged"),
    ("Peru said it had not arrested the Chilean journalists.", "denied"),
    ("Brazil did not sign the agreement with Uruguay.", "negated"),
    ("Egypt could expel the Turkish ambassador.", "hypothetical"),
    ("Paraguay will designate Hezbollah as a terrorist organization.", "planned"),
    ("Uruguay is considering sanctions against Nicaragua.", "considered"),
    ("Canada is pressing Peru to expel Russian diplomats.", "demanded"),
])
def test_each_status(analyze_text, text, status):
    an, _ = _events(analyze_text, text)
    assert status in {e.status for e in an.events}, [(e.plover, e.status) for e in an.events]


def test_intent_threat_and_refusal_conventions(analyze_text):
    an, _ = _events(analyze_text, "Japan will provide emergency aid to the Philippines.")
    assert [e.plover for e in an.events] == ["AGREE"] and an.events[0].cameo.startswith("03")
    an, _ = _events(analyze_text, "Serbia will boycott the summit unless Kosovo withdraws its police.")
    assert "THREATEN" in {e.plover for e in an.events}
    an, _ = _events(analyze_text, "Hungary said it would not provide weapons to Ukraine.")
    assert [e.plover for e in an.events] == ["REJECT"] and an.events[0].cameo.startswith("12")


def test_dates_attach_to_their_own_clause(analyze_text):
    an, names = _events(analyze_text, "In September, Ecuador designated Hamas as a terrorist organization, "
                                      "while Paraguay designated Hezbollah last week.")
    by_src = {names[e.source[0]].name: e.date for e in an.events if e.source}
    assert by_src["Ecuador"] == "2025-09" and by_src["Paraguay"] == "2026-01"


def test_location_where_stated(analyze_text):
    an, names = _events(analyze_text, "Spanish police arrested three Moroccan nationals in Madrid.")
    assert an.events[0].location and names[an.events[0].location].country == "ESP"


def test_no_events_from_headlines_datelines_bylines(analyze_text):
    text = ("EGYPT EXPELS TURKISH AMBASSADOR\n\n"
            "Israel Bombs Gaza Targets\n\n"
            "CAIRO, Jan 20 (Reuters) – Sudan eased restrictions on foreign journalists in Darfur.\n\n"
            "(Reporting by Jordan Attack in Cairo; editing by Peter Arrest)")
    an = analyze_text(text, PUB)
    assert [(e.plover, e.cameo) for e in an.events] == [("CONCEDE", "081")]
    first = text.index("Sudan")
    assert all(e.trigger[0] > first for e in an.events)
    assert an.events[0].date is None  # the dateline's "Jan 20" is not the act's date


def test_the_dateline_left_out_is_the_one_the_pipeline_found(nlp):
    # one dateline detector for the whole system: events leave out what nlp.dateline_end found,
    # accented capitals and a second city included
    from newsgraph.extract.events import excluded_spans
    from newsgraph.nlp import dateline_end

    text = "By Ana Ruiz\n\nBOGOTÁ/QUITO, March 3 (Andes Wire) — Colombia recalled its ambassador to Ecuador."
    doc = nlp(text)
    story = text.index("Colombia")
    assert doc[dateline_end(doc)].idx == story
    spans = excluded_spans(text, None, story)
    assert (text.index("BOGOTÁ"), story) in spans
    assert not any(s <= story < e for s, e in spans)


@pytest.mark.parametrize("line, head", [
    ("OTTAWA — Canada expelled two Iranian diplomats on Monday.", "OTTAWA — "),  # no comma: not a dateline_end
    ("NEW SANCTIONS ON TEHRAN — The ministry said on Monday that more would follow.", "NEW SANCTIONS ON TEHRAN — "),
    ("UN - the body said on Monday that aid had reached the town.", None),  # two letters are no head
    ("NATO said - in a statement - that it would send troops.", None),
])
def test_a_run_in_head_in_capitals_is_left_out(line, head):
    from newsgraph.extract.events import excluded_spans

    text = "Envoys expelled\n\n" + line
    start = text.index(line)
    spans = [sp for sp in excluded_spans(text) if sp[0] >= start]
    assert spans == ([(start, start + len(head))] if head else [])


def test_reported_speech_conventions(analyze_text):
    an, names = _events(analyze_text, "Russia said Georgia must withdraw its troops from Abkhazia.")
    req = next(e for e in an.events if e.plover == "REQUEST")
    act = next(e for e in an.events if e.parent == req.id)
    assert _country_set(names, req.source) == {"RUS"} and _country_set(names, req.target) == {"GEO"}
    assert act.plover == "RETREAT" and act.status == "demanded"
    an, names = _events(analyze_text, "Israel said rockets were fired at it from Lebanon.")
    assert [(e.plover, e.cameo) for e in an.events] == [("ACCUSE", "112")]
    assert _country_set(names, an.events[0].source) == {"ISR"} and _country_set(names, an.events[0].target) == {"LBN"}


def test_event_anaphora_one_request_per_antecedent(analyze_text):
    an, names = _events(analyze_text, "In March, Chile expelled two Cuban diplomats, while Peru recalled its "
                                      "ambassador from Caracas. Brazil advocated for both moves.")
    reqs = [e for e in an.events if e.plover == "REQUEST"]
    assert sorted(tuple(sorted(_country_set(names, e.target))) for e in reqs) == [("CHL",), ("PER",)]
    assert all(_country_set(names, e.source) == {"BRA"} for e in reqs)
    assert next(e for e in an.events if e.plover == "SANCTION").date == "2025-03"


def test_denial_reaches_the_denied_act_and_its_partner(analyze_text):
    an, names = _events(analyze_text, "Ecuador designated Hezbollah as a terrorist organization on Monday. The "
                                      "Colombian foreign ministry said it had not discussed the designation with "
                                      "Ecuadorean officials.")
    consult = next(e for e in an.events if e.plover == "CONSULT")
    assert consult.status == "denied" and consult.negated
    assert _country_set(names, consult.source) == {"COL"} and _country_set(names, consult.target) == {"ECU"}
    assert next(e for e in an.events if e.plover == "COERCE").date == "2026-01-19"  # "on Monday"


def test_negated_vow_is_a_refusal(analyze_text):
    an, names = _events(analyze_text, "Iran vowed not to release the British sailors.")
    assert [e.plover for e in an.events] == ["REJECT"] and an.events[0].cameo.startswith("124")
    assert _country_set(names, an.events[0].target) == {"GBR"}


def test_appositions_describe_or_list(analyze_text):
    an, names = _events(analyze_text, "In May, U.S. ally Peru designated Hamas as a terrorist organization.")
    assert _country_set(names, an.events[0].source) == {"PER"} and an.events[0].date == "2025-05"
    an, names = _events(analyze_text, "Hezbollah, the Lebanese armed group, attacked Israeli positions on Sunday.")
    assert _name_set(names, an.events[0].source) == {"Hezbollah"} and an.events[0].date == "2026-01-18"
    an, names = _events(analyze_text, "Ecuador has designated Iran's Islamic Revolutionary Guard Corps, the "
                                      "Palestinian group Hamas and Lebanon's Hezbollah as terrorist organizations.")
    assert _name_set(names, an.events[0].target) == {"Islamic Revolutionary Guard Corps", "Hamas", "Hezbollah"}


def test_one_request_per_requested_act(analyze_text):
    an, names = _events(analyze_text, "Canada urged Peru to expel two Russian diplomats and to release the detained "
                                      "Canadian journalists.")
    reqs = [e for e in an.events if e.plover == "REQUEST"]
    acts = [e for e in an.events if e.parent]
    assert len(reqs) == 2 and len(acts) == 2
    assert {e.parent for e in acts} == {r.id for r in reqs}
    assert all(_country_set(names, r.source) == {"CAN"} and _country_set(names, r.target) == {"PER"} for r in reqs)
    assert {a.plover for a in acts} == {"SANCTION", "RETREAT"} and all(a.status == "demanded" for a in acts)


def test_requests_named_by_nouns(analyze_text):
    an, names = _events(analyze_text, "Bolivia's new government is weighing U.S. requests to designate Hezbollah and "
                                      "Hamas as terrorist organizations.")
    req = next(e for e in an.events if e.plover == "REQUEST")
    assert _country_set(names, req.source) == {"USA"} and _country_set(names, req.target) == {"BOL"}
    assert req.status == "asserted"
    (d1, d2) = sorted(an.designations, key=lambda d: names[d.designee].name)
    assert (d1.status, names[d1.pressed_by].country) == ("pressed", "USA")


def test_reactions_to_the_act_just_reported(analyze_text):
    an, names = _events(analyze_text, "Paraguay designated Hamas as a terrorist group. Hamas rejected the designation.")
    rej = next(e for e in an.events if e.plover == "REJECT")
    assert _name_set(names, rej.source) == {"Hamas"} and _country_set(names, rej.target) == {"PRY"}
    assert not [e for e in an.events if e.plover == "COERCE" and _name_set(names, e.source) == {"Hamas"}]
    an, names = _events(analyze_text, "Argentina designated Hezbollah on Wednesday. The United States welcomed the move.")
    sup = next(e for e in an.events if e.plover == "SUPPORT")
    assert _country_set(names, sup.source) == {"USA"} and _country_set(names, sup.target) == {"ARG"}


def test_event_ids_stay_unique_after_folding(analyze_text):
    # a reported attack is folded into the reporter's accusation after ids were handed out:
    # later sentences must not reuse a number (the count of kept events would repeat one)
    an, _ = _events(analyze_text, "Jordan said shells were fired at it from Iraq. Peru expelled the Bolivian consul. "
                                  "Kenya said mortars were fired at it from Somalia. Chile recalled its envoy.")
    ids = [e.id for e in an.events]
    assert len(ids) == 4 and len(set(ids)) == len(ids), ids
    assert [e.plover for e in an.events] == ["ACCUSE", "COERCE", "ACCUSE", "SANCTION"]


def test_unnamed_agents_take_part_in_events(analyze_text):
    an, names = _events(analyze_text, "Government forces killed three civilians near the border.")
    e = next(e for e in an.events if e.plover == "ASSAULT")
    assert [names[i].code for i in e.source] == ["---MIL"] and [names[i].code for i in e.target] == ["---CVL"]
    # the unnamed people sent or withdrawn are the means; the named country is the target
    an, names = _events(analyze_text, "Chad withdrew aid workers from Sudan.")
    assert _country_set(names, an.events[0].target) == {"SDN"}
    an, names = _events(analyze_text, "Egypt sent troops to Libya.")
    assert _country_set(names, an.events[0].target) == {"LBY"}


def test_a_hoped_for_act_is_hypothetical(analyze_text):
    an, _ = _events(analyze_text, "Kenya hopes Somalia will sign the accord.")
    assert [e.status for e in an.events] == ["hypothetical"]
    # a hoped-for act with nobody doing it is no event at all
    an, _ = _events(analyze_text, "The minister said she hoped the generals would soon be arrested.")
    assert an.events == []


def test_press_release_is_no_release(analyze_text):
    an, _ = _events(analyze_text, "The rebels said in a press release that the talks had failed.")
    assert "RETREAT" not in {e.plover for e in an.events}


def test_a_host_receiving_a_guest_means_the_guest_visits(analyze_text):
    an, names = _events(analyze_text, "The Kenyan president hosted Ugandan officials in Nairobi on Monday.")
    pairs = {(e.cameo, frozenset(_country_set(names, e.source)), frozenset(_country_set(names, e.target)))
             for e in an.events}
    assert ("043", frozenset({"KEN"}), frozenset({"UGA"})) in pairs
    assert ("042", frozenset({"UGA"}), frozenset({"KEN"})) in pairs
    assert len({e.id for e in an.events}) == len(an.events)


def test_an_act_dating_the_report_is_background(analyze_text):
    an, _ = _events(analyze_text, "Chilean troops withdrew from the border town, a reporter said, "
                                  "a week after gunmen kidnapped two engineers.")
    assert [e.plover for e in an.events] == ["RETREAT"]


def test_a_meeting_without_counterpart_targets_the_host_place(analyze_text):
    an, names = _events(analyze_text, "The Greek and Turkish foreign ministers will meet in Zurich next week.")
    e = next(e for e in an.events if e.plover == "CONSULT")
    assert _country_set(names, e.target) == {"CHE"}


def test_paired_demonyms_are_both_sources(analyze_text):
    an, names = _events(analyze_text, "Iraqi and Turkish troops attacked the rebel camp.")
    e = next(e for e in an.events if e.plover == "ASSAULT")
    assert {names[i].code for i in e.source} == {"IRQMIL", "TURMIL"}


def test_an_attack_told_through_its_weapon(analyze_text):
    # the weapon's user is the source, the weapon sets the code, and firing it is the same attack
    an, names = _events(analyze_text, "A Kenya Airways plane was blown up over Somalia by a missile "
                                      "believed to have been fired by Islamist insurgents.")
    assault = [e for e in an.events if e.plover == "ASSAULT"]
    assert len(assault) == 1 and assault[0].cameo == "194"
    assert [names[i].code for i in assault[0].source] == ["---REB"]
    an, names = _events(analyze_text, "Two soldiers were killed by a roadside bomb planted by gunmen.")
    assert [(e.cameo, [names[i].code for i in e.source]) for e in an.events] == [("183", ["---UAF"])]
    # a verb that already says how keeps its code
    an, _ = _events(analyze_text, "Syrian tanks shelled the town of Daraa.")
    assert [e.cameo for e in an.events] == ["194"]


def test_refusing_its_own_aid_is_rejecting_material_cooperation(analyze_text):
    an, _ = _events(analyze_text, "Peru said it would not provide assistance to Bolivia.")
    assert [(e.plover, e.cameo) for e in an.events] == [("REJECT", "121")]
    # refusing what was asked for stays a rejected request
    an, _ = _events(analyze_text, "Peru rejected Bolivian requests for humanitarian aid.")
    assert any(e.plover == "REJECT" and e.cameo.startswith("12") for e in an.events)


def test_protesters_wrecking_property_is_a_riot(analyze_text):
    an, names = _events(analyze_text, "Angry protesters torched the ministry building in Lima.")
    assert [(e.plover, e.cameo) for e in an.events] == [("PROTEST", "145")]
    an, _ = _events(analyze_text, "Soldiers torched the village.")
    assert [(e.plover, e.cameo) for e in an.events] == [("COERCE", "171")]


def test_an_attack_takes_its_victims_from_the_participle_that_tells_them(analyze_text):
    an, names = _events(analyze_text, "Gunmen attacked a checkpoint near the border, killing four policemen.")
    e = next(e for e in an.events if e.plover == "ASSAULT")
    assert [names[i].code for i in e.target] == ["---COP"]


def test_a_decided_measure_is_no_threat_and_a_condition_no_act(analyze_text):
    an, _ = _events(analyze_text, "Canada announced on Monday it would suspend aid to Haiti.")
    assert [(e.plover, e.status) for e in an.events] == [("SANCTION", "planned")]
    an, _ = _events(analyze_text, "Lithuania said it would expel the Russian envoy.")
    assert [e.plover for e in an.events] == ["THREATEN"]
    # the condition of a threat is its content, not an act of its own
    an, _ = _events(analyze_text, "Chile will recall its ambassador unless Peru releases the fishermen.")
    assert [e.plover for e in an.events] == ["THREATEN"]


def test_a_participle_describing_a_participant_is_no_act(analyze_text):
    an, _ = _events(analyze_text, "Chad expelled the envoy of a country arming rebels fighting the army.")
    assert [e.plover for e in an.events] == ["SANCTION"]  # expelling an envoy: 161, nothing else
    # but a speech noun's participle is the request it makes
    an, names = _events(analyze_text, "The rebels issued a statement demanding that Peru release their leader.")
    assert "REQUEST" in {e.plover for e in an.events}


def test_an_act_told_as_unclear_is_hypothetical(analyze_text):
    an, _ = _events(analyze_text, "It is not clear whether Ghana expelled the Nigerian traders.")
    assert [e.status for e in an.events] == ["hypothetical"]
    an, _ = _events(analyze_text, "It is clear that Ghana expelled the Nigerian traders.")
    assert [e.status for e in an.events] == ["asserted"]


def test_a_non_violent_act_named_by_a_noun_needs_a_doer(analyze_text):
    an, _ = _events(analyze_text, "Sanctions against Cuba have hurt its economy.")
    assert an.events == []
    an, names = _events(analyze_text, "Chile imposed sanctions against Cuba.")
    assert [(e.plover, sorted(_country_set(names, e.source))) for e in an.events] == [("COERCE", ["CHL"])]
    # violence needs no named doer to be news
    an, _ = _events(analyze_text, "The bombing of the Kenyan embassy shocked the region.")
    assert "ASSAULT" in {e.plover for e in an.events}


def test_order_with_no_one_ordered_is_no_request(analyze_text):
    # the government's own act ordered done: nobody is pressed, so no REQUEST record
    an, names = _events(analyze_text, "Chile on Monday banned the militia and ordered its bank accounts frozen.")
    assert "COERCE" in {e.plover for e in an.events}
    assert not [e for e in an.events if e.plover == "REQUEST"]


def test_restated_demand_is_one_request(analyze_text):
    an, names = _events(analyze_text, "Washington is pressing Peru to designate Hezbollah as a terrorist organization. "
                        "Diplomats said the United States also wants the Peruvian government to designate Hamas.")
    reqs = [e for e in an.events if e.plover == "REQUEST"]
    assert len(reqs) == 1 and _country_set(names, reqs[0].target) == {"PER"}
    demanded = [e for e in an.events if e.status == "demanded"]
    assert {names[t].name for e in demanded for t in e.target} >= {"Hezbollah", "Hamas"}
    assert all(e.parent == reqs[0].id for e in demanded)  # the restated act moves to the first request


def test_one_request_per_act_in_one_sentence_is_kept(analyze_text):
    an, names = _events(analyze_text, "The United States is pressing Peru to expel suspected Iranian agents from "
                        "the country and designate Hezbollah as a terrorist organization.")
    reqs = [e for e in an.events if e.plover == "REQUEST"]
    assert len(reqs) == 2 and all(_country_set(names, r.target) == {"PER"} for r in reqs)


@pytest.mark.parametrize("text,targets", [
    ("Rubio's appeal was aimed mainly at Chile and Peru, which have resisted such a step.", {"CHL", "PER"}),
    ("Japan's demand, addressed to South Korea, went unanswered for a month.", {"KOR"}),
])
def test_request_noun_addressed_to_a_party(analyze_text, text, targets):
    an, names = _events(analyze_text, text)
    reqs = [e for e in an.events if e.plover == "REQUEST"]
    assert reqs and _country_set(names, reqs[0].target) == targets and reqs[0].source


def test_request_for_the_listing_presses_the_lister_not_the_last_speaker(analyze_text):
    # "the listing" is the designation told two sentences back, not the condemnation just before
    an, names = _events(analyze_text, "Peru has listed Hezbollah as a terrorist organization. "
                        "Iran's foreign ministry condemned the decision on Tuesday. "
                        "Chile had long encouraged the listing, diplomats said.")
    reqs = [e for e in an.events if e.plover == "REQUEST"]
    assert reqs and _country_set(names, reqs[0].source) == {"CHL"}
    assert _country_set(names, reqs[0].target) == {"PER"}


@pytest.mark.parametrize("text,plover,cameo", [
    ("Fiji ordered the Australian ambassador and his staff to leave the country within 48 hours.", "SANCTION", "161"),
    ("Chile ordered three Bolivian nationals to leave Chile.", "COERCE", "174"),
    ("Russia ordered Georgia to leave the alliance.", "REQUEST", "100"),  # not an expulsion
])
def test_ordered_to_leave_the_country_is_an_expulsion(analyze_text, text, plover, cameo):
    an, names = _events(analyze_text, text)
    assert [(e.plover, e.cameo) for e in an.events if e.parent is None] == [(plover, cameo)]


@pytest.mark.parametrize("text,demand", [
    ("Peru's foreign minister said Chile must ensure calm.", True),
    ("Peru's foreign minister said Peru must ensure calm.", False),  # a position on one's own state
    ("Peru's foreign minister said Chile must return the land.", True),
    ("Peru's foreign minister said Peru must return the land.", False),
])
def test_reported_must_is_a_demand_only_on_another_state(analyze_text, text, demand):
    an, names = _events(analyze_text, text)
    assert bool([e for e in an.events if e.plover == "REQUEST"]) is demand


@pytest.mark.parametrize("text,src,tgt", [
    ("Serbia called for talks with Kosovo.", {"SRB"}, {"XKX"}),
    ("Armenia demanded a truce with Azerbaijan.", {"ARM"}, {"AZE"}),
])
def test_request_for_an_act_with_a_partner_presses_the_partner(analyze_text, text, src, tgt):
    an, names = _events(analyze_text, text)
    req = next(e for e in an.events if e.plover == "REQUEST")
    assert _country_set(names, req.source) == src and _country_set(names, req.target) == tgt


@pytest.mark.parametrize("text,src,tgt", [
    ("Uruguay came under pressure from Washington to designate Hezbollah.", {"USA"}, {"URY"}),
    ("At the urging of the United States, Paraguay designated Hezbollah a terrorist group.", {"USA"}, {"PRY"}),
    ("Paraguay designated Hezbollah after pressure from the United States.", {"USA"}, {"PRY"}),
    ("Britain is under pressure from Israel to proscribe the IRGC.", {"ISR"}, {"GBR"}),
])
def test_pressure_framing_the_pressed_partys_clause(analyze_text, text, src, tgt):
    an, names = _events(analyze_text, text)
    reqs = [e for e in an.events if e.plover == "REQUEST"]
    assert len(reqs) == 1 and reqs[0].status == "asserted"
    assert _country_set(names, reqs[0].source) == src and _country_set(names, reqs[0].target) == tgt


@pytest.mark.parametrize("text", [
    "After a call from the French president, Germany agreed to send tanks to Ukraine.",  # a telephone call
    "Chile rejected calls by Bolivia for economic aid.",  # CAMEO codes the rejection alone
])
def test_no_request_from_a_phone_call_or_a_rejection(analyze_text, text):
    an, names = _events(analyze_text, text)
    assert an.events and not [e for e in an.events if e.plover == "REQUEST"]


def test_collective_target_with_named_members_presses_the_members(analyze_text):
    an, names = _events(analyze_text, "The United States is urging Latin American governments, including Peru and "
                        "Chile, to designate Hezbollah.")
    req = next(e for e in an.events if e.plover == "REQUEST")
    assert _country_set(names, req.source) == {"USA"} and _country_set(names, req.target) == {"PER", "CHL"}


def test_request_noun_with_a_that_clause(analyze_text):
    an, names = _events(analyze_text, "Peru rejected the Chilean request that Lima withdraw its troops.")
    req = next(e for e in an.events if e.plover == "REQUEST")
    assert _country_set(names, req.source) == {"CHL"} and _country_set(names, req.target) == {"PER"}
    assert any(e.parent == req.id for e in an.events)  # the act asked for hangs under the request


@pytest.mark.parametrize("text,request_told", [
    ("Germany persuaded France to join the sanctions.", True),
    ("Israel convinced Guatemala to move its embassy.", True),
    ("Chile convinced Peru that the border was safe.", False),  # persuaded of a fact, not to an act
])
def test_persuade_and_convince_to_act_are_appeals(analyze_text, text, request_told):
    an, names = _events(analyze_text, text)
    assert bool([e for e in an.events if e.plover == "REQUEST"]) is request_told


@pytest.mark.parametrize("text,plover,cameo", [
    ("The Kenyan president ordered an inquiry into the Ugandan raid.", "REQUEST", "1014"),
    ("The Dutch premier ordered a probe into the Russian hacking.", "REQUEST", "1014"),
    ("Germany urged Turkey to investigate the deaths.", "REQUEST", "0214"),
    ("Kenyan police launched an investigation into the Ugandan raid.", "ACCUSE", "091"),  # they investigate
])
def test_asking_for_an_investigation_is_asking_for_information(analyze_text, text, plover, cameo):
    # PETRARCH's CAMEO verb dictionary: order/demand an investigation 1014, urge to investigate 0214,
    # launch an investigation 091
    an, names = _events(analyze_text, text)
    assert (plover, cameo) in [(e.plover, e.cameo) for e in an.events if e.parent is None]


@pytest.mark.parametrize("text,cameo", [
    ("Gunmen shot two Kenyan police officers in Mombasa.", "190"),  # SHOOT block: 190
    ("Syrian troops shelled the Turkish border town.", "190"),  # SHELL in the GUNFIRE block: 190
    ("Militants murdered three Nigerian teachers.", "190"),  # MURDER in the KILL block: 190
    ("Serbian police assaulted Albanian protesters in Pristina.", "190"),
    ("Thousands of Chilean students marched in Santiago.", "140"),  # MARCH: 140, against: 141
    ("Thousands of Chilean students marched against the new law.", "141"),
    ("Britain mobilized army reservists.", "154"),  # MOBILIZE: 150, with armed forces 154
    ("Cuba decried the American embargo.", "110"),
])
def test_sub_codes_follow_petrarchs_verb_dictionary(analyze_text, text, cameo):
    an, names = _events(analyze_text, text)
    assert cameo in [e.cameo for e in an.events if e.parent is None], [(e.plover, e.cameo) for e in an.events]


@pytest.mark.parametrize("text,plover,cameo", [
    ("The Chadian president ordered an attack on rebel positions in Sudan.", "THREATEN", "138"),
    ("Putin ordered an enquiry into the Turkish shooting.", "REQUEST", "1014"),
])
def test_ordering_an_act_is_not_doing_it(analyze_text, text, plover, cameo):
    # PETRARCH's CAMEO verb dictionary: ORDER * ATTACK / ASSASSINATION 138, ORDER * &INVESTIGATION 1014
    an, names = _events(analyze_text, text)
    assert (plover, cameo) in [(e.plover, e.cameo) for e in an.events if e.parent is None]


def test_a_relative_clause_with_no_one_targeted_describes_its_antecedent(analyze_text):
    an, _ = _events(analyze_text, "Tokyo said the plan had support from Seoul and Manila, which have refused "
                                  "to take a tougher line on Pyongyang.")
    assert an.events == []
    # an infinitival relative is the act itself, and a targeted act in a relative clause stays
    an, _ = _events(analyze_text, "Thousands of Nigerians gathered for a rally in Lagos to protest the new law.")
    assert [e.plover for e in an.events] == ["PROTEST"]
    an, names = _events(analyze_text, "Syrian rebels, who attacked the town of Aleppo on Monday, said they would go on.")
    assert [e.plover for e in an.events] == ["ASSAULT"]


def test_the_place_of_an_attack_on_unnamed_things_is_its_target(analyze_text):
    an, names = _events(analyze_text, "Israeli warplanes struck targets in the Gaza Strip overnight.")
    e = next(e for e in an.events if e.plover == "ASSAULT")
    assert [names[i].code for i in e.target] == ["PSEGZA"]
    # a passive with no agent: its in-phrase names the doer's place, as PETRARCH and the PLOVER coders read it
    an, names = _events(analyze_text, "A police station was attacked in northern Mali.")
    e = next(e for e in an.events if e.plover == "ASSAULT")
    assert _country_set(names, e.source) == {"MLI"} and e.target == []
    # a named victim stays the target
    an, names = _events(analyze_text, "Kenyan troops attacked Somali militants in Kismayo.")
    e = next(e for e in an.events if e.plover == "ASSAULT")
    assert _country_set(names, e.target) == {"SOM"}


@pytest.mark.parametrize("text", [
    "Police detained three Kenyans accused of attacking a bus.",
    "Thai police arrested two Malaysian men suspected of planning a bombing in Bangkok.",
])
def test_the_charge_in_a_description_of_a_participant_is_no_act(analyze_text, text):
    an, names = _events(analyze_text, text)
    assert [(e.plover, e.cameo) for e in an.events] == [("COERCE", "173")]


@pytest.mark.parametrize("text,plover,cameo,src,tgt", [
    ("Aid was given to Haiti by Canada.", "AID", "070", {"CAN"}, {"HTI"}),  # a light verb's passive
    ("A Greek flag was burned by Turkish protesters.", "PROTEST", "145", {"TUR"}, {"GRC"}),
    ("Militants burned two Kenyan hostages alive.", "ASSAULT", "190", set(), {"KEN"}),
])
def test_passive_light_verbs_and_burning(analyze_text, text, plover, cameo, src, tgt):
    an, names = _events(analyze_text, text)
    e = next(e for e in an.events if e.plover == plover)
    assert e.cameo == cameo and _country_set(names, e.source) >= src and _country_set(names, e.target) == tgt


@pytest.mark.parametrize("text,plover,cameo", [
    ("Syrian forces used chemical weapons against rebels near Damascus.", "ASSAULT", "2041"),
    ("Turkish police used tear gas against Kurdish protesters.", "ASSAULT", "175"),
    ("France claimed that Syria had used chemical weapons.", "ACCUSE", "112"),  # a reported attack
])
def test_using_weapons(analyze_text, text, plover, cameo):
    an, names = _events(analyze_text, text)
    assert (plover, cameo) in [(e.plover, e.cameo) for e in an.events if e.parent is None]


@pytest.mark.parametrize("text,plover,cameo", [
    ("Colombian rebels freed two Spanish hostages on Sunday.", "RETREAT", "0841"),  # RELEASE &HOSTAGE 0841
    ("Israel released the mayor of the Palestinian town of Jenin.", "RETREAT", "084"),
    ("The Indian navy rescued 20 Sri Lankan fishermen.", "AID", "073"),  # RESCUE 073
])
def test_releasing_captives_and_rescuing(analyze_text, text, plover, cameo):
    an, names = _events(analyze_text, text)
    assert [(e.plover, e.cameo) for e in an.events] == [(plover, cameo)]


def test_stopping_work_is_a_strike(analyze_text):
    an, names = _events(analyze_text, "Greek dockworkers stopped work to protest the privatisation plan.")
    assert [(e.plover, e.cameo) for e in an.events] == [("PROTEST", "143")]
    an, names = _events(analyze_text, "Russia stopped the grain shipment to Egypt.")
    assert not [e for e in an.events if e.plover == "PROTEST"]


def test_a_warning_that_one_will_respond_is_a_threat_a_refusal_to_respond_no_event(analyze_text):
    an, names = _events(analyze_text, "Russia warned the United States that it would respond.")
    assert [(e.plover, e.cameo) for e in an.events] == [("THREATEN", "130")]
    an, _ = _events(analyze_text, "The Kenyan ministry declined to respond to questions.")
    assert an.events == []


@pytest.mark.parametrize("text,cameo", [
    ("Israeli shelling killed five Palestinian civilians.", "194"),
    ("An Israeli air strike killed two Hamas commanders.", "195"),
])
def test_an_attack_named_as_the_subject_is_the_verbs_act(analyze_text, text, cameo):
    an, names = _events(analyze_text, text)
    assert [(e.cameo, _country_set(names, e.source)) for e in an.events] == [(cameo, {"ISR"})]


def test_fighting_between_parties(analyze_text):
    an, names = _events(analyze_text, "There were clashes between Indian and Pakistani troops.")
    e = next(e for e in an.events if e.plover == "ASSAULT")
    assert _country_set(names, e.source) | _country_set(names, e.target) == {"IND", "PAK"}
    an, names = _events(analyze_text, "Fighting between Syrian troops and rebels killed 40 people.")
    e = next(e for e in an.events if e.plover == "ASSAULT")
    assert {names[i].code for i in e.source} == {"SYRMIL", "---REB"}
    an, _ = _events(analyze_text, "There was a pause in the bombing in Aleppo.")
    assert an.events == []


@pytest.mark.parametrize("text,plover,cameo", [
    ("Israel rejected calls for a ceasefire in Gaza.", "REJECT", "1246"),  # REFUSE * CALLS (FOR &CEASEFIRE) 1246
    ("Mexico rejected a US request to extradite the drug lord.", "REJECT", "1213"),
    ("The Kenyan president rejected calls for the resignation of his interior minister.", "REJECT", "1231"),
    ("Thai protesters called for the resignation of Prime Minister Yingluck Shinawatra.", "REQUEST", "0241"),
])
def test_rejecting_a_request_is_coded_by_what_was_asked(analyze_text, text, plover, cameo):
    an, names = _events(analyze_text, text, "2013-12-01")
    assert (plover, cameo) in [(e.plover, e.cameo) for e in an.events if e.parent is None]


def test_the_party_called_on_does_the_act_asked_for(analyze_text):
    an, names = _events(analyze_text, "Amnesty International called on Egypt to release the journalists.")
    req = next(e for e in an.events if e.plover == "REQUEST")
    asked = next(e for e in an.events if e.parent == req.id)
    assert _country_set(names, req.target) == {"EGY"} and _country_set(names, asked.source) == {"EGY"}


@pytest.mark.parametrize("text,cameo,tgt", [
    ("Canada gave Haiti humanitarian aid.", "073", {"HTI"}),  # the receiver as dative; GRANT {HUMANITARIAN AID} 073
    ("The US provided military assistance to Ukraine.", "072", {"UKR"}),
    ("China granted Pakistan a loan of $2 billion.", "071", {"PAK"}),
    ("Germany provided aid to Sudan.", "070", {"SDN"}),
])
def test_kinds_of_aid_and_their_receivers(analyze_text, text, cameo, tgt):
    an, names = _events(analyze_text, text)
    assert [(e.plover, e.cameo, _country_set(names, e.target)) for e in an.events] == [("AID", cameo, tgt)]


@pytest.mark.parametrize("text,cameo", [
    ("Russia banned imports of Turkish fruit.", "163"),  # PETRARCH: BAN * IMPORTS 163
    ("Egypt banned protests in Cairo.", "1721"),  # BAN * PROTEST 1721
    ("Kenya banned the opposition party.", "1722"),
])
def test_what_a_ban_bans(analyze_text, text, cameo):
    an, names = _events(analyze_text, text)
    assert [e.cameo for e in an.events] == [cameo]


@pytest.mark.parametrize("text,cameo", [
    ("Russia withdrew its troops from Georgia.", "0874"),  # WITHDRAW * &MILITARY 0874
    ("Venezuela withdrew its ambassador from Colombia.", "161"),
    ("The UN withdrew its weapons inspectors from Iraq.", "1662"),  # the inspectors, not the weapons
])
def test_what_is_withdrawn(analyze_text, text, cameo):
    an, names = _events(analyze_text, text)
    assert [e.cameo for e in an.events] == [cameo]


def test_an_undated_report_inside_a_dated_main_clause_takes_its_date(analyze_text):
    # the main clause is dated (Sunday 25 January); the demand is told under an undated "acknowledging"
    an, names = _events(analyze_text, "A senior Peruvian official on Sunday denied that Chile had asked Lima to "
                        "expel the envoys, while acknowledging that Washington wanted Peru to sanction Venezuela.",
                        "2026-01-26")
    wanted = next(e for e in an.events if _country_set(names, e.target) == {"VEN"})
    assert _country_set(names, wanted.source) == {"PER"} and wanted.date == "2026-01-25"


def test_a_decision_noun_owns_its_infinitive_when_the_parser_hangs_it_on_the_verb(analyze_text):
    # "to designate" is parsed as a clause of "lodged"; the decision is Uruguay's, and so is the act and its date
    an, names = _events(analyze_text, "Iran has lodged a formal protest over Uruguay's decision in September to "
                        "designate the Revolutionary Guards a terrorist organization.", "2025-10-01")
    act = next(e for e in an.events if e.cameo == "172")
    assert _country_set(names, act.source) == {"URY"}
    assert act.date == "2025-09"
