"""Session 15: one happening told by many articles is one cluster, with all its evidence.

Sentences are written in the form of the scraped news pages of /work/notes/pages15/merge (several
outlets' versions of one story); none is copied from a page.
"""

from __future__ import annotations

from datetime import date

import duckdb

from sitrep.ledger import Ledger
from sitrep.ledger.benchmark import cluster_coded
from sitrep.ledger.clusters import ClusterItem, cluster_items
from sitrep.ledger.rows import period
from sitrep.ledger.schema import SCHEMA_VERSION
from sitrep.records import Actor, CodedDocument, Document, Event, Evidence

USA = Actor("USA", "United States", None, "USA")
RUS = Actor("RUS", "Russia", None, "RUS")
PRK = Actor("PRKGOV", "Kim Jong Un", "GOV", "PRK")
ARM = Actor("ARMGOV", "Armenia", "GOV", "ARM")
AZE = Actor("AZEGOV", "Azerbaijan", "GOV", "AZE")


def _event(text: str, sentence: str, source: Actor, target: Actor, type_: str, *, mode: str = "asserted",
           section: str = "text", also: tuple[tuple[str, str], ...] = (),
           event_date: str | None = None) -> Event:
    """An event whose evidence is `sentence` in `text` (the title when `section` is "title")."""
    start = text.index(sentence)
    spans = [Evidence(s, text.index(s), text.index(s) + len(s), sec) for s, sec in also]
    return Event(source, target, type_, mode, Evidence(sentence, start, start + len(sentence), section),
                 event_date=event_date, also=spans)


def _doc(doc_id: str, text: str, events: list[Event], *, title: str | None = None,
         published: str | None = None) -> CodedDocument:
    document = Document(id=doc_id, text=text, title=title, published=published, origin=doc_id)
    return CodedDocument(document, events)


def _clusters_of(ledger: Ledger) -> dict[str, set[str]]:
    rows = ledger.con.execute("SELECT cluster_id, document_id, ordinal FROM events").fetchall()
    out: dict[str, set[str]] = {}
    for cid, doc, ordinal in rows:
        out.setdefault(cid, set()).add(f"{doc}#{ordinal}")
    return out


def test_a_period_keeps_its_first_and_last_day() -> None:
    # "last week" (a TimeML week) is seven days; "in September 2014" a month; Python alone reads
    # "2015-W18" as that week's Monday
    assert period("2015-W18") == (date(2015, 4, 27), date(2015, 5, 3))
    assert period("2014-09") == (date(2014, 9, 1), date(2014, 9, 30))
    assert period("2015-04-27") == (date(2015, 4, 27), date(2015, 4, 27))
    assert period("PAST_REF") is None


# Headline-led reports of one Treasury action, in the form of the sanctions pages (006-009)
HEADLINE = "U.S. imposes fresh penalties on Kremlin allies"
BODY_A = ("The Treasury Department on Thursday announced sanctions against seven Russian oligarchs and "
          "twelve companies over election meddling.")
BODY_B = ("Washington announced sanctions on Thursday against seven Russian oligarchs and twelve companies "
          "it accuses of election meddling.")


def _sanctions() -> list[CodedDocument]:
    text_a = HEADLINE + "\n" + BODY_A
    a = _event(text_a, HEADLINE, USA, RUS, "SANCTION", also=((BODY_A, "text"),))
    b = _event(BODY_B, BODY_B, USA, RUS, "SANCTION")
    return [_doc("a", text_a, [a], published="2018-04-06"), _doc("b", BODY_B, [b], published="2018-04-06")]


def test_the_body_span_of_a_headline_led_event_meets_another_outlets_report(ledger) -> None:
    coded = _sanctions()
    ledger.store_all(coded)
    assert len(_clusters_of(ledger)) == 1
    assignment, _ = cluster_coded(coded)  # the benchmark clusters as the ledger does
    assert assignment[("a", 0)] == assignment[("b", 0)]


STRIKE_A = "Coalition airstrikes last week killed dozens of civilians in a village near Manbij."
STRIKE_B = "Coalition airstrikes killed dozens of civilians on Saturday in a village near Manbij."


def test_a_strike_dated_last_week_meets_the_report_dating_it_to_a_day(ledger) -> None:
    # one strike: "last week" is 2015-W18 (27 April - 3 May), the other report's Saturday 2 May
    a = _event(STRIKE_A, STRIKE_A, USA, Actor("SYRCVL", "civilians", "CVL", "SYR"), "ASSAULT",
               event_date="2015-W18")
    b = _event(STRIKE_B, STRIKE_B, USA, Actor("SYRCVL", "civilians", "CVL", "SYR"), "ASSAULT",
               event_date="2015-05-02")
    ledger.store_all([_doc("a", STRIKE_A, [a]), _doc("b", STRIKE_B, [b])])
    assert len(_clusters_of(ledger)) == 1
    stored = ledger.con.execute("SELECT event_date, event_end FROM events WHERE document_id = 'a'").fetchone()
    assert stored == (date(2015, 4, 27), date(2015, 5, 3))


