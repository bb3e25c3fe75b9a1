"""Read the header lines printed above a story: date lines, bylines, agency datelines.

"Anadolu Agency December 09, 2022", "By Jane Doe, Reuters | 3 March 2021", "Published: Friday, Dec. 9,
2022", "WASHINGTON (AP) —". The words these lines use are in `data/header.yaml`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from sitrep.clean.dates import find_date, month_day, relative_date

if TYPE_CHECKING:  # the actors stage runs after this one: its lexicon is imported lazily
    from sitrep.actors.lexicon import Entry

_PIECE_SPLIT = re.compile(r"\s*(?:[|·•]|(?<![A-Z])/|/(?![A-Z])|\s[-–—]\s|,)\s*")
"""Where a header line's pieces part; a slash between capitals joins a name ("RFE/RL")."""
_WORD = re.compile(r"[^\s]+")
# PLACE[, REGION or DATE] (AGENCY) — : a place of up to four capitalised words, an agency name without
# hyphens (a channel's number may open it: "ISLAMABAD (92 News) –").
# The dateline patterns are matched with `.match(text, pos)` at a line's start (`_dateline_at`): no "^".
_DATELINE_HEAD = (r"(?P<name>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}(?:,\s*[A-Z][\w.'’\- ]{1,30})?)"
                  r"\s*\((?P<agency>(?:[A-Z]|\d+ [A-Z])[\w&.' ]{1,30})\)")
_DATELINE = re.compile(_DATELINE_HEAD + r"\s*[—–_-]{1,2}\s")
"""The dash may be an underscore: the AP's wire copy of the 1990s prints "WASHINGTON (AP) _ The ..."."""
_GLUED_DATELINE = re.compile(_DATELINE_HEAD + r"[ \t]+(?=[A-Z0-9\"“‘])")
"""A dateline run into its story with no dash, as snippets and some wires print it: "Khartoum, Jun 15 (UNI) A
feared unit ...", "Kabul (Pajhwok) Two would-be ...". Prose opens the same way ("Human Rights Watch (HRW)
Director ..."): `_glued_dateline` tells them apart."""
_DAY_OF_MONTH = re.compile(r"\b[A-Z][a-z]{2,8}\.? \d{1,2}$")
_HOSTED_AGENCY = re.compile(r"^[\w-]+\.\s?[a-z]{2,4}$", re.I)
MAX_META_WORDS = 20
ORGANISATION_MAX_WORDS = 5
ROLE_MAX_WORDS = 4
BYLINE_OUTLET_WORDS = 2
"""An outlet glued to a byline's name has two words or more ("By Jane Doe BBC News"): "By European Space
Agency" is one agency's name."""
ARTICLES = frozenset({"The", "A", "An"})


@dataclass(slots=True)
class HeaderFacts:
    """What a header line says about its story."""

    published: str | None = None
    updated: str | None = None
    publisher: str | None = None
    author: str | None = None

    def merge(self, other: HeaderFacts) -> None:
        """Fill the fields still empty from `other` (the first line to say a thing wins)."""
        for name in ("published", "updated", "publisher", "author"):
            if getattr(self, name) is None:
                setattr(self, name, getattr(other, name))


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    date_label: re.Pattern[str]
    update_label: re.Pattern[str]
    connectors: frozenset[str]
    time: re.Pattern[str]
    organisation_words: frozenset[str]
    particles: frozenset[str]
    roles: frozenset[str]
    inner_label: re.Pattern[str]
    """A date label inside a byline's name ("Umair Irfan Updated"): what follows is about the date."""
    date_prepositions: re.Pattern[str]
    legal_suffixes: frozenset[str]
    credentials: frozenset[str]
    labelled_piece: re.Pattern[str]
    """"Source: Xinhua", "Editor: huaxia": a credit's label and the name it gives."""
    bio_verbs: str
    """The verbs of a note on the author, as one regex alternation."""
    profile_link: re.Pattern[str]
    """A link to the author's page closing a byline, glued or not ("Jose AltoverosView More Articles")."""
    wire_agencies: frozenset[str]
    update_before: re.Pattern[str]
    """An update's label right before the date it labels, inside a date line."""
    author_label: re.Pattern[str]
    """An author's label opening a byline, with or without its colon ("Author Jane Doe", "Reporter: Jane
    Doe"): the line reads as "By Jane Doe"."""
    section_words: frozenset[str]
    date_before: re.Pattern[str]
    """A publication date's label right before the date it labels ("... | Created: 29-03-2022")."""
    inner_credit: re.Pattern[str]
    """A credit's label inside a date line's piece, with no bar before it ("Xinhua Editor: Jane Doe"): the
    piece parts there, so that the agency before the label is read apart from the credit."""


