"""A small learned cue detector: is this verb an attribution cue here?

A logistic regression over hashed features of the parse (the verb's lemma, its dependents, what
kind of subject it has, whether it sits inside a quotation, its neighbours). It is trained on
PolNeAR by ``training/train_attribution_cues.py`` (reads the corpus at run time; the shipped file
holds only hashed weights, no text) and decides which verbs the rules in ``attribution`` treat as
cues. Around a cue verb, a linear ranker (``edge_features``) picks each edge of the cue among the
words it can reach ("said | Friday", "has | repeatedly | cited"); a regression over single words
(``boundary_features``) is the older, greedy way to draw it, used by weights files without the
ranker. Once a candidate is drawn whole (cue, source, content), a last regression
(``candidate_features``: how its content was found, how long it is, whether it has a source or
sits inside another attribution's content) decides whether it is an attribution at all. Without
the weights file the rules fall back to the cue-verb lexicon alone and the cue is the verb with
its auxiliaries.
"""
from __future__ import annotations

import math
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Token

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "attribution_cues.npz"
N_FEATURES = 1 << 18
_FIRST_SECOND = {"i", "we", "you"}
_WH = {"who", "which", "that"}


def _subject_kind(v: Token) -> str:
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return "none"
    low = subj.lower_
    if low in _FIRST_SECOND:
        return "i"
    if low in _WH:
        return "wh"
    if subj.pos_ == "PRON":
        return "pron"
    if subj.ent_type_ == "PERSON":
        return "person"
    if subj.pos_ == "PROPN" or subj.ent_type_ in ("ORG", "GPE", "NORP"):
        return "propn"
    return "noun"


def cue_features(v: Token, in_quote: bool, quote_adjacent: bool, in_lexicon: bool) -> list[str]:
    """Feature strings of a candidate cue verb."""
    lemma = v.lemma_.lower()
    sk = _subject_kind(v)
    deps = sorted({c.dep_ for c in v.children})
    doc = v.doc
    prev = doc[v.i - 1].lower_ if v.i > 0 else "<s>"
    nxt = doc[v.i + 1].lower_ if v.i + 1 < len(doc) else "</s>"
    inf = any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    neg = any(c.dep_ == "neg" for c in v.children)
    q = "q1" if in_quote else "q0"
    f = ["bias", f"L={lemma}", f"D={v.dep_}", f"T={v.tag_}", f"L|D={lemma}|{v.dep_}", f"L|T={lemma}|{v.tag_}",
         f"S={sk}", f"L|S={lemma}|{sk}", q, f"L|{q}={lemma}", f"{q}|S={sk}", f"lex={in_lexicon}",
         f"lex|{q}|S={in_lexicon}|{sk}", f"adjq={quote_adjacent}", f"L|adjq={lemma}|{quote_adjacent}",
         f"P={prev}", f"N={nxt}", f"L|N={lemma}|{nxt}", f"H={v.head.lemma_.lower()}", f"HD={v.head.dep_}",
         f"inf={inf}", f"L|inf={lemma}|{inf}", f"neg={neg}", f"D|S={v.dep_}|{sk}"]
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if subj is not None:
        f.append(f"SL={subj.lemma_.lower()}")
        f.append(f"L|SL={lemma}|{subj.lemma_.lower()}")
    if obj is not None:
        f.append(f"OL={obj.lemma_.lower()}")
        f.append(f"L|OL={lemma}|{obj.lemma_.lower()}")
    f.append(f"L|H={lemma}|{v.head.lemma_.lower()}")
    f.append(f"P2={doc[v.i - 2].lower_ if v.i > 1 else '<s>'}|{prev}")
    for d in deps:
        f.append(f"C={d}")
        if d in ("ccomp", "xcomp", "dobj", "prep", "nsubj", "nsubjpass", "agent", "prt", "advcl", "dative"):
            f.append(f"L|C={lemma}|{d}")
    for c in v.children:
        if c.dep_ in ("prep", "prt"):
            f.append(f"L|prep={lemma}|{c.lower_}")
        if c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            f.append("that-clause")
            f.append(f"L|that={lemma}")
        if not c.is_punct:
            f.append(f"CL={c.dep_}|{c.lemma_.lower()}")  # "dobj|statement", "prep|about", "advmod|also"
        if c.dep_ in ("ccomp", "xcomp"):
            cs = "subj" if any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) else "nosubj"
            f.append(f"comp={c.dep_}|{cs}|{c.pos_}")
            f.append(f"L|comp={lemma}|{c.dep_}|{cs}")
    h = v.head
    if h != v:
        f.append(f"HD|D={h.dep_}|{v.dep_}|{h.pos_}")
        hsub = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if v.dep_ in ("xcomp", "conj", "advcl") and hsub is not None:
            f.append(f"HS={v.dep_}|{_subject_kind(h)}")
    f.append(f"N2={nxt}|{doc[v.i + 2].lower_ if v.i + 2 < len(doc) else '</s>'}")
    return f


