"""The event coder's vocabulary, loaded once from the YAML/TSV files in `data/`.

Every word list the coder uses lives in a data file; this module is the one place that reads
them and turns them into lookup tables (so per-token work is a dict or set lookup).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from sitrep.errors import SitrepError
from sitrep.records import PLOVER_TYPES

FRAMES = frozenset({"act", "give", "get", "self", "sym"})
SYMMETRIC_TYPES = frozenset({"COOPERATE", "CONSULT", "AGREE"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry: how a verb or noun codes, and which dependents fill which role."""

    key: str
    cameo: str
    type: str
    frame: str = "act"
    inst_preps: frozenset[str] = frozenset()
    aid_type: str | None = None
    context: str | None = None
    needs_force: bool = False  # codes only when its object is armed force ("mass troops")
    needs_actor_object: bool = False  # codes only when its object is an actor ("release prisoners")
    with_actor: Entry | None = None  # how it codes when its object is an actor ("welcomed X" hosts X)
    needs_proposal: bool = False  # codes only when its object is a proposal ("accept the offer")
    needs_knowledge: bool = False  # codes only when what it passes on is knowledge ("share intelligence")
    verbal: Entry | None = None  # how it codes when said of words ("attacked his policy" criticises)
    contest: bool = False  # no event between two named persons ("Trump can beat Clinton")
    alone: Entry | None = None  # how it codes with no partner ("Iran held drills" shows force)
    with_people: Entry | None = None  # how it codes when its object is people ("expelled refugees")
    needs_content: bool = False  # codes only with a clause of what is asked ("asked X to leave")
    stative: bool = False  # its passive with no agent is its subject's stance ("is opposed to")


@dataclass(frozen=True, slots=True)
class CameoRow:
    """A row of the CAMEO -> PLOVER table."""

    type: str
    mode: str | None
    context: str | None


@dataclass(frozen=True, slots=True)
class Field:
    """A field of reporting that borrows conflict vocabulary (sports), and how to tell its reports."""

    name: str
    terms: frozenset[str]
    min_terms: int
    tokens_per_term: int
    faked_types: frozenset[str]
    # whether its terms mark a sentence as the field's own (a match report's), so that no type is coded
    # there; a disaster report's terms sit beside real acts ("Iran asked for aid after the quake")
    owns_sentences: bool = True


