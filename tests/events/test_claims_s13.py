"""Attribution on real news (session 13): verbs whose noun-phrase object is a deed, headlines in the
present tense, speech nouns held by a name or nationality before them, statements and documents made
by the subject of the verb issuing them ("released the following statement:", "issued a statement
saying"), a document given with the people who speak for it.

Sentences from the re3d dev documents (`shared/corpora/re3d`, named by folder and id), the ECB+ texts
(`shared/corpora/ecbplus/ECB+/<topic>/<file>`) and the PolNeAR dev texts
(`shared/corpora/polnear/dev/text/<file>`), judged by CODEBOOK.md (Attribution).
"""

from __future__ import annotations

from sitrep.actors.statements import release_of, statement_maker
from sitrep.nlp.model import load_model

# --- verbs whose noun-phrase object is a deed -------------------------------------------------------


def test_a_deed_object_makes_no_cue(claims) -> None:
    # re3d CENTCOM D52939C747: the forces held their positions; the press director says so
    attributor, doc = claims(
        "In the past 24 hours, Iraqi forces maintained their defensive positions against Islamic State "
        "of Iraq and the Levant fighters on three sides of Mosul, the country’s second-largest city, "
        "Pentagon press operations director Navy Capt. Jeff Davis said today.")
    maintained = next(t for t in doc if t.text == "maintained")
    assert attributor.claim_for("text", maintained.i).speaker != "Iraqi forces"


def test_a_clause_keeps_the_same_verb_a_cue(claims) -> None:
    # the control, PolNeAR train politico_2016-08-08_how-newtown-gave-chris-murphy-a-.txt's shape: a
    # "that" clause is what is maintained
    attributor, doc = claims("Sanders maintained that a strong majority of members support Clinton.")
    support = next(t for t in doc if t.text == "support")
    assert attributor.claim_for("text", support.i).speaker == "Sanders"


# --- headlines in the present tense --------------------------------------------------------------------


def test_a_present_tense_headline_is_no_statements_voice(pipeline) -> None:
    # ECB+ 8/8_8ecbplus.xml (Reuters): the headline's "march erupts" is news, so neither the march's
    # Greeks issue the report nor does "Wed" (parsed "We" "d") speak for them
    text = ("Greek anti - austerity march erupts in violence , 3 dead\nWed May 5 , 2010 7 : 12pm BST\n"
            "Three people , one of them a pregnant woman , were killed when Greeks protesting against "
            "government austerity measures threw petrol bombs at a bank in Athens on Wednesday .")
    coded = pipeline.code_text(text, published="2010-05-05")
    assert release_of({"text": load_model()(coded.document.text)}, coded.mentions) is None
    assert not any(m.kind == "pronoun" and m.text == "We" for m in coded.mentions)


def test_a_present_tense_statement_still_speaks(pipeline) -> None:
    # the control, re3d US State Department 9DFBD0B607's shape: a release's own first sentence
    coded = pipeline.code_text("The United States strongly condemns the attack on Camp Hurriya.\n\n"
                               "We also urge the Government of Iraq to provide additional security.")
    assert {m.actor.code for m in coded.mentions if m.text == "We"} == {"USA"}


# --- speech nouns held by the name or nationality before them -------------------------------------------


def test_a_name_before_a_speech_noun_holds_it(claims) -> None:
    # PolNeAR dev breitbart_2016-09-30_the-latest-trump-urges-supporter.txt
    attributor, doc = claims("The ad then references FBI criticism of Clinton’s use of a private email "
                             "system while she was secretary of state.")
    use = next(t for t in doc if t.text == "use")
    assert attributor.claim_for("text", use.i).speaker == "FBI"


def test_a_speech_noun_held_by_a_name_is_its_speech_act(pipeline) -> None:
    # the same sentence through the pipeline: the criticism is the FBI's speech act
    coded = pipeline.code_text("The ad then references FBI criticism of Clinton’s use of a private email "
                               "system while she was secretary of state.", published="2016-09-30")
    criticism = [e for e in coded.events if e.trigger == "criticism"]
    assert criticism and {e.speaker for e in criticism} == {"FBI"}


def test_a_name_held_as_a_modifier_is_no_pronouns_antecedent(claims) -> None:
    # the same PolNeAR text: "It" is the ad, which spoke before, not the FBI named as a modifier
    attributor, doc = claims("The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead, "
                             "you might ask?”\n\nThe ad then references FBI criticism of Clinton’s use of a "
                             "private email system while she was secretary of state. It also mentions "
                             "policies she supported that Trump argues allowed the Islamic State group’s "
                             "reach to spread.")
    policies = next(t for t in doc if t.text == "policies")
    assert attributor.claim_for("text", policies.i).speaker == "The ad"


def test_a_nationality_before_a_speech_noun_holds_it(coded) -> None:
    # the known case of session 12 ("X echoed Y's criticism"), with a noun cues.yaml lacked then and its
    # holder given as a nationality
    events = coded("Britain echoed the Turkish denunciation of the Russian strikes on Aleppo.",
                   {"Britain": "GBR", "Turkish": "TUR", "Russian": "RUS", "Aleppo": "SYR"})
    denounced = [e for e in events if e.trigger == "denunciation"]
    assert denounced and {e.attributed_to.code for e in denounced} == {"TUR"}


