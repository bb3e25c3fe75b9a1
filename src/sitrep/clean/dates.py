"""Find and normalise the calendar dates printed in article headers ("December 09, 2022", "3 March 2021")."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources

import yaml

_MONTHS: dict[str, int] = {}
for _number in range(1, 13):
    _MONTHS[calendar.month_name[_number].lower()] = _number
    _MONTHS[calendar.month_abbr[_number].lower()] = _number
_MONTHS["sept"] = 9

MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
"""English month names and abbreviations ("September", "Sept", "Sep"), a regex alternation, longest first."""
_MONTH = r"(?P<month>" + MONTH_NAMES + r")\.?"


def month_number(name: str) -> int | None:
    """The number of an English month name or abbreviation ("Oct." -> 10), else None."""
    return _MONTHS.get(name.lower().rstrip("."))

_WEEKDAY = r"(?:(?:" + "|".join(calendar.day_name) + "|" + "|".join(calendar.day_abbr) + r")\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DIGIT = re.compile(r"\d")
_YEAR_END = (r"(?:(?!\d)|(?=\d{1,2}:\d\d)|(?=\d{1,2}\s(?:" + "|".join(calendar.month_abbr[1:])
             + r")))")
"""A year ends at a non-digit, or where a page glues the clock or a second date to it ("Nov 20 20194:29",
"18.11.2019Get", "Published On 9 Dec 20229 Dec 2022")."""
_PATTERNS = [
    # Dec 09, 2022 (or "Dec.09,2022", "Dec 09 , 2022": some pages print no space or one too many)
    re.compile(_WEEKDAY + _MONTH + r"(?:\s+|(?<=\.))" + _DAY + r"(?:\s*,\s*|\s+)" + _YEAR + _YEAR_END, re.I),
    # 3 May 2021, 3rd of May, 2021, 03-May-2021 (the day-month-year stamp of Indian and British sites)
    re.compile(r"(?<!\d)" + _WEEKDAY + _DAY + r"(?:\s+(?:of\s+)?|-)" + _MONTH + r"(?:,?\s+|-)" + _YEAR
               + _YEAR_END, re.I),
    # 2021-03-03 or 2021-03-03T10:00:00Z (ISO)
    re.compile(r"\b" + _YEAR + r"-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?"),
    # 2021/03/03 or 2021.03.03 (year first, as East Asian sites print it)
    re.compile(r"\b" + _YEAR + r"(?P<sep>[/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d:/]|\.\d)"),
    re.compile(r"\b" + _DAY + r"\.(?P<month>\d{1,2})\." + _YEAR + _YEAR_END),  # 03.03.2021 (day first)
    re.compile(r"\b(?P<month>\d{1,2})\." + _DAY + r"\." + _YEAR + _YEAR_END),  # 11.14.2019 (not day first)
    re.compile(r"\b(?P<month>\d{1,2})/" + _DAY + r"/" + _YEAR + _YEAR_END),  # 3/3/2021 (US order)
    re.compile(r"\b" + _DAY + r"/(?P<month>\d{1,2})/" + _YEAR + _YEAR_END),  # 27/09/2018 (not US order)
    re.compile(r"\b(?P<month>\d{1,2})/" + _DAY + r"/(?P<year>\d\d)\b"),  # 11/19/19 (US order, this century)
    # 19-11-2019 (day first, as most sites printing hyphens do), else 11-19-2019 (US order)
    re.compile(r"(?<![\d-])" + _DAY + r"-(?P<month>\d{1,2})-" + _YEAR + _YEAR_END),
    re.compile(r"(?<![\d-])(?P<month>\d{1,2})-" + _DAY + r"-" + _YEAR + _YEAR_END),
    # 2019年11月19日 (Chinese, Japanese), 2019년 11월 19일 (Korean)
    re.compile(_YEAR + r"\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*" + _DAY.replace("(?:st|nd|rd|th)?", "")
               + r"\s*[日일]"),
]


@cache
def _foreign_months() -> dict[str, int]:
    """Month names of other languages (data/months.yaml), lower-cased -> month number."""
    data = yaml.safe_load(resources.files("sitrep.clean").joinpath("data/months.yaml").read_text("utf-8"))
    return {name.lower(): int(number) for number, names in data.items() for name in names}


@cache
def _foreign_pattern() -> re.Pattern[str]:
    """A day, month, year date of a page in another language: "sexta-feira, 22 de outubro de 2010",
    "publiziert am 25. September 2018", "le 3 mars 2019". The day may take a dot (German), the month
    and year a "de"/"del" before them (Portuguese, Spanish)."""
    names = "|".join(sorted(_foreign_months(), key=len, reverse=True))
    return re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.?\s+(?:de\s+)?(?P<month>" + names + r")"
                      r"(?:,?\s+|\s+del?\s+)" + _YEAR + _YEAR_END, re.I)


@cache
def _foreign_month_first() -> re.Pattern[str]:
    """A month, day, year date in another language's month name, as a theme's English date format prints it
    in a French or German site's words ("dimanche, mai 26, 2024"): the comma after the day marks the
    format, so "mai 26 2024" is left alone."""
    names = "|".join(sorted(_foreign_months(), key=len, reverse=True))
    return re.compile(r"(?<![\w.])(?P<month>" + names + r")\s+(?P<day>\d{1,2}),\s+" + _YEAR + _YEAR_END, re.I)


_MONTH_DAY = [
    re.compile(r"^" + _WEEKDAY + _MONTH + r"\s+" + _DAY + r"\b(?!,?\s*\d)", re.I),  # Dec 9, Tuesday, Dec. 9
    re.compile(r"^" + _WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?![\w,]*\s*\d)", re.I),  # 9 December
]
"""A day and month with no year, opening a dateline or date line ("Dec 29 (Reuters) -")."""
_RELATIVE = re.compile(
    r"^(?:(?:updated|published|posted|last updated|last update)\s*:?\s*)?(?:"
    r"(?:about |~)?\d{1,2} (?:min|mins|minutes?|hrs?|hours?|days?|weeks?) ago"
    r"|(?:" + "|".join(calendar.day_name) + r"|today|yesterday)"
    r"(?:,? (?:at )?\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)?"
    r")\.?$", re.I)
"""A date line that names no calendar day: "2 days ago", "Updated 3 hours ago", "Monday 5:30PM"."""
_DATE_LABEL = re.compile(r"^(?:(?:updated|published|posted|last updated|last update)\s*:?\s*)", re.I)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a line: its ISO form and where it was printed."""

    iso: str
    start: int
    end: int


