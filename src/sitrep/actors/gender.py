"""The gender a text marks for a person, so "she" does not resolve to a man nor "he" to a woman.

A person's gender comes from the words of their own mention and the few words before it: an
honorific or gendered title ("Mr.", "Mrs.", "Congresswoman", "Queen"), else the given name
(`data/given_names.tsv`, a short list of names that nearly always mark one gender). A document's
mentions of one surname share what any of them marks ("Hillary Clinton ... Clinton"), unless they
mark both ("Hillary Clinton ... Bill Clinton": the surname alone says nothing). A person with no
such mark has no gender and stays a candidate for either pronoun.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from sitrep.actors.lexicon import DATA, read_rows
from sitrep.actors.persons import name_words, surname

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
LOOK_BACK = 2  # words before a name that may be its honorific or title ("Mrs.", "Rep. Congresswoman")


@lru_cache(maxsize=1)
def gender_words() -> dict[str, str]:
    """Lowercased given names, honorifics and gendered titles -> "m" / "f" (data/given_names.tsv)."""
    return {word.lower(): gender for _, (word, gender) in read_rows("given_names.tsv", 2, DATA)}


def _word(text: str) -> str:
    return text.lower().rstrip(".").replace("’", "'")


def name_gender(doc: Doc, start: int, end: int, label: str | None = None) -> str | None:
    """The gender the tokens doc[start:end] of a person's name, the words just before them, or the
    name `label` of the person's actor ("Donald Trump" for "Trump") mark; None when nothing does."""
    words = gender_words()
    for tok in reversed(doc[max(0, start - LOOK_BACK):start]):
        found = words.get(_word(tok.text))
        if found:
            return found
        if not tok.text[:1].isupper():
            break  # "the wife of Barack Obama": only a title written with the name counts
    for text in (doc[start:end].text, label or ""):
        given = name_words(text)
        if not given:
            continue
        found = words.get(_word(text.split()[0])) if text.split() else None  # "Mrs Clinton"
        if found:
            return found
        if len(given) > 1:
            found = words.get(_word(given[0]))
            if found:
                return found
    return None


def surname_genders(marked: list[tuple[str, str | None]]) -> dict[str, str]:
    """Surname -> gender from (name, gender) pairs of one document, leaving out surnames marked both ways."""
    seen: dict[str, set[str]] = {}
    for name, gender in marked:
        if gender:
            seen.setdefault(surname(name).lower(), set()).add(gender)
    return {key: next(iter(g)) for key, g in seen.items() if len(g) == 1}


def fits(pronoun: str, gender: str | None) -> bool:
    """Whether a person of `gender` (None: unknown) can be what `pronoun` refers to."""
    wanted = PRONOUN_GENDER.get(pronoun.lower())
    return wanted is None or gender is None or gender == wanted
