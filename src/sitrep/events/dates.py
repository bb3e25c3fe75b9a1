"""Event dates: resolve the date expressions of news text against the publication date.

Values follow TimeML: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, ISO weeks `YYYY-Www` (weekends `YYYY-Www-WE`),
seasons `YYYY-SP|SU|FA|WI`, decades `YYY`. News reports the past, so a bare "Friday" or "May" is the
most recent one on or before publication, unless the sentence looks ahead ("will", "next"), when it
is the coming one. Expressions a rule here does not cover go to `dateparser` (absolute dates only
when there is no publication date). The vocabulary lives in `data/dates_vocabulary.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

import yaml
from spacy.tokens import Span, Token

from sitrep.events.layout import layout_of
from sitrep.events.modality import known_happening, told_as_claim
from sitrep.nlp.entities import entities_of
from sitrep.nlp.model import section_text

if TYPE_CHECKING:
    from sitrep.events.lexicon import Lexicon

Prefer = Literal["past", "future"]
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3,
}
# ranks of a date for an event, best first
OWN = 0  # on the event itself
TIMED = 1  # on the time clause that dates the event's clause, or the one the event's clause describes
NEAR = 2  # on a clause that frames the event, or on the noun the event's relative clause describes
ELSEWHERE = 3  # on another word than the event's
NEWS_CYCLE_DAYS = 7
MAX_CLAUSE_CLIMB = 3
NARRATIVE_SENTENCES = 2  # sentences back a dateless past act looks for the narrative's date
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
UNDATED_PROBE = "2000-01-01"  # a stand-in publication date: would an expression resolve with one?
# links from a trigger up to the reporting verb whose clause holds it: "arguing that the epidemic of
# police officers killing unarmed black people should be recognized" is five links deep, "claiming that
# Mills had a conflict of interest in her legal role representing Clinton during the FBI investigation"
# seven
MAX_REPORT_CLIMB = 12
CITED_SOURCE_CLIMB = 5  # words from a date up to "according to": "according to a statement issued on Sunday"
HEADER_LABEL_SPAN = 6  # tokens a header line's label and weekday take before its date
CLAUSE_DEPS = frozenset({"ROOT", "advcl", "ccomp", "xcomp", "relcl", "acl", "parataxis", "csubj"})
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})  # links from a reporting verb to what it reports
FUTURE_IN_PAST = frozenset({"would", "'d"})  # "said Lavrov would visit Minsk on June 19"
PERIODS = ("day", "week", "weekend", "month", "year", "fiscal year", "decade")


@dataclass(frozen=True, slots=True)
class DateVocabulary:
    """The words the resolver reads, loaded from `dates_vocabulary.yaml`."""

    weekdays: tuple[str, ...]
    months: dict[str, int]
    seasons: dict[str, tuple[str, int]]
    modifiers: tuple[str, ...]
    prepositions: tuple[str, ...]
    days: dict[str, int]
    future_cues: tuple[str, ...]
    noun_date_deps: frozenset[str]
    setting_prepositions: frozenset[str]
    time_marks: frozenset[str]
    sequence_marks: frozenset[str]
    header_verbs: frozenset[str]
    dateline_dashes: frozenset[str]
    day_times: tuple[str, ...]
    day_parts: tuple[str, ...]
    time_shifts: frozenset[str]
    scene_verbs: frozenset[str]
    scene_nouns: frozenset[str]


@lru_cache(maxsize=1)
def vocabulary() -> DateVocabulary:
    """The date vocabulary, loaded once from the package data."""
    text = resources.files("sitrep.events.data").joinpath("dates_vocabulary.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    by_length = lambda words: tuple(sorted(words, key=len, reverse=True))  # noqa: E731 - longest first
    return DateVocabulary(
        weekdays=tuple(raw["weekdays"]),
        months={k: int(v) for k, v in raw["months"].items()},
        seasons={k: (v["code"], int(v["start"])) for k, v in raw["seasons"].items()},
        modifiers=by_length(raw["modifiers"]),
        prepositions=by_length(raw["prepositions"]),
        days={k: int(v) for k, v in raw["days"].items()},
        future_cues=tuple(raw["future_cues"]),
        noun_date_deps=frozenset(raw["noun_date_deps"]),
        setting_prepositions=frozenset(raw["setting_prepositions"]),
        time_marks=frozenset(raw["time_marks"]),
        sequence_marks=frozenset(raw["sequence_marks"]),
        header_verbs=frozenset(raw["header_verbs"]),
        dateline_dashes=frozenset(raw["dateline_dashes"]),
        day_times=tuple(raw["day_times"]),
        day_parts=tuple(raw["day_parts"]),
        time_shifts=frozenset(raw["time_shifts"]),
        scene_verbs=frozenset(raw["scene_verbs"]),
        scene_nouns=frozenset(raw["scene_nouns"]),
    )


def _base(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _month_shift(d: date, months: int) -> str:
    index = d.year * 12 + d.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _normalise(text: str) -> str:
    vocab = vocabulary()
    t = re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip(" .,;:()\"'")
    t = re.sub(r"'s?$", "", t)  # a possessive date: "last Sunday's debate", "last week's attack"
    changed = True
    while changed:
        changed = False
        for word in ("the", *vocab.prepositions, *vocab.modifiers):
            for joiner in (" ", "-"):
                if t.startswith(word + joiner):
                    t, changed = t[len(word) + 1 :].strip(), True
    return t


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def resolve_expression(text: str, published: str | None, prefer: Prefer = "past") -> str | None:
    """The TimeML value of one date expression, relative expressions resolved against `published`."""
    t = _normalise(text)
    if not t:
        return None
    absolute = _absolute(t)
    if absolute is not None:
        return absolute
    base = _base(published)
    if base is None or _counted_from_another_time(t):
        return None
    value = _relative(t, base, prefer) or _with_dateparser(text, base, prefer)
    # relative to a base near year 1000 (a garbled publication date) a value can lose its 4-digit year
    return value if value is None or re.match(r"\d{4}(?!\d)", value) else None


def _counted_from_another_time(t: str) -> bool:
    """A span counted on from a time the text tells, not from publication: "Fourteen months later, he
    was arrested outside Las Vegas", "two days afterwards" (dateparser would count it from publication)."""
    span = r"\S+(?: \S+)? (?:day|week|month|year|decade)s?"
    return re.fullmatch(rf"{span} (?:later|afterwards?|on)", t) is not None


