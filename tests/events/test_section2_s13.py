"""Section mechanisms (session 13, second pass): a bare past participle parsed as an adverbial clause keys
its verb ("stood united with France", "united" as advcl, keys "stand unite"), but a present participle does
not ("used batons, forcing ..." is no "use force"); a partitive object ("some of", "one of") is looked
through to the noun it picks from, so the noun names the event ("imposed some of the harshest economic
sanctions" is a SANCTION, not the verb's COERCE) and keys the verb's senses that are no event ("occupies
one of the key positions" is holding a post, grammar.yaml not_events "occupy position").

Actors are given by hand (`coded` fixture) so each test checks the coder's mechanism, not the actors stage.
"""

from __future__ import annotations

from tests.events.conftest import triples


def test_a_bare_participle_clause_keys_its_verb(coded):
    # TimeBank PRI19980205.2000.1890.tml, reworded to the past with a single partner: spaCy parses "united"
    # as an advcl of "stood" here (the "with" hangs on the participle)
    got = coded("Britain stood united with France.", {"Britain": "GBR", "France": "FRA"})
    assert ("GBR", "FRA", "SUPPORT", "asserted") in triples(got)


def test_a_present_participle_clause_keys_nothing(coded):
    # control for the rule above: the -ing clause is an act of its own, "use" + "force" is no entry pair
    got = coded("The police used batons, forcing the protesters back.",
                {"police": "USACOP", "protesters": "USAOPP"})
    assert not any(e.type == "COERCE" and e.trigger == "use force" for e in got)


def test_a_partitive_of_sanctions_is_a_sanction(coded):
    # PolNeAR dev wash-post_2016-09-10_outrage-but-few-options-on-the-t
    got = coded("The U.N., which in March imposed some of the harshest economic sanctions ever against "
                "North Korea, called an emergency meeting to discuss the test.",
                {"U.N.": "IGOUNO", "North Korea": "PRK"})
    assert ("IGOUNO", "PRK", "SANCTION", "asserted") in triples(got)
    assert not any(e.type == "COERCE" for e in got)


def test_occupying_one_of_the_key_positions_is_holding_a_post(coded):
    # PolNeAR dev wash-post_2016-09-14_a-lesson-from-loretta-lynch-be-t (subject made a named actor)
    got = coded("Lynch occupies one of the key positions of power in Washington as the attorney general.",
                {"Lynch": "USAGOV", "Washington": "USA"})
    assert not any(e.type in ("ASSAULT", "COERCE") for e in got)
