"""The actor knowledge base: who actors are (never what they did).

Data lives in JSON files under ``kb/data/``:

- ``countries.json``: states and territories: ISO3, names and aliases (en/es/pt), demonyms,
  capitals and seat-of-government cities, CAMEO code where it differs, Wikidata id, borders.
- ``organizations.json``: bodies, armed groups, parties, IGOs, media: type, country, CAMEO code,
  Wikidata id, parent.
- ``people.json``: office holders with dated roles.

Users add their own file with the same three keys (``--kb FILE`` or ``NEWSGRAPH_KB``); its entries
override packaged ones with the same id (or the same type and name) and add new ones; later files
override earlier ones. Where several actors share an alias, ``lookup`` orders them by the
disambiguation rules (user entries, then the office held on the publication date, then recency).
"""
from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"


class KBError(ValueError):
    """A knowledge-base file is unreadable or inconsistent."""


def norm_alias(text: str) -> str:
    """Key used for alias lookup: case-folded, accents stripped, whitespace collapsed."""
    if not text.isascii():  # most names are ASCII: skip the decomposition for them (load time)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("’", "'").replace("‘", "'")
    return " ".join(text.casefold().split())


# Generic office kinds and the titles that name them ("the foreign secretary" of the UK is its
# foreign minister; "the chancellor" of Germany its head of government).
ROLE_KINDS = {
    "head of state": "head_of_state", "head of government": "head_of_government",
    "foreign minister": "foreign_minister", "foreign secretary": "foreign_minister",
    "minister of foreign affairs": "foreign_minister", "foreign affairs minister": "foreign_minister",
    "top diplomat": "foreign_minister", "chancellor": "head_of_government", "premier": "head_of_government",
}


