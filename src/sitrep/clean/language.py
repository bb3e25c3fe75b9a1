"""Which language an article is in, so that non-English reports are refused rather than mis-coded."""

from __future__ import annotations

import re
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

SAMPLE_CHARS = 4000
MIN_LETTERS = 40
"""Below this many letters a guess is noise: the text is assumed to be English."""
_LETTER = re.compile(r"[^\W\d_]")


@cache
def _identifier() -> LanguageIdentifier:
    # py3langid ships its model inside the package: nothing is downloaded, and the result is deterministic
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code of the text's language and the model's confidence; (None, 0.0) if too short."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None, 0.0
    language, confidence = _identifier().classify(sample)
    return str(language), float(confidence)
