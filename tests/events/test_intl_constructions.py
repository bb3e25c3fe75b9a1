"""Common international-news constructions: embassies as their state's, troops sent as mobilization,
"according to" as no accord, participles of threatening, hyphenated cease-fires.

Texts: the ECB+ corpus (41_8ecb.xml, Gaza school shelling; 12_7ecb.xml, Indian navy), the CAMEO codebook
examples (cameo-codebook.jsonl 0871), and short constructions written after them (marked "constructed").
"""

from __future__ import annotations


def test_according_to_is_no_accord(dyads):
    # ECB+ 41_8ecb.xml sentences 0-1: "struck ... according to news agency reports" strikes no accord
    text = ("The civilian death toll in Gaza increased dramatically today , with reports of more than 40 "
            "Palestinians killed after missiles exploded outside a UN school where hundreds of people were "
            "sheltering from the continuing Israeli offensive .\n"
            "Two Israeli tank shells struck the school in Jabaliya refugee camp , spraying shrapnel on people"
            " inside and outside the building , according to news agency reports .")
    found = dyads(text, published="2009-01-06")
    assert not any(t == "AGREE" for _, _, t in found)
    assert any(s == "ISR" and t == "ASSAULT" for s, _, t in found)


def test_deal_struck_is_still_an_accord(dyads):
    # constructed: the "strike a deal" sense keeps coding AGREE
    found = dyads("Israel and Hamas struck a deal on Tuesday.")
    assert ("ISR", "PSE", "AGREE") in found


def test_troops_sent_to_a_border_mobilize(dyads):
    # constructed after CAMEO 154 ("deployed troops to its border with Ukraine")
    found = dyads("Russia sent troops to the border with Ukraine on Monday.")
    assert ("RUS", "UKR", "MOBILIZE") in found
    assert not any(t == "AID" for _, _, t in found)


def test_troops_sent_to_help_are_aid(dyads):
    # constructed after CAMEO 074 (military protection or assistance)
    text = "France sent troops to Mali to help the government fight militants."
    assert ("FRA", "MLI", "AID") in dyads(text)


def test_commandos_sent_are_no_aid(dyads):
    # ECB+ 12_7ecb.xml sentence 1 (Indian navy, MV Gibe): forces sent towards a ship are given to no one
    text = ("An Indian navy ship sent its marine commandos on a helicopter towards the Ethiopian "
            "flag-bearing vessel MV Gibe after getting a distress call from it as it came under fire from "
            "two boats , the navy said in a statement .")
    assert not any(t == "AID" for _, _, t in dyads(text, published="2011-09-28"))


def test_protest_at_an_embassy_targets_its_state(dyads):
    # constructed: the embassy stands for its state, the city does not
    for text in ("Protesters rallied outside the US embassy in Baghdad on Friday.",
                 "Thousands of Iraqis demonstrated in front of the U.S. Embassy in Baghdad."):
        found = dyads(text)
        assert ("IRQ", "USA", "PROTEST") in found, text
        assert not any(tg == "IRQ" for _, tg, _ in found), text


def test_embassy_does_not_make_protesters_its_nationals(dyads):
    # constructed: students protesting at a foreign embassy are the host country's people
    found = dyads("Students protested at the Israeli embassy in Cairo.")
    assert ("EGY", "ISR", "PROTEST") in found


def test_speech_threatening_attacks_is_a_threat(dyads):
    # after ECB+ 41_8ecb.xml sentence 49 ("gave a defiant speech threatening attacks"), with a named target
    found = dyads("Nasrallah gave a speech threatening attacks on Israel.")
    assert ("LBN", "ISR", "THREATEN") in found
    assert not any(t == "ASSAULT" for _, _, t in found)


def test_hyphenated_cease_fire(dyads):
    # CAMEO codebook 0871 example: declaring a truce is RETREAT (cameo-to-plover.tsv 0871); 196 violates one
    text = ("The pro-Iranian Hizbollah (Party of God) group declared a unilateral cease-fire on Wednesday in "
            "south Lebanon after 12 days of battles with the Syrian-backed Amal militia.")
    assert any(s == "LBN" and t == "RETREAT" for s, _, t in dyads(text))
    found = dyads("Hamas violated the cease-fire with Israel on Monday.")
    assert ("PSE", "ISR", "ASSAULT") in found
