"""Scraped pages as text, second pass (round 12): dates in other languages, rights notices with no year,
a small-letter brand or the circled sign, the author's note naming the outlet, agencies printed in
capitals, a capitals dateline closing a date line, and notes on the article in the body.

Lines come from the article-extraction benchmark's pages (tuning pages, even ids: the id's first four
characters are given), from PolNeAR train, or from the brief (said so where they do).
"""

from __future__ import annotations

from sitrep.clean.boilerplate import boilerplate_kind
from sitrep.clean.dates import find_date
from sitrep.clean.header import copyright_owner, parse_header_line
from sitrep.clean.outlet import self_reference
from sitrep.clean.text import _usual_spelling, extract_text
from sitrep.records import RawDocument


def _kind(line: str) -> str | None:
    rule = boilerplate_kind(line)
    return rule.name if rule else None


# Dates in other languages: day, month, year with "de" (Portuguese) or a dot after the day (German).

def test_portuguese_date_line() -> None:
    # autoracing.com.br page (11ea)
    found = find_date("sexta-feira, 22 de outubro de 2010 às 20:13")
    assert found is not None and found.iso == "2010-10-22"


def test_german_byline_date() -> None:
    # blog.comwrap.com page (57b4)
    found = find_date("Von   Moritz Bachmann publiziert am 25. September 2018")
    assert found is not None and found.iso == "2018-09-25"


def test_foreign_month_needs_a_day_and_year() -> None:
    # autoracing.com.br calendar page (cc03): a race's day with no year is no date
    assert find_date("1a etapa: 10 de março – Interlagos") is None


def test_foreign_date_taken_as_published() -> None:
    # blog.comwrap.com page (57b4): the byline over the headline dates the post
    text = ("Zurück zur Übersicht\n\nVon   Moritz Bachmann publiziert am 25. September 2018\n\n"
            "Die elektronische Patientenakte (ePA) – der lange Marsch ins Digitale Gesundheitswesen\n\n"
            "Die Digitalisierung als Wachstums- und Entwicklungstreiber zieht sich bereits heute durch fast "
            "alle Branchen und Anwendungsgebiete, sei es im Finanzbereich, der Industrie oder eben auch im "
            "Bereich Healthcare.\n")
    out = extract_text(RawDocument(origin="t", content=text, kind="text"))
    assert out.published == "2018-09-25"


# Rights notices.

def test_small_letter_brand_closing_a_footer_line() -> None:
    # pv-magazine.com page (b0cf)
    line = "Legal Notice Terms and Conditions Privacy Policy © pv magazine 2019"
    assert copyright_owner(line) == "pv magazine"


def test_circled_sign_and_no_year() -> None:
    # entermedia.co.kr page (0ec9): the Korean rights notice
    assert copyright_owner("Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지") == "Entermedia.co.kr"
    assert _kind("Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지") == "copyright"


def test_photo_credit_is_no_rights_notice() -> None:
    # sciencealert.com page (359f): a photo's credit, with no year and no "Copyright"
    assert copyright_owner("© Reuters") is None
    # a photographer credited inside a caption line (constructed, the shape of a caption credit)
    assert copyright_owner("Photo © Jane Doe 2019") is None
    assert copyright_owner("© Jane Doe 2019") == "Jane Doe"  # a blogger's own notice


# The note on the author names the outlet.

def test_author_note_names_the_outlet() -> None:
    # thespacereview.com page (c009)
    line = ("Jeff Foust (jeff@thespacereview.com) is the editor and publisher of The Space Review, and a "
            "senior staff writer with SpaceNews. He also operates the Spaceflight Now.")
    assert self_reference(line) == "The Space Review"


def test_author_note_with_a_capitalised_job() -> None:
    # wired.com page (d48a)
    line = ("Louise Matsakis is a Staff Writer at WIRED covering Amazon, security, and online platforms. She "
            "was formerly an editor at Motherboard, VICE's science and technology site.")
    assert self_reference(line) == "WIRED"


