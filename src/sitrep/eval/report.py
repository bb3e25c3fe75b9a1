"""Present suite results: rich tables for people, a dict for `--json`, Markdown for the README.

All three are built from the same `SuiteResult`s and the same target checks, so the README
table and the terminal never disagree.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.table import Table

from sitrep.eval.runner import SuiteResult
from sitrep.eval.scoring import Counts
from sitrep.eval.targets import LABELS, TARGETS, TYPE_PRECISION, TYPES, pick

PASS, FAIL = "✓", "✗"
RULES = ("events match on (source, target, type) (\"loose\") or plus mode (\"strict\"); actor codes on "
         "their first three letters; COOPERATE, CONSULT and AGREE symmetric; a null gold target matches any "
         "target; records are split by id: dev = even last digit, test = odd "
         "(`sitrep.eval.scoring`, `sitrep.eval.splits`)")
TYPE_SUITES_EXCLUDED = frozenset({"seed"})


@dataclass(frozen=True, slots=True)
class Check:
    """A target judged on this run; `passed` is None when its suite was not run or has no figure."""

    suite: str
    label: str
    metric: str | None
    value: float | None
    threshold: float
    passed: bool | None

    @property
    def mark(self) -> str:
        return "–" if self.passed is None else PASS if self.passed else FAIL


@dataclass(frozen=True, slots=True)
class TypeCheck:
    """The best precision a PLOVER type reached on any event suite of this run."""

    type: str
    best_precision: float
    suite: str | None
    passed: bool


def check_targets(results: list[SuiteResult]) -> list[Check]:
    """Every target whose suite was run, judged on its figure."""
    by_name = {r.name: r for r in results}
    checks = []
    for target in TARGETS:
        result = by_name.get(target.suite)
        if result is None:
            continue
        found = pick(result.metrics, target) if result.status == "ok" else None
        metric, value = found if found else (None, None)
        checks.append(Check(target.suite, target.label, metric, value, target.threshold,
                            None if value is None else value >= target.threshold - 1e-9))
    if any(r.by_type for r in results if r.name not in TYPE_SUITES_EXCLUDED):
        types = check_types(results)
        share = sum(t.passed for t in types) / len(types)
        checks.append(Check("types", f"every PLOVER type P ≥ {TYPE_PRECISION} on some suite", "types_share",
                            share, 1.0, share >= 1.0))
    return checks


def check_types(results: list[SuiteResult]) -> list[TypeCheck]:
    """For each PLOVER type, its best precision over the benchmark suites that were run.

    The seed does not count here: every helper tunes on it, so its precision proves little.
    """
    checks = []
    for kind in TYPES:
        best, where = 0.0, None
        for result in results:
            if result.name in TYPE_SUITES_EXCLUDED:
                continue
            counts = result.by_type.get(kind)
            if counts and counts.predicted and counts.precision >= best:
                best, where = counts.precision, result.name
        checks.append(TypeCheck(kind, best, where, best >= TYPE_PRECISION))
    return checks


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _others(result: SuiteResult) -> str:
    """Figures that are not the loose/strict P/R/F1 columns, as "name value" pairs."""
    if result.status != "ok":
        return result.message
    parts = []
    if result.attribution is not None:
        ok, total = result.attribution
        parts.append(f"attribution {ok}/{total}")
    if result.boilerplate is not None:
        parts.append(f"boilerplate events {result.boilerplate[0]}, lines left {result.boilerplate[1]}")
    if result.loose is None:
        parts.extend(f"{k} {v:.2f}" for k, v in result.metrics.items())
    return "; ".join(parts)


def _target_cell(checks: list[Check], suite: str) -> str:
    return "\n".join(f"{_metric_label(c)} {_f(c.value)} ≥ {c.threshold:.2f} {c.mark}"
                      for c in checks if c.suite == suite)


def _types_line(checks: list[Check]) -> str:
    """The per-type target as one line: "PLOVER types with P ≥ 0.6 on some suite: 9/16 ✗"."""
    check = next((c for c in checks if c.suite == "types"), None)
    if check is None or check.value is None:
        return ""
    return (f"PLOVER types with precision ≥ {TYPE_PRECISION} on some benchmark suite (seed excluded): "
            f"{round(check.value * len(TYPES))}/{len(TYPES)} {check.mark}")


def _metric_label(check: Check) -> str:
    return LABELS.get(check.metric or "", check.metric or check.label)


def _cell(counts: Counts | None) -> str:
    if counts is None or not (counts.gold or counts.predicted):
        return "–"
    return f"{counts.precision:.2f}/{counts.recall:.2f}/{counts.f1:.2f} ({counts.gold})"


def _notes(results: list[SuiteResult]) -> list[str]:
    notes: list[str] = []
    for result in results:
        notes.extend(n for n in result.notes if n not in notes)
    return notes


def render(console: Console, results: list[SuiteResult], split: str, worst: bool = True) -> None:
    """Print the summary, per-type and worst-miss tables."""
    checks = check_targets(results)
    summary = Table(title=f"sitrep eval — {split} split", title_justify="left")
    for name in ("suite", "cases", "loose P", "R", "F1", "strict P", "R", "F1"):
        summary.add_column(name, justify="left" if name == "suite" else "right")
    summary.add_column("other figures", overflow="fold")
    summary.add_column("target (test split)")
    for r in results:
        loose, strict = r.loose, r.strict
        style = {"unavailable": "dim", "error": "red"}.get(r.status)
        summary.add_row(
            f"{r.name}\n[dim]{r.title} · {r.seconds:.0f}s[/dim]", str(r.cases) if r.status == "ok" else "–",
            _f(loose.precision if loose else None), _f(loose.recall if loose else None),
            _f(loose.f1 if loose else None), _f(strict.precision if strict else None),
            _f(strict.recall if strict else None), _f(strict.f1 if strict else None),
            _others(r), _target_cell(checks, r.name), style=style)
    console.print(summary)
    console.print(_types_line(checks))
    console.print(f"targets met: {sum(bool(c.passed) for c in checks)}/{len(checks)}"
                  + ("" if split == "test" else "  [dim](targets are set for the test split)[/dim]"))

    event_results = [r for r in results if r.by_type or (r.status == "ok" and r.loose is not None)]
    if event_results:
        types = Table(title="per PLOVER type: P/R/F1 (gold count)", title_justify="left")
        types.add_column("type")
        for r in event_results:
            types.add_column(r.name, justify="right")
        types.add_column(f"best P ≥ {TYPE_PRECISION}", justify="right")
        for check in check_types(results):
            types.add_row(check.type, *(_cell(r.by_type.get(check.type)) for r in event_results),
                          f"{check.best_precision:.2f} {PASS if check.passed else FAIL}")
        console.print(types)

    if worst:
        for r in results:
            if not r.worst:
                continue
            table = Table(title=f"worst misses — {r.name}", title_justify="left", show_lines=True)
            table.add_column("case", overflow="fold", max_width=24)
            table.add_column("text", overflow="fold", ratio=3)
            table.add_column("missed (gold)", overflow="fold", ratio=2)
            table.add_column("wrong (predicted)", overflow="fold", ratio=1)
            for miss in r.worst:
                table.add_row(miss.case_id, _clip(miss.text, 300), "\n".join(miss.missed),
                              "\n".join(miss.wrong))
            console.print(table)
    for note in _notes(results):
        console.print(f"[dim]· {note}[/dim]", highlight=False)


def _clip(text: str, size: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _round(value: Any) -> Any:
    return round(value, 4) if isinstance(value, float) else value


def to_json(results: list[SuiteResult], split: str, limit: int | None = None) -> dict[str, Any]:
    """Everything the tables show, as plain JSON-ready data."""
    suites = {}
    for r in results:
        suites[r.name] = {
            "title": r.title, "status": r.status, "message": r.message, "cases": r.cases,
            "seconds": r.seconds,
            "loose": r.loose.public() if r.loose else None,
            "strict": r.strict.public() if r.strict else None,
            "by_type": {k: v.public() for k, v in sorted(r.by_type.items())},
            "attribution": None if r.attribution is None else {
                "correct": r.attribution[0], "judged": r.attribution[1],
                "accuracy": _round(r.metrics.get("attribution", 0.0))},
            "boilerplate": None if r.boilerplate is None else {
                "events": r.boilerplate[0], "lines_left": r.boilerplate[1]},
            "metrics": {k: _round(v) for k, v in r.metrics.items()},
            "details": r.details,
            "worst": [dataclasses.asdict(m) for m in r.worst],
            "notes": r.notes,
        }
    checks = check_targets(results)
    return {
        "split": split, "limit": limit, "suites": suites,
        "targets": [{"suite": c.suite, "label": c.label, "metric": c.metric, "value": _round(c.value),
                     "threshold": c.threshold, "passed": c.passed} for c in checks],
        "targets_met": sum(bool(c.passed) for c in checks), "targets_total": len(checks),
        "types": {c.type: {"best_precision": _round(c.best_precision), "suite": c.suite, "passed": c.passed}
                  for c in check_types(results)},
    }


def markdown(results: list[SuiteResult], split: str, command: str, day: str) -> str:
    """The results as Markdown tables (what `--write-readme` puts in README.md)."""
    checks = check_targets(results)
    lines = [f"Results on the **{split}** split, produced by `{command}` on {day}.", "",
             "| suite | cases | loose P | loose R | loose F1 | strict F1 | other figures | target |",
             "|---|---:|---:|---:|---:|---:|---|---|"]
    for r in results:
        loose, strict = r.loose, r.strict
        target = "<br>".join(f"{c.label}: {_f(c.value)} ≥ {c.threshold:.2f} {c.mark}"
                             for c in checks if c.suite == r.name)
        lines.append(
            f"| {r.name}: {r.title} | {r.cases if r.status == 'ok' else '–'} "
            f"| {_f(loose.precision if loose else None)} | {_f(loose.recall if loose else None)} "
            f"| {_f(loose.f1 if loose else None)} | {_f(strict.f1 if strict else None)} "
            f"| {_others(r).replace('|', '/')} | {target} |")
    lines += ["", _types_line(checks), "",
              f"Targets met: {sum(bool(c.passed) for c in checks)}/{len(checks)}.", ""]
    event_results = [r for r in results if r.by_type or (r.status == "ok" and r.loose is not None)]
    if event_results:
        lines += ["Per PLOVER type, P/R/F1 (gold count):", "",
                  "| type | " + " | ".join(r.name for r in event_results) + f" | best P ≥ {TYPE_PRECISION} |",
                  "|---|" + "---:|" * (len(event_results) + 1)]
        for check in check_types(results):
            cells = " | ".join(_cell(r.by_type.get(check.type)) for r in event_results)
            lines.append(f"| {check.type} | {cells} | {check.best_precision:.2f} "
                         f"{PASS if check.passed else FAIL} |")
        lines.append("")
    lines += [f"- {note}" for note in [*_notes(results), RULES]]
    return "\n".join(lines).rstrip() + "\n"
