"""Helpers shared by the actor tests."""

from __future__ import annotations

from sitrep.records import CodedDocument


def codes_of(coded: CodedDocument, text: str) -> list[str]:
    """Codes of the mentions whose text is `text`."""
    return [m.actor.code for m in coded.mentions if m.text == text]
