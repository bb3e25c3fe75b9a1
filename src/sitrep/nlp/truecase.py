"""Title-case headlines parsed as sentence case, with the headline's own characters kept.

Many outlets print headlines in title case ("U.S. Condemns Terrorist Attack In Kabul"); the small
model tags every capitalised word a proper noun there, so the headline's parse names wrong actors
and events. `sentence_cased` gives a same-length copy of such a headline in which a capitalised
word is lower-cased unless something shows it is a name: it opens the headline, it is written in
capitals or with an inner capital ("U.S.", "NATO", "McCain"), the body writes it capitalised in
mid-sentence at least as often as in lower case, or (when the body does not use it mid-sentence)
the actor lexicon names it (a state, body, place, demonym or person; agent nouns such as "Police"
are not names). `with_text` then rebuilds the parsed copy over the original characters, so token
texts, spans and evidence show the headline as printed and every offset is unchanged.

A headline in capitals ("TWO SUICIDE BOMBERS BLOW THEMSELVES UP AT A MOSQUE RUN BY YEMEN'S HOUTHI GROUP")
is tagged all proper nouns too and parsed as one long name: `caps_cased` lowers it the same way, a word
keeping its capitals only when the body writes it so mid-sentence ("NATO") or the lexicon has it only in
capitals ("UN"), and its first capital when the body or the lexicon says it is a name ("Yemen", "Houthi").
A body paragraph written all in capitals (a snippet that is a headline, a subheading) is parsed so too
(`caps_paragraphs_cased`).
"""

from __future__ import annotations

import re

from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

_WORD = re.compile(r"[^\W\d_]+")
# Words title case leaves in lower case in some styles and sentence case always does: they say
# nothing about which style a headline uses.
_FUNCTION = frozenset((
    "about", "above", "across", "after", "against", "along", "amid", "among", "around", "before", "behind",
    "below", "beneath", "beside", "between", "beyond", "down", "during", "from", "inside", "into", "like",
    "near", "onto", "over", "past", "since", "than", "that", "this", "through", "toward", "towards", "under",
    "until", "upon", "with", "within", "without",
))
_MIN_LENGTH = 4  # words this long decide the style ("To", "In", "Of" are capitalised either way)
_MIN_WORDS = 3
_SHARE = 0.8
_SENTENCE_END = re.compile(r"(?:^|[\n\"“‘'(\[]|[?!.:;]\s)\s*$")  # before a body's sentence start
_TITLE_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{1,2}\.\s+$")  # "Dr. ", "Sen. ", "Gov. " end no sentence
_HEADLINE_START = re.compile(r"(?:^|[\"“‘(\[]|[?!:]\s|[a-z]{2}\.\s)\s*$")  # "U.S. Condemns" goes on
_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID]


def is_title_case(text: str) -> bool:
    """True when most longer content words of `text` are capitalised (a title-case headline)."""
    words = [w for w in _WORD.findall(text) if len(w) >= _MIN_LENGTH and w.lower() not in _FUNCTION]
    if len(words) < _MIN_WORDS:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= _SHARE * len(words)


def _marked(word: str, text: str, start: int, end: int) -> bool:
    """True when the word's own form marks a name or acronym ("NATO", "McCain", "U.S.", "I")."""
    if not word[0].isupper() or any(c.isupper() for c in word[1:]):
        return True
    if len(word) == 1:
        return word == "I" or text[end : end + 1] == "." or text[start - 1 : start] in (".", "'", "’")
    return False


def _body_votes(words: set[str], body: str) -> dict[str, tuple[int, int]]:
    """(capitalised, lower-case) counts of each word's mid-sentence uses in `body`, in one scan."""
    votes: dict[str, list[int]] = {w.lower(): [0, 0] for w in words}
    if not body or not votes:
        return {}
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, votes)) + r")\b", re.IGNORECASE)
    for m in pattern.finditer(body):
        word = m.group()
        if not word[0].isupper():
            votes[word.lower()][1] += 1
        elif not _SENTENCE_END.search(body, max(0, m.start() - 3), m.start()) or _TITLE_ABBREVIATION.search(
            body, max(0, m.start() - 6), m.start()
        ):  # a sentence's first word is capitalised whatever it is; "Dr. Kelli" starts none
            votes[word.lower()][0] += 1
    return {w: (c, lo) for w, (c, lo) in votes.items()}


