"""Session 12, targets chosen by fallback rules: the side a section fights, what a speech act is about,
whom a protest is against. Each case is a real sentence (its source in a comment), run through the
whole pipeline (actors stage included)."""

from __future__ import annotations

# --- "the enemy" fallback: a group named once is not the side a section fights --------------------

WSJ_INVASION = (  # TimeBank WSJ900813-0157 (tuning, even index): two passages of the story, in order
    "He apparently hopes to lure support from Arabs who have spurned him so far by suggesting that Iraq "
    "will use its occupation of Kuwait as a lever to solve the Arab world's most frustrating problem, the "
    "23-year Israeli occupation of land claimed by Palestinians.\n\n"
    "The Saudis even have in their possession 48 Kuwaiti jet fighters, virtually the entire Kuwaiti air "
    "force, which managed to escape the Iraqi invasion, Saudi officials said. The Saudi \"window of "
    "vulnerability... is closing very fast,\" Prince Bandar bin Sultan, the Saudi ambassador to Washington, "
    "said over the weekend. The second possibility would be to start a fight with Israel, in hopes that all "
    "Arabs would have to move behind Iraq in a fight against their common Israeli enemy. In such an event, "
    "Saddam Hussein also might calculate, the Saudis would be under pressure to kick out U.S. troops because "
    "of America's close ties with Israel. Iraq could start hostilities with Israel either through a direct "
    "attack or by attacking Jordan. Israel has publicly declared that it will respond to an Iraqi attack on "
    "Jordan because it won't allow Iraq's dangerous army to take control of Jordan's long border with "
    "Israel. Iraq's third attack option would be to start an undeclared war on the U.S. and other Western "
    "nations through terrorism. Two Middle East terrorists with records of successful attacks against "
    "Western targets, Abu Nidal and Abu Abbas, have ties to Baghdad.")


def test_a_group_named_once_is_no_target_of_an_invasion(events) -> None:
    # before: "the Iraqi invasion" and "the 23-year Israeli occupation" were aimed at the terrorists
    got = events(WSJ_INVASION, published="1990-08-13")
    assert not any(tgt and tgt.endswith("REB") and typ in ("ASSAULT", "COERCE") for _, tgt, typ in got)


def test_an_occupation_keeps_the_occupied_place(events) -> None:
    # same story: "its occupation of Kuwait" is still aimed at Kuwait
    got = events(WSJ_INVASION, published="1990-08-13")
    assert any(tgt == "KWT" and typ == "COERCE" for _, tgt, typ in got)


# --- a clause opening with a wh-object is not what a speech act is about -------------------------

def test_a_free_relatives_subject_is_not_a_promise_target(events) -> None:
    # PolNeAR dev huff-post_2016-09-22_trump-the-dealmaker-could-addres (before: Trump promised Graham)
    got = events("Trump has since appeared to completely oppose clean energy, promising to lift "
                 "environmental regulations and open more federal land to drilling ― probably not exactly "
                 "what Lindsey Graham had in mind.", published="2016-09-22")
    assert not any(tgt == "USALEG" for _, tgt, _ in got)


# --- a protest naming no one it is against has no target (CODEBOOK) -------------------------------

def test_a_protest_over_issues_has_no_government_target(dyads) -> None:
    # PolNeAR dev huff-post_2016-10-07_frustrated-parents-rally-nationw, its opening paragraphs (before:
    # "People in other cities rallied over issues" was USACVL PROTEST USAGOV)
    text = (
        "Frustrated Parents Rally Nationwide To 'Reclaim Our Schools.'\n\n"
        "Amelize Joseph loves the public school that her 14-year-old daughter attends. Her daughter likes to "
        "sing, and students at Intermediate School 285 in Brooklyn, New York, can participate in chorus, "
        "dance and drama.\n"
        "On Thursday, she and other parents, students and educators took their grievances to school.\n"
        "At her Brooklyn school, Joseph and other community members protested the state funding system, "
        "which advocates say disadvantages needy schools. People in other cities rallied over issues like "
        "the expansion of charter schools and high-stakes student testing.")
    got = dyads(text, published="2016-10-07")
    assert ("USA", None, "PROTEST") in got
    assert not any(typ == "PROTEST" and tgt is not None for _, tgt, typ in got)


def test_a_protest_naming_the_state_keeps_its_government(dyads) -> None:
    # PLOVER GSR dev PROTEST-0006: the demand names Iraq, whose government the protest is against
    got = dyads("Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk on Sunday calling for "
                "independence from Iraq, witnesses said.")
    assert ("IRQ", "IRQ", "PROTEST") in got


def test_a_relative_clause_protest_keeps_the_leader_it_names(dyads) -> None:
    # TimeBank VOA19980303.1600.0917 (held-out, odd index; found when measuring): the relative clause's
    # antecedent is its subject, and the clause names Abacha, Nigeria's ruler
    got = dyads("Nigerian security forces clashed in Lagos with anti-government demonstrators who were "
                "protesting calls for military leader Sani Abacha to run for president.",
                published="1998-03-03")
    assert ("NGA", "NGA", "PROTEST") in got
