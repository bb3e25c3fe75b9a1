"""The actor vocabulary: every data file of `sitrep/actors/data/` loaded into one phrase table.

Vocabulary lives in the TSV files; this module only reads them (the one place that does) and
builds `Lexicon.phrases`, a dict from a normalised phrase (see `norm`) to the `Entry` it names.
Mechanisms that use the table are in `resolve.py` and `mentions.py`. Loading is cached per process.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pycountry

from sitrep.errors import InputError

DATA = Path(__file__).parent / "data"
MAX_TOKENS = 6
"""Longest phrase (in spaCy tokens) the matcher looks up."""

# Priority when two files name the same phrase: a named body beats a country name, which beats a
# capital, a demonym, a city, a person and an agent noun ("Singapore" the state, not the city).
KINDS = ("body", "country", "capital", "demonym", "city", "person", "agent")
# Kinds that name a town, not a state or a body: where an act happened or a document was made.
TOWN_KINDS = frozenset({"capital", "city"})

def _country_data() -> Path:
    """country_converter's table, read directly: importing the package pulls in pandas (slow),
    and its loader reads Namibia's ISO2 "NA" as a missing value."""
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.origin:
        raise InputError("country_converter is not installed", origin="sitrep.actors.lexicon")
    return Path(spec.origin).parent / "country_data.tsv"


@dataclass(frozen=True, slots=True)
class Term:
    """One dated term of a person in office (persons.tsv); `end` None means still in office."""

    country: str | None
    org: str | None
    sector: str
    start: str
    end: str | None


@dataclass(slots=True)
class Entry:
    """What a phrase names: a state, a body, a person, or an agent noun (with sectors)."""

    kind: str  # body | country | capital | demonym | city | person | agent
    label: str  # the canonical name
    country: str | None = None
    sector: str | None = None  # None: none given; "*": take the body's sector (agent nouns)
    sector2: str | None = None
    org: str | None = None
    caps_only: bool = False  # "US" and "UN" match only when written in capitals
    metonym: bool = False
    region: bool = False  # a state or province of a federation (regions.tsv), a place like a city
    terms: list[Term] = field(default_factory=list)  # persons only
    given: frozenset[str] = frozenset()  # persons only: the given names its spellings start with
    until: str | None = None  # demonyms of historic states only: the day the state ceased (ISO)


@dataclass(slots=True)
class Lexicon:
    """All actor vocabulary in one lookup table, plus the set of organisation codes."""

    phrases: dict[str, Entry]
    orgs: frozenset[str]
    equipment: frozenset[str]  # weapon and vehicle nouns (singular and plural)
    first_words: frozenset[str] = frozenset()  # words a phrase can start with (a fast pre-filter)
    surnames: dict[str, list[Entry]] = field(default_factory=dict)  # last word of a person's name -> persons
    craft: frozenset[str] = frozenset()  # equipment that names its flag's state, not its military ("vessel")


_SPACES = re.compile(r"\s+")
_HYPHEN = re.compile(r"\s*([-‐–])\s*")


@lru_cache(maxsize=1 << 16)  # called for every candidate phrase; most recur (a pure function of the text)
def norm(text: str) -> str:
    """The lookup key of a phrase: lowercased, curly quotes straightened, spacing normalised."""
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = _HYPHEN.sub(r"\1", text.strip().lower())
    return _SPACES.sub(" ", text)


