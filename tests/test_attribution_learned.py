"""The learned parts of attribution: the cue-edge ranker and the candidate filter (own sentences)."""
from __future__ import annotations

import numpy as np

from newsgraph.extract.attribution_model import hashed, load_cue_model, train_ranker


def _extractor(nlp, kb, text: str):
    from newsgraph.extract.actors import resolve_actors
    from newsgraph.extract.attribution import _Extractor
    from newsgraph.extract.attribution_lexicon import attribution_lexicon
    from newsgraph.records import Document

    doc = nlp(text)
    return _Extractor(doc, resolve_actors(doc, Document(id="t", text=text), kb), attribution_lexicon())


def _cue(text: str, cand) -> str:
    toks = sorted(cand.cue, key=lambda t: t.i)
    return text[toks[0].idx:toks[-1].idx + len(toks[-1])]


def test_ranker_learns_to_pick_the_gold_option():
    # three options a decision; the gold one always carries "right", in any position
    groups, gold = [], []
    for k in range(60):
        opts = [["bias", "wrong", f"noise{k % 5}"], ["bias", "right"], ["bias", "also-wrong"]]
        rot = k % 3
        opts = opts[rot:] + opts[:rot]
        groups.append([hashed(o) for o in opts])
        gold.append(next(i for i, o in enumerate(opts) if "right" in o))
    w = train_ranker(groups, gold, epochs=3, rate=0.2)
    assert np.array_equal(w, train_ranker(groups, gold, epochs=3, rate=0.2))  # deterministic
    test = [hashed(["bias", "also-wrong"]), hashed(["bias", "wrong", "noise9"]), hashed(["bias", "right"])]
    assert int(np.argmax([w[idx].sum() for idx in test])) == 2


def test_cue_edges_are_chosen_among_the_reachable_words(nlp, kb):
    text = "The prime minister said on Friday that the border would stay closed."
    ext = _extractor(nlp, kb, text)
    seen: dict[str, list[str]] = {}

    def to_friday(core, side, options, feats):
        seen[side] = [core.doc[e].text for e in options]
        assert len(feats) == len(options) and all(f for f in feats)
        return next((k for k, e in enumerate(options) if core.doc[e].text == "Friday"), 0)

    cands = ext.run(load_cue_model(), edges=to_friday)
    assert [(_cue(text, c), [text[s:e] for s, e in c.contents]) for c in cands] == \
        [("said on Friday", ["that the border would stay closed"])]
    # outwards from the verb, at most six words, never into the speaker's phrase
    assert seen["R"] == ["said", "on", "Friday", "that", "the", "border", "would"]
    assert seen["L"] == ["said"]


def test_an_edge_inside_the_rule_cue_gives_the_dropped_words_to_the_content(nlp, kb):
    text = "The ministry declined to say whether the talks would resume."
    ext = _extractor(nlp, kb, text)
    cands = ext.run(load_cue_model(), edges=lambda core, side, options, feats: 0)
    assert [(_cue(text, c), [text[s:e] for s, e in c.contents]) for c in cands] == \
        [("declined", ["to say whether the talks would resume"])]


def test_candidate_filter_sees_the_whole_candidate_and_can_drop_it(nlp, kb):
    text = "The senator said the vote was rigged. Her aides argued that the count was fair."
    feats_of: dict[str, list[str]] = {}

    def drop_said(cand, feats):
        feats_of[_cue(text, cand)] = feats
        return _cue(text, cand) != "said"

    cands = _extractor(nlp, kb, text).run(load_cue_model(), keep=drop_said)
    assert [_cue(text, c) for c in cands] == ["argued"]
    assert set(feats_of) == {"said", "argued"}
    said = feats_of["said"]
    assert "c:k=ccomp" in said and "c:src=none" not in said and "c:stance=statement" in said
    assert "c:first=that" in feats_of["argued"]
    assert "c:L=say" in said and "c:L=say" not in feats_of["argued"]
    assert any(f.startswith("c:L|S=") for f in said)  # the verb detector's own features come along


def test_nested_candidate_is_marked(nlp, kb):
    text = "Officials said the minister had insisted that the talks would go on."
    nested = {}

    def record(cand, feats):
        nested[_cue(text, cand)] = "c:nested=True" in feats
        return True

    _extractor(nlp, kb, text).run(load_cue_model(), keep=record)
    assert nested == {"said": False, "had insisted": True}


def test_candidate_filter_never_drops_a_refusal_denial_or_non_response(nlp, kb):
    text = ("The ministry declined to comment. The mayor could not be reached for comment. "
            "The general denied the report. The envoy said the talks went well.")
    asked = []

    def drop_all(cand, feats):
        asked.append(_cue(text, cand))
        return False

    cands = _extractor(nlp, kb, text).run(load_cue_model(), keep=drop_all)
    assert sorted(c.stance for c in cands) == ["declined", "denial", "no_response"]
    assert asked == ["said"]  # only statements are the filter's to judge


def test_shipped_model_has_edge_ranker_and_candidate_filter():
    model = load_cue_model()
    assert model is not None and model.edges is not None and model.candidate is not None
    assert 0.0 < model.candidate.threshold < 1.0
    assert model.edges.weights.shape == model.candidate.weights.shape == model.weights.shape
    assert np.abs(model.edges.weights).sum() > 0 and np.abs(model.candidate.weights).sum() > 0


def test_shipped_model_drops_a_plain_action_and_keeps_speech(analyze_text):
    an = analyze_text("Two years ago the senator went hiking in the Andes with her brother. "
                      "She said on Monday that the trip had changed her views on conservation.")
    cues = [an.document.text[a.cue[0]:a.cue[1]] for a in an.attributions]
    assert cues == ["said"] or cues == ["said on Monday"]


def test_an_official_reaction_with_its_source_is_kept(analyze_text):
    # PolNeAR marks "welcomed" only sometimes, so the learned filter may drop it; a government's
    # reaction is what an analyst of this domain reads the report for
    text = "Chile designated Hezbollah on Monday. Israel's foreign ministry welcomed the decision."
    an = analyze_text(text, "2026-01-24")
    cues = {text[a.cue[0]:a.cue[1]] for a in an.attributions if a.cue}
    sources = {text[s:e] for a in an.attributions for s, e in a.sources}
    assert "welcomed" in cues and any("foreign ministry" in s for s in sources), (cues, sources)
