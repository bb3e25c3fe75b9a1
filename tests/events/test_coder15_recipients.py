"""Session 15 (coder2): a closing speaker is no recipient, irregulars' force is no military context, sums
"verb particle preposition object" keys, farmers hold no authority, and people named only by
their role take the acting state's country in a domestic act.

Sentences constructed for these tests in the form of wire news (the session's scraped pages and probe
sentences of /work/notes/verbs15/probes.tsv; page text is not copied into the repo). Whole pipeline,
actors stage included (the `events` fixture).
"""

from __future__ import annotations

import pytest

from sitrep.events.coder import doer_context
from sitrep.records import Actor


def contexts(pipeline, text: str) -> dict[tuple[str | None, str | None, str], str | None]:
    evs = pipeline.code_text(text, published="2023-05-10").events
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.type): e.context
            for e in evs}


def test_the_closing_speaker_is_no_recipient(events):
    # constructed, the form of a war-monitor report: the Observatory tells of the strike, it is not hit
    got = events("Russian jets bombed a market in Idlib, killing nine civilians, the Syrian Observatory for "
                 "Human Rights, a Britain-based war monitor, said.")
    assert not any(t == "NGO" for _, t, _ in got)
    assert ("RUSMIL", "SYRCVL", "ASSAULT") in got


def test_a_named_victim_beside_the_speaker_stays(events):
    # constructed: the health ministry speaks; the man shot is the recipient
    got = events("Israeli troops shot dead a Palestinian man near Jenin, the Palestinian health ministry "
                 "said.")
    assert ("ISRMIL", "PSECVL", "ASSAULT") in got


def test_gunmen_killing_villagers_is_not_military(pipeline):
    # constructed: PLOVER's military context covers official state military bodies only
    got = contexts(pipeline, "Gunmen killed 12 villagers in northwestern Nigeria on Sunday, police said.")
    assert got.get(("NGAUAF", "NGACVL", "ASSAULT"), "missing") is None


@pytest.mark.parametrize("source, target, want", [
    (Actor("IMGREB", "Islamic State", "REB", None), Actor("BGDCOP", "police", "COP", "BGD"), "terrorism"),
    (Actor("UNKCRM", "bandits", "CRM", None), Actor("NGACVL", "villagers", "CVL", "NGA"), "crime"),
    (Actor("COLREB", "ELN", "REB", "COL"), Actor("COLMIL", "soldiers", "MIL", "COL"), "military"),
    (Actor("RUSMIL", "Russian jets", "MIL", "RUS"), Actor("SYRCVL", "civilians", "CVL", "SYR"), "military"),
])
def test_irregular_doers_take_their_own_context(source, target, want):
    # an army on either side keeps "military"; an extremist group's attack is terrorism, a gang's crime
    assert doer_context("military", source, target) == want


def test_the_context_of_other_acts_is_kept():
    assert doer_context("economic", Actor("UNKUAF", "gunmen", "UAF", None), None) == "economic"


def test_farmers_blocking_highways_protest(events):
    # constructed (probe 1443): farmers hold no public power; their blockade is a protest (CAMEO 144)
    got = events("Indian farmers blocked highways into New Delhi.")
    assert any(t == "PROTEST" and s.startswith("IND") for s, _, t in got)
    assert not any(t == "COERCE" for _, _, t in got)


def test_walk_out_of_talks_is_not_a_protest(events):
    # constructed (probe 164): "walk out of talks" is keyed whole (CAMEO 16), not as the bare "walk out"
    got = events("Palestinian negotiators walked out of the talks with Israel.")
    assert not any(t == "PROTEST" for _, _, t in got)
    # the bare phrasal verb stays a protest
    assert any(t == "PROTEST" for _, _, t in events("Palestinian negotiators walked out on Monday."))


def test_a_withdrawal_out_of_a_place_names_it(events):
    # constructed (probe 0874): "out of Mali", the two-word preposition's object is where troops leave
    assert ("FRAMIL", "MLI", "RETREAT") in events("French troops pulled out of Mali.")


@pytest.mark.parametrize("text, want", [
    ("Russian police arrested the opposition leader.", ("RUSCOP", "RUSOPP", "COERCE")),
    ("Turkish authorities detained 30 journalists in dawn raids.", ("TURGOV", "TURJRN", "COERCE")),
    ("Egyptian police arrested dozens of students.", ("EGYCOP", "EGYEDU", "COERCE")),
    ("A Turkish court jailed the journalist.", ("TURJUD", "TURJRN", "COERCE")),
    ("An Iranian court sentenced the activist to eight years in prison.", ("IRNJUD", "IRNCVL", "ACCUSE")),
])
def test_role_only_recipients_of_a_domestic_act(events, text, want):
    # constructed (probes 173): people named by their role only, arrested by a state's organs at home
    assert want in events(text)


def test_a_role_named_with_another_state_keeps_it(events):
    # constructed: "Canadian journalists" are named for Canada, not for the arresting state
    got = events("Chinese authorities detained two Canadian journalists.")
    assert not any(t and t.startswith("CHN") for _, t, _ in got)
