"""Faster drop-in versions of the model's two rule components, with the same output token for token.

spaCy's `attribute_ruler` runs a `Matcher` of ~180 one-token patterns over every token and the
rule `lemmatizer` makes a Token (and a morphology object) per token to look its lemma up: together
about a fifth of the parse's CPU time, for answers that depend only on a few attributes of the
token. Here each distinct token key (lower form, tag, dependency, is-space for the ruler; orth,
part of speech, morphology for the lemmatizer) is answered once and remembered; the ruler's few
multi-token patterns still go through a `Matcher`. Rules are applied in the ruler's order (later
patterns win) and written to the token fields spaCy's `set_token_attrs` writes, for all tokens in
one `Doc.from_array`, and every new lemma is computed by spaCy's rule
lemmatizer's own steps (with its word index read as a set, not scanned as a list, see
`FastLemmatizer.rule_lemmas`), so annotations are identical (tests/nlp/test_rules.py compares them).

`speed_up(nlp)` swaps the classes of the loaded components (their tables and patterns stay
theirs); a ruler whose patterns use anything not handled here keeps spaCy's implementation.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from functools import cache
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Warnings
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.pipeline.lemmatizer import Lemmatizer
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

_KEY_ATTRS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
"""Token attributes a one-token ruler pattern may test here, and their place in the token key."""
_SET_ATTRS = frozenset({POS, MORPH, LEMMA, TAG, DEP})
"""Attributes the ruler may set here (token attributes only: nothing on the shared lexeme)."""


class _RulerIndex:
    """The ruler's patterns split into one-token tests (answered per token key) and multi-token ones.

    A one-token pattern that asks for a word or a tag is filed under it, so a token new to the
    index is tested against a handful of patterns, not all of them; tests of the dependency label
    (a few patterns) are kept apart and run per token, so the key need not hold the label. A
    multi-token pattern of plain tests is looked for only where its anchor (`_Anchored`) is; one
    this index cannot read goes to a `Matcher`.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        self.indices = ruler.indices
        self.multi = Matcher(ruler.vocab)
        self.has_multi = False
        self.by_word: dict[str, list[_Single]] = {}
        self.by_tag: dict[str, list[_Single]] = {}
        self.anywhere: list[_Single] = []
        self.anchored: dict[int, dict[int, list[_Anchored]]] = {}  # slot -> anchor value hash -> patterns
        for attr_id, attrs in enumerate(ruler.attrs):
            if not set(attrs) <= _SET_ATTRS:
                raise ValueError(f"attribute ruler sets {sorted(attrs)}")
            _, patterns = ruler.matcher.get(str(attr_id))
            for pattern in patterns:
                if len(pattern) != 1 or ruler.indices[attr_id] not in (0, -1):
                    self._add_multi(attr_id, pattern)
                    continue
                single = _Single(attr_id, attrs, [_test(k, v) for k, v in pattern[0].items()])
                spec = pattern[0]
                if isinstance(spec.get("LOWER"), str):
                    self.by_word.setdefault(spec["LOWER"], []).append(single)
                elif isinstance(spec.get("TAG"), str):
                    self.by_tag.setdefault(spec["TAG"], []).append(single)
                else:
                    self.anywhere.append(single)
        self.anchor_hashes = {slot: numpy.array(list(by_value), dtype=numpy.uint64)
                              for slot, by_value in self.anchored.items()}
        # (lower, tag, is_space) -> the patterns whose other tests pass, in the ruler's order, and
        # their rules when none of them still tests the dependency label
        self.cache: dict[tuple[int, int, int], tuple[list[_Single], list[tuple[int, dict]] | None]] = {}
        # Every attribute a rule sets is a column of the array the ruler writes back; each distinct
        # result of the rules is a row of `table`: what they set (`values`) and where (`sets`), row 0
        # setting nothing. `rows` gives a token key's row, or, when some of the key's patterns test
        # the dependency label, -1 - n for its n-th set of patterns (`label_tested`), whose row for
        # each label is kept in `rows_by_label` (many words share a set: every plural noun's).
        self.columns = sorted({attr for attrs in ruler.attrs for attr in attrs})
        self.rows: dict[tuple[int, int, int], int] = {}
        self.label_tested: dict[tuple[int, ...], int] = {}
        self._label_tested: list[list[_Single]] = []
        self.rows_by_label: dict[tuple[int, int], int] = {}
        self._row_of: dict[tuple, int] = {(): 0}
        nothing = ([0] * len(self.columns), [False] * len(self.columns))
        self._table: list[tuple[list[int], list[bool]]] = [nothing]
        self._arrays: tuple[numpy.ndarray, numpy.ndarray] | None = None

    def _add_multi(self, attr_id: int, pattern: list[dict]) -> None:
        """File a multi-token pattern under its anchor, or in the Matcher when it has none."""
        try:
            anchored = _Anchored(attr_id, pattern)
        except ValueError:
            self.multi.add(str(attr_id), [pattern])
            self.has_multi = True
            return
        by_value = self.anchored.setdefault(anchored.slot, {})
        for value in anchored.values:
            by_value.setdefault(self.strings.add(value), []).append(anchored)

    def multi_matches(
        self, doc: Doc, keys: numpy.ndarray, rows: list[list[int]],
    ) -> list[tuple[int, int, int]]:
        """(attr_id, start, end) of every match of a multi-token pattern in `doc`, whose (lower, tag,
        dependency, is-space) rows are `keys` (as lists: `rows`): what the ruler's Matcher finds."""
        found: list[tuple[int, int, int]] = []
        if self.has_multi:
            strings = self.strings
            found += [(int(strings[match_id]), start, end)
                      for match_id, start, end in self.multi(doc, allow_missing=True, as_spans=False)]
        for slot, by_value in self.anchored.items():
            for i in numpy.flatnonzero(numpy.isin(keys[:, slot], self.anchor_hashes[slot])).tolist():
                for pattern in by_value[rows[i][slot]]:
                    start = i - pattern.offset
                    end = start + len(pattern.tests)
                    if start >= 0 and end <= len(rows) and pattern.matches(rows, start, self.strings):
                        found.append((pattern.attr_id, start, end))
        return found

    def row_for(self, lower: int, tag: int, dep: int, space: int) -> int:
        """The row of `table` that says what the one-token patterns set on a token with these attributes."""
        key = (lower, tag, space)
        code = self.rows.get(key)
        if code is None:
            passed, fixed = self._patterns(lower, tag, space)
            if fixed is not None:
                code = self._row(fixed)
            else:
                found = tuple(id(c) for c in passed)
                if found not in self.label_tested:
                    self.label_tested[found] = len(self._label_tested)
                    self._label_tested.append(passed)
                code = -1 - self.label_tested[found]
            self.rows[key] = code
        if code >= 0:
            return code
        row = self.rows_by_label.get((code, dep))
        if row is None:
            passed = self._label_tested[-1 - code]
            row = self.rows_by_label[(code, dep)] = self._row(_on_label(passed, self.strings[dep]))
        return row

    def _row(self, attrs: dict) -> int:
        """The row for a merged rule (one row per distinct result)."""
        key = tuple(sorted(attrs.items()))
        row = self._row_of.get(key)
        if row is None:
            row = self._row_of[key] = len(self._table)
            self._table.append(([int(attrs.get(a, 0)) for a in self.columns],
                                [a in attrs for a in self.columns]))
            self._arrays = None
        return row

    def table(self) -> tuple[numpy.ndarray, numpy.ndarray]:
        """(values, sets): one row per row number, one column per attribute in `columns`."""
        if self._arrays is None:
            self._arrays = (numpy.array([v for v, _ in self._table], dtype=numpy.uint64),
                            numpy.array([m for _, m in self._table], dtype=bool))
        return self._arrays

    def attrs_for(self, lower: int, tag: int, dep: int, space: int) -> dict:
        """What the one-token patterns a token with these attributes matches set (later patterns win)."""
        passed, fixed = self._patterns(lower, tag, space)
        return fixed if fixed is not None else _on_label(passed, self.strings[dep])

    def _patterns(self, lower: int, tag: int, space: int) -> tuple[list[_Single], dict | None]:
        """The patterns whose tests other than the label pass, and their merged rules when none of them
        tests the label (else None), filed in `cache` once per key."""
        entry = self.cache.get((lower, tag, space))
        if entry is None:
            values = (self.strings[lower], self.strings[tag], "", bool(space))
            candidates = (self.by_word.get(values[0], []) + self.by_tag.get(values[1], []) + self.anywhere)
            passed = sorted((c for c in candidates
                             if all(test(values[slot]) for slot, test in c.tests if slot != 2)),
                            key=lambda c: c.attr_id)
            fixed = None if any(c.on_dep for c in passed) else _merged(c.attrs for c in passed)
            entry = self.cache[(lower, tag, space)] = (passed, fixed)
        return entry

    def rules_for(self, lower: int, tag: int, dep: int, space: int) -> list[tuple[int, dict]]:
        """(attr_id, attrs) of every one-token pattern a token with these attributes matches, in order."""
        values = (self.strings[lower], self.strings[tag], self.strings[dep], bool(space))
        candidates = (self.by_word.get(values[0], []) + self.by_tag.get(values[1], []) + self.anywhere)
        return [(c.attr_id, c.attrs) for c in sorted(candidates, key=lambda c: c.attr_id)
                if all(test(values[slot]) for slot, test in c.tests)]


