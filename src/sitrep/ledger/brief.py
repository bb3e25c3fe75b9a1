"""A sourced situation report on two actors, every sentence built from ledger rows.

Sections: trend (per-month score), key events in order (one per cluster, each citing the
documents that report it), transfers (events with an instrument or a quantity), what is planned
or considered, and what is disputed. Citations are numbered and listed under Sources.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, Any

from sitrep.errors import QueryError
from sitrep.ledger import queries
from sitrep.ledger.scores import plover_types

if TYPE_CHECKING:
    from sitrep.ledger.store import Ledger

FORMATS: tuple[str, ...] = ("md", "html")
MAX_KEY_EVENTS = 25


def _dyad_events(ledger: Ledger, a: str, b: str, since: Any, until: Any) -> list[dict[str, Any]]:
    rows = queries.events(ledger.con, source=a, target=b, since=since, until=until, limit=None)
    rows += queries.events(ledger.con, source=b, target=a, since=since, until=until, limit=None)
    seen: set[str] = set()
    out = []
    for r in sorted(rows, key=lambda r: (r["date"] or date.max, r["document_id"], r["ordinal"])):
        if r["id"] not in seen:
            seen.add(r["id"])
            out.append(r)
    return out


class _Citations:
    """Numbers documents in the order they are first cited."""

    def __init__(self) -> None:
        self.order: dict[str, int] = {}
        self.docs: dict[str, dict[str, Any]] = {}

    def cite(self, row: dict[str, Any]) -> int:
        doc = row["document_id"]
        if doc not in self.order:
            self.order[doc] = len(self.order) + 1
            self.docs[doc] = row
        return self.order[doc]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _actor(row: dict[str, Any], side: str) -> str:
    code = row[side]
    if code is None:
        return "an unnamed actor"
    name = row.get(f"{side}_name")
    return f"{name} ({code})" if name and name != code else code


def _sentence(row: dict[str, Any]) -> str:
    info = plover_types().get(row["type"])
    verb = info.phrase if info else row["type"].lower()
    target = f" {_actor(row, 'target')}" if row["target"] else ""
    mode = {
        "asserted": "",
        "negated": " (denied)",
        "planned": " (planned)",
        "considered": " (under consideration)",
        "possible": " (possible)",
    }.get(row["mode"], f" ({row['mode']})")
    when = f"{row['date']}: " if row["date"] else "Undated: "
    said = ""
    if row.get("attributed_to") or row.get("speaker"):
        who = row.get("speaker") or row["attributed_to"]
        said = f", according to {who}"
    return f"{when}{_actor(row, 'source')} {verb}{target}{mode}{said}"


def brief_sections(ledger: Ledger, a: str, b: str, *, since: Any = None, until: Any = None) -> dict[str, Any]:
    """The report's content as data: title, lines per section, and the cited documents."""
    ca, cb = queries.check_actor(a, "actor"), queries.check_actor(b, "actor")
    assert ca and cb
    rows = _dyad_events(ledger, ca, cb, since, until)
    cites = _Citations()
    sections: dict[str, list[str]] = {
        "Trend": [],
        "Key events": [],
        "Transfers": [],
        "Planned or considered": [],
        "Disputed": [],
    }
    if not rows:
        return {
            "title": f"Situation report: {ca} and {cb}",
            "summary": "The ledger holds no events between "
            f"{ca} and {cb}" + (" in this period." if since or until else "."),
            "sections": sections,
            "sources": [],
        }
    publishers = {r["publisher"] or r["document_id"] for r in rows}
    dated = [r["date"] for r in rows if r["date"]]
    span = f" from {min(dated)} to {max(dated)}" if dated else ""
    n_docs = len({r["document_id"] for r in rows})
    summary = (
        f"The ledger holds {_count(len(rows), 'event')} between {ca} and {cb}{span}, reported in "
        f"{_count(n_docs, 'document')} by {_count(len(publishers), 'source')}."
    )
    for p in ledger.dyad_trend(ca, cb, by="month", since=since, until=until, output="records"):
        score = "no asserted events" if p["score"] is None else f"mean Goldstein score {p['score']:+.1f}"
        sections["Trend"].append(
            f"{p['period']:%Y-%m}: {_count(p['events'], 'event')}, {p['cooperation']} cooperative and "
            f"{p['conflict']} conflictual as reported happening, {score}."
        )
    by_cluster: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_cluster.setdefault(r["cluster_id"] or r["id"], []).append(r)
    for members in list(by_cluster.values())[:MAX_KEY_EVENTS]:
        head = members[0]
        refs = sorted({cites.cite(m) for m in members})
        quote = (head["evidence"] or "").strip().replace("\n", " ")
        sections["Key events"].append(
            f"{_sentence(head)}: \u201c{quote}\u201d " + "".join(f"[{n}]" for n in refs)
        )
    for r in rows:
        if r["instrument"] or r["quantity"]:
            # "several hundred drones": a stated count reads as the quantity of the instrument
            count = (r["quantity"] or "").lower()
            if count.endswith(("dozens", "hundreds", "thousands", "millions")) and r["instrument"]:
                count += " of"  # "hundreds of ballistic missiles"
            what = " ".join(x for x in (count, r["instrument"]) if x)
            sections["Transfers"].append(f"{_sentence(r)}, involving {what} [{cites.cite(r)}].")
        if r["mode"] in ("planned", "considered"):
            sections["Planned or considered"].append(f"{_sentence(r)} [{cites.cite(r)}].")
    cluster_ids = sorted({r["cluster_id"] for r in rows if r["cluster_id"]})
    if cluster_ids:
        disputed = ledger.con.execute(
            "SELECT id, type, source, target, asserted_by, denied_by FROM clusters"
            " WHERE disputed AND id IN (SELECT unnest(?::VARCHAR[])) ORDER BY first_seen, id",
            [cluster_ids],
        ).fetchall()
        for cid, type_, source, target, asserted_by, denied_by in disputed:
            refs = "".join(f"[{n}]" for n in sorted({cites.cite(m) for m in by_cluster.get(cid, [])}))
            info = plover_types().get(type_)
            sections["Disputed"].append(
                f"That {source or 'an unnamed actor'} {info.phrase if info else type_} {target or ''}"
                " is asserted by "
                f"{', '.join(asserted_by) or 'the reporting outlet'}, denied by "
                f"{', '.join(denied_by) or 'an unnamed party'} {refs}."
            )
    sources = [
        {
            "n": n,
            "id": doc,
            "publisher": cites.docs[doc]["publisher"],
            "title": cites.docs[doc]["title"],
            "published": cites.docs[doc]["published"],
            "url": cites.docs[doc]["url"],
        }
        for doc, n in cites.order.items()
    ]
    return {
        "title": f"Situation report: {ca} and {cb}",
        "summary": summary,
        "sections": sections,
        "sources": sources,
    }


