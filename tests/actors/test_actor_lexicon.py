"""The actor vocabulary: data files load into one phrase table, and bad files fail clearly."""

from __future__ import annotations

import pytest

from sitrep.actors.agents_source import convert, regular_plural
from sitrep.actors.lexicon import load_lexicon, norm, read_rows
from sitrep.errors import InputError


def test_country_names_from_libraries_and_news_overrides():
    phrases = load_lexicon().phrases
    assert phrases["iran"].country == "IRN"  # pycountry common name
    assert phrases["the islamic republic"].country == "IRN"  # countries.tsv (news usage)
    assert phrases["u.s."].country == "USA" and phrases["u.s."].caps_only
    assert phrases["burkina faso"].country == "BFA"  # country_converter name_short
    assert "jersey" not in phrases  # blocked: in news text it is not the Channel Island


def test_demonyms_capitals_and_seats_of_power():
    phrases = load_lexicon().phrases
    assert phrases["iranians"].kind == "demonym" and phrases["iranians"].country == "IRN"
    assert phrases["tehran"].metonym and phrases["tehran"].country == "IRN"
    assert phrases["pentagon"].country == "USA" and phrases["pentagon"].sector == "MIL"
    assert phrases["knesset"].sector == "LEG"
    assert phrases["un security council"].org == "UNSC"


def test_norm_straightens_quotes_and_hyphen_spacing():
    assert norm("Britain’s  Defense Ministry") == "britain's defense ministry"
    assert norm("Amir - Abdollahian") == "amir-abdollahian"


def test_plover_agents_conversion(shared):
    # plover-agents.txt (NGEC-2025, MIT): substitution sets, irregular and regular plurals.
    rows = {p: (s, s2) for p, s, s2 in convert(shared / "benchmarks/event-coding/plover-agents.txt")}
    assert rows["soldiers"] == ("MIL", "-")
    assert rows["policemen"] == ("COP", "-")  # POLICE!PERSON! expanded
    assert rows["justice minister"][0] == "GOV"  # JUSTICE_!MINIST!
    assert rows["protesters"] == ("CVL", "OPP")  # [~CVLOPP] split in two sectors
    assert regular_plural("police chief") == "police chiefs" and regular_plural("militia") == "militias"


def test_bad_data_file_names_file_and_line(tmp_path):
    (tmp_path / "capitals.tsv").write_text("# capital\tiso3\nMoscow\tRUS\nTehran IRN\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        list(read_rows("capitals.tsv", 2, root=tmp_path))
    assert "line 3" in str(err.value) and "capitals.tsv" in str(err.value)
