"""Pressure campaigns are between parties: a government urging its own country, a citizen's plea to
their own state and descriptions of people are no campaigns; office holders the KB knows press for
their state; a place is nobody pressed. The sentences are invented for these tests."""
from __future__ import annotations

import pytest
from analyze_fixtures import Doc

from newsgraph.analyze import pressure_campaigns
from newsgraph.records import Actor
from newsgraph.store import Store


def _kb_actor(d: Doc, local: str, name: str, type_: str, country: str, kb_id: str) -> str:
    d.actors[local] = Actor(id=local, name=name, type=type_, country=country, kb_id=kb_id,
                            mentions=d._mention(name))
    return local


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    docs = []
    d = Doc("own-country", "The Government of Canada urged Canadians in Iran to leave. Canada listed the IRGC.",
            "2024-06-20", "Maple Wire")
    gov = _kb_actor(d, "g1", "Government of Canada", "government", "CAN", "org:canada-government")
    can = _kb_actor(d, "c1", "Canada", "country", "CAN", "country:CAN")
    d.event("REQUEST", [gov], [can], "urged Canadians", date="2024-06-20", context="to leave")
    docs.append(d)

    d = Doc("pompeo", "Mike Pompeo urged Argentina to act against Hezbollah.", "2019-07-10", "Pampa Post")
    pompeo = _kb_actor(d, "p1", "Mike Pompeo", "person", "USA", "person:mike-pompeo")
    arg = d.actor("ARG")
    d.event("REQUEST", [pompeo], [arg], "urged Argentina", date="2019-07-10", context="act against Hezbollah")
    docs.append(d)

    d = Doc("citizen", "Ana Ruiz said Bolivia must stay out of other people's wars. Democratic senators asked "
            "Bolivia to explain its pact.", "2026-01-24", "La Paz Daily")
    ruiz = d.actor("Ana Ruiz", "person", "BOL")
    bol = d.actor("BOL")
    dem = d.actor("Democratic", "group")
    d.event("REQUEST", [ruiz], [bol], "must stay out", date="2026-01-24", context="stay out of other people's wars")
    d.event("REQUEST", [dem], [bol], "asked Bolivia", date="2026-01-24", context="explain its pact")
    docs.append(d)

    d = Doc("place", "Washington pressed Peru and the Amazon border region to act.", "2023-03-02", "Lima Post")
    usa = d.actor("USA")
    region = d.actor("Amazon border region", "location")
    d.event("REQUEST", [usa], [region], "pressed", date="2023-03-02", context="act")
    docs.append(d)

    path = tmp_path_factory.mktemp("pressure") / "p.db"
    with Store(path) as st:
        st.write_batch([x.analysis() for x in docs])
    with Store(path) as st:
        yield st


def test_only_campaigns_between_parties(store):
    pairs = {(c.presser.name, c.pressed.name) for c in pressure_campaigns(store)}
    assert pairs == {("United States", "Argentina")}, pairs


def test_an_office_holder_presses_for_their_state(store):
    [c] = pressure_campaigns(store, actor="Argentina")
    assert c.presser.id == "country:USA" and c.about == ["act against Hezbollah"]
    assert "Mike Pompeo urged Argentina" in c.steps[0].evidence[0].text
