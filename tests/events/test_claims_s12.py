"""Mode, attribution and event dates on real news (session 12): happenings referred to under another
verb's "will"/"not", negations hung past a verb's complement, planned happenings carried out, parts of a
day, past dates on an infinitive, the simple past against a sentence's future, the grounds of a speech
act, described speakers placed where they are, speech nouns nested in another's report, pronoun speakers.

Sentences from the TempEval-3 TimeBank/AQUAINT texts (`shared/corpora/tempeval3/<TimeBank|AQUAINT>/<file>`,
dated by their DCT), the PolNeAR dev texts (`shared/corpora/polnear/dev/text/<file>`) and the PLOVER GSR
dev examples (`shared/benchmarks/event-coding/plover-gsr-cameo.jsonl`), named in each case, judged by
CODEBOOK.md (Mode, Attribution, Other fields: event_date).
"""

from __future__ import annotations

import pytest
from tests.events.conftest import triples

from sitrep.events.dates import resolve_expression
from sitrep.events.lexicon import load_lexicon
from sitrep.events.modality import mode_of

# --- mode ---------------------------------------------------------------------------------------------


def test_a_happening_referred_to_under_a_future_verb_is_asserted(coded) -> None:
    # TimeBank WSJ900813-0157.tml: the occupation exists; "will" is the using's, not its
    got = triples(coded("He apparently hopes to lure support from Arabs who have spurned him so far by "
                        "suggesting that Iraq will use its occupation of Kuwait as a lever.",
                        {"Iraq": "IRQ", "its": "IRQ", "Kuwait": "KWT"}))
    assert {mode for s, t, _, mode in got if (s, t) == ("IRQ", "KWT")} == {"asserted"}


def test_a_light_verb_under_will_still_plans_its_event(coded) -> None:
    # the control: "launch" carries out the attack, so its "will" is the attack's
    got = triples(coded("Iraq will launch an attack on Kuwait.", {"Iraq": "IRQ", "Kuwait": "KWT"}))
    assert ("IRQ", "KWT", "ASSAULT", "planned") in got


def test_a_not_hung_past_the_verbs_complement_negates_nothing_of_it(pipeline) -> None:
    # PolNeAR dev huff-post_2016-09-22_trump-the-dealmaker-could-addres.txt: the parser hangs the "not" of
    # the writer's aside after the dash on "promising"; the promise was made
    doc = pipeline.nlp("On Thursday, however, Trump spoke to a gathering of fracking industry leaders, "
                       "promising to lift environmental regulations and open more federal land to drilling "
                       "― probably not exactly what Graham had in mind.")
    promising = next(t for t in doc if t.text == "promising")
    assert mode_of(promising, load_lexicon()) == "asserted"


def test_a_not_before_the_verb_still_negates_it(pipeline) -> None:
    # the control for the same promise
    doc = pipeline.nlp("On Thursday, Trump did not promise to lift environmental regulations.")
    promise = next(t for t in doc if t.text == "promise")
    assert mode_of(promise, load_lexicon()) == "negated"


def test_a_planned_happening_a_light_verb_carries_out_is_asserted(coded) -> None:
    # PLOVER GSR dev (FIGHT): "long-threatened" told the plan; "mounted" tells it carried out
    got = triples(coded("Israel today mounted its long-threatened invasion of South Lebanon.",
                        {"Israel": "ISR", "South Lebanon": "LBN"}))
    assert ("ISR", "LBN", "ASSAULT", "asserted") in got


def test_a_planned_happening_still_to_be_launched_stays_planned(coded) -> None:
    # the control: the verb's own "will" keeps it planned
    got = triples(coded("Israel will launch the planned invasion of South Lebanon.",
                        {"Israel": "ISR", "South Lebanon": "LBN"}))
    assert ("ISR", "LBN", "ASSAULT", "planned") in got


# --- event dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("later this afternoon", "1998-02-22"),  # CNN19980222.1130.0084.tml: "meet with Aziz later this ..."
    ("this morning", "1998-02-22"),
    ("last night", "1998-02-21"),
    ("yesterday afternoon", "1998-02-21"),
    ("tomorrow evening", "1998-02-23"),
])
def test_a_part_of_a_day_is_that_day(text: str, expected: str) -> None:
    assert resolve_expression(text, "1998-02-22") == expected


def test_a_part_of_a_day_dates_the_meeting(event_date) -> None:
    # TimeBank CNN19980222.1130.0084.tml (DCT 1998-02-22)
    assert event_date("He's expected to meet with Iraqi deputy prime minister Tariq Aziz later this "
                      "afternoon.", "meet", "1998-02-22") == "1998-02-22"


