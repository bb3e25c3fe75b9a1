"""Mode on real news (session 14): open questions ("whether", a reported "if"), the errands of forces
sent off, typographic apostrophes on modals, verbs of seeming that tell an appearance, hedges on a
collective noun, claimed acts under a verb of weighing, and attempts (which stay asserted).

Sentences from PolNeAR train (`shared/corpora/polnear/train/text/<file>`), the TempEval-3 TimeBank and
AQUAINT texts (`shared/corpora/tempeval3/<folder>/<file>`) and ECB+ (`shared/corpora/ecbplus/ECB+/<topic>/
<file>`), named in each case, judged by CODEBOOK.md (Mode); constructed controls say so.
"""

from __future__ import annotations

import pytest

from sitrep.events.lexicon import load_lexicon
from sitrep.events.modality import mode_of


def _mode(pipeline, text: str, word: str, nth: int = 0) -> str:
    doc = pipeline.nlp(text)
    token = [t for t in doc if t.text == word][nth]
    return mode_of(token, load_lexicon())


# --- open questions ----------------------------------------------------------------------------------------


def test_a_conjoined_whether_clause_is_no_happening(pipeline) -> None:
    # politico_2016-05-05_paul-ryan-says-he-s-not-ready-to.txt: whether Trump will champion them is asked
    text = ("Trump, though, would have to identify his views on the core conservative planks of the "
            "Republican Party and whether he’ll champion them heading into the fall campaign.")
    assert _mode(pipeline, text, "champion") == "possible"


def test_whether_to_is_a_choice_being_weighed(pipeline) -> None:
    # huff-post_2016-02-17_big-win-for-bernie-afl-cio-holds.txt: no endorsement yet, only the vote on one
    text = ("In his email, Richard Trumka told members of the AFL-CIO executive council that the body "
            "won’t be holding a vote on whether to endorse Democratic presidential candidates Hillary "
            "Clinton or Bernie Sanders at its annual winter meeting in San Diego.")
    assert _mode(pipeline, text, "endorse") == "considered"


def test_a_reported_if_asks(pipeline) -> None:
    # breitbart_2015-12-20_republican-donor-adelson-and-tru.txt: asked if he had met Trump
    text = ("“It was very nice,” the gambling tycoon told Reuters in a rare interview in Macau when asked "
            "if he had met Trump, who leads in opinion polls of Republican voters.")
    assert _mode(pipeline, text, "met") == "possible"


def test_an_act_after_whether_in_its_own_clause_is_told(pipeline) -> None:
    # constructed control: the walk stops at the act's own clause mark
    text = ("Iran will retaliate after Israel attacked the embassy, but it is unclear whether the strike "
            "will come.")
    assert _mode(pipeline, text, "attacked") == "asserted"


# --- errands of forces sent off ----------------------------------------------------------------------------


def test_the_errand_of_people_sent_off_is_planned(pipeline) -> None:
    # AQUAINT XIE19980812.0062.tml: the agents are sent to investigate; no investigation is told yet
    text = ("The United States has dispatched FBI agents to Africa to investigate the bombings but there was "
            "no word in Washington on Tuesday of any significant leads so far.")
    assert _mode(pipeline, text, "investigate") == "planned"


@pytest.mark.parametrize("text, word", [
    # politico_2016-04-13_standing-with-activists-mark-viv.txt: a purpose on a verb of going is done
    ("City Council Speaker Melissa Mark-Viverito took to the steps of City Hall Wednesday to assail Sen. "
     "Bernie Sanders’ immigration record ahead of next week's competitive New York primary.", "assail"),
    # AQUAINT APW19990410.0123.tml: a thing sent, no people on an errand
    ("The gun was sent to the FBI laboratory in Washington to determine whether it was used to kill "
     "Slepian.", "determine"),
])
def test_other_purposes_stay_told(pipeline, text: str, word: str) -> None:
    assert _mode(pipeline, text, word) == "asserted"


def test_a_reason_given_with_for_is_told(pipeline) -> None:
    # constructed control: "for" with a gerund on a verb that sends no one is the reason, not a purpose
    assert _mode(pipeline, "Police will arrest him for attacking a journalist.", "attacking") == "asserted"


