"""Session 15: reports name one place at two levels of detail; different places keep happenings apart."""

from __future__ import annotations

from sitrep.events.merge import set_apart
from sitrep.ledger.clusters import ClusterItem, cluster_items


def test_a_place_and_the_same_place_told_longer_are_one() -> None:
    # ECB+ 12ecb/12ecbplus locations: "the Gulf of Aden" beside "Gulf of Aden"; ECB+ 41ecb "Gaza" beside
    # "Gaza City"
    assert not set_apart(("the Gulf of Aden", None), ("Gulf of Aden", None))
    assert not set_apart(("Gaza", None), ("Gaza City", None))
    assert not set_apart(("Gaza", "rockets"), (None, "rockets and mortars"))
    assert not set_apart((None, "a missile"), (None, "missiles"))


def test_different_places_or_weapons_stay_apart() -> None:
    # ECB+ 41ecbplus: a camp bombed in South Sudan is not an act in Sudan; another town, another act
    assert set_apart(("Sudan", None), ("South Sudan", None))
    assert set_apart(("Athens", None), ("Salonika", None))
    assert set_apart((None, "barrel bombs"), (None, "rockets"))


def test_two_reports_naming_the_gulf_with_and_without_its_article_cluster() -> None:
    # ECB+ 12ecb: 12_11ecb "it arrested 23 pirates who threatened a merchant vessel in the Gulf of Aden"
    # and 12_4ecbplus-style "Indian Navy captures Somali pirates in Gulf of Aden" (one the day after)
    a = ClusterItem("a", "d1", "COERCE", "IND", "SOM", "asserted", None,
                    "it arrested 23 pirates who threatened a merchant vessel in the Gulf of Aden",
                    location="the Gulf of Aden")
    b = ClusterItem("b", "d2", "COERCE", "IND", "SOM", "asserted", None,
                    "The Indian navy arrested 23 pirates who threatened a merchant vessel in Gulf of Aden",
                    location="Gulf of Aden")
    assert len(cluster_items([a, b])) == 1
