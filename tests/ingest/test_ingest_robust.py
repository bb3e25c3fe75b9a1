"""Whatever bytes a file holds, reading it gives documents or problems, never an exception."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.ingest import read_paths
from sitrep.records import Problem, RawDocument

SUFFIXES = [".txt", ".html", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz", ".json", ".tml", ".x"]


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(SUFFIXES))
def test_any_bytes_give_documents_or_problems(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        for item in read_paths([path]):
            assert isinstance(item, RawDocument | Problem)
            assert item.origin.startswith(str(path))
