"""Session 16 (actors2): a group's members follow a shared name to its second state, a counterpart's
office outranks the lexicon's former one, oligarchs are business actors, UN envoys are the UN's.

Sentences written for these tests on the pattern of the scraped pages read this round (a Reuters report
on fighting near Goma, a Samaa report on a Pakistani premier's talks in Beijing, a report on EU
sanctions, a UN envoy's Syria talks), not copied from them.
"""

from __future__ import annotations

from .conftest import codes_of


def _members(coded, text: str) -> set[str]:
    return {a.code for m in coded.mentions if m.text == text for a in m.members}


def test_group_members_follow_the_shared_name(pipeline) -> None:
    """"Congo" is the DR Congo's in a report naming Kinshasa: so are the members of "the two sides"
    built on it (before: COGMIL and RWAMIL, an ACCUSE dyad with the Republic of Congo)."""
    coded = pipeline.code_text("Kinshasa accused Rwanda of backing the M23 rebels. Congo's army fought "
                               "Rwandan troops near Goma on Monday. The two sides blame each other for "
                               "the fighting.")
    assert _members(coded, "The two sides") == {"CODMIL", "RWAMIL"}
    assert not any("COG" in (e.source.code, e.target.code) for e in coded.events if e.source and e.target)


def test_a_counterpart_holds_the_office_the_text_gives(pipeline) -> None:
    """An undated report: the lexicon makes Li Keqiang a former official (ELI); as the premier's
    counterpart he is China's government."""
    coded = pipeline.code_text("Prime Minister Imran Khan arrived in Beijing on Saturday. He signed the "
                               "accords after talks with his Chinese counterpart Li Keqiang.")
    assert set(codes_of(coded, "Li Keqiang")) == {"CHNGOV"}


def test_oligarchs_are_business_actors(pipeline) -> None:
    coded = pipeline.code_text("The European Union sanctioned seven Russian oligarchs on Monday.")
    assert set(codes_of(coded, "Russian oligarchs")) == {"RUSBUS"}
    assert any(e.type == "SANCTION" and e.source.code == "EU" and e.target.code == "RUSBUS"
               for e in coded.events)


def test_un_envoy_named_by_nationality_is_the_uns(pipeline) -> None:
    """"Norwegian diplomat Geir Pedersen": the UN's Syria envoy, whatever his passport."""
    coded = pipeline.code_text("Norwegian diplomat Geir Pedersen met Syrian officials in Damascus on "
                               "Tuesday.", published="2023-05-02")
    assert set(codes_of(coded, "Geir Pedersen")) == {"UN"}


def test_a_states_border_is_no_scene(pipeline) -> None:
    """"close to Mauritania's border" in a report on Mali places the assailants' victims in Mali, not in
    Mauritania (before: MRTCVL); a Reuters-style report on an army base attack, written for this test."""
    coded = pipeline.code_text("BAMAKO (Reuters) - Militants attacked an army base in central Mali on "
                               "Tuesday. A local official said gunmen also wounded 20 people at the base, "
                               "which lies close to Mauritania's border.")
    assert "MRTCVL" not in codes_of(coded, "people")
    assert not any(e.target and e.target.country == "MRT" for e in coded.events)


def test_a_states_own_border_with_another_is_its_scene(pipeline) -> None:
    """"close to Mali's border with Mauritania": Mali's side (the owner keeps placing the rebels' act)."""
    coded = pipeline.code_text("Tuareg rebels killed 12 soldiers in a raid on a garrison near Mali's border "
                               "with Mauritania on Sunday, military sources said.")
    assert any(e.type == "ASSAULT" and e.target and e.target.code == "MLIMIL" for e in coded.events)