def _on_label(passed: list[_Single], label: str) -> dict:
    """The merged rules of the `passed` patterns whose dependency-label tests `label` passes."""
    return _merged(c.attrs for c in passed if all(test(label) for slot, test in c.tests if slot == 2))


def _merged(rules: Iterable[dict]) -> dict:
    """Rules applied one after the other, as one: a later rule's value for an attribute wins."""
    out: dict = {}
    for attrs in rules:
        out.update(attrs)
    return out


class _Anchored:
    """A multi-token pattern of plain token tests (`_test`), looked for only at its anchor: the test of
    one of its tokens that compares the word, tag or label with fixed strings (the fewest), so a
    document is searched for a few hashes instead of being run through a Matcher token by token."""

    __slots__ = ("attr_id", "offset", "slot", "tests", "values")

    def __init__(self, attr_id: int, pattern: list[dict]) -> None:
        self.attr_id = attr_id
        self.tests = [[_test(k, v) for k, v in spec.items()] for spec in pattern]  # ValueError: not plain
        anchors = [(len(values), offset, _KEY_ATTRS[name], values)
                   for offset, spec in enumerate(pattern) for name, test in spec.items()
                   if name != "IS_SPACE" and (values := _fixed_strings(test))]
        if not anchors:
            raise ValueError(f"attribute ruler pattern {pattern} has no anchor")
        _, self.offset, self.slot, self.values = min(anchors, key=lambda a: (a[0], a[1]))

    def matches(self, rows: list[list[int]], start: int, strings: Any) -> bool:
        """Whether every token test passes on the tokens from `start` (rows: lower, tag, label, is-space)."""
        for tests, (lower, tag, dep, space) in zip(self.tests, rows[start:], strict=False):
            values = (strings[lower], strings[tag], strings[dep], bool(space))
            if not all(test(values[slot]) for slot, test in tests):
                return False
        return True