def _absolute(t: str) -> str | None:
    vocab = vocabulary()
    months = "|".join(sorted(vocab.months, key=len, reverse=True))
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:t.*)?", t):
        return f"{m[1]}-{m[2]}-{m[3]}"
    if m := re.fullmatch(r"(1\d{3}|20\d{2})(?: year)?", t):
        return m[1]
    if m := re.fullmatch(r"(1\d|20)(\d)0'?s", t):
        return m[1] + m[2]
    if m := re.fullmatch(rf"({months})\.?,? (?:of )?(\d{{4}})", t):
        return f"{m[2]}-{vocab.months[m[1]]:02d}"
    # a span of days is dated by its first ("on April 27-28, 2018", "27-28 April 2018")
    days = r"(\d{1,2})(?:st|nd|rd|th)?(?: ?[-–] ?\d{1,2}(?:st|nd|rd|th)?)?"
    if m := re.fullmatch(rf"({months})\.? {days},? (\d{{4}})", t):
        return _iso(int(m[3]), vocab.months[m[1]], int(m[2]))
    if m := re.fullmatch(rf"{days} (?:of )?({months})\.?,? (\d{{4}})", t):
        return _iso(int(m[3]), vocab.months[m[2]], int(m[1]))
    seasons = "|".join(vocab.seasons)
    if m := re.fullmatch(rf"({seasons}) (?:of )?(\d{{4}})", t):
        return f"{m[2]}-{vocab.seasons[m[1]][0]}"
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _relative(t: str, base: date, prefer: Prefer) -> str | None:
    vocab = vocabulary()
    if t in vocab.days:
        return (base + timedelta(days=vocab.days[t])).isoformat()
    if (shift := _part_of_day(t)) is not None:
        return (base + timedelta(days=shift)).isoformat()
    if m := re.fullmatch(r"(\d+|a couple of|a few|[a-z]+) (day|week|month|year)s? (ago|earlier|before)", t):
        n = _number(m[1])
        return None if n is None else _shift(base, m[2], -n)
    steps = "last|past|previous|this|next|coming|current|this coming"
    if m := re.fullmatch(rf"(?:({steps}) )?(" + "|".join(PERIODS) + ")", t):
        if m[1] is None:
            return None
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this coming": 1}.get(m[1], 0)
        return _shift(base, m[2], step)
    parts = "|".join(vocab.day_parts)
    if m := re.fullmatch(r"(?:(last|next|this|coming|this coming|past) )?(" + "|".join(vocab.weekdays) + r")"
                         rf"(?: (?:{parts}))?", t):
        return _weekday(base, vocab.weekdays.index(m[2]), m[1], prefer).isoformat()
    months = "|".join(sorted(vocab.months, key=len, reverse=True))
    if m := re.fullmatch(rf"(?:(last|next|this|past|coming) )?({months})\.?", t):
        year = _year_of(base, (vocab.months[m[2]], 0), m[1], prefer)
        return f"{year}-{vocab.months[m[2]]:02d}"
    if m := re.fullmatch(rf"({months})\.?,? (?:of )?(this|last|next|past|previous|coming) year", t):
        year = base.year + {"this": 0, "next": 1, "coming": 1}.get(m[2], -1)
        return f"{year}-{vocab.months[m[1]]:02d}"
    day_month = re.fullmatch(rf"({months})\.? (\d{{1,2}})(?:st|nd|rd|th)?", t) or re.fullmatch(
        rf"(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({months})\.?", t
    )
    if day_month:
        first_is_month = not day_month[1].isdigit()
        month = vocab.months[day_month[1] if first_is_month else day_month[2]]
        day = int(day_month[2] if first_is_month else day_month[1])
        return _iso(_year_of(base, (month, day), None, prefer), month, day)
    seasons = "|".join(vocab.seasons)
    if m := re.fullmatch(rf"(?:(last|next|this|past|coming) )?({seasons})", t):
        code, start = vocab.seasons[m[2]]
        return f"{_season_year(base, start, m[1], prefer)}-{code}"
    return None


