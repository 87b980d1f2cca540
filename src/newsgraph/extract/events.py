"""Event extraction: PLOVER/CAMEO events with source, target, status, date and location (issue 4).

Rules over the dependency parse and the lexicons in ``kb/data/lexicon/``:

- triggers: verb lemmas (``events.json`` ``verbs``; a sense may need a particle, an object or a
  tag), light verbs with an event noun as object ("launched an air strike", "imposed sanctions"),
  and event nouns with an actor argument ("Argentina's designation of the Quds Force", "the
  expulsion of ...").
- source and target come from grammatical roles, not word order: subject/object in the active,
  ``by``-agent/subject in the passive, subjects shared by coordinated and controlled verbs ("pushed
  Bolivia to expel" -> Bolivia expels), every conjunct and apposition of an argument.
- embedded acts: a request/appeal verb ("push", "urge", "call on", "want X to") makes a REQUEST
  (CAMEO 10x/02x, sub-code from the requested act) and keeps the requested act as a child event
  with status ``demanded`` and ``parent``; intent, threat and refusal verbs ("agree to", "threaten
  to", "refuse to") fold the embedded act into their own code (03x, 13x, 12x), as CAMEO does.
- expressed intent: a cooperative act in the future ("will provide aid") is AGREE (03x); a
  conflictual one ("will boycott", "unless ...") is THREATEN (13x); a refused cooperative act ("would
  not provide") is REJECT (12x). Meetings and designations keep their type with status ``planned``.
- status from negation, modals, conditionals and governing words (``events_status.json``).
- dates from the date expressions attached to the trigger's clause, resolved by ``dates``;
  undated present-tense acts ("is pushing", "wants") get the publication month, demanded acts
  their request's date, other undated acts none.
- no events from headlines (the title line, lines in capitals, unpunctuated lines of a
  multi-line report), datelines ("WASHINGTON, Jan 24 (Reuters) –", found by ``nlp.dateline_end``)
  or bylines ("Reporting by").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsgraph.extract import dates
from newsgraph.extract.actors import DocActors
from newsgraph.kb import KnowledgeBase, lexicon_table, load_lexicon
from newsgraph.nlp import dateline_end
from newsgraph.records import Document, Event

VERBAL_DEPS = {"ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl", "pcomp", "acl", "csubj", "parataxis"}
CLAUSE_DEPS = VERBAL_DEPS | {"csubjpass"}
EMBED_PATH = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "conj", "oprd", "acomp", "advcl", "acl"}
PRONOUNS = {"it", "they", "he", "she", "we", "its", "their", "his", "her", "them", "him", "itself", "themselves"}
RELATIVES = {"which", "who", "that", "whom", "whose"}
COOPERATIVE_ROOTS = {"03", "05", "06", "07", "08"}
CONFLICT_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}
PLACE_TYPES = {"country", "location"}


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, list[dict[str, Any]]]
    nouns: dict[str, dict[str, Any]]
    light: frozenset[str]
    light_particles: dict[str, str]
    reporting: frozenset[str]
    subcodes: dict[str, dict[str, str]]
    cameo: dict[str, dict[str, Any]]
    status: dict[str, frozenset[str]]
    non_event_complements: frozenset[str]
    group_context_verbs: frozenset[str]
    anaphoric_event_nouns: frozenset[str]
    reciprocal: dict[str, str] = field(default_factory=dict)  # "043" (host) -> "042" (the guest visits)
    instruments: dict[str, str | None] = field(default_factory=dict)  # weapon lemma -> CAMEO code of its use
    addressee_verbs: dict[str, frozenset[str]] = field(default_factory=dict)  # "aim" -> {"at"}: a request's target
    pressure_frames: dict[str, frozenset[str]] = field(default_factory=dict)  # "under pressure from X to ..."
    doer_codes: dict[str, dict[str, str]] = field(default_factory=dict)  # "171" -> {"OPP": "145"}

    def plover(self, code: str) -> dict[str, Any] | None:
        for k in (code, code[:3], code[:2] + "0"):
            if k in self.cameo:
                return self.cameo[k]
        return None

    def subcode(self, table: str, code: str) -> str:
        t = self.subcodes[table]
        for k in (code, code[:3], code[:2]):
            if k in t:
                return t[k]
        return t["_default"]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    ev = load_lexicon("events.json")
    verbs = {k: ([{"code": v}] if isinstance(v, str) else v) for k, v in ev["verbs"].items()}
    nouns = {k: ({"code": v} if isinstance(v, str) else v) for k, v in ev["nouns"].items()}
    st = load_lexicon("events_status.json")
    status = {k: frozenset(v) for k, v in st.items() if isinstance(v, list)}
    return Lexicon(verbs=verbs, nouns=nouns, light=frozenset(ev["light_verbs"]),
                   light_particles=ev.get("light_particles", {}), reporting=frozenset(ev["reporting_verbs"]),
                   subcodes=ev["subcodes"], cameo=load_lexicon("events_cameo2plover.json")["codes"], status=status,
                   non_event_complements=frozenset(ev["non_event_complements"]),
                   group_context_verbs=frozenset(ev["group_context_verbs"]),
                   anaphoric_event_nouns=frozenset(ev["anaphoric_event_nouns"]),
                   reciprocal=lexicon_table(ev.get("reciprocal", {})),
                   instruments=lexicon_table(ev.get("instruments", {})),
                   addressee_verbs=lexicon_table(ev.get("addressee_verbs", {}), frozenset),
                   pressure_frames=lexicon_table(ev.get("pressure_frames", {}), frozenset),
                   doer_codes=lexicon_table(ev.get("doer_codes", {})))


@lru_cache(maxsize=1)
def object_control_verbs() -> frozenset[str]:
    """Verbs whose object does the embedded act ("pushed the government to curtail ...")."""
    return frozenset(k for k, senses in lexicon().verbs.items() if any(s.get("control") == "object" for s in senses))


@dataclass
class Candidate:
    """A trigger found in a sentence, before it becomes an ``Event``."""

    tok: Token  # the verb (or the event noun of a nominal event)
    code: str
    sense: dict[str, Any]
    kind: str  # verb | light | noun
    noun: Token | None = None  # the event noun under a light verb, or the object that chose the sense
    designation: bool = False
    embedded: list[Candidate] = field(default_factory=list)
    parent: Candidate | None = None
    embed_kind: str | None = None  # how the parent embeds this one
    folded: bool = False  # folded into the parent's code (intent/threat/refusal): not emitted
    event: Event | None = None


# ---- excluded text: headlines, datelines, bylines --------------------------------------------------
_BYLINE = re.compile(r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|brought to you|"
                     r"contributing|research|produced|written)\s+by\b", re.I)
# a paragraph opening with words in capitals before a dash: a run-in subhead ("NEW SANCTIONS — The
# ministry ...") or a dateline without a comma ("CANBERRA — "), which nlp.dateline_end leaves alone
_RUN_IN_HEAD = re.compile(r"^\s*[A-Z][A-Z.'’\- ]{1,40}(?:[–—]|--|-\s|:\s)\s*")
_END_PUNCT = tuple('.!?"”’\')')


def excluded_spans(text: str, title: str | None = None, story_start: int | None = None) -> list[tuple[int, int]]:
    """Character ranges that never yield events: title/headlines, subheads, bylines, and the dateline
    before ``story_start`` (the character where ``nlp.dateline_end`` says the story begins)."""
    lines = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    multi = len(lines) > 1
    out: list[tuple[int, int]] = []
    title_norm = " ".join(title.split()) if title else None
    for n, (s, e, line) in enumerate(lines):
        stripped = line.strip()
        letters = [c for c in stripped if c.isalpha()]
        capitals = len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) >= 0.8
        unpunctuated = multi and not stripped.endswith(_END_PUNCT) and len(stripped.split()) <= 25
        if (_BYLINE.match(stripped) or capitals or (title_norm and " ".join(stripped.split()) == title_norm)
                or unpunctuated or (multi and n == 0 and len(stripped.split()) <= 25 and not stripped.endswith("."))):
            out.append((s, e))
            continue
        m = _RUN_IN_HEAD.match(line)
        if m and m.end() < len(line) and len(m.group(0).strip(" –—-:")) >= 3:
            out.append((s, s + m.end()))
    if story_start is not None:  # the dateline runs from the start of its line to the story
        out.append((text.rfind("\n", 0, story_start) + 1, story_start))
    return out


def _in_spans(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= i < e for s, e in spans)


# ---- helpers on the parse -------------------------------------------------------------------
def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _is_verbal(t: Token) -> bool:
    if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"):
        return t.dep_ not in ("amod", "compound")
    if t.dep_ in VERBAL_DEPS and t.pos_ in ("ADJ", "NOUN"):
        return any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux", "auxpass") for c in t.children)
    return False


def _child(t: Token, *deps: str) -> Token | None:
    for c in t.children:
        if c.dep_ in deps:
            return c
    return None


TERROR_WINDOW = 2
DECISION_NOUNS = {"decision", "move", "plan", "bid", "attempt", "effort", "intention", "pledge", "promise",
                  "threat", "order", "vote", "proposal", "offer", "refusal", "failure", "push", "determination"}
REQUEST_NOUNS = {"call", "demand", "pressure", "request", "push", "appeal", "plea", "urging"}
SPEECH_NOUNS = {"declaration", "statement", "letter", "communique", "message", "resolution", "note", "appeal"}
ATTEMPT_NOUNS = {"attempt", "plot", "bid", "effort", "plan", "campaign", "conspiracy"}
STATIVE_PARTICIPLES = {"oppose", "commit", "determine", "prepare", "dedicate", "resolve"}


def _is_passive(v: Token) -> bool:
    if _lemma(v) in STATIVE_PARTICIPLES and not any(c.dep_ == "agent" for c in v.children):
        return False  # "Israel is opposed to ...": an attitude of the subject
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) or (v.tag_ == "VBN" and v.dep_ == "acl")


def _prep_objects(t: Token, preps: set[str] | list[str]) -> list[Token]:
    out = []
    for c in t.children:
        if c.dep_ in ("prep", "prt", "dative", "agent") and c.lemma_.lower() in preps:
            out.extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
    return out


def _decision_noun(v: Token) -> Token | None:
    """"protested Ecuador's decision in September to designate ...", the infinitive hung on the main
    verb: the decision noun right before "to" (only its own words between) owns the infinitive."""
    to = next((c for c in v.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < v.i), None)
    if to is None:
        return None
    doc = v.doc
    for n in reversed(doc[max(0, to.i - 6):to.i]):
        if n.pos_ == "NOUN" and _lemma(n) in DECISION_NOUNS:
            between = doc[n.i + 1:to.i]
            return n if all(n.left_edge.i <= x.i <= n.right_edge.i for x in between) else None
    return None


def _decision_owner(v: Token) -> Token | None:
    """The possessor of the decision noun that owns an infinitive ("Ecuador's decision ... to"): its doer."""
    n = _decision_noun(v)
    return next((c for c in n.children if c.dep_ == "poss"), None) if n is not None else None


def _subject(v: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The subject of a verb (inherited through coordination and control) and whether it is passive."""
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "csubj", "expl", "nsubjpass", "csubjpass")]
    if subjects:  # two subjects happen after datelines ("CANBERRA — Australia expelled"): the nearest
        c = max(subjects, key=lambda x: (x.i < v.i, x.i if x.i < v.i else -x.i))
        return c, (c.dep_ in ("nsubjpass", "csubjpass") and _is_passive(v))
    if depth > 4:
        return None, False
    h = v.head
    if h.i == v.i:
        return None, False
    if v.dep_ == "advcl" and (owner := _decision_owner(v)) is not None:
        return owner, _is_passive(v)
    if v.dep_ in ("xcomp", "ccomp") or (v.dep_ == "advcl" and any(c.lower_ == "to" for c in v.children)):
        obj = _child(h, "dobj")
        if obj is None and v.dep_ == "xcomp" and _lemma(h) in object_control_verbs():
            # "called on Egypt to release ...", "appealed to Ethiopia to halt ...": the one addressed does it
            obj = next(iter(_prep_objects(h, {"on", "upon", "to"})), None)
        if obj is not None and (v.dep_ == "xcomp" or _lemma(h) in object_control_verbs()):
            return obj, _is_passive(v)
        if _is_verbal(h):
            s, _p = _subject(h, depth + 1)
            return s, _is_passive(v)  # "is scheduled to attend": the controlled verb has its own voice
        if v.dep_ == "xcomp" and h.pos_ == "ADJ" and h.dep_ in ("acomp", "attr") and _is_verbal(h.head):
            s, _p = _subject(h.head, depth + 1)  # "France is ready to send troops": the one ready
            return s, _is_passive(v)
    if v.dep_ == "conj" and _is_verbal(h):
        s, passive = _subject(h, depth + 1)
        return s, _is_passive(v) if s is not None else passive
    if v.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        g = h.head.head if h.dep_ == "pobj" else h.head  # "converged for a rally to protest ...": the ralliers
        if _is_verbal(g):
            s, _p = _subject(g, depth + 1)
            return s, _is_passive(v)
    if v.dep_ == "relcl":
        return h, _is_passive(v)
    if v.dep_ in ("acl", "advcl") and h.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        owner = next((c for c in h.children if c.dep_ == "poss"), None)
        if owner is not None and _lemma(h) in DECISION_NOUNS:
            return owner, _is_passive(v)  # "Ecuador's decision to designate ...": Ecuador does it
    if v.dep_ in ("acl", "advcl") and _lemma(h) in REQUEST_NOUNS and h.dep_ == "dobj" and _is_verbal(h.head):
        s, _p = _subject(h.head, depth + 1)  # "Brazil rejected calls to designate ...": Brazil would do it
        return s, _is_passive(v)
    if v.dep_ == "acl" and _lemma(h) in SPEECH_NOUNS and h.dep_ == "dobj" and _is_verbal(h.head):
        s, _p = _subject(h.head, depth + 1)  # "issued a declaration demanding ...": the issuer
        return s, False
    if v.dep_ in ("advcl", "acl", "pcomp") and v.tag_ in ("VBG", "VBN"):
        if v.dep_ == "acl" and h.pos_ in ("NOUN", "PROPN"):
            return h, v.tag_ == "VBN"
        if v.dep_ == "pcomp" and h.dep_ == "prep":
            h = h.head
            if h.pos_ == "ADJ" and h.dep_ in ("acomp", "amod", "attr") and _is_verbal(h.head):
                h = h.head  # "are guilty of violating ...": the subject of the predicate
            obj = _child(h, "dobj")
            if obj is not None and _is_verbal(h):
                return obj, False  # "accused Greece of violating ...": the object does it
        if _is_verbal(h):
            return _subject(h, depth + 1)
    return None, False


