"""The reporting-cue vocabulary (`data/reporting.yaml` and `data/cues.yaml`), loaded once, and the
look-ups that tell whether a token is a cue ("said", "according to", "Trump's claim that")."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Token

from sitrep.errors import InputError

PHRASE_DEPS = frozenset({"prt", "ccomp", "oprd", "acomp", "xcomp", "dobj"})  # dobj: "reports have it that"


@dataclass(frozen=True, slots=True)
class ReportingLexicon:
    """Reporting cues loaded from `reporting.yaml`."""

    verbs: dict[str, dict[str, Any]]
    phrasal: dict[tuple[str, str], dict[str, Any]]
    prepositions: dict[tuple[str, str], dict[str, Any]]
    first_words: frozenset[str] = frozenset()  # every lemma or word a cue can start with
    nouns: dict[str, dict[str, Any]] = field(default_factory=dict)  # "Trump's claim that ..."
    adjectives: dict[str, dict[str, Any]] = field(default_factory=dict)  # "X is skeptical of ..."
    spokespeople: frozenset[str] = frozenset()  # titles of people who speak for a body ("spokesman")
    people: frozenset[str] = frozenset()  # described speakers who are people ("activists said")
    members: frozenset[str] = frozenset()  # people named by their place in a body ("members of")
    contrasts: frozenset[str] = frozenset()  # marks of a contrast clause outside a report ("while")
    bodies: frozenset[str] = frozenset()  # bodies named by a common noun ("the army said")
    documents: frozenset[str] = frozenset()  # documents that speak for their maker ("a report by HRW")
    stance_prefixes: frozenset[str] = frozenset()  # "anti-", "pro-": an actor named as a stance
    media: frozenset[str] = frozenset()  # words naming a news medium ("newspaper", "news agency")
    media_names: frozenset[str] = frozenset()  # words of a medium's name ("Herald", "AP")
    opponents: frozenset[str] = frozenset()  # people against the possessor ("his rivals")

    def also_event(self, lemma: str) -> str | None:
        """The PLOVER type a reporting verb can also code as (the event coder decides)."""
        return (self.verbs.get(lemma) or {}).get("also_event")


def _load_yaml(name: str) -> dict[str, Any]:
    text = resources.files("sitrep.events.data").joinpath(name).read_text(encoding="utf-8")
    try:
        raw = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"unreadable cue lexicon: {exc}", origin=f"sitrep/events/data/{name}") from exc
    if not isinstance(raw, dict):
        raise InputError("a cue lexicon must be a mapping of sections", origin=f"sitrep/events/data/{name}")
    return raw


@lru_cache(maxsize=1)
def reporting_lexicon() -> ReportingLexicon:
    """The cues, loaded once from the package data: `reporting.yaml` (reporting verbs, which the event
    coder also reads as reports) and `cues.yaml` (stance and speech cues that only attribute)."""
    raw, extra = _load_yaml("reporting.yaml"), _load_yaml("cues.yaml")

    def entries(section: str) -> dict[str, dict[str, Any]]:
        found = {k: (v or {}) for k, v in (raw.get(section) or {}).items()}
        for k, v in (extra.get(section) or {}).items():
            found.setdefault(k, {**(v or {}), "attribution_only": True})
        for k, v in found.items():
            if not all(isinstance(p, str) for p in v.get("about", ())):  # YAML reads a bare on as true
                raise InputError(f"{section} {k!r}: quote every preposition in `about` (\"on\")",
                                 origin="sitrep/events/data/cues.yaml or reporting.yaml")
        return found

    def pairs(section: str) -> dict[tuple[str, str], dict[str, Any]]:
        return {tuple(k.split(" ", 1)): v for k, v in entries(section).items()}

    verbs, nouns, adjectives = entries("verbs"), entries("nouns"), entries("adjectives")
    phrasal, prepositions = pairs("phrasal"), pairs("prepositions")
    first = {*verbs, *nouns, *adjectives, *(k[0] for k in phrasal), *(k[0] for k in prepositions)}
    names = ("spokespeople", "people", "members", "contrast_marks", "bodies", "documents", "stance_prefixes",
             "media", "media_names", "opponents")
    lists = {name: extra.get(name) or [] for name in names}
    if not all(isinstance(t, str) for words in lists.values() for t in words):
        raise InputError(f"{', '.join(names)}: lists of words", origin="sitrep/events/data/cues.yaml")
    sets = (frozenset(t.lower() for t in words) for words in lists.values())
    titles, people, members, contrasts, bodies, documents, stances, media, media_names, opponents = sets
    return ReportingLexicon(verbs, phrasal, prepositions, frozenset(first),  # type: ignore[arg-type]
                            nouns, adjectives, titles, people, members, contrasts, bodies, documents, stances,
                            media, media_names, opponents)


def cue_entry(token: Token) -> dict[str, Any] | None:
    """The lexicon entry that makes `token` a cue in its parse (a verb, a particle verb, a preposition
    pair, a noun or an adjective), or None."""
    lex = reporting_lexicon()
    lower = token.lower_
    if lower not in lex.first_words and token.lemma_.lower() not in lex.first_words:
        return None  # the cheap test first: this runs on every token
    if token.dep_ == "prep" or token.pos_ in ("ADP", "VERB"):
        for (first, second), entry in lex.prepositions.items():
            if lower == first and any(word_is(c, second) for c in token.children):
                return entry
    if token.pos_ == "NOUN":
        return lex.nouns.get(token.lemma_.lower())
    if token.pos_ == "ADJ":
        return lex.adjectives.get(token.lemma_.lower())
    if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB"):
        return None
    lemma = token.lemma_.lower()
    for child in token.children:
        # "pointed out"; "made (it) clear that": the second word may head the verb's complement
        if child.dep_ in PHRASE_DEPS and (lemma, child.lower_) in lex.phrasal:
            entry = lex.phrasal[(lemma, child.lower_)]
            return None if entry.get("not_cue") else entry  # "Putin called off his visit"
    return lex.verbs.get(lemma)


def word_is(token: Token, word: str) -> bool:
    """Whether a token is `word` as written or as its lemma ("according" / "accord")."""
    return token.lower_ == word or token.lemma_.lower() == word


def is_reporting_verb(token: Token) -> bool:
    """Whether `token` is a reporting cue ("said", "told", "added", "according to", ...); stance cues
    that only attribute ("wants", "opposes") are not: the event coder reads these as acts or wishes."""
    entry = cue_entry(token)
    return entry is not None and not entry.get("attribution_only")


def is_prepositional(token: Token) -> bool:
    """Whether a cue is a preposition-like phrase ("according to") rather than a verb."""
    return token.lower_ in {first for first, _ in reporting_lexicon().prepositions}


def verb_form(word: str) -> str | None:
    """The lemma a known cue verb's inflected form has ("blasts" -> "blast", "praises" -> "praise")."""
    verbs = reporting_lexicon().verbs
    for suffix, repl in (("", ""), ("s", ""), ("es", ""), ("ies", "y"), ("d", ""), ("ed", ""), ("ied", "y")):
        if word.endswith(suffix) and (base := word[: len(word) - len(suffix)] + repl) in verbs:
            return base
    return None
