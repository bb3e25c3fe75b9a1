"""Actor codes on real texts, session 13 (second actors helper): transliterations of leaders' names
("the Asad regime", "Qadhafi"); a group noun takes the code of its named examples ("militias like
Hezbollah"); a state's officials who report a fight do not make the insurgents theirs.

Texts are re3d documents (`shared/corpora/re3d/<folder>/documents.json`, id named).
"""

from __future__ import annotations

import json

from sitrep.actors.lexicon import load_lexicon
from sitrep.actors.persons import person_actor

from .conftest import codes_of


def _re3d(shared, folder: str, doc_id: str) -> dict:
    path = shared / "corpora" / "re3d" / folder / "documents.json"
    lines = filter(str.strip, path.read_text(encoding="utf-8-sig").splitlines())
    return next(d for d in map(json.loads, lines) if d["_id"].startswith(doc_id))


def test_the_asad_regime_is_syria_s_government(pipeline):
    """re3d UK Government (Syria sieges statement): the UK Government writes Assad "Asad"."""
    coded = pipeline.code_text("But last year just 10 per cent of UN convoy requests to besieged areas "
                               "were approved by the Asad regime.")
    assert codes_of(coded, "Asad regime") == ["SYRGOV"]


def test_other_transliterations_of_leaders_names():
    """"Qadhafi" (UK and US government spelling) and "Hafez al-Asad" are the leaders news writes
    otherwise; the lexicon matches exact names, so each spelling is an alias."""
    lex = load_lexicon()
    assert person_actor("Qadhafi", "2011-03-01", lex).code == "LBYGOV"
    assert person_actor("Muammar Qaddafi", "2011-03-01", lex).code == "LBYGOV"
    assert person_actor("Hafez al-Asad", "1990-01-01", lex).code == "SYRGOV"


def test_a_group_noun_takes_its_named_example_s_code(pipeline):
    """re3d UK Government 7064D852A8 (Minister Ellwood on the Syria ceasefire): "militias like
    Hezbollah" were SYRUAF (the sentence's Damascus); they are Hezbollah's kind, LBNREB."""
    coded = pipeline.code_text(
        "We are concerned by reports of ceasefire violations and call on all parties to respect the "
        "ceasefire, particularly around the Wadi Barada area of Damascus, where civilians are facing "
        "ongoing shelling and airstrikes by the Asad regime and militias like Hezbollah.")
    assert codes_of(coded, "militias") == ["LBNREB"]
    events = {(e.source.code if e.source else None) for e in coded.events}
    assert "LBNREB" in events and "SYRUAF" not in events


def test_examples_of_different_actors_give_the_group_none_of_theirs(pipeline):
    """The same construction with two groups of different states: neither one's code."""
    coded = pipeline.code_text("Civilians are facing airstrikes by militias such as Hezbollah and Hamas "
                               "in Syria.")
    assert codes_of(coded, "militias") not in (["LBNREB"], ["PSEREB"])


def test_officials_reporting_a_fight_do_not_own_the_insurgents(pipeline, shared):
    """re3d Wikipedia 7EA8D40D4C (Operation Steel Curtain, Iraq 2005): "U.S. officials reported that
    the operation killed 139 insurgents" made the insurgents USAREB; they are Iraq's (IRQREB), where
    the document's fighting is."""
    doc = _re3d(shared, "Wikipedia", "7EA8D40D4C")
    coded = pipeline.code_text(doc["text"], title=doc["title"])
    start = doc["text"].index("U.S. officials reported")
    codes = [m.actor.code for m in coded.mentions if m.text == "insurgents" and m.start > start][:1]
    assert codes == ["IRQREB"]


def test_leaders_of_a_group_are_not_a_government(pipeline):
    """ECB+ 36_1ecb headline: "2 leaders of polygamist group arrested in Canada" made the sect's
    leaders Canada's government (CANGOV); a group's leaders are its own, a private association's."""
    coded = pipeline.code_text("2 leaders of polygamist group arrested in Canada")
    assert codes_of(coded, "leaders") == ["CANCVL"]


def test_a_portfolio_stays_a_government_office(pipeline):
    """re3d US State Department style: "Secretary of State" is an office, not a group's head."""
    coded = pipeline.code_text("Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov.")
    assert codes_of(coded, "John Kerry") == ["USAGOV"]


def test_forces_a_state_provides_are_its_own(pipeline):
    """re3d UK Government ED9C03D12F (Ellwood on Mosul): "the UK ... is now providing an additional 125
    soldiers to assist in Counter-IED training for the Iraqi Army" - the soldiers are British, not
    of no country (the sentence also names the Coalition, ISIL and the Iraqi Army)."""
    coded = pipeline.code_text(
        "As the second largest contributor to the Coalition military activities, the UK has flown over "
        "870 missions, conducted over 265 bombing raids on ISIL targets, and is now providing an additional "
        "125 soldiers to assist in Counter-IED training for the Iraqi Army helping them to clear territory "
        "safely and return it to local people.")
    assert codes_of(coded, "soldiers") == ["GBRMIL"]