@dataclass
class Role:
    role: str  # "president", "foreign minister", "supreme leader"
    country: str | None = None  # ISO3 of the office
    start: str | None = None  # ISO date, partial allowed
    end: str | None = None
    organization: str | None = None  # kb id of the body the office belongs to
    source: str | None = None  # where the dates come from
    kind: str | None = None  # "head_of_state", "head_of_government", "foreign_minister"
    titles: list[str] = field(default_factory=list)  # other titles of the same office ("secretary of state")
    note: str | None = None  # e.g. why ``end`` is empty

    def matches(self, role: str) -> bool:
        """Whether ``role`` (a title or a generic kind, any case) names this office."""
        r = " ".join(role.casefold().split())
        if r == self.role.casefold() or r in (t.casefold() for t in self.titles):
            return True
        kind = ROLE_KINDS.get(r, r.replace(" ", "_"))
        return self.kind is not None and kind == self.kind

    def active_on(self, date: str | None) -> bool:
        if not date:
            return self.end is None
        d = date[:10]
        if self.start and d < self.start[: len(d)]:
            return False
        if self.end and d > self.end[: len(d)] + ("-99" * max(0, (10 - len(self.end)) // 3)):
            return False
        return True


@dataclass
class KBActor:
    id: str  # "country:BOL", "org:irgc", "person:rodrigo-paz"
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    code: str | None = None
    wikidata: str | None = None
    parent: str | None = None
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)  # capitals and seats used as metonyms
    borders: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    names: dict[str, list[str]] = field(default_factory=dict)  # language -> names
    description: str | None = None
    source: str | None = None  # file the entry came from
    # countries
    iso2: str | None = None
    status: str | None = None  # un_member, un_observer, partially_recognised, territory
    capital_city: str | None = None  # the registry capital (``capitals`` holds only safe metonyms)
    demonyms_by_language: dict[str, list[str]] = field(default_factory=dict)
    ambiguous_names: dict[str, str] = field(default_factory=dict)  # name -> what else it means
    # how to choose between actors sharing an alias: "date" (people: the office holder on the
    # publication date wins), "country" (the one of the document's country), "prefer" (this one)
    disambiguation: str | None = None
    sources: list[str] = field(default_factory=list)  # where the facts come from
    note: str | None = None
    kind: str | None = None  # finer kind within the type ("foreign_ministry")
    user: bool = False  # came from a user file (``--kb`` / ``NEWSGRAPH_KB``), not the package

    def all_names(self) -> list[str]:
        seen: dict[str, None] = {}
        for n in [self.name, *self.aliases, *[x for v in self.names.values() for x in v]]:
            if n:
                seen.setdefault(n, None)
        return list(seen)


class KnowledgeBase:
    def __init__(self, actors: Iterable[KBActor]):
        self.actors: dict[str, KBActor] = {}
        for a in actors:
            self.actors[a.id] = a
        self._index()

    def _index(self) -> None:
        self._people = [a for a in self.actors.values() if a.type == "person"]
        self.by_alias: dict[str, list[KBActor]] = defaultdict(list)
        self.by_demonym: dict[str, KBActor] = {}
        self.by_capital: dict[str, KBActor] = {}
        self.by_iso3: dict[str, KBActor] = {}
        for a in self.actors.values():
            for n in a.all_names():
                lst = self.by_alias[norm_alias(n)]
                if a not in lst:
                    lst.append(a)
            if a.type == "country":
                if a.country:
                    self.by_iso3[a.country] = a
                for d in a.demonyms:
                    self.by_demonym.setdefault(norm_alias(d), a)
                for c in a.capitals:
                    self.by_capital.setdefault(norm_alias(c), a)

    # ---- lookups -------------------------------------------------------------------------
    def get(self, kb_id: str) -> KBActor | None:
        return self.actors.get(kb_id)

    def lookup(self, name: str, date: str | None = None) -> list[KBActor]:
        """Actors whose name or alias equals ``name`` (normalised; a leading "the" is optional).

        Several actors can share an alias ("Paz", "Morales"): the list is ordered by the
        disambiguation rule, so the first is the best guess: people holding an office on ``date``
        first (then the most recent office), an entry marked ``"prefer"`` before the others.
        """
        key = norm_alias(name)
        hits = self.by_alias.get(key)
        if not hits and key.startswith("the "):
            hits = self.by_alias.get(key[4:])
        if not hits:
            return []
        if len(hits) == 1:
            return list(hits)
        # the same spelling first ("IRA" the group before "Irã" the country, equal once normalised)
        text = " ".join(name.split())
        bare = text[4:] if text.casefold().startswith("the ") else text
        return sorted(hits, key=lambda a: (not ({text, bare} & set(a.all_names())), self._preference(a, date)))

    @staticmethod
    def _preference(a: KBActor, date: str | None) -> tuple:
        active = [r for r in a.roles if r.active_on(date)] if date else []
        latest = max((r.start or "" for r in a.roles), default="")
        # a user's own entry outranks the packaged one (users extend the KB to correct it); a state
        # office (head of state/government, foreign minister) outranks other posts
        return (not a.user, a.disambiguation != "prefer", not any(r.kind for r in active), not active,
                _neg(latest), a.id)

    def resolve(self, name: str, date: str | None = None, country: str | None = None,
                types: Iterable[str] | None = None) -> KBActor | None:
        """The single best actor for ``name``: as ``lookup``, restricted to ``types``, preferring
        actors of ``country`` when several remain."""
        hits = self.lookup(name, date)
        if types is not None:
            allowed = set(types)
            hits = [a for a in hits if a.type in allowed]
        if country and len(hits) > 1:
            own = [a for a in hits if a.country == country]
            hits = own or hits
        return hits[0] if hits else None

    def ancestors(self, kb_id: str) -> list[KBActor]:
        """The parent chain of an actor, nearest first (Quds Force -> IRGC -> armed forces)."""
        out: list[KBActor] = []
        seen = {kb_id}
        cur = self.actors.get(kb_id)
        while cur is not None and cur.parent and cur.parent not in seen:
            seen.add(cur.parent)
            cur = self.actors.get(cur.parent)
            if cur is not None:
                out.append(cur)
        return out

    def children(self, kb_id: str) -> list[KBActor]:
        return [a for a in self.actors.values() if a.parent == kb_id]

    def country(self, iso3: str | None) -> KBActor | None:
        return self.by_iso3.get(iso3) if iso3 else None

    def demonym(self, word: str) -> KBActor | None:
        return self.by_demonym.get(norm_alias(word))

    def capital(self, word: str) -> KBActor | None:
        return self.by_capital.get(norm_alias(word))

    def office_holder(self, role: str, country: str | None, date: str | None) -> KBActor | None:
        """Who held ``role`` (a title such as "president" or a kind such as "head of state") in
        ``country`` on ``date`` (None: today's holder, i.e. an open-ended term). When terms overlap
        (an acting holder, a transfer day) the one who started last wins."""
        best: tuple[str, KBActor] | None = None
        for a, r in self.holders(role, country):
            if r.active_on(date) and (best is None or (r.start or "") > best[0]):
                best = (r.start or "", a)
        return best[1] if best else None

    def holders(self, role: str, country: str | None = None) -> list[tuple[KBActor, Role]]:
        """Every (person, term) of an office, in start order."""
        out = [(a, r) for a in self._people for r in a.roles
               if (country is None or r.country == country) and r.matches(role)]
        return sorted(out, key=lambda ar: ar[1].start or "")

    def search(self, query: str | None, limit: int = 50) -> list[KBActor]:
        """Actors matching ``query`` by name, alias, id, Wikidata id or CAMEO code, best first:
        exact name, exact alias or id or code, alias starting with the query, alias containing it."""
        if not query:
            return sorted(self.actors.values(), key=lambda a: a.id)[:limit]
        q = norm_alias(query)
        ranked: list[tuple[int, int, str, KBActor]] = []
        for a in self.actors.values():
            names = [norm_alias(n) for n in [*a.all_names(), *a.capitals, *a.demonyms]]
            keys = {a.id.casefold(), (a.wikidata or "").casefold(), (a.code or "").casefold()}
            if names and names[0] == q:
                rank = 0
            elif q in names or q in keys:
                rank = 1
            elif any(n.startswith(q) for n in names):
                rank = 2
            elif any(q in n for n in names):
                rank = 3
            elif any(r.matches(query) or q in r.role.casefold() for r in a.roles):
                rank = 4  # an office: "foreign minister" lists its holders
            else:
                continue
            ranked.append((rank, len(a.name), a.id, a))
        # office holders: the latest term first
        ranked.sort(key=lambda r: (r[0], _neg(max((x.start or "" for x in r[3].roles), default="")) if r[0] == 4
                                   else "", r[1], r[2]))
        return [r[3] for r in ranked[:limit]]

    def summary(self, a: KBActor) -> dict[str, Any]:
        """A JSON-ready description of an actor (the ``newsgraph actors`` output)."""
        out: dict[str, Any] = {
            "id": a.id, "name": a.name, "type": a.type, "kind": a.kind, "country": a.country, "code": a.code,
            "wikidata": a.wikidata, "parent": a.parent, "ancestors": [p.id for p in self.ancestors(a.id)],
            "aliases": a.all_names()[1:], "disambiguation": a.disambiguation, "source": a.source, "user": a.user,
        }
        if a.type == "country":
            out |= {"status": a.status, "demonyms": a.demonyms, "capitals": a.capitals, "borders": a.borders,
                    "ambiguous_names": a.ambiguous_names or None}
        if a.roles:
            out["roles"] = [{k: v for k, v in asdict(r).items() if v not in (None, [])} for r in a.roles]
        return {k: v for k, v in out.items() if v not in (None, [], False) or k in ("id", "name", "type")}

    @staticmethod
    def describe_roles(a: KBActor, limit: int = 3) -> str:
        """Roles as short text, latest first: "president BOL 2025-11-08..". """
        roles = sorted(a.roles, key=lambda r: r.start or "", reverse=True)[:limit]
        return "; ".join(f"{r.role} {r.country or r.organization or ''} {r.start or '?'}..{r.end or ''}".replace("  ", " ")
                         for r in roles)

    def __len__(self) -> int:
        return len(self.actors)


def _neg(text: str) -> str:
    """Sort key that orders ISO dates newest first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in text)


# ---- loading -------------------------------------------------------------------------------
def _roles(items: list[dict[str, Any]] | None) -> list[Role]:
    return [Role(**{k: v for k, v in r.items() if k in Role.__dataclass_fields__}) for r in items or []]


_LIST_FIELDS = ("aliases", "demonyms", "capitals", "borders")


def _actor(entry: Any, kind: str, source: str) -> KBActor:
    if not isinstance(entry, dict):
        raise KBError(f"{source}: {kind} entry is not an object: {json.dumps(entry)[:120]}")
    e = dict(entry)
    if kind == "country":
        iso3 = e.get("iso3") or e.get("country")
        if not iso3:
            raise KBError(f"{source}: country entry without iso3: {json.dumps(entry)[:120]}")
        e.setdefault("id", f"country:{iso3}")
        e["country"] = iso3
        e.setdefault("type", "country")
        e.setdefault("code", e.get("cameo") or iso3)
    if "id" not in e or "name" not in e:
        raise KBError(f"{source}: entry without id or name: {json.dumps(entry)[:120]}")
    if not e.get("type"):
        raise KBError(f"{source}: {e['id']}: entry without a type (e.g. \"ministry\", \"armed_group\")")
    for f in _LIST_FIELDS:
        if isinstance(e.get(f), str) or (f in e and not isinstance(e[f], list | type(None))):
            raise KBError(f"{source}: {e['id']}: {f!r} must be a list")
    try:
        e["roles"] = _roles(e.get("roles"))
    except TypeError as exc:
        raise KBError(f"{source}: {e['id']}: bad role: {exc}") from None
    fields = KBActor.__dataclass_fields__
    return KBActor(**{k: v for k, v in e.items() if k in fields}, source=source)


_KEYS = {"countries": "country", "organizations": "organization", "organisations": "organization",
         "people": "person"}


def load_file(path: Path) -> list[KBActor]:
    """Actors of one KB file: an object with ``countries``/``organizations``/``people`` lists, or a
    bare list in a file named after one of them (``people.json``)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KBError(f"{path}: cannot read knowledge base file: {exc}") from exc
    stem = Path(path).stem
    if isinstance(data, list):
        if stem not in _KEYS:
            raise KBError(f"{path}: a bare list must be in a file named countries.json, organizations.json"
                          " or people.json; otherwise use an object with those keys")
        data = {stem: data}
    if not isinstance(data, dict) or not any(k in data for k in _KEYS):
        raise KBError(f"{path}: expected an object with countries/organizations/people lists")
    out: list[KBActor] = []
    for key, kind in _KEYS.items():
        entries = data.get(key, [])
        if not isinstance(entries, list):
            raise KBError(f"{path}: {key!r} must be a list")
        for entry in entries:
            if kind == "person" and isinstance(entry, dict):
                entry = {"type": "person", **entry}
            out.append(_actor(entry, kind, str(path)))
    return out


def load_kb(extra: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The packaged knowledge base plus any user files (later files override earlier ids)."""
    actors: dict[str, KBActor] = {}
    for name in ("countries.json", "organizations.json", "people.json"):
        p = DATA_DIR / name
        if p.exists():
            for a in load_file(p):
                actors[a.id] = a
    users: dict[str, KBActor] = {}
    for p in extra:
        for a in load_file(Path(p)):
            a.user = True
            users[a.id] = a
    # a user entry replaces the packaged entry with the same id, or with the same type and name
    # (the user's "Evo Morales" is the packaged Evo Morales under another id)
    named = {(a.type, norm_alias(a.name)) for a in users.values()}
    kept = (a for k, a in actors.items() if k not in users and (a.type, norm_alias(a.name)) not in named)
    # user entries come first, so that any first-match scan over ``kb.actors`` prefers them too
    return KnowledgeBase([*users.values(), *kept])


@lru_cache(maxsize=4)
def default_kb(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    return load_kb(extra)


def lexicon_table(table: dict[str, Any], convert: Callable[[Any], Any] = lambda v: v) -> dict[str, Any]:
    """A lexicon table's entries, each value through ``convert``, without its "_about"-style notes."""
    return {k: convert(v) for k, v in table.items() if not k.startswith("_")}


def load_lexicon(name: str) -> Any:
    """A lexicon data file under ``kb/data/lexicon/`` (verbs, cues, designation phrases)."""
    p = DATA_DIR / "lexicon" / name
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise KBError(f"{p}: cannot read lexicon: {exc}") from exc
