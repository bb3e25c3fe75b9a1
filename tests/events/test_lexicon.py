"""The event lexicon: every entry loads, maps to a PLOVER type and covers the ontology."""

from __future__ import annotations

from sitrep.events.lexicon import load_cameo_table, load_lexicon
from sitrep.records import PLOVER_TYPES


def test_every_plover_type_has_verbs():
    lex = load_lexicon()
    assert len(lex.verbs) >= 300
    assert {e.type for e in lex.verbs.values()} == set(PLOVER_TYPES)


def test_entries_are_valid():
    lex = load_lexicon()
    for entry in [*lex.verbs.values(), *lex.nouns.values()]:
        assert entry.type in PLOVER_TYPES, entry
        assert entry.cameo.isdigit(), entry


def test_cameo_table_follows_plover_2021():
    # CAMEO2PLOVER-2021 (openeventdata/PLOVER): 163 "impose embargo/sanctions" is COERCE there,
    # 057 "sign formal agreement" is SUPPORT, and 0841 "release persons" is RETREAT.
    table = load_cameo_table()
    assert (table["163"].type, table["057"].type, table["0841"].type) == ("COERCE", "SUPPORT", "RETREAT")


def test_codes_keep_leading_zeros():
    # YAML would read 051 as an octal number; the loader must keep CAMEO codes as written.
    assert load_lexicon().verbs["praise"].cameo == "051"


def test_reversals_undo_the_event_noun_by_its_cameo_code():
    # CAMEO 08/16 codebook descriptions: easing administrative sanctions is 081 (CONCEDE, PLOVER:
    # "removing curfews"), easing economic sanctions 085 and de-escalating 087 are RETREAT, halting
    # talks or aid reduces relations (164/162), and withdrawing a demand yields (PLOVER REQUEST notes).
    verbs = load_lexicon().verbs
    got = {k: (verbs[k].cameo, verbs[k].type) for k in
           ("lift curfew", "lift sanction", "halt offensive", "suspend talk", "halt aid", "drop demand",
            "call off strike")}
    assert got == {"lift curfew": ("081", "CONCEDE"), "lift sanction": ("085", "RETREAT"),
                   "halt offensive": ("087", "RETREAT"), "suspend talk": ("164", "SANCTION"),
                   "halt aid": ("162", "SANCTION"), "drop demand": ("080", "CONCEDE"),
                   "call off strike": ("082", "CONCEDE")}


def test_object_families_and_single_entries():
    # Families are expanded to "verb object" keys; an entry written out in `verbs` wins over them.
    verbs = load_lexicon().verbs
    assert (verbs["establish tie"].type, verbs["take hostage"].type, verbs["summon ambassador"].type) == (
        "SUPPORT", "ASSAULT", "ACCUSE")
    assert verbs["grant demand"].type == "CONCEDE"  # written out; "grant" is also a light verb


def test_actor_object_variant():
    # "welcome" praises a decision (051 SUPPORT) but hosts a visitor (043 CONSULT); "expel" reduces
    # relations (166; an agency expelled, CAMEO 1663) but expels people as COERCE (PLOVER: deportations
    # of individuals).
    verbs = load_lexicon().verbs
    assert (verbs["welcome"].type, verbs["welcome"].with_actor.type) == ("SUPPORT", "CONSULT")
    assert (verbs["expel"].type, verbs["expel"].with_people.type) == ("SANCTION", "COERCE")
    assert verbs["expel"].with_actor is None


def test_no_duplicate_keys_in_the_yaml():
    # YAML keeps the last of two equal keys silently; every entry must be written once.
    from importlib import resources

    for name in ("verbs.yaml", "nouns.yaml"):
        text = resources.files("sitrep.events").joinpath("data", name).read_text(encoding="utf-8")
        entries = [ln for ln in text.splitlines() if ln.startswith("  ") and not ln.startswith("   ")]
        keys = [ln.split(":")[0].strip() for ln in entries
                if ":" in ln and not ln.strip().startswith(("#", "-"))]
        assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})


def test_malformed_family_names_the_file():
    # A family without a code is a data error reported against verbs.yaml, not a KeyError.
    import pytest

    from sitrep.errors import SitrepError
    from sitrep.events.lexicon import _families

    with pytest.raises(SitrepError, match=r"verbs\.yaml"):
        _families([{"verbs": ["lift"], "objects": ["curfew"]}], load_cameo_table(),
                  "sitrep/events/data/verbs.yaml")
