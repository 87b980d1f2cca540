"""The memoised attribute ruler gives every token the same annotations as spaCy's own."""
from __future__ import annotations

import spacy
from conftest import EXAMPLES

from newsgraph.nlp import MODEL
from newsgraph.nlp.attribute_rules import MemoisedAttributeRuler, memoise_attribute_ruler

# the two-token rules (contractions, "there is") and ordinary news prose
RULE_CASES = ("Y'all gon na see it, let's go. C'mon, there's a man who ai n't here. I got ta run. "
              "There are two ministers and there were three envoys; it is what it was.")


def example_texts() -> list[str]:
    texts = [RULE_CASES]
    for path in sorted((EXAMPLES / "corpus").rglob("*.txt"))[:6]:
        texts.append(path.read_text(encoding="utf-8")[:4000])
    return texts


def annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.dep_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_same_annotations_as_spacy_attribute_ruler():
    stock = spacy.load(MODEL, disable=["ner"])
    fast = spacy.load(MODEL, disable=["ner"])
    memoise_attribute_ruler(fast)
    match = fast.get_pipe("attribute_ruler").match.__self__
    assert isinstance(match, MemoisedAttributeRuler) and match.exact_multi_start
    assert len(match.multi) >= 1 and len(match.single) > 100
    texts = example_texts()
    assert len(texts) > 3
    for text in texts:
        assert annotations(fast(text)) == annotations(stock(text))
    # a repeated text is answered from the memo alone
    size = match.size
    assert size > 100 and len(match.entries) < size / 5  # words share a few distinct answers
    fast(texts[1])
    assert match.size == size


def test_pipeline_uses_memoised_ruler(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler").match.__self__, MemoisedAttributeRuler)
    doc = nlp("There's a man who ai n't here.")
    assert [t.lemma_ for t in doc][:2] == ["there", "be"] and doc[1].pos_ == "VERB"
