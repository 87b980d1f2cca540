"""Build ``src/newsgraph/kb/data/organizations.json`` from ``org_table.py``.

Foreign ministries get their English descriptive aliases generated from the country entries
("Bolivian foreign ministry", "Bolivia's foreign ministry", "Foreign Ministry of Bolivia", ...), so
run ``build_countries.py`` first. Run: ``.venv/bin/python tools/kb/build_orgs.py``.

Checks before writing: unique ids, known types, codes well formed, parents exist, and no alias on
two organisations of the same type unless both carry a disambiguation rule.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from org_table import DISAMBIGUATION, FOREIGN_MINISTRIES, FOREIGN_MINISTRY_ROWS, ROWS

DATA = Path(__file__).resolve().parents[2] / "src" / "newsgraph" / "kb" / "data"
TYPES = {"government", "ministry", "intelligence", "military", "police", "judiciary", "legislature",
         "armed_group", "criminal_org", "party", "igo", "ngo", "media", "company"}
CODE = re.compile(r"^(?:[A-Z]{3})(?:[A-Z]{3}){0,3}$")
# English names used in generated forms when the KB short name reads badly in them
FM_NAME = {"CAN": "Global Affairs Canada", "MEX": "Secretariat of Foreign Affairs of Mexico",
           "IND": "Ministry of External Affairs of India", "LCA": "Ministry of External Affairs of Saint Lucia"}


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("’", "'").casefold().split())


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


def table_rows() -> list[dict]:
    out = []
    for line in ROWS.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("|")
        if len(cells) != 8:
            sys.exit(f"bad row ({len(cells)} cells): {line}")
        oid, name, typ, country, code, qid, parent, aliases = (c.strip() for c in cells)
        out.append({"id": oid, "name": name, "type": typ, "country": country or None, "code": code or None,
                    "wikidata": qid or None, "parent": parent or None, "aliases": _split(aliases)})
    return out


def foreign_ministries(countries: dict[str, dict]) -> list[dict]:
    out = []
    for line in FOREIGN_MINISTRIES.strip().splitlines():
        iso3, local, extra = (c.strip() for c in line.split("|"))
        c = countries[iso3]
        cname = c["name"]
        the = "the " if cname.startswith(("United", "Dominican", "Bahamas")) else ""
        dems = c.get("demonyms_by_language", {}).get("en", [])[:1]
        poss = f"{the}{cname}'" if cname.endswith("s") else f"{the}{cname}'s"
        aliases = [f"{poss} foreign ministry", f"{poss} Foreign Ministry",
                   f"Foreign Ministry of {the}{cname}", f"Ministry of Foreign Affairs of {the}{cname}",
                   f"{cname} foreign ministry", f"{cname} Foreign Ministry"]
        for d in dems:
            aliases += [f"{d} foreign ministry", f"{d} Foreign Ministry", f"{d} Ministry of Foreign Affairs",
                        f"{d} foreign affairs ministry"]
        if "(" not in local:  # parenthesised rows are descriptive names shared by several states
            aliases.insert(0, local)
        aliases += _split(extra)
        name = FM_NAME.get(iso3, f"Ministry of Foreign Affairs of {the}{cname}")
        code = (c.get("cameo") or iso3) + "GOV"
        out.append({"id": f"org:mfa-{iso3.lower()}", "name": name, "type": "ministry", "country": iso3,
                    "code": code, "wikidata": None, "parent": None,
                    "aliases": [a for a in dict.fromkeys(aliases) if a != name], "kind": "foreign_ministry"})
    return out


def main() -> None:
    countries = {c["iso3"]: c for c in json.loads((DATA / "countries.json").read_text(encoding="utf-8"))["countries"]}
    rows = table_rows() + foreign_ministries(countries)
    for iso3, oid in FOREIGN_MINISTRY_ROWS.items():
        for r in rows:
            if r["id"] == oid:
                r["kind"] = "foreign_ministry"
    ids: dict[str, dict] = {}
    errors = []
    for r in rows:
        if r["id"] in ids:
            errors.append(f"duplicate id {r['id']}")
        ids[r["id"]] = r
        if r["type"] not in TYPES:
            errors.append(f"{r['id']}: unknown type {r['type']}")
        if r["country"] and r["country"] not in countries:
            errors.append(f"{r['id']}: unknown country {r['country']}")
        if r["code"] and not CODE.match(r["code"]):
            errors.append(f"{r['id']}: malformed code {r['code']}")
        if r["wikidata"] and not re.match(r"^Q\d+$", r["wikidata"]):
            errors.append(f"{r['id']}: malformed wikidata {r['wikidata']}")
        if r["id"] in DISAMBIGUATION:
            r["disambiguation"] = DISAMBIGUATION[r["id"]]
    for r in rows:
        # "the X" is redundant when X is a name: lookups ignore a leading "the", and entity spans
        # without the article follow the usual NER convention
        bare = {r["name"].casefold(), *(a.casefold() for a in r["aliases"])}
        r["aliases"] = [a for a in r["aliases"] if not (a.casefold().startswith("the ") and a[4:].casefold() in bare)]
    for r in rows:
        if r["parent"] and r["parent"] not in ids:
            errors.append(f"{r['id']}: unknown parent {r['parent']}")
    by_alias: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in rows:
        for n in {norm(x) for x in [r["name"], *r["aliases"]]}:
            by_alias[(n, r["type"])].append(r["id"])
    for (n, typ), owners in by_alias.items():
        if len(owners) > 1 and not all(ids[o].get("disambiguation") for o in owners):
            errors.append(f"alias {n!r} on {owners} ({typ}) without a disambiguation rule")
    if errors:
        sys.exit("\n".join(errors))
    out = {"organizations": sorted(rows, key=lambda r: r["id"]),
           "notes": {"codes": "PETRARCH convention: CAMEO country code + sector; IGOs: IGOUNO for the UN family,"
                              " bare IGO where the CAMEO suffix was not verified; ISIS IMGMUSISI; other transnational"
                              " jihadist groups IMGMUS",
                     "parties": "ruling parties GOV, opposition OPP, as last known to the compiler",
                     "disambiguation": "'country': several bodies share the alias; pick the one of the document's"
                                       " country; 'prefer': this one unless context says otherwise"}}
    (DATA / "organizations.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    by_type: dict[str, int] = defaultdict(int)
    for r in rows:
        by_type[r["type"]] += 1
    print(f"wrote {len(rows)} organizations: {dict(sorted(by_type.items()))}")


if __name__ == "__main__":
    main()
