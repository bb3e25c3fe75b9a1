"""Known persons (persons.tsv): who held which office when.

A person named without a title gets the sector of the term that covers the date (the document's
publication date, else the latest date its text names, `text_date`, else today); outside every listed
term the person is ELI (a former official).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from sitrep.actors.lexicon import Entry, Lexicon, norm
from sitrep.actors.phrases import actor_for
from sitrep.records import Actor

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")


def parse_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from ISO text or a written date ("10 May 2015"); None for "today"."""
    if not value or value.strip().lower() in ("today", "now"):
        return None
    value = value.strip()
    if _ISO.match(value):
        return value
    if _ISO_MONTH.match(value):
        return value + "-01"
    import dateparser  # only for written dates: importing it costs ~0.3 s

    parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def text_date(dates: Iterable[str], today: str | None = None) -> str | None:
    """The date an undated text implies, for looking up who held which office: the latest year its
    date expressions name ("on September 21, 2016", "since 2012"), not after today's, as of the end
    of the month named with it, else of that year. A report is written after what it tells, so the
    latest named date is the nearest to its writing; a period ("the 1983 - 2005 war") is history and
    does not count. None when the text names no year."""
    this_year = int((today or dt.date.today().isoformat())[:4])
    best: tuple[int, int] | None = None
    for text in dates:
        low = text.lower()
        month = next((k + 1 for k, m in enumerate(_MONTHS) if re.search(rf"\b{m}", low)), 12)
        years = _YEAR.findall(text)
        if len(years) > 1:
            continue  # a period ("1983 - 2005") is history, not when the text was written
        for year in map(int, years):
            if year <= this_year and (best is None or (year, month) > best):
                best = (year, month)
    if best is None:
        return None
    year, month = best
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return f"{year:04d}-{month:02d}-{last:02d}"


def term_actor(entry: Entry, date: str | None, name: str | None = None) -> Actor:
    """The actor a lexicon person is on `date` (ISO; None = today)."""
    day = date or dt.date.today().isoformat()
    label = name or entry.label
    terms = sorted(entry.terms, key=lambda t: t.start, reverse=True)
    for term in terms:
        if term.start <= day and (term.end is None or day < term.end):
            return actor_for(term.country, term.org, term.sector, label)
    country = next((t.country for t in terms if t.country), None)
    return actor_for(country, None if country else terms[0].org, "ELI", label)


HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "sen", "rep", "gen", "adm", "lt", "col",
                        "maj", "capt", "sgt", "gov", "amb", "prof", "rev", "sheikh", "mister", "madame"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
GIVEN_SIMILARITY = 75
"""Spelling variants of one given name ("Mahmud" / "Mahmoud", "Muammar" / "Moammar") score above this."""


def _bare(word: str) -> str:
    return word.lower().rstrip(".,")


def name_words(name: str) -> list[str]:
    """The words of a person's name without honorifics ("Mr.", "Adm.") and suffixes ("Jr.", "III")."""
    words = name.split()
    while len(words) > 1 and _bare(words[0]) in HONORIFICS:
        words = words[1:]
    while len(words) > 1 and _bare(words[-1]) in SUFFIXES:
        words = words[:-1]
    return words


def surname(name: str) -> str:
    """The surname a later mention uses: "Harry B. Harris Jr." -> "Harris"."""
    words = name_words(name)
    return words[-1] if words else name


def same_given(first: str, given: frozenset[str]) -> bool:
    """True when a given name (or initial) can be one of `given`; True when nothing is known."""
    word = _bare(first)
    if not given or not word:
        return True
    if len(word) <= 2:  # an initial: "J. Trump", "F.W."
        return any(g[:1] == word[:1] for g in given)
    return any(fuzz.ratio(word, g) >= GIVEN_SIMILARITY for g in given)


def person_actor(name: str, date: str | None, lex: Lexicon) -> Actor | None:
    """The actor of a person the lexicon knows by this name or alias, else None.

    A fuller or differently written name ("Vladimir Vladimirovich Putin", "Omar Hassan al-Bashir")
    matches by its last words or surname only when its given name fits the known person's: "Jay
    Carney" is not Mark Carney, "Jeb Bush" is neither President Bush; "Donald Trump Jr." is not his father.
    """
    entry = lex.phrases.get(norm(name))
    if entry is not None and entry.kind == "person":
        return term_actor(entry, date, entry.label)
    if name.split() and _bare(name.split()[-1]) in SUFFIXES:
        return None
    words = name_words(name)
    # the last two words and the surname alone, also with its Arabic article dropped ("El Bashir")
    keys = [" ".join(words)] if len(words) < len(name.split()) else []
    if len(words) > 2:
        keys.append(" ".join(words[-2:]))
    if len(words) > 1:
        keys += _surname_forms(words[-2:])
    elif len(words) == 1 and not keys:
        return None
    for key in keys:
        entry = lex.phrases.get(norm(key))
        if entry is not None and entry.kind == "person":
            if len(words) > 1 and not same_given(words[0], entry.given):
                return None
            return term_actor(entry, date, entry.label)
    # a known person written with another first-name spelling ("Mahmud Abbas" for Mahmoud Abbas)
    if len(words) > 1:
        fits = [e for e in lex.surnames.get(norm(words[-1]), []) if same_given(words[0], e.given)]
        if len(fits) == 1:
            return term_actor(fits[0], date, fits[0].label)
    return None


ARTICLES = ("al-", "el-")


def surname_keys(name: str) -> list[str]:
    """The normalised surnames a later mention may use: "Haider al-Abadi" -> "al-abadi", "abadi"."""
    words = name_words(name)
    return [norm(form) for form in _surname_forms(words[-2:])] if words else [norm(name)]


def _surname_forms(last_two: list[str]) -> list[str]:
    """The surname alone and with its Arabic article dropped ("al-Bashir", "El Bashir" -> "Bashir")."""
    surname = last_two[-1]
    forms = [surname]
    low = surname.lower()
    for art in ARTICLES[:2]:
        if low.startswith(art) and len(surname) > len(art) + 2:
            forms.append(surname[len(art):])
    if last_two[0].lower() in ("al", "el"):
        forms.append(f"al-{surname}")
    return forms
