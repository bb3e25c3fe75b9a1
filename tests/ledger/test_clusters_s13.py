"""Session 13: a report that leaves a party of the happening unnamed joins the reports that name it."""

from __future__ import annotations

from datetime import date

from sitrep.ledger.clusters import ClusterItem, cluster_items, related_blocks
from sitrep.records import CodedDocument, Document, Event, Evidence

from .conftest import actor


def _groups(items: list[ClusterItem]) -> list[list[str]]:
    return sorted(sorted(m.id for m in g) for g in cluster_items(items).values())


def test_a_bombing_with_no_named_doer_joins_the_reports_that_name_it() -> None:
    # ECB+ 41_4ecbplus ("the Yida Refugee Camp in South Sudan was bombed", no doer named, coded UNKUAF)
    # and 41_5ecbplus ("A refugee camp in South Sudan's Unity state was bombed Thursday", Sudan named)
    named = ClusterItem("named", "d1", "ASSAULT", "SDN", "SSD", "asserted", date(2011, 11, 10),
                        "A refugee camp in South Sudan's Unity state was bombed Thursday")
    vague = ClusterItem("vague", "d2", "ASSAULT", "UNKUAF", "SSD", "asserted", date(2011, 11, 10),
                        "the Yida Refugee Camp in South Sudan was bombed")
    other = ClusterItem("other", "d3", "ASSAULT", "UNKUAF", "SSD", "asserted", date(2011, 11, 10),
                        "gunmen ambushed a convoy of traders near Juba")
    assert _groups([named, vague, other]) == [["named", "vague"], ["other"]]


def test_an_unnamed_party_joins_one_named_dyad_only() -> None:
    # ECB+ 12ecb: the Indian navy "captured 23 pirates" (coded IND -> UNKCRM) beside reports that name
    # them Somali (IND -> SOM) or Yemeni (IND -> YEM): the vague report joins the closest, and does not
    # chain the two named dyads into one cluster
    som = ClusterItem("som", "d1", "COERCE", "IND", "SOM", "asserted", None,
                      "The Indian navy has captured 23 Somalian pirates in the Gulf of Aden")
    yem = ClusterItem("yem", "d2", "COERCE", "IND", "YEM", "asserted", None,
                      "it has arrested 23 Somali and Yemeni pirates who tried to storm a ship")
    vague = ClusterItem("vague", "d3", "COERCE", "IND", "UNKCRM", "asserted", None,
                        "The Indian navy captured 23 pirates in the Gulf of Aden after rescuing a vessel")
    assert _groups([som, yem, vague]) == [["som", "vague"], ["yem"]]
    # a report naming neither side joins nothing
    nobody = ClusterItem("nobody", "d4", "COERCE", "UNKCRM", None, "asserted", None,
                         "captured 23 pirates in the Gulf of Aden after rescuing a merchant vessel")
    assert ["nobody"] in _groups([som, nobody])


def test_re_clustering_a_block_loads_the_blocks_it_may_join() -> None:
    touched = {"ASSAULT|UNKUAF|SSD|claim"}
    known = ["ASSAULT|SDN|SSD|claim", "ASSAULT|SDN||claim", "ASSAULT|SDN|SSD|intent", "ASSAULT|ETH|KEN|claim"]
    # the named dyad it may join, and that dyad's other vague blocks
    assert related_blocks(touched, known) == touched | {"ASSAULT|SDN|SSD|claim", "ASSAULT|SDN||claim"}


def _coded(doc_id: str, text: str, source: str | None, target: str | None) -> CodedDocument:
    doc = Document(id=doc_id, text=text, published="2011-11-11", publisher=doc_id)
    ev = Event(actor(source), actor(target), "ASSAULT", "asserted", Evidence(text, 0, len(text), "text"))
    return CodedDocument(doc, [ev])


def test_the_ledger_clusters_the_same_one_report_at_a_time(tmp_path) -> None:
    # ECB+ 41ecbplus sentences: stored one by one or all at once, the clusters are the same
    from sitrep.ledger.store import Ledger

    reports = [_coded("a", "A refugee camp in South Sudan's Unity state was bombed Thursday", "SDN", "SSD"),
               _coded("b", "the Yida Refugee Camp in South Sudan was bombed", "UNKUAF", "SSD"),
               _coded("c", "Sudan bombed the Yida refugee camp in South Sudan's Unity state", "SDN", "SSD")]

    def clusters(batches: list[list[CodedDocument]], name: str) -> list[tuple[int, int]]:
        with Ledger(tmp_path / name) as led:
            for batch in batches:
                led.store_all(batch)
            rows = led.con.execute("SELECT events, documents FROM clusters ORDER BY 1").fetchall()
        return [tuple(r) for r in rows]

    assert clusters([reports], "all.duckdb") == clusters([[r] for r in reports], "one.duckdb") == [(3, 3)]
