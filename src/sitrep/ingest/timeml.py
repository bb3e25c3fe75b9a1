"""Read TimeML files (`.tml`): annotated news articles such as TimeBank, AQUAINT and TempEval-3.

The annotation tags are dropped; the document keeps its id (DOCID), its creation time (the DCT's
TIMEX3 value, which is the publication date the events' dates are resolved against), title and text.
"""

from __future__ import annotations

from lxml import etree

from sitrep.ingest.limits import Limits
from sitrep.ingest.raw import make_raw
from sitrep.records import Problem, RawDocument

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)


def read_timeml(text: str, origin: str, limits: Limits) -> RawDocument | Problem:
    """One raw document from the text of a TimeML file, or a Problem saying why not."""
    try:
        root = etree.fromstring(text.encode("utf-8"), _PARSER)
    except (etree.XMLSyntaxError, ValueError) as exc:
        return Problem(origin, f"not valid TimeML XML ({exc})")
    body = root.find(".//TEXT")
    if body is None:
        return Problem(origin, "TimeML file has no <TEXT> element")
    content = "".join(body.itertext()).strip()
    dct = root.find(".//DCT/TIMEX3")
    published = (dct.get("value") or "")[:10] if dct is not None else None
    title = root.findtext(".//TITLE")
    return make_raw(origin, content, "text", limits, doc_id=(root.findtext(".//DOCID") or "").strip() or None,
                    title=" ".join(title.split()) if title else None, published=published or None)
