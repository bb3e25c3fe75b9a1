"""Ingest: turn paths (files, folders, archives) into raw documents, in input order."""

from sitrep.ingest.paths import read_paths

__all__ = ["read_paths"]
