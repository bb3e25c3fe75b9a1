"""Session 16: undated reports join only on details beyond the dyad's names and the act's words;
a cluster holds no two dated events more than a week apart; one span can match another report alone.

Sentences are written in the form of the scraped pages of /work/notes/pages16/clusters (several outlets'
reports of one summit, sanctions decision or missile launch, and reports of the same pair's other
meetings in other years, most with no date); none is copied from a page.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.ledger.conftest import cluster_groups, cluster_item

from sitrep.ledger.clusters import act_words, detail_words

_item = partial(cluster_item, type_="CONSULT", source="USA", target="CHN")
_groups = cluster_groups


def test_names_and_act_words_are_no_details() -> None:
    # two undated meetings of one pair of leaders (pages 058 Bali and 064 Woodside) share only names
    # and "met"/"summit"; what tells one from the other is the rest
    item = _item("a", "d1", "Xi Jinping of China and the US president Joe Biden talked for three hours in "
                 "a resort hotel")
    details = detail_words(item)
    assert {"biden", "jinp", "chinese"}.isdisjoint(details)
    assert "hotel" in details and "hour" not in details  # (session 17: units of time are no details)
    assert {"summit", "talk", "missile", "fir", "sanction"} <= act_words()


def test_a_title_case_headline_names_no_details() -> None:
    # a headline in title case: its capitals that name states, people and places are no details
    # ("Beijing" in two headlines of two meetings); a word told in lower case in the lead still is
    # (session 17: a capitalised word no actor or place list knows is one, see test_clusters17_details)
    headline = _item("a", "d1", "Biden, Xi Meet In Beijing For First Talks")
    assert detail_words(headline) == frozenset()
    both = _item("b", "d2", "Biden, Xi Meet In Beijing\nthe leaders met at a seaside hotel in Beijing")
    assert "hotel" in detail_words(both) and "beij" not in detail_words(both)


def test_undated_meetings_of_one_pair_a_year_apart_stay_apart() -> None:
    # form of pages 058 and 068: no date on either page, the same two leaders
    bali = _item("bali", "d1", "Xi Jinping of China and the US president Joe Biden talked for three hours "
                 "in a resort hotel in Bali")
    woodside = _item("woodside", "d2", "Joe Biden held a lengthy summit with China's Xi Jinping on "
                     "Wednesday")
    assert _groups([bali, woodside]) == {frozenset({"bali"}), frozenset({"woodside"})}


def test_undated_reports_sharing_details_join() -> None:
    # form of pages 012 and 014: two outlets' leads on one summit share "concluded an extraordinary"
    a = _item("a", "d1", "Kim Jong Un of North Korea and Donald Trump concluded their extraordinary "
              "summit by signing a joint text", source="USA", target="PRK")
    b = _item("b", "d2", "The extraordinary meeting of Trump and Kim concluded on Tuesday with pledges of "
              "change", source="USA", target="PRK")
    assert _groups([a, b]) == {frozenset({"a", "b"})}


def test_undated_launches_with_the_same_weapon_stay_apart() -> None:
    # form of pages 032 and 036: one state's missile launches years apart, told alike; the weapon is
    # the field the two share, not a detail of one launch
    a = _item("a", "d1", "North Korea launched a ballistic missile toward its eastern waters, the South "
              "Korean military said", type_="MOBILIZE", source="PRK", target=None,
              instrument="ballistic missile")
    b = _item("b", "d2", "Before dawn on Friday North Korea fired one ballistic missile", type_="MOBILIZE",
              source="PRK", target=None, instrument="ballistic missile")
    assert len(_groups([a, b])) == 2


def test_the_same_wording_joins_without_details() -> None:
    # one agency's sentence reprinted by two outlets is told in the same words, names and all
    text = "which Washington and Riyadh both blamed on Tehran"
    a = _item("a", "d1", text, type_="ACCUSE", source="USA", target="IRN")
    b = _item("b", "d2", text, type_="ACCUSE", source="USA", target="IRN")
    assert _groups([a, b]) == {frozenset({"a", "b"})}


def test_an_undated_report_does_not_bridge_meetings_two_years_apart() -> None:
    # the G20 2016 / Paris 2018 case: each dated report fits the undated one, not each other
    first = _item("g20", "d1", "Putin and Obama met on the sidelines of the summit for ninety minutes of "
                  "candid talks on Syria", source="RUS", target="USA", day=date(2016, 9, 5))
    later = _item("paris", "d2", "Trump held candid talks with Putin for ninety minutes on the sidelines "
                  "in Paris", source="RUS", target="USA", day=date(2018, 11, 11))
    undated = _item("u", "d3", "the leaders met on the sidelines for ninety minutes of candid talks",
                    source="RUS", target="USA")
    groups = _groups([first, later, undated])
    assert frozenset({"g20", "paris"}) not in groups and not any({"g20", "paris"} <= g for g in groups)


def test_dated_reports_chained_over_a_month_split() -> None:
    # weekly reports of one ministry's tally, each four days from the next, are different weeks
    texts = ["terrorists surrendered or were killed or captured in operations this week"] * 4
    items = [_item(f"w{i}", f"d{i}", t, type_="RETREAT", source="TUR", target=None,
                   day=date(2019, 7, 1 + 4 * i)) for i, t in enumerate(texts)]
    groups = _groups(items)
    assert all(len(g) < 4 for g in groups)


def test_one_span_matches_a_short_report_alone() -> None:
    # an event told in a long lead and a quote: its headline span alone matches another report's
    # short telling, which all of its spans together dilute
    long_ = _item("long", "d1", "Indian navy captures 23 Somali pirates in the Gulf of Aden\n"
                  "Taking the lead in the fight against piracy the navy on Saturday foiled an attempt to "
                  "hijack a merchant vessel flying the Ethiopian flag with help from commandos aboard a "
                  "helicopter\nwe will continue to patrol the shipping lane, a spokesman said",
                  type_="COERCE", source="IND", target="SOM")
    short = _item("short", "d2", "The Indian navy has captured 23 Somali pirates in the Gulf of Aden",
                  type_="COERCE", source="IND", target="SOM")
    assert _groups([long_, short]) == {frozenset({"long", "short"})}
