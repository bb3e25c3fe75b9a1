"""Score speaker attribution (who said what) against PolNeAR's hand-marked Source/Cue/Content spans.

Each article's first line is its title, the rest its body (as sitrep reads news). Matching, in tokens
of sitrep's parse of both sections (gold offsets mapped from the corpus file):

- A gold attribution is an `E` line with a Source and a Content span (attributions without a source
  are skipped). Its content is the set of tokens overlapping the Content characters.
- A predicted attribution is one reporting cue sitrep's `Attributor` found, with the tokens it
  attributes (after quote tracking) and the character span where the speaker is named (for "he
  added" that is "he", as PolNeAR marks it; an inherited speaker, as in "adding that", gives the
  span of the cue it inherits from).
- A prediction and a gold attribution match when their source spans overlap by at least one
  character and their contents overlap by at least half of the smaller of the two.
- Precision = matched predictions / predictions; recall = matched gold / gold; each side is matched
  at most once: qualifying pairs are taken largest content overlap first (so the result does not
  depend on the order of the annotation file). `reporting_recall` is recall over the gold attributions
  whose cue is a reporting verb sitrep knows (PolNeAR also marks "exposed", "listing", "refused").

Only one annotator's file per article is used (the first by name), so articles with several
annotators do not count twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.actors import find_mentions
from sitrep.errors import InputError
from sitrep.events.attribution import Attributor, is_reporting_verb
from sitrep.nlp import parse_documents
from sitrep.records import Document

CONTENT_OVERLAP = 0.5
MAX_MISSES = 50


@dataclass(slots=True)
class GoldAttribution:
    """One PolNeAR attribution: character spans (possibly discontinuous) of its parts."""

    source: list[tuple[int, int]]
    content: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    cue_text: str


def read_ann(path: Path) -> list[GoldAttribution]:
    """The attributions with a Source and a Content in one brat `.ann` file."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    relations: list[dict[str, str]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("\t")
        try:
            if parts[0].startswith("T"):
                label, _, offsets = parts[1].partition(" ")
                ranges = [tuple(int(x) for x in r.split()) for r in offsets.split(";")]
                spans[parts[0]] = (label, ranges, parts[2] if len(parts) > 2 else "")  # type: ignore[assignment]
            elif parts[0].startswith("E"):
                relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
        except (ValueError, IndexError) as exc:
            raise InputError(f"unreadable brat line: {exc}", origin=f"{path}:line {n}") from exc
    gold = []
    for rel in relations:
        if "Source" not in rel or "Content" not in rel or rel["Source"] not in spans:
            continue
        cue = spans.get(rel.get("Cue", ""), ("", [], ""))
        gold.append(GoldAttribution(
            source=spans[rel["Source"]][1], content=spans[rel["Content"]][1], cue=cue[1], cue_text=cue[2],
        ))
    return gold


@dataclass(slots=True)
class _Article:
    """A PolNeAR text as a sitrep Document: its first line is the title, the rest the body."""

    document: Document
    offsets: dict[str, int]  # section -> where it starts in the corpus file
    raw: str

    @staticmethod
    def of(path: Path) -> _Article:
        raw = path.read_text(encoding="utf-8")
        title, _, rest = raw.partition("\n")
        body_start = len(raw) - len(rest.lstrip("\n"))
        date = re.search(r"_(\d{4}-\d{2}-\d{2})_", path.name)
        doc = Document(id=path.stem, title=title or None, text=raw[body_start:],
                       published=date.group(1) if date else None, origin=str(path))
        return _Article(doc, {"title": 0, "text": body_start}, raw)

    def tokens(self, parsed: Any, ranges: list[tuple[int, int]]) -> set[tuple[str, int]]:
        """(section, token index) of the words overlapping corpus character ranges."""
        out: set[tuple[str, int]] = set()
        for section, sdoc in parsed.sections.items():
            base = self.offsets[section]
            for start, end in ranges:
                lo, hi = max(start - base, 0), min(end - base, len(sdoc.text))
                if lo >= hi:
                    continue
                span = sdoc.char_span(lo, hi, alignment_mode="expand")
                if span is not None:
                    out |= {(section, t.i) for t in span if not t.is_punct and not t.is_space}
        return out


def _overlaps(a: list[tuple[int, int]], b: tuple[int, int]) -> bool:
    return any(s < b[1] and b[0] < e for s, e in a)


