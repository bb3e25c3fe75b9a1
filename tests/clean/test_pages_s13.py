"""Session 13: plain texts with one paragraph a line and the page's address over the headline.

Examples are ECB+ documents (`/work/shared/corpora/ecbplus`, tuning topics; each a web page saved one
sentence a line, its address first) with their tokens joined back, unless a comment says otherwise.
"""

from __future__ import annotations

from sitrep.clean.dates import day_first_reading
from sitrep.clean.outlet import address_outlet, mail_outlet, parent_company, self_reference
from sitrep.clean.text import extract_text
from sitrep.records import RawDocument


def _read(text: str):
    return extract_text(RawDocument(origin="t", content=text, kind="text"))


# ECB+ 10_4ecbplus: address, headline, standfirst, date line, story; no blank line anywhere
_WCVB = (
    "http://www.wcvb.com/Sources-Sox-May-Not-Be-Out-Of-Teixeira-Chase/-/9849586/11321984/-/18hj8m/-/index.html\n"
    "Sources: Sox May Not Be Out Of Teixeira Chase\n"
    "Team Execs Meet With Player's Agent\n"
    "UPDATED 3:09 AM EST Dec 19, 2008\n"
    "Despite saying they have been outbid for free agent first baseman Mark Teixeira, the Red Sox do not "
    "believe they are completely out of the running to sign the slugger.\n"
    "Sources have also told SportsCenter 5's Mike Lynch more about the negotiations that took place "
    "Thursday at Teixeira's Texas home.\n"
)


def test_address_over_headline_is_the_url_and_the_next_line_the_title() -> None:
    found = _read(_WCVB)
    assert found.url is not None and found.url.startswith("http://www.wcvb.com/")
    assert found.title == "Sources: Sox May Not Be Out Of Teixeira Chase"
    assert found.subtitle == "Team Execs Meet With Player's Agent"
    assert found.published == "2008-12-19"
    assert found.paragraphs[0].startswith("Despite saying")
    assert len(found.paragraphs) == 2  # one paragraph a line, not one block


def test_headline_under_an_address_with_blank_lines() -> None:
    # ECB+ 6_11ecbplus laid out with blank lines: the address was taken for the title
    text = ("http://tribeofgeek.weebly.com/1/post/2012/04/the-hunger-games-sequel-is-in-negotiations.html\n\n"
            "The Hunger Games sequel in negotiations\n\n04/04/2012\n\n"
            "According to The Hollywood Reporter, the director of The Hunger Games, Gary Ross, is currently "
            "in the negotiation stages to direct the sequel, Catching Fire.\n\n"
            "In terms of figures, The Hunger Games has already brought in over $363 million.\n")
    found = _read(text)
    assert found.title == "The Hunger Games sequel in negotiations"
    assert found.url is not None and "tribeofgeek" in found.url
    assert found.paragraphs[0].startswith("According to")


def test_lead_sentence_on_the_first_line_is_no_title() -> None:
    # ECB+ 8_1ecb: a story with no headline, one sentence a line
    text = ("A bomb explosion at a bank killed a police officer and a state bomb disposal technician, and "
            "state police did not have any suspects, officials said Saturday.\n"
            "\"That person is dangerous and needs to be found as soon as possible,\" said Lt. Gregg Hastings "
            "of the Oregon State Police.\n"
            "The explosion occurred Friday afternoon at a West Coast Bank branch in Woodburn, about 30 miles "
            "south of Portland.\n")
    found = _read(text)
    assert found.title is None
    assert found.paragraphs[0].startswith("A bomb explosion at a bank")
    assert len(found.paragraphs) == 3


def test_headline_without_full_stop_over_one_sentence_a_line() -> None:
    # ECB+ 36_9ecb
    text = ("2 polygamous leaders arrested in Canada\n"
            "Two leaders of a polygamous community in British Columbia have been arrested and charged with "
            "practising polygamy, the province's attorney general said.\n"
            "Attorney General Wally Oppal said Winston Blackmore is charged with marrying 20 women.\n")
    found = _read(text)
    assert found.title == "2 polygamous leaders arrested in Canada"
    assert found.paragraphs[0].startswith("Two leaders")


def test_hard_wrapped_text_without_blank_lines_stays_one_paragraph() -> None:
    # the 8_1ecb lead wrapped at a fixed width: its lines break sentences, not paragraphs
    text = ("A bomb explosion at a bank killed a police officer and a state\n"
            "bomb disposal technician, and state police did not have any\n"
            "suspects, officials said Saturday. The explosion occurred Friday\n"
            "afternoon at a West Coast Bank branch in Woodburn, about 30 miles\n"
            "south of Portland.\n")
    found = _read(text)
    assert len(found.paragraphs) == 1
    assert "state bomb disposal technician" in found.paragraphs[0]


