"""Parsing: spaCy's English model, loaded once, run in batches.

Importing this package first imports spaCy without torch (`_import_spacy_without_torch`), so a
process that imports it before anything else imports spaCy (the workers' fork server, a Ray
actor) starts lighter.
"""

import sys


def _import_spacy_without_torch() -> None:
    """Import spaCy with torch hidden, when neither is imported yet.

    thinc (spaCy's machine-learning library) imports torch whenever it is installed (sitrep's
    optional classifier installs it), though the small English model never uses it: 1.1 s of CPU
    and 180 MB of RSS in every process that loads the model. torch is hidden only while spaCy
    imports: thinc then records that it has no torch, and a later `import torch` (the
    classifier's) loads it as usual.
    """
    if "spacy" in sys.modules or "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` raise ImportError
    try:
        import spacy  # noqa: F401
    finally:
        del sys.modules["torch"]


_import_spacy_without_torch()

from sitrep.nlp.model import ParsedDocument, load_model, parse_documents  # noqa: E402

__all__ = ["ParsedDocument", "load_model", "parse_documents"]
