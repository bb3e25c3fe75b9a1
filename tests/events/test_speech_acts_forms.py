"""Speech acts told in other forms than "X criticized Y": nouns in a setting ("in a call with X", "in
support of X"), received acts ("drew the ire of X", "won the endorsement of X"), a shared object ("criticized
and warned X"), a claimed attack condemned, "told X to", "said X was to blame", and what is no speech act
(a refusal to speak to reporters, a call with the press, a pledge "at" a summit).

Actors are given by hand (the `coded` fixture), so these tests check the event rules, not actor
resolution. Each text is from a real article; its source is named above the test: re3d "US State
Department" documents (`corpora/re3d/US State Department/documents.json`, by `_id`) or PolNeAR train
(`corpora/polnear/train/text/`).
"""

from __future__ import annotations

from tests.conftest import CORPORA
from tests.events.conftest import triples

TRAIN = CORPORA / "polnear" / "train" / "text"


def _keys(events) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, k) for s, t, k, _ in triples(events)}


# re3d US State Department 2E857EFC55A390B6382FDE5C87F06D67
def test_a_call_with_a_minister_is_a_conversation_of_the_verbs_subject(coded) -> None:
    evs = coded("Secretary Kerry raised these concerns in a call with Russian Foreign Minister Lavrov "
                "earlier today.", {"Kerry": "USAGOV", "Lavrov": "RUSGOV"})
    assert ("USAGOV", "RUSGOV", "CONSULT") in _keys(evs)


# re3d US State Department 2E857EFC55A390B6382FDE5C87F06D67: the attacks "for which Da'esh has claimed
# responsibility" are condemned as Da'esh's, even where the parser hangs the clause on a town
def test_condemning_a_claimed_attack_accuses_the_claimant(coded) -> None:
    evs = coded("The United States strongly condemns the horrific attacks today in the towns of Jabla in the "
                "northwest province of Latakia, and the port city of Tartus, for which Da'esh has claimed "
                "responsibility and where more than 60 civilians were killed.",
                {"United States": "USA", "Da'esh": "IMG"})
    assert ("USA", "IMG", "ACCUSE") in _keys(evs)


# re3d US State Department 1E4938BF59D806C4E3AC9DDF2CC3E87F
def test_steadfast_in_support_of_a_government_backs_it(coded) -> None:
    evs = coded("As a long-time Ally, the United States remains steadfast in support of Turkey's "
                "democratically elected government and institutions.",
                {"United States": "USA", "Turkey": "TUR"})
    assert ("USA", "TUR", "SUPPORT") in _keys(evs)


# re3d US State Department 9DFBD0B607245D1B56B90FD64E9AB952
def test_a_commitment_to_support_is_its_owners_support(coded) -> None:
    evs = coded("The U.S. reaffirms its commitment to support the government and people of Iraq in this "
                "struggle.", {"U.S.": "USA", "its": "USA", "Iraq": "IRQ"})
    assert ("USA", "IRQ", "SUPPORT") in _keys(evs)


# re3d US State Department CFEF9B4E83786F435E8483A03DB20D8E: the G7 summit is where, not to whom
def test_a_pledge_at_a_summit_is_no_pledge_to_the_summit(coded) -> None:
    evs = coded("The loan guarantee is intended to deliver on President Obama's pledge at the G7 Ise-Shima "
                "Summit in May 2016.", {"Obama": "USAGOV", "G7": "IGO"})
    assert not any(t == "IGO" for _, t, _ in _keys(evs))


# PolNeAR breitbart_2016-08-19_as-bill-clinton-turns-a-look-at-.txt
def test_drawing_the_ire_of_lawmakers_is_their_criticism(coded) -> None:
    evs = coded("Hillary Clinton, in serving as first lady from 1993 to 2001, targeted healthcare reform, "
                "drawing the ire of lawmakers who thought she was too involved in so-called Hillarycare.",
                {"Hillary Clinton": "USAELI", "lawmakers": "USALEG"})
    assert ("USALEG", "USAELI", "ACCUSE") in _keys(evs)


# PolNeAR nyt_2016-01-12_evangelical-iowans-flock-to-cruz.txt
def test_winning_the_endorsement_of_a_leader_is_his_support(coded) -> None:
    evs = coded("Cruz won the endorsement of the most influential leader of Iowa's politically activist "
                "evangelicals, Bob Vander Plaats.", {"Cruz": "USALEG", "Bob Vander Plaats": "USACVL"})
    assert ("USACVL", "USALEG", "SUPPORT") in _keys(evs)


# PolNeAR huff-post_2016-08-28_hillary-clinton-receives-first-n.txt: barbs traded are criticism (CAMEO
# 111) both ways, not trade
def test_trading_barbs_is_mutual_criticism(coded) -> None:
    evs = coded("Trump and Clinton have traded barbs about racism and minority voters.",
                {"Trump": "USAELI", "Clinton": "USAGOV"})
    keys = _keys(evs)
    assert ("USAELI", "USAGOV", "ACCUSE") in keys and ("USAGOV", "USAELI", "ACCUSE") in keys
    assert not any(k == "COOPERATE" for _, _, k in keys)


