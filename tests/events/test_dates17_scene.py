"""An act of force's date from the scene sentence right after its report (session 17, fields round): "The
incident took place Sunday night in ... district, Tolo News reported" dates the ambush just told, when its
own sentence names no day of it. Each sentence is written in the form of a real report of the round-17
fields sample (the outlet is named); the whole pipeline codes it."""

from __future__ import annotations

from tests.events.conftest import of_type


def test_a_scene_sentence_dates_the_ambush_just_reported(whole):
    # form of a kolkata24x7 2015 Kabul story (an ambush in a province, "media reported" on a weekday; then the
    # incident "took place" the night before in a named district, a TV channel reported): that night, not the
    # day of the media report
    ev = of_type(whole("Taliban insurgents ambushed an army convoy in Afghanistan's Farah province, media "
                       "reported on Tuesday. The incident took place Monday night in Bala Buluk district, "
                       "Tolo News reported.", published="2015-06-10"), "ASSAULT")
    assert ev.event_date == "2015-06-08"
    assert ev.location == "Farah province"  # its own clause's place comes first


def test_a_scene_sentence_dates_no_accusation(whole):
    # the scene retells the act of force, not the speech act that reported it
    events = whole("Vietnam on Wednesday accused the Chinese coast guard of ramming its fishing boat. The "
                   "incident happened on Sunday near the Paracel Islands.", published="2020-04-09")
    assert of_type(events, "ACCUSE").event_date == "2020-04-08"
