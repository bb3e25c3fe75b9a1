"""Speech acts in diplomatic statements and news: a demand said as "Y should/must ..." in a quoted
statement, what a meeting discusses (a topic, not a partner), welcoming a measure against a state, a
pledge to fight, a shared view, a danger posed, a threat to quit an alliance and an apology to no one.

Texts are from the re3d corpus (`corpora/re3d/UK Government/documents.json`, document id above each test)
and PolNeAR train articles (`corpora/polnear/train/text/`, file named above each test).
"""

from __future__ import annotations

from tests.events.conftest import keyed_events


# PolNeAR politico_2016-01-05_republicans-blast-obama-after-no.txt (Stoltenberg on the nuclear test)
def test_should_in_a_quoted_statement_is_the_speakers_demand(pipeline) -> None:
    found = keyed_events(pipeline, (
        "\"The nuclear weapons test announced by North Korea undermines regional and international "
        "security, and is in clear breach of UN Security Council resolutions,\" NATO Secretary General Jens "
        "Stoltenberg said. \"North Korea should abandon nuclear weapons and existing nuclear and ballistic "
        "missile programs in a complete, verifiable and irreversible manner.\"\n"), "2016-01-06")
    assert ("NAT", "PRK", "REQUEST", "asserted") in found


# re3d UK Government 6CB38F21A7E71AD4FD0044E4FCE78F52 (Boris Johnson after the Paris talks on Aleppo):
# "We must ..." asks nothing of anyone else, and "we agreed our first priority must be" is a shared view
def test_a_shared_view_and_our_own_duty_are_no_speech_acts(pipeline) -> None:
    found = keyed_events(pipeline, (
        "Following the meeting the Foreign Secretary Boris Johnson said:\n\nWe agreed our first priority "
        "must be the protection of civilians and ensuring access for humanitarian aid. We must keep pushing "
        "for a return to a political process.\n"))
    assert not any(k in ("AGREE", "REQUEST") for _, _, k, _ in found)


# re3d UK Government 8B3BA274503F6D30F7E80C41E7568744 (UK-France Summit 2016): the states named in what
# is discussed are no partners of the talks
def test_states_named_in_a_topic_are_no_partners(pipeline) -> None:
    found = keyed_events(pipeline, (
        "The Prime Minister and President Hollande discussed UK-France co-operation on counter-terrorism, "
        "migration, defence and nuclear energy.\n"))
    assert not any(s == t for s, t, _, _ in found)


# re3d UK Government CBD73D24324D3C3A3A76AC430E05A069 (UK welcomes new EU Syria sanctions listings):
# listings are welcomed, no one is hosted, and the state sanctioned is not backed
def test_welcoming_sanctions_backs_no_sanctioned_state(pipeline) -> None:
    found = keyed_events(pipeline, "UK welcomes new EU Syria sanctions listings.\n\nThe UK welcomed the new "
                             "sanctions on Iran.\n")
    assert not any(k == "CONSULT" for _, _, k, _ in found)
    assert not any(k == "SUPPORT" and t in ("SYR", "IRN") for _, t, k, _ in found)


# re3d UK Government ED9C03D12FCA518C78DD6C3909CA5E42 (Ellwood on Mosul): a pledge to defeat terrorists is
# no agreement with them
def test_a_pledge_to_defeat_a_foe_agrees_nothing_with_it(pipeline) -> None:
    found = keyed_events(pipeline, (
        "Tobias Ellwood said:\n\nThe UK, the wider Global Coalition and the Government of Iraq are committed "
        "to defeating ISIL.\n"))
    assert not any(k == "AGREE" for _, _, k, _ in found)


# re3d UK Government 74E7DCD5876B4EF1E95448F0E0C073CD (Sinjar anniversary): a danger posed to lives is no
# threat made; "threatened retaliation against X" is one (sentence built on the same pattern)
def test_a_danger_posed_is_no_threat(pipeline) -> None:
    found = keyed_events(pipeline, (
        "Be in no doubt, we are committed to destroying the terrorist scourge of ISIL that threatens the "
        "lives of people from all communities in both Iraq and Syria.\n"))
    assert not any(k == "THREATEN" for _, _, k, _ in found)
    assert ("CHN", "USA", "THREATEN", "asserted") in keyed_events(
        pipeline, "China threatened retaliation against the United States.\n")


# A threat to quit an alliance is aimed at the alliance (the phrase hangs on "out"): the pattern of
# PolNeAR's reports on Trump and NATO
def test_a_threat_to_pull_out_of_an_alliance_targets_it(pipeline) -> None:
    found = keyed_events(pipeline, "Turkey has threatened to pull out of NATO.\n")
    assert ("TUR", "NAT", "THREATEN", "asserted") in found


# PolNeAR huff-post_2016-02-07_the-latest-gop-debate-kicked-off.txt: an apology to no one named has no
# recipient (what it is for is not whom it is to)
def test_an_apology_to_no_one_named_is_notkeyed_events(pipeline) -> None:
    found = keyed_events(pipeline, (
        "Ted Cruz apologized for his campaign's suggestion to Iowa caucusgoers on Monday that fellow "
        "candidate Ben Carson was dropping out of the race.\n"), "2016-02-07")
    assert not any(k == "CONCEDE" for _, _, k, _ in found)


# re3d UK Government "Minister for the Middle East welcomes news that Iraqi forces have taken back Tikrit"
# (the speaker line as in the ministry's other statements): welcoming news that X did something backs X
def test_welcoming_the_news_that_a_state_acted_backs_it(pipeline) -> None:
    found = keyed_events(pipeline, (
        "Tobias Ellwood, Foreign Office Minister for the Middle East, said:\n\nI welcome the news that the "
        "Government of Iraq has raised the Iraqi flag again in Tikrit.\n"))
    assert ("GBR", "IRQ", "SUPPORT", "asserted") in found



# PolNeAR west-journal_2016-01-26_fox-news-just-uncovered-a-game-c.txt and
# west-journal_2016-01-18_woman-steps-forward-with-bombshe.txt: meetings years before the report are
# background history, not the happening it tells
def test_a_meeting_years_ago_is_history(pipeline) -> None:
    found = keyed_events(pipeline, (
        "In Sherman’s speech to the American Foreign Service Association, she cited Clinton’s September 2011 "
        "visit to the United Nations in which she and Lady Ashton of the European Union used BlackBerrys to "
        "discuss terms of a Middle East peace.\n\nJuanita Broaddrick has said that the rape took place in "
        "the spring of 1978, when she met Bill Clinton at a Little Rock, Ark., event.\n"), "2016-01-26")
    assert not any(k == "CONSULT" for _, _, k, _ in found)
