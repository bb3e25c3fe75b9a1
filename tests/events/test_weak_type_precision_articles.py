"""Precision of REQUEST, ASSAULT, SUPPORT, REJECT, AGREE and COERCE on real articles: pleas in court,
verbal attacks, polls, a candidate's appeals and plans, aims defined, acts held back, places of other
happenings, letters signed, and acts named with "no".

Sentences from PolNeAR train texts (`shared/corpora/polnear/train/text/`, file named) and ECB+ articles
(`shared/corpora/ecbplus/ECB+/`, document named); counter-cases written beside them.
"""

from __future__ import annotations

import pytest


def _types(events, text: str, published: str = "2016-06-01") -> set[str]:
    return {kind for _, _, kind in events(text, published)}


@pytest.mark.parametrize(("text", "kind"), [
    # politico_2016-08-17_ap-trump-chair-routed-ukrainian-: a plea in court is no request (CAMEO 10)
    ("A former U.S. congressman, Mark Siljander, pleaded guilty in July 2010 to illegal lobbying for his "
     "work with a charity in Khartoum, Sudan.", "REQUEST"),
    # politico_2016-07-29_sex-lies-and-the-grayson-family-: pushing a candidate out of a race
    # (its frame, with a party and a named candidate)
    ("Republicans tried to force Donald Trump out of the race.", "COERCE"),
    # usa-today_2016-01-22_america-s-autistic-adults-a-moth: a candidate's plan for the public
    ("This month in Iowa, Hillary Clinton announced her plan to support Americans with autism across their "
     "lifespans.", "SUPPORT"),
    # usa-today_2015-12-08_most-oppose-defunding-planned-pa: a poll's finding
    ("Americans overwhelmingly oppose cutting off federal funds for Planned Parenthood, a new USA "
     "TODAY/Suffolk University Poll finds.", "REJECT"),
    # usa-today_2016-02-11_sanders-faces-test-on-appeal-to-: a standing among voters
    ("Sanders faces test on appeal to minorities; Clinton has strong support among African-American voters "
     "in S.C.", "SUPPORT"),
    # usa-today_2015-12-01_for-gop-a-golden-opportunity-to-: an aim defined, no act
    ('Clinton: "Our goal is not to deter or contain ISIS, but to defeat and destroy ISIS."', "ASSAULT"),
    # 12_4ecb (ECB+): what navies are reluctant to do is not done
    ("The Indian navy has been reluctant to detain Somali pirates because of uncertainties over where they "
     "would face trial.", "COERCE"),
    # politico_2016-07-11_republicans-ask-doj-to-investiga: a letter's signers, no accord (CAMEO 057)
    ("Chaffetz sent a letter to Comey, signed by 200 House Republicans, seeking more answers.", "SUPPORT"),
    # usa-today_2015-12-07_republicans-reaction-is-that-all: nothing offered
    ('Sen. John McCain said President Barack Obama "offered no changes to his reactive, indirect and '
     'incremental strategy."', "AGREE"),
    # politico_2016-07-27_charter-supporters-make-their-ca: views shared, no accord
    ('"We don\'t always agree on things," the mayor said of Governor Christie.', "AGREE"),
])
def test_no_act_of_the_type(events, text, kind):
    assert kind not in _types(events, text)


def test_verbal_assault_and_offensive_are_words(events):
    # politico_2016-07-06_lewandowski-fbi-director-acted-a and
    # usa-today_2016-02-25_clinton-gun-control-offensive-a-
    got = _types(events, "Trump took to Twitter early Wednesday morning to continue his verbal assault on "
                         "Hillary Clinton.")
    assert "ASSAULT" not in got
    got = _types(events, "Hillary Clinton launched a gun control offensive against Bernie Sanders in South "
                         "Carolina.")
    assert "ASSAULT" not in got and "ACCUSE" in got


def test_advocacy_group_attacking_a_candidate_is_words(events):
    # usa-today_2015-11-20_cruz-channeling-strategy-he-used
    got = _types(events, "Sen. Ted Cruz won the 2012 Senate primary in Texas.\n\nThe anti-tax group Club for "
                         "Growth spent more than $5.5 million on the Senate race, the bulk of it attacking "
                         "Lt. Gov. David Dewhurst.")
    assert "ASSAULT" not in got


def test_distributive_wars_have_no_sides(dyads):
    # usa-today_2015-12-14_on-the-islamic-state-a-split-mos: one war in each place named
    got = dyads("Cordesman consulted the departments of State and Defense during the Afghan and Iraq wars.")
    assert ("AFG", "IRQ", "ASSAULT") not in got


def test_place_of_another_happening_is_no_target(dyads):
    # usa-today_2015-12-14_on-the-islamic-state-a-split-mos: Paris names where the earlier attacks were
    got = dyads("In the wake of the Paris terror attacks -- and along with the Russians, French and British "
                "-- the U.S. has stepped up airstrikes, including of oil fields.")
    assert ("USA", "FRA", "ASSAULT") not in got


def test_backing_a_policy_in_a_place_is_no_support_of_its_state(dyads):
    # usa-today_2015-12-14_on-the-islamic-state-a-split-mos
    got = dyads("Hillary Clinton has backed a no-fly zone in Syria, putting her at odds with the president.")
    assert ("USA", "SYR", "SUPPORT") not in got


@pytest.mark.parametrize(("text", "dyad"), [
    # counter-cases: real requests, backing and force stay
    # politico_2016-07-11_republicans-ask-doj-to-investiga (names given their titles)
    ("Rep. Jason Chaffetz is also asking FBI Director James Comey to turn over the FBI's full investigative "
     "file.", ("USA", "USA", "REQUEST")),
    ("Ukraine ratified a sweeping agreement with the European Union on Tuesday.", ("UKR", "EU", "SUPPORT")),
    ("Russia strongly opposes the deployment of NATO troops in Poland, the Kremlin said.",
     ("RUS", "NAT", "REJECT")),
    ("The Indian navy has captured 23 Somali pirates.", ("IND", "SOM", "COERCE")),
])
def test_real_acts_stay(dyads, text, dyad):
    assert dyad in dyads(text)
