"""Session 17: what tells two undated reports of one dyad's act to be one happening. Units of time, the
parties' titles and reporting words are no details; a name no actor or place list knows is one; a count
the two state alike weighs as two details.

Sentences are written in the form of the scraped pages of /work/notes/pages17/clusters (outlets' reports
of one prisoner exchange, one arrest, and of two ceasefires of one pair years apart, most with no date);
none is copied from a page.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.ledger.conftest import cluster_groups, cluster_item

from sitrep.ledger.clusters import detail_words

_item = partial(cluster_item, type_="AGREE", source="ISR", target="PSE")
_groups = cluster_groups


def test_two_ceasefires_sharing_only_a_unit_of_time_stay_apart() -> None:
    # form of pages 010 and 012: a four-day truce of 2023 and a ceasefire ending an 11-day war in 2021;
    # "day" recurs in reports of both
    truce = _item("a", "d1", "Hamas and Israel reach a 4-day truce and a deal to swap hostages",
                  day=date(2023, 11, 22))
    older = _item("b", "d2", "Israel and Hamas agreed a truce to end the 11-day war in Gaza")
    assert detail_words(truce) & detail_words(older) == frozenset()
    assert _groups([truce, older]) == {frozenset({"a"}), frozenset({"b"})}


def test_a_stated_count_is_a_detail_but_not_a_year_or_a_day_of_the_month() -> None:
    item = _item("a", "d1", "Russia freed 215 prisoners of war, among them 10 foreigners, on Sept. 21, "
                 "2022 and 4 wounded men", type_="RETREAT", source="RUS", target="UKR")
    details = detail_words(item)
    assert {"#215", "#10"} <= details
    assert {"#21", "#2022", "#4"}.isdisjoint(details)


def test_reports_stating_one_count_of_one_exchange_join() -> None:
    # form of pages 000 and 002: a lead and another outlet's sentence share the count and little else
    a = _item("a", "d1", "Russia released 215 prisoners of war in a swap, the head of the president's "
              "office said", type_="RETREAT", source="RUS", target="UKR")
    b = _item("b", "d2", "Kyiv said 215 Ukrainian and foreign citizens had been released by Russia in "
              "the largest exchange of the war", type_="RETREAT", source="RUS", target="UKR")
    assert _groups([a, b]) == {frozenset({"a", "b"})}
    c = _item("c", "d3", "Kyiv said 35 Ukrainian soldiers had been released by Russia in the first "
              "exchange in months", type_="RETREAT", source="RUS", target="UKR")
    assert frozenset({"c"}) in _groups([a, c])


def test_a_name_no_list_knows_is_a_detail() -> None:
    # form of pages 000 and 002: the arrest of one politician told by two outlets with no date
    a = _item("a", "d1", "Medvedchuk was detained in April on charges of treason", type_="COERCE",
              source="UKR", target="UKR")
    b = _item("b", "d2", "Medvedchuk was detained in April after he fled house arrest", type_="COERCE",
              source="UKR", target="UKR")
    assert "medvedchuk" in detail_words(a) and "april" not in detail_words(a)
    assert _groups([a, b]) == {frozenset({"a", "b"})}


def test_a_summits_name_is_no_count() -> None:
    item = _item("a", "d1", "Obama met Medvedev at the G-20 summit in London", type_="CONSULT",
                 source="USA", target="RUS")
    assert not any(w.startswith("#") for w in detail_words(item))


def test_words_of_the_parties_at_low_likeness_join_nothing() -> None:
    # form of two already-read Kashmir reports: a grenade attack and a gunfight of militants and
    # security forces days apart share "militants" and "security" and little else
    a = _item("a", "d1", "militants hurled a grenade at security personnel in the old city but missed",
              type_="ASSAULT", source="IND", target="IND")
    b = _item("b", "d2", "the militants fired at the security forces as the cordon tightened, officials "
              "told reporters", type_="ASSAULT", source="IND", target="IND")
    assert _groups([a, b]) == {frozenset({"a"}), frozenset({"b"})}
