"""The pipeline: ingest -> clean -> nlp -> actors -> events, over batches of documents.

Each stage is a plain function over plain records, so the same pipeline serves the CLI,
the Python API, the web server and the distributed runner.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

import sitrep.nlp  # noqa: F401  first of the stages: it imports spaCy without torch (see sitrep.nlp)
from sitrep.actors import find_mentions
from sitrep.clean import clean_document
from sitrep.errors import SitrepError
from sitrep.events import code_events
from sitrep.ingest import read_paths
from sitrep.nlp import load_model, parse_documents
from sitrep.records import CodedDocument, Document, Problem, RawDocument

if TYPE_CHECKING:
    from spacy.language import Language


class Pipeline:
    """Runs every stage over a stream of documents; the spaCy model is loaded once."""

    def __init__(self, nlp: Language | None = None, batch_size: int = 64) -> None:
        self.nlp = nlp or load_model()
        self.batch_size = batch_size

    def code_documents(self, documents: Iterable[Document]) -> Iterator[CodedDocument]:
        """Parse and code cleaned documents, in input order."""
        for parsed in parse_documents(documents, self.nlp, self.batch_size):
            mentions = find_mentions(parsed)
            events = code_events(parsed, mentions)
            yield CodedDocument(document=parsed.document, events=events, mentions=mentions)

    def code_raw(
        self, items: Iterable[RawDocument | Problem], *, skip: Callable[[Document], bool] | None = None,
    ) -> Iterator[CodedDocument | Problem]:
        """Clean and code raw documents; a document that fails becomes a `Problem`, the rest go on.

        Problems are yielded in the place of the document they concern, so output keeps input order.
        A cleaned document for which `skip` is true (the ledger already holds it as it is) is not
        parsed: it comes back as a `CodedDocument` marked `unchanged`, which makes a re-run after a
        crash resume where it stopped instead of coding everything again.
        """
        slots: list[CodedDocument | Problem | Document] = []

        def cleaned() -> Iterator[Document]:
            for item in items:
                if isinstance(item, Problem):
                    slots.append(item)
                    continue
                try:
                    doc = clean_document(item)
                except SitrepError as exc:
                    slots.append(Problem(exc.origin or item.origin, exc.message))
                    continue
                if skip is not None and skip(doc):
                    slots.append(CodedDocument(document=doc, unchanged=True))
                    continue
                slots.append(doc)
                yield doc

        for coded in self.code_documents(cleaned()):
            while slots and not isinstance(slots[0], Document):
                yield slots.pop(0)  # type: ignore[misc]
            slots.pop(0)
            yield coded
        yield from (s for s in slots if not isinstance(s, Document))  # type: ignore[misc]

    def code_paths(
        self, paths: Iterable[str], *, skip: Callable[[Document], bool] | None = None,
    ) -> Iterator[CodedDocument | Problem]:
        """Read, clean and code every document under `paths` (see `code_raw` for `skip`)."""
        return self.code_raw(read_paths(paths), skip=skip)

    def code_text(
        self, text: str, *, published: str | None = None, title: str | None = None,
        doc_id: str = "text",
    ) -> CodedDocument:
        """Code one already-clean text (a sentence, a paragraph, an article body)."""
        doc = Document(id=doc_id, text=text, title=title, published=published, origin=doc_id)
        return next(self.code_documents([doc]))


