"""Clusters, dyad trends, the network, exports and the brief, on real text coded by hand."""

from __future__ import annotations

import json
from datetime import date

import duckdb
import networkx as nx
import pandas as pd
import pytest

from sitrep.errors import QueryError
from sitrep.ledger.clusters import ClusterItem, cluster_items, content_words
from sitrep.ledger.network import write_network


@pytest.fixture(scope="module")
def full(tmp_path_factory, seed_coded, yida):
    from sitrep.ledger import Ledger

    with Ledger(tmp_path_factory.mktemp("analysis") / "a.duckdb") as ledger:
        ledger.store(seed_coded)
        for coded in yida.values():
            ledger.store(coded)
        yield ledger


def test_three_outlets_one_disputed_bombing(full):
    # ECB+ 41_1/41_3/41_5ecbplus report Sudan bombing Yida camp; 41_1 and 41_5 carry Sudan's denial
    rows = full.clusters(type="ASSAULT", actor="SDN", output="records")
    assert len(rows) == 1
    c = rows[0]
    assert (c["source"], c["target"], c["events"], c["documents"], c["sources"]) == ("SDN", "SSD", 4, 3, 3)
    assert c["disputed"] is True
    assert c["denied_by"] == ["SDNMIL"]
    assert c["first_seen"] == date(2011, 11, 10)
    assert full.clusters(disputed=True, output="records") == rows
    accuse = full.clusters(type="ACCUSE", actor="SSD", output="records")
    assert len(accuse) == 1 and accuse[0]["disputed"] is False


def test_same_dyad_far_apart_in_time_stays_apart():
    # evidence from ECB+ 41_1ecbplus and 41_3ecbplus, the second moved a month later
    a = ClusterItem(
        "a",
        "d1",
        "ASSAULT",
        "SDN",
        "SSD",
        "asserted",
        date(2011, 11, 10),
        "The Sudan Armed Forces , or SAF , attacked a refugee camp in South Sudan",
    )
    b = ClusterItem(
        "b",
        "d2",
        "ASSAULT",
        "SDN",
        "SSD",
        "asserted",
        date(2011, 11, 11),
        "an aerial bombardment of a refugee camp in their territory",
    )
    c = ClusterItem(
        "c",
        "d3",
        "ASSAULT",
        "SDN",
        "SSD",
        "asserted",
        date(2011, 12, 20),
        "an aerial bombardment of a refugee camp in their territory",
    )
    groups = sorted(sorted(m.id for m in g) for g in cluster_items([a, b, c]).values())
    assert groups == [["a", "b"], ["c"]]


def test_symmetric_types_ignore_direction_and_intentions_stay_apart():
    # AQUAINT APW19990312.0251-style meeting, reported in both directions; a planned one is another happening
    x = ClusterItem(
        "x",
        "d1",
        "CONSULT",
        "POL",
        "USA",
        "asserted",
        date(1999, 3, 12),
        "Geremek met Albright in Independence",
    )
    y = ClusterItem(
        "y",
        "d2",
        "CONSULT",
        "USA",
        "POL",
        "asserted",
        date(1999, 3, 12),
        "Albright met Geremek in Independence , Missouri",
    )
    z = ClusterItem(
        "z",
        "d3",
        "CONSULT",
        "USA",
        "POL",
        "planned",
        date(1999, 3, 12),
        "Albright will meet Geremek in Independence",
    )
    groups = sorted(sorted(m.id for m in g) for g in cluster_items([x, y, z]).values())
    assert groups == [["x", "y"], ["z"]]


def test_content_words_meet_across_inflections():
    assert {"attack", "force"} <= content_words("Armed forces attacked") & content_words("the force's attack")


