"""Actors: find the political actors a document names and resolve them to codes."""

from sitrep.actors.mentions import find_mentions

__all__ = ["find_mentions"]
