"""Campaign talk is no material event: a candidate's or lawmaker's force, the press's "seizing", a donation
to a candidate, a candidate quitting a race, a plan "destroyed" (`EventCoder.campaign_talk`, grammar.yaml
`contest_objects`); real force, aid and withdrawals by states stay.

Sentences from PolNeAR train texts (`shared/corpora/polnear/train/text/`, file named) unless noted.
"""

from __future__ import annotations

MATERIAL = {"ASSAULT", "COERCE", "RETREAT", "AID", "MOBILIZE", "SANCTION"}


def material(events, text: str) -> set[tuple[str | None, str | None, str]]:
    """The material events the pipeline codes in `text`."""
    return {e for e in events(text) if e[2] in MATERIAL}


def test_a_candidates_pledge_to_deport_is_no_coercion(events):
    # usa-today_2015-11-24_trump-card-for-census-roundup-bu.txt
    text = ("Trump, a Republican front-runner in the presidential race, has repeatedly "
            "promised to forcibly deport 11 million undocumented immigrants.")
    assert not material(events, text)


def test_a_senators_vow_to_destroy_isis_is_no_assault(events):
    # the pledge of usa-today_2015-12-01_for-gop-a-golden-opportunity-to-.txt, said by a senator
    text = ("Rubio vowed to destroy ISIS.")
    assert not material(events, text)


def test_a_party_pulling_out_of_a_debate_is_no_retreat(events):
    # usa-today_2015-12-23_our-debates-draw-viewers-contras.txt
    text = ("Well, the GOP had  three before pulling out of an NBC/Telemundo debate,  their "
            "only debate with a Spanish-language media outlet.")
    assert not material(events, text)


def test_a_plan_destroyed_by_a_court_deadlock_is_no_assault(events):
    # nyt_2016-06-29_the-perfect-term-for-conservativ.txt
    text = ("A second deadlock, in United States v. Texas, No. 15-674, effectively destroyed "
            "President Obama's plan to shield as many as five million immigrants from "
            "deportation.")
    assert not material(events, text)


def test_giving_a_candidate_support_is_no_aid(events):
    # nyt_2016-06-09_ryan-calls-trump-line-racist-but.txt (clause of its sentence)
    text = ("Republicans face an increasingly difficult task - giving Mr. Trump their support "
            "while still keeping their distance from his inflammatory language.")
    assert not material(events, text)


def test_the_media_seizing_on_revelations_is_no_coercion(events):
    # politico_2016-09-01_debating-clinton-s-character.txt
    text = ("After two solid of months of covering Trump\u2019s misfires and campaign turmoil, the media has "
            "seized on new revelations about Clinton\u2019s emails (including a fresh batch of previously "
            "unreported State Department communications) and details of the cozy relationship between "
            "then-Secretary Clinton and top foundation donors, some of them foreign nationals.")
    assert not material(events, text)


def test_a_states_withdrawal_from_talks_and_its_aid_stay(events):
    # constructed controls in the style of the GSR sentences (a state's acts, not campaign talk)
    assert ("USA", "UKR", "AID") in material(events, "The United States sent $5 million in aid to Ukraine.")
    assert any(e[:2] == ("RUS", "SYR") for e in material(events, "Russia withdrew from the talks on Syria."))


def test_recalling_a_memory_is_no_recall_of_an_envoy(events, coded):
    # politico_2016-08-08_how-newtown-gave-chris-murphy-a-.txt (actors as the article resolves them); the
    # control is constructed (verbs.yaml `recall ... obj=actor`: a state recalls its envoys)
    text = ("The senator paused and recalled the figure of Neil Heslin, sitting alone in the firehouse "
            "near the school after the shooting.")
    actors = {"The senator": "USALEG", "Neil Heslin": "USACVL"}
    assert not any(e.type in MATERIAL for e in coded(text, actors))
    assert ("QAT", "EGY", "SANCTION") in {(s and s[:3], t and t[:3], k) for s, t, k in material(
        events, "Qatar recalled its ambassador from Cairo.")}
