"""Speech acts and types that are not what their verb names: a state wished for is no demand, a poll's
tally backs no one, a policy backed is not its object backed, a hostile act asked for is asked of no
one it befalls, an inverted condition reports nothing, and a truce agreed is an accord.

Sentences are quoted from PolNeAR train articles (named at each case) unless marked otherwise, and
run the whole pipeline (actors stage included).
"""

from __future__ import annotations


def keys(pipeline, text: str, published: str = "2016-06-01"):
    """(source country, target country, type) of each event sitrep codes in `text`."""
    return {(e.source.code[:3], e.target.code[:3] if e.target else None, e.type)
            for e in pipeline.code_text(text, published=published).events}


def types(pipeline, text: str) -> set[str]:
    return {t for _, _, t in keys(pipeline, text)}


def test_a_state_wished_for_is_no_request(pipeline):
    # PolNeAR train (Ryan on Trump): "must be a party of ideas" says what the party should be
    assert "REQUEST" not in types(
        pipeline, "House Speaker Paul Ryan, a policy-focused conservative, insists the GOP must be a party "
                  "of ideas, and has championed an agenda that has drawn Trump's scorn.")


def test_a_demanded_act_is_still_a_request(pipeline):
    # PolNeAR train (Chinese delegation at the Shangri-La forum): an act asked of another state
    assert ("CHN", "USA", "REQUEST") in keys(
        pipeline, "The deputy head of China's delegation to the forum said the United States should reduce "
                  "its provocative exercises and patrols in the region.")


def test_a_polls_tally_backs_no_one(pipeline):
    # PolNeAR train (Military Times poll): "backed Trump, 57 percent to 22 percent" is a poll result
    got = types(pipeline, "Military women preferred Clinton 51 percent to 24 percent, while male troops "
                          "backed Trump, 57 percent to 22 percent.")
    assert "SUPPORT" not in got


def test_a_policy_backed_is_not_its_object_backed(pipeline):
    # PolNeAR train (NYT on Trump and Afghanistan): supporting keeping troops there is a stance
    assert "SUPPORT" not in types(
        pipeline, 'As recently as an October CNN interview, Trump said he believes Afghanistan was '
                  '"a terrible mistake," although he supports keeping troops there now.')


def test_backing_an_actor_is_still_support(pipeline):
    # PolNeAR train (Ryan endorsement): backing a named candidate
    assert ("USA", "USA", "SUPPORT") in keys(
        pipeline, "House Speaker Paul Ryan endorsed Donald Trump in early June.")


def test_reinstating_a_law_concedes_nothing(pipeline):
    # PolNeAR train (HuffPost on bank reform): a law reinstated is no concession to anyone
    assert "CONCEDE" not in types(
        pipeline, "Sanders has challenged his rival, former Maryland Gov. Martin O'Malley, to break up "
                  "the big banks or reinstate the Glass-Steagall firewall between commercial and "
                  "investment banks.")


def test_an_inverted_condition_reports_nothing(pipeline):
    # shape of PolNeAR train's "Should Rubio win Florida, ...": an "if" left out before the auxiliary
    got = keys(pipeline, "Had the Syrian army attacked the rebels, Turkey would have sent troops.")
    assert not any(t == "ASSAULT" for _, _, t in got)


def test_a_hostile_act_asked_for_is_not_asked_of_its_victim(pipeline):
    # shape from last round's review of conflict news: the strongholds are to be hit, not asked anything
    got = keys(pipeline, "French President Francois Hollande called for Islamic State strongholds to be hit.")
    assert not any(t == "REQUEST" for _, _, t in got)


def test_a_truce_agreed_is_an_accord_between_the_parties(pipeline):
    # shape of PLOVER-GSR01-AGREE-0032 ("Bosnia and Slovenia agreed to a ceasefire") without "to":
    # CAMEO codes agreeing a ceasefire as an accord, not yet a retreat
    got = keys(pipeline, "Russia agreed a ceasefire with Turkey on Thursday.")
    assert ("RUS", "TUR", "AGREE") in got and not any(t == "RETREAT" for _, _, t in got)
    got = keys(pipeline, "Russia and Turkey agreed a ceasefire on Thursday.")
    assert ("RUS", "TUR", "AGREE") in got