@dataclass(slots=True)
class Lexicon:
    """All vocabulary of the event coder."""

    verbs: dict[str, Entry]
    nouns: dict[str, Entry]
    light_verbs: frozenset[str]
    undertaking_nouns: frozenset[str]
    joint_markers: frozenset[str]
    modality: dict[str, dict[str, frozenset[str]]]
    wrongdoing: frozenset[str]
    wrongdoing_adjectives: frozenset[str]
    instrument_nouns: frozenset[str]
    quantity_nouns: frozenset[str]
    force_nouns: frozenset[str]
    person_nouns: frozenset[str]
    context_words: dict[str, str]
    cameo: dict[str, CameoRow] = field(default_factory=dict)
    object_control: frozenset[str] = frozenset()
    willing: frozenset[str] = frozenset()
    unwilling: frozenset[str] = frozenset()  # "reluctant to detain suspects": the act is not done
    aid_nouns: frozenset[str] = frozenset()
    mishaps: frozenset[str] = frozenset()
    planted_devices: frozenset[str] = frozenset()
    armed_people: frozenset[str] = frozenset()  # "military forces": people under arms, not equipment
    agent_nouns: frozenset[str] = frozenset()  # "killed at the hands of X": X is the agent
    place_nouns: frozenset[str] = frozenset()  # "the Syrian town of Azaz": a place in Syria
    held_sites: frozenset[str] = frozenset()  # "occupied three hill posts": a site taken by force
    armed_backed: frozenset[str] = frozenset()  # "tribesmen backed by the coalition": armed people backed
    backing_verbs: frozenset[str] = frozenset()  # "backed by", "supporting an advance": help in a war
    intent_codes: dict[str, str] = field(default_factory=dict)  # cooperative PLOVER type -> CAMEO 03x
    not_events: frozenset[str] = frozenset()  # keyed senses of event verbs that are no event ("agree with")
    knowledge_goods: frozenset[str] = frozenset()  # "advice": traded, no economic exchange
    shared_knowledge: frozenset[str] = frozenset()  # "share intelligence": what sharing passes (CAMEO 064)
    answering: frozenset[str] = frozenset()  # "take responsibility": answering for a wrong
    lasting_adverbs: frozenset[str] = frozenset()  # "still recognizes": a state that goes on, no act
    menaces: frozenset[str] = frozenset()  # "warned Iran of serious consequences": a threat's menace
    laws: frozenset[str] = frozenset()  # "signed the legislation": enacted, no accord
    critics: frozenset[str] = frozenset()  # "critics are targeting its owner": words, no attack
    duties: frozenset[str] = frozenset()  # "charged the inspectors with verifying": a duty, no crime
    owning_up: frozenset[str] = frozenset()  # "forced Stumpf to admit": pressed with words
    wishing: frozenset[str] = frozenset()  # "interested in buying": no purchase
    polities: frozenset[str] = frozenset()  # "invited the three countries": states, not things
    ergatives: frozenset[str] = frozenset()  # "their boat sank": what befell a thing, no attack
    accessions: frozenset[str] = frozenset()  # "signed papers of accession": joining a body
    frequency_adverbs: frozenset[str] = frozenset()  # "pirates often seize ships": a habit, no happening
    generic_quantifiers: frozenset[str] = frozenset()  # "in many hijackings": cases in general
    appointing_verbs: frozenset[str] = frozenset()  # "urged Trump to pick Pence": a post filled
    proposals: frozenset[str] = frozenset()  # objects one accepts as an agreement ("accepted the offer")
    verbal_objects: frozenset[str] = frozenset()  # words, not bodies ("attacked his policy")
    envoys: frozenset[str] = frozenset()  # people sent on an errand ("sent a team to investigate")
    verbal_modifiers: frozenset[str] = frozenset()  # "sexist attacks": an attack made of words
    message_objects: frozenset[str] = frozenset()  # words handed over, not goods ("sent a letter")
    engagements: frozenset[str] = frozenset()  # "canceled a joint rally": called off, no sanction
    aid_goods: frozenset[str] = frozenset()  # what aid hands over (with aid_nouns and equipment)
    contest_objects: frozenset[str] = frozenset()  # prizes of a contest ("locked up the nomination")
    crowds: frozenset[str] = frozenset()  # gatherings of people ("fired tear gas at crowds"): civilians
    staff_nouns: frozenset[str] = frozenset()  # a body's own people ("Air Force civilian employees")
    owning_verbs: frozenset[str] = frozenset()  # a clause naming whose a thing is ("used by", "hosting")
    wielding_verbs: frozenset[str] = frozenset()  # "used helicopters in attacks": the user attacked
    alleging: frozenset[str] = frozenset()  # reporting verbs whose content is an accusation ("alleged that")
    evaluative_verbs: frozenset[str] = frozenset()  # verbs of a verdict ("called the plan 'stupid'")
    negative_evaluations: frozenset[str] = frozenset()  # verdicts that criticise ("stupid", "illegal")
    dismay_words: frozenset[str] = frozenset()  # "appalled by the attack": a condemnation (CAMEO 111)
    mental_verbs: frozenset[str] = frozenset()  # "should worry about": a state of mind, no act demanded
    positive_evaluations: frozenset[str] = frozenset()  # verdicts that praise ("historic", "a friend")
    issued_documents: frozenset[str] = frozenset()  # documents speaking for their issuer ("a resolution")
    electoral_acts: frozenset[str] = frozenset()  # what voters do ("they should vote for X"): no demand
    verb_heads: frozenset[str] = frozenset()  # first words of verb keys: the cheap first test per token
    noun_heads: frozenset[str] = frozenset()  # last words of noun keys ("mediation mission" -> mission)
    protesters: frozenset[str] = frozenset()  # people whose violence is a riot ("protesters set fire to")
    strike_staging_verbs: frozenset[str] = frozenset()  # "staged a strike": a labour strike
    nonmaterial_modifiers: frozenset[str] = frozenset()  # "diplomatic support" is no aid
    force_arrivals: frozenset[str] = frozenset()  # "troops arrived in Poland": forces deployed
    trade_commodities: frozenset[str] = frozenset()  # "supplied gas to China": trade, not aid
    causing_orders: frozenset[str] = frozenset()  # "ordered the prisoners freed": the orderer acts
    vowing_verbs: frozenset[str] = frozenset()  # "vowed to strike Israel": a threat of force (CAMEO 138)
    vowed_force_verbs: frozenset[str] = frozenset()  # "vowed to retaliate": force with no entry of its own
    force_carrying_verbs: frozenset[str] = frozenset()  # "vowed to continue attacks": carries the attack
    admitting_verbs: frozenset[str] = frozenset()  # "admitted that its forces shelled X": a report
    predicating_verbs: frozenset[str] = frozenset()  # "makes a ceasefire imperative": no act made
    expelling_orders: frozenset[str] = frozenset()  # "ordered the diplomats to leave": an expulsion
    leaving_verbs: frozenset[str] = frozenset()  # what such an order tells its object to do
    waters: frozenset[str] = frozenset()  # bodies of water named for a place ("the Gulf of Aden")
    protest_frames: frozenset[str] = frozenset()  # "in defiance of X": whom a protest opposes
    partner_nouns: frozenset[str] = frozenset()  # "in coordination with X": X acts alongside, not against
    enemies: frozenset[str] = frozenset()  # "enemy fighters": the side a military text fights
    speaking_verbs: frozenset[str] = frozenset()  # "refused to speak to reporters": no comment, no rejection
    gathering_verbs: frozenset[str] = frozenset()  # "protesters gathered outside the embassy": a protest
    movable_forces: frozenset[str] = frozenset()  # "UN peacekeepers were withdrawn": their side withdrew them
    recourse_verbs: frozenset[str] = frozenset()  # "resorted to throwing stones": the subject's own act
    intolerance_verbs: frozenset[str] = frozenset()  # "warned police will no longer tolerate X": a threat
    threat_codes: dict[str, str] = field(default_factory=dict)  # hostile CAMEO prefix -> its threat (13x)
    fields: tuple[Field, ...] = ()  # non-political fields whose reports fake events ("Russia beat Croatia")
    # nouns.yaml: the noun coder's words
    in_object_verbs: frozenset[str] = frozenset()  # "engaged in a sit-in": the event noun comes with "in"
    placing_verbs: frozenset[str] = frozenset()  # "put under investigation": the subject does the act
    undergoing_verbs: frozenset[str] = frozenset()  # "came under attack": the subject undergoes it
    level_verbs: frozenset[str] = frozenset()  # "economic cooperation has grown": a standing relation
    series_nouns: frozenset[str] = frozenset()  # "a series of air strikes": a run of acts
    travel_verbs: frozenset[str] = frozenset()  # "flew to Moscow for talks with Putin": the trip's talks
    answer_verbs: frozenset[str] = frozenset()  # "retaliated with air strikes": the answer is an act
    receiving_verbs: frozenset[str] = frozenset()  # "has the backing of Russia": the giver is after "of"
    attempt_nouns: frozenset[str] = frozenset()  # "an attempt to assassinate X was thwarted in Y"
    frontiers: frozenset[str] = frozenset()  # "massed troops near the Ukrainian border": the state across
    shared_topics: frozenset[str] = frozenset()  # "issues of common concern": alike, no joint act
    copresence: frozenset[str] = frozenset()  # "came together", "a ride together": company, no joint act
    # verbs.yaml: senses of verbs that are no event of their entry
    inquiries: frozenset[str] = frozenset()  # "cooperating with the investigation": compliance, no 06x
    retaking_verbs: frozenset[str] = frozenset()  # "were taken back to Israel": people returned, no force


