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
    entry = lex.phrases.get(norm(name))
    if entry is None or entry.kind != "person":
        words = name.split()
        # "Vladimir Vladimirovich Putin" or a name with an honorific: try the last two words.
        if len(words) > 2:
            entry = lex.phrases.get(norm(" ".join(words[-2:])))
        if entry is None or entry.kind != "person":
            return None
    return term_actor(entry, date, entry.label)
