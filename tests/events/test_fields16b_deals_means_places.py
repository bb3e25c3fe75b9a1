"""An event's means, place, context and date on wire-story sentences (session 16, second fields round):
a deal's goods in a "for" phrase the parser hangs on the verb; means told by a participle of using or a
"with" phrase on the act's verb; the place of another act (an earlier one the event is timed from, one with
its own doer) or of a person's life (an apposition describing them) is not the event's; words telling what
a participant is (an apposition, a rank among its kind) set no context, unless they tell an armed group's
kind; a span of days is dated by its first. Each sentence is written in the form of a real report of the
round-16 pages samples (the outlet is named) or of an already-read page; the whole pipeline codes it.
"""

from __future__ import annotations

from tests.events.conftest import of_type

from sitrep.events.dates import resolve_expression


def test_a_deals_goods_in_a_for_phrase_hung_on_its_verb(whole):
    # form of a Mediapart/Indian Express 2016 line (two states reached an agreement on a weekday for the
    # "sale of 36" jets): the parser hangs the "for" phrase on "reached", not on "agreement"
    ev = of_type(whole("Egypt and Russia reached an agreement on Tuesday for the purchase of 46 MiG-29 jets, "
                       "officials said."), "AGREE")
    assert ev.instrument == "MiG-29 jets"
    assert ev.quantity == "46"


def test_means_told_by_a_participle_of_using_on_the_acts_verb(whole):
    # form of a New Daily (AAP) 2019 Hong Kong lead (police arrested dozens at a rally, "using water
    # cannons" and other riot gear)
    ev = of_type(whole("Kenyan riot police detained scores of demonstrators in Nairobi on Saturday, using "
                       "batons and tear gas."), "COERCE")
    assert ev.instrument == "batons and tear gas"


def test_means_told_by_a_with_phrase_on_the_verb_but_not_a_party_met_with(whole):
    # form of the round-15 and round-16 protest pages (riot police beating marchers "with batons"): riot
    # gear is a means, the police clashed with are a party
    ev = of_type(whole("Kenyan police beat protesters with batons in Nairobi on Sunday."), "ASSAULT")
    assert ev.instrument == "batons"
    clash = of_type(whole("Kenyan protesters clashed with police in Nairobi on Sunday."), "PROTEST")
    assert clash.instrument is None


def test_riot_gear_named_by_use_x_to_is_a_means(whole):
    # form of a City AM 2019 Hong Kong report (police who "used truncheons to beat" activists)
    ev = of_type(whole("Belarusian officers used truncheons to beat students outside the parliament on "
                       "Monday."), "ASSAULT")
    assert ev.instrument == "truncheons"


def test_the_place_of_an_earlier_act_the_event_is_timed_from_is_not_its_own(whole):
    # form of a round-16 Sochi report (talks in Sochi some days "after the summit" of three states in
    # Tehran): the meeting was not in Tehran
    ev = of_type(whole("Putin met Erdogan on Friday, two days after the summit in Tehran."), "CONSULT")
    assert ev.location is None
    ev = of_type(whole("Putin met Erdogan in Sochi on Friday, two days after the summit in Tehran."),
                 "CONSULT")
    assert ev.location == "Sochi"
    # form of a round-15 Dhaka report (opposition members "arrested after violent" protests in Dhaka): an
    # act told just after another may be at the same scene, and keeps its place
    ev = of_type(whole("Bangladeshi police arrested dozens of opposition activists after violent protests in "
                       "Dhaka."), "COERCE")
    assert ev.location == "Dhaka"


def test_the_place_of_another_doers_act_told_of_a_participant_is_not_its_own(whole):
    # form of a Reuters 2022 Treasury lead (sanctions on those who aided "Russia's war" in Ukraine,
    # told in a relative clause): the sanctions are not imposed in Ukraine
    evs = whole("Canada on Friday sanctioned 15 people who supported Moscow's war in Ukraine.")
    assert of_type(evs, "SANCTION").location is None


def test_a_clause_on_a_participant_still_keeps_its_place(whole):
    # ECB+ 37 form (pirates arrested "in the Gulf of Aden" after threatening a ship there): the arrest
    # was made at sea where the pirates struck
    ev = of_type(whole("Somali commandos detained 12 pirates who attacked a cargo ship in the Gulf of Aden."),
                 "COERCE")
    assert ev.location == "the Gulf of Aden"


def test_a_persons_life_told_in_apposition_gives_no_place(whole):
    # form of a round-15 Gaza strike report (the victim, a doctor "who worked in" a Gulf state)
    ev = of_type(whole("An Israeli airstrike killed Khaled Nasser, a surgeon who worked in Jordan, on "
                       "Tuesday."), "ASSAULT")
    assert ev.location != "Jordan"


def test_what_a_participant_is_sets_no_context_unless_it_is_an_armed_groups_kind(whole):
    # form of a Reuters 2009 Shanghai lead (China as "world's third biggest economy") and of a round-16
    # Chad report (Boko Haram named as "the Islamist militant group")
    ev = of_type(whole("Japan, the world's third largest economy, condemned North Korea on Monday."),
                 "ACCUSE")
    assert ev.context != "economic"
    ev = of_type(whole("Chad blamed Boko Haram, the Islamist militant group, for the bombings."), "ACCUSE")
    assert ev.context == "terrorism"


def test_a_span_of_days_is_dated_by_its_first_without_a_publication_date(whole):
    # form of an Indian government statement reprinted in 2019 (a first summit held "on April 27-28,
    # 2018"), on a page with no date of its own
    assert resolve_expression("April 27-28, 2018", None) == "2018-04-27"
    assert resolve_expression("27-28 April 2018", None) == "2018-04-27"
    ev = of_type(whole("The government said Modi and Xi held their first informal summit in Wuhan on April "
                       "27-28, 2018.", published=None), "CONSULT")
    assert ev.event_date == "2018-04-27"


def test_a_citys_own_police_act_in_that_city_when_no_place_is_told(whole):
    # form of a The World (GlobalPost) 2012 lead (a city's police "arrested 150 protesters"): a force named
    # for a town acts there; one named for a state tells no town
    ev = of_type(whole("Toronto police arrested 40 protesters on Thursday as a march turned violent."),
                 "COERCE")
    assert ev.location == "Toronto"
    ev = of_type(whole("Kenyan police arrested 20 protesters on Thursday."), "COERCE")
    assert ev.location is None
