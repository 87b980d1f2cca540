"""The HTML report in headless Chromium (Debian's ``chromium``, driven by the ``playwright`` package).

It renders with no console errors, the as-of control changes the designation matrix, clicking a
fact opens its document with the sentence highlighted, the network draws its nodes, the hostile
document stays text, and screenshots are saved to the test's tmp_path.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright
from report_fixture import build_store

from newsgraph.report.html import render_report
from newsgraph.store import Store

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def report_file(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("browser")
    db = build_store(d / "fx.db")
    out = d / "report.html"
    with Store(db, readonly=True) as s:
        out.write_text(render_report(s), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), "Debian chromium is required (make browser / apt-get install chromium)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, report_file):
    ctx = browser.new_context(viewport={"width": 1440, "height": 900})
    page = ctx.new_page()
    problems: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning")
            else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("dialog", lambda d: (problems.append(f"dialog opened: {d.message}"), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:", "about:"))
            else None)
    page.goto(report_file.as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=15_000)
    yield page
    ctx.close()
    assert not problems, problems
    assert not requests, f"the report fetched from the network: {requests}"


def _cells(page) -> set[tuple[str, str, str]]:
    return {tuple(x) for x in page.eval_on_selector_all(
        "#matrix td.cell[data-r]", "els => els.map(e => [e.dataset.r, e.dataset.o, e.dataset.status])")}


def _set_as_of(page, date: str) -> None:
    page.fill("#asof-date", date)
    page.dispatch_event("#asof-date", "change")


def test_overview_renders(page, tmp_path):
    assert page.inner_text("#cards").count("\n") >= 6
    assert "Iran" in page.inner_text("#top-actors")
    assert "Andean Wire" in page.inner_text("#outlets")
    page.screenshot(path=str(tmp_path / "overview.png"), full_page=True)
    assert (tmp_path / "overview.png").stat().st_size > 10_000


def test_as_of_control_changes_matrix_and_map(page, tmp_path):
    page.click("nav button[data-tab=designations]")
    late = _cells(page)
    assert ("country:ECU", "org:irgc", "designated") in late
    assert ("country:BOL", "org:hamas", "pressed") in late
    assert ("country:ARG", "org:quds-force", "designated") in late
    # the map colours Ecuador by its status
    assert page.eval_on_selector("#map-ECU", "e => e.classList.contains('has')")
    page.screenshot(path=str(tmp_path / "designations-2026.png"), full_page=True)

    _set_as_of(page, "2024-06-30")
    early = _cells(page)
    assert not any(r in ("country:ECU", "country:BOL") for r, _, _ in early)  # designated/pressed later
    assert ("country:PRY", "org:hezbollah", "designated") in early
    assert page.inner_text("#asof-label") == "2024-06-30"
    assert not page.eval_on_selector("#map-ECU", "e => e.classList.contains('has')")
    assert page.eval_on_selector("#map-PRY", "e => e.classList.contains('has')")

    # the slider drives the same state
    page.eval_on_selector("#asof-range", "e => { e.value = e.max; e.dispatchEvent(new Event('input')); }")
    assert ("country:ECU", "org:irgc", "designated") in _cells(page)
    page.screenshot(path=str(tmp_path / "designations.png"), full_page=True)


def test_clicking_a_fact_opens_its_document_with_the_sentence_highlighted(page, tmp_path):
    page.click("nav button[data-tab=designations]")
    page.click("#matrix td.cell[data-r='country:ECU'][data-o='org:hezbollah']")
    assert "Ecuador → Hezbollah" in page.inner_text("#cell-evidence")
    page.click("#cell-evidence tr.clickable")
    assert page.is_visible("#docpanel")
    assert "Ecuador lists IRGC" in page.inner_text("#dochead")
    sentence = "".join(page.eval_on_selector_all("#doctext .sent", "els => els.map(e => e.textContent)"))
    assert "Ecuador on Tuesday designated the Islamic Revolutionary Guard Corps, Hezbollah" in sentence
    assert page.inner_text("#doctext .trig") == "designated"
    assert "the foreign ministry" in page.eval_on_selector_all("#doctext .src", "els => els.map(e => e.textContent)")
    assert "Elena Vargas" in page.inner_text("#docfacts")
    page.screenshot(path=str(tmp_path / "document.png"))
    page.click("#dochead .close")
    assert not page.is_visible("#docpanel")


def test_hostile_document_stays_text(page):
    page.click("nav button[data-tab=facts]")
    page.fill("#fact-filter", "Chile")
    page.click("#fact-list tr.clickable")
    text = page.inner_text("#doctext")
    assert "</script><script>alert(1)</script>" in text and "<b>bold</b>" in text
    assert page.eval_on_selector_all("#doctext script, #doctext b", "els => els.length") == 0
    assert page.inner_text("#dochead h2") == "Embassy notes </script><script>alert(1)</script>"


def test_network_renders_nodes_and_selects(page, tmp_path):
    page.click("nav button[data-tab=network]")
    n = page.eval_on_selector_all("#network circle", "els => els.length")
    assert n == 11
    assert page.eval_on_selector_all("#network circle.hub", "els => els.length") >= 1
    page.click("#network circle[data-id='country:BOL']", force=True)
    assert "Bolivia" in page.inner_text("#node-detail h2")
    assert "REQUEST" in page.inner_text("#node-detail")
    page.screenshot(path=str(tmp_path / "network.png"))
    # as of 2024 only the earlier ties are drawn
    page.fill("#net-asof-date", "2024-06-30")
    page.dispatch_event("#net-asof-date", "change")
    shown = page.eval_on_selector_all("#network circle", "els => els.filter(e => e.style.display !== 'none').length")
    assert shown == 6  # 2019: Paraguay, Argentina, Hezbollah, Hamas; March 2024: Chile, Iran


def test_timeline_per_actor(page, tmp_path):
    page.click("nav button[data-tab=timelines]")
    page.select_option("#timeline-actor", "country:BOL")
    marks = page.eval_on_selector_all("#timeline-svg .mark", "els => els.length")
    assert marks == 6  # 3 events + 3 designation (pressed) reports
    assert "pressed" in page.inner_text("#timeline-list")
    page.screenshot(path=str(tmp_path / "timeline.png"))
    page.click("#timeline-svg .mark >> nth=0")
    assert "U.S. presses Bolivia" in page.inner_text("#dochead")


def test_story_events_show_corroboration_and_open_reports(page):
    page.click("nav button[data-tab=facts]")
    page.fill("#fact-filter", "quds")
    rows = page.locator("#story-list tr.clickable")
    assert rows.count() >= 1
    # the designation's own story (the US request about it is a story of its own)
    rows.filter(has_text="Argentina designated Quds Force").first.click()
    detail = page.inner_text("#story-detail")
    assert "Corroboration:" in detail and "2 independent outlet" in detail
    assert "Southern Cone Daily" in detail and "Plata Times" in detail
    page.click("#story-detail a.fact >> nth=0")
    assert "Argentina designates Quds Force" in page.inner_text("#dochead")
    assert "designated the Quds Force" in "".join(
        page.eval_on_selector_all("#doctext .sent", "els => els.map(e => e.textContent)"))


def test_demo_report_designation_map_on_both_sides_of_the_dates(browser, tmp_path):
    """End to end: `newsgraph demo` on the bundled examples, then the as-of control in the browser."""
    from conftest import run_cli

    run_cli("demo", "--db", "demo.db", "--html", "demo.html", cwd=tmp_path)
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((tmp_path / "demo.html").as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=15_000)
    page.click("nav button[data-tab=designations]")
    _set_as_of(page, "2026-01-31")  # after the January 2026 reports in the examples
    cells = _cells(page)
    for org in ("org:irgc", "org:hezbollah", "org:hamas"):
        assert ("country:ECU", org, "designated") in cells, org
        assert ("country:BOL", org, "pressed") in cells, org
    assert ("country:ARG", "org:quds-force", "designated") in cells
    page.screenshot(path=str(tmp_path / "demo-designations.png"), full_page=True)
    _set_as_of(page, "2025-06-01")
    early = {(r, o) for r, o, _ in _cells(page)}
    assert not early & {("country:ECU", o) for o in ("org:irgc", "org:hezbollah", "org:hamas")}
    assert not early & {("country:BOL", o) for o in ("org:irgc", "org:hezbollah", "org:hamas")}
    assert ("country:ARG", "org:quds-force") not in early
    # the matrix is the analysis's map (state bodies rolled into their state), at both dates
    from newsgraph.analyze import designation_map

    with Store(tmp_path / "demo.db", readonly=True) as st:
        for as_of in ("2026-01-31", "2025-06-01"):
            _set_as_of(page, as_of)
            expected = {(c.designator.id, c.designee.id, c.status)
                        for c in designation_map(st, as_of=as_of, evidence_limit=0).cells}
            assert _cells(page) == expected, as_of
    page.close()
    assert not errors, errors


def test_pressure_campaigns_and_pair_timeline(page):
    page.click("nav button[data-tab=designations]")
    rows = page.locator("#pressure-list tr.clickable")
    assert "United States → Bolivia" in page.inner_text("#pressure-list")
    rows.filter(has_text="United States → Bolivia").first.click()
    assert "expel" in page.inner_text("#pressure-detail") or "designate" in page.inner_text("#pressure-detail")
    page.click("#pressure-detail a.fact >> nth=0")
    assert "U.S. presses Bolivia" in page.inner_text("#dochead")
    page.click("#dochead .close")
    page.click("nav button[data-tab=timelines]")
    page.select_option("#timeline-actor", "country:ARG")
    alone = page.eval_on_selector_all("#timeline-svg .mark", "els => els.length")
    page.select_option("#timeline-other", "country:USA")
    pair = page.eval_on_selector_all("#timeline-svg .mark", "els => els.length")
    assert 0 < pair < alone  # only the facts involving both: the requests to designate
    assert "REQUEST" in page.inner_text("#timeline-list") and "SANCTION" not in page.inner_text("#timeline-list")
