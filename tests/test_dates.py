"""Relative and partial date resolution against the publication date (extract/dates.py)."""
from __future__ import annotations

import pytest

from newsgraph.extract.dates import parse_published, resolve, week_month


@pytest.mark.parametrize("expr,published,expected", [
    ("in September", "2026-01-24", "2025-09"),      # latest September before a January report
    ("in January", "2026-01-24", "2026-01"),        # the publication month itself
    ("earlier in January", "2026-01-24", "2026-01"),
    ("in December", "2026-01-02", "2025-12"),       # across the year boundary
    ("in March", "2026-03-04", "2026-03"),
    ("last November", "2026-01-24", "2025-11"),
    ("last month", "2026-01-10", "2025-12"),        # month arithmetic across the year boundary
    ("next month", "2025-12-15", "2026-01"),
    ("this month", "2026-01-24", "2026-01"),
    ("last week", "2026-01-24", "2026-01"),         # 12-18 January
    ("last week", "2026-03-04", "2026-02"),         # 23 Feb - 1 Mar: the month of its Thursday
    ("last week", "2026-01-05", "2026-01"),         # 29 Dec - 4 Jan straddles the year: Thursday 1 Jan
    ("last year", "2026-01-24", "2025"),
    ("late last year", "2026-01-24", "2025"),
    ("this year", "2026-01-24", "2026"),
    ("since 1979", "2026-01-24", "1979"),
    ("in 2020", "2026-01-24", "2020"),
    ("on Tuesday", "2026-01-24", "2026-01-20"),     # a Saturday report: the Tuesday before
    ("Saturday", "2026-01-24", "2026-01-24"),       # the publication day itself
    ("on Friday", "2026-01-01", "2025-12-26"),      # weekday across the year boundary
    ("yesterday", "2026-03-01", "2026-02-28"),
    ("three years ago", "2026-01-24", "2023"),
    ("two months ago", "2026-01-24", "2025-11"),
    ("January 24, 2026", None, "2026-01-24"),
    ("24 January 2026", None, "2026-01-24"),
    ("September 2025", None, "2025-09"),
    ("Dec. 3", "2026-01-24", "2025-12-03"),
    ("2026-01-05", None, "2026-01-05"),
    ("in recent years", "2026-01-24", None),
    ("last week", None, None),                       # relative without a publication date: unknown
])
def test_resolve(expr, published, expected):
    assert resolve(expr, published) == expected


def test_future_acts_look_forward():
    assert resolve("in March", "2026-01-24", future=True) == "2026-03"
    assert resolve("in January", "2026-03-10", future=True) == "2027-01"
    assert resolve("on Tuesday", "2026-01-24", future=True) == "2026-01-27"


def test_week_month_and_published():
    from datetime import date

    assert week_month(date(2025, 12, 29)) == "2026-01"  # Thursday 1 January 2026 (ISO week 1)
    assert week_month(date(2026, 1, 12)) == "2026-01"
    assert parse_published("2026-01-24T06:10:00Z") == date(2026, 1, 24)
    assert parse_published("20080806") == date(2008, 8, 6)
    assert parse_published("not a date") is None


@pytest.mark.parametrize("expression, published, future, expected", [
    ("this week", "2025-09-30", False, "2025-09"),  # Tuesday: Monday 29 and Tuesday 30 are September's
    ("earlier this week", "2025-09-30", False, "2025-09"),
    ("this week", "2025-09-30", True, "2025"),  # the days to come run into October
    ("this week", "2025-10-02", False, "2025"),  # Monday 29 September to Thursday 2 October
    ("this week", "2026-01-01", False, ""),  # Monday 29 December to Thursday 1 January: no year either
    ("this week", "2026-01-14", False, "2026-01"),
    ("last week", "2025-10-02", False, "2025-09"),  # 22 to 28 September: a whole past week keeps its rule
])
def test_this_week_counts_only_the_days_it_can_mean(expression, published, future, expected):
    assert (resolve(expression, published, future=future) or "") == expected
