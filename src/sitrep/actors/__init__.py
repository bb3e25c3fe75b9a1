"""Actors: find the political actors a document names and resolve them to codes.

Public functions:
- `find_mentions(parsed)`: every actor mention of a parsed document (names, metonyms, titles,
  persons, pronouns), with character offsets into its section.
- `mention_index(mentions, doc, section)`: spaCy token index -> Mention, for the events stage.
- `resolve_name(text, context=None, date=None)`: the actor a short text names, or None.
- `load_lexicon()`: the vocabulary table (cached), e.g. to warm it up.
"""

from sitrep.actors.index import mention_index
from sitrep.actors.lexicon import load_lexicon
from sitrep.actors.mentions import find_mentions
from sitrep.actors.resolve import resolve_name

__all__ = ["find_mentions", "load_lexicon", "mention_index", "resolve_name"]