def test_title_with_full_stop_over_blank_lines_is_still_a_title() -> None:
    # PolNeAR train breitbart_2016-03-01_the-latest-sanders-wins-minnesot: the corpus closes titles with a
    # full stop; over blank lines a first line so closed stays the title (the lead-sentence rule is only
    # for texts with no blank line)
    text = ("The Latest: Sanders wins Minnesota Democratic caucuses.\n\n"
            "WASHINGTON (AP) — The Latest on campaign 2016 as the presidential candidates compete in "
            "Super Tuesday contests.\n\n"
            "Bernie Sanders has won the Democratic caucuses in Minnesota.\n")
    assert _read(text).title == "The Latest: Sanders wins Minnesota Democratic caucuses."


# ---- the publisher from the page's own e-mail domain and address; groups owning several outlets ----

# bench ad826691 (9to5Mac): a 9to5Toys editor's note on a 9to5Mac page, and an embedded post's credit
_9TO5_NOTE = ("Trevor Daugherty is the Senior Editor of 9to5Toys. Since joining in 2014, he’s specialized in "
              "product reviews, exclusive discounts and 9to5’s New Toy of the Day. Contact him direct at "
              "trevor@9to5mac.com.")
_9TO5_POST = "— 9to5Mac.com (@9to5mac) November 4, 2019"


def test_author_note_naming_a_sister_site_with_another_domain_names_no_outlet() -> None:
    assert self_reference(_9TO5_NOTE) is None
    # the same note without the address names the outlet (the rule before this session)
    assert self_reference(_9TO5_NOTE.split(" Contact")[0]) == "9to5Toys"


def test_author_note_with_the_outlet_own_address_still_names_it() -> None:
    # bench c00962aa (The Space Review)
    note = ("Jeff Foust (jeff@thespacereview.com) is the editor and publisher of The Space Review, and a "
            "senior staff writer with SpaceNews.")
    assert self_reference(note) == "The Space Review"


def test_mail_outlet_spelled_as_the_page_prints_it() -> None:
    assert mail_outlet([_9TO5_NOTE, _9TO5_POST]) == "9to5Mac"
    # bench 3ce1c8fd (catchitkansas.com): the site prints only its host
    assert mail_outlet(["E-Mail: stats@catchitkansas.com", "catchitkansas.com/a?a=474349633"]) == (
        "catchitkansas.com")
    # a mail provider's address is a person's, no outlet's (bench 95301fb7 prints a gmail.com address)
    assert mail_outlet(["Contact: vortexcannon@gmail.com"]) is None


def test_page_without_its_name_takes_the_outlet_its_addresses_are_at() -> None:
    # PolNeAR train politico_2016-06-24_nerdcast-was-firing-lewandowski-: the outlet's name appears only
    # as "POLITICO's" inside a sentence; the show's address is at politico.com
    text = ("Nerdcast: Was firing Lewandowski a smart move?\n\n"
            "It's time for Episode 7 of the 2016 Nerdcast, POLITICO's new podcast on the race for the White "
            "House.\n\n"
            "This week the team talks about the campaign's decision to fire its manager and what it "
            "means for the general election.\n\n"
            "Feedback? What should we talk about next? Email us at nerdcast@politico.com.\n")
    assert _read(text).publisher == "POLITICO"


def test_address_over_the_story_names_the_outlet() -> None:
    # ECB+ 2_11ecbplus: the page's address first, the outlet never named in the text
    text = ("http://www.vulture.com/2013/08/5-thoughts-on-ellen-degeneres-as-oscar-host.html\n"
            "5 Thoughts on Why the Academy Picked Ellen DeGeneres As Oscar Host\n"
            "We've got an Oscar host!\n"
            "The Academy of Motion Pictures Arts and Sciences announced this morning that Ellen DeGeneres "
            "would return to the Academy Awards as emcee, marking her second time as host.\n")
    assert _read(text).publisher == "vulture.com"
    assert address_outlet("http://usatoday30.usatoday.com/life/story/2012-04-05", []) == "usatoday.com"
    blog = "http://tribeofgeek.weebly.com/1/post/2012/04/the-hunger-games-sequel-is-in-negotiations.html"
    assert address_outlet(blog, []) == "tribeofgeek.weebly.com"
    assert address_outlet("http://news.bbc.co.uk/2/hi/europe/8665488.stm",
                          ["Greek austerity: British views", "BBC News"]) == "BBC"
    assert address_outlet("https://t.co/y5Wn5UBP8S", []) is None


