"""Vocabulary of the type definitions: verbs and nouns that the CAMEO codebook's names and descriptions
and PLOVER's event_types and modes name, or their common synonyms, each coded with its CAMEO meaning
(events/data/verbs.yaml and nouns.yaml, "Vocabulary of the type definitions" blocks).

The positive cases are plain sentences written for the definitions (the codebook's wording, not its
example sentences); the real-text cases come from re3d and PolNeAR train texts (file named).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "dyad"), [
    # CONSULT 040 "meet": a synonym
    ("Lavrov sat down with Kerry in Geneva.", ("RUS", "USA", "CONSULT")),
    # SUPPORT 051 "express support for, commend"
    ("Kenya paid tribute to Tanzania.", ("KEN", "TZA", "SUPPORT")),
    ("Saudi Arabia lent its backing to Egypt.", ("SAU", "EGY", "SUPPORT")),
    ("Germany stood by Greece.", ("DEU", "GRC", "SUPPORT")),
    # CONCEDE 080 "yield"
    ("China caved to American pressure.", ("CHN", "USA", "CONCEDE")),
    # AID 07: reparations (PLOVER AID definition)
    ("Germany paid reparations to Israel.", ("DEU", "ISR", "AID")),
    ("Norway disbursed $20 million to Somalia.", ("NOR", "SOM", "AID")),
    # REQUEST 02/10: appeal for aid, order
    ("Jordan sought aid from Saudi Arabia.", ("JOR", "SAU", "REQUEST")),
    ("Ukraine asked Germany for tanks.", ("UKR", "DEU", "REQUEST")),
    ("Iraq asked for help from Iran.", ("IRQ", "IRN", "REQUEST")),
    ("France ordered Mali to hold elections.", ("FRA", "MLI", "REQUEST")),
    # ACCUSE 11: defame, sue, bring to trial, express disapproval
    ("Russia smeared Ukraine.", ("RUS", "UKR", "ACCUSE")),
    ("France brought charges against Rwandan officers.", ("FRA", "RWA", "ACCUSE")),
    ("Germany put a Syrian officer on trial.", ("DEU", "SYR", "ACCUSE")),
    ("Italy took issue with France.", ("ITA", "FRA", "ACCUSE")),
    # REJECT 12: refuse, defy norms
    ("Moscow balked at Washington's proposal.", ("RUS", "USA", "REJECT")),
    ("Beijing brushed off criticism from Washington.", ("CHN", "USA", "REJECT")),
    ("Turkey blocked Sweden's bid to join NATO.", ("TUR", "SWE", "REJECT")),
    # THREATEN 138: threats of force
    ("India vowed retaliation against Pakistan.", ("IND", "PAK", "THREATEN")),
    # SANCTION 16: expel diplomats, embargo trade, terminate agreements
    ("Mali kicked out the French ambassador.", ("MLI", "FRA", "SANCTION")),
    ("Russia banned imports from Ukraine.", ("RUS", "UKR", "SANCTION")),
    ("Niger revoked its military agreement with France.", ("NER", "FRA", "SANCTION")),
    # COERCE 17: confiscate, repress; PLOVER COERCE withhold and cyber
    ("Israel cut off water to Gaza.", ("ISR", "PSE", "COERCE")),
    ("Russia carried out cyberattacks against the United States.", ("RUS", "USA", "COERCE")),
    ("Turkey purged Turkish judges.", ("TUR", "TUR", "COERCE")),
    # ASSAULT 18: unconventional violence
    ("Russian agents poisoned a Russian dissident.", ("RUS", "RUS", "ASSAULT")),
])
def test_definition_vocabulary_codes(dyads, text, dyad):
    assert dyad in dyads(text)


@pytest.mark.parametrize(("text", "kind"), [
    # MOBILIZE 152/153/154: alerts, police power, forces moved (no recipient named)
    ("India put its army on high alert.", "MOBILIZE"),
    ("Egypt beefed up security in Sinai.", "MOBILIZE"),
    ("The Philippines dispatched warships to the South China Sea.", "MOBILIZE"),
    # RETREAT 080: an official's resignation
    ("The Italian prime minister tendered his resignation.", "RETREAT"),
])
def test_definition_vocabulary_untargeted(dyads, text, kind):
    assert kind in {k for _, _, k in dyads(text)}


def test_standing_by_a_state_backs_it(dyads):
    # re3d, UK Government, "Minister for the Middle East condemns attack in Baghdad"
    assert ("GBR", "IRQ", "SUPPORT") in dyads(
        "Foreign Office Minister, Tobias Ellwood, said: The UK stands by Iraq to defeat Daesh and end this "
        "violence.")


@pytest.mark.parametrize("text", [
    # politico_2016-05-23_senate-candidates-st...: a campaign plan, no one pushed
    "Real estate developer Carlos Beruff would push to abolish the U.S. Department of Education.",
    # nyt_2016-06-08_durability-carries-clinto...: "require" is no demand
    "Female presidential candidates may not require so much durability and grit to have a shot at the "
    "White House.",
])
def test_senses_that_ask_no_one(dyads, text):
    assert not any(kind == "REQUEST" for _, _, kind in dyads(text))


def test_taking_obligations_to_a_court_seriously_sues_no_one(dyads):
    # politico_2016-02-19_more-hillary-clinton...
    got = dyads("We take our obligations to the court very seriously and are making every effort to "
                "comply with this order.")
    assert not any(kind == "ACCUSE" for _, _, kind in got)
