"""Small questions about the dependency parse that several stages ask."""

from __future__ import annotations

from spacy.tokens import Token


def plain_word(tok: Token) -> str:
    """A token's lower-case text with a typographic apostrophe made plain: "she’ll accept", "they’d send"
    (word lists spell "'ll", "'d")."""
    return tok.lower_.replace("’", "'")


def object_verb(noun: Token) -> Token | None:
    """The word a noun is the object of, directly ("released a statement") or through a preposition
    ("said in a statement", "respond to an attack"); None when the noun is no object."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.head
    return noun.head if noun.dep_ == "dobj" else None
