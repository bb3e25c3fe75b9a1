"""Session 14 (actors4): a country from a province or state the text names without its country, from
pycountry's ISO 3166-2 first-level subdivisions (`lexicon.subdivision_country`): a name only one
country's subdivisions bear ("in Kunar"), or any name with the word of its type right after it that
agrees with ISO's type ("Benue state", "Oyo State", "Kunar province"). Names the data files know
("Georgia", "Victoria"), names several countries share ("Delta", "Central") and one-word names that are
English words ("Gulf", "West") are never guessed.

The sentences are constructed on the pattern of CASE 2021 snippets (whose text may not be quoted in
tests), not copied from them.
"""

from __future__ import annotations

from sitrep.actors.lexicon import gazetteer_country, subdivision_country

from .conftest import codes_of


def test_unique_subdivision_name() -> None:
    assert subdivision_country("Kunar") == "AFG"  # "Kunaṟ" in ISO 3166-2: diacritics folded
    assert gazetteer_country("Kunar") == "AFG"


def test_typed_subdivision_name() -> None:
    assert subdivision_country("Benue", "state") == "NGA"
    assert subdivision_country("Oyo", "State") == "NGA"  # a short name: only with its type
    assert subdivision_country("Oyo") is None
    assert subdivision_country("Van", "province") == "TUR"
    assert subdivision_country("Benue", "county") is None  # the type must agree


def test_names_never_guessed() -> None:
    for name in ("Georgia", "Victoria", "Central", "Delta", "Gulf", "West", "Texas", "Punjab"):
        assert subdivision_country(name) is None, name
    assert subdivision_country("Delta", "state") is None  # Nigeria's and Venezuela's
    assert subdivision_country("Georgia", "state") is None  # the data files decide


def test_gunmen_placed_by_typed_state(pipeline) -> None:
    coded = pipeline.code_text("Gunmen killed five villagers in Benue state on Monday.")
    assert codes_of(coded, "Gunmen") == ["NGAUAF"]


def test_gunmen_placed_by_province_name(pipeline) -> None:
    coded = pipeline.code_text("Gunmen attacked villagers in Kunar province on Sunday.")
    assert codes_of(coded, "Gunmen") == ["AFGUAF"]
    coded = pipeline.code_text("Gunmen attacked villagers in Kunar on Sunday.")
    assert codes_of(coded, "Gunmen") == ["AFGUAF"]
