"""A small ledger for the web tests, built with the real pipeline from real text.

- the seed article (`shared/seed/000_cffe77665d307e1a.txt`: Russia and Iran's military ties, Dec 2022);
- three re3d documents (`shared/corpora/re3d`, see its README): a BBC story on Syria accusing Israel of
  a bombardment, a US State Department and a UK Government statement on meetings with Russia's foreign
  minister. re3d has no date field; the date is read from the URL when it holds one.

The test asserts structure (an event's evidence is highlighted, a dyad has periods), not counts, since
the event coder is still growing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sitrep.records import RawDocument

RE3D_PICKS: tuple[tuple[str, str], ...] = (
    ("BBC Online", "3095FB15AFF7B552702E9EF46C083FDD"),
    ("US State Department", "FAB032C0995F606F54B1DD3EA8D61930"),
    ("UK Government", "1101048768E50FA1F8DA3F7B7CD105AB"),
)


def re3d_raw(shared: Path, folder: str, doc_id: str) -> RawDocument:
    """One re3d document as a raw document (title, URL and outlet from its record)."""
    path = shared / "corpora" / "re3d" / folder / "documents.json"
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        record = json.loads(line)
        if record["_id"] == doc_id:
            url = record.get("sourceUrl") or ""
            dated = re.search(r"/(20\d\d)/(\d\d)/", url)
            return RawDocument(origin=f"{path}#{doc_id}", content=record["text"], kind="text",
                               id=doc_id.lower()[:16], title=record["title"], url=url or None,
                               publisher=folder, published=f"{dated[1]}-{dated[2]}-01" if dated else None)
    raise LookupError(f"{doc_id} not in {path}")


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, shared, pipeline) -> Path:
    """A closed ledger file holding the seed and the re3d picks, coded by the real pipeline."""
    from sitrep.ledger import Ledger
    from sitrep.records import Problem

    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    with Ledger(path) as ledger:
        summary = ledger.ingest([shared / "seed" / "000_cffe77665d307e1a.txt"], pipeline=pipeline)
        assert summary.stored == 1, summary.public()
        raws = [re3d_raw(shared, folder, doc_id) for folder, doc_id in RE3D_PICKS]
        for coded in pipeline.code_raw(raws):
            assert not isinstance(coded, Problem), str(coded)
            ledger.store(coded)
    return path
