"""The layout of a parsed section: per-token paragraph and sentence bounds and quotation marks,
computed once per Doc and kept in `doc.user_data` (attribution asks about them for every cue)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, IS_QUOTE
from spacy.tokens import Doc, Span

from sitrep.nlp.model import section_text
from sitrep.nlp.sentences import sentence_bounds


@dataclass(frozen=True, slots=True)
class Layout:
    """Per-token paragraph and sentence bounds of one Doc, computed once (Doc.text and Token.sent
    rebuild what they return on every access, which made per-cue lookups O(doc))."""

    text: str
    para: list[int]  # token index -> paragraph number
    sent_start: list[int]  # token index -> first token of its sentence
    sent_end: list[int]  # token index -> one past the last token of its sentence
    sents: list[tuple[int, int]]  # (start, end) of every sentence, in order
    quote: list[bool]  # token index -> is a quotation mark

    def sent(self, doc: Doc, i: int) -> Span:
        """The sentence holding token `i`."""
        return doc[self.sent_start[i] : self.sent_end[i]]

    def has_quote(self, start: int, end: int) -> bool:
        """Whether tokens [start, end) hold a quotation mark."""
        return any(self.quote[start:end])


def layout_of(doc: Doc) -> Layout:
    """The Doc's layout, built on first use and kept in `doc.user_data`."""
    found = doc.user_data.get("sitrep_layout")
    if found is not None:
        return found
    text = section_text(doc)
    breaks = [k for k, ch in enumerate(text) if ch == "\n"]
    # a token's paragraph is the number of line breaks before it (arrays: no Token objects made)
    para = numpy.searchsorted(numpy.array(breaks, dtype="int64"), doc.to_array(IDX), side="left").tolist()
    sents = sentence_bounds(doc)
    sent_start = [0] * len(doc)
    sent_end = [0] * len(doc)
    for start, end in sents:
        sent_start[start:end] = [start] * (end - start)
        sent_end[start:end] = [end] * (end - start)
    quote = doc.to_array(IS_QUOTE).astype(bool).tolist()
    layout = doc.user_data["sitrep_layout"] = Layout(text, para, sent_start, sent_end, sents, quote)
    return layout


def between(ordered: list[int], start: int, end: int) -> list[int]:
    """The items of a sorted list in [start, end)."""
    return ordered[bisect.bisect_left(ordered, start) : bisect.bisect_left(ordered, end)]


def tokens_in(doc: Doc, start: int, end: int) -> list[int]:
    """Indexes of the tokens covering characters [start, end) of the Doc."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(range(span.start, span.end)) if span is not None else []
