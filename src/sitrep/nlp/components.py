"""Placing sitrep's own spaCy components in a loaded pipeline."""

from __future__ import annotations

from spacy.language import Language


def add_once(nlp: Language, name: str, *, before: str | None = None, after: str | None = None) -> Language:
    """`nlp` with the registered component `name` placed right before `before` or right after `after`,
    once: adding it again is a no-op, and a pipeline without that neighbour (a blank test pipeline with
    no parser) is left as it is."""
    anchor = before or after
    if name not in nlp.pipe_names and anchor in nlp.pipe_names:
        nlp.add_pipe(name, before=before, after=after)
    return nlp
