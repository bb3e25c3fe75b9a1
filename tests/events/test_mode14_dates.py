"""Event dates on real news (session 14): a date down a chain of nouns dates its noun, not the event;
with no publication date a relative date of the event's leaves it undated rather than let a worse date
stand in; a past act in a sentence naming no time takes the narrative's day from the sentence before.

Sentences from the TempEval-3 AQUAINT texts (`shared/corpora/tempeval3/AQUAINT/<file>`, with their
DCT) and ECB+ (`shared/corpora/ecbplus/ECB+/<topic>/<file>`), judged by CODEBOOK.md (event_date).
"""

from __future__ import annotations

from sitrep.events.dates import resolve_event_date


def _date(pipeline, text: str, word: str, published: str | None, nth: int = 0) -> str | None:
    doc = pipeline.nlp(text)
    trigger = [t for t in doc if t.text == word][nth]
    return resolve_event_date(trigger.sent, published, trigger)


def test_a_year_down_a_noun_chain_dates_its_noun(pipeline) -> None:
    # ECB+ 36/36_9ecbplus.xml: 2001 is the marriage's year, not the holding's (Jeffs was arrested in 2006)
    text = ("Jeffs had been held at the Utah State Prison since his arrest , and eventual conviction , on "
            "two charges of rape as an accomplice for his role in the 2001 marriage of an underage "
            "follower - then 14 - to her 19 - year - old cousin .")
    assert _date(pipeline, text, "held", "2010-04-01") is None


def test_a_setting_noun_on_the_verb_still_dates_it(pipeline) -> None:
    # constructed control: "In a December interview" sets the scene of the verb it hangs on
    text = "In a December interview with the Associated Press, Putin criticized Obama."
    assert _date(pipeline, text, "criticized", "2016-05-04") == "2015-12"


def test_an_unresolvable_day_of_the_event_lets_no_other_date_in(pipeline) -> None:
    # AQUAINT APW20000124.0182.tml read with no publication date: "Monday" is the warrant's day, unknown
    # without one; 1995 is the shooting's year, not the charge's
    text = ("The Canadian warrant issued Monday charged Kopp with attempted murder in the 1995 shooting of "
            "Dr. Hugh Short, who was wounded in the elbow but survived the attack at his home in Ancaster, "
            "Ontario.")
    assert _date(pipeline, text, "charged", None) is None
    assert _date(pipeline, text, "charged", "2000-01-24") == "2000-01-24"  # with its DCT: Monday


def test_a_weekday_with_its_date_beside_it_is_one_time(pipeline) -> None:
    # ECB+ 30/30_10ecbplus.xml read with no publication date: "Saturday, 8 October 2011" names one day
    text = ("Seacom started to experience problems on Saturday , 8 October 2011 , which it said was caused "
            "by a problem on a cable between Abu Talat in Egypt and Marseilles in France .")
    assert _date(pipeline, text, "started", None) == "2011-10-08"


def test_a_past_act_takes_the_narratives_day(pipeline) -> None:
    # AQUAINT APW19980820.1428.tml (DCT 1998-08-20): the injuries are the bombings' day
    text = ("The embassy bombings, on Aug. 7, killed 247 people in Kenya and 10 in Tanzania. More than 5,500 "
            "people were injured, mostly Kenyans.")
    assert _date(pipeline, text, "injured", "1998-08-20") == "1998-08-07"


def test_a_reported_past_act_takes_it_too(pipeline) -> None:
    # AQUAINT APW19980808.0022.tml (DCT 1998-08-08)
    text = ("The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a crowded "
            "building toward the embassy and a street packed with cars, trucks and buses. At least 75 "
            "people were killed and 1,643 wounded there, Red Cross and ambulance officials said.")
    assert _date(pipeline, text, "killed", "1998-08-08") == "1998-08-07"


def test_an_act_within_a_named_happening_keeps_that_ones_day(pipeline) -> None:
    # AQUAINT XIE19980814.0294.tml (DCT 1998-08-14): the Americans died in the bombing of Aug. 7, not on
    # the Wednesday of the meeting told before
    text = ("Clinton met with his top aides Wednesday in the White House to assess the situation following "
            "the twin bombings at U.S. embassies in Kenya and Tanzania, which have killed more than 250 "
            "people and injured over 5,000, most of them Kenyans and Tanzanians. Twelve Americans were "
            "killed in the Kenya embassy bombing.")
    assert _date(pipeline, text, "killed", "1998-08-14", nth=1) is None


def test_a_time_shifting_adverb_leaves_the_narrative(pipeline) -> None:
    # constructed control: "Earlier" moves off Monday, and "had" steps back from it
    text = ("On Monday, Syrian troops shelled rebel positions near Aleppo. Earlier, Russian jets bombed a "
            "hospital in Idlib. Russian jets had bombed a school in Idlib.")
    assert _date(pipeline, text, "bombed", "2016-05-04") is None
    assert _date(pipeline, text, "bombed", "2016-05-04", nth=1) is None
