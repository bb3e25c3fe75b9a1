"""Tokens that never start a sentence, marked before the parser so it cannot cut a sentence there.

The small model's parser ends sentences where no writer would, and each wrong cut loses a clause's
subject or a claim's speaker:
- a closing quote glued to the sentence it closes becomes a sentence of its own ('... of British
  diplomacy?" | "'), which leaves the quotation open for the attribution step;
- a quotation ending in "!" or "?" is cut from its speaker ('"You lie!" | he yelled', '... alright?" | he
  urged them'), and a clause from the one before it ('failed to hold for long | and it was not clear');
- a name or a title is cut in two on one line ('ousted ex-dictator Zine El | Abidine Ben Ali',
  '5:45 p.m.' then 'Minnesota | Gov. Mark Dayton is backing ...', 'Thu 11th | June 2020').

So, unless a line break comes first (a paragraph start set before stays one), a token does not start a
sentence when it is:
- a quote mark written against the token before it (a closing quote);
- a word starting in lower case, unless the token before it is a full stop, "?", "!" or an ellipsis
  ("Let's go back. what was ..." in careless text is still cut);
- a dash before a word in lower case ('"Death to Dictator!" – a slogan used by ...');
- a capitalised word that is no function word ("The", "He", "So" may open a sentence run into a
  headline or a furniture line) right after a word in lower or title case, or after a number (a word
  in capitals before it may end a headline: "... ISTANBUL EXPLOSION Turkish President ...");
- an opening bracket right after a word ('... of them [in the Republican establishment] feel ...').

Abbreviated titles joined by a hyphen ("Brig.-Gen. Sani Usman") are split by the tokenizer into
"Brig.-Gen" and "."; the name after that full stop continues the sentence as after "Gen." itself.

The one cut the parser sometimes misses is made for it: a capitalised word after a full stop that follows a
word in lower case ("... some regional bank managers. Bonuses for bankers were ...") starts a sentence (an
abbreviation keeps its stop in its own token, "U.S.", "Gen.", so a stop of its own ends a sentence).

Everything is read from one array per document; only the capitalised words after a word are looked
at one by one (a word ending in a full stop, "U.S." or "D.C.", may end a sentence).
"""

from __future__ import annotations

import numpy
from spacy.attrs import (
    IS_ALPHA,
    IS_LOWER,
    IS_PUNCT,
    IS_SPACE,
    IS_STOP,
    IS_TITLE,
    IS_UPPER,
    LENGTH,
    LIKE_NUM,
    ORTH,
    SENT_START,
    SPACY,
)
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.nlp.abbreviations import title_abbreviations
from sitrep.nlp.components import add_once

COMPONENT = "sitrep_sentence_continuations"
QUOTES = ('"', "”", "’", "'")
SENTENCE_ENDS = (".", "?", "!", "…", "..", "...")
DASHES = ("–", "—", "-", "--")
OPEN_BRACKETS = ("(", "[")
NOT_START = -1  # spaCy's SENT_START value for "not a sentence start"
_ATTRS = [ORTH, SPACY, IS_SPACE, IS_PUNCT, IS_LOWER, IS_TITLE, IS_UPPER, IS_STOP, LIKE_NUM, LENGTH, IS_ALPHA]


def _hashes(doc: Doc, words: tuple[str, ...]) -> numpy.ndarray:
    """The vocabulary hashes of `words`, as the ORTH column holds them."""
    return numpy.array([doc.vocab.strings.add(w) for w in words], dtype=numpy.uint64)


@Language.component(COMPONENT)
def sentence_continuations(doc: Doc) -> Doc:
    """Mark the tokens of the module's docstring as no sentence start, or as one after "word. Word" (starts
    set before stay)."""
    if len(doc) < 2:
        return doc
    rows = doc.to_array(_ATTRS)
    orth, glued, space, punct, lower, title, upper, stop, number, length, alpha = rows.T
    glued = glued == 0  # the token before has no space after it
    prev = slice(None, -1)
    cur = slice(1, None)
    after_text = space[prev] == 0  # the token before is on the same line, not a line break
    after_end = numpy.isin(orth[prev], _hashes(doc, SENTENCE_ENDS))
    after_word = after_text & (punct[prev] == 0)
    following_lower = numpy.append(lower[2:], 0) == 1
    hits = after_text & (
        (numpy.isin(orth[cur], _hashes(doc, QUOTES)) & glued[prev])
        | ((lower[cur] == 1) & ~after_end)
        | (numpy.isin(orth[cur], _hashes(doc, DASHES)) & following_lower)
        | (numpy.isin(orth[cur], _hashes(doc, OPEN_BRACKETS)) & after_word)
    )
    named = after_word & (title[cur] == 1) & ((stop[cur] == 0) | (number[prev] == 1)) & ~(
        (upper[prev] == 1) & (length[prev] > 1))
    starts = doc.to_array([SENT_START]).view(numpy.int64).copy()
    full_stop = orth == doc.vocab.strings["."]
    word = (lower == 1) & (alpha == 1)
    stop_after_word = numpy.zeros(len(doc), dtype=bool)
    stop_after_word[2:] = full_stop[1:-1] & ~glued[1:-1] & word[:-2] & (title[2:] == 1)
    # or with a space token between ("managers.\xa0Bonuses")
    stop_after_word[3:] |= (space[2:-1] == 1) & full_stop[1:-2] & word[:-3] & (title[3:] == 1)
    begin = numpy.flatnonzero(stop_after_word & (starts == 0))
    cut = numpy.flatnonzero(hits).tolist()
    cut += [i for i in numpy.flatnonzero(named).tolist() if not doc[i].text.endswith(".")]
    cut += _after_joined_titles(doc, orth)
    index = numpy.array(cut, dtype=numpy.int64) + 1
    index = index[starts[index] == 0]  # a start set before (a paragraph's) stays
    if not len(index) and not len(begin):
        return doc
    starts[index] = NOT_START
    starts[begin] = 1
    doc.from_array([SENT_START], starts.view(numpy.uint64))
    return doc


def _after_joined_titles(doc: Doc, orth: numpy.ndarray) -> list[int]:
    """Indexes (less one) of the tokens right after the full stop of "Brig.-Gen." or "Lt.-Col."."""
    stems = {a[:-1] for a in title_abbreviations() if a.endswith(".")}
    out = []
    for i in numpy.flatnonzero(orth[1:-1] == doc.vocab.strings["."]).tolist():
        before = doc[i]
        if "-" in before.text and not before.whitespace_ and before.text.rsplit("-", 1)[1] in stems:
            out.append(i + 1)
    return out


def with_sentence_continuations(nlp: Language) -> Language:
    """`nlp` with `sentence_continuations` placed right before its parser (once)."""
    return add_once(nlp, COMPONENT, before="parser")