def _lexicon_names(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of the words inside a run of one to three of them that the lexicon names."""
    return {k for k, caps_only in _lexicon_words(text, spans).items() if not caps_only}  # "IS", not "Is"


def _lexicon_words(text: str, spans: list[tuple[int, int]]) -> dict[int, bool]:
    """Index -> whether the lexicon writes it only in capitals, for the words inside a run of one to three of
    them that the lexicon names (agent nouns aside: "Police" is no name)."""
    from sitrep.actors.lexicon import load_lexicon, norm  # here: sitrep.actors imports sitrep.nlp

    phrases = load_lexicon().phrases
    named: dict[int, bool] = {}
    for i in range(len(spans)):
        for n in (3, 2, 1):
            j = i + n
            if j > len(spans) or any(k in named for k in range(i, j)):
                continue
            entry = phrases.get(norm(text[spans[i][0] : spans[j - 1][1]]))
            if entry is not None and entry.kind != "agent":
                named.update(dict.fromkeys(range(i, j), entry.caps_only))
                break
    return named


CAPS_MIN_WORDS = 4
CAPS_SHARE = 0.95  # of the cased letters: "McCAIN" in a capitals headline leaves it one
_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’-]*(?:[ \t]+[A-Z][A-Z'’-]*){" + str(CAPS_MIN_WORDS - 1) + r"}\b")


def is_all_caps(text: str) -> bool:
    """True when `text` has CAPS_MIN_WORDS words or more and (nearly) all its letters are capitals."""
    if len(_WORD.findall(text)) < CAPS_MIN_WORDS:
        return False
    cased = [c for c in text if c.isupper() or c.islower()]
    return bool(cased) and sum(c.isupper() for c in cased) >= CAPS_SHARE * len(cased)


def caps_cased(text: str, body: str = "") -> str:
    """`text`, a line in capitals, in sentence case (same length; see the module's docstring)."""
    found = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    body = body.replace(text, "\n")
    forms = _body_forms({text[a:b] for a, b in found}, body)
    lowered = text.lower()  # "KILLS 5. POLICE SAY": a sentence start as `_HEADLINE_START` reads one
    lexicon = _lexicon_words(text, found)
    chars = list(text)
    for k, (start, end) in enumerate(found):
        word = text[start:end]
        form = forms.get(word.lower())
        if form is None:
            form = ("upper" if lexicon[k] else "title") if k in lexicon else "lower"
        if form == "lower" and (k == 0 or _HEADLINE_START.search(lowered, max(0, start - 5), start)):
            form = "title"  # the line's (or one of its sentences') first word
        if form == "upper":
            continue
        for offset in range(start + (form == "title"), end):
            if len(text[offset].lower()) == 1:
                chars[offset] = text[offset].lower()
    return "".join(chars)


def _body_forms(words: set[str], body: str) -> dict[str, str]:
    """Each word's most frequent spelling in `body` mid-sentence: "upper", "title" or "lower" (words the
    body does not use mid-sentence are left out)."""
    counts: dict[str, dict[str, int]] = {w.lower(): {} for w in words if len(w) > 1}
    if not body or not counts:
        return {}
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, counts)) + r")\b", re.IGNORECASE)
    for m in pattern.finditer(body):
        word = m.group()
        if word[0].isupper() and _SENTENCE_END.search(body, max(0, m.start() - 3), m.start()):
            continue  # a sentence's first word is capitalised whatever it is
        form = "upper" if word.isupper() else "title" if word[0].isupper() else "lower"
        tally = counts[word.lower()]
        tally[form] = tally.get(form, 0) + 1
    return {w: max(tally, key=tally.__getitem__) for w, tally in counts.items() if tally}


def caps_paragraphs_cased(text: str) -> str:
    """`text` with each paragraph (line) written all in capitals in sentence case; `text` itself when none
    is (one regex search decides for most texts)."""
    if not _CAPS_RUN.search(text):
        return text
    lines = text.split("\n")
    cased = [caps_cased(line, text) if is_all_caps(line) else line for line in lines]
    return text if cased == lines else "\n".join(cased)


def sentence_cased(text: str, body: str = "") -> str:
    """`text` with its capitalised common words lower-cased when it is a title-case headline.

    The result has the same length and the same characters at every offset except the first
    letters lowered; `text` itself comes back when it is not in title case or nothing changes.
    """
    if is_all_caps(text):
        return caps_cased(text, body)
    if not is_title_case(text):
        return text
    found = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    candidates: list[int] = []
    for k, (start, end) in enumerate(found):
        word = text[start:end]
        if _marked(word, text, start, end) or len(word[0].lower()) != 1:
            continue
        if k == 0 or _HEADLINE_START.search(text, max(0, start - 5), start):
            continue  # the headline's (or one of its sentences') first word
        candidates.append(k)
    if not candidates:
        return text
    body = body.replace(text, "\n")  # the headline repeated in the body is no evidence of itself
    votes = _body_votes({text[found[k][0] : found[k][1]] for k in candidates}, body)
    named = _lexicon_names(text, found)
    chars = list(text)
    for k in candidates:
        start, end = found[k]
        capitalised, lower = votes.get(text[start:end].lower(), (0, 0))
        if capitalised or lower:
            if capitalised >= lower:
                continue
        elif k in named:
            continue
        chars[start] = text[start].lower()
    return "".join(chars)


def with_text(doc: Doc, text: str) -> Doc:
    """`doc` (a parse of a same-length recasing of `text`) rebuilt over `text`'s own characters."""
    if doc.text == text:
        return doc
    words = [text[t.idx : t.idx + len(t)] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    rebuilt = Doc(doc.vocab, words=words, spaces=spaces)
    rebuilt.from_array(_ATTRS, doc.to_array(_ATTRS))
    return rebuilt