def test_an_attack_noun_is_a_deed_inside_anothers_report(claims) -> None:
    # "attack" names speech ("Trump's attack on Clinton") and deeds: inside another's report, the
    # reporter's (the shape of TimeBank WSJ900813-0157.tml's "an Iraqi attack on Jordan", possessed)
    attributor, doc = claims("Jordanian officials said Iraq's attack on the border post killed two guards.")
    attack = next(t for t in doc if t.text == "attack")
    assert attributor.claim_for("text", attack.i).speaker == "Jordanian officials"


# --- statements and documents issued by a verb's subject -------------------------------------------------


def test_released_the_following_statement_introduces_its_quote(pipeline) -> None:
    # re3d CENTCOM 68A04D0D31
    coded = pipeline.code_text(
        "Gen. Joseph L. Votel, U.S. Central Command commander, released the following statement today:\n\n"
        "\"We mourn the loss of one of our own, Navy Special Warfare Operator 1st Class Charles H. Keating "
        "IV, who was killed yesterday in northern Iraq. Petty Officer Keating was advising and assisting "
        "our Kurdish partners, in support of Operation Inherent Resolve.\"")
    killed = [e for e in coded.events if e.trigger == "kill"]
    assert killed and {e.speaker for e in killed} == {"Joseph L. Votel"}
    assert {e.attributed_to.code[:3] for e in killed} == {"USA"}


def test_a_statement_issued_speaks_for_its_issuer(claims) -> None:
    # PolNeAR dev wash-post_2016-09-10_outrage-but-few-options-on-the-t.txt
    attributor, doc = claims(
        "Following a swiftly called, late-afternoon meeting, the Security Council issued a statement "
        "calling the overnight nuclear test \"a clear violation and in flagrant disregard\" of five "
        "previous Security Council resolutions.")
    test = next(t for t in doc if t.text == "test")
    assert attributor.claim_for("text", test.i).speaker == "the Security Council"


def test_a_statement_judged_is_not_its_judges(claims) -> None:
    # the control: a cue verb taking up another's words does not make them ("Obama rejected the claim")
    attributor, doc = claims("Obama rejected the claim that Iran had attacked the ship.")
    attacked = next(t for t in doc if t.text == "attacked")
    assert attributor.claim_for("text", attacked.i).speaker == "Obama"  # the rejecting is Obama's report
    claim = next(t for t in doc if t.text == "claim")
    assert 'Obama' not in str(attributor.attribution_of("text", claim.i).claim.speaker)


def test_statement_maker_finds_the_issuing_subject() -> None:
    # PolNeAR dev (Obama's Eid statement): the subject of the verb issuing the statement made it
    doc = load_model()("President Barack Obama sounded a call for the United States to accept more Muslim "
                       "refugees on Monday as he issued a statement in observance of the Muslim holiday.")
    statement = next(t for t in doc if t.text == "statement")
    assert statement_maker(statement, lambda t, how: how == "subject").text == "he"
    assert statement_maker(statement, lambda t, how: how == "by") is None


# --- a document given with the people who speak for it ---------------------------------------------------


def test_a_document_with_officials_speaks_for_the_officials_country(pipeline) -> None:
    # ECB+ 36/36_9ecb.xml
    coded = pipeline.code_text(
        "The leader of a polygamous communtity in western Canada who has admitted having numerous wives "
        "and dozens of children was arrested Wednesday and charged with practicing polygamy, according "
        "to court documents and local officials.", published="2009-01-07")
    arrested = [e for e in coded.events if e.trigger == "arrest"]
    assert arrested and {e.attributed_to.code[:3] for e in arrested} == {"CAN"}


# --- a quote closed in the paragraph after the one it opened in --------------------------------------------


def test_a_quote_closed_in_the_next_paragraph_keeps_its_cue(claims) -> None:
    # ECB+ 16/16_10ecbplus.xml (one sentence a line): the quote opened on one line closes on the next,
    # before "Stirling said", which is no part of it
    attributor, doc = claims("\"He is a killer .\nHe murdered Deputy Sheriff Jerry Ortiz , in addition to "
                             "attempting to murder at least three other people that we know of , \" "
                             "Stirling said .")
    murdered = next(t for t in doc if t.text == "murdered")
    assert attributor.claim_for("text", murdered.i).speaker == "Stirling"


def test_a_quote_paragraph_after_an_attributed_quote_is_the_same_speakers(claims) -> None:
    # ECB+ 36 (the Warren Jeffs stories, one sentence a line)
    attributor, doc = claims("\"He's been a problem inmate since we had him , \" Sheahan told the San Angelo "
                             "( Texas ) Standard - Times .\n\"Mr . Jeffs was a handful from day one with his "
                             "self - inflicted hunger strikes . \"\nJeffs served as president and prophet of "
                             "the Fundamentalist Church after his father , Rulon Jeffs , died in 2002 .")
    strikes = next(t for t in doc if t.text == "strikes")
    assert attributor.claim_for("text", strikes.i).speaker == "Sheahan"
    died = next(t for t in doc if t.text == "died")
    assert attributor.claim_for("text", died.i).speaker is None  # the writer's own line after it


def test_a_quote_paragraph_after_the_writers_paragraph_is_not_carried_over(claims) -> None:
    # the control: a paragraph of the writer's own between them ends the speaker's turn
    attributor, doc = claims("\"He's been a problem inmate since we had him , \" Sheahan told the San Angelo "
                             "( Texas ) Standard - Times .\nJeffs served as president and prophet of the "
                             "Fundamentalist Church after his father died in 2002 .\n\"Mr . Jeffs was a "
                             "handful from day one with his self - inflicted hunger strikes . \"")
    strikes = next(t for t in doc if t.text == "strikes")
    assert attributor.claim_for("text", strikes.i).speaker is None
