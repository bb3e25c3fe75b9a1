"""Shape ledger results for the API: dyad periods with counts per type, and a laid-out network."""

from __future__ import annotations

import json
from typing import Any

import networkx as nx

from sitrep.ledger import Ledger


def dyad_periods(ledger: Ledger, a: str, b: str, *, by: str, since: str | None, until: str | None
                 ) -> list[dict[str, Any]]:
    """One dict per period: the ledger's trend row plus its events per type and per direction."""
    trend = ledger.dyad_trend(a, b, by=by, since=since, until=until, output="records")
    counts = ledger.dyad(a, b, by=by, since=since, until=until, output="records")
    periods = {str(r["period"]): {**r, "types": {}, "directions": {}} for r in trend}
    for row in counts:
        period = periods.get(str(row["period"]))
        if period is None:
            continue
        n = int(row["events"])
        period["types"][row["type"]] = period["types"].get(row["type"], 0) + n
        period["directions"][row["direction"]] = period["directions"].get(row["direction"], 0) + n
    for period in periods.values():
        period["score"] = None if period.get("score") is None else float(period["score"])
    return sorted(periods.values(), key=lambda p: str(p["period"]))


def network_view(ledger: Ledger, *, since: str | None, until: str | None, max_edges: int
                 ) -> dict[str, Any]:
    """The heaviest `max_edges` edges of the actor network, with a spring layout of their actors."""
    graph: nx.DiGraph = ledger.network(since=since, until=until)
    edges = sorted(graph.edges(data=True), key=lambda e: (-e[2]["weight"], e[0], e[1]))
    truncated = len(edges) > max_edges
    edges = edges[:max_edges]
    shown = nx.DiGraph()
    shown.add_edges_from((u, v, {"weight": d["weight"]}) for u, v, d in edges)
    # a fixed seed: the same ledger always draws the same picture
    layout = nx.spring_layout(shown.to_undirected(), seed=7, weight="weight") if len(shown) else {}
    nodes = [
        {"code": code, "name": graph.nodes[code].get("name") or code,
         "country": graph.nodes[code].get("country", ""),
         "x": float(layout[code][0]), "y": float(layout[code][1]),
         "events": int(shown.in_degree(code, weight="weight") + shown.out_degree(code, weight="weight"))}
        for code in sorted(shown.nodes)
    ]
    return {
        "nodes": nodes,
        "edges": [{"source": u, "target": v, "weight": d["weight"], "cooperation": d["cooperation"],
                   "conflict": d["conflict"], "goldstein": d["goldstein"], "documents": d["documents"],
                   "types": json.loads(d["types"])} for u, v, d in edges],
        "truncated": truncated,
    }
