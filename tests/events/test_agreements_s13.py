"""An agreement reached by a party's leaders is no campaign promise (events/coder.py and
targets.campaign_promise)."""


def _keys(pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    coded = pipeline.code_text(text)
    return {(e.source.code[:3] if e.source else None, e.type, e.target.code[:3] if e.target else None)
            for e in coded.events}


def test_party_leaders_agreeing_to_postpone_a_demonstration_agree(pipeline) -> None:
    # PLOVER GSR AGREE-0024 (dev): the leaders are a party's, and they agreed with the authorities
    text = ("Leaders of the Azadliq (Freedom) opposition coalition agreed to postpone the demonstration in "
            "Baku until 9 November.")
    assert ("AZE", "AGREE", "AZE") in _keys(pipeline, text)


def test_a_candidates_pledge_to_voters_stays_a_campaign_promise(pipeline) -> None:
    # PolNeAR-style campaign line: a pledge to the candidate's own public is no commitment to an actor
    text = "Senator Bernie Sanders promised American voters to raise the minimum wage."
    assert not any(key[1] == "AGREE" for key in _keys(pipeline, text))
