"""Event rules left open after the first round of session 6: what an accusation alleges (coded only when
it is a material act), "a charge X denied" (the accusation still happened), yes/no questions over noun
events, possessed speech-act nouns attributed to their owner, and an attack noun with its owner and
target as a verb's subject (the verb tells the toll).

Each text is from a real article named above its test: PolNeAR train (`corpora/polnear/train/text/`) or
re3d CENTCOM (`corpora/re3d/CENTCOM/documents.json`, by `_id`).
"""

from __future__ import annotations

from tests.events.conftest import triples

from sitrep.events.senses import is_yes_no_question


# PolNeAR train wash-post_2015-12-24_ted-cruz-constitutional-conserva.txt: "opposing" the NSA's collection
# is what Christie alleges, not a rejection the text asserts
def test_an_alleged_stance_is_the_accusers_word_not_an_event(coded) -> None:
    evs = coded("Chris Christie accused Cruz of opposing the NSA's bulk collection of metadata for "
                "political, not philosophical, reasons.",
                {"Chris Christie": "USAGOV", "Cruz": "USALEG", "NSA": "USASPY"})
    got = {(s, t, k) for s, t, k, _ in triples(evs)}
    assert ("USAGOV", "USALEG", "ACCUSE") in got
    assert not any(k == "REJECT" for _, _, k in got)


# The round's brief (class 2, wire wording): the parser hangs "accused" on "denied" as its clause
def test_a_charge_denied_leaves_the_accusation_asserted(coded) -> None:
    evs = coded("Venezuela accused Colombia of harboring rebels, a charge Colombia denied.",
                {"Venezuela": "VEN", "Colombia": "COL"})
    assert ("VEN", "COL", "ACCUSE", "asserted") in triples(evs)


# PolNeAR train huff-post_2016-08-29_erdogan-is-in-syria-with-a-green.txt
def test_a_yes_no_question_over_a_noun_event_reports_none(pipeline) -> None:
    doc = pipeline.nlp("Or have they received secret promises from Turkey?")
    promises = next(t for t in doc if t.lower_ == "promises")
    assert is_yes_no_question(promises)
    statement = pipeline.nlp("They have received secret promises from Turkey.")
    assert not is_yes_no_question(next(t for t in statement if t.lower_ == "promises"))


# PolNeAR train nyt_2016-08-01_pressure-rises-on-trump-after-cr.txt
def test_a_possessed_speech_act_noun_is_attributed_to_its_owner(coded) -> None:
    evs = coded("General Allen, who spoke on behalf of Hillary Clinton at the Democratic convention, singled "
                "out Mr. Trump's criticism of the Khan family as beyond the pale.",
                {"Hillary Clinton": "USAELI", "Mr. Trump": "USAELI", "Khan family": "USACVL"})
    accusations = [e for e in evs if e.type == "ACCUSE" and e.target and e.target.code == "USACVL"]
    assert accusations
    assert all(e.attributed_to is not None and e.attributed_to.code == "USAELI" for e in accusations)


# re3d CENTCOM 76957901E4278B498901454FA209CFFA
def test_an_attack_with_its_owner_and_target_as_subject_is_the_happening(events) -> None:
    got = events("A series of precision U.S. airstrikes against al-Qaida operatives this week in "
                 "northwestern Syria's Idlib province killed more than 20 militants and destroyed eight "
                 "vehicles and nine structures, Pentagon Press Secretary Peter Cook said.",
                 published="2017-01-20")
    assert ("USA", "IMG", "ASSAULT") in {(s and s[:3], t and t[:3], k) for s, t, k in got}
    assert not any(s and s.startswith("SYR") for s, _, k in got if k == "ASSAULT")


# The round's brief (class 3, wire wording): what a meeting discusses is its topic, not its partner
def test_a_discussed_measure_names_no_partner(coded) -> None:
    evs = coded("EU foreign ministers discussed imposing sanctions on Iran.", {"EU": "EU", "Iran": "IRN"})
    assert not any(k == "CONSULT" and t == "IRN" for _, t, k, _ in triples(evs))


# re3d CENTCOM 28829CF80D445874061C5948E6A3751D: the strike of "struck and killed by" is the
# coalition's; the place named after it is where it hit, not whom
def test_conjoined_passives_share_their_agent(events) -> None:
    got = events("On Monday, Dec. 26, Abu Jandal al-Kuwaiti, an ISIL gang leader in Raqqah was struck and "
                 "killed by a coalition airstrike near Tabqa Dam, Syria.", published="2016-12-28")
    keys = {(s and s[:3], t and t[:3], k) for s, t, k in got}
    assert ("USA", "IMG", "ASSAULT") in keys
    assert not any((s and s.startswith("SYR")) or t == "SYR" for s, t, _ in got)


# re3d BBC Online 3095FB15AFF7B552702E9EF46C083FDD: the one "quoted as warning" is the one warning
def test_the_one_quoted_as_warning_warns(coded) -> None:
    evs = coded('The army was quoted as warning Israel "of the repercussions of the flagrant attack", '
                "according to Reuters.", {"The army": "SYRMIL", "Israel": "ISR", "Reuters": "GBRJRN"})
    assert ("SYRMIL", "ISR", "THREATEN", "asserted") in triples(evs)