def _object(v: Token) -> Token | None:
    return _child(v, "dobj") or _child(v, "dative")


# ---- actors of a noun phrase -----------------------------------------------------------------
class ActorFinder:
    """Actor ids for the noun phrase headed by a token, with conjuncts, appositions and pronouns."""

    GROUP_HEADS = {"government", "ministry", "official", "authority", "force", "troop", "police", "army",
                   "military", "court", "parliament", "leader", "president", "delegation", "embassy", "mission",
                   "minister", "agent", "spy", "operative", "administration", "regime", "people", "state",
                   "service", "soldier", "diplomat", "envoy", "office", "agency", "member", "navy"}

    def __init__(self, actors: DocActors, reporting: frozenset[str], skip: list[tuple[int, int]] | None = None):
        self.actors = actors
        self.skip = skip or []
        self.reporting = reporting
        self.recent: list[str] = []  # subject actors of the latest sentence with one (pronoun fallback)
        self.event_tokens: set[int] = set()  # triggers of the sentence being read

    def unnamed(self, actor_id: str) -> bool:
        """An actor named only by an agent noun, country unknown ("troops", "insurgents": "---MIL")."""
        a = self.actors.get(actor_id)
        return a is not None and (a.code or "").startswith("---")

    def ids(self, tok: Token | None) -> list[str]:
        if tok is None:
            return []
        out: list[str] = []
        for t in [tok, *self._conjuncts(tok), *self._accompanying(tok), *self._paired_owners(tok)]:
            for a in self._one(t):
                if a not in out:
                    out.append(a)
            if self.actors.at(t) is not None:
                for a in self._listed_in_apposition(t):
                    if a not in out:
                        out.append(a)
        return out

    def _listed_in_apposition(self, t: Token) -> list[str]:
        """"the IRGC, the Palestinian group Hamas and Lebanon's Hezbollah": a list the parser read as
        appositions. An apposition naming another actor is another member, not the same one."""
        own = self.actors.at(t)
        out: list[str] = []
        stack = [c for c in t.children if c.dep_ == "appos"]
        while stack:
            x = stack.pop()
            got = self.actors.at(x)
            # only named members: "Hezbollah, the Lebanese armed group" is one actor described twice
            if got is not None and got is not own and got.id not in out and x.pos_ == "PROPN":
                out.append(got.id)
            stack.extend(c for c in x.children if c.dep_ in ("appos", "conj"))
        return out

    def _paired_owners(self, tok: Token) -> list[Token]:
        """"US and British forces": the first of a pair of modifiers names a body of its own."""
        own = self.actors.at(tok)
        out = []
        for c in tok.children:
            if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod") and any(x.dep_ == "conj" for x in c.children):
                got = self.actors.at(c)
                if got is not None and got is not own and got.type not in PLACE_TYPES:
                    out.append(c)
        return out

    @staticmethod
    def _accompanying(tok: Token) -> list[Token]:
        """"the Guards, together with Hezbollah and Hamas": companions count as conjuncts."""
        out = []
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "with" and p.i > 0 and tok.doc[p.i - 1].lower_ in ("together", "along"):
                for o in p.children:
                    if o.dep_ == "pobj":
                        out.append(o)
                        out.extend(o.conjuncts)
        return out

    def _conjuncts(self, tok: Token) -> list[Token]:
        out = []
        own = self.actors.at(tok)
        # a mention the parser split ("Barack[nsubj] Obama[pobj] and Vladimir Putin[conj]")
        stack = [tok] + ([t for t in tok.subtree if t.i != tok.i and self.actors.at(t) is own] if own else [])
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.dep_ == "conj" and c not in out and c.pos_ in ("NOUN", "PROPN", "PRON", "X"):
                    out.append(c)
                    stack.append(c)
        return out

    def _one(self, t: Token, depth: int = 0) -> list[str]:
        if self.skip and _in_spans(t.idx, self.skip):
            # datelines and headlines name no participants; the parser may hang the real subject
            # on the dateline ("CANBERRA[nsubj] — Australia[appos] expelled ...")
            for c in t.children:
                if c.dep_ in ("appos", "conj", "compound") and not _in_spans(c.idx, self.skip) and depth < 2:
                    return self._one(c, depth + 1)
            return []
        if t.tag_ in ("NNS", "NNPS") and depth <= 2:
            # "Latin American governments, including Peru and Chile": the members named, not the collective
            for p in _prep_objects(t, {"including", "include"}):
                got = [a for x in [p, *p.conjuncts] for a in self._one(x, depth + 1)]
                if got:
                    return list(dict.fromkeys(got))
        a = self.actors.at(t)
        if a is not None:
            return [a.id]
        low = t.lower_
        if low in RELATIVES and t.head.dep_ in ("relcl", "acl") and depth < 2:
            return self._one(t.head.head, depth + 1)
        if t.pos_ == "PRON" and low in PRONOUNS:
            return self._pronoun(t)
        out: list[str] = []
        for c in t.children:  # appositions: "Lebanese armed group Hezbollah"
            if c.dep_ == "appos":
                for x in [c, *self._conjuncts(c)]:
                    got = self.actors.at(x)
                    if got is not None and got.id not in out:
                        out.append(got.id)
        if out:
            return out
        if depth > 2:
            return []
        for p in _prep_objects(t, {"including", "include"}):  # "eight organizations, including X and Y"
            got = [a for x in [p, *p.conjuncts] for a in self._one(x, depth + 1)]
            if got:
                return list(dict.fromkeys(got))
        # modifiers: "U.S. officials", "Iranian spies", "Tehran's ministry", "the government in La Paz"
        for c in sorted(t.children, key=lambda c: -c.i):
            if c.dep_ in ("compound", "poss", "amod", "nmod") and c.i < t.i:
                got = self.actors.at(c)
                if got is None and c.dep_ == "compound":  # "US Predator attacks", "Israeli drone strikes"
                    got = next((a for x in c.children if x.dep_ in ("compound", "amod", "nmod") and x.i < c.i
                                and (a := self.actors.at(x)) is not None and a.type == "country"), None)
                if got is not None:
                    return [got.id]
                if c.dep_ == "poss" and c.lower_ in ("its", "their") and t.dep_ in ("nsubj", "nsubjpass") \
                        and _lemma(t) in self.GROUP_HEADS:  # "Israel said its troops ..."
                    owner = self._pronoun(c)
                    if owner:
                        return owner
        preps = {"of", "in", "from", "including"} if (_lemma(t) in self.GROUP_HEADS or t.pos_ == "PROPN") \
            else {"of", "from", "by"}  # "all activity by Hezbollah"
        for p in _prep_objects(t, preps):  # "hundreds of UN troops", "leaders of the coalition"
            got = self._one(p, depth + 1)
            if got:
                return got
        resolve = getattr(self.actors, "resolve", None)  # definite descriptions, roles ("the group")
        if resolve is not None and t.pos_ == "NOUN":
            got = resolve(t)
            if got is not None:
                return [got.id]
        return []

    def _pronoun(self, t: Token) -> list[str]:
        v = t.head
        for _ in range(6):  # inside a reported clause the pronoun is usually the reporter ("X said it ...")
            if v.dep_ in ("ccomp", "xcomp", "conj", "advcl") and v.head.i != v.i:
                v = v.head
                if _lemma(v) in self.reporting:
                    s, _p = _subject(v)
                    if s is not None and s.lower_ not in PRONOUNS:
                        return self.ids(s)
            else:
                break
        for_pronoun = getattr(self.actors, "for_pronoun", None)
        if for_pronoun is not None:
            got = for_pronoun(t)
            if got is not None:
                return [got.id]
        return list(self.recent)


