"""Run the pipeline over the suites and gather one `SuiteResult` per suite.

Event suites (seed, plover, petr2, re3d) are coded here in one batch per suite with a single
`Pipeline` (the spaCy model is loaded once for the whole run). The other suites are scored
by functions their stage owns; they are called through `EXTERNAL` and may return a dict (or a
dataclass) of figures. What this module reads from such a result:

- every float in [0, 1] at the top level or inside a "metrics" dict is a figure, e.g.
  "accuracy", "precision", "recall", "f1"; targets read "accuracy"/"f1" (see `targets.py`);
  floats one dict down are figures named "outer_inner" ("mentions": {"f1": ..} -> "mentions_f1");
  ints are counts, never figures;
- "cases" (or "n", "count", "documents", "articles") is how many records were scored;
- "notes" (or "note", "sampled"): text shown under the table, e.g. what was sampled;
- "misses" (or "failures"): a list of dicts ("id"/"doc", "text"/"content", "got", anything
  else shown as "key: value") or strings, shown as the worst misses.

A suite whose function does not exist yet gives a "not available" row instead of failing the run.
"""

from __future__ import annotations

import dataclasses
import importlib
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.progress import Progress, TaskID

from sitrep.errors import SitrepError
from sitrep.eval import re3d
from sitrep.eval.scoring import CaseScore, Counts, boilerplate_counts, score_case
from sitrep.eval.suites import NGEC_FILE, Case, load_petr2, load_plover, load_re3d, load_seed
from sitrep.records import CodedDocument, Document, Problem


@dataclass(slots=True)
class Miss:
    """One badly scored case: what gold it missed and what it predicted wrongly."""

    case_id: str
    text: str
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


@dataclass(slots=True)
class SuiteResult:
    """The outcome of one suite: status, figures, and the worst cases to look at."""

    name: str
    title: str
    status: str = "ok"  # ok | unavailable | error
    message: str = ""
    cases: int = 0
    loose: Counts | None = None
    strict: Counts | None = None
    by_type: dict[str, Counts] = field(default_factory=dict)
    attribution: tuple[int, int] | None = None
    boilerplate: tuple[int, int] | None = None
    metrics: dict[str, float] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)
    worst: list[Miss] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


def score_sentences(case: Case, predicted: list[dict[str, Any]]) -> CaseScore:
    """Score a case of a sentence suite (or the seed) by the shared rules."""
    return score_case(case.id, case.gold, predicted, case.optional)


UNKNOWN_COUNTRY = "UNK"  # sitrep's code for an actor whose country the text does not give
CAMEO_UNKNOWN_COUNTRY = "---"
NOT_IGO = frozenset({"IGO", "NGO", "MNC", "IMG"})
"""Organisation codes that are CAMEO top-level codes of their own (militant groups, NGOs, companies)."""


