"""Find the story in a whole-page text dump: the densest run of prose lines among menus and link lists.

A scraper that saves a page's whole visible text puts menus, section lists, share bars and teasers
around the story. Story lines are long and end like sentences; furniture lines are short. Each line
scores its word count minus a threshold (furniture scores below zero) and the story is the run of
lines with the highest total (the maximum-sum segment, as in Finn's body text extraction). Lines that
only follow a story (comment threads, rights notices: `ends_story` in data/boilerplate.yaml) close it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.clean.boilerplate import boilerplate_kind
from sitrep.clean.header import parse_header_line

PROSE_WORDS = 12
"""A line needs more words than this to add to the story's score; shorter lines cost the difference."""
LINE_CAP = 60
"""One very long line (a cookie notice, a caption dump) counts no more than this many words."""
FURNITURE_COST = 10
"""What a line matching a boilerplate rule costs, whatever its length."""
SHORT_LINE_COST = 8
"""The most a short line costs: a run of a dozen menu items outweighs a paragraph, one figure does not."""
SHORT_SENTENCE_COST = 2
"""A short line ending like a sentence (a list item, a one-line quote) costs little: stories have them."""
_WORD = re.compile(r"\w+")
_BULLET = re.compile(r"\s[•·]\s")
TICKER_ITEMS = 3
"""Items parted by bullets on one unended line: a ticker of other stories' headlines, no story."""
_TERMINAL = re.compile(r"[.!?…:;\"”’')\]。！？」』]\s*$")
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
"""Kana, CJK ideographs and Hangul: scripts written with few spaces, counted by characters."""
CHARS_PER_WORD = 3
MENU_CAPITALISED = 0.75
"""Share of capitalised words above which a long unended line is a menu, not prose (prose has a fifth)."""
_CASED_WORD = re.compile(r"[^\W\d_]+")
CLOSING_MIN_WORDS = 3
"""A short sentence after the densest run needs this many words to go on the story (not "Yes.")."""
STORY_MIN_WORDS = 40
"""Words of story read before a closing line (comment thread, rights notice, a date line) may end it."""
STORY_MIN_PARAGRAPHS = 2


def line_words(line: str) -> int:
    """Words in a line; in scripts written without spaces, characters stand in for words."""
    wide = len(_WIDE.findall(line))
    return len(_WORD.findall(line)) + wide // CHARS_PER_WORD


