"""Session 16 (actors): actors named by role in a one-state report, rebels placed by the town they
seize or the government they face, a state's name that is another state's province, persons with a
name particle, a coalition at war by its own act.

The sentences are written for these tests on the pattern of the scraped news pages read this round
(/work/notes/pages16/actors: Reuters and AP reports from Nairobi and Goma, Xinhua and Anadolu reports on
attacks in Nigeria and Pakistan's Balochistan, UN envoys' talks on Syria) and of the session's brief
("the rebels who seized Goma", "Coalition air strike"), not copied from them.
"""

from __future__ import annotations

from .conftest import codes_of


def test_the_government_opening_a_one_state_report_is_the_home_government(pipeline) -> None:
    """"The government" a verb's "of" complement follows ("accused the government of fraud") is still a
    description, and with no state named before it, the report's home government's."""
    coded = pipeline.code_text("NAIROBI (Reuters) - The opposition leader accused the government of fraud "
                               "on Monday. Kenyan President William Ruto dismissed the claim.")
    assert set(codes_of(coded, "government")) == {"KENGOV"}
    assert any(e.type == "ACCUSE" and e.source.code == "KENOPP" and e.target.code == "KENGOV"
               for e in coded.events)


def test_the_government_before_a_named_state_stays_unresolved(pipeline) -> None:
    """A state its own sentence names after it is often the other party: no home guess."""
    coded = pipeline.code_text("The government thanked Japan for its help.")
    assert not codes_of(coded, "government")


def test_government_of_a_named_state_is_no_description(pipeline) -> None:
    """"the government of Chad" names its owner: the "of" rule still keeps it out of descriptions."""
    coded = pipeline.code_text("Rebels accused the government of Chad of breaking the truce.")
    assert "KENGOV" not in codes_of(coded, "government")


def test_a_lone_gunman_is_an_actor_of_the_scene(pipeline) -> None:
    """One armed man a report introduces with "a" is the codebook's unnamed perpetrator: the scene
    state plus UAF."""
    coded = pipeline.code_text("NAIROBI (Reuters) - A gunman opened fire on a minibus near Garissa on "
                               "Sunday, Kenyan police said.")
    assert set(codes_of(coded, "gunman")) == {"KENUAF"}


def test_attackers_are_unidentified_armed_men(pipeline) -> None:
    coded = pipeline.code_text("ABUJA, Nigeria (AA) - Attackers stormed a village in Kano state on "
                               "Friday, police said.")
    assert set(codes_of(coded, "Attackers")) == {"NGAUAF"}


def test_rebels_are_the_state_of_the_town_they_seize(pipeline) -> None:
    """"The rebels who seized Goma" are the DR Congo's whatever state backs them in the sentence."""
    coded = pipeline.code_text("Uganda denied backing the rebels who seized Goma.")
    assert set(codes_of(coded, "rebels")) == {"CODREB"}
    coded = pipeline.code_text("Rwanda denied supporting the rebels who captured Goma.")
    assert set(codes_of(coded, "rebels")) == {"CODREB"}


def test_rebels_joined_to_a_government_are_its_own(pipeline) -> None:
    """Talks "between the government and rebels in Kampala": the place is where the talks are."""
    text = ("KINSHASA (Reuters) - The Democratic Republic of Congo said it would resume talks with rebels. "
            "Fighting resumed after negotiations between the government and rebels in Uganda had failed.")
    coded = pipeline.code_text(text)
    assert set(codes_of(coded, "rebels")) == {"CODREB"}


def test_a_backer_is_not_the_rebels_state(pipeline) -> None:
    """The subject of "backing" names the rebels' sponsor; the report's rebels are the scene's."""
    text = ("KINSHASA (Reuters) - Congolese troops fought M23 rebels near Goma on Monday. "
            "Rwanda has denied backing the rebels.")
    coded = pipeline.code_text(text)
    assert "RWAREB" not in codes_of(coded, "rebels")


def test_shared_name_follows_the_document_into_nameless_mentions(pipeline) -> None:
    """"towns in eastern Congo" in a report naming the Democratic Republic of Congo is the DRC's, and so
    is the bare "Congo" it then names."""
    text = ("M23 rebels capture more towns in eastern Congo\n\nRebels seized two towns in eastern Congo on "
            "Saturday, residents said. Fighting between the army and the rebels displaced thousands in "
            "the Democratic Republic of Congo.")
    coded = pipeline.code_text(text)
    assert set(codes_of(coded, "Congo")) == {"COD"}


