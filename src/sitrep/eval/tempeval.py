"""Score relative date resolution against TempEval-3's gold TIMEX3 values.

Which expressions: every TIMEX3 of type DATE (the document creation time excluded) whose text is
relative — a weekday, yesterday/today/tomorrow, last/this/next week/month/year/season/weekday/month,
"N days ago", or a month (with or without a day) named without a year. Absolute dates are not scored:
they need no anchor. Each is resolved with `resolve_expression(text, DCT, prefer)`, where `prefer`
comes from the words around it (`tense_preference` on 60 characters either side), and compared
to the gold `value` exactly (gold's granularity is the one to hit: "this week" must give
`2013-W12`, not a day).

Splits: `test` is the TempEval-3 platinum set (`te3-platinum/`), as the task defined it; `dev` is
TimeBank plus AQUAINT (the TempEval-3 training data); `all` is both.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.events.dates import resolve_expression, tense_preference, vocabulary

SPLITS = {
    "test": ("te3-platinum",),
    "dev": ("TimeBank", "AQUAINT"),
    "all": ("te3-platinum", "TimeBank", "AQUAINT"),
}
TIMEX = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.S)
ATTR = re.compile(r'(\w+)="([^"]*)"')
TAG = re.compile(r"<[^>]+>")
CONTEXT_CHARS = 60  # tense is read near the expression, not in the whole sentence


def is_relative(text: str) -> bool:
    """Whether a date expression needs the document date to be resolved."""
    vocab = vocabulary()
    t = text.lower()
    words = set(re.findall(r"[a-z]+", t))
    if words & set(vocab.weekdays) or words & set(vocab.days):
        return True
    shifted = words & {"last", "next", "this", "coming", "previous", "past", "current"}
    periods = {"week", "weekend", "month", "year", "decade", *vocab.seasons, *vocab.months, *vocab.weekdays}
    if "ago" in words or (shifted and words & periods):
        return True
    has_year = re.search(r"\b(1\d{3}|20\d{2})\b", t) is not None
    return not has_year and bool(words & (set(vocab.months) | set(vocab.seasons))) and not re.search(
        r"\b\d{2,}s\b", t
    )


def read_timeml(path: Path) -> tuple[str, list[dict[str, str]]]:
    """The DCT value and the DATE timexes (text, value, sentence) of one TimeML file."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    if dct is None:
        raise InputError("no DCT in TimeML file", origin=str(path))
    dct_value = dict(ATTR.findall(dct.group(1))).get("value", "")
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if body is None:
        raise InputError("no TEXT in TimeML file", origin=str(path))
    text = body.group(1)
    timexes = []
    for m in TIMEX.finditer(text):
        attrs = dict(ATTR.findall(m.group(1)))
        if attrs.get("type") != "DATE" or attrs.get("functionInDocument") == "CREATION_TIME":
            continue
        timexes.append({
            "text": html.unescape(TAG.sub("", m.group(2))).strip(),
            "value": attrs.get("value", ""),
            "sentence": _sentence_around(text, m.start(), m.end()),
            "context": _sentence_around(text, m.start(), m.end(), window=CONTEXT_CHARS),
        })
    return dct_value, timexes


def _sentence_around(text: str, start: int, end: int, window: int | None = None) -> str:
    """The sentence holding a timex, or only `window` characters of it either side."""
    left = max(text.rfind(".", 0, start), text.rfind("\n\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(".", end), text.find("\n\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    if window is not None:
        left, right = max(left, start - window), min(right, end + window)
    return html.unescape(TAG.sub("", text[left:right])).replace("\n", " ").strip()


def score_tempeval(corpus_dir: Path | str, split: str = "test") -> dict[str, Any]:
    """Accuracy of sitrep's relative-date resolution against TempEval-3 gold values."""
    if split not in SPLITS:
        raise InputError(f"unknown TempEval split {split!r} (use one of {sorted(SPLITS)})",
                         origin=str(corpus_dir))
    files = [p for folder in SPLITS[split] for p in sorted((Path(corpus_dir) / folder).glob("*.tml"))]
    if not files:
        raise InputError(f"no .tml files for split {split!r}", origin=str(corpus_dir))
    total = correct = 0
    misses: list[dict[str, str]] = []
    for path in files:
        dct, timexes = read_timeml(path)
        for tx in timexes:
            if not is_relative(tx["text"]):
                continue
            total += 1
            got = resolve_expression(tx["text"], dct, tense_preference(tx["context"]))
            if got == tx["value"]:
                correct += 1
            else:
                misses.append({"doc": path.stem, "dct": dct[:10], "text": tx["text"], "gold": tx["value"],
                               "got": got or "", "sentence": tx["sentence"][:160]})
    return {
        "suite": "tempeval", "split": split, "documents": len(files), "relative_dates": total,
        "correct": correct, "accuracy": round(correct / total, 4) if total else 0.0,
        "misses": misses[:20], "missed": len(misses),
    }
