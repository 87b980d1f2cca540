"""Date expressions in news text resolved against the publication date, as partial ISO dates.

Rules (the most specific date the text supports, never more):

- explicit dates: "January 24, 2026", "24 Jan 2026", "2026-01-24" -> ``2026-01-24``; "September 2025" ->
  ``2025-09``; a bare year "in 2020", "since 1979" -> ``2020``, ``1979`` (for "since" the start).
- a month without a year ("in September", "last November", "earlier in January", "the October
  election") is the latest such month not after the publication month (in a January 2026 report
  "September" is ``2025-09`` and "January" is ``2026-01``); for acts the text puts in the future
  ("will visit in March") it is the next such month not before publication.
- a month and day without a year likewise: the latest such day not after publication (next for
  future acts).
- "today", "yesterday", weekdays ("on Tuesday": the latest Tuesday not after publication, the day
  itself when published on a Tuesday; the next one for future acts), "N days ago" -> a full date.
- "this month", "earlier this month", "last month", "next month", "N months ago" -> a month.
- "last week", "this week", "next week", "N weeks ago" -> the month of that Monday-to-Sunday week
  (when the week straddles two months, the month holding its Thursday, as ISO 8601 does for weeks).
  "This week" counts only the week's days already past (to come, for future acts): on Tuesday 30
  September a past act of "this week" is September's.
- "this year", "last year", "late last year", "N years ago", seasons -> a year.
- vague spans ("in recent years", "for years", "the 1990s") resolve to nothing.

``dateparser`` is the fallback for explicit formats the rules above do not cover ("5/1/2026").
Everything here is a pure function of the text and the publication date.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for a type hint: the rules here read text, not parses
    from spacy.tokens import Span

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None}
SEASONS = ("spring", "summer", "autumn", "fall", "winter")

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_FULL_MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")
_FULL_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?,?\s+(\d{{4}})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?,?\s+(?:of\s+)?(\d{{4}})\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d{{4}})")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b(?!\.?,?\s+\d{{4}})")
_MONTH = re.compile(rf"\b({_MONTH_RE})\b\.?")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b(?!s)")
_AGO = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                  r"(day|week|month|year)s?\s+(?:ago|earlier|before)\b")
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_VAGUE = re.compile(r"\b(recent|past|coming|next few|last few|several|decades?|centur(?:y|ies)|\d0s)\b")


def parse_published(value: str | None) -> date | None:
    """The publication date of a document (ISO date or datetime), or None."""
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", str(value).strip())
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    m = re.match(r"^(\d{4})(\d{2})(\d{2})$", str(value).strip())
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None


def _month_str(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _add_months(y: int, m: int, delta: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + delta
    return n // 12, n % 12 + 1


def month_nearest(month: int, pub: date, future: bool = False) -> str:
    """The latest ``month`` not after the publication month (the next not before it if future)."""
    if future:
        y = pub.year if month >= pub.month else pub.year + 1
    else:
        y = pub.year if month <= pub.month else pub.year - 1
    return _month_str(y, month)


def day_nearest(month: int, day: int, pub: date, future: bool = False) -> str | None:
    years = (pub.year, pub.year + 1) if future else (pub.year, pub.year - 1)
    for y in years:
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if (d >= pub) if future else (d <= pub):
            return d.isoformat()
    return None


def week_month(monday: date) -> str:
    """The month a Monday-to-Sunday week belongs to: its own month, else the month of its Thursday."""
    sunday = monday + timedelta(days=6)
    if monday.month == sunday.month:
        return _month_str(monday.year, monday.month)
    thursday = monday + timedelta(days=3)
    return _month_str(thursday.year, thursday.month)


def this_week_month(pub: date, future: bool) -> str:
    """"This week" as of ``pub``: only the days already past (Monday to ``pub``) for a past act, only
    those to come (``pub`` to Sunday) for a future one. A week whose known days span two months
    gives its year alone rather than a month it may not be in."""
    first, last = (pub, pub + timedelta(days=6 - pub.weekday())) if future else (
        pub - timedelta(days=pub.weekday()), pub)
    if (first.year, first.month) == (last.year, last.month):
        return _month_str(pub.year, pub.month)
    return str(pub.year) if first.year == last.year else ""


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def resolve(expression: str, published: date | str | None, future: bool = False) -> str | None:
    """A date expression ("last week", "in September", "Jan 5, 2024") as a partial ISO date."""
    pub = published if isinstance(published, date) else parse_published(published)
    text = " ".join(expression.lower().replace("’", "'").split())
    if not text:
        return None
    # explicit, absolute dates first
    m = _ISO.search(text)
    if m:
        return m.group(0) if m.group(3) else f"{m.group(1)}-{m.group(2)}"
    m = _FULL_MDY.search(text)
    if m:
        return _checked(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2)))
    m = _FULL_DMY.search(text)
    if m:
        return _checked(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
    m = _MONTH_YEAR.search(text)
    if m:
        return _month_str(int(m.group(2)), MONTHS[m.group(1)])
    if re.search(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", text):
        return _dateparser(text, pub or date.today())
    if pub is not None:
        rel = _relative(text, pub, future)
        if rel is not None:
            return rel or None
    m = _YEAR.search(text)
    if m and not _VAGUE.search(text):
        return m.group(1)
    if pub is None:
        return None
    if re.search(r"\d", text) and not _VAGUE.search(text):
        return _dateparser(text, pub)
    return None


def _checked(y: int, mo: int, d: int) -> str | None:
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return _month_str(y, mo)


def _relative(text: str, pub: date, future: bool) -> str | None:
    """Relative expressions; "" means "recognised but too vague", None "not recognised"."""
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", text):
        return pub.isoformat()
    if "yesterday" in text:
        return (pub - timedelta(days=1)).isoformat()
    if "tomorrow" in text:
        return (pub + timedelta(days=1)).isoformat()
    m = _AGO.search(text)
    if m:
        n, unit = _number(m.group(1)), m.group(2)
        if n is None:
            return ""
        if unit == "day":
            return (pub - timedelta(days=n)).isoformat()
        if unit == "week":
            d = pub - timedelta(weeks=n)
            return week_month(d - timedelta(days=d.weekday()))
        if unit == "month":
            return _month_str(*_add_months(pub.year, pub.month, -n))
        return str(pub.year - n)
    if _VAGUE.search(text) and not _MONTH.search(text):
        return ""
    for word, delta in (("last", -1), ("past", -1), ("previous", -1), ("this", 0), ("current", 0), ("next", 1),
                        ("coming", 1)):
        if re.search(rf"\b{word} week\b", text):
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=delta)
            return this_week_month(pub, future) if delta == 0 else week_month(monday)
        if re.search(rf"\b{word} month\b", text):
            return _month_str(*_add_months(pub.year, pub.month, delta))
        if re.search(rf"\b{word} year\b", text):
            return str(pub.year + delta)
    if re.search(r"\bearlier this (week|month)\b|\bearlier in the (week|month)\b", text):
        return this_week_month(pub, future=False) if "week" in text else _month_str(pub.year, pub.month)
    if re.search(r"\b(earlier|later) this year\b", text):
        return str(pub.year)
    m = _MONTH_DAY.search(text)
    if m:
        return day_nearest(MONTHS[m.group(1)], int(m.group(2)), pub, future) or ""
    m = _DAY_MONTH.search(text)
    if m:
        return day_nearest(MONTHS[m.group(2)], int(m.group(1)), pub, future) or ""
    m = _WEEKDAY.search(text)
    if m:
        wd = WEEKDAYS[m.group(1)]
        if re.search(rf"\bnext {m.group(1)}\b", text) or future:
            return (pub + timedelta(days=(wd - pub.weekday()) % 7)).isoformat()
        back = (pub.weekday() - wd) % 7
        if re.search(rf"\blast {m.group(1)}\b", text) and back == 0:
            back = 7
        return (pub - timedelta(days=back)).isoformat()
    m = _MONTH.search(text)
    if m and not (m.group(1) == "may" and not re.search(r"\b(in|of|since|last|next|this|early|mid|late)\s+may\b", text)):
        month = MONTHS[m.group(1)]
        if re.search(rf"\blast\s+{m.group(1)}", text):
            y, mo = (pub.year, month) if month < pub.month else (pub.year - 1, month)
            return _month_str(y, mo)
        if re.search(rf"\bnext\s+{m.group(1)}", text):
            return month_nearest(month, pub, future=True) if month != pub.month else _month_str(pub.year + 1, month)
        return month_nearest(month, pub, future)
    for s in SEASONS:
        if s in text:
            if "last" in text:
                return str(pub.year - 1)
            return str(pub.year)
    return None


def _dateparser(text: str, pub: date) -> str | None:
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    base = datetime(pub.year, pub.month, pub.day)
    got = dateparser.parse(text, settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                                           "REQUIRE_PARTS": ["month", "year"]}, languages=["en"])
    if got is None:
        return None
    return got.date().isoformat() if re.search(r"\d{1,2}\D+\d{1,2}\D+\d{2,4}", text) else _month_str(got.year, got.month)


# words before a DATE entity that change what it means ("since 2019", "last week", "in September")
_MEANINGFUL_BEFORE = ("since", "from", "earlier", "last", "late", "early", "mid", "next", "this", "in", "of",
                      "until", "during", "by")


def expression(ent: Span) -> str:
    """The date expression of a DATE entity, with the word before it that changes its meaning, and
    for a span ("since 1979", "from 2006 to 2019") its start."""
    text = ent.text
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in _MEANINGFUL_BEFORE:
        text = ent.doc[ent.start - 1].text + " " + text
    return anchor(text) or text


def anchor(text: str) -> str | None:
    """The start of a span: "since 1979", "from 2006 to 2019" -> the first date's text."""
    m = re.match(r"^\s*(?:since|from|starting|beginning)\s+(.*?)(?:\s+(?:to|until|through|till)\s+.*)?$", text, re.I)
    return m.group(1) if m else None
