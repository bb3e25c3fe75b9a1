"""Shared helpers for the reliability tests: the `sitrep` command as a subprocess, and hostile inputs.

Every hostile file is generated here, in a temporary folder, from real text where text is needed:
- English articles: the seed article (`shared/seed/`) and re3d documents (`shared/corpora/re3d`);
- Spanish news: `shared/benchmarks/event-coding/universalpetrarch-spanish-protest.jsonl` (AFP Spanish);
- French and German: short news paragraphs written for these tests (no French/German corpus is shared);
- Arabic: `shared/benchmarks/event-coding/arabic-event-gsr-detection.jsonl`.
Large inputs (50 MB text, a 1 GB gzip bomb) are written in chunks, never held in memory.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import resource
import shutil
import struct
import subprocess
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from sitrep.ingest.limits import MB

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
BENCH = SHARED / "benchmarks" / "event-coding"
SITREP = [sys.executable, "-m", "sitrep.cli"]

FRENCH = (
    "Le gouvernement français a annoncé mardi l'envoi de nouveaux équipements militaires à l'Ukraine, "
    "après une rencontre entre le président et son homologue ukrainien à Paris. Le ministre des Armées "
    "a précisé que les livraisons commenceraient dans les prochaines semaines et que la France "
    "continuerait de soutenir Kiev aussi longtemps que nécessaire."
)
GERMAN = (
    "Die Bundesregierung hat am Dienstag neue Sanktionen gegen Russland angekündigt. Der Außenminister "
    "erklärte in Berlin, man werde die Zusammenarbeit mit den europäischen Partnern weiter verstärken "
    "und die Ukraine auch in den kommenden Monaten mit Waffen und humanitärer Hilfe unterstützen."
)


RE3D_FOLDERS = (
    "BBC Online",
    "US State Department",
    "UK Government",
    "CENTCOM",
    "Australian Department of Foreign Affairs",
    "Delegation of the European Union to Syria",
)


def english_articles() -> list[tuple[str, str]]:
    """(title, text) of real English news: the seed article, then the first document of six re3d sources."""
    seed = (SHARED / "seed" / "000_cffe77665d307e1a.txt").read_text(encoding="utf-8")
    found = [("seed", seed)]
    for folder in RE3D_FOLDERS:
        lines = (SHARED / "corpora" / "re3d" / folder / "documents.json").read_text(encoding="utf-8-sig")
        record = json.loads(lines.splitlines()[0])
        found.append((record["title"], record["text"]))
    return found


def spanish_articles(count: int) -> list[str]:
    """Real Spanish news sentences (AFP) from the UniversalPetrarch benchmark."""
    path = BENCH / "universalpetrarch-spanish-protest.jsonl"
    with path.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    return [t for t in texts if len(t) > 150][:count]


def arabic_sentence() -> str:
    """A real Arabic news sentence from the Arabic event GSR."""
    with (BENCH / "arabic-event-gsr-detection.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            if len(text) > 120:
                return text
    raise LookupError("no Arabic sentence long enough")


def write_zeros_gzip(path: Path, size: int) -> None:
    """A gzip file expanding to `size` zero bytes (a compression bomb), written in a second or so.

    After a full flush deflate forgets its history, so every 1 MB block of zeros compresses to the
    same bytes: one block is compressed and written `size // MB` times, with the true CRC and length.
    """
    chunk = bytes(MB)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    assert deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH) == block
    crc = 0
    with path.open("wb") as out:
        out.write(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff")  # gzip header: deflate, no name
        for _ in range(size // MB):
            out.write(block)
            crc = zlib.crc32(chunk, crc)
        out.write(deflate.flush(zlib.Z_FINISH))
        out.write(struct.pack("<II", crc, (size // MB * MB) & 0xFFFFFFFF))


def write_big_text(path: Path, size: int) -> None:
    """A plain-text file of `size` bytes of English sentences, written in chunks."""
    sentence = "The council met again on Tuesday and agreed to continue the talks next week. "
    block = (sentence * (MB // len(sentence) + 1))[:MB].encode("ascii")
    with path.open("wb") as out:
        for _ in range(size // MB):
            out.write(block)


def minimal_warc(records: list[tuple[str, str]]) -> bytes:
    """A WARC holding one HTTP `response` record per (url, html) pair."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, html in records:
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers
        )
        writer.write_record(record)
    return buffer.getvalue()