def test_dyad_counts_and_score(full):
    df = full.dyad("RUS", "IRN", by="month")
    assert set(df["direction"]) == {"RUS->IRN", "IRN->RUS"}
    assert df["events"].sum() == 6
    trend = full.dyad_trend("RUS", "IRN", output="records")
    assert len(trend) == 1
    p = trend[0]
    assert (p["events"], p["asserted"], p["cooperation"], p["conflict"]) == (6, 3, 3, 0)
    assert p["score"] == pytest.approx((7.51 + 6.7 + 7.51) / 3, abs=0.01)
    conflict = full.dyad_trend("USA", "IRN", output="records")[0]
    assert (conflict["cooperation"], conflict["conflict"]) == (0, 2)
    assert conflict["score"] < 0
    with pytest.raises(QueryError, match="unknown period"):
        full.dyad("RUS", "IRN", by="fortnight")


def test_dyad_by_day_and_empty(full):
    days = full.dyad_trend("SDN", "SSD", by="day", output="records")
    assert [str(d["period"])[:10] for d in days] == ["2011-11-10", "2011-11-11"]
    assert full.dyad("RUS", "SDN", output="records") == []


def test_network_and_its_files(full, tmp_path):
    graph = full.network()
    assert graph.edges["RUS", "IRN"]["weight"] == 4
    assert json.loads(graph.edges["RUS", "IRN"]["types"]) == {"AID": 2, "COOPERATE": 2}
    assert graph.nodes["SDNMIL"]["country"] == "SDN"
    path = write_network(graph, tmp_path / "g.graphml", "graphml")
    again = nx.read_graphml(path)
    assert set(again.edges) == set(graph.edges)
    data = json.loads(write_network(graph, tmp_path / "g.json", "json").read_text())
    assert len(data["links"]) == graph.number_of_edges()
    only_2011 = full.network(since="2011", until="2011")
    assert "RUS" not in only_2011


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_round_trip(full, tmp_path, fmt):
    files = {p.stem: p for p in full.export(tmp_path / fmt, format=fmt)}
    assert set(files) == {"documents", "events", "evidence", "clusters"}
    readers = {
        "csv": (pd.read_csv, "read_csv_auto"),
        "jsonl": (lambda p: pd.read_json(p, lines=True), "read_json_auto"),
        "parquet": (pd.read_parquet, "read_parquet"),
    }
    pandas_read, duck_fn = readers[fmt]
    for table, path in files.items():
        stored = full.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        df = pandas_read(path)
        assert len(df) == stored
        duck = duckdb.connect()
        assert duck.execute(f"SELECT count(*) FROM {duck_fn}(?)", [str(path)]).fetchone()[0] == stored
    docs = pandas_read(files["documents"]).set_index("id")
    seed_text = full.con.execute("SELECT text FROM documents WHERE id = 'seed'").fetchone()[0]
    assert docs.loc["seed", "text"] == seed_text  # quotes and newlines survive
    evidence = pandas_read(files["evidence"])
    row = evidence.iloc[0]
    text = full.con.execute("SELECT text FROM documents WHERE id = ?", [row["document_id"]]).fetchone()[0]
    assert text[int(row["start"]) : int(row["end"])] == row["text"]


def test_export_rejects_unknown_table(full, tmp_path):
    with pytest.raises(QueryError, match="unknown table"):
        full.export(tmp_path, tables=["documents; DROP TABLE events"])


def test_brief_is_sourced(full):
    text = full.brief("RUS", "IRN")
    assert text.startswith("# Situation report: RUS and IRN")
    assert "## Transfers" in text and "helicopters and air defense systems" in text
    assert "## Planned or considered" in text and "(under consideration)" in text
    assert "1. Anadolu Agency" in text
    key = text.split("## Key events")[1].split("##")[0].strip().splitlines()
    assert key and all(line.rstrip().endswith("[1]") for line in key)
    disputed = full.brief("SDN", "SSD")
    assert "## Disputed" in disputed and "denied by SDNMIL" in disputed
    html = full.brief("SDN", "SSD", format="html")
    assert html.startswith("<!doctype html>") and "<h2>Sources</h2>" in html
    assert "holds no events" in full.brief("RUS", "SDN")