@cache
def _vocabulary() -> _Vocabulary:
    data = yaml.safe_load(resources.files("sitrep.clean").joinpath("data/header.yaml").read_text("utf-8"))

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    def label(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"^(?:" + alternatives(words) + r")\b\s*(?:on|at)?\s*[:\-–—]?\s*", re.I)

    zones = "|".join(re.escape(z) for z in data["time_zones"])
    # "10:28am EST", "20:09 IST", "01:19 hrs" (Indian sites write a 24-hour clock with "hrs")
    clock = (r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*(?:[ap]\.?m\.?|hrs\b))?(?:\s*(?:" + zones
             + r")(?:\s*[+-]\s*\d{1,2}(?::\d\d)?)?)?\b")
    # a zone alone, with its offset ("(UTC+04:00)", Trend)
    offset = r"(?:\s*[+-]\s*\d{1,2}(?::\d\d)?\b)?"
    time = re.compile(clock + r"|\b(?:" + zones + r")\b" + offset + r"|\b[ap]\.?m\.?\b", re.I)
    prepositions = alternatives(data["date_prepositions"])
    return _Vocabulary(
        label(data["date_labels"]), label(data["update_labels"]),
        frozenset(w.lower() for w in data["name_connectors"]), time,
        frozenset(w.lower() for w in data["organisation_words"]), frozenset(data["name_particles"]),
        frozenset(w.lower() for w in data["author_roles"]),
        re.compile(r"\s+(?:" + alternatives(data["date_labels"] + data["update_labels"]) + r")\b.*$", re.I),
        re.compile(rf"^(?:{prepositions})\b\s*|\s+(?:{prepositions})$|^(?:{prepositions})$", re.I),
        frozenset(w.lower() for w in data["legal_suffixes"]),
        frozenset(w.lower() for w in data["credentials"]),
        re.compile(r"^(?:(?P<source>" + alternatives(data["source_labels"]) + r")|(?P<author>"
                   + alternatives(data["author_labels"]) + r")|(?P<other>"
                   + alternatives(data["other_credit_labels"]) + r"))\s*:\s*(?P<name>.+)$", re.I),
        alternatives(data["bio_verbs"]),
        re.compile(r"(?<=[a-z.])\s*(?:" + alternatives(data["profile_links"]) + r")$", re.I),
        frozenset(w.lower() for w in data["wire_agencies"]),
        re.compile(r"(?:^|[\s|·•/,])(?:" + alternatives(data["update_labels"])
                   + r")\s*(?:on|at)?\s*[:\-–—]?\s*$", re.I),
        re.compile(r"^(?:" + alternatives(data["author_labels"]) + r")s?\s*:?\s+(?=(?-i:[A-Z]))", re.I),
        frozenset(w.lower() for w in data["section_words"]),
        re.compile(r"(?:^|[\s|·•/,])(?:" + alternatives(data["date_labels"])
                   + r")\s*(?:on|at)?\s*[:\-–—]?\s*$", re.I),
        re.compile(r"(?<=\w)\s+(?=(?:" + alternatives(data["source_labels"] + data["author_labels"]
                                                   + data["other_credit_labels"]) + r")\s*:)", re.I))


_BY_LABEL = re.compile(r"^(?:(?:posted|written|words|story|reported|curated)\s+)?by\s*:?$", re.I)
LABEL_MAX_WORDS = 3


def label_line(line: str) -> str | None:
    """What a line holding only a label announces for the next line ("By", "Author:", "Publish date:"):
    "by" for a byline's name, "date" for a date; None for any other line.

    Pages lay a header out as a table of label and value ("Author:" / "Jane Doe" / "Publish date:" /
    "Oct 4, 2018"), which a scraper prints one cell a line."""
    line = line.strip()
    if len(line.split()) > LABEL_MAX_WORDS:
        return None
    if _BY_LABEL.match(line):
        return "by"
    bare = line.rstrip(" :")
    if bare == line:
        return None  # "Author:" and "Published:" end with their colon; a lone "Published" is a heading
    vocabulary = _vocabulary()
    credit = vocabulary.labelled_piece.match(f"{bare}: -")
    if credit is not None and credit.group("author"):
        return "by"
    for label in (vocabulary.date_label, vocabulary.update_label):
        if (match := label.match(bare)) and match.end() == len(bare):
            return "date"
    return None


def bare_label(line: str) -> str | None:
    """What a label printed alone without its colon announces ("Author", "Published", "Updated"): "by",
    "date" or None. Such a word is often a heading, so its next line must hold only a name or a date for
    the two to be read as one (`sitrep.clean.text.joined_labels`)."""
    line = line.strip()
    if len(line.split()) > LABEL_MAX_WORDS or line.endswith(":"):
        return None
    vocabulary = _vocabulary()
    if vocabulary.author_label.match(line + " A"):
        return "by"
    for label in (vocabulary.date_label, vocabulary.update_label):
        if (match := label.match(line)) and match.end() == len(line):
            return "date"
    return None


_GLUED_LABEL = re.compile(r"(?<=[A-Za-z0-9])(?=(?:Updated|Published|Posted|Modified)\b)")
"""A date label a page glues to the clock or zone before it ("4:29 AM ESTUpdated an hour ago")."""
_GLUED_CLOCK = re.compile(r"(?<=\b\d\d[:.]\d\d)(?=[A-Z][a-z])")
"""A name a page glues to the clock before it ("2015-05-18 08:37Xinhua Editor: Jane Doe"): the clock ends
where the capital starts."""
_HANDLE = re.compile(r"^(?P<name>[A-Z][^@|/\d(]{2,60}?)\s*\(?@\w{2,}")
"""A byline's name over its handle, bracketed or not ("Fahad Shabbir (@FahadShabbir) 4 minutes ago ...")."""
"""A name with the author's social media handle ("Natasha Turak@NatashaTurak", "Catherine Shu @cshu")."""
_BYLINE_START = re.compile(r"^(?:(?:posted|written|reported|curated)\s+)?by:?\s+", re.I)
"""A byline's opening: "By Jane Doe", "BY: Jane Doe", "Posted by Jane Doe", "Written by Jane Doe"."""
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_AND = re.compile(r"\band\b|&")


_CAPS_DATELINE = re.compile(r"(?:^|(?<=[\s|]))[A-Z][A-Z.'’ -]{1,30}:\s*$")
"""A place in capitals closing a date line with a colon: the dateline of the story under it, as Indian
papers print it ("TNN Nov 12, 2011, 05.51AM IST MUMBAI:"), no outlet."""


_SIZE_WIDGET = re.compile(r"\s+(?:adjust |change )?(?:font|text) size\s*:?\s*(?:[aA][+-]?\s*){0,4}$", re.I)
"""The text-size widget printed at the end of a date line ("Xinhua, September 6, 2016 Adjust font size:")."""


def parse_header_line(line: str) -> HeaderFacts | None:
    """The facts a date line or byline gives, or None when the line is not one."""
    line = line.strip()
    if not line or len(line.split()) > MAX_META_WORDS:
        return None
    vocabulary = _vocabulary()
    line = vocabulary.author_label.sub("By ", line, count=1)  # "Author Jane Doe" is "By Jane Doe"
    line = _GLUED_LABEL.sub(" | ", line)  # "4:29 AM ESTUpdated an hour ago"
    line = vocabulary.inner_credit.sub(" | ", _GLUED_CLOCK.sub(" ", line))  # "08:37Xinhua Editor: Jane Doe"
    line = _SIZE_WIDGET.sub("", line).strip() or line  # "Xinhua, September 6, 2016 Adjust font size:"
    found = find_date(line)
    handle = _HANDLE.match(line)
    link = vocabulary.profile_link.search(line) if handle is None else None
    name = handle.group("name") if handle else line[: link.start()] if link else ""
    name = re.sub(r"^by:?\s+", "", name.strip(), flags=re.I)
    if name and _is_person(name, vocabulary):
        return HeaderFacts(published=found.iso if found else None, author=name)
    byline = _BYLINE_START.match(line)
    if found is None and byline is None:
        return None
    date = found.iso if found else None
    rest = (line[: found.start] + " | " + line[found.end:]) if found else line
    created = None  # "Reuters | Updated: 29-03-2022 21:10 IST | Created: 29-03-2022 20:55 IST"
    while (again := find_date(rest)) is not None:  # "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m."
        if created is None and vocabulary.date_before.search(rest[: again.start]):
            created = again.iso
        rest = rest[: again.start] + " | " + rest[again.end:]
    rest = _EMPTY_BRACKETS.sub(" ", vocabulary.time.sub(" ", rest))  # "04:05 pm PT (07:05 pm ET)"
    if found is not None and (place := _CAPS_DATELINE.search(rest)) and rest[: place.start()].strip(" |"):
        rest = rest[: place.start()]  # "TNN Nov 12, 2011, 05.51AM IST MUMBAI:": the story's dateline
    facts = HeaderFacts()
    if label := vocabulary.update_label.match(rest):
        facts.updated, rest = date, rest[label.end():]
    elif label := vocabulary.date_label.match(rest):
        facts.published, rest = date, rest[label.end():]
    elif found is not None and vocabulary.update_before.search(line[: found.start]):
        facts.updated = date  # "World News | Press Trust of India | Updated: Dec 09, 2022"
    else:
        facts.published = date
    if created and facts.published is None:  # the story's creation date after its update's
        facts.published = created
    rest = rest.strip(" |·•/,-–—")
    byline = _BYLINE_START.match(rest)
    if byline:
        rest = rest[byline.end():]
    pieces = [_trimmed(p, vocabulary) for p in _PIECE_SPLIT.split(rest)]
    pieces = [p for p in pieces if p and not vocabulary.update_label.match(p)
              and not vocabulary.date_label.match(p + " ") and not _is_section(p, vocabulary)
              and p.replace(".", "").lower() not in vocabulary.credentials  # "Rachael Link, MS, RD"
              and not _furniture_piece(p) and p.lower() not in _foreign_weekdays()  # "Jumat, 3 Mei 2019"
              and p.lower() not in _CALENDAR_WORDS]  # "Last" of "| Last Updated: 20th May 2022"
    if byline:
        parts = [part for piece in pieces for part in _with_agency(piece, vocabulary)]
        parts[:1] = _glued_outlet(parts[0], vocabulary) if parts else []  # the name right after "By"
        names = _leading_names(parts, vocabulary)
        if (len(names) > 1 and not _AND.search(names[-1]) and not _is_person(names[-1], vocabulary)
                and (len(names[-1].split()) > 1 or _is_organisation(names[-1], vocabulary))):
            facts.publisher = names.pop()  # "By Jane Doe, Reuters"; not "By Jane Doe - Staff Writer Health"
        if names and ((all(_is_organisation(name, vocabulary) for name in names) and facts.publisher is None)
                      or (len(names) == 1 and facts.publisher and not _are_people(names[0], vocabulary))):
            # "by European Space Agency", "By Reuters": an agency's credit; "By Euronews with AFP": the
            # outlet, which the agency helped; "By Jane Doe and John Roe, Reuters" names two people
            facts.publisher, names = names[0], []
        facts.author = ", ".join(names) or None
        return facts if facts.author or facts.publisher else None
    pieces = _unlabelled(pieces, facts, vocabulary)
    # "Staff Writer" after a name is its job title, no outlet; "Meg JamesStaff Writer" keeps the name
    pieces = [name for piece in pieces if (name := _without_role(piece, vocabulary.roles)) is not None]
    if not all(_is_name(p, vocabulary.connectors) for p in pieces):
        return None
    if len(pieces) > 2:
        return None
    if len(pieces) == 2 and _is_organisation(pieces[0], vocabulary) and not _is_organisation(
            pieces[1], vocabulary):
        facts.publisher = pieces[0]  # "Reuters, Washington, Nov 20 2019": the agency and where it filed from
    elif len(pieces) == 2 and is_place(pieces[0]):
        facts.publisher = pieces[1]  # "New Delhi, News Nation Bureau": where the outlet filed from
    elif len(pieces) == 2:  # "Jane Doe | Reuters"; "World News | Press Trust of India" names no author
        facts.author = None if _is_organisation(pieces[0], vocabulary) else pieces[0]
        facts.publisher = pieces[1]
    elif pieces and is_place(pieces[0]):
        pass  # "September 22, 2020 | Updated ... IST - New Delhi": where the story was filed, no author
    elif pieces and _is_person(pieces[0], vocabulary):
        facts.author = pieces[0]  # "Chris Davies - Nov 19, 2019"
    elif pieces and not _calendar_word(pieces[0]) and not is_place(pieces[0]):  # "WASHINGTON, Dec 9, 2022"
        facts.publisher = _before_trailing_place(pieces[0], vocabulary)  # "Anadolu Agency December 09, 2022",
        # "LinkNaija October 06, 2018", "Xinhua Beijing, May 3, 2019" (the agency, not where it filed from)
    return facts


_EMPTY_BRACKETS = re.compile(r"\(\s*\)")
_READING_TIME = re.compile(r"^[<~]?\s*\d{1,3}\s*(?:min|mins|minutes?)(?:\s+read)?$", re.I)


def _furniture_piece(piece: str) -> bool:
    """A piece of a date line that is the page's furniture, no name: a relative time, a reading time, a
    comment link ("May 16, 2022 • 21 minutes ago • < 1 minute read • Join the conversation")."""
    from sitrep.clean.boilerplate import boilerplate_kind  # imported late, as outlet.py is

    return relative_date(piece) or bool(_READING_TIME.match(piece)) or boilerplate_kind(piece) is not None
"""What a second clock in brackets leaves once times are taken out ("04:05 pm PT (07:05 pm ET)")."""
_SECTION_JOINERS = frozenset({"and", "&", "of", "the", "in"})


def is_section(piece: str) -> bool:
    """Whether a name is a section's or topic's label ("World", "Middle East"), no outlet's."""
    return _is_section(piece, _vocabulary())


def _is_section(piece: str, vocabulary: _Vocabulary) -> bool:
    """A section's or topic's label printed on a date line ("Politics", "World News", "Middle East", "Peace
    and Security"): every word a section's word, also where a menu glued two labels ("IndiaLatest
    Stories")."""
    words = [w.strip(".,:;'’()").lower() for w in _CAMEL.sub(" ", piece).split()]  # "IndiaLatest Stories"
    words = [w for w in words if w and w not in _SECTION_JOINERS]
    return bool(words) and all(w in vocabulary.section_words for w in words)


_EMBEDDED_POST = re.compile(r"[—–-]\s*[^()—–]{1,60}\(@\w{1,20}\)\s*[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}$")


def embedded_post(line: str) -> bool:
    """Whether a line is a post a page embeds from a social network, closed by its signature ("...
    pic.twitter.com/AbC123 — Jane Doe (@janedoe) May 4, 2023"). A scraped page prints the post as a
    paragraph of its own, which repeats or foreshadows what the story tells in its writer's first person,
    without the story's attribution. (An HTML page's embed is an element of its own, which the benchmark's
    articles keep: only the text path drops it.)"""
    return bool(_EMBEDDED_POST.search(line.strip()))


_CRUMB_SPLIT = re.compile(r"\s*[/|›»>]\s*")
MASTHEAD_MAX_WORDS = 6


def masthead_line(line: str) -> bool:
    """A site's name and section printed over its headline, no headline: pieces parted by a slash or bar
    that are each a host, an outlet's name or a section's label ("TODAY.AZ / Politics", "Reuters | World"),
    or a short line whose every word is a section's or an outlet's word ("News AFP News AFP")."""
    if len(line.split()) > MASTHEAD_MAX_WORDS:
        return False
    vocabulary = _vocabulary()
    pieces = [p for p in _CRUMB_SPLIT.split(line.strip()) if p]
    if len(pieces) > 1 and all(_BARE_HOST.match(p) or _is_section(p, vocabulary) or organisation_name(p)
                               for p in pieces):
        return True
    words = [w.strip(".,:;'’()").lower() for w in line.split()]
    return len(words) > 1 and all(w in vocabulary.section_words or w in vocabulary.organisation_words
                                  for w in words) and any(w in vocabulary.organisation_words for w in words)


@cache
def _headline_labels() -> frozenset[str]:
    data = yaml.safe_load(resources.files("sitrep.clean").joinpath("data/header.yaml").read_text("utf-8"))
    return frozenset(w.lower() for w in data["headline_labels"])


def headline_label(words: str) -> bool:
    """Whether the words before a headline's colon are the desk's tag on the story ("FLASH", "BREAKING
    NEWS", "Watch"), which speaks no claim and names no place: the story after it is told by the outlet."""
    return " ".join(words.strip(" -–—:|").lower().split()) in _headline_labels()


_CALENDAR_WORDS = frozenset(w.lower() for w in [
    *calendar.day_name, *calendar.day_abbr, *calendar.month_name[1:], *calendar.month_abbr[1:],
    "last", "latest", "today", "yesterday"])
_ZONE_LIKE = re.compile(r"^[A-Z]{2,4}$")


@cache
def unfinished_ends() -> tuple[frozenset[str], frozenset[str]]:
    """Words no sentence ends with: those no line ends with, and those a heading or caption may end with
    (`unfinished_ends` and `open_ends` in data/header.yaml)."""
    data = yaml.safe_load(resources.files("sitrep.clean").joinpath("data/header.yaml").read_text("utf-8"))
    return frozenset(data["unfinished_ends"]), frozenset(data["open_ends"])


@cache
def _foreign_weekdays() -> frozenset[str]:
    data = yaml.safe_load(resources.files("sitrep.clean").joinpath("data/header.yaml").read_text("utf-8"))
    return frozenset(w.lower() for w in data["foreign_weekdays"])


def _calendar_word(piece: str) -> bool:
    """A lone word a date line leaves over that names no outlet: a weekday (in English or in the language of
    the page's date line: "Sabtu, 12 Januari 2019"), a month, "Last" (of "Last modified"), a time zone
    ("AMT") that is no agency's initials."""
    if len(piece.split()) > 1:
        return False
    word = piece.lower()
    return word in _CALENDAR_WORDS or word in _foreign_weekdays() or (
        bool(_ZONE_LIKE.match(piece)) and not _is_organisation(piece, _vocabulary()))


def _unlabelled(pieces: list[str], facts: HeaderFacts, vocabulary: _Vocabulary) -> list[str]:
    """The pieces without a label; "Source: Xinhua" gives the publisher, "Editor: huaxia" nothing."""
    rest: list[str] = []
    for piece in pieces:
        labelled = vocabulary.labelled_piece.match(piece)
        if labelled is None:
            rest.append(piece)
        elif labelled.group("source"):
            facts.publisher = facts.publisher or labelled.group("name").strip()
        elif labelled.group("author"):
            facts.author = facts.author or labelled.group("name").strip()
    return rest


SOURCE_NAME_WORDS = 4


def source_label(line: str) -> str | None:
    """The outlet a line labels as the story's source on its own ("Source: SBS", "Agency: Xinhua"), else
    None: a short capitalised name after the label, nothing more ("Source: REUTERS/Jane Doe/Pool" credits
    a photo)."""
    labelled = _vocabulary().labelled_piece.match(line.strip())
    if labelled is None or not labelled.group("source"):
        return None
    name = labelled.group("name").strip(" .")  # a photo's credit names its photographer after a slash
    return name if _SOURCE_NAME.match(name) and len(name.split()) <= SOURCE_NAME_WORDS else None


_SOURCE_NAME = re.compile(r"^[A-Z][\w.&'’ -]*$")


_WITH = re.compile(r"\s+(?:and|with)\s+(?=\S+$)")


def _with_agency(piece: str, vocabulary: _Vocabulary) -> list[str]:
    """A byline's piece split where it names an agency after "and" or "with" ("Jane Doe and AFP",
    "Euronews with AFP"); two people ("Jane Doe and John Roe") stay one piece."""
    parts = _WITH.split(piece, maxsplit=1)
    if len(parts) == 2 and _is_organisation(parts[1], vocabulary) and not _is_person(parts[1], vocabulary):
        return parts
    return [piece]


def _glued_outlet(piece: str, vocabulary: _Vocabulary) -> list[str]:
    """A byline's piece split where an outlet follows the name without a comma ("By Jane Doe BBC News,
    Washington"); a staff's credit stays whole ("By Practical Horseman Editorial Staff")."""
    from sitrep.clean.outlet import staff_credit  # outlet.py reads this module's names; imported late

    parts = _person_then_outlet(piece, vocabulary, BYLINE_OUTLET_WORDS)
    return [piece] if len(parts) == 2 and staff_credit(parts[1]) else parts


def _trimmed(piece: str, vocabulary: _Vocabulary) -> str:
    """A piece of a header line without its punctuation, a trailing date label or a date's preposition, or
    a bracket the page lost the other half of ("Xinhua) 09:22, May 25, 2023" for "(Xinhua) 09:22, ...")."""
    piece = vocabulary.inner_label.sub("", piece.strip(" .:;"))  # a dash left of a date's label goes too:
    piece = vocabulary.date_prepositions.sub("", piece).strip(" .:;-–—")  # "02.11.2019 - Update : 03.11.2019"
    if len(piece) > 1 and piece.endswith(")") and "(" not in piece:  # a lone bracket stays: a dated caption
        piece = piece[:-1].strip()  # in brackets is no date line ("(Published Monday, Nov. 18, 2019)")
    if len(piece) > 1 and piece.startswith("(") and ")" not in piece:
        piece = piece[1:].strip()
    return piece


def _leading_names(pieces: list[str], vocabulary: _Vocabulary) -> list[str]:
    """The names a byline opens with, up to the first piece that is none (a topic, a reading time)."""
    names: list[str] = []
    for piece in pieces:
        name = _without_role(piece, vocabulary.roles)
        if name is None:
            continue  # "AP Auto Writer": a job title, no name
        if not _is_name(name, vocabulary.connectors):
            break
        if names and len(name.split()) == 1 and not _is_organisation(name, vocabulary):
            break  # "By Tim Childers - Live Science Contributor <date> Space": a section, no second writer
        if is_place(name):
            break  # "By Jane Doe, New Delhi", "By HT Correspondent, New Delhi": where it was filed from
        names.append(name)
    return names


def _without_role(piece: str, roles: frozenset[str]) -> str | None:
    """A name without the job title after it; None when the piece is only a job title.

    Pages that glue the title to the name ("Meg JamesStaff Writer") split at the last lower-to-upper
    case change."""
    words = piece.split()
    if not words or words[-1].lower() not in roles:
        return piece
    glued = list(_CAMEL.finditer(piece))
    return piece[: glued[-1].start()].strip() or None if glued else None


def agency_byline(line: str) -> str | None:
    """The agency a byline printed without "By" credits before the place it filed from ("Reuters,
    Washington,"); None for any other line."""
    pieces = [p.strip(" .") for p in line.strip().split(",") if p.strip(" .")]
    vocabulary = _vocabulary()
    if len(pieces) != 2 or not _is_name(pieces[0], vocabulary.connectors):
        return None
    agency = organisation_name(pieces[0])
    return agency if agency and not any(_is_organisation(p, vocabulary) for p in pieces[1:]) else None


def bare_byline(line: str) -> str | None:
    """The author of a byline printed without "By": "Debbie White", "Robert Burns, AP National Security
    Writer", "Charlie Wood, Business Insider"; None for any other line."""
    facts = bare_byline_facts(line)
    return facts.author if facts else None


def bare_byline_facts(line: str) -> HeaderFacts | None:
    """Author and outlet of a byline printed without "By" ("Charlie Wood, Business Insider", "Meg
    Kinnard and Errin Haines, Associated Press"); None for any other line."""
    vocabulary = _vocabulary()
    line = vocabulary.profile_link.sub("", _GLUED_BY.sub("", line.strip()))
    pieces = [p.strip(" .") for p in _BYLINE_PIECES.split(line)]
    pieces[0] = _PLACE.sub("", pieces[0])  # "Jane Doe in Washington": where the reporter filed from
    if len(pieces) == 1 and not _is_person(pieces[0], vocabulary):
        pieces = _person_then_outlet(pieces[0], vocabulary)
    if (len(pieces) > 3 or not _are_people(pieces[0], vocabulary) or _group_tag(pieces[0])
            or _is_section(pieces[0], vocabulary)):  # "Main Stories", "Top Stories": a section's label
        return None
    rest = pieces[1:]
    if not all(_without_role(p, vocabulary.roles) is None or _outlet_like(p, vocabulary) for p in rest):
        return None
    outlet = next((p for p in rest if _without_role(p, vocabulary.roles) is not None
                   and _is_name(p, vocabulary.connectors)), None)  # "Business Insider", no "AP Writer"
    return HeaderFacts(author=pieces[0], publisher=outlet)


def _group_tag(name: str) -> bool:
    """Whether two capitalised words a page prints under its headline are a tag on the story, no person
    ("US Troops", "Afghan Forces"): a state's code in capitals opens it, or a people's name opens it and a
    group's noun in the plural closes it (the actor vocabulary's agents; "Steve Peoples" and "German Lopez"
    are people)."""
    words = name.split()
    if words[0].isupper() and len(words[0]) > 1 and is_place(words[0]):
        return True
    entry = actor_entry(words[-1])
    return (_is_demonym(words[0]) and words[-1].endswith("s") and entry is not None
            and entry.kind == "agent")


_BYLINE_PIECES = re.compile(r",|\s\|\s")
"""A bare byline's name, job title and outlet: "Jane Doe, Staff Writer", "Jane Doe | The Republic"."""
_BARE_HOST = re.compile(r"^[\w-]+(?:\.[a-z]{2,6})+$", re.I)


def _outlet_like(piece: str, vocabulary: _Vocabulary) -> bool:
    """A piece after a byline's name that names an outlet: an organisation's name, a title with an article
    ("The Republic": a person's name has none) or a host name ("azcentral.com")."""
    words = piece.split()
    return (_is_organisation(piece, vocabulary) or bool(_BARE_HOST.match(piece))
            or (len(words) > 1 and words[0] in ARTICLES and _is_name(piece, vocabulary.connectors)))


def _are_people(names: str, vocabulary: _Vocabulary) -> bool:
    """One person's name, or two joined by "and" ("Meg Kinnard and Errin Haines")."""
    people = _AND.split(names)
    return len(people) <= 2 and all(_is_person(name.strip(), vocabulary) for name in people)


def is_role(line: str) -> bool:
    """A line holding only a job title: "Contributing Writer", "Opinion Columnist", "Staff Writer"."""
    words = line.split()
    return 1 <= len(words) <= ROLE_MAX_WORDS and _without_role(line, _vocabulary().roles) is None


_GLUED_BY = re.compile(r"^By(?=[A-Z][a-z])")
"""A byline whose "By" a page glued to the name ("ByJamelle Bouie")."""


def _person_then_outlet(line: str, vocabulary: _Vocabulary, outlet_words: int = 1) -> list[str]:
    """A name and the outlet of `outlet_words` words or more printed after it without a comma: "Tom Davies
    Associated Press", "Elliot Brownstein Florida Today"; the line unsplit when it is no such pair, or when
    the "name" is a place's ("New Delhi Times" is an outlet named after its city)."""
    words = line.split()
    for cut in (2, 3):
        name, outlet = " ".join(words[:cut]), " ".join(words[cut:])
        if (len(words) - cut >= outlet_words and _is_person(name, vocabulary) and not is_place(name)
                and _is_organisation(outlet, vocabulary) and _is_name(outlet, vocabulary.connectors)):
            return [name, outlet]
    return [line]


NOTE_MAX_WORDS = 80
GIVEN_NAME_MIN_LETTERS = 3


def author_note(paragraph: str, author: str | None) -> bool:
    """Whether a paragraph is the note on the story's author printed under it: it opens with the byline's
    name, or its given name, and a verb of a biography ("Emiliano joined pv magazine in March 2017. He
    has been reporting on solar ...", "Pamela Wilson is an online educator, author, ..."), or it is the
    name alone (the heading of the author's box: "Emiliano Bellini" under a pv magazine story)."""
    if not author or len(paragraph.split()) > NOTE_MAX_WORDS:
        return False
    name = re.split(r",|\band\b|&", author, maxsplit=1)[0].strip()
    if name and paragraph.strip(" .").lower() == name.lower():
        return True
    names = [re.escape(name)]
    given = name.split()[0] if name.split() else ""
    if len(name.split()) > 1 and len(given) >= GIVEN_NAME_MIN_LETTERS and given.isalpha():
        names.append(re.escape(given))
    note = re.compile(rf"^(?:{'|'.join(names)})(?:\s*\([^()]{{1,60}}\))?,?\s+(?:{_vocabulary().bio_verbs})\b")
    return bool(note.match(paragraph.strip()))


PLACE_KINDS = frozenset({"capital", "city", "country"})
TOWN_KINDS = frozenset({"capital", "city"})


def is_place(name: str, kinds: frozenset[str] = PLACE_KINDS) -> bool:
    """Whether a header line's name is a place (a dateline's "New Delhi"), not a person's or an outlet's.

    The place names are the actor vocabulary's countries, capitals, cities and regions (`kinds` of them)."""
    entry = actor_entry(name)
    return entry is not None and entry.kind in kinds


def actor_entry(name: str) -> Entry | None:
    """The actor vocabulary's entry for a name (a place, a people, an agent, a body), or None. The clean
    stage runs before the actors stage and reaches its lexicon only here, lazily: it is loaded once."""
    from sitrep.actors.lexicon import load_lexicon, norm

    return load_lexicon().phrases.get(norm(name))


def is_known_name(name: str) -> bool:
    """Whether the actor vocabulary knows a name, of any kind ("South Dakota", "World Bank")."""
    return actor_entry(name) is not None


def is_person_name(name: str) -> bool:
    """Whether a credited name is a person's (an author) rather than an organisation's (a publisher)."""
    return _is_person(name.strip(), _vocabulary())


def is_organisation(name: str) -> bool:
    """Whether a name holds an organisation's word ("Vox Media", "Reuters") rather than only a place or a
    person's words."""
    return _is_organisation(name, _vocabulary())


def _is_organisation(name: str, vocabulary: _Vocabulary) -> bool:
    """A name holding an organisation's word ("European Space Agency", "Reuters", "Jerusalem Post Staff")."""
    words = [word.strip(".,'’").lower() for word in name.split()]
    return any(word in vocabulary.organisation_words for word in words) or (
        len(words) == 1 and len(words[0]) > len(_NEWS) and words[0].endswith(_NEWS))  # "By Euronews"


_NEWS = "news"
"""An outlet's one-word name ending with this word ("Euronews", "Mediafaxnews") is no person's."""


def _is_person(name: str, vocabulary: _Vocabulary) -> bool:
    """Two to four capitalised words with no organisation's word among them: a person's name."""
    words = name.split()
    if not 2 <= len(words) <= 4 or words[0] == "The":  # "The Arizona Republic": no person has an article
        return False
    if _after_section(name, vocabulary):  # "Politics FP"
        return False
    for word in words:
        bare = word.strip(".,'’").lower()
        if bare in vocabulary.organisation_words:
            return False
        if word in vocabulary.particles:
            continue
        if not (word[0].isupper() and word.replace("-", "").replace("'", "").replace("’", "")
                .replace(".", "").isalpha()):
            return False
    return True


_CREDIT = re.compile(r"^\(?(?:reporting|reported|writing|written)(?: (?:in|from) [A-Z][\w .'’-]{1,40}?)?"
                     r" by\s+(?P<names>[^;)]+)", re.I)
"""A wire story's credit line, where it was reported from between ("(Reporting in Kyiv by Jane Doe; ...")."""
_PLACE = re.compile(r"\s+in\s+[A-Z].*$")
"""Where a reporter filed from ("Jane Doe in London")."""
_NAME_LIST = re.compile(r"\s*(?:,|\band\b)\s*")


def credited_reporter(line: str) -> str | None:
    """The reporters a wire story's credit line names ("Reporting by Rodrigo Campos; editing by ...")."""
    match = _CREDIT.match(line.strip())
    if match is None:
        return None
    names = [_PLACE.sub("", n).strip(" .") for n in _NAME_LIST.split(match.group("names")) if n.strip(" .")]
    people = [n for n in names if _is_person(n, _vocabulary())]
    return ", ".join(people) if people and len(people) == len(names) else None


_SIGN = r"(?:©|ⓒ|\(c\))"
"""The rights sign, also as Korean and Japanese pages print it ("Copyright ⓒ Entermedia.co.kr.")."""
_COPYRIGHT = re.compile(
    r"^(?:copyright\b\s*" + _SIGN + r"?|" + _SIGN + r"(?:\s*copyright\b)?)\s*"
    r"(?:19|20)\d\d(?:\s*[-–—]\s*(?:(?:19|20)\d\d)?)?"
    r"[\s,.]*(?:by\s+)?(?P<owner>[^\s].*)$", re.I)
"""A rights notice with its year: "© 2019 The New York Times Company", "Copyright © 2019, LA Times", "©
Copyright 2024 PTI. All rights reserved."."""
_COPYRIGHT_AFTER = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\s)(?=[©ⓒ]))(?:copyright\s*)?" + _SIGN + r"\s*(?:copyright\s+)?"
    r"(?P<owner>[A-Z][^©ⓒ|]{1,60}?)[\s,]+(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?"
    r"[\s.]*(?:all rights reserved\.?)?$", re.I)
