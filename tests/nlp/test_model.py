"""parse_documents: one spaCy Doc per non-empty section, every document back once, in input order."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sitrep.nlp import parse_documents
from sitrep.nlp.model import SECTION_TEXT, section_text
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


def test_section_text_kept_from_parsing(pipeline) -> None:
    # the title is parsed recased (sentence case) and rebuilt over its own text: its kept text is the
    # title as printed, and every section's kept text is what doc.text rebuilds
    caps = TEXT.upper() + "\n\n" + TEXT  # a paragraph in capitals is parsed recased too
    parsed = next(parse_documents([Document(id="a", text=caps, title=TITLE, origin="a")], pipeline.nlp))
    for doc in parsed.sections.values():
        assert doc.user_data[SECTION_TEXT] == doc.text
        assert section_text(doc) == doc.text
    assert section_text(parsed.sections["title"]) == TITLE
    assert section_text(pipeline.nlp.make_doc(TEXT)) == TEXT  # a Doc not from parse_documents


def _fresh(code: str) -> str:
    """What `code` prints in a new interpreter (this one has imported spaCy long ago)."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_pipeline_imports_spacy_without_torch() -> None:
    # thinc imports torch whenever it is installed (the classifier extra installs it), though the
    # model never uses it: importing the pipeline must not pay its second of CPU and 180 MB.
    pytest.importorskip("torch")
    code = ("import sys\nfrom sitrep.pipeline import Pipeline\nPipeline().code_text('Police arrested him.')\n"
            "print('spacy' in sys.modules, 'torch' in sys.modules)")
    assert _fresh(code).split() == ["True", "False"]


def test_torch_still_imports_after_spacy() -> None:
    # torch is hidden only while spaCy imports: the classifier's own `import torch` works as usual
    pytest.importorskip("torch")
    assert _fresh("import sitrep.nlp\nimport torch\nprint(torch.tensor([2]).item())").split() == ["2"]
