"""README table markers: only the text between them changes."""

from __future__ import annotations

import pytest

from sitrep.errors import InputError
from sitrep.eval.readme import END, START, replace_table, write_table


def test_markers_are_appended_when_absent():
    out = replace_table("# sitrep\n\nIntro.\n", "| a |\n")
    assert out == f"# sitrep\n\nIntro.\n\n{START}\n| a |\n{END}\n"


def test_only_the_block_between_markers_changes(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"head\n{START}\nold table\n{END}\ntail\n")
    write_table(readme, "new table\n")
    assert readme.read_text() == f"head\n{START}\nnew table\n{END}\ntail\n"


def test_broken_markers_and_missing_readme_are_errors(tmp_path):
    with pytest.raises(ValueError):
        replace_table(f"{END}\n{START}\n", "x")
    with pytest.raises(InputError):
        write_table(tmp_path / "nope.md", "x")
