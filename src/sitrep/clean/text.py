"""Plain-text articles: find the header (title, subtitle, date line, byline, caption) and the body.

Dumps of news pages put the headline on the first line, an optional standfirst after it, then a line
with the date and agency or author, sometimes an image caption, then the story, then page furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.clean.boilerplate import boilerplate_kind, story_mask
from sitrep.clean.extracted import Extracted, same_text
from sitrep.clean.header import HeaderFacts, dateline_agency, parse_header_line
from sitrep.records import RawDocument

HEADER_LINES = 6
"""How many lines from the top may hold the title, subtitle and date line."""
TITLE_MAX_WORDS = 30
SUBTITLE_MAX_WORDS = 45
CAPTION_MAX_WORDS = 30
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’')\]]\s*$")
_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")


@dataclass(slots=True)
class Line:
    """One non-blank line, and whether a blank line (or the start) comes before it."""

    text: str
    opens_block: bool


def extract_text(raw: RawDocument) -> Extracted:
    """Title, subtitle, date, publisher, author and body paragraphs of a plain-text article."""
    lines = split_lines(raw.content)
    out = Extracted(title=raw.title, url=raw.url)
    facts = HeaderFacts()
    top = _consume_header_lines(lines, 0, facts)  # a date line or byline printed above the headline
    start = _title_and_subtitle(lines, top, out)
    body_start = _header_facts(lines, start, out, facts)
    body = lines[body_start:]
    body = _drop_caption(body, out.title, after_date_line=body_start > start or (top > 0 and start == top))
    while body and (same_text(body[0].text, out.title) or same_text(body[0].text, out.subtitle)):
        body = body[1:]
    if body and facts.publisher is None:
        facts.publisher = dateline_agency(body[0].text)
    out.published = facts.published or facts.updated
    out.publisher, out.author = facts.publisher, facts.author
    mask = story_mask([line.text for line in body])
    out.paragraphs = _paragraphs([line for line, keep in zip(body, mask, strict=True) if keep])
    return out


def split_lines(content: str) -> list[Line]:
    """The non-blank lines of a text, with spaces normalised and block starts marked."""
    lines: list[Line] = []
    blank_before = True
    for raw_line in content.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        text = _SPACES.sub(" ", raw_line).strip()
        if not text:
            blank_before = True
            continue
        lines.append(Line(text, blank_before))
        blank_before = False
    return lines


def _title_and_subtitle(lines: list[Line], top: int, out: Extracted) -> int:
    """Fill title and subtitle from the lines at `top`; return the index of the first line after them."""
    if out.title:  # the source gave a title: only skip it where the text repeats it
        return top + 1 if len(lines) > top and same_text(lines[top].text, out.title) else top
    meta = _first_header_line(lines, top)
    if meta is not None and 1 <= meta - top <= 2 and all(
        _short(lines[i].text, SUBTITLE_MAX_WORDS) for i in range(top, meta)
    ):
        out.title = lines[top].text
        if meta - top == 2:
            out.subtitle = lines[top + 1].text
        return meta
    if not _looks_like_title(lines[top:]):
        return top
    out.title = lines[top].text
    if len(lines) > top + 2 and _looks_like_subtitle(lines, top + 1):
        out.subtitle = lines[top + 1].text
        return top + 2
    return top + 1


def _header_facts(lines: list[Line], start: int, out: Extracted, facts: HeaderFacts) -> int:
    """Merge the date lines and bylines that follow the title into `facts`; return where the body starts."""
    meta = _first_header_line(lines, start)
    if meta is None or meta - start > 1 or (meta > start and out.subtitle is not None):
        return start
    if meta == start + 1:  # one standfirst line between title and date line
        if not _short(lines[start].text, SUBTITLE_MAX_WORDS):
            return start
        out.subtitle = out.subtitle or lines[start].text
    return _consume_header_lines(lines, meta, facts)


def _consume_header_lines(lines: list[Line], index: int, facts: HeaderFacts) -> int:
    """Merge consecutive date lines and bylines from `index` into `facts`; return the index after them."""
    while index < len(lines) and (found := parse_header_line(lines[index].text)) is not None:
        facts.merge(found)
        index += 1
    return index


def _first_header_line(lines: list[Line], start: int) -> int | None:
    for index in range(start, min(len(lines), start + HEADER_LINES)):
        if parse_header_line(lines[index].text) is not None:
            return index
    return None


def _looks_like_title(lines: list[Line]) -> bool:
    """A short first line standing alone (a blank line or a one-line subtitle after it), more to follow."""
    if len(lines) < 2 or not _short(lines[0].text, TITLE_MAX_WORDS):
        return False
    if lines[1].opens_block:
        return True
    # title and subtitle printed on consecutive lines, then a blank line
    return len(lines) > 2 and lines[2].opens_block and _short(lines[1].text, SUBTITLE_MAX_WORDS)


def _looks_like_subtitle(lines: list[Line], index: int) -> bool:
    """A standfirst: a short standalone line that does not end like a sentence of the story."""
    line = lines[index]
    standalone = index + 1 < len(lines) and lines[index + 1].opens_block
    if not standalone or not _short(line.text, SUBTITLE_MAX_WORDS):
        return False
    if not line.opens_block:  # printed right under the title
        return True
    return not _SENTENCE_END.search(line.text) and dateline_agency(line.text) is None


def _drop_caption(body: list[Line], title: str | None, *, after_date_line: bool) -> list[Line]:
    """Drop an image caption right under the header: a credit line, or a short echo of the headline."""
    if not body:
        return body
    first = body[0].text
    rule = boilerplate_kind(first)
    if rule is not None and rule.name == "photo_credits":
        return body[1:]
    if (title and after_date_line and not body[0].opens_block and len(first.split()) <= CAPTION_MAX_WORDS
            and _echoes(first, title)):
        return body[1:]
    return body


def _echoes(line: str, title: str) -> bool:
    """True when most content words of a short line are words of the title."""
    words = {w.lower() for w in _CONTENT_WORD.findall(line)}
    title_words = {w.lower() for w in _CONTENT_WORD.findall(title)}
    return len(words) >= 3 and len(words & title_words) >= 0.6 * len(words)


def _paragraphs(lines: list[Line]) -> list[str]:
    """Body paragraphs: blank-line blocks; in a block, hard-wrapped lines are joined, others kept apart."""
    paragraphs: list[str] = []
    for line in lines:
        wrapped = (paragraphs and not line.opens_block and not _SENTENCE_END.search(paragraphs[-1])
                   and line.text[:1].islower())
        if wrapped:
            paragraphs[-1] += " " + line.text
        else:
            paragraphs.append(line.text)
    return paragraphs


def _short(text: str, max_words: int) -> bool:
    return len(text.split()) <= max_words
