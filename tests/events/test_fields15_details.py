"""An event's details on wire-story sentences (session 15): the means an act moves or wields (forces
deployed or sent, a model designation, what an agreed transfer hands over, containers of a load, the
equipment that strikes), where a visit happens, and contexts a keyword list alone misses. Each sentence is
written in the form of a real report of the round-15 pages sample (the outlet is named); the whole pipeline
codes it.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import of_type

from sitrep.events.details import clause_span, context_of, destination_of, is_model_designation
from sitrep.events.lexicon import load_lexicon


@pytest.fixture(scope="module")
def whole(pipeline):
    """text -> the events the whole pipeline codes."""
    return lambda text, published="2025-01-24": pipeline.code_text(text, published=published).events


def test_troops_deployed_are_the_means_and_their_count_the_quantity(whole):
    # form of myanmaritv / euronews 2018 ("The Pentagon announced Monday it will deploy 5,200 troops to the
    # U.S.-Mexico border"): troops named as an armed actor are also what is deployed
    ev = of_type(whole("The Pentagon said on Wednesday it will deploy 1,200 troops to the southern border."),
                 "MOBILIZE")
    assert (ev.instrument, ev.quantity, ev.context) == ("troops", "1,200", "military")


def test_an_agreed_transfer_names_the_weapons_by_their_model(whole):
    # form of liga.net ("In July, the Netherlands agreed to transfer 24 F-16s to Ukraine"): the agreement's
    # content hands over F-16s, a model designation, so a military means
    evs = whole("In March, Denmark agreed to transfer 19 F-16s to Ukraine.")
    ev = next(e for e in evs if e.source and e.source.code == "DNK")
    assert (ev.instrument, ev.quantity, ev.context) == ("F-16s", "19", "military")


def test_containers_of_a_load_give_the_count_and_their_load_the_means(whole):
    # form of the Anadolu / Palestine Chronicle aid reports ("50 trucks carrying Turkish humanitarian aid",
    # "11,000 tons of humanitarian aid"); "tonnes" has the lemma "tonne"
    ev = of_type(whole("Last month, Turkey sent 50 trucks of aid to Syria."), "AID")
    assert (ev.instrument, ev.quantity) == ("aid", "50 trucks")
    ev = of_type(whole("Iran will send 200 tonnes of food to Yemen later this month."), "AID")
    assert (ev.instrument, ev.quantity) == ("food", "200 tonnes")


def test_equipment_that_strikes_is_the_means_without_its_owner(whole):
    # form of the Gaza strike reports (ynetnews, Haaretz: "an Israeli missile wrecked the building"): the
    # owner's name is the actor, the weapon the means
    ev = of_type(whole("Israeli jets struck Gaza on Sunday night."), "ASSAULT")
    assert ev.instrument == "jets"
    assert ev.event_date == "2025-01-19"


def test_model_designations():
    assert all(map(_designation, ["F-16s", "Su-35", "MiG-29", "S-400", "Shahed-136", "C-130"]))
    assert not any(map(_designation, ["G-20", "G-7", "COVID-19", "Covid-19", "Kyiv", "2-1/2"]))


def _designation(word: str) -> bool:
    class Tok:  # the test reads only a token's text
        text = word

    return is_model_designation(Tok())  # type: ignore[arg-type]


def test_a_visit_happens_in_the_city_visited_not_in_the_state(pipeline):
    # form of Reuters 2018 ("North Korea's foreign minister will visit Moscow next week") and KBS ("Kono
    # will visit Seoul next week"); a state visited is the visit's target, no place
    doc = pipeline.nlp("China's foreign minister will visit Moscow next week.")
    assert destination_of(clause_span(doc[5])) == "Moscow"
    doc = pipeline.nlp("China's foreign minister will visit South Korea next week.")
    assert destination_of(clause_span(doc[5])) is None


def test_contexts_of_a_seizure_of_land_and_of_a_visit(pipeline):
    lex = load_lexicon()
    # form of Gulf News ("Russia seized Crimea from Ukraine in 2014"): land seized, not goods
    doc = pipeline.nlp("Russia seized Crimea from Ukraine in 2014.")
    assert context_of(list(clause_span(doc[1])), "human_security", lex) == "territory"
    doc = pipeline.nlp("Police seized 20 tonnes of cocaine in the port.")
    assert context_of(list(clause_span(doc[1])), "human_security", lex) == "human_security"
    # form of AJP ("President Lee Jae Myung's state visit to Turkey in November last year")
    doc = pipeline.nlp("The president made a state visit to Turkey in November.")
    visit = next(t for t in doc if t.text == "visit")
    assert context_of(list(visit.subtree), None, lex) == "diplomatic"


def test_weapons_the_attackers_bear_are_the_means(whole):
    # form of the AP Zamfara report (Fox News: "Gunmen carrying machetes attacked a village in northwest
    # Nigeria early Sunday morning")
    evs = whole("Gunmen carrying machetes attacked a village in north-west Nigeria on Sunday morning.",
                published="2012-09-30")
    ev = of_type(evs, "ASSAULT")
    assert (ev.instrument, ev.event_date) == ("machetes", "2012-09-30")
    evs = whole("Gunmen armed with AK-47 rifles attacked a church in Kaduna on Sunday.",
                published="2012-09-30")
    assert of_type(evs, "ASSAULT").instrument == "AK-47 rifles"


def test_a_sum_given_in_aid_is_the_quantity_and_the_aid_the_means(whole):
    # form of the Ukraine aid-package reports (Yahoo / New Voice of Ukraine: "will provide $300 million worth
    # of ammunition and military equipment to Ukraine"; "500 million euros in military aid")
    ev = of_type(whole("The United States will provide $300 million worth of ammunition to Ukraine."), "AID")
    assert (ev.instrument, ev.quantity) == ("ammunition", "$300 million")
    ev = of_type(whole("Germany gave Ukraine 500 million euros in military aid."), "AID")
    assert (ev.instrument, ev.quantity) == ("military aid", "500 million euros")


def test_a_word_telling_there_is_more_is_no_part_of_the_name(whole):
    # form of liga.net ("Ukraine has also received new F-16 fighter jets from the Netherlands")
    ev = of_type(whole("Ukraine has now received new F-16 fighter jets from Norway."), "AID")
    assert ev.instrument == "F-16 fighter jets"


def test_tear_gas_sets_no_energy_context(whole):
    # "gas" is an economic keyword (gas deals); in "tear gas" it is a police weapon
    ev = of_type(whole("Police dispersed activists with tear gas in Nairobi on Monday."), "COERCE")
    assert ev.context != "economic"
    ev = of_type(whole("Russia agreed to sell gas to China for 30 years."), "AGREE")
    assert ev.context == "economic"
