"""re3d (Dstl) as an event suite: four of its actor-to-actor relations read as PLOVER events.

Mapping (re3d relation -> PLOVER type), chosen from re3d's own definitions:

| re3d              | PLOVER    | why                                                            |
|-------------------|-----------|----------------------------------------------------------------|
| FightingAgainst   | ASSAULT   | "in armed conflict against another entity" (attacks, strikes)  |
| CommWith          | CONSULT   | "met, spoken with, communicated with" (symmetric)              |
| Dislikes          | ACCUSE    | "negatively disposed towards" (accuses, condemns)              |
| AlliesOf          | COOPERATE | "fighting alongside another entity on the same side" (symmetric) |

Only relations the crowd accepted (confidence >= 0.5) whose two arguments are actors
(entity type Organisation, Person or Nationality, taking each span's most confident type,
ties going to the actor type: "Israel" is both Location and Organisation at confidence 0)
are kept; relations to places and weapons are not events between actors. CommWith and AlliesOf
are often stored once per direction: such pairs are one gold relation.

Matching a predicted event to a gold relation (same PLOVER type required):
- each gold argument is resolved to an actor code with `sitrep.actors.resolve_name` when
  that function exists; a resolved side must agree with the prediction's actor on the first
  three letters (either order for the symmetric CONSULT and COOPERATE). A code for an
  unknown country ("UNKGOV", "---REB") counts as unresolved;
- when both sides resolve, the match is document-wide, like the sentence suites;
- when a side does not resolve, the prediction must instead come from the same stretch of
  text: **evidence overlap** means that the character range of the prediction's evidence (or
  of one of its `also_in` spans) in the body intersects the relation's extent, from the first
  character of its earliest part (source, trigger or target) to the last of its latest.
Only predictions of the four mapped types are scored; re3d does not annotate the others.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.eval.scoring import SYMMETRIC, CaseScore, Counts, actor_code, event_key, format_key

RELATION_TYPES: dict[str, str] = {
    "FightingAgainst": "ASSAULT",
    "CommWith": "CONSULT",
    "Dislikes": "ACCUSE",
    "AlliesOf": "COOPERATE",
}
ACTOR_ENTITY_TYPES: frozenset[str] = frozenset({"Organisation", "Person", "Nationality"})
MIN_CONFIDENCE = 0.5
FOOTNOTE = ("re3d relations read as PLOVER: FightingAgainst→ASSAULT, CommWith→CONSULT, "
            "Dislikes→ACCUSE, AlliesOf→COOPERATE; actor-to-actor relations with confidence ≥ 0.5; "
            "unresolved arguments matched by evidence overlap.")


@dataclass(slots=True)
class GoldRelation:
    """One re3d relation read as a PLOVER event, with the spans it was annotated on."""

    relation: str
    type: str
    source_text: str
    target_text: str
    trigger: str
    source_span: tuple[int, int]
    target_span: tuple[int, int]
    trigger_span: tuple[int, int]
    source_code: str | None = None
    target_code: str | None = None

    @property
    def extent(self) -> tuple[int, int]:
        """From the first character of the relation's earliest part to the last of its latest."""
        spans = (self.source_span, self.target_span, self.trigger_span)
        return min(s[0] for s in spans), max(s[1] for s in spans)

    def as_event(self) -> dict[str, Any]:
        """The relation as a gold event dict (codes may be None; spans kept for overlap)."""
        return {"source": self.source_code, "target": self.target_code, "type": self.type,
                "relation": self.relation, "source_text": self.source_text,
                "target_text": self.target_text, "trigger": self.trigger,
                "source_span": self.source_span, "target_span": self.target_span,
                "start": self.extent[0], "end": self.extent[1]}


@dataclass(slots=True)
class Re3dDocument:
    """A re3d document with the relations kept as gold events."""

    id: str
    title: str
    text: str
    folder: str
    url: str = ""
    relations: list[GoldRelation] = field(default_factory=list)


def _read_dump(path: Path) -> Iterator[dict[str, Any]]:
    """Records of a mongoexport file (one JSON object per line, UTF-8 with a BOM)."""
    if not path.is_file():
        raise InputError("file not found", origin=str(path))
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"not JSON ({exc.msg})", origin=f"{path}:line {number}") from exc


