"""Build ``src/newsgraph/kb/data/countries.json`` from registry packages plus the hand table.

Sources, in order of trust:
- pycountry (ISO 3166): every ISO code, ISO short and official names;
- country_converter's data table: UN membership (the ``UNmember`` column: year of admission);
- babel (CLDR): country names in Spanish (es) and Portuguese (pt, pt_PT);
- countryinfo: land borders (ISO3, made symmetric here) and the registry capital;
- ``country_table.py``: short common English names, aliases, demonyms in en/es/pt, metonym capitals,
  Wikidata ids, CAMEO codes where they differ from ISO3, ambiguity notes, regions.

Run: ``.venv/bin/pip install countryinfo country_converter`` once, then
``.venv/bin/python tools/kb/build_countries.py``. The script prints what it dropped and why.
"""
from __future__ import annotations

import csv
import importlib.util
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry
from babel import Locale
from country_table import AMBIGUOUS_NAMES, CAMEO_CODES, EXCLUDED_CAPITALS, KEPT, ROWS, TERRITORY_NAMES

OUT = Path(__file__).resolve().parents[2] / "src" / "newsgraph" / "kb" / "data" / "countries.json"
OBSERVERS = {"VAT", "PSE"}
PARTLY_RECOGNISED = {"TWN", "XKX", "ESH"}
# Kosovo is not in ISO 3166 nor in countryinfo: its borders are compiled by hand.
EXTRA_ISO = {"XKX": {"iso2": "XK", "borders": ["ALB", "MKD", "MNE", "SRB"]}}
# Demonyms shared by two countries keep only the owner listed here; other shared ones are dropped.
DEMONYM_OWNER: dict[str, str] = {}
# Rules for names shared by two countries: "prefer" wins unless context says otherwise.
COUNTRY_DISAMBIGUATION = {"COD": "prefer", "COG": "context"}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


# countryinfo lists Serbia-Albania, a border that exists only through Kosovo (listed separately here).
DROPPED_BORDERS = {frozenset(("SRB", "ALB"))}


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


def un_members() -> set[str]:
    spec = importlib.util.find_spec("country_converter")
    if spec is None or spec.origin is None:
        sys.exit("country_converter is not installed (pip install country_converter)")
    path = Path(spec.origin).parent / "country_data.tsv"
    with path.open(encoding="utf-8") as f:
        return {r["ISO3"] for r in csv.DictReader(f, delimiter="\t") if (r.get("UNmember") or "").strip()}


def registry_info(iso2: str) -> dict:
    try:
        from countryinfo import CountryInfo
    except ImportError:
        sys.exit("countryinfo is not installed (pip install countryinfo)")
    try:
        return CountryInfo(iso2).info()
    except Exception:  # noqa: BLE001 - countryinfo raises bare errors for unknown codes
        return {}


