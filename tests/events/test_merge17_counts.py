"""Session 17 (clusters2): what keeps two tellings of one kind of act in one report apart, and what joins
them. Two different sums of one kind of grant are two grants; a telling that counts a pair's meetings
("in about a dozen meetings since then") recalls many, not the one reported; a killing of one named
person told with its doer and again with none ("An airstrike killed Soleimani") is one killing.

Sentences are written in the form of already-read scraped pages (a PTI report of a chief minister's flood
grant beside last week's, pages17/fields/014; a report of a leaders' summit recalling their past meetings,
pages16/clusters/038; an AP report telling one air strike three times, pages17/clusters/025); none is
copied from a page.
"""

from __future__ import annotations

from sitrep.events.merge import Telling, amount, merge_events
from sitrep.records import Actor, Event, Evidence

JPN = Actor.of("JPN", "Japan")
PAK = Actor.of("PAK", "Pakistan")


def _of(coded, type_: str) -> list[str]:
    return [e.evidence.text for e in coded.events if e.type == type_]


def test_one_sum_written_two_ways_is_one_amount() -> None:
    assert amount("Rs five crore") == amount("Rs 5 crore") == 5e7
    assert amount("$20 mn") == amount("USD 20 million") == 2e7
    assert amount("dozens of troops") is None
    assert amount("between 20 and 30") is None


def test_two_grants_of_different_sums_stay_apart(pipeline) -> None:
    # form of pages17/fields/014: today's grant, then last month's grant of another sum
    coded = pipeline.code_text("Japan gave $5 million in aid to Pakistan, the foreign ministry said on "
                               "Tuesday. Japan had given $10 million in aid to Pakistan last month for flood "
                               "relief in Sindh.", published="2022-09-06")
    assert len(_of(coded, "AID")) == 2


def _aid(text: str, start: int, quantity: str | None) -> Event:
    return Event(type="AID", source=JPN, target=PAK, mode="asserted", trigger="give", quantity=quantity,
                 evidence=Evidence(text=text, section="text", start=start, end=start + len(text)))


def _telling(sentence: int) -> Telling:
    return Telling(sentence=sentence, definite=False, anew=False, newcomer=False)


def test_one_sum_told_twice_is_one_grant() -> None:
    first = _aid("Japan gave $5 million in aid to Pakistan", 0, "$5 million")
    again = _aid("Japan gave US$ 5 million to Pakistan for flood victims", 60, "US$ 5 million")
    assert len(merge_events([first, again], {id(first): _telling(0), id(again): _telling(60)})) == 1


def test_a_sum_only_the_evidence_writes_counts() -> None:
    # the argument reader took no quantity from the later telling; the sum its words state still differs
    first = _aid("Japan gave $5 million in aid to Pakistan", 0, "$5 million")
    later = _aid("Japan had given $10 million in aid to Pakistan last month", 60, None)
    assert len(merge_events([first, later], {id(first): _telling(0), id(later): _telling(60)})) == 2


def test_meetings_counted_since_then_are_not_the_summit(pipeline) -> None:
    # form of pages16/clusters/038
    coded = pipeline.code_text("Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in "
                               "Wuhan on Friday. The pair have talked at roughly a dozen international "
                               "meetings since that first visit.")
    assert len(_of(coded, "CONSULT")) == 2


def test_a_killing_told_with_and_without_its_doer_is_one(pipeline) -> None:
    # form of pages17/clusters/025: the Pentagon's telling, then the officials' with no doer named
    coded = pipeline.code_text("The Pentagon said American forces had killed General Qassem Soleimani, the "
                               "head of the Quds Force. An airstrike killed Soleimani at Baghdad's "
                               "international airport on Friday, Iraqi officials said.",
                               published="2020-01-03")
    assaults = [e for e in coded.events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0].source is not None and assaults[0].source.code == "USAMIL"


def test_another_person_killed_with_no_doer_stays_apart(pipeline) -> None:
    coded = pipeline.code_text("The Pentagon said American forces had killed General Qassem Soleimani, the "
                               "head of the Quds Force. An airstrike killed Abu Mahdi al-Muhandis at "
                               "Baghdad's international airport on Friday, Iraqi officials said.",
                               published="2020-01-03")
    assert len(_of(coded, "ASSAULT")) == 2


def test_meetings_a_visit_plans_are_the_visit(pipeline) -> None:
    # form of pages16/clusters/044: the summit ahead and the meetings it will hold are one happening
    coded = pipeline.code_text("Prime Minister Narendra Modi is to hold talks with Chinese President Xi "
                               "Jinping in Wuhan later this week. Modi is to see Xi several times during the "
                               "two-day stay, officials said.")
    assert len(_of(coded, "CONSULT")) == 1
