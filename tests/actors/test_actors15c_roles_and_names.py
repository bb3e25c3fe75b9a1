"""Session 15, third wave (actors): people named by role only, bare soldiers in a one-state report,
a person later called by the given name alone.

The sentences are written on the pattern of the round's CAMEO probes (/work/notes/verbs15/probes.tsv:
"Turkish authorities detained 30 journalists in dawn raids", "Russian police arrested the opposition
leader") and of scraped news pages read this round (an AFP reprint datelined BANGKOK on Myanmar's
junta, a Pakistani foreign minister's talks), not copied from them.
"""

from __future__ import annotations

from .conftest import codes_of


def test_counted_journalists_are_people(pipeline) -> None:
    """A numeral before a journalist noun counts people, who are the acting state's at home."""
    coded = pipeline.code_text("Turkish authorities detained 30 journalists in dawn raids.")
    assert set(codes_of(coded, "journalists")) == {"TURJRN"}


def test_counted_magazines_stay_things(pipeline) -> None:
    """A counted magazine is ammunition, not the press."""
    coded = pipeline.code_text("Police seized 14 rifles, 31 magazines and 923 rounds in Mombasa.")
    assert not codes_of(coded, "magazines")


def test_the_opposition_leader_is_an_opposition_actor(pipeline) -> None:
    """A bare singular role ("the opposition leader") is an actor, and the opposition's (OPP), placed
    by the sentence's one state."""
    coded = pipeline.code_text("Russian police arrested the opposition leader on Monday.")
    assert set(codes_of(coded, "opposition leader")) == {"RUSOPP"}
    coded = pipeline.code_text("Zimbabwean police rounded up dozens of opposition activists.")
    assert set(codes_of(coded, "opposition activists")) == {"ZWEOPP"}


def test_protesters_and_opposition_media_keep_their_sectors(pipeline) -> None:
    """PLOVER's second sector OPP on "protesters" does not make them the opposition, and an
    opposition newspaper is still an outlet."""
    coded = pipeline.code_text("Kenyan police fired tear gas at protesters in Nairobi.")
    assert set(codes_of(coded, "protesters")) == {"KENCVL"}
    coded = pipeline.code_text("The government ordered the opposition newspaper to stop publishing, "
                               "the Nicaraguan information ministry said.")
    assert not any(c.endswith("OPP") for c in codes_of(coded, "opposition newspaper"))


def test_bare_soldiers_in_a_one_state_report_are_that_states(pipeline) -> None:
    """A report set in Myanmar (though datelined Bangkok) that names no other state's forces: its bare
    "soldiers" are Myanmar's."""
    text = ("BANGKOK (AFP) - Myanmar junta troops torched dozens of houses in a village in the Sagaing "
            "region, residents said on Monday.\n\nSoldiers also shot two villagers who tried to flee, a "
            "resident said.")
    coded = pipeline.code_text(text)
    assert set(codes_of(coded, "Soldiers")) == {"MMRMIL"}


def test_bare_soldiers_stay_unplaced_beside_another_states_forces(pipeline) -> None:
    """In a war report naming another state's forces, bare "soldiers" may be either side's."""
    text = ("KYIV (Reuters) - Russian troops shelled the city of Kharkiv on Monday, Ukrainian officials "
            "said.\n\nSoldiers also fired on a convoy of trucks, they said.")
    coded = pipeline.code_text(text)
    assert set(codes_of(coded, "Soldiers")) == {"UNKMIL"}


def test_a_given_name_alone_is_the_person_named_in_full(pipeline) -> None:
    """"Bilawal said" after "Foreign Minister Bilawal Bhutto Zardari" is the minister."""
    text = ("ISLAMABAD - Foreign Minister Bilawal Bhutto Zardari and his Afghan counterpart have "
            "emphasised the need to counter terrorism.\n\nBilawal said he was pleased to host his Afghan "
            "counterpart.")
    coded = pipeline.code_text(text)
    assert set(codes_of(coded, "Bilawal")) == {"PAKGOV"}