def _part_of_day(t: str) -> int | None:
    """Days from publication of a part of a day: "(later) this afternoon" and "this morning" are the
    publication day, "yesterday afternoon" and "last night" the day before, "tomorrow evening" the next
    (a modifier like "later" is already stripped)."""
    vocab = vocabulary()
    m = re.fullmatch(rf"([a-z]+) ({'|'.join(vocab.day_parts)})", t)
    if m is None:
        return None
    days = vocab.days
    if m[1] in days:
        return days[m[1]]
    return {"this": 0, "last": -1 if m[2] == "night" else None}.get(m[1])


def _shift(base: date, period: str, step: int) -> str | None:
    if period == "day":
        return (base + timedelta(days=step)).isoformat()
    if period == "week":
        return _week(base + timedelta(weeks=step))
    if period == "weekend":
        return _week(base + timedelta(weeks=step)) + "-WE"
    if period == "month":
        return _month_shift(base, step)
    if period in ("year", "fiscal year"):
        return str(base.year + step)
    if period == "decade":
        return str(base.year // 10 + step)
    return None


def _weekday(base: date, target: int, modifier: str | None, prefer: Prefer) -> date:
    back = (base.weekday() - target) % 7
    ahead = (target - base.weekday()) % 7
    if modifier in ("last", "past"):
        return base - timedelta(days=back or 7)
    if modifier in ("next", "coming", "this coming"):
        return base + timedelta(days=ahead or 7)
    if modifier == "this":
        return base + timedelta(days=target - base.weekday())
    return base + timedelta(days=ahead) if prefer == "future" else base - timedelta(days=back)


def _year_of(base: date, month_day: tuple[int, int], modifier: str | None, prefer: Prefer) -> int:
    """The year of a month (or month and day) named without one: the latest past, or the next."""
    now = (base.month, base.day if month_day[1] else 0)
    if modifier == "this":
        return base.year
    if modifier in ("last", "past"):
        return base.year if month_day < (base.month, 0) else base.year - 1
    if modifier in ("next", "coming"):
        return base.year if month_day > (base.month, 99) else base.year + 1
    if prefer == "future":
        return base.year if month_day >= now else base.year + 1
    return base.year if month_day <= now else base.year - 1


def _season_year(base: date, start_month: int, modifier: str | None, prefer: Prefer) -> int:
    started = date(base.year, start_month, 1)
    ended = date(base.year + (start_month + 3 > 12), (start_month + 2) % 12 + 1, 1)
    if modifier in ("last", "past"):
        return base.year if ended <= base else base.year - 1
    if modifier in ("next", "coming"):
        return base.year if started > base else base.year + 1
    if modifier is None and prefer == "past" and started > base:
        return base.year - 1
    if modifier is None and prefer == "future" and ended <= base:
        return base.year + 1  # "will be hosting a conference in spring", said in December
    return base.year


def _with_dateparser(text: str, base: date, prefer: Prefer) -> str | None:
    """Fallback for expressions the rules above do not know ("a fortnight ago", "2 Dec")."""
    from datetime import datetime

    import dateparser  # imported lazily: it is slow to load and rarely needed

    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "RETURN_TIME_AS_PERIOD": True,
        "REQUIRE_PARTS": ["month"],
    }
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    except Exception:  # dateparser raises assorted errors on odd strings; an unknown date is not fatal
        return None
    return parsed.date().isoformat() if parsed else None


# --- dates of events in sentences ---------------------------------------------------------------------


def tense_preference(sent: Span | str) -> Prefer:
    """"future" when the sentence looks ahead ("will meet on Friday"), else "past" (news reports)."""
    text = (sent.text if isinstance(sent, Span) else sent).lower().replace("’", "'")
    for cue in vocabulary().future_cues:
        pattern = rf"(?<![a-z]){re.escape(cue)}(?![a-z])" if cue[0].isalpha() else re.escape(cue)
        if re.search(pattern, text):
            return "future"
    return "past"


def resolve_event_date(sent: Span, published: str | None, trigger: Token | None = None) -> str | None:
    """The ISO date of the event a sentence reports, from its DATE entities and the publication date.

    With a `trigger` only a date of that event counts: one in its own clause or phrase, else one on a
    clause that reports or frames it ("On Friday, officials said jets struck ..."). A date that belongs
    to another noun ("blamed the 2014 migrant crisis") or to a relative clause ("Somalia, which
    descended into anarchy in 1991") dates something else, so the event has none. Without a trigger
    the first date that resolves wins. Seasons become their starting month ("since this spring" ->
    `2022-03`) because event dates are ISO; a decade ("the 1990s") is no event date. A past act in a
    sentence naming no time takes the narrative's date from the sentence before (`_narrative_date`).
    """
    found = _sentence_date(sent, published, trigger)
    if found is not None:
        return found[1]
    if trigger is None:
        return None
    return _narrative_date(sent, published, trigger) or _scene_date(sent, published, trigger)


def scene_verb(sent: Span) -> Token | None:
    """The verb of taking place of the sentence right after `sent`, when that sentence only tells when or
    where the happening `sent` reported took place: its subject a happening retold with "the" or "this",
    its verb one of taking place (`scene_verbs`), or what its reporting verb reports: "The attack took
    place as a patrol drove through Landi", "The incident happened on Friday night in Dara district, local
    media reported". Else None."""
    doc, vocab = sent.doc, vocabulary()
    if sent.end >= len(doc):
        return None
    root = layout_of(doc).sent(doc, sent.end).root  # the layout's bounds: Token.sent walks the Doc
    for verb in (root, *(c for c in root.children if c.dep_ in REPORTED_DEPS)):
        lemma = verb.lemma_.lower()
        if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
            lemma = "take place"
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if lemma in vocab.scene_verbs and subj is not None and subj.lower_ in vocab.scene_nouns and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children):
            return verb
    return None