def find_date(line: str) -> FoundDate | None:
    """The first valid calendar date printed in `line`, if any. Every pattern holds a day or a year in
    digits, so a line without one is passed at once (most lines asked about hold no date)."""
    if _DIGIT.search(line) is None:
        return None
    found: list[FoundDate] = []
    for pattern in (*_PATTERNS, _foreign_pattern(), _foreign_month_first()):
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
    number = (_MONTHS.get(month) or _foreign_months().get(month)) if not month.isdigit() else int(month)
    try:
        year = int(match.group("year"))
        return date(year + 2000 if year < 100 else year, number or 0, int(match.group("day"))).isoformat()
    except ValueError:
        return None


_DATE_NAMES = "|".join(sorted({*calendar.day_name, *calendar.day_abbr, *calendar.month_name[1:],
                                *calendar.month_abbr[1:], "Sept"}, key=len, reverse=True))
_DATE_AFTER_WORDS = re.compile(r"(?:(?<=[a-z’'])|(?<=\s[-–—|]\s))(?=(?:" + _DATE_NAMES + r")\b)")
"""Where a date may open after the words of a line: glued to a word ("Board settles lawsuitsWed,
03/14/2007", "PoliticsMarch 3, 2019") or after a separator ("... weighs the bills on his desk - Mon, 10 Apr
2017")."""
DATE_TAIL_WORDS = 4
"""What may follow the date on its line: the clock and the zone ("- 10:45pm", "5:00 PM GMT")."""
HEAD_MIN_WORDS = 3
_WEEKDAY_ONLY = re.compile(r"^" + _WEEKDAY + r"$", re.I)


