"""A wire dateline names where a story was filed, not who acts in it (actors/mentions.py, clean/header.py)."""

from __future__ import annotations

from sitrep.clean.header import dateline_spans


def _sources(coded) -> set[str | None]:
    return {e.source.code if e.source else None for e in coded.events}


def test_the_dateline_place_is_no_source(pipeline) -> None:
    # PolNeAR train breitbart_2015-12-20_republican-donor-adelson-and-tru.txt: "MACAU (Reuters) –"
    # made Macau the party of the meeting.
    text = ("MACAU (Reuters) – Top Republican Party donor Sheldon Adelson said on Friday he met presidential "
            "candidate Donald Trump earlier this week.")
    coded = pipeline.code_text(text, published="2016-02-20")
    assert not any((code or "").startswith("MAC") for code in _sources(coded))


def test_the_subject_behind_a_dateline_acts(pipeline) -> None:
    # chron.com AP report in the article-extraction benchmark (Esper in Hanoi, 2019): the parser makes
    # "HANOI" the subject with the defence secretary as its apposition.
    text = ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China of using "
            "coercion and intimidation against smaller nations in the South China Sea.")
    coded = pipeline.code_text(text, published="2019-11-20")
    assert {(e.source.country, e.target.country, e.type) for e in coded.events} == {("USA", "CHN", "ACCUSE")}


def test_dateline_spans_open_paragraphs_only() -> None:
    text = ("Kabul (AFP) - Afghan forces retook the district.\n"
            "Officials said WASHINGTON (AP) — was quoted.\n"
            "The UN (United Nations) - said it would help.")
    assert [text[a:b] for a, b in dateline_spans(text)] == ["Kabul (AFP) - "]