# ---- trigger detection --------------------------------------------------------------------
def _children_lemmas(t: Token) -> set[str]:
    return {c.lemma_.lower() for c in t.children if c.dep_ in ("prt", "prep", "advmod", "dative", "agent")}


def _object_code(objmap: dict[str, Any], o: Token) -> tuple[bool, str | None]:
    for c in o.children:  # the modifier is the more specific: "ceasefire agreement", "air strike"
        if c.dep_ in ("compound",) and _lemma(c) in objmap:
            return True, objmap[_lemma(c)]
    key = _lemma(o)
    if key in objmap:
        return True, objmap[key]
    for c in o.children:  # "state of emergency"
        if c.dep_ in ("amod",) and _lemma(c) in objmap:
            return True, objmap[_lemma(c)]
    for p in _prep_objects(o, {"of"}):
        if _lemma(p) in objmap:
            return True, objmap[_lemma(p)]
    return False, None


def _verb_sense(t: Token, senses: list[dict[str, Any]], terror: bool) -> tuple[dict[str, Any], str, Token | None] | None:
    prts = _children_lemmas(t)
    obj = _object(t) or (_child(t, "nsubjpass") if _is_passive(t) else None)
    if obj is not None:  # "discussed the issue with X": the parser may hang the partner on the object
        prts = prts | {c.lemma_.lower() for c in obj.children if c.dep_ == "prep"}
    for sense in senses:
        if "xcomp" in sense and not any(
                c.dep_ == "xcomp" and _lemma(c) in sense["xcomp"]
                and all(_lemma(o) in sense.get("xcomp_obj", ()) or o.ent_type_ == "GPE"
                        for o in c.children if o.dep_ == "dobj") for c in t.children):
            continue
        if "as_verb" in sense:  # "ordered the diplomats to leave": expelled them
            return _verb_sense(t, lexicon().verbs[sense["as_verb"]], terror)
        if "tag" in sense and t.tag_ not in sense["tag"]:
            continue
        if "prt" in sense and sense["prt"] not in prts:
            continue
        if sense.get("prt_not") in prts or prts & set(sense.get("not_prt", ())):
            continue
        if sense.get("need_no_object") and _child(t, "dobj") is not None:
            continue
        if sense.get("active_only") and _is_passive(t):
            continue
        if sense.get("need_terror") and not terror:
            continue
        if sense.get("need_embedded") and _child(t, "xcomp", "ccomp") is None:
            continue
        if sense.get("need_xcomp") and _child(t, "xcomp") is None:
            continue
        if sense.get("need_object_control") and not (
                (_child(t, "dobj") is not None and _child(t, "xcomp") is not None)
                or any(c.dep_ == "ccomp" and _child(c, "nsubj") is not None for c in t.children)):
            continue
        if "prep_need" in sense and sense["prep_need"] not in prts:
            continue
        if "subj" in sense:
            s, _p = _subject(t)
            if s is None or _lemma(s) not in sense["subj"]:
                continue
        if "advmod" in sense and not any(c.dep_ == "advmod" and _lemma(c) in sense["advmod"] for c in t.children):
            continue
        if obj is not None and _lemma(obj) in sense.get("obj_not", ()):
            continue
        o = obj
        if sense.get("obj_need_prep"):
            found = _prep_objects(t, {sense["obj_need_prep"]})
            o = found[0] if found else None
        objmap = sense.get("obj")
        if objmap and o is not None:
            hit, code = _object_code(objmap, o)
            if hit:
                if code is None:
                    return None  # an explicit non-event reading ("fired the minister")
                return sense, _object_kind(o, code), o  # "provided humanitarian aid": 073
        if "code" in sense:
            return sense, _object_kind(o, sense["code"]) if o is not None else sense["code"], None
    return None


def _object_kind(o: Token, code: str) -> str:
    """The code of an act refined by the kind its object names ("provided military assistance":
    072), when the object is a lexicon noun of the same code with modifiers that say what kind."""
    entry = lexicon().nouns.get(_lemma(o))
    if entry is not None and entry.get("mods") and entry.get("code") == code:
        return _noun_code(o, entry, None) or code
    return code


def _noun_code(n: Token, entry: dict[str, Any], light: Token | None) -> str | None:
    if entry.get("plural") and n.tag_ != "NNS":
        return None
    code = entry["code"]
    mods = entry.get("mods", {})
    for c in n.children:
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod") and _lemma(c) in mods:
            return mods[_lemma(c)]
    if n.i > 1 and n.doc[n.i - 1].text == "-" and _lemma(n.doc[n.i - 2]) in mods:
        return mods[_lemma(n.doc[n.i - 2])]
    if light is not None and _lemma(light) in entry.get("light", {}):
        return entry["light"][_lemma(light)]
    return code


def _find_candidates(sent: Span, lex: Lexicon, terror: bool, skip: list[tuple[int, int]],
                     finder: ActorFinder) -> list[Candidate]:
    cands: list[Candidate] = []
    used_nouns: set[int] = set()
    for t in sent:
        if _in_spans(t.idx, skip):
            continue
        lemma = _lemma(t)
        if _non_event(t, lex):
            continue
        if t.dep_ == "acl" and t.tag_ == "VBN" and not _prep_objects(t, {"by"}):
            continue  # "a member jailed over a year ago", "officials accused of ...": a description
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and _lemma(t.head) not in REQUEST_NOUNS \
                and not finder.ids(t.head) \
                and _lemma(t.head) not in lex.nouns and _lemma(t.head) not in SPEECH_NOUNS | ATTEMPT_NOUNS:
            continue  # "a resolution censuring ...", "an invitation to attend ...": no actor does it
        if lemma in lex.verbs and _is_verbal(t):
            got = _verb_sense(t, lex.verbs[lemma], terror or (lemma in lex.group_context_verbs and _group_object(t, finder)))
            if got is not None:
                sense, code, o = got
                if o is not None:
                    used_nouns.add(o.i)
                cands.append(Candidate(tok=t, code=code, sense=sense, kind="verb", noun=o,
                                       designation=bool(sense.get("designation"))))
                continue
        existential = lemma == "be" and any(c.dep_ == "expl" for c in t.children)  # "there were clashes"
        if (lemma in lex.light or existential) and _is_verbal(t):
            prt = lex.light_particles.get(lemma)
            if prt and prt not in _children_lemmas(t):
                continue
            # "gave aid", "aid was given", "engaged in talks"
            objs = [c for c in t.children if c.dep_ in (("attr",) if existential else ("dobj", "nsubjpass"))] \
                or ([] if existential else _prep_objects(t, {"in"}))
            for o in objs:
                entry = lex.nouns.get(_lemma(o)) or lex.nouns.get(o.lower_)  # "fighting" (lemma "fight")
                if entry is None or (entry.get("need_terror") and not terror):
                    continue
                code = _noun_code(o, entry, t)
                if code:
                    used_nouns.add(o.i)
                    cands.append(Candidate(tok=t, code=code, sense=entry, kind="light", noun=o,
                                           designation=bool(entry.get("designation"))))
                    break
    # "Macedonia, which is preparing an offensive": a relative clause describes a participant
    if any(c.tok.dep_ not in ("relcl", "acl") for c in cands):
        # (and so does a participle: "rebels fighting to topple him", "a resolution censuring Israel")
        cands = [c for c in cands if c.kind == "noun" or not (
            c.tok.dep_ == "relcl" or c.tok.dep_ == "acl" and c.tok.tag_ == "VBG" and not c.designation
            and not c.sense.get("embeds") and c.tok.head.pos_ in ("NOUN", "PROPN"))]  # not "a statement demanding"
    # "shelled the town, killing eight": a participle of the same kind is the same act
    heads = {c.tok.i: c for c in cands}
    cands = [c for c in cands if not (c.tok.dep_ == "advcl" and c.tok.tag_ == "VBG" and c.tok.head.i in heads
                                      and heads[c.tok.head.i].code[:2] == c.code[:2])]
    # "... when Idi Amin expelled them": a temporal clause dating another act is background
    verb_toks_all = {c.tok.i for c in cands}
    # (also when it hangs on the reporting verb: "..., a correspondent said, two weeks after rebels kidnapped ...")
    cands = [c for c in cands if not (c.kind != "noun" and c.tok.dep_ == "advcl"
                                      and (c.tok.head.i in verb_toks_all or _lemma(c.tok.head) in lex.reporting)
                                      and any(m.dep_ == "mark" and m.lower_ in BACKGROUND_PREPS
                                              for m in c.tok.children))]
    # "arrested two men suspected of planning a bombing", "Kenyans accused of attacking a bus": what a
    # participle describing a participant tells is the charge against it, not another act
    cands = [c for c in cands if not _in_description(c.tok)]
    # "jailed a student for helping militants": the charge is the content of the act, not another act
    cands = [c for c in cands if not (c.tok.dep_ == "pcomp" and c.tok.head.lemma_.lower() in ("for", "of")
                                      and c.tok.head.head.i in verb_toks_all
                                      and any(x.tok.i == c.tok.head.head.i and x.code[:2] in ("11", "12", "17")
                                              for x in cands))]
    verb_toks = {c.tok.i for c in cands}
    assault_verbs = {c.tok.i for c in cands if c.code[:2] in ("18", "19", "20") and _is_passive(c.tok)}
    for t in sent:
        if t.i in used_nouns or t.i in verb_toks or t.pos_ not in ("NOUN", "PROPN") or _in_spans(t.idx, skip):
            continue
        entry = lex.nouns.get(_lemma(t))
        if entry is None:
            continue
        if entry.get("designation") and not terror:
            continue
        code = _noun_code(t, entry, None)
        if not code:
            continue
        governed = _embedding_governor(t, cands, lex) is not None
        if entry.get("embeds") and (any(x.dep_ in ("acl", "advcl") and (_child(x, "aux") is not None
                                                                       and _child(x, "aux").lower_ == "to"
                                                                       or _that_clause(x)) for x in t.children)
                                    or _addressees(t, finder)):
            # a request named by a noun, with the act it asks for ("U.S. requests to designate ...")
            # or with whom it presses ("Rubio's call was aimed at Chile and Peru")
            cands.append(Candidate(tok=t, code=code, sense=entry, kind="noun", noun=t))
            continue
        if entry.get("light_only") and not governed:
            continue
        if not governed and t.dep_ == "pobj" and _lemma(t.head) in BACKGROUND_PREPS:
            continue  # "since last month's invasion", "after violent protests": background, not news
        if t.dep_ == "pobj" and t.head.head.i in assault_verbs and _lemma(t.head) in ("in", "during", "from"):
            continue  # "killed in Israeli shelling": the killing's means, which lends it its source
        if not governed and not _nominal_args(t, entry, finder)[0] and not _nominal_args(t, entry, finder)[1]:
            continue
        cands.append(Candidate(tok=t, code=code, sense=entry, kind="noun", noun=t,
                               designation=bool(entry.get("designation"))))
    by_tok = {c.tok.i: c for c in cands}
    # "blocked roads to press their demands", "met in Zurich to discuss ...": the purpose of an act
    # is context of that act, not another act
    cands = [c for c in cands if not (c.tok.dep_ in ("advcl", "xcomp") and c.tok.head.i in by_tok
                                      and not by_tok[c.tok.head.i].sense.get("embeds")
                                      and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.tok.children))]
    # "will boycott the vote unless the president agrees to step down": the condition is the
    # content of the threat (or offer), not an act of its own
    by_tok = {c.tok.i: c for c in cands}
    cands = [c for c in cands if not (c.kind != "noun" and c.tok.dep_ == "advcl" and c.tok.head.i in by_tok
                                      and any(m.dep_ == "mark" and m.lower_ in lex.status["conditional_marks"]
                                              for m in c.tok.children))]
    cands = _instrument_acts(cands, lex)
    cands = _attacks_named_as_subjects(cands)
    cands.sort(key=lambda c: c.tok.i)
    return cands


