"""The spaCy pipeline with the KB spans: NER corrections and the false positives it must avoid."""
from __future__ import annotations

import pytest
from conftest import SEED


def ents(doc) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.ent_id_) for e in doc.ents]


@pytest.fixture(scope="module")
def seed_doc(nlp):
    return nlp(SEED.read_text(encoding="utf-8"))


def test_pipeline_order(nlp):
    names = nlp.pipe_names
    assert names.index("kb_ruler") < names.index("ner") < names.index("kb_entities")


def test_seed_irgc_is_an_organisation(seed_doc):
    irgc = [e for e in seed_doc.ents if e.text == "IRGC"]
    assert irgc and all(e.label_ == "ORG" and e.ent_id_ == "org:irgc" for e in irgc)


def test_seed_quds_force_is_an_organisation(seed_doc):
    quds = [e for e in seed_doc.ents if "Quds Force" in e.text]
    assert quds and all(e.label_ == "ORG" and e.ent_id_ == "org:quds-force" for e in quds)


def test_seed_la_paz_is_a_place_not_a_person(seed_doc):
    la_paz = [e for e in seed_doc.ents if e.text == "La Paz"]
    assert len(la_paz) >= 3
    assert all(e.label_ == "GPE" and e.ent_id_ == "country:BOL" for e in la_paz)
    assert not [e for e in seed_doc.ents if e.label_ == "PERSON" and "La Paz" in e.text]


def test_seed_bolivia_possessive_is_not_a_person(seed_doc):
    assert not [e for e in seed_doc.ents if e.label_ == "PERSON" and "Bolivia" in e.text]
    bolivia = [e for e in seed_doc.ents if e.text in ("Bolivia", "Bolivia’s")]
    assert bolivia and all(e.label_ == "GPE" for e in bolivia)


def test_seed_harden_is_not_an_entity(seed_doc):
    assert not [e for e in seed_doc.ents if e.text.lower() == "harden"]


def test_regions_win_over_the_country_inside_them(nlp):
    doc = nlp("Smuggling networks operate across Latin America and South America.")
    assert ("Latin America", "LOC", "region:latin-america") in ents(doc)
    assert not [e for e in doc.ents if e.ent_id_ == "country:USA"]


def test_lowercase_us_is_not_the_united_states(nlp):
    doc = nlp("They told us the US embassy would stay open.")
    us = [e for e in doc.ents if e.ent_id_ == "country:USA"]
    assert [e.text.removeprefix("the ") for e in us] == ["US"]


def test_all_capitals_headline_word_is_not_an_alias(nlp):
    doc = nlp("LET US KNOW WHAT YOU THINK")
    assert not [e for e in doc.ents if e.ent_id_ == "country:USA"]


def test_person_name_containing_a_country_stays_a_person(nlp):
    doc = nlp("Chad Smith, a lawyer, visited Chad last week.")
    labels = ents(doc)
    assert any(t == "Chad Smith" and lab == "PERSON" for t, lab, _ in labels)
    assert ("Chad", "GPE", "country:TCD") in labels


def test_organisation_named_after_a_country_keeps_its_name(nlp):
    doc = nlp("The Nigerian Union of Teachers called a strike on Monday.")
    assert any(e.text.endswith("Nigerian Union of Teachers") and e.label_ == "ORG" for e in doc.ents)


def test_kb_spans_are_kept_for_resolution(nlp):
    doc = nlp("Iranian officials met Hezbollah leaders in Beirut.")
    assert {s.id_ for s in doc.spans["kb"]} >= {"country:IRN", "org:hezbollah"}


def test_a_blank_line_ends_a_sentence(nlp):
    # a byline or headline above the story is not part of its first sentence
    text = "By Ana Ruiz\n\nEcuador expelled two diplomats on Monday, the ministry said.\n\nMore may follow."
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents == ["By Ana Ruiz", "Ecuador expelled two diplomats on Monday, the ministry said.", "More may follow."]


@pytest.mark.parametrize("text, story", [
    ("MONTEVIDEO, March 3 (Andes Wire) — Uruguay's listing of the group as a terrorist organization "
     "last week surprised diplomats.", "Uruguay's listing"),
    ("By Ana Ruiz\n\nSAN JOSE, Costa Rica, May 9 (Meridian Post) -- Police arrested four men on Friday.",
     "Police arrested"),
    ("Costa Rica expels envoy.\n\nLIMA (Wire) - Peru recalled its ambassador on Tuesday.", "Peru recalled"),
])
def test_a_dateline_ends_at_its_dash(nlp, text, story):
    # the story's first noun is the lead sentence's subject, not an apposition of the place
    doc = nlp(text)
    first = next(s for s in doc.sents if s.text.startswith(story))
    assert first.root.text in ("surprised", "arrested", "recalled")
    assert any(s.text.strip().endswith(("—", "--", "-")) for s in doc.sents)


@pytest.mark.parametrize("text", [
    "NATO, the alliance, said on Monday - in a statement - that it would send troops.",
    "UNICEF said - without giving figures - that aid had reached the town.",
])
def test_a_sentence_with_a_dash_is_not_a_dateline(nlp, text):
    assert len(list(nlp(text).sents)) == 1


def test_an_agency_dateline_may_end_at_a_colon(nlp):
    doc = nlp("GAZA CITY, Palestinian Territories: Four children were killed in shelling on Friday, medics said.")
    assert [s.text for s in doc.sents][0] == "GAZA CITY, Palestinian Territories:"