def _source_line(s: dict[str, Any]) -> str:
    parts = [
        s["publisher"] or "unknown publisher",
        f"\u201c{s['title']}\u201d" if s["title"] else s["id"],
        str(s["published"]) if s["published"] else "undated",
    ]
    return ", ".join(parts) + (f", {s['url']}" if s["url"] else "")


def brief(ledger: Ledger, a: str, b: str, *, format: str = "md", since: Any = None, until: Any = None) -> str:
    """The report as Markdown or HTML."""
    if format not in FORMATS:
        raise QueryError(f"unknown brief format {format!r}; use one of {', '.join(FORMATS)}")
    data = brief_sections(ledger, a, b, since=since, until=until)
    if format == "md":
        out = [f"# {data['title']}", "", data["summary"], ""]
        for name, lines in data["sections"].items():
            if lines:
                out += [f"## {name}", "", *[f"- {line}" for line in lines], ""]
        if data["sources"]:
            out += ["## Sources", "", *[f"{s['n']}. {_source_line(s)}" for s in data["sources"]], ""]
        return "\n".join(out)
    e = html.escape
    out = [
        "<!doctype html>",
        "<meta charset='utf-8'>",
        f"<title>{e(data['title'])}</title>",
        f"<h1>{e(data['title'])}</h1>",
        f"<p>{e(data['summary'])}</p>",
    ]
    for name, lines in data["sections"].items():
        if lines:
            out += [f"<h2>{e(name)}</h2>", "<ul>", *[f"<li>{e(line)}</li>" for line in lines], "</ul>"]
    if data["sources"]:
        out += [
            "<h2>Sources</h2>",
            "<ol>",
            *[f"<li>{e(_source_line(s))}</li>" for s in data["sources"]],
            "</ol>",
        ]
    return "\n".join(out) + "\n"