VIOLENT_ROOTS = {"18", "19", "20"}
UNSPECIFIED_FORCE = {"180", "183", "190"}  # codes a weapon named with the act can make more specific


def _instrument(v: Token, lex: Lexicon) -> Token | None:
    """The weapon an attack is told through ("blown up by a missile", "a rocket ... hit"), when the
    agent or subject of the verb is a weapon, not an actor."""
    subj, passive = _subject(v)
    agents = _prep_objects(v, {"by"}) if passive else ([subj] if subj is not None else [])
    for a in agents:
        if a is not None and _lemma(a) in lex.instruments:
            return a
    return None


def _instrument_acts(cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """"blown up by a missile fired by rebels": the weapon gives the attack its CAMEO code, and the
    act of firing it, told inside the weapon's phrase, is the same attack, not another one."""
    inner: set[int] = set()
    for c in cands:
        if c.kind == "noun" or c.code[:2] not in VIOLENT_ROOTS:
            continue
        weapon = _instrument(c.tok, lex)
        if weapon is None:
            continue
        if c.code in UNSPECIFIED_FORCE:  # "shelled" (194) already says how; "killed", "blown up" do not
            c.code = lex.instruments[_lemma(weapon)] or c.code
        inner |= {t.i for t in weapon.subtree if t.i != weapon.i}
    return [c for c in cands if not (c.tok.i in inner and c.code[:2] in VIOLENT_ROOTS)]


def _attacks_named_as_subjects(cands: list[Candidate]) -> list[Candidate]:
    """"Israeli shelling killed five civilians", "an air strike hit the hospital": the attack named as
    the subject of a violent verb is that verb's act, one event, with the attack's code when the verb's
    says no more than force (as PETRARCH's dictionary codes SHELLING * 194, AIRSTRIKE * 195)."""
    attacks = {c.tok.i: c for c in cands if c.kind == "noun" and c.code[:2] in VIOLENT_ROOTS}
    told: set[int] = set()
    for c in cands:
        if c.kind == "noun" or c.code[:2] not in VIOLENT_ROOTS:
            continue
        subj, passive = _subject(c.tok)
        n = attacks.get(subj.i) if subj is not None and not passive else None
        if n is None:
            continue
        if c.code in UNSPECIFIED_FORCE:
            c.code = n.code
        told.add(n.tok.i)
    return [c for c in cands if c.tok.i not in told]


def _instrument_users(v: Token, finder: ActorFinder, lex: Lexicon) -> list[str]:
    """Who used the weapon of an attack: "a missile fired by pro-Russia rebels" -> the rebels."""
    weapon = _instrument(v, lex)
    if weapon is None:
        return []
    for t in weapon.subtree:
        if t.dep_ == "agent":
            for o in t.children:
                if o.dep_ == "pobj":
                    got = finder.ids(o)
                    if got:
                        return got
    return []


def _group_object(t: Token, finder: ActorFinder) -> bool:
    """The act targets an armed group or a criminal organisation ("banned Hezbollah"): enough context
    for designation verbs that otherwise need the word "terrorist" nearby."""
    obj = _object(t)
    if obj is None:
        return False
    return any(finder.actors.get(a) is not None and finder.actors.get(a).type in ("armed_group", "criminal_org")
               for a in finder.ids(obj))


def _non_event(t: Token, lex: Lexicon) -> bool:
    """Requests for comment, refusals to comment, "discussed pushing for": no event of their own."""
    for c in t.children:
        if c.dep_ in ("xcomp", "dobj", "pobj", "ccomp") and _lemma(c) in lex.non_event_complements \
                and not (c.dep_ == "ccomp" and _child(c, "nsubj") is not None):  # "warned X that it would respond"
            return True
        if c.dep_ == "prep":
            if any(_lemma(p) in lex.non_event_complements for p in c.children if p.dep_ == "pobj"):
                return True
    if _lemma(t) in lex.status["considered_heads"]:
        return any(c.dep_ in ("xcomp", "ccomp", "pcomp") and _is_verbal(c) for c in t.children)
    return False


def _embedding_governor(t: Token, cands: list[Candidate], lex: Lexicon) -> Candidate | None:
    """The nearest request/appeal/intent/threat/refusal trigger that embeds token ``t``."""
    by_tok = {c.tok.i: c for c in cands}
    cur = t
    for _ in range(6):
        if cur.dep_ not in EMBED_PATH or cur.head.i == cur.i:
            return None
        h = cur.head
        c = by_tok.get(h.i)
        if c is not None and c.sense.get("embeds"):
            if cur.dep_ == "conj":
                return None  # coordinated with the embedding verb, not embedded in it
            if cur.dep_ == "advcl" and not any(x.lower_ == "to" for x in cur.children):
                return None
            return c
        if c is not None and cur.dep_ not in ("conj",) and c is not None and c.kind != "noun":
            return None  # another event's argument
        if c is None and _is_verbal(h) and cur.dep_ in ("dobj", "nsubj"):
            return None  # "agreed to postpone the demonstration": the embedded act is "postpone"
        cur = h
    return None


def _that_clause(x: Token) -> bool:
    """"the demand that Brazil expel ...": a clause with 'that' and a subject of its own."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in x.children) and _child(x, "nsubj") is not None


def _participle_small_clause(x: Token) -> bool:
    """"ordered its assets frozen", "ordered the ambassador expelled": the subject of a participle
    with no 'that' and no auxiliary is what the act is done to, not a party pressed to do it."""
    return x.tag_ in ("VBN", "VBD", "JJ") and not any(c.dep_ in ("mark", "aux", "auxpass") for c in x.children)


def _addressees(n: Token, finder: ActorFinder) -> list[str]:
    """Whom a request noun is addressed to: "the call was aimed at X", "an appeal directed to X"."""
    verbs = [n.head] if n.dep_ in ("nsubjpass", "nsubj") and n.head.i != n.i else []
    verbs += [c for c in n.children if c.dep_ in ("acl", "relcl")]
    for v in verbs:
        preps = lexicon().addressee_verbs.get(_lemma(v))
        for p in _prep_objects(v, set(preps)) if preps else []:
            got = finder.ids(p)
            if got:
                return got
    return []


def _nominal_args(n: Token, entry: dict[str, Any], finder: ActorFinder) -> tuple[list[str], list[str]]:
    src: list[str] = []
    for c in n.children:
        if c.dep_ == "poss":
            src = finder.ids(c)
    if not src:
        # "pressure from Israel", "a request from Washington": a request noun's from-phrase names who asks
        for p in _prep_objects(n, set(entry.get("src_preps", ["by", "from"] if entry.get("embeds") else ["by"]))):
            src = finder.ids(p)
            if src:
                break
    tgt: list[str] = []
    for p in _prep_objects(n, set(entry.get("tgt_preps", ["of", "against", "on"]))):
        tgt = finder.ids(p)
        if tgt:
            break
    if not tgt and entry.get("embeds"):
        tgt = _addressees(n, finder) or [a for a in _pressed_subject(n, finder) if a not in src]
    if not src:  # "U.S. sanctions on Iran", "Israeli air strikes"
        for c in n.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.i < n.i:
                a = finder.actors.at(c)
                if a is not None:
                    src = [a.id]
                    break
    if not src and not tgt:  # "clashes between Indian and Pakistani troops": the first party on the others
        parties = list(dict.fromkeys(a for p in _prep_objects(n, {"between"}) for q in (p, *p.conjuncts)
                                     for a in finder.ids(q)))
        if len(parties) >= 2:
            src, tgt = parties[:1], parties[1:]
    return src, tgt


# ---- status ------------------------------------------------------------------------------------
def _governors(t: Token) -> list[tuple[str, Token]]:
    """The chain of words a trigger is embedded under, with the dependency that links each."""
    out = []
    cur = t
    for _ in range(6):
        if cur.head.i == cur.i or cur.dep_ not in EMBED_PATH | {"acl", "relcl", "nsubj", "nsubjpass", "attr"}:
            break
        out.append((cur.dep_, cur.head))
        if cur.dep_ in ("relcl",):
            break
        cur = cur.head
    return out


def _negated(t: Token, neg: frozenset[str]) -> bool:
    for c in t.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") or (c.dep_ == "advmod" and c.lower_ in ("never", "no")):
            return True
    return False


def _status(c: Candidate, lex: Lexicon) -> tuple[str, bool]:
    """(status, future) for a trigger; ``future`` also tells date resolution which way to look."""
    st = lex.status
    t = c.tok
    heads = [t] + ([c.noun] if c.kind == "light" and c.noun is not None else [])
    negated = any(_negated(h, st["negators"]) for h in heads)
    auxes = {x.lower_ for x in t.children if x.dep_ in ("aux", "auxpass")}
    marks = {x.lower_ for x in t.children if x.dep_ == "mark"}
    chain = _governors(t if c.kind != "noun" else c.tok)
    reported = False
    considered = planned = alleged = denied = hypothetical = False
    for dep, g in chain:
        gl = _lemma(g)
        if gl in lex.reporting and dep in ("ccomp", "advcl", "conj", "xcomp"):
            reported = True
        if gl in st["deny_heads"]:
            denied = True
        if dep == "ccomp" and _uncertain(g, st):
            hypothetical = True  # "it is not clear they have discussed it": not said to have happened
        if (gl in st["wish_heads"] or g.lower_ in st["wish_heads"]) and dep == "ccomp":
            hypothetical = True  # "she hoped they would be indicted": wished for, not done or planned
        if gl in st["considered_heads"]:
            considered = True
        if gl in st["planned_heads"] and dep in ("xcomp", "advcl", "ccomp", "acomp", "prep", "pobj"):
            planned = True
        if gl == "go" and g.tag_ == "VBG" and dep == "xcomp":
            planned = True  # "is going to designate"
        if gl in st["alleged_heads"] and dep in ("ccomp", "pcomp", "pobj", "prep", "xcomp"):
            alleged = True
        if gl in st["negating_heads"] and dep == "xcomp":
            negated = True
        if gl in st["refusing_heads"] and dep in ("acl", "dobj", "xcomp") and _lemma(t) != gl:
            negated = True  # "rejected calls to designate ...": the act is refused
        if dep in ("xcomp", "conj", "pcomp", "prep", "pobj", "dobj"):
            auxes |= {x.lower_ for x in g.children if x.dep_ in ("aux", "auxpass")}
            if dep == "xcomp" and any(_negated(g, st["negators"]) for _ in (0,)) and gl not in lex.reporting:
                negated = negated or gl in st["planned_heads"]
        if dep in ("ccomp", "advcl") and gl in lex.reporting:
            break
    described = [t.head] if t.dep_ in ("acl", "relcl") and t.head.pos_ == "NOUN" else []
    for h in heads + described:  # "an alleged plot targeting ...": the described act is alleged too
        for x in h.children:
            if x.dep_ == "advmod" and x.lower_ in st["alleged_adverbs"]:
                alleged = True
            if x.dep_ in ("amod",) and x.lower_ in st["alleged_modifiers"]:
                alleged = True
    future = bool(auxes & st["future_aux"])
    if "would" in auxes:
        if reported:
            future = True
        else:
            hypothetical = True
    if auxes & st["hypothetical_modals"] or marks & st["conditional_marks"]:
        hypothetical = True
    if negated:
        return ("denied" if (denied or reported) else "negated"), future
    if denied:
        return "denied", future
    if considered:
        return "considered", future
    if (future or planned) and not hypothetical:
        return "planned", True
    if hypothetical:
        return "hypothetical", future
    if alleged:
        return "alleged", future
    return "asserted", future


def _uncertain(g: Token, st: dict[str, frozenset[str]]) -> bool:
    """"it is unclear", "it is not clear/known": a copula that leaves its clause uncertain."""
    for a in g.children:
        if a.dep_ == "acomp":
            low = a.lower_
            if low in st.get("uncertain_adjectives", ()):
                return True
            if low in st.get("certain_adjectives", ()) and (_negated(g, frozenset()) or _negated(a, frozenset())):
                return True
    return False


def _decided(t: Token, lex: Lexicon) -> bool:
    """"The United States announced it would prohibit aid": a measure decided, not a threat."""
    return any(dep == "ccomp" and _lemma(g) in lex.status.get("decision_heads", frozenset())
               for dep, g in _governors(t)[:2])


def _conditioned(t: Token, lex: Lexicon) -> str | None:
    """The condition word of the trigger's clause: "... unless Baghdad accepts", "if Hamas runs"."""
    for c in t.children:
        if c.dep_ == "advcl":
            for m in c.children:
                if m.dep_ == "mark" and m.lower_ in lex.status["conditional_marks"]:
                    return m.lower_
    return None


# ---- dates and places --------------------------------------------------------------------------
def _attached(root: Token, targets: set[int], limit: int = 8) -> str | None:
    """How a date expression hangs on a trigger: "own", "background" (inside "following ...",
    "after ...": the date of another act) or None."""
    cur = root
    background = False
    for _ in range(limit):
        if cur.i in targets:
            return "background" if background else "own"
        if cur.i != root.i and cur.dep_ in CLAUSE_DEPS and _is_verbal(cur) and cur.i not in targets:
            return None
        if cur.dep_ in ("prep", "advcl") and cur.lower_ in BACKGROUND_PREPS:
            background = True
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _date_of(c: Candidate, date_ents: list[tuple[Span, str]], pub, future: bool) -> tuple[str | None, bool]:
    """(date, background): the nearest date expression of the trigger's own clause; ``background``
    when the only one dates another act ("following a similar step last month")."""
    targets = {c.tok.i} | ({c.noun.i} if c.noun is not None else set())
    if c.tok.dep_ == "acl" and _lemma(c.tok.head) in DECISION_NOUNS:
        targets.add(c.tok.head.i)  # "the decision in September to designate ..."
    elif c.tok.dep_ == "advcl" and (decision := _decision_noun(c.tok)) is not None:
        targets.add(decision.i)  # the same, with the infinitive hung on the main verb
    for n in [x for x in (c.noun, c.tok if c.kind == "noun" else None) if x is not None]:
        for x in n.subtree:  # "the designation ..., published last week", "..., which took effect on Monday"
            if x.dep_ in ("acl", "relcl") and _lemma(x) in ANNOUNCING_VERBS:
                targets.add(x.i)
        if n.dep_ in ("nsubj", "nsubjpass") and not _is_verbal(n):
            targets.add(n.head.i)  # "Ecuador's listing of ... this month capped ..."
    best = None
    for ent, text in date_ents:
        how = _attached(ent.root, targets)
        if how:
            rank = (how == "background", min(abs(ent.root.i - i) for i in targets))
            if best is None or rank < best[0]:
                best = (rank, text)
    if best is None:
        return None, False
    return dates.resolve(best[1], pub, future=future), best[0][0]


def _reporting_date(t: Token, date_ents: list[tuple[Span, str]], pub, lex: Lexicon) -> str | None:
    """The date of the report an undated act is the content of ("X will designate ..., Y said on
    Sunday"), unless the act is marked as earlier ("had designated"). An undated report verb inside
    a dated main clause shares its date ("denied on Sunday that ..., while acknowledging that X
    wanted ...")."""
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in t.children):
        return None

    def own_date(v: Token) -> str | None:
        for ent, text in date_ents:
            if _attached(ent.root, {v.i}) == "own":
                return dates.resolve(text, pub)
        return None

    cur, reported = t, False
    for _ in range(6):
        if cur.head.i == cur.i:
            return own_date(cur) if reported and cur.i != t.i else None
        if cur.dep_ in ("ccomp", "xcomp", "conj", "advcl", "parataxis"):
            h = cur.head
            if _lemma(h) in lex.reporting and h.i != t.i:
                when = own_date(h)
                if when is not None or h.head.i == h.i:
                    return when
                reported = True
            cur = h
        else:
            return None
    return None


