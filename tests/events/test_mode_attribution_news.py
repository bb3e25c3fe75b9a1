"""Mode, attribution and recipient-less events on real news (session 6, area E).

Each case names the article its sentence comes from (PolNeAR train, ECB+), or says it is a
constructed sentence of the same shape.
"""

from __future__ import annotations

from sitrep.events.merge import merge_events
from sitrep.events.quotes import quote_spans
from sitrep.records import Actor, Event, Evidence

GRC = Actor.of("GRC", "the government", "GOV")
IMF = Actor(code="IMF", name="the IMF")
USA, RUS = Actor.of("USA", "United States"), Actor.of("RUS", "Russia")


def _modes(coded, text: str, names: dict[str, str]) -> set[tuple[str | None, str | None, str, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.type, e.mode)
            for e in coded(text, names)}


def test_a_subject_that_names_no_one_negates_the_act(coded) -> None:
    # PolNeAR train, huff-post 2016-08-05 "Donald Trump Finally Endorses House Speaker Paul Ryan"
    text = "Neither Speaker Ryan nor anyone on his team has ever asked for Donald Trump's endorsement."
    got = _modes(coded, text, {"Speaker Ryan": "USALEG", "Donald Trump": "USAELI"})
    assert ("USALEG", "USAELI", "REQUEST", "negated") in got
    # constructed, same shape: a negative determiner on the subject
    got = _modes(coded, "No Russian official has threatened Ukraine.", {"Russian official": "RUSGOV",
                                                                         "Ukraine": "UKR"})
    assert got == {("RUSGOV", "UKR", "THREATEN", "negated")}


def test_a_negated_subject_does_not_spill_onto_a_plain_one(coded) -> None:
    # constructed control: the same act with an ordinary subject stays asserted
    got = _modes(coded, "A Russian official has threatened Ukraine.", {"Russian official": "RUSGOV",
                                                                        "Ukraine": "UKR"})
    assert got == {("RUSGOV", "UKR", "THREATEN", "asserted")}


def test_a_denied_claim_is_negated(coded) -> None:
    # constructed, the shape of ministry denials in conflict reports: "denied reports that ..."
    text = "The Pentagon denied reports that US troops had killed civilians in Iraq."
    got = _modes(coded, text, {"US troops": "USAMIL", "civilians in Iraq": "IRQCVL"})
    assert ("USAMIL", "IRQCVL", "ASSAULT", "negated") in got


def test_an_adjective_on_an_event_noun_sets_its_mode(coded) -> None:
    # constructed, the common hedges of war reporting: "the alleged attack", "the planned visit"
    names = {"Russian troops": "RUSMIL", "Ukrainian civilians": "UKRCVL"}
    text = "The alleged attack by Russian troops on Ukrainian civilians shocked Europe."
    assert ("RUSMIL", "UKRCVL", "ASSAULT", "possible") in _modes(coded, text, names)
    text = "The attack by Russian troops on Ukrainian civilians shocked Europe."
    assert ("RUSMIL", "UKRCVL", "ASSAULT", "asserted") in _modes(coded, text, names)


def test_an_opening_mark_typed_where_a_quote_closes_closes_it() -> None:
    # PolNeAR train, huff-post 2016-06-02 "Israel Not All Doom and Gloom": “...states“ with
    text = ("An Egyptian textbook explains “the advantages of peace for Egypt and the Arab states“ with a "
            "photograph of Menachem Begin. Israel coordinates with Jordan on a regular basis.")
    spans = quote_spans(text, single=False)
    assert len(spans) == 1 and text[spans[0].start : spans[0].end].endswith("states“")


def test_a_named_body_speaks_through_which(claims) -> None:
    # PolNeAR train, huff-post 2016-08-29 "Erdogan Is In Syria With A Green Light From The U.S. And Iran"
    attributor, doc = claims("There are implications for the investigation by a UN-OPCW panel, which said "
                             "the Syrian army carried out two chemical weapons attacks on villages in Idlib.")
    army = next(t for t in doc if t.text == "army")
    assert attributor.claim_for("text", army.i).speaker == "a UN-OPCW panel"
    # constructed control: a thing "which indicates" is no speaker
    attributor, doc = claims("Turnout fell, which indicates that the army attacked villages in Idlib.")
    army = next(t for t in doc if t.text == "army")
    assert attributor.claim_for("text", army.i).speaker is None


def _event(source: Actor, target: Actor | None, etype: str, start: int) -> Event:
    return Event(source, target, etype, "asserted", Evidence("x" * 10, start, start + 10, "text"))


def test_a_commitment_with_no_recipient_goes_when_told_with_its_counterpart() -> None:
    # ECB+ 8_1ecbplus: "the government agreed at the weekend to slash spending ... in return for loans"
    # beside "eurozone countries and the IMF agreed to lend Greece billions of euros"
    agreed, lend = _event(GRC, None, "AGREE", 0), _event(IMF, Actor.of("GRC", "Greece"), "AGREE", 100)
    assert merge_events([agreed, lend]) == [lend]
    # PLOVER GSR shape: "Akayev has agreed to resign" alone keeps its null recipient (an agreement, not a
    # lone promise or offer: see merge.AGREEING)
    alone = _event(GRC, None, "AGREE", 0)
    alone.trigger = "agree"
    assert merge_events([alone]) != []


def test_acts_done_to_someone_need_a_recipient_but_rallies_do_not() -> None:
    # ECB+ 8_2ecbplus: "Greek riots" coded ASSAULT with no one; "police chiefs mobilised all their forces"
    kept = merge_events([_event(GRC, None, "ASSAULT", 0), _event(GRC, None, "MOBILIZE", 50),
                         _event(USA, None, "PROTEST", 100), _event(USA, RUS, "SANCTION", 150)])
    assert [e.type for e in kept] == ["MOBILIZE", "PROTEST", "SANCTION"]


def test_a_claim_no_one_holds_hedges_its_clause(coded) -> None:
    # PolNeAR train, nyt 2016 (Trump's personal life): "allegations that he assaulted Ivana Trump";
    # constructed here with the actors of war reporting
    names = {"Russian troops": "RUSMIL", "Ukrainian civilians": "UKRCVL", "Clinton": "USAELI"}
    text = "There were reports that Russian troops had attacked Ukrainian civilians in Bucha."
    assert ("RUSMIL", "UKRCVL", "ASSAULT", "possible") in _modes(coded, text, names)
    # a claim with a holder is that speaker's report, asserted
    text = "Clinton repeated her claim that Russian troops had attacked Ukrainian civilians in Bucha."
    assert ("RUSMIL", "UKRCVL", "ASSAULT", "asserted") in _modes(coded, text, names)


def test_a_described_speaker_is_one_of_the_storys_people(pipeline) -> None:
    # constructed in the shape of wire reports from Iraq ("police sources told Reuters", "a local official
    # said"), which name no person whose country would make one the document's home
    text = ("Iraqi forces arrested 20 suspected Islamic State militants in Mosul on Tuesday, police sources "
            "told Reuters.\n\nIraqi troops also killed five militants in Anbar, a local official said.\n")
    evs = pipeline.code_text(text, published="2016-06-01").events
    assert evs and {(e.speaker, e.attributed_to.code if e.attributed_to else None) for e in evs} == {
        ("police sources", "IRQ"), ("a local official", "IRQ")}
