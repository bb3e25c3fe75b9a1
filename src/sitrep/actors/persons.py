"""Known persons (persons.tsv): who held which office when.

A person named without a title gets the sector of the term that covers the date (the document's
publication date, else today); outside every listed term the person is ELI (a former official).
"""

from __future__ import annotations

import datetime as dt
import re

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


def person_actor(name: str, date: str | None, lex: Lexicon) -> Actor | None:
    """The actor of a person the lexicon knows by this name or alias, else None."""
    words = name.split()
    # "Vladimir Vladimirovich Putin" or a name with an honorific: the last two words; "Omar Hassan
    # al-Bashir", "Omar El Bashir": the surname, when persons.tsv lists it as an unambiguous alias.
    keys = [name, " ".join(words[-2:]) if len(words) > 2 else ""]
    if len(words) > 1:
        keys += _surname_forms(words[-2:])
    for key in keys:
        entry = lex.phrases.get(norm(key)) if key else None
        if entry is not None and entry.kind == "person":
            return term_actor(entry, date, entry.label)
    return None


ARTICLES = ("al-", "el-")


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