"""A rights notice with its years after the owner, alone or closing a line: "... sites. ©The Anti-June
Cleaver 2011-2019", "Legal Notice Terms and Conditions Privacy Policy © pv magazine 2019"."""
_COPYRIGHT_BARE = re.compile(
    r"^(?:copyright\s*" + _SIGN + r"|" + _SIGN + r"(?=.*\ball rights reserved))\s*(?P<owner>[^\d\s].*)$",
    re.I)
"""A rights notice with no year, told from a photo credit ("© Getty Images") by the word "Copyright"
before the sign or "All rights reserved" after the owner: "Copyright ⓒ Entermedia.co.kr. 무단전재 ..."."""
_PORTION_NOTICE = re.compile(r"^(?P<owner>[A-Z][\w.&'’ -]{1,40}?) website contains only a portion of\b")
"""An agency's note on what its site carries ("Anadolu Agency website contains only a portion of the news
stories offered to subscribers ..."): the agency owns the story."""
_OWNER_END = re.compile(r"\.(?:\s|$)|[,|•(]|\s[-–—]\s|\s+(?:all rights|or its|unless)\b", re.I)
LOWER_OWNER_WORDS = 3
"""How many words a brand spelled in small letters may have ("© pv magazine 2019")."""


def copyright_owner(line: str) -> str | None:
    """Who a page's rights notice names as owner ("© 2019 Al Jazeera Media Network"), or None.

    A brand spelled in small letters ("© pv magazine 2019") counts where its year closes the notice."""
    line = line.strip()
    closing = None
    match = (_COPYRIGHT.match(line) or (closing := _COPYRIGHT_AFTER.search(line))
             or _COPYRIGHT_BARE.match(line) or _PORTION_NOTICE.match(line))
    if match is None:
        return None
    owner = _OWNER_END.split(match.group("owner"), maxsplit=1)[0].split()
    suffixes = _vocabulary().legal_suffixes
    while owner and (owner[-1].strip(".,").lower() in suffixes or owner[-1] in ("&", "and")):
        owner.pop()
    name = " ".join(owner).strip(" .,")
    if name.lower().startswith("all rights"):
        return None  # "© Copyright 2017, All Rights Reserved" names no owner
    lower_brand = (closing is not None and name.islower() and len(owner) <= LOWER_OWNER_WORDS
                   and "rights" not in name)
    after_words = closing is not None and line[:closing.start()].rstrip()[-1:] not in ("", ".", "!", "?")
    if after_words and _is_person(name, _vocabulary()):
        return None  # "Photo © Jane Doe 2019" inside a line credits a photographer
    return name if name and (lower_brand or _is_name(name, _vocabulary().connectors)) else None