def _name_resolver() -> Callable[[str], str | None]:
    """`sitrep.actors.resolve_name` reduced to "text -> code or None" (memoised); a stub without it."""
    try:
        from sitrep.actors import resolve_name  # type: ignore[attr-defined]
    except ImportError:
        return lambda _text: None
    memo: dict[str, str | None] = {}

    def resolve(text: str) -> str | None:
        if text not in memo:
            found = resolve_name(text)
            if found is None or isinstance(found, str):
                memo[text] = found or None
            elif isinstance(found, Mapping):
                memo[text] = found.get("code")
            else:
                memo[text] = getattr(found, "code", None)
        return memo[text]

    return resolve


def read_documents(root: Path) -> list[Re3dDocument]:
    """Every re3d document (all source folders, sorted by folder) with its mapped relations, unresolved."""
    folders = sorted(p for p in root.iterdir() if (p / "documents.json").is_file()) if root.is_dir() else []
    if not folders:
        raise InputError("no re3d folders with documents.json", origin=str(root))
    documents: list[Re3dDocument] = []
    for folder in folders:
        best: dict[tuple[str, int, int], tuple[float, str]] = {}
        for entity in _read_dump(folder / "entities.json"):
            span = (entity["documentId"], entity["begin"], entity["end"])
            rank = (entity["confidence"], entity["type"] in ACTOR_ENTITY_TYPES)
            if span not in best or rank > (best[span][0], best[span][1] in ACTOR_ENTITY_TYPES):
                best[span] = (entity["confidence"], entity["type"])
        by_id: dict[str, Re3dDocument] = {}
        for record in _read_dump(folder / "documents.json"):
            by_id[record["_id"]] = Re3dDocument(
                id=record["_id"], title=record.get("title") or "", text=record["text"],
                folder=folder.name, url=record.get("sourceUrl") or "")
        for record in _read_dump(folder / "relations.json"):
            document = by_id.get(record["documentId"])
            relation = _relation(record, document, best) if document else None
            if relation and not _is_duplicate(relation, document.relations):
                document.relations.append(relation)
        documents.extend(by_id.values())
    return documents


def resolve_arguments(
    documents: Sequence[Re3dDocument], resolve: Callable[[str], str | None] | None = None,
) -> None:
    """Give each relation's arguments actor codes (with `sitrep.actors.resolve_name` by default)."""
    resolve = resolve or _name_resolver()
    for document in documents:
        for relation in document.relations:
            relation.source_code = resolve(relation.source_text)
            relation.target_code = resolve(relation.target_text)


def _relation(
    record: dict[str, Any], document: Re3dDocument,
    entity_types: dict[tuple[str, int, int], tuple[float, str]],
) -> GoldRelation | None:
    """The relation as a gold event, or None when it is not one of the kept kinds."""
    kind = RELATION_TYPES.get(record["type"])
    if kind is None or record.get("confidence", 0) < MIN_CONFIDENCE:
        return None
    source = (record["sourceBegin"], record["sourceEnd"])
    target = (record["targetBegin"], record["targetEnd"])
    for begin, end in (source, target):
        if entity_types.get((document.id, begin, end), (0, ""))[1] not in ACTOR_ENTITY_TYPES:
            return None
    source_text, target_text = document.text[slice(*source)], document.text[slice(*target)]
    return GoldRelation(relation=record["type"], type=kind, source_text=source_text,
                        target_text=target_text, trigger=record.get("value") or "",
                        source_span=source, target_span=target, trigger_span=(record["begin"], record["end"]))


def _is_duplicate(relation: GoldRelation, kept: Sequence[GoldRelation]) -> bool:
    """A symmetric relation already kept in the other direction (or the same one twice)."""
    for other in kept:
        if other.type != relation.type:
            continue
        same = (other.source_span, other.target_span) == (relation.source_span, relation.target_span)
        swapped = (other.source_span, other.target_span) == (relation.target_span, relation.source_span)
        if same or (swapped and relation.type in SYMMETRIC):
            return True
    return False