def _scene_date(sent: Span, published: str | None, trigger: Token) -> str | None:
    """The date a scene sentence gives the act of force just reported ("Gunmen raided a checkpoint in Farah,
    killing four guards. The attack happened on Friday night"): the day the taking place is told on, if
    before publication or within the news week."""
    from sitrep.events.lexicon import load_lexicon  # the lexicon imports the coder's modules: load late

    verb = scene_verb(sent) if forceful_act(trigger, load_lexicon()) else None
    if verb is None:
        return None
    found = _sentence_date(layout_of(verb.doc).sent(verb.doc, verb.i), published, verb)
    if found is None or found[0] != OWN or (published is not None and not (
            _before(found[1], published) or _news_day(found[1], published))):
        return None
    return found[1]


def forceful_act(tok: Token, lex: Lexicon, types: tuple[str, ...] = ("ASSAULT", "COERCE")) -> bool:
    """Whether a trigger names an act of force or coercion in the events lexicon (its verb or its noun):
    the acts a scene sentence ("The attack took place ...") retells. `types` narrows the kinds."""
    lemma = tok.lemma_.lower()
    table = lex.verbs if tok.pos_ in ("VERB", "AUX") else lex.nouns
    # keyed by the verb and its object too: "firing water cannons" is a "fire cannon"
    keys = [lemma, *(f"{lemma} {o.lemma_.lower()}" for o in tok.children if o.dep_ in ("dobj", "obj"))]
    return any((e := table.get(k)) is not None and e.type in types for k in keys)


def _sentence_date(sent: Span, published: str | None, trigger: Token | None) -> tuple[int, str] | None:
    """The rank and value of the best date `sent` gives the event at `trigger` (see `resolve_event_date`).
    A better-ranked date that only the publication date would resolve, when there is none, leaves the
    event undated: a worse-ranked one dates something else."""
    own = _own_words(trigger) if trigger is not None else frozenset()
    reported = _reported_clause(trigger) if trigger is not None else None
    dates = [(OWN if trigger is None else _date_rank(e, trigger, own), e)
             for e in entities_of(sent) if _names_a_day(e) and not _report_date(e, trigger)
             and (reported is None or reported.left_edge.i <= e.root.i <= reported.right_edge.i)]
    dates.sort(key=lambda ranked: (ranked[0], ranked[1].start))
    prefer = tense_preference(sent)
    unknown: tuple[int, Span] | None = None  # a date of the event's only a publication date would resolve
    for rank, ent in dates:
        if unknown is not None and _apposed(unknown[1], ent):
            rank = unknown[0]  # "on Saturday, 8 October 2011": the date of the unknown day itself
        elif unknown is not None and rank > unknown[0]:
            return None  # "took to the streets on Wednesday night, holding photos of those killed since 2011"
        if _duration(ent.text):
            continue
        value = resolve_expression(ent.text, published, _preference(ent, trigger, prefer))
        if value is None and published is None and unknown is None and resolve_expression(
                ent.text, UNDATED_PROBE, _preference(ent, trigger, prefer)) is not None:
            unknown = rank, ent  # with no publication date "Wednesday" is unknown: no worse date stands in
        if value is None or re.fullmatch(r"\d{3}", value):
            continue
        if rank == ELSEWHERE and (not _news_day(value, published) or known_happening(trigger)
                                  or _claimed(trigger)):
            # "he tried yesterday to entice them with a proposal linking his occupation of Kuwait"; "was
            # sentenced on Tuesday following his conviction on charges that he sexually assaulted ..."
            continue
        if rank == NEAR and _infinitive_of(_date_owner(ent.root, trigger), trigger) and (
                not _before(value, published) or _absolute(_normalise(ent.text)) is not None):
            continue
        if rank == NEAR and _grounds_of(trigger) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            continue  # "On Tuesday, Clinton criticized the officer for shooting Crutcher": not that day
        return rank, _as_event_date(value)
    return None


def _apposed(first: Span, second: Span) -> bool:
    """Whether two date expressions stand side by side, only punctuation between, naming one time:
    "on Saturday, 8 October 2011"."""
    lo, hi = (first, second) if first.start < second.start else (second, first)
    return all(t.is_punct for t in lo.doc[lo.end : hi.start])


def _narrative_date(sent: Span, published: str | None, trigger: Token) -> str | None:
    """The date a story's narrative is at, for a past act told in a sentence that names no time: the
    date of the main act, itself told in the past, of the last dated sentence before it in the same
    paragraph ("On December 13, ISIS fighters recaptured the village of Kashma ... Government forces
    withdrew to Mayadin": the 13th). Only a plain past continues the narrative: "had" steps back from
    it, the present and "will" leave it, a time-shifting adverb ("earlier", "later") moves off it, and a
    claimed or already known happening ("the invasion") may lie anywhere before it. A report's date
    ("Officials said on Monday that ...") is the report's, not its story's."""
    if (_dated(sent) or not _plain_past(trigger) or known_happening(trigger) or _claimed(trigger)
            or _within_known_happening(trigger)):
        return None
    prev = _previous_in_paragraph(sent)
    for _ in range(NARRATIVE_SENTENCES - 1):
        if prev is None or _dated(prev):
            break
        prev = _previous_in_paragraph(prev)
    if prev is None or not _dated(prev) or _reports(prev.root) or not _plain_past(prev.root):
        return None
    found = _sentence_date(prev, published, prev.root)
    if found is None or found[0] > NEAR or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", found[1]):
        return None  # a year or month before ("Last year, Russian officials assailed Ukraine") is background
    return found[1] if published is None or _before(found[1], published) else None