def _caps_only(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def read_rows(name: str, width: int, root: Path = DATA) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of a TSV data file, skipping comments and blank lines."""
    path = root / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read actor data file: {exc}", origin=str(path)) from exc
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != width or not cells[0].strip():
            raise InputError(f"line {number}: expected {width} tab-separated fields", origin=str(path))
        yield number, [c.strip() for c in cells]


def _dash(value: str) -> str | None:
    return None if value in ("", "-") else value


def plural_forms(word: str) -> list[str]:
    """The word and its regular plural ("Iranian" -> "Iranians"); invariant forms stay single."""
    low = word.lower()
    if low.endswith(("s", "sh", "ese", "ch", "men")) or (" " in word and low.endswith("ese")):
        return [word]
    if low.endswith("man"):
        return [word, word[:-3] + "men"]
    return [word, word + "s"]


class _Builder:
    """Collects phrases, keeping the higher-priority kind when two files name the same phrase."""

    def __init__(self) -> None:
        self.phrases: dict[str, Entry] = {}

    def add(self, surface: str, entry: Entry, *, article: bool = False) -> None:
        key = norm(surface)
        if not key:
            return
        entry.caps_only = entry.caps_only or _caps_only(surface)
        old = self.phrases.get(key)
        if old is None or KINDS.index(entry.kind) < KINDS.index(old.kind):
            self.phrases[key] = entry
        if article and not key.startswith("the "):
            self.add("the " + surface, entry)


def _countries(b: _Builder) -> None:
    blocked: set[str] = set()
    for _, (name, iso3) in read_rows("countries.tsv", 2):
        if iso3 == "-":
            blocked.add(norm(name))
            continue
        b.add(name, Entry("country", name, country=iso3))
    names: list[tuple[str, str]] = []
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                names.append((value, c.alpha_3))
    with _country_data().open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row.get("obsolete"):
                continue
            for col in ("name_short", "name_official"):
                if row[col] and "," not in row[col]:
                    names.append((row[col], row["ISO3"]))
    for name, iso3 in names:
        key = norm(name)
        if key in blocked or key in b.phrases:
            continue
        b.add(name, Entry("country", name, country=iso3))


def _persons(b: _Builder) -> None:
    """Add persons.tsv: one Entry per person, its terms in date order, under every alias."""
    orgs = {e.org for e in b.phrases.values() if e.org}
    people: dict[str, Entry] = {}
    aliases: dict[str, set[str]] = {}
    for number, (name, alias, code, sector, start, end) in read_rows("persons.tsv", 6):
        if code not in orgs and (len(code) != 3 or not code.isupper()):
            raise InputError(f"line {number}: unknown country or organisation {code!r}",
                             origin=str(DATA / "persons.tsv"))
        entry = people.setdefault(name, Entry("person", name))
        org = code if code in orgs else None
        entry.terms.append(Term(None if org else code, org, sector, start, _dash(end)))
        aliases.setdefault(name, set()).update(a for a in alias.split("|") if a)
    owners: dict[str, list[str]] = {}
    for name in people:
        for surface in {name, *aliases[name]}:
            owners.setdefault(norm(surface), []).append(name)
    for name, entry in people.items():
        _latest(entry)
        entry.given = frozenset(given_name(s) for s in {name, *aliases[name]} if " " in s.strip())
        for surface in {name, *aliases[name]}:
            names = owners[norm(surface)]
            if len(names) == 1:
                b.add(surface, entry)
    # An alias several persons share ("Bush", "Clinton") stands for whichever held office on the date.
    for key, names in owners.items():
        if len(names) > 1:
            label = next(s for s in aliases[names[0]] | {names[0]} if norm(s) == key)
            shared = Entry("person", label, terms=[t for n in names for t in people[n].terms],
                           given=frozenset().union(*(people[n].given for n in names)))
            _latest(shared)
            b.add(key, shared)


def given_name(name: str) -> str:
    """The first word of a person's name, lowercased, without a trailing full stop ("J." -> "j")."""
    return name.strip().split()[0].lower().rstrip(".")


def _latest(entry: Entry) -> None:
    """Give a person entry the country, organisation and sector of its latest term."""
    latest = max(entry.terms, key=lambda t: t.start)
    entry.country, entry.org, entry.sector = latest.country, latest.org, latest.sector


def _dotted_acronyms(b: _Builder) -> None:
    """Add the dotted spelling of every body or state written as a capitals acronym: house styles
    (the New York Times) write "F.B.I.", "C.I.A.", "N.A.T.O." where others write "FBI" (one token
    each). Only acronyms of three letters or more: two dotted capitals are mostly a person's
    initials ("J.K. Rowling"), and persons' own acronyms ("MBS") are left alone."""
    for key, entry in list(b.phrases.items()):
        if (entry.caps_only and entry.kind != "person" and key.isalpha() and len(key) >= 3
                and key.isascii()):
            dotted = ".".join(key) + "."
            if dotted not in b.phrases:
                b.phrases[dotted] = entry


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Every actor data file, read once per process into one phrase table."""
    b = _Builder()
    for _, (name, country, sector, org, kind) in read_rows("bodies.tsv", 5):
        b.add(name, Entry("body", name, country=_dash(country), sector=_dash(sector), org=_dash(org),
                          metonym=kind == "metonym"))
    _countries(b)
    for _, (name, iso3) in read_rows("capitals.tsv", 2):
        b.add(name, Entry("capital", name, country=iso3, metonym=True))
    for source in ("cities.tsv", "regions.tsv"):  # both are places
        for _, (name, iso3) in read_rows(source, 2):
            b.add(name, Entry("city", name, country=iso3, region=source == "regions.tsv"))
    for _, (name, iso3) in read_rows("demonyms.tsv", 2):
        entry = Entry("demonym", name, country=iso3)
        for form in plural_forms(name):
            b.add(form, entry)
    for _, (name, iso3, until) in read_rows("historic_demonyms.tsv", 3):
        entry = Entry("demonym", name, country=iso3, until=until)
        for form in plural_forms(name):
            b.add(form, entry)
    for source in ("agents.tsv", "agents_extra.tsv"):
        for _, (phrase, sector, sector2) in read_rows(source, 3):
            entry = Entry("agent", phrase, sector=sector, sector2=_dash(sector2))
            key = norm(phrase)
            old = b.phrases.get(key)
            if source == "agents_extra.tsv" or old is None or old.kind == "agent":
                if old is not None and old.kind != "agent":
                    continue
                b.phrases[key] = entry
            if source == "agents_extra.tsv":
                for form in plural_forms(phrase)[1:]:
                    if b.phrases.get(norm(form), entry).kind == "agent":
                        b.phrases[norm(form)] = entry
    _persons(b)
    _dotted_acronyms(b)
    orgs = frozenset(e.org for e in b.phrases.values() if e.org)
    rows = [(noun, military) for _, (noun, military) in read_rows("equipment.tsv", 2)]
    equipment = frozenset(norm(f) for noun, _ in rows for f in plural_forms(noun))
    craft = frozenset(norm(f) for noun, military in rows if military == "-" for f in plural_forms(noun))
    first = {w for key in b.phrases for w in (key.split(" ")[0], re.split(r"[ '\-.]", key)[0])}
    surnames: dict[str, list[Entry]] = {}
    for entry in {id(e): e for e in b.phrases.values() if e.kind == "person" and e.given}.values():
        bucket = surnames.setdefault(norm(entry.label.split()[-1]), [])
        if entry not in bucket:
            bucket.append(entry)
    return Lexicon(phrases=b.phrases, orgs=orgs, equipment=equipment,
                   first_words=frozenset(first), surnames=surnames, craft=craft)


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    return {norm(name): iso3 for _, (name, iso3) in read_rows("gazetteer.tsv", 2, DATA)}


def gazetteer_country(name: str) -> str | None:
    """The country of a city the phrase files lack ("Kharkiv", "Goma"), from data/gazetteer.tsv: only
    for text the tagger already reads as a place, since many city names are also common words. A
    province or state one country's subdivisions alone bear counts too ("in Kunar": see
    `subdivision_country`)."""
    return _gazetteer().get(norm(name)) or subdivision_country(name)


# An Arabic article before a province's name, which news often drops ("Al Anbār" -> "Anbar")
_ARTICLE = re.compile(r"^a[lnrsdtzḑţş]h? ")


def _fold(name: str) -> str:
    """A subdivision's name as news spells it: diacritics and apostrophe-like marks dropped ("Kunaṟ"
    -> "kunar", "Karbalā’" -> "karbala"), a bracketed note cut ("... [city]")."""
    name = name.split("[")[0]
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return norm(re.sub(r"[ʻʼ’‘'`]", "", plain))


@lru_cache(maxsize=1)
def _subdivisions() -> tuple[dict[str, str], dict[tuple[str, str], set[str]]]:
    """ISO 3166-2 first-level subdivisions (pycountry): (name -> ISO3 for names only one country's
    subdivisions bear, (name, type) -> ISO3s). A name the data files already hold (a country,
    capital, city or region: "Georgia", "Victoria") or a gazetteer city of another country is left
    out of both: the data files decide."""
    known = load_lexicon().phrases
    gazetteer = _gazetteer()
    owners: dict[str, set[str]] = {}
    typed: dict[tuple[str, str], set[str]] = {}
    for s in pycountry.subdivisions:
        iso3 = pycountry.countries.get(alpha_2=s.country_code).alpha_3
        folded = _fold(s.name)
        for key in {folded, _ARTICLE.sub("", folded)}:
            owners.setdefault(key, set()).add(iso3)  # every level counts against uniqueness
            if s.parent_code is None:
                typed.setdefault((key, s.type.lower()), set()).add(iso3)

    def decided(name: str, isos: set[str]) -> bool:  # the data files know it, or a city elsewhere bears it
        return name in known or gazetteer.get(name) not in (None, *isos)

    first = {k for k, _ in typed}
    common = _common_words(known)
    unique = {key: next(iter(isos)) for key, isos in owners.items() if len(isos) == 1 and key in first
              and key not in common and len(key) > 3 and not decided(key, isos)}
    return unique, {k: isos for k, isos in typed.items() if not decided(k[0], isos)}


def _common_words(known: dict[str, Entry]) -> frozenset[str]:
    """English words a one-word subdivision name may be ("Gulf", "Coast", "West", "Falcon"): the words
    of agent nouns and place features (place_features.tsv). `_subdivisions` also leaves out names of
    three letters or less ("Bar", "Van", "Mon"), which only their type word makes places."""
    words = {w for key, e in known.items() if e.kind == "agent" for w in key.split()}
    words |= {norm(word) for _, (word,) in read_rows("place_features.tsv", 1)}
    return frozenset(words)


@lru_cache(maxsize=1)
def _subdivision_types() -> dict[str, frozenset[str]]:
    return {word: frozenset(t.lower() for t in types.split("|"))
            for _, (word, types) in read_rows("subdivision_types.tsv", 2)}


def subdivision_word(word: str) -> bool:
    """Whether a word names a kind of subdivision ("state", "Province", "governorate")."""
    return word.lower() in _subdivision_types()


@lru_cache(maxsize=1)
def _state_named_subdivisions() -> dict[tuple[str, str], set[str]]:
    """(name, type) -> ISO3s of the first-level subdivisions that bear a state's own name (Nigeria's
    "Niger" State, the US state of "Georgia"), which `_subdivisions` leaves to the data files."""
    known = load_lexicon().phrases
    out: dict[tuple[str, str], set[str]] = {}
    for s in pycountry.subdivisions:
        folded = _fold(s.name)
        entry = known.get(folded)
        if s.parent_code is None and entry is not None and entry.kind == "country":
            iso3 = pycountry.countries.get(alpha_2=s.country_code).alpha_3
            if iso3 != entry.country:
                out.setdefault((folded, s.type.lower()), set()).add(iso3)
    return out


def named_subdivision_country(name: str, kind: str) -> str | None:
    """The country of a subdivision that bears another state's name, written with its word of
    subdivision ("Niger State", "Nigeria's Niger state": Nigeria's, not Niger); None otherwise."""
    types = _subdivision_types().get(kind.lower(), frozenset())
    isos = set().union(*(_state_named_subdivisions().get((_fold(name), t), set()) for t in types))
    return next(iter(isos)) if len(isos) == 1 else None


def subdivision_country(name: str, kind: str | None = None) -> str | None:
    """The country of a province or state the text names without its country ("Gunmen attacked a
    village in Kunar province"), from pycountry's ISO 3166-2 first-level subdivisions. Without
    `kind` only a name one country's subdivisions bear; with the word that followed the name
    (`kind`: "state", "province") any name whose subdivision of an agreeing type is one country's.
    Only for text the tagger reads as a place, like `gazetteer_country`."""
    unique, typed = _subdivisions()
    key = _fold(name)
    if kind is None:
        return unique.get(key)
    types = _subdivision_types().get(kind.lower(), frozenset())
    isos = set().union(*(typed.get((key, t), set()) for t in types))
    return next(iter(isos)) if len(isos) == 1 else None
