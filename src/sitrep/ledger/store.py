"""The ledger: one DuckDB file holding documents, events, evidence, actors, links and clusters.

`Ledger.store_all` writes a batch of coded documents in one transaction (`Ledger.store` one), so
a document is stored whole or not at all; storing the same content again is a no-op, and a changed
document replaces its old rows. `ingest` stores in batches (one commit, one re-clustering per
batch) and, when a batch fails, stores its documents one by one so that only the bad one is skipped.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb

from sitrep.errors import LedgerError
from sitrep.ledger import clusters as clustering
from sitrep.ledger import dedup, locking, queries
from sitrep.ledger.rows import DocumentRows, content_hash, document_rows
from sitrep.ledger.schema import SCHEMA_VERSION, prepare, schema_version
from sitrep.records import CodedDocument, Document, Problem

EVENT_FIELDS = (
    "id",
    "document_id",
    "ordinal",
    "source",
    "source_name",
    "source_country",
    "target",
    "target_name",
    "target_country",
    "type",
    "mode",
    "context",
    "cameo",
    "attributed_to",
    "attributed_name",
    "speaker",
    "instrument",
    "quantity",
    "location",
    "event_date",
    "confidence",
    "trigger",
    "cluster_id",
    "event_end",
)
EVIDENCE_FIELDS = ("event_id", "document_id", "ordinal", "section", "start", "end", "text")
DOCUMENT_FIELDS = (
    "id",
    "content_hash",
    "title",
    "subtitle",
    "published",
    "publisher",
    "author",
    "url",
    "origin",
    "language",
    "text",
    "events",
    "duplicate_of",
    "stored_at",
)
STORE_BATCH = 32
"""Coded documents `ingest` writes per transaction: one commit and one re-clustering for all of them."""
FLUSH_SECONDS = 1.0
"""`ingest` also writes what it holds once this long has passed, so a slow stream still shows progress."""

Outcome = str
"""What storing did to one document: "stored", "replaced" or "unchanged"."""

CLUSTER_FIELDS = (
    "id",
    "block",
    "type",
    "source",
    "target",
    "mode",
    "events",
    "documents",
    "sources",
    "first_seen",
    "last_seen",
    "disputed",
    "asserted_by",
    "denied_by",
)


@dataclass(slots=True)
class IngestSummary:
    """What one `ingest` did: counts, and a one-line reason for every document skipped."""

    stored: int = 0
    replaced: int = 0
    unchanged: int = 0
    events: int = 0
    skipped: list[Problem] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def read(self) -> int:
        """Documents that went through the pipeline (stored, replaced or unchanged)."""
        return self.stored + self.replaced + self.unchanged

    def public(self) -> dict[str, Any]:
        return {
            "stored": self.stored,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "skipped": len(self.skipped),
            "events": self.events,
            "seconds": round(self.seconds, 2),
            "problems": [str(p) for p in self.skipped],
        }


def _quote(name: str) -> str:
    return f'"{name}"'


def _insert(con: duckdb.DuckDBPyConnection, table: str, fields: tuple[str, ...], rows: list[dict]) -> None:
    """Insert rows in one statement (placeholders only; table and field names are constants)."""
    if not rows:
        return
    # one list parameter per column, zipped by parallel unnest: far cheaper to bind than N x M placeholders
    columns = ", ".join("unnest(?)" for _ in fields)
    sql = f"INSERT INTO {table} ({', '.join(map(_quote, fields))}) SELECT {columns}"
    con.execute(sql, [[row[f] for row in rows] for f in fields])


def _block(event: dict[str, Any]) -> str:
    """Events are clustered by country-level dyad: "Russian forces" and "Russia" report one happening."""
    return clustering.block_key(
        event["type"],
        event["source_country"] or event["source"],
        event["target_country"] or event["target"],
        event["mode"],
    )


class Ledger:
    """An embedded DuckDB ledger file; open it with `sitrep.open(path)` or `Ledger(path)`."""

    def __init__(self, path: str | Path = "sitrep.duckdb", *, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise LedgerError("no such ledger; create it with `sitrep run PATH --db FILE`", self.path)
        if read_only:
            locking.check_no_writer(self.path)
        self._writer = None if read_only else locking.announce_writer(self.path)
        try:
            self.con = locking.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            self._release_writer()
            raise LedgerError(f"cannot open ledger: {str(exc).splitlines()[0]}", self.path) from exc
        if read_only:
            try:
                version = schema_version(self.con)
            except LedgerError as exc:
                raise LedgerError(exc.message, self.path) from None
            if version != SCHEMA_VERSION:
                prepare_needed = "is empty" if version is None else f"has schema version {version}"
                raise LedgerError(
                    f"ledger {prepare_needed}; open it for writing (e.g. `sitrep run`) first", self.path
                )
        else:
            prepare(self.con, self.path)

    @classmethod
    def on_connection(cls, path: str | Path, con: duckdb.DuckDBPyConnection) -> Ledger:
        """A reader over a connection the caller already opened and checked (e.g. a snapshot's cursor).

        It holds no writer lock and runs no migration; closing it closes only `con`.
        """
        ledger = cls.__new__(cls)
        ledger.path, ledger.con, ledger._writer = str(path), con, None
        return ledger

    # -- lifecycle -------------------------------------------------------------------------------
    def close(self) -> None:
        """Close the file (and let other processes open it)."""
        self.con.close()
        self._release_writer()

    def _release_writer(self) -> None:
        if self._writer is not None:
            self._writer.close()  # closing the side file drops its lock
            self._writer = None

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Ledger({self.path!r})"

    # -- writing ---------------------------------------------------------------------------------
    def store(self, coded: CodedDocument, *, force: bool = False) -> bool:
        """Store one coded document atomically; False when the same content is already stored."""
        return self.store_all([coded], force=force)[0] != "unchanged"

    def store_all(self, batch: list[CodedDocument], *, force: bool = False) -> list[Outcome]:
        """Store coded documents in one transaction (all or nothing); what happened to each, in order.

        A document whose content is already stored (or came earlier in `batch`) is "unchanged"
        unless `force`; one whose id is stored with other content is "replaced".
        """
        prepared = [document_rows(coded) for coded in batch]
        for rows, coded in zip(prepared, batch, strict=True):
            if not rows.document["id"]:
                raise LedgerError("document has no id", coded.document.origin or None)
        ids = sorted({rows.document["id"] for rows in prepared})
        held: dict[str, str] = dict(self.con.execute(
            "SELECT id, content_hash FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        ).fetchall())
        outcomes: list[Outcome] = []
        todo: list[tuple[DocumentRows, bool]] = []
        for rows in prepared:
            doc_id, digest = rows.document["id"], rows.document["content_hash"]
            if held.get(doc_id) == digest and not force:
                outcomes.append("unchanged")
                continue
            outcomes.append("replaced" if doc_id in held else "stored")
            todo.append((rows, doc_id in held))
            held[doc_id] = digest
        if not todo:
            return outcomes
        self.con.begin()
        try:
            touched_blocks: set[str] = set()
            touched_actors: set[str] = set()
            repeated = len({rows.document["id"] for rows, _ in todo}) < len(todo)
            if repeated or any(replacing for _, replacing in todo):
                for rows, replacing in todo:
                    self._write(rows, replacing=replacing, blocks=touched_blocks, actors=touched_actors)
            else:  # only new documents (the common case): each table in one statement
                self._write_new([rows for rows, _ in todo], blocks=touched_blocks, actors=touched_actors)
            # clusters and actor counts depend only on the final rows: recomputed once per batch
            self._recluster(touched_blocks)
            self._recount_actors(touched_actors)
            self.con.commit()
        except duckdb.Error as exc:
            self.con.rollback()
            reason = str(exc).splitlines()[0]
            first = batch[0].document.origin or prepared[0].document["id"]
            if len(batch) == 1:
                raise LedgerError(f"not stored (nothing written): {reason}", first) from exc
            raise LedgerError(f"batch of {len(batch)} documents not stored (nothing written): {reason}",
                              first) from exc
        except BaseException:
            self.con.rollback()
            raise
        return outcomes

    def _write(self, rows: DocumentRows, *, replacing: bool, blocks: set[str], actors: set[str]) -> None:
        """Write one document's rows; note the blocks and actor codes it touched in `blocks`, `actors`."""
        con = self.con
        doc_id = rows.document["id"]
        touched_blocks, touched_actors = blocks, actors
        dependants: list[str] = []
        if replacing:
            for r in queries.fetch(con, "SELECT * FROM events WHERE document_id = ?", [doc_id]):
                touched_blocks.add(_block(r))
                touched_actors.update(c for c in (r["source"], r["target"]) if c)
            dependants = [
                r[0]
                for r in con.execute("SELECT id FROM documents WHERE duplicate_of = ?", [doc_id]).fetchall()
            ]
            self._delete(doc_id)
        rows.document["stored_at"] = datetime.now()
        _insert(con, "documents", DOCUMENT_FIELDS, [rows.document])
        _insert(con, "events", EVENT_FIELDS, rows.events)
        _insert(con, "evidence", EVIDENCE_FIELDS, rows.evidence)
        self._link(doc_id, rows.document["text"])
        for doc in dependants:  # copies of the replaced version: are they still copies?
            con.execute("UPDATE documents SET duplicate_of = NULL WHERE id = ?", [doc])
            con.execute("DELETE FROM document_links WHERE document_id = ?", [doc])
            text = con.execute("SELECT text FROM documents WHERE id = ?", [doc]).fetchone()[0]
            self._link(doc, text, band=False)
            for r in queries.fetch(con, "SELECT * FROM events WHERE document_id = ?", [doc]):
                touched_blocks.add(_block(r))
                touched_actors.update(c for c in (r["source"], r["target"]) if c)
        for e in rows.events:
            touched_blocks.add(_block(e))
            touched_actors.update(c for c in (e["source"], e["target"]) if c)

    def _write_new(self, batch: list[DocumentRows], *, blocks: set[str], actors: set[str]) -> None:
        """Write documents the ledger does not hold, one statement per table; link each to those before it.

        The result is the one `_write` gives document by document: each document is compared
        only with those stored before it (earlier in the batch or in the ledger), in batch order.
        """
        con = self.con
        previous = None
        for rows in batch:  # strictly increasing, as one at a time would give: links are ordered by it
            now = datetime.now()
            previous = now if previous is None or now > previous else previous + timedelta(microseconds=1)
            rows.document["stored_at"] = previous
        _insert(con, "documents", DOCUMENT_FIELDS, [rows.document for rows in batch])
        _insert(con, "events", EVENT_FIELDS, [e for rows in batch for e in rows.events])
        _insert(con, "evidence", EVIDENCE_FIELDS, [v for rows in batch for v in rows.evidence])
        shingled = [(rows.document["id"], dedup.shingles(rows.document["text"])) for rows in batch]
        banded = [(doc_id, hashes, dedup.bands(hashes)) for doc_id, hashes in shingled]
        band_rows = [{"document_id": doc_id, "band": b, "hash": h}
                     for doc_id, _, pairs in banded for b, h in pairs]
        _insert(con, "document_bands", ("document_id", "band", "hash"), band_rows)
        self._match_batch(banded)
        for rows in batch:
            for e in rows.events:
                blocks.add(_block(e))
                actors.update(c for c in (e["source"], e["target"]) if c)

    def _delete(self, doc_id: str) -> None:
        for table, column in (
            ("evidence", "document_id"),
            ("events", "document_id"),
            ("document_bands", "document_id"),
            ("document_links", "document_id"),
            ("document_links", "other_id"),
            ("documents", "id"),
        ):
            self.con.execute(f"DELETE FROM {table} WHERE {column} = ?", [doc_id])

    def _link(self, doc_id: str, text: str, *, band: bool = True) -> None:
        """Find near-duplicates of a document among those stored and link them."""
        con = self.con
        hashes = dedup.shingles(text)
        pairs = dedup.bands(hashes)
        if band:
            _insert(
                con,
                "document_bands",
                ("document_id", "band", "hash"),
                [{"document_id": doc_id, "band": b, "hash": h} for b, h in pairs],
            )
        self._match(doc_id, hashes, pairs)

    def _match_batch(self, banded: list[tuple[str, set[int], list[tuple[int, int]]]]) -> None:
        """`_match` for each new document of a batch, in order, with two queries for the whole batch.

        Each document meets only the documents stored before it: the ledger's and those earlier in
        the batch (whose `duplicate_of` is followed as it is set, document after document).
        """
        con = self.con
        order = {doc_id: k for k, (doc_id, _, _) in enumerate(banded)}
        found = con.execute(
            "SELECT DISTINCT q.doc, d.id, d.stored_at FROM document_bands b"
            " JOIN (SELECT unnest(?::VARCHAR[]) AS doc, unnest(?::INTEGER[]) AS band,"
            " unnest(?::UBIGINT[]) AS hash) q"
            " ON b.band = q.band AND b.hash = q.hash JOIN documents d ON d.id = b.document_id"
            " WHERE b.document_id <> q.doc",
            [[doc_id for doc_id, _, pairs in banded for _ in pairs],
             [b for _, _, pairs in banded for b, _ in pairs],
             [h for _, _, pairs in banded for _, h in pairs]],
        ).fetchall()
        found = [(doc, other, at) for doc, other, at in found if order.get(other, -1) < order[doc]]
        if not found:
            return
        others: dict[str, list[Any]] = {
            other: [text, dup] for other, text, dup in con.execute(
                "SELECT id, text, duplicate_of FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                [sorted({other for _, other, _ in found})],
            ).fetchall()
        }
        links: list[dict[str, Any]] = []
        duplicates: list[tuple[str, str]] = []
        for doc_id, hashes, _ in banded:
            mine = sorted((at, other) for doc, other, at in found if doc == doc_id)
            canonical = None
            for _, other in mine:
                other_text, other_dup = others[other]
                sim = dedup.jaccard(hashes, dedup.shingles(other_text))
                if sim < dedup.NEAR_DUPLICATE:
                    continue
                kind = "duplicate" if sim == 1.0 else "near_duplicate"
                links.append({"document_id": doc_id, "other_id": other, "kind": kind,
                              "similarity": round(sim, 4)})
                if canonical is None and other_dup != doc_id:
                    canonical = other_dup or other
            if canonical is not None and canonical != doc_id:
                duplicates.append((doc_id, canonical))
                if doc_id in others:
                    others[doc_id][1] = canonical
        _insert(con, "document_links", ("document_id", "other_id", "kind", "similarity"), links)
        if duplicates:
            con.execute(
                "UPDATE documents SET duplicate_of = q.canonical FROM"
                " (SELECT unnest(?::VARCHAR[]) AS id, unnest(?::VARCHAR[]) AS canonical) q"
                " WHERE documents.id = q.id",
                [[d for d, _ in duplicates], [c for _, c in duplicates]],
            )

    def _match(self, doc_id: str, hashes: set[int], pairs: list[tuple[int, int]]) -> None:
        """Link a stored document to its near-duplicates among the others."""
        con = self.con
        candidates = con.execute(
            "SELECT DISTINCT d.id, d.text, d.duplicate_of, d.stored_at FROM document_bands b"
            " JOIN (SELECT unnest(?::INTEGER[]) AS band, unnest(?::UBIGINT[]) AS hash) q"
            " ON b.band = q.band AND b.hash = q.hash JOIN documents d ON d.id = b.document_id"
            " WHERE b.document_id <> ? ORDER BY d.stored_at, d.id",
            [[b for b, _ in pairs], [h for _, h in pairs], doc_id],
        ).fetchall()
        canonical = None
        for other, other_text, other_dup, _ in candidates:
            sim = dedup.jaccard(hashes, dedup.shingles(other_text))
            if sim < dedup.NEAR_DUPLICATE:
                continue
            kind = "duplicate" if sim == 1.0 else "near_duplicate"
            con.execute(
                "INSERT INTO document_links VALUES (?, ?, ?, ?)", [doc_id, other, kind, round(sim, 4)]
            )
            if canonical is None and other_dup != doc_id:
                canonical = other_dup or other
        if canonical is not None and canonical != doc_id:
            con.execute("UPDATE documents SET duplicate_of = ? WHERE id = ?", [canonical, doc_id])

    def _recluster(self, blocks: set[str]) -> None:
        """Recompute the clusters of the blocks a document touched."""
        if not blocks:
            return
        con = self.con
        known = queries.fetch(  # clusters of one-sided dyads may join these blocks' clusters (and back)
            con,
            "SELECT DISTINCT type, coalesce(source_country, source) AS source,"
            " coalesce(target_country, target) AS target, mode FROM events"
            " WHERE type IN (SELECT unnest(?::VARCHAR[]))",
            [sorted({b.split("|")[0] for b in blocks})],
        )
        blocks = clustering.related_blocks(
            blocks, {clustering.block_key(r["type"], r["source"], r["target"], r["mode"]) for r in known})
        con.execute("DELETE FROM clusters WHERE block IN (SELECT unnest(?::VARCHAR[]))", [sorted(blocks)])
        types = sorted({b.split("|")[0] for b in blocks})
        ends = sorted({end for b in blocks for end in b.split("|")[1:3]})
        rows = queries.fetch(
            con,
            "SELECT e.id, e.document_id, e.type, coalesce(e.source_country, e.source) AS source,"
            " coalesce(e.target_country, e.target) AS target, e.mode,"
            " coalesce(e.event_date, d.published) AS day, e.event_end AS last_day,"
            " e.event_date IS NOT NULL AS stated,"
            " (SELECT list(v.text ORDER BY v.ordinal) FROM evidence v WHERE v.event_id = e.id) AS evidence,"
            " d.publisher, e.attributed_to,"
            " e.location, e.instrument, d.duplicate_of IS NOT NULL AS duplicate,"
            " coalesce(d.duplicate_of, d.id) AS canonical, e.source AS source_code, e.source_name,"
            " e.target AS target_code, e.target_name"
            " FROM events e JOIN documents d ON d.id = e.document_id"
            " WHERE e.type IN (SELECT unnest(?::VARCHAR[]))"
            # a superset of the blocks' events (any of their endpoints on each side); exact blocks below
            " AND coalesce(e.source_country, e.source, '') IN (SELECT unnest(?::VARCHAR[]))"
            " AND coalesce(e.target_country, e.target, '') IN (SELECT unnest(?::VARCHAR[]))",
            [types, ends, ends],
        )
        for r in rows:  # the parties' own names are no details of a happening (see `party_name`)
            r["source_name"] = clustering.party_name(r.pop("source_code"), r["source_name"])
            r["target_name"] = clustering.party_name(r.pop("target_code"), r["target_name"])
        items = [clustering.ClusterItem(**{**r, "evidence": clustering.evidence_text(r["evidence"] or [])})
                 for r in rows]
        items = [i for i in items if clustering.block_key(i.type, i.source, i.target, i.mode) in blocks]
        found = clustering.cluster_items(items)
        assignments = [(item.id, cid) for cid, members in found.items() for item in members]
        if assignments:
            con.execute(
                "UPDATE events SET cluster_id = q.cid FROM"
                " (SELECT unnest(?::VARCHAR[]) AS eid, unnest(?::VARCHAR[]) AS cid) q"
                " WHERE events.id = q.eid",
                [[a for a, _ in assignments], [c for _, c in assignments]],
            )
        _insert(
            con,
            "clusters",
            CLUSTER_FIELDS,
            [clustering.cluster_row(cid, members) for cid, members in found.items()],
        )

    def _recount_actors(self, codes: set[str]) -> None:
        """Refresh the `actors` rows of the codes a document touched (names from the latest mention)."""
        if not codes:
            return
        con = self.con
        con.execute("DELETE FROM actors WHERE code IN (SELECT unnest(?::VARCHAR[]))", [sorted(codes)])
        codes_list = sorted(codes)
        # sector: the code minus its country prefix, when the actor belongs to a state
        con.execute(
            "INSERT INTO actors SELECT code, name,"
            " CASE WHEN country IS NOT NULL AND starts_with(code, country)"
            "  THEN nullif(substr(code, length(country) + 1), '') END, country, as_source, as_target, docs"
            # a tie (one document naming the actor two ways) goes to the greater name, on every run
            " FROM (SELECT code, arg_max(name, (stored_at, name)) AS name,"
            "  arg_max(country, stored_at) AS country,"
            "  count(*) FILTER (WHERE side = 'source') AS as_source,"
            "  count(*) FILTER (WHERE side = 'target') AS as_target, count(DISTINCT document_id) AS docs"
            "  FROM ("
            "   SELECT e.source AS code, e.source_name AS name, e.source_country AS country,"
            "          'source' AS side,"
            "          e.document_id, d.stored_at FROM events e JOIN documents d ON d.id = e.document_id"
            "   WHERE d.duplicate_of IS NULL AND e.source IN (SELECT unnest(?::VARCHAR[]))"
            "   UNION ALL"
            "   SELECT e.target, e.target_name, e.target_country, 'target', e.document_id, d.stored_at"
            "   FROM events e JOIN documents d ON d.id = e.document_id"
            "   WHERE d.duplicate_of IS NULL AND e.target IN (SELECT unnest(?::VARCHAR[]))"
            "  ) GROUP BY code)",
            [codes_list, codes_list],
        )

    def holds(self, doc: Document) -> bool:
        """True when the ledger already holds this document with the same content."""
        row = self.con.execute("SELECT content_hash FROM documents WHERE id = ?", [doc.id]).fetchone()
        return row is not None and row[0] == content_hash(doc)

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        pipeline: Any = None,
        progress: Callable[[CodedDocument | Problem, bool | None], None] | None = None,
        force: bool = False,
    ) -> IngestSummary:
        """Read, code and store every document under `paths`; returns what happened to each."""
        from sitrep.pipeline import Pipeline

        pipeline = pipeline or Pipeline()
        summary = IngestSummary()
        started = time.perf_counter()
        resumable = isinstance(pipeline, Pipeline) and not force
        items = (pipeline.code_paths([str(p) for p in paths], skip=self.holds) if resumable
                 else pipeline.code_paths([str(p) for p in paths]))
        pending: list[CodedDocument | Problem] = []
        since = time.perf_counter()
        for item in items:
            if not pending:
                since = time.perf_counter()
            pending.append(item)
            if len(pending) >= STORE_BATCH or time.perf_counter() - since >= FLUSH_SECONDS:
                self._flush(pending, summary, progress, force)
                pending.clear()
        self._flush(pending, summary, progress, force)
        summary.seconds = time.perf_counter() - started
        return summary

    def _flush(
        self,
        pending: list[CodedDocument | Problem],
        summary: IngestSummary,
        progress: Callable[[CodedDocument | Problem, bool | None], None] | None,
        force: bool,
    ) -> None:
        """Store the coded documents of `pending` in one transaction, then account for every item in order.

        When the batch fails, its documents are stored one by one, so one bad document is skipped
        with its own reason and the others are kept.
        """
        new = [i for i in pending if isinstance(i, CodedDocument) and not i.unchanged]
        outcomes: list[Outcome | LedgerError] = []
        if new:
            try:
                outcomes = list(self.store_all(new, force=force))
            except LedgerError:
                outcomes = []
                for coded in new:
                    try:
                        outcomes.extend(self.store_all([coded], force=force))
                    except LedgerError as exc:
                        outcomes.append(exc)
        results = iter(outcomes)
        for item in pending:
            changed: bool | None = None
            if isinstance(item, Problem):
                summary.skipped.append(item)
            elif item.unchanged:
                summary.unchanged += 1
                changed = False
            else:
                outcome = next(results)
                if isinstance(outcome, LedgerError):
                    summary.skipped.append(Problem(outcome.origin or item.document.origin, outcome.message))
                elif outcome == "unchanged":
                    summary.unchanged += 1
                    changed = False
                else:
                    summary.events += len(item.events)
                    summary.replaced += outcome == "replaced"
                    summary.stored += outcome == "stored"
                    changed = True
            if progress:
                progress(item, changed)

    # -- reading ---------------------------------------------------------------------------------
    def events(self, **filters: Any) -> Any:
        """Events matching the filters (see `sitrep.ledger.queries.events`); a DataFrame by default."""
        filters.setdefault("output", "pandas")
        return queries.events(self.con, **filters)

    def documents(self, **filters: Any) -> Any:
        """Stored documents (see `sitrep.ledger.queries.documents`); a DataFrame by default."""
        filters.setdefault("output", "pandas")
        return queries.documents(self.con, **filters)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One document with its events, evidence and near-duplicate links."""
        return queries.document(self.con, doc_id)

    def actors(self, **filters: Any) -> Any:
        """Actors with their event counts; a DataFrame by default."""
        filters.setdefault("output", "pandas")
        return queries.actors(self.con, **filters)

    def clusters(self, **filters: Any) -> Any:
        """Clusters of events reporting the same happening; a DataFrame by default."""
        filters.setdefault("output", "pandas")
        return queries.clusters(self.con, **filters)

    def dyad(
        self,
        a: str,
        b: str,
        *,
        by: str = "month",
        since: str | date | None = None,
        until: str | date | None = None,
        output: queries.Output = "pandas",
    ) -> Any:
        """Counts per period, type and mode between two actors, with a cooperation/conflict score."""
        from sitrep.ledger.dyad import dyad

        return dyad(self.con, a, b, by=by, since=since, until=until, output=output)

    def dyad_trend(
        self,
        a: str,
        b: str,
        *,
        by: str = "month",
        since: str | date | None = None,
        until: str | date | None = None,
        output: queries.Output = "pandas",
    ) -> Any:
        """One row per period between two actors: events, cooperation, conflict and score."""
        from sitrep.ledger.dyad import trend

        return trend(self.con, a, b, by=by, since=since, until=until, output=output)

    def network(self, *, since: str | date | None = None, until: str | date | None = None) -> Any:
        """The actor network: a networkx DiGraph whose edges carry counts per type and a score."""
        from sitrep.ledger.network import network

        return network(self.con, since=since, until=until)

    def export(
        self, out: str | Path, *, format: str = "csv", tables: Iterable[str] | None = None
    ) -> list[Path]:
        """Write the ledger's tables as CSV, JSON Lines or Parquet files into folder `out`."""
        from sitrep.ledger.export import export

        return export(self.con, out, format=format, tables=tables)

    def brief(
        self,
        a: str,
        b: str,
        *,
        format: str = "md",
        since: str | date | None = None,
        until: str | date | None = None,
    ) -> str:
        """A sourced situation report on the relations between two actors."""
        from sitrep.ledger.brief import brief

        return brief(self, a, b, format=format, since=since, until=until)
