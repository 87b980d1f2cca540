"""Rebuild the three knowledge-base data files in order (countries, organisations, people).

Needs the ``kb-build`` extra: ``.venv/bin/pip install -e '.[kb-build]'``, then
``.venv/bin/python tools/kb/build_kb.py``. The output is deterministic: rerunning it on an
unchanged table leaves ``git diff src/newsgraph/kb/data`` empty.
"""
from __future__ import annotations

import build_countries
import build_orgs
import build_people

if __name__ == "__main__":
    build_countries.main()
    build_orgs.main()
    build_people.main()
