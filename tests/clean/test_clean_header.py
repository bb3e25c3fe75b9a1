"""Header lines and dates: the forms news pages print above a story (source named per case)."""

from __future__ import annotations

import pytest

from sitrep.clean.dates import find_date, to_iso
from sitrep.clean.header import dateline_agency, parse_header_line


@pytest.mark.parametrize(("text", "iso"), [
    ("Anadolu Agency December 09, 2022", "2022-12-09"),  # seed
    ("Friday, Dec. 9, 2022", "2022-12-09"),  # US style with weekday
    ("3 March 2021", "2021-03-03"),  # UK style
    ("Sept. 14, 2016", "2016-09-14"),  # AP style abbreviation
    ("2016-10-08T09:30:00Z", "2016-10-08"),  # ISO timestamp (WARC-Date, JSON feeds)
    ("Updated 09.12.2022", "2022-12-09"),  # day-first numeric (European sites)
])
def test_dates_are_found_and_normalised(text: str, iso: str) -> None:
    assert to_iso(text) == iso


def test_impossible_or_partial_dates_are_not_dates() -> None:
    assert find_date("Feb 30, 2020") is None
    assert find_date("the May 5 meeting") is None
    assert to_iso("") is None and to_iso(None) is None


@pytest.mark.parametrize(("line", "published", "publisher", "author"), [
    ("Anadolu Agency December 09, 2022", "2022-12-09", "Anadolu Agency", None),  # seed
    ("By Jane Doe, Reuters | 3 March 2021", "2021-03-03", "Reuters", "Jane Doe"),  # brief's example
    ("Published: Friday, Dec. 9, 2022 10:32 AM EST", "2022-12-09", None, None),
    ("December 9, 2022 | Voice of America", "2022-12-09", "Voice of America", None),
    ("By Tom Krisher and Dee-Ann Durbin", None, None, "Tom Krisher and Dee-Ann Durbin"),  # AP byline
    ("Posted on March 3, 2021 by Jane Doe", "2021-03-03", None, "Jane Doe"),  # blog footer style
])
def test_header_lines_give_date_publisher_and_author(line: str, published: str | None,
                                                     publisher: str | None, author: str | None) -> None:
    facts = parse_header_line(line)
    assert facts is not None
    assert (facts.published, facts.publisher, facts.author) == (published, publisher, author)


@pytest.mark.parametrize("line", [
    "By the end of the day, prices had risen sharply.",
    "On December 9, 2022 the talks resumed in Geneva after a long pause.",
    "Russia is providing Iran with an unprecedented level of military assistance, the White House said.",
    "US says Russia giving military aid to Iran. PHOTO: ANADOLU AGENCY",
])
def test_story_lines_are_not_header_lines(line: str) -> None:
    assert parse_header_line(line) is None


def test_updated_date_is_kept_apart_from_published() -> None:
    facts = parse_header_line("Last updated: 2021-03-03T10:00")
    assert facts is not None and (facts.published, facts.updated) == (None, "2021-03-03")


def test_wire_datelines_give_the_agency() -> None:
    # PolNeAR breitbart_2016-03-01_the-latest-sanders-wins-minnesot opens "WASHINGTON (AP) — The Latest ..."
    assert dateline_agency("WASHINGTON (AP) — The Latest on campaign 2016 on Super Tuesday") == "AP"
    assert dateline_agency("LONDON, Dec 9 (Reuters) - Britain said on Friday") == "Reuters"
    assert dateline_agency("Kyiv (AFP) - Ukraine said on Monday") == "AFP"  # AFP's mixed-case style
    assert dateline_agency("SAN JUAN, Puerto Rico (AP) — Officials said") == "AP"
    assert dateline_agency("Sen. John Cornyn (R-Texas) — who leads the panel — said") is None
    # PolNeAR politico_2016-04-22_poll-trump-a-big-turnoff-for-flo: a dateline without an agency
    assert dateline_agency("TALLAHASSEE — Donald Trump's controversial views on immigration") is None
