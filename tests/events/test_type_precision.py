"""Type precision: words of a PLOVER type's verbs and nouns that name no act of that type (CONCEDE,
MOBILIZE, ASSAULT, REQUEST), and the type a CAMEO description gives them instead.

Sentences from PolNeAR train texts (`shared/corpora/polnear/train/text/`, file named), ECB+ articles
(`shared/corpora/ecbplus/ECB+/`, document named) and the PLOVER GSR dev split
(`benchmarks/event-coding/plover-gsr-cameo.jsonl`, record named; coded with no date, as the eval does).
"""

from __future__ import annotations


def types(events, text: str, published: str | None = "2016-06-01") -> set[str]:
    return {kind for _, _, kind in events(text, published)}


def test_the_press_allowing_a_candidate_concedes_nothing(events):
    # west-journal_2016-07-27_clinton-campaign-manager-laughs-.txt
    got = types(events, "Republican presidential nominee Donald Trump has blasted the media for allowing "
                        "Clinton to go so long without a press conference.", "2016-07-27")
    assert "CONCEDE" not in got
    assert "ACCUSE" in got


def test_a_rule_allowing_federal_agencies_concedes_nothing(events):
    # ECB+ 9_10ecbplus.xml
    got = types(events, "Instead, the Bush rule allowed federal agencies to decide for themselves "
                        "whether projects such as dams and power plants posed risks to endangered species or "
                        "the places they live.")
    assert "CONCEDE" not in got


def test_a_court_allowing_a_candidate_to_run_concedes(events):
    # PLOVER-GSR01-CONCEDE-0004 (dev)
    got = events("The Ivory Coast's Supreme Court decided to allow candidate Alassane Ouattara to "
                 "participate in the country's upcoming elections.", None)
    assert {(s[:3], t[:3], kind) for s, t, kind in got if t} >= {("CIV", "CIV", "CONCEDE")}


def test_a_politicians_battle_with_the_media_is_no_assault(events):
    # west-journal_2016-09-06_schlafly-s-final-column-explains.txt
    text = ("Noting that both Reagan and Trump battled staunch opposition from the media, Schlafly put her "
            "finger on one facet of Trump's campaign that, to her, invokes Reagan.")
    got = types(events, text, "2016-09-06")
    assert "ASSAULT" not in got


def test_a_party_targeting_firms_for_contributions_is_no_assault(events):
    # west-journal_2016-07-01_leaked-documents-reveal-democrat.txt
    text = ("Drug companies such as Pfizer, GlaxoSmithKline, Johnson & Johnson, and Eli Lilly were all "
            "allegedly targeted by the DNC for campaign contributions.")
    got = types(events, text, "2016-07-01")
    assert "ASSAULT" not in got


def test_mobilizing_engineering_teams_is_no_mobilization(events):
    # ECB+ 27_17ecb.xml
    text = ("The US software giant said on Tuesday that in response to \"the threat to customers\" it "
            "immediately mobilized security engineering teams worldwide to deliver a software cure.")
    got = types(events, text)
    assert "MOBILIZE" not in got


def test_mobilizing_reservists_is_a_mobilization(events):
    # PLOVER-GSR01-MOBILIZE-0006 (dev)
    got = events("Britain mobilized army reservists for a possible war against Iraq on Tuesday while UN arms "
                 "inspectors said they needed more time.", None)
    assert ("GBR", "IRQ", "MOBILIZE") in got


def test_a_tsunami_alert_is_no_mobilization(events):
    # ECB+ 37_1ecbplus.xml
    got = types(events, "In April last year an 8.6-magnitude quake struck 431 kilometres off Banda Aceh, "
                        "prompting an Indian Ocean-wide tsunami alert.")
    assert "MOBILIZE" not in got


def test_deaths_in_a_disaster_have_no_perpetrator(events):
    # ECB+ 37_5ecb.xml
    assert "ASSAULT" not in types(events, "The catastrophe four years ago devastated Indian Ocean community "
                                          "and killed more than 230,000 people, over 170,000 of them in Aceh "
                                          "at northern tip of Sumatra Island of Indonesia.")


def test_a_killing_dated_decades_ago_through_its_setting_is_history(events):
    # ECB+ 19_14ecb.xml
    text = ("But the tens of thousands of students who have taken to the streets of a dozen Greek cities "
            "this week have pointed out similarities to the case of another 15-year-old, Michalis Kaltezas, "
            "who was killed by an officer during a demonstration in Athens in 1985.")
    got = types(events, text)
    assert "ASSAULT" not in got


def test_a_call_for_sanctions_against_a_state_condemns_it(events):
    # PLOVER-GSR01-DISAPPROVE-0012 (dev)
    got = events("Archbishop Desmond Tutu on Sunday called for sanctions against Nigeria in the wake of the "
                 "execution of Ken Saro-Wiwa.", None)
    assert {(s[:3], t[:3], kind) for s, t, kind in got if t} == {("ZAF", "NGA", "ACCUSE")}