_HOST_DATELINE = re.compile(r"(?P<agency>[A-Z][\w-]*\.[A-Za-z]{2,4})\s+[-–—]{1,2}\s+(?=[A-Z\"“])")
"""An outlet's host name opening its story as a dateline: "PanARMENIAN.Net - Verified video footage ..."."""
_BARE_DATELINE = re.compile(
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}\s*)?\((?P<agency>[A-Z][\w&.' ]{1,30})\)\s*[—–-]{1,2}\s")
"""A wire dateline without its place: "(Reuters) — The New York State Attorney General ...", or with its
day only: "Dec 29 (Reuters) - U.S. Democratic presidential candidate ..."."""
_SOURCE_CREDIT = re.compile(
    r"^\(?\s*(?:source|sources|with inputs from)\s*:?\s*(?P<agency>[^():]{2,40}?)\s*"
    r"(?:\s(?:editor|editors|edited by|reporter|writer|translator)\s*:\s*[^():]{2,40})?\)?\.?$", re.I)
"""A closing credit naming the agency, brackets spaced or not ("(With inputs from PTI)", "( With inputs from
ANI )"), at times with the editor's name after it ("Source: Xinhua   Editor: Jane Doe")."""


_DATED_DATELINE = re.compile(
    r"[A-Z][\w.'’ -]{1,40}(?: \[[A-Z][\w .]{1,20}\])?, "
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)(?:,? (?:19|20)\d\d)?(?:"
    r" \((?P<agency>[A-Z][\w&.'/ -]{1,30})\)(?:\s*(?::|[—–_-]{1,2})|(?=\s+[A-Z0-9\"“‘]))"
    r"|\. ?/(?P<slashed>[A-Z][\w-]{1,20})/\.?)\s")
"""A wire dateline with the day (and at times the year: "Brussels, 12 July 2004 (RFE/RL) -- ...") and the
agency after the place: "Washington [US], December 9 (ANI): ...",
"WASHINGTON, December 9. /TASS/. ..." (or "December 25./TASS/."), "KUALA LUMPUR, May 3 (NNN-Bernama) --"
(a network's initials before the agency's name), "Khartoum, Jun 15 (UNI) A feared unit ..." (no separator);
the day may come first ("Damascus, 26 Jun (Prensa Latina) The Syrian army ...")."""
_CAPS_PLACE_DATELINE = re.compile(
    r"(?P<name>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:,\s*(?P<more>[A-Z][\w.'’ -]{1,30}?))?"
    r"(?:\s+(?P<dash>[—–_-]{1,2})|\s*:)\s+(?=[A-Z0-9\"“‘])")
"""A place in capitals and a dash or colon, no agency: "ISLAMABAD - Terrorists ...", "RAWALPINDI: The army
...", "SCRANTON, Pa. — Vice President ...". A colon also closes a speaker's name in a transcript ("TRUMP: We
will ..."; "JORDAN: ..." is Rep. Jim Jordan): there the name must be a known city. A region after the comma
is written in lower case or abbreviated ("Pa.", "N.H."): a heading in capitals ("INDIANA'S DEMOGRAPHICS
FAVOR CRUZ, BUT ECONOMY FAVORS TRUMP - ...") is none."""
_REGION_WRITING = re.compile(r"[a-z.]")
CAPS_PLACE_MIN_LETTERS = 3
PLACE_MAX_WORDS = 4
"""A place run into its story with nothing between ("Algiers Two caches ...", "Johannesburg Angolan police
...", "DUBAI, United Arab Emirates Three missiles ..."): a dateline when the place (up to this many words, and
a region after a comma) is known and the next word cannot go on a name: an article, a number word, or a
people's name (`_bare_place_end`)."""
STORY_OPENERS = frozenset({"the", "a", "an", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "dozens", "hundreds", "thousands", "several"})
"""Capitalised words that open a story's first sentence and never go on a place's name."""
_LINE_START = re.compile(r"(?m)^[ \t]*(?=[A-Z(])")


LEAD_DATE_CHARS = 40
_AFTER_LEAD_DATE = re.compile(r"[,.]?[ \t]+(?=[A-Z])")


def _dateline_at(text: str, pos: int) -> tuple[int, str | None] | None:
    """`_dateline_here`, also past a date the line opens with ("Dec 9, 2022 WASHINGTON (Reuters) - The ...",
    a reprint printing its date line run into the story)."""
    if (found := _dateline_here(text, pos)) is not None:
        return found
    lead = find_date(text[pos:pos + LEAD_DATE_CHARS])
    if lead is None or lead.start != 0 or not (gap := _AFTER_LEAD_DATE.match(text, pos + lead.end)):
        return None
    after = _dateline_here(text, gap.end())
    return after if after is not None and after[1] is not None else None  # an agency names it a dateline


def _dateline_here(text: str, pos: int) -> tuple[int, str | None] | None:
    """(end, agency) of a wire dateline opening `text` at `pos`, agency None when it names none; else None.

    The one reader of datelines: `dateline_agency` reads the agency of a story's opening line from it,
    `dateline_spans` the datelines opening paragraphs (which the parser splits off, see
    `sitrep.nlp.paragraphs`, and the actors stage keeps out of the story's actors)."""
    if run_in := _run_in_credit(text, pos):  # "(Associated Press) JANE DOE May 3 2018 LIMA Peru ..."
        return run_in[1], run_in[0].group("agency").strip()
    if reprinted := _REPRINT_CREDIT.match(text, pos):  # "(MENAFN- Trend News Agency) BAKU, ..."
        after = _dateline_here(text, reprinted.end())
        return (after[0] if after else reprinted.end()), reprinted.group("agency").strip()
    if dated := _DATED_DATELINE.match(text, pos):
        return dated.end(), _network_agency((dated.group("agency") or dated.group("slashed")).strip())
    if day_dot := _DAY_DOT_DATELINE.match(text, pos):
        return day_dot.end(), None
    if shared := _SHARED_DATELINE.match(text, pos):
        return shared.end(), _shared_agency(shared.group("credits"))
    for pattern in (_DATELINE, _BARE_DATELINE, _HOST_DATELINE):
        match = pattern.match(text, pos)
        if match and match.group(0).split()[0] not in ARTICLES:  # "The UN (United Nations) - said" is prose
            return match.end(), _dateline_outlet(match)
    if (glued := _GLUED_DATELINE.match(text, pos)) and _glued_dateline(glued):
        return glued.end(), glued.group("agency").strip()
    caps = _CAPS_PLACE_DATELINE.match(text, pos)
    if caps and len(caps.group("name")) >= CAPS_PLACE_MIN_LETTERS and (
            caps.group("more") is None or _REGION_WRITING.search(caps.group("more"))) and (
            caps.group("dash") or is_place(caps.group("name").title(), TOWN_KINDS)):
        return caps.end(), None
    end = _bare_place_end(text, pos)
    return (end, None) if end is not None else None


_RUN_IN_CREDIT = re.compile(
    r"\((?P<agency>[A-Z][\w&.' ]{1,30})\)\s+(?P<name>[A-Z][A-Z'’-]+(?: [A-Z][A-Z.'’-]+){1,3})\s+"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2},? (?:19|20)\d\d)\s+"
    r"(?P<place>[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]{2,}){0,2})"
    r"(?:,?\s+(?P<region>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?\s+(?=[A-Z\"“])")
"""A reprint that ran the agency's credit, the reporter's name, the day and the dateline into the story with
its punctuation lost ("(Associated Press) JANE DOE May 3 2018 LIMA Peru Hundreds of farmers marched
..."): the region after the place is kept only when it is a known place."""


def run_in_credit(line: str) -> HeaderFacts | None:
    """The agency, reporter and day of a run-in credit opening a story (`_RUN_IN_CREDIT`), else None."""
    found = _run_in_credit(line.strip(), 0)
    if found is None:
        return None
    match = found[0]
    day = find_date(match.group("date"))
    return HeaderFacts(published=day.iso if day else None, publisher=match.group("agency").strip(),
                       author=match.group("name").title())


def _run_in_credit(text: str, pos: int) -> tuple[re.Match[str], int] | None:
    """The match of a run-in credit at `pos` and where its dateline ends (a region that is no known place,
    "Thousands", is the story's first word), else None."""
    match = _RUN_IN_CREDIT.match(text, pos)
    if match is None or find_date(match.group("date")) is None or is_place(match.group("name").title()):
        return None
    region = match.group("region")
    end = match.end() if region is None or is_place(region) else match.start("region")
    return match, end


_REPRINT_CREDIT = re.compile(r"\((?P<host>[A-Z][A-Za-z]{2,15})\s*[-–—]\s*"
                             r"(?P<agency>[A-Z][\w&.'’ ]{1,40}?)\s*\)\s+(?=[A-Z\"“])")
"""An aggregator's credit of the agency whose story it reprints, opening the story ("(MENAFN- Trend News
Agency) BAKU, Azerbaijan, March 9. The ministry ..."): the agency is the publisher; a dateline may follow."""
_DAY_DOT_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][a-z][\w.'’ -]{1,30}?)?, "
    r"(?:[A-Z][a-z]{2,8}\.? ?\d{1,2}|\d{1,2} [A-Z][a-z]{2,8})\.\s+(?=[A-Z\"“])")
