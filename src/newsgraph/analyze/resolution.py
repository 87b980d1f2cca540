"""Entity resolution across documents.

Actors the knowledge base does not know are stored per document (``<doc id>:a3``). Here they are
joined across documents, and to KB actors, when the evidence agrees:

- name: rapidfuzz ``token_sort_ratio`` of the normalised names and aliases (accents, case and a
  leading "the" ignored); a person named by surname alone ("de la Torre") matches the full name;
- type: the same type, or one of them generic (``organization``/``group``); a person never merges
  with a body;
- country: the same, or unknown on one side, and never two countries in one merged actor (an actor of
  no stated country does not bridge them); an actor named only by a generic head ("the government")
  or a CAMEO agent noun ("insurgents", ``---REB``) with no country merges with nothing by name;
- shared context: the KB actors mentioned in both documents, and the roles/affiliations stated.

A document actor also joins a KB actor when its name is a KB alias, or a short form of the alias of a
KB actor named in the same document ("the Guards" after "the Revolutionary Guards"), if unique.

A pair merges when the name is (near-)identical (>= 95) with compatible type and country (for a
person, a full name: a lone surname needs context), or close (>= 85, or a surname match) and the
documents share at least one KB actor in context. Every merge
keeps its evidence (scores, the shared context). The analyst's ``merge``/``split`` decisions are
stored in ``actor_merges`` (no foreign keys, so they survive re-ingests and new documents); a
merge joins two actors whatever the scores; a split keeps an actor apart from everything (or from
one other actor), which automatic merging then respects.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz

from newsgraph.analyze.models import Merge
from newsgraph.kb import load_lexicon, norm_alias
from newsgraph.store import Store
from newsgraph.store import queries as Q

GENERIC_TYPES = frozenset({"organization", "group"})
# heads too generic to stand for one body on their own ("the government", "the ministry")
GENERIC_HEADS = frozenset({"government", "ministry", "council", "police", "army", "forces", "officials", "party",
                           "group", "court", "parliament", "congress", "embassy", "agency", "office", "department",
                           "administration", "authorities", "military", "navy", "command", "service", "services",
                           "commission", "committee", "state", "republic", "union", "front", "movement"})
# a bare head that, given the country, names its government
GOVERNMENT_HEADS = frozenset({"government", "national government", "federal government", "central government",
                              "administration"})
NEAR_IDENTICAL = 95.0
CLOSE = 85.0
_ARTICLE = re.compile(r"^(the|la|el|los|las|le|les)\s+")
_cache: dict[tuple[str, str], dict[str, str]] = {}


class ResolutionError(ValueError):
    pass


def _key(name: str) -> str:
    return _ARTICLE.sub("", norm_alias(name)).replace("'s", "").strip(" .,'\"")


def _types_compatible(a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    if a == "person" or b == "person":
        return False
    return a in GENERIC_TYPES or b in GENERIC_TYPES


def _countries_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _name_score(a: dict[str, Any], b: dict[str, Any]) -> tuple[float, str]:
    best, how = 0.0, ""
    for x in a["_keys"]:
        for y in b["_keys"]:
            s = fuzz.token_sort_ratio(x, y)
            if s > best:
                best, how = s, f"{x!r} ~ {y!r}"
    if a["type"] == "person" and b["type"] == "person" and best < CLOSE:
        # a surname alone ("de la Torre") against the full name ("Rick de la Torre")
        for x in a["_keys"]:
            for y in b["_keys"]:
                short, long_ = sorted((x, y), key=len)
                if len(short) >= 4 and long_.endswith(" " + short):
                    return 86.0, f"surname {short!r} of {long_!r}"
    return best, how


@lru_cache(maxsize=1)
def _agent_nouns() -> frozenset[str]:
    """The CAMEO agent nouns ("insurgents", "protesters", "riot police"): the extractor makes them
    actors with no name of their own (``---REB``), so a shared noun says nothing about identity."""
    return frozenset(_key(n) for nouns in load_lexicon("agents.json")["agents"].values() for n in nouns)


def _generic(r: dict[str, Any]) -> bool:
    """Named only by a generic head ("government", "the ministry", "officials") or an agent noun
    ("insurgents", "gunmen")."""
    return all(all(w in GENERIC_HEADS for w in k.split()) or k in _agent_nouns() for k in r["_keys"])


def _shared_context(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    return sorted(set(a["context"]) & set(b["context"]))


def auto_candidates(unlinked: list[dict[str, Any]], kb_actors: list[dict[str, Any]]) -> list[Merge]:
    """Candidate merges with their evidence, best first (no analyst decisions applied)."""
    for r in unlinked:
        r["_keys"] = sorted({_key(n) for n in [r["name"], *r["aliases"]] if _key(n)})
    out: list[Merge] = []
    # 1. an unlinked actor whose name is a KB actor's alias (extraction missed the link)
    kb_by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for k in kb_actors:
        for n in {k["name"], *k["aliases"]}:
            if _key(n):
                kb_by_key[_key(n)].append(k)
    for r in unlinked:
        hits = {k["id"]: k for key in r["_keys"] for k in kb_by_key.get(key, ())
                if _types_compatible(r["type"], k["type"]) and _countries_compatible(r["country"], k["country"])}
        if len(hits) == 1:
            k = next(iter(hits.values()))
            out.append(Merge(keep=k["id"], merged=r["id"], method="auto", score=1.0, evidence={
                "rule": "name is an alias of a knowledge-base actor", "name": r["name"], "kb_actor": k["name"],
                "type": [r["type"], k["type"]], "country": [r["country"], k["country"]]}))
    # 1b. a short form of a KB actor named in the same document ("the Guards" after "Revolutionary Guards")
    kb_rows = {k["id"]: k for k in kb_actors}
    linked = {m.merged for m in out}
    for r in unlinked:
        if r["id"] in linked or r["type"] == "person":
            continue
        hits = {}
        for kid in r["context"]:
            k = kb_rows.get(kid)
            if not k or not _types_compatible(r["type"], k["type"]):
                continue
            for n in {k["name"], *k["aliases"]}:
                full = _key(n)
                key = _key(r["name"])
                if len(key) >= 4 and key not in GENERIC_HEADS and full != key and full.endswith(" " + key):
                    hits[kid] = (k, n)
        if len(hits) == 1:
            k, n = next(iter(hits.values()))
            out.append(Merge(keep=k["id"], merged=r["id"], method="auto", score=0.9, evidence={
                "rule": "short form of a knowledge-base actor named in the same document", "name": r["name"],
                "kb_actor": k["name"], "matched_alias": n, "document": r["doc_id"]}))
    # 1c. "the government" of a known country (the dateline's, the report's home) is that country's
    # "Government of X": the KB's when it has one, else the one other documents name in full
    linked = {m.merged for m in out}
    full_gov: dict[str, dict[str, Any]] = {}
    for k in [*kb_actors, *sorted(unlinked, key=lambda r: r["id"])]:
        if k["type"] == "government" and k["country"] and k["name"].startswith("Government of "):
            full_gov.setdefault(k["country"], k)
    for r in unlinked:
        k = full_gov.get(r["country"] or "")
        if r["id"] in linked or k is None or k["id"] == r["id"] or r["type"] != "government" \
                or not r["_keys"] or not all(key in GOVERNMENT_HEADS for key in r["_keys"]):
            continue
        out.append(Merge(keep=k["id"], merged=r["id"], method="auto", score=0.95, evidence={
            "rule": "the government of the country the document places it in", "name": r["name"],
            "government": k["name"], "country": r["country"], "document": r["doc_id"]}))
    # 2. unlinked actors across documents; blocks on name tokens so the comparison stays near-linear
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(unlinked):
        for tok in {t for key in r["_keys"] for t in key.split() if len(t) >= 3}:
            blocks[tok].append(i)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) > 200:  # a token in everything ("officials") says nothing
            continue
        for i, j in combinations(members, 2):
            a, b = unlinked[i], unlinked[j]
            if (i, j) in seen or a["doc_id"] == b["doc_id"]:
                continue
            seen.add((i, j))
            if not (_types_compatible(a["type"], b["type"]) and _countries_compatible(a["country"], b["country"])):
                continue
            if (a["country"] is None or b["country"] is None) and _generic(a) and _generic(b):
                continue  # "the government" of no stated country is nobody in particular
            score, how = _name_score(a, b)
            shared = _shared_context(a, b)
            roles = sorted(set(a["roles"]) & set(b["roles"]))
            # a lone surname ("Valdez") is too common to merge people on without shared context
            bare = a["type"] == "person" and min(len(k.split()) for k in a["_keys"] + b["_keys"]) < 2
            ok = (score >= NEAR_IDENTICAL and not bare) or (score >= CLOSE and bool(shared or roles))
            if not ok:
                continue
            out.append(Merge(keep=a["id"], merged=b["id"], method="auto", score=round(score / 100, 3), evidence={
                "rule": "similar names, compatible type and country" + (", shared context" if shared or roles else ""),
                "names": [a["name"], b["name"]], "name_match": how, "name_score": score,
                "type": [a["type"], b["type"]], "country": [a["country"], b["country"]],
                "shared_context": shared, "shared_roles": roles, "documents": [a["doc_id"], b["doc_id"]]}))
    out.sort(key=lambda m: -m.score)
    return out


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.members: dict[str, set[str]] = {}

    def find(self, x: str) -> str:
        p = self.parent.setdefault(x, x)
        self.members.setdefault(x, {x})
        if p != x:
            p = self.parent[x] = self.find(p)
        return p

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if len(self.members[ra]) < len(self.members[rb]):
                ra, rb = rb, ra
            self.parent[rb] = ra
            self.members[ra] |= self.members.pop(rb)


def compute_resolution(store: Store) -> tuple[dict[str, str], list[Merge]]:
    """actor id -> canonical id (only for merged actors), and the merges with their evidence."""
    unlinked = Q.unlinked_actors(store)
    kb_actors = Q.kb_actor_names(store)
    from newsgraph.kb import default_kb

    kb = default_kb()
    for k in kb_actors:  # the KB's own names too, not only those seen in the text
        entry = kb.get(k["id"])
        if entry is not None:
            k["aliases"] = sorted(set(k["aliases"]) | set(entry.all_names()))
    is_kb = {k["id"] for k in kb_actors}
    country = {r["id"]: r["country"] for r in [*unlinked, *kb_actors]}
    decisions = Q.actor_decisions(store)
    isolated = {d["actor_a"] for d in decisions if d["kind"] == "split" and not d["actor_b"]}
    apart = {frozenset((d["actor_a"], d["actor_b"])) for d in decisions if d["kind"] == "split" and d["actor_b"]}
    uf = _UnionFind()
    merges: list[Merge] = []
    for d in decisions:
        if d["kind"] == "merge" and d["actor_b"]:
            uf.union(d["actor_a"], d["actor_b"])
            merges.append(Merge(keep=d["actor_a"], merged=d["actor_b"], method="analyst", score=1.0,
                                evidence={"rule": "analyst merge", "note": d["note"], "at": d["created_at"]}))

    def blocked(a: str, b: str) -> bool:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            return True
        ma, mb = uf.members[ra], uf.members[rb]
        if ma & isolated or mb & isolated:
            return True
        if sum(1 for x in ma if x in is_kb) + sum(1 for x in mb if x in is_kb) > 1:
            return True  # two KB actors are distinct by definition
        if len({country[x] for x in ma | mb if country.get(x)}) > 1:
            return True  # compatible pair by pair through an actor of no country, not as a whole
        return any(frozenset((x, y)) in apart for x in ma for y in mb)

    for m in auto_candidates(unlinked, kb_actors):
        if blocked(m.keep, m.merged):
            continue
        uf.union(m.keep, m.merged)
        merges.append(m)
    names = {r["id"]: r["name"] for r in unlinked}
    keepers = {d["actor_a"] for d in decisions if d["kind"] == "merge"}
    canonical: dict[str, str] = {}
    for members in uf.members.values():
        if len(members) < 2:
            continue
        kb = sorted(x for x in members if x in is_kb)
        # canonical: the KB actor, else the fullest name (stable across runs: ties go to the smaller id)
        # (the analyst's "merge A B" keeps A)
        keep = sorted(x for x in members if x in keepers)
        rep = kb[0] if kb else keep[0] if keep else min(members, key=lambda x: (-len(names.get(x, "")), x))
        for x in members:
            if x != rep:
                canonical[x] = rep
    return canonical, merges


def canonical_map(store: Store) -> dict[str, str]:
    """actor id -> canonical actor id for merged actors; saved in the store when it is writable."""
    state = Q.resolution_state(store)
    key = (store.path, state)
    if key in _cache:
        return _cache[key]
    saved_state, rows = Q.saved_resolution(store) if store.version() >= 2 else (None, [])
    if saved_state == state:
        mapping = {r["actor_id"]: r["canonical_id"] for r in rows if r["actor_id"] != r["canonical_id"]}
    else:
        mapping, merges = compute_resolution(store)
        if not store.readonly:
            by_merged = {m.merged: m for m in merges}
            Q.save_resolution(store, [(a, c, by_merged[a].method if a in by_merged else "auto",
                                       by_merged[a].score if a in by_merged else 0.0,
                                       by_merged[a].evidence if a in by_merged else {}) for a, c in mapping.items()],
                              state)
    _cache.clear()
    _cache[key] = mapping
    return mapping


def merges(store: Store) -> list[Merge]:
    """Every merge in force with its evidence (automatic and the analyst's)."""
    return compute_resolution(store)[1]


def find_actor(store: Store, query: str) -> list[str]:
    """Store actor ids matching a name, alias or id; document actors resolve through their canonical."""
    hits = [r["id"] for r in Q.find_actors(store, query)]
    if not hits:
        from newsgraph.kb import default_kb

        hits = [a.id for a in default_kb().search(query, limit=3) if Q.actors(store, [a.id])]
    return hits


def _one(store: Store, query: str) -> str:
    hits = find_actor(store, query)
    if not hits:
        raise ResolutionError(f"no actor named {query!r} in {store.path}")
    return hits[0]


def merge_actors(store: Store, a: str, b: str, note: str | None = None) -> tuple[str, str]:
    """Analyst: ``a`` and ``b`` are the same actor (kept across re-runs). Returns the two ids."""
    ia, ib = _one(store, a), _one(store, b)
    if ia == ib:
        raise ResolutionError(f"{a!r} and {b!r} are the same actor already ({ia})")
    Q.add_actor_decision(store, "merge", ia, ib, note)
    return ia, ib


def split_actor(store: Store, a: str, b: str | None = None, note: str | None = None) -> list[str]:
    """Analyst: keep ``a`` apart from everything it was merged with (or from ``b`` only)."""
    ids = find_actor(store, a)
    if not ids:
        raise ResolutionError(f"no actor named {a!r} in {store.path}")
    ib = _one(store, b) if b else None
    for i in ids:
        Q.add_actor_decision(store, "split", i, ib, note)
    return ids
