"""Attribution, session 15: a desk's label before a headline's colon is no speaker.

"FLASH: Top Boko Haram Commander Killed ..." tags the story; "Kirby: Russia is arming Iran" names who
speaks. The texts are written in the form of the session 15 pages sample (`notes/pages15/nlp` 032, a
Nigerian outlet's flash headline over its lede), not copied from it. Judged by CODEBOOK.md (Attribution).
"""

from __future__ import annotations

import pytest

from sitrep.clean.header import headline_label
from sitrep.records import RawDocument

_LEDE = ("A top Boko Haram commander, who led an aborted attack on a village in Yobe State, was among those "
         "killed. Troops of the joint task force have repelled an attack on their base, sources said.\n")


def _events(pipeline, headline: str):
    raw = RawDocument(origin="t", content=f"\n{headline}\n{_LEDE}", kind="text", published="2019-10-02")
    coded = next(iter(pipeline.code_raw([raw])))
    assert coded.document.title == headline
    return coded.events


@pytest.mark.parametrize("label", ["FLASH", "BREAKING", "UPDATE", "EXCLUSIVE"])
def test_headline_label_is_no_speaker(pipeline, label):
    events = _events(pipeline, f"{label}: Top Boko Haram Commander Killed As Troops Repel Attack In Yobe")
    assert any(e.type == "ASSAULT" for e in events)
    assert all(label not in (e.speaker or "").upper() for e in events), [(e.type, e.speaker) for e in events]


def test_headline_label_words():
    assert headline_label("FLASH") and headline_label("Breaking News") and headline_label("WATCH")
    assert not headline_label("Kirby") and not headline_label("Iran") and not headline_label("UN envoy")
