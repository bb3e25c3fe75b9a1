"""`places.PlaceRules.subdivision_of`: a province or state named with its kind gives the place of an act its
country, so an attack on a village there has a target ("in Benue state", "in Kunar province"). Sentences
constructed on the pattern of conflict snippets (CASE 2021 text may not be quoted in tests)."""

from __future__ import annotations


def test_an_attack_on_a_village_in_a_typed_state_is_coded(events) -> None:
    assert ("NGAUAF", "NGA", "ASSAULT") in events("Gunmen attacked a village in Benue state.")
    assert ("AFGUAF", "AFG", "ASSAULT") in events("Gunmen attacked a village in Kunar province.")


def test_a_state_name_several_countries_share_gives_no_country(events) -> None:
    # Nigeria and Venezuela both have a Delta state: no country is guessed, so no event
    assert not events("Gunmen attacked a village in Delta state.")