def _within_known_happening(trigger: Token) -> bool:
    """Whether an act is told as part of a happening the text has named, whose own date it shares:
    "Twelve Americans were killed in the Kenya embassy bombing" (the bombing's day, not the one the
    narrative has reached)."""
    from sitrep.events.lexicon import load_lexicon  # the lexicon imports the coder's modules: load late

    nouns = load_lexicon().nouns
    return any(p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in nouns and known_happening(o)
                                        for o in p.children)
               for p in trigger.children)


def _dated(sent: Span) -> bool:
    """Whether a sentence names any date or day at all (a span or a vague one included)."""
    return any(_names_a_day(e) for e in entities_of(sent))


def _plain_past(trigger: Token) -> bool:
    """Whether an act is told in the simple past ("shelled", "were killed"), not the pluperfect, the
    present, the future or a modal, with no adverb that moves its time ("earlier", "later", "then"),
    and so is every clause above it ("Bush then sent troops, saying Iraqi troops threatened Saudi
    Arabia": the saying, and so the threat, come after the narrative's day)."""
    verb = trigger
    for _ in range(MAX_CLAUSE_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for _ in range(MAX_REPORT_CLIMB):
        if verb.pos_ not in ("VERB", "AUX") or not _past_verb(verb):
            return False
        if verb.head.i == verb.i:
            return True
        verb = verb.head
    return False


def _past_verb(verb: Token) -> bool:
    """Whether a verb is in the simple past with no time-shifting adverb (see `_plain_past`); a bare
    participle adjoined to a clause ("pounded the village, killing 6 civilians") is in that clause's."""
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return True  # "US warplanes pounded the village, killing 6 civilians": the pounding's time
    children = list(verb.children)
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ == "VBD"
                                                              for a in auxes))
    shifted = any(c.dep_ == "advmod" and c.lower_ in vocabulary().time_shifts for c in children)
    return past and not shifted and all(a.dep_ == "auxpass" or a.lemma_.lower() == "do" for a in auxes)


def _previous_in_paragraph(sent: Span) -> Span | None:
    """The sentence before `sent` when no line break parts them."""
    doc = sent.doc
    first = next((t for t in sent if not t.is_space), sent[0])
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    last = next((t for t in reversed(prev) if not t.is_space), prev[-1])
    return None if "\n" in section_text(doc)[last.idx + len(last) : first.idx] else prev


def _reports(verb: Token) -> bool:
    """Whether a sentence's main verb reports something ("said on Monday that ..."), and so dates the
    report rather than what it tells."""
    from sitrep.events.cue_lexicon import is_reporting_verb

    return is_reporting_verb(verb) and any(c.dep_ in REPORTED_DEPS for c in verb.children)


def _preference(ent: Span, trigger: Token | None, prefer: Prefer) -> Prefer:
    """Which way a bare weekday or month of `ent` points: back on a verb in the simple past, ahead on an
    infinitive describing a noun, else as the sentence looks."""
    if _on_past_verb(ent, trigger):
        return "past"
    return "future" if _on_infinitive_relative(ent) or _on_future_in_past(ent) else prefer


def _on_future_in_past(ent: Span) -> bool:
    """Whether a date hangs on a verb with "would" and no "have", the future of a report told in the past:
    "Rudenko said that Lavrov would pay a working visit to Minsk on June 19" (said June 11: this June 19,
    not last year's). "Would have met on Monday" looks back."""
    verb = _date_verb(ent)
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.pos_ in ("VERB", "AUX") and bool(auxes & FUTURE_IN_PAST) and "have" not in auxes


def _date_verb(ent: Span) -> Token:
    """The verb a date expression hangs on, through its preposition ("would pay a visit on June 19")."""
    node = ent.root
    for _ in range(MAX_CLAUSE_CLIMB):
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            break
        node = node.head
    return node


def _on_infinitive_relative(ent: Span) -> bool:
    """Whether a date hangs on a to-infinitive describing a noun, which tells what is still to come: "the
    government was preparing for the measures to be voted on Thursday", "a vote to be held on Friday".
    "The first woman to win on Sunday" (an ordinal or superlative noun) tells a past."""
    verb = ent.root.head
    while (verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i
           and verb.dep_ in ("pobj", "prep", "npadvmod")):
        verb = verb.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ not in ("relcl", "acl") or not infinitive:
        return False
    return not any(c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL" or c.lower_ in ("last", "only")
                   for c in verb.head.children)


