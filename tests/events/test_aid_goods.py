"""AID is a transfer of aid: a "give" verb that hands over no aid, goods, equipment, forces or money is
no aid (grammar.yaml `aid_goods`, `VerbEvents.goods_handed`).

Sentences from PolNeAR train texts (`shared/corpora/polnear/train/text/`, file named) and the PLOVER
GSR dev split (`benchmarks/event-coding/plover-gsr-cameo.jsonl`, record named).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def kinds(events):
    """text -> (source, target, type), actor codes on their first three letters as the scorer reads them."""
    return lambda text: {(s and s[:3], t and t[:3], kind) for s, t, kind in events(text)}


def test_delivering_a_conquest_is_no_aid(kinds):
    # huff-post_2016-02-12_the-democratic-primary-is-a-figh.txt
    got = kinds("But if Obama is remembered as a consummate progressive, it will be because he delivered "
                "corporate America\u2019s final conquest over the Democratic Party, and in doing so, enabled "
                "future historians to erase the party\u2019s anti-corporate wing from the narrative.")
    assert not any(kind == "AID" for _, _, kind in got)


def test_giving_someone_a_piece_of_ones_mind_is_no_aid(kinds):
    # politico_2016-04-08_families-of-mass-shooting-victim.txt
    got = kinds("A number of the families of those killed in the massacre at Sandy Hook Elementary School "
                "in Newtown, Connecticut, have filed a class-action lawsuit against Remington, alleging "
                "that the company's marketing efforts inspired the Sandy Hook shooter \u2014 and several of "
                "them were on hand to give the Vermont senator a piece of their mind.")
    assert not any(kind == "AID" for _, _, kind in got)


@pytest.mark.parametrize(("text", "dyad"), [
    # PLOVER-GSR01-AID-0002: money
    ("The European Community on Monday gave the Ivory Coast 5.1 million dollars of aid for agricultural "
     "development projects.", ("EU", "CIV")),
    # PLOVER-GSR01-AID-0004: intelligence among what is handed over
    ("The United States is providing aerial photographs and other military intelligence to Macedonia "
     "which is preparing a major offensive against ethnic Albanian guerrillas, the Washington Post said "
     "Wednesday.", ("USA", "MKD")),
])
def test_aid_that_hands_over_goods_stays(kinds, text, dyad):
    got = kinds(text)
    assert any((s, t) == dyad and kind == "AID" for s, t, kind in got), got


def test_a_refusal_to_hand_something_over_is_still_a_rejection(kinds):
    # constructed after CODEBOOK.md ("refuse, deny a demand (REJECT)"): what is withheld need not be aid
    got = kinds("Iran refused to give the IAEA access to the site.")
    assert ("IRN", "IAE", "REJECT") in got, got