ANNOUNCING_VERBS = {"publish", "announce", "take", "make", "issue", "sign", "adopt", "approve", "enter", "come",
                    "decree", "unveil", "release"}
PRESENT_AUX = {"is", "are", "am", "'s", "'re", "has", "have", "'ve"}


def _present(t: Token) -> bool:
    """Present, present progressive or present perfect: an act of the reporting period ("is pushing",
    "wants", "has designated"). Infinitives and gerunds take the tense of the verb governing them."""
    for _ in range(4):
        if t.tag_ in ("VBZ", "VBP"):
            return True
        auxes = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
        if t.tag_ in ("VBG", "VBN") and auxes & PRESENT_AUX and not auxes & {"will", "would", "had", "was", "were"}:
            return True
        if t.tag_ in ("VB", "VBG") or t.pos_ == "NOUN" or t.dep_ in ("acl", "xcomp"):
            if t.head.i == t.i:
                return False
            t = t.head
            continue
        return False
    return False


def _location(c: Candidate, finder: ActorFinder, exclude: list[str], also: list[str]) -> str | None:
    for h in (c.tok, c.noun):
        if h is None:
            continue
        for p in _prep_objects(h, {"in", "at"}):
            # "in Madrid", and one level down: "at a jail in Dili"
            for q in [p, *_prep_objects(p, {"in", "at", "of"})]:
                for aid in finder.ids(q):
                    a = finder.actors.get(aid)
                    if a is not None and a.type in PLACE_TYPES and aid not in exclude and aid not in also:
                        return aid
    return None


# ---- arguments -------------------------------------------------------------------------------------
BACKGROUND_PREPS = {"after", "before", "since", "following", "amid", "despite", "when", "until", "once"}
MOVED_TO_PREPS = {"to", "from", "into", "toward", "towards", "against", "out"}
DEFAULT_TARGET_PREPS = ["against", "at", "on", "upon", "with", "into", "toward", "towards", "to"]


