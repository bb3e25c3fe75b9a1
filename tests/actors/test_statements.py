"""First-person speech in government statements resolved to the issuer (actors/statements.py), and a
coalition named as a modifier ("a coalition airstrike") coded as its leader's forces
(actors/coalition.py). Each text is a document of the re3d corpus named in its test."""

import json

import pytest


def _re3d(shared, folder: str, doc_id: str) -> dict:
    path = shared / "corpora" / "re3d" / folder / "documents.json"
    lines = filter(str.strip, path.read_text(encoding="utf-8-sig").splitlines())
    return next(d for d in map(json.loads, lines) if d["_id"].startswith(doc_id))


def _pronouns(coded, words: set[str]) -> list[str]:
    return [m.actor.code for m in coded.mentions if m.kind == "pronoun" and m.text.lower() in words]


def _keys(coded) -> set[tuple[str, str | None, str]]:
    return {(e.source.code[:3], e.target.code[:3] if e.target else None, e.type) for e in coded.events}


@pytest.fixture(scope="module")
def ellwood(pipeline, shared):
    """re3d UK Government 33A216AD: "Tobias Ellwood, Foreign Office Minister for the Middle East,
    said:" then a statement in the first person without quotation marks."""
    doc = _re3d(shared, "UK Government", "33A216AD")
    return pipeline.code_text(doc["text"], title=doc["title"], published="2015-06-01")


def test_i_after_a_colon_introduction_is_the_minister(ellwood):
    assert set(_pronouns(ellwood, {"i"})) == {"GBRGOV"}
    assert ("GBR", "IRQ", "REQUEST") in _keys(ellwood)  # "I encourage the Government of Iraq ... to"


def test_we_of_a_present_tense_state_statement_is_that_state(pipeline, shared):
    """re3d US State Department 6413ED35: "The United States strongly condemns ... We also urge the
    Government of Iraq to provide additional security"."""
    doc = _re3d(shared, "US State Department", "6413ED35")
    coded = pipeline.code_text(doc["text"], title=doc["title"], published="2013-06-01")
    assert set(_pronouns(coded, {"we", "our"})) == {"USA"}
    assert ("USA", "IRQ", "REQUEST") in _keys(coded)


def test_headline_by_names_the_issuer(pipeline, shared):
    """re3d US State Department 2C271BB8: "Statement by Secretary of Defense Ash Carter on the
    Liberation of Dabiq" over a text that opens "I welcome today's news"."""
    doc = _re3d(shared, "US State Department", "2C271BB8")
    coded = pipeline.code_text(doc["text"], title=doc["title"], published="2016-10-16")
    assert {c[:3] for c in _pronouns(coded, {"i", "our"})} == {"USA"}


def test_issuer_is_the_speaker_not_a_name_after_the_subject(pipeline, shared):
    """re3d UK Government 189862CF: the text opens "Foreign Secretary statement on UN chemical weapons
    report" glued by the parser to "The Foreign Secretary, Boris Johnson, said:"; "We" is Johnson's,
    not the UN's."""
    doc = _re3d(shared, "UK Government", "189862CF")
    coded = pipeline.code_text(doc["text"], title=doc["title"], published="2016-08-25")
    assert {c[:3] for c in _pronouns(coded, {"we"})} == {"GBR"}


def test_news_report_quoting_officials_gives_no_voice(pipeline, shared):
    """re3d CENTCOM 6646F63F: a past-tense news report whose quotes say "our resolve ... our Turkish
    allies": the events stage gives a quote's pronouns its speaker; no statement voice is made."""
    doc = _re3d(shared, "CENTCOM", "6646F63F")
    coded = pipeline.code_text(doc["text"], title=doc["title"], published="2016-12-01")
    assert _pronouns(coded, {"we", "i", "our"}) == []


def test_coalition_airstrike_is_the_leaders_military(pipeline, shared):
    """re3d CENTCOM 28829CF8: "... was struck and killed by a coalition airstrike near Tabqa Dam"."""
    doc = _re3d(shared, "CENTCOM", "28829CF8")
    coded = pipeline.code_text(doc["text"], title=doc["title"], published="2016-06-01")
    assert "USAMIL" in [m.actor.code for m in coded.mentions if m.text == "coalition"]


def test_title_over_a_list_of_states_is_each_states(pipeline):
    """CAMEO codebook (benchmarks/event-coding/cameo-codebook.jsonl), an example of code 0256: "Because
    of the compound source (governments of Iraq and Egypt), two events are coded."."""
    text = ("The presidents of Iraq and Egypt called on Tuesday for the withdrawal of Syrian and other "
            "foreign forces from Lebanon to end 14 years of civil war there.")
    coded = pipeline.code_text(text, published="2016-01-01")
    assert {("IRQ", "SYR", "REQUEST"), ("EGY", "SYR", "REQUEST")} <= _keys(coded)


def test_our_partners_are_not_the_issuer(pipeline, shared):
    """re3d US State Department 487C0B93: "The United States condemns ... We remain committed to working
    with Prime Minister Al-Abadi, the Iraqi Security Forces, and our partners in the international
    community": "We" is the United States, "our" before "partners" names others."""
    doc = _re3d(shared, "US State Department", "487C0B93")
    coded = pipeline.code_text(doc["text"], title=doc["title"], published="2014-06-01")
    assert "USA" in _pronouns(coded, {"we"})
    ours = [m for m in coded.mentions if m.kind == "pronoun" and m.text.lower() == "our"]
    partners = doc["text"].index("our partners")
    assert all(m.start != partners for m in ours)