def test_a_past_time_hung_on_the_infinitive_dates_the_invitation(event_date) -> None:
    # TimeBank APW19980322.0749.tml (DCT 1998-03-22): the parser hangs "two weeks ago" on "rejoin"
    assert event_date("The British and Irish governments, which cosponsor the multi-party talks that are "
                      "supposed to conclude by May, invited Sinn Fein to rejoin two weeks ago.",
                      "invited", "1998-03-22") == "1998-W10"


def test_a_time_ahead_or_a_full_date_on_the_infinitive_is_the_infinitives(event_date) -> None:
    # PolNeAR dev wash-post_2016-09-14 (Suu Kyi): the visit may be January 2012's, not the invitation
    assert event_date("Suu Kyi personally invited him to visit her in January 2012.", "invited",
                      "2016-09-14") is None
    assert event_date("Russia agreed to withdraw its troops next month.", "agreed", "2016-09-14") is None


def test_a_weekday_on_a_simple_past_verb_is_the_past_one(event_date) -> None:
    # the frame of TimeBank AP900815-0044.tml ("President Bush on Tuesday said the United States may
    # extend its naval quarantine"), with a "will" in the reported clause that looks ahead
    assert event_date("President Bush on Tuesday said the United States will extend its naval quarantine "
                      "to Jordan's Red Sea port of Aqaba.", "said", "1990-08-15") == "1990-08-14"


def test_the_grounds_of_a_speech_act_do_not_take_its_day(event_date) -> None:
    # PolNeAR dev (Clinton on Terence Crutcher, 2016-09-20): the shooting was not on Tuesday
    text = ("On The Steve Harvey Morning Show on Tuesday, Clinton criticized Tulsa, Okla., police officer "
            "Betty Shelby for shooting and killing Terence Crutcher, a 40-year-old unarmed black man.")
    assert event_date(text, "criticized", "2016-09-21") == "2016-09-20"
    assert event_date(text, "shooting", "2016-09-21") is None


def test_the_grounds_keep_a_shared_year(event_date) -> None:
    # TimeBank APW19980227.0494.tml: "Last year" may well be the exercises' year too
    assert event_date("Last year, Russian officials assailed Ukraine for holding joint naval exercises with "
                      "NATO in the Black Sea.", "holding", "1998-02-27") == "1997"


def test_a_deep_reported_clause_keeps_the_saying_day_out(event_date) -> None:
    # PolNeAR dev huff-post_2016-09-20_hillary-clinton-speaks-directly-.txt: five links from "killing" up
    # to "arguing"; Tuesday is the day she spoke
    assert event_date("Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa, "
                      "Oklahoma, arguing that the epidemic of police officers killing unarmed black people "
                      "should be recognized as intolerable.", "killing", "2016-09-20") is None


# --- attribution --------------------------------------------------------------------------------------


def test_a_described_speaker_is_of_the_place_of_what_they_report(pipeline) -> None:
    # the CODEBOOK's "activists said" in a story whose other paragraph is American (the frame of a
    # Washington-led story), told of a Yemen strike: the residents are Yemen's
    coded = pipeline.code_text("U.S. officials in Washington said on Monday that they were studying the "
                               "report. Secretary of State John Kerry said the United States would press "
                               "Russia to halt the bombing.\n\nIn Yemen, Saudi-led jets bombed a school in "
                               "Saada, residents said.", published="2016-09-05")
    bombed = [e for e in coded.events if e.trigger == "bomb"]
    assert bombed and {e.attributed_to.code[:3] for e in bombed if e.attributed_to} == {"YEM"}


def test_a_described_speaker_is_not_placed_by_a_place_on_what_they_talk_about(pipeline) -> None:
    # the control: the remarks were made in Mexico City, the critics need not be there
    coded = pipeline.code_text("Critics said Trump's remarks in Mexico City on Wednesday were a disgrace.",
                               published="2016-09-01")
    assert all(e.attributed_to is None or e.attributed_to.country != "MEX" for e in coded.events)


def test_a_speech_noun_echoed_is_its_holders(coded) -> None:
    # the known case of session 11's report ("X echoed Y's denunciation credits X"), with a speech noun
    # the cue lexicon knows
    events = coded("Britain echoed France's criticism of the Russian strikes on Aleppo.",
                   {"Britain": "GBR", "France": "FRA", "Russian": "RUS", "Aleppo": "SYR"})
    criticism = [e for e in events if e.trigger == "criticism"]
    assert criticism and {e.attributed_to.code for e in criticism} == {"FRA"}


