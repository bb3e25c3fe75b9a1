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
