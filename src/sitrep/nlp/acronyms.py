"""Capitalised acronyms that spell an English function word ("IS", "WHO") given to the parser as names.

The small model reads a word through its norm (the lower-case form) with its affixes and shape,
so "IS" (Islamic State) is read as the verb "is" and "WHO" (World Health Organization) as the
pronoun: "IS has seized the town of Palmyra" is parsed as a passive with no subject, and every
event of such a sentence is lost. Before the model runs, such a token gets its own capitals as its
norm, a string the model has no reading for, so its shape and affixes decide and it is tagged and
parsed as the proper noun it is ("IS/NNP/nsubj"); its text, lower form and lemma rules are unchanged.

Only where the document shows the token is a name, so a real "IS" stays a verb:
- it is written in capitals amid words that are not ("WHAT IS HAPPENING" is a capitals headline);
- it is not in brackets ("(IS)" is read as a name already);
- and the document spells it out: it defines it in brackets after words whose initials it takes
  ("Islamic State (IS)", "World Health Organization (WHO)"), or the actor lexicon names the acronym
  (a body written in capitals) and the document also names that body another way ("Islamic
  State", "ISIS", "Daesh" for "IS"). "there IS an oxygen bar" has neither. A state's abbreviation
  ("US") is left to the model, which reads it right (see `names_acronym`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import IS_ALPHA, IS_STOP, IS_UPPER, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from sitrep.actors.lexicon import Entry

COMPONENT = "sitrep_acronym_norms"
_CONTEXT = 3  # words each side that say whether the token's line is written in capitals
_BRACKETS = {"(": ")", "[": "]"}
_SKIPPED = frozenset({"of", "the", "and", "for", "in", "on", "de", "al"})  # not in an acronym's letters


@Language.component(COMPONENT)
def acronym_norms(doc: Doc) -> Doc:
    """Give each function-word acronym the document shows to be a name its own text as norm."""
    if len(doc) < 2:
        return doc
    flags = doc.to_array([IS_UPPER, IS_STOP, IS_ALPHA, LENGTH])
    hits = numpy.flatnonzero(flags[:, 0] & flags[:, 1] & flags[:, 2] & (flags[:, 3] > 1)).tolist()
    if not hits:
        return doc
    named: dict[str, bool] = {}
    for i in hits:
        token = doc[i]
        form = token.text
        if form not in named:
            named[form] = names_acronym(form, doc.text)
        if named[form] and not _bracketed(doc, i) and not in_capitals(doc, i):
            token.norm_ = form
    return doc


def with_acronym_norms(nlp: Language) -> Language:
    """`nlp` with `acronym_norms` first, before any component reads the tokens' norms (once)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, first=True)
    return nlp


def in_capitals(doc: Doc, i: int) -> bool:
    """True unless most words next to token `i` on its line are written in lower or mixed case."""
    upper = total = 0
    for step in (-1, 1):
        j, seen = i + step, 0
        while 0 <= j < len(doc) and seen < _CONTEXT:
            token = doc[j]
            if "\n" in token.text:  # a line break (spaCy makes it a token of its own)
                break
            if token.is_alpha and len(token) > 1:  # "A" and "I" are capitals in any style
                seen += 1
                total += 1
                upper += token.is_upper
            j += step
    return total == 0 or 2 * upper >= total


def _bracketed(doc: Doc, i: int) -> bool:
    """True for "(IS)" or "[IS]": the brackets already show the model a name, and a new norm there
    upsets the entity recogniser ("Islamic State (" became an entity)."""
    return 0 < i < len(doc) - 1 and _BRACKETS.get(doc[i - 1].text) == doc[i + 1].text


def names_acronym(form: str, text: str) -> bool:
    """True when `text` defines `form` in brackets or names the lexicon's body for it another way.

    A state's abbreviation ("US") is left alone even when defined: the model reads it as a name
    already (it is frequent in the news it was trained on), and a new norm there makes its entity
    recogniser worse ("US-China trade deal" lost "China", "US position" became an organisation).
    """
    if _state(form):
        return False
    if _defined(form, text):
        return True
    other = _other_names(form)
    return other is not None and any(any(c.isupper() for c in m.group()) for m in other.finditer(text))


def _defined(form: str, text: str) -> bool:
    """True when `text` has "(FORM)" after words whose initials end with FORM's letters."""
    for m in re.finditer(r"\(\s*" + re.escape(form) + r"\s*\)", text):
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text[max(0, m.start() - 120) : m.start()])
                 if w.lower() not in _SKIPPED]
        initials = "".join(w[0] for w in words[-len(form):]).upper()
        if initials == form.upper() and all(w[0].isupper() for w in words[-len(form):]):
            return True
    return False


def _entry(form: str) -> Entry | None:
    """The actor lexicon's entry for `form` (None: it has none)."""
    from sitrep.actors.lexicon import load_lexicon  # here: sitrep.actors imports sitrep.nlp

    return load_lexicon().phrases.get(form.lower())


def _state(form: str) -> bool:
    """True when the actor lexicon names a state by `form` ("US")."""
    entry = _entry(form)
    return entry is not None and entry.kind == "country"


@lru_cache(maxsize=64)
def _other_names(form: str) -> re.Pattern[str] | None:
    """A pattern for the lexicon's other names of the body `form` names in capitals (None: none)."""
    from sitrep.actors.lexicon import load_lexicon

    entry = _entry(form)
    if entry is None or not entry.caps_only or entry.kind != "body":
        return None
    phrases = load_lexicon().phrases
    codes = (entry.kind, entry.country, entry.org)
    names = sorted((key for key, other in phrases.items()
                    if other is not entry and (other.kind, other.country, other.org) == codes
                    and key != form.lower()), key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)", re.IGNORECASE)
