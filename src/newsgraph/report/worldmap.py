"""Country shapes for the report's world map, read from an installed package, never downloaded.

The shapes come from ``pygal_maps_world`` (LGPL-3.0+, a PyPI package that ships ``worldmap.svg``
with one ``<g class="xx country">`` per ISO 3166 alpha-2 code). We read that file at report time,
flatten its Bézier paths to their end points, simplify them (Douglas-Peucker) and round to whole
units, which shrinks ~780 kB of SVG to well under 200 kB, and key the shapes by ISO alpha-3.

When the package is missing the report falls back to :func:`tile_grid`, a labelled tile map of the
countries the report needs.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

import pycountry

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_GROUP = re.compile(r'<g class="([a-z]{2}) country[^"]*">(.*?)</g>', re.S)
_PATH_D = re.compile(r'\sd="([^"]+)"')
_ARGS = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "z": 0}

Point = tuple[float, float]


def _rings(d: str) -> list[list[Point]]:
    """Absolute polygon rings of an SVG path (curve control points dropped: end points suffice at this scale)."""
    tokens = _TOKEN.findall(d)
    rings: list[list[Point]] = []
    ring: list[Point] = []
    x = y = 0.0
    cmd = ""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.isalpha():
            cmd = tok
            i += 1
            if cmd in "zZ":
                if ring:
                    rings.append(ring)
                ring = []
                continue
        n = _ARGS[cmd.lower()]
        args = [float(t) for t in tokens[i:i + n]]
        i += n
        rel = cmd.islower()
        c = cmd.lower()
        if c == "h":
            x = x + args[0] if rel else args[0]
        elif c == "v":
            y = y + args[0] if rel else args[0]
        else:
            ex, ey = args[-2], args[-1]
            x, y = (x + ex, y + ey) if rel else (ex, ey)
        if c == "m":
            if ring:
                rings.append(ring)
            ring = [(x, y)]
            cmd = "l" if rel else "L"  # further pairs after a moveto are linetos
        else:
            ring.append((x, y))
    if ring:
        rings.append(ring)
    return rings


def _simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, iterative (country outlines can have thousands of points)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy) or 1e-9
        best, best_i = -1.0, -1
        for k in range(a + 1, b):
            px, py = points[k]
            dist = abs(dy * (px - ax) - dx * (py - ay)) / norm if (dx or dy) else math.hypot(px - ax, py - ay)
            if dist > best:
                best, best_i = dist, k
        if best > tolerance:
            keep[best_i] = True
            stack += [(a, best_i), (best_i, b)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def _area(ring: list[Point]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def _path(rings: list[list[Point]]) -> str:
    parts = []
    for ring in rings:
        pts = [(round(x), round(y)) for x, y in ring]
        # relative moves keep the string short; repeated points after rounding are dropped
        out = [f"M{pts[0][0]} {pts[0][1]}"]
        px, py = pts[0]
        for x, y in pts[1:]:
            if (x, y) != (px, py):
                out.append(f"l{x - px} {y - py}")
                px, py = x, y
        parts.append("".join(out) + "z")
    return "".join(parts)


def _alpha3(iso2: str) -> str | None:
    c = pycountry.countries.get(alpha_2=iso2.upper())
    if c is not None:
        return c.alpha_3
    return {"xk": "XKX"}.get(iso2)


@lru_cache(maxsize=1)
def world_shapes(tolerance: float = 1.2, min_area: float = 6.0) -> dict[str, object] | None:
    """``{"viewBox": "...", "shapes": {ISO3: path d}}`` from the installed map package, or None."""
    try:
        from importlib.resources import files

        svg = (files("pygal_maps_world") / "worldmap.svg").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return None
    view = re.search(r'viewBox="([^"]+)"', svg)
    shapes: dict[str, str] = {}
    for iso2, body in _GROUP.findall(svg):
        iso3 = _alpha3(iso2)
        if not iso3 or iso3 == "ATA":  # Antarctica only costs space on a map of designations
            continue
        rings = []
        for d in _PATH_D.findall(body):
            for ring in _rings(d):
                simple = _simplify(ring, tolerance)
                if len(simple) >= 3 and _area(simple) >= min_area:
                    rings.append(simple)
        if not rings:  # keep very small states visible as a dot-sized ring
            all_rings = [r for d in _PATH_D.findall(body) for r in _rings(d) if len(r) >= 3]
            if all_rings:
                rings = [max(all_rings, key=_area)]
        if rings:
            shapes[iso3] = _path(rings)
    if not shapes:
        return None
    return {"viewBox": view.group(1) if view else "0 0 2475 1388", "crop": "0 60 2475 1060", "shapes": shapes,
            "source": "pygal_maps_world (LGPL-3.0+)"}


# Fallback: a tile grid (column, row) of the Americas, Europe and the Middle East, one tile per country.
_TILES = {
    "CAN": (2, 0), "USA": (2, 1), "MEX": (2, 2), "CUB": (4, 2), "GTM": (2, 3), "HND": (3, 3), "NIC": (3, 4),
    "CRI": (3, 5), "PAN": (4, 5), "COL": (4, 6), "VEN": (5, 6), "GUY": (6, 6), "ECU": (3, 7), "PER": (4, 7),
    "BRA": (6, 7), "BOL": (5, 8), "PRY": (6, 8), "CHL": (4, 9), "ARG": (5, 9), "URY": (6, 9),
    "GBR": (10, 0), "FRA": (10, 1), "DEU": (11, 1), "ESP": (10, 2), "ITA": (11, 2), "NLD": (11, 0),
    "TUR": (14, 2), "SYR": (14, 3), "LBN": (13, 3), "ISR": (13, 4), "PSE": (12, 4), "JOR": (14, 4),
    "IRQ": (15, 3), "IRN": (16, 3), "AFG": (17, 3), "PAK": (17, 4), "EGY": (12, 5), "SAU": (15, 5),
    "KWT": (15, 4), "QAT": (16, 5), "ARE": (17, 5), "YEM": (15, 6), "OMN": (16, 6), "BHR": (16, 4),
    "AZE": (16, 2), "ARM": (15, 2), "GEO": (15, 1), "RUS": (15, 0), "CHN": (18, 2), "IND": (18, 4),
}


def tile_grid() -> dict[str, object]:
    return {"tiles": {k: list(v) for k, v in _TILES.items()}}
