"""Present-tense verbs the tagger took for plural nouns, given back their verb tag after the parse.

Headlines and headline-like leads put a bare subject before a third-person verb ("Somalia expels
diplomats", "Somalia severs ties with Kenya"), a form the small model rarely saw in running text: its
tagger calls the verb a plural noun (NNS) although its parser still gives the word a subject and an
object. Tagged a noun, the word becomes NOUN and no verb event is read from it.

A word tagged NNS is retagged VBZ when the parse gives it a direct object (nouns take none), or a
subject and English has the word only as a verb (its stem is in the lemmatizer's verb index and not
in its noun index: "expel", "sever", not "attack" or "strike"). The component runs between the
parser and the attribute ruler, which then derives the part of speech, morphology and lemma from the
new tag as for any verb. Only NNS tokens are looked at, from one array read per document.

When the tagger's error also misled the parser, a headline has no verb at all: "Somalia severs ties with
Kenya" is parsed as one noun phrase (Somalia -compound-> severs -compound-> ties). In a sentence with no
verb, a verb-only plural-noun form between two nouns (the noun before it a compound of it or of the noun
after it, that noun its head) is made the verb of the noun phrase around it: the noun before becomes its
subject, its former head its object, and the verb takes that head's place in the tree (`_headline_verb`).

Headlines also drop the passive's auxiliary: "Russian diplomats expelled by the US" is parsed as a noun
phrase (diplomats, the root, with "expelled by the US" a reduced relative clause), so the expulsion has no
clause. When a sentence with no finite verb has a noun for its root and that noun's past participle has
an agent ("by the US") and follows it with no comma between, the participle is made the root and the noun
its passive subject, as in "Russian diplomats were expelled by the US" (`headline_passives`). Only sentences
whose root is a noun are looked at.

In such a verbless sentence the parser also buries a verb the tagger got right ("Iran summons envoy over US
'warmongering'": summons/VBZ a compound of "envoy"), or a plural subject's base-form verb it took for a noun
("Cops fire tear gas at protesters", "Police fire water cannon at protesters": fire/NN). A compound between
a noun before it and its noun head after it is made the verb there too (`headline_compound_verbs`): a VBZ
whose stem is a verb, or a singular noun (NN, VB, VBP) that is itself a verb of the lemmatizer's index after
a plural noun (NNS, NNPS, or a collective noun of `data/collective_plurals.txt`: "police").
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import DEP, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.nlp.components import add_once
from sitrep.nlp.word_lists import read_word_list

COMPONENT = "sitrep_verb_tags"
NOUN_PLURAL = "NNS"
VERB_PRESENT = "VBZ"
OBJECT_DEPS = frozenset({"dobj"})
SUBJECT_DEPS = frozenset({"nsubj"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
VERB_TAG_START = ("VB", "MD")
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
BASE_FORM_TAGS = frozenset({"NN", "VB", "VBP"})  # a base-form verb the tagger took for a noun, or got right
COMPOUND_DEPS = frozenset({"compound", "nmod", "amod"})


@lru_cache(maxsize=1)
def collective_plurals() -> frozenset[str]:
    """Nouns tagged singular that take a plural verb ("police fire"), from the data file."""
    return frozenset(read_word_list("collective_plurals.txt"))


class VerbTags:
    """The pipeline component (see the module's docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._only_verbs: frozenset[str] | None = None
        self._verbs: frozenset[str] = frozenset()

    def only_verbs(self) -> frozenset[str]:
        """Stems of the lemmatizer's verb index that are not in its noun index, read once (with `verbs`)."""
        if self._only_verbs is None:
            verbs: frozenset[str] = frozenset()
            nouns: frozenset[str] = frozenset()
            if "lemmatizer" in self.nlp.pipe_names:
                lookups = getattr(self.nlp.get_pipe("lemmatizer"), "lookups", None)
                if lookups is not None and lookups.has_table("lemma_index"):
                    index = lookups.get_table("lemma_index")
                    verbs, nouns = frozenset(index.get("verb", ())), frozenset(index.get("noun", ()))
            self._only_verbs, self._verbs = verbs - nouns, verbs
        return self._only_verbs

    def verbs(self) -> frozenset[str]:
        """Every stem of the lemmatizer's verb index."""
        self.only_verbs()
        return self._verbs

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        plural = doc.vocab.strings[NOUN_PLURAL]
        for i in numpy.flatnonzero(doc.to_array([TAG]) == plural).tolist():
            token = doc[i]
            if self._verb(token):
                token.tag_ = VERB_PRESENT
            elif self._headline_verb(token):
                _make_verb(token)
        for root in headline_passives(doc):
            headline_compound_verbs(root, self.verbs())
        return doc

    def _headline_verb(self, token: Token) -> bool:
        """A verb-only form the parser buried in a verbless noun phrase: "Somalia severs ties with Kenya"."""
        i, head, doc = token.i, token.head, token.doc
        if i == 0 or head.i <= i or token.dep_ != "compound" or head.tag_ not in NOUN_TAGS:
            return False
        before = doc[i - 1]
        if before.tag_ not in NOUN_TAGS or before.head.i not in (i, head.i) or token.is_sent_start:
            return False
        if verb_stem(token.lower_, self.only_verbs()) is None:
            return False
        sentence = token.sent
        return not any(t.tag_.startswith(VERB_TAG_START) for t in sentence)

    def _verb(self, token: Token) -> bool:
        deps = {child.dep_ for child in token.children}
        if deps & OBJECT_DEPS:
            return True
        return bool(deps & SUBJECT_DEPS) and verb_stem(token.lower_, self.only_verbs()) is not None


def headline_passives(doc: Doc) -> list[Token]:
    """Make "<noun> <participle> by <agent>" with no finite verb a passive clause (see the module doc);
    the noun roots left (sentences that still have no verb for their root) are returned."""
    nouns = {doc.vocab.strings[tag] for tag in NOUN_TAGS}
    rows = doc.to_array([DEP, TAG])
    root = doc.vocab.strings["ROOT"]
    left = []
    for i in numpy.flatnonzero(rows[:, 0] == root).tolist():
        if int(rows[i, 1]) not in nouns:
            continue
        noun = doc[i]
        participle = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBN"
                           and any(g.dep_ == "agent" for g in c.children)), None)
        if participle is None or doc[participle.i - 1].is_punct:
            left.append(noun)  # ", led by ..., " is set off by commas: an aside on the noun, not its clause
            continue
        if any(t.tag_ in FINITE_TAGS for t in noun.sent):
            left.append(noun)
            continue
        later = [c for c in noun.rights if c.i > participle.i]  # the closing stop goes with the clause
        participle.head, participle.dep_ = participle, "ROOT"
        noun.head, noun.dep_ = participle, "nsubjpass"
        for child in later:
            child.head = participle
    return left