def _arguments(c: Candidate, finder: ActorFinder) -> tuple[list[str], list[str]]:
    t = c.tok
    sense = c.sense
    if c.kind == "noun":
        src, tgt = _nominal_args(t, sense, finder)
        d = t
        while d.dep_ == "conj" and d.head.i < d.i:  # "announced asset freezes ... as well as sanctions"
            d = d.head
        h = d.head
        if not src and d.dep_ == "dobj" and _is_verbal(h) and c.parent is None and h.i not in finder.event_tokens:
            s_, passive = _subject(h)  # "Uruguay is considering sanctions against Nicaragua"
            src = [] if passive else [a for a in finder.ids(s_) if a not in tgt]
        return src, tgt
    subj, passive = _subject(t)
    if passive:
        agents = _prep_objects(t, {"by"})
        # "blown up by a missile fired by rebels": whoever fired the weapon, not its maker's name
        src = _instrument_users(t, finder, lexicon()) if c.code[:2] in VIOLENT_ROOTS else []
        if not src:
            src = finder.ids(agents[0]) if agents else []
        tgt = finder.ids(subj)
        if not src and c.code[:2] in ("18", "19", "20"):
            # "killed in Israeli shelling", "fired from Gaza", and with no agent named the place where
            # ("was attacked in Mali"), as PETRARCH reads a passive's by/from/in phrase
            for p in _prep_objects(t, {"in", "from", "during"}):
                entry = lexicon().nouns.get(_lemma(p))
                src = _nominal_args(p, entry, finder)[0] if entry else finder.ids(p)
                if src:
                    break
    else:
        src = _instrument_users(t, finder, lexicon()) if c.code[:2] in VIOLENT_ROOTS else []
        src = src or finder.ids(subj)  # "a rocket fired by militants hit ...": the militants
        entry = lexicon().nouns.get(_lemma(subj)) or lexicon().nouns.get(subj.lower_) if subj is not None else None
        if not src and entry is not None:
            # "fighting between troops and rebels killed 40": the parties to the act named as subject
            ns, nt = _nominal_args(subj, entry, finder)
            src = ns + [a for a in nt if a not in ns] if _prep_objects(subj, {"between"}) else ns
        tgt = []
        if c.kind == "light" and c.noun is not None:
            nsrc, ntgt = _nominal_args(c.noun, sense, finder)
            tgt = ntgt
            src = src or nsrc
            if not tgt:  # "issued arrest warrants for two Brazilian men": the noun's argument on the verb
                for p in _prep_objects(t, set(sense.get("tgt_preps", ()))):
                    tgt = finder.ids(p)
                    if tgt:
                        break
        if not tgt:
            obj = _object(t)
            if obj is not None and not (c.noun is not None and obj.i == c.noun.i and c.kind == "light"):
                tgt = finder.ids(obj)
                if not tgt and c.noun is not None and obj.i == c.noun.i:
                    tgt = finder.ids(obj)
                if tgt and all(finder.unnamed(a) for a in tgt):
                    # "sent troops to Iraq", "withdrew aid workers from Chad": the unnamed people
                    # moved are the means; the named actor they go to or leave is the target
                    named = next((n for p in _prep_objects(t, MOVED_TO_PREPS)
                                  if (n := [a for a in finder.ids(p) if not finder.unnamed(a)])), [])
                    if named or c.code[:2] == "15":
                        tgt = named  # "mobilized troops along the border with X": one's own troops
    if not tgt and not passive:  # "gave Haiti humanitarian aid", "granted Pakistan a loan": the receiver
        dative = _child(t, "dative")
        if dative is not None and dative.pos_ in ("NOUN", "PROPN"):
            tgt = finder.ids(dative)
    if not tgt and c.noun is not None and c.kind == "verb":
        for p in _prep_objects(c.noun, {"of", "on", "against", "to", "with", "for"}):
            tgt = finder.ids(p)
            if tgt:
                break
    if not tgt:
        preps = list(sense.get("prep", [])) + ([sense["prt"]] if sense.get("prt") else [])
        obj = _object(t)
        hosts = [t] + ([obj] if obj is not None and preps and c.kind == "verb" else [])
        for p in [q for h in hosts for q in _prep_objects(h, preps or DEFAULT_TARGET_PREPS)]:
            tgt = finder.ids(p)
            if tgt:
                break
        if not tgt and preps:
            for p in _prep_objects(t, DEFAULT_TARGET_PREPS):
                tgt = finder.ids(p)
                if tgt:
                    break
        if not tgt:  # "advised against travel to Tunisia": the place of the thing acted on
            for p in _prep_objects(t, preps or DEFAULT_TARGET_PREPS):
                if _lemma(p) in lexicon().nouns:
                    continue  # an act of its own ("pushing for a ceasefire in Gaza")
                for q in _prep_objects(p, {"to", "against"}):
                    tgt = finder.ids(q)
                    if tgt:
                        break
                if tgt:
                    break
    if not tgt and c.kind == "verb" and c.code[:2] in VIOLENT_ROOTS:
        for x in t.children:  # "attacked a checkpoint, killing four policemen": the same attack's victims
            if x.dep_ == "advcl" and x.tag_ == "VBG" and (o := _object(x)) is not None:
                tgt = [a for a in finder.ids(o) if a not in src]
                if tgt:
                    break
    if not tgt and c.kind == "verb":
        for x in t.children:  # "declared Hezbollah a terrorist organisation": the small clause's subject
            if x.dep_ in ("ccomp", "oprd", "xcomp", "dobj") and x.pos_ in ("NOUN", "PROPN"):
                tgt = finder.ids(_child(x, "nsubj"))
                if tgt:
                    break
    tgt = [x for x in tgt if x not in src] or ([] if set(tgt) <= set(src) else tgt)
    return src, tgt


# ---- the extractor ------------------------------------------------------------------------------
def _in_description(t: Token) -> bool:
    """``t`` is told inside a participle phrase that describes a noun ("men suspected of planning
    a bombing", "officials accused of playing a role in ..."): the description's content."""
    cur = t
    while cur.dep_ in ("pcomp", "pobj", "prep", "xcomp", "dobj") and cur.head.i != cur.i:
        cur = cur.head
        if cur.dep_ == "acl" and cur.tag_ == "VBN" and cur.head.pos_ in ("NOUN", "PROPN") \
                and not _prep_objects(cur, {"by"}):
            return True
    return False


def _unnamed_thing_struck(c: Candidate, finder: ActorFinder) -> bool:
    """The act's object (or a passive's subject) is a thing no actor stands for: "targets",
    "a police station", "positions"."""
    if c.kind != "verb":
        return False
    t = c.tok
    o = _child(t, "nsubjpass") if _is_passive(t) else _object(t)
    return o is not None and o.pos_ == "NOUN" and not finder.ids(o)


def _doers_code(code: str, src: list[str], finder: ActorFinder, lex: Lexicon) -> str:
    """The code an act takes from who does it (events.json "doer_codes"): when every source is of
    one sector ("171" by OPP -> "145")."""
    if not src:
        return code
    codes = [(finder.actors.get(a) and finder.actors.get(a).code or "") for a in src]
    for prefix, by_sector in lex.doer_codes.items():
        if code.startswith(prefix):
            for sector, new in by_sector.items():
                if all(c.endswith(sector) for c in codes):
                    return new
    return code


def _rejected_requests(cands: list[Candidate], lex: Lexicon) -> None:
    """"rejected calls for a ceasefire", "rejected a US request to extradite ...": a rejection of a
    request is coded by what was asked (0256 -> 1246, 0213 -> 1213), as CAMEO's 12 codes mirror its
    02 and 10 codes."""
    by_tok = {c.tok.i: c for c in cands}
    for c in cands:
        if c.sense.get("embeds") != "reject" or c.code != c.sense.get("code"):
            continue
        o = _object(c.tok)
        asked = by_tok.get(o.i) if o is not None else None
        if asked is not None and asked.sense.get("embeds") in ("request", "appeal"):
            c.code = lex.subcode("reject", asked.code)


def _refine(parent: Candidate, child: Candidate, lex: Lexicon) -> None:
    kind = parent.sense.get("embeds")
    if child.kind == "noun" and _lemma(child.tok) in lex.anaphoric_event_nouns and kind not in ("request", "appeal") \
            and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those") for d in child.tok.children) \
            and not any(c.dep_ in ("poss", "prep") for c in child.tok.children):
        child.folded = True  # "rejected the designation": the act already reported, not a new one
        child.embed_kind = kind
        return
    if kind == "intent" and _negated(child.tok, frozenset()):
        kind = "reject"  # "vowed not to return the Golan Heights"
    elif kind == "intent" and child.code[:2] in CONFLICT_ROOTS and not child.designation:
        kind = "threat"
    table = kind if kind in lex.subcodes else None
    if table and parent.code in (parent.sense.get("code"), lex.subcodes[table]["_default"]):
        parent.code = lex.subcode(table, child.code)
    if kind == "threat" and parent.sense.get("embeds") == "intent" and child.code[:2] in {"14", "15", "16", "17"}:
        parent.folded = True  # "pledged to expel": the pledged act itself, planned
        child.embed_kind = "pledged"
        return
    if kind in ("intent", "threat", "reject", "accuse") and not child.designation:
        child.folded = True
    if child.kind == "noun" and child.code[:2] == parent.code[:2]:
        child.folded = True  # "press their demands": the same act said twice
    child.embed_kind = kind


def extract_events(doc: Doc, document: Document, actors: DocActors, kb: KnowledgeBase) -> list[Event]:
    lex = lexicon()
    pub = dates.parse_published(document.published)
    end = dateline_end(doc)  # document.text is the parsed text; Doc.text would rebuild it
    skip = excluded_spans(document.text, document.title, doc[end].idx if end is not None else None)
    finder = ActorFinder(actors, lex.reporting, skip)
    events: list[Event] = []
    previous: list[Event] = []
    sents = list(doc.sents)
    # Span.ents walks every entity of the whole doc: read them once here, not once per sentence
    # (per sentence it was a fifth of all extraction time on 1,000-word articles)
    doc_ents = doc.ents
    terror_at = [any(t.lower_.startswith("terror") for t in s) for s in sents]
    for k, sent in enumerate(sents):
        if all(_in_spans(t.idx, skip) for t in sent if not t.is_space):
            continue
        # designation words that need a terrorism context find it within two sentences either side
        terror = any(terror_at[max(0, k - TERROR_WINDOW): k + TERROR_WINDOW + 1])
        cands = _find_candidates(sent, lex, terror, skip, finder)
        finder.event_tokens = {c.tok.i for c in cands if c.kind != "noun"}
        date_ents = [(e, dates.expression(e)) for e in doc_ents if e.start >= sent.start and e.end <= sent.end
                     and e.label_ == "DATE" and not _in_spans(e.start_char, skip)]
        for c in cands:  # embedded acts
            if c.kind == "noun" and c.sense.get("embeds"):
                continue  # "rejected U.S. calls to ...": the calls stand on their own
            g = _embedding_governor(c.noun if c.kind == "noun" else c.tok, cands, lex)
            if g is not None and g is not c:
                c.parent = g
                g.embedded.append(c)
                _refine(g, c, lex)
        cands = [c for c in cands if c.embedded or not c.sense.get("need_embedded_event")]
        _rejected_requests(cands, lex)
        requested: dict[int, int] = {}  # request trigger -> requested acts seen
        for c in sorted(cands, key=_depth):  # parents before the acts they embed
            if c.folded:
                continue
            built = _build(c, lex, finder, date_ents, pub, sent, _next_number(events), previous, events)
            if built:
                c.event = built[0]
                events.extend(built)
                events.extend(_one_request_per_act(c, requested, lex, _next_number(events)))
        accusations = _reported_acts(cands, finder, lex, _next_number(events))
        if accusations:
            gone = {id(c.event) for c in cands if c.folded and c.event is not None}
            events = [e for e in events if id(e) not in gone]
            for c in cands:
                if c.folded:
                    c.event = None
            events.extend(accusations)
        events.extend(_reported_obligations(sent, cands, finder, lex, _next_number(events), skip))
        events.extend(_pressure_framed(sent, cands, events, finder, lex, _next_number(events), skip))
        sent_events = [c.event for c in cands if c.event is not None]
        if sent_events:
            previous = sent_events
        subjects = [a for c in cands if c.event is not None for a in c.event.source]
        if subjects:
            finder.recent = subjects[:1]
    events = _without_repeated_requests(events, actors)
    for e in events:
        if e.status == "demanded" and e.parent is not None:
            # CAMEO codes a demand once, in the request's sub-code ("urged Russia to withdraw" is
            # 0256); the act demanded keeps its PLOVER type and status but gets no CAMEO code of
            # its own, as it has not happened
            e.cameo = None
    return events


