"""Queries over a ledger holding the seed article (gold events) and three ECB+ Yida reports."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pyarrow as pa
import pytest

from sitrep.errors import QueryError
from sitrep.ledger import queries


@pytest.fixture(scope="module")
def full(tmp_path_factory, seed_coded, yida):
    from sitrep.ledger import Ledger

    with Ledger(tmp_path_factory.mktemp("queries") / "q.duckdb") as ledger:
        ledger.store(seed_coded)
        for coded in yida.values():
            ledger.store(coded)
        yield ledger


def test_events_filter_by_country_prefix_and_full_code(full):
    by_country = full.events(source="SDN", output="records")
    assert {e["source"] for e in by_country} == {"SDNMIL", "SDN"}
    by_code = full.events(source="SDNMIL", output="records")
    assert {e["source"] for e in by_code} == {"SDNMIL"}
    assert len(by_code) == 3


def test_events_filters_combine(full):
    rows = full.events(source="RUS", target="IRN", type="AID", mode="asserted", output="records")
    assert [r["evidence"] for r in rows] == [
        'Russia is providing Iran with an "unprecedented" level of military assistance'
    ]
    assert rows[0]["date"] == date(2022, 12, 9)
    assert rows[0]["publisher"] == "Anadolu Agency"
    possible = full.events(mode="possible", output="records")
    assert [r["instrument"] for r in possible] == ["helicopters and air defense systems"]


def test_events_text_date_limit_offset(full):
    drones = full.events(text="DRONES", output="records")  # case-insensitive
    assert drones and all("drones" in r["evidence"].lower() for r in drones)
    nov = full.events(since="2011-11", until="2011-11", output="records")
    assert nov and all(r["date"].year == 2011 for r in nov)
    everything = full.events(limit=None, output="records")
    page = full.events(limit=2, offset=1, output="records")
    assert [r["id"] for r in page] == [r["id"] for r in everything[1:3]]


def test_events_outputs(full):
    assert isinstance(full.events(), pd.DataFrame)
    table = full.events(output="arrow")
    assert isinstance(table, pa.Table)
    assert table.num_rows == len(full.events(output="records", limit=100))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"type": "BOMB"}, "unknown event type 'BOMB'"),
        ({"mode": "maybe"}, "unknown mode 'maybe'"),
        ({"since": "2022-13-01"}, "bad --since"),
        ({"since": "yesterday"}, "bad --since"),
        ({"since": "2023", "until": "2022"}, "is after --until"),
        ({"source": "R'; DROP TABLE events; --"}, "bad source code"),
        ({"order_by": "evidence; DROP"}, "cannot order by"),
    ],
)
def test_bad_parameters_raise_query_error(full, kwargs, message):
    with pytest.raises(QueryError, match=message):
        full.events(**kwargs)


def test_documents_and_document(full):
    docs = full.documents(output="records")
    assert {d["id"] for d in docs} == {"seed", "41_1ecbplus", "41_3ecbplus", "41_5ecbplus"}
    assert "text" not in docs[0]
    one = full.document("41_1ecbplus")
    assert one["publisher"] == "enoughproject.org"
    assert [len(e["evidence"]) for e in one["events_coded"]] == [1, 1]
    span = one["events_coded"][0]["evidence"][0]
    assert one["text"][span["start"] : span["end"]] == span["text"]
    assert full.document("nope") is None
    assert [d["id"] for d in full.documents(text="Yida", output="records")]


def test_actors_counts(full):
    actors = {a["code"]: a for a in full.actors(output="records")}
    assert actors["RUS"]["events_as_source"] == 5  # the planned AID evidence is not verbatim in the text
    assert actors["SDNMIL"]["sector"] == "MIL"
    assert actors["SDNMIL"]["country"] == "SDN"
    assert actors["SSD"]["documents"] == 3
    assert {a["code"] for a in full.actors(country="SDN", output="records")} == {"SDN", "SDNMIL"}


def test_actor_prefix_is_parameterised(full):
    # a 3-letter code matches longer codes of the same country, never other countries
    rows = queries.events(full.con, actor="SSD", limit=None)
    assert rows and all("SSD" in (r["source"] or "") + (r["target"] or "") for r in rows)


def test_cluster_and_event_document(full):
    disputed = full.clusters(disputed=True, output="records")[0]
    one = queries.cluster(full.con, disputed["id"])
    assert one["events"] == len(one["members"]) == 4
    assert {m["mode"] for m in one["members"]} == {"asserted", "negated"}
    assert all(m["evidence_all"][0] == m["evidence"] for m in one["members"])
    assert queries.cluster(full.con, "c-none") is None
    event = full.events(limit=1, output="records")[0]
    assert queries.event_document(full.con, event["id"]) == event["document_id"]
    assert queries.event_document(full.con, "nope") is None
