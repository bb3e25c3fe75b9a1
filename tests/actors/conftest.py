"""Helpers shared by the actor tests."""

from __future__ import annotations

from sitrep.records import CodedDocument


def codes_of(coded: CodedDocument, text: str) -> list[str]:
    """Codes of the mentions whose text is `text`."""
    return [m.actor.code for m in coded.mentions if m.text == text]


def group_members(pipeline, text: str) -> dict[str, list[str]]:
    """Mention text -> the codes of its members, for mentions that stand for several actors."""
    coded = pipeline.code_text(text)
    return {m.text: [a.code for a in m.members] for m in coded.mentions if m.members}
