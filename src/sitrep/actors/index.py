"""Which mention covers each token of a section: the look-up from a parse to the actors it names."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.records import Mention


def mention_index(mentions: list[Mention], doc: Doc, section: str | None = "text") -> dict[int, Mention]:
    """Map each spaCy token index of `doc` to the mention covering it, for the events stage.

    `doc` is `parsed.sections[section]`; only mentions of that section are indexed (all of them when
    `section` is None: the caller has picked them). A token is in at most one mention (mentions do
    not overlap), so a verb's subject token finds its actor with one lookup: `index.get(token.i)`.
    """
    index: dict[int, Mention] = {}
    for m in mentions:
        if section is not None and m.section != section:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            index.setdefault(t.i, m)
    return index
