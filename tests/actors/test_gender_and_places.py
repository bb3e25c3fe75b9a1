"""Pronoun gender, US towns with an abbreviated state, native nations, titles of a place and plural
home offices, on real news.

Texts are excerpts of PolNeAR train articles (`shared/corpora/polnear/train/text/`, file named in each
test) or re3d documents (`shared/corpora/re3d/<folder>/documents.json`).
"""

from __future__ import annotations

import json

from tests.conftest import CORPORA

from sitrep.actors.gender import fits, surname_genders

POLNEAR = CORPORA / "polnear" / "train" / "text"


def _pronouns(coded, word: str) -> list[str | None]:
    return [m.person for m in coded.mentions if m.kind == "pronoun" and m.text.lower() == word]


def test_she_is_not_the_man_named_last(pipeline):
    """breitbart_2016-05-15_trump-talks-to-megyn-kelly-about.txt: "her" was Trump, and "Kelly" (a surname
    the tagger reads as a person's) and the many "she" after it were nobody."""
    path = POLNEAR / "breitbart_2016-05-15_trump-talks-to-megyn-kelly-about.txt"
    coded = pipeline.code_text(path.read_text(encoding="utf-8"), published="2016-05-15")
    female = _pronouns(coded, "she") + _pronouns(coded, "her")
    assert len(female) >= 10
    assert set(female) <= {"Kelly", "Megyn Kelly"}


def test_honorific_marks_gender(pipeline):
    """nyt_2016-06-03_no-love-lost-between-trump-and-t.txt (shortened): "Mrs. Clinton" is a woman, so
    "he" after her is the man named before."""
    text = ("Mr. Trump attacked Mrs. Clinton on Thursday. He said she had no plan.")
    coded = pipeline.code_text(text, published="2016-06-03")
    assert set(_pronouns(coded, "he")) == {"Donald Trump"}


def test_gender_helpers():
    """A surname marked both ways ("Hillary Clinton", "Bill Clinton") marks nothing; an unknown
    gender fits either pronoun."""
    marked = [("Hillary Clinton", "f"), ("Bill Clinton", "m"), ("Mr. Trump", "m")]
    assert surname_genders(marked) == {"trump": "m"}
    assert fits("she", None) and fits("her", "f") and not fits("she", "m") and fits("it", "m")


def test_town_with_abbreviated_us_state_is_no_capital(pipeline):
    """nyt_2016-06-03_no-love-lost-between-trump-and-t.txt: "San Jose, Calif." was Costa Rica's capital."""
    text = ("Scott Slinker, a 55-year-old entrepreneur in San Jose, Calif., gave the candidate $250 last "
            "summer. Police in San Jose, Calif., arrested 12 protesters.")
    coded = pipeline.code_text(text, published="2016-06-03")
    codes = {m.actor.code[:3] for m in coded.mentions}
    assert "CRI" not in codes
    assert any(m.text == "Police" and m.actor.code == "USACOP" for m in coded.mentions)


def test_indian_nation_is_american(pipeline):
    """breitbart_2016-06-28_underdog-conservative-claudia-te.txt: "Oneida Indian Nation" was India."""
    text = ("Tenney previously helped fight Oneida Indian Nation leader Ray Halbritter, who spearheaded the "
            "campaign to change the Washington Redskins mascot.")
    coded = pipeline.code_text(text, published="2016-06-28")
    assert "IND" not in {m.actor.code[:3] for m in coded.mentions}


def test_title_of_the_place_visited_is_the_visitor_s(pipeline, shared):
    """re3d UK Government E967805E ("Minister for Central Asia visits Turkey and Uzbekistan"): "In Turkey
    Minister Ellwood met with the Syrian National Coalition" was a Turkish minister's meeting."""
    path = shared / "corpora" / "re3d" / "UK Government" / "documents.json"
    docs = map(json.loads, filter(str.strip, path.read_text(encoding="utf-8-sig").splitlines()))
    doc = next(d for d in docs if d["title"].startswith("Minister for Central Asia visits Turkey"))
    coded = pipeline.code_text(doc["title"] + "\n\n" + doc["text"], published="2016-04-07")
    met = [e for e in coded.events if e.evidence and "Minister Ellwood met" in e.evidence.text]
    assert met and all(e.source.code[:3] == "GBR" for e in met)
    assert not [m for m in coded.mentions if m.actor.code == "TURGOV"]


def test_plural_home_office_is_home(pipeline):
    """wash-post_2016-03-10_after-hour-filibuster-missouri-s.txt: "the senators" of a US report were
    nobody's legislators."""
    coded = pipeline.code_text((POLNEAR / "wash-post_2016-03-10_after-hour-filibuster-missouri-s.txt")
                               .read_text(encoding="utf-8"), published="2016-03-10")
    assert [m.actor.code for m in coded.mentions if m.text == "senators"] == ["USALEG"]


def _re3d_text(shared, folder: str, title: str) -> str:
    path = shared / "corpora" / "re3d" / folder / "documents.json"
    docs = map(json.loads, filter(str.strip, path.read_text(encoding="utf-8-sig").splitlines()))
    doc = next(d for d in docs if d["title"].startswith(title))
    return doc["title"] + "\n\n" + doc["text"]


def test_these_terrorists_are_the_group_named_before(pipeline, shared):
    """re3d UK Government ED9C03D1 (Ellwood on Mosul): "... the UK, the wider Global Coalition and the
    Government of Iraq are committed to defeating these terrorists" after "ISIL terrorists" was nobody."""
    title = "Minister for the Middle East Tobias Ellwood comments on the situation in Mosul"
    coded = pipeline.code_text(_re3d_text(shared, "UK Government", title), published="2015-06-09")
    described = {(m.text, m.actor.code) for m in coded.mentions if m.kind == "description"}
    assert ("terrorists", "IMG") in described


def test_royal_air_force_is_british_and_local_forces_are_not(pipeline, shared):
    """re3d UK Government C66A9E77 ("Liberation of Sinjar"): "Royal Air Force and other Coalition forces
    provided vital air support for local, legitimate ground forces" had no British actor."""
    text = _re3d_text(shared, "UK Government", "Liberation of Sinjar")
    coded = pipeline.code_text(text, published="2015-11-13")
    codes = {m.text: m.actor.code for m in coded.mentions}
    assert codes["Royal Air Force"] == "GBRMIL"
    assert not codes.get("ground forces", "").startswith("GBR")


def test_region_before_a_title_is_the_home_federation_s(pipeline):
    """huff-post_2016-07-18_so-long-grand-old-party-hello-wh.txt: "former Georgia Gov. Jimmy Carter" was
    a Georgian (GEO) official, and it kept the later "Georgia could also wind up closer" a state."""
    path = POLNEAR / "huff-post_2016-07-18_so-long-grand-old-party-hello-wh.txt"
    coded = pipeline.code_text(path.read_text(encoding="utf-8"), published="2016-07-18")
    assert not [m for m in coded.mentions if m.actor.country == "GEO"]
    assert [m.actor.country for m in coded.mentions if m.text == "Georgia Gov."] == ["USA"]