# PolNeAR breitbart_2016-07-26_cash-for-opponent-pours-in-as-fl.txt (the whole article: who "she" is):
# "Wasserman Schultz refused to speak to reporters as she left the breakfast"
def test_refusing_to_speak_to_reporters_rejects_no_one(events) -> None:
    name = "breitbart_2016-07-26_cash-for-opponent-pours-in-as-fl.txt"
    found = events((TRAIN / name).read_text(encoding="utf-8"), "2016-07-26")
    assert not any(k == "REJECT" and (t or "").endswith("JRN") for _, t, k in found)


# PolNeAR huff-post_2016-01-19_flint-water-response-perfectly-c.txt: "Weaver ... endorsed Clinton during a
# conference call with reporters": a press call is no talks
def test_a_conference_call_with_reporters_is_no_consultation(events) -> None:
    name = "huff-post_2016-01-19_flint-water-response-perfectly-c.txt"
    found = events((TRAIN / name).read_text(encoding="utf-8"), "2016-01-19")
    assert not any(k == "CONSULT" and (t or "").endswith("JRN") for _, t, k in found)


# PolNeAR breitbart_2016-07-25_dnc-issues-deep-and-sincere-apol.txt: an apology offered is an apology
# (CAMEO 055), not an offer (AGREE)
def test_offering_an_apology_apologizes(coded) -> None:
    evs = coded("The Democratic National Committee released a statement at the outset of the party's "
                "convention Monday, offering a deep and sincere apology to Sen. Bernie Sanders.",
                {"Democratic National Committee": "USAPTY", "Bernie Sanders": "USALEG"})
    keys = _keys(evs)
    assert ("USAPTY", "USALEG", "CONCEDE") in keys
    assert not any(k == "AGREE" for _, _, k in keys)


# PolNeAR huff-post_2015-12-20_why-the-democratic-party-s-move-.txt
def test_appreciating_an_apology_praises_its_maker(coded) -> None:
    evs = coded("Clinton said she appreciated Sanders' apology and that she wanted to move forward.",
                {"Clinton": "USAELI", "she": "USAELI", "Sanders": "USALEG"})
    assert ("USAELI", "USALEG", "SUPPORT") in _keys(evs)


# PolNeAR breitbart_2016-07-19_former-ag-mukasey-at-rnc-clinton.txt: what "should" befall Clinton is
# Mukasey's verdict on her, not a demand made of her
def test_what_a_thing_should_do_asks_nothing_of_its_owner(coded) -> None:
    evs = coded("Former Attorney General Michael Mukasey told delegates at the Republican National "
                "Convention that Hillary Clinton's use of a private email server should disqualify her from "
                "becoming president.",
                {"Michael Mukasey": "USAGOV", "Hillary Clinton": "USAELI", "her": "USAELI"})
    assert not any(k == "REQUEST" for _, _, k in _keys(evs))


# re3d US State Department 6413ED35E27EFB504C689047F2F17B0F: "hold them accountable" is asked of Iraq
# (conjoined with what is urged), no accusation that happened
def test_acts_conjoined_inside_a_request_are_asked_not_done(coded) -> None:
    evs = coded("We also urge the Government of Iraq to provide additional security for the camp's residents "
                "and to find the perpetrators and hold them accountable for the attack.",
                {"We": "USA", "Government of Iraq": "IRQGOV", "perpetrators": "IRQCRM", "them": "IRQCRM"})
    keys = _keys(evs)
    assert ("USA", "IRQGOV", "REQUEST") in keys
    assert not any(k == "ACCUSE" for _, _, k in keys)


# PolNeAR politico_2016-08-08_inside-the-swing-state-trench-wa.txt: "he told Trump to stay laser-focused"
# asks it of Trump
def test_telling_an_actor_to_act_is_a_request(coded) -> None:
    evs = coded("He knew it was important, Whitlock said, adding that he told Trump to stay laser-focused on "
                "jobs and security issues.", {"Whitlock": "USAPTY", "he": "USAPTY", "Trump": "USAELI"})
    assert ("USAPTY", "USAELI", "REQUEST") in _keys(evs)


# PolNeAR huff-post_2015-11-15_bernie-sanders-it-is-not-a-radic.txt (the whole article): "I apologize to
# nobody for that," the senator said: an apology to nobody is none
def test_an_apology_to_nobody_is_no_apology(events) -> None:
    name = "huff-post_2015-11-15_bernie-sanders-it-is-not-a-radic.txt"
    found = events((TRAIN / name).read_text(encoding="utf-8"), "2015-11-15")
    assert not any(k == "CONCEDE" for _, _, k in found)
