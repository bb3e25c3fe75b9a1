"""An event's place, means and context on wire-story sentences (session 16): a place named in apposition
("China's economic hub Shanghai", "the capital, Mogadishu"), by a proper noun the tagger left unnamed
("Ukraine's Donetsk region", "at Kyiv"), by a "where" clause, or as the town an attack strikes; the
goods a deal buys; words that say how many there are or who bore them, not what the means is; the
description of a place, which sets no context. Each sentence is written in the form of a real report of
the round-16 pages sample (the outlet is named) or of an already-read corpus; the whole pipeline codes it.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import of_type

from sitrep.events.details import describes_place


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


def test_a_place_named_in_apposition_is_the_location_and_its_description_sets_no_context(whole):
    # form of a Beijing Review 2009 lead (a US president landing in a country's "economic hub", named after
    # it): the visit is in the city named; "financial" tells what the city is, not what the visit is
    ev = of_type(whole("French President Emmanuel Macron arrived in India's financial hub Mumbai on Monday "
                       "night, starting a state visit to India."), "CONSULT")
    assert ev.location == "Mumbai"
    assert ev.context != "economic"


def test_a_place_renamed_after_a_comma_is_the_location(whole):
    # form of a BBC Somalia report (general sample: commandos storming a building "in the capital,
    # <name>"), where the parser hangs the name on the building
    ev = of_type(whole("Kenyan troops stormed the police headquarters in the capital, Nairobi, on Sunday."),
                 "ASSAULT")
    assert ev.location == "Nairobi"


def test_a_where_clause_puts_the_talks_in_its_antecedent(whole):
    # form of a Beijing Review 2009 itinerary (leaving one city for another, "where he will" meet its
    # leaders)
    evs = whole("French President Emmanuel Macron will leave Osaka on Tuesday for Tokyo, where he will hold "
                "talks with Japanese Prime Minister Fumio Kishida.")
    ev = of_type(evs, "CONSULT")
    assert ev.location == "Tokyo"


def test_a_region_the_tagger_left_unnamed_and_a_known_city_are_locations(whole):
    # form of a Reuters 2022 lead (general sample: civilians killed "in eastern Ukraine's" region, whose
    # name the tagger leaves unnamed) and of a missile-strike lead on the capital
    ev = of_type(whole("Four civilians died after Russian attacks on Friday in eastern Ukraine's Donetsk "
                       "region, officials said."), "ASSAULT")
    assert ev.location == "Donetsk region"
    ev = of_type(whole("Russian forces fired 12 missiles at Kyiv on Tuesday, killing five civilians."),
                 "ASSAULT")
    assert (ev.location, ev.instrument, ev.quantity) == ("Kyiv", "missiles", "12")


def test_the_town_an_attack_pounds_is_where_it_happened_but_a_state_is_not(whole):
    # form of an Al Alam 2013 lead (militants pounding a capital, named after "capital", with shells)
    ev = of_type(whole("Militants have pounded the capital Kabul with rockets, wounding at least nine "
                       "people."), "ASSAULT")
    assert (ev.location, ev.instrument) == ("Kabul", "rockets")
    ev = of_type(whole("Russian troops attacked Ukraine on Tuesday."), "ASSAULT")
    assert ev.location is None


def test_an_aim_clause_keeps_its_place_to_itself(whole):
    # form of a re3d US State Department note (travel to a capital for a meeting whose aim names another
    # country): the meeting's aim is about Libya, the meeting is in Rome
    ev = of_type(whole("Lavrov will travel to Rome for a meeting to discuss efforts to resolve the crisis in "
                       "Libya."), "CONSULT")
    assert ev.location == "Rome"


def test_the_goods_a_deal_buys_are_its_means_and_count(whole):
    # form of BBC 2016 and AFP 2025 leads (a state signing an agreement, or a deal, "to buy" or "to
    # purchase" a number of fighter jets): the jets are the deal's means, so a military deal
    evs = whole("Greece on Monday signed an agreement with Paris to buy 18 Rafale fighter jets.")
    ev = next(e for e in evs if e.source and e.source.code == "GRC")  # its type is the verbs' area
    assert (ev.instrument, ev.quantity, ev.context) == ("Rafale fighter jets", "18", "military")
    evs = whole("Egypt also signed in May a multi-billion-dollar deal to purchase 30 Rafale fighter jets "
                "from France.")
    ev = next(e for e in evs if e.source and e.source.code == "EGY")
    assert (ev.instrument, ev.quantity, ev.context) == ("Rafale fighter jets", "30", "military")


def test_a_deal_that_buys_no_means_names_none(whole):
    evs = whole("Armenia and Azerbaijan signed a deal to end the war.")
    assert evs and all(e.instrument is None for e in evs)


def test_words_saying_there_are_several_are_no_part_of_the_means_nor_a_count(whole):
    # form of a Xinhua 2016 lead (rebels firing "several" mortar shells on a capital): CODEBOOK quantity is
    # a count the text states
    ev = of_type(whole("Syrian rebels fired several mortar shells into the capital Damascus on Saturday."),
                 "ASSAULT")
    assert (ev.instrument, ev.quantity, ev.location) == ("mortar shells", None, "Damascus")


def test_a_suicide_bomber_and_a_soldier_killed_are_no_means(whole):
    # form of a Rediff 2010 lead (people killed when a suicide bomber struck) and of an AP report
    # (conflict sample: a guerrilla group killing one more soldier in a named region)
    ev = of_type(whole("At least 17 people were killed when a suicide bomber attacked a market in Quetta "
                       "on Monday."), "ASSAULT")
    assert ev.instrument is None
    ev = of_type(whole("The ELN killed one more soldier in the region Uraba on Friday."), "ASSAULT")
    assert (ev.instrument, ev.location) == (None, "Uraba")


def test_only_a_named_place_phrase_describes_a_place(nlp):
    # form of Dawn 2010 (general sample: a compound destroyed along a named border); a bare border may be
    # the act's matter; an act's own noun keeps its words, whoever did it
    doc = nlp("They razed a house along the Afghan border and died in an American drone attack.")
    by = {t.text: t for t in doc}
    assert describes_place(by["border"])
    assert not describes_place(by["drone"])
    doc = nlp("Volunteers report breaches in the border.")
    assert not describes_place(next(t for t in doc if t.text == "border"))


def test_counted_fighters_who_attack_are_its_doers_and_a_city_struck_is_its_place(whole):
    # form of an Al Jazeera lead (conflict sample: dozens of an armed group's fighters attacking towns) and
    # of an air-raid lead whose city the tagger takes for a person
    ev = of_type(whole("Dozens of al-Shabab fighters attacked three villages in central Somalia on Friday."),
                 "ASSAULT")
    assert (ev.instrument, ev.quantity) == (None, None)
    ev = of_type(whole("Hundreds of Russian drones attacked Kyiv overnight, the Ukrainian air force said."),
                 "ASSAULT")
    assert (ev.location, ev.instrument, ev.quantity) == ("Kyiv", "drones", "Hundreds")
