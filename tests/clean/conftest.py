"""Helpers shared by the clean-stage tests."""

from __future__ import annotations

from sitrep.clean.extracted import Extracted
from sitrep.clean.text import extract_text
from sitrep.records import RawDocument

# A plain story and its headline, for tests about what surrounds a story on a page (headers, dates,
# captions, credits): the story itself holds no furniture, so whatever is found comes from the page around.
STORY = ("The interior ministry said on Wednesday that border guards had closed two crossings after "
         "smugglers opened fire on a patrol near the river.\n\n"
         "A ministry spokesman said the crossings would reopen once the area had been searched, and added "
         "that three suspects had been detained.\n\n"
         "Traders in the nearby market towns complained that the closures would cut their incomes.")
HEADLINE = "Border guards close two crossings after shooting"


def extract_page(text: str) -> Extracted:
    """Clean a scraped page's text as `sitrep` reads a plain-text dump."""
    return extract_text(RawDocument(origin="test", content=text, kind="text"))
