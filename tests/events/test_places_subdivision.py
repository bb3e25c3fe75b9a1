"""`places.PlaceRules.subdivision_of`: a province or state named with its kind gives the place of an act its
country, so an attack on a village there has a target ("in Benue state", "in Kunar province"). Sentences
constructed on the pattern of conflict snippets (CASE 2021 text may not be quoted in tests)."""

from __future__ import annotations

import pytest

from sitrep.pipeline import Pipeline


@pytest.fixture(scope="module")
def keys():
    pipeline = Pipeline()

    def run(text: str) -> set[tuple[str, str, str]]:
        return {(e.source.code if e.source else "-", e.type, e.target.code if e.target else "-")
                for e in pipeline.code_text(text).events}

    return run


def test_an_attack_on_a_village_in_a_typed_state_is_coded(keys) -> None:
    assert ("NGAUAF", "ASSAULT", "NGA") in keys("Gunmen attacked a village in Benue state.")
    assert ("AFGUAF", "ASSAULT", "AFG") in keys("Gunmen attacked a village in Kunar province.")


def test_a_state_name_several_countries_share_gives_no_country(keys) -> None:
    # Nigeria and Venezuela both have a Delta state: no country is guessed, so no event
    assert not keys("Gunmen attacked a village in Delta state.")