def _without_repeated_requests(events: list[Event], actors: DocActors) -> list[Event]:
    """One request record per demand: a report that restates the same pressure ("is pushing Bolivia
    to designate ..." then "Washington also wants La Paz to designate ...") tells one request, not
    two. Same demanding and pressed parties (by country where known), same CAMEO sub-code (the act
    demanded) and same status; the acts demanded in the restatement move to the first request."""
    def party(ids: list[str]) -> frozenset[str]:
        return frozenset((a.country if (a := actors.get(x)) is not None and a.country else x) for x in ids)

    first: dict[tuple, Event] = {}
    moved: dict[str, str] = {}
    for e in events:
        if e.plover != "REQUEST" or e.parent is not None or not e.source or not e.target:
            continue
        key = (party(e.source), party(e.target), e.cameo, e.status)
        if key not in first:
            first[key] = e
        elif first[key].sentence != e.sentence:  # in one sentence: one request per act demanded, kept
            moved[e.id] = first[key].id
    if not moved:
        return events
    for e in events:
        if e.parent in moved:
            e.parent = moved[e.parent]
    return [e for e in events if e.id not in moved]


def _next_number(events: list[Event]) -> int:
    """The number for the next local event id: one above the highest given so far. Not the count
    of events: folding drops events after ids were handed out, and the count would repeat one."""
    return max((int(e.id[1:]) for e in events if e.id[1:].isdigit()), default=0) + 1


SPEAKER_TYPES = {"country", "government", "ministry", "igo", "ngo", "organization", "party", "legislature",
                 "armed_group", "person", "judiciary"}


def _reporter(t: Token, lex: Lexicon) -> Token | None:
    """The reporting verb a clause is the complement of ("X said (that) <clause>")."""
    cur = t
    for _ in range(4):
        if cur.dep_ not in ("ccomp", "conj") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if _lemma(cur) in lex.reporting:
            return cur
    return None


def _reported_acts(cands: list[Candidate], finder: ActorFinder, lex: Lexicon, n: int) -> list[Event]:
    """Two CAMEO conventions for reported speech: "X said Y must do Z" is X's demand on Y (REQUEST),
    and a state or body that opens a report of violence ("Israel said a mortar was fired at it
    from Gaza") accuses the attacker (ACCUSE 112); the reported attack becomes ``alleged``."""
    out: list[Event] = []
    for c in cands:
        ev = c.event
        if ev is None or ev.parent is not None:
            continue
        rep_verb = _reporter(c.tok, lex)
        if rep_verb is None:
            continue
        subj, _p = _subject(rep_verb)
        speaker = [a for a in finder.ids(subj) if (finder.actors.get(a) is not None
                                                   and finder.actors.get(a).type in SPEAKER_TYPES)]
        if not speaker:
            continue
        modal = next((x for x in c.tok.children if x.dep_ == "aux" and x.lower_ in ("must", "should")), None)
        trig = (rep_verb.idx, rep_verb.idx + len(rep_verb))
        if modal is not None and ev.source and ev.plover != "REQUEST" and not _own_country(speaker, ev.source, finder):
            code = lex.subcode("request", ev.cameo or "10")
            req = Event(id=f"e{n + len(out)}", plover="REQUEST", source=speaker, target=list(ev.source), cameo=code,
                        mode=(lex.plover(code) or {}).get("mode"), date=ev.date, status="asserted",
                        trigger=(modal.idx, modal.idx + len(modal)), sentence=ev.sentence)
            ev.parent, ev.status = req.id, "demanded"
            out.append(req)
        elif (ev.plover == "ASSAULT" and rep_verb.i < c.tok.i and ev.source
              and not set(ev.source) & set(speaker)):
            context = " ".join(x.text for x in c.tok.subtree)[:200]
            out.append(Event(id=f"e{n + len(out)}", plover="ACCUSE", source=speaker, target=list(ev.source),
                             cameo="112", mode=(lex.plover("112") or {}).get("mode"), date=ev.date,
                             status="asserted", trigger=trig, sentence=ev.sentence, context=context))
            c.folded = True  # the reported attack is the content of the accusation, as CAMEO codes it
    return out


def _framing_verb(t: Token, lex: Lexicon) -> Token | None:
    """The verb of the clause a request noun frames ("came under pressure", "bowed to pressure")."""
    frames = lex.pressure_frames
    if _lemma(t) not in frames.get("nouns", ()):
        return None
    if _lemma(t) == "call" and t.tag_ != "NNS" and not _prep_objects(t, {"for"}):
        return None  # "after a call from Biden": a telephone call
    head = t.head
    verb = None
    if t.dep_ == "pobj" and _lemma(head) in frames.get("preps", ()):
        verb = head.head
    elif t.dep_ == "pobj" and _lemma(head) == "to" and _lemma(head.head) in frames.get("to_verbs", ()):
        verb = head.head
    return verb if verb is not None and _is_verbal(verb) else None


def _pressed_subject(t: Token, finder: ActorFinder) -> list[str]:
    """The party a framing request noun presses: the active subject of the clause it frames."""
    verb = _framing_verb(t, lexicon())
    if verb is None:
        return []
    subj, passive = _subject(verb)
    return [] if passive else finder.ids(subj)


def _pressure_framed(sent: Span, cands: list[Candidate], events: list[Event], finder: ActorFinder, lex: Lexicon,
                     n: int, skip: list[tuple[int, int]]) -> list[Event]:
    """"Paraguay came under pressure from Washington to ...", "at the urging of the United States,
    Paraguay designated ...", "bowed to U.S. pressure": a request noun that
    names its demander frames the clause of the party pressed (its subject): REQUEST(demander ->
    subject), asserted, as the pressure was applied whatever came of it."""
    frames = lex.pressure_frames
    if not frames:
        return []
    taken = {c.tok.i for c in cands} | {c.noun.i for c in cands if c.noun is not None}
    told = {(tuple(e.source), tuple(e.target)) for e in events if e.plover == "REQUEST"
            and e.sentence == (sent.start_char, sent.end_char)}
    out: list[Event] = []
    for t in sent:
        if t.i in taken or t.pos_ != "NOUN" or _lemma(t) not in frames.get("nouns", ()) or _in_spans(t.idx, skip):
            continue
        verb = _framing_verb(t, lex)
        if verb is None:
            continue
        src = _nominal_args(t, {"src_preps": ["from", "of", "by"]}, finder)[0]
        tgt = [a for a in _pressed_subject(t, finder) if a not in src]
        if not src or not tgt or (tuple(src), tuple(tgt)) in told:
            continue
        code = str((lex.nouns.get(_lemma(t)) or {}).get("code") or "100")
        info = lex.plover(code) or {}
        out.append(Event(id=f"e{n + len(out)}", plover="REQUEST", source=src, target=tgt, cameo=code,
                         mode=info.get("mode"), status="asserted", trigger=(t.idx, t.idx + len(t)),
                         sentence=(sent.start_char, sent.end_char),
                         context=" ".join(x.text for x in verb.subtree)[:200]))
        told.add((tuple(src), tuple(tgt)))
    return out


def _own_country(speaker: list[str], doers: list[str], finder: ActorFinder) -> bool:
    """"A Bolivian deputy said Bolivia must not ...": what one's own state must do is a position
    stated, not pressure on another party (a reported "must" is coded as a demand otherwise)."""
    own = {a.country for x in speaker if (a := finder.actors.get(x)) is not None and a.country}
    states = [finder.actors.get(x) for x in doers]
    return bool(own) and all(a is not None and a.type == "country" and a.country in own for a in states)


def _reported_obligations(sent: Span, cands: list[Candidate], finder: ActorFinder, lex: Lexicon, n: int,
                          skip: list[tuple[int, int]]) -> list[Event]:
    """"X said Y must ensure ..." where the obligation is no lexicon act: still X's demand on Y."""
    out: list[Event] = []
    taken = {c.tok.i for c in cands}
    for t in sent:
        if t.i in taken or not _is_verbal(t) or _in_spans(t.idx, skip):
            continue
        modal = next((x for x in t.children if x.dep_ == "aux" and x.lower_ in ("must", "should")), None)
        rep_verb = _reporter(t, lex) if modal is not None else None
        if rep_verb is None:
            continue
        subj, _p = _subject(rep_verb)
        speaker = [a for a in finder.ids(subj) if finder.actors.get(a) is not None
                   and finder.actors.get(a).type in SPEAKER_TYPES]
        doer_tok, _p2 = _subject(t)
        doers = [a for a in finder.ids(doer_tok) if a not in speaker]
        if speaker and doers and not _own_country(speaker, doers, finder):
            out.append(Event(id=f"e{n + len(out)}", plover="REQUEST", source=speaker, target=doers, cameo="100",
                             mode=(lex.plover("100") or {}).get("mode"), status="asserted",
                             trigger=(modal.idx, modal.idx + len(modal)), sentence=(sent.start_char, sent.end_char),
                             context=" ".join(x.text for x in t.subtree)[:200]))
    return out


def _one_request_per_act(c: Candidate, requested: dict[int, int], lex: Lexicon, n: int) -> list[Event]:
    """"asked X to declare ... and to send home ...": one demand per requested act, each with the
    sub-code of its act; the second and later acts get a copy of the request as their parent."""
    p = c.parent
    if p is None or p.event is None or c.event is None or c.embed_kind not in ("request", "appeal") \
            or c.kind == "noun" and c.tok.dep_ == "pobj":
        return []
    requested[p.tok.i] = requested.get(p.tok.i, 0) + 1
    if requested[p.tok.i] == 1 or c.event.parent != p.event.id:
        return []
    code = lex.subcode(p.embed_kind if p.embed_kind in lex.subcodes else p.sense.get("embeds", "request"), c.code)
    info = lex.plover(code) or {}
    copy = replace(p.event, id=f"e{n}", cameo=code, mode=info.get("mode"),
                   context=" ".join(x.text for x in c.tok.subtree)[:200], attributions=[])
    c.event.parent = copy.id
    return [copy]


