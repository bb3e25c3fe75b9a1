"""The actor network: who acts on whom, how often, and how cooperatively (networkx)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import networkx as nx

from sitrep.errors import QueryError
from sitrep.ledger import queries
from sitrep.ledger.scores import goldstein, plover_types

FORMATS: tuple[str, ...] = ("graphml", "json")


def network(
    con: duckdb.DuckDBPyConnection, *, since: str | date | None = None, until: str | date | None = None
) -> nx.DiGraph:
    """A directed graph: nodes are actors, an edge source->target carries counts per type and a score."""
    where, params = queries.event_filters(since=since, until=until)
    where = (where + " AND " if where else " WHERE ") + "e.source IS NOT NULL AND e.target IS NOT NULL"
    rows = queries.fetch(
        con,
        "SELECT e.source, e.source_name, e.source_country, e.target, e.target_name, e.target_country,"
        " e.type, e.mode, e.cameo, e.document_id FROM events e JOIN documents d ON d.id = e.document_id"
        f"{where} ORDER BY e.id",
        params,
    )
    graph = nx.DiGraph()
    types = plover_types()
    for r in rows:
        for side in ("source", "target"):
            graph.add_node(r[side], name=r[f"{side}_name"] or r[side], country=r[f"{side}_country"] or "")
        u, v = r["source"], r["target"]
        if not graph.has_edge(u, v):
            graph.add_edge(u, v, weight=0, cooperation=0, conflict=0, _types={}, _scores=[], _docs=set())
        edge = graph.edges[u, v]
        edge["weight"] += 1
        edge["_types"][r["type"]] = edge["_types"].get(r["type"], 0) + 1
        edge["_docs"].add(r["document_id"])
        if r["mode"] == "asserted":
            info = types.get(r["type"])
            edge["cooperation" if info and info.cooperative else "conflict"] += 1
            edge["_scores"].append(goldstein(r["type"], r["cameo"]))
    for _, _, edge in graph.edges(data=True):
        scores = edge.pop("_scores")
        edge["goldstein"] = round(sum(scores) / len(scores), 2) if scores else 0.0
        edge["types"] = json.dumps(dict(sorted(edge.pop("_types").items())))
        edge["documents"] = len(edge.pop("_docs"))
    return graph


def write_network(graph: nx.DiGraph, out: str | Path, format: str = "graphml") -> Path:
    """Write the graph as GraphML (Gephi, yEd) or node-link JSON (d3)."""
    if format not in FORMATS:
        raise QueryError(f"unknown network format {format!r}; use one of {', '.join(FORMATS)}")
    path = Path(out)
    if format == "graphml":
        nx.write_graphml(graph, path)
    else:
        data: dict[str, Any] = nx.node_link_data(graph, edges="links")
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
