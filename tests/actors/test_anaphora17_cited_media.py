"""A news agency a report cites gives no home country to "the army" (session 17, claims).

The sentence is written in the form of wire reports in /work/notes/pages17/claims ("..., a spokesman
told AFP"), not copied from them: the agency's country is where the news went, not whose army it is
(CODEBOOK, Actors: never guess a culprit the text does not name).
"""

from __future__ import annotations


def test_the_army_is_not_the_cited_agencys(pipeline) -> None:
    text = ("Officials said the army had killed 12 militants in the raid. An army spokesman told AFP that "
            "troops had stormed the hideout at dawn.")
    coded = pipeline.code_text(text, published="2020-06-10")
    army = [m for m in coded.mentions if m.text == "army" and m.kind == "description"]
    assert all(m.actor.country != "FRA" for m in army)


def test_the_army_still_takes_the_one_state_the_report_names(pipeline) -> None:
    text = ("Pakistani officials said the army had killed 12 militants in the raid, an army spokesman told "
            "AFP.")
    coded = pipeline.code_text(text, published="2020-06-10")
    assert any(e.source is not None and e.source.code == "PAKMIL" for e in coded.events)
