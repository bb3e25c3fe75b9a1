"""Drop the lines news sites print around a story (related links, comment widgets, credits, share bars).

The vocabulary lives in `data/boilerplate.yaml`; this module only loads it once and applies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

_TERMINAL = re.compile(r"[.!?…:;][\"”’')\]]*\s*$")
"""A sentence's end, inside closing quotes or not: a headline may end with a quote ("Into 'her-story'")."""
_BULLET = re.compile(r"^[-–•*·]\s+")
_CELL_BORDER = re.compile(r"\s+[|¦]$")
"""A table cell's border a page prints after a photo's caption ("... May 17, 2010. [Jane Doe/Xinhua] |"): the
line is read without it, as its credit closes the caption."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One group of boilerplate patterns from the data file."""

    name: str
    patterns: tuple[re.Pattern[str], ...]
    max_words: int
    ends_list: bool = False
    ends_story: bool = False
    """Lines printed only after a story (comment threads, reading lists, notices): the story is over."""
    inside_story: bool = False
    """Lines a page prints between a story's paragraphs (a photo's credit, a gallery's controls): they
    interrupt the story, they do not mark where it ends."""
    any_pattern: re.Pattern[str] = re.compile(r"(?!)")
    """All the patterns as one alternation: one regex search per line instead of one per pattern."""


def _rule(name: str, group: dict[str, Any]) -> Rule:
    patterns: list[str] = group["patterns"]
    compiled = tuple(re.compile(p, re.I) for p in patterns)
    alternation = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    return Rule(name, compiled, int(group["max_words"]), bool(group.get("ends_list", False)),
                bool(group.get("ends_story", False)), bool(group.get("inside_story", False)), alternation)


@cache
def rules() -> tuple[Rule, ...]:
    """The boilerplate rules, loaded once from the package's data file."""
    text = resources.files("sitrep.clean").joinpath("data/boilerplate.yaml").read_text(encoding="utf-8")
    return tuple(_rule(name, group) for name, group in yaml.safe_load(text).items())


@lru_cache(maxsize=8192)  # the cleaner's passes ask about the same lines again (about twice per line)
def boilerplate_kind(line: str) -> Rule | None:
    """The rule a single line matches, or None when it may be story text."""
    line = _CELL_BORDER.sub("", _BULLET.sub("", line.strip()))
    words = len(line.split())
    for rule in rules():
        if words <= rule.max_words and rule.any_pattern.search(line):
            return rule
    return None


def is_headline_like(line: str) -> bool:
    """A short line without sentence punctuation at its end: a headline in a list of stories."""
    return len(line.split()) <= 20 and not _TERMINAL.search(line)


def story_mask(lines: list[str]) -> list[bool]:
    """Whether each line may be story text; a story-list heading takes the headlines under it along."""
    mask: list[bool] = []
    in_list = False
    for line in lines:
        rule = boilerplate_kind(line)
        if rule is not None:
            in_list = rule.ends_list
            mask.append(False)
        elif in_list and is_headline_like(line):
            mask.append(False)
        else:
            in_list = False
            mask.append(True)
    return mask


def remove_boilerplate(lines: list[str]) -> list[str]:
    """The lines that are not boilerplate."""
    return [line for line, keep in zip(lines, story_mask(lines), strict=True) if keep]
