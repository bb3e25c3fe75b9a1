"""Clean: raw documents to article text and metadata (title, subtitle, date, publisher, ...)."""

from sitrep.clean.article import clean_document

__all__ = ["clean_document"]
