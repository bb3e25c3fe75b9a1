"""Events told through nouns (session 11): inquiries and protests aimed at who did the act they name,
acts one is put or comes "under", harm done in custody, peacekeepers deployed, speech acts said "from"
someone, and nouns from the CAMEO definitions. Each on a real sentence.

Actors are given by hand (tests/events/conftest.py) so these tests check the coder alone.
"""

from __future__ import annotations

from tests.events.conftest import triples

PLOVER_GSR = "benchmarks/event-coding/plover-gsr-cameo.jsonl"  # dev records (even last digit)
POLNEAR = "corpora/polnear"
ECB = "corpora/ecbplus"


def test_inquiry_is_aimed_at_who_committed_what_it_looks_into(coded):
    # PLOVER_GSR PLOVER-GSR01-INVESTIGATE-0008: the investigation is into crimes "committed by Croat
    # forces": they are whom it looks at (CAMEO 09x, PLOVER ACCUSE), not the civilians they harmed.
    evs = coded("Serbian military police have launched an investigation into alleged crimes committed by "
                "Croat forces against ethnic Serb civilians and Montenegrin prisoners of war during the "
                "1991-1995 Serbo-Croatian conflict, the newspaper Jutarnji list reported Thursday.",
                {"Serbian military police": "SRBMIL", "Croat forces": "HRVMIL", "civilians": "SRBCVL"})
    assert ("SRBMIL", "HRVMIL", "ACCUSE", "asserted") in triples(evs)
    assert not [e for e in evs if e.type == "ACCUSE" and e.target and e.target.code == "SRBCVL"]


def test_put_under_investigation_is_an_inquiry_by_the_places_authorities(coded):
    # PLOVER_GSR PLOVER-GSR01-INVESTIGATE-0006: a passive with no agent: Italy's authorities investigate.
    evs = coded("A US national has been put under investigation in Italy for her possible role in rioting "
                "during a G8 summit in Genoa last month, Ansa news agency reported.",
                {"US national": "USACVL", "Italy": "ITA"})
    assert [(e.source.code[:3], e.target.code, e.type) for e in evs if e.type == "ACCUSE"] == [
        ("ITA", "USACVL", "ACCUSE")]


def test_kept_under_a_pact_is_no_act_done_to_anyone(coded):
    # PLOVER_GSR PLOVER-GSR01-REJECT-0004: "keeps troops here under a mutual defense pact" names the
    # pact the troops stay by, not an agreement made now (only what is done to one against one's will
    # is put "under": inquiries, restrictions, force).
    evs = coded("South Korea has rejected North Korea's consistent demand to sever a decades-long military "
                "alliance with Washington, which keeps troops here under a mutual defense pact.",
                {"South Korea": "KOR", "North Korea": "PRK", "Washington": "USA"})
    assert not [e for e in evs if e.type == "AGREE"]


def test_came_under_attack_from_gunmen(coded):
    # ECB 12_7ecb sentence 5: the ship "came under attack from gunmen": the gunmen attacked it.
    evs = coded("Last month, the navy said it had sunk a pirate ``mother vessel'' off Somalia in a battle "
                "that erupted after the Indian ship INS Tabar came under attack from gunmen on board the "
                "boat.",
                {"Indian ship INS Tabar": "INDMIL", "gunmen": "UAF"})
    assert ("UAF", "INDMIL", "ASSAULT", "asserted") in triples(evs)


def test_harm_in_custody_is_the_keepers(coded):
    # PLOVER_GSR PLOVER-GSR01-ASSAULT-0006: torture no one is named for, of a prisoner "in Israeli police
    # custody", is the keepers' (CAMEO 1822).
    evs = coded("A Palestinian prisoner died as a result of torture while in Israeli police custody, "
                "according to a report by a pathologist sent to Israel by Physicians for Human Rights.",
                {"Palestinian prisoner": "PSECVL", "Israeli police": "ISRCOP", "Israel": "ISR",
                 "Physicians for Human Rights": "NGO"})
    assert ("ISRCOP", "PSECVL", "ASSAULT", "asserted") in triples(evs)


def test_a_reminder_to_a_state_that_it_must_act_is_a_demand(coded):
    # PLOVER_GSR PLOVER-GSR01-DEMAND-0002: "issued a stern reminder to Iraq that it must cooperate".
    evs = coded("French President Jacques Chirac issued a stern reminder Saturday to Iraq that it must "
                "cooperate fully with UN inspectors probing suspect sites for weapons of mass destruction.",
                {"French President Jacques Chirac": "FRAGOV", "Iraq": "IRQ", "UN": "UN"})
    assert ("FRAGOV", "IRQ", "REQUEST", "asserted") in triples(evs)


def test_a_reminder_of_how_things_are_is_no_demand(coded):
    # POLNEAR (NYT, June 2016): a reminder addressed to no one demands nothing.
    evs = coded("Thursday's Brexit referendum was an unnerving reminder that voter anger is deeper and "
                "broader than many elite politicians and veteran pollsters realize.",
                {"Brexit": "GBR"})
    assert not [e for e in evs if e.type == "REQUEST"]


def test_deployment_of_peacekeepers_is_aid_to_where_they_arrive(coded):
    # PLOVER_GSR PLOVER-GSR01-AID-0008: the forces "of" the deployment deploy; peacekeepers are given
    # as protection (CAMEO 074, PLOVER AID) to the place they arrive in.
    evs = coded("The first deployment of NATO peacekeeping troops have arrived in Bosnia, Defense Secretary "
                "William Perry said.",
                {"NATO": "NATO", "Bosnia": "BIH", "Defense Secretary William Perry": "USAGOV"})
    assert ("NATO", "BIH", "AID", "asserted") in triples(evs)


def test_complaint_from_an_official_with_a_that_clause(coded):
    # POLNEAR (NYT, June 2016): the complaints come "from" the US Treasury secretary and accuse China.
    evs = coded("The Chinese finance minister jabbed back on Monday at complaints from his American "
                "counterpart that China's glut of factories making unwanted mountains of steel, aluminum and "
                "other products were overwhelming foreign markets and making it hard for manufacturers "
                "elsewhere to compete.",
                {"Chinese finance minister": "CHNGOV", "American counterpart": "USAGOV", "China": "CHN"})
    assert ("USAGOV", "CHN", "ACCUSE", "asserted") in triples(evs)


def test_sit_in_is_a_protest(coded):
    # POLNEAR (AP, 2016): "engaged in a brief sit-in" (the tokenizer splits "sit - in").
    evs = coded("Activists engaged in a brief sit-in along the march route, demanding that the Mississippi "
                "flag, which includes the stars and bars of the Confederacy, be removed from a street "
                "display of all state flags.",
                {"Activists": "USACVL"})
    assert [e.type for e in evs if e.source and e.source.code == "USACVL"] == ["PROTEST"]
