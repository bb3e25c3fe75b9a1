"""Direct quotes in news text: quotation spans paired within paragraphs and carried across them, and
whether a token sits inside one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitrep.events.layout import layout_of

OPEN_QUOTES = "“‘"
STRAIGHT_QUOTES = "\""
PAIRED_MARKS = re.compile(r"''|``")  # typewriter double quotes ('' and ``), as in many news archives
QUOTE_MARKS = "\"“”‘’'`"  # any mark a quote may open or close with


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    closed: bool  # False: left open at its paragraph's end
    continues: bool  # True: carries on a quote left open at the end of the paragraph before


def quote_spans(text: str, single: bool) -> list[Quote]:
    """Character spans of direct quotes, paired within each paragraph.

    A quote left open at a paragraph's end runs to that end, and the next paragraph continues it
    (the news convention for a quote over several paragraphs), whether it reopens the quote or only
    closes it.
    """
    text = PAIRED_MARKS.sub("\"\u2060", text)  # same length: offsets stay valid
    spans: list[Quote] = []
    carried = False
    for para in re.finditer(r"[^\n]+", text):
        start: int | None = None
        continues = carried
        first_mark = True
        for m in re.finditer(r"[\"“”‘’']", para.group()):
            ch, pos = m.group(), para.start() + m.start()
            before = text[pos - 1] if pos > 0 else " "
            after = text[pos + 1] if pos + 1 < len(text) else " "
            if ch in "‘’'" and not single:
                continue
            if ch in "’'" and before.isalnum() and after.isalnum():
                continue  # apostrophe
            opens_here = (before.isspace() or before in "([—-:") and not after.isspace()
            opening = ch in OPEN_QUOTES or (ch in STRAIGHT_QUOTES + "'" and opens_here)
            if opening and start is not None and ch in OPEN_QUOTES and before.isalnum() and (
                    not after.isalnum()):
                opening = False  # 'the Arab states“ with': an opening mark typed where a quote closes
            if ch == "'" and not opening and before in "sS" and start is None:
                continue  # possessive plural
            dropped_opening = ch == "”" and not before.isspace()
            if start is None and not opening and first_mark and (carried or dropped_opening):
                # closes the carried quote, or one whose opening mark the writer dropped ('The US has
                # also banned two operatives,” he added.': a curly closing mark before any opening one)
                spans.append(Quote(para.start(), pos + 1, True, True))
                continues = False
            elif start is None and opening:
                start = pos
            elif start is not None and not opening:
                spans.append(Quote(start, pos + 1, True, continues and not spans[-1].closed
                                    if spans else False))
                continues = False
                start = None
            first_mark = False
        carried = start is not None
        if start is not None:
            spans.append(Quote(start, para.end(), False, continues))
    return spans


def in_quote(token: Token) -> bool:
    """Whether a token sits inside a direct quote of its paragraph (an odd number of marks before it),
    the marks counted the other way in a paragraph that goes on with a quote the one before left open
    and only closes it ('"He is a killer.' then 'He murdered Deputy Ortiz," Stirling said.': the
    murder is quoted, "said" is not)."""
    text = layout_of(token.doc).text
    start = text.rfind("\n", 0, token.idx) + 1
    before = PAIRED_MARKS.sub('"', text[start : token.idx])
    odd = (before.count('"') + before.count("“") + before.count("”")) % 2 == 1
    return odd != (start in _closing_paragraphs(token.doc, text))


def _closing_paragraphs(doc: Doc, text: str) -> frozenset[int]:
    """Where the paragraphs start that open inside a quote carried from the paragraph before and close
    it without reopening it (see `quote_spans`); found once per Doc."""
    found = doc.user_data.get("sitrep_closing_paragraphs")
    if found is None:
        found = doc.user_data["sitrep_closing_paragraphs"] = frozenset(
            q.start for q in quote_spans(text, single=False)
            if q.continues and q.closed and text[q.start] not in QUOTE_MARKS)
    return found
