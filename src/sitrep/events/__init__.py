"""Events: code the actions reported between actors in PLOVER, with mode, attribution and dates."""

from sitrep.events.coder import code_events

__all__ = ["code_events"]
