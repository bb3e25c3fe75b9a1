"""Session 16 (pairs3): a bare head title paired with a counterpart heads the report's home state, and a
government's and its rebels' "both sides" are the two parties. Sentences are written by hand in the forms
of bilateral-visit wire reports (a capital's dateline, "President X and his <demonym> counterpart Y held
talks") and of conflict reports (troops clash with rebels, then "Both sides blamed each other")."""

from __future__ import annotations

from tests.actors.conftest import group_members as members


def _codes(pipeline, text: str) -> set[tuple[str, str, str]]:
    coded = pipeline.code_text(text)
    return {(e.source.code if e.source else "-", e.type, e.target.code if e.target else "-")
            for e in coded.events}


def test_bare_president_with_a_counterpart_heads_the_dateline_state(pipeline) -> None:
    # a wire report from the home capital: the president the lexicon does not know is that state's
    found = _codes(pipeline, "ACCRA, May 4 (GNA) - President Kwesi Ampofo and his Togolese counterpart "
                             "Yao Mensah held talks on Monday on border security.")
    assert ("GHAGOV", "CONSULT", "TGOGOV") in found


def test_bare_president_meeting_a_counterpart_heads_the_dateline_state(pipeline) -> None:
    # "X met his <demonym> counterpart Y": the clause the person is the subject of
    found = _codes(pipeline, "ACCRA, May 4 (GNA) - President Kwesi Ampofo met his Togolese counterpart "
                             "Yao Mensah on Monday.")
    assert ("GHAGOV", "CONSULT", "TGOGOV") in found


def test_company_president_is_no_head_of_state(pipeline) -> None:
    # a body named before the title: its head, not the state's
    coded = pipeline.code_text("ACCRA, May 4 (GNA) - Cocobod President Kwesi Ampofo and his Togolese "
                               "counterpart Yao Mensah held talks on Monday.")
    assert not any(m.actor.code == "GHAGOV" and "Ampofo" in m.text for m in coded.mentions)


def test_bare_president_without_counterpart_gets_no_state(pipeline) -> None:
    # no counterpart, no dateline: nothing tells whose president
    coded = pipeline.code_text("President Kwesi Ampofo said on Monday the economy was growing.")
    assert not any("Ampofo" in m.text and m.actor.country for m in coded.mentions)


def test_both_sides_of_a_war_at_home_are_the_army_and_the_rebels(pipeline) -> None:
    # a government's troops fight rebels of the same state, then both blame each other
    found = members(pipeline, "Malian soldiers clashed with Tuareg rebels near Kidal on Friday. Both sides "
                               "accused each other of breaking the truce.")
    assert found == {"Both sides": ["MLIMIL", "MLIREB"]}


def test_two_organs_of_one_state_are_not_both_sides(pipeline) -> None:
    # the government and its army are one party, not two sides
    found = members(pipeline, "The Malian government praised the army on Friday. Both sides said the "
                               "operation had succeeded.")
    assert "Both sides" not in found


def test_speaker_with_a_counterpart_is_not_made_head_of_state(pipeline) -> None:
    # a head title PLOVER does not file under GOV (a house's speaker): left as before, not the government
    coded = pipeline.code_text("ACCRA, May 4 (GNA) - Speaker Kwesi Ampofo and his Togolese counterpart "
                               "Yao Mensah signed a memorandum on Monday.")
    assert not any(m.actor.code == "GHAGOV" and "Ampofo" in m.text for m in coded.mentions)
