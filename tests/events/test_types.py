"""Which PLOVER type a trigger codes: CAMEO verb families, reversals, commitments, obligations.

Each case is a real sentence; where it comes from is named per case (PLOVER_GSR and PETR2_GSR ids
are dev-split records; TEMPEVAL and RE3D are the corpora in shared/corpora). Actors are given by
hand (tests/events/conftest.py) so these tests check the event coder alone.
"""

from __future__ import annotations

from sitrep.events.arguments import ActorIndex
from sitrep.events.coder import SectionCoder
from sitrep.events.lexicon import load_lexicon
from sitrep.events.modality import mode_of

TEMPEVAL = "shared/corpora/tempeval3 (AQUAINT)"
RE3D = "shared/corpora/re3d"


def triples(events) -> set[tuple[str | None, str | None, str, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.type, e.mode)
            for e in events}


def types_of(events) -> set[str]:
    return {e.type for e in events}


# --- reversals: a verb that ends or eases an event noun codes the undoing of that event ---------

def test_halting_aid_reduces_relations(coded):
    # PLOVER_GSR SANCTION-0006: "halted economic aid" (CAMEO 162 reduce or stop aid).
    evs = coded("Japan said on Tuesday it had halted economic aid to Serbia in line with Western efforts "
                "to end the fighting there.", {"Japan": "JPN", "it": "JPN", "Serbia": "SRB"})
    (ev,) = [e for e in evs if e.type == "SANCTION"]
    assert (ev.source.code, ev.target.code, ev.trigger) == ("JPN", "SRB", "halt aid")


def test_lifting_an_emergency_is_a_concession_to_the_own_people(coded):
    # PLOVER_GSR CONCEDE-0008: easing administrative sanctions is CONCEDE (PLOVER: "removing curfews");
    # its recipient is the government's own country.
    evs = coded("Sudan's government on Sunday lifted a state of emergency in West Darfur State that was "
                "imposed six months ago after bloody tribal clashes there, Omdurman radio reported Sunday.",
                {"Sudan's government": "SDNGOV"})
    assert ("SDNGOV", "SDN", "CONCEDE", "asserted") in triples(evs)
    assert "RETREAT" not in types_of(evs)


def test_refusing_to_lift_a_curfew_is_one_rejection(coded):
    # PLOVER_GSR REJECT-0016: the lifting refused is the content of the rejection, not an event.
    evs = coded("Despite warnings of starvation by humanitarian agencies, the Israeli government is refusing "
                "to lift the curfew on Palestinians living in the West Bank and Gaza.",
                {"Israeli government": "ISRGOV", "Palestinians": "PSE"})
    assert ("ISRGOV", "PSE", "REJECT", "asserted") in triples(evs)
    assert "CONCEDE" not in types_of(evs)


# --- verb families from the CAMEO codebook --------------------------------------------------------

def test_invitation_is_an_agreement(coded):
    # TEMPEVAL (AQUAINT NATO enlargement story); PLOVER: invitations for visits are AGREE.
    evs = coded("Secretary of State Madeleine Albright has invited Polish Foreign Minister Bronisaw Geremek "
                "to visit the United States.",
                {"Madeleine Albright": "USAGOV", "Polish Foreign Minister Bronisaw Geremek": "POLGOV",
                 "United States": "USA"})
    assert any(e.type == "AGREE" and {e.source.code, e.target.code} == {"USAGOV", "POLGOV"} for e in evs)


def test_welcoming_visitors_is_hosting_and_welcoming_a_decision_is_support(coded):
    # RE3D (CENTCOM): "welcomed Soldiers visiting" -> CAMEO 043 host a visit (CONSULT).
    evs = coded("A cool, hazy morning greeted the Jordan Armed Forces - Arab Army as they welcomed Soldiers "
                "visiting from 3rd Battalion, 321st Field Artillery Regiment for a live-fire exercise.",
                {"Jordan Armed Forces": "JORMIL", "they": "JORMIL", "Soldiers": "USAMIL"})
    assert ("JORMIL", "USAMIL", "CONSULT", "asserted") in triples(evs)
    # RE3D (UK Government): welcoming a decision is CAMEO 051 praise or endorse (SUPPORT).
    evs = coded("Foreign Secretary Philip Hammond welcomed the unanimous adoption of UN Security Council "
                "Resolution 2254 as an important step.",
                {"Philip Hammond": "GBRGOV", "UN Security Council": "UNSC"})
    assert ("GBRGOV", "UNSC", "SUPPORT", "asserted") in triples(evs)


