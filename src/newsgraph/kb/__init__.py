"""The actor knowledge base: who actors are (never what they did).

Data lives in JSON files under ``kb/data/``:

- ``countries.json``: states and territories: ISO3, names and aliases (en/es/pt), demonyms,
  capitals and seat-of-government cities, CAMEO code where it differs, Wikidata id, borders.
- ``organizations.json``: bodies, armed groups, parties, IGOs, media: type, country, CAMEO code,
  Wikidata id, parent.
- ``people.json``: office holders with dated roles.

Users add their own file with the same three keys (``--kb FILE`` or ``NEWSGRAPH_KB``); its entries
override packaged ones with the same id and add new ones.
"""
from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"


class KBError(ValueError):
    """A knowledge-base file is unreadable or inconsistent."""


def norm_alias(text: str) -> str:
    """Key used for alias lookup: case-folded, accents stripped, whitespace collapsed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'")
    return " ".join(text.casefold().split())


@dataclass
class Role:
    role: str  # "president", "foreign minister", "supreme leader"
    country: str | None = None  # ISO3 of the office
    start: str | None = None  # ISO date, partial allowed
    end: str | None = None
    organization: str | None = None  # kb id of the body the office belongs to
    source: str | None = None  # where the dates come from

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

    def lookup(self, name: str) -> list[KBActor]:
        """Actors whose name or alias equals ``name`` (normalised)."""
        return list(self.by_alias.get(norm_alias(name), ()))

    def country(self, iso3: str | None) -> KBActor | None:
        return self.by_iso3.get(iso3) if iso3 else None

    def demonym(self, word: str) -> KBActor | None:
        return self.by_demonym.get(norm_alias(word))

    def capital(self, word: str) -> KBActor | None:
        return self.by_capital.get(norm_alias(word))

    def office_holder(self, role: str, country: str | None, date: str | None) -> KBActor | None:
        """Who held ``role`` (e.g. "president") in ``country`` on ``date``."""
        role = role.casefold()
        for a in self.actors.values():
            if a.type != "person":
                continue
            for r in a.roles:
                if r.role.casefold() == role and (country is None or r.country == country) and r.active_on(date):
                    return a
        return None

    def search(self, query: str | None, limit: int = 50) -> list[KBActor]:
        if not query:
            return sorted(self.actors.values(), key=lambda a: a.id)[:limit]
        q = norm_alias(query)
        hits = [a for a in self.actors.values() if any(q in norm_alias(n) for n in a.all_names()) or q == a.id.casefold()
                or (a.wikidata and q == a.wikidata.casefold())]
        hits.sort(key=lambda a: (norm_alias(a.name) != q, len(a.name)))
        return hits[:limit]

    def __len__(self) -> int:
        return len(self.actors)


# ---- loading -------------------------------------------------------------------------------
def _roles(items: list[dict[str, Any]] | None) -> list[Role]:
    return [Role(**{k: v for k, v in r.items() if k in Role.__dataclass_fields__}) for r in items or []]


def _actor(entry: dict[str, Any], kind: str, source: str) -> KBActor:
    e = dict(entry)
    if kind == "country":
        iso3 = e.get("iso3") or e.get("country")
        e.setdefault("id", f"country:{iso3}")
        e["country"] = iso3
        e.setdefault("type", "country")
        e.setdefault("code", e.get("cameo") or iso3)
    if "id" not in e or "name" not in e:
        raise KBError(f"{source}: entry without id or name: {json.dumps(entry)[:120]}")
    e["roles"] = _roles(e.get("roles"))
    fields = KBActor.__dataclass_fields__
    return KBActor(**{k: v for k, v in e.items() if k in fields}, source=source)


def load_file(path: Path) -> list[KBActor]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KBError(f"{path}: cannot read knowledge base file: {exc}") from exc
    out: list[KBActor] = []
    if isinstance(data, list):  # a bare list of entries of one kind, named by the file
        kind = {"countries": "country", "organizations": "organization", "people": "person"}.get(Path(path).stem, "organization")
        data = {Path(path).stem: data} if kind else data
    if not isinstance(data, dict):
        raise KBError(f"{path}: expected an object with countries/organizations/people lists")
    for key, kind in (("countries", "country"), ("organizations", "organization"), ("people", "person")):
        for entry in data.get(key, []):
            if kind == "person":
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
    for p in extra:
        for a in load_file(Path(p)):
            actors[a.id] = a
    return KnowledgeBase(actors.values())


@lru_cache(maxsize=4)
def default_kb(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    return load_kb(extra)


def load_lexicon(name: str) -> Any:
    """A lexicon data file under ``kb/data/lexicon/`` (verbs, cues, designation phrases)."""
    p = DATA_DIR / "lexicon" / name
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise KBError(f"{p}: cannot read lexicon: {exc}") from exc
