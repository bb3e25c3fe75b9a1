"""Read the header lines printed above a story: date lines, bylines, agency datelines.

"Anadolu Agency December 09, 2022", "By Jane Doe, Reuters | 3 March 2021", "Published: Friday, Dec. 9,
2022", "WASHINGTON (AP) —". The words these lines use are in `data/header.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from sitrep.clean.dates import find_date

_PIECE_SPLIT = re.compile(r"\s*(?:[|·•/]|\s[-–—]\s|,)\s*")
_WORD = re.compile(r"[^\s]+")
# PLACE[, REGION or DATE] (AGENCY) — : a place of up to four capitalised words, an agency name without hyphens
_DATELINE = re.compile(
    r"^[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}(?:,\s*[A-Z][\w.'’\- ]{1,30})?"
    r"\s*\((?P<agency>[A-Z][\w&.' ]{1,30})\)\s*[—–-]{1,2}\s"
)
MAX_META_WORDS = 20
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


@cache
def _vocabulary() -> _Vocabulary:
    data = yaml.safe_load(resources.files("sitrep.clean").joinpath("data/header.yaml").read_text("utf-8"))

    def label(words: list[str]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(r"^(?:" + alternatives + r")\b\s*(?:on|at)?\s*[:\-–—]?\s*", re.I)

    zones = "|".join(re.escape(z) for z in data["time_zones"])
    clock = r"\b\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*(?:" + zones + r")(?:\s*[+-]\s*\d{1,2})?)?\b"
    time = re.compile(clock + r"|\b(?:" + zones + r")\b|\b[ap]\.?m\.?\b", re.I)
    return _Vocabulary(label(data["date_labels"]), label(data["update_labels"]),
                       frozenset(w.lower() for w in data["name_connectors"]), time)


def parse_header_line(line: str) -> HeaderFacts | None:
    """The facts a date line or byline gives, or None when the line is not one."""
    line = line.strip()
    if not line or len(line.split()) > MAX_META_WORDS:
        return None
    vocabulary = _vocabulary()
    found = find_date(line)
    byline = re.match(r"^by\s+", line, re.I)
    if found is None and byline is None:
        return None
    date = found.iso if found else None
    rest = (line[: found.start] + " | " + line[found.end:]) if found else line
    rest = vocabulary.time.sub(" ", rest)
    facts = HeaderFacts()
    if label := vocabulary.update_label.match(rest):
        facts.updated, rest = date, rest[label.end():]
    elif label := vocabulary.date_label.match(rest):
        facts.published, rest = date, rest[label.end():]
    else:
        facts.published = date
    rest = rest.strip(" |·•/,-–—")
    byline = re.match(r"^by\s+", rest, re.I)
    if byline:
        rest = rest[byline.end():]
    pieces = [p.strip(" .:;") for p in _PIECE_SPLIT.split(rest)]
    pieces = [p for p in pieces if p and not vocabulary.update_label.match(p)
              and not vocabulary.date_label.match(p + " ")]
    if not all(_is_name(p, vocabulary.connectors) for p in pieces):
        return None
    if byline:
        names = pieces
        if len(pieces) > 1 and not re.search(r"\band\b|&", pieces[-1]):
            names, facts.publisher = pieces[:-1], pieces[-1]
        facts.author = ", ".join(names) or None
        return facts if facts.author else None
    if len(pieces) > 2:
        return None
    if len(pieces) == 2:
        facts.author, facts.publisher = pieces
    elif pieces:
        facts.publisher = pieces[0]
    return facts


_PARAGRAPH_DATELINE = re.compile(r"(?m)^[ \t]*" + _DATELINE.pattern.removeprefix("^"))


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the wire datelines opening paragraphs of `text` ("HANOI, Vietnam (AP) — ").

    A dateline says where a story was filed and by whom: its place is no actor of the story."""
    return [(m.start(), m.end()) for m in _PARAGRAPH_DATELINE.finditer(text)
            if m.group(0).split()[0] not in ARTICLES]  # "The UN (United Nations) - said" opens prose


def dateline_agency(line: str) -> str | None:
    """The agency of a wire dateline opening a story ("WASHINGTON (AP) — ..." gives "AP")."""
    match = _DATELINE.match(line.strip())
    return match.group("agency").strip() if match else None


def _is_name(piece: str, connectors: frozenset[str]) -> bool:
    """A short capitalised phrase: a person's, agency's or site's name rather than prose."""
    words = _WORD.findall(piece)
    if not 1 <= len(words) <= 8:
        return False
    if not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in connectors for w in words)
