"""The seed article (shared/seed) cleaned: its header metadata, no furniture, every story sentence."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sitrep.clean import clean_document
from sitrep.ingest import read_paths
from sitrep.records import Document

SEED_NAME = "000_cffe77665d307e1a.txt"


@pytest.fixture(scope="module")
def seed(shared: Path) -> tuple[Document, dict]:
    [raw] = read_paths([shared / "seed" / SEED_NAME])
    expected = json.loads((shared / "seed" / "expected.json").read_text(encoding="utf-8"))
    return clean_document(raw), expected


def test_seed_metadata(seed: tuple[Document, dict]) -> None:
    doc, expected = seed
    meta = expected["metadata"]
    assert doc.title == meta["title"]
    assert doc.subtitle == meta["subtitle"]
    assert doc.publisher == meta["publisher_or_agency"]
    assert doc.published == meta["published"]
    assert doc.language == "en"


def test_seed_furniture_is_gone(seed: tuple[Document, dict]) -> None:
    doc, expected = seed
    for line in expected["metadata"]["must_not_remain_in_body"]:
        assert line not in doc.text
    assert "Anadolu Agency December 09, 2022" not in doc.text  # header line
    assert not doc.text.startswith(doc.title or "-")  # the title is not repeated in the body


def test_every_story_sentence_remains(seed: tuple[Document, dict], shared: Path) -> None:
    doc, expected = seed
    raw = (shared / "seed" / SEED_NAME).read_text(encoding="utf-8")
    story = raw[raw.index("Russia is providing"): raw.index("resolutions.") + len("resolutions.")]
    story = story.replace("\u00a0", " ")  # the dump has no-break spaces; the cleaner makes them plain
    furniture = set(expected["metadata"]["must_not_remain_in_body"])
    kept = 0
    for paragraph in (p.strip() for p in story.split("\n\n")):
        if paragraph and paragraph not in furniture:
            assert paragraph in doc.text
            kept += 1
    assert kept == 9
    assert re.search(r"\n\n", doc.text)  # paragraphs separated by blank lines
