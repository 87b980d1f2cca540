"""The model's attribute ruler with its matching memoised per (word, tag, dependency).

The ``attribute_ruler`` of the English models maps tags to POS and morphology, and fixes a few
words, with 179 token patterns. spaCy runs all of them over every token with its ``Matcher``:
about 8% of the pipeline's CPU on news text, more than the tagger and lemmatizer together. All but
eight of the patterns look at one token only, and only at its text (``LOWER``, ``IS_SPACE``), tag
and dependency label, so which of them match a token is a function of (ORTH, TAG, DEP): this
module asks the Matcher once per new combination and remembers the answer. The eight patterns
spanning two tokens still go through a Matcher of their own. The matches, in the ruler's order, go
to the ruler's own ``set_annotations``: every token gets the same attributes as before.
"""
from __future__ import annotations

from spacy.attrs import DEP, ORTH, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

MAX_ENTRIES = 100_000  # (~15 MB) new names and numbers keep coming: start afresh rather than grow for ever
# what a one-token pattern may test for the memo to be exact: the text and what (ORTH, TAG, DEP) fix
_KEY_ATTRS = {"ORTH", "LOWER", "IS_SPACE", "TAG", "DEP"}


class MemoisedMatch:
    """Replaces an ``AttributeRuler``'s ``match``: the same matches, in the same order."""

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        self.single = Matcher(ruler.vocab, validate=False)
        self.multi = Matcher(ruler.vocab, validate=False)
        self.memo: dict[tuple[int, int, int], tuple[tuple[int, int], ...]] = {}
        self._shared: dict[tuple, tuple] = {}  # one copy of each distinct answer (most tokens share a few)
        for attr_id, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                one_token = len(pattern) == 1 and all(
                    k in _KEY_ATTRS for k in pattern[0]) and "OP" not in pattern[0]
                (self.single if one_token else self.multi).add(str(attr_id), [pattern])

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if len(self.memo) > MAX_ENTRIES:
            self.memo.clear()
            self._shared.clear()
        strings, memo = doc.vocab.strings, self.memo
        matches = []
        for i, key in enumerate(map(tuple, doc.to_array([ORTH, TAG, DEP]).tolist())):
            found = memo.get(key)
            if found is None:
                found = tuple(sorted(
                    (int(strings[m_id]), m_id) for m_id, _, _ in self.single(doc[i:i + 1], allow_missing=True)))
                found = memo[key] = self._shared.setdefault(found, found)
            matches.extend((attr_id, m_id, i, i + 1) for attr_id, m_id in found)
        if len(self.multi):
            matches.extend((int(strings[m_id]), m_id, s, e)
                           for m_id, s, e in self.multi(doc, allow_missing=True, as_spans=False))
        matches.sort()  # by pattern number, so later rules have precedence, as the ruler sorts them
        return matches


def memoise_attribute_ruler(nlp: Language) -> None:
    """Give the pipeline's ``attribute_ruler`` (if any) the memoised matching."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.match = MemoisedMatch(ruler)
