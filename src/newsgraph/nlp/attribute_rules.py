"""The model's attribute ruler, memoised per (word, tag, dependency): same annotations, a third of the CPU.

The ``attribute_ruler`` of the English models maps tags to POS and morphology, and fixes a few
words, with 179 token patterns. spaCy runs all of them over every token with its ``Matcher`` and
then sets each match's attributes through a ``Span``: about 8% of the pipeline's CPU on news text,
more than the tagger and lemmatizer together.

All but eight of the patterns look at one token only, and only at its text (``LOWER``,
``IS_SPACE``), tag and dependency label. Which of them match a token is therefore a function of
(ORTH, TAG, DEP), and so is what they set: the attributes of the matching patterns in pattern
order, a later pattern overriding an earlier one, exactly as the ruler applies its sorted matches.
This module asks a Matcher once per new combination, remembers the merged attributes, and sets
them on each token with the ruler's own ``set_token_attrs``. The eight patterns that span two
tokens run only from tokens that could start one (their first token is memoised the same way);
a token that such a pattern touches gets all its matches one by one in pattern order.
"""
from __future__ import annotations

from spacy.attrs import DEP, ORTH, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

MAX_ENTRIES = 100_000  # (~12 MB) new names and numbers keep coming: start afresh rather than grow for ever
# what a one-token pattern may test for the memo to be exact: the text and what (ORTH, TAG, DEP) fix
_KEY_ATTRS = {"ORTH", "LOWER", "IS_SPACE", "TAG", "DEP"}


def _one_token_test(token_pattern: dict) -> bool:
    return "OP" not in token_pattern and all(k in _KEY_ATTRS for k in token_pattern)


class _Entry:
    """What the memo knows about one (ORTH, TAG, DEP): the matching one-token patterns (in order),
    their attributes merged, and whether a two-token pattern could start here."""

    __slots__ = ("ids", "attrs", "starts_multi")

    def __init__(self, ids: tuple[int, ...], attrs: dict | None, starts_multi: bool):
        self.ids, self.attrs, self.starts_multi = ids, attrs, starts_multi


class MemoisedAttributeRuler:
    """Replaces an ``AttributeRuler``'s ``__call__`` work (bound as its ``match`` and
    ``set_annotations``): every token ends with the attributes the ruler would give it."""

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        self.single = Matcher(ruler.vocab, validate=False)
        self.multi = Matcher(ruler.vocab, validate=False)
        self.multi_first = Matcher(ruler.vocab, validate=False)  # the first token of each multi pattern
        self.multi_length = 0
        self.exact_multi_start = True
        for attr_id, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if len(pattern) == 1 and _one_token_test(pattern[0]):
                    self.single.add(str(attr_id), [pattern])
                    continue
                self.multi.add(str(attr_id), [pattern])
                self.multi_length = max(self.multi_length, len(pattern))
                if _one_token_test(pattern[0]):
                    self.multi_first.add(str(attr_id), [[pattern[0]]])
                else:  # cannot tell start tokens from the memo key: run this Matcher over whole documents
                    self.exact_multi_start = False
        # (TAG, DEP) -> ORTH -> entry: one int key per word, and one shared entry per distinct answer
        # (most words get one of a few), so the memo costs ~120 bytes a word
        self.memo: dict[tuple[int, int], dict[int, _Entry]] = {}
        self.entries: dict[tuple, _Entry] = {}
        self.size = 0

    def _entry(self, doc: Doc, i: int) -> _Entry:
        strings = doc.vocab.strings
        span = doc[i:i + 1]
        ids = tuple(sorted(int(strings[m_id]) for m_id, _, _ in self.single(span, allow_missing=True)))
        merged: dict = {}
        for attr_id in ids:
            merged.update(self.ruler.attrs[attr_id])
        starts = bool(len(self.multi_first)) and bool(self.multi_first(span, allow_missing=True))
        shared = self.entries.get((ids, starts))
        if shared is None:
            shared = self.entries[(ids, starts)] = _Entry(ids, merged or None, starts)
        return shared

    def match(self, doc: Doc) -> tuple[list[_Entry], list[tuple[int, int]]]:
        """Each token's memo entry, and the (pattern number, token) pairs of two-token matches."""
        if self.size > MAX_ENTRIES:
            self.memo.clear()
            self.size = 0
        memo = self.memo
        entries = []
        for i, (orth, tag, dep) in enumerate(doc.to_array([ORTH, TAG, DEP]).tolist()):
            words = memo.get((tag, dep))
            if words is None:
                words = memo[(tag, dep)] = {}
            entry = words.get(orth)
            if entry is None:
                entry = words[orth] = self._entry(doc, i)
                self.size += 1
            entries.append(entry)
        multi: list[tuple[int, int]] = []
        if len(self.multi):
            if self.exact_multi_start:
                starts = [i for i, e in enumerate(entries) if e.starts_multi]
                found = {(m, s, e) for i in starts
                         for m, s, e in self._spans(doc, doc[i:i + self.multi_length]) if s == i}
            else:
                found = set(self._spans(doc, doc))
            strings = doc.vocab.strings
            for m_id, s, e in sorted(found):
                attr_id = int(strings[m_id])
                multi.append((attr_id, doc[s:e][self.ruler.indices[attr_id]].i))
        return entries, multi

    def _spans(self, doc: Doc, span) -> list[tuple[int, int, int]]:
        return [(m.label, m.start, m.end) for m in self.multi(span, allow_missing=True, as_spans=True)]

    def set_annotations(self, doc: Doc, matches: tuple[list[_Entry], list[tuple[int, int]]]) -> None:
        entries, multi = matches
        touched: dict[int, list[int]] = {}
        for attr_id, i in multi:
            touched.setdefault(i, []).append(attr_id)
        attrs = self.ruler.attrs
        for i, entry in enumerate(entries):
            if i in touched:  # one by one in pattern order, as the ruler does
                for attr_id in sorted(entry.ids + tuple(touched[i])):
                    set_token_attrs(doc[i], attrs[attr_id])
            elif entry.attrs is not None:
                set_token_attrs(doc[i], entry.attrs)


def memoise_attribute_ruler(nlp: Language) -> None:
    """Give the pipeline's ``attribute_ruler`` (if any) the memoised matching and setting."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        fast = MemoisedAttributeRuler(ruler)
        ruler.match, ruler.set_annotations = fast.match, fast.set_annotations