def articles(corpus_dir: Path | str, split: str) -> list[tuple[Path, Path]]:
    """(text file, first annotation file) for every article of a split, in name order ("all": dev+test)."""
    if split == "all":
        return articles(corpus_dir, "dev") + articles(corpus_dir, "test")
    root = Path(corpus_dir) / split
    if not (root / "text").is_dir():
        raise InputError(f"no PolNeAR split {split!r} here (expected {root / 'text'})",
                         origin=str(corpus_dir))
    pairs = []
    for text in sorted((root / "text").glob("*.txt")):
        anns = sorted((root / "attributions").glob(text.stem + "_*.ann"))
        if anns:
            pairs.append((text, anns[0]))
    return pairs


def score_polnear(corpus_dir: Path | str, split: str = "test", limit: int | None = None) -> dict[str, Any]:
    """Who-said-what precision, recall and F1 of sitrep's attribution on a PolNeAR split."""
    pairs = articles(corpus_dir, split)[:limit] if limit else articles(corpus_dir, split)
    found_articles = {text.stem: _Article.of(text) for text, _ in pairs}
    golds = {text.stem: read_ann(ann) for text, ann in pairs}
    n_pred = n_pred_hit = n_gold = n_gold_hit = n_rep = n_rep_hit = 0
    misses: list[dict[str, str]] = []
    for parsed in parse_documents([a.document for a in found_articles.values()]):
        article = found_articles[parsed.document.id]
        attributor = Attributor(parsed, find_mentions(parsed))
        predicted = _predictions(parsed, attributor, article)
        gold = golds[parsed.document.id]
        contents = [article.tokens(parsed, g.content) for g in gold]
        reporting = [any(is_reporting_verb(parsed.sections[sec][i]) for sec, i in cue)
                     for cue in (article.tokens(parsed, g.cue) for g in gold)]
        used_pred, used_gold = _match(gold, contents, predicted)
        n_gold += len(gold)
        n_rep += sum(reporting)
        n_gold_hit += len(used_gold)
        n_rep_hit += sum(reporting[j] for j in used_gold)
        for j, g in enumerate(gold):
            if j not in used_gold and reporting[j] and len(misses) < MAX_MISSES:
                text = article.raw
                misses.append({
                    "doc": parsed.document.id, "cue": g.cue_text,
                    "source": " ".join(text[s:e] for s, e in g.source),
                    "content": " ".join(text[s:e] for s, e in g.content)[:160],
                })
        n_pred += len(predicted)
        n_pred_hit += len(used_pred)
    precision = n_pred_hit / n_pred if n_pred else 0.0
    recall = n_gold_hit / n_gold if n_gold else 0.0
    rep_recall = n_rep_hit / n_rep if n_rep else 0.0
    return {
        "suite": "polnear", "split": split, "articles": len(found_articles),
        "gold": n_gold, "predicted": n_pred, "matched_gold": n_gold_hit, "matched_predicted": n_pred_hit,
        "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(_f1(precision, recall), 4),
        "reporting_gold": n_rep, "reporting_recall": round(rep_recall, 4),
        "reporting_f1": round(_f1(precision, rep_recall), 4),
        "misses": misses,
    }


def _match(
    gold: list[GoldAttribution], contents: list[set[tuple[str, int]]],
    predicted: list[tuple[set[tuple[str, int]], tuple[int, int]]],
) -> tuple[set[int], set[int]]:
    """(matched prediction indexes, matched gold indexes): pairs that qualify, largest overlap first."""
    pairs = []
    for j, (g, g_content) in enumerate(zip(gold, contents, strict=True)):
        for k, (content, source) in enumerate(predicted):
            if not g_content or not _overlaps(g.source, source):
                continue
            shared = len(content & g_content)
            if shared and shared >= CONTENT_OVERLAP * min(len(content), len(g_content)):
                pairs.append((-shared, j, k))
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    for _, j, k in sorted(pairs):
        if j not in used_gold and k not in used_pred:
            used_gold.add(j)
            used_pred.add(k)
    return used_pred, used_gold


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _predictions(
    parsed: Any, attributor: Attributor, article: _Article
) -> list[tuple[set[tuple[str, int]], tuple[int, int]]]:
    """(content tokens, source span in corpus characters) for every cue sitrep attributes."""
    out = []
    for section, sdoc in parsed.sections.items():
        for cue_i in attributor.cues(section):
            content = [i for i in attributor.content_of(section, cue_i)
                       if not sdoc[i].is_punct and not sdoc[i].is_space]
            if not content:
                continue
            found = attributor.attribution_of(section, cue_i)
            if found.source_start is None or found.source_end is None:
                continue
            base = article.offsets[section]
            source = (found.source_start + base, found.source_end + base)
            out.append(({(section, i) for i in content}, source))
    return out