def article_html(title: str, text: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
    return (
        f"<html><head><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


@dataclass(slots=True)
class Corpus:
    """A folder of inputs and what `sitrep run` must say about each."""

    folder: Path
    good: list[str]
    """Names of files that hold exactly one good English document (must be stored)."""
    bad: dict[str, str]
    """Name of each hostile file -> a word its one-line problem must contain."""


def build_hostile_corpus(folder: Path) -> Corpus:
    """Write good documents and every kind of hostile input into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    articles = english_articles()
    good: list[str] = []
    bad: dict[str, str] = {}

    def put(name: str, data: bytes | str) -> Path:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    # good: the seed as text, a re3d article as HTML, one in UTF-16 with a BOM
    put("good_seed.txt", articles[0][1])
    put("good_bbc.html", article_html(*articles[1]))
    put("good_utf16.txt", (articles[2][0] + "\n\n" + articles[2][1]).encode("utf-16"))
    good += ["good_seed.txt", "good_bbc.html", "good_utf16.txt"]

    put("binary.txt", random.Random(7).randbytes(64 * 1024))
    bad["binary.txt"] = "binary"
    put("zero_bytes.txt", b"")
    bad["zero_bytes.txt"] = "empty"
    put("blank.txt", "  \n\n\t \n")
    bad["blank.txt"] = "empty"
    write_big_text(folder / "huge_50mb.txt", 50 * MB)
    bad["huge_50mb.txt"] = "larger than 20 MB"
    put("deep.html", "<html><body>" + "<div>" * 10_000 + "Deep text." + "</div>" * 10_000 + "</body></html>")
    bad["deep.html"] = "no article text"
    # a UTF-8 article (with non-ASCII punctuation) with a paragraph pasted in from a cp1252 file
    title, text = articles[3]
    utf8_part = f"{title}\n\n{text}\n\nThe minister’s statement — in full:\n\n"
    put(
        "mixed_cp1252.txt",
        utf8_part.encode("utf-8") + "The café’s owner said “we will not close”.\n".encode("cp1252"),
    )
    bad["mixed_cp1252.txt"] = (
        f"mixed encodings: line {utf8_part.count(chr(10)) + 1} not UTF-8, read as cp1252"
    )
    good.append("mixed_cp1252.txt")

    put("spanish.txt", "\n\n".join(spanish_articles(3)))
    bad["spanish.txt"] = "not English (detected: es)"
    put("french.txt", FRENCH)
    bad["french.txt"] = "not English (detected: fr)"
    put("german.txt", GERMAN)
    bad["german.txt"] = "not English (detected: de)"
    put("arabic.txt", arabic_sentence())
    bad["arabic.txt"] = "not English (detected: ar)"

    # 40 Spanish records, cut in the middle of the gzip stream: the first lines are read, then it stops
    spanish_lines = [json.dumps({"id": f"es-{i}", "text": t}) for i, t in enumerate(spanish_articles(40))]
    full = gzip.compress("\n".join(spanish_lines).encode("utf-8"))
    put("truncated.jsonl.gz", full[: len(full) // 2])
    bad["truncated.jsonl.gz:line 1"] = "not English"
    bad["truncated.jsonl.gz"] = "truncated or corrupt"
    warc = minimal_warc([(f"https://example.org/{i}", article_html(*articles[i])) for i in (5, 6, 1)])
    put("truncated.warc.gz", warc[: len(warc) - 200])
    good += ["truncated.warc.gz#record 1", "truncated.warc.gz#record 2"]
    bad["truncated.warc.gz#record 3"] = "record"

    huge_line = json.dumps({"id": "huge", "text": "word " * (5 * MB)})
    first = json.dumps({"id": "re3d-centcom", "title": articles[4][0], "text": articles[4][1]})
    lines = [first, "{broken json", '["not", "an", "object"]', huge_line, '{"id": "no-text"}']
    put("mixed.jsonl", "\n".join(lines) + "\n")
    good.append("mixed.jsonl:line 1")
    bad["mixed.jsonl:line 2"] = "invalid JSON"
    bad["mixed.jsonl:line 3"] = "expected a JSON object"
    bad["mixed.jsonl:line 4"] = "longer than 20 MB"
    bad["mixed.jsonl:line 5"] = "no 'text'"

    write_zeros_gzip(folder / "bomb.jsonl.gz", 1024 * MB)
    bad["bomb.jsonl.gz:line 1"] = "longer than 20 MB"
    shutil.copyfile(folder / "bomb.jsonl.gz", folder / "bomb.txt.gz")
    bad["bomb.txt.gz"] = "larger than 20 MB"
    return Corpus(folder, good, bad)


@pytest.fixture(scope="session")
def hostile_corpus(tmp_path_factory) -> Corpus:
    """The hostile corpus, built once per session (the two 1 GB bombs take about 1 MB each on disk)."""
    return build_hostile_corpus(tmp_path_factory.mktemp("hostile") / "inputs")


@dataclass(slots=True)
class Finished:
    """A finished `sitrep` subprocess: exit code, output, and the peak RSS of the children so far."""

    code: int
    stdout: str
    stderr: str
    peak_rss_mb: float


def sitrep_env() -> dict[str, str]:
    """The environment for a `sitrep` subprocess: no colours, wide lines, this interpreter's packages."""
    return {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "400", "PYTHONUNBUFFERED": "1"}


def run_sitrep(*args: str | Path, timeout: float = 600) -> Finished:
    """Run `python -m sitrep.cli ARGS` to the end."""
    done = subprocess.run(
        [*SITREP, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=sitrep_env(),
        check=False,
    )
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return Finished(done.returncode, done.stdout, done.stderr, peak)


@pytest.fixture(scope="session")
def sitrep_cli():
    """`run_sitrep` as a fixture (test modules cannot import conftest under --import-mode=importlib)."""
    return run_sitrep


# -- a large synthetic ledger -----------------------------------------------------------------------
COUNTRIES = ("RUS", "UKR", "USA", "IRN", "ISR", "SYR", "FRA", "DEU", "CHN", "TUR", "IRQ", "GBR", "SDN", "EGY")
SECTORS = (None, "GOV", "MIL", "REB", "COP")


def synthetic_document(number: int, events: int, rng: random.Random):  # type: ignore[no-untyped-def]
    """A coded document of `events` one-sentence events between random actors (for volume, not meaning)."""
    from sitrep.records import MODES, PLOVER_TYPES, Actor, CodedDocument, Document, Event, Evidence

    parts: list[str] = []
    coded: list[Event] = []
    position = 0
    for index in range(events):
        source = Actor.of(rng.choice(COUNTRIES), "source", rng.choice(SECTORS))
        target = Actor.of(rng.choice(COUNTRIES), "target", rng.choice(SECTORS))
        sentence = (
            f"Report {number}.{index}: {source.code} and {target.code} near site {rng.randrange(10**6)}."
        )
        coded.append(
            Event(
                source=source,
                target=target,
                type=rng.choice(PLOVER_TYPES),
                mode=rng.choice(MODES),
                evidence=Evidence(sentence, position, position + len(sentence)),
            )
        )
        parts.append(sentence)
        position += len(sentence) + 1
    published = f"20{rng.randrange(10, 25)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    document = Document(
        id=f"synthetic-{number:06d}",
        text=" ".join(parts),
        published=published,
        publisher=f"outlet {rng.randrange(30)}",
        origin=f"synthetic:{number}",
        language="en",
    )
    return CodedDocument(document=document, events=coded)


def build_synthetic_ledger(path: Path, documents: int, events_per_document: int, *, stored: int = 5) -> int:
    """A ledger of `documents` synthetic documents; returns its event count.

    The first `stored` documents go through `Ledger.store` (clusters, actors, links); the rest are
    turned into rows by the ledger's own `document_rows` and appended in bulk, because storing 100k
    events one document at a time would take many minutes.
    """
    import pandas as pd

    from sitrep.ledger import Ledger
    from sitrep.ledger.rows import document_rows

    rng = random.Random(20261125)
    tables: dict[str, list[dict]] = {"documents": [], "events": [], "evidence": []}
    with Ledger(path) as ledger:
        for number in range(documents):
            coded = synthetic_document(number, events_per_document, rng)
            if number < stored:
                ledger.store(coded)
                continue
            rows = document_rows(coded)
            tables["documents"].append({**rows.document, "stored_at": pd.Timestamp("2026-11-25")})
            tables["events"] += rows.events
            tables["evidence"] += rows.evidence
        for table, rows in tables.items():
            if rows:
                frame = pd.DataFrame(rows)  # noqa: F841 - read by DuckDB's replacement scan below
                ledger.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM frame")
        return ledger.con.execute("SELECT count(*) FROM events").fetchone()[0]


@pytest.fixture(scope="session")
def synthetic_builder():
    """`build_synthetic_ledger` as a fixture."""
    return build_synthetic_ledger


def start_sitrep(*args: str | Path) -> subprocess.Popen[str]:
    """Start `python -m sitrep.cli ARGS` in the background (stdout and stderr piped)."""
    return subprocess.Popen(
        [*SITREP, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=sitrep_env(),
    )


@pytest.fixture(scope="session")
def sitrep_start():
    """`start_sitrep` as a fixture."""
    return start_sitrep
