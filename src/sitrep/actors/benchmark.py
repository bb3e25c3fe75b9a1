"""Score `resolve_name` on NGEC's actor-resolution test cases (shared benchmarks).

Cases come from `ngec-actor-resolution.jsonl` (ahalterman/NGEC, tests/test_actor_resolution.py).
Scored: `agent_to_code`, `short_text_to_agent`, `search_nat` and `trf_agent_match` calls that
assert a country (or that no actor is returned) or a sector; `query_wiki` calls test Wikipedia
look-ups, which sitrep does not do, and cases NGEC itself marks skip/xfail are left out.

Split: the numeric part of the id is its last run of digits ("test_nat5@L30" -> 30, "kaz2" -> 2);
ids without digits use the record's source line number. dev = even last digit, test = odd.

NGEC writes organisations as UNO (UN bodies), EUR (EU), IGO (other intergovernmental) and puts
NGOs in the sector; `NGEC_ORG` maps sitrep's organisation codes onto those for the comparison.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sitrep.actors.resolve import resolve_name
from sitrep.errors import InputError
from sitrep.records import Actor

NGEC_ORG = {"UN": "UNO", "UNSC": "UNO", "WHO": "UNO", "IAEA": "UNO", "EU": "EUR", "NGO": "", "IMG": ""}
SCORED = ("agent_to_code", "short_text_to_agent", "search_nat", "trf_agent_match")


def case_split(record: dict[str, Any]) -> str:
    """'dev' or 'test' for one case (see the module docstring)."""
    digits = re.findall(r"\d+", str(record.get("id", "")))
    number = int(digits[-1]) if digits else int(record.get("line", 0))
    return "dev" if number % 2 == 0 else "test"


def ngec_country(actor: Actor | None) -> str:
    """The actor's country in NGEC's terms ("" when none)."""
    if actor is None:
        return ""
    if actor.country:
        return actor.country
    org = actor.code[: len(actor.code) - len(actor.sector or "")]
    if org == "UNK":
        return ""
    return NGEC_ORG.get(org, "IGO")


def ngec_sector(actor: Actor | None) -> str:
    """The actor's first sector in NGEC's terms ("" when none)."""
    if actor is None:
        return ""
    code = actor.code
    if code.startswith("NGO") and not actor.country:
        return "NGO"
    return actor.sector or ""


def _load(path: Path) -> list[dict[str, Any]]:
    records = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read benchmark: {exc}", origin=str(path)) from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(f"line {number}: broken JSON ({exc.msg})", origin=str(path)) from exc
    return records


def _check(op: str, got: str, want: Any) -> bool:
    if op == "==":
        return got == want
    if op == "!=":
        return got != want
    if op == "in":
        return got in want
    return False


def evaluate_case(record: dict[str, Any]) -> dict[str, Any] | None:
    """Resolve one case and compare: {'country': bool|None, 'sector': bool|None, ...}; None if unscored."""
    if record.get("function") not in SCORED or record.get("pytest_marker"):
        return None
    inp = record["input"]
    text = inp.get("text") or inp.get("non_ent_text") or ""
    context = inp.get("context") or inp.get("known_country") or None
    actor = resolve_name(text, context=context, date=inp.get("query_date") or None)
    country_ok: bool | None = None
    sector_ok: bool | None = None
    for exp in record["expected"]:
        f, op, want = exp.get("field"), exp.get("op"), exp.get("value")
        if f in ("country", "country_code"):
            ok = _check(op, ngec_country(actor), want)
            country_ok = ok if country_ok is None else country_ok and ok
        elif f == "return" and want is None:
            ok = actor is None
            country_ok = ok if country_ok is None else country_ok and ok
        elif f == "code_1" and want != "????":  # "????": the NGEC author left the sector open
            ok = _check(op, ngec_sector(actor), want)
            sector_ok = ok if sector_ok is None else sector_ok and ok
    if country_ok is None and sector_ok is None:
        return None
    return {"id": record["id"], "text": text, "got": actor.code if actor else None,
            "country": country_ok, "sector": sector_ok}


def score_ngec_actor_cases(path: str | Path, split: str = "test") -> dict[str, Any]:
    """Country and sector accuracy of `resolve_name` on one split ('dev', 'test' or 'all')."""
    if split not in ("dev", "test", "all"):
        raise InputError(f"unknown split {split!r} (dev, test, all)", origin=str(path))
    results = []
    for record in _load(Path(path)):
        if split != "all" and case_split(record) != split:
            continue
        scored = evaluate_case(record)
        if scored is not None:
            results.append(scored)
    countries = [r["country"] for r in results if r["country"] is not None]
    sectors = [r["sector"] for r in results if r["sector"] is not None]
    return {
        "split": split,
        "cases": len(results),
        "country_cases": len(countries),
        "country_accuracy": round(sum(countries) / len(countries), 4) if countries else None,
        "sector_cases": len(sectors),
        "sector_accuracy": round(sum(sectors) / len(sectors), 4) if sectors else None,
        "failures": [r for r in results if r["country"] is False or r["sector"] is False],
    }
