"""Events told through nouns (session 12): a restriction of trade aimed at the trade's partner, an act
described by a clause on its own noun, trips "for" talks, answers "with" attacks, backing one "has" from
someone, the act a threat names, fighting and truces "between" sides, a "by" phrase hung on the act's
object, runs of acts ("hundreds of attacks"), "wrap up", force or sanctions a threat is "of", withdrawals of
things that are no forces, and deals between firms. Each on a real sentence (one adapted, said so).

Actors are given by hand (as in tests/events/conftest.py, with sectors) so these tests check the coder alone.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import triples


@pytest.fixture(scope="module")
def coded(typed):
    """As conftest's `coded`, with the sector of each six-letter code set on its actor ("USABUS" is a firm),
    since the rules below tell firms, civilians and officials apart (conftest's `typed`, names only)."""
    return lambda text, names: typed(text, {name: (code, "name") for name, code in names.items()},
                                     published="2022-12-09")


TIMEBANK = "corpora/tempeval3"  # TempEval-3 TimeBank + AQUAINT (dev data of the date suite)
POLNEAR = "corpora/polnear"
PAGES = "benchmarks/article-extraction"


def test_embargo_on_trade_with_a_state_is_aimed_at_that_state(coded):
    # TIMEBANK AP900815-0044: "on trade with Iraq" names the trade; Iraq is whom the embargo is on.
    evs = coded("The U.N. Security Council on Aug. 6 ordered a global embargo on trade with Iraq as "
                "punishment for seizing Kuwait.", {"U.N. Security Council": "UNSC", "Iraq": "IRQ"})
    assert ("UNSC", "IRQ", "SANCTION", "asserted") in triples(evs)


def test_embargo_a_state_has_imposed_is_no_background_of_its_doer(coded):
    # TIMEBANK WSJ900813-0157: the perfect relative clause on the embargo tells the embargo itself.
    evs = coded("The White House yesterday disclosed that Kuwait's ousted government has formally asked the "
                "U.S. to enforce the total trade embargo the United Nations has imposed on Iraq.",
                {"Kuwait": "KWT", "U.S.": "USA", "United Nations": "UN", "Iraq": "IRQ"})
    assert ("UN", "IRQ", "SANCTION", "asserted") in triples(evs)


def test_leaving_for_consultations_with_governments_takes_part_in_them(coded):
    # TIMEBANK AP900815-0044: the envoy who left "for consultations with the governments of Syria, Jordan,
    # Egypt" consults them (CAMEO 040).
    evs = coded("Soviet Foreign Ministry spokesman Yuri Gremitskikh said special ambassador Mikhail Sytenko "
                "left Tuesday for consultations with the governments of Syria, Jordan, Egypt and other Arab "
                "countries.",
                {"special ambassador Mikhail Sytenko": "SUNGOV", "governments of Syria": "SYRGOV"})
    assert ("SUNGOV", "SYRGOV", "CONSULT", "asserted") in triples(evs)


def test_responding_with_attacks_is_the_responders_attack(coded):
    # POLNEAR dev breitbart_2016-09-30 (The Latest: Trump urges supporters ...): the attacks are Trump's
    # (words, once the actors stage knows both for persons; hand-made mentions here are plain names).
    evs = coded("Trump has responded with attacks on Machado, including Friday's tweets.",
                {"Trump": "USAELI", "Machado": "USACVL"})
    pairs = [(e.source.code, e.target.code) for e in evs if e.trigger == "attack" and e.source and e.target]
    assert pairs == [("USAELI", "USACVL")]


def test_received_endorsement_is_given_by_whom_it_is_of(coded):
    # POLNEAR train (Cruz in Indiana, 2016): the endorsement "of Gov. Mike Pence" is Pence's, to Cruz.
    evs = coded("INDIANAPOLIS - Ted Cruz, who badly needs a win in Tuesday's GOP primary in Indiana, "
                "received the endorsement of Gov. Mike Pence (R) on Friday, injecting his presidential bid "
                "with some much-needed local support heading into the final weekend of campaigning in the "
                "Hoosier State.",
                {"Ted Cruz": "USALEG", "Mike Pence": "USAGOV"})
    got = triples(evs)
    assert ("USAGOV", "USALEG", "SUPPORT", "asserted") in got
    assert ("USALEG", "USAGOV", "SUPPORT", "asserted") not in got


def test_had_backing_of_is_the_givers_backing(coded):
    # POLNEAR train (Utah caucus, 2016): "Cruz, who had the backing of Mitt Romney": Romney backs Cruz.
    evs = coded("Cruz, who had the backing of Mitt Romney and capitalized on Mormon loathing for The Donald, "
                "pulled almost 70 percent.", {"Cruz": "USALEG", "Mitt Romney": "USAELI"})
    got = triples(evs)
    assert not [e for e in evs if e.source and e.source.code == "USALEG" and e.type == "SUPPORT"]
    assert ("USAELI", "USALEG", "SUPPORT", "asserted") in got


def test_backing_of_voters_is_a_standing_not_an_act(coded):
    # POLNEAR train (Florida primary, 2016): the backing "of progressive activists and Sanders supporters"
    # is a candidate's standing with the public, no one's act.
    evs = coded("Tim Canova, a law professor and political newbie, has the backing of progressive activists "
                "and Sanders supporters and has pulled in an impressive amount of cash.",
                {"Tim Canova": "USACVL", "progressive activists": "USACVL", "Sanders supporters": "USACVL"})
    assert not [e for e in evs if e.type == "SUPPORT"]


def test_threat_to_act_is_aimed_at_whom_the_act_would_hit(coded):
    # POLNEAR dev nyt_2016-09-28 (What Mexico Could Do When Up Against Trump).
    evs = coded("The minister of the economy, Mr. Guajardo Villarreal, argues there is little point for "
                "Mexico to respond now to Mr. Trump's threats to wall off the Mexican people and slap a 35 "
                "percent tariff on Mexican imports.", {"Mr. Guajardo Villarreal": "MEXGOV", "Mexico": "MEX",
                                               "Mr. Trump": "USAELI", "Mexican people": "MEXCVL"})
    assert ("USAELI", "MEXCVL", "THREATEN", "asserted") in triples(evs)
    assert not [e for e in evs if e.type == "SANCTION"]  # the tariff is threatened, not slapped


def test_clash_between_protesters_and_police_is_told_as_a_setting(coded):
    # PAGES even, The Guardian view on Hong Kong (2019-11-18).
    evs = coded("Another man died after he was hit by a brick during a clash between protesters and police.",
                {"protesters": "HKGCVL", "police": "HKGCOP"})
    assert {e.type for e in evs if e.trigger == "clash"} & {"PROTEST", "ASSAULT"}


def test_war_between_sides_one_thinks_of_is_no_report(coded):
    # POLNEAR train (nyt, 2016): the war "between Nazi Germany and the Allies" is a comparison drawn, and a
    # clash that tensions are "mirrored by" is a figure: neither is told as happening.
    evs = coded("He wrote, ''When we think of defeating ISIS, we should think not of the familiar fight "
                "against jihadist terrorism but of the world war between Nazi Germany and the Allies.''",
                {"Nazi Germany": "DEU", "the Allies": "GBR"})
    assert not [e for e in evs if e.trigger == "war"]
    evs = coded("The tensions between supporters and protesters lately seem to be mirrored by clashes "
                "between journalists and Mr. Trump's entourage.",
                {"journalists": "USAJRN", "Mr. Trump": "USAELI"})
    assert not [e for e in evs if e.trigger == "clash"]


def test_by_phrase_hung_on_the_acts_object_names_its_doer(coded):
    # POLNEAR train (Chicago, 2016): the parser hangs "by Chicago police officer Jason Van Dyke" on the
    # victim's name; people take no agent, so it is the murder's doer.
    evs = coded("Chicago residents have accused Emanuel of covering up, delaying, and withholding facts "
                "surrounding the murder of Chicago teenager Laquan McDonald by Chicago police officer "
                "Jason Van Dyke.", {"Laquan McDonald": "USACVL", "Jason Van Dyke": "USACOP",
                                    "Emanuel": "USAGOV", "Chicago residents": "USACVL"})
    assert ("USACOP", "USACVL", "ASSAULT", "asserted") in triples(evs)


def test_a_run_of_acts_is_the_light_verbs_object(coded):
    # Adapted from POLNEAR train nyt_2016-09-03 ("the Shabab, the radical Islamist group that has carried
    # out hundreds of terrorist attacks in Somalia and Kenya"), told in a main clause: the corpora hold no
    # main-clause "carried out a series/hundreds of attacks" with named sides.
    evs = coded("The Shabab has carried out hundreds of terrorist attacks in Somalia and Kenya.",
                {"The Shabab": "SOMREB", "Somalia": "SOM", "Kenya": "KEN"})
    assert {e.type for e in evs if e.source and e.source.code == "SOMREB"} == {"ASSAULT"}


def test_wrapped_up_a_meeting(coded):
    # TIMEBANK CNN19980222.1130.0084: "wrap up" a meeting held it.
    evs = coded("Annan wrapped up a three hour meeting with Iraqi president Saddam Hussein in Baghdad today.",
                {"Annan": "UN", "Saddam Hussein": "IRQGOV"})
    assert ("UN", "IRQGOV", "CONSULT", "asserted") in triples(evs)


def test_force_a_threat_is_of_is_threatened_not_used(coded):
    # TIMEBANK NYT19990312.0271 (NATO takes in Poland, Hungary and the Czech Republic): the strikes are what
    # the threat is of (CAMEO 138), not strikes made.
    evs = coded("``And we must be resolute in spelling out the consequences of intransigence,'' she added, "
                "referring to the threat of NATO air strikes against Milosevic if he does not agree to the "
                "deployment.", {"NATO": "NATO", "Milosevic": "SRBGOV"})
    got = triples(evs)
    assert ("NATO", "SRBGOV", "THREATEN", "asserted") in got
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_withdrawal_of_things_that_are_no_forces_is_no_retreat(coded):
    # TIMEBANK wsj_0159 (DD Acquisition and Dunkin' Donuts, 1989): poison pill rights are withdrawn in a
    # lawsuit, no forces; a withdrawal of troops stays a retreat (PLOVER_GSR dev, below).
    evs = coded("DD Acquisition has launched a suit in a Delaware court seeking the withdrawal of Dunkin's "
                "poison pill rights and employee stock ownership plans, which it claims were put in place to "
                "deter bidders.",
                {"DD Acquisition": "USABUS", "Delaware court": "USAJUD", "Dunkin": "USABUS"})
    assert not [e for e in evs if e.type == "RETREAT"]
    evs = coded("The United States speeded up the withdrawal of some invasion forces from Panama on "
                "Wednesday, but defence officials cautioned that no deadline had been set for complete "
                "removal of the troops.", {"The United States": "USA", "Panama": "PAN"})
    assert ("USA", "PAN", "RETREAT", "asserted") in triples(evs)


def test_deals_between_a_businessman_and_firms_are_no_political_event(coded):
    # POLNEAR dev nyt_2016-10-02 (A Curious Plan to Fight Climate Change: Buy Mines, Sell Coal).
    evs = coded("In addition to Patriot, Mr. Clarke has made deals over the last 11 months with several "
                "other struggling coal companies, gaining control of multiple underground mines, millions of "
                "tons of coal reserves and thousands of acres of surface mines.",
                {"Mr. Clarke": "USACVL", "coal companies": "USABUS"})
    assert not [e for e in evs if e.type == "AGREE"]
    # the same article: a coal magnate's money behind a buyer of mines is business too
    evs = coded("Many people involved in the negotiations assumed that Mr. Clarke had the financial backing "
                "of Mr. Justice, but that wasn't the case.",
                {"Mr. Clarke": "USACVL", "Mr. Justice": "USABUS"})
    assert not [e for e in evs if e.type == "SUPPORT"]


def test_a_hyphened_pair_names_both_sides_of_talks(coded):
    # POLNEAR train usa-today_2016-04-01 (Obama, Asian leaders huddle): "the Obama-Xi talks".
    evs = coded("While the topic is not expected to surface in the Obama-Xi talks, China has also become an "
                "issue in the American presidential campaign to replace Obama.",
                {"Obama": "USAGOV", "Xi": "CHNGOV", "China": "CHN"})
    assert {(e.source.code, e.target.code) for e in evs if e.type == "CONSULT"} & {
        ("USAGOV", "CHNGOV"), ("CHNGOV", "USAGOV")}