def test_a_province_bearing_a_states_name(pipeline) -> None:
    """"Niger state" (or "Niger State Police") with its word of subdivision is Nigeria's province, not
    the state of Niger; "Mexico State" stays Mexico's."""
    coded = pipeline.code_text("ABUJA, Nigeria (AA) - Gunmen killed five farmers in Nigeria's Niger state, "
                               "the Niger State Police Command told reporters.")
    codes = {m.actor.code for m in coded.mentions}
    assert not any(c.startswith("NER") for c in codes)
    coded = pipeline.code_text("Police in Mexico State arrested two suspects.")
    assert not any(m.actor.code.startswith("NER") for m in coded.mentions)


def test_opposition_leader_named_without_country_is_opposition(pipeline) -> None:
    """A countryless "opposition leader" title before a name gives the home's opposition (OPP), not a
    private person; "the protesters" later are still civilians, not that leader."""
    text = ("Police clash with Kenya protesters\n\nPolice used tear gas on protesters in Nairobi.\n\n"
            "Opposition leader Raila Odinga called the rallies and accused the government of rigging the "
            "vote. Riot police then fired tear gas to disperse the protesters.")
    coded = pipeline.code_text(text)
    assert set(codes_of(coded, "Raila Odinga")) == {"KENOPP"}
    assert set(codes_of(coded, "protesters")) <= {"KENCVL"}


def test_name_particle_in_a_known_person(pipeline) -> None:
    """"Staffan de Mistura" (the tagger's ORG) is the lexicon's person, the UN envoy."""
    coded = pipeline.code_text("GENEVA (Reuters) - Staffan de Mistura urged the Syrian government to "
                               "return to talks.", published="2016-03-01")
    assert set(codes_of(coded, "Staffan de Mistura")) == {"UN"}


def test_a_coalition_air_strike_is_the_coalition_at_war(pipeline) -> None:
    """A coalition word qualifying an act of war names the coalition acting, with no other armed actor
    named; the scene's coalition (Yemen: Saudi-led)."""
    coded = pipeline.code_text("Coalition air strike kills 12 in Yemen")
    assert any(e.type == "ASSAULT" and e.source.code == "SAUMIL" for e in coded.events)
    coded = pipeline.code_text("Coalition strikes deal on budget in Germany")
    assert not any(m.actor.code.endswith("MIL") for m in coded.mentions)


def test_origin_of_militants_places_only_them(pipeline) -> None:
    """"militants from over the frontier in Afghanistan ... shot dead three soldiers" in a report on
    Pakistan: the militants come from Afghanistan, the soldiers are not Afghan."""
    text = ("QUETTA, Pakistan (AP) - Gunmen attacked a checkpoint in Balochistan province on Sunday, the "
            "military said. On Wednesday militants from over the frontier in Afghanistan ambushed a "
            "patrol and shot dead three soldiers in Zhob district.")
    coded = pipeline.code_text(text)
    assert "AFGMIL" not in codes_of(coded, "soldiers")
    assert set(codes_of(coded, "militants")) == {"AFGUAF"}


def test_a_plural_opening_a_datelined_story_is_an_actor(pipeline) -> None:
    """The tagger reads "Gunmen" right after a dateline as a name: it is still the plural agent noun."""
    coded = pipeline.code_text("QUETTA, Pakistan (AP) - Gunmen attacked a checkpoint in Balochistan "
                               "province on Sunday, the military said.")
    assert set(codes_of(coded, "Gunmen")) == {"PAKUAF"}


def test_a_count_standing_alone_is_a_crowd(pipeline) -> None:
    """"Tens of thousands rallied in Belgrade" (a CAMEO probe of this round): the count is the crowd,
    civilians of the place; a count with an "of" phrase is what it counts."""
    coded = pipeline.code_text("Tens of thousands rallied in Belgrade against the government.")
    assert any(e.type == "PROTEST" and e.source.code == "SRBCVL" for e in coded.events)
    coded = pipeline.code_text("The army fired hundreds of rockets at Idlib.")
    assert not codes_of(coded, "hundreds")


def test_a_state_across_the_border_places_no_one(pipeline) -> None:
    """"a post along the border with Iran" in a report on Pakistan: the soldiers are not Iran's."""
    text = ("QUETTA, Pakistan (AP) - Militants attacked a checkpoint in Balochistan province on Sunday, "
            "the military said. Two soldiers died when militants raided a post in Kech district close to "
            "the border with Iran.")
    coded = pipeline.code_text(text)
    assert not any(c.startswith("IRN") for c in codes_of(coded, "soldiers"))
