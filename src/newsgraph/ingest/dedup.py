"""Near-duplicate detection (syndicated wire copy republished with small edits) with MinHash LSH.

The LSH index lives in the store (``minhash_bands``, one row per band of each stored signature),
not in memory: an in-memory index grew by ~2.5 KB per document, 25 MB per 10,000 and gigabytes
over a backfill, in the process that writes. Only the documents checked but not yet written (those
in flight to the workers, at most a few hundred) are indexed in memory, and leave it when their
batch is handed to the store.
"""
from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash

from newsgraph.records import Document

NUM_PERM = 128
SCHEME = "affine32"  # datasketch 2 scheme; stored signatures are only comparable within one
THRESHOLD = 0.8  # estimated Jaccard similarity of word 5-shingles above which a text is a copy
# Bands x rows: datasketch's optimum for THRESHOLD 0.8 over 128 permutations (MinHashLSH(0.8, 128).b, .r).
# Schema v7 cuts stored signatures into the same bands: change both together, with a migration.
BANDS, ROWS = 9, 13
_BAND_BYTES = ROWS * 4  # a slot is a little-endian uint32
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


def signature(text: str) -> bytes:
    """The packed MinHash signature of ``text`` (the form the store keeps)."""
    return minhash(text).hashvalues.astype("<u4").tobytes()


def bands(sig: bytes) -> list[tuple[int, bytes]]:
    """(band number, band bytes) of a packed signature: two texts are candidates if any band is equal."""
    return [(b, sig[b * _BAND_BYTES:(b + 1) * _BAND_BYTES]) for b in range(BANDS)]


def similarity(a: bytes, b: bytes) -> float:
    """MinHash estimate of Jaccard similarity: the share of equal signature slots."""
    x, y = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    return float(np.count_nonzero(x == y)) / len(x)


class NearDuplicateIndex:
    """Marks each new document that copies an earlier one, stored or still in flight.

    ``store`` (a ``newsgraph.store.Store``) answers for written documents; documents checked since
    are kept here until ``pending`` hands their signatures to the store with their batch. Without a
    store every document stays in memory (small inputs, tests).
    """

    def __init__(self, store=None) -> None:
        self.store = store
        self._unwritten: dict[str, tuple[bytes, str | None]] = {}  # id -> (signature, first copy it reproduces)
        self._bands: dict[tuple[int, bytes], list[str]] = {}  # band -> unwritten ids having it, oldest first

    def __contains__(self, doc_id: str) -> bool:
        """Whether ``doc_id`` was checked and not yet handed to the store."""
        return doc_id in self._unwritten

    def __len__(self) -> int:
        return len(self._unwritten)

    def _candidates(self, keys: list[tuple[int, bytes]]) -> list[tuple[str, bytes, str | None]]:
        """(id, signature, first copy) of earlier documents sharing a band, oldest first."""
        out = list(self.store.near_duplicate_candidates(keys)) if self.store is not None else []
        near = {doc_id for key in keys for doc_id in self._bands.get(key, ())}
        if near:  # in the order they were checked (dicts keep insertion order)
            out += [(doc_id, *entry) for doc_id, entry in self._unwritten.items() if doc_id in near]
        return out

    def check_and_add(self, doc: Document) -> str | None:
        """Set ``doc.duplicate_of`` to the earliest near-copy's first copy, if any; index the document."""
        if doc.id in self._unwritten:
            return doc.duplicate_of
        sig = signature(doc.text)
        keys = bands(sig)
        best, best_first, best_sim = None, None, 0.0
        for other, other_sig, other_first in self._candidates(keys):
            sim = similarity(sig, other_sig)
            if sim > best_sim:  # strictly greater: ties go to the older document
                best, best_first, best_sim = other, other_first, sim
        if best is not None and best_sim >= THRESHOLD:
            # point at the first copy, not at another copy of it
            doc.duplicate_of, doc.similarity = best_first or best, round(best_sim, 3)
        self._unwritten[doc.id] = (sig, doc.duplicate_of)
        for key in keys:
            self._bands.setdefault(key, []).append(doc.id)
        return doc.duplicate_of

    def pending(self, analyses) -> dict[str, bytes]:
        """Signatures of the given analysed documents, handed to the store with their batch (which
        from then on answers for them)."""
        out: dict[str, bytes] = {}
        if self.store is None:  # nothing else remembers them
            return {a.document.id: self._unwritten[a.document.id][0] for a in analyses if a.document.id in self._unwritten}
        for a in analyses:
            doc_id = a.document.id
            if doc_id not in self._unwritten:
                continue
            sig, _ = self._unwritten.pop(doc_id)
            out[doc_id] = sig
            for key in bands(sig):
                ids = self._bands[key]
                ids.remove(doc_id)
                if not ids:
                    del self._bands[key]
        return out