"""A place in capitals, its country and the day closed by a full stop, run into the story (Trend's and other
Caspian agencies' dateline: "BAKU, Azerbaijan, March 9. The ministry said ...")."""
_SHARED_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*\s*,?|[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*,)\s*"
    r"\((?P<credits>[A-Z][\w&.' ]{1,30}(?:\s*(?:/|\s-\s)\s*[A-Z][\w&.' ]{1,30})+)"
    r"(?:\s*[-–—,]\s*[^()]{4,30})?\s*\)(?:\s*:\s*|\s+)(?=[A-Z\"“])")
"""A dateline crediting the outlet and the agency it took the story from, its day after them: "LONDON/PARIS
(UrduPoint News / Sputnik - 4th May, 2019) The British Prime Minister ...": the agency is the last name; an
agency credited before a dash comes first ("Abuja, (APP - NewsHub / Point News - 2nd May, 2021 ) :Police
said ...")."""
_SLASH = re.compile(r"\s*/\s*")
_CREDIT_DASH = re.compile(r"\s+-\s+")


def _shared_agency(credits: str) -> str:
    """The agency a shared dateline credits (`_SHARED_DATELINE`): the name before a dash, else the last."""
    before_dash = _CREDIT_DASH.split(credits)
    return (before_dash[0] if len(before_dash) > 1 else _SLASH.split(credits)[-1]).strip()