def _data(name: str) -> str:
    return resources.files("sitrep.events").joinpath("data", name).read_text(encoding="utf-8")


def read_yaml(name: str) -> dict[str, Any]:
    """A data file of the events stage as a mapping of strings (read afresh: callers cache what they
    build)."""
    try:
        # BaseLoader keeps every scalar a string, so CAMEO codes like 051 stay codes, not octal ints.
        loaded = yaml.load(_data(name), Loader=yaml.BaseLoader)
    except yaml.YAMLError as exc:
        raise SitrepError(f"bad YAML in event lexicon: {exc}", origin=f"sitrep/events/data/{name}") from exc
    if not isinstance(loaded, dict):
        raise SitrepError("expected a mapping", origin=f"sitrep/events/data/{name}")
    return loaded


def load_cameo_table() -> dict[str, CameoRow]:
    """CAMEO code -> PLOVER type/mode/context, from the copy of PLOVER's CAMEO2PLOVER table."""
    rows: dict[str, CameoRow] = {}
    lines = [ln for ln in _data("cameo-to-plover.tsv").splitlines() if ln and not ln.startswith("#")]
    for rec in csv.DictReader(lines, delimiter="\t"):
        code = rec["cameo_code"].strip()
        if code and code not in rows and rec["plover_event"]:
            rows[code] = CameoRow(rec["plover_event"].strip(), rec["plover_mode"].strip() or None,
                                  (rec["plover_context"].strip().split(";")[0] or None))
    return rows