def test_groups_owning_several_outlets_are_parents() -> None:
    # bench 8e3efab5 (ProFootballTalk) prints "©2019 NBC Universal"; "© 2019 Gannett" on USA TODAY's pages
    assert parent_company("NBC Universal")
    assert parent_company("Gannett Co., Inc.")
    assert parent_company("Bell Media")
    assert not parent_company("The Tribune")  # an outlet (Chandigarh), no group
    assert not parent_company("Comcast SportsNet")


def test_ambiguous_slashed_date_settled_by_the_address() -> None:
    # "09/12/2022" with nothing else on the page to settle the order (our line; the seed's day, 9 December)
    lines = ["Anadolu Agency 09/12/2022", "Russia is providing Iran with military aid."]
    assert day_first_reading("2022-09-12", lines) == "2022-09-12"  # the US order, as before
    assert day_first_reading("2022-09-12", lines, "https://www.aa.com.tr/en/world/russia-iran/2762383") == (
        "2022-12-09")  # a Turkish address: day first
    assert day_first_reading("2022-09-12", lines, "https://example.com/2022/12/09/iran") == "2022-12-09"
    assert day_first_reading("2022-09-12", lines, "https://example.com/2022/09/12/iran") == "2022-09-12"


def test_relative_date_without_fetch_time_gives_no_date() -> None:
    # a header's "2 days ago" with a teaser's full date above the headline (our layout, seed's sentences):
    # no date rather than the teaser's
    text = ("Menu\nHome\nWorld\nOther story about floods in the region\nNovember 30, 2022\n"
            "Russia giving Iran unprecedented military aid, says US\n\nBy Jane Doe\n2 days ago\n\n"
            "Russia is providing Iran with an unprecedented level of military assistance in exchange for "
            "drones, the White House said on Friday.\n\n"
            "National Security Council spokesman John Kirby told reporters during a virtual briefing "
            "that the partnership was growing.\n")
    found = _read(text)
    assert found.published is None
    assert found.author == "Jane Doe"


def test_date_line_with_a_second_clock_in_brackets_is_a_date_line() -> None:
    # bench 65bf3048 (AppleInsider): the date line under the byline stayed in the story
    from sitrep.clean.header import parse_header_line

    line = "Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)"
    facts = parse_header_line(line)
    assert facts is not None and facts.published == "2019-11-18"
    text = ("16-inch MacBook Pro review: The keyboard is probably enough to convince those waiting\n\n"
            "By Mike Wuerthele and Malcolm Owen\n" + line + "\n\n"
            "Welcome to the new 16-inch MacBook Pro. While it looks quite familiar, Apple's new flagship "
            "laptop moves the needle forward in a big way.\n"
            "We're not certain when Apple last issued four updates to the MacBook Pro within 18 months, or "
            "to any laptop it has ever produced.\n")
    found = _read(text)
    assert found.published == "2019-11-18"
    assert not any("07:05 pm ET" in p for p in found.paragraphs)
    assert found.paragraphs[0].startswith("Welcome to the new")


def test_follow_prompt_handle_names_the_outlet_the_page_spells() -> None:
    from sitrep.clean.outlet import followed_outlet

    # the seed's header line with a follow prompt of the shape pages print under a story (our line)
    assert followed_outlet(["Anadolu Agency December 09, 2022",
                            "Follow us on Twitter @AnadoluAgency"]) == "Anadolu Agency"
    # bench 287e4d9f (IGN): a desk's handle the page spells nowhere names no outlet
    assert followed_outlet(["Welcome to IGN's Daily Deals, your source for the best deals on the stuff "
                            "you actually want to buy. Follow us at Twitter @igndeals."]) is None
    # an author's follow prompt ("Follow @brigitkatz", bench ea25dd7e) is no "Follow us"
    assert followed_outlet(["Read more from this author | Follow @brigitkatz", "Brigit Katz"]) is None


def test_page_dump_without_blank_lines_is_not_one_paragraph_a_line() -> None:
    # bench 3ce1c8fd's top (a whole page saved without blank lines): menus of one to three words
    from sitrep.clean.text import _one_paragraph_a_line, split_lines

    dump = ("Toggle navigation\nSports\nScores\nClose Navigation\nHome\nAbout Us\n- Contact Us\nSports\n"
            "- Baseball\n- Bowling\n2018 Boys State Swim Results\nAidan Gantenbein 100 backstroke\n"
            "Posted: Fri 6:45 PM, Feb 16, 2018\n"
            "The state swimming championships ended on Friday with records in three events.\n")
    assert not _one_paragraph_a_line(split_lines(dump))
    assert _one_paragraph_a_line(split_lines(_WCVB.split("\n", 1)[1]))
