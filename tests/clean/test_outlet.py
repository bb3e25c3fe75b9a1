"""The outlet a scraped page names as its own, preferred to the parent company of its rights notice.

Lines are from pages of shared/benchmarks/article-extraction (tuning pages, named by their id's first
characters), rendered the way a scraper saves a page.
"""

from __future__ import annotations

import pytest

from sitrep.clean.outlet import fuller_name, masthead_name, outlet_name, self_reference, site_name


@pytest.mark.parametrize(("line", "outlet"), [
    ("Follow The Verge online:", "The Verge"),  # 785affa2, The Verge
    ("About CNBC", "CNBC"),  # 374ac9a5, CNBC
    ("Originally published on Live Science.", "Live Science"),  # 3c5bf8db, Live Science
    ("Back to IndieWire", "IndieWire"),  # 3d8f3404, IndieWire
    ("© The Detroit News, a Digital First Media Newspaper", "The Detroit News"),  # 7de52419
    ("Subscribe to WIRED and stay smart with more of your favorite Ideas writers.", "WIRED"),  # 2f42ef1d
    ("Follow RT on", "RT"),  # 4a44ab3e, RT: the social icons follow the prompt
    ("Senior editor at Gizmodo.", "Gizmodo"),  # 5fa5679d, Gizmodo: the author's note
    ("All rights reserved © 2019 The Real Deal is a registered Trademark of Korangy Publishing Inc.",
     "The Real Deal"),  # bc13ff87, The Real Deal
    ("About Us", None),
    ("Follow Us On Twitter", None),  # 1ee91d1f and nine more pages: "Us" is no outlet
    ("Back to Gallery", None),  # ecb46e3e, Times Union: a gallery, no outlet
    ("Best of the Web Newsletter", None),  # 042bb7b5, WSJ: a newsletter's name
    ("Rep. Smith said he would follow The Verge's reporting on the matter closely in coming weeks.", None),
])
def test_furniture_lines_name_the_page_s_own_outlet(line: str, outlet: str | None) -> None:
    assert self_reference(line) == outlet


def test_the_outlet_named_most_often_wins_and_the_author_is_no_outlet() -> None:
    # 5fbc7ccb (ZDNet): "More from Jason Cipriani" names the story's author, "About ZDNet" the outlet
    lines = ["More from Jason Cipriani", "Tech", "About ZDNet", "© 2019 CBS Interactive. All rights"]
    assert site_name(lines, author="Jason Cipriani") == "ZDNet"
    # 6a72de37 (Dawgs By Nature, a Vox Media site)
    lines = ["Dawgs By Nature homepage", "Follow Dawgs By Nature online:", "Dawgs By Nature main menu",
             "More From Dawgs By Nature", "Vox Media Advertise with us Jobs @ Vox Media © 2019 Vox Media"]
    assert site_name(lines) == "Dawgs By Nature"
    assert site_name(["Menu", "Search", "Sign in"]) is None


def test_staff_credits_name_the_outlet() -> None:
    assert outlet_name("IGN Staff") == "IGN"  # 287e4d9f: "By Eric Song, IGN Staff"
    assert outlet_name("Detroit News wire services") == "Detroit News"  # 65ce3a45
    assert outlet_name("Reuters") == "Reuters"


def test_a_rights_notice_in_full_beats_a_shorter_self_reference_but_no_parent_company_does() -> None:
    assert fuller_name("Washington Examiner", "Examiner")  # 87bf6057: "About Examiner"
    assert not fuller_name("Vox Media", "Vox")  # 16c30add: "© 2019 Vox Media, LLC"
    assert not fuller_name("Snopes Media Group", "Snopes")  # 8380689f
    assert not fuller_name("Dow Jones & Company", "Barron's")


def test_a_masthead_spells_the_host_the_page_prints_most() -> None:
    # f8ff621a (Barron's): "Barron's" alone on a line, barrons.com in the browser notice and the address
    page = ["We've detected you are on Internet Explorer. For the best Barrons.com experience, update.",
            "Barron's", "Subscribe", "https://www.barrons.com/articles/home-depot-stock-51574168486",
            "Twitter", "https://twitter.com/barronsonline"]
    assert masthead_name(page) == "Barron's"
    # 042bb7b5 (WSJ): the initials of "The Wall Street Journal" spell wsj.com; twitter.com is no outlet's
    tweets = ["pic.twitter.com/x", "pic.twitter.com/y", "pic.twitter.com/z"]
    page = ["The Wall Street Journal", "Sarah.Needleman@wsj.com", "Twitter", *tweets]
    assert masthead_name(page) == "The Wall Street Journal"
    assert masthead_name(["Home", "News", "No address here."]) is None
