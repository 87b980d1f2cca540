"""Attribution extraction: cues, sources, contents, stances (issue 5).

Rules over the dependency parse plus a small learned cue detector, following the PARC/PolNeAR
notion of attribution (the cue is the reporting verb with its auxiliaries, adverbs and particles;
the source is the speaker's whole noun phrase, appositions included; the content is the reported
clause, "that" included, or the quotation itself):

1. Quotation regions are found in the raw text first (``attribution_quotes``): robust to mixed
   curly/straight and unbalanced marks, and to quotes continued over several paragraphs.
2. Which verbs are cues is decided by ``attribution_model`` (a logistic regression over the parse,
   trained on PolNeAR; without its weights file, the cue-verb lexicon
   ``kb/data/lexicon/attribution.json``). Refusals, denials and non-responses are always cues.
   A cue's source is its subject (inherited from the governing verb for "..., adding", "and
   said"; the agent of a passive: "first reported by Axios"); its content is, in order:
   quotations adjacent to its clause ('"A," X said, "B."', 'X said: "A"'), the reported clause
   (ccomp / xcomp / object with its complements / prepositional object, by verb), else the rest of
   its sentence ('..., the sources said', '..., said X, who ...'). A learned ranker then picks
   the cue's edges around its verb, and a learned filter, seeing the candidate whole, drops those
   that are no attribution ("went hiking in ...").
3. "according to X", speech nouns ("X's claim that ..."), dash-attributed quotes ('"..." — Name')
   and labelled lines ("WALLACE: ...") add their own attributions.
4. Quotations left over (whole quoted sentences after "...," he said., quoted paragraphs) join the
   attribution of the quotation before them, or of the paragraph they continue.
5. Stance: declined ("declined to comment"), no_response ("did not respond to a request for
   comment", "could not be reached"), denial ("denied", "rejected the report", "said it had not
   ..."), else statement. Source typing lives in ``attribution_sources``.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.actors import DocActors
from newsgraph.extract.attribution_lexicon import AttributionLexicon, attribution_lexicon
from newsgraph.extract.attribution_model import (
    CueModel,
    boundary_features,
    candidate_features,
    content_end_features,
    cue_features,
    edge_features,
    load_cue_model,
)
from newsgraph.extract.attribution_quotes import Quote, find_quotes
from newsgraph.extract.attribution_sources import type_source
from newsgraph.kb import KnowledgeBase
from newsgraph.records import Attribution, Document

_SUBJ = ("nsubj", "nsubjpass")
_BARE_CHANNEL_VERBS = {"say"}
_CUE_RIGHT = ("advmod",)
_CIRCUMSTANCE_PREPS = {"during", "at", "in", "on", "after", "before", "since", "amid", "while", "throughout"}
_CONTENT_PREPS = {"on", "about", "to", "for", "against", "of", "as", "over", "with", "at", "into"}
_DASH_AFTER = re.compile(r"[ \t\xa0]*([—–―]|--?)[ \t\xa0]*(?=[A-Z])")
# "WALLACE: Do you ...", "Poll: Voters ...": a line opened by a speaker or source label and a colon
_LABEL = re.compile(r"(?m)^[ \t\"“]*((?:[A-Z][\w.’'&-]*[ \t]+){0,3}[A-Z][\w.’'&-]*)[ \t]*(:)[ \t]+(?=\S)")
_BETWEEN_QUOTE_AND_CLAUSE = set(" \t\n\xa0,;:—–-")
_CUE_LEFT = ("aux", "auxpass", "neg", "advmod")
_INHERIT_DEPS = ("advcl", "conj", "xcomp", "ccomp", "acl", "pcomp")
_SENTENCE_SCOPE_DEPS = ("ROOT", "parataxis", "ccomp", "conj", "advcl")
_EDGE_REACH = 6  # words on each side of a cue verb the edge ranker may take into the cue


@dataclass
class _Candidate:
    cue: list[Token]
    source: Span | None
    contents: list[tuple[int, int]] = field(default_factory=list)
    direct: bool = False
    stance: str = "statement"
    quotes: list[int] = field(default_factory=list)  # indices of quotations used as content
    anchor: Token | None = None
    kind: str = ""  # how the content was found: quote, ccomp, xcomp, dobj, prep, sentence, ...
    verbal: bool = False  # cued by a verb: its boundary may take words around the verb


class _Extractor:
    def __init__(self, doc: Doc, actors: DocActors, lex: AttributionLexicon):
        self.doc, self.actors, self.lex = doc, actors, lex
        self.text = doc.text
        self.quotes = find_quotes(self.text)
        self._q_starts = [q.inner_start for q in self.quotes]
        self.used_quotes: set[int] = set()
        self.cue_prefix: dict[int, list[Token]] = {}  # xcomp verb -> governing verb's cue tokens
        # does a content clause end before this comma-led trailing modifier? (set by ``run``)
        self.cut_trailing: Callable[[Token, Token, int, list[str]], bool] = _cut_relative_clause

    # ---- quotations ---------------------------------------------------------------------------
    def quote_at(self, char: int) -> int | None:
        k = bisect.bisect_right(self._q_starts, char) - 1
        if k >= 0 and self.quotes[k].inner_start <= char < self.quotes[k].inner_end:
            return k
        return None

    def in_quote(self, tok: Token) -> bool:
        return self.quote_at(tok.idx) is not None

    def adjacent_quotes(self, start_char: int, end_char: int) -> tuple[list[int], list[int]]:
        """Quotations ending right before ``start_char`` and starting right after ``end_char``,
        with only punctuation and spaces between."""
        before: list[int] = []
        after: list[int] = []
        k = bisect.bisect_right(self._q_starts, start_char) - 1
        if k >= 0:
            q = self.quotes[k]
            glue = self.text[q.end:start_char]
            # '"...," he said' — not '"..." The ministry said' (a new sentence after the quote)
            joined = self.text[q.inner_end - 1] in ",?!—–-" or any(ch in ",—–:" for ch in glue)
            if q.end <= start_char and _only_glue(glue) and joined and q.inner_end - q.inner_start > 1:
                before.append(k)
        k2 = bisect.bisect_left(self._q_starts, end_char)
        if k2 < len(self.quotes):
            q = self.quotes[k2]
            glue = self.text[end_char:q.start]
            if q.start >= end_char and _only_glue(glue) and ("\n" not in glue or ":" in glue):
                after.append(k2)
        return before, after

    # ---- candidates from verbs ----------------------------------------------------------------
    def speaker_subject(self, v: Token) -> Token | None:
        """The nominal subject of ``v`` that can be its speaker. Given two ('"The reaction, ...,"
        the campaign manager said'; 'Leaders like her, he said'), the one outside quotations,
        nearest the verb: the speaker of a verb outside a quotation is never inside one."""
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if len(subjects) > 1:
            if not self.in_quote(v):
                subjects = [c for c in subjects if not self.in_quote(c)] or subjects
            subjects.sort(key=lambda c: abs(c.i - v.i))
        return subjects[0] if subjects else None

    def verb_features(self, v: Token) -> list[str]:
        """Features of a verb for the learned cue detector (``attribution_model``)."""
        subj = self.speaker_subject(v)
        toks = [v, *(subj.subtree if subj is not None else ())]
        cs = min(t.idx for t in toks)
        ce = max(t.idx + len(t.text) for t in toks)
        before, after = self.adjacent_quotes(cs, ce)
        return cue_features(v, self.in_quote(v), bool(before or after), v.lemma_.lower() in self.lex.cue_verbs)

    def from_verb(self, v: Token, learned: bool = False) -> _Candidate | None:
        """An attribution cued by verb ``v``; ``learned``: the cue detector already accepted it."""
        lex = self.lex
        lemma = v.lemma_.lower()
        if v.pos_ == "VERB" and lemma in lex.unreachable_verbs:
            return self.unreachable(v)
        if v.pos_ not in ("VERB",) or (lemma not in lex.cue_verbs and not learned):
            return None
        if v.dep_ in ("amod", "compound") or (v.dep_ == "acl" and v.tag_ == "VBN"
                                               and not any(c.dep_ == "agent" for c in v.children)):
            return None
        subj = self.speaker_subject(v)
        outside = not self.in_quote(v)  # the verb stands outside every quotation
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)
        src_tok: Token | None = subj
        if passive:
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            src_tok = pobj
        elif src_tok is None and v.dep_ in _INHERIT_DEPS and v.head != v:
            h = v.head
            src_tok = next((c for c in h.children if c.dep_ == "nsubj"), None)
            if src_tok is None and h.dep_ in ("conj", "advcl", "xcomp") and h.head != h:
                src_tok = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
            if src_tok is not None and src_tok.sent.start != v.sent.start:
                src_tok = None
        if any(c.dep_ == "dobj" and c.lemma_.lower() in ("anonymity", "confidentiality") for c in v.children):
            return None  # "who requested anonymity": the terms of sourcing, not a statement
        if src_tok is not None and src_tok.lower_ in ("i", "we", "you") and not outside:
            return None  # a speaker's own "I think" inside a quotation is part of the quote
        if src_tok is None and not passive:
            # '"...," said Col. Jane Doe, a spokeswoman': the speaker after the verb, however parsed
            src_tok = next((c for c in v.children if c.i > v.i and c.dep_ in ("attr", "npadvmod", "dep", "appos")
                            and (c.ent_type_ in ("PERSON", "ORG") or c.pos_ == "PROPN")), None)
        src = self.subtree_span(src_tok) if src_tok is not None else None
        cand = _Candidate(cue=self.cue_tokens(v), source=src, anchor=v, verbal=True)
        # the clause that introduces a direct quotation: cue, subject, addressee, channel
        clause = [t for t in cand.cue]
        if subj is not None and subj.head == v:
            clause.extend(subj.subtree)
        for c in v.children:
            if outside and self.in_quote(c):
                continue  # '"Whatever the critics say, ...," said X': a word of the quotation, not the clause
            if c.dep_ in ("dobj", "dative") and lemma in lex.addressee_verbs:
                clause.extend(c.subtree)
            elif c.dep_ in ("npadvmod", "advmod") or (c.dep_ == "prep" and self._is_channel(c)):
                clause.extend(c.subtree)
            elif c.dep_ == "agent":
                clause.extend(c.subtree)
        cs = min(t.idx for t in clause)
        ce = max(t.idx + len(t.text) for t in clause)
        if outside:
            before, after = self.adjacent_quotes(cs, ce)
            if not after and lemma in lex.cue_verbs:
                # 'saying at the summit on Monday, "..."': the verb's own modifiers before the quotation
                right = [t for c in v.children if c.i > v.i and c.dep_ in ("prep", "npadvmod", "advmod")
                         for t in c.subtree]
                if right and not any(self.in_quote(t) for t in right):
                    after = self.adjacent_quotes(cs, max(ce, *(t.idx + len(t.text) for t in right)))[1]
            qs = [k for k in before + after if k not in self.used_quotes]
            if qs:
                cand.quotes = qs
                cand.direct, cand.kind = True, "quote"
        if not cand.quotes and passive and src_tok is not None:
            # "the plot, which was first reported by Axios": the reported thing is the subject
            obj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
            if obj is not None:
                cand.kind, cand.contents = "passive", [self.char_span(obj.left_edge.i, obj.right_edge.i + 1)]
        raising = self.raising_contents(v, lemma, passive)
        if not cand.quotes and raising:
            # "X is said to be Y", "X appears to Y": the subject and the complement are the content
            cand.contents, cand.source, cand.kind = raising, None, "raising"
        if not cand.quotes and not cand.contents:
            spans = self.content_by_relation(v, lemma, cand)
            if spans:
                cand.contents = spans
                subj_pass = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
                if passive and src_tok is None and subj_pass is not None and subj_pass.i < v.i:
                    # "peacekeepers have been blamed for X": who is blamed is content too
                    cand.contents = [self.char_span(subj_pass.left_edge.i, subj_pass.right_edge.i + 1), *spans]
            elif lemma not in lex.needs_explicit_content and v.dep_ in _SENTENCE_SCOPE_DEPS and outside \
                    and lemma in lex.cue_verbs:
                cand.contents, cand.kind = self.rest_of_sentence(v, clause, src_tok), "sentence"
        if not cand.contents and not cand.quotes and learned and outside:
            # the detector is sure this verb reports something: its first complement after the cue
            # ("pointed to X as ...", "went on about X", "tells his supporters to ...")
            cand.contents, cand.kind = self.first_complement(v, cand), "complement"
        if not cand.contents and not cand.quotes:
            return None
        cand.stance = self.stance(v, lemma, cand)
        return cand

    def first_complement(self, v: Token, cand: _Candidate) -> list[tuple[int, int]]:
        last = max(t.i for t in cand.cue)
        source = set(range(cand.source.start, cand.source.end)) if cand.source is not None else set()
        for c in sorted(v.children, key=lambda t: t.i):
            if c.i <= last or c.i in source or c.is_punct:
                continue
            if c.dep_ in ("dobj", "dative") and v.lemma_.lower() in self.lex.addressee_verbs:
                continue  # "tells his supporters | to stay home": the addressee is not what is said
            infinitive = c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            if c.dep_ in ("dobj", "xcomp", "acomp", "oprd", "ccomp", "attr") or infinitive:
                return [self.char_span(c.left_edge.i, self.content_end(c))]
            if c.dep_ == "prep" and c.lower_ not in _CIRCUMSTANCE_PREPS:
                obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                    return [self.char_span(obj.left_edge.i, self.content_end(obj))]
        return []

    def raising_contents(self, v: Token, lemma: str, passive: bool) -> list[tuple[int, int]]:
        if not (passive or lemma in ("seem", "appear")):
            return []
        if passive and any(c.dep_ == "agent" for c in v.children):
            return []
        subj = next((c for c in v.children if c.dep_ in ("nsubjpass", "nsubj") and c.i < v.i), None)
        comp = next((c for c in v.children if c.dep_ == "xcomp" and c.i > v.i), None)
        if subj is None or comp is None or subj.lower_ in ("who", "which", "that"):
            return []
        return [self.char_span(subj.left_edge.i, subj.right_edge.i + 1), self.char_span(comp.left_edge.i, self.content_end(comp))]

    def from_noun(self, n: Token) -> _Candidate | None:
        """'Trump's claim that X', 'her comments about X': a speech noun with its content."""
        content: tuple[int, int] | None = None
        cue = [n]
        for c in n.children:
            if c.i < n.i:
                continue
            if c.dep_ in ("acl", "ccomp", "appos") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                content = self.char_span(c.left_edge.i, self.content_end(c))
                break
            if c.dep_ == "prep" and c.i == n.i + 1 and c.lower_ in ("about", "on", "that", "over", "against"):
                obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    content = self.char_span(obj.left_edge.i, self.content_end(obj))
                    cue.append(c)
                    break
        if content is None or content[1] <= content[0]:
            return None
        for c in n.children:
            if c.dep_ in ("amod",) and c.i == n.i - 1:
                cue.append(c)
        poss = next((c for c in n.children if c.dep_ == "poss"), None)
        src = self.subtree_span(poss) if poss is not None else None
        return _Candidate(cue=sorted(cue, key=lambda t: t.i), source=src, contents=[content], anchor=n, kind="noun")

    def unreachable(self, v: Token) -> _Candidate | None:
        """'X could not be reached for comment': a non-response with X as the source."""
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if subj is None or not _negated(v):
            return None
        cand = _Candidate(cue=self.cue_tokens(v), source=self.subtree_span(subj), anchor=v, stance="no_response")
        prep = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        if prep is not None:
            cand.contents = [self.char_span(prep.i, prep.right_edge.i + 1)]
        return cand

    def _is_channel(self, prep: Token) -> bool:
        if prep.lower_ not in self.lex.channel_preps:
            return False
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return False
        phrase = " ".join(t.lower_ for t in pobj.subtree if t.dep_ not in ("det", "amod", "poss", "nummod"))
        return pobj.lemma_.lower() in self.lex.channel_nouns or phrase in self.lex.channel_nouns

    def cue_tokens(self, v: Token) -> list[Token]:
        """The verb with its auxiliaries, negation and adverbs right before it, its particle,
        and a channel phrase right after it ("said in a statement")."""
        toks = [v, *self.cue_prefix.get(v.i, ())]
        left = sorted((c for c in v.children if c.dep_ in _CUE_LEFT and c.i < v.i), key=lambda t: -t.i)
        edge = v.i
        for c in left:
            if c.i == edge - 1 and (c.dep_ != "advmod" or c.pos_ == "ADV"):
                toks.append(c)
                edge = c.i
        for c in v.children:
            if c.dep_ in ("prt", "agent") and c.i == v.i + 1:  # "pointed out", "was reported by"
                toks.append(c)
            if c.dep_ in _CUE_RIGHT and c.left_edge.i == v.i + 1 and c.right_edge.i + 1 < len(self.doc) \
                    and not self.doc[c.right_edge.i + 1].is_punct:
                # "said again that", "wrote Tuesday that": an adverb inside the cue clause
                toks.extend(self.doc[c.left_edge.i:c.right_edge.i + 1])
            if c.dep_ == "prep" and c.i == v.i + 1 and self._is_channel(c) and v.lemma_.lower() not in _BARE_CHANNEL_VERBS:
                # "wrote in a letter", "explained in an interview" (but a plain "said in a statement"
                # is mostly annotated as "said"): the channel up to its noun, not its modifiers
                pobj = next(g for g in c.children if g.dep_ == "pobj")
                toks.extend(t for t in self.doc[c.i:pobj.i + 1])
        return sorted(toks, key=lambda t: t.i)

    def subtree_span(self, tok: Token) -> Span:
        """A source noun phrase: the subtree, appositions kept, but not a trailing comma-led
        participle or relative clause ("Trump, speaking to veterans, said"), nor a line before it."""
        left, right = tok.left_edge.i, tok.right_edge.i + 1
        for t in self.doc[left:tok.i]:
            if "\n" in t.text_with_ws:
                left = t.i + 1
        for t in tok.subtree:
            if t.i > tok.i and t.dep_ in _SOURCE_CUT and t.head.dep_ != "appos" and t.left_edge.i > tok.i:
                before = self.doc[t.left_edge.i - 1]
                if before.text == "," and t.right_edge.i + 1 >= right - 1:
                    right = before.i
                    break
        return self.doc[left:max(right, tok.i + 1)]

    def light_verb_content(self, v: Token, lemma: str, cand: _Candidate) -> list[tuple[int, int]]:
        """'voiced concern about X', 'made it clear that X', 'unveiled a plan for X': the verb and its
        object make the cue; the content is what the object's preposition or the clause introduces."""
        if lemma not in self.lex.light_verbs:
            return []
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
        if obj is None or obj.i - v.i > 4:
            return []
        prep = next((c for c in obj.children if c.dep_ == "prep" and c.i > obj.i
                     and c.lower_ in _CONTENT_PREPS), None)
        obj_toks = [t for t in self.doc[obj.left_edge.i:obj.i + 1]]
        if prep is not None and prep.i == obj.i + 1:
            pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                cand.cue.extend([*obj_toks, prep])
                cand.kind = "light"
                return [self.char_span(pobj.left_edge.i, self.content_end(pobj))]
        comp = next((c for c in v.children if c.dep_ in ("ccomp", "oprd") and c.i > obj.i), None)
        if comp is not None and comp.dep_ == "oprd" and comp.i == obj.right_edge.i + 1:
            ccomp = next((c for c in comp.children if c.dep_ in ("ccomp", "xcomp")), None)
            if ccomp is not None:
                cand.cue.extend([*obj_toks, comp])
                cand.kind = "light"
                return [self.char_span(ccomp.left_edge.i, self.content_end(ccomp))]
        if comp is not None and comp.dep_ == "ccomp":
            cand.cue.extend(obj_toks)
            cand.kind = "light"
            return [self.char_span(comp.left_edge.i, self.content_end(comp))]
        return []

    def content_by_relation(self, v: Token, lemma: str, cand: _Candidate) -> list[tuple[int, int]]:
        light = self.light_verb_content(v, lemma, cand)
        if light:
            return light
        rels = self.lex.relations(lemma)
        for rel in rels:
            if ":" in rel:
                _, prep_word = rel.split(":", 1)
                for c in v.children:
                    if c.dep_ in ("prep", "prt") and c.lower_ == prep_word:
                        obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                        if obj is None:
                            continue
                        if c not in cand.cue and c.i == max(t.i for t in cand.cue) + 1:
                            cand.cue.append(c)
                        cand.kind = "prep:" + prep_word
                        return [self.char_span(obj.left_edge.i, obj.right_edge.i + 1)]
                continue
            for c in v.children:
                if c.dep_ != rel:
                    continue
                if rel == "dobj" and self._looks_like_source(c, cand):
                    continue
                if rel == "xcomp" and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) \
                        and lemma not in ("call",):
                    continue
                start = c.left_edge.i
                end = self.content_end(c)
                if rel in ("xcomp", "oprd"):
                    # "called the charges baseless", "urged Europe to spend more": object included
                    obj = next((g for g in v.children if g.dep_ == "dobj" and g.i < c.i), None)
                    if obj is not None:
                        start = obj.left_edge.i
                if rel == "dobj":
                    end = max(end, self._complements_end(v, c))
                if rel == "ccomp" and c.i < v.i:
                    # '"...," he said' parsed with the quote as ccomp before the verb
                    end = min(end, min(t.i for t in cand.cue))
                cand.kind = rel
                return [self.char_span(start, end)]
        # a that/whether clause the parser attached as an adverbial ("tweeted ... that X")
        for c in v.children:
            if c.dep_ == "advcl" and c.i > v.i and c.left_edge.lower_ in ("that", "whether", "if", "when", "how", "why"):
                cand.kind = "advcl"
                return [self.char_span(c.left_edge.i, self.content_end(c))]
        # "As X pointed out, S": the main clause is the content
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children) and v.head.pos_ in ("VERB", "AUX"):
            skip = {t.i for t in v.subtree}
            toks = [t for t in v.head.subtree if t.i not in skip]
            if toks:
                cand.kind = "as"
                return [self._trim(toks)]
        # "commented on X", "warned against X", "spoke about X": the object of a preposition
        last = max(t.i for t in cand.cue)
        for c in v.children:
            if c.dep_ == "prep" and c.i == last + 1 and c.lower_ in _CONTENT_PREPS:
                obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if obj is None or obj.ent_type_ in ("DATE", "TIME") or lemma == "say":
                    continue
                cand.cue.append(c)
                cand.kind = "prep"
                return [self.char_span(obj.left_edge.i, self.content_end(obj))]
        return []

    def _complements_end(self, v: Token, obj: Token) -> int:
        """'blasted Clinton as a disgrace', 'showed her ahead by 3 points': what completes the
        object up to a comma or conjunction."""
        end = self.content_end(obj)
        for c in sorted(v.children, key=lambda t: t.i):
            if c.i <= obj.i:
                continue
            if c.dep_ not in ("prep", "oprd", "xcomp", "advmod", "dative", "acomp", "ccomp"):
                break
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.dep_ == "prep" and (c.lower_ in _CIRCUMSTANCE_PREPS or (pobj is not None and pobj.ent_type_ in ("DATE", "TIME"))):
                break  # "criticized X during a debate": the circumstance of the saying, not what is said
            if self.doc[c.left_edge.i - 1].is_punct or c.left_edge.i != end:
                break
            if c.dep_ == "prep" and self._is_channel(c):
                break
            end = self.content_end(c)
        return end

    def _looks_like_source(self, obj: Token, cand: _Candidate) -> bool:
        """'said the sources' parsed with the speaker as object: no subject, noun after verb."""
        if cand.source is not None:
            return False
        if obj.lemma_.lower() in self.lex.anonymous_nouns or obj.ent_type_ in ("PERSON", "ORG") or obj.pos_ == "PROPN":
            cand.source = self.subtree_span(obj)
            return True
        return False

    def rest_of_sentence(self, v: Token, clause: list[Token], src_tok: Token | None) -> list[tuple[int, int]]:
        """'..., the sources said' / '..., said X, who ...': the sentence minus the cue clause."""
        sent = v.sent
        skip = {t.i for t in clause}
        if src_tok is not None:
            skip.update(t.i for t in src_tok.subtree)
        for c in v.children:
            if c.dep_ in ("punct", "cc", "mark", "advcl") and c.i > v.i:
                skip.update(t.i for t in c.subtree)
        parts = [p for p in self._runs_outside(sent, skip) if p[1] - p[0] > 0]
        # must be a clause of its own, not a scrap of punctuation
        words = [t for t in sent if t.i not in skip and t.is_alpha]
        if len(words) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in sent if t.i not in skip):
            return []
        return [p for p in parts if self._has_word(p)]

    def _has_word(self, span: tuple[int, int]) -> bool:
        return any(ch.isalnum() for ch in self.text[span[0]:span[1]])

    def _runs_outside(self, sent, skip: set[int]) -> list[tuple[int, int]]:
        """Character spans of the stretches of ``sent`` between tokens in ``skip``, trimmed."""
        parts: list[tuple[int, int]] = []
        run: list[Token] = []
        for t in sent:
            if t.i in skip:
                if run:
                    parts.append(self._trim(run))
                    run = []
            else:
                run.append(t)
        if run:
            parts.append(self._trim(run))
        return parts

    def _trim(self, run: list[Token]) -> tuple[int, int]:
        toks = [t for t in run]
        while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ == "cc"):
            toks.pop(0)
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks.pop()
        if not toks:
            return (0, 0)
        return (toks[0].idx, toks[-1].idx + len(toks[-1].text))

    def char_span(self, start_tok: int, end_tok: int) -> tuple[int, int]:
        toks = list(self.doc[start_tok:end_tok])
        return self._trim(toks) if toks else (0, 0)

    def stance(self, v: Token, lemma: str, cand: _Candidate) -> str:
        lex = self.lex
        negated = _negated(v)
        if lemma in lex.declined_verbs or (v.dep_ == "xcomp" and v.head.lemma_.lower() in lex.declined_verbs):
            return "declined"
        if lemma in lex.no_response_verbs and negated:
            return "no_response"
        if lemma in lex.unreachable_verbs and negated:
            return "no_response"
        if lemma in lex.denial_verbs and not negated:
            return "denial"
        if lemma == "say" and not negated and not cand.direct:
            comp = next((c for c in v.children if c.dep_ == "ccomp"), None)
            if comp is not None and _negated(comp):
                subj = next((c for c in comp.children if c.dep_ in _SUBJ), None)
                if subj is not None and subj.lower_ in ("it", "he", "she", "they"):
                    return "denial"
        return "statement"

    # ---- "according to X" -----------------------------------------------------------------------
    def according_to(self, tok: Token) -> _Candidate | None:
        nxt = tok.nbor(1) if tok.i + 1 < len(self.doc) else None
        if nxt is None or nxt.lower_ != "to":
            return None
        pobj = next((c for c in nxt.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is None:
            return None
        # "according to show insiders" misparsed as a clause ("show" a verb): the whole phrase
        src = self.subtree_span(pobj) if pobj.dep_ == "pobj" else self.doc[pobj.left_edge.i:pobj.right_edge.i + 1]
        phrase = {t.i for t in tok.subtree} | {t.i for t in nxt.subtree} | {tok.i, nxt.i}
        cand = _Candidate(cue=[tok, nxt], source=src, anchor=tok)
        sent = tok.sent
        if self.in_quote(tok):
            return None
        cand.contents = [p for p in self._runs_outside(sent, phrase) if p[1] > p[0] and self._has_word(p)]
        if not cand.contents:
            return None
        # a quoted sentence attributed with "according to" is a direct quote
        cand.direct = any(q.inner_start <= s and e <= q.end for q in self.quotes for s, e in cand.contents)
        return cand

    def source_prep(self, tok: Token) -> _Candidate | None:
        """'In the latest poll, Clinton leads', 'by one estimate, X': a preposition whose object is
        the source (lexicon ``source_preps``); the content is the rest of the clause."""
        nouns = self.lex.source_preps.get(tok.lower_)
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if not nouns or pobj is None or pobj.lemma_.lower() not in nouns or tok.dep_ != "prep" \
                or tok.head.pos_ not in ("VERB", "AUX") or self.in_quote(tok) or tok.i > tok.head.i:
            return None  # only ahead of its clause: 'In the latest poll, ...' ('leads in the polls' is not sourced)
        phrase = {t.i for t in tok.subtree}
        contents = [p for p in self._runs_outside(tok.sent, phrase) if p[1] > p[0] and self._has_word(p)]
        if not contents:
            return None
        return _Candidate(cue=[tok], source=self.subtree_span(pobj), contents=contents, anchor=tok, kind="source_prep")

    # ---- quotations with no cue of their own ------------------------------------------------------
    def attach_orphans(self, cands: list[_Candidate]) -> None:
        owner: dict[int, _Candidate] = {}
        for c in cands:
            for k in c.quotes:
                owner[k] = c
        cue_chars = sorted(c.anchor.idx for c in cands if c.anchor is not None)
        # continuation chains first: all paragraphs of one quotation go to its owner
        for k, q in enumerate(self.quotes):
            if k in owner or q.continues is None:
                continue
            if q.continues in owner:
                owner[q.continues].quotes.append(k)
                owner[k] = owner[q.continues]
        for k in range(len(self.quotes) - 1, -1, -1):
            nxt = k + 1
            if k not in owner and self.quotes[k].open_end and nxt in owner and self.quotes[nxt].continues == k:
                owner[nxt].quotes.append(k)
                owner[k] = owner[nxt]
        for k, q in enumerate(self.quotes):
            if k in owner or not self._whole_sentence_quote(q, cue_chars):
                continue
            nxt = next((j for j in range(k + 1, len(self.quotes)) if j in owner), None)
            if nxt is not None and self.quotes[nxt].paragraph == q.paragraph:
                # '"A." "B," he said.': the speaker named later in the paragraph
                owner[nxt].quotes.append(k)
                owner[k] = owner[nxt]
                continue
            prev = next((j for j in range(k - 1, -1, -1) if j in owner), None)
            if prev is not None and self._same_stretch(prev, k):
                owner[prev].quotes.append(k)
                owner[k] = owner[prev]

    def _whole_sentence_quote(self, q: Quote, cue_chars: list[int]) -> bool:
        """A quotation standing as a sentence of its own: it starts a sentence (after ". " or a
        line break, whatever the parser's sentence split) and no cue sits between its start and
        the end of the sentence it closes."""
        span = self.doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is None or len(span) < 2:
            return False
        j = q.start - 1
        while j >= 0 and self.text[j] in " \t":
            j -= 1
        if j >= 0 and self.text[j] not in ".!?\n" and not (self.text[j] in "”\"'" and j > 0 and self.text[j - 1] in ".!?"):
            return False
        end = span[-1].sent.end_char
        k = bisect.bisect_left(cue_chars, q.start)
        return not (k < len(cue_chars) and cue_chars[k] < end)

    def _same_stretch(self, j: int, k: int) -> bool:
        """Quotation ``k`` follows quotation ``j`` in the same paragraph, continues it, or opens the
        next paragraph (a speaker quoted over several paragraphs)."""
        qj, qk = self.quotes[j], self.quotes[k]
        return qj.paragraph == qk.paragraph or qk.continues == j or qk.paragraph == qj.paragraph + 1

    # ---- '"..." — Name, title' ------------------------------------------------------------------
    def dash_attributed(self, cue_tokens: set[int]) -> list[_Candidate]:
        """A quotation followed by a dash and the speaker's name, as in pull quotes and lists."""
        out: list[_Candidate] = []
        for k, q in enumerate(self.quotes):
            if k in self.used_quotes:
                continue
            m = _DASH_AFTER.match(self.text, q.end)
            if m is None:
                continue
            dash = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            name = self.doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
            if dash is None or name is None or dash[0].i in cue_tokens:
                continue
            tok = name[0]
            if tok.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") and tok.pos_ != "PROPN":
                continue
            ent = next((e for e in self.doc.ents if e.start <= tok.i < e.end), None)
            end = ent.end if ent is not None else tok.i + 1
            stop = end
            # the title after the name, to the end of the line or sentence
            while stop < len(self.doc) and self.doc[stop].text not in (".", "\n") and "\n" not in self.doc[stop].text \
                    and stop < tok.sent.end and self.quote_at(self.doc[stop].idx) is None \
                    and self.doc[stop].text not in ("“", '"', "”"):
                stop += 1
            src = self.doc[tok.i:stop]
            self.used_quotes.add(k)
            out.append(_Candidate(cue=[dash[0]], source=src, direct=True, quotes=[k], anchor=dash[0]))
        return out

    def labelled_lines(self, cue_tokens: set[int]) -> list[_Candidate]:
        """Transcript turns and headline labels: 'WALLACE: ...', 'Poll: ...' (cue: the colon)."""
        out: list[_Candidate] = []
        for m in _LABEL.finditer(self.text):
            label = self.doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
            colon = self.doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
            if label is None or colon is None or len(colon) != 1 or colon[0].i in cue_tokens:
                continue
            if any(t.like_num or t.lower_ in self.lex.not_labels for t in label):
                continue
            if any(t.is_stop for t in label[1:]) or (len(label) == 1 and label[0].is_stop):
                continue  # a heading ("Storm Over Sanctions:", "The Talks Go On:"), not a speaker's name
            line_end = self.text.find("\n", m.end())
            line_end = len(self.text) if line_end < 0 else line_end
            toks = [t for t in self.doc.char_span(m.end(), line_end, alignment_mode="contract") or []]
            if len([t for t in toks if t.is_alpha]) < 2:
                continue
            content = self._trim(toks)
            out.append(_Candidate(cue=[colon[0]], source=label, contents=[content], anchor=colon[0],
                                  direct=label.text.isupper()))
        return out

    # ---- a content clause's end ------------------------------------------------------------------
    def content_end(self, head: Token) -> int:
        """End (token index) of the content clause headed by ``head``: its subtree, stopped at a
        semicolon, then cut before comma-led trailing modifiers (", who ...", ", according to ...",
        ", a former ...") as ``cut_trailing`` decides, outermost first."""
        end = _semicolon_end(head)
        for _ in range(3):
            found = self._trailing_modifier(head, end)
            if found is None:
                break
            mod, cut = found
            if not self.cut_trailing(head, mod, cut, content_end_features(head, mod, cut, end)):
                break
            end = cut
        return end

    def _trailing_modifier(self, head: Token, end: int) -> tuple[Token, int] | None:
        """The outermost dependent inside ``head``'s clause that runs to ``end`` and follows a
        comma or dash (or ", and"), with the index where the clause would be cut."""
        doc = self.doc
        last = end - 1
        while last > head.i and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        best: tuple[Token, int] | None = None
        for t in head.subtree:
            if t.i <= head.i or t.right_edge.i != last or t.left_edge.i - 1 <= head.i:
                continue
            before = doc[t.left_edge.i - 1]
            cut = None
            if before.text in (",", "—", "–", "―", "--", "-", "("):
                cut = before.i
            elif before.dep_ == "cc" and doc[before.i - 1].text == "," and before.i - 1 > head.i:
                cut = before.i - 1
            if cut is not None and (best is None or cut < best[1]):
                best = (t, cut)
        return best

    # ---- the cue's extent ------------------------------------------------------------------------
    def settle_cue(self, cand: _Candidate, decide: Callable[[Token, Token, list[str]], bool] | None,
                   edges: Callable[[Token, str, list[int], list[list[str]]], int] | None = None) -> None:
        """Re-draw a verb cue's extent outwards from its verb: each edge chosen among the words the
        cue can reach by ``edges`` (the learned edge ranker), or else word by word as ``decide``
        (the learned boundary model) says: "said Friday", "called on", "declined" + content "to
        comment". Words the rules had put in the cue and the decision leaves out join the content
        when they lead into it ("declined | to say whether ...", "responded | to the charge")."""
        doc = self.doc
        verbs = [t for t in cand.cue if t.pos_ == "VERB"]
        core = min(verbs, key=lambda t: t.i) if verbs else cand.anchor
        if core is None:
            return
        old = {t.i for t in cand.cue}
        source = set(range(cand.source.start, cand.source.end)) if cand.source is not None else set()
        starts = {s for s, _ in cand.contents}
        quoted = self.in_quote(core)
        bounds = [core.i, core.i]
        content_tokens: set[int] | None = None
        for side, step in (("R", 1), ("L", -1)):
            reach: list[int] = []  # the words the cue can take on this side, outwards
            j = core.i + step
            while 0 <= j < len(doc) and abs(j - core.i) <= (_EDGE_REACH if edges is not None else 8):
                t = doc[j]
                gap = doc[min(j, j - step)]
                if t.is_punct or t.is_space or t.i in source or t.sent.start != core.sent.start \
                        or "\n" in gap.whitespace_ or self.in_quote(t) != quoted:
                    break
                in_content = any(s <= t.idx < e for s, e in cand.contents)
                if in_content and t.i not in old and side == "L":
                    break  # "The plan to arm the militia | was first reported": the content before the cue
                if edges is None:
                    feats = boundary_features(core, t, side, t.i in old, in_content, t.idx in starts, cand.kind)
                    if decide is None or not decide(core, t, feats):
                        break
                    bounds[0 if step < 0 else 1] = j
                reach.append(j)
                j += step
            if edges is not None:
                if content_tokens is None:
                    content_tokens = {t.i for s, e in cand.contents
                                      for t in self.doc.char_span(s, e, alignment_mode="expand") or ()}
                rule_edge = max(old) if step > 0 else min(old)
                options = [core.i, *reach]
                feats_of = [edge_features(core, e, side, rule_edge, starts, content_tokens, cand.kind) for e in options]
                bounds[0 if step < 0 else 1] = options[edges(core, side, options, feats_of)]
        left, right = bounds
        contents = self._contents_beside(cand.contents, old, left, right)
        if edges is not None and cand.contents and not contents and not cand.quotes:
            # the ranker's cue took all of the content ("made the comments"): keep the rules' cue
            left, right = max(left, min(old)), min(right, max(old))
            contents = self._contents_beside(cand.contents, old, left, right)
        cand.cue = list(doc[left:right + 1])
        cand.contents = contents

    def _contents_beside(self, spans: list[tuple[int, int]], old: set[int], left: int,
                         right: int) -> list[tuple[int, int]]:
        """Content spans once the cue is tokens ``left``..``right``: words of the rules' cue
        (``old``) dropped right after the new cue lead into the content; none overlaps the cue."""
        doc = self.doc
        cue_start, cue_end = doc[left].idx, doc[right].idx + len(doc[right])
        contents: list[tuple[int, int]] = []
        k = right + 1
        while k < len(doc) and k in old:
            k += 1
        lead = doc[right + 1].idx if k > right + 1 and right + 1 < len(doc) else None
        for s, e in spans:
            if lead is not None and k < len(doc) and s == doc[k].idx:
                s = lead  # the dropped words lead into the content
            if s < cue_end and e > cue_start:  # never overlap the cue
                if s >= cue_start:
                    nxt = next((t for t in doc[right + 1:] if not t.is_space), None)
                    s = nxt.idx if nxt is not None else e
                else:
                    prev = next((doc[j] for j in range(left - 1, -1, -1) if not (doc[j].is_space or doc[j].is_punct)), None)
                    e = max(s, prev.idx + len(prev)) if prev is not None else s
            if e > s:
                contents.append((s, e))
        return contents

    # ---- all of it -------------------------------------------------------------------------------
    def _accepts(self, v: Token, model: CueModel | None) -> bool:
        lemma = v.lemma_.lower()
        lex = self.lex
        if lemma in lex.declined_verbs or lemma == "deny" or \
                (lemma in lex.no_response_verbs and _negated(v)):
            return True  # refusals, denials and non-responses are always attributions (stances)
        if model is None:
            return lemma in lex.cue_verbs
        return model.is_cue(self.verb_features(v))

    def _sure_stance(self, cand: _Candidate) -> bool:
        """A refusal, denial or non-response the candidate filter does not judge (their verbs are
        always cues); but a bare "declined" may be a fall ("the rating declined slightly")."""
        if cand.stance == "statement":
            return False
        a = cand.anchor
        if cand.stance == "declined" and a is not None and a.lemma_.lower() in self.lex.declined_verbs:
            return any(c.dep_ in ("xcomp", "dobj") for c in a.children)
        return True

    def _sourced_reaction(self, cand: _Candidate) -> bool:
        """"Israel's foreign ministry welcomed the decision": an official reaction with its source, which
        the candidate filter does not judge (PolNeAR marks such verbs only sometimes; see the lexicon)."""
        a = cand.anchor
        return a is not None and cand.source is not None and a.lemma_.lower() in self.lex.reaction_verbs

    def _chained_xcomp(self, h: Token, model: CueModel | None) -> Token | None:
        x = next((c for c in h.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and 0 < c.i - h.i <= 4), None)
        if x is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
            return None
        if not any(c.dep_ in ("dobj", "ccomp") or (c.dep_ == "prep" and c.i == x.i + 1) for c in x.children):
            return None
        return x if self._accepts(x, model) else None

    def candidate_features(self, cand: _Candidate, earlier: list[_Candidate]) -> list[str]:
        """Features of a drawn candidate for the learned candidate filter (``attribution_model``)."""
        anchor = cand.anchor if cand.anchor is not None else cand.cue[0]
        spans = [self.quotes[k].span for k in cand.quotes] if cand.quotes else cand.contents
        contents = [[t for t in self.doc.char_span(s, e, alignment_mode="expand") or ()] for s, e in spans]
        nested = any(s <= anchor.idx < e for c in earlier
                     for s, e in ([self.quotes[k].span for k in c.quotes] if c.quotes else c.contents))
        verb = self.verb_features(anchor) if anchor.pos_ == "VERB" else []
        return candidate_features(anchor, sorted(cand.cue, key=lambda t: t.i), cand.kind or ("quote" if cand.quotes else ""),
                                  list(cand.source) if cand.source is not None else [], contents, cand.direct,
                                  cand.stance, nested, verb)

    def run(self, model: CueModel | None = None,
            boundary: Callable[[Token, Token, list[str]], bool] | None = None,
            cut: Callable[[Token, Token, int, list[str]], bool] | None = None,
            keep: Callable[[_Candidate, list[str]], bool] | None = None,
            edges: Callable[[Token, str, list[int], list[list[str]]], int] | None = None) -> list[_Candidate]:
        """All candidates; ``boundary`` decides the words around a cue verb, ``cut`` where a
        content clause ends and ``keep`` whether a drawn candidate is an attribution at all
        (default: the learned models when the weights file has them, else the rules; training
        passes the gold answers)."""
        # the cue's extent: decisions passed in first, then the edge ranker, then the boundary model
        if edges is None and boundary is None and model is not None and model.edges is not None:
            ranker = model
            edges = lambda core, side, options, feats: ranker.best_edge(feats)  # noqa: E731
        if edges is None and boundary is None and model is not None and model.boundary is not None:
            bm = model.boundary
            boundary = lambda core, tok, feats: bm.decide(feats)  # noqa: E731
        judged = keep is None  # the learned filter judges; a keep passed in (training's gold) sees all
        if keep is None and model is not None and model.candidate is not None:
            cm = model.candidate
            keep = lambda cand, feats: cm.decide(feats)  # noqa: E731
        if cut is not None:
            self.cut_trailing = cut
        elif model is not None and model.content_end is not None:
            ce = model.content_end
            self.cut_trailing = lambda head, mod, at, feats: ce.decide(feats)  # noqa: E731
        cands: list[_Candidate] = []
        cue_tokens: set[int] = set()
        for tok in self.doc:
            if tok.i in cue_tokens:
                continue
            cand = None
            if tok.lower_ == "according":
                cand = self.according_to(tok)
            elif tok.pos_ == "ADP" and tok.lower_ in self.lex.source_preps:
                cand = self.source_prep(tok)
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.cue_nouns:
                cand = self.from_noun(tok)
            elif tok.pos_ == "VERB" and tok.lemma_.lower() in self.lex.unreachable_verbs:
                cand = self.unreachable(tok)
            elif tok.pos_ == "VERB":
                accepted = self._accepts(tok, model)
                x = self._chained_xcomp(tok, model) if accepted else None
                if x is not None:
                    # "refused to disclose X", "declined to comment on X", "went on to explain":
                    # one cue from the governing verb to the verb that carries the content
                    self.cue_prefix[x.i] = [t for t in self.cue_tokens(tok)] + \
                        [t for t in self.doc[tok.i + 1:x.i] if t.dep_ in ("aux", "advmod", "neg", "prt")]
                    continue
                if accepted:
                    cand = self.from_verb(tok, learned=model is not None)
            if cand is None:
                continue
            if (boundary is not None or edges is not None) and cand.verbal:
                self.settle_cue(cand, boundary, edges)
                if not cand.contents and not cand.quotes:
                    continue
            if keep is not None and not self._sure_stance(cand) and not (judged and self._sourced_reaction(cand)) \
                    and not keep(cand, self.candidate_features(cand, cands)):
                continue
            for k in cand.quotes:
                self.used_quotes.add(k)
            cue_tokens.update(t.i for t in cand.cue)
            cands.append(cand)
        cands.extend(self.dash_attributed(cue_tokens))
        cands.extend(self.labelled_lines(cue_tokens))
        self.attach_orphans(cands)
        for c in cands:
            if c.quotes:
                qspans = [self.quotes[k].span for k in sorted(set(c.quotes))]
                c.contents = qspans
        return cands


_NONRESTRICTIVE = ("relcl",)
_SOURCE_CUT = ("acl", "advcl")


def _semicolon_end(head: Token) -> int:
    """End (token index) of ``head``'s subtree, stopped at its first semicolon after the head."""
    for t in head.subtree:
        if t.i > head.i and t.text == ";":
            return t.i
    return head.right_edge.i + 1


def _cut_relative_clause(head: Token, mod: Token, cut: int, features: list[str]) -> bool:
    """The rule without a learned model: a comma-led relative clause (", who ...") is cut."""
    return mod.dep_ in _NONRESTRICTIVE and mod.doc[cut].text in (",", "—", "–", "―")


def _only_glue(s: str) -> bool:
    return all(ch in _BETWEEN_QUOTE_AND_CLAUSE for ch in s)


def _negated(v: Token) -> bool:
    if any(c.dep_ == "neg" for c in v.children):
        return True
    # "failed to respond", "did not immediately respond": negation on the governing verb
    h = v.head
    if v.dep_ == "xcomp" and h.lemma_.lower() in ("fail", "decline", "refuse"):
        return True
    return v.dep_ in ("xcomp", "conj") and any(c.dep_ == "neg" for c in h.children)


def candidate_spans(c: _Candidate) -> tuple[tuple[int, int], list[tuple[int, int]], tuple[int, int] | None]:
    """A drawn candidate's cue, contents and source as character spans (the source without spaces
    or punctuation at its end; None when it has no word)."""
    cue_toks = sorted(c.cue, key=lambda t: t.i)
    cue = (cue_toks[0].idx, cue_toks[-1].idx + len(cue_toks[-1].text))
    contents = sorted({s for s in c.contents if s[1] > s[0]})
    s_toks = [t for t in c.source if not t.is_space] if c.source is not None else []
    while s_toks and s_toks[-1].is_punct:
        s_toks.pop()
    source = (s_toks[0].idx, s_toks[-1].idx + len(s_toks[-1].text)) if s_toks else None
    return cue, contents, source


def extract_attributions(doc: Doc, document: Document, actors: DocActors, kb: KnowledgeBase) -> list[Attribution]:
    """Every attribution of ``doc`` with char offsets into ``document.text``."""
    lex = attribution_lexicon()
    cands = _Extractor(doc, actors, lex).run(load_cue_model())
    out: list[Attribution] = []
    seen: set[tuple] = set()
    for c in sorted(cands, key=lambda c: c.cue[0].i):
        cue, contents, source = candidate_spans(c)
        key = (cue, tuple(contents))
        if key in seen:
            continue
        seen.add(key)
        att = Attribution(id=f"q{len(out) + 1}", cue=cue, contents=contents, stance=c.stance, direct=c.direct)
        if source is not None:
            att.sources = [source]
            type_source(att, c.source, actors, lex)
        out.append(att)
    return out
