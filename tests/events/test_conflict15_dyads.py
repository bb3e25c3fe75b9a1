"""Who did what to whom in conflict reports (session 15): one event per clash, a patrol as its force, an
armed group's raid as an attack, unnamed security forces fighting a state's own insurgents as that state's,
and no attacking state made the doer of unnamed fire on its own side. Sentences are written in the form
of the scraped conflict pages and CASE 2021 snippets read this round (never copied from them)."""

from __future__ import annotations


def test_a_clash_of_two_sides_is_one_event(events):
    # Form of the DR Congo pages ("Congo army, M23 rebels clash") and CASE "X and Y clashed" snippets: the
    # side named first is the source; no mirror event
    got = events("Congolese government troops and M23 rebels clashed near Goma on Sunday.")
    assaults = {(s, t) for s, t, k in got if k == "ASSAULT"}
    assert assaults == {("CODMIL", "CODREB")}


def test_a_one_sided_attack_keeps_both_directions_apart(events):
    # not a symmetric verb: two attacks told are two events
    got = events("Somali troops attacked al-Shabaab positions near Baidoa, and al-Shabaab fighters attacked "
                 "a Somali army base in Afgoye.")
    assert ("SOMMIL", "SOMREB", "ASSAULT") in got
    assert ("SOMREB", "SOMMIL", "ASSAULT") in got


def test_a_police_patrol_stands_for_the_police(events):
    # Kashmir grenade pages: "hurled a grenade at a police party/patrol"
    got = events("Grenades were hurled at a police patrol in Kabul on Sunday.")
    assert any(t == "AFGCOP" and k == "ASSAULT" for _, t, k in got)


def test_a_patrol_launched_is_no_target(events):
    assert not any(k == "ASSAULT" for _, _, k in events("The army launched a patrol in the area."))


def test_an_armed_groups_raid_is_an_attack(events):
    # Afghan pages: "Taliban fighters raided a district government compound ..., killing ..."
    got = events("Taliban fighters raided a district government compound in Ghazni province, killing seven.")
    assert ("AFGREB", "AFGGOV", "ASSAULT") in got
    assert not any(k == "COERCE" for _, _, k in got)


def test_a_police_raid_stays_a_search(events):
    got = events("Police raided a house in Lagos and arrested three suspects.")
    assert any(s == "NGACOP" and k == "COERCE" for s, _, k in got)
    assert not any(k == "ASSAULT" for _, _, k in got)


def test_soldiers_killed_by_a_states_rebels_are_its_soldiers(events):
    # Colombian page form: "The group ambushed a patrol in Boyaca ... killing 11 soldiers"
    got = events("The ELN ambushed a patrol in Boyaca on Monday, killing 11 soldiers.")
    assert ("COLREB", "COLMIL", "ASSAULT") in got
    assert not any(t == "UNKMIL" for _, t, _ in got)


def test_unnamed_soldiers_beside_unnamed_gunmen_keep_no_state(events):
    # a UAF's state is itself inferred from a place: no second guess on top of it
    got = events("Gunmen killed three soldiers.")
    assert not any(t and t.endswith("MIL") and t != "UNKMIL" for _, t, _ in got)


def test_the_attacking_state_is_not_the_doer_of_fire_on_its_own(events):
    # CASE 2021 class "Kenya continues its offensive": rockets fired at Kenya's own camp are not Kenya's
    got = events("Kenya continues its offensive against al-Shabaab in southern Somalia. On Tuesday, rockets "
                 "were fired at a Kenyan military camp in Kismayo, killing two soldiers.")
    assert ("KEN", "SOMREB", "ASSAULT") in got
    assert not any(s[:3] == "KEN" and (t or "")[:3] == "KEN" for s, t, _ in got)


def test_the_attacking_state_stays_the_doer_on_the_other_side(events):
    got = events("Israel continued its offensive in Gaza. Two children were killed in an air strike in Rafah "
                 "on Monday.")
    assert ("ISR", "PSECVL", "ASSAULT") in got


def test_the_attacking_state_still_strikes_its_own_rebels(events):
    # CASE 2021 form: a state's jets striking its own rebels in the operation the report names
    got = events("Turkey pressed its military operation against the PKK. Turkish jets struck PKK targets in "
                 "northern Iraq on Saturday.")
    assert not any(s == "UNKUAF" for s, _, _ in got)
