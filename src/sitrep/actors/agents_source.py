"""Convert PETRARCH/PLOVER agent dictionaries into sitrep's `data/agents.tsv`.

The source is `PLOVER_agents.txt` (ahalterman/NGEC-2025@a3909e2, MIT, Open Event Data Alliance),
copied to `shared/benchmarks/event-coding/plover-agents.txt`. Run once when the source changes:

    python -m sitrep.actors.agents_source ../shared/benchmarks/event-coding/plover-agents.txt \
        src/sitrep/actors/data/agents.tsv

PETRARCH conventions handled here: `_` joins words, `{PLURAL}` gives an irregular plural, regular
plurals are generated, `!PERSON!` / `!MINIST!` are substitution sets, `[~CVLOPP]` is a primary and a
secondary sector, `#` starts a comment.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sitrep.errors import InputError

_LINE = re.compile(r"^(?P<phrase>[^{\[#]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[~(?P<code>[A-Z]*)\]")
_SET = re.compile(r"^!(?P<name>[A-Z]+)!\s*=\s*(?P<items>.+)$")


def regular_plural(word: str) -> str:
    """English regular plural of the last word of a phrase (PETRARCH generates these itself)."""
    head, _, last = word.rpartition(" ")
    if re.search(r"(s|x|z|ch|sh)$", last):
        plural = last + "es"
    elif re.search(r"[^aeiou]y$", last):
        plural = last[:-1] + "ies"
    elif last.endswith("man"):
        plural = last[:-3] + "men"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


def convert(path: Path) -> list[tuple[str, str, str]]:
    """(phrase, sector, secondary sector) rows, lowercased, first entry for a phrase wins."""
    sets: dict[str, list[str]] = {}
    rows: dict[str, tuple[str, str]] = {}
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read agents dictionary: {exc}", origin=str(path)) from exc
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if m := _SET.match(line):
            sets[m["name"]] = [x.strip() for x in m["items"].split(",") if x.strip()]
            continue
        m = _LINE.match(line)
        if not m:
            raise InputError(f"line {number}: not an agent entry: {line[:60]!r}", origin=str(path))
        code = m["code"]
        sector, second = code[:3], code[3:6]
        forms = [m["phrase"]] + ([m["plural"]] if m["plural"] and m["plural"].strip() else [])
        expanded: list[str] = []
        for form in forms:
            variants = [form]
            for name, items in sets.items():
                token = f"!{name}!"
                variants = [v.replace(token, item) for v in variants for item in items] if any(
                    token in v for v in variants) else variants
            expanded.extend(variants)
        for i, form in enumerate(expanded):
            phrase = re.sub(r"\s+", " ", form.replace("_", " ")).strip().lower()
            if not phrase or "!" in phrase:
                continue
            candidates = [phrase] if (m["plural"] and i > 0) else [phrase, regular_plural(phrase)]
            for p in candidates:
                rows.setdefault(p, (sector, second))
    return [(p, s, s2 or "-") for p, (s, s2) in sorted(rows.items())]


def main(argv: list[str]) -> int:
    """Command-line entry: convert SRC into DEST."""
    src, dest = Path(argv[0]), Path(argv[1])
    rows = convert(src)
    header = (
        "# Agent noun -> PLOVER sector, converted by sitrep.actors.agents_source from\n"
        "# ahalterman/NGEC-2025@a3909e2aa02969ccaaa915a9626a5316e1cac0f8:NGEC/assets/PLOVER_agents.txt\n"
        "# (CAMEO agents file for PLOVER, (c) 2014 Open Event Data Alliance, MIT License).\n"
        "# Sector codes JNK and NON mark phrases that are not actors.\n"
        "# phrase\tsector\tsector2\n"
    )
    dest.write_text(header + "".join(f"{p}\t{s}\t{s2}\n" for p, s, s2 in rows), encoding="utf-8")
    print(f"{len(rows)} agent phrases written to {dest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
