"""How predicted events are compared with gold events (sitrep's own copy of the shared rules).

The rules are those of `shared/tools/score_events.py`, so figures agree with what analysts
compute by hand (a test runs both on the same cases):

- an event is the key (source, target, type) when "loose", plus its mode when "strict"
  (a missing mode counts as "asserted");
- actor codes are compared on their first three letters when those are letters
  ("RUSGOV" and "RUS" are both "RUS"; "---REB" and "UN" stay as they are);
- COOPERATE, CONSULT and AGREE are symmetric: (A, B) and (B, A) are the same event;
- a gold event whose target is null matches a prediction with any target;
- optional gold events never count against recall, but a prediction matching one is correct;
- keys are compared as sets: the same key predicted twice counts once, as in the script.

One consequence kept on purpose, to agree with the script: a symmetric prediction's actors
are sorted before a null-target gold event compares sources, so HUN-ROU AGREE finds the gold
"HUN AGREE (any target)" but not "ROU AGREE (any target)".

Events are plain mappings shaped like `Event.public()` (or like `expected.json`'s events).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

SYMMETRIC: frozenset[str] = frozenset({"COOPERATE", "CONSULT", "AGREE"})
"""Types whose source and target can be swapped without changing the event."""

Key = tuple[str | None, ...]
"""(source, target, type) or (source, target, type, mode)."""


def actor_code(actor: Any) -> str | None:
    """The comparable part of an actor: its code (or name) cut to the first three letters."""
    if isinstance(actor, Mapping):
        actor = actor.get("code") or actor.get("name")
    if actor is None:
        return None
    text = str(actor).strip().upper()
    return text[:3] if len(text) >= 3 and text[:3].isalpha() else text


def event_key(event: Mapping[str, Any], strict: bool = False) -> Key:
    """The key an event is matched on; symmetric types get their actors in sorted order."""
    source, target = actor_code(event.get("source")), actor_code(event.get("target"))
    kind = str(event.get("type") or "").upper()
    if kind in SYMMETRIC and source and target:
        source, target = sorted([source, target])
    key: Key = (source, target, kind)
    if strict:
        key += (str(event.get("mode") or "asserted").lower(),)
    return key


def key_matches(gold: Key, predicted: Key) -> bool:
    """Whether a predicted key satisfies a gold key (null gold target = any target)."""
    if gold[1] is None:
        return gold[0] == predicted[0] and gold[2:] == predicted[2:]
    if gold[2] in SYMMETRIC and gold[0] and gold[1]:
        return {gold[0], gold[1]} == set(predicted[:2]) and gold[2:] == predicted[2:]
    return gold == predicted


def format_key(key: Key) -> str:
    """A key as people read it: "RUS→IRN AID" (plus "/planned" when strict)."""
    text = f"{key[0] or '∅'}→{key[1] or '*'} {key[2]}"
    return text + (f"/{key[3]}" if len(key) > 3 else "")


@dataclass(slots=True)
class Counts:
    """Counts behind precision and recall: gold found of gold, predictions correct of predicted."""

    found: int = 0
    gold: int = 0
    correct: int = 0
    predicted: int = 0

    def add(self, other: Counts) -> None:
        """Accumulate another case's counts into these."""
        self.found += other.found
        self.gold += other.gold
        self.correct += other.correct
        self.predicted += other.predicted

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def public(self) -> dict[str, float | int]:
        """The figures and the counts behind them, for JSON."""
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "found": self.found, "gold": self.gold,
                "correct": self.correct, "predicted": self.predicted}


@dataclass(slots=True)
class CaseScore:
    """Everything scored on one case (a sentence or a document)."""

    case_id: str
    loose: Counts
    strict: Counts
    by_type: dict[str, Counts] = field(default_factory=dict)
    attribution_ok: int = 0
    attribution_total: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    boilerplate_events: int = 0
    boilerplate_left: int = 0

    @property
    def errors(self) -> int:
        """How many things went wrong here (missed gold events plus wrong predictions)."""
        return len(self.missed) + len(self.wrong)


def count_matches(
    gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]],
    optional: Sequence[Mapping[str, Any]] = (), strict: bool = False,
) -> Counts:
    """Found/gold and correct/predicted for one case, by the rules in the module docstring."""
    required = {event_key(e, strict) for e in gold}
    allowed = required | {event_key(e, strict) for e in optional}
    keys = {event_key(e, strict) for e in predicted}
    found = sum(1 for g in required if any(key_matches(g, p) for p in keys))
    correct = sum(1 for p in keys if any(key_matches(g, p) for g in allowed))
    return Counts(found=found, gold=len(required), correct=correct, predicted=len(keys))


def attribution_counts(
    gold: Iterable[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]],
) -> tuple[int, int]:
    """(agreeing, judged): gold events with an `attributed_to` that were found, and how many agree."""
    ok = total = 0
    for event in gold:
        if not event.get("attributed_to"):
            continue
        gold_key = event_key(event)
        candidates = [p for p in predicted if key_matches(gold_key, event_key(p))]
        if not candidates:
            continue
        total += 1
        want = actor_code(event["attributed_to"])
        ok += any(actor_code(p.get("attributed_to")) == want for p in candidates)
    return ok, total


def evidence_text(event: Mapping[str, Any]) -> str:
    """The evidence sentence of an event, whatever shape it has (dict or plain string)."""
    evidence = event.get("evidence")
    if isinstance(evidence, Mapping):
        return str(evidence.get("text") or evidence.get("sentence") or "")
    return str(evidence or "")


def boilerplate_counts(
    lines: Sequence[str], predicted: Iterable[Mapping[str, Any]], body: str,
) -> tuple[int, int]:
    """(events coded from boilerplate lines, boilerplate lines left in the cleaned body)."""
    hits = 0
    for event in predicted:
        text = evidence_text(event).strip()
        if text and any(text in line or line in text for line in lines):
            hits += 1
    return hits, sum(1 for line in lines if line in body)


def score_case(
    case_id: str, gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]],
    optional: Sequence[Mapping[str, Any]] = (),
) -> CaseScore:
    """Loose, strict, per-type and attribution scores of one case, with what was missed or wrong."""
    score = CaseScore(case_id, count_matches(gold, predicted, optional),
                      count_matches(gold, predicted, optional, strict=True))
    kinds = {str(e.get("type") or "").upper() for e in [*gold, *predicted]} - {""}
    for kind in sorted(kinds):
        def of_kind(events: Sequence[Mapping[str, Any]], kind: str = kind) -> list[Mapping[str, Any]]:
            return [e for e in events if str(e.get("type") or "").upper() == kind]
        score.by_type[kind] = count_matches(of_kind(gold), of_kind(predicted), of_kind(optional))
    score.attribution_ok, score.attribution_total = attribution_counts(gold, predicted)
    predicted_keys = {event_key(e) for e in predicted}
    allowed = {event_key(e) for e in [*gold, *optional]}
    score.missed = sorted(format_key(g) for g in {event_key(e) for e in gold}
                          if not any(key_matches(g, p) for p in predicted_keys))
    score.wrong = sorted(format_key(p) for p in predicted_keys
                         if not any(key_matches(g, p) for g in allowed))
    return score