def headline_compound_verbs(root: Token, verbs: frozenset[str]) -> None:
    """Make the first buried verb of the verbless sentence of `root` (a noun) its verb (module doc)."""
    sentence = root.sent
    for token in sentence:
        if token.i == sentence.start or token.dep_ not in COMPOUND_DEPS or token.head.i <= token.i:
            continue
        before, head = token.doc[token.i - 1], token.head
        if (before.tag_ not in NOUN_TAGS or head.tag_ not in NOUN_TAGS
                or before.head.i not in (token.i, head.i)):
            continue
        if token.tag_ == VERB_PRESENT:
            tag = VERB_PRESENT if verb_stem(token.lower_, verbs) else None
        elif token.tag_ in BASE_FORM_TAGS and token.lower_ in verbs:
            plural = before.tag_ in PLURAL_TAGS or before.lower_ in collective_plurals()
            tag = "VBP" if plural else None
        else:
            continue
        if tag is None or any(t.tag_ in FINITE_TAGS for t in sentence if t.i != token.i):
            return
        _make_verb(token, tag)
        return


def _make_verb(token: Token, tag: str = VERB_PRESENT) -> None:
    """Make `token` the verb of the noun phrase it was a compound in: the noun before it its subject, its
    former head its object; it takes the head's place (and label) in the tree."""
    head, before = token.head, token.doc[token.i - 1]
    token.tag_ = tag
    if head.head.i == head.i:  # the phrase was the sentence's root
        token.head, token.dep_ = token, "ROOT"
    else:
        token.head, token.dep_ = head.head, head.dep_
    head.head, head.dep_ = token, "dobj"
    before.head, before.dep_ = token, "nsubj"


def verb_stem(word: str, verbs: frozenset[str]) -> str | None:
    """The verb of `verbs` whose third-person form `word` is ("expels" -> "expel", "lynches" -> "lynch",
    "denies" -> "deny"), or None."""
    if not word.endswith("s"):
        return None
    stems = [word[:-1], word[:-2] if word.endswith("es") else "",
             word[:-3] + "y" if word.endswith("ies") else ""]
    return next((stem for stem in stems if stem and stem in verbs), None)


@Language.factory(COMPONENT)
def make_verb_tags(nlp: Language, name: str) -> VerbTags:
    """spaCy's factory for `VerbTags`."""
    return VerbTags(nlp)


def with_verb_tags(nlp: Language) -> Language:
    """`nlp` with `VerbTags` placed right after its parser (once)."""
    return add_once(nlp, COMPONENT, after="parser")