def _on_past_verb(ent: Span, trigger: Token | None) -> bool:
    """Whether a date hangs on a verb in the simple past, which puts a bare weekday or month behind
    the publication day whatever else the sentence looks ahead to: "Kerry said on Friday that talks
    will resume", "Russia agreed on Friday to withdraw next month", "In a joint statement published
    Oct. 25, the ministries accused ..." (the medium's participle takes the trigger's tense). Not a
    deadline ("delayed the vote until Friday")."""
    node, prep = ent.root, None
    for _ in range(MAX_CLAUSE_CLIMB):
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            break
        if node.dep_ == "prep":
            prep = node
        node = node.head
    if trigger is not None:
        node = _setting_clause(node, trigger) or node
    deadline = prep is not None and prep.lower_ in ("until", "till", "by")
    return node.tag_ == "VBD" and node.pos_ == "VERB" and not deadline


def _names_a_day(ent: Span) -> bool:
    """Whether an entity can date an event: a DATE, or a TIME that names its day ("late Tuesday night",
    "Wednesday night when Mr. Sanders ... assailed Mrs. Clinton", "last night"); not a clock time or a
    span ("3 p.m.", "in 48 hours", "caucus night")."""
    if ent.label_ == "DATE":
        return True
    if ent.label_ != "TIME":
        return False
    vocab = vocabulary()
    words = {t.lower_.rstrip(".") for t in ent}
    text = " ".join(t.lower_ for t in ent)
    return bool(words & (set(vocab.weekdays) | set(vocab.months) | set(vocab.days))) or any(
        phrase in text for phrase in vocab.day_times)


def _duration(text: str) -> bool:
    """A length of time, no point in it: "four days before Justice Scalia died" (the entity is "four
    days", counted from another event, not from the publication date), "for two years"."""
    words = "|".join(map(re.escape, NUMBER_WORDS))
    periods = "minute|hour|day|week|month|year|decade"
    return re.fullmatch(rf"(?:\d+|{words}|several|many) (?:{periods})s?", _normalise(text)) is not None


def _reported_clause(trigger: Token) -> Token | None:
    """The clause a reporting verb above the trigger reports, when the trigger is inside one: a date
    outside it is the report's ("Kerry said on Friday that Russian jets bombed a hospital", "Critics
    who on Sunday cast doubt on the deal said Iran had attacked a tanker": Friday and Sunday date the
    saying, not the bombing or the attack). "According to" cites no day of its own, so it counts not."""
    from sitrep.events.cue_lexicon import is_prepositional, is_reporting_verb

    node = trigger
    for _ in range(MAX_REPORT_CLIMB):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ in REPORTED_DEPS and is_reporting_verb(head) and not is_prepositional(head):
            return node
        node = head
    return None


def _news_day(value: str, published: str | None) -> bool:
    """Whether a value is a day of the news cycle (the week up to publication): the day another clause
    gives ("captured pirates who attacked a ship on Saturday") is then the story's day too, while a
    year or a distant day there ("Somalia, which descended into anarchy in 1991") is background."""
    base = _base(published)
    if base is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    return 0 <= (base - date.fromisoformat(value)).days <= NEWS_CYCLE_DAYS


def _before(value: str, published: str | None) -> bool:
    """Whether a value (a day, week, month or year) ends before the publication day."""
    base = _base(published)
    if base is None:
        return False
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value):
        return date.fromisocalendar(int(m[1]), int(m[2]), 7) < base
    parts = [int(p) for p in re.findall(r"\d+", value)]
    if len(parts) == 3:
        return date(*parts) < base
    if len(parts) == 2 and re.fullmatch(r"\d{4}-\d{2}", value):
        return (parts[0], parts[1]) < (base.year, base.month)
    return len(parts) == 1 and len(value) == 4 and parts[0] < base.year


def _report_date(ent: Span, trigger: Token | None) -> bool:
    """Whether a date is the report's, not an event's: a dateline's ("MUMBAI, Nov 11 (Reuters) -
    Indian Navy ...") or a header line's ("Published on 12 March 2013", "Posted 11/27/2005") that the
    sentence splitter joined to the story's first sentence. Such a date is the publication date at best."""
    return _in_dateline(ent) or _on_header_verb(ent, trigger) or _cited_source_day(ent, trigger)


def _cited_source_day(ent: Span, trigger: Token | None) -> bool:
    """Whether a date tells when the source an "according to" phrase cites spoke: "Hackers have been
    targeting the Treasury, according to media reports on Sunday", "according to a statement issued on
    Sunday" (the report's day, as in "officials said on Sunday": `_reported_clause`). A date of the event
    told inside the phrase ("according to reports of an attack on Sunday") is the event's."""
    node = ent.root
    for _ in range(CITED_SOURCE_CLIMB):
        head = node.head
        if head.i == node.i or (trigger is not None and node.i == trigger.i):
            return False
        if node.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return True
        node = head
    return False


def _in_dateline(ent: Span) -> bool:
    """A date between a line's opening names or label and the dash that ends a dateline ("MUMBAI,
    Nov 11 (Reuters) - ..."), or after a header label at the line's start ("Last Updated : Monday ,
    28 November 2005")."""
    vocab = vocabulary()
    sent = ent.sent
    before = sent.doc[_line_start(ent) : ent.start]
    if (len(before) <= HEADER_LABEL_SPAN and any(t.lower_ in vocab.header_verbs for t in before[:2])
            and all(t.is_punct or t.is_title or t.like_num or t.pos_ in ("ADP", "PROPN") for t in before)):
        # "Published on : Fri , 11 Nov 2011", "Updated Thu 6 May 2010" (the day outside the entity);
        # not "Updated figures released Monday show"
        return True
    if not before or any(t.pos_ not in ("PROPN", "PUNCT", "SPACE") and not t.is_upper for t in before):
        return False  # a dateline opens with its place: "On Monday - ..." is no dateline
    after = sent.doc[ent.end : sent.end]
    i = 0
    if i < len(after) and after[i].text == ",":
        i += 1
    if i < len(after) and after[i].text == "(":  # "(AP)", "(Reuters)": the agency between date and dash
        close = next((j for j in range(i, min(i + 6, len(after))) if after[j].text == ")"), None)
        i = close + 1 if close is not None else i
    return i < len(after) and after[i].text in vocab.dateline_dashes


