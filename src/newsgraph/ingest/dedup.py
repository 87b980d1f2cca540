"""Near-duplicate detection (syndicated wire copy republished with small edits) with MinHash LSH."""
from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

from newsgraph.records import Document

NUM_PERM = 128
SCHEME = "affine32"  # datasketch 2 scheme; stored signatures are only comparable within one
THRESHOLD = 0.8  # estimated Jaccard similarity of word 5-shingles above which a text is a copy
_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = 5) -> set[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) < k:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)}


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    m.update_batch(list(shingles(text)))
    return m


class NearDuplicateIndex:
    """An LSH index over stored documents; marks each new document that copies an earlier one."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        # only the 512-byte signatures are kept: a MinHash object carries its own permutation table,
        # which made memory grow by kilobytes per stored document
        self.hashes: dict[str, np.ndarray] = {}
        self.first_copy: dict[str, str] = {}  # a copy's id -> the id of the first copy it reproduces
        self._new: dict[str, bytes] = {}

    @classmethod
    def from_store(cls, store) -> NearDuplicateIndex:
        idx = cls()
        for doc_id, sig, duplicate_of in store.minhashes():
            m = MinHash(num_perm=NUM_PERM, hashvalues=_unpack(sig), scheme=SCHEME)
            idx.lsh.insert(doc_id, m)
            idx.hashes[doc_id] = m.hashvalues
            if duplicate_of:
                idx.first_copy[doc_id] = duplicate_of
        return idx

    def check_and_add(self, doc: Document) -> str | None:
        """Set ``doc.duplicate_of`` to the earliest stored near-copy, if any; index the document."""
        m = minhash(doc.text)
        best, best_sim = None, 0.0
        for other in self.lsh.query(m):
            sim = _jaccard(m.hashvalues, self.hashes[other])
            if sim > best_sim:
                best, best_sim = other, sim
        if best is not None and best_sim >= THRESHOLD:
            # point at the first copy, not at another copy of it
            doc.duplicate_of, doc.similarity = self.first_copy.get(best, best), round(best_sim, 3)
            self.first_copy[doc.id] = doc.duplicate_of
        if doc.id not in self.hashes:
            self.lsh.insert(doc.id, m)
            self.hashes[doc.id] = m.hashvalues.copy()
            self._new[doc.id] = _pack(m)
        return doc.duplicate_of

    def pending(self, analyses) -> dict[str, bytes]:
        """Signatures of the given analysed documents, handed to the store with their batch."""
        return {a.document.id: self._new.pop(a.document.id) for a in analyses if a.document.id in self._new}


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """MinHash estimate of Jaccard similarity: the share of equal signature slots."""
    return float(np.count_nonzero(a == b)) / len(a)


def _pack(m: MinHash) -> bytes:
    return m.hashvalues.astype("<u4").tobytes()


def _unpack(b: bytes):
    return np.frombuffer(b, dtype="<u4").astype(np.uint32)