def test_author_note_naming_no_newsroom_job() -> None:
    # bigbrandsystem.com page (c582): a founder of a company is no writer for an outlet
    line = ("Pamela Wilson is an online educator, author, keynote speaker, and the founder of BIG Brand "
            "System. Learn how you can build your own online business.")
    assert self_reference(line) is None


# Names printed in capitals.

def test_capitals_respelled_as_the_page_prints_them() -> None:
    # sciencealert.com page (359f): "REUTERS" credits the story, the dateline spells it
    texts = ["REUTERS", "WASHINGTON (Reuters) - Scientists on Monday unveiled the first global geological "
             "map of Saturn's moon Titan including vast plains and dunes of frozen organic material."]
    assert _usual_spelling("REUTERS", texts) == "Reuters"


def test_outlet_styled_in_capitals_stays() -> None:
    # wired.com page (d48a): the page prints its own name in capitals far more often than not
    texts = ["Kym Lino, a spokesperson for Instagram, confirmed to WIRED that the company notifies people.",
             "More Great WIRED Stories", "Louise Matsakis is a Staff Writer at WIRED covering Amazon.",
             "Wired Staff"]
    assert _usual_spelling("WIRED", texts) == "WIRED"


def test_capitals_agency_in_its_usual_spelling() -> None:
    assert _usual_spelling("PRESS TRUST OF INDIA", ["PRESS TRUST OF INDIA"]) == "Press Trust of India"
    assert _usual_spelling("AGENCE FRANCE-PRESSE", []) == "Agence France-Presse"


def test_acronym_stays() -> None:
    assert _usual_spelling("AP", ["Ap"]) == "AP"
    assert _usual_spelling("CNN", ["Cnn"]) == "CNN"


def test_capitals_dateline_closing_a_date_line() -> None:
    # the brief's Times of India line: TNN is the agency credit, MUMBAI the story's dateline
    facts = parse_header_line("TNN Nov 12, 2011, 05.51AM IST MUMBAI:")
    assert facts is not None
    assert (facts.published, facts.author, facts.publisher) == ("2011-11-12", None, "TNN")


# Notes on the article.

def test_disclaimer_and_editors_note_on_the_article() -> None:
    assert _kind("Disclaimer: The views expressed here are those of the author and do not reflect the "
                 "official policy of the outlet.") == "article_notes"
    assert _kind("Editor's note: This story has been updated to include a statement from the White House."
                 ) == "article_notes"


def test_editors_note_about_another_article_stays() -> None:
    # PolNeAR train, nyt_2015-12-14_visa-screening-missed-attacker-s.txt: a correction with the story's facts
    line = ("Editor's Note: An article on Monday  about  Tashfeen Malik, one of the attackers in the mass "
            "shooting in San Bernardino, Calif., based on accounts from law enforcement officials, reported "
            "that she had ''talked openly on social media'' about her support for violent jihad.")
    assert _kind(line) is None


# A page title's site after a dash, when the page prints the name alone (its logo's text).

_WEWORK = ("\n\nWeWork is reportedly being investigated by the New York State Attorney General. According to "
           "Reuters, the NYAG’s questions center on whether the company’s co-founder engaged in "
           "self-dealing.\n\n"
           "WeWork is headquartered in New York City. A company spokesperson said in an email that “we have "
           "received an inquiry from the New York Attorney General’s office and are cooperating fully.”\n")


def test_dash_site_printed_alone_elsewhere() -> None:
    # techcrunch.com page (1ace)'s headline and story, with the title shape of the brief ("... - The Verge")
    # and the logo's line a page prints (constructed)
    title = "New York State Attorney General reportedly investigating WeWork - The Verge"
    text = title + _WEWORK + "\nThe Verge\n"
    out = extract_text(RawDocument(origin="t", content=text, kind="text"))
    assert out.publisher == "The Verge"
    assert out.title == "New York State Attorney General reportedly investigating WeWork"


def test_dash_words_printed_nowhere_else_stay_in_the_title() -> None:
    text = "New York State Attorney General reportedly investigating WeWork - The Verge" + _WEWORK
    out = extract_text(RawDocument(origin="t", content=text, kind="text"))
    assert out.publisher is None