# Entry options (verbs.yaml header): bare flags, and "prefix=CODE[:TYPE]" sub-entries used in a context.
FLAG_PARTS = {"obj=force": "needs_force", "obj=actor": "needs_actor_object", "obj=proposal": "needs_proposal",
              "obj=knowledge": "needs_knowledge",
              "content": "needs_content", "stative": "stative", "contest": "contest"}
SUB_ENTRY_PARTS = {"people=": "with_people", "alone=": "alone", "verbal=": "verbal", "actor=": "with_actor"}


def _entry(key: str, spec: Any, table: dict[str, CameoRow], origin: str) -> Entry:
    parts = str(spec).split()
    cameo = parts[0] if parts and parts[0].isdigit() else ""
    etype = frame = None
    options: dict[str, Any] = {}
    for part in parts[1:]:
        prefix = part.split("=", 1)[0] + "=" if "=" in part else ""
        if part in PLOVER_TYPES:
            etype = part
        elif part in FRAMES:
            frame = part
        elif part in FLAG_PARTS:
            options[FLAG_PARTS[part]] = True
        elif prefix == "inst=":
            options["inst_preps"] = frozenset(part[len(prefix):].split(","))
        elif prefix == "aid=":
            options["aid_type"] = part[len(prefix):]
        elif prefix in SUB_ENTRY_PARTS:  # "verbal=111:ACCUSE" -> the entry "111 ACCUSE"
            sub = part[len(prefix):].replace(":", " ")
            options[SUB_ENTRY_PARTS[prefix]] = _entry(key, sub, table, origin)
        else:
            raise SitrepError(f"entry {key!r}: unknown part {part!r}", origin=origin)
    row = table.get(cameo) or table.get(cameo[:3]) or table.get(cameo[:2])
    if etype is None:
        if row is None:
            raise SitrepError(f"entry {key!r}: CAMEO code {cameo!r} has no PLOVER type", origin=origin)
        etype = row.type
    context = row.context if row and row.type == etype else None
    return Entry(key=key, cameo=cameo, type=etype, frame=frame or "act", context=context, **options)


def _families(spec: Any, table: dict[str, CameoRow], origin: str) -> dict[str, Entry]:
    """"verb object" entries from verb x object families ("establish ties", "take hostage")."""
    out: dict[str, Entry] = {}
    for family in spec or []:
        if not isinstance(family, dict) or not {"verbs", "objects", "code"} <= family.keys():
            raise SitrepError(f"object family {family!r}: needs verbs, objects and code", origin=origin)
        for verb in family["verbs"]:
            for obj in family["objects"]:
                key = f"{verb} {obj}"
                out[key] = _entry(key, family["code"], table, origin)
    return out


def _reversals(spec: Any, nouns: dict[str, Entry], table: dict[str, CameoRow],
               origin: str) -> dict[str, Entry]:
    """"verb noun" entries that undo an event noun ("lift curfew", "halt offensive"), by its CAMEO code."""
    out: dict[str, Entry] = {}
    for group in spec or []:
        if not isinstance(group, dict) or not isinstance(group.get("codes"), dict) or "verbs" not in group:
            raise SitrepError(f"reversal {group!r}: needs verbs and codes", origin=origin)
        codes = {str(k): str(v) for k, v in group["codes"].items()}
        for verb in group["verbs"]:
            for noun, entry in nouns.items():
                prefix = max((c for c in codes if entry.cameo.startswith(c)), key=len, default=None)
                if prefix is not None:  # "lift sale ban": keyed by a noun's specific sense too
                    key = f"{verb} {noun}"
                    out[key] = _entry(key, codes[prefix], table, origin)
    return out


