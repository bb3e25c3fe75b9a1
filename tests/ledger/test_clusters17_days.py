"""Session 17 (clusters2): what tells two undated reports of one dyad's act to be one happening or two. One
day of a month both name ("on Oct. 7", "on October 7") joins them; counts both state and none shared (34
killed, 12 killed) keep them apart; the parties' own names ("Bayramov", "Mirzoyan") are no details, as
every report of every meeting of the two ministers names them.

Sentences are written in the form of scraped pages of /work/notes/pages17/clusters2 (several outlets'
reports of two foreign ministers' meetings in Washington and New York, and of US air strikes in Somalia);
none is copied from a page.
"""

from __future__ import annotations

from functools import partial

from tests.ledger.conftest import cluster_groups, cluster_item

from sitrep.ledger.clusters import detail_words, party_name

_item = partial(cluster_item, type_="CONSULT", source="AZE", target="ARM")
_groups = cluster_groups


def test_a_day_of_the_month_is_a_detail_however_written() -> None:
    a = _item("a", "d1", "The two foreign ministers met in Washington on Nov. 7 for talks")
    b = _item("b", "d2", "The ministers of the two states held a meeting on 7 November")
    assert "@11-07" in detail_words(a) & detail_words(b)


def test_reports_naming_one_day_join() -> None:
    # form of pages 000 and 001: undated pages, one names the day as "November 7", the other "Nov 7"
    a = _item("a", "d1", "The foreign ministers of Azerbaijan and Armenia met in Washington on November 7")
    b = _item("b", "d2", "Blinken spoke at the start of a meeting with the ministers of Azerbaijan and "
              "Armenia on Nov 7 in the capital")
    assert _groups([a, b]) == {frozenset({"a", "b"})}


def test_reports_naming_two_days_stay_apart() -> None:
    a = _item("a", "d1", "The foreign ministers of Azerbaijan and Armenia met behind closed doors at "
              "Blair House on November 7")
    b = _item("b", "d2", "The foreign ministers of Azerbaijan and Armenia met behind closed doors at "
              "Blair House on May 1")
    assert _groups([a, b]) == {frozenset({"a"}), frozenset({"b"})}


def test_two_strikes_with_other_tolls_stay_apart() -> None:
    # form of pages 024 and 026: two US strikes on al-Shabaab told alike, each with its own toll
    a = _item("a", "d1", "The US military said 24 militants were killed in an airstrike on al-Shabaab "
              "in the Hiran region of central Somalia", type_="ASSAULT", source="USA", target="SOM")
    b = _item("b", "d2", "The US military said 15 militants were killed in separate airstrikes on "
              "al-Shabaab in the Lower Shabelle region", type_="ASSAULT", source="USA", target="SOM")
    assert _groups([a, b]) == {frozenset({"a"}), frozenset({"b"})}


def test_the_parties_own_names_are_no_details() -> None:
    # pages 003 and 006: a phone call in April and a meeting in New York, both naming the two ministers
    names = {"source_name": "Jeyhun Bayramov", "target_name": "Ararat Mirzoyan"}
    a = _item("a", "d1", "Ararat Mirzoyan and Jeyhun Bayramov talked over a possible peace deal", **names)
    b = _item("b", "d2", "Blinken hosted Ararat Mirzoyan and Jeyhun Bayramov for direct talks", **names)
    assert "bayramov" not in detail_words(a)
    assert _groups([a, b]) == {frozenset({"a"}), frozenset({"b"})}
    # a name beyond the parties' still tells one happening from another
    c = _item("c", "d3", "Mirzoyan and Bayramov met envoy Reeker", **names)
    assert "reeker" in detail_words(c)


def test_only_a_standing_partys_name_is_left_out() -> None:
    # a minister meets his counterpart again and again; an opposition leader arrested once is named for it
    assert party_name("AZEGOV", "Jeyhun Bayramov") == "Jeyhun Bayramov"
    assert party_name("UKRPTY", "Viktor Medvedchuk") is None
    assert party_name(None, None) is None


def test_two_durations_of_one_meeting_are_no_conflict() -> None:
    # form of already-read pages17/clusters 013 and 016: two outlets time one talk differently
    a = _item("a", "d1", "Trump and Kim talked alone with interpreters for some 38 minutes and then signed "
              "a text", type_="CONSULT", source="PRK", target="USA")
    b = _item("b", "d2", "Trump and Kim talked alone with their interpreters for about 45 minutes, then "
              "signed a joint text", type_="CONSULT", source="PRK", target="USA")
    assert _groups([a, b]) == {frozenset({"a", "b"})}