def test_expelling_people_is_coercion(coded):
    # TEMPEVAL (AQUAINT embassy bombings): expelling individuals is COERCE (PLOVER SANCTION notes).
    evs = coded("Tanzania expelled five Iraqis and a Libyan who were questioned by the FBI and police in "
                "connection with the bombing of two U.S. embassies.",
                {"Tanzania": "TZA", "Iraqis": "IRQ", "Libyan": "LBY", "FBI": "USA"})
    assert ("TZA", "IRQ", "COERCE", "asserted") in triples(evs)


def test_forcing_an_agency_out_is_an_expulsion(coded):
    # PLOVER_GSR SANCTION-0014: "forced ... out" (CAMEO 166 expel or withdraw).
    evs = coded("Jakarta forced the UN refugee agency, UNHCR, out of the country following the relief "
                "operation.", {"Jakarta": "IDN", "UNHCR": "UN"})
    assert ("IDN", "UN", "SANCTION", "asserted") in triples(evs)


def test_violating_a_ban_defies_a_norm(coded):
    # PLOVER_GSR REJECT-0032: CAMEO 128 defy norms, law.
    evs = coded("A newspaper based in Christian east Beirut has violated a ban by General Michel Aoun and "
                "described his rival Elias Hrawi as president.",
                {"newspaper": "LBNJRN", "Michel Aoun": "LBNMIL"})
    assert ("LBNJRN", "LBNMIL", "REJECT", "asserted") in triples(evs)


def test_exploding_bombs_is_an_assault(coded):
    # PLOVER_GSR ASSAULT-0002: CAMEO 183 non-military bombing.
    evs = coded("Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar and "
                "exploded a series of bombs in the capital Kabul.",
                {"Afghan rebels": "AFGREB", "Russian": "RUS", "Kabul": "AFG"})
    assert any(e.type == "ASSAULT" and e.trigger == "explode" for e in evs)


def test_an_offer_of_concessions_is_an_agreement(coded):
    # PLOVER_GSR AGREE-0022: "offer" is the speech act (CODEBOOK: promise, offer, agree -> AGREE).
    evs = coded("A Russian official offered concessions last November that U.S. negotiator Paul Nitze "
                "believed could lead to an agreement on reducing nuclear missiles in Europe.",
                {"Russian official": "RUSGOV", "U.S.": "USA", "Paul Nitze": "USA"})
    assert any(e.type == "AGREE" and e.source.code == "RUSGOV" for e in evs)
    assert "CONCEDE" not in types_of(evs)


def test_assurances_received_come_from_the_giver(coded):
    # PETR2_GSR github_issue27_4: "received assurances from X" -> X promised (AGREE).
    evs = coded("Georgian demonstrators received assurances from the Georgian government.",
                {"Georgian demonstrators": "GEOOPP", "Georgian government": "GEOGOV"})
    assert ("GEOGOV", "GEOOPP", "AGREE", "asserted") in triples(evs)


# --- commitments, threats and obligations -----------------------------------------------------------

def test_threat_with_an_xcomp_is_an_act_not_a_report(coded):
    # PLOVER_GSR THREATEN-0026: the parser also hangs "were killed" on "threatened" as a ccomp.
    evs = coded("Iran threatened to shell Iraqi towns today in retaliation for an air raid on the southern "
                "city of Susangerd where, it said, 100 people were killed.",
                {"Iran": "IRN", "Iraqi": "IRQ", "it": "IRN"})
    assert ("IRN", "IRQ", "THREATEN", "asserted") in triples(evs)


def test_pledge_of_a_conflictual_act_codes_the_act_planned(coded):
    # PETR2_GSR GOLD_6: PLOVER AGREE is a commitment to cooperate; a pledge to expel is the expulsion.
    evs = coded("Qatar has pledged to expel exiled leaders of Egypt's Muslim Brotherhood as one of the "
                "conditions of an agreement forced on the wealthy Gulf state by Saudi Arabia.",
                {"Qatar": "QAT", "exiled leaders": "EGYELI", "Saudi Arabia": "SAU"})
    assert ("QAT", "EGYELI", "COERCE", "planned") in triples(evs)
    assert not any(e.type == "AGREE" and e.source.code == "QAT" and e.trigger == "pledge" for e in evs)


def test_what_an_actor_must_be_ready_to_do_is_no_event(coded):
    # PLOVER_GSR DEMAND-0036: "must be ready to mediate" is the content of the demand.
    evs = coded("Egyptian President Hosni Mubarak said here Wednesday that the US must be ready to mediate "
                "between Israelis and Palestinians as soon as the Israeli elections are finalized.",
                {"Egyptian President Hosni Mubarak": "EGYGOV", "US": "USA", "Israelis": "ISR",
                 "Palestinians": "PSE"})
    assert ("EGYGOV", "USA", "REQUEST", "asserted") in triples(evs)
    assert "AGREE" not in types_of(evs)