def _fixed_strings(spec: Any) -> frozenset[str]:
    """The strings a token test accepts when it lists them (a string, or IN), else an empty set."""
    if isinstance(spec, str):
        return frozenset({spec})
    if isinstance(spec, dict) and set(spec) == {"IN"} and all(isinstance(v, str) for v in spec["IN"]):
        return frozenset(spec["IN"])
    return frozenset()


class _Single:
    """One one-token pattern: its rule (attr_id, attrs) and its tests (slot in the token key, predicate)."""

    __slots__ = ("attr_id", "attrs", "on_dep", "tests")

    def __init__(self, attr_id: int, attrs: dict, tests: list[tuple[int, Any]]) -> None:
        self.attr_id, self.attrs, self.tests = attr_id, attrs, tests
        self.on_dep = any(slot == 2 for slot, _ in tests)


def _test(name: str, spec: Any) -> tuple[int, Any]:
    """(slot in the token key, predicate) for one attribute of a one-token pattern, as Matcher reads it."""
    if name not in _KEY_ATTRS:
        raise ValueError(f"attribute ruler tests {name}")
    slot = _KEY_ATTRS[name]
    if not isinstance(spec, dict):
        return slot, (lambda value: value == spec)
    if set(spec) == {"IN"}:
        wanted = frozenset(spec["IN"])
        return slot, (lambda value: value in wanted)
    if set(spec) == {"NOT_IN"}:
        unwanted = frozenset(spec["NOT_IN"])
        return slot, (lambda value: value not in unwanted)
    if set(spec) == {"REGEX"} and slot < 3:
        regex = re.compile(spec["REGEX"])
        return slot, (lambda value: regex.search(value) is not None)
    raise ValueError(f"attribute ruler pattern {spec}")


class FastAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler, answering its one-token patterns once per distinct token key."""

    _sitrep_index: _RulerIndex | None = None

    def __call__(self, doc: Doc) -> Doc:
        index = self._sitrep_index
        if index is None:
            return super().__call__(doc)
        if not len(doc):
            return doc
        array = doc.to_array([LOWER, TAG, DEP, IS_SPACE])
        keys = array.tolist()
        extra: dict[int, list[tuple[int, dict]]] = {}
        for attr_id, start, end in index.multi_matches(doc, array, keys):
            offset = self.indices[attr_id]
            target = start + offset if offset >= 0 else end + offset
            if not start <= target < end:
                return super().__call__(doc)  # spaCy raises the right error
            extra.setdefault(target, []).append((attr_id, self.attrs[attr_id]))
        # Each token's row of the index's table is looked up by its key and every token is written
        # in one `from_array` (the token fields `set_token_attrs` sets), not through a Token each;
        # tokens a multi-token pattern reaches are set one by one.
        rows = [0] * len(keys)
        late: list[tuple[int, dict]] = []
        known = index.rows
        for i, (lower, tag, dep, space) in enumerate(keys):
            if i in extra:  # a multi-token pattern reaches this token: apply every rule in the ruler's order
                rules = sorted(index.rules_for(lower, tag, dep, space) + extra[i], key=lambda rule: rule[0])
                late.append((i, _merged(attrs for _, attrs in rules)))
                continue
            row = known.get((lower, tag, space), -1)
            rows[i] = row if row >= 0 else index.row_for(lower, tag, dep, space)  # new, or label-tested
        values, sets = index.table()
        picked = numpy.array(rows)
        doc.from_array(index.columns, numpy.where(sets[picked], values[picked], doc.to_array(index.columns)))
        for i, attrs in late:
            if attrs:
                set_token_attrs(doc[i], attrs)
        return doc


class FastLemmatizer(Lemmatizer):
    """spaCy's rule lemmatizer, asking `rule_lemmas` once per (orth, part of speech, morphology)."""

    _sitrep_lemmas: dict[tuple[int, int, int], int] | None = None
    _sitrep_index_sets: dict[str, frozenset[str]] | None = None  # part of speech -> its lemma_index words

    def __call__(self, doc: Doc) -> Doc:
        lemmas = self._sitrep_lemmas
        if lemmas is None or self.overwrite or self.mode != "rule" or not self._validated:
            return super().__call__(doc)  # also validates the tables on the first document
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = numpy.flatnonzero(rows[:, 3] == 0).tolist()
        if not todo:
            return doc
        column = rows[:, 3].copy()
        strings = self.vocab.strings
        for i, key in zip(todo, map(tuple, rows[todo, :3].tolist()), strict=True):
            lemma = lemmas.get(key)
            if lemma is None:
                lemma = lemmas[key] = strings.add(self.rule_lemmas(doc[i])[0])
            column[i] = lemma
        doc.from_array([LEMMA], column.reshape(-1, 1))
        return doc

    def rule_lemmas(self, token: Token) -> list[str]:
        """spaCy's `rule_lemmatize` (3.8) with each part of speech's word index as a set.

        The model's `lemma_index` tables are lists (up to 57,528 nouns), so spaCy's `form in index`
        scans a list for every candidate form of every new word; a set answers the same question.
        Results are remembered by `__call__`, not in spaCy's own `cache`.
        """
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            if univ_pos == "":
                warnings.warn(Warnings.W108, stacklevel=2)
            return [string.lower()]
        if self.is_base_form(token):
            return [string.lower()]
        index_table = self.lookups.get_table("lemma_index", {})
        exc_table = self.lookups.get_table("lemma_exc", {})
        rules_table = self.lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return [string] if univ_pos == "propn" else [string.lower()]
        sets = self._sitrep_index_sets
        if sets is None:
            sets = self._sitrep_index_sets = {}
        index = sets.get(univ_pos)
        if index is None:
            index = sets[univ_pos] = frozenset(index_table.get(univ_pos, {}))
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))  # without duplicates, in the rules' order
        for form in exceptions.get(string, []):  # exceptions first
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms


@cache
def _fast_lemmatizer(cls: type[Lemmatizer]) -> type[Lemmatizer]:
    """`cls` (the language's Lemmatizer subclass, e.g. English's) with FastLemmatizer's `__call__`."""
    return type(f"Fast{cls.__name__}", (FastLemmatizer, cls), {})


def speed_up(nlp: Language) -> Language:
    """Give `nlp`'s attribute ruler and rule lemmatizer the faster implementations above (same output)."""
    for _, component in nlp.pipeline:
        if type(component) is AttributeRuler:
            try:
                index = _RulerIndex(component)
            except ValueError:
                continue  # patterns this index does not read: keep spaCy's matcher
            component.__class__ = FastAttributeRuler
            component._sitrep_index = index
        elif isinstance(component, Lemmatizer) and not isinstance(component, FastLemmatizer):
            component.__class__ = _fast_lemmatizer(type(component))
            component._sitrep_lemmas = {}
    return nlp
