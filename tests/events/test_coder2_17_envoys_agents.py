"""Session 17 (coder2): envoys summoned by their post (an apposition or a title before the name, an
agentless summons by the host), one's own envoy summoned home, the agent of a passive hung on its means or
in a relative clause, forces owned by a pronoun, conjoined sides fighting a named foe, verbal attacks beside
a speech act, an allegation by its target, a state organ "in" a state, and interests protected.

Sentences are written in the form of the scraped pages of /work/notes/pages17/coder2 and of the requests of
other helpers this session (foreign ministries summoning envoys, Treasury sanctions, army statements on
operations, court verdicts); none is copied from a page.
"""

from __future__ import annotations


def _keys(coded) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.type, e.target.code if e.target else "") for e in coded.events}


def test_summoned_person_keys_on_the_apposition(pipeline) -> None:
    # the object is a name; its apposition says the person is an envoy (verbs.yaml "summon ambassador")
    keys = _keys(pipeline.code_text("Beijing summoned Kenji Sato, Japan's ambassador to China, on Sunday."))
    assert ("CHN", "ACCUSE", "JPNGOV") in keys


def test_summoned_person_keys_on_the_title_before_the_name(pipeline) -> None:
    keys = _keys(pipeline.code_text("Tehran summoned Turkish Ambassador Ahmet Yilmaz over the remarks."))
    assert ("IRN", "ACCUSE", "TURGOV") in keys


def test_agentless_summons_is_by_the_host_of_the_post(pipeline) -> None:
    keys = _keys(pipeline.code_text("The spokesman said that Turkish Ambassador to Tehran Ahmet Yilmaz has "
                                    "been summoned over the remarks."))
    assert ("IRN", "ACCUSE", "TURGOV") in keys


def test_own_envoy_summoned_home_is_a_recall(pipeline) -> None:
    # calling one's own ambassador back reduces relations with the host; it accuses no one
    keys = _keys(pipeline.code_text("Moscow on Monday summoned its ambassador to Washington for "
                                    "consultations."))
    assert ("RUS", "SANCTION", "USA") in keys
    assert ("RUS", "ACCUSE", "USA") not in keys


def test_passive_agent_hung_on_the_means(pipeline) -> None:
    keys = _keys(pipeline.code_text("Nicolas Maduro was targeted with sanctions by Washington last year."))
    assert ("USA", "SANCTION", "VENGOV") in keys


def test_passive_relative_clause_keeps_the_agent_as_source(pipeline) -> None:
    # the parser makes "who" the subject of "was targeted"; the minister is the one sanctioned
    keys = _keys(pipeline.code_text("The Venezuelan minister, who was himself targeted with new sanctions "
                                    "by Washington, denied the charges."))
    assert ("USA", "SANCTION", "VENGOV") in keys
    assert ("VENGOV", "SANCTION", "USA") not in keys


def test_forces_owned_by_a_pronoun_are_its_actors(pipeline) -> None:
    # the scene (Gaza) would place the forces otherwise
    keys = _keys(pipeline.code_text("Israel's military said its forces struck a Hamas post in Gaza."))
    assert ("ISRMIL", "ASSAULT", "PSEREB") in keys
    assert ("PSEMIL", "ASSAULT", "PSEREB") not in keys


def test_conjoined_sides_fighting_a_named_foe_do_not_fight_each_other(pipeline) -> None:
    # "the government" is left unplaced in a report naming two other states (pages17/coder 001's form)
    coded = pipeline.code_text("A UN report on Pakistan and Iran named both. Taliban and the Islamic State "
                               "(IS) group, both fighting the government, have not commented.")
    assert not any({e.source.code, e.target.code if e.target else ""} == {"AFGREB", "IMG"}
                   for e in coded.events)


def test_conjoined_sides_without_an_object_still_fight(pipeline) -> None:
    keys = _keys(pipeline.code_text("Government troops and rebels fought near Goma on Monday."))
    assert ("CODMIL", "ASSAULT", "CODREB") in keys


def test_attack_beside_a_speech_act_is_verbal_and_alleged_by_its_target(pipeline) -> None:
    # Chinese vice minister's claim that Japan smeared and attacked China: China accuses Japan
    coded = pipeline.code_text("Chinese Vice Foreign Minister Sun Wei claimed that Japan has joined other "
                               "countries to smear and attack Beijing.")
    keys = _keys(coded)
    assert not any(e.type == "ASSAULT" for e in coded.events)
    assert any(s.startswith("CHN") and t.startswith("JPN") and ty == "ACCUSE" for s, ty, t in keys)


def test_said_keeps_the_reported_words(pipeline) -> None:
    keys = _keys(pipeline.code_text("Syrian rebels accused the army and attacked its posts in Idlib."))
    assert ("SYRREB", "ASSAULT", "SYRMIL") in keys


def test_organ_in_a_state(pipeline) -> None:
    keys = _keys(pipeline.code_text("A court in Nicaragua found five opposition critics guilty of "
                                    "conspiracy on Friday."))
    assert ("NICJUD", "ACCUSE", "NICOPP") in keys


def test_embassy_in_a_state_is_not_that_states(pipeline) -> None:
    coded = pipeline.code_text("Turkey condemned Washington's plan to open its embassy in Jerusalem.")
    assert not any(e.source.code == "ISRGOV" or (e.target and e.target.code == "ISRGOV")
                   for e in coded.events)


def test_protecting_national_interest_is_no_aid(pipeline) -> None:
    coded = pipeline.code_text("Britain will act to protect its national interest, the minister said.")
    assert not any(e.type == "AID" for e in coded.events)


def test_hyphenated_envoy_post_keys_the_verb(pipeline) -> None:
    # "consul-general" parses with "general" as head; the post word before the hyphen keys "expel consul"
    keys = _keys(pipeline.code_text("Israel on Tuesday expelled the Turkish consul-general in Jerusalem."))
    assert ("ISR", "SANCTION", "TURGOV") in keys


def test_words_exchanged_are_no_cooperation(pipeline) -> None:
    coded = pipeline.code_text("Erdogan and Netanyahu exchanged heated words on social media.")
    assert not any(e.type == "COOPERATE" for e in coded.events)


def test_headline_envoy_posted_elsewhere_is_the_summoners_own(pipeline) -> None:
    # no nationality and a post in another state: the summoner's own envoy called home
    keys = _keys(pipeline.code_text("Kuwait summons ambassador to France for consultations"))
    assert ("KWT", "SANCTION", "FRA") in keys
    keys = _keys(pipeline.code_text("Russia summoned the British ambassador to Moscow on Monday."))
    assert ("RUS", "ACCUSE", "GBRGOV") in keys
