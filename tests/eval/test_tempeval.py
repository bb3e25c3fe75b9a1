"""TempEval-3 scoring: reading TimeML and resolving its relative dates (data: corpora/tempeval3)."""

from __future__ import annotations

import pytest

from sitrep.errors import InputError
from sitrep.eval.tempeval import is_relative, read_timeml, score_tempeval


def test_read_timeml_gives_dct_and_date_timexes(shared):
    dct, timexes = read_timeml(shared / "corpora" / "tempeval3" / "TimeBank" / "AP900816-0139.tml")
    assert dct.startswith("1990-08-16")
    thursday = [t for t in timexes if t["text"] == "Thursday"]
    assert thursday and thursday[0]["value"] == "1990-08-16"
    assert "Saddam Hussein" in thursday[0]["sentence"]


def test_relative_expressions_are_told_from_absolute_ones():
    assert is_relative("Friday") and is_relative("last week") and is_relative("two years ago")
    assert is_relative("August") and is_relative("Feb. 28")
    assert not is_relative("March 22, 2013") and not is_relative("2010") and not is_relative("May 2010")


def test_platinum_accuracy_meets_target(shared):
    result = score_tempeval(shared / "corpora" / "tempeval3", "test")
    assert result["documents"] == 20
    assert result["relative_dates"] >= 40
    assert result["accuracy"] >= 0.90, result["misses"]


def test_unknown_split_is_a_clear_error(shared):
    with pytest.raises(InputError, match="unknown TempEval split"):
        score_tempeval(shared / "corpora" / "tempeval3", "platinum-2")