def test_a_strike_weeks_later_stays_apart(ledger) -> None:
    a = _event(STRIKE_A, STRIKE_A, USA, Actor("SYRCVL", "civilians", "CVL", "SYR"), "ASSAULT",
               event_date="2015-W18")
    b = _event(STRIKE_B, STRIKE_B, USA, Actor("SYRCVL", "civilians", "CVL", "SYR"), "ASSAULT",
               event_date="2015-05-23")
    ledger.store_all([_doc("a", STRIKE_A, [a]), _doc("b", STRIKE_B, [b])])
    assert len(_clusters_of(ledger)) == 2


SUMMIT = "Trump and Kim met in Singapore on Tuesday for a historic summit."
AGAIN = "Trump said he and Kim could meet again in Singapore for another summit."


def test_a_possible_meeting_is_not_the_summit_it_anticipates() -> None:
    summit = ClusterItem("held", "d1", "CONSULT", "USA", "PRK", "asserted", date(2018, 6, 12), SUMMIT,
                         stated=True)
    again = ClusterItem("maybe", "d2", "CONSULT", "USA", "PRK", "possible", date(2018, 6, 13), AGAIN)
    assert len(cluster_items([summit, again])) == 2


def test_a_hedged_report_of_the_same_dated_act_joins_it() -> None:
    # "may have met" on the summit's own day tells the summit
    summit = ClusterItem("held", "d1", "CONSULT", "USA", "PRK", "asserted", date(2018, 6, 12), SUMMIT,
                         stated=True)
    hedged = ClusterItem("hedged", "d2", "CONSULT", "USA", "PRK", "possible", date(2018, 6, 12),
                         "Trump and Kim may have met in Singapore on Tuesday for the summit.", stated=True)
    assert len(cluster_items([summit, hedged])) == 1


# a reprint of a ceasefire story (pages 041/042 form): the foreign ministers' talks held, and
# substantive negotiations to begin, are two happenings of one story
STORY = ("The ceasefire was announced after ten hours of talks between the foreign ministers of Armenia and "
         "Azerbaijan in Moscow. Armenia and Azerbaijan will begin substantive negotiations with the aim of a "
         "peaceful settlement, the ministers said.")
TALKS = "talks between the foreign ministers of Armenia and Azerbaijan"
NEGOTIATIONS = ("Armenia and Azerbaijan will begin substantive negotiations with the aim of a peaceful "
                "settlement")


def test_a_reprint_does_not_fuse_the_happenings_of_its_story(ledger) -> None:
    docs = []
    for doc_id, tail in (("original", ""), ("reprint", "\nShare this article")):
        text = STORY + tail
        docs.append(_doc(doc_id, text, [_event(text, TALKS, ARM, AZE, "CONSULT"),
                                        _event(text, NEGOTIATIONS, AZE, ARM, "CONSULT")]))
    ledger.store_all(docs)
    copy = ledger.con.execute("SELECT duplicate_of FROM documents WHERE id = 'reprint'").fetchone()[0]
    assert copy == "original"
    assert sorted(map(sorted, _clusters_of(ledger).values())) == [
        ["original#0", "reprint#0"], ["original#1", "reprint#1"]]


def test_version_2_file_is_migrated_and_keeps_its_rows(tmp_path) -> None:
    """A version 2 ledger (no `event_end`) opens, keeps its events, and clusters them as one-day dates."""
    path = tmp_path / "v2.duckdb"
    with Ledger(path) as led:
        led.store_all(_sanctions())
        led.con.execute("DROP INDEX events_document")  # DuckDB alters no table an index depends on
        led.con.execute("ALTER TABLE events DROP COLUMN event_end")
        led.con.execute("CREATE INDEX events_document ON events (document_id)")
        led.con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    with Ledger(path) as led:
        assert int(led.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]) \
            == SCHEMA_VERSION
        assert led.con.execute("SELECT count(*), count(event_end) FROM events").fetchone() == (2, 0)
        assert led.store(_doc("c", STRIKE_A, [_event(STRIKE_A, STRIKE_A, USA, RUS, "ASSAULT")])) is True
        assert len(led.events(output="records")) == 3
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM events WHERE event_end IS NULL").fetchone()[0] == 3
    con.close()
