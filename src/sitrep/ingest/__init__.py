"""Ingest: turn paths (files, folders, archives) into raw documents, in input order.

Reads .txt, .html/.htm, .jsonl (also .jsonl.gz/.jsonl.bz2), .json, .warc/.warc.gz and folders of them.
Anything that cannot be used (binary, empty, a broken JSON line, a truncated archive, a document over
the size limits) is yielded as a `Problem` in its place, naming the file and line or record.
"""

from sitrep.ingest.limits import DEFAULT_LIMITS, Limits
from sitrep.ingest.paths import read_file, read_paths

__all__ = ["DEFAULT_LIMITS", "Limits", "read_file", "read_paths"]
