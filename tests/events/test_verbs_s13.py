"""Verb-triggered events on real news (session 13): papers signed that bind no one to another, a firm's
signed contract (trade, not diplomacy), a candidate's "attack" (words), an endeavour "fought" (no force),
a killing in an accident, a thing hosted (no visit), what partners coordinate "for" (no partner), an
arrival at home (no visit), individuals' ballots (no act), and senses that are no event (an interview
agreed to, pay cut at home).

Sentences from TempEval-3 AQUAINT (`shared/corpora/tempeval3/`), re3d dev documents, ECB+ topics 8 and 28
(`shared/corpora/ecbplus/`) and PolNeAR dev texts (`shared/corpora/polnear/dev/text/`), file named; actors
are given by hand (`coded` fixture) unless the whole pipeline is needed (`events`).
"""

from __future__ import annotations

from dataclasses import replace

from tests.events.conftest import event_types, mentions_for, triples

from sitrep.events import code_events
from sitrep.nlp import parse_documents
from sitrep.records import Document


def test_papers_signed_each_in_his_palace_pair_no_signers(coded):
    # AQUAINT XIE19990227.0171.tml: each president signs his own country's accession papers
    got = coded("Poland's Aleksander Kwasniewski and Vaclav Havel signed the preparatory documents in their "
                "presidential palaces.", {"Aleksander Kwasniewski": "POLGOV", "Vaclav Havel": "CZEGOV"})
    assert not got


def test_an_agreement_signed_together_still_backs_each_other(coded):
    # re3d dev, US State Department CFEF9B4E83
    got = coded("Today, the United States and Iraq signed a loan guarantee agreement that, once entered into "
                "force, will enable Iraq to access up to $1 billion in low-cost financing.",
                {"United States": "USA", "Iraq": "IRQ"})
    assert {("USA", "IRQ", "SUPPORT", "asserted"), ("IRQ", "USA", "SUPPORT", "asserted")} <= triples(got)


def test_a_firms_signed_deal_is_trade(coded):
    # the known case of session 12: a firm's sale is no diplomatic support (CAMEO 061, not 057)
    got = coded("Boeing signed a deal with China to sell 50 aircraft.", {"Boeing": "MNC", "China": "CHN"})
    assert ("MNC", "CHN", "COOPERATE", "asserted") in triples(got)
    assert "SUPPORT" not in event_types(got)


def test_a_candidates_attack_on_officers_is_criticism(events):
    # PolNeAR dev (Christie on Clinton): a candidate commands no force (whole pipeline, for the sectors)
    lq, rq = "\u201c", "\u201d"
    got = events("New Jersey Gov. Chris Christie described Democratic presidential nominee Hillary "
                 f"Clinton as a {lq}disgrace{rq} after she attacked law enforcement officers nationwide "
                 f"and blamed police shootings on {lq}implicit bias{rq} against minorities.",
                 published="2016-09-21")
    assert not any(t == "ASSAULT" for _, _, t in got)
    assert ("USAELI", "USACOP", "ACCUSE") in got


def test_a_presidents_attack_stays_force(coded):
    # a head of state commands forces: the candidate rule leaves him alone
    got = coded("President Assad attacked the rebels in Homs with barrel bombs.",
                {"President Assad": "SYRGOV", "rebels": "SYRREB", "Homs": "SYR"})
    assert "ASSAULT" in event_types(got)


def test_efforts_fought_are_no_force(coded):
    # ECB+ 28_7ecb.xml
    got = coded("As associate director of the FBI, he fought the president's efforts to obstruct the FBI's "
                "investigation of the Watergate break-in.",
                {"FBI": "USACOP", "he": "USACOP", "president": "USAGOV"})
    assert "ASSAULT" not in event_types(got)


def test_a_killing_in_a_hunting_accident_is_no_attack(coded):
    # ECB+ 28_2ecbplus.xml
    got = coded("LaRue shot and killed his father in a duck-hunting accident in Canada.",
                {"LaRue": "USACVL", "Canada": "CAN"})
    assert "ASSAULT" not in event_types(got)


def test_a_shooting_in_a_town_stays_an_attack(coded):
    got = coded("Israeli troops shot and killed a Palestinian in Hebron.",
                {"Israeli troops": "ISRMIL", "Palestinian": "PSECVL"})
    assert "ASSAULT" in event_types(got)


def test_a_conference_hosted_has_no_visitor(coded):
    # re3d dev, Delegation of the European Union to Syria 26E0189E3D
    got = coded("In addition, the EU will be hosting a conference in Brussels, follow-up to last year's "
                "London conference on Syria, in spring.",
                {"EU": "EU", "Brussels": "BEL", "London": "GBR", "Syria": "SYR"})
    assert not got


