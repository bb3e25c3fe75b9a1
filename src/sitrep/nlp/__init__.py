"""Parsing: spaCy's English model, loaded once, run in batches."""

from sitrep.nlp.model import ParsedDocument, load_model, parse_documents

__all__ = ["ParsedDocument", "load_model", "parse_documents"]
