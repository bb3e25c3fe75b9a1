"""Session 15: one happening told twice in a report is one event (`sitrep.events.merge`).

The sentences are written in the form of news pages read this session (pages sample, merge helper):
a BBC lead naming an arrested leader and his party's members in one span, a Los Angeles Times headline
with no doer over a lead that names it, a monitoring group's count of air strikes on a named group in a
named place.
"""

from __future__ import annotations

from sitrep.events.merge import Telling, merge_events
from sitrep.records import Actor, Event, Evidence


def _codes(coded, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in coded.events if e.type == type_]


def test_one_span_naming_a_state_and_its_people_is_one_arrest(pipeline) -> None:
    # BBC form: "A senior Bangladesh opposition leader and dozens of members of his party have been
    # arrested ..." coded the arrest of Bangladesh and of Bangladeshi civilians, two events for one
    coded = pipeline.code_text("A senior Kenyan opposition leader and dozens of members of his party have "
                               "been arrested after violent protests in Nairobi.")
    assert _codes(coded, "COERCE") == [("KENCOP", "KENOPP")]


def test_a_headline_with_no_doer_is_the_lead_that_names_it(pipeline) -> None:
    # Los Angeles Times form: "Airstrikes on Islamic State-held villages in Syria kill at least 56
    # civilians" over a lead that names who struck; the headline had stayed a second event (UNKUAF)
    coded = pipeline.code_text(
        "Russian warplanes killed at least 30 civilians in villages in northern Syria on Tuesday, "
        "activists said.", title="Airstrikes on rebel-held villages in Syria kill 30 civilians")
    assaults = [e for e in coded.events if e.type == "ASSAULT"]
    assert [(e.source.code, e.target.code) for e in assaults] == [("RUSMIL", "SYRCVL")]
    assert [span.section for span in assaults[0].also] == ["title"]


def test_the_place_struck_is_not_a_second_recipient(pipeline) -> None:
    # written in the form of a CASE 2021 snippet (even ids): insurgents "in north-east Nigeria" attacked
    # Cameroon and Niger: Nigeria is where they are, not whom they attacked; Niger is not "Nigeria"
    coded = pipeline.code_text("Insurgents who hold villages in north-east Nigeria carried out several "
                               "cross-border attacks this month against two other neighbours of Nigeria, "
                               "Cameroon and Niger.")
    assert sorted(t for _, t in _codes(coded, "ASSAULT")) == ["CMR", "NER"]


def test_two_states_struck_in_one_span_stay_two(pipeline) -> None:
    # no place named: both are recipients
    coded = pipeline.code_text("Israeli jets struck Syria and Hezbollah on Sunday, the army said.")
    assert sorted(t for _, t in _codes(coded, "ASSAULT")) == ["LBNREB", "SYR"]


US, USMIL = Actor.of("USA", "United States"), Actor.of("USA", "coalition forces", "MIL")
SYRIA, ISIL = Actor.of("SYR", "Syria"), Actor("IMG", "Islamic State")


def _strike(source: Actor, target: Actor, start: int, end: int, text: str) -> Event:
    return Event(source, target, "ASSAULT", "asserted", Evidence(text, start, end), trigger="strike",
                 location="northern Syria")


def test_a_strike_on_a_group_in_a_place_is_one_strike_on_the_group() -> None:
    # pages sample (Syrian Observatory report): "US-led air strikes targeting ISIL positions in a
    # village in northern Syria" coded a strike on Syria (its place) and on the Islamic State
    text = "US-led air strikes targeting Islamic State positions in a village in northern Syria"
    on_place = _strike(US, SYRIA, 0, len(text), text)
    on_group = _strike(USMIL, ISIL, 19, len(text), text[19:])
    one_sentence = Telling(sentence=0, definite=False, anew=False, newcomer=False)
    merged = merge_events([on_place, on_group], {id(on_place): one_sentence, id(on_group): one_sentence})
    assert [(e.source.code, e.target.code) for e in merged] == [("USAMIL", "IMG")]


def test_a_merged_telling_brings_the_spans_it_had_taken_in() -> None:
    # a telling that had taken in a headline keeps it when it joins an earlier telling
    first = Event(US, SYRIA, "SANCTION", "asserted", Evidence("the US imposed sanctions on Syria", 0, 33))
    later = Event(US, SYRIA, "SANCTION", "asserted", Evidence("it imposed sanctions on Syria", 100, 129))
    later.also.append(Evidence("US sanctions Syria", 0, 18, "title"))
    merged = merge_events([first, later])
    assert len(merged) == 1
    assert sorted((s.section, s.start) for s in merged[0].also) == [("text", 100), ("title", 0)]


GUNMEN, SOLDIERS = Actor("UNKUAF", "gunmen", "UAF"), Actor.of("NGA", "soldiers", "MIL")
VILLAGERS = Actor.of("NGA", "villagers", "CVL")


def test_a_headline_leaves_one_side_unnamed_not_both() -> None:
    # "Gunmen kill 10 villagers" over "Soldiers killed 10 gunmen": each side of one is unnamed or another
    # actor in the other, so nothing ties them; they stay two acts with their own sides
    body = Event(SOLDIERS, GUNMEN, "ASSAULT", "asserted", Evidence("Soldiers killed 10 gunmen", 0, 25),
                 trigger="kill")
    headline = Event(GUNMEN, VILLAGERS, "ASSAULT", "asserted",
                     Evidence("Gunmen kill 10 villagers", 0, 24, "title"), trigger="kill")
    merged = merge_events([body, headline])
    assert sorted((e.source.code, e.target.code) for e in merged) == [("NGAMIL", "UNKUAF"),
                                                                     ("UNKUAF", "NGACVL")]