def test_an_event_named_for_a_candidate_is_no_visit_of_hers(coded):
    # PolNeAR dev: "black mothers ... hosted a Clinton event in Jacksonville"
    got = coded("Earlier this month black mothers who have lost children to gun violence hosted a Clinton "
                "event in Jacksonville.", {"black mothers": "USACVL", "Clinton": "USAELI"})
    assert "CONSULT" not in event_types(got)


def test_negotiators_hosted_are_visitors(coded):
    got = coded("Egypt hosted Israeli negotiators in Cairo.", {"Egypt": "EGY", "Israeli negotiators": "ISR"})
    assert ("EGY", "ISR", "CONSULT", "asserted") in triples(got)


def test_work_coordinated_for_a_country_has_it_as_no_partner(coded):
    # re3d dev, Delegation of the European Union to Syria 26E0189E3D
    got = coded("I have spoken today to the UN Special Envoy Staffan de Mistura, to coordinate our work for "
                "Syria.", {"I": "EU", "UN Special Envoy Staffan de Mistura": "UN", "Syria": "SYR"})
    assert not any(e.type == "COOPERATE" and e.target is not None and e.target.code == "SYR" for e in got)


def test_cooperation_with_a_partner_stays(coded):
    got = coded("France cooperated with Germany on the investigation.", {"France": "FRA", "Germany": "DEU"})
    assert ("FRA", "DEU", "COOPERATE", "asserted") in triples(got)


def test_an_interview_agreed_to_is_no_accord(coded):
    # PolNeAR dev (Loretta Lynch profile)
    got = coded("Lynch agreed to a 30-minute interview for The Washington Post's project.",
                {"Lynch": "USAGOV", "The Washington Post": "USAJRN"})
    assert "AGREE" not in event_types(got)


def test_bonus_pay_cut_at_home_is_no_sanction(coded):
    # ECB+ 8_2ecbplus.xml
    got = coded("The Greek government decided to cut 13th and 14th month bonus pay for civil servants and "
                "retirees.", {"Greek government": "GRCGOV", "civil servants": "GRCCVL"})
    assert "SANCTION" not in event_types(got)


def test_aid_cut_to_a_state_stays_a_sanction(coded):
    got = coded("The United States cut military aid to Egypt.", {"United States": "USA", "Egypt": "EGY"})
    assert ("USA", "EGY", "SANCTION", "asserted") in triples(got)


def test_an_arrival_in_a_town_of_ones_own_state_is_no_visit(events):
    # ECB+ 36_7ecbplus.xml (whole pipeline: "he" is the prisoner Jeffs, taken for the sheriff)
    got = events("Meanwhile, Schleicher County Sheriff David Doran says his 15-bed jail is ready for Jeffs "
                 "whenever he arrives in the small West Texas town of Eldorado.", published="2011-08-04")
    assert not any(t == "CONSULT" for _, _, t in got)


def test_a_trip_to_another_state_stays_a_visit(coded):
    got = coded("Kerry traveled to Moscow for talks.", {"Kerry": "USAGOV", "Moscow": "RUS"})
    assert ("USAGOV", "RUS", "CONSULT", "asserted") in triples(got)


def _people(pipeline, text: str, names: dict[str, str]) -> list:
    """Code `text` with each name a person of the given actor code (the `coded` fixture makes names)."""
    doc = Document(id="t", text=text, published="1998-02-13")
    parsed = next(parse_documents([doc], pipeline.nlp))
    ms = [replace(m, kind="person", actor=replace(m.actor, sector=m.actor.code[3:] or None))
          for m in mentions_for(parsed, names)]
    return code_events(parsed, ms)


def test_ministers_voting_to_support_cast_ballots(pipeline):
    # TimeBank APW19980213.1310.tml (Australia's constitutional convention)
    got = _people(pipeline, "Treasurer Peter Costello, Environment Minister Robert Hill and Attorney General "
                  "Daryl Williams all voted to support the republic Friday.",
                  {"Peter Costello": "AUSGOV", "Robert Hill": "AUSGOV", "Daryl Williams": "AUSGOV",
                   "the republic": "AUS"})
    assert "SUPPORT" not in event_types(got)


def test_a_council_voting_to_impose_sanctions_imposes_them(events):
    got = events("The Security Council voted to impose sanctions on Iraq.")
    assert ("UNSC", "IRQ", "SANCTION") in got


def test_a_reporter_phoning_a_source_holds_no_talks(pipeline):
    # ECB+ 28_3ecb.xml
    got = _people(pipeline, "Within days of the burglary at Watergate that launched the Post's investigative "
                  "series, Woodward phoned Felt.", {"Woodward": "USAJRN", "Felt": "USACOP"})
    assert "CONSULT" not in event_types(got)
