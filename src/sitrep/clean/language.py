"""Which language an article is in, so that non-English reports are refused rather than mis-coded."""

from __future__ import annotations

import re
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

SAMPLE_CHARS = 4000
MIN_LETTERS = 40
"""Below this many letters a guess is noise: the text is assumed to be English."""
_LETTER = re.compile(r"[^\W\d_]")
ENGLISH_RUNNER_UP = 0.2
"""A text whose best guess is another language but that the model gives English at least this probability
is English: a short English report full of local names ("... set ablaze by an angry mob in Ekuigbo community,
Ughelli North Local Government Area of Delta State") can score a shade above English as Nigerian Pidgin (0.55
against 0.45), while a page really in another language leaves English near 0 (below 0.001 on every non-English
page of the article-extraction benchmark, and on Pidgin prose)."""


@cache
def _identifier() -> LanguageIdentifier:
    # py3langid ships its model inside the package: nothing is downloaded, and the result is deterministic
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code of the text's language and the model's confidence; (None, 0.0) if too short."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None, 0.0
    ranked = _identifier().rank(sample)
    language, confidence = ranked[0]
    if language != "en":
        english = next((p for lang, p in ranked if lang == "en"), 0.0)
        if english >= ENGLISH_RUNNER_UP:
            return "en", float(english)
    return str(language), float(confidence)
