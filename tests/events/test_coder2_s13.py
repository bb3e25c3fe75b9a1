"""Session 13 (coder2): who announces a threat, and the doer of a gerund after "refrain from"."""

from __future__ import annotations

import re

from sitrep.events import code_events
from sitrep.events.coder import speaks_for_doer
from sitrep.nlp import parse_documents
from sitrep.records import Actor, Document, Mention

from .conftest import hand_actor, triples

# ECB+ 16_7ecbplus (LA Times, 2005-06-26), as printed there.
ORTIZ = ("Before he was fatally shot , Los Angeles County Sheriff's Deputy Jerry Ortiz was looking for a man "
         "considered to be a \"career criminal\" and was hoping to arrest him on suspicion of attempted "
         "murder , officials said Saturday .")


def _code(pipeline, text: str, names: dict[str, tuple[str, str, str | None]]):
    """Code `text` with hand-built mentions: name -> (code, kind, person)."""
    parsed = next(parse_documents([Document(id="t", text=text, published="2005-06-26")], pipeline.nlp))
    out = []
    for section, doc in parsed.sections.items():
        for name, (code, kind, person) in names.items():
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text):
                out.append(Mention(m.start(), m.end(), name, hand_actor(code, name), section=section,
                                   kind=kind, person=person))
    return code_events(parsed, sorted(out, key=lambda m: (m.section, m.start)))


ORTIZ_NAMES = {"Jerry Ortiz": ("USACOP", "person", "Jerry Ortiz"), "him": ("USACVL", "pronoun", None),
               "officials": ("USAGOV", "agent", None)}


def test_others_telling_a_persons_plan_is_no_threat(pipeline):
    # The officials tell the deputy's hope to arrest a suspect: the arrest stays planned, no THREATEN.
    evs = _code(pipeline, ORTIZ, ORTIZ_NAMES)
    assert ("USACOP", "USACVL", "COERCE", "planned") in triples(evs)
    assert not [e for e in evs if e.type == "THREATEN"]


def test_a_hope_is_no_announcement(pipeline):
    # The same ECB+ 16_7 sentence without its "officials said": the deputy's own hope is a stance (the
    # cue "hope"), not a warning told to anyone.
    text = ORTIZ.split(" , officials said")[0] + " ."
    evs = _code(pipeline, text, ORTIZ_NAMES)
    assert not [e for e in evs if e.type == "THREATEN"]


def test_speaker_is_the_doer():
    state, gov, police = (Actor("NATO", "NATO"), Actor("USAGOV", "officials", "GOV", "USA"),
                          Actor("USACOP", "police", "COP", "USA"))
    nato = Mention(0, 4, "NATO", state)
    assert speaks_for_doer(state, "NATO", nato)  # PLOVER THREATEN-0022 "NATO confirmed it would tighten"
    assert speaks_for_doer(gov, "officials", Mention(0, 6, "police", police))  # a state's organs
    deputy = Mention(0, 11, "Jerry Ortiz", police, kind="person", person="Jerry Ortiz")
    assert not speaks_for_doer(gov, "officials", deputy)  # ECB+ 16_7: officials tell the deputy's hope
    assert speaks_for_doer(police, "Deputy Ortiz", deputy)  # the person himself
    gunman = Mention(0, 6, "gunman", Actor("USACVL", "gunman", "CVL", "USA"), kind="agent")
    assert not speaks_for_doer(police, "police", gunman)  # the police telling a gunman's plan


def test_threat_announced_by_the_state_itself(pipeline):
    # PLOVER_GSR THREATEN-0022 (also in test_passives_and_threats): still a threat.
    evs = pipeline.code_text("NATO confirmed on Wednesday it would tighten the naval blockade of Serbia "
                             "in the Adriatic with Albania's help.").events
    assert ("NATO", "SRB", "THREATEN", "asserted") in triples(evs)


def test_refrained_from_doing_is_the_subjects_act_not_done(coded):
    # PolNeAR train: "She has refrained from endorsing Clinton or Sanders"; the refused act is the
    # subject's, negated (modality.yaml negated verbs).
    evs = coded("Warren has refrained from endorsing Clinton or Sanders.",
                {"Warren": "USALEG", "Clinton": "USAELI", "Sanders": "USALEG"})
    got = triples(evs)
    assert ("USALEG", "USAELI", "SUPPORT", "negated") in got
    assert not [e for e in evs if e.mode == "asserted"]


def test_refrained_from_criticizing(coded):
    evs = coded("Germany refrained from criticizing Israel.", {"Germany": "DEU", "Israel": "ISR"})
    assert ("DEU", "ISR", "ACCUSE", "negated") in triples(evs)


def test_object_of_the_governor_is_left_alone(coded):
    # "stopped X from V-ing": X may be the doer; the rule leaves it (no event rather than a wrong doer).
    evs = coded("The United States stopped Iran from building a bomb.",
                {"United States": "USA", "Iran": "IRN"})
    assert not [e for e in evs if e.source is not None and e.source.code == "USA" and e.type != "COERCE"]
