"""Session 16 (coder3): a "visiting" leader named before a clause, an agent shared by a coordinated
passive, a condition opened by "should", and objects a verb does not act on.

Sentences are written in the form of the scraped pages of /work/notes/pages15 and pages16 (a Xinhua lead
on two presidents who met and agreed, a wire report of villagers killed and wounded by attackers, a
minister's quoted warning, a feature on a withdrawal from a nuclear deal, a report of troops pledged to a
mission); none is copied from a page.
"""

from __future__ import annotations


def _keys(coded) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.type, e.target.code if e.target else "") for e in coded.events}


def test_visiting_leader_before_a_name_is_the_clause_subject(pipeline) -> None:
    # "Visiting X and his counterpart Y met": the parse reads "Visiting" as a gerund subject
    coded = pipeline.code_text("Visiting Kenyan President William Ruto and his Ugandan counterpart, Yoweri "
                               "Museveni, met here Sunday and agreed to boost trade ties.")
    keys = _keys(coded)
    assert ("KENGOV", "CONSULT", "UGAGOV") in keys
    assert ("KENGOV", "AGREE", "UGAGOV") in keys


def test_visiting_gerund_with_a_subject_of_its_own_is_left_alone(pipeline) -> None:
    # a gerund clause about an act in general names no one as the main verb's subject
    coded = pipeline.code_text("Attacking Iran would be a grave mistake, the French minister said.")
    assert not any(e.source.code == "IRN" for e in coded.events)


def test_agent_of_a_coordinated_passive_is_the_doer(pipeline) -> None:
    # "were killed and others wounded by gunmen": "wounded" hangs on "others" with the agent
    coded = pipeline.code_text("At least 12 farmers have been killed and several others injured by armed "
                               "bandits in Nigeria's Zamfara state, police said on Monday.")
    assaults = [e for e in coded.events if e.type == "ASSAULT"]
    assert assaults and all(e.source.code != "UNKUAF" for e in assaults)
    assert assaults[0].source.code == "NGACRM"  # the bandits, as "killed by armed bandits" gives


def test_inverted_should_opens_a_condition_not_a_demand(pipeline) -> None:
    coded = pipeline.code_text('Secretary of State Mike Pompeo said: "We are watching closely. Should Iran '
                               'strike Saudi oil fields, the United States will respond."')
    assert not any(e.type == "REQUEST" for e in coded.events)


def test_should_after_its_subject_still_demands(pipeline) -> None:
    coded = pipeline.code_text('Secretary of State Mike Pompeo said: "We are watching closely. Iran must '
                               'free the detained sailors."')
    assert any(e.type == "REQUEST" and e.target and e.target.code == "IRN" for e in coded.events)


def test_own_state_withdrawn_from_a_deal_is_no_target(pipeline) -> None:
    coded = pipeline.code_text("Tehran condemned President Trump's decision to withdraw Washington from "
                               "the nuclear accord.")
    assert not any(e.source.country == "USA" and e.target and e.target.code == "USA" for e in coded.events)


def test_troops_pledged_are_no_target(pipeline) -> None:
    coded = pipeline.code_text("The mission's command changed hands, with Germany voicing its "
                               "readiness to lead the force and pledging as many as 1,500 troops.")
    assert not any(e.target and e.target.code == "UNKMIL" for e in coded.events)
