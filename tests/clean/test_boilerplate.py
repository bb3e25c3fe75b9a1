"""Boilerplate lines: real ones from corpora and the benchmark, hand-written ones modelled on outlets,
and real story sentences that must survive."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.clean.boilerplate import boilerplate_kind, remove_boilerplate, rules, story_mask

# (line, expected group, where it came from)
BOILERPLATE = [
    # widgets of article-extraction bench pages: BBC 70cb2d5b (an embedded post's button), Quanta bdb56ac8,
    # marketing blog c582d3b7, Practical Horseman e1cd54e5, 9to5Mac cc4aa22b, The Space Review c00962aa,
    # Washington Examiner 87bf6057
    ("Report", "share_follow", "bench 70cb2d5b"),
    ("Copied!", "share_follow", "bench bdb56ac8"),
    ("Most recent newsletter", "newsletters", "bench bdb56ac8"),
    ("Courtesy of Andrew Vaughan", "photo_credits", "bench bdb56ac8"),
    ("258 Shares", "share_follow", "bench c582d3b7"),
    ("Buffer", "share_follow", "bench c582d3b7"),
    ("Thanks for watching!", "galleries", "bench e1cd54e5"),
    ("Subscribe to 9to5Mac on YouTube for more Apple news:", "newsletters", "bench cc4aa22b"),
    ("Note: we are temporarily moderating all comments submitted to deal with a surge in spam.", "comments",
     "bench c00962aa"),
    ("Share your thoughts with friends.", "share_follow", "bench 87bf6057"),
    ("SEE MORE: Hong Kong protests: 800 students under siege in university", "related_links",
     "bench 624fcd90"),
    ("Keith Bradsher contributed reporting from Hong Kong.", "author_contact", "bench 702d1da6 (NYT)"),
    # the seed's furniture (shared/seed/expected.json, must_not_remain_in_body)
    (
        "Also read: Some bloodstream infection bacteria grew resistant to last-resort drugs in 2020: WHO",
        "related_links",
        "seed",
    ),
    ("Replying to X", "comments", "seed"),
    (
        "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
        "comments",
        "seed",
    ),
    ("For more information, please see our Comments FAQ", "comments", "seed"),
    ("Most Read", "story_lists", "seed"),
    ("US says Russia giving military aid to Iran. PHOTO: ANADOLU AGENCY", "photo_credits", "seed"),
    # PolNeAR (corpora/polnear/*/text), file named by its slug
    ("Getty.", "photo_credits", "huff-post_2015-12-22_of-the-most-powerful-things-lati"),
    (
        "Scott Olson via Getty Images.",
        "photo_credits",
        "huff-post_2015-11-11_a-meaningful-exchange-actually-h",
    ),
    (
        "Christoph Blocher reacts during an electoral meeting of the Swiss People’s Party on "
        "October 2, 2015. (FABRICE COFFRINI/AFP/Getty Images.)",
        "photo_credits",
        "huff-post_2016-03-21_the-rise-of-switzerland-s-trump",
    ),
    (
        "Advertisement - story continues below.",
        "advertising",
        "west-journal_2016-10-19_lone-player-stands-during-nation",
    ),
    ("Trending Stories", "story_lists", "west-journal_2016-10-19_lone-player-stands-during-nation"),
    (
        "Follow Pam Key on Twitter @pamkeyNEN.",
        "share_follow",
        "breitbart_2016-09-25_pence-gennifer-flowers-won-t-be-",
    ),
    ("@potus.", "share_follow", "wash-post_2016-07-29_convention-notebook"),
    (
        "Subscribe to HuffPost’s politics podcast here.",
        "newsletters",
        "huff-post_2016-03-23_how-the-democratic-elite-betraye",
    ),
    (
        "Sign up to get an email from reporter Ryan Grim when he publishes a new story.",
        "newsletters",
        "huff-post_2016-02-01_here-s-why-winning-iowa-could-br",
    ),
    (
        "Follow AWR Hawkins on Twitter: @AWRHawkins. Reach him directly at awrhawkins@breitbart.com.",
        "share_follow",
        "breitbart_2015-11-18_ny-daily-news-paris-terror-attac",
    ),
    (
        "Alex Isenstadt contributed to this story.",
        "author_contact",
        "politico_2016-01-28_super-pac-blasts-trump-for-skipp",
    ),
    (
        "(Reporting by David Bailey; Editing by Cynthia Osterman.)",
        "author_contact",
        "huff-post_2015-12-17_st-paul-votes-to-condemn-donald-",
    ),
    ("___.", "separators", "breitbart_2016-03-11_africa-builds-expertise-in-scien"),
    # article-extraction benchmark pages, as trafilatura extracts them
    (
        "Read more: Tencent profit falls as Alibaba threat and economic woes weigh",
        "related_links",
        "bench 360c73",
    ),
    ("Related: The 15 Weirdest Galaxies in Our Universe", "related_links", "bench 3c5bf8"),
    (
        "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.",
        "newsletters",
        "bench 3f65af",
    ),
    (
        "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.",
        "share_follow",
        "bench 04a671",
    ),
    ("Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.", "author_contact", "bench c50845"),
    # article-extraction benchmark pages, as a scraper dumps the whole page's text (page_text)
    ("Jason Cipriani/ZDNet", "photo_credits", "bench 5fbc7c"),
    ("Al Goldis, Associated Press", "photo_credits", "bench 65ce3a"),
    ("Privacy Overview", "cookies", "bench 612cd2"),
    (
        "Necessary cookies are absolutely essential for the website to function properly. This category "
        "only includes cookies that ensures basic functionalities and security features of the website.",
        "cookies",
        "bench 612cd2",
    ),
    ("Your email address will not be published. Required fields are marked *", "comments", "bench b0cf2b"),
    ("34 responses to “Anthony Lynn: “We needed to win this game””", "comments", "bench 8e3efa"),
    ("Explore further", "story_end", "bench e1c702"),
    ("Please be mindful of our community standards.", "comment_policy", "bench b0cf2b"),
    (
        "When submitting content, please abide by our submission guidelines, and avoid posting profanity, "
        "personal attacks or harassment.",
        "comment_policy",
        "bench 0d4612",
    ),
    ("Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18)", "copyright",
     "bench e1c702"),
    ("More Great WIRED Stories", "story_lists", "bench 2f42ef"),
    ("Show more sharing options", "share_follow", "bench 098bb3"),
    ("Share this:", "share_follow", "bench 8e3efa"),
    ("Related post: Pickled Brussels Sprouts Recipe", "related_links", "bench 4219d0"),
    ("Next Up In Science & Health", "story_lists", "bench 16c30a"),
    ("Advert", "advertising", "bench 30b771"),
    ("Image 1 of / 23", "photo_credits", "bench 058445"),
    ("Copy Link URLCopied!", "share_follow", "bench 098bb3"),
    ("Copy this link", "share_follow", "bench 70cb2d"),
    ("Share this with Messenger", "share_follow", "bench 70cb2d"),
    ("These are external links and will open in a new window", "share_follow", "bench 70cb2d"),
    ("Never miss an update Follow AppleInsider", "share_follow", "bench 65bf30"),
    ("New, 15 comments", "comments", "bench 785aff"),
    ("Media playback is unsupported on your device", "advertising", "bench c7e39a"),
    ("Subscribe to WIRED and stay smart with more of your favorite Ideas writers.", "newsletters",
     "bench 2f42ef"),
    ("Stay up to date with Ascom. Subscribe to our newsletter.", "newsletters", "bench 5ae11e"),
    ("[Related: Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys And Protestors]", "related_links",
     "bench 291a8b"),
    (
        "1of4Grass Valley's Dionicio Torres looks at the gas can selection before taking the last 5-gallon "
        "gas can on the shelves",
        "photo_credits",
        "bench d0382c",
    ),
    # hand-written, modelled on lines other outlets print
    (
        "RELATED: Senate passes defence bill after all-night session",
        "related_links",
        "modelled on US local TV sites",
    ),
    ("READ MORE: Ukraine war latest", "related_links", "modelled on UK tabloids"),
    ("(Photo by Chip Somodevilla/Getty Images)", "photo_credits", "modelled on Getty credits"),
    ("Photograph: Evan Vucci/AP", "photo_credits", "modelled on the Guardian"),
    ("REUTERS/Kevin Lamarque", "photo_credits", "modelled on Reuters pictures"),
    ("Image copyright Getty Images", "photo_credits", "modelled on BBC pages"),
    ("Sign up for our newsletter", "newsletters", "modelled on many sites"),
    ("Share this article", "share_follow", "modelled on many sites"),
    ("Facebook Twitter WhatsApp Email", "share_follow", "modelled on share bars"),
    ("We use cookies to improve your experience on our website.", "cookies", "modelled on consent banners"),
    ("Copyright 2022 The Associated Press. All rights reserved.", "copyright", "modelled on AP wire copy"),
    ("Jane Doe can be reached at jdoe@example.com", "author_contact", "modelled on US regional papers"),
    ("Most Popular", "story_lists", "modelled on news sidebars"),
    ("Published in The Express Tribune, December 10th, 2022.", "copyright",
     "modelled on the seed's outlet (print-edition credit)"),
    ("Like Opinion & Editorial on Facebook, follow @ETOpEd on Twitter to receive all updates on all our "
     "daily pieces.", "share_follow", "modelled on the seed's outlet"),
    ("Read: Pakistan, IMF resume talks on stalled bailout", "related_links", "modelled on the seed's outlet"),
    ("Advertisement", "advertising", "modelled on NYT pages"),
]

# Story sentences that start like furniture but are news (source named per case).
BOILERPLATE += [
    # credits glued to their captions and list headings of the benchmark's scraped pages
    ("Beijing Chaoyang Hospital in Beijing, China, where plague-infected people from Inner Mongolia sought "
     "treatmentCredit: EPA", "photo_credits", "bench 8b1945 (The Sun)"),
    ("The WeWork logo is displayed outside of a co-working space in New York.Reuters", "photo_credits",
     "bench fde930 (Business Insider)"),
    ("The house where Adolf Hitler was born in Braunau am Inn, Austria.Leonhard Foeger / Reuters file",
     "photo_credits", "bench 5a8229 (NBC News)"),
    ("Most read in world news", "story_lists", "bench 8b1945 (The Sun)"),
    ("More from UK", "story_lists", "bench 921019 (Sky News)"),
    ("More:", "story_lists", "bench 42aad1 (Al Jazeera)"),
    ("A man rides on a donkey in the Palestinian village of Kifl Hares opposite the Israeli Jewish "
     "settlement of Revava (background) on November 19, 2019. Israeli Prime Minister Benjamin Netanyahu "
     "hailed a US announcement that it no longer considers settlements in the West Bank and annexed east "
     "Jerusalem illegal, but the Palestinians pledged new measures to oppose it. Jaafar ASHTIYEH / AFP",
     "caption_credits", "bench 833caf (Al Bawaba): a caption longer than the short credits' limit"),
    ("Yersinia pestis, the bacteria that cause plague, survives on fleas that live on rodents, like rats and "
     "rabbits. ( STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)", "photo_credits", "bench ea25dd (Smithsonian)"),
    ("Related Topics:", "story_end", "bench 291a8b (CRN)"),
    ("Listen to this article", "advertising", "modelled on audio players of news pages"),
    ("Get the Al Jazeera app", "advertising", "modelled on app prompts of news pages"),
    ("Photo: Ringo H.W. Chiu, AP", "photo_credits", "bench eecd25 (Express-News): a credit with initials"),
    ("Caption", "galleries", "bench eecd25 (Express-News)"),
    ("1 / 4", "galleries", "bench eecd25 (Express-News)"),
    ("Back to Gallery", "galleries", "bench eecd25 (Express-News)"),
    ("See more photos:", "galleries", "bench 34a732 (LinkNaija)"),
    ("Featured Video", "galleries", "bench 2f42ef (WIRED)"),
    ("We've detected you are on Internet Explorer. For the best Barrons.com experience, please update to a "
     "modern browser.", "browser_notices", "bench f8ff62 (Barron's)"),
    ("This slideshow requires JavaScript.", "browser_notices", "bench 30b771 (MoreBikes)"),
    ("[button link=”http://www.morebikes.co.uk/submit-kit-review/” type=”big” newwindow=”yes”] Send us "
     "YOUR kit review[/button]", "markup", "bench 30b771 (MoreBikes)"),
    ("Like this story? Share it with a friend!", "share_follow", "bench 4a44ab (RT)"),
    ("Also on rt.com Journalists & politicians from Morales’ party threatened with sedition arrests as "
     "Bolivia purges socialist elements", "related_links", "bench 4a44ab (RT)"),
    ("Also: See Black Friday coverage at CNET", "related_links", "bench 5fbc7c (ZDNet)"),
    ("Molly Wood (@mollywood) is an Ideas contributor at WIRED and the host and senior editor of "
     "Marketplace Tech, a daily national radio broadcast covering the business of technology.",
     "author_bio", "bench 2f42ef (WIRED)"),
    ("Louise Matsakis is a Staff Writer at WIRED covering Amazon, security, and online platforms.",
     "author_bio", "bench d48aeb (WIRED)"),
    ("Staff Writer", "author_bio", "bench d48aeb (WIRED)"),
    ("TopicsInstagramanalyticsSocial Media", "story_end",
     "bench d48aeb (WIRED): the label glued to its tags"),
]

STORY = [
    ("The report said on Monday that troops had left.", "hand-written: a story's report is no button"),
    ("Courtesy of the regime, prisoners were freed in Damascus on Monday.", "hand-written"),
    ("Officials said the team contributed reporting to the inquiry from Kabul.", "hand-written"),
    (
        "Photos showed horror-stricken mourners crouched over blanket-covered bodies.",
        "polnear wash-post_2016-07-15_truck-attack-in-france-kills-at-",
    ),
    ("They’re also serving cookies.", "polnear breitbart_2016-03-01_the-latest-sanders-wins-minnesot"),
    ("Watch the ad below:", "polnear huff-post_2016-08-15_this-democrat-isn-t-challenging-"),
    (
        "Following a swiftly called, late-afternoon meeting, the Security Council issued a statement.",
        "polnear",
    ),
    (
        "Several hundred have already been provided as Iran considers selling Moscow hundreds of ballistic "
        "missiles, Kirby said.",
        "seed",
    ),
    ("Copyright law is complex, the judge said.", "hand-written"),
    ("Advertisement spending fell sharply in the second quarter.", "hand-written"),
    ("Read the full statement on the ministry's website.", "hand-written"),
    ("Share prices in Moscow fell 3 percent on Friday.", "hand-written"),
    ("The photo was taken by a Reuters photographer in Kyiv.", "hand-written"),
    ("The clinic is open 24/7 for all.", "hand-written: a slash inside a short sentence is no credit"),
    ("Related coverage was thin, the editor said.", "hand-written"),
    ("Subscribers to the service grew 20 percent.", "hand-written"),
    ("Published in 1995, the report found no wrongdoing.", "hand-written"),
    ("Evan Gershkovich is a reporter for The Wall Street Journal who was detained in Yekaterinburg.",
     "hand-written: a story's sentence about a journalist is no author's note"),
    ("Close to 500 people were evacuated.", "hand-written"),
    ("The photo: it shows the leader. He then said he would go.", "hand-written"),
    ("Read the full statement on the ministry's website: it says talks will resume.", "hand-written"),
    (
        "The 55-year-old is the third Beijing resident to contract the medieval disease dubbed the Black "
        "Death, say officials.",
        "bench 8b1945 story",
    ),
]


@pytest.mark.parametrize(("line", "group", "source"), BOILERPLATE)
def test_boilerplate_lines_are_recognised(line: str, group: str, source: str) -> None:
    rule = boilerplate_kind(line)
    assert rule is not None, f"not recognised ({source})"
    assert rule.name == group


@pytest.mark.parametrize(("line", "source"), STORY)
def test_story_sentences_are_kept(line: str, source: str) -> None:
    assert boilerplate_kind(line) is None, source


def test_story_list_heading_takes_its_headlines_along_but_not_the_story() -> None:
    lines = [
        "The US and its allies have previously said Iran's drones run afoul of UN resolutions.",
        "Most Read",
        "Storm knocks out power to thousands",
        "Markets slide as oil jumps",
        "Kirby said more details would be released on Monday, after the talks.",
    ]
    assert remove_boilerplate(lines) == [lines[0], lines[4]]


def test_a_headline_ending_in_a_quote_stays_in_its_list() -> None:
    # bench 42aad1 (Al Jazeera): "More:" and three related stories, one ending with a closing quote
    lines = ["More:", "The New Space Race", "Spacewalking into 'her-story'",
             "China completes landing test for its first Mars mission in 2020",
             "In May, NASA's Administrator Jim Bridenstine said returning to the moon was necessary."]
    assert remove_boilerplate(lines) == [lines[4]]


def test_only_lines_printed_after_a_story_end_it() -> None:
    # comment threads, author boxes and rights notices close a story; related-story boxes sit inside
    # stories (bench 7f93c1 prints "Related Stories" between paragraphs), so they do not
    ending = {rule.name for rule in rules() if rule.ends_story}
    assert {"comments", "comment_policy", "story_end", "copyright"} <= ending
    assert not ending & {"story_lists", "related_links", "photo_credits", "share_follow", "newsletters"}


def test_rules_are_short_and_compiled_once() -> None:
    assert rules() is rules()
    for rule in rules():
        assert rule.patterns and rule.max_words > 0
        assert all(len(p.pattern) <= 240 for p in rule.patterns), rule.name


def test_no_attributed_statement_in_polnear_is_taken_for_boilerplate(shared: Path) -> None:
    # Every line holding an annotated attribution (quoted or reported speech) is story text.
    text_dir = shared / "corpora" / "polnear" / "train" / "text"
    checked = 0
    for ann in sorted((shared / "corpora" / "polnear" / "train" / "attributions").glob("*.ann"))[:80]:
        text = (text_dir / (ann.name.rsplit("_", 1)[0] + ".txt")).read_text(encoding="utf-8")
        for match in re.finditer(r"\tContent (\d+) (\d+)", ann.read_text(encoding="utf-8")):
            start = int(match.group(1))
            line = text[text.rfind("\n", 0, start) + 1 : text.find("\n", start) % (len(text) + 1)]
            assert boilerplate_kind(line) is None, f"{ann.name}: {line[:120]}"
            checked += 1
    assert checked > 1000


def test_each_rule_one_regex_finds_what_its_patterns_find(shared):
    """A rule's patterns are searched as one alternation: same lines as pattern by pattern.

    Lines: the first 60 PolNeAR train articles and the real boilerplate lines listed above.
    """
    from sitrep.clean.boilerplate import rules

    texts = sorted((shared / "corpora" / "polnear" / "train" / "text").glob("*.txt"))[:60]
    lines = [line for path in texts for line in path.read_text(encoding="utf-8").splitlines()]
    lines += [line for line, _, _ in BOILERPLATE]
    matched = 0
    for rule in rules():
        for line in lines:
            alone = any(p.search(line) for p in rule.patterns)
            assert bool(rule.any_pattern.search(line)) == alone, (rule.name, line)
            matched += alone
    assert matched > 0  # the comparison saw lines that are boilerplate


def test_an_also_read_heading_alone_on_its_line_takes_the_headline_under_it() -> None:
    # the seed's "Also read: <headline>" printed the other way pages print it: heading, then the link
    lines = ["Also read",
             "Some bloodstream infection bacteria grew resistant to last-resort drugs in 2020: WHO",
             '"These fighter planes would significantly strengthen Iran\'s Air Force relative to its '
             'regional neighbors," said Kirby.']
    assert story_mask(lines) == [False, False, True]
    assert story_mask(["ALSO READ:", *lines[1:]]) == [False, False, True]
    assert boilerplate_kind("Also read: India rates Mumbai's 'very poor' air quality").name == "related_links"
