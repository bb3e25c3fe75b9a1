"""Find and normalise the calendar dates printed in article headers ("December 09, 2022", "3 March 2021")."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

_MONTHS: dict[str, int] = {}
for _number in range(1, 13):
    _MONTHS[calendar.month_name[_number].lower()] = _number
    _MONTHS[calendar.month_abbr[_number].lower()] = _number
_MONTHS["sept"] = 9

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:" + "|".join(calendar.day_name) + "|" + "|".join(calendar.day_abbr) + r")\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d\d))"
"""A year ends at a non-digit, or where a page glues the clock to it ("Nov 20 20194:29", "18.11.2019Get")."""
_PATTERNS = [
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _YEAR_END, re.I),  # Dec 09, 2022
    re.compile(_WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + _YEAR_END, re.I),  # 3 May
    # 2021-03-03 or 2021-03-03T10:00:00Z (ISO)
    re.compile(r"\b" + _YEAR + r"-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?"),
    re.compile(r"\b" + _DAY + r"\.(?P<month>\d{1,2})\." + _YEAR + _YEAR_END),  # 03.03.2021 (day first)
    re.compile(r"\b(?P<month>\d{1,2})\." + _DAY + r"\." + _YEAR + _YEAR_END),  # 11.14.2019 (not day first)
    re.compile(r"\b(?P<month>\d{1,2})/" + _DAY + r"/" + _YEAR + _YEAR_END),  # 3/3/2021 (US order)
    re.compile(r"\b" + _DAY + r"/(?P<month>\d{1,2})/" + _YEAR + _YEAR_END),  # 27/09/2018 (not US order)
    re.compile(r"\b(?P<month>\d{1,2})/" + _DAY + r"/(?P<year>\d\d)\b"),  # 11/19/19 (US order, this century)
]


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a line: its ISO form and where it was printed."""

    iso: str
    start: int
    end: int


def find_date(line: str) -> FoundDate | None:
    """The first valid calendar date printed in `line`, if any."""
    found: list[FoundDate] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(line):
            iso = _iso(match)
            if iso:
                found.append(FoundDate(iso, match.start(), match.end()))
                break
    return min(found, key=lambda f: f.start) if found else None


def to_iso(value: str | None) -> str | None:
    """A date given by a source (ISO timestamp, "2020-01-02", "March 3, 2021") as YYYY-MM-DD, else None."""
    if not value:
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    found = find_date(value)
    return found.iso if found else None


def _iso(match: re.Match[str]) -> str | None:
    month = match.group("month").lower().rstrip(".")
    number = _MONTHS.get(month) if not month.isdigit() else int(month)
    try:
        year = int(match.group("year"))
        return date(year + 2000 if year < 100 else year, number or 0, int(match.group("day"))).isoformat()
    except ValueError:
        return None