def test_what_a_nested_claim_holds_is_its_holders(claims) -> None:
    # the frame of PolNeAR's "Biden said Trump's claim that ... is absurd": the content is Trump's claim
    attributor, doc = claims("Biden said Trump's claim that Mexico sends criminals was absurd.")
    sends = next(t for t in doc if t.text == "sends")
    said = next(t for t in doc if t.text == "said")
    assert attributor.claim_for("text", sends.i).speaker == "Trump"
    assert attributor.claim_for("text", said.i).speaker == "Biden"


def test_a_pronoun_speaker_is_named_by_its_antecedent(pipeline) -> None:
    # TimeBank WSJ900813-0157.tml
    coded = pipeline.code_text("Israel has publicly declared that it will respond to an Iraqi attack on "
                               "Jordan because it won't allow Iraq's dangerous army to take control of "
                               "Jordan's long border with Israel.", published="1990-08-13")
    attack = [e for e in coded.events if e.trigger == "attack"]
    assert attack and {e.speaker for e in attack} == {"Israel"}


# --- more mode, dates and attribution (second pass) ---------------------------------------------------


def test_would_with_a_word_of_frequency_is_the_habitual_past(pipeline) -> None:
    # PolNeAR dev (Loretta Lynch profile): "professors or supervisors would sometimes dismiss her
    # proposals, only to laud the same concepts when they were offered by a man"
    doc = pipeline.nlp("Professors or supervisors would sometimes dismiss her proposals.")
    dismiss = next(t for t in doc if t.text == "dismiss")
    assert mode_of(dismiss, load_lexicon()) == "asserted"
    doc = pipeline.nlp("Professors or supervisors would dismiss her proposals.")
    dismiss = next(t for t in doc if t.text == "dismiss")
    assert mode_of(dismiss, load_lexicon()) != "asserted"  # the control: no frequency, no habit


def test_a_bare_infinitive_clause_takes_the_wish_above_it(pipeline) -> None:
    # article-extraction page (tuning, even id): "Some White House advisers would like to see China agree
    # to large, specific agricultural purchases, while the US maintains existing tariffs"
    doc = pipeline.nlp("Some White House advisers would like to see China agree to large, specific "
                       "agricultural purchases, while the US maintains existing tariffs.")
    agree = next(t for t in doc if t.text == "agree")
    assert mode_of(agree, load_lexicon()) == "planned"


def test_a_medium_dated_by_its_participle_dates_the_act_told_in_it(event_date) -> None:
    # article-extraction page 1ee91d1fce65 (POLYGRAPH.info, 2019-11-18); the sentence's "plan to" must
    # not turn the past Oct. 25 into next year's
    assert event_date("In a joint statement published Oct. 25, the Russian and Syrian defense ministries "
                      "accused U.S. forces in southern Syria's al-Tanf of controlling bandit formations and "
                      "disrupting a United Nations plan to return people in the Rubkan refugee camp to their "
                      "homes.", "accused", "2019-11-18") == "2019-10-25"


def test_the_statement_said_is_the_statement_named_before(pipeline) -> None:
    # ECB+ topic 12 (Indian navy and Somali pirates): "a Defence Ministry statement said" then "the
    # statement said", whose sentence names only the pirates' countries
    coded = pipeline.code_text(
        "India's INS Mysore and its armed helicopter were on anti-piracy patrol when they received a "
        "distress call from the Ethiopian-flagged MV Gibe saying two boats were closing in and firing, a "
        "Defence Ministry statement said. Indian commandos boarded the larger pirate boat, seizing 12 "
        "Somali and 11 Yemeni nationals as well as arms and equipment, the statement said.",
        published="2008-12-13")
    seized = [e for e in coded.events if e.trigger == "seize"]
    assert seized and {e.attributed_to.country for e in seized if e.attributed_to} == {"IND"}


def test_the_alternative_not_taken_is_negated(pipeline) -> None:
    # PolNeAR dev (Trump on bankruptcy laws): "they should change the laws rather than criticize him"
    lex = load_lexicon()
    doc = pipeline.nlp("He said that if people are offended by his multiple use of bankruptcy laws to "
                       "minimize his losses, they should change the laws rather than criticize him.")
    assert mode_of(next(t for t in doc if t.text == "criticize"), lex) == "negated"
    # fronted, and the act taken stays asserted
    doc = pipeline.nlp("Instead of negotiating, Russia invaded Ukraine.")
    assert mode_of(next(t for t in doc if t.text == "negotiating"), lex) == "negated"
    assert mode_of(next(t for t in doc if t.text == "invaded"), lex) == "asserted"