def _line_start(ent: Span) -> int:
    """The first token of the printed line holding `ent`, within its sentence: a header line the
    sentence splitter joined to a headline ("... in Gulf of Aden\nPublished on : Fri , 11 Nov 2011")."""
    start = ent.sent.start
    for i in range(ent.start - 1, start - 1, -1):
        token = ent.doc[i]
        if "\n" in token.text_with_ws:
            return i + 1
    return start


def _on_header_verb(ent: Span, trigger: Token | None) -> bool:
    """A date on a header line's label flattened into a sentence: a capitalised, subjectless publishing
    verb inside it ("... pirates in Gulf of Aden Published on 12 March 2013"), unless it is the event.
    "The report, published on Monday, said ..." is prose: its date is left to the ranking."""
    verb = ent.root
    for _ in range(MAX_CLAUSE_CLIMB):
        if verb.head.i == verb.i or verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    if trigger is not None and verb.i == trigger.i:
        return False
    label = verb.is_title and verb.i > verb.sent.start  # "... in Gulf of Aden Published on 12 March 2013"
    return label and verb.lower_ in vocabulary().header_verbs and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _own_words(trigger: Token) -> frozenset[int]:
    """The trigger and, when it is a light verb, the event noun it governs: in "carried out the
    Sept. 11, 2012, attacks" the attacks are the event, so their date is the event's own."""
    own = {trigger.i}
    particle = " ".join(c.lower_ for c in trigger.children if c.dep_ == "prt")
    lemma = trigger.lemma_.lower()
    if lemma in _light_verbs() or (particle and f"{lemma} {particle}" in _light_verbs()):
        own.update(c.i for c in trigger.children if c.dep_ in ("dobj", "obj") and _is_noun(c))
    return frozenset(own)


def _claimed(trigger: Token) -> bool:
    """Whether the trigger is what a claim noun claims (`modality.told_as_claim`): an earlier act that
    the day of the charge or the sentence does not date."""
    from sitrep.events.lexicon import load_lexicon  # the lexicon imports the coder's modules: load late

    return told_as_claim(trigger, load_lexicon())


@lru_cache(maxsize=1)
def _light_verbs() -> frozenset[str]:
    """The events lexicon's light verbs ("carry out", "stage", "launch"), loaded once."""
    from sitrep.events.lexicon import load_lexicon  # the lexicon imports the coder's modules: load late

    return load_lexicon().light_verbs


def _date_rank(ent: Span, trigger: Token, own: frozenset[int] = frozenset()) -> int:
    """OWN when a date is the trigger's (or, for a light verb, its event noun's: "made a 2014 stop"),
    TIMED when it is its time clause's ("caused consternation in December, when he criticized Scalia"),
    NEAR when it is on a clause above the trigger or on the noun the trigger describes ("the 2012 attacks
    that killed four Americans"), ELSEWHERE when it dates something else (another noun, a relative
    clause, a clause beside the trigger's). The event's own date beats its time clause's."""
    own = own or frozenset({trigger.i})
    owner = _date_owner(ent.root, trigger)
    antecedent = _antecedent(trigger)
    phrase = _phrase_head(owner) if _is_noun(owner) else owner
    if owner.i in own or phrase.i in own:
        return OWN
    if antecedent is not None and ent.start <= antecedent.i < ent.end:
        return TIMED  # the date its clause describes ("in December, when he ...")
    if _is_noun(owner):
        return NEAR if antecedent is not None and antecedent.i in (owner.i, phrase.i) else ELSEWHERE
    timed = time_clause_of(owner, vocabulary().time_marks)
    if timed is not None and timed.i == trigger.i:
        return TIMED  # "will meet with Trump when he arrives in Israel later this month"
    timed = timed or time_clause_of(owner, vocabulary().sequence_marks) or _participle_of(owner)
    if _frames(owner, trigger) or (timed is not None and _frames(timed, trigger)):
        return NEAR  # "was held there after he was shot down over Hanoi in 1967": near it, if not on it
    if _infinitive_of(owner, trigger):
        return NEAR  # "invited Sinn Fein to rejoin two weeks ago": if past, the invitation's day
    return ELSEWHERE