def date_after_words(line: str) -> int | None:
    """Where a date printed after a headline's words on the same line starts (`_DATE_AFTER_WORDS`), when
    the date closes the line (a clock and a zone may follow) and three words or more come before it (a
    section's word glued to a date is read by `parse_header_line`); else None. A sentence naming a day
    goes on after it ("... on Monday, March 3, 2019 the minister ...")."""
    for match in _DATE_AFTER_WORDS.finditer(line):
        tail = line[match.start():]
        found = find_date(tail)
        head = line[: match.start()].rstrip(" -–—|")
        if (found is not None and _WEEKDAY_ONLY.match(tail[: found.start])  # "Thu, 01/11/2007"
                and len(head.split()) >= HEAD_MIN_WORDS
                and len(line[match.start() + found.end:].split()) <= DATE_TAIL_WORDS):
            return match.start()
    return None


def month_day(text: str) -> str | None:
    """The day and month a dateline or date line opens with when it prints no year ("Dec 29"), else None."""
    text = _DATE_LABEL.sub("", text.strip())
    for pattern in _MONTH_DAY:
        if (match := pattern.match(text)) and _MONTHS.get(match.group("month").lower().rstrip(".")):
            return match.group(0)
    return None


def with_year_of(text: str, anchor: str) -> str | None:
    """A day and month with no year ("Dec 29") as a date in the year of `anchor`, a full ISO date printed
    on the same page; None when dateparser cannot read it. No anchor, no date: a year is never guessed."""
    import dateparser  # slow to import; only pages whose dates lack a year need it

    base = datetime.fromisoformat(anchor)
    found = dateparser.parse(text, languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period", "REQUIRE_PARTS": ["day", "month"]})
    return found.date().isoformat() if found else None


def relative_date(line: str) -> bool:
    """Whether a line is a date line giving no calendar date ("Monday 5:30PM", "Updated 3 hours ago").

    It marks a byline's place under a headline; the date it means is left unknown (the page's own
    time of reading is unknown, and a date is never guessed)."""
    return bool(_RELATIVE.match(line.strip()))


_AGO = re.compile(r"^(?:about |~)?(?P<count>\d{1,2}) (?P<unit>min|hr|hour|day|week)", re.I)
_UNIT_HOURS = {"min": 1 / 60, "hr": 1, "hour": 1, "day": 24, "week": 24 * 7}
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}


def relative_to(line: str, fetched: str | None) -> str | None:
    """The day a relative date line means ("3 hours ago", "Yesterday at 5 PM", "Monday 5:30PM"), counted
    back from when the page was fetched; None without a fetch time, which is never guessed."""
    if not fetched or not relative_date(line):
        return None
    try:
        base = datetime.fromisoformat(fetched.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    text = _DATE_LABEL.sub("", line.strip()).lower()
    first = text.split()[0].strip(",") if text.split() else ""
    if match := _AGO.match(text):
        back = timedelta(hours=int(match.group("count")) * _UNIT_HOURS[match.group("unit").lower()])
    elif first in ("today", "yesterday"):
        back = timedelta(days=first == "yesterday")
    elif first in _WEEKDAYS:
        back = timedelta(days=(base.weekday() - _WEEKDAYS[first]) % 7)  # the last such day, today's too
    else:
        return None
    return (base - back).date().isoformat()


_URL_DATE = re.compile(
    r"/" + _YEAR + r"[/-](?P<month>\d{1,2}|[a-z]{3,9})[/-]" + r"(?P<day>\d{1,2})(?=[/-]|\.html?\b|$)", re.I)
"""The day a story's address files it under: /2019/11/19/, /2019/nov/18/, /2019-11-19-slug."""


def url_date(url: str | None) -> str | None:
    """The date a story's address prints ("https://www.vox.com/2019/11/8/20948348/..." -> 2019-11-08), or
    None when it prints no full date (a year and month alone are no day)."""
    match = _URL_DATE.search(url or "")
    return _iso(match) if match else None


_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:19|20)?\d\d(?![\d/])")
MONTHS_IN_YEAR = 12


