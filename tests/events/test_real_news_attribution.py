"""Whose claim a real news sentence is: passive reports, misparsed speakers, press-release statements
and speakers the document names without a country.

Texts are excerpts of PolNeAR train articles (`shared/corpora/polnear/train/text/`, file named in each
test) and re3d documents (`shared/corpora/re3d/<folder>/documents.json`).
"""

from __future__ import annotations

from sitrep.actors import find_mentions
from sitrep.events.attribution import Attributor
from sitrep.nlp import parse_documents
from sitrep.records import Document


def _attributor(pipeline, text: str, published: str = "2016-01-01"):
    parsed = next(parse_documents([Document(id="t", text=text, published=published)], pipeline.nlp))
    return Attributor(parsed, find_mentions(parsed)), parsed.sections["text"]


def _claim(att: Attributor, doc, word: str):
    i = next(t.i for t in doc if t.text == word)
    return att.claim_for("text", i)


def test_subject_of_reported_to_is_not_the_speaker(pipeline):
    """re3d BBC Online, "Syria accuses Israel of bombardment": "Israeli jets were reported to have
    fired missiles": the jets did the firing; who reported it is not said (the journalist's source)."""
    att, doc = _attributor(pipeline, "Days earlier, on 30 November, Israeli jets were reported to have fired "
                                     "missiles from Lebanese airspace into Syria, striking Sabboura, an area "
                                     "outside Damascus.")
    claim = _claim(att, doc, "missiles")
    assert claim.speaker is None and claim.actor is None


def test_quoted_as_saying_keeps_its_passive_speaker(pipeline):
    """The same BBC report: "State television quoted the army as saying several rockets landed": the
    passive-infinitive rule leaves a cue with an active subject alone."""
    att, doc = _attributor(pipeline, "State television quoted the army as saying several rockets landed in "
                                     "the airport compound in Mezzeh.")
    assert _claim(att, doc, "rockets").speaker is not None


def test_participle_cue_after_a_name_is_that_persons(pipeline):
    """nyt_2015-12-22_trump-says-praise-from-putin-hel.txt: "Mitt Romney, the 2012 Republican presidential
    nominee, tweeted in response: ''Important distinction: thug Putin kills journalists ...''" — the
    parser hangs "tweeted" on Romney as a participle; Romney still speaks."""
    att, doc = _attributor(pipeline, "Mitt Romney, the 2012 Republican presidential nominee, tweeted in "
                                     "response: ''Important distinction: thug Putin kills journalists and "
                                     "opponents; our presidents kill terrorists and enemy combatants.''",
                           published="2015-12-22")
    assert _claim(att, doc, "kills").speaker == "Mitt Romney"


def test_quoted_person_without_country_is_of_the_home_country(pipeline, shared):
    """west-journal_2016-06-20_media-reports-reveal-reason-behi.txt: '"...," said Republican strategist
    Ryan Williams' in a report about Trump's campaign: a US speaker (the document's people are US)."""
    name = "west-journal_2016-06-20_media-reports-reveal-reason-behi.txt"
    path = shared / "corpora" / "polnear" / "train" / "text" / name
    att, doc = _attributor(pipeline, path.read_text(encoding="utf-8"), published="2016-06-20")
    start = doc.text.index("This shows donors")
    i = next(t.i for t in doc if t.idx >= start and t.text == "donors")
    claim = att.claim_for("text", i)
    assert claim.speaker == "Ryan Williams"
    assert claim.actor is not None and claim.actor.country == "USA"


def test_unknown_person_in_a_two_country_report_gets_no_country(pipeline, shared):
    """wash-post_2015-12-10_netanyahu-rejects-trump-s-remark.txt: '"He is not only a racist ...," said
    Issawi Frej, a member of parliament' — an Israeli in a report about Netanyahu and Trump: with two
    countries' people quoted throughout, no country is given to a name the text does not place."""
    name = "wash-post_2015-12-10_netanyahu-rejects-trump-s-remark.txt"
    path = shared / "corpora" / "polnear" / "train" / "text" / name
    att, doc = _attributor(pipeline, path.read_text(encoding="utf-8"), published="2015-12-10")
    i = next(t.i for t in doc if t.idx >= doc.text.index("He is not only a racist") and t.text == "racist")
    claim = att.claim_for("text", i)
    assert claim.speaker == "Issawi Frej"
    assert claim.actor is None


def test_groups_of_a_country_do_not_make_it_home_for_a_speaker(pipeline, shared):
    """re3d UK Government, "Liberation of Sinjar from ISIL terrorists": "Minister Ellwood said:" and his
    statement names "the Government of Iraq and the Iraqi people": Ellwood is not Iraqi."""
    import json

    path = shared / "corpora" / "re3d" / "UK Government" / "documents.json"
    docs = map(json.loads, filter(str.strip, path.read_text(encoding="utf-8").splitlines()))
    text = next(d["text"] for d in docs if d["title"].startswith("Liberation of Sinjar"))
    att, doc = _attributor(pipeline, text, published="2015-11-13")
    at = doc.text.index("The UK remains steadfast")
    i = next(t.i for t in doc if t.idx >= at and t.text == "steadfast")
    claim = att.claim_for("text", i)
    assert "Ellwood" in claim.speaker  # the statement after "Minister Ellwood said:" is his
    assert claim.actor is None or claim.actor.country != "IRQ"
