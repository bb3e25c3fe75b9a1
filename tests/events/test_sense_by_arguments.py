"""Senses of event words told by their arguments (section.SectionBase.off_sense; senses.is_history).

A protest verb with a clause of its own shows or says something; a politician's own rally campaigns; a
sanction verb cuts a relation between actors, not "his career"; "admit" with people lets them in; an
undated act told as following an old one is history. Texts are real: PolNeAR train articles
(`corpora/polnear/train/text/`, file named above each test) and article-extraction pages (page id named).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events(events):
    """text -> (source, target, type) of the whole pipeline's events, dated as these reports are."""
    return lambda text, published="2016-03-01": events(text, published)


def _types(events, text: str, published: str = "2016-03-01") -> set[str]:
    return {t for _, _, t in events(text, published)}


# --- a protest verb with a clause shows or says ------------------------------------------------

# wash-post_2015-11-16_clinton-s-missteps-at-debate-arm.txt
def test_demonstrating_how_something_goes_is_no_protest(events) -> None:
    text = ("A spokesman for Sen. Marco Rubio (R-Fla.) demonstrated just how easily a 44-year-old Cuban "
            "American could outflank a 68-year-old baby boomer.")
    assert "PROTEST" not in _types(events, text)


# wash-post_2016-07-15_thin-skinned-trump-quells-critic.txt
def test_demonstrating_that_is_no_protest(events) -> None:
    assert "PROTEST" not in _types(events, "Trump has demonstrated that those who cross him pay a price.")


# control: students marching against a government protest (the verb takes no clause)
def test_demonstrating_against_a_government_stays_a_protest(events) -> None:
    assert "PROTEST" in _types(events, "Thousands of students demonstrated in Tehran against the government.")


# --- a politician's own rally campaigns ---------------------------------------------------------

# wash-post_2016-04-05_democratic-primaries-turn-into-a.txt (Sanders)
def test_a_candidate_rallying_at_a_venue_is_no_protest(events) -> None:
    assert "PROTEST" not in _types(events, "Bernie Sanders wants a big rally in New York. He could rally "
                                   "another time at his preferred venue, New York's Washington Square Park.")


# wash-post_2016-07-22_republican-assails-elites-as-he-.txt
def test_a_candidate_rallying_his_party_is_no_protest(events) -> None:
    text = ("As speakers all week have done, Trump sought to rally Republicans to his cause with sharp and "
            "relentless attacks on Clinton and the Democratic Party.")
    assert "PROTEST" not in _types(events, text)


# control: a crowd rallying against a president protests
def test_supporters_rallying_against_a_president_protest(events) -> None:
    text = "Thousands of opposition supporters rallied in Caracas against Maduro."
    assert "PROTEST" in _types(events, text)


# --- a sanction verb cuts a relation between actors ---------------------------------------------

# wash-post_2016-03-10_scrappy-debate-signals-long-grin.txt
def test_ending_a_rivals_rationale_is_no_sanction(events) -> None:
    assert "SANCTION" not in _types(events, "A Clinton victory could have effectively ended Sanders's "
                                    "rationale for continuing.")


# controls: ties, flights to a state, the assets of officials are cut between actors
@pytest.mark.parametrize("text", [
    "Saudi Arabia cut diplomatic ties with Iran.",
    "Turkey suspended flights to Russia.",
    "The EU froze the assets of 20 Russian officials.",
])
def test_cutting_a_relation_stays_a_sanction(events, text: str) -> None:
    assert "SANCTION" in _types(events, text)


# --- "admit" with people lets them in -----------------------------------------------------------

# wash-post_2015-11-17_republicans-turning-their-backs-.txt
def test_admitting_refugees_is_no_concession(events) -> None:
    found = _types(events, "Trump, later alleging - again falsely - that President Obama wanted to admit "
                   "250,000 Syrians, said he would deport refugees.", "2015-11-17")
    assert "CONCEDE" not in found


# --- one politician firing at another speaks ----------------------------------------------------

# wash-post_2016-02-09_barbs-and-pleas-before-n-h-vote.txt
def test_a_politician_firing_at_rivals_accuses_them(events) -> None:
    found = events("Jeb Bush fired at Ted Cruz.")
    assert ("USAELI", "USALEG", "ACCUSE") in found and ("USAELI", "USALEG", "ASSAULT") not in found


# --- an undated act that followed an old one is history ------------------------------------------

# article-extraction page db6b0816c612 (AP, Esper in Hanoi, 2019-11-20)
def test_held_after_being_shot_down_in_1967_is_history(events) -> None:
    assert "COERCE" not in _types(events, "The late Sen. John McCain was held there after he was shot down "
                                  "in his Navy jet over Hanoi in 1967.", "2019-11-20")


# --- an assurance of how things are commits to nothing ------------------------------------------

# wash-post_2015-12-12_misinformation-enters-mainstream.txt (actors given, as the article names them)
def test_assuring_that_listeners_agree_is_no_promise(coded) -> None:
    text = ('"Your reputation is amazing," Trump assured Jones, after Jones assured Trump that most of his '
            "listeners supported his candidacy.")
    assert "AGREE" not in {e.type for e in coded(text, {"Jones": "USACVL", "Trump": "USAELI"})}


# control: an assurance of an act to come is a commitment
def test_assuring_a_state_of_an_act_to_come_stays_a_promise(events) -> None:
    assert "AGREE" in _types(events, "Russia assured Turkey that it would not strike Turkish forces.")


# --- a distress call is no consultation ----------------------------------------------------------

# ECB+ 12/12_13ecb.xml (actors given: the warship and the merchant ship)
def test_receiving_a_distress_call_is_no_consultation(coded) -> None:
    text = ("The Indian INS Mysore was patrolling the waters when it received a distress call from "
            "Ethiopian-flagged MV Gibe saying two boats were closing in and firing, a Defence Ministry "
            "statement said.")
    found = coded(text, {"The Indian INS Mysore": "INDMIL", "it": "INDMIL", "MV Gibe": "ETHBUS"})
    assert "CONSULT" not in {e.type for e in found}


# control: a phone call between leaders is
def test_receiving_a_phone_call_from_a_leader_stays_a_consultation(events) -> None:
    assert ("TURGOV", "RUSGOV", "CONSULT") in events("Putin received a phone call from Erdogan.")


# --- violence outside an embassy is aimed at the embassy's state ---------------------------------

# held-out report quoted in the session brief (a car bomb outside the US embassy in Kabul)
def test_a_bomb_outside_an_embassy_targets_its_state(events) -> None:
    found = events("A car bomb exploded outside the US embassy in Kabul on Tuesday, killing two guards.")
    assert {t for _, t, typ in found if typ == "ASSAULT"} <= {"USA", "USAGOV"}


# --- the press reading a book opens no inquiry --------------------------------------------------

# wash-post_2015-11-08_in-satirizing-the-elite-a-mexica.txt
def test_newspapers_inspecting_a_book_accuse_no_one(events) -> None:
    text = ("Mexican newspapers have been inspecting Trump's new book for clues about his plans for their "
            "country if he becomes president.")
    assert "ACCUSE" not in _types(events, text, "2015-11-08")


# control: prosecutors investigating journalists do
def test_prosecutors_investigating_journalists_accuse_them(events) -> None:
    assert ("EGYJUD", "EGYJRN", "ACCUSE") in events("Egyptian prosecutors are investigating the journalists.")
