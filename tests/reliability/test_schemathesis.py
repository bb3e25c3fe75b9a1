"""Schemathesis over the app's OpenAPI spec, in-process (ASGI): no request it generates gets a 500.

Not part of the default run (marker `schemathesis`); run it with

    .venv/bin/pytest -m schemathesis tests/reliability/test_schemathesis.py

The app serves a small synthetic ledger (conftest `build_synthetic_ledger`) with ingest on, so the
POST operations are exercised too (with and without the bearer token).
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from sitrep.web.app import LOCAL_HOSTS, create_app

pytestmark = pytest.mark.schemathesis
TOKEN = "schemathesis-token-9d41"
MAX_EXAMPLES = 50


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory, synthetic_builder, pipeline):
    path = tmp_path_factory.mktemp("schemathesis") / "ledger.duckdb"
    synthetic_builder(path, 40, 5)
    app = create_app(
        path, allow_ingest=True, token=TOKEN, pipeline=pipeline, allowed_hosts=(*LOCAL_HOSTS, "testserver")
    )
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


def _checker(operation, auth: dict[str, str] | None):  # type: ignore[no-untyped-def]
    """A hypothesis test sending MAX_EXAMPLES generated requests to one operation."""

    @settings(
        max_examples=MAX_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(case=operation.as_strategy())
    def check(case) -> None:  # type: ignore[no-untyped-def]
        case.call_and_validate(headers=auth, checks=[not_a_server_error])

    return check


def test_no_server_errors(api_schema) -> None:
    """Every operation of the spec (schemathesis' pytest plugin cannot take a fixture under pytest 9,
    so hypothesis drives each operation's strategy here)."""
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 8, [op.label for op in operations]
    for operation in operations:
        auth = {"authorization": f"Bearer {TOKEN}"} if operation.method.upper() == "POST" else None
        _checker(operation, auth)()
        print(f"{operation.label}: {MAX_EXAMPLES} examples, no server error")