def babel_names(iso2: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for lang, locales in (("es", ("es",)), ("pt", ("pt", "pt_PT"))):
        names: list[str] = []
        for loc in locales:
            n = Locale.parse(loc).territories.get(iso2)
            if n and n not in names:
                names.append(n)
        out[lang] = names
    return out


def _dedupe(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for i in items:
        if i:
            seen.setdefault(i, None)
    return list(seen)


def build() -> dict:
    members = un_members()
    table = {}
    for line in ROWS.strip().splitlines():
        cells = line.split("|")
        if len(cells) != 8:
            sys.exit(f"bad row ({len(cells)} cells): {line}")
        iso3, name, qid, dem_en, dem_es, dem_pt, caps, aliases = cells
        table[iso3] = {"name": name, "wikidata": qid or None, "dem": {"en": _split(dem_en), "es": _split(dem_es),
                       "pt": _split(dem_pt)}, "capitals": _split(caps), "aliases": _split(aliases)}
    missing = members - set(table)
    if missing:
        sys.exit(f"UN members missing from the hand table: {sorted(missing)}")
    extra = set(table) - members - OBSERVERS - PARTLY_RECOGNISED
    if extra:
        sys.exit(f"hand-table rows that are not UN members/observers/listed extras: {sorted(extra)}")

    records: dict[str, dict] = {}
    isos = [(c.alpha_3, c) for c in pycountry.countries] + [(k, None) for k in EXTRA_ISO]
    for iso3, pc in isos:
        row = table.get(iso3)
        iso2 = pc.alpha_2 if pc else EXTRA_ISO[iso3]["iso2"]
        info = registry_info(iso2) if pc else {}
        iso_names = []
        if pc:
            iso_names = [getattr(pc, "common_name", None), pc.name, getattr(pc, "official_name", None)]
            # inverted ISO forms ("Korea, Republic of") and "Province of China" are not how news writes
            iso_names = [n for n in iso_names if n and "," not in n and "(" not in n]
        name = row["name"] if row else (iso_names[0] if iso_names else pc.name)
        extra_aliases = row["aliases"] if row else []
        if iso3 in TERRITORY_NAMES:
            name, extra_aliases = TERRITORY_NAMES[iso3]
        aliases = _dedupe([*extra_aliases, *iso_names])
        aliases = [a for a in aliases if a != name]
        # "the X" is redundant when X is a name: lookups ignore a leading "the", and entity spans
        # without the article follow the usual NER convention
        bare = {name.casefold(), *(a.casefold() for a in aliases)}
        aliases = [a for a in aliases if not (a.casefold().startswith("the ") and a[4:].casefold() in bare)]
        names = babel_names(iso2)
        if row:
            # language-specific aliases in the table go to their language too (by accent/spelling)
            for a in row["aliases"]:
                for lang in ("es", "pt"):
                    if a in _LANG_HINTS.get(lang, set()):
                        names[lang].append(a)
        foreign = set().union(*_LANG_HINTS.values())
        names = {"en": _dedupe([name, *(a for a in aliases if a not in foreign)]),
                 **{k: _dedupe(v) for k, v in names.items()}}
        if iso3 in members:
            status = "un_member"
        elif iso3 in OBSERVERS:
            status = "un_observer"
        elif iso3 in PARTLY_RECOGNISED:
            status = "partially_recognised"
        else:
            status = "territory"
        dem = row["dem"] if row else {"en": [info["demonym"]] if info.get("demonym") else [], "es": [], "pt": []}
        capitals = [c for c in (row["capitals"] if row else []) if c not in EXCLUDED_CAPITALS or c in KEPT]
        borders = EXTRA_ISO.get(iso3, {}).get("borders") or list(info.get("borders") or [])
        rec = {
            "iso3": iso3, "iso2": iso2, "name": name, "status": status, "aliases": aliases, "names": names,
            "demonyms": _dedupe(dem["en"] + dem["es"] + dem["pt"]),
            "demonyms_by_language": {k: v for k, v in dem.items() if v},
            "capitals": capitals, "capital_city": info.get("capital") or (row["capitals"][0] if row and row["capitals"] else None),
            "cameo": CAMEO_CODES.get(iso3), "wikidata": row["wikidata"] if row else None,
            "borders": sorted(set(borders)),
        }
        if iso3 in AMBIGUOUS_NAMES:
            rec["ambiguous_names"] = AMBIGUOUS_NAMES[iso3]
        records[iso3] = rec

    # borders: keep only known codes, then make symmetric (registry data lists some one way only)
    for iso3, rec in records.items():
        rec["borders"] = [b for b in rec["borders"] if b in records and b != iso3
                          and frozenset((iso3, b)) not in DROPPED_BORDERS]
    for iso3, rec in list(records.items()):
        for b in rec["borders"]:
            if iso3 not in records[b]["borders"]:
                print(f"border made symmetric: {b} -> {iso3}")
                records[b]["borders"] = sorted({*records[b]["borders"], iso3})

    # demonyms shared between countries resolve nowhere unless an owner is named
    # (a hand-table state owns a demonym that the registry also gives its territories: "French")
    owners: dict[str, list[str]] = defaultdict(list)
    for iso3, rec in records.items():
        for d in {x.casefold() for x in rec["demonyms"]}:
            owners[d].append(iso3)
    for d, isos_ in owners.items():
        if len(isos_) > 1:
            states = [i for i in isos_ if i in table]
            keep = DEMONYM_OWNER.get(d) or (states[0] if len(states) == 1 else None)
            print(f"shared demonym {d!r} in {isos_}: kept in {keep}")
            for iso3 in isos_:
                if iso3 != keep:
                    rec = records[iso3]
                    rec["demonyms"] = [x for x in rec["demonyms"] if x.casefold() != d]
                    for lang, v in rec["demonyms_by_language"].items():
                        rec["demonyms_by_language"][lang] = [x for x in v if x.casefold() != d]
    # a name shared by two countries needs a rule on both ("Congo": the DRC in English news, the
    # Republic of the Congo's short name in Spanish and Portuguese)
    names_of: dict[str, list[str]] = defaultdict(list)
    for iso3, rec in records.items():
        all_names = {rec["name"], *rec["aliases"], *(n for v in rec["names"].values() for n in v)}
        for n in {_norm(x) for x in all_names}:
            names_of[n].append(iso3)
    for n, isos_ in names_of.items():
        if len(isos_) > 1:
            missing = [i for i in isos_ if i not in COUNTRY_DISAMBIGUATION]
            if missing:
                sys.exit(f"name {n!r} shared by {isos_} without a disambiguation rule for {missing}")
            for i in isos_:
                records[i]["disambiguation"] = COUNTRY_DISAMBIGUATION[i]
    # a capital maps to exactly one country
    seen_caps: dict[str, str] = {}
    for iso3, rec in records.items():
        for c in rec["capitals"]:
            if c in seen_caps:
                sys.exit(f"capital {c!r} on {seen_caps[c]} and {iso3}")
            seen_caps[c] = iso3

    return {"countries": sorted(records.values(), key=lambda r: r["iso3"]),
            "notes": {"excluded_capitals": {k: v for k, v in EXCLUDED_CAPITALS.items() if k not in KEPT},
                      "kept_capitals_reviewed": {k: v for k, v in EXCLUDED_CAPITALS.items() if k in KEPT},
                      "cameo": "CAMEO code equals ISO3 unless 'cameo' is set (legacy CAMEO codes seen in"
                               " the PLOVER CAMEO gold standard)",
                      "extra_codes": {"XKX": "Kosovo (user-assigned code; not in ISO 3166)"}}}


# Table aliases that are Spanish or Portuguese names (also indexed under names.es / names.pt).
_LANG_HINTS = {
    "es": {"Estado Plurinacional de Bolivia", "República Argentina", "República de Chile", "República de Colombia",
           "República Democrática del Congo", "República de Cuba", "La Habana", "Estados Unidos Mexicanos", "México",
           "República de Nicaragua", "República del Ecuador", "República Bolivariana de Venezuela",
           "República Islámica de Irán", "Corea del Norte", "Corea del Sur", "Países Bajos", "Panamá", "Perú",
           "Arabia Saudita", "Reino de España", "España", "Siria", "Turquía", "Ucrania", "Emiratos Árabes Unidos",
           "Reino Unido", "Gran Bretaña", "EE.UU.", "EE. UU.", "EEUU", "Estados Unidos de América", "Santa Sede",
           "Vaticano", "Palestina", "Taiwán", "Sáhara Occidental", "Rusia", "Líbano", "Catar", "Holanda"},
    "pt": {"República Federativa do Brasil", "República Democrática do Congo", "República Islâmica do Irã",
           "Coreia do Norte", "Coreia do Sul", "Moçambique", "Países Baixos", "Holanda", "Paquistão", "Paraguai",
           "Filipinas", "Arábia Saudita", "Espanha", "Síria", "Turquia", "Ucrânia", "Emirados Árabes Unidos",
           "Reino Unido", "Grã-Bretanha", "EUA", "Estados Unidos da América", "Uruguai", "Iêmen", "Iémen",
           "Zâmbia", "Santa Sé", "Vaticano", "Palestina", "Saara Ocidental", "Rússia", "Catar"},
}


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = len(data["countries"])
    st = defaultdict(int)
    for r in data["countries"]:
        st[r["status"]] += 1
    print(f"wrote {OUT}: {n} entries {dict(st)}")


if __name__ == "__main__":
    main()
