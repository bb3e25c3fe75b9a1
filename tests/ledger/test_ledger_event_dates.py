"""Events dated to a year, month or week are stored under that period, not the report's publication date."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.ledger import Ledger
from sitrep.ledger.rows import period_start
from sitrep.records import CodedDocument, Document


@pytest.mark.parametrize(("value", "expected"), [
    ("2016-03-06", date(2016, 3, 6)),
    ("2015-12", date(2015, 12, 1)),
    ("1985", date(1985, 1, 1)),
    ("2016-W21", date(2016, 5, 23)),  # the Monday of ISO week 21
    ("2016-W21-WE", date(2016, 5, 28)),  # its Saturday
    ("198", date(1980, 1, 1)),  # the 1980s
    ("2016-13", None),
    ("last week", None),
    (None, None),
])
def test_period_start(value, expected):
    assert period_start(value) == expected


def test_history_is_stored_under_its_own_year(tmp_path, code_event):
    # constructed after a background sentence seen in PolNeAR train ("killed by an officer in 1985"):
    # history told in a 2016 report
    doc = Document(id="history", text="Maria was killed by an officer in 1985, her family said.",
                   published="2016-07-12", origin="test")
    killing = code_event(doc, "Maria was killed by an officer in 1985", "USACOP", "USACVL", "ASSAULT",
                         event_date="1985")
    with Ledger(tmp_path / "h.duckdb") as ledger:
        ledger.store(CodedDocument(document=doc, events=[killing]))
        stored = ledger.con.execute("SELECT event_date FROM events").fetchone()[0]
    assert stored == date(1985, 1, 1)