def _words(values: Any) -> frozenset[str]:
    return frozenset(str(v).lower() for v in (values or []))


def _flag(value: str) -> bool:
    """A yes/no setting of a data file (BaseLoader keeps it a string)."""
    if str(value).lower() not in ("true", "false"):
        raise ValueError(f"expected true or false, got {value!r}")
    return str(value).lower() == "true"


def _fields(spec: dict[str, Any]) -> tuple[Field, ...]:
    origin = "sitrep/events/data/domains.yaml"
    fields = []
    for name, values in spec.items():
        try:
            fields.append(Field(name, _words(values["terms"]), int(values["min_terms"]),
                                int(values["tokens_per_term"]), frozenset(values["faked_types"]),
                                _flag(values.get("owns_sentences", "true"))))
        except (KeyError, TypeError, ValueError) as exc:
            raise SitrepError(f"bad field {name!r}: {exc}", origin=origin) from exc
        unknown = fields[-1].faked_types - set(PLOVER_TYPES)
        if unknown:
            raise SitrepError(f"field {name!r} names unknown types {sorted(unknown)}", origin=origin)
    return tuple(fields)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The coder's lexicon (cached: loaded once per process)."""
    table = load_cameo_table()
    verbs_yaml, nouns_yaml = read_yaml("verbs.yaml"), read_yaml("nouns.yaml")
    origin = "sitrep/events/data/verbs.yaml"
    nouns = {k: _entry(k, v, table, "sitrep/events/data/nouns.yaml") for k, v in nouns_yaml["nouns"].items()}
    verbs = {**_reversals(verbs_yaml.get("reversals"), nouns, table, origin),
             **_families(verbs_yaml.get("object_families"), table, origin),
             **{k: _entry(k, v, table, origin) for k, v in verbs_yaml["verbs"].items()}}
    modal = {mode: {kind: _words(words) for kind, words in kinds.items()}
             for mode, kinds in read_yaml("modality.yaml").items()}
    wrong = read_yaml("wrongdoing.yaml")
    details = read_yaml("details.yaml")
    grammar = read_yaml("grammar.yaml")
    context_words = {w: ctx for ctx, words in details["contexts"].items() for w in words}
    return Lexicon(
        verbs=verbs, nouns=nouns,
        light_verbs=_words(nouns_yaml["light_verbs"]),
        undertaking_nouns=_words(nouns_yaml["undertaking_nouns"]),
        protesters=_words(nouns_yaml.get("protesters")),
        vowing_verbs=_words(verbs_yaml.get("vowing_verbs")),
        vowed_force_verbs=_words(verbs_yaml.get("vowed_force_verbs")),
        force_carrying_verbs=_words(verbs_yaml.get("force_carrying_verbs")),
        admitting_verbs=_words(verbs_yaml.get("admitting_verbs")),
        predicating_verbs=_words(nouns_yaml.get("predicating_verbs")),
        expelling_orders=_words(verbs_yaml.get("expelling_orders")),
        force_arrivals=_words(verbs_yaml.get("force_arrivals")),
        trade_commodities=_words(verbs_yaml.get("trade_commodities")),
        causing_orders=_words(verbs_yaml.get("causing_orders")),
        nonmaterial_modifiers=_words(nouns_yaml.get("nonmaterial_modifiers")),
        strike_staging_verbs=_words(nouns_yaml.get("strike_staging_verbs")),
        leaving_verbs=_words(verbs_yaml.get("leaving_verbs")),
        waters=_words(details.get("waters")),
        joint_markers=_words(nouns_yaml["joint_markers"]),
        modality=modal,
        wrongdoing=_words(wrong["predicates"]),
        wrongdoing_adjectives=_words(wrong["adjectives"]),
        instrument_nouns=_words(details["instrument_nouns"]),
        quantity_nouns=_words(details["quantity_nouns"]),
        force_nouns=_words(details["force_nouns"]),
        person_nouns=_words(details["person_nouns"]),
        context_words=context_words,
        cameo=table,
        object_control=_words(grammar["object_control"]),
        willing=_words(grammar["willing"]),
        unwilling=_words(grammar.get("unwilling")),
        aid_nouns=_words(grammar["aid_nouns"]),
        mishaps=_words(grammar["mishaps"]),
        planted_devices=_words(grammar["planted_devices"]),
        place_nouns=_words(grammar.get("place_nouns")),
        held_sites=_words(grammar.get("held_sites")),
        armed_backed=_words(grammar.get("armed_backed")),
        backing_verbs=_words(grammar.get("backing_verbs")),
        agent_nouns=_words(grammar.get("agent_nouns")),
        armed_people=_words(grammar.get("armed_people")),
        intent_codes={str(k): str(v) for k, v in (grammar.get("intent_codes") or {}).items()},
        not_events=_words(grammar.get("not_events")),
        answering=_words(grammar.get("answering")),
        **{name: _words(grammar.get(name)) for name in (
            "lasting_adverbs", "menaces", "laws", "critics", "duties", "owning_up", "wishing", "polities",
            "ergatives", "accessions", "frequency_adverbs", "generic_quantifiers", "appointing_verbs",
            "crowds", "staff_nouns", "owning_verbs", "wielding_verbs")},
        knowledge_goods=_words(grammar.get("knowledge_goods")),
        shared_knowledge=_words(grammar.get("shared_knowledge")),
        proposals=_words(grammar.get("proposals")),
        verbal_objects=_words(grammar.get("verbal_objects")),
        alleging=_words(wrong.get("alleging")),
        envoys=_words(grammar.get("envoys")),
        message_objects=_words(grammar.get("message_objects")),
        engagements=_words(grammar.get("engagements")),
        aid_goods=_words(grammar.get("aid_goods")),
        verbal_modifiers=_words(grammar.get("verbal_modifiers")),
        contest_objects=_words(grammar.get("contest_objects")),
        evaluative_verbs=_words(grammar.get("evaluative_verbs")),
        negative_evaluations=_words(grammar.get("negative_evaluations")),
        dismay_words=_words(grammar.get("dismay_words")),
        mental_verbs=_words(grammar.get("mental_verbs")),
        positive_evaluations=_words(grammar.get("positive_evaluations")),
        issued_documents=_words(grammar.get("issued_documents")),
        electoral_acts=_words(grammar.get("electoral_acts")),
        # (verbs of leaving have no entry of their own, but an armed force leaving a place withdraws:
        # verb_events `leaving_force`)
        verb_heads=frozenset(k.split()[0] for k in verbs) | _words(verbs_yaml.get("leaving_verbs")),
        noun_heads=frozenset(k.split()[-1] for k in nouns),
        protest_frames=_words(grammar.get("protest_frames")),
        partner_nouns=_words(grammar.get("partner_nouns")),
        enemies=_words(grammar.get("enemies")),
        speaking_verbs=_words(grammar.get("speaking_verbs")),
        gathering_verbs=_words(grammar.get("gathering_verbs")),
        intolerance_verbs=_words(grammar.get("intolerance_verbs")),
        recourse_verbs=_words(grammar.get("recourse_verbs")),
        movable_forces=_words(grammar.get("movable_forces")),
        threat_codes={str(k): str(v) for k, v in (grammar.get("threat_codes") or {}).items()},
        fields=_fields(read_yaml("domains.yaml")),
        in_object_verbs=_words(nouns_yaml.get("in_object_verbs")),
        placing_verbs=_words(nouns_yaml.get("placing_verbs")),
        undergoing_verbs=_words(nouns_yaml.get("undergoing_verbs")),
        level_verbs=_words(nouns_yaml.get("level_verbs")),
        series_nouns=_words(nouns_yaml.get("series_nouns")),
        travel_verbs=_words(nouns_yaml.get("travel_verbs")),
        answer_verbs=_words(nouns_yaml.get("answer_verbs")),
        receiving_verbs=_words(nouns_yaml.get("receiving_verbs")),
        attempt_nouns=_words(nouns_yaml.get("attempt_nouns")),
        frontiers=_words(nouns_yaml.get("frontiers")),
        shared_topics=_words(nouns_yaml.get("shared_topics")),
        copresence=_words(nouns_yaml.get("copresence")),
        inquiries=_words(verbs_yaml.get("inquiries")),
        retaking_verbs=_words(verbs_yaml.get("retaking_verbs")),
    )