def hashed(features: list[str]) -> np.ndarray:
    return np.fromiter((zlib.crc32(s.encode("utf-8")) % N_FEATURES for s in features), dtype=np.int64)


def boundary_features(core: Token, t: Token, side: str, in_rule_cue: bool, in_content: bool,
                      content_start: bool, kind: str) -> list[str]:
    """Features of token ``t`` next to a cue whose verb is ``core``: is ``t`` part of the cue?
    (PolNeAR cues take some words around the verb: "said Friday", "called on", "declined" but not
    "to comment", "said in a statement" more often than not.)"""
    lemma = core.lemma_.lower()
    w = t.lower_
    rule = "r1" if in_rule_cue else "r0"
    cont = "c1" if content_start else ("c" if in_content else "c0")
    dist = min(abs(t.i - core.i), 5)
    head = "core" if t.head == core else t.head.pos_
    f = ["b:bias", f"b:side={side}", f"b:dist={side}{dist}", f"b:w={side}|{w}", f"b:pos={side}|{t.pos_}",
         f"b:dep={side}|{t.dep_}", f"b:tag={side}|{t.tag_}", f"b:L={side}|{lemma}", f"b:L|w={lemma}|{side}|{w}",
         f"b:L|dep={lemma}|{side}|{t.dep_}", f"b:{rule}", f"b:{rule}|dep={side}|{t.dep_}", f"b:{rule}|w={side}|{w}",
         f"b:{cont}", f"b:{cont}|dep={t.dep_}", f"b:{cont}|w={w}", f"b:ent={t.ent_type_ or '-'}", f"b:kind={kind}",
         f"b:kind|w={kind}|{w}", f"b:head={side}|{head}|{t.dep_}", f"b:headw={t.head.lower_}|{w}",
         f"b:L|head={lemma}|{head}|{t.dep_}", f"b:coredep={core.dep_}|{side}|{t.dep_}"]
    if t.pos_ == "ADP" or t.dep_ in ("prep", "agent", "dative"):
        pobj = next((c for c in t.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None:
            pl = pobj.lemma_.lower()
            f += [f"b:pobj={pl}", f"b:w|pobj={w}|{pl}", f"b:pobjent={w}|{pobj.ent_type_ or '-'}",
                  f"b:L|w|pobj={lemma}|{w}|{pl}"]
    if t.head.dep_ in ("prep", "pobj", "npadvmod", "dobj"):
        f.append(f"b:under={t.head.dep_}|{t.head.lower_}|{t.dep_}")
    return f


def content_end_features(head: Token, mod: Token, cut: int, end: int) -> list[str]:
    """Features of a comma-led modifier ``mod`` trailing the content clause of ``head``: does the
    content end before it? (PolNeAR mostly leaves out ", who ...", ", according to ...", ", a
    former ..." but keeps ", compared to ...", ", while ...".)"""
    doc = head.doc
    first = doc[mod.left_edge.i]
    sep = doc[cut].text + ("+cc" if cut + 1 < mod.left_edge.i else "")
    kept = cut - head.left_edge.i
    rest = end - mod.left_edge.i
    bucket = lambda n: "1" if n <= 1 else "3" if n <= 3 else "6" if n <= 6 else "12" if n <= 12 else "more"  # noqa: E731
    attach = "head" if mod.head == head else mod.head.dep_
    verb = any(t.pos_ in ("VERB", "AUX") for t in mod.subtree)
    return ["e:bias", f"e:dep={mod.dep_}", f"e:pos={mod.pos_}", f"e:first={first.lower_}", f"e:sep={sep}",
            f"e:dep|first={mod.dep_}|{first.lower_}", f"e:dep|sep={mod.dep_}|{sep}", f"e:attach={attach}|{mod.dep_}",
            f"e:headdep={head.dep_}", f"e:headpos={head.pos_}|{mod.dep_}", f"e:kept={bucket(kept)}",
            f"e:rest={bucket(rest)}", f"e:dep|rest={mod.dep_}|{bucket(rest)}", f"e:verb={verb}|{mod.dep_}",
            f"e:firstpos={first.pos_}|{first.tag_}", f"e:ent={first.ent_type_ or '-'}",
            f"e:modlemma={mod.lemma_.lower()}", f"e:headlemma={head.lemma_.lower()}|{mod.dep_}"]


def edge_features(core: Token, edge: int, side: str, rule_edge: int, content_starts: set[int],
                  content_tokens: set[int], kind: str) -> list[str]:
    """Features of one possible edge of a cue drawn outwards from its verb ``core``: the cue would
    take the words between ``core`` and ``edge`` on ``side`` ("R": "said Friday", "responded to";
    "L": "has repeatedly", "went on to"). Scored against the other edges of the same side (a
    ranking: the gold edge against its alternatives)."""
    doc = core.doc
    lemma = core.lemma_.lower()
    toks = list(doc[core.i + 1:edge + 1]) if side == "R" else list(doc[edge:core.i])
    n = len(toks)
    cap = toks[:4] if side == "R" else toks[-4:]
    more = "+" if n > 4 else ""
    words = "_".join(t.lower_ for t in cap) + more
    pos = "_".join(t.pos_ for t in cap) + more
    deps = "_".join(t.dep_ for t in cap) + more
    outer = toks[-1] if side == "R" and toks else toks[0] if toks else core  # the cue's last (first) word
    j = edge + 1 if side == "R" else edge - 1
    beyond = doc[j] if 0 <= j < len(doc) else None  # the first word left out
    b_word = beyond.lower_ if beyond is not None else "<edge>"
    b_pos = beyond.pos_ if beyond is not None else "-"
    b_dep = beyond.dep_ if beyond is not None else "-"
    b_cont = "-" if beyond is None else "start" if beyond.idx in content_starts else \
        "in" if beyond.i in content_tokens else "out"
    span = {t.i for t in toks} | {core.i}
    # words whose dependents run past the edge: "said in | a statement" leaves "in" open
    opened = sum(1 for t in toks for c in t.children if c.i not in span and (c.i > edge if side == "R" else c.i < edge))
    rule = "rule" if edge == rule_edge else ("inside" if (edge < rule_edge if side == "R" else edge > rule_edge)
                                              else "outside")
    s = side
    nb = str(min(n, 5))
    f = [f"{s}:bias", f"{s}:n={nb}", f"{s}:L|n={lemma}|{nb}", f"{s}:w={words}", f"{s}:L|w={lemma}|{words}",
         f"{s}:pos={pos}", f"{s}:dep={deps}", f"{s}:outer={outer.lower_}|{n > 0}", f"{s}:outerpos={outer.pos_}|{outer.dep_}",
         f"{s}:next={b_word}", f"{s}:nextpos={b_pos}|{b_dep}", f"{s}:L|next={lemma}|{b_word}", f"{s}:nextc={b_cont}",
         f"{s}:nextc|pos={b_cont}|{b_pos}", f"{s}:outer|next={outer.pos_}|{b_pos}", f"{s}:rule={rule}",
         f"{s}:rule|n={rule}|{nb}", f"{s}:kind|n={kind}|{nb}", f"{s}:kind|w={kind}|{words}", f"{s}:open={min(opened, 2)}",
         f"{s}:open|outer={min(opened, 2)}|{outer.pos_}", f"{s}:coredep|n={core.dep_}|{nb}",
         f"{s}:ents={'_'.join(sorted({t.ent_type_ for t in toks if t.ent_type_}))}"]
    return f


def candidate_features(anchor: Token, cue: list[Token], kind: str, source: list[Token], contents: list[list[Token]],
                       direct: bool, stance: str, nested: bool, verb_features: list[str]) -> list[str]:
    """Features of a whole candidate attribution once its cue, source and contents are drawn: is
    its cue a cue at all? (What the verb detector cannot see: how the content was found, how long
    it is, whether a source was found, whether it sits inside another attribution's content.)"""
    lemma = anchor.lemma_.lower()
    k = kind or "?"
    words = [t.lower_ for t in cue]
    n_words = sum(len(c) for c in contents)
    bucket = "1" if n_words <= 1 else "3" if n_words <= 3 else "6" if n_words <= 6 else "12" if n_words <= 12 \
        else "25" if n_words <= 25 else "more"
    if not source:
        sk = "none"
    else:
        head = min(source, key=lambda t: (t.head in source, t.i))  # the phrase's root: its head lies outside
        sk = "pron" if head.pos_ == "PRON" else head.ent_type_ or head.pos_
    first = contents[0][0] if contents and contents[0] else None
    c_first = first.lower_ if first is not None else "-"
    c_verb = any(t.pos_ in ("VERB", "AUX") for c in contents for t in c)
    f = ["c:bias", f"c:k={k}", f"c:L={lemma}", f"c:k|L={k}|{lemma}", f"c:pos={anchor.pos_}", f"c:k|dep={k}|{anchor.dep_}",
         f"c:cue={'_'.join(words)}", f"c:k|n={k}|{min(len(cue), 5)}", f"c:last={words[-1]}", f"c:k|last={k}|{words[-1]}",
         f"c:src={sk}", f"c:k|src={k}|{sk}", f"c:L|src={lemma}|{sk}", f"c:len={bucket}", f"c:k|len={k}|{bucket}",
         f"c:L|len={lemma}|{bucket}", f"c:nc={min(len(contents), 3)}", f"c:first={c_first}", f"c:k|first={k}|{c_first}",
         f"c:cverb={c_verb}|{k}", f"c:L|cverb={lemma}|{c_verb}", f"c:direct={direct}", f"c:stance={stance}",
         f"c:nested={nested}", f"c:k|nested={k}|{nested}", f"c:L|nested={lemma}|{nested}"]
    if first is not None:
        f.append(f"c:firstpos={k}|{first.pos_}|{first.ent_type_ or '-'}")
    return f + ["c:" + x for x in verb_features]


@dataclass(frozen=True)
class LinearModel:
    """Logistic regression over hashed features with a decision threshold."""
    weights: np.ndarray
    threshold: float

    def prob(self, features: list[str]) -> float:
        z = float(self.weights[hashed(features)].sum())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def decide(self, features: list[str]) -> bool:
        return self.prob(features) >= self.threshold


@dataclass(frozen=True)
class CueModel(LinearModel):
    """Which verbs are cues (``weights``), and which words around a cue verb belong to the cue
    (``boundary``; None in a weights file from before it existed)."""
    boundary: LinearModel | None = None
    content_end: LinearModel | None = None  # is a trailing modifier left out of the content?
    candidate: LinearModel | None = None  # is a drawn candidate's cue a cue (``candidate_features``)?
    edges: LinearModel | None = None  # which edge of a verb cue is right (``edge_features``, a ranking)

    def best_edge(self, options: list[list[str]]) -> int:
        """Index of the highest-scoring edge among ``options`` (their features)."""
        assert self.edges is not None
        return int(np.argmax([float(self.edges.weights[hashed(f)].sum()) for f in options]))

    def is_cue(self, features: list[str]) -> bool:
        return self.decide(features)


@lru_cache(maxsize=1)
def load_cue_model(path: str | None = None) -> CueModel | None:
    p = Path(path) if path else MODEL_PATH
    if not p.exists():
        return None
    data = np.load(p)
    return CueModel(weights=data["weights"].astype(np.float32), threshold=float(data["threshold"]),
                    boundary=_stored_model(data, "boundary_"), content_end=_stored_model(data, "content_end_"),
                    candidate=_stored_model(data, "candidate_"), edges=_stored_model(data, "edges_"))


def _stored_model(data, prefix: str) -> LinearModel | None:
    """The ``{prefix}weights`` / ``{prefix}threshold`` model of a weights file, if it has one."""
    if f"{prefix}weights" not in data:
        return None
    return LinearModel(weights=data[f"{prefix}weights"].astype(np.float32), threshold=float(data[f"{prefix}threshold"]))


def adagrad_step(w: np.ndarray, g2: np.ndarray, idx: np.ndarray, grad, rate: float) -> None:
    """One AdaGrad update of the weights at ``idx`` (both trainers take the same step)."""
    g2[idx] += grad * grad
    w[idx] -= rate * grad / np.sqrt(g2[idx])


def adagrad_epochs(n: int, step: Callable[[np.ndarray, np.ndarray, int], float], epochs: int, seed: int,
                   progress: Callable[[int, float], None] | None = None) -> np.ndarray:
    """The loop the trainers share: hashed weights from zero, ``epochs`` passes over ``n`` examples
    in a seeded shuffle; ``step(w, g2, i)`` updates the weights (and their AdaGrad sums) on example
    ``i`` and returns its loss (deterministic for a seed)."""
    rng = np.random.default_rng(seed)
    w = np.zeros(N_FEATURES, dtype=np.float64)
    g2 = np.full(N_FEATURES, 1e-8)
    order = np.arange(n)
    for epoch in range(epochs):
        rng.shuffle(order)
        loss = 0.0
        for i in order:
            loss += step(w, g2, i)
        if progress:
            progress(epoch, loss / max(1, n))
    return w


def train_ranker(groups: list[list[np.ndarray]], gold: list[int], epochs: int = 4, rate: float = 0.05,
                 l2: float = 1e-6, seed: int = 13, progress: Callable[[int, float], None] | None = None) -> np.ndarray:
    """A linear ranker over hashed binary features: in each group (the options of one decision,
    ``gold`` the right one) softmax over the options' scores, AdaGrad SGD on the log-likelihood
    (deterministic for a seed)."""
    def step(w: np.ndarray, g2: np.ndarray, i: int) -> float:
        opts = groups[i]
        z = np.array([w[idx].sum() for idx in opts])
        z -= z.max()
        p = np.exp(z)
        p /= p.sum()
        for j, idx in enumerate(opts):
            g = p[j] - (1.0 if j == gold[i] else 0.0)
            if abs(g) < 1e-6:
                continue
            adagrad_step(w, g2, idx, g + l2 * w[idx], rate)
        return -math.log(max(p[gold[i]], 1e-12))

    return adagrad_epochs(len(groups), step, epochs, seed, progress)


def train_logistic(examples: list[np.ndarray], labels: list[int], epochs: int = 6, rate: float = 0.2,
                   l2: float = 1e-6, seed: int = 13, progress: Callable[[int, float], None] | None = None) -> np.ndarray:
    """Logistic regression over hashed binary features, AdaGrad SGD (deterministic for a seed)."""
    y = np.asarray(labels, dtype=np.float64)

    def step(w: np.ndarray, g2: np.ndarray, i: int) -> float:
        idx = examples[i]
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, w[idx].sum()))))
        adagrad_step(w, g2, idx, p - y[i] + l2 * w[idx], rate)
        return -(math.log(p if y[i] else 1.0 - p + 1e-12) if p > 0 else 0.0)

    return adagrad_epochs(len(examples), step, epochs, seed, progress)
