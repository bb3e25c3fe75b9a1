"""parse_documents: one spaCy Doc per non-empty section, every document back once, in input order."""

from __future__ import annotations

from sitrep.nlp import parse_documents
from sitrep.records import Document

# Title and first sentence of PolNeAR train breitbart_2015-11-11_the-ninth-circle-the-hellish-vie.txt
TITLE = "The Ninth Circle: The Hellish View from Inside the Beltway, #2."
TEXT = ("In our last epistle from the Bottomless Pit, we mocked the presidential ambitions of three "
        "Republican hopefuls: Jeb!, Ben Carson, and Donald Trump.")


def test_sections_and_order(pipeline) -> None:
    docs = [
        Document(id="a", text=TEXT, title=TITLE, origin="a"),
        Document(id="empty", text="", origin="empty"),  # nothing to parse: still comes back, in its place
        Document(id="b", text=TEXT, subtitle=TITLE, origin="b"),
    ]
    parsed = list(parse_documents(docs, pipeline.nlp, batch_size=2))
    assert [p.document.id for p in parsed] == ["a", "empty", "b"]
    assert list(parsed[0].sections) == ["title", "text"]
    assert parsed[1].sections == {}
    assert list(parsed[2].sections) == ["subtitle", "text"]
    assert parsed[0].sections["title"].text == TITLE
    assert parsed[2].sections["text"].text == TEXT
    assert "Carson" in {ent.text.split()[-1] for ent in parsed[0].sections["text"].ents}
