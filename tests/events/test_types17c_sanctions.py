"""Sanctions (session 17, third pass): restrictions aimed at another state, and the clause that says why
the sanctioned are listed. Each test has a control.

The sentences are written in the form of real news sentences (sanctions write-ups of the kind in
/work/notes/pages17/types2/ and the brief's examples), not copied from any page.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events(events):
    """text -> (source, target, type) of the whole pipeline's events."""
    return lambda text, published="2023-05-10": events(text, published)


def _types(found: set[tuple[str | None, str | None, str]]) -> set[str]:
    return {t for _, _, t in found}


# --- restrictions imposed on another state are sanctions (senses `imposed_on_another`) ----------------

# sanctions write-up form: a body of states approves restrictions against a state
def test_restrictions_against_a_state_are_sanctions(events) -> None:
    found = events("The European Union agreed fresh restrictions against Belarus on Monday.")
    assert ("EU", "BLR", "SANCTION") in found
    assert "COERCE" not in _types(found)


# sanctions write-up form: restrictions on another state's banks
def test_restrictions_on_foreign_banks_are_sanctions(events) -> None:
    found = events("The United States imposed restrictions on Syrian banks on Tuesday.")
    assert ("USA", "SYR", "SANCTION") in found


# control: restrictions on a people stay restrictions (COERCE)
def test_restrictions_on_a_people_stay_coercion(events) -> None:
    found = events("Israel imposed restrictions on Palestinians in Hebron on Tuesday.")
    assert "COERCE" in _types(found)
    assert "SANCTION" not in _types(found)


# --- a clause describing the sanctioned is no act told (senses `describes_sanctioned`) ----------------

# Treasury press-release form: individuals listed "providing support to" a government
def test_clause_on_the_sanctioned_is_no_aid(events) -> None:
    found = events("The Treasury Department sanctioned 14 individuals providing financial support to "
                   "the Syrian government.")
    assert "SANCTION" in _types(found)
    assert "AID" not in _types(found)


# control: a past act told of the sanctioned stays an event
def test_past_act_of_the_sanctioned_is_kept(events) -> None:
    found = events("Washington sanctioned Iranian officials who attacked protesters in Tehran last month.")
    assert "SANCTION" in _types(found)
    assert "ASSAULT" in _types(found)


# sanctions-guidance form: a clause on "any" actors names a class of conduct, not an act done
def test_clause_on_any_actors_is_no_aid(events) -> None:
    found = events("The Treasury warned of sanctions risk for any companies outside Iran providing "
                   "financial support to the country.")
    assert "AID" not in _types(found)


# control: a firm named as giving aid still gives it
def test_named_firm_providing_aid_is_kept(events) -> None:
    found = events("Germany provided humanitarian aid to Syria on Tuesday.")
    assert ("DEU", "SYR", "AID") in found