def _grounds_of(trigger: Token) -> bool:
    """Whether the trigger is the grounds a speech act gives ("criticized the officer for shooting
    Crutcher", "accused Russia of bombing the convoy", "assailed Ukraine for holding exercises"): an
    earlier act, which may share the speech's year or month but seldom its day."""
    from sitrep.events.cue_lexicon import cue_entry

    node = trigger
    for _ in range(MAX_CLAUSE_CLIMB):
        prep = node.head
        if node.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep" and prep.head.i != prep.i and (
                prep.lower_ in (cue_entry(prep.head) or {}).get("about", ())):
            return True
        if node.dep_ not in ("conj", "pcomp", "pobj", "dobj", "compound") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _infinitive_of(owner: Token, trigger: Token) -> bool:
    """Whether a date's word is the to-infinitive a past trigger governs ("invited Sinn Fein to rejoin
    two weeks ago", the parser hanging the date on "rejoin"): a time told back from publication there
    ("two weeks ago", "in July") dates the trigger, since the infinitive's act was still to come; a
    later one is the infinitive's own ("agreed to withdraw next month"), and so is a full date, which
    may be the act's own even when past ("invited him to visit her in January 2012")."""
    return (owner.dep_ == "xcomp" and owner.head.i == trigger.i and trigger.tag_ in ("VBD", "VBN")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in owner.children))


def _phrase_head(noun: Token) -> Token:
    """The head of the noun phrase a dated modifier noun sits in: the parser often hangs a phrase's
    date on its first modifier ("the 2012 Benghazi, Libya, crisis": 2012 on Benghazi), and the date
    dates the whole phrase."""
    vocab = vocabulary()
    node = noun
    for _ in range(MAX_CLAUSE_CLIMB):
        if node.dep_ not in vocab.noun_date_deps or node.dep_ == "appos" or not _is_noun(node.head):
            break
        node = node.head
    return node


def _antecedent(trigger: Token) -> Token | None:
    """The noun a relative clause holding the trigger describes ("the 2012 crisis in which a compound
    was attacked", "on 4 November 2008, when Israeli troops raided Gaza and killed six gunmen")."""
    node = trigger
    for _ in range(MAX_CLAUSE_CLIMB):
        if node.dep_ in ("relcl", "acl"):
            return node.head
        if node.dep_ not in ("conj", "xcomp", "ccomp", "advcl") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _date_owner(root: Token, trigger: Token) -> Token:
    """The word a date expression dates: the trigger when the climb meets it, the noun it modifies
    ("the 1999 admission", "the 2006 bombing") unless that noun only sets the scene of a verb ("In a
    December interview, Trump questioned ..."), else the first verb above the date."""
    vocab = vocabulary()
    node = root
    while node.head.i != node.i:
        if node.i == trigger.i:
            return node
        noun = node.head
        if (node.dep_ in vocab.noun_date_deps and _is_noun(noun) and noun.i != trigger.i
                and not _sets_scene(noun, trigger)):
            return noun
        node = noun
        if node.pos_ in ("VERB", "AUX") or node.dep_ in CLAUSE_DEPS or node.i == trigger.i:
            return _setting_clause(node, trigger) or node
    return node


def _sets_scene(noun: Token, trigger: Token) -> bool:
    """Whether a dated noun only sets the scene of a verb or of the event: the object of a setting
    preposition on a verb ("In a December interview, Trump questioned ...") or on the trigger, or a
    place anywhere. Another noun down a preposition chain from a noun is dated for itself ("arrested him
    for his role in the 2001 marriage": the marriage's year, not the arrest's)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in vocabulary().setting_prepositions:
        return False
    # a place owns no date: "during an opposition rally in Caracas, Venezuela April 4, 2017"
    return prep.head.pos_ in ("VERB", "AUX") or prep.head.i == trigger.i or noun.ent_type_ in PLACE_ENTITIES


def _setting_clause(verb: Token, trigger: Token) -> Token | None:
    """The trigger, when a date's verb is a participle describing the medium the trigger's act is done
    in: "In a joint statement published Oct. 25, the Russian and Syrian defense ministries accused U.S.
    forces ..." (the statement's day is the accusation's), "in an interview aired Sunday"."""
    medium = verb.head
    prep = medium.head
    if (verb.dep_ == "acl" and verb.tag_ == "VBN" and medium.dep_ == "pobj" and prep.dep_ == "prep"
            and prep.lower_ in vocabulary().setting_prepositions and prep.head.i == trigger.i):
        return trigger
    return None


def _is_noun(token: Token) -> bool:
    """A noun that is not a clause's head ("when the front-runner arrives", tagged a plural noun)."""
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ not in CLAUSE_DEPS


def time_clause_of(verb: Token, marks: frozenset[str]) -> Token | None:
    """The verb a time clause marked by one of `marks` dates: "when the front-runner arrives" -> the
    verb it is adverbial to."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children):
        return verb.head
    if verb.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in marks for c in verb.children):
        return verb.head  # "when" parsed as the clause's adverb
    return None


def _participle_of(verb: Token) -> Token | None:
    """The clause a bare participle adjoins, which its date dates too: "Passed in January 2009, the
    Bush-era rule lifted the requirement" (no subject or mark of its own)."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBG"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    return verb.head


def _frames(clause: Token, trigger: Token) -> bool:
    """Whether `clause` is `trigger` or above it through clause links only (reporting, purpose,
    complement), not through a relative clause or a conjoined clause with its own subject."""
    node = trigger
    while node.head.i != node.i:
        if node.i == clause.i:
            return True
        if node.dep_ in ("relcl", "acl") or (node.dep_ == "conj" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children)):
            return False  # a relative clause, or a conjoined clause with its own subject
        node = node.head
    return node.i == clause.i


def _as_event_date(value: str) -> str:
    vocab = vocabulary()
    starts = {code: month for code, month in vocab.seasons.values()}
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        return f"{m[1]}-{starts[m[2]]:02d}"
    return value
