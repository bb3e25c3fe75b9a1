"""An event's fields on wire-story forms (session 17, fields2 round): gas counted by volume ("cubic metres")
is a stated quantity; a count introduced by "a total of" and a sum "worth of" a transfer count the goods it
moves; a sale made "at an estimated cost of" a sum has that sum as its quantity when no count is stated; a
place named in a place noun's own "of" phrase beats the sea or state describing it ("the Red Sea port of
Hodeidah"); a state the tagger reads as a body ("in Uttar Pradesh", ORG) is still a place; the work a loan
funds is not where it was signed; an attack on a market or an oil site is no economic act; the day an
"according to" phrase gives is the source's, not the act's. Each sentence is written in the form of a real
report of the round-17 fields2 sample or the fields sample (the outlet is named); the whole pipeline codes
it.
"""

from __future__ import annotations

from tests.events.conftest import of_type


def test_gas_counted_in_cubic_metres_is_the_means_and_its_quantity(whole):
    # form of an eleconomista (Reuters) 2014 line and modernpowersystems page (Russia supplying a count of
    # "billion cubic metres of gas" a year to China): before, no means and no count
    ev = of_type(whole("Russia will supply 38 billion cubic metres of gas a year to China under the deal, "
                       "Gazprom said."), "COOPERATE")
    assert (ev.instrument, ev.quantity) == ("gas", "38 billion cubic metres")


def test_a_sum_worth_of_weapons_sales_counts_the_weapons(whole):
    # form of a dailysabah 2018 lead (the State Department approving "a total of" a dollar sum "worth of
    # potential weapons sales" to a Gulf state)
    ev = of_type(whole("Washington has approved a total of $2 billion worth of potential weapons sales to "
                       "Qatar."), "SUPPORT")
    assert (ev.instrument, ev.quantity) == ("weapons", "$2 billion")


def test_a_total_of_a_count_reads_the_inner_count(whole):
    # form of the round-17 aid-convoy pages (an agency sending "a total of" some thousand trucks of aid)
    ev = of_type(whole("Jordan sent a total of 4,138 trucks of aid to Gaza."), "AID")
    assert (ev.instrument, ev.quantity) == ("aid", "4,138 trucks")


def test_a_sale_at_an_estimated_cost_is_counted_in_that_sum(whole):
    # form of a news.am (Reuters) 2017 lead (approving the possible sale of an anti-missile system to a Gulf
    # state "at an estimated cost of" a dollar sum)
    ev = of_type(whole("The State Department on Monday approved a possible sale of a Patriot air defense "
                       "system to Poland at an estimated cost of $4 billion."), "AID")
    assert ev.quantity == "$4 billion"
    # a stated count of the goods stays the quantity (a trend.az form: "up to 73" missiles at a cost)
    ev = of_type(whole("The State Department approved a possible sale of 73 missiles to Japan at an "
                       "estimated cost of $3.3 billion."), "AID")
    assert (ev.instrument, ev.quantity) == ("missiles", "73")


def test_a_place_nouns_own_name_beats_the_sea_describing_it(whole):
    # form of a southpunjabnews (AP) 2018 lead (a coalition airstrike on a market "near Yemen's Red Sea port
    # of" a city): before, the location was the sea
    ev = of_type(whole("A coalition airstrike on a market near Yemen's Red Sea port of Hodeida killed 14 "
                       "civilians, medics said."), "ASSAULT")
    assert ev.location == "Hodeida"
    # a subdivision's own name is the more exact place than the region its "of" phrase puts it in
    ev = of_type(whole("The convoy of Afghan soldiers was attacked on Sunday in Karukh district of Herat, "
                       "officials said."), "ASSAULT")
    assert ev.location != "Herat"


def test_a_state_tagged_as_a_body_is_still_a_place(whole):
    # form of the PTI pages of the round-17 fields sample (an Indian state named in a place phrase, which the
    # tagger reads as ORG: "in Uttar Pradesh")
    ev = of_type(whole("Indian police arrested 20 protesters in Uttar Pradesh on Sunday."), "COERCE")
    assert ev.location == "Uttar Pradesh"


def test_the_work_a_loan_funds_is_not_where_it_was_signed(whole):
    # form of a PTI 2018 lead (a state signing loans with Japan for building a metro in a city): before,
    # the signing was put in that city
    ev = of_type(whole("Bangladesh signed three loan agreements with Japan on Monday for the building of a "
                       "metro line in Dhaka."), "SUPPORT")
    assert ev.location is None
    # talks held "for talks in" a city are held there; help for people reaches them where they are
    ev = of_type(whole("Rouhani will travel to Turkey for talks in Ankara next week."), "CONSULT")
    assert ev.location == "Ankara"


def test_an_attack_on_a_market_or_an_oil_site_is_no_economic_act(whole):
    # form of a Saada 2018 story of the round-17 fields sample (the coalition striking a popular market)
    ev = of_type(whole("Five shoppers died when the Saudi-led coalition bombed a busy market in the Yemeni "
                       "city of Saada."), "ASSAULT")
    assert ev.context != "economic"
    ev = of_type(whole("Gunmen attacked a bank in Lagos on Monday, killing two guards."), "ASSAULT")
    assert ev.context != "economic"
    # a freeze of assets is an economic act (no site struck)
    ev = of_type(whole("The US froze the assets of 20 Russian officials."), "SANCTION")
    assert ev.context == "economic"


def test_the_day_of_a_cited_source_is_not_the_acts(whole):
    # form of a tag24 (DPA) 2020 lead (hackers "have been targeting" US departments "according to media
    # reports on" a weekday): the reports' day, as with "officials said on Sunday"
    ev = of_type(whole("Russian troops have been shelling the Ukrainian city of Kharkiv, according to media "
                       "reports on Sunday.", published="2020-12-14"), "ASSAULT")
    assert ev.event_date is None
    ev = of_type(whole("Russian troops shelled the Ukrainian city of Kharkiv on Sunday, according to "
                       "officials.", published="2020-12-14"), "ASSAULT")
    assert ev.event_date == "2020-12-13"


def test_a_possessive_the_tagger_puts_before_a_place_is_no_part_of_its_name(whole):
    # form of an indianexpress (PTI) 2017 line (militants killed in a joint operation "in state’s" district,
    # curly apostrophe): the tagger's entity is "’s Kulgam"
    ev = of_type(whole("In a raid by the Indian Army, two militants were shot dead in state’s Kulgam "
                       "district."), "ASSAULT")
    assert ev.location == "Kulgam"
