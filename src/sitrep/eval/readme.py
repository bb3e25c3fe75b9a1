"""Keep README.md's results table equal to what `sitrep eval` printed (never typed by hand)."""

from __future__ import annotations

from pathlib import Path

from sitrep.errors import InputError

START = "<!-- eval-table:start -->"
END = "<!-- eval-table:end -->"


def replace_table(readme_text: str, table: str) -> str:
    """`readme_text` with the text between the markers replaced (markers appended when absent)."""
    block = f"{START}\n{table.rstrip()}\n{END}"
    starts, ends = readme_text.count(START), readme_text.count(END)
    if starts == ends == 0:
        return readme_text.rstrip("\n") + "\n\n" + block + "\n"
    if starts != 1 or ends != 1 or readme_text.index(START) > readme_text.index(END):
        raise ValueError(f"expected one {START} followed by one {END}")
    head, rest = readme_text.split(START, 1)
    _, tail = rest.split(END, 1)
    return head + block + tail


def write_table(readme: Path, table: str) -> None:
    """Write `table` between the markers of `readme`, touching nothing else in the file."""
    if not readme.is_file():
        raise InputError("README not found (run from the repository root or pass --readme)",
                         origin=str(readme))
    try:
        updated = replace_table(readme.read_text(encoding="utf-8"), table)
    except ValueError as exc:
        raise InputError(str(exc), origin=str(readme)) from exc
    readme.write_text(updated, encoding="utf-8")
