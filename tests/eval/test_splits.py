"""The dev/test split rule (ids taken from the real suites)."""

from __future__ import annotations

import pytest

from sitrep.eval.splits import in_split, split_of


@pytest.mark.parametrize(("record_id", "side"), [
    ("PLOVER-GSR01-AGREE-0001", "test"),     # plover-gsr-cameo
    ("PLOVER-GSR01-AGREE-0002", "dev"),
    ("AFP0808020625_4", "dev"),              # petrarch2-gsr-validation
    ("github_issue27_1", "test"),
    ("COOP_0", "dev"),
    ("PLOVER-GSR01-COERCE-0004#2", "dev"),   # a duplicated id gets "#2"
    ("3095FB15AFF7B552702E9EF46C083FDD", "test"),  # re3d: last digit 3 (hex letters ignored)
    ("test_nat1", "test"),                   # ngec-actor-resolution
])
def test_last_digit_parity_decides(record_id, side):
    assert split_of(record_id) == side


def test_ids_without_digits_still_land_on_one_side_stably():
    assert split_of("abc") == split_of("abc")
    assert {split_of("abc"), split_of("abd")} == {"dev", "test"}  # code points 294 vs 295


def test_in_split_and_all():
    assert in_split("COOP_0", "dev") and not in_split("COOP_0", "test") and in_split("COOP_0", "all")
    with pytest.raises(ValueError, match="unknown split"):
        in_split("COOP_0", "train")
