"""Material events on real news, session 5: campaign rallies, figurative senses, an attack's toll,
held targets, civilians of the place, and acts told twice in one clause.

Sentences from re3d (`shared/corpora/re3d/<source>/documents.json`, source and line named in each
case) and PolNeAR train texts (`shared/corpora/polnear/train/text/`, file named); judged by
CODEBOOK.md and PLOVER's definitions (plover-ontology.json).
"""

from __future__ import annotations


def test_a_candidates_rally_is_no_protest(events):
    # PolNeAR train west-journal_2016-02-17_woman-reveals-stunning-thing-tru.txt
    got = events("On Tuesday, she attended a Trump rally in North Augusta, S.C.")
    assert not any(kind == "PROTEST" for _, _, kind in got)


def test_an_opposition_rally_stays_a_protest(events):
    # The campaign-rally rule is only for candidates: opposition supporters rallying protest.
    got = events("Thousands of Navalny supporters joined an opposition rally in Moscow.")
    assert any(kind == "PROTEST" for _, _, kind in got)


def test_demonstrating_unity_is_no_protest(events):
    # re3d UK Government, line 6 ("UK helps secure UN Security Council Resolution on defeating ISIL").
    got = events("The United Nations Security Council has demonstrated the unity of the international "
                 "community in working to defeat ISIL.")
    assert not any(kind == "PROTEST" for _, _, kind in got)


def test_helping_secure_a_resolution_aids_no_one(events):
    # re3d UK Government, line 6 (title): the resolution names its issuer, not a recipient of aid.
    got = events("UK helps secure UN Security Council Resolution on defeating ISIL.")
    assert not any(kind == "AID" for _, _, kind in got)


def test_reducing_security_is_no_sanction(events):
    # PolNeAR train west-journal_2016-05-02_newly-released-document-reveals-.txt
    got = events("The State Department instead actually reduced security in Libya.")
    assert not any(kind == "SANCTION" for _, _, kind in got)


def test_reducing_aid_still_reduces_relations(events):
    # The reversal of aid (CAMEO 162) stays coded once "reduce" no longer codes on its own.
    got = events("The US reduced its military aid to Egypt.")
    assert ("USA", "EGY", "SANCTION") in got


def test_what_troops_habitually_do_is_no_event(events):
    # re3d CENTCOM, line 22 ("DoD Identifies Fallen U.S. Service Member in Syria").
    got = events("On Thanksgiving Day, Defense Secretary Ash Carter offered his condolences to Dayton's "
                 "family.\nThe secretary added, \u201cPlease keep this service member's family in your "
                 "thoughts, and this Thanksgiving I hope you will join me in expressing thanks to all of "
                 "our dedicated troops who selflessly protect us every day.\u201d")
    assert not any(kind == "AID" for _, _, kind in got)


def test_a_claimed_attack_is_its_claimers_and_its_toll_is_no_second_event(events):
    # re3d US State Department, line 16: the victims were coded as the source of "killed".
    got = events("On Saturday, Dae'sh claimed dual attacks in the commercial area of the Al-Sinek "
                 "neighborhood in Baghdad which killed at least 28 people.")
    assert ("IMG", "IRQ", "ASSAULT") in got
    assert all(src == "IMG" for src, _, kind in got if kind == "ASSAULT")


def test_a_held_building_struck_names_its_holder(events):
    # re3d CENTCOM, line 20: the strike was coded against Iraq, where the building stood.
    got = events("Near Tal Afar, three strikes destroyed an ISIL-held building and four UAV "
                 "construction facilities.")
    assert any(tgt == "IMG" for _, tgt, kind in got if kind == "ASSAULT")
    assert not any(tgt == "IRQ" for _, tgt, kind in got if kind == "ASSAULT")


def test_strikes_in_support_of_a_government_are_against_their_target(events):
    # re3d CENTCOM, line 10: "in support of the government of Iraq" is the partner, not the target.
    got = events("Additionally in Iraq, Coalition military forces conducted eight strikes coordinated "
                 "with and in support of the government of Iraq using attack, bomber, fighter, and "
                 "remotely piloted aircraft as well as rocket artillery against ISIL targets.")
    targets = {tgt for _, tgt, kind in got if kind == "ASSAULT"}
    assert "IMG" in targets and "IRQ" not in targets


def test_civilians_killed_in_a_city_are_its_civilians(events):
    # re3d UK Government, line 7 (held-out sample): ISIL killing tribe members in Anbar, Iraq.
    got = events("The UN reported that ISIL has killed 70 members of the Al bu Nimr tribe in Anbar, Iraq.")
    assert ("IMG", "IRQCVL", "ASSAULT") in got


def test_a_clause_telling_the_victims_absorbs_the_act_told_without_them(events):
    # re3d UK Government, line 4: "to kill and injure innocent civilians" is one happening.
    got = events("This is further shocking proof of the horrific and indiscriminate methods the Assad "
                 "regime is using to kill and injure innocent civilians, including children.")
    assaults = {(src, tgt) for src, tgt, kind in got if kind == "ASSAULT"}
    assert assaults and all(tgt is not None for _, tgt in assaults)


def test_where_force_is_fired_from_is_no_target(events):
    # re3d BBC Online, line 1 (held-out sample, "Syria accuses Israel of bombardment").
    got = events("Days earlier, on 30 November, Israeli jets were reported to have fired missiles from "
                 "Lebanese airspace into Syria, striking Sabboura, an area outside Damascus.")
    targets = {tgt for _, tgt, kind in got if kind == "ASSAULT"}
    assert "SYR" in targets and "LBN" not in targets


def test_a_candidates_withdrawal_is_no_retreat(events):
    # PolNeAR train west-journal_2016-04-15_breaking-trump-campaign-just-mad.txt
    got = events("Even before Palin's withdrawal, Cruz was favored to win most if not all of the delegates.")
    assert not any(kind == "RETREAT" for _, _, kind in got)
    got = events("Russia's withdrawal from Syria surprised Washington.")
    assert ("RUS", "SYR", "RETREAT") in got


def test_people_seen_killed_are_victims_not_killers(events):
    # re3d Wikipedia, line 5 (held-out sample, Tharthar): "saw X killed" is a passive small clause.
    got = events("In April 2015 the Tharthar Barrage was captured by The Islamic State after several days "
                 "of fighting that saw 120 Iraqi soldiers and a senior Iraqi general killed. The jihadist "
                 "group also took over a nearby military barracks during the battle.")
    assert not any((src or "")[:3] == "IRQ" for src, _, kind in got if kind == "ASSAULT")


def test_civilians_killed_at_a_bearing_from_a_city_are_its_civilians(events):
    # re3d BBC Online, line 6 ("Mosul battle: UN receives reports of IS atrocities").
    got = events("According to Mr Colville, human rights staff were informed that IS fighters had killed 15 "
                 "civilians in the village of Safina, about 45km (28 miles) south of Mosul, and threw their "
                 "bodies in the river.")
    assert ("IMG", "IRQCVL", "ASSAULT") in got
