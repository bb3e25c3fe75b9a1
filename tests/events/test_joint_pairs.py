"""A mention that stands for two actors gives each its own part in the act (actors/groups.py members,
expanded by events/arguments.ActorIndex.actors_of): a symmetric act between them is one event from the
first named to the other, a reciprocal act is one event each way, and an act of the pair toward a third
actor is one event per member, each its own word. Sentences are written by hand in the forms found on
session 16's bilateral-meeting pages (/work/notes/pages16/pairs; page ids given)."""

from __future__ import annotations


def _keys(pipeline, text: str) -> list[tuple[str | None, str, str | None]]:
    coded = pipeline.code_text(text)
    return [(e.source.code if e.source else None, e.type, e.target.code if e.target else None)
            for e in coded.events]


def test_conjoined_modifiers_meet_each_other_once(pipeline) -> None:
    # form of page 016: two states' officials holding talks, one CONSULT between them
    keys = _keys(pipeline, "U.S. and Russian diplomats met in Geneva on Monday.")
    assert keys == [("USAGOV", "CONSULT", "RUSGOV")]


def test_conjoined_modifiers_agree_with_each_other(pipeline) -> None:
    # form of page 004: two states' ministers named by conjoined demonyms agree
    keys = _keys(pipeline, "Indian and Chinese commanders agreed to disengage on Friday.")
    assert keys == [("INDMIL", "AGREE", "CHNMIL")]


def test_the_two_leaders_agree_after_their_meeting(pipeline) -> None:
    # form of page 000: what "the two leaders" agreed after their talks, one event, first named first
    keys = _keys(pipeline, "Putin met Erdogan in Sochi on Monday. The two leaders agreed to expand trade.")
    assert ("RUSGOV", "AGREE", "TURGOV") in keys
    assert ("TURGOV", "AGREE", "RUSGOV") not in keys


def test_both_sides_agree(pipeline) -> None:
    # form of page 022: what "the two sides" agreed after a summit of two states
    keys = _keys(pipeline, "Japan and China held talks in Tokyo. Both sides agreed to set up a hotline.")
    assert ("JPN", "AGREE", "CHN") in keys


def test_the_two_sides_accuse_each_other_both_ways(pipeline) -> None:
    # form of page 012: the sides of a truce blame each other, one accusation each way, each its own
    coded = pipeline.code_text("Armenia and Azerbaijan signed a truce. The two sides accused each other of "
                               "violating the ceasefire on Sunday.")
    accusations = {(e.source.code, e.target.code, e.attributed_to.code if e.attributed_to else None)
                   for e in coded.events if e.type == "ACCUSE"}
    assert accusations == {("ARM", "AZE", "ARM"), ("AZE", "ARM", "AZE")}


def test_a_pair_urging_a_third_state_is_one_request_each(pipeline) -> None:
    # a directed act by two states' officials toward a third: one event per member, each its own word
    coded = pipeline.code_text("U.S. and British officials urged Iran to halt enrichment.")
    requests = {(e.source.code, e.target.code, e.attributed_to.code if e.attributed_to else None)
                for e in coded.events if e.type == "REQUEST"}
    assert requests == {("USAGOV", "IRN", "USAGOV"), ("GBRGOV", "IRN", "GBRGOV")}


def test_ministers_of_one_state_stay_one_party(pipeline) -> None:
    # "the two ministers" of one government: no act between China and Russia is made up
    keys = _keys(pipeline, "Foreign Minister Wang Yi and Defence Minister Dong Jun of China visited Moscow. "
                           "The two ministers met Putin.")
    assert not any(s and s.startswith("CHN") and t and t.startswith("RUS") and typ == "AGREE"
                   for s, typ, t in keys)
    assert ("RUSGOV", "CONSULT", "CHNGOV") not in keys


def test_a_pair_holding_joint_exercises_cooperates(pipeline) -> None:
    # form of page 004: the joint exercise noun codes its two doers' cooperation (CAMEO 062)
    keys = _keys(pipeline, "U.S. and South Korean troops held joint military exercises on Monday.")
    assert ("USAMIL", "COOPERATE", "KORMIL") in keys


def test_a_call_on_both_countries_is_to_the_other_one(pipeline) -> None:
    # the caller's own state, one of "both countries", is not asked
    keys = _keys(pipeline, "Xi met Biden in Bali on Monday. Xi called on both countries to expand trade.")
    assert not any(s == "CHNGOV" and t and t.startswith("CHN") for s, _, t in keys)


def test_they_after_a_pair_agree_with_each_other(pipeline) -> None:
    # form of page 008 (/work/notes/pages16/pairs2): "They agreed to ..." after the pair's meeting is
    # one agreement between them
    keys = _keys(pipeline, "Putin and Erdogan met in Sochi on Monday. They agreed to expand trade.")
    assert ("RUSGOV", "AGREE", "TURGOV") in keys


def test_the_leaders_after_a_call_agree_with_each_other(pipeline) -> None:
    # form of page 001: a bare "The leaders agreed" after one leader called the other
    keys = _keys(pipeline, "Putin met Erdogan in Sochi on Monday. The leaders agreed to expand trade.")
    assert ("RUSGOV", "AGREE", "TURGOV") in keys
