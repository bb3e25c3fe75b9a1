"""Speakers placed by their post, by their spokesperson's body, or by the intent they disown
(session 17, claims).

Sentences are written in the form of the session-17 claims sample of scraped news pages
(/work/notes/pages17/claims: rights-group directors quoted by name, unnamed ministry and army
spokespeople, "has no plans to" denials, "told AFP"), not copied from them; judged by CODEBOOK.md
(Attribution: attributed_to is the speaker's code).
"""

from __future__ import annotations

from tests.events.conftest import of_type


def test_a_named_speaker_speaks_for_the_body_of_their_post(whole) -> None:
    # the person has no country of their own: the apposition's organisation is whom they speak for
    events = whole('"The Bangladeshi government has arrested hundreds of opposition activists," said '
                   "John Fisher, the group's Asia director at Human Rights Watch.")
    event = of_type(events, "COERCE")
    assert (event.attributed_to.code, event.speaker) == ("NGO", "John Fisher")


def test_an_unnamed_spokesman_speaks_for_his_body(whole) -> None:
    events = whole("Turkish troops killed 12 Kurdish militants in northern Iraq, an army spokesman said.")
    assert of_type(events, "ASSAULT").attributed_to.code == "TURMIL"


def test_a_ministry_disowning_its_states_intent_speaks_for_that_state(whole) -> None:
    events = whole("China has no plans to send troops to Afghanistan, a foreign ministry spokesman said.")
    event = of_type(events, "MOBILIZE")
    assert (event.mode, event.attributed_to.country) == ("negated", "CHN")


def test_a_news_agency_cited_gives_no_story_country(whole) -> None:
    # "told AFP" says where the news went: the officials and the army are not French
    events = whole("Officials said the army had killed 12 militants in the raid. An army spokesman told AFP "
                   "that troops had stormed the hideout at dawn.")
    assert not any(e.source and e.source.country == "FRA" for e in events)
    assert not any(e.attributed_to and e.attributed_to.country == "FRA" for e in events)


def test_a_quote_standing_alone_goes_on_with_the_speaker_just_named(whole) -> None:
    # a quote paragraph with no cue of its own, right after a paragraph whose speaker is named
    text = ("Turkish Foreign Minister Mevlut Cavusoglu criticised Greece on Monday.\n\n"
            '"Greek jets violated Turkish airspace 20 times this month."\n\n'
            "The Greek foreign ministry rejected the accusation.")
    event = next(e for e in whole(text) if e.trigger == "violate")
    assert (event.attributed_to.code, event.speaker) == ("TURGOV", "Mevlut Cavusoglu")


def test_a_quote_standing_alone_after_a_speakerless_paragraph_stays_unattributed(whole) -> None:
    text = ("Greek jets flew over the island of Rhodes on Monday.\n\n"
            '"Greek jets violated Turkish airspace 20 times this month."\n\n'
            "The Greek foreign ministry rejected the accusation.")
    event = next(e for e in whole(text) if e.trigger == "violate")
    assert event.speaker != "Mevlut Cavusoglu" and (event.attributed_to is None
                                                    or event.attributed_to.country != "TUR")


def test_a_participle_describing_a_speech_acts_object_is_the_writers(whole) -> None:
    # the sanctions the United States imposed are told by the writer, not condemned into being by Iran
    events = whole("Iran condemned the sanctions imposed by the United States on its oil sector.")
    assert of_type(events, "SANCTION").attributed_to is None
    assert of_type(events, "ACCUSE").attributed_to.code == "IRN"


def test_a_source_after_a_headline_dash_tells_the_headline(pipeline) -> None:
    # wire headlines name their source after the last dash ("... – Foreign Ministry", "... — report")
    coded = pipeline.code_text("Tokyo has not yet decided on the step, officials said.",
                               title="Japan mulls expelling Russian diplomat — report",
                               published="2020-06-10")
    headline = [e for e in coded.events if "expelling" in e.evidence.text]
    assert headline and headline[0].speaker == "report"


def test_a_dash_inside_a_headline_clause_names_no_source(pipeline) -> None:
    coded = pipeline.code_text("Tokyo has not yet decided on the step, officials said.",
                               title="Japan mulls expelling Russian diplomat — and Moscow warns of reply",
                               published="2020-06-10")
    assert not any(e.speaker == "and Moscow warns of reply" for e in coded.events)