_BRACKETED_DAY = re.compile(r"^(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)$")


_NETWORK_CREDIT = re.compile(r"^(?P<network>[A-Z]{2,6})-(?P<agency>[A-Z][\w&.']{1,25})$")


def _network_agency(credit: str) -> str:
    """The agency a news network's credit passes on ("NNN-Bernama": the Non-Aligned News Network carrying
    Bernama's story; "ITAR-TASS"): the name after the initials, unless it is a place ("Interfax-Ukraine" keeps
    its name whole, its first part not being initials)."""
    match = _NETWORK_CREDIT.match(credit)
    if match is None or is_place(match.group("agency")):
        return credit
    return match.group("agency")


def _dateline_outlet(match: re.Match[str]) -> str | None:
    """The agency a dateline brackets, or the outlet before brackets holding the day ("WANA (Apr 4) – Iran's
    ..."), None when that name is the place ("LONDON (Dec 9) – ...")."""
    agency = _network_agency(match.group("agency").strip())
    if "name" not in match.groupdict() or not _BRACKETED_DAY.match(agency) or month_day(agency) is None:
        return agency  # "(92 News)" holds no month: a channel's name
    name = match.group("name").strip()
    return None if is_place(name.title()) else name


def _bare_place_end(text: str, pos: int) -> int | None:
    """Where a known place run into its story at `pos` ends, followed by its story's first word (see
    `PLACE_MAX_WORDS`), else None."""
    words = text[pos : pos + 120].split(" ")
    for k in range(1, min(PLACE_MAX_WORDS, len(words) - 1) + 1):
        if not words[k - 1][:1].isupper():
            return None
        name = " ".join(words[:k])
        if name.endswith(","):  # "DUBAI, United Arab Emirates": the region must be a place too
            if not _known_place(name[:-1]):
                return None
            for m in range(1, min(PLACE_MAX_WORDS, len(words) - k - 1) + 1):
                if _known_place(" ".join(words[k : k + m])) and _story_opener(words[k + m]):
                    return pos + len(" ".join(words[: k + m])) + 1
            return None
        if _known_place(name) and _story_opener(words[k]):
            return pos + len(name) + 1
    return None


