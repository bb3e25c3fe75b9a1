"""Whatever text or markup comes in, cleaning ends in a Document or a CleanError, never a crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.clean import clean_document
from sitrep.errors import CleanError
from sitrep.records import RawDocument

# lines drawn from shapes news dumps have (seed header, furniture, dateline), shuffled with noise
SHAPES = [
    "Russia giving Iran 'unprecedented' military aid, overhauling ties, says US",
    "Anadolu Agency December 09, 2022", "By Jane Doe, Reuters | 3 March 2021", "Most Read", "Replying to X",
    "WASHINGTON (AP) — The talks resumed on Friday.", "PHOTO: ANADOLU AGENCY", "", "", "<p>", "</div>",
    "Kirby said the Kremlin may already be supplying Iran with helicopters and air defense systems.",
]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(SHAPES), st.text(max_size=80)), max_size=25),
       st.sampled_from(["text", "html"]))
def test_cleaning_never_crashes(lines: list[str], kind: str) -> None:
    raw = RawDocument(origin="fuzz", content="\n".join(lines), kind=kind)  # type: ignore[arg-type]
    try:
        doc = clean_document(raw)
    except CleanError as exc:
        assert exc.origin == "fuzz"
    else:
        assert doc.text.strip()
        assert doc.published is None or len(doc.published) == 10
