"""Wrong type senses on real news: an election conceded, a campaign alliance, appeals to the public,
appointment offers, poll shares, and a deed named by a gerund after "for".

Every sentence is quoted from a PolNeAR train or ECB+ article (named at each case) and runs the
whole pipeline (actors stage included).
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import CORPORA


def keys(pipeline, text: str, published: str = "2016-06-01"):
    """(source country, target country, type) of each event sitrep codes in `text`."""
    return {(e.source.code[:3], e.target.code[:3] if e.target else None, e.type)
            for e in pipeline.code_text(text, published=published).events}


def types(pipeline, text: str) -> set[str]:
    return {t for _, _, t in keys(pipeline, text)}


# --- conceding an election yields nothing to anyone (CODEBOOK: elections are no events)

def test_conceding_the_race_is_no_concession(pipeline):
    # PolNeAR train: conceding the race in Nevada (phone call with Clinton)
    assert "CONCEDE" not in types(
        pipeline, "Bernie Sanders is conceding the race in Nevada in a phone call "
                  "with Hillary Clinton.")
    # PolNeAR train: Sanders told the AP he would not seek a recount
    assert "CONCEDE" not in types(
        pipeline, "On Thursday, Sanders told the AP that he would not seek a "
                  "recount, conceding the race to Clinton.")


def test_conceding_a_bid_is_no_concession(pipeline):
    # PolNeAR train: "hasn't endorsed her or conceded his bid"
    assert "CONCEDE" not in types(
        pipeline, "Sanders has said he will vote for Clinton, but he hasn't endorsed "
                  "her or conceded his bid for the Democratic nomination.")


# --- one country's politicians allied in a campaign are no COOPERATE

def test_campaign_alliance_is_no_cooperation(pipeline):
    # PolNeAR train: Michele Swers on Clinton's alliance with Obama
    assert "COOPERATE" not in types(
        pipeline, "Michele Swers, a professor of government at Georgetown "
                  "University, said that Clinton's alliance with Obama is "
                  "particularly important in order to bring in Democrats who "
                  "will mobilize to help her win.")



# --- an appeal to the general public names no addressee actor (no REQUEST)

def test_government_appeal_to_voters_is_no_request(pipeline):
    # PolNeAR train nyt_2016-07-29_obama-lays-out-stakes-for-a-di...: Obama urged voters
    assert "REQUEST" not in types(
        pipeline, "Obama's eyes welled with tears as he spoke of his faith in the "
                  "American people and urged voters to transfer their trust in him "
                  "to the woman he hopes will succeed him.")


def test_ngo_appeal_to_people_is_no_request(pipeline):
    # PolNeAR train: the NRA used the comments to urge people to vote
    found = keys(pipeline, "The National Rifle Association, which has endorsed Trump, used the comments to "
                           "urge people to vote for him on  Election Day.")
    assert "REQUEST" not in {t for _, _, t in found}


def test_request_to_an_actor_is_kept(pipeline):
    # PolNeAR train: a request addressed to a state's government stays (CAMEO 10x has an addressee)
    found = keys(pipeline, "NATO's secretary general, meanwhile, called on the North Korean regime to "
                           "abandon its nuclear weapons and comply with the international community.")
    assert ("NAT", "PRK", "REQUEST") in found


# --- asking a person to take a post is an appointment offer, no REQUEST

def test_asked_to_be_surgeon_general_is_an_offer(pipeline):
    # ECB+ 34_2ecb.xml (Obama's offer of the surgeon general's post to Sanjay Gupta)
    assert "REQUEST" not in types(
        pipeline, "In a rich and symbolic recognition to India's sterling contribution "
                  "to the US health care system, the US President-elect has asked Dr "
                  "Sanjay Gupta, CNN's well-known medical correspondent and a "
                  "neuro-surgeon of repute to be the country's surgeon general.")


# --- poll shares are no SUPPORT

def test_support_of_a_poll_share_is_no_support(pipeline):
    # PolNeAR train politico_2015-11-12_cruz-and-trump-tied-in-te...
    assert "SUPPORT" not in types(
        pipeline, "According to an online University of Texas/Texas Tribune poll out "
                  "Thursday, the Texas senator and business mogul each have the "
                  "support of 27 percent of likely Republican voters in the state.")


def test_support_from_six_in_ten_is_no_support(pipeline):
    # PolNeAR train: the "six in 10" form of a poll share, with "from" on the verb
    assert "SUPPORT" not in types(
        pipeline, "Clinton, a former senator from New York, received support from "
                  "roughly six in 10 Democrats on Long Island, and she overwhelmed "
                  "Mr. Sanders.")


# --- a deed named by a gerund after "for" is coded with its doer

def test_no_apologies_for_accusing_codes_the_accusation(pipeline):
    # PolNeAR train nyt_2016-05-09_american-admiral-rattles-beijing.txt (whole article: Harris is named)
    path = Path(CORPORA) / "polnear/train/text/nyt_2016-05-09_american-admiral-rattles-beijing.txt"
    events = pipeline.code_text(path.read_text(encoding="utf-8"), published="2016-05-09").events
    accused = {(e.source.code[:3], e.target.code[:3] if e.target else None, e.type) for e in events
               if e.evidence and e.evidence.text.startswith("accusing the Chinese")}
    assert accused == {("USA", "CHN", "ACCUSE")}