def as_cameo_actors(predicted: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rewrite actors the CAMEO way (`UN` -> `IGOUN`, `UNKCVL` -> `---CVL`) for suites in that convention.

    sitrep codes international organisations by their own short code, as the codebook asks; the
    PLOVER and PETRARCH gold standards put every one under `IGO` (`IGO`, `IGOUNO`, `IGOEUREEC`),
    and the scorer compares the first three letters, so without this a correct "UN" never matches.
    An actor of unknown country is `UNK` + sector here and `---` + sector in PETRARCH's gold; the
    scorer compares a code that does not start with three letters whole, so the sector must agree.
    """
    from sitrep.actors.lexicon import load_lexicon

    orgs = load_lexicon().orgs
    out = []
    for event in predicted:
        event = dict(event)
        for role in ("source", "target", "attributed_to"):
            actor = event.get(role)
            if not isinstance(actor, dict) or not actor.get("code"):
                continue
            code = actor["code"]
            if code in orgs and code not in NOT_IGO:
                event[role] = {**actor, "code": "IGO" + code}
            elif code.startswith(UNKNOWN_COUNTRY):
                event[role] = {**actor, "code": CAMEO_UNKNOWN_COUNTRY + code[len(UNKNOWN_COUNTRY):]}
        out.append(event)
    return out


def score_cameo_sentences(case: Case, predicted: list[dict[str, Any]]) -> CaseScore:
    """Score a sentence suite whose gold follows CAMEO's actor convention (organisations under IGO)."""
    return score_sentences(case, as_cameo_actors(predicted))


def score_re3d(case: Case, predicted: list[dict[str, Any]]) -> CaseScore:
    """Score a re3d document by its relations (see `sitrep.eval.re3d`)."""
    return re3d.score_document(case.id, case.gold, predicted)


@dataclass(frozen=True, slots=True)
class EventSuite:
    """A suite coded by sitrep's own pipeline and scored on events."""

    title: str
    load: Callable[[Path, str], Iterable[Case]]
    notes: tuple[str, ...] = ()
    score: Callable[[Case, list[dict[str, Any]]], CaseScore] = score_sentences


@dataclass(frozen=True, slots=True)
class ExternalSuite:
    """A suite scored by a function its stage owns: `module.function(*args(root, split, limit))`."""

    title: str
    module: str
    function: str
    args: Callable[[Path, str, int | None], tuple[Any, ...]]
    default_limit: int | None = None
    split_applies: bool = True


NO_MODALITY = ("plover, petr2 and re3d label no modality: strict counts a prediction as correct only when "
               "its mode is \"asserted\" (the scorer's default for gold)")
CAMEO_ORGS = ("organisations and unknown countries are compared as CAMEO codes them (UN -> IGOUN, "
              "UNKCVL -> ---CVL), the convention of this gold")
EVENT_SUITES: dict[str, EventSuite] = {
    "seed": EventSuite("Seed article (Anadolu, 2022)", load_seed,
                       ("the seed is scored whole in every split",)),
    "plover": EventSuite("PLOVER GSR (CAMEO manual examples)", load_plover, (NO_MODALITY, CAMEO_ORGS),
                         score_cameo_sentences),
    "petr2": EventSuite("PETRARCH2 GSR validation", load_petr2, (NO_MODALITY, CAMEO_ORGS),
                        score_cameo_sentences),
    "re3d": EventSuite("re3d relations (Syria/Iraq)", load_re3d, (re3d.FOOTNOTE, NO_MODALITY), score_re3d),
}
EXTERNAL: dict[str, ExternalSuite] = {
    "ngec": ExternalSuite("NGEC actor resolution", "sitrep.actors.benchmark", "score_ngec_actor_cases",
                          lambda root, split, limit: (root / NGEC_FILE, split)),
    "tempeval": ExternalSuite("TempEval-3 dates", "sitrep.eval.tempeval", "score_tempeval",
                              lambda root, split, limit: (root / "corpora" / "tempeval3", split)),
    "polnear": ExternalSuite("PolNeAR attribution", "sitrep.eval.polnear", "score_polnear",
                             lambda root, split, limit: (root / "corpora" / "polnear", split, limit)),
    "extraction": ExternalSuite("Article extraction", "sitrep.eval.extraction", "score_extraction",
                                lambda root, split, limit: (root / "benchmarks" / "article-extraction",),
                                split_applies=False),
    "ecbplus": ExternalSuite("ECB+ cross-document dedup", "sitrep.ledger.benchmark", "score_ecbplus",
                             lambda root, split, limit: (root / "corpora" / "ecbplus", limit),
                             default_limit=200, split_applies=False),
}
SUITE_NAMES: tuple[str, ...] = (*EVENT_SUITES, *EXTERNAL)
COUNT_KEYS = frozenset({"cases", "n", "count", "documents", "total", "gold", "predicted", "found",
                        "correct", "limit"})


def sample(cases: Sequence[Case], limit: int | None) -> list[Case]:
    """At most `limit` cases, evenly spaced through the file so every part (and type) is represented."""
    if limit is None or limit >= len(cases):
        return list(cases)
    return [cases[i * len(cases) // limit] for i in range(limit)]


class Evaluator:
    """Runs suites with one shared pipeline, reporting progress on an optional rich `Progress`."""

    def __init__(self, root: Path, split: str = "test", limit: int | None = None,
                 progress: Progress | None = None, worst: int = 5,
                 pipeline_factory: Callable[[], Any] | None = None) -> None:
        self.root, self.split, self.limit, self.progress, self.worst = root, split, limit, progress, worst
        self._pipeline_factory = pipeline_factory
        self._pipeline: Any = None

    @property
    def pipeline(self) -> Any:
        """The pipeline, built on first use so that external-only runs never load the model."""
        if self._pipeline is None:
            if self._pipeline_factory is None:
                from sitrep.pipeline import Pipeline

                self._pipeline_factory = Pipeline
            self._pipeline = self._pipeline_factory()
        return self._pipeline

    def run(self, names: Iterable[str]) -> list[SuiteResult]:
        """One result per suite name, in the order given."""
        return [self.run_one(name) for name in names]

    def run_one(self, name: str) -> SuiteResult:
        """Run a suite; a missing scorer or a failure becomes a row saying so, not a crash."""
        started = time.perf_counter()
        title = EVENT_SUITES[name].title if name in EVENT_SUITES else EXTERNAL[name].title
        try:
            if name in EVENT_SUITES:
                result = self._run_events(name, EVENT_SUITES[name])
            else:
                result = self._run_external(name, EXTERNAL[name])
        except _Unavailable as exc:
            result = SuiteResult(name, title, status="unavailable", message=str(exc))
        except SitrepError as exc:
            result = SuiteResult(name, title, status="error", message=str(exc))
        except Exception as exc:  # a broken scorer must not hide the other suites' figures
            result = SuiteResult(name, title, status="error", message=f"{type(exc).__name__}: {exc}")
        result.seconds = round(time.perf_counter() - started, 1)
        return result

    def _task(self, description: str, total: int | None) -> TaskID | None:
        return self.progress.add_task(description, total=total) if self.progress else None

    def _advance(self, task: TaskID | None, done: bool = False) -> None:
        if self.progress is not None and task is not None:
            if done:
                self.progress.update(task, total=1, completed=1)
            else:
                self.progress.advance(task)

    def _code(self, cases: Sequence[Case], task: TaskID | None) -> Iterable[tuple[Case, CodedDocument]]:
        """Code every case in batch (files through the whole pipeline, texts as clean documents)."""
        texts = [c for c in cases if c.path is None]
        documents = (Document(id=c.id, text=c.text, title=None, published=c.date, origin=c.origin or c.id)
                     for c in texts)
        for case, coded in zip(texts, self.pipeline.code_documents(documents), strict=True):
            self._advance(task)
            yield case, coded
        for case in (c for c in cases if c.path is not None):
            items = list(self.pipeline.code_paths([str(case.path)]))
            coded = next((i for i in items if isinstance(i, CodedDocument)), None)
            if coded is None:
                problem = next((i for i in items if isinstance(i, Problem)), None)
                raise SitrepError(str(problem) if problem else "the pipeline returned nothing",
                                  origin=str(case.path))
            self._advance(task)
            yield case, coded

    def _run_events(self, name: str, spec: EventSuite) -> SuiteResult:
        result = SuiteResult(name, spec.title, notes=list(spec.notes))
        every = list(spec.load(self.root, self.split))
        cases = sample(every, self.limit)
        if len(cases) < len(every):
            result.notes.append(f"{name}: {len(cases)} of {len(every)} cases, evenly spaced (--limit)")
        task = self._task(f"{name}: coding", len(cases))
        loose, strict, by_type = Counts(), Counts(), {}
        attribution, boilerplate, scores = [0, 0], [0, 0], []
        has_attribution = any(e.get("attributed_to") for c in cases for e in c.gold)
        for case, coded in self._code(cases, task):
            predicted = [e.public() for e in coded.events]
            score = spec.score(case, predicted)
            if case.forbidden:
                score.boilerplate_events, score.boilerplate_left = boilerplate_counts(
                    case.forbidden, predicted, coded.document.text)
                boilerplate[0] += score.boilerplate_events
                boilerplate[1] += score.boilerplate_left
            loose.add(score.loose)
            strict.add(score.strict)
            for kind, counts in score.by_type.items():
                by_type.setdefault(kind, Counts()).add(counts)
            attribution[0] += score.attribution_ok
            attribution[1] += score.attribution_total
            scores.append((case, score))
        result.cases, result.loose, result.strict, result.by_type = len(cases), loose, strict, by_type
        result.metrics = {"loose_precision": loose.precision, "loose_recall": loose.recall,
                          "loose_f1": loose.f1, "strict_precision": strict.precision,
                          "strict_recall": strict.recall, "strict_f1": strict.f1}
        if has_attribution:
            result.attribution = (attribution[0], attribution[1])
            result.metrics["attribution"] = attribution[0] / attribution[1] if attribution[1] else 0.0
        if any(c.forbidden for c in cases):
            result.boilerplate = (boilerplate[0], boilerplate[1])
        result.worst = _worst(scores, self.worst)
        return result

    def _run_external(self, name: str, spec: ExternalSuite) -> SuiteResult:
        try:
            module = importlib.import_module(spec.module)
        except ModuleNotFoundError as exc:
            if exc.name and spec.module.startswith(exc.name):
                raise _Unavailable(f"not available yet ({spec.module} does not exist)") from exc
            raise
        function = getattr(module, spec.function, None)
        if function is None:
            raise _Unavailable(f"not available yet ({spec.module}.{spec.function} does not exist)")
        limit = self.limit if self.limit is not None else spec.default_limit
        task = self._task(f"{name}: scoring", None)
        value = function(*spec.args(self.root, self.split, limit))
        self._advance(task, done=True)
        result = from_external(name, spec.title, value, self.worst)
        if not spec.split_applies:
            result.notes.append(f"{name}: no dev/test split (scored on its own sample)")
        if limit is not None:
            result.notes.append(f"{name}: at most {limit} documents"
                                + (" (default sample; --limit changes it)" if self.limit is None else ""))
        return result


class _Unavailable(Exception):
    """The suite's scorer has not been written yet."""


def _worst(scores: list[tuple[Case, CaseScore]], count: int) -> list[Miss]:
    """The cases with the most missed and wrong events, most first."""
    ranked = sorted((s for s in scores if s[1].errors), key=lambda s: (-s[1].errors, s[0].id))
    return [Miss(case.id, case.title or case.text, score.missed, score.wrong)
            for case, score in ranked[:count]]


def _as_dict(value: Any) -> dict[str, Any]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if hasattr(value, "_asdict"):
        return dict(value._asdict())
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"expected a dict of figures, got {type(value).__name__}")


def _json_safe(value: Any, depth: int = 0) -> Any:
    """A JSON-friendly copy with long lists cut (external results may carry every case)."""
    if isinstance(value, Mapping):
        return {str(k): _json_safe(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_json_safe(v, depth + 1) for v in list(value)[:20]]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def _is_figure(key: str, value: Any) -> bool:
    """A figure is a float in [0, 1]; ints are counts, whatever their value."""
    return isinstance(value, float) and key not in COUNT_KEYS and 0.0 <= value <= 1.0


def _figures(data: Mapping[str, Any]) -> dict[str, float]:
    """Top-level figures, those of a "metrics" dict, and those one dict down as "name_figure"."""
    figures = {k: v for k, v in data.items() if _is_figure(k, v)}
    for key, value in data.items():
        if isinstance(value, Mapping):
            prefix = "" if key == "metrics" else f"{key}_"
            figures.update({prefix + k: v for k, v in value.items() if _is_figure(k, v)})
    return figures


def _miss(item: Any) -> Miss:
    """An external scorer's miss (a dict with an id and some text, or a plain string)."""
    if not isinstance(item, Mapping):
        return Miss("", str(item))
    case_id = str(next((item[k] for k in ("id", "doc", "document", "case") if k in item), ""))
    text_key = next((k for k in ("text", "sentence", "content") if k in item), None)
    shown = ("id", "doc", "document", "case", text_key, "got")
    rest = [f"{k}: {v}" for k, v in item.items() if k not in shown]
    return Miss(case_id, str(item.get(text_key, "")) if text_key else "", rest,
                [str(item["got"])] if "got" in item else [])


def from_external(name: str, title: str, value: Any, worst: int = 5) -> SuiteResult:
    """Read another stage's scorer result (see the module docstring for what is read)."""
    if isinstance(value, SuiteResult):
        return value
    data = _as_dict(value)
    result = SuiteResult(name, title, metrics={k: float(v) for k, v in _figures(data).items()},
                         details=_json_safe({k: v for k, v in data.items()
                                             if k not in ("misses", "failures")}))
    result.cases = next((int(data[k]) for k in ("cases", "n", "count", "documents", "articles")
                         if isinstance(data.get(k), int)), 0)
    for key in ("notes", "note", "sampled"):
        if isinstance(data.get(key), str):
            result.notes.append(f"{name}: {data[key]}")
        elif isinstance(data.get(key), list):
            result.notes.extend(f"{name}: {n}" for n in data[key])
    result.worst = [_miss(item) for item in list(data.get("misses") or data.get("failures") or [])[:worst]]
    return result
