"""Build ``src/newsgraph/kb/data/people.json`` from ``people_table.py``.

Run after the other two builds (roles name organisations by id):
``.venv/bin/python tools/kb/build_people.py``. Every role is checked: ISO dates (partial allowed),
start <= end, a known country, a known organisation.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from people_table import KIND_BY_COUNTRY, KINDS, MAYBE_STALE, ROWS, SOURCE, TERM_END, TITLES

DATA = Path(__file__).resolve().parents[2] / "src" / "newsgraph" / "kb" / "data"
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _split(cell: str, sep: str = ";") -> list[str]:
    return [x.strip() for x in cell.split(sep) if x.strip()]


def main() -> None:
    countries = {c["iso3"] for c in json.loads((DATA / "countries.json").read_text(encoding="utf-8"))["countries"]}
    orgs = {o["id"] for o in json.loads((DATA / "organizations.json").read_text(encoding="utf-8"))["organizations"]}
    text = ROWS.replace("{TERM_END}", TERM_END).replace("{MAYBE_STALE}", MAYBE_STALE)
    people, errors = [], []
    for line in text.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("|")
        if len(cells) != 6:
            sys.exit(f"bad row ({len(cells)} cells): {line}")
        pid, name, country, qid, aliases, roles_cell = (c.strip() for c in cells)
        roles = []
        for spec in _split(roles_cell):
            parts = spec.split("~") + [""] * 6
            title, iso3, start, end, org, note = (p.strip() for p in parts[:6])
            for d in (start, end):
                if d and not DATE.match(d):
                    errors.append(f"{pid}: bad date {d!r} in {spec!r}")
            if start and end and end[: len(start)] < start[: len(end)]:
                errors.append(f"{pid}: end before start in {spec!r}")
            if iso3 and iso3 not in countries:
                errors.append(f"{pid}: unknown country {iso3}")
            if org and org not in orgs:
                errors.append(f"{pid}: unknown organisation {org}")
            role = {"role": title, "country": iso3 or None, "start": start or None, "end": end or None,
                    "organization": org or None, "source": SOURCE}
            kind = KIND_BY_COUNTRY.get((title, iso3), KINDS.get(title))
            if kind:
                role["kind"] = kind
            if title in TITLES:
                role["titles"] = TITLES[title]
            if note:
                role["note"] = note
            roles.append(role)
        if country not in countries:
            errors.append(f"{pid}: unknown country {country}")
        if qid and not re.match(r"^Q\d+$", qid):
            errors.append(f"{pid}: bad wikidata {qid}")
        people.append({"id": pid, "name": name, "type": "person", "country": country, "wikidata": qid or None,
                       "aliases": [a for a in _split(aliases) if a != name], "roles": roles, "disambiguation": "date"})
    ids = [p["id"] for p in people]
    errors += [f"duplicate id {i}" for i in {i for i in ids if ids.count(i) > 1}]
    if errors:
        sys.exit("\n".join(errors))
    by_country: dict[str, int] = defaultdict(int)
    for p in people:
        for c in {r["country"] for r in p["roles"] if r["country"]}:
            by_country[c] += 1
    out = {"people": people,
           "notes": {"source": SOURCE, "disambiguation": "'date': people sharing an alias are told apart by the"
                     " office they held on the publication date, else the most recent office",
                     "empty_end": "an empty end means in office at the compiler's last knowledge; see each note"}}
    (DATA / "people.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(people)} people with roles in {len(by_country)} countries")


if __name__ == "__main__":
    main()