def _evidence_spans(event: Mapping[str, Any]) -> list[tuple[int, int]]:
    """Character ranges in the body that an event was coded from (main evidence and `also_in`)."""
    spans = []
    for evidence in [event.get("evidence"), *(event.get("also_in") or [])]:
        if isinstance(evidence, Mapping) and evidence.get("section", "text") == "text":
            spans.append((int(evidence.get("start", 0)), int(evidence.get("end", 0))))
    return spans


def _known(code: str | None) -> str | None:
    """The comparable code of a resolved argument, or None when it names no known country or group."""
    value = actor_code(code)
    return None if not value or value == "UNK" or value.startswith("-") else value


def relation_matches(gold: Mapping[str, Any], event: Mapping[str, Any]) -> bool:
    """Whether a predicted event satisfies a gold relation (rules in the module docstring)."""
    if str(event.get("type") or "").upper() != gold["type"]:
        return False
    want = (_known(gold.get("source")), _known(gold.get("target")))
    got = (actor_code(event.get("source")), actor_code(event.get("target")))
    orders = [got, got[::-1]] if gold["type"] in SYMMETRIC else [got]
    if not any(all(w is None or w == g for w, g in zip(want, order, strict=True)) for order in orders):
        return False
    if want[0] and want[1]:
        return True
    start, end = gold["start"], gold["end"]
    return any(s < end and start < e for s, e in _evidence_spans(event))


def _gold_unit(gold: Mapping[str, Any]) -> tuple[Any, ...]:
    """What makes two gold relations one: their key when both sides resolve, else their spans."""
    if _known(gold.get("source")) and _known(gold.get("target")):
        return event_key(gold)
    return (gold["type"], tuple(gold.get("source_span", ())), tuple(gold.get("target_span", ())),
            gold["start"], gold["end"])


def _describe(gold: Mapping[str, Any]) -> str:
    """A gold relation as people read it: ACCUSE "Syria"→"Israel" (has accused)."""
    resolved = gold.get("source") or gold.get("target")
    codes = f" [{gold['source'] or '?'}→{gold['target'] or '?'}]" if resolved else ""
    return f"{gold['type']} \"{gold['source_text']}\"→\"{gold['target_text']}\" ({gold['trigger']}){codes}"


def score_document(
    case_id: str, gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]],
) -> CaseScore:
    """Loose, strict and per-type scores of one re3d document (rules in the module docstring)."""
    units: dict[tuple[Any, ...], Mapping[str, Any]] = {}
    for relation in gold:
        units.setdefault(_gold_unit(relation), relation)
    kinds = set(RELATION_TYPES.values())
    events: dict[tuple[Any, ...], Mapping[str, Any]] = {}
    for event in predicted:
        if str(event.get("type") or "").upper() in kinds:
            events.setdefault((event_key(event, strict=True), *_evidence_spans(event)[:1]), event)

    def counts(relations: list[Mapping[str, Any]], preds: list[Mapping[str, Any]], strict: bool) -> Counts:
        # re3d has no modality: strict asks the prediction to be "asserted", the gold default
        usable = [p for p in preds if not strict or str(p.get("mode") or "asserted").lower() == "asserted"]
        found = sum(1 for g in relations if any(relation_matches(g, p) for p in usable))
        correct = sum(1 for p in usable if any(relation_matches(g, p) for g in relations))
        return Counts(found=found, gold=len(relations), correct=correct, predicted=len(preds))

    relations, preds = list(units.values()), list(events.values())
    score = CaseScore(case_id, counts(relations, preds, False), counts(relations, preds, True))
    for kind in sorted(kinds):
        of_kind_gold = [g for g in relations if g["type"] == kind]
        of_kind_pred = [p for p in preds if str(p.get("type")).upper() == kind]
        if of_kind_gold or of_kind_pred:
            score.by_type[kind] = counts(of_kind_gold, of_kind_pred, False)
    score.missed = [_describe(g) for g in relations if not any(relation_matches(g, p) for p in preds)]
    score.wrong = [format_key(event_key(p)) for p in preds
                   if not any(relation_matches(g, p) for g in relations)]
    return score