def test_demand_with_no_recipient_is_not_coded(coded):
    # PLOVER_GSR DEMAND-0018 with only the rebels known: a speech act needs someone it is addressed to.
    evs = coded("Rwandan rebels demanded the removal of President Juvenal Habyariman and his ruling party at "
                "the fourth round of talks aimed at ending a 23-month civil war.",
                {"Rwandan rebels": "RWAREB"})
    assert "REQUEST" not in types_of(evs)


def test_with_names_no_target_of_a_one_sided_act(coded):
    # PLOVER_GSR THREATEN-0022: "the blockade of Serbia ... with Albania's help" is aimed at Serbia.
    evs = coded("NATO confirmed on Wednesday it would tighten the naval blockade of Serbia in the Adriatic "
                "with Albania's help.", {"NATO": "NATO", "it": "NATO", "Serbia": "SRB", "Albania": "ALB"})
    # NATO announcing it would tighten the blockade is a threat (gold THREATEN; coder ANNOUNCED_THREATS)
    assert ("NATO", "SRB", "THREATEN", "asserted") in triples(evs)
    assert not any(e.target is not None and e.target.code == "ALB" for e in evs)


def test_will_not_yield_is_a_refusal(coded):
    # PLOVER_GSR REJECT-0018: "would not meet demands" refuses to yield (CAMEO 124; CODEBOOK: refuse
    # a demand is REJECT). A plain "did not" stays the negated act (test_coder.test_negation).
    evs = coded("The U.S. said it would not meet hostage-takers demands to release prisoners in Iraq, "
                "including a number of females.", {"U.S.": "USA", "it": "USA", "Iraq": "IRQ"})
    got = triples(evs)
    assert any(t[0] == "USA" and t[2:] == ("REJECT", "asserted") for t in got)
    assert "CONCEDE" not in types_of(evs)


def test_holding_someone_accountable_keys_on_its_small_clause(pipeline):
    # shared/corpora/polnear (2016 campaign story): "hold X accountable" blames X (CAMEO 112); the
    # parser makes "Snyder accountable" a ccomp, which keys the entry like an object would.
    doc = pipeline.nlp("In his statement Saturday, Sanders did go further in trying to hold Snyder "
                       "accountable.")
    lex = load_lexicon()
    coder = SectionCoder(doc, "text", ActorIndex(doc, [], None), lex, None, None)
    hold = next(t for t in doc if t.lemma_ == "hold")
    assert (coder.verb_entry(hold).key, coder.verb_entry(hold).type) == ("hold accountable", "ACCUSE")
    # "did go further" is no plan: "go" cues the planned mode only as "going to" (modality.yaml).
    assert mode_of(hold, lex) == "asserted"


def test_a_visit_to_mediate_is_coded_as_the_mediation(coded):
    # PLOVER_GSR AGREE-0040: CAMEO 042 usage note, mediation mentioned takes precedence over the visit.
    # (The GSR codes it AGREE because it is future; CODEBOOK keeps the act with mode planned.)
    evs = coded("Gambian President Dawda Jawara will visit Mauritania and Senegal to mediate in a border "
                "dispute between the two West African neighbors, diplomatic sources said on Wednesday.",
                {"Gambian President Dawda Jawara": "GMBGOV", "Mauritania": "MRT", "Senegal": "SEN"})
    got = {(e.source.code, e.target.code, e.type, e.mode, e.cameo) for e in evs}
    assert got == {("GMBGOV", "MRT", "CONSULT", "planned", "045"),
                   ("GMBGOV", "SEN", "CONSULT", "planned", "045")}


def test_political_support_is_not_aid(coded):
    # PLOVER_GSR DEMAND-0010: "the EU's support for Palestinian statehood" is political support, no AID.
    evs = coded("Palestinian officials demanded Friday that the United States match the European Union's "
                "support for Palestinian statehood.",
                {"Palestinian officials": "PSEGOV", "United States": "USA", "European Union": "EU",
                 "Palestinian": "PSE"})
    assert ("PSEGOV", "USA", "REQUEST", "asserted") in triples(evs)
    assert "AID" not in types_of(evs)
    # PETR2_GSR NEG_0: support a verb of transfer provides is aid, and refusing it is REJECT (CAMEO 122),
    # not the noun's SUPPORT.
    evs = coded("Obama said he would not provide support to Israel",
                {"Obama": "USA", "he": "USA", "Israel": "ISR"})
    assert "SUPPORT" not in types_of(evs)