def _known_place(name: str) -> bool:
    return is_place(name) or (name.isupper() and is_place(name.title()))


def _story_opener(word: str) -> bool:
    """A capitalised word that opens a story's first sentence and goes on no place's name (not in capitals:
    "NEW YORK THE ..." is a headline in capitals)."""
    return word[:1].isupper() and not (len(word) > 1 and word.isupper()) and (
        word.lower() in STORY_OPENERS or _is_demonym(word))


def _is_demonym(word: str) -> bool:
    """Whether `word` names a people ("Angolan", "Afghan") in the actor vocabulary."""
    entry = actor_entry(word)
    return entry is not None and entry.kind == "demonym"


def _glued_dateline(match: re.Match[str]) -> bool:
    """Whether "NAME (AGENCY) Capitalised ..." with no dash is a dateline rather than a name and its acronym
    ("Human Rights Watch (HRW) Director ..."): the agency does not abbreviate the name, and the name has a
    day after it ("Khartoum, Jun 15"), or is a known place ("Kabul"), or the agency reads as an outlet
    ("Xinhua", "IraqiNews.com")."""
    name, agency = match.group("name"), match.group("agency").strip()
    if name.split()[0] in ARTICLES or _abbreviates(agency, name) or is_place(agency):  # "Kabul (Afghanistan)"
        return False
    place, _, more = name.partition(",")
    return bool(_DAY_OF_MONTH.search(more.strip()) or is_place(place.strip()) or _HOSTED_AGENCY.match(agency)
                or _is_organisation(agency, _vocabulary()))


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short`'s capitals start with the initials of `name`'s capitalised words ("HRW" for "Human
    Rights Watch", "ISIS" for "Islamic State")."""
    capitals = [c for c in short if c.isupper()]
    initials = [w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    return len(capitals) >= 2 and capitals[: len(initials)] == initials[: len(capitals)]


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the wire datelines opening paragraphs of `text` ("HANOI, Vietnam (AP) — ").

    A dateline says where a story was filed and by whom: its place is no actor of the story."""
    spans = []
    for line in _LINE_START.finditer(text):
        if (found := _dateline_at(text, line.end())) is not None:
            spans.append((line.start(), found[0]))
    return spans


def dateline_length(line: str) -> int | None:
    """How many characters the wire dateline opening `line` takes (with the space after it), None when no
    dateline opens it."""
    found = _dateline_at(line, 0)
    return found[0] if found else None


def dateline_agency(line: str) -> str | None:
    """The agency of a wire dateline opening a story ("WASHINGTON (AP) — ..." gives "AP")."""
    found = _dateline_at(line.strip(), 0)
    return found[1] if found else None


_REPRINT_NOTE = re.compile(r"^[Ff]rom (?P<source>[A-Z][\w.&'’ -]{1,40}?)(?:,? via [A-Z][\w.&'’ -]{1,40}"
                           r"|(?:,? via [A-Z][\w.&'’ -]{1,40})? \([^()]{4,40}\))\s*:$")
"""A reprint's note names the source with the day it ran or the outlet it came through; a bare "From
Bloomberg:" leads into a quoted passage."""


def reprint_source(line: str) -> str | None:
    """Where a story a blog or aggregator reprints first ran, as its note over the story says ("From
    Dawn.com (September 27, 2010):", "From AP, via The Globe and Mail:"), else None."""
    match = _REPRINT_NOTE.match(line.strip())
    source = match.group("source").strip() if match else ""
    return source if source and _is_name(source, _vocabulary().connectors) else None  # no "From A to B:"


_BARE_REPRINT_NOTE = re.compile(r"^[Ff]rom (?P<source>[A-Z][\w.&'’ -]{1,40}?)\s*:$")


def opening_reprint_source(line: str) -> str | None:
    """The outlet a story's first line names as where the story comes from, with no day or channel ("From
    La Frontera Times:" over a blog's copy), else None. Inside a story such a line leads into a quoted
    passage ("From Bloomberg:"); over it, it is the reprint's note. An outlet's word must name it."""
    match = _BARE_REPRINT_NOTE.match(line.strip())
    source = match.group("source").strip() if match else ""
    vocabulary = _vocabulary()
    return source if source and _is_name(source, vocabulary.connectors) and _is_organisation(
        source, vocabulary) else None


def source_credit(line: str) -> str | None:
    """The agency a story's closing credit names ("SOURCE: News agencies", "(With inputs from PTI)")."""
    match = _SOURCE_CREDIT.match(line.strip())
    if match is None:
        return None
    vocabulary = _vocabulary()
    agency = match.group("agency").strip()
    if not _is_name(agency, vocabulary.connectors):  # "Al Jazeera and news agencies"
        agency = re.split(r"\s+and\s+", agency, maxsplit=1)[0]
    return agency if _is_name(agency, vocabulary.connectors) else None


def wire_agency(line: str) -> str | None:
    """A line holding only a news agency's name ("Reuters", "— AFP"): the credit a story that an outlet
    took from the wire closes with; None for any other line ("The Associated Press contributed")."""
    name = line.strip(" .()—–-")
    return name if name.lower() in _vocabulary().wire_agencies else None


def organisation_name(line: str) -> str | None:
    """A line holding only an outlet's or agency's name ("BBC News", "Anadolu Agency"), else None; the
    place it filed from is left out ("BBC News, Washington")."""
    line = line.strip(" .")
    name, comma, place = line.rpartition(",")
    if comma and name.strip() and is_place(place.strip()):
        line = name.strip(" .")
    vocabulary = _vocabulary()
    if _BYLINE_START.match(line):
        return None  # "By Staff Reporter" is a byline, read by `parse_header_line`
    line = _before_trailing_place(line, vocabulary)  # "Press Trust of India Beijing", "ANI New Delhi"
    line = _after_leading_place(line, vocabulary)  # "ANKARA-Anadolu Agency", "Moscow - MENA"
    if initials := _after_section(line, vocabulary):
        return initials  # "Politics FP": a section's label makes the initials after it an outlet's
    if len(line.split()) > ORGANISATION_MAX_WORDS or not _is_name(line, vocabulary.connectors):
        return None
    return line if _is_organisation(line, vocabulary) else None


_HOME_CITY = re.compile(r"^(?P<name>[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|the|and|&)){0,4})"
                        r" \((?P<place>[A-Z][\w .'’-]{1,30})\)$")


def outlet_with_home(line: str) -> str | None:
    """The outlet named with its home city in brackets on a line of its own under a date line, as
    aggregators credit the paper they reprint ("Vanguard (Lagos)", "Daily Trust (Abuja)"), else None; a
    person's name with a place is no outlet's. A town the gazetteer lacks does for a name that is an
    outlet's by itself ("The Standard (St. Catharines)")."""
    match = _HOME_CITY.match(line.strip())
    if match is None or _is_person(match.group("name"), _vocabulary()):
        return None
    if not is_place(match.group("place")) and organisation_name(match.group("name")) is None:
        return None
    return match.group("name")


PLACE_BEFORE_AGENCY_WORDS = 3


def _before_trailing_place(line: str, vocabulary: _Vocabulary) -> str:
    """An agency's name without the place it filed from printed after it ("Press Trust of India Beijing",
    "ANI New Delhi"), the longest place first: "New Delhi" is one place, "Delhi" would leave "ANI New".
    One word left must be an agency's initials ("PTI Mumbai") or a wire agency's name ("Xinhua Beijing"):
    "Radio Pakistan" is an outlet's name."""
    words = line.split()
    for k in range(min(PLACE_BEFORE_AGENCY_WORDS, len(words) - 1), 0, -1):
        name, place = " ".join(words[:-k]), " ".join(words[-k:])
        if (is_place(place)
                and (len(words) - k >= 2 or _INITIALS.match(name) or name.lower() in vocabulary.wire_agencies)
                and _is_organisation(name, vocabulary)
                and words[-k - 1] not in vocabulary.connectors):  # not "Press Trust of" India
            return name
    return line
_DASHES = "-–—"


def _after_leading_place(line: str, vocabulary: _Vocabulary) -> str:
    """An agency's name without the place it filed from printed before it ("ANKARA-Anadolu Agency", "TURKEY
    Anadolu Agency", "Moscow - MENA"); the line as it is when what comes first is no known place or what
    follows no organisation's name. A place run in without a dash is in capitals before a name that is not
    ("TURKEY Anadolu Agency"): "Iran Press TV", "Kuwait Times" and "USA TODAY" are outlets named after
    their country."""
    words = line.split()
    for k in range(1, min(PLACE_BEFORE_AGENCY_WORDS, len(words)) + 1):
        for place, dashed, rest in _place_splits(" ".join(words[:k]), " ".join(words[k:])):
            run_in = place.isupper() and not rest.isupper()  # "TURKEY Anadolu Agency", not "USA TODAY"
            if ((dashed or run_in) and _known_place_name(place) and rest[:1].isupper()
                    and _is_organisation(rest, vocabulary) and not _is_organisation(place, vocabulary)):
                return rest
    return line


def _place_splits(head: str, tail: str) -> list[tuple[str, bool, str]]:
    """Ways to read `head` and `tail` as a place and a name: (place, parted by a dash, name). The dash may
    stand alone ("Moscow - MENA") or join the two ("ANKARA-Anadolu Agency")."""
    splits = [(head, False, tail)]
    if tail[:1] in _DASHES:
        splits.append((head, True, tail[1:].strip()))
    for dash in _DASHES:
        place, found, glued = head.partition(dash)
        if found and glued:
            splits.append((place.strip(), True, f"{glued} {tail}".strip()))
    return splits


_INITIALS = re.compile(r"^[A-Z]{2,5}$")


def _after_section(name: str, vocabulary: _Vocabulary) -> str | None:
    """The outlet's initials after a section's label a page prints them with ("Politics FP", "World News
    AFP"), else None: no person's name is a section's words and a word in capitals."""
    words = name.split()
    if len(words) >= 2 and _INITIALS.match(words[-1]) and _is_section(" ".join(words[:-1]), vocabulary):
        return words[-1]
    return None


def _known_place_name(name: str) -> bool:
    return is_place(name) or (name.isupper() and is_place(name.title()))


def _is_name(piece: str, connectors: frozenset[str]) -> bool:
    """A short capitalised phrase: a person's, agency's or site's name rather than prose."""
    words = _WORD.findall(piece)
    if not 1 <= len(words) <= 8:
        return False
    if not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in connectors for w in words)
