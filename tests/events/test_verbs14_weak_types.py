"""Precision of the weak PLOVER types (session 14): SANCTION, COOPERATE, CONCEDE, REQUEST, ASSAULT senses that
real news gives another meaning, and the constructions that name their targets.

Actors are given by hand (tests/events/conftest.py) so these tests check the coder alone; each sentence is
real, and its source is named in a comment.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.events.conftest import mentions_for, triples

from sitrep.events import code_events
from sitrep.nlp import parse_documents
from sitrep.records import Document


def types_of(evs, etype: str) -> list:
    return [e for e in evs if e.type == etype]


@pytest.fixture(scope="module")
def kinded(pipeline):
    """kinded(text, {name: (code, kind)}) -> events: hand-built mentions of a given kind ("person", "agent",
    "pronoun", "title"), as the actors stage gives them, for rules that tell one person from a body."""
    def run(text: str, names: dict[str, tuple[str, str]]):
        parsed = next(parse_documents([Document(id="t", text=text, published="2016-06-01")], pipeline.nlp))
        kinds = {name: kind for name, (_, kind) in names.items()}
        mentions = [replace(m, kind=kinds[m.text], actor=replace(m.actor, sector=m.actor.code[3:] or None))
                    for m in mentions_for(parsed, {name: code for name, (code, _) in names.items()})]
        return code_events(parsed, mentions)
    return run


# --- SANCTION: ending, cutting off, breaking off


def test_ending_a_trip_reduces_no_relations(coded):
    # PolNeAR train (Washington Post, May 2016): a visit completed, no CAMEO 16x.
    evs = coded("Obama made the comments just before ending a three-day trip to Vietnam, whose high "
                "point was an "
                "announcement that Washington's ban on sales of lethal weapons to the country would "
                "be completely lifted.", {"Obama": "USAGOV", "Vietnam": "VNM", "Washington": "USA"})
    assert not types_of(evs, "SANCTION")


def test_ending_cooperation_still_reduces_relations(coded):
    # A constructed control (no corpus sentence ends cooperation): "end" keeps the sanction of what it ends
    # when that is cooperation (CAMEO 160 via the reversals), as "suspended cooperation" does.
    evs = coded("Moscow ended its military cooperation with Turkey after the jet was downed.",
                {"Moscow": "RUS", "Turkey": "TUR"})
    assert ("RUS", "TUR", "SANCTION", "asserted") in triples(evs)


def test_national_emergency_against_a_state_ended_is_no_sanction(coded):
    # PolNeAR dev (Washington Post, Sep 2016): ending the emergency behind sanctions eases them (CAMEO 085,
    # said as a plan: an intent, AGREE), it cuts no relations.
    evs = coded("After her meeting with Obama, the White House announced that the United States would end a "
                "long-standing national emergency against Burma and further ease trade sanctions in "
                "the latest effort to normalize relations.",
                {"Obama": "USAGOV", "White House": "USAGOV", "United States": "USA", "Burma": "MMR"})
    assert not types_of(evs, "SANCTION")
    # the same act told as done (the sentence above in the past tense): sanctions eased on another state
    evs = coded("The United States ended a long-standing national emergency against Burma.",
                {"United States": "USA", "Burma": "MMR"})
    assert [(e.type, e.cameo, e.target.code) for e in evs] == [("RETREAT", "085", "MMR")]


def test_cutting_off_a_speaker_is_no_sanction(kinded):
    # PolNeAR train (Washington Post, 2016) and PolNeAR dev (Washington Post, Sep 2016): interrupting one
    # person.
    evs = kinded("Hewitt suggested Trump hadn't meant his statement to be taken literally, but the "
                 "candidate cut him off.", {"Hewitt": ("USAJRN", "person"), "Trump": ("USAELI", "person"),
                              "candidate": ("USAELI", "title"), "him": ("USAJRN", "pronoun")})
    assert not types_of(evs, "SANCTION")
    evs = kinded("\"I've fundraised all I've needed to do to get 70 percent of the vote,\" Scott "
                 "said, cutting off a reporter who asked about "
                 "finances.", {"Scott": ("USALEG", "person"), "reporter": ("USAJRN", "agent")})
    assert not types_of(evs, "SANCTION")


def test_expelling_diplomats_still_cuts_relations(kinded):
    # Constructed after a CASE 2021 headline (CASE text may not enter tests; no other corpus has one):
    # diplomats are many people, not one person interrupted, and the states they are "from" are whom
    # relations are cut with.
    evs = kinded("Russia expelled diplomats from Germany, Poland and Sweden.",
                 {"Russia": ("RUS", "name"), "diplomats": ("UNKGOV", "agent"), "Germany": ("DEU", "name"),
                  "Poland": ("POL", "name"), "Sweden": ("SWE", "name")})
    found = triples(evs)
    assert {("RUS", "DEU", "SANCTION", "asserted"), ("RUS", "POL", "SANCTION", "asserted"),
            ("RUS", "SWE", "SANCTION", "asserted")} <= found


def test_breaking_off_speech_is_no_sanction(coded):
    # PolNeAR train (Morning Joe report, 2016): "broke off" with nothing broken off.
    evs = coded("\"The way she shouted that message was not,\" and with that Trump broke off with a "
                "dismissive, \"eww.\"", {"Trump": "USAELI", "she": "USAELI"})
    assert not types_of(evs, "SANCTION")


# --- COOPERATE: sharing, training, allied


def test_sharing_a_strategy_or_a_zeal_is_no_cooperation(coded):
    # PolNeAR train (2016): traits held in common, no intelligence passed on (CAMEO 064).
    evs = coded("She shares with Trump a strategy that banks on presenting herself as \"anti-system.\"",
                {"She": "FRAELI", "Trump": "USAELI"})
    assert not types_of(evs, "COOPERATE")
    evs = coded("Like Paul, Cruz allied himself with Senator Mike Lee, who shared his zeal for "
                "monitoring the Federal Reserve.", {"Cruz": "USALEG", "Mike Lee": "USALEG", "Paul": "USALEG"})
    assert not [e for e in types_of(evs, "COOPERATE") if "share" in (e.trigger or "")]


def test_sharing_intelligence_is_cooperation(coded):
    # A constructed control (no corpus sentence shares intelligence): the knowledge noun keys CAMEO 064.
    evs = coded("The United States shared intelligence with Saudi Arabia about the missile launches.",
                {"United States": "USA", "Saudi Arabia": "SAU"})
    assert ("USA", "SAU", "COOPERATE", "asserted") in triples(evs)


def test_training_ones_eyes_is_no_cooperation(coded):
    # PolNeAR train (New York Times, 2016): "train" keys CAMEO 062 only with people trained.
    evs = coded("He would train his eyes on audience members to make them feel that he was talking "
                "directly to them.", {"He": "USAGOV", "audience members": "USACVL"})
    assert not types_of(evs, "COOPERATE")


def test_an_allied_group_is_no_act(kinded):
    # PolNeAR train (2016): the participle names the groups.
    evs = kinded("Democrats are at a financial disadvantage against Republicans and allied outside "
                 "groups, but have "
                 "a technology edge due to effective cooperation, which has so far eluded conservatives.",
                 {"Democrats": ("USAPTY", "organisation"), "Republicans": ("USAPTY", "organisation"),
                  "groups": ("USA", "agent")})
    assert not [e for e in types_of(evs, "COOPERATE") if e.trigger == "ally"]


# --- CONCEDE: heeding


def test_heeding_warnings_or_words_is_no_concession(coded):
    # PolNeAR train (New York Times, Feb 2016; a Charleston vigil report, 2016).
    evs = coded("Mr. Trump's hot wash of Mr. Bush in a debate on Saturday included a suggestion "
                "that he did not heed intelligence warnings before the Sept. 11, 2001, terrorist attacks.",
                {"Mr. Trump": "USAELI", "Mr. Bush": "USAGOV", "he": "USAGOV"})
    assert not types_of(evs, "CONCEDE")


def test_followers_heeding_a_call_concede_nothing(kinded):
    # PolNeAR train (2016): voters answering a candidate's call yield nothing (CAMEO 083 is acceding by
    # power).
    evs = kinded("Trump is betting that general-election voters feel so beleaguered that they will heed his "
                 "call for radical change.",
                 {"Trump": ("USAELI", "person"), "voters": ("USACVL", "agent"), "they": ("USACVL", "pronoun"),
                  "his": ("USAELI", "pronoun")})
    assert not types_of(evs, "CONCEDE")


def test_a_government_heeding_demands_concedes(coded):
    # PLOVER GSR dev CONCEDE-0010 with "accepted" changed to "heeded": a power holder yielding to what rebels
    # asked keeps its concession.
    evs = coded("The Mozambique government on Thursday heeded demands from Shona rebels that it initiate "
                "political reforms.", {"Mozambique government": "MOZGOV", "Shona rebels": "MOZREB"})
    assert "CONCEDE" in {e.type for e in evs}


# --- REQUEST: the press and private persons


def test_an_editorial_demand_is_no_request(kinded):
    # PolNeAR train (2016): CODEBOOK, opinion writers' arguments are no events.
    evs = kinded("In a scathing opinion piece, The Wall Street Journal called on Trump to get his "
                 "act together or drop out in favor of his running mate.",
                 {"The Wall Street Journal": ("USAJRN", "organisation"), "Trump": ("USAELI", "person")})
    assert not types_of(evs, "REQUEST")


def test_begging_reporters_is_no_request(kinded):
    # PolNeAR train (2016): asked of the press.
    evs = kinded("At the news conference, Manafort all but begged reporters to ask him about "
                 "something other than "
                 "Melania Trump.", {"Manafort": ("USAELI", "person"), "reporters": ("USAJRN", "agent"),
                                    "Melania Trump": ("USACVL", "person")})
    assert not types_of(evs, "REQUEST")


def test_a_politician_asking_a_state_keeps_its_request(kinded):
    # PolNeAR train (2016): the rules above leave political actors' requests alone.
    evs = kinded("Turkish President Recep Tayyip Erdogan has repeatedly called on the United States "
                 "to extradite "
                 "Gulen.", {"Recep Tayyip Erdogan": ("TURGOV", "person"), "United States": ("USA", "name")})
    assert ("TURGOV", "USA", "REQUEST", "asserted") in triples(evs)


def test_a_moderator_pressing_a_candidate_is_no_request(kinded):
    # PolNeAR train (2016): a private person (a journalist the actor coder knows as CVL) asks a candidate.
    evs = kinded("Clinton, pressed by moderator Dana Bash to release transcripts of her private "
                 "speeches, turned the issue instead to Sanders' failure to release his tax returns.",
                 {"Clinton": ("USAELI", "person"), "Dana Bash": ("USACVL", "person"),
                  "Sanders": ("USALEG", "person")})
    assert not types_of(evs, "REQUEST")


def test_a_group_asking_a_body_keeps_its_request(kinded):
    # PolNeAR train (Washington Post, Mar 2016): the pronoun "we" speaks for a group, the House is a body.
    evs = kinded("Sarah Warbelow, legal director for the gay rights group, said: we call on the "
                 "Missouri House of Representatives to resoundingly reject this outrageous resolution.",
                 {"we": ("USACVL", "pronoun"), "Missouri House of Representatives": ("USALEG", "title"),
                  "Sarah Warbelow": ("USACVL", "person")})
    assert ("USACVL", "USALEG", "REQUEST", "asserted") in triples(evs)


def test_calling_a_week_rough_for_someone_asks_nothing(coded):
    # PolNeAR train (2016): "call X Y for Z" names; "call for" asks only with no predicate.
    evs = coded("Amid what the New York Times and Los Angeles Times each called a \u201crough "
                "week\u201d for Trump, "
                "and with polls showing rival Sen. Ted Cruz, R-Texas, leading the race in "
                "Wisconsin, a story by the "
                "website Politco says that delegates are poised to break with him on a second ballot.",
                {"New York "
                 "Times": "USAJRN", "Los Angeles Times": "USAJRN", "Trump": "USAELI", "Ted Cruz": "USALEG"})
    assert not types_of(evs, "REQUEST")


# --- ASSAULT: what is set off


def test_setting_off_a_romance_is_no_bombing(coded):
    # PolNeAR train (2016): CAMEO 183 sets off a device.
    evs = coded("He also gave an eight-hour floor speech to defend himself, setting off his current "
                "romance with liberal voters.", {"He": "USALEG", "voters": "USACVL"})
    assert not types_of(evs, "ASSAULT")


def test_fire_aimed_at_a_thing_is_no_show_of_force(coded):
    # GSR dev (PLOVER ASSAULT): shells fired "at" targets attack, they are no missile test (CAMEO 150).
    evs = coded("Israeli tanks fired four shell bombs at targets in Jericho, witnesses said, in a "
                "rare incident in the West Bank city.", {"Israeli tanks": "ISRMIL", "Jericho": "PSE"})
    assert not types_of(evs, "MOBILIZE")