def _depth(c: Candidate) -> tuple[int, int]:
    d, p = 0, c.parent
    while p is not None and d < 10:
        d, p = d + 1, p.parent
    return d, c.tok.i


def _topic_country(c: Candidate, finder: ActorFinder, src: list[str]) -> list[str]:
    """The country a meeting is about, when it names no counterpart ("talks on Syria")."""
    for h in [x for x in (c.noun, _object(c.tok), c.tok) if x is not None]:
        for p in _prep_objects(h, {"on", "about", "over", "regarding"}):
            for q in [p, *_prep_objects(p, {"in", "of"})]:
                got = [a for a in finder.ids(q) if a not in src]
                if got:
                    return got
    return []


def _anaphoric_targets(c: Candidate, lex: Lexicon, previous: list[Event], src: list[str],
                       history: list[Event] | None = None) -> list[list[str]]:
    """"advocated for both moves", "pushed for the decision": the doers of the acts just reported."""
    objs = [x for x in c.tok.children if x.dep_ == "dobj"] + _prep_objects(c.tok, {"for", "on"})
    named = [o for o in objs if _lemma(o) in lex.anaphoric_event_nouns
             and any(d.dep_ in ("det", "predet", "poss") for d in o.children)]
    if not named:
        return []
    # "demanded the listing": the acts of that kind only; "the move", "the decision": any act
    roots = {str(lex.nouns[_lemma(o)]["code"])[:2] for o in named if (lex.nouns.get(_lemma(o)) or {}).get("code")}
    if len(roots) < len(named):
        roots = set()
    if roots and history and c.sense.get("embeds") in ("request", "appeal"):
        # "encouraged the designation": the latest sentence that told an act of that kind, however far back
        kind = [e for e in history if e.parent is None and (e.cameo or "")[:2] in roots]
        if kind:
            previous = [e for e in kind if e.sentence == kind[-1].sentence]
    out: list[list[str]] = []
    for e in previous:
        if e.parent is None and e.status in ("asserted", "planned") and (not roots or (e.cameo or "")[:2] in roots):
            group = [x for x in e.source if x not in src]
            if group and group not in out:
                out.append(group)
    return out


def _build(c: Candidate, lex: Lexicon, finder: ActorFinder, date_ents, pub, sent: Span, n: int,
           previous: list[Event] | None = None, history: list[Event] | None = None) -> list[Event]:
    src, tgt = _arguments(c, finder)
    status, future = _status(c, lex)
    code = c.code
    parent = c.parent.event if c.parent is not None and not c.parent.folded else None
    if c.kind == "noun" and c.sense.get("embeds") and status in ("considered", "negated", "denied") \
            and not _negated(c.tok, frozenset()):
        status = "asserted"  # "weighing/rejected U.S. requests to ...": the requests were made
    if c.parent is not None and c.embed_kind in ("request", "appeal"):
        if status not in ("negated", "denied"):  # "rejected calls to designate": refused, not demanded
            status = "considered" if status == "considered" else "demanded"
        if not src and c.parent.event is not None:
            src = list(c.parent.event.target)
    elif c.parent is not None and c.embed_kind == "reject":
        status = "negated"
        if not src and parent is not None:
            src = [a for a in parent.source if a not in tgt]  # "Brazil rejected calls to designate ..."
    elif c.parent is not None and c.embed_kind in ("intent", "threat", "pledged") and status == "asserted":
        status = "planned"
    extra_targets: list[list[str]] = []
    if not tgt and c.kind != "noun" and previous:
        # "advocated for both moves", "Hamas rejected the decision": the doers of the acts just reported
        groups = _anaphoric_targets(c, lex, previous, src, history)
        if groups and c.sense.get("embeds") in ("request", "appeal"):
            tgt, extra_targets = groups[0], groups[1:]  # one request per antecedent act
        elif groups:
            tgt = list(dict.fromkeys(a for g in groups for a in g))
    if not tgt and c.embedded and c.sense.get("embeds") in ("intent", "threat", "reject", "accuse"):
        for e in c.embedded:  # "wants to attack Switzerland": the folded act's target
            if e.folded:
                tgt = [a for a in _arguments(e, finder)[1] if a not in src]
                if tgt:
                    break
    if not tgt and c.sense.get("embeds") in ("request", "appeal"):
        for x in c.tok.children:  # "demanded that President Mugabe abandon ...", "the demand that X expel ..."
            if x.dep_ == "ccomp" and not _participle_small_clause(x) or x.dep_ == "acl" and _that_clause(x):
                s_, _p = _subject(x)
                tgt = [a for a in finder.ids(s_) if a not in src]
                if tgt:
                    break
    if c.embedded and c.sense.get("embeds") in ("request", "appeal") and not tgt:
        for e in c.embedded:  # "demanded that X do Y", "push for designations in X": the doer is the target
            es, _et = _arguments(e, finder)
            tgt = [x for x in es if x not in src]
            if tgt:
                break
    if c.embedded and c.sense.get("embeds") in ("request", "appeal") and not tgt:
        for e in c.embedded:  # "demanded a truce with X", "called for talks with X": the partner asked
            if e.kind == "noun":
                tgt = [x for p in _prep_objects(e.tok, {"with"}) for x in finder.ids(p) if x not in src]
                if tgt:
                    break
    if c.parent is None and not c.designation:
        root = code[:2]
        cond = _conditioned(c.tok, lex) if status in ("planned", "hypothetical") else None
        if cond == "unless":
            code, status = lex.subcode("threat", code), "asserted"  # "will withdraw ... unless": a threat
        elif cond == "if" and future and root in COOPERATIVE_ROOTS | {"04"}:
            code, status = lex.subcode("intent", code), "asserted"  # "would meet him if ...": an offer
        elif status == "planned" and root in COOPERATIVE_ROOTS - {"05"}:
            code, status = lex.subcode("intent", code), "asserted"
        elif status == "planned" and root in CONFLICT_ROOTS and not _decided(c.tok, lex):
            code, status = lex.subcode("threat", code), "asserted"
        elif status in ("negated", "denied") and future and root in COOPERATIVE_ROOTS | {"04"}:
            # "will not provide aid": a refusal of its own act, no request told (121, not 122)
            code, status = lex.subcode("refuse" if "refuse" in lex.subcodes else "reject", code), "asserted"
        elif root in CONFLICT_ROOTS and _conditioned(c.tok, lex) and status in ("planned", "hypothetical"):
            code, status = lex.subcode("threat", code), "asserted"
    if not src and not tgt and (parent is not None or code[:2] not in ("14", "15", "18", "19", "20")
                                or _location(c, finder, [], []) is None):
        return []  # nobody does anything to anybody anywhere: not an event record
    if c.tok.dep_ == "relcl" and not tgt and parent is None and not c.designation \
            and any(x.tag_ in ("WDT", "WP") for x in c.tok.children):  # not "a rally to protest ..."
        return []  # "Seoul, which has refused to take a harder line": a description of Seoul, with no one targeted
    if c.kind == "noun" and not src and parent is None and code[:2] not in VIOLENT_ROOTS and not c.designation \
            and not c.embedded and not any(x.dep_ == "poss" for x in c.tok.children):  # "their withdrawal": a doer
        return []  # "sanctions against Russia", "aid to Gaza" with nobody giving them: a policy named, not an act
    code = _doers_code(code, src, finder, lex)  # protesters wrecking property: a riot
    info = lex.plover(code)
    if info is None:
        return []
    date, background = _date_of(c, date_ents, pub, future)
    if date is None and parent is not None:
        date = parent.date
    month = f"{pub.year:04d}-{pub.month:02d}" if pub is not None else None
    if (date is None or background) and month and _present(c.tok) and status not in ("planned",):
        date = month  # "is pushing", "has designated": the reporting period
    elif date is None and month and status in ("negated", "denied") and future:
        date = month  # "will not designate": a refusal standing at publication
    if date is None:
        date = _reporting_date(c.tok, date_ents, pub, lex)
    t = c.tok
    end_tok = c.noun if (c.kind == "light" and c.noun is not None and c.noun.i > t.i) else t
    context = None
    if c.embedded:
        e = c.embedded[0]
        head = e.tok
        context = " ".join(x.text for x in head.subtree)[:200] if head.i > t.i else None
    if status == "hypothetical" and not src and parent is None:
        return []  # "... would soon be indicted": speculation about an act nobody is said to do
    location = _location(c, finder, tgt, src)
    if not tgt and code[:2] == "04":
        tgt = _topic_country(c, finder, src)  # "attend a summit on the unrest in Iran"
    if not tgt and code[:2] == "04" and location is not None:
        tgt = [location]  # "will meet in Zurich": the host place, as CAMEO coders do
    if not tgt and code[:2] in VIOLENT_ROOTS and location is not None and _unnamed_thing_struck(c, finder):
        tgt = [location]  # "struck targets in the Gaza Strip": the place of the things struck
    if c.sense.get("embeds") in ("request", "appeal") and not tgt and not c.embedded and not extra_targets:
        return []  # "wants Obama to head back": no known target and no known act
    if c.sense.get("embeds") in ("request", "appeal") and (not src or not tgt and not extra_targets):
        # "ordered the group's assets frozen", "called on Britain" with its caller lost to the parse:
        # a demand is one actor's pressure on another; without both it is no request record (the
        # act demanded stays, with status demanded)
        return []
    out = []
    for k, target in enumerate([tgt, *extra_targets]):
        out.append(Event(id=f"e{n + k}", plover=info["plover"], source=src, target=target, status=status, cameo=code,
                         mode=info.get("mode"), date=date, trigger=(t.idx, end_tok.idx + len(end_tok)),
                         sentence=(sent.start_char, sent.end_char), location=_location(c, finder, target, src),
                         context=context, parent=parent.id if parent is not None else None,
                         negated=status in ("negated", "denied")))
    back = lex.reciprocal.get(code)
    back_info = lex.plover(back) if back else None
    if back_info is not None and src and status == "asserted":
        for e in list(out):  # "received ministers from the government": the ministers visited
            if e.target:
                out.append(replace(e, id=f"e{n + len(out)}", plover=back_info["plover"], cameo=back,
                                   mode=back_info.get("mode"), source=list(e.target), target=list(e.source),
                                   location=_location(c, finder, list(e.source), list(e.target))))
    return out
