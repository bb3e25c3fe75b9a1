"""Dyad trends: what two actors did to each other, period by period, and how cooperative it was.

The score of a period is the mean Goldstein value of its asserted events (a CAMEO code's value
when the event has one, else its PLOVER type's mean); planned, considered, possible and negated
events are counted but do not move the score, since they did not happen (yet).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb
import pandas as pd

from sitrep.errors import QueryError
from sitrep.ledger import queries
from sitrep.ledger.scores import goldstein, plover_types

PERIODS: tuple[str, ...] = ("day", "week", "month", "year")


def _check(a: str, b: str, by: str) -> tuple[str, str]:
    if by not in PERIODS:
        raise QueryError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")
    ca, cb = queries.check_actor(a, "actor"), queries.check_actor(b, "actor")
    assert ca and cb
    return ca, cb


def dyad_events(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    by: str = "month",
    since: str | date | None = None,
    until: str | date | None = None,
) -> pd.DataFrame:
    """One row per dated event between `a` and `b` (either direction), with its period and score."""
    ca, cb = _check(a, b, by)
    sa, pa = queries.actor_clause("source", ca)
    tb, pb = queries.actor_clause("target", cb)
    sb, pb2 = queries.actor_clause("source", cb)
    ta, pa2 = queries.actor_clause("target", ca)
    where, params = queries.event_filters(since=since, until=until)
    where = (where + " AND " if where else " WHERE ") + f"(({sa} AND {tb}) OR ({sb} AND {ta}))"
    params += pa + pb + pb2 + pa2
    # `by` is checked against PERIODS above, so it is safe to pass as date_trunc's literal part
    sql = (
        f"SELECT date_trunc('{by}', coalesce(e.event_date, d.published)) AS period, e.id, e.source, e.target,"
        f" e.type, e.mode, e.cameo, e.cluster_id, e.document_id"
        f" FROM events e JOIN documents d ON d.id = e.document_id{where}"
        f" AND coalesce(e.event_date, d.published) IS NOT NULL ORDER BY period, e.id"
    )
    df = queries.fetch(con, sql, params, "pandas")
    code_a = ca
    df["direction"] = [f"{ca}->{cb}" if (s or "").startswith(code_a) else f"{cb}->{ca}" for s in df["source"]]
    types = plover_types()
    df["quad"] = [types[t].quad if t in types else None for t in df["type"]]
    df["goldstein"] = [goldstein(t, c) for t, c in zip(df["type"], df["cameo"], strict=True)]
    return df


def dyad(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    by: str = "month",
    since: str | date | None = None,
    until: str | date | None = None,
    output: queries.Output = "pandas",
) -> Any:
    """Counts per period, direction, type and mode, with each period's cooperation/conflict score."""
    df = dyad_events(con, a, b, by=by, since=since, until=until)
    keys = ["period", "direction", "type", "mode", "quad"]
    if df.empty:
        out = pd.DataFrame(
            columns=[*keys, "events", "goldstein", "period_events", "cooperation", "conflict", "score"]
        )
    else:
        out = (
            df.groupby(keys, dropna=False)
            .agg(events=("id", "count"), goldstein=("goldstein", "mean"))
            .reset_index()
        )
        out = out.merge(trend_frame(df), on="period", how="left").rename(
            columns={"events_y": "period_events", "events_x": "events"}
        )
        out = out.drop(columns=["asserted"])
    return _shape(out, output)


def trend_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Per period: events, asserted events, cooperative and conflictual asserted events, score."""
    types = plover_types()
    asserted = df[df["mode"] == "asserted"]
    coop = asserted["type"].map(lambda t: t in types and types[t].cooperative)
    per = pd.DataFrame(
        {
            "events": df.groupby("period")["id"].count(),
            "asserted": asserted.groupby("period")["id"].count(),
            "cooperation": asserted[coop].groupby("period")["id"].count(),
            "conflict": asserted[~coop].groupby("period")["id"].count(),
            "score": asserted.groupby("period")["goldstein"].mean().round(2),
        }
    )
    for col in ("events", "asserted", "cooperation", "conflict"):
        per[col] = per[col].fillna(0).astype(int)
    return per.reset_index().rename(columns={"index": "period"})


def trend(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    by: str = "month",
    since: str | date | None = None,
    until: str | date | None = None,
    output: queries.Output = "pandas",
) -> Any:
    """One row per period between `a` and `b`: events, cooperation, conflict and score."""
    df = dyad_events(con, a, b, by=by, since=since, until=until)
    if df.empty:
        return _shape(
            pd.DataFrame(columns=["period", "events", "asserted", "cooperation", "conflict", "score"]), output
        )
    return _shape(trend_frame(df), output)


def _shape(df: pd.DataFrame, output: queries.Output) -> Any:
    if output == "pandas":
        return df
    if output == "arrow":
        import pyarrow as pa

        return pa.Table.from_pandas(df, preserve_index=False)
    if output == "records":
        records = df.astype(object).where(df.notna(), None).to_dict("records")
        for r in records:
            if hasattr(r.get("period"), "date"):
                r["period"] = r["period"].date()
        return records
    raise QueryError(f"unknown output {output!r}; use one of {', '.join(queries.OUTPUTS)}")