def line_value(line: str) -> int:
    """What a line adds to a story run: long sentence-ending lines add, short or furniture lines cost."""
    if (rule := boilerplate_kind(line)) is not None:
        return _inside_cost(line) if rule.inside_story else -FURNITURE_COST
    words = min(line_words(line), LINE_CAP)
    if not _TERMINAL.search(line):  # headlines, menu items and teasers rarely end like a sentence
        if words > PROSE_WORDS and _menu_like(line):
            return -SHORT_LINE_COST  # a menu printed on one line: "Latest News Applications OS Cloud ..."
        if words > PROSE_WORDS and (lower_case_list(line) or tag_list(line)):
            return -SHORT_LINE_COST
        if words > PROSE_WORDS and len(_BULLET.findall(line)) >= TICKER_ITEMS - 1:
            return -SHORT_LINE_COST  # a ticker of headlines: "Xi urges ... • No impact of Zika ... • ..."
        if words > PROSE_WORDS and parse_header_line(line) is not None:
            return -SHORT_LINE_COST  # a long byline with its dates: "By HNN Staff | November 19, 2019 at ..."
        return max(min(words - PROSE_WORDS, (words - PROSE_WORDS) // 2), -SHORT_LINE_COST)
    return max(words - PROSE_WORDS, -SHORT_SENTENCE_COST)


LIST_MIN_WORDS = 2 * PROSE_WORDS
"""A lower-case headline runs to a dozen words ("24 killed, over 100 injured in ..."); a list of icon names to
dozens."""


def lower_case_list(line: str) -> bool:
    """A long line of lower-case words with no sentence end: a page's icon names ("icon bookmark-bicon
    cameraicon checkicon ..."), no story and no headline. (Scripts without capitals are never lower case.)"""
    return (line_words(line) > LIST_MIN_WORDS and not _TERMINAL.search(line)
            and all(w.islower() for w in _CASED_WORD.findall(line)))


_PUNCTUATION = re.compile(r"[.,;:!?()\"“”'’]")
_GLUED_TAGS = re.compile(r"[a-z]{3}[A-Z][a-z]{2}")
GLUED_TAGS = 2


def tag_list(line: str) -> bool:
    """A long line of keywords run together with no punctuation at all, tags glued to each other ("drone
    attacks Pakistan Saudi Arabia Houthi militia RiyadhPakistan High Commission ... diplomatGaurav ..."): a
    page's tag cloud, no story (a sentence of that length has a comma or a stop) and no headline."""
    return (line_words(line) > LIST_MIN_WORDS and not _PUNCTUATION.search(line)
            and len(_GLUED_TAGS.findall(line)) >= GLUED_TAGS)


def _inside_cost(line: str) -> int:
    """What a photo's credit or a gallery's control costs: what any short line of its length costs, no
    more. A gallery printed between a story's paragraphs ("1 of 6" / "Jane Doe Submitted photo" ...) must
    not part the story more than the unknown short lines it was before its lines were known."""
    words = line_words(line)
    return -SHORT_LINE_COST if words >= PROSE_WORDS else max(words - PROSE_WORDS, -SHORT_LINE_COST)


def _menu_like(line: str) -> bool:
    """A long unended line whose words are nearly all capitalised: section names run together."""
    words = _CASED_WORD.findall(line)
    return len(words) > PROSE_WORDS and sum(w[0].isupper() for w in words) >= MENU_CAPITALISED * len(words)


def story_span(lines: Sequence[str]) -> tuple[int, int]:
    """Start and end (exclusive) of the densest run of story lines; the whole text when none stands out."""
    best, best_span = 0, (0, len(lines))
    total, start = 0, 0
    for index, line in enumerate(lines):
        if total <= 0:
            total, start = 0, index
        total += line_value(line)
        if total > best:
            best, best_span = total, (start, index + 1)
    start, end = best_span
    while end < len(lines) and _closing_sentence(lines[end]):
        end += 1  # short sentences that end a story ("The investigation continues.") cost, yet are story
    return _after_teasers(lines, start, end), end


def _after_teasers(lines: Sequence[str], start: int, end: int) -> int:
    """Where the story starts once the teasers of a list of stories the dense run began in are left out.

    Teasers (a headline, a summary sentence, a date line) read like a story's opening; a line holding only
    a date closes them. When more of the run's words follow such a line than precede it, the story is
    what follows up to the next such line: its own date line is the one that closed the list. (The
    teasers printed under a story are shorter each than the story above them.)"""
    dated = [i for i in range(start, end) if date_only(lines[i])]
    if not dated:
        return start
    words = paragraphs = 0
    for index in range(start, end):
        line = lines[index]
        if words >= STORY_MIN_WORDS and paragraphs >= STORY_MIN_PARAGRAPHS and index in dated:
            following = next((i for i in dated if i > index), end)
            if _prose_words(lines, index + 1, following) > words:
                start, words, paragraphs = index + 1, 0, 0
                continue
        if line_value(line) > 0:
            words += line_words(line)
            paragraphs += 1
    return start


def _prose_words(lines: Sequence[str], start: int, end: int) -> int:
    return sum(line_words(line) for line in lines[start:end] if line_value(line) > 0)


def _closing_sentence(line: str) -> bool:
    """A short line ending like a sentence that is no furniture: it goes on the story above it."""
    return (boilerplate_kind(line) is None and bool(_TERMINAL.search(line))
            and line_words(line) >= CLOSING_MIN_WORDS)


def story_close(lines: Sequence[str], start: int, end: int) -> int:
    """Where the story ends: the first closing line after its opening words, else `end`.

    Comment threads, "most read" lists and rights notices follow a story; so does a line holding only a
    date once the story has begun (the next item of a list of stories). Short unended lines left at the
    end (tags, the heading of what follows) go too."""
    words = paragraphs = 0
    for index in range(start, end):
        line = lines[index]
        rule = boilerplate_kind(line)
        begun = words >= STORY_MIN_WORDS and paragraphs >= STORY_MIN_PARAGRAPHS
        if begun and (rule.ends_story if rule else date_only(line)):
            return _without_trailing_labels(lines, start, index)
        if line_value(line) > 0:
            words += line_words(line)
            paragraphs += 1
    return _without_trailing_labels(lines, start, end)


def _without_trailing_labels(lines: Sequence[str], start: int, end: int) -> int:
    """Drop the short lines that do not end like a sentence from the story's end (tags, a list's heading)."""
    while end > start + 1 and _label(lines[end - 1]):
        end -= 1
    return end


def _label(line: str) -> bool:
    return not _TERMINAL.search(line) and line_words(line) < PROSE_WORDS


def date_only(line: str) -> bool:
    """A line holding only a date (no author, no outlet): a list of stories' date line."""
    facts = parse_header_line(line)
    return facts is not None and facts.author is None and facts.publisher is None