def day_first_reading(iso: str, lines: Sequence[str], url: str | None = None) -> str:
    """A date read month first from slashes ("09/12/2022" as 2022-09-12) read day first instead, when the
    page prints its dates day first. US pages print month first, British, Indian, European pages day
    first; `find_date` alone cannot tell ("09/12/2022") and tries the US order. The page's own slashed
    dates tell first: one of them has a first number no month has ("20/11/2019") and none a second
    number no month has. Where they cannot, the page's address tells by the date it prints (".../2022/12/
    09/...") or the page by the clock printed with the date (a 24-hour clock, "09/12/2022 - 17:40", is no
    US page's) or by the order of the dates it spells in words ("9 December 2022" and never "December 9,
    2022"); last, an address in a country writing day first (".co.uk", ".in": `_DAY_FIRST_DOMAINS`)."""
    found = date.fromisoformat(iso)
    if found.day > MONTHS_IN_YEAR or found.day == found.month:
        return iso
    year = rf"(?:{found.year}|{found.year % 100:02d})"
    printed = re.compile(rf"(?<![\d/])0?{found.month}/0?{found.day}/{year}(?![\d/])")
    if not any(printed.search(line) for line in lines):
        return iso
    day_first = month_first = False
    for line in lines:
        for match in _SLASHED.finditer(line):
            first, second = int(match.group(1)), int(match.group(2))
            day_first |= second <= MONTHS_IN_YEAR < first
            month_first |= first <= MONTHS_IN_YEAR < second
    swapped = date(found.year, found.day, found.month).isoformat()
    if not (day_first or month_first) and (printed_day := url_date(url)) in (iso, swapped):
        return printed_day or iso
    if not (day_first or month_first):
        day_first, month_first = _day_first_signs(printed, lines)
    if not (day_first or month_first) and (host := url_host(url)):
        day_first = host.lower().rsplit(".", 1)[-1] in _DAY_FIRST_DOMAINS
    return swapped if day_first and not month_first else iso


_URL_HOST = re.compile(r"^[a-z]+://([^/:?#]+)", re.I)


def url_host(url: str | None) -> str | None:
    """The host of an absolute address as written ("www.vulture.com" in "http://www.vulture.com/2013/..."),
    port and path aside; None for no address or a relative one."""
    found = _URL_HOST.match(url or "")
    return found.group(1) if found else None
_DAY_FIRST_DOMAINS = frozenset({"uk", "ie", "in", "pk", "bd", "lk", "au", "nz", "za", "ng", "gh", "ke", "ug",
                                "tz", "zw", "sg", "my", "ae", "qa", "eg", "fr", "de", "es", "it", "pt", "br",
                                "nl", "be", "ru", "ua", "tr", "gr", "pl", "il", "ar", "mx", "cl", "pe"})
"""Country domains of places writing dates day first ("09/12/2022" is 9 December on a .co.uk page)."""


_DAY_HOUR = re.compile(r"(?<![\d:.])(?:1[3-9]|2[0-3])[:h]\d\d(?![\d:]?\s*[ap]\.?m\b)", re.I)
"""A clock past noon printed on the 24-hour dial ("17:40", "18h05"), as pages outside the US print it."""
_CLOCK_AFTER = 40
"""How many characters after a printed date its clock may stand ("09/12/2022 - 17:40")."""


def _day_first_signs(printed: re.Pattern[str], lines: Sequence[str]) -> tuple[bool, bool]:
    """Whether a page's other dates say it prints day first or month first, where its slashed dates
    cannot tell: a 24-hour clock printed after the slashed date, or the order of the dates it spells in
    words (`_PATTERNS[0]` is "December 9, 2022", `_PATTERNS[1]` "9 December 2022")."""
    for line in lines:
        for match in printed.finditer(line):
            if _DAY_HOUR.search(line[match.end(): match.end() + _CLOCK_AFTER]):
                return True, False
    day_first = any(_PATTERNS[1].search(line) for line in lines)
    month_first = any(_PATTERNS[0].search(line) for line in lines)
    return day_first, month_first