# --- modals, seeming, hedged collections, claimed acts ------------------------------------------------------


def test_a_typographic_apostrophe_keeps_the_modal(pipeline) -> None:
    # politico_2016-07-05_criminal-charges-against-clinton.txt: "she’ll accept" is a pledge
    text = ("Lynch still has the final say on whether Clinton faces prosecution, and though she has said "
            "she’ll accept the recommendation of the career prosecutors – the ones Comey just advised not to "
            "proceed – Republicans are still crying foul.")
    assert _mode(pipeline, text, "accept") == "planned"


def test_appearing_on_the_trail_hedges_nothing(pipeline) -> None:
    # politico_2016-07-05_criminal-charges-against-clinton.txt: the parser hangs the endorsement on "appeared"
    text = ("President Barack Obama endorsed her – they appeared together on the campaign trail for the "
            "first time just hours after Comey’s remarks – and former President Bill Clinton caused a "
            "furor last week with an impromptu social call on Attorney General Loretta Lynch.")
    assert _mode(pipeline, text, "endorsed") == "asserted"


def test_appearing_to_act_still_hedges(pipeline) -> None:
    # TimeBank AP900815-0044.tml
    text = ("Saddam appeared to accept a border demarcation treaty he had rejected in peace talks "
            "following the August 1988 cease-fire of the eight-year war with Iran.")
    assert _mode(pipeline, text, "accept") == "possible"


def test_a_hedge_on_a_collective_noun_is_the_acts(pipeline) -> None:
    # constructed (the construction of a CASE 2021 snippet, which may not be quoted here)
    text = "Activists have been discussing an alleged series of rapes by police officers in the capital."
    assert _mode(pipeline, text, "rapes") == "possible"


def test_a_hedge_on_the_collectives_verb_is_not(pipeline) -> None:
    # TimeBank CNN19980227.2130.0067.tml: the bombings happened; only their link is hedged
    text = ("New evidence is suggesting that a series of bombings in Atalanta and last month's explosion "
            "at an Alabama women's clinic might be related.")
    assert _mode(pipeline, text, "bombings") == "asserted"


def test_discussing_a_claimed_act_weighs_no_plan(pipeline) -> None:
    # constructed: "discussed a possible ceasefire" is considered, "the alleged attack" stays hedged
    assert _mode(pipeline, "The council discussed the alleged chemical attack.", "attack") == "possible"
    assert _mode(pipeline, "The council discussed a possible ceasefire.", "ceasefire") == "considered"


# --- attempts -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, word", [
    # ECB+ 12/12_9ecb.xml: CAMEO 185 codes even a foiled assassination attempt as the assault (ASSAULT),
    # and the GSR codes "tried to hack" as the coercion: an attempt at force is force used, asserted
    ("The Indian navy says it has arrested 23 Somali and Yemeni pirates who tried to storm a ship in the "
     "Gulf of Aden.", "storm"),
    # ECB+ 12/12_2ecbplus.xml
    ("Five pirate boats tried to attack these vessels but were challenged by the Indian Naval ship.",
     "attack"),
])
def test_an_attempt_at_force_is_asserted(pipeline, text: str, word: str) -> None:
    assert _mode(pipeline, text, word) == "asserted"


# --- unwillingness ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, word", [
    # nyt_2016-07-21_amid-discord-trump-claims-nomina.txt (PolNeAR train): no endorsement yet
    ("Ryan, who was reluctant to endorse Mr. Trump, was more direct in his remarks over the party's rift - "
     "what he called ''our arguments this year.", "endorse"),
    # ECB+ 6/6_4ecb.xml: no deal reached
    ("`` Twilight '' director Catherine Hardwicke was unable to reach a deal to direct the sequel and her "
     "departure has been the topic of various rumors .", "reach"),
])
def test_an_act_one_is_unwilling_or_unable_to_do_is_negated(pipeline, text: str, word: str) -> None:
    assert _mode(pipeline, text, word) == "negated"
