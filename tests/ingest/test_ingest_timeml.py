"""TimeML files (TempEval-3, TimeBank, AQUAINT) read as articles with their creation date and title."""

from __future__ import annotations

from sitrep.ingest import read_paths
from sitrep.records import Problem, RawDocument


def test_platinum_article_keeps_id_date_title_and_plain_text(shared):
    path = shared / "corpora" / "tempeval3" / "te3-platinum" / "nyt_20130321_cyprus.tml"
    (doc,) = list(read_paths([path]))
    assert isinstance(doc, RawDocument)
    assert doc.id == "nyt_20130321_cyprus"
    assert doc.published == "2013-03-21"
    assert doc.title == "For Euro Zone, a Cyprus Exit Would Have Little Impact"
    assert doc.content.startswith("A Cyprus exit from the euro union")
    assert "<EVENT" not in doc.content and "eid=" not in doc.content


def test_broken_timeml_is_one_problem_naming_the_file(tmp_path):
    bad = tmp_path / "broken.tml"
    bad.write_text("<TimeML><DOCID>x</DOCID><TEXT>unclosed", encoding="utf-8")
    (item,) = list(read_paths([bad]))
    assert isinstance(item, Problem)
    assert item.origin == str(bad) and "TimeML" in item.message
