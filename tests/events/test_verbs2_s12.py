"""Verb-triggered events on real news (session 12, second pass): standing "united" with someone backs
them (and a pledge to do so is an AGREE toward them, not toward whom it is against); a signed accession
backs the body joined, not the co-signers; a verb of force said intransitively of a thing ("their boat
sank") is what befell it; a simple present held "still" is a standing state, no act.

Sentences from TempEval-3 TimeBank/AQUAINT (`shared/corpora/tempeval3/`), file named; actors are given by
hand (`coded` fixture) so each test checks the coder's mechanism, not the actors stage.
"""

from __future__ import annotations

from tests.events.conftest import event_types, triples


def test_a_pledge_to_stand_united_with_the_president_agrees_with_him(coded):
    # TimeBank PRI19980205.2000.1890.tml: the "with" hangs on the adjective "united"
    got = coded("Posing for photographers with Clinton, Blair pledged to stand united with the president "
                "against Iraq, warning Saddam Hussein that the threat of force is real.",
                {"Blair": "GBRGOV", "president": "USAGOV", "Iraq": "IRQ", "Saddam Hussein": "IRQGOV"})
    assert ("GBRGOV", "USAGOV", "AGREE", "asserted") in triples(got)
    assert not any(e.type == "AGREE" and e.target is not None and e.target.code == "IRQ" for e in got)


def test_standing_united_with_a_state_supports_it_not_its_enemy(coded):
    # the same construction as a done act (TimeBank PRI19980205.2000.1890.tml, reworded to the past)
    got = coded("Britain stood united with the United States against Iraq.",
                {"Britain": "GBR", "United States": "USA", "Iraq": "IRQ"})
    assert ("GBR", "USA", "SUPPORT", "asserted") in triples(got)
    assert not any(e.target is not None and e.target.code == "IRQ" for e in got)


def test_signed_accession_papers_back_the_alliance_not_each_other(coded):
    # TimeBank/AQUAINT (even tuning sample, NATO enlargement of March 1999)
    got = coded("The presidents of Poland and the Czech Republic have signed papers of accession in "
                "simultaneous ceremonies to become members of the North Atlantic Treaty Organization.",
                {"presidents of Poland": "POLGOV", "Czech Republic": "CZEGOV",
                 "North Atlantic Treaty Organization": "NATO"})
    assert ("POLGOV", "NATO", "SUPPORT", "asserted") in triples(got)
    assert not any(e.source is not None and e.target is not None and {e.source.code, e.target.code} == {
        "POLGOV", "CZEGOV"} for e in got)


def test_an_accession_document_backs_no_one_when_the_body_is_unnamed(coded):
    # TimeBank/AQUAINT (even tuning sample): Budapest is the signer's own capital, not a partner
    got = coded("Hungarian head of state Arpad Goencz signed Budapest's accession document on February 10.",
                {"Hungarian head of state Arpad Goencz": "HUNGOV", "Budapest": "HUN"})
    assert "SUPPORT" not in event_types(got)


def test_a_signed_agreement_still_backs_the_partner(coded):
    # the accord itself stays (CAMEO 057, PLOVER SUPPORT): PETR2 GSR "Ukraine ratified a sweeping agreement"
    got = coded("Poland and Hungary signed a trade agreement.", {"Poland": "POL", "Hungary": "HUN"})
    assert ("POL", "HUN", "SUPPORT", "asserted") in triples(got)


def test_a_boat_that_sank_is_no_assault(events):
    # TimeBank/AQUAINT Elian Gonzalez stories (whole pipeline: the boat's people become its actors)
    got = events("Elian has been the focus of an international custody battle since he was found on an "
                 "inner tube off the Florida coast on Nov. 25. The boy's mother and 10 other people died "
                 "when their boat sank on the way from Cuba to the United States.", published="2000-01-28")
    assert not any(t == "ASSAULT" for _, _, t in got)


def test_a_navy_sinking_a_tanker_is_still_an_assault(coded):
    # the transitive use keeps its attacker and target
    got = coded("The Iraqi navy sank a Kuwaiti tanker.", {"Iraqi navy": "IRQMIL", "Kuwaiti tanker": "KWTBUS"})
    assert ("IRQMIL", "KWTBUS", "ASSAULT", "asserted") in triples(got)


def test_still_recognizing_the_monarch_is_a_standing_state(coded):
    # TimeBank APW19980213.1310.tml
    got = coded("Australia has been independent since 1901, but like many Commonwealth nations it still "
                "recognizes the British monarch as its head of state.",
                {"Australia": "AUS", "it": "AUS", "British monarch": "GBRGOV"})
    assert "SUPPORT" not in event_types(got)


def test_recognizing_a_government_is_still_support(coded):
    # a dated act of recognition (CAMEO 054) stays
    got = coded("Australia recognized the new government in Kabul on Monday.",
                {"Australia": "AUS", "new government in Kabul": "AFGGOV"})
    assert ("AUS", "AFGGOV", "SUPPORT", "asserted") in triples(got)


def test_a_pledge_to_stand_with_an_ally_is_not_made_toward_the_enemy(events):
    # TimeBank PRI19980205.2000.1890.tml with the plain "stand with" (whole pipeline): "against Iraq" is
    # whom the backing opposes, no recipient of the promise
    got = events("Prime Minister Tony Blair pledged to stand with President Clinton against Iraq.",
                 published="1998-02-05")
    assert ("GBRGOV", "USAGOV", "AGREE") in got
    assert not any(t == "IRQ" for _, t, _ in got)


def test_an_accession_protocol_with_a_body_backs_that_body(coded):
    # the body named by "with" on the document (the pattern of PETR2 GSR "Ukraine ratified a sweeping
    # agreement with the European Union")
    got = coded("Ukraine signed an accession protocol with the World Trade Organization.",
                {"Ukraine": "UKR", "World Trade Organization": "IGOWTO"})
    assert ("UKR", "IGOWTO", "SUPPORT", "asserted") in triples(got)
